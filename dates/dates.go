// Package dates finds the temporal expressions of a parsed sentence and
// resolves the date of an event relative to the article's date.
//
// Three steps, each usable on its own:
//
//	Expressions  sentence → temporal expressions ("on Aug. 5", "last
//	             Tuesday", "since 1991", "two weeks ago", "3/5/2011", "the
//	             1990s") with byte spans, anchoring preposition and the
//	             token (normally a verb) each one modifies
//	Resolve      expression + article date + tense → a Date with a
//	             precision (day, week, month, year, decade)
//	EventDate    sentence + event verb → the date of that event: the
//	             expression attached to the verb's clause, else the article
//	             date, else nothing; EventDateFlags adds the PLOVER
//	             contexts "historical" and "future"
//
// # Conventions for newswire
//
// The article date is "now". Expressions without a year are resolved in
// the direction of the verb's tense: past (and unknown) tense looks back,
// future looks ahead, present takes the nearer candidate.
//
//   - "on Tuesday" / "Tuesday": past → the most recent Tuesday on or
//     before the article date; future → the first Tuesday after it.
//   - "last Tuesday": the most recent Tuesday strictly before the article
//     date (news usage: a Wednesday story's "last Tuesday" is the day
//     before); "next Tuesday": the first Tuesday strictly after it;
//     "this Tuesday": like "Tuesday", but on-or-after in the future.
//   - "on Aug. 5": past → the most recent Aug. 5 on or before the article
//     date (Aug. 5 of the previous year for a March article).
//   - "in March": past → the most recent March up to and including the
//     article's month; "last March" excludes the article's month.
//   - "last week"/"this week"/"next week" have week precision (Date.Time
//     is the Monday of the ISO week); "the weekend" is its Saturday, with
//     day precision (a span of days is dated to its first day).
//   - "two weeks ago" is exact day arithmetic (day precision), "three
//     months ago" is month precision, "five years ago" year precision;
//     vague counts ("a few days ago", "several years ago") get the next
//     coarser precision.
//   - "in two weeks"/"within three days" are dates only for a verb in the
//     future tense (otherwise they are durations).
//   - Numeric dates "3/5/2011" are read month first (US order), the
//     convention of the English-language wires tacitus codes; a first
//     number above 12 is read as a day ("25/12/2011"). Resolver.DayFirst
//     switches the order for sources that write day first. ISO
//     "2011-03-05" is unambiguous.
//
// Token indexes in this package (Expr.Head, Expr.First, Expr.Last and the
// verb argument of EventDate) are 1-based, like nlp.Token.Head.
//
// Everything here is deterministic, allocation-light and safe for
// concurrent use; nothing depends on the clock or the local time zone.
package dates

import (
	"fmt"
	"time"
)

// Year bounds of every date this package produces.
const (
	minYear = 1000
	maxYear = 2999
	// bareYearMin and bareYearMax bound a four-digit number read as a
	// year without a month beside it ("in 1991").
	bareYearMin = 1900
	bareYearMax = 2100
)

// HistoricalDays is the threshold of the historical flag: an event whose
// date (the last day of its period) lies more than HistoricalDays days
// before the article date is historical.
const HistoricalDays = 30

// Precision is the granularity of a Date.
type Precision uint8

// Precisions, finest first. Date.Time is the first day of the period.
const (
	// NoPrecision marks the zero Date (no date known).
	NoPrecision Precision = iota
	Day
	// Week: Date.Time is the Monday of the ISO week.
	Week
	Month
	Year
	// Decade: Date.Time is January 1 of the decade's first year (1990).
	Decade
)

var precisionNames = [...]string{"none", "day", "week", "month", "year", "decade"}

// String returns "day", "week", "month", "year", "decade" or "none".
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", p)
}

// Basis says where a Date comes from.
type Basis string

// Bases of a Date.
const (
	// BasisText: a temporal expression of the sentence.
	BasisText Basis = "text"
	// BasisArticle: no expression applied; the article's date was used.
	BasisArticle Basis = "article"
)

// Date is a calendar date of some precision. The zero Date means "no
// date".
type Date struct {
	// Time is midnight UTC of the first day of the period.
	Time      time.Time
	Precision Precision
	Basis     Basis
}

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d.Precision == NoPrecision }

// End returns midnight UTC of the day after the period (exclusive end).
// It returns the zero time for the zero Date.
func (d Date) End() time.Time {
	t := d.Time
	switch d.Precision {
	case Day:
		return t.AddDate(0, 0, 1)
	case Week:
		return t.AddDate(0, 0, 7)
	case Month:
		return t.AddDate(0, 1, 0)
	case Year:
		return t.AddDate(1, 0, 0)
	case Decade:
		return t.AddDate(10, 0, 0)
	}
	return time.Time{}
}

// String formats d by precision: "2025-08-05", "2026-W10", "2026-03",
// "1991", "1990s"; "" for the zero Date.
func (d Date) String() string {
	switch d.Precision {
	case Day:
		return d.Time.Format("2006-01-02")
	case Week:
		y, w := d.Time.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		return d.Time.Format("2006-01")
	case Year:
		return d.Time.Format("2006")
	case Decade:
		return d.Time.Format("2006") + "s"
	}
	return ""
}

// Tense is the grammatical time of an event verb, as far as it matters
// for dating: which way a date without a year is looked for.
type Tense uint8

// Tenses. Unknown is resolved like Past (news reports past events).
const (
	Unknown Tense = iota
	Past
	Present
	Future
)

var tenseNames = [...]string{"unknown", "past", "present", "future"}

// String returns "unknown", "past", "present" or "future".
func (t Tense) String() string {
	if int(t) < len(tenseNames) {
		return tenseNames[t]
	}
	return fmt.Sprintf("Tense(%d)", t)
}

// Kind classifies a temporal expression.
type Kind uint8

// Kinds of temporal expression.
const (
	// KindDate is a calendar date or part of one: "Aug. 5", "March 3,
	// 2011", "in March", "March 2011", "in 1991", "3/5/2011".
	KindDate Kind = iota
	// KindDecade is a decade: "the 1990s", "the '90s".
	KindDecade
	// KindWeekday is a named day of the week: "Tuesday", "last Tuesday".
	KindWeekday
	// KindRelative is a deictic expression: "yesterday", "last week",
	// "earlier this month", "next year", "over the weekend".
	KindRelative
	// KindOffset is a counted offset from the article date: "two weeks
	// ago", "in three days".
	KindOffset
)

var kindNames = [...]string{"date", "decade", "weekday", "relative", "offset"}

// String returns the kind's name ("date", "weekday", …).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Expr is a temporal expression found in a sentence.
type Expr struct {
	// Start and End are the half-open byte span of the expression in the
	// document (the preposition is not included: "since 1991" spans
	// "1991").
	Start, End int
	// First and Last are the 1-based indexes of the expression's first
	// and last token in Sentence.Tokens.
	First, Last int
	// Prep is the anchoring preposition in lower case ("on", "in",
	// "since", "by", "until", "before", "after", "during", "from", …; "till"
	// is reported as "until"), or "" when there is none.
	Prep string
	// Head is the 1-based index of the token the expression modifies,
	// normally a verb (from the dependency parse, or the nearest verb when
	// the sentence is unparsed); 0 when unknown or when the expression is
	// the root.
	Head int
	// Kind classifies the expression.
	Kind Kind

	spec spec
}

// unit is the unit of a relative or offset expression.
type unit uint8

const (
	unitNone unit = iota
	unitDay
	unitWeek
	unitWeekend
	unitMonth
	unitYear
	unitDecade
)

// rel is the deictic modifier of an expression.
type rel uint8

const (
	relNone rel = iota
	relLast     // "last Tuesday", "last week"
	relThis     // "this week", "earlier this month"
	relNext     // "next Tuesday", "next year"
	relAgo      // "two weeks ago"
	relIn       // "in two weeks" (future only)
	relDays     // "yesterday" (n = -1), "today", "tomorrow"
)

// spec is the parsed content of an expression, interpreted by Resolve.
type spec struct {
	year, month, day int // 0 when absent
	weekday          int // 1 + time.Weekday; 0 when absent
	rel              rel
	unit             unit
	n                int  // count of relAgo/relIn, day offset of relDays
	vague            bool // the count was "a few", "several", …
	shortDecade      bool // year holds a two-digit decade ("the '90s")
	numeric          bool // month/day came from an ambiguous numeric date
}

// Flags are the PLOVER temporal contexts of an event.
type Flags struct {
	// Historical: the event date lies more than HistoricalDays before the
	// article date ("in 1991", "since 1991", "last year" in March).
	Historical bool
	// Future: the event date is after the article date, or the verb is in
	// the future tense ("will", "plans to", "is going to").
	Future bool
}
