package asciicase

import (
	"encoding/binary"
	"strings"
	"testing"
)

// TestCase checks Upper and Lower against strings.ToUpper and ToLower on
// every ASCII byte in every position of a word.
func TestCase(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("aZ@[`{09")
			b[pos] = byte(c)
			w := binary.LittleEndian.Uint64(b)
			var up, low [8]byte
			binary.LittleEndian.PutUint64(up[:], Upper(w))
			binary.LittleEndian.PutUint64(low[:], Lower(w))
			if want := strings.ToUpper(string(b)); string(up[:]) != want {
				t.Errorf("Upper(%q) = %q, want %q", b, up, want)
			}
			if want := strings.ToLower(string(b)); string(low[:]) != want {
				t.Errorf("Lower(%q) = %q, want %q", b, low, want)
			}
		}
	}
}
