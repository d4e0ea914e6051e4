package coder

import (
	"os"
	"path/filepath"
	"testing"

	"tacitus/conformance"
	"tacitus/dictionary"
	"tacitus/nlp"
)

// phoenixSet loads the production Phoenix dictionaries from the shared
// reference folder, skipping when it is absent.
func phoenixSet(b testing.TB) *dictionary.Set {
	b.Helper()
	dir := filepath.Join(moduleRoot(b), "..", "shared", "dictionaries", "phoenix")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("Phoenix dictionaries not found in %s", dir)
	}
	set, err := dictionary.LoadDir(os.DirFS(dir), ".")
	if set == nil {
		b.Fatalf("loading Phoenix dictionaries: %v", err)
	}
	return set
}

// suiteSentences returns the validation records with their Treebank
// parses converted to dependencies (given parses: the benchmark measures
// the coder alone).
func suiteSentences(b testing.TB) ([]nlp.Sentence, []string) {
	b.Helper()
	suite, err := conformance.LoadSuite(filepath.Join(suiteDir(b), "PETR.UnitTest.records.xml"))
	if err != nil {
		b.Fatal(err)
	}
	var sents []nlp.Sentence
	var texts []string
	for i := range suite.Records {
		r := &suite.Records[i]
		if s, ok := sentenceFromPTB(r.Parse, r.Text); ok {
			sents = append(sents, s)
			texts = append(texts, r.Text)
		}
	}
	return sents, texts
}

// BenchmarkCode codes the validation sentences (given parses) with the
// full Phoenix dictionaries; the sentences/s metric is the coder's speed.
func BenchmarkCode(b *testing.B) {
	set := phoenixSet(b)
	sents, texts := suiteSentences(b)
	c := New(set, Options{})
	cfg := DefaultConfig()
	date := suiteDate
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		k := i % len(sents)
		if _, err := c.Code(sents[k], texts[k], date, cfg); err != nil && !isStop(err) {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkCodeNews codes the validation sentences with the Phoenix
// dictionaries and the real-news conventions (Options.News), as the
// extract package runs the coder.
func BenchmarkCodeNews(b *testing.B) {
	set := phoenixSet(b)
	sents, texts := suiteSentences(b)
	c := New(set, Options{News: true})
	cfg := DefaultConfig()
	cfg.CommaMax, cfg.CommaEMax = 0, 0
	date := suiteDate
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		k := i % len(sents)
		if _, err := c.Code(sents[k], texts[k], date, cfg); err != nil && !isStop(err) {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkCodeSuiteDict codes the same sentences with the small
// validation dictionaries.
func BenchmarkCodeSuiteDict(b *testing.B) {
	dir := suiteDir(b)
	suite, err := conformance.LoadSuite(filepath.Join(dir, "PETR.UnitTest.records.xml"))
	if err != nil {
		b.Fatal(err)
	}
	set, err := LoadSuiteDictionaries(suite.Env, dir)
	if err != nil {
		b.Fatal(err)
	}
	sents, texts := suiteSentences(b)
	c := New(set, Options{LooseActors: true})
	cfg := DefaultConfig()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(sents)
		if _, err := c.Code(sents[k], texts[k], suiteDate, cfg); err != nil && !isStop(err) {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
