package dictionary

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// BenchmarkLoadPhoenix loads the full production set (verbs, three actor
// files, agents, discards, issues, prepositions) from ../shared.
func BenchmarkLoadPhoenix(b *testing.B) {
	fsys := os.DirFS(filepath.Join(sharedDir(b), "dictionaries"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadDir(fsys, "phoenix"); err != nil {
			b.Fatal(err)
		}
	}
}

func loadPhoenix(b *testing.B) *Set {
	s, err := LoadDir(os.DirFS(filepath.Join(sharedDir(b), "dictionaries")), "phoenix")
	if err != nil {
		b.Fatal(err)
	}
	return s
}

var benchSentence = []string{"The", "Islamic", "Republic", "of", "Afghanistan", "'s", "foreign",
	"minister", "said", "on", "Tuesday", "that", "the", "United", "Nations", "security", "council",
	"had", "rejected", "the", "new", "peace", "plan", "."}

// BenchmarkActorLongestMatch tries every start position of a 24-token
// sentence against the Phoenix actors and agents.
func BenchmarkActorLongestMatch(b *testing.B) {
	s := loadPhoenix(b)
	b.ReportAllocs()
	for b.Loop() {
		for i := range benchSentence {
			if m, ok := s.Actors.LongestMatch(benchSentence, i); ok {
				m.Entry.CodeAt(20150101)
			}
			s.Agents.LongestMatch(benchSentence, i)
		}
	}
}

// BenchmarkVerbLookup looks up every token of the sentence as a verb.
func BenchmarkVerbLookup(b *testing.B) {
	s := loadPhoenix(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range benchSentence {
			s.Verbs.Lookup(w)
		}
	}
}

// corpusWords returns the upper-cased words of the first articles of the
// Reuters corpus in ../shared, split at white space and punctuation, as
// one list per article: a stream of words too large for the caches to
// hold their table entries between lookups, as in coding a corpus.
func corpusWords(b *testing.B, articles int) [][]string {
	f, err := os.Open(filepath.Join(sharedDir(b), "corpora", "reuters21578.jsonl"))
	if err != nil {
		b.Skipf("corpus absent: %v", err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() && len(out) < articles {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		out = append(out, strings.FieldsFunc(strings.ToUpper(a.Text), func(r rune) bool {
			return unicode.IsSpace(r) || r == ',' || r == '.' || r == '"'
		}))
	}
	return out
}

// BenchmarkActorScanCorpus tries every start position of 2,000 articles'
// words against the Phoenix actors and agents (reports ns per word).
func BenchmarkActorScanCorpus(b *testing.B) {
	s := loadPhoenix(b)
	docs := corpusWords(b, 2000)
	n := 0
	b.ResetTimer()
	for b.Loop() {
		for _, words := range docs {
			for i := range words {
				s.Actors.LongestMatch(words, i)
				s.Agents.LongestMatch(words, i)
			}
			n += len(words)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/word")
}
