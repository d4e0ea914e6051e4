package depparse

import "tacitus/nlp"

// Transitions of the arc-eager system.
const (
	tShift  = iota // push the buffer front onto the stack
	tReduce        // pop the stack top, which has a head
	tLeft          // buffer front becomes the head of the stack top, which is popped
	tRight         // stack top becomes the head of the buffer front, which is pushed
	nTrans
)

// The non-monotonic system (TrainOptions.NonMonotonic; Honnibal,
// Goldberg & Johnson 2013, Honnibal & Johnson 2015) has the same four
// scored transitions with wider preconditions, and one forced move:
//
//   - LEFT-ARC also applies to a stack top that has a head (its head is
//     then the word below it): the new arc replaces the old one, so a
//     word pushed by a wrong RIGHT-ARC can still take a head to its
//     right. It applies to the root's child as well, which frees the
//     root for another word.
//   - REDUCE also applies to a stack top without a head, which is then
//     attached to the word below it (the RIGHT-ARC it should have been).
//   - Once the buffer is empty, a stack top with a head is popped, the
//     lowest word left without a head becomes the root's child, and any
//     other stack top without a head is put back into the buffer
//     (UNSHIFT), where LEFT-ARC can give it the words below it as
//     dependents before RIGHT-ARC attaches it to one of them; SHIFT is
//     then no longer allowed, so that the parse ends.
//
// A word on the stack with a head always has the word below it as its
// head, and every word the stack top dominates has left the stack and
// the buffer, so no transition can make a cycle.

// maxDist caps the distance feature.
const maxDist = 15

// parser is the per-sentence configuration and scratch space. Index 0 of
// every per-word slice is the artificial root; words are 1..n.
type parser struct {
	n    int32
	word []uint64 // hash of the normalized form
	tag  []uint64 // hash of XPOS
	upos []uint64 // hash of UPOS
	sfx  []uint64 // hash of the last three bytes of the normalized form
	amb  []uint64 // ambiguity class of the word (see lexicon)
	// Running counts of punctuation and verbs up to each word, for the
	// features about what lies between the stack top and the buffer.
	npunct, nverb []int32
	// Running count of coordinating conjunctions, for the label features.
	nconj []int32

	head      []int32 // -1 while unattached
	lab       []int32 // label id, valid when head >= 0
	lc1, lc2  []int32 // leftmost and second leftmost child, -1 if none
	rc1, rc2  []int32 // rightmost and second rightmost child, -1 if none
	nl, nr    []int32 // number of left and right children
	lset      []uint64
	rset      []uint64
	stack     []int32
	b         int32 // buffer front; the buffer is b..e
	e         int32 // last buffer word: n, or after UNSHIFT the word put back
	rootChild int32
	root      int32 // label id of RootRel
	nonMono   bool  // the non-monotonic transition system
	ended     bool  // the buffer has been emptied once (non-monotonic only)

	feats  []uint32
	lfeats []uint32
	lscore []float32
	sink   uint32 // see transTable.touch

	// Scores of the first two feature groups (see bufferFeats) and the
	// configuration they were computed for.
	bufScore, n0Score [nTrans]float32
	// s0Score[i] is the score of the stack top group (see s0Features)
	// of word i, valid when s0Have[i]: the group does not change while
	// the word is on the stack, and a word is pushed only once.
	s0Score       [][nTrans]float32
	s0Have        []bool
	bufFor, n0For int32 // buffer front; -1 = none
	scores        [nTrans]float32
	n0Kids        int32 // left children of the buffer front then
}

func grow32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n, n+n/2)
	}
	return s[:n]
}

func grow64(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n, n+n/2)
	}
	return s[:n]
}

// load resets the configuration for a sentence of tokens.
func (p *parser) load(toks []nlp.Token, lex *lexicon) {
	n := len(toks) + 1
	p.n = int32(len(toks))
	p.word = grow64(p.word, n)
	p.tag = grow64(p.tag, n)
	p.upos = grow64(p.upos, n)
	p.sfx = grow64(p.sfx, n)
	p.amb = grow64(p.amb, n)
	p.amb[0] = rootVal
	p.npunct = grow32(p.npunct, n)
	p.nverb = grow32(p.nverb, n)
	p.nconj = grow32(p.nconj, n)
	p.nconj[0] = 0
	p.word[0], p.tag[0], p.upos[0], p.sfx[0] = rootVal, rootVal, rootVal, rootVal
	p.npunct[0], p.nverb[0] = 0, 0
	for i := range toks {
		t := &toks[i]
		p.word[i+1], p.sfx[i+1] = wordHash(t.Text)
		p.amb[i+1] = lex.lookup(p.word[i+1])
		p.tag[i+1] = strHash(t.XPOS)
		p.upos[i+1] = strHash(t.UPOS)
		p.npunct[i+1], p.nverb[i+1], p.nconj[i+1] = p.npunct[i], p.nverb[i], p.nconj[i]
		switch t.UPOS {
		case "PUNCT":
			p.npunct[i+1]++
		case "VERB":
			p.nverb[i+1]++
		case "CCONJ":
			p.nconj[i+1]++
		}
	}
	p.reset()
}

// reset clears the arcs and puts the configuration in its initial state.
func (p *parser) reset() {
	n := int(p.n) + 1
	p.head = grow32(p.head, n)
	p.lab = grow32(p.lab, n)
	p.lc1 = grow32(p.lc1, n)
	p.lc2 = grow32(p.lc2, n)
	p.rc1 = grow32(p.rc1, n)
	p.rc2 = grow32(p.rc2, n)
	p.nl = grow32(p.nl, n)
	p.nr = grow32(p.nr, n)
	p.lset = grow64(p.lset, n)
	p.rset = grow64(p.rset, n)
	if cap(p.s0Score) < n {
		p.s0Score = make([][nTrans]float32, n, n+n/2)
		p.s0Have = make([]bool, n, n+n/2)
	}
	p.s0Score, p.s0Have = p.s0Score[:n], p.s0Have[:n]
	clear(p.s0Have)
	for i := 0; i < n; i++ {
		p.head[i], p.lab[i] = -1, 0
		p.lc1[i], p.lc2[i], p.rc1[i], p.rc2[i] = -1, -1, -1, -1
		p.nl[i], p.nr[i] = 0, 0
		p.lset[i], p.rset[i] = 0, 0
	}
	p.stack = append(p.stack[:0], 0)
	p.b, p.e = 1, p.n
	p.ended = false
	p.rootChild = -1
	p.bufFor, p.n0For = -1, -1
}

func (p *parser) s0() int32 { return p.stack[len(p.stack)-1] }

// s1 is the word below the stack top, -1 if none.
func (p *parser) s1() int32 {
	if len(p.stack) < 2 {
		return -1
	}
	return p.stack[len(p.stack)-2]
}

// legal reports which transitions are allowed. Besides the usual
// arc-eager preconditions it keeps the root's single child on the stack
// until the buffer is empty, which guarantees a single-rooted tree.
func (p *parser) legal() (ok [nTrans]bool) {
	if p.nonMono {
		return p.legalNM()
	}
	if p.b > p.n {
		return ok
	}
	s0 := p.s0()
	ok[tShift] = true
	if s0 == 0 {
		ok[tRight] = p.rootChild < 0
		return ok
	}
	if p.head[s0] >= 0 {
		ok[tReduce] = p.s1() != 0
	} else {
		ok[tLeft] = true
	}
	ok[tRight] = true
	return ok
}

// legalNM reports which transitions the non-monotonic system allows
// (see above); the root's child stays on the stack unless LEFT-ARC gives
// it another head.
func (p *parser) legalNM() (ok [nTrans]bool) {
	if p.b > p.e {
		return ok
	}
	s0 := p.s0()
	ok[tShift] = !p.ended
	if s0 == 0 {
		ok[tRight] = p.rootChild < 0
		return ok
	}
	ok[tLeft] = true
	ok[tRight] = true
	ok[tReduce] = p.s1() != 0
	return ok
}

// detach removes the arc to d, which must be the rightmost child of its
// head (as the stack top's is), for a LEFT-ARC that replaces it.
func (p *parser) detach(d int32) {
	h := p.head[d]
	p.head[d] = -1
	if h == 0 {
		p.rootChild = -1
	}
	p.nr[h]--
	p.rc1[h], p.rc2[h], p.rset[h] = -1, -1, 0
	for k := h + 1; k <= p.n; k++ {
		if p.head[k] != h {
			continue
		}
		p.rset[h] |= uint64(1) << uint(p.lab[k]&63)
		p.rc2[h], p.rc1[h] = p.rc1[h], k
	}
}

// endStep makes the forced move of the non-monotonic system once the
// buffer is empty (see above); it reports false when the parse is over.
func (p *parser) endStep() bool {
	if len(p.stack) <= 1 {
		return false
	}
	s0 := p.s0()
	p.stack = p.stack[:len(p.stack)-1]
	switch {
	case p.head[s0] >= 0:
	case p.s0() == 0:
		p.attach(0, s0, p.root)
	default: // UNSHIFT
		p.b, p.e, p.ended = s0, s0, true
		// Its stack group changes when it is pushed again, and the
		// buffer groups now see an empty lookahead.
		p.s0Have[s0] = false
		p.bufFor, p.n0For = -1, -1
	}
	return true
}

// attach adds the arc h → d with label l.
func (p *parser) attach(h, d, l int32) {
	p.head[d] = h
	p.lab[d] = l
	bit := uint64(1) << uint(l&63)
	if d < h {
		p.nl[h]++
		p.lset[h] |= bit
		switch {
		case p.lc1[h] < 0 || d < p.lc1[h]:
			p.lc2[h], p.lc1[h] = p.lc1[h], d
		case p.lc2[h] < 0 || d < p.lc2[h]:
			p.lc2[h] = d
		}
	} else {
		p.nr[h]++
		p.rset[h] |= bit
		switch {
		case p.rc1[h] < 0 || d > p.rc1[h]:
			p.rc2[h], p.rc1[h] = p.rc1[h], d
		case p.rc2[h] < 0 || d > p.rc2[h]:
			p.rc2[h] = d
		}
	}
	if h == 0 {
		p.rootChild = d
	}
}

// apply performs transition t; l is the label for an arc.
func (p *parser) apply(t int, l int32) {
	s0 := p.s0()
	switch t {
	case tShift:
		p.stack = append(p.stack, p.b)
		p.b++
	case tReduce:
		if p.head[s0] < 0 { // non-monotonic
			p.attach(p.s1(), s0, l)
		}
		p.stack = p.stack[:len(p.stack)-1]
	case tLeft:
		if p.head[s0] >= 0 { // non-monotonic
			p.detach(s0)
		}
		p.attach(p.b, s0, l)
		p.stack = p.stack[:len(p.stack)-1]
	case tRight:
		p.attach(s0, p.b, l)
		p.stack = append(p.stack, p.b)
		p.b++
	}
}

// run parses the loaded sentence with model m. When tr is not nil it is a
// training run: tr decides the transitions and labels and updates the
// weights.
func (p *parser) run(m *Model, tr *trainer) {
	if tr != nil {
		p.root, p.nonMono = tr.root, tr.nonMono
	} else {
		p.root, p.nonMono = int32(m.root), m.nonMono
	}
	for {
		if p.b > p.e {
			if p.nonMono && p.endStep() {
				continue
			}
			break
		}
		ok := p.legal()
		var t int
		if tr != nil {
			p.feats = p.features(p.feats[:0])
			t = tr.choose(p, ok)
		} else {
			t = argmax(p.score(m.trans), ok)
		}
		var l int32
		switch t {
		case tLeft:
			l = p.label(m, tr, p.b, p.s0())
		case tRight:
			if p.s0() == 0 {
				l = p.root
			} else {
				l = p.label(m, tr, p.s0(), p.b)
			}
		case tReduce:
			if p.head[p.s0()] < 0 {
				l = p.label(m, tr, p.s1(), p.s0())
			}
		}
		p.apply(t, l)
	}
	p.finish(m, tr)
}

// score scores the configuration, reusing the scores of the feature
// groups that did not change since the last configuration; only the
// features of the groups it scores are computed (into p.feats). The
// features of all the groups it scores are looked up together, so that
// their cache misses overlap instead of costing one memory round trip
// per group; each group is still summed on its own and in order, so the
// scores do not depend on which groups were stale.
func (p *parser) score(tt *transTable) []float32 {
	s0 := p.s0()
	f := p.feats[:0]
	newBuf := p.bufFor != p.b
	if newBuf {
		f = p.bufferFeatures(f)
	}
	nBuf := len(f)
	newN0 := p.n0For != p.b || p.n0Kids != p.nl[p.b]
	if newN0 {
		f = p.n0Features(f)
	}
	nN0 := len(f)
	newS0 := !p.s0Have[s0]
	if newS0 {
		f = p.s0Features(f)
	}
	nS0 := len(f)
	f = p.stackFeatures(f)
	p.feats = f
	p.sink = tt.touch(f)
	if newBuf {
		p.bufScore = tt.sum([nTrans]float32{}, f[:nBuf])
		p.bufFor = p.b
	}
	if newN0 {
		p.n0Score = tt.sum([nTrans]float32{}, f[nBuf:nN0])
		p.n0For, p.n0Kids = p.b, p.nl[p.b]
	}
	if newS0 {
		p.s0Score[s0] = tt.sum([nTrans]float32{}, f[nN0:nS0])
		p.s0Have[s0] = true
	}
	sc := tt.sum(p.s0Score[s0], f[nS0:])
	for i := range sc {
		sc[i] += p.bufScore[i] + p.n0Score[i]
	}
	p.scores = sc
	return p.scores[:]
}

// finish empties the stack once the buffer is exhausted: a word without a
// head is attached to the word below it, or to the root when it is the
// lowest word and the root has no child yet.
func (p *parser) finish(m *Model, tr *trainer) {
	for len(p.stack) > 1 {
		s0 := p.s0()
		if p.head[s0] < 0 {
			s1 := p.s1()
			if s1 == 0 {
				p.attach(0, s0, p.root)
			} else {
				p.attach(s1, s0, p.label(m, tr, s1, s0))
			}
		}
		p.stack = p.stack[:len(p.stack)-1]
	}
}

// label chooses the relation of the new arc h → d.
func (p *parser) label(m *Model, tr *trainer, h, d int32) int32 {
	p.lfeats = p.labelFeatures(p.lfeats[:0], h, d)
	if tr != nil {
		return tr.chooseLabel(p, h, d)
	}
	p.lscore = m.lab.score(p.lfeats, p.lscore, &p.sink)
	return bestLabel(p.lscore, m.root)
}

// bestLabel is the highest scoring label other than the root relation,
// the first of them on a tie; the root relation when there is no other.
func bestLabel(sc []float32, root int) int32 {
	bi := 0
	if root == 0 {
		bi = 1
	}
	if bi >= len(sc) {
		return int32(root)
	}
	// The labels before the root relation and those after it are
	// scanned in two loops, so that the loops need not test for it. The
	// best score is kept in memory (best[0]): held in a register, the
	// compiler moved it between two registers at every label.
	var best [2]float32
	best[0] = sc[bi]
	lo, mid := bi+1, min(max(root, bi+1), len(sc))
	for k, v := range sc[lo:mid] {
		if v > best[0] {
			best[0], bi = v, lo+k
		}
	}
	if lo = max(root+1, lo); lo < len(sc) {
		for k, v := range sc[lo:] {
			if v > best[0] {
				best[0], bi = v, lo+k
			}
		}
	}
	return int32(bi)
}

func argmax(sc []float32, ok [nTrans]bool) int {
	bi := -1
	for t := 0; t < nTrans; t++ {
		if ok[t] && (bi < 0 || sc[t] > sc[bi]) {
			bi = t
		}
	}
	return bi
}
