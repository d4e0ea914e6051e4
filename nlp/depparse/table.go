package depparse

import (
	"math"
	"unsafe"

	"tacitus/nlp/internal/f32"
	"tacitus/nlp/internal/hugemem"
)

// transEntry is one slot of the transition weight table: a feature key
// (0 = empty) and its weight for each transition as an 8-bit code, so
// that a slot takes 8 bytes and a lookup touches one cache line.
type transEntry struct {
	key uint32
	w   [nTrans]int8
}

// transTable maps feature keys to transition weights by open addressing
// with linear probing. A key's home slot is its low bits (key & mask):
// the keys are hashes, and a mask, unlike a shift by the table's size,
// needs no shift count register in the lookup loops, which took three
// moves a feature.
type transTable struct {
	n       int // number of features
	mask    uint32
	code    *codebook
	entries []transEntry
}

// tableSize is the power of two that holds n keys at a load of at most
// about 0.7.
func tableSize(n int) int {
	size := 16
	for size*7 < n*10 {
		size *= 2
	}
	return size
}

func newTransTable(n int, code *codebook) *transTable {
	size := tableSize(n)
	t := &transTable{mask: uint32(size - 1), code: code}
	t.entries = hugemem.Make[transEntry](t, size)
	return t
}

func (t *transTable) slot(k uint32) int {
	i := k & t.mask
	for t.entries[i].key != 0 && t.entries[i].key != k {
		i = (i + 1) & t.mask
	}
	return int(i)
}

func (t *transTable) insert(k uint32, w [nTrans]int8) {
	i := t.slot(k)
	if t.entries[i].key == 0 {
		t.n++
	}
	t.entries[i] = transEntry{key: k, w: w}
}

// touch loads the home slot of every feature and returns a value
// computed from them, which the caller must keep (see parser.sink) so
// that the loads are not optimized away. The loads do not depend on each
// other, so the processor overlaps their cache misses, which the branchy
// probing loop of sum would otherwise wait for one by one; a caller
// touches the features of all the sums it is about to do at once.
func (t *transTable) touch(feats []uint32) uint32 {
	e, mask := t.entries, t.mask
	var touch uint32
	for _, k := range feats {
		touch += entryAt(e, k&mask).key
	}
	return touch
}

// entryAt is &e[i] without the bounds check, for the lookup loops: i is
// always a slot number masked by the table's mask (a home slot, or the
// slot after one), below its size.
func entryAt(e []transEntry, i uint32) *transEntry {
	return (*transEntry)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(e)), uintptr(i)*unsafe.Sizeof(transEntry{})))
}

// slotAt is entryAt for the label table.
func slotAt(s []labelSlot, i uint32) *labelSlot {
	return (*labelSlot)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(s)), uintptr(i)*unsafe.Sizeof(labelSlot{})))
}

// sum adds the weights of the features to sc, in order, and returns the
// sums.
func (t *transTable) sum(sc [nTrans]float32, feats []uint32) [nTrans]float32 {
	e, mask, v := t.entries, t.mask, &t.code.value
	// The sums are kept in variables, which the compiler keeps in
	// registers, rather than in the array.
	s0, s1, s2, s3 := sc[0], sc[1], sc[2], sc[3]
	for _, k := range feats {
		i := k & mask
		for {
			x := entryAt(e, i)
			if x.key == k {
				w := x.w
				s0 += v[uint8(w[0])]
				s1 += v[uint8(w[1])]
				s2 += v[uint8(w[2])]
				s3 += v[uint8(w[3])]
				break
			}
			if x.key == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
	return [nTrans]float32{s0, s1, s2, s3}
}

// codebook maps 8-bit codes to weights: code 0 is 0, codes ±1..±127 are
// ± log-spaced magnitudes from lo to hi, so every weight in that range is
// kept within about 3% of its value.
type codebook struct {
	lo, hi float32
	value  [256]float32 // indexed by uint8(code)
}

const codeLevels = 127

func newCodebook(lo, hi float32) *codebook {
	c := &codebook{lo: lo, hi: hi}
	r := math.Log(float64(hi)/float64(lo)) / (codeLevels - 1)
	for q := 1; q <= codeLevels; q++ {
		v := float32(float64(lo) * math.Exp(r*float64(q-1)))
		c.value[q] = v
		c.value[uint8(int8(-q))] = -v
	}
	return c
}

// encode returns the code nearest to w in relative terms.
func (c *codebook) encode(w float32) int8 {
	a := math.Abs(float64(w))
	if a < float64(c.lo)/2 {
		return 0
	}
	r := math.Log(float64(c.hi)/float64(c.lo)) / (codeLevels - 1)
	q := int(math.Round(math.Log(a/float64(c.lo))/r)) + 1
	q = max(1, min(codeLevels, q))
	if w < 0 {
		return int8(-q)
	}
	return int8(q)
}

// labelSlot holds the sparse weight row of a label feature. Rows of up to
// three weights, most of them, are kept in the slot itself, so that a
// lookup touches one cache line; longer rows are in labelTable.ext.
//
// Each e[i] is a packed weight (see packLabel), 0 when unused. A row of
// more than three weights has e[0] = 0, and e[1], e[2] are the offset and
// length of the row in labelTable.ext (see extLen). The long rows are few
// but belong to the frequent features: they hold nine in ten of the
// weights that scoring adds up, so they are kept unpacked, as (label,
// float32 weight) pairs, which spares the scoring loop a conversion and a
// multiplication per weight, and the longest of them also as vectors of
// all the labels (see labelTable.dense).
type labelSlot struct {
	key uint32
	e   [3]uint32
}

// maxLabelQ is the largest weight of a label row in steps. Training sets
// the step so that the largest weight is 32000 steps.
const maxLabelQ = math.MaxInt16

// packLabel packs a label id and a weight in steps: the id plus one in the
// low 16 bits, the weight as an int16 in the high 16 bits. It is never 0.
func packLabel(label uint32, q int16) uint32 { return uint32(uint16(q))<<16 | (label + 1) }

// labelWeight is the weight of one label in a sparse row.
type labelWeight struct {
	label uint32
	w     float32
}

// labelTable maps feature keys to sparse rows of label weights: a feature
// is only ever updated for the few labels it was confused between.
type labelTable struct {
	width int     // number of labels
	n     int     // number of features
	step  float32 // weights are integer multiples of step, at most maxLabelQ of them
	mask  uint32  // as in transTable: a key's home slot is key & mask
	slots []labelSlot
	ext   []labelWeight // unpacked weights of the rows too long for their slot; ext[0] is unused
	// dense holds the rows of at least labelDenseMin weights again, as
	// vectors of f32.Padded(width) weights, zero for the labels a row
	// lacks: adding a whole vector with f32.Add is cheaper than adding
	// that many weights one by one, and gives the same sums (a score
	// starts at +0 and is never -0, so adding zero leaves it as it is).
	dense []float32
}

// labelDenseMin is the length from which a row is also kept as a vector
// (see labelTable.dense); these rows hold three quarters of the weights
// that scoring adds up.
const labelDenseMin = 10

// The third word of a slot with a row in labelTable.ext holds the row's
// length in its low labelLenBits bits and, above them, one plus the index
// of its vector in labelTable.dense, 0 when it has none.
const labelLenBits = 11

// A row length up to maxLabels must fit in labelLenBits bits.
const _ = uint(1<<labelLenBits - 1 - maxLabels)

// extLen is the length of the ext row of a slot's third word e2.
func extLen(e2 uint32) uint32 { return e2 & (1<<labelLenBits - 1) }

// newLabelTable makes an empty table for n features of width labels whose
// weights are multiples of step. It has room for twice as many features
// (a load of at most about 0.35): many label features are unknown to the
// model, and at the load of a transition table the probes of an unknown
// key run on through a cluster of others (five slots on average at a load
// of 0.67, fewer than two at 0.33); the table is small enough (4 MiB for
// the shipped model) for the doubling to cost little.
func newLabelTable(n, width int, step float32) *labelTable {
	size := tableSize(2 * n)
	t := &labelTable{width: width, step: step, mask: uint32(size - 1), ext: []labelWeight{{}}}
	t.slots = hugemem.Make[labelSlot](t, size)
	return t
}

func (t *labelTable) slot(k uint32) int {
	i := k & t.mask
	for t.slots[i].key != 0 && t.slots[i].key != k {
		i = (i + 1) & t.mask
	}
	return int(i)
}

// quant rounds w to a multiple of the table's step.
func (t *labelTable) quant(w float32) float32 {
	return float32(math.Round(float64(w/t.step))) * t.step
}

// steps is w in steps of the table, clamped to ±maxLabelQ.
func (t *labelTable) steps(w float32) int16 {
	q := math.Round(float64(w / t.step))
	return int16(max(-maxLabelQ, min(maxLabelQ, q)))
}

// insert adds the row of a new feature k. The row's labels must be
// increasing and below the table's width (a row that is not is dropped);
// its weights are rounded to steps.
func (t *labelTable) insert(k uint32, row []labelWeight) {
	i := t.slot(k)
	if t.slots[i].key != 0 || len(row) == 0 || len(row) > t.width || int(row[len(row)-1].label) >= t.width {
		return
	}
	s := labelSlot{key: k}
	if len(row) <= len(s.e) {
		for j, x := range row {
			s.e[j] = packLabel(x.label, t.steps(x.w))
		}
	} else {
		s.e[1], s.e[2] = uint32(len(t.ext)), uint32(len(row))
		for _, x := range row {
			// Through the packed form, so that the weight is the
			// one a short row would add (see addLabel).
			t.ext = append(t.ext, t.weight(packLabel(x.label, t.steps(x.w))))
		}
		if len(row) >= labelDenseMin && increasing(row) {
			o := len(t.dense)
			t.dense = append(t.dense, make([]float32, f32.Padded(t.width))...)
			for _, x := range t.ext[s.e[1]:] {
				t.dense[o+int(x.label)] = x.w
			}
			s.e[2] |= uint32(o/f32.Padded(t.width)+1) << labelLenBits
		}
	}
	t.slots[i] = s
	t.n++
}

// increasing reports whether the labels of row increase.
func increasing(row []labelWeight) bool {
	for i := 1; i < len(row); i++ {
		if row[i].label <= row[i-1].label {
			return false
		}
	}
	return true
}

// weight unpacks a packed weight. The explicit conversion keeps the
// weight rounded to float32 before it is added (no fused multiply-add), so
// scores do not depend on the processor.
func (t *labelTable) weight(e uint32) labelWeight {
	return labelWeight{label: e&0xffff - 1, w: float32(float32(int16(e>>16)) * t.step)}
}

// row returns a copy of the sparse row of feature k, or nil.
func (t *labelTable) row(k uint32) []labelWeight {
	s := &t.slots[t.slot(k)]
	if s.key == 0 {
		return nil
	}
	if s.e[0] == 0 {
		return append([]labelWeight(nil), t.ext[s.e[1]:s.e[1]+extLen(s.e[2])]...)
	}
	var row []labelWeight
	for _, e := range s.e {
		if e != 0 {
			row = append(row, t.weight(e))
		}
	}
	return row
}

// addLabel adds the packed weight e to its label's score, rounded as
// labelTable.weight rounds it.
func addLabel(sc *[maxLabels]float32, e uint32, step float32) {
	sc[(e&0xffff-1)%maxLabels] += float32(float32(int16(e>>16)) * step)
}

// addWeights adds the weights of an unpacked row to their labels' scores.
// It walks the row by pointer, without an index: the compiler does not fold
// an indexed field address into the addition, and spent three more
// instructions a weight (a tenth of label scoring) on ranging over it.
func addWeights(sc *[maxLabels]float32, row []labelWeight) {
	if len(row) == 0 {
		return
	}
	s := sc[:]
	x := unsafe.Pointer(unsafe.SliceData(row))
	end := unsafe.Add(x, uintptr(len(row))*unsafe.Sizeof(labelWeight{}))
	for ; x != end; x = unsafe.Add(x, unsafe.Sizeof(labelWeight{})) {
		w := (*labelWeight)(x)
		s[w.label%maxLabels] += w.w
	}
}

// score sums the label weights of the features into sc and returns it
// resliced to the table's width (its capacity is at least maxLabels);
// sink receives a value computed from prefetching loads (see
// transTable.touch).
func (t *labelTable) score(feats []uint32, sc []float32, sink *uint32) []float32 {
	if cap(sc) < maxLabels {
		sc = make([]float32, maxLabels)
	}
	sc = sc[:t.width]
	clear(sc)
	all := (*[maxLabels]float32)(sc[:maxLabels])
	slots, mask, step := t.slots, t.mask, t.step
	// The vectors are added over all their lanes, the padding too, which
	// lands in all past the table's width.
	stride := f32.Padded(t.width)
	lanes := all[:stride]
	// Touch the home slots without branches, so that the cache misses
	// overlap (see transTable.touch).
	var touch uint32
	for _, k := range feats {
		touch += slotAt(slots, k&mask).key
	}
	*sink = touch
	for _, k := range feats {
		i := k & mask
		for {
			s := slotAt(slots, i)
			if s.key == k {
				if e0 := s.e[0]; e0 != 0 {
					addLabel(all, e0, step)
					if e1 := s.e[1]; e1 != 0 {
						addLabel(all, e1, step)
						if e2 := s.e[2]; e2 != 0 {
							addLabel(all, e2, step)
						}
					}
				} else if d := s.e[2] >> labelLenBits; d != 0 {
					o := int(d-1) * stride
					f32.Add(lanes, t.dense[o:o+stride])
				} else {
					addWeights(all, t.ext[s.e[1]:s.e[1]+s.e[2]])
				}
				break
			}
			if s.key == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
	return sc
}

// trainTable holds perceptron weights during training: integer weights w
// and the time-weighted sums u of their updates, from which the averaged
// weight is w - u/c (Daumé's trick).
type trainTable struct {
	width int
	mask  uint32
	keys  []uint32
	rows  []int32
	w     []int32
	u     []int64
	n     int
}

func newTrainTable(width int) *trainTable {
	return &trainTable{width: width, mask: 1<<16 - 1, keys: make([]uint32, 1<<16), rows: make([]int32, 1<<16)}
}

// get returns the row of k, or -1.
func (t *trainTable) get(k uint32) int {
	i := k & t.mask
	for {
		if t.keys[i] == k {
			return int(t.rows[i])
		}
		if t.keys[i] == 0 {
			return -1
		}
		i = (i + 1) & t.mask
	}
}

// add returns the row of k, adding a zero row when k is new.
func (t *trainTable) add(k uint32) int {
	i := k & t.mask
	for {
		if t.keys[i] == k {
			return int(t.rows[i])
		}
		if t.keys[i] == 0 {
			break
		}
		i = (i + 1) & t.mask
	}
	if (t.n+1)*2 > len(t.keys) {
		t.grow()
		return t.add(k)
	}
	t.keys[i] = k
	t.rows[i] = int32(t.n)
	t.n++
	for j := 0; j < t.width; j++ {
		t.w = append(t.w, 0)
		t.u = append(t.u, 0)
	}
	return t.n - 1
}

func (t *trainTable) grow() {
	keys, rows := t.keys, t.rows
	size := len(keys) * 2
	t.keys, t.rows, t.mask = make([]uint32, size), make([]int32, size), uint32(size-1)
	for i, k := range keys {
		if k == 0 {
			continue
		}
		j := k & t.mask
		for t.keys[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.keys[j], t.rows[j] = k, rows[i]
	}
}

// update adds d to weight j of feature k at time c.
func (t *trainTable) update(k uint32, j int, d int32, c int64) {
	r := t.add(k)*t.width + j
	t.w[r] += d
	t.u[r] += int64(d) * c
}

// averaged calls fn with every feature key and its averaged weights.
func (t *trainTable) averaged(c int64, fn func(k uint32, w []float32)) {
	row := make([]float32, t.width)
	for i, k := range t.keys {
		if k == 0 {
			continue
		}
		r := int(t.rows[i]) * t.width
		for j := range row {
			row[j] = float32(float64(t.w[r+j]) - float64(t.u[r+j])/float64(c))
		}
		fn(k, row)
	}
}
