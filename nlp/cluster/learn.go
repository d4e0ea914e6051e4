package cluster

import (
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"time"

	"tacitus/nlp/segment"
)

// ErrNoData is returned by Learn when no word is frequent enough to cluster.
var ErrNoData = errors.New("cluster: no word occurs often enough")

// Corpus collects the lower-cased word sequences that Learn clusters. The
// zero value is ready to use.
type Corpus struct {
	ids    map[string]int32
	words  []string
	counts []int64
	seq    []int32 // word ids; -1 ends a sentence
	seg    *segment.Segmenter
	buf    []byte
}

// Add appends one sentence of words.
func (c *Corpus) Add(words []string) {
	if c.ids == nil {
		c.ids = map[string]int32{}
	}
	for _, w := range words {
		if w == "" {
			continue
		}
		c.buf = c.buf[:0]
		for i := 0; i < len(w); i++ {
			c.buf = append(c.buf, lower(w[i]))
		}
		id, ok := c.ids[string(c.buf)]
		if !ok {
			id = int32(len(c.words))
			s := string(c.buf)
			c.ids[s] = id
			c.words = append(c.words, s)
			c.counts = append(c.counts, 0)
		}
		c.counts[id]++
		c.seq = append(c.seq, id)
	}
	c.seq = append(c.seq, -1)
}

// AddText splits raw text into sentences and words with the project's
// segmenter and adds them.
func (c *Corpus) AddText(text string) {
	if c.seg == nil {
		c.seg = segment.New(segment.Options{})
	}
	var words []string
	for _, s := range c.seg.Segment(text) {
		words = words[:0]
		for _, t := range s.Tokens {
			words = append(words, t.Text)
		}
		c.Add(words)
	}
}

// Tokens returns the number of words added.
func (c *Corpus) Tokens() int { return len(c.seq) - c.sentences() }

func (c *Corpus) sentences() int {
	n := 0
	for _, id := range c.seq {
		if id < 0 {
			n++
		}
	}
	return n
}

// Options control Learn. The zero value gives the defaults.
type Options struct {
	// Depth is the length of the paths in bits (default 10, at most
	// MaxBits): the tree has up to 2^Depth leaves.
	Depth int
	// MinCount is how often a word must occur to be clustered (default 3).
	MinCount int
	// Iterations bounds the exchange sweeps of each split (default 12).
	Iterations int
	// Seed fixes the initial splits; Learn is deterministic given the
	// seed and the corpus.
	Seed uint64
	// Log receives progress lines; nil means silence.
	Log io.Writer
}

func (o *Options) defaults() error {
	if o.Depth <= 0 {
		o.Depth = 10
	}
	if o.Depth > MaxBits {
		return fmt.Errorf("cluster: depth %d exceeds %d bits", o.Depth, MaxBits)
	}
	if o.MinCount <= 0 {
		o.MinCount = 3
	}
	if o.Iterations <= 0 {
		o.Iterations = 12
	}
	return nil
}

func (o *Options) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", args...)
	}
}

// neighbour is a context word and how often it occurs next to a word.
type neighbour struct {
	v int32
	n int64
}

// Learn clusters the words of the corpus that occur at least MinCount
// times (and are at most MaxWordLen bytes long) by divisive exchange
// clustering. The tree is grown one level at a time: every class of the
// level above is split in two, starting from a pseudo-random split, and
// words are then moved one at a time to the sibling class while the move
// raises the likelihood of the corpus under a two-sided class model, in
// which a word is predicted from the previous word through its class and
// from the next word through its class (the one-sided "predictive"
// exchange objective of Uszkoreit and Brants 2008, applied in both
// directions). Rare words, and the sentence boundary, serve as context but
// get no class. A word's path is its sequence of split decisions, so
// prefixes of a path name the classes of the levels above, as in Brown
// clustering.
//
// Each split touches each distinct bigram a constant number of times, so
// a level costs O(Iterations × distinct bigrams): on five million words of
// news, ten levels take about a minute on one core, where Brown clustering
// with a thousand classes would take hours.
func Learn(c *Corpus, opt Options) (*Table, error) {
	if err := opt.defaults(); err != nil {
		return nil, err
	}
	start := time.Now()
	// Vocabulary: frequent words by descending count, then by bytes.
	var vocab []int32
	for id, n := range c.counts {
		if n >= int64(opt.MinCount) && len(c.words[id]) <= MaxWordLen {
			vocab = append(vocab, int32(id))
		}
	}
	if len(vocab) == 0 {
		return nil, ErrNoData
	}
	sort.Slice(vocab, func(i, j int) bool {
		a, b := vocab[i], vocab[j]
		if c.counts[a] != c.counts[b] {
			return c.counts[a] > c.counts[b]
		}
		return c.words[a] < c.words[b]
	})
	nv := int32(len(vocab))
	unk, boundary := nv, nv+1
	remap := make([]int32, len(c.words))
	for i := range remap {
		remap[i] = unk
	}
	for k, id := range vocab {
		remap[id] = int32(k)
	}
	// Bigram counts with the context words rare words and the boundary.
	pairs := map[uint64]int64{}
	prev := boundary
	for _, id := range c.seq {
		cur := boundary
		if id >= 0 {
			cur = remap[id]
		}
		if !(prev == boundary && cur == boundary) {
			pairs[uint64(prev)<<32|uint64(cur)]++
		}
		prev = cur
		if id < 0 {
			prev = boundary
		}
	}
	pred := make([][]neighbour, nv)
	succ := make([][]neighbour, nv)
	keys := make([]uint64, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	count := make([]int64, nv)
	for _, k := range keys {
		a, b, n := int32(k>>32), int32(k&0xffffffff), pairs[k]
		if b < nv {
			pred[b] = append(pred[b], neighbour{v: a, n: n})
			count[b] += n
		}
		if a < nv {
			succ[a] = append(succ[a], neighbour{v: b, n: n})
		}
	}
	pairs = nil
	opt.logf("cluster: %d words of %d tokens, %d distinct bigrams (%v)", nv, c.Tokens(), len(keys), time.Since(start).Round(time.Millisecond))

	class := make([]uint32, nv)
	for d := 1; d <= opt.Depth; d++ {
		for w := range class {
			class[w] = class[w]<<1 | uint32(splitmix(opt.Seed^uint64(d)<<40^uint64(w))&1)
		}
		moves := exchange(class, pred, succ, count, d, opt.Iterations)
		used := map[uint32]bool{}
		for _, k := range class {
			used[k] = true
		}
		opt.logf("cluster: level %d: %d classes, moves per sweep %v (%v)", d, len(used), moves, time.Since(start).Round(time.Millisecond))
	}
	t := &Table{words: make(map[string]uint32, nv), depth: uint8(opt.Depth)}
	for k, id := range vocab {
		t.words[c.words[id]] = pack(class[k], uint8(opt.Depth))
	}
	return t, nil
}

// exchange improves the split of level d (the last bit of every class)
// by moving words to their sibling class, at most iters sweeps. It returns
// the number of moves of each sweep.
func exchange(class []uint32, pred, succ [][]neighbour, count []int64, d, iters int) []int {
	// left[v, c] counts context v followed by a word of class c; right[c,
	// v] a word of class c followed by v.
	left := make(map[uint64]int64, len(class)*4)
	right := make(map[uint64]int64, len(class)*4)
	size := make([]int64, 1<<d)
	key := func(v int32, c uint32) uint64 { return uint64(v)<<32 | uint64(c) }
	for w, c := range class {
		for _, p := range pred[w] {
			left[key(p.v, c)] += p.n
		}
		for _, s := range succ[w] {
			right[key(s.v, c)] += s.n
		}
		size[c] += count[w]
	}
	var moves []int
	for range iters {
		n := 0
		for w, cur := range class {
			oth := cur ^ 1
			gain := 0.0
			for _, p := range pred[w] {
				a, b := left[key(p.v, cur)], left[key(p.v, oth)]
				gain += xlogx(a-p.n) - xlogx(a) + xlogx(b+p.n) - xlogx(b)
			}
			for _, s := range succ[w] {
				a, b := right[key(s.v, cur)], right[key(s.v, oth)]
				gain += xlogx(a-s.n) - xlogx(a) + xlogx(b+s.n) - xlogx(b)
			}
			a, b, nw := size[cur], size[oth], count[w]
			gain -= 2 * (xlogx(a-nw) - xlogx(a) + xlogx(b+nw) - xlogx(b))
			if gain <= 1e-9 {
				continue
			}
			for _, p := range pred[w] {
				move(left, key(p.v, cur), key(p.v, oth), p.n)
			}
			for _, s := range succ[w] {
				move(right, key(s.v, cur), key(s.v, oth), s.n)
			}
			size[cur] -= nw
			size[oth] += nw
			class[w] = oth
			n++
		}
		moves = append(moves, n)
		if n == 0 {
			break
		}
	}
	return moves
}

// move shifts n from count from to count to, dropping emptied entries.
func move(m map[uint64]int64, from, to uint64, n int64) {
	if r := m[from] - n; r > 0 {
		m[from] = r
	} else {
		delete(m, from)
	}
	m[to] += n
}

func xlogx(x int64) float64 {
	if x <= 0 {
		return 0
	}
	f := float64(x)
	return f * math.Log(f)
}

// splitmix is the splitmix64 finalizer, a cheap deterministic hash.
func splitmix(x uint64) uint64 {
	x += 0x9E3779B97F4A7C15
	x = (x ^ x>>30) * 0xBF58476D1CE4E5B9
	x = (x ^ x>>27) * 0x94D049BB133111EB
	return x ^ x>>31
}
