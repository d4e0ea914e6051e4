// Package article reads the news articles that tacitus codes: JSON Lines
// files (one article per line), plain-text files (one article per file) and
// standard input.
//
// Reading never stops at a bad record. Every record that cannot be accepted
// (invalid JSON, empty text, binary content, invalid UTF-8 beyond repair, a
// record longer than the limit) is reported as a RecordError, counted, and
// skipped; reading goes on with the next record. Problems that still let a
// record through (an unparseable date, a few invalid UTF-8 bytes that were
// replaced) are reported as warnings beside the accepted article. Only an
// I/O error of the underlying reader, or an error returned by the caller's
// yield function, ends a read.
//
// # JSON Lines
//
// Each non-blank line is one JSON object:
//
//	{"id": "...", "date": "...", "title": "...", "dateline": "...",
//	 "text": "...", "url": "...", "source": "..."}
//
// Only "text" is required; other members are ignored. "id" may be a string
// or a number. "date" is parsed with ParseDate; a date that does not parse
// is a warning and the article has no date. An article without an id gets
// a stable one from a hash of its source and text (see StableID).
//
// # Plain text
//
// A plain-text input is one article: its whole content is Text, and its id
// is the file's base name and a hash of the content ("report.txt-3fa9c1d2e4b5").
// A UTF-8 byte order mark is dropped and UTF-16 with a byte order mark is
// decoded.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Article is one news article.
type Article struct {
	// ID identifies the article; it is never empty in an accepted article.
	ID string
	// Date is the article's publication time, the zero time when the
	// input has none or it did not parse. Its calendar date is the one in
	// its own location: a date without a zone is read as UTC.
	Date time.Time
	// DateRaw is the date exactly as the input wrote it.
	DateRaw string
	// Title is the headline, "" when absent.
	Title string
	// Dateline is the newswire dateline ("SALVADOR, Feb 26 -") when the
	// input gives it separately from the text.
	Dateline string
	// Text is the body, valid UTF-8 and never blank.
	Text string
	// URL and Source (a publisher or corpus name) are optional metadata.
	URL, Source string
}

// HasDate reports whether the article has a publication date.
func (a Article) HasDate() bool { return !a.Date.IsZero() }

// Reasons for which a record is rejected or warned about; a RecordError
// wraps exactly one of them.
var (
	// ErrJSON: the line is not a JSON object of the expected shape.
	ErrJSON = errors.New("invalid JSON record")
	// ErrEmptyText: the text is missing, empty or only white space.
	ErrEmptyText = errors.New("empty text")
	// ErrBinary: the content has too many control characters (NUL and
	// other C0 codes besides tab, line and page breaks) to be text.
	ErrBinary = errors.New("binary content")
	// ErrInvalidUTF8: the content is not UTF-8 (more than MaxInvalidUTF8
	// of its bytes are invalid). Fewer invalid bytes are replaced by
	// U+FFFD and reported as a warning with this reason too.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrTooLong: the record exceeds Options.MaxRecordBytes.
	ErrTooLong = errors.New("record too long")
	// ErrDate: the date did not parse; a warning only (the article is
	// kept without a date).
	ErrDate = errors.New("unparseable date")
)

// Severity says whether a RecordError dropped its record.
type Severity int

const (
	// Rejected: the record was skipped.
	Rejected Severity = iota
	// Warning: the record was accepted despite the problem.
	Warning
)

// String returns "rejected" or "warning".
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "rejected"
}

// RecordError is a problem with one record of an input.
type RecordError struct {
	// File is the input's name ("-" or "<stdin>" for standard input).
	File string
	// Line is the 1-based line of a JSON Lines record, 0 for a plain-text
	// input (which is one record).
	Line int
	// Severity says whether the record was dropped.
	Severity Severity
	// Reason is one of the package's sentinel errors (ErrJSON, …).
	Reason error
	// Detail says more ("unexpected end of JSON input", "12 of 40 bytes").
	Detail string
}

// Error formats the problem as "file:line: reason: detail" (with
// "warning: " before the reason for a warning).
func (e *RecordError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Severity == Warning {
		b.WriteString("warning: ")
	}
	if e.Reason != nil {
		b.WriteString(e.Reason.Error())
	} else {
		b.WriteString("bad record")
	}
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	return b.String()
}

// Unwrap returns the reason, so that errors.Is(err, ErrJSON) works.
func (e *RecordError) Unwrap() error { return e.Reason }

// StableID returns the id given to an article that has none: 16 hex
// digits of the SHA-256 of source, a NUL byte and text. The same source
// and text always get the same id.
func StableID(source, text string) string {
	h := sha256.New()
	h.Write([]byte(source))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// contentHash returns 12 hex digits of the SHA-256 of text.
func contentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:6])
}

// Span is a half-open byte range [Start, End) of an article's text: a
// sentence the extractor coded, as the store keeps it.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}
