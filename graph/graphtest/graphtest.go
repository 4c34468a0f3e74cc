// Package graphtest is the conformance suite of graph.Store: every backend
// (memstore, Bolt, PostgreSQL) must pass Run, as Cayley's backends pass its
// graphtest.TestAll.
package graphtest

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"newsgraph/extract"
	"newsgraph/graph"
)

// An Opener returns a new, empty store that lives until the test ends.
type Opener func(t *testing.T) *graph.Store

// Run runs the conformance suite on the stores that open returns; each
// subtest opens its own store.
func Run(t *testing.T, open Opener) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, Opener)
	}{
		{"WriteAndStats", testWriteAndStats},
		{"Idempotent", testIdempotent},
		{"OrderIndependent", testOrderIndependent},
		{"AtomicFailure", testAtomicFailure},
		{"WriteDocs", testWriteDocs},
		{"ConcurrentWrites", testConcurrentWrites},
		{"PersonLookup", testPersonLookup},
		{"PeopleSearch", testPeopleSearch},
		{"EventMerge", testEventMerge},
		{"EventFilters", testEventFilters},
		{"Pagination", testPagination},
		{"Places", testPlaces},
		{"Articles", testArticles},
		{"Encounters", testEncounters},
		{"Connections", testConnections},
		{"PlansAndSources", testPlansAndSources},
		{"UndatedPlanAndOccurrence", testUndatedPlanAndOccurrence},
		{"SurnameMerge", testSurnameMerge},
		{"SurnameNoMerge", testSurnameNoMerge},
		{"EventDates", testEventDates},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

// Load writes docs to s.
func Load(t testing.TB, s *graph.Store, docs []*extract.Doc) {
	t.Helper()
	for _, d := range docs {
		if err := s.WriteDoc(context.Background(), d); err != nil {
			t.Fatalf("WriteDoc(%s): %v", d.ID, err)
		}
	}
}

func loaded(t *testing.T, open Opener) *graph.Store {
	s := open(t)
	Load(t, s, Corpus())
	return s
}

func stats(t *testing.T, s *graph.Store) graph.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func nquads(t *testing.T, s *graph.Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.WriteNQuads(context.Background(), &b); err != nil {
		t.Fatalf("WriteNQuads: %v", err)
	}
	return b.String()
}

func testWriteAndStats(t *testing.T, open Opener) {
	s := loaded(t, open)
	got := stats(t, s)
	want := graph.Stats{Quads: got.Quads, Articles: 4, People: 7, Places: 8, Events: 7}
	if got != want || got.Quads == 0 {
		t.Errorf("Stats = %+v, want %+v (quads > 0)", got, want)
	}
	n := strings.Count(nquads(t, s), "\n")
	if int64(n) != got.Quads {
		t.Errorf("WriteNQuads wrote %d lines, Stats says %d quads", n, got.Quads)
	}
	for id, want := range map[string]bool{"a1": true, "a4": true, "nope": false} {
		if got, err := s.HasArticle(context.Background(), id); err != nil || got != want {
			t.Errorf("HasArticle(%q) = %v, %v; want %v", id, got, err, want)
		}
	}
}

func testIdempotent(t *testing.T, open Opener) {
	s := loaded(t, open)
	before, dump := stats(t, s), nquads(t, s)
	Load(t, s, Corpus())
	if after := stats(t, s); after != before {
		t.Errorf("Stats after re-writing = %+v, want %+v", after, before)
	}
	if got := nquads(t, s); got != dump {
		t.Errorf("re-writing changed the quads:\n%s", diff(dump, got))
	}
}

func testOrderIndependent(t *testing.T, open Opener) {
	a := loaded(t, open)
	b := open(t)
	docs := Corpus()
	slices.Reverse(docs)
	Load(t, b, docs)
	if ga, gb := nquads(t, a), nquads(t, b); ga != gb {
		t.Errorf("writing in reverse order gives other quads:\n%s", diff(ga, gb))
	}
}

// diff returns the lines only in a (prefixed -) or only in b (+).
func diff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for _, l := range la {
		if !slices.Contains(lb, l) {
			out = append(out, "- "+l)
		}
	}
	for _, l := range lb {
		if !slices.Contains(la, l) {
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "\n")
}

func testAtomicFailure(t *testing.T, open Opener) {
	s := loaded(t, open)
	before := nquads(t, s)
	bad := Corpus()[0]
	bad.ID = "bad"
	bad.Events = append(bad.Events, extract.Event{Type: extract.Meeting, Participants: []int{0, 99}})
	var ae *graph.ArticleError
	if err := s.WriteDoc(context.Background(), bad); !errors.As(err, &ae) || ae.ID != "bad" {
		t.Fatalf("WriteDoc(bad participant) error = %v, want an *ArticleError", err)
	}
	if got := nquads(t, s); got != before {
		t.Errorf("a failed write changed the store:\n%s", diff(before, got))
	}
	if ok, _ := s.HasArticle(context.Background(), "bad"); ok {
		t.Error("HasArticle(bad) = true after a failed write")
	}
}

func testWriteDocs(t *testing.T, open Opener) {
	ref := loaded(t, open)
	s := open(t)
	docs := Corpus()
	bad := Corpus()[0]
	bad.ID = "bad"
	bad.Events[0].Evidence = []extract.Span{{Start: 0, End: 1 << 20}}
	docs = append(docs[:2], append([]*extract.Doc{bad}, docs[2:]...)...)
	err := s.WriteDocs(context.Background(), docs)
	var ae *graph.ArticleError
	if !errors.As(err, &ae) || ae.ID != "bad" {
		t.Errorf("WriteDocs with a bad article: error %v, want an *ArticleError for it", err)
	}
	if got, want := nquads(t, s), nquads(t, ref); got != want {
		t.Errorf("WriteDocs gave other quads than WriteDoc one by one:\n%s", diff(want, got))
	}
	if err := s.WriteDocs(context.Background(), Corpus()); err != nil {
		t.Fatal(err)
	}
	if got := stats(t, s); got != stats(t, ref) {
		t.Errorf("Stats after WriteDocs twice = %+v, want %+v", got, stats(t, ref))
	}
}

func testConcurrentWrites(t *testing.T, open Opener) {
	s := open(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 2 {
		for _, d := range Corpus() {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := s.WriteDoc(context.Background(), d); err != nil {
					errs <- err
				}
				if _, err := s.Events(context.Background(), graph.EventFilter{Participant: "Putin"}, graph.PageRequest{}); err != nil && !errors.Is(err, graph.ErrNotFound) {
					errs <- err
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	ref := loaded(t, open)
	if got, want := nquads(t, s), nquads(t, ref); got != want {
		t.Errorf("concurrent writes gave other quads than serial ones:\n%s", diff(want, got))
	}
}

func testPersonLookup(t *testing.T, open Opener) {
	s := loaded(t, open)
	ctx := context.Background()
	for _, tc := range []struct{ query, want string }{
		{"Vladimir Putin", "Vladimir Putin"},
		{"putin", "Vladimir Putin"},
		{"VLADIMIR  PUTIN", "Vladimir Putin"},
		{"Zelenskyy", "Volodymyr Zelensky"},
		{"Volodymyr Zelenskyy", "Volodymyr Zelensky"},
		{"Zelenskiy", "Volodymyr Zelensky"},
		{"Witkoff", "Steve Witkoff"}, // surname
		{"Salman", "Mohammed bin Salman"},
		{"John Smith", "John Smith"},
		{"Trump", "Donald Trump"},
	} {
		p, err := s.Person(ctx, tc.query)
		if err != nil || p.Name != tc.want {
			t.Errorf("Person(%q) = %q, %v; want %q", tc.query, p.Name, err, tc.want)
		}
	}
	z, _ := s.Person(ctx, "Zelensky")
	if want := []string{"Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"}; !slices.Equal(z.Aliases, want) {
		t.Errorf("Zelensky aliases = %q, want %q", z.Aliases, want)
	}
	if z.CountryID == "" {
		t.Error("Zelensky has no country")
	} else if c, err := s.PlaceByID(ctx, z.CountryID); err != nil || c.Name != "Ukraine" || c.Kind != "country" {
		t.Errorf("Zelensky's country = %+v, %v; want Ukraine", c, err)
	}
	if _, err := s.Person(ctx, "Smith"); !errors.Is(err, graph.ErrAmbiguous) || !strings.Contains(err.Error(), "Jane Smith") {
		t.Errorf("Person(Smith) error = %v, want ErrAmbiguous naming Jane Smith", err)
	}
	if _, err := s.Person(ctx, "Nobody"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Person(Nobody) error = %v, want ErrNotFound", err)
	}
	p, _ := s.Person(ctx, "Putin")
	if got, err := s.PersonByID(ctx, p.ID); err != nil || got.Name != p.Name {
		t.Errorf("PersonByID(%s) = %+v, %v", p.ID, got, err)
	}
	roles, err := s.Roles(ctx, p.ID)
	if want := []graph.Role{{Title: "Russian President", ArticleID: "a1"}}; err != nil || !slices.Equal(roles, want) {
		t.Errorf("Roles(Putin) = %+v, %v; want %+v", roles, err, want)
	}
	w, _ := s.Person(ctx, "Witkoff")
	merges, err := s.Merges(ctx, w.ID)
	if err != nil || len(merges) != 1 || merges[0].Alias != "Vitkoff" || merges[0].Confidence != 0.8 || merges[0].ArticleID != "a2" {
		t.Errorf("Merges(Witkoff) = %+v, %v", merges, err)
	}
}

func testPeopleSearch(t *testing.T, open Opener) {
	s := loaded(t, open)
	for _, tc := range []struct {
		search string
		want   []string
	}{
		{"", []string{"Donald Trump", "Jane Smith", "John Smith", "Mohammed bin Salman", "Steve Witkoff", "Vladimir Putin", "Volodymyr Zelensky"}},
		{"smith", []string{"Jane Smith", "John Smith"}},
		{"zelenskyy", []string{"Volodymyr Zelensky"}},
		{"xyz", nil},
	} {
		page, err := s.People(context.Background(), tc.search, graph.PageRequest{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range page.Items {
			got = append(got, p.Name)
		}
		if !slices.Equal(got, tc.want) || page.Total != len(tc.want) {
			t.Errorf("People(%q) = %q (total %d), want %q", tc.search, got, page.Total, tc.want)
		}
	}
}

// describe returns "type date participants@place" for each event.
func describe(t *testing.T, s *graph.Store, evs []graph.Event) []string {
	t.Helper()
	ctx := context.Background()
	var out []string
	for _, e := range evs {
		var names []string
		for _, id := range e.ParticipantIDs {
			p, err := s.PersonByID(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			names = append(names, strings.Fields(p.Name)[len(strings.Fields(p.Name))-1])
		}
		slices.Sort(names)
		d := e.Type + " " + e.Status + " " + e.Date + " " + strings.Join(names, "+")
		if e.PlaceID != "" {
			pl, err := s.PlaceByID(ctx, e.PlaceID)
			if err != nil {
				t.Fatal(err)
			}
			d += "@" + pl.Name
		}
		out = append(out, d)
	}
	return out
}

func testEventMerge(t *testing.T, open Opener) {
	s := loaded(t, open)
	ctx := context.Background()
	page, err := s.Events(ctx, graph.EventFilter{Participant: "Witkoff"}, graph.PageRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := describe(t, s, page.Items), []string{"meeting occurred 2025-03-13 Putin+Witkoff@the Kremlin"}; !slices.Equal(got, want) {
		t.Fatalf("Witkoff's events = %q, want %q (one event from two articles, at the most specific place)", got, want)
	}
	e := page.Items[0]
	if e.SourceCount != 2 || e.DateText == "" || e.DatePrecision() != "day" {
		t.Errorf("merged event = %+v, want 2 sources, a date text, day precision", e)
	}
	ev, err := s.Evidence(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ev) != 2 || ev[0].ArticleID != "a1" || ev[1].ArticleID != "a2" {
		t.Fatalf("Evidence = %+v, want one from a1 and one from a2", ev)
	}
	for _, d := range Corpus()[:2] {
		x := ev[0]
		if d.ID == "a2" {
			x = ev[1]
		}
		if got := d.Text[x.Start:x.End]; got != x.Sentence || !strings.Contains(x.Sentence, "met") {
			t.Errorf("evidence in %s = %q at [%d,%d), text there %q", d.ID, x.Sentence, x.Start, x.End, got)
		}
	}
	if got, err := s.Event(ctx, e.ID); err != nil || got.ID != e.ID {
		t.Errorf("Event(%s) = %+v, %v", e.ID, got, err)
	}
	if _, err := s.Event(ctx, "nope"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Event(nope) error = %v, want ErrNotFound", err)
	}
}

func testEventFilters(t *testing.T, open Opener) {
	s := loaded(t, open)
	putin, _ := s.Person(context.Background(), "Putin")
	for _, tc := range []struct {
		name string
		f    graph.EventFilter
		want []string
	}{
		{"participant", graph.EventFilter{Participant: "Putin"}, []string{
			"meeting occurred 2025-03-13 Putin+Witkoff@the Kremlin", "call occurred 2025-03-18 Putin+Trump",
			"?call occurred  Putin+Trump", "?meeting planned  Putin+Trump"}},
		{"participant id", graph.EventFilter{ParticipantID: putin.ID, Type: "meeting"}, []string{
			"meeting occurred 2025-03-13 Putin+Witkoff@the Kremlin", "meeting planned  Putin+Trump"}},
		{"with", graph.EventFilter{Participant: "Vladimir Putin", With: "Donald Trump"}, []string{
			"call occurred 2025-03-18 Putin+Trump", "?call occurred  Putin+Trump", "?meeting planned  Putin+Trump"}},
		{"type", graph.EventFilter{Type: "call"}, []string{
			"call occurred 2025-03-18 Putin+Trump", "call occurred  Putin+Trump"}},
		{"status", graph.EventFilter{Status: "planned"}, []string{"meeting planned  Putin+Trump"}},
		{"country includes cities", graph.EventFilter{Place: "Saudi Arabia"}, []string{
			"meeting occurred 2025-03 Salman+Zelensky@Riyadh"}},
		{"country includes venues", graph.EventFilter{Place: "russia"}, []string{
			"meeting occurred 2025-03-13 Putin+Witkoff@the Kremlin"}},
		{"city includes venues", graph.EventFilter{Place: "Moscow"}, []string{
			"meeting occurred 2025-03-13 Putin+Witkoff@the Kremlin"}},
		{"venue without the", graph.EventFilter{Place: "Kremlin"}, []string{
			"meeting occurred 2025-03-13 Putin+Witkoff@the Kremlin"}},
		{"region", graph.EventFilter{Place: "Riyadh Region"}, []string{
			"meeting occurred 2025-03 Salman+Zelensky@Riyadh"}},
		{"March", graph.EventFilter{From: "2025-03-01", To: "2025-03-31"}, []string{
			"meeting occurred 2025-03 Salman+Zelensky@Riyadh", "meeting occurred 2025-03-13 Putin+Witkoff@the Kremlin",
			"call occurred 2025-03-18 Putin+Trump"}},
		{"month precision", graph.EventFilter{From: "2025-03"}, []string{
			"meeting occurred 2025-03 Salman+Zelensky@Riyadh", "meeting occurred 2025-03-13 Putin+Witkoff@the Kremlin",
			"call occurred 2025-03-18 Putin+Trump"}},
		{"event month within days", graph.EventFilter{From: "2025-03-14", To: "2025-03-20"}, []string{
			"meeting occurred 2025-03 Salman+Zelensky@Riyadh", "call occurred 2025-03-18 Putin+Trump"}},
		{"to only", graph.EventFilter{To: "2025-02"}, []string{
			"meeting occurred 2025-02-28 Trump+Zelensky@Washington"}},
		{"year", graph.EventFilter{From: "2024", To: "2024"}, nil},
		{"combined", graph.EventFilter{Participant: "Trump", Place: "United States", From: "2025"}, []string{
			"meeting occurred 2025-02-28 Trump+Zelensky@Washington"}},
		{"unknown person", graph.EventFilter{Participant: "Nobody"}, nil},
		{"unknown place", graph.EventFilter{Place: "Atlantis"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page, err := s.Events(context.Background(), tc.f, graph.PageRequest{})
			if err != nil {
				t.Fatal(err)
			}
			got := describe(t, s, page.Items)
			// Undated events sort by id; "?" marks those whose order is not fixed.
			want := slices.Clone(tc.want)
			unordered := len(want)
			for i := range want {
				if w, ok := strings.CutPrefix(want[i], "?"); ok {
					want[i], unordered = w, min(unordered, i)
				}
			}
			if unordered < len(got) {
				slices.Sort(got[unordered:])
			}
			slices.Sort(want[unordered:])
			if !slices.Equal(got, want) || page.Total != len(want) {
				t.Errorf("Events(%+v) =\n%q (total %d)\nwant\n%q", tc.f, got, page.Total, want)
			}
		})
	}
	for _, f := range []graph.EventFilter{{From: "2025-13"}, {To: "March"}, {From: "2025-02-30"}} {
		if _, err := s.Events(context.Background(), f, graph.PageRequest{}); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("Events(%+v) error = %v, want ErrInvalid", f, err)
		}
	}
	if _, err := s.Events(context.Background(), graph.EventFilter{Participant: "Smith"}, graph.PageRequest{}); !errors.Is(err, graph.ErrAmbiguous) {
		t.Errorf("Events(participant Smith) error = %v, want ErrAmbiguous", err)
	}
}

func testPagination(t *testing.T, open Opener) {
	s := loaded(t, open)
	ctx := context.Background()
	all, err := s.Events(ctx, graph.EventFilter{}, graph.PageRequest{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	if all.Total != 7 || len(all.Items) != 7 || all.HasNext {
		t.Fatalf("Events(all) = %d items, total %d, hasNext %v; want 7, 7, false", len(all.Items), all.Total, all.HasNext)
	}
	var got []string
	after := ""
	for range 10 {
		page, err := s.Events(ctx, graph.EventFilter{}, graph.PageRequest{First: 3, After: after})
		if err != nil {
			t.Fatal(err)
		}
		if page.Total != 7 || len(page.Items) != len(page.Cursors) {
			t.Fatalf("page = %+v, want total 7 and a cursor per item", page)
		}
		for _, e := range page.Items {
			got = append(got, e.ID)
		}
		if !page.HasNext {
			break
		}
		after = page.Cursors[len(page.Cursors)-1]
	}
	var want []string
	for _, e := range all.Items {
		want = append(want, e.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("paging by 3 gave %q, want %q", got, want)
	}
	for i := 1; i < len(all.Items); i++ {
		a, b := all.Items[i-1], all.Items[i]
		if a.Date != "" && b.Date != "" && a.Date > b.Date || a.Date == "" && b.Date != "" {
			t.Errorf("events out of date order: %q before %q", a.Date, b.Date)
		}
	}
	people, _ := s.People(ctx, "", graph.PageRequest{First: 2})
	rest, _ := s.People(ctx, "", graph.PageRequest{First: 100, After: people.Cursors[1]})
	if len(people.Items) != 2 || !people.HasNext || len(rest.Items) != 5 || rest.HasNext {
		t.Errorf("people pages: %d (next %v) then %d (next %v); want 2 (true), 5 (false)",
			len(people.Items), people.HasNext, len(rest.Items), rest.HasNext)
	}
}

func testPlaces(t *testing.T, open Opener) {
	s := loaded(t, open)
	ctx := context.Background()
	k, err := s.Place(ctx, "Kremlin")
	if err != nil || k.Name != "the Kremlin" || k.Kind != "venue" {
		t.Fatalf("Place(Kremlin) = %+v, %v", k, err)
	}
	city, err := s.PlaceByID(ctx, k.CityID)
	if err != nil || city.Name != "Moscow" || city.GeoID != 524901 || city.Population != 10381222 || !city.HasCoordinates {
		t.Errorf("Kremlin's city = %+v, %v; want Moscow with GeoNames id, population, coordinates", city, err)
	}
	country, err := s.PlaceByID(ctx, city.CountryID)
	if err != nil || country.Name != "Russia" || country.CountryCode != "RU" {
		t.Errorf("Moscow's country = %+v, %v; want Russia (RU)", country, err)
	}
	if r, err := s.Place(ctx, "RUSSIA"); err != nil || r.ID != country.ID {
		t.Errorf("Place(RUSSIA) = %+v, %v; want the country of Moscow", r, err)
	}
	if _, err := s.Place(ctx, "Atlantis"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Place(Atlantis) error = %v, want ErrNotFound", err)
	}
	names := func(q graph.PlaceQuery) []string {
		page, err := s.Places(ctx, q, graph.PageRequest{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range page.Items {
			out = append(out, p.Name)
		}
		return out
	}
	if got, want := names(graph.PlaceQuery{}), []string{"Moscow", "Riyadh", "Russia", "Saudi Arabia", "the Kremlin", "Ukraine", "United States", "Washington"}; !slices.Equal(got, want) {
		t.Errorf("Places() = %q, want %q", got, want)
	}
	if got, want := names(graph.PlaceQuery{Search: "sau"}), []string{"Saudi Arabia"}; !slices.Equal(got, want) {
		t.Errorf("Places(sau) = %q, want %q", got, want)
	}
	near := &graph.Near{Latitude: 55.7, Longitude: 37.6, Km: 50}
	if got, want := names(graph.PlaceQuery{Near: near}), []string{"Moscow", "the Kremlin"}; !slices.Equal(got, want) {
		t.Errorf("Places(near Moscow) = %q, want %q", got, want)
	}
}

func testArticles(t *testing.T, open Opener) {
	s := loaded(t, open)
	ctx := context.Background()
	page, err := s.Articles(ctx, graph.PageRequest{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range page.Items {
		ids = append(ids, a.ID)
	}
	if want := []string{"a1", "a2", "a3", "a4"}; !slices.Equal(ids, want) {
		t.Errorf("Articles = %q, want %q", ids, want)
	}
	a, err := s.Article(ctx, "a2")
	want := graph.Article{ID: "a2", URL: "https://example.com/a2", Title: "Title of a2", Outlet: "AP", Published: "2025-03-14"}
	if err != nil || a != want {
		t.Errorf("Article(a2) = %+v, %v; want %+v", a, err, want)
	}
	evs, err := s.ArticleEvents(ctx, "a2")
	if got, want := describe(t, s, evs), []string{"meeting occurred 2025-03 Salman+Zelensky@Riyadh",
		"meeting occurred 2025-03-13 Putin+Witkoff@the Kremlin"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("ArticleEvents(a2) = %q, %v; want %q", got, err, want)
	}
	people, err := s.ArticlePeople(ctx, "a3")
	var names []string
	for _, p := range people {
		names = append(names, p.Name)
	}
	if want := []string{"Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"}; err != nil || !slices.Equal(names, want) {
		t.Errorf("ArticlePeople(a3) = %q, %v; want %q", names, err, want)
	}
	putin, _ := s.Person(ctx, "Putin")
	arts, err := s.PersonArticles(ctx, putin.ID)
	ids = nil
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if want := []string{"a1", "a2", "a3"}; err != nil || !slices.Equal(ids, want) {
		t.Errorf("PersonArticles(Putin) = %q, %v; want %q", ids, err, want)
	}
	if _, err := s.Article(ctx, "nope"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Article(nope) error = %v, want ErrNotFound", err)
	}
}

func testEncounters(t *testing.T, open Opener) {
	s := loaded(t, open)
	ctx := context.Background()
	putin, _ := s.Person(ctx, "Putin")
	encs, err := s.Encounters(ctx, putin.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range encs {
		p, _ := s.PersonByID(ctx, e.PersonID)
		got = append(got, p.Name+" "+strings.Join([]string{string(rune('0' + e.Count)), e.First, e.Last}, " "))
		if len(e.Events) != e.Count {
			t.Errorf("encounter with %s: %d events, count %d", p.Name, len(e.Events), e.Count)
		}
	}
	want := []string{"Donald Trump 3 2025-03-18 2025-03-18", "Steve Witkoff 1 2025-03-13 2025-03-13"}
	if !slices.Equal(got, want) {
		t.Errorf("Encounters(Putin) = %q, want %q", got, want)
	}
}

func testConnections(t *testing.T, open Opener) {
	s := loaded(t, open)
	ctx := context.Background()
	chain := func(q graph.ConnectionQuery) []string {
		t.Helper()
		chains, err := s.Connections(ctx, q)
		if err != nil {
			t.Fatalf("Connections(%+v): %v", q, err)
		}
		var out []string
		for _, c := range chains {
			var names []string
			for _, id := range c.PersonIDs {
				p, _ := s.PersonByID(ctx, id)
				names = append(names, strings.Fields(p.Name)[len(strings.Fields(p.Name))-1])
			}
			if len(c.Hops) != len(c.PersonIDs)-1 {
				t.Errorf("chain %q has %d hops", names, len(c.Hops))
			}
			for _, h := range c.Hops {
				if len(h.Events) == 0 {
					t.Errorf("chain %q has a hop without events", names)
				}
			}
			out = append(out, strings.Join(names, ">"))
		}
		return out
	}
	for _, tc := range []struct {
		q    graph.ConnectionQuery
		want []string
	}{
		{graph.ConnectionQuery{From: "Witkoff", To: "Trump"}, []string{"Witkoff>Putin>Trump"}},
		{graph.ConnectionQuery{From: "Witkoff", To: "Zelensky"}, []string{"Witkoff>Putin>Trump>Zelensky"}},
		{graph.ConnectionQuery{From: "Witkoff", To: "Salman"}, nil},
		{graph.ConnectionQuery{From: "Witkoff", To: "Salman", MaxHops: 4}, []string{"Witkoff>Putin>Trump>Zelensky>Salman"}},
		{graph.ConnectionQuery{From: "Witkoff", To: "Zelensky", TimeOrdered: true}, nil},
		{graph.ConnectionQuery{From: "Zelensky", To: "Witkoff", MaxHops: 4, Before: "2025-03-15"}, nil},
		{graph.ConnectionQuery{From: "Witkoff", To: "Trump", TimeOrdered: true}, []string{"Witkoff>Putin>Trump"}},
		{graph.ConnectionQuery{From: "Trump", To: "Witkoff", TimeOrdered: true}, nil},
		{graph.ConnectionQuery{From: "John Smith", To: "Trump"}, nil},
	} {
		if got := chain(tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("Connections(%+v) = %q, want %q", tc.q, got, tc.want)
		}
	}
	if _, err := s.Connections(ctx, graph.ConnectionQuery{From: "Putin", To: "Trump", MaxHops: 99}); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("Connections(maxHops 99) error = %v, want ErrInvalid", err)
	}
}

// testPlansAndSources checks that a planned event is linked to the later
// report that it occurred (and not to an earlier meeting of the same people),
// and that sources are counted by article and by independent outlet.
func testPlansAndSources(t *testing.T, open Opener) {
	s := open(t)
	b5 := newDoc("a5", "2025-04-10", "Reuters", "Donald Trump met Vladimir Putin in Riyadh on April 9.")
	trump, putin := b5.person("Donald Trump", "United States", nil), b5.person("Vladimir Putin", "Russia", nil)
	b5.event(extract.Meeting, extract.Occurred, "2025-04-09", "on April 9", b5.place(riyadh), "met", "met Vladimir Putin", trump, putin)
	b6 := newDoc("a6", "2025-02-12", "TASS", "Donald Trump met Vladimir Putin on February 10.")
	trump, putin = b6.person("Donald Trump", "United States", nil), b6.person("Vladimir Putin", "Russia", nil)
	b6.event(extract.Meeting, extract.Occurred, "2025-02-10", "on February 10", nil, "met", "met Vladimir Putin", trump, putin)
	b7 := newDoc("a7", "2025-03-20", "Reuters", "Steve Witkoff met Vladimir Putin on March 13.")
	wit, putin := b7.person("Steve Witkoff", "United States", nil), b7.person("Vladimir Putin", "Russia", nil)
	b7.event(extract.Meeting, extract.Occurred, "2025-03-13", "on March 13", nil, "met", "met Vladimir Putin", wit, putin)
	Load(t, s, append(Corpus(), b5.d, b6.d, b7.d))

	ctx := context.Background()
	events := func(typ, status, date string) []graph.Event {
		t.Helper()
		page, err := s.Events(ctx, graph.EventFilter{Participant: "Trump", With: "Putin", Type: typ, Status: status}, graph.PageRequest{First: 100})
		if err != nil {
			t.Fatal(err)
		}
		var out []graph.Event
		for _, e := range page.Items {
			if date == "*" || e.Date == date {
				out = append(out, e)
			}
		}
		return out
	}
	plans := events("meeting", "planned", "*")
	if len(plans) != 1 {
		t.Fatalf("planned Trump–Putin meetings = %d, want 1", len(plans))
	}
	april, february := events("meeting", "occurred", "2025-04-09"), events("meeting", "occurred", "2025-02-10")
	if len(april) != 1 || len(february) != 1 {
		t.Fatalf("occurred meetings: %d in April, %d in February, want 1 and 1", len(april), len(february))
	}
	if got := plans[0].OccurredAs; len(got) != 1 || got[0] != april[0].ID {
		t.Errorf("plan reported 2025-03-19 OccurredAs = %v, want only the April meeting %s", got, april[0].ID)
	}
	if got := april[0].PlannedAs; len(got) != 1 || got[0] != plans[0].ID {
		t.Errorf("April meeting PlannedAs = %v, want the plan %s", got, plans[0].ID)
	}
	if len(february[0].PlannedAs) != 0 {
		t.Errorf("a meeting before the plan was reported fulfils it: %v", february[0].PlannedAs)
	}

	page, err := s.Events(ctx, graph.EventFilter{Participant: "Witkoff", With: "Putin", From: "2025-03-13", To: "2025-03-13"}, graph.PageRequest{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Items) != 1 {
		t.Fatalf("Witkoff–Putin meetings on 2025-03-13 = %d, want 1", len(page.Items))
	}
	e := page.Items[0]
	if e.ArticleCount != 3 || e.IndependentSources != 2 || e.FirstReported != "2025-03-14" {
		t.Errorf("sources: %d articles, %d independent, first reported %q; want 3 (Reuters twice, AP), 2, 2025-03-14",
			e.ArticleCount, e.IndependentSources, e.FirstReported)
	}
}

// testUndatedPlanAndOccurrence checks that an article reporting both that
// two people spoke and that they are to speak again, neither dated, keeps
// two events.
func testUndatedPlanAndOccurrence(t *testing.T, open Opener) {
	s := open(t)
	b := newDoc("u1", "2025-03-16", "Wire", "Anna Kay and Mary Jones are to talk again. Kay spoke with Jones after the vote.")
	kay, jones := b.person("Anna Kay", "", nil), b.person("Mary Jones", "", nil)
	b.event(extract.Call, extract.Planned, "", "", nil, "talk", "are to talk", kay, jones)
	b.event(extract.Call, extract.Occurred, "", "", nil, "spoke", "spoke with", kay, jones)
	Load(t, s, []*extract.Doc{b.d})
	page, err := s.Events(context.Background(), graph.EventFilter{Participant: "Anna Kay"}, graph.PageRequest{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	var statuses []string
	for _, e := range page.Items {
		statuses = append(statuses, e.Status)
	}
	slices.Sort(statuses)
	if !slices.Equal(statuses, []string{"occurred", "planned"}) {
		t.Errorf("undated events of one article = %v, want an occurred and a planned one", statuses)
	}
}
