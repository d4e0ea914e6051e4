package depparse

import (
	"errors"
	"fmt"
	"slices"
)

// Pruned returns a smaller copy of the model without the transition
// features whose weights are all smaller in magnitude than transMin and
// without the label weights smaller than labelMin. Smaller tables parse
// faster (fewer cache misses) at some cost in accuracy.
func (m *Model) Pruned(transMin, labelMin float32) *Model {
	p := &Model{labels: m.labels, root: m.root, lex: m.lex, nonMono: m.nonMono}
	keep := func(e *transEntry) bool {
		for _, v := range e.w {
			if x := m.trans.code.value[uint8(v)]; x >= transMin || x <= -transMin {
				return true
			}
		}
		return false
	}
	n := 0
	for i := range m.trans.entries {
		if e := &m.trans.entries[i]; e.key != 0 && keep(e) {
			n++
		}
	}
	p.trans = newTransTable(n, m.trans.code)
	for _, k := range sortedTransKeys(m.trans) {
		if e := &m.trans.entries[m.trans.slot(k)]; keep(e) {
			p.trans.insert(k, e.w)
		}
	}
	rows := map[uint32][]labelWeight{}
	var keys []uint32
	for _, k := range sortedLabelKeys(m.lab) {
		var row []labelWeight
		for _, x := range m.lab.row(k) {
			if x.w >= labelMin || x.w <= -labelMin {
				row = append(row, x)
			}
		}
		if len(row) > 0 {
			rows[k] = row
			keys = append(keys, k)
		}
	}
	p.lab = newLabelTable(len(keys), m.lab.width, m.lab.step)
	for _, k := range keys {
		p.lab.insert(k, rows[k])
	}
	return p
}

// ErrMismatch is returned by Merge for models that were not trained with
// the same relations.
var ErrMismatch = errors.New("depparse: models have different relations")

// Merge returns the model whose weights are the mean of the weights of
// models, which must have been trained on the same data with the same
// relations (typically with different seeds); it keeps the lexicon of the
// first. Averaging the weights of perceptrons trained on different
// orders of the data is a cheap ensemble (parameter mixing, McDonald et
// al. 2010): the merged model parses as fast as one model of its size.
// Features whose mean transition weights are all smaller in magnitude
// than transMin, and mean label weights smaller than labelMin, are
// dropped.
func Merge(transMin, labelMin float32, models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, fmt.Errorf("%w: no model", ErrMismatch)
	}
	first := models[0]
	for _, m := range models[1:] {
		if !slices.Equal(m.labels, first.labels) || m.root != first.root || m.nonMono != first.nonMono {
			return nil, ErrMismatch
		}
	}
	k := float32(len(models))
	trans := map[uint32]*[nTrans]float32{}
	labels := map[uint32][]float32{}
	for _, m := range models {
		for _, key := range sortedTransKeys(m.trans) {
			w := trans[key]
			if w == nil {
				w = new([nTrans]float32)
				trans[key] = w
			}
			for j, c := range m.trans.entries[m.trans.slot(key)].w {
				w[j] += m.trans.code.value[uint8(c)] / k
			}
		}
		for _, key := range sortedLabelKeys(m.lab) {
			w := labels[key]
			if w == nil {
				w = make([]float32, len(first.labels))
				labels[key] = w
			}
			for _, x := range m.lab.row(key) {
				w[x.label] += x.w / k
			}
		}
	}
	big := func(v, lim float32) bool { return v >= lim || v <= -lim }
	var tkeys []uint32
	maxW := float32(0)
	for key, w := range trans {
		if slices.ContainsFunc(w[:], func(v float32) bool { return big(v, transMin) }) {
			tkeys = append(tkeys, key)
			for _, v := range w {
				maxW = max(maxW, v, -v)
			}
		}
	}
	slices.Sort(tkeys)
	const lo = 0.02 // as in trainer.model
	out := &Model{labels: first.labels, root: first.root, lex: first.lex, nonMono: first.nonMono}
	out.trans = newTransTable(len(tkeys), newCodebook(lo, max(maxW, 2*lo)))
	for _, key := range tkeys {
		var q [nTrans]int8
		for j, v := range trans[key] {
			q[j] = out.trans.code.encode(v)
		}
		out.trans.insert(key, q)
	}
	var lkeys []uint32
	maxW = 0
	for key, w := range labels {
		if slices.ContainsFunc(w, func(v float32) bool { return big(v, labelMin) }) {
			lkeys = append(lkeys, key)
			for _, v := range w {
				maxW = max(maxW, v, -v)
			}
		}
	}
	slices.Sort(lkeys)
	step := maxW / 32000
	if step == 0 {
		step = 1
	}
	out.lab = newLabelTable(len(lkeys), len(first.labels), step)
	var row []labelWeight
	for _, key := range lkeys {
		row = row[:0]
		for j, v := range labels[key] {
			if big(v, labelMin) {
				row = append(row, labelWeight{label: uint32(j), w: out.lab.quant(v)})
			}
		}
		out.lab.insert(key, row)
	}
	return out, nil
}
