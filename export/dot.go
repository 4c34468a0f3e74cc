package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"
)

// WriteDOT writes g as an undirected Graphviz graph. Node and edge ids are
// quoted; nodes are labelled with the person's name, edges with their number of
// events and types, and the pen width grows with the logarithm of the number
// of events. Render it with `dot -Tsvg` (or neato, sfdp for large graphs).
func WriteDOT(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "graph newsgraph {")
	fmt.Fprintln(bw, "  graph [overlap=false, splines=true];")
	fmt.Fprintln(bw, "  node [shape=ellipse, fontname=\"Helvetica\"];")
	fmt.Fprintln(bw, "  edge [fontname=\"Helvetica\", fontsize=9];")
	for _, p := range g.People {
		fmt.Fprintf(bw, "  %s [label=%s, events=%d", quoteDOT(p.ID), quoteDOT(p.Name), p.Events)
		if len(p.Aliases) > 0 {
			fmt.Fprintf(bw, ", aliases=%s", quoteDOT(strings.Join(p.Aliases, "; ")))
		}
		if p.Country != "" {
			fmt.Fprintf(bw, ", country=%s", quoteDOT(p.Country))
		}
		if p.First != "" {
			fmt.Fprintf(bw, ", first=%s, last=%s", quoteDOT(p.First), quoteDOT(p.Last))
		}
		fmt.Fprintln(bw, "];")
	}
	for _, e := range g.Encounters {
		label := fmt.Sprintf("%d", e.Events)
		if s := e.TypeSummary(); s != "" {
			label += " (" + s + ")"
		}
		fmt.Fprintf(bw, "  %s -- %s [label=%s, weight=%d, penwidth=%s, events=%d",
			quoteDOT(e.Source), quoteDOT(e.Target), quoteDOT(label), e.Weight(), penwidth(e.Weight()), e.Events)
		if e.First != "" {
			fmt.Fprintf(bw, ", first=%s, last=%s", quoteDOT(e.First), quoteDOT(e.Last))
		}
		fmt.Fprintln(bw, "];")
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// penwidth returns the pen width of an edge of weight n: 1 for one event,
// one more for each doubling, formatted as a DOT double.
func penwidth(n int) string {
	if n < 1 {
		n = 1
	}
	return fmt.Sprintf("%.2f", 1+math.Log2(float64(n)))
}

// quoteDOT returns s as a DOT double-quoted string.
func quoteDOT(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
