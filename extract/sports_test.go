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
