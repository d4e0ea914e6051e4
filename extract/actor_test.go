package extract

import (
	"testing"

	"tacitus/coder"
)

func TestActorSpan(t *testing.T) {
	const text = "It is wrong, Lib Dem leader Charles Kennedy said - from the start. Canada yesterday said"
	cases := []struct {
		name       string
		start, end int
		want       string
	}{
		{name: "a comma the parser hung on the phrase", start: 11, end: 43, want: "Lib Dem leader Charles Kennedy"},
		{name: "a dash", start: 49, end: 65, want: "from the start"},
		{name: "a clean span", start: 13, end: 20, want: "Lib Dem"},
		{name: "only punctuation", start: 11, end: 12, want: ""},
		{name: "a day the parser hung on the phrase", start: 67, end: 83, want: "Canada"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := actor(text, "GBROPP", coder.Span{Start: tc.start, End: tc.end})
			if a.Text != tc.want || text[a.Start:a.End] != tc.want {
				t.Errorf("actor = %q [%d:%d], want %q", a.Text, a.Start, a.End, tc.want)
			}
		})
	}
}

func TestBylineEnd(t *testing.T) {
	cases := []struct {
		name, text string
		want       int
	}{
		{name: "a byline line", text: "By John Smith\nLONDON - Britain said.", want: 14},
		{name: "a sentence that starts with By", text: "By the way, Britain said.\nMore.", want: 0},
		{name: "no line break", text: "By John Smith LONDON - Britain said.", want: 0},
		{name: "no byline", text: "LONDON - Britain said.", want: 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := bylineEnd(tc.text); got != tc.want {
				t.Errorf("bylineEnd(%q) = %d, want %d", tc.text, got, tc.want)
			}
		})
	}
}
