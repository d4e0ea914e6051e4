package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"tacitus/store"
	"tacitus/store/storetest"
)

// benchWrite writes synthetic articles in transactions of batch articles
// and reports articles/s and mentions/s.
func benchWrite(b *testing.B, s store.Store, batch int) {
	ctx := context.Background()
	var bs []store.ArticleBatch
	// About 4 mentions an article.
	for a := range storetest.SynthesizeSeed(4*b.N+8, uint64(b.N)) {
		bs = append(bs, a)
	}
	bs = bs[:b.N]
	mentions := 0
	for _, a := range bs {
		mentions += len(a.Mentions)
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < len(bs); i += batch {
		if err := s.WriteArticles(ctx, bs[i:min(i+batch, len(bs))]); err != nil {
			b.Fatal(err)
		}
	}
	el := time.Since(start).Seconds()
	b.ReportMetric(float64(len(bs))/el, "articles/s")
	b.ReportMetric(float64(mentions)/el, "mentions/s")
}

func BenchmarkWriteSQLite(b *testing.B) {
	for _, batch := range []int{1, 100} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			s, err := store.OpenSQLite(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			benchWrite(b, s, batch)
		})
	}
}

func BenchmarkWritePostgres(b *testing.B) {
	for _, batch := range []int{1, 100} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			s := openPostgres(b)
			benchWrite(b, s, batch)
		})
	}
}

// The query benchmarks need a store of at least a million events, built
// once (a few minutes on 2 cores) and kept at storetest.BenchPath for
// later runs. They run only with TACITUS_BIG=1.
func bigStore(b *testing.B) store.Store {
	b.Helper()
	if os.Getenv("TACITUS_BIG") != "1" {
		b.Skip("set TACITUS_BIG=1 to build (once) and query a store of 1,000,000 events")
	}
	return storetest.BenchStore(b, 1_000_000)
}

// dyads are the synthetic data's actor pairs, the frequent first.
func benchDyads() [][2]string {
	a := storetest.SynthActors()
	var out [][2]string
	for i := 0; i < 8; i++ {
		for j := 0; j < 8; j++ {
			if i != j {
				out = append(out, [2]string{a[i], a[j]})
			}
		}
	}
	return out
}

// warm runs fn once per item before the timed part, as a server's first
// queries after start read the month rollups into the cache: the timed
// part measures a warm cache.
func warm(b *testing.B, n int, fn func(i int) error) {
	for i := range n {
		if err := fn(i); err != nil {
			b.Fatal(err)
		}
	}
}

// concurrent runs b.N calls of fn over 20 clients and reports latency
// percentiles.
func concurrent(b *testing.B, fn func(r *rand.Rand) error) {
	const clients = 20
	lat := make([]time.Duration, b.N)
	var next sync.Mutex
	i := 0
	b.ResetTimer()
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(c), 1))
			for {
				next.Lock()
				k := i
				i++
				next.Unlock()
				if k >= b.N {
					return
				}
				t := time.Now()
				if err := fn(r); err != nil {
					errs <- err
					return
				}
				lat[k] = time.Since(t)
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.5), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(0, "ns/op")
}

func randomMonth(r *rand.Rand) (time.Time, time.Time) {
	from := storetest.SynthStart.AddDate(0, 0, r.IntN(storetest.SynthDays-31))
	return from, from.AddDate(0, 1, -1)
}

func BenchmarkQueryEventsDyadMonth(b *testing.B) {
	s := bigStore(b)
	dyads := benchDyads()
	concurrent(b, func(r *rand.Rand) error {
		d := dyads[r.IntN(len(dyads))]
		from, to := randomMonth(r)
		_, err := s.Events(context.Background(), store.EventQuery{Filter: store.Filter{Source: d[0], Target: d[1], From: from, To: to}, Limit: 100})
		return err
	})
}

func BenchmarkQuerySeriesWeekYear(b *testing.B) {
	s := bigStore(b)
	dyads := benchDyads()
	warm(b, len(dyads), func(i int) error {
		_, err := s.Series(context.Background(), store.SeriesQuery{Source: dyads[i][0], Target: dyads[i][1], Interval: store.Week, PerArticles: true})
		return err
	})
	concurrent(b, func(r *rand.Rand) error {
		d := dyads[r.IntN(len(dyads))]
		from := storetest.SynthStart.AddDate(0, 0, r.IntN(storetest.SynthDays-366))
		_, err := s.Series(context.Background(), store.SeriesQuery{Source: d[0], Target: d[1], From: from, To: from.AddDate(1, 0, -1), Interval: store.Week, PerArticles: true})
		return err
	})
}

// BenchmarkQueryNetworkMonth asks for calendar months (read from the
// monthly rollup).
func BenchmarkQueryNetworkMonth(b *testing.B) {
	s := bigStore(b)
	warm(b, 24, func(i int) error {
		from := storetest.SynthStart.AddDate(0, i, 0)
		_, err := s.Network(context.Background(), store.NetworkQuery{From: from, To: from.AddDate(0, 1, -1), Limit: 100})
		return err
	})
	concurrent(b, func(r *rand.Rand) error {
		from := storetest.SynthStart.AddDate(0, r.IntN(24), 0)
		_, err := s.Network(context.Background(), store.NetworkQuery{From: from, To: from.AddDate(0, 1, -1), Limit: 100})
		return err
	})
}

// BenchmarkQueryNetworkWindow asks for 31-day windows starting on any day
// (the days outside whole months are read per day).
func BenchmarkQueryNetworkWindow(b *testing.B) {
	s := bigStore(b)
	warm(b, 24, func(i int) error {
		from := storetest.SynthStart.AddDate(0, i, 14)
		_, err := s.Network(context.Background(), store.NetworkQuery{From: from, To: from.AddDate(0, 1, -1), Limit: 100})
		return err
	})
	concurrent(b, func(r *rand.Rand) error {
		from, to := randomMonth(r)
		_, err := s.Network(context.Background(), store.NetworkQuery{From: from, To: to, Limit: 100})
		return err
	})
}
