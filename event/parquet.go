package event

import (
	"io"
	"time"

	"tacitus/internal/parquetbatch"
)

// parquetRow is the Parquet layout of an event: the flat Columns.
type parquetRow struct {
	ID            string  `parquet:"id"`
	ArticleID     string  `parquet:"article_id"`
	SentenceIndex int64   `parquet:"sentence_index"`
	Sentence      string  `parquet:"sentence"`
	Date          *int32  `parquet:"date,optional,date"` // days since 1970-01-01
	DatePrecision *string `parquet:"date_precision,optional"`
	DateBasis     *string `parquet:"date_basis,optional"`

	SourceText    string   `parquet:"source_text"`
	SourceCode    string   `parquet:"source_code"`
	SourceName    string   `parquet:"source_name"`
	SourceCountry *string  `parquet:"source_country,optional"`
	SourceSectors []string `parquet:"source_sectors,list"`
	SourceStart   int64    `parquet:"source_start"`
	SourceEnd     int64    `parquet:"source_end"`

	TargetText    *string  `parquet:"target_text,optional"`
	TargetCode    *string  `parquet:"target_code,optional"`
	TargetName    *string  `parquet:"target_name,optional"`
	TargetCountry *string  `parquet:"target_country,optional"`
	TargetSectors []string `parquet:"target_sectors,list"`
	TargetStart   *int64   `parquet:"target_start,optional"`
	TargetEnd     *int64   `parquet:"target_end,optional"`

	VerbText  string  `parquet:"verb_text"`
	VerbStart int64   `parquet:"verb_start"`
	VerbEnd   int64   `parquet:"verb_end"`
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

	Flags  []string `parquet:"flags,list"`
	Issues []string `parquet:"issues,list"`
	Coder  string   `parquet:"coder"`
}

// parquetWriter writes the flat Columns of event records as one Parquet
// file.
type parquetWriter struct {
	b *parquetbatch.Writer[parquetRow]
}

// NewParquetWriter returns a Writer of one Parquet file with the flat
// Columns (see there). The file is complete only after Close, which
// writes its footer.
func NewParquetWriter(w io.Writer) Writer {
	return parquetWriter{parquetbatch.New[parquetRow](w, "event")}
}

func (p parquetWriter) Write(e *Event) error { return p.b.Add(toParquet(e)) }

func (p parquetWriter) Close() error { return p.b.Close() }

// opt returns nil for "" and a pointer to s otherwise.
func opt[S ~string](s S) *string {
	if s == "" {
		return nil
	}
	v := string(s)
	return &v
}

func ptr[T any](v T) *T { return &v }

func toParquet(e *Event) parquetRow {
	r := parquetRow{
		ID: e.ID, ArticleID: e.ArticleID, SentenceIndex: int64(e.SentenceIndex), Sentence: e.Sentence,
		DatePrecision: opt(e.DatePrecision), DateBasis: opt(e.DateBasis),
		SourceText: e.Source.Text, SourceCode: e.Source.Code, SourceName: e.Source.Name,
		SourceCountry: opt(e.Source.Country), SourceSectors: nonNil(e.Source.Sectors),
		SourceStart: int64(e.Source.Start), SourceEnd: int64(e.Source.End),
		TargetSectors: []string{},
		VerbText:      e.Verb.Text, VerbStart: int64(e.Verb.Start), VerbEnd: int64(e.Verb.End),
		CAMEO: e.CAMEO, CAMEORoot: e.CAMEORoot, QuadClass: int64(e.QuadClass), Goldstein: e.Goldstein,
		PLOVERContext: []string{},
		Issues:        nonNil(e.Issues),
		Coder:         e.Coder,
	}
	if e.Date != "" {
		if t, err := time.Parse(time.DateOnly, string(e.Date)); err == nil {
			r.Date = ptr(int32(t.Unix() / 86400))
		}
	}
	if t := e.Target; t != nil {
		r.TargetText, r.TargetCode, r.TargetName = ptr(t.Text), ptr(t.Code), ptr(t.Name)
		r.TargetCountry, r.TargetSectors = opt(t.Country), nonNil(t.Sectors)
		r.TargetStart, r.TargetEnd = ptr(int64(t.Start)), ptr(int64(t.End))
	}
	if p := e.PLOVER; p != nil {
		r.PLOVERType, r.PLOVERMode, r.PLOVERContext = ptr(p.Type), opt(p.Mode), nonNil(p.Context)
	}
	if l := e.Location; l != nil {
		r.LocationName, r.LocationCountry, r.LocationAdmin1 = ptr(l.Name), ptr(l.Country), opt(l.Admin1)
		r.LocationLat, r.LocationLon = l.Lat, l.Lon
		r.LocationGeonameID = ptr(int64(l.GeonameID))
		r.LocationResolution, r.LocationBasis = opt(l.Resolution), opt(l.Basis)
	}
	r.Flags = make([]string, len(e.Flags))
	for i, f := range e.Flags {
		r.Flags[i] = string(f)
	}
	return r
}

func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}
