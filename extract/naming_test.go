package extract

import (
	"testing"

	"tacitus/nlp"
)

// TestNameOnlyCall checks the readings of "call" that name rather than
// telephone when no name follows the object in the parse.
func TestNameOnlyCall(t *testing.T) {
	// parsed builds a sentence from "form/XPOS/head/rel/lemma" words
	// (head 1-based, 0 the root).
	parsed := func(words ...[5]string) nlp.Sentence {
		var s nlp.Sentence
		for _, w := range words {
			h := 0
			for _, c := range w[2] {
				h = h*10 + int(c-'0')
			}
			s.Tokens = append(s.Tokens, nlp.Token{Text: w[0], XPOS: w[1], Head: h, Rel: w[3], Lemma: w[4]})
		}
		return s
	}
	tests := []struct {
		name string
		s    nlp.Sentence
		v    int
		want bool
	}{
		{"participle after a comma: the rebels, also called contras", parsed(
			[5]string{"rebels", "NNS", "0", "root", "rebel"},
			[5]string{",", ",", "4", "punct", ","},
			[5]string{"also", "RB", "4", "advmod", "also"},
			[5]string{"called", "VBN", "1", "acl", "call"},
			[5]string{"contras", "NNS", "4", "obj", "contra"},
		), 3, true},
		{"perfect: Obama has called Putin", parsed(
			[5]string{"Obama", "NNP", "3", "nsubj", "Obama"},
			[5]string{"has", "VBZ", "3", "aux", "have"},
			[5]string{"called", "VBN", "0", "root", "call"},
			[5]string{"Putin", "NNP", "3", "obj", "Putin"},
		), 2, false},
		{"past: Obama called Putin", parsed(
			[5]string{"Obama", "NNP", "2", "nsubj", "Obama"},
			[5]string{"called", "VBD", "0", "root", "call"},
			[5]string{"Putin", "NNP", "2", "obj", "Putin"},
		), 1, false},
	}
	for _, tc := range tests {
		if got := nameOnlyCall(tc.s, tc.v); got != tc.want {
			t.Errorf("%s: nameOnlyCall = %v, want %v", tc.name, got, tc.want)
		}
	}
}
