package coder

import (
	"strings"
	"testing"
)

// verbFormByRule is the definition that a formIndex precomputes: undo
// each inflection of formSuffixes in turn and look the result up.
func verbFormByRule(word string, sets ...map[string]bool) string {
	l := strings.ToLower(word)
	for _, suf := range formSuffixes {
		if !strings.HasSuffix(l, suf.cut) {
			continue
		}
		v := l[:len(l)-len(suf.cut)] + suf.add
		for _, set := range sets {
			if set[v] {
				return v
			}
		}
	}
	return ""
}

func TestFormIndex(t *testing.T) {
	words := []string{
		"urge", "URGED", "urges", "Urging", "calls", "CALLED", "pleaded", "PLEADING", "denies", "DENIED",
		"declining", "refused", "claimed", "accepts", "admitted", "admits", "protested", "DEMONSTRATING",
		"rallies", "rallied", "rioting", "marched", "bombed", "shelling", "shot", "struck", "STRIKES",
		"fired", "firing", "captured", "seizing", "retook", "overran", "occupies", "occupied",
		"pleased", "pleas", "ed", "d", "s", "", "ing", "ies", "the", "MINISTER", "Ürged",
		"a-very-long-hyphenated-word-of-no-verb", "DEMONSTRATEDLYINGS",
		"Sit-in", "CURFEW", "curfews", "martial", "emergencies", "walkouts", "boycotted",
	}
	for _, w := range words {
		if got, want := untargetedForms.verb(w), verbFormByRule(w, untargetedVerbs); got != want {
			t.Errorf("untargetedVerb(%q) = %q, want %q", w, got, want)
		}
		want := verbFormByRule(w, untargetedVerbs, protestVerbs, attackVerbs, takeVerbs) != "" || aloneNouns[strings.ToLower(w)]
		if got := ActsAlone(w); got != want {
			t.Errorf("ActsAlone(%q) = %v, want %v", w, got, want)
		}
	}
	// Every verb's every form, in upper case as the coder's tokens are.
	for _, set := range []map[string]bool{untargetedVerbs, protestVerbs, attackVerbs, takeVerbs} {
		for v := range set {
			for _, suf := range formSuffixes {
				w := strings.ToUpper(strings.TrimSuffix(v, suf.add) + suf.cut)
				if got, want := untargetedForms.verb(w), verbFormByRule(w, untargetedVerbs); got != want {
					t.Errorf("untargetedVerb(%q) = %q, want %q", w, got, want)
				}
				if !ActsAlone(w) && strings.HasSuffix(v, suf.add) {
					t.Errorf("ActsAlone(%q) = false, want true", w)
				}
			}
		}
	}
}

// BenchmarkActsAlone looks up the words of a sentence as the prefilter
// does.
func BenchmarkActsAlone(b *testing.B) {
	words := strings.Fields("THE FOREIGN MINISTER URGED BOTH SIDES ON TUESDAY TO REFRAIN FROM ATTACKS AFTER TROOPS SHELLED THE TOWN")
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			ActsAlone(w)
		}
	}
}
