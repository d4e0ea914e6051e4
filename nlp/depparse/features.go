package depparse

import "slices"

// Feature values are 64-bit hashes or small integers; a feature key is a
// non-zero 32-bit hash of its template number and values.

const (
	m1 = 0x9E3779B97F4A7C15
	m2 = 0xBF58476D1CE4E5B9
	m3 = 0x94D049BB133111EB

	noneVal = 0x5bd1e9955bd1e995 // value of an absent word, tag or label
	rootVal = 0x27d4eb2f165667c5 // value of the artificial root word
)

// strHash hashes a string (FNV-1a, then a finalizer).
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return fin(h)
}

// wordHash hashes the normalized word form (ASCII letters lowered,
// digits mapped to 0) and its last three bytes.
func wordHash(s string) (word, suffix uint64) {
	h := uint64(14695981039346656037)
	sfx := uint64(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		}
		h ^= uint64(c)
		h *= 1099511628211
		sfx = sfx<<8 | uint64(c)
	}
	return fin(h), fin(sfx&0xffffff ^ 0x5f5f5f000000)
}

func fin(h uint64) uint64 {
	h ^= h >> 33
	h *= m2
	h ^= h >> 29
	h *= m3
	h ^= h >> 32
	return h
}

func key(h uint64) uint32 {
	k := uint32(h >> 32)
	if k == 0 {
		k = 1
	}
	return k
}

func f1(t, a uint64) uint32 {
	h := (t+1)*m1 ^ a
	h *= m2
	h ^= h >> 31
	h *= m3
	return key(h)
}

func f2(t, a, b uint64) uint32 {
	h := (t+1)*m1 ^ a
	h *= m2
	h ^= h >> 31
	h += b
	h *= m3
	h ^= h >> 29
	h *= m1
	return key(h)
}

func f3(t, a, b, c uint64) uint32 {
	h := (t+1)*m1 ^ a
	h *= m2
	h ^= h >> 31
	h += b
	h *= m3
	h ^= h >> 29
	h += c
	h *= m1
	h ^= h >> 32
	h *= m2
	return key(h)
}

func (p *parser) w(i int32) uint64 {
	if i < 0 {
		return noneVal
	}
	return p.word[i]
}

func (p *parser) t(i int32) uint64 {
	if i < 0 {
		return noneVal
	}
	return p.tag[i]
}

func (p *parser) u(i int32) uint64 {
	if i < 0 {
		return noneVal
	}
	return p.upos[i]
}

// l is the label value of word i: its relation id + 1, 0 when unattached.
func (p *parser) l(i int32) uint64 {
	if i < 0 || p.head[i] < 0 {
		return 0
	}
	return uint64(p.lab[i]) + 1
}

func (p *parser) hd(i int32) int32 {
	if i < 0 {
		return -1
	}
	return p.head[i]
}

func child(s []int32, i int32) int32 {
	if i < 0 {
		return -1
	}
	return s[i]
}

func minI(a, b int32) int32 {
	if a < b {
		return a
	}
	return b
}

// Feature groups: the first bufferFeats features of a configuration
// depend only on the buffer words, the next n0Feats also on the left
// children of the buffer front; Parse reuses their scores while these do
// not change (after REDUCE, and after LEFT-ARC for the first group). Then
// come the s0Feats features of the stack top (see s0Features) and the
// stackFeats others; an arc's label has labelFeats features. Each feature
// function writes exactly its group's count (see extend).
const (
	bufferFeats = 18
	n0Feats     = 9
	stackFeats  = 37
	s0Feats     = 23
	labelFeats  = 39
)

// features appends the transition features of the configuration, which
// must have a non-empty buffer: the buffer group, the buffer front group
// (see bufferFeats), the stack top group and the rest.
func (p *parser) features(f []uint32) []uint32 {
	f = p.bufferFeatures(f)
	f = p.n0Features(f)
	f = p.s0Features(f)
	return p.stackFeatures(f)
}

// next12 returns the second and third buffer words, -1 when absent.
func (p *parser) next12() (n1, n2 int32) {
	n1, n2 = -1, -1
	if p.b+1 <= p.e {
		n1 = p.b + 1
	}
	if p.b+2 <= p.e {
		n2 = p.b + 2
	}
	return n1, n2
}

// bufferFeatures appends the bufferFeats features that depend only on
// the buffer words.
func (p *parser) bufferFeatures(f []uint32) []uint32 {
	n0 := p.b
	n1, n2 := p.next12()
	n0w, n0p := p.word[n0], p.tag[n0]
	n1w, n1p := p.w(n1), p.t(n1)
	n2p := p.t(n2)
	n0wp := n0w ^ n0p*m3
	n1wp := n1w ^ n1p*m3
	an := p.amb[n0]
	// Lookahead: the third buffer word, the fourth word's tag, and
	// whether verbs and punctuation follow the buffer front (is the
	// clause over?).
	var n3 int32 = -1
	if p.b+3 <= p.e {
		n3 = p.b + 3
	}
	after := uint64(min(p.nverb[p.e]-p.nverb[n0], 2)) | uint64(min(p.npunct[p.e]-p.npunct[n0], 2))<<2
	f, t := extend(f, bufferFeats)
	g := (*[bufferFeats]uint32)(t)
	g[0] = f1(3, n0wp)
	g[1] = f1(4, n0w)
	g[2] = f1(5, n0p)
	g[3] = f1(6, n1wp)
	g[4] = f1(7, n1w)
	g[5] = f1(8, n1p)
	g[6] = f1(11, n2p)
	g[7] = f2(19, n0p, n1p)
	g[8] = f3(20, n0p, n1p, n2p)
	g[9] = f2(77, p.sfx[n0], n0p)
	g[10] = f2(85, n0w, n1w)
	g[11] = f2(86, n0wp, n1p)
	g[12] = f2(87, n0p, n1wp)
	g[13] = f3(89, p.sfxOf(n1), n1p, n0p)
	g[14] = f2(91, an, n0p)
	g[15] = f2(150, p.w(n2), n1p)
	g[16] = f3(151, n1p, n2p, p.t(n3))
	g[17] = f2(152, n0p, after)
	return f
}

// n0Features appends the n0Feats features of the buffer front and its
// left children.
func (p *parser) n0Features(f []uint32) []uint32 {
	n0 := p.b
	n0w, n0p := p.word[n0], p.tag[n0]
	n0l1, n0l2 := p.lc1[n0], p.lc2[n0]
	n0vl, n0sl := uint64(p.nl[n0]), p.lset[n0]
	f, t := extend(f, n0Feats)
	g := (*[n0Feats]uint32)(t)
	g[0] = f2(37, n0p, n0vl)
	g[1] = f1(47, p.w(n0l1))
	g[2] = f1(48, p.t(n0l1))
	g[3] = f1(49, p.l(n0l1))
	g[4] = f1(60, p.t(n0l2))
	g[5] = f1(61, p.l(n0l2))
	g[6] = f3(65, n0p, p.t(n0l1), p.t(n0l2))
	g[7] = f2(70, n0w, n0sl)
	g[8] = f2(71, n0p, n0sl)
	return f
}

// s0Features appends the features of the stack top that stay the same
// while it is on the stack: its form and tags, its head and the head's
// head (a word on the stack gets a head only when pushed or when popped),
// its left children (attached before it was pushed), and the word below
// it. Parse scores them once per word (see parser.score).
func (p *parser) s0Features(f []uint32) []uint32 {
	s0, s1 := p.s0(), p.s1()
	s0w, s0p := p.word[s0], p.tag[s0]
	s0wp := s0w ^ s0p*m3
	s0h := p.hd(s0)
	s0h2 := p.hd(s0h)
	s0l1, s0l2 := p.lc1[s0], p.lc2[s0]
	// The two words below the stack top.
	var s2 int32 = -1
	if len(p.stack) >= 3 {
		s2 = p.stack[len(p.stack)-3]
	}
	f, t := extend(f, s0Feats)
	g := (*[s0Feats]uint32)(t)
	g[0] = f3(153, p.t(s2), p.t(s1), s0p)
	g[1] = f3(154, p.t(s1), p.l(s1), s0p)
	g[2] = f1(0, s0wp)
	g[3] = f1(1, s0w)
	g[4] = f1(2, s0p)
	g[5] = f2(35, s0p, uint64(p.nl[s0]))
	g[6] = f1(38, p.w(s0h))
	g[7] = f1(39, p.t(s0h))
	g[8] = f1(40, p.l(s0))
	g[9] = f1(41, p.w(s0l1))
	g[10] = f1(42, p.t(s0l1))
	g[11] = f1(43, p.l(s0l1))
	g[12] = f1(51, p.t(s0h2))
	g[13] = f1(52, p.l(s0h))
	g[14] = f1(54, p.t(s0l2))
	g[15] = f1(55, p.l(s0l2))
	g[16] = f3(62, s0p, p.t(s0l1), p.t(s0l2))
	g[17] = f3(64, s0p, p.t(s0h), p.t(s0h2))
	g[18] = f2(69, s0p, p.lset[s0])
	g[19] = f1(72, p.t(s1))
	g[20] = f2(74, p.w(s1), s0p)
	g[21] = f2(78, p.sfx[s0], s0p)
	g[22] = f2(92, p.amb[s0], s0p)
	return f
}

// stackFeatures appends the features that involve the stack and change
// while the stack top stays: pairs with the buffer, right children,
// distance.
func (p *parser) stackFeatures(f []uint32) []uint32 {
	s0, s1 := p.s0(), p.s1()
	n0 := p.b
	n1, _ := p.next12()
	s0w, s0p := p.word[s0], p.tag[s0]
	n0w, n0p := p.word[n0], p.tag[n0]
	n1p := p.t(n1)
	s0wp := s0w ^ s0p*m3
	n0wp := n0w ^ n0p*m3
	a0, an := p.amb[s0], p.amb[n0]
	n0l1 := p.lc1[n0]

	s0h := p.hd(s0)
	s0l1 := p.lc1[s0]
	s0r1, s0r2 := p.rc1[s0], p.rc2[s0]
	d := uint64(minI(n0-s0, maxDist))
	s0vr := uint64(p.nr[s0])
	s0sr := p.rset[s0]
	// What lies between the stack top and the buffer front.
	pb := uint64(min(p.npunct[n0-1]-p.npunct[s0], 2))
	vb := uint64(min(p.nverb[n0-1]-p.nverb[s0], 2))

	cb := uint64(min(p.nconj[n0-1]-p.nconj[s0], 1))
	f, t := extend(f, stackFeats)
	g := (*[stackFeats]uint32)(t)
	g[0] = f3(155, s0p, n0p, cb|pb<<2|vb<<4)
	// pairs with the buffer
	g[1] = f2(12, s0wp, n0wp)
	g[2] = f2(15, s0wp, n0p)
	g[3] = f2(16, s0p, n0wp)
	g[4] = f2(17, s0w, n0w)
	g[5] = f2(18, s0p, n0p)
	g[6] = f3(21, s0p, n0p, n1p)
	g[7] = f3(22, p.t(s0h), s0p, n0p)
	g[8] = f3(23, s0p, p.t(s0l1), n0p)
	g[9] = f3(24, s0p, p.t(s0r1), n0p)
	g[10] = f3(25, s0p, n0p, p.t(n0l1))
	// distance and valency
	g[11] = f2(27, s0p, d)
	g[12] = f2(29, n0p, d)
	g[13] = f3(30, s0w, n0w, d)
	g[14] = f3(31, s0p, n0p, d)
	g[15] = f2(33, s0p, s0vr)
	// right children of the stack top
	g[16] = f1(44, p.w(s0r1))
	g[17] = f1(45, p.t(s0r1))
	g[18] = f1(46, p.l(s0r1))
	g[19] = f1(57, p.t(s0r2))
	g[20] = f1(58, p.l(s0r2))
	g[21] = f3(63, s0p, p.t(s0r1), p.t(s0r2))
	// label sets
	g[22] = f2(67, s0p, s0sr)
	// the word below the stack top, coarse tags
	g[23] = f3(73, p.t(s1), s0p, n0p)
	g[24] = f2(75, p.upos[s0], p.upos[n0])
	g[25] = f3(76, p.upos[s0], p.upos[n0], p.u(n1))
	g[26] = f3(79, s0p, n0p, p.l(s0))
	g[27] = f3(80, s0p, n0p, uint64(p.rootChild>>31))
	// between the stack top and the buffer front
	g[28] = f3(81, s0p, n0p, pb)
	g[29] = f3(82, s0p, n0p, vb)
	g[30] = f3(83, s0p, p.tag[s0+1], n0p)
	g[31] = f3(84, s0p, p.tag[n0-1], n0p)
	g[32] = f3(88, p.w(s1), s0w, n0p)
	// ambiguity classes
	g[33] = f2(90, a0, an)
	g[34] = f3(93, an, p.a(n1), s0p)
	g[35] = f2(94, an, s0p)
	g[36] = f2(95, a0, n0p)
	return f
}

func (p *parser) a(i int32) uint64 {
	if i < 0 {
		return noneVal
	}
	return p.amb[i]
}

func (p *parser) sfxOf(i int32) uint64 {
	if i < 0 {
		return noneVal
	}
	return p.sfx[i]
}

// labelFeatures appends the features that choose the relation of h → d.
func (p *parser) labelFeatures(f []uint32, h, d int32) []uint32 {
	var dir uint64 = 1
	if d < h {
		dir = 2
	}
	dist := h - d
	if dist < 0 {
		dist = -dist
	}
	dd := uint64(minI(dist, maxDist)) | dir<<8
	hw, hp := p.w(h), p.t(h)
	dw, dp := p.w(d), p.t(d)
	hu, du := p.u(h), p.upos[d]
	dlc, drc := child(p.lc1, d), child(p.rc1, d)
	var dnext, dprev int32 = d + 1, d - 1
	if dnext > p.n {
		dnext = -1
	}
	if dprev < 1 {
		dprev = -1
	}
	hl := p.l(h)
	// Punctuation and conjunctions between the two words (conj,
	// parataxis, appos, list), the tags of the two words after the
	// dependent (iobj or obj), the dependent's children's relations with
	// its coarse tag (a subject makes a clause ccomp, not xcomp), and the
	// head's own relation.
	lo, hi := minI(h, d), max(h, d)
	var between uint64
	if hi > lo+1 {
		between = uint64(min(p.npunct[hi-1]-p.npunct[lo], 2)) | uint64(min(p.nconj[hi-1]-p.nconj[lo], 1))<<2
	}
	var dnext2 int32 = d + 2
	if dnext2 > p.n {
		dnext2 = -1
	}
	f, t := extend(f, labelFeats)
	g := (*[labelFeats]uint32)(t)
	g[0] = f1(100, dir)
	g[1] = f2(101, dw, dir)
	g[2] = f2(102, dp, dir)
	g[3] = f2(103, hw, dir)
	g[4] = f2(104, hp, dir)
	g[5] = f3(105, hp, dp, dir)
	g[6] = f3(106, hw, dp, dir)
	g[7] = f3(107, hp, dw, dir)
	g[8] = f3(108, hw, dw, dir)
	g[9] = f3(109, hp, dp, dd)
	g[10] = f3(110, dp, p.w(dlc), dir)
	g[11] = f3(111, dp, p.t(dlc), dir)
	g[12] = f3(112, dp, p.l(dlc), dir)
	g[13] = f3(113, dp, p.w(drc), dir)
	g[14] = f3(114, dp, p.l(drc), dir)
	g[15] = f3(115, hp, p.lset[d], dir)
	g[16] = f3(116, dp, p.rset[d], dir)
	g[17] = f3(117, hp, p.t(dnext), dp)
	g[18] = f3(118, hp, p.t(dprev), dp)
	g[19] = f3(119, hp, hl, dp)
	g[20] = f3(120, p.u(h), p.u(d), dir)
	g[21] = f3(121, hp, p.sfxOf(d), dir)
	g[22] = f3(122, hw, p.w(dlc), dir)
	g[23] = f3(123, hp, p.w(dlc), dp)
	g[24] = f3(124, hp, p.lset[h]*m1^p.rset[h], dp)
	g[25] = f2(125, p.w(p.hd(h)), dp)
	g[26] = f3(126, p.amb[d], hp, dir)
	g[27] = f3(127, p.amb[d], dp, dir)
	g[28] = f3(128, p.amb[h], dp, dir)
	// Coarse tags generalize over rare fine ones (NNPS, VBN heads).
	g[29] = f2(129, du, dir)
	g[30] = f3(130, hp, du, dir)
	g[31] = f3(131, du, p.w(dlc), dir)
	g[32] = f3(132, du, p.l(dlc), dir)
	g[33] = f3(133, hu, du, dd)
	g[34] = f3(134, du, p.lset[d], dir)
	g[35] = f3(135, du, p.rset[d], dir)
	g[36] = f3(136, hu, hl, du)
	g[37] = f3(138, dp, p.t(dnext), p.t(dnext2))
	g[38] = f3(140, hp, dp, between|dir<<4)
	return f
}

// extend lengthens f by n features and returns it with its last n
// elements, which the feature functions fill one by one: an append of
// some forty computed features held all of them live at once, and the
// compiler spilled and reloaded the hashes' intermediate values.
func extend(f []uint32, n int) ([]uint32, []uint32) {
	f = slices.Grow(f, n)
	f = f[:len(f)+n]
	return f, f[len(f)-n:]
}
