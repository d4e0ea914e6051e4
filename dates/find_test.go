package dates

import (
	"strings"
	"testing"
)

// spans returns the text of every expression of a sentence, with its
// preposition and head: "on|Aug. 5|2" (prep|text|head).
func spans(text string, es []Expr) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Prep+"|"+text[e.Start:e.End]+"|"+itoa(e.Head))
	}
	return out
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestExpressionsUntagged(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // prep|text|head; heads are 0 without tags
	}{
		{name: "none", text: "Troops attacked the base.", want: nil},
		{name: "two", text: "Since 1991 the party has met every year, last on Tuesday, Aug. 5, 2025.", want: []string{"since|1991|0", "on|Tuesday, Aug. 5, 2025|0"}},
		{name: "range of years", text: "from 1991 to 1995", want: []string{"from|1991|0", "to|1995|0"}},
		{name: "between years", text: "between 1991 and 1995", want: []string{"between|1991|0", "and|1995|0"}},
		{name: "glued iso", text: "on 2011-03-05.", want: []string{"on|2011-03-05|0"}},
		{name: "possessive weekday", text: "Tuesday's attack", want: []string{"|Tuesday|0"}},

		// Numbers, names and verbs that are not dates.
		{name: "quantity", text: "2000 troops arrived", want: nil},
		{name: "rose to", text: "the toll rose to 2000", want: nil},
		{name: "total of", text: "a total of 2000 were killed", want: nil},
		{name: "noun after year", text: "in 2000 homes", want: nil},
		{name: "year without preposition", text: "he said 1991 was hard", want: nil},
		{name: "May the surname", text: "Prime Minister May said", want: nil},
		{name: "June the name", text: "June Smith said", want: nil},
		{name: "march the verb", text: "they will march", want: nil},
		{name: "abbreviation alone", text: "Jan said", want: nil},
		{name: "habitual weekday", text: "they meet every Tuesday", want: nil},
		{name: "past span", text: "in the past week", want: nil},
		{name: "duration", text: "for two weeks", want: nil},
		{name: "clock time", text: "at 5:30 p.m.", want: nil},
		{name: "fraction", text: "1/2 of the vote", want: nil},
		{name: "score", text: "won 3-2", want: nil},
		{name: "phone", text: "call 555-123-4567", want: nil},
		{name: "plural years span", text: "the last three years", want: nil},
		{name: "newspaper", text: "The Sunday Times reported", want: nil},
		{name: "the weekday alone", text: "on the Friday.", want: []string{"on|Friday|0"}},
		{name: "year modifier", text: "ahead of the 2006 World Cup", want: nil},
		{name: "known false positive: temperatures in the 90s", text: "temperatures in the 90s", want: []string{"in|90s|0"}},
		{name: "90s without the", text: "scored 90s", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := tokenize(tc.text)
			got := spans(tc.text, Expressions(tc.text, s))
			if strings.Join(got, " ; ") != strings.Join(tc.want, " ; ") {
				t.Errorf("Expressions(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestExpressionsTagged(t *testing.T) {
	tests := []struct {
		name string
		spec string
		want []string
	}{
		{
			name: "parsed obl",
			spec: "Troops|NNS|2|nsubj attacked|VBD|0|root the|DT|4|det base|NN|2|obj on|IN|6|case Tuesday|NNP|2|obl .|.|2|punct",
			want: []string{"on|Tuesday|2"},
		},
		{
			name: "parsed tmod",
			spec: "Officials|NNS|2|nsubj said|VBD|0|root Tuesday|NNP|2|obl:tmod that|IN|6|mark rebels|NNS|6|nsubj attacked|VBD|2|ccomp the|DT|8|det base|NN|6|obj last|JJ|10|amod week|NN|6|obl:tmod .|.|2|punct",
			want: []string{"|Tuesday|2", "|last week|6"},
		},
		{
			name: "conjoined dates share the head",
			spec: "Talks|NNS|2|nsubj resumed|VBD|0|root on|IN|4|case Monday|NNP|2|obl and|CC|6|cc Tuesday|NNP|4|conj",
			want: []string{"on|Monday|2", "and|Tuesday|2"},
		},
		{
			name: "bare year as tmod",
			spec: "The|DT|2|det party|NN|3|nsubj won|VBD|0|root 1991|CD|3|obl:tmod",
			want: []string{"|1991|3"},
		},
		{
			name: "modal May",
			spec: "May|MD|2|aux talks|VBZ|0|root resume|VB|2|xcomp",
			want: nil,
		},
		{
			name: "month verb",
			spec: "March|VB|0|root on|IN|3|case Washington|NNP|1|obl",
			want: nil,
		},
		{
			name: "unparsed nearest verb left",
			spec: "Police|NNS arrested|VBD 20|CD people|NNS on|IN Tuesday|NNP",
			want: []string{"on|Tuesday|2"},
		},
		{
			name: "unparsed nearest verb right through auxiliaries",
			spec: "On|IN Tuesday|NNP ,|, troops|NNS had|VBD already|RB entered|VBN the|DT city|NN",
			want: []string{"on|Tuesday|7"},
		},
		{
			name: "quantity tagged",
			spec: "in|IN 2000|CD cases|NNS",
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, s := build(t, tc.spec)
			got := spans(text, Expressions(text, s))
			if strings.Join(got, " ; ") != strings.Join(tc.want, " ; ") {
				t.Errorf("Expressions(%q) = %q, want %q", text, got, tc.want)
			}
		})
	}
}

func TestExpressionsTokenIndexes(t *testing.T) {
	text := "Rebels attacked on Aug. 5, 2025."
	s := tokenize(text)
	es := Expressions(text, s)
	if len(es) != 1 {
		t.Fatalf("got %d expressions, want 1", len(es))
	}
	e := es[0]
	if e.First != 4 || e.Last != 7 || text[e.Start:e.End] != "Aug. 5, 2025" {
		t.Errorf("got First=%d Last=%d %q, want 4, 7, \"Aug. 5, 2025\"", e.First, e.Last, text[e.Start:e.End])
	}
	if got := TokenIndex(s, strings.Index(text, "attacked")+3); got != 2 {
		t.Errorf("TokenIndex = %d, want 2", got)
	}
	if got := TokenIndex(s, len(text)+5); got != 0 {
		t.Errorf("TokenIndex past the end = %d, want 0", got)
	}
}

func TestExpressionsLongSentence(t *testing.T) {
	// More than 64 tokens takes the heap path of the word buffer.
	text := strings.Repeat("word ", 70) + "on Tuesday"
	s := tokenize(text)
	got := spans(text, Expressions(text, s))
	if len(got) != 1 || got[0] != "on|Tuesday|0" {
		t.Errorf("got %q, want [on|Tuesday|0]", got)
	}
}
