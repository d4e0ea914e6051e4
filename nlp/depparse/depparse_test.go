package depparse

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"tacitus/nlp"
	"tacitus/nlp/conllu"
)

// readTiny reads the hand-written treebank in testdata.
func readTiny(t testing.TB) []nlp.Sentence {
	t.Helper()
	f, err := os.Open("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f, "tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	out := make([]nlp.Sentence, len(ss))
	for i, s := range ss {
		out[i] = s.NLP()
	}
	return out
}

// tagged builds a sentence from "word|XPOS|UPOS" items.
func tagged(t testing.TB, s string) nlp.Sentence {
	t.Helper()
	var sent nlp.Sentence
	for _, item := range strings.Fields(s) {
		parts := strings.Split(item, "|")
		if len(parts) != 3 {
			t.Fatalf("bad item %q", item)
		}
		sent.Tokens = append(sent.Tokens, nlp.Token{Text: parts[0], XPOS: parts[1], UPOS: parts[2], Head: -1})
	}
	return sent
}

// checkTree fails unless s holds a single-rooted tree without cycles.
func checkTree(t testing.TB, s *nlp.Sentence) {
	t.Helper()
	n := len(s.Tokens)
	roots := 0
	for i, tok := range s.Tokens {
		if tok.Head < 0 || tok.Head > n || tok.Head == i+1 {
			t.Fatalf("token %d: head %d out of range 0..%d or self", i+1, tok.Head, n)
		}
		if tok.Head == 0 {
			roots++
			if tok.Rel != RootRel {
				t.Fatalf("token %d: head 0 with relation %q", i+1, tok.Rel)
			}
		} else if tok.Rel == RootRel || tok.Rel == "" {
			t.Fatalf("token %d: relation %q on a non-root word", i+1, tok.Rel)
		}
	}
	if n > 0 && roots != 1 {
		t.Fatalf("%d roots", roots)
	}
	for i := range s.Tokens {
		j, steps := i+1, 0
		for j != 0 {
			j = s.Tokens[j-1].Head
			if steps++; steps > n {
				t.Fatalf("token %d is on a cycle", i+1)
			}
		}
	}
}

// arc is an expected dependency: Rel(Head word, Dep word).
type arc struct {
	Dep, Head int // 1-based, 0 = root
	Rel       string
}

func TestParseHandChecked(t *testing.T) {
	m := loadShipped(t)
	tests := []struct {
		name string
		sent string
		want []arc
	}{
		{
			name: "meeting",
			sent: "Iran|NNP|PROPN 's|POS|PART foreign|JJ|ADJ minister|NN|NOUN met|VBD|VERB with|IN|ADP Hamas|NNP|PROPN leaders|NNS|NOUN in|IN|ADP Tehran|NNP|PROPN .|.|PUNCT",
			want: []arc{
				{Dep: 4, Head: 5, Rel: "nsubj"}, {Dep: 5, Head: 0, Rel: "root"},
				{Dep: 1, Head: 4, Rel: "nmod:poss"}, {Dep: 2, Head: 1, Rel: "case"},
				{Dep: 3, Head: 4, Rel: "amod"}, {Dep: 6, Head: 8, Rel: "case"},
				{Dep: 7, Head: 8, Rel: "compound"}, {Dep: 8, Head: 5, Rel: "obl"},
				{Dep: 9, Head: 10, Rel: "case"}, {Dep: 11, Head: 5, Rel: "punct"},
			},
		},
		{
			name: "passive",
			sent: "The|DT|DET embassy|NN|NOUN was|VBD|AUX attacked|VBN|VERB by|IN|ADP rebels|NNS|NOUN .|.|PUNCT",
			want: []arc{
				{Dep: 1, Head: 2, Rel: "det"}, {Dep: 2, Head: 4, Rel: "nsubj:pass"},
				{Dep: 3, Head: 4, Rel: "aux:pass"}, {Dep: 4, Head: 0, Rel: "root"},
				{Dep: 5, Head: 6, Rel: "case"}, {Dep: 6, Head: 4, Rel: "obl:agent"},
			},
		},
		{
			name: "object and time",
			sent: "Rebels|NNS|NOUN seized|VBD|VERB the|DT|DET town|NN|NOUN on|IN|ADP Monday|NNP|PROPN .|.|PUNCT",
			want: []arc{
				{Dep: 1, Head: 2, Rel: "nsubj"}, {Dep: 2, Head: 0, Rel: "root"},
				{Dep: 4, Head: 2, Rel: "obj"}, {Dep: 6, Head: 2, Rel: "obl"},
			},
		},
		{
			// A rare fine tag (NNPS) must not turn an object into obl.
			name: "plural proper noun object",
			sent: "Israeli|JJ|ADJ troops|NNS|NOUN killed|VBD|VERB three|CD|NUM Palestinians|NNPS|PROPN .|.|PUNCT",
			want: []arc{
				{Dep: 1, Head: 2, Rel: "amod"}, {Dep: 2, Head: 3, Rel: "nsubj"},
				{Dep: 4, Head: 5, Rel: "nummod"}, {Dep: 5, Head: 3, Rel: "obj"},
			},
		},
		{
			name: "reported speech",
			sent: "The|DT|DET president|NN|NOUN said|VBD|VERB that|IN|SCONJ talks|NNS|NOUN would|MD|AUX resume|VB|VERB .|.|PUNCT",
			want: []arc{
				{Dep: 2, Head: 3, Rel: "nsubj"}, {Dep: 3, Head: 0, Rel: "root"},
				{Dep: 4, Head: 7, Rel: "mark"}, {Dep: 5, Head: 7, Rel: "nsubj"},
				{Dep: 6, Head: 7, Rel: "aux"}, {Dep: 7, Head: 3, Rel: "ccomp"},
			},
		},
		{
			name: "coordination",
			sent: "Police|NNS|NOUN arrested|VBD|VERB two|CD|NUM men|NNS|NOUN and|CC|CCONJ questioned|VBD|VERB a|DT|DET woman|NN|NOUN .|.|PUNCT",
			want: []arc{
				{Dep: 1, Head: 2, Rel: "nsubj"}, {Dep: 3, Head: 4, Rel: "nummod"},
				{Dep: 4, Head: 2, Rel: "obj"}, {Dep: 5, Head: 6, Rel: "cc"},
				{Dep: 6, Head: 2, Rel: "conj"}, {Dep: 8, Head: 6, Rel: "obj"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := tagged(t, tc.sent)
			m.Parse(&s)
			checkTree(t, &s)
			for _, a := range tc.want {
				got := s.Tokens[a.Dep-1]
				if got.Head != a.Head || got.Rel != a.Rel {
					t.Errorf("%s: got %s(%d), want %s(%d)", got.Text, got.Rel, got.Head, a.Rel, a.Head)
				}
			}
		})
	}
}

// randomSentence draws n tokens from a small vocabulary of words and tags,
// mixed with arbitrary strings.
func randomSentence(r *rand.Rand, n int) nlp.Sentence {
	words := []string{"the", "police", "said", ",", ".", "of", "in", "Iran", "attacked", "and", "to", "", "é", "\x00\xff", "Hamas"}
	tags := [][2]string{{"DT", "DET"}, {"NN", "NOUN"}, {"VBD", "VERB"}, {",", "PUNCT"}, {".", "PUNCT"},
		{"IN", "ADP"}, {"NNP", "PROPN"}, {"CC", "CCONJ"}, {"TO", "PART"}, {"", ""}, {"XX", "X"}}
	s := nlp.Sentence{Tokens: make([]nlp.Token, n)}
	for i := range s.Tokens {
		tg := tags[r.IntN(len(tags))]
		s.Tokens[i] = nlp.Token{Text: words[r.IntN(len(words))], XPOS: tg[0], UPOS: tg[1], Head: -1}
	}
	return s
}

func TestParseAlwaysTree(t *testing.T) {
	shipped := loadShipped(t)
	tiny, err := Train(readTiny(t), nil, TrainOptions{Iterations: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name  string
		model *Model
	}{{name: "shipped", model: shipped}, {name: "tiny", model: tiny}} {
		t.Run(tc.name, func(t *testing.T) {
			for _, n := range []int{0, 1, 2, 3, 5, 8, 13, 40, 150, 1000} {
				for range 20 {
					s := randomSentence(r, n)
					tc.model.Parse(&s)
					checkTree(t, &s)
				}
			}
		})
	}
}

func TestParseConcurrent(t *testing.T) {
	m := loadShipped(t)
	r := rand.New(rand.NewPCG(3, 4))
	sents := make([]nlp.Sentence, 64)
	want := make([]nlp.Sentence, len(sents))
	for i := range sents {
		sents[i] = randomSentence(r, 1+r.IntN(60))
		want[i] = nlp.Sentence{Tokens: append([]nlp.Token(nil), sents[i].Tokens...)}
		m.Parse(&want[i])
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range sents {
				i := (k + g*16) % len(sents)
				s := nlp.Sentence{Tokens: append([]nlp.Token(nil), sents[i].Tokens...)}
				m.Parse(&s)
				for j := range s.Tokens {
					if s.Tokens[j].Head != want[i].Tokens[j].Head || s.Tokens[j].Rel != want[i].Tokens[j].Rel {
						t.Errorf("sentence %d token %d differs between goroutines", i, j)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestTrainDeterministic(t *testing.T) {
	train := readTiny(t)
	save := func() []byte {
		m, err := Train(train, train[:3], TrainOptions{Iterations: 4, Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	if a, b := save(), save(); !bytes.Equal(a, b) {
		t.Fatal("two trainings with the same seed gave different models")
	}
}

func TestTrainDeterministicEWT(t *testing.T) {
	train := readTreebank(t, "treebank", "ud-english-ewt", "en_ewt-ud-train.conllu")[:400]
	save := func() []byte {
		m, err := Train(train[:300], train[300:], TrainOptions{Iterations: 3, Seed: 11})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	if a, b := save(), save(); !bytes.Equal(a, b) {
		t.Fatal("two trainings with the same seed gave different models")
	}
}

func TestTrainLearnsTiny(t *testing.T) {
	train := readTiny(t)
	m, err := Train(train, train, TrainOptions{Iterations: 10, Seed: 1, Prune: -1, LabelPrune: -1})
	if err != nil {
		t.Fatal(err)
	}
	// A perceptron with these features fits ten short sentences.
	if sc := Evaluate(m, train); sc.LAS() < 0.95 {
		t.Fatalf("training-set LAS %.3f, want >= 0.95", sc.LAS())
	}
}

func TestTrainErrors(t *testing.T) {
	tests := []struct {
		name  string
		train []nlp.Sentence
	}{
		{name: "empty", train: nil},
		{name: "unannotated", train: []nlp.Sentence{{Tokens: []nlp.Token{{Text: "a", Head: -1}}}}},
		{name: "two roots", train: []nlp.Sentence{{Tokens: []nlp.Token{{Text: "a", Rel: "root"}, {Text: "b", Rel: "root"}}}}},
		{name: "cycle", train: []nlp.Sentence{{Tokens: []nlp.Token{{Text: "a", Head: 0, Rel: "root"}, {Text: "b", Head: 3, Rel: "dep"}, {Text: "c", Head: 2, Rel: "dep"}}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Train(tc.train, nil, TrainOptions{Iterations: 1}); !errors.Is(err, ErrNoData) {
				t.Fatalf("got %v, want ErrNoData", err)
			}
		})
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	train := readTiny(t)
	m, err := Train(train, nil, TrainOptions{Iterations: 3, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	var b1 bytes.Buffer
	if err := m.Save(&b1); err != nil {
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
	r := rand.New(rand.NewPCG(5, 6))
	for range 50 {
		s1 := randomSentence(r, 1+r.IntN(30))
		s2 := nlp.Sentence{Tokens: append([]nlp.Token(nil), s1.Tokens...)}
		m.Parse(&s1)
		m2.Parse(&s2)
		for j := range s1.Tokens {
			if s1.Tokens[j].Head != s2.Tokens[j].Head || s1.Tokens[j].Rel != s2.Tokens[j].Rel {
				t.Fatalf("loaded model parses differently at token %d", j)
			}
		}
	}
}

func TestLoadErrors(t *testing.T) {
	var good bytes.Buffer
	m, err := Train(readTiny(t), nil, TrainOptions{Iterations: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Save(&good); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{name: "empty", data: nil},
		{name: "not gzip", data: []byte("hello")},
		{name: "truncated", data: good.Bytes()[:good.Len()/2]},
		{name: "wrong magic", data: gzipped(t, []byte("tacitus-depparse-0"))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tc.data)); !errors.Is(err, ErrFormat) {
				t.Fatalf("got %v, want ErrFormat", err)
			}
		})
	}
}

// TestAccuracyEWT is a ratchet on the shipped model: UD English EWT test
// with gold tags, CoNLL 2018 scoring.
func TestAccuracyEWT(t *testing.T) {
	m := loadShipped(t)
	test := readTreebank(t, "treebank", "ud-english-ewt", "en_ewt-ud-test.conllu")
	sc := Evaluate(m, test)
	t.Logf("EWT test, gold tags: UAS %.2f LAS %.2f (full relations %.2f), %d words",
		100*sc.UAS(), 100*sc.LAS(), 100*sc.FullLAS(), sc.Words)
	const minUAS, minLAS = 0.878, 0.858
	if sc.UAS() < minUAS || sc.LAS() < minLAS {
		t.Fatalf("UAS %.4f LAS %.4f, want at least %.3f and %.3f", sc.UAS(), sc.LAS(), minUAS, minLAS)
	}
}

func TestPruned(t *testing.T) {
	m := loadShipped(t)
	p := m.Pruned(2, 3)
	if p.trans.n >= m.trans.n || p.lab.n >= m.lab.n {
		t.Fatalf("pruning kept %d/%d transition and %d/%d label features", p.trans.n, m.trans.n, p.lab.n, m.lab.n)
	}
	same := m.Pruned(0, 0)
	r := rand.New(rand.NewPCG(9, 9))
	for range 30 {
		s := randomSentence(r, 1+r.IntN(40))
		s2 := nlp.Sentence{Tokens: append([]nlp.Token(nil), s.Tokens...)}
		s3 := nlp.Sentence{Tokens: append([]nlp.Token(nil), s.Tokens...)}
		p.Parse(&s)
		checkTree(t, &s)
		m.Parse(&s2)
		same.Parse(&s3)
		for j := range s2.Tokens {
			if s2.Tokens[j].Head != s3.Tokens[j].Head || s2.Tokens[j].Rel != s3.Tokens[j].Rel {
				t.Fatalf("pruning at 0 changed the parse at token %d", j)
			}
		}
	}
}

func TestParseAllocations(t *testing.T) {
	m := loadShipped(t)
	s := tagged(t, "The|DT|DET embassy|NN|NOUN was|VBD|AUX attacked|VBN|VERB by|IN|ADP rebels|NNS|NOUN .|.|PUNCT")
	// The scratch space is reused from a pool; a garbage collection may
	// empty the pool, hence the small allowance.
	if a := testing.AllocsPerRun(200, func() { m.Parse(&s) }); a > 0.1 {
		t.Fatalf("Parse allocates %.2f times per sentence", a)
	}
}

// TestTableProbing checks the lookups of the transition and label tables
// when many keys share a home slot (the low bits of the key) and runs of
// them wrap around the end of the table: every key finds its own
// weights, and keys that are not in the table find none.
func TestTableProbing(t *testing.T) {
	code := newCodebook(0.01, 10)
	tt := newTransTable(40, code)
	lt := newLabelTable(40, 4, 0.5)
	size := tt.mask + 1
	var keys []uint32
	for j := uint32(1); j <= 12; j++ {
		keys = append(keys, j*size+size-2, j*size+3) // two runs, the first wrapping around
	}
	for n, k := range keys {
		tt.insert(k, [nTrans]int8{int8(n + 1), 0, 0, int8(-n - 1)})
		lt.insert(k, []labelWeight{{label: uint32(n % 4), w: float32(n + 1)}})
	}
	var sc []float32
	var sink uint32
	for n, k := range keys {
		got := tt.sum([nTrans]float32{}, []uint32{k})
		if want := code.value[uint8(int8(n+1))]; got[0] != want || got[3] != -want || got[1] != 0 {
			t.Errorf("trans key %#x: %v, want %v for the first", k, got, want)
		}
		sc = lt.score([]uint32{k}, sc, &sink)
		if sc[n%4] != float32(n+1) {
			t.Errorf("label key %#x: %v, want %d for label %d", k, sc, n+1, n%4)
		}
	}
	for _, k := range []uint32{13*size + 3, 14*size + size - 2, 5} {
		if got := tt.sum([nTrans]float32{}, []uint32{k}); got != ([nTrans]float32{}) {
			t.Errorf("unknown trans key %#x: %v", k, got)
		}
		if sc = lt.score([]uint32{k}, sc, &sink); slices.ContainsFunc(sc, func(v float32) bool { return v != 0 }) {
			t.Errorf("unknown label key %#x: %v", k, sc)
		}
	}
}
