package depparse

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"tacitus/nlp"
)

func TestRelabeller(t *testing.T) {
	train := readTiny(t)
	m, err := Train(train, nil, TrainOptions{Iterations: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	first, err := Train(train, nil, TrainOptions{Iterations: 2, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	data := m.NewRelabelData()
	data.AddRelabelExamples(first, train)
	if data.Examples() == 0 || data.RightHead > data.Arcs {
		t.Fatalf("%d examples, %d of %d heads right", data.Examples(), data.RightHead, data.Arcs)
	}
	for _, opt := range []RelabelOptions{{Iterations: 3, Seed: 1, Alpha: 1}, {Iterations: 2, Seed: 1, Margin: 2}} {
		rm, err := m.TrainRelabeller(data, train, opt)
		if err != nil {
			t.Fatal(err)
		}
		if !rm.HasRelabeller() || m.HasRelabeller() {
			t.Fatal("the relabeller is not on the copy only")
		}
		var b1 bytes.Buffer
		if err := rm.Save(&b1); err != nil {
			t.Fatal(err)
		}
		m2, err := Load(bytes.NewReader(b1.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		var b2 bytes.Buffer
		if err := m2.Save(&b2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
			t.Fatal("save → load → save changed the file")
		}
		if g, w := m2.WithoutRelabeller(), m; Evaluate(g, train) != Evaluate(w, train) {
			t.Error("without its relabeller the model parses differently")
		}
		pr := rm.Pruned(0, 0)
		r := rand.New(rand.NewPCG(5, 6))
		for range 50 {
			s1 := randomSentence(r, 1+r.IntN(30))
			s2 := nlp.Sentence{Tokens: append([]nlp.Token(nil), s1.Tokens...)}
			s3 := nlp.Sentence{Tokens: append([]nlp.Token(nil), s1.Tokens...)}
			rm.Parse(&s1)
			m2.Parse(&s2)
			pr.Parse(&s3)
			checkTree(t, &s1)
			for j := range s1.Tokens {
				if s1.Tokens[j].Head != s2.Tokens[j].Head || s1.Tokens[j].Rel != s2.Tokens[j].Rel {
					t.Fatalf("loaded model parses differently at token %d", j)
				}
				if s1.Tokens[j].Rel != s3.Tokens[j].Rel {
					t.Fatalf("pruning by 0 changed the relation of token %d", j)
				}
			}
		}
	}
	if _, err := first.TrainRelabeller(data, nil, RelabelOptions{}); err == nil && !equalLabels(first.labels, m.labels) {
		t.Error("a relabeller was trained on another model's relations")
	}
}

func equalLabels(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
