package api

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"

	"tacitus/store"
)

// MaxDownloadRows bounds the events of one download.
const MaxDownloadRows = 100_000

// DownloadColumns are the columns of the CSV and Parquet downloads of
// events, in order: the Event schema flattened. Lists (flags) are joined
// with ";" in CSV; absent values are empty in CSV and null in Parquet.
var DownloadColumns = []string{
	"id", "date", "date_precision",
	"source_code", "source_label", "source_name", "source_country",
	"target_code", "target_label", "target_name", "target_country",
	"cameo", "cameo_root", "quad_class", "goldstein", "plover",
	"location_name", "location_country", "location_admin1", "location_lat", "location_lon", "location_geonameid",
	"flags", "num_mentions", "num_articles", "num_sources",
}

// downloadRow is an event as a row of DownloadColumns.
type downloadRow struct {
	ID                int64    `parquet:"id"`
	Date              *string  `parquet:"date,optional"`
	DatePrecision     *string  `parquet:"date_precision,optional"`
	SourceCode        string   `parquet:"source_code"`
	SourceLabel       string   `parquet:"source_label"`
	SourceName        string   `parquet:"source_name"`
	SourceCountry     *string  `parquet:"source_country,optional"`
	TargetCode        *string  `parquet:"target_code,optional"`
	TargetLabel       *string  `parquet:"target_label,optional"`
	TargetName        *string  `parquet:"target_name,optional"`
	TargetCountry     *string  `parquet:"target_country,optional"`
	CAMEO             string   `parquet:"cameo"`
	CAMEORoot         string   `parquet:"cameo_root"`
	QuadClass         int64    `parquet:"quad_class"`
	Goldstein         float64  `parquet:"goldstein"`
	PLOVER            *string  `parquet:"plover,optional"`
	LocationName      *string  `parquet:"location_name,optional"`
	LocationCountry   *string  `parquet:"location_country,optional"`
	LocationAdmin1    *string  `parquet:"location_admin1,optional"`
	LocationLat       *float64 `parquet:"location_lat,optional"`
	LocationLon       *float64 `parquet:"location_lon,optional"`
	LocationGeonameID *int64   `parquet:"location_geonameid,optional"`
	Flags             []string `parquet:"flags,list"`
	NumMentions       int64    `parquet:"num_mentions"`
	NumArticles       int64    `parquet:"num_articles"`
	NumSources        int64    `parquet:"num_sources"`
}

func rowOf(e *Event) downloadRow {
	r := downloadRow{ID: e.ID, Date: e.Date, DatePrecision: e.DatePrecision,
		SourceCode: e.Source.Code, SourceLabel: e.Source.Label, SourceName: e.Source.Name, SourceCountry: e.Source.Country,
		CAMEO: e.CAMEO, CAMEORoot: e.Root, QuadClass: int64(e.QuadClass), Goldstein: e.Goldstein, PLOVER: e.PLOVER,
		Flags: e.Flags, NumMentions: int64(e.NumMentions), NumArticles: int64(e.NumArticles), NumSources: int64(e.NumSources)}
	if t := e.Target; t != nil {
		r.TargetCode, r.TargetLabel, r.TargetName, r.TargetCountry = &t.Code, &t.Label, &t.Name, t.Country
	}
	if l := e.Location; l != nil {
		r.LocationName, r.LocationCountry, r.LocationAdmin1 = &l.Name, l.Country, l.Admin1
		r.LocationLat, r.LocationLon, r.LocationGeonameID = l.Lat, l.Lon, l.GeonameID
	}
	return r
}

// csvRecord formats a row as CSV fields in DownloadColumns order.
func csvRecord(r *downloadRow) []string {
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	f := func(p *float64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatFloat(*p, 'g', -1, 64)
	}
	i := func(p *int64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatInt(*p, 10)
	}
	return []string{
		strconv.FormatInt(r.ID, 10), s(r.Date), s(r.DatePrecision),
		r.SourceCode, r.SourceLabel, r.SourceName, s(r.SourceCountry),
		s(r.TargetCode), s(r.TargetLabel), s(r.TargetName), s(r.TargetCountry),
		r.CAMEO, r.CAMEORoot, strconv.FormatInt(r.QuadClass, 10), strconv.FormatFloat(r.Goldstein, 'g', -1, 64), s(r.PLOVER),
		s(r.LocationName), s(r.LocationCountry), s(r.LocationAdmin1), f(r.LocationLat), f(r.LocationLon), i(r.LocationGeonameID),
		strings.Join(r.Flags, ";"), strconv.FormatInt(r.NumMentions, 10), strconv.FormatInt(r.NumArticles, 10), strconv.FormatInt(r.NumSources, 10),
	}
}

// rowWriter writes download rows in one format.
type rowWriter interface {
	write(e *Event) error
	close() error
}

type csvWriter struct{ w *csv.Writer }

func (c *csvWriter) write(e *Event) error {
	r := rowOf(e)
	return c.w.Write(csvRecord(&r))
}

func (c *csvWriter) close() error { c.w.Flush(); return c.w.Error() }

type jsonlWriter struct{ enc *json.Encoder }

func (j *jsonlWriter) write(e *Event) error { return j.enc.Encode(e) }
func (j *jsonlWriter) close() error         { return nil }

type parquetWriter struct {
	w   *parquet.GenericWriter[downloadRow]
	buf []downloadRow
}

func (p *parquetWriter) write(e *Event) error {
	p.buf = append(p.buf, rowOf(e))
	if len(p.buf) == cap(p.buf) {
		return p.flush()
	}
	return nil
}

func (p *parquetWriter) flush() error {
	if len(p.buf) == 0 {
		return nil
	}
	_, err := p.w.Write(p.buf)
	p.buf = p.buf[:0]
	return err
}

func (p *parquetWriter) close() error {
	if err := p.flush(); err != nil {
		return err
	}
	return p.w.Close()
}

// newRowWriter returns the writer of format f on w, after writing the
// CSV header.
func newRowWriter(w io.Writer, f Format) (rowWriter, error) {
	switch f {
	case FormatCSV:
		c := csv.NewWriter(w)
		if err := c.Write(DownloadColumns); err != nil {
			return nil, err
		}
		return &csvWriter{w: c}, nil
	case FormatJSONL:
		return &jsonlWriter{enc: json.NewEncoder(w)}, nil
	case FormatParquet:
		return &parquetWriter{w: parquet.NewGenericWriter[downloadRow](w), buf: make([]downloadRow, 0, 1024)}, nil
	}
	return nil, fmt.Errorf("api: no writer for format %q", f)
}

// download is a streamed download of the events of a query.
type download struct {
	st     Store
	q      store.EventQuery
	format Format
	first  store.Page
}

// download fetches the first page (so that a bad cursor is still a 400)
// and returns the streamer of the rest.
func (s *server) download(ctx context.Context, q store.EventQuery, f Format) (any, error) {
	q.Limit = store.MaxLimit
	p, err := s.st.Events(ctx, q)
	if err != nil {
		return nil, err
	}
	return &download{st: s.st, q: q, format: f, first: p}, nil
}

var contentTypes = map[Format]string{
	FormatCSV:     "text/csv; charset=utf-8",
	FormatJSONL:   "application/x-ndjson",
	FormatParquet: "application/vnd.apache.parquet",
}

// stream writes every page of the query, up to MaxDownloadRows events.
func (d *download) stream(ctx context.Context, w http.ResponseWriter) error {
	h := w.Header()
	h.Set("Content-Type", contentTypes[d.format])
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="events.%s"`, d.format))
	h.Set("X-Content-Type-Options", "nosniff")
	bw := bufio.NewWriterSize(w, 64<<10)
	rw, err := newRowWriter(bw, d.format)
	if err != nil {
		return err
	}
	p, n := d.first, 0
	for {
		for i := range p.Events {
			if n == MaxDownloadRows {
				break
			}
			e := eventOf(&p.Events[i])
			if err := rw.write(&e); err != nil {
				return fmt.Errorf("api: download: %w", err)
			}
			n++
		}
		if p.Next == "" || n == MaxDownloadRows {
			break
		}
		d.q.Cursor = p.Next
		if p, err = d.st.Events(ctx, d.q); err != nil {
			return fmt.Errorf("api: download: %w", err)
		}
	}
	if err := rw.close(); err != nil {
		return fmt.Errorf("api: download: %w", err)
	}
	return bw.Flush()
}
