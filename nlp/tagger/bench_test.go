package tagger

import (
	"os"
	"path/filepath"
	"testing"

	"tacitus/internal/sharedtest"
	"tacitus/nlp"
)

// BenchmarkTag tags the EWT development sentences with the committed model
// and reports tokens per second (it skips without ../shared). TAGGER_MODEL
// names another model file to measure.
func BenchmarkTag(b *testing.B) {
	gold := readGold(b, sharedtest.Path(b, "treebank", "ud-english-ewt", "en_ewt-ud-dev.conllu"))
	path := filepath.Join("..", "models", "tagger.bin.gz")
	if p := os.Getenv("TAGGER_MODEL"); p != "" {
		path = p
	}
	m := loadModel(b, path)
	sents := make([]nlp.Sentence, len(gold))
	ntok := 0
	for i, g := range gold {
		sents[i] = nlp.Sentence{Tokens: make([]nlp.Token, len(g.Tokens))}
		for j, t := range g.Tokens {
			sents[i].Tokens[j] = nlp.Token{Text: t.Text}
		}
		ntok += len(g.Tokens)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for i := range sents {
			m.Tag(&sents[i])
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(ntok*b.N), "ns/token")
}
