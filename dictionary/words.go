package dictionary

import "slices"

// Words is the words of a text (its tokens) with the hash that every
// lookup in a dictionary makes of a word (of its case-folded form). Most
// words start no phrase of a dictionary, and for them the hash is most of
// the cost of a lookup: a sentence looked up word by word in several
// dictionaries (actors, agents, discards) is best hashed once, here, and
// looked up with the Words methods of the dictionaries (LongestMatchWords,
// ScanWords), which read the hashes instead of making them again.
type Words struct {
	// List is the words. It must not be changed while the hashes are
	// in use.
	List   []string
	hashes []uint64 // hashes[i] is foldHash(List[i])
}

// Set makes w the Words of list, hashing every word; w's memory is reused.
func (w *Words) Set(list []string) {
	w.List = list
	w.hashes = slices.Grow(w.hashes[:0], len(list))
	for _, s := range list {
		w.hashes = append(w.hashes, foldHash(s))
	}
}

// Prefix returns the first n words of w, with their hashes.
func (w *Words) Prefix(n int) Words { return Words{List: w.List[:n], hashes: w.hashes[:n]} }

// HashWords returns the Words of list.
func HashWords(list []string) *Words {
	w := &Words{}
	w.Set(list)
	return w
}
