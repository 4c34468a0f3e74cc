package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsgraph/extract"
)

func TestNewRuns(t *testing.T) {
	p, err := New(os.DirFS("../data"))
	if err != nil {
		t.Fatal(err)
	}
	text := "US President Donald Trump met Russian President Vladimir Putin in Moscow on Thursday.\nTrump said the talks went well."
	d, err := p.Run(extract.Article{ID: "x", Text: text, Published: time.Date(2025, 3, 16, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 {
		t.Fatalf("Run: %d events, want 1: %+v", len(d.Events), d.Events)
	}
	var names []string
	for _, i := range d.Events[0].Participants {
		names = append(names, d.Entities[i].Name)
	}
	if got, want := strings.Join(names, "+"), "Donald Trump+Vladimir Putin"; got != want {
		t.Errorf("participants = %s, want %s", got, want)
	}
}

// TestCutText runs the pipeline on paragraphs of the seed and phrase
// articles cut short at either end, as feeds and excerpts cut them ("held
// talks with X in", "called on X at the office ..."): no cut may make it
// fail or panic, and every event it reports lies inside the text.
func TestCutText(t *testing.T) {
	p, err := New(os.DirFS("../data"))
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, pat := range []string{"../data/articles/*.txt", "../eval/testdata/phrases/*.txt"} {
		names, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			paras = append(paras, strings.Split(string(b), "\n")...)
		}
	}
	if len(paras) < 100 {
		t.Fatalf("%d paragraphs, want the seed and phrase articles", len(paras))
	}
	pub := time.Date(2025, 3, 16, 0, 0, 0, 0, time.UTC)
	for _, para := range paras {
		w := strings.Fields(para)
		var cuts []string
		for n := 1; n <= 6 && n < len(w); n++ {
			cuts = append(cuts, strings.Join(w[:len(w)-n], " "), strings.Join(w[n:], " "))
		}
		for _, text := range cuts {
			d, err := runSafely(p, extract.Article{ID: "cut", Text: text, Published: pub})
			if err != nil {
				t.Fatalf("%q: %v", text, err)
			}
			for _, ev := range d.Events {
				if ev.Trigger.End > len(text) {
					t.Errorf("%q: trigger %v outside the text", text, ev.Trigger)
				}
			}
		}
	}
}

// runSafely runs p on a, turning a panic into an error.
func runSafely(p *extract.Pipeline, a extract.Article) (d *extract.Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return p.Run(a)
}
