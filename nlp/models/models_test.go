package models_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"tacitus/nlp"
	"tacitus/nlp/models"
	"tacitus/nlp/segment"
)

func pipeline(t testing.TB) *nlp.Pipeline {
	t.Helper()
	p, err := models.Default()
	if err != nil {
		t.Fatalf("default models: %v", err)
	}
	return p
}

// TestHostileInput runs the whole pipeline on inputs built to make a
// parser slow or crash. Work is bounded by checking sizes, not time: every
// sentence stays under the segmenter's cap, so parsing is linear in the
// input, and every token is tagged and attached.
func TestHostileInput(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name string
		text string
	}{
		{name: "100k characters without punctuation", text: strings.Repeat("the rebels attacked ", 5000)},
		{name: "1 MB of one character", text: strings.Repeat("a", 1<<20)},
		{name: "NUL bytes", text: strings.Repeat("\x00", 10000) + " Iran met Iraq.\x00"},
		{name: "invalid UTF-8", text: "Iran \xff\xfe met \xc3\x28 Iraq \xed\xa0\x80 in Tehran."},
		{name: "only punctuation", text: strings.Repeat(".,;!?-()", 20000)},
		{name: "empty", text: ""},
		{name: "spaces", text: strings.Repeat(" \n\t", 10000)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := p.Parse(tc.text)
			words := 0
			for _, s := range sents {
				if len(s.Tokens) > segment.MaxSentenceWords {
					t.Fatalf("sentence of %d words exceeds the cap %d", len(s.Tokens), segment.MaxSentenceWords)
				}
				roots := 0
				for i, tok := range s.Tokens {
					if tok.UPOS == "" || tok.XPOS == "" {
						t.Fatalf("token %d %q untagged", i, tok.Text)
					}
					if tok.Head < 0 || tok.Head > len(s.Tokens) || tok.Head == i+1 {
						t.Fatalf("token %d %q has head %d", i, tok.Text, tok.Head)
					}
					if tok.Head == 0 {
						roots++
					}
					if tc.text[tok.Start:tok.End] != tok.Text {
						t.Fatalf("token %d text %q differs from its span", i, tok.Text)
					}
				}
				if roots != 1 {
					t.Fatalf("sentence has %d roots", roots)
				}
				words += len(s.Tokens)
			}
			if words > len(tc.text) {
				t.Errorf("%d words from %d bytes", words, len(tc.text))
			}
		})
	}
}

// Example shows the default pipeline: one call from text to tagged,
// lemmatized and parsed sentences with byte offsets.
func Example() {
	p, err := models.Default()
	if err != nil {
		panic(err)
	}
	text := "Iran's foreign minister met Hamas leaders in Tehran."
	for _, s := range p.Parse(text) {
		for i, t := range s.Tokens {
			fmt.Printf("%d %s [%d:%d] %s %s %s %d %s\n", i+1, t.Text, t.Start, t.End, t.Lemma, t.UPOS, t.XPOS, t.Head, t.Rel)
		}
	}
	// Output:
	// 1 Iran [0:4] Iran PROPN NNP 4 nmod:poss
	// 2 's [4:6] 's PART POS 1 case
	// 3 foreign [7:14] foreign ADJ JJ 4 amod
	// 4 minister [15:23] minister NOUN NN 5 nsubj
	// 5 met [24:27] meet VERB VBD 0 root
	// 6 Hamas [28:33] Hamas PROPN NNP 7 compound
	// 7 leaders [34:41] leader NOUN NNS 5 obj
	// 8 in [42:44] in ADP IN 9 case
	// 9 Tehran [45:51] Tehran PROPN NNP 5 obl
	// 10 . [51:52] . PUNCT . 5 punct
}

// BenchmarkLoad measures decoding all embedded models.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := models.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestVerbLemmas checks the lemmas of news verbs that the treebank's
// rules alone get wrong: the vocabulary check (regular forms) and the
// irregular table (see lemma.Model.SetVocabulary).
func TestVerbLemmas(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		verb, lemma string
	}{
		{verb: "declined", lemma: "decline"},
		{verb: "shelled", lemma: "shell"},
		{verb: "boycotted", lemma: "boycott"},
		{verb: "blasted", lemma: "blast"},
		{verb: "fled", lemma: "flee"},
		{verb: "fought", lemma: "fight"},
		{verb: "withheld", lemma: "withhold"},
		{verb: "attacked", lemma: "attack"},
		{verb: "met", lemma: "meet"},
		{verb: "abducted", lemma: "abduct"},
	}
	for _, tc := range tests {
		t.Run(tc.verb, func(t *testing.T) {
			sents := p.Parse("Rebels " + tc.verb + " the town.")
			if len(sents) != 1 || len(sents[0].Tokens) < 2 {
				t.Fatalf("parse: %+v", sents)
			}
			if got := sents[0].Tokens[1].Lemma; got != tc.lemma {
				t.Errorf("lemma of %q (%s) = %q, want %q", tc.verb, sents[0].Tokens[1].XPOS, got, tc.lemma)
			}
		})
	}
}

// TestMemoMatchesPipeline checks that the default pipeline with a Memo
// annotates sentences, the first time and when they come again, exactly
// as it does without one.
func TestMemoMatchesPipeline(t *testing.T) {
	p := pipeline(t)
	text := "The company did not elaborate. Police fired tear gas at protesters in the capital on Tuesday, witnesses said. " +
		"The minister, who arrived late, was wounded. The company did not elaborate."
	want := p.Parse(text)
	memo := *p
	memo.Memo = nlp.NewMemo(16)
	for round := range 2 {
		got := memo.Parse(text)
		if len(got) != len(want) {
			t.Fatalf("round %d: %d sentences, want %d", round, len(got), len(want))
		}
		for i := range want {
			if !slices.Equal(got[i].Tokens, want[i].Tokens) {
				t.Errorf("round %d, sentence %d:\n got %+v\nwant %+v", round, i, got[i].Tokens, want[i].Tokens)
			}
		}
	}
}
