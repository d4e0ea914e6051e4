package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"tacitus/article"
	"tacitus/event"
	"tacitus/extract"
	"tacitus/store"
)

// fakeCoder codes the first sentence of every article (up to the first
// ". ") as one USA→CHN consultation on the article date, and counts its
// calls, so that tests see what was coded without loading the models.
type fakeCoder struct{ calls atomic.Int64 }

func (f *fakeCoder) Article(ctx context.Context, a article.Article) (extract.Result, error) {
	f.calls.Add(1)
	if err := ctx.Err(); err != nil {
		return extract.Result{}, err
	}
	end := strings.Index(a.Text, ". ")
	if end < 0 {
		end = len(a.Text)
	} else {
		end++
	}
	tgt := event.Actor{Code: "CHN", Text: "China"}
	e := event.Event{
		ID: a.ID + "-0", ArticleID: a.ID, SentenceIndex: 0, Sentence: a.Text[:end],
		Source: event.Actor{Code: "USA", Text: "US"}, Target: &tgt,
		Verb:  event.Span{Start: 0, End: 1},
		CAMEO: "040", CAMEORoot: "04", QuadClass: 1, Goldstein: 1,
	}
	if a.HasDate() {
		e.Date, e.DatePrecision = event.DateOf(a.Date), event.Day
	}
	// Sentences end at ". ": their spans, as the extractor reports them.
	var spans []extract.Span
	for start := 0; start < len(a.Text); {
		stop := strings.Index(a.Text[start:], ". ")
		if stop < 0 {
			spans = append(spans, extract.Span{Start: start, End: len(a.Text)})
			break
		}
		spans = append(spans, extract.Span{Start: start, End: start + stop + 1})
		start += stop + 2
	}
	return extract.Result{Events: []event.Event{e}, Sentences: len(spans), Spans: spans}, nil
}

func openStore(t *testing.T) store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// story makes an English article text of a few sentences, distinct per n.
func story(n int) string {
	subjects := []string{"The minister", "Police", "The army", "Protesters", "The president", "Diplomats"}
	verbs := []string{"met officials in", "arrested protesters in", "visited the border near", "marched through", "spoke to reporters in"}
	places := []string{"the capital", "the north", "the port city", "a border town", "the region"}
	var b strings.Builder
	for i := 0; i < 4; i++ {
		k := n*7 + i*13
		fmt.Fprintf(&b, "%s %s %s on day %d of the month and said that the talks were %d. ",
			subjects[k%len(subjects)], verbs[(k/3)%len(verbs)], places[(k/5)%len(places)], n%28+1, n*31+i)
	}
	words := strings.Fields("river harbour mountain valley bridge market station airport school hospital stadium factory village garden tower castle forest island desert temple")
	b.WriteString("Officials named the")
	for k, m := 0, n+1; k < 6; k++ {
		fmt.Fprintf(&b, " %s", words[(m+k*k)%len(words)])
		m /= 3
	}
	fmt.Fprintf(&b, " sites %d times.", n)
	return b.String()
}

func jsonl(recs ...string) string { return strings.Join(recs, "\n") + "\n" }

func rec(id, source, text string) string {
	return fmt.Sprintf(`{"id":%q,"date":"2025-03-0%d","source":%q,"text":%q}`, id, len(id)%9+1, source, text)
}

func TestRunIdempotent(t *testing.T) {
	dir := t.TempDir()
	var recs []string
	for i := range 250 {
		recs = append(recs, rec(fmt.Sprint("a", i), "Sample Wire", story(i)))
	}
	in := writeFile(t, dir, "in.jsonl", jsonl(recs...))
	s := openStore(t)
	ctx := context.Background()
	c := &fakeCoder{}
	inputs, errs := Expand([]string{in})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	first, err := Run(ctx, c, s, inputs, Options{BatchSize: 40})
	if err != nil {
		t.Fatal(err)
	}
	if first.Read != 250 || first.Coded != 250 || first.Events != 250 || first.Seen != 0 {
		t.Fatalf("first run: %+v", first)
	}
	st1, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	second, err := Run(ctx, c, s, inputs, Options{BatchSize: 40})
	if err != nil {
		t.Fatal(err)
	}
	if second.Seen != 250 || second.Coded != 0 || second.Events != 0 {
		t.Fatalf("second run: %+v", second)
	}
	if got := c.calls.Load(); got != 250 {
		t.Errorf("coder called %d times, want 250", got)
	}
	st2, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st1.Articles != 250 || st2.Articles != st1.Articles || st2.Mentions != st1.Mentions || st2.Events != st1.Events {
		t.Errorf("store changed by the second run: %+v → %+v", st1, st2)
	}
}

func TestRunSyndication(t *testing.T) {
	text := story(1)
	near := story(2) + " Ends." // 2 bits from story(2)
	tests := []struct {
		name           string
		recs           []string
		wantCoded      int64
		wantSyndicated int64
		wantNear       int64
		wantArticles   int
	}{
		{name: "exact copy, other source", recs: []string{rec("x1", "Sample Wire", text), rec("x2", "Example News", text)},
			wantCoded: 1, wantSyndicated: 1, wantArticles: 2},
		{name: "near duplicate", recs: []string{rec("n1", "Sample Wire", story(2)), rec("n2", "Example News", near)},
			wantCoded: 1, wantSyndicated: 1, wantNear: 1, wantArticles: 2},
		{name: "distinct stories", recs: []string{rec("d1", "Sample Wire", story(3)), rec("d2", "Example News", story(4))},
			wantCoded: 2, wantArticles: 2}, // two articles report the same event
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := openStore(t)
			c := &fakeCoder{}
			in := writeFile(t, t.TempDir(), "in.jsonl", jsonl(tt.recs...))
			st, err := Run(ctx, c, s, []Input{{Name: in, Size: 1}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if st.Coded != tt.wantCoded || st.Syndicated != tt.wantSyndicated || st.NearDuplicates != tt.wantNear {
				t.Fatalf("stats %+v", st)
			}
			if c.calls.Load() != tt.wantCoded {
				t.Errorf("coder called %d times, want %d", c.calls.Load(), tt.wantCoded)
			}
			page, err := s.Events(ctx, store.EventQuery{})
			if err != nil {
				t.Fatal(err)
			}
			if len(page.Events) == 0 {
				t.Fatal("no events")
			}
			if got := page.Events[0].NumArticles; got != tt.wantArticles {
				t.Errorf("NumArticles %d, want %d", got, tt.wantArticles)
			}
			// Run again with the copy alone: it is seen now.
			st, err = Run(ctx, c, s, []Input{{Name: in, Size: 1}}, Options{})
			if err != nil || st.Seen != 2 {
				t.Errorf("second run: %+v, %v", st, err)
			}
		})
	}
}

func TestRunSyndicatedAcrossRuns(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	c := &fakeCoder{}
	dir := t.TempDir()
	a := writeFile(t, dir, "a.jsonl", jsonl(rec("orig", "Sample Wire", story(9))))
	b := writeFile(t, dir, "b.jsonl", jsonl(rec("copy", "Example News", story(9))))
	if _, err := Run(ctx, c, s, []Input{{Name: a, Size: 1}}, Options{}); err != nil {
		t.Fatal(err)
	}
	st, err := Run(ctx, c, s, []Input{{Name: b, Size: 1}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Syndicated != 1 || c.calls.Load() != 1 {
		t.Fatalf("stats %+v, %d calls", st, c.calls.Load())
	}
	page, err := s.Events(ctx, store.EventQuery{})
	if err != nil || len(page.Events) != 1 || page.Events[0].NumArticles != 2 || page.Events[0].NumSources != 2 {
		t.Fatalf("events %+v, %v", page.Events, err)
	}
}

func TestRunBadRecords(t *testing.T) {
	dir := t.TempDir()
	good := rec("ok", "Sample Wire", story(5))
	files := []string{
		writeFile(t, dir, "mixed.jsonl", jsonl(good, `{"id": "broken"`, `{"id":"empty","text":"   "}`, `{"id":"bin","text":"a\u0000\u0000\u0000\u0000\u0000\u0000b"}`)),
		writeFile(t, dir, "page.html", "<html><body><script>x()</script></body></html>"),
		writeFile(t, dir, "feed.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>T</title><description></description></item></channel></rss>`),
		writeFile(t, dir, "fr.txt", "Le président de la République a rencontré les ministres des pays voisins dans la capitale pour une réunion sur la sécurité et la coopération, et il a dit que les discussions étaient utiles pour les deux pays."),
	}
	var reports []*article.RecordError
	s := openStore(t)
	ins, errs := Expand(append(files, filepath.Join(dir, "missing.jsonl")))
	if len(errs) != 1 || !errors.Is(errs[0], ErrNoInput) {
		t.Fatalf("Expand errors %v", errs)
	}
	st, err := Run(context.Background(), &fakeCoder{}, s, ins, Options{Report: func(e *article.RecordError) { reports = append(reports, e) }})
	if err != nil {
		t.Fatal(err)
	}
	if st.Coded != 1 || st.Rejected != 5 || st.NonEnglish != 1 {
		t.Errorf("stats %+v", st)
	}
	want := []struct {
		file   string
		line   int
		reason error
	}{
		{file: "mixed.jsonl", line: 2, reason: article.ErrJSON},
		{file: "mixed.jsonl", line: 3, reason: article.ErrEmptyText},
		{file: "mixed.jsonl", line: 4, reason: article.ErrBinary},
		{file: "page.html", line: 0, reason: nil}, // unreadable or empty
		{file: "feed.rss", line: 1, reason: article.ErrEmptyText},
		{file: "article fr.txt", line: 0, reason: ErrNotEnglish},
	}
	if len(reports) != len(want) {
		t.Fatalf("reports %v", reports)
	}
	for i, w := range want {
		r := reports[i]
		if !strings.HasSuffix(r.File, w.file) && !strings.HasPrefix(r.File, w.file) || r.Line != w.line || w.reason != nil && !errors.Is(r, w.reason) {
			t.Errorf("report %d = %v, want %s:%d %v", i, r, w.file, w.line, w.reason)
		}
	}
}

func TestRunFormats(t *testing.T) {
	dir := t.TempDir()
	body := story(11)
	htmlPage := `<!DOCTYPE html><html><head><title>Talks in the capital</title>
<meta property="og:url" content="https://example.org/news/talks">
<meta name="date" content="2025-04-02"></head><body><nav>Home | World</nav>
<article><h1>Talks in the capital</h1><p>` + body + `</p><p>` + story(12) + `</p></article>
<footer>Copyright</footer></body></html>`
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>
<item><title>One</title><link>https://example.org/1</link><guid>g1</guid><pubDate>Tue, 01 Apr 2025 10:00:00 GMT</pubDate><description>&lt;p&gt;` + story(13) + `&lt;/p&gt;</description></item>
<item><title>Two</title><link>https://example.org/2</link><guid>g2</guid><description>` + story(14) + `</description></item>
</channel></rss>`
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Sample Wire</title>
<entry><title>Three</title><id>urn:a3</id><updated>2025-04-03T00:00:00Z</updated><content type="html">` + story(15) + `</content></entry></feed>`
	files := []string{
		writeFile(t, dir, "a/page.html", htmlPage),
		writeFile(t, dir, "a/b/feed.xml", feed),
		writeFile(t, dir, "atom.atom", atom),
		writeFile(t, dir, "plain.txt", story(16)),
		writeFile(t, dir, "warc/x.warc", warcOf(t, "https://example.org/w", htmlPage)),
	}
	_ = files
	var reports []string
	s := openStore(t)
	ins, errs := Expand([]string{filepath.Join(dir, "a"), filepath.Join(dir, "*.atom"), filepath.Join(dir, "plain.txt"), filepath.Join(dir, "warc")})
	if len(errs) > 0 || len(ins) != 5 {
		t.Fatalf("Expand: %v %v", ins, errs)
	}
	st, err := Run(context.Background(), &fakeCoder{}, s, ins, Options{NoNearDuplicates: true,
		Report: func(e *article.RecordError) { reports = append(reports, e.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	// page, 2 feed items, 1 atom entry, plain text, and the WARC page,
	// which repeats page.html under another URL: a syndicated copy.
	if st.Read != 6 || st.Coded != 5 || st.Syndicated != 1 || st.Rejected != 0 {
		t.Errorf("stats %+v; reports %v", st, reports)
	}
	for _, id := range []string{"g1", "g2", "urn:a3", "https://example.org/w"} {
		if ok, err := s.SeenArticle(context.Background(), id); err != nil || !ok {
			t.Errorf("article %q not stored (%v)", id, err)
		}
	}
}

// warcOf builds a WARC file of one HTTP response record holding page.
func warcOf(t *testing.T, uri, page string) string {
	t.Helper()
	http := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + fmt.Sprint(len(page)) + "\r\n\r\n" + page
	var b strings.Builder
	b.WriteString("WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nWARC-Date: 2025-04-02T10:00:00Z\r\nContent-Type: application/warc-fields\r\nContent-Length: 0\r\n\r\n\r\n\r\n")
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\nWARC-Date: 2025-04-02T10:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, len(http), http)
	return b.String()
}

func TestRunCancel(t *testing.T) {
	dir := t.TempDir()
	var recs []string
	for i := range 50 {
		recs = append(recs, rec(fmt.Sprint("c", i), "Sample Wire", story(i)))
	}
	in := writeFile(t, dir, "in.jsonl", jsonl(recs...))
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	_, err := Run(ctx, &fakeCoder{}, openStore(t), []Input{{Name: in, Size: 1}}, Options{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err %v, want deadline exceeded", err)
	}
}

func TestRecode(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "r.db")
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	in := writeFile(t, t.TempDir(), "in.jsonl", jsonl(rec("r1", "Sample Wire", story(21)), rec("r2", "Sample Wire", story(22)), rec("r3", "Example News", story(21))))
	if _, err := Run(ctx, &fakeCoder{}, s, []Input{{Name: in, Size: 1}}, Options{}); err != nil {
		t.Fatal(err)
	}
	before, _ := s.Stats(ctx)
	c := &fakeCoder{}
	st, err := Recode(ctx, c, s, s, Options{BatchSize: 1})
	if err != nil {
		t.Fatal(err)
	}
	if st.Read != 2 || st.Coded != 2 || st.Events != 2 || c.calls.Load() != 2 {
		t.Errorf("recode stats %+v", st)
	}
	after, _ := s.Stats(ctx)
	if after.Articles != before.Articles || after.Mentions != before.Mentions || after.Copies != before.Copies {
		t.Errorf("stats changed: %+v → %+v", before, after)
	}
}

// panicCoder panics on the article with id bad and codes the others like
// fakeCoder.
type panicCoder struct {
	fakeCoder
	bad string
}

func (p *panicCoder) Article(ctx context.Context, a article.Article) (extract.Result, error) {
	if a.ID == p.bad {
		var none []int
		_ = none[0]
	}
	return p.fakeCoder.Article(ctx, a)
}

func TestRunCoderPanic(t *testing.T) {
	in := writeFile(t, t.TempDir(), "in.jsonl", jsonl(rec("p1", "Sample Wire", story(41)), rec("p2", "Sample Wire", story(42)), rec("p3", "Sample Wire", story(43))))
	var reports []*article.RecordError
	st, err := Run(context.Background(), &panicCoder{bad: "p2"}, openStore(t), []Input{{Name: in, Size: 1}},
		Options{Report: func(e *article.RecordError) { reports = append(reports, e) }})
	if err != nil {
		t.Fatal(err)
	}
	if st.Coded != 2 || st.Rejected != 1 || len(reports) != 1 || !errors.Is(reports[0], ErrCoderPanic) || reports[0].File != "article p2" {
		t.Errorf("stats %+v, reports %v", st, reports)
	}
}
