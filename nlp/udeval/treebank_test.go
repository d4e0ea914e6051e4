package udeval

import (
	"os"
	"strings"
	"testing"

	"tacitus/internal/sharedtest"
	"tacitus/nlp"
	"tacitus/nlp/conllu"
)

// readTreebank reads a shared treebank file, skipping when ../shared is
// absent.
func readTreebank(tb testing.TB, dir, name string) []*conllu.Sentence {
	tb.Helper()
	path := sharedtest.Path(tb, "treebank", dir, name)
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, path)
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}

// TestDocumentsTreebanks checks that the rebuilt text of every document
// of EWT dev and GUM dev holds the "# text" of its sentences, in order,
// exactly at the sentence spans.
func TestDocumentsTreebanks(t *testing.T) {
	for _, tc := range []struct {
		name, dir, file string
		docs            int // "# newdoc" comments in the file
	}{
		{name: "EWT dev", dir: "ud-english-ewt", file: "en_ewt-ud-dev.conllu", docs: 318},
		{name: "GUM dev", dir: "ud-english-gum-eval", file: "en_gum-ud-dev.conllu", docs: 30},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gold := readTreebank(t, tc.dir, tc.file)
			docs := Documents(gold)
			n := 0
			for _, d := range docs {
				pos := 0
				for i, s := range d.Gold {
					want, ok := s.Meta("text")
					if !ok {
						t.Fatalf("%s: sentence at line %d has no # text", d.ID, s.Line)
					}
					at := strings.Index(d.Text[pos:], want)
					if at < 0 {
						t.Fatalf("%s: text of sentence at line %d not found after byte %d:\n%q", d.ID, s.Line, pos, want)
					}
					sp := d.Sentences[i]
					if got := d.Text[sp.Start:sp.End]; got != want {
						t.Errorf("%s: sentence at line %d spans %q, want %q", d.ID, s.Line, got, want)
					}
					pos += at + len(want)
					n++
				}
			}
			if n != len(gold) {
				t.Errorf("documents hold %d sentences, treebank %d", n, len(gold))
			}
			if len(docs) != tc.docs {
				t.Errorf("got %d documents, want %d", len(docs), tc.docs)
			}
		})
	}
}

// TestSelfEvaluationEWT evaluates EWT dev against itself in both modes.
func TestSelfEvaluationEWT(t *testing.T) {
	gold := readTreebank(t, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	docs := Documents(gold)
	sys := make([][]nlp.Sentence, len(docs))
	for i, d := range docs {
		sys[i] = d.NLP()
	}
	raw := Score(docs, sys)
	gr := EvalGold(gold, &oracle{gold: gold})
	for _, tc := range []struct {
		name string
		r    Result
		cs   []Count
	}{
		{name: "raw", r: raw, cs: []Count{raw.Tokens, raw.Sentences, raw.Words, raw.UPOS, raw.XPOS, raw.Lemmas, raw.UAS, raw.LAS}},
		{name: "gold", r: gr, cs: []Count{gr.Words, gr.UPOS, gr.XPOS, gr.Lemmas, gr.UAS, gr.LAS}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for i, c := range tc.cs {
				if c.Gold == 0 || c.Correct != c.Gold || c.System != c.Gold || tc.r.Value(c) != 1 {
					t.Errorf("metric %d: %+v, want all equal and non-zero", i, c)
				}
			}
			if tc.r.Sentences.Gold != 2001 {
				t.Errorf("sentences = %d, want 2001", tc.r.Sentences.Gold)
			}
		})
	}
	if raw.Words.Gold != gr.Words.Gold || raw.Tokens.Gold != gr.Tokens.Gold {
		t.Errorf("raw and gold modes count %d/%d words and %d/%d tokens",
			raw.Words.Gold, gr.Words.Gold, raw.Tokens.Gold, gr.Tokens.Gold)
	}
}

func BenchmarkScoreEWT(b *testing.B) {
	gold := readTreebank(b, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	docs := Documents(gold)
	sys := make([][]nlp.Sentence, len(docs))
	for i, d := range docs {
		sys[i] = d.NLP()
	}
	b.ResetTimer()
	for b.Loop() {
		Score(docs, sys)
	}
}
