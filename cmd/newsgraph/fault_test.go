package main

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/lib/pq" // registers "postgres" for database/sql

	"newsgraph/corpus"
	"newsgraph/graph"
	"newsgraph/internal/pgtest"
	"newsgraph/internal/synth"
)

// buildNewsgraph builds the newsgraph binary into a temporary directory.
func buildNewsgraph(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "newsgraph")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// synthFile writes synthetic articles [from, to) as JSON Lines.
func synthFile(t *testing.T, g *synth.Generator, name string, from, to int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.WriteJSONL(f, from, to); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// cleanIngest ingests the inputs in this process into a new memstore and
// returns its dump and stats: what any correct ingest must end with.
func cleanIngest(t *testing.T, paths ...string) (string, graph.Stats) {
	t.Helper()
	st := openStore(t, "memory:")
	sum, err := ingest(context.Background(), st, mustPipeline(t), corpus.Articles(paths...), ingestOptions{Jobs: 2})
	if err != nil || sum.Skipped > 0 {
		t.Fatalf("clean ingest: %+v, %v", sum, err)
	}
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return dumpQuads(t, st), stats
}

// newsgraphCmd returns a command running bin with args, its output
// collected.
func newsgraphCmd(bin string, args ...string) (*exec.Cmd, *bytes.Buffer) {
	cmd := exec.Command(bin, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	return cmd, &out
}

// checkComplete checks that the store at dsn holds exactly the clean graph.
func checkComplete(t *testing.T, dsn string, g *synth.Generator, n int, want string, wantStats graph.Stats) {
	t.Helper()
	got, stats := dumpDSN(t, dsn)
	if stats != wantStats {
		t.Errorf("stats %+v, want %+v", stats, wantStats)
	}
	if got != want {
		t.Errorf("the graph differs from a clean ingest (%d vs %d lines):\n%s",
			strings.Count(got, "\n"), strings.Count(want, "\n"), quadDiff(got, want))
	}
	st := openStore(t, dsn)
	for i := range n {
		if ok, err := st.HasArticle(context.Background(), g.ID(i)); err != nil || !ok {
			t.Errorf("article %s missing (%v)", g.ID(i), err)
		}
	}
}

// TestKillDuringIngest kills `newsgraph ingest` with SIGKILL while it
// writes a Bolt store, runs the same ingest again, and checks that the
// store opens and holds every article once: the graph of a clean ingest.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests 80 articles: skipped with -short")
	}
	const n = 80
	g := synth.New(synth.Options{Seed: 11, Words: 300})
	input := synthFile(t, g, "synth.jsonl", 0, n)
	bin := buildNewsgraph(t)
	db := filepath.Join(t.TempDir(), "news.db")
	args := []string{"ingest", "--db", db, "--quiet", "-j", "2", input}

	cmd, out := newsgraphCmd(bin, args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	// Kill it once it has written some articles: the Bolt file grows.
	var initial int64 = -1
	killed, finished := false, false
	for deadline := time.Now().Add(2 * time.Minute); !killed && !finished && time.Now().Before(deadline); {
		select {
		case err := <-done:
			// Too fast to kill mid-way: the re-run still checks idempotence.
			t.Logf("ingest ended before it could be killed (%v):\n%s", err, out)
			finished = true
			continue
		case <-time.After(10 * time.Millisecond):
		}
		size := dirSize(db)
		if size <= 0 {
			continue
		}
		if initial < 0 {
			initial = size
		}
		if size > initial+256<<10 { // a few articles (~60 KB each) committed
			cmd.Process.Signal(syscall.SIGKILL)
			killed = true
		}
	}
	if !killed && !finished {
		cmd.Process.Signal(syscall.SIGKILL)
		t.Fatalf("the store did not grow within 2 minutes:\n%s", out)
	}
	if killed {
		if err := <-done; err == nil {
			t.Logf("ingest finished before SIGKILL arrived")
		}
	}

	_, stats := dumpDSN(t, db) // the store opens after the kill
	t.Logf("after SIGKILL: %d of %d articles stored", stats.Articles, n)
	if stats.Articles >= n {
		t.Logf("every article was stored before the kill: the re-run only checks idempotence")
	}

	cmd, out = newsgraphCmd(bin, args...)
	if err := cmd.Run(); err != nil {
		t.Fatalf("re-run after SIGKILL: %v\n%s", err, out)
	}
	if !strings.Contains(out.String(), "already present") {
		t.Errorf("re-run printed %q", out)
	}
	want, wantStats := cleanIngest(t, input)
	checkComplete(t, db, g, n, want, wantStats)
}

// dirSize returns the bytes of the files in dir (a Bolt store), or -1.
func dirSize(dir string) int64 {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return -1
	}
	var n int64
	for _, e := range entries {
		if fi, err := e.Info(); err == nil && fi.Mode().IsRegular() {
			n += fi.Size()
		}
	}
	return n
}

// countQuads counts the quads of a Cayley SQL store, or returns -1 if the
// server does not answer.
func countQuads(dsn string) int {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return -1
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM quads").Scan(&n); err != nil {
		return -1
	}
	return n
}

// TestPostgresRestartDuringIngest stops PostgreSQL while `newsgraph
// ingest` writes to it and starts it again: the ingest either retries and
// completes or fails with a message that names the problem, and a re-run
// completes with the graph of a clean ingest.
func TestPostgresRestartDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("starts PostgreSQL and ingests 80 articles: skipped with -short")
	}
	const n = 80
	srv := pgtest.StartServer(t)
	dsn := srv.NewDB(t)
	g := synth.New(synth.Options{Seed: 12, Words: 300})
	input := synthFile(t, g, "synth.jsonl", 0, n)
	bin := buildNewsgraph(t)
	args := []string{"ingest", "--db", dsn, "--quiet", "-j", "2", input}

	cmd, out := newsgraphCmd(bin, args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	stopped := false
	var early error // the ingest's result if it ended before the restart
	ended := false
	for deadline := time.Now().Add(2 * time.Minute); !stopped && !ended && time.Now().Before(deadline); {
		select {
		case early = <-done:
			// Too fast to interrupt: restart anyway; the re-run is still checked.
			t.Logf("ingest ended before the restart (%v):\n%s", early, out)
			ended = true
			continue
		case <-time.After(50 * time.Millisecond):
		}
		if countQuads(dsn) > 500 {
			if err := srv.Stop(); err != nil {
				t.Fatal(err)
			}
			stopped = true
		}
	}
	if !stopped && !ended {
		cmd.Process.Kill()
		t.Fatalf("no quads written within 2 minutes:\n%s", out)
	}
	if ended {
		if err := srv.Stop(); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(time.Second)
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	err := early
	if !ended {
		select {
		case err = <-done:
		case <-time.After(3 * time.Minute):
			cmd.Process.Kill()
			t.Fatalf("ingest neither failed nor finished 3 minutes after the restart:\n%s", out)
		}
	}
	msg := out.String()
	if err != nil {
		t.Logf("ingest during the restart failed as allowed: %v\n%s", err, msg)
		if cmd.ProcessState.ExitCode() != 1 {
			t.Errorf("exit status %d, want 1 (a storage error, not skipped inputs)", cmd.ProcessState.ExitCode())
		}
		if !strings.Contains(msg, "newsgraph: ") || !strings.Contains(msg, "write") && !strings.Contains(msg, "connect") {
			t.Errorf("the message does not say that writing or connecting failed:\n%s", msg)
		}
		if strings.Contains(msg, "panic") || strings.Contains(msg, "goroutine ") {
			t.Errorf("ingest panicked:\n%s", msg)
		}
	} else {
		t.Logf("ingest survived the restart:\n%s", msg)
	}

	cmd, out = newsgraphCmd(bin, args...)
	if err := cmd.Run(); err != nil {
		t.Fatalf("re-run after the restart: %v\n%s\nserver log:\n%s", err, out, srv.Log(20))
	}
	want, wantStats := cleanIngest(t, input)
	checkComplete(t, dsn, g, n, want, wantStats)
}
