package actors

import (
	"testing"
	"time"

	"tacitus/nlp"
)

// FuzzSentence feeds Sentence random tokens, tags, heads and relations:
// it must not panic, and every mention must lie within the text.
func FuzzSentence(f *testing.F) {
	f.Add("Iranian police of Iran 's Al - Qaeda he the former both countries Mr Blair in Tehran", []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18})
	f.Add("Israel and Egypt , Lebanon 's president", []byte{0, 255, 3, 7, 9, 200, 1})
	f.Add("", []byte{})
	r := recognizer(f)
	upos := []string{"NOUN", "PROPN", "PRON", "ADJ", "DET", "ADP", "VERB", "AUX", "PUNCT", "X", "CCONJ", "PART", "NUM"}
	rels := []string{"nsubj", "obj", "obl", "nmod", "nmod:poss", "nmod:desc", "compound", "amod", "det", "case", "conj", "cc", "flat", "appos", "punct", "root", "nummod", "fixed", "acl"}
	f.Fuzz(func(t *testing.T, text string, ops []byte) {
		var s nlp.Sentence
		pos := 0
		for i := 0; pos < len(text) && i < 64; i++ {
			end := pos + 1
			for end < len(text) && text[end] != ' ' {
				end++
			}
			var o [4]byte
			for k := range o {
				if j := 4*i + k; j < len(ops) {
					o[k] = ops[j]
				}
			}
			s.Tokens = append(s.Tokens, nlp.Token{
				Text: text[pos:end], Start: pos, End: end, SpaceAfter: o[3]&1 == 0,
				UPOS: upos[int(o[0])%len(upos)], XPOS: "NN", Head: int(o[1]%20) - 1,
				Rel: rels[int(o[2])%len(rels)],
			})
			pos = end
			for pos < len(text) && text[pos] == ' ' {
				pos++
			}
		}
		if len(ops) > 0 && ops[0] == 7 && len(s.Tokens) > 0 {
			s.Tokens[0].Start, s.Tokens[0].End = len(text)+5, -3 // bad offsets
		}
		var doc Document
		for k := 0; k < 2; k++ {
			for _, m := range r.Sentence(&doc, text, s, time.Date(2004, 1, 1, 0, 0, 0, 0, time.UTC)) {
				check(t, text, len(s.Tokens), m)
			}
		}
	})
}

func check(t *testing.T, text string, n int, m Mention) {
	t.Helper()
	if m.Start < 0 || m.End > len(text) || m.Start > m.End || m.Text != text[m.Start:m.End] {
		t.Fatalf("mention %+v: span outside the text (len %d)", m, len(text))
	}
	if m.First < 1 || m.Last > n || m.First > m.Last || m.Head < 1 || m.Head > n {
		t.Fatalf("mention %+v: token range outside 1..%d", m, n)
	}
}
