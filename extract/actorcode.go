package extract

import (
	"strings"

	"tacitus/dictionary"
)

// Actor codes in records follow the development set's conventions
// (evalset/GUIDELINES.md sec. 2): the country, then at most one role; an
// organisation's code (IGO, NGO, MNC...) and a named group's (PSEREBHMS)
// are kept whole; an agent without a country ("---GOV": "ministers",
// "police") takes the article's country.

// orgAgents are the agent roles that package actors appends to an
// organisation's code for its people ("EU foreign ministers",
// "U.N. troops"), which a record drops.
var orgAgents = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "MED": true, "LEG": true, "JUD": true,
	"ELI": true, "CVL": true, "OPP": true, "REB": true, "SPY": true,
}

// orgPrefixes begin the codes of organisations, which are kept whole.
var orgPrefixes = []string{"IGO", "NGO", "MNC", "UAF", "WEU"}

// normalizeActor returns the record code of a coder actor code, with
// country the article's country ("" when unknown).
func normalizeActor(code, country string) string {
	if len(code) < 3 || strings.HasPrefix(code, `"`) {
		return code
	}
	for _, p := range orgPrefixes {
		if strings.HasPrefix(code, p) {
			// "EU foreign ministers": an organisation's people act as
			// the organisation; agent blocks appended to its code go.
			for len(code) > 6 && orgAgents[code[len(code)-3:]] {
				code = code[:len(code)-3]
			}
			return code
		}
	}
	if strings.HasPrefix(code, nullActor) {
		if country == "" || len(code) < 6 {
			return code
		}
		code = country + code[3:]
	}
	if len(code) >= 9 && code[3:9] == "GOVLEG" {
		// Phoenix codes legislatures GOVLEG: their role is LEG.
		return code[:3] + "LEG"
	}
	if len(code) > 6 && sectors[code[6:min(9, len(code))]] {
		code = code[:6]
	}
	return code
}

// sectors are the CAMEO role and sector codes that may follow an actor's
// first role ("USAGOVBUS", "ARGMILGOV"); a record keeps only the first
// role. Any other third block names a group and is kept whole
// ("PSEREBHMS", Hamas; "AFGINSTAL", the Taliban).
var sectors = map[string]bool{
	"GOV": true, "MIL": true, "REB": true, "OPP": true, "PTY": true, "COP": true, "JUD": true,
	"SPY": true, "MED": true, "EDU": true, "BUS": true, "CRM": true, "CVL": true, "LAB": true,
	"LEG": true, "HLH": true, "REF": true, "ELI": true, "AGR": true, "ENV": true, "HRI": true,
	"DEV": true, "IGO": true, "NGO": true, "NGM": true, "MNC": true, "IMG": true, "UAF": true,
	"SEP": true, "INS": true, "RAD": true, "MOD": true, "REL": true, "CHR": true, "CTH": true,
	"PRO": true, "ORT": true, "MUS": true, "SUN": true, "SHI": true, "JEW": true, "BUD": true,
	"HIN": true, "ITP": true, "PPL": true, "SET": true, "LLY": true, "MOS": true, "JAN": true,
}

// countryCounter counts the countries of the actor phrases of an article,
// to find the country its agents without a country belong to.
type countryCounter struct {
	counts map[string]int
	first  []string
}

// add counts the countries of the actor phrases in words; caps tells
// which words are capitalised in the text (nil: all are), and a one-word
// phrase only counts capitalised ("us" is not the United States).
func (c *countryCounter) add(set *dictionary.Set, words []string, caps []bool, d dictionary.Date) {
	if set.Actors == nil {
		return
	}
	for i := 0; i < len(words); i++ {
		m, ok := set.Actors.LongestMatch(words, i)
		if !ok || m.End <= i {
			continue
		}
		if m.End == i+1 && caps != nil && i < len(caps) && !caps[i] {
			continue
		}
		i = m.End - 1
		ac, has := m.Entry.CodeAt(d)
		if !has || ac.Null() || len(ac.Code) < 3 {
			continue
		}
		cc := ac.Code[:3]
		if cc == nullActor || isOrg(cc) {
			continue
		}
		if c.counts == nil {
			c.counts = map[string]int{}
		}
		if c.counts[cc] == 0 {
			c.first = append(c.first, cc)
		}
		c.counts[cc]++
	}
}

// best returns the most frequent country, the first seen on a tie.
func (c *countryCounter) best() string {
	best, n := "", 0
	for _, cc := range c.first {
		if c.counts[cc] > n {
			best, n = cc, c.counts[cc]
		}
	}
	return best
}

func isOrg(cc string) bool {
	for _, p := range orgPrefixes {
		if cc == p {
			return true
		}
	}
	return false
}

// unarmedRoles are the roles of actors without armed forces, whose
// violence is an assault (CAMEO 18) rather than military force (19).
var unarmedRoles = map[string]bool{
	"CVL": true, "CRM": true, "PPL": true, "OPP": true, "LAB": true, "BUS": true, "EDU": true,
	"REL": true, "MED": true, "NGO": true, "ELI": true, "HLH": true, "REF": true,
}

// violenceCode returns the record code of a coded violent act: a root-19
// code ("use conventional military force": the Phoenix code of "kill",
// "shoot") whose source is a civilian, criminal or other unarmed actor is
// read as unconventional violence, 180 ("the mob that lynched ...", "a
// man confessed to killing ..."); other codes are returned unchanged.
func violenceCode(code, source string) string {
	if len(code) < 2 || code[:2] != "19" || len(source) < 6 || isOrg(source[:3]) {
		return code
	}
	if unarmedRoles[source[3:6]] {
		return "180"
	}
	return code
}
