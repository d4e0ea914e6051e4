package store

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The store's logic (dedup, aggregates, queries) is written once, in
// engine.go, against the small interfaces below; sqlite.go and postgres.go
// adapt database/sql and pgx to them and supply the few statements that
// differ (full text, byte substrings, bulk inserts). SQL is written with
// "?" placeholders; the PostgreSQL adapter renumbers them.

// rows is a result set.
type rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// row is a single-row result; Scan reports a missing row as errNoRows.
type row interface {
	Scan(dest ...any) error
}

// querier runs statements on a pool or in a transaction.
type querier interface {
	exec(ctx context.Context, q string, args ...any) error
	query(ctx context.Context, q string, args ...any) (rows, error)
	queryRow(ctx context.Context, q string, args ...any) row
}

// txn is a write transaction.
type txn interface {
	querier
	// copyFrom inserts many rows into table: COPY on PostgreSQL, a
	// prepared INSERT on SQLite.
	copyFrom(ctx context.Context, table string, cols []string, rows [][]any) error
}

// backend is one database engine.
type backend interface {
	// name is "sqlite" or "postgres".
	name() string
	// reader is the pool that serves queries.
	reader() querier
	// inTx runs fn in one write transaction, committing when it returns
	// nil and rolling back otherwise.
	inTx(ctx context.Context, fn func(txn) error) error
	// insertSentences stores the sentence spans of new articles and
	// indexes their text for full-text search.
	insertSentences(ctx context.Context, tx txn, ss []pendingSentences) error
	// deleteSentences removes an article's sentences and their index.
	deleteSentences(ctx context.Context, tx txn, aid int64) error
	// ftsCond is a condition on sentences aliased s taking one argument,
	// ftsArg's result for the query words.
	ftsCond() string
	ftsArg(words []string) string
	// sentenceExpr is an expression of the bytes of sentence s cut from
	// article t's text (its title for sentence TitleSentence).
	sentenceExpr() string
	close() error
}

// pendingSentences are an article's sentences waiting to be inserted.
// A non-empty title is stored as sentence TitleSentence, its span over
// the title (see sentenceExpr).
type pendingSentences struct {
	aid   int64
	text  string
	spans []Span
	title string
}

// rebindDollar rewrites "?" placeholders as "$1", "$2", ... for
// PostgreSQL. The store's SQL never has "?" inside literals.
func rebindDollar(q string) string {
	if v, ok := rebindCache.Load(q); ok {
		return v.(string)
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	out := b.String()
	rebindCache.Store(q, out)
	return out
}

var rebindCache sync.Map

// noDay is the day number of an event without a date. It sorts before
// every real date, and date filters exclude it.
const noDay int64 = -1 << 30

// dayOf returns the day number (days since 1970-01-01) of t's calendar
// date in t's own location, or noDay for the zero time.
func dayOf(t time.Time) int64 {
	if t.IsZero() {
		return noDay
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// dayTime returns UTC midnight of a day number, the zero time for noDay.
func dayTime(d int64) time.Time {
	if d == noDay {
		return time.Time{}
	}
	return time.Unix(d*86400, 0).UTC()
}
