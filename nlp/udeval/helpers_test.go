package udeval

import (
	"strings"
	"testing"

	"tacitus/nlp"
	"tacitus/nlp/conllu"
)

// oracle is a System that copies the gold annotation of the i-th sentence
// on its i-th call, then applies mutate.
type oracle struct {
	gold   []*conllu.Sentence
	i      int
	mutate func(i int, s *nlp.Sentence)
}

func (o *oracle) Annotate(s *nlp.Sentence) {
	for o.i < len(o.gold) && (o.gold[o.i] == nil || len(o.gold[o.i].Words) == 0) {
		o.i++
	}
	if o.i >= len(o.gold) {
		return
	}
	g := o.gold[o.i].NLP()
	for k := range s.Tokens {
		if k < len(g.Tokens) {
			t, w := &s.Tokens[k], g.Tokens[k]
			t.UPOS, t.XPOS, t.Lemma, t.Head, t.Rel = w.UPOS, w.XPOS, w.Lemma, w.Head, w.Rel
		}
	}
	if o.mutate != nil {
		o.mutate(o.i, s)
	}
	o.i++
}

// parse reads hand-written CoNLL-U.
func parse(t testing.TB, text string) []*conllu.Sentence {
	t.Helper()
	sents, err := conllu.ReadAll(strings.NewReader(text), "test")
	if err != nil {
		t.Fatal(err)
	}
	return sents
}
