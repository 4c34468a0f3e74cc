package graph_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/graph/graphtest"
)

func openMem(t *testing.T) *graph.Store {
	s, err := graph.Open(context.Background(), "memory:", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func openBolt(t *testing.T) *graph.Store {
	s, err := graph.Open(context.Background(), filepath.Join(t.TempDir(), "db"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestMemstore(t *testing.T) { graphtest.Run(t, openMem) }

func TestBolt(t *testing.T) { graphtest.Run(t, openBolt) }

// TestBoltReopen checks that the index is rebuilt from the file.
func TestBoltReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "db")
	s, err := graph.Open(ctx, path, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	graphtest.Load(t, s, graphtest.Corpus())
	want, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = graph.Open(ctx, path, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, err := s.Stats(ctx); err != nil || got != want {
		t.Errorf("Stats after reopening = %+v, %v; want %+v", got, err, want)
	}
	p, err := s.Person(ctx, "Zelenskyy")
	if err != nil || p.Name != "Volodymyr Zelensky" {
		t.Errorf("Person(Zelenskyy) after reopening = %+v, %v", p, err)
	}
	page, err := s.Events(ctx, graph.EventFilter{Place: "Saudi Arabia"}, graph.PageRequest{})
	if err != nil || page.Total != 1 {
		t.Errorf("Events(Saudi Arabia) after reopening = %+v, %v; want 1 event", page, err)
	}
	graphtest.Load(t, s, graphtest.Corpus())
	if got, _ := s.Stats(ctx); got != want {
		t.Errorf("Stats after re-writing a reopened store = %+v, want %+v", got, want)
	}
}

// A new Bolt store has no size record until its first write; Stats must
// still answer (serve calls it on an empty store to decide whether to ingest
// the sample corpus).
func TestStatsOnNewBoltStore(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, filepath.Join(t.TempDir(), "new.db"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats on a new store: %v", err)
	}
	if st != (graph.Stats{}) {
		t.Errorf("Stats on a new store = %+v, want zero", st)
	}
}

// TestMaxStaleness checks that reads may lag writes by at most
// Options.MaxStaleness, and not at all by default.
func TestMaxStaleness(t *testing.T) {
	ctx := context.Background()
	docs := graphtest.Corpus()
	for _, tc := range []struct {
		stale time.Duration
		want  int // articles seen after the second write
	}{{0, 2}, {time.Hour, 1}} {
		s, err := graph.Open(ctx, "memory:", graph.Options{MaxStaleness: tc.stale})
		if err != nil {
			t.Fatal(err)
		}
		graphtest.Load(t, s, docs[:1])
		if st, _ := s.Stats(ctx); st.Articles != 1 {
			t.Fatalf("Stats after one write = %+v", st)
		}
		graphtest.Load(t, s, docs[1:2])
		if st, _ := s.Stats(ctx); st.Articles != tc.want {
			t.Errorf("MaxStaleness %v: Stats after a second write = %d articles, want %d", tc.stale, st.Articles, tc.want)
		}
		if ok, _ := s.HasArticle(ctx, docs[1].ID); !ok {
			t.Errorf("MaxStaleness %v: HasArticle lags writes", tc.stale)
		}
		if err := s.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
		if st, _ := s.Stats(ctx); st.Articles != 2 {
			t.Errorf("MaxStaleness %v: Stats after Refresh = %d articles, want 2", tc.stale, st.Articles)
		}
		s.Close()
	}
}
