// Package store keeps coded articles and their events: an embedded SQLite
// database by default, or PostgreSQL for a shared deployment. Both backends
// sit behind the same small interfaces (Writer, Reader, Store) and behave
// the same; Open picks one by its DSN.
//
// # What is stored
//
// An article is written once with everything coded from it (an
// ArticleBatch): the article's metadata and text, the byte spans of its
// sentences (offsets into the stored text, never copies: a sentence's text
// is cut from the article text when read), and one Mention per coded event
// in it. The write is one transaction: a failed write leaves nothing, and
// writing an article id again replaces what was stored for it.
//
// # Events and mentions (cross-article dedup)
//
// As in GDELT, an Event is what many mentions report: mentions with the
// same event date at day precision, the same source and target actor codes,
// the same CAMEO code and the same location GeoNames id (no id equals no
// id) are one event, whatever article they come from. The event counts its
// mentions (NumMentions), the distinct articles that mention it
// (NumArticles) and the distinct article sources, i.e. publishers
// (NumSources); every mention is kept with its article, sentence and
// offsets for provenance. A mention whose date is coarser than a day (month,
// year, none) is never merged, nor is a flagged one (negated, historical,
// future or hypothetical): each is an event of its own. Flagged events are
// left out of queries unless Filter.IncludeFlagged is set; time series,
// networks and actor rankings count unflagged events only.
//
// # Syndication
//
// Wire copies are common. TextHash gives an article's exact-text hash;
// when FindByTextHash finds an article already stored with the same text,
// the copy need not be coded again: AddSyndicated records it as a further
// article mentioning the same events, so their NumArticles and NumSources
// count it. Simhash gives a 64-bit SimHash over word 3-shingles, stored per
// article; FindNearDuplicate finds a stored article within Hamming distance
// NearDuplicateDistance (3) of it, a near duplicate that the caller may
// treat as a copy.
//
// # Queries
//
// Reader serves the API: a page of events (filters, keyset cursor), one
// event with its mentions and their sentences, per-dyad time series by
// QuadClass, the actor network, top actors, unknown actors and totals.
// Time series, networks and rankings read per-day aggregates that the
// writer keeps up to date in the same transaction.
package store

import (
	"context"
	"errors"
	"time"

	"tacitus/article"
)

// Errors that callers branch on. Errors returned by the store wrap them.
var (
	// ErrNotFound: no event or article with that id.
	ErrNotFound = errors.New("store: not found")
	// ErrInvalidQuery: a query parameter is out of range (limit, dates,
	// interval, bounding box).
	ErrInvalidQuery = errors.New("store: invalid query")
	// ErrInvalidCursor: the cursor is malformed or belongs to other filters.
	ErrInvalidCursor = errors.New("store: invalid cursor")
	// ErrInvalidBatch: an ArticleBatch is inconsistent (empty id, a span
	// outside the text, a mention of a sentence that is not there).
	ErrInvalidBatch = errors.New("store: invalid article batch")
	// ErrClosed: the store was closed.
	ErrClosed = errors.New("store: closed")
	// ErrSchemaTooNew: the database was migrated by a newer tacitus.
	ErrSchemaTooNew = errors.New("store: database schema is newer than this program")
)

// MaxLimit is the largest page size Events accepts; DefaultLimit is used
// when a query gives none.
const (
	MaxLimit     = 1000
	DefaultLimit = 100
)

// Writer stores coded articles.
type Writer interface {
	// WriteArticle stores an article, its sentence spans and its
	// mentions in one transaction, replacing anything stored under the
	// same article id.
	WriteArticle(ctx context.Context, b ArticleBatch) error
	// WriteArticles stores several articles in one transaction: all or
	// none. It is the fast path for bulk loads.
	WriteArticles(ctx context.Context, bs []ArticleBatch) error
	// AddSyndicated records copy, an article with the same text as the
	// stored article originalID, as one more article mentioning each of
	// the original's events (same sentence indexes and offsets), without
	// storing its text again. Writing the same copy id again is a no-op
	// apart from metadata. It fails with ErrNotFound when originalID is
	// not stored.
	AddSyndicated(ctx context.Context, copy article.Article, originalID string) error
	// SeenArticle reports whether an article id is stored (as coded or as
	// a syndicated copy).
	SeenArticle(ctx context.Context, id string) (bool, error)
	// FindByTextHash returns the id of a coded article whose TextHash is
	// hash, and false when there is none.
	FindByTextHash(ctx context.Context, hash string) (string, bool, error)
	// FindNearDuplicate returns the id of a coded article whose simhash
	// is within NearDuplicateDistance bits of sh, with the distance; the
	// nearest one when several are (ties by smallest id).
	FindNearDuplicate(ctx context.Context, sh uint64) (id string, distance int, found bool, err error)
	// Match asks SeenArticle(id), FindByTextHash(hash) and, when near
	// is set, FindNearDuplicate(sh) at once, in one query: what an
	// ingest asks of every article before coding it.
	Match(ctx context.Context, id, hash string, sh uint64, near bool) (Match, error)
}

// Match is what a store holds of an incoming article (Writer.Match).
type Match struct {
	// Seen: an article with the id is stored (coded or as a copy).
	Seen bool
	// Original is the id of a coded article with the same TextHash, ""
	// when there is none.
	Original string
	// Near is the id of the nearest coded article whose simhash is
	// within NearDuplicateDistance bits, at Distance bits; "" when there
	// is none or near duplicates were not asked for.
	Near     string
	Distance int
}

// Reader answers the API's queries.
type Reader interface {
	// Events returns a page of events matching q, newest event date
	// first (ties by descending id), and the cursor of the next page.
	Events(ctx context.Context, q EventQuery) (Page, error)
	// Event returns one event with its mentions; ErrNotFound when absent.
	Event(ctx context.Context, id int64) (EventDetail, error)
	// Series returns a dyad's events per interval and QuadClass.
	Series(ctx context.Context, q SeriesQuery) ([]SeriesPoint, error)
	// Network returns the top actors of a period and the dyads among them.
	Network(ctx context.Context, q NetworkQuery) (Network, error)
	// TopActors ranks actor codes by the number of events they take part in.
	TopActors(ctx context.Context, q TopQuery) ([]ActorCount, error)
	// UnknownActors ranks the actor texts the coder could not code.
	UnknownActors(ctx context.Context, q TopQuery) ([]UnknownActor, error)
	// Stats returns totals over the whole store.
	Stats(ctx context.Context) (Stats, error)
}

// Lister pages through the stored articles, e.g. to code them again.
type Lister interface {
	// Articles returns up to limit coded articles (not syndicated
	// copies) whose id sorts after after ("" for the first page), in
	// ascending id order; fewer than limit means the last page. Limit
	// is 1..MaxLimit.
	Articles(ctx context.Context, after string, limit int) ([]article.Article, error)
}

// Store is a Writer, a Reader and a Lister over one database.
type Store interface {
	Writer
	Reader
	Lister
	// Close releases the database; the Store must not be used after.
	Close() error
}

// Precision is how precisely a mention's event date is known.
type Precision string

// Date precisions. Only PrecisionDay mentions are merged into shared events.
const (
	PrecisionDay   Precision = "day"
	PrecisionMonth Precision = "month"
	PrecisionYear  Precision = "year"
	PrecisionNone  Precision = ""
)

// Span is a half-open byte range [Start, End) of an article's text.
type Span = article.Span

// Actor is a mention's source or target actor.
type Actor struct {
	// Text is the actor as written, e.g. "Chinese troops".
	Text string `json:"text,omitempty"`
	// Code is the CAMEO actor code, e.g. "CHNMIL"; "" when the coder
	// found the actor but could not code it.
	Code string `json:"code,omitempty"`
	// Name is the dictionary name, e.g. "CHINA".
	Name string `json:"name,omitempty"`
	// Country is the ISO 3166-1 alpha-3 country, when known.
	Country string `json:"country,omitempty"`
	// Sectors are the actor's sector codes, e.g. ["MIL"].
	Sectors []string `json:"sectors,omitempty"`
	// Start and End are the actor's byte offsets in the article text.
	Start int `json:"start,omitempty"`
	End   int `json:"end,omitempty"`
}

// Location is where an event took place.
type Location struct {
	Name    string `json:"name,omitempty"`
	Country string `json:"country,omitempty"`
	Admin1  string `json:"admin1,omitempty"`
	// Lat and Lon are WGS84 degrees, nil when unknown.
	Lat *float64 `json:"lat,omitempty"`
	Lon *float64 `json:"lon,omitempty"`
	// GeonameID is the GeoNames id, 0 when the place was not resolved to one.
	GeonameID  int64  `json:"geonameid,omitempty"`
	Resolution string `json:"resolution,omitempty"`
	Basis      string `json:"basis,omitempty"`
}

// Flags qualify a mention. Negated, Historical, Future and Hypothetical
// mentions are not merged into shared events and are hidden by default;
// Quoted ones are ordinary events.
type Flags struct {
	Negated      bool `json:"negated,omitempty"`
	Historical   bool `json:"historical,omitempty"`
	Future       bool `json:"future,omitempty"`
	Hypothetical bool `json:"hypothetical,omitempty"`
	Quoted       bool `json:"quoted,omitempty"`
}

// Excluding reports whether the flags keep the mention out of merged
// events and default queries.
func (f Flags) Excluding() bool {
	return f.Negated || f.Historical || f.Future || f.Hypothetical
}

// Mention is one coded event in one sentence of an article: the coder's
// record, as the store keeps it.
type Mention struct {
	// RecordID is the coder's record id, kept as given.
	RecordID string `json:"id,omitempty"`
	// SentenceIndex is the index into ArticleBatch.Sentences, or
	// TitleSentence for an event coded from the article's title.
	SentenceIndex int `json:"sentence_index"`
	// Date is the event date; only its calendar date counts (in the
	// time's own location). The zero time means no date.
	Date          time.Time `json:"date"`
	DatePrecision Precision `json:"date_precision,omitempty"`
	DateBasis     string    `json:"date_basis,omitempty"`
	Source        Actor     `json:"source"`
	Target        Actor     `json:"target"`
	// Verb is the verb's byte span in the article text.
	Verb Span `json:"verb"`
	// CAMEO is the event code, e.g. "042", Root its root, e.g. "04".
	CAMEO     string  `json:"cameo"`
	Root      string  `json:"cameo_root"`
	QuadClass int     `json:"quad_class"`
	Goldstein float64 `json:"goldstein"`
	PLOVER    string  `json:"plover,omitempty"`
	// PLOVERMode and PLOVERContext complete the PLOVER classification.
	PLOVERMode    string    `json:"plover_mode,omitempty"`
	PLOVERContext []string  `json:"plover_context,omitempty"`
	Location      *Location `json:"location,omitempty"`
	Flags         Flags     `json:"flags"`
	Issues        []string  `json:"issues,omitempty"`
	Coder         string    `json:"coder,omitempty"`
}

// TitleSentence is the SentenceIndex of a mention coded from the title
// (event.TitleSentence): its sentence is the whole Article.Title.
const TitleSentence = -1

// ArticleBatch is everything coded from one article.
type ArticleBatch struct {
	Article article.Article
	// Sentences are the byte spans of the article's sentences in
	// Article.Text, in order.
	Sentences []Span
	// Mentions are the events coded from the article.
	Mentions []Mention
}

// ActorRef names an event's actor.
type ActorRef struct {
	Code    string `json:"code"`
	Name    string `json:"name,omitempty"`
	Country string `json:"country,omitempty"`
}

// Event is a deduplicated event. Its descriptive fields (actor names,
// location) are those of the first mention that created it.
type Event struct {
	ID            int64     `json:"id"`
	Date          time.Time `json:"date"`
	DatePrecision Precision `json:"date_precision,omitempty"`
	Source        ActorRef  `json:"source"`
	Target        ActorRef  `json:"target"`
	CAMEO         string    `json:"cameo"`
	Root          string    `json:"cameo_root"`
	QuadClass     int       `json:"quad_class"`
	Goldstein     float64   `json:"goldstein"`
	PLOVER        string    `json:"plover,omitempty"`
	Location      *Location `json:"location,omitempty"`
	// Flags are the flags of a flagged event's single mention; a merged
	// event has none.
	Flags       Flags `json:"flags"`
	NumMentions int   `json:"num_mentions"`
	NumArticles int   `json:"num_articles"`
	NumSources  int   `json:"num_sources"`
}

// MentionDetail is one mention of an event with its provenance.
type MentionDetail struct {
	ArticleID     string    `json:"article_id"`
	ArticleSource string    `json:"article_source,omitempty"`
	ArticleURL    string    `json:"article_url,omitempty"`
	ArticleDate   time.Time `json:"article_date"`
	// CopyOf is the coded article's id when this mention comes from a
	// syndicated copy.
	CopyOf string `json:"copy_of,omitempty"`
	// SentenceSpan and Sentence are the sentence's offsets in the coded
	// article's text and its text.
	SentenceSpan Span    `json:"sentence_span"`
	Sentence     string  `json:"sentence"`
	Mention      Mention `json:"mention"`
}

// EventDetail is an event with all its mentions, in the order their
// articles were first stored (a re-written article keeps its place), then
// in article order.
type EventDetail struct {
	Event
	Mentions []MentionDetail `json:"mentions"`
}

// BBox is a latitude/longitude box, inclusive.
type BBox struct {
	MinLat, MinLon, MaxLat, MaxLon float64
}

// Filter selects events. Empty fields do not filter. Actor codes match
// exactly, or as a prefix when they end in "*" ("USA*" matches USA and
// USAGOV).
type Filter struct {
	// Actor matches either the source or the target.
	Actor, Source, Target string
	CAMEO, Root           string
	Quad                  int
	PLOVER                string
	// From and To bound the event date, both days inclusive; only their
	// calendar dates count.
	From, To time.Time
	// Country is the location's country code.
	Country string
	BBox    *BBox
	// Q is full-text search over the mentions' sentences: every word
	// must occur (English stemming, case-insensitive).
	Q string
	// IncludeFlagged also returns flagged events (negated, historical,
	// future, hypothetical).
	IncludeFlagged bool
}

// EventQuery is a page request.
type EventQuery struct {
	Filter
	// Limit is the page size, 1..MaxLimit; 0 means DefaultLimit.
	Limit int
	// Cursor is Page.Next of the previous page, "" for the first page.
	Cursor string
}

// Page is a page of events.
type Page struct {
	Events []Event `json:"events"`
	// Next is the cursor of the next page, "" after the last page.
	Next string `json:"next,omitempty"`
}

// Interval is a time-series bucket size.
type Interval string

// Series intervals. Weeks start on Monday (ISO 8601).
const (
	Day   Interval = "day"
	Week  Interval = "week"
	Month Interval = "month"
)

// SeriesQuery asks for a dyad's time series. Source and Target are exact
// actor codes; "" means any actor.
type SeriesQuery struct {
	Source, Target string
	From, To       time.Time
	Interval       Interval
	// PerArticles also fills SeriesPoint.PerKArticles.
	PerArticles bool
}

// SeriesPoint is one interval and QuadClass of a series. Intervals and
// classes without events are left out.
type SeriesPoint struct {
	// Start is the first day of the interval (UTC midnight).
	Start     time.Time `json:"start"`
	QuadClass int       `json:"quad_class"`
	Events    int64     `json:"events"`
	Mentions  int64     `json:"mentions"`
	// Goldstein is the sum of the events' Goldstein scores.
	Goldstein float64 `json:"goldstein"`
	// PerKArticles is Events per 1,000 articles published in the
	// interval (by article date), 0 when none were.
	PerKArticles float64 `json:"per_k_articles,omitempty"`
}

// NetworkQuery asks for the actor network of a period.
type NetworkQuery struct {
	From, To time.Time
	// Limit is the number of nodes (top actors by events), 1..MaxLimit;
	// 0 means DefaultLimit.
	Limit int
}

// Node is an actor of the network.
type Node struct {
	ActorRef
	Events int64 `json:"events"`
}

// Edge is a directed dyad of the network.
type Edge struct {
	Source string `json:"source"`
	Target string `json:"target"`
	// Cooperation counts QuadClass 1 and 2 events, Conflict 3 and 4.
	Cooperation int64   `json:"cooperation"`
	Conflict    int64   `json:"conflict"`
	Goldstein   float64 `json:"goldstein"`
}

// Network is the top actors of a period and the dyads among them, nodes
// by descending events, edges by descending total.
type Network struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// TopQuery asks for a ranking over a period (zero times: everything).
type TopQuery struct {
	From, To time.Time
	// Limit is 1..MaxLimit; 0 means DefaultLimit.
	Limit int
}

// ActorCount is an actor with its number of events.
type ActorCount struct {
	ActorRef
	Events int64 `json:"events"`
}

// UnknownActor is an uncoded actor text with its number of mentions.
type UnknownActor struct {
	Text     string `json:"text"`
	Mentions int64  `json:"mentions"`
}

// Stats are store totals.
type Stats struct {
	Articles      int64     `json:"articles"`
	Copies        int64     `json:"copies"`
	Sentences     int64     `json:"sentences"`
	Events        int64     `json:"events"`
	FlaggedEvents int64     `json:"flagged_events"`
	Mentions      int64     `json:"mentions"`
	FirstEvent    time.Time `json:"first_event"`
	LastEvent     time.Time `json:"last_event"`
	SchemaVersion int       `json:"schema_version"`
	Backend       string    `json:"backend"`
}
