package corpus

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"
)

// FuzzParseDate checks that an accepted date is a UTC midnight in range
// that formats back to a date ParseDate accepts as the same day.
// Its seed corpus is in testdata/fuzz/FuzzParseDate.
func FuzzParseDate(f *testing.F) {
	f.Add("2025-03-16")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrDate) {
				t.Fatalf("ParseDate(%q) error %v does not wrap ErrDate", s, err)
			}
			return
		}
		if d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Second() != 0 || d.Nanosecond() != 0 {
			t.Fatalf("ParseDate(%q) = %v, want a UTC midnight", s, d)
		}
		if d.Year() < 1900 {
			t.Fatalf("ParseDate(%q) = %v, before 1900", s, d)
		}
		again, err := ParseDate(d.Format(time.DateOnly))
		if err != nil || !again.Equal(d) {
			t.Fatalf("ParseDate(%q) = %v, but its YYYY-MM-DD gives %v, %v", s, d, again, err)
		}
	})
}

// FuzzSidecar reads a .txt article with a .meta.json sidecar: one item
// comes out, either a usable article or a *Error naming one of the two files.
// Its seed corpus is in testdata/fuzz/FuzzSidecar.
func FuzzSidecar(f *testing.F) {
	f.Add("Putin met Trump in Riyadh.\n", `{"id": "a", "published": "2025-03-16"}`)
	f.Fuzz(func(t *testing.T, text, meta string) {
		fsys := fstest.MapFS{
			"in/a.txt":       {Data: []byte(text)},
			"in/a.meta.json": {Data: []byte(meta)},
		}
		n := 0
		for it := range ArticlesFS(fsys, "in") {
			n++
			if it.Err != nil {
				var e *Error
				if !errors.As(it.Err, &e) {
					t.Fatalf("error %v is not a *corpus.Error", it.Err)
				}
				if !strings.HasSuffix(e.File, "a.txt") && !strings.HasSuffix(e.File, "a.meta.json") {
					t.Fatalf("error %v names neither file", it.Err)
				}
				continue
			}
			a := it.Article
			if a.ID == "" || strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Text) {
				t.Fatalf("accepted an article without id, or with empty or invalid text: %+v", a)
			}
			if !a.Published.IsZero() && a.Published.Year() < 1900 {
				t.Fatalf("accepted published %v", a.Published)
			}
		}
		if n != 1 {
			t.Fatalf("%d items for one article, want 1", n)
		}
	})
}
