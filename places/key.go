package places

import (
	"unicode"
	"unicode/utf8"
)

// appendKey appends the lookup key of a name to dst: lower case, periods
// dropped, hyphens, underscores and runs of white space read as one space,
// typographic apostrophes and backquotes read as "'", leading and trailing space trimmed.
// Invalid UTF-8 bytes are kept as they are.
func appendKey(dst []byte, s string) []byte {
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
