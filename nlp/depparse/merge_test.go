package depparse

import (
	"errors"
	"math/rand/v2"
	"testing"

	"tacitus/nlp"
)

func TestMerge(t *testing.T) {
	train := readTiny(t)
	a, err := Train(train, nil, TrainOptions{Iterations: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(train, nil, TrainOptions{Iterations: 3, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	self, err := Merge(0, 0, a, a)
	if err != nil {
		t.Fatal(err)
	}
	// Requantizing may move a weight by a rounding step, not a parse.
	r := rand.New(rand.NewPCG(7, 8))
	for range 100 {
		s1 := randomSentence(r, 1+r.IntN(30))
		s2 := nlp.Sentence{Tokens: append([]nlp.Token(nil), s1.Tokens...)}
		a.Parse(&s1)
		self.Parse(&s2)
		for j := range s1.Tokens {
			if s1.Tokens[j].Head != s2.Tokens[j].Head || s1.Tokens[j].Rel != s2.Tokens[j].Rel {
				t.Fatalf("merging a model with itself changed the parse of token %d", j)
			}
		}
	}
	both, err := Merge(0, 0, a, b)
	if err != nil {
		t.Fatal(err)
	}
	if both.trans.n < max(a.trans.n, b.trans.n) {
		t.Errorf("merged model has %d transition features, the models %d and %d", both.trans.n, a.trans.n, b.trans.n)
	}
	pruned, err := Merge(1e9, 1e9, a, b)
	if err != nil {
		t.Fatal(err)
	}
	if pruned.trans.n != 0 || pruned.lab.n != 0 {
		t.Errorf("pruning everything kept %d transition and %d label features", pruned.trans.n, pruned.lab.n)
	}
	if sc := Evaluate(both, train); sc.LAS() < 0.5 {
		t.Errorf("merged model: training-set LAS %.3f", sc.LAS())
	}
	for _, m := range []*Model{both, pruned} {
		for range 20 {
			s := randomSentence(r, 1+r.IntN(30))
			m.Parse(&s)
			checkTree(t, &s)
		}
	}
}

func TestMergeErrors(t *testing.T) {
	train := readTiny(t)
	a, err := Train(train, nil, TrainOptions{Iterations: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	other := []nlp.Sentence{{Tokens: []nlp.Token{
		{Text: "Go", XPOS: "VB", UPOS: "VERB", Head: 0, Rel: "root"},
		{Text: "!", XPOS: ".", UPOS: "PUNCT", Head: 1, Rel: "discourse"},
	}}}
	b, err := Train(other, nil, TrainOptions{Iterations: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		models []*Model
	}{
		{name: "no model", models: nil},
		{name: "different relations", models: []*Model{a, b}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Merge(0, 0, tc.models...); !errors.Is(err, ErrMismatch) {
				t.Fatalf("got %v, want ErrMismatch", err)
			}
		})
	}
}
