package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const ingestMutation = `mutation($a: [ArticleInput!]!) { ingest(articles: $a) { written present skipped errors } }`

func postGraphQL(t *testing.T, h http.Handler, token, query string, vars map[string]any) (int, map[string]any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	r := httptest.NewRequest("POST", "/graphql", strings.NewReader(string(body)))
	r.Header.Set("Content-Type", "application/json")
	if token != "" {
		r.Header.Set("Authorization", "Bearer "+token)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	var out map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
		t.Fatalf("response %q: %v", w.Body.String(), err)
	}
	return w.Code, out
}

var mutationArticles = map[string]any{"a": []any{
	map[string]any{"id": "m1", "published": "2025-03-16", "outlet": "Test Wire",
		"text": "Japanese Prime Minister Shigeru Ishiba met Indian Prime Minister Narendra Modi in Tokyo on Friday."},
	map[string]any{"id": "m2", "text": "   "},
	map[string]any{"id": "m3", "published": "2025-02-30", "text": "Bad date."},
}}

func TestIngestMutationIsOffByDefault(t *testing.T) {
	srv, err := openServer(context.Background(), serverOptions{DB: "memory:", NoSample: true})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	_, out := postGraphQL(t, srv.Handler, "", ingestMutation, mutationArticles)
	if out["errors"] == nil {
		t.Fatalf("the read-only server ran a mutation: %v", out)
	}
	if ok, _ := srv.Store.HasArticle(context.Background(), "m1"); ok {
		t.Error("the read-only server stored an article")
	}
}

func TestIngestMutationWithToken(t *testing.T) {
	ctx := context.Background()
	const token = "0123456789abcdef-secret"
	srv, err := openServer(ctx, serverOptions{DB: "memory:", NoSample: true, IngestToken: token})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	for _, bad := range []string{"", "wrong-token-0123456789"} {
		if code, out := postGraphQL(t, srv.Handler, bad, ingestMutation, mutationArticles); code != http.StatusUnauthorized {
			t.Errorf("token %q: status %d (%v), want 401", bad, code, out)
		}
	}
	// Queries need no token.
	if code, out := postGraphQL(t, srv.Handler, "", `{ articles { totalCount } }`, nil); code != 200 || out["errors"] != nil {
		t.Errorf("query without token: %d %v", code, out)
	}

	code, out := postGraphQL(t, srv.Handler, token, ingestMutation, mutationArticles)
	if code != 200 || out["errors"] != nil {
		t.Fatalf("mutation: %d %v", code, out)
	}
	res := out["data"].(map[string]any)["ingest"].(map[string]any)
	if res["written"] != 1.0 || res["skipped"] != 2.0 || res["present"] != 0.0 {
		t.Errorf("result = %v, want 1 written, 2 skipped", res)
	}
	errs, _ := res["errors"].([]any)
	if len(errs) != 2 || !strings.Contains(errs[0].(string), "articles[1] (m2)") || !strings.Contains(errs[1].(string), "articles[2] (m3)") {
		t.Errorf("errors = %v, want one naming each skipped article", errs)
	}

	_, out = postGraphQL(t, srv.Handler, "", `{ person(name: "Modi") { met { person { name } events { date place { name } } } } }`, nil)
	got, _ := json.Marshal(out["data"])
	for _, want := range []string{"Shigeru Ishiba", "2025-03-14", "Tokyo"} {
		if !strings.Contains(string(got), want) {
			t.Errorf("after ingest, Modi's encounters %s lack %q", got, want)
		}
	}

	_, out = postGraphQL(t, srv.Handler, token, ingestMutation, map[string]any{"a": mutationArticles["a"].([]any)[:1]})
	if res := out["data"].(map[string]any)["ingest"].(map[string]any); res["present"] != 1.0 || res["written"] != 0.0 {
		t.Errorf("second ingest of m1 = %v, want present 1", res)
	}
}

func TestReadToken(t *testing.T) {
	dir := t.TempDir()
	short, long := filepath.Join(dir, "short"), filepath.Join(dir, "long")
	os.WriteFile(short, []byte("abc\n"), 0o600)
	os.WriteFile(long, []byte("0123456789abcdef-secret\n"), 0o600)
	if _, err := readToken(""); err == nil {
		t.Error("readToken without a file succeeded")
	}
	if _, err := readToken(short); err == nil {
		t.Error("readToken accepted a 3-character token")
	}
	if tok, err := readToken(long); err != nil || tok != "0123456789abcdef-secret" {
		t.Errorf("readToken = %q, %v", tok, err)
	}
}
