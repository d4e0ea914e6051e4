package main

import (
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{name: "two sentences", text: "Iran attacked a tanker. The U.S. protested.", want: []string{"Iran attacked a tanker.", "The U.S. protested."}},
		{name: "abbreviations and initials", text: "Mr. Smith met Gen. Lee and John F. Kennedy. They talked.", want: []string{"Mr. Smith met Gen. Lee and John F. Kennedy.", "They talked."}},
		{name: "quote closes the sentence", text: `"We will fight," he said. Then he left.`, want: []string{`"We will fight," he said.`, "Then he left."}},
		{name: "paragraph indent", text: "  First line\n    Second para begins here.", want: []string{"First line", "Second para begins here."}},
		{name: "blank line", text: "Title\n\nBody text.", want: []string{"Title", "Body text."}},
		{name: "lower case after period", text: "pay 1.5 mln dlrs. and more", want: []string{"pay 1.5 mln dlrs. and more"}},
		{name: "empty", text: " \n ", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tc.text) {
				got = append(got, tc.text[s.start:s.end])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Split(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestChoose(t *testing.T) {
	var sents []span
	for i := 0; i < 20; i++ {
		sents = append(sents, span{i * 100, i*100 + 50})
	}
	a := choose("seed", "art", sents, 2)
	b := choose("seed", "art", sents, 2)
	if len(a) != 3 || a[0] != 0 || strings.Trim(strings.Join(strings.Fields(strings.Repeat("x ", len(a))), ""), "x") != "" {
		t.Fatalf("choose = %v, want the lead and two more", a)
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("choose is not deterministic: %v vs %v", a, b)
		}
		if a[i] >= 12 {
			t.Errorf("sentence %d is past the first 12", a[i])
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("Iran attacked a tanker. The U.S. protested.")
	f.Add("\n    BEIRUT, Lebanon (AP) _ Guerrillas attacked.\n    Talks began.")
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Split(text) {
			if s.start < prev || s.end <= s.start || s.end > len(text) {
				t.Fatalf("bad span %+v after %d in %q", s, prev, text)
			}
			if strings.Trim(text[s.start:s.end], asciiSpace) != text[s.start:s.end] {
				t.Fatalf("span %+v has surrounding space", s)
			}
			prev = s.end
		}
	})
}
