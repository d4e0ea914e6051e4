package dictionary

// trie is a word trie shared by the actor, agent, discard and issue
// dictionaries. Nodes are dense int32 ids; the children of all nodes live
// in one map keyed by (parent id, word id), so a step costs one
// case-insensitive word lookup plus one integer-keyed map lookup and never
// allocates.
type trie struct {
	words wordTable
	edges map[uint64]int32
	nodes []trieNode
}

type trieNode struct {
	val   int32 // index into the owner's value slice, -1 if not a phrase end
	loose bool  // some phrase reaches this node through a space connector
}

func newTrie() *trie {
	return &trie{edges: make(map[uint64]int32), nodes: []trieNode{{val: -1}}}
}

func edgeKey(parent, word int32) uint64 { return uint64(uint32(parent))<<32 | uint64(uint32(word)) }

// insert adds the phrase and returns its end node. gaps[k] (k >= 1) tells
// whether words[k] was joined to words[k-1] by white space; gaps may be
// nil.
func (t *trie) insert(words []string, gaps []bool) int32 {
	n := int32(0)
	for k, w := range words {
		id := t.words.intern(w)
		key := edgeKey(n, id)
		c, ok := t.edges[key]
		if !ok {
			c = int32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{val: -1})
			t.edges[key] = c
		}
		if k > 0 && k < len(gaps) && gaps[k] {
			t.nodes[c].loose = true
		}
		n = c
	}
	return n
}

func (t *trie) child(n int32, w string) (int32, bool) {
	id := t.words.lookup(w)
	if id < 0 {
		return 0, false
	}
	c, ok := t.edges[edgeKey(n, id)]
	return c, ok
}

// longest returns the end (exclusive) and value of the longest phrase
// that matches words[i:] word for word, or ok=false.
func (t *trie) longest(words []string, i int) (end int, val int32, ok bool) {
	if i < 0 {
		return 0, -1, false
	}
	n := int32(0)
	val = -1
	for j := i; j < len(words); j++ {
		c, found := t.child(n, words[j])
		if !found {
			break
		}
		n = c
		if v := t.nodes[n].val; v >= 0 {
			end, val = j+1, v
		}
	}
	return end, val, val >= 0
}

// longestLoose is longest with P1's space semantics: a phrase word that
// was joined by a space may be found after other words, as long as it is
// before limit. The search is greedy: at each step the nearest word that
// continues some phrase is taken.
func (t *trie) longestLoose(words []string, i, limit int) (end int, val int32, ok bool) {
	if limit > len(words) {
		limit = len(words)
	}
	if i < 0 || i >= limit {
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
