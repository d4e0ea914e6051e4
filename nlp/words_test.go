package nlp

import (
	"strings"
	"testing"
)

// TestSharedWords checks the shared word predicates of words.go in the
// cases their callers pass them: lower-case lemmas, upper-case words,
// and words outside the lists.
func TestSharedWords(t *testing.T) {
	cases := []struct {
		name string
		in   func(string) bool
		yes  []string
		no   []string
	}{
		{"InquiryNoun", InquiryNoun, []string{"investigation", "INVESTIGATIONS", "Probe", "inquiry", "ENQUIRY", "examination"}, []string{"report", "trial", "INVESTIGATE"}},
		{"FireVerb", FireVerb, []string{"fire", "SHOOT", "launch", "LOB", "hurl"}, []string{"drop", "USE", "strike"}},
		{"Subordinator", Subordinator, []string{"after", "BECAUSE", "although", "IF", "unless", "once"}, []string{"as", "and", "WHEREAS", "that"}},
		{"MonthName", MonthName, []string{"March", "MAY", "december"}, []string{"Mar", "Monday", "mayday"}},
		{"FirmNoun", FirmNoun, []string{"firm", "COMPANY", "giant", "miner", "producer", "label"}, []string{"stake", "group", "government"}},
		{"WillAdjective", WillAdjective, []string{"ready", "WILLING", "reluctant"}, []string{"careful", "open", "committed", "first"}},
		{"MonthWord", MonthWord, []string{"March", "FEB", "sept", "Dec"}, []string{"Monday", "ma", "june1"}},
		{"TimeNoun", TimeNoun, []string{"WEEK", "yesterday", "Friday", "AFTERNOON"}, []string{"March", "now", "time"}},
	}
	for _, c := range cases {
		for _, w := range c.yes {
			if !c.in(w) {
				t.Errorf("%s(%q) = false, want true", c.name, w)
			}
		}
		for _, w := range c.no {
			if c.in(w) {
				t.Errorf("%s(%q) = true, want false", c.name, w)
			}
		}
	}
}

// TestPeriodNoun checks that PeriodNoun is TimeNoun without the deictic
// adverbs.
func TestPeriodNoun(t *testing.T) {
	for w, want := range map[string]bool{"WEEK": true, "Friday": true, "afternoon": true, "TOMORROW": false, "today": false, "March": false} {
		if got := PeriodNoun(w); got != want {
			t.Errorf("PeriodNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestRepairsLowerCaseWithoutAllocating checks that the repairs run over
// every annotated sentence look capitalised words up in their word lists
// without making a lower-case copy of each (see LowerLookup): a sentence
// none of them changes costs them no allocation.
func TestRepairsLowerCaseWithoutAllocating(t *testing.T) {
	s := Sentence{Tokens: []Token{
		{Text: "Hundreds", Lemma: "hundred", UPOS: "NOUN", XPOS: "NNS", Head: 2, Rel: "nsubj"},
		{Text: "Marched", Lemma: "march", UPOS: "VERB", XPOS: "VBD", Head: 0, Rel: "root"},
		{Text: "With", Lemma: "with", UPOS: "ADP", XPOS: "IN", Head: 4, Rel: "case"},
		{Text: "Activists", Lemma: "activist", UPOS: "NOUN", XPOS: "NNS", Head: 2, Rel: "obl"},
		{Text: "They", Lemma: "they", UPOS: "PRON", XPOS: "PRP", Head: 2, Rel: "dep"},
	}}
	known := func(string) bool { return false }
	allocs := testing.AllocsPerRun(20, func() {
		RepairIstNoun(&s)
		RepairKnownNames(&s, known)
		RestructureQuantities(&s)
	})
	if allocs != 0 {
		t.Errorf("%v allocations a run, want 0", allocs)
	}
}

// TestLowerMap checks that LowerMap.Get finds what LowerLookup finds: words
// of either case, words that share a first or last letter with a word of
// the map, words whose first or last byte is above ASCII (a key of the map
// begins with one), the Kelvin sign, which lower-cases to an ASCII "k" of
// another length, and the empty word.
func TestLowerMap(t *testing.T) {
	m := map[string]string{"kill": "a", "talks": "b", "£": "c", "€uro": "d", "x": "e", "": "f", "a-b": "g"}
	l := NewLowerMap(m)
	words := []string{"kill", "KILL", "Kill", "\u212aill", "kil\u212a", "killed", "kiln", "talks", "TALKS", "talk",
		"tasks", "£", "€uro", "€URO", "€", "x", "X", "xx", "", "a-b", "A-B", "a", "b", "Ill", "\xffkill", "kill\xff"}
	for _, w := range words {
		if got, want := l.Get(w), LowerLookup(m, w); got != want {
			t.Errorf("Get(%q) = %q, LowerLookup = %q", w, got, want)
		}
	}
	if l.Get("kiln") != "" || l.Get("Talks") != "b" || l.Get("\u212aill") != "a" {
		t.Errorf("LowerMap: kiln %q, Talks %q, Kelvin-sign kill %q", l.Get("kiln"), l.Get("Talks"), l.Get("\u212aill"))
	}
}

// TestLowerLookupGroups checks LowerLookup's lower-casing four and eight
// bytes at a time against strings.ToLower, at every length around the
// groups' edges, with letters at both ends of a group, the bytes next to
// 'A' and 'Z', and a byte above ASCII in each position; and that an ASCII
// word costs no allocation.
func TestLowerLookupGroups(t *testing.T) {
	const ascii = "@AZ[`az{QuickBrownFoxJUMPSoverLAZYdogs0123"
	m := map[string]int{}
	var words []string
	for n := 0; n <= 33; n++ {
		w := ascii[:min(n, len(ascii))]
		for len(w) < n {
			w += "X"
		}
		words = append(words, w)
		m[strings.ToLower(w)] = n + 1
		for i := 0; i < n; i++ {
			words = append(words, w[:i]+"\u212a"+w[i+1:], w[:i]+"\xff"+w[i+1:])
		}
	}
	m[strings.ToLower("\u212aelvin")] = 100
	words = append(words, "\u212aelvin", "\u212aELVIN")
	for _, w := range words {
		if got, want := LowerLookup(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("LowerLookup(%q) = %d, want %d", w, got, want)
		}
	}
	word := "DemonstrationsAbroad"
	if allocs := testing.AllocsPerRun(20, func() { LowerLookup(m, word) }); allocs != 0 {
		t.Errorf("%v allocations a lookup, want 0", allocs)
	}
}
