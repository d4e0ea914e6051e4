package evalset

import (
	"math"
	"sort"
	"strings"
)

// PlaceToleranceKm is the largest distance between a system's and the gold
// place for the place to count as correct.
const PlaceToleranceKm = 50

// SystemEvent is one event a system produced for an item.
type SystemEvent struct {
	// Source and Target are CAMEO actor codes; Target is "" when none.
	Source, Target string
	// CAMEO is the event code; only its first two digits (the root) are
	// compared.
	CAMEO string
	// Date is YYYY-MM-DD ("" when the system gives none) and DatePrecision
	// one of the Precision constants.
	Date, DatePrecision string
	// Lat and Lon locate the event when HasLocation is true.
	Lat, Lon    float64
	HasLocation bool
}

// PRF holds counts and the precision, recall and F1 computed from them.
// Precision is 0 when nothing was predicted, recall 0 when nothing was gold.
type PRF struct {
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

func newPRF(tp, fp, fn int) PRF {
	p := PRF{TP: tp, FP: fp, FN: fn}
	if tp+fp > 0 {
		p.Precision = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		p.Recall = float64(tp) / float64(tp+fn)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
	return p
}

// Accuracy is a count of correct decisions out of those that could be
// judged; Rate is Correct/Total, 0 when Total is 0.
type Accuracy struct {
	Correct, Total int
	Rate           float64
}

func newAccuracy(c, t int) Accuracy {
	a := Accuracy{Correct: c, Total: t}
	if t > 0 {
		a.Rate = float64(c) / float64(t)
	}
	return a
}

// Scores are the results over one split (or all items).
type Scores struct {
	// Items is the number of items scored; Gold and System count events.
	Items, Gold, System int
	// Strict compares (source, target, root) with full actor codes;
	// Lenient compares actors on their principal (see Principal).
	Strict, Lenient PRF
	// Date is exact-date accuracy over strictly matched events whose gold
	// date is known: same precision and same date.
	Date Accuracy
	// Place is accuracy over strictly matched events with a gold place: the
	// system gave a location within PlaceToleranceKm of it.
	Place Accuracy
}

// Principal is the part of an actor code that lenient matching compares:
// the first six letters of an IGO or NGO code (IGOUNO, IGOEUR, NGOHLH …), the
// first three letters (the country or region) of any other code. The empty
// code (no target) is its own principal.
func Principal(code string) string {
	code = normCode(code)
	if (strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO")) && len(code) >= 6 {
		return code[:6]
	}
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

func normCode(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

// root returns the two-digit CAMEO root of a code, "" when malformed.
func root(code string) string {
	code = strings.TrimSpace(code)
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

type key struct{ src, tgt, root string }

// Score compares the system's events with the gold events of the items, per
// split. The result maps SplitTune, SplitReport and "all" to their scores.
// system is keyed by item ID; items missing from it count as having no
// system events, and entries for unknown IDs are ignored.
//
// Events are matched within an item: each gold event pairs with at most one
// system event with the same key, where the strict key is (source, target,
// root) and the lenient key (Principal(source), Principal(target), root).
// Among candidates with the same key, the one that agrees on the date and
// then the nearest place is chosen.
func Score(items []Item, system map[string][]SystemEvent) map[string]Scores {
	acc := map[string]*tally{SplitTune: {}, SplitReport: {}, "all": {}}
	for _, it := range items {
		sys := system[it.ID]
		t := itemTally(it, sys)
		for _, name := range []string{it.Split, "all"} {
			if a, ok := acc[name]; ok {
				a.add(t)
			}
		}
	}
	out := make(map[string]Scores, len(acc))
	for name, a := range acc {
		out[name] = a.scores()
	}
	return out
}

type tally struct {
	items, gold, system            int
	strictTP, lenientTP            int
	dateOK, dateN, placeOK, placeN int
}

func (a *tally) add(b tally) {
	a.items += b.items
	a.gold += b.gold
	a.system += b.system
	a.strictTP += b.strictTP
	a.lenientTP += b.lenientTP
	a.dateOK += b.dateOK
	a.dateN += b.dateN
	a.placeOK += b.placeOK
	a.placeN += b.placeN
}

func (a *tally) scores() Scores {
	return Scores{
		Items: a.items, Gold: a.gold, System: a.system,
		Strict:  newPRF(a.strictTP, a.system-a.strictTP, a.gold-a.strictTP),
		Lenient: newPRF(a.lenientTP, a.system-a.lenientTP, a.gold-a.lenientTP),
		Date:    newAccuracy(a.dateOK, a.dateN),
		Place:   newAccuracy(a.placeOK, a.placeN),
	}
}

func strictKey(src, tgt, code string) key {
	return key{normCode(src), normCode(tgt), root(code)}
}

func lenientKey(src, tgt, code string) key {
	return key{Principal(src), Principal(tgt), root(code)}
}

func itemTally(it Item, sys []SystemEvent) tally {
	t := tally{items: 1, gold: len(it.Events), system: len(sys)}
	// Strict matching, with date and place judged on the matched pairs.
	used := make([]bool, len(sys))
	for _, g := range it.Events {
		gk := strictKey(g.Source, g.Target, g.CAMEO)
		best, bestRank := -1, math.Inf(1)
		for j, s := range sys {
			if used[j] || strictKey(s.Source, s.Target, s.CAMEO) != gk {
				continue
			}
			if r := pairRank(g, s); r < bestRank {
				best, bestRank = j, r
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		t.strictTP++
		s := sys[best]
		if g.DatePrecision != PrecisionNone && g.Date != "" {
			t.dateN++
			if dateEqual(g, s) {
				t.dateOK++
			}
		}
		if g.Place != nil {
			t.placeN++
			if s.HasLocation && Haversine(g.Place.Lat, g.Place.Lon, s.Lat, s.Lon) <= PlaceToleranceKm {
				t.placeOK++
			}
		}
	}
	// Lenient matching is a multiset intersection of keys.
	count := map[key]int{}
	for _, s := range sys {
		count[lenientKey(s.Source, s.Target, s.CAMEO)]++
	}
	for _, g := range it.Events {
		k := lenientKey(g.Source, g.Target, g.CAMEO)
		if count[k] > 0 {
			count[k]--
			t.lenientTP++
		}
	}
	return t
}

// pairRank orders candidate system events for one gold event: an equal
// date first, then the nearest place.
func pairRank(g Event, s SystemEvent) float64 {
	r := 0.0
	if !dateEqual(g, s) {
		r += 1e6
	}
	if g.Place != nil {
		if s.HasLocation {
			r += math.Min(Haversine(g.Place.Lat, g.Place.Lon, s.Lat, s.Lon), 1e5)
		} else {
			r += 1e5
		}
	}
	return r
}

func dateEqual(g Event, s SystemEvent) bool {
	return g.Date != "" && g.Date == s.Date && g.DatePrecision == s.DatePrecision
}

// Haversine returns the great-circle distance in kilometres between two
// points given in degrees.
func Haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const earthKm = 6371.0088
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthKm * math.Asin(math.Sqrt(math.Min(1, a)))
}

// Stats summarises a set of items: counts of items, events, and events per
// CAMEO root, per corpus and per split.
type Stats struct {
	Items, Events, ItemsWithoutEvents int
	PerRoot                           map[string]int
	ItemsPerCorpus, EventsPerCorpus   map[string]int
	ItemsPerSplit                     map[string]int
	Articles                          int
}

// Summarize counts items and events.
func Summarize(items []Item) Stats {
	st := Stats{PerRoot: map[string]int{}, ItemsPerCorpus: map[string]int{},
		EventsPerCorpus: map[string]int{}, ItemsPerSplit: map[string]int{}}
	arts := map[string]bool{}
	for _, it := range items {
		st.Items++
		st.ItemsPerCorpus[it.Corpus]++
		st.ItemsPerSplit[it.Split]++
		arts[it.Corpus+"|"+it.Article] = true
		if len(it.Events) == 0 {
			st.ItemsWithoutEvents++
		}
		for _, e := range it.Events {
			st.Events++
			st.PerRoot[e.Root]++
			st.EventsPerCorpus[it.Corpus]++
		}
	}
	st.Articles = len(arts)
	return st
}

// Roots returns the CAMEO roots present in PerRoot, sorted.
func (s Stats) Roots() []string {
	out := make([]string, 0, len(s.PerRoot))
	for r := range s.PerRoot {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}
