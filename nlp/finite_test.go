package nlp

import (
	"strings"
	"testing"
)

// tagged builds a sentence from "word/XPOS" pairs.
func tagged(s string) Sentence {
	var out Sentence
	for _, f := range strings.Fields(s) {
		i := strings.LastIndex(f, "/")
		out.Tokens = append(out.Tokens, Token{Text: f[:i], XPOS: f[i+1:], UPOS: "X"})
	}
	return out
}

func TestRepairFinite(t *testing.T) {
	tests := []struct {
		name  string
		words string
		want  []int // 0-based tokens that must become VBD
	}{
		{name: "subject at the start", words: "Rebels/NNS attacked/VBN the/DT town/NN ./.", want: []int{1}},
		{name: "determiner and adjective", words: "The/DT European/JJ Union/NNP imposed/VBN sanctions/NNS ./.", want: []int{3}},
		{name: "of inside the subject", words: "Thousands/NNS of/IN protesters/NNS demonstrated/VBN ./.", want: []int{3}},
		{name: "adverb between", words: "Police/NNS also/RB arrested/VBN two/CD men/NNS ./.", want: []int{2}},
		{name: "weekday between", words: "Israel/NNP on/IN Monday/NNP freed/VBN prisoners/NNS ./.", want: []int{3}},
		{name: "after a comma", words: "In/IN Paris/NNP ,/, police/NNS arrested/VBN two/CD men/NNS ./.", want: []int{4}},
		{name: "irregular same form", words: "Ministers/NNS met/VBN in/IN Geneva/NNP ./.", want: []int{1}},
		{name: "pronoun subject", words: "They/PRP seized/VBN the/DT airport/NN ./.", want: []int{1}},
		{name: "complement of said", words: "Officials/NNS said/VBD the/DT talks/NNS collapsed/VBN ./.", want: []int{4}},
		{name: "after that", words: "He/PRP said/VBD that/IN police/NNS arrested/VBN two/CD men/NNS ./.", want: []int{4}},
		{name: "finite verb elsewhere keeps the reduced relative", words: "The/DT car/NN repaired/VBN yesterday/NN broke/VBD down/RP ./.", want: nil},
		{name: "perfect", words: "Police/NNS have/VBP arrested/VBN two/CD men/NNS ./.", want: nil},
		{name: "agent of a passive", words: "Posted/VBN by/IN John/NNP ./.", want: nil},
		{name: "object of a preposition", words: "With/IN the/DT town/NN captured/VBN ,/, rebels/NNS rested/VBN ./.", want: []int{6}},
		{name: "irregular participle only", words: "The/DT rebels/NNS taken/VBN prisoner/NN ./.", want: nil},
		{name: "no noun before", words: "Reportedly/RB attacked/VBN by/IN rebels/NNS ./.", want: nil},
		{name: "empty", words: "", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tagged(tt.words)
			before := make([]string, len(s.Tokens))
			for i, tok := range s.Tokens {
				before[i] = tok.XPOS
			}
			n := RepairFinite(&s)
			if n != len(tt.want) {
				t.Errorf("changed %d tokens, want %d", n, len(tt.want))
			}
			for i, tok := range s.Tokens {
				wantVBD := false
				for _, w := range tt.want {
					wantVBD = wantVBD || w == i
				}
				switch {
				case wantVBD && (tok.XPOS != "VBD" || tok.UPOS != "VERB"):
					t.Errorf("token %d %q: %s/%s, want VBD/VERB", i, tok.Text, tok.XPOS, tok.UPOS)
				case !wantVBD && tok.XPOS != before[i]:
					t.Errorf("token %d %q: changed to %s", i, tok.Text, tok.XPOS)
				}
			}
		})
	}
}
