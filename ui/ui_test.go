package ui

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	h := Handler()
	for _, tc := range []struct {
		path, wantType, wantBody string
		status                   int
	}{
		{"/", "text/html", `<script src="app.js">`, 200},
		{"/app.js", "text/javascript", "cytoscape", 200},
		{"/app.css", "text/css", "#cy", 200},
		{"/graphiql/", "text/html", `<script src="graphiql.js">`, 200},
		{"/graphiql/graphiql.js", "text/javascript", "/graphql", 200},
		{"/graphiql/graphiql.css", "text/css", ".graphiql-container", 200},
		{"/nothing-here", "", "", 404},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tc.path, nil))
		if rec.Code != tc.status {
			t.Errorf("GET %s: status %d, want %d", tc.path, rec.Code, tc.status)
			continue
		}
		if tc.status != http.StatusOK {
			continue
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tc.wantType) {
			t.Errorf("GET %s: Content-Type %q, want %s", tc.path, ct, tc.wantType)
		}
		if !strings.Contains(rec.Body.String(), tc.wantBody) {
			t.Errorf("GET %s: body lacks %q", tc.path, tc.wantBody)
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy %q", tc.path, csp)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/graphiql", nil))
	if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != "/graphiql/" {
		t.Errorf("GET /graphiql: %d to %q, want a redirect to /graphiql/", rec.Code, rec.Header().Get("Location"))
	}
}

// TestNoExternalResources checks that no page or stylesheet loads anything
// from another host: the UI must work offline.
func TestNoExternalResources(t *testing.T) {
	htmlRef := regexp.MustCompile(`(?i)(?:src|href)\s*=\s*["']?\s*(?:https?:)?//`)
	cssRef := regexp.MustCompile(`(?i)(?:url\(\s*["']?\s*(?:https?:)?//|@import\s+["']?(?:https?:)?//)`)
	n := 0
	err := fs.WalkDir(FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		var re *regexp.Regexp
		switch {
		case strings.HasSuffix(path, ".html"):
			re = htmlRef
		case strings.HasSuffix(path, ".css"):
			re = cssRef
		default:
			return nil
		}
		f, err := FS().Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		b, err := io.ReadAll(f)
		if err != nil {
			return err
		}
		n++
		if m := re.Find(b); m != nil {
			t.Errorf("%s loads from another host: %q", path, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 4 {
		t.Errorf("checked %d pages and stylesheets, want index.html, app.css and GraphiQL's two", n)
	}
}
