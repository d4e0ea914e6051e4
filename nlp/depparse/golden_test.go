package depparse

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"tacitus/internal/goldensum"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// parseSums is the golden file of TestParsesUnchanged: one hash per EWT
// dev sentence of the shipped model's heads and relations (no text).
var parseSums = filepath.Join("testdata", "ewt-dev-parses.sum")

// TestParsesUnchanged parses EWT dev (gold tags) with the shipped model and
// compares a hash of every sentence's heads and relations with the golden
// file. It guards the speed work on the scoring code, which must not change
// a single parse; after retraining the model, run it with -update.
func TestParsesUnchanged(t *testing.T) {
	m := loadShipped(t)
	sents := readTreebank(t, "treebank", "ud-english-ewt", "en_ewt-ud-dev.conllu")
	var got []string
	for i := range sents {
		s := &sents[i]
		m.Parse(s)
		var b strings.Builder
		for _, tok := range s.Tokens {
			fmt.Fprintf(&b, "%d %s\n", tok.Head, tok.Rel)
		}
		got = append(got, goldensum.Hash(b.String()))
	}
	goldensum.Check(t, parseSums, got, *update, "parses")
}
