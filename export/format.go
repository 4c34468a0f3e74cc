package export

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// A Format names an output format of the person graph.
type Format string

// The formats of the person graph.
const (
	GraphML Format = "graphml" // GraphML XML
	GEXF    Format = "gexf"    // GEXF 1.3, dynamic
	CyJS    Format = "cyjs"    // Cytoscape JSON
	DOT     Format = "dot"     // Graphviz DOT
	CSV     Format = "csv"     // nodes.csv and edges.csv in a zip archive
)

// Formats returns the formats of the person graph, in the order in which
// they are documented.
func Formats() []Format { return []Format{GraphML, GEXF, CyJS, DOT, CSV} }

// ErrUnknownFormat is returned by ParseFormat for a name that is not a format.
var ErrUnknownFormat = errors.New("export: unknown format")

// ParseFormat returns the format named s, ignoring case.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(s))
	for _, g := range Formats() {
		if f == g {
			return f, nil
		}
	}
	return "", fmt.Errorf("%w %q", ErrUnknownFormat, s)
}

// Ext returns the usual file name extension of f, with its dot.
func (f Format) Ext() string {
	switch f {
	case CSV:
		return ".zip"
	}
	return "." + string(f)
}

// ContentType returns the MIME type of f.
func (f Format) ContentType() string {
	switch f {
	case GraphML:
		return "application/graphml+xml; charset=utf-8"
	case GEXF:
		return "application/gexf+xml; charset=utf-8"
	case CyJS:
		return "application/json; charset=utf-8"
	case DOT:
		return "text/vnd.graphviz; charset=utf-8"
	case CSV:
		return "application/zip"
	}
	return "application/octet-stream"
}

// Write writes g to w in format f. CSV is written as a zip archive holding
// nodes.csv and edges.csv; use WriteCSV for the two files on their own.
func (f Format) Write(w io.Writer, g *Graph) error {
	switch f {
	case GraphML:
		return WriteGraphML(w, g)
	case GEXF:
		return WriteGEXF(w, g)
	case CyJS:
		return WriteCyJS(w, g)
	case DOT:
		return WriteDOT(w, g)
	case CSV:
		return WriteCSVZip(w, g)
	}
	return fmt.Errorf("%w %q", ErrUnknownFormat, string(f))
}
