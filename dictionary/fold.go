package dictionary

import (
	"unicode"
	"unicode/utf8"
)

// Case folding. Dictionary keys are stored folded to upper case and every
// lookup folds its argument on the fly while hashing and comparing, so the
// matching structures are case-insensitive without allocating. ASCII is
// folded by table; other valid UTF-8 letters by unicode.ToUpper; bytes of
// invalid UTF-8 (present in the Phoenix actor files) are kept as they are.

// foldRune returns the upper-case form of the rune starting s[i] and its
// width in s. For invalid UTF-8 it returns the raw byte with width 1 and
// raw=true.
func foldRune(s string, i int) (r rune, w int, raw bool) {
	c := s[i]
	if c < utf8.RuneSelf {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		return rune(c), 1, false
	}
	r, w = utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && w == 1 {
		return rune(c), 1, true
	}
	return unicode.ToUpper(r), w, false
}

// Fold returns s in the upper-case form used for dictionary keys. It
// returns s itself (no allocation) when s is already folded.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('a' <= c && c <= 'z') {
			return foldSlow(s)
		}
	}
	return s
}

func foldSlow(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w, raw := foldRune(s, i)
		if raw {
			b = append(b, s[i])
		} else {
			b = utf8.AppendRune(b, r)
		}
		i += w
	}
	if string(b) == s {
		return s
	}
	return string(b)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// foldHash hashes the folded form of s (FNV-1a over the folded bytes).
func foldHash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		r, w, raw := foldRune(s, i)
		if raw {
			h = (h ^ uint64(c)) * fnvPrime
		} else {
			var buf [utf8.UTFMax]byte
			n := utf8.EncodeRune(buf[:], r)
			for _, b := range buf[:n] {
				h = (h ^ uint64(b)) * fnvPrime
			}
		}
		i += w
	}
	return h
}

// foldEqual reports whether key (already folded) equals the folded form
// of s.
func foldEqual[K ~string | ~[]byte](key K, s string) bool {
	k := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			if k >= len(key) || key[k] != c {
				return false
			}
			k++
			i++
			continue
		}
		r, w, raw := foldRune(s, i)
		if raw {
			if k >= len(key) || key[k] != c {
				return false
			}
			k++
		} else {
			var buf [utf8.UTFMax]byte
			n := utf8.EncodeRune(buf[:], r)
			if k+n > len(key) {
				return false
			}
			for _, b := range buf[:n] {
				if key[k] != b {
					return false
				}
				k++
			}
		}
		i += w
	}
	return k == len(key)
}

// wordTable interns folded words: an open-addressing hash table from word
// to a dense int32 id. Lookups fold their argument on the fly and never
// allocate.
//
// A slot holds what a lookup needs without going elsewhere: the upper
// half of the word's hash, which rules out almost every other word
// without comparing, and where the word is in text, where all the words
// are kept one after another. A found word thus costs two memory
// accesses (its slot, its text) and a word that is not there mostly one.
type wordTable struct {
	text  []byte // the folded words, one after another
	n     int32  // number of words
	slots []wordSlot
	mask  uint64
}

// wordSlot is a slot of a wordTable: id is the word's id plus one, 0 when
// the slot is empty; the word is text[off:end].
type wordSlot struct {
	tag      uint32 // the upper half of the word's foldHash
	id       int32
	off, end uint32
}

func (t *wordTable) lookup(s string) int32 { return t.lookupHashed(s, foldHash(s)) }

// lookupHashed is lookup for a word whose foldHash is h.
func (t *wordTable) lookupHashed(s string, h uint64) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	tag := uint32(h >> 32)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		e := &t.slots[i]
		if e.id == 0 {
			return -1
		}
		if e.tag == tag && foldEqual(t.text[e.off:e.end], s) {
			return e.id - 1
		}
	}
}

// intern returns the id of s, adding it if needed.
func (t *wordTable) intern(s string) int32 {
	if id := t.lookup(s); id >= 0 {
		return id
	}
	if int(t.n+1)*2 > len(t.slots) {
		t.grow()
	}
	f := Fold(s)
	off := len(t.text)
	t.text = append(t.text, f...)
	id := t.n
	t.n++
	t.place(wordSlot{tag: uint32(foldHash(f) >> 32), id: id + 1, off: uint32(off), end: uint32(len(t.text))})
	return id
}

// place puts e in the first empty slot from its word's home slot.
func (t *wordTable) place(e wordSlot) {
	for i := foldHash(string(t.text[e.off:e.end])) & t.mask; ; i = (i + 1) & t.mask {
		if t.slots[i].id == 0 {
			t.slots[i] = e
			return
		}
	}
}

func (t *wordTable) grow() {
	n := len(t.slots) * 2
	if n < 64 {
		n = 64
	}
	old := t.slots
	t.slots = make([]wordSlot, n)
	t.mask = uint64(n - 1)
	for _, e := range old {
		if e.id != 0 {
			t.place(e)
		}
	}
}
