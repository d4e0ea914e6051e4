// Package goldensum keeps golden files of hashes for tests that must not
// change a model's output: one hash a line, one line per input (a
// sentence's tags, a sentence's parse), so the files hold no text. Check
// compares freshly computed hashes with a file, or rewrites the file when
// the test runs with -update (after retraining a model).
package goldensum

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"os"
	"strings"
	"testing"
)

// Hash returns the line of a golden file for the string form of one
// output: a 64-bit FNV-1a hash in hexadecimal.
func Hash(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return fmt.Sprintf("%016x", h.Sum64())
}

// Check compares got with the golden file at path, reporting up to five
// differing lines by their 1-based number and what (e.g. "tags"), and
// the count of all; with update it writes got to path instead.
func Check(t testing.TB, path string, got []string, update bool, what string) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	defer f.Close()
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		want = append(want, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(got) {
		t.Fatalf("%d inputs, golden file %s has %d (run with -update after retraining)", len(got), path, len(want))
	}
	diff := 0
	for i := range got {
		if got[i] != want[i] {
			if diff < 5 {
				t.Errorf("input %d: %s differ from the golden file", i+1, what)
			}
			diff++
		}
	}
	if diff > 0 {
		t.Errorf("%d of %d inputs: %s differ (run with -update after retraining)", diff, len(got), what)
	}
}
