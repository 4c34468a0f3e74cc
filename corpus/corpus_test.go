package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func collect(t *testing.T, paths ...string) (ok []Item, bad []Item) {
	t.Helper()
	for it := range Articles(paths...) {
		if it.Err != nil {
			bad = append(bad, it)
		} else {
			ok = append(ok, it)
		}
	}
	return ok, bad
}

func TestTextWithSidecar(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Putin met Witkoff in Moscow.\n")
	write(t, dir, "a.meta.json", `{"id":"a1","published":"2025-03-16","url":"https://example.org/a","title":null,"outlet":"X"}`)
	ok, bad := collect(t, dir)
	if len(bad) != 0 || len(ok) != 1 {
		t.Fatalf("got %d ok, %d bad (%v), want 1 ok", len(ok), len(bad), bad)
	}
	a := ok[0].Article
	if a.ID != "a1" || a.URL != "https://example.org/a" || a.Outlet != "X" || a.Published.Format("2006-01-02") != "2025-03-16" {
		t.Errorf("article = %+v", a)
	}
	if len(ok[0].Warnings) != 0 {
		t.Errorf("warnings = %v, want none", ok[0].Warnings)
	}
}

func TestContentIDIsStable(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "x/one.txt", "Same text.\n")
	write(t, dir, "y/two.txt", "Same text.\r\n")
	ok, _ := collect(t, dir)
	if len(ok) != 2 || ok[0].Article.ID != ok[1].Article.ID {
		t.Fatalf("ids differ for the same text: %v", ok)
	}
	if len(ok[0].Warnings) != 1 || !strings.Contains(ok[0].Warnings[0].Error(), "no published date") {
		t.Errorf("want a missing-date warning naming the file, got %v", ok[0].Warnings)
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name, content string
		want          error
		line          int
	}{
		{"empty.txt", "  \n", ErrEmpty, 0},
		{"binary.txt", "PK\x03\x04\x00\x00binary", ErrBinary, 0},
		{"latin1.txt", "caf\xe9 au lait", ErrBinary, 0},
		{"notes.docx", "whatever", ErrExtension, 0},
		{"baddate.txt", "Text.", ErrDate, 0},
	}
	write(t, dir, "baddate.meta.json", `{"published":"2025-02-30"}`)
	for _, tc := range cases {
		p := write(t, dir, tc.name, tc.content)
		_, bad := collect(t, p)
		if len(bad) != 1 {
			t.Errorf("%s: got %d errors, want 1", tc.name, len(bad))
			continue
		}
		var e *Error
		if !errors.As(bad[0].Err, &e) || !errors.Is(bad[0].Err, tc.want) || e.File != p {
			t.Errorf("%s: error %v, want %v naming %s", tc.name, bad[0].Err, tc.want, p)
		}
	}
}

func TestLargeFileIsRefusedNotRead(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil { // 50 MB, sparse
		t.Fatal(err)
	}
	f.Close()
	_, bad := collect(t, p)
	if len(bad) != 1 || !errors.Is(bad[0].Err, ErrTooLarge) {
		t.Fatalf("got %v, want ErrTooLarge", bad)
	}
}

func TestJSONLReportsLineAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("x", MaxArticleBytes+10)
	p := write(t, dir, "batch.jsonl", strings.Join([]string{
		`{"id":"1","text":"Putin met Trump.","published":"2025-03-01"}`,
		`{"id":"2","text": broken`,
		``,
		`{"id":"3","published":"2025-03-02"}`,
		`{"id":"4","text":"` + long + `"}`,
		`{"id":"5","text":"Macron called Modi.","published":"2025-03-03"}`,
	}, "\n"))
	ok, bad := collect(t, p)
	if len(ok) != 2 || ok[0].Article.ID != "1" || ok[1].Article.ID != "5" {
		t.Fatalf("ok = %v, want ids 1 and 5", ok)
	}
	wantLines := []int{2, 4, 5}
	if len(bad) != len(wantLines) {
		t.Fatalf("bad = %v, want lines %v", bad, wantLines)
	}
	for i, it := range bad {
		var e *Error
		if !errors.As(it.Err, &e) || e.Line != wantLines[i] || e.File != p {
			t.Errorf("error %d = %v, want %s:%d", i, it.Err, p, wantLines[i])
		}
	}
	if ok[1].Source != fmt.Sprintf("%s:6", p) {
		t.Errorf("source = %q, want file:line", ok[1].Source)
	}
}

func TestMissingPath(t *testing.T) {
	_, bad := collect(t, filepath.Join(t.TempDir(), "nope"))
	if len(bad) != 1 || !errors.Is(bad[0].Err, os.ErrNotExist) {
		t.Fatalf("got %v, want a not-exist error", bad)
	}
}

func TestDirectoryOfManyFiles(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 500
	}
	dir := t.TempDir()
	for i := range n {
		write(t, dir, fmt.Sprintf("d%02d/a%05d.txt", i%50, i), fmt.Sprintf("Article number %d.", i))
	}
	write(t, dir, "README.md", "not an article") // ignored inside a directory
	ok, bad := collect(t, dir)
	if len(ok) != n || len(bad) != 0 {
		t.Fatalf("got %d ok, %d bad, want %d ok", len(ok), len(bad), n)
	}
}

func TestArticlesFS(t *testing.T) {
	fsys := fstest.MapFS{
		"articles/a.txt":       {Data: []byte("Text A.")},
		"articles/a.meta.json": {Data: []byte(`{"id":"A","published":"2024-01-02"}`)},
		"articles/b.txt":       {Data: []byte("Text B.")},
		"articles/b.meta.json": {Data: []byte(`{not json`)},
	}
	var ids, errs []string
	for it := range ArticlesFS(fsys, "articles") {
		if it.Err != nil {
			errs = append(errs, it.Err.Error())
		} else {
			ids = append(ids, it.Article.ID)
		}
	}
	if len(ids) != 1 || ids[0] != "A" || len(errs) != 1 || !strings.Contains(errs[0], "articles/b.meta.json") {
		t.Errorf("ids %v errs %v", ids, errs)
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add(`{"id":"1","text":"Putin met Trump.","published":"2025-03-01"}` + "\n" + `{"text":`)
	f.Add("\xff\n{}\n")
	f.Fuzz(func(t *testing.T, s string) {
		dir := t.TempDir()
		p := filepath.Join(dir, "f.jsonl")
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		for it := range Articles(p) {
			if it.Err == nil && (it.Article.ID == "" || strings.TrimSpace(it.Article.Text) == "") {
				t.Fatalf("accepted an article without id or text: %+v", it)
			}
			var e *Error
			if it.Err != nil && !errors.As(it.Err, &e) {
				t.Fatalf("error %v is not a *corpus.Error", it.Err)
			}
		}
	})
}
