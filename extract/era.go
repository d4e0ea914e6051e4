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
	// state are the periods of the same entries' offices of state
	// (stateRoles), and stateBySurname those of bySurname.
	state, stateBySurname [][]dictionary.Restriction
	// bySurname are the office periods of the namesakes of the surnames
	// named after a courtesy title, one list per surname (see
	// addTitled): they count only when the full names give no era.
	bySurname [][]dictionary.Restriction
	// onlyHolder is set when the last surname noted names one office
	// holder only (see era); holderCountry is then that holder's
	// country (see actors.PersonCountry).
	onlyHolder    bool
	holderCountry string
	// anchors are the periods in which a party named with a title
	// held the role the title gives it (see addAnchors), one list per
	// such title: the era must fall in them.
	anchors [][]dictionary.Restriction
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
		if offices := officePeriods(m.Entry, eraRoles); len(offices) > 0 {
			e.seen = append(e.seen, m.Entry)
			e.periods = append(e.periods, offices)
			e.state = append(e.state, officePeriods(m.Entry, stateRoles))
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
			var offices, state []dictionary.Restriction
			holders, holder := 0, ""
			for _, p := range ps {
				n := len(offices)
				// An office without an end (a CountryInfo
				// line "[PLWGOVJUD >090401]") says little
				// about when a namesake is meant.
				offices = append(offices, bounded(officePeriods(p, eraRoles))...)
				state = append(state, bounded(officePeriods(p, stateRoles))...)
				if len(offices) > n {
					holders++
					holder = actors.PersonCountry(p)
				}
			}
			if len(offices) > 0 {
				e.seen = append(e.seen, ps...)
				e.bySurname = append(e.bySurname, offices)
				e.stateBySurname = append(e.stateBySurname, state)
				e.onlyHolder, e.holderCountry = holders == 1, holder
			}
		}
	}
}

// addAnchors notes the titles of a sentence's words (hw, upper case; caps
// telling which are capitalised) that say a party named in them is out
// of office: its shadow ministers ("the Tory shadow chancellor", "Labour's
// shadow home secretary") and "the opposition Conservatives". The party
// is a phrase of the dictionaries (set, then supp, package actors' own)
// whose dated codes give it both governing and opposing roles; the anchor
// is the periods of its opposition. A title that says a party governs is
// no anchor: "a Tory government would cut" is as often a campaign's
// hypothesis, and "a Labour spokesman" speaks for a governing party as
// well.
func (e *eraCounter) addAnchors(set *dictionary.Set, supp *dictionary.ActorDict, hw *dictionary.Words, caps []bool) {
	words := hw.List
	for i := 0; i < len(words); i++ {
		if i >= len(caps) || !caps[i] {
			continue
		}
		var m dictionary.ActorMatch
		ok := false
		if set.Actors != nil {
			m, ok = set.Actors.LongestMatchWords(hw, i)
		}
		if (!ok || m.End <= i) && supp != nil {
			m, ok = supp.LongestMatchWords(hw, i)
		}
		if !ok || m.End <= i {
			continue
		}
		end := m.End
		if end < len(words) && (words[end] == "'S" || words[end] == "'") {
			end++
		}
		opp := i > 0 && words[i-1] == "OPPOSITION" || end < len(words) && words[end] == "SHADOW"
		if periods := rolePeriods(m.Entry, "OPP"); opp && len(periods) > 0 && len(rolePeriods(m.Entry, "GOV")) > 0 {
			e.anchors = append(e.anchors, periods)
		}
		i = m.End - 1
	}
}

// rolePeriods returns the periods of entry x's dated codes of role role
// (GOV, OPP) of one country.
func rolePeriods(x *dictionary.ActorEntry, role string) []dictionary.Restriction {
	var ps []dictionary.Restriction
	for _, c := range x.Codes {
		if c.Restrict.Kind != dictionary.Always && !c.Null() && len(c.Code) == 6 && c.Code[3:] == role {
			ps = append(ps, c.Restrict)
		}
	}
	return ps
}

// courtesyTitles are the titles British news writes before a surname.
var courtesyTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true,
	"dame": true, "lord": true, "lady": true, "baroness": true,
}

// officePeriods returns the periods of entry x's date-limited offices in
// roles.
func officePeriods(x *dictionary.ActorEntry, roles map[string]bool) []dictionary.Restriction {
	var offices []dictionary.Restriction
	for _, c := range x.Codes {
		if c.Restrict.Kind != dictionary.Always && !c.Null() && len(c.Code) >= 6 && roles[c.Code[3:6]] {
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

// stateRoles are the eraRoles of offices of state and of their
// opposition, for which news names a person most: not a seat in
// parliament or a post in a party.
var stateRoles = map[string]bool{"GOV": true, "OPP": true, "MIL": true, "JUD": true, "COP": true, "REB": true}

// bounded returns the periods of ps that have an end (not of kind
// dictionary.From).
func bounded(ps []dictionary.Restriction) []dictionary.Restriction {
	var out []dictionary.Restriction
	for _, p := range ps {
		if p.Kind != dictionary.From {
			out = append(out, p)
		}
	}
	return out
}

// boundedEach returns the bounded periods of each list of pss, the lists
// left empty dropped.
func boundedEach(pss [][]dictionary.Restriction) [][]dictionary.Restriction {
	var out [][]dictionary.Restriction
	for _, ps := range pss {
		if b := bounded(ps); len(b) > 0 {
			out = append(out, b)
		}
	}
	return out
}

// anchoredEra returns the era of a story whose titles anchor it (see
// addAnchors): the stretch in which the most people named held office
// while every anchor held, else the anchors' own. People's open-ended
// offices do not count: the anchors' periods are bounded by the
// dictionaries' knowledge, and a CountryInfo office from 2010 that
// meets the Tories' opposition only from 2024 says nothing.
func (e *eraCounter) anchoredEra() (time.Time, bool) {
	people := boundedEach(append(slices.Clip(e.periods), e.bySurname...))
	if t, ok := eraOf(append(people, e.anchors...), len(e.anchors)+1); ok && holding(e.anchors, dateOf(t)) == len(e.anchors) {
		return t, true
	}
	return eraOf(e.anchors, len(e.anchors))
}

// era returns the era of the full names seen (see eraOf) or, when they
// give none, of the full names and the surnames together. country is the
// article's country ("" when unknown): a surname alone places the story
// in its one office holder's time only when he is of that country ("The
// Tories said Mr Bell misled MPs" is not of a U.S. attorney general's
// years).
func (e *eraCounter) era(country string) (time.Time, bool) {
	if len(e.anchors) > 0 {
		return e.anchoredEra()
	}
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
		// ("Mr Brown") names no one person. The offices are those
		// with an end: one the dictionaries leave open holds at
		// their latest knowledge, where an undated story is read
		// without an era ("Conservative spokeswoman Caroline
		// Spelman", whom Phoenix knows only as a minister from
		// 2010, does not put the Tories in government). Offices
		// of state and of opposition come first: a minister's
		// years on the back benches are not when news named him
		// (David Blunkett, an MP from 1987, a minister from 1997).
		if t, ok := eraOf(boundedEach(append(slices.Clip(e.state), e.stateBySurname...)), 1); ok {
			return t, true
		}
		return eraOf(boundedEach(all), 1)
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
