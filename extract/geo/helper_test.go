package geo

import (
	"os"
	"sync"
	"testing"
)

// gazetteerDir holds the committed gazetteer files.
const gazetteerDir = "../../data/gazetteers"

var loadOnce = sync.OnceValues(func() (*Gazetteer, error) { return Load(os.DirFS(gazetteerDir)) })

// testGazetteer returns the gazetteer of data/gazetteers, loaded once per
// test binary; it is read-only.
func testGazetteer(tb testing.TB) *Gazetteer {
	tb.Helper()
	g, err := loadOnce()
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return g
}
