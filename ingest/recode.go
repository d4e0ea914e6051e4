package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	_ "modernc.org/sqlite"             // registers the "sqlite" database/sql driver

	"tacitus/article"
	"tacitus/store"
)

// Lister pages through the coded articles of a store (not the syndicated
// copies), in ascending id order.
type Lister interface {
	// Articles returns up to limit coded articles whose id sorts after
	// after ("" for the first page); fewer than limit means the end.
	Articles(ctx context.Context, after string, limit int) ([]article.Article, error)
}

// SQLLister is a Lister that reads a store's database directly. Package
// store has no article listing yet; this reads its articles table (see
// store/schema.go) and must follow that schema.
type SQLLister struct {
	db       *sql.DB
	postgres bool
}

// OpenLister opens a SQLLister on the database named by dsn, as
// store.Open names it (a SQLite path, or a postgres:// URL). The store
// must exist: open it with store.Open first, which migrates it.
func OpenLister(ctx context.Context, dsn string) (*SQLLister, error) {
	l := &SQLLister{}
	var err error
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		l.postgres = true
		l.db, err = sql.Open("pgx", dsn)
	} else {
		path := strings.TrimPrefix(dsn, "sqlite:")
		if path == "" {
			path = store.DefaultPath
		}
		l.db, err = sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(10000)")
	}
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", dsn, err)
	}
	if err := l.db.PingContext(ctx); err != nil {
		l.db.Close()
		return nil, fmt.Errorf("opening %s: %w", dsn, err)
	}
	return l, nil
}

// Close closes the database handle.
func (l *SQLLister) Close() error { return l.db.Close() }

// Articles implements Lister.
func (l *SQLLister) Articles(ctx context.Context, after string, limit int) ([]article.Article, error) {
	q := `SELECT id, date, title, dateline, url, source, text FROM articles
		WHERE copy_of IS NULL AND id > ? ORDER BY id LIMIT ?`
	if l.postgres {
		q = strings.Replace(strings.Replace(q, "?", "$1", 1), "?", "$2", 1)
	}
	rows, err := l.db.QueryContext(ctx, q, after, limit)
	if err != nil {
		return nil, fmt.Errorf("listing articles: %w", err)
	}
	defer rows.Close()
	var out []article.Article
	for rows.Next() {
		var a article.Article
		if err := rows.Scan(&a.ID, &a.DateRaw, &a.Title, &a.Dateline, &a.URL, &a.Source, &a.Text); err != nil {
			return nil, fmt.Errorf("listing articles: %w", err)
		}
		if a.DateRaw != "" {
			if t, err := time.Parse(time.RFC3339Nano, a.DateRaw); err == nil {
				a.Date = t
			}
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing articles: %w", err)
	}
	return out, nil
}

// Recode codes every article that l lists again with c and writes it to
// w, replacing its sentences and events (Writer.WriteArticles replaces an
// article by id). Stats.Read counts the articles listed, Coded those
// rewritten.
func Recode(ctx context.Context, c Coder, l Lister, w store.Writer, opts Options) (Stats, error) {
	page := opts.BatchSize
	if page <= 0 {
		page = DefaultBatchSize
	}
	return pipeline(ctx, c, w, opts, -1, func(ctx context.Context, r *run, send func(job) error) error {
		after := ""
		for {
			as, err := l.Articles(ctx, after, page)
			if err != nil {
				return err
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
