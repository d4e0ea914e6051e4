// Package tagger is tacitus's part-of-speech tagger. It assigns every token
// a Universal Dependencies tag (UPOS) and a Penn Treebank tag (XPOS) from
// the token texts alone.
//
// The model is a greedy averaged perceptron over hashed features (word,
// affixes, shape, neighbouring words, the tags already assigned to the
// left, and the set of tags a tag dictionary knows for the words around).
// It scores XPOS and UPOS with two heads that share features and picks the
// best pair among the pairs seen in training, so the two tags always agree.
// An optional second pass sees the first pass's tags to the right as well;
// it only revisits the tokens the first pass was unsure about. Frequent
// words that were (almost) always tagged the same way in training skip the
// scoring.
//
// Two groups of features serve newswire, where past-tense verbs follow a
// bare plural subject ("Rebels attacked the town."): a summary of the
// clause to the left (an auxiliary have/be/get, a finite verb, a nominal
// seen; see Model.clauseState) and whether any other word of the sentence
// can only be a verb (see markFinite).
//
// Words are also described by their hierarchical cluster (package
// cluster, learned from raw news text): prefixes of 4, 6 and 8 bits and
// the whole path of the word, and prefixes of 6 bits and the whole path of
// its neighbours. They help most with words the treebank never showed.
//
// Speed: the features that depend on one word form only (the word, its
// affixes and shape, its corpus classes and cluster path, and the same
// word seen as the left or right neighbour) are summed once per dictionary
// form when the model is built, so a known word costs three vector
// additions instead of some thirty hash probes.
//
// A Model is read-only once trained or loaded, so one Model serves any
// number of goroutines.
package tagger

import (
	"errors"
	"math"
	"sync"
	"unsafe"

	"tacitus/nlp"
	"tacitus/nlp/internal/f32"
	"tacitus/nlp/internal/hugemem"
)

// ErrFormat is wrapped by Load errors about a malformed or foreign model file.
var ErrFormat = errors.New("tagger: bad model file")

// ErrNoData is returned by Train when there is nothing to learn from.
var ErrNoData = errors.New("tagger: no tagged training tokens")

// Model is a trained tagger. It implements nlp.Tagger.
type Model struct {
	xtags, utags []string // class names: XPOS classes 0..len(xtags)-1, UPOS after them
	pairs        []pair   // the (XPOS, UPOS) pairs a token may receive
	kinds        []uint8  // clause role of each pair's XPOS (kindOther, kindBoundary, ...)
	cols         []uint16 // the score indexes of each pair's XPOS and UPOS classes (see colsOf)
	lex          lexicon
	passes       []*layer // one or two passes
	// confident is the first-pass margin (best minus second-best pair
	// score) above which the second pass keeps the first pass's tag.
	confident float32
	pool      sync.Pool
}

var _ nlp.Tagger = (*Model)(nil)

// pair is an allowed (XPOS, UPOS) combination, as class numbers.
type pair struct{ x, u uint8 }

// layer is the weight table of one pass: an open-addressing hash table from
// feature hash to a row of (class, weight) entries.
type layer struct {
	keys  []uint64 // feature hashes (keyBits bits), sorted
	offs  []uint32 // offs[i] is the row of keys[i] in ents
	mask  uint64
	slots []slot
	// ents[off] is the header of a row (see rowLen and denseRow), then
	// come its n packed entries.
	ents []uint32
	// nc is the number of classes; wv holds, for every exact form of the
	// tag dictionary (by word id), three score vectors of nc classes: the
	// summed weights of its selfFeatures, prevFeatures and nextFeatures.
	nc int
	wv []float32
	// dense holds the long rows again as vectors of f32.Padded(nc)
	// weights (see densify).
	dense []float32
}

// Roles of a word's precomputed score vectors in layer.wv.
const (
	roleSelf = iota
	rolePrev
	roleNext
	nRoles
)

// vec returns word id's precomputed scores in role r.
func (l *layer) vec(id int32, r int) []float32 {
	o := (int(id)*nRoles + r) * l.nc
	return l.wv[o : o+l.nc]
}

// index prepares l for tagging with nc classes: it keeps the long rows
// as vectors too (see densify) and precomputes the word vectors of the
// exact forms of lx.
func (l *layer) index(lx *lexicon, nc int) {
	l.nc = nc
	l.densify()
	l.wv = hugemem.Make[float32](l, len(lx.vocab)*nRoles*nc)
	var ti tokInfo
	var hs []uint64
	var buf []byte
	var sum [maxClass]float32
	for id, w := range lx.vocab {
		buf = lx.analyze(&ti, w, 1, buf)
		for r, fs := range [nRoles]func([]uint64, *tokInfo) []uint64{selfFeatures, prevFeatures, nextFeatures} {
			clear(sum[:])
			hs = fs(hs[:0], &ti)
			for _, h := range hs {
				if o := l.find(h); o != 0 {
					l.addRow(&sum, o)
				}
			}
			copy(l.vec(int32(id), r), sum[:nc])
		}
	}
}

// slot is one hash table cell; key 0 marks an empty cell.
type slot struct {
	key uint32 // fingerprint of the feature hash
	off uint32 // index of the row in ents
}

// keyBits is how many bits of a feature hash the model keeps.
const keyBits = 48

func fingerprint(h uint64) uint32 {
	fp := uint32(h >> 16)
	if fp == 0 {
		fp = 1
	}
	return fp
}

// A row header holds the number of entries in its low rowLenBits bits;
// the bits above hold, for a row that is also kept as a vector, one plus
// the vector's index in layer.dense.
const rowLenBits = 8

// rowLen is the number of entries of the row with header h.
func rowLen(h uint32) uint32 { return h & (1<<rowLenBits - 1) }

// denseRow is the vector index plus one of the row with header h, 0 when
// the row is only kept sparse.
func denseRow(h uint32) uint32 { return h >> rowLenBits }

// denseMin is the number of entries from which a row is also kept as a
// vector: adding a whole vector with f32.Add costs about as much as
// adding this many entries one by one. Such rows are few (about one in
// twenty) but belong to the frequent features (previous tags, affixes),
// and hold most of the entries that tagging adds.
const denseMin = 12

// densify copies every row of at least denseMin entries, all of distinct
// classes, into a vector of f32.Padded(l.nc) weights in l.dense, zero for
// the classes the row lacks. Adding zero to a score leaves it as it is (a score is
// never -0: sums start at +0), so adding the vector gives the very sums
// that adding the entries does.
func (l *layer) densify() {
	var long []uint32
	for _, off := range l.offs {
		if rowLen(l.ents[off]) >= denseMin && distinctClasses(l.rowAt(off)) {
			long = append(long, off)
		}
	}
	stride := f32.Padded(l.nc)
	l.dense = hugemem.Make[float32](l, len(long)*stride)
	for i, off := range long {
		v := l.dense[i*stride : (i+1)*stride]
		for _, e := range l.rowAt(off) {
			v[e&classMask] = math.Float32frombits(e &^ classMask)
		}
		l.ents[off] = uint32(i+1)<<rowLenBits | rowLen(l.ents[off])
	}
}

// distinctClasses reports whether the packed entries are of distinct
// classes below maxClass.
func distinctClasses(row []uint32) bool {
	var seen [maxClass]bool
	for _, e := range row {
		if seen[e&classMask] {
			return false
		}
		seen[e&classMask] = true
	}
	return true
}

// rowAt returns the packed entries of the row at offset off.
func (l *layer) rowAt(off uint32) []uint32 {
	n := rowLen(l.ents[off])
	return l.ents[off+1 : off+1+n]
}

// find returns the offset of feature h's row in ents, 0 (the empty row)
// when the model does not know it.
func (l *layer) find(h uint64) uint32 {
	h &= 1<<keyBits - 1
	fp := fingerprint(h)
	for i := h & l.mask; ; i = (i + 1) & l.mask {
		s := l.slots[i]
		if s.key == fp {
			return s.off
		}
		if s.key == 0 {
			return 0
		}
	}
}

// findAll sets offs[k] to the row offset of feature hs[k]. It first loads
// every feature's home slot in a loop without branches, so that the
// processor overlaps the cache misses, then resolves the few collisions.
// The rows' first words, loaded to overlap their misses too, are summed
// into *sink, which the caller owns (one per goroutine).
func (l *layer) findAll(hs []uint64, offs []uint32, sv []slot, sink *uint32) {
	// (The fields are read into locals once: the stores into sv and
	// offs could alias them as far as the compiler knows.)
	slots, mask, ents := l.slots, l.mask, l.ents
	sv, offs = sv[:len(hs)], offs[:len(hs)]
	for k, h := range hs {
		sv[k] = *slotAt(slots, h&mask)
	}
	for k, h := range hs {
		h &= 1<<keyBits - 1
		switch s := sv[k]; s.key {
		case fingerprint(h):
			offs[k] = s.off
		case 0:
			offs[k] = 0
		default:
			offs[k] = l.find(h)
		}
	}
	// Touch every row before summing, again to overlap the misses.
	var touch uint32
	for _, o := range offs {
		touch += ents[o]
	}
	*sink = touch
}

// slotAt is &s[i] without the bounds check, for findAll's loop of
// independent loads: i is a hash masked by the table's mask, below its
// size.
func slotAt(s []slot, i uint64) *slot {
	return (*slot)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(s)), uintptr(i)*unsafe.Sizeof(slot{})))
}

// addRow adds the row at offset off to scores. A vector is added over all
// its lanes, the padding too, which lands in scores past the classes.
func (l *layer) addRow(scores *[maxClass]float32, off uint32) {
	h := l.ents[off]
	if d := denseRow(h); d != 0 {
		n := f32.Padded(l.nc)
		o := int(d-1) * n
		f32.Add(scores[:n], l.dense[o:o+n])
		return
	}
	// The entries are walked by pointer, and scores is tested for nil
	// once: ranging over them, the compiler tested scores and counted an
	// index at every entry.
	sc := scores[:]
	row := l.ents[off+1 : off+1+rowLen(h)]
	e := unsafe.Pointer(unsafe.SliceData(row))
	for end := unsafe.Add(e, uintptr(len(row))*4); e != end; e = unsafe.Add(e, 4) {
		w := *(*uint32)(e)
		sc[w&classMask] += math.Float32frombits(w &^ classMask)
	}
}

// classBits is the number of low bits of a packed entry that hold the
// class; the rest is the float32 weight with its lowest mantissa bits
// dropped.
const (
	classBits = 7
	classMask = 1<<classBits - 1
	maxClass  = classMask + 1
)

func packEntry(c int, w float32) uint32 {
	return math.Float32bits(w)&^classMask | uint32(c)
}

// buildLayer makes a table from feature hashes and their rows. rows[i]
// belongs to keys[i]; rows hold (class, weight) pairs.
func buildLayer(keys []uint64, rows [][]centry) *layer {
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	l := &layer{mask: uint64(size - 1), keys: make([]uint64, len(keys)), offs: make([]uint32, len(keys))}
	l.slots = hugemem.Make[slot](l, size)
	n := 0
	for _, r := range rows {
		n += len(r) + 1
	}
	l.ents = hugemem.Make[uint32](l, n+1)[:1] // ents[0] is the empty row
	for i, k := range keys {
		k &= 1<<keyBits - 1
		fp := fingerprint(k)
		j := k & l.mask
		for l.slots[j].key != 0 {
			j = (j + 1) & l.mask
		}
		l.slots[j] = slot{key: fp, off: uint32(len(l.ents))}
		l.keys[i], l.offs[i] = k, uint32(len(l.ents))
		l.ents = append(l.ents, uint32(len(rows[i])))
		for _, e := range rows[i] {
			l.ents = append(l.ents, packEntry(int(e.c), e.w))
		}
	}
	return l
}

// centry is one class weight of a feature.
type centry struct {
	c uint8
	w float32
}

// scratch is the per-call working memory of Tag.
type scratch struct {
	static []float32 // per token, the scores of its static features (maxClass apart)
	hs     []uint64  // feature hashes
	first  []int32   // first[i] is the index in hs of token i's first hash; first[n] is len(hs)
	offs   []uint32
	sv     []slot
	toks   []tokInfo
	pred   []int16   // pair index per token, first pass
	pred2  []int16   // second pass
	margin []float32 // first-pass margin per token
	feats  []uint64
	buf    []byte
	sink   uint32 // see findAll
}

func (m *Model) getScratch(n int) *scratch {
	sc, _ := m.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{feats: make([]uint64, 0, maxFeats), buf: make([]byte, 0, 64), hs: make([]uint64, 0, 1024)}
	}
	if cap(sc.toks) < n {
		sc.toks = make([]tokInfo, n, n+n/2)
		sc.pred = make([]int16, n, n+n/2)
		sc.pred2 = make([]int16, n, n+n/2)
		sc.margin = make([]float32, n, n+n/2)
	}
	sc.margin = sc.margin[:n]
	sc.toks = sc.toks[:n]
	sc.pred = sc.pred[:n]
	sc.pred2 = sc.pred2[:n]
	return sc
}

// KnowsWord reports whether word, in lower case, is in the model's
// vocabulary of corpus words: the words of the cluster paths it holds
// (news and treebank words; see package cluster). It does not allocate.
func (m *Model) KnowsWord(word []byte) bool {
	_, ok := m.lex.paths[string(word)]
	return ok
}

// Tag assigns UPOS and XPOS to every token of s from the token texts.
func (m *Model) Tag(s *nlp.Sentence) {
	n := len(s.Tokens)
	if n == 0 || len(m.passes) == 0 {
		return
	}
	sc := m.getScratch(n)
	for i := range s.Tokens {
		sc.buf = m.lex.analyze(&sc.toks[i], s.Tokens[i].Text, i, sc.buf)
	}
	markFinite(sc.toks)
	out := sc.pred
	m.runPass(sc, 0, sc.pred, nil)
	if len(m.passes) > 1 {
		m.runPass(sc, 1, sc.pred2, sc.pred)
		out = sc.pred2
	}
	for i := range s.Tokens {
		p := m.pairs[out[i]]
		s.Tokens[i].XPOS = m.xtags[p.x]
		s.Tokens[i].UPOS = m.utags[p.u]
	}
	m.pool.Put(sc)
}

// Clause roles of tags, for clauseState.
const (
	kindOther = iota
	kindBoundary
	kindFinite
	kindNominal
	kindRole = 3 // mask of the kinds above

	// kindVerbal is set on the kind of pairs whose UPOS is AUX or VERB.
	kindVerbal = 4
)

// setKinds fills m.kinds from the XPOS names of the pairs, and m.cols.
func (m *Model) setKinds() {
	m.kinds = make([]uint8, len(m.pairs))
	m.cols = make([]uint16, len(m.pairs))
	for k, p := range m.pairs {
		m.cols[k] = uint16(p.x) | uint16(uint8(len(m.xtags))+p.u)<<8
	}
	m.lex.finite, m.lex.verbal = 0, 0
	for x, name := range m.xtags {
		switch name {
		case "VBD", "VBZ", "VBP", "MD":
			m.lex.finite |= 1 << x
			m.lex.verbal |= 1 << x
		case "VB", "VBG", "VBN":
			m.lex.verbal |= 1 << x
		}
	}
	for k, p := range m.pairs {
		switch m.xtags[p.x] {
		case ",", ":", "CC", "-LRB-", "-RRB-", "``", "''", "WDT", "WP", "WRB", "NFP":
			m.kinds[k] = kindBoundary
		case "VBD", "VBZ", "VBP", "MD":
			m.kinds[k] = kindFinite
		case "NN", "NNS", "NNP", "NNPS", "PRP", "CD":
			m.kinds[k] = kindNominal
		}
		if u := m.utags[p.u]; u == "AUX" || u == "VERB" {
			m.kinds[k] |= kindVerbal
		}
	}
}

// clauseState summarizes the clause to the left of token i from the tags
// already assigned (cur): the nearest auxiliary form (have, be or get)
// since the clause began, whether a finite verb or a nominal was seen, and
// whether the clause began the sentence. It tells a past participle after
// an auxiliary ("has attacked") or in a reduced clause from a past tense
// verb after a subject ("Rebels attacked").
func (m *Model) clauseState(toks []tokInfo, i int, cur []int16) uint64 {
	var aux, finite, nominal uint64
	start := uint64(1)
	for j := i - 1; j >= 0; j-- {
		k := m.kinds[cur[j]]
		if k == kindBoundary {
			start = 0
			break
		}
		if aux == 0 && toks[j].aux != 0 && k&kindVerbal != 0 {
			aux = uint64(toks[j].aux)
		}
		switch k & kindRole {
		case kindFinite:
			finite = 1
		case kindNominal:
			nominal = 1
		}
	}
	return 1 + aux | finite<<3 | nominal<<4 | start<<5
}

// tag hashes used in histories.
const (
	tagStart = 7
	tagEnd   = 8
)

func tagHash(c uint8) uint64 { return uint64(c) + 16 }

// fillHistory sets h for token i from the tags of this pass (cur, to the
// left) and of the first pass (first, to the right; nil on the first pass).
func (m *Model) fillHistory(h *history, toks []tokInfo, i int, cur, first []int16) {
	h.x1, h.x2, h.u1 = tagStart, tagStart, tagStart
	h.clause = m.clauseState(toks, i, cur)
	if i > 0 {
		p := m.pairs[cur[i-1]]
		h.x1, h.u1 = tagHash(p.x), tagHash(p.u)
	}
	if i > 1 {
		h.x2 = tagHash(m.pairs[cur[i-2]].x)
	}
	if first == nil {
		return
	}
	h.n1, h.n2, h.un1 = tagEnd, tagEnd, tagEnd
	if i+1 < len(first) {
		p := m.pairs[first[i+1]]
		h.n1, h.un1 = tagHash(p.x), tagHash(p.u)
	}
	if i+2 < len(first) {
		h.n2 = tagHash(m.pairs[first[i+2]].x)
	}
}

// runPass tags the analysed tokens of sc into out. The first pass (first
// == nil) records its margins in sc.margin; the second pass sees the first
// pass's tags and keeps those of tokens with a margin of at least
// m.confident.
func (m *Model) runPass(sc *scratch, pass int, out, first []int16) {
	l := m.passes[pass]
	nc := len(m.xtags) + len(m.utags)
	n := len(sc.toks)
	if len(sc.margin) < n {
		sc.margin = make([]float32, n)
	}
	skip := func(i int) bool {
		if f := sc.toks[i].fixed; f >= 0 {
			out[i] = f
			return true
		}
		if first != nil && sc.margin[i] >= m.confident {
			out[i] = first[i]
			return true
		}
		return false
	}
	// Static features of the whole sentence, in one batch.
	if cap(sc.static) < n*maxClass {
		sc.static = make([]float32, n*maxClass)
	}
	static := sc.static[:n*maxClass]
	clear(static)
	sc.hs, sc.first = sc.hs[:0], sc.first[:0]
	for i := range sc.toks {
		sc.first = append(sc.first, int32(len(sc.hs)))
		if skip(i) {
			continue
		}
		v := static[i*maxClass : i*maxClass+nc]
		t := &sc.toks[i]
		prev, _, next, _ := neighbours(sc.toks, i)
		if t.wid >= 0 {
			f32.Add(v, l.vec(t.wid, roleSelf))
		} else {
			sc.hs = selfFeatures(sc.hs, t)
		}
		if prev.wid >= 0 {
			f32.Add(v, l.vec(prev.wid, rolePrev))
		} else {
			sc.hs = prevFeatures(sc.hs, prev)
		}
		if next.wid >= 0 {
			f32.Add(v, l.vec(next.wid, roleNext))
		} else {
			sc.hs = nextFeatures(sc.hs, next)
		}
		sc.hs = restFeatures(sc.hs, sc.toks, i)
	}
	sc.first = append(sc.first, int32(len(sc.hs)))
	sc.grow(len(sc.hs))
	l.findAll(sc.hs, sc.offs, sc.sv, &sc.sink)
	for i := range sc.toks {
		v := (*[maxClass]float32)(static[i*maxClass:])
		for _, o := range sc.offs[sc.first[i]:sc.first[i+1]] {
			if o != 0 {
				l.addRow(v, o)
			}
		}
	}
	var h history
	var scores [maxClass]float32
	for i := range sc.toks {
		if skip(i) {
			if first == nil {
				sc.margin[i] = float32(math.Inf(1))
			}
			continue
		}
		m.fillHistory(&h, sc.toks, i, out, first)
		sc.feats = dynamicFeatures(sc.feats[:0], sc.toks, i, &h, first != nil)
		sc.grow(len(sc.feats))
		l.findAll(sc.feats, sc.offs, sc.sv, &sc.sink)
		copy(scores[:nc], static[i*maxClass:i*maxClass+nc])
		for _, o := range sc.offs[:len(sc.feats)] {
			if o != 0 {
				l.addRow(&scores, o)
			}
		}
		var margin float32
		out[i], margin = m.decode(&scores, sc.toks[i].cand)
		if first == nil {
			sc.margin[i] = margin
		}
	}
}

func (sc *scratch) grow(n int) {
	if cap(sc.offs) < n {
		sc.offs = make([]uint32, n+n/2)
		sc.sv = make([]slot, n+n/2)
	}
	sc.offs = sc.offs[:cap(sc.offs)]
	sc.sv = sc.sv[:cap(sc.sv)]
}

// decode returns the allowed pair with the highest summed score, and by
// how much it beats the runner-up. A pair's columns are packed in one
// uint16 (the XPOS score index in the low byte, the UPOS one in the high
// byte), so that a pair is one load.
//
// Most pairs score below the runner-up, so that is tested first (a pair
// that beats the best also beats the runner-up, which is never above the
// best). The runner-up is kept in memory (second[0]): held in a register,
// the compiler moved it between registers twice for every pair, and the
// loop took nineteen instructions a pair instead of thirteen.
func (m *Model) decode(scores *[maxClass]float32, cand []int16) (int16, float32) {
	best := 0
	bestScore := float32(math.Inf(-1))
	var second [2]float32
	second[0] = float32(math.Inf(-1))
	cols := m.cols
	sc := scores[:] // (tested for nil once, not in the loop)
	if cand != nil {
		for _, k := range cand {
			c := cols[k]
			s := sc[c&classMask] + sc[c>>8&classMask]
			if s > second[0] {
				if s > bestScore {
					best, second[0], bestScore = int(k), bestScore, s
					continue
				}
				second[0] = s
			}
		}
		return int16(best), bestScore - second[0]
	}
	for k := 0; k < len(cols); k++ {
		c := cols[k]
		s := sc[c&classMask] + sc[c>>8&classMask]
		if s > second[0] {
			if s > bestScore {
				best, second[0], bestScore = k, bestScore, s
				continue
			}
			second[0] = s
		}
	}
	return int16(best), bestScore - second[0]
}
