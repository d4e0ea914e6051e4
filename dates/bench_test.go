package dates

import (
	"testing"
)

// benchText is a typical wire sentence with three expressions.
const benchText = "Rebels attacked the army base near the border on Aug. 5 and have held the town since 1991, officials said last Tuesday, adding that talks would resume next week."

// BenchmarkExpressions measures the finder on one 30-word sentence.
func BenchmarkExpressions(b *testing.B) {
	s := tokenize(benchText)
	b.ReportAllocs()
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		if len(Expressions(benchText, s)) != 4 {
			b.Fatal("wrong number of expressions")
		}
	}
}

// BenchmarkResolve measures Resolve over a mix of expression kinds.
func BenchmarkResolve(b *testing.B) {
	var es []Expr
	for _, p := range []string{"on Aug. 5", "last Tuesday", "on Tuesday", "yesterday", "in 1991",
		"since 1991", "in March", "two weeks ago", "earlier this month", "next week",
		"on March 3, 2011", "3/5/2011", "the 1990s", "on Feb. 29"} {
		s := tokenize(p)
		e := Expressions(p, s)
		if len(e) != 1 {
			b.Fatalf("%q: %d expressions", p, len(e))
		}
		es = append(es, e[0])
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, ok := Resolve(es[i%len(es)], article, Past); !ok {
			b.Fatal("unresolved")
		}
		i++
	}
}

// BenchmarkEventDate measures dating one verb of the benchmark sentence
// (finder + tense + resolver).
func BenchmarkEventDate(b *testing.B) {
	s := tokenize(benchText)
	tags := []string{"NNS", "VBD", "DT", "NN", "NN", "IN", "DT", "NN", "IN", "NNP", "CD", "CC", "VBP", "VBN",
		"DT", "NN", "IN", "CD", ",", "NNS", "VBD", "JJ", "NNP", ",", "VBG", "IN", "NNS", "MD", "VB", "JJ", "NN", "."}
	for i := range s.Tokens {
		if i < len(tags) {
			s.Tokens[i].XPOS = tags[i]
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if d := EventDate(benchText, s, 2, article, true); d.Basis != BasisText {
			b.Fatal("not dated from the text")
		}
	}
}
