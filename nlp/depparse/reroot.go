package depparse

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
	"strings"
	"sync"

	"tacitus/nlp"
)

// Rerooter reconsiders the root of a finished parse. Arc-eager parsing
// with the artificial root in front commits to a root early, and about
// one EWT dev sentence in nine gets the wrong one; in most of those the
// gold root is a child of the parsed root (a parataxis, ccomp, conj,
// advcl, acl or nominal dependent of it). The rerooter ranks the parsed
// root against its clause-like children and grandchildren with an
// averaged perceptron over the candidate's tags, lemma, relation,
// position and children and the parsed root's; when a candidate wins by
// more than a margin it becomes the root, the old root becomes its
// dependent with a relation chosen by a second perceptron, and the old
// root's punctuation outside its remaining span moves to the new root.
//
// It is trained by cmd/reroottrain on EWT train as parsed by fold models
// that did not see the sentences (realistic errors).
type Rerooter struct {
	rank   map[uint64]float32 // ranking weights
	rel    map[uint64]float32 // relation weights: feature hash ^ label hash
	labels []string           // relations the old root may get
	margin float32            // a candidate must beat the old root by more than this
	// maxBucket: sentences whose root attachment margin falls in a
	// higher bucket (see marginBucket) are left alone; 0 means no limit.
	maxBucket int
}

// SetMaxBucket leaves alone the sentences whose root attachment margin
// is in a bucket above b (0: no limit).
func (r *Rerooter) SetMaxBucket(b int) { r.maxBucket = b }

// Prune drops ranking and relation weights smaller in magnitude than x.
func (r *Rerooter) Prune(x float32) *Rerooter {
	c := *r
	for _, m := range []*map[uint64]float32{&c.rank, &c.rel} {
		n := map[uint64]float32{}
		for k, v := range *m {
			if v >= x || v <= -x {
				n[k] = v
			}
		}
		*m = n
	}
	return &c
}

// Reroot gives the model a rerooter applied after every parse (nil
// removes it). Not safe to call while the model is parsing.
func (m *Model) Reroot(r *Rerooter) { m.reroot = r }

// SetMargin sets the score margin by which a candidate must beat the
// parsed root.
func (r *Rerooter) SetMargin(x float32) { r.margin = x }

// Margin returns the score margin.
func (r *Rerooter) Margin() float32 { return r.margin }

// hasher builds feature hashes without allocating (FNV-1a).
type hasher uint64

func newHash(tmpl byte) hasher { return (hasher(14695981039346656037) ^ hasher(tmpl)) * 1099511628211 }

func (h hasher) s(x string) hasher {
	for i := 0; i < len(x); i++ {
		h = (h ^ hasher(x[i])) * 1099511628211
	}
	return (h ^ 0xff) * 1099511628211
}

func (h hasher) i(x int) hasher { return (h ^ hasher(uint64(x)+0x9e37)) * 1099511628211 }

func (h hasher) b(x bool) hasher {
	if x {
		return h.i(1)
	}
	return h.i(0)
}

// tree is a parse as arrays indexed by word (1-based), with universal
// relations.
type tree struct {
	n    int
	head []int
	rel  []string
	tok  []nlp.Token
	kids [][]int
	// Scratch space of Apply.
	cs   []int
	path []string
	fs   []uint64
}

var treePool sync.Pool

func universalRel(r string) string {
	if i := strings.IndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}

func newTree(toks []nlp.Token) *tree { return new(tree).reset(toks) }

// reset loads toks, reusing t's slices.
func (t *tree) reset(toks []nlp.Token) *tree {
	n := len(toks)
	t.n, t.tok = n, toks
	if cap(t.head) < n+1 {
		t.head, t.rel = make([]int, n+1, 2*n+2), make([]string, n+1, 2*n+2)
	}
	t.head, t.rel = t.head[:n+1], t.rel[:n+1]
	for len(t.kids) < n+1 {
		t.kids = append(t.kids, nil)
	}
	t.kids = t.kids[:n+1]
	for i := range t.kids {
		t.kids[i] = t.kids[i][:0]
	}
	for i := 1; i <= n; i++ {
		t.head[i] = toks[i-1].Head
		t.rel[i] = universalRel(toks[i-1].Rel)
		if h := t.head[i]; h >= 0 && h <= n {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t
}

func (t *tree) root() int {
	if len(t.kids[0]) == 0 {
		return 0
	}
	return t.kids[0][0]
}

// flags summarises a word's children.
func (t *tree) flags(w int) int {
	f := 0
	for _, k := range t.kids[w] {
		switch t.rel[k] {
		case "nsubj", "csubj":
			f |= 1
		case "aux":
			f |= 2
		case "cop":
			f |= 4
		case "mark":
			f |= 8
		case "punct":
			f |= 16
		case "cc":
			f |= 32
		case "obj", "ccomp", "xcomp":
			f |= 64
		case "expl":
			f |= 128
		case "det", "case":
			f |= 256
		}
	}
	return f
}

// span is the first and last word of w's subtree.
func (t *tree) span(w int) (lo, hi int) {
	lo, hi = w, w
	for _, k := range t.kids[w] {
		a, b := t.span(k)
		lo, hi = min(lo, a), max(hi, b)
	}
	return
}

func bucket(d int) int {
	switch {
	case d <= 3:
		return d
	case d <= 6:
		return 5
	case d <= 10:
		return 8
	case d <= 20:
		return 15
	}
	return 30
}

var rerootSkip = map[string]bool{"punct": true, "det": true, "case": true, "cc": true, "mark": true, "aux": true,
	"cop": true, "fixed": true, "expl": true, "goeswith": true, "reparandum": true, "cc:preconj": true}

var clauseRel = map[string]bool{"parataxis": true, "ccomp": true, "conj": true, "advcl": true, "acl": true,
	"xcomp": true, "csubj": true, "appos": true, "list": true}

// candidates returns the parsed root first, then its children and
// clause-like grandchildren that may replace it, with the path of
// relations from the root.
func (t *tree) candidates(r int, cs []int, path []string) ([]int, []string) {
	cs, path = append(cs, r), append(path, "ROOT")
	for _, c := range t.kids[r] {
		if rerootSkip[t.rel[c]] {
			continue
		}
		cs, path = append(cs, c), append(path, t.rel[c])
		for _, g := range t.kids[c] {
			if clauseRel[t.rel[g]] {
				cs, path = append(cs, g), append(path, t.rel[c]+">"+t.rel[g])
			}
		}
	}
	return cs, path
}

func (t *tree) lower(w int) string { return strings.ToLower(t.tok[w-1].Text) }

// punctBetween is the first punctuation mark strictly between a and b.
func (t *tree) punctBetween(a, b int) string {
	if a > b {
		a, b = b, a
	}
	for i := a + 1; i < b; i++ {
		if t.tok[i-1].UPOS == "PUNCT" {
			return t.tok[i-1].Text
		}
	}
	return ""
}

// features appends the ranking features of candidate c of root r.
func (t *tree) features(r, c int, path string, mb int, out []uint64) []uint64 {
	add := func(h hasher) { out = append(out, uint64(h)) }
	tr, tc := t.tok[r-1], t.tok[c-1]
	fr, fc := t.flags(r), t.flags(c)
	last := t.n
	lastPunct := t.tok[last-1].UPOS == "PUNCT"
	if c == r {
		k := newHash(1).s("keep")
		add(k)
		add(k.s(tr.UPOS))
		add(k.s(tr.XPOS))
		add(k.s(tr.UPOS).i(fr & 15))
		add(k.s(tr.Lemma))
		add(k.i(bucket(t.n)))
		add(k.i(bucket(r)))
		add(k.b(lastPunct).b(t.head[last] == r))
		add(k.i(len(t.kids[r])))
		add(k.i(mb))
		add(k.i(mb).s(tr.UPOS))
		return out
	}
	p := newHash(2).s(path)
	add(p)
	add(p.s(tc.UPOS))
	add(p.s(tr.UPOS))
	add(p.s(tr.UPOS).s(tc.UPOS))
	add(p.s(tc.XPOS))
	add(p.s(tr.XPOS).s(tc.XPOS))
	add(p.b(c < r))
	add(p.b(c < r).s(tr.UPOS).s(tc.UPOS))
	add(p.s(tr.Lemma))
	add(p.s(tc.Lemma))
	add(p.s(tr.Lemma).b(c < r))
	add(p.i(fc))
	add(p.i(fr))
	add(p.i(fc & 15).i(fr & 15))
	add(p.i(fc & 1).i(fr & 1).b(c < r))
	add(p.s(tc.UPOS).i(fc & 15).b(c < r))
	add(p.s(tr.UPOS).i(fr & 15).b(c < r))
	pb := t.punctBetween(r, c)
	add(p.s(pb))
	add(p.s(pb).b(c < r).s(tc.UPOS))
	add(p.b(lastPunct).b(t.head[last] == r).b(t.head[last] == c))
	lo, hi := t.span(c)
	add(p.b(lo == 1).b(hi >= last-1))
	add(p.b(r == 1).b(c < r))
	add(p.i(bucket(abs(c - r))))
	add(p.i(bucket(t.n)))
	add(p.i(bucket(last - c)))
	add(p.i(bucket(r)))
	add(p.s(t.lower(r)))
	add(p.s(t.lower(c)))
	if c > 1 {
		add(p.s(t.tok[c-2].UPOS).s(t.tok[c-2].Text))
	}
	if r > 1 {
		add(p.s(t.tok[r-2].UPOS))
	}
	add(p.i(len(t.kids[c])).i(len(t.kids[r])))
	add(p.i(mb))
	add(p.i(mb).s(tr.UPOS).s(tc.UPOS))
	return out
}

// marginBucket buckets the parser's root attachment margin on a log
// scale; -1 when the root's child was attached at the end.
func marginBucket(m float32) int {
	if m < 0 {
		return -1
	}
	b := 0
	for m >= 1 && b < 12 {
		m /= 2
		b++
	}
	return b
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// relFeatures appends the features that choose the old root r's relation
// to the new root c.
func (t *tree) relFeatures(r, c int, path string, out []uint64) []uint64 {
	add := func(h hasher) { out = append(out, uint64(h)) }
	tr, tc := t.tok[r-1], t.tok[c-1]
	fr, fc := t.flags(r), t.flags(c)
	h := newHash(3)
	add(h)
	add(h.s(path))
	add(h.s(path).b(c < r))
	add(h.s(tr.UPOS).b(c < r))
	add(h.s(tr.XPOS).b(c < r))
	add(h.s(tr.UPOS).s(tc.UPOS).b(c < r))
	add(h.s(path).s(tr.UPOS).b(c < r))
	add(h.i(fr).b(c < r))
	add(h.i(fr & 15).s(tr.UPOS).b(c < r))
	add(h.i(fc & 15).s(path))
	add(h.s(tr.Lemma).b(c < r))
	add(h.s(t.punctBetween(r, c)).b(c < r))
	add(h.b(r == 1).b(c < r))
	return out
}

func (r *Rerooter) score(fs []uint64) float32 {
	var s float32
	for _, f := range fs {
		s += r.rank[f]
	}
	return s
}

func labelHash(l string) uint64 { return uint64(newHash(9).s(l)) }

func (r *Rerooter) bestRel(fs []uint64) string {
	best, bs := "parataxis", float32(math.Inf(-1))
	for _, l := range r.labels {
		lh := labelHash(l)
		var s float32
		for _, f := range fs {
			s += r.rel[f^lh]
		}
		if s > bs {
			best, bs = l, s
		}
	}
	return best
}

// Apply re-roots a parsed sentence in place when a candidate beats the
// parsed root. Sentences without a single-rooted tree are left alone.
func (r *Rerooter) Apply(s *nlp.Sentence, margin float32) {
	if r == nil || len(s.Tokens) < 3 || r.maxBucket > 0 && marginBucket(margin) > r.maxBucket {
		return
	}
	for _, tk := range s.Tokens {
		if tk.Head < 0 || tk.Head > len(s.Tokens) {
			return
		}
	}
	t, _ := treePool.Get().(*tree)
	if t == nil {
		t = new(tree)
	}
	defer treePool.Put(t)
	t.reset(s.Tokens)
	if len(t.kids[0]) != 1 {
		return
	}
	root := t.root()
	cs, path := t.candidates(root, t.cs[:0], t.path[:0])
	t.cs, t.path = cs, path
	if len(cs) < 2 {
		return
	}
	fs := t.fs
	defer func() { t.fs = fs }()
	mb := marginBucket(margin)
	fs = t.features(root, root, "", mb, fs[:0])
	keep := r.score(fs)
	best, bs := 0, keep+r.margin
	for i := 1; i < len(cs); i++ {
		fs = t.features(root, cs[i], path[i], mb, fs[:0])
		if sc := r.score(fs); sc > bs {
			best, bs = i, sc
		}
	}
	if best == 0 {
		return
	}
	fs = t.relFeatures(root, cs[best], path[best], fs[:0])
	t.move(s, root, cs[best], r.bestRel(fs))
}

// move makes c the root and r its dependent with relation rel, and moves
// r's punctuation outside r's remaining span to c.
func (t *tree) move(s *nlp.Sentence, r, c int, rel string) {
	s.Tokens[c-1].Head, s.Tokens[c-1].Rel = 0, RootRel
	s.Tokens[r-1].Head, s.Tokens[r-1].Rel = c, rel
	// r's remaining span, without c's subtree and punctuation.
	lo, hi := r, r
	var walk func(w int)
	walk = func(w int) {
		for _, k := range t.kids[w] {
			if k == c || t.rel[k] == "punct" {
				continue
			}
			lo, hi = min(lo, k), max(hi, k)
			walk(k)
		}
	}
	walk(r)
	for _, k := range t.kids[r] {
		if t.rel[k] == "punct" && (k < lo || k > hi) {
			s.Tokens[k-1].Head = c
		}
	}
}

// RerootExample is one training sentence: the fold parse and the gold
// tree of the same words.
type rerootExample struct {
	cand  [][]uint64 // features per candidate, the parsed root first
	gold  int        // index of the gold root among the candidates
	relFs []uint64   // relation features when gold > 0
	rel   string     // gold relation of the old root when its gold head is the gold root
}

// RerootData holds the training examples of a Rerooter.
type RerootData struct {
	ex        []rerootExample
	Sentences int // sentences seen
	Wrong     int // sentences whose parsed root is wrong
	Covered   int // of those, sentences whose gold root is a candidate
	labels    map[string]int
}

// Add adds the parse sys of a sentence against its gold tree (same
// words, gold Head and Rel).
func (d *RerootData) Add(sys, gold *nlp.Sentence, margin float32) {
	if len(sys.Tokens) < 3 || len(sys.Tokens) != len(gold.Tokens) {
		return
	}
	t := newTree(sys.Tokens)
	if len(t.kids[0]) != 1 {
		return
	}
	d.Sentences++
	root := t.root()
	groot := 0
	for i, tk := range gold.Tokens {
		if tk.Head == 0 {
			groot = i + 1
		}
	}
	if groot != root {
		d.Wrong++
	}
	cs, path := t.candidates(root, nil, nil)
	if len(cs) < 2 {
		return
	}
	ex := rerootExample{gold: -1}
	for i, c := range cs {
		ex.cand = append(ex.cand, t.features(root, c, path[i], marginBucket(margin), nil))
		if c == groot {
			ex.gold = i
		}
	}
	if ex.gold < 0 {
		return
	}
	if ex.gold > 0 {
		d.Covered++
		if gold.Tokens[root-1].Head == groot {
			ex.rel = gold.Tokens[root-1].Rel
			ex.relFs = t.relFeatures(root, groot, path[ex.gold], nil)
			if d.labels == nil {
				d.labels = map[string]int{}
			}
			d.labels[ex.rel]++
		}
	}
	d.ex = append(d.ex, ex)
}

// RerootOptions control TrainRerooter.
type RerootOptions struct {
	Iterations int   // passes over the examples (default 10)
	Seed       int64 // shuffling seed
}

type avg struct {
	w, sum map[uint64]float32
	last   map[uint64]int
	t      int
}

func newAvg() *avg {
	return &avg{w: map[uint64]float32{}, sum: map[uint64]float32{}, last: map[uint64]int{}}
}

func (a *avg) upd(f uint64, d float32) {
	a.sum[f] += a.w[f] * float32(a.t-a.last[f])
	a.last[f] = a.t
	a.w[f] += d
}

func (a *avg) averaged() map[uint64]float32 {
	out := map[uint64]float32{}
	for f, w := range a.w {
		s := a.sum[f] + w*float32(a.t-a.last[f])
		if v := s / float32(max(a.t, 1)); v != 0 {
			out[f] = v
		}
	}
	return out
}

// TrainRerooter trains a rerooter on d; the model after pass it is
// returned for each pass (so that the caller can pick one on dev).
func TrainRerooter(d *RerootData, opt RerootOptions) []*Rerooter {
	if opt.Iterations <= 0 {
		opt.Iterations = 10
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	var labels []string
	for l, n := range d.labels {
		if n >= 3 {
			labels = append(labels, l)
		}
	}
	sort.Strings(labels)
	rank, rel := newAvg(), newAvg()
	order := make([]int, len(d.ex))
	for i := range order {
		order[i] = i
	}
	var out []*Rerooter
	for it := 0; it < opt.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := &d.ex[i]
			rank.t++
			best, bs := 0, float32(math.Inf(-1))
			for j, fs := range ex.cand {
				var s float32
				for _, f := range fs {
					s += rank.w[f]
				}
				if s > bs {
					best, bs = j, s
				}
			}
			if best != ex.gold {
				for _, f := range ex.cand[ex.gold] {
					rank.upd(f, 1)
				}
				for _, f := range ex.cand[best] {
					rank.upd(f, -1)
				}
			}
			if ex.relFs == nil {
				continue
			}
			rel.t++
			bl, bv := "", float32(math.Inf(-1))
			for _, l := range labels {
				lh := labelHash(l)
				var s float32
				for _, f := range ex.relFs {
					s += rel.w[f^lh]
				}
				if s > bv {
					bl, bv = l, s
				}
			}
			if bl != ex.rel {
				gh, ph := labelHash(ex.rel), labelHash(bl)
				for _, f := range ex.relFs {
					rel.upd(f^gh, 1)
					rel.upd(f^ph, -1)
				}
			}
		}
		out = append(out, &Rerooter{rank: rank.averaged(), rel: rel.averaged(), labels: labels})
	}
	return out
}

// Save writes the rerooter (gzip-compressed).
func (r *Rerooter) Save(w io.Writer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	e := &encoder{w: bw}
	bw.WriteString("RR1\n")
	e.uv(uint64(math.Float32bits(r.margin)))
	e.uv(uint64(r.maxBucket))
	e.uv(uint64(len(r.labels)))
	for _, l := range r.labels {
		e.uv(uint64(len(l)))
		bw.WriteString(l)
	}
	for _, m := range []map[uint64]float32{r.rank, r.rel} {
		keys := make([]uint64, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		e.uv(uint64(len(keys)))
		var buf [12]byte
		for _, k := range keys {
			binary.LittleEndian.PutUint64(buf[:8], k)
			binary.LittleEndian.PutUint32(buf[8:], math.Float32bits(m[k]))
			bw.Write(buf[:])
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ErrRerootFormat means LoadRerooter was given something that is not a
// rerooter file.
var ErrRerootFormat = errors.New("depparse: bad rerooter file")

// LoadRerooter reads a rerooter written by Save.
func LoadRerooter(rd io.Reader) (*Rerooter, error) {
	zr, err := gzip.NewReader(rd)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRerootFormat, err)
	}
	br := bufio.NewReader(zr)
	bad := func(what string) (*Rerooter, error) { return nil, fmt.Errorf("%w: %s", ErrRerootFormat, what) }
	var magic [4]byte
	if _, err := io.ReadFull(br, magic[:]); err != nil || string(magic[:]) != "RR1\n" {
		return bad("magic")
	}
	r := &Rerooter{}
	mg, err := binary.ReadUvarint(br)
	if err != nil || mg > math.MaxUint32 {
		return bad("margin")
	}
	r.margin = math.Float32frombits(uint32(mg))
	if math.IsNaN(float64(r.margin)) {
		return bad("margin")
	}
	mb, err := binary.ReadUvarint(br)
	if err != nil || mb > 64 {
		return bad("bucket")
	}
	r.maxBucket = int(mb)
	nl, err := binary.ReadUvarint(br)
	if err != nil || nl > 1000 {
		return bad("labels")
	}
	for i := uint64(0); i < nl; i++ {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 100 {
			return bad("label")
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return bad("label")
		}
		r.labels = append(r.labels, string(b))
	}
	for k := 0; k < 2; k++ {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 1<<24 {
			return bad("weights")
		}
		m := make(map[uint64]float32, min(n, 1<<16))
		var buf [12]byte
		for i := uint64(0); i < n; i++ {
			if _, err := io.ReadFull(br, buf[:]); err != nil {
				return bad("weights")
			}
			m[binary.LittleEndian.Uint64(buf[:8])] = math.Float32frombits(binary.LittleEndian.Uint32(buf[8:]))
		}
		if k == 0 {
			r.rank = m
		} else {
			r.rel = m
		}
	}
	if len(r.labels) == 0 {
		r.labels = []string{"parataxis"}
	}
	return r, nil
}

// MoveRoot re-roots a parsed sentence at word c (1-based) as Apply does
// when it picks c, and reports whether c was a candidate. It is meant
// for oracle experiments.
func (r *Rerooter) MoveRoot(s *nlp.Sentence, c int) bool {
	for _, tk := range s.Tokens {
		if tk.Head < 0 || tk.Head > len(s.Tokens) {
			return false
		}
	}
	t := newTree(s.Tokens)
	if len(t.kids[0]) != 1 {
		return false
	}
	root := t.root()
	cs, path := t.candidates(root, nil, nil)
	for i := 1; i < len(cs); i++ {
		if cs[i] == c {
			t.move(s, root, c, r.bestRel(t.relFeatures(root, c, path[i], nil)))
			return true
		}
	}
	return false
}

// Weights is the number of nonzero weights.
func (r *Rerooter) Weights() int { return len(r.rank) + len(r.rel) }
