package tagger

import (
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"sort"

	"tacitus/nlp/cluster"
	"tacitus/nlp/internal/binfile"
)

// The model file is gzip-compressed; inside, integers are varints and
// strings are length-prefixed. Weights are quantized to 16 bits per layer.
// Version 3 adds the cluster paths to version 2; Load reads both.
const (
	magic   = "tacitus-tagger/3\n"
	magicV2 = "tacitus-tagger/2\n"
)

// Save writes the model in its compact binary form.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("tagger: %w", err)
	}
	e := encoder{binfile.NewWriter(zw)}
	e.Raw(magic)
	e.Strings(m.xtags)
	e.Strings(m.utags)
	e.Uint(uint64(len(m.pairs)))
	for _, p := range m.pairs {
		e.Byte(p.x)
		e.Byte(p.u)
	}
	e.words(m.lex.words)
	e.words(m.lex.lowers)
	cl := make([]string, 0, len(m.lex.cluster)+len(m.lex.paths))
	for k := range m.lex.cluster {
		cl = append(cl, k)
	}
	for k := range m.lex.paths {
		if _, ok := m.lex.cluster[k]; !ok {
			cl = append(cl, k)
		}
	}
	sort.Strings(cl)
	e.Uint(uint64(len(cl)))
	for _, k := range cl {
		e.String(k)
		e.Uint(uint64(m.lex.cluster[k]))
		e.Uint(uint64(m.lex.paths[k]))
	}
	e.Uint(uint64(math.Float32bits(m.confident)))
	e.Uint(uint64(len(m.passes)))
	for _, l := range m.passes {
		e.layer(l)
	}
	err = e.Flush()
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return fmt.Errorf("tagger: saving: %w", err)
	}
	return nil
}

// encoder writes the records of a model file.
type encoder struct{ *binfile.Writer }

func (e *encoder) words(ws map[string]wordInfo) {
	keys := make([]string, 0, len(ws))
	for k := range ws {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	e.Uint(uint64(len(keys)))
	for _, k := range keys {
		wi := ws[k]
		e.String(k)
		e.Uint(wi.xmask)
		e.Uint(uint64(wi.umask))
		e.Uint(uint64(wi.fixed + 1))
		if wi.restrict {
			e.Uint(1)
		} else {
			e.Uint(0)
		}
	}
}

func (e *encoder) layer(l *layer) {
	maxAbs := float32(0)
	for i := range l.keys {
		for _, v := range l.rowAt(l.offs[i]) {
			maxAbs = max(maxAbs, float32(math.Abs(float64(math.Float32frombits(v&^classMask)))))
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	e.Uint(uint64(math.Float32bits(scale)))
	e.Uint(uint64(len(l.keys)))
	prev := uint64(0)
	for _, k := range l.keys {
		e.Uint(k - prev)
		prev = k
	}
	for i := range l.keys {
		e.Byte(byte(len(l.rowAt(l.offs[i]))))
	}
	for i := range l.keys {
		for _, v := range l.rowAt(l.offs[i]) {
			e.Byte(byte(v & classMask))
		}
	}
	for i := range l.keys {
		for _, v := range l.rowAt(l.offs[i]) {
			q := int16(math.Round(float64(math.Float32frombits(v&^classMask) / scale)))
			e.Byte(byte(uint16(q)))
			e.Byte(byte(uint16(q) >> 8))
		}
	}
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	r2, err := binfile.NewGzipReader(r, maxLen)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	d := &decoder{r2}
	m, err := d.model()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return m, nil
}

// decoder reads the records of a model file.
type decoder struct{ *binfile.Reader }

// maxLen bounds every count in a model file, so that a corrupt file cannot
// make Load allocate without limit.
const maxLen = 1 << 26

func (d *decoder) model() (*Model, error) {
	head, err := d.Next(len(magic))
	if err != nil {
		return nil, err
	}
	v3 := string(head) == magic
	if !v3 && string(head) != magicV2 {
		return nil, fmt.Errorf("not a tagger model")
	}
	m := &Model{}
	if m.xtags, err = d.Strings(); err != nil {
		return nil, err
	}
	if m.utags, err = d.Strings(); err != nil {
		return nil, err
	}
	nx, nu := len(m.xtags), len(m.utags)
	if nx == 0 || nu == 0 || nx > 64 || nu > 32 || nx+nu > maxClass {
		return nil, fmt.Errorf("bad tag sets (%d XPOS, %d UPOS)", nx, nu)
	}
	np, err := d.Count()
	if err != nil {
		return nil, err
	}
	if np == 0 || np > nx*nu {
		return nil, fmt.Errorf("bad pair count %d", np)
	}
	for range np {
		x, err1 := d.ReadByte()
		u, err2 := d.ReadByte()
		if err1 != nil || err2 != nil {
			return nil, io.ErrUnexpectedEOF
		}
		if int(x) >= nx || int(u) >= nu {
			return nil, fmt.Errorf("bad pair (%d, %d)", x, u)
		}
		m.pairs = append(m.pairs, pair{x: x, u: u})
	}
	m.setKinds()
	if m.lex.words, err = d.words(np); err != nil {
		return nil, err
	}
	if m.lex.lowers, err = d.words(np); err != nil {
		return nil, err
	}
	nc, err := d.Count()
	if err != nil {
		return nil, err
	}
	m.lex.cluster = make(map[string]uint32, min(nc, 1<<16))
	m.lex.paths = map[string]uint32{}
	for range nc {
		k, err := d.String()
		if err != nil {
			return nil, err
		}
		v, err := d.Uint()
		if err != nil {
			return nil, err
		}
		if v > math.MaxUint32 {
			return nil, fmt.Errorf("bad word class %d for %q", v, k)
		}
		if v != 0 {
			m.lex.cluster[k] = uint32(v)
		}
		if !v3 {
			continue
		}
		p, err := d.Uint()
		if err != nil {
			return nil, err
		}
		if p != 0 && (p>>31 != 1 || p>>24&0x7f > cluster.MaxBits) {
			return nil, fmt.Errorf("bad cluster path %#x for %q", p, k)
		}
		if p != 0 {
			m.lex.paths[k] = uint32(p)
		}
	}
	m.lex.number(m.pairs)
	cb, err := d.Uint()
	if err != nil {
		return nil, err
	}
	m.confident = math.Float32frombits(uint32(cb))
	nl, err := d.Count()
	if err != nil {
		return nil, err
	}
	if nl < 1 || nl > 2 {
		return nil, fmt.Errorf("bad pass count %d", nl)
	}
	for range nl {
		l, err := d.layer(nx + nu)
		if err != nil {
			return nil, err
		}
		l.index(&m.lex, nx+nu)
		m.passes = append(m.passes, l)
	}
	return m, nil
}

func (d *decoder) words(np int) (map[string]wordInfo, error) {
	n, err := d.Count()
	if err != nil {
		return nil, err
	}
	out := make(map[string]wordInfo, n)
	for range n {
		k, err := d.String()
		if err != nil {
			return nil, err
		}
		xm, err := d.Uint()
		if err != nil {
			return nil, err
		}
		um, err := d.Uint()
		if err != nil {
			return nil, err
		}
		f, err := d.Uint()
		if err != nil {
			return nil, err
		}
		if f > uint64(np) {
			return nil, fmt.Errorf("bad fixed tag %d for %q", f, k)
		}
		r, err := d.Uint()
		if err != nil {
			return nil, err
		}
		if r > 1 {
			return nil, fmt.Errorf("bad restriction flag %d for %q", r, k)
		}
		out[k] = newWordInfo(xm, uint32(um), int16(f)-1, r == 1)
	}
	return out, nil
}

func (d *decoder) layer(nc int) (*layer, error) {
	sb, err := d.Uint()
	if err != nil {
		return nil, err
	}
	scale := math.Float32frombits(uint32(sb))
	n, err := d.Count()
	if err != nil {
		return nil, err
	}
	keys := make([]uint64, n)
	prev := uint64(0)
	for i := range keys {
		delta, err := d.Uint()
		if err != nil {
			return nil, err
		}
		if i > 0 && delta == 0 {
			return nil, fmt.Errorf("duplicate feature")
		}
		prev += delta
		keys[i] = prev
	}
	lens, err := d.Next(n)
	if err != nil {
		return nil, err
	}
	total := 0
	for _, c := range lens {
		if int(c) > nc {
			return nil, fmt.Errorf("row of %d entries", c)
		}
		total += int(c)
	}
	// The rows are slices of one array: buildLayer packs them anyway.
	all := make([]centry, total)
	rows := make([][]centry, n)
	for i, c := range lens {
		rows[i], all = all[:c:c], all[c:]
	}
	for _, row := range rows {
		for j := range row {
			c, err := d.ReadByte()
			if err != nil {
				return nil, err
			}
			if int(c) >= nc {
				return nil, fmt.Errorf("bad class %d", c)
			}
			row[j].c = c
		}
	}
	for _, row := range rows {
		b, err := d.Next(2 * len(row))
		if err != nil {
			return nil, err
		}
		for j := range row {
			row[j].w = float32(int16(binary.LittleEndian.Uint16(b[2*j:]))) * scale
		}
	}
	return buildLayer(keys, rows), nil
}
