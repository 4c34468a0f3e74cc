package graph_test

import (
	"context"
	"testing"

	"newsgraph/graph"
	"newsgraph/graph/graphtest"
	"newsgraph/internal/pgtest"
)

// TestPostgres runs the conformance suite on Cayley's SQL backend on a
// throwaway PostgreSQL server, one fresh database per store.
func TestPostgres(t *testing.T) {
	srv := pgtest.StartServer(t)
	graphtest.Run(t, func(t *testing.T) *graph.Store {
		s, err := graph.Open(context.Background(), srv.NewDB(t), graph.Options{})
		if err != nil {
			t.Fatalf("%v\nserver log:\n%s", err, srv.Log(20))
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}
