package places

import (
	"math/rand/v2"
	"testing"
	"unicode"
	"unicode/utf8"
)

// appendKeyByRune is appendKey as it was written before its table of
// byte classes: every byte read as a rune. TestAppendKeyTable checks the
// two agree.
func appendKeyByRune(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				dst = append(dst, c)
				i++
				continue
			}
		}
		i += size
		switch {
		case r == '.':
			continue
		case r == '-' || r == '_' || r == ' ' || r == '\t' || r == '\n' || r == '\r' || (r >= utf8.RuneSelf && unicode.IsSpace(r)):
			space = len(dst) > start
			continue
		case r == '\u2019' || r == '\u2018' || r == '`':
			r = '\''
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// TestAppendKeyTable compares appendKey with appendKeyByRune on names
// written to reach each class of byte and on random strings of ASCII,
// punctuation, white space (ASCII and not), apostrophes, accented and
// other letters, U+FFFD and invalid bytes, appended to a non-empty
// prefix as well.
func TestAppendKeyTable(t *testing.T) {
	names := []string{
		"", "St. Louis", "Port-au-Prince", "  New_York  ", "Côte d’Ivoire", "N`Djamena", "\u00a0Ürümqi\u3000City",
		"ÅLAND\tISLANDS", "Hagåtña", "bad \xff byte", "\xc3", "a\u2018b", "Dar es Salaam.", "\v\f", "İstanbul", "\ufffd",
	}
	pieces := []string{"a", "Z", "m", "0", ".", "-", "_", " ", "\t", "\n", "\r", "`", "'", "\v", "\u00a0", "\u2003",
		"\u2019", "\u2018", "é", "É", "ß", "İ", "Σ", "中", "\ufffd", "\xff", "\xc3", "\xe2\x80", "~", "(", ","}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		names = append(names, string(b))
	}
	for _, n := range names {
		for _, prefix := range []string{"", "x "} {
			got := string(appendKey([]byte(prefix), n))
			want := string(appendKeyByRune([]byte(prefix), n))
			if got != want {
				t.Errorf("appendKey(%q, %q) = %q, want %q", prefix, n, got, want)
			}
		}
	}
}
