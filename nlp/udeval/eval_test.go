package udeval

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tacitus/nlp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestEvalGold(t *testing.T) {
	gold := parse(t, sampleGold)
	tests := []struct {
		name   string
		mutate func(i int, s *nlp.Sentence)
		want   Result
	}{{
		name: "identical",
		want: goldResult(0, 11, 11, 11, 11, 11, 11, 11),
	}, {
		name: "wrong head",
		mutate: func(i int, s *nlp.Sentence) {
			if i == 0 {
				s.Tokens[wZaman].Head = 1
			}
		},
		want: goldResult(0, 11, 11, 11, 11, 11, 10, 10),
	}, {
		name: "label subtype only",
		mutate: func(i int, s *nlp.Sentence) {
			if i == 1 {
				s.Tokens[0].Rel = "nsubj"
			}
		},
		want: goldResult(0, 11, 11, 11, 11, 11, 11, 11),
	}, {
		name: "tags, lemmas, labels",
		mutate: func(i int, s *nlp.Sentence) {
			if i == 0 {
				s.Tokens[wI].UPOS = "X"
				s.Tokens[wI].XPOS = "X"
				s.Tokens[wHyph].Lemma = "" // gold "_": correct
				s.Tokens[wNt].Lemma = "n't"
				s.Tokens[wAl].Rel = "nsubj"
			}
		},
		want: goldResult(0, 11, 11, 10, 10, 10, 11, 10),
	}, {
		name: "annotation left empty",
		mutate: func(i int, s *nlp.Sentence) {
			if i == 1 {
				for k := range s.Tokens {
					s.Tokens[k] = nlp.Token{Text: s.Tokens[k].Text, Head: -1}
				}
			}
		},
		// The 3 words of sentence 2 are all wrong: their gold lemmas
		// are not "_".
		want: goldResult(0, 11, 11, 8, 8, 8, 8, 8),
	}, {
		name: "system drops a word",
		mutate: func(i int, s *nlp.Sentence) {
			if i == 1 {
				s.Tokens = s.Tokens[:2]
			}
		},
		// Sentence 2 counts 3 gold words, 2 system words, none aligned.
		want: goldResult(1, 10, 8, 8, 8, 8, 8, 8),
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := EvalGold(gold, &oracle{gold: gold, mutate: tc.mutate})
			if got != tc.want {
				t.Errorf("EvalGold:\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// goldResult is a gold-tokenization Result over the sample (2 sentences,
// 10 tokens, 11 words) with sys system words, aligned words, and the
// correct counts of UPOS, XPOS, Lemmas, UAS and LAS.
func goldResult(mismatched, sys, aligned int, correct ...int) Result {
	r := Result{
		Mode: GoldTokenization, Mismatched: mismatched,
		Tokens: Count{Gold: 10, System: 10, Correct: 10}, Sentences: Count{Gold: 2, System: 2, Correct: 2},
	}
	r.Words = Count{Gold: 11, System: sys, Aligned: aligned, Correct: aligned}
	for i, c := range []*Count{&r.UPOS, &r.XPOS, &r.Lemmas, &r.UAS, &r.LAS} {
		*c = Count{Gold: 11, System: sys, Aligned: aligned, Correct: correct[i]}
	}
	return r
}

// docSystem is a RawSystem that returns the gold analysis of each text.
type docSystem map[string][]nlp.Sentence

func (d docSystem) Parse(text string) []nlp.Sentence { return cloneSents(d[text]) }

func TestEvalRaw(t *testing.T) {
	gold := parse(t, sampleGold+paragraphsGold)
	sys := docSystem{}
	for _, d := range Documents(gold) {
		sys[d.Text] = d.NLP()
	}
	got := EvalRaw(gold, sys)
	// 3 documents, 2+4 sentences, 10+9 tokens, 11+10 words.
	want := Result{Mode: RawText, Documents: 3}
	for i, n := range []int{19, 6, 21, 21, 21, 21, 21, 21} {
		*want.counts()[i] = Count{Gold: n, System: n, Correct: n}
		if i >= 2 {
			want.counts()[i].Aligned = n
		}
	}
	if got != want {
		t.Errorf("EvalRaw:\n got %+v\nwant %+v", got, want)
	}
	none := EvalRaw(gold, docSystem{})
	if none.Words.Gold != 21 || none.Words.System != 0 || none.LAS.F1() != 0 {
		t.Errorf("EvalRaw with empty output: %+v", none)
	}
}

func TestWriteTo(t *testing.T) {
	gold := parse(t, sampleGold)
	docs := Documents(gold)
	sys := cloneSents(docs[0].NLP())
	sys[0] = splitToken(docs[0].Text, sys[0], wKnow, sys[0].Tokens[wKnow].Start+2)
	withMismatch := EvalGold(gold, &oracle{gold: gold, mutate: func(i int, s *nlp.Sentence) {
		if i == 0 {
			s.Tokens[wZaman].Head = 1
		}
		if i == 1 {
			s.Tokens = s.Tokens[:2]
		}
	}})
	for _, tc := range []struct {
		name, golden string
		r            Result
		last         string
	}{{
		name:   "gold tokenization",
		golden: "gold.golden",
		r:      withMismatch,
		last:   "upos=72.73 xpos=72.73 lemma=72.73 uas=63.64 las=63.64 words=11 sentences=2",
	}, {
		name:   "raw text",
		golden: "raw.golden",
		r:      Score(docs, [][]nlp.Sentence{sys}),
		last:   "tokens_f1=85.71 sentences_f1=100.00 words_f1=86.96 upos=86.96 xpos=86.96 lemma=86.96 uas=43.48 las=43.48 tokens=10 sentences=2 words=11",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			n, err := tc.r.WriteTo(&buf)
			if err != nil || n != int64(buf.Len()) {
				t.Fatalf("WriteTo = %d, %v; wrote %d bytes", n, err, buf.Len())
			}
			lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			if last := lines[len(lines)-1]; last != tc.last {
				t.Errorf("last line\n %s\nwant\n %s", last, tc.last)
			}
			path := filepath.Join("testdata", tc.golden)
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if buf.String() != string(want) {
				t.Errorf("output differs from %s (run with -update to accept):\n%s", path, buf.String())
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteToError(t *testing.T) {
	if _, err := (Result{}).WriteTo(failWriter{}); err == nil {
		t.Error("WriteTo to a failing writer returned no error")
	}
}

func TestModeString(t *testing.T) {
	for _, tc := range []struct {
		m    Mode
		want string
	}{
		{m: GoldTokenization, want: "gold tokenization"},
		{m: RawText, want: "raw text"},
		{m: Mode(7), want: "Mode(7)"},
	} {
		if got := tc.m.String(); got != tc.want {
			t.Errorf("Mode(%d).String() = %q, want %q", int(tc.m), got, tc.want)
		}
	}
}
