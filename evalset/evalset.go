// Package evalset is tacitus's real-news development set: sentences drawn
// from the news corpora in ../shared/corpora, annotated by hand with CAMEO
// events (source and target actor codes, event code, date and place), and a
// scorer that compares a system's events with those annotations.
//
// The committed data file, devset.jsonl (embedded), never contains news
// text: each item points into a corpus by file name, article id and byte
// span, with a truncated SHA-256 of the sentence to detect drift. Load
// recovers the sentences from ../shared and checks the hashes; without
// ../shared only the annotations are available (Items), which is enough to
// score a system's output that was produced elsewhere.
//
// Each item carries a split: "tune" items may be looked at and tuned on;
// "report" items are frozen and only ever used to report numbers. The
// annotation rules are in GUIDELINES.md beside this file.
package evalset

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
)

// Corpus file names under ../shared/corpora that items may reference.
const (
	CorpusBBC     = "bbc_news_2004_2005.jsonl"
	CorpusIEER    = "ieer_1998_newswire.jsonl"
	CorpusReuters = "reuters21578.jsonl"
)

// Split names.
const (
	SplitTune   = "tune"
	SplitReport = "report"
)

// Date precisions. PrecisionNone goes with an empty Date.
const (
	PrecisionDay   = "day"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
	PrecisionNone  = "none"
)

// Event flags.
const (
	// FlagNegated marks an event the sentence says did not happen.
	FlagNegated = "negated"
	// FlagHypothetical marks a conditional, possible or demanded event.
	FlagHypothetical = "hypothetical"
	// FlagFuture marks a planned or announced event that has not yet happened.
	FlagFuture = "future"
	// FlagReported marks an event known only from a party's claim inside the
	// sentence (X said Y attacked Z).
	FlagReported = "reported"
)

// Place is where an event happened: a GeoNames-style name, the ISO 3166
// alpha-3 country code, and WGS84 coordinates in degrees.
type Place struct {
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// Event is one gold event of an item.
type Event struct {
	// Source is the CAMEO actor code of the actor who acts.
	Source string
	// Target is the CAMEO actor code of the actor acted upon; "" when the
	// event has none (null in JSON).
	Target string
	// CAMEO is the event code (2 to 4 digits), Root its two-digit root.
	CAMEO, Root string
	// Date is YYYY-MM-DD (day 01 for month precision, 01-01 for year
	// precision), "" when unknown. DatePrecision is one of the Precision
	// constants, DateBasis tells where the date came from ("sentence",
	// "article", "context" or "none").
	Date, DatePrecision, DateBasis string
	// Place is where the event happened, nil when unknown.
	Place *Place
	// Flags holds the Flag constants that apply.
	Flags []string
}

type eventJSON struct {
	Source        string   `json:"source"`
	Target        *string  `json:"target"`
	CAMEO         string   `json:"cameo"`
	Root          string   `json:"root"`
	Date          *string  `json:"date"`
	DatePrecision string   `json:"date_precision"`
	DateBasis     string   `json:"date_basis"`
	Place         *Place   `json:"place"`
	Flags         []string `json:"flags"`
}

// MarshalJSON writes the event with null for an empty target or date.
func (e Event) MarshalJSON() ([]byte, error) {
	j := eventJSON{Source: e.Source, CAMEO: e.CAMEO, Root: e.Root, DatePrecision: e.DatePrecision,
		DateBasis: e.DateBasis, Place: e.Place, Flags: e.Flags}
	if e.Target != "" {
		j.Target = &e.Target
	}
	if e.Date != "" {
		j.Date = &e.Date
	}
	if j.Flags == nil {
		j.Flags = []string{}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads an event; null target and date become "".
func (e *Event) UnmarshalJSON(b []byte) error {
	var j eventJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*e = Event{Source: j.Source, CAMEO: j.CAMEO, Root: j.Root, DatePrecision: j.DatePrecision,
		DateBasis: j.DateBasis, Place: j.Place, Flags: j.Flags}
	if j.Target != nil {
		e.Target = *j.Target
	}
	if j.Date != nil {
		e.Date = *j.Date
	}
	return nil
}

// HasFlag reports whether the event carries flag f.
func (e Event) HasFlag(f string) bool {
	for _, g := range e.Flags {
		if g == f {
			return true
		}
	}
	return false
}

// Item is one annotated sentence: where it is in the corpora, and its gold
// events (empty when the sentence reports none).
type Item struct {
	// ID is corpus-short-name:article:start, unique in the set (see ItemID).
	ID string `json:"id"`
	// Corpus is one of the Corpus constants; Article the article's "id".
	Corpus  string `json:"corpus"`
	Article string `json:"article"`
	// Field is the article field the span points into ("text" or "title").
	Field string `json:"field"`
	// Start and End are the sentence's byte offsets in that field.
	Start int `json:"start"`
	End   int `json:"end"`
	// SHA256 is the first 16 hex digits of the SHA-256 of the sentence bytes.
	SHA256 string `json:"sha256"`
	// ArticleDate is the article's date (YYYY-MM-DD), "" when the corpus
	// records none (the BBC set).
	ArticleDate string `json:"article_date"`
	// Dateline is the corpus's separate dateline field, when it has one.
	Dateline string `json:"dateline,omitempty"`
	// Split is SplitTune or SplitReport.
	Split string `json:"split"`
	// Events are the gold events, in sentence order.
	Events []Event `json:"events"`
	// Note is the annotator's remark on a hard decision, if any.
	Note string `json:"note,omitempty"`
}

// SentenceHash returns the first 16 hex digits of the SHA-256 of s.
func SentenceHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

// ItemID builds an item id from the corpus file name, article id and span
// start.
func ItemID(corpus, article string, start int) string {
	short := corpus
	switch corpus {
	case CorpusBBC:
		short = "bbc"
	case CorpusIEER:
		short = "ieer"
	case CorpusReuters:
		short = "reuters"
	}
	return fmt.Sprintf("%s:%s:%d", short, article, start)
}

// splitHash is the fixed hash that orders items for the split.
func splitHash(id string) uint64 {
	sum := sha256.Sum256([]byte("tacitus-evalset-split|" + id))
	return binary.BigEndian.Uint64(sum[:8])
}

// AssignSplits sets Split on every item: items are ordered by a fixed hash
// of their id and the first half (rounded up) is SplitTune, the rest
// SplitReport. The order of items is not changed.
func AssignSplits(items []Item) {
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return splitHash(items[idx[a]].ID) < splitHash(items[idx[b]].ID) })
	for rank, i := range idx {
		if rank < (len(items)+1)/2 {
			items[i].Split = SplitTune
		} else {
			items[i].Split = SplitReport
		}
	}
}
