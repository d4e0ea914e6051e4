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

// The load test: clients concurrent HTTP clients send the mix the UI
// sends, in turn: a page of events of a dyad over 31 days, a dyad's
// weekly series over a year, and the top-100 network of 31 days. Dyads
// are drawn from the frequent synthetic actors; every period starts on
// any day of the synthetic data (not on month boundaries).

// queryKind is one of the mix's requests.
type queryKind int

const (
	kindEvents queryKind = iota
	kindSeries
	kindNetwork
	numKinds
)

var kindNames = [numKinds]string{"events", "series", "network"}

// mixURL returns a random request of kind k.
func mixURL(r *rand.Rand, k queryKind) string {
	actors := storetest.SynthActors()[:8]
	src, tgt := actors[r.IntN(len(actors))], actors[r.IntN(len(actors))]
	from := storetest.SynthStart.AddDate(0, 0, r.IntN(storetest.SynthDays-366))
	to31 := from.AddDate(0, 0, 30).Format(time.DateOnly)
	switch k {
	case kindEvents:
		return fmt.Sprintf("/api/events?source=%s&target=%s&from=%s&to=%s&limit=100", src, tgt, from.Format(time.DateOnly), to31)
	case kindSeries:
		return fmt.Sprintf("/api/series?source=%s&target=%s&interval=week&from=%s&to=%s", src, tgt,
			from.Format(time.DateOnly), from.AddDate(1, 0, -1).Format(time.DateOnly))
	}
	return fmt.Sprintf("/api/network?limit=100&from=%s&to=%s", from.Format(time.DateOnly), to31)
}

// loadResult holds the latencies of a load run by query kind.
type loadResult struct {
	byKind [numKinds][]time.Duration
}

// all returns every latency, sorted.
func (l *loadResult) all() []time.Duration {
	var out []time.Duration
	for _, ls := range l.byKind {
		out = append(out, ls...)
	}
	slices.Sort(out)
	return out
}

// percentile returns the p-quantile (0..1) of sorted latencies, in ms.
func percentile(sorted []time.Duration, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := min(len(sorted)-1, int(p*float64(len(sorted))))
	return float64(sorted[i].Microseconds()) / 1000
}

// runLoad sends n requests of the mix (kind i%3 for request i, or only
// kind only when only >= 0) from clients concurrent clients to base and
// returns their latencies; any error or non-200 status is returned too.
func runLoad(base string, clients, n int, only queryKind) (*loadResult, error) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients + 4}, Timeout: time.Minute}
	defer client.CloseIdleConnections()
	type sample struct {
		kind queryKind
		d    time.Duration
	}
	samples := make([]sample, n)
	var (
		mu       sync.Mutex
		next     int
		wg       sync.WaitGroup
		firstErr error
	)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(c), 2))
			for {
				mu.Lock()
				i := next
				next++
				stop := firstErr != nil
				mu.Unlock()
				if i >= n || stop {
					return
				}
				k := queryKind(i % int(numKinds))
				if only >= 0 {
					k = only
				}
				u := mixURL(r, k)
				t := time.Now()
				err := fetch(client, base+u)
				samples[i] = sample{kind: k, d: time.Since(t)}
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					return
				}
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	res := &loadResult{}
	for _, s := range samples {
		res.byKind[s.kind] = append(res.byKind[s.kind], s.d)
	}
	for k := range res.byKind {
		slices.Sort(res.byKind[k])
	}
	return res, nil
}

// fetch GETs u, reads the body and fails on a status other than 200.
func fetch(client *http.Client, u string) error {
	resp, err := client.Get(u)
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

// loadClients is the number of concurrent clients of the load test.
const loadClients = 20

// benchMix serves st over a loopback HTTP server and runs the load test
// with b.N requests, reporting p50 and p99 per kind and overall (ms).
func benchMix(b *testing.B, st store.Store) {
	srv := httptest.NewServer(New(st, Options{}))
	defer srv.Close()
	// A server's first requests read the rollups of the months they
	// need into its month cache; the benchmark measures the warm state:
	// one network over each month and one series of each frequent dyad
	// over the whole period first.
	if err := warmUp(srv.URL); err != nil {
		b.Fatal(err)
	}
	var la1 float64
	if l, err := loadAverage(); err == nil {
		la1 = l
	}
	b.ResetTimer()
	res, err := runLoad(srv.URL, loadClients, max(b.N, 3), -1)
	b.StopTimer()
	if err != nil {
		b.Fatal(err)
	}
	for k, ls := range res.byKind {
		b.ReportMetric(percentile(ls, 0.5), kindNames[k]+"-p50-ms")
		b.ReportMetric(percentile(ls, 0.99), kindNames[k]+"-p99-ms")
	}
	all := res.all()
	b.ReportMetric(percentile(all, 0.5), "p50-ms")
	b.ReportMetric(percentile(all, 0.99), "p99-ms")
	b.ReportMetric(la1, "load1")
	b.ReportMetric(0, "ns/op")
}

// warmUp requests a 31-day network starting in each month of the
// synthetic data and the whole weekly series of each frequent dyad.
func warmUp(base string) error {
	client := &http.Client{Timeout: time.Minute}
	defer client.CloseIdleConnections()
	for m := 0; m*30 < storetest.SynthDays; m++ {
		from := storetest.SynthStart.AddDate(0, m, 14)
		u := fmt.Sprintf("/api/network?limit=100&from=%s&to=%s", from.Format(time.DateOnly), from.AddDate(0, 0, 30).Format(time.DateOnly))
		if err := fetch(client, base+u); err != nil {
			return err
		}
	}
	actors := storetest.SynthActors()[:8]
	for _, src := range actors {
		for _, tgt := range actors {
			if err := fetch(client, base+fmt.Sprintf("/api/series?source=%s&target=%s&interval=week", src, tgt)); err != nil {
				return err
			}
		}
	}
	return nil
}

// loadAverage returns the 1-minute load average (Linux), reported with
// the latencies as the machine may be shared.
func loadAverage() (float64, error) {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0, err
	}
	var l float64
	_, err = fmt.Sscan(string(raw), &l)
	return l, err
}

// BenchmarkAPIMix runs the load test on a store of 100,000 synthetic
// events, built once and cached (storetest.BenchStore).
//
//	go test -run XXX -bench 'APIMix$' -benchtime 3000x ./api
func BenchmarkAPIMix(b *testing.B) {
	benchMix(b, storetest.BenchStore(b, 100_000))
}

// BenchmarkAPIMix1M runs the load test on a store of 1,000,000 synthetic
// events, the size the latency target is set for. Building the
// store takes several minutes the first time; it runs only with
// TACITUS_BIG=1:
//
//	TACITUS_BIG=1 go test -run XXX -bench APIMix1M -benchtime 3000x ./api
func BenchmarkAPIMix1M(b *testing.B) {
	if os.Getenv("TACITUS_BIG") != "1" {
		b.Skip("set TACITUS_BIG=1 to build (once) and load-test a store of 1,000,000 events")
	}
	benchMix(b, storetest.BenchStore(b, 1_000_000))
}

// TestLoadMix runs the load test briefly on a small store, so that the
// harness the benchmarks use is exercised by every test run: every
// request of the mix must succeed, and latencies be recorded for each
// kind. It measures nothing.
func TestLoadMix(t *testing.T) {
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "load.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := storetest.Fill(ctx, st, 3000, 200); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(st, Options{}))
	defer srv.Close()
	res, err := runLoad(srv.URL, loadClients, 90, -1)
	if err != nil {
		t.Fatal(err)
	}
	for k, ls := range res.byKind {
		if len(ls) != 30 {
			t.Errorf("%s: %d requests timed, want 30", kindNames[k], len(ls))
		}
		if percentile(ls, 0.99) < percentile(ls, 0.5) {
			t.Errorf("%s: p99 below p50", kindNames[k])
		}
	}
	if got := len(res.all()); got != 90 {
		t.Errorf("%d requests timed, want 90", got)
	}
}
