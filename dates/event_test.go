package dates

import (
	"testing"
	"time"
)

func TestEventDate(t *testing.T) {
	const (
		saidAttacked = "Officials|NNS|2|nsubj said|VBD|0|root Tuesday|NNP|2|obl:tmod that|IN|6|mark rebels|NNS|6|nsubj attacked|VBD|2|ccomp the|DT|8|det base|NN|6|obj last|JJ|10|amod week|NN|6|obl:tmod .|.|2|punct"
		conj         = "Rebels|NNS|2|nsubj attacked|VBD|0|root on|IN|4|case Monday|NNP|2|obl and|CC|6|cc retreated|VBD|2|conj .|.|2|punct"
		possessive   = "Tuesday|NNP|3|nmod:poss 's|POS|1|case attack|NN|4|nsubj killed|VBD|0|root five|CD|4|obj .|.|4|punct"
		noDate       = "Police|NNS|2|nsubj arrested|VBD|0|root five|CD|4|nummod men|NNS|2|obj .|.|2|punct"
		will         = "The|DT|2|det government|NN|4|nsubj will|MD|4|aux hold|VB|0|root talks|NNS|4|obj next|JJ|7|amod week|NN|4|obl:tmod .|.|4|punct"
		since        = "The|DT|2|det party|NN|4|nsubj has|VBZ|4|aux ruled|VBN|0|root since|IN|6|case 1991|CD|4|obl .|.|4|punct"
		plans        = "The|DT|2|det president|NN|3|nsubj plans|VBZ|0|root to|TO|5|mark visit|VB|3|xcomp in|IN|7|case March|NNP|5|obl .|.|3|punct"
		passive      = "Five|CD|2|nummod people|NNS|4|nsubj:pass were|VBD|4|aux:pass killed|VBN|0|root on|IN|7|case Feb.|NNP|7|compound 1|CD|4|obl .|.|4|punct"
		feb2         = "Five|CD|2|nummod people|NNS|4|nsubj:pass were|VBD|4|aux:pass killed|VBN|0|root on|IN|7|case Feb.|NNP|7|compound 2|CD|4|obl .|.|4|punct"
		relcl        = "Troops|NNS|5|nsubj who|WP|3|nsubj arrived|VBD|1|acl:relcl yesterday|NN|3|obl:tmod attacked|VBD|0|root .|.|5|punct"
		unparsed     = "Police|NNS arrested|VBD 20|CD people|NNS on|IN Tuesday|NNP ,|, officials|NNS said|VBD"
		untagged     = "Officials said on Tuesday that rebels attacked the base in March"
		twoDates     = "Last|JJ|2|amod year|NN|5|obl:tmod ,|,|5|punct troops|NNS|5|nsubj attacked|VBD|0|root on|IN|8|case March|NNP|8|compound 3|CD|5|obl .|.|5|punct"
		cleft        = "It|PRP|5|nsubj was|VBD|5|cop on|IN|5|case March|NNP|5|nmod:unmarked 14|CD|0|root ,|,|5|punct 1978|CD|5|nmod:unmarked ,|,|11|punct that|IN|11|mark troops|NNS|11|nsubj invaded|VBD|5|parataxis Lebanon|NNP|11|obj .|.|5|punct"
		when         = "In|IN|2|case 1995|CD|4|obl she|PRP|4|nsubj fled|VBD|0|root ,|,|8|punct when|WRB|8|advmod Croats|NNPS|8|nsubj recaptured|VBD|4|advcl it|PRP|8|obj .|.|4|punct"
		after        = "In|IN|2|case 1995|CD|4|obl she|PRP|4|nsubj fled|VBD|0|root ,|,|8|punct after|IN|8|mark Croats|NNPS|8|nsubj recaptured|VBD|4|advcl it|PRP|8|obj .|.|4|punct"
		cleftNoThat  = "On|IN|3|case March|NNP|3|compound 14|CD|0|root ,|,|6|punct troops|NNS|6|nsubj invaded|VBD|3|parataxis Lebanon|NNP|6|obj .|.|3|punct"
	)
	tests := []struct {
		name       string
		spec       string
		verb       int
		noArticle  bool
		want       string
		basis      Basis
		prec       Precision
		historical bool
		future     bool
	}{
		{name: "reporting verb", spec: saidAttacked, verb: 2, want: "2026-03-03", basis: BasisText, prec: Day},
		{name: "reported event", spec: saidAttacked, verb: 6, want: "2026-W09", basis: BasisText, prec: Week},
		{name: "conjunct inherits", spec: conj, verb: 6, want: "2026-03-02", basis: BasisText, prec: Day},
		{name: "through subject noun", spec: possessive, verb: 4, want: "2026-03-03", basis: BasisText, prec: Day},
		{name: "article date", spec: noDate, verb: 2, want: "2026-03-04", basis: BasisArticle, prec: Day},
		{name: "no date at all", spec: noDate, verb: 2, noArticle: true, want: ""},
		{name: "verb out of range", spec: noDate, verb: 99, want: "2026-03-04", basis: BasisArticle, prec: Day},
		{name: "will next week", spec: will, verb: 4, want: "2026-W11", basis: BasisText, prec: Week, future: true},
		{name: "auxiliary stands for its verb", spec: will, verb: 3, want: "2026-W11", basis: BasisText, prec: Week, future: true},
		{name: "since 1991", spec: since, verb: 4, want: "1991", basis: BasisText, prec: Year, historical: true},
		{name: "absolute date without article date", spec: since, verb: 4, noArticle: true, want: "1991", basis: BasisText, prec: Year},
		{name: "plans to visit in March", spec: plans, verb: 5, want: "2026-03", basis: BasisText, prec: Month, future: true},
		{name: "31 days before is historical", spec: passive, verb: 4, want: "2026-02-01", basis: BasisText, prec: Day, historical: true},
		{name: "30 days before is not", spec: feb2, verb: 4, want: "2026-02-02", basis: BasisText, prec: Day},
		{name: "relative clause keeps its date", spec: relcl, verb: 5, want: "2026-03-04", basis: BasisArticle, prec: Day},
		{name: "relative clause verb", spec: relcl, verb: 3, want: "2026-03-03", basis: BasisText, prec: Day},
		{name: "unparsed nearest verb", spec: unparsed, verb: 2, want: "2026-03-03", basis: BasisText, prec: Day},
		{name: "unparsed other verb", spec: unparsed, verb: 9, want: "2026-03-04", basis: BasisArticle, prec: Day},
		{name: "untagged reporting verb", spec: untagged, verb: 2, want: "2026-03-03", basis: BasisText, prec: Day},
		{name: "untagged later verb", spec: untagged, verb: 7, want: "2026-03", basis: BasisText, prec: Month},
		{name: "finer date wins", spec: twoDates, verb: 5, want: "2026-03-03", basis: BasisText, prec: Day},
		{name: "a cleft focuses the date", spec: cleft, verb: 11, want: "1978-03-14", basis: BasisText, prec: Day, historical: true},
		{name: "a when-clause takes its governor's date", spec: when, verb: 8, want: "1995", basis: BasisText, prec: Year, historical: true},
		{name: "an after-clause does not", spec: after, verb: 8, want: "2026-03-04", basis: BasisArticle, prec: Day},
		{name: "a clause hung on a date without that is no cleft", spec: cleftNoThat, verb: 6, want: "2026-03-04", basis: BasisArticle, prec: Day},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, s := build(t, tc.spec)
			d, fl := EventDateFlags(text, s, tc.verb, article, !tc.noArticle)
			if d.String() != tc.want || d.Basis != tc.basis || d.Precision != tc.prec {
				t.Errorf("EventDateFlags(verb %d) = %s %q %v, want %s %q %v", tc.verb, d, d.Basis, d.Precision, tc.want, tc.basis, tc.prec)
			}
			if fl.Historical != tc.historical || fl.Future != tc.future {
				t.Errorf("flags = %+v, want historical=%v future=%v", fl, tc.historical, tc.future)
			}
			if d2 := EventDate(text, s, tc.verb, article, !tc.noArticle); d2 != d {
				t.Errorf("EventDate = %s, EventDateFlags = %s", d2, d)
			}
		})
	}
}

func TestEventDateDayFirst(t *testing.T) {
	text, s := build(t, "Rebels|NNS|2|nsubj attacked|VBD|0|root on|IN|4|case 3/5/2011|CD|2|obl")
	if got := (Resolver{DayFirst: true}).EventDate(text, s, 2, article, true).String(); got != "2011-05-03" {
		t.Errorf("day-first EventDate = %s, want 2011-05-03", got)
	}
	if got := EventDate(text, s, 2, article, true).String(); got != "2011-03-05" {
		t.Errorf("EventDate = %s, want 2011-03-05", got)
	}
}

func TestEventDateArticleTimeZone(t *testing.T) {
	// The article's calendar day in its own zone, not UTC's.
	loc := time.FixedZone("UTC+9", 9*3600)
	ref := time.Date(2026, 3, 5, 1, 0, 0, 0, loc) // 2026-03-04 16:00 UTC
	text, s := build(t, "Police|NNS|2|nsubj arrested|VBD|0|root five|CD|2|obj")
	if got := EventDate(text, s, 2, ref, true).String(); got != "2026-03-05" {
		t.Errorf("EventDate = %s, want 2026-03-05", got)
	}
}

func TestVerbTense(t *testing.T) {
	tests := []struct {
		name string
		spec string
		verb int
		want Tense
	}{
		{name: "past", spec: "Troops|NNS attacked|VBD", verb: 2, want: Past},
		{name: "present", spec: "Troops|NNS attack|VBP", verb: 2, want: Present},
		{name: "will", spec: "Troops|NNS will|MD attack|VB", verb: 3, want: Future},
		{name: "won't", spec: "Troops|NNS wo~|MD n't|RB attack|VB", verb: 4, want: Future},
		{name: "present perfect", spec: "Troops|NNS have|VBP attacked|VBN", verb: 3, want: Past},
		{name: "past perfect", spec: "Troops|NNS had|VBD attacked|VBN", verb: 3, want: Past},
		{name: "passive past", spec: "Five|CD were|VBD killed|VBN", verb: 3, want: Past},
		{name: "passive present", spec: "Five|CD are|VBP held|VBN", verb: 3, want: Present},
		{name: "progressive", spec: "Leaders|NNS are|VBP meeting|VBG", verb: 3, want: Present},
		{name: "did", spec: "He|PRP did|VBD not|RB attend|VB", verb: 4, want: Past},
		{name: "modal", spec: "He|PRP would|MD attend|VB", verb: 3, want: Unknown},
		{name: "plans to", spec: "He|PRP plans|VBZ to|TO visit|VB", verb: 4, want: Future},
		{name: "going to", spec: "He|PRP is|VBZ going|VBG to|TO visit|VB", verb: 5, want: Future},
		{name: "was going to", spec: "He|PRP was|VBD going|VBG to|TO visit|VB", verb: 5, want: Unknown},
		{name: "planned to", spec: "He|PRP planned|VBD to|TO visit|VB", verb: 4, want: Unknown},
		{name: "hopes to", spec: "He|PRP hopes|VBZ to|TO meet|VB", verb: 4, want: Future},
		{name: "hoped to", spec: "He|PRP hoped|VBD to|TO meet|VB", verb: 4, want: Unknown},
		{name: "untagged", spec: "troops attacked", verb: 2, want: Unknown},
		{name: "untagged will", spec: "troops will attack", verb: 3, want: Future},
		{name: "out of range", spec: "troops attacked", verb: 5, want: Unknown},
		{name: "parsed will", spec: "Talks|NNS|3|nsubj will|MD|3|aux resume|VB|0|root", verb: 3, want: Future},
		{name: "parsed xcomp", spec: "He|PRP|2|nsubj plans|VBZ|0|root to|TO|4|mark visit|VB|2|xcomp", verb: 4, want: Future},
		{name: "purpose infinitive of a future act", spec: "He|PRP|3|nsubj will|MD|3|aux travel|VB|0|root to|TO|5|mark meet|VB|3|advcl Obama|NNP|5|obj", verb: 5, want: Future},
		{name: "purpose infinitive of a past act", spec: "He|PRP|2|nsubj travelled|VBD|0|root to|TO|4|mark meet|VB|2|advcl Obama|NNP|4|obj", verb: 4, want: Unknown},
		{name: "parsed has", spec: "He|PRP|3|nsubj has|VBZ|3|aux visited|VBN|0|root", verb: 3, want: Past},
		{name: "parsed copula", spec: "He|PRP|3|nsubj was|VBD|3|cop ill|JJ|0|root", verb: 2, want: Past},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, s := build(t, tc.spec)
			if got := VerbTense(s, tc.verb); got != tc.want {
				t.Errorf("VerbTense = %v, want %v", got, tc.want)
			}
		})
	}
}
