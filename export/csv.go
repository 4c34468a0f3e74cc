package export

import (
	"archive/zip"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"
)

// WriteCSV writes the people of g to nodes and the encounters to edges, as
// CSV with a header row. The headers follow Gephi's spreadsheet import (Id,
// Label; Source, Target, Type, Weight), so the files open in Gephi's Data
// Laboratory as well as in any spreadsheet:
//
//	nodes.csv: Id, Label, Aliases, Country, Events, First, Last
//	edges.csv: Source, Target, Type, Weight, Source Label, Target Label,
//	           Events, Types, First, Last, then one column per event type
//
// Aliases are joined by "; ". Type is always "Undirected".
func WriteCSV(nodes, edges io.Writer, g *Graph) error {
	nw := csv.NewWriter(nodes)
	if err := nw.Write([]string{"Id", "Label", "Aliases", "Country", "Events", "First", "Last"}); err != nil {
		return err
	}
	names := map[string]string{}
	for _, p := range g.People {
		names[p.ID] = p.Name
		if err := nw.Write([]string{p.ID, p.Name, strings.Join(p.Aliases, "; "), p.Country,
			strconv.Itoa(p.Events), p.First, p.Last}); err != nil {
			return err
		}
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return err
	}
	types := g.Types()
	ew := csv.NewWriter(edges)
	header := []string{"Source", "Target", "Type", "Weight", "Source Label", "Target Label",
		"Events", "Types", "First", "Last"}
	header = append(header, types...)
	if err := ew.Write(header); err != nil {
		return err
	}
	for _, e := range g.Encounters {
		row := []string{e.Source, e.Target, "Undirected", strconv.Itoa(e.Weight()),
			names[e.Source], names[e.Target], strconv.Itoa(e.Events), e.TypeSummary(), e.First, e.Last}
		for _, t := range types {
			row = append(row, strconv.Itoa(e.Types[t]))
		}
		if err := ew.Write(row); err != nil {
			return err
		}
	}
	ew.Flush()
	return ew.Error()
}

// WriteCSVZip writes a zip archive holding nodes.csv and edges.csv as written
// by WriteCSV. Its files carry a fixed date (1980-01-01), so the same graph
// gives the same bytes.
func WriteCSVZip(w io.Writer, g *Graph) error {
	var nodes, edges strings.Builder
	if err := WriteCSV(&nodes, &edges, g); err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	for _, f := range []struct{ name, body string }{{"nodes.csv", nodes.String()}, {"edges.csv", edges.String()}} {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(fw, f.body); err != nil {
			return err
		}
	}
	return zw.Close()
}
