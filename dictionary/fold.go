package dictionary

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"tacitus/internal/asciicase"
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

// foldHash hashes the folded form of s. The hash is a function of the
// folded bytes alone, so a word and its folded form hash alike. An ASCII
// word, nearly every word, is folded and hashed eight bytes at a time
// (see asciiFoldHash); any other is folded into a buffer first.
func foldHash(s string) uint64 {
	if h, ok := asciiFoldHash(s); ok {
		return h
	}
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(s); {
		r, w, raw := foldRune(s, i)
		if raw {
			b = append(b, s[i])
		} else {
			b = utf8.AppendRune(b, r)
		}
		i += w
	}
	return hashFolded(b)
}

// Constants of the hash: odd 64-bit multipliers with well mixed bits.
const (
	hashMul1 = 0x9E3779B97F4A7C15
	hashMul2 = 0xC2B2AE3D27D4EB4F
)

// asciiFoldHash returns hashFolded of the folded bytes of s and true
// when s is ASCII; false when it is not.
func asciiFoldHash(s string) (uint64, bool) {
	h := uint64(len(s)) * hashMul1
	for len(s) >= 8 {
		w := load64(s)
		if w&asciicase.HighBits != 0 {
			return 0, false
		}
		h = mixWord(h, asciicase.Upper(w))
		s = s[8:]
	}
	if len(s) > 0 {
		w := loadTail(s)
		if w&asciicase.HighBits != 0 {
			return 0, false
		}
		h = mixWord(h, asciicase.Upper(w))
	}
	return finishHash(h), true
}

// hashFolded hashes bytes that are already folded, as asciiFoldHash
// hashes the folded bytes of an ASCII word.
func hashFolded(b []byte) uint64 {
	h := uint64(len(b)) * hashMul1
	for len(b) >= 8 {
		h = mixWord(h, load64(string(b[:8])))
		b = b[8:]
	}
	if len(b) > 0 {
		h = mixWord(h, loadTail(string(b)))
	}
	return finishHash(h)
}

// load64 reads the first eight bytes of s, little-endian (the compiler
// makes it one load).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// loadTail reads the one to seven bytes of s into a uint64 without a
// loop: four bytes from each end when there are at least four (the two
// reads may overlap), else the first, middle and last byte. Bytes it
// does not fill are zero.
func loadTail(s string) uint64 {
	n := len(s)
	if n >= 4 {
		return uint64(load32(s)) | uint64(load32(s[n-4:]))<<32
	}
	return uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
}

// load32 reads the first four bytes of s, little-endian.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// mixWord mixes eight bytes into the running hash h.
func mixWord(h, w uint64) uint64 {
	h = (h ^ w) * hashMul2
	return h ^ h>>29
}

// finishHash spreads every input bit over the whole hash, whose low bits
// pick a slot and whose high bits are a slot's tag.
func finishHash(h uint64) uint64 {
	h ^= h >> 32
	h *= hashMul1
	return h ^ h>>29
}

// asciiFoldEqual is foldEqual for a key and an s of the same length,
// eight bytes at a time while s is ASCII, which nearly every news word
// is: an ASCII byte of s folds to one byte, so the words are equal when
// every byte of key is that of s upper-cased (see asciicase.Upper). At the
// first eight bytes of s, or its tail, that are not all ASCII it leaves
// the comparison to foldEqual; until then the bytes of s and key are in
// step, and a mismatch among ASCII bytes is one foldEqual finds too.
// lookupHashed compares a word this way once its tag has matched, that
// is for nearly every word it finds.
func asciiFoldEqual(key, s string) bool {
	if len(key) != len(s) {
		return foldEqual(key, s)
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := load64(s[i:])
		if w&asciicase.HighBits != 0 {
			return foldEqual(key, s)
		}
		if asciicase.Upper(w) != load64(key[i:]) {
			return false
		}
	}
	if i < len(s) {
		w := loadTail(s[i:])
		if w&asciicase.HighBits != 0 {
			return foldEqual(key, s)
		}
		return asciicase.Upper(w) == loadTail(key[i:])
	}
	return true
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
		if e.tag == tag && asciiFoldEqual(unsafe.String(unsafe.SliceData(t.text[e.off:e.end]), e.end-e.off), s) {
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
