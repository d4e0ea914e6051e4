package dates

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"tacitus/internal/sharedtest"
	"tacitus/nlp"
	"tacitus/nlp/segment"
)

// newsSentences segments the articles of a JSONL news corpus in
// ../shared/corpora (skipping when it is absent) and returns the sentences
// with their texts and article dates. limit bounds the articles read.
func newsSentences(tb testing.TB, file string, limit int) (texts []string, sents []nlp.Sentence, refs []time.Time) {
	tb.Helper()
	f, err := os.Open(sharedtest.Path(tb, "corpora", file))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	seg := segment.New(segment.Options{})
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 0; sc.Scan() && n < limit; n++ {
		var a struct{ Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("%s: %v", file, err)
		}
		ref, _ := time.Parse("2006-01-02T15:04:05", a.Date)
		for _, s := range seg.Segment(a.Text) {
			texts, sents, refs = append(texts, a.Text), append(sents, s), append(refs, ref)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts, sents, refs
}

// BenchmarkExpressionsNews runs the finder and the resolver over the
// segmented (untagged) sentences of the first 500 Reuters-21578 articles
// in ../shared (skipped when absent) and reports sentences and
// expressions per second (most sentences have no expression).
func BenchmarkExpressionsNews(b *testing.B) {
	texts, sents, refs := newsSentences(b, "reuters21578.jsonl", 500)
	b.ReportAllocs()
	found, resolved := 0, 0
	for b.Loop() {
		found, resolved = 0, 0
		for i, s := range sents {
			for _, e := range Expressions(texts[i], s) {
				found++
				if _, ok := Resolve(e, refs[i], Past); ok {
					resolved++
				}
			}
		}
	}
	b.ReportMetric(float64(len(sents)), "sentences")
	b.ReportMetric(float64(found), "exprs")
	b.ReportMetric(float64(resolved), "resolved")
	b.ReportMetric(float64(found)*float64(b.N)/b.Elapsed().Seconds(), "exprs/s")
	b.ReportMetric(float64(len(sents))*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
