package tagger

import (
	"slices"
	"sort"

	"tacitus/nlp/cluster"
)

// Feature hashing. Every feature is a 64-bit hash of a template number and
// one or two values; values are themselves hashes of strings computed once
// per token. Nothing here allocates.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix combines two hashes into one; it is a finalizer of the splitmix64
// family, good enough to keep feature collisions rare.
func mix(a, b uint64) uint64 {
	h := a ^ (b * 0x9E3779B97F4A7C15)
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 29
	h *= 0x94D049BB133111EB
	h ^= h >> 32
	return h
}

// feat is the hash of template t applied to value v.
func feat(t int, v uint64) uint64 { return mix(uint64(t)*0x2545F4914F6CDD1D+1, v) }

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hashBytes is FNV-1a of s; lower folds ASCII letters to lower case.
func hashString(s string, lower bool) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lower {
			c = lowerByte(c)
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

const (
	nPre = 4
	nSuf = 5
)

// Word flags.
const (
	flagDigit = 1 << iota
	flagHyphen
	flagUpper
	flagAllUpper
	flagFirst
	flagPeriod
	flagAt
	flagNonASCII
	flagAllDigit
)

// tokInfo holds the per-token hashes that the feature templates combine.
type tokInfo struct {
	word, lower, shape, short uint64
	pre                       [nPre]uint64
	suf                       [nSuf]uint64
	flags                     uint64
	amb                       uint64 // ambiguity class from the tag dictionary, 0 when unknown
	cluster                   uint64 // word class from corpus statistics (low byte of the class), 0 when unknown
	// path is the word's cluster path (see package cluster) packed by
	// packPath; 0 when the word has none.
	path        uint32
	left, right uint64 // typical left and right neighbours in the corpus (see CorpusClasses), 0 when unknown
	fixed       int16  // pair index from the tag dictionary, -1 when ambiguous
	wid         int32  // word id of an exact form in the tag dictionary, -1 otherwise
	aux         uint8  // 1, 2, 3 for a form of have, be, get; else 0
	// finite tells that the tag dictionary knows the form only as a verb,
	// and as a finite one (VBD, VBZ, VBP or MD).
	finite bool
	cand   []int16 // the pairs the token may get; nil for all
	// otherFinite is 1 when another token of the sentence is a sure
	// finite verb by the tag dictionary, 2 when none is (see markFinite).
	otherFinite uint64
}

// markFinite sets otherFinite on the analysed tokens of a sentence. A
// past-tense form with no other sure verb in the sentence is likely the
// main verb ("Rebels attacked the town."), not a participle.
func markFinite(toks []tokInfo) {
	n := 0
	for i := range toks {
		if toks[i].finite {
			n++
		}
	}
	for i := range toks {
		other := n
		if toks[i].finite {
			other--
		}
		toks[i].otherFinite = 2
		if other > 0 {
			toks[i].otherFinite = 1
		}
	}
}

// boundary tokens padding the sentence on both sides.
var (
	padStart = tokInfo{word: 1, lower: 1, shape: 1, short: 1, amb: 1, cluster: 1, fixed: -1, wid: -1,
		pre: [nPre]uint64{1, 1, 1, 1}, suf: [nSuf]uint64{1, 1, 1, 1, 1}}
	padEnd = tokInfo{word: 2, lower: 2, shape: 2, short: 2, amb: 2, cluster: 2, fixed: -1,
		pre: [nPre]uint64{2, 2, 2, 2}, suf: [nSuf]uint64{2, 2, 2, 2, 2}}
)

func charClass(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return 'X'
	case 'a' <= c && c <= 'z':
		return 'x'
	case '0' <= c && c <= '9':
		return 'd'
	case c >= 0x80:
		return 'u'
	}
	return c
}

// lexicon is the part of the model that the token analysis needs.
type lexicon struct {
	words   map[string]wordInfo // exact forms
	lowers  map[string]wordInfo // lower-cased forms
	cluster map[string]uint32   // lower-cased form → corpus class (see CorpusClasses)
	paths   map[string]uint32   // lower-cased form → cluster path packed by packPath
	vocab   []string            // the keys of words, sorted; a form's index is its word id
	infos   []tokInfo           // by word id, the analysis of the form when it is not sentence-initial
	finite  uint64              // the XPOS classes of finite verbs (VBD, VBZ, VBP, MD)
	verbal  uint64              // the XPOS classes of verbs (VB*, MD)
}

// number sorts the exact forms and gives each its word id.
func (lx *lexicon) number(pairs []pair) {
	lx.vocab = lx.vocab[:0]
	for w := range lx.words {
		lx.vocab = append(lx.vocab, w)
	}
	sort.Strings(lx.vocab)
	for id, w := range lx.vocab {
		wi := lx.words[w]
		wi.id = int32(id)
		lx.words[w] = wi
	}
	infos := make([]tokInfo, len(lx.vocab))
	lx.infos = nil
	var buf []byte
	sets := map[[2]uint64][]int16{}
	for id, w := range lx.vocab {
		buf = lx.analyze(&infos[id], w, 1, buf)
		wi := lx.words[w]
		if !wi.restrict {
			continue
		}
		key := [2]uint64{wi.xmask, uint64(wi.umask)}
		cand, ok := sets[key]
		if !ok {
			for k, p := range pairs {
				if wi.xmask&(1<<p.x) != 0 && wi.umask&(1<<p.u) != 0 {
					cand = append(cand, int16(k))
				}
			}
			sets[key] = cand
		}
		infos[id].cand = cand
		if len(cand) == 1 {
			infos[id].fixed = cand[0]
		}
	}
	lx.infos = infos
}

// wordInfo is what the tag dictionary knows about a word form.
type wordInfo struct {
	amb   uint64 // hash of the set of tags seen with the word
	xmask uint64 // the XPOS classes seen with the word
	umask uint32 // the UPOS classes seen with the word
	fixed int16  // the only tag pair seen, when the word is frequent and unambiguous; else -1
	id    int32  // index of an exact form in the sorted list of exact forms; -1 for lower-cased forms
	// restrict limits the tags of an exact form to the pairs of the XPOS
	// and UPOS seen with it; it is set for frequent forms.
	restrict bool
}

func newWordInfo(xmask uint64, umask uint32, fixed int16, restrict bool) wordInfo {
	return wordInfo{amb: mix(xmask, uint64(umask)) | 1, xmask: xmask, umask: umask, fixed: fixed, id: -1, restrict: restrict}
}

// analyze fills info for the word w at position i.
func (lx *lexicon) analyze(info *tokInfo, w string, i int, buf []byte) []byte {
	wi, ok := lx.words[w]
	if ok && wi.id >= 0 && int(wi.id) < len(lx.infos) {
		*info = lx.infos[wi.id]
		if i == 0 {
			info.flags |= flagFirst
		}
		return buf
	}
	info.word = hashString(w, false)
	info.lower = hashString(w, true)
	var flags uint64
	if i == 0 {
		flags |= flagFirst
	}
	upper, letters, digits := 0, 0, 0
	shape := uint64(fnvOffset)
	short := uint64(fnvOffset)
	var last, run byte
	for j := 0; j < len(w); j++ {
		c := w[j]
		switch {
		case '0' <= c && c <= '9':
			digits++
		case 'A' <= c && c <= 'Z':
			upper++
			letters++
		case 'a' <= c && c <= 'z':
			letters++
		case c == '-':
			flags |= flagHyphen
		case c == '.':
			flags |= flagPeriod
		case c == '@':
			flags |= flagAt
		case c >= 0x80:
			flags |= flagNonASCII
		}
		k := charClass(c)
		if k == last {
			run++
		} else {
			run = 1
		}
		if run <= 2 {
			shape = (shape ^ uint64(k)) * fnvPrime
		}
		if k != last {
			short = (short ^ uint64(k)) * fnvPrime
		}
		last = k
	}
	if digits > 0 {
		flags |= flagDigit
		if digits == len(w) {
			flags |= flagAllDigit
		}
	}
	if upper > 0 {
		flags |= flagUpper
		if upper == letters && letters > 1 {
			flags |= flagAllUpper
		}
	}
	info.flags = flags
	info.shape = shape
	info.short = short
	n := len(w)
	for k := 0; k < nPre; k++ {
		if k+1 <= n {
			info.pre[k] = hashString(w[:k+1], true)
		} else {
			info.pre[k] = 3
		}
	}
	for k := 0; k < nSuf; k++ {
		if k+1 <= n {
			info.suf[k] = hashString(w[n-k-1:], true)
		} else {
			info.suf[k] = 3
		}
	}
	info.amb, info.fixed, info.cluster, info.wid, info.finite, info.cand = 0, -1, 0, -1, false, nil
	info.left, info.right = 0, 0
	buf = appendLower(buf[:0], w)
	if !ok {
		wi, ok = lx.lowers[string(buf)]
		wi.fixed = -1 // the shortcut is for exact forms only
		wi.id = -1
	}
	if ok {
		info.amb = wi.amb
		info.fixed = wi.fixed
		info.wid = wi.id
		info.finite = wi.xmask&lx.finite != 0 && wi.xmask&^lx.verbal == 0
	}
	info.aux = auxKind(buf)
	if c, ok := lx.cluster[string(buf)]; ok {
		info.cluster = uint64(c & 0xff)
		info.left = uint64(c >> 8 & 0xff)
		info.right = uint64(c >> 16 & 0xff)
	}
	info.path = lx.paths[string(buf)]
	return buf
}

// auxKind tells the lower-cased forms of the auxiliaries have (1), be (2)
// and get (3) from other words (0).
func auxKind(lower []byte) uint8 {
	switch string(lower) {
	case "have", "has", "had", "having", "'ve", "'d", "ve":
		return 1
	case "be", "is", "are", "was", "were", "been", "being", "am", "'m", "'re", "'s", "s":
		return 2
	case "get", "gets", "got", "gotten", "getting":
		return 3
	}
	return 0
}

func appendLower(buf []byte, w string) []byte {
	for j := 0; j < len(w); j++ {
		buf = append(buf, lowerByte(w[j]))
	}
	return buf
}

// Feature templates. Numbers are part of the model format: do not renumber.
const (
	tBias  = 1
	tWord  = 2
	tLower = 3
	tPre   = 4           // + k, nPre of them
	tSuf   = tPre + nPre // + k, nSuf of them
	tShape = tSuf + nSuf
)

const (
	tShort = tShape + 1 + iota
	tFlags
	tAmb
	tPrevLower
	tPrev2Lower
	tNextLower
	tNext2Lower
	tPrevSuf3
	tNextSuf3
	tPrevAmb
	tNextAmb
	tNext2Amb
	tLowerNextLower
	tPrevLowerLower
	tX1
	tX1X2
	tX1Lower
	tU1
	tX1NextAmb
	tAmbNextAmb
	tX1Amb
	tSuf3NextLower
	tCluster
	tPrevCluster
	tNextCluster
	tX1Suf3
	tShapeNextShort
	tPrevShortShape
	tFlagsX1
	// second pass: predicted tags to the right
	tN1
	tN1N2
	tX1N1
	tLowerN1
	tAmbN1
	tUN1
	tLowerX1N1
	tSuf3N1
	tNextLowerN2
	tN1Amb
	tX1Suf2NextAmb
	tX2X1Suf2
	tX1N1Suf2
	// clause state (see Model.clauseState)
	tClauseSuf2
	tClauseAmb
	tClauseX1Suf2
	tOtherFiniteSuf2NextAmb
	tOtherFiniteClauseSuf2
	tCorpusLeft
	tCorpusRight
	tCorpusLeftRight
	// cluster path prefixes (see pathPrefixes)
	tPath                                          // + k, len(pathPrefixes) of them
	tPrevPath = tPath + len(pathPrefixes)          // + k, len(neighbourPrefixes) of them
	tNextPath = tPrevPath + len(neighbourPrefixes) // + k
)

// pathPrefixes are the lengths in bits of the cluster path prefixes that
// describe a word; neighbourPrefixes those that describe its neighbours.
// Paths shorter than a prefix give the whole path.
var (
	pathPrefixes      = [...]int{4, 6, 8, cluster.MaxBits}
	neighbourPrefixes = [...]int{6, cluster.MaxBits}
)

// packPath stores a cluster path and its length in one non-zero number.
func packPath(path uint32, bits uint8) uint32 { return 1<<31 | uint32(bits)<<24 | path&(1<<24-1) }

// pathPrefix returns the first k bits of a packed path, tagged with k.
func pathPrefix(p uint32, k int) uint64 {
	return uint64(k)<<32 | uint64(cluster.Prefix(p&(1<<24-1), uint8(p>>24&0x7f), k))
}

// maxFeats bounds the number of features of one token.
const maxFeats = 96

// The number of features restFeatures and dynamicFeatures write (the
// latter nDynFeats, and nSecondFeats more on the second pass). They write
// them by index into the grown slice rather than with one append of all
// of them: an append holds every computed hash live at once, and the
// compiler spilled and reloaded the mixing's intermediate values (as in
// package depparse, see its extend).
const (
	nRestFeats   = 12
	nDynFeats    = 14
	nSecondFeats = 11
)

// history is the tags around a token that a pass may look at.
type history struct {
	x1, x2 uint64 // XPOS of the two previous tokens (this pass)
	u1     uint64 // UPOS of the previous token
	n1, n2 uint64 // XPOS of the next two tokens from the first pass (second pass only)
	un1    uint64 // UPOS of the next token from the first pass
	clause uint64 // Model.clauseState of the token
}

// features appends all feature hashes of token i to out.
func features(out []uint64, toks []tokInfo, i int, h *history, second bool) []uint64 {
	out = staticFeatures(out, toks, i)
	return dynamicFeatures(out, toks, i, h, second)
}

func neighbours(toks []tokInfo, i int) (prev, prev2, next, next2 *tokInfo) {
	prev, prev2, next, next2 = &padStart, &padStart, &padEnd, &padEnd
	if i > 0 {
		prev = &toks[i-1]
	}
	if i > 1 {
		prev2 = &toks[i-2]
	}
	if i+1 < len(toks) {
		next = &toks[i+1]
	}
	if i+2 < len(toks) {
		next2 = &toks[i+2]
	}
	return
}

// staticFeatures appends the features of token i that do not depend on
// any tag: they are computed once per token, for the whole sentence. They
// fall in four groups: those of the word itself, those of the previous
// and of the next word, and the rest. The first three depend on one word
// form only, so for the words of the tag dictionary the model adds up
// their weights once, when it is built (see layer.index).
func staticFeatures(out []uint64, toks []tokInfo, i int) []uint64 {
	prev, _, next, _ := neighbours(toks, i)
	out = selfFeatures(out, &toks[i])
	out = prevFeatures(out, prev)
	out = nextFeatures(out, next)
	return restFeatures(out, toks, i)
}

// selfFeatures appends the features that depend on the token's form only.
func selfFeatures(out []uint64, t *tokInfo) []uint64 {
	out = append(out,
		feat(tBias, 0),
		feat(tWord, t.word),
		feat(tLower, t.lower),
	)
	for k := 0; k < nPre; k++ {
		out = append(out, feat(tPre+k, t.pre[k]))
	}
	for k := 0; k < nSuf; k++ {
		out = append(out, feat(tSuf+k, t.suf[k]))
	}
	out = append(out,
		feat(tShape, t.shape),
		feat(tShort, t.short),
	)
	if t.cluster != 0 {
		out = append(out, feat(tCluster, t.cluster))
	}
	if t.left != 0 {
		out = append(out, feat(tCorpusLeft, t.left))
	}
	if t.right != 0 {
		out = append(out, feat(tCorpusRight, t.right))
	}
	if t.left != 0 && t.right != 0 {
		out = append(out, feat(tCorpusLeftRight, mix(t.left, t.right)))
	}
	if t.path != 0 {
		for k, n := range pathPrefixes {
			out = append(out, feat(tPath+k, pathPrefix(t.path, n)))
		}
	}
	return out
}

// prevFeatures appends the features that depend on the previous form only.
func prevFeatures(out []uint64, prev *tokInfo) []uint64 {
	out = append(out,
		feat(tPrevLower, prev.lower),
		feat(tPrevSuf3, prev.suf[2]),
		feat(tPrevAmb, prev.amb),
	)
	if prev.cluster != 0 {
		out = append(out, feat(tPrevCluster, prev.cluster))
	}
	if prev.path != 0 {
		for k, n := range neighbourPrefixes {
			out = append(out, feat(tPrevPath+k, pathPrefix(prev.path, n)))
		}
	}
	return out
}

// nextFeatures appends the features that depend on the next form only.
func nextFeatures(out []uint64, next *tokInfo) []uint64 {
	out = append(out,
		feat(tNextLower, next.lower),
		feat(tNextSuf3, next.suf[2]),
		feat(tNextAmb, next.amb),
	)
	if next.cluster != 0 {
		out = append(out, feat(tNextCluster, next.cluster))
	}
	if next.path != 0 {
		for k, n := range neighbourPrefixes {
			out = append(out, feat(tNextPath+k, pathPrefix(next.path, n)))
		}
	}
	return out
}

// restFeatures appends the static features that combine forms or depend
// on the position.
func restFeatures(out []uint64, toks []tokInfo, i int) []uint64 {
	t := &toks[i]
	prev, prev2, next, next2 := neighbours(toks, i)
	n := len(out)
	out = slices.Grow(out, nRestFeats)[:n+nRestFeats]
	g := (*[nRestFeats]uint64)(out[n:])
	g[0] = feat(tFlags, t.flags)
	g[1] = feat(tPrev2Lower, prev2.lower)
	g[2] = feat(tNext2Lower, next2.lower)
	g[3] = feat(tNext2Amb, next2.amb)
	g[4] = feat(tLowerNextLower, mix(t.lower, next.lower))
	g[5] = feat(tPrevLowerLower, mix(prev.lower, t.lower))
	g[6] = feat(tAmbNextAmb, mix(t.otherFinite, mix(t.amb, next.amb)))
	g[7] = feat(tSuf3NextLower, mix(t.suf[2], next.lower))
	g[8] = feat(tShapeNextShort, mix(t.shape, next.short))
	g[9] = feat(tPrevShortShape, mix(prev.short, t.shape))
	g[10] = feat(tAmb, mix(t.otherFinite, t.amb))
	g[11] = feat(tOtherFiniteSuf2NextAmb, mix(t.otherFinite, mix(t.suf[1], next.amb)))
	return out
}

// dynamicFeatures appends the features of token i that depend on the tags
// assigned around it.
func dynamicFeatures(out []uint64, toks []tokInfo, i int, h *history, second bool) []uint64 {
	t := &toks[i]
	_, _, next, _ := neighbours(toks, i)
	n := len(out)
	out = slices.Grow(out, nDynFeats)[:n+nDynFeats]
	g := (*[nDynFeats]uint64)(out[n:])
	g[0] = feat(tX1, h.x1)
	g[1] = feat(tX1X2, mix(h.x1, h.x2))
	g[2] = feat(tX1Lower, mix(h.x1, t.lower))
	g[3] = feat(tU1, h.u1)
	g[4] = feat(tX1NextAmb, mix(h.x1, next.amb))
	g[5] = feat(tX1Amb, mix(h.x1, t.amb))
	g[6] = feat(tX1Suf3, mix(h.x1, t.suf[2]))
	g[7] = feat(tFlagsX1, mix(t.flags, h.x1))
	g[8] = feat(tX1Suf2NextAmb, mix(h.x1, mix(t.suf[1], next.amb)))
	g[9] = feat(tX2X1Suf2, mix(mix(h.x2, h.x1), t.suf[1]))
	g[10] = feat(tClauseSuf2, mix(h.clause, t.suf[1]))
	g[11] = feat(tClauseAmb, mix(h.clause, t.amb))
	g[12] = feat(tClauseX1Suf2, mix(h.clause, mix(h.x1, t.suf[1])))
	g[13] = feat(tOtherFiniteClauseSuf2, mix(t.otherFinite, mix(h.clause, t.suf[1])))
	if second {
		n = len(out)
		out = slices.Grow(out, nSecondFeats)[:n+nSecondFeats]
		g := (*[nSecondFeats]uint64)(out[n:])
		g[0] = feat(tN1, h.n1)
		g[1] = feat(tN1N2, mix(h.n1, h.n2))
		g[2] = feat(tX1N1, mix(h.x1, h.n1))
		g[3] = feat(tLowerN1, mix(t.lower, h.n1))
		g[4] = feat(tAmbN1, mix(t.amb, h.n1))
		g[5] = feat(tUN1, h.un1)
		g[6] = feat(tLowerX1N1, mix(t.lower, mix(h.x1, h.n1)))
		g[7] = feat(tSuf3N1, mix(t.suf[2], h.n1))
		g[8] = feat(tNextLowerN2, mix(next.lower, h.n2))
		g[9] = feat(tN1Amb, mix(h.n1, next.amb))
		g[10] = feat(tX1N1Suf2, mix(mix(h.x1, h.n1), t.suf[1]))
	}
	return out
}
