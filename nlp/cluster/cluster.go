// Package cluster holds hierarchical word clusters learned from raw text:
// a table from lower-cased word to a bit-string path in a binary tree of
// word classes. Words with similar left and right neighbours share long
// path prefixes, so a prefix of a few bits is a coarse class ("some kind
// of verb") and the full path a fine one ("a verb of saying"). Taggers and
// parsers use prefixes of several lengths as features (Koo, Carreras and
// Collins 2008), which helps most with words the treebank never showed.
//
// The table is built by Learn (see learn.go for the algorithm) and stored
// by Save as a small gzip-compressed file of words and numbers; Load reads
// it back. A Table is read-only and safe for concurrent use.
package cluster

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
)

// ErrFormat is wrapped by Load errors about a malformed or foreign file.
var ErrFormat = errors.New("cluster: bad cluster file")

// MaxBits is the longest path a table can hold.
const MaxBits = 24

// MaxWordLen is the longest word (in bytes) a table holds; Lookup reports
// longer words as unknown without looking.
const MaxWordLen = 64

// Table maps lower-cased words to their cluster paths.
type Table struct {
	// words maps a lower-cased word to its path (low MaxBits bits) and the
	// path's length in bits (high byte).
	words map[string]uint32
	depth uint8
}

// pack stores a path and its length in one number.
func pack(path uint32, bits uint8) uint32 { return uint32(bits)<<MaxBits | path&(1<<MaxBits-1) }

// Lookup returns the cluster path of word and its length in bits; the
// first bit of the path is its highest (bit bits-1). Upper-case ASCII
// letters are folded to lower case first; other bytes are compared as
// they are. It does not allocate.
func (t *Table) Lookup(word string) (path uint32, bits uint8, ok bool) {
	if t == nil || len(word) > MaxWordLen {
		return 0, 0, false
	}
	var v uint32
	if hasUpper(word) {
		var buf [MaxWordLen]byte
		for i := 0; i < len(word); i++ {
			buf[i] = lower(word[i])
		}
		v, ok = t.words[string(buf[:len(word)])]
	} else {
		v, ok = t.words[word]
	}
	if !ok {
		return 0, 0, false
	}
	return v & (1<<MaxBits - 1), uint8(v >> MaxBits), true
}

// Prefix returns the first k bits of a path of the given length (the whole
// path when it is not longer than k). Features should combine the prefix
// with k, as prefixes of different lengths may be equal numbers.
func Prefix(path uint32, bits uint8, k int) uint32 {
	if k <= 0 {
		return 0
	}
	if int(bits) <= k {
		return path
	}
	return path >> (int(bits) - k)
}

// Len returns the number of words in the table.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return len(t.words)
}

// Depth returns the length in bits of the longest path.
func (t *Table) Depth() int {
	if t == nil {
		return 0
	}
	return int(t.depth)
}

// Words calls f for every word of the table in byte order, with its path;
// it stops when f returns false.
func (t *Table) Words(f func(word string, path uint32, bits uint8) bool) {
	if t == nil {
		return
	}
	for _, w := range t.sorted() {
		v := t.words[w]
		if !f(w, v&(1<<MaxBits-1), uint8(v>>MaxBits)) {
			return
		}
	}
}

func (t *Table) sorted() []string {
	ws := make([]string, 0, len(t.words))
	for w := range t.words {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	return ws
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// The file is gzip-compressed. Inside: the magic line, then uvarints: the
// number of words, and for each word in byte order the length of the
// prefix it shares with the previous word, the length of the rest, the
// rest's bytes, the path length in bits and the path.
const magic = "tacitus-clusters/1\n"

// Save writes the table in its compact binary form.
func (t *Table) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("cluster: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	bw.WriteString(magic)
	ws := t.sorted()
	put(uint64(len(ws)))
	prev := ""
	for _, word := range ws {
		n := 0
		for n < len(prev) && n < len(word) && prev[n] == word[n] {
			n++
		}
		put(uint64(n))
		put(uint64(len(word) - n))
		bw.WriteString(word[n:])
		v := t.words[word]
		put(uint64(v >> MaxBits))
		put(uint64(v & (1<<MaxBits - 1)))
		prev = word
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("cluster: saving: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("cluster: saving: %w", err)
	}
	return nil
}

// maxWords bounds the word count of a file, so that a corrupt file cannot
// make Load allocate without limit.
const maxWords = 1 << 22

// Load reads a table written by Save.
func Load(r io.Reader) (*Table, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	t, err := decode(bufio.NewReader(zr))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return t, nil
}

func decode(br *bufio.Reader) (*Table, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, err
	}
	if string(head) != magic {
		return nil, errors.New("not a cluster table")
	}
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if n > maxWords {
		return nil, fmt.Errorf("%d words", n)
	}
	t := &Table{words: make(map[string]uint32, n)}
	var word [MaxWordLen]byte
	prev := ""
	for range n {
		shared, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		rest, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		if shared > uint64(len(prev)) || rest == 0 || shared+rest > MaxWordLen {
			return nil, fmt.Errorf("bad word length %d+%d after %q", shared, rest, prev)
		}
		copy(word[:], prev[:shared])
		if _, err := io.ReadFull(br, word[shared:shared+rest]); err != nil {
			return nil, err
		}
		w := string(word[:shared+rest])
		if w <= prev || hasUpper(w) {
			return nil, fmt.Errorf("word %q out of order or not lower-cased", w)
		}
		bits, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		path, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		if bits == 0 || bits > MaxBits || path >= 1<<bits {
			return nil, fmt.Errorf("bad path %d of %d bits for %q", path, bits, w)
		}
		t.words[w] = pack(uint32(path), uint8(bits))
		t.depth = max(t.depth, uint8(bits))
		prev = w
	}
	return t, nil
}
