package tagger

import (
	"bufio"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
		h := fnv.New64a()
		for _, tok := range s.Tokens {
			fmt.Fprintf(h, "%s %s\n", tok.UPOS, tok.XPOS)
		}
		got = append(got, fmt.Sprintf("%016x", h.Sum64()))
	}
	if *update {
		if err := os.WriteFile(tagSums, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(tagSums)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	defer f.Close()
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		want = append(want, sc.Text())
	}
	if len(want) != len(got) {
		t.Fatalf("%d sentences, golden file has %d (run with -update after retraining)", len(got), len(want))
	}
	diff := 0
	for i := range got {
		if got[i] != want[i] {
			if diff < 5 {
				t.Errorf("sentence %d: tags differ from the golden file", i+1)
			}
			diff++
		}
	}
	if diff > 0 {
		t.Errorf("%d of %d sentences tagged differently (run with -update after retraining)", diff, len(got))
	}
}
