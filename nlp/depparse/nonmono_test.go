package depparse

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"math/rand/v2"
	"slices"
	"testing"

	"tacitus/nlp"
)

// nmStep makes one transition of the non-monotonic system on p: the
// forced move when the buffer is empty, else pick(ok, cost). It reports
// false when the parse is over.
func nmStep(p *parser, tr *trainer, pick func(ok [nTrans]bool, cost [nTrans]int32) int) bool {
	if p.b > p.e {
		return p.endStep()
	}
	ok := p.legal()
	cost := tr.costs(p, ok)
	t := pick(ok, cost)
	var l int32
	switch t {
	case tLeft:
		l = tr.gold.lab[p.s0()]
	case tRight:
		l = tr.gold.lab[p.b]
	case tReduce:
		l = tr.gold.lab[p.s0()]
	}
	p.apply(t, l)
	return true
}

func zeroCost(ok [nTrans]bool, cost [nTrans]int32) int {
	for _, t := range []int{tLeft, tRight, tReduce, tShift} {
		if ok[t] && cost[t] == 0 {
			return t
		}
	}
	return -1
}

func nmParser(g *goldSent, root int32) (*parser, *trainer) {
	p := &parser{}
	p.load(g.toks, nil)
	p.root, p.nonMono = root, true
	return p, &trainer{gold: g, root: root, nonMono: true}
}

// TestNonMonoOracleReachesGold: always taking a zero-cost transition of
// the non-monotonic system rebuilds the projectivized gold tree.
func TestNonMonoOracleReachesGold(t *testing.T) {
	tests := []struct {
		name  string
		sents func(t *testing.T) []nlp.Sentence
	}{
		{name: "tiny", sents: func(t *testing.T) []nlp.Sentence { return readTiny(t) }},
		{name: "ewt", sents: func(t *testing.T) []nlp.Sentence {
			return readTreebank(t, "treebank", "ud-english-ewt", "en_ewt-ud-dev.conllu")
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			golds, root := goldOf(t, tc.sents(t))
			for i, g := range golds {
				p, tr := nmParser(g, root)
				stuck := false
				for nmStep(p, tr, func(ok [nTrans]bool, cost [nTrans]int32) int {
					t := zeroCost(ok, cost)
					if t < 0 {
						stuck = true
						t = argmax(make([]float32, nTrans), ok)
					}
					return t
				}) {
				}
				if stuck {
					t.Fatalf("sentence %d: no zero-cost transition", i)
				}
				if !slices.Equal(p.head[1:], g.head[1:]) {
					t.Fatalf("sentence %d: oracle built %v, gold %v", i, p.head[1:], g.head[1:])
				}
			}
		})
	}
}

// bruteBest is the largest number of gold heads reachable from a
// configuration of the non-monotonic system, by trying every sequence of
// transitions.
type bruteBest struct {
	gh   []int32
	memo map[string]int32
}

func (bb *bruteBest) best(head, stack []int32, b, e int32, ended bool) int32 {
	key := make([]byte, 0, len(head)+len(stack)+4)
	for _, h := range head {
		key = append(key, byte(h+1))
	}
	key = append(key, 0xff)
	for _, s := range stack {
		key = append(key, byte(s))
	}
	key = append(key, 0xff, byte(b), byte(e))
	if ended {
		key = append(key, 1)
	}
	k := string(key)
	if v, ok := bb.memo[k]; ok {
		return v
	}
	var v int32
	if b > e {
		if len(stack) <= 1 {
			for d := 1; d < len(head); d++ {
				if head[d] == bb.gh[d] {
					v++
				}
			}
		} else {
			h, st := slices.Clone(head), slices.Clone(stack)
			s0 := st[len(st)-1]
			st = st[:len(st)-1]
			switch {
			case h[s0] >= 0:
			case st[len(st)-1] == 0:
				h[s0] = 0
			default:
				b, e, ended = s0, s0, true
			}
			v = bb.best(h, st, b, e, ended)
		}
	} else {
		for t, ok := range bruteLegal(head, stack, ended) {
			if !ok {
				continue
			}
			h, st := slices.Clone(head), slices.Clone(stack)
			nb := nmApply(t, h, &st, b)
			v = max(v, bb.best(h, st, nb, e, ended))
		}
	}
	bb.memo[k] = v
	return v
}

// bruteLegal is legalNM on a bare configuration with a non-empty buffer.
func bruteLegal(head, stack []int32, ended bool) (ok [nTrans]bool) {
	s0 := stack[len(stack)-1]
	ok[tShift] = !ended
	if s0 == 0 {
		ok[tRight] = !slices.Contains(head[1:], 0)
		return ok
	}
	ok[tLeft], ok[tRight] = true, true
	ok[tReduce] = stack[len(stack)-2] != 0
	return ok
}

// TestNonMonoOracleCosts checks the costs against an exhaustive search
// on short sentences, in configurations reached by random transitions
// and by the oracle's: the cost of every legal transition is exactly the
// number of gold heads it puts out of reach, so it is zero exactly for
// the transitions that keep the best tree reachable. It also checks that
// nmApply, which the oracle uses, moves as the parser does.
func TestNonMonoOracleCosts(t *testing.T) {
	sents := readTreebank(t, "treebank", "ud-english-ewt", "en_ewt-ud-dev.conllu")
	const maxLen = 8
	var short []nlp.Sentence
	for _, s := range sents {
		if n := len(s.Tokens); n >= 3 && n <= maxLen {
			short = append(short, s)
		}
	}
	short = append(short, readTiny(t)...)
	limit := 250
	if testing.Short() {
		limit = 60
	}
	short = short[:min(len(short), limit)]
	golds, root := goldOf(t, short)
	rng := rand.New(rand.NewPCG(1, 2))
	states := 0
	for i, g := range golds {
		if len(g.toks) > maxLen {
			continue
		}
		bb := &bruteBest{gh: g.head, memo: map[string]int32{}}
		for run := range 4 {
			p, tr := nmParser(g, root)
			explore := []float64{1, 0.5, 0.2, 0.05}[run]
			for {
				if p.b <= p.e {
					states++
					n := int(p.n) + 1
					cur := bb.best(slices.Clone(p.head[:n]), slices.Clone(p.stack), p.b, p.e, p.ended)
					if got := tr.nm.best(g.head, p.head[:n], p.stack, p.b, p.e); got != cur {
						t.Fatalf("sentence %d (gold %v): heads %v stack %v buffer %d..%d: oracle best %d, search %d",
							i, g.head[1:], p.head[1:n], p.stack, p.b, p.e, got, cur)
					}
					ok := p.legal()
					cost := tr.costs(p, ok)
					for tt, legal := range ok {
						if !legal {
							continue
						}
						h, st := slices.Clone(p.head[:n]), slices.Clone(p.stack)
						nb := nmApply(tt, h, &st, p.b)
						if want := cur - bb.best(h, st, nb, p.e, p.ended); cost[tt] != want {
							t.Fatalf("sentence %d (gold %v): heads %v stack %v buffer %d..%d: transition %d costs %d, search %d",
								i, g.head[1:], p.head[1:n], p.stack, p.b, p.e, tt, cost[tt], want)
						}
					}
				}
				h, st, b := slices.Clone(p.head), slices.Clone(p.stack), p.b
				var took int = -1
				more := nmStep(p, tr, func(ok [nTrans]bool, cost [nTrans]int32) int {
					if rng.Float64() < explore {
						var legal []int
						for tt, o := range ok {
							if o {
								legal = append(legal, tt)
							}
						}
						took = legal[rng.IntN(len(legal))]
					} else {
						took = zeroCost(ok, cost)
					}
					return took
				})
				if !more {
					break
				}
				if took >= 0 {
					nb := nmApply(took, h, &st, b)
					if nb != p.b || !slices.Equal(h, p.head) || !slices.Equal(st, p.stack) {
						t.Fatalf("sentence %d: transition %d: nmApply gives %v %v %d, the parser %v %v %d",
							i, took, h, st, nb, p.head, p.stack, p.b)
					}
				}
			}
			// The result is always a tree.
			roots := 0
			for d := 1; d < len(p.head); d++ {
				if p.head[d] == 0 {
					roots++
				}
			}
			if roots != 1 || !acyclic(p.head) {
				t.Fatalf("sentence %d: not a tree: %v", i, p.head[1:])
			}
		}
	}
	t.Logf("%d sentences, %d configurations checked", len(golds), states)
}

// TestNonMonoModel trains a small non-monotonic model: it learns the tiny
// treebank, always builds trees, keeps its flag through Save and Load,
// and parses the same after loading; merging it with a monotonic model
// is refused.
func TestNonMonoModel(t *testing.T) {
	train := readTiny(t)
	m, err := Train(train, train, TrainOptions{Iterations: 10, Seed: 1, Prune: -1, LabelPrune: -1, NonMonotonic: true})
	if err != nil {
		t.Fatal(err)
	}
	if !m.nonMono {
		t.Fatal("model not marked non-monotonic")
	}
	if sc := Evaluate(m, train); sc.LAS() < 0.95 {
		t.Fatalf("training-set LAS %.3f, want >= 0.95", sc.LAS())
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(gunzip(t, buf.Bytes()), []byte(magicV5)) {
		t.Fatal("not saved as version 5")
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !m2.nonMono {
		t.Fatal("flag lost by Save and Load")
	}
	r := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{1, 2, 3, 5, 8, 13, 40, 150} {
		for range 20 {
			s1 := randomSentence(r, n)
			s2 := nlp.Sentence{Tokens: append([]nlp.Token(nil), s1.Tokens...)}
			m.Parse(&s1)
			checkTree(t, &s1)
			m2.Parse(&s2)
			for j := range s1.Tokens {
				if s1.Tokens[j].Head != s2.Tokens[j].Head || s1.Tokens[j].Rel != s2.Tokens[j].Rel {
					t.Fatalf("loaded model parses differently at token %d", j)
				}
			}
		}
	}
	mono, err := Train(train, nil, TrainOptions{Iterations: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Merge(1, 1, m, mono); !errors.Is(err, ErrMismatch) {
		t.Fatalf("merging with a monotonic model: %v, want ErrMismatch", err)
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBestLabel checks the choice of a relation: the highest score other
// than the root relation's, the first on a tie, whatever the root's place.
func TestBestLabel(t *testing.T) {
	for _, tc := range []struct {
		sc   []float32
		root int
		want int32
	}{
		{[]float32{5, 1, 2}, 0, 2},
		{[]float32{1, 5, 2}, 1, 2},
		{[]float32{1, 2, 5}, 2, 1},
		{[]float32{3, 3, 1}, 2, 0},
		{[]float32{-4, -2, -2, 9}, 3, 1},
		{[]float32{-1, -3}, 0, 1},
		{[]float32{7}, 0, 0},
		{[]float32{0, 0, 0}, 1, 0},
		// Ties across the root relation, which splits the scan in two.
		{[]float32{1, 3, 9, 3, 2}, 2, 1},
		{[]float32{1, 2, 9, 4, 4}, 2, 3},
		{[]float32{1, 9, 4, 9}, 1, 3},
		{[]float32{1, 4, 4}, 5, 1},
		{[]float32{-1, -2, -8}, 2, 0},
	} {
		if got := bestLabel(tc.sc, tc.root); got != tc.want {
			t.Errorf("bestLabel(%v, root %d) = %d, want %d", tc.sc, tc.root, got, tc.want)
		}
	}
}
