package store

import (
	"container/list"
	"context"
	"sort"
	"sync"
)

// Rollup reads (series, networks, rankings) are served month by month
// from an in-process cache of aggregate rows. Every write transaction
// bumps rollup_version for each month whose aggregates it changes, in the
// same transaction; a query first reads the versions of the months it
// needs (one small query) and reuses a cached month only when its version
// is unchanged. The cache is therefore never stale, also when other
// processes write to the same database; it only saves reading the same
// rows again.

// cacheKind tells what a cached month holds.
type cacheKind byte

const (
	kindDyadMonth      cacheKind = iota + 1 // []Edge: a month's dyad_month rows, in compareEdges order
	kindSeriesMonth                         // []dayRow: a dyad's dyad_day rows in a month
	kindArticles                            // []dayCount: a month's article_day rows
	kindDyadDays                            // *monthDays: a month's dyad_day rows, compact
	kindDyadMonthCells                      // []dyadCell: a month's dyad_month rows, compact
)

type cacheKey struct {
	kind     cacheKind
	src, tgt string
	month    int64
}

type cacheEntry struct {
	key     cacheKey
	version int64
	val     any
	rows    int
}

// monthCache is an LRU of month-sized row sets holding at most max rows.
// Concurrent misses on the same month share one read.
type monthCache struct {
	mu    sync.Mutex
	max   int
	rows  int
	ll    *list.List
	m     map[cacheKey]*list.Element
	calls map[cacheKey]*cacheCall
}

// cacheCall is a read in progress.
type cacheCall struct {
	version int64
	done    chan struct{}
	val     any
	err     error
}

func newMonthCache(maxRows int) *monthCache {
	return &monthCache{max: maxRows, ll: list.New(), m: map[cacheKey]*list.Element{}, calls: map[cacheKey]*cacheCall{}}
}

// load returns the cached value of k at version, or reads it with fetch
// (which returns the value and its number of rows) and caches it.
func (c *monthCache) load(k cacheKey, version int64, fetch func() (any, int, error)) (any, error) {
	if v, ok := c.get(k, version); ok {
		return v, nil
	}
	c.mu.Lock()
	if cl, ok := c.calls[k]; ok && cl.version == version {
		c.mu.Unlock()
		<-cl.done
		return cl.val, cl.err
	}
	cl := &cacheCall{version: version, done: make(chan struct{})}
	c.calls[k] = cl
	c.mu.Unlock()
	var n int
	cl.val, n, cl.err = fetch()
	if cl.err == nil {
		c.put(k, version, cl.val, n)
	}
	c.mu.Lock()
	if c.calls[k] == cl {
		delete(c.calls, k)
	}
	c.mu.Unlock()
	close(cl.done)
	return cl.val, cl.err
}

func (c *monthCache) get(k cacheKey, version int64) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.m[k]
	if !ok {
		return nil, false
	}
	e := el.Value.(*cacheEntry)
	if e.version != version {
		return nil, false
	}
	c.ll.MoveToFront(el)
	return e.val, true
}

func (c *monthCache) put(k cacheKey, version int64, v any, rows int) {
	rows++ // an empty month still costs an entry
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.m[k]; ok {
		e := el.Value.(*cacheEntry)
		c.rows += rows - e.rows
		e.version, e.val, e.rows = version, v, rows
		c.ll.MoveToFront(el)
	} else {
		c.m[k] = c.ll.PushFront(&cacheEntry{key: k, version: version, val: v, rows: rows})
		c.rows += rows
	}
	for c.rows > c.max && c.ll.Len() > 1 {
		last := c.ll.Back()
		e := last.Value.(*cacheEntry)
		c.ll.Remove(last)
		delete(c.m, e.key)
		c.rows -= e.rows
	}
}

// monthVersions returns the months in [lo, hi] (day numbers; the months
// holding them) that have aggregates, with their versions, in order.
func (e *engine) monthVersions(ctx context.Context, lo, hi int64) ([]int64, map[int64]int64, error) {
	from := lo
	if lo > noDay+1 {
		from = bucket(lo, Month)
	}
	rs, err := e.b.reader().query(ctx, `SELECT month, version FROM rollup_version WHERE month >= ? AND month <= ?`, from, hi)
	if err != nil {
		return nil, nil, err
	}
	defer rs.Close()
	vs := map[int64]int64{}
	var months []int64
	for rs.Next() {
		var m, v int64
		if err := rs.Scan(&m, &v); err != nil {
			return nil, nil, err
		}
		vs[m] = v
		months = append(months, m)
	}
	sort.Slice(months, func(i, j int) bool { return months[i] < months[j] })
	return months, vs, rs.Err()
}

// dyadMonth returns a month's dyad totals in compareEdges order. The slice is
// shared: callers must not modify it.
func (e *engine) dyadMonth(ctx context.Context, month, version int64) ([]Edge, error) {
	k := cacheKey{kind: kindDyadMonth, month: month}
	v, err := e.cache.load(k, version, func() (any, int, error) {
		rs, err := e.b.reader().query(ctx, `SELECT src, tgt, coop, conflict, gold10 FROM dyad_month WHERE month = ?`, month)
		if err != nil {
			return nil, 0, err
		}
		defer rs.Close()
		var out []Edge
		for rs.Next() {
			var (
				ed  Edge
				g10 int64
			)
			if err := rs.Scan(&ed.Source, &ed.Target, &ed.Cooperation, &ed.Conflict, &g10); err != nil {
				return nil, 0, err
			}
			ed.Goldstein = float64(g10) / 10
			out = append(out, ed)
		}
		if err := rs.Err(); err != nil {
			return nil, 0, err
		}
		sortEdges(out)
		return out, len(out), nil
	})
	if err != nil {
		return nil, err
	}
	return v.([]Edge), nil
}

// dayRow is a dyad's aggregate for one day and QuadClass.
type dayRow struct {
	day              int64
	quad             int
	events, men, g10 int64
}

// seriesMonth returns a dyad's per-day rows in the month starting on day
// month ("" codes: any actor).
func (e *engine) seriesMonth(ctx context.Context, src, tgt string, month, version int64) ([]dayRow, error) {
	k := cacheKey{kind: kindSeriesMonth, src: src, tgt: tgt, month: month}
	v, err := e.cache.load(k, version, func() (any, int, error) {
		c := &conds{}
		if src != "" {
			c.add("src = ?", src)
		}
		if tgt != "" {
			c.add("tgt = ?", tgt)
		}
		c.add("day >= ? AND day < ?", month, nextMonth(month))
		rs, err := e.b.reader().query(ctx, `SELECT day, quad, SUM(events), SUM(mentions), SUM(gold10) FROM dyad_day`+c.where()+` GROUP BY day, quad`, c.args...)
		if err != nil {
			return nil, 0, err
		}
		defer rs.Close()
		var out []dayRow
		for rs.Next() {
			var r dayRow
			if err := rs.Scan(&r.day, &r.quad, &r.events, &r.men, &r.g10); err != nil {
				return nil, 0, err
			}
			out = append(out, r)
		}
		if err := rs.Err(); err != nil {
			return nil, 0, err
		}
		return out, len(out), nil
	})
	if err != nil {
		return nil, err
	}
	return v.([]dayRow), nil
}

// dayCount is an article_day row.
type dayCount struct{ day, n int64 }

func (e *engine) articlesMonth(ctx context.Context, month, version int64) ([]dayCount, error) {
	k := cacheKey{kind: kindArticles, month: month}
	v, err := e.cache.load(k, version, func() (any, int, error) {
		rs, err := e.b.reader().query(ctx, `SELECT day, n FROM article_day WHERE day >= ? AND day < ?`, month, nextMonth(month))
		if err != nil {
			return nil, 0, err
		}
		defer rs.Close()
		var out []dayCount
		for rs.Next() {
			var r dayCount
			if err := rs.Scan(&r.day, &r.n); err != nil {
				return nil, 0, err
			}
			out = append(out, r)
		}
		if err := rs.Err(); err != nil {
			return nil, 0, err
		}
		return out, len(out), nil
	})
	if err != nil {
		return nil, err
	}
	return v.([]dayCount), nil
}
