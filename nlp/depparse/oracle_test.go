package depparse

import (
	"slices"
	"testing"

	"tacitus/nlp"
)

// oracleTree follows zero-cost transitions from the initial configuration
// and returns the heads it builds, or nil when it gets stuck.
func oracleTree(t *testing.T, g *goldSent, root int32) []int32 {
	t.Helper()
	p := &parser{}
	p.load(g.toks, nil)
	p.root = root
	tr := &trainer{gold: g, root: root}
	for p.b <= p.n {
		ok := p.legal()
		cost := tr.costs(p, ok)
		pick := -1
		for _, tt := range []int{tLeft, tRight, tReduce, tShift} {
			if ok[tt] && cost[tt] == 0 {
				pick = tt
				break
			}
		}
		if pick < 0 {
			return nil
		}
		var l int32
		switch pick {
		case tLeft:
			l = g.lab[p.s0()]
		case tRight:
			l = g.lab[p.b]
		}
		p.apply(pick, l)
	}
	return slices.Clone(p.head)
}

func goldOf(t *testing.T, sents []nlp.Sentence) ([]*goldSent, int32) {
	t.Helper()
	_, index := labelSet(sents)
	var out []*goldSent
	for i := range sents {
		g, ok := makeGold(&sents[i], index)
		if !ok {
			t.Fatalf("sentence %d has no valid tree", i)
		}
		projectivize(g.head)
		out = append(out, g)
	}
	return out, index[RootRel]
}

// TestOracleReachesGold checks the dynamic oracle's costs: always taking a
// zero-cost transition must rebuild the projectivized gold tree exactly.
func TestOracleReachesGold(t *testing.T) {
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
				got := oracleTree(t, g, root)
				if got == nil {
					t.Fatalf("sentence %d: no zero-cost transition", i)
				}
				if !slices.Equal(got[1:], g.head[1:]) {
					t.Fatalf("sentence %d: oracle built %v, gold %v", i, got[1:], g.head[1:])
				}
			}
		})
	}
}

func TestProjectivize(t *testing.T) {
	tests := []struct {
		name  string
		head  []int32 // index 0 is the root
		want  []int32
		lifts int
	}{
		{name: "projective", head: []int32{-1, 2, 0, 2}, want: []int32{-1, 2, 0, 2}, lifts: 0},
		// 4 → 2 spans 3, which 4 does not dominate: 2 is lifted to 4's head.
		{name: "crossing", head: []int32{-1, 0, 4, 1, 1}, want: []int32{-1, 0, 1, 1, 1}, lifts: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := slices.Clone(tc.head)
			if n := projectivize(h); n != tc.lifts || !slices.Equal(h, tc.want) {
				t.Fatalf("got %v with %d lifts, want %v with %d", h, n, tc.want, tc.lifts)
			}
		})
	}
}
