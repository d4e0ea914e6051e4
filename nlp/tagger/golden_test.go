package tagger

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"tacitus/internal/goldensum"
	"tacitus/internal/sharedtest"
	"tacitus/nlp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// tagSums is the golden file of TestTagsUnchanged: one hash per EWT dev
// sentence of the shipped model's tags (no text).
var tagSums = filepath.Join("testdata", "ewt-dev-tags.sum")

// TestTagsUnchanged tags EWT dev with the shipped model and compares a
// hash of every sentence's tags with the golden file. It guards the speed
// work on the scoring code, which must not change a single tag; after
// retraining the model, run it with -update.
func TestTagsUnchanged(t *testing.T) {
	m := loadModel(t, filepath.Join("..", "models", "tagger.bin.gz"))
	gold := readGold(t, sharedtest.Path(t, "treebank", "ud-english-ewt", "en_ewt-ud-dev.conllu"))
	var got []string
	for _, g := range gold {
		s := nlp.Sentence{Tokens: make([]nlp.Token, len(g.Tokens))}
		for i, tok := range g.Tokens {
			s.Tokens[i] = nlp.Token{Text: tok.Text, Head: -1}
		}
		m.Tag(&s)
		var b strings.Builder
		for _, tok := range s.Tokens {
			fmt.Fprintf(&b, "%s %s\n", tok.UPOS, tok.XPOS)
		}
		got = append(got, goldensum.Hash(b.String()))
	}
	goldensum.Check(t, tagSums, got, *update, "tags")
}
