package store_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"

	"tacitus/store"
	"tacitus/store/storetest"
)

// The PostgreSQL tests use the server of TACITUS_PG_DSN when set;
// otherwise they start a private cluster with scripts/pg/start.sh (stopped
// by TestMain) and skip when PostgreSQL is not installed, unless
// TACITUS_REQUIRE_SERVICES=1, which makes that a failure.

var pg struct {
	once sync.Once
	dsn  string
	dir  string // cluster started here, "" when TACITUS_PG_DSN was given
	err  error
	skip string
	n    atomic.Int64
}

// moduleRoot is the directory holding go.mod above the working directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}

func startPG() {
	if dsn := os.Getenv("TACITUS_PG_DSN"); dsn != "" {
		pg.dsn = dsn
		return
	}
	root, err := moduleRoot()
	if err != nil {
		pg.err = err
		return
	}
	dir, err := os.MkdirTemp("", "tacitus-pg-test-")
	if err != nil {
		pg.err = err
		return
	}
	cmd := exec.Command("bash", filepath.Join(root, "scripts", "pg", "start.sh"), dir)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		os.RemoveAll(dir)
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 2 {
			pg.skip = "PostgreSQL is not installed (" + strings.TrimSpace(stderr.String()) + "); set TACITUS_PG_DSN to test against a server"
			return
		}
		pg.err = fmt.Errorf("scripts/pg/start.sh: %v: %s", err, stderr.String())
		return
	}
	lines := strings.Fields(string(out))
	pg.dsn, pg.dir = lines[len(lines)-1], dir
}

func stopPG() {
	if pg.dir == "" {
		return
	}
	root, err := moduleRoot()
	if err != nil {
		return
	}
	exec.Command("bash", filepath.Join(root, "scripts", "pg", "stop.sh"), pg.dir).Run()
}

// pgDSN returns the server's DSN, skipping or failing the test when there
// is no server.
func pgDSN(tb testing.TB) string {
	tb.Helper()
	pg.once.Do(startPG)
	require := os.Getenv("TACITUS_REQUIRE_SERVICES") == "1"
	switch {
	case pg.err != nil:
		tb.Fatalf("PostgreSQL: %v", pg.err)
	case pg.skip != "" && require:
		tb.Fatalf("TACITUS_REQUIRE_SERVICES=1 but %s", pg.skip)
	case pg.skip != "":
		tb.Skip(pg.skip)
	}
	return pg.dsn
}

// withSearchPath adds a search_path parameter to a DSN.
func withSearchPath(dsn, schema string) string {
	if u, err := url.Parse(dsn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return dsn + " search_path=" + schema
}

// openPostgres opens a store in a fresh schema, dropped when the test ends.
func openPostgres(tb testing.TB) store.Store {
	tb.Helper()
	ctx := context.Background()
	dsn := pgDSN(tb)
	schema := fmt.Sprintf("tacitus_test_%d_%d", os.Getpid(), pg.n.Add(1))
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		tb.Fatalf("connect: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE; CREATE SCHEMA "+schema); err != nil {
		tb.Fatalf("create schema: %v", err)
	}
	s, err := store.Open(ctx, withSearchPath(dsn, schema))
	if err != nil {
		tb.Fatalf("open postgres: %v", err)
	}
	tb.Cleanup(func() {
		s.Close()
		if os.Getenv("TACITUS_PG_KEEP") == "1" {
			return
		}
		if c, err := pgx.Connect(ctx, dsn); err == nil {
			c.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE")
			c.Close(ctx)
		}
	})
	return s
}

func TestPostgres(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openPostgres(t) })
}
