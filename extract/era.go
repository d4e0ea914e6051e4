package extract

import (
	"slices"
	"strings"
	"time"

	"tacitus/actors"
	"tacitus/dictionary"
)

// eraCounter estimates, for an article without a date, the date at which
// the dictionaries' date-limited entries should be read: the time when
// most of the people it names held the offices the dictionaries give
// them. An undated story is otherwise read at the dictionaries' latest
// knowledge (dictionary.Latest), which codes a 2005 BBC story's "Liam
// Fox criticised Gordon Brown" as one minister of 2016 criticising
// another: Fox's last office, not his opposition post while Brown was
// chancellor. The era is used for dictionary lookups only; the events of
// an undated article stay undated.
type eraCounter struct {
	seen    []*dictionary.ActorEntry
	periods [][]dictionary.Restriction // office periods, one list per entry seen
	// bySurname are the office periods of the namesakes of the surnames
	// named after a courtesy title, one list per surname (see
	// addTitled): they count only when the full names give no era.
	bySurname [][]dictionary.Restriction
	// onlyHolder is set when the last surname noted names one office
	// holder only (see era); holderCountry is then that holder's
	// country (see actors.PersonCountry).
	onlyHolder    bool
	holderCountry string
}

// add notes the entries with date-limited offices named in a sentence's
// words: every phrase the actor dictionary matches (a name of one word
// only when capitalised, caps as countryCounter.add takes it).
func (e *eraCounter) add(set *dictionary.Set, hw *dictionary.Words, caps []bool) {
	if set.Actors == nil {
		return
	}
	for i := 0; i < len(hw.List); i++ {
		m, ok := set.Actors.LongestMatchWords(hw, i)
		if !ok || m.End <= i {
			continue
		}
		if m.End == i+1 && caps != nil && i < len(caps) && !caps[i] {
			continue
		}
		i = m.End - 1
		if slices.Contains(e.seen, m.Entry) {
			continue
		}
		if offices := officePeriods(m.Entry); len(offices) > 0 {
			e.seen = append(e.seen, m.Entry)
			e.periods = append(e.periods, offices)
		}
	}
}

// addTitled notes, for each capitalised word after a courtesy title in
// an article's sentences (words and caps per sentence, caps telling
// which words are capitalised), the date-limited offices of the
// dictionary people of that surname (namesakes gives them): "Mr Blair",
// "Dr Fox", as British news names a person after the first mention and
// often from the first. They count only when the article's full names,
// noted by add, give no era (see era): namesakes of other years would
// pull a story its full names place away from them. The namesakes of one
// surname are one person, who may be any of them, however many ("Mr
// Brown" is one of ten); those of other times and countries rarely agree
// with the story's other people, so that "Mr Howard accused Mr Blair"
// places an undated story in the years both Britons held their posts. A surname the article also writes after a given
// name ("Stefan Johannesson ... Mr Johannesson") is of someone the
// dictionaries do not know (add would have noted him), not a namesake.
func (e *eraCounter) addTitled(words [][]string, caps [][]bool, namesakes func(string) []*dictionary.ActorEntry) {
	given := map[string]bool{} // surnames written after a given name
	for s := range words {
		for i := 1; i < len(words[s]) && i < len(caps[s]); i++ {
			if caps[s][i] && caps[s][i-1] && !courtesyTitles[strings.ToLower(words[s][i-1])] {
				given[strings.ToUpper(words[s][i])] = true
			}
		}
	}
	for s := range words {
		for i := 1; i < len(words[s]) && i < len(caps[s]); i++ {
			k := i - 1
			if words[s][k] == "." && k > 0 {
				k-- // "Mr. Blair"
			}
			if !caps[s][i] || !courtesyTitles[strings.ToLower(words[s][k])] || given[strings.ToUpper(words[s][i])] {
				continue
			}
			ps := namesakes(words[s][i])
			if slices.ContainsFunc(ps, func(p *dictionary.ActorEntry) bool { return slices.Contains(e.seen, p) }) {
				continue // a person the article's full names noted
			}
			var offices []dictionary.Restriction
			holders, holder := 0, ""
			for _, p := range ps {
				n := len(offices)
				for _, o := range officePeriods(p) {
					// An office without an end (a CountryInfo
					// line "[PLWGOVJUD >090401]") says little
					// about when a namesake is meant.
					if o.Kind != dictionary.From {
						offices = append(offices, o)
					}
				}
				if len(offices) > n {
					holders++
					holder = actors.PersonCountry(p)
				}
			}
			if len(offices) > 0 {
				e.seen = append(e.seen, ps...)
				e.bySurname = append(e.bySurname, offices)
				e.onlyHolder, e.holderCountry = holders == 1, holder
			}
		}
	}
}

// courtesyTitles are the titles British news writes before a surname.
var courtesyTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true,
	"dame": true, "lord": true, "lady": true, "baroness": true,
}

// officePeriods returns the periods of entry x's date-limited offices in
// eraRoles.
func officePeriods(x *dictionary.ActorEntry) []dictionary.Restriction {
	var offices []dictionary.Restriction
	for _, c := range x.Codes {
		if c.Restrict.Kind != dictionary.Always && !c.Null() && len(c.Code) >= 6 && eraRoles[c.Code[3:6]] {
			offices = append(offices, c.Restrict)
		}
	}
	return offices
}

// eraRoles are the roles of a person's office whose dates place a
// story in time: not an elite's years out of office, and not the codes
// of a country inside a federation (Phoenix's Ukraine is USRUKR before
// 1992, which two such countries would agree on).
var eraRoles = map[string]bool{"GOV": true, "OPP": true, "LEG": true, "MIL": true, "JUD": true, "COP": true, "PTY": true, "REB": true}

// era returns the era of the full names seen (see eraOf) or, when they
// give none, of the full names and the surnames together. country is the
// article's country ("" when unknown): a surname alone places the story
// in its one office holder's time only when he is of that country ("The
// Tories said Mr Bell misled MPs" is not of a U.S. attorney general's
// years).
func (e *eraCounter) era(country string) (time.Time, bool) {
	if t, ok := eraOf(e.periods, 2); ok || len(e.bySurname) == 0 && len(e.periods) != 1 {
		return t, ok
	}
	all := append(slices.Clip(e.periods), e.bySurname...)
	lone := len(e.periods) == 0 && len(e.bySurname) == 1 && e.onlyHolder
	if lone && country != "" && e.holderCountry != country {
		return time.Time{}, false
	}
	if len(e.periods) == 1 && len(e.bySurname) == 0 || lone {
		// One person named, with no one to agree with: the time of
		// the person's longest office, when news named the person
		// most ("Mr Letwin said" is the shadow chancellor's
		// 1997-2010, not the minister's of the dictionaries' latest
		// knowledge). A surname that several office holders bear
		// ("Mr Brown") names no one person.
		return eraOf(all, 1)
	}
	return eraOf(all, 2)
}

// eraOf returns the middle of the longest stretch of time in which the
// most entries (at least need) held an office, periods giving each entry's
// offices; false when fewer than need ever agree. The middle, not an end: the dictionaries' bounds of an
// office are often a few weeks off (Phoenix ends Gordon Brown's
// premiership two months late), and an end of the stretch is where one
// of its people is about to change office. Open-ended periods are cut at
// the latest bound the article's periods name (their earliest for a
// period without a start), so that the stretch ends where the knowledge
// does.
func eraOf(periods [][]dictionary.Restriction, need int) (time.Time, bool) {
	lo, hi := dictionary.Date(0), dictionary.Date(0)
	for _, ps := range periods {
		for _, p := range ps {
			for _, d := range [...]dictionary.Date{p.From, p.To} {
				if d != 0 && d != dictionary.Latest {
					if lo == 0 || d < lo {
						lo = d
					}
					hi = max(hi, d)
				}
			}
		}
	}
	if lo == 0 {
		return time.Time{}, false
	}
	// The bounds where the count may change: each period's first day
	// and the day after its last.
	var cuts []time.Time
	for _, ps := range periods {
		for _, p := range ps {
			from, to := bounds(p, lo, hi)
			cuts = append(cuts, from, to.AddDate(0, 0, 1))
		}
	}
	slices.SortFunc(cuts, func(a, b time.Time) int { return a.Compare(b) })
	cuts = slices.Compact(cuts)
	bestN := 1
	var bestFrom, bestTo time.Time
	found := false
	for k := 0; k+1 < len(cuts); {
		n := holding(periods, dateOf(cuts[k]))
		if n < bestN {
			k++
			continue
		}
		// The stretch of segments that all have n holders.
		j := k + 1
		for j+1 < len(cuts) && holding(periods, dateOf(cuts[j])) == n {
			j++
		}
		if n > 0 && (n > bestN || cuts[j].Sub(cuts[k]) >= bestTo.Sub(bestFrom)) {
			bestN, bestFrom, bestTo, found = n, cuts[k], cuts[j], true
		}
		k = j
	}
	if !found || bestN < need {
		return time.Time{}, false
	}
	return bestFrom.Add(bestTo.Sub(bestFrom) / 2).Truncate(24 * time.Hour), true
}

// yearSpan returns the first day of the earliest and the last day of the
// latest year (1900-2099) that an unparsed date field names as a number of
// its own ("2004/2005 (not recorded per article)", "c. 1987"); false when
// it names none.
func yearSpan(raw string) (from, to time.Time, ok bool) {
	lo, hi := 0, 0
	for i := 0; i+4 <= len(raw); i++ {
		if i > 0 && isDigit(raw[i-1]) || i+4 < len(raw) && isDigit(raw[i+4]) {
			continue
		}
		y := 0
		for _, c := range []byte(raw[i : i+4]) {
			if !isDigit(c) {
				y = -1
				break
			}
			y = 10*y + int(c-'0')
		}
		if y < 1900 || y > 2099 {
			continue
		}
		if lo == 0 || y < lo {
			lo = y
		}
		hi = max(hi, y)
	}
	if lo == 0 {
		return time.Time{}, time.Time{}, false
	}
	return time.Date(lo, time.January, 1, 0, 0, 0, 0, time.UTC), time.Date(hi, time.December, 31, 0, 0, 0, 0, time.UTC), true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// bounds returns the first and last day of period p, an open start cut
// at lo and an open end at hi.
func bounds(p dictionary.Restriction, lo, hi dictionary.Date) (from, to time.Time) {
	f, t := p.From, p.To
	switch p.Kind {
	case dictionary.Before:
		f = lo
	case dictionary.From:
		t = hi
	}
	return timeOf(f), timeOf(t)
}

// timeOf is the day of dictionary date d.
func timeOf(d dictionary.Date) time.Time {
	return time.Date(d.Year(), time.Month(d.Month()), d.Day(), 0, 0, 0, 0, time.UTC)
}

// dateOf is the dictionary date of day t.
func dateOf(t time.Time) dictionary.Date {
	return dictionary.NewDate(t.Year(), int(t.Month()), t.Day())
}

// holding counts the entries of periods with an office period that holds date d.
func holding(periods [][]dictionary.Restriction, d dictionary.Date) int {
	n := 0
	for _, ps := range periods {
		if slices.ContainsFunc(ps, func(p dictionary.Restriction) bool { return p.Holds(d) }) {
			n++
		}
	}
	return n
}
