package depparse

import (
	"bytes"
	"testing"

	"tacitus/nlp"
)

// tinyRerooter trains a rerooter on the tiny treebank as parsed by a
// weak model, and forces it to re-root whenever a candidate scores
// above the parsed root.
func tinyRerooter(t testing.TB) (*Model, *Rerooter) {
	gold := readTiny(t)
	m, err := Train(gold, nil, TrainOptions{Iterations: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var d RerootData
	for i := range gold {
		s := nlp.Sentence{Tokens: append([]nlp.Token(nil), gold[i].Tokens...)}
		mg := m.ParseMargin(&s)
		d.Add(&s, &gold[i], mg)
		// Also a sentence whose root is a child of the gold root, so that
		// re-rooting is learnt.
		tr := newTree(gold[i].Tokens)
		r := tr.root()
		for _, c := range tr.kids[r] {
			if !rerootSkip[tr.rel[c]] {
				w := nlp.Sentence{Tokens: append([]nlp.Token(nil), gold[i].Tokens...)}
				tr.move(&w, r, c, "parataxis")
				d.Add(&w, &gold[i], 0)
				break
			}
		}
	}
	rs := TrainRerooter(&d, RerootOptions{Iterations: 3, Seed: 1})
	if len(rs) != 3 {
		t.Fatalf("%d models, want 3", len(rs))
	}
	r := rs[2]
	r.SetMargin(-1e9)
	return m, r
}

func TestRerooterTreeAndRoundTrip(t *testing.T) {
	m, r := tinyRerooter(t)
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		t.Fatal(err)
	}
	r2, err := LoadRerooter(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if r2.Margin() != r.Margin() || len(r2.rank) != len(r.rank) || len(r2.rel) != len(r.rel) || len(r2.labels) != len(r.labels) {
		t.Fatal("round trip changed the rerooter")
	}
	moved := 0
	for _, g := range readTiny(t) {
		a := nlp.Sentence{Tokens: append([]nlp.Token(nil), g.Tokens...)}
		b := nlp.Sentence{Tokens: append([]nlp.Token(nil), g.Tokens...)}
		m.Reroot(r)
		m.Parse(&a)
		m.Reroot(r2)
		m.Parse(&b)
		m.Reroot(nil)
		c := nlp.Sentence{Tokens: append([]nlp.Token(nil), g.Tokens...)}
		m.Parse(&c)
		checkTree(t, &a)
		for i := range a.Tokens {
			if a.Tokens[i].Head != b.Tokens[i].Head || a.Tokens[i].Rel != b.Tokens[i].Rel {
				t.Fatal("loaded rerooter parses differently")
			}
			if a.Tokens[i].Head == 0 && c.Tokens[i].Head != 0 {
				moved++
			}
		}
	}
	if moved == 0 {
		t.Error("a rerooter with margin -1e9 never moved the root")
	}
}

// FuzzLoadRerooter feeds arbitrary bytes to LoadRerooter, which must fail
// cleanly or return a rerooter that keeps trees trees.
func FuzzLoadRerooter(f *testing.F) {
	f.Add([]byte{})
	f.Add(gzipped(f, []byte("RR1\n")))
	f.Add(gzipped(f, []byte("RR1\n\x00\x00\x01\x04conj\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x3f\x00")))
	words := readTiny(f)
	m, err := Train(words, nil, TrainOptions{Iterations: 1, Seed: 1})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := LoadRerooter(bytes.NewReader(data))
		if err != nil {
			return
		}
		r.SetMargin(-1e9)
		for _, g := range words[:3] {
			s := nlp.Sentence{Tokens: append([]nlp.Token(nil), g.Tokens...)}
			m.Parse(&s)
			r.Apply(&s, 0)
			checkTree(t, &s)
		}
	})
}
