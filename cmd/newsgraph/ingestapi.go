package main

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"

	"newsgraph/corpus"
	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/schema"
)

// storeIngester implements the ingest mutation: each article is validated as
// files are, extracted, and written in its own transaction.
type storeIngester struct {
	st *graph.Store
	p  *extract.Pipeline
}

var _ schema.Ingester = storeIngester{}

// Ingest implements schema.Ingester. A bad article is skipped and named in the
// result; a storage error stops the mutation.
func (s storeIngester) Ingest(ctx context.Context, in []schema.ArticleInput) (schema.IngestResult, error) {
	var res schema.IngestResult
	for i, f := range in {
		name := fmt.Sprintf("articles[%d]", i)
		if f.ID != "" {
			name += " (" + f.ID + ")"
		}
		a, err := corpus.NewArticle(corpus.Fields{ID: f.ID, URL: f.URL, Title: f.Title, Published: f.Published, Outlet: f.Outlet, Text: f.Text})
		if err != nil {
			res.Skipped++
			res.Errors = append(res.Errors, fmt.Sprintf("%s: %v", name, err))
			continue
		}
		switch ok, err := s.st.HasArticle(ctx, a.ID); {
		case err != nil:
			return res, err
		case ok:
			res.Present++
			continue
		}
		d, err := s.p.Run(a)
		if err != nil {
			res.Skipped++
			res.Errors = append(res.Errors, fmt.Sprintf("%s: %v", name, err))
			continue
		}
		if err := s.st.WriteDoc(ctx, d); err != nil {
			return res, err
		}
		res.Written++
	}
	return res, nil
}

var errUnauthorized = errors.New("mutations need the header Authorization: Bearer <token> given to newsgraph serve")

// requireToken wraps a GraphQL handler so that a request running a mutation
// must carry the bearer token. Queries pass without it.
func requireToken(token string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req, status, err := readGraphQLRequest(w, r)
		if err != nil {
			writeGraphQLError(w, status, err)
			return
		}
		if isMutation(req.Query, req.OperationName) {
			got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
				w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
				writeGraphQLError(w, http.StatusUnauthorized, errUnauthorized)
				return
			}
		}
		next.ServeHTTP(w, withRequest(r, req))
	})
}

// isMutation reports whether the operation that query runs is a mutation.
// An unparsable query is not: the executor reports its syntax error.
func isMutation(query, opName string) bool {
	doc, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(query)})})
	if err != nil {
		return false
	}
	for _, d := range doc.Definitions {
		op, ok := d.(*ast.OperationDefinition)
		if !ok {
			continue
		}
		if opName == "" || op.Name != nil && op.Name.Value == opName {
			if op.Operation == ast.OperationTypeMutation {
				return true
			}
		}
	}
	return false
}
