// Package ui holds the newsgraph web UI, built from web/ by web/build.sh into
// dist/ and embedded in the binary, so that the server works with no internet:
// the page, its scripts, styles and the world outline of its map are all
// served from here and nothing is fetched from elsewhere.
//
// dist/index.html is the analyst's view (the graph of people, search, filters,
// a timeline, a map and the evidence); dist/graphiql/ is an offline GraphiQL.
// Both talk to /graphql on the same server.
package ui

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed dist
var dist embed.FS

// FS returns the built web assets, rooted at dist/.
func FS() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		// fs.Sub fails only for an invalid path, and "dist" is valid.
		return dist
	}
	return sub
}

// Handler returns a handler serving the web UI at / and GraphiQL at
// /graphiql/ (a request for /graphiql is redirected there). Mount it at
// "GET /". It is safe for concurrent use.
func Handler() http.Handler {
	files := http.FileServerFS(FS())
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		// The UI loads nothing from elsewhere; say so to the browser too.
		w.Header().Set("Content-Security-Policy",
			"default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; worker-src 'self' blob:; font-src 'self' data:")
		if r.URL.Path == "/graphiql" {
			http.Redirect(w, r, "/graphiql/", http.StatusMovedPermanently)
			return
		}
		files.ServeHTTP(w, r)
	})
}
