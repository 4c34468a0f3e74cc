package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sampleServer serves the sample corpus from a Bolt file over loopback.
// If fresh, the file is new and openServer ingests the sample itself, as
// `newsgraph serve` does on first use; otherwise the sample is ingested first.
func sampleServer(t *testing.T, fresh bool) *httptest.Server {
	t.Helper()
	db := filepath.Join(t.TempDir(), "news.db")
	if !fresh {
		st := openStore(t, db)
		if _, err := ingest(context.Background(), st, mustPipeline(t), sampleItems(), ingestOptions{Jobs: 2}); err != nil {
			t.Fatal(err)
		}
		st.Close()
	}
	srv, err := openServer(context.Background(), serverOptions{DB: db})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	hs := httptest.NewServer(srv.Handler)
	t.Cleanup(hs.Close)
	return hs
}

// gqlResponse is a GraphQL response with its data left raw.
type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message string `json:"message"`
	} `json:"errors"`
}

// postQuery POSTs query and returns the HTTP status and decoded response.
func postQuery(t testing.TB, client *http.Client, base, query string, vars map[string]any) (int, gqlResponse) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := client.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST /graphql: %v", err)
	}
	defer resp.Body.Close()
	var r gqlResponse
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("POST /graphql: reading the response: %v", err)
	}
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("POST /graphql: %s: not JSON: %v: %.200s", resp.Status, err, b)
	}
	return resp.StatusCode, r
}

const readmeQuery = `{ person(name: "Putin") { met { person { name } events { type status date place { name } } } } }`

// putinMet is the answer to readmeQuery.
type putinMet struct {
	Person *struct {
		Met []struct {
			Person struct{ Name string }
			Events []struct {
				Type, Status string
				Date         *string
				Place        *struct{ Name string }
			}
		}
	}
}

// TestServeREADMEQuery asks the README's question over HTTP, by POST and
// by GET, of a server on the sample corpus.
func TestServeREADMEQuery(t *testing.T) {
	hs := sampleServer(t, true)
	status, r := postQuery(t, hs.Client(), hs.URL, readmeQuery, nil)
	if status != http.StatusOK || len(r.Errors) > 0 {
		t.Fatalf("POST README query: %d %+v", status, r.Errors)
	}
	var got putinMet
	if err := json.Unmarshal(r.Data, &got); err != nil {
		t.Fatal(err)
	}
	if got.Person == nil || len(got.Person.Met) == 0 {
		t.Fatalf("Putin met nobody: %s", r.Data)
	}
	// The sample corpus says that Witkoff met Putin in Moscow (at the Kremlin).
	found := false
	for _, m := range got.Person.Met {
		if m.Person.Name != "Steve Witkoff" {
			continue
		}
		for _, ev := range m.Events {
			found = found || ev.Type == "MEETING" && ev.Status == "OCCURRED"
		}
	}
	if !found {
		t.Errorf("Putin's meetings do not include an occurred meeting with Steve Witkoff: %s", r.Data)
	}

	// The same by GET.
	resp, err := hs.Client().Get(hs.URL + "/graphql?query=" + url.QueryEscape(readmeQuery))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var g gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&g); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET README query: %s, %v", resp.Status, err)
	}
	if !bytes.Equal(compactJSON(t, g.Data), compactJSON(t, r.Data)) {
		t.Errorf("GET answered %s, POST %s", g.Data, r.Data)
	}

	// Health and the UI answer too.
	for _, path := range []string{"/healthz", "/"} {
		resp, err := hs.Client().Get(hs.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %s", path, resp.Status)
		}
	}
}

func compactJSON(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// nested returns a query whose selections nest depth levels deep.
func nested(depth int) string {
	var b strings.Builder
	b.WriteString(`{ person(name: "Putin") {`)
	levels := 1
	for levels+2 <= depth {
		b.WriteString(" met { person {")
		levels += 2
	}
	b.WriteString(" name")
	b.WriteString(strings.Repeat(" } }", (levels-1)/2))
	b.WriteString(" } }")
	return b.String()
}

// aliases returns a query of n aliased copies of field.
func aliases(n int, field string) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " a%d: %s", i, field)
	}
	b.WriteString(" }")
	return b.String()
}

// fragmentChain returns a query nesting n fragments, each two levels deep.
func fragmentChain(n int) string {
	var b strings.Builder
	b.WriteString(`{ person(name: "Putin") { ...F0 } }`)
	for i := range n {
		fmt.Fprintf(&b, " fragment F%d on Person { met { person { name ...F%d } } }", i, i+1)
	}
	fmt.Fprintf(&b, " fragment F%d on Person { name }", n)
	return b.String()
}

// TestServeHostileQueries checks that queries built to exhaust the server
// are refused with a 4xx status and a message saying which limit they hit.
func TestServeHostileQueries(t *testing.T) {
	hs := sampleServer(t, false)
	for _, tc := range []struct {
		name, query string
		want        string // in the error message
	}{
		{"depth 50", nested(50), "deeper"},
		{"1000 aliases", aliases(1000, `person(name: "Putin") { met { person { name } events { date } } }`), "more than"},
		{"first 10000000", `{ events(first: 10000000) { edges { node { date participants { name } } } } }`, "costly"},
		{"depth 50 through fragments", fragmentChain(25), "deeper"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			status, r := postQuery(t, hs.Client(), hs.URL, tc.query, nil)
			t.Logf("%d bytes refused in %v", len(tc.query), time.Since(start))
			if status < 400 || status > 499 {
				t.Errorf("status %d, want 4xx", status)
			}
			if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, tc.want) {
				t.Errorf("errors %+v, want one saying %q", r.Errors, tc.want)
			}
		})
	}

	t.Run("2 MB body", func(t *testing.T) {
		q := `{ person(name: "` + strings.Repeat("x", 2<<20) + `") { name } }`
		body, _ := json.Marshal(map[string]string{"query": q})
		resp, err := hs.Client().Post(hs.URL+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("status %s, want 413", resp.Status)
		}
	})

	// A query just inside the limits is answered.
	status, r := postQuery(t, hs.Client(), hs.URL, nested(11), nil)
	if status != http.StatusOK || len(r.Errors) > 0 {
		t.Errorf("a query 11 levels deep: %d %+v, want it answered", status, r.Errors)
	}
}

// TestServeShutdown checks that serveHTTP finishes the request in flight
// and returns when its context ends.
func TestServeShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-release
		io.WriteString(w, "done")
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logw bytes.Buffer
	served := make(chan error, 1)
	go func() { served <- serveHTTP(ctx, ln, h, &logw) }()

	got := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			got <- err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		got <- string(b)
	}()
	time.Sleep(100 * time.Millisecond) // let the request arrive
	cancel()
	time.Sleep(100 * time.Millisecond)
	close(release)
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("serveHTTP = %v, want nil after shutdown", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serveHTTP did not return 30 s after its context ended")
	}
	if s := <-got; s != "done" {
		t.Errorf("the request in flight got %q, want done", s)
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Errorf("the server still accepts connections after shutdown")
	}
}
