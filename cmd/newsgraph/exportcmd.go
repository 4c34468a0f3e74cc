package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/graphql-go/graphql"

	"newsgraph/graph"
	"newsgraph/schema"
)

// runExportCmd opens the store named by --db and hands the rest of args to runExport.
func runExportCmd(ctx context.Context, args []string, std streams) error {
	db, rest, err := splitDBFlag(args)
	if err != nil {
		return err
	}
	st, sch, err := openSchema(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	return runExport(ctx, rest, std.stdout, sch, func(w io.Writer) error { return st.WriteNQuads(ctx, w) })
}

// openSchema opens the store at db and the read-only GraphQL schema over it.
// The caller closes the store.
func openSchema(ctx context.Context, db string) (*graph.Store, graphql.Schema, error) {
	st, err := graph.Open(ctx, db, graph.Options{})
	if err != nil {
		return nil, graphql.Schema{}, err
	}
	sch, err := schema.New(st)
	if err != nil {
		st.Close()
		return nil, graphql.Schema{}, err
	}
	return st, sch, nil
}

// splitDBFlag removes "--db VALUE" or "--db=VALUE" from args.
func splitDBFlag(args []string) (db string, rest []string, err error) {
	db = defaultDB
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "db" {
			rest = append(rest, a)
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return "", nil, fmt.Errorf("%w: --db needs a value", errUsage)
			}
			i++
			val = args[i]
		}
		db = val
	}
	return db, rest, nil
}
