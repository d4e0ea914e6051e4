package ingest

import (
	"context"
	"fmt"

	"tacitus/store"
)

// Recode codes every article that l lists again with c and writes it to
// w, replacing its sentences and events (Writer.WriteArticles replaces an
// article by id). Stats.Read counts the articles listed, Coded those
// rewritten.
func Recode(ctx context.Context, c Coder, l store.Lister, w store.Writer, opts Options) (Stats, error) {
	page := opts.BatchSize
	if page <= 0 {
		page = DefaultBatchSize
	}
	page = min(page, store.MaxLimit)
	return pipeline(ctx, c, w, opts, -1, func(ctx context.Context, r *run, send func(job) error) error {
		after := ""
		for {
			as, err := l.Articles(ctx, after, page)
			if err != nil {
				return fmt.Errorf("listing articles: %w", err)
			}
			for _, a := range as {
				r.update(func(s *Stats) { s.Read++ })
				if err := send(job{kind: jobCode, a: a}); err != nil {
					return err
				}
			}
			if len(as) < page {
				return nil
			}
			after = as[len(as)-1].ID
		}
	})
}
