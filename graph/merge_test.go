package graph_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/graphql-go/graphql"

	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/graph/graphtest"
	"newsgraph/schema"
)

// meetingDoc returns an article whose one sentence, text, states that a met b
// on date.
func meetingDoc(id, text, a, b, date string) *extract.Doc {
	all := extract.Span{Start: 0, End: len(text)}
	return &extract.Doc{
		Article:   extract.Article{ID: id, Outlet: id, Published: time.Date(2025, 3, 20, 0, 0, 0, 0, time.UTC), Text: text},
		Sentences: []extract.Sentence{{Span: all}},
		Entities: []extract.Entity{
			{Kind: extract.Person, Name: a, Aliases: []string{a}},
			{Kind: extract.Person, Name: b, Aliases: []string{b}},
		},
		Events: []extract.Event{{Type: extract.Meeting, Status: extract.Occurred, Participants: []int{0, 1},
			Date: extract.Date{Value: date}, Trigger: all, Evidence: []extract.Span{all}}},
	}
}

// TestMergedViewGraphQL checks that GraphQL answers from the merged view: the
// surname-only Putin is not a person of its own, and met lists Xi once.
func TestMergedViewGraphQL(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	graphtest.Load(t, s, []*extract.Doc{
		meetingDoc("g1", "Vladimir Putin met Xi Jinping on March 13.", "Vladimir Putin", "Xi Jinping", "2025-03-13"),
		meetingDoc("g2", "Putin met Xi Jinping in March.", "Putin", "Xi Jinping", "2025-03"),
	})
	sch, err := schema.New(s)
	if err != nil {
		t.Fatal(err)
	}
	res := graphql.Do(graphql.Params{Schema: sch, Context: ctx, RequestString: `{
		person(name: "Putin") { name aliases met { count person { name } } articles { id } }
		people { totalCount }
		events { totalCount edges { node { date sourceCount articleCount participants { name } } } }
	}`})
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	got, _ := json.Marshal(res.Data)
	want := `{"events":{"edges":[{"node":{"articleCount":2,"date":"2025-03-13","participants":[{"name":"Vladimir Putin"},{"name":"Xi Jinping"}],"sourceCount":2}}],"totalCount":1},` +
		`"people":{"totalCount":2},` +
		`"person":{"aliases":["Putin"],"articles":[{"id":"g1"},{"id":"g2"}],"met":[{"count":1,"person":{"name":"Xi Jinping"}}],"name":"Vladimir Putin"}}`
	if string(got) != want {
		t.Errorf("GraphQL answer\n%s\nwant\n%s", got, want)
	}
}
