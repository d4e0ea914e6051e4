package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// DefaultMaxRecordBytes is the default limit on one record: a JSON line or
// a whole plain-text input.
const DefaultMaxRecordBytes = 16 << 20

// MaxInvalidUTF8 is the share of invalid UTF-8 bytes above which a text is
// rejected rather than repaired.
const MaxInvalidUTF8 = 0.10

// maxControl is the share of control characters above which a text is
// taken for binary data.
const maxControl = 0.01

// Format is the kind of an input.
type Format int

const (
	// Auto picks JSONL for files named *.jsonl, *.ndjson or *.json, Text
	// for other files, and for standard input looks at the first
	// non-blank byte: '{' means JSONL.
	Auto Format = iota
	// JSONL is JSON Lines, one article per line.
	JSONL
	// Text is a plain-text input holding one article.
	Text
)

// String returns "auto", "jsonl" or "text".
func (f Format) String() string {
	switch f {
	case Auto:
		return "auto"
	case JSONL:
		return "jsonl"
	case Text:
		return "text"
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// Options tune a read. The zero value is ready to use.
type Options struct {
	// Format of the inputs; Auto by default.
	Format Format
	// MaxRecordBytes limits one record; DefaultMaxRecordBytes when 0.
	MaxRecordBytes int
	// Stdin is read for the file name "-"; os.Stdin when nil.
	Stdin io.Reader
}

func (o Options) max() int {
	if o.MaxRecordBytes > 0 {
		return o.MaxRecordBytes
	}
	return DefaultMaxRecordBytes
}

// Counts tallies a read.
type Counts struct {
	// Records is the number of records seen (non-blank JSON lines, text
	// inputs); Records = Accepted + Rejected.
	Records, Accepted, Rejected int
	// Warnings is the number of problems reported on accepted records.
	Warnings int
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Records += o.Records
	c.Accepted += o.Accepted
	c.Rejected += o.Rejected
	c.Warnings += o.Warnings
}

// Yield receives each accepted article. Returning an error stops the read,
// which returns that error.
type Yield func(Article) error

// Report receives each problem, rejected record or warning. It may be nil.
type Report func(*RecordError)

// reader holds the state of one input.
type reader struct {
	name   string
	opts   Options
	yield  Yield
	report Report
	counts Counts
	// pending holds the warnings of the current record until it is
	// accepted; a rejected record reports only its rejection.
	pending []*RecordError
}

// problem records a problem of the current record: a warning is held
// until the record is accepted, a rejection is reported at once.
func (r *reader) problem(line int, sev Severity, reason error, detail string) {
	e := &RecordError{File: r.name, Line: line, Severity: sev, Reason: reason, Detail: detail}
	if sev == Warning {
		r.pending = append(r.pending, e)
		return
	}
	r.pending = r.pending[:0]
	r.counts.Rejected++
	if r.report != nil {
		r.report(e)
	}
}

// ReadJSONL reads JSON Lines from in, which is called name in reports. It
// calls yield for every accepted article and report for every problem,
// and returns the counts with nil at the end of in, or with the error of
// in or of yield.
func ReadJSONL(in io.Reader, name string, opts Options, yield Yield, report Report) (Counts, error) {
	r := &reader{name: name, opts: opts, yield: yield, report: report}
	err := r.jsonl(in)
	return r.counts, err
}

// ReadText reads in as one plain-text article (see ReadJSONL for the
// arguments and results).
func ReadText(in io.Reader, name string, opts Options, yield Yield, report Report) (Counts, error) {
	r := &reader{name: name, opts: opts, yield: yield, report: report}
	err := r.text(in)
	return r.counts, err
}

// Read reads in in the given format; Auto sniffs the first non-blank byte.
func Read(in io.Reader, name string, opts Options, yield Yield, report Report) (Counts, error) {
	f := opts.Format
	if f == Auto {
		br := bufio.NewReaderSize(in, 64<<10)
		in = br
		f = sniff(br)
	}
	if f == JSONL {
		return ReadJSONL(in, name, opts, yield, report)
	}
	return ReadText(in, name, opts, yield, report)
}

// ReadFiles reads every named file in turn ("-" is standard input; no
// names at all also means standard input) and returns the summed counts.
// A file that cannot be opened is reported as an error of the read and
// ends it.
func ReadFiles(names []string, opts Options, yield Yield, report Report) (Counts, error) {
	if len(names) == 0 {
		names = []string{"-"}
	}
	var total Counts
	for _, name := range names {
		c, err := readFile(name, opts, yield, report)
		total.Add(c)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

func readFile(name string, opts Options, yield Yield, report Report) (Counts, error) {
	if name == "-" {
		in := opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		return Read(in, "<stdin>", opts, yield, report)
	}
	f, err := os.Open(name)
	if err != nil {
		return Counts{}, fmt.Errorf("article: %w", err)
	}
	defer f.Close()
	if opts.Format == Auto {
		opts.Format = FormatOf(name)
	}
	return Read(f, name, opts, yield, report)
}

// FormatOf returns the format that Auto picks for a file name: JSONL for
// the extensions .jsonl, .ndjson and .json (any case), Text otherwise.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson", ".json":
		return JSONL
	}
	return Text
}

// sniff peeks at the first non-blank byte of br.
func sniff(br *bufio.Reader) Format {
	for n := 1; n <= br.Size(); n *= 2 {
		p, err := br.Peek(n)
		if t := bytes.TrimLeft(p, " \t\r\n\ufeff"); len(t) > 0 {
			if t[0] == '{' {
				return JSONL
			}
			return Text
		}
		if err != nil {
			break
		}
	}
	return Text
}

// jsonRecord is the shape of a JSON line.
type jsonRecord struct {
	ID       json.RawMessage `json:"id"`
	Date     json.RawMessage `json:"date"`
	Title    *string         `json:"title"`
	Dateline *string         `json:"dateline"`
	Text     *string         `json:"text"`
	URL      *string         `json:"url"`
	Source   *string         `json:"source"`
}

func (r *reader) jsonl(in io.Reader) error {
	br := bufio.NewReaderSize(in, 64<<10)
	max := r.opts.max()
	var buf []byte
	for line := 1; ; line++ {
		// Read one line piece by piece so that a line longer than the
		// buffer is still read to its end, kept when within max and
		// skipped (not truncated into the next record) when not.
		buf = buf[:0]
		tooLong := false
		blank := true // a long run of white space is still a blank line
		total := 0
		var err error
		for {
			var piece []byte
			piece, err = br.ReadSlice('\n')
			total += len(piece)
			if blank && len(bytes.TrimSpace(piece)) > 0 {
				blank = false
			}
			if !tooLong {
				if len(buf)+len(piece) > max+1 { // +1: the newline
					tooLong = true
					buf = buf[:0]
				} else {
					buf = append(buf, piece...)
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("article: reading %s: %w", r.name, err)
		}
		if total == 0 && err == io.EOF {
			return nil
		}
		if tooLong && !blank {
			r.counts.Records++
			r.problem(line, Rejected, ErrTooLong, fmt.Sprintf("%d bytes, limit %d", total, max))
		} else if !tooLong {
			if err := r.record(line, buf); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// record decodes and checks one JSON line.
func (r *reader) record(line int, raw []byte) error {
	raw = bytes.TrimRight(raw, "\r\n")
	if line == 1 {
		raw = bytes.TrimPrefix(raw, []byte("\ufeff"))
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil // blank lines are not records
	}
	r.counts.Records++
	if bad := invalidUTF8(raw); bad > 0 && float64(bad) > MaxInvalidUTF8*float64(len(raw)) {
		r.problem(line, Rejected, ErrInvalidUTF8, fmt.Sprintf("%d of %d bytes", bad, len(raw)))
		return nil
	} else if bad > 0 {
		// encoding/json replaces each invalid byte of a string by U+FFFD.
		r.problem(line, Warning, ErrInvalidUTF8, fmt.Sprintf("replaced %d invalid bytes", bad))
	}
	var rec jsonRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		r.problem(line, Rejected, ErrJSON, jsonDetail(err))
		return nil
	}
	if rec.Text == nil {
		r.problem(line, Rejected, ErrEmptyText, `no "text" member`)
		return nil
	}
	a := Article{Text: *rec.Text}
	for _, f := range []struct {
		dst *string
		src *string
	}{{&a.Title, rec.Title}, {&a.Dateline, rec.Dateline}, {&a.URL, rec.URL}, {&a.Source, rec.Source}} {
		if f.src != nil {
			*f.dst = *f.src
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		r.problem(line, Rejected, ErrEmptyText, "")
		return nil
	}
	if n := controls(a.Text); float64(n) > maxControl*float64(len(a.Text)) {
		r.problem(line, Rejected, ErrBinary, fmt.Sprintf("%d control characters in %d bytes", n, len(a.Text)))
		return nil
	}
	id, err := rawID(rec.ID)
	if err != nil {
		r.problem(line, Rejected, ErrJSON, err.Error())
		return nil
	}
	if id == "" {
		id = StableID(a.Source, a.Text)
	}
	a.ID = id
	if err := r.setDate(line, &a, rec.Date); err != nil {
		r.problem(line, Rejected, ErrJSON, err.Error())
		return nil
	}
	return r.accept(a)
}

func (r *reader) accept(a Article) error {
	r.counts.Accepted++
	r.counts.Warnings += len(r.pending)
	if r.report != nil {
		for _, e := range r.pending {
			r.report(e)
		}
	}
	r.pending = r.pending[:0]
	if r.yield == nil {
		return nil
	}
	if err := r.yield(a); err != nil {
		return fmt.Errorf("article: %s: %w", r.name, err)
	}
	return nil
}

// rawID reads the "id" member: a string, a number, or null/absent.
func rawID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf(`"id": %w`, err)
		}
		return strings.TrimSpace(s), nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", errors.New(`"id" must be a string or a number`)
}

// setDate reads the "date" member: a string in one of ParseDate's
// formats, an eight-digit number that is a calendar date written
// YYYYMMDD (20050205, as GDELT and PETRARCH write story dates), or a
// number of seconds since 1970 (of milliseconds when it is 10^11 or
// more, as exports of databases write them). A string that does
// not parse and any other JSON value are a warning, and the article is
// kept without a date.
func (r *reader) setDate(line int, a *Article, raw json.RawMessage) error {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	if raw[0] != '"' {
		a.DateRaw = string(raw)
		if t, ok := compactDate(raw); ok {
			a.Date = t
			return nil
		}
		if t, ok := unixDate(raw); ok {
			a.Date = t
			return nil
		}
		r.problem(line, Warning, ErrDate, truncate(string(raw), 80))
		return nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return fmt.Errorf(`"date": %w`, err)
	}
	a.DateRaw = s
	if strings.TrimSpace(s) == "" {
		return nil
	}
	if t, ok := ParseDate(s); ok {
		a.Date = t
		return nil
	}
	r.problem(line, Warning, ErrDate, strconv.Quote(truncate(s, 80)))
	return nil
}

// compactDate reads a JSON number of exactly eight digits as a calendar
// date YYYYMMDD (one of ParseDate's layouts) of the years 1800 to 2199.
// As seconds since 1970 such a number would be a moment of 1970 to 1973,
// which news data do not hold.
func compactDate(raw json.RawMessage) (time.Time, bool) {
	if len(raw) != 8 || strings.ContainsFunc(string(raw), func(r rune) bool { return r < '0' || r > '9' }) {
		return time.Time{}, false
	}
	t, ok := ParseDate(string(raw))
	if !ok || t.Year() < 1800 || t.Year() > 2199 {
		return time.Time{}, false
	}
	return t, true
}

// unixDate reads a JSON number as Unix time: seconds, or milliseconds
// when it is 10^11 or more (a date after 1973 in milliseconds, after 5138
// in seconds). Fractions are dropped; dates outside the years 1 to 9999
// do not parse.
func unixDate(raw json.RawMessage) (time.Time, bool) {
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return time.Time{}, false
	}
	if math.Abs(f) >= 1e11 {
		f /= 1000
	}
	const maxSec = 253402300799 // 9999-12-31T23:59:59Z
	const minSec = -62135596800 // 0001-01-01T00:00:00Z
	if f < minSec || f > maxSec {
		return time.Time{}, false
	}
	return time.Unix(int64(f), 0).UTC(), true
}

// jsonDetail shortens a decoding error for a report.
func jsonDetail(err error) string {
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		if ute.Field != "" {
			return fmt.Sprintf("%q must be a %s, not a %s", ute.Field, ute.Type, ute.Value)
		}
		return "a record must be a JSON object, not a " + ute.Value
	}
	return err.Error()
}

func (r *reader) text(in io.Reader) error {
	max := r.opts.max()
	data, err := io.ReadAll(io.LimitReader(in, int64(max)+1))
	if err != nil {
		return fmt.Errorf("article: reading %s: %w", r.name, err)
	}
	r.counts.Records++
	if len(data) > max {
		n, err := io.Copy(io.Discard, in)
		if err != nil {
			return fmt.Errorf("article: reading %s: %w", r.name, err)
		}
		r.problem(0, Rejected, ErrTooLong, fmt.Sprintf("%d bytes, limit %d", int64(len(data))+n, max))
		return nil
	}
	data = decodeBOM(data)
	if bad := invalidUTF8(data); bad > 0 {
		if float64(bad) > MaxInvalidUTF8*float64(len(data)) {
			r.problem(0, Rejected, ErrInvalidUTF8, fmt.Sprintf("%d of %d bytes", bad, len(data)))
			return nil
		}
		data = repairUTF8(data)
		r.problem(0, Warning, ErrInvalidUTF8, fmt.Sprintf("replaced %d invalid bytes", bad))
	}
	text := string(data)
	if strings.TrimSpace(text) == "" {
		r.problem(0, Rejected, ErrEmptyText, "")
		return nil
	}
	if n := controls(text); float64(n) > maxControl*float64(len(text)) {
		r.problem(0, Rejected, ErrBinary, fmt.Sprintf("%d control characters in %d bytes", n, len(text)))
		return nil
	}
	base := filepath.Base(r.name)
	if r.name == "-" || r.name == "<stdin>" || base == "." || base == string(filepath.Separator) {
		base = "stdin"
	}
	return r.accept(Article{ID: base + "-" + contentHash(text), Text: text})
}

// decodeBOM drops a UTF-8 byte order mark and decodes UTF-16 that starts
// with one.
func decodeBOM(b []byte) []byte {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return b[3:]
	case len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF):
		little := b[0] == 0xFF
		b = b[2:]
		u := make([]uint16, len(b)/2)
		for i := range u {
			if little {
				u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
			} else {
				u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
			}
		}
		return []byte(string(utf16.Decode(u)))
	}
	return b
}

// invalidUTF8 counts the bytes of b that are not part of a valid UTF-8
// sequence.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return 0
	}
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			n++
		}
		b = b[size:]
	}
	return n
}

// repairUTF8 replaces every invalid byte by U+FFFD, as encoding/json does.
func repairUTF8(b []byte) []byte {
	out := make([]byte, 0, len(b)+16)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, b[:size]...)
		}
		b = b[size:]
	}
	return out
}

// controls counts the C0 control characters of s other than tab, line
// feed, vertical tab, form feed and carriage return.
func controls(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' {
			n++
		}
	}
	return n
}

// truncate cuts s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
