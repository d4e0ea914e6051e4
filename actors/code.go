package actors

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tacitus/dictionary"
	"tacitus/nlp"
)

// traits are what anaphora needs to know about an antecedent.
type traits uint8

const (
	trPerson  traits = 1 << iota // a single person (he, she)
	trPlural                     // a plural or coordination (they)
	trOrg                        // an organisation or country (they, it)
	trCountry                    // a bare country code
	trPlace                      // named as a place ("the war in Iraq"), no antecedent of "they"
	trInner                      // inside a phrase that is no actor ("Tony Blair's prediction")
	trSubject                    // the subject of its sentence's main verb
)

// scan is what the words of a phrase contain.
type scan struct {
	actor          *dictionary.ActorEntry
	actorCode      string
	actorLo, actHi int // token range of the actor match, inclusive
	actorNull      bool
	person         *dictionary.ActorEntry
	personCode     string
	perLo, perHi   int
	agents         int  // number of agents (in doc.agents)
	covered        bool // the head token is inside an actor or agent match
	agentCovered   bool // the head token is inside an agent match
	// unnamedSpokes: a spokesman of a name no dictionary knows ("a Sun
	// Chemical spokesman"), who speaks for nobody coded.
	unnamedSpokes bool
	// unknownBody: a post in a body whose name no dictionary knows
	// ("Jack Law, chief executive of Alcohol Focus Scotland"), which
	// says nothing of whom the person acts for (see unknownPostBody).
	unknownBody bool
	// foreign: a word outside any match says the phrase's people are of
	// another country than the one in context ("foreign firms",
	// "overseas investors"; "the foreign minister" is an agent match),
	// or of one the text does not know ("unidentified gunmen").
	foreign bool
	// creditor: "creditor" before the head ("its creditor banks"): the
	// phrase's people are a debtor's creditors (see creditorBanks).
	creditor bool
	// namesakeParty: the phrase named a party in opposition that the
	// dictionaries have governing at the story's date ("Conservative
	// opposition leader" in 1987), a namesake of another country's
	// party; the names after it are the leader's, not actors.
	namesakeParty bool
}

// agentHit is one agent found in a phrase.
type agentHit struct {
	code     string
	prefix   bool
	from, to int // the tokens the agent phrase matched (0 when it stands for no words of its own)
}

// scanPhrase finds the actors and agents in tokens lo..hi (inclusive),
// left to right, taking the longest match at each position.
func (st *state) scanPhrase(lo, hi, head int) scan {
	var sc scan
	d := st.doc
	d.agents = d.agents[:0]
	spokes, unnamed := false, false
	// bareNegotiator: the spokes-word is "negotiator(s)", which speak
	// for a government only when the phrase names its country ("U.S.
	// negotiators"): the country of the context is as often the other
	// side's ("Nogales said negotiators had achieved success").
	bareNegotiator := false
	counsel := -1
	// roleAgent: an agent word other than counsel's, written as a common
	// noun (a principal's role, "the jailed tycoon"; not a name's word,
	// "Lawyer Louise Christian").
	roleAgent := false
	// firmPost: the last token of a firm's post the phrase named
	// ("Norland vice-president"; see unnamedOfficial), 0 if none.
	firmPost := 0
	for i := lo; i <= hi; {
		if i > lo && string(d.lower(st.tok(i-1).Text)) == "ethnic" {
			// "ethnic Albanian separatists in Kosovo": a people,
			// not the state of that name.
			if _, end, ok := st.actorAt(i, hi); ok && end == i {
				i++
				continue
			}
		}
		e, end, ok := st.actorAt(i, hi)
		if ok {
			if _, aend, longer := st.agentAt(i, hi); longer && aend > end {
				// "the Nigeria Labour Congress", "the Zimbabwe
				// Congress of Trade Unions": a longer agent phrase
				// wins over an actor (the Labour party, the US
				// Congress) that starts it.
				ok = false
			}
		}
		if ok {
			c, has := e.CodeAt(st.date)
			if st.r.persons[e] && has && !c.Null() {
				if sc.person == nil {
					// A person of a state that was then part of a
					// federation acts for the federation
					// ("Eduard Shevardnadze" in 1987 is Soviet).
					sc.person, sc.personCode, sc.perLo, sc.perHi = e, historicalCountry(c.Code, st.countryDate()), i, end
				}
			} else if st.r.persons[e] && !has && st.titleBefore(lo, i) {
				// "Shadow local government secretary Caroline
				// Spelman" in 2005: a person the dictionaries date
				// only from a later office is no null actor; the
				// title before the name says who acts.
			} else if sc.actor == nil && !sc.actorNull && !sc.namesakeParty {
				if has && !c.Null() {
					sc.actor, sc.actorCode, sc.actorLo, sc.actHi = e, c.Code, i, end
				} else {
					sc.actorNull = true
				}
			} else if sc.actor != nil && has && !c.Null() && len(sc.actorCode) == 3 && len(c.Code) > 3 && c.Code[:3] == sc.actorCode {
				// "U.S. Secretary of State": an office of the country
				// named first is the more precise code.
				sc.actorCode, sc.actHi = c.Code, end
			} else if sc.actor != nil && has && !c.Null() && strings.HasPrefix(c.Code, "MNC") && len(sc.actorCode) == 3 &&
				st.r.countries[sc.actorCode] && i <= head && head <= end {
				// "Japanese carmaker Toyota": a company the
				// dictionaries know keeps its own code (GUIDELINES
				// sec. 2: organisations keep their code whole), not
				// the nationality named before it.
				sc.actor, sc.actorCode, sc.actorLo, sc.actHi = e, c.Code, i, end
			} else if role := institutionRole(c.Code); sc.actor != nil && has && role != "" && len(sc.actorCode) == 3 && st.r.countries[sc.actorCode] &&
				i <= head && head <= end && st.r.countries[c.Code[:3]] {
				// "Peru's Congress", "Israel's Supreme Court", "the
				// Australian Senate": an institution the dictionaries
				// list for one country (Congress is USALEG, Phoenix's
				// bare SENATE is USAGOVLEG) belongs to the country
				// named.
				sc.actorCode, sc.actHi = sc.actorCode+role, end
			}
			if i <= head && head <= end {
				sc.covered = true
			}
			i = end + 1
			continue
		}
		if i < hi && string(d.lower(st.tok(i).Text)) == "shadow" {
			_, end, next := st.agentAt(i+1, hi)
			if k, ok := st.shadowTitle(i+1, hi); ok && k > end {
				end, next = k, true
			}
			if next {
				// "the shadow foreign secretary", "Shadow chancellor
				// Oliver Letwin", "the shadow work and pensions
				// secretary": the opposition's spokesman for the
				// office, not its holder.
				d.agents = append(d.agents, agentHit{code: "OPP"})
				if i <= head && head <= end {
					sc.covered, sc.agentCovered = true, true
				}
				i = end + 1
				continue
			}
		}
		if a, end, ok := st.agentAt(i, hi); ok {
			if end == i && st.broadcastGoods(i) {
				// "tariffs on Japanese television sets", "duties on
				// colour televisions": sets sold as goods, not the
				// press.
				i++
				continue
			}
			if firmPost > 0 && st.postDepartment(i, end, firmPost) {
				// "Norland vice-president of administration Peter
				// Wilk": the firm's department that the post
				// runs, not the state's administration.
				i = end + 1
				continue
			}
			if end < head && (st.backer(end) || st.ledBy(end)) {
				// "the Islamist-led government", "Iranian-backed
				// militias": who leads or backs the head is not
				// what the head is (TURGOV, not TURMUSGOV).
				i = end + 1
				continue
			}
			if end == i && i < hi && string(d.lower(st.tok(i).Text)) == "deputy" {
				// "Deputy Premier", "deputy foreign minister", "deputy
				// planning minister": the office's role, not Phoenix's
				// DEPUTY (a sheriff's deputy, COP).
				office := false
				for k := i + 1; k <= hi && k <= i+3 && !office; k++ {
					_, _, office = st.agentAt(k, hi)
				}
				if office {
					i++
					continue
				}
			}
			biz := end == i && st.businessAgent(i, lo, hi)
			if end == i && (spokesWords[string(d.lower(st.tok(i).Text))] || st.privateOfficial(i, lo) || st.unnamedOfficial(i, lo, hi, &sc) || biz || st.firmAgent(i, lo, sc)) ||
				end > i && st.hyphened(i) == end && st.unnamedOfficial(i, lo, hi, &sc) {
				// A spokesman speaks for a principal (see below).
				spokes = true
				if biz {
					unnamed = true // "Acme Inc said ... A spokesman declined to comment"
				}
				bareNegotiator = strings.HasPrefix(string(d.lower(st.tok(i).Text)), "negotiator")
				for k := lo; k < i; k++ {
					if (st.tok(k).UPOS == "PROPN" || FirmName(st.tok(k).Text) || st.capitalisedModifier(k, i)) && capitalisedWord(st.tok(k).Text) && !(sc.actor != nil && k >= sc.actorLo && k <= sc.actHi) && !(sc.person != nil && k >= sc.perLo && k <= sc.perHi) &&
						!st.addressedName(k) {
						unnamed = true // "a Sun Chemical spokesman", "a Japan Air Lines spokesman", "a Coastal spokesman"
					}
				}
				if i > lo && (st.tok(i-1).UPOS == "NOUN" || st.tok(i-1).UPOS == "ADJ") && privateHeads[string(d.lower(st.tok(i-1).Text))] {
					// (None of the words is an adjective, but the
					// tagger may take one for it: "a bourse
					// spokesman".)
					unnamed = true // "market leader Diageo", "team leader"
				}
				if unnamed && !spokesWords[string(d.lower(st.tok(i).Text))] {
					firmPost = end
				}
				for k := i + 1; k <= hi; k++ {
					w := st.tok(k).Text
					if st.tok(k).UPOS != "PROPN" || !capitalisedWord(w) || !(st.hasCase(k, "for") || st.hasCase(k, "of") || st.hasCase(k, "at")) || st.honorific(lo, k) {
						continue
					}
					if st.head(k) == i && st.unknownName(k, hi) {
						unnamed = true // "a spokesman for First Boston Inc"
					}
					if st.r.surnames[string(d.upper(w))] == nil && !d.KnowsName(w) {
						if _, _, named := st.actorAt(k, k); !named {
							if _, _, ag := st.agentAt(k, k); !ag {
								unnamed = true // "a spokesman for Apple"
							}
						}
					}
				}
			} else if st.formerTitle(i, &sc) && officeRoles[a.Code] {
				// "Russia's former defense minister": one who held
				// an office is an elite (GUIDELINES sec. 2), as
				// Phoenix has FORMER_PRIME_MINISTER.
				d.agents = append(d.agents, agentHit{code: "ELI"})
			} else if end == i && counselWords[string(d.lower(st.tok(i).Text))] {
				// Counsel act for a principal (see below).
				counsel = len(d.agents)
				d.agents = append(d.agents, agentHit{code: a.Code, prefix: a.Prefix})
			} else if a.Code == "REB" && sc.actor != nil && sc.actHi < i && st.genericParty(sc) {
				// "Labour rebels", "Tory rebels", "Republican
				// rebels": a party's rebels are its members in
				// parliament voting against their leaders, not
				// armed rebels.
				d.agents = append(d.agents, agentHit{code: "LEG"})
			} else if a.Code == "LEG" && sc.actor != nil && sc.actHi < i && len(sc.actorCode) == 6 && sc.actorCode[3:] == "OPP" &&
				memberWords[string(d.lower(st.tok(i).Text))] {
				// "Tory MP Nigel Waterson", "Lib Dem MPs", "Labour
				// MPs" in 1987: an opposition party's members of
				// parliament act for the opposition (GUIDELINES sec.
				// 9: Conservatives and Liberal Democrats are GBROPP);
				// the governing party's are its legislators (GOVLEG),
				// and the members of a congress are legislators
				// whatever their party (below).
			} else if a.Code == "OPP" && sc.actor != nil && sc.actHi < i && sc.person == nil && len(sc.actorCode) == 6 && sc.actorCode[3:] == "GOV" && partyEntry(sc.actor) {
				// "Conservative opposition leader" in a 1987
				// story from Athens: a party the dictionaries
				// have governing at the story's date is not in
				// opposition, so the name is a namesake of
				// another country's party (Greece's conservatives,
				// not Britain's). The opposition is the context's
				// country's, not the namesake's government.
				sc.actor, sc.actorCode, sc.namesakeParty = nil, "", true
				d.agents = append(d.agents, agentHit{code: a.Code, prefix: a.Prefix, from: i, to: end})
			} else if a.Code == "LEG" && sc.actor != nil && sc.actHi < i && len(sc.actorCode) == 6 && partyRoles[sc.actorCode[3:]] {
				// "Tory MPs", "Republican senators": a party's
				// members of parliament are legislators (GUIDELINES
				// sec. 2), of the party's country, as the governing
				// party's are through Phoenix's GOVLEG.
				sc.actorCode = sc.actorCode[:3]
				d.agents = append(d.agents, agentHit{code: a.Code, prefix: a.Prefix})
			} else {
				d.agents = append(d.agents, agentHit{code: a.Code, prefix: a.Prefix, from: i, to: end})
			}
			if i <= head && head <= end {
				sc.covered = true
				sc.agentCovered = true
			}
			roleAgent = roleAgent || counsel != len(d.agents)-1 && st.tok(i).UPOS != "PROPN"
			i = end + 1
			continue
		}
		if i < head && foreignWords[string(d.lower(st.tok(i).Text))] {
			sc.foreign = true
		}
		i++
	}
	if opposerWords[string(d.lower(st.tok(head).Text))] {
		// "a leading government critic", "regime opponents": the
		// agent before an opposer is whom it opposes, not its role.
		d.agents = slices.DeleteFunc(d.agents, func(a agentHit) bool { return a.to != 0 && a.to < head })
	}
	if counsel >= 0 && (sc.person != nil || sc.actor != nil && len(sc.actorCode) > 3 || roleAgent) {
		// "Clinton's lawyers", "a lawyer for Anwar Ibrahim": counsel
		// acting for a person or a group is coded as the principal
		// (GUIDELINES sec. 2), not as the judiciary; so is counsel
		// named with its principal's role ("lawyers for the jailed
		// Russian tycoon" are the tycoon's, business).
		d.agents = slices.Delete(d.agents, counsel, counsel+1)
	}
	if spokes && sc.actor != nil && sc.person == nil && len(d.agents) == 0 && len(sc.actorCode) == 3 && st.r.countries[sc.actorCode] && st.firmNamed(sc.actorLo, sc.actHi) && st.firmWords(lo, head) >= 2 {
		// "American Express Co said ... American Express officials",
		// "Anglo American spokesman John Smith": the country's name
		// is the lead's firm's, whose spokesman speaks for nobody
		// the dictionaries know. (Two of the name's words at least:
		// "The U.S. Austin Co" opens no name of "U.S. officials".)
		unnamed, sc.actor, sc.actorCode = true, nil, ""
	}
	st.dropPostTitle(sc)
	sc.unknownBody = sc.person == nil && st.unknownPostBody(hi)
	if spokes && !unnamed && len(d.agents) == 0 && sc.person == nil && (sc.actor == nil && !bareNegotiator || sc.actor != nil && len(sc.actorCode) == 3 && st.r.countries[sc.actorCode]) {
		// "Presidential spokesman Marlin Fitzwater", "a U.S.
		// spokesman": a spokesman of a country, or of nobody named,
		// speaks for its government; the spokesman of a person, an
		// organisation or a party ("Blair's spokesman", "a GM
		// spokesman", "an EC Commission spokesman", "Tory spokesman")
		// is coded as that principal, and one of a name no dictionary
		// knows ("a Sun Chemical spokesman") is nobody's.
		d.agents = append(d.agents, agentHit{code: "GOV"})
	}
	if len(d.agents) == 0 && sc.actor == nil && sc.person == nil && !sc.actorNull && head == hi &&
		crowdNumbers[string(d.lower(st.tok(head).Text))] && strings.HasPrefix(st.tok(head).Rel, "nsubj") {
		// "Thousands rallied against the government": a crowd
		// counted and nothing else is citizens ("thousands of
		// dollars" has its noun).
		d.agents = append(d.agents, agentHit{code: "CVL"})
		sc.covered, sc.agentCovered = true, true
	}
	for k := lo; k < head; k++ {
		// "creditor" may be inside an agent match ("creditor banks").
		sc.creditor = sc.creditor || string(d.lower(st.tok(k).Text)) == "creditor"
	}
	sc.agents = len(d.agents)
	sc.unnamedSpokes = spokes && unnamed && sc.agents == 0 && sc.person == nil && sc.actor == nil
	return sc
}

// dropPostTitle drops the GOV agent of a post held in a body
// ("president", "chairman", "chief", staffWords, staffPlurals) whose "of", "for" or
// "at" phrase names that body with a role of its own: "William Bywater,
// president of the International Union of Electronic Workers" speaks for
// the union (LAB), "the president of the Argentine Senate" for the
// Senate (ARGLEG). A post of a country alone keeps its office ("the
// president of France").
func (st *state) dropPostTitle(sc scan) {
	d := st.doc
	for i := 0; i < len(d.agents); i++ {
		a := d.agents[i]
		if a.code != "GOV" || a.to == 0 {
			continue
		}
		if w := string(d.lower(st.tok(a.to).Text)); !staffWords[w] && !staffPlurals[w] {
			continue
		}
		body := sc.actor != nil && sc.actorLo > a.to && st.postOf(sc.actHi, a.to) &&
			!(len(sc.actorCode) == 3 && st.r.countries[sc.actorCode])
		for _, b := range d.agents[i+1:] {
			body = body || b.from > a.to && st.postOf(b.to, a.to)
		}
		if body {
			d.agents = slices.Delete(d.agents, i, i+1)
			i--
		} else if role := st.postBodyRole(a); role != "" {
			// "Hans Weber, president of the German Steel
			// Association", "German Steel Association president Hans
			// Weber": the head of a body no dictionary lists, named
			// with a kind word (OrgHeadsFile), acts for that body
			// (DEUNGO), not for a government.
			d.agents[i].code, d.agents[i].prefix = role, false
		}
	}
}

// postBodyRole returns the role (see orgRole) of the body in which the
// post of agent a is held, when that body is named by an organisation's
// kind word ("Association", "Union", "Institute") with another role than
// a state body's: the name is an "of", "for" or "at" phrase of the post
// ("president of the German Steel Association") or a compound before it
// ("German Steel Association president"), and no dictionary actor's
// phrase covers the kind word ("the Soviet Union", "the Russian
// Federation") nor is the name only its country's and the kind word
// ("the Swiss Confederation", see ownWord). It returns "" otherwise.
func (st *state) postBodyRole(a agentHit) string {
	for j := 1; j <= st.n; j++ {
		if st.head(j) != a.to || !capitalisedWord(st.tok(j).Text) {
			continue
		}
		before := j < a.from && st.tok(j).Rel == "compound"
		after := j > a.to && st.postOf(j, a.to)
		if !before && !after {
			continue
		}
		lo := j
		for k := j - 1; k >= 1 && st.head(k) == j && (capitalisedWord(st.tok(k).Text) || st.tok(k).UPOS == "ADJ"); k-- {
			lo = k
		}
		if st.actorOver(lo, j) || !st.ownWord(lo, j) {
			continue // "President of the Russian Federation", "of the Swiss Confederation": a state's
		}
		if role := st.orgRole(j, lo); role != "" && !stateRoles[role] {
			return role
		}
	}
	return ""
}

// ownWord reports whether the name of tokens lo..j (j its kind word)
// has a word of its own besides its country's: a capitalised word before
// j outside any actor match ("Steel" in "the German Steel Association")
// or an "of" phrase after j ("the Federation of Korean Industries").
func (st *state) ownWord(lo, j int) bool {
	if j < st.n && st.tok(j+1).Text == "of" {
		return true
	}
	for i := lo; i < j; {
		if _, to, ok := st.actorAt(i, j-1); ok {
			i = to + 1
			continue
		}
		if capitalisedWord(st.tok(i).Text) {
			return true
		}
		i++
	}
	return false
}

// actorOver reports whether a dictionary actor's phrase starting among
// tokens lo..j covers token j (the head of a name).
func (st *state) actorOver(lo, j int) bool {
	for i := lo; i <= j; i++ {
		if _, to, ok := st.actorAt(i, j); ok && to >= j {
			return true
		}
	}
	return false
}

// unknownPostBody reports whether a post of the phrase (an agent match
// ending in a staffWords word, tokens up to hi) has an "of", "for" or "at"
// phrase that is a name no dictionary knows: a capitalised word of the
// name outside any actor or agent match, no agent in it, and no actor
// but a bare country heading it ("chief executive of Alcohol Focus
// Scotland", "president of Sequoia"), or a field of work ("vice
// president of corporate affairs"; not "chief executive of Oxfam",
// "president of the Farm Credit Corporation"). As with staffAt, such a
// person is left uncoded rather than given the post's role in a
// country the context supplies.
func (st *state) unknownPostBody(hi int) bool {
	d := st.doc
	for _, a := range d.agents {
		if a.to == 0 || !staffWords[string(d.lower(st.tok(a.to).Text))] {
			continue
		}
		for j := a.to + 1; j <= hi; j++ {
			if st.head(j) == a.to && baseRel(st.tok(j).Rel) == "nmod" && (capitalisedWord(st.tok(j).Text) || st.department(j)) &&
				(st.hasCase(j, "of") || st.hasCase(j, "for") || st.hasCase(j, "at")) && st.unknownName(j, hi) {
				return true
			}
		}
	}
	return false
}

// unknownName reports whether the name headed by token j (its
// capitalised compound, flat and amod words, j, and the capitalised words
// under j right after it) holds a capitalised
// word outside any actor or agent match, no agent, and no actor but a
// bare country over j.
func (st *state) unknownName(j, hi int) bool {
	lo := j
	for k := j - 1; k >= 1 && st.head(k) == j && capitalisedWord(st.tok(k).Text); k-- {
		switch st.tok(k).Rel {
		case "compound", "flat", "amod":
			lo = k
			continue
		}
		break
	}
	end := j
	for k := j + 1; k <= hi && capitalisedWord(st.tok(k).Text) && st.below(k, j); k++ {
		// ("Alcohol Focus Scotland" parsed with "Focus Scotland" an
		// apposition of "Alcohol".)
		end = k
	}
	if st.orgRole(end, lo) != "" {
		return false // "the Brazilian Coffee Institute"
	}
	if st.ownedByActor(j) {
		return false // "the World Bank's International Finance Corp"
	}
	if _, last := st.subtreeRange(j, j, j, 0); last > end {
		// "the Mergers and Acquisitions Department of the broker's
		// London office": the words after the name may name its owner.
		end = min(last, hi)
	}
	unknown := st.department(j)
	for i := lo; i <= end; {
		if e, to, ok := st.actorAt(i, end); ok {
			c, has := e.CodeAt(st.date)
			if (i <= j && j <= to || i > j) && (!has || c.Null() || !(len(c.Code) == 3 && st.r.countries[c.Code])) {
				return false
			}
			i = to + 1
			continue
		}
		if _, _, ok := st.agentAt(i, end); ok || nlp.FirmNoun(st.tok(i).Text) {
			return false // ("the broker's London office": a firm)
		}
		unknown = unknown || capitalisedWord(st.tok(i).Text)
		i++
	}
	return unknown
}

// ownedByActor reports whether the name headed by token j has a possessor
// that is a dictionary actor other than a bare country ("the World
// Bank's International Finance Corp"): the body is a part of that actor,
// whose code it takes. A country's possessive ("Japan's Fair Trade
// Commission") does not say which of its bodies the name is.
func (st *state) ownedByActor(j int) bool {
	d := st.doc
	for c := d.first[j]; c != 0; c = d.next[c] {
		k := int(c)
		if st.tok(k).Rel != "nmod:poss" || st.tok(k).UPOS != "PROPN" {
			continue
		}
		lo, hi := st.span(k)
		for i := lo; i <= hi; i++ {
			if e, to, ok := st.actorAt(i, hi); ok {
				if c, has := e.CodeAt(st.date); has && !c.Null() && !(len(c.Code) == 3 && st.r.countries[c.Code]) {
					return true
				}
				i = to
			}
		}
	}
	return false
}

// department reports whether token j is a bare common noun, a field of
// work rather than a body ("vice president of corporate affairs",
// "director of marketing"): no determiner, lower case.
func (st *state) department(j int) bool {
	return st.tok(j).UPOS == "NOUN" && !capitalisedWord(st.tok(j).Text) && !st.hasRel(j, "det")
}

// postOf reports whether token j lies under the "of", "for" or "at"
// phrase of post p ("president of the ... Union": the union).
func (st *state) postOf(j, p int) bool {
	for steps := 0; j > 0 && steps < st.n; steps++ {
		h := st.head(j)
		if h == p {
			return baseRel(st.tok(j).Rel) == "nmod" && (st.hasCase(j, "of") || st.hasCase(j, "for") || st.hasCase(j, "at"))
		}
		j = h
	}
	return false
}

// shadowTitle returns the last token of an opposition frontbencher's
// title that starts at token i, after "shadow", when its words are not
// one agent phrase of the dictionaries ("shadow work and pensions
// secretary", "Shadow Constitutional Affairs Secretary", "shadow Europe
// minister"): up to five nouns, adjectives or "and" ending in an office
// word (shadowOffices).
func (st *state) shadowTitle(i, hi int) (int, bool) {
	for k := i; k <= hi && k < i+6; k++ {
		w := string(st.doc.lower(st.tok(k).Text))
		if shadowOffices[w] {
			return k, true
		}
		if u := st.tok(k).UPOS; u != "NOUN" && u != "PROPN" && u != "ADJ" && w != "and" {
			return 0, false
		}
	}
	return 0, false
}

// ShadowOffice reports whether word (upper case, as the dictionaries'
// phrases are) is an office word that ends an opposition spokesman's title
// after "shadow" ("SECRETARY" in "shadow work and pensions secretary").
func ShadowOffice(word string) bool { return shadowOffices[strings.ToLower(word)] }

// shadowOffices (lower case) end the title of an opposition spokesman
// for an office (see shadowTitle).
var shadowOffices = map[string]bool{
	"secretary": true, "minister": true, "chancellor": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true,
}

// titleBefore reports whether an agent phrase (a title: "secretary",
// "shadow home secretary") starts among tokens lo..i-1, before a name at
// token i.
func (st *state) titleBefore(lo, i int) bool {
	for k := lo; k < i; k++ {
		if _, _, ok := st.agentAt(k, i-1); ok {
			return true
		}
	}
	return false
}

// memberWords (lower case) start the titles of members of a parliament
// ("MP", "MPs", "member of parliament"), as opposed to a congress's
// ("senator", "congressman").
var memberWords = map[string]bool{"mp": true, "mps": true, "member": true, "members": true}

// addressedName reports whether token k is a known person's surname
// after a form of address, or that form of address ("Mr Blair" in "Mr
// Blair's spokesman"): a principal the dictionaries know, not an
// unknown name.
func (st *state) addressedName(k int) bool {
	if Honorific(st.tok(k).Text) {
		k++
		if k > st.n {
			return false
		}
	} else if k < 2 || !Honorific(st.tok(k-1).Text) {
		return false
	}
	return st.personCountry(k) != ""
}

// partyRoles are the roles of parties out of government: an opposition
// party (OPP) and a party neither governing nor in opposition (PTY).
var partyRoles = map[string]bool{"OPP": true, "PTY": true}

// foreignWords (lower case) before an agent's noun make its people of
// another country than the context's ("Russia barred foreign firms"),
// or of one the text does not know ("unidentified aircraft attacked
// three Iranian oil sites", "unknown gunmen"): either way of no country
// the text names.
var foreignWords = map[string]bool{"foreign": true, "overseas": true, "foreign-owned": true, "unidentified": true, "unknown": true}

// officeRoles are the agent roles of offices that one can have held.
var officeRoles = map[string]bool{"GOV": true, "LEG": true, "MIL": true, "JUD": true, "COP": true, "GOVMIL": true, "GOVJUD": true, "GOVCOP": true}

// formerTitle reports whether the title starting at token i (1-based) is
// put in the past by a word before it, directly or before the title's
// modifiers ("former minister", "former defense minister", "ex-premier"):
// "former", "ex-", "erstwhile", "onetime".
//
// The words of the phrase's actor (sc) are stepped over: "former British
// ambassador Nicholas Henderson", "former IMF director".
func (st *state) formerTitle(i int, sc *scan) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if sc.actor != nil && k >= sc.actorLo && k <= sc.actHi {
			continue
		}
		switch w := string(st.doc.lower(st.tok(k).Text)); {
		case formerWords[w]:
			return true
		case w == "-":
			return k >= 2 && string(st.doc.lower(st.tok(k-1).Text)) == "ex"
		}
		if u := st.tok(k).UPOS; u != "NOUN" && u != "ADJ" || !isLower(st.tok(k).Text) {
			return false
		}
	}
	return false
}

// formerWords (lower case) put the title or name after them in the past
// ("former", "ex-"; "ex" alone before a hyphen is a word of its own).
var formerWords = map[string]bool{"former": true, "ex-": true, "erstwhile": true, "onetime": true, "one-time": true}

// privateOfficial reports whether token i (1-based; the phrase starts
// at lo) is "official" or "officials" after a noun of privateHeads ("a
// party official", "campaign officials"): an official of a party, a firm
// or a team speaks for it as its spokesman does, and holds no office of
// the state.
func (st *state) privateOfficial(i, lo int) bool {
	switch string(st.doc.lower(st.tok(i).Text)) {
	case "official", "officials":
		return i > lo && st.tok(i-1).UPOS == "NOUN" && privateHeads[string(st.doc.lower(st.tok(i-1).Text))]
	}
	return false
}

// unnamedOfficial reports whether token i (1-based; the phrase is
// lo..hi, sc its scan so far) is "official" or "officials" of a body no
// dictionary knows: a capitalised proper noun before it outside the
// phrase's actor and person matches and not a name or an acronym the
// article has introduced ("Contel officials", "Japan Line officials"),
// or an "of", "for" or "at" phrase that is such a name ("officials of
// First Boston Inc"; not "officials of Britain's Export Credits
// Guarantee Department"). Such an official speaks for a firm, as its
// spokesman does, and holds no office of the state the context would
// give him.
//
// A firm's post named after such a name ("Sulpetro president Michael
// Williams", "Soffex president Rudolf Mueller", "a Pennzoil attorney";
// see firmPosts) is that firm's officer or counsel in the same way: the
// bare word is a government's (or the judiciary's) agent in the
// dictionaries, but a company's president holds no office of the state.
// A possessor's name ("Ms. Lewinsky's lawyers") is a person's, not a
// firm's. (A name the tagger does not read as a proper noun, "Data
// General president", is still taken for the state's.)
func (st *state) unnamedOfficial(i, lo, hi int, sc *scan) bool {
	d := st.doc
	w := string(d.lower(st.tok(i).Text))
	if last := st.hyphened(i); last > i {
		// "Teck vice-president John Guminski": the post is the
		// whole hyphened word.
		w = strings.ToLower(d.alt[d.altOf[i]])
		i = last
	}
	post := firmPosts[w]
	if w != "official" && w != "officials" && !post {
		return false
	}
	for k := lo; k < i; k++ {
		t := st.tok(k)
		if t.UPOS == "PROPN" && capitalisedWord(t.Text) && !d.KnowsName(t.Text) && !d.Bracketed(t.Text) &&
			!(sc.actor != nil && k >= sc.actorLo && k <= sc.actHi) && !(sc.person != nil && k >= sc.perLo && k <= sc.perHi) &&
			!(post && (st.inAgentMatch(k) || st.commaBetween(k, i) || st.orgHeadBefore(k, i) || st.possessiveBetween(k, i))) {
			_, _, ag := st.agentAt(k, k)
			_, _, named := st.actorAt(k, hi)
			if !ag && !named {
				return true
			}
		}
	}
	if post {
		// A post of an unknown body named after it ("chief executive
		// of Alcohol Focus Scotland") is unknownPostBody's.
		return false
	}
	for k := i + 1; k <= hi; k++ {
		if st.head(k) == i && st.tok(k).UPOS == "PROPN" && capitalisedWord(st.tok(k).Text) &&
			(st.hasCase(k, "of") || st.hasCase(k, "for") || st.hasCase(k, "at")) && !st.hasRel(k, "nmod:poss") && st.unknownName(k, hi) {
			return true
		}
	}
	return false
}

// postDepartment reports whether tokens i..end (an agent match) are an
// "of" phrase of the post ending at token post: the department a firm's
// officer runs ("vice-president of administration", "director of
// government relations").
func (st *state) postDepartment(i, end, post int) bool {
	for k := i; k <= end; k++ {
		if st.head(k) == post && st.hasCase(k, "of") {
			return true
		}
	}
	return false
}

// hyphened returns the last token of the hyphened word that token i
// (1-based) opens ("vice - president" parsed as three tokens), or 0 when
// no such word starts at i.
func (st *state) hyphened(i int) int {
	d := st.doc
	if !d.hasAlt {
		return 0
	}
	k := d.altOf[i]
	if int(d.altFirst[k]) != i || d.altLast[k] == d.altFirst[k] {
		return 0
	}
	return int(d.altLast[k])
}

// firmPosts (lower case) are the posts a firm has under the same word as
// a state, and its counsel (see unnamedOfficial); "chief" and "head" are
// not among them ("Army chief", "Cabinet chief").
var firmPosts = map[string]bool{
	"president": true, "vice-president": true, "chairman": true, "chairwoman": true,
	"director": true, "executive": true, "manager": true,
	"attorney": true, "attorneys": true, "lawyer": true, "lawyers": true,
}

// inAgentMatch reports whether token k is inside an agent match already
// found in the phrase ("Foreign" in "Senate Foreign Relations Committee
// chairman").
func (st *state) inAgentMatch(k int) bool {
	for _, a := range st.doc.agents {
		if a.to != 0 && a.from <= k && k <= a.to {
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma stands between tokens k and i
// (k < i): a name set off before a post ("Kenneth Blaylock, president of
// the union") is the holder's, not the body's.
func (st *state) commaBetween(k, i int) bool {
	for j := k + 1; j < i; j++ {
		if st.tok(j).Text == "," {
			return true
		}
	}
	return false
}

// possessiveBetween reports whether a possessive ending ("'s", "'")
// stands between tokens k and i (k < i): "Ms. Lewinsky's lawyers" are a
// person's.
func (st *state) possessiveBetween(k, i int) bool {
	for j := k + 1; j < i; j++ {
		if w := st.tok(j).Text; w == "'s" || w == "'" || w == "’s" {
			return true
		}
	}
	return false
}

// orgHeadBefore reports whether a word of tokens k..i-1 heads
// organisations' names (see OrgHeadsFile): "Commission President Justice
// Barry Maddern", "Coffee Institute president" hold a body's office,
// which orgRole codes, not a firm's.
func (st *state) orgHeadBefore(k, i int) bool {
	if st.r.orgHeads == nil {
		return false
	}
	for j := k; j < i; j++ {
		if m, ok := st.r.orgHeads.LongestMatch(st.doc.words[:j], j-1); ok && m.End == j {
			return true
		}
	}
	return false
}

// businessAgent reports whether token i, ending the phrase lo..hi, is a
// bare spokesman or official of a business story (see Document.SetLead):
// a spokesman, spokesmen, an official or officials with nothing before
// the word but determiners, numbers and businessModifiers ("a spokesman",
// "the spokesman", "another official", "senior officials", "a group
// spokesman") and nothing after it. He speaks for the firm of the story,
// which no dictionary codes, not for the government of the country in
// context; an agent the phrase names ("a Treasury spokesman", "a
// government spokesman", "a spokesman for the ministry", "U.S.
// officials") keeps its principal, and so does one whose principal an
// earlier mention gave ("a Treasury spokesman said ... The spokesman
// added"), and so does one after a spokesman of a party that is no
// business. His name may follow the word ("spokesman Michel Dufour"):
// a name the dictionaries know codes him as that person all the same.
func (st *state) businessAgent(i, lo, hi int) bool {
	d := st.doc
	if !d.firmLead || i != hi && !st.nameAfter(i, hi) || st.tok(i).Rel == "conj" {
		// (A conjunct shares the modifiers of the first: "U.S.
		// manufacturers and officials".)
		return false
	}
	switch w := string(d.lower(st.tok(i).Text)); w {
	case "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "official", "officials":
	default:
		return false
	}
	for k := lo; k < i; k++ {
		t := st.tok(k)
		if t.UPOS == "DET" || t.UPOS == "NUM" || businessModifiers[string(d.lower(t.Text))] && isLower(t.Text) {
			continue
		}
		return false
	}
	if a, ok := d.findSpokes(); ok && partyCode(a.m.Code) {
		// The story has turned to a government's spokesman ("A West
		// German government spokesman said ... The cabinet will
		// meet again next week, a spokesman said"): the context
		// codes him, as in any story.
		return false
	}
	return true
}

// nameAfter reports whether tokens i+1..hi are all capitalised proper
// nouns: a person's name after his title ("spokesman Michel Dufour").
func (st *state) nameAfter(i, hi int) bool {
	for k := i + 1; k <= hi; k++ {
		if t := st.tok(k); t.UPOS != "PROPN" || !capitalisedWord(t.Text) {
			return false
		}
	}
	return true
}

// firmNamed reports whether tokens lo..hi are all words of the name of
// the firm of a business story's lead (see Document.SetLead).
func (st *state) firmNamed(lo, hi int) bool {
	for k := lo; k <= hi; k++ {
		if !st.doc.firmWord(st.tok(k).Text) {
			return false
		}
	}
	return true
}

// firmAgent reports whether token i (the phrase starts at lo, sc is its
// scan so far) is an official or a spokesman whose phrase names the
// firm of a business story's lead by the words of its name, a country's
// among them ("American Express officials" after "American Express Co"):
// he speaks for the firm (see the end of scanPhrase).
func (st *state) firmAgent(i, lo int, sc scan) bool {
	d := st.doc
	if w := string(d.lower(st.tok(i).Text)); w != "official" && w != "officials" && !spokesWords[w] {
		return false
	}
	if sc.actor == nil || sc.actorLo < lo || !st.firmNamed(sc.actorLo, sc.actHi) || st.firmWords(lo, i) < 2 {
		return false
	}
	for k := lo; k < i; k++ {
		if t := st.tok(k); t.UPOS == "PROPN" && capitalisedWord(t.Text) && !d.firmWord(t.Text) {
			return false
		}
	}
	return true
}

// firmWords counts the tokens lo..hi-1 that are words of the name of
// the firm of a business story's lead.
func (st *state) firmWords(lo, hi int) int {
	n := 0
	for k := lo; k < hi; k++ {
		if st.doc.firmWord(st.tok(k).Text) {
			n++
		}
	}
	return n
}

// businessModifiers (lower case) may stand before the bare spokesman or
// official of a business story (see businessAgent) without naming
// another principal.
var businessModifiers = map[string]bool{
	"senior": true, "top": true, "other": true, "another": true, "chief": true, "corporate": true,
	"company": true, "group": true, "unnamed": true, "unidentified": true, "several": true,
}

// opposerWords (lower case) are agent nouns of people who oppose
// someone, whose modifiers name the opposed ("government critics").
var opposerWords = map[string]bool{"critic": true, "critics": true, "opponent": true, "opponents": true}

// privateHeads (lower case) before a leader or spokesman word make it a
// firm's, a team's, a band's or an unnamed party's: "market leader
// Diageo", "industry leaders", "a party spokesman" (which party the
// sentence does not say; a spokesman of no one named speaks for the
// government). An exchange is a market's: "a bourse spokesman", "stock
// exchange officials" speak for it, not for the state.
var privateHeads = map[string]bool{
	"market": true, "industry": true, "sector": true, "business": true, "company": true, "firm": true,
	"team": true, "squad": true, "club": true, "band": true, "project": true, "research": true,
	"party": true, "campaign": true, "bourse": true, "exchange": true,
}

// faithCodes are the religion codes that agents add ("Muslim", "Hindu").
var faithCodes = map[string]bool{"MUS": true, "CHR": true, "JEW": true, "HIN": true, "BUD": true, "REL": true}

// crowdNumbers (lower case) count a crowd on their own.
var crowdNumbers = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "scores": true}

// institutionRoles are the roles of state institutions that other
// countries have under the same name (a congress, a supreme court, a
// parliament).
var institutionRoles = map[string]bool{"LEG": true, "JUD": true, "GOV": true}

// institutionRole returns the role of an institution's code, a country
// and one role (USALEG) or a country, GOV and a role under it (Phoenix's
// USAGOVLEG for the US Congress): the last role when it is one of
// institutionRoles, "" otherwise.
func institutionRole(code string) string {
	if len(code) != 6 && !(len(code) == 9 && code[3:6] == "GOV") {
		return ""
	}
	if role := code[len(code)-3:]; institutionRoles[role] {
		return role
	}
	return ""
}

// counselWords are the words of agents who act for a principal in law:
// lawyers and attorneys.
var counselWords = map[string]bool{
	"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true,
}

// spokesWords are the words of agents that speak for a principal: its
// spokesmen, its leaders, its negotiators and its representatives, the
// plural only ("Representative Jim Wright" is a congressman's title).
// "U.S. negotiators" are the government's, "House negotiators" the
// House's, "union negotiators" the union's, "representatives of the
// sugar producers" the producers'.
var spokesWords = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokesmen": true,
	"spokeswomen": true, "spokespeople": true, "spokespersons": true,
	"leader": true, "leaders": true, "leadership": true,
	"negotiator": true, "negotiators": true,
	"representatives": true,
}

// orgPrefixes begin the codes of organisations rather than countries.
var orgPrefixes = []string{"IGO", "NGO", "NGM", "MNC", "UAF", "WEU"}

// IsOrganisation reports whether an actor code (or its first block) is an
// organisation's (IGO, NGO, MNC, ...) rather than a country's.
func IsOrganisation(code string) bool {
	for _, p := range orgPrefixes {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// ForeignAgent reports whether word (lower case) names a state's
// representation abroad: an embassy or envoy named without its country is
// not of the country where it is or that the article is about
// ("protesters stormed the embassy in Tehran").
func ForeignAgent(word string) bool { return foreignAgents[word] }

// Vessel reports whether word (lower case) names a ship, whose flag is
// no country of the context: "Iran seized an oil tanker" names none.
func Vessel(word string) bool { return vesselNouns[word] }

// TopicNoun reports whether word (lower case) is a noun that a country's
// name modifies when the country is what the text is about, not who acts:
// "the Iraq war", "the Iran arms scandal", "the House select Iran
// committees".
func TopicNoun(word string) bool { return topicNouns[word] }

var topicNouns = map[string]bool{
	"war": true, "wars": true, "inquiry": true, "inquiries": true, "conflict": true, "crisis": true,
	"debate": true, "dossier": true, "affair": true, "scandal": true, "hearings": true, "probe": true,
	"row": true, "dispute": true, "committee": true, "committees": true, "panel": true, "panels": true,
	"controversy": true, "question": true, "issue": true,
}

var foreignAgents = map[string]bool{
	"embassy": true, "embassies": true, "consulate": true, "consulates": true,
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true,
	"diplomat": true, "diplomats": true, "legation": true, "attache": true,
}

// withAgents composes base with the phrase's agents (spec sec. 4).
//
// A company's president, chairman or officials run a business, not a
// state: on a company's code (MNC, or one ending in BUS) the GOV agent is
// dropped ("a vice president at Merrill Lynch" is MNCUSA, as "Merrill
// Lynch officials" are). An international or non-governmental
// organisation keeps its code whole, as the guidelines code it: "10 Red
// Cross workers" are NGOHLHIRC, "UN officials" IGOUNO.
func (st *state) withAgents(base string) string {
	code := base
	if strings.HasPrefix(base, "IGO") || strings.HasPrefix(base, "NGO") {
		for _, a := range st.doc.agents {
			if a.code == "ELI" {
				// "Former IMF director Jacques Delacroix": one
				// who held an office of the organisation no longer
				// acts for it, and his own country is not named.
				return "---ELI"
			}
		}
		return code
	}
	company := strings.HasPrefix(base, "MNC") || len(base) > 3 && strings.HasSuffix(base, "BUS")
	named := len(base) >= 9 && !st.r.countries[base] // a named group: PSEREBHMS
	for i, a := range st.doc.agents {
		if company && a.code == "GOV" {
			continue
		}
		if a.code == "MIL" && slices.ContainsFunc(st.doc.agents[i+1:], func(b agentHit) bool { return b.code == "BUS" }) {
			// "helicopter manufacturer Sikorsky", "an arms
			// maker": a firm's products are no armed forces.
			continue
		}
		if a.code == "BUS" && slices.ContainsFunc(st.doc.agents[i+1:], func(b agentHit) bool { return b.code == "LAB" }) {
			// "bank workers", "factory employees": the workers of a
			// trade are labour (GUIDELINES sec. 2: unions, workers),
			// not its firms.
			continue
		}
		if named && faithCodes[a.code[:min(3, len(a.code))]] {
			// "the militant Muslim group Hamas": the group's code
			// already says what it is (PSEREBHMS, not
			// PSEREBHMSMUS).
			continue
		}
		code = addAgent(code, a.code, a.prefix)
	}
	return code
}

// actorAt returns the longest actor phrase starting at token i and ending
// at or before token hi, from the set or the supplement, on the tokens as
// split and with hyphenated tokens rejoined ("Al - Qaeda"). end is the
// last token of the match.
func (st *state) actorAt(i, hi int) (e *dictionary.ActorEntry, end int, ok bool) {
	if st.afterNameParticle(i) {
		// "Sheikh Ali al-Khalifa al-Sabah", "Prince Bandar bin
		// Sultan": a family's or a father's name, not the place or
		// actor of that name (Sabah, Malaysia).
		return nil, 0, false
	}
	e, end, ok = st.actorAt1(i, hi)
	if ok && end == i && st.surnamePlace(i, e) {
		// "Citibank executive William Rhodes", "Mr Jordan": a place
		// written as a person's surname is not the place.
		return nil, 0, false
	}
	if ok && st.backer(end) {
		// "the Iranian-backed Hezbollah": the backer is not the
		// actor; nor is the model of a "George Bush-style tax
		// cutting spree" or a "Soviet-era" plant.
		return nil, 0, false
	}
	if ok && st.basedAbroad(end, hi) {
		// "British-based U.S. planes": where a country's forces or
		// firms are based is not their country.
		return nil, 0, false
	}
	return e, end, ok
}

// basedAbroad reports whether the words after token end (1-based) are a
// hyphen and "based" followed, at or before token hi, by a country's name
// ("British-based U.S. planes"): what ends at end is where the phrase's
// head is based, the country named after it the head's own. A place
// "-based" alone stays the head's country ("a London-based group").
func (st *state) basedAbroad(end, hi int) bool {
	if end+2 > st.n || st.tok(end+1).Text != "-" || !strings.EqualFold(st.tok(end+2).Text, "based") {
		return false
	}
	for k := end + 3; k <= hi; k++ {
		if e, _, ok := st.actorAt1(k, hi); ok {
			if c, has := e.CodeAt(st.date); has && len(c.Code) == 3 && st.r.countries[c.Code] {
				return true
			}
		}
	}
	return false
}

// surnamePlace reports whether token i (1-based), matched alone by the
// entry e that is no person, is a surname: a capitalised proper noun right
// after a form of address ("Mr", "Dr") or a common given name ("William",
// "Tom") written as a proper noun of the same name.
func (st *state) surnamePlace(i int, e *dictionary.ActorEntry) bool {
	if i < 2 || st.r.persons[e] || st.tok(i).UPOS != "PROPN" || !capitalisedWord(st.tok(i).Text) {
		return false
	}
	p := st.tok(i - 1)
	if p.UPOS != "PROPN" || !capitalisedWord(p.Text) || st.tok(i).Head != i-1 && p.Head != i {
		return false
	}
	return Honorific(p.Text) || nlp.CommonGivenName(p.Text)
}

// afterNameParticle reports whether token i (1-based) follows a particle
// of an Arabic personal name: "bin", "ibn" or "bint" (son or daughter
// of), or "al-" or "el-" written with its hyphen (the family's name).
func (st *state) afterNameParticle(i int) bool {
	if i < 2 {
		return false
	}
	switch st.tok(i - 1).Text {
	case "bin", "ibn", "bint", "Bin", "Ibn":
		return true
	case "-":
		return i >= 3 && nameArticles[st.tok(i-2).Text] && st.tok(i-2).End == st.tok(i-1).Start && st.tok(i-1).End == st.tok(i).Start
	}
	return false
}

// nameArticles are the Arabic articles that open a family's name when
// hyphened to it ("al-Sabah", "el-Baz").
var nameArticles = map[string]bool{"al": true, "Al": true, "el": true, "El": true}

// backer reports whether the word after token end (1-based) is a hyphen
// and a backing word (see backingWords): what ends at end only backs or
// models the phrase's head.
func (st *state) backer(end int) bool {
	return end+2 <= st.n && st.tok(end+1).Text == "-" && backingWords[strings.ToLower(st.tok(end+2).Text)]
}

// ledBy reports whether the words after token end (1-based) are a hyphen
// and "led": what ends at end leads the phrase's head ("the Islamist-led
// government").
func (st *state) ledBy(end int) bool {
	return end+2 <= st.n && st.tok(end+1).Text == "-" && strings.EqualFold(st.tok(end+2).Text, "led")
}

// backingWords follow a hyphen after the party that backs, funds or arms
// an actor ("Iranian-backed", "Saudi-funded"), which is not that actor,
// or after one that is only a model or a time ("Bush-style",
// "Soviet-era").
var backingWords = map[string]bool{
	"backed": true, "funded": true, "sponsored": true, "supported": true, "trained": true, "armed": true,
	"allied": true, "aligned": true, "financed": true, "inspired": true, "installed": true,
	"style": true, "era": true, "type": true, "like": true,
}

// BackingWord reports whether w (any case) is a word of backingWords,
// which names the party that backs, funds or arms the noun after it
// ("Iranian-backed"); package coder reads it unhyphenated too ("Peking
// backed China Everbright said ...").
func BackingWord(w string) bool { return backingWords[strings.ToLower(w)] }

// portfolio reports whether the word after token end (1-based) makes
// the word before it a minister's portfolio: "Labour Minister Almir
// Pazziano" is Brazil's minister of labour, not Britain's Labour Party.
// (A longer name before "minister" is the ministry's own: "a Home Office
// minister".)
func (st *state) portfolio(end int) bool {
	if end >= st.n {
		return false
	}
	switch string(st.doc.lower(st.tok(end + 1).Text)) {
	case "minister", "ministry", "secretary", "department":
		return true
	}
	return false
}

// compassCut reports whether a match ending at token end (1-based) ends
// in a capitalised compass word that the next capitalised word continues:
// "the West" of "the West German government" or "the West Bank" is part
// of a longer name, not the West.
func (st *state) compassCut(end int) bool {
	if end < 1 || end >= st.n {
		return false
	}
	switch st.tok(end).Text {
	case "West", "East", "North", "South":
	default:
		return false
	}
	return capitalisedWord(st.tok(end + 1).Text)
}

// actorAt1 is actorAt without the backing rule.
func (st *state) actorAt1(i, hi int) (e *dictionary.ActorEntry, end int, ok bool) {
	d := st.doc
	r := st.r
	words := d.words[:hi]
	hw := d.hashed.Prefix(hi)
	if a := d.acronym(words[i-1]); a != nil {
		// An acronym the article defined (see learnAcronyms).
		return a, i, true
	}
	if r.actors != nil {
		if m, found := r.actors.LongestMatchWords(&hw, i-1); found && (st.plausible(i, m.End) || m.Entry.NullOnly()) &&
			!st.compassCut(m.End) {
			e, end, ok = m.Entry, m.End, true
		}
	}
	if r.supp != nil {
		if m, found := r.supp.LongestMatchWords(&hw, i-1); found && m.End > end && (st.capitalised(i, m.End) && !regionWords[strings.ToLower(st.tok(i).Text)] || m.End > i && st.regionGroup(i, m.End)) && !st.inLongerName(i) &&
			!(m.End == i && st.portfolio(m.End)) {
			e, end, ok = m.Entry, m.End, true
		} else if ok && i < hi && equalFold(words[i-1], "the") {
			// "the UK Independence Party": the set's "the UK" must not
			// hide a longer name of the supplement after the article.
			if m, found := r.supp.LongestMatchWords(&hw, i); found && m.End > end && st.capitalised(i+1, m.End) {
				e, end = m.Entry, m.End
			}
		}
	}
	if !ok && r.actors != nil && i < hi && capitalisedWord(words[i-1]) {
		// "South Koreans", "West Germans": a two-word nationality's
		// plural.
		if w := words[i]; len(w) > 4 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') && capitalisedWord(w) {
			if m, found := r.actors.LongestMatch([]string{words[i-1], w[:len(w)-1]}, 0); found && m.End == 2 {
				if c, has := m.Entry.CodeAt(st.date); has && !c.Null() && len(c.Code) == 3 && r.countries[c.Code] {
					e, end, ok = m.Entry, i+1, true
				}
			}
		}
	}
	if !ok && r.actors != nil {
		// "Serbians", "Kenyans": a nationality's plural that the
		// dictionaries list only in the singular.
		if w := words[i-1]; len(w) > 4 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') && capitalisedWord(w) {
			// (Not the country's own name: "Chiles", a senator, is no
			// plural of Chile.)
			if m, found := r.actors.LongestMatch([]string{w[:len(w)-1]}, 0); found && m.End == 1 && !countryName(m.Entry, w[:len(w)-1]) {
				if c, has := m.Entry.CodeAt(st.date); has && !c.Null() && len(c.Code) == 3 && r.countries[c.Code] {
					e, end, ok = m.Entry, i, true
				}
			}
		}
	}
	if d.hasAlt {
		k := int(d.altOf[i])
		if int(d.altFirst[k]) == i {
			lim := int(d.altOf[hi])
			if int(d.altLast[lim]) == hi {
				lim++
			}
			alt := d.alt[:lim]
			if r.actors != nil {
				if m, found := r.actors.LongestMatch(alt, k); found {
					if last := int(d.altLast[m.End-1]); last > end && st.plausible(i, last) {
						e, end, ok = m.Entry, last, true
					}
				}
			}
			if r.supp != nil {
				if m, found := r.supp.LongestMatch(alt, k); found {
					if last := int(d.altLast[m.End-1]); last > end && st.capitalised(i, last) {
						e, end, ok = m.Entry, last, true
					}
				}
			}
		}
	}
	return e, end, ok
}

// agentAt returns the longest agent phrase starting at token i and ending
// at or before token hi.
func (st *state) agentAt(i, hi int) (a *dictionary.AgentEntry, end int, ok bool) {
	hw := st.doc.hashed.Prefix(hi)
	if st.r.agents != nil {
		if m, found := st.r.agents.LongestMatchWords(&hw, i-1); found {
			a, end, ok = m.Entry, m.End, true
		}
	}
	if st.r.suppAg != nil {
		if m, found := st.r.suppAg.LongestMatchWords(&hw, i-1); found && m.End > end && !(m.End == i && !st.plainUnion(i)) {
			a, end, ok = m.Entry, m.End, true
		}
	}
	return a, end, ok
}

// broadcastWords (upper case) are the press agent words (Phoenix's
// TELEVISION, TV, RADIO are MED) that also name sets sold as goods.
var broadcastWords = map[string]bool{"TELEVISION": true, "TV": true, "RADIO": true}

// BroadcastGoods reports whether upper-case word w, followed by the
// upper-case word next ("" at a phrase's end), is a broadcast word naming
// sets rather than a station: in the plural ("colour televisions",
// "TVs", "radios"; a station is "Iranian television") or modifying
// "set(s)" or "receiver(s)" ("Japanese television sets"). Goods in tariff
// copy act for nobody: "tariffs on Japanese television sets" is aimed at
// Japan, not at its press.
func BroadcastGoods(w, next string) bool {
	if one := strings.TrimSuffix(w, "S"); one != w && broadcastWords[one] {
		return true
	}
	if !broadcastWords[w] {
		return false
	}
	switch next {
	case "SET", "SETS", "RECEIVER", "RECEIVERS":
		return true
	}
	return false
}

// broadcastGoods reports whether token i is a broadcast word naming sets
// sold as goods (see BroadcastGoods).
func (st *state) broadcastGoods(i int) bool {
	d := st.doc
	next := ""
	if i < st.n {
		next = string(d.upper(st.tok(i + 1).Text))
	}
	return BroadcastGoods(string(d.upper(st.tok(i).Text)), next)
}

// plainUnion reports, for token i, whether it is not the word "union" or
// is "union" as a trade union: written in lower case ("the union
// rejected the offer", "the miners' union"; "Union Carbide" and "the
// Union" for the EU are names) and not a union of states or currencies
// ("monetary union", "a customs union").
func (st *state) plainUnion(i int) bool {
	w := st.tok(i).Text
	if !strings.EqualFold(w, "union") {
		return true
	}
	if !isLower(w) {
		return false
	}
	if i > 1 && unionKinds[string(st.doc.lower(st.tok(i-1).Text))] {
		return false
	}
	return true
}

// unionKinds are the modifiers of "union" that make it a union of states,
// currencies or persons, not a trade union.
var unionKinds = map[string]bool{
	"monetary": true, "customs": true, "currency": true, "economic": true, "political": true,
	"fiscal": true, "banking": true, "civil": true, "european": true, "soviet": true,
	"federal": true, "energy": true, "transfer": true,
	"closer": true, "ever-closer": true,
}

// inLongerName reports whether token i continues a capitalised name that
// starts before it and is no actor of the set ("Christian Democrats",
// "Liberal Democratic Party"): the supplement's parties and institutions
// are then another country's. A chamber ("Senate Republicans") or an
// actor of the set ("U.S. Democrats") before them does not count.
func (st *state) inLongerName(i int) bool {
	if i < 2 {
		return false
	}
	prev := st.tok(i - 1).Text
	if !capitalisedWord(prev) || strings.HasSuffix(prev, ".") {
		return false
	}
	switch st.tok(i - 1).UPOS {
	case "PROPN", "ADJ", "NOUN":
	default:
		return false // "But Liberal Democrat spokesman ...": no name
	}
	if p := st.tok(i - 1); (p.Rel == "iobj" || p.Rel == "obj") && p.Head < i-1 {
		// "told BBC News Labour had ...": the outlet is the verb's
		// addressee, a phrase of its own (see nlp.RepairToldOutlet).
		return false
	}
	switch strings.ToLower(prev) {
	case "house", "senate", "congressional", "the":
		return false
	case "former", "senior", "leading", "veteran", "prominent", "top", "outgoing":
		// "Senior Tory sources", "Former Labour minister Tony
		// Banks": a word of rank or time opening the sentence is
		// capitalised as the sentence's first word, not as a name's.
		return false
	}
	if st.r.actors != nil {
		if _, found := st.r.actors.LongestMatch(st.doc.words, i-2); found {
			return false
		}
	}
	return true
}

// plausible rejects an actor match on lower-case words ("us" is not the
// United States, "it" not Italy's code, "turkey" not Turkey).
func (st *state) plausible(i, end int) bool {
	if i == end && dictionary.AcronymPlural(st.tok(i).Text) {
		// "PCs", "CDs": the plural of an acronym, not the name
		// spelt with the same letters (PCS, the British union).
		return false
	}
	if i == end {
		next := ""
		if end < len(st.toks) {
			next = st.tok(end + 1).Text
		}
		if dictionary.OtherSense(st.tok(i).Text, next) {
			// "Ira Magaziner", "an IRA account": not the IRA.
			return false
		}
	}
	// An actor is a name, written with a capital: "water buffalo" is not
	// the city, "us" not the United States, "a red line" not the Greek
	// group of that name.
	for k := i; k <= end; k++ {
		if !isLower(st.tok(k).Text) || lowerCaseNames[st.tok(k).Text] {
			return true
		}
	}
	return false
}

// lowerCaseNames are names of actors that news writes in lower case:
// "the contras", "contra rebels", "the law lords" (no actor entry is
// "lords" alone).
var lowerCaseNames = map[string]bool{"contra": true, "contras": true, "lords": true}

// regionGroup reports whether tokens i..end are a capitalised region
// adjective and a noun in lower case ("European leaders", "Western
// governments", "an Arab diplomat"), which the supplement lists as groups
// of states or their officials. Written all capitalised they are mostly
// a name ("Gulf States Utilities Co", "Gulf States has appealed").
func (st *state) regionGroup(i, end int) bool {
	if !regionWords[strings.ToLower(st.tok(i).Text)] {
		return false
	}
	return capitalisedWord(st.tok(i).Text) && isLower(st.tok(end).Text)
}

// regionWords are the region adjectives that open the supplement's
// groups of states ("Western governments", "Gulf states").
var regionWords = map[string]bool{
	"european": true, "western": true, "arab": true, "gulf": true, "african": true, "asian": true,
}

// capitalised reports whether the words of tokens i..end start with a
// capital letter (function words and punctuation aside, and a last
// "party" after a capitalised name: "the Likud party", "the Congress
// party").
func (st *state) capitalised(i, end int) bool {
	for k := i; k <= end; k++ {
		w := st.tok(k).Text
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || !unicode.IsLetter(r) {
			continue
		}
		switch w {
		case "of", "the", "and", "for", "de", "al":
			continue
		case "party":
			if k == end && k > i {
				continue
			}
		}
		return false
	}
	return true
}

// isLower reports whether w has no upper-case letter.
func isLower(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// capitalisedModifier reports whether token k, before the spokesman
// word i, is an adjective or common noun written with a capital inside
// the sentence ("a Coastal spokesman", "a Chemical spokesman"): the
// tagger's reading of a firm's name it does not know. The first word of a
// sentence, or of a quotation, is capitalised whatever it is; a leader
// is no firm's ("House Majority leader"); and an office of the state the
// dictionaries do not list ("a Savings Department spokesman") is left to
// the context.
func (st *state) capitalisedModifier(k, i int) bool {
	if u := st.tok(k).UPOS; u != "ADJ" && u != "NOUN" || k <= 1 || !strings.HasPrefix(strings.ToLower(st.tok(i).Text), "spokes") {
		return false
	}
	switch st.tok(k - 1).Text {
	case "\"", "``", "\u201c", "'", "(", ":":
		return false
	}
	for j := k; j < i; j++ {
		if w := strings.ToLower(st.tok(j).Text); institutionNouns[w] || w == "ministry" {
			return false
		}
	}
	return true
}

// capitalisedWord reports whether w starts with an upper-case letter.
func capitalisedWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// country returns the country block of a code, or "".
func (r *Recognizer) country(code string) string {
	if len(code) >= 3 && r.countries[code[:3]] {
		return code[:3]
	}
	return ""
}

// surname chooses the person entry for a surname (token t) at the
// sentence date: the person named earlier in the article, else the only
// dictionary person with that surname whose dated code holds (the title's
// agents and the context country break ties), else the only one at all.
//
// given are the given names written before the surname: a dictionary
// person qualifies only when one of its phrases holds one of them, so
// that "David Davis" is not taken for another Davis the dictionaries know
// (the full name would have matched had it been that person).
func (st *state) surname(t int, given []string) (code string, person, resolved bool) {
	w := st.tok(t).Text
	d := st.doc
	for i := len(d.surnames) - 1; i >= 0; i-- {
		if equalFold(d.surnames[i].word, w) && !(d.surnames[i].bare && len(given) > 0) {
			// A link made from the bare surname ("Howard" in a
			// headline) does not hold for a full name ("Michael
			// Howard"), which is looked up with its given names.
			return d.surnames[i].code, true, true
		}
	}
	cands := st.r.surnames[string(d.upper(w))]
	if len(given) > 0 {
		cands = withGivenName(cands, given)
	}
	if len(cands) == 0 {
		return "", false, false
	}
	// Candidates whose dated code holds; the best fit to the title and
	// the context wins when it is unique.
	bestCode, bestScore, n := "", -1, 0
	// Among equals, the person the dictionaries give the most names
	// to is the one the news means: "Bush" in 2005 is George W. Bush
	// (a dozen phrases), not the Cayman Islands' premier McKeeva Bush.
	// Failing that, one in office with a career in the dictionaries
	// (several dated codes) is the one the news means: "Guterres" in
	// 2023 is the UN secretary-general (five dated codes), not the
	// former Timorese minister an open-ended CountryInfo line leaves in
	// office.
	bestNames, secondNames := 0, 0
	careerCode, career, secondCareer := "", 0, 0
	var tied []string // the codes of the best fit
	for _, e := range cands {
		c, ok := e.CodeAt(st.date)
		if !ok || c.Null() || c.Restrict.Kind == dictionary.Always {
			continue
		}
		switch s := st.fit(c.Code); {
		case s > bestScore:
			bestCode, bestScore, n = c.Code, s, 1
			tied = append(tied[:0], c.Code)
			bestNames, secondNames = len(e.Phrases), 0
			careerCode, career, secondCareer = c.Code, len(e.Codes), 0
		case s == bestScore && c.Code != bestCode:
			n++
			tied = append(tied, c.Code)
			if len(e.Phrases) > bestNames {
				bestCode, bestNames, secondNames = c.Code, len(e.Phrases), bestNames
			} else {
				secondNames = max(secondNames, len(e.Phrases))
			}
			if len(e.Codes) > career {
				careerCode, career, secondCareer = c.Code, len(e.Codes), career
			} else {
				secondCareer = max(secondCareer, len(e.Codes))
			}
		}
	}
	if n > 1 && !(bestNames >= 2*secondNames && bestNames >= 4) && career >= 4 && career >= 2*secondCareer && !eliteOnly(careerCode) {
		bestCode, n = careerCode, 1
	}
	if n > 1 && !(bestNames >= 2*secondNames && bestNames >= 4) && st.date != dictionary.Latest && distinctSurname(w) {
		if c, ok := onlyMajorState(tied); ok {
			bestCode, n = c, 1
		}
	}
	if n > 1 && st.date == dictionary.Latest && st.britishHonorific(t) {
		if c, ok := onlyCountry(tied, "GBR"); ok {
			bestCode, n = c, 1
		}
	}
	if n == 1 || n > 1 && bestNames >= 2*secondNames && bestNames >= 4 {
		if st.foreignElite(bestCode, distinctGiven(given)) || st.commonNamesake(w, bestCode, distinctGiven(given)) {
			return "", false, false
		}
		return bestCode, true, false
	}
	if n > 1 && !st.hyphenated(t) {
		st.noteTie(t, tied)
	}
	if n == 0 && len(cands) == 1 {
		if c, ok := cands[0].CodeAt(st.date); ok && !c.Null() && !st.foreignElite(c.Code, distinctGiven(given)) && !st.commonNamesake(w, c.Code, distinctGiven(given)) {
			return c.Code, true, false
		}
	}
	return "", false, false
}

// noteTie remembers that the surname at token t named one of the
// namesakes coded codes, whom nothing before it told apart (see
// breakTies).
func (st *state) noteTie(t int, codes []string) {
	if st.ties == nil {
		st.ties = map[int][]string{}
	}
	st.ties[t] = slices.Clone(codes)
}

// breakTies codes the person mentions of ms that namesakes in office of
// different countries left uncoded (noteTie) when the rest of the
// sentence names the country of exactly one of them: "Mr Howard
// criticised Mr Blair" in 2005 is Britain's opposition leader, not
// Australia's prime minister, though the Briton is named after him.
func (st *state) breakTies(ms []Mention) {
	if len(st.ties) == 0 {
		return
	}
	named := map[string]bool{}
	var countries func([]Mention)
	countries = func(ms []Mention) {
		for _, m := range ms {
			if m.Kind == Named && !m.Resolved {
				if cc := st.r.country(m.Code); cc != "" {
					named[cc] = true
				}
			}
			countries(m.Members)
		}
	}
	countries(ms)
	var code func([]Mention)
	code = func(ms []Mention) {
		for i := range ms {
			m := &ms[i]
			code(m.Members)
			if m.Kind != Unknown || m.Code != "" {
				continue
			}
			for t, codes := range st.ties {
				if t < m.First || t > m.Last {
					continue
				}
				if c, ok := oneNamedCountry(codes, named); ok {
					m.Code, m.Kind = c, Named
					st.doc.addSurname(st.tok(t).Text, c)
				}
			}
		}
	}
	code(ms)
}

// hyphenated reports whether token t is joined by a hyphen to a
// neighbouring word: part of a double-barrelled name ("Lord
// Campbell-Savours"), not a surname of its own.
func (st *state) hyphenated(t int) bool {
	return t < st.n && st.tok(t+1).Text == "-" || t > 1 && st.tok(t-1).Text == "-"
}

// oneNamedCountry returns the one code of codes whose country is in
// named, when exactly one is. Former office holders (ELI) are not
// chosen: the person the sentence means may be an office holder the tie
// did not hold ("several of the senators, including Mitchell").
func oneNamedCountry(codes []string, named map[string]bool) (string, bool) {
	found := ""
	for _, c := range codes {
		if len(c) < 3 || !named[c[:3]] {
			continue
		}
		if containsBlock(c, "ELI") {
			return "", false
		}
		if found != "" && found != c {
			return "", false
		}
		found = c
	}
	return found, found != ""
}

// onlyMajorState returns the one code of codes whose country is among
// majorStates, when exactly one is: "Mr Clarke" in 2005 is Britain's
// Home Secretary, not the Barbadian or Jamaican minister of that name
// whom CountryInfo also lists in office, since the world's news names
// the office holders of major states by surname alone. It is used for
// dated stories only: in an undated one each namesake's last office is
// in the running, and who held office together is unknown.
func onlyMajorState(codes []string) (string, bool) {
	found := ""
	for _, c := range codes {
		if len(c) < 3 || !majorStates[c[:3]] {
			continue
		}
		if found != "" {
			return "", false
		}
		found = c
	}
	return found, found != ""
}

// britishHonorific reports whether surname token t follows "Mr", "Mrs"
// or "Ms" written without a full stop, the British press's style ("Mr
// Blair"; American copy writes "Mr."): in an undated story, a tie
// among namesakes goes to the British one (onlyCountry).
func (st *state) britishHonorific(t int) bool {
	if t < 2 {
		return false
	}
	switch st.tok(t - 1).Text {
	case "Mr", "Mrs", "Ms":
		return true
	}
	return false
}

// onlyCountry returns the one code of codes whose country is cc, when
// exactly one is, or the country and role the codes of cc share when
// they differ only in a sector ("GBRGOV" for "GBRGOV" and "GBRGOVJUD":
// two dictionary entries of one minister, "Jack Straw" and "John
// Whitaker Straw").
func onlyCountry(codes []string, cc string) (string, bool) {
	found := ""
	for _, c := range codes {
		if len(c) < 3 || c[:3] != cc {
			continue
		}
		switch {
		case found == "" || found == c:
			found = c
		case len(found) >= 6 && len(c) >= 6 && found[:6] == c[:6]:
			found = c[:6]
		default:
			return "", false
		}
	}
	return found, found != ""
}

// distinctSurname reports whether the surname w is rare enough for a tie
// among namesakes to be broken by the country (onlyMajorState): not one
// of commonSurnames ("Jones") nor a short family name written first
// ("Li", "Kim"), which millions share.
func distinctSurname(w string) bool {
	return len(w) >= 4 && !commonSurnames[strings.ToUpper(w)]
}

// commonNamesake reports whether the bare surname w is so common a name
// ("Davis", "Brown", "Santos", "Pierre") that a dictionary person of
// that surname from a smaller state is meant only when the sentence or
// the article is about the person's country: "Davis criticised Japan" is
// not the Bahamas' prime minister, nor "Brown" Bermuda's premier; the
// office holders of major states (majorStates) are still found.
func (st *state) commonNamesake(w, code string, given bool) bool {
	if given || len(code) < 3 || !commonSurnames[strings.ToUpper(w)] || majorStates[code[:3]] {
		return false
	}
	cc := st.contextCountry()
	return cc == "" || code[:3] != cc
}

// PersonCountry returns the one country of person p's codes, "" when
// they name none or several (organisations and null codes aside).
func PersonCountry(p *dictionary.ActorEntry) string {
	own := ""
	for _, c := range p.Codes {
		if c.Null() || len(c.Code) < 3 || IsOrganisation(c.Code) || c.Code[:3] == NullCode {
			continue
		}
		if own != "" && c.Code[:3] != own {
			return ""
		}
		own = c.Code[:3]
	}
	return own
}

// majorStates are the countries whose office holders the world's news
// names by surname alone ("Brown" for Gordon Brown, "Baker" for James
// Baker).
var majorStates = map[string]bool{
	"USA": true, "GBR": true, "FRA": true, "DEU": true, "RUS": true, "CHN": true, "JPN": true, "IND": true,
	"BRA": true, "CAN": true, "AUS": true, "ITA": true, "KOR": true, "ISR": true, "IRN": true, "TUR": true,
	"PAK": true, "SAU": true, "EGY": true, "ZAF": true, "MEX": true, "ESP": true, "UKR": true, "SUN": true,
}

// commonSurnames (upper case) are surnames and given names shared by too
// many people for a bare mention to name one office holder abroad.
var commonSurnames = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`SMITH JOHNSON WILLIAMS BROWN JONES GARCIA MILLER DAVIS RODRIGUEZ
		MARTINEZ HERNANDEZ LOPEZ GONZALEZ WILSON ANDERSON THOMAS TAYLOR MOORE JACKSON MARTIN LEE PEREZ
		THOMPSON WHITE HARRIS SANCHEZ CLARK RAMIREZ LEWIS ROBINSON WALKER YOUNG ALLEN KING WRIGHT SCOTT
		TORRES NGUYEN HILL FLORES GREEN ADAMS NELSON BAKER HALL RIVERA CAMPBELL MITCHELL CARTER ROBERTS
		GOMEZ PHILLIPS EVANS TURNER DIAZ PARKER CRUZ EDWARDS COLLINS REYES STEWART MORRIS MORALES MURPHY
		COOK ROGERS GUTIERREZ ORTIZ MORGAN COOPER PETERSON BAILEY REED KELLY RAMOS COX WARD RICHARDSON
		WATSON BROOKS CHAVEZ WOOD JAMES BENNETT GRAY MENDOZA RUIZ HUGHES PRICE ALVAREZ CASTILLO SANDERS
		PATEL MYERS LONG ROSS FOSTER JIMENEZ SANTOS SILVA OLIVEIRA SOUZA PEREIRA FERREIRA COSTA PIERRE
		JOSEPH CHARLES LOUIS DAN DAVID PAUL PETER JOHN GEORGE MICHAEL MARK`) {
		commonSurnames[w] = true
	}
}

// foreignElite reports whether a person found by surname alone holds no
// office at the date (an elite or a bare country) and is of another
// country than the one the sentence or the article is about: "McCarthy"
// in an American story is not the Cayman Islands figure the dictionaries
// know, nor "Bell" in a British one a former U.S. attorney general. A
// name written with a given name that the entry holds is not judged so.
func (st *state) foreignElite(code string, given bool) bool {
	if given || !eliteOnly(code) {
		return false
	}
	cc := st.contextCountry()
	return cc != "" && code[:3] != cc
}

// distinctGiven reports whether one of the given names written before a
// surname is rare enough to tell its bearer from namesakes: not a name
// nlp.CommonGivenName reports nor one of commonSurnames. "John Smith" is not the
// Kiribati official JOHN_HILARY_SMITH of the dictionaries in a British
// story, though the entry holds "John".
func distinctGiven(given []string) bool {
	for _, g := range given {
		u := strings.ToUpper(g)
		if !nlp.CommonGivenName(u) && !commonSurnames[u] {
			return true
		}
	}
	return false
}

// withGivenName keeps the entries with a phrase holding one of the given
// names (compared case-insensitively). It returns a new slice when it
// drops any.
func withGivenName(cands []*dictionary.ActorEntry, given []string) []*dictionary.ActorEntry {
	keep := func(e *dictionary.ActorEntry) bool {
		for _, p := range e.Phrases {
			for _, pw := range p.Words[:len(p.Words)-1] {
				for _, g := range given {
					if strings.EqualFold(pw, g) {
						return true
					}
				}
			}
		}
		return false
	}
	var out []*dictionary.ActorEntry
	for i, e := range cands {
		if keep(e) {
			if out != nil {
				out = append(out, e)
			}
			continue
		}
		if out == nil {
			out = append(make([]*dictionary.ActorEntry, 0, len(cands)), cands[:i]...)
		}
	}
	if out == nil {
		return cands
	}
	return out
}

// fit scores how well code c fits the phrase: its title agents (4 each),
// the context country (3; the article's, Document.SetCountry, when the
// sentence and its neighbour name none), an office rather than elite
// status (2).
func (st *state) fit(c string) int {
	s := 0
	for _, ag := range st.doc.agents {
		if containsBlock(c, ag.code) {
			s += 4
		}
	}
	if !containsBlock(c, "ELI") {
		s += 2 // in office rather than a career window
		if len(c) >= 6 && (c[3:6] == "GOV" || c[3:6] == "OPP" && majorStates[c[:3]]) || strings.HasPrefix(c, "IGO") {
			// A government's member or an international
			// organisation's head is news wherever he is named,
			// and so is a major state's opposition: "Mr Howard"
			// in 2005 is Australia's prime minister or Britain's
			// opposition leader, whom only the context tells
			// apart.
			s++
		}
	}
	if cc := st.contextCountry(); cc != "" && len(c) >= 3 && c[:3] == cc {
		s += 3 // a namesake abroad is less likely than an elite at home
	}
	return s
}

// containsBlock reports whether code holds block at an offset that is a
// multiple of 3.
func containsBlock(code, block string) bool {
	for i := 0; i+len(block) <= len(code); i += 3 {
		if code[i:i+len(block)] == block {
			return true
		}
	}
	return false
}

// equalFold compares ASCII case-insensitively (and exactly otherwise).
func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'a' <= x && x <= 'z' {
			x -= 'a' - 'A'
		}
		if 'a' <= y && y <= 'z' {
			y -= 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// countryName reports whether w (one word, any case) is the primary
// phrase of entry e, a country's own name rather than its people's.
func countryName(e *dictionary.ActorEntry, w string) bool {
	return len(e.Phrases) > 0 && len(e.Phrases[0].Words) == 1 && strings.EqualFold(e.Phrases[0].Words[0], w)
}
