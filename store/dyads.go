package store

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"
	"sync"
)

// Networks and actor rankings sum the per-day dyad aggregates (dyad_day)
// over a period of any length, starting on any day. Whole calendar months
// come from the monthly rollup (dyad_month); the days of a month the
// period covers only in part are summed from the day rows. To make that
// cheap, a month's day rows are kept in the month cache in compact form
// (monthDays): dyads interned as small integers, rows grouped by day, the
// four QuadClasses folded into cooperation and conflict counts. Summing a
// 31-day window is then a pass over a few tens of thousands of fixed-size
// cells into an array, with no string hashing.

// dyadIndex interns dyads (source and target code pairs) as small
// integers. It only grows: a dyad keeps its number for the life of the
// store handle.
type dyadIndex struct {
	mu    sync.RWMutex
	ids   map[[2]string]int32
	pairs [][2]string
	// order lists the dyad numbers by source, then target code, as of
	// when it was last computed; rank is its inverse. Both are replaced,
	// never modified, so that callers may keep them.
	order, rank []int32
}

func newDyadIndex() *dyadIndex { return &dyadIndex{ids: map[[2]string]int32{}} }

// id returns the number of the dyad src→tgt, interning it if new.
func (x *dyadIndex) id(src, tgt string) int32 {
	k := [2]string{src, tgt}
	x.mu.RLock()
	id, ok := x.ids[k]
	x.mu.RUnlock()
	if ok {
		return id
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if id, ok := x.ids[k]; ok {
		return id
	}
	id = int32(len(x.pairs))
	x.ids[k] = id
	x.pairs = append(x.pairs, k)
	return id
}

// snapshot returns the interned pairs; numbers below its length stay
// valid.
func (x *dyadIndex) snapshot() [][2]string {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.pairs
}

// ordering returns the dyads in (source, target) order and each dyad's
// position in it (its rank), covering every dyad interned so far. It sorts
// the dyads again only when new ones were interned since the last call.
func (x *dyadIndex) ordering() (order, rank []int32) {
	x.mu.RLock()
	order, rank = x.order, x.rank
	n := len(x.pairs)
	x.mu.RUnlock()
	if len(order) == n {
		return order, rank
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if len(x.order) == len(x.pairs) {
		return x.order, x.rank
	}
	pairs := x.pairs
	order = make([]int32, len(pairs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		return cmp.Or(strings.Compare(pairs[a][0], pairs[b][0]), strings.Compare(pairs[a][1], pairs[b][1]))
	})
	rank = make([]int32, len(pairs))
	for r, id := range order {
		rank[id] = int32(r)
	}
	x.order, x.rank = order, rank
	return order, rank
}

// dyadCell is a dyad's unflagged events and Goldstein sum (tenths) over
// one day or month.
type dyadCell struct {
	dyad     int32
	coop     int32
	conflict int32
	g10      int64
}

// monthDays are a month's dyad_day rows in compact form: the cells of
// day first+i are cells[start[i]:start[i+1]].
type monthDays struct {
	first int64
	start []int32
	cells []dyadCell
}

// day returns the cells of one day of the month (none outside it).
func (m *monthDays) day(d int64) []dyadCell {
	i := d - m.first
	if i < 0 || i >= int64(len(m.start)-1) {
		return nil
	}
	return m.cells[m.start[i]:m.start[i+1]]
}

// monthDyadDays returns the compact day rows of the month starting on
// day month, through the month cache.
func (e *engine) monthDyadDays(ctx context.Context, month, version int64) (*monthDays, error) {
	k := cacheKey{kind: kindDyadDays, month: month}
	v, err := e.cache.load(k, version, func() (any, int, error) {
		next := nextMonth(month)
		// dyad_day_day covers the query and yields rows in day, source,
		// target order, so that a dyad's QuadClass rows of a day are
		// adjacent.
		rs, err := e.b.reader().query(ctx, `SELECT day, src, tgt, quad, events, gold10 FROM dyad_day
			WHERE day >= ? AND day < ? ORDER BY day, src, tgt`, month, next)
		if err != nil {
			return nil, 0, err
		}
		defer rs.Close()
		md := &monthDays{first: month, start: make([]int32, next-month+1)}
		perDay := make([]int32, next-month)
		var (
			day, events, g10 int64
			src, tgt         string
			quad             int
			lastSrc, lastTgt string
			lastDay          int64 = noDay
		)
		for rs.Next() {
			if err := rs.Scan(&day, &src, &tgt, &quad, &events, &g10); err != nil {
				return nil, 0, err
			}
			if day < month || day >= next {
				continue
			}
			if day != lastDay || src != lastSrc || tgt != lastTgt {
				md.cells = append(md.cells, dyadCell{dyad: e.dyads.id(src, tgt)})
				perDay[day-month]++
				lastDay, lastSrc, lastTgt = day, src, tgt
			}
			c := &md.cells[len(md.cells)-1]
			if quad <= 2 {
				c.coop += int32(events)
			} else {
				c.conflict += int32(events)
			}
			c.g10 += g10
		}
		if err := rs.Err(); err != nil {
			return nil, 0, err
		}
		for i, n := range perDay {
			md.start[i+1] = md.start[i] + n
		}
		return md, len(md.cells), nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*monthDays), nil
}

// monthTotals returns the month's dyad totals (dyad_month) as cells,
// through the month cache.
func (e *engine) monthTotals(ctx context.Context, month, version int64) ([]dyadCell, error) {
	k := cacheKey{kind: kindDyadMonthCells, month: month}
	v, err := e.cache.load(k, version, func() (any, int, error) {
		rs, err := e.b.reader().query(ctx, `SELECT src, tgt, coop, conflict, gold10 FROM dyad_month WHERE month = ?`, month)
		if err != nil {
			return nil, 0, err
		}
		defer rs.Close()
		var out []dyadCell
		for rs.Next() {
			var (
				src, tgt        string
				coop, conf, g10 int64
			)
			if err := rs.Scan(&src, &tgt, &coop, &conf, &g10); err != nil {
				return nil, 0, err
			}
			out = append(out, dyadCell{dyad: e.dyads.id(src, tgt), coop: int32(coop), conflict: int32(conf), g10: g10})
		}
		if err := rs.Err(); err != nil {
			return nil, 0, err
		}
		return out, len(out), nil
	})
	if err != nil {
		return nil, err
	}
	return v.([]dyadCell), nil
}

// cellSum adds cells up by dyad. Dyads numbered below denseDyads are
// found through an array, the others (a store with very many dyads)
// through a map, so that a query never allocates in proportion to every
// dyad the store has seen.
type cellSum struct {
	dense  []int32 // dyad → 1 + its index in sums, 0 when absent
	sparse map[int32]int32
	sums   []dyadCell
}

// denseDyads bounds the array part of a cellSum (256 KiB of int32).
const denseDyads = 1 << 16

func newCellSum(dyads int) *cellSum {
	return &cellSum{dense: make([]int32, min(dyads, denseDyads))}
}

func (s *cellSum) add(cs []dyadCell) {
	for _, c := range cs {
		t := &s.sums[s.index(c.dyad)]
		t.coop += c.coop
		t.conflict += c.conflict
		t.g10 += c.g10
	}
}

// index returns the index of dyad's sum in s.sums, adding it if absent.
func (s *cellSum) index(dyad int32) int32 {
	if int(dyad) < len(s.dense) {
		if k := s.dense[dyad]; k > 0 {
			return k - 1
		}
		s.sums = append(s.sums, dyadCell{dyad: dyad})
		s.dense[dyad] = int32(len(s.sums))
		return int32(len(s.sums) - 1)
	}
	if k, ok := s.sparse[dyad]; ok {
		return k
	}
	if s.sparse == nil {
		s.sparse = map[int32]int32{}
	}
	s.sums = append(s.sums, dyadCell{dyad: dyad})
	k := int32(len(s.sums) - 1)
	s.sparse[dyad] = k
	return k
}

// dyadTotals returns the unflagged event counts of every dyad with events
// in the period [lo, hi] (day numbers), in compareEdges order. The result
// may be shared with the cache and must not be modified.
func (e *engine) dyadTotals(ctx context.Context, lo, hi int64) ([]Edge, error) {
	months, versions, err := e.monthVersions(ctx, lo, hi)
	if err != nil {
		return nil, err
	}
	if len(months) == 1 && months[0] >= lo && nextMonth(months[0])-1 <= hi {
		// One whole month: its cached, sorted rows are the answer.
		return e.dyadMonth(ctx, months[0], versions[months[0]])
	}
	sum := newCellSum(len(e.dyads.snapshot()))
	for _, m := range months {
		last := nextMonth(m) - 1
		if m >= lo && last <= hi {
			cells, err := e.monthTotals(ctx, m, versions[m])
			if err != nil {
				return nil, err
			}
			sum.add(cells)
			continue
		}
		md, err := e.monthDyadDays(ctx, m, versions[m])
		if err != nil {
			return nil, err
		}
		for d := max(lo, m); d <= min(hi, last); d++ {
			sum.add(md.day(d))
		}
	}
	// The edges are put in compareEdges order by sorting integers: the
	// descending total in the high half of a key, the dyad's rank in
	// code order in the low half (sorting the edges themselves, with
	// string comparisons on every tie, cost more than the rest of a
	// network query).
	pairs := e.dyads.snapshot()
	order, rank := e.dyads.ordering()
	keys := make([]uint64, 0, len(sum.sums))
	for _, c := range sum.sums {
		if total := int64(c.coop) + int64(c.conflict); total > 0 && total < math.MaxUint32 {
			keys = append(keys, uint64(math.MaxUint32-total)<<32|uint64(rank[c.dyad]))
		}
	}
	slices.Sort(keys)
	edges := make([]Edge, len(keys))
	for i, k := range keys {
		id := order[uint32(k)]
		c := &sum.sums[sum.index(id)]
		p := pairs[id]
		edges[i] = Edge{Source: p[0], Target: p[1], Cooperation: int64(c.coop), Conflict: int64(c.conflict),
			Goldstein: float64(c.g10) / 10}
	}
	return edges, nil
}
