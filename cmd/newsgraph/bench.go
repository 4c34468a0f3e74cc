package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"newsgraph/corpus"
	"newsgraph/data"
	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/internal/synth"
	"newsgraph/pipeline"
	"newsgraph/schema"
)

func runBench(ctx context.Context, args []string, io streams) error {
	flags := newFlags("bench", "bench [-ingest N] [-query-articles N] [--pg URL] [-j N]",
		`Measures newsgraph on a synthetic corpus (internal/synth: meetings, calls,
plans and refusals between real-sounding people in real places, ~500 words
an article) and prints a Markdown table:
  extraction     words/s on one core: the tokenizer alone, and the full pipeline
  ingest         articles/s end to end (JSONL file → extraction on -j workers →
                 store), into memstore (the baseline), Bolt and, with --pg,
                 PostgreSQL; peak RSS (VmHWM); store bytes per article
  writes         articles/s written straight to each store (ground-truth
                 docs, no extraction), one and 64 a transaction: the ceiling
                 of ingest that the store sets
  queries        GraphQL latency p50/p99 through the HTTP handler, for "who did
                 X meet" and a one-month date-range event query, on a Bolt store
                 filled with -query-articles ground-truth articles (synth.Doc:
                 no extraction), so that the size does not cost extraction time
Each figure is printed with its baseline from the same run: the machine may
be shared.

With -corpus FILE, bench only writes -ingest synthetic articles to FILE as
JSON Lines, the input of newsgraph ingest.

Examples:
  newsgraph bench
  newsgraph bench -corpus synth.jsonl -ingest 100000
  newsgraph bench -ingest 10000 -query-articles 100000 --pg postgres://postgres@127.0.0.1/bench?sslmode=disable`, io.stderr)
	opts := benchOptions{}
	flags.IntVar(&opts.Extract, "extract", 300, "articles to extract for words/s")
	flags.IntVar(&opts.Ingest, "ingest", 1000, "articles to ingest end to end into each store")
	flags.IntVar(&opts.Writes, "writes", 1000, "ground-truth articles written straight to each store, one and 64 a transaction")
	flags.IntVar(&opts.QueryArticles, "query-articles", 10000, "articles in the store that queries are timed on (0 to skip)")
	flags.IntVar(&opts.Queries, "queries", 1000, "queries of each kind timed")
	flags.IntVar(&opts.Jobs, "j", 2, "ingest workers")
	flags.StringVar(&opts.PG, "pg", "", "a postgres:// URL of an empty database to benchmark ingest on too")
	flags.StringVar(&opts.PGWrites, "pg-writes", "", "a postgres:// URL of another empty database to time store writes on too")
	flags.StringVar(&opts.PGQuery, "pg-query", "", "a postgres:// URL of another empty database to time queries on too")
	flags.StringVar(&opts.Dir, "dir", "", "directory for the Bolt stores and input (default: a temporary one, removed)")
	seed := flags.Uint64("seed", 1, "seed of the synthetic corpus")
	corpusOut := flags.String("corpus", "", "only write the -ingest synthetic articles to this JSONL file (- for stdout), for timing `newsgraph ingest` itself")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	opts.Seed = *seed
	if *corpusOut != "" {
		return writeSynthCorpus(*corpusOut, io.stdout, synth.New(synth.Options{Seed: *seed}), opts.Ingest)
	}
	opts.Log = io.stderr
	res, err := bench(ctx, opts)
	writeBenchTable(io.stdout, res)
	return err
}

// writeSynthCorpus writes articles [0, n) as JSONL to path, or to stdout
// if path is "-".
func writeSynthCorpus(path string, stdout io.Writer, g *synth.Generator, n int) error {
	if path == "-" {
		bw := bufio.NewWriter(stdout)
		if err := g.WriteJSONL(bw, 0, n); err != nil {
			return err
		}
		return bw.Flush()
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	err = g.WriteJSONL(bw, 0, n)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// benchOptions control bench.
type benchOptions struct {
	Seed          uint64
	Extract       int    // articles extracted for words/s
	Ingest        int    // articles ingested end to end into each store
	Writes        int    // ground-truth articles written straight to each store; 0 skips
	PGWrites      string // PostgreSQL DSN of an empty database for writes, or ""
	QueryArticles int    // store size for query latency; 0 skips
	Queries       int    // queries of each kind timed
	Jobs          int    // ingest workers
	PG            string // PostgreSQL DSN of an empty database for ingest, or ""
	PGQuery       string // PostgreSQL DSN of an empty database for queries, or ""
	Dir           string // working directory; a temporary one if ""
	Log           io.Writer
}

// A benchResult is one measured figure.
type benchResult struct {
	Name  string
	Value float64
	Unit  string
	Note  string
}

func writeBenchTable(w io.Writer, res []benchResult) {
	fmt.Fprintln(w, "| measure | value | unit | note |")
	fmt.Fprintln(w, "| --- | ---: | --- | --- |")
	for _, r := range res {
		v := strconv.FormatFloat(r.Value, 'f', -1, 64)
		switch {
		case r.Value >= 100:
			v = strconv.FormatFloat(math.Round(r.Value), 'f', 0, 64)
		case r.Value >= 1:
			v = strconv.FormatFloat(r.Value, 'f', 1, 64)
		default:
			v = strconv.FormatFloat(r.Value, 'f', 3, 64)
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", r.Name, v, r.Unit, r.Note)
	}
}

// bench runs the benchmarks that opts asks for and returns what it measured,
// also on error.
func bench(ctx context.Context, opts benchOptions) ([]benchResult, error) {
	logw := opts.Log
	if logw == nil {
		logw = io.Discard
	}
	logf := func(format string, args ...any) { fmt.Fprintf(logw, "bench: "+format+"\n", args...) }
	dir := opts.Dir
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
	} else {
		d, err := os.MkdirTemp("", "newsgraph-bench")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	var res []benchResult
	add := func(name string, v float64, unit, note string) {
		res = append(res, benchResult{Name: name, Value: v, Unit: unit, Note: note})
		logf("%s: %.4g %s %s", name, v, unit, note)
	}
	g := synth.New(synth.Options{Seed: opts.Seed})
	p, err := pipeline.New(data.FS)
	if err != nil {
		return res, err
	}

	add("RSS after loading the pipeline", float64(peakRSS())/(1<<20), "MiB", "VmHWM: models and gazetteers; baseline of the peak below")

	if opts.Extract > 0 {
		tok, full, err := benchExtract(p, g, opts.Extract)
		if err != nil {
			return res, err
		}
		add("extraction, tokenizer only (1 core)", tok.wall, "words/s", fmt.Sprintf("baseline; %.0f words per CPU-second", tok.cpu))
		add("extraction, full pipeline (1 core)", full.wall, "words/s",
			fmt.Sprintf("%d articles; %.0f words per CPU-second; %.1f%% of the tokenizer's speed", opts.Extract, full.cpu, 100*full.cpu/tok.cpu))
	}

	if opts.Ingest > 0 {
		input := filepath.Join(dir, "synth.jsonl")
		if err := writeSynthCorpus(input, nil, g, opts.Ingest); err != nil {
			return res, err
		}
		stores := []struct{ name, dsn string }{
			{"memstore", "memory:"},
			{"Bolt", filepath.Join(dir, "ingest.db")},
		}
		if opts.PG != "" {
			stores = append(stores, struct{ name, dsn string }{"PostgreSQL", opts.PG})
		}
		var base float64
		for _, s := range stores {
			r, err := benchIngest(ctx, p, s.dsn, input, opts.Jobs)
			if err != nil {
				return res, fmt.Errorf("ingest into %s: %w", s.name, err)
			}
			note := fmt.Sprintf("%d articles, -j %d, %.0f quads/s, %.0f quads/article, %.1f articles per CPU-second of newsgraph",
				opts.Ingest, opts.Jobs, r.quadsPerSec, r.quadsPerArticle, r.articlesPerCPUSec)
			if s.name == "memstore" {
				base = r.articlesPerSec
				note += "; baseline: extraction-bound"
			} else {
				note += fmt.Sprintf("; %.0f%% of memstore", 100*r.articlesPerSec/base)
			}
			add("ingest into "+s.name, r.articlesPerSec, "articles/s", note)
			if r.bytesPerArticle > 0 {
				add("store size, "+s.name, r.bytesPerArticle, "bytes/article", fmt.Sprintf("%.0f bytes/quad", r.bytesPerArticle/r.quadsPerArticle))
			}
		}
		add("peak RSS during the ingests", float64(peakRSS())/(1<<20), "MiB", "VmHWM of this process")
	}

	if opts.Writes > 0 {
		docs := make([]*extract.Doc, opts.Writes)
		for i := range docs {
			docs[i] = g.Doc(i)
		}
		stores := []struct{ name, dsn string }{
			{"memstore", "memory:"},
			{"Bolt", filepath.Join(dir, "writes1.db")},
			{"Bolt", filepath.Join(dir, "writes64.db")},
		}
		if opts.PGWrites != "" {
			stores = append(stores, struct{ name, dsn string }{"PostgreSQL", opts.PGWrites})
		}
		for i, s := range stores {
			batch := 1
			if i == 2 || i == 3 {
				batch = 64
			}
			r, err := benchWrites(ctx, s.dsn, docs, batch)
			if err != nil {
				return res, fmt.Errorf("writes into %s: %w", s.name, err)
			}
			add(fmt.Sprintf("store writes, %s, %d article(s) a transaction", s.name, batch), r.wall, "articles/s",
				fmt.Sprintf("ground-truth docs, no extraction: %.0f articles per CPU-second of newsgraph", r.cpu))
		}
	}

	if opts.QueryArticles > 0 {
		stores := []struct{ name, dsn string }{
			{"memstore", "memory:"},
			{"Bolt", filepath.Join(dir, "query.db")},
		}
		if opts.PGQuery != "" {
			stores = append(stores, struct{ name, dsn string }{"PostgreSQL", opts.PGQuery})
		}
		for _, s := range stores {
			start := time.Now()
			st, err := graph.Open(ctx, s.dsn, graph.Options{BoltNoSync: true})
			if err != nil {
				return res, err
			}
			err = fillStore(ctx, st, g, opts.QueryArticles)
			if err == nil {
				logf("filled %s with %d ground-truth articles in %v", s.name, opts.QueryArticles, time.Since(start).Round(time.Millisecond))
				if s.name != "memstore" {
					// What the Store keeps in memory for a store this size
					// (its index of names, events and places).
					runtime.GC()
					var m runtime.MemStats
					runtime.ReadMemStats(&m)
					add(fmt.Sprintf("Go heap with a %s store of %d articles open", s.name, opts.QueryArticles), float64(m.HeapAlloc)/(1<<20), "MiB",
						"after GC, the pipeline included: grows with the store, unlike ingest's buffers")
				}
				var qr map[string]queryTimes
				qr, err = benchQueries(ctx, st, g, opts.Queries)
				for _, kind := range queryKinds {
					q := qr[kind]
					name := fmt.Sprintf("GraphQL %s, %s, %d articles", kind, s.name, opts.QueryArticles)
					add(name+", p50", ms(percentile(q.wall, 50)), "ms", fmt.Sprintf("CPU time p50 %.2f ms", ms(percentile(q.cpu, 50))))
					add(name+", p99", ms(percentile(q.wall, 99)), "ms", fmt.Sprintf("CPU time p99 %.2f ms; %d queries, answers of %.1f KB on average",
						ms(percentile(q.cpu, 99)), len(q.wall), float64(q.bytes)/float64(max(len(q.wall), 1))/1024))
				}
			}
			st.Close()
			if err != nil {
				return res, fmt.Errorf("queries on %s: %w", s.name, err)
			}
		}
	}
	return res, nil
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// benchWrites writes docs to the empty store dsn, batch articles a
// transaction.
func benchWrites(ctx context.Context, dsn string, docs []*extract.Doc, batch int) (rate, error) {
	st, err := graph.Open(ctx, dsn, graph.Options{})
	if err != nil {
		return rate{}, err
	}
	defer st.Close()
	return measure(len(docs), func() error {
		for i := 0; i < len(docs); i += batch {
			var err error
			if batch == 1 {
				err = st.WriteDoc(ctx, docs[i])
			} else {
				err = st.WriteDocs(ctx, docs[i:min(i+batch, len(docs))])
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// cpuTime returns the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// A rate is a throughput by the wall clock and per CPU-second of this
// process. On a shared machine the second is the steadier figure.
type rate struct{ wall, cpu float64 }

// measure runs fn and returns n divided by the wall and CPU time it took.
func measure(n int, fn func() error) (rate, error) {
	start, cpu0 := time.Now(), cpuTime()
	err := fn()
	return rate{wall: float64(n) / time.Since(start).Seconds(), cpu: float64(n) / (cpuTime() - cpu0).Seconds()}, err
}

// benchExtract returns words/s of the tokenizer alone and of the full
// pipeline on n synthetic articles, on one goroutine.
func benchExtract(p *extract.Pipeline, g *synth.Generator, n int) (tok, full rate, err error) {
	arts := slices.Collect(g.Articles(0, n))
	words := 0
	for _, a := range arts {
		words += len(strings.Fields(a.Text))
	}
	runtime.GC()
	tok, _ = measure(words, func() error {
		for _, a := range arts {
			p.Tokenizer.Tokenize(a.Text)
		}
		return nil
	})
	full, err = measure(words, func() error {
		for _, a := range arts {
			if _, err := p.Run(a); err != nil {
				return err
			}
		}
		return nil
	})
	return tok, full, err
}

type ingestResult struct {
	articlesPerSec, articlesPerCPUSec, quadsPerSec, quadsPerArticle, bytesPerArticle float64
}

// benchIngest ingests the JSONL file input into the store dsn, which must
// be empty, and measures it.
func benchIngest(ctx context.Context, p *extract.Pipeline, dsn, input string, jobs int) (ingestResult, error) {
	var r ingestResult
	st, err := graph.Open(ctx, dsn, graph.Options{})
	if err != nil {
		return r, err
	}
	defer st.Close()
	cpu0 := cpuTime()
	sum, err := ingest(ctx, st, p, corpus.Articles(input), ingestOptions{Jobs: jobs})
	if err != nil {
		return r, err
	}
	r.articlesPerCPUSec = float64(sum.Written) / (cpuTime() - cpu0).Seconds()
	if sum.Skipped > 0 || sum.Present > 0 {
		return r, fmt.Errorf("%d skipped and %d already present: want an empty store and good input", sum.Skipped, sum.Present)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return r, err
	}
	secs := sum.Elapsed.Seconds()
	r.articlesPerSec = float64(sum.Written) / secs
	r.quadsPerSec = float64(stats.Quads) / secs
	r.quadsPerArticle = float64(stats.Quads) / float64(max(stats.Articles, 1))
	size, err := storeBytes(ctx, dsn)
	if err != nil {
		return r, err
	}
	r.bytesPerArticle = float64(size) / float64(max(stats.Articles, 1))
	return r, nil
}

// storeBytes returns the size of a Bolt store's files or of a PostgreSQL
// database, or 0 for memstore.
func storeBytes(ctx context.Context, dsn string) (int64, error) {
	switch {
	case dsn == "" || dsn == "memory:":
		return 0, nil
	case strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://"):
		db, err := sql.Open("postgres", dsn)
		if err != nil {
			return 0, err
		}
		defer db.Close()
		var n int64
		err = db.QueryRowContext(ctx, "SELECT pg_total_relation_size('quads') + pg_total_relation_size('nodes')").Scan(&n)
		return n, err
	}
	var n int64
	err := filepath.WalkDir(dsn, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if fi, err := d.Info(); err == nil && fi.Mode().IsRegular() {
			n += fi.Size()
		}
		return nil
	})
	return n, err
}

// peakRSS returns the process's peak resident set size in bytes (VmHWM),
// or 0 where /proc is missing.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// fillStore writes the ground-truth docs of articles [0, n) to st, 64 a
// transaction, skipping those already there, so that a store for query
// benchmarks is built once and fast.
func fillStore(ctx context.Context, st *graph.Store, g *synth.Generator, n int) error {
	ctx, cancel := context.WithCancel(ctx) // stops the generator on error
	defer cancel()
	docs := make(chan *extract.Doc, 128)
	go func() {
		defer close(docs)
		for i := range n {
			if ok, _ := st.HasArticle(ctx, g.ID(i)); ok {
				continue
			}
			select {
			case docs <- g.Doc(i):
			case <-ctx.Done():
				return
			}
		}
	}()
	batch := make([]*extract.Doc, 0, 64)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := st.WriteDocs(ctx, batch)
		batch = batch[:0]
		return err
	}
	for d := range docs {
		if batch = append(batch, d); len(batch) == cap(batch) {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	return ctx.Err()
}

// The kinds of query timed, in the order reported.
var queryKinds = []string{"who did X meet", "events in a month"}

// benchQuery returns query i of a kind, over a store of n synthetic articles.
func benchQuery(g *synth.Generator, kind string, i int) string {
	switch kind {
	case "who did X meet":
		return fmt.Sprintf(`{ person(name: %q) { name met { person { name } count events { type status date place { name } } } } }`, g.Name(i%50))
	case "events in a month":
		m := time.Date(2024, time.Month(1+i%24), 1, 0, 0, 0, 0, time.UTC)
		return fmt.Sprintf(`{ events(from: %q, to: %q, first: 20) { totalCount edges { node { type status date participants { name } place { name } } } } }`,
			m.Format("2006-01"), m.Format("2006-01"))
	default: // person search
		return fmt.Sprintf(`{ people(search: %q, first: 10) { totalCount edges { node { name } } } }`, g.Surname(i%200))
	}
}

// queryTimes are the wall-clock and CPU times of a series of queries and
// the bytes of their answers.
type queryTimes struct {
	wall, cpu []time.Duration
	bytes     int
}

// threadCPU returns the CPU time of the calling OS thread.
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

// benchQueries times q queries of each kind, one at a time, through the
// GraphQL HTTP handler over st. Each query runs on one locked OS thread, so
// that its CPU time can be read next to its wall-clock time.
func benchQueries(ctx context.Context, st *graph.Store, g *synth.Generator, q int) (map[string]queryTimes, error) {
	sch, err := schema.New(st)
	if err != nil {
		return nil, err
	}
	h := graphqlHandler(sch, time.Minute, defaultLimits)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	res := map[string]queryTimes{}
	for _, kind := range queryKinds {
		// Warm up: the first query builds the read snapshot.
		if _, err := serveQuery(h, benchQuery(g, kind, 0)); err != nil {
			return nil, err
		}
		var qt queryTimes
		for i := range q {
			start, cpu0 := time.Now(), threadCPU()
			data, err := serveQuery(h, benchQuery(g, kind, i))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", kind, err)
			}
			qt.cpu = append(qt.cpu, threadCPU()-cpu0)
			qt.wall = append(qt.wall, time.Since(start))
			qt.bytes += len(data)
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		res[kind] = qt
	}
	return res, nil
}

// serveQuery POSTs query to h in process and returns the data, or an error
// for a non-200 status or GraphQL errors.
func serveQuery(h http.Handler, query string) (json.RawMessage, error) {
	body, _ := json.Marshal(map[string]string{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	var r struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil {
		return nil, fmt.Errorf("status %d: %v", w.Code, err)
	}
	if w.Code != http.StatusOK || len(r.Errors) > 0 {
		return nil, fmt.Errorf("status %d: %v", w.Code, r.Errors)
	}
	return r.Data, nil
}

// percentile returns the p-th percentile of ds (nearest rank).
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[max(i, 0)]
}
