package depparse

import (
	"slices"

	"tacitus/nlp"
)

// lexicon maps (the top half of) the hash of a normalized word form to its
// ambiguity class:
// a hash of the set of XPOS tags the word had in the training data. The
// class lets the parser hedge when the tagger picks one tag of an
// ambiguous word (NN or VB, IN or RP), and generalizes over words that
// share the same ambiguity.
type lexicon struct {
	mask  uint32
	words []uint32 // slot → word key, 0 = empty
	class []uint64 // slot → ambiguity class
	n     int
}

// lexKey is the lexicon key of a word hash.
func lexKey(w uint64) uint32 { return key(w) }

// unknownClass is the class of words not in the lexicon.
const unknownClass = 0x3c6ef372fe94f82b

// Lexicon building thresholds: a word needs lexMinCount occurrences, and a
// tag must have at least lexMinShare of a word's occurrences to count
// (which drops most tagging noise of automatically tagged data).
const (
	lexMinCount = 3
	lexMinShare = 0.05
)

func newLexicon(n int) *lexicon {
	size := tableSize(n)
	return &lexicon{mask: uint32(size - 1), words: make([]uint32, size), class: make([]uint64, size)}
}

func (l *lexicon) slot(w uint32) int {
	i := w & l.mask // as in transTable
	for l.words[i] != 0 && l.words[i] != w {
		i = (i + 1) & l.mask
	}
	return int(i)
}

func (l *lexicon) insert(w uint32, c uint64) {
	i := l.slot(w)
	if l.words[i] == 0 {
		l.n++
	}
	l.words[i], l.class[i] = w, c
}

// lookup returns the class of word hash w.
func (l *lexicon) lookup(w uint64) uint64 {
	if l == nil {
		return unknownClass
	}
	i := l.slot(lexKey(w))
	if l.words[i] == 0 {
		return unknownClass
	}
	return l.class[i]
}

// buildLexicon collects the ambiguity classes of the training words.
func buildLexicon(train []nlp.Sentence) *lexicon {
	type entry struct {
		total int
		tags  map[string]int
	}
	counts := map[uint64]*entry{}
	for i := range train {
		for _, t := range train[i].Tokens {
			w, _ := wordHash(t.Text)
			e := counts[w]
			if e == nil {
				e = &entry{tags: map[string]int{}}
				counts[w] = e
			}
			e.total++
			e.tags[t.XPOS]++
		}
	}
	keys := make([]uint64, 0, len(counts))
	for w, e := range counts {
		if e.total >= lexMinCount {
			keys = append(keys, w)
		}
	}
	slices.Sort(keys)
	l := newLexicon(len(keys))
	for _, w := range keys {
		e := counts[w]
		c := uint64(0)
		for tag, n := range e.tags {
			if float64(n) >= lexMinShare*float64(e.total) {
				c += strHash(tag) // order-independent set hash
			}
		}
		l.insert(lexKey(w), fin(c))
	}
	return l
}
