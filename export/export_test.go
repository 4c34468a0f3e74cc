package export

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"
)

var (
	putin   = Person{ID: "p-putin", Name: "Vladimir Putin", Aliases: []string{"Putin", "President Putin"}, Country: "Russia"}
	witkoff = Person{ID: "p-witkoff", Name: "Steve Witkoff", Aliases: []string{"Witkoff"}, Country: "United States"}
	trump   = Person{ID: "p-trump", Name: "Donald Trump", Aliases: []string{"Trump"}, Country: "United States"}
	quote   = Person{ID: `p-"odd"\id`, Name: "O'Brien \"Quote\" <&>", Aliases: nil}
)

// sampleEvents has 4 people, 5 distinct events (one listed twice) and 4
// encounters: Putin–Witkoff (2), Putin–Trump (2 calls), Trump–Witkoff (1),
// Putin–quote (1, undated).
func sampleEvents() []Event {
	return []Event{
		{ID: "e1", Type: "MEETING", Status: "OCCURRED", Date: "2025-03-13", Place: "Moscow", Participants: []Person{putin, witkoff}},
		{ID: "e2", Type: "CALL", Status: "OCCURRED", Date: "2025-03-18", Participants: []Person{trump, putin}},
		{ID: "e3", Type: "CALL", Status: "OCCURRED", Date: "2025-02", Participants: []Person{putin, trump}},
		{ID: "e1", Type: "MEETING", Status: "OCCURRED", Date: "2025-03-13", Place: "Moscow", Participants: []Person{putin, witkoff}},
		{ID: "e4", Type: "MEETING", Status: "PLANNED", Date: "2025-04-11", Participants: []Person{witkoff, putin, trump, putin}},
		{ID: "e5", Type: "MEETING", Status: "OCCURRED", Participants: []Person{quote, putin}},
	}
}

func sampleGraph(t *testing.T) *Graph {
	t.Helper()
	g, err := Build(sampleEvents())
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return g
}

func TestBuild(t *testing.T) {
	g := sampleGraph(t)
	var ids []string
	for _, p := range g.People {
		ids = append(ids, p.ID)
	}
	if want := []string{`p-"odd"\id`, "p-putin", "p-trump", "p-witkoff"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("people = %q, want %q", ids, want)
	}
	p, ok := g.Person("p-putin")
	if !ok {
		t.Fatal("Person(p-putin) not found")
	}
	if p.Events != 5 || p.First != "2025-02" || p.Last != "2025-04-11" {
		t.Errorf("Putin = %+v, want 5 events from 2025-02 to 2025-04-11", p)
	}
	if _, ok := g.Person("nobody"); ok {
		t.Error("Person(nobody) found")
	}
	type key struct{ s, t string }
	got := map[key]Encounter{}
	for _, e := range g.Encounters {
		if e.Source >= e.Target {
			t.Errorf("encounter %s–%s not ordered", e.Source, e.Target)
		}
		got[key{e.Source, e.Target}] = e
	}
	if len(g.Encounters) != 4 {
		t.Fatalf("%d encounters, want 4: %+v", len(g.Encounters), g.Encounters)
	}
	pt := got[key{"p-putin", "p-trump"}]
	if pt.Events != 3 || pt.Types["CALL"] != 2 || pt.Types["MEETING"] != 1 || pt.First != "2025-02" || pt.Last != "2025-04-11" {
		t.Errorf("Putin–Trump = %+v", pt)
	}
	if s := pt.TypeSummary(); s != "CALL:2 MEETING:1" {
		t.Errorf("TypeSummary = %q", s)
	}
	pw := got[key{"p-putin", "p-witkoff"}]
	if pw.Events != 2 || !reflect.DeepEqual(pw.Dates, []string{"2025-03-13", "2025-04-11"}) {
		t.Errorf("Putin–Witkoff = %+v, want 2 events (e1 counted once)", pw)
	}
	if q := got[key{`p-"odd"\id`, "p-putin"}]; q.Events != 1 || q.First != "" || len(q.Dates) != 0 {
		t.Errorf("undated encounter = %+v", q)
	}
	if want := []string{"CALL", "MEETING"}; !reflect.DeepEqual(g.Types(), want) {
		t.Errorf("Types = %v, want %v", g.Types(), want)
	}
}

func TestBuildBadDate(t *testing.T) {
	_, err := Build([]Event{{ID: "x", Date: "March 2025", Participants: []Person{putin, trump}}})
	if !errors.Is(err, ErrBadDate) {
		t.Fatalf("Build(bad date) error = %v, want ErrBadDate", err)
	}
}

func TestDateRange(t *testing.T) {
	for _, tc := range []struct{ in, start, end string }{
		{"2025-03-13", "2025-03-13", "2025-03-13"},
		{"2025-02", "2025-02-01", "2025-02-28"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2025", "2025-01-01", "2025-12-31"},
	} {
		s, e, err := DateRange(tc.in)
		if err != nil || s.Format(day) != tc.start || e.Format(day) != tc.end {
			t.Errorf("DateRange(%q) = %s, %s, %v, want %s, %s", tc.in, s.Format(day), e.Format(day), err, tc.start, tc.end)
		}
	}
	for _, bad := range []string{"", "13/03/2025", "2025-13", "20x5", "2025-02-30"} {
		if _, _, err := DateRange(bad); !errors.Is(err, ErrBadDate) {
			t.Errorf("DateRange(%q) error = %v, want ErrBadDate", bad, err)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats() {
		got, err := ParseFormat(strings.ToUpper(string(f)))
		if err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
		if f.ContentType() == "application/octet-stream" || f.Ext() == "" {
			t.Errorf("%s: content type %q, ext %q", f, f.ContentType(), f.Ext())
		}
	}
	if _, err := ParseFormat("pdf"); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("ParseFormat(pdf) error = %v, want ErrUnknownFormat", err)
	}
	if err := Format("pdf").Write(io.Discard, &Graph{}); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("Write(pdf) error = %v, want ErrUnknownFormat", err)
	}
}

// TestDeterministic writes every format twice, from events in two orders, and
// compares the bytes.
func TestDeterministic(t *testing.T) {
	evs := sampleEvents()
	rev := make([]Event, len(evs))
	for i, e := range evs {
		rev[len(evs)-1-i] = e
	}
	g1, err := Build(evs)
	if err != nil {
		t.Fatal(err)
	}
	g2, err := Build(rev)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range Formats() {
		var a, b bytes.Buffer
		if err := f.Write(&a, g1); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if err := f.Write(&b, g2); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: output depends on the order of events", f)
		}
	}
}

func TestEmptyGraph(t *testing.T) {
	g, err := Build(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range Formats() {
		var b bytes.Buffer
		if err := f.Write(&b, g); err != nil || b.Len() == 0 {
			t.Errorf("%s of the empty graph: %d bytes, %v", f, b.Len(), err)
		}
	}
}

// graphmlIn is an independent reading of GraphML, namespace-qualified.
type graphmlIn struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string   `xml:"id,attr"`
			Data []dataIn `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string   `xml:"source,attr"`
			Target string   `xml:"target,attr"`
			Data   []dataIn `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type dataIn struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func dataMap(d []dataIn) map[string]string {
	m := map[string]string{}
	for _, x := range d {
		m[x.Key] = x.Value
	}
	return m
}

func TestGraphML(t *testing.T) {
	g := sampleGraph(t)
	var b bytes.Buffer
	if err := WriteGraphML(&b, g); err != nil {
		t.Fatal(err)
	}
	var doc graphmlIn
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("parse GraphML: %v\n%s", err, b.String())
	}
	if len(doc.Graph.Nodes) != 4 || len(doc.Graph.Edges) != 4 {
		t.Fatalf("GraphML has %d nodes and %d edges, want 4 and 4", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	if doc.Graph.EdgeDefault != "undirected" {
		t.Errorf("edgedefault = %q", doc.Graph.EdgeDefault)
	}
	keys := map[string]bool{}
	for _, k := range doc.Keys {
		if keys[k.ID] {
			t.Errorf("key %q declared twice", k.ID)
		}
		keys[k.ID] = true
	}
	nodes := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		nodes[n.ID] = true
		for _, d := range n.Data {
			if !keys[d.Key] {
				t.Errorf("node %s uses undeclared key %q", n.ID, d.Key)
			}
		}
		if n.ID == quote.ID && dataMap(n.Data)["label"] != quote.Name {
			t.Errorf("escaped name read back as %q", dataMap(n.Data)["label"])
		}
	}
	if !nodes[quote.ID] {
		t.Errorf("escaped id %q not read back", quote.ID)
	}
	for _, e := range doc.Graph.Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s–%s has an unknown end", e.Source, e.Target)
		}
		m := dataMap(e.Data)
		if e.Source == "p-putin" && e.Target == "p-trump" {
			if m["weight"] != "3" || m["type_CALL"] != "2" || m["e_first"] != "2025-02" {
				t.Errorf("Putin–Trump data = %v", m)
			}
		}
		for k := range m {
			if !keys[k] {
				t.Errorf("edge uses undeclared key %q", k)
			}
		}
	}
}

type gexfIn struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		Mode       string `xml:"mode,attr"`
		TimeFormat string `xml:"timeformat,attr"`
		Attributes []struct {
			Class      string `xml:"class,attr"`
			Attributes []struct {
				ID string `xml:"id,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []struct {
			ID     string    `xml:"id,attr"`
			Label  string    `xml:"label,attr"`
			Spells []spellIn `xml:"spells>spell"`
		} `xml:"nodes>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Weight string `xml:"weight,attr"`
			Values []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
			} `xml:"attvalues>attvalue"`
			Spells []spellIn `xml:"spells>spell"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

type spellIn struct {
	Start string `xml:"start,attr"`
	End   string `xml:"end,attr"`
}

func TestGEXF(t *testing.T) {
	g := sampleGraph(t)
	var b bytes.Buffer
	if err := WriteGEXF(&b, g); err != nil {
		t.Fatal(err)
	}
	var doc gexfIn
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("parse GEXF: %v\n%s", err, b.String())
	}
	if doc.Version != "1.3" || doc.Graph.Mode != "dynamic" || doc.Graph.TimeFormat != "date" {
		t.Errorf("version %q, mode %q, timeformat %q", doc.Version, doc.Graph.Mode, doc.Graph.TimeFormat)
	}
	if len(doc.Graph.Nodes) != 4 || len(doc.Graph.Edges) != 4 {
		t.Fatalf("GEXF has %d nodes and %d edges, want 4 and 4", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	declared := map[string]bool{}
	for _, a := range doc.Graph.Attributes {
		for _, x := range a.Attributes {
			declared[a.Class+"/"+x.ID] = true
		}
	}
	for _, n := range doc.Graph.Nodes {
		switch n.ID {
		case "p-putin":
			if want := []spellIn{{"2025-02-01", "2025-04-11"}}; !reflect.DeepEqual(n.Spells, want) {
				t.Errorf("Putin spells = %v, want %v", n.Spells, want)
			}
		case quote.ID:
			if n.Label != quote.Name || len(n.Spells) != 0 {
				t.Errorf("undated node = %+v", n)
			}
		}
	}
	for _, e := range doc.Graph.Edges {
		for _, v := range e.Values {
			if !declared["edge/"+v.For] {
				t.Errorf("edge value for undeclared attribute %q", v.For)
			}
		}
		if e.Source == "p-putin" && e.Target == "p-trump" {
			want := []spellIn{{"2025-02-01", "2025-02-28"}, {"2025-03-18", "2025-03-18"}, {"2025-04-11", "2025-04-11"}}
			if e.Weight != "3" || !reflect.DeepEqual(e.Spells, want) {
				t.Errorf("Putin–Trump weight %s spells %v, want 3 and %v", e.Weight, e.Spells, want)
			}
		}
		for _, s := range e.Spells {
			if s.Start > s.End {
				t.Errorf("spell %v ends before it starts", s)
			}
		}
	}
}

func TestSpellsMerge(t *testing.T) {
	got, err := spellsOf([]string{"2025", "2025-03-13", "2025-03-14", "2026-01-01", "2026-01-02"})
	if err != nil {
		t.Fatal(err)
	}
	want := []gexfSpell{{Start: "2025-01-01", End: "2026-01-02"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("spellsOf = %v, want %v", got, want)
	}
}

func TestCommonSpell(t *testing.T) {
	a, _, _ := DateRange("2025-03-13")
	b, _, _ := DateRange("2025-02")
	end, _, _ := DateRange("2025-04-11")
	if got, want := commonSpell(a, b, end), []gexfSpell{{Start: "2025-03-13", End: "2025-04-11"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("commonSpell = %v, want %v", got, want)
	}
	if got := commonSpell(a, time.Time{}, end); got != nil {
		t.Errorf("commonSpell with an undated node = %v, want none", got)
	}
}

func TestCyJS(t *testing.T) {
	g := sampleGraph(t)
	var b bytes.Buffer
	if err := WriteCyJS(&b, g); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("parse cyjs: %v", err)
	}
	if len(doc.Elements.Nodes) != 4 || len(doc.Elements.Edges) != 4 {
		t.Fatalf("cyjs has %d nodes and %d edges, want 4 and 4", len(doc.Elements.Nodes), len(doc.Elements.Edges))
	}
	ids := map[string]bool{}
	for _, n := range doc.Elements.Nodes {
		id, _ := n.Data["id"].(string)
		ids[id] = true
		if id == "p-putin" {
			if n.Data["name"] != "Vladimir Putin" || n.Data["events"] != 5.0 || n.Data["country"] != "Russia" {
				t.Errorf("Putin data = %v", n.Data)
			}
			if a, _ := n.Data["aliases"].([]any); len(a) != 2 {
				t.Errorf("Putin aliases = %v", n.Data["aliases"])
			}
		}
	}
	for _, e := range doc.Elements.Edges {
		s, _ := e.Data["source"].(string)
		tg, _ := e.Data["target"].(string)
		if !ids[s] || !ids[tg] {
			t.Errorf("edge %v has an unknown end", e.Data)
		}
		if s == "p-putin" && tg == "p-witkoff" && (e.Data["weight"] != 2.0 || e.Data["type_MEETING"] != 2.0) {
			t.Errorf("Putin–Witkoff data = %v", e.Data)
		}
	}
}

func unquoteID(s string) string {
	if u, err := strconv.Unquote(s); err == nil {
		return u
	}
	return s
}

func TestDOT(t *testing.T) {
	g := sampleGraph(t)
	var b bytes.Buffer
	if err := WriteDOT(&b, g); err != nil {
		t.Fatal(err)
	}
	f, err := dot.ParseString(b.String())
	if err != nil {
		t.Fatalf("parse DOT: %v\n%s", err, b.String())
	}
	if len(f.Graphs) != 1 || f.Graphs[0].Directed {
		t.Fatalf("want one undirected graph, got %v", f.Graphs)
	}
	nodes := map[string]map[string]string{}
	var edges []map[string]string
	for _, st := range f.Graphs[0].Stmts {
		switch st := st.(type) {
		case *ast.NodeStmt:
			nodes[st.Node.ID] = attrMap(st.Attrs)
		case *ast.EdgeStmt:
			m := attrMap(st.Attrs)
			m["from"] = st.From.(*ast.Node).ID
			m["to"] = st.To.Vertex.(*ast.Node).ID
			edges = append(edges, m)
		}
	}
	if len(nodes) != 4 || len(edges) != 4 {
		t.Fatalf("DOT has %d nodes and %d edges, want 4 and 4", len(nodes), len(edges))
	}
	if got := unquoteID(nodes[`"p-putin"`]["label"]); got != "Vladimir Putin" {
		t.Errorf("Putin label = %q", got)
	}
	for _, e := range edges {
		if nodes[e["from"]] == nil || nodes[e["to"]] == nil {
			t.Errorf("edge %s -- %s has an unknown end", e["from"], e["to"])
		}
		if e["from"] == `"p-putin"` && e["to"] == `"p-trump"` && (e["weight"] != "3" || e["penwidth"] != "2.58") {
			t.Errorf("Putin–Trump attrs = %v", e)
		}
	}
}

func attrMap(attrs []*ast.Attr) map[string]string {
	m := map[string]string{}
	for _, a := range attrs {
		m[a.Key] = a.Val
	}
	return m
}

func TestCSV(t *testing.T) {
	g := sampleGraph(t)
	var b bytes.Buffer
	if err := WriteCSVZip(&b, g); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatalf("open zip: %v", err)
	}
	files := map[string][][]string{}
	for _, f := range zr.File {
		if f.Modified.Year() != 1980 {
			t.Errorf("%s dated %v, want the fixed 1980-01-01", f.Name, f.Modified)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(rc).ReadAll()
		rc.Close()
		if err != nil {
			t.Fatalf("parse %s: %v", f.Name, err)
		}
		files[f.Name] = rows
	}
	nodes, edges := files["nodes.csv"], files["edges.csv"]
	if len(nodes) != 1+4 || len(edges) != 1+4 {
		t.Fatalf("nodes.csv has %d rows, edges.csv %d, want 5 and 5 (with headers)", len(nodes), len(edges))
	}
	if nodes[0][0] != "Id" || edges[0][0] != "Source" || edges[0][3] != "Weight" {
		t.Errorf("headers %v / %v", nodes[0], edges[0])
	}
	if got := edges[0][len(edges[0])-2:]; !reflect.DeepEqual(got, []string{"CALL", "MEETING"}) {
		t.Errorf("type columns = %v", got)
	}
	ids := map[string]bool{}
	for _, r := range nodes[1:] {
		ids[r[0]] = true
	}
	for _, r := range edges[1:] {
		if !ids[r[0]] || !ids[r[1]] {
			t.Errorf("edge row %v has an unknown end", r)
		}
	}
}
