package extract

import (
	"strings"
	"testing"
)

func TestSportsStory(t *testing.T) {
	cases := []struct {
		name string
		text []string // sentences, upper case, space-separated words
		want bool
	}{
		{name: "a rugby report", want: true, text: []string{
			"SCOTLAND WILL TRY TO GIVE THEIR COACH A FIRST SIX NATIONS VICTORY WHEN ITALY COME TO EDINBURGH",
			"THE SQUAD TRAINED ON FRIDAY",
		}},
		{name: "terms across hyphenated words", want: true, text: []string{
			"THE SEMI-FINAL KICK-OFF WAS DELAYED", "THE STRIKER WAS INJURED",
		}},
		{name: "a politician mentions the World Cup", want: false, text: []string{
			"BLAIR PRAISED THE BID FOR THE WORLD CUP", "THE GOVERNMENT WILL BUILD A STADIUM",
		}},
		{name: "one term repeated", want: false, text: []string{
			"THE MATCH", "ANOTHER MATCH", "A THIRD MATCH",
		}},
		{name: "no words", want: false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var words [][]string
			for _, s := range tc.text {
				words = append(words, strings.Fields(s))
			}
			if got := sportsStory(words); got != tc.want {
				t.Errorf("sportsStory = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSportsSentence(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"THE STRIKER WAS INJURED IN AN UNDER-21 MATCH", true},
		{"WALES WILL PLAY FOR A FIRST SIX NATIONS TITLE", true},
		{"BROWN WAS DENIED THE PREMIERSHIP", false},
		{"THE LEAGUE CALLED FOR A MATCH OF FUNDS", false},
	} {
		if got := sportsSentence(strings.Fields(tc.text)); got != tc.want {
			t.Errorf("sportsSentence(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestTermSetStarts checks that the start filter of the term sets passes
// every word they look up (the terms and the first words of two-word
// terms), so that it only spares lookups that would find nothing, and
// that words of any length go through it.
func TestTermSetStarts(t *testing.T) {
	for _, ts := range []*termSet{&sportsTerms, &showbizTerms} {
		for w := range ts.words {
			if ts.starts[w[0]]&startBit(w) == 0 {
				t.Errorf("the start filter drops %q", w)
			}
		}
	}
	long := strings.Repeat("GOAL", 20)
	ts := newTermSet([]string{"A", long, "B C", "DEF"})
	if !ts.story([][]string{{"", "A", long + "S", long, "X"}, {"B", "C"}, {"DEF"}}, 4) {
		t.Error("a one-letter term, a long term and a two-word term not found")
	}
	if ts.story([][]string{{"AB", long[:60], "D", "DE", "DEFG", "C", "B"}}, 1) {
		t.Error("a term found in words of other lengths")
	}
}
