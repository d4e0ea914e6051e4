package dictionary

import (
	"os"
	"path/filepath"
	"testing"
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
