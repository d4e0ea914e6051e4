package api

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"tacitus/store"
	"tacitus/store/storetest"
)

// benchDB opens (building or topping it up once) a SQLite store with at
// least minEvents synthetic events at path.
func benchDB(b *testing.B, path string, minEvents int64) store.Store {
	b.Helper()
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	start := time.Now()
	for seed := uint64(1); ; seed++ {
		s, err := st.Stats(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if s.Events >= minEvents {
			fmt.Fprintf(os.Stderr, "bench store %s: %d articles, %d mentions, %d events (built in %s)\n",
				path, s.Articles, s.Mentions, s.Events, time.Since(start).Round(time.Second))
			return st
		}
		var batch []store.ArticleBatch
		for a := range storetest.SynthesizeSeed(int(float64(minEvents-s.Events)*1.35)+1000, seed) {
			batch = append(batch, a)
			if len(batch) == 500 {
				if err := st.WriteArticles(ctx, batch); err != nil {
					b.Fatal(err)
				}
				batch = batch[:0]
			}
		}
		if err := st.WriteArticles(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAPIMix measures API latency (p50, p99 in ms) with 20
// concurrent HTTP clients over the mix the UI sends: a page of events of a
// dyad over one month, a dyad's weekly series over one year, and the
// top-100 network of one month, in turn, each for a random frequent dyad
// and period. The store holds 100,000 events (built once at
// $TMPDIR/tacitus-api-bench-100k.db); with TACITUS_BIG=1 it holds
// 1,000,000 (the store benchmarks' $TACITUS_BIG_DB or
// $TMPDIR/tacitus-bench-1m.db, about ten minutes to build).
func BenchmarkAPIMix(b *testing.B) {
	path, n := filepath.Join(os.TempDir(), "tacitus-api-bench-100k.db"), int64(100_000)
	if os.Getenv("TACITUS_BIG") == "1" {
		n = 1_000_000
		if path = os.Getenv("TACITUS_BIG_DB"); path == "" {
			path = filepath.Join(os.TempDir(), "tacitus-bench-1m.db")
		}
	}
	st := benchDB(b, path, n)
	srv := httptest.NewServer(New(st, Options{}))
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 32}}
	actors := storetest.SynthActors()[:8]
	urlFor := func(r *rand.Rand, k int) string { // k%3: events, series, network
		src, tgt := actors[r.IntN(len(actors))], actors[r.IntN(len(actors))]
		from := storetest.SynthStart.AddDate(0, 0, r.IntN(storetest.SynthDays-366))
		month := from.AddDate(0, 1, -1).Format(time.DateOnly)
		switch k % 3 {
		case 0:
			return fmt.Sprintf("/api/events?source=%s&target=%s&from=%s&to=%s", src, tgt, from.Format(time.DateOnly), month)
		case 1:
			return fmt.Sprintf("/api/series?source=%s&target=%s&interval=week&from=%s&to=%s", src, tgt,
				from.Format(time.DateOnly), from.AddDate(1, 0, -1).Format(time.DateOnly))
		}
		return fmt.Sprintf("/api/network?limit=100&from=%s&to=%s", from.Format(time.DateOnly), month)
	}
	fetch := func(u string) error {
		resp, err := client.Get(srv.URL + u)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			return err
		}
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("%s: status %d", u, resp.StatusCode)
		}
		return nil
	}
	// Warm the cache as a server's first requests do.
	wr := rand.New(rand.NewPCG(99, 1))
	for k := range 30 {
		if err := fetch(urlFor(wr, k)); err != nil {
			b.Fatal(err)
		}
	}
	for _, bc := range []struct {
		name string
		kind func(k int) int
	}{
		{name: "mix", kind: func(k int) int { return k }},
		{name: "events", kind: func(int) int { return 0 }},
		{name: "series", kind: func(int) int { return 1 }},
		{name: "network", kind: func(int) int { return 2 }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			concurrent(b, func(r *rand.Rand, k int) error { return fetch(urlFor(r, bc.kind(k))) })
		})
	}
}

// concurrent runs b.N calls of fn (with a per-client random source and
// the call number) over 20 clients and reports latency percentiles.
func concurrent(b *testing.B, fn func(r *rand.Rand, k int) error) {
	const clients = 20
	lat := make([]time.Duration, b.N)
	var (
		mu   sync.Mutex
		next int
		wg   sync.WaitGroup
	)
	errs := make(chan error, clients)
	b.ResetTimer()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(c), 2))
			for {
				mu.Lock()
				k := next
				next++
				mu.Unlock()
				if k >= b.N {
					return
				}
				t := time.Now()
				if err := fn(r, k); err != nil {
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
}
