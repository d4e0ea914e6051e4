package api

import (
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"tacitus/event"
	"tacitus/store"
)

// The JSON bodies of the API, one type per schema of the OpenAPI document.
// Optional values are pointers (or nullable strings) so that they encode
// as null rather than disappear: every member the schemas require is
// always present.

// Event is the Event schema: a deduplicated event.
type Event struct {
	ID            int64     `json:"id"`
	Date          *string   `json:"date"`
	DatePrecision *string   `json:"date_precision"`
	Source        ActorRef  `json:"source"`
	Target        *ActorRef `json:"target"`
	CAMEO         string    `json:"cameo"`
	Root          string    `json:"cameo_root"`
	QuadClass     int       `json:"quad_class"`
	Goldstein     float64   `json:"goldstein"`
	PLOVER        *string   `json:"plover"`
	Location      *Location `json:"location"`
	Flags         []string  `json:"flags"`
	NumMentions   int       `json:"num_mentions"`
	NumArticles   int       `json:"num_articles"`
	NumSources    int       `json:"num_sources"`
}

// ActorRef is the ActorRef schema: an event's actor.
type ActorRef struct {
	Code    string  `json:"code"`
	Label   string  `json:"label"`
	Name    string  `json:"name"`
	Country *string `json:"country"`
}

// Location is the Location schema.
type Location struct {
	Name       string   `json:"name"`
	Country    *string  `json:"country"`
	Admin1     *string  `json:"admin1"`
	Lat        *float64 `json:"lat"`
	Lon        *float64 `json:"lon"`
	GeonameID  *int64   `json:"geonameid"`
	Resolution *string  `json:"resolution"`
	Basis      *string  `json:"basis"`
}

// EventPage is the EventPage schema.
type EventPage struct {
	Events     []Event `json:"events"`
	NextCursor *string `json:"next_cursor"`
}

// EventDetail is the EventDetail schema.
type EventDetail struct {
	Event    Event     `json:"event"`
	Mentions []Mention `json:"mentions"`
}

// Mention is the Mention schema: one mention of an event with its
// article, sentence and the highlight spans within the sentence.
type Mention struct {
	RecordID      string        `json:"record_id"`
	Article       MentionSource `json:"article"`
	Sentence      Sentence      `json:"sentence"`
	Source        MentionActor  `json:"source"`
	Target        *MentionActor `json:"target"`
	Highlights    Highlights    `json:"highlights"`
	Date          *string       `json:"date"`
	DatePrecision *string       `json:"date_precision"`
	DateBasis     *string       `json:"date_basis"`
	CAMEO         string        `json:"cameo"`
	QuadClass     int           `json:"quad_class"`
	Goldstein     float64       `json:"goldstein"`
	Flags         []string      `json:"flags"`
	Issues        []string      `json:"issues"`
	Coder         string        `json:"coder"`
}

// MentionSource is the article a mention comes from.
type MentionSource struct {
	ID     string  `json:"id"`
	Source *string `json:"source"`
	URL    *string `json:"url"`
	Date   *string `json:"date"`
	CopyOf *string `json:"copy_of"`
}

// Sentence is a mention's sentence: its index, text and byte span in the
// coded article's text (its title for index -1).
type Sentence struct {
	Index int    `json:"index"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// MentionActor is a mention's actor as written and coded.
type MentionActor struct {
	Text  string `json:"text"`
	Code  string `json:"code"`
	Label string `json:"label"`
}

// Highlights are the spans of a mention's actors and verb in its sentence.
type Highlights struct {
	Source *Highlight `json:"source"`
	Verb   *Highlight `json:"verb"`
	Target *Highlight `json:"target"`
}

// Highlight is a span of a sentence in bytes and in UTF-16 code units.
type Highlight struct {
	Text       string `json:"text"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	StartUTF16 int    `json:"start_utf16"`
	EndUTF16   int    `json:"end_utf16"`
}

// SeriesPoint is the SeriesPoint schema.
type SeriesPoint struct {
	Start        string   `json:"start"`
	QuadClass    int      `json:"quad_class"`
	Events       int64    `json:"events"`
	Mentions     int64    `json:"mentions"`
	Goldstein    float64  `json:"goldstein"`
	PerKArticles *float64 `json:"per_k_articles,omitempty"`
}

// Series is the Series schema.
type Series struct {
	Source   string        `json:"source"`
	Target   string        `json:"target"`
	Interval string        `json:"interval"`
	Points   []SeriesPoint `json:"points"`
}

// ActorCount is the ActorCount schema: an actor with its events.
type ActorCount struct {
	Code    string  `json:"code"`
	Label   string  `json:"label"`
	Name    string  `json:"name"`
	Country *string `json:"country"`
	Events  int64   `json:"events"`
}

// Network is the Network schema.
type Network struct {
	Nodes []ActorCount `json:"nodes"`
	Edges []store.Edge `json:"edges"`
}

// TopActors is the TopActors schema.
type TopActors struct {
	Actors []ActorCount `json:"actors"`
}

// UnknownActors is the UnknownActors schema.
type UnknownActors struct {
	Actors []store.UnknownActor `json:"actors"`
}

// Stats is the Stats schema.
type Stats struct {
	Articles      int64   `json:"articles"`
	Copies        int64   `json:"copies"`
	Sentences     int64   `json:"sentences"`
	Events        int64   `json:"events"`
	FlaggedEvents int64   `json:"flagged_events"`
	Mentions      int64   `json:"mentions"`
	FirstEvent    *string `json:"first_event"`
	LastEvent     *string `json:"last_event"`
	SchemaVersion int     `json:"schema_version"`
	Backend       string  `json:"backend"`
}

// CodedArticle is the CodedArticle schema: the answer to POST /api/articles.
type CodedArticle struct {
	ArticleID string        `json:"article_id"`
	Replaced  bool          `json:"replaced"`
	Sentences int           `json:"sentences"`
	Events    []event.Event `json:"events"`
	Warnings  []string      `json:"warnings"`
}

// nullable returns nil for "" and &s otherwise.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// dayOf formats a date as YYYY-MM-DD, nil for the zero time.
func dayOf(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(time.DateOnly)
	return &s
}

func actorRef(a store.ActorRef) ActorRef {
	return ActorRef{Code: a.Code, Label: event.Label(a.Code), Name: a.Name, Country: nullable(a.Country)}
}

func actorCount(a store.ActorRef, n int64) ActorCount {
	return ActorCount{Code: a.Code, Label: event.Label(a.Code), Name: a.Name, Country: nullable(a.Country), Events: n}
}

func locationOf(l *store.Location) *Location {
	if l == nil {
		return nil
	}
	out := &Location{Name: l.Name, Country: nullable(l.Country), Admin1: nullable(l.Admin1), Lat: l.Lat, Lon: l.Lon,
		Resolution: nullable(l.Resolution), Basis: nullable(l.Basis)}
	if l.GeonameID != 0 {
		id := l.GeonameID
		out.GeonameID = &id
	}
	return out
}

// flagList lists the set flags in event.AllFlags order; never nil.
func flagList(f store.Flags) []string {
	out := []string{}
	for _, x := range []struct {
		on   bool
		flag event.Flag
	}{{f.Negated, event.Negated}, {f.Historical, event.Historical}, {f.Future, event.Future},
		{f.Hypothetical, event.Hypothetical}, {f.Quoted, event.Quoted}} {
		if x.on {
			out = append(out, string(x.flag))
		}
	}
	return out
}

func eventOf(e *store.Event) Event {
	out := Event{ID: e.ID, Source: actorRef(e.Source), CAMEO: e.CAMEO, Root: e.Root, QuadClass: e.QuadClass,
		Goldstein: e.Goldstein, PLOVER: nullable(e.PLOVER), Location: locationOf(e.Location), Flags: flagList(e.Flags),
		NumMentions: e.NumMentions, NumArticles: e.NumArticles, NumSources: e.NumSources}
	if !e.Date.IsZero() {
		out.Date = dayOf(e.Date)
		out.DatePrecision = nullable(string(e.DatePrecision))
	}
	if e.Target.Code != "" {
		t := actorRef(e.Target)
		out.Target = &t
	}
	return out
}

// highlight returns the span [start, end) of the article text (or title) as
// a span of the sentence at sent, nil when it is empty or does not lie on
// character boundaries inside the sentence.
func highlight(sentence string, sent store.Span, start, end int) *Highlight {
	s, e := start-sent.Start, end-sent.Start
	if start >= end || s < 0 || e > len(sentence) {
		return nil
	}
	if (s < len(sentence) && !utf8.RuneStart(sentence[s])) || (e < len(sentence) && !utf8.RuneStart(sentence[e])) {
		return nil
	}
	s16 := utf16Len(sentence[:s])
	return &Highlight{Text: sentence[s:e], Start: s, End: e, StartUTF16: s16, EndUTF16: s16 + utf16Len(sentence[s:e])}
}

// utf16Len is the length of s in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

func mentionOf(md *store.MentionDetail) Mention {
	m := &md.Mention
	out := Mention{
		RecordID: m.RecordID,
		Article: MentionSource{ID: md.ArticleID, Source: nullable(md.ArticleSource), URL: nullable(md.ArticleURL),
			CopyOf: nullable(md.CopyOf)},
		Sentence: Sentence{Index: m.SentenceIndex, Text: md.Sentence, Start: md.SentenceSpan.Start, End: md.SentenceSpan.End},
		Source:   MentionActor{Text: m.Source.Text, Code: m.Source.Code, Label: event.Label(m.Source.Code)},
		Highlights: Highlights{
			Source: highlight(md.Sentence, md.SentenceSpan, m.Source.Start, m.Source.End),
			Verb:   highlight(md.Sentence, md.SentenceSpan, m.Verb.Start, m.Verb.End),
			Target: highlight(md.Sentence, md.SentenceSpan, m.Target.Start, m.Target.End),
		},
		DateBasis: nullable(m.DateBasis),
		CAMEO:     m.CAMEO, QuadClass: m.QuadClass, Goldstein: m.Goldstein,
		Flags: flagList(m.Flags), Issues: m.Issues, Coder: m.Coder,
	}
	if out.Issues == nil {
		out.Issues = []string{}
	}
	if !md.ArticleDate.IsZero() {
		d := md.ArticleDate.Format(time.RFC3339)
		out.Article.Date = &d
	}
	if !m.Date.IsZero() {
		out.Date = dayOf(m.Date)
		out.DatePrecision = nullable(string(m.DatePrecision))
	} else {
		out.DateBasis = nil
	}
	if m.Target.Code != "" || m.Target.Text != "" {
		out.Target = &MentionActor{Text: m.Target.Text, Code: m.Target.Code, Label: event.Label(m.Target.Code)}
	}
	return out
}

func statsOf(s store.Stats) Stats {
	return Stats{Articles: s.Articles, Copies: s.Copies, Sentences: s.Sentences, Events: s.Events,
		FlaggedEvents: s.FlaggedEvents, Mentions: s.Mentions, FirstEvent: dayOf(s.FirstEvent), LastEvent: dayOf(s.LastEvent),
		SchemaVersion: s.SchemaVersion, Backend: s.Backend}
}
