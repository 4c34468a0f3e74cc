package schema_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/graphql-go/graphql"

	"newsgraph/graph"
	"newsgraph/graph/graphtest"
	"newsgraph/schema"
)

var _ schema.Store = (*graph.Store)(nil)

// newSchema returns a schema over a store at dsn loaded with the graphtest
// corpus.
func newSchema(t testing.TB, dsn string) graphql.Schema {
	t.Helper()
	s, err := graph.Open(context.Background(), dsn, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	graphtest.Load(t, s, graphtest.Corpus())
	sch, err := schema.New(s)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func do(sch graphql.Schema, query string, vars map[string]any) *graphql.Result {
	return graphql.Do(graphql.Params{
		Schema: sch, RequestString: query, VariableValues: vars, Context: context.Background(),
	})
}

// equalJSON reports whether the JSON encodings of got and want (a JSON
// text) are equal, and returns got's encoding.
func equalJSON(t *testing.T, got any, want string) (string, bool) {
	t.Helper()
	b, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	var g, w any
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(want), &w); err != nil {
		t.Fatalf("bad want JSON %s: %v", want, err)
	}
	return string(b), reflect.DeepEqual(g, w)
}

var queryTests = []struct {
	name, query string
	vars        map[string]any
	want        string // JSON of data
}{
	{
		name:  "who did Putin meet",
		query: `{ person(name: "Putin") { met { person { name } count first last events { type status date place { name } } } } }`,
		want: `{"person": {"met": [
			{"person": {"name": "Donald Trump"}, "count": 3, "first": "2025-03-18", "last": "2025-03-18", "events": [
				{"type": "CALL", "status": "OCCURRED", "date": "2025-03-18", "place": null},
				{"type": "MEETING", "status": "PLANNED", "date": null, "place": null},
				{"type": "CALL", "status": "OCCURRED", "date": null, "place": null}]},
			{"person": {"name": "Steve Witkoff"}, "count": 1, "first": "2025-03-13", "last": "2025-03-13", "events": [
				{"type": "MEETING", "status": "OCCURRED", "date": "2025-03-13", "place": {"name": "the Kremlin"}}]}]}}`,
	},
	{
		name:  "alias lookup",
		query: `{ person(name: "Zelenskyy") { name aliases country { name kind } } }`,
		want:  `{"person": {"name": "Volodymyr Zelensky", "aliases": ["Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"], "country": {"name": "Ukraine", "kind": "country"}}}`,
	},
	{
		name:  "unknown person is null",
		query: `{ person(name: "Nobody") { name } }`,
		want:  `{"person": null}`,
	},
	{
		name:  "roles and merges",
		query: `{ putin: person(name: "vladimir putin") { roles { title article { id } } } witkoff: person(name: "Witkoff") { merges { alias reason confidence article { id } } } }`,
		want: `{"putin": {"roles": [{"title": "Russian President", "article": {"id": "a1"}}]},
			"witkoff": {"merges": [{"alias": "Vitkoff", "reason": "same role 'special envoy' in the same article", "confidence": 0.8, "article": {"id": "a2"}}]}}`,
	},
	{
		name:  "events in March",
		query: `{ events(from: "2025-03-01", to: "2025-03-31") { totalCount edges { node { type date datePrecision participants { name } place { name } } } } }`,
		want: `{"events": {"totalCount": 3, "edges": [
			{"node": {"type": "MEETING", "date": "2025-03", "datePrecision": "month", "participants": [{"name": "Mohammed bin Salman"}, {"name": "Volodymyr Zelensky"}], "place": {"name": "Riyadh"}}},
			{"node": {"type": "MEETING", "date": "2025-03-13", "datePrecision": "day", "participants": [{"name": "Steve Witkoff"}, {"name": "Vladimir Putin"}], "place": {"name": "the Kremlin"}}},
			{"node": {"type": "CALL", "date": "2025-03-18", "datePrecision": "day", "participants": [{"name": "Donald Trump"}, {"name": "Vladimir Putin"}], "place": null}}]}}`,
	},
	{
		name:  "every call in March 2025, by variables",
		query: `query($from: Date, $to: Date) { events(type: CALL, from: $from, to: $to) { totalCount edges { node { date } } } }`,
		vars:  map[string]any{"from": "2025-03", "to": "2025-03"},
		want:  `{"events": {"totalCount": 1, "edges": [{"node": {"date": "2025-03-18"}}]}}`,
	},
	{
		name:  "events in a country include its cities",
		query: `{ events(place: "Saudi Arabia") { edges { node { place { name kind country { name } } } } } }`,
		want:  `{"events": {"edges": [{"node": {"place": {"name": "Riyadh", "kind": "city", "country": {"name": "Saudi Arabia"}}}}]}}`,
	},
	{
		name:  "events in a country include its venues",
		query: `{ events(place: "Russia") { edges { node { place { name kind city { name geonamesId population } country { name countryCode } } } } } }`,
		want: `{"events": {"edges": [{"node": {"place": {"name": "the Kremlin", "kind": "venue",
			"city": {"name": "Moscow", "geonamesId": 524901, "population": 10381222}, "country": {"name": "Russia", "countryCode": "RU"}}}}]}}`,
	},
	{
		name:  "participant with counterpart and status",
		query: `{ events(participant: "Trump", with: "Putin", status: PLANNED) { totalCount edges { node { type status } } } }`,
		want:  `{"events": {"totalCount": 1, "edges": [{"node": {"type": "MEETING", "status": "PLANNED"}}]}}`,
	},
	{
		name:  "sources of an event",
		query: `{ events(participant: "Witkoff") { edges { node { sourceCount dateText sources { article { id outlet } sentence start end status } } } } }`,
		want: `{"events": {"edges": [{"node": {"sourceCount": 2, "dateText": "on March 13, 2025", "sources": [
			{"article": {"id": "a1", "outlet": "Reuters"}, "sentence": "Russian President Vladimir Putin met US special envoy Steve Witkoff in Moscow on Thursday.", "start": 0, "end": 90, "status": "OCCURRED"},
			{"article": {"id": "a2", "outlet": "AP"}, "sentence": "Steve Witkoff met Vladimir Putin at the Kremlin on March 13, 2025.", "start": 0, "end": 66, "status": "OCCURRED"}]}}]}}`,
	},
	{
		name:  "independent sources and the plan without a later occurrence",
		query: `{ w: events(participant: "Witkoff") { edges { node { articleCount independentSources firstReported } } } p: events(participant: "Trump", with: "Putin", status: PLANNED) { edges { node { firstReported occurredAs { id } plannedAs { id } } } } }`,
		want: `{"w": {"edges": [{"node": {"articleCount": 2, "independentSources": 2, "firstReported": "2025-03-14"}}]},
			"p": {"edges": [{"node": {"firstReported": "2025-03-19", "occurredAs": [], "plannedAs": []}}]}}`,
	},
	{
		name:  "met bounded: the most frequent counterpart and its earliest event",
		query: `{ person(name: "Putin") { all: met { person { name } } top: met(first: 1) { person { name } count events(first: 1) { date } } } }`,
		want: `{"person": {"all": [{"person": {"name": "Donald Trump"}}, {"person": {"name": "Steve Witkoff"}}],
			"top": [{"person": {"name": "Donald Trump"}, "count": 3, "events": [{"date": "2025-03-18"}]}]}}`,
	},
	{
		name:  "person events with filters",
		query: `{ person(name: "Putin") { events(type: CALL) { totalCount } articles { id } } }`,
		want:  `{"person": {"events": {"totalCount": 2}, "articles": [{"id": "a1"}, {"id": "a2"}, {"id": "a3"}]}}`,
	},
	{
		name:  "place and its events",
		query: `{ place(name: "moscow") { name latitude longitude region events { totalCount } } }`,
		want:  `{"place": {"name": "Moscow", "latitude": 55.75222, "longitude": 37.61556, "region": "Moscow", "events": {"totalCount": 1}}}`,
	},
	{
		name:  "places near",
		query: `{ places(near: {latitude: 24.7, longitude: 46.7, km: 100}) { totalCount edges { node { name } } } }`,
		want:  `{"places": {"totalCount": 1, "edges": [{"node": {"name": "Riyadh"}}]}}`,
	},
	{
		name:  "people search",
		query: `{ people(search: "smith") { totalCount edges { node { name } } } }`,
		want:  `{"people": {"totalCount": 2, "edges": [{"node": {"name": "Jane Smith"}}, {"node": {"name": "John Smith"}}]}}`,
	},
	{
		name:  "article",
		query: `{ article(id: "a3") { id url title published outlet people { name } events { type date } } }`,
		want: `{"article": {"id": "a3", "url": "https://example.com/a3", "title": "Title of a3", "published": "2025-03-19", "outlet": "Reuters",
			"people": [{"name": "Donald Trump"}, {"name": "Vladimir Putin"}, {"name": "Volodymyr Zelensky"}],
			"events": [{"type": "MEETING", "date": "2025-02-28"}, {"type": "CALL", "date": "2025-03-18"}, {"type": "MEETING", "date": null}]}}`,
	},
	{
		name:  "articles, count only",
		query: `{ articles(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`,
		want:  `{"articles": {"totalCount": 4, "edges": [], "pageInfo": {"hasNextPage": true, "endCursor": null}}}`,
	},
	{
		name:  "connections",
		query: `{ connections(from: "Witkoff", to: "Zelenskyy") { length people { name } hops { from { name } to { name } events { type date } } } }`,
		want: `{"connections": [{"length": 3, "people": [{"name": "Steve Witkoff"}, {"name": "Vladimir Putin"}, {"name": "Donald Trump"}, {"name": "Volodymyr Zelensky"}],
			"hops": [
				{"from": {"name": "Steve Witkoff"}, "to": {"name": "Vladimir Putin"}, "events": [{"type": "MEETING", "date": "2025-03-13"}]},
				{"from": {"name": "Vladimir Putin"}, "to": {"name": "Donald Trump"}, "events": [{"type": "CALL", "date": "2025-03-18"}, {"type": "MEETING", "date": null}, {"type": "CALL", "date": null}]},
				{"from": {"name": "Donald Trump"}, "to": {"name": "Volodymyr Zelensky"}, "events": [{"type": "MEETING", "date": "2025-02-28"}]}]}]}`,
	},
	{
		name:  "connections in time order",
		query: `{ timed: connections(from: "Witkoff", to: "Zelensky", timeOrdered: true) { length } forward: connections(from: "Witkoff", to: "Trump", timeOrdered: true, after: "2025-03") { length hops { events { date } } } }`,
		want:  `{"timed": [], "forward": [{"length": 2, "hops": [{"events": [{"date": "2025-03-13"}]}, {"events": [{"date": "2025-03-18"}]}]}]}`,
	},
}

func runQueryTests(t *testing.T, sch graphql.Schema) {
	for _, tc := range queryTests {
		t.Run(tc.name, func(t *testing.T) {
			r := do(sch, tc.query, tc.vars)
			if len(r.Errors) > 0 {
				t.Fatalf("%s: errors %v", tc.query, r.Errors)
			}
			if got, ok := equalJSON(t, r.Data, tc.want); !ok {
				t.Errorf("%s\ngot  %s\nwant %s", tc.query, got, tc.want)
			}
		})
	}
}

func TestQueriesMemstore(t *testing.T) { runQueryTests(t, newSchema(t, "memory:")) }

func TestQueriesBolt(t *testing.T) {
	runQueryTests(t, newSchema(t, filepath.Join(t.TempDir(), "db")))
}

func TestPagination(t *testing.T) {
	sch := newSchema(t, "memory:")
	const q = `query($after: String) { events(first: 3, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`
	var ids []string
	var after any
	for range 10 {
		r := do(sch, q, map[string]any{"after": after})
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		var page struct {
			Events struct {
				TotalCount int
				Edges      []struct {
					Cursor string
					Node   struct{ ID string }
				}
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
			}
		}
		b, _ := json.Marshal(r.Data)
		if err := json.Unmarshal(b, &page); err != nil {
			t.Fatal(err)
		}
		ev := page.Events
		if ev.TotalCount != 7 || len(ev.Edges) == 0 || len(ev.Edges) > 3 {
			t.Fatalf("page = %s, want total 7 and 1 to 3 edges", b)
		}
		if last := ev.Edges[len(ev.Edges)-1].Cursor; last != ev.PageInfo.EndCursor {
			t.Errorf("endCursor %q is not the last edge's cursor %q", ev.PageInfo.EndCursor, last)
		}
		for _, e := range ev.Edges {
			ids = append(ids, e.Node.ID)
		}
		if !ev.PageInfo.HasNextPage {
			break
		}
		after = ev.PageInfo.EndCursor
	}
	r := do(sch, `{ events(first: 100) { edges { node { id } } } }`, nil)
	var all []string
	for _, e := range r.Data.(map[string]any)["events"].(map[string]any)["edges"].([]any) {
		all = append(all, e.(map[string]any)["node"].(map[string]any)["id"].(string))
	}
	if strings.Join(ids, ",") != strings.Join(all, ",") || len(all) != 7 {
		t.Errorf("paging by 3 gave %q, want %q", ids, all)
	}
}

func TestErrors(t *testing.T) {
	sch := newSchema(t, "memory:")
	for _, tc := range []struct{ query, want string }{
		{`{ events(from: "2025-13") { totalCount } }`, `Expected type "Date"`},
		{`{ events(to: "March") { totalCount } }`, `Expected type "Date"`},
		{`query($d: Date) { events(from: $d) { totalCount } }`, `Expected type "Date"`},
		{`{ events(first: 100001) { totalCount } }`, "at most 100000"},
		{`{ events(first: -1) { totalCount } }`, "want 0 to 100000"},
		{`{ events(after: "bogus") { totalCount } }`, "invalid cursor"},
		{`{ person(name: "Smith") { name } }`, "ambiguous"},
		{`{ events(participant: "Smith") { totalCount } }`, "John Smith"},
		{`{ connections(from: "Putin", to: "Trump", maxHops: 9) { length } }`, "at most 6"},
		{`{ events(type: VISIT) { totalCount } }`, `Expected type "EventType"`},
	} {
		vars := map[string]any{"d": "2025-02-30"}
		r := do(sch, tc.query, vars)
		if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, tc.want) {
			t.Errorf("%s: errors %v, want one containing %q", tc.query, r.Errors, tc.want)
		}
	}
	// A cursor from another connection is refused.
	r := do(sch, `{ people(first: 1) { pageInfo { endCursor } } }`, nil)
	c := r.Data.(map[string]any)["people"].(map[string]any)["pageInfo"].(map[string]any)["endCursor"]
	r = do(sch, `query($c: String) { events(after: $c) { totalCount } }`, map[string]any{"c": c})
	if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "invalid cursor") {
		t.Errorf("events(after: a people cursor): errors %v, want invalid cursor", r.Errors)
	}
}
