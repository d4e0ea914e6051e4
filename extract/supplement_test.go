package extract

import (
	"bytes"
	"testing"

	"tacitus/dictionary"
)

// TestSupplementClean reads the verb supplement as a user's file would be
// read: no errors, and no warnings either (a block written twice, as two
// merged branches once left it, is one).
func TestSupplementClean(t *testing.T) {
	f, err := dictionary.ParseVerbs(supplementName, bytes.NewReader(supplementVerbs))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range f.Warnings {
		t.Errorf("warning: %v", w)
	}
}
