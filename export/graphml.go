package export

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

type graphmlDoc struct {
	XMLName        xml.Name     `xml:"graphml"`
	XMLNS          string       `xml:"xmlns,attr"`
	XSI            string       `xml:"xmlns:xsi,attr"`
	SchemaLocation string       `xml:"xsi:schemaLocation,attr"`
	Keys           []graphmlKey `xml:"key"`
	Graph          graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphmlGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphmlData `xml:"data"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// typeKey returns the attribute id of the count of events of type t.
func typeKey(t string) string { return "type_" + t }

// WriteGraphML writes g as GraphML: an undirected graph whose nodes carry
// label, name, aliases (joined by "; "), country, events, first and last, and
// whose edges carry weight, events, types, first, last and one count per event
// type (type_MEETING, ...).
func WriteGraphML(w io.Writer, g *Graph) error {
	doc := graphmlDoc{
		XMLNS:          "http://graphml.graphdrawing.org/xmlns",
		XSI:            "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Keys: []graphmlKey{
			{ID: "label", For: "node", Name: "label", Type: "string"},
			{ID: "name", For: "node", Name: "name", Type: "string"},
			{ID: "aliases", For: "node", Name: "aliases", Type: "string"},
			{ID: "country", For: "node", Name: "country", Type: "string"},
			{ID: "events", For: "node", Name: "events", Type: "int"},
			{ID: "first", For: "node", Name: "first", Type: "string"},
			{ID: "last", For: "node", Name: "last", Type: "string"},
			{ID: "weight", For: "edge", Name: "weight", Type: "double"},
			{ID: "e_events", For: "edge", Name: "events", Type: "int"},
			{ID: "e_types", For: "edge", Name: "types", Type: "string"},
			{ID: "e_first", For: "edge", Name: "first", Type: "string"},
			{ID: "e_last", For: "edge", Name: "last", Type: "string"},
		},
		Graph: graphmlGraph{ID: "newsgraph", EdgeDefault: "undirected"},
	}
	types := g.Types()
	for _, t := range types {
		doc.Keys = append(doc.Keys, graphmlKey{ID: typeKey(t), For: "edge", Name: typeKey(t), Type: "int"})
	}
	for _, p := range g.People {
		n := graphmlNode{ID: p.ID, Data: []graphmlData{
			{Key: "label", Value: p.Name},
			{Key: "name", Value: p.Name},
		}}
		if len(p.Aliases) > 0 {
			n.Data = append(n.Data, graphmlData{Key: "aliases", Value: strings.Join(p.Aliases, "; ")})
		}
		if p.Country != "" {
			n.Data = append(n.Data, graphmlData{Key: "country", Value: p.Country})
		}
		n.Data = append(n.Data, graphmlData{Key: "events", Value: strconv.Itoa(p.Events)})
		if p.First != "" {
			n.Data = append(n.Data, graphmlData{Key: "first", Value: p.First}, graphmlData{Key: "last", Value: p.Last})
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, n)
	}
	for i, e := range g.Encounters {
		x := graphmlEdge{ID: edgeID(i), Source: e.Source, Target: e.Target, Data: []graphmlData{
			{Key: "weight", Value: strconv.Itoa(e.Weight())},
			{Key: "e_events", Value: strconv.Itoa(e.Events)},
			{Key: "e_types", Value: e.TypeSummary()},
		}}
		if e.First != "" {
			x.Data = append(x.Data, graphmlData{Key: "e_first", Value: e.First}, graphmlData{Key: "e_last", Value: e.Last})
		}
		for _, t := range types {
			if n := e.Types[t]; n > 0 {
				x.Data = append(x.Data, graphmlData{Key: typeKey(t), Value: strconv.Itoa(n)})
			}
		}
		doc.Graph.Edges = append(doc.Graph.Edges, x)
	}
	return writeXML(w, doc)
}

// edgeID returns the id of the i-th encounter.
func edgeID(i int) string { return "e" + strconv.Itoa(i) }

func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
