package extract

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"tacitus/article"
)

// errEnough stops a read once enough articles are in.
var errEnough = errors.New("enough articles")

// BenchmarkArticle codes Reuters-21578 articles from ../shared (the
// corpus is never copied into the project) one after the other and
// reports sentences and events per second. Run it with GOMAXPROCS=1 (or
// -cpu 1) for the per-CPU-second figure.
func BenchmarkArticle(b *testing.B) {
	path := filepath.Join(sharedRoot(b), "corpora", "reuters21578.jsonl")
	var arts []article.Article
	_, err := article.ReadFiles([]string{path}, article.Options{}, func(a article.Article) error {
		arts = append(arts, a)
		if len(arts) == 1000 {
			return errEnough
		}
		return nil
	}, nil)
	if err != nil && !errors.Is(err, errEnough) {
		b.Fatal(err)
	}
	x := testExtractor(b)
	ctx := context.Background()
	sents, events, i := 0, 0, 0
	b.ResetTimer()
	for b.Loop() {
		res, err := x.Article(ctx, arts[i%len(arts)])
		if err != nil {
			b.Fatal(err)
		}
		sents += res.Sentences
		events += len(res.Events)
		i++
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
}
