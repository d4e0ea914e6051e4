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
		{name: "hyphenated participle in the subject", words: "U.S./NNP -/HYPH led/VBN forces/NNS attacked/VBN targets/NNS ./.", want: []int{4}},
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

// parsed builds a sentence from "word/UPOS/XPOS/head/rel" tokens.
func parsed(s string) Sentence {
	var out Sentence
	for _, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		h := 0
		for _, c := range p[3] {
			h = h*10 + int(c-'0')
		}
		out.Tokens = append(out.Tokens, Token{Text: p[0], UPOS: p[1], XPOS: p[2], Head: h, Rel: p[4]})
	}
	return out
}

func TestRepairRoot(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		changed bool
		heads   []int
		rels    []string
	}{
		{
			name: "finite verb read as an adjective of the object",
			in: "Venezuelan/ADJ/JJ/3/amod security/NOUN/NN/3/compound forces/NOUN/NNS/6/nsubj detained/VERB/VBD/6/amod " +
				"opposition/NOUN/NN/6/compound leader/NOUN/NN/0/root ./PUNCT/./6/punct",
			changed: true,
			heads:   []int{3, 3, 4, 0, 6, 4, 4},
			rels:    []string{"amod", "compound", "nsubj", "root", "compound", "obj", "punct"},
		},
		{
			name: "finite verb read as an adjective of a noun after it",
			in: "Kim/PROPN/NNP/0/root Jong/PROPN/NNP/3/compound Un/PROPN/NNP/1/flat threatened/VERB/VBD/6/amod " +
				"South/PROPN/NNP/6/compound Korea/PROPN/NNP/1/list ./PUNCT/./1/punct",
			changed: true,
			heads:   []int{4, 3, 1, 0, 6, 4, 4},
			rels:    []string{"nsubj", "compound", "flat", "root", "compound", "obj", "punct"},
		},
		{
			name: "finite verb read as a relative clause without subject or pronoun",
			in: "Trump/PROPN/NNP/0/root and/CCONJ/CC/3/cc Putin/PROPN/NNP/1/conj held/VERB/VBD/1/acl " +
				"talks/NOUN/NNS/4/obj ./PUNCT/./4/punct",
			changed: true,
			heads:   []int{4, 3, 1, 0, 4, 4},
			rels:    []string{"nsubj", "cc", "conj", "root", "obj", "punct"},
		},
		{
			name:    "a real relative clause stays",
			in:      "the/DET/DT/2/det man/NOUN/NN/0/root who/PRON/WP/4/nsubj held/VERB/VBD/2/acl:relcl talks/NOUN/NNS/4/obj",
			changed: false,
			heads:   []int{2, 0, 4, 2, 4},
			rels:    []string{"det", "root", "nsubj", "acl:relcl", "obj"},
		},
		{
			name:    "participle as an adjective is right",
			in:      "the/DET/DT/3/det detained/VERB/VBN/3/amod leader/NOUN/NN/0/root",
			changed: false,
			heads:   []int{3, 3, 0},
			rels:    []string{"det", "amod", "root"},
		},
		{
			name:    "verb root left alone",
			in:      "Police/NOUN/NNS/2/nsubj arrested/VERB/VBD/0/root men/NOUN/NNS/2/obj",
			changed: false,
			heads:   []int{2, 0, 2},
			rels:    []string{"nsubj", "root", "obj"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parsed(tt.in)
			if got := RepairRoot(&s); got != tt.changed {
				t.Errorf("changed = %v, want %v", got, tt.changed)
			}
			for i, tok := range s.Tokens {
				if tok.Head != tt.heads[i] || tok.Rel != tt.rels[i] {
					t.Errorf("token %d %q: %d %s, want %d %s", i+1, tok.Text, tok.Head, tok.Rel, tt.heads[i], tt.rels[i])
				}
			}
		})
	}
}
