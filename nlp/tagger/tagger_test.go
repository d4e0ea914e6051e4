package tagger

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"tacitus/internal/sharedtest"
	"tacitus/nlp"
	"tacitus/nlp/cluster"
)

// modelPath is the committed model, relative to this package; TAGGER_MODEL
// names another model file for the tests to check.
var modelPath = func() string {
	if p := os.Getenv("TAGGER_MODEL"); p != "" {
		return p
	}
	return filepath.Join("..", "models", "tagger.bin.gz")
}()

// sentence makes an untagged sentence from space-separated words.
func sentence(words string) nlp.Sentence {
	var s nlp.Sentence
	off := 0
	for _, w := range strings.Fields(words) {
		s.Tokens = append(s.Tokens, nlp.Token{Text: w, Start: off, End: off + len(w), SpaceAfter: true, Head: -1})
		off += len(w) + 1
	}
	return s
}

func TestTagNews(t *testing.T) {
	m := loadModel(t, modelPath)
	type want struct{ word, upos, xpos string }
	tests := []struct {
		name  string
		words string
		want  []want
	}{
		{
			name:  "meeting",
			words: "Iran 's foreign minister met with Hamas leaders in Tehran on Tuesday .",
			want: []want{
				{word: "Iran", upos: "PROPN", xpos: "NNP"},
				{word: "'s", upos: "PART", xpos: "POS"},
				{word: "foreign", upos: "ADJ", xpos: "JJ"},
				{word: "minister", upos: "NOUN", xpos: "NN"},
				{word: "met", upos: "VERB", xpos: "VBD"},
				{word: "leaders", upos: "NOUN", xpos: "NNS"},
				{word: "in", upos: "ADP", xpos: "IN"},
				{word: "Tuesday", upos: "PROPN", xpos: "NNP"},
				{word: ".", upos: "PUNCT", xpos: "."},
			},
		},
		{
			name:  "auxiliaries",
			words: "The rebels have not been able to reach the capital , officials said .",
			want: []want{
				{word: "The", upos: "DET", xpos: "DT"},
				{word: "rebels", upos: "NOUN", xpos: "NNS"},
				{word: "have", upos: "AUX", xpos: "VBP"},
				{word: "not", upos: "PART", xpos: "RB"},
				{word: "been", upos: "AUX", xpos: "VBN"},
				{word: "to", upos: "PART", xpos: "TO"},
				{word: "reach", upos: "VERB", xpos: "VB"},
				{word: "said", upos: "VERB", xpos: "VBD"},
			},
		},
		{
			name:  "numbers",
			words: "Troops killed 12 civilians in 2003 .",
			want: []want{
				{word: "killed", upos: "VERB", xpos: "VBD"},
				{word: "12", upos: "NUM", xpos: "CD"},
				{word: "civilians", upos: "NOUN", xpos: "NNS"},
				{word: "2003", upos: "NUM", xpos: "CD"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sentence(tt.words)
			m.Tag(&s)
			byWord := map[string]nlp.Token{}
			for _, tok := range s.Tokens {
				if tok.UPOS == "" || tok.XPOS == "" {
					t.Errorf("%q left untagged", tok.Text)
				}
				byWord[tok.Text] = tok
			}
			for _, w := range tt.want {
				got := byWord[w.word]
				if got.UPOS != w.upos || got.XPOS != w.xpos {
					t.Errorf("%q tagged %s/%s, want %s/%s", w.word, got.UPOS, got.XPOS, w.upos, w.xpos)
				}
			}
		})
	}
}

func TestTagEdgeCases(t *testing.T) {
	m := loadModel(t, modelPath)
	tests := []struct {
		name string
		s    nlp.Sentence
	}{
		{name: "empty", s: nlp.Sentence{}},
		{name: "one word", s: sentence("Hello")},
		{name: "empty word", s: nlp.Sentence{Tokens: []nlp.Token{{Text: ""}, {Text: "x"}}}},
		{name: "invalid UTF-8", s: nlp.Sentence{Tokens: []nlp.Token{{Text: "\xff\xfe"}, {Text: "caf\xc3"}}}},
		{name: "long word", s: nlp.Sentence{Tokens: []nlp.Token{{Text: strings.Repeat("a", 10000)}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m.Tag(&tt.s)
			for _, tok := range tt.s.Tokens {
				if tok.UPOS == "" || tok.XPOS == "" {
					t.Errorf("%q left untagged", tok.Text)
				}
			}
		})
	}
}

// TestAccuracy is a ratchet on the committed model: it fails when
// accuracy falls below what the model reached, minus a small margin.
func TestAccuracy(t *testing.T) {
	tb := sharedtest.Path(t, "treebank")
	m := loadModel(t, modelPath)
	tests := []struct {
		name       string
		file       string
		upos, xpos float64
	}{
		// reached: dev 95.36/94.55, test 95.66/95.06, GUM 95.17/94.21
		{name: "EWT dev", file: "ud-english-ewt/en_ewt-ud-dev.conllu", upos: 0.9530, xpos: 0.9448},
		{name: "EWT test", file: "ud-english-ewt/en_ewt-ud-test.conllu", upos: 0.9560, xpos: 0.9500},
		{name: "GUM test", file: "ud-english-gum-eval/en_gum-ud-test.conllu", upos: 0.9510, xpos: 0.9414},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, x := accuracy(m, readGold(t, filepath.Join(tb, tt.file)))
			t.Logf("UPOS %.2f%% XPOS %.2f%%", 100*u, 100*x)
			if u < tt.upos {
				t.Errorf("UPOS accuracy %.2f%% < %.2f%%", 100*u, 100*tt.upos)
			}
			if x < tt.xpos {
				t.Errorf("XPOS accuracy %.2f%% < %.2f%%", 100*x, 100*tt.xpos)
			}
		})
	}
}

// smallData is the first sentences of EWT train and dev.
func smallData(t *testing.T) (train, dev []nlp.Sentence) {
	dir := sharedtest.Path(t, "treebank", "ud-english-ewt")
	train = readGold(t, filepath.Join(dir, "en_ewt-ud-train.conllu"))[:600]
	dev = readGold(t, filepath.Join(dir, "en_ewt-ud-dev.conllu"))[:200]
	return train, dev
}

func saved(t *testing.T, m *Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestTrainDeterministic(t *testing.T) {
	train, dev := smallData(t)
	opt := TrainOptions{Iterations: 3, Seed: 7, Folds: 2, Clusters: map[string]uint32{"the": 1, "iran": 2}}
	m1, err := Train(train, dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Train(train, dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved(t, m1), saved(t, m2)) {
		t.Error("two trainings with the same seed differ")
	}
	u, x := accuracy(m1, dev)
	if u < 0.75 || x < 0.75 {
		t.Errorf("600 training sentences give UPOS %.2f%% XPOS %.2f%%, want > 75%%", 100*u, 100*x)
	}
}

// smallPaths learns a small cluster table from the words of sentences.
func smallPaths(t *testing.T, ss []nlp.Sentence) *cluster.Table {
	t.Helper()
	var c cluster.Corpus
	for _, s := range ss {
		var ws []string
		for _, tok := range s.Tokens {
			ws = append(ws, tok.Text)
		}
		c.Add(ws)
	}
	tab, err := cluster.Learn(&c, cluster.Options{Depth: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

func TestSaveLoad(t *testing.T) {
	train, dev := smallData(t)
	paths := smallPaths(t, train)
	for _, passes := range []int{1, 2} {
		m, err := Train(train, nil, TrainOptions{Iterations: 2, Passes: passes, Folds: 2, Paths: paths})
		if err != nil {
			t.Fatal(err)
		}
		if len(m.lex.paths) != paths.Len() {
			t.Fatalf("model keeps %d of %d cluster paths", len(m.lex.paths), paths.Len())
		}
		b := saved(t, m)
		m2, err := Load(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, saved(t, m2)) {
			t.Errorf("%d passes: save(load(save(m))) differs from save(m)", passes)
		}
		for _, g := range dev[:50] {
			s1, s2 := untagged(g), untagged(g)
			m.Tag(&s1)
			m2.Tag(&s2)
			for i := range s1.Tokens {
				if s1.Tokens[i].XPOS != s2.Tokens[i].XPOS || s1.Tokens[i].UPOS != s2.Tokens[i].UPOS {
					t.Fatalf("%d passes: loaded model tags %q %s/%s, trained one %s/%s", passes, s1.Tokens[i].Text,
						s2.Tokens[i].UPOS, s2.Tokens[i].XPOS, s1.Tokens[i].UPOS, s1.Tokens[i].XPOS)
				}
			}
		}
	}
}

// TestLoadVersion2 reads a model in the format before cluster paths: a
// model without corpus classes or paths is the same in both but for the
// magic line.
func TestLoadVersion2(t *testing.T) {
	train, dev := smallData(t)
	m, err := Train(train, nil, TrainOptions{Iterations: 2, Passes: 1})
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(saved(t, m)))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		t.Fatalf("saved model starts %q", raw[:20])
	}
	var v2 bytes.Buffer
	zw := gzip.NewWriter(&v2)
	zw.Write([]byte(magicV2))
	zw.Write(raw[len(magic):])
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&v2)
	if err != nil {
		t.Fatalf("loading version 2: %v", err)
	}
	for _, g := range dev[:50] {
		s1, s2 := untagged(g), untagged(g)
		m.Tag(&s1)
		m2.Tag(&s2)
		for i := range s1.Tokens {
			if s1.Tokens[i].XPOS != s2.Tokens[i].XPOS {
				t.Fatalf("version 2 model tags %q %s, want %s", s1.Tokens[i].Text, s2.Tokens[i].XPOS, s1.Tokens[i].XPOS)
			}
		}
	}
}

func untagged(g nlp.Sentence) nlp.Sentence {
	s := nlp.Sentence{Tokens: make([]nlp.Token, len(g.Tokens))}
	for i, t := range g.Tokens {
		s.Tokens[i] = nlp.Token{Text: t.Text, Head: -1}
	}
	return s
}

// TestUntrained checks that a model made by untrained tags as its parent
// with the same passes: the jackknife folds of the second pass train and
// tag with such models.
func TestUntrained(t *testing.T) {
	train, dev := smallData(t)
	m, err := Train(train, nil, TrainOptions{Iterations: 2, Passes: 1})
	if err != nil {
		t.Fatal(err)
	}
	sub := m.untrained()
	sub.passes = m.passes
	for _, ex := range m.examples(dev) {
		if want, got := m.tagExample(ex.toks), sub.tagExample(ex.toks); !slices.Equal(got, want) {
			t.Fatalf("untrained model tags %v, want %v", got, want)
		}
	}
}

func TestTrainErrors(t *testing.T) {
	tests := []struct {
		name  string
		train []nlp.Sentence
	}{
		{name: "no sentences"},
		{name: "untagged", train: []nlp.Sentence{sentence("no tags here")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Train(tt.train, nil, TrainOptions{}); !errors.Is(err, ErrNoData) {
				t.Errorf("Train: %v, want ErrNoData", err)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	var good bytes.Buffer
	if err := loadModel(t, modelPath).Save(&good); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{name: "empty", data: nil},
		{name: "not gzip", data: []byte("hello")},
		{name: "truncated", data: good.Bytes()[:good.Len()/2]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tt.data)); !errors.Is(err, ErrFormat) {
				t.Errorf("Load: %v, want ErrFormat", err)
			}
		})
	}
}

func TestConcurrentTag(t *testing.T) {
	m := loadModel(t, modelPath)
	texts := []string{
		"Iran 's foreign minister met with Hamas leaders in Tehran on Tuesday .",
		"Police arrested 40 protesters near the embassy .",
		"The talks collapsed after the delegation walked out .",
	}
	want := make([]nlp.Sentence, len(texts))
	for i, s := range texts {
		want[i] = sentence(s)
		m.Tag(&want[i])
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 50 {
				k := (g + r) % len(texts)
				s := sentence(texts[k])
				m.Tag(&s)
				for i := range s.Tokens {
					if s.Tokens[i].XPOS != want[k].Tokens[i].XPOS {
						t.Errorf("goroutine %d: %q tagged %s, want %s", g, s.Tokens[i].Text, s.Tokens[i].XPOS, want[k].Tokens[i].XPOS)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Errorf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		s := sentence("a test sentence .")
		m.Tag(&s)
	})
}
