package places

import "strings"

// Context carries what is known about where an article or sentence is
// set. The zero Context means no hints.
type Context struct {
	// Qualifier is a country or admin1 region written with the name, as
	// "Texas" in "Paris, Texas" (Resolve also splits it off the name
	// itself). Names and aliases of countries and regions are understood,
	// including AP state abbreviations ("Ill.") and "U.S."/"UK", but not
	// ISO or GeoNames codes.
	Qualifier string
	// Dateline is the ISO3 code of the article's dateline country.
	Dateline string
	// Countries are ISO3 codes of countries mentioned in the article or
	// sentence.
	Countries []string
}

// has reports whether a country is in the context.
func (c *Context) has(iso3 string) bool {
	if iso3 == "" {
		return false
	}
	if c.Dateline == iso3 {
		return true
	}
	for _, x := range c.Countries {
		if x == iso3 {
			return true
		}
	}
	return false
}

// candidate is an entry under consideration with its ranking facts.
type candidate struct {
	i         int32
	alt       bool
	qualified bool
	inContext bool
}

// Resolve returns the place a name most likely denotes, ranked as the
// package documentation describes. A qualifier may be part of the name
// after its last comma ("Paris, Texas", "Tbilisi, Georgia") or given in
// ctx.Qualifier. It reports false when no place of the gazetteer matches.
// It does not allocate.
func (g *Gazetteer) Resolve(name string, ctx Context) (Place, bool) {
	i, ok := g.resolve(name, &ctx)
	if !ok {
		return Place{}, false
	}
	return g.entries[i].Place, true
}

// Resolve resolves a name with the embedded gazetteer (see
// Gazetteer.Resolve).
func Resolve(name string, ctx Context) (Place, bool) { return mustDefault().Resolve(name, ctx) }

// resolve returns the index of the best entry for name.
func (g *Gazetteer) resolve(name string, ctx *Context) (int32, bool) {
	qual := ctx.Qualifier
	if q := strings.LastIndexByte(name, ','); q >= 0 {
		if g.qualifierKnown(name[q+1:]) {
			name, qual = name[:q], name[q+1:]
		}
	}
	var buf [128]byte
	list := g.index[string(appendKey(buf[:0], name))]
	var quals []int32 // may hold cities, which inside and resolveRegion skip
	if qual != "" {
		quals = g.qualifiers(qual, buf[:0])
	}
	best := candidate{i: -1}
	for _, v := range list {
		c := candidate{i: v >> 1, alt: v&1 == 1}
		if len(quals) > 0 {
			c.qualified = g.inside(c.i, quals)
		}
		c.inContext = ctx.has(g.entries[c.i].Country)
		if best.i < 0 || g.better(c, best) {
			best = c
		}
	}
	if len(quals) > 0 && (best.i < 0 || !best.qualified) {
		// The qualifier names a region or country that holds none of the
		// candidates: it is the best answer there is.
		return g.resolveRegion(quals, ctx), true
	}
	if best.i < 0 {
		return -1, false
	}
	e := &g.entries[best.i]
	if e.Resolution == Admin1 {
		// A city of the region's own country with the same name and a
		// comparable weight wins ("New York", "Washington", "Baghdad").
		city := candidate{i: -1}
		for _, v := range list {
			c := candidate{i: v >> 1, alt: v&1 == 1, qualified: best.qualified, inContext: best.inContext}
			o := &g.entries[c.i]
			if o.Resolution != City || o.country != e.country || g.weight(c) < g.weight(best)/10 {
				continue
			}
			if city.i < 0 || g.weight(c) > g.weight(city) {
				city = c
			}
		}
		if city.i >= 0 {
			best = city
		}
	}
	return best.i, true
}

// ResolveIn returns the place called name in country iso3 (an ISO3
// code) with the greatest weight: "the Lebanese city of Tripoli" is
// Lebanon's Tripoli, whatever Resolve would make of the name alone.
func (g *Gazetteer) ResolveIn(name, iso3 string) (Place, bool) {
	var buf [128]byte
	best := candidate{i: -1}
	for _, v := range g.index[string(appendKey(buf[:0], name))] {
		c := candidate{i: v >> 1, alt: v&1 == 1}
		if g.entries[c.i].Country != iso3 {
			continue
		}
		if best.i < 0 || g.weight(c) > g.weight(best) {
			best = c
		}
	}
	if best.i < 0 {
		return Place{}, false
	}
	return g.entries[best.i].Place, true
}

// qualifierKnown reports whether s names a country or region.
func (g *Gazetteer) qualifierKnown(s string) bool {
	var buf [128]byte
	return g.qualifiers(s, buf[:0]) != nil
}

// qualifiers returns the index list of the regions and countries a
// qualifier may name (the list may also hold cities, which inside and
// resolveRegion skip), or nil.
func (g *Gazetteer) qualifiers(s string, buf []byte) []int32 {
	k := appendKey(buf, s)
	if list := g.index[string(k)]; g.anyRegion(list) {
		return list
	}
	return g.quals[string(k)]
}

// anyRegion reports whether an index list holds a region or country.
func (g *Gazetteer) anyRegion(list []int32) bool {
	for _, v := range list {
		if g.entries[v>>1].Resolution != City {
			return true
		}
	}
	return false
}

// inside reports whether entry i lies in one of the regions or countries
// of quals (index values).
func (g *Gazetteer) inside(i int32, quals []int32) bool {
	e := &g.entries[i]
	for _, v := range quals {
		q := v >> 1
		if g.entries[q].Resolution == City {
			continue
		}
		if q == i || q == e.country || q == e.admin1 || g.entries[q].Resolution == Country && g.entries[q].country == e.country {
			// (A historical state's entry lies in its present state's:
			// "OBERHAUSEN, West Germany" is the German town.)
			return true
		}
	}
	return false
}

// resolveRegion picks the best of qualifier entries.
func (g *Gazetteer) resolveRegion(quals []int32, ctx *Context) int32 {
	best := candidate{i: -1}
	for _, v := range quals {
		if g.entries[v>>1].Resolution == City {
			continue
		}
		c := candidate{i: v >> 1, alt: v&1 == 1, qualified: true, inContext: ctx.has(g.entries[v>>1].Country)}
		if best.i < 0 || g.better(c, best) {
			best = c
		}
	}
	return best.i
}

// weight is a candidate's ranking weight.
func (g *Gazetteer) weight(c candidate) float64 {
	w := g.entries[c.i].weight
	if c.alt {
		w /= 8
	}
	return w
}

// better reports whether a ranks above b.
func (g *Gazetteer) better(a, b candidate) bool {
	if a.qualified != b.qualified {
		return a.qualified
	}
	ea, eb := &g.entries[a.i], &g.entries[b.i]
	if a.inContext != b.inContext {
		in, out := ea, eb
		if b.inContext {
			in, out = eb, ea
		}
		sticky := in.Resolution == City && (out.Resolution == Country || out.Feature == "PPLC")
		if !sticky {
			return a.inContext
		}
	}
	if (ea.Resolution == Country) != (eb.Resolution == Country) {
		return ea.Resolution == Country
	}
	return g.weight(a) > g.weight(b)
}
