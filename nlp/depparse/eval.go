package depparse

import (
	"strings"

	"tacitus/nlp"
)

// Score counts attachment decisions over every word, punctuation
// included, as in the CoNLL 2018 shared task.
type Score struct {
	Words int // words scored
	Head  int // words with the right head
	Label int // right head and right universal relation (subtype ignored)
	Full  int // right head and exactly the right relation, subtype included
}

// UAS is the unlabeled attachment score, 0..1.
func (s Score) UAS() float64 { return ratio(s.Head, s.Words) }

// LAS is the labeled attachment score on universal relations, 0..1.
func (s Score) LAS() float64 { return ratio(s.Label, s.Words) }

// FullLAS is the labeled attachment score on full relations with
// subtypes, 0..1.
func (s Score) FullLAS() float64 { return ratio(s.Full, s.Words) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add accumulates the counts of o.
func (s *Score) Add(o Score) {
	s.Words += o.Words
	s.Head += o.Head
	s.Label += o.Label
	s.Full += o.Full
}

// Compare scores a parsed sentence against the gold one; both must have
// the same words.
func Compare(parsed, gold *nlp.Sentence) Score {
	var s Score
	for i := range gold.Tokens {
		if i >= len(parsed.Tokens) {
			break
		}
		g, p := &gold.Tokens[i], &parsed.Tokens[i]
		s.Words++
		if g.Head != p.Head {
			continue
		}
		s.Head++
		if universal(g.Rel) == universal(p.Rel) {
			s.Label++
		}
		if g.Rel == p.Rel {
			s.Full++
		}
	}
	return s
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// Evaluate parses a copy of every gold sentence with p, using the tags
// the sentences carry, and scores the result.
func Evaluate(p nlp.Parser, gold []nlp.Sentence) Score {
	var total Score
	var buf []nlp.Token
	for i := range gold {
		g := &gold[i]
		buf = append(buf[:0], g.Tokens...)
		s := nlp.Sentence{Start: g.Start, End: g.End, Tokens: buf}
		for j := range s.Tokens {
			s.Tokens[j].Head, s.Tokens[j].Rel = -1, ""
		}
		p.Parse(&s)
		total.Add(Compare(&s, g))
	}
	return total
}
