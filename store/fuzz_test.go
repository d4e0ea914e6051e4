package store

import (
	"errors"
	"testing"
)

// FuzzDecodeCursor feeds arbitrary cursors (they come from API clients):
// decoding never panics, fails only with ErrInvalidCursor, and what it
// accepts encodes back to the same cursor.
func FuzzDecodeCursor(f *testing.F) {
	filter := &Filter{Source: "USA", Target: "CHN"}
	f.Add(encodeCursor(filter, 19000, 42))
	f.Add(encodeCursor(filter, noDay, 1))
	f.Add("")
	f.Add("MS4xLjI")
	f.Fuzz(func(t *testing.T, c string) {
		day, id, err := decodeCursor(filter, c)
		if err != nil {
			if !errors.Is(err, ErrInvalidCursor) {
				t.Fatalf("decodeCursor(%q): %v, want ErrInvalidCursor", c, err)
			}
			return
		}
		if got := encodeCursor(filter, day, id); got != c {
			// Non-canonical spellings ("+5", "05") are accepted but
			// must still decode to the same position.
			d2, i2, err := decodeCursor(filter, got)
			if err != nil || d2 != day || i2 != id {
				t.Fatalf("re-encoded cursor %q decodes to %d,%d,%v; want %d,%d", got, d2, i2, err, day, id)
			}
		}
	})
}
