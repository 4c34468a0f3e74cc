package main

import (
	"strings"
	"testing"
	"time"

	"newsgraph/internal/pgtest"
	"newsgraph/internal/synth"
)

// TestWorkersShareAPostgresStore runs two `newsgraph ingest` processes at
// once on the two halves of a synthetic corpus, writing the same PostgreSQL
// database, and checks that they leave exactly the graph that one process
// ingesting the whole corpus leaves in another database.
func TestWorkersShareAPostgresStore(t *testing.T) {
	if testing.Short() {
		t.Skip("starts PostgreSQL and ingests 40 articles twice: skipped with -short")
	}
	const n = 40
	start := time.Now()
	srv := pgtest.StartServer(t)
	shared, single := srv.NewDB(t), srv.NewDB(t)
	// Small pool of people, so that the halves share people, places and events.
	g := synth.New(synth.Options{Seed: 21, Words: 300, People: 40})
	first := synthFile(t, g, "first.jsonl", 0, n/2)
	second := synthFile(t, g, "second.jsonl", n/2, n)
	bin := buildNewsgraph(t)

	// Both processes open the new database at the same moment: they race in
	// Cayley's CREATE TABLE, and graph.Open retries for the loser.
	cmd1, out1 := newsgraphCmd(bin, "ingest", "--db", shared, "--quiet", "-j", "1", first)
	cmd2, out2 := newsgraphCmd(bin, "ingest", "--db", shared, "--quiet", "-j", "1", second)
	if err := cmd1.Start(); err != nil {
		t.Fatal(err)
	}
	if err := cmd2.Start(); err != nil {
		t.Fatal(err)
	}
	err1, err2 := cmd1.Wait(), cmd2.Wait()
	if err1 != nil || err2 != nil {
		t.Fatalf("concurrent ingests: %v, %v\nfirst:\n%s\nsecond:\n%s\nserver log:\n%s", err1, err2, out1, out2, srv.Log(20))
	}

	cmd, out := newsgraphCmd(bin, "ingest", "--db", single, "--quiet", "-j", "2", first, second)
	if err := cmd.Run(); err != nil {
		t.Fatalf("single ingest: %v\n%s", err, out)
	}
	t.Logf("ingests done after %v", time.Since(start))
	got, gotStats := dumpDSN(t, shared)
	want, wantStats := dumpDSN(t, single)
	t.Logf("dumps done after %v", time.Since(start))
	if gotStats != wantStats {
		t.Errorf("two workers: %+v; one: %+v", gotStats, wantStats)
	}
	if got != want {
		t.Errorf("two workers left a different graph from one (%d vs %d quads):\n%s",
			strings.Count(got, "\n"), strings.Count(want, "\n"), quadDiff(got, want))
	}
	if wantStats.Articles != n {
		t.Errorf("one worker stored %d articles, want %d", wantStats.Articles, n)
	}
	// The halves name some of the same people, so the workers wrote some of
	// the same nodes at once.
	names := map[string]bool{}
	for i := range n / 2 {
		for _, e := range g.Doc(i).Entities {
			names[e.Name] = true
		}
	}
	overlap := 0
	for i := n / 2; i < n; i++ {
		for _, e := range g.Doc(i).Entities {
			if names[e.Name] {
				overlap++
			}
		}
	}
	if overlap == 0 {
		t.Errorf("the halves share no people or places: the test proves little")
	}
}
