package lemma

import (
	"os"
	"testing"

	"tacitus/nlp"
	"tacitus/nlp/conllu"
)

// readGold reads a CoNLL-U file with its gold columns.
func readGold(tb testing.TB, path string) []nlp.Sentence {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f, path)
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]nlp.Sentence, len(ss))
	for i, s := range ss {
		out[i] = s.NLP()
	}
	return out
}

// accuracy lemmatizes copies of gold-tagged sentences and returns the
// share of tokens whose lemma matches the gold lemma.
func accuracy(m *Model, gold []nlp.Sentence) float64 {
	ok, n := 0, 0
	for _, g := range gold {
		s := nlp.Sentence{Tokens: append([]nlp.Token(nil), g.Tokens...)}
		for i := range s.Tokens {
			s.Tokens[i].Lemma = ""
		}
		m.Lemmatize(&s)
		for i := range s.Tokens {
			n++
			if s.Tokens[i].Lemma == g.Tokens[i].Lemma {
				ok++
			}
		}
	}
	return float64(ok) / float64(max(n, 1))
}
