package store

import (
	"crypto/sha256"
	"encoding/hex"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// NearDuplicateDistance is the largest Hamming distance between two
// articles' Simhash values at which they count as near duplicates. With
// 3-word shingles, 3 of 64 bits tolerates a changed headline word, a
// dateline or a byline on a wire story of a few hundred words while keeping
// distinct stories on the same topic apart (they typically differ in 15 or
// more bits).
const NearDuplicateDistance = 3

// shingle is the number of words in a Simhash shingle.
const shingle = 3

// TextHash is the exact-text hash used for syndication: the hex SHA-256 of
// the text's bytes.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Simhash returns the 64-bit SimHash (Charikar) of a text over its word
// 3-shingles: words are maximal runs of letters and digits, lower-cased;
// each shingle is hashed with 64-bit FNV-1a, and bit i of the result is set
// when more shingles have bit i set than not. A text of fewer than three
// words is one shingle; an empty text hashes to 0.
func Simhash(text string) uint64 {
	// Words are lower-cased into one buffer (ends[i] is where word i
	// ends in it), then each shingle "w1 w2 w3" is hashed in place:
	// no allocation per word or shingle, and the per-bit counts are
	// updated without branches.
	buf := make([]byte, 0, len(text))
	var ends []int
	inWord := false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				buf = append(buf, byte(r))
			} else {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
			inWord = true
			continue
		}
		if inWord {
			ends = append(ends, len(buf))
			inWord = false
		}
	}
	if inWord {
		ends = append(ends, len(buf))
	}
	if len(ends) == 0 {
		return 0
	}
	// Bit i of the shingle hashes is counted in byte i%8 of lanes[i/8]
	// (eight 8-bit counters a word, spread from a byte by byteSpread),
	// moved to set before the counters can overflow.
	var (
		set      [64]int
		lanes    [8]uint64
		inLanes  int
		shingles int
	)
	drain := func() {
		for k, l := range lanes {
			for j := range 8 {
				set[8*k+j] += int(l >> (8 * j) & 0xff)
			}
		}
		lanes = [8]uint64{}
		inLanes = 0
	}
	add := func(first, last int) { // words first..last inclusive
		const (
			offset64 = 14695981039346656037
			prime64  = 1099511628211
		)
		h := uint64(offset64)
		for w := first; w <= last; w++ {
			if w > first {
				h = (h ^ ' ') * prime64
			}
			start := 0
			if w > 0 {
				start = ends[w-1]
			}
			for _, c := range buf[start:ends[w]] {
				h = (h ^ uint64(c)) * prime64
			}
		}
		for k := range lanes {
			lanes[k] += byteSpread[h>>(8*k)&0xff]
		}
		shingles++
		if inLanes++; inLanes == 255 {
			drain()
		}
	}
	if len(ends) < shingle {
		add(0, len(ends)-1)
	} else {
		for i := 0; i+shingle <= len(ends); i++ {
			add(i, i+shingle-1)
		}
	}
	drain()
	var out uint64
	for i, c := range set {
		if 2*c > shingles {
			out |= 1 << uint(i)
		}
	}
	return out
}

// byteSpread maps a byte to a word whose byte j is bit j of it.
var byteSpread = func() (t [256]uint64) {
	for b := range t {
		for j := range 8 {
			if b&(1<<j) != 0 {
				t[b] |= 1 << (8 * j)
			}
		}
	}
	return t
}()

// Hamming returns the number of bits in which a and b differ.
func Hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// simhashBands splits a simhash into four 16-bit bands. Two hashes within
// Hamming distance 3 agree on at least one band (pigeonhole), so a lookup
// by any equal band finds every near-duplicate candidate.
func simhashBands(h uint64) [4]int64 {
	return [4]int64{int64(h & 0xffff), int64(h >> 16 & 0xffff), int64(h >> 32 & 0xffff), int64(h >> 48 & 0xffff)}
}
