package depparse

import (
	"os"
	"path/filepath"
	"testing"

	"tacitus/internal/procstat"
	"tacitus/internal/sharedtest"
	"tacitus/nlp"
	"tacitus/nlp/conllu"
)

// modelPath is the shipped model, relative to this package.
var modelPath = filepath.Join("..", "models", "parser.bin.gz")

func loadShipped(tb testing.TB) *Model {
	tb.Helper()
	f, err := os.Open(modelPath)
	if err != nil {
		tb.Skipf("no shipped model: %v", err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// readTreebank reads a CoNLL-U file of ../shared, skipping when absent.
func readTreebank(tb testing.TB, elem ...string) []nlp.Sentence {
	tb.Helper()
	path := sharedtest.Path(tb, elem...)
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

// BenchmarkParse parses EWT dev with gold tags and reports tokens per
// second of one core.
func BenchmarkParse(b *testing.B) {
	m := loadShipped(b)
	sents := readTreebank(b, "treebank", "ud-english-ewt", "en_ewt-ud-dev.conllu")
	words := 0
	for _, s := range sents {
		words += len(s.Tokens)
	}
	b.ResetTimer()
	cpu0 := procstat.CPUTime()
	for i := 0; i < b.N; i++ {
		for j := range sents {
			m.Parse(&sents[j])
		}
	}
	cpu := procstat.CPUTime() - cpu0
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(b.Elapsed().Seconds()*1e9/float64(words*b.N), "ns/token")
	if cpu > 0 {
		// CPU time is steadier than wall time on a shared machine.
		b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		loadShipped(b)
	}
}
