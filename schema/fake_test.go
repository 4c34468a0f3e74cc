package schema_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/graphql-go/graphql"

	"newsgraph/graph"
	"newsgraph/schema"
)

// fakeStore implements the few Store methods a test needs; the others panic.
type fakeStore struct {
	schema.Store
	gotCtx []context.Context
	err    error
}

func (f *fakeStore) Person(ctx context.Context, name string) (graph.Person, error) {
	f.gotCtx = append(f.gotCtx, ctx)
	return graph.Person{ID: "p1", Name: name}, nil
}

func (f *fakeStore) Events(ctx context.Context, ef graph.EventFilter, pr graph.PageRequest) (graph.Page[graph.Event], error) {
	f.gotCtx = append(f.gotCtx, ctx)
	if f.err != nil {
		return graph.Page[graph.Event]{}, f.err
	}
	if ef.ParticipantID != "p1" || ef.Type != "call" || pr.First != 2 || pr.After != "x" {
		return graph.Page[graph.Event]{}, errors.New("unexpected arguments")
	}
	return graph.Page[graph.Event]{Items: []graph.Event{{ID: "e1", Type: "call", Status: "planned"}}, Cursors: []string{"c1"}, Total: 9, HasNext: true}, nil
}

type ctxKey struct{}

func TestFakeStore(t *testing.T) {
	f := &fakeStore{}
	sch, err := schema.New(f)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.WithValue(context.Background(), ctxKey{}, "request")
	run := func(after string) *graphql.Result {
		return graphql.Do(graphql.Params{Schema: sch, Context: ctx, VariableValues: map[string]any{"after": after},
			RequestString: `query($after: String) { person(name: "X") { name events(type: CALL, first: 2, after: $after) { totalCount edges { cursor node { id type status date } } pageInfo { hasNextPage } } } }`})
	}
	// The cursor "x" in opaque form, as the schema hands cursors out.
	r := run("ZXZlbnQ6eA")
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	want := `{"person":{"events":{"edges":[{"cursor":"ZXZlbnQ6YzE","node":{"date":null,"id":"e1","status":"PLANNED","type":"CALL"}}],"pageInfo":{"hasNextPage":true},"totalCount":9},"name":"X"}}`
	if got, ok := equalJSON(t, r.Data, want); !ok {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	for _, c := range f.gotCtx {
		if c.Value(ctxKey{}) != "request" {
			t.Error("a resolver did not pass the request context to the store")
		}
	}
	f.err = errors.New("disk on fire")
	r = run("")
	if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "disk on fire") {
		t.Errorf("errors = %v, want the store's error", r.Errors)
	}
}
