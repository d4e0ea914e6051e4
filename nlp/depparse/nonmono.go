package depparse

// The dynamic oracle of the non-monotonic transition system (see the
// comment on the transitions in state.go). Arcs are not decomposable
// here: a word that is put back into the buffer at the end (UNSHIFT) can
// take dependents below it on the stack and a head further down than the
// word below it, but then no arc may pass over it while it waits on the
// stack, and it cannot take the head to its right that it might also
// have in the gold tree. So the cost of a transition is computed as the
// drop in the largest number of gold heads still reachable, found from
// the configuration as follows.
//
// A word that has left the stack and the buffer keeps its head. A gold
// arc between two buffer words is always reachable, and one to a word
// that has left is not. The other gold arcs join a stack word with a
// buffer word or two stack words; writing σ_k for the word at stack
// position k (σ_0 the root), with σ_k's head, if any, being σ_{k-1}:
//
//   - σ_{k-1} → σ_k is reachable (REDUCE, or the arc is there);
//   - σ_j → σ_k with j < k-1, and σ_i ← σ_k with i < k, need σ_k to be
//     put back into the buffer at the end (σ_k is then "unshifted"),
//     which needs σ_k to be without a head now;
//   - σ_j → y and σ_j ← y for a buffer word y are made from the buffer.
//
// An arc is lost when an unshifted word lies strictly between its two
// ends on the stack (the buffer counting as the top), or when the arc
// is the head of an unshifted word and lies to its right. The best set
// U of unshifted words is found by a dynamic program over the stack
// positions, from one member of U to the next.

// oracleArc is a gold arc between a stack word and a stack or buffer
// word, by stack position (the buffer is position len(stack)).
type oracleArc struct {
	lo, hi int32
	req    bool // needs hi to be unshifted
	up     bool // the head of lo, to its right (lost when lo is unshifted)
}

// nmOracle holds the scratch space of the non-monotonic oracle.
type nmOracle struct {
	pos   []int32 // stack position of each word, -1 if not on the stack
	arcs  []oracleArc
	start []int32 // arcs sorted by hi: those of hi are arcs[start[hi]:start[hi+1]]
	tmp   []oracleArc
	dp    []int32
	cand  []bool
	head  []int32
	stack []int32
}

// best is the largest number of words that can end with their gold head
// (gh) from the configuration of heads head, stack and buffer b..e.
func (o *nmOracle) best(gh, head, stack []int32, b, e int32) int32 {
	n := int32(len(gh) - 1)
	o.pos = grow32(o.pos, int(n)+1)
	for i := range o.pos {
		o.pos[i] = -1
	}
	for k, s := range stack {
		o.pos[s] = int32(k)
	}
	m := int32(len(stack) - 1)
	top := m + 1 // the buffer's position
	o.arcs = o.arcs[:0]
	var total int32
	for d := int32(1); d <= n; d++ {
		g := gh[d]
		pd := o.pos[d]
		inBuf := d >= b && d <= e
		if pd < 0 && !inBuf {
			if head[d] == g {
				total++
			}
			continue
		}
		gBuf := g >= b && g <= e
		pg := o.pos[g]
		switch {
		case inBuf && gBuf:
			total++
		case inBuf && pg >= 0:
			o.arcs = append(o.arcs, oracleArc{lo: pg, hi: top})
		case inBuf:
		case gBuf:
			o.arcs = append(o.arcs, oracleArc{lo: pd, hi: top, up: true})
		case pg < 0:
		case pg == pd-1:
			total++
		case pg < pd-1:
			if head[d] < 0 {
				o.arcs = append(o.arcs, oracleArc{lo: pg, hi: pd, req: true})
			}
		default: // the gold head is above d on the stack
			if head[g] < 0 {
				o.arcs = append(o.arcs, oracleArc{lo: pd, hi: pg, req: true, up: true})
			}
		}
	}
	if len(o.arcs) == 0 {
		return total
	}
	// Sort the arcs by hi (counting sort).
	o.start = grow32(o.start, int(top)+2)
	clear(o.start)
	for _, a := range o.arcs {
		o.start[a.hi+1]++
	}
	for h := int32(1); h <= top+1; h++ {
		o.start[h] += o.start[h-1]
	}
	if cap(o.tmp) < len(o.arcs) {
		o.tmp = make([]oracleArc, len(o.arcs))
	}
	o.tmp = o.tmp[:len(o.arcs)]
	fill := o.dp // reuse as a cursor before the DP
	fill = grow32(fill, int(top)+1)
	copy(fill, o.start[:top+1])
	for _, a := range o.arcs {
		o.tmp[fill[a.hi]] = a
		fill[a.hi]++
	}
	o.dp = fill
	// dp[q]: the most arcs with hi ≤ q kept when q is unshifted (q = 0:
	// the root, q = top: the buffer); -1 when q cannot be unshifted.
	if cap(o.cand) < int(top)+1 {
		o.cand = make([]bool, top+1, 2*top+2)
	}
	o.cand = o.cand[:top+1]
	for q := int32(0); q <= top; q++ {
		o.cand[q] = q == 0 || q == top || head[stack[q]] < 0
		o.dp[q] = -1
	}
	o.dp[0] = 0
	for p := int32(0); p < top; p++ {
		if !o.cand[p] || o.dp[p] < 0 {
			continue
		}
		var run int32
		for h := p + 1; h <= top; h++ {
			var in, out int32
			for _, a := range o.tmp[o.start[h]:o.start[h+1]] {
				if a.lo > p || a.lo == p && !a.up {
					in++
					if !a.req {
						out++
					}
				}
			}
			if o.cand[h] {
				o.dp[h] = max(o.dp[h], o.dp[p]+run+in)
			}
			run += out
		}
	}
	return total + o.dp[top]
}

// costsNM counts, for each legal transition of the non-monotonic system,
// the gold heads it makes unreachable.
func (tr *trainer) costsNM(p *parser, ok [nTrans]bool) (cost [nTrans]int32) {
	o := &tr.nm
	gh := tr.gold.head
	n := int(p.n) + 1
	base := o.best(gh, p.head[:n], p.stack, p.b, p.e)
	for t := range nTrans {
		if !ok[t] {
			continue
		}
		o.head = append(o.head[:0], p.head[:n]...)
		o.stack = append(o.stack[:0], p.stack...)
		b := nmApply(t, o.head, &o.stack, p.b)
		cost[t] = base - o.best(gh, o.head, o.stack, b, p.e)
	}
	return cost
}

// nmApply performs transition t on the heads and stack of a
// configuration of the non-monotonic system and returns the new buffer
// front.
func nmApply(t int, head []int32, stack *[]int32, b int32) int32 {
	st := *stack
	s0 := st[len(st)-1]
	switch t {
	case tShift:
		st = append(st, b)
		b++
	case tReduce:
		if head[s0] < 0 {
			head[s0] = st[len(st)-2]
		}
		st = st[:len(st)-1]
	case tLeft:
		head[s0] = b
		st = st[:len(st)-1]
	case tRight:
		head[b] = s0
		st = append(st, b)
		b++
	}
	*stack = st
	return b
}
