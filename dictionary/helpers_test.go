package dictionary

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir returns ../shared relative to the module root, or skips the
// test when the reference data is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("go.mod not found; cannot locate ../shared")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "dictionaries", "phoenix")); err != nil {
		t.Skipf("reference data %s absent; skipping (tests that need ../shared run in CI)", shared)
	}
	return shared
}

// errorLines returns the messages of err (an ErrorList or nil), one per
// error.
func errorLines(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var el ErrorList
	if !errors.As(err, &el) {
		t.Fatalf("error %v is not an ErrorList", err)
	}
	return strings.Split(strings.TrimSuffix(el.String(), "\n"), "\n")
}

func listLines(l ErrorList) []string {
	if len(l) == 0 {
		return nil
	}
	return strings.Split(strings.TrimSuffix(l.String(), "\n"), "\n")
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func words(s string) []string { return strings.Fields(s) }
