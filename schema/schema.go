// Package schema is the GraphQL API of newsgraph: who met whom, when and
// where, and the sentences that say so. New builds a graphql-go schema whose
// resolvers read a Store; the HTTP server lives in cmd/newsgraph.
//
// Lists are Relay connections (edges { cursor node }, pageInfo { hasNextPage
// endCursor }, totalCount) with opaque cursors; first defaults to 50 and may
// be at most 100000. Dates are ISO 8601 at the precision the sources give:
// 2025-03-13, 2025-03 or 2025.
package schema

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"

	"newsgraph/graph"
)

// A Store is what the schema reads. *graph.Store implements it. Its methods
// must be safe for concurrent use; ids are those the Store hands out.
type Store interface {
	Person(ctx context.Context, name string) (graph.Person, error)
	PersonByID(ctx context.Context, id string) (graph.Person, error)
	People(ctx context.Context, search string, pr graph.PageRequest) (graph.Page[graph.Person], error)
	Roles(ctx context.Context, personID string) ([]graph.Role, error)
	Merges(ctx context.Context, personID string) ([]graph.Merge, error)
	Encounters(ctx context.Context, personID string) ([]graph.Encounter, error)
	PersonArticles(ctx context.Context, personID string) ([]graph.Article, error)

	Events(ctx context.Context, f graph.EventFilter, pr graph.PageRequest) (graph.Page[graph.Event], error)
	Event(ctx context.Context, id string) (graph.Event, error)
	Evidence(ctx context.Context, eventID string) ([]graph.Evidence, error)

	Place(ctx context.Context, name string) (graph.Place, error)
	PlaceByID(ctx context.Context, id string) (graph.Place, error)
	Places(ctx context.Context, q graph.PlaceQuery, pr graph.PageRequest) (graph.Page[graph.Place], error)

	Article(ctx context.Context, id string) (graph.Article, error)
	Articles(ctx context.Context, pr graph.PageRequest) (graph.Page[graph.Article], error)
	ArticleEvents(ctx context.Context, articleID string) ([]graph.Event, error)
	ArticlePeople(ctx context.Context, articleID string) ([]graph.Person, error)

	Connections(ctx context.Context, q graph.ConnectionQuery) ([]graph.Chain, error)
}

// MaxFirst is the largest page a connection returns.
const MaxFirst = 100000

// New returns the GraphQL schema over s. The schema may be executed safely
// in parallel if s may.
func New(s Store) (graphql.Schema, error) {
	b := newBuilder(s)
	sch, err := graphql.NewSchema(graphql.SchemaConfig{Query: b.query()})
	if err != nil {
		return graphql.Schema{}, fmt.Errorf("schema: %w", err)
	}
	return sch, nil
}

// newBuilder makes the leaf types, which each schema owns.
func newBuilder(s Store) *builder {
	b := &builder{s: s}
	b.date = graphql.NewScalar(graphql.ScalarConfig{
		Name: "Date",
		Description: "An ISO 8601 date at the precision the sources give it: " +
			"2025-03-13 (day), 2025-03 (month) or 2025 (year).",
		Serialize: func(v any) any {
			if s, ok := v.(string); ok && s != "" {
				return s
			}
			return nil
		},
		ParseValue: func(v any) any {
			if s, ok := v.(string); ok && graph.ValidDate(s) {
				return s
			}
			return nil
		},
		ParseLiteral: func(v ast.Value) any {
			if s, ok := v.(*ast.StringValue); ok && graph.ValidDate(s.Value) {
				return s.Value
			}
			return nil
		},
	})
	b.eventType = graphql.NewEnum(graphql.EnumConfig{
		Name:        "EventType",
		Description: "The kind of interaction between people.",
		Values: graphql.EnumValueConfigMap{
			"MEETING": {Value: "meeting", Description: "In person: talks, summits, visits."},
			"CALL":    {Value: "call", Description: "By phone or video."},
		},
	})
	b.eventStatus = graphql.NewEnum(graphql.EnumConfig{
		Name:        "EventStatus",
		Description: "Whether an event happened. An event that any source reports as having happened is OCCURRED.",
		Values: graphql.EnumValueConfigMap{
			"OCCURRED": {Value: "occurred"},
			"PLANNED":  {Value: "planned", Description: "Scheduled, expected, proposed or possible."},
			"NEGATED":  {Value: "negated", Description: "Explicitly did not happen."},
		},
	})
	b.near = graphql.NewInputObject(graphql.InputObjectConfig{
		Name:        "NearInput",
		Description: "A circle on the globe.",
		Fields: graphql.InputObjectConfigFieldMap{
			"latitude":  {Type: graphql.NewNonNull(graphql.Float)},
			"longitude": {Type: graphql.NewNonNull(graphql.Float)},
			"km":        {Type: graphql.NewNonNull(graphql.Float), Description: "Radius in kilometres."},
		},
	})
	b.pageInfo = graphql.NewObject(graphql.ObjectConfig{
		Name: "PageInfo",
		Fields: graphql.Fields{
			"hasNextPage": {Type: graphql.NewNonNull(graphql.Boolean), Resolve: func(p graphql.ResolveParams) (any, error) {
				return p.Source.(pageInfo).HasNextPage, nil
			}},
			"endCursor": {Type: graphql.String, Resolve: func(p graphql.ResolveParams) (any, error) {
				return p.Source.(pageInfo).EndCursor, nil
			}},
		},
	})
	return b
}

// A builder makes the object types, whose resolvers close over s.
type builder struct {
	s Store

	date                   *graphql.Scalar
	eventType, eventStatus *graphql.Enum
	near                   *graphql.InputObject
	pageInfo               *graphql.Object

	person, event, place, article, evidence, encounter, role, merge, chain, hop *graphql.Object
	personConn, eventConn, placeConn, articleConn                               *graphql.Object
}

// A connection is the value of a Relay connection field.
type connection struct {
	Edges      []edge
	PageInfo   pageInfo
	TotalCount int
}

type edge struct {
	Cursor string
	Node   any
}

type pageInfo struct {
	HasNextPage bool
	EndCursor   *string
}

// connectionType returns a Relay connection type of node.
func (b *builder) connectionType(name string, node graphql.Output) *graphql.Object {
	edgeType := graphql.NewObject(graphql.ObjectConfig{
		Name: name + "Edge",
		Fields: graphql.Fields{
			"cursor": {Type: graphql.NewNonNull(graphql.String), Resolve: func(p graphql.ResolveParams) (any, error) {
				return p.Source.(edge).Cursor, nil
			}},
			"node": {Type: graphql.NewNonNull(node), Resolve: func(p graphql.ResolveParams) (any, error) {
				return p.Source.(edge).Node, nil
			}},
		},
	})
	return graphql.NewObject(graphql.ObjectConfig{
		Name: name + "Connection",
		Fields: graphql.Fields{
			"edges": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(edgeType))), Resolve: func(p graphql.ResolveParams) (any, error) {
				return p.Source.(connection).Edges, nil
			}},
			"pageInfo": {Type: graphql.NewNonNull(b.pageInfo), Resolve: func(p graphql.ResolveParams) (any, error) {
				return p.Source.(connection).PageInfo, nil
			}},
			"totalCount": {Type: graphql.NewNonNull(graphql.Int), Resolve: func(p graphql.ResolveParams) (any, error) {
				return p.Source.(connection).TotalCount, nil
			}},
		},
	})
}

// connectionOf converts a page to a connection whose cursors are opaque.
func connectionOf[T any](kind string, page graph.Page[T], first int) connection {
	c := connection{TotalCount: page.Total, PageInfo: pageInfo{HasNextPage: page.HasNext}}
	if first == 0 {
		c.PageInfo.HasNextPage = page.Total > 0
		return c
	}
	for i, x := range page.Items {
		c.Edges = append(c.Edges, edge{Cursor: encodeCursor(kind, page.Cursors[i]), Node: x})
	}
	if n := len(c.Edges); n > 0 {
		c.PageInfo.EndCursor = &c.Edges[n-1].Cursor
	}
	return c
}

func encodeCursor(kind, c string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(kind + ":" + c))
}

// pageArgs returns the arguments of a connection field, with more.
func pageArgs(more graphql.FieldConfigArgument) graphql.FieldConfigArgument {
	out := graphql.FieldConfigArgument{
		"first": {Type: graphql.Int, Description: "Page size: default 50, at most 100000; 0 for totalCount only."},
		"after": {Type: graphql.String, Description: "The endCursor of the previous page."},
	}
	for k, v := range more {
		out[k] = v
	}
	return out
}

// pageRequest reads first and after for a connection of kind; first is the
// size the caller asked for (0 means only totalCount).
func pageRequest(kind string, args map[string]any) (graph.PageRequest, int, error) {
	pr := graph.PageRequest{First: graph.DefaultFirst}
	first := graph.DefaultFirst
	if f, ok := args["first"].(int); ok {
		switch {
		case f < 0:
			return pr, 0, fmt.Errorf("first is %d: want 0 to %d", f, MaxFirst)
		case f > MaxFirst:
			return pr, 0, fmt.Errorf("first is %d: at most %d items a page; use after to page on", f, MaxFirst)
		}
		first, pr.First = f, max(f, 1)
	}
	if a, ok := args["after"].(string); ok && a != "" {
		raw, err := base64.RawURLEncoding.DecodeString(a)
		c, found := strings.CutPrefix(string(raw), kind+":")
		if err != nil || !found {
			return pr, 0, fmt.Errorf("invalid cursor %q: use an endCursor or edge cursor from a %s connection", a, kind)
		}
		pr.After = c
	}
	return pr, first, nil
}

// eventArgs returns the arguments of an events field, without those in omit.
func (b *builder) eventArgs(omit ...string) graphql.FieldConfigArgument {
	args := pageArgs(graphql.FieldConfigArgument{
		"participant": {Type: graphql.String, Description: "A participant: full name, alias or unique surname."},
		"with":        {Type: graphql.String, Description: "Another participant."},
		"type":        {Type: b.eventType},
		"status":      {Type: b.eventStatus},
		"place":       {Type: graphql.String, Description: "A place name; a country or city matches the places within it."},
		"from":        {Type: b.date, Description: "Earliest date, inclusive, compared at each event's precision."},
		"to":          {Type: b.date, Description: "Latest date, inclusive, compared at each event's precision."},
	})
	for _, k := range omit {
		delete(args, k)
	}
	return args
}

func eventFilter(args map[string]any) graph.EventFilter {
	s := func(k string) string { v, _ := args[k].(string); return v }
	return graph.EventFilter{
		Participant: s("participant"), With: s("with"), Type: s("type"), Status: s("status"),
		Place: s("place"), From: s("from"), To: s("to"),
	}
}

// events resolves an events connection, with f's id fields preset.
func (b *builder) events(p graphql.ResolveParams, f graph.EventFilter) (any, error) {
	pr, first, err := pageRequest("event", p.Args)
	if err != nil {
		return nil, err
	}
	page, err := b.s.Events(p.Context, f, pr)
	if err != nil {
		return nil, err
	}
	return connectionOf("event", page, first), nil
}

// orNull turns ErrNotFound into a null result.
func orNull[T any](v T, err error) (any, error) {
	if errors.Is(err, graph.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return v, nil
}

// nonEmpty returns s, or nil for "".
func nonEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// field is a shorthand for a resolved field.
func field(t graphql.Output, desc string, resolve graphql.FieldResolveFn) *graphql.Field {
	return &graphql.Field{Type: t, Description: desc, Resolve: resolve}
}

func nonNull(t graphql.Type) graphql.Output { return graphql.NewNonNull(t) }

func listOf(t graphql.Type) graphql.Output {
	return graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t)))
}

func str(p graphql.ResolveParams, k string) string { v, _ := p.Args[k].(string); return v }
