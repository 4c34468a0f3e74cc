package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"newsgraph/extract/geo"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir is shared/data next to the repository; NEWSGRAPH_SHARED_DATA
// overrides it.
func sharedDir() string {
	if d := os.Getenv("NEWSGRAPH_SHARED_DATA"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "data")
}

func gunzip(t *testing.T, name string, b []byte) []byte {
	t.Helper()
	if !strings.HasSuffix(name, ".gz") {
		return b
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return out
}

// TestCommittedFiles checks that data/gazetteers holds what the generator
// makes from shared/data, so that nobody edits the generated files by hand.
func TestCommittedFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: reads all of shared/data")
	}
	shared := sharedDir()
	if _, err := os.Stat(filepath.Join(shared, "geonames", "cities15000.txt")); err != nil {
		t.Skipf("shared data not found at %s (set NEWSGRAPH_SHARED_DATA): %v", shared, err)
	}
	out := filepath.Join("..", "..", "data", "gazetteers")
	files, err := Generate(shared, filepath.Join(out, "venues.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 4 {
		t.Errorf("Generate made %d files, want 4", len(files))
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(gunzip(t, name, got), want) {
			t.Errorf("data/gazetteers/%s differs from the generator's output: run go run ./internal/gengazetteer -shared ../shared/data -o data/gazetteers", name)
		}
	}
}

func TestCodeLike(t *testing.T) {
	for s, want := range map[string]bool{
		"US": true, "U.S.": true, "USA": true, "DPRK": true, "U.A.E.": true,
		"Us": false, "us": false, "UNITED": false, "": false, "U S": false, "북한": false,
	} {
		if got := geo.CodeLike(s); got != want {
			t.Errorf("geo.CodeLike(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIndexAdd(t *testing.T) {
	ix := &index{refs: map[string][]string{}}
	ix.add("Kiev", "c5~")
	ix.add("KIEV", "c5") // the primary reference replaces the alternate one
	ix.add("Kiev", "c7~")
	ix.add("the Gulf", "k1") // blocked
	if got := strings.Join(ix.refs["kiev"], " "); got != "c5 c7~" {
		t.Errorf("refs[kiev] = %q, want %q", got, "c5 c7~")
	}
	if _, ok := ix.refs["the gulf"]; ok {
		t.Error("the Gulf was indexed")
	}
}
