package depparse

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"

	"tacitus/nlp/internal/binfile"
)

// The model file is gzip-compressed:
//
//	magic "tacitus-depparse-4", or "tacitus-depparse-5" followed by a
//	uvarint of flags (bit 1: the non-monotonic transition system, see
//	TrainOptions.NonMonotonic; a model without flags is saved as
//	version 4, so the monotonic models of version 4 load and parse as
//	before)
//	uvarint label count, then each label as uvarint length + bytes
//	uvarint id of the root relation
//	transition table:
//	  float32 lo, float32 hi of the weight codebook, uvarint feature count n
//	  n uvarint gaps between the sorted feature keys
//	  n*4 one-byte weight codes
//	label table:
//	  float32 step, uvarint feature count n
//	  n uvarint gaps between the sorted feature keys
//	  for each feature: uvarint entry count, then per entry the uvarint
//	  gap to the previous label id (+1 for the first) and a zig-zag
//	  varint weight (multiple of step)
//	lexicon:
//	  uvarint class count c, then c uint64 classes (little endian)
//	  uvarint word count n, n uvarint gaps between the sorted word keys,
//	  n uvarint class indexes
const (
	magic       = "tacitus-depparse-4"
	magicV5     = "tacitus-depparse-5"
	flagNonMono = 2 // Model.nonMono (bit 0 was used by an experiment, see docs/accuracy.md)
	flagsKnown  = flagNonMono
)

// Limits that keep Load from allocating absurd amounts on a bad file.
const (
	maxLabels   = 1 << 10
	maxLabelLen = 64
	maxFeatures = 1 << 26
)

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uv(x uint64) { e.w.Write(e.buf[:binary.PutUvarint(e.buf[:], x)]) }
func (e *encoder) sv(x int64)  { e.w.Write(e.buf[:binary.PutVarint(e.buf[:], x)]) }
func (e *encoder) f32(x float32) {
	binary.LittleEndian.PutUint32(e.buf[:4], math.Float32bits(x))
	e.w.Write(e.buf[:4])
}

func (e *encoder) keys(keys []uint32) {
	e.uv(uint64(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		e.uv(uint64(k - prev))
		prev = k
	}
}

func (e *encoder) lexicon(l *lexicon) {
	var keys []uint32
	classOf := map[uint32]uint64{}
	index := map[uint64]int{}
	var classes []uint64
	for i, w := range l.words {
		if w != 0 {
			keys = append(keys, w)
			classOf[w] = l.class[i]
		}
	}
	slices.Sort(keys)
	for _, w := range keys {
		if _, ok := index[classOf[w]]; !ok {
			index[classOf[w]] = len(classes)
			classes = append(classes, classOf[w])
		}
	}
	e.uv(uint64(len(classes)))
	for _, c := range classes {
		binary.LittleEndian.PutUint64(e.buf[:8], c)
		e.w.Write(e.buf[:8])
	}
	e.keys(keys)
	for _, w := range keys {
		e.uv(uint64(index[classOf[w]]))
	}
}

func sortedTransKeys(t *transTable) []uint32 {
	var keys []uint32
	for _, x := range t.entries {
		if x.key != 0 {
			keys = append(keys, x.key)
		}
	}
	slices.Sort(keys)
	return keys
}

func sortedLabelKeys(t *labelTable) []uint32 {
	var keys []uint32
	for _, s := range t.slots {
		if s.key != 0 {
			keys = append(keys, s.key)
		}
	}
	slices.Sort(keys)
	return keys
}

// Save writes the model in its compact binary form.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("depparse: save: %w", err)
	}
	e := &encoder{w: bufio.NewWriter(zw)}
	if m.nonMono {
		e.w.WriteString(magicV5)
		e.uv(flagNonMono)
	} else {
		e.w.WriteString(magic)
	}
	e.uv(uint64(len(m.labels)))
	for _, l := range m.labels {
		e.uv(uint64(len(l)))
		e.w.WriteString(l)
	}
	e.uv(uint64(m.root))

	keys := sortedTransKeys(m.trans)
	e.f32(m.trans.code.lo)
	e.f32(m.trans.code.hi)
	e.keys(keys)
	for _, k := range keys {
		for _, v := range m.trans.entries[m.trans.slot(k)].w {
			e.w.WriteByte(byte(v))
		}
	}

	keys = sortedLabelKeys(m.lab)
	e.f32(m.lab.step)
	e.keys(keys)
	for _, k := range keys {
		row := m.lab.row(k)
		e.uv(uint64(len(row)))
		prev := -1
		for _, x := range row {
			e.uv(uint64(int(x.label) - prev))
			prev = int(x.label)
			e.sv(int64(math.Round(float64(x.w / m.lab.step))))
		}
	}
	e.lexicon(m.lex)
	if err := e.w.Flush(); err != nil {
		return fmt.Errorf("depparse: save: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("depparse: save: %w", err)
	}
	return nil
}

// Load reads a model written by Save. A file that is not a model of this
// version gives an error wrapping ErrFormat.
func Load(r io.Reader) (*Model, error) {
	r2, err := binfile.NewGzipReader(r, maxFeatures)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	d := &decoder{r: r2}
	m, err := d.model()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return m, nil
}

type decoder struct {
	r *binfile.Reader
}

func (d *decoder) uv() (uint64, error) { return d.r.Uint() }

// count reads a uvarint that must not exceed limit.
func (d *decoder) count(limit uint64, what string) (int, error) {
	n, err := d.uv()
	if err != nil {
		return 0, err
	}
	if n > limit {
		return 0, fmt.Errorf("%d %s, at most %d", n, what, limit)
	}
	return int(n), nil
}

func (d *decoder) step() (float32, error) {
	var b [4]byte
	if err := d.r.ReadFull(b[:]); err != nil {
		return 0, err
	}
	s := math.Float32frombits(binary.LittleEndian.Uint32(b[:]))
	if !(s > 0) || math.IsInf(float64(s), 0) {
		return 0, fmt.Errorf("bad weight step %v", s)
	}
	return s, nil
}

func (d *decoder) keys() ([]uint32, error) {
	n, err := d.count(maxFeatures, "features")
	if err != nil {
		return nil, err
	}
	keys := make([]uint32, 0, min(n, 1<<20))
	prev := uint64(0)
	for range n {
		g, err := d.uv()
		if err != nil {
			return nil, err
		}
		prev += g
		if g == 0 || prev > math.MaxUint32 {
			return nil, fmt.Errorf("feature keys not increasing")
		}
		keys = append(keys, uint32(prev))
	}
	return keys, nil
}

func (d *decoder) model() (*Model, error) {
	head := make([]byte, len(magic))
	if err := d.r.ReadFull(head); err != nil {
		return nil, err
	}
	var flags uint64
	switch string(head) {
	case magic:
	case magicV5:
		var err error
		if flags, err = d.uv(); err != nil {
			return nil, err
		}
		if flags&^flagsKnown != 0 {
			return nil, fmt.Errorf("unknown flags %#x", flags)
		}
	default:
		return nil, fmt.Errorf("magic %q", head)
	}
	nl, err := d.count(maxLabels, "labels")
	if err != nil {
		return nil, err
	}
	if nl == 0 {
		return nil, fmt.Errorf("no labels")
	}
	m := &Model{labels: make([]string, nl), nonMono: flags&flagNonMono != 0}
	for i := range m.labels {
		n, err := d.count(maxLabelLen, "bytes in a label")
		if err != nil {
			return nil, err
		}
		b := make([]byte, n)
		if err := d.r.ReadFull(b); err != nil {
			return nil, err
		}
		m.labels[i] = string(b)
	}
	root, err := d.count(uint64(nl-1), "root id")
	if err != nil {
		return nil, err
	}
	if m.labels[root] != RootRel {
		return nil, fmt.Errorf("relation %d is %q, not %q", root, m.labels[root], RootRel)
	}
	m.root = root

	lo, err := d.step()
	if err != nil {
		return nil, err
	}
	hi, err := d.step()
	if err != nil {
		return nil, err
	}
	if hi <= lo {
		return nil, fmt.Errorf("bad codebook range %v..%v", lo, hi)
	}
	keys, err := d.keys()
	if err != nil {
		return nil, err
	}
	m.trans = newTransTable(len(keys), newCodebook(lo, hi))
	var codes [nTrans]byte
	for _, k := range keys {
		if err := d.r.ReadFull(codes[:]); err != nil {
			return nil, err
		}
		var w [nTrans]int8
		for j, c := range codes {
			if c == 0x80 {
				return nil, fmt.Errorf("bad weight code")
			}
			w[j] = int8(c)
		}
		m.trans.insert(k, w)
	}

	step, err := d.step()
	if err != nil {
		return nil, err
	}
	if keys, err = d.keys(); err != nil {
		return nil, err
	}
	m.lab = newLabelTable(len(keys), nl, step)
	var row []labelWeight
	for _, k := range keys {
		n, err := d.count(uint64(nl), "weights in a label row")
		if err != nil {
			return nil, err
		}
		row = row[:0]
		l := -1
		for range n {
			g, err := d.count(uint64(nl), "label gap")
			if err != nil {
				return nil, err
			}
			l += g
			if g == 0 || l >= nl {
				return nil, fmt.Errorf("bad label id %d", l)
			}
			v, err := d.r.Int()
			if err != nil {
				return nil, err
			}
			if v < -maxLabelQ || v > maxLabelQ {
				return nil, fmt.Errorf("label weight %d steps out of range", v)
			}
			row = append(row, labelWeight{label: uint32(l), w: float32(v) * step})
		}
		m.lab.insert(k, row)
	}
	if m.lex, err = d.lexicon(); err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return m, nil
}

func (d *decoder) lexicon() (*lexicon, error) {
	nc, err := d.count(maxFeatures, "classes")
	if err != nil {
		return nil, err
	}
	classes := make([]uint64, 0, min(nc, 1<<16))
	var b [8]byte
	for range nc {
		if err := d.r.ReadFull(b[:]); err != nil {
			return nil, err
		}
		classes = append(classes, binary.LittleEndian.Uint64(b[:]))
	}
	keys, err := d.keys()
	if err != nil {
		return nil, err
	}
	l := newLexicon(len(keys))
	for _, k := range keys {
		c, err := d.count(uint64(len(classes)), "class index")
		if err != nil {
			return nil, err
		}
		if c >= len(classes) {
			return nil, fmt.Errorf("class index %d out of range", c)
		}
		l.insert(k, classes[c])
	}
	return l, nil
}
