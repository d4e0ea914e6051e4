package depparse

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"time"

	"tacitus/nlp"
)

// The relabeller is an optional second stage that chooses the relation of
// a word again once the tree is complete, when the word's right children,
// its siblings and its head's later children are known (the first pass
// chooses it when the arc is made). It is a perceptron over features of
// the finished tree and the first pass's own choice, whose scores are
// added to the first pass's; it rescores only the words whose first-pass
// margin (best minus second best score) is below a threshold.
type relabeller struct {
	lab    *labelTable
	margin float32 // rescore words whose first-pass margin is below this
	alpha  float32 // weight of the first pass's scores in the sum
	top2   bool    // choose between the first pass's two best labels only
	flags  []uint8 // label id → child flags (see relFlag*)
}

// Child relation flags of the relabeller's features.
const (
	relFlagCase = 1 << iota
	relFlagMark
	relFlagSubj
	relFlagAux
	relFlagCop
	relFlagDet
	relFlagObj
	relFlagNeg
)

// labelFlags maps each relation to its child flag.
func labelFlags(labels []string) []uint8 {
	fl := make([]uint8, len(labels))
	for i, l := range labels {
		switch universal(l) {
		case "case":
			fl[i] = relFlagCase
		case "mark":
			fl[i] = relFlagMark
		case "nsubj", "csubj", "expl":
			fl[i] = relFlagSubj
		case "aux":
			fl[i] = relFlagAux
		case "cop":
			fl[i] = relFlagCop
		case "det", "nmod:poss":
			fl[i] = relFlagDet
		case "obj", "iobj", "ccomp", "xcomp":
			fl[i] = relFlagObj
		}
		if l == "nmod:poss" {
			fl[i] = relFlagDet
		}
	}
	return fl
}

// record keeps what the first pass's label scores say about the arc to d:
// its second best label, its margin and, when keep, the scores.
func (p *parser) recordLabel(d int32, best int32, sc []float32, root int, keep bool) {
	second, sv := int32(-1), float32(0)
	for i, v := range sc {
		if i == root || int32(i) == best {
			continue
		}
		if second < 0 || v > sv {
			second, sv = int32(i), v
		}
	}
	p.second[d] = second
	if second >= 0 {
		p.margin[d] = sc[best] - sv
	} else {
		p.margin[d] = 1e30
	}
	if keep {
		w := len(sc)
		copy(p.fsc[int(d)*w:int(d+1)*w], sc)
	}
}

// prepareRecord sizes the first-pass record for a sentence.
func (p *parser) prepareRecord(width int, keep bool) {
	n := int(p.n) + 1
	p.second = grow32(p.second, n)
	if cap(p.margin) < n {
		p.margin = make([]float32, n, n+n/2)
	}
	p.margin = p.margin[:n]
	for i := range p.margin {
		p.margin[i], p.second[i] = 1e30, -1
	}
	if keep {
		if cap(p.fsc) < n*width {
			p.fsc = make([]float32, n*width, (n+n/2)*width)
		}
		p.fsc = p.fsc[:n*width]
	}
}

// treeInfo computes, for the finished tree, each word's child flags, the
// word of its leftmost case or mark child, and the relations of its
// siblings (the head's other children).
func (p *parser) treeInfo(flags []uint8) {
	n := int(p.n) + 1
	if cap(p.kflag) < n {
		p.kflag = make([]uint8, n, n+n/2)
	}
	p.kflag = p.kflag[:n]
	p.kcase = grow32(p.kcase, n)
	p.once = grow64(p.once, n)
	p.twice = grow64(p.twice, n)
	for i := 0; i < n; i++ {
		p.kflag[i], p.kcase[i], p.once[i], p.twice[i] = 0, -1, 0, 0
	}
	for d := int32(1); d < int32(n); d++ {
		h := p.head[d]
		if h < 0 {
			continue
		}
		l := p.lab[d]
		var f uint8
		if int(l) < len(flags) {
			f = flags[l]
		}
		p.kflag[h] |= f
		if f&(relFlagCase|relFlagMark) != 0 && p.kcase[h] < 0 {
			p.kcase[h] = d
		}
		b := uint64(1) << uint(l&63)
		p.twice[h] |= p.once[h] & b
		p.once[h] |= b
	}
}

// siblings is the set of relations of the other children of d's head.
func (p *parser) siblings(d int32) uint64 {
	h := p.head[d]
	if h < 0 {
		return 0
	}
	b := uint64(1) << uint(p.lab[d]&63)
	return p.once[h] &^ (b &^ p.twice[h])
}

// relFeatures appends the relabeller's features of the arc to d in the
// finished tree; fl and sl are the first pass's best and second best
// labels (values: id + 1, 0 for none).
func (p *parser) relFeatures(f []uint32, d int32, fl, sl uint64, mb uint64) []uint32 {
	h := p.head[d]
	var dir uint64 = 1
	if d < h {
		dir = 2
	}
	dist := h - d
	if dist < 0 {
		dist = -dist
	}
	dd := uint64(minI(dist, maxDist)) | dir<<8
	hw, hp, hu := p.w(h), p.t(h), p.u(h)
	dw, dp, du := p.word[d], p.tag[d], p.upos[d]
	hl := p.l(h)
	hh := p.hd(h)
	kf := uint64(p.kflag[d])
	sib := p.siblings(d)
	kids := p.lset[d]*m1 ^ p.rset[d]
	cw := p.w(p.kcase[d])
	lc, rc := p.lc1[d], p.rc1[d]
	hr := p.rc1[h]
	var dnext, dprev int32 = d + 1, d - 1
	if dnext > p.n {
		dnext = -1
	}
	if dprev < 1 {
		dprev = -1
	}
	lo, hi := minI(h, d), max(h, d)
	var between uint64
	if hi > lo+1 {
		between = uint64(min(p.npunct[hi-1]-p.npunct[lo], 2)) | uint64(min(p.nconj[hi-1]-p.nconj[lo], 1))<<2
	}
	fd := fl | dir<<16
	return append(f,
		// the first pass's choice
		f1(200, fd), f2(201, fd, dp), f2(202, fd, hp), f3(203, fd, dp, hp),
		f2(204, fd, sl), f3(205, fd, sl, mb), f3(206, fd, du, hu),
		// the dependent's children
		f3(207, dp, p.lset[d], dir), f3(208, dp, p.rset[d], dir),
		f3(209, du, kids, dir), f3(210, du, kf, hu), f3(211, dp, kf, fd),
		f3(212, du, cw, hu), f3(213, cw, fd, dp),
		f3(214, dp, p.w(rc), p.l(rc)), f3(215, dp, p.w(lc), p.l(lc)),
		f3(216, du, p.t(rc), p.l(rc)),
		// the head: its relation, its head, its children
		f3(217, hl, hp, dp), f3(218, p.t(hh), hp, du), f3(219, hl, fd, du),
		f3(220, hp, p.l(hr), fd),
		// siblings
		f3(221, dp, sib, dir), f3(222, du, hu, sib), f3(223, fd, sib, hu),
		// words, tags, distance
		f3(224, hp, dp, dd), f3(225, dw, hw, dir), f3(226, dw, fd, hu),
		f3(227, hw, dp, dir), f3(228, dw, dp, dir),
		f3(229, p.t(dprev), dp, p.t(dnext)), f3(230, hp, dp, between|dir<<4),
		f3(231, p.amb[d], fd, hu), f3(232, hw, fd, du),
	)
}

// marginBucket buckets a first-pass margin for the features.
func marginBucket(m float32) uint64 {
	switch {
	case m < 0.5:
		return 0
	case m < 1:
		return 1
	case m < 2:
		return 2
	case m < 4:
		return 3
	case m < 8:
		return 4
	}
	return 5
}

// relabel rechooses the relations of the finished tree's words whose
// first-pass margin is below the relabeller's threshold.
func (p *parser) relabel(m *Model) {
	r := m.rel
	p.treeInfo(r.flags)
	w := len(m.labels)
	// The new relations are kept apart until every word is rescored, so
	// that the features see the first pass's tree only.
	p.newLab = grow32(p.newLab, int(p.n)+1)
	for d := int32(1); d <= p.n; d++ {
		p.newLab[d] = p.lab[d]
		h := p.head[d]
		if h <= 0 || p.margin[d] >= r.margin {
			continue
		}
		fl := uint64(p.lab[d]) + 1
		sl := uint64(p.second[d] + 1)
		p.lfeats = p.relFeatures(p.lfeats[:0], d, fl, sl, marginBucket(p.margin[d]))
		p.lscore = r.lab.score(p.lfeats, p.lscore, &p.sink)
		if r.alpha != 0 {
			fs := p.fsc[int(d)*w : int(d+1)*w]
			for i := range p.lscore {
				p.lscore[i] += r.alpha * fs[i]
			}
		}
		if r.top2 {
			if s := p.second[d]; s >= 0 && p.lscore[s] > p.lscore[p.lab[d]] {
				p.newLab[d] = s
			}
			continue
		}
		p.newLab[d] = bestLabel(p.lscore, m.root)
	}
	copy(p.lab[1:], p.newLab[1:p.n+1])
}

// RelabelData holds the relabeller's training examples: the arcs of
// training sentences parsed by a first-pass model that did not see them
// (see AddRelabelExamples), with the right head.
type RelabelData struct {
	labels []string
	root   int32
	feats  []uint32
	off    []int32   // example i has feats[off[i]:off[i+1]]
	gold   []int32   // gold label id
	first  []int32   // first-pass label id
	second []int32   // first-pass second best label id, -1 if none
	margin []float32 // first-pass margin
	score  []float32 // first-pass scores, len(labels) per example
	// Arcs seen and arcs with the right head.
	Arcs, RightHead int
}

// NewRelabelData makes an empty set of examples for the relabeller of m.
func (m *Model) NewRelabelData() *RelabelData {
	return &RelabelData{labels: m.labels, root: int32(m.root), off: []int32{0}}
}

// Examples is the number of examples collected.
func (d *RelabelData) Examples() int { return len(d.gold) }

// AddRelabelExamples parses the sentences (with their tags) with the
// first-pass model first, which must not have been trained on them, and
// adds an example for every word whose head it gets right. first may
// have other relations than the model the data is for; they are mapped by
// name, and words whose gold relation the model lacks are skipped.
func (d *RelabelData) AddRelabelExamples(first *Model, sents []nlp.Sentence) {
	index := map[string]int32{}
	for i, l := range d.labels {
		index[l] = int32(i)
	}
	fmap := make([]int32, len(first.labels)) // first's id → data's id, -1
	for i, l := range first.labels {
		if j, ok := index[l]; ok {
			fmap[i] = j
		} else {
			fmap[i] = -1
		}
	}
	flags := labelFlags(d.labels)
	dep := index["dep"]
	w, fw := len(d.labels), len(first.labels)
	p := &parser{}
	for si := range sents {
		s := &sents[si]
		p.load(s.Tokens, first.lex)
		p.rec, p.recKeep = true, true
		p.prepareRecord(fw, true)
		p.run(first, nil)
		p.remapTree(fmap, dep)
		p.treeInfo(flags)
		for i := range s.Tokens {
			dd := int32(i + 1)
			t := &s.Tokens[i]
			d.Arcs++
			if t.Head != int(p.head[dd]) || t.Head == 0 {
				if t.Head == int(p.head[dd]) {
					d.RightHead++
				}
				continue
			}
			d.RightHead++
			g, ok := index[t.Rel]
			if !ok || t.Rel == RootRel {
				continue
			}
			fl, sl := p.lab[dd], int32(-1)
			if p.second[dd] >= 0 {
				sl = fmap[p.second[dd]]
			}
			d.feats = p.relFeatures(d.feats, dd, uint64(fl+1), uint64(sl+1), marginBucket(p.margin[dd]))
			d.off = append(d.off, int32(len(d.feats)))
			d.gold = append(d.gold, g)
			d.first = append(d.first, fl)
			d.second = append(d.second, sl)
			d.margin = append(d.margin, p.margin[dd])
			row := make([]float32, w)
			for j, v := range p.fsc[int(dd)*fw : int(dd+1)*fw] {
				if k := fmap[j]; k >= 0 {
					row[k] = v
				}
			}
			d.score = append(d.score, row...)
		}
	}
}

// remapTree maps the finished tree's relations through fmap (-1 for a
// relation the target lacks, mapped to dep) and recomputes the label sets.
func (p *parser) remapTree(fmap []int32, dep int32) {
	n := int(p.n) + 1
	for i := 0; i < n; i++ {
		p.lset[i], p.rset[i] = 0, 0
	}
	for i := int32(1); i < int32(n); i++ {
		h := p.head[i]
		if h < 0 {
			continue
		}
		k := fmap[p.lab[i]]
		if k < 0 {
			k = dep
		}
		p.lab[i] = k
		b := uint64(1) << uint(k&63)
		if i < h {
			p.lset[h] |= b
		} else {
			p.rset[h] |= b
		}
	}
}

// RelabelOptions controls TrainRelabeller.
type RelabelOptions struct {
	Iterations int     // passes over the examples (default 10); the best on dev is kept
	Seed       int64   // shuffling
	Margin     float32 // train on and rescore words whose first-pass margin is below this (0: all)
	Alpha      float32 // weight of the first pass's scores in the relabeller's sum
	TopTwo     bool    // choose between the first pass's two best labels only
	Prune      float64 // drop weights smaller in magnitude (default 0.75)
	Log        io.Writer
}

// TrainRelabeller trains a relabeller on the examples and returns a copy
// of m that uses it, from the pass that does best on dev (parsed with m;
// the last pass when dev is empty). The result depends only on the data,
// dev and the options.
func (m *Model) TrainRelabeller(data *RelabelData, dev []nlp.Sentence, opt RelabelOptions) (*Model, error) {
	if !slices.Equal(data.labels, m.labels) {
		return nil, ErrMismatch
	}
	if opt.Iterations <= 0 {
		opt.Iterations = 10
	}
	if opt.Prune == 0 {
		opt.Prune = 0.75
	}
	margin := opt.Margin
	if margin <= 0 {
		margin = 1e30
	}
	w := len(m.labels)
	var idx []int
	for i := range data.gold {
		if data.margin[i] < margin && (!opt.TopTwo || data.second[i] >= 0 && (data.gold[i] == data.first[i] || data.gold[i] == data.second[i])) {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return nil, ErrNoData
	}
	if opt.Log != nil {
		firstWrong, argWrong, secondRight := 0, 0, 0
		var ms []float32
		for _, i := range idx {
			if data.first[i] != data.gold[i] {
				firstWrong++
				if data.second[i] == data.gold[i] {
					secondRight++
				}
			}
			best := -1
			fs := data.score[i*w : (i+1)*w]
			for j, v := range fs {
				if int32(j) != data.root && (best < 0 || v > fs[best]) {
					best = j
				}
			}
			if int32(best) != data.first[i] {
				argWrong++
			}
			ms = append(ms, data.margin[i])
		}
		slices.Sort(ms)
		fmt.Fprintf(opt.Log, "relabel: %d examples, first pass wrong on %d (second best right on %d), score argmax differs on %d, margin quartiles %.2f %.2f %.2f\n",
			len(idx), firstWrong, secondRight, argWrong, ms[len(ms)/4], ms[len(ms)/2], ms[3*len(ms)/4])
	}
	tt := newTrainTable(w)
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x72656c6162656c21))
	sc := make([]float64, w)
	var c int64 = 1
	var best *Model
	bestLAS := -1.0
	for it := 1; it <= opt.Iterations; it++ {
		start := time.Now()
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		wrong := 0
		for _, i := range idx {
			feats := data.feats[data.off[i]:data.off[i+1]]
			fs := data.score[i*w : (i+1)*w]
			for j := range sc {
				sc[j] = float64(opt.Alpha) * float64(fs[j])
			}
			for _, k := range feats {
				if r := tt.get(k); r >= 0 {
					for j, v := range tt.w[r*w : (r+1)*w] {
						sc[j] += float64(v)
					}
				}
			}
			pred := -1
			if opt.TopTwo {
				pred = int(data.first[i])
				if s := data.second[i]; sc[s] > sc[pred] {
					pred = int(s)
				}
			} else {
				for j, v := range sc {
					if int32(j) != data.root && (pred < 0 || v > sc[pred]) {
						pred = j
					}
				}
			}
			if g := int(data.gold[i]); pred != g {
				wrong++
				for _, k := range feats {
					tt.update(k, g, 1, c)
					tt.update(k, pred, -1, c)
				}
			}
			c++
		}
		rm := m.trainedRelabeller(tt, c, opt)
		las := -1.0
		if len(dev) > 0 {
			las = Evaluate(rm, dev).LAS()
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "relabel: pass %d: %d examples, %d wrong, %d features, dev LAS %.2f (%.1fs)\n",
				it, len(idx), wrong, rm.rel.lab.n, 100*las, time.Since(start).Seconds())
		}
		if las >= bestLAS {
			best, bestLAS = rm, las
		}
	}
	return best, nil
}

// trainedRelabeller returns a copy of m with the relabeller of the
// averaged weights of tt.
func (m *Model) trainedRelabeller(tt *trainTable, c int64, opt RelabelOptions) *Model {
	big := func(v float32) bool { return float64(v) >= opt.Prune || float64(v) <= -opt.Prune }
	n, maxW := 0, float32(0)
	tt.averaged(c, func(k uint32, w []float32) {
		if slices.ContainsFunc(w, big) {
			n++
			for _, v := range w {
				maxW = max(maxW, v, -v)
			}
		}
	})
	step := maxW / 32000
	if step == 0 {
		step = 1
	}
	lab := newLabelTable(n, len(m.labels), step)
	var row []labelWeight
	tt.averaged(c, func(k uint32, w []float32) {
		row = row[:0]
		for j, v := range w {
			if big(v) {
				row = append(row, labelWeight{label: uint32(j), w: lab.quant(v)})
			}
		}
		if len(row) > 0 {
			lab.insert(k, row)
		}
	})
	margin := opt.Margin
	if margin <= 0 {
		margin = 1e30
	}
	return m.withRelabeller(&relabeller{lab: lab, margin: margin, alpha: opt.Alpha, top2: opt.TopTwo})
}

// WithRelabeller returns a copy of m that uses r (nil: none).
func (m *Model) withRelabeller(r *relabeller) *Model {
	c := &Model{labels: m.labels, root: m.root, trans: m.trans, lab: m.lab, lex: m.lex}
	if r != nil {
		r.flags = labelFlags(m.labels)
		c.rel = r
	}
	return c
}

// WithoutRelabeller returns a copy of m without its relabeller.
func (m *Model) WithoutRelabeller() *Model { return m.withRelabeller(nil) }

// HasRelabeller reports whether m has a relabeller.
func (m *Model) HasRelabeller() bool { return m.rel != nil }

// RelabelSettings returns the relabeller's margin threshold and the
// weight of the first pass's scores.
func (m *Model) RelabelSettings() (margin, alpha float32) {
	if m.rel == nil {
		return 0, 0
	}
	return m.rel.margin, m.rel.alpha
}

// WithRelabelSettings returns a copy of m whose relabeller uses another
// margin threshold and first-pass weight.
func (m *Model) WithRelabelSettings(margin, alpha float32) *Model {
	if m.rel == nil {
		return m
	}
	r := *m.rel
	r.margin, r.alpha = margin, alpha
	return m.withRelabeller(&r)
}
