package dictionary

import "slices"

// Match is the result of a longest-phrase lookup in an actor, agent,
// discard or issue dictionary.
type Match[T any] struct {
	// Start and End delimit the matched words: words[Start:End]. With
	// the Loose lookups the span may include skipped words.
	Start, End int
	// Entry is the first entry (file order) of the newest layer that
	// lists the matched phrase. P1 semantics use only this entry.
	Entry T
	// Entries are all entries of that layer listing the phrase, in file
	// order; Entries[0] == Entry. P2 merges their codes. The slice is
	// shared with the dictionary and must not be modified.
	Entries []T
	// Phrase is the dictionary phrase that matched (one of Entry's
	// phrases or generated forms).
	Phrase *Phrase
}

// phraseIndex maps phrases to the entries listing them, with overlay
// layers: a phrase added in a later layer replaces the earlier layer's
// entries; within a layer entries accumulate in the order added.
type phraseIndex[T comparable] struct {
	t    *trie
	vals []phraseVal[T]
	// overrides counts phrases of an earlier layer replaced by a later one.
	overrides int
}

type phraseVal[T any] struct {
	layer   int
	entries []T
	phrase  *Phrase
}

func (x *phraseIndex[T]) add(p *Phrase, layer int, v T) {
	if x.t == nil {
		x.t = newTrie()
	}
	x.addOnce(x.t.insert(p.Words, p.Gaps), p, layer, v)
	if words, gaps, ok := splitClitics(p.Words, p.Gaps); ok {
		// The text's tokens split the possessive ("People 's"), the
		// dictionaries' phrases often do not (NATIONAL_PEOPLE'S_CONGRESS).
		x.addAt(x.t.insert(words, gaps), p, layer, v)
	}
	for _, words := range spellingVariants(p.Words) {
		// "the Organisation of American States" is the Phoenix
		// ORGANIZATION_OF_AMERICAN_STATES_.
		x.addOnce(x.t.insert(words, p.Gaps), p, layer, v)
	}
}

// addOnce is addAt unless v already holds the phrase at node n in this
// layer: an entry that lists both spellings of a name itself is listed
// once.
func (x *phraseIndex[T]) addOnce(n int32, p *Phrase, layer int, v T) {
	if vi := x.t.nodes[n].val; vi >= 0 && x.vals[vi].layer == layer && slices.Contains(x.vals[vi].entries, v) {
		return
	}
	x.addAt(n, p, layer, v)
}

// spellings pairs the British and American spellings of the words that
// international organisations' names are written with either way.
var spellings = map[string]string{
	"ORGANIZATION": "ORGANISATION", "ORGANISATION": "ORGANIZATION",
	"ORGANIZATIONS": "ORGANISATIONS", "ORGANISATIONS": "ORGANIZATIONS",
	"COOPERATION": "CO-OPERATION", "CO-OPERATION": "COOPERATION",
}

// spellingVariants returns the phrase's words in every other combination
// of the spellings that spellings pairs (none when it has no such word).
func spellingVariants(words []string) [][]string {
	var out [][]string
	for i, w := range words {
		alt, ok := spellings[w]
		if !ok {
			continue
		}
		// The phrase as written and each variant so far, with this
		// word in its other spelling.
		for _, v := range append(out[:len(out):len(out)], words) {
			v2 := slices.Clone(v)
			v2[i] = alt
			out = append(out, v2)
		}
	}
	return out
}

// addAt adds v for phrase p at trie node n.
func (x *phraseIndex[T]) addAt(n int32, p *Phrase, layer int, v T) {
	vi := x.t.nodes[n].val
	if vi < 0 {
		x.t.setVal(n, int32(len(x.vals)))
		x.vals = append(x.vals, phraseVal[T]{layer: layer, entries: []T{v}, phrase: p})
		return
	}
	pv := &x.vals[vi]
	if pv.layer < layer {
		x.overrides++
		*pv = phraseVal[T]{layer: layer, entries: []T{v}, phrase: p}
		return
	}
	pv.entries = append(pv.entries, v)
}

// splitClitics returns the words of a phrase with possessive clitics
// split off as the tokenizer splits them ("PEOPLE'S" → "PEOPLE" "'S",
// "WORKERS'" → "WORKERS" "'"), and whether any was.
func splitClitics(words []string, gaps []bool) ([]string, []bool, bool) {
	split := func(w string) (string, string) {
		switch n := len(w); {
		case n > 2 && (w[n-2:] == "'S" || w[n-2:] == "'s"):
			return w[:n-2], w[n-2:]
		case n > 1 && w[n-1] == '\'' && (w[n-2] == 'S' || w[n-2] == 's'):
			return w[:n-1], "'"
		}
		return w, ""
	}
	any := false
	for _, w := range words {
		if _, c := split(w); c != "" {
			any = true
			break
		}
	}
	if !any {
		return nil, nil, false
	}
	var ws []string
	var gs []bool
	for k, w := range words {
		stem, c := split(w)
		ws = append(ws, stem)
		gs = append(gs, k < len(gaps) && gaps[k])
		if c != "" {
			ws = append(ws, c)
			gs = append(gs, false)
		}
	}
	return ws, gs, true
}

func (x *phraseIndex[T]) match(start, end int, vi int32) Match[T] {
	pv := &x.vals[vi]
	return Match[T]{Start: start, End: end, Entry: pv.entries[0], Entries: pv.entries, Phrase: pv.phrase}
}

// longest finds the longest phrase matching words[i:] word for word;
// hashes, when not nil, holds the foldHash of each word (see Words).
func (x *phraseIndex[T]) longest(words []string, hashes []uint64, i int) (Match[T], bool) {
	if x.t == nil {
		return Match[T]{}, false
	}
	end, vi, ok := x.t.longest(words, hashes, i)
	if !ok {
		return Match[T]{}, false
	}
	return x.match(i, end, vi), true
}

// longestLoose is longest with P1's gap semantics for space connectors.
func (x *phraseIndex[T]) longestLoose(words []string, i, limit int) (Match[T], bool) {
	if x.t == nil {
		return Match[T]{}, false
	}
	end, vi, ok := x.t.longestLoose(words, i, limit)
	if !ok {
		return Match[T]{}, false
	}
	return x.match(i, end, vi), true
}

// size returns the number of distinct phrases.
func (x *phraseIndex[T]) size() int { return len(x.vals) }

// each calls fn for every phrase value in insertion order of phrases.
func (x *phraseIndex[T]) each(fn func(p *Phrase, entries []T)) {
	for i := range x.vals {
		fn(x.vals[i].phrase, x.vals[i].entries)
	}
}

// ActorMatch is a match in an ActorDict.
type ActorMatch = Match[*ActorEntry]

// ActorDict is the matching structure over one or more actor files: a
// case-insensitive word trie from every primary and synonym phrase to
// the entries listing it. Build it with NewActorDict and AddLayer; it is
// safe for concurrent lookups once built.
type ActorDict struct {
	// Files are the files added, in order.
	Files []*ActorFile
	idx   phraseIndex[*ActorEntry]
	layer int
}

// NewActorDict returns an empty actor dictionary.
func NewActorDict() *ActorDict { return &ActorDict{} }

// AddLayer adds files as a new overlay layer: a phrase defined in this
// layer hides every entry of earlier layers for that phrase. Within the
// layer, the files are read in order and an entry keeps its place: the
// first entry listing a phrase is Match.Entry (P1), all are in
// Match.Entries (P2).
func (d *ActorDict) AddLayer(files ...*ActorFile) {
	d.layer++
	for _, f := range files {
		d.Files = append(d.Files, f)
		for _, e := range f.Entries {
			for k := range e.Phrases {
				d.idx.add(&e.Phrases[k], d.layer, e)
			}
		}
	}
}

// LongestMatch returns the longest actor phrase that matches words[i:]
// word for word (P2 semantics: '_' and ' ' both mean consecutive).
// Matching is case-insensitive; words are whole tokens (Penn Treebank
// tokenisation, spec sec. 1). It runs in O(length of the match), does
// not allocate, and returns ok=false when no phrase starts at i or i is
// out of range.
func (d *ActorDict) LongestMatch(words []string, i int) (ActorMatch, bool) {
	return d.idx.longest(words, nil, i)
}

// LongestMatchWords is LongestMatch of w.List, with the hashes of w.
func (d *ActorDict) LongestMatchWords(w *Words, i int) (ActorMatch, bool) {
	return d.idx.longest(w.List, w.hashes, i)
}

// LongestMatchLoose is LongestMatch with P1 semantics for phrases written
// with spaces: a word joined by a space may be preceded by other words,
// as long as the phrase ends before words[limit] (normally the end of the
// noun-phrase slot, spec 7.1 step 5: "ITHILEN TELEVISION" matches
// "Ithilen state-run television"). The first phrase word must be
// words[i]. The search is greedy (the nearest continuing word is taken),
// costs O((limit-i) * phrase length) and does not allocate.
func (d *ActorDict) LongestMatchLoose(words []string, i, limit int) (ActorMatch, bool) {
	return d.idx.longestLoose(words, i, limit)
}

// Len returns the number of distinct phrases in the dictionary.
func (d *ActorDict) Len() int { return d.idx.size() }

// Overrides returns how many phrases of an earlier layer were replaced
// by a later layer.
func (d *ActorDict) Overrides() int { return d.idx.overrides }
