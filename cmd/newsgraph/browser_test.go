package main

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromiumPath is where Debian's chromium package installs the browser.
const chromiumPath = "/usr/bin/chromium"

// newBrowser starts headless Chromium with a fresh profile and no background
// traffic, and returns a browser context that ends with the test. It skips the
// test if Chromium is missing, unless NEWSGRAPH_REQUIRE_ALL=1.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("NEWSGRAPH_REQUIRE_ALL") == "1" {
			t.Fatalf("%s is missing (apt-get install chromium) and NEWSGRAPH_REQUIRE_ALL=1", chromiumPath)
		}
		t.Skipf("%s is missing: apt-get install chromium", chromiumPath)
	}
	profile, err := os.MkdirTemp("", "newsgraph-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-crash-reporter", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1440, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	t.Cleanup(func() {
		cancelBrowser()
		cancelAlloc()
		// Chromium's helpers may still be writing the profile for a moment.
		for i := 0; ; i++ {
			err := os.RemoveAll(profile)
			if err == nil || i == 20 {
				if err != nil {
					t.Logf("remove the browser profile: %v", err)
				}
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	return bctx
}

// requestLog records the URL of every request the page makes and every
// uncaught JavaScript exception.
type requestLog struct {
	mu         sync.Mutex
	urls       []string
	exceptions []string
}

func (l *requestLog) listen(ctx context.Context) {
	chromedp.ListenTarget(ctx, func(ev any) {
		l.mu.Lock()
		defer l.mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			l.urls = append(l.urls, ev.Request.URL)
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			l.exceptions = append(l.exceptions, msg)
		}
	})
}

// check fails t for any request that left host and any JavaScript exception.
func (l *requestLog) check(t *testing.T, host string) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.urls) == 0 {
		t.Error("no request was recorded: the network log is not working")
	}
	for _, raw := range l.urls {
		u, err := url.Parse(raw)
		if err != nil {
			t.Errorf("unparsable request URL %q", raw)
			continue
		}
		switch u.Scheme {
		case "data", "blob", "about":
			continue
		}
		if u.Host != host {
			t.Errorf("the page fetched %s, outside the server %s", raw, host)
		}
	}
	for _, e := range l.exceptions {
		t.Errorf("JavaScript exception: %s", e)
	}
}

// artifactDir returns the directory for test artefacts: $NEWSGRAPH_ARTIFACTS
// if set, else a temporary directory.
func artifactDir(t *testing.T) string {
	if d := os.Getenv("NEWSGRAPH_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// poll evaluates the JavaScript expression js until it returns true.
func poll(js string, timeout time.Duration) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		deadline := time.Now().Add(timeout)
		for {
			var ok bool
			if err := chromedp.Evaluate(js, &ok).Do(ctx); err != nil {
				return err
			}
			if ok {
				return nil
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("timed out after %v waiting for %s", timeout, js)
			}
			time.Sleep(50 * time.Millisecond)
		}
	})
}

// TestBrowser serves the sample corpus, loads the UI in headless Chromium,
// searches "Putin", clicks his node and finds Witkoff's 2025-03-13 Moscow
// meeting in the panel, then opens GraphiQL. It saves screenshots and fails
// if the page fetches anything from outside the server.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test: skipped under -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	browser := newBrowser(t)
	bctx, cancelRun := context.WithTimeout(browser, 2*time.Minute)
	defer cancelRun()

	srv, err := openServer(ctx, serverOptions{DB: "memory:", Log: io.Discard})
	if err != nil {
		t.Fatalf("openServer: %v", err)
	}
	defer srv.Close()
	ts := httptest.NewServer(srv.Handler)
	defer ts.Close()
	host := strings.TrimPrefix(ts.URL, "http://")

	var log requestLog
	log.listen(browser)
	dir := artifactDir(t)

	var nodes int
	var putinXY []float64
	var panel string
	var shot []byte
	err = chromedp.Run(bctx,
		network.Enable(),
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(`body[data-ready="true"]`, chromedp.ByQuery),
		chromedp.Evaluate(`window.newsgraph.cy.nodes().length`, &nodes),
	)
	if err != nil {
		t.Fatalf("load the page: %v", err)
	}
	if nodes < 3 {
		t.Fatalf("the graph has %d people, want several", nodes)
	}
	err = chromedp.Run(bctx,
		chromedp.SendKeys(`#search`, "Putin", chromedp.ByQuery),
		chromedp.WaitVisible(`#suggestions li[data-id]`, chromedp.ByQuery),
		// Typing highlights the matching node.
		poll(`window.newsgraph.cy.nodes('.match').some(n => n.data('name').includes('Putin'))`, 5*time.Second),
		chromedp.Sleep(300*time.Millisecond), // let the layout settle
		chromedp.Evaluate(`(() => {
			const n = window.newsgraph.cy.nodes().filter(n => n.data('name').includes('Putin'))[0];
			const p = n.renderedPosition(), r = document.getElementById('cy').getBoundingClientRect();
			return [r.left + p.x, r.top + p.y];
		})()`, &putinXY),
	)
	if err != nil {
		t.Fatalf("search Putin: %v", err)
	}
	err = chromedp.Run(bctx,
		chromedp.MouseClickXY(putinXY[0], putinXY[1]),
		poll(`[...document.querySelectorAll('#panel .event')].some(e =>
			e.textContent.includes('2025-03-13') && e.textContent.includes('Moscow') && e.textContent.includes('Witkoff'))`, 10*time.Second),
		chromedp.Text(`#panel-body`, &panel, chromedp.ByQuery),
		// Bring the meeting into view for the screenshot.
		chromedp.Evaluate(`(() => {
			const e = [...document.querySelectorAll('#panel .event')].find(e =>
				e.textContent.includes('2025-03-13') && e.textContent.includes('Moscow') && e.textContent.includes('Witkoff'));
			e.classList.add('hl');
			e.scrollIntoView({block: 'center'});
			return true;
		})()`, nil),
		chromedp.Sleep(200*time.Millisecond),
		chromedp.CaptureScreenshot(&shot),
	)
	if err != nil {
		t.Fatalf("click Putin and find the Witkoff meeting: %v\npanel: %s", err, panel)
	}
	if !strings.Contains(panel, "Putin") {
		t.Errorf("the panel does not name Putin:\n%s", panel)
	}
	saveShot(t, dir, "ui-putin.png", shot)

	// Shift+click someone Putin never met: the shortest chain is highlighted.
	var otherXY []float64
	err = chromedp.Run(bctx,
		chromedp.Evaluate(`(() => {
			const cy = window.newsgraph.cy;
			const putin = cy.nodes().filter(n => n.data('name').includes('Putin'))[0];
			const far = cy.nodes().difference(putin.closedNeighborhood()).filter(n => n.connectedEdges().length > 0)[0];
			if (!far) return [];
			const p = far.renderedPosition(), r = document.getElementById('cy').getBoundingClientRect();
			return [r.left + p.x, r.top + p.y];
		})()`, &otherXY),
	)
	if err != nil {
		t.Fatalf("find a person Putin never met: %v", err)
	}
	if len(otherXY) == 2 {
		err = chromedp.Run(bctx,
			chromedp.MouseClickXY(otherXY[0], otherXY[1], chromedp.ButtonModifiers(input.ModifierShift)),
			poll(`document.querySelectorAll('#panel .chain').length >= 2 && window.newsgraph.cy.edges('.chain').length >= 2`, 10*time.Second),
		)
		if err != nil {
			var text string
			chromedp.Run(bctx, chromedp.Text(`#panel-body`, &text, chromedp.ByQuery))
			t.Errorf("shift+click for a chain: %v\npanel: %s", err, text)
		}
	} else {
		t.Log("everyone in the sample graph met Putin: the chain check is skipped")
	}

	// Click the Putin–Witkoff edge: the events between them.
	var edgeXY []float64
	var chainShot, filterShot []byte
	err = chromedp.Run(bctx,
		chromedp.CaptureScreenshot(&chainShot),
		chromedp.Evaluate(`(() => {
			const cy = window.newsgraph.cy;
			const named = s => cy.nodes().filter(n => n.data('name').includes(s))[0];
			const e = named('Putin').edgesWith(named('Witkoff'))[0];
			const a = e.source().renderedPosition(), b = e.target().renderedPosition();
			const r = document.getElementById('cy').getBoundingClientRect();
			// A point on the edge that no node (or its label) covers.
			for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
				const x = a.x + t * (b.x - a.x), y = a.y + t * (b.y - a.y);
				const covered = cy.nodes().some(n => {
					const bb = n.renderedBoundingBox();
					return x > bb.x1 - 4 && x < bb.x2 + 4 && y > bb.y1 - 4 && y < bb.y2 + 4;
				});
				if (!covered) return [r.left + x, r.top + y];
			}
			const p = e.renderedMidpoint();
			return [r.left + p.x, r.top + p.y];
		})()`, &edgeXY),
		chromedp.ActionFunc(func(ctx context.Context) error {
			return chromedp.MouseClickXY(edgeXY[0], edgeXY[1]).Do(ctx)
		}),
		poll(`document.querySelector('#panel h3') && document.querySelector('#panel h3').textContent.startsWith('Events between them') &&
			[...document.querySelectorAll('#panel .event')].some(e => e.textContent.includes('2025-03-13') && e.textContent.includes('Moscow'))`, 10*time.Second),
	)
	if err != nil {
		var text string
		var shot2 []byte
		chromedp.Run(bctx, chromedp.Text(`#panel-body`, &text, chromedp.ByQuery), chromedp.CaptureScreenshot(&shot2))
		saveShot(t, dir, "ui-edge-failed.png", shot2)
		t.Fatalf("click the Putin–Witkoff edge at %v: %v\npanel: %s", edgeXY, err, text)
	}
	saveShot(t, dir, "ui-chain.png", chainShot)

	// Click Moscow on the map: its events, the Witkoff meeting among them.
	var moscowXY []float64
	err = chromedp.Run(bctx,
		chromedp.Evaluate(`(() => {
			const c = [...document.querySelectorAll('#map circle.place')].find(c => c.textContent.includes('Moscow'));
			if (!c) return [];
			const r = c.getBoundingClientRect();
			return [r.left + r.width / 2, r.top + r.height / 2];
		})()`, &moscowXY),
	)
	if err != nil || len(moscowXY) != 2 {
		t.Fatalf("find Moscow on the map: %v (no circle titled Moscow)", err)
	}
	err = chromedp.Run(bctx,
		chromedp.MouseClickXY(moscowXY[0], moscowXY[1]),
		poll(`document.querySelector('#panel h3') && document.querySelector('#panel h3').textContent.startsWith('Events here') &&
			[...document.querySelectorAll('#panel .event')].some(e => e.textContent.includes('2025-03-13') && e.textContent.includes('Witkoff'))`, 10*time.Second),
	)
	if err != nil {
		t.Fatalf("click Moscow on the map: %v", err)
	}

	// Filter to calls: every edge left is a call, and the export links carry the filter.
	var types []string
	var exportHref string
	err = chromedp.Run(bctx,
		chromedp.SetValue(`#f-type`, "CALL", chromedp.ByQuery),
		chromedp.Click(`#filters button[type=submit]`, chromedp.ByQuery),
		poll(`window.newsgraph.cy.edges().length > 0 && window.newsgraph.events.every(e => e.type === 'CALL')`, 10*time.Second),
		chromedp.Evaluate(`[...new Set(window.newsgraph.cy.edges().map(e => e.data('type')))]`, &types),
		chromedp.AttributeValue(`#export-links a`, "href", &exportHref, nil, chromedp.ByQuery),
		chromedp.CaptureScreenshot(&filterShot),
	)
	if err != nil {
		t.Fatalf("filter to calls: %v", err)
	}
	if len(types) != 1 || types[0] != "CALL" {
		t.Errorf("after filtering to calls, edge types = %v", types)
	}
	if !strings.Contains(exportHref, "type=CALL") {
		t.Errorf("export link %q does not carry the filter", exportHref)
	}
	saveShot(t, dir, "ui-calls.png", filterShot)
	// The link serves the filtered graph.
	if u, err := url.Parse(exportHref); err == nil {
		resp, err := http.Get(ts.URL + u.RequestURI())
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), "type_CALL") || strings.Contains(string(b), "type_MEETING") {
			t.Errorf("GET %s: status %d, want a graph of calls only:\n%.500s", u.RequestURI(), resp.StatusCode, b)
		}
	}

	// GraphiQL loads offline and runs a query.
	var gshot []byte
	err = chromedp.Run(bctx,
		chromedp.Navigate(ts.URL+"/graphiql"),
		chromedp.WaitVisible(`.graphiql-container`, chromedp.ByQuery),
		chromedp.Click(`.graphiql-execute-button`, chromedp.ByQuery),
		poll(`document.querySelector('.graphiql-response') && document.querySelector('.graphiql-response').textContent.includes('"met"')`, 10*time.Second),
		chromedp.CaptureScreenshot(&gshot),
	)
	if err != nil {
		var html string
		chromedp.Run(bctx, chromedp.CaptureScreenshot(&gshot), chromedp.OuterHTML("body", &html, chromedp.ByQuery))
		if len(gshot) > 0 {
			saveShot(t, dir, "graphiql-failed.png", gshot)
		}
		t.Fatalf("GraphiQL: %v\n%.3000s", err, html)
	}
	saveShot(t, dir, "graphiql.png", gshot)
	log.check(t, host)
}

// saveShot checks that b is a PNG and writes it to dir/name.
func saveShot(t *testing.T, dir, name string, b []byte) {
	t.Helper()
	if _, err := png.Decode(bytes.NewReader(b)); err != nil {
		t.Fatalf("screenshot %s is not a PNG: %v", name, err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}
