package coder

import (
	"strings"
	"testing"
)

// TestLowerCased checks lowerCased against strings.ToLower on ASCII words,
// words with letters above ASCII before or after a capital, a title-case
// letter, the Kelvin sign and invalid UTF-8.
func TestLowerCased(t *testing.T) {
	for _, w := range []string{"", "iran", "Iran", "IRA", "pcs", "u.s.", "1987", "café", "Café", "cafÉ", "ǅ", "ǆ",
		"\u212a", "k\u212a", "\xff", "a\xffb", "ira-led", "IRA-led"} {
		if got, want := lowerCased(w), strings.ToLower(w) == w; got != want {
			t.Errorf("lowerCased(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNegationWord checks the negations of negationWord and words that
// are not.
func TestNegationWord(t *testing.T) {
	for w, want := range map[string]bool{"NOT": true, "N'T": true, "NEVER": true, "NO": false, "not": false, "NOTE": false, "": false} {
		if got := negationWord(w); got != want {
			t.Errorf("negationWord(%q) = %v, want %v", w, got, want)
		}
	}
}
