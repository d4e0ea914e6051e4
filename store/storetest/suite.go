package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"tacitus/article"
	"tacitus/store"
)

// Opener returns a new, empty store for one test; it arranges for the
// store to be closed (and its data removed) when the test ends.
type Opener func(t *testing.T) store.Store

// Run runs the behaviour every backend must show, each case on a fresh
// store from open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open Opener)
	}{
		{name: "RoundTrip", fn: testRoundTrip},
		{name: "Dedup", fn: testDedup},
		{name: "Filters", fn: testFilters},
		{name: "FullText", fn: testFullText},
		{name: "Pagination", fn: testPagination},
		{name: "Atomicity", fn: testAtomicity},
		{name: "Rewrite", fn: testRewrite},
		{name: "Syndication", fn: testSyndication},
		{name: "Aggregates", fn: testAggregates},
		{name: "AggregatesMatchEvents", fn: testAggregatesMatchEvents},
		{name: "NetworkFollowsWrites", fn: testNetworkFollowsWrites},
		{name: "Errors", fn: testErrors},
		{name: "Concurrency", fn: testConcurrency},
		{name: "Articles", fn: testArticles},
		{name: "Match", fn: testMatch},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

func write(t *testing.T, s store.Store, bs ...store.ArticleBatch) {
	t.Helper()
	if err := s.WriteArticles(context.Background(), bs); err != nil {
		t.Fatalf("WriteArticles: %v", err)
	}
}

// all returns every event matching f, following cursors with small pages.
func all(t *testing.T, s store.Store, f store.Filter) []store.Event {
	t.Helper()
	var out []store.Event
	q := store.EventQuery{Filter: f, Limit: 3}
	for {
		p, err := s.Events(context.Background(), q)
		if err != nil {
			t.Fatalf("Events(%+v): %v", q, err)
		}
		out = append(out, p.Events...)
		if p.Next == "" {
			return out
		}
		q.Cursor = p.Next
	}
}

// label names an event for comparisons: "SRC>TGT cameo date".
func label(e store.Event) string {
	d := "-"
	if !e.Date.IsZero() {
		d = e.Date.Format(time.DateOnly)
	}
	return e.Source.Code + ">" + e.Target.Code + " " + e.CAMEO + " " + d
}

func labels(es []store.Event) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = label(e)
	}
	sort.Strings(out)
	return out
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	j, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(j)
}

func testRoundTrip(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	b := batch("rt-1", "Reuters", "2024-03-05",
		ev{src: "USA", tgt: "CHN", cameo: "042", date: "2024-03-04", geo: 2988507, sentence: "Washington's envoy visited Beijing on Monday."},
		ev{src: "FRA", tgt: "", cameo: "010", date: "2024-03-05", sentence: "París said nothing — ça va."},
	)
	b.Mentions[0].Issues = []string{"TRADE"}
	b.Mentions[0].Source.Sectors = []string{"GOV"}
	b.Mentions[0].Flags.Quoted = true
	b.Article.Dateline = "PARIS, March 5"
	b.Article.Title = "Diplomatic talks resume"
	b.Mentions = append(b.Mentions, store.Mention{SentenceIndex: store.TitleSentence, Date: day("2024-03-01"), DatePrecision: store.PrecisionDay,
		Source: store.Actor{Code: "USA"}, Target: store.Actor{Code: "CHN"}, CAMEO: "043", Root: "04", QuadClass: 1, Goldstein: 2.8})
	write(t, s, b)
	title := all(t, s, store.Filter{CAMEO: "043"})
	if len(title) != 1 {
		t.Fatalf("title event: %v", labels(title))
	}
	td, err := s.Event(ctx, title[0].ID)
	if err != nil || len(td.Mentions) != 1 || td.Mentions[0].Sentence != "Diplomatic talks resume" {
		t.Fatalf("title event detail: %+v, %v", td, err)
	}
	if got := labels(all(t, s, store.Filter{Q: "diplomatic"})); len(got) != 1 || got[0] != "USA>CHN 043 2024-03-01" {
		t.Errorf("full text over the title: %v", got)
	}
	b.Mentions = b.Mentions[:2]
	write(t, s, b)

	seen, err := s.SeenArticle(ctx, "rt-1")
	if err != nil || !seen {
		t.Fatalf("SeenArticle(rt-1) = %v, %v; want true", seen, err)
	}
	if seen, _ := s.SeenArticle(ctx, "nope"); seen {
		t.Fatalf("SeenArticle(nope) = true")
	}
	es := all(t, s, store.Filter{})
	if got, want := labels(es), []string{"FRA> 010 2024-03-05", "USA>CHN 042 2024-03-04"}; !slices.Equal(got, want) {
		t.Fatalf("events = %v, want %v", got, want)
	}
	if es[0].CAMEO != "010" {
		t.Errorf("first event %s, want the newest (010)", label(es[0]))
	}
	e := es[1]
	if e.Source.Name != "NAME USA" || e.Target.Country != "CHN" || e.QuadClass != 1 || e.Goldstein != 1.9 ||
		e.PLOVER != "PLOVER04" || e.Root != "04" || e.Location == nil || e.Location.GeonameID != 2988507 ||
		e.NumMentions != 1 || e.NumArticles != 1 || e.NumSources != 1 || e.DatePrecision != store.PrecisionDay {
		t.Errorf("event = %+v", e)
	}
	d, err := s.Event(ctx, e.ID)
	if err != nil {
		t.Fatalf("Event(%d): %v", e.ID, err)
	}
	if len(d.Mentions) != 1 {
		t.Fatalf("mentions = %d, want 1", len(d.Mentions))
	}
	md := d.Mentions[0]
	if md.Sentence != "Washington's envoy visited Beijing on Monday." || md.SentenceSpan != b.Sentences[0] {
		t.Errorf("sentence = %q %+v", md.Sentence, md.SentenceSpan)
	}
	if md.ArticleID != "rt-1" || md.ArticleSource != "Reuters" || md.ArticleURL != "https://example.org/rt-1" ||
		!md.ArticleDate.Equal(day("2024-03-05")) || md.CopyOf != "" {
		t.Errorf("provenance = %+v", md)
	}
	if got, want := mustJSON(t, md.Mention), mustJSON(t, b.Mentions[0]); got != want {
		t.Errorf("mention round trip:\n got %s\nwant %s", got, want)
	}
	d2, err := s.Event(ctx, es[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := d2.Mentions[0].Sentence; got != "París said nothing — ça va." {
		t.Errorf("multibyte sentence = %q", got)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.Sentences != 3 || st.Events != 2 || st.Mentions != 2 || st.SchemaVersion < 1 ||
		!st.FirstEvent.Equal(day("2024-03-04")) || !st.LastEvent.Equal(day("2024-03-05")) {
		t.Errorf("stats = %+v", st)
	}
}

func testDedup(t *testing.T, open Opener) {
	base := ev{src: "USA", tgt: "CHN", cameo: "042", date: "2024-01-10"}
	with := func(f func(*ev)) ev {
		e := base
		f(&e)
		return e
	}
	type art struct {
		source string
		evs    []ev
	}
	tests := []struct {
		name     string
		articles []art
		// want is each default-visible event's NumMentions/NumArticles/
		// NumSources, sorted.
		want []string
		// flagged is the number of extra events visible with IncludeFlagged.
		flagged int
	}{
		{name: "same day and key merge", articles: []art{{source: "A", evs: []ev{base}}, {source: "B", evs: []ev{base}}},
			want: []string{"2/2/2"}},
		{name: "same publisher counts once", articles: []art{{source: "A", evs: []ev{base}}, {source: "A", evs: []ev{base}}},
			want: []string{"2/2/1"}},
		{name: "twice in one article", articles: []art{{source: "A", evs: []ev{base, base}}},
			want: []string{"2/1/1"}},
		{name: "different day", articles: []art{{source: "A", evs: []ev{base}}, {source: "B", evs: []ev{with(func(e *ev) { e.date = "2024-01-11" })}}},
			want: []string{"1/1/1", "1/1/1"}},
		{name: "month precision never merges", articles: []art{
			{source: "A", evs: []ev{with(func(e *ev) { e.date, e.prec = "2024-01-01", store.PrecisionMonth })}},
			{source: "B", evs: []ev{with(func(e *ev) { e.date, e.prec = "2024-01-01", store.PrecisionMonth })}}},
			want: []string{"1/1/1", "1/1/1"}},
		{name: "year precision never merges with day", articles: []art{
			{source: "A", evs: []ev{with(func(e *ev) { e.prec = store.PrecisionYear })}},
			{source: "B", evs: []ev{base}}},
			want: []string{"1/1/1", "1/1/1"}},
		{name: "flagged not merged", articles: []art{
			{source: "A", evs: []ev{base}},
			{source: "B", evs: []ev{with(func(e *ev) { e.flags.Negated = true })}},
			{source: "C", evs: []ev{with(func(e *ev) { e.flags.Hypothetical = true })}},
			{source: "D", evs: []ev{with(func(e *ev) { e.flags.Historical = true })}},
			{source: "E", evs: []ev{with(func(e *ev) { e.flags.Future = true })}}},
			want: []string{"1/1/1"}, flagged: 4},
		{name: "quoted merges", articles: []art{{source: "A", evs: []ev{base}}, {source: "B", evs: []ev{with(func(e *ev) { e.flags.Quoted = true })}}},
			want: []string{"2/2/2"}},
		{name: "null geonameid equals null", articles: []art{
			{source: "A", evs: []ev{base}},
			{source: "B", evs: []ev{with(func(e *ev) { e.loc = &store.Location{Name: "somewhere", Country: "CHN"} })}}},
			want: []string{"2/2/2"}},
		{name: "same geonameid merges", articles: []art{
			{source: "A", evs: []ev{with(func(e *ev) { e.geo = 1816670 })}}, {source: "B", evs: []ev{with(func(e *ev) { e.geo = 1816670 })}}},
			want: []string{"2/2/2"}},
		{name: "geonameid differs from null", articles: []art{
			{source: "A", evs: []ev{with(func(e *ev) { e.geo = 1816670 })}}, {source: "B", evs: []ev{base}}},
			want: []string{"1/1/1", "1/1/1"}},
		{name: "different geonameid", articles: []art{
			{source: "A", evs: []ev{with(func(e *ev) { e.geo = 1816670 })}}, {source: "B", evs: []ev{with(func(e *ev) { e.geo = 1796236 })}}},
			want: []string{"1/1/1", "1/1/1"}},
		{name: "different cameo", articles: []art{
			{source: "A", evs: []ev{base}}, {source: "B", evs: []ev{with(func(e *ev) { e.cameo = "043" })}}},
			want: []string{"1/1/1", "1/1/1"}},
		{name: "reversed dyad", articles: []art{
			{source: "A", evs: []ev{base}}, {source: "B", evs: []ev{with(func(e *ev) { e.src, e.tgt = e.tgt, e.src })}}},
			want: []string{"1/1/1", "1/1/1"}},
		{name: "no date never merges", articles: []art{
			{source: "A", evs: []ev{with(func(e *ev) { e.date, e.prec = "", "none" })}},
			{source: "B", evs: []ev{with(func(e *ev) { e.date, e.prec = "", "none" })}}},
			want: []string{"1/1/1", "1/1/1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			var bs []store.ArticleBatch
			for i, a := range tc.articles {
				bs = append(bs, batch(fmt.Sprintf("dd-%d", i), a.source, "2024-01-12", a.evs...))
			}
			// One transaction for half, one per article for the rest:
			// merging must not depend on batching.
			half := len(bs) / 2
			write(t, s, bs[:half]...)
			for _, b := range bs[half:] {
				write(t, s, b)
			}
			var got []string
			for _, e := range all(t, s, store.Filter{}) {
				got = append(got, fmt.Sprintf("%d/%d/%d", e.NumMentions, e.NumArticles, e.NumSources))
			}
			sort.Strings(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("events = %v, want %v", got, tc.want)
			}
			withFlagged := all(t, s, store.Filter{IncludeFlagged: true})
			if len(withFlagged) != len(tc.want)+tc.flagged {
				t.Errorf("with flagged: %d events, want %d", len(withFlagged), len(tc.want)+tc.flagged)
			}
			var mentions int
			for _, e := range withFlagged {
				mentions += e.NumMentions
				if e.Flags.Excluding() && e.NumMentions != 1 {
					t.Errorf("flagged event %s merged %d mentions", label(e), e.NumMentions)
				}
			}
			var want int
			for _, a := range tc.articles {
				want += len(a.evs)
			}
			if mentions != want {
				t.Errorf("mentions kept = %d, want %d", mentions, want)
			}
		})
	}
}

// filterFixture is a small set of varied events.
func filterFixture() []store.ArticleBatch {
	paris := &store.Location{Name: "Paris", Country: "FRA", Lat: ptr(48.85), Lon: ptr(2.35), GeonameID: 2988507}
	kyiv := &store.Location{Name: "Kyiv", Country: "UKR", Lat: ptr(50.45), Lon: ptr(30.52), GeonameID: 703448}
	return []store.ArticleBatch{
		batch("f-1", "A", "2024-02-01",
			ev{src: "USA", tgt: "CHN", cameo: "042", date: "2024-02-01", loc: paris, sentence: "The American delegation visited the Chinese ministry."},
			ev{src: "USAGOV", tgt: "RUS", cameo: "112", date: "2024-02-03", sentence: "Washington accused Moscow of lying about troops."},
		),
		batch("f-2", "B", "2024-02-10",
			ev{src: "RUS", tgt: "UKR", cameo: "190", date: "2024-02-10", loc: kyiv, sentence: "Russian forces shelled Kyiv overnight."},
			ev{src: "UKR", tgt: "RUS", cameo: "193", date: "2024-02-11", loc: kyiv, sentence: "Ukrainian troops fought back near the capital."},
			ev{src: "CHN", tgt: "USA", cameo: "036", date: "2024-03-01", sentence: "Beijing said it wants to meet American officials."},
			ev{src: "FRA", tgt: "USA", cameo: "057", date: "2024-03-02", flags: store.Flags{Future: true}, sentence: "Paris will sign an agreement with Washington next year."},
		),
	}
}

func testFilters(t *testing.T, open Opener) {
	s := open(t)
	write(t, s, filterFixture()...)
	tests := []struct {
		name   string
		filter store.Filter
		want   []string
	}{
		{name: "none", filter: store.Filter{}, want: []string{"CHN>USA 036 2024-03-01", "RUS>UKR 190 2024-02-10", "UKR>RUS 193 2024-02-11", "USA>CHN 042 2024-02-01", "USAGOV>RUS 112 2024-02-03"}},
		{name: "include flagged", filter: store.Filter{IncludeFlagged: true}, want: []string{"CHN>USA 036 2024-03-01", "FRA>USA 057 2024-03-02", "RUS>UKR 190 2024-02-10", "UKR>RUS 193 2024-02-11", "USA>CHN 042 2024-02-01", "USAGOV>RUS 112 2024-02-03"}},
		{name: "actor either side", filter: store.Filter{Actor: "USA"}, want: []string{"CHN>USA 036 2024-03-01", "USA>CHN 042 2024-02-01"}},
		{name: "actor prefix", filter: store.Filter{Actor: "USA*"}, want: []string{"CHN>USA 036 2024-03-01", "USA>CHN 042 2024-02-01", "USAGOV>RUS 112 2024-02-03"}},
		{name: "source", filter: store.Filter{Source: "RUS"}, want: []string{"RUS>UKR 190 2024-02-10"}},
		{name: "target", filter: store.Filter{Target: "RUS"}, want: []string{"UKR>RUS 193 2024-02-11", "USAGOV>RUS 112 2024-02-03"}},
		{name: "dyad", filter: store.Filter{Source: "UKR", Target: "RUS"}, want: []string{"UKR>RUS 193 2024-02-11"}},
		{name: "cameo", filter: store.Filter{CAMEO: "190"}, want: []string{"RUS>UKR 190 2024-02-10"}},
		{name: "root", filter: store.Filter{Root: "19"}, want: []string{"RUS>UKR 190 2024-02-10", "UKR>RUS 193 2024-02-11"}},
		{name: "quad", filter: store.Filter{Quad: 1}, want: []string{"CHN>USA 036 2024-03-01", "USA>CHN 042 2024-02-01"}},
		{name: "plover", filter: store.Filter{PLOVER: "PLOVER11"}, want: []string{"USAGOV>RUS 112 2024-02-03"}},
		{name: "from to inclusive", filter: store.Filter{From: day("2024-02-03"), To: day("2024-02-10")}, want: []string{"RUS>UKR 190 2024-02-10", "USAGOV>RUS 112 2024-02-03"}},
		{name: "to only", filter: store.Filter{To: day("2024-02-01")}, want: []string{"USA>CHN 042 2024-02-01"}},
		{name: "country", filter: store.Filter{Country: "UKR"}, want: []string{"RUS>UKR 190 2024-02-10", "UKR>RUS 193 2024-02-11"}},
		{name: "bbox", filter: store.Filter{BBox: &store.BBox{MinLat: 40, MinLon: -5, MaxLat: 50, MaxLon: 10}}, want: []string{"USA>CHN 042 2024-02-01"}},
		{name: "combined", filter: store.Filter{Actor: "RUS", Quad: 4, From: day("2024-02-11")}, want: []string{"UKR>RUS 193 2024-02-11"}},
		{name: "nothing", filter: store.Filter{Source: "ZZZ"}, want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := labels(all(t, s, tc.filter))
			if len(got) == 0 {
				got = nil
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func testFullText(t *testing.T, open Opener) {
	s := open(t)
	write(t, s, filterFixture()...)
	tests := []struct {
		name string
		q    string
		want []string
	}{
		{name: "word", q: "shelled", want: []string{"RUS>UKR 190 2024-02-10"}},
		{name: "case and stemming", q: "TROOP", want: []string{"UKR>RUS 193 2024-02-11", "USAGOV>RUS 112 2024-02-03"}},
		{name: "all words must occur", q: "troops capital", want: []string{"UKR>RUS 193 2024-02-11"}},
		{name: "absent word", q: "troops banana", want: nil},
		{name: "punctuation ignored", q: "kyiv!", want: []string{"RUS>UKR 190 2024-02-10"}},
		{name: "flagged hidden", q: "agreement", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := labels(all(t, s, store.Filter{Q: tc.q}))
			if len(got) == 0 {
				got = nil
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("q %q: got %v, want %v", tc.q, got, tc.want)
			}
		})
	}
	got := all(t, s, store.Filter{Q: "agreement", IncludeFlagged: true})
	if len(got) != 1 {
		t.Errorf("flagged by full text: %v", labels(got))
	}
}

func testPagination(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	var bs []store.ArticleBatch
	for i := range 12 {
		d := day("2024-05-01").AddDate(0, 0, i%5).Format(time.DateOnly)
		bs = append(bs, batch(fmt.Sprintf("p-%02d", i), "A", d,
			ev{src: "USA", tgt: "CHN", cameo: "042", date: d, geo: int64(1000 + i)},
			ev{src: "USA", tgt: "RUS", cameo: "111", date: d, geo: int64(1000 + i)}))
	}
	write(t, s, bs...)
	full, err := s.Events(ctx, store.EventQuery{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Events) != 24 || full.Next != "" {
		t.Fatalf("full page: %d events, next %q", len(full.Events), full.Next)
	}
	for i := 1; i < len(full.Events); i++ {
		a, b := full.Events[i-1], full.Events[i]
		if a.Date.Before(b.Date) || (a.Date.Equal(b.Date) && a.ID <= b.ID) {
			t.Fatalf("order broken at %d: %s/%d before %s/%d", i, label(a), a.ID, label(b), b.ID)
		}
	}
	// Page through while new events arrive: every event present at the
	// start is seen exactly once.
	seen := map[int64]int{}
	q := store.EventQuery{Limit: 5}
	for page := 0; ; page++ {
		p, err := s.Events(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Events) > 5 {
			t.Fatalf("page of %d events, limit 5", len(p.Events))
		}
		for _, e := range p.Events {
			seen[e.ID]++
		}
		if p.Next == "" {
			break
		}
		d := day("2024-04-01").AddDate(0, 0, page*20).Format(time.DateOnly)
		write(t, s, batch(fmt.Sprintf("p-new-%d", page), "B", d, ev{src: "GBR", tgt: "FRA", cameo: "051", date: d}))
		q.Cursor = p.Next
	}
	for _, e := range full.Events {
		if seen[e.ID] != 1 {
			t.Errorf("event %d (%s) seen %d times", e.ID, label(e), seen[e.ID])
		}
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("event %d seen %d times", id, n)
		}
	}
	// A cursor is bound to its filters.
	p, err := s.Events(ctx, store.EventQuery{Filter: store.Filter{Source: "USA"}, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Events(ctx, store.EventQuery{Filter: store.Filter{Source: "GBR"}, Cursor: p.Next}); !errors.Is(err, store.ErrInvalidCursor) {
		t.Errorf("cursor reused with other filters: err = %v, want ErrInvalidCursor", err)
	}
	for _, c := range []string{"garbage!", "MS4xLjI", "Mi4xLjIuYWJj"} {
		if _, err := s.Events(ctx, store.EventQuery{Cursor: c}); !errors.Is(err, store.ErrInvalidCursor) {
			t.Errorf("cursor %q: err = %v, want ErrInvalidCursor", c, err)
		}
	}
}

// failingCtx is a context that reports itself canceled from the n-th time
// its Done channel is asked for: it makes a write fail at varying points
// inside its transaction.
type failingCtx struct {
	context.Context
	calls, after int64
	done         chan struct{}
	once         sync.Once
}

func newFailingCtx(after int64) *failingCtx {
	return &failingCtx{Context: context.Background(), after: after, done: make(chan struct{})}
}

func (c *failingCtx) Done() <-chan struct{} {
	if atomic.AddInt64(&c.calls, 1) >= c.after {
		c.once.Do(func() { close(c.done) })
	}
	return c.done
}

func (c *failingCtx) Err() error {
	select {
	case <-c.done:
		return context.Canceled
	default:
		return nil
	}
}

// snapshot is everything observable that a write could change.
func snapshot(t *testing.T, s store.Store) string {
	t.Helper()
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	evs := all(t, s, store.Filter{IncludeFlagged: true})
	var details []store.EventDetail
	for _, e := range evs {
		d, err := s.Event(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		details = append(details, d)
	}
	series, err := s.Series(ctx, store.SeriesQuery{Interval: store.Day, PerArticles: true})
	if err != nil {
		t.Fatal(err)
	}
	top, err := s.TopActors(ctx, store.TopQuery{})
	if err != nil {
		t.Fatal(err)
	}
	unk, err := s.UnknownActors(ctx, store.TopQuery{})
	if err != nil {
		t.Fatal(err)
	}
	return mustJSON(t, []any{st, details, series, top, unk})
}

func testAtomicity(t *testing.T, open Opener) {
	s := open(t)
	fx := filterFixture()
	write(t, s, fx[0])
	before := snapshot(t, s)
	// The second write adds an article and re-codes f-1 differently.
	recoded := batch("f-1", "A", "2024-02-01", ev{src: "GBR", tgt: "IRN", cameo: "130", date: "2024-02-02"})
	bs := []store.ArticleBatch{fx[1], recoded}
	failures := 0
	for after := int64(1); ; after += 1 + after/8 {
		err := s.WriteArticles(newFailingCtx(after), bs)
		if err == nil {
			break
		}
		// The error is context.Canceled or the driver's report of the
		// transaction it rolled back; either way nothing may remain.
		failures++
		if got := snapshot(t, s); got != before {
			t.Fatalf("write failing at step %d left changes:\n got %s\nwant %s", after, got, before)
		}
		if after > 10000 {
			t.Fatal("write never succeeds")
		}
	}
	if failures == 0 {
		t.Fatal("no write failed: the failing context was never consulted")
	}
	if got := labels(all(t, s, store.Filter{})); !slices.Contains(got, "GBR>IRN 130 2024-02-02") || slices.Contains(got, "USA>CHN 042 2024-02-01") {
		t.Errorf("after the successful write: %v", got)
	}
	t.Logf("%d failing points tested", failures)
}

func testRewrite(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	shared := ev{src: "USA", tgt: "CHN", cameo: "042", date: "2024-01-10"}
	a := batch("rw-a", "A", "2024-01-10", shared, ev{src: "IRN", tgt: "ISR", cameo: "173", date: "2024-01-10"},
		ev{src: "", tgt: "ISR", cameo: "111", date: "2024-01-09", srcText: "masked gunmen"})
	b := batch("rw-b", "B", "2024-01-11", shared)
	write(t, s, a, b)
	once := snapshot(t, s)
	write(t, s, a)
	if got := snapshot(t, s); got != once {
		t.Fatalf("re-writing the same article changed the store:\n got %s\nwant %s", got, once)
	}
	write(t, s, a, a)
	if got := snapshot(t, s); got != once {
		t.Fatalf("writing the same article twice in a batch changed the store")
	}
	// Re-coded differently: the shared event loses a mention, the
	// article's own events go, the new one comes.
	a2 := batch("rw-a", "A", "2024-01-10", ev{src: "GBR", tgt: "FRA", cameo: "051", date: "2024-01-10"})
	write(t, s, a2)
	got := all(t, s, store.Filter{IncludeFlagged: true})
	if l := labels(got); !slices.Equal(l, []string{"GBR>FRA 051 2024-01-10", "USA>CHN 042 2024-01-10"}) {
		t.Fatalf("after re-coding: %v", l)
	}
	for _, e := range got {
		if e.NumMentions != 1 || e.NumArticles != 1 {
			t.Errorf("%s: %d mentions, %d articles; want 1, 1", label(e), e.NumMentions, e.NumArticles)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Mentions != 2 || st.Events != 2 || st.Sentences != 4 {
		t.Errorf("stats after re-coding: %+v", st)
	}
	unk, err := s.UnknownActors(ctx, store.TopQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(unk) != 0 {
		t.Errorf("unknown actors after re-coding: %v", unk)
	}
	series, err := s.Series(ctx, store.SeriesQuery{Source: "IRN", Target: "ISR"})
	if err != nil {
		t.Fatal(err)
	}
	if len(series) != 0 {
		t.Errorf("series of a removed event: %+v", series)
	}
}

func testSyndication(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	orig := batch("syn-orig", "Reuters", "2024-06-01",
		ev{src: "DEU", tgt: "POL", cameo: "036", date: "2024-06-01", sentence: "Berlin offered talks to Warsaw on the border dispute and trade."},
		ev{src: "POL", tgt: "DEU", cameo: "141", date: "2024-06-01", flags: store.Flags{Hypothetical: true}, sentence: "Farmers might protest in Warsaw if talks fail."})
	// Near-duplicate detection is meant for whole stories: give the
	// original a body of a few hundred words.
	start := len(orig.Article.Text) + 1
	orig.Article.Text += " " + prose(300)
	orig.Sentences = append(orig.Sentences, store.Span{Start: start, End: len(orig.Article.Text)})
	write(t, s, orig)

	id, ok, err := s.FindByTextHash(ctx, store.TextHash(orig.Article.Text))
	if err != nil || !ok || id != "syn-orig" {
		t.Fatalf("FindByTextHash = %q, %v, %v", id, ok, err)
	}
	if _, ok, _ := s.FindByTextHash(ctx, store.TextHash(orig.Article.Text+" ")); ok {
		t.Errorf("FindByTextHash matched a different text")
	}
	cp := article.Article{ID: "syn-copy", Source: "AP", Date: day("2024-06-02"), Text: orig.Article.Text}
	if err := s.AddSyndicated(ctx, cp, "syn-orig"); err != nil {
		t.Fatal(err)
	}
	if err := s.AddSyndicated(ctx, cp, "syn-orig"); err != nil {
		t.Fatal(err)
	}
	cp2 := cp
	cp2.ID, cp2.Source = "syn-copy2", "Reuters"
	if err := s.AddSyndicated(ctx, cp2, "syn-copy"); err != nil { // a copy of a copy is a copy of the original
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		es := all(t, s, store.Filter{IncludeFlagged: true})
		if len(es) != 2 {
			t.Fatalf("%s: %d events, want 2", when, len(es))
		}
		for _, e := range es {
			if e.NumMentions != 3 || e.NumArticles != 3 || e.NumSources != 2 {
				t.Errorf("%s: %s: %d/%d/%d, want 3/3/2", when, label(e), e.NumMentions, e.NumArticles, e.NumSources)
			}
			d, err := s.Event(ctx, e.ID)
			if err != nil {
				t.Fatal(err)
			}
			var copies []string
			for _, m := range d.Mentions {
				if m.Sentence == "" || !strings.Contains(orig.Article.Text, m.Sentence) {
					t.Errorf("%s: mention sentence %q", when, m.Sentence)
				}
				if m.CopyOf != "" {
					copies = append(copies, m.ArticleID+"<"+m.CopyOf)
				}
			}
			sort.Strings(copies)
			if !slices.Equal(copies, []string{"syn-copy2<syn-orig", "syn-copy<syn-orig"}) {
				t.Errorf("%s: copies %v", when, copies)
			}
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Articles != 1 || st.Copies != 2 || st.Sentences != 4 {
			t.Errorf("%s: stats %+v", when, st)
		}
	}
	check("after copies")
	for _, id := range []string{"syn-copy", "syn-copy2"} {
		if seen, _ := s.SeenArticle(ctx, id); !seen {
			t.Errorf("SeenArticle(%s) = false", id)
		}
	}
	write(t, s, orig) // re-coding the original keeps its copies
	check("after re-coding the original")

	if err := s.AddSyndicated(ctx, article.Article{ID: "x", Text: "t"}, "missing"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("copy of a missing article: %v, want ErrNotFound", err)
	}
	if err := s.AddSyndicated(ctx, article.Article{ID: "syn-orig", Text: "t"}, "syn-copy"); !errors.Is(err, store.ErrInvalidBatch) {
		t.Errorf("coded article as a copy: %v, want ErrInvalidBatch", err)
	}

	near := strings.Replace(orig.Article.Text, "Berlin", "Germany", 1)
	id, dist, ok, err := s.FindNearDuplicate(ctx, store.Simhash(near))
	if err != nil || !ok || id != "syn-orig" || dist > store.NearDuplicateDistance {
		t.Errorf("FindNearDuplicate(one word changed) = %q, %d, %v, %v", id, dist, ok, err)
	}
	if id, _, ok, _ := s.FindNearDuplicate(ctx, ^store.Simhash(orig.Article.Text)); ok {
		t.Errorf("FindNearDuplicate(complement) found %q", id)
	}
}

// prose returns n pseudo-random words from a small vocabulary, the same
// every time.
func prose(n int) string {
	vocab := strings.Fields("the minister said talks would resume after a week of clashes along border while " +
		"officials in both capitals denied reports that troops had crossed into disputed territory near river " +
		"villages where farmers protested against new tariffs on grain exports and fuel prices rose sharply")
	words := make([]string, n)
	x := uint32(12345)
	for i := range words {
		x = x*1664525 + 1013904223
		words[i] = vocab[int(x>>8)%len(vocab)]
	}
	return strings.Join(words, " ") + "."
}

func testAggregates(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	// Monday 2024-01-01 .. Sunday 2024-01-07 is one ISO week.
	write(t, s,
		batch("ag-1", "A", "2024-01-01",
			ev{src: "USA", tgt: "CHN", cameo: "042", date: "2024-01-01"},
			ev{src: "USA", tgt: "CHN", cameo: "190", date: "2024-01-07"},
			ev{src: "USA", tgt: "CHN", cameo: "130", date: "2024-01-08"},
			ev{src: "CHN", tgt: "USA", cameo: "057", date: "2024-01-02"},
			ev{src: "RUS", tgt: "UKR", cameo: "193", date: "2024-01-03"},
			ev{src: "USA", tgt: "CHN", cameo: "141", date: "2024-01-03", flags: store.Flags{Negated: true}},
			ev{src: "", tgt: "USA", cameo: "111", date: "2024-01-03", srcText: "Unnamed Officials"}),
		batch("ag-2", "B", "2024-01-02",
			ev{src: "USA", tgt: "CHN", cameo: "042", date: "2024-01-01"},
			ev{src: "", tgt: "RUS", cameo: "111", date: "2024-02-03", srcText: "unnamed officials"}),
		batch("ag-3", "C", "2024-01-09", ev{src: "CHN", tgt: "", cameo: "010", date: "2024-01-09", tgtText: "the bank"}),
	)
	week, err := s.Series(ctx, store.SeriesQuery{Source: "USA", Target: "CHN", From: day("2024-01-01"), To: day("2024-12-31"), Interval: store.Week, PerArticles: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []store.SeriesPoint{
		{Start: day("2024-01-01"), QuadClass: 1, Events: 1, Mentions: 2, Goldstein: 1.9, PerKArticles: 500},
		{Start: day("2024-01-01"), QuadClass: 4, Events: 1, Mentions: 1, Goldstein: -10, PerKArticles: 500},
		{Start: day("2024-01-08"), QuadClass: 3, Events: 1, Mentions: 1, Goldstein: -4.4, PerKArticles: 1000},
	}
	if got, w := mustJSON(t, week), mustJSON(t, want); got != w {
		t.Errorf("weekly series:\n got %s\nwant %s", got, w)
	}
	month, err := s.Series(ctx, store.SeriesQuery{Source: "USA", Target: "CHN", Interval: store.Month})
	if err != nil {
		t.Fatal(err)
	}
	if len(month) != 3 || !month[0].Start.Equal(day("2024-01-01")) || month[1].Events != 1 || month[2].QuadClass != 4 {
		t.Errorf("monthly series: %+v", month)
	}
	daily, err := s.Series(ctx, store.SeriesQuery{Source: "USA", Target: "CHN", From: day("2024-01-07"), To: day("2024-01-07")})
	if err != nil {
		t.Fatal(err)
	}
	if len(daily) != 1 || daily[0].Events != 1 || daily[0].QuadClass != 4 {
		t.Errorf("daily series: %+v", daily)
	}

	top, err := s.TopActors(ctx, store.TopQuery{From: day("2024-01-01"), To: day("2024-01-31"), Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if got := mustJSON(t, top); got != `[{"code":"CHN","name":"NAME CHN","country":"CHN","events":5},{"code":"USA","name":"NAME USA","country":"USA","events":5}]` {
		t.Errorf("top actors = %s", got)
	}
	net, err := s.Network(ctx, store.NetworkQuery{From: day("2024-01-01"), To: day("2024-01-31"), Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(net.Nodes) != 3 || net.Nodes[2].Code != "RUS" || net.Nodes[2].Events != 1 {
		t.Errorf("network nodes = %+v", net.Nodes)
	}
	if got := mustJSON(t, net.Edges); got != `[{"source":"USA","target":"CHN","cooperation":1,"conflict":2,"goldstein":-12.5},{"source":"CHN","target":"USA","cooperation":1,"conflict":0,"goldstein":8}]` {
		t.Errorf("network edges = %s", got)
	}
	unk, err := s.UnknownActors(ctx, store.TopQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if got := mustJSON(t, unk); got != `[{"text":"unnamed officials","mentions":2},{"text":"the bank","mentions":1}]` {
		t.Errorf("unknown actors = %s", got)
	}
	unk, err = s.UnknownActors(ctx, store.TopQuery{From: day("2024-02-01")})
	if err != nil {
		t.Fatal(err)
	}
	if len(unk) != 1 || unk[0].Mentions != 1 {
		t.Errorf("unknown actors from February = %+v", unk)
	}
}

// testAggregatesMatchEvents checks the per-day and per-month aggregates
// against the events themselves on synthetic data, over windows that
// start and end inside months, span whole months or are open.
func testAggregatesMatchEvents(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	var bs []store.ArticleBatch
	for b := range SynthesizeSeed(1500, 3) {
		bs = append(bs, b)
	}
	write(t, s, bs...)
	// Re-code some articles with fewer mentions, so that decrements are
	// exercised too.
	for i := 0; i < len(bs); i += 7 {
		bs[i].Mentions = bs[i].Mentions[:len(bs[i].Mentions)/2]
		write(t, s, bs[i])
	}
	evs := all(t, s, store.Filter{})
	windows := []struct {
		name     string
		from, to time.Time
	}{
		{name: "whole month", from: day("2023-03-01"), to: day("2023-03-31")},
		{name: "inside a month", from: day("2023-03-05"), to: day("2023-03-20")},
		{name: "across months", from: day("2023-02-11"), to: day("2023-05-09")},
		{name: "31 days across a year end", from: day("2023-12-17"), to: day("2024-01-16")},
		{name: "one day", from: day("2024-02-29"), to: day("2024-02-29")},
		{name: "open start", to: day("2023-06-15")},
		{name: "open end", from: day("2024-10-20")},
		{name: "everything"},
	}
	for _, w := range windows {
		t.Run(w.name, func(t *testing.T) {
			want := map[string][2]int64{}
			for _, e := range evs {
				if e.Date.IsZero() || e.Source.Code == "" || e.Target.Code == "" ||
					(!w.from.IsZero() && e.Date.Before(w.from)) || (!w.to.IsZero() && e.Date.After(w.to)) {
					continue
				}
				k := e.Source.Code + ">" + e.Target.Code
				c := want[k]
				if e.QuadClass <= 2 {
					c[0]++
				} else {
					c[1]++
				}
				want[k] = c
			}
			net, err := s.Network(ctx, store.NetworkQuery{From: w.from, To: w.to, Limit: store.MaxLimit})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string][2]int64{}
			for i, ed := range net.Edges {
				got[ed.Source+">"+ed.Target] = [2]int64{ed.Cooperation, ed.Conflict}
				if i > 0 {
					p := net.Edges[i-1]
					pn, n := p.Cooperation+p.Conflict, ed.Cooperation+ed.Conflict
					if pn < n || pn == n && (p.Source > ed.Source || p.Source == ed.Source && p.Target >= ed.Target) {
						t.Errorf("edge %d %s>%s (%d events) after %s>%s (%d events): not by descending events, then codes",
							i, ed.Source, ed.Target, n, p.Source, p.Target, pn)
					}
				}
			}
			if len(want) == 0 {
				t.Fatal("window holds no events: the test data is wrong")
			}
			if len(got) != len(want) {
				t.Errorf("%d dyads, want %d", len(got), len(want))
			}
			for k, c := range want {
				if got[k] != c {
					t.Errorf("dyad %s: cooperation/conflict %v, want %v", k, got[k], c)
				}
			}
			series, err := s.Series(ctx, store.SeriesQuery{Source: "USA", Target: "CHN", From: w.from, To: w.to, Interval: store.Month})
			if err != nil {
				t.Fatal(err)
			}
			var n int64
			for _, p := range series {
				n += p.Events
			}
			if c := want["USA>CHN"]; n != c[0]+c[1] {
				t.Errorf("USA>CHN series counts %d events, want %d", n, c[0]+c[1])
			}
		})
	}
}

func testErrors(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	write(t, s, filterFixture()...)
	queries := []struct {
		name string
		q    store.EventQuery
	}{
		{name: "limit too large", q: store.EventQuery{Limit: store.MaxLimit + 1}},
		{name: "negative limit", q: store.EventQuery{Limit: -1}},
		{name: "from after to", q: store.EventQuery{Filter: store.Filter{From: day("2024-02-02"), To: day("2024-02-01")}}},
		{name: "bad quad", q: store.EventQuery{Filter: store.Filter{Quad: 7}}},
		{name: "bad bbox", q: store.EventQuery{Filter: store.Filter{BBox: &store.BBox{MinLat: 10, MaxLat: 0}}}},
		{name: "no words", q: store.EventQuery{Filter: store.Filter{Q: "?!"}}},
	}
	for _, tc := range queries {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := s.Events(ctx, tc.q); !errors.Is(err, store.ErrInvalidQuery) {
				t.Errorf("err = %v, want ErrInvalidQuery", err)
			}
		})
	}
	if p, err := s.Events(ctx, store.EventQuery{Limit: store.MaxLimit}); err != nil || len(p.Events) != 5 {
		t.Errorf("limit MaxLimit: %d events, %v", len(p.Events), err)
	}
	if _, err := s.Series(ctx, store.SeriesQuery{Interval: "year"}); !errors.Is(err, store.ErrInvalidQuery) {
		t.Errorf("series interval year: %v", err)
	}
	if _, err := s.Event(ctx, 1<<40); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing event: %v, want ErrNotFound", err)
	}
	good := batch("e-1", "A", "", ev{src: "USA", tgt: "CHN", cameo: "042", date: "2024-01-01"})
	bad := []struct {
		name string
		edit func(b *store.ArticleBatch)
	}{
		{name: "empty id", edit: func(b *store.ArticleBatch) { b.Article.ID = " " }},
		{name: "span past text", edit: func(b *store.ArticleBatch) { b.Sentences[0].End = len(b.Article.Text) + 1 }},
		{name: "reversed span", edit: func(b *store.ArticleBatch) { b.Sentences[0].Start = b.Sentences[0].End + 1 }},
		{name: "span splits a character", edit: func(b *store.ArticleBatch) {
			b.Article.Text = "é" + b.Article.Text[2:]
			b.Sentences[0].Start = 1
		}},
		{name: "mention of a missing sentence", edit: func(b *store.ArticleBatch) { b.Mentions[0].SentenceIndex = 9 }},
		{name: "NaN goldstein", edit: func(b *store.ArticleBatch) { b.Mentions[0].Goldstein = math.NaN() }},
		{name: "invalid UTF-8", edit: func(b *store.ArticleBatch) { b.Article.Text = "\xff" + b.Article.Text[1:] }},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			b := good
			b.Sentences = slices.Clone(good.Sentences)
			b.Mentions = slices.Clone(good.Mentions)
			tc.edit(&b)
			if err := s.WriteArticles(ctx, []store.ArticleBatch{filterFixture()[0], b}); !errors.Is(err, store.ErrInvalidBatch) {
				t.Errorf("err = %v, want ErrInvalidBatch", err)
			}
			if seen, _ := s.SeenArticle(ctx, "e-1"); seen {
				t.Error("invalid batch was stored")
			}
		})
	}
}

func testConcurrency(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	const writers, perWriter = 4, 15
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	stop := make(chan struct{})
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perWriter {
				// Every writer reports the same two events, in opposite
				// orders, so that writers contend for the same rows.
				e1 := ev{src: "USA", tgt: "CHN", cameo: "042", date: "2024-01-01"}
				e2 := ev{src: "CHN", tgt: "USA", cameo: "043", date: "2024-01-01"}
				evs := []ev{e1, e2, {src: "GBR", tgt: "FRA", cameo: "051", date: "2024-01-02", geo: int64(w*100 + i + 1)}}
				if (w+i)%2 == 1 {
					evs[0], evs[1] = evs[1], evs[0]
				}
				if err := s.WriteArticle(ctx, batch(fmt.Sprintf("c-%d-%d", w, i), fmt.Sprintf("S%d", w), "2024-01-03", evs...)); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	var rg sync.WaitGroup
	for range 3 {
		rg.Add(1)
		go func() {
			defer rg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := s.Events(ctx, store.EventQuery{Filter: store.Filter{Actor: "USA"}}); err != nil {
					errs <- err
					return
				}
				if _, err := s.Network(ctx, store.NetworkQuery{}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(stop)
	rg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	es := all(t, s, store.Filter{})
	if len(es) != 2+writers*perWriter {
		t.Fatalf("%d events, want %d", len(es), 2+writers*perWriter)
	}
	for _, e := range es {
		if e.CAMEO == "051" {
			continue
		}
		if e.NumMentions != writers*perWriter || e.NumArticles != writers*perWriter || e.NumSources != writers {
			t.Errorf("%s: %d/%d/%d, want %d/%d/%d", label(e), e.NumMentions, e.NumArticles, e.NumSources, writers*perWriter, writers*perWriter, writers)
		}
	}
	series, err := s.Series(ctx, store.SeriesQuery{Source: "USA", Target: "CHN"})
	if err != nil {
		t.Fatal(err)
	}
	if len(series) != 1 || series[0].Events != 1 || series[0].Mentions != writers*perWriter {
		t.Errorf("series = %+v", series)
	}
}

func testArticles(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	fx := filterFixture()
	write(t, s, fx...)
	cp := article.Article{ID: "zz-copy", Source: "Copier", Text: fx[0].Article.Text}
	if err := s.AddSyndicated(ctx, cp, fx[0].Article.ID); err != nil {
		t.Fatal(err)
	}
	want := map[string]article.Article{}
	for _, b := range fx {
		want[b.Article.ID] = b.Article
	}
	for _, limit := range []int{1, 2, 1000} {
		t.Run(fmt.Sprintf("limit=%d", limit), func(t *testing.T) {
			var got []article.Article
			after := ""
			for pages := 0; ; pages++ {
				if pages > len(fx)+1 {
					t.Fatal("Articles does not come to an end")
				}
				page, err := s.Articles(ctx, after, limit)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, page...)
				if len(page) < limit {
					break
				}
				after = page[len(page)-1].ID
			}
			if len(got) != len(want) {
				t.Fatalf("%d articles, want the %d coded ones (copies left out)", len(got), len(want))
			}
			for i, a := range got {
				if i > 0 && got[i-1].ID >= a.ID {
					t.Errorf("ids out of order: %q then %q", got[i-1].ID, a.ID)
				}
				w, ok := want[a.ID]
				if !ok {
					t.Errorf("unexpected article %q", a.ID)
					continue
				}
				if a.Text != w.Text || a.Title != w.Title || a.URL != w.URL || a.Source != w.Source || !a.Date.Equal(w.Date) {
					t.Errorf("article %q = %+v, want %+v", a.ID, a, w)
				}
			}
		})
	}
	for _, limit := range []int{0, -1, store.MaxLimit + 1} {
		if _, err := s.Articles(ctx, "", limit); !errors.Is(err, store.ErrInvalidQuery) {
			t.Errorf("Articles(limit %d): error %v, want ErrInvalidQuery", limit, err)
		}
	}
}

// testNetworkFollowsWrites asks for a 31-day network across two months
// (read from per-day rollups, through the month cache), then changes the
// window's events: a new merged mention, a rewrite that flags it, a
// syndicated copy. Every answer must reflect the writes before it.
func testNetworkFollowsWrites(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	from, to := day("2024-01-20"), day("2024-02-19")
	edge := func(src, tgt string) store.Edge {
		t.Helper()
		net, err := s.Network(ctx, store.NetworkQuery{From: from, To: to, Limit: store.MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range net.Edges {
			if e.Source == src && e.Target == tgt {
				return e
			}
		}
		return store.Edge{Source: src, Target: tgt}
	}
	write(t, s,
		batch("nw-1", "A", "2024-01-25", ev{src: "USA", tgt: "CHN", cameo: "042", date: "2024-01-25"}),
		batch("nw-2", "B", "2024-02-10", ev{src: "USA", tgt: "CHN", cameo: "190", date: "2024-02-10"}),
		batch("nw-out", "B", "2024-02-20", ev{src: "USA", tgt: "CHN", cameo: "190", date: "2024-02-20"}),
	)
	steps := []struct {
		name           string
		do             func()
		coop, conflict int64
		goldstein      float64
	}{
		{name: "initial", do: func() {}, coop: 1, conflict: 1, goldstein: 1.9 - 10},
		{name: "a mention of a new event", do: func() {
			write(t, s, batch("nw-3", "C", "2024-01-31", ev{src: "USA", tgt: "CHN", cameo: "057", date: "2024-01-31"}))
		}, coop: 2, conflict: 1, goldstein: 1.9 - 10 + 8},
		{name: "a mention merging into an event", do: func() {
			write(t, s, batch("nw-4", "D", "2024-02-11", ev{src: "USA", tgt: "CHN", cameo: "190", date: "2024-02-10"}))
		}, coop: 2, conflict: 1, goldstein: 1.9 - 10 + 8},
		{name: "rewritten as flagged", do: func() {
			write(t, s, batch("nw-3", "C", "2024-01-31", ev{src: "USA", tgt: "CHN", cameo: "057", date: "2024-01-31", flags: store.Flags{Hypothetical: true}}))
		}, coop: 1, conflict: 1, goldstein: 1.9 - 10},
		{name: "syndicated copy", do: func() {
			if err := s.AddSyndicated(ctx, article.Article{ID: "nw-copy", Source: "E"}, "nw-1"); err != nil {
				t.Fatal(err)
			}
		}, coop: 1, conflict: 1, goldstein: 1.9 - 10},
		{name: "one of two mentions removed", do: func() {
			write(t, s, batch("nw-2", "B", "2024-02-10", ev{src: "RUS", tgt: "UKR", cameo: "190", date: "2024-02-10"}))
		}, coop: 1, conflict: 1, goldstein: 1.9 - 10},
		{name: "last mention removed", do: func() {
			write(t, s, batch("nw-4", "D", "2024-02-11", ev{src: "RUS", tgt: "UKR", cameo: "190", date: "2024-02-11"}))
		}, coop: 1, conflict: 0, goldstein: 1.9},
	}
	for _, st := range steps {
		st.do()
		e := edge("USA", "CHN")
		if e.Cooperation != st.coop || e.Conflict != st.conflict || math.Abs(e.Goldstein-st.goldstein) > 1e-9 {
			t.Errorf("%s: USA>CHN %+v, want cooperation %d, conflict %d, Goldstein %.1f", st.name, e, st.coop, st.conflict, st.goldstein)
		}
	}
	if e := edge("RUS", "UKR"); e.Conflict != 2 {
		t.Errorf("RUS>UKR %+v, want 2 conflict events", e)
	}
}

// testMatch checks that Match answers as SeenArticle, FindByTextHash and
// FindNearDuplicate do.
func testMatch(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	orig := batch("m-orig", "Reuters", "2024-06-01", ev{src: "DEU", tgt: "POL", cameo: "036", date: "2024-06-01"})
	start := len(orig.Article.Text) + 1
	orig.Article.Text += " " + prose(300)
	orig.Sentences = append(orig.Sentences, store.Span{Start: start, End: len(orig.Article.Text)})
	write(t, s, orig)
	if err := s.AddSyndicated(ctx, article.Article{ID: "m-copy", Source: "AP", Text: orig.Article.Text}, "m-orig"); err != nil {
		t.Fatal(err)
	}
	text := orig.Article.Text
	nearText := "BERLIN (Wire) - " + text
	tests := []struct {
		name string
		id   string
		text string
		near bool
		want store.Match
	}{
		{name: "new article", id: "m-new", text: "Something else entirely happened in another place today.", near: true, want: store.Match{}},
		{name: "seen coded article", id: "m-orig", text: text, near: true, want: store.Match{Seen: true, Original: "m-orig", Near: "m-orig"}},
		{name: "seen copy", id: "m-copy", text: "unrelated text of the copy", near: true, want: store.Match{Seen: true}},
		{name: "same text", id: "m-other", text: text, near: true, want: store.Match{Original: "m-orig", Near: "m-orig"}},
		{name: "same text, near not asked", id: "m-other", text: text, want: store.Match{Original: "m-orig"}},
		{name: "near duplicate", id: "m-other", text: nearText, near: true,
			want: store.Match{Near: "m-orig", Distance: store.Hamming(store.Simhash(text), store.Simhash(nearText))}},
		{name: "near duplicate not asked", id: "m-other", text: nearText, want: store.Match{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Match(ctx, tc.id, store.TextHash(tc.text), store.Simhash(tc.text), tc.near)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("Match = %+v, want %+v", got, tc.want)
			}
			seen, err := s.SeenArticle(ctx, tc.id)
			if err != nil || seen != got.Seen {
				t.Errorf("SeenArticle = %v, %v; Match says %v", seen, err, got.Seen)
			}
			orig, _, err := s.FindByTextHash(ctx, store.TextHash(tc.text))
			if err != nil || orig != got.Original {
				t.Errorf("FindByTextHash = %q, %v; Match says %q", orig, err, got.Original)
			}
			if tc.near {
				near, d, _, err := s.FindNearDuplicate(ctx, store.Simhash(tc.text))
				if err != nil || near != got.Near || d != got.Distance {
					t.Errorf("FindNearDuplicate = %q, %d, %v; Match says %q, %d", near, d, err, got.Near, got.Distance)
				}
			}
		})
	}
	if got := store.Hamming(store.Simhash(text), store.Simhash(nearText)); got == 0 || got > store.NearDuplicateDistance {
		t.Fatalf("test texts are %d bits apart, want 1..%d", got, store.NearDuplicateDistance)
	}
}
