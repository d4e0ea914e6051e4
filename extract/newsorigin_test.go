package extract

import (
	"hash/maphash"
	"path/filepath"
	"strings"
	"testing"

	"tacitus/article"
)

// originWindow is the run of words a news case may not share with a
// corpus sentence.
const originWindow = 10

// TestNewsCasesNotFromCorpora checks that the sentences of
// testdata/news.txt are written for the tests, not copied from the news
// corpora of ../shared that the project measures itself on: no case may
// share a run of originWindow words (split at white space) with an
// article of the Reuters, BBC or IE-ER corpus.
func TestNewsCasesNotFromCorpora(t *testing.T) {
	dir := filepath.Join(sharedRoot(t), "corpora")
	seed := maphash.MakeSeed()
	runs := map[uint64]bool{}
	files := []string{"reuters21578.jsonl", "bbc_news_2004_2005.jsonl", "ieer_1998_newswire.jsonl"}
	for _, f := range files {
		paths := []string{filepath.Join(dir, f)}
		_, err := article.ReadFiles(paths, article.Options{}, func(a article.Article) error {
			w := strings.Fields(a.Text)
			for i := 0; i+originWindow <= len(w); i++ {
				runs[windowHash(seed, w[i:i+originWindow])] = true
			}
			return nil
		}, nil)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	for _, c := range parseNewsCases(t, newsRules) {
		w := strings.Fields(c.text)
		for i := 0; i+originWindow <= len(w); i++ {
			if runs[windowHash(seed, w[i:i+originWindow])] {
				t.Errorf("case %q shares %q with a corpus article: write the case in other words", c.name, strings.Join(w[i:i+originWindow], " "))
				break
			}
		}
	}
}

// windowHash hashes a run of words with their separators.
func windowHash(seed maphash.Seed, words []string) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	for _, w := range words {
		h.WriteString(w)
		h.WriteByte(' ')
	}
	return h.Sum64()
}
