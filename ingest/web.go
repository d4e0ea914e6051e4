package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"github.com/mmcdole/gofeed"
	"github.com/nlnwa/gowarc/v3"
	"golang.org/x/net/html"

	"tacitus/article"
)

// page is an HTML document to turn into an article.
type page struct {
	body     []byte
	url      string
	fallback time.Time // date when the page has none (WARC-Date)
}

// problem builds the RecordError of one record.
func problem(name string, rec int, reason error, detail string) *article.RecordError {
	return &article.RecordError{File: name, Line: rec, Severity: article.Rejected, Reason: reason, Detail: detail}
}

// rejection says why a record was rejected.
type rejection struct {
	reason error // one of the sentinel errors
	detail string
}

// finishArticle cleans an article built from a web input and checks its
// text like package article checks a JSON record: it returns why the
// article must be rejected, or nil.
func finishArticle(a *article.Article) *rejection {
	if !utf8.ValidString(a.Text) {
		a.Text = strings.ToValidUTF8(a.Text, "\uFFFD")
	}
	a.Title = strings.ToValidUTF8(strings.TrimSpace(a.Title), "\uFFFD")
	if strings.TrimSpace(a.Text) == "" {
		return &rejection{article.ErrEmptyText, "no main text"}
	}
	ctl := 0
	for _, r := range a.Text {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' {
			ctl++
		}
	}
	if ctl*100 > len(a.Text) {
		return &rejection{article.ErrBinary, fmt.Sprintf("%d control characters", ctl)}
	}
	if a.ID == "" {
		a.ID = article.StableID(a.Source, a.Text)
	}
	return nil
}

// paragraphs turns the single line breaks between extracted blocks into
// blank lines, so that the segmenter ends a sentence at each block (a
// heading or caption without final punctuation).
func paragraphs(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n\n")
}

// pageArticle extracts the main text, title, date and URL of an HTML page.
func pageArticle(p page) (article.Article, *rejection) {
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true, ExcludeTables: true}
	if u, err := url.Parse(p.url); err == nil && p.url != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(p.body), opts)
	if err != nil || res == nil {
		detail := "no content found"
		if err != nil {
			detail = err.Error()
		}
		return article.Article{}, &rejection{ErrUnreadableHTML, detail}
	}
	a := article.Article{
		Title:  res.Metadata.Title,
		URL:    p.url,
		Source: res.Metadata.Sitename,
		Text:   paragraphs(res.ContentText),
		Date:   res.Metadata.Date,
	}
	if a.URL == "" {
		a.URL = res.Metadata.URL
	}
	if a.Source == "" {
		a.Source = res.Metadata.Hostname
	}
	if a.Date.IsZero() {
		a.Date = p.fallback
	}
	if !a.Date.IsZero() {
		a.DateRaw = a.Date.Format(time.RFC3339)
	}
	a.ID = a.URL
	return a, finishArticle(&a)
}

// readHTML reads one web page as one article.
func readHTML(in io.Reader, name string, opts article.Options, yield article.Yield, report article.Report) (article.Counts, error) {
	var c article.Counts
	body, err := readLimited(in, opts.MaxRecordBytes)
	if err != nil && !errors.Is(err, article.ErrTooLong) {
		return c, err
	}
	c.Records++
	if err != nil {
		c.Rejected++
		reportTo(report, problem(name, 0, article.ErrTooLong, err.Error()))
		return c, nil
	}
	a, rej := pageArticle(page{body: body})
	if rej != nil {
		c.Rejected++
		reportTo(report, problem(name, 0, rej.reason, rej.detail))
		return c, nil
	}
	c.Accepted++
	return c, yield(a)
}

// readLimited reads all of in, failing with article.ErrTooLong beyond max
// bytes (article.DefaultMaxRecordBytes when max is 0).
func readLimited(in io.Reader, max int) ([]byte, error) {
	if max <= 0 {
		max = article.DefaultMaxRecordBytes
	}
	b, err := io.ReadAll(io.LimitReader(in, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(b) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", article.ErrTooLong, max)
	}
	return b, nil
}

func reportTo(report article.Report, e *article.RecordError) {
	if report != nil {
		report(e)
	}
}

// htmlText returns the text of an HTML fragment (a feed item's content),
// with a paragraph break at each block element; plain text passes through.
func htmlText(s string) string {
	if !strings.Contains(s, "<") {
		return paragraphs(html.UnescapeString(s))
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return paragraphs(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			tn, _ := z.TagName()
			switch string(tn) {
			case "script", "style":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article":
				b.WriteString("\n")
			default:
				b.WriteString(" ")
			}
		}
	}
}

// readFeed reads an RSS, Atom or RDF feed; each item is one article
// (record n is the n-th item, counted from 1). The item's content, else
// its description, is the text.
func readFeed(in io.Reader, name string, opts article.Options, yield article.Yield, report article.Report) (article.Counts, error) {
	var c article.Counts
	body, err := readLimited(in, opts.MaxRecordBytes)
	if err != nil && !errors.Is(err, article.ErrTooLong) {
		return c, err
	}
	if err != nil {
		c.Records++
		c.Rejected++
		reportTo(report, problem(name, 0, article.ErrTooLong, err.Error()))
		return c, nil
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		c.Records++
		c.Rejected++
		reportTo(report, problem(name, 0, ErrUnreadableFeed, err.Error()))
		return c, nil
	}
	source := feed.Title
	for i, it := range feed.Items {
		c.Records++
		raw := it.Content
		if strings.TrimSpace(raw) == "" {
			raw = it.Description
		}
		a := article.Article{Title: htmlText(it.Title), URL: it.Link, Source: source, Text: htmlText(raw)}
		a.Title = strings.Join(strings.Fields(a.Title), " ")
		switch {
		case it.PublishedParsed != nil:
			a.Date, a.DateRaw = *it.PublishedParsed, it.Published
		case it.UpdatedParsed != nil:
			a.Date, a.DateRaw = *it.UpdatedParsed, it.Updated
		}
		a.ID = it.GUID
		if a.ID == "" {
			a.ID = it.Link
		}
		if rej := finishArticle(&a); rej != nil {
			c.Rejected++
			reportTo(report, problem(name, i+1, rej.reason, rej.detail))
			continue
		}
		c.Accepted++
		if err := yield(a); err != nil {
			return c, err
		}
	}
	return c, nil
}

// readWARC reads a web archive: every response (HTTP 2xx) or resource
// record whose content type is HTML is one page and one article; record n
// is the n-th WARC record, counted from 1. Other records are passed over
// without a report.
func readWARC(in io.Reader, name string, opts article.Options, yield article.Yield, report article.Report) (article.Counts, error) {
	var c article.Counts
	wr, err := gowarc.NewWarcFileReaderFromStream(in, 0)
	if err != nil {
		return c, fmt.Errorf("%w: %w", ErrUnreadableWARC, err)
	}
	defer wr.Close()
	for n := 1; ; n++ {
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) {
			return c, nil
		}
		if err != nil {
			// The reader cannot find the next record after a broken one.
			c.Records++
			c.Rejected++
			reportTo(report, problem(name, n, ErrUnreadableWARC, err.Error()))
			return c, nil
		}
		a, rej, ok := warcArticle(rec.WarcRecord, opts.MaxRecordBytes)
		rec.Close()
		if !ok {
			continue
		}
		c.Records++
		if rej != nil {
			c.Rejected++
			reportTo(report, problem(name, n, rej.reason, rej.detail))
			continue
		}
		c.Accepted++
		if err := yield(a); err != nil {
			return c, err
		}
	}
}

// warcArticle turns one WARC record into an article; ok is false for a
// record that holds no HTML page.
func warcArticle(wr gowarc.WarcRecord, max int) (a article.Article, rej *rejection, ok bool) {
	if wr.Type() != gowarc.Response && wr.Type() != gowarc.Resource {
		return a, nil, false
	}
	p := page{url: wr.WarcHeader().Get("WARC-Target-URI")}
	if d, err := wr.Date(); err == nil {
		p.fallback = d
	}
	var payload io.Reader
	switch b := wr.Block().(type) {
	case gowarc.HttpResponseBlock:
		if code := b.HttpStatusCode(); code < 200 || code > 299 {
			return a, nil, false
		}
		if h := b.HttpHeader(); h != nil && !strings.Contains(strings.ToLower(h.Get("Content-Type")), "html") {
			return a, nil, false
		}
		r, err := b.PayloadBytes()
		if err != nil {
			return a, &rejection{ErrUnreadableWARC, err.Error()}, true
		}
		payload = r
	case gowarc.PayloadBlock:
		if !strings.Contains(strings.ToLower(wr.WarcHeader().Get("Content-Type")), "html") {
			return a, nil, false
		}
		r, err := b.PayloadBytes()
		if err != nil {
			return a, &rejection{ErrUnreadableWARC, err.Error()}, true
		}
		payload = r
	default:
		return a, nil, false
	}
	body, err := readLimited(payload, max)
	if err != nil {
		if errors.Is(err, article.ErrTooLong) {
			return a, &rejection{article.ErrTooLong, err.Error()}, true
		}
		return a, &rejection{ErrUnreadableWARC, err.Error()}, true
	}
	p.body = body
	a, rej = pageArticle(p)
	return a, rej, true
}
