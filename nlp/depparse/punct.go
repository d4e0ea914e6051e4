package depparse

import (
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"tacitus/nlp"
)

// The punctuation attacher is an optional last stage that moves each
// punctuation mark of the finished tree to another head: attaching
// punctuation is the parser's commonest head error, and a mark's head is
// decided when the rest of the tree is known. The candidates are the
// ancestors of the nearest words before and after the mark (and its
// current head); a ranking perceptron scores each from the mark, the
// candidate's tags, relation and position, and the stretch of text the
// candidate's subtree covers. It is an experiment: it did not beat the
// first pass's attachments on EWT dev (docs/accuracy.md), and Save does
// not write it.
type punctAttacher struct {
	w map[uint32]float32
}

var punctHash = strHash("PUNCT")

// spans computes the leftmost and rightmost word of every word's subtree.
func (p *parser) spans() {
	n := int(p.n) + 1
	p.spanL = grow32(p.spanL, n)
	p.spanR = grow32(p.spanR, n)
	p.depth = grow32(p.depth, n)
	for i := int32(0); i < int32(n); i++ {
		p.spanL[i], p.spanR[i] = i, i
	}
	p.spanL[0], p.spanR[0] = 0, p.n
	for i := int32(1); i < int32(n); i++ {
		d := int32(0)
		for h := p.head[i]; h > 0; h = p.head[h] {
			p.spanL[h] = min(p.spanL[h], i)
			p.spanR[h] = max(p.spanR[h], i)
			d++
			if d > int32(n) {
				break
			}
		}
		p.depth[i] = d
	}
}

// isPunct reports whether word i is a punctuation mark without children.
func (p *parser) isPunct(i int32) bool {
	return p.upos[i] == punctHash && p.nl[i] == 0 && p.nr[i] == 0
}

// punctCandidates lists the candidate heads of mark i: the ancestors of
// the nearest non-punctuation words before and after it, with a side
// mask (1: ancestor of the left word, 2: of the right word), and its
// current head.
func (p *parser) punctCandidates(i int32) {
	p.cand = p.cand[:0]
	p.side = p.side[:0]
	add := func(c int32, s uint8) {
		for k, x := range p.cand {
			if x == c {
				p.side[k] |= s
				return
			}
		}
		p.cand = append(p.cand, c)
		p.side = append(p.side, s)
	}
	var left, right int32 = -1, -1
	for j := i - 1; j >= 1; j-- {
		if p.upos[j] != punctHash {
			left = j
			break
		}
	}
	for j := i + 1; j <= p.n; j++ {
		if p.upos[j] != punctHash {
			right = j
			break
		}
	}
	for _, w := range [2]int32{left, right} {
		s := uint8(1)
		if w == right {
			s = 2
		}
		steps := int32(0)
		for c := w; c > 0 && steps <= p.n; c = p.head[c] {
			if c != i {
				add(c, s)
			}
			steps++
		}
	}
	if h := p.head[i]; h > 0 {
		add(h, 4)
	}
}

// punctFeatures appends the features of attaching mark i to candidate c
// with side mask s.
func (p *parser) punctFeatures(f []uint32, i, c int32, s uint8) []uint32 {
	pw := p.word[i]
	cur := uint64(0)
	if p.head[i] == c {
		cur = 1
	}
	var dir uint64 = 1
	if c < i {
		dir = 2
	}
	dist := c - i
	if dist < 0 {
		dist = -dist
	}
	db := uint64(minI(dist, 10))
	cl := p.l(c)
	cp, cu := p.tag[c], p.upos[c]
	isRoot := uint64(0)
	if p.head[c] == 0 {
		isRoot = 1
	}
	// Does the candidate's subtree end just before the mark or start just
	// after it (the mark closes or opens the candidate's phrase)?
	var adj uint64
	if p.spanR[c] == i-1 {
		adj |= 1
	}
	if p.spanL[c] == i+1 {
		adj |= 2
	}
	if p.spanL[c] < i && p.spanR[c] > i {
		adj |= 4 // the subtree spans the mark
	}
	first, last := uint64(0), uint64(0)
	if i == 1 {
		first = 1
	}
	if i == p.n {
		last = 1
	}
	sv := uint64(s)
	next := i + 1
	if next > p.n {
		next = -1
	}
	lo, hi := minI(c, i), max(c, i)
	pb := uint64(min(p.npunct[hi-1]-p.npunct[lo], 2))
	vb := uint64(min(p.nverb[hi-1]-p.nverb[lo], 2))
	return append(f,
		f1(300, cur), f2(301, cur, pw), f3(302, cur, pw, sv),
		f2(303, sv, pw), f3(304, sv, pw, adj), f3(305, adj, pw, cl),
		f3(306, cl, pw, dir), f3(307, cp, pw, dir), f3(308, cu, pw, sv),
		f3(309, isRoot, pw, first|last<<1), f3(310, db, pw, dir),
		f3(311, cl, cu, adj|sv<<4), f3(312, pb|vb<<2, pw, dir),
		f3(313, uint64(minI(p.depth[c], 6)), pw, sv), f3(314, cur, cl, adj),
		f3(315, p.l(p.head[i]), cl, pw), f3(316, p.t(p.head[c]), cp, pw),
		f3(317, p.w(c), pw, dir), f3(318, isRoot, cur, sv|adj<<4),
		f3(319, pw, p.w(next), cl), f3(320, pw, p.w(i-1), cl),
	)
}

// reattachPunct moves every punctuation mark without children to its
// best-scoring candidate head; the root's child stays.
func (p *parser) reattachPunct(pa *punctAttacher) {
	p.spans()
	p.newHead = grow32(p.newHead, int(p.n)+1)
	copy(p.newHead, p.head)
	for i := int32(1); i <= p.n; i++ {
		if !p.isPunct(i) || p.head[i] == 0 {
			continue
		}
		p.punctCandidates(i)
		best, bs := int32(-1), float32(0)
		for k, c := range p.cand {
			p.lfeats = p.punctFeatures(p.lfeats[:0], i, c, p.side[k])
			var sc float32
			for _, f := range p.lfeats {
				sc += pa.w[f]
			}
			if best < 0 || sc > bs {
				best, bs = c, sc
			}
		}
		if best > 0 {
			p.newHead[i] = best
		}
	}
	copy(p.head, p.newHead)
}

// PunctData holds the punctuation attacher's training examples.
type PunctData struct {
	feats []uint32
	coff  []int32 // candidate j has feats[coff[j]:coff[j+1]]
	eoff  []int32 // example i has candidates eoff[i]..eoff[i+1]-1
	gold  []int32 // index of the gold head among the example's candidates
	cur   []int32 // index of the current head
	// Marks seen, and marks whose gold head is a candidate.
	Marks, Reachable int
}

// NewPunctData makes an empty set of examples.
func NewPunctData() *PunctData { return &PunctData{coff: []int32{0}, eoff: []int32{0}} }

// Add parses the sentences with first and adds an example for every
// punctuation mark whose gold head is among its candidates.
func (d *PunctData) Add(first *Model, sents []nlp.Sentence) {
	p := &parser{}
	for si := range sents {
		s := &sents[si]
		p.load(s.Tokens, first.lex)
		p.run(first, nil)
		p.spans()
		for i := int32(1); i <= p.n; i++ {
			if !p.isPunct(i) || p.head[i] == 0 {
				continue
			}
			d.Marks++
			g := int32(s.Tokens[i-1].Head)
			p.punctCandidates(i)
			gi, ci := -1, -1
			for k, c := range p.cand {
				if c == g {
					gi = k
				}
				if c == p.head[i] {
					ci = k
				}
			}
			if gi < 0 {
				continue
			}
			d.Reachable++
			for k, c := range p.cand {
				d.feats = p.punctFeatures(d.feats, i, c, p.side[k])
				d.coff = append(d.coff, int32(len(d.feats)))
			}
			d.eoff = append(d.eoff, int32(len(d.coff)-1))
			d.gold = append(d.gold, int32(gi))
			d.cur = append(d.cur, int32(ci))
		}
	}
}

// TrainPunct trains a punctuation attacher and returns a copy of m that
// uses it, from the pass that does best on dev (UAS).
func (m *Model) TrainPunct(data *PunctData, dev []nlp.Sentence, iters int, seed int64, prune float32, log io.Writer) *Model {
	tt := newTrainTable(1)
	idx := make([]int, len(data.gold))
	for i := range idx {
		idx[i] = i
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 0x70756e6374756174))
	var c int64 = 1
	var best *Model
	bestUAS := -1.0
	var sc []int64
	if log != nil {
		right, nc := 0, 0
		for e := range data.gold {
			if data.cur[e] == data.gold[e] {
				right++
			}
			nc += int(data.eoff[e+1] - data.eoff[e])
		}
		fmt.Fprintf(log, "punct: current head right on %d of %d examples, %.1f candidates per example\n", right, len(data.gold), float64(nc)/float64(len(data.gold)))
	}
	for it := 1; it <= iters; it++ {
		start := time.Now()
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		wrong := 0
		for _, e := range idx {
			c0, c1 := data.eoff[e], data.eoff[e+1]
			sc = sc[:0]
			pred := -1
			for j := c0; j < c1; j++ {
				var v int64
				for _, k := range data.feats[data.coff[j]:data.coff[j+1]] {
					if r := tt.get(k); r >= 0 {
						v += int64(tt.w[r])
					}
				}
				sc = append(sc, v)
				if pred < 0 || v > sc[pred] {
					pred = int(j - c0)
				}
			}
			if g := int(data.gold[e]); pred != g {
				wrong++
				for _, k := range data.feats[data.coff[c0+int32(g)]:data.coff[c0+int32(g)+1]] {
					tt.update(k, 0, 1, c)
				}
				for _, k := range data.feats[data.coff[c0+int32(pred)]:data.coff[c0+int32(pred)+1]] {
					tt.update(k, 0, -1, c)
				}
			}
			c++
		}
		pa := &punctAttacher{w: map[uint32]float32{}}
		tt.averaged(c, func(k uint32, w []float32) {
			if w[0] >= prune || w[0] <= -prune {
				pa.w[k] = w[0]
			}
		})
		pm := &Model{labels: m.labels, root: m.root, trans: m.trans, lab: m.lab, lex: m.lex, rel: m.rel, punct: pa}
		sc := Evaluate(pm, dev)
		if log != nil {
			fmt.Fprintf(log, "punct: pass %d: %d examples, %d wrong, %d features, dev UAS %.2f LAS %.2f (%.1fs)\n",
				it, len(idx), wrong, len(pa.w), 100*sc.UAS(), 100*sc.LAS(), time.Since(start).Seconds())
		}
		if sc.UAS() >= bestUAS {
			best, bestUAS = pm, sc.UAS()
		}
	}
	return best
}
