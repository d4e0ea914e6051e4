package depparse

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"
	"time"

	"tacitus/nlp"
)

// TrainOptions controls Train. The zero value gives the defaults.
type TrainOptions struct {
	// Iterations is the number of passes over the training data
	// (default 15). The model of the pass with the best labeled
	// attachment score on the development data is kept.
	Iterations int
	// Seed drives the shuffling and the exploration; training is
	// deterministic given the seed and the data.
	Seed int64
	// Log, when not nil, receives one line per pass.
	Log io.Writer
	// ExploreAfter is the number of passes trained with the static
	// oracle's path before the parser follows its own predictions
	// (default 1).
	ExploreAfter int
	// ExploreProb is the probability of following the model's own
	// prediction, right or wrong, once exploring (default 0.9).
	ExploreProb float64
	// Prune drops transition features whose averaged weights are all
	// smaller in magnitude than this (default 1, which keeps about half
	// of them at no cost in accuracy on predicted tags; negative keeps
	// everything).
	Prune float64
	// LabelPrune drops label weights smaller in magnitude than this
	// (default 0.75; negative keeps everything).
	LabelPrune float64
	// NonMonotonic trains a parser of the non-monotonic arc-eager
	// system (LEFT-ARC may replace a head, REDUCE may attach a word to
	// the one below it, UNSHIFT once the buffer is empty; see state.go),
	// with its own dynamic oracle. The model records it and parses with
	// it.
	NonMonotonic bool
}

func (o *TrainOptions) defaults() {
	if o.Iterations <= 0 {
		o.Iterations = 15
	}
	if o.ExploreAfter <= 0 {
		o.ExploreAfter = 1
	}
	if o.ExploreProb <= 0 {
		o.ExploreProb = 0.9
	}
	if o.Prune == 0 {
		o.Prune = 1
	}
	if o.LabelPrune == 0 {
		o.LabelPrune = 0.75
	}
}

// goldSent is a training sentence with its projectivized gold tree.
type goldSent struct {
	toks []nlp.Token
	head []int32 // index 0 = root
	lab  []int32
}

// trainer holds the perceptrons during training.
type trainer struct {
	trans, lab *trainTable
	c, cl      int64
	nLabels    int
	root       int32
	gold       *goldSent
	rng        *rand.Rand
	explore    bool
	prob       float64
	lsc        []int64
	lex        *lexicon
	nonMono    bool
	nm         nmOracle
}

// Train trains a parser on train and keeps the pass that does best on
// dev (when dev is empty, the last pass). Sentences whose gold trees are
// incomplete or invalid are skipped. The result depends only on the data
// and opt.Seed.
func Train(train, dev []nlp.Sentence, opt TrainOptions) (*Model, error) {
	opt.defaults()
	labels, index := labelSet(train)
	var gold []*goldSent
	nonProj := 0
	for i := range train {
		g, ok := makeGold(&train[i], index)
		if !ok {
			continue
		}
		nonProj += projectivize(g.head)
		gold = append(gold, g)
	}
	if len(gold) == 0 {
		return nil, ErrNoData
	}
	tr := &trainer{
		trans: newTrainTable(nTrans), lab: newTrainTable(len(labels)),
		c: 1, cl: 1, nLabels: len(labels), root: index[RootRel],
		rng:     rand.New(rand.NewPCG(uint64(opt.Seed), 0x7461636974757321)),
		prob:    opt.ExploreProb,
		lex:     buildLexicon(train),
		nonMono: opt.NonMonotonic,
	}
	if opt.Log != nil {
		fmt.Fprintf(opt.Log, "depparse: %d training sentences, %d labels, %d arcs lifted to projectivize\n",
			len(gold), len(labels), nonProj)
	}
	order := make([]int, len(gold))
	for i := range order {
		order[i] = i
	}
	var best *Model
	bestLAS := -1.0
	p := &parser{}
	for it := 1; it <= opt.Iterations; it++ {
		start := time.Now()
		tr.explore = it > opt.ExploreAfter
		tr.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, gi := range order {
			g := gold[gi]
			tr.gold = g
			p.load(g.toks, tr.lex)
			p.run(nil, tr)
		}
		m := tr.model(labels, opt.Prune, opt.LabelPrune)
		las, uas := -1.0, -1.0
		if len(dev) > 0 {
			sc := Evaluate(m, dev)
			las, uas = sc.LAS(), sc.UAS()
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "depparse: pass %d: %d transition and %d label features, dev UAS %.2f LAS %.2f (%.1fs)\n",
				it, m.trans.n, m.lab.n, 100*uas, 100*las, time.Since(start).Seconds())
		}
		if las >= bestLAS {
			best, bestLAS = m, las
		}
	}
	return best, nil
}

// labelSet lists the relations of the training data by decreasing
// frequency; RootRel and "dep" are always present.
func labelSet(train []nlp.Sentence) ([]string, map[string]int32) {
	count := map[string]int{RootRel: 0, "dep": 0}
	for i := range train {
		for _, t := range train[i].Tokens {
			if t.Rel != "" {
				count[t.Rel]++
			}
		}
	}
	labels := make([]string, 0, len(count))
	for l := range count {
		labels = append(labels, l)
	}
	sort.Slice(labels, func(i, j int) bool {
		if count[labels[i]] != count[labels[j]] {
			return count[labels[i]] > count[labels[j]]
		}
		return labels[i] < labels[j]
	})
	index := make(map[string]int32, len(labels))
	for i, l := range labels {
		index[l] = int32(i)
	}
	return labels, index
}

// makeGold checks that s has a complete single-rooted tree.
func makeGold(s *nlp.Sentence, index map[string]int32) (*goldSent, bool) {
	n := len(s.Tokens)
	if n == 0 {
		return nil, false
	}
	g := &goldSent{toks: s.Tokens, head: make([]int32, n+1), lab: make([]int32, n+1)}
	g.head[0] = -1
	roots := 0
	for i, t := range s.Tokens {
		if t.Head < 0 || t.Head > n || t.Head == i+1 {
			return nil, false
		}
		g.head[i+1] = int32(t.Head)
		l, ok := index[t.Rel]
		if !ok {
			return nil, false
		}
		if t.Head == 0 {
			roots++
			l = index[RootRel]
		} else if t.Rel == RootRel {
			l = index["dep"]
		}
		g.lab[i+1] = l
	}
	if roots != 1 || !acyclic(g.head) {
		return nil, false
	}
	return g, true
}

// acyclic reports whether every word reaches the root.
func acyclic(head []int32) bool {
	n := len(head)
	for i := 1; i < n; i++ {
		j, steps := int32(i), 0
		for j != 0 {
			j = head[j]
			if j < 0 || steps > n {
				return false
			}
			steps++
		}
	}
	return true
}

// projectivize lifts non-projective arcs, shortest first, to the head's
// head until the tree is projective, and returns the number of lifts.
func projectivize(head []int32) int {
	lifts := 0
	for {
		bestD, bestLen := int32(-1), int32(1<<30)
		for d := int32(1); d < int32(len(head)); d++ {
			h := head[d]
			if h == 0 {
				continue
			}
			lo, hi := min(h, d), max(h, d)
			if hi-lo >= bestLen {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !Dominates(head, h, k) {
					bestD, bestLen = d, hi-lo
					break
				}
			}
		}
		if bestD < 0 {
			return lifts
		}
		head[bestD] = head[head[bestD]]
		lifts++
	}
}

// dominates reports whether h is an ancestor of k.
func Dominates(head []int32, h, k int32) bool {
	for k > 0 {
		k = head[k]
		if k == h {
			return true
		}
	}
	return h == 0
}

// choose scores the configuration with the current weights, updates them
// when the best transition is not optimal, and picks the one to follow.
func (tr *trainer) choose(p *parser, ok [nTrans]bool) int {
	var sc [nTrans]int64
	for _, k := range p.feats {
		if r := tr.trans.get(k); r >= 0 {
			w := tr.trans.w[r*nTrans : r*nTrans+nTrans]
			for t := range sc {
				sc[t] += int64(w[t])
			}
		}
	}
	cost := tr.costs(p, ok)
	if tr.nonMono {
		// Among the transitions that keep the most gold heads
		// reachable, learn those that the monotonic system would
		// make: the non-monotonic ones then repair errors instead of
		// replacing the eager arcs (a SHIFT and a later REDUCE, or a
		// RIGHT-ARC replaced by a LEFT-ARC, cost nothing here).
		mono := tr.costsMono(p, ok)
		for t := range cost {
			cost[t] = cost[t]<<10 + min(mono[t], 1<<10-1)
		}
	}
	minCost := int32(1 << 30)
	for t := 0; t < nTrans; t++ {
		if ok[t] && cost[t] < minCost {
			minCost = cost[t]
		}
	}
	pred, orc := -1, -1
	for t := 0; t < nTrans; t++ {
		if !ok[t] {
			continue
		}
		if pred < 0 || sc[t] > sc[pred] {
			pred = t
		}
		if cost[t] == minCost && (orc < 0 || sc[t] > sc[orc]) {
			orc = t
		}
	}
	if cost[pred] > minCost {
		for _, k := range p.feats {
			tr.trans.update(k, orc, 1, tr.c)
			tr.trans.update(k, pred, -1, tr.c)
		}
	}
	tr.c++
	if tr.explore && tr.rng.Float64() < tr.prob {
		return pred
	}
	return orc
}

// costs counts, for each legal transition, the gold arcs it makes
// unreachable (the arc-eager dynamic oracle of Goldberg & Nivre 2012).
func (tr *trainer) costs(p *parser, ok [nTrans]bool) (cost [nTrans]int32) {
	if tr.nonMono {
		return tr.costsNM(p, ok)
	}
	return tr.costsMono(p, ok)
}

// costsMono is the monotonic arc-eager oracle's cost of each legal
// transition (for the buffer b..e).
func (tr *trainer) costsMono(p *parser, ok [nTrans]bool) (cost [nTrans]int32) {
	gh := tr.gold.head
	s0, b, n := p.s0(), p.b, p.e
	inStack := func(x int32) bool {
		for _, s := range p.stack {
			if s == x {
				return true
			}
		}
		return false
	}
	// Gold dependents of s0 still in the buffer.
	var s0deps int32
	for d := b; d <= n; d++ {
		if gh[d] == s0 {
			s0deps++
		}
	}
	// Unattached stack words whose gold head is b.
	var bdeps int32
	for _, d := range p.stack {
		if d != 0 && p.head[d] < 0 && gh[d] == b {
			bdeps++
		}
	}
	if ok[tLeft] {
		c := s0deps
		if gh[s0] > b {
			c++
		}
		cost[tLeft] = c
	}
	if ok[tRight] {
		c := bdeps
		if g := gh[b]; g != s0 && (g > b || inStack(g)) {
			c++
		}
		cost[tRight] = c
	}
	if ok[tReduce] {
		cost[tReduce] = s0deps
	}
	if ok[tShift] {
		c := bdeps
		if inStack(gh[b]) {
			c++
		}
		cost[tShift] = c
	}
	return cost
}

// chooseLabel picks the relation of h → d during training, learning from
// the arcs that are in the gold tree.
func (tr *trainer) chooseLabel(p *parser, h, d int32) int32 {
	if cap(tr.lsc) < tr.nLabels {
		tr.lsc = make([]int64, tr.nLabels)
	}
	sc := tr.lsc[:tr.nLabels]
	clear(sc)
	for _, k := range p.lfeats {
		if r := tr.lab.get(k); r >= 0 {
			w := tr.lab.w[r*tr.nLabels : (r+1)*tr.nLabels]
			for j, v := range w {
				sc[j] += int64(v)
			}
		}
	}
	pred := int32(-1)
	for j, v := range sc {
		if int32(j) != tr.root && (pred < 0 || v > sc[pred]) {
			pred = int32(j)
		}
	}
	g := tr.gold
	if g.head[d] != h {
		return pred
	}
	gl := g.lab[d]
	if pred != gl {
		for _, k := range p.lfeats {
			tr.lab.update(k, int(gl), 1, tr.cl)
			tr.lab.update(k, int(pred), -1, tr.cl)
		}
	}
	tr.cl++
	if tr.explore {
		return pred
	}
	return gl
}

// model builds a parser from the averaged weights, dropping transition
// features whose weights are all smaller in magnitude than prune and
// label weights smaller than labelPrune.
func (tr *trainer) model(labels []string, prune, labelPrune float64) *Model {
	m := &Model{labels: labels, root: int(tr.root), lex: tr.lex, nonMono: tr.nonMono}
	big := func(v float32) bool { return float64(v) >= prune || float64(v) <= -prune }
	bigLabel := func(v float32) bool { return float64(v) >= labelPrune || float64(v) <= -labelPrune }
	n, maxW := 0, float32(0)
	tr.trans.averaged(tr.c, func(k uint32, w []float32) {
		if slices.ContainsFunc(w, big) {
			n++
			for _, v := range w {
				maxW = max(maxW, v, -v)
			}
		}
	})
	const lo = 0.02 // smallest weight magnitude the codebook keeps
	m.trans = newTransTable(n, newCodebook(lo, max(maxW, 2*lo)))
	tr.trans.averaged(tr.c, func(k uint32, w []float32) {
		if slices.ContainsFunc(w, big) {
			var q [nTrans]int8
			for j, v := range w {
				q[j] = m.trans.code.encode(v)
			}
			m.trans.insert(k, q)
		}
	})
	n, maxW = 0, 0
	tr.lab.averaged(tr.cl, func(k uint32, w []float32) {
		if slices.ContainsFunc(w, bigLabel) {
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
	m.lab = newLabelTable(n, len(labels), step)
	var row []labelWeight
	tr.lab.averaged(tr.cl, func(k uint32, w []float32) {
		row = row[:0]
		for j, v := range w {
			if bigLabel(v) {
				row = append(row, labelWeight{label: uint32(j), w: m.lab.quant(v)})
			}
		}
		if len(row) > 0 {
			m.lab.insert(k, row)
		}
	})
	return m
}
