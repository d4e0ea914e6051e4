package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// pgBackend is PostgreSQL through a pgx connection pool. Bulk rows
// (sentences, mentions) go in with COPY; full text is a tsvector column
// on sentences, computed in the database from the stored article text and
// the sentence's byte span, with a GIN index.
type pgBackend struct {
	pool *pgxpool.Pool
}

// OpenPostgres connects to the PostgreSQL database of dsn (a postgres://
// URL or key=value string; a search_path parameter selects the schema) and
// migrates its schema.
func OpenPostgres(ctx context.Context, dsn string) (Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open postgres: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: open postgres: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: open postgres: %w", err)
	}
	b := &pgBackend{pool: pool}
	e := newEngine(b)
	// The advisory lock key is arbitrary but fixed: it serializes
	// migrations of concurrent openers of the same database.
	e.version, err = migrate(ctx, b, postgresMigrations, `SELECT pg_advisory_xact_lock(7461636974)`)
	if err != nil {
		pool.Close()
		return nil, err
	}
	return e, nil
}

func (b *pgBackend) name() string { return "postgres" }

func (b *pgBackend) close() error {
	b.pool.Close()
	return nil
}

// pgConn runs statements on a pool or in a transaction.
type pgConn struct {
	pool *pgxpool.Pool
	tx   pgx.Tx
}

type pgRows struct{ pgx.Rows }

func (r pgRows) Close() { r.Rows.Close() }

type pgRow struct{ r pgx.Row }

func (r pgRow) Scan(dest ...any) error {
	err := r.r.Scan(dest...)
	if errors.Is(err, pgx.ErrNoRows) {
		return errNoRows
	}
	return err
}

func (c pgConn) exec(ctx context.Context, q string, args ...any) error {
	var err error
	if c.tx != nil {
		_, err = c.tx.Exec(ctx, rebindDollar(q), args...)
	} else {
		_, err = c.pool.Exec(ctx, rebindDollar(q), args...)
	}
	return err
}

func (c pgConn) query(ctx context.Context, q string, args ...any) (rows, error) {
	var (
		rs  pgx.Rows
		err error
	)
	if c.tx != nil {
		rs, err = c.tx.Query(ctx, rebindDollar(q), args...)
	} else {
		rs, err = c.pool.Query(ctx, rebindDollar(q), args...)
	}
	if err != nil {
		return nil, err
	}
	return pgRows{rs}, nil
}

func (c pgConn) queryRow(ctx context.Context, q string, args ...any) row {
	if c.tx != nil {
		return pgRow{c.tx.QueryRow(ctx, rebindDollar(q), args...)}
	}
	return pgRow{c.pool.QueryRow(ctx, rebindDollar(q), args...)}
}

func (c pgConn) copyFrom(ctx context.Context, table string, cols []string, rs [][]any) error {
	_, err := c.tx.CopyFrom(ctx, pgx.Identifier{table}, cols, pgx.CopyFromRows(rs))
	return err
}

func (b *pgBackend) reader() querier { return pgConn{pool: b.pool} }

// inTx retries a transaction that PostgreSQL aborted for a deadlock or a
// serialization failure (concurrent writers merging into the same events).
func (b *pgBackend) inTx(ctx context.Context, fn func(txn) error) error {
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		err = pgx.BeginFunc(ctx, b.pool, func(tx pgx.Tx) error {
			return fn(pgConn{pool: b.pool, tx: tx})
		})
		var pe *pgconn.PgError
		if !errors.As(err, &pe) || (pe.Code != "40P01" && pe.Code != "40001") {
			return err
		}
	}
	return err
}

// insertSentences stores sentence rows with their tsvector in one
// INSERT ... SELECT over arrays: the sentence texts travel once, and each
// row is written once (computing the tsvector in a later UPDATE wrote
// every row twice).
func (b *pgBackend) insertSentences(ctx context.Context, tx txn, ss []pendingSentences) error {
	var (
		aids               []int64
		idxs, starts, ends []int32
		texts              []string
	)
	add := func(aid int64, idx int, sp Span, text string) {
		aids = append(aids, aid)
		idxs = append(idxs, int32(idx))
		starts = append(starts, int32(sp.Start))
		ends = append(ends, int32(sp.End))
		texts = append(texts, text)
	}
	for _, p := range ss {
		if p.title != "" {
			add(p.aid, TitleSentence, Span{Start: 0, End: len(p.title)}, p.title)
		}
		for i, sp := range p.spans {
			add(p.aid, i, sp, p.text[sp.Start:sp.End])
		}
	}
	if len(aids) == 0 {
		return nil
	}
	return tx.exec(ctx, `INSERT INTO sentences (aid, idx, start, "end", tsv)
		SELECT a, i, s, e, to_tsvector('english', t)
		FROM unnest(?::bigint[], ?::integer[], ?::integer[], ?::integer[], ?::text[]) AS u(a, i, s, e, t)`,
		aids, idxs, starts, ends, texts)
}

func (b *pgBackend) deleteSentences(ctx context.Context, tx txn, aid int64) error {
	return tx.exec(ctx, `DELETE FROM sentences WHERE aid = ?`, aid)
}

func (b *pgBackend) ftsCond() string {
	return `s.tsv @@ plainto_tsquery('english', ?)`
}

func (b *pgBackend) ftsArg(words []string) string { return strings.Join(words, " ") }

func (b *pgBackend) sentenceExpr() string {
	return `substring(convert_to(CASE WHEN s.idx < 0 THEN t.title ELSE t.text END, 'UTF8') from s.start + 1 for s."end" - s.start)`
}
