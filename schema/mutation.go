package schema

import (
	"context"
	"fmt"

	"github.com/graphql-go/graphql"
)

// An ArticleInput is an article sent to the ingest mutation, as written by
// the client: the Ingester validates it.
type ArticleInput struct {
	ID, URL, Title, Published, Outlet, Text string
}

// An IngestResult says what an ingest mutation did.
type IngestResult struct {
	Written int      // articles extracted and stored
	Present int      // already in the store
	Skipped int      // refused; Errors says why
	Errors  []string // one message per skipped article, naming it
}

// An Ingester extracts and stores articles for the ingest mutation. It must
// be safe for concurrent use.
type Ingester interface {
	Ingest(ctx context.Context, articles []ArticleInput) (IngestResult, error)
}

// Options configure NewWithOptions. The zero value gives the read-only
// schema of New.
type Options struct {
	// Ingester, if not nil, adds the mutation ingest(articles: [ArticleInput!]!).
	// Without it the schema has no mutations: the API is read-only.
	Ingester Ingester
	// MaxIngest bounds the articles of one mutation; 0 means 100.
	MaxIngest int
}

// NewWithOptions returns the GraphQL schema over s, with the mutations opts
// enables. The schema may be executed safely in parallel if s and the
// Ingester may.
func NewWithOptions(s Store, opts Options) (graphql.Schema, error) {
	b := newBuilder(s)
	cfg := graphql.SchemaConfig{Query: b.query()}
	if opts.Ingester != nil {
		cfg.Mutation = mutation(opts.Ingester, max(opts.MaxIngest, 0))
	}
	sch, err := graphql.NewSchema(cfg)
	if err != nil {
		return graphql.Schema{}, fmt.Errorf("schema: %w", err)
	}
	return sch, nil
}

func mutation(ing Ingester, limit int) *graphql.Object {
	if limit == 0 {
		limit = 100
	}
	input := graphql.NewInputObject(graphql.InputObjectConfig{
		Name:        "ArticleInput",
		Description: "An article to extract and store: the fields of a .meta.json sidecar plus the text.",
		Fields: graphql.InputObjectConfigFieldMap{
			"id":        {Type: graphql.ID, Description: "Stable id; derived from the text when absent."},
			"url":       {Type: graphql.String},
			"title":     {Type: graphql.String},
			"published": {Type: graphql.String, Description: "Publication date, YYYY-MM-DD: relative dates are resolved against it."},
			"outlet":    {Type: graphql.String},
			"text":      {Type: graphql.NewNonNull(graphql.String), Description: "The body, UTF-8, a paragraph a line."},
		},
	})
	result := graphql.NewObject(graphql.ObjectConfig{
		Name: "IngestResult",
		Fields: graphql.Fields{
			"written": &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Description: "Articles extracted and stored."},
			"present": &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Description: "Articles already in the store."},
			"skipped": &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Description: "Articles refused; errors says why."},
			"errors":  &graphql.Field{Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(graphql.String)))},
		},
	})
	return graphql.NewObject(graphql.ObjectConfig{
		Name: "Mutation",
		Fields: graphql.Fields{
			"ingest": &graphql.Field{
				Type:        graphql.NewNonNull(result),
				Description: fmt.Sprintf("Extracts people, places and events from up to %d articles and stores them.", limit),
				Args: graphql.FieldConfigArgument{
					"articles": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(input)))},
				},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					raw, _ := p.Args["articles"].([]any)
					if len(raw) > limit {
						return nil, fmt.Errorf("ingest takes at most %d articles, got %d", limit, len(raw))
					}
					arts := make([]ArticleInput, 0, len(raw))
					for _, r := range raw {
						m, _ := r.(map[string]any)
						s := func(k string) string { v, _ := m[k].(string); return v }
						arts = append(arts, ArticleInput{ID: s("id"), URL: s("url"), Title: s("title"),
							Published: s("published"), Outlet: s("outlet"), Text: s("text")})
					}
					res, err := ing.Ingest(p.Context, arts)
					if err != nil {
						return nil, err
					}
					if res.Errors == nil {
						res.Errors = []string{}
					}
					return map[string]any{"written": res.Written, "present": res.Present, "skipped": res.Skipped, "errors": res.Errors}, nil
				},
			},
		},
	})
}
