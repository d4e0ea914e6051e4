// Package event is tacitus's output record: one coded event, and writers
// that encode a stream of events as JSON Lines, CSV, PLOVER JSON or
// Parquet.
//
// # The record
//
// An Event encodes as one JSON object with exactly these members (the JSON
// Schema is docs/event.schema.json):
//
//	id              stable id: see Event.StableID
//	article_id      the article's id
//	sentence_index  0-based index of the sentence in the article's text;
//	                -1 for the title
//	sentence        the sentence's text
//	date            "YYYY-MM-DD" (the first day of the period) or null
//	date_precision  "day", "month" or "year"; null when date is null
//	date_basis      "text" (a temporal expression of the sentence) or
//	                "article" (the article's date); null when date is null
//	source          actor object (below)
//	target          actor object, or null for an event without a target
//	verb            {"text", "start", "end"}
//	cameo           CAMEO event code, 2-4 digits ("042", "1411")
//	cameo_root      its two-digit root ("04")
//	quad_class      1-4 (verbal/material cooperation/conflict)
//	goldstein       Goldstein score, -10 to 10
//	plover          {"type", "mode", "context"} or null; mode may be null,
//	                context is a list (possibly empty)
//	location        {"name", "country", "admin1", "lat", "lon",
//	                "geonameid", "resolution", "basis"} or null
//	flags           list of "negated", "historical", "future",
//	                "hypothetical", "quoted" (possibly empty)
//	issues          list of issue codes (possibly empty)
//	coder           tacitus version and hash of its data (see Fingerprint)
//
// An actor object is {"text", "code", "name", "country", "sectors",
// "start", "end"}: the words of the text, the CAMEO actor code ("IRNGOV"),
// a readable label of the code (Label), the country code (ISO 3166-1
// alpha-3, or a CAMEO code such as "KSV" for a state without one; null
// when the actor is not a country's), the agent codes of the code, in
// order ("GOV"), and its span.
//
// Offsets (start, end) are half-open byte offsets into the article's
// text, or into its title for sentence -1. Lists are never null: an empty
// list is [].
//
// # Other formats
//
// CSV and Parquet flatten the record into the columns of Columns (see
// there). PLOVER writes the record as the PLOVER manual's data-fields
// chapter describes (see NewPLOVERWriter).
package event

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"tacitus/places"
)

// Event is one coded event.
type Event struct {
	ID            string    `json:"id"`
	ArticleID     string    `json:"article_id"`
	SentenceIndex int       `json:"sentence_index"`
	Sentence      string    `json:"sentence"`
	Date          Date      `json:"date"`
	DatePrecision Precision `json:"date_precision"`
	DateBasis     DateBasis `json:"date_basis"`
	Source        Actor     `json:"source"`
	Target        *Actor    `json:"target"`
	Verb          Span      `json:"verb"`
	CAMEO         string    `json:"cameo"`
	CAMEORoot     string    `json:"cameo_root"`
	QuadClass     int       `json:"quad_class"`
	Goldstein     float64   `json:"goldstein"`
	PLOVER        *PLOVER   `json:"plover"`
	Location      *Location `json:"location"`
	Flags         Flags     `json:"flags"`
	Issues        List      `json:"issues"`
	Coder         string    `json:"coder"`
}

// TitleSentence is the SentenceIndex of an event coded from the title.
const TitleSentence = -1

// Actor is the source or target of an event.
type Actor struct {
	// Text is the actor's words as they appear in the sentence.
	Text string `json:"text"`
	// Code is the CAMEO actor code ("IRNGOV", "IGOUNO", "---GOV").
	Code string `json:"code"`
	// Name is a readable label of Code (see Label).
	Name string `json:"name"`
	// Country is the country of the code, "" (null) when it has none.
	Country Null `json:"country"`
	// Sectors are the agent codes of Code after its country or
	// organisation, in order ("GOV", "MIL").
	Sectors List `json:"sectors"`
	// Start and End are the half-open byte span of Text.
	Start int `json:"start"`
	End   int `json:"end"`
}

// NewActor returns the actor with text, code and span, its name, country
// and sectors derived from code by Describe.
func NewActor(text, code string, start, end int) Actor {
	d := Describe(code)
	return Actor{Text: text, Code: code, Name: d.Name, Country: Null(d.Country),
		Sectors: List(d.Sectors), Start: start, End: end}
}

// Span is the verb of an event: its words and half-open byte span.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// PLOVER is the event's PLOVER classification.
type PLOVER struct {
	// Type is the PLOVER event type ("CONSULT").
	Type string `json:"type"`
	// Mode is the PLOVER mode ("visit"), "" (null) when none applies.
	Mode Null `json:"mode"`
	// Context lists PLOVER contexts.
	Context List `json:"context"`
}

// Location is where the event happened.
type Location struct {
	// Name is the place's gazetteer name ("Aleppo").
	Name string `json:"name"`
	// Country is the ISO 3166-1 alpha-3 code of the place's country.
	Country string `json:"country"`
	// Admin1 is the first-level region ("Texas"), "" (null) when unknown
	// or when the place is a country.
	Admin1 Null `json:"admin1"`
	// Lat and Lon are WGS84 degrees, nil (null) when unknown.
	Lat *float64 `json:"lat"`
	Lon *float64 `json:"lon"`
	// GeonameID is the place's GeoNames id.
	GeonameID int `json:"geonameid"`
	// Resolution is "city", "admin1" or "country".
	Resolution Resolution `json:"resolution"`
	// Basis says how the place was chosen.
	Basis LocationBasis `json:"basis"`
}

// LocationOf returns the Location of a resolved place chosen on basis.
// Lat and Lon stay nil when the gazetteer has no coordinates for it.
func LocationOf(p places.Place, basis LocationBasis) *Location {
	l := &Location{Name: p.Name, Country: p.Country, Admin1: Null(p.Admin1),
		GeonameID: p.GeonameID, Resolution: Resolution(p.Resolution), Basis: basis}
	if p.Located() {
		lat, lon := p.Lat, p.Lon
		l.Lat, l.Lon = &lat, &lon
	}
	return l
}

// Date is a calendar date "YYYY-MM-DD"; the empty Date encodes as null.
type Date string

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return ""
	}
	return Date(t.Format(time.DateOnly))
}

// Precision is the granularity of an event date.
type Precision string

// The precisions of a date. The dates package also knows weeks and
// decades; a coder reports a week as its Monday's month and drops a
// decade's date (no precision here is coarse enough to be honest about
// it).
const (
	Day   Precision = "day"
	Month Precision = "month"
	Year  Precision = "year"
)

// DateBasis says where an event date comes from.
type DateBasis string

// The bases of an event date.
const (
	// BasisText: a temporal expression of the sentence.
	BasisText DateBasis = "text"
	// BasisArticle: the article's date.
	BasisArticle DateBasis = "article"
)

// Resolution is the kind of place of a Location.
type Resolution string

// The resolutions of a Location, finest first (the values of
// places.Resolution).
const (
	City    Resolution = "city"
	Admin1  Resolution = "admin1"
	Country Resolution = "country"
)

// LocationBasis says how a Location was chosen.
type LocationBasis string

// The bases of a Location.
const (
	// BasisSentence: a place named in the event's sentence.
	BasisSentence LocationBasis = "sentence"
	// BasisDateline: the article's dateline.
	BasisDateline LocationBasis = "dateline"
	// BasisArticleText: a place named elsewhere in the article.
	BasisArticleText LocationBasis = "article"
	// BasisActor: the country of the event's actors, when no place is
	// named.
	BasisActor LocationBasis = "actor"
)

// Flag qualifies an event.
type Flag string

// The flags of an event.
const (
	// Negated: the sentence denies the event ("did not meet").
	Negated Flag = "negated"
	// Historical: the event lies well before the article date.
	Historical Flag = "historical"
	// Future: the event is planned or expected, not yet happened.
	Future Flag = "future"
	// Hypothetical: the event is conditional or possible ("could", "if").
	Hypothetical Flag = "hypothetical"
	// Quoted: the event is reported inside a quotation.
	Quoted Flag = "quoted"
)

// AllFlags lists every Flag in their canonical order.
var AllFlags = []Flag{Negated, Historical, Future, Hypothetical, Quoted}

// Flags is a list of flags; nil encodes as [].
type Flags []Flag

// Has reports whether f holds flag.
func (f Flags) Has(flag Flag) bool { return slices.Contains(f, flag) }

// MarshalJSON encodes nil as [].
func (f Flags) MarshalJSON() ([]byte, error) {
	if f == nil {
		return []byte("[]"), nil
	}
	return json.Marshal([]Flag(f))
}

// List is a list of strings; nil encodes as [].
type List []string

// MarshalJSON encodes nil as [].
func (l List) MarshalJSON() ([]byte, error) {
	if l == nil {
		return []byte("[]"), nil
	}
	return json.Marshal([]string(l))
}

// Null is a string that encodes as null when empty and decodes null as "".
type Null string

// MarshalJSON encodes "" as null.
func (n Null) MarshalJSON() ([]byte, error) { return nullString(string(n)) }

// UnmarshalJSON decodes null as "".
func (n *Null) UnmarshalJSON(b []byte) error { return unmarshalNull(b, (*string)(n)) }

// MarshalJSON encodes "" as null.
func (d Date) MarshalJSON() ([]byte, error) { return nullString(string(d)) }

// UnmarshalJSON decodes null as "".
func (d *Date) UnmarshalJSON(b []byte) error { return unmarshalNull(b, (*string)(d)) }

// MarshalJSON encodes "" as null.
func (p Precision) MarshalJSON() ([]byte, error) { return nullString(string(p)) }

// UnmarshalJSON decodes null as "".
func (p *Precision) UnmarshalJSON(b []byte) error { return unmarshalNull(b, (*string)(p)) }

// MarshalJSON encodes "" as null.
func (b DateBasis) MarshalJSON() ([]byte, error) { return nullString(string(b)) }

// UnmarshalJSON decodes null as "".
func (b *DateBasis) UnmarshalJSON(data []byte) error { return unmarshalNull(data, (*string)(b)) }

func nullString(s string) ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(s)
}

func unmarshalNull(b []byte, dst *string) error {
	if string(b) == "null" {
		*dst = ""
		return nil
	}
	return json.Unmarshal(b, dst)
}

// StableID returns the id of e: 24 hex digits of a SHA-256 over the coder,
// the article id, the sentence index, the verb span, the source and target
// codes and the CAMEO code. Coding the same input with the same coder
// gives the same ids; two events of one sentence differ in at least one of
// these.
func (e *Event) StableID() string {
	target := ""
	if e.Target != nil {
		target = e.Target.Code
	}
	h := sha256.New()
	for _, s := range []string{e.Coder, e.ArticleID, strconv.Itoa(e.SentenceIndex),
		strconv.Itoa(e.Verb.Start), strconv.Itoa(e.Verb.End), e.Source.Code, target, e.CAMEO} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// Fingerprint returns the coder string of the record: version, "+" and 12
// hex digits of a SHA-256 over the named data (dictionaries, models) in
// name order, e.g. "0.4.0+3fa9c1d2e4b5". The same version and data always
// give the same string.
func Fingerprint(version string, data map[string][]byte) string {
	names := make([]string, 0, len(data))
	for n := range data {
		names = append(names, n)
	}
	slices.Sort(names)
	h := sha256.New()
	for _, n := range names {
		h.Write([]byte(n))
		h.Write([]byte{0})
		h.Write([]byte(strconv.Itoa(len(data[n]))))
		h.Write([]byte{0})
		h.Write(data[n])
	}
	return version + "+" + hex.EncodeToString(h.Sum(nil)[:6])
}

// ErrInvalid reports an event that breaks the record's rules.
var ErrInvalid = errors.New("event: invalid record")

// Validate checks the rules that the JSON Schema cannot see and that a
// writer relies on: a non-empty id, article id and coder, date fields all
// set or all empty, ordered spans, a target present for a target span.
// It wraps ErrInvalid.
func (e *Event) Validate() error {
	bad := func(msg string) error { return fmt.Errorf("%w: %s", ErrInvalid, msg) }
	switch {
	case e.ID == "":
		return bad("empty id")
	case e.ArticleID == "":
		return bad("empty article_id")
	case e.Coder == "":
		return bad("empty coder")
	case e.SentenceIndex < TitleSentence:
		return bad("sentence_index below -1")
	case (e.Date == "") != (e.DatePrecision == "") || (e.Date == "") != (e.DateBasis == ""):
		return bad("date, date_precision and date_basis must be all set or all null")
	case e.Verb.Start > e.Verb.End || e.Source.Start > e.Source.End:
		return bad("span start after end")
	case e.Target != nil && e.Target.Start > e.Target.End:
		return bad("target span start after end")
	}
	if e.Date != "" {
		if _, err := time.Parse(time.DateOnly, string(e.Date)); err != nil {
			return bad("date " + strconv.Quote(string(e.Date)) + " is not YYYY-MM-DD")
		}
	}
	return nil
}

// marshalLine encodes e as one line of JSON without HTML escaping.
func marshalLine(buf *bytes.Buffer, v any) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
