package lemma

import (
	"compress/gzip"
	"fmt"
	"io"
	"sort"

	"tacitus/nlp/internal/binfile"
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
	e := binfile.NewWriter(zw)
	e.Raw(magic)
	e.Uint(uint64(len(m.tagNames)))
	for i, t := range m.tagNames {
		e.String(t)
		if m.keepCase[i] {
			e.Byte(1)
		} else {
			e.Byte(0)
		}
	}
	e.Uint(uint64(len(m.ruleList)))
	for _, r := range m.ruleList {
		e.Uint(uint64(r.cut))
		e.String(r.add)
	}
	keys := make([]string, 0, len(m.rules))
	for k := range m.rules {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	e.Uint(uint64(len(keys)))
	for _, k := range keys {
		e.String(k)
		e.Uint(uint64(m.rules[k]))
	}
	for _, tab := range []map[string][]excEntry{m.lower, m.exact} {
		forms := make([]string, 0, len(tab))
		for f := range tab {
			forms = append(forms, f)
		}
		sort.Strings(forms)
		e.Uint(uint64(len(forms)))
		for _, f := range forms {
			e.String(f)
			e.Uint(uint64(len(tab[f])))
			for _, x := range tab[f] {
				e.Byte(x.tag)
				e.String(x.lemma)
			}
		}
	}
	if err := e.Flush(); err != nil {
		return fmt.Errorf("lemma: saving: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("lemma: saving: %w", err)
	}
	return nil
}

// maxLen bounds every count and string length in a model file.
const maxLen = 1 << 24

// decoder reads the records of a model file.
type decoder struct{ *binfile.Reader }

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	r2, err := binfile.NewGzipReader(r, maxLen)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	m, err := (&decoder{r2}).model()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return m, nil
}

func (d *decoder) model() (*Model, error) {
	head, err := d.Next(len(magic))
	if err != nil {
		return nil, err
	}
	if string(head) != magic {
		return nil, fmt.Errorf("not a lemmatizer model")
	}
	nt, err := d.Count()
	if err != nil {
		return nil, err
	}
	if nt == 0 || nt >= unknownTag {
		return nil, fmt.Errorf("bad tag count %d", nt)
	}
	m := &Model{tags: map[string]uint8{}}
	for i := range nt {
		t, err := d.String()
		if err != nil {
			return nil, err
		}
		b, err := d.ReadByte()
		if err != nil {
			return nil, err
		}
		m.tagNames = append(m.tagNames, t)
		m.keepCase = append(m.keepCase, b == 1)
		m.tags[t] = uint8(i)
	}
	nr, err := d.Count()
	if err != nil {
		return nil, err
	}
	for range nr {
		cut, err := d.Count()
		if err != nil {
			return nil, err
		}
		add, err := d.String()
		if err != nil {
			return nil, err
		}
		m.ruleList = append(m.ruleList, rule{cut: cut, add: add})
	}
	nk, err := d.Count()
	if err != nil {
		return nil, err
	}
	m.rules = make(map[string]int32, nk)
	for range nk {
		k, err := d.String()
		if err != nil {
			return nil, err
		}
		r, err := d.Uint()
		if err != nil {
			return nil, err
		}
		if len(k) == 0 || int(k[0]) >= nt || r >= uint64(nr) {
			return nil, fmt.Errorf("bad rule %q → %d", k, r)
		}
		m.rules[k] = int32(r)
	}
	m.indexRules()
	for _, tab := range []*map[string][]excEntry{&m.lower, &m.exact} {
		nf, err := d.Count()
		if err != nil {
			return nil, err
		}
		*tab = make(map[string][]excEntry, nf)
		for range nf {
			f, err := d.String()
			if err != nil {
				return nil, err
			}
			ne, err := d.Count()
			if err != nil {
				return nil, err
			}
			if ne == 0 || ne > nt {
				return nil, fmt.Errorf("bad entry count %d for %q", ne, f)
			}
			es := make([]excEntry, ne)
			for i := range es {
				tag, err := d.ReadByte()
				if err != nil {
					return nil, err
				}
				if int(tag) >= nt {
					return nil, fmt.Errorf("bad tag %d for %q", tag, f)
				}
				l, err := d.String()
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
