package api

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"tacitus/store"
	"tacitus/store/storetest"
)

// fixture is the store shared by the read-only tests: 3,000 synthetic
// mentions (storetest.Synthesize).
var fixture store.Store

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tacitus-api-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := func() int {
		ctx := context.Background()
		st, err := store.OpenSQLite(ctx, filepath.Join(dir, "fixture.db"))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer st.Close()
		var bs []store.ArticleBatch
		for b := range storetest.Synthesize(3000) {
			bs = append(bs, b)
		}
		if err := st.WriteArticles(ctx, bs); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fixture = st
		return m.Run()
	}()
	os.RemoveAll(dir)
	os.Exit(code)
}

// topDyad returns the two most frequent synthetic actors.
func topDyad() (string, string) {
	a := storetest.SynthActors()
	return a[0], a[1]
}

func TestReadEndpoints(t *testing.T) {
	srv := newTestServer(t, fixture, true)
	src, tgt := topDyad()
	first := decode[EventPage](t, get(t, srv, "/api/events", "/api/events?limit=1"))
	if len(first.Events) != 1 {
		t.Fatalf("no events in the fixture")
	}
	firstID := first.Events[0].ID
	tests := []struct {
		name    string
		url     string
		op      string
		status  int
		param   string // the parameter a 400 must name
		errCode string
		check   func(t *testing.T, c call)
	}{
		{name: "openapi", url: "/api/openapi.json", op: "/api/openapi.json", status: 200,
			check: func(t *testing.T, c call) {
				if !bytes.Equal(bytes.TrimSpace(c.body), bytes.TrimSpace(OpenAPI)) {
					t.Error("served document differs from the embedded one")
				}
			}},
		{name: "events default page", url: "/api/events", op: "/api/events", status: 200,
			check: func(t *testing.T, c call) {
				p := decode[EventPage](t, c)
				if len(p.Events) != store.DefaultLimit || p.NextCursor == nil {
					t.Errorf("got %d events, cursor %v; want %d and a cursor", len(p.Events), p.NextCursor, store.DefaultLimit)
				}
				for i := 1; i < len(p.Events); i++ {
					a, b := p.Events[i-1], p.Events[i]
					if a.Date != nil && b.Date != nil && *a.Date < *b.Date {
						t.Fatalf("events not newest first: %s before %s", *a.Date, *b.Date)
					}
				}
			}},
		{name: "events by dyad and month", url: "/api/events?source=" + src + "&target=" + tgt + "&from=2023-03-01&to=2023-03-31&limit=1000", op: "/api/events", status: 200,
			check: func(t *testing.T, c call) {
				p := decode[EventPage](t, c)
				if len(p.Events) == 0 {
					t.Fatal("no events for the top dyad in March 2023")
				}
				for _, e := range p.Events {
					if e.Source.Code != src || e.Target == nil || e.Target.Code != tgt || *e.Date < "2023-03-01" || *e.Date > "2023-03-31" {
						t.Fatalf("event %d (%s→%v on %v) breaks the filter", e.ID, e.Source.Code, e.Target, *e.Date)
					}
				}
			}},
		{name: "events by actor prefix and quad", url: "/api/events?actor=" + src[:3] + "*&quad=4&limit=50", op: "/api/events", status: 200,
			check: func(t *testing.T, c call) {
				for _, e := range decode[EventPage](t, c).Events {
					if e.QuadClass != 4 || (!strings.HasPrefix(e.Source.Code, src[:3]) && (e.Target == nil || !strings.HasPrefix(e.Target.Code, src[:3]))) {
						t.Fatalf("event %d breaks the filter", e.ID)
					}
				}
			}},
		{name: "events in a bbox", url: "/api/events?bbox=-180,-90,180,90&include_flagged=true", op: "/api/events", status: 200,
			check: func(t *testing.T, c call) {
				for _, e := range decode[EventPage](t, c).Events {
					if e.Location == nil || e.Location.Lat == nil {
						t.Fatalf("event %d has no coordinates", e.ID)
					}
				}
			}},
		{name: "full-text search with operators", url: "/api/events?q=%22*+AND+(+OR+NOT", op: "/api/events", status: 200},
		{name: "full-text search", url: "/api/events?q=capital&limit=5", op: "/api/events", status: 200},
		{name: "country filter", url: "/api/events?country=irq&include_flagged=1", op: "/api/events", status: 200,
			check: func(t *testing.T, c call) {
				for _, e := range decode[EventPage](t, c).Events {
					if e.Location == nil || e.Location.Country == nil || *e.Location.Country != "IRQ" {
						t.Fatalf("event %d is not in IRQ", e.ID)
					}
				}
			}},
		{name: "bad country", url: "/api/events?country=Iraq", op: "/api/events", status: 400, param: "country", errCode: CodeInvalidParameter},
		{name: "bad include_flagged", url: "/api/events?include_flagged=maybe", op: "/api/events", status: 400, param: "include_flagged", errCode: CodeInvalidParameter},
		{name: "limit zero", url: "/api/events?limit=0", op: "/api/events", status: 400, param: "limit", errCode: CodeInvalidParameter},
		{name: "limit above cap", url: "/api/events?limit=1001", op: "/api/events", status: 400, param: "limit", errCode: CodeInvalidParameter},
		{name: "bad date", url: "/api/events?from=2023-13-01", op: "/api/events", status: 400, param: "from", errCode: CodeInvalidParameter},
		{name: "to before from", url: "/api/events?from=2023-02-01&to=2023-01-01", op: "/api/events", status: 400, param: "to", errCode: CodeInvalidParameter},
		{name: "bad bbox", url: "/api/events?bbox=1,2,3", op: "/api/events", status: 400, param: "bbox", errCode: CodeInvalidParameter},
		{name: "inverted bbox", url: "/api/events?bbox=10,10,0,0", op: "/api/events", status: 400, param: "bbox", errCode: CodeInvalidParameter},
		{name: "bad quad", url: "/api/events?quad=5", op: "/api/events", status: 400, param: "quad", errCode: CodeInvalidParameter},
		{name: "bad cameo", url: "/api/events?cameo=abc", op: "/api/events", status: 400, param: "cameo", errCode: CodeInvalidParameter},
		{name: "bad actor", url: "/api/events?actor=US%27%3B--", op: "/api/events", status: 400, param: "actor", errCode: CodeInvalidParameter},
		{name: "unknown parameter", url: "/api/events?sauce=USA", op: "/api/events", status: 400, param: "sauce", errCode: CodeInvalidParameter},
		{name: "repeated parameter", url: "/api/events?quad=1&quad=2", op: "/api/events", status: 400, param: "quad", errCode: CodeInvalidParameter},
		{name: "bad format", url: "/api/events?format=xml", op: "/api/events", status: 400, param: "format", errCode: CodeInvalidParameter},
		{name: "bad cursor", url: "/api/events?cursor=garbage", op: "/api/events", status: 400, param: "cursor", errCode: CodeInvalidCursor},
		{name: "event detail", url: fmt.Sprintf("/api/events/%d", firstID), op: "/api/events/{id}", status: 200,
			check: func(t *testing.T, c call) {
				d := decode[EventDetail](t, c)
				if d.Event.ID != firstID || len(d.Mentions) != d.Event.NumMentions {
					t.Fatalf("event %d with %d mentions, want %d with %d", d.Event.ID, len(d.Mentions), firstID, d.Event.NumMentions)
				}
				checkHighlights(t, d.Mentions)
			}},
		{name: "event id zero", url: "/api/events/0", op: "/api/events/{id}", status: 400, param: "id", errCode: CodeInvalidParameter},
		{name: "event id not a number", url: "/api/events/abc", op: "/api/events/{id}", status: 400, param: "id", errCode: CodeInvalidParameter},
		{name: "event not found", url: "/api/events/999999999", op: "/api/events/{id}", status: 404, errCode: CodeNotFound},
		{name: "weekly dyad series", url: "/api/series?source=" + src + "&target=" + tgt + "&interval=week&from=2023-01-01&to=2023-12-31&normalize=articles", op: "/api/series", status: 200,
			check: func(t *testing.T, c call) {
				s := decode[Series](t, c)
				if len(s.Points) == 0 || s.Interval != "week" {
					t.Fatalf("got %d points, interval %q", len(s.Points), s.Interval)
				}
				for _, p := range s.Points {
					if p.Start < "2022-12-26" || p.Start > "2023-12-31" || p.Events < 1 || p.PerKArticles == nil {
						t.Fatalf("bad point %+v", p)
					}
				}
			}},
		{name: "series bad interval", url: "/api/series?interval=year", op: "/api/series", status: 400, param: "interval", errCode: CodeInvalidParameter},
		{name: "series prefix", url: "/api/series?source=USA*", op: "/api/series", status: 400, param: "source", errCode: CodeInvalidParameter},
		{name: "network", url: "/api/network?from=2023-01-01&to=2023-01-31&limit=10", op: "/api/network", status: 200,
			check: func(t *testing.T, c call) {
				n := decode[Network](t, c)
				if len(n.Nodes) == 0 || len(n.Nodes) > 10 || len(n.Edges) == 0 {
					t.Fatalf("%d nodes, %d edges", len(n.Nodes), len(n.Edges))
				}
				for _, nd := range n.Nodes {
					if nd.Label == "" {
						t.Errorf("node %s has no label", nd.Code)
					}
				}
			}},
		{name: "network limit zero", url: "/api/network?limit=0", op: "/api/network", status: 400, param: "limit", errCode: CodeInvalidParameter},
		{name: "top actors", url: "/api/actors/top?limit=5", op: "/api/actors/top", status: 200,
			check: func(t *testing.T, c call) {
				a := decode[TopActors](t, c).Actors
				if len(a) != 5 || a[0].Events < a[4].Events {
					t.Fatalf("top actors %+v", a)
				}
			}},
		{name: "unknown actors", url: "/api/actors/unknown?limit=5", op: "/api/actors/unknown", status: 200},
		{name: "stats", url: "/api/stats", op: "/api/stats", status: 200,
			check: func(t *testing.T, c call) {
				s := decode[Stats](t, c)
				if s.Mentions != 3000 || s.Events == 0 || s.Events > s.Mentions || s.Backend == "" {
					t.Fatalf("stats %+v", s)
				}
			}},
		{name: "stats with parameter", url: "/api/stats?x=1", op: "/api/stats", status: 400, param: "x", errCode: CodeInvalidParameter},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := get(t, srv, tc.op, tc.url)
			if c.status != tc.status {
				t.Fatalf("status %d, want %d: %s", c.status, tc.status, c.body)
			}
			if tc.status >= 400 {
				e := decode[errBody](t, c)
				if e.Error.Param != tc.param || e.Error.Code != tc.errCode || e.Error.Message == "" {
					t.Errorf("error %+v, want parameter %q code %q", e.Error, tc.param, tc.errCode)
				}
			}
			if tc.check != nil {
				tc.check(t, c)
			}
		})
	}
}

// checkHighlights checks that every highlight is the text of its span in
// the sentence, in bytes and in UTF-16 units.
func checkHighlights(t *testing.T, ms []Mention) {
	t.Helper()
	for _, m := range ms {
		if m.Highlights.Verb == nil {
			t.Errorf("mention %s: no verb highlight", m.RecordID)
		}
		for _, h := range []*Highlight{m.Highlights.Source, m.Highlights.Verb, m.Highlights.Target} {
			if h == nil {
				continue
			}
			if m.Sentence.Text[h.Start:h.End] != h.Text {
				t.Errorf("mention %s: [%d,%d) is %q, not %q", m.RecordID, h.Start, h.End, m.Sentence.Text[h.Start:h.End], h.Text)
			}
			if h.StartUTF16 != utf16Len(m.Sentence.Text[:h.Start]) || h.EndUTF16-h.StartUTF16 != utf16Len(h.Text) {
				t.Errorf("mention %s: UTF-16 span [%d,%d) wrong", m.RecordID, h.StartUTF16, h.EndUTF16)
			}
		}
	}
}

func TestOtherPaths(t *testing.T) {
	srv := newTestServer(t, fixture, true)
	tests := []struct {
		name   string
		method string
		url    string
		status int
		ctype  string
	}{
		{name: "unknown API path", method: "GET", url: "/api/nope", status: 404, ctype: "application/json"},
		{name: "wrong method", method: "DELETE", url: "/api/events", status: 405, ctype: "application/json"},
		{name: "placeholder page", method: "GET", url: "/", status: 200, ctype: "text/plain; charset=utf-8"},
		{name: "no such page", method: "GET", url: "/nope", status: 404, ctype: "text/plain; charset=utf-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := do(t, srv, tc.method, "", tc.url, nil, nil)
			if c.status != tc.status || c.header.Get("Content-Type") != tc.ctype {
				t.Fatalf("status %d %q, want %d %q", c.status, c.header.Get("Content-Type"), tc.status, tc.ctype)
			}
			if tc.ctype == "application/json" {
				if err := schemaAt(t, "/components/schemas/Error").Validate(mustJSON(t, c.body)); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func mustJSON(t *testing.T, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestPagination(t *testing.T) {
	srv := newTestServer(t, fixture, true)
	src, _ := topDyad()
	filter := "actor=" + src + "&include_flagged=true"
	all := decode[EventPage](t, get(t, srv, "/api/events", "/api/events?limit=1000&"+filter))
	if len(all.Events) < 20 || all.NextCursor != nil {
		t.Fatalf("%d events in one page (cursor %v): the fixture is too small or too big", len(all.Events), all.NextCursor)
	}
	var paged []int64
	cursor := ""
	for pages := 0; ; pages++ {
		if pages > len(all.Events) {
			t.Fatal("pagination does not end")
		}
		u := "/api/events?limit=7&" + filter
		if cursor != "" {
			u += "&cursor=" + url.QueryEscape(cursor)
		}
		p := decode[EventPage](t, get(t, srv, "/api/events", u))
		if len(p.Events) > 7 {
			t.Fatalf("page of %d events", len(p.Events))
		}
		for _, e := range p.Events {
			paged = append(paged, e.ID)
		}
		if p.NextCursor == nil {
			break
		}
		cursor = *p.NextCursor
	}
	if len(paged) != len(all.Events) {
		t.Fatalf("paged %d events, want %d", len(paged), len(all.Events))
	}
	for i, e := range all.Events {
		if paged[i] != e.ID {
			t.Fatalf("event %d: paged id %d, want %d", i, paged[i], e.ID)
		}
	}
	// A cursor is bound to its filters.
	c := get(t, srv, "/api/events", "/api/events?limit=7&actor="+src+"&cursor="+url.QueryEscape(firstCursor(t, srv, filter)))
	if c.status != http.StatusBadRequest {
		t.Errorf("cursor reused with other filters: status %d, want 400", c.status)
	}
}

func firstCursor(t *testing.T, srv *httptest.Server, filter string) string {
	t.Helper()
	p := decode[EventPage](t, get(t, srv, "/api/events", "/api/events?limit=7&"+filter))
	return *p.NextCursor
}

func TestDownload(t *testing.T) {
	srv := newTestServer(t, fixture, true)
	src, _ := topDyad()
	filter := "actor=" + src
	want := decode[EventPage](t, get(t, srv, "/api/events", "/api/events?limit=1000&"+filter)).Events
	t.Run("csv", func(t *testing.T) {
		c := get(t, srv, "/api/events", "/api/events?format=csv&limit=3&"+filter)
		if c.status != 200 || !strings.HasPrefix(c.header.Get("Content-Type"), "text/csv") ||
			!strings.Contains(c.header.Get("Content-Disposition"), "events.csv") {
			t.Fatalf("status %d, headers %v", c.status, c.header)
		}
		rows, err := csv.NewReader(bytes.NewReader(c.body)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(rows[0], ",") != strings.Join(DownloadColumns, ",") {
			t.Fatalf("header %v", rows[0])
		}
		if len(rows)-1 != len(want) {
			t.Fatalf("%d rows, want %d (limit is ignored by downloads)", len(rows)-1, len(want))
		}
		for i, r := range rows[1:] {
			if r[0] != fmt.Sprint(want[i].ID) || r[3] != want[i].Source.Code {
				t.Fatalf("row %d: %v, want event %d", i, r[:4], want[i].ID)
			}
		}
	})
	t.Run("jsonl", func(t *testing.T) {
		c := get(t, srv, "/api/events", "/api/events?format=jsonl&"+filter)
		lines := strings.Split(strings.TrimSpace(string(c.body)), "\n")
		if c.status != 200 || len(lines) != len(want) {
			t.Fatalf("status %d, %d lines, want %d", c.status, len(lines), len(want))
		}
		s := schemaAt(t, "/components/schemas/Event")
		for _, l := range lines {
			if err := s.Validate(mustJSON(t, []byte(l))); err != nil {
				t.Fatal(err)
			}
		}
	})
	t.Run("parquet", func(t *testing.T) {
		c := get(t, srv, "/api/events", "/api/events?format=parquet&"+filter)
		if c.status != 200 || c.header.Get("Content-Type") != "application/vnd.apache.parquet" {
			t.Fatalf("status %d, headers %v", c.status, c.header)
		}
		rows, err := parquet.Read[downloadRow](bytes.NewReader(c.body), int64(len(c.body)))
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(want) || rows[0].ID != want[0].ID {
			t.Fatalf("%d rows, want %d", len(rows), len(want))
		}
	})
}
