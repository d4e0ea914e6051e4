// Package depparse is tacitus's dependency parser: a greedy arc-eager
// transition parser with an averaged perceptron, trained with a dynamic
// oracle and exploration (Goldberg & Nivre 2012) on Universal Dependencies
// treebanks.
//
// A parse is a sequence of SHIFT, REDUCE, LEFT-ARC and RIGHT-ARC
// transitions. The transition is scored from about ninety hashed
// non-local features in the style of Zhang & Nivre (2011): words and
// tags of the three words on top of the stack and the next four buffer
// words, their heads and leftmost/rightmost children, arc labels,
// distance, valency and label sets, plus what lies between the stack top
// and the buffer (commas, verbs, conjunctions), whether verbs and
// punctuation follow the buffer front, and each word's ambiguity class
// (the set of tags it had in training, which lets the parser hedge
// against tagging errors). The relation of each new arc, subtype
// included, is chosen by a second perceptron that sees the head and the
// dependent, their children, their neighbours and what lies between
// them, so a step costs one four-way transition score and, once per
// word, one label score. Weights live in open-addressing tables of
// 32-bit feature hashes; transition weights are 8-bit log-scale codes,
// so a lookup touches one cache line.
//
// The parser reads Text, UPOS and XPOS (not Lemma). Train it on tags
// as noisy as the tagger's: the shipped model was trained on jackknifed
// tags and a gold-tagged copy of the same sentences, and is the average
// of five models trained with different seeds (see cmd/parsertrain).
//
// A parser trained with TrainOptions.NonMonotonic uses the
// non-monotonic arc-eager system of Honnibal, Goldberg & Johnson (2013)
// and Honnibal & Johnson (2015) instead: LEFT-ARC may replace the head of
// the stack top, REDUCE may attach a stack top without a head to the word
// below it, and once the buffer is empty a stack top without a head goes
// back to the buffer (UNSHIFT), so that some early errors can be repaired
// (see state.go and nonmono.go). The model file records the system.
//
// The parser always returns a tree: exactly one word has Head 0 and
// relation "root", and there are no cycles. Arc-eager builds projective
// trees only; training trees are projectivized by lifting the few
// non-projective arcs (392 of the 204,585 arcs of UD English EWT train,
// 0.2%), which therefore cannot be predicted.
//
// A Model is safe for concurrent use; per-call scratch space comes from a
// sync.Pool, and parsing allocates nothing per token.
package depparse

import (
	"errors"
	"sync"

	"tacitus/nlp"
)

// Errors returned by Train and Load. Callers may test for them with
// errors.Is.
var (
	// ErrNoData means Train was given no usable training sentence.
	ErrNoData = errors.New("depparse: no training sentence with a complete tree")
	// ErrFormat means Load was given something that is not a model file
	// of this version.
	ErrFormat = errors.New("depparse: bad model file")
)

// RootRel is the relation of the one word attached to the root.
const RootRel = "root"

// Model is a trained parser. It implements nlp.Parser.
type Model struct {
	labels []string // label id → full UD relation
	root   int      // id of RootRel in labels
	trans  *transTable
	lab    *labelTable
	lex    *lexicon
	// nonMono marks a model trained with the non-monotonic transition
	// system (see TrainOptions.NonMonotonic), which it must parse with.
	nonMono bool
	pool    sync.Pool
}

var _ nlp.Parser = (*Model)(nil)

// Labels returns the relations the model can assign, in id order.
func (m *Model) Labels() []string { return append([]string(nil), m.labels...) }

// Parse fills Head (1-based, 0 for the root) and Rel of every token of s
// from Text, UPOS and XPOS. It always builds a single-rooted tree, and
// does nothing for an empty sentence.
func (m *Model) Parse(s *nlp.Sentence) {
	n := len(s.Tokens)
	if n == 0 {
		return
	}
	p, _ := m.pool.Get().(*parser)
	if p == nil {
		p = &parser{}
	}
	p.load(s.Tokens, m.lex)
	p.run(m, nil)
	for i := range s.Tokens {
		h := p.head[i+1]
		s.Tokens[i].Head = int(h)
		s.Tokens[i].Rel = m.labels[p.lab[i+1]]
	}
	m.pool.Put(p)
}
