package main

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"newsgraph/corpus"
	"newsgraph/data"
	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/pipeline"
)

// testPipeline returns the default pipeline, built once for all tests.
var testPipeline = sync.OnceValues(func() (*extract.Pipeline, error) { return pipeline.New(data.FS) })

func mustPipeline(t testing.TB) *extract.Pipeline {
	t.Helper()
	p, err := testPipeline()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// openStore opens dsn and closes it when the test ends.
func openStore(t testing.TB, dsn string) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), dsn, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// dumpQuads returns the sorted N-Quads of st.
func dumpQuads(t testing.TB, st *graph.Store) string {
	t.Helper()
	var b strings.Builder
	if err := st.WriteNQuads(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// dumpDSN opens dsn, dumps its quads and closes it.
func dumpDSN(t testing.TB, dsn string) (string, graph.Stats) {
	t.Helper()
	st, err := graph.Open(context.Background(), dsn, graph.Options{})
	if err != nil {
		t.Fatalf("open %s: %v", dsn, err)
	}
	defer st.Close()
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return dumpQuads(t, st), stats
}

// quadDiff describes how two sorted N-Quads dumps differ, in a few lines.
func quadDiff(got, want string) string {
	g := map[string]bool{}
	for _, l := range strings.Split(got, "\n") {
		g[l] = true
	}
	w := map[string]bool{}
	for _, l := range strings.Split(want, "\n") {
		w[l] = true
	}
	var b strings.Builder
	n := 0
	for l := range g {
		if !w[l] && n < 5 {
			b.WriteString("+ " + l + "\n")
			n++
		}
	}
	for l := range w {
		if !g[l] && n < 10 {
			b.WriteString("- " + l + "\n")
			n++
		}
	}
	return b.String()
}

func sampleItems() func(func(corpus.Item) bool) { return corpus.ArticlesFS(data.FS, "articles") }

// TestIngestTwice checks that ingesting the sample corpus a second time,
// with or without --force and after reopening the store, changes nothing.
func TestIngestTwice(t *testing.T) {
	ctx := context.Background()
	p := mustPipeline(t)
	path := filepath.Join(t.TempDir(), "news.db")
	st := openStore(t, path)
	sum, err := ingest(ctx, st, p, sampleItems(), ingestOptions{Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Written != 5 || sum.Skipped != 0 {
		t.Fatalf("first ingest: %+v, want 5 written", sum)
	}
	once := dumpQuads(t, st)
	stats, _ := st.Stats(ctx)
	if stats.Articles != 5 || stats.People == 0 || stats.Events == 0 {
		t.Fatalf("after one ingest: %+v, want 5 articles and some people and events", stats)
	}

	sum, err = ingest(ctx, st, p, sampleItems(), ingestOptions{Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Written != 0 || sum.Present != 5 {
		t.Errorf("second ingest: %+v, want 5 present and none written", sum)
	}
	if twice := dumpQuads(t, st); twice != once {
		t.Errorf("quads after a second ingest differ:\n%s", quadDiff(twice, once))
	}

	sum, err = ingest(ctx, st, p, sampleItems(), ingestOptions{Jobs: 1, Force: true})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Written != 5 {
		t.Errorf("forced ingest: %+v, want 5 written", sum)
	}
	if forced := dumpQuads(t, st); forced != once {
		t.Errorf("quads after a forced re-ingest differ:\n%s", quadDiff(forced, once))
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	// The same through the command, on the reopened file.
	var out, errb bytes.Buffer
	if err := run(ctx, []string{"ingest", "--db", path, "--quiet", "-j", "2", sampleDir(t)}, streams{stdout: &out, stderr: &errb}); err != nil {
		t.Fatalf("newsgraph ingest: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "5 already present") {
		t.Errorf("newsgraph ingest printed %q, want 5 already present", out.String())
	}
	if again, _ := dumpDSN(t, path); again != once {
		t.Errorf("quads after reopening and ingesting again differ:\n%s", quadDiff(again, once))
	}
}

// sampleDir copies the sample articles to a directory.
func sampleDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "articles")
	if err := os.CopyFS(dir, mustSub(t, "articles")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestIngestBadInputs runs newsgraph ingest on a directory of good and bad
// inputs: every bad one is reported with its file (and line), the good ones
// are stored, nothing of the bad ones is, and the run ends in errSkipped
// (exit status 3).
func TestIngestBadInputs(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	good := "Russian President Vladimir Putin met US envoy Steve Witkoff in Moscow on Thursday.\n"
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", good)
	write("good.meta.json", `{"id": "good", "published": "2025-03-16"}`)
	write("empty.txt", "")
	write("binary.txt", "\x00\x01\x02\x03\xff\xfe binary\x00")
	write("latin1.txt", "Fran\xe7ois Hollande met Angela Merkel in Paris.\n")
	write("baddate.txt", "Emmanuel Macron met Olaf Scholz in Berlin on Monday.\n")
	write("baddate.meta.json", `{"id": "baddate", "published": "2025-02-30"}`)
	write("notes.docx", "PK\x03\x04 not an article") // ignored in a directory walk, refused when named
	write("feed.jsonl", `{"id": "j1", "published": "2025-03-10", "text": "Keir Starmer spoke by phone with Donald Trump on Sunday."}
{"id": "j2", "published": "2025-03-10", "text": "unterminated
{"id": "j3", "published": "2025-03-11", "text": "Xi Jinping hosted Luiz Inacio Lula da Silva in Beijing on Monday."}
`)
	big, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(50 << 20); err != nil { // a sparse 50 MB file
		t.Fatal(err)
	}
	big.Close()

	db := filepath.Join(t.TempDir(), "news.db")
	var out, errb bytes.Buffer
	err = run(ctx, []string{"ingest", "--db", db, "--quiet", dir, filepath.Join(dir, "notes.docx")}, streams{stdout: &out, stderr: &errb})
	if !errors.Is(err, errSkipped) {
		t.Fatalf("newsgraph ingest = %v, want errSkipped (exit status 3)\nstderr:\n%s", err, errb.String())
	}
	stderr := errb.String()
	for _, want := range []string{"empty.txt", "binary.txt", "latin1.txt", "baddate", "notes.docx", "feed.jsonl:2", "huge.txt"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %s:\n%s", want, stderr)
		}
	}
	for _, notWant := range []string{"good.txt", "feed.jsonl:1", "feed.jsonl:3"} {
		if strings.Contains(stderr, notWant) {
			t.Errorf("stderr names %s, which is good:\n%s", notWant, stderr)
		}
	}
	st := openStore(t, db)
	for _, id := range []string{"good", "j1", "j3"} {
		if ok, err := st.HasArticle(ctx, id); err != nil || !ok {
			t.Errorf("HasArticle(%s) = %v, %v; want true", id, ok, err)
		}
	}
	for _, id := range []string{"j2", corpus.ContentID("")} {
		if ok, _ := st.HasArticle(ctx, id); ok {
			t.Errorf("HasArticle(%s) = true, want false", id)
		}
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// baddate is either skipped or stored without a date, depending on
	// whether corpus treats an impossible date as fatal; it is named either way.
	if stats.Articles < 3 || stats.Articles > 4 {
		t.Errorf("store holds %d articles, want the 3 good ones (4 with baddate)", stats.Articles)
	}
}

// TestIngestStopsOnStorageError checks that a write error ends the run
// with an error rather than skipping articles, and that it says why.
func TestIngestStopsOnStorageError(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "news.db"))
	st.Close() // every write now fails
	_, err := ingest(ctx, st, mustPipeline(t), sampleItems(), ingestOptions{Jobs: 2})
	if err == nil || errors.Is(err, errSkipped) {
		t.Fatalf("ingest into a closed store = %v, want a storage error", err)
	}
	if !strings.Contains(err.Error(), "write") {
		t.Errorf("error %q does not say that a write failed", err)
	}
}

func mustSub(t *testing.T, dir string) fs.FS {
	t.Helper()
	sub, err := fs.Sub(data.FS, dir)
	if err != nil {
		t.Fatal(err)
	}
	return sub
}
