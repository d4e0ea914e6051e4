package ingest

import (
	"bytes"
	"path/filepath"
	"strconv"
	"strings"
)

// Format is the kind of an input file.
type Format int

const (
	// Auto sniffs the format from the file name and its first bytes
	// (see Sniff).
	Auto Format = iota
	// JSONL is JSON Lines, one article a line (package article).
	JSONL
	// Text is a plain-text file holding one article (package article).
	Text
	// HTML is a web page: its main text is one article.
	HTML
	// Feed is an RSS, Atom or RDF feed: each item is one article.
	Feed
	// WARC is a web archive: each response or resource record holding an
	// HTML page is one article.
	WARC
)

var formatNames = [...]string{Auto: "auto", JSONL: "jsonl", Text: "text", HTML: "html", Feed: "feed", WARC: "warc"}

// String returns the format's name as ParseFormat accepts it.
func (f Format) String() string {
	if f >= 0 && int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// ParseFormat parses a format name ("auto", "jsonl", "text", "html",
// "feed", "warc"); it fails with ErrFormat for anything else.
func ParseFormat(s string) (Format, error) {
	for f, n := range formatNames {
		if strings.EqualFold(s, n) {
			return Format(f), nil
		}
	}
	return Auto, &formatError{s}
}

type formatError struct{ name string }

func (e *formatError) Error() string { return "unknown input format " + strconv.Quote(e.name) }
func (e *formatError) Unwrap() error { return ErrFormat }

// SniffBytes is how many leading bytes Sniff needs to see.
const SniffBytes = 1024

// Sniff returns the format of an input from its name (may be "" or "-")
// and its first bytes (up to SniffBytes; fewer at the end of a short
// input). The content decides first: "WARC/" starts a WARC file, '{' a
// JSON Lines file, an <rss>, <feed> or <rdf:RDF> element a feed, and a
// doctype, <html>, <head> or <body> a web page. Content that looks like
// none of these falls back to the extension (.jsonl/.ndjson/.json,
// .html/.htm/.xhtml, .rss/.atom/.xml, .warc) and then to Text. The name's
// ".gz" suffix is ignored: callers decompress before sniffing.
func Sniff(name string, head []byte) Format {
	h := bytes.TrimLeft(head, " \t\r\n\ufeff")
	h = bytes.TrimPrefix(h, []byte("\xef\xbb\xbf"))
	h = bytes.TrimLeft(h, " \t\r\n")
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return WARC
	case len(h) > 0 && h[0] == '{':
		return JSONL
	case len(h) > 0 && h[0] == '<':
		low := bytes.ToLower(h)
		for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
			if bytes.Contains(low, []byte(tag)) {
				return Feed
			}
		}
		for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div"} {
			if bytes.Contains(low, []byte(tag)) {
				return HTML
			}
		}
	}
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")))
	switch ext {
	case ".jsonl", ".ndjson", ".json":
		return JSONL
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".rss", ".atom", ".xml":
		return Feed
	case ".warc":
		return WARC
	}
	return Text
}
