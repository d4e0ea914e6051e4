package extract

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"

	"tacitus/actors"
	"tacitus/coder"
	"tacitus/dictionary"
	"tacitus/internal/asciicase"
	"tacitus/nlp"
)

// prefilter decides from a sentence's words alone, before it is tagged
// and parsed, whether the coder could find an event in it, and whether it
// holds a story discard phrase. Parsing is most of the cost of coding, and
// most news sentences (markets, sport, quotes without named parties) have
// no two actors.
type prefilter struct {
	set *dictionary.Set
	// need is the number of actor or agent phrases a sentence must hold
	// to be parsed: 2 for events, 1 when unknown actors are collected
	// (an event with one unknown actor has one coded).
	need int
	// pronouns counts the words package actors codes beyond the
	// dictionaries as actor phrases: the phrases of its supplement, personal pronouns (he, she, they, we),
	// plural descriptions of earlier actors ("the two sides") and the
	// surnames of dictionary persons ("Reagan" for RONALD_REAGAN).
	pronouns bool
	// surnames are the last words of the multi-word actor phrases that
	// name persons, built by newPrefilter.
	surnames map[string]bool
	// suppActors and suppAgents are package actors' supplement to the
	// dictionaries ("Reuters", "representatives"); nil when absent.
	suppActors *dictionary.ActorDict
	suppAgents *dictionary.AgentDict
	// orgHeads are package actors' heads of organisations' names
	// ("Commission", "Association"), which code a capitalised name
	// that no dictionary lists; nil when absent.
	orgHeads *dictionary.AgentDict
}

// nameParticles (upper case) open names without being family names:
// forms of address, articles and patronymic particles.
var nameParticles = map[string]bool{
	"MR": true, "MRS": true, "MS": true, "DR": true, "SIR": true, "ST": true, "AL": true, "EL": true,
	"DE": true, "DA": true, "DI": true, "DU": true, "LA": true, "LE": true, "VAN": true, "VON": true,
	"BIN": true, "IBN": true, "ABU": true, "ABD": true, "THE": true, "GEN": true, "COL": true,
	"REV": true, "SEN": true, "REP": true, "GOV": true, "LT": true, "MAJ": true, "CAPT": true,
}

// actorPronoun reports whether w (upper case) is one of the pronouns and
// descriptions the prefilter counts as actors: subject and object
// pronouns ("Mr Clarke accused him"). It is asked of every word the
// prefilter reads, so it is a switch rather than a small map, whose
// lookup costs ten times as many instructions.
func actorPronoun(w string) bool {
	switch w {
	case "THEY", "WE", "SIDES", "THEM":
		return true
	}
	return personPronoun(w)
}

// personPronoun reports whether w is one of the actor pronouns that stand
// for a single person.
func personPronoun(w string) bool {
	switch w {
	case "HE", "SHE", "HIM", "HER":
		return true
	}
	return false
}

// groupPrep reports whether w is a preposition that, before a pronoun,
// makes it a part of a group the sentence has named ("differences between
// them", "one of them"), not an actor of its own.
func groupPrep(w string) bool {
	switch w {
	case "BETWEEN", "AMONG", "AMONGST", "OF":
		return true
	}
	return false
}

// newPrefilter returns the prefilter of set: events need two actor
// phrases, context words count.
func newPrefilter(set *dictionary.Set) prefilter {
	p := prefilter{set: set, need: 2, pronouns: true, surnames: map[string]bool{}}
	if a, g, err := actors.Supplement(); err == nil {
		p.suppActors, p.suppAgents = a, g
	}
	p.orgHeads = actors.OrgHeads()
	if set.Actors == nil {
		return p
	}
	for _, f := range set.Actors.Files {
		for _, e := range f.Entries {
			if !personEntry(e) || businessEntry(e) {
				continue // ("Abbey National" is a bank's name, no person's)
			}
			// The family name comes first in a short East Asian name
			// ("Xi" of XI_JINPING): the first word of the entry's own
			// phrase, when it is no title or particle.
			if w := e.Phrases[0].Words; len(w) >= 2 && len(w) <= 3 {
				if first := w[0]; (len(first) >= 2 && len(first) <= 3 || eastAsianSurnames[first]) && lettersOnly(first) && !p.agentWord(first) && !nameParticles[first] && !functionWords[first] {
					p.surnames[first] = true
				}
			}
			for _, ph := range e.Phrases {
				w := ph.Words
				if len(w) < 2 {
					continue
				}
				last := w[len(w)-1]
				if len(last) < 3 || !lettersOnly(last) || p.agentWord(last) || functionWords[last] {
					continue
				}
				p.surnames[last] = true
			}
		}
	}
	return p
}

// monthDate reports whether word i is a month's name that a date or a
// preposition of time around it shows to be one ("in May", "May 5"), not
// the surname it can be.
func monthDate(words []string, i int) bool {
	if !nlp.MonthName(words[i]) {
		return false
	}
	if i+1 < len(words) && words[i+1] != "" && words[i+1][0] >= '0' && words[i+1][0] <= '9' {
		return true
	}
	return i > 0 && timePreps[words[i-1]]
}

// timePreps (upper case) are the words before a month's name that make
// it a time: "in May", "since March", "last June".
var timePreps = map[string]bool{
	"IN": true, "SINCE": true, "UNTIL": true, "TILL": true, "BY": true, "FROM": true, "TO": true,
	"OF": true, "DURING": true, "BEFORE": true, "AFTER": true, "EARLY": true, "LATE": true,
	"MID": true, "LAST": true, "NEXT": true, "THIS": true, "THROUGH": true, "END": true, "FOR": true,
}

// functionWords (upper case) are words of closed classes (pronouns,
// determiners, prepositions, conjunctions, auxiliaries) that some
// dictionary names share ("IN", "TO", "AN"): capitalised at the start of
// a sentence ("It said ...", "In March ...") they are no surname.
var functionWords = map[string]bool{
	"IT": true, "ITS": true, "IN": true, "AN": true, "TO": true, "NO": true, "NOT": true, "ON": true,
	"AT": true, "BY": true, "OF": true, "OR": true, "IF": true, "AS": true, "SO": true, "DO": true,
	"UP": true, "HE": true, "WE": true, "US": true, "ME": true, "MY": true, "THE": true, "AND": true,
	"BUT": true, "FOR": true, "NOR": true, "YET": true, "ALL": true, "ANY": true, "FEW": true,
	"CAN": true, "HAS": true, "HAD": true, "WAS": true, "ARE": true, "WHO": true, "HIS": true,
	"HER": true, "OUR": true, "OUT": true, "OFF": true, "NOW": true, "SOME": true, "THIS": true,
	"THAT": true, "WITH": true, "FROM": true, "INTO": true, "ONTO": true, "THEY": true, "THEM": true,
	"THEN": true, "THAN": true, "WHEN": true, "WILL": true, "WOULD": true, "COULD": true, "SHOULD": true,
	"MUST": true, "ALSO": true, "EACH": true, "BOTH": true, "SUCH": true, "WHILE": true, "AFTER": true,
	"BEFORE": true, "UNDER": true, "OVER": true, "SINCE": true, "UNTIL": true, "ABOUT": true,
}

// eastAsianSurnames (upper case) are family names of four or more letters
// that East Asian names put first ("Zhao" of ZHAO_ZIYANG, "Chun" of
// CHUN_DOO_HWAN); shorter first words count without the list.
var eastAsianSurnames = map[string]bool{
	"ZHAO": true, "ZHOU": true, "DENG": true, "ZHANG": true, "JIANG": true, "YANG": true,
	"WANG": true, "CHEN": true, "HUANG": true, "LIANG": true, "PENG": true, "QIAO": true,
	"TANG": true, "CHIANG": true, "CHUN": true, "CHUNG": true, "PARK": true, "KANG": true,
	"NGUYEN": true, "TRUONG": true,
}

// agentWord reports whether w alone is an agent phrase ("PARTY").
func (p prefilter) agentWord(w string) bool {
	if p.set.Agents == nil {
		return false
	}
	m, ok := p.set.Agents.LongestMatch([]string{w}, 0)
	return ok && m.End == 1
}

// personEntry reports whether an actor entry names a person, as package
// actors reads its surnames: a primary phrase of two to five words with a
// date-limited code or an elite (ELI) code.
func personEntry(e *dictionary.ActorEntry) bool {
	if len(e.Phrases) == 0 || len(e.Phrases[0].Words) < 2 || len(e.Phrases[0].Words) > 5 {
		return false
	}
	for _, c := range e.Codes {
		if c.Restrict.Kind != dictionary.Always || strings.HasSuffix(c.Code, "ELI") {
			return true
		}
	}
	return false
}

func lettersOnly(w string) bool {
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// words returns the sentence's words as the dictionaries match them:
// upper case, curly apostrophes straightened, and, in a second list,
// hyphenated compounds joined into one word as the coder joins them
// ("U.S.-BACKED").
func prefilterWords(s nlp.Sentence, buf, joined []string) ([]string, []string) {
	return prefilterWordsCaps(s, buf, joined, nil)
}

// upperWords appends the words of s to dst in upper case, curly
// apostrophes straightened. The ASCII ones, nearly all, are slices of one
// string built for the sentence rather than a string each.
func upperWords(dst []string, s nlp.Sentence) []string {
	n := 0
	for _, t := range s.Tokens {
		n += len(t.Text)
	}
	// The ASCII words are copied into one array, upper-cased there eight
	// bytes at a time, and the string all then shares the array (it is
	// never written again).
	b := make([]byte, 0, n+7)
	dst = slices.Grow(dst, len(s.Tokens))
	for _, t := range s.Tokens {
		if isASCII(t.Text) {
			b = append(b, t.Text...)
		}
	}
	upperASCII(b[:len(b)+(8-len(b)%8)%8])
	all := unsafe.String(unsafe.SliceData(b), len(b))
	for _, t := range s.Tokens {
		if !isASCII(t.Text) {
			dst = append(dst, strings.ToUpper(strings.ReplaceAll(t.Text, "\u2019", "'")))
			continue
		}
		dst = append(dst, all[:len(t.Text)])
		all = all[len(t.Text):]
	}
	return dst
}

// upperASCII upper-cases b, whose length is a multiple of 8 and whose
// bytes are all ASCII, eight bytes at a time (asciicase.Upper).
func upperASCII(b []byte) {
	for i := 0; i+8 <= len(b); i += 8 {
		binary.LittleEndian.PutUint64(b[i:], asciicase.Upper(binary.LittleEndian.Uint64(b[i:])))
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// prefilterWordsCaps is prefilterWords that also fills caps (when not
// nil) with whether each word of the first list is capitalised.
func prefilterWordsCaps(s nlp.Sentence, buf, joined []string, caps *[]bool) ([]string, []string) {
	if caps != nil {
		*caps = slices.Grow((*caps)[:0], len(s.Tokens))
		for _, t := range s.Tokens {
			*caps = append(*caps, t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z')
		}
	}
	buf, joined = upperWords(buf[:0], s), slices.Grow(joined[:0], len(s.Tokens))
	for k, t := range s.Tokens {
		w := buf[k]
		if k > 0 && len(joined) > 0 && touching(s, k-1) && (hyphenated(s.Tokens[k-1].Text) || hyphenated(t.Text)) &&
			t.Text != "--" && s.Tokens[k-1].Text != "--" {
			joined[len(joined)-1] += w
			continue
		}
		joined = append(joined, w)
	}
	return buf, joined
}

func hyphenated(s string) bool {
	return s == "-" || s == "\u2010" || s == "\u2011" || strings.HasSuffix(s, "-") || strings.HasPrefix(s, "-")
}

// touching reports whether tokens k and k+1 are written without white
// space between them.
func touching(s nlp.Sentence, k int) bool {
	return s.Tokens[k].End == s.Tokens[k+1].Start
}

// mayCode reports whether the words of hw hold p.need non-overlapping
// actor or agent phrases, one of them (when two are needed) not a
// business's. With fewer than two the coder finds no event: it needs a
// coded source and a different coded target; with businesses alone
// ("Acme Corp said its shareholders ...") it finds none that is kept
// (GUIDELINES sec. 1: business news without a political actor). A
// pronoun counts as a business's until the article has named another
// kind of actor (actors.Document.NamedParty).
//
// caps tells which words are capitalised in the text: a surname only
// counts capitalised ("Bush", not "bush"), and not at all when caps is
// nil. The surnames doc has learned from earlier sentences of the
// article ("president Pierre Peladeau" makes "Peladeau" an actor) count
// too.
func (p prefilter) mayCode(hw *dictionary.Words, caps []bool, doc *actors.Document) bool {
	return p.mayCodeLanes(hw, caps, doc, 1)
}

// withheldAt reports whether word i of words (upper case) withholds
// comment under a modal of refusal, or has none, an act of one actor (the
// coder's declinedComment): "would not comment", "won't say", "will not be
// drawn", "had no immediate comment".
func withheldAt(words []string, i int) bool {
	not := func(k int) bool { return k >= 0 && (words[k] == "NOT" || words[k] == "N'T") }
	modal := func(k int) bool { return k >= 0 && (words[k] == "WOULD" || words[k] == "WILL" || words[k] == "WO") }
	switch words[i] {
	case "DRAWN":
		return i >= 3 && words[i-1] == "BE" && not(i-2) && modal(i-3)
	case "COMMENT", "ELABORATE", "SPECULATE", "SAY", "DISCUSS", "DISCLOSE", "CONFIRM":
		if i >= 2 && not(i-1) && modal(i-2) {
			return true
		}
		// "had no immediate comment", "has no comment".
		k := i - 1
		if k >= 0 && (words[k] == "IMMEDIATE" || words[k] == "FURTHER") {
			k--
		}
		return words[i] == "COMMENT" && k >= 1 && words[k] == "NO" && (words[k-1] == "HAD" || words[k-1] == "HAS" || words[k-1] == "HAVE")
	}
	return false
}

// mayCodeEither reports mayCode(hw, caps, doc) || mayCode(hw, nil, doc)
// in one pass over the words: the two read the same dictionary phrases
// at each word and differ only in what capitalisation adds (surnames,
// committees of the House, nationalities' plurals, organisations' head
// words, "North and South Korea"), so the phrases are looked up once.
// An article's sentence is asked both when no hyphen joined its words.
func (p prefilter) mayCodeEither(hw *dictionary.Words, caps []bool, doc *actors.Document) bool {
	return p.mayCodeLanes(hw, caps, doc, 2)
}

// mayCodeLanes follows the actor phrases of hw in lanes (1 or 2) at
// once: lane 0 with capitalisation caps (as mayCode(hw, caps, doc)),
// lane 1 without (as mayCode(hw, nil, doc)); it reports whether one of
// them holds p.need phrases.
func (p prefilter) mayCodeLanes(hw *dictionary.Words, caps []bool, doc *actors.Document, lanes int) bool {
	if p.need <= 0 {
		return true
	}
	words := hw.List
	// The first end of an actor phrase with capitalisation (lane 0)
	// and without (lane 1), and of one that is not a business's.
	firstEnd, firstPartyEnd := [2]int{-1, -1}, [2]int{-1, -1}
	oneActorAct := false
	for i := range words {
		w := words[i]
		if !oneActorAct && p.need == 2 && (coder.ActsAlone(w) || withheldAt(words, i)) {
			oneActorAct = true // a verb whose event needs one actor only
			if slices.ContainsFunc(firstEnd[:lanes], func(e int) bool { return e >= 0 }) {
				return true
			}
		}
		if p.pronouns && i+1 < len(words) && (w == "BOTH" || w == "TWO" && i > 0 && words[i-1] == "THE") &&
			actors.PairNoun(words[i+1]) {
			return true // "the two leaders" stands for two actors
		}
		if p.need == 2 && p.sharedHeadPair(hw, caps, i) {
			return true // "North and South Korea" (never without capitalisation)
		}
		// The end of the actor phrase at word i in each lane, -1 for
		// none; business tells that the phrase at i stands for a
		// business only (a company, its people, a pronoun before the
		// article has named anyone else), in both lanes.
		end := [2]int{-1, -1}
		business := false
		if p.pronouns && actorPronoun(w) && !(i > 0 && groupPrep(words[i-1])) {
			end = [2]int{i + 1, i + 1}
			business = !doc.NamedParty() || personPronoun(w) && !doc.NamedPartyPerson()
		} else if p.pronouns && caps != nil && caps[i] && w == "IT" && doc.NamedParty() {
			// "It has asked for a renewal of offers": a capitalised
			// "It" opening a sentence stands for the state or body
			// the article named before, as "he" for a person.
			end[0] = i + 1
		} else if p.pronouns && caps != nil && caps[i] && (p.surnames[w] || doc.KnowsName(w)) && !monthDate(words, i) {
			end[0] = i + 1
		}
		if p.pronouns && caps != nil {
			if e := houseBodyEnd(words, caps, i); e > end[0] {
				end[0] = e // "the House Ways and Means Committee" (see package actors)
			}
		}
		if e := shadowTitleEnd(words, i); e >= 0 {
			// "the shadow work and pensions secretary" (see package actors)
			end[0], end[1] = max(end[0], e), max(end[1], e)
		}
		definite := i > 0 && (words[i-1] == "THE" || words[i-1] == "THIS" || words[i-1] == "THESE" || words[i-1] == "SUCH")
		purposed := i+1 < len(words) && words[i+1] == "TO" && strings.HasSuffix(w, "S") // "plans to close the base"
		if p.pronouns && (definite || purposed) && (coder.MeasureWord(w) || coder.JudgedActWord(w)) {
			// "The Tories said the bill was a shambles": a measure
			// no one is named for, which the opposition's criticism
			// aims at its government (see coder.MeasureWord), as it
			// does a government's act ("said the move was wrong",
			// coder.JudgedActWord).
			for k := range end {
				if end[k] < 0 {
					end[k] = i + 1
				}
			}
		}
		if p.set.Actors != nil {
			if m, ok := p.set.Actors.LongestMatchWords(hw, i); ok {
				business = end[0] < 0 && end[1] < 0 && businessActor(m.Entries)
				end[0], end[1] = max(end[0], m.End), max(end[1], m.End)
			}
			if end[0] < 0 && caps != nil && caps[i] && len(w) > 4 && w[len(w)-1] == 'S' {
				// A nationality's plural ("Kenyans"; see package
				// actors).
				if m, ok := p.set.Actors.LongestMatch([]string{w[:len(w)-1]}, 0); ok && m.End == 1 {
					end[0] = i + 1
				}
			}
		}
		if p.set.Agents != nil {
			if m, ok := p.set.Agents.LongestMatchWords(hw, i); ok && m.End > i {
				business = (business || end[0] < 0 && end[1] < 0) && businessAgent(m.Entries)
				end = shorterEnds(end, m.End)
			}
		}
		if p.pronouns && p.suppActors != nil {
			if m, ok := p.suppActors.LongestMatchWords(hw, i); ok && m.End > i {
				business = (business || end[0] < 0 && end[1] < 0) && businessActor(m.Entries)
				end = shorterEnds(end, m.End)
			}
		}
		if p.pronouns && p.suppAgents != nil {
			if m, ok := p.suppAgents.LongestMatchWords(hw, i); ok && m.End > i {
				business = (business || end[0] < 0 && end[1] < 0) && businessAgent(m.Entries)
				end = shorterEnds(end, m.End)
			}
		}
		if p.pronouns && p.orgHeads != nil && caps != nil && caps[i] && i > 0 && caps[i-1] && end[0] < 0 {
			if m, ok := p.orgHeads.LongestMatchWords(hw, i); ok && m.End == i+1 {
				end[0] = m.End // "the Fair Trade Commission" (see package actors)
			}
		}
		for k, e := range end[:lanes] {
			if e < 0 {
				continue
			}
			if p.need <= 1 || oneActorAct {
				return true
			}
			// Two phrases, one of them not a business's: a company
			// and its people ("Acme Corp said its shareholders ...")
			// make no event.
			if business && firstPartyEnd[k] >= 0 && i >= firstPartyEnd[k] || !business && firstEnd[k] >= 0 && i >= firstEnd[k] {
				return true
			}
			if firstEnd[k] < 0 || e < firstEnd[k] {
				firstEnd[k] = e
			}
			if !business && (firstPartyEnd[k] < 0 || e < firstPartyEnd[k]) {
				firstPartyEnd[k] = e
			}
		}
	}
	return false
}

// businessActor reports whether every code of the entries of an actor
// phrase is a business's (MNC..., ...BUS): a company, no state or party.
func businessActor(entries []*dictionary.ActorEntry) bool {
	return len(entries) > 0 && !slices.ContainsFunc(entries, func(e *dictionary.ActorEntry) bool { return !businessEntry(e) })
}

// businessEntry reports whether every code of actor entry e is a
// business's.
func businessEntry(e *dictionary.ActorEntry) bool {
	for _, c := range e.Codes {
		if !strings.HasPrefix(c.Code, "MNC") && !strings.HasSuffix(c.Code, "BUS") {
			return false
		}
	}
	return true
}

// businessAgent reports whether every entry of an agent phrase codes a
// business (BUS): "the company", "bankers", "shareholders".
func businessAgent(entries []*dictionary.AgentEntry) bool {
	for _, e := range entries {
		if e.Code != "BUS" {
			return false
		}
	}
	return len(entries) > 0
}

// shorterEnds returns ends with each replaced by e when it is unset (-1)
// or longer: a shorter phrase found at the same word wins.
func shorterEnds(ends [2]int, e int) [2]int {
	for k := range ends {
		if ends[k] < 0 || e < ends[k] {
			ends[k] = e
		}
	}
	return ends
}

// sharedHeadPair reports whether words at i open two actors that share
// the end of their names: a capitalised word, "and", and an actor phrase
// whose first word the capitalised word replaces in another actor phrase
// ("North and South Korea", "East and West Germany").
func (p prefilter) sharedHeadPair(hw *dictionary.Words, caps []bool, i int) bool {
	words := hw.List
	if p.set.Actors == nil || caps == nil || i+3 >= len(words) || !caps[i] || words[i+1] != "AND" {
		return false
	}
	m, ok := p.set.Actors.LongestMatchWords(hw, i+2)
	if !ok || m.End < i+4 {
		return false
	}
	other := append([]string{words[i]}, words[i+3:m.End]...)
	o, ok := p.set.Actors.LongestMatch(other, 0)
	return ok && o.End == len(other)
}

// houseBodyEnd returns the end of a committee of the House beginning at
// word i ("HOUSE BANKING COMMITTEE", "HOUSE WAYS AND MEANS SUBCOMMITTEE"),
// which package actors codes as the chamber's, or -1: a capitalised
// "House", capitalised words or "and", and the committee word.
func houseBodyEnd(words []string, caps []bool, i int) int {
	if words[i] != "HOUSE" || !caps[i] {
		return -1
	}
	for j := i + 1; j < len(words) && j <= i+6; j++ {
		switch words[j] {
		case "COMMITTEE", "SUBCOMMITTEE", "PANEL", "COMMITTEES", "SUBCOMMITTEES", "PANELS":
			return j + 1
		case "AND":
			continue
		}
		if !caps[j] {
			return -1
		}
	}
	return -1
}

// shadowTitleEnd returns the end of an opposition spokesman's title
// beginning at word i ("SHADOW CHIEF SECRETARY", "SHADOW WORK AND
// PENSIONS SECRETARY"), which package actors codes as the opposition's,
// or -1: "shadow", then within five words an office word
// (actors.ShadowOffice).
func shadowTitleEnd(words []string, i int) int {
	if words[i] != "SHADOW" {
		return -1
	}
	for j := i + 1; j < len(words) && j <= i+5; j++ {
		if actors.ShadowOffice(words[j]) {
			return j + 1
		}
	}
	return -1
}

// storyDiscard reports whether the words hold a story discard phrase.
func (p prefilter) storyDiscard(words *dictionary.Words) bool {
	if p.set.Discards == nil || p.set.Discards.Len() == 0 {
		return false
	}
	_, story, _ := p.set.Discards.ScanWords(words)
	return story
}
