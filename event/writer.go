package event

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Format is an output format of events.
type Format string

// The output formats.
const (
	FormatJSONL   Format = "jsonl"   // one Event JSON object per line
	FormatCSV     Format = "csv"     // a header row, then the flat columns
	FormatPLOVER  Format = "plover"  // one PLOVER JSON record per line
	FormatParquet Format = "parquet" // one Parquet file with the flat columns
)

// Formats lists the formats in the order the command line shows them.
var Formats = []Format{FormatJSONL, FormatCSV, FormatPLOVER, FormatParquet}

// ErrFormat reports an unknown output format.
var ErrFormat = errors.New("unknown event format")

// ParseFormat returns the format named s ("jsonl", "csv", "plover",
// "parquet", any case).
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	for _, g := range Formats {
		if f == g {
			return f, nil
		}
	}
	return "", fmt.Errorf("%w %q (want jsonl, csv, plover or parquet)", ErrFormat, s)
}

// Writer writes a stream of events. Close flushes what is buffered and
// writes any trailer (the Parquet footer); it does not close the
// underlying io.Writer. A Writer is not safe for concurrent use.
type Writer interface {
	Write(e *Event) error
	Close() error
}

// NewWriter returns a Writer of format f on w.
func NewWriter(w io.Writer, f Format) (Writer, error) {
	switch f {
	case FormatJSONL:
		return NewJSONLWriter(w), nil
	case FormatCSV:
		return NewCSVWriter(w), nil
	case FormatPLOVER:
		return NewPLOVERWriter(w), nil
	case FormatParquet:
		return NewParquetWriter(w), nil
	}
	return nil, fmt.Errorf("%w %q", ErrFormat, string(f))
}

// jsonlWriter writes one JSON value per line.
type jsonlWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	// convert turns an event into the value to encode.
	convert func(*Event) any
}

// NewJSONLWriter returns a Writer of JSON Lines: each event as the JSON
// object the package documentation describes, on its own line.
func NewJSONLWriter(w io.Writer) Writer {
	return &jsonlWriter{w: bufio.NewWriterSize(w, 64<<10), convert: func(e *Event) any { return e }}
}

func (j *jsonlWriter) Write(e *Event) error {
	j.buf.Reset()
	if err := marshalLine(&j.buf, j.convert(e)); err != nil {
		return fmt.Errorf("event: encoding %s: %w", e.ID, err)
	}
	if _, err := j.w.Write(j.buf.Bytes()); err != nil {
		return fmt.Errorf("event: writing: %w", err)
	}
	return nil
}

func (j *jsonlWriter) Close() error {
	if err := j.w.Flush(); err != nil {
		return fmt.Errorf("event: writing: %w", err)
	}
	return nil
}

// Columns are the flat columns of the CSV and Parquet formats, in order:
//
//	id, article_id, sentence_index, sentence,
//	date, date_precision, date_basis          empty when null
//	source_text, source_code, source_name, source_country,
//	source_sectors, source_start, source_end
//	target_*                                  the same seven; all empty
//	                                          when there is no target
//	verb_text, verb_start, verb_end,
//	cameo, cameo_root, quad_class, goldstein,
//	plover_type, plover_mode, plover_context  empty when null
//	location_name, location_country, location_admin1, location_lat,
//	location_lon, location_geonameid, location_resolution,
//	location_basis                            empty when null
//	flags, issues, coder
//
// In CSV, lists (sectors, plover_context, flags, issues) are joined with
// ";" and numbers are written in Go's shortest form; in Parquet lists
// are LIST columns, nulls are nulls, date is a DATE and the numbers are
// INT64 and DOUBLE.
var Columns = []string{
	"id", "article_id", "sentence_index", "sentence",
	"date", "date_precision", "date_basis",
	"source_text", "source_code", "source_name", "source_country", "source_sectors", "source_start", "source_end",
	"target_text", "target_code", "target_name", "target_country", "target_sectors", "target_start", "target_end",
	"verb_text", "verb_start", "verb_end",
	"cameo", "cameo_root", "quad_class", "goldstein",
	"plover_type", "plover_mode", "plover_context",
	"location_name", "location_country", "location_admin1", "location_lat", "location_lon",
	"location_geonameid", "location_resolution", "location_basis",
	"flags", "issues", "coder",
}

// csvWriter writes the flat columns with a header row.
type csvWriter struct {
	w      *csv.Writer
	header bool
	rec    []string
}

// NewCSVWriter returns a Writer of CSV (RFC 4180) with a header row of
// Columns. The header is written with the first event, or by Close when
// there was none.
func NewCSVWriter(w io.Writer) Writer {
	return &csvWriter{w: csv.NewWriter(w), rec: make([]string, 0, len(Columns))}
}

func (c *csvWriter) Write(e *Event) error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.rec = appendCSV(c.rec[:0], e)
	if err := c.w.Write(c.rec); err != nil {
		return fmt.Errorf("event: writing CSV: %w", err)
	}
	return nil
}

func (c *csvWriter) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	if err := c.w.Write(Columns); err != nil {
		return fmt.Errorf("event: writing CSV: %w", err)
	}
	return nil
}

func (c *csvWriter) Close() error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return fmt.Errorf("event: writing CSV: %w", err)
	}
	return nil
}

func appendCSV(rec []string, e *Event) []string {
	itoa := strconv.Itoa
	ftoa := func(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
	join := func(l []string) string { return strings.Join(l, ";") }
	rec = append(rec, e.ID, e.ArticleID, itoa(e.SentenceIndex), e.Sentence,
		string(e.Date), string(e.DatePrecision), string(e.DateBasis))
	actor := func(a *Actor) {
		if a == nil {
			rec = append(rec, "", "", "", "", "", "", "")
			return
		}
		rec = append(rec, a.Text, a.Code, a.Name, string(a.Country), join(a.Sectors), itoa(a.Start), itoa(a.End))
	}
	actor(&e.Source)
	actor(e.Target)
	rec = append(rec, e.Verb.Text, itoa(e.Verb.Start), itoa(e.Verb.End),
		e.CAMEO, e.CAMEORoot, itoa(e.QuadClass), ftoa(e.Goldstein))
	if p := e.PLOVER; p != nil {
		rec = append(rec, p.Type, string(p.Mode), join(p.Context))
	} else {
		rec = append(rec, "", "", "")
	}
	if l := e.Location; l != nil {
		coord := func(f *float64) string {
			if f == nil {
				return ""
			}
			return ftoa(*f)
		}
		rec = append(rec, l.Name, l.Country, string(l.Admin1), coord(l.Lat), coord(l.Lon),
			itoa(l.GeonameID), string(l.Resolution), string(l.Basis))
	} else {
		rec = append(rec, "", "", "", "", "", "", "", "")
	}
	flags := make([]string, len(e.Flags))
	for i, f := range e.Flags {
		flags[i] = string(f)
	}
	return append(rec, join(flags), join(e.Issues), e.Coder)
}
