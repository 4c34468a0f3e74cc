package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"newsgraph/internal/synth"
)

// TestLoad serves a Bolt store of 300 synthetic articles on loopback to 200
// concurrent clients sending 4,000 mixed queries (who did X meet, events in
// a month, person search), and checks that every one is answered without
// error and with data. It logs p50 and p99 latency; it asserts nothing about
// time.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("200 clients, 4,000 requests: skipped with -short")
	}
	const (
		articles = 300
		clients  = 200
		requests = 4000
	)
	ctx := context.Background()
	g := synth.New(synth.Options{Seed: 31, People: 300})
	db := filepath.Join(t.TempDir(), "news.db")
	st := openStore(t, db)
	if err := fillStore(ctx, st, g, articles); err != nil {
		t.Fatal(err)
	}
	st.Close()
	srv, err := openServer(ctx, serverOptions{DB: db, NoSample: true})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	hs := httptest.NewServer(srv.Handler)
	defer hs.Close()
	transport := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, Timeout: time.Minute}

	kinds := append(queryKinds, "person search")
	var (
		next    atomic.Int64
		mu      sync.Mutex
		lat     = map[string][]time.Duration{}
		failed  []string
		nonNull atomic.Int64
		wg      sync.WaitGroup
	)
	start := time.Now()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= requests {
					return
				}
				kind := kinds[i%len(kinds)]
				q := benchQuery(g, kind, i/len(kinds))
				t0 := time.Now()
				status, r, err := postQueryErr(client, hs.URL, q)
				d := time.Since(t0)
				mu.Lock()
				switch {
				case err != nil:
					failed = append(failed, kind+": "+err.Error())
				case status != http.StatusOK || len(r.Errors) > 0:
					failed = append(failed, kind+": "+http.StatusText(status)+" "+string(mustJSON(r.Errors)))
				default:
					lat[kind] = append(lat[kind], d)
					if hasData(r.Data) {
						nonNull.Add(1)
					}
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if len(failed) > 0 {
		t.Errorf("%d of %d requests failed; the first: %s", len(failed), requests, failed[0])
	}
	var all []time.Duration
	for _, kind := range kinds {
		l := lat[kind]
		all = append(all, l...)
		t.Logf("%-18s %4d answered, p50 %v, p99 %v", kind, len(l), percentile(l, 50).Round(time.Microsecond), percentile(l, 99).Round(time.Microsecond))
	}
	t.Logf("all %d in %v (%.0f requests/s): p50 %v, p99 %v", len(all), elapsed.Round(time.Millisecond),
		float64(len(all))/elapsed.Seconds(), percentile(all, 50).Round(time.Microsecond), percentile(all, 99).Round(time.Microsecond))
	// Most queries ask about people and months that are in the store.
	if n := nonNull.Load(); n < requests/2 {
		t.Errorf("only %d of %d answers had data: the load asked about nothing", n, requests)
	}
}

// postQueryErr is postQuery for goroutines: it returns errors instead of
// failing the test.
func postQueryErr(client *http.Client, base, query string) (int, gqlResponse, error) {
	body, _ := json.Marshal(map[string]any{"query": query})
	resp, err := client.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, gqlResponse{}, err
	}
	defer resp.Body.Close()
	var r gqlResponse
	err = json.NewDecoder(resp.Body).Decode(&r)
	return resp.StatusCode, r, err
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

// hasData reports whether a GraphQL data object has a non-null, non-empty
// top-level field.
func hasData(raw json.RawMessage) bool {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return false
	}
	for _, v := range m {
		s := string(v)
		if s != "null" && s != "[]" && s != "{}" && !jsonHasZeroTotal(v) {
			return true
		}
	}
	return false
}

// jsonHasZeroTotal reports whether v is a connection with totalCount 0.
func jsonHasZeroTotal(v json.RawMessage) bool {
	var c struct {
		TotalCount *int `json:"totalCount"`
	}
	return json.Unmarshal(v, &c) == nil && c.TotalCount != nil && *c.TotalCount == 0
}
