package lemma

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tacitus/internal/sharedtest"
	"tacitus/nlp"
	"tacitus/nlp/tagger"
)

var modelPath = filepath.Join("..", "models", "lemma.bin.gz")

func loadModel(tb testing.TB) *Model {
	tb.Helper()
	f, err := os.Open(modelPath)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func TestLemmatize(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		name, form, xpos, want string
	}{
		{name: "irregular past", form: "met", xpos: "VBD", want: "meet"},
		{name: "plural", form: "leaders", xpos: "NNS", want: "leader"},
		{name: "proper noun", form: "Iran", xpos: "NNP", want: "Iran"},
		{name: "possessive", form: "'s", xpos: "POS", want: "'s"},
		{name: "clitic be", form: "'s", xpos: "VBZ", want: "be"},
		{name: "negation", form: "n't", xpos: "RB", want: "not"},
		{name: "was", form: "was", xpos: "VBD", want: "be"},
		{name: "comparative", form: "better", xpos: "JJR", want: "good"},
		{name: "sentence-initial", form: "The", xpos: "DT", want: "the"},
		{name: "pronoun I", form: "me", xpos: "PRP", want: "I"},
		{name: "unseen -ied", form: "blorfied", xpos: "VBD", want: "blorfy"},
		{name: "unseen -ies", form: "zazzies", xpos: "NNS", want: "zazzy"},
		{name: "unseen -ing", form: "Glorping", xpos: "VBG", want: "glorp"},
		{name: "unknown tag", form: "Foo", xpos: "NOPE", want: "foo"},
		{name: "empty", form: "", xpos: "NN", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := nlp.Sentence{Tokens: []nlp.Token{{Text: tt.form, XPOS: tt.xpos}}}
			m.Lemmatize(&s)
			if got := s.Tokens[0].Lemma; got != tt.want {
				t.Errorf("Lemma(%q/%s) = %q, want %q", tt.form, tt.xpos, got, tt.want)
			}
		})
	}
}

// TestLemmatizeRemembered lemmatizes a sentence whose forms recur with
// other tags ("'s" as POS and VBZ, "met" as VBD and NN) again and again:
// the lemmas remembered from the first time must be those of the pair,
// not of the form alone; a pair too long to remember is made each time.
func TestLemmatizeRemembered(t *testing.T) {
	m := loadModel(t)
	pairs := []struct{ form, xpos, want string }{
		{"'s", "POS", "'s"}, {"'s", "VBZ", "be"}, {"met", "VBD", "meet"}, {"met", "NN", "met"},
		{"Glorping", "VBG", "glorp"}, {"Glorping", "NNP", "Glorping"}, {"The", "DT", "the"}, {"", "NN", ""},
		// too long for the cache
		{"counterdemonstrations", "NNS", "counterdemonstration"},
	}
	for round := range 3 {
		var s nlp.Sentence
		for _, p := range pairs {
			s.Tokens = append(s.Tokens, nlp.Token{Text: p.form, XPOS: p.xpos})
		}
		m.Lemmatize(&s)
		for i, p := range pairs {
			if got := s.Tokens[i].Lemma; got != p.want {
				t.Errorf("round %d: Lemma(%q/%s) = %q, want %q", round, p.form, p.xpos, got, p.want)
			}
		}
	}
}

func TestLemmatizeTaggedSentence(t *testing.T) {
	m := loadModel(t)
	f, err := os.Open(filepath.Join("..", "models", "tagger.bin.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tg, err := tagger.Load(f)
	if err != nil {
		t.Fatal(err)
	}
	var s nlp.Sentence
	for _, w := range strings.Fields("Iran 's foreign minister met with Hamas leaders in Tehran on Tuesday .") {
		s.Tokens = append(s.Tokens, nlp.Token{Text: w})
	}
	tg.Tag(&s)
	m.Lemmatize(&s)
	want := []string{"Iran", "'s", "foreign", "minister", "meet", "with", "Hamas", "leader", "in", "Tehran", "on", "Tuesday", "."}
	for i, tok := range s.Tokens {
		if tok.Lemma != want[i] {
			t.Errorf("%q/%s: lemma %q, want %q", tok.Text, tok.XPOS, tok.Lemma, want[i])
		}
	}
}

// TestAccuracy is a ratchet on the committed model, with gold tags and
// with the committed tagger's tags.
func TestAccuracy(t *testing.T) {
	tb := sharedtest.Path(t, "treebank")
	m := loadModel(t)
	f, err := os.Open(filepath.Join("..", "models", "tagger.bin.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tg, err := tagger.Load(f)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name         string
		file         string
		gold, tagged float64
	}{
		// reached with the committed tagger: dev 97.04, test 97.18, GUM 96.74
		{name: "EWT dev", file: "ud-english-ewt/en_ewt-ud-dev.conllu", gold: 0.986, tagged: 0.9698},
		{name: "EWT test", file: "ud-english-ewt/en_ewt-ud-test.conllu", gold: 0.986, tagged: 0.9710},
		{name: "GUM test", file: "ud-english-gum-eval/en_gum-ud-test.conllu", gold: 0.983, tagged: 0.9668},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gold := readGold(t, filepath.Join(tb, tt.file))
			g := accuracy(m, gold)
			tagged := make([]nlp.Sentence, len(gold))
			for i, s := range gold {
				tagged[i] = nlp.Sentence{Tokens: append([]nlp.Token(nil), s.Tokens...)}
				tg.Tag(&tagged[i])
				for j := range tagged[i].Tokens {
					tagged[i].Tokens[j].Lemma = gold[i].Tokens[j].Lemma // accuracy compares against these
				}
			}
			p := accuracy(m, tagged)
			t.Logf("lemma accuracy: gold tags %.2f%%, predicted tags %.2f%%", 100*g, 100*p)
			if g < tt.gold {
				t.Errorf("with gold tags %.2f%% < %.2f%%", 100*g, 100*tt.gold)
			}
			if p < tt.tagged {
				t.Errorf("with predicted tags %.2f%% < %.2f%%", 100*p, 100*tt.tagged)
			}
		})
	}
}

func TestTrainDeterministicAndSaveLoad(t *testing.T) {
	train := readGold(t, filepath.Join(sharedtest.Path(t, "treebank", "ud-english-ewt"), "en_ewt-ud-train.conllu"))[:2000]
	m1, err := Train(train, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Train(train, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b1, b2, b3 bytes.Buffer
	if err := m1.Save(&b1); err != nil {
		t.Fatal(err)
	}
	if err := m2.Save(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("two trainings differ")
	}
	m3, err := Load(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := m3.Save(&b3); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b3.Bytes()) {
		t.Error("save(load(save(m))) differs from save(m)")
	}
	if a1, a3 := accuracy(m1, train[:300]), accuracy(m3, train[:300]); a1 != a3 || a1 < 0.97 {
		t.Errorf("accuracy on training data: trained %.4f, loaded %.4f (want equal and ≥ 0.97)", a1, a3)
	}
}

func TestErrors(t *testing.T) {
	if _, err := Train(nil, TrainOptions{}); !errors.Is(err, ErrNoData) {
		t.Errorf("Train(nil): %v, want ErrNoData", err)
	}
	good, err := os.ReadFile(modelPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{nil, []byte("junk"), good[:len(good)/2]} {
		if _, err := Load(bytes.NewReader(data)); !errors.Is(err, ErrFormat) {
			t.Errorf("Load(%d bytes): %v, want ErrFormat", len(data), err)
		}
	}
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
		s := nlp.Sentence{Tokens: []nlp.Token{{Text: "Walked", XPOS: "VBD"}, {Text: "x"}}}
		m.Lemmatize(&s)
	})
}

// BenchmarkLemmatize lemmatizes the gold-tagged EWT development sentences
// (it skips without ../shared).
func BenchmarkLemmatize(b *testing.B) {
	gold := readGold(b, sharedtest.Path(b, "treebank", "ud-english-ewt", "en_ewt-ud-dev.conllu"))
	m := loadModel(b)
	ntok := 0
	for _, s := range gold {
		ntok += len(s.Tokens)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for i := range gold {
			m.Lemmatize(&gold[i])
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(ntok*b.N), "ns/token")
}
