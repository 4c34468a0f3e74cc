package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graphql-go/graphql"
	gqlast "github.com/graphql-go/graphql/language/ast"
	"gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"
)

// fakeEvent is an event of the fake schema.
type fakeEvent struct {
	id, typ, status, date, place string
	who                          []string
}

type fakePerson struct {
	id, name, country string
	aliases           []string
}

var fakePeople = map[string]fakePerson{
	"putin":   {id: "putin", name: "Vladimir Putin", country: "Russia", aliases: []string{"Putin"}},
	"witkoff": {id: "witkoff", name: "Steve Witkoff", country: "United States", aliases: []string{"Witkoff"}},
	"trump":   {id: "trump", name: "Donald Trump", country: "United States", aliases: []string{"Trump"}},
	"zelensky": {id: "zelensky", name: "Volodymyr Zelensky", country: "Ukraine",
		aliases: []string{"Zelensky", "Zelenskyy"}},
}

// fakeEvents: 4 people, 5 events, 4 encounters (Putin–Witkoff, Putin–Trump,
// Trump–Zelensky, Trump–Witkoff).
var fakeEvents = []fakeEvent{
	{id: "e1", typ: "MEETING", status: "OCCURRED", date: "2025-03-13", place: "Moscow", who: []string{"witkoff", "putin"}},
	{id: "e2", typ: "CALL", status: "OCCURRED", date: "2025-03-18", who: []string{"trump", "putin"}},
	{id: "e3", typ: "CALL", status: "OCCURRED", date: "2025-02-12", who: []string{"trump", "putin"}},
	{id: "e4", typ: "MEETING", status: "OCCURRED", date: "2025-02-28", place: "Washington", who: []string{"trump", "zelensky"}},
	{id: "e5", typ: "MEETING", status: "PLANNED", date: "2025-04", who: []string{"trump", "witkoff"}},
}

// fakeSchema is a small schema with the names of the real events query
// (issue 2). Its pages hold at most two events, so that exports must follow
// pageInfo. It records the arguments of the last events query in *got.
func fakeSchema(t *testing.T, got *map[string]any) graphql.Schema {
	t.Helper()
	date := graphql.NewScalar(graphql.ScalarConfig{
		Name:       "Date",
		Serialize:  func(v any) any { return v },
		ParseValue: func(v any) any { return v },
		ParseLiteral: func(v gqlast.Value) any {
			if s, ok := v.(*gqlast.StringValue); ok {
				return s.Value
			}
			return nil
		},
	})
	enum := func(name string, values ...string) *graphql.Enum {
		cfg := graphql.EnumValueConfigMap{}
		for _, v := range values {
			cfg[v] = &graphql.EnumValueConfig{Value: v}
		}
		return graphql.NewEnum(graphql.EnumConfig{Name: name, Values: cfg})
	}
	eventType := enum("EventType", "MEETING", "CALL")
	eventStatus := enum("EventStatus", "OCCURRED", "PLANNED", "NEGATED")
	place := graphql.NewObject(graphql.ObjectConfig{Name: "Place", Fields: graphql.Fields{
		"name": &graphql.Field{Type: graphql.String, Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source, nil }},
	}})
	person := graphql.NewObject(graphql.ObjectConfig{Name: "Person", Fields: graphql.Fields{
		"id":      &graphql.Field{Type: graphql.ID, Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(fakePerson).id, nil }},
		"name":    &graphql.Field{Type: graphql.String, Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(fakePerson).name, nil }},
		"aliases": &graphql.Field{Type: graphql.NewList(graphql.String), Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(fakePerson).aliases, nil }},
		"country": &graphql.Field{Type: place, Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(fakePerson).country, nil }},
	}})
	event := graphql.NewObject(graphql.ObjectConfig{Name: "Event", Fields: graphql.Fields{
		"id":     &graphql.Field{Type: graphql.ID, Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(fakeEvent).id, nil }},
		"type":   &graphql.Field{Type: eventType, Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(fakeEvent).typ, nil }},
		"status": &graphql.Field{Type: eventStatus, Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(fakeEvent).status, nil }},
		"date":   &graphql.Field{Type: date, Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(fakeEvent).date, nil }},
		"place": &graphql.Field{Type: place, Resolve: func(p graphql.ResolveParams) (any, error) {
			if pl := p.Source.(fakeEvent).place; pl != "" {
				return pl, nil
			}
			return nil, nil
		}},
		"participants": &graphql.Field{Type: graphql.NewList(person), Resolve: func(p graphql.ResolveParams) (any, error) {
			var ps []fakePerson
			for _, id := range p.Source.(fakeEvent).who {
				ps = append(ps, fakePeople[id])
			}
			return ps, nil
		}},
	}})
	pageInfo := graphql.NewObject(graphql.ObjectConfig{Name: "PageInfo", Fields: graphql.Fields{
		"hasNextPage": &graphql.Field{Type: graphql.Boolean},
		"endCursor":   &graphql.Field{Type: graphql.String},
	}})
	edge := graphql.NewObject(graphql.ObjectConfig{Name: "EventEdge", Fields: graphql.Fields{
		"node": &graphql.Field{Type: event, Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source, nil }},
	}})
	conn := graphql.NewObject(graphql.ObjectConfig{Name: "EventConnection", Fields: graphql.Fields{
		"pageInfo": &graphql.Field{Type: pageInfo},
		"edges":    &graphql.Field{Type: graphql.NewList(edge)},
	}})
	query := graphql.NewObject(graphql.ObjectConfig{Name: "Query", Fields: graphql.Fields{
		"events": &graphql.Field{
			Type: conn,
			Args: graphql.FieldConfigArgument{
				"participant": {Type: graphql.String}, "with": {Type: graphql.String},
				"type": {Type: eventType}, "status": {Type: eventStatus}, "place": {Type: graphql.String},
				"from": {Type: date}, "to": {Type: date}, "first": {Type: graphql.Int}, "after": {Type: graphql.String},
			},
			Resolve: func(p graphql.ResolveParams) (any, error) {
				if got != nil {
					*got = p.Args
				}
				var match []any
				for _, ev := range fakeEvents {
					if s, _ := p.Args["participant"].(string); s != "" && !fakeHas(ev, s) {
						continue
					}
					if s, _ := p.Args["type"].(string); s != "" && ev.typ != s {
						continue
					}
					if s, _ := p.Args["from"].(string); s != "" && ev.date < s {
						continue
					}
					match = append(match, ev)
				}
				start := 0
				if a, _ := p.Args["after"].(string); a != "" {
					for i, m := range match {
						if m.(fakeEvent).id == a {
							start = i + 1
						}
					}
				}
				end := min(start+2, len(match))
				page := match[start:end]
				info := map[string]any{"hasNextPage": end < len(match), "endCursor": ""}
				if len(page) > 0 {
					info["endCursor"] = page[len(page)-1].(fakeEvent).id
				}
				return map[string]any{"pageInfo": info, "edges": page}, nil
			},
		},
	}})
	sch, err := graphql.NewSchema(graphql.SchemaConfig{Query: query})
	if err != nil {
		t.Fatalf("fake schema: %v", err)
	}
	return sch
}

func fakeHas(ev fakeEvent, name string) bool {
	for _, id := range ev.who {
		p := fakePeople[id]
		if strings.EqualFold(p.name, name) {
			return true
		}
		for _, a := range p.aliases {
			if strings.EqualFold(a, name) {
				return true
			}
		}
	}
	return false
}

const fakeNQuads = "<a> <b> <c> .\n"

func fakeDump(w io.Writer) error {
	_, err := io.WriteString(w, fakeNQuads)
	return err
}

// counts parses an export and returns its numbers of nodes and edges.
func counts(t *testing.T, format string, b []byte) (nodes, edges int) {
	t.Helper()
	switch format {
	case "graphml":
		var doc struct {
			Graph struct {
				Nodes []struct{} `xml:"node"`
				Edges []struct{} `xml:"edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(b, &doc); err != nil {
			t.Fatalf("parse graphml: %v", err)
		}
		return len(doc.Graph.Nodes), len(doc.Graph.Edges)
	case "gexf":
		var doc struct {
			Graph struct {
				Mode  string     `xml:"mode,attr"`
				Nodes []struct{} `xml:"nodes>node"`
				Edges []struct{} `xml:"edges>edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(b, &doc); err != nil {
			t.Fatalf("parse gexf: %v", err)
		}
		if doc.Graph.Mode != "dynamic" {
			t.Errorf("gexf mode = %q, want dynamic", doc.Graph.Mode)
		}
		return len(doc.Graph.Nodes), len(doc.Graph.Edges)
	case "cyjs":
		var doc struct {
			Elements struct {
				Nodes []json.RawMessage `json:"nodes"`
				Edges []json.RawMessage `json:"edges"`
			} `json:"elements"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("parse cyjs: %v", err)
		}
		return len(doc.Elements.Nodes), len(doc.Elements.Edges)
	case "dot":
		f, err := dot.ParseBytes(b)
		if err != nil {
			t.Fatalf("parse dot: %v", err)
		}
		for _, st := range f.Graphs[0].Stmts {
			switch st.(type) {
			case *ast.NodeStmt:
				nodes++
			case *ast.EdgeStmt:
				edges++
			}
		}
		return nodes, edges
	case "csv":
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatalf("open csv zip: %v", err)
		}
		for _, zf := range zr.File {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(rc).ReadAll()
			rc.Close()
			if err != nil {
				t.Fatalf("parse %s: %v", zf.Name, err)
			}
			switch zf.Name {
			case "nodes.csv":
				nodes = len(rows) - 1
			case "edges.csv":
				edges = len(rows) - 1
			}
		}
		return nodes, edges
	}
	t.Fatalf("counts: unknown format %q", format)
	return 0, 0
}

func TestRunExportFormats(t *testing.T) {
	sch := fakeSchema(t, nil)
	dir := t.TempDir()
	for _, format := range []string{"graphml", "gexf", "cyjs", "dot", "csv"} {
		t.Run(format, func(t *testing.T) {
			var stdout bytes.Buffer
			if err := runExport(context.Background(), []string{"--format", format}, &stdout, sch, fakeDump); err != nil {
				t.Fatalf("export to stdout: %v", err)
			}
			if n, e := counts(t, format, stdout.Bytes()); n != 4 || e != 4 {
				t.Errorf("stdout: %d nodes, %d edges, want 4 and 4", n, e)
			}
			if format == "gexf" {
				// Every fake event is dated, so every edge has spells.
				if got := strings.Count(stdout.String(), "<spells>"); got != 4+4 {
					t.Errorf("gexf: %d <spells> elements, want one per node and edge (8)", got)
				}
			}
			out := filepath.Join(dir, "g."+format)
			if format == "csv" {
				out += ".zip"
			}
			var none bytes.Buffer
			if err := runExport(context.Background(), []string{"--format=" + format, "-o", out}, &none, sch, fakeDump); err != nil {
				t.Fatalf("export -o: %v", err)
			}
			if none.Len() != 0 {
				t.Errorf("export -o also wrote %d bytes to stdout", none.Len())
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, stdout.Bytes()) {
				t.Errorf("-o file differs from stdout")
			}
		})
	}
}

func TestRunExportFilters(t *testing.T) {
	var got map[string]any
	sch := fakeSchema(t, &got)
	var out bytes.Buffer
	args := []string{"--format", "cyjs", "--participant", "Putin", "--type", "call", "--from", "2025-03-01"}
	if err := runExport(context.Background(), args, &out, sch, fakeDump); err != nil {
		t.Fatal(err)
	}
	if n, e := counts(t, "cyjs", out.Bytes()); n != 2 || e != 1 {
		t.Errorf("Putin's calls since March: %d nodes, %d edges, want 2 and 1", n, e)
	}
	if got["participant"] != "Putin" || got["type"] != "CALL" || got["from"] != "2025-03-01" || got["first"] != exportPageSize {
		t.Errorf("events arguments = %v", got)
	}
}

func TestRunExportNQuads(t *testing.T) {
	var out bytes.Buffer
	if err := runExport(context.Background(), []string{"--format", "nquads"}, &out, fakeSchema(t, nil), fakeDump); err != nil {
		t.Fatal(err)
	}
	if out.String() != fakeNQuads {
		t.Errorf("nquads = %q, want the dump %q", out.String(), fakeNQuads)
	}
}

func TestRunExportCSVDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "csv")
	if err := runExport(context.Background(), []string{"--format", "csv", "-o", dir}, io.Discard, fakeSchema(t, nil), fakeDump); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]int{"nodes.csv": 4, "edges.csv": 4} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		if len(rows)-1 != want {
			t.Errorf("%s has %d rows, want %d", name, len(rows)-1, want)
		}
	}
}

func TestRunExportErrors(t *testing.T) {
	sch := fakeSchema(t, nil)
	for _, args := range [][]string{
		{},
		{"--format", "pdf"},
		{"--format", "dot", "extra"},
		{"--nope"},
	} {
		err := runExport(context.Background(), args, io.Discard, sch, fakeDump)
		if !errors.Is(err, errUsage) {
			t.Errorf("runExport(%q) error = %v, want a usage error", args, err)
		}
	}
	out := filepath.Join(t.TempDir(), "bad.dot")
	err := runExport(context.Background(), []string{"--format", "dot", "--type", "BOGUS", "-o", out}, io.Discard, sch, fakeDump)
	if err == nil || errors.Is(err, errUsage) {
		t.Errorf("bad type: error = %v, want a query error", err)
	}
	if _, statErr := os.Stat(out); !errors.Is(statErr, os.ErrNotExist) {
		t.Errorf("a failed export left %s behind", out)
	}
}

func TestExportHandler(t *testing.T) {
	h := exportHandler(fakeSchema(t, nil), fakeDump)
	for _, tc := range []struct {
		query, contentType, filename string
		status, nodes, edges         int
	}{
		{"format=gexf", "application/gexf+xml; charset=utf-8", "newsgraph.gexf", 200, 4, 4},
		{"format=graphml&participant=Witkoff", "application/graphml+xml; charset=utf-8", "newsgraph.graphml", 200, 3, 2},
		{"format=cyjs&type=MEETING", "application/json; charset=utf-8", "newsgraph.cyjs", 200, 4, 3},
		{"format=dot", "text/vnd.graphviz; charset=utf-8", "newsgraph.dot", 200, 4, 4},
		{"format=csv", "application/zip", "newsgraph.zip", 200, 4, 4},
		{"format=nquads", "application/n-quads", "newsgraph.nq", 200, -1, -1},
		{"format=pdf", "", "", 400, -1, -1},
		{"format=dot&type=BOGUS", "", "", 400, -1, -1},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/export?"+tc.query, nil))
		if rec.Code != tc.status {
			t.Errorf("%s: status %d, want %d: %s", tc.query, rec.Code, tc.status, rec.Body)
			continue
		}
		if tc.status != http.StatusOK {
			continue
		}
		if ct := rec.Header().Get("Content-Type"); ct != tc.contentType {
			t.Errorf("%s: Content-Type %q, want %q", tc.query, ct, tc.contentType)
		}
		if cd := rec.Header().Get("Content-Disposition"); cd != `attachment; filename="`+tc.filename+`"` {
			t.Errorf("%s: Content-Disposition %q", tc.query, cd)
		}
		if tc.nodes < 0 {
			if rec.Body.String() != fakeNQuads {
				t.Errorf("%s: body %q", tc.query, rec.Body)
			}
			continue
		}
		format := strings.TrimPrefix(strings.SplitN(tc.query, "&", 2)[0], "format=")
		if n, e := counts(t, format, rec.Body.Bytes()); n != tc.nodes || e != tc.edges {
			t.Errorf("%s: %d nodes, %d edges, want %d and %d", tc.query, n, e, tc.nodes, tc.edges)
		}
	}
}

// TestExportSampleCorpus exports the sample corpus through the real schema
// and store, and checks every format against the API's own view: one node per
// person with events, one edge per pair of people who met, weighted by the
// number of shared events (Person.met).
func TestExportSampleCorpus(t *testing.T) {
	ctx := context.Background()
	srv, err := openServer(ctx, serverOptions{DB: "memory:", Log: io.Discard})
	if err != nil {
		t.Fatalf("openServer: %v", err)
	}
	defer srv.Close()

	res := graphql.Do(graphql.Params{Schema: srv.Schema, Context: ctx, RequestString: `{
		people(first: 100000) { edges { node { id name events(first: 0) { totalCount } met { person { id } count } } } }
	}`})
	if len(res.Errors) > 0 {
		t.Fatalf("people query: %v", res.Errors)
	}
	var api struct {
		People struct {
			Edges []struct {
				Node struct {
					ID, Name string
					Events   struct{ TotalCount int }
					Met      []struct {
						Person struct{ ID string }
						Count  int
					}
				}
			}
		}
	}
	b, _ := json.Marshal(res.Data)
	if err := json.Unmarshal(b, &api); err != nil {
		t.Fatal(err)
	}
	wantNodes := map[string]bool{}
	wantEdges := map[[2]string]int{}
	for _, e := range api.People.Edges {
		if e.Node.Events.TotalCount > 0 {
			wantNodes[e.Node.ID] = true
		}
		for _, m := range e.Node.Met {
			k := [2]string{e.Node.ID, m.Person.ID}
			if k[0] > k[1] {
				k[0], k[1] = k[1], k[0]
			}
			wantEdges[k] = m.Count
		}
	}
	if len(wantNodes) < 3 || len(wantEdges) < 3 {
		t.Fatalf("the sample corpus gives %d people with events and %d encounters; want more", len(wantNodes), len(wantEdges))
	}

	dump := func(w io.Writer) error { return srv.Store.WriteNQuads(ctx, w) }
	h := exportHandler(srv.Schema, dump)
	for _, format := range []string{"graphml", "gexf", "cyjs", "dot", "csv"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/export?format="+format, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d: %s", format, rec.Code, rec.Body)
		}
		if n, e := counts(t, format, rec.Body.Bytes()); n != len(wantNodes) || e != len(wantEdges) {
			t.Errorf("%s: %d nodes and %d edges, want %d and %d", format, n, e, len(wantNodes), len(wantEdges))
		}
	}

	// The cyjs edges carry the API's counts, and Putin met Witkoff.
	var out bytes.Buffer
	if err := runExport(ctx, []string{"--format", "cyjs"}, &out, srv.Schema, dump); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any }
			Edges []struct{ Data map[string]any }
		}
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, n := range doc.Elements.Nodes {
		names[n.Data["id"].(string)] = n.Data["name"].(string)
	}
	putinWitkoff := false
	for _, e := range doc.Elements.Edges {
		k := [2]string{e.Data["source"].(string), e.Data["target"].(string)}
		if got, want := int(e.Data["weight"].(float64)), wantEdges[k]; got != want {
			t.Errorf("edge %s–%s weight %d, want %d (Person.met count)", names[k[0]], names[k[1]], got, want)
		}
		pair := names[k[0]] + "|" + names[k[1]]
		if strings.Contains(pair, "Putin") && strings.Contains(pair, "Witkoff") {
			putinWitkoff = true
		}
	}
	if !putinWitkoff {
		t.Error("no Putin–Witkoff edge in the export")
	}

	// Filters narrow the graph: Witkoff's meetings only.
	out.Reset()
	if err := runExport(ctx, []string{"--format", "graphml", "--participant", "Witkoff", "--type", "meeting"}, &out, srv.Schema, dump); err != nil {
		t.Fatal(err)
	}
	if n, e := counts(t, "graphml", out.Bytes()); n < 2 || e < 1 || n >= len(wantNodes) {
		t.Errorf("Witkoff's meetings: %d nodes, %d edges; want a small non-empty graph", n, e)
	}

	// N-Quads: the whole store.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/export?format=nquads", nil))
	lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
	if rec.Code != http.StatusOK || len(lines) < 100 {
		t.Fatalf("nquads: status %d, %d lines", rec.Code, len(lines))
	}
	for _, l := range lines[:10] {
		if !strings.HasSuffix(l, " .") {
			t.Errorf("not an N-Quad: %q", l)
		}
	}
}
