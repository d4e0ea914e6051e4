package places

import (
	"unicode"
	"unicode/utf8"
)

// ASCII byte classes of appendKey (keyClass).
const (
	keyKeep  = iota // kept, in lower case (keyLower)
	keyDrop         // a period, dropped
	keySpace        // a hyphen, underscore or white space
	keyQuote        // a backquote, read as "'"
	keyWide         // not ASCII: decoded as UTF-8
)

// keyClass and keyLower are appendKey's class and lower-case form of each
// byte.
var keyClass, keyLower = func() (class, lower [256]byte) {
	for c := range 256 {
		lower[c] = byte(c)
		switch {
		case c >= utf8.RuneSelf:
			class[c] = keyWide
		case c == '.':
			class[c] = keyDrop
		case c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == '\r':
			class[c] = keySpace
		case c == '`':
			class[c] = keyQuote
		case 'A' <= c && c <= 'Z':
			lower[c] = byte(c) + 'a' - 'A'
		}
	}
	return class, lower
}()

// appendKey appends the lookup key of a name to dst: lower case, periods
// dropped, hyphens, underscores and runs of white space read as one space,
// typographic apostrophes and backquotes read as "'", leading and trailing space trimmed.
// Invalid UTF-8 bytes are kept as they are. ASCII bytes, nearly all, are
// read through a table of their classes.
func appendKey(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		switch keyClass[c] {
		case keyKeep:
			i++
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, keyLower[c])
			continue
		case keyDrop:
			i++
			continue
		case keySpace:
			i++
			space = len(dst) > start
			continue
		case keyQuote:
			i++
			r = '\''
		default:
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				dst = append(dst, c)
				i++
				continue
			}
			i += size
			if unicode.IsSpace(r) {
				space = len(dst) > start
				continue
			}
			if r == '\u2019' || r == '\u2018' {
				r = '\''
			}
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}
