package synth

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"newsgraph/corpus"
	"newsgraph/extract"
)

func TestDeterministic(t *testing.T) {
	a := New(Options{Seed: 7}).Article(42)
	b := New(Options{Seed: 7}).Article(42)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("Article(42) differs between two generators with seed 7")
	}
	c := New(Options{Seed: 8}).Article(42)
	if a.Text == c.Text {
		t.Errorf("seeds 7 and 8 give the same Article(42)")
	}
	if d := New(Options{Seed: 7}).Article(43); d.Text == a.Text || d.ID == a.ID {
		t.Errorf("Article(42) and Article(43) are the same")
	}
}

func TestArticles(t *testing.T) {
	g := New(Options{Seed: 1})
	var words, events, planned, negated, calls int
	ids := map[string]bool{}
	for a := range g.Articles(0, 200) {
		if ids[a.ID] {
			t.Errorf("duplicate id %s", a.ID)
		}
		ids[a.ID] = true
		if !utf8.ValidString(a.Text) {
			t.Errorf("%s: invalid UTF-8", a.ID)
		}
		n := len(strings.Fields(a.Text))
		if n < 500 || n > 600 {
			t.Errorf("%s: %d words, want about 500", a.ID, n)
		}
		words += n
		if a.Published.Before(g.opts.From) || a.Published.After(g.opts.From.AddDate(0, 0, g.opts.Days)) {
			t.Errorf("%s: published %v outside the range", a.ID, a.Published)
		}
		if strings.Contains(a.Text, ",,") || strings.Contains(a.Text, ",.") || strings.Contains(a.Text, "%!") {
			t.Errorf("%s: bad punctuation or format:\n%s", a.ID, a.Text)
		}
		for _, w := range []string{" met ", " held talks with ", " hosted ", " received "} {
			events += strings.Count(a.Text, w)
		}
		planned += strings.Count(a.Text, " will meet ") + strings.Count(a.Text, " scheduled to ")
		negated += strings.Count(a.Text, " declined to meet ") + strings.Count(a.Text, " did not meet ")
		calls += strings.Count(a.Text, " by phone ") + strings.Count(a.Text, " phoned ") + strings.Count(a.Text, "call")
	}
	if events < 200 || planned < 20 || negated < 20 || calls < 100 {
		t.Errorf("200 articles: %d meetings, %d planned, %d negated, %d calls: too few of some pattern", events, planned, negated, calls)
	}
	// The most frequent person appears in many articles.
	top, n := g.Surname(0), 0
	for a := range g.Articles(0, 200) {
		if strings.Contains(a.Text, top) {
			n++
		}
	}
	if n < 10 {
		t.Errorf("%s, of rank 0, is in %d of 200 articles, want at least 10", g.Name(0), n)
	}
}

// TestJSONL checks that corpus reads back what WriteJSONL writes.
func TestJSONL(t *testing.T) {
	g := New(Options{Seed: 3, Words: 200})
	var buf bytes.Buffer
	if err := g.WriteJSONL(&buf, 10, 30); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "synth.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	i := 10
	for it := range corpus.Articles(path) {
		if it.Err != nil {
			t.Fatalf("%s: %v", it.Source, it.Err)
		}
		if len(it.Warnings) > 0 {
			t.Errorf("%s: warnings %v", it.Source, it.Warnings)
		}
		if want := g.Article(i); !reflect.DeepEqual(it.Article, want) {
			t.Errorf("line %d: read %+v, want %+v", i-9, it.Article, want)
		}
		i++
	}
	if i != 30 {
		t.Errorf("read %d articles, want 20", i-10)
	}
}

func BenchmarkArticle(b *testing.B) {
	g := New(Options{Seed: 1})
	var bytes int64
	for i := 0; b.Loop(); i++ {
		bytes += int64(len(g.Article(i).Text))
	}
	b.SetBytes(bytes / int64(b.N))
}

func TestDoc(t *testing.T) {
	g := New(Options{Seed: 5})
	var events int
	for i := range 100 {
		d := g.Doc(i)
		if a := g.Article(i); !reflect.DeepEqual(d.Article, a) {
			t.Fatalf("Doc(%d).Article differs from Article(%d)", i, i)
		}
		for _, s := range d.Sentences {
			if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
				t.Fatalf("Doc(%d): sentence span %v out of [0,%d)", i, s.Span, len(d.Text))
			}
		}
		for _, ev := range d.Events {
			events++
			sent := d.Slice(ev.Evidence[0])
			for _, p := range ev.Participants {
				e := d.Entities[p]
				if e.Kind != extract.Person {
					t.Fatalf("Doc(%d): participant %d is %s", i, p, e.Kind)
				}
				if !strings.Contains(sent, e.Aliases[1]) && !strings.Contains(sent, e.Name) {
					t.Errorf("Doc(%d): %s is not in the evidence %q", i, e.Name, sent)
				}
			}
			if ev.Place != nil && !strings.Contains(sent, ev.Place.Name) {
				t.Errorf("Doc(%d): place %s is not in the evidence %q", i, ev.Place.Name, sent)
			}
			if len(ev.Date.Value) == 10 && ev.Status == extract.Occurred && ev.Date.Value >= d.Published.Format("2006-01-02") {
				t.Errorf("Doc(%d): occurred event dated %s, not before publication %s: %q", i, ev.Date.Value, d.Published.Format("2006-01-02"), sent)
			}
		}
		for _, e := range d.Entities {
			for _, r := range e.Roles {
				if !strings.Contains(d.Slice(r.Span), e.Name) {
					t.Errorf("Doc(%d): role span %q does not name %s", i, d.Slice(r.Span), e.Name)
				}
			}
		}
	}
	if events < 300 {
		t.Errorf("100 articles: %d events, want at least 300", events)
	}
}
