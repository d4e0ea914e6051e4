package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"tacitus/cameo"
	"tacitus/store"
)

// tsvWriter writes rows of tab-separated fields, one per line, after an
// optional header row.
type tsvWriter struct {
	w       *bufio.Writer
	header  []string
	started bool
	row     func(*store.EventDetail) []string
}

func newTSVWriter(w io.Writer, header []string, row func(*store.EventDetail) []string) *tsvWriter {
	return &tsvWriter{w: bufio.NewWriterSize(w, 64<<10), header: header, row: row}
}

func (t *tsvWriter) start() error {
	if t.started {
		return nil
	}
	t.started = true
	if t.header == nil {
		return nil
	}
	return t.writeLine(t.header)
}

func (t *tsvWriter) writeLine(fields []string) error {
	for i, f := range fields {
		if i > 0 {
			t.w.WriteByte('\t')
		}
		t.w.WriteString(f)
	}
	if err := t.w.WriteByte('\n'); err != nil {
		return fmt.Errorf("export: writing: %w", err)
	}
	return nil
}

func (t *tsvWriter) Write(e *store.EventDetail) error {
	if err := t.start(); err != nil {
		return err
	}
	return t.writeLine(t.row(e))
}

func (t *tsvWriter) Close() error {
	if err := t.start(); err != nil {
		return err
	}
	if err := t.w.Flush(); err != nil {
		return fmt.Errorf("export: writing: %w", err)
	}
	return nil
}

// field makes s safe as a tab-separated field: tabs, line breaks and other
// control characters become spaces.
func field(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return ' '
		}
		return r
	}, s)
}

// cleanRow applies field to every field of r, in place, and returns r.
func cleanRow(r []string) []string {
	for i, f := range r {
		r[i] = field(f)
	}
	return r
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f }

// ftoa writes f in Go's shortest form.
func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// coord writes a coordinate, "" when unknown.
func coord(f *float64) string {
	if f == nil || math.IsNaN(*f) {
		return ""
	}
	return ftoa(*f)
}

// itoa writes n in decimal.
func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// scored returns the QuadClass and Goldstein score of e's CAMEO code under
// convention c, falling back to the stored values when the table does not
// know the code.
func scored(e *store.EventDetail, c cameo.Convention) (quad int, goldstein float64) {
	if ev, ok := c.Lookup(e.CAMEO); ok {
		return int(ev.QuadClass), ev.Goldstein
	}
	return e.QuadClass, e.Goldstein
}

// baseCode returns the three-digit level of a CAMEO code ("025" for
// "0251"), the code itself when it is shorter.
func baseCode(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// root returns the event's CAMEO root, from the code when not stored.
func root(e *store.EventDetail) string {
	if e.Root != "" {
		return e.Root
	}
	if len(e.CAMEO) >= 2 {
		return e.CAMEO[:2]
	}
	return e.CAMEO
}

// hasDay reports whether the event's date is known to the day; hasMonth
// and hasYear to the month and year.
func hasDay(e *store.EventDetail) bool {
	return !e.Date.IsZero() && e.DatePrecision == store.PrecisionDay
}

func hasMonth(e *store.EventDetail) bool {
	return !e.Date.IsZero() && (e.DatePrecision == store.PrecisionDay || e.DatePrecision == store.PrecisionMonth)
}

func hasYear(e *store.EventDetail) bool {
	return !e.Date.IsZero() && e.DatePrecision != store.PrecisionNone
}

// locationCountry returns the location's country code, "" without one.
func locationCountry(e *store.EventDetail) string {
	if e.Location == nil {
		return ""
	}
	return e.Location.Country
}

// cityName returns the location's name when it is a city, "" otherwise.
func cityName(l *store.Location) string {
	if l != nil && l.Resolution == "city" {
		return l.Name
	}
	return ""
}

// admin1Name returns the location's first-level region: its Admin1, or
// its own name when the location is a region.
func admin1Name(l *store.Location) string {
	switch {
	case l == nil:
		return ""
	case l.Admin1 != "":
		return l.Admin1
	case l.Resolution == "admin1":
		return l.Name
	}
	return ""
}
