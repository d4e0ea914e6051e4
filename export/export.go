// Package export writes the deduplicated events of a tacitus store in the
// formats of other event data sets, so that tools built for them can read
// tacitus's output: GDELT 2.0 events, Phoenix, ICEWS, PLOVER JSON, and flat
// CSV and Parquet files.
//
// Each exported row is one store.Event (what many mentions report, see
// package store) together with its mentions: the first mention gives the
// article URL, the sentence and the coder's record. A column that tacitus has
// no information for is left empty, never guessed; docs/formats.md lists,
// for every format, where each column comes from.
//
// Rows are written in the order the store pages them: newest event date
// first, ties by descending store id.
//
// The country tables (ISO 3166-1 alpha-3 to FIPS 10-4 and country names, US
// state codes) are generated from GeoNames by export/internal/gen (run `go
// generate ./export` with ../shared beside the checkout) into
// countries_gen.go.
package export

//go:generate go run ./internal/gen -shared ../../shared -out countries_gen.go

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"tacitus/store"
)

// Format is an export format.
type Format string

// The export formats.
const (
	FormatGDELT   Format = "gdelt"   // GDELT 2.0 events: 61 tab-separated columns, no header
	FormatPhoenix Format = "phoenix" // Phoenix daily files: 26 tab-separated columns, no header
	FormatICEWS   Format = "icews"   // ICEWS events: 20 tab-separated columns with a header row
	FormatPLOVER  Format = "plover"  // one PLOVER JSON record per line (package event's writer)
	FormatCSV     Format = "csv"     // a header row, then FlatColumns
	FormatParquet Format = "parquet" // one Parquet file with FlatColumns
)

// Formats lists the formats in the order the command line shows them.
var Formats = []Format{FormatGDELT, FormatPhoenix, FormatICEWS, FormatPLOVER, FormatCSV, FormatParquet}

// ErrFormat reports an unknown export format.
var ErrFormat = errors.New("export: unknown format")

// ParseFormat returns the format named s (any case).
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	for _, g := range Formats {
		if f == g {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, g := range Formats {
		names[i] = string(g)
	}
	return "", fmt.Errorf("%w %q (want %s)", ErrFormat, s, strings.Join(names, ", "))
}

// Writer writes a stream of deduplicated events. Close flushes what is
// buffered and writes any trailer (the Parquet footer, the ICEWS header of
// an empty file); it does not close the underlying io.Writer. A Writer is
// not safe for concurrent use.
type Writer interface {
	Write(e *store.EventDetail) error
	Close() error
}

// NewWriter returns a Writer of format f on w.
func NewWriter(w io.Writer, f Format) (Writer, error) {
	switch f {
	case FormatGDELT:
		return newTSVWriter(w, nil, GDELTRow), nil
	case FormatPhoenix:
		return newTSVWriter(w, nil, PhoenixRow), nil
	case FormatICEWS:
		return newTSVWriter(w, ICEWSColumns, ICEWSRow), nil
	case FormatPLOVER:
		return newPLOVERWriter(w), nil
	case FormatCSV:
		return newCSVWriter(w), nil
	case FormatParquet:
		return newParquetWriter(w), nil
	}
	return nil, fmt.Errorf("%w %q", ErrFormat, string(f))
}

// Source is what Export reads: a page of events and one event with its
// mentions. store.Reader satisfies it.
type Source interface {
	Events(ctx context.Context, q store.EventQuery) (store.Page, error)
	Event(ctx context.Context, id int64) (store.EventDetail, error)
}

// Export writes every event of src that matches filter to w in format f
// and returns the number of events written. It reads the events a page of
// store.MaxLimit at a time and each event's mentions with one more query.
func Export(ctx context.Context, src Source, filter store.Filter, w io.Writer, f Format) (int, error) {
	ew, err := NewWriter(w, f)
	if err != nil {
		return 0, err
	}
	n := 0
	q := store.EventQuery{Filter: filter, Limit: store.MaxLimit}
	for {
		page, err := src.Events(ctx, q)
		if err != nil {
			return n, fmt.Errorf("export: reading events: %w", err)
		}
		for _, e := range page.Events {
			d, err := src.Event(ctx, e.ID)
			if err != nil {
				return n, fmt.Errorf("export: reading event %d: %w", e.ID, err)
			}
			if err := ew.Write(&d); err != nil {
				return n, err
			}
			n++
		}
		if page.Next == "" {
			break
		}
		q.Cursor = page.Next
	}
	if err := ew.Close(); err != nil {
		return n, err
	}
	return n, nil
}

// first returns the event's first mention, nil when it has none.
func first(e *store.EventDetail) *store.MentionDetail {
	if len(e.Mentions) == 0 {
		return nil
	}
	return &e.Mentions[0]
}
