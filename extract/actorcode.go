package extract

import (
	"strings"

	"tacitus/actors"
	"tacitus/dictionary"
	"tacitus/event"
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

// federations are the states whose republics Phoenix codes under them.
var federations = map[string]bool{"SCG": true, "YUG": true, "SUN": true, "CSK": true}

// normalizeActor returns the record code of a coder actor code, with
// country the article's country ("" when unknown).
func normalizeActor(code, country string) string {
	if len(code) < 3 || strings.HasPrefix(code, `"`) {
		return code
	}
	if actors.IsOrganisation(code) {
		// "EU foreign ministers": an organisation's people act as the
		// organisation; agent blocks appended to its code go.
		for len(code) > 6 && (orgAgents[code[len(code)-3:]] || strings.HasPrefix(code, "MNC") && code[len(code)-3:] == "BUS") {
			// (A company's people and its trade words, "mobile phone
			// firm Vodafone", are the company: MNCGBR, not
			// MNCGBRBUS.)
			code = code[:len(code)-3]
		}
		return code
	}
	if strings.HasPrefix(code, nullActor) {
		if country == "" || len(code) < 6 {
			return code
		}
		code = country + code[3:]
	}
	if len(code) >= 6 && federations[code[:3]] && !actors.NotCountry(code[3:6]) && !event.IsSector(code[3:6]) && !event.IsReligion(code[3:6]) {
		// Phoenix codes a republic of a federation under the
		// federation ("SCGSRB", Serbia in Serbia and Montenegro,
		// 1992-2006): the state is the federation, and the role
		// follows it ("Serbian police" is SCGCOP, not SCGSRB).
		code = code[:3] + code[6:]
	}
	if len(code) >= 6 && code[3:6] == "GZA" {
		// Phoenix codes the Gaza Strip "PSEGZA": a part of the
		// Palestinian territories, coded as the state (GUIDELINES
		// sec. 2: subnational units take their state's code).
		code = code[:3] + code[6:]
	}
	if len(code) >= 6 && code[3:6] == "OCC" {
		// Phoenix marks a country under occupation ("IRQOCC" for Iraq
		// from 2003 to 2006, "KWTOCC" in 1990): the record codes the
		// country.
		code = code[:3] + code[6:]
	}
	if len(code) >= 6 && code[3:6] == "PPL" {
		// Phoenix's "people", "men" (PPL) are the guidelines'
		// civilians, CVL: the record roles have no PPL.
		code = code[:3] + "CVL" + code[6:]
	}
	if len(code) >= 6 && event.IsReligion(code[3:6]) && !event.IsSector(code[:3]) {
		// Phoenix codes believers and clergy by their religion
		// ("GBRCHRCTH", "IRQMUSSHI"): their role is REL. (A group's
		// own code keeps it: "IMGMUSISI".) Armed men of a religion
		// ("Islamic militants", "Sikh extremists": "INDSIKUAF") are
		// armed men: their role is the armed one.
		rest := code[6:]
		for len(rest) >= 3 && event.IsReligion(rest[:3]) {
			rest = rest[3:]
		}
		if len(rest) >= 3 && armedRoles[rest[:3]] {
			code = code[:3] + rest
		} else {
			code = code[:3] + "REL" + code[6:]
		}
	}
	if len(code) >= 9 && code[3:9] == "GOVLEG" {
		// Phoenix codes legislatures GOVLEG: their role is LEG.
		return code[:3] + "LEG"
	}
	if len(code) >= 9 && code[6:9] == "ELI" && event.IsSector(code[3:6]) {
		// "A former Home Office minister" (GBRGOVELI): the office
		// named and "former" after it make one who held the office,
		// an elite (GUIDELINES sec. 2), not its present holder.
		return code[:3] + "ELI"
	}
	if len(code) >= 9 && event.IsSector(code[6:9]) {
		// A second role goes ("ARGMILGOV"); a named group stays
		// ("PSEREBHMS").
		code = code[:6]
	} else if len(code) > 9 && (orgAgents[code[9:min(12, len(code))]] || code[9:min(12, len(code))] == "UAF") {
		// A named group's members act as the group: "Hamas
		// militants" is PSEREBHMS, not PSEREBHMSUAF.
		code = code[:9]
	}
	return code
}

// countryCounter counts the countries of the actor phrases of an article,
// to find the country its agents without a country belong to.
type countryCounter struct {
	counts map[string]int
	first  []string
	// supp, when set, is read where the set has no actor phrase: the
	// parties and institutions of package actors' supplement ("Labour"
	// is British).
	supp *dictionary.ActorDict
}

// topicModifier reports whether the country name words[i:end] modifies a
// topic noun (actors.TopicNoun) right after it, or after one more
// lower-case word ("the Iraq war", "the Iran arms scandal"). A nationality adjective is no
// name: "Iraqi committees" are Iraq's. isName (nil: every phrase is a
// name) tells names from adjectives.
func topicModifier(words []string, caps []bool, i, end int, isName func([]string) bool) bool {
	for k := end; k < len(words) && k <= end+1; k++ {
		if caps != nil && (k >= len(caps) || caps[k]) {
			return false
		}
		if actors.TopicNoun(strings.ToLower(words[k])) {
			return isName == nil || isName(words[i:end])
		}
	}
	return false
}

// add counts the countries of the actor phrases in the words of hw,
// weight times each; caps tells which words are capitalised in the text (nil: all
// are), and a one-word phrase only counts capitalised ("us" is not the
// United States). A country's name that modifies a topic noun (see
// topicModifier) does not count.
func (c *countryCounter) add(set *dictionary.Set, hw *dictionary.Words, caps []bool, d dictionary.Date, weight int, isName func([]string) bool) {
	if set.Actors == nil {
		return
	}
	words := hw.List
	for i := 0; i < len(words); i++ {
		if britishShadowTitle(words, i) || britishOffice(words, i) {
			c.count("GBR", weight)
		}
		if afterNameParticle(words, i) {
			continue // "al-Sabah" is a family, not Sabah, Malaysia
		}
		m, ok := set.Actors.LongestMatchWords(hw, i)
		if (!ok || m.End <= i) && c.supp != nil {
			m, ok = c.supp.LongestMatchWords(hw, i)
		}
		if !ok || m.End <= i {
			continue
		}
		if caps != nil && (m.End == i+1 || possessiveIn(words, i, m.End)) && !anyCapitalised(caps, i, m.End) {
			// A name is written with a capital: "turkey" is no
			// Turkey, and "benefits people's daily lives" no
			// "People's Daily". Titles of several words count in
			// lower case ("the home secretary").
			continue
		}
		start := i
		i = m.End - 1
		if topicModifier(words, caps, start, m.End, isName) || eventScene(words, start) || featureName(words, caps, start, m.End) {
			continue
		}
		ac, has := m.Entry.CodeAt(d)
		if !has || ac.Null() || len(ac.Code) < 3 {
			continue
		}
		cc := ac.Code[:3]
		if cc == nullActor || actors.IsOrganisation(cc) || actors.NotCountry(cc) {
			continue // "the media" (MED) is no country of the article
		}
		c.count(cc, weight)
	}
}

// featureName reports whether the country's name at words[i:end] (upper
// case) is part of the name of a sea, river or region that is no country
// of the article's actors: "the Niger Delta" (Nigeria's), "the Gulf of
// Mexico", "the South China Sea", "the Indian Ocean" (see
// actors.WaterWord). caps tells which words are capitalised (nil: all
// are).
func featureName(words []string, caps []bool, i, end int) bool {
	if end < len(words) && (caps == nil || caps[end]) && (landFeatures[words[end]] || actors.WaterWord(strings.ToLower(words[end]))) {
		return true
	}
	return i >= 2 && words[i-1] == "OF" && actors.WaterWord(strings.ToLower(words[i-2]))
}

// landFeatures (upper case) end the names of rivers and regions that
// begin with a country's name ("Niger Delta", "Congo River", "Congo
// Basin").
var landFeatures = map[string]bool{"DELTA": true, "RIVER": true, "BASIN": true, "CANAL": true, "LAKE": true}

// afterNameParticle reports whether words[i] (upper case) follows a
// particle of an Arabic personal name: "bin", "ibn", "bint", or "al-",
// "el-" with its hyphen ("Sheikh Ali al-Khalifa al-Sabah"; see
// package actors, which reads names so too).
func afterNameParticle(words []string, i int) bool {
	switch {
	case i >= 1 && (words[i-1] == "BIN" || words[i-1] == "IBN" || words[i-1] == "BINT"):
		return true
	case i >= 2 && words[i-1] == "-" && (words[i-2] == "AL" || words[i-2] == "EL"):
		return true
	}
	return false
}

// eventScene reports whether the country name at words[i] (upper case)
// is where an event or a topic that a noun names takes place, "in" after
// that noun ("the elections in Iraq", "the war in Iraq"): the place the
// sentence talks about, not the country of its actors (see
// sentence.topicPlace).
func eventScene(words []string, i int) bool {
	if i < 2 || words[i-1] != "IN" {
		return false
	}
	w := strings.ToLower(words[i-2])
	return eventSceneNouns[w] || eventSceneNouns[strings.TrimSuffix(w, "s")] || actors.TopicNoun(w)
}

// anyCapitalised reports whether any of caps[lo:hi] is set.
func anyCapitalised(caps []bool, lo, hi int) bool {
	for k := lo; k < hi && k < len(caps); k++ {
		if caps[k] {
			return true
		}
	}
	return false
}

// possessiveIn reports whether any of words[lo:hi] (upper case) is a
// possessive ending ("'S", "'").
func possessiveIn(words []string, lo, hi int) bool {
	for _, w := range words[lo:hi] {
		if w == "'S" || w == "'" || w == "’S" {
			return true
		}
	}
	return false
}

// count adds weight to country cc's count.
func (c *countryCounter) count(cc string, weight int) {
	if c.counts == nil {
		c.counts = map[string]int{}
	}
	if c.counts[cc] == 0 {
		c.first = append(c.first, cc)
	}
	c.counts[cc] += weight
}

// britishShadowTitle reports whether words[i] (upper case) opens the title
// of a British opposition spokesman: "shadow" and, within five words, the
// secretary or chancellor it shadows ("Shadow Constitutional Affairs
// Secretary Oliver Heald", "the shadow chancellor"). Westminster alone
// titles its opposition's spokesmen so; other parliaments' shadow
// ministers are "shadow minister" or "shadow treasurer".
func britishShadowTitle(words []string, i int) bool {
	if words[i] != "SHADOW" {
		return false
	}
	for _, w := range words[i+1 : min(i+6, len(words))] {
		if w == "SECRETARY" || w == "CHANCELLOR" {
			return true
		}
	}
	return false
}

// britishOffice reports whether words[i] (upper case) opens "the foreign
// secretary" written with no nationality: the title of Britain's foreign
// minister, whom British news names so without his country ("the
// foreign secretary criticised Iran"). Other countries' foreign
// secretaries, India's and Pakistan's civil servants or Canada's
// minister, are named with their country ("the Indian foreign
// secretary", "Pakistan's foreign secretary").
func britishOffice(words []string, i int) bool {
	return words[i] == "THE" && i+2 < len(words) && words[i+1] == "FOREIGN" && words[i+2] == "SECRETARY"
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

// armedRoles are the roles of armed actors, which a religion before them
// in a Phoenix code does not make clergy.
var armedRoles = map[string]bool{
	"UAF": true, "REB": true, "INS": true, "RAD": true, "SEP": true, "MIL": true, "CRM": true,
}

// workingRoles are the roles of actors whose members strike by stopping
// work: workers, teachers and students, doctors and nurses, journalists,
// farmers.
var workingRoles = map[string]bool{"LAB": true, "EDU": true, "HLH": true, "MED": true, "AGR": true}

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
	if len(code) < 2 || code[:2] != "19" || len(source) < 6 || actors.IsOrganisation(source[:3]) {
		return code
	}
	if unarmedRoles[source[3:6]] {
		return "180"
	}
	return code
}
