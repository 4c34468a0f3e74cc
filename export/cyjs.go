package export

import (
	"encoding/json"
	"io"
)

type cyjsDoc struct {
	FormatVersion string       `json:"format_version"`
	GeneratedBy   string       `json:"generated_by"`
	Target        string       `json:"target_cytoscapejs_version"`
	Data          cyjsGraph    `json:"data"`
	Elements      cyjsElements `json:"elements"`
}

type cyjsGraph struct {
	Name string `json:"name"`
}

type cyjsElements struct {
	Nodes []cyjsElement `json:"nodes"`
	Edges []cyjsElement `json:"edges"`
}

type cyjsElement struct {
	Data map[string]any `json:"data"`
}

// WriteCyJS writes g as Cytoscape JSON (.cyjs), the format of Cytoscape's
// File → Import → Network from File and of cytoscape.js's elements. Node data
// holds id, name, aliases (a list), country, events, first and last; edge data
// holds id, source, target, interaction ("encounter"), weight, events, types,
// first, last and a count per event type (type_MEETING, ...). Keys are written
// sorted.
func WriteCyJS(w io.Writer, g *Graph) error {
	doc := cyjsDoc{
		FormatVersion: "1.0",
		GeneratedBy:   "newsgraph",
		Target:        "~3",
		Data:          cyjsGraph{Name: "newsgraph"},
		Elements:      cyjsElements{Nodes: []cyjsElement{}, Edges: []cyjsElement{}},
	}
	for _, p := range g.People {
		aliases := p.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		d := map[string]any{
			"id": p.ID, "name": p.Name, "shared_name": p.Name,
			"aliases": aliases, "events": p.Events,
		}
		if p.Country != "" {
			d["country"] = p.Country
		}
		if p.First != "" {
			d["first"], d["last"] = p.First, p.Last
		}
		doc.Elements.Nodes = append(doc.Elements.Nodes, cyjsElement{Data: d})
	}
	types := g.Types()
	for i, e := range g.Encounters {
		d := map[string]any{
			"id": edgeID(i), "source": e.Source, "target": e.Target,
			"interaction": "encounter", "weight": e.Weight(), "events": e.Events,
			"types": e.TypeSummary(),
		}
		if e.First != "" {
			d["first"], d["last"] = e.First, e.Last
		}
		for _, t := range types {
			d[typeKey(t)] = e.Types[t]
		}
		doc.Elements.Edges = append(doc.Elements.Edges, cyjsElement{Data: d})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
