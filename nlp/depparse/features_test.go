package depparse

import (
	"testing"

	"tacitus/nlp"
)

// TestFeatureGroupsFilled: every feature function fills exactly the slots
// its group's constant counts (they are written by index, see extend),
// with a key (never 0) in each, in every configuration of a parse.
func TestFeatureGroupsFilled(t *testing.T) {
	words := []struct{ text, xpos, upos string }{
		{"Rebels", "NNS", "NOUN"}, {"attacked", "VBD", "VERB"}, {"the", "DT", "DET"},
		{"town", "NN", "NOUN"}, {",", ",", "PUNCT"}, {"officials", "NNS", "NOUN"},
		{"said", "VBD", "VERB"}, {".", ".", "PUNCT"},
	}
	var toks []nlp.Token
	for _, w := range words {
		toks = append(toks, nlp.Token{Text: w.text, XPOS: w.xpos, UPOS: w.upos})
	}
	p := &parser{}
	p.load(toks, nil)
	p.nonMono = true
	check := func(what string, f []uint32, n int) {
		t.Helper()
		if len(f) != n {
			t.Fatalf("%s: %d features, want %d", what, len(f), n)
		}
		for i, k := range f {
			if k == 0 {
				t.Fatalf("%s: feature %d not set", what, i)
			}
		}
	}
	steps := 0
	for p.b <= p.e {
		check("transition", p.features(nil), bufferFeats+n0Feats+s0Feats+stackFeats)
		ok := p.legal()
		tr := tShift
		// Attach to the left when allowed, else alternate the others,
		// so that words get children on both sides.
		switch {
		case ok[tLeft] && steps%3 == 0:
			tr = tLeft
		case ok[tRight] && steps%2 == 0:
			tr = tRight
		case ok[tReduce]:
			tr = tReduce
		case !ok[tShift]:
			tr = tRight
		}
		if tr == tLeft || tr == tRight {
			h, d := p.b, p.s0()
			if tr == tRight {
				h, d = d, h
			}
			check("label", p.labelFeatures(nil, h, d), labelFeats)
		}
		p.apply(tr, 1)
		steps++
	}
	if steps < len(words) {
		t.Fatalf("%d steps for %d words", steps, len(words))
	}
}
