package dates

import (
	"testing"
	"time"
)

// only returns the single expression of text (tokenized, untagged).
func only(t *testing.T, text string) Expr {
	t.Helper()
	s := tokenize(text)
	es := Expressions(text, s)
	if len(es) != 1 {
		var got []string
		for _, e := range es {
			got = append(got, text[e.Start:e.End])
		}
		t.Fatalf("Expressions(%q) found %d expressions %q, want 1", text, len(es), got)
	}
	return es[0]
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		tense    Tense
		dayFirst bool
		want     string // Date.String()
		prec     Precision
		prep     string
		kind     Kind
	}{
		// The cases of the issue, article date Wednesday 2026-03-04.
		{name: "month day past", text: "on Aug. 5", tense: Past, want: "2025-08-05", prec: Day, prep: "on", kind: KindDate},
		{name: "last weekday", text: "last Tuesday", tense: Past, want: "2026-03-03", prec: Day, kind: KindWeekday},
		{name: "weekday past", text: "on Tuesday", tense: Past, want: "2026-03-03", prec: Day, prep: "on", kind: KindWeekday},
		{name: "year", text: "in 1991", tense: Past, want: "1991", prec: Year, prep: "in", kind: KindDate},
		{name: "since year", text: "since 1991", tense: Past, want: "1991", prec: Year, prep: "since", kind: KindDate},
		{name: "next week", text: "next week", tense: Future, want: "2026-W11", prec: Week, kind: KindRelative},
		{name: "yesterday", text: "yesterday", tense: Past, want: "2026-03-03", prec: Day, kind: KindRelative},
		{name: "weeks ago", text: "two weeks ago", tense: Past, want: "2026-02-18", prec: Day, kind: KindOffset},
		{name: "month", text: "in March", tense: Past, want: "2026-03", prec: Month, prep: "in", kind: KindDate},
		{name: "full date", text: "on March 3, 2011", tense: Past, want: "2011-03-03", prec: Day, prep: "on", kind: KindDate},
		{name: "numeric US", text: "on 3/5/2011", tense: Past, want: "2011-03-05", prec: Day, prep: "on", kind: KindDate},
		{name: "decade", text: "in the 1990s", tense: Past, want: "1990s", prec: Decade, prep: "in", kind: KindDecade},
		{name: "earlier this month", text: "earlier this month", tense: Past, want: "2026-03", prec: Month, kind: KindRelative},

		// Direction by tense.
		{name: "month day future", text: "on Aug. 5", tense: Future, want: "2026-08-05", prec: Day, prep: "on"},
		{name: "month day unknown", text: "on Aug. 5", tense: Unknown, want: "2025-08-05", prec: Day, prep: "on"},
		{name: "month day present nearest", text: "on March 10", tense: Present, want: "2026-03-10", prec: Day, prep: "on"},
		{name: "month day today", text: "on March 4", tense: Past, want: "2026-03-04", prec: Day, prep: "on"},
		{name: "leap day", text: "on Feb. 29", tense: Past, want: "2024-02-29", prec: Day, prep: "on"},
		{name: "weekday future", text: "on Tuesday", tense: Future, want: "2026-03-10", prec: Day, prep: "on"},
		{name: "same weekday past", text: "on Wednesday", tense: Past, want: "2026-03-04", prec: Day, prep: "on"},
		{name: "same weekday future", text: "on Wednesday", tense: Future, want: "2026-03-11", prec: Day, prep: "on"},
		{name: "weekday present nearest", text: "Friday", tense: Present, want: "2026-03-06", prec: Day},
		{name: "last same weekday", text: "last Wednesday", tense: Past, want: "2026-02-25", prec: Day},
		{name: "next weekday", text: "next Tuesday", tense: Past, want: "2026-03-10", prec: Day},
		{name: "this weekday future", text: "this Wednesday", tense: Future, want: "2026-03-04", prec: Day},
		{name: "weekday night", text: "Tuesday night", tense: Past, want: "2026-03-03", prec: Day},
		{name: "weekday abbrev", text: "on Tues.", tense: Past, want: "2026-03-03", prec: Day, prep: "on"},
		{name: "month future", text: "in April", tense: Future, want: "2026-04", prec: Month, prep: "in"},
		{name: "month past", text: "in April", tense: Past, want: "2025-04", prec: Month, prep: "in"},
		{name: "last month name", text: "last March", tense: Past, want: "2025-03", prec: Month},
		{name: "next month name", text: "next March", tense: Future, want: "2027-03", prec: Month},
		{name: "month present nearest", text: "in May", tense: Present, want: "2026-05", prec: Month, prep: "in"},

		// Calendar forms.
		{name: "day month year", text: "on 5 August 2011", tense: Past, want: "2011-08-05", prec: Day, prep: "on"},
		{name: "ordinal of month", text: "on the 5th of August", tense: Past, want: "2025-08-05", prec: Day, prep: "on"},
		{name: "month year", text: "in March 2011", tense: Past, want: "2011-03", prec: Month, prep: "in"},
		{name: "month of year", text: "in March of 2011", tense: Past, want: "2011-03", prec: Month, prep: "in"},
		{name: "weekday and date", text: "on Tuesday, Aug. 5", tense: Past, want: "2025-08-05", prec: Day, prep: "on"},
		{name: "abbrev no period", text: "on Aug 5th", tense: Past, want: "2025-08-05", prec: Day, prep: "on"},
		{name: "sept", text: "Sept. 11, 2001", tense: Past, want: "2001-09-11", prec: Day},
		{name: "mid month", text: "in mid-March", tense: Past, want: "2026-03", prec: Month, prep: "in"},
		{name: "early month", text: "in early February", tense: Past, want: "2026-02", prec: Month, prep: "in"},
		{name: "late year", text: "in late 2011", tense: Past, want: "2011", prec: Year, prep: "in"},
		{name: "end of year", text: "by the end of 2011", tense: Past, want: "2011", prec: Year, prep: "by"},
		{name: "end of the year", text: "by the end of the year", tense: Future, want: "2026", prec: Year, prep: "by"},
		{name: "numeric day first", text: "on 3/5/2011", dayFirst: true, tense: Past, want: "2011-05-03", prec: Day, prep: "on"},
		{name: "numeric only day first", text: "on 25/12/2011", tense: Past, want: "2011-12-25", prec: Day, prep: "on"},
		{name: "numeric two-digit year", text: "on 3/5/11", tense: Past, want: "2011-03-05", prec: Day, prep: "on"},
		{name: "iso", text: "on 2011-03-05", tense: Past, want: "2011-03-05", prec: Day, prep: "on"},
		{name: "dotted", text: "on 5.3.2011", tense: Past, want: "2011-03-05", prec: Day, prep: "on"},
		{name: "short decade", text: "in the '90s", tense: Past, want: "1990s", prec: Decade, prep: "in"},
		{name: "short decade current century", text: "in the '20s", tense: Past, want: "2020s", prec: Decade, prep: "in"},
		{name: "mid decade", text: "in the mid-1990s", tense: Past, want: "1990s", prec: Decade, prep: "in"},
		{name: "until year", text: "until 2030", tense: Future, want: "2030", prec: Year, prep: "until"},
		{name: "as of", text: "as of Tuesday", tense: Past, want: "2026-03-03", prec: Day, prep: "as of"},
		{name: "prior to", text: "prior to 2011", tense: Past, want: "2011", prec: Year, prep: "before"},

		// Relative expressions.
		{name: "today", text: "today", tense: Present, want: "2026-03-04", prec: Day},
		{name: "tomorrow", text: "tomorrow", tense: Future, want: "2026-03-05", prec: Day},
		{name: "last night", text: "last night", tense: Past, want: "2026-03-03", prec: Day},
		{name: "day before yesterday", text: "the day before yesterday", tense: Past, want: "2026-03-02", prec: Day},
		{name: "this week", text: "this week", tense: Past, want: "2026-W10", prec: Week},
		{name: "last week", text: "last week", tense: Past, want: "2026-W09", prec: Week},
		{name: "last month", text: "last month", tense: Past, want: "2026-02", prec: Month},
		{name: "next month", text: "next month", tense: Future, want: "2026-04", prec: Month},
		{name: "last year", text: "last year", tense: Past, want: "2025", prec: Year},
		{name: "later this year", text: "later this year", tense: Future, want: "2026", prec: Year},
		{name: "late last year", text: "late last year", tense: Past, want: "2025", prec: Year},
		{name: "over the weekend", text: "over the weekend", tense: Past, want: "2026-02-28", prec: Day, prep: "over"},
		{name: "this weekend future", text: "this weekend", tense: Future, want: "2026-03-07", prec: Day},

		// Offsets.
		{name: "days ago", text: "three days ago", tense: Past, want: "2026-03-01", prec: Day},
		{name: "a week ago", text: "a week ago", tense: Past, want: "2026-02-25", prec: Day},
		{name: "months ago", text: "three months ago", tense: Past, want: "2025-12", prec: Month},
		{name: "years ago", text: "five years ago", tense: Past, want: "2021", prec: Year},
		{name: "digits years ago", text: "35 years ago", tense: Past, want: "1991", prec: Year},
		{name: "decades ago", text: "two decades ago", tense: Past, want: "2000s", prec: Decade},
		{name: "few days ago", text: "a few days ago", tense: Past, want: "2026-W09", prec: Week},
		{name: "several years ago", text: "several years ago", tense: Past, want: "2020s", prec: Decade},
		{name: "in two weeks future", text: "in two weeks", tense: Future, want: "2026-03-18", prec: Day, prep: "in"},
		{name: "within days future", text: "within three days", tense: Future, want: "2026-03-07", prec: Day, prep: "within"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := only(t, tc.text)
			d, ok := Resolver{DayFirst: tc.dayFirst}.Resolve(e, article, tc.tense)
			if !ok {
				t.Fatalf("Resolve(%q, %v) failed", tc.text, tc.tense)
			}
			if got := d.String(); got != tc.want || d.Precision != tc.prec {
				t.Errorf("Resolve(%q, %v) = %s (%v), want %s (%v)", tc.text, tc.tense, got, d.Precision, tc.want, tc.prec)
			}
			if d.Basis != BasisText {
				t.Errorf("Basis = %q, want %q", d.Basis, BasisText)
			}
			if h, m, s := d.Time.Clock(); h != 0 || m != 0 || s != 0 || d.Time.Location() != time.UTC {
				t.Errorf("Time = %v, want midnight UTC", d.Time)
			}
			if e.Prep != tc.prep {
				t.Errorf("Prep = %q, want %q", e.Prep, tc.prep)
			}
			if tc.kind != 0 && e.Kind != tc.kind {
				t.Errorf("Kind = %v, want %v", e.Kind, tc.kind)
			}
		})
	}
}

func TestResolveFails(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		tense Tense
		ref   time.Time
	}{
		{name: "invalid day", text: "on Feb. 30, 2011", tense: Past, ref: article},
		{name: "in weeks past tense is a duration", text: "in two weeks", tense: Past, ref: article},
		{name: "relative without article date", text: "yesterday", tense: Past},
		{name: "weekday without article date", text: "on Tuesday", tense: Past},
		{name: "month without article date", text: "in March", tense: Past},
		{name: "too long ago", text: "9999 years ago", tense: Past, ref: article},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := only(t, tc.text)
			if d, ok := Resolve(e, tc.ref, tc.tense); ok {
				t.Errorf("Resolve(%q) = %s, want failure", tc.text, d)
			}
		})
	}
}

func TestResolveAbsoluteWithoutArticleDate(t *testing.T) {
	e := only(t, "on March 3, 2011")
	d, ok := Resolve(e, time.Time{}, Past)
	if !ok || d.String() != "2011-03-03" {
		t.Errorf("Resolve without article date = %s, %v; want 2011-03-03, true", d, ok)
	}
}

func TestResolveZeroExpr(t *testing.T) {
	for _, k := range []Kind{KindDate, KindDecade, KindWeekday, KindRelative, KindOffset, Kind(99)} {
		if d, ok := Resolve(Expr{Kind: k}, article, Past); ok {
			t.Errorf("Resolve(Expr{Kind: %v}) = %s, want failure", k, d)
		}
	}
}

// TestWeekdayEveryDay checks the weekday conventions for every article
// weekday: "Tuesday" (past) is on or before the article date and within
// 6 days; "last Tuesday" is strictly before within 7; "next Tuesday"
// strictly after within 7.
func TestWeekdayEveryDay(t *testing.T) {
	e := only(t, "Tuesday")
	last := only(t, "last Tuesday")
	next := only(t, "next Tuesday")
	for i := range 14 {
		ref := article.AddDate(0, 0, i)
		t.Run(ref.Weekday().String(), func(t *testing.T) {
			refDay := day(ref)
			check := func(e Expr, tense Tense, minDays, maxDays int) {
				t.Helper()
				d, ok := Resolve(e, ref, tense)
				if !ok || d.Time.Weekday() != time.Tuesday {
					t.Fatalf("got %s %v, want a Tuesday", d, ok)
				}
				diff := int(d.Time.Sub(refDay).Hours() / 24)
				if diff < minDays || diff > maxDays {
					t.Errorf("ref %s: got %s, %d days away, want in [%d, %d]", refDay.Format("2006-01-02"), d, diff, minDays, maxDays)
				}
			}
			check(e, Past, -6, 0)
			check(e, Future, 1, 7)
			check(last, Past, -7, -1)
			check(next, Past, 1, 7)
		})
	}
}

func TestDateString(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want string
		end  string
	}{
		{name: "zero", d: Date{}, want: "", end: "0001-01-01"},
		{name: "day", d: Date{Time: time.Date(2025, 8, 5, 0, 0, 0, 0, time.UTC), Precision: Day}, want: "2025-08-05", end: "2025-08-06"},
		{name: "week", d: Date{Time: time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC), Precision: Week}, want: "2026-W11", end: "2026-03-16"},
		{name: "month", d: Date{Time: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), Precision: Month}, want: "2026-02", end: "2026-03-01"},
		{name: "year", d: Date{Time: time.Date(1991, 1, 1, 0, 0, 0, 0, time.UTC), Precision: Year}, want: "1991", end: "1992-01-01"},
		{name: "decade", d: Date{Time: time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), Precision: Decade}, want: "1990s", end: "2000-01-01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.d.String(); got != tc.want {
				t.Errorf("String() = %q, want %q", got, tc.want)
			}
			if got := tc.d.End().Format("2006-01-02"); got != tc.end {
				t.Errorf("End() = %s, want %s", got, tc.end)
			}
			if tc.d.IsZero() != (tc.want == "") {
				t.Errorf("IsZero() = %v", tc.d.IsZero())
			}
		})
	}
	if got := Precision(42).String(); got != "Precision(42)" {
		t.Errorf("Precision(42).String() = %q", got)
	}
	if got := Future.String(); got != "future" {
		t.Errorf("Future.String() = %q", got)
	}
	if got := KindOffset.String(); got != "offset" {
		t.Errorf("KindOffset.String() = %q", got)
	}
}
