package store

import (
	"context"
	"strings"
)

// DefaultPath is the SQLite database Open uses for an empty DSN.
const DefaultPath = "tacitus.db"

// Open opens the store named by dsn: a "postgres://" or "postgresql://"
// URL selects PostgreSQL (OpenPostgres), anything else is the path of a
// SQLite database file (OpenSQLite), DefaultPath when empty. A "sqlite:"
// prefix may mark a path explicitly.
func Open(ctx context.Context, dsn string) (Store, error) {
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return OpenPostgres(ctx, dsn)
	case dsn == "":
		return OpenSQLite(ctx, DefaultPath)
	}
	return OpenSQLite(ctx, strings.TrimPrefix(dsn, "sqlite:"))
}
