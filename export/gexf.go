package export

import (
	"encoding/xml"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
)

type gexfDoc struct {
	XMLName        xml.Name  `xml:"gexf"`
	XMLNS          string    `xml:"xmlns,attr"`
	XSI            string    `xml:"xmlns:xsi,attr"`
	SchemaLocation string    `xml:"xsi:schemaLocation,attr"`
	Version        string    `xml:"version,attr"`
	Meta           gexfMeta  `xml:"meta"`
	Graph          gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	Creator     string `xml:"creator"`
	Description string `xml:"description"`
}

type gexfGraph struct {
	Mode               string           `xml:"mode,attr"`
	DefaultEdgeType    string           `xml:"defaultedgetype,attr"`
	TimeFormat         string           `xml:"timeformat,attr"`
	TimeRepresentation string           `xml:"timerepresentation,attr"`
	Attributes         []gexfAttributes `xml:"attributes"`
	Nodes              []gexfNode       `xml:"nodes>node"`
	Edges              []gexfEdge       `xml:"edges>edge"`
}

type gexfAttributes struct {
	Class      string          `xml:"class,attr"`
	Mode       string          `xml:"mode,attr"`
	Attributes []gexfAttribute `xml:"attribute"`
}

type gexfAttribute struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfNode struct {
	ID        string         `xml:"id,attr"`
	Label     string         `xml:"label,attr"`
	AttValues []gexfAttValue `xml:"attvalues>attvalue,omitempty"`
	Spells    []gexfSpell    `xml:"spells>spell,omitempty"`
}

type gexfEdge struct {
	ID        string         `xml:"id,attr"`
	Source    string         `xml:"source,attr"`
	Target    string         `xml:"target,attr"`
	Weight    string         `xml:"weight,attr"`
	Label     string         `xml:"label,attr,omitempty"`
	AttValues []gexfAttValue `xml:"attvalues>attvalue,omitempty"`
	Spells    []gexfSpell    `xml:"spells>spell,omitempty"`
}

type gexfAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfSpell struct {
	Start string `xml:"start,attr,omitempty"`
	End   string `xml:"end,attr,omitempty"`
}

const day = "2006-01-02"

// WriteGEXF writes g as a dynamic GEXF 1.3 graph for Gephi. Time is given as
// spells, closed intervals of days: an edge lives during each of its events
// (an event dated to a month or a year spans that month or year; overlapping
// spells are merged), and a person from their first event to the last day of
// the graph, so that Gephi's timeline shows people appear and meet. Edges and
// people without a dated event have no spell and are always shown; an edge
// whose events are all undated lives while both its people do. Nodes carry
// aliases, country, events, first and last; edges weight (the number of
// events), events, types, first, last and a count per event type.
func WriteGEXF(w io.Writer, g *Graph) error {
	doc := gexfDoc{
		XMLNS:          "http://gexf.net/1.3",
		XSI:            "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
		Version:        "1.3",
		Meta: gexfMeta{
			Creator:     "newsgraph",
			Description: "People and their encounters (meetings, calls, ...) read in news articles",
		},
		Graph: gexfGraph{
			Mode:               "dynamic",
			DefaultEdgeType:    "undirected",
			TimeFormat:         "date",
			TimeRepresentation: "interval",
			Attributes: []gexfAttributes{
				{Class: "node", Mode: "static", Attributes: []gexfAttribute{
					{ID: "aliases", Title: "aliases", Type: "string"},
					{ID: "country", Title: "country", Type: "string"},
					{ID: "events", Title: "events", Type: "integer"},
					{ID: "first", Title: "first", Type: "string"},
					{ID: "last", Title: "last", Type: "string"},
				}},
				{Class: "edge", Mode: "static", Attributes: []gexfAttribute{
					{ID: "events", Title: "events", Type: "integer"},
					{ID: "types", Title: "types", Type: "string"},
					{ID: "first", Title: "first", Type: "string"},
					{ID: "last", Title: "last", Type: "string"},
				}},
			},
		},
	}
	types := g.Types()
	for _, t := range types {
		a := &doc.Graph.Attributes[1]
		a.Attributes = append(a.Attributes, gexfAttribute{ID: typeKey(t), Title: typeKey(t), Type: "integer"})
	}
	var graphEnd time.Time
	for _, p := range g.People {
		if p.Last != "" {
			if _, end, err := DateRange(p.Last); err == nil && end.After(graphEnd) {
				graphEnd = end
			}
		}
	}
	nodeStart := map[string]time.Time{}
	for _, p := range g.People {
		n := gexfNode{ID: p.ID, Label: p.Name}
		if len(p.Aliases) > 0 {
			n.AttValues = append(n.AttValues, gexfAttValue{For: "aliases", Value: strings.Join(p.Aliases, "; ")})
		}
		if p.Country != "" {
			n.AttValues = append(n.AttValues, gexfAttValue{For: "country", Value: p.Country})
		}
		n.AttValues = append(n.AttValues, gexfAttValue{For: "events", Value: strconv.Itoa(p.Events)})
		if p.First != "" {
			n.AttValues = append(n.AttValues, gexfAttValue{For: "first", Value: p.First}, gexfAttValue{For: "last", Value: p.Last})
			start, _, err := DateRange(p.First)
			if err != nil {
				return err
			}
			n.Spells = []gexfSpell{{Start: start.Format(day), End: graphEnd.Format(day)}}
			nodeStart[p.ID] = start
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, n)
	}
	for i, e := range g.Encounters {
		x := gexfEdge{
			ID: edgeID(i), Source: e.Source, Target: e.Target,
			Weight: strconv.Itoa(e.Weight()), Label: e.TypeSummary(),
			AttValues: []gexfAttValue{
				{For: "events", Value: strconv.Itoa(e.Events)},
				{For: "types", Value: e.TypeSummary()},
			},
		}
		if e.First != "" {
			x.AttValues = append(x.AttValues, gexfAttValue{For: "first", Value: e.First}, gexfAttValue{For: "last", Value: e.Last})
		}
		for _, t := range types {
			if n := e.Types[t]; n > 0 {
				x.AttValues = append(x.AttValues, gexfAttValue{For: typeKey(t), Value: strconv.Itoa(n)})
			}
		}
		spells, err := spellsOf(e.Dates)
		if err != nil {
			return err
		}
		if len(spells) == 0 {
			// An edge of undated events lives while both its people do.
			spells = commonSpell(nodeStart[e.Source], nodeStart[e.Target], graphEnd)
		}
		x.Spells = spells
		doc.Graph.Edges = append(doc.Graph.Edges, x)
	}
	return writeXML(w, doc)
}

// commonSpell returns the spell from the later of two node starts to end, or
// none if either node has no spell (and so lives always).
func commonSpell(a, b, end time.Time) []gexfSpell {
	if a.IsZero() || b.IsZero() {
		return nil
	}
	if b.After(a) {
		a = b
	}
	return []gexfSpell{{Start: a.Format(day), End: end.Format(day)}}
}

// spellsOf returns the merged day intervals of dates.
func spellsOf(dates []string) ([]gexfSpell, error) {
	type interval struct{ start, end time.Time }
	var ivs []interval
	for _, d := range dates {
		s, e, err := DateRange(d)
		if err != nil {
			return nil, err
		}
		ivs = append(ivs, interval{s, e})
	}
	sort.Slice(ivs, func(i, j int) bool { return ivs[i].start.Before(ivs[j].start) })
	var merged []interval
	for _, iv := range ivs {
		if n := len(merged); n > 0 && !iv.start.After(merged[n-1].end.AddDate(0, 0, 1)) {
			if iv.end.After(merged[n-1].end) {
				merged[n-1].end = iv.end
			}
			continue
		}
		merged = append(merged, iv)
	}
	spells := make([]gexfSpell, len(merged))
	for i, iv := range merged {
		spells[i] = gexfSpell{Start: iv.start.Format(day), End: iv.end.Format(day)}
	}
	return spells, nil
}
