package main

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsgraph/corpus"
	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/internal/pgtest"
	"newsgraph/internal/synth"
	"newsgraph/schema"
)

// TestBenchCommand runs `newsgraph bench` on a tiny corpus, PostgreSQL
// included unless -short, and checks that it reports every measure.
func TestBenchCommand(t *testing.T) {
	args := []string{"bench", "-extract", "3", "-ingest", "8", "-writes", "10", "-query-articles", "20", "-queries", "5", "-dir", t.TempDir()}
	want := []string{
		"tokenizer only", "full pipeline", "ingest into memstore", "ingest into Bolt", "store size, Bolt",
		"peak RSS", "store writes, Bolt, 1 article(s) a transaction", "who did X meet, Bolt, 20 articles, p99", "events in a month, memstore, 20 articles, p50",
	}
	if !testing.Short() {
		srv := pgtest.StartServer(t)
		args = append(args, "--pg", srv.NewDB(t), "--pg-writes", srv.NewDB(t), "--pg-query", srv.NewDB(t))
		want = append(want, "ingest into PostgreSQL", "store size, PostgreSQL", "store writes, PostgreSQL, 64 article(s)", "who did X meet, PostgreSQL, 20 articles, p99")
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), args, streams{stdout: &out, stderr: &errb}); err != nil {
		t.Fatalf("newsgraph bench: %v\n%s", err, errb.String())
	}
	for _, w := range want {
		if !strings.Contains(out.String(), w) {
			t.Errorf("the table has no %q:\n%s", w, out.String())
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n")[2:] {
		cells := strings.Split(line, "|")
		if len(cells) != 6 {
			t.Errorf("malformed row %q", line)
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(cells[2]), 64)
		if err != nil || v <= 0 {
			t.Errorf("row %q: value %q is not a positive number", line, cells[2])
		}
	}
}

// benchArticles is the store size of the query benchmarks:
// NEWSGRAPH_BENCH_ARTICLES, 1,000 by default.
func benchArticles(b *testing.B) int {
	if s := os.Getenv("NEWSGRAPH_BENCH_ARTICLES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			b.Fatalf("NEWSGRAPH_BENCH_ARTICLES: %v", err)
		}
		return n
	}
	return 1000
}

// BenchmarkExtract measures the full pipeline on one goroutine, in words/s,
// next to the tokenizer alone (the baseline).
func BenchmarkExtract(b *testing.B) {
	p := mustPipeline(b)
	g := synth.New(synth.Options{Seed: 1})
	arts := make([]extract.Article, 64)
	words := make([]int, len(arts))
	for i := range arts {
		arts[i] = g.Article(i)
		words[i] = len(strings.Fields(arts[i].Text))
	}
	b.Run("tokenizer", func(b *testing.B) {
		n := 0
		for i := 0; b.Loop(); i++ {
			p.Tokenizer.Tokenize(arts[i%len(arts)].Text)
			n += words[i%len(arts)]
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "words/s")
	})
	b.Run("pipeline", func(b *testing.B) {
		n := 0
		for i := 0; b.Loop(); i++ {
			if _, err := p.Run(arts[i%len(arts)]); err != nil {
				b.Fatal(err)
			}
			n += words[i%len(arts)]
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "words/s")
	})
}

// BenchmarkIngest measures ingest end to end (JSONL → extraction on 2
// workers → store) into memstore, Bolt and PostgreSQL; an op is one article.
func BenchmarkIngest(b *testing.B) {
	p := mustPipeline(b)
	g := synth.New(synth.Options{Seed: 2})
	stores := []struct {
		name string
		dsn  func(b *testing.B) string
	}{
		{"memstore", func(*testing.B) string { return "memory:" }},
		{"bolt", func(b *testing.B) string { return filepath.Join(b.TempDir(), "news.db") }},
		{"postgres", func(b *testing.B) string { return pgtest.Start(b) }},
	}
	for _, s := range stores {
		b.Run(s.name, func(b *testing.B) {
			st, err := graph.Open(context.Background(), s.dsn(b), graph.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			input := filepath.Join(b.TempDir(), "synth.jsonl")
			f, err := os.Create(input)
			if err != nil {
				b.Fatal(err)
			}
			if err := g.WriteJSONL(f, 0, b.N); err != nil {
				b.Fatal(err)
			}
			f.Close()
			b.ResetTimer()
			sum, err := ingest(context.Background(), st, p, corpus.Articles(input), ingestOptions{Jobs: 2})
			if err != nil || sum.Written != b.N {
				b.Fatalf("ingest: %+v, %v", sum, err)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkQuery measures GraphQL latency through the HTTP handler for each
// kind of query, on memstore, Bolt and PostgreSQL stores of
// NEWSGRAPH_BENCH_ARTICLES ground-truth articles.
func BenchmarkQuery(b *testing.B) {
	n := benchArticles(b)
	g := synth.New(synth.Options{Seed: 1})
	for _, s := range []struct {
		name string
		dsn  func(b *testing.B) string
	}{
		{"memstore", func(*testing.B) string { return "memory:" }},
		{"bolt", func(b *testing.B) string { return filepath.Join(b.TempDir(), "news.db") }},
		{"postgres", func(b *testing.B) string { return pgtest.Start(b) }},
	} {
		b.Run(s.name, func(b *testing.B) {
			st, err := graph.Open(context.Background(), s.dsn(b), graph.Options{BoltNoSync: true})
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			if err := fillStore(context.Background(), st, g, n); err != nil {
				b.Fatal(err)
			}
			for _, kind := range append(queryKinds, "person search") {
				b.Run(strings.ReplaceAll(kind, " ", "_"), func(b *testing.B) {
					var ds []time.Duration
					h := mustHandler(b, st)
					for i := 0; b.Loop(); i++ {
						start := time.Now()
						if _, err := serveQuery(h, benchQuery(g, kind, i)); err != nil {
							b.Fatal(err)
						}
						ds = append(ds, time.Since(start))
					}
					b.ReportMetric(ms(percentile(ds, 50)), "p50-ms")
					b.ReportMetric(ms(percentile(ds, 99)), "p99-ms")
				})
			}
		})
	}
}

// mustHandler returns the GraphQL HTTP handler over st.
func mustHandler(b *testing.B, st *graph.Store) http.Handler {
	sch, err := schema.New(st)
	if err != nil {
		b.Fatal(err)
	}
	return graphqlHandler(sch, time.Minute, defaultLimits)
}
