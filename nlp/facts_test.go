package nlp

import (
	"bufio"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"tacitus/internal/sharedtest"
)

// TestRepairGates checks repairTree's skipping on the trees of the UD
// English EWT treebank (training and development parts): a tree repair
// whose facts a sentence lacks changes nothing in it, and one that reports
// no change leaves the sentence's facts as they were. Every repair runs,
// skipped or not, in repairTree's order.
func TestRepairGates(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the treebank")
	}
	var sents [][]Token
	for _, name := range []string{"en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu"} {
		sents = append(sents, readTrees(t, sharedtest.Path(t, "treebank", "ud-english-ewt", name))...)
	}
	skipped, changed := 0, 0
	for _, toks := range sents {
		for _, repairs := range [][]treeRepair{treeRepairs, lateTreeRepairs} {
			s := &Sentence{Tokens: slices.Clone(toks)}
			words := wordFacts(s.Tokens)
			for _, r := range repairs {
				have := treeFacts(s.Tokens, words)
				before := slices.Clone(s.Tokens)
				n := r.repair(s)
				if !have.covers(&r.needs) {
					skipped++
					if !slices.Equal(before, s.Tokens) {
						t.Errorf("%s changed %q, which lacks its facts", funcName(r.repair), sentenceText(before))
					}
				}
				if n <= 0 && treeFacts(s.Tokens, words) != have {
					t.Errorf("%s reported no change in %q but changed its facts", funcName(r.repair), sentenceText(before))
				}
				if n > 0 {
					changed++
				}
				if !isTree(s.Tokens) {
					break
				}
			}
		}
	}
	t.Logf("%d sentences: %d repairs skipped, %d changes", len(sents), skipped, changed)
}

// readTrees reads the words of a CoNLL-U file (multiword tokens and empty
// nodes left out) with their tags, lemmas, heads and relations.
func readTrees(t *testing.T, path string) [][]Token {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var sents [][]Token
	var cur []Token
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(cur) > 0 {
				sents = append(sents, cur)
			}
			cur = nil
			continue
		}
		cols := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(cols) != 10 || strings.ContainsAny(cols[0], "-.") {
			continue
		}
		head, err := strconv.Atoi(cols[6])
		if err != nil {
			t.Fatalf("%s: bad head in %q", path, line)
		}
		cur = append(cur, Token{Text: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Head: head, Rel: cols[7]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return sents
}

func sentenceText(toks []Token) string {
	words := make([]string, len(toks))
	for i, tok := range toks {
		words[i] = tok.Text
	}
	return strings.Join(words, " ")
}

// funcName returns the name of function f.
func funcName(f func(*Sentence) int) string {
	return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
}
