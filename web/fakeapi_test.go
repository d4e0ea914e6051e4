package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// apiDir holds canned API answers in the shapes of api/openapi.json.
const apiDir = "testdata/api"

// fakeAPI answers /api/ from the canned JSON in testdata/api, so that the
// UI's tests do not depend on the API package or a store. It filters the
// canned events by actor, source, target, quad and q the way the real API
// documents, pages them with an opaque cursor, and records the queries it
// was sent.
type fakeAPI struct {
	t      testing.TB
	events []map[string]any

	mu      sync.Mutex
	queries []url.Values // /api/events queries, in order
}

// newFakeAPI loads the canned events of testdata/api.
func newFakeAPI(t testing.TB) *fakeAPI {
	t.Helper()
	f := &fakeAPI{t: t}
	for _, name := range []string{"events.json", "events-page2.json"} {
		var page struct {
			Events []map[string]any `json:"events"`
		}
		readJSON(t, name, &page)
		f.events = append(f.events, page.Events...)
	}
	return f
}

// readJSON decodes testdata/api/name into v.
func readJSON(t testing.TB, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(apiDir, name))
	if err != nil {
		t.Fatalf("reading canned API answer: %v", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("decoding %s: %v", name, err)
	}
}

// eventQueries returns the /api/events queries received so far.
func (f *fakeAPI) eventQueries() []url.Values {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.queries)
}

// ServeHTTP answers one API request.
func (f *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	switch p := r.URL.Path; {
	case p == "/api/stats":
		f.file(w, http.StatusOK, "stats.json")
	case p == "/api/events":
		f.mu.Lock()
		f.queries = append(f.queries, q)
		f.mu.Unlock()
		f.eventsPage(w, q)
	case strings.HasPrefix(p, "/api/events/"):
		id := strings.TrimPrefix(p, "/api/events/")
		if _, err := strconv.Atoi(id); err != nil {
			f.file(w, http.StatusBadRequest, "error-quad.json")
			return
		}
		if _, err := os.Stat(filepath.Join(apiDir, "event-"+id+".json")); err != nil {
			f.file(w, http.StatusNotFound, "error-not-found.json")
			return
		}
		f.file(w, http.StatusOK, "event-"+id+".json")
	case p == "/api/series":
		if q.Get("source") == "USA" && q.Get("target") == "CHN" {
			f.file(w, http.StatusOK, "series.json")
			return
		}
		f.file(w, http.StatusOK, "series-empty.json")
	case p == "/api/network":
		f.file(w, http.StatusOK, "network.json")
	default:
		f.file(w, http.StatusNotFound, "error-not-found.json")
	}
}

// file writes testdata/api/name with status.
func (f *fakeAPI) file(w http.ResponseWriter, status int, name string) {
	b, err := os.ReadFile(filepath.Join(apiDir, name))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// pageSize is the fake's largest page, so that the UI's paging runs.
const pageSize = 4

// eventsPage answers /api/events.
func (f *fakeAPI) eventsPage(w http.ResponseWriter, q url.Values) {
	if v := q.Get("quad"); v != "" {
		if n, err := strconv.Atoi(v); err != nil || n < 1 || n > 4 {
			f.file(w, http.StatusBadRequest, "error-quad.json")
			return
		}
	}
	if q.Get("format") == "csv" {
		w.Header().Set("Content-Type", "text/csv")
		fmt.Fprintln(w, "id,date")
		return
	}
	var match []map[string]any
	for _, ev := range f.events {
		if keep(ev, q) {
			match = append(match, ev)
		}
	}
	limit := pageSize
	if n, err := strconv.Atoi(q.Get("limit")); err == nil && n > 0 && n < limit {
		limit = n
	}
	start := 0
	if c := q.Get("cursor"); c != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(c, "c"))
		if err != nil || n < 0 || n > len(match) {
			http.Error(w, `{"error":{"status":400,"code":"invalid_cursor","message":"bad cursor","parameter":"cursor"}}`, http.StatusBadRequest)
			return
		}
		start = n
	}
	end := min(start+limit, len(match))
	var next any
	if end < len(match) {
		next = "c" + strconv.Itoa(end)
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"events": append([]map[string]any{}, match[start:end]...), "next_cursor": next})
}

// keep reports whether canned event ev passes the filters of q that the
// fake implements.
func keep(ev map[string]any, q url.Values) bool {
	code := func(side string) string {
		a, _ := ev[side].(map[string]any)
		s, _ := a["code"].(string)
		return s
	}
	actorMatch := func(pattern, code string) bool {
		if p, ok := strings.CutSuffix(pattern, "*"); ok {
			return strings.HasPrefix(code, p)
		}
		return code == pattern
	}
	if a := q.Get("actor"); a != "" && !actorMatch(a, code("source")) && !actorMatch(a, code("target")) {
		return false
	}
	if a := q.Get("source"); a != "" && !actorMatch(a, code("source")) {
		return false
	}
	if a := q.Get("target"); a != "" && !actorMatch(a, code("target")) {
		return false
	}
	if v := q.Get("quad"); v != "" && fmt.Sprint(ev["quad_class"]) != v {
		return false
	}
	if v := q.Get("q"); v != "" {
		// The canned events carry no sentences; "nothing" is the one
		// query the tests use, and it matches no event.
		return false
	}
	return true
}
