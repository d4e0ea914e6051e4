package dictionary

import "math/bits"

// trie is a word trie shared by the actor, agent, discard and issue
// dictionaries. Nodes are dense int32 ids; the children of all nodes live
// in one edge table keyed by (parent id, word id), so a step costs one
// case-insensitive word lookup plus one integer-keyed table lookup and
// never allocates. An edge also holds its child's value, which spares a
// step of a lookup the access to the node.
//
// Most words of a text start no phrase, and a lookup that finds none
// would still cost the table accesses of a word that does; starts, a
// filter of the words that start phrases small enough to stay in the
// processor's caches, answers most of those without them.
type trie struct {
	words  wordTable
	edges  edgeTable
	nodes  []trieNode
	starts startFilter
}

type trieNode struct {
	val   int32  // index into the owner's value slice, -1 if not a phrase end
	loose bool   // some phrase reaches this node through a space connector
	in    uint64 // the key of the edge into the node (none into the root)
}

func newTrie() *trie {
	return &trie{nodes: []trieNode{{val: -1}}}
}

// insert adds the phrase and returns its end node. gaps[k] (k >= 1) tells
// whether words[k] was joined to words[k-1] by white space; gaps may be
// nil.
func (t *trie) insert(words []string, gaps []bool) int32 {
	n := int32(0)
	for k, w := range words {
		id := t.words.intern(w)
		var c int32
		if e := t.edges.get(n, id); e != nil {
			c = e.child
		} else {
			c = int32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{val: -1, in: edgeKey(n, id)})
			t.edges.put(n, id, c)
			if n == 0 {
				t.starts.add(foldHash(w))
			}
		}
		if k > 0 && k < len(gaps) && gaps[k] {
			t.nodes[c].loose = true
		}
		n = c
	}
	return n
}

// setVal sets the value of node n.
func (t *trie) setVal(n, v int32) {
	t.nodes[n].val = v
	if n != 0 {
		t.edges.getKey(t.nodes[n].in).val = v
	}
}

func (t *trie) child(n int32, w string) (int32, bool) {
	e := t.step(n, w, foldHash(w))
	if e == nil {
		return 0, false
	}
	return e.child, true
}

// step returns the edge from node n by word w, whose foldHash is h, or
// nil.
func (t *trie) step(n int32, w string, h uint64) *edge {
	id := t.words.lookupHashed(w, h)
	if id < 0 {
		return nil
	}
	return t.edges.get(n, id)
}

// longest returns the end (exclusive) and value of the longest phrase
// that matches words[i:] word for word, or ok=false. hashes, when not
// nil, holds the foldHash of each word (see Words).
func (t *trie) longest(words []string, hashes []uint64, i int) (end int, val int32, ok bool) {
	if i < 0 || i >= len(words) {
		return 0, -1, false
	}
	h := wordHash(words, hashes, i)
	if !t.starts.may(h) {
		return 0, -1, false
	}
	e := t.step(0, words[i], h)
	val = -1
	for j := i; e != nil; {
		if e.val >= 0 {
			end, val = j+1, e.val
		}
		if j++; j == len(words) {
			break
		}
		e = t.step(e.child, words[j], wordHash(words, hashes, j))
	}
	return end, val, val >= 0
}

// wordHash returns hashes[i], or foldHash(words[i]) when hashes is nil.
func wordHash(words []string, hashes []uint64, i int) uint64 {
	if hashes != nil {
		return hashes[i]
	}
	return foldHash(words[i])
}

// longestLoose is longest with P1's space semantics: a phrase word that
// was joined by a space may be found after other words, as long as it is
// before limit. The search is greedy: at each step the nearest word that
// continues some phrase is taken.
func (t *trie) longestLoose(words []string, i, limit int) (end int, val int32, ok bool) {
	if limit > len(words) {
		limit = len(words)
	}
	if i < 0 || i >= limit || !t.starts.may(foldHash(words[i])) {
		return 0, -1, false
	}
	n := int32(0)
	val = -1
	pos := i
	for pos < limit {
		next := -1
		var nc int32
		for j := pos; j < limit; j++ {
			c, found := t.child(n, words[j])
			if found && (j == pos || t.nodes[c].loose) {
				next, nc = j, c
				break
			}
			if n == 0 {
				break // the first word must be at i
			}
		}
		if next < 0 {
			break
		}
		n = nc
		pos = next + 1
		if v := t.nodes[n].val; v >= 0 {
			end, val = pos, v
		}
	}
	return end, val, val >= 0
}

// edgeTable maps (parent node, word id) to the child node of a trie by
// open addressing with linear probing. A child is never the root, so
// child 0 marks an empty slot.
type edgeTable struct {
	slots []edge
	n     int
	shift uint8 // a key's home slot is its hash >> shift
}

type edge struct {
	key   uint64 // edgeKey(parent, word)
	child int32
	val   int32 // the child's value (see trie.setVal)
}

func edgeKey(parent, word int32) uint64 { return uint64(uint32(parent))<<32 | uint64(uint32(word)) }

// edgeHome is the home slot of key k in a table of 64-shift bits:
// Fibonacci hashing, which spreads the keys of one parent (consecutive
// word ids) and of one word (parents) alike.
func edgeHome(k uint64, shift uint8) uint64 { return (k * 0x9E3779B97F4A7C15) >> (shift & 63) }

// get returns the edge from parent by word, or nil.
func (t *edgeTable) get(parent, word int32) *edge { return t.getKey(edgeKey(parent, word)) }

// getKey returns the edge of key k, or nil.
func (t *edgeTable) getKey(k uint64) *edge {
	if t.n == 0 {
		return nil
	}
	mask := uint64(len(t.slots) - 1)
	for i := edgeHome(k, t.shift); ; i = (i + 1) & mask {
		e := &t.slots[i]
		if e.child == 0 {
			return nil
		}
		if e.key == k {
			return e
		}
	}
}

// put adds the edge parent --word--> child, which must be new.
func (t *edgeTable) put(parent, word, child int32) {
	if (t.n+1)*2 > len(t.slots) {
		t.grow()
	}
	t.place(edge{key: edgeKey(parent, word), child: child, val: -1})
	t.n++
}

func (t *edgeTable) place(e edge) {
	mask := uint64(len(t.slots) - 1)
	for i := edgeHome(e.key, t.shift); ; i = (i + 1) & mask {
		if t.slots[i].child == 0 {
			t.slots[i] = e
			return
		}
	}
}

func (t *edgeTable) grow() {
	size := max(64, 2*len(t.slots))
	old := t.slots
	t.slots = make([]edge, size)
	t.shift = uint8(64 - bits.Len(uint(size-1)))
	for _, e := range old {
		if e.child != 0 {
			t.place(e)
		}
	}
}

// startFilter is a Bloom filter with one hash function over the words
// that start a trie's phrases: bit(foldHash(w)) is set for each such w. It has at least startBits bits a word, so about one word in
// that many that starts no phrase passes.
type startFilter struct {
	bits  []uint64
	shift uint8
	hs    []uint64 // the hashes added, to size the filter anew
}

const startBits = 16

// add adds the word of hash h.
func (f *startFilter) add(h uint64) {
	f.hs = append(f.hs, h)
	if len(f.hs)*startBits <= len(f.bits)*64 {
		f.set(h)
		return
	}
	n := max(1024, 2*len(f.bits)*64)
	for n < len(f.hs)*startBits {
		n *= 2
	}
	f.bits = make([]uint64, n/64)
	f.shift = uint8(64 - bits.Len(uint(n-1)))
	for _, h := range f.hs {
		f.set(h)
	}
}

// bit is the filter bit of the word of hash h. The hash is mixed once
// more, so that the filter's bits are not the slot bits of the tables.
func (f *startFilter) bit(h uint64) uint64 { return (h * 0x9E3779B97F4A7C15) >> (f.shift & 63) }

func (f *startFilter) set(h uint64) {
	b := f.bit(h)
	f.bits[b>>6] |= 1 << (b & 63)
}

// may reports whether the word of hash h may start a phrase: false is
// sure, true may be wrong.
func (f *startFilter) may(h uint64) bool {
	if len(f.bits) == 0 {
		return false
	}
	b := f.bit(h)
	return f.bits[b>>6]&(1<<(b&63)) != 0
}
