package storetest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tacitus/store"
)

// GenVersion identifies what Synthesize generates and the schema it is
// written with. Bump it whenever either changes: BenchStore keys its
// cached databases by it, so that a stale one is never reused.
const GenVersion = 3

// Fill writes synthetic articles (SynthesizeSeed with seeds 1, 2, ...)
// to s, batch articles a transaction, until it holds at least minEvents
// events. A store that already holds them is left alone, so Fill also
// tops up a store built for fewer events.
func Fill(ctx context.Context, s store.Store, minEvents int64, batch int) error {
	if batch <= 0 {
		batch = 500
	}
	for seed := uint64(1); ; seed++ {
		st, err := s.Stats(ctx)
		if err != nil {
			return err
		}
		if st.Events >= minEvents {
			return nil
		}
		var bs []store.ArticleBatch
		// Synthetic mentions merge into about 0.76 events each.
		for a := range SynthesizeSeed(int(float64(minEvents-st.Events)*1.35)+1000, seed) {
			bs = append(bs, a)
			if len(bs) == batch {
				if err := s.WriteArticles(ctx, bs); err != nil {
					return err
				}
				bs = bs[:0]
			}
		}
		if err := s.WriteArticles(ctx, bs); err != nil {
			return err
		}
	}
}

// BenchPath is the file BenchStore keeps a store of minEvents synthetic
// events in: under os.TempDir, named by GenVersion and the size.
func BenchPath(minEvents int64) string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("tacitus-bench-g%d-%d.db", GenVersion, minEvents))
}

// BenchStore opens a SQLite store of at least minEvents synthetic events
// for benchmarks, closed when tb ends. The store is built on first use
// (about two minutes per million events on 2 cores) into a temporary
// file renamed to BenchPath(minEvents) when complete, so that an
// interrupted build is never mistaken for a finished one and later runs
// reuse it.
func BenchStore(tb testing.TB, minEvents int64) store.Store {
	tb.Helper()
	ctx := context.Background()
	path := BenchPath(minEvents)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		tmp := fmt.Sprintf("%s.building-%d", path, os.Getpid())
		start := time.Now()
		s, err := store.OpenSQLite(ctx, tmp)
		if err != nil {
			tb.Fatal(err)
		}
		err = Fill(ctx, s, minEvents, 500)
		if cerr := s.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(tmp, path)
		}
		if err != nil {
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(tmp + suffix)
			}
			tb.Fatalf("building benchmark store %s: %v", path, err)
		}
		fmt.Fprintf(os.Stderr, "built benchmark store %s in %s\n", path, time.Since(start).Round(time.Second))
	}
	s, err := store.OpenSQLite(ctx, path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}
