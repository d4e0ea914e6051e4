package coder

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// moduleRoot walks up from the working directory to the folder holding
// go.mod.
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found")
		}
		dir = parent
	}
}

// suiteDir returns the project's copy of the PETRARCH validation suite.
func suiteDir(t testing.TB) string {
	t.Helper()
	d := filepath.Join(moduleRoot(t), "conformance", "testdata", "petrarch2")
	if _, err := os.Stat(filepath.Join(d, "PETR.UnitTest.records.xml")); err != nil {
		t.Skipf("validation suite not found in %s", d)
	}
	return d
}

// suiteDate is a date inside the validation dictionaries' ranges.
var suiteDate = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)

// isStop reports whether err is one of the coder's expected stops
// (discards, datelines).
func isStop(err error) bool {
	return errors.Is(err, ErrSentenceDiscard) || errors.Is(err, ErrStoryDiscard) || errors.Is(err, ErrDateline)
}
