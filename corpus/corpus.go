// Package corpus reads news articles from files: plain-text bodies with an
// optional JSON sidecar, and JSON Lines files with one article a line.
//
// A NAME.txt file holds the body (UTF-8, a paragraph a line); NAME.meta.json
// next to it may give "id", "url", "title", "published" (YYYY-MM-DD) and
// "outlet". A .jsonl file holds one JSON object a line with the same fields
// plus "text". Directories are walked recursively in lexical order.
//
// Articles are streamed one at a time, so memory stays bounded however large
// the input. A problem with one article is reported as an *Error naming the
// file and line, and reading goes on with the next one.
package corpus

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"newsgraph/extract"
)

// MaxArticleBytes is the largest article body accepted. News articles are a
// few kilobytes; anything beyond this is almost surely not an article.
const MaxArticleBytes = 4 << 20

// An Error is a problem with one input: a file, or a line of a JSONL file.
type Error struct {
	File string // the path as the user named it
	Line int    // 1-based line for JSONL input; 0 for whole files
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Sentinel errors wrapped by *Error.
var (
	ErrEmpty     = errors.New("empty article")
	ErrBinary    = errors.New("not text: binary or invalid UTF-8")
	ErrTooLarge  = errors.New("too large for an article")
	ErrExtension = errors.New("unknown file type (want .txt or .jsonl)")
	ErrDate      = errors.New("bad published date")
)

// A Warning is a problem that does not stop an article from being read, such
// as a missing publication date.
type Warning = Error

// An Item is one article read, or the error that took its place.
type Item struct {
	Article  extract.Article
	Source   string     // file, or file:line for JSONL
	Warnings []*Warning // problems that did not stop the article
	Err      error      // non-nil: Article is unusable and was skipped
}

// Articles streams the articles under paths (files or directories) of the
// operating system's file system.
func Articles(paths ...string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, p := range paths {
			abs, err := filepath.Abs(p)
			if err != nil {
				if !yield(Item{Source: p, Err: &Error{File: p, Err: err}}) {
					return
				}
				continue
			}
			root := filepath.VolumeName(abs) + string(filepath.Separator)
			name := filepath.ToSlash(strings.TrimPrefix(abs, root))
			if name == "" {
				name = "."
			}
			r := reader{fsys: os.DirFS(root), display: func(n string) string {
				rel, err := filepath.Rel(abs, filepath.Join(root, filepath.FromSlash(n)))
				if err != nil || rel == "." {
					return p
				}
				return filepath.Join(p, rel)
			}}
			if !r.walk(name, true, yield) {
				return
			}
		}
	}
}

// ArticlesFS streams the articles under dir of fsys, such as the embedded
// sample corpus.
func ArticlesFS(fsys fs.FS, dir string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		r := reader{fsys: fsys, display: func(n string) string { return n }}
		r.walk(dir, true, yield)
	}
}

type reader struct {
	fsys    fs.FS
	display func(name string) string
}

// walk yields the articles of name; explicit reports whether the user named
// it (an explicit file of unknown type is an error, one in a directory is skipped).
func (r reader) walk(name string, explicit bool, yield func(Item) bool) bool {
	fi, err := fs.Stat(r.fsys, name)
	if err != nil {
		return yield(r.fail(name, 0, unwrapPath(err)))
	}
	if fi.IsDir() {
		entries, err := fs.ReadDir(r.fsys, name)
		if err != nil {
			return yield(r.fail(name, 0, unwrapPath(err)))
		}
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			if !r.walk(path.Join(name, e.Name()), false, yield) {
				return false
			}
		}
		return true
	}
	switch {
	case strings.HasSuffix(name, ".meta.json"):
		return true // a sidecar, read with its .txt
	case strings.HasSuffix(name, ".txt"):
		return yield(r.readText(name, fi.Size()))
	case strings.HasSuffix(name, ".jsonl"):
		return r.readJSONL(name, yield)
	case explicit:
		return yield(r.fail(name, 0, ErrExtension))
	}
	return true
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (r reader) fail(name string, line int, err error) Item {
	e := &Error{File: r.display(name), Line: line, Err: err}
	return Item{Source: e.File, Err: e}
}

// meta is the sidecar and JSONL record.
type meta struct {
	ID        string  `json:"id"`
	URL       *string `json:"url"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
	Outlet    *string `json:"outlet"`
	Text      *string `json:"text"`
}

func (r reader) readText(name string, size int64) Item {
	if size > MaxArticleBytes {
		return r.fail(name, 0, fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, size, MaxArticleBytes))
	}
	body, err := fs.ReadFile(r.fsys, name)
	if err != nil {
		return r.fail(name, 0, unwrapPath(err))
	}
	var m meta
	metaName := strings.TrimSuffix(name, ".txt") + ".meta.json"
	switch raw, err := fs.ReadFile(r.fsys, metaName); {
	case err == nil:
		if err := json.Unmarshal(raw, &m); err != nil {
			return r.fail(metaName, 0, fmt.Errorf("sidecar: %w", jsonErr(raw, err)))
		}
	case !errors.Is(err, fs.ErrNotExist):
		return r.fail(metaName, 0, unwrapPath(err))
	}
	text := string(body)
	m.Text = &text
	return r.article(m, name, 0)
}

func (r reader) readJSONL(name string, yield func(Item) bool) bool {
	f, err := r.fsys.Open(name)
	if err != nil {
		return yield(r.fail(name, 0, unwrapPath(err)))
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	for line := 1; ; line++ {
		raw, err := readLine(br, MaxArticleBytes+1<<16)
		if len(bytes.TrimSpace(raw)) > 0 || errors.Is(err, ErrTooLarge) {
			var it Item
			if errors.Is(err, ErrTooLarge) {
				it = r.fail(name, line, fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, MaxArticleBytes))
			} else {
				var m meta
				if jerr := json.Unmarshal(raw, &m); jerr != nil {
					it = r.fail(name, line, fmt.Errorf("malformed JSON: %w", jsonErr(raw, jerr)))
				} else if m.Text == nil {
					it = r.fail(name, line, fmt.Errorf("%w: no \"text\" field", ErrEmpty))
				} else {
					it = r.article(m, name, line)
				}
			}
			if !yield(it) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil && !errors.Is(err, ErrTooLarge) {
			return yield(r.fail(name, line, err))
		}
	}
}

// readLine reads one line of at most limit bytes; a longer line is consumed
// and reported as ErrTooLarge.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) <= limit {
			buf = append(buf, chunk...)
		} else {
			buf = buf[:0:0]
			limit = -1
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err != nil && err != io.EOF:
			return nil, err
		}
		if limit < 0 {
			if err == io.EOF {
				return nil, fmt.Errorf("%w (at end of file)", ErrTooLarge)
			}
			return nil, ErrTooLarge
		}
		return buf, err
	}
}

// jsonErr makes a JSON syntax error say where it is.
func jsonErr(raw []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("%v (byte %d)", se, se.Offset)
	}
	return err
}

func (r reader) article(m meta, name string, line int) Item {
	src := r.display(name)
	if line > 0 {
		src = fmt.Sprintf("%s:%d", src, line)
	}
	a, err := NewArticle(Fields{ID: m.ID, URL: str(m.URL), Title: str(m.Title), Published: str(m.Published),
		Outlet: str(m.Outlet), Text: *m.Text})
	if err != nil {
		return r.fail(name, line, err)
	}
	it := Item{Source: src, Article: a}
	if a.Published.IsZero() {
		it.Warnings = append(it.Warnings, &Warning{File: r.display(name), Line: line,
			Err: errors.New("no published date: relative dates (\"on Thursday\") stay unresolved")})
	}
	return it
}

// Fields are an article as a source gives it, before validation.
type Fields struct {
	ID, URL, Title, Published, Outlet, Text string
}

// NewArticle validates f as every input is validated — text that is UTF-8,
// not empty and at most MaxArticleBytes; a real publication date or none —
// and returns the article, with an id derived from the text when f has none.
func NewArticle(f Fields) (extract.Article, error) {
	text := f.Text
	if len(text) > MaxArticleBytes {
		return extract.Article{}, fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, len(text), MaxArticleBytes)
	}
	if !utf8.ValidString(text) || strings.ContainsRune(text, 0) {
		return extract.Article{}, ErrBinary
	}
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.TrimSpace(text) == "" {
		return extract.Article{}, ErrEmpty
	}
	a := extract.Article{ID: strings.TrimSpace(f.ID), Text: text, URL: strings.TrimSpace(f.URL),
		Title: strings.TrimSpace(f.Title), Outlet: strings.TrimSpace(f.Outlet)}
	if a.ID == "" {
		a.ID = ContentID(text)
	}
	if p := strings.TrimSpace(f.Published); p != "" {
		t, err := ParseDate(p)
		if err != nil {
			return extract.Article{}, err
		}
		a.Published = t
	}
	return a, nil
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return strings.TrimSpace(*p)
}

// ParseDate parses a publication date: YYYY-MM-DD, or an RFC 3339 timestamp
// (whose calendar day is kept). Impossible dates such as 2025-02-30 and dates
// before 1900 or more than a year ahead of now are errors.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		ts, err2 := time.Parse(time.RFC3339, s)
		if err2 != nil {
			return time.Time{}, fmt.Errorf("%w %q: want YYYY-MM-DD", ErrDate, s)
		}
		y, mo, d := ts.Date()
		t = time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	}
	if t.Year() < 1900 || t.After(time.Now().AddDate(1, 0, 0)) {
		return time.Time{}, fmt.Errorf("%w %q: out of range", ErrDate, s)
	}
	return t, nil
}

// ContentID derives an article id from its text, so that the same text read
// from two files is one article. Line endings and surrounding space are
// normalised first.
func ContentID(text string) string {
	norm := strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	sum := sha256.Sum256([]byte(norm))
	return "sha256-" + hex.EncodeToString(sum[:12])
}
