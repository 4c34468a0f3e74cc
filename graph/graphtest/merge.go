package graphtest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"newsgraph/extract"
	"newsgraph/graph"
)

// The tests of the read-side merge: people named by surname only and events
// reported at several date precisions.

// putinXi returns two articles on one meeting: p1 names "Vladimir Putin" and
// dates it 2025-03-13; p2 names only "Putin", as "President Putin", and
// dates it 2025-03.
func putinXi() (p1, p2 *extract.Doc) {
	b1 := newDoc("p1", "2025-03-14", "Reuters", "Vladimir Putin met Xi Jinping in Moscow on March 13.")
	putin, xi := b1.person("Vladimir Putin", "Russia", nil), b1.person("Xi Jinping", "China", nil)
	b1.event(extract.Meeting, extract.Occurred, "2025-03-13", "on March 13", b1.place(moscow), "met", "met Xi", putin, xi)
	b2 := newDoc("p2", "2025-03-20", "Xinhua", "President Putin met Xi Jinping in March.")
	putin, xi = b2.person("Putin", "", []string{"President"}), b2.person("Xi Jinping", "China", nil, "Xi")
	b2.event(extract.Meeting, extract.Occurred, "2025-03", "in March", nil, "met", "met Xi", putin, xi)
	return b1.d, b2.d
}

func names(people []graph.Person) []string {
	var out []string
	for _, p := range people {
		out = append(out, p.Name)
	}
	return out
}

func articleIDs(arts []graph.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

// testSurnameMerge checks that a person named by surname only is shown as
// the one person with that surname, and that the meeting two articles
// report, one with the full name and a day, the other with the surname and
// a month, is one event; and that the ids the store gave before the merge
// still resolve.
func testSurnameMerge(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	p1, p2 := putinXi()

	// Alone, p2's Putin and meeting are nodes of their own.
	Load(t, s, []*extract.Doc{p2})
	only, err := s.Person(ctx, "Putin")
	if err != nil || only.Name != "Putin" {
		t.Fatalf("Person(Putin) with only p2 = %+v, %v; want the one-word Putin", only, err)
	}
	page, err := s.Events(ctx, graph.EventFilter{}, graph.PageRequest{})
	if err != nil || len(page.Items) != 1 {
		t.Fatalf("Events with only p2 = %+v, %v; want 1", page, err)
	}
	absorbedEvent := page.Items[0].ID

	Load(t, s, []*extract.Doc{p1})
	if got, want := stats(t, s), (graph.Stats{Quads: stats(t, s).Quads, Articles: 2, People: 2, Places: 3, Events: 1}); got != want {
		t.Errorf("Stats = %+v, want %+v", got, want)
	}
	people, err := s.People(ctx, "", graph.PageRequest{})
	if got, want := names(people.Items), []string{"Vladimir Putin", "Xi Jinping"}; err != nil || !slices.Equal(got, want) || people.Total != 2 {
		t.Errorf("People() = %q (total %d), %v; want %q", got, people.Total, err, want)
	}
	putin, err := s.Person(ctx, "Putin")
	if err != nil || putin.Name != "Vladimir Putin" || !slices.Contains(putin.Aliases, "Putin") {
		t.Fatalf("Person(Putin) = %+v, %v; want Vladimir Putin with the alias Putin", putin, err)
	}
	if putin.CountryID == "" {
		t.Error("Vladimir Putin lost his country")
	}
	for _, id := range []string{putin.ID, only.ID} {
		if got, err := s.PersonByID(ctx, id); err != nil || got.ID != putin.ID {
			t.Errorf("PersonByID(%s) = %+v, %v; want Vladimir Putin %s", id, got, err, putin.ID)
		}
	}
	for _, q := range []string{"putin", "Vladimir Putin", only.ID} {
		if got, err := s.Person(ctx, q); err != nil || got.ID != putin.ID {
			t.Errorf("Person(%q) = %+v, %v; want Vladimir Putin", q, got, err)
		}
	}
	if page, err := s.People(ctx, "putin", graph.PageRequest{}); err != nil || page.Total != 1 {
		t.Errorf("People(putin) = %+v, %v; want one person", page, err)
	}

	page, err = s.Events(ctx, graph.EventFilter{Participant: "Putin"}, graph.PageRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := describe(t, s, page.Items), []string{"meeting occurred 2025-03-13 Jinping+Putin@Moscow"}; !slices.Equal(got, want) || page.Total != 1 {
		t.Fatalf("Putin's events = %q (total %d), want %q", got, page.Total, want)
	}
	e := page.Items[0]
	if e.ID == absorbedEvent {
		t.Errorf("merged event has the id of the month-precise node %s, want that of the day-precise one", e.ID)
	}
	if e.DatePrecision() != "day" || e.DateText != "on March 13" || e.SourceCount != 2 || e.ArticleCount != 2 ||
		e.IndependentSources != 2 || e.FirstReported != "2025-03-14" || len(e.ParticipantIDs) != 2 {
		t.Errorf("merged event = %+v; want day precision, date text %q, 2 sources, 2 articles, 2 outlets, first reported 2025-03-14, 2 participants",
			e, "on March 13")
	}
	if !slices.Contains(e.ParticipantIDs, putin.ID) {
		t.Errorf("merged event participants %q lack Vladimir Putin %s", e.ParticipantIDs, putin.ID)
	}
	for _, id := range []string{e.ID, absorbedEvent} {
		if got, err := s.Event(ctx, id); err != nil || got.ID != e.ID || got.SourceCount != 2 {
			t.Errorf("Event(%s) = %+v, %v; want the merged event %s", id, got, err, e.ID)
		}
		ev, err := s.Evidence(ctx, id)
		if err != nil || len(ev) != 2 || ev[0].ArticleID != "p1" || ev[1].ArticleID != "p2" {
			t.Errorf("Evidence(%s) = %+v, %v; want one from p1 and one from p2", id, ev, err)
		}
	}
	for _, f := range []graph.EventFilter{{ParticipantID: only.ID}, {Participant: "Xi Jinping", With: "Putin"}, {From: "2025-03-13", To: "2025-03-13"}} {
		if page, err := s.Events(ctx, f, graph.PageRequest{}); err != nil || page.Total != 1 || page.Items[0].ID != e.ID {
			t.Errorf("Events(%+v) = %+v, %v; want the merged event only", f, page, err)
		}
	}

	encs, err := s.Encounters(ctx, putin.ID)
	if err != nil || len(encs) != 1 || encs[0].Count != 1 || encs[0].First != "2025-03-13" {
		t.Fatalf("Encounters(Putin) = %+v, %v; want Xi once, on 2025-03-13", encs, err)
	}
	if xi, _ := s.PersonByID(ctx, encs[0].PersonID); xi.Name != "Xi Jinping" {
		t.Errorf("Putin met %+v, want Xi Jinping", xi)
	}
	if got, err := s.Encounters(ctx, only.ID); err != nil || len(got) != 1 || got[0].PersonID != encs[0].PersonID {
		t.Errorf("Encounters(%s) = %+v, %v; want Xi once", only.ID, got, err)
	}
	xi, _ := s.Person(ctx, "Xi")
	if got, err := s.Encounters(ctx, xi.ID); err != nil || len(got) != 1 || got[0].PersonID != putin.ID || got[0].Count != 1 {
		t.Errorf("Encounters(Xi) = %+v, %v; want Vladimir Putin once", got, err)
	}
	chains, err := s.Connections(ctx, graph.ConnectionQuery{From: "Putin", To: "Xi Jinping"})
	if err != nil || len(chains) != 1 || !slices.Equal(chains[0].PersonIDs, []string{putin.ID, xi.ID}) || len(chains[0].Hops[0].Events) != 1 {
		t.Errorf("Connections(Putin, Xi) = %+v, %v; want one hop over one event", chains, err)
	}

	for _, id := range []string{putin.ID, only.ID} {
		roles, err := s.Roles(ctx, id)
		if want := []graph.Role{{Title: "President", ArticleID: "p2"}}; err != nil || !slices.Equal(roles, want) {
			t.Errorf("Roles(%s) = %+v, %v; want %+v", id, roles, err, want)
		}
		arts, err := s.PersonArticles(ctx, id)
		if got, want := articleIDs(arts), []string{"p1", "p2"}; err != nil || !slices.Equal(got, want) {
			t.Errorf("PersonArticles(%s) = %q, %v; want %q", id, got, err, want)
		}
	}
	ap, err := s.ArticlePeople(ctx, "p2")
	if got, want := names(ap), []string{"Vladimir Putin", "Xi Jinping"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("ArticlePeople(p2) = %q, %v; want %q", got, err, want)
	}
	ae, err := s.ArticleEvents(ctx, "p2")
	if err != nil || len(ae) != 1 || ae[0].ID != e.ID {
		t.Errorf("ArticleEvents(p2) = %+v, %v; want the merged event %s", ae, err, e.ID)
	}
}

// testSurnameNoMerge checks that a one-word person stays as it is when no
// one, or several people, have that surname: Lee Jae-myung and Lee Jae-yong
// are "myung" and "yong" by their last word, and two Smiths share "smith".
// "Kay", whom only Anna Kay fits, is shown as her, and her meeting with the
// one-word Smith stays apart from her meetings with John and Jane Smith.
func testSurnameNoMerge(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	b1 := newDoc("n1", "2025-05-02", "AP", "Anna Kay met John Smith on May 1. Lee Jae-myung met Lee Jae-yong on May 1.")
	kay, john := b1.person("Anna Kay", "", nil), b1.person("John Smith", "", nil)
	myung, yong := b1.person("Lee Jae-myung", "", nil), b1.person("Lee Jae-yong", "", nil)
	b1.event(extract.Meeting, extract.Occurred, "2025-05-01", "on May 1", nil, "met", "met John", kay, john)
	b1.event(extract.Meeting, extract.Occurred, "2025-05-01", "on May 1", nil, "met Lee", "met Lee", myung, yong)
	b2 := newDoc("n2", "2025-05-03", "AP", "Jane Smith met Anna Kay.")
	jane, kay := b2.person("Jane Smith", "", nil), b2.person("Anna Kay", "", nil)
	b2.event(extract.Meeting, extract.Occurred, "2025-05", "", nil, "met", "met Anna", jane, kay)
	b3 := newDoc("n3", "2025-05-04", "AP", "Kay met Smith in May. Lee met Kay in May.")
	kay, smith, lee := b3.person("Kay", "", nil), b3.person("Smith", "", nil), b3.person("Lee", "", nil)
	b3.event(extract.Meeting, extract.Occurred, "2025-05", "in May", nil, "met", "met Smith", kay, smith)
	b3.event(extract.Meeting, extract.Occurred, "2025-05", "in May", nil, "met Kay", "met Kay", lee, kay)
	Load(t, s, []*extract.Doc{b1.d, b2.d, b3.d})

	people, err := s.People(ctx, "", graph.PageRequest{})
	want := []string{"Anna Kay", "Jane Smith", "John Smith", "Lee", "Lee Jae-myung", "Lee Jae-yong", "Smith"}
	if got := names(people.Items); err != nil || !slices.Equal(got, want) {
		t.Errorf("People() = %q, %v; want %q", got, err, want)
	}
	for q, want := range map[string]string{"Kay": "Anna Kay", "Smith": "Smith", "Lee": "Lee", "myung": "Lee Jae-myung"} {
		if p, err := s.Person(ctx, q); err != nil || p.Name != want {
			t.Errorf("Person(%q) = %+v, %v; want %q", q, p, err, want)
		}
	}
	page, err := s.Events(ctx, graph.EventFilter{Participant: "Anna Kay"}, graph.PageRequest{})
	if err != nil {
		t.Fatal(err)
	}
	got := describe(t, s, page.Items)
	slices.Sort(got)
	if want := []string{"meeting occurred 2025-05 Kay+Lee", "meeting occurred 2025-05 Kay+Smith", "meeting occurred 2025-05 Kay+Smith",
		"meeting occurred 2025-05-01 Kay+Smith"}; !slices.Equal(got, want) {
		t.Errorf("Anna Kay's events = %q, want %q (Smith, Jane Smith and John Smith apart)", got, want)
	}
}

// testEventDates checks which dates merge: a day and a year do; a month
// that fits two days merges with neither; different statuses, different
// months, and undated reports stay apart.
func testEventDates(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	type report struct {
		a, b, date string
		status     extract.Status
	}
	var docs []*extract.Doc
	for i, r := range []report{
		{"Ada Byron", "Ben Cole", "2025-03-13", extract.Occurred},
		{"Ada Byron", "Ben Cole", "2025", extract.Occurred},
		{"Cid Dahl", "Dan Ekk", "2025-03-13", extract.Occurred},
		{"Cid Dahl", "Dan Ekk", "2025-03-20", extract.Occurred},
		{"Cid Dahl", "Dan Ekk", "2025-03", extract.Occurred},
		{"Eve Foy", "Fay Gill", "2025-03-13", extract.Occurred},
		{"Eve Foy", "Fay Gill", "2025-03", extract.Planned},
		{"Gus Hall", "Hal Ives", "2025-03-13", extract.Occurred},
		{"Gus Hall", "Hal Ives", "2025-04", extract.Occurred},
		{"Ian Jay", "Jo Kell", "2025-03-13", extract.Occurred},
		{"Ian Jay", "Jo Kell", "", extract.Occurred},
		{"Ian Jay", "Jo Kell", "", extract.Occurred},
	} {
		b := newDoc("d"+string(rune('a'+i)), "2025-03-25", "", r.a+" met "+r.b+".")
		a, c := b.person(r.a, "", nil), b.person(r.b, "", nil)
		b.event(extract.Meeting, r.status, r.date, "", nil, "met", "met", a, c)
		docs = append(docs, b.d)
	}
	Load(t, s, docs)
	for _, tc := range []struct {
		who  string
		want []string
	}{
		{"Ada Byron", []string{"meeting occurred 2025-03-13 Byron+Cole"}},
		{"Cid Dahl", []string{"meeting occurred 2025-03 Dahl+Ekk", "meeting occurred 2025-03-13 Dahl+Ekk", "meeting occurred 2025-03-20 Dahl+Ekk"}},
		{"Eve Foy", []string{"meeting planned 2025-03 Foy+Gill", "meeting occurred 2025-03-13 Foy+Gill"}},
		{"Gus Hall", []string{"meeting occurred 2025-03-13 Hall+Ives", "meeting occurred 2025-04 Hall+Ives"}},
		{"Ian Jay", []string{"meeting occurred 2025-03-13 Jay+Kell", "meeting occurred  Jay+Kell", "meeting occurred  Jay+Kell"}},
	} {
		page, err := s.Events(ctx, graph.EventFilter{Participant: tc.who}, graph.PageRequest{})
		if err != nil {
			t.Fatal(err)
		}
		got := describe(t, s, page.Items)
		if !slices.Equal(got, tc.want) || page.Total != len(tc.want) {
			t.Errorf("events of %s = %q (total %d), want %q", tc.who, got, page.Total, tc.want)
		}
		if tc.who == "Ada Byron" && len(page.Items) == 1 && (page.Items[0].ArticleCount != 2 || page.Items[0].IndependentSources != 2) {
			t.Errorf("merged event %+v: want 2 articles, 2 independent sources", page.Items[0])
		}
		if tc.who == "Eve Foy" && len(page.Items) == 2 && !slices.Equal(page.Items[0].OccurredAs, []string{page.Items[1].ID}) {
			t.Errorf("the planned event's OccurredAs = %q, want the meeting %s", page.Items[0].OccurredAs, page.Items[1].ID)
		}
	}
	if got := stats(t, s).Events; got != 11 {
		t.Errorf("Stats.Events = %d, want 11", got)
	}
	if !strings.Contains(nquads(t, s), "\"2025\"") {
		t.Error("the year-dated report is not stored as written")
	}
}
