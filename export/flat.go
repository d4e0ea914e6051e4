package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"tacitus/event"
	"tacitus/internal/parquetbatch"
	"tacitus/store"
)

// FlatColumns are the columns of the CSV and Parquet formats, in order:
//
//	id                        GlobalID
//	store_id                  the event's id in this store
//	date, date_precision      "YYYY-MM-DD" and "day", "month", "year";
//	                          empty when the event has no date
//	source_code, source_name, source_country, source_sectors
//	target_*                  the same four; empty without a target
//	cameo, cameo_root, quad_class, goldstein
//	plover_type, plover_mode, plover_context
//	location_name, location_country, location_admin1, location_lat,
//	location_lon, location_geonameid, location_resolution, location_basis
//	flags                     negated, historical, future, hypothetical,
//	                          quoted
//	num_mentions, num_articles, num_sources
//	article_id, article_url, article_source, article_date,
//	sentence_index, sentence  the first mention's article and sentence
//	coder                     the first mention's coder string
//
// Package event's flat columns describe one mention (its verb span, its
// actor texts); these describe a deduplicated event and add its counts. In
// CSV, lists are joined with ";"; in Parquet they are LIST columns, unknown
// values are nulls, date is a DATE and article_date a TIMESTAMP.
var FlatColumns = []string{
	"id", "store_id", "date", "date_precision",
	"source_code", "source_name", "source_country", "source_sectors",
	"target_code", "target_name", "target_country", "target_sectors",
	"cameo", "cameo_root", "quad_class", "goldstein",
	"plover_type", "plover_mode", "plover_context",
	"location_name", "location_country", "location_admin1", "location_lat", "location_lon",
	"location_geonameid", "location_resolution", "location_basis",
	"flags", "num_mentions", "num_articles", "num_sources",
	"article_id", "article_url", "article_source", "article_date", "sentence_index", "sentence",
	"coder",
}

// flatRow is a deduplicated event as FlatColumns, and its Parquet layout.
type flatRow struct {
	ID            int64   `parquet:"id"`
	StoreID       int64   `parquet:"store_id"`
	Date          *int32  `parquet:"date,optional,date"` // days since 1970-01-01
	DatePrecision *string `parquet:"date_precision,optional"`

	SourceCode    *string  `parquet:"source_code,optional"`
	SourceName    *string  `parquet:"source_name,optional"`
	SourceCountry *string  `parquet:"source_country,optional"`
	SourceSectors []string `parquet:"source_sectors,list"`
	TargetCode    *string  `parquet:"target_code,optional"`
	TargetName    *string  `parquet:"target_name,optional"`
	TargetCountry *string  `parquet:"target_country,optional"`
	TargetSectors []string `parquet:"target_sectors,list"`

	CAMEO     string  `parquet:"cameo"`
	CAMEORoot string  `parquet:"cameo_root"`
	QuadClass int64   `parquet:"quad_class"`
	Goldstein float64 `parquet:"goldstein"`

	PLOVERType    *string  `parquet:"plover_type,optional"`
	PLOVERMode    *string  `parquet:"plover_mode,optional"`
	PLOVERContext []string `parquet:"plover_context,list"`

	LocationName       *string  `parquet:"location_name,optional"`
	LocationCountry    *string  `parquet:"location_country,optional"`
	LocationAdmin1     *string  `parquet:"location_admin1,optional"`
	LocationLat        *float64 `parquet:"location_lat,optional"`
	LocationLon        *float64 `parquet:"location_lon,optional"`
	LocationGeonameID  *int64   `parquet:"location_geonameid,optional"`
	LocationResolution *string  `parquet:"location_resolution,optional"`
	LocationBasis      *string  `parquet:"location_basis,optional"`

	Flags       []string `parquet:"flags,list"`
	NumMentions int64    `parquet:"num_mentions"`
	NumArticles int64    `parquet:"num_articles"`
	NumSources  int64    `parquet:"num_sources"`

	ArticleID     *string    `parquet:"article_id,optional"`
	ArticleURL    *string    `parquet:"article_url,optional"`
	ArticleSource *string    `parquet:"article_source,optional"`
	ArticleDate   *time.Time `parquet:"article_date,optional,timestamp(millisecond)"`
	SentenceIndex *int64     `parquet:"sentence_index,optional"`
	Sentence      *string    `parquet:"sentence,optional"`
	Coder         *string    `parquet:"coder,optional"`
}

// opt returns nil for "" and a pointer to s otherwise.
func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func ptr[T any](v T) *T { return &v }

// flagNames lists the flags that are set, in event.AllFlags order.
func flagNames(f store.Flags) []string {
	set := map[event.Flag]bool{event.Negated: f.Negated, event.Historical: f.Historical,
		event.Future: f.Future, event.Hypothetical: f.Hypothetical, event.Quoted: f.Quoted}
	out := []string{}
	for _, fl := range event.AllFlags {
		if set[fl] {
			out = append(out, string(fl))
		}
	}
	return out
}

func sectorsOf(code string) []string {
	if code == "" {
		return []string{}
	}
	return event.Describe(code).Sectors
}

func toFlat(e *store.EventDetail) flatRow {
	r := flatRow{
		ID: GlobalID(e), StoreID: e.ID,
		SourceCode: opt(e.Source.Code), SourceName: opt(e.Source.Name), SourceCountry: opt(e.Source.Country),
		SourceSectors: sectorsOf(e.Source.Code),
		TargetCode:    opt(e.Target.Code), TargetName: opt(e.Target.Name), TargetCountry: opt(e.Target.Country),
		TargetSectors: sectorsOf(e.Target.Code),
		CAMEO:         e.CAMEO, CAMEORoot: root(e), QuadClass: int64(e.QuadClass), Goldstein: e.Goldstein,
		PLOVERType: opt(e.PLOVER), PLOVERContext: []string{},
		Flags:       flagNames(e.Flags),
		NumMentions: int64(e.NumMentions), NumArticles: int64(e.NumArticles), NumSources: int64(e.NumSources),
	}
	if hasYear(e) {
		d := time.Date(e.Date.Year(), e.Date.Month(), e.Date.Day(), 0, 0, 0, 0, time.UTC)
		r.Date = ptr(int32(d.Unix() / 86400))
		r.DatePrecision = opt(string(e.DatePrecision))
	}
	if l := e.Location; l != nil {
		r.LocationName, r.LocationCountry, r.LocationAdmin1 = opt(l.Name), opt(l.Country), opt(l.Admin1)
		r.LocationLat, r.LocationLon = l.Lat, l.Lon
		if l.GeonameID != 0 {
			r.LocationGeonameID = ptr(l.GeonameID)
		}
		r.LocationResolution, r.LocationBasis = opt(l.Resolution), opt(l.Basis)
	}
	if m := first(e); m != nil {
		if e.PLOVER != "" && m.Mention.PLOVER == e.PLOVER {
			r.PLOVERMode = opt(m.Mention.PLOVERMode)
			if m.Mention.PLOVERContext != nil {
				r.PLOVERContext = m.Mention.PLOVERContext
			}
		}
		r.ArticleID, r.ArticleURL, r.ArticleSource = opt(m.ArticleID), opt(m.ArticleURL), opt(m.ArticleSource)
		if !m.ArticleDate.IsZero() {
			r.ArticleDate = ptr(m.ArticleDate.UTC())
		}
		r.SentenceIndex, r.Sentence = ptr(int64(m.Mention.SentenceIndex)), opt(m.Sentence)
		r.Coder = opt(m.Mention.Coder)
	}
	return r
}

// csvRecord returns r as the CSV fields of FlatColumns.
func (r *flatRow) csvRecord(e *store.EventDetail) []string {
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	date := ""
	if r.Date != nil {
		date = e.Date.Format(time.DateOnly)
	}
	gid, sidx, adate := "", "", ""
	if r.LocationGeonameID != nil {
		gid = itoa(*r.LocationGeonameID)
	}
	if r.SentenceIndex != nil {
		sidx = itoa(*r.SentenceIndex)
	}
	if r.ArticleDate != nil {
		adate = r.ArticleDate.Format(time.RFC3339)
	}
	join := func(l []string) string { return strings.Join(l, ";") }
	return []string{
		itoa(r.ID), itoa(r.StoreID), date, s(r.DatePrecision),
		s(r.SourceCode), s(r.SourceName), s(r.SourceCountry), join(r.SourceSectors),
		s(r.TargetCode), s(r.TargetName), s(r.TargetCountry), join(r.TargetSectors),
		r.CAMEO, r.CAMEORoot, strconv.FormatInt(r.QuadClass, 10), ftoa(r.Goldstein),
		s(r.PLOVERType), s(r.PLOVERMode), join(r.PLOVERContext),
		s(r.LocationName), s(r.LocationCountry), s(r.LocationAdmin1), coord(r.LocationLat), coord(r.LocationLon),
		gid, s(r.LocationResolution), s(r.LocationBasis),
		join(r.Flags), itoa(r.NumMentions), itoa(r.NumArticles), itoa(r.NumSources),
		s(r.ArticleID), s(r.ArticleURL), s(r.ArticleSource), adate, sidx, s(r.Sentence),
		s(r.Coder),
	}
}

// csvWriter writes FlatColumns as CSV (RFC 4180) with a header row.
type csvWriter struct {
	w      *csv.Writer
	header bool
}

func newCSVWriter(w io.Writer) *csvWriter { return &csvWriter{w: csv.NewWriter(w)} }

func (c *csvWriter) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	if err := c.w.Write(FlatColumns); err != nil {
		return fmt.Errorf("export: writing CSV: %w", err)
	}
	return nil
}

func (c *csvWriter) Write(e *store.EventDetail) error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	r := toFlat(e)
	if err := c.w.Write(r.csvRecord(e)); err != nil {
		return fmt.Errorf("export: writing CSV: %w", err)
	}
	return nil
}

func (c *csvWriter) Close() error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return fmt.Errorf("export: writing CSV: %w", err)
	}
	return nil
}

// parquetWriter writes FlatColumns as one Parquet file.
type parquetWriter struct{ b *parquetbatch.Writer[flatRow] }

func newParquetWriter(w io.Writer) parquetWriter {
	return parquetWriter{parquetbatch.New[flatRow](w, "export")}
}

func (p parquetWriter) Write(e *store.EventDetail) error { return p.b.Add(toFlat(e)) }

func (p parquetWriter) Close() error { return p.b.Close() }
