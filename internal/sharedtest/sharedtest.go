// Package sharedtest locates the project's reference data folder for tests
// and benchmarks. The folder (treebanks, dictionaries, news corpora) sits
// beside the checkout as ../shared on developer machines and in CI; users
// do not have it, so tests that need it skip with a message saying so.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the absolute path of the shared folder, or "" when it is
// absent. It looks for ../shared next to the directory that holds go.mod,
// walking up from the working directory. TACITUS_SHARED overrides.
func Root() string {
	if d := os.Getenv("TACITUS_SHARED"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(filepath.Dir(dir), "shared")
			if st, err := os.Stat(d); err == nil && st.IsDir() {
				return d
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Path returns the path of a file or folder inside the shared folder, and
// skips the test or benchmark when it is not there.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	root := Root()
	if root == "" {
		tb.Skip("reference data ../shared is absent: skipping")
	}
	p := filepath.Join(append([]string{root}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("reference data %s is absent: skipping", p)
	}
	return p
}
