package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"
)

// queryLimits bound what one GraphQL request may ask for, so that a hostile
// or careless query is refused before it runs.
type queryLimits struct {
	MaxDepth  int // nesting of selections, introspection excluded
	MaxFields int // field selections after expanding fragments
	MaxCost   int // fields weighted by the product of the `first` arguments above them
}

var defaultLimits = queryLimits{MaxDepth: 12, MaxFields: 2000, MaxCost: 5_000_000}

// check parses query and reports the first limit it exceeds. Syntax errors
// are left to the executor, which reports them with their position.
func (l queryLimits) check(query string) error {
	doc, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(query)})})
	if err != nil {
		return nil
	}
	frags := map[string]*ast.FragmentDefinition{}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			frags[f.Name.Value] = f
		}
	}
	w := walker{limits: l, frags: frags, active: map[string]bool{}}
	for _, d := range doc.Definitions {
		if op, ok := d.(*ast.OperationDefinition); ok {
			if err := w.selections(op.SelectionSet, 1, 1, false); err != nil {
				return err
			}
		}
	}
	return nil
}

type walker struct {
	limits queryLimits
	frags  map[string]*ast.FragmentDefinition
	active map[string]bool // fragments being expanded, to stop cycles
	fields int
	cost   int
}

func (w *walker) selections(set *ast.SelectionSet, depth, weight int, introspection bool) error {
	if set == nil {
		return nil
	}
	if !introspection && depth > w.limits.MaxDepth {
		return fmt.Errorf("query is nested deeper than %d levels", w.limits.MaxDepth)
	}
	for _, sel := range set.Selections {
		switch s := sel.(type) {
		case *ast.Field:
			w.fields++
			if w.fields > w.limits.MaxFields {
				return fmt.Errorf("query selects more than %d fields", w.limits.MaxFields)
			}
			fw := weight
			for _, a := range s.Arguments {
				if a.Name != nil && a.Name.Value == "first" {
					if v, ok := a.Value.(*ast.IntValue); ok {
						if n, err := strconv.Atoi(v.Value); err == nil && n > 1 {
							fw = min(fw*n, w.limits.MaxCost+1)
						}
					}
				}
			}
			w.cost += fw
			if w.cost > w.limits.MaxCost {
				return fmt.Errorf("query is too costly (more than %d weighted fields: lower `first` or select less)", w.limits.MaxCost)
			}
			intro := introspection || s.Name != nil && strings.HasPrefix(s.Name.Value, "__")
			if err := w.selections(s.SelectionSet, depth+1, fw, intro); err != nil {
				return err
			}
		case *ast.InlineFragment:
			if err := w.selections(s.SelectionSet, depth, weight, introspection); err != nil {
				return err
			}
		case *ast.FragmentSpread:
			if s.Name == nil {
				continue
			}
			f, name := w.frags[s.Name.Value], s.Name.Value
			if f == nil || w.active[name] {
				continue // unknown or cyclic: the validator reports it
			}
			w.active[name] = true
			err := w.selections(f.SelectionSet, depth, weight, introspection)
			delete(w.active, name)
			if err != nil {
				return err
			}
		}
	}
	return nil
}
