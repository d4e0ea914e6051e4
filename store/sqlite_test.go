package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"tacitus/article"
	"tacitus/store"
	"tacitus/store/storetest"
)

// openSQLite opens a fresh SQLite store in the test's temp dir.
func openSQLite(t *testing.T) store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatalf("open sqlite: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestSQLite(t *testing.T) {
	storetest.Run(t, openSQLite)
}

// TestSQLiteCacheSeesOtherWriters checks that the month cache of one
// store never serves rows that another store (another process, in real
// use) has changed in the same database file.
func TestSQLiteCacheSeesOtherWriters(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	open := func() store.Store {
		s, err := store.OpenSQLite(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	reader, writer := open(), open()
	mention := store.Mention{Date: time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC), DatePrecision: store.PrecisionDay,
		Source: store.Actor{Code: "USA"}, Target: store.Actor{Code: "CHN"}, CAMEO: "042", Root: "04", QuadClass: 1, Goldstein: 1.9}
	write := func(id string, cameo string) {
		m := mention
		m.CAMEO = cameo
		err := writer.WriteArticle(ctx, store.ArticleBatch{
			Article:   article.Article{ID: id, Text: "text", Date: mention.Date},
			Sentences: []store.Span{{Start: 0, End: 4}},
			Mentions:  []store.Mention{m},
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	count := func() (series, network int64) {
		pts, err := reader.Series(ctx, store.SeriesQuery{Source: "USA", Target: "CHN", Interval: store.Month})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pts {
			series += p.Events
		}
		net, err := reader.Network(ctx, store.NetworkQuery{From: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range net.Edges {
			network += e.Cooperation + e.Conflict
		}
		return series, network
	}
	for i, cameo := range []string{"042", "043", "036"} {
		write(fmt.Sprint("a", i), cameo)
		if s, n := count(); s != int64(i+1) || n != int64(i+1) {
			t.Fatalf("after %d writes: series %d, network %d events", i+1, s, n)
		}
	}
}
