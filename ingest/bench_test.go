package ingest

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"tacitus/article"
	"tacitus/extract"
	"tacitus/internal/procstat"
	"tacitus/store"
)

// sharedCorpus returns a corpus file of the shared reference data (../shared
// beside the module root), skipping the benchmark when it is absent.
func sharedCorpus(b *testing.B, name string) string {
	b.Helper()
	dir, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			b.Skip("module root not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "corpora", name)
	if _, err := os.Stat(p); err != nil {
		b.Skipf("shared corpus %s absent: %v", p, err)
	}
	return p
}

var (
	benchOnce sync.Once
	benchX    *extract.Extractor
	benchErr  error
)

func benchExtractor(b *testing.B) *extract.Extractor {
	benchOnce.Do(func() { benchX, benchErr = extract.New(extract.Options{Version: "bench"}) })
	if benchX == nil {
		b.Fatal(benchErr)
	}
	return benchX
}

// BenchmarkIngestReuters ingests the Reuters-21578 corpus into a new
// SQLite database, and into PostgreSQL when TACITUS_PG_DSN names an empty
// database (a second iteration there finds every article seen), reporting
// articles/s, sentences/s and events/s, and sentences per CPU-second of
// this process (PostgreSQL's own CPU is not counted); BenchmarkCodeReuters
// codes the same articles without a store, for the ratio. Run both with
// the same GOMAXPROCS:
//
//	GOMAXPROCS=1 go test -run XXX -bench Reuters -benchtime 1x ./ingest
func BenchmarkIngestReuters(b *testing.B) {
	in := sharedCorpus(b, "reuters21578.jsonl")
	x := benchExtractor(b)
	dsns := map[string]func(b *testing.B) string{
		"sqlite": func(b *testing.B) string { return filepath.Join(b.TempDir(), "bench.db") },
	}
	if pg := os.Getenv("TACITUS_PG_DSN"); pg != "" {
		dsns["postgres"] = func(*testing.B) string { return pg }
	}
	for name, dsn := range dsns {
		b.Run(name, func(b *testing.B) {
			var (
				st  Stats
				cpu time.Duration
			)
			for b.Loop() {
				b.StopTimer()
				s, err := store.Open(context.Background(), dsn(b))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				cpu0 := procstat.CPUTime()
				st, err = Run(context.Background(), x, s, []Input{{Name: in, Size: 1}}, Options{})
				if err != nil {
					b.Fatal(err)
				}
				cpu = procstat.CPUTime() - cpu0
				s.Close()
			}
			b.ReportMetric(float64(st.Coded+st.Syndicated)/st.Elapsed.Seconds(), "articles/s")
			b.ReportMetric(float64(st.Events)/st.Elapsed.Seconds(), "events/s")
			b.ReportMetric(float64(st.Sentences)/st.Elapsed.Seconds(), "sentences/s")
			if cpu > 0 {
				b.ReportMetric(float64(st.Sentences)/cpu.Seconds(), "sentences/cpu-s")
			}
		})
	}
}

// BenchmarkCodeReuters codes the Reuters-21578 corpus on GOMAXPROCS
// workers without storing anything.
func BenchmarkCodeReuters(b *testing.B) {
	in := sharedCorpus(b, "reuters21578.jsonl")
	x := benchExtractor(b)
	var arts []article.Article
	if _, err := article.ReadFiles([]string{in}, article.Options{}, func(a article.Article) error {
		arts = append(arts, a)
		return nil
	}, nil); err != nil {
		b.Fatal(err)
	}
	var sentences, events atomic.Int64
	cpu0 := procstat.CPUTime()
	for b.Loop() {
		next := atomic.Int64{}
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := next.Add(1) - 1; i < int64(len(arts)); i = next.Add(1) - 1 {
					r, err := codeSafely(context.Background(), x, arts[i])
					if err != nil {
						continue // a coder panic; Run counts it as rejected too
					}
					sentences.Add(int64(r.Sentences))
					events.Add(int64(len(r.Events)))
				}
			}()
		}
		wg.Wait()
	}
	b.ReportMetric(float64(len(arts))/(b.Elapsed().Seconds()/float64(b.N)), "articles/s")
	b.ReportMetric(float64(sentences.Load())/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(events.Load())/b.Elapsed().Seconds(), "events/s")
	if cpu := procstat.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(sentences.Load())/cpu.Seconds(), "sentences/cpu-s")
	}
}
