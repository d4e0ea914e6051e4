package store

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"math/bits"
	"strings"
	"unicode"
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
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		return 0
	}
	var acc [64]int
	add := func(ws []string) {
		h := fnv.New64a()
		for i, w := range ws {
			if i > 0 {
				h.Write([]byte{' '})
			}
			h.Write([]byte(w))
		}
		v := h.Sum64()
		for i := range acc {
			if v&(1<<uint(i)) != 0 {
				acc[i]++
			} else {
				acc[i]--
			}
		}
	}
	if len(words) < shingle {
		add(words)
	} else {
		for i := 0; i+shingle <= len(words); i++ {
			add(words[i : i+shingle])
		}
	}
	var out uint64
	for i, c := range acc {
		if c > 0 {
			out |= 1 << uint(i)
		}
	}
	return out
}

// Hamming returns the number of bits in which a and b differ.
func Hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// simhashBands splits a simhash into four 16-bit bands. Two hashes within
// Hamming distance 3 agree on at least one band (pigeonhole), so a lookup
// by any equal band finds every near-duplicate candidate.
func simhashBands(h uint64) [4]int64 {
	return [4]int64{int64(h & 0xffff), int64(h >> 16 & 0xffff), int64(h >> 32 & 0xffff), int64(h >> 48 & 0xffff)}
}
