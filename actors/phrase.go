package actors

import (
	"strings"
	"unicode"

	"tacitus/dictionary"
	"tacitus/nlp"
)

// phrase codes the phrase headed by token t. loc tells that the phrase (or
// its coordination) follows a locative preposition. ok is false when the
// phrase is not an actor mention.
func (st *state) phrase(t int, loc bool) (m Mention, tr traits, ok bool) {
	lo, hi := st.span(t)
	if end := st.longName(lo, hi, t); end > hi {
		hi = end
	}
	m = Mention{First: lo, Last: hi, Head: t}
	st.setSpan(&m, st.tok(lo).Start, st.tok(hi).End)
	d := st.doc
	ht := st.tok(t)
	low := string(d.lower(ht.Text)) // short-lived; see lower
	plural := ht.XPOS == "NNS" || ht.XPOS == "NNPS"

	// Pronouns.
	if ht.UPOS == "PRON" {
		if lo != hi || loc {
			return m, 0, false
		}
		but := st.ownSubject(t)
		if low == "it" && st.actingIt(t) {
			// "Iran's foreign ministry summoned the British
			// ambassador. It accused London of piracy": the subject
			// of the sentence before, an organisation or a state.
			m.Kind = Pronoun
			if a, ok := d.firstOwner(d.sent - 1); ok {
				m.Code, m.Resolved = a.m.Code, true
				return m, a.tr &^ trInner, true
			}
			return m, 0, false
		}
		if low == "his" && !st.partyOwner(t) {
			return m, 0, false
		}
		if firstPersons[low] {
			// "We condemn this attack," the minister said: the
			// speaker, once the sentence's mentions are known (see
			// state.firstPersons).
			m.Kind = Pronoun
			return m, 0, true
		}
		switch pronouns[low] {
		case 1:
			m.Kind = Pronoun
			a, ok := st.speaker(t, trPerson, 0, trPlural)
			if !ok && st.opensSentence(t) {
				a, ok = d.previousSubject(trPerson, 0, trPlural)
			}
			if !ok {
				a, ok = d.findBut(trPerson, 0, trPlural, but, st.object(t))
			}
			if ok {
				m.Code, m.Resolved = a.m.Code, a.m.Code != ""
				if strings.HasPrefix(m.Code, NullCode) {
					// "Catalan leader Carles Puigdemont ... him": an
					// antecedent without a country gives none; the
					// pronoun must not take one from its own place.
					m.Code, m.Resolved = NullCode, false
				}
				return m, a.tr &^ (trPlural | trInner), true
			}
			return m, trPerson, true
		case 2:
			m.Kind = Pronoun
			a, ok := st.speaker(t, 0, trPlural|trOrg, trPerson&^trPlural)
			if !ok && st.opensSentence(t) {
				a, ok = d.previousSubject(0, trPlural|trOrg, trPerson&^trPlural|trPlace)
			}
			if !ok && st.closingAttribution(t) {
				// "Kuwait had declined an offer of U.S. escorts,
				// they said": the sources of the report, not a
				// party in it.
				a, ok = d.findEarlier(0, trPlural|trOrg, trPerson&^trPlural|trPlace)
				ok = ok && !st.pluralThingBefore(t)
			} else if !ok {
				a, ok = d.findBut(0, trPlural|trOrg, trPerson&^trPlural|trPlace, but, st.object(t))
				ok = ok && (a.sent == d.sent || !st.pluralThingBefore(t))
				if ok && st.object(t) {
					from := 0 // an antecedent of an earlier sentence
					if a.sent == d.sent {
						from = a.m.Last
					}
					ok = !st.pluralThingBetween(from, t)
				}
			}
			if ok {
				m.Code, m.Resolved, m.Members = a.m.Code, a.m.Code != "", a.m.Members
				return m, a.tr&^trInner | trPlural, true
			}
			return m, trPlural, true
		case 4:
			if st.tok(t).Rel == "nsubj:pass" {
				// "Iran said it had been attacked by Iraqi
				// warplanes": the passive's subject in what a
				// party says is the party, an organisation or a
				// state, never a person ("Douglas said it had
				// been inspired by an article" is a thing).
				// Nor is it the press that reports ("the news
				// agency said it had been attacked").
				if a, ok := st.speaker(t, 0, trOrg|trCountry, trPerson|trPlural|trPlace|trInner); ok && a.m.Code != "" && !strings.HasPrefix(a.m.Code, NullCode) && !pressCode(a.m.Code) {
					m.Kind, m.Code, m.Resolved = Pronoun, a.m.Code, true
					return m, a.tr &^ trInner, true
				}
				return m, 0, false
			}
			// "severed ties with Qatar, accusing it of supporting
			// terrorism": the object "it" of a verb aimed at a party
			// stands for the newest organisation or country, not the
			// verb's own subject. Elsewhere "it" is mostly a thing.
			if st.tok(t).Rel != "obj" || !itVerbs[strings.ToLower(st.tok(st.head(t)).Lemma)] {
				return m, 0, false
			}
			if but > 1 && (st.tok(but).XPOS == "WDT" || st.tok(but).XPOS == "WP") {
				// "the U.S., which urged it to ...": not the
				// noun the relative pronoun stands for.
				but--
				if but > 1 && st.tok(but).UPOS == "PUNCT" {
					but--
				}
			}
			m.Kind = Pronoun
			if a, ok := d.findOwnerBut(but); ok {
				m.Code, m.Resolved = a.m.Code, true
				return m, a.tr &^ trInner, true
			}
			return m, 0, false
		case 3:
			// A possessive, unlike an object, may well stand for
			// its clause's subject ("the United States should lift
			// its sanctions"); but not the owner of the airspace or
			// territory its subject enters or violates ("Venezuela
			// said a U.S. Navy plane violated its airspace").
			m.Kind = Pronoun
			if h := st.head(t); h > 0 && sovereignNoun(st.tok(h)) && st.ownSubject(h) > 0 {
				lo, hi := st.span(st.ownSubject(h))
				if a, ok := d.findOwnerApart(lo, hi, true); ok {
					m.Code, m.Resolved = a.m.Code, true
					return m, a.tr &^ trInner, true
				}
			}
			if a, ok := d.findOwner(); ok {
				m.Code, m.Resolved = a.m.Code, true
				return m, a.tr &^ trInner, true
			}
			return m, 0, false
		}
		return m, 0, false
	}

	// Definite descriptions that stand for an earlier actor.
	if !loc {
		if mm, tr2, ok := st.anaphor(m, t, lo, hi, low); ok {
			return mm, tr2, true
		}
	}

	if t < st.n && ht.UPOS == "PROPN" && st.currency(t+1) {
		// "a 48.3 mln U.S. Dlr loan" parsed with "U.S." heading its
		// own phrase: the currency's country is no party ("the
		// Democrats won" is a verb, "U.S. real estate" an adjective).
		m.Kind, m.Code = NotActor, NullCode
		return m, 0, true
	}
	sc := st.scanPhrase(lo, hi, t)
	if nlp.OpponentNoun(low) && sc.agents == 0 && !loc {
		if cc := st.opposedGovernment(t); cc != "" {
			// "Yeltsin summoned his opponents": the opposition
			// of the government's country.
			m.Kind, m.Code, m.Resolved = Agent, cc+"OPP", true
			return m, tr | trOrg | trPlural, true
		}
	}
	if (low == "counterpart" || low == "counterparts") && !loc && sc.actor != nil && sc.person == nil && st.r.countries[sc.actorCode] {
		if role := st.possessorRole(t); role != "" {
			// "Canadian lawmakers asked their U.S. counterparts":
			// the counterparts hold the possessor's post in the
			// named country (USALEG), not the government's, which
			// the agent entry gives.
			m.Kind, m.Code, m.Resolved = Agent, sc.actorCode+role, true
			if plural {
				tr |= trPlural
			}
			return m, tr | trPerson, true
		}
	}
	if sc.actor == nil && sc.person == nil && !loc {
		if cc := st.houseCountry(t, lo, hi); cc != "" && sc.agents == 0 {
			// "President Clinton scolded the House": the chamber of
			// the country the story is about.
			m.Kind, m.Code, m.Resolved = Agent, cc+"LEG", true
			return m, tr | trOrg, true
		}
		if cc := st.houseBody(t, lo); cc != "" {
			// "the House Ways and Means Committee": the chamber's,
			// whatever its name holds ("the House Judiciary
			// Committee", "the House Armed Services Committee").
			m.Kind, m.Code, m.Resolved = Agent, cc+"LEG", true
			return m, tr | trOrg, true
		}
	}
	if low == "publication" && st.ofPhrase(t) {
		// "calls for the publication of the legal advice": the act
		// of publishing, not a newspaper (Phoenix's PUBLICATION is
		// the press).
		m.Kind, m.Code = NotActor, NullCode
		return m, 0, true
	}
	if sc.unnamedSpokes || sc.unknownBody {
		// Nobody the dictionaries know: no actor, and not the
		// dictionaries' "spokesman" agent (or the post's) either.
		m.Kind, m.Code = NotActor, NullCode
		return m, 0, true
	}
	if sc.actor == nil && sc.person == nil && sc.agents > 0 && t > lo && documentNouns[string(d.lower(ht.Text))] && !st.nounPossessor(t) {
		// "the Serious Organised Crime and Police Bill", "the police
		// plan": a text named after an agent is no actor ("the
		// government's plan" is the government's).
		m.Kind, m.Code = NotActor, NullCode
		return m, 0, true
	}
	// A capitalised common noun heading an organisation's name ("the
	// Israeli Democracy Institute", "South Korea's Fair Trade
	// Commission", tagged NOUN) is a name as a proper noun is.
	// So is a trade word ending a firm's name, which the tagger often
	// takes for a common noun ("South Korea's Hanjin Shipping", "Hyundai
	// Motor").
	propn := ht.UPOS == "PROPN" || ht.UPOS == "NOUN" && (st.orgRole(t, lo) != "" || t > lo && firmNameWords[ht.Text])
	if !sc.covered && (sc.actor != nil || sc.agents > 0) && st.titleTraits(t, false) == trPerson {
		// A title head takes the code of its modifiers: "Hamas leader",
		// "national assembly speaker".
		sc.covered, sc.agentCovered = true, true
	}
	if plural {
		tr |= trPlural
	}
	if sc.person != nil && sc.actor == nil && sc.agents == 0 && st.namesake(lo, sc.perLo, sc.personCode) {
		// "Broadcaster Chris Evans", "actor Christian Slater" in a
		// British story: a performer or a sportsman named like a
		// foreign politician the dictionaries know is someone else,
		// and so is the surname alone later ("Evans said").
		d.addSurname(st.tok(st.familyName(sc.perLo, sc.perHi, sc.personCode)).Text, "")
		m.Kind, m.Code = Unknown, ""
		return m, tr | trPerson, true
	}
	switch {
	case sc.actorNull && sc.actor == nil && sc.person == nil && sc.covered:
		// A phrase the dictionaries list with a null code ("the
		// international community") is no actor, whatever agent word
		// it holds, nor are the names inside it ("the Al-Aqsa
		// mosque" holds the Phoenix name of the Al-Aqsa Brigades).
		m.Kind, m.Code = NotActor, NullCode
		return m, 0, false
	case sc.person != nil && (sc.perLo <= t && t <= sc.perHi || sc.perLo == t+1 && st.honorific(t, t+1)):
		// (A form of address may head the name: "Mr Kilroy-Silk",
		// whose hyphenated surname the surname index does not hold.)
		// A known person: the person's code, whatever the title;
		// but a person the dictionary knows only as an elite at this
		// date, named with a current title ("Afghan President Ashraf
		// Ghani" after the dictionary's last dated office), holds
		// the title's office.
		m.Kind, m.Code = Named, sc.personCode
		if cc := st.r.country(sc.personCode); cc != "" && sc.actor != nil && sc.actHi < sc.perLo && len(sc.actorCode) == 3 &&
			st.r.countries[sc.actorCode] && sc.actorCode != cc && len(sc.personCode) > 3 {
			// "Saudi King Abdullah": a namesake of another country's
			// leader (Jordan's King Abdullah) holds the office of the
			// country named with him.
			m.Code = sc.actorCode + sc.personCode[3:]
		}
		if cc := st.r.country(sc.personCode); cc != "" && sc.agents > 0 && !st.former(lo, hi) {
			c := st.withAgents(cc)
			switch {
			case eliteOnly(sc.personCode) && len(c) > 3 && !containsBlock(c[3:], "ELI"):
				m.Code = c
			case len(sc.personCode) > 3 && lesserRoles[sc.personCode[3:]] && len(c) >= 6 && c[3:6] == "GOV" && !st.outOfOffice(sc.actor, sc.actorCode, cc):
				// "Pakistan's new prime minister Imran Khan" while
				// the dictionary still has him in parliament (but
				// "Lib Dem Treasury spokesman Vince Cable" speaks for
				// his opposition party, not for the Treasury).
				m.Code = c
			}
		}
		if cc := st.r.country(sc.personCode); cc != "" && eliteOnly(m.Code) && sc.actor != nil && len(sc.actorCode) > 3 &&
			st.r.country(sc.actorCode) == cc && !st.former(lo, hi) {
			// "Tory co-chairman Liam Fox" while the dictionary has
			// him only as an elite at this date: he acts for the
			// party or institution named with him.
			m.Code = st.withAgents(sc.actorCode)
		}
		if cc := st.r.country(sc.personCode); cc != "" && len(m.Code) > 3 && lesserRoles[m.Code[3:]] && sc.actor != nil &&
			sc.agents == 0 && sc.actHi < sc.perLo && sc.actorCode == cc+"GOV" && !st.former(lo, hi) {
			// "Home Secretary David Blunkett" while the dictionary
			// has him in parliament at the story's date: an office
			// the dictionaries list as an actor of its own ("the
			// Home Secretary", GBRGOV) names the person's role as a
			// government title does (see lesserRoles above).
			m.Code = sc.actorCode
		}
		if c := st.apposedRole(sc, lo, hi); c != "" {
			m.Code = c
		}
		if st.date == dictionary.Latest || st.doc.estimated {
			if c := st.undatedTitle(sc, lo, hi); c != "" {
				m.Code = c
			}
		}
		// The surname alone later is the person in the role the
		// article gave him ("Mr Fox"); so is a middle name of a long
		// name, by which some are known ("Luiz Inacio Lula da Silva"
		// is "Lula").
		d.addSurname(st.tok(st.familyName(sc.perLo, sc.perHi, sc.personCode)).Text, m.Code)
		if sc.perHi-sc.perLo >= 2 {
			for k := sc.perLo + 1; k < sc.perHi; k++ {
				if w := st.tok(k).Text; st.tok(k).UPOS == "PROPN" && capitalisedWord(w) && len(w) > 2 {
					d.addSurname(w, m.Code)
				}
			}
		}
		return m, tr | trPerson, true
	case sc.person != nil && (sc.covered || sc.actor == nil):
		// "Blair's spokesman": the person's country with the agents.
		if cc := st.r.country(sc.personCode); cc != "" && sc.agents > 0 {
			m.Kind, m.Code = Named, st.withAgents(cc)
			if sc.perHi > t && titleNouns[string(d.lower(ht.Text))] {
				// "Chancellor Gordon Brown" headed at the title:
				// "Mr Brown" later is this person.
				d.addSurname(st.tok(st.familyName(sc.perLo, sc.perHi, sc.personCode)).Text, m.Code)
			}
			return m, tr | st.titleTraits(t, plural), true
		}
		if !sc.covered {
			return m, 0, false
		}
		m.Kind, m.Code = Named, sc.personCode
		d.addSurname(st.tok(st.familyName(sc.perLo, sc.perHi, sc.personCode)).Text, m.Code)
		return m, tr | trPerson, true
	case sc.actor != nil:
		if !sc.covered && propn && sc.person == nil && sc.agents == 0 && len(sc.actorCode) == 3 && st.r.countries[sc.actorCode] &&
			hi == t && t == sc.actHi+2 && (st.tok(t-1).Text == "'s" || st.tok(t-1).Text == "'") {
			// "Hungary's Orban", "Turkey's Erdogan": a surname
			// after its country's possessive is that country's
			// person.
			if code, _ := st.surnameOf(t, t, hi); code != "" && strings.HasPrefix(code, sc.actorCode) {
				m.Kind, m.Code = Named, code
				return m, tr | trPerson, true
			}
		}
		if !sc.covered && authoredNouns[low] && sc.actHi == t-1 && st.stanceObject(t) && (IsOrganisation(sc.actorCode) || len(sc.actorCode) == 3 && st.r.countries[sc.actorCode]) {
			// "Iran rejected the IAEA resolution", "welcomed the
			// U.S. proposal": the text or move a party takes a stand
			// on is its author's, named right before it ("the Iran
			// arms initiative" is about Iran).
			m.Kind, m.Code = Named, st.withAgents(sc.actorCode)
			return m, tr | trOrg, true
		}
		if !sc.covered && sc.person == nil && sc.agents == 0 && sc.actHi < t && partyPeople[string(d.lower(ht.Lemma))] && partyEntry(sc.actor) {
			// "Labour strategists", "Tory sources", "a Tory
			// frontbencher": a party's own people speak and act
			// for it, as its officials and spokesmen do (its
			// supporters and voters are citizens, not the party).
			sc.covered = true
		}
		if !sc.covered && (!propn || documentNouns[low] || dictionary.Currency(low)) {
			// ("the South Korean Won": a capitalised currency.)
			return m, 0, false // "Iran's nuclear programme", "the Kyoto Protocol"
		}
		if loc && sc.agents == 0 && st.placeLike(sc) {
			return m, 0, false // "in Tehran"
		}
		m.Kind = Named
		if sc.agents == 0 && st.metonymy(t, sc, lo) {
			if c, ok := st.capitalCode(sc); ok {
				// A capital acting stands for its government
				// ("Tehran said" is IRNGOV, as issue 4 asks;
				// "Moscow said" in 1987 is the Soviet government).
				m.Code = historicalCountry(c, st.countryDate())
				return m, tr | trOrg, true
			}
		}
		m.Code = st.withAgents(sc.actorCode)
		if sc.person == nil && len(sc.actorCode) == 3 && st.r.countries[sc.actorCode] && st.creditors(sc, lo, t) &&
			st.possessorCountry(t) == sc.actorCode {
			// "Brazil's creditor banks", "Argentina's creditors": a
			// debtor's creditors, not its business (see above); a
			// nationality is theirs ("Japanese creditor banks").
			m.Code, m.Resolved = creditorBanks, true
			return m, tr, true
		}
		if cc := st.doc.dateline; cc != "" && len(m.Code) >= 6 && m.Code[:3] != cc && st.genericParty(sc) &&
			(m.Code[:3] == "GBR" || m.Code[:3] == "USA") && st.namedCountry(0, false) != m.Code[:3] {
			// "SYDNEY - The Labour Party criticised the government":
			// a party named by a word many countries' parties share
			// is the party of the dateline's country, whose standing
			// there the dictionaries do not know (PTY); not so after
			// its own country ("a U.K. poll gave the Conservative
			// party").
			m.Code = cc + "PTY"
		}
		if cc := st.doc.dateline; cc != "" && cc != "GBR" && m.Code == "GBRGOV" && strings.EqualFold(st.tok(sc.actHi).Text, "queen") &&
			st.namedCountry(0, false) == "" {
			// "THE HAGUE - The Queen met ...": the queen of the
			// dateline's country, not Britain's (the supplement's
			// "the Queen" of British news).
			m.Code = cc + "GOV"
		}
		if len(m.Code) == 3 && st.r.countries[m.Code] && st.firmPhrase(lo, hi, t, sc) {
			// "Sapporo Breweries Ltd of Japan", "Japan's Mitsubishi
			// Heavy Industries", "Dutch brewer Heineken": a company
			// of the country, not the country.
			m.Code += "BUS"
		}
		if len(m.Code) == 3 && st.r.countries[m.Code] && st.nationalFirm(sc, lo, t) {
			// "American Express", "American Telephone and
			// Telegraph": a firm named with its country's
			// adjective, not the country.
			m.Code += "BUS"
		}
		if len(m.Code) >= 6 && m.Code[3:6] == "BUS" && st.r.countries[m.Code[:3]] {
			// "Anglo American Corp of South Africa": a company
			// is of the country its legal name ends with, not of
			// the one a word of its name recalls.
			if cc := st.corporateCountry(lo, hi); cc != "" {
				m.Code = cc + m.Code[3:]
			}
		}
		if len(m.Code) == 3 && st.r.countries[m.Code] && sc.agents == 0 && !sc.covered {
			// "Kenya's Independent Electoral and Boundaries
			// Commission", "the Brazilian Bar Association": a body
			// of the country named in it, of the role its head
			// word says (KENGOV, BRANGO), not the state itself.
			if role := st.orgRole(t, lo); role != "" {
				m.Code += role
			}
		}
		if len(m.Code) == 3 && st.r.countries[m.Code] && plural && sc.agents == 0 && st.counted(t) && strings.HasPrefix(ht.Rel, "nsubj") {
			// "Thousands of Israelis demonstrated": a crowd counted
			// that acts is citizens, not their state (GUIDELINES:
			// crowds are CVL). Counted victims ("killed 384 Libyans")
			// are as often soldiers as civilians: left bare.
			m.Code += "CVL"
		}
		if len(m.Code) == 6 && (partyRoles[m.Code[3:]] || m.Code[3:] == "GOV") && sc.actor != nil && sc.agents == 0 &&
			st.genericParty(sc) && st.inChamber(t) {
			// "Democrats in Congress", "House Republicans",
			// "congressional Democrats": a party's members the text
			// places in the legislature are legislators (GUIDELINES
			// sec. 2: senators, congressmen), as "Republican
			// senators" and "Senate Democrats" are; not the party.
			m.Code = m.Code[:3] + "LEG"
		}
		if len(m.Code) == 6 && m.Code[3:] == "OPP" && low == "opposition" && st.opposedThing(t) {
			// "West German opposition to the reforms": the act of
			// opposing, whose agent is the country the adjective
			// names, not the opposition parties.
			m.Code = m.Code[:3]
		}
		if len(m.Code) == 6 && institutionRoles[m.Code[3:]] && sc.covered {
			// "Peru's Congress": the supplement's institution of
			// one country belongs to the possessor's.
			if pc := st.possessorCountry(t); pc != "" && pc != m.Code[:3] {
				m.Code = pc + m.Code[3:]
			} else if pc == "" && m.Code[3:] == "LEG" && strings.EqualFold(st.tok(sc.actHi).Text, "Commons") {
				// "Wilson told the House of Commons" in a story about
				// Canada: a chamber of commons is Canada's or
				// Britain's, by the sentence's country, else the
				// article's.
				if cc := st.commonsCountry(); cc != "" {
					m.Code = cc + m.Code[3:]
				}
			} else if pc == "" && sc.actorLo == sc.actHi && m.Code[3:] == "LEG" && st.supplementOnly(sc) {
				// "the bill passed by Congress" in a story about
				// Brazil: a bare legislature's name is the one of
				// the country of the sentence, else the article's
				// (not so a named institution: the Bundesbank).
				if st.tok(t).Text == "Congress" {
					// "Ukraine urged Congress to approve the aid": the
					// United States' Congress, unless the story is
					// about a country with a congress of its own.
					if cc := st.congressCountry(); cc != "" {
						m.Code = cc + m.Code[3:]
					}
				} else if cc := st.contextCountry(); cc != "" && cc != m.Code[:3] {
					m.Code = cc + m.Code[3:]
				}
			}
		}
		if propn && !sc.covered && !sc.agentCovered && st.flatName(t) {
			// "Lib Dem leader Charles Kennedy": a person named with
			// the actor and title he holds ("he" may stand for him).
			tr |= trPerson
		} else if sc.agents > 0 {
			tr |= st.titleTraits(t, plural)
		} else {
			tr |= trOrg
			if len(m.Code) == 3 && st.r.countries[m.Code] {
				tr |= trCountry
			}
		}
		return m, tr, true
	case sc.agents > 0 && (sc.covered || propn):
		if propn && !sc.agentCovered {
			// "President Reagan", "Foreign Minister X".
			if code, res := st.surnameOf(t, lo, hi); code != "" {
				m.Kind, m.Code, m.Resolved = Named, code, res
				return m, tr | trPerson, true
			}
		}
		if loc {
			return m, 0, false
		}
		m.Kind = Agent
		if code := st.titledPerson(t, lo, hi); code != "" {
			// "President Clinton warned Japan ... The president was
			// careful to praise Hashimoto": the person named with the
			// title, not the country last named.
			m.Code, m.Resolved = code, true
			return m, tr | trPerson, true
		}
		if sc.actor == nil && sc.person == nil && d.firmLead && airliners[low] && st.bareNoun(lo, t) {
			// "Pan Am said it will use the new aircraft on domestic
			// routes": in a business story (see Document.SetLead) a
			// bare aircraft is a carrier's or a maker's, no armed
			// force's (the agents file's AIRCRAFT is MIL).
			m.Kind, m.Code = NotActor, NullCode
			return m, 0, true
		}
		if sc.actor == nil && sc.person == nil && st.corporate(lo, hi) && !d.businessAgent() {
			// "Amir Mines Ltd said it completed negotiations": a
			// company's name with a state's agent word in it
			// ("Mines" as a ministry) is the firm, which no
			// dictionary knows, as "Acme Ltd" is none.
			m.Kind, m.Code = NotActor, NullCode
			return m, 0, true
		}
		if sc.actor == nil && st.creditors(sc, lo, t) {
			// "Brazil resumed talks with its creditor banks": a
			// debtor's commercial bank creditors are foreign banks
			// of many countries, Phoenix's multinational code, not
			// the debtor's own business; so are its "creditors"
			// ("Alfonsin urged creditors to accept the plan").
			m.Code, m.Resolved = creditorBanks, true
			return m, tr, true
		}
		if cc := st.placeOf(t); cc != "" && !foreignAgents[string(d.lower(ht.Text))] {
			// "militants in Pakistan", "police in Cairo": the
			// phrase's own place; but an embassy's or an envoy's
			// place is the host's ("its embassy in London").
			m.Code, m.Resolved = st.withAgents(cc), true
		} else if sc.actor == nil && ht.UPOS == "NOUN" && !capitalisedWord(ht.Text) && st.hasChild(t, "amod", "western") {
			// "Japan is ready to talk with western monetary
			// authorities", "an agreement with Western creditors",
			// "Western bankers": the people of the West's states
			// (CAMEO region WST, as "Western governments" is), named
			// by the words; the country in context would make them
			// the party they face. (A capitalised head is a name's:
			// "Great Western Bank".)
			m.Kind, m.Code, m.Resolved = Named, st.withAgents("WST"), false
		} else if plural && sc.actor == nil && st.soleOffice(t) && !st.namedOf(t) {
			// "called on central banks to cut rates", "finance
			// ministers of the leading nations": a state has one
			// central bank, one finance minister; several are of
			// several states the text does not name, not of the
			// country in context: no party to code (GUIDELINES sec.
			// 2: an unknown target is null).
			m.Kind, m.Code = NotActor, NullCode
			return m, 0, true
		} else if code := st.spokesPrincipal(t, lo, hi); code != "" {
			// "The State Department criticised China. A spokesman
			// urged Beijing": the State Department's.
			m.Code, m.Resolved = code, true
		} else if cc := st.personModifier(t); cc != "" {
			// "The Biden administration", "Putin's government": the
			// country of the person named.
			m.Code, m.Resolved = st.withAgents(cc), true
		} else if g := st.armedOwner(t); g != "" {
			// "Hezbollah said its fighters had attacked", "the
			// group's fighters", "rebels from the M23 group": an
			// armed group's fighters are the group.
			m.Code, m.Resolved = g, true
		} else if cc := st.reportedOwner(t); cc != "" {
			// "The Indian army said Chinese troops had attacked its
			// soldiers": the speaker's.
			m.Code, m.Resolved = st.withAgents(cc), true
		} else if ngo := st.ngoAgents(); ngo != "" && !localAdvocates[string(d.lower(ht.Lemma))] && !st.localGroup(lo, t) {
			// "Human rights groups accused Israel and Hamas", "aid
			// agencies warned": non-governmental groups of no
			// country named are international ones (NGOHRI, NGO),
			// not of the country the story is about.
			m.Code, m.Resolved = ngo, true
		} else if sc.foreign && sc.actor == nil && ht.UPOS == "NOUN" && st.titleTraits(t, false) != trPerson {
			// "Russia barred foreign firms from the tenders" (foreign aid
			// agencies are international NGOs, above),
			// "foreign investors" (not a title: "Foreign
			// Trade Minister Anita Gradin"): of some other country
			// than the one in context, which the text does not name:
			// no party to code (GUIDELINES sec. 2: no country, no
			// actor).
			m.Kind, m.Code = NotActor, NullCode
			return m, 0, true
		} else if cc := st.sceneOfObject(t); cc != "" && !foreignAgents[string(d.lower(ht.Text))] && !vesselNouns[string(d.lower(ht.Text))] {
			// "Russian warplanes bombed rebels in Syria": the people
			// acted on are where it happens.
			m.Code, m.Resolved = st.withAgents(cc), true
		} else if cc := st.victimCountry(t); cc != "" {
			// "Lebanese officials said Israeli warplanes bombed a
			// village": those attacked are not the attacker's own.
			m.Code, m.Resolved = st.withAgents(cc), true
		} else if cc := st.postposedSpeakerCountry(t); cc != "" && !foreignAgents[string(d.lower(ht.Text))] {
			// "Yugoslavia will not follow Brazil ..., Prime Minister
			// Branko Mikulic said": the country the report is
			// about, not the one named last.
			m.Code, m.Resolved = st.withAgents(cc), true
		} else if cc := st.agentCountry(); cc != "" && !foreignAgents[string(d.lower(ht.Text))] && !vesselNouns[string(d.lower(ht.Text))] {
			m.Code, m.Resolved = st.withAgents(cc), true
		} else if code := st.outletAgent(); code != "" && !foreignAgents[string(d.lower(ht.Text))] {
			m.Code, m.Resolved = code, true
		} else {
			m.Code = st.withAgents("---")
		}
		if propn && !sc.agentCovered {
			return m, tr | trPerson, true
		}
		return m, tr | st.titleTraits(t, plural), true
	case propn:
		if loc {
			return m, 0, false
		}
		if code, res := st.surnameOf(t, lo, hi); code != "" {
			m.Kind, m.Code, m.Resolved = Named, code, res
			return m, tr | trPerson, true
		}
		if sc.actorNull || !st.argument(t) || !capitalisedWord(ht.Text) || calendar[low] {
			return m, 0, false
		}
		for k := lo; k <= hi; k++ {
			if st.tok(k).UPOS == "PROPN" && st.backer(k) {
				return m, 0, false // "a George Bush-style tax spree" is no one
			}
		}
		if role := st.orgRole(t, lo); role != "" && (stateRoles[role] || st.nationalName(lo, t)) && !sc.actorNull {
			// "the Fair Trade Commission fined Google" from Seoul:
			// a state body named without its country is of the
			// country in context, as agents are (KORGOV); so is a
			// body its name calls national ("the National
			// Wildlife Federation" in a story from Washington).
			cc := st.agentCountry()
			if cc == "" && stateRoles[role] {
				cc = d.outlet // see Document.SetOutletCountry
			}
			if cc != "" {
				m.Kind, m.Code, m.Resolved = Agent, cc+role, true
				return m, tr | trOrg, true
			}
			if d.own {
				// Placed once the sentence is read (soleCountry).
				m.Kind, m.Code = Agent, NullCode+role
				return m, tr | trOrg, true
			}
		}
		if st.peer(lo, hi) {
			// "Lord Butler said Mr Blair bypassed the Cabinet": a
			// British peer no dictionary knows is of the British
			// elite (GUIDELINES sec. 2).
			m.Kind, m.Code, m.Resolved = Named, "GBRELI", true
			return m, tr | trPerson, true
		}
		for k := lo + 1; k <= hi; k++ {
			if e, end, ok := st.actorAt1(k, hi); ok && end == k && st.surnamePlace(k, e) {
				// "Mr Rhodes": a person no dictionary knows, whose
				// surname is a place's name; the coder must not
				// code the place from its own dictionaries.
				m.Kind, m.Code = NotActor, NullCode
				return m, tr | trPerson, true
			}
		}
		m.Kind = Unknown
		if st.flatName(t) || st.honorific(lo, t) {
			tr |= trPerson
		} else {
			tr |= trOrg
		}
		return m, tr, true
	}
	return m, 0, false
}

// orgRole returns the role (sector) of an organisation whose name is
// headed at token t and starts at token lo ("Commission" in "Kenya's
// Independent Electoral and Boundaries Commission" is GOV, "Association"
// in "the Brazilian Bar Association" NGO; see OrgHeadsFile), or "". The
// head must be capitalised and come after another capitalised word of
// the name or have a capitalised "of" phrase after it ("the Federation of
// Korean Industries"; "a commission", "the Commission" alone are no
// names), and a name of an international body ("the International Energy Agency") is
// no country's.
func (st *state) orgRole(t, lo int) string {
	if st.r.orgHeads == nil || !capitalisedWord(st.tok(t).Text) || !strings.ContainsFunc(st.tok(t).Text, unicode.IsLower) {
		return ""
	}
	m, ok := st.r.orgHeads.LongestMatch(st.doc.words[:t], t-1)
	if !ok || m.End != t {
		return ""
	}
	_, hi := st.span(t)
	for k := lo; k <= hi; k++ {
		if internationalWords[strings.ToLower(st.tok(k).Text)] {
			return ""
		}
	}
	// "the Federation of Korean Industries": a name may go on after
	// its head.
	named := t+2 <= hi && st.tok(t+1).Text == "of" && capitalisedWord(st.tok(t+2).Text)
	for k := lo; k < t; k++ {
		named = named || capitalisedWord(st.tok(k).Text) && st.tok(k).UPOS != "DET"
	}
	if !named {
		return ""
	}
	return m.Entry.Code
}

// nationalName reports whether a word of tokens lo..t-1 is "National".
func (st *state) nationalName(lo, t int) bool {
	for k := lo; k < t; k++ {
		if st.tok(k).Text == "National" {
			return true
		}
	}
	return false
}

// stateRoles are the roles of state bodies, which are of the country in
// context when their name holds none (see orgRole).
var stateRoles = map[string]bool{"GOV": true, "JUD": true}

// outletRoles are the sectors of the agents of the state and of politics
// that take the country of the article's outlet (see
// Document.SetOutletCountry).
var outletRoles = map[string]bool{
	"GOV": true, "LEG": true, "JUD": true, "COP": true, "MIL": true, "OPP": true, "SPY": true,
}

// outletAgent is the code of the agent-only mention being read, which no
// country in context claims, in the outlet's country, when the document
// has one and the agent is of the state or politics (outletRoles); ""
// otherwise.
func (st *state) outletAgent() string {
	if st.doc.outlet == "" {
		return ""
	}
	code := st.withAgents(st.doc.outlet)
	if len(code) < 6 || !outletRoles[code[3:6]] {
		return ""
	}
	return code
}

// internationalWords (lower case) in an organisation's name make it a
// body of no one country ("the International Energy Agency", "the World
// Health Organization", "the Global Fund").
var internationalWords = map[string]bool{
	"international": true, "world": true, "global": true, "inter-american": true,
	"interamerican": true, "intergovernmental": true, "islamic": true,
	"european": true, "asian": true, "african": true, "arab": true, "pan-african": true,
	"regional": true, "multilateral": true,
}

// genericParty reports whether the actor phrase of sc is a party name
// that parties of many countries share: Labour, Conservatives, Liberal
// Democrats, Democrats, Republicans.
func (st *state) genericParty(sc scan) bool {
	for k := sc.actorLo; k <= sc.actHi && k >= 1; k++ {
		if genericPartyWords[string(st.doc.lower(st.tok(k).Text))] {
			return true
		}
	}
	return false
}

// inChamber reports whether the party word t is placed in a legislature
// by its modifiers: "House" or "congressional" before it ("House
// Republicans", not "White House Republicans"), or "in Congress", "in the
// Senate", "in parliament" after it.
func (st *state) inChamber(t int) bool {
	for c := st.doc.first[t]; c != 0; c = st.doc.next[c] {
		k := int(c)
		w := string(st.doc.lower(st.tok(k).Text))
		switch rel := st.tok(k).Rel; {
		case k < t && (rel == "compound" || rel == "amod"):
			if w == "congressional" || st.tok(k).Text == "House" && !(k > 1 && st.tok(k-1).Text == "White") {
				return true
			}
		case k > t && baseRel(rel) == "nmod" && st.hasCase(k, "in"):
			if chamberWords[w] {
				return true
			}
		}
	}
	return false
}

// opposedThing reports whether the noun t ("opposition") has a "to"
// phrase naming what is opposed ("opposition to the plan"), or is
// directly followed by one that the parser attached to the verb
// ("deplored French opposition to the reform", "to the reform" an
// oblique of "deplored").
func (st *state) opposedThing(t int) bool {
	if t < st.n && st.tok(t+1).Rel == "case" && strings.EqualFold(st.tok(t+1).Text, "to") {
		return true
	}
	for c := st.doc.first[t]; c != 0; c = st.doc.next[c] {
		if k := int(c); k > t && baseRel(st.tok(k).Rel) == "nmod" && st.hasCase(k, "to") {
			return true
		}
	}
	return false
}

// airliners (lower case) are the words of aircraft that business news
// uses of airliners (see phrase).
var airliners = map[string]bool{"aircraft": true, "jet": true, "jets": true, "jetliner": true, "jetliners": true, "airliner": true, "airliners": true}

// bareNoun reports whether the phrase from lo to its head t holds only
// determiners, numbers and adjectives before the head ("the aircraft",
// "the new aircraft", "two jets").
func (st *state) bareNoun(lo, t int) bool {
	for k := lo; k < t; k++ {
		switch st.tok(k).UPOS {
		case "DET", "NUM", "ADJ":
		default:
			return false
		}
	}
	return true
}

// chamberWords (lower case) name a legislature or one of its chambers
// after "in" (see inChamber).
var chamberWords = map[string]bool{
	"congress": true, "senate": true, "house": true, "parliament": true, "commons": true, "legislature": true,
}

var genericPartyWords = map[string]bool{
	"labour": true, "labor": true, "conservative": true, "conservatives": true, "tory": true,
	"tories": true, "democrat": true, "democrats": true, "republican": true, "republicans": true,
	"liberal": true, "liberals": true,
}

// partyPeople (lower-case lemmas) are nouns of a party's own people that
// no agent dictionary lists: named after a party ("Labour strategists",
// "senior Tory members") they stand for the party.
var partyPeople = map[string]bool{
	"member": true, "strategist": true, "source": true, "insider": true,
	"grandee": true, "loyalist": true, "frontbencher": true, "moderniser": true,
	"modernizer": true, "heavyweight": true, "colleague": true,
}

// eliteOnly reports whether a person's code is a bare country or an
// elite (ELI) without an office.
func eliteOnly(code string) bool {
	return len(code) == 3 || len(code) == 6 && code[3:] == "ELI"
}

// lesserRoles are the roles a person's dated code may still give when the
// text names them with a government title: a legislator, a party or
// opposition figure becoming minister or head of government.
var lesserRoles = map[string]bool{"LEG": true, "GOVLEG": true, "OPP": true, "PTY": true, "CVL": true}

// outOfOffice reports whether the actor named with a person's title
// (entry actor, code actorCode) is a party or body of the person's
// country cc out of government: an opposition party's spokesman for a
// ministry's brief ("Lib Dem Treasury spokesman", "Tory home affairs
// spokesman") holds no office of it.
func (st *state) outOfOffice(actor *dictionary.ActorEntry, actorCode, cc string) bool {
	return actor != nil && len(actorCode) >= 6 && actorCode[:3] == cc && lesserRoles[actorCode[3:]]
}

// former reports whether tokens lo..hi, or the word before them (the
// parser may hang it elsewhere), hold a word that puts a title in the
// past: "former", "ex-", "late", "then"; "ex-" may be joined to the
// title's first word ("ex-West German Chancellor Helmut Schmidt").
func (st *state) former(lo, hi int) bool {
	for k := max(lo-1, 1); k <= hi; k++ {
		w := string(st.doc.lower(st.tok(k).Text))
		switch {
		case formerWords[w], w == "ex", w == "late", w == "then", w == "outgoing":
			return true
		}
		if strings.HasPrefix(w, "ex-") {
			return true
		}
	}
	return false
}

// undatedTitle returns the code that the title of a known person (scan
// sc, phrase lo..hi) gives him in a story without a date, whose time the
// dictionaries' dated codes can only guess (the latest knowledge, or an
// era estimated from the people named): one put out of office by
// "former" ("Former US president Bill Clinton", "former Labour leader
// Lord Kinnock") is an elite of his country (GUIDELINES sec. 2: former
// office-holders are ELI); one named with an organisation's title
// ("EU trade commissioner Peter Mandelson") holds his office of that
// organisation. "" when the title says nothing the code does not.
func (st *state) undatedTitle(sc scan, lo, hi int) string {
	for k := max(lo-1, 1); k < sc.perLo; k++ {
		if w := string(st.doc.lower(st.tok(k).Text)); formerWords[w] || w == "ex" {
			return eliteCode(sc.person)
		}
	}
	if sc.actor != nil && sc.actHi < sc.perLo && len(sc.actorCode) > 3 && !IsOrganisation(sc.actorCode) && sc.actorCode[:3] == PersonCountry(sc.person) {
		for k := sc.actHi + 1; k < sc.perLo; k++ {
			if strings.HasPrefix(string(st.doc.lower(st.tok(k).Text)), "spokes") {
				// "Conservative spokeswoman Caroline Spelman",
				// "Labour campaign spokesman Fraser Kemp": a
				// spokesman speaks for his party or body, in
				// the role it has at the story's time, not in
				// an office the dictionaries give him at
				// another.
				return sc.actorCode
			}
		}
	}
	if sc.actor != nil && sc.actHi < sc.perLo && IsOrganisation(sc.actorCode) && !strings.HasPrefix(sc.personCode, sc.actorCode) {
		for _, c := range sc.person.Codes {
			if c.Restrict.Kind != dictionary.Always && strings.HasPrefix(c.Code, sc.actorCode) {
				return c.Code
			}
		}
	}
	return ""
}

// apposedRole returns the code of the role that an apposition gives a
// known person (scan sc, phrase lo..hi) named at the phrase's start:
// "Boris Johnson, a Tory MP," is a legislator and "Theresa May, shadow
// secretary for the family," the opposition, whatever office the
// dictionaries give them at the story's date, as the sentence says what
// they speak as. The role is the apposition's agents on the person's
// country, or on the apposition's actor of that country ("Michael
// Howard, the Tory leader"). "" when there is no such apposition or it
// names no role.
func (st *state) apposedRole(sc scan, lo, hi int) string {
	cc := st.r.country(sc.personCode)
	if cc == "" || len(sc.personCode) < 6 {
		return ""
	}
	for k := lo; k < sc.perLo; k++ {
		if !honorifics[string(st.doc.lower(st.tok(k).Text))] && st.tok(k).UPOS != "DET" {
			return "" // "Tory MP Boris Johnson, ...": the title says it
		}
	}
	// The apposition follows the name with nothing but punctuation
	// between ("Paul Boateng MP, Labour's Chief Secretary to the
	// Treasury" has a title of its own after the name, whose agents
	// mix with the apposition's).
	k := sc.perHi + 1
	for k <= hi && st.tok(k).UPOS == "PUNCT" {
		k++
	}
	if k > hi {
		return ""
	}
	// The first word after the name is in an apposition of the name.
	for steps := 0; k > 0 && steps < hi-lo && !(st.head(k) >= sc.perLo && st.head(k) <= sc.perHi); steps++ {
		k = st.head(k)
	}
	if k <= 0 || st.tok(k).Rel != "appos" {
		return ""
	}
	role := false
	for j := sc.perHi + 1; j <= k && !role; j++ {
		_, end, ok := st.agentAt(j, hi)
		role = ok && end >= k
	}
	if !role {
		return "" // "Oliver Letwin, one of the men in the Labour poster"
	}
	for j := sc.perHi + 1; j <= hi; j++ {
		if string(st.doc.lower(st.tok(j).Text)) == "then" {
			return "" // "John Poindexter, then head of the NSC": a past role
		}
	}
	base := cc
	if sc.actor != nil && sc.actorLo > sc.perHi {
		if st.r.country(sc.actorCode) != cc && sc.actorCode != cc {
			return ""
		}
		base = sc.actorCode
	} else if sc.agents == 0 {
		return ""
	}
	if c := st.withAgents(base); len(c) >= 6 {
		return c
	}
	return ""
}

// eliteCode returns the code of person p out of office: the elite (ELI)
// of the country of his entry's codes (the undated default of the
// entry, else of its last dated code), or "" when none names a country.
func eliteCode(p *dictionary.ActorEntry) string {
	for i := len(p.Codes) - 1; i >= 0; i-- {
		if c := p.Codes[i].Code; len(c) >= 3 && !p.Codes[i].Null() && !IsOrganisation(c) && c[:3] != NullCode {
			return c[:3] + "ELI"
		}
	}
	return ""
}

// setSpan sets m's byte span and text, clamped to the text.
func (st *state) setSpan(m *Mention, start, end int) {
	start = min(max(start, 0), len(st.text))
	end = min(max(end, start), len(st.text))
	m.Start, m.End, m.Text = start, end, st.text[start:end]
}

// surnameOf looks up the surname of a proper-noun phrase headed at t:
// the last proper noun of the phrase ("Mr Blair" is Blair whether the
// parser heads it at Mr or at Blair). It remembers the surname for the
// rest of the article.
func (st *state) surnameOf(t, lo, hi int) (code string, resolved bool) {
	w := t
	for k := hi; k > t; k-- {
		if st.tok(k).UPOS == "PROPN" && st.doc.mark[k] == st.doc.stamp {
			w = k
			break
		}
	}
	if !capitalisedWord(st.tok(w).Text) {
		return "", false // "frank discussions" names nobody
	}
	if st.backer(w) {
		return "", false // "a George Bush-style spree"
	}
	for k := lo; k < w; k++ {
		if tk := st.tok(k); !capitalisedWord(tk.Text) && nlp.FirmNoun(tk.Lemma) {
			// A noun of a firm describes the firm named after it, so
			// the name is no person's surname: "accountancy firm
			// Ernst & Young" names a firm ("World Bank President
			// Conable" a person).
			return "", false
		}
	}
	if st.ampersandName(w) {
		// "Ernst & Young", "Procter & Gamble": names joined by an
		// ampersand are a firm's, whatever the parse made of the
		// noun phrase around them.
		return "", false
	}
	given := st.givenNames(lo, w)
	if len(given) == 0 {
		low := string(st.doc.lower(st.tok(w).Text))
		if calendar[low] || languages[low] {
			return "", false // "5 May", "on Monday", "speak English"
		}
		if st.hasRel(w, "det") || w > lo && documentNouns[low] {
			// "the Bill", "the Gambling Bill", "the Crime and Police
			// Bill" name nobody; "the Reagan administration" (the
			// article is the administration's) does.
			return "", false
		}
		if honorifics[low] && w < st.n && st.tok(w+1).Text == "." && !st.tok(w).SpaceAfter {
			// "Asked if he would recommend sanctions, Sen.": a title
			// whose name a sentence break cut off, not the surname
			// spelt alike (Hun Sen).
			return "", false
		}
		if w == lo && w+2 <= st.n && st.tok(w+1).XPOS == "POS" {
			switch st.tok(w + 2).XPOS {
			case "VBZ", "VBD", "VBP", "MD":
				// "McDonald's has targeted the youth market",
				// "Sainsbury's said": a possessive that owns
				// nothing, its finite verb right after it, is a
				// firm's name ("Mr Clarke's proposed amendment"
				// is his).
				return "", false
			}
		}
		if p := w - 1; p >= 1 && p >= lo {
			switch string(st.doc.lower(st.tok(p).Text)) {
			case "sir", "dame":
				// "Sir Edward" is a given name: the British
				// knight's title goes with it, not the surname.
				return "", false
			}
		}
	}
	code, known, resolved := st.surname(w, given)
	switch {
	case code != "" && len(given) == 0 && !resolved:
		st.doc.addBareSurname(st.tok(w).Text, code)
	case code != "":
		st.doc.addSurname(st.tok(w).Text, code)
	case !known && len(given) > 0:
		st.doc.addSurname(st.tok(w).Text, "")
	}
	return code, resolved
}

// namesake reports whether the person coded code, whose name starts at
// token per, is named with an occupation of show business or sport
// (tokens lo..per-1) and is of another country than the one the
// sentence or the article is about: a namesake of the politician the
// dictionaries know. A country's own former actor ("former actor Ronald
// Reagan") is the politician.
func (st *state) namesake(lo, per int, code string) bool {
	cc := st.r.country(code)
	if cc == "" || cc == st.contextCountry() || st.contextCountry() == "" {
		return false
	}
	for k := lo; k < per; k++ {
		if occupationNouns[string(st.doc.lower(st.tok(k).Lemma))] {
			return true
		}
	}
	return false
}

// occupationNouns (lemmas) are the trades of show business and sport,
// which news writes before a name ("singer Michael Jackson", "striker
// Wayne Rooney").
var occupationNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`actor actress singer star broadcaster presenter film-maker filmmaker
		rapper musician guitarist drummer comedian novelist author poet artist designer chef dancer
		striker midfielder goalkeeper footballer cricketer batsman bowler athlete sprinter golfer boxer
		jockey cyclist swimmer skater`) {
		m[w] = true
	}
	return m
}()

// languages (lower case) are the names of languages that no dictionary
// codes as a nationality: alone, they are no surname ("speak English"
// is not Bill English).
var languages = map[string]bool{
	"english": true, "welsh": true, "gaelic": true, "arabic": true, "hebrew": true, "latin": true,
	"urdu": true, "hindi": true, "swahili": true, "mandarin": true, "cantonese": true, "esperanto": true,
}

// givenNames returns the capitalised proper nouns of tokens lo..w-1 that
// are not titles or other agent words: the given names of the person
// whose surname is token w ("David" in "Tory spokesman David Davis").
func (st *state) givenNames(lo, w int) []string {
	var names []string
	for k := lo; k < w; k++ {
		tk := st.tok(k)
		if tk.UPOS != "PROPN" || !capitalisedWord(tk.Text) || len(tk.Text) < 2 || strings.HasSuffix(tk.Text, ".") {
			continue
		}
		if honorifics[string(st.doc.lower(tk.Text))] || st.r.isAgentWord(string(st.doc.upper(tk.Text))) {
			continue
		}
		names = append(names, tk.Text)
	}
	return names
}

// corporate reports whether tokens lo..hi hold a company's legal form
// ("Inc", "Corp", "Ltd", "Plc", "AG") or its stock symbol, which wire
// copy writes in angle brackets after a firm's name ("the U.S.
// Panhandle-Trunkline <PEL.N> group", "Sweden's Sandvik AB <SVIK.ST>")
// or around an unlisted firm's ("<Instrumentarium Corp>").
func (st *state) corporate(lo, hi int) bool {
	for k := lo; k <= hi; k++ {
		if t := st.tok(k).Text; corporateWords[strings.TrimSuffix(t, ".")] || t == "<" {
			return true
		}
	}
	return false
}

// firmPhrase reports whether the phrase of tokens lo..hi headed by t,
// scanned as sc, names a company: it holds a legal form (see corporate)
// or a word that ends firms' names ("Mitsubishi Heavy Industries",
// "Japan Air Lines", "British Steel"; see FirmName), or its head is a
// name no actor match covers with a noun of a firm's kind or trade
// before it ("Dutch brewer Heineken", "Japanese electronics giant
// Sony"; not "Iran's main arms supplier Russia", whose head is an
// actor).
func (st *state) firmPhrase(lo, hi, t int, sc scan) bool {
	if st.corporate(lo, hi) {
		return true
	}
	if st.orgRole(t, lo) != "" {
		// "the U.S. Defense Electronics Supply Center": a body named
		// by its head word, not a firm.
		return false
	}
	for k := lo; k <= hi; k++ {
		if k >= sc.actorLo && k <= sc.actHi {
			continue
		}
		tk := st.tok(k)
		if (tk.UPOS == "PROPN" || tk.UPOS == "NOUN") && firmNameWords[strings.TrimSuffix(tk.Text, ".")] {
			return true
		}
		if k < t && !sc.covered && tk.UPOS == "NOUN" && nlp.FirmNoun(tk.Lemma) && st.tok(t).UPOS == "PROPN" {
			return true
		}
	}
	return false
}

// nationalFirm reports whether the phrase headed by t (from token lo),
// scanned as sc, is a name no dictionary knows that a nationality
// adjective begins ("American Express", "American Telephone and
// Telegraph", "Thai International"): the country's adjective first,
// with no determiner (a firm's name takes none; "the Japanese Diet",
// "the Iranian Majlis" are institutions), and then capitalised proper
// nouns only, none a person's name, up to the head.
// A body whose head word says its role ("the Brazilian Bar
// Association") is orgRole's, and a country's institution the
// dictionaries know ("the Japanese Diet") is covered by its actor match.
func (st *state) nationalFirm(sc scan, lo, t int) bool {
	if sc.actor == nil || sc.covered || sc.agents > 0 || sc.person != nil || sc.actHi >= t ||
		st.tok(sc.actHi).UPOS != "ADJ" || st.orgRole(t, lo) != "" || sc.actorLo > lo {
		return false
	}
	for k := sc.actHi + 1; k <= t; k++ {
		tk := st.tok(k)
		if tk.UPOS != "PROPN" || !capitalisedWord(tk.Text) || st.r.surnames[string(st.doc.upper(tk.Text))] != nil {
			return false
		}
	}
	return true
}

// FirmName reports whether w, as written, is a word that ends the proper
// names of firms and exchanges: a legal form ("Inc", "Corp", "Ltd", "AG")
// or a trade word of names ("Motors", "Airlines", "Industries", "Steel",
// "Exchange", "Boerse"): "Hyundai Motor Co", "the Tokyo Stock Exchange",
// "LG Electronics of South Korea", "Deutsche Boerse"; "Air" of an
// airline named with its country or state ("Texas Air", "Air New
// Zealand"; an air force has its own agent, MIL).
func FirmName(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return corporateWords[w] || firmNameWords[w]
}

// firmNameWords are the trade words that end firms' and exchanges' names
// (see FirmName); legal forms are corporateWords.
var firmNameWords = map[string]bool{
	"Line": true, "Lines": true, "Exchange": true, "Motor": true, "Motors": true, "Electronics": true,
	"Air": true, "Airlines": true, "Airways": true, "Shipping": true, "Steel": true, "Industries": true, "Telecom": true,
	"Bourse": true, "Boerse": true, "Borse": true,
}

// corporateCountry returns the country named after a company's legal
// form in tokens lo..hi ("of South Africa" in "Anglo American Corp of
// South Africa", "Ltd of Japan"), or "".
func (st *state) corporateCountry(lo, hi int) string {
	for k := lo; k+2 <= hi; k++ {
		if !corporateWords[strings.TrimSuffix(st.tok(k).Text, ".")] || st.tok(k+1).Text != "of" {
			continue
		}
		if e, _, ok := st.actorAt(k+2, hi); ok {
			if c, has := e.CodeAt(st.date); has && len(c.Code) == 3 && st.r.countries[c.Code] {
				return c.Code
			}
		}
	}
	return ""
}

// corporateWords are the legal forms of companies, as news writes them.
var corporateWords = map[string]bool{
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Plc": true, "PLC": true, "LLC": true,
	"AG": true, "SA": true, "SpA": true, "NV": true, "GmbH": true, "Bhd": true, "Corporation": true,
	"Incorporated": true, "Limited": true, "Holdings": true, "Breweries": true, "Airlines": true,
}

// counted reports whether noun t has a number or a quantity as its
// modifier ("two Palestinians", "thousands of Israelis" once the
// quantity is the noun's modifier).
func (st *state) counted(t int) bool {
	d := st.doc
	for c := d.first[t]; c != 0; c = d.next[c] {
		if k := st.tok(int(c)); k.Rel == "nummod" {
			return true
		}
	}
	return false
}

// nounPossessor reports whether token t has a possessive noun
// ("government" in "the government's ID cards plan").
func (st *state) nounPossessor(t int) bool {
	d := st.doc
	for c := d.first[t]; c != 0; c = d.next[c] {
		if k := st.tok(int(c)); k.Rel == "nmod:poss" && k.UPOS != "PRON" {
			return true
		}
	}
	return false
}

// documentNouns head names of agreements and texts named after a place or
// a party ("the Kyoto Protocol", "the Oslo Accords"): such a name is no
// actor, unless the dictionaries list it whole ("the Warsaw Pact").
var documentNouns = map[string]bool{
	"protocol": true, "protocols": true, "accord": true, "accords": true, "agreement": true,
	"agreements": true, "treaty": true, "treaties": true, "convention": true, "conventions": true,
	"declaration": true, "charter": true, "pact": true, "plan": true, "initiative": true,
	"roadmap": true, "process": true, "resolution": true, "act": true, "doctrine": true,
	"communique": true, "memorandum": true, "framework": true, "formula": true, "format": true,
	"bill": true, "bills": true,
}

// localAdvocates (lower-case lemmas) head rights agents who are people of
// the country they work in, not an international group: "detained a
// prominent human rights lawyer".
var localAdvocates = map[string]bool{"lawyer": true, "activist": true, "campaigner": true, "defender": true}

// ngoAgents returns, for a phrase whose agents make an aid or rights
// group ("aid agencies", "human rights groups"), the code of an
// international one ("NGODEV", "NGOHRI"); "" otherwise (lobby groups and
// the like are of the country the story is about).
func (st *state) ngoAgents() string {
	r := st.withAgents("---")[3:]
	switch {
	case strings.HasPrefix(r, "NGODEV"):
		return r
	case strings.HasPrefix(r, "HRI"):
		return "NGO" + r
	}
	return ""
}

// localGroup reports whether a word before the head t of a phrase
// starting at lo says its people are of the country in context ("a local
// rights group", "domestic aid agencies"), not an international body.
func (st *state) localGroup(lo, t int) bool {
	for k := lo; k < t; k++ {
		switch string(st.doc.lower(st.tok(k).Text)) {
		case "local", "domestic":
			return true
		}
	}
	return false
}

// qualifiedPlace reports whether the place name headed by k is followed,
// within its phrase ending at hi, by a comma and a proper noun: "Paris,
// Texas", "Athens, Georgia".
func (st *state) qualifiedPlace(k, hi int) bool {
	return k+2 <= hi && st.tok(k+1).Text == "," && st.tok(k+2).UPOS == "PROPN"
}

// businessAgent reports whether an agent of the phrase just scanned is
// business (BUS).
func (d *Document) businessAgent() bool {
	for _, a := range d.agents {
		if strings.Contains(a.code, "BUS") {
			return true
		}
	}
	return false
}

// creditors reports whether the phrase of scan sc from token lo to its
// head t names a debtor's creditors: banks with "creditor" before them
// ("creditor banks"), banks of no country named in a sentence about debt
// (see debtTalk) or creditors ("commercial bank creditors"), not a
// region's ("Western creditors", governments as much as banks).
func (st *state) creditors(sc scan, lo, t int) bool {
	for k := lo; k < t; k++ {
		if regionWords[string(st.doc.lower(st.tok(k).Text))] {
			return false
		}
	}
	switch string(st.doc.lower(st.tok(t).Lemma)) {
	case "bank":
		return sc.creditor || st.tok(t).XPOS == "NNS" && st.debtTalk() && businessAgentsOnly(st.doc.agents)
	case "creditor":
		return true
	}
	return false
}

// debtTalk reports whether the sentence is about a country's debt: it
// holds a word of debt negotiation ("debt", "rollover", "rescheduling",
// "moratorium"). Banks named there without a country ("Brazil asked the
// banks for a rollover", "Venezuela asked banks to revise the accord")
// are its creditors, as "creditor banks" are.
func (st *state) debtTalk() bool {
	for k := 1; k <= st.n; k++ {
		if debtWords[string(st.doc.lower(st.tok(k).Lemma))] {
			return true
		}
	}
	return false
}

// debtWords are the lower-case lemmas of debt negotiation (see debtTalk).
var debtWords = map[string]bool{
	"debt": true, "rollover": true, "rescheduling": true, "reschedule": true, "moratorium": true,
	"refinancing": true, "refinance": true,
}

// businessAgentsOnly reports whether every agent found is business ("the
// commercial banks"; not "central banks", a government's).
func businessAgentsOnly(agents []agentHit) bool {
	for _, a := range agents {
		if !strings.HasPrefix(a.code, "BUS") {
			return false
		}
	}
	return true
}

// creditorBanks is the code of a debtor's creditor banks: multinational
// business of no one country.
const creditorBanks = "MNC"

// fleeNouns are the people who have fled somewhere (lower-case lemmas).
var fleeNouns = map[string]bool{"refugee": true, "migrant": true, "seeker": true, "evacuee": true, "people": true, "civilian": true}

// fleeVerbs are the verbs of fleeing (lower-case lemmas).
var fleeVerbs = map[string]bool{"flee": true, "escape": true}

// fledFrom returns the country that the refugees, migrants or people
// headed by t are fleeing, by the clause that says so: "refugees fleeing
// Sudan", "refugees fleeing the war in Ukraine"; "" when there is none.
func (st *state) fledFrom(t int) string {
	d := st.doc
	if !fleeNouns[strings.ToLower(st.tok(t).Lemma)] {
		return ""
	}
	for c := d.first[t]; c != 0; c = d.next[c] {
		v := int(c)
		if st.tok(v).Rel != "acl" || !fleeVerbs[strings.ToLower(st.tok(v).Lemma)] {
			continue
		}
		for o := d.first[v]; o != 0; o = d.next[o] {
			k := int(o)
			if st.tok(k).Rel == "obl" && st.hasCase(k, "in") {
				// "fleeing the war in Ukraine" with "in Ukraine" on
				// the verb.
				lo, hi := st.span(k)
				if cc := st.spanCountry(lo, hi, true); cc != "" {
					return cc
				}
				continue
			}
			if r := st.tok(k).Rel; r != "obj" && !(r == "obl" && st.hasCase(k, "from")) {
				continue
			}
			lo, hi := st.span(k)
			if st.tok(k).UPOS == "PROPN" {
				if cc := st.spanCountry(lo, hi, true); cc != "" {
					return cc
				}
			}
			// "the war in Ukraine", "fighting in Khartoum".
			for g := d.first[k]; g != 0; g = d.next[g] {
				if st.tok(int(g)).Rel == "nmod" && st.hasCase(int(g), "in") {
					glo, ghi := st.span(int(g))
					if cc := st.spanCountry(glo, ghi, true); cc != "" {
						return cc
					}
				}
			}
		}
	}
	return ""
}

// placeOf returns the country of a place named by an "in", "inside" or
// "from" modifier of the noun t ("rebels in Syria", "police in Cairo",
// "troops from Chad", "hideouts inside Iran"), from the actor dictionaries
// (countries, capitals); "" when there is none.
func (st *state) placeOf(t int) string {
	d := st.doc
	for c := d.first[t]; c != 0; c = d.next[c] {
		k := int(c)
		if st.tok(k).Rel != "nmod" || !(st.hasCase(k, "in") || st.hasCase(k, "inside") || st.hasCase(k, "from")) {
			continue
		}
		if st.waterBody(k) {
			// "a tanker in the Gulf of Oman" is at sea, not in Oman.
			return ""
		}
		lo, hi := st.span(k)
		if d.place != "" && d.placeSent == d.sent && st.qualifiedPlace(k, hi) {
			// "protesters in Paris, Texas": the gazetteer read the
			// qualified name, the sentence's scene.
			return d.place
		}
		if cc := st.spanCountry(lo, hi, true); cc != "" {
			return cc
		}
		if st.r.capitals != nil {
			if m, ok := st.r.capitals.LongestMatch(d.words[:hi], k-1); ok {
				if c, ok := m.Entry.CodeAt(0); ok && !c.Null() {
					return st.r.country(c.Code)
				}
			}
		}
	}
	if cc := st.fledFrom(t); cc != "" {
		return cc
	}
	// The parser may hang the place on the verb or on another noun
	// ("provide aid to refugees in Indonesia" with "in Indonesia" on
	// "aid"): a country named right after the phrase, after "in", is
	// where its people are.
	_, hi := st.span(t)
	if hi+2 > st.n || !strings.EqualFold(st.tok(hi+1).Text, "in") && !strings.EqualFold(st.tok(hi+1).Text, "inside") ||
		st.tok(hi+1).Rel != "case" {
		return ""
	}
	k := st.head(hi + 1)
	if k == 0 || k == t || st.tok(k).UPOS != "PROPN" || st.waterBody(k) {
		return ""
	}
	lo2, hi2 := st.span(k)
	if lo2 != hi+2 {
		return ""
	}
	return st.spanCountry(lo2, hi2, true)
}

// waterBody reports whether token t heads the name of a sea, gulf,
// strait or bay ("the Gulf of Oman", "the Strait of Hormuz", "the South
// China Sea"), which names no country for the people in it.
func (st *state) waterBody(t int) bool {
	return waterWords[string(st.doc.lower(st.tok(t).Text))] && capitalisedWord(st.tok(t).Text)
}

// vesselNouns name ships, whose flag is not the country where they sail
// nor the one the story is about ("Iran seized an oil tanker"), and
// planes, whose country is the one their phrase names ("Iraqi planes"
// are IRQMIL) and not one of context ("They said the planes attacked
// targets east of Sidon" in a story told from Beirut).
var vesselNouns = map[string]bool{
	"tanker": true, "tankers": true, "freighter": true, "freighters": true, "vessel": true, "vessels": true,
	"ship": true, "ships": true, "supertanker": true, "supertankers": true, "plane": true, "planes": true,
}

// WaterWord reports whether word (lower case) is a noun that names seas
// and straits ("gulf", "sea", "strait"): a country named with it ("the
// Gulf of Oman", "the South China Sea") is not where the people in it
// are.
func WaterWord(word string) bool { return waterWords[word] }

var waterWords = map[string]bool{
	"gulf": true, "sea": true, "seas": true, "strait": true, "straits": true, "bay": true,
	"ocean": true, "channel": true, "waters": true,
}

// possessorCountry returns the country of the possessor of noun t
// ("Peru's" in "Peru's Congress"), or "".
func (st *state) possessorCountry(t int) string {
	d := st.doc
	for c := d.first[t]; c != 0; c = d.next[c] {
		k := int(c)
		if st.tok(k).Rel != "nmod:poss" {
			continue
		}
		lo, hi := st.span(k)
		if cc := st.spanCountry(lo, hi, true); cc != "" {
			return cc
		}
	}
	// The parser may hang the possessor elsewhere: the words decide.
	if lo, _ := st.span(t); lo >= 3 && st.tok(lo-1).XPOS == "POS" {
		return st.spanCountry(lo-2, lo-2, true)
	}
	return ""
}

// speaker returns the antecedent that the subject pronoun t of a reported
// clause stands for: the subject of the verb of saying that reports the
// clause ("Mr Howard said he had no doubt", "the Bank of England and the
// Fed said they had faced a dilemma"), when it has the traits a pronoun
// of this kind needs (see Document.find).
func (st *state) speaker(t int, need, any, not traits) (antecedent, bool) {
	if !strings.HasPrefix(st.tok(t).Rel, "nsubj") {
		return antecedent{}, false
	}
	v := st.head(t)
	if v == 0 || st.tok(v).Rel != "ccomp" {
		return antecedent{}, false
	}
	sv := st.head(v)
	if sv == 0 || sv > v || !st.reporting(sv) {
		return antecedent{}, false
	}
	if st.tok(sv).Rel == "conj" && st.subjectOf(sv) == 0 {
		// "Mr Howard acknowledged the apology and said he ...": the
		// subject is the first conjunct's.
		sv = st.head(sv)
	}
	c := st.subjectOf(sv)
	if c == 0 {
		return antecedent{}, false
	}
	if st.tok(sv).Rel == "acl:relcl" && (st.tok(c).XPOS == "WDT" || st.tok(c).XPOS == "WP") {
		// "Iran, which said it had been attacked": the speaker is
		// the noun the relative pronoun stands for.
		c = st.head(sv)
	}
	d := st.doc
	for i := len(d.recent) - 1; i >= 0; i-- {
		a := d.recent[i]
		if a.sent == d.sent && a.m.First <= c && c <= a.m.Last {
			return a, a.fits(need, any, not)
		}
	}
	return antecedent{}, false
}

// closingAttribution reports whether token t (1-based) is the subject of
// a reporting verb that closes the sentence after what it reports
// ("..., they said"), which comes before it as the verb's complement or
// as the clause the verb hangs on.
func (st *state) closingAttribution(t int) bool {
	if !strings.HasPrefix(st.tok(t).Rel, "nsubj") {
		return false
	}
	sv := st.head(t)
	if sv == 0 || sv < t || !st.reporting(sv) {
		return false
	}
	if st.tok(sv).Rel == "parataxis" && st.head(sv) > 0 && st.head(sv) < t {
		return true // the report heads the sentence (nlp.ReportAsParataxis)
	}
	for c := st.doc.first[sv]; c != 0; c = st.doc.next[c] {
		if r := st.tok(int(c)).Rel; (r == "ccomp" || r == "parataxis") && int(c) < t {
			return true
		}
	}
	return false
}

// subjectOf returns the nominal subject of token v (1-based), or 0.
func (st *state) subjectOf(v int) int {
	for c := st.doc.first[v]; c != 0; c = st.doc.next[c] {
		if r := st.tok(int(c)).Rel; r == "nsubj" || r == "nsubj:pass" {
			return int(c)
		}
	}
	return 0
}

// pluralThingBefore reports whether a plural noun that is no actor is
// the subject or object of a clause before token t: a plural pronoun
// stands for it rather than for an actor of an earlier sentence ("As his
// party set out asylum plans, Mr Howard said they would help ...").
// Plural actors of the sentence are antecedents themselves, found first.
func (st *state) pluralThingBefore(t int) bool {
	for i := 1; i < t; i++ {
		tk := st.tok(i)
		if tk.XPOS != "NNS" {
			continue
		}
		switch tk.Rel {
		case "nsubj", "nsubj:pass", "obj":
			return true
		}
	}
	return false
}

// pluralThingBetween reports whether a plural noun that is no actor
// mention lies between tokens lo and t: an object pronoun stands for it
// rather than for an actor before it ("Nordbanken did not exclude a bid
// for the shares although it expected to buy them back").
func (st *state) pluralThingBetween(lo, t int) bool {
	for i := lo + 1; i < t; i++ {
		if tk := st.tok(i); tk.XPOS != "NNS" || tk.UPOS != "NOUN" {
			continue
		}
		if !st.mentioned(i) && !st.mentionedChild(i) {
			return true
		}
	}
	return false
}

// mentioned reports whether token i lies in a mention of the sentence.
func (st *state) mentioned(i int) bool {
	d := st.doc
	for k := len(d.recent) - 1; k >= 0 && d.recent[k].sent == d.sent; k-- {
		if m := d.recent[k].m; m.First <= i && i <= m.Last {
			return true
		}
	}
	return false
}

// mentionedChild reports whether a dependent of token i lies in a
// mention of the sentence ("Japanese financial institutions").
func (st *state) mentionedChild(i int) bool {
	for c := st.doc.first[i]; c != 0; c = st.doc.next[c] {
		if st.mentioned(int(c)) {
			return true
		}
	}
	return false
}

// object reports whether pronoun t is the object of a verb or preposition.
func (st *state) object(t int) bool {
	switch r := st.tok(t).Rel; r {
	case "obj", "iobj", "obl":
		return true
	default:
		return strings.HasPrefix(r, "obl:") || strings.HasPrefix(r, "nmod") && r != "nmod:poss"
	}
}

// ownSubject returns the subject of the verb whose object pronoun t is
// (1-based), which the pronoun cannot stand for ("Corbyn accused her",
// "security forces fired live ammunition at them": also under a
// preposition, but for those of company or place, "took the children
// with them"), or 0.
func (st *state) ownSubject(t int) int {
	switch st.tok(t).Rel {
	case "obj", "iobj":
	case "obl":
		for _, w := range [...]string{"with", "among", "amongst", "between", "around", "behind", "beside", "near"} {
			if st.hasCase(t, w) {
				return 0
			}
		}
	case "nsubj":
		return st.relativeAntecedent(t)
	default:
		return 0
	}
	v := st.head(t)
	if v == 0 {
		return 0
	}
	return st.subjectOf(v)
}

// supplementOnly reports whether the actor of scan sc is an entry of the
// supplement (r.supp), not of the dictionary set.
func (st *state) supplementOnly(sc scan) bool {
	if st.r.supp == nil || sc.actor == nil {
		return false
	}
	m, ok := st.r.supp.LongestMatch(st.doc.words[:sc.actHi], sc.actorLo-1)
	return ok && m.Entry == sc.actor
}

// spanCountry returns the country of the first actor phrase in tokens
// lo..hi whose code at the sentence date has one; with bare, only a
// phrase coded as the country itself counts ("Peru", not "Peruvian
// police").
func (st *state) spanCountry(lo, hi int, bare bool) string {
	for i := lo; i <= hi; i++ {
		e, end, ok := st.actorAt(i, hi)
		if !ok {
			continue
		}
		if ac, has := e.CodeAt(st.date); has && !ac.Null() && (!bare || len(ac.Code) == 3) {
			if cc := st.r.country(ac.Code); cc != "" {
				return cc
			}
		}
		i = end
	}
	return ""
}

// personModifier returns the country of a person the dictionaries know,
// named by a proper-noun compound or possessor of the noun t ("Biden" in
// "the Biden administration") or after an adjective of allegiance and
// "to" ("Hun Sen" in "forces loyal to Hun Sen": those who side with a
// leader are of his country), else "".
func (st *state) personModifier(t int) string {
	d := st.doc
	for c := d.first[t]; c != 0; c = d.next[c] {
		k := int(c)
		if st.tok(k).Rel == "amod" && nlp.Allegiance(st.tok(k).Text) {
			for o := d.first[k]; o != 0; o = d.next[o] {
				if baseRel(st.tok(int(o)).Rel) == "obl" && st.hasCase(int(o), "to") {
					if cc := st.personCountry(int(o)); cc != "" {
						return cc
					}
				}
			}
			continue
		}
		if r := st.tok(k).Rel; r != "compound" && r != "nmod:poss" && !(baseRel(r) == "nmod" && st.hasCase(k, "for") && spokesWords[string(d.lower(st.tok(t).Text))]) {
			continue
		}
		if cc := st.personCountry(k); cc != "" {
			return cc
		}
	}
	return ""
}

// personCountry returns the country of the person the dictionaries know
// named by the proper noun k (with its flat parts), else "".
func (st *state) personCountry(k int) string {
	d := st.doc
	if st.tok(k).UPOS != "PROPN" || !capitalisedWord(st.tok(k).Text) {
		return ""
	}
	// A name of several words ("Shami Chakrabarti", the parser's flat
	// name) is looked up by its last word with the others as given
	// names, never by its first.
	w, given := k, []string(nil)
	for f := d.first[k]; f != 0; f = d.next[f] {
		if st.tok(int(f)).Rel == "flat" {
			w = int(f)
		}
	}
	if w != k {
		given = st.givenNames(k, w)
	}
	if code, person, _ := st.surname(w, given); person && code != "" {
		return st.r.country(code)
	}
	return ""
}

// postposedSpeakerCountry returns, for a noun t that is the subject of a
// verb of saying placed after the clause it reports ("Egypt summoned the
// Israeli ambassador, a ministry spokesman said"; "Zimbabwe accused South
// Africa ..., Information Minister Nathan Shamuyarira said"), the country
// of that clause's subject; "" otherwise. Wire copy names the speaker's
// own country first; the country named last is most often the other
// party.
func (st *state) postposedSpeakerCountry(t int) string {
	d := st.doc
	if st.tok(t).Rel != "nsubj" {
		return ""
	}
	p := st.head(t)
	if p == 0 || p < t || !reportingLemmas[strings.ToLower(st.tok(p).Lemma)] {
		return ""
	}
	if dl := d.dateline; dl != "" && st.namedCountry(0, true) == dl {
		// The dateline's country, named in the sentence, wins (see
		// namedCountry): "French Finance Minister Balladur met
		// Chancellor Lawson, a Treasury spokesman said" from London.
		return ""
	}
	lo, hi := st.span(t)
	for i := len(d.recent) - 1; i >= 0 && d.recent[i].sent == d.sent; i-- {
		if a := d.recent[i]; a.m.Kind == Named && a.m.First >= lo && a.m.Last <= hi && st.r.country(a.m.Code) != "" {
			// "Colombian mines and energy minister Guillermo
			// Perry": the speaker's phrase names his country.
			return st.r.country(a.m.Code)
		}
	}
	var v int
	switch st.tok(p).Rel {
	case "root":
		// The reported clause is the verb's complement.
		for c := d.first[p]; c != 0; c = d.next[c] {
			if k := int(c); k < t && (st.tok(k).Rel == "ccomp" || st.tok(k).Rel == "parataxis") {
				v = k
			}
		}
	case "parataxis":
		// The reported clause is the sentence's main clause, the
		// speech verb an aside of it.
		for v = st.head(p); v != 0 && st.head(v) != 0; v = st.head(v) {
		}
	}
	if v == 0 || v > t {
		return ""
	}
	for c := d.first[v]; c != 0; c = d.next[c] {
		if k := int(c); st.tok(k).Rel == "nsubj" || st.tok(k).Rel == "nsubj:pass" {
			return st.namedCountryAt(k)
		}
	}
	return ""
}

// namedCountryAt returns the country of the named mention of the current
// sentence headed at token k, or "".
func (st *state) namedCountryAt(k int) string {
	d := st.doc
	for i := len(d.recent) - 1; i >= 0 && d.recent[i].sent == d.sent; i-- {
		if a := d.recent[i]; a.m.Kind == Named && a.m.Head == k {
			return st.r.country(a.m.Code)
		}
	}
	return ""
}

// reportedOwner returns the country of the speaker when the noun t has a
// possessive "its" or "their" and is an argument of a clause reported by
// a verb of saying whose subject is a country's actor; else "".
func (st *state) reportedOwner(t int) string {
	d := st.doc
	poss := false
	for c := d.first[t]; c != 0; c = d.next[c] {
		if k := st.tok(int(c)); k.Rel == "nmod:poss" {
			switch string(d.lower(k.Text)) {
			case "its", "their":
				poss = true
			}
		}
	}
	if !poss {
		return ""
	}
	v := st.head(t)
	if v == 0 || st.tok(v).Rel != "ccomp" {
		return ""
	}
	p := st.head(v)
	if p == 0 || !reportingLemmas[strings.ToLower(st.tok(p).Lemma)] {
		return ""
	}
	for c := d.first[p]; c != 0; c = d.next[c] {
		k := int(c)
		if st.tok(k).Rel != "nsubj" {
			continue
		}
		lo, hi := st.span(k)
		if cc := st.spanCountry(lo, hi, false); cc != "" {
			return cc
		}
	}
	return ""
}

// ofPhrase reports whether noun t has an "of" phrase.
func (st *state) ofPhrase(t int) bool {
	d := st.doc
	for c := d.first[t]; c != 0; c = d.next[c] {
		if k := int(c); st.tok(k).Rel == "nmod" && st.hasCase(k, "of") {
			return true
		}
	}
	return false
}

// armedOwner returns, for a phrase of armed men (an agent of role UAF,
// REB or INS: "fighters", "militants", "guerrillas") owned by an armed
// group ("its fighters" after Hezbollah, "the group's fighters" after the
// Taliban), the group's code; "" otherwise.
func (st *state) armedOwner(t int) string {
	d := st.doc
	armed := false
	for _, a := range d.agents {
		armed = armed || armedRoles[a.code[:min(3, len(a.code))]]
	}
	if !armed {
		return ""
	}
	for c := d.first[t]; c != 0; c = d.next[c] {
		k := int(c)
		if st.tok(k).Rel == "nmod" && (st.hasCase(k, "from") || st.hasCase(k, "of")) {
			// "Rebels from the M23 group", "fighters of the Islamic
			// State group": the group named.
			m, ok := st.innerPhrase(k)
			if ok && armedGroup(m.Code) {
				return m.Code
			}
			continue
		}
		if st.tok(k).Rel != "nmod:poss" {
			continue
		}
		code := ""
		switch string(d.lower(st.tok(k).Text)) {
		case "its":
			code = st.pronounCode("its")
		case "their":
			if a, ok := d.find(0, 0, trPerson); ok {
				code = a.m.Code
			}
		case "his", "her", "my", "our", "your":
		default:
			if m, ok := st.innerPhrase(k); ok {
				code = m.Code
			}
		}
		if armedGroup(code) {
			return code
		}
	}
	return ""
}

// armedGroup reports whether an actor code is of an armed non-state group
// ("LBNREB", "PSEREBHMS", "IMGMUSISI").
func armedGroup(code string) bool {
	if strings.HasPrefix(code, "IMG") {
		return true
	}
	for i := 3; i+3 <= len(code); i += 3 {
		if code[i:i+3] == "REB" || code[i:i+3] == "INS" {
			return true
		}
	}
	return false
}

// reportingLemmas are the verbs whose complement reports the subject's
// words.
var reportingLemmas = map[string]bool{
	"say": true, "tell": true, "claim": true, "report": true, "announce": true, "allege": true,
	"accuse": true, "state": true, "insist": true, "charge": true, "complain": true,
}

// pressCode reports whether actor code c is the press's (the role MED
// after a country, or alone).
func pressCode(c string) bool { return len(c) >= 6 && c[3:6] == "MED" || c == "MED" }

// sceneOfObject returns the country of the sentence's scene (see
// Document.SetPlaceCountry) when the noun t is a verb's object, else "".
func (st *state) sceneOfObject(t int) string {
	d := st.doc
	switch st.tok(t).Rel {
	case "obj", "iobj":
	default:
		return ""
	}
	if d.place == "" || d.placeSent != d.sent {
		// "Hamas gunmen infiltrated southern Israel, killing
		// hundreds of people": without a place of the scene, the
		// country the act they follow entered or struck.
		if v := st.head(t); v > 0 && st.tok(v).XPOS == "VBG" && st.tok(v).Rel == "advcl" && st.head(v) > 0 {
			for c := d.first[st.head(v)]; c != 0; c = d.next[c] {
				if k := int(c); st.tok(k).Rel == "obj" && st.tok(k).UPOS == "PROPN" {
					return st.spanCountry(k, k, true)
				}
			}
		}
		return ""
	}
	// Only a scene the object's own verb names ("bombed rebels in
	// Syria"), not one of another clause ("executed 47 people,
	// prompting protests in Iran").
	for c := d.first[t]; c != 0; c = d.next[c] {
		// "shelled a hospital in Kherson": the object's own place.
		if k := int(c); st.tok(k).Rel == "nmod" && (st.hasCase(k, "in") || st.hasCase(k, "near")) {
			return d.place
		}
	}
	v := st.head(t)
	if v == 0 {
		return ""
	}
	if st.clauseScene(v) {
		return d.place
	}
	if r := st.tok(v).Rel; (r == "advcl" && st.tok(v).XPOS == "VBG" || r == "conj") && st.head(v) > 0 && st.clauseScene(st.head(v)) {
		// "stormed a mall in Nairobi, killing 39 people", "stormed a
		// school in Peshawar and killed 130 children": the people
		// killed are where the act they follow happened.
		return d.place
	}
	// "Kerry, who arrived in Cairo on Sunday, urged the army to ...",
	// "Arriving in Cairo, Kerry urged the army ...": where the subject
	// has just come to.
	for c := d.first[v]; c != 0; c = d.next[c] {
		k := int(c)
		switch rel := st.tok(k).Rel; {
		case rel == "advcl" && k < v && st.tok(k).XPOS == "VBG":
			if st.arrivedAt(k) {
				return d.place
			}
		case strings.HasPrefix(rel, "nsubj"):
			for g := d.first[k]; g != 0; g = d.next[g] {
				if st.tok(int(g)).Rel == "acl:relcl" && st.arrivedAt(int(g)) {
					return d.place
				}
			}
		}
	}
	return ""
}

// clauseScene reports whether verb v (1-based) names the sentence's scene
// in its clause: an "in", "at" or "near" oblique ("bombed rebels in
// Syria"), or an object placed by an "in" or "near" phrase ("attacked a
// mall in Nairobi").
func (st *state) clauseScene(v int) bool {
	d := st.doc
	for c := d.first[v]; c != 0; c = d.next[c] {
		k := int(c)
		switch baseRel(st.tok(k).Rel) {
		case "obl":
			if st.hasCase(k, "in") || st.hasCase(k, "at") || st.hasCase(k, "near") {
				return true
			}
		case "obj":
			for g := d.first[k]; g != 0; g = d.next[g] {
				if n := int(g); st.tok(n).Rel == "nmod" && (st.hasCase(n, "in") || st.hasCase(n, "near")) {
					return true
				}
			}
		case "nsubj":
			// "A Russian missile strike on a shopping centre in
			// Kremenchuk killed 18 people": the place of the attack
			// that did it, or of what it struck.
			if !attackSubjects[strings.ToLower(st.tok(k).Lemma)] {
				continue
			}
			for g := d.first[k]; g != 0; g = d.next[g] {
				n := int(g)
				if st.tok(n).Rel != "nmod" {
					continue
				}
				if st.hasCase(n, "in") || st.hasCase(n, "near") {
					return true
				}
				for h := d.first[n]; h != 0; h = d.next[h] {
					if m := int(h); st.tok(m).Rel == "nmod" && (st.hasCase(m, "in") || st.hasCase(m, "near")) {
						return true
					}
				}
			}
		}
	}
	return false
}

// victimCountry returns, for the noun t that is the object of a verb of
// attack (hostileLemmas) whose subject names a country, the country of
// the newest other named mention of the sentence, or "" when the
// sentence names no other country.
func (st *state) victimCountry(t int) string {
	d := st.doc
	if st.tok(t).Rel != "obj" {
		return ""
	}
	v := st.head(t)
	if v == 0 || !hostileLemmas[strings.ToLower(st.tok(v).Lemma)] {
		return ""
	}
	subj := ""
	for x, n := v, 0; x != 0 && subj == "" && n < 2; x, n = st.head(x), n+1 {
		// "bombed a village, killing two civilians": the subject of
		// the act the participle continues.
		for c := d.first[x]; c != 0; c = d.next[c] {
			if k := int(c); st.tok(k).Rel == "nsubj" {
				lo, hi := st.span(k)
				subj = st.spanCountry(lo, hi, false)
			}
		}
		if r := st.tok(x).Rel; r != "advcl" && r != "conj" {
			break
		}
	}
	if subj == "" {
		return ""
	}
	for i := len(d.recent) - 1; i >= 0; i-- {
		a := d.recent[i]
		if a.sent != d.sent {
			break
		}
		if a.m.Kind != Named {
			continue
		}
		if cc := st.r.country(a.m.Code); cc != "" && cc != subj {
			return cc
		}
	}
	return ""
}

// hostileLemmas (lower case) are the verbs of attack whose object is the
// attacker's enemy.
var hostileLemmas = map[string]bool{
	"bomb": true, "attack": true, "strike": true, "shell": true, "raid": true, "hit": true,
	"target": true, "storm": true, "ambush": true, "kill": true, "shoot": true, "wound": true,
}

// attackSubjects (lower-case lemmas) are the attacks and blasts that news
// makes the subject of killing and wounding.
var attackSubjects = map[string]bool{
	"strike": true, "airstrike": true, "attack": true, "bombing": true, "shelling": true, "raid": true,
	"explosion": true, "blast": true, "bombardment": true,
}

// arrivedAt reports whether verb v (1-based) is one of arrival with an
// "in" or "at" oblique ("arrived in Cairo").
func (st *state) arrivedAt(v int) bool {
	switch strings.ToLower(st.tok(v).Lemma) {
	case "arrive", "land":
	default:
		return false
	}
	for c := st.doc.first[v]; c != 0; c = st.doc.next[c] {
		if k := int(c); baseRel(st.tok(k).Rel) == "obl" && (st.hasCase(k, "in") || st.hasCase(k, "at")) {
			return true
		}
	}
	return false
}

// documentName reports whether the phrase headed by t is the name of an
// agreement or text with a proper-noun modifier ("the Kyoto Protocol",
// "the Minsk agreement"): such a phrase is no actor and its modifier is
// none either.
//
// A state or an international body named before one of ownedDocumentNouns
// is the text's author, not its name: "the U.S. plan", "the EC bill" are
// the United States' and the Community's ("said the U.S. plan was
// irresponsible" judges the United States), as "the U.S. proposal" is.
func (st *state) documentName(t int) bool {
	low := string(st.doc.lower(st.tok(t).Text))
	if st.venueRound(t) {
		low = "round"
	} else if !documentNouns[low] {
		return false
	}
	for c := st.doc.first[t]; c != 0; c = st.doc.next[c] {
		if k := st.tok(int(c)); k.Rel == "compound" && k.UPOS == "PROPN" {
			return !ownedDocumentNouns[low] || !st.statePhrase(int(c), t)
		}
	}
	return false
}

// venueRound reports whether noun t heads a round of negotiations,
// named by the place where it opened ("the Uruguay Round", "the Tokyo
// Round"), or is "trade" before such a "round" that the parse left out
// of the phrase ("the Uruguay trade round"): a place in its name is no
// party, as in a treaty's (see documentName).
func (st *state) venueRound(t int) bool {
	switch string(st.doc.lower(st.tok(t).Text)) {
	case "round":
		return true
	case "trade":
		return t < st.n && strings.EqualFold(st.tok(t+1).Text, "round")
	}
	return false
}

// ownedDocumentNouns are the documentNouns that a state or a body drafts
// alone and that are named after their author: a plan, an initiative, a
// bill, a resolution (not treaties and accords, named after the place of
// signing: "the Camp David accords").
var ownedDocumentNouns = map[string]bool{
	"plan": true, "initiative": true, "bill": true, "bills": true, "resolution": true,
}

// statePhrase reports whether the phrase of token k, a compound right
// before noun t, is wholly the name of a state or an international
// organisation at the story's date: "U.S.", "West Germany", "EC" (not a
// person: "the Baker plan"; not a state another noun comes between,
// which is the topic: "the Iran arms initiative").
func (st *state) statePhrase(k, t int) bool {
	lo, hi := st.span(k)
	if hi != t-1 {
		return false
	}
	e, end, ok := st.actorAt(lo, hi)
	if !ok || end != hi {
		return false
	}
	c, has := e.CodeAt(st.date)
	return has && !c.Null() && (len(c.Code) == 3 || strings.HasPrefix(c.Code, "IGO"))
}

// honorific reports whether one of tokens lo..t-1 is a form of address
// ("Sir Edward", "Mr Sayeed"): the phrase names a person.
func (st *state) honorific(lo, t int) bool {
	for k := lo; k < t; k++ {
		if honorifics[strings.TrimSuffix(string(st.doc.lower(st.tok(k).Text)), ".")] {
			return true
		}
	}
	return false
}

// peer reports whether tokens lo..hi are a peer's style and name, "Lord"
// or "Baroness" and a capitalised surname ("Lord Butler", "Baroness
// Williams"), not an office styled so ("Lord Chancellor", "Lord Mayor").
func (st *state) peer(lo, hi int) bool {
	if hi != lo+1 || st.tok(lo).Text != "Lord" && st.tok(lo).Text != "Baroness" || !capitalisedWord(st.tok(hi).Text) ||
		!st.tok(hi).SpaceAfter && hi < st.n && st.tok(hi+1).Text == "-" {
		return false // (a hyphened name the mention cut: "Lord Howard-Savours")
	}
	return !peerOffices[string(st.doc.lower(st.tok(hi).Text))]
}

// peerOffices (lower case) follow "Lord" in the names of offices.
var peerOffices = map[string]bool{
	"chancellor": true, "mayor": true, "justice": true, "chief": true, "advocate": true, "provost": true,
	"president": true, "speaker": true, "lieutenant": true, "chamberlain": true, "privy": true, "protector": true,
}

// Honorific reports whether word (any case, with or without a full
// stop) is a form of address written before a surname ("Mr", "Dr.",
// "Sir").
func Honorific(word string) bool {
	return honorifics[strings.TrimSuffix(strings.ToLower(word), ".")]
}

// honorifics are the forms of address written before a surname; they are
// not given names.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "dame": true,
	"lord": true, "lady": true, "baroness": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "col": true, "maj": true, "lt": true, "capt": true, "adm": true, "sgt": true,
	"prof": true, "rev": true, "sheikh": true, "mullah": true, "ayatollah": true, "imam": true,
	"king": true, "queen": true, "prince": true, "princess": true, "emir": true, "sultan": true,
	"madame": true, "monsieur": true, "herr": true, "senor": true, "comrade": true,
}

// anaphor recognises "the movement", "the former", "both countries" and
// their kin, and resolves them against the Document.
func (st *state) anaphor(m Mention, t, lo, hi int, low string) (Mention, traits, bool) {
	d := st.doc
	if (low == "former" || low == "latter") && lo == t && t > 1 && equalFold(st.tok(t-1).Text, "the") {
		lo = t - 1 // the parser may have hung "the" elsewhere
		m.First = lo
		st.setSpan(&m, st.tok(lo).Start, m.End)
	}
	if hi != t || lo >= t {
		return m, 0, false
	}
	if lo == t-1 && (low == "country" || low == "nation") {
		// "Putin said his country would respond": the country of the
		// one the possessive pronoun stands for.
		if cc := st.pronounCountry(string(d.lower(st.tok(lo).Text))); cc != "" {
			m.Kind, m.Code, m.Resolved = Nominal, cc, true
			return m, trCountry, true
		}
	}
	// Every modifier must be a determiner, "two" or "both".
	pair, definite := false, false
	for k := lo; k < t; k++ {
		switch w := string(d.lower(st.tok(k).Text)); w {
		case "the", "this", "that":
			definite = true
		case "both":
			pair, definite = true, true
		case "two":
			pair = true
		default:
			return m, 0, false
		}
	}
	if !definite {
		return m, 0, false // "two men" is not anaphoric
	}
	m.Kind = Nominal
	switch {
	case pair:
		if !pairNouns[low] {
			return m, 0, false
		}
		// The two newest fitting actors ("the two ministers" after a
		// meeting of two ministers), else the last coordination of
		// two ("Syria and Turkey").
		two := d.lastPair(pairWant[low])
		if len(two) != 2 && (pairWant[low]&trPerson == 0 || d.twoPersons()) {
			two = d.lastTwo
		}
		if len(two) == 2 && pairWant[low]&trCountry != 0 && sameCountry(two[0].Code, two[1].Code) {
			// "the two countries" are two states: not Congress and
			// the United States.
			two = nil
		}
		if len(two) == 2 {
			ms := make([]Mention, 2)
			for i, x := range two {
				x.Resolved = x.Resolved || x.Code != ""
				ms[i] = x
			}
			m.Members, m.Code, m.Resolved = ms, ms[0].Code, ms[0].Code != ""
		}
		return m, trPlural, true
	case low == "former" || low == "latter":
		if len(d.lastCoord) >= 2 {
			a := d.lastCoord[0]
			if low == "latter" {
				a = d.lastCoord[len(d.lastCoord)-1]
			}
			m.Code, m.Resolved = a.Code, a.Code != ""
			tr := trOrg
			if len(d.lastCoordTr) == len(d.lastCoord) {
				tr = d.lastCoordTr[0]
				if low == "latter" {
					tr = d.lastCoordTr[len(d.lastCoordTr)-1]
				}
			}
			return m, tr, true
		}
		return m, 0, true
	}
	if institutionNouns[low] {
		// "the Department said", "the Commission defended": the
		// institution the article last named with that word ("the
		// U.S. Agriculture Department", "the European Commission").
		// Written in lower case, the word repeats an international
		// organisation's name only ("the bank" after "the World
		// Bank", "the union" after "the European Union"); a firm's
		// or a ministry's is left to the agents.
		if a, ok := d.findNamed(low); ok && (capitalisedWord(st.tok(t).Text) || IsOrganisation(a.m.Code) && headWord(a.m.Text, low)) {
			m.Code, m.Resolved = a.m.Code, true
			return m, a.tr &^ trInner, true
		}
		if a, ok := d.findOrg(func(code string) bool { return st.r.orgNoun(code, low) }); ok {
			// "Conable said the bank had been urging Brazil":
			// the organisation of a person the sentence named
			// (the World Bank's president), which the word names.
			m.Code, m.Resolved = a.m.Code, true
			return m, trOrg, true
		}
	}
	if low == "spokesman" || low == "spokeswoman" || low == "spokesperson" {
		// "An Airbus spokesman said ... The spokesman declined to
		// comment": the spokesman named before, for the same
		// principal, nobody's when the first was ("a Sun Chemical
		// spokesman"). Without one, the agents code him.
		if a, ok := d.findSpokes(); ok && a.m.Code != "" {
			if a.m.Code == NullCode {
				m.Kind, m.Code = NotActor, NullCode
				return m, 0, true
			}
			m.Code, m.Resolved = a.m.Code, true
			return m, trPerson, true
		}
	}
	want, isNom := nominals[low]
	if !isNom {
		return m, 0, false
	}
	if want == nil {
		// "The Soviet Communist Party criticised the country's Grain
		// Products Ministry": the country of an actor named earlier
		// in the sentence.
		if cc := st.namedCountry(0, false); cc != "" {
			m.Code, m.Resolved = cc, true
			return m, trCountry, true
		}
	}
	if a, ok := d.findCode(want); ok {
		m.Code, m.Resolved = a.m.Code, true
		return m, a.tr &^ trInner, true
	}
	return m, 0, false // let the agents code "the militants"
}

// titleTraits are the traits of a phrase whose head is an agent word.
func (st *state) titleTraits(t int, plural bool) traits {
	if plural {
		return trPlural
	}
	if titleNouns[string(st.doc.lower(st.tok(t).Lemma))] || titleNouns[string(st.doc.lower(st.tok(t).Text))] {
		return trPerson
	}
	if st.tok(t).UPOS == "PROPN" && st.flatName(t) {
		// "Rabbi Avraham Cohen, founder of the Jerusalem Center": a
		// title the parser heads with the name as its flat parts is
		// one person ("he" may stand for him).
		if _, end, ok := st.agentAt(t, t); ok && end == t {
			return trPerson
		}
	}
	return trOrg
}

// flatName reports whether the proper-noun phrase headed at t is a
// person-like name: two to four proper nouns joined by flat.
func (st *state) flatName(t int) bool {
	k := 0
	for c := st.doc.first[t]; c != 0; c = st.doc.next[c] {
		if st.tok(int(c)).Rel == "flat" {
			k++
		}
	}
	return k >= 1 && k <= 3
}

// argument reports whether the phrase headed by t (or its coordination)
// is an argument: a subject, object, oblique, nominal modifier,
// apposition or the root.
func (st *state) argument(t int) bool {
	for k := 0; k < st.n && st.tok(t).Rel == "conj"; k++ {
		h := st.head(t)
		if h == 0 {
			break
		}
		t = h
	}
	switch rel := st.tok(t).Rel; rel {
	case "obl:tmod", "nmod:tmod", "obl:npmod", "nmod:npmod":
		return false
	default:
		switch baseRel(rel) {
		case "nsubj", "obj", "iobj", "obl", "nmod", "root", "appos", "dislocated", "conj":
			return true
		}
	}
	return false
}

// placeLike reports whether the phrase's actor is a place: a bare country
// or region code, or a capital city.
func (st *state) placeLike(sc scan) bool {
	if len(sc.actorCode) == 3 && st.r.countries[sc.actorCode] {
		return true
	}
	_, ok := st.capitalCode(sc)
	return ok
}

// metonymy reports whether the phrase headed by t is the subject or (but
// for verbs of place, placeVerbs) the object of a verb
// and consists of its actor phrase (and a determiner) only.
func (st *state) metonymy(t int, sc scan, lo int) bool {
	// A conjunct stands where its coordination does ("Both Beirut and
	// Damascus have rejected ...").
	x := t
	for k := 0; k < st.n && st.tok(x).Rel == "conj"; k++ {
		x = st.head(x)
		if x == 0 {
			return false
		}
	}
	if !sc.covered {
		// Only the capital itself stands for its government, not a
		// name it begins ("the Paris Club").
		return false
	}
	rel := baseRel(st.tok(x).Rel)
	if st.tok(x).Rel == "nmod:poss" {
		rel = "poss"
	}
	switch rel {
	case "poss":
		// "rejected Kyiv's peace proposal", "opposes Washington's arms
		// sales": a capital owning a move or a position is its
		// government ("Kyiv's mayor", "Moscow's streets" are the
		// city's).
		h := st.head(x)
		if h == 0 || !partyNouns[strings.ToLower(st.tok(h).Lemma)] {
			return false
		}
	case "nsubj", "obj", "iobj":
		// "Tehran said", "Beijing accused Washington": a capital as a
		// verb's subject or object acts for its state.
		h := st.head(x)
		if h == 0 || st.tok(h).UPOS != "VERB" && !(baseRel(st.tok(x).Rel) == "nsubj" && st.tok(h).UPOS == "ADJ" && readyAdjective(st.tok(h).Text)) {
			// ("Kyiv was ready to hold talks": the subject of an
			// adjective of will acts.)
			return false
		}
		if baseRel(st.tok(x).Rel) != "nsubj" && (placeVerbs[strings.ToLower(st.tok(h).Lemma)] || placeVerbs[strings.TrimSuffix(strings.ToLower(st.tok(h).Text), "ed")]) {
			return false // "visited Moscow", "shelled Kyiv": the city
		}
	case "obl", "nmod":
		// "held talks with Beijing", "a protest against Washington":
		// a party, not a place. So is the agent of a passive ("a
		// proposal put forward by Kyiv") and where a text or a move
		// comes from ("a proposal from Kyiv"); "returned from Moscow"
		// is the city.
		h := st.head(x)
		switch {
		case st.hasCase(x, "with"), st.hasCase(x, "against"):
		case st.hasCase(x, "to") && h != 0 && addressVerbs[strings.ToLower(st.tok(h).Lemma)],
			st.hasCase(x, "on") && h != 0 && strings.EqualFold(st.tok(h).Lemma, "call"):
			// "protested to Beijing", "appealed to Moscow", "called
			// on Washington to act": the party addressed.
		case st.hasCase(x, "by") && h != 0 && st.tok(h).XPOS == "VBN":
		case st.hasCase(x, "from") && h != 0 && st.tok(h).Rel != "root" && partyNouns[strings.ToLower(st.tok(h).Lemma)]:
		default:
			return false
		}
	default:
		return false
	}
	return sc.actorLo == lo || (sc.actorLo == lo+1 && st.tok(lo).UPOS == "DET")
}

// addressVerbs (lemmas) speak to a party: a capital after their "to"
// is its government ("protested to Beijing"), not a destination.
var addressVerbs = map[string]bool{
	"protest": true, "complain": true, "appeal": true, "apologise": true, "apologize": true,
	"write": true, "speak": true, "talk": true, "reply": true, "respond": true, "object": true,
	"petition": true, "plead": true, "explain": true, "signal": true,
}

// partyNouns (lemmas) are the moves, texts and positions of a party:
// a capital owning one, or one coming from a capital, stands for its
// government.
var partyNouns = map[string]bool{
	"proposal": true, "plan": true, "offer": true, "decision": true, "demand": true, "request": true,
	"call": true, "appeal": true, "refusal": true, "policy": true, "position": true, "stance": true,
	"response": true, "move": true, "sale": true, "support": true, "pressure": true, "threat": true,
	"warning": true, "accusation": true, "claim": true, "allegation": true, "statement": true,
	"message": true, "invitation": true, "initiative": true, "approach": true, "criticism": true,
	"objection": true, "protest": true, "rejection": true, "announcement": true, "order": true,
	"ultimatum": true, "condemnation": true,
	"aid": true, "assistance": true, "sanction": true, "retaliation": true, "overture": true,
	"bid": true, "push": true, "effort": true, "attempt": true, "strategy": true, "concession": true,
}

// readyAdjective reports whether w (any case) is an adjective of will
// whose subject is a party ("Tehran is ready to talk"): a word of
// nlp.WillAdjective, or "committed" and "open", which take a "to" phrase
// more often than an infinitive ("open to talks"), so that nlp's
// infinitive repairs leave them out.
func readyAdjective(w string) bool {
	return nlp.WillAdjective(w) || strings.EqualFold(w, "committed") || strings.EqualFold(w, "open")
}

// placeVerbs are verbs whose object is a place when it is a city: going
// there, leaving it, striking or taking it.
var placeVerbs = map[string]bool{
	"visit": true, "tour": true, "reach": true, "enter": true, "leave": true, "attack": true,
	"strike": true, "bomb": true, "shell": true, "hit": true, "capture": true, "seize": true,
	"invade": true, "besiege": true, "surround": true, "target": true, "fly": true,
	"travel": true, "storm": true, "take": true, "retake": true, "control": true, "occupy": true,
	"rocket": true, "raid": true, "evacuate": true, "flee": true,
}

// capitalCode returns the government code of the capital that is the
// phrase's actor match, if it is one.
func (st *state) capitalCode(sc scan) (string, bool) {
	if st.r.capitals == nil || sc.actor == nil {
		return "", false
	}
	m, ok := st.r.capitals.LongestMatch(st.doc.words[:sc.actHi], sc.actorLo-1)
	if !ok || m.End != sc.actHi {
		return "", false
	}
	c, ok := m.Entry.CodeAt(st.date) // a former capital until the government moved
	if !ok || c.Null() {
		return "", false
	}
	// The capital must belong to the country the dictionary gives (or
	// stand for an organisation seated there: "Brussels", the EU).
	if len(c.Code) < 3 || !strings.HasPrefix(sc.actorCode, c.Code[:3]) && !IsOrganisation(c.Code) {
		return "", false
	}
	return c.Code, true
}

// actingIt reports whether token t is a sentence-opening "It" that is the
// subject of a verb of saying or acting, not an expletive ("It is
// unclear", "It seems", "It takes time").
func (st *state) actingIt(t int) bool {
	if t != 1 || st.tok(t).Text != "It" || st.tok(t).Rel != "nsubj" {
		return false
	}
	h := st.head(t)
	if h == 0 || st.tok(h).UPOS != "VERB" {
		return false
	}
	switch strings.ToLower(st.tok(h).Lemma) {
	case "be", "have", "seem", "appear", "remain", "become", "take", "make", "look", "sound", "matter",
		"happen", "mean", "cost", "rain", "get", "go", "come":
		return false
	}
	return true
}

// pronouns: 1 for a singular person, 2 for a plural, 3 for a singular
// organisation or country (the possessive "its": "Iraq said Iranian
// forces attacked its oil terminal").
var pronouns = map[string]uint8{
	"he": 1, "she": 1, "him": 1, "her": 1, "his": 1,
	"they": 2, "them": 2,
	"its": 3,
	"it":  4,
}

// firstPersons (lower case) are the first-person pronouns that stand for
// the speaker of the words they are in. Only subjects: the speaker of
// "give us permission" or "banks that have supported us" is more often
// a firm or a country than the one whose code the speaker's name has.
var firstPersons = map[string]bool{"i": true, "we": true}

// firstPersons codes the first-person pronouns of ms (see phrase) as the
// speaker of the clause they are in: the subject of the nearest
// reporting verb above it ("We condemn Israel's attack," the Syrian
// foreign minister said; Chirac said: "I told President Bush that we
// oppose the war"), passing over a reporting verb whose own subject is
// a first-person pronoun. Words no reporting verb governs stay uncoded
// ("We are concerned" in a story's own voice), and so does a pronoun
// whose speaker has no code, is a commentator (an analyst, a firm, the
// press: "I couldn't see them backing him," said one analyst) or is
// itself a pronoun ("he said"), whose antecedent is too often wrong to
// carry over.
func (st *state) firstPersons(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != Pronoun || m.Code != "" || !firstPersons[strings.ToLower(st.tok(m.Head).Text)] {
			continue
		}
		if sp, ok := st.quotedSpeaker(ms, m.Head); ok {
			m.Code, m.Members, m.Resolved = sp.Code, sp.Members, true
		}
	}
}

// quotedSpeaker returns the mention of ms that speaks the words holding
// token t (see firstPersons).
func (st *state) quotedSpeaker(ms []Mention, t int) (Mention, bool) {
	for v, steps := st.head(t), 0; v > 0 && steps < st.n; v, steps = st.head(v), steps+1 {
		// The reporting verb governs the clause (ccomp, or parataxis
		// in "said: ..."), or hangs on it as parataxis ("We condemn
		// Israel," the minister said).
		sv := 0
		if r := st.tok(v).Rel; (r == "ccomp" || r == "parataxis") && st.head(v) > 0 && st.reporting(st.head(v)) {
			sv = st.head(v)
		}
		for c := st.doc.first[v]; sv == 0 && c != 0; c = st.doc.next[c] {
			if st.tok(int(c)).Rel == "parataxis" && st.reporting(int(c)) {
				sv = int(c)
			}
		}
		if sv == 0 {
			continue
		}
		c := st.subjectOf(sv)
		if c == 0 {
			return Mention{}, false
		}
		if firstPersons[strings.ToLower(st.tok(c).Text)] {
			continue // "I told him that we ...": the one "I" is
		}
		for _, sp := range ms {
			if sp.First <= c && c <= sp.Last {
				return sp, sp.Kind != Pronoun && sp.Code != "" && !strings.HasPrefix(sp.Code, NullCode) && !commentator(sp.Code)
			}
		}
		return Mention{}, false
	}
	return Mention{}, false
}

// reporting reports whether token v (1-based) is a verb of reporting
// speech (see reportingLemmas).
func (st *state) reporting(v int) bool {
	return reportingLemmas[strings.ToLower(st.tok(v).Lemma)]
}

// partyOwner reports whether possessive pronoun t owns the object of a
// verb and that object is a party's move, text or position ("Beijing
// rejected his remarks"): only there does "his" stand for a party of the
// event; "a wound in his head" or "his trip" name none.
func (st *state) partyOwner(t int) bool {
	h := st.head(t)
	if h == 0 || st.tok(t).Rel != "nmod:poss" || st.tok(h).Rel != "obj" {
		return false
	}
	if v := st.head(h); v == 0 || !nlp.StanceVerb(st.tok(v).Lemma) {
		return false
	}
	l := strings.ToLower(st.tok(h).Lemma)
	return partyNouns[l] || l == "remark" || l == "comment"
}

// stanceObject reports whether token t is the object of a verb of
// nlp.StanceVerb.
func (st *state) stanceObject(t int) bool {
	if st.tok(t).Rel != "obj" {
		return false
	}
	v := st.head(t)
	return v != 0 && nlp.StanceVerb(st.tok(v).Lemma)
}

// authoredNouns are the texts and moves whose modifier names their
// author ("the IAEA resolution", "the U.S. proposal"), unlike the
// agreements and accords named after a place ("the Kyoto Protocol").
var authoredNouns = map[string]bool{
	"resolution": true, "resolutions": true, "proposal": true, "proposals": true, "plan": true,
	"decision": true, "report": true, "statement": true, "demand": true, "demands": true,
	"offer": true, "request": true, "ultimatum": true, "initiative": true,
	"plans": true, "policy": true, "policies": true, "claims": true, "manifesto": true,
}

// itVerbs (lemmas) are aimed at a party: their object "it" is one (see
// pronouns).
var itVerbs = map[string]bool{
	"accuse": true, "urge": true, "warn": true, "criticise": true, "criticize": true,
	"condemn": true, "threaten": true, "invade": true, "sanction": true, "punish": true, "press": true,
	"pressure": true, "denounce": true, "charge": true, "attack": true, "bomb": true,
}

// nominals are definite descriptions that refer back to an actor, with
// the code blocks that an antecedent must contain (empty: a bare country
// code).
var nominals = map[string][]string{
	"movement":     {"REB", "INS", "OPP", "PTY", "IMG", "UAF", "SEP", "RAD"},
	"group":        {"REB", "INS", "OPP", "PTY", "IMG", "UAF", "SEP", "RAD", "NGO", "IGO"},
	"organisation": {"REB", "INS", "OPP", "PTY", "IMG", "UAF", "SEP", "RAD", "NGO", "IGO"},
	"organization": {"REB", "INS", "OPP", "PTY", "IMG", "UAF", "SEP", "RAD", "NGO", "IGO"},
	"militants":    {"REB", "INS", "IMG", "UAF", "SEP", "RAD"},
	"rebels":       {"REB", "INS", "IMG", "UAF", "SEP"},
	"insurgents":   {"REB", "INS", "IMG", "UAF"},
	"guerrillas":   {"REB", "INS", "IMG", "UAF"},
	"militia":      {"REB", "UAF", "IMG"},
	"faction":      {"REB", "OPP", "PTY", "IMG"},
	"party":        {"PTY", "OPP"},
	"bloc":         {"PTY", "OPP", "IGO"},
	"alliance":     {"IGO", "PTY", "OPP"},
	"country":      nil,
	"nation":       nil,
	"kingdom":      nil,
	"republic":     nil,
}

// InstitutionNoun reports whether word (any case) heads a definite
// description of an institution ("the Bank", "the Commission", "the
// administration").
func InstitutionNoun(word string) bool { return institutionNouns[strings.ToLower(word)] }

// institutionNouns are the heads of institutions' names that a
// capitalised definite description repeats for the institution ("the
// Department", "the Bank", "the Commission").
var institutionNouns = map[string]bool{
	"department": true, "commission": true, "agency": true, "bank": true, "fund": true,
	"board": true, "council": true, "committee": true, "office": true, "bureau": true,
	"authority": true, "association": true, "institute": true, "corporation": true,
	"administration": true, "federation": true, "club": true, "community": true,
	"union": true,
}

// PairNoun reports whether w (any case) is a plural noun that, after
// "the two" or "both", stands for two actors named earlier, which the
// anaphora here resolve to the pair: "the two leaders", "both countries".
func PairNoun(w string) bool { return pairNouns[strings.ToLower(w)] }

// pairNouns (lower case) are the words of PairNoun.
var pairNouns = map[string]bool{
	"men": true, "women": true, "leaders": true, "countries": true, "nations": true,
	"sides": true, "governments": true, "groups": true, "states": true,
	"presidents": true, "ministers": true, "parties": true, "neighbours": true,
	"neighbors": true, "rivals": true, "allies": true, "officials": true,
	"delegations": true, "capitals": true,
}

// sameCountry reports whether actor codes a and b name the same country
// (their first three letters agree; "IGO" codes are no country).
func sameCountry(a, b string) bool {
	return len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3] && a[:3] != "IGO" && a[:3] != "NGO"
}

// pairWant says which antecedents "the two X" pairs when no two-member
// coordination was seen: persons for "men", countries for "countries",
// anything coded otherwise.
var pairWant = map[string]traits{
	"men": trPerson, "women": trPerson, "leaders": trPerson, "presidents": trPerson,
	"ministers": trPerson, "officials": trPerson, "countries": trCountry,
	"nations": trCountry, "governments": trCountry, "states": trCountry,
	"neighbours": trCountry, "neighbors": trCountry,
}

// titleNouns are agent words that denote one person, and "head", which
// with an owner does too ("the head of the IAEA, Mohamed ElBaradei").
var titleNouns = map[string]bool{
	"president": true, "minister": true, "leader": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "official": true, "secretary": true,
	"ambassador": true, "chief": true, "commander": true, "general": true,
	"king": true, "queen": true, "prince": true, "premier": true,
	"chancellor": true, "senator": true, "governor": true, "mayor": true,
	"envoy": true, "diplomat": true, "negotiator": true, "lawmaker": true,
	"ruler": true, "dictator": true, "cleric": true, "imam": true,
	"prosecutor": true, "judge": true, "officer": true, "soldier": true,
	"speaker": true, "emir": true, "sheikh": true, "director": true,
	"policeman": true, "legislator": true, "congressman": true,
	"congresswoman": true, "candidate": true, "activist": true,
	"chairman": true, "chairwoman": true, "co-chairman": true, "vice-chairman": true,
	"adviser": true, "advisor": true, "aide": true, "deputy": true, "representative": true,
	"commissioner": true, "mediator": true, "inspector": true,
	"undersecretary": true, "under-secretary": true, "attache": true, "head": true,
}

// calendar words are proper nouns that are never actors.
var calendar = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true,
	"february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true,
	// Feasts and holidays ("his Easter address"; Wayne Easter is a
	// Canadian politician).
	"easter": true, "christmas": true, "ramadan": true, "eid": true, "passover": true,
	"thanksgiving": true, "hanukkah": true, "diwali": true, "nowruz": true, "lent": true,
}

// houseCountry returns, for a bare "the House" (capitalised, nothing
// else in its phrase) headed at t, the country whose lower chamber it
// is: the United States ("Senate", "Congress" in the sentence, or a
// story about the United States) or Britain ("Commons", "MPs", or a
// story about Britain); "" otherwise, and for a lower-case "house".
func (st *state) houseCountry(t, lo, hi int) string {
	if st.tok(t).Text != "House" || t < 2 || lo != t-1 || !strings.EqualFold(st.tok(lo).Text, "the") {
		return ""
	}
	if hi != t && !(hi == t+1 && (st.tok(hi).Text == "'s" || st.tok(hi).Text == "'")) {
		return ""
	}
	if t < st.n && (strings.EqualFold(st.tok(t+1).Text, "of") || capitalisedWord(st.tok(t+1).Text) && st.tok(t+1).UPOS != "PUNCT") {
		return "" // "the House of Fraser", "the House Armed Services Committee" (see houseBody)
	}
	return st.houseNation()
}

// congressCountry returns the country whose legislature a bare
// "Congress" is: the sentence's country when that country's legislature
// is a congress ("Brazil's president vetoed the bill passed by
// Congress"), else the story's (its dateline or article country) when
// it has one; "" (the dictionary's United States) otherwise.
func (st *state) congressCountry() string { return st.chamberCountry(congressCountries) }

// commonsCountry returns the country whose House of Commons a bare
// "Commons" or "House of Commons" is: the sentence's country when it has
// one (commonsCountries), else the story's; "" (the dictionary's
// Britain) otherwise.
func (st *state) commonsCountry() string { return st.chamberCountry(commonsCountries) }

// chamberCountry returns the first of the sentence's country, the
// dateline's and the article's that is one of countries (those whose
// legislature has the chamber's name); "" when none is.
func (st *state) chamberCountry(countries map[string]bool) string {
	for _, cc := range []string{st.contextCountry(), st.doc.dateline, st.doc.country} {
		if countries[cc] {
			return cc
		}
	}
	return ""
}

// commonsCountries have a lower chamber named the House of Commons.
var commonsCountries = map[string]bool{"GBR": true, "CAN": true}

// congressCountries have a legislature named Congress.
var congressCountries = map[string]bool{
	"USA": true, "PER": true, "PHL": true, "COL": true, "BRA": true, "ARG": true, "MEX": true,
	"CHL": true, "GTM": true, "HND": true, "PRY": true, "SLV": true, "DOM": true, "BOL": true,
	"ECU": true, "VEN": true, "NIC": true, "LBR": true, "FSM": true,
}

// houseBody returns, for a committee or the leaders of "the House"
// headed at t ("the House Banking Committee", "a key House
// subcommittee", "the House Ways and Means Committee", "House
// Democratic leaders"), the country whose lower chamber it serves, as
// houseCountry tells it; "" otherwise, and for the White House's. Only
// capitalised words (and "and") stand between "House" and the head.
func (st *state) houseBody(t, lo int) string {
	switch string(st.doc.lower(st.tok(t).Text)) {
	case "committee", "subcommittee", "panel", "committees", "subcommittees", "panels",
		"leaders", "leadership":
	default:
		return ""
	}
	k := t - 1
	for ; k >= lo && st.tok(k).Text != "House"; k-- {
		if w := st.tok(k).Text; !capitalisedWord(w) && w != "and" || st.tok(k).UPOS == "PUNCT" {
			return ""
		}
	}
	if k < lo || k > 1 && st.tok(k-1).Text == "White" {
		return ""
	}
	return st.houseNation()
}

// houseNation returns the country whose chamber "the House" of the
// sentence is: the United States or Britain by the sentence's other
// words or the story's country; "" in a story of another country; and in
// a story of no known country the United States, whose lower chamber
// news calls "the House" far more often than any other country's
// (British news says "the Commons").
func (st *state) houseNation() string {
	for k := 1; k <= st.n; k++ {
		switch st.tok(k).Text {
		case "Senate", "Congress", "Congressional", "Representatives", "Capitol", "Senator", "Congressman":
			return "USA"
		case "Commons", "Lords", "MPs", "Westminster":
			return "GBR"
		}
	}
	switch cc := st.contextCountry(); cc {
	case "USA", "GBR":
		return cc
	case "":
		return "USA"
	}
	return ""
}

// titledPerson returns, for a bare definite title (tokens lo..hi: "the
// president", "the prime minister", "the minister", "the senator"; head
// t, a title noun), the code of the person the article named with that
// title in the last few sentences ("President Clinton", "Prime Minister
// Tony Blair", "Foreign Minister Sergei Lavrov"), the newest first; ""
// when there is none. "The minister accused the West" after "Lavrov met
// his Turkish counterpart Hakan Fidan" is Lavrov, the one named a
// minister, not the newest person.
func (st *state) titledPerson(t, lo, hi int) string {
	d := st.doc
	if hi != t || !strings.EqualFold(st.tok(lo).Text, "the") {
		return ""
	}
	title := string(d.lower(st.tok(t).Text))
	if !soleTitles[title] && !titleNouns[title] || hi-lo > 3 {
		return ""
	}
	for k := hi - 1; k > lo; k-- {
		// "the prime minister", "the foreign minister": the words
		// before the title belong to it.
		switch st.tok(k).UPOS {
		case "ADJ", "NOUN", "PROPN":
		default:
			return ""
		}
		title = string(d.lower(st.tok(k).Text)) + " " + title
	}
	for i := len(d.recent) - 1; i >= 0; i-- {
		a := d.recent[i]
		if d.sent-a.sent >= personWindow {
			break
		}
		if a.sent == d.sent || a.tr&trPerson == 0 || len(a.m.Code) < 6 || strings.HasPrefix(a.m.Code, "---") {
			continue
		}
		if a.m.Kind != Named && !(a.m.Kind == Agent && a.m.Resolved) {
			// ("a Treasury spokesman said. The spokesman added":
			// the spokesman named before, of the Treasury.)
			continue
		}
		text := " " + strings.ToLower(a.m.Text) + " "
		if strings.HasPrefix(strings.TrimSpace(text), title+" ") || strings.Contains(text, " "+title+" ") {
			return a.m.Code
		}
	}
	return ""
}

// opposedGovernment returns, for a phrase headed at t by an opponent noun
// whose possessor is a government actor ("his opponents" after Yeltsin,
// "the government's critics", "Yeltsin's foes", "its rivals" after a
// government, but not a person's rivals), the government's country; ""
// otherwise.
func (st *state) opposedGovernment(t int) string {
	d := st.doc
	p := st.possessor(t)
	if p == 0 {
		return ""
	}
	// A person's rivals may well be in his own party ("Blair and his
	// rival Gordon Brown"); a government's are the opposition.
	rival := strings.HasPrefix(string(d.lower(st.tok(t).Text)), "rival")
	code := ""
	switch string(d.lower(st.tok(p).Text)) {
	case "his", "her":
		if rival {
			return ""
		}
		code = st.pronounCode("his")
	case "its":
		code = st.pronounCode("its")
	case "their", "my", "our", "your":
		return ""
	default:
		m, tr, ok := st.phrase(p, false)
		if !ok || rival && tr&trPerson != 0 {
			return ""
		}
		code = m.Code
	}
	if len(code) < 6 || code[3:6] != "GOV" || !st.r.countries[code[:3]] {
		return ""
	}
	return code[:3]
}

// possessor returns the last possessor (nmod:poss) of noun t, or 0.
func (st *state) possessor(t int) int {
	d := st.doc
	p := 0
	for c := d.first[t]; c != 0; c = d.next[c] {
		if st.tok(int(c)).Rel == "nmod:poss" {
			p = int(c)
		}
	}
	return p
}

// innerPhrase codes the phrase headed at k, inside the phrase being
// coded (an owner, an "of" phrase), on its own: the agent words found
// for the outer phrase (doc.agents) are set aside while it is read and
// kept for the outer phrase after.
func (st *state) innerPhrase(k int) (Mention, bool) {
	d := st.doc
	saved := d.agents
	d.agents = nil
	m, _, ok := st.phrase(k, false)
	d.agents = saved
	return m, ok
}

// possessorRole returns, for a phrase headed at t whose possessor
// ("their", "his", "the senators'") is coded with a country and a role
// other than the government's, that role: one of counterpartRoles
// ("lawmakers ... their counterparts" → "LEG"; a trade minister's
// Phoenix GOVBUS is the government's); "" otherwise.
func (st *state) possessorRole(t int) string {
	d := st.doc
	p := st.possessor(t)
	if p == 0 {
		return ""
	}
	coded := func(k int) string {
		m, _ := st.innerPhrase(k)
		return m.Code
	}
	code := ""
	switch pron := string(d.lower(st.tok(p).Text)); pron {
	case "his", "her", "its", "their":
		if s := st.ownSubject(t); s > 0 {
			// "Lawmakers from Ontario asked their U.S.
			// counterparts": the subject's, not Ontario's.
			code = coded(s)
		} else if pron == "their" {
			if a, ok := d.find(0, 0, trPerson); ok {
				code = a.m.Code
			}
		} else {
			code = st.pronounCode(pron)
		}
	case "my", "our", "your":
	default:
		code = coded(p)
	}
	if len(code) < 6 || !st.r.countries[code[:3]] {
		return ""
	}
	role := code[3:6]
	if r := institutionRole(code); r != "" {
		// (Phoenix's legislators are the government's: MEXGOVLEG.)
		role = r
	}
	if !counterpartRoles[role] {
		return ""
	}
	return role
}

// counterpartRoles are the roles a counterpart shares with its
// possessor; a government's counterparts are the agent entry's (GOV).
var counterpartRoles = map[string]bool{"LEG": true, "MIL": true, "JUD": true, "COP": true, "BUS": true, "LAB": true}

// pronounCountry returns the country of the antecedent of a possessive
// pronoun ("his", "her" a person's, "its" an organisation's or country's)
// when that antecedent's code starts with a country, else "".
func (st *state) pronounCountry(pron string) string {
	code := st.pronounCode(pron)
	if len(code) < 3 || !st.r.countries[code[:3]] {
		return ""
	}
	return code[:3]
}

// pronounCode returns the code of the antecedent of a possessive pronoun
// ("his", "her": the newest person; "its": the newest organisation or
// country), or "".
func (st *state) pronounCode(pron string) string {
	d := st.doc
	switch pron {
	case "his", "her":
		if a, ok := d.findBut(trPerson, 0, trPlural, 0, false); ok {
			return a.m.Code
		}
	case "its":
		if a, ok := d.findOwner(); ok {
			return a.m.Code
		}
	}
	return ""
}

// opensSentence reports whether pronoun t (1-based) is the subject of its
// sentence's main verb with nothing but a conjunction or an adverb before
// it ("They accused ...", "But he said ...").
func (st *state) opensSentence(t int) bool {
	if st.subjectTrait(t) == 0 {
		return false
	}
	for k := 1; k < t; k++ {
		switch st.tok(k).UPOS {
		case "CCONJ", "ADV", "PUNCT":
		default:
			return false
		}
	}
	return true
}

// spokesPrincipal returns, for a bare spokesman (tokens lo..hi, head t:
// "a spokesman", "the spokeswoman", nothing but an article before the
// spokes-word), the code of the state or intergovernmental actor that
// opened the sentence before, for whom such a spokesman speaks ("The
// State Department criticised China. A spokesman urged Beijing to ...");
// "" when that sentence opened with no such actor.
func (st *state) spokesPrincipal(t, lo, hi int) string {
	d := st.doc
	if hi != t || !strings.HasPrefix(string(d.lower(st.tok(t).Text)), "spokes") {
		return ""
	}
	for k := lo; k < t; k++ {
		if st.tok(k).UPOS != "DET" {
			return ""
		}
	}
	var first *antecedent
	for i := range d.recent {
		a := &d.recent[i]
		if a.sent != d.sent-1 || a.tr&(trInner|trPlace) != 0 || len(a.m.Members) > 0 {
			continue
		}
		if first == nil || a.m.First < first.m.First {
			first = a
		}
	}
	if first == nil || first.m.First > 2 || !stateLike(first.m.Code) {
		// A firm's spokesman is too often the next one's
		// ("Airbus ... The spokesman said the consortium").
		return ""
	}
	return first.m.Code
}

// soleTitles are the one-word titles that one person of a story holds.
var soleTitles = map[string]bool{"president": true, "premier": true, "chancellor": true}

// relativeAntecedent returns, for subject pronoun t of a relative clause
// whose relative pronoun is the verb's object ("the government, which
// they accused of failing", "Moi, whom they blamed"), the noun the
// relative pronoun stands for (1-based), which the subject cannot be;
// 0 otherwise. The noun is the word before the relative pronoun, or
// before a comma there, whatever the parser made of the clause.
func (st *state) relativeAntecedent(t int) int {
	v := st.head(t)
	if v == 0 {
		return 0
	}
	for r := 1; r < t; r++ {
		tr := st.tok(r)
		if st.head(r) != v || tr.UPOS != "PRON" || tr.Rel != "obj" && tr.Rel != "obl" {
			continue
		}
		if w := strings.ToLower(tr.Text); w != "which" && w != "whom" && w != "who" {
			continue
		}
		n := r - 1
		if n >= 1 && st.tok(n).UPOS == "PUNCT" {
			n--
		}
		if n >= 1 && (st.tok(n).UPOS == "NOUN" || st.tok(n).UPOS == "PROPN") {
			return n
		}
	}
	return 0
}

// ampersandName reports whether the name token w (1-based) stands next to
// an ampersand, as the names of firms do ("Ernst & Young", "Marks &
// Spencer"): such a name is not a person's surname.
func (st *state) ampersandName(w int) bool {
	return w+1 <= len(st.toks) && st.tok(w+1).Text == "&" || w > 1 && st.tok(w-1).Text == "&"
}

// sovereignNoun reports whether token t, by its lemma or its form, is one
// of sovereignNouns ("waters", whose lemma is "water").
func sovereignNoun(t *nlp.Token) bool {
	return sovereignNouns[strings.ToLower(t.Lemma)] || sovereignNouns[strings.ToLower(t.Text)]
}

// sovereignNouns (lemmas, and "waters") name what is a state's own that
// other parties enter, violate or meddle in: no party violates its own
// airspace.
var sovereignNouns = map[string]bool{
	"airspace": true, "territory": true, "waters": true, "sovereignty": true, "soil": true,
}

// longName returns the last token of a dictionary name that begins the
// phrase lo..hi headed at t and runs on past hi through t's own
// dependents, 0 when there is none: the parse ends a phrase before a
// preposition other than "of", but "the Organization for Security and
// Co-operation in Europe" and "the Committee to Protect Journalists" are
// names.
func (st *state) longName(lo, hi, t int) int {
	if hi >= st.n || !st.below(hi+1, t) {
		// Most phrases end where t's subtree does: no lookup.
		return 0
	}
	k := lo
	for k < t && (st.tok(k).UPOS == "DET" || !capitalisedWord(st.tok(k).Text)) {
		k++
	}
	if !capitalisedWord(st.tok(k).Text) {
		return 0
	}
	e, end, ok := st.actorAt(k, st.n)
	if !ok || end <= hi {
		return 0
	}
	if c, has := e.CodeAt(st.date); !has || c.Null() {
		return 0
	}
	for j := hi + 2; j <= end; j++ {
		if !st.below(j, t) {
			return 0
		}
	}
	return end
}

// below reports whether token j lies in the subtree of token t.
func (st *state) below(j, t int) bool {
	for n := 0; n < st.n && j != 0; n++ {
		if j == t {
			return true
		}
		j = st.head(j)
	}
	return false
}

// soleOffice reports whether the plural noun at token t (1-based) with the
// word before it names an office or body a state has only one of
// ("central banks", "finance ministers", "prime ministers").
func (st *state) soleOffice(t int) bool {
	if t <= 1 {
		return false
	}
	lemma := strings.ToLower(st.tok(t).Lemma)
	return soleHeads[lemma] || soleOffices[strings.ToLower(st.tok(t-1).Text)+" "+lemma]
}

// soleOffices are the offices and bodies (modifier and head lemma) of
// which a state has one.
var soleOffices = map[string]bool{
	"central bank": true, "finance minister": true, "foreign minister": true, "prime minister": true,
}

// soleHeads are the head lemmas that name a body of which a state has
// one whatever modifies them: "donor governments", "governments" are of
// several states.
var soleHeads = map[string]bool{"government": true}

// namedOf reports whether the noun at token t (1-based) has an "of"
// phrase holding a name ("finance ministers of the GCC states"), which
// says whose they are.
func (st *state) namedOf(t int) bool {
	for k := t + 1; k <= st.n; k++ {
		if st.head(k) != t || !strings.HasPrefix(st.tok(k).Rel, "nmod") {
			continue
		}
		for j := t + 1; j <= k; j++ {
			if (st.head(j) == k || j == k) && st.tok(j).UPOS == "PROPN" {
				return true
			}
		}
	}
	return false
}
