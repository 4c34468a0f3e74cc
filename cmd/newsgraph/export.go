package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/graphql-go/graphql"

	"newsgraph/export"
)

// nquads is the format name of the full graph as N-Quads, written by the
// store rather than by package export.
const nquads = "nquads"

// exportFilters are the filters of the events query that an export applies.
type exportFilters struct {
	Participant, With, Type, Status, Place, From, To string
}

// variables returns the filters as GraphQL variables, leaving out empty ones.
func (f exportFilters) variables() map[string]any {
	v := map[string]any{}
	for name, val := range map[string]string{
		"participant": f.Participant, "with": f.With, "place": f.Place,
		"from": f.From, "to": f.To,
		"type": strings.ToUpper(f.Type), "status": strings.ToUpper(f.Status),
	} {
		if val != "" {
			v[name] = val
		}
	}
	return v
}

// exportQuery fetches a page of events with what the person graph needs.
const exportQuery = `query Export($participant: String, $with: String, $type: EventType, $status: EventStatus,
  $place: String, $from: Date, $to: Date, $first: Int, $after: String) {
  events(participant: $participant, with: $with, type: $type, status: $status, place: $place,
         from: $from, to: $to, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      id type status date
      place { name }
      participants { id name aliases country { name } }
    } }
  }
}`

// exportPage is the JSON shape of one answer to exportQuery.
type exportPage struct {
	Events struct {
		PageInfo struct {
			HasNextPage bool   `json:"hasNextPage"`
			EndCursor   string `json:"endCursor"`
		} `json:"pageInfo"`
		Edges []struct {
			Node struct {
				ID     string `json:"id"`
				Type   string `json:"type"`
				Status string `json:"status"`
				Date   string `json:"date"`
				Place  *struct {
					Name string `json:"name"`
				} `json:"place"`
				Participants []struct {
					ID      string   `json:"id"`
					Name    string   `json:"name"`
					Aliases []string `json:"aliases"`
					Country *struct {
						Name string `json:"name"`
					} `json:"country"`
				} `json:"participants"`
			} `json:"node"`
		} `json:"edges"`
	} `json:"events"`
}

// A queryError holds the GraphQL errors of the events query, most often a
// bad filter value.
type queryError struct{ msgs []string }

func (e *queryError) Error() string { return "events query: " + strings.Join(e.msgs, "; ") }

// exportPageSize is the page size of exportQuery, the most the API allows.
const exportPageSize = 100000

// fetchGraph runs the events query with filters f against sch, following
// pages to the end, and builds the person graph of the events.
func fetchGraph(ctx context.Context, sch graphql.Schema, f exportFilters) (*export.Graph, error) {
	vars := f.variables()
	vars["first"] = exportPageSize
	var events []export.Event
	for {
		res := graphql.Do(graphql.Params{Schema: sch, RequestString: exportQuery, VariableValues: vars, Context: ctx})
		if len(res.Errors) > 0 {
			qe := &queryError{}
			for _, e := range res.Errors {
				qe.msgs = append(qe.msgs, e.Message)
			}
			return nil, qe
		}
		b, err := json.Marshal(res.Data)
		if err != nil {
			return nil, err
		}
		var page exportPage
		if err := json.Unmarshal(b, &page); err != nil {
			return nil, fmt.Errorf("events query: unexpected answer: %w", err)
		}
		for _, e := range page.Events.Edges {
			ev := export.Event{ID: e.Node.ID, Type: e.Node.Type, Status: e.Node.Status, Date: e.Node.Date}
			if e.Node.Place != nil {
				ev.Place = e.Node.Place.Name
			}
			for _, p := range e.Node.Participants {
				person := export.Person{ID: p.ID, Name: p.Name, Aliases: p.Aliases}
				if p.Country != nil {
					person.Country = p.Country.Name
				}
				ev.Participants = append(ev.Participants, person)
			}
			events = append(events, ev)
		}
		pi := page.Events.PageInfo
		if !pi.HasNextPage || pi.EndCursor == "" || pi.EndCursor == vars["after"] {
			break
		}
		vars["after"] = pi.EndCursor
	}
	return export.Build(events)
}

// writeExport writes the graph selected by f in format to w. The nquads
// format calls dump and ignores the filters.
func writeExport(ctx context.Context, w io.Writer, format string, f exportFilters, sch graphql.Schema, dump func(io.Writer) error) error {
	if format == nquads {
		return dump(w)
	}
	fm, err := export.ParseFormat(format)
	if err != nil {
		return err
	}
	g, err := fetchGraph(ctx, sch, f)
	if err != nil {
		return err
	}
	return fm.Write(w, g)
}

// runExport runs `newsgraph export`: it writes the person graph of the events
// that match the filters, or with --format nquads the whole store, to stdout
// or to the file named by -o. With --format csv, -o names a directory that
// receives nodes.csv and edges.csv, or a file ending in .zip that holds both;
// without -o the zip is written to stdout.
func runExport(ctx context.Context, args []string, stdout io.Writer, sch graphql.Schema, dump func(io.Writer) error) error {
	flags := newFlags("export", "export --format graphml|gexf|cyjs|dot|csv|nquads [-o FILE] [filters]",
		`Writes the graph of people (nodes) and their encounters (edges weighted by
the number of events, with counts by type and first and last dates) for
visualisation tools, or the whole store as N-Quads. The filters are those of
the events query; nquads ignores them.

Formats:
  graphml  GraphML (yEd, Gephi, NetworkX)
  gexf     GEXF 1.3 with time intervals, for Gephi's timeline
  cyjs     Cytoscape JSON (Cytoscape: File > Import > Network from File)
  dot      Graphviz (dot -Tsvg graph.dot > graph.svg)
  csv      nodes.csv and edges.csv: -o DIR writes both files into DIR,
           -o FILE.zip (or no -o: stdout) a zip archive holding both
  nquads   every quad of the store (RDF tools, cayley load)

Examples:
  newsgraph export --format gexf -o news.gexf
  newsgraph export --format dot --participant Putin --from 2025-03-01 | dot -Tsvg > putin.svg
  newsgraph export --format csv -o csv/`, stdout)
	format := flags.String("format", "", "graphml, gexf, cyjs, dot, csv or nquads (required)")
	out := flags.String("o", "", "write to this file (csv: a directory or a .zip) instead of stdout")
	var f exportFilters
	flags.StringVar(&f.Participant, "participant", "", "events of this person (name, alias or surname)")
	flags.StringVar(&f.With, "with", "", "events that also include this person")
	flags.StringVar(&f.Type, "type", "", "event type: MEETING, CALL, ...")
	flags.StringVar(&f.Status, "status", "", "event status: OCCURRED, PLANNED or NEGATED")
	flags.StringVar(&f.Place, "place", "", "events at this place")
	flags.StringVar(&f.From, "from", "", "events on or after this date (YYYY[-MM[-DD]])")
	flags.StringVar(&f.To, "to", "", "events on or before this date (YYYY[-MM[-DD]])")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return fmt.Errorf("%w: export: unexpected argument %q", errUsage, flags.Arg(0))
	}
	*format = strings.ToLower(*format)
	if *format == "" {
		return fmt.Errorf("%w: export: --format is required", errUsage)
	}
	if *format != nquads {
		if _, err := export.ParseFormat(*format); err != nil {
			return fmt.Errorf("%w: export: %v", errUsage, err)
		}
	}
	if *format == string(export.CSV) && *out != "" && !strings.HasSuffix(strings.ToLower(*out), ".zip") {
		return writeCSVDir(ctx, *out, f, sch)
	}
	if *out == "" {
		return writeExport(ctx, stdout, *format, f, sch, dump)
	}
	// Write to a buffer first so that a failed export leaves no partial file.
	var buf bytes.Buffer
	if err := writeExport(ctx, &buf, *format, f, sch, dump); err != nil {
		return err
	}
	return os.WriteFile(*out, buf.Bytes(), 0o644)
}

// writeCSVDir writes nodes.csv and edges.csv into dir, creating it if needed.
func writeCSVDir(ctx context.Context, dir string, f exportFilters, sch graphql.Schema) error {
	g, err := fetchGraph(ctx, sch, f)
	if err != nil {
		return err
	}
	var nodes, edges bytes.Buffer
	if err := export.WriteCSV(&nodes, &edges, g); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "nodes.csv"), nodes.Bytes(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "edges.csv"), edges.Bytes(), 0o644)
}

// exportHandler serves GET /export?format=graphml|gexf|cyjs|dot|csv|nquads
// with the filters of the events query as parameters (participant, with,
// type, status, place, from, to); without a format it serves GraphML. The
// response is an attachment named newsgraph.EXT with the format's
// Content-Type; csv is a zip archive holding nodes.csv and edges.csv. An
// unknown format or a bad filter is a 400. It is safe for concurrent use.
func exportHandler(sch graphql.Schema, dump func(io.Writer) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		format := strings.ToLower(q.Get("format"))
		if format == "" {
			format = string(export.GraphML)
		}
		contentType, ext := "application/n-quads", ".nq"
		if format != nquads {
			fm, err := export.ParseFormat(format)
			if err != nil {
				http.Error(w, err.Error()+" (want graphml, gexf, cyjs, dot, csv or nquads)", http.StatusBadRequest)
				return
			}
			contentType, ext = fm.ContentType(), fm.Ext()
		}
		f := exportFilters{
			Participant: q.Get("participant"), With: q.Get("with"), Type: q.Get("type"),
			Status: q.Get("status"), Place: q.Get("place"), From: q.Get("from"), To: q.Get("to"),
		}
		var buf bytes.Buffer
		if err := writeExport(r.Context(), &buf, format, f, sch, dump); err != nil {
			status := http.StatusInternalServerError
			var qe *queryError
			if errors.As(err, &qe) {
				status = http.StatusBadRequest
			}
			http.Error(w, err.Error(), status)
			return
		}
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="newsgraph%s"`, ext))
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Write(buf.Bytes())
	})
}
