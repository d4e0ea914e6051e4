// Package lemma is tacitus's lemmatizer: it gives every tagged token its
// dictionary form ("met"/VBD → "meet", "leaders"/NNS → "leader",
// "n't"/RB → "not") the way UD English EWT writes lemmas.
//
// A model has three parts, all learned from a treebank:
//
//   - an exception list of (form, XPOS) → lemma for the training words
//     that the rules below get wrong (irregular verbs, pronouns, …);
//   - suffix rules per XPOS: for the longest known final letters of the
//     word, strip some letters and append others ("-ies" → "-y");
//   - a case policy per XPOS: proper nouns keep their case, other words
//     are lower-cased.
//
// A Model is read-only once trained or loaded, so one Model serves any
// number of goroutines.
package lemma

import (
	"bytes"
	"encoding/binary"
	"errors"
	"sync"

	"tacitus/nlp"
)

// ErrFormat is wrapped by Load errors about a malformed or foreign model file.
var ErrFormat = errors.New("lemma: bad model file")

// ErrNoData is returned by Train when no token has a lemma and a tag.
var ErrNoData = errors.New("lemma: no lemmatized training tokens")

// maxSuffix is the longest word ending, in bytes, that a rule looks at.
const maxSuffix = 7

// Model is a trained lemmatizer. It implements nlp.Lemmatizer.
type Model struct {
	tags      map[string]uint8 // XPOS → tag number
	tagNames  []string
	keepCase  []bool                // per tag: the lemma keeps the form's case
	exact     map[string][]excEntry // exceptions keyed by exact form
	lower     map[string][]excEntry // exceptions keyed by lower-cased form
	rules     map[string]int32      // tag byte + word ending → rule number
	ruleEnds  []endSet              // by tag, the word endings of its rules (see indexRules)
	ruleList  []rule
	scratches sync.Pool
	// known, when set, tells the words of the language (lower case);
	// see SetVocabulary.
	known   func(word []byte) bool
	verbTag []bool // per tag: a verb form (VB*), which SetVocabulary checks
	cache   lemmaCache
}

// cacheBits is the base-2 logarithm of the number of slots of a Model's
// lemma cache (see lemmaCache).
const cacheBits = 13

// cacheKeyLen is the longest key a lemmaCache holds: an XPOS, a zero byte
// and the form. A longer pair is lemmatized every time.
const cacheKeyLen = 24

// lemmaCache remembers the lemmas Lemmatize gave to (XPOS, form) pairs.
// The lemma is a function of the two (and of the model), and news text
// repeats its words, so most tokens cost one look into the cache instead
// of the tag lookup, the exception lists, the suffix rules and the
// vocabulary checks (several map lookups each). The cache is a
// direct-mapped table whose slots hold their keys, so that a look touches
// one slot in a table small enough for the processor's caches (the keys
// of a map of strings lie elsewhere, each a cache miss of its own); a
// pair whose slot holds another pair takes the slot once its lemma is
// made. It is safe for concurrent use.
type lemmaCache struct {
	mu    sync.Mutex
	slots []cacheSlot // 1 << cacheBits of them, made on first use
}

// cacheSlot is one remembered pair.
type cacheSlot struct {
	key   pairKey
	n     uint8 // length of the key, 0 for an empty slot
	same  bool  // the lemma is the form itself, which the token gives
	lemma string
}

// pairKey is the key of a pair: the bytes of XPOS, a zero byte and the
// form, zero-padded to cacheKeyLen bytes.
type pairKey [cacheKeyLen / 8]uint64

// keyOf returns the key of token t's pair and its length, 0 when it is
// longer than cacheKeyLen.
func keyOf(t *nlp.Token) (pairKey, int) {
	n := len(t.XPOS) + 1 + len(t.Text)
	if n > cacheKeyLen {
		return pairKey{}, 0
	}
	var b [cacheKeyLen]byte
	copy(b[:], t.XPOS)
	copy(b[len(t.XPOS)+1:], t.Text)
	var k pairKey
	for i := range k {
		k[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return k, n
}

// slot returns the slot of key k.
func (c *lemmaCache) slot(k pairKey) *cacheSlot {
	h := uint64(0)
	for _, w := range k {
		h = (h ^ w) * 0x9E3779B97F4A7C15
		h ^= h >> 29
	}
	return &c.slots[h>>(64-cacheBits)]
}

// reset forgets every pair.
func (c *lemmaCache) reset() {
	c.mu.Lock()
	c.slots = nil
	c.mu.Unlock()
}

// SetVocabulary gives the model a word list to check its rules against.
// A verb form whose rule-made lemma is no known word gets the first
// regular alternative that is one ("declined": "decline", not the
// "declin" that "-ined" words such as "combined" might teach; "shelled":
// "shell"); a lemma no alternative improves stays. Irregular verbs that
// the treebank lacks ("fled", "fought") are read from a built-in table
// first, and forms with a prefix from the forms of the exception list
// ("withheld" from "held"). Call it before the model is used; known gets
// lower-case words, must not keep them and must be safe for concurrent
// use.
func (m *Model) SetVocabulary(known func(word []byte) bool) {
	m.known = known
	m.cache.reset()
	m.verbTag = make([]bool, len(m.tagNames))
	for i, t := range m.tagNames {
		m.verbTag[i] = len(t) >= 2 && t[:2] == "VB"
	}
}

var _ nlp.Lemmatizer = (*Model)(nil)

// excEntry is the lemma of a form under one tag.
type excEntry struct {
	tag   uint8
	lemma string
}

// endSet tells, for each length n up to maxSuffix, the first bytes of
// the word endings of n bytes that have a rule (any byte stands for the
// empty ending).
type endSet [maxSuffix + 1][4]uint64

// may reports whether the ending of n bytes of base can have a rule.
func (s *endSet) may(base []byte, n int) bool {
	c := byte(0)
	if n > 0 {
		c = base[len(base)-n]
	}
	return s[n][c>>6]>>(c&63)&1 != 0
}

// indexRules fills m.ruleEnds from m.rules. A word's rule is that of its
// longest ending with one, so most words would cost several map lookups
// of endings without a rule; the sets rule out most of them first.
func (m *Model) indexRules() {
	m.ruleEnds = make([]endSet, len(m.tagNames))
	for k := range m.rules {
		tag, end := int(k[0]), k[1:]
		if tag >= len(m.ruleEnds) || len(end) > maxSuffix {
			continue // never looked up
		}
		c := byte(0)
		if len(end) > 0 {
			c = end[0]
		}
		m.ruleEnds[tag][len(end)][c>>6] |= 1 << (c & 63)
	}
}

// rule rewrites the end of a word: drop cut bytes, append add.
type rule struct {
	cut int
	add string
}

// unknownTag is the tag number for tags the model has not seen.
const unknownTag = 255

// scratch is the working memory of one Lemmatize call.
type scratch struct {
	buf  []byte // the lemma being made
	key  []byte
	low  []byte // the lower-cased form (see apply)
	miss []int  // the tokens whose lemma the cache did not have
	cand []byte // a candidate lemma (see apply)
}

// Lemmatize sets Lemma on every token of s from its Text and XPOS.
func (m *Model) Lemmatize(s *nlp.Sentence) {
	sc, _ := m.scratches.Get().(*scratch)
	if sc == nil {
		sc = &scratch{buf: make([]byte, 0, 256), key: make([]byte, 0, 64)}
	}
	sc.miss = sc.miss[:0]
	c := &m.cache
	c.mu.Lock()
	if c.slots == nil {
		c.slots = make([]cacheSlot, 1<<cacheBits)
	}
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if k, n := keyOf(t); n > 0 {
			if sl := c.slot(k); int(sl.n) == n && sl.key == k {
				if sl.same {
					t.Lemma = t.Text
				} else {
					t.Lemma = sl.lemma
				}
				continue
			}
		}
		sc.miss = append(sc.miss, i)
	}
	c.mu.Unlock()
	for _, i := range sc.miss {
		t := &s.Tokens[i]
		t.Lemma = m.lemma(sc, t)
	}
	if len(sc.miss) > 0 {
		c.mu.Lock()
		if c.slots != nil { // (not reset meanwhile)
			for _, i := range sc.miss {
				t := &s.Tokens[i]
				if k, n := keyOf(t); n > 0 {
					sl := cacheSlot{key: k, n: uint8(n), same: t.Lemma == t.Text}
					if !sl.same {
						sl.lemma = t.Lemma
					}
					*c.slot(k) = sl
				}
			}
		}
		c.mu.Unlock()
	}
	m.scratches.Put(sc)
}

// lemma returns the lemma of token t: its form when the model makes no
// other of it, a string of the model's or a new string.
func (m *Model) lemma(sc *scratch, t *nlp.Token) string {
	tag, ok := m.tags[t.XPOS]
	if !ok {
		tag = unknownTag
	}
	if l, ok := m.lookup(sc, t.Text, tag); ok {
		return l
	}
	sc.buf = m.apply(sc, sc.buf[:0], t.Text, tag)
	if string(sc.buf) == t.Text {
		return t.Text
	}
	return string(sc.buf)
}

// lookup finds a form in the exception lists.
func (m *Model) lookup(sc *scratch, form string, tag uint8) (string, bool) {
	if es, ok := m.exact[form]; ok {
		for _, e := range es {
			if e.tag == tag {
				return e.lemma, true
			}
		}
	}
	sc.key = appendLower(sc.key[:0], form)
	if es, ok := m.lower[string(sc.key)]; ok {
		for _, e := range es {
			if e.tag == tag {
				return e.lemma, true
			}
		}
	}
	return "", false
}

// apply appends the rule-made lemma of form to dst, checked against the
// vocabulary (see SetVocabulary).
func (m *Model) apply(sc *scratch, dst []byte, form string, tag uint8) []byte {
	if m.known == nil || tag == unknownTag || int(tag) >= len(m.verbTag) || !m.verbTag[tag] {
		return m.applyRules(sc, dst, form, tag)
	}
	sc.low = appendLower(sc.low[:0], form)
	if l, ok := irregular(m, sc.low, tag); ok {
		return append(dst, l...)
	}
	start := len(dst)
	dst = m.applyRules(sc, dst, form, tag)
	if m.known(dst[start:]) {
		return dst
	}
	low := sc.low
	n := len(low)
	try := func(stem []byte, add string) bool {
		sc.cand = append(append(sc.cand[:0], stem...), add...)
		return m.known(sc.cand)
	}
	// The regular inflections, most likely first: "declined" decline,
	// declin; "shelled" shelle, shell; "planned" planne, plann, plan;
	// "carried" carry.
	found := false
	switch {
	case bytes.HasSuffix(low, []byte("ied")) && n > 4:
		found = try(low[:n-3], "y")
	case bytes.HasSuffix(low, []byte("ed")) && n > 3:
		found = try(low[:n-1], "") || try(low[:n-2], "") || undoubled(low[:n-2]) && try(low[:n-3], "")
	case bytes.HasSuffix(low, []byte("ing")) && n > 4:
		found = try(low[:n-3], "e") || try(low[:n-3], "") || undoubled(low[:n-3]) && try(low[:n-4], "")
	case bytes.HasSuffix(low, []byte("ies")) && n > 4:
		found = try(low[:n-3], "y")
	case bytes.HasSuffix(low, []byte("es")) && n > 3:
		found = try(low[:n-1], "") || try(low[:n-2], "")
	case bytes.HasSuffix(low, []byte("s")) && n > 2:
		found = try(low[:n-1], "")
	}
	if found {
		return append(dst[:start], sc.cand...)
	}
	return dst
}

// undoubled reports whether stem ends in a doubled consonant that an
// inflection doubled ("planned", "dropping"); l, s and vowels double in
// base forms too ("shell", "pass"), so a doubled l is undone only when
// the stem with it is no word ("signalled", "controlling", "travelled":
// the caller tries the stem as it is first).
func undoubled(stem []byte) bool {
	n := len(stem)
	return n >= 3 && stem[n-1] == stem[n-2] && bytes.IndexByte([]byte("aeious"), stem[n-1]) < 0
}

// irregular returns the lemma of an irregular verb form (lower case):
// from nlp's table, or from an exception of the model for the form
// without a prefix ("withheld", "upheld" from "held").
func irregular(m *Model, low []byte, tag uint8) (string, bool) {
	return nlp.IrregularLemma(string(low), func(rest string) (string, bool) {
		for _, e := range m.lower[rest] {
			if e.tag == tag && e.lemma != rest {
				return e.lemma, true
			}
		}
		return "", false
	})
}

// applyRules appends the lemma the suffix rules make of form to dst.
func (m *Model) applyRules(sc *scratch, dst []byte, form string, tag uint8) []byte {
	start := len(dst)
	if tag != unknownTag && m.keepCase[tag] {
		dst = append(dst, form...)
	} else {
		dst = appendLower(dst, form)
	}
	if tag == unknownTag {
		return dst
	}
	base := dst[start:]
	r := -1
	if int(tag) >= len(m.ruleEnds) {
		return dst
	}
	ends := &m.ruleEnds[tag]
	for n := min(len(base), maxSuffix); n >= 0; n-- {
		if !ends.may(base, n) {
			continue
		}
		sc.key = append(append(sc.key[:0], tag), base[len(base)-n:]...)
		if k, ok := m.rules[string(sc.key)]; ok {
			r = int(k)
			break
		}
	}
	if r < 0 {
		return dst
	}
	ru := m.ruleList[r]
	if ru.cut > len(base) {
		return dst
	}
	if undoubles(base, ru) {
		// A rule learned from "robbed" → "rob" drops the doubled
		// consonant with the ending; a word without the double keeps
		// its consonant ("bombed" → "bomb", not "bom").
		ru.cut--
	}
	dst = dst[:len(dst)-ru.cut]
	return append(dst, ru.add...)
}

// undoubles reports whether rule ru would strip "-ed" or "-ing" from
// word together with the consonant before it although that consonant is
// not doubled in word.
func undoubles(word []byte, ru rule) bool {
	if ru.add != "" {
		return false
	}
	var end int
	switch {
	case ru.cut == 3 && bytes.HasSuffix(word, []byte("ed")):
		end = 2
	case ru.cut == 4 && bytes.HasSuffix(word, []byte("ing")):
		end = 3
	default:
		return false
	}
	i := len(word) - end - 1 // the consonant the rule drops
	return i >= 1 && word[i] != word[i-1]
}

func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
