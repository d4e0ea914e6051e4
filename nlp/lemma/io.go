package lemma

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"sort"
)

// The model file is gzip-compressed; inside, integers are varints and
// strings are length-prefixed.
const magic = "tacitus-lemma/1\n"

// Save writes the model in its compact binary form.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("lemma: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	putUint := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	putString := func(s string) { putUint(uint64(len(s))); bw.WriteString(s) }
	bw.WriteString(magic)
	putUint(uint64(len(m.tagNames)))
	for i, t := range m.tagNames {
		putString(t)
		if m.keepCase[i] {
			bw.WriteByte(1)
		} else {
			bw.WriteByte(0)
		}
	}
	putUint(uint64(len(m.ruleList)))
	for _, r := range m.ruleList {
		putUint(uint64(r.cut))
		putString(r.add)
	}
	keys := make([]string, 0, len(m.rules))
	for k := range m.rules {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	putUint(uint64(len(keys)))
	for _, k := range keys {
		putString(k)
		putUint(uint64(m.rules[k]))
	}
	for _, tab := range []map[string][]excEntry{m.lower, m.exact} {
		forms := make([]string, 0, len(tab))
		for f := range tab {
			forms = append(forms, f)
		}
		sort.Strings(forms)
		putUint(uint64(len(forms)))
		for _, f := range forms {
			putString(f)
			putUint(uint64(len(tab[f])))
			for _, e := range tab[f] {
				bw.WriteByte(e.tag)
				putString(e.lemma)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("lemma: saving: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("lemma: saving: %w", err)
	}
	return nil
}

// maxLen bounds every count and string length in a model file.
const maxLen = 1 << 24

type decoder struct{ r *bufio.Reader }

func (d *decoder) uint() (uint64, error) { return binary.ReadUvarint(d.r) }

func (d *decoder) count() (int, error) {
	n, err := d.uint()
	if err != nil {
		return 0, err
	}
	if n > maxLen {
		return 0, fmt.Errorf("count %d too large", n)
	}
	return int(n), nil
}

func (d *decoder) string() (string, error) {
	n, err := d.count()
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		return "", err
	}
	return string(b), nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	m, err := (&decoder{r: bufio.NewReader(zr)}).model()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return m, nil
}

func (d *decoder) model() (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(d.r, head); err != nil {
		return nil, err
	}
	if string(head) != magic {
		return nil, fmt.Errorf("not a lemmatizer model")
	}
	nt, err := d.count()
	if err != nil {
		return nil, err
	}
	if nt == 0 || nt >= unknownTag {
		return nil, fmt.Errorf("bad tag count %d", nt)
	}
	m := &Model{tags: map[string]uint8{}}
	for i := range nt {
		t, err := d.string()
		if err != nil {
			return nil, err
		}
		b, err := d.r.ReadByte()
		if err != nil {
			return nil, err
		}
		m.tagNames = append(m.tagNames, t)
		m.keepCase = append(m.keepCase, b == 1)
		m.tags[t] = uint8(i)
	}
	nr, err := d.count()
	if err != nil {
		return nil, err
	}
	for range nr {
		cut, err := d.count()
		if err != nil {
			return nil, err
		}
		add, err := d.string()
		if err != nil {
			return nil, err
		}
		m.ruleList = append(m.ruleList, rule{cut: cut, add: add})
	}
	nk, err := d.count()
	if err != nil {
		return nil, err
	}
	m.rules = make(map[string]int32, nk)
	for range nk {
		k, err := d.string()
		if err != nil {
			return nil, err
		}
		r, err := d.uint()
		if err != nil {
			return nil, err
		}
		if len(k) == 0 || int(k[0]) >= nt || r >= uint64(nr) {
			return nil, fmt.Errorf("bad rule %q → %d", k, r)
		}
		m.rules[k] = int32(r)
	}
	for _, tab := range []*map[string][]excEntry{&m.lower, &m.exact} {
		nf, err := d.count()
		if err != nil {
			return nil, err
		}
		*tab = make(map[string][]excEntry, nf)
		for range nf {
			f, err := d.string()
			if err != nil {
				return nil, err
			}
			ne, err := d.count()
			if err != nil {
				return nil, err
			}
			if ne == 0 || ne > nt {
				return nil, fmt.Errorf("bad entry count %d for %q", ne, f)
			}
			es := make([]excEntry, ne)
			for i := range es {
				tag, err := d.r.ReadByte()
				if err != nil {
					return nil, err
				}
				if int(tag) >= nt {
					return nil, fmt.Errorf("bad tag %d for %q", tag, f)
				}
				l, err := d.string()
				if err != nil {
					return nil, err
				}
				es[i] = excEntry{tag: tag, lemma: l}
			}
			(*tab)[f] = es
		}
	}
	return m, nil
}
