package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// sqliteBackend is SQLite through modernc.org/sqlite (pure Go): one
// writer connection (BEGIN IMMEDIATE) and a pool of read-only readers, in
// WAL mode so that readers never wait for the writer.
type sqliteBackend struct {
	w, r   *sql.DB
	rstmts sync.Map // query string → *sql.Stmt on r
}

// OpenSQLite opens (creating it if needed) the SQLite database at path and
// migrates its schema.
func OpenSQLite(ctx context.Context, path string) (Store, error) {
	if path == "" {
		return nil, fmt.Errorf("store: open sqlite: empty path")
	}
	common := "_pragma=busy_timeout(10000)&_pragma=foreign_keys(0)&_pragma=synchronous(NORMAL)" +
		"&_pragma=cache_size(-65536)&_pragma=temp_store(MEMORY)&_pragma=mmap_size(1073741824)"
	base := "file:" + (&url.URL{Path: path}).EscapedPath()
	w, err := sql.Open("sqlite", base+"?_pragma=journal_mode(WAL)&_txlock=immediate&"+common)
	if err != nil {
		return nil, fmt.Errorf("store: open sqlite %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open sqlite %s: %w", path, err)
	}
	b := &sqliteBackend{w: w}
	e := newEngine(b)
	e.version, err = migrate(ctx, b, sqliteMigrations, "")
	if err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite", base+"?_pragma=query_only(1)&"+common)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open sqlite %s: %w", path, err)
	}
	n := max(4, 2*runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	r.SetConnMaxLifetime(0)
	b.r = r
	return e, nil
}

func (b *sqliteBackend) name() string { return "sqlite" }

func (b *sqliteBackend) close() error {
	var errs []error
	b.rstmts.Range(func(_, v any) bool {
		v.(*sql.Stmt).Close()
		return true
	})
	if b.r != nil {
		errs = append(errs, b.r.Close())
	}
	errs = append(errs, b.w.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// sqlRow adapts *sql.Row, reporting sql.ErrNoRows as errNoRows.
type sqlRow struct{ r *sql.Row }

func (r sqlRow) Scan(dest ...any) error {
	err := r.r.Scan(dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return errNoRows
	}
	return err
}

// sqlRows adapts *sql.Rows.
type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { r.Rows.Close() }

// errRow is a row whose Scan fails.
type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

// sqliteReader runs queries on the reader pool with cached statements.
type sqliteReader struct{ b *sqliteBackend }

func (b *sqliteBackend) reader() querier { return sqliteReader{b} }

func (q sqliteReader) stmt(ctx context.Context, s string) (*sql.Stmt, error) {
	if v, ok := q.b.rstmts.Load(s); ok {
		return v.(*sql.Stmt), nil
	}
	st, err := q.b.r.PrepareContext(ctx, s)
	if err != nil {
		return nil, err
	}
	if v, loaded := q.b.rstmts.LoadOrStore(s, st); loaded {
		st.Close()
		return v.(*sql.Stmt), nil
	}
	return st, nil
}

func (q sqliteReader) exec(ctx context.Context, s string, args ...any) error {
	st, err := q.stmt(ctx, s)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
}

func (q sqliteReader) query(ctx context.Context, s string, args ...any) (rows, error) {
	st, err := q.stmt(ctx, s)
	if err != nil {
		return nil, err
	}
	rs, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rs}, nil
}

func (q sqliteReader) queryRow(ctx context.Context, s string, args ...any) row {
	st, err := q.stmt(ctx, s)
	if err != nil {
		return errRow{err}
	}
	return sqlRow{st.QueryRowContext(ctx, args...)}
}

// sqliteTx is a write transaction on the single writer connection;
// statements are prepared once per transaction and reused in it, which
// is what bulk loads (many articles per transaction) need.
type sqliteTx struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func (t *sqliteTx) stmt(ctx context.Context, s string) (*sql.Stmt, error) {
	if st, ok := t.stmts[s]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(ctx, s)
	if err != nil {
		return nil, err
	}
	t.stmts[s] = st
	return st, nil
}

func (t *sqliteTx) exec(ctx context.Context, s string, args ...any) error {
	st, err := t.stmt(ctx, s)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
}

func (t *sqliteTx) query(ctx context.Context, s string, args ...any) (rows, error) {
	st, err := t.stmt(ctx, s)
	if err != nil {
		return nil, err
	}
	rs, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rs}, nil
}

func (t *sqliteTx) queryRow(ctx context.Context, s string, args ...any) row {
	st, err := t.stmt(ctx, s)
	if err != nil {
		return errRow{err}
	}
	return sqlRow{st.QueryRowContext(ctx, args...)}
}

func (t *sqliteTx) copyFrom(ctx context.Context, table string, cols []string, rs [][]any) error {
	q := "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES (?" + strings.Repeat(", ?", len(cols)-1) + ")"
	st, err := t.stmt(ctx, q)
	if err != nil {
		return err
	}
	for _, r := range rs {
		if _, err := st.ExecContext(ctx, r...); err != nil {
			return err
		}
	}
	return nil
}

func (b *sqliteBackend) inTx(ctx context.Context, fn func(txn) error) (err error) {
	tx, err := b.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	t := &sqliteTx{tx: tx, stmts: map[string]*sql.Stmt{}}
	defer func() {
		for _, s := range t.stmts {
			s.Close()
		}
		if err != nil {
			tx.Rollback()
		}
	}()
	if err := fn(t); err != nil {
		return err
	}
	return tx.Commit()
}

// sentenceRows is the number of rows of one multi-row INSERT of
// sentences: fewer statements is most of what makes bulk loads fast.
const sentenceRows = 100

// insertSentences stores sentence rows and their full-text entries with
// multi-row INSERTs. The sentence ids are assigned here, after the
// largest id in use: the transaction holds SQLite's write lock, so no
// one else can take them.
func (b *sqliteBackend) insertSentences(ctx context.Context, tx txn, ss []pendingSentences) error {
	n := 0
	for _, p := range ss {
		n += len(p.spans)
		if p.title != "" {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	var next int64
	if err := tx.queryRow(ctx, `SELECT COALESCE(MAX(sid), 0) FROM sentences`).Scan(&next); err != nil {
		return err
	}
	rows := make([]any, 0, 4*sentenceRows)
	fts := make([]any, 0, 2*sentenceRows)
	flush := func() error {
		if len(fts) == 0 {
			return nil
		}
		k := len(fts) / 2
		if err := tx.exec(ctx, `INSERT INTO sentences (sid, aid, idx, start, "end") VALUES `+valuesList(k, 5), rows...); err != nil {
			return err
		}
		if err := tx.exec(ctx, `INSERT INTO sentence_fts (rowid, text) VALUES `+valuesList(k, 2), fts...); err != nil {
			return err
		}
		rows, fts = rows[:0], fts[:0]
		return nil
	}
	add := func(aid int64, idx int, sp Span, text string) error {
		next++
		rows = append(rows, next, aid, idx, sp.Start, sp.End)
		fts = append(fts, next, text)
		if len(fts) == 2*sentenceRows {
			return flush()
		}
		return nil
	}
	for _, p := range ss {
		if p.title != "" {
			if err := add(p.aid, TitleSentence, Span{Start: 0, End: len(p.title)}, p.title); err != nil {
				return err
			}
		}
		for i, sp := range p.spans {
			if err := add(p.aid, i, sp, p.text[sp.Start:sp.End]); err != nil {
				return err
			}
		}
	}
	return flush()
}

// valuesList returns "(?, ?), (?, ?)" for n rows of k columns; the
// strings are cached, as the statements that use them are.
func valuesList(n, k int) string {
	key := [2]int{n, k}
	if v, ok := valuesLists.Load(key); ok {
		return v.(string)
	}
	row := "(?" + strings.Repeat(", ?", k-1) + ")"
	v := row + strings.Repeat(", "+row, n-1)
	valuesLists.Store(key, v)
	return v
}

var valuesLists sync.Map

func (b *sqliteBackend) deleteSentences(ctx context.Context, tx txn, aid int64) error {
	if err := tx.exec(ctx, `DELETE FROM sentence_fts WHERE rowid IN (SELECT sid FROM sentences WHERE aid = ?)`, aid); err != nil {
		return err
	}
	return tx.exec(ctx, `DELETE FROM sentences WHERE aid = ?`, aid)
}

func (b *sqliteBackend) ftsCond() string {
	return `s.sid IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?)`
}

// ftsArg quotes each word, so that FTS5 reads them as terms joined by AND.
func (b *sqliteBackend) ftsArg(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	return strings.Join(q, " ")
}

func (b *sqliteBackend) sentenceExpr() string {
	return `substr(CAST(CASE WHEN s.idx < 0 THEN t.title ELSE t.text END AS BLOB), s.start + 1, s."end" - s.start)`
}
