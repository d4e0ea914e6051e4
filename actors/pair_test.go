package actors

import "testing"

// TestPairNoun checks PairNoun in the cases its callers pass it: the
// upper-case words of the extract prefilter and lower-case words.
func TestPairNoun(t *testing.T) {
	for w, want := range map[string]bool{"LEADERS": true, "countries": true, "Delegations": true, "OFFICIALS": true, "CAPITALS": true, "TALKS": false, "men": true, "people": false} {
		if got := PairNoun(w); got != want {
			t.Errorf("PairNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
