package store

import (
	"context"
	"fmt"
	"time"
)

// migration is one schema version: statements applied in order, in one
// transaction, then recorded in schema_migrations.
type migration struct {
	version int
	name    string
	stmts   []string
}

// The schema, the same on both backends (types aside):
//
//	articles      one row per coded article or syndicated copy (copy_of
//	              set, text empty); text_hash and simhash bands for
//	              syndication lookups.
//	sentences     byte spans (start, end) into the article's text; the
//	              full-text index covers them (FTS5 contentless table on
//	              SQLite, a tsvector column on PostgreSQL).
//	events        deduplicated events; dedup_key is unique: day, codes,
//	              CAMEO and GeoNames id for mergeable mentions, article id
//	              and mention ordinal for the rest.
//	mentions      every mention: its event, article, the article holding
//	              the text (text_aid, the original for copies), sentence
//	              index, the publisher (for NumSources) and the record.
//	dyad_day      per source, target, day and QuadClass: events, mentions
//	              and Goldstein sum in tenths, unflagged dated events only.
//	dyad_month    per month (its first day), source and target:
//	              cooperation and conflict events and Goldstein sum in
//	              tenths; networks and rankings read whole months here.
//	article_day   articles per publication day (series per 1,000 articles).
//	rollup_version a counter per month, bumped by every write that changes
//	              the month's aggregates (see cache.go).
//	actors        latest name and country seen for each actor code.

var sqliteMigrations = []migration{
	{version: 1, name: "initial schema", stmts: []string{
		`CREATE TABLE articles (
			aid INTEGER PRIMARY KEY,
			id TEXT NOT NULL UNIQUE,
			date TEXT NOT NULL DEFAULT '',
			day INTEGER,
			title TEXT NOT NULL DEFAULT '',
			dateline TEXT NOT NULL DEFAULT '',
			url TEXT NOT NULL DEFAULT '',
			source TEXT NOT NULL DEFAULT '',
			text TEXT NOT NULL DEFAULT '',
			text_hash TEXT NOT NULL DEFAULT '',
			simhash INTEGER NOT NULL DEFAULT 0,
			sh0 INTEGER, sh1 INTEGER, sh2 INTEGER, sh3 INTEGER,
			copy_of INTEGER REFERENCES articles(aid)
		)`,
		`CREATE INDEX articles_text_hash ON articles(text_hash) WHERE copy_of IS NULL`,
		`CREATE INDEX articles_sh0 ON articles(sh0) WHERE copy_of IS NULL`,
		`CREATE INDEX articles_sh1 ON articles(sh1) WHERE copy_of IS NULL`,
		`CREATE INDEX articles_sh2 ON articles(sh2) WHERE copy_of IS NULL`,
		`CREATE INDEX articles_sh3 ON articles(sh3) WHERE copy_of IS NULL`,
		`CREATE INDEX articles_copy_of ON articles(copy_of) WHERE copy_of IS NOT NULL`,
		`CREATE TABLE sentences (
			sid INTEGER PRIMARY KEY,
			aid INTEGER NOT NULL REFERENCES articles(aid),
			idx INTEGER NOT NULL,
			start INTEGER NOT NULL,
			"end" INTEGER NOT NULL,
			UNIQUE (aid, idx)
		)`,
		`CREATE VIRTUAL TABLE sentence_fts USING fts5(text, content='', contentless_delete=1, detail=none, tokenize='porter unicode61 remove_diacritics 2')`,
		`CREATE TABLE events (
			id INTEGER PRIMARY KEY,
			dedup_key TEXT NOT NULL UNIQUE,
			day INTEGER NOT NULL,
			date_precision TEXT NOT NULL,
			source_code TEXT NOT NULL,
			source_name TEXT NOT NULL,
			source_country TEXT NOT NULL,
			target_code TEXT NOT NULL,
			target_name TEXT NOT NULL,
			target_country TEXT NOT NULL,
			cameo TEXT NOT NULL,
			root TEXT NOT NULL,
			quad INTEGER NOT NULL,
			goldstein REAL NOT NULL,
			plover TEXT NOT NULL,
			geonameid INTEGER,
			loc_country TEXT,
			lat REAL,
			lon REAL,
			location TEXT NOT NULL,
			flags INTEGER NOT NULL,
			flagged INTEGER NOT NULL,
			num_mentions INTEGER NOT NULL,
			num_articles INTEGER NOT NULL DEFAULT 0,
			num_sources INTEGER NOT NULL DEFAULT 0
		)`,
		`CREATE INDEX events_dyad ON events(source_code, target_code, day, id)`,
		`CREATE INDEX events_target ON events(target_code, day, id)`,
		`CREATE INDEX events_day ON events(day, id)`,
		`CREATE INDEX events_cameo ON events(cameo, day, id)`,
		`CREATE INDEX events_country ON events(loc_country, day, id) WHERE loc_country IS NOT NULL`,
		`CREATE TABLE mentions (
			mid INTEGER PRIMARY KEY,
			event INTEGER NOT NULL REFERENCES events(id),
			aid INTEGER NOT NULL REFERENCES articles(aid),
			text_aid INTEGER NOT NULL REFERENCES articles(aid),
			ord INTEGER NOT NULL,
			sentence_idx INTEGER NOT NULL,
			publisher TEXT NOT NULL,
			source_code TEXT NOT NULL,
			source_text TEXT NOT NULL,
			target_code TEXT NOT NULL,
			target_text TEXT NOT NULL,
			record TEXT NOT NULL
		)`,
		`CREATE INDEX mentions_event ON mentions(event, aid, publisher)`,
		`CREATE INDEX mentions_aid ON mentions(aid)`,
		`CREATE INDEX mentions_text ON mentions(text_aid, sentence_idx)`,
		`CREATE TABLE dyad_day (
			src TEXT NOT NULL,
			tgt TEXT NOT NULL,
			day INTEGER NOT NULL,
			quad INTEGER NOT NULL,
			events INTEGER NOT NULL,
			mentions INTEGER NOT NULL,
			gold10 INTEGER NOT NULL,
			PRIMARY KEY (src, tgt, day, quad)
		) WITHOUT ROWID`,
		`CREATE INDEX dyad_day_day ON dyad_day(day, src, tgt, quad, events, gold10)`,
		`CREATE TABLE article_day (
			day INTEGER PRIMARY KEY,
			n INTEGER NOT NULL
		)`,
		`CREATE TABLE actors (
			code TEXT PRIMARY KEY,
			name TEXT NOT NULL,
			country TEXT NOT NULL
		) WITHOUT ROWID`,
		`CREATE TABLE dyad_month (
			month INTEGER NOT NULL,
			src TEXT NOT NULL,
			tgt TEXT NOT NULL,
			coop INTEGER NOT NULL,
			conflict INTEGER NOT NULL,
			gold10 INTEGER NOT NULL,
			PRIMARY KEY (month, src, tgt)
		) WITHOUT ROWID`,
		`CREATE TABLE rollup_version (
			month INTEGER PRIMARY KEY,
			version INTEGER NOT NULL
		)`,
	}},
}

var postgresMigrations = []migration{
	{version: 1, name: "initial schema", stmts: []string{
		`CREATE TABLE articles (
			aid BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
			id TEXT NOT NULL UNIQUE,
			date TEXT NOT NULL DEFAULT '',
			day BIGINT,
			title TEXT NOT NULL DEFAULT '',
			dateline TEXT NOT NULL DEFAULT '',
			url TEXT NOT NULL DEFAULT '',
			source TEXT NOT NULL DEFAULT '',
			text TEXT NOT NULL DEFAULT '',
			text_hash TEXT NOT NULL DEFAULT '',
			simhash BIGINT NOT NULL DEFAULT 0,
			sh0 BIGINT, sh1 BIGINT, sh2 BIGINT, sh3 BIGINT,
			copy_of BIGINT REFERENCES articles(aid)
		)`,
		`CREATE INDEX articles_text_hash ON articles(text_hash) WHERE copy_of IS NULL`,
		`CREATE INDEX articles_sh0 ON articles(sh0) WHERE copy_of IS NULL`,
		`CREATE INDEX articles_sh1 ON articles(sh1) WHERE copy_of IS NULL`,
		`CREATE INDEX articles_sh2 ON articles(sh2) WHERE copy_of IS NULL`,
		`CREATE INDEX articles_sh3 ON articles(sh3) WHERE copy_of IS NULL`,
		`CREATE INDEX articles_copy_of ON articles(copy_of) WHERE copy_of IS NOT NULL`,
		`CREATE TABLE sentences (
			sid BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
			aid BIGINT NOT NULL REFERENCES articles(aid),
			idx INTEGER NOT NULL,
			start INTEGER NOT NULL,
			"end" INTEGER NOT NULL,
			tsv TSVECTOR,
			UNIQUE (aid, idx)
		)`,
		`CREATE INDEX sentences_tsv ON sentences USING GIN (tsv)`,
		`CREATE TABLE events (
			id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
			dedup_key TEXT NOT NULL UNIQUE,
			day BIGINT NOT NULL,
			date_precision TEXT NOT NULL,
			source_code TEXT NOT NULL,
			source_name TEXT NOT NULL,
			source_country TEXT NOT NULL,
			target_code TEXT NOT NULL,
			target_name TEXT NOT NULL,
			target_country TEXT NOT NULL,
			cameo TEXT NOT NULL,
			root TEXT NOT NULL,
			quad INTEGER NOT NULL,
			goldstein DOUBLE PRECISION NOT NULL,
			plover TEXT NOT NULL,
			geonameid BIGINT,
			loc_country TEXT,
			lat DOUBLE PRECISION,
			lon DOUBLE PRECISION,
			location TEXT NOT NULL,
			flags INTEGER NOT NULL,
			flagged INTEGER NOT NULL,
			num_mentions INTEGER NOT NULL,
			num_articles INTEGER NOT NULL DEFAULT 0,
			num_sources INTEGER NOT NULL DEFAULT 0
		)`,
		`CREATE INDEX events_dyad ON events(source_code, target_code, day, id)`,
		`CREATE INDEX events_target ON events(target_code, day, id)`,
		`CREATE INDEX events_day ON events(day, id)`,
		`CREATE INDEX events_cameo ON events(cameo, day, id)`,
		`CREATE INDEX events_country ON events(loc_country, day, id) WHERE loc_country IS NOT NULL`,
		`CREATE TABLE mentions (
			mid BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
			event BIGINT NOT NULL REFERENCES events(id),
			aid BIGINT NOT NULL REFERENCES articles(aid),
			text_aid BIGINT NOT NULL REFERENCES articles(aid),
			ord INTEGER NOT NULL,
			sentence_idx INTEGER NOT NULL,
			publisher TEXT NOT NULL,
			source_code TEXT NOT NULL,
			source_text TEXT NOT NULL,
			target_code TEXT NOT NULL,
			target_text TEXT NOT NULL,
			record TEXT NOT NULL
		)`,
		`CREATE INDEX mentions_event ON mentions(event, aid, publisher)`,
		`CREATE INDEX mentions_aid ON mentions(aid)`,
		`CREATE INDEX mentions_text ON mentions(text_aid, sentence_idx)`,
		`CREATE TABLE dyad_day (
			src TEXT NOT NULL,
			tgt TEXT NOT NULL,
			day BIGINT NOT NULL,
			quad INTEGER NOT NULL,
			events INTEGER NOT NULL,
			mentions INTEGER NOT NULL,
			gold10 INTEGER NOT NULL,
			PRIMARY KEY (src, tgt, day, quad)
		)`,
		`CREATE INDEX dyad_day_day ON dyad_day(day, src, tgt, quad) INCLUDE (events, gold10)`,
		`CREATE TABLE article_day (
			day BIGINT PRIMARY KEY,
			n INTEGER NOT NULL
		)`,
		`CREATE TABLE actors (
			code TEXT PRIMARY KEY,
			name TEXT NOT NULL,
			country TEXT NOT NULL
		)`,
		`CREATE TABLE dyad_month (
			month BIGINT NOT NULL,
			src TEXT NOT NULL,
			tgt TEXT NOT NULL,
			coop INTEGER NOT NULL,
			conflict INTEGER NOT NULL,
			gold10 INTEGER NOT NULL,
			PRIMARY KEY (month, src, tgt)
		)`,
		`CREATE TABLE rollup_version (
			month BIGINT PRIMARY KEY,
			version BIGINT NOT NULL
		)`,
	}},
}

// migrate applies the migrations not yet recorded, in order, each in its
// own transaction, and returns the resulting version. lock is a statement
// run first in each transaction to serialize concurrent openers ("" for
// none).
func migrate(ctx context.Context, b backend, ms []migration, lock string) (int, error) {
	create := `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`
	if err := b.inTx(ctx, func(tx txn) error { return tx.exec(ctx, create) }); err != nil {
		return 0, fmt.Errorf("store: create schema_migrations: %w", err)
	}
	version := 0
	for _, m := range ms {
		err := b.inTx(ctx, func(tx txn) error {
			if lock != "" {
				if err := tx.exec(ctx, lock); err != nil {
					return err
				}
			}
			var cur int
			if err := tx.queryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&cur); err != nil {
				return err
			}
			if cur > ms[len(ms)-1].version {
				return fmt.Errorf("%w: database at version %d, program knows %d", ErrSchemaTooNew, cur, ms[len(ms)-1].version)
			}
			if cur >= m.version {
				version = cur
				return nil
			}
			for _, s := range m.stmts {
				if err := tx.exec(ctx, s); err != nil {
					return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
				}
			}
			version = m.version
			return tx.exec(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, time.Now().UTC().Format(time.RFC3339))
		})
		if err != nil {
			return 0, fmt.Errorf("store: migrate: %w", err)
		}
	}
	return version, nil
}
