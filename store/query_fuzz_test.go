package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"tacitus/article"
	"tacitus/store"
)

// FuzzEventsFilter feeds arbitrary API filter strings (full-text query,
// actor code, CAMEO code) to a small SQLite store: a query returns events
// or ErrInvalidQuery, never an SQL error (FTS5 syntax, quoting).
func FuzzEventsFilter(f *testing.F) {
	ctx := context.Background()
	s, err := store.OpenSQLite(ctx, filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	text := `Protesters marched on the "parliament" in Kyiv; police used tear-gas (AP).`
	err = s.WriteArticle(ctx, store.ArticleBatch{
		Article:   article.Article{ID: "fz-1", Source: "AP", Text: text},
		Sentences: []store.Span{{Start: 0, End: len(text)}},
		Mentions: []store.Mention{{SentenceIndex: 0, Date: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), DatePrecision: store.PrecisionDay,
			Source: store.Actor{Code: "UKRCVL"}, Target: store.Actor{Code: "UKRGOV"}, CAMEO: "141", Root: "14", QuadClass: 3, Goldstein: -6.5}},
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Add("protest", "UKR*", "141")
	f.Add(`"parliament" OR NEAR(a b)`, `USA"`, "")
	f.Add("tear-gas*", "*", "14*")
	f.Add("ÄÖÜ ß", "\x00", "'")
	f.Fuzz(func(t *testing.T, q, actor, code string) {
		_, err := s.Events(ctx, store.EventQuery{Filter: store.Filter{Q: q, Actor: actor, CAMEO: code}, Limit: 10})
		if err != nil && !errors.Is(err, store.ErrInvalidQuery) {
			t.Fatalf("Events(q=%q, actor=%q, cameo=%q): %v", q, actor, code, err)
		}
	})
}
