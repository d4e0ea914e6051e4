package depparse

import (
	"bufio"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		h := fnv.New64a()
		for _, tok := range s.Tokens {
			fmt.Fprintf(h, "%d %s\n", tok.Head, tok.Rel)
		}
		got = append(got, fmt.Sprintf("%016x", h.Sum64()))
	}
	if *update {
		if err := os.WriteFile(parseSums, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want := readSums(t, parseSums)
	if len(want) != len(got) {
		t.Fatalf("%d sentences, golden file has %d (run with -update after retraining)", len(got), len(want))
	}
	diff := 0
	for i := range got {
		if got[i] != want[i] {
			if diff < 5 {
				t.Errorf("sentence %d (%s): parse differs from the golden file", i+1, sents[i].Tokens[0].Text)
			}
			diff++
		}
	}
	if diff > 0 {
		t.Errorf("%d of %d parses differ (run with -update after retraining)", diff, len(got))
	}
}

// readSums reads a golden file of one hash a line.
func readSums(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	defer f.Close()
	var sums []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		sums = append(sums, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return sums
}
