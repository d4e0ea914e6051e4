package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromiumPath returns the headless browser to test with: $TACITUS_CHROMIUM,
// else the first of the usual names on PATH. When there is none the test
// skips, or fails when TACITUS_REQUIRE_SERVICES=1 (CI).
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("TACITUS_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	const missing = "no Chromium on PATH (install Debian's chromium package, or set TACITUS_CHROMIUM)"
	if os.Getenv("TACITUS_REQUIRE_SERVICES") == "1" {
		t.Fatal(missing + ", and TACITUS_REQUIRE_SERVICES=1 requires the browser test")
	}
	t.Skip(missing + ": skipping the browser test")
	return ""
}

// artifactDir is where screenshots go: $TACITUS_ARTIFACTS, else a
// temporary directory.
func artifactDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("TACITUS_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatalf("creating artifact dir: %v", err)
		}
		return d
	}
	return t.TempDir()
}

// browser drives one headless Chromium tab against a test server that
// serves the UI at / and the fake API at /api/. Its helpers fail t; use
// with to get one that fails a subtest.
type browser struct {
	t     *testing.T
	ctx   context.Context
	base  string
	api   *fakeAPI
	shots string
	log   *pageLog
}

// pageLog collects what the page did wrong.
type pageLog struct {
	mu       sync.Mutex
	jsErrors []string
	foreign  []string // requests to anything but the test server
}

// with returns b failing t instead.
func (b *browser) with(t *testing.T) *browser {
	c := *b
	c.t = t
	return &c
}

// newBrowser starts the test server and the browser.
func newBrowser(t *testing.T) *browser {
	exe := chromiumPath(t)
	api := newFakeAPI(t)
	mux := http.NewServeMux()
	mux.Handle("/api/", api)
	mux.Handle("/", Handler())
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1366, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(cancelCtx)

	b := &browser{t: t, ctx: ctx, base: srv.URL, api: api, shots: artifactDir(t), log: &pageLog{}}
	// The first call starts the browser; it must not carry a deadline,
	// which would stop the browser with it.
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	log := b.log
	err := chromedp.Listen(ctx, func(ev any) {
		log.mu.Lock()
		defer log.mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			log.jsErrors = append(log.jsErrors, fmt.Sprintf("%s (%s:%d)", msg, d.URL, d.LineNumber+1))
		case *network.EventRequestWillBeSent:
			u := ev.Request.URL
			if !strings.HasPrefix(u, srv.URL+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
				log.foreign = append(log.foreign, u)
			}
		}
	})
	if err != nil {
		t.Fatalf("listening to the page: %v", err)
	}
	t.Cleanup(b.checkClean)
	return b
}

// checkClean fails the test on uncaught page errors or requests that left
// the test server (the UI must work offline).
func (b *browser) checkClean() {
	b.log.mu.Lock()
	defer b.log.mu.Unlock()
	for _, e := range b.log.jsErrors {
		b.t.Errorf("uncaught JavaScript error: %s", e)
	}
	for _, u := range b.log.foreign {
		b.t.Errorf("the page requested %s, outside the server", u)
	}
}

// stepTimeout bounds each step, so that a missing element fails the test
// instead of hanging it.
const stepTimeout = 20 * time.Second

// run runs steps in order, failing the test with what on error.
func (b *browser) run(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// value runs one action and returns its value, failing the test with what
// on error.
func value[T any](b *browser, what string, a chromedp.Action[T]) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
	return v
}

// open navigates to the UI at fragment and waits for sel to be visible.
func (b *browser) open(fragment, sel string) {
	b.t.Helper()
	b.run("opening "+fragment, chromedp.Navigate(b.base+"/"+fragment), chromedp.WaitVisible(chromedp.CSS(sel)))
}

// text returns the text content of the first element matching sel.
func (b *browser) text(sel string) string {
	b.t.Helper()
	return strings.TrimSpace(value(b, "reading "+sel, chromedp.TextContent(chromedp.CSS(sel))))
}

// count returns the number of elements matching sel.
func (b *browser) count(sel string) int {
	b.t.Helper()
	return value(b, "counting "+sel, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(sel)+`).length`))
}

// screenshot saves a full-page PNG as name in the artifact directory.
func (b *browser) screenshot(name string) {
	b.t.Helper()
	png := value(b, "screenshot "+name, chromedp.FullScreenshot(100))
	p := filepath.Join(b.shots, name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		b.t.Fatalf("saving screenshot: %v", err)
	}
	b.t.Logf("screenshot: %s", p)
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`)
	return "'" + r.Replace(s) + "'"
}

// TestBrowser drives the UI in headless Chromium against the fake API:
// search, filter, paging, event detail with highlighted spans, error and
// empty states, the time series, network and map.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := newBrowser(t)

	t.Run("search", func(t *testing.T) {
		b := b.with(t)
		b.open("#/events", "table.events tbody tr")
		if got, want := b.count("table.events tbody tr"), pageSize; got != want {
			t.Errorf("rows = %d, want %d", got, want)
		}
		// Every row loads its sentence from the event's first mention.
		b.run("waiting for row sentences", chromedp.WaitVisible(chromedp.CSS(`tr[data-id="104"] td.sentence mark.hl-verb`)))
		if got, want := b.text(`tr[data-id="104"] td.sentence mark.hl-target`), "Ukraine"; got != want {
			t.Errorf("row 104 target highlight = %q, want %q", got, want)
		}
		if got := b.text("#stats"); !strings.Contains(got, "14,876") {
			t.Errorf("header stats = %q, want the event total 14,876", got)
		}
		b.screenshot("events.png")
	})

	t.Run("load more", func(t *testing.T) {
		b := b.with(t)
		b.run("clicking load more", chromedp.Click(chromedp.CSS("#load-more")),
			chromedp.WaitVisible(chromedp.CSS(`tr[data-id="106"]`)))
		if got, want := b.count("table.events tbody tr"), 6; got != want {
			t.Errorf("rows after load more = %d, want %d", got, want)
		}
		if got := b.text("#count"); !strings.Contains(got, "end of results") {
			t.Errorf("count line = %q, want end of results", got)
		}
		qs := b.api.eventQueries()
		if last := qs[len(qs)-1]; last.Get("cursor") != "c4" {
			t.Errorf("second page cursor = %q, want c4", last.Get("cursor"))
		}
	})

	t.Run("filter", func(t *testing.T) {
		b := b.with(t)
		b.open("#/events", "table.events tbody tr")
		b.run("filling the form",
			chromedp.SendKeys(chromedp.CSS("#f-actor"), "IRN*"),
			chromedp.SetValue(chromedp.CSS("#f-quad"), "1"),
			chromedp.Click(chromedp.CSS("#search")),
			// Row 101 is on the unfiltered page too: wait for the
			// filtered page itself (one row, the CSV link updated).
			chromedp.Poll[chromedp.Void](`document.querySelectorAll("table.events tbody tr").length === 1 &&
				(document.querySelector("#csv").getAttribute("href") || "").includes("actor=")`,
				chromedp.WithPollingTimeout(20*time.Second)),
			chromedp.WaitVisible(chromedp.CSS(`tr[data-id="101"]`)),
		)
		if got, want := b.count("table.events tbody tr"), 1; got != want {
			t.Errorf("filtered rows = %d, want %d", got, want)
		}
		qs := b.api.eventQueries()
		last := qs[len(qs)-1]
		if last.Get("actor") != "IRN*" || last.Get("quad") != "1" {
			t.Errorf("API query = %v, want actor=IRN* quad=1", last)
		}
		href := value(b, "reading the CSV link", chromedp.AttributeValue(chromedp.CSS("#csv"), "href")).Value
		if !strings.Contains(href, "format=csv") || !strings.Contains(href, "actor=IRN*") && !strings.Contains(href, "actor=IRN%2A") {
			t.Errorf("CSV link = %q, want the filters and format=csv", href)
		}
	})

	t.Run("detail", func(t *testing.T) {
		b := b.with(t)
		b.run("opening the event", chromedp.Click(chromedp.CSS(`tr[data-id="101"] a.detail-link`)),
			chromedp.WaitVisible(chromedp.CSS("#mentions li")))
		if got, want := b.count("#mentions li"), 2; got != want {
			t.Errorf("mentions = %d, want %d", got, want)
		}
		// The first sentence has a three-byte apostrophe inside the
		// source span: byte offsets must land on the right characters.
		for role, want := range map[string]string{
			"source": "Iran’s foreign minister",
			"verb":   "met",
			"target": "Turkish officials",
		} {
			if got := b.text(`#mentions li:first-child mark[data-role="` + role + `"]`); got != want {
				t.Errorf("%s highlight = %q, want %q", role, got, want)
			}
		}
		if got := b.text(".facts"); !strings.Contains(got, "Mentions2") || !strings.Contains(got, "Sources2") {
			t.Errorf("facts = %q, want 2 mentions and 2 sources", got)
		}
		b.screenshot("event.png")
	})

	tests := []struct {
		name     string
		fragment string
		sel      string
		want     string
	}{
		{name: "empty", fragment: "#/events?q=nothing", sel: "#table .empty", want: "No events match these filters."},
		{name: "api error", fragment: "#/events?quad=9", sel: "#table .notice.error", want: "quad must be an integer from 1 to 4"},
		{name: "not found", fragment: "#/event/999", sel: "#detail .empty", want: "Event not found."},
		{name: "empty series", fragment: "#/series?source=ZZZ", sel: "#series-state .empty", want: "No events for this dyad"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := b.with(t)
			b.open(tc.fragment, tc.sel)
			if got := b.text(tc.sel); !strings.Contains(got, tc.want) {
				t.Errorf("%s = %q, want it to contain %q", tc.sel, got, tc.want)
			}
		})
	}

	t.Run("series", func(t *testing.T) {
		b := b.with(t)
		b.open("#/series?source=USA&target=CHN&interval=week", "#series-chart canvas")
		b.screenshot("series.png")
	})

	t.Run("network", func(t *testing.T) {
		b := b.with(t)
		b.open("#/network", "#network canvas")
		nodes := value(b, "counting nodes", chromedp.Evaluate[int](`window.tacitusNetwork.nodes().length`))
		edges := value(b, "counting edges", chromedp.Evaluate[int](`window.tacitusNetwork.edges().length`))
		if nodes != 9 || edges != 11 {
			t.Errorf("graph has %d nodes and %d edges, want 9 and 11", nodes, edges)
		}
		conflict := value(b, "reading an edge colour", chromedp.Evaluate[string](`window.tacitusNetwork.edges('[source = "RUS"][target = "UKR"]').data('color')`))
		if conflict != "#c8423b" {
			t.Errorf("RUS→UKR edge colour = %q, want the conflict colour #c8423b", conflict)
		}
		b.screenshot("network.png")
	})

	t.Run("phone", func(t *testing.T) {
		b := b.with(t)
		b.run("emulating a phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
		defer b.run("resetting the viewport", chromedp.EmulateReset())
		b.open("#/events", `tr[data-id="104"] td.sentence mark.hl-verb`)
		// Nothing may stick out sideways: the table becomes cards.
		if w := value(b, "measuring the page", chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); w > 390 {
			t.Errorf("page is %d px wide on a 390 px screen", w)
		}
		b.screenshot("events-phone.png")
	})

	t.Run("map", func(t *testing.T) {
		b := b.with(t)
		b.open("#/map", "#map canvas")
		b.run("waiting for the count", chromedp.WaitVisible(chromedp.CSS("#map-count")))
		if got, want := b.text("#map-count"), "5 of 6 events have a location"; !strings.HasPrefix(got, want) {
			t.Errorf("map count = %q, want %q", got, want)
		}
		// Let the map finish drawing before the screenshot.
		b.run("settling", chromedp.Sleep(300*time.Millisecond))
		b.screenshot("map.png")
	})
}
