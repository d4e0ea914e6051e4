package tagger

import (
	"os"
	"testing"

	"tacitus/nlp"
)

// readGold reads a CoNLL-U file with its gold columns.
func readGold(tb testing.TB, path string) []nlp.Sentence {
	tb.Helper()
	ss, err := readCoNLLU(path)
	if err != nil {
		tb.Fatal(err)
	}
	return ss
}

// loadModel reads a model file.
func loadModel(tb testing.TB, path string) *Model {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// accuracy tags copies of gold sentences (from their texts only) and
// returns the UPOS and XPOS accuracy.
func accuracy(m *Model, gold []nlp.Sentence) (upos, xpos float64) {
	okU, okX, n := 0, 0, 0
	for _, g := range gold {
		s := nlp.Sentence{Tokens: make([]nlp.Token, len(g.Tokens))}
		for i, t := range g.Tokens {
			s.Tokens[i] = nlp.Token{Text: t.Text, Start: t.Start, End: t.End, SpaceAfter: t.SpaceAfter, Head: -1}
		}
		m.Tag(&s)
		for i := range s.Tokens {
			n++
			if s.Tokens[i].UPOS == g.Tokens[i].UPOS {
				okU++
			}
			if s.Tokens[i].XPOS == g.Tokens[i].XPOS {
				okX++
			}
		}
	}
	return float64(okU) / float64(max(n, 1)), float64(okX) / float64(max(n, 1))
}
