package coder

// Dependency arguments of the syntactic dialect (CAMEO.2.0): the source
// and target of a verb come from its dependency structure rather than
// from the linear "first coded phrase before / after the verb" defaults
// that the validation suite's dialect A relies on.
//
//   - source: the verb's nominal subject; for a passive, the "by" phrase
//     (obl:agent), the passive subject becoming the target; a verb without
//     a subject inherits it through xcomp (the controller: the object of
//     "urged X to ...", else the subject), conjunct ("X met Y and signed
//     ..."), adverbial and relative clauses ("the mob that lynched ...");
//   - target: the direct or indirect object, else the object of the
//     preposition the matched pattern names, else an oblique noun phrase
//     with a non-locative, non-temporal preposition ("met with Y",
//     "protested against Y"), else the object of an event noun ("held
//     talks with Y");
//   - a pronoun subject of the complement of a speech verb ("Kato said he
//     will meet Lyng") is the speaker.

import (
	"slices"
	"strings"

	"tacitus/dictionary"
	"tacitus/event"
	"tacitus/nlp"
)

// locativePreps introduce places and times, never targets ("met in
// Geneva", "talks on Monday").
var locativePreps = map[string]bool{
	"IN": true, "AT": true, "NEAR": true, "DURING": true, "SINCE": true, "UNTIL": true,
	"AFTER": true, "BEFORE": true, "ACROSS": true, "THROUGHOUT": true, "INSIDE": true,
	"OUTSIDE": true, "WITHIN": true, "AROUND": true, "UNDER": true, "BY": true, "DESPITE": true,
	"AMID": true, "AMONG": true, "BETWEEN": true, "LIKE": true, "AS": true, "THAN": true,
	"ABOUT": true, "OF": true, "DUE": true, "BECAUSE": true, "INCLUDING": true,
	"ALONGSIDE": true, "BESIDE": true, // "fought alongside separatists": allies, not targets
}

// reportingVerbs are the lemmas of the verbs that report speech, whose
// statement is about the subject of what they report; a court's "rule"
// too, whose finding is about the subject of what it rules ("ruled that
// the government had acted unlawfully").
var reportingVerbs = map[string]bool{
	"SAY": true, "TELL": true, "ADD": true, "STATE": true, "ANNOUNCE": true, "CLAIM": true,
	"INSIST": true, "ARGUE": true, "ASSERT": true, "DECLARE": true, "REPORT": true,
	"NOTE": true, "STRESS": true, "EXPLAIN": true, "REMARK": true, "REPLY": true,
	"WRITE": true, "MAINTAIN": true, "CONTEND": true, "ACKNOWLEDGE": true, "ADMIT": true,
	"RULE": true,
}

// timeWord reports whether upper-case word w heads a noun phrase that
// names a time ("on Friday", "in March", "last week"), never a target:
// a word of nlp.PeriodNoun or a month's name.
func timeWord(w string) bool { return nlp.PeriodNoun(w) || nlp.MonthName(w) }

// EventNoun reports whether word (any case) is a noun of a light-verb
// construction (eventNouns): "talks", "visit", "aid".
func EventNoun(word string) bool { return eventNouns[strings.ToUpper(word)] }

// eventNouns are the nouns of light-verb constructions whose prepositional
// dependent names the target ("held talks with", "launched an attack on").
var eventNouns = map[string]bool{
	"TALKS": true, "TALK": true, "MEETING": true, "MEETINGS": true, "NEGOTIATIONS": true,
	"ATTACK": true, "ATTACKS": true, "AGREEMENT": true, "ACCORD": true, "DEAL": true,
	"DISCUSSIONS": true, "CONSULTATIONS": true, "VISIT": true, "WAR": true, "CALL": true,
	"APPEAL": true, "PROTEST": true, "PROTESTS": true, "SANCTIONS": true, "PRESSURE": true,
	"CRITICISM": true, "WARNING": true, "THREAT": true, "THREATS": true, "DEMAND": true,
	"DEMANDS": true, "OFFER": true, "AID": true, "ASSISTANCE": true, "SUPPORT": true,
	"TREATY": true, "CEASEFIRE": true, "TRUCE": true, "RELATIONS": true, "TIES": true,
	"BAN": true, "EMBARGO": true, "BOYCOTT": true, "BLOCKADE": true, "SIEGE": true,
	"RESTRICTIONS": true, "CURBS": true, "COOPERATION": true, "COORDINATION": true, "CONTACTS": true,
	"TARIFFS": true, "TARIFF": true, "DUTIES": true, "CONTROLS": true, "QUOTAS": true,
	// "closed its border with Colombia": the neighbour the border is
	// closed to.
	"BORDER": true, "BORDERS": true, "FRONTIER": true,
	// "intensified its bombardment of Gaza": acts of force, whose
	// "of" phrase (ofNouns) is what they strike.
	"BOMBING": true, "BOMBARDMENT": true, "SHELLING": true,
}

// onNouns are the event nouns whose "on" phrase names their target, not
// a place or a time ("an attack on Israel", "sanctions on Russia").
var onNouns = map[string]bool{
	"ATTACK": true, "ATTACKS": true, "SANCTIONS": true, "PRESSURE": true, "WAR": true,
	"CRITICISM": true, "DEMANDS": true, "DEMAND": true, "BAN": true, "EMBARGO": true,
	"RESTRICTIONS": true, "CURBS": true, "COOPERATION": true, "COORDINATION": true, "CONTACTS": true,
	"TARIFFS": true, "TARIFF": true, "DUTIES": true, "CONTROLS": true, "QUOTAS": true,
}

// topicNouns are the event nouns of talks, accords, offers and promises,
// whose phrase under a preposition of topicPreps names what they are
// about, not a party ("talks on Hong Kong", "an agreement over Cyprus",
// "promises on the police").
var topicNouns = map[string]bool{
	"TALKS": true, "TALK": true, "NEGOTIATIONS": true, "DISCUSSIONS": true, "CONSULTATIONS": true,
	"MEETING": true, "MEETINGS": true, "AGREEMENT": true, "ACCORD": true, "DEAL": true, "TREATY": true,
	"PROMISE": true, "PROMISES": true, "PLEDGE": true, "PLEDGES": true, "PROPOSAL": true, "PROPOSALS": true,
	"OFFER": true, "OFFERS": true, "CONCESSION": true, "CONCESSIONS": true,
}

// topicOnlyParty reports whether event noun obj names a party only in a
// topic phrase (topicPreps: "talks on Hong Kong"), none in another
// ("talks with China on Hong Kong").
func (f *frame) topicOnlyParty(obj int) bool {
	topic, other := false, false
	for _, c := range f.children(obj) {
		if !isNmod(f.toks[c].Rel) || !f.slotCoded(c) && !f.lookCoded(c) {
			continue
		}
		if topicPreps[f.caseWord(c)] {
			topic = true
		} else {
			other = true
		}
	}
	return topic && !other
}

// topicPreps are the prepositions of a topic (upper case).
var topicPreps = map[string]bool{"ON": true, "ABOUT": true, "OVER": true, "REGARDING": true, "CONCERNING": true}

// ofNouns are the event nouns whose "of" phrase names their target ("its
// blockade of Gaza", "the boycott of Qatar", "its bombardment of Gaza").
var ofNouns = map[string]bool{
	"BLOCKADE": true, "BOYCOTT": true, "SIEGE": true, "BOMBING": true, "BOMBARDMENT": true,
	"SHELLING": true,
}

// firstPerson are the first-person subject pronouns (upper case).
var firstPerson = map[string]bool{"I": true, "WE": true}

// pronouns that may stand for the speaker of a reporting clause.
var subjectPronouns = map[string]bool{
	"HE": true, "SHE": true, "IT": true, "THEY": true, "WE": true, "I": true,
}

// childRel returns the first child of t whose relation satisfies ok, or -1.
func (f *frame) childRel(t int, ok func(rel string) bool) int {
	for _, c := range f.children(t) {
		if ok(f.toks[c].Rel) {
			return c
		}
	}
	return -1
}

// clauseBase returns the token that carries the clause's dependents for
// verb token t (the lexical verb of an auxiliary or copula).
func (f *frame) clauseBase(t int) int {
	switch f.toks[t].Rel {
	case "aux", "aux:pass", "cop":
		if h := f.head(t); h >= 0 {
			return h
		}
	}
	return t
}

// passiveClause reports whether clause base t is passive.
func (f *frame) passiveClause(t int) bool {
	if f.statePassive(t) {
		return false
	}
	for _, c := range f.children(t) {
		switch f.toks[c].Rel {
		case "aux:pass", "nsubj:pass", "csubj:pass":
			return true
		case "aux":
			// A parse without passive subtypes: a participle after "be".
			if f.toks[t].XPOS == "VBN" && c < t {
				switch f.upToks[f.tokWord[c]] {
				case "WAS", "WERE", "IS", "ARE", "BE", "BEEN", "BEING":
					return true
				}
			}
		}
	}
	return false
}

// predicateDoer returns who does the act of a subject relative clause on
// nominal h: h, or, when h is the uncoded predicate of a copula ("Egypt
// is the only Arab country which has signed a peace treaty with
// Israel"; "Kuwait is one of the countries which have accused Iran"),
// the copula's coded subject, which the predicate says is that one.
func (f *frame) predicateDoer(h int) int {
	if h < 0 || f.slotCoded(h) || f.lookCoded(h) {
		return h
	}
	p := h
	if g := f.head(h); g >= 0 && isNmod(f.toks[h].Rel) && f.caseWord(h) == "OF" {
		p = g // "Kuwait is one of the countries which have accused Iran"
	}
	if f.childRel(p, func(r string) bool { return r == "cop" }) < 0 {
		return h
	}
	if sb := f.childRel(p, func(r string) bool { return r == "nsubj" }); sb >= 0 && (f.slotCoded(sb) || f.lookCoded(sb)) {
		return sb
	}
	return h
}

// passiveAntecedent returns, for the passive subject c of relative clause
// t, the noun the clause modifies when c is the relative pronoun and the
// noun is a party (see partyNoun: "the Soviet dissident, who was
// expelled by Moscow") or an act another party owns (see actOwner: "the
// Israeli offer, which was rejected by the PLO", coded as "the Israeli
// offer was rejected by the PLO" is); -1 otherwise. The "by" phrase must
// name a party itself: a coded conjunct hung on an agent that is none
// ("the US, which was struck by four hurricanes, and Japan") is a parse
// of two noun phrases as one. A relative passive in the simple present
// ("the pact, which is backed by Kuwait") says what holds, a state (see
// stateClause), and keeps its pronoun; so does a thing that is only of
// a country ("the Iraqi market, which had been captured by ...").
func (f *frame) passiveAntecedent(t, c int) int {
	if !f.news || f.toks[t].Rel != "acl:relcl" || f.toks[c].XPOS != "WDT" && f.toks[c].XPOS != "WP" && f.upToks[f.tokWord[c]] != "THAT" {
		return -1
	}
	if a := f.agentPhrase(t); a < 0 || !f.memberCoded(a) && !f.lookCoded(a) {
		return -1
	}
	for _, a := range f.children(t) {
		if f.toks[a].Rel == "aux" {
			break
		}
		if f.toks[a].Rel == "aux:pass" && (f.toks[a].XPOS == "VBZ" || f.toks[a].XPOS == "VBP") {
			return -1
		}
	}
	h := f.head(t)
	if h < 0 || !f.nominal[h] {
		return -1
	}
	if f.partyNoun(h) || agentCode(f.tokCode(h)) || f.actOwner(h, -1) >= 0 {
		return h
	}
	if o := f.ownerIn(h); o >= 0 && f.toks[o].UPOS != "PRON" && agentCode(f.tokCode(o)) {
		return h
	}
	return -1
}

// memberCoded reports whether the noun phrase of token t, the member of
// its slot that holds t and not the coordination around it, has an
// actor code.
func (f *frame) memberCoded(t int) bool {
	s := f.slotOf(t)
	if s < 0 {
		return false
	}
	w := f.tokWord[t]
	for _, m := range f.slots[s].members {
		if slices.Contains(m.words, w) {
			return !m.null
		}
	}
	return false
}

// agentCode reports whether actor code c has more than a country: an
// agent's ("USAGOV", "IGOWSTBUS"), not a bare country's, which a thing
// of that country has too ("the Iraqi market").
func agentCode(c string) bool {
	return len(c) > 3 && !strings.HasPrefix(c, null)
}

// partyNoun reports whether nominal k, in a slot, is a party: a name or
// a coded agent noun ("the Soviet dissident"), not a thing with a
// nationality ("the British budget") nor a firm's.
func (f *frame) partyNoun(k int) bool {
	if f.inSlot[k] < 0 {
		return false
	}
	c := f.tokCode(k)
	return f.toks[k].UPOS == "PROPN" && c != "" || agentCode(c) && !strings.HasSuffix(c, "BUS")
}

// reducedPassive reports whether adverbial clause t of verb h is a
// past participle without subject or auxiliary ("Asked to comment, ...",
// "When pressed by reporters, ...", "Criticised by the opposition,
// ..."): a passive whose patient is h's subject. A subjectless clause
// before its verb that the tagger read as a past tense ("Asked to
// comment" as VBD) is one too. ("Having met Arafat, ..." has its
// auxiliary and is active.)
func (f *frame) reducedPassive(t, h int) bool {
	switch f.toks[t].XPOS {
	case "VBN":
	case "VBD":
		if t > h {
			return false
		}
	default:
		return false
	}
	// An object makes it active, whatever the tagger said ("Prince
	// Khaled, governor of the region hosting the conference, accused
	// businessmen of ..." parsed with "accused" hung on "hosting").
	return f.childRel(t, func(r string) bool {
		return strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "aux") || r == "expl" || r == "obj" || r == "iobj"
	}) < 0
}

// statePassive reports whether clause base t is a passive form that says
// what its subject is doing, with no agent: "has been locked in talks
// with the G8", "would not be drawn on the claim" (see drawnOut).
// ("Engaged in" keeps its passive: Phoenix codes ENGAGE as combat.)
func (f *frame) statePassive(t int) bool {
	if f.news && f.toks[t].XPOS == "VBN" && f.drawnOut(t) {
		return true
	}
	if !f.news || f.toks[t].XPOS != "VBN" || !f.lemmaIn(t, statePassiveVerbs) {
		return false
	}
	in := false
	for _, c := range f.children(t) {
		switch {
		case f.toks[c].Rel == "obl:agent":
			return false
		case baseRel(f.toks[c].Rel) == "obl" && f.caseWord(c) == "IN":
			in = true
		}
	}
	return in
}

// statePassiveVerbs (upper-case lemmas) make state passives (see
// statePassive).
var statePassiveVerbs = map[string]bool{
	"LOCK": true, "EMBROIL": true, "ENTANGLE": true, "BOG": true, "MIRE": true,
}

// caseWord returns the upper-case preposition of nominal t, or "".
func (f *frame) caseWord(t int) string {
	if c := f.caseChild(t); c >= 0 {
		return f.upToks[f.tokWord[c]]
	}
	return ""
}

// hasMark reports whether token t has a marker (mark) child with the
// upper-case word w ("to" of an infinitive).
func (f *frame) hasMark(t int, w string) bool {
	for _, c := range f.children(t) {
		if f.toks[c].Rel == "mark" && f.upToks[f.tokWord[c]] == w {
			return true
		}
	}
	return false
}

// slotOf returns the slot of token t, or -1.
func (f *frame) slotOf(t int) int {
	if t < 0 {
		return -1
	}
	return f.inSlot[t]
}

// agentPhrase returns the "by" phrase of a passive clause base t, or -1.
// In news, a party's "by" phrase that ends the active infinitive of the
// passive ("Baker was asked to support the bill by Senator Proxmire",
// "was urged to resume talks by Greece") is the passive's agent, which
// the parser hung on the infinitive: an active verb takes no agent.
func (f *frame) agentPhrase(t int) int {
	for _, c := range f.children(t) {
		r := f.toks[c].Rel
		if r == "obl:agent" || (baseRel(r) == "obl" && f.caseWord(c) == "BY") {
			return c
		}
	}
	if !f.news {
		return -1
	}
	for _, x := range f.children(t) {
		if f.toks[x].Rel != "xcomp" || x < t || !f.hasMark(x, "TO") || f.passiveClause(x) {
			continue
		}
		cs := f.children(x)
		if len(cs) == 0 {
			continue
		}
		last := cs[len(cs)-1]
		if f.toks[last].UPOS == "PUNCT" && len(cs) > 1 {
			last = cs[len(cs)-2]
		}
		if baseRel(f.toks[last].Rel) == "obl" && f.caseWord(last) == "BY" && !f.temporal(last) && (f.memberCoded(last) || f.lookCoded(last)) {
			return last
		}
	}
	return -1
}

// attackAgent returns, for a passive clause base t without a "by"
// phrase, the party named as the author of the attack the clause's act
// happened in: "Two policemen were killed in a Taliban attack", "five
// civilians were killed in an Israeli air strike". The party is a coded
// modifier or possessor of an attack noun (nlp.AttackNoun) that is an "in"
// oblique of t, or the coded "by" phrase of that noun ("in an attack by
// rebels"); -1 when there is none.
func (f *frame) attackAgent(t int) int {
	for _, c := range f.children(t) {
		if baseRel(f.toks[c].Rel) != "obl" || f.caseWord(c) != "IN" || !nlp.AttackNoun(f.upToks[f.tokWord[c]]) {
			continue
		}
		for _, m := range f.children(c) {
			switch r := f.toks[m].Rel; {
			case r == "compound", r == "amod", r == "nmod:poss", isNmod(r) && f.caseWord(m) == "BY":
				if f.slotCoded(m) && f.slotOf(m) != f.slotOf(c) || f.lookCoded(m) {
					return m
				}
			}
		}
	}
	return -1
}

// informant returns, for a passive clause base t of telling or warning
// without a "by" phrase that is what a speaker says, the speaker: "the
// State Department said Syria has been told of U.S. concern", "the
// ministry said Britain had been warned not to interfere" are told and
// warned by the ones who say so. -1 for other clauses and for what is
// still to be told.
func (f *frame) informant(t int) int {
	if f.toks[t].Rel != "ccomp" || !f.lemmaIn(t, tellVerbs) && !f.lemmaIn(t, warnVerbs) && !f.lemmaIn(t, notifyVerbs) || f.futureClause(t) {
		// (What will be told is a procedure: "said ministers would be
		// notified".)
		return -1
	}
	return f.speaker(t)
}

// notifyVerbs (upper-case lemmas) make something known to a party
// formally, as telling does.
var notifyVerbs = map[string]bool{"NOTIFY": true}

// depSubject returns the token of the semantic subject of clause base t,
// following control and coordination up to depth levels, or -1.
func (f *frame) depSubject(t, depth int) int {
	if depth > 8 || t < 0 {
		return -1
	}
	if f.statePassive(t) {
		return f.childRel(t, func(r string) bool { return r == "nsubj:pass" || r == "nsubj" })
	}
	if f.passiveClause(t) {
		if a := f.agentPhrase(t); a >= 0 || !f.news {
			return a
		}
		if a := f.informant(t); a >= 0 {
			return a
		}
		return f.attackAgent(t)
	}
	for _, c := range f.children(t) {
		if r := f.toks[c].Rel; r == "nsubj" || r == "csubj" {
			// A relative pronoun stands for the noun the clause modifies
			// (its head, or the noun written before it when the parser
			// attached the clause elsewhere).
			switch f.upToks[f.tokWord[c]] {
			case "WHO", "THAT", "WHICH":
				if f.toks[t].Rel == "acl:relcl" {
					return f.predicateDoer(f.head(t))
				}
				if f.toks[c].UPOS == "PRON" {
					k := c - 1
					for k >= 0 && f.toks[k].UPOS == "PUNCT" {
						k--
					}
					if k >= 0 && f.nominal[k] && f.inSlot[k] >= 0 {
						return k
					}
				}
			}
			return c
		}
	}
	// A coded noun phrase before the verb that the parser did not call a
	// subject ("Kenyan police arrested ..." read as obl:unmarked; "On
	// Friday, Georgia and Turkey signed ..." read as conjuncts of
	// "Friday").
	for _, c := range f.children(t) {
		if c > t {
			break
		}
		switch f.toks[c].Rel {
		case "obl:unmarked", "obl:npmod", "nmod:unmarked", "dep", "nsubj:outer":
			if f.caseChild(c) < 0 && !f.temporal(c) && f.slotCoded(c) {
				return c
			}
		case "obl":
			if s := f.slotOf(c); s >= 0 && f.slots[s].compound() && f.slotCoded(c) {
				return c
			}
		}
	}
	h := f.head(t)
	if h < 0 {
		return -1
	}
	if r, n := f.closingSpeech(h); r == t {
		return n // ", the United States said"
	}
	if f.news && f.toks[t].Rel == "ccomp" {
		// "Yeutter said Japan must stop dumping chips" with "Japan"
		// made a second subject of "said": the subject between the
		// reporting verb and its complement is the complement's.
		for _, c := range f.children(h) {
			if c > h && c < t && f.toks[c].Rel == "nsubj" {
				return c
			}
		}
		// "Egypt said an attack by Israel on Gaza killed 12
		// Palestinians" with "an attack" made the object of "said":
		// a hostile act said to have done something is the subject of
		// what is said.
		for _, c := range f.children(h) {
			if c > h && c < t && f.toks[c].Rel == "obj" && actNouns[f.upToks[f.tokWord[c]]] && !f.lemmaIn(h, addresseeVerbs) {
				return c
			}
		}
	}
	if f.toks[t].Rel == "acl:relcl" {
		// A subject relative ("the mob that lynched ..."): the noun.
		return f.predicateDoer(h)
	}
	if f.news && f.toks[t].XPOS == "VBG" && f.hasMark(t, "AS") && f.lemmaIn(h, quoteVerbs) {
		// "Tass quoted Gorbachev as saying ...": the one quoted
		// speaks, not the paper that quotes him.
		return f.childRel(h, func(r string) bool { return r == "obj" })
	}
	if f.news && f.toks[t].Rel == "acl" && f.nominal[h] && f.toks[t].XPOS == "VBG" && nlp.TextNoun(f.toks[h].Text) &&
		f.childRel(t, func(r string) bool { return r == "mark" || r == "case" }) < 0 {
		// "Iran accepted a United Nations resolution calling for a
		// ceasefire": a text calls for what its author does, not
		// the one who accepts or reads it ("complaints about lending
		// to South Africa" say nothing of who lends).
		for _, c := range f.children(h) {
			switch f.toks[c].Rel {
			case "nmod:poss", "compound", "amod":
				if f.lookCoded(c) || f.slotCoded(c) && f.slotOf(c) != f.slotOf(h) {
					return c
				}
			}
		}
		if g := f.head(h); g >= 0 && f.lemmaIn(g, authoringVerbs) {
			// "EC ministers issued a statement deploring ...", "the
			// Senate passed a resolution calling for ...": the
			// text's author.
			return f.depSubject(f.clauseBase(g), depth+1)
		}
		return -1
	}
	if f.news && f.toks[t].Rel == "acl" && f.toks[t].XPOS == "VBG" && h < t && nlp.CommaWith(f.toks, h) {
		// "The row deepened, with the Tories accusing Labour of
		// ...": the noun of an absolute "with" phrase after a comma
		// is its participle's subject.
		return h
	}
	if f.news && f.toks[t].Rel == "acl" && f.nominal[h] {
		// "Israel's proposal to withdraw its troops": the owner of
		// the plan, offer or decision does what it says.
		if askNouns[f.upToks[f.tokWord[h]]] {
			// "accepted Obama's invitation to visit Washington": what
			// an invitation or request asks is for the one asked to
			// do, and is not yet done.
			return -1
		}
		for _, c := range f.children(h) {
			if f.toks[c].Rel == "nmod:poss" && f.toks[c].UPOS != "PRON" {
				return c
			}
		}
		if o := f.firstConjunct(h); f.toks[o].Rel == "obj" && !f.slotCoded(h) && f.hasMark(t, "TO") {
			// "Police used tear gas to disperse protesters": the
			// purpose of a thing used is its user's, also when it
			// hangs on the last of several things ("used tear gas and
			// water cannon to disperse them").
			if g := f.head(o); g >= 0 {
				return f.depSubject(f.clauseBase(g), depth+1)
			}
		}
		if f.toks[t].XPOS == "VBG" && baseRel(f.toks[h].Rel) == "obl" && f.lemmaIn(t, adjunctSpeech) && f.childRel(t, func(r string) bool { return r == "obj" }) >= 0 {
			// "has written to the watchdog accusing Labour of ...":
			// a participle the parser hung on the oblique before it
			// continues the clause, whose subject acts.
			if g := f.head(h); g >= 0 {
				return f.depSubject(f.clauseBase(g), depth+1)
			}
		}
	}
	if f.news && f.toks[t].Rel == "acl" && !f.nominal[h] && f.toks[h].UPOS == "VERB" && f.toks[t].XPOS == "VBG" {
		// "filed a case at the court accusing Israel of genocide"
		// with the participle hung on the verb: it continues the
		// clause, whose subject acts.
		return f.depSubject(f.clauseBase(h), depth+1)
	}
	switch baseRel(f.toks[t].Rel) {
	case "xcomp":
		// Object control ("urged Gondor to ..."), else subject control;
		// a purpose after a meeting is the subject's ("met Berlusconi
		// and Schroeder to talk about Turkey").
		hb := f.clauseBase(h)
		contact := f.toks[t].XPOS == "VBG" && (f.lemmaIn(hb, callVerbs) || f.lemmaIn(hb, writeVerbs))
		if o := f.childRel(hb, func(r string) bool { return r == "obj" || r == "iobj" }); o >= 0 && !(f.lemmaIn(hb, purposeVerbs) && f.hasMark(t, "TO")) && !contact {
			// (Not a participle after a call: "telephoned Reagan
			// urging him to ..." is the caller's appeal.)
			return o
		}
		if c := f.raisedSubject(t); c >= 0 {
			// "Albright is expected to visit Israel".
			return c
		}
		return f.depSubject(hb, depth+1)
	case "conj", "advcl":
		if f.nominal[h] && f.toks[h].UPOS != "VERB" {
			return -1
		}
		if baseRel(f.toks[t].Rel) == "advcl" && f.reducedPassive(t, h) {
			// "Asked to comment, the minister said ...", "When asked
			// about the talks, Shultz said ...": the clause's subject
			// is the one asked, not the asker.
			return -1
		}
		hb := f.clauseBase(h)
		giveLeave := false
		if f.lemmaIn(hb, giveVerbs) {
			o := f.childRel(hb, func(r string) bool { return r == "obj" })
			giveLeave = o >= 0 && leaveNouns[f.upToks[f.tokWord[o]]] && f.childRel(hb, func(r string) bool { return r == "iobj" }) >= 0
		}
		if baseRel(f.toks[t].Rel) == "advcl" && t > hb && f.lemmaIn(hb, expectVerbs) && f.hasMark(t, "TO") {
			// "they expected Conable to press Indonesia" with the
			// infinitive hung as adverbial: the one expected acts.
			if o := f.childRel(hb, func(r string) bool { return r == "obj" }); o >= 0 && o < t {
				return o
			}
		}
		if baseRel(f.toks[t].Rel) == "advcl" && (f.lemmaIn(hb, controlVerbs) || giveLeave) && t > hb {
			// "called on Russia to withdraw", "warned Finland against
			// joining NATO": the one appealed to or warned acts (not
			// in a clause before the verb: "Speaking after talks with
			// Sisi, Macron urged Israel to ..." is Macron's).
			if o := f.childRel(hb, func(r string) bool { return r == "obj" || r == "iobj" }); o >= 0 && !f.lemmaIn(hb, callVerb) {
				// (Calling someone to do something is phoning them for
				// it: "Guterres called Abiy Ahmed to urge an end to the
				// fighting" is Guterres's appeal; the appeal is "called
				// on".)
				return o
			}
			for _, c := range f.children(hb) {
				if baseRel(f.toks[c].Rel) == "obl" && (f.caseWord(c) == "ON" || f.caseWord(c) == "UPON" || f.addresseeCase(hb, c)) {
					return c
				}
			}
		}
		if baseRel(f.toks[t].Rel) == "conj" && f.toks[t].XPOS == "VB" && f.toks[hb].XPOS != "VB" && f.lemmaIn(hb, controlVerbs) &&
			!f.hasMark(t, "TO") && f.childRel(t, func(r string) bool { return strings.HasPrefix(r, "nsubj") || r == "aux" }) < 0 {
			// "pressing West Germany to cut its taxes and import more
			// goods" with "import" hung on "pressing": a bare
			// verb goes with the infinitive, whose subject is the
			// one pressed.
			if o := f.childRel(hb, func(r string) bool { return r == "obj" || r == "iobj" }); o >= 0 {
				return o
			}
		}
		if baseRel(f.toks[t].Rel) == "conj" && f.toks[t].XPOS == "VBD" && f.nonFinite(hb) &&
			f.childRel(t, func(r string) bool { return strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "aux") }) < 0 {
			// "urged the world to help the Palestinians return home
			// and called for an end to the war" with "called" hung
			// on "return": a verb in the past tense is no part of an
			// infinitive; it goes with the finite verb above, whose
			// subject acts.
			g := hb
			for n := 0; n < 4 && f.nonFinite(g); n++ {
				if g = f.head(g); g < 0 {
					return -1
				}
				g = f.clauseBase(g)
			}
			if !f.nonFinite(g) && f.toks[g].UPOS == "VERB" {
				return f.depSubject(g, depth+1)
			}
		}
		if baseRel(f.toks[t].Rel) == "advcl" && f.lemmaIn(hb, preventVerbs) && f.hasMark(t, "FROM") {
			// "banned women from attending universities": the one
			// kept from acting is the clause's subject.
			if o := f.childRel(hb, func(r string) bool { return r == "obj" }); o >= 0 {
				return o
			}
		}
		return f.depSubject(hb, depth+1)
	}
	return -1
}

// nonFinite reports whether verb t heads an infinitive clause, an open
// complement ("help the Palestinians return") or a clause marked "to",
// without an auxiliary of its own.
func (f *frame) nonFinite(t int) bool {
	if f.toks[t].UPOS != "VERB" || f.toks[t].XPOS == "VBD" || f.toks[t].XPOS == "VBN" || f.toks[t].XPOS == "VBG" {
		return false
	}
	if f.childRel(t, func(r string) bool { return strings.HasPrefix(r, "aux") || strings.HasPrefix(r, "nsubj") }) >= 0 {
		return false
	}
	return f.toks[t].Rel == "xcomp" || f.hasMark(t, "TO") && (baseRel(f.toks[t].Rel) == "advcl" || f.toks[t].Rel == "xcomp")
}

// askNouns (upper case) are invitations and requests, whose infinitive
// ("an invitation to visit Moscow", "a request to resume talks") is for
// the one asked to do.
var askNouns = map[string]bool{
	"INVITATION": true, "INVITATIONS": true, "REQUEST": true, "REQUESTS": true, "CALL": true,
	"CALLS": true, "DEMAND": true, "DEMANDS": true, "APPEAL": true, "APPEALS": true, "PLEA": true,
	"PLEAS": true, "ULTIMATUM": true, "INVITE": true,
}

// addresseeVerbs (upper-case lemmas) report speech with the one
// addressed as their object ("told Israel Hamas had ...").
var addresseeVerbs = map[string]bool{
	"TELL": true, "INFORM": true, "ASSURE": true, "WARN": true, "REMIND": true, "NOTIFY": true,
	"ADVISE": true, "CONVINCE": true, "PERSUADE": true, "SHOW": true, "ASK": true, "PROMISE": true,
}

// Prevents reports whether lemma (any case) is a verb that keeps its
// object from doing what its "from" clause says ("banned women from
// attending").
func Prevents(lemma string) bool { return preventVerbs[strings.ToUpper(lemma)] }

// preventVerbs (upper-case lemmas) are the verbs of Prevents.
var preventVerbs = map[string]bool{
	"BAN": true, "BAR": true, "PREVENT": true, "STOP": true, "BLOCK": true, "PROHIBIT": true,
	"FORBID": true, "KEEP": true, "DETER": true, "RESTRICT": true, "DISCOURAGE": true,
}

// authoringVerbs (upper-case lemmas) make or put out a text: their
// subject is its author.
var authoringVerbs = map[string]bool{
	"ISSUE": true, "PASS": true, "ADOPT": true, "SEND": true, "RELEASE": true, "PUBLISH": true,
	"SIGN": true, "DRAFT": true, "SUBMIT": true, "PRESENT": true, "APPROVE": true, "WRITE": true,
	"DELIVER": true, "TABLE": true, "PRODUCE": true, "GRANT": true, "ENTER": true, "ENACT": true,
	"FILE": true, "LODGE": true,
}

// purposeVerbs (upper-case lemmas) take an infinitive of their own
// subject's purpose after their object ("met X to discuss Y", "visited
// Kabul to see troops").
var purposeVerbs = map[string]bool{
	"MEET": true, "VISIT": true, "TELEPHONE": true, "PHONE": true, "JOIN": true,
	"HOST": true, "RECEIVE": true, "SEE": true,
}

// controlVerbs (upper-case lemmas) are the verbs of appeal and warning
// whose addressee is the subject of the clause that says what to do or
// not to do, even when the parser hangs that clause as adverbial.
var controlVerbs = map[string]bool{
	"CALL": true, "URGE": true, "APPEAL": true, "PRESS": true, "ASK": true, "WARN": true,
	"CAUTION": true, "ENCOURAGE": true, "PERSUADE": true, "PRESSURE": true,
	"ALLOW": true, "PERMIT": true, "ENABLE": true, "PLEAD": true,
}

// callVerb (upper-case lemma) phones its object, and calls on the
// addressee of its "on" phrase.
var callVerb = map[string]bool{"CALL": true}

// expectVerbs (upper-case lemmas) take an object that is the subject of
// the infinitive after it ("expected Conable to press Indonesia", "wants
// Japan to open its market").
var expectVerbs = map[string]bool{"EXPECT": true, "WANT": true}

// addresseeCase reports whether oblique c of appeal verb v names the one
// appealed to by its preposition: "appealed to donors to give more",
// "pleaded with the rebels to free them".
func (f *frame) addresseeCase(v, c int) bool {
	switch f.caseWord(c) {
	case "TO":
		return f.lemmaIn(v, appealToVerbs)
	case "WITH":
		return f.lemmaIn(v, map[string]bool{"PLEAD": true})
	}
	return false
}

// appealToVerbs (upper-case lemmas) address their appeal with "to".
var appealToVerbs = map[string]bool{"APPEAL": true, "PLEAD": true}

// deployVerbs (upper-case lemmas) send, station, use or withdraw forces,
// which are their object (forceNouns).
var deployVerbs = map[string]bool{
	"SEND": true, "DEPLOY": true, "REDEPLOY": true, "DISPATCH": true, "STATION": true,
	"WITHDRAW": true, "PULL": true, "RECALL": true, "MOBILIZE": true, "MOBILISE": true,
	"MASS": true, "RUSH": true, "AIRLIFT": true, "MOVE": true, "COMMIT": true, "CONTRIBUTE": true,
	"POST": true, "REINFORCE": true, "BRING": true, "USE": true,
}

// destination returns the coded place that deployment verb t sends forces
// to or withdraws them from ("deployed soldiers in Congo", "withdrew
// troops from Gaza"); -1 when there is none.
func (f *frame) destination(t, subj int) int {
	place := func(c int) bool {
		if subj >= 0 && f.slotOf(c) == f.slotOf(subj) || !(f.slotCoded(c) || f.lookCoded(c)) {
			return false
		}
		code := f.tokCode(c)
		if f.caseWord(c) == "AGAINST" {
			// "used force against the protesters": whom the
			// forces are used against, of any country.
			return code != "" && code != null && code != f.tokCode(subj)
		}
		return len(code) == 3 && code != null && !f.sameCountry(c, subj)
	}
	for _, c := range f.children(t) {
		if baseRel(f.toks[c].Rel) == "obl" && destPreps[f.caseWord(c)] && place(c) {
			return c
		}
	}
	// The parser may hang the place on the forces: "send 14 Leopard
	// tanks to Ukraine".
	if obj := f.childRel(t, func(r string) bool { return r == "obj" }); obj >= 0 {
		for _, c := range f.children(obj) {
			if isNmod(f.toks[c].Rel) && destPreps[f.caseWord(c)] && place(c) {
				return c
			}
		}
		// "deployed tanks along its border with Gaza" with "with Gaza"
		// hung on the forces, or on the border ("massed artillery
		// along its border with South Korea"): the neighbour over the
		// border.
		border := -1
		for _, c := range f.children(obj) {
			if isNmod(f.toks[c].Rel) && destPreps[f.caseWord(c)] && placeNouns[f.upToks[f.tokWord[c]]] {
				border = c
			}
		}
		for _, h := range [2]int{obj, border} {
			if border < 0 {
				break
			}
			for _, c := range f.children(h) {
				if isNmod(f.toks[c].Rel) && f.caseWord(c) == "WITH" && (f.slotCoded(c) || f.lookCoded(c)) &&
					f.tokCode(c) != null && !f.sameCountry(c, subj) {
					return c
				}
			}
		}
	}
	return -1
}

// othersOwn reports whether noun token n has an owner named in its own
// phrase (a possessive, a nationality adjective or a name before it) that
// is a coded party of another country than the subject's (token subj).
func (f *frame) othersOwn(n, subj int) bool {
	for _, c := range f.children(n) {
		if c > n {
			continue
		}
		switch f.toks[c].Rel {
		case "nmod:poss", "amod", "compound":
			if (f.slotCoded(c) || f.lookCoded(c)) && f.tokCode(c) != null && (subj < 0 || !f.sameCountry(c, subj)) {
				return true
			}
		}
	}
	return false
}

// extraditeVerbs (upper case) hand a suspect over to another state,
// which is the party of the act.
var extraditeVerbs = map[string]bool{"EXTRADITE": true}

// destPreps (upper case) open the place forces are sent to or taken from.
var destPreps = map[string]bool{
	"TO": true, "IN": true, "INTO": true, "FROM": true, "OUT": true, "ACROSS": true, "ALONG": true,
	"INSIDE": true, "NEAR": true, "ON": true, "AGAINST": true, "AROUND": true, "OFF": true,
}

// forceNouns (upper case) are the forces that deployVerbs move.
var forceNouns = map[string]bool{
	"TROOPS": true, "TROOP": true, "FORCES": true, "FORCE": true, "SOLDIERS": true, "POLICE": true,
	"POLICEMEN": true, "PEACEKEEPERS": true, "MARINES": true, "PARATROOPERS": true,
	"REINFORCEMENTS": true, "BATTALION": true, "BATTALIONS": true, "BRIGADE": true, "BRIGADES": true,
	"UNITS": true, "PERSONNEL": true, "WARSHIPS": true, "GUARDS": true, "COMMANDOS": true,
	"TANKS": true, "JETS": true, "OFFICERS": true, "SERVICEMEN": true, "MILITIAMEN": true,
	"WARPLANES": true, "BOMBERS": true, "WARSHIP": true, "DESTROYERS": true, "FRIGATES": true,
	"CARRIER": true, "SUBMARINES": true, "VESSELS": true, "MISSILES": true, "ARTILLERY": true,
	"DIVISIONS": true, "ARMOUR": true, "ARMOR": true,
}

// giveVerbs (upper-case lemmas) give their indirect object something.
var giveVerbs = map[string]bool{"GIVE": true, "GRANT": true, "OFFER": true}

// leaveNouns (upper case) are the time and leave that, given to someone,
// make the "to" clause theirs ("gave Saddam Hussein 48 hours to leave
// Iraq"); loans and funds given to help someone are the giver's aim.
var leaveNouns = map[string]bool{
	"HOURS": true, "DAYS": true, "WEEKS": true, "MONTHS": true, "TIME": true, "DEADLINE": true,
	"ULTIMATUM": true, "PERMISSION": true, "POWER": true, "POWERS": true, "RIGHT": true,
	"CHANCE": true, "OPPORTUNITY": true, "MANDATE": true,
}

// alongWith returns the coded oblique "along with" or "together with" of
// clause base t, or -1.
func (f *frame) alongWith(t int) int {
	for _, c := range f.children(t) {
		if baseRel(f.toks[c].Rel) != "obl" || !(f.slotCoded(c) || f.lookCoded(c)) || f.tokCode(c) == null {
			continue
		}
		along, with := false, false
		for _, g := range f.children(c) {
			if f.toks[g].Rel != "case" && f.toks[g].Rel != "advmod" {
				continue
			}
			switch f.upToks[f.tokWord[g]] {
			case "ALONG", "TOGETHER":
				along = true
			case "WITH":
				with = true
			}
		}
		if along && with {
			return c
		}
	}
	return -1
}

// underFrom returns, for the predicate noun t of a copula with "under"
// ("has been under pressure from Washington", "was under attack from
// rebels"), the "from" phrase that names who the pressure or attack is
// from, or -1. The BE_UNDER patterns of the verb dictionary mark that
// phrase as the passive's agent (see underCopula).
func (f *frame) underFrom(t int) int {
	if f.toks[t].UPOS != "NOUN" || f.caseWord(t) != "UNDER" || f.childRel(t, func(r string) bool { return r == "cop" }) < 0 {
		return -1
	}
	for _, c := range f.children(t) {
		if isNmod(f.toks[c].Rel) && f.caseWord(c) == "FROM" {
			return c
		}
	}
	return -1
}

// unmarkedAsked returns the party asked by verb t of askVerbs when the
// parser left it a bare oblique ("asked at least four countries,
// including the United States, for use of their tankers" with
// "countries" an obl:unmarked after "at least"): the one asked is the
// object, not the "for" phrase of what is asked for. -1 when t has an
// object or no such noun.
func (f *frame) unmarkedAsked(t int) int {
	if !f.lemmaIn(t, askVerbs) || f.childRel(t, func(r string) bool { return r == "obj" || r == "iobj" }) >= 0 {
		return -1
	}
	for _, c := range f.children(t) {
		if c > t && f.toks[c].Rel == "obl:unmarked" && f.toks[c].UPOS == "NOUN" && !f.temporal(c) {
			// The named ones "including" the United States, which
			// the parser may hang on the noun as a conjunct.
			for _, k := range f.children(c) {
				if r := baseRel(f.toks[k].Rel); (r == "conj" || r == "nmod") && f.caseWord(k) == "INCLUDING" {
					return k
				}
			}
			return c
		}
	}
	return -1
}

// depTarget returns the token of the target of clause base t: object,
// pattern preposition, oblique, event-noun complement; -1 when none.
func (f *frame) depTarget(t, subj int, preps []string) int {
	if f.news {
		if o := f.underFrom(t); o >= 0 {
			return o
		}
		if o := f.unmarkedAsked(t); o >= 0 {
			return o
		}
	}
	if f.passiveClause(t) {
		c := f.childRel(t, func(r string) bool { return r == "nsubj:pass" || r == "nsubj" })
		if c < 0 {
			// "The bill is expected to be opposed by the Liberal
			// Democrats": the passive infinitive's subject is the
			// raising verb's.
			c = f.raisedSubject(t)
		}
		if c >= 0 {
			if a := f.passiveAntecedent(t, c); a >= 0 {
				c = a
			}
			if o := f.actOwner(c, subj); f.news && o >= 0 && !f.lemmaIn(t, echoVerbs) {
				// "The Taliban's demand for a withdrawal of foreign
				// troops was rejected": its owner.
				return o
			}
			if f.news && !f.slotCoded(c) {
				// "A convoy of the Red Cross was attacked": the
				// thing's owner.
				if o := f.ownerIn(c); o >= 0 {
					return o
				}
				if !f.lookCoded(c) {
					// "The 10 were kidnapped along with a Somali aid
					// worker": the one who suffered the same.
					if w := f.alongWith(t); w >= 0 {
						return w
					}
					// "Sanctions were imposed on Iran by the EU": the
					// party the thing is aimed at.
					if o := f.obliqueTarget(t, subj, preps); o >= 0 {
						switch f.caseWord(o) {
						case "ON", "AGAINST", "WITH":
							return o
						}
					}
				}
			}
			return c
		}
	}
	if f.news && f.lemmaIn(t, censureVerbs) {
		if obj := f.childRel(t, func(r string) bool { return r == "obj" }); obj >= 0 && (actNouns[f.upToks[f.tokWord[obj]]] || harmNouns[f.upToks[f.tokWord[obj]]]) && !f.agentOfAct(obj) {
			// "condemned the killing of aid workers in an Israeli
			// strike", "the deaths of civilians in a Russian missile
			// attack": the author of the act the harm came in.
			if a := f.enclosingActAgent(t, obj, subj); a >= 0 {
				return a
			}
		}
		if obj := f.childRel(t, func(r string) bool { return r == "obj" }); obj >= 0 && f.unclaimedAct(obj) {
			// "condemned the attack on Israel", "denounced the
			// bombing of the embassy": who is condemned is the one
			// who attacked, whom the sentence does not name; the
			// victim is no target.
			return -1
		}
	}
	if f.news && f.lemmaIn(t, topicVerbs) {
		// "Syria and Turkey discuss refugees": what is discussed is
		// the topic; the parties are the subject and "with" phrases,
		// also one the parser hung on the topic ("discussed Ukraine
		// with Putin").
		if o := f.obliqueTarget(t, subj, preps); o >= 0 {
			return o
		}
		if obj := f.childRel(t, func(r string) bool { return r == "obj" }); obj >= 0 {
			// Also deeper in the topic: "discussed the war in Gaza
			// with Netanyahu" with "with Netanyahu" under "Gaza".
			partner := func(c int) bool {
				return f.caseWord(c) == "WITH" && (f.slotCoded(c) || f.lookCoded(c)) && f.tokCode(c) != null
			}
			if c := f.nmodBelow(obj, 3, partner); c >= 0 {
				return c
			}
		}
		// "In a phone call with Mohammed bin Salman, Biden discussed
		// ...": the party of the talks that the discussion took place in.
		return f.obliqueParty(t, subj, func(_ int, p string) bool { return p == "WITH" })
	}
	if f.news && f.lemmaIs(t, nlp.StanceVerb) {
		if obj := f.childRel(t, func(r string) bool { return r == "obj" }); obj >= 0 {
			if o := f.actOwner(obj, subj); o >= 0 && (subj < 0 || !f.sameCountry(o, subj) || f.opposed(o, subj)) {
				// "opposes the U.S. arms sale to Taiwan", "criticised
				// the British plan to send troops to Ukraine": a stand
				// on a party's move is taken toward that party, not
				// toward the one the move concerns.
				return o
			}
			if f.news && f.lemmaIn(t, censureVerbs) && !f.slotCoded(obj) && !f.lookCoded(obj) && stateNouns[f.upToks[f.tokWord[obj]]] {
				// "condemned the election result in Venezuela as
				// fraudulent": a state of affairs judged in a country
				// is judged of that country.
				for _, c := range f.children(obj) {
					if !isNmod(f.toks[c].Rel) || f.caseWord(c) != "IN" {
						continue
					}
					code := f.tokCode(c)
					if code == "" || code == null {
						code = f.placeCountry[c]
					}
					if len(code) == 6 && !event.IsSector(code[3:]) {
						code = code[:3] // a territory ("Gaza", PSEGZA)
					}
					if len(code) == 3 && code != null && (subj < 0 || len(f.tokCode(subj)) < 3 || f.tokCode(subj)[:3] != code) {
						return c
					}
				}
			}
		}
	}
	if f.news && f.lemmaIn(t, repelVerbs) {
		if obj := f.childRel(t, func(r string) bool { return r == "obj" }); obj >= 0 && assaultNouns[f.upToks[f.tokWord[obj]]] {
			// "repulsed an attack by militants on an air base": the
			// attackers are the party fought, not what they attacked.
			if c := f.codedNmod(obj, func(_ int, p string) bool { return p == "BY" }); c >= 0 {
				return c
			}
		}
	}
	if f.news {
		if obj := f.childRel(t, func(r string) bool { return r == "obj" }); obj >= 0 && nlp.DrillNoun(f.upToks[f.tokWord[obj]]) && !f.othersOwn(obj, subj) {
			// "held large-scale drills around Taiwan": a show of force
			// is aimed at the party it is staged near. Drills of
			// another party ("condemned the Chinese military exercises
			// near Taiwan") are that party's, and it is the target.
			near := func(c int, p string) bool {
				return (p == "AROUND" || p == "NEAR" || p == "OFF" || p == "ALONG") && (subj < 0 || !f.sameCountry(c, subj))
			}
			if c := f.codedNmod(obj, near); c >= 0 {
				return c
			}
			for _, c := range f.children(t) {
				if baseRel(f.toks[c].Rel) == "obl" && (f.slotCoded(c) || f.lookCoded(c)) && f.tokCode(c) != null && near(c, f.caseWord(c)) {
					return c
				}
			}
		}
	}
	if f.news && f.lemmaIn(t, captureVerbs) {
		if c := f.takenFrom(t, subj); c >= 0 {
			return c
		}
	}
	if f.news && f.lemmaIn(t, brokerVerbs) {
		if obj := f.childRel(t, func(r string) bool { return r == "obj" }); obj >= 0 && eventNouns[f.upToks[f.tokWord[obj]]] {
			// "Egypt mediated talks between Israel and Hamas in
			// Cairo": a go-between's act is aimed at the parties
			// its talks or deal are between, whatever follows them.
			if c := f.codedNmod(obj, func(c int, p string) bool { return p == "BETWEEN" && (subj < 0 || f.slotOf(c) != f.slotOf(subj)) }); c >= 0 {
				return c
			}
		}
	}
	_, closer := f.closingSpeech(t)
	obj := f.childRel(t, func(r string) bool { return r == "iobj" })
	if obj < 0 {
		obj = f.childRel(t, func(r string) bool { return r == "obj" })
		// A parse with two objects ("released 50 / Indian fishermen",
		// the number split from its noun): the coded one.
		for _, c := range f.children(t) {
			if c != obj && f.toks[c].Rel == "obj" && !f.slotCoded(obj) && f.slotCoded(c) {
				obj = c
			}
		}
	}
	if obj >= 0 && obj == closer {
		// The speaker of a closing "..., X said" is no object.
		obj = -1
	}
	if obj >= 0 && obj < t && f.news && f.toks[obj].UPOS == "PRON" {
		// An object relative ("the government, which they accused of
		// failing", "Iran, which Washington has accused"): the noun
		// the clause modifies, also when the parser attached the
		// clause elsewhere, when it is a party: a name or a coded
		// agent noun, not a thing with a nationality ("the British
		// budget which Lawson unveiled").
		switch f.upToks[f.tokWord[obj]] {
		case "WHICH", "WHOM", "WHO":
			k := obj - 1
			for k >= 0 && f.toks[k].UPOS == "PUNCT" {
				k--
			}
			if f.toks[t].Rel == "acl:relcl" {
				k = f.head(t)
			}
			if k >= 0 && f.nominal[k] && f.partyNoun(k) {
				return k
			}
		}
	}
	if obj >= 0 && f.news && !f.lookCoded(obj) && f.toks[obj].UPOS == "NOUN" {
		// "condemned the execution of an American journalist by
		// Islamic State militants" with the "by" phrase hung on the
		// verb: an active verb's "by" phrase is the agent of the act
		// its object names.
		for _, c := range f.children(t) {
			if c > obj && baseRel(f.toks[c].Rel) == "obl" && f.caseWord(c) == "BY" && (f.slotCoded(c) || f.lookCoded(c)) &&
				f.tokCode(c) != null && (subj < 0 || f.slotOf(c) != f.slotOf(subj)) &&
				f.timeBetween(f.maxInSubtree(obj)+1, f.minInSubtree(c)) && !f.quantity(c) {
				return c
			}
		}
	}
	if obj < 0 && f.news && f.lemmaIn(t, sharingVerbs) {
		obj = f.sharedObject(t)
	}
	if obj >= 0 && f.news && aimVerbs[strings.ToLower(f.toks[t].Lemma)] {
		if a := f.aimedAt(t, obj, subj); a >= 0 {
			return a
		}
	}
	if obj >= 0 && f.news && f.ownPeople(obj) && envoyNouns[f.upToks[f.tokWord[obj]]] {
		// "recalled its ambassador to Niger" (or "from Tehran"), "closed its embassy in
		// Kabul": the host country.
		if c := f.codedNmod(obj, func(c int, p string) bool { return (p == "TO" || p == "IN" || p == "FROM") && !f.sameCountry(c, subj) }); c >= 0 {
			return c
		}
	}
	if obj >= 0 && f.news && f.lemmaIn(t, deployVerbs) && forceNouns[f.upToks[f.tokWord[obj]]] {
		// "deployed 2,000 troops to monitor a ceasefire", "offered to
		// send troops": the forces sent or withdrawn are the sender's
		// instrument, not the target; the destination may be.
		if d := f.destination(t, subj); d >= 0 {
			return d
		}
		obj = -1
	}
	if obj >= 0 && f.news && f.lemmaIn(t, extraditeVerbs) {
		// "extradited the drug lord to the United States": judicial
		// cooperation with the country that receives the suspect.
		if d := f.destination(t, subj); d >= 0 && f.caseWord(d) == "TO" {
			return d
		}
	}
	if obj >= 0 && f.news && f.lemmaIn(t, expressVerbs) {
		// "Pakistan voiced its concern to Afghanistan over the
		// attacks": what is voiced goes to the party its "to" phrase
		// names, as with the phrase hung on the verb (expressedTo).
		if c := f.codedNmod(obj, func(c int, p string) bool {
			return p == "TO" && (subj < 0 || f.slotOf(c) != f.slotOf(subj) && !f.sameCountry(c, subj))
		}); c >= 0 {
			return c
		}
		if c := f.feltAbout(t, obj); c >= 0 && (subj < 0 || f.slotOf(c) != f.slotOf(subj)) {
			return c
		}
	}
	if obj >= 0 && f.news && f.ownPeople(obj) && f.lemmaIn(t, ownActVerbs) {
		// "issued his warning to Japan", "held their talks with the
		// rebels", "lift its sanctions on Japanese goods": the
		// possessive of an event noun that a light verb carries is the
		// subject's own act, not its own people; the party is the
		// noun's complement.
		if c := f.eventNounParty(t, obj); c >= 0 && !f.ownPeople(c) && (!f.sameCountry(c, subj) || f.opposed(c, subj) || f.rivalSides(c, subj) || f.peerRivals(c, subj)) {
			// (A rival at home is no one's own: "the Tories
			// expressed their support for the government".)
			return c
		} else if c >= 0 && f.news {
			// "lifted its ban on its diplomats speaking with North
			// Korean diplomats": the subject's own people are no
			// party; one their phrase names may be.
			if o := f.ownerIn(c); o >= 0 && !f.sameCountry(o, subj) {
				return o
			}
			return -1
		}
	}
	if obj >= 0 && f.ownPeople(obj) && !(subj >= 0 && (f.foreignPeople(obj, subj) || f.otherPossessor(obj, subj) || f.opponents(obj, subj))) {
		// "recalled its ambassador from Syria", "sent troops to
		// Syria": the subject's own people are not the target; an
		// oblique may be. People of another country are ("met his
		// Russian counterpart"), and so are its opponents ("met his
		// opponents").
		obj = -1
	}
	if obj >= 0 && f.news && (f.agentOnlySlot(obj) || f.sameCountry(obj, subj) && f.toks[obj].UPOS != "PROPN" && !f.opposed(obj, subj)) {
		// "sent troops to Syria": the subject's own people (or
		// people of no stated country) whose phrase names another
		// actor are that actor's business.
		if o := f.ownerIn(obj); o >= 0 && f.tokCode(o) != f.tokCode(obj) && !f.sameCountry(o, subj) {
			return o
		}
	}
	// What the object is against: "filed a genocide case against Israel
	// at the International Court of Justice", "launched an offensive
	// against the rebels".
	if obj >= 0 && f.news {
		if c := f.codedNmod(obj, func(c int, p string) bool { return p == "AGAINST" && (subj < 0 || f.slotOf(c) != f.slotOf(subj)) }); c >= 0 {
			return c
		}
	}
	if obj >= 0 && f.news && !f.slotCoded(obj) {
		if g := f.heldBy(obj); g >= 0 && (subj < 0 || !f.sameCountry(g, subj) || f.opposed(g, subj)) {
			return g
		}
	}
	// "Israeli jets bombed weapons depots in Syria": the country where
	// the things struck are, when the object names no party.
	if obj >= 0 && f.news && !f.slotCoded(obj) && f.lemmaIn(t, strikeVerbs) {
		if c := f.nmodBelow(obj, 2, func(c int) bool { return f.strikeIn(t, c, subj, f.caseWord(c)) }); c >= 0 {
			return c
		}
	}
	// "opened an investigation into alleged war crimes in Venezuela": the
	// country where the crimes investigated took place, when the
	// investigation names no party.
	if obj >= 0 && f.news && !f.slotCoded(obj) && nlp.InquiryNoun(f.upToks[f.tokWord[obj]]) {
		if c := f.nmodBelow(obj, 1, func(c int) bool { return f.caseWord(c) == "INTO" && crimeNouns[f.upToks[f.tokWord[c]]] }); c >= 0 {
			if p := f.nmodBelow(c, 1, func(p int) bool { return f.caseWord(p) == "IN" && f.crimeCountry(p, subj) }); p >= 0 {
				return p
			}
		}
	}
	// "U.S. warships attacked an Iranian oil platform": the country of a
	// thing struck, named by its adjective.
	if obj >= 0 && f.news && f.lemmaIn(t, strikeVerbs) && f.lookNull(obj) {
		for _, c := range f.children(obj) {
			if f.toks[c].Rel == "amod" && isCapitalised(f.toks[c].Text) {
				if code := f.tokCode(c); len(code) == 3 && !f.sameCountry(c, subj) {
					return c
				}
			}
		}
	}
	if obj >= 0 && f.news && f.lemmaIs(t, nlp.StanceVerb) {
		if a := f.relativeAgent(obj, subj); a >= 0 {
			// "Tokyo rejected the demands Washington made",
			// "Kuwait condemned the missiles Iran fired at its
			// tankers": the party whose act the object is.
			return a
		}
	}
	if obj >= 0 && f.news && topicNouns[f.upToks[f.tokWord[obj]]] && !f.lookCoded(obj) && f.topicOnlyParty(obj) {
		// "Britain and China held talks on Hong Kong": the place or
		// party the talks are about is no party to them.
		obj = -1
	}
	// Not the subject's own side: a union, firm or citizens acting on
	// their own state ("Russian unions accused the Kremlin of siding
	// with NATO") aim at the state, not at a party its phrases name.
	ownSide := obj >= 0 && f.news && f.sameCountry(obj, subj) && !f.opposed(obj, subj) &&
		!(subj >= 0 && f.side(subj) == "other" && f.side(obj) == "state")
	if obj >= 0 && f.slotCoded(obj) && !ownSide && !(f.news && f.lookNull(obj) && f.ownerIn(obj) < 0) {
		if f.news {
			if c := f.recipient(t, obj, subj); c >= 0 {
				// "Oman passed Iran's reply to the United States",
				// "Egypt conveyed Hamas's proposal to Israel": what
				// is passed on goes to its recipient.
				return c
			}
			if o := f.actOwner(obj, subj); o >= 0 && !f.lemmaIn(t, echoVerbs) {
				// Another party's act or text that the subject
				// answers: "rejected the Taliban's demand for a
				// withdrawal of foreign troops", "welcomed Pakistan's
				// call for talks with India" is aimed at its owner,
				// not at a party its phrase names.
				return o
			}
			if c := f.eventNounParty(t, obj); c >= 0 && !f.agentOfAct(obj) && f.codedNmod(obj, func(_ int, p string) bool { return p == "BY" }) < 0 {
				// The party of the subject's own act: "launched an
				// attack on Israel from Gaza" (not of an act someone
				// else did: "denounced a U.S. attack on an Iranian
				// platform", "a visit to Moscow by Shultz").
				return c
			}
			if c := f.tokCode(obj); c == "" || c == null {
				// The object is a thing whose phrase names a party:
				// "signed a deal with the rebels".
				if o := f.ownerIn(obj); o >= 0 {
					return o
				}
			} else if f.look != nil && !f.looked(obj) && !f.agentOfAct(obj) {
				// "imposed sanctions on U.S. officials": the object
				// is no actor phrase of its own; the actor phrase
				// inside it is the target, with its full code: the
				// one its "of" phrase names when that gives the
				// phrase its code ("demanded the withdrawal of
				// Russian troops from Abkhazia"), else the first.
				if c := f.codedNmod(obj, func(c int, p string) bool { return p == "OF" && f.lookCoded(c) && f.tokCode(c) == f.tokCode(obj) }); c >= 0 {
					return c
				}
				if o := f.ownerIn(obj); o >= 0 && f.lookCoded(o) {
					return o
				}
			}
		}
		return obj
	}
	if obj >= 0 && f.news && f.toks[obj].UPOS == "PROPN" && !f.slotCoded(obj) && !f.lookCoded(obj) && f.lemmaIn(t, personActVerbs) {
		// "Russian police detained Alexei Navalny at a Moscow airport
		// on his return from Germany": the person acted on is the
		// target, though no dictionary codes him; a country in an
		// oblique is where he came from, not a party.
		return -1
	}
	// An event noun's complement: "held talks with Y".
	if c := f.eventNounParty(t, obj); c >= 0 {
		return c
	}
	if f.news && obj < 0 {
		// "hit back at Labour claims", "reacted angrily to the U.S.
		// decision": a move named by an oblique is its owner's.
		for _, c := range f.children(t) {
			if baseRel(f.toks[c].Rel) != "obl" || f.slotCoded(c) || f.lookCoded(c) {
				continue
			}
			switch f.caseWord(c) {
			case "AT", "TO", "AGAINST", "OVER":
			default:
				continue
			}
			if o := f.actOwner(c, subj); o >= 0 && moveNouns[f.upToks[f.tokWord[c]]] && (subj < 0 || !f.sameCountry(o, subj) || f.opposed(o, subj)) {
				return o
			}
		}
	}
	if o := f.obliqueTarget(t, subj, preps); o >= 0 {
		if f.news && obj >= 0 && f.lawTopic(obj, o) {
			// "signed a law on the judiciary" with the phrase hung
			// on the verb: what legislation is about.
			return -1
		}
		return o
	}
	// A pattern preposition one level down, in a modifier of an
	// oblique: "spoke by telephone with Putin", "in a meeting with
	// Putin", "marched in a protest against EC policies".
	if g := f.obliqueParty(t, subj, func(c int, p string) bool {
		return p == "WITH" || containsString(preps, p) || f.news && p == "AGAINST" && protestNouns[f.upToks[f.tokWord[c]]] ||
			// "protested in Tel Aviv against Netanyahu" with "against"
			// hung on the place.
			f.news && p == "AGAINST" && f.caseWord(c) == "IN" && f.lemmaIs(t, nlp.StreetProtestVerb)
	}); g >= 0 {
		return g
	}
	if f.news {
		// "gave 10 billion yen in loans to China": the recipient of
		// aid given "in" it.
		for _, c := range f.children(t) {
			if baseRel(f.toks[c].Rel) != "obl" || f.caseWord(c) != "IN" || !aidNouns[f.upToks[f.tokWord[c]]] {
				continue
			}
			for _, g := range f.children(c) {
				if isNmod(f.toks[g].Rel) && f.caseWord(g) == "TO" && (f.lookCoded(g) || f.slotCoded(g) && f.tokCode(g) != null) {
					return g
				}
			}
		}
	}
	if f.news && f.lemmaIn(t, fundVerbs) && (obj < 0 || !f.slotCoded(obj)) {
		// "pledged $100 million to help rebuild Iraq": the party
		// the money is to help.
		if c := f.helpedParty(t, subj); c >= 0 {
			return c
		}
	}
	if f.news && (obj < 0 || !f.slotCoded(obj) && f.ownerIn(obj) < 0) {
		if c := f.threatCondition(t, subj); c >= 0 {
			return c
		}
		if c := f.protestedParty(t, subj); c >= 0 {
			return c
		}
		if p := f.carriedProtest(t); p >= 0 {
			// "staged a general strike to protest the government's
			// labour law", "went on strike to protest against the
			// government's austerity plan": the party the purpose of
			// a protest that a light verb carries names, its
			// infinitive hung on the verb or on the protest's noun.
			if g := f.protestPurposeParty(t, t, subj); g >= 0 {
				return g
			}
			if g := f.protestPurposeParty(t, p, subj); g >= 0 {
				return g
			}
		}
	}
	if obj >= 0 {
		if o := f.ownerIn(obj); o >= 0 {
			return o
		}
		if c := f.infinitivePartner(t, obj, subj); c >= 0 {
			return c
		}
		return obj
	}
	if f.news && f.lemmaIn(t, responseVerbs) && (obj < 0 || !f.slotCoded(obj)) && f.promisedResponse(t) {
		// "Russia threatened to retaliate if Western countries seized
		// its assets": a response is aimed at the party whose act the
		// condition names.
		for _, c := range f.children(t) {
			// "said Tehran would respond to any attack by Israel":
			// the party whose act is answered.
			if baseRel(f.toks[c].Rel) == "obl" && (f.caseWord(c) == "TO" || f.caseWord(c) == "FOR") && !f.slotCoded(c) && !f.lookCoded(c) {
				if o := f.ownerIn(c); o >= 0 && (subj < 0 || !f.sameCountry(o, subj)) {
					return o
				}
			}
		}
		for _, x := range []int{t, f.head(t)} {
			if x < 0 || x != t && f.toks[t].Rel != "xcomp" {
				continue
			}
			for _, c := range f.children(x) {
				if f.toks[c].Rel != "advcl" || !(f.hasMark(c, "IF") || f.hasMark(c, "UNLESS") || f.hasMark(c, "SHOULD")) {
					continue
				}
				if cs := f.depSubject(c, 0); cs >= 0 && (f.slotCoded(cs) || f.lookCoded(cs)) && f.tokCode(cs) != null &&
					(subj < 0 || f.slotOf(cs) != f.slotOf(subj) && (!f.sameCountry(cs, subj) || f.threatenedAtHome(t, cs, subj))) {
					return cs
				}
			}
		}
	}
	if f.news && protestVerbs[strings.ToLower(f.toks[t].Lemma)] {
		// "Thousands rallied in Seoul to demand the resignation of
		// President Park": the party the demonstration's purpose
		// names.
		if g := f.protestPurposeParty(t, t, subj); g >= 0 {
			return g
		}
	}
	return -1
}

// protestPurposeParty returns the coded party, other than subject subj,
// that the infinitive of purpose ("to protest", "to demand": a verb of
// purposeProtest) hung on token x names as its own target; t is the
// protest's verb, which the infinitive follows. -1 when there is none.
// A noun phrase hung on the infinitive without a preposition is no
// party of it: "went on strike to demand wage increases, a spokesman
// said" with the speaker parsed as an oblique of "demand".
func (f *frame) protestPurposeParty(t, x, subj int) int {
	for _, c := range f.children(x) {
		if r := f.toks[c].Rel; (r == "xcomp" || r == "advcl" || r == "acl") && c > t && f.hasMark(c, "TO") && f.lemmaIn(c, purposeProtest) {
			g := f.depTarget(c, subj, nil)
			if g >= 0 && g != subj && (f.slotCoded(g) || f.lookCoded(g)) && f.tokCode(g) != null &&
				!(f.head(g) == c && baseRel(f.toks[g].Rel) == "obl" && f.caseWord(g) == "") {
				return g
			}
		}
	}
	return -1
}

// carriedProtest returns the protest noun that light verb t carries in
// news text, or -1: the object of a verb of protestCarriers or
// launchVerbs ("held a rally", "staged a strike", "launched strikes")
// or the "on" phrase of a verb of protestPhraseCarriers ("went on
// strike"), a word of protestNouns.
func (f *frame) carriedProtest(t int) int {
	if !f.news {
		return -1
	}
	l := strings.ToLower(f.toks[t].Lemma)
	protest := func(k int) bool {
		return k >= 0 && f.toks[k].UPOS == "NOUN" && (protestNouns[f.upToks[f.tokWord[k]]] || protestNouns[strings.ToUpper(f.toks[k].Lemma)])
	}
	if protestCarriers[l] || launchVerbs[l] {
		if o := f.childRel(t, func(r string) bool { return r == "obj" }); protest(o) {
			return o
		}
	}
	if protestPhraseCarriers[l] {
		for _, c := range f.children(t) {
			if baseRel(f.toks[c].Rel) == "obl" && f.caseWord(c) == "ON" && protest(c) {
				return c
			}
		}
	}
	return -1
}

// accordNouns (upper case) name accords and plans whose infinitive says
// what the parties agree or plan to do together.
var accordNouns = map[string]bool{
	"AGREEMENT": true, "AGREEMENTS": true, "ACCORD": true, "ACCORDS": true, "DEAL": true, "DEALS": true,
	"PACT": true, "PACTS": true, "TREATY": true, "TREATIES": true, "PROTOCOL": true, "PROTOCOLS": true,
	"MEMORANDUM": true, "PLAN": true, "PLANS": true,
}

// infinitivePartner returns, for an object noun obj of verb t that names
// an accord or a plan (accordNouns), the coded party that a "with" phrase inside the noun's own
// infinitive clause names: the clause verb's oblique or a modifier of its
// object ("signed agreements to normalise relations with Bahrain",
// "reached a deal to restore ties with Cuba"); -1 when there is none or
// it is the subject's own side.
func (f *frame) infinitivePartner(t, obj, subj int) int {
	if !f.news || f.toks[obj].UPOS != "NOUN" || !accordNouns[f.upToks[f.tokWord[obj]]] {
		return -1
	}
	with := func(c int) bool {
		return f.caseWord(c) == "WITH" && (f.slotCoded(c) || f.lookCoded(c)) && f.tokCode(c) != null &&
			(subj < 0 || f.slotOf(c) != f.slotOf(subj) && !f.sameCountry(c, subj))
	}
	var clauses []int
	for _, a := range f.children(obj) {
		if f.toks[a].Rel == "acl" && f.hasMark(a, "TO") {
			clauses = append(clauses, a)
		}
	}
	for _, a := range f.children(t) {
		// "signed an accord to restore ties with Israel" with the
		// infinitive hung on the verb, right after the object.
		if (f.toks[a].Rel == "xcomp" || f.toks[a].Rel == "advcl") && f.hasMark(a, "TO") && f.minInSubtree(a) == f.maxInSubtree(obj)+1 {
			clauses = append(clauses, a)
		}
	}
	for _, a := range clauses {
		for _, c := range f.children(a) {
			if baseRel(f.toks[c].Rel) == "obl" && with(c) {
				return c
			}
			if f.toks[c].Rel == "obj" {
				if g := f.nmodBelow(c, 2, with); g >= 0 {
					return g
				}
			}
		}
	}
	return -1
}

// protestedParty returns the party that an "in protest against" (at,
// over) phrase of verb t names, or the coded owner of what it names
// ("blocked highways in protest at EU policies": the EU), other than the
// subject's own; -1 when there is none. The parser may hang what the
// protest is against on the verb, right after "in protest" ("began a
// strike in protest at government plans").
func (f *frame) protestedParty(t, subj int) int {
	for _, c := range f.children(t) {
		if baseRel(f.toks[c].Rel) != "obl" || f.caseWord(c) != "IN" || !protestNouns[f.upToks[f.tokWord[c]]] {
			continue
		}
		against := slices.Clone(f.children(c))
		for _, g := range f.children(t) {
			if baseRel(f.toks[g].Rel) == "obl" && f.minInSubtree(g) == c+1 {
				against = append(against, g)
			}
		}
		for _, g := range against {
			if !isNmod(f.toks[g].Rel) && baseRel(f.toks[g].Rel) != "obl" {
				continue
			}
			if p := f.caseWord(g); p != "AGAINST" && p != "AT" && p != "OVER" {
				continue
			}
			x := g
			if !(f.slotCoded(g) || f.lookCoded(g)) || f.tokCode(g) == null {
				x = -1
				for _, m := range f.children(g) {
					switch f.toks[m].Rel {
					case "nmod:poss", "compound", "amod":
						if (f.slotCoded(m) || f.lookCoded(m)) && f.tokCode(m) != null {
							x = m
						}
					}
				}
			}
			if x >= 0 && (subj < 0 || f.slotOf(x) != f.slotOf(subj) && f.tokCode(x) != f.tokCode(subj)) {
				return x
			}
		}
	}
	return -1
}

// threatenedAtHome reports whether response verb t is the open complement
// of "threaten" and, of its condition's subject cs and its own subject
// subj, one is the state and the other is not: "the unions threatened to
// strike if the government raised the pension age" threatens the
// government as threatCondition's "threatened to paralyse the state
// unless the government modified the law" does.
func (f *frame) threatenedAtHome(t, cs, subj int) bool {
	h := f.head(t)
	return f.toks[t].Rel == "xcomp" && h >= 0 && f.lemmaIn(h, threatenOnly) && f.acrossState(cs, subj)
}

// warnedOf reports whether t is "warn" with an "of" phrase, a warning of
// what is to come: "warned of violence", "warned of a trade war".
func (f *frame) warnedOf(t int) bool {
	if !f.lemmaIn(t, warnVerbs) {
		return false
	}
	for _, c := range f.children(t) {
		if baseRel(f.toks[c].Rel) == "obl" && f.caseWord(c) == "OF" {
			return true
		}
	}
	return false
}

// threatenOnly (upper-case lemma) threatens and does nothing else, unlike
// vowing or warning.
var threatenOnly = map[string]bool{"THREATEN": true}

// threatVerbs (upper-case lemmas) threaten or vow an act.
var threatVerbs = map[string]bool{"THREATEN": true, "VOW": true, "WARN": true}

// threatCondition returns, for a threat with no party of its own (verb t
// of threatVerbs), the coded subject of the condition it is made on,
// other than the subject's country: "Putin threatened to use nuclear
// weapons if NATO sent troops to Ukraine" is a threat to NATO (one event,
// of the threat verb: the act threatened gets no party from it). It
// returns -1 otherwise.
func (f *frame) threatCondition(t, subj int) int {
	th := t
	if !f.lemmaIn(th, threatVerbs) {
		return -1
	}
	xs := []int{th}
	for _, c := range f.children(th) {
		// "threatened to close the strait if ...", "warned it would
		// respond if ...": the condition of the act threatened.
		if r := f.toks[c].Rel; r == "xcomp" || r == "ccomp" {
			if f.lemmaIn(c, responseVerbs) {
				// "threatened to retaliate if ...": the response
				// is the threat, aimed at the condition's party
				// (depTarget), not a second event.
				return -1
			}
			xs = append(xs, c)
		}
	}
	for _, x := range xs {
		for _, c := range f.children(x) {
			if baseRel(f.toks[c].Rel) != "advcl" || !(f.hasMark(c, "IF") || f.hasMark(c, "UNLESS")) {
				continue
			}
			cs := f.childRel(c, func(r string) bool { return r == "nsubj" })
			if cs >= 0 && (f.slotCoded(cs) || f.lookCoded(cs)) && f.tokCode(cs) != null &&
				(!f.sameCountry(cs, subj) || (f.lemmaIn(th, threatenOnly) || f.warnedOf(th)) && f.acrossState(cs, subj)) {
				// (At home, a threat made to the state by others:
				// "the unions threatened to paralyse the state
				// unless the government modified the law", or a
				// warning of what the state's act will bring: "a
				// bishop warned of violence if Abacha becomes
				// president"; a warning that "the situation could
				// worsen unless central banks act" threatens
				// nobody.)
				return cs
			}
		}
	}
	return -1
}

// purposeProtest (upper-case lemmas) are the verbs of what a
// demonstration is for: "rallied to demand", "marched to protest".
var purposeProtest = map[string]bool{
	"DEMAND": true, "PROTEST": true, "OPPOSE": true, "DENOUNCE": true, "CONDEMN": true, "URGE": true,
	"CALL": true, "PRESS": true,
}

// ownActVerbs (upper-case lemmas) are the light verbs that carry an
// event noun with the subject's possessive: "issued his warning to
// Japan", "held their talks with", "stepped up its pressure on",
// "lifted its sanctions on". Verbs of wishing or changing a quantity do
// not ("hopes his visit to Washington will help", "increase its aid").
var ownActVerbs = map[string]bool{
	"ISSUE": true, "HOLD": true, "MAKE": true, "LAUNCH": true, "STAGE": true, "MOUNT": true,
	"DELIVER": true, "RENEW": true, "REPEAT": true, "REITERATE": true, "VOICE": true,
	"EXPRESS": true, "STEP": true, "INTENSIFY": true, "LIFT": true, "EASE": true, "IMPOSE": true,
	"TIGHTEN": true, "EXTEND": true, "PAY": true, "BEGIN": true, "START": true, "RESUME": true,
	"CONTINUE": true, "END": true, "BREAK": true, "SUSPEND": true, "CANCEL": true,
	"POSTPONE": true, "WITHDRAW": true, "DROP": true, "CONDUCT": true, "OPEN": true, "WAGE": true, "ESCALATE": true,
	"PRESS": true, "SEND": true, "ADDRESS": true, "CLOSE": true, "SEAL": true, "SHUT": true, "REOPEN": true,
	"REMOVE": true, "SCRAP": true, "RELAX": true, "PAUSE": true, "FREEZE": true,
	// "announced their support for the government plans".
	"ANNOUNCE": true,
}

// fundVerbs (upper-case lemmas) give or promise money or aid.
var fundVerbs = map[string]bool{
	"PLEDGE": true, "GIVE": true, "DONATE": true, "PROVIDE": true, "OFFER": true, "GRANT": true,
	"PROMISE": true, "CONTRIBUTE": true, "LEND": true, "ALLOCATE": true, "EARMARK": true,
}

// helpedParty returns the party that an infinitive of purpose "to help"
// of verb t names, as its object or its verb's object ("to help Iraq",
// "to help rebuild Iraq", "to help the victims"), other than the
// subject's own; -1 when there is none.
func (f *frame) helpedParty(t, subj int) int {
	for _, c := range f.children(t) {
		if r := baseRel(f.toks[c].Rel); r != "advcl" && r != "xcomp" || f.upToks[f.tokWord[c]] != "HELP" || !f.hasMark(c, "TO") {
			continue
		}
		xs := []int{c}
		for _, k := range f.children(c) {
			if f.toks[k].Rel == "xcomp" || f.toks[k].Rel == "ccomp" {
				xs = append(xs, k)
			}
		}
		for _, x := range xs {
			o := f.childRel(x, func(r string) bool { return r == "obj" })
			if o < 0 {
				continue
			}
			if !f.slotCoded(o) {
				o = f.ownerIn(o)
			}
			if o >= 0 && f.slotCoded(o) && (subj < 0 || !f.sameCountry(o, subj)) {
				return o
			}
		}
	}
	return -1
}

// sharingVerbs (upper-case lemmas) are the acts on people and places
// that news coordinates with a second act on the same object ("shot and
// killed", "arrested and charged", "condemned and rejected").
var sharingVerbs = map[string]bool{
	"SHOOT": true, "SHOT": true, "ATTACK": true, "BOMB": true, "SHELL": true, "RAID": true, "STORM": true,
	"BEAT": true, "WOUND": true, "KILL": true, "ARREST": true, "DETAIN": true, "KIDNAP": true,
	"ABDUCT": true, "TORTURE": true, "CONDEMN": true, "DENOUNCE": true, "CRITICISE": true,
	"CRITICIZE": true, "ACCUSE": true, "THREATEN": true, "WARN": true, "MEET": true,
}

// sharedObject returns the object that verb t shares with the verb
// coordinated right after it ("troops shot and killed a teenager",
// "arrested and charged two men": the parser hangs the object on the
// last verb), or -1. The conjunct must follow t with only the
// coordinator between them and have no subject of its own.
func (f *frame) sharedObject(t int) int {
	for _, c := range f.children(t) {
		if f.toks[c].Rel != "conj" || f.toks[c].UPOS != "VERB" || c != t+2 || !strings.EqualFold(f.toks[t+1].Text, "and") || f.hasSubject(c) {
			continue
		}
		return f.childRel(c, func(r string) bool { return r == "obj" })
	}
	return -1
}

// aimVerbs are the lemmas of verbs of aiming a missile, whose "at"
// phrase is the target even when it names a country ("fired rockets at
// Israel").
var aimVerbs = map[string]bool{
	"fire": true, "shoot": true, "launch": true, "throw": true, "hurl": true, "lob": true,
	"aim": true, "point": true, "direct": true, "target": true,
}

// missionNouns (upper case) head the phrase of a diplomatic mission,
// which stands for its state where people protest (protestVerbs):
// "protested outside the U.S. embassy in Manila".
var missionNouns = map[string]bool{"EMBASSY": true, "EMBASSIES": true, "CONSULATE": true, "CONSULATES": true}

// outAt reports whether verb t has the particle "out" or "back", whose
// "at" phrase names a target, not a place: "lashed out at Sweden", "hit
// back at critics".
func (f *frame) outAt(t int) bool {
	for _, c := range f.children(t) {
		if f.toks[c].Rel == "compound:prt" {
			switch f.upToks[f.tokWord[c]] {
			case "OUT", "BACK":
				return true
			}
		}
	}
	return false
}

// aimedAt returns, for verb of aiming t with object obj (the missile),
// the coded "at" phrase that names what is aimed at, whether the parser
// hung it on the verb or on the object ("fired rockets at Tel Aviv",
// "launched drones at Saudi Arabia's Abha airport"): the phrase itself,
// or the owner of a place it names; -1 when there is none.
func (f *frame) aimedAt(t, obj, subj int) int {
	// The missile and its conjuncts ("drones and missiles at Israel"
	// with "at Israel" on "missiles"), then the verb.
	xs := []int{obj}
	for _, c := range f.children(obj) {
		if f.toks[c].Rel == "conj" {
			xs = append(xs, c)
		}
	}
	xs = append(xs, t)
	for _, x := range xs {
		for _, c := range f.children(x) {
			if c < obj || f.caseWord(c) != "AT" || !(x != t && isNmod(f.toks[c].Rel) || x == t && baseRel(f.toks[c].Rel) == "obl") ||
				subj >= 0 && f.slotOf(c) == f.slotOf(subj) {
				continue
			}
			if (f.slotCoded(c) || f.lookCoded(c)) && !f.sameCountry(c, subj) {
				// The lookup may code the "at" phrase inside a
				// null slot ("missiles at Saudi Arabia").
				return c
			}
			for _, g := range f.children(c) {
				// An owner: "at Israel's Ashkelon", "at Hamas
				// positions".
				if (f.toks[g].Rel == "nmod:poss" || f.toks[g].Rel == "compound" && g < c) && (f.slotCoded(g) || f.lookCoded(g)) && !f.sameCountry(g, subj) {
					return g
				}
			}
		}
	}
	return -1
}

// actionNouns (upper case) are the moveNouns an agent compound names the
// kind of, not the author: "court action" is taken by a litigant.
var actionNouns = map[string]bool{"ACTION": true, "ACTIONS": true}

// agentCompound reports whether compound modifier c is a common noun
// the outside lookup codes as an actor with a role ("government" in "the
// government plans", "ministry" in "ministry proposals").
func (f *frame) agentCompound(c int) bool {
	return f.toks[c].UPOS == "NOUN" && f.lookCoded(c) && f.roleCoded(c)
}

// roleCoded reports whether the noun phrase of token t is coded with a
// role (police, demonstrators, Iraqi troops), not as a bare country or
// capital, which after "at" is a place.
func (f *frame) roleCoded(t int) bool {
	c := ""
	if f.lookCoded(t) {
		// "protesters" resolved from the context ("---OPP" in the
		// dictionaries' slot, which the parse may not give it).
		c, _ = f.look(t)
	} else if s := f.slotOf(t); s >= 0 && f.slots[s].coded() {
		c = f.firstCode(s)
	}
	// An organisation ("at the United Nations") is where one speaks,
	// not people one aims at.
	return len(c) > 3 && c != null && !strings.HasPrefix(c, "IGO") && !strings.HasPrefix(c, "NGO")
}

// withConjuncts adds to the codes of target token tok, when it lies
// inside a phrase of slot s other than its head ("demands from Saudi
// Arabia, the UAE, Bahrain and Egypt"), the codes of its conjuncts, which
// the slot's coordination does not hold.
func (f *frame) withConjuncts(tc []coded, s, tok int) []coded {
	if f.look == nil || s < 0 || tok < 0 || len(f.slots[s].members) == 0 {
		return tc
	}
	if f.words[f.slots[s].members[0].head].tok == tok {
		return f.ownerList(tc, tok)
	}
	for _, c := range f.children(tok) {
		if f.toks[c].Rel != "conj" {
			continue
		}
		code, ok := f.look(c)
		if !ok || code == "" || strings.IndexByte(code, '+') >= 0 {
			continue
		}
		dup := false
		for _, x := range tc {
			dup = dup || x.code == code
		}
		if !dup {
			tc = append(tc, coded{code: code, span: Span{Start: f.toks[c].Start, End: f.toks[c].End}})
		}
	}
	return tc
}

// ownerList returns tc, the one code of the phrase headed at tok, with
// one code per member when the phrase's "of" owner is a coordination of
// countries that the lookup coded by its first ("met the leaders of
// Japan, India and Australia" coded JPNGOV): each country with the
// phrase's role (JPNGOV, INDGOV, AUSGOV).
func (f *frame) ownerList(tc []coded, tok int) []coded {
	if len(tc) != 1 || len(tc[0].code) <= 3 {
		return tc
	}
	for _, c := range f.children(tok) {
		o := f.slotOf(c)
		if !isNmod(f.toks[c].Rel) || f.caseWord(c) != "OF" || o < 0 || len(f.slots[o].members) < 2 {
			continue
		}
		mc := f.memberCodes(o)
		if mc[0].code != tc[0].code[:3] {
			continue
		}
		out := make([]coded, 0, len(mc))
		for _, m := range mc {
			if len(m.code) != 3 || m.code == null || slices.ContainsFunc(out, func(x coded) bool { return x.code == m.code+tc[0].code[3:] }) {
				return tc // a member that is no bare country: no list of states
			}
			out = append(out, coded{code: m.code + tc[0].code[3:], span: m.span})
		}
		return out
	}
	return tc
}

// personActVerbs (upper-case lemmas) act on the person who is their
// object: no oblique stands for an object their dictionaries do not code.
var personActVerbs = map[string]bool{
	"ARREST": true, "DETAIN": true, "KILL": true, "KIDNAP": true, "ABDUCT": true, "ASSASSINATE": true,
	"EXECUTE": true, "SHOOT": true, "CAPTURE": true, "JAIL": true, "IMPRISON": true, "SENTENCE": true,
	"MURDER": true, "BEAT": true, "TORTURE": true, "INTERROGATE": true, "QUESTION": true,
}

// topicVerbs are the lemmas (upper case) of verbs whose object is a topic,
// not a party: "discussed refugees", "debated the crisis".
var topicVerbs = map[string]bool{"DISCUSS": true, "DEBATE": true}

// eventNounParty returns the coded prepositional complement of obj, the
// event noun object of verb t, that names the party of the event ("held
// talks with Y", "launched an attack on Israel"), or of the feeling noun
// object ("expressed its anger at Iran"), or -1. Places are
// none, nor, after a verb of armed action, is where it comes from
// ("from Gaza").
func (f *frame) eventNounParty(t, obj int) int {
	if obj < 0 {
		return -1
	}
	w := f.upToks[f.tokWord[obj]]
	feeling := feelingNouns[w]
	if !eventNouns[w] && !feeling {
		return -1
	}
	for _, c := range f.children(obj) {
		if !isNmod(f.toks[c].Rel) {
			continue
		}
		p := f.caseWord(c)
		if p == "ON" && onNouns[f.upToks[f.tokWord[obj]]] && !f.temporal(c) && !timeWord(f.upToks[f.tokWord[c]]) ||
			p == "OF" && ofNouns[f.upToks[f.tokWord[obj]]] {
			p = "" // "an attack on Israel", "sanctions on Russia"
			if f.slotCoded(c) && !(f.news && placeNouns[f.upToks[f.tokWord[c]]]) {
				return c
			}
			continue
		}
		if feeling && (p == "AT" || p == "OVER") {
			// "concern over the killing of civilians by Indonesian
			// troops": a feeling about an act is voiced at its doer,
			// whether the parser hung the "by" phrase on the act or
			// on its "of" phrase, not at those it was done to.
			by := func(_ int, p string) bool { return p == "BY" }
			if g := f.codedNmod(c, by); g >= 0 {
				return g
			}
			for _, o := range f.children(c) {
				if isNmod(f.toks[o].Rel) && f.caseWord(o) == "OF" {
					if g := f.codedNmod(o, by); g >= 0 {
						return g
					}
				}
			}
		}
		if feeling && p == "AT" {
			// "expressed its anger at Iran", "voiced its concern at
			// Pakistan's budget deficit": a feeling is voiced at its
			// object (which the slots leave to places) or the
			// object's owner or agent, not those it was done to.
			if (f.slotCoded(c) || f.lookCoded(c)) && f.tokCode(c) != null {
				return c
			}
			if g := f.codedNmod(c, func(_ int, p string) bool { return p == "BY" }); g >= 0 {
				return g // "at the killing of three soldiers by Hezbollah"
			}
			for _, g := range f.children(c) {
				if r := f.toks[g].Rel; (r == "nmod:poss" || r == "amod") && f.lookCoded(g) && f.tokCode(g) != null {
					return g
				}
			}
			continue
		}
		if f.news && p == "FOR" && supportNouns[w] && !f.slotCoded(c) && !f.lookCoded(c) {
			// "announced their support for the government plans":
			// support for a party's plan is for the party named
			// with it.
			if g := f.childRel(c, func(r string) bool { return r == "nmod:poss" || r == "compound" }); g >= 0 && f.lookCoded(g) {
				return g
			}
		}
		if p == "" || locativePreps[p] || !f.slotCoded(c) && !(f.news && f.lookCoded(c)) || f.news && placeNouns[f.upToks[f.tokWord[c]]] {
			continue // (package actors may code what the slots do not: "support for the government")
		}
		if f.news && topicPreps[p] && topicNouns[f.upToks[f.tokWord[obj]]] {
			// "held talks on Hong Kong", "signed an agreement on
			// Cyprus": what the talks or the accord are about.
			continue
		}
		if f.news && p == "FROM" && f.lemmaIn(t, strikeVerbs) {
			continue
		}
		return c
	}
	return -1
}

// obliqueTarget returns the target among the obliques of clause base t:
// the preposition the matched pattern names, then any non-locative
// oblique ("at" naming people or, after a verb of aiming, a country);
// -1 when none is coded.
func (f *frame) obliqueTarget(t, subj int, preps []string) int {
	_, closer := f.closingSpeech(t)
	for pass := 0; pass < 2; pass++ {
		for _, c := range f.children(t) {
			if baseRel(f.toks[c].Rel) != "obl" || c == closer || f.temporal(c) || timeWord(f.upToks[f.tokWord[c]]) ||
				subj >= 0 && f.slotOf(c) == f.slotOf(subj) {
				continue
			}
			p := f.caseWord(c)
			if p == "" && pass == 1 && f.slotCoded(c) {
				// A bare noun phrase the parser left without its
				// preposition or read as an oblique object.
				return c
			}
			if p == "" {
				continue
			}
			if pass == 0 && !containsString(preps, p) {
				continue
			}
			if p == "ACCORDING" {
				// "According to the Foreign Ministry, China lodged a
				// protest with the United States": the source of the
				// report, never a party.
				continue
			}
			if pass == 1 && f.news && (reasonPreps[p] || p == "FOR" && reasonNouns[f.upToks[f.tokWord[c]]]) {
				// "imposed sanctions ... over the death of Navalny":
				// a cause or a time, not a party.
				continue
			}
			if pass == 1 && f.news && topicPreps[p] {
				if o := f.childRel(t, func(r string) bool { return r == "obj" }); o >= 0 && topicNouns[f.upToks[f.tokWord[o]]] {
					// "are making promises on the police", "held
					// talks on Cyprus" with the phrase hung on the
					// verb: what the promises or talks are about.
					continue
				}
			}
			if pass == 1 && f.news && p == "FROM" && (f.lemmaIn(t, strikeVerbs) || aimVerbs[strings.ToLower(f.toks[t].Lemma)]) {
				// "launched an attack on Israel from Gaza", "fired
				// rockets from Lebanon": where the attack comes from.
				continue
			}
			if pass == 1 && f.news && p == "WITH" && weaponNouns[f.upToks[f.tokWord[c]]] {
				// "attacked a ship with drones": the weapon, which
				// the agents dictionary codes as the military, is
				// no party.
				continue
			}
			if pass == 1 && f.news && p == "THROUGH" && protestVerbs[strings.ToLower(f.toks[t].Lemma)] {
				// "marched through the streets of La Paz": the
				// route of a march is no party it marches against.
				continue
			}
			if pass == 1 && f.news && placeNouns[f.upToks[f.tokWord[c]]] {
				// "held talks on the Belarusian border": a place
				// named by its country is no party.
				continue
			}
			if pass == 1 && locativePreps[p] && !(p == "AT" && (f.roleCoded(c) || (aimVerbs[strings.ToLower(f.toks[t].Lemma)] || f.outAt(t)) && f.slotCoded(c))) &&
				!(missionNouns[f.upToks[f.tokWord[c]]] && protestVerbs[strings.ToLower(f.toks[t].Lemma)] && f.slotCoded(c)) &&
				!f.strikeIn(t, c, subj, p) {
				// "at" takes a target when it names people rather
				// than a place: "fired tear gas at demonstrators".
				continue
			}
			if f.slotCoded(c) {
				if a := f.expressedTo(t, c, subj); a >= 0 {
					return a
				}
				return c
			}
			if f.news && p == "FOR" && f.lemmaIn(t, appealForVerbs) && !reasonNouns[f.upToks[f.tokWord[c]]] && !f.quantityNoun(c) {
				// "called for the withdrawal of Israeli forces from
				// Lebanon", "called for the release of prisoners held
				// by Israel": the party whose act is asked for.
				if o := f.ownerIn(c); o >= 0 && (subj < 0 || f.slotOf(o) != f.slotOf(subj)) && f.tokCode(o) != null {
					return o
				}
			}
			if pass == 1 && f.news && (!locativePreps[p] || p == "AT" && aimVerbs[strings.ToLower(f.toks[t].Lemma)]) {
				// "demonstrated against Netanyahu's judicial
				// overhaul", "launched drones at Saudi Arabia's
				// Abha airport": the owner of what is opposed or
				// aimed at.
				for _, g := range f.children(c) {
					if f.toks[g].Rel == "nmod:poss" && (f.slotCoded(g) || f.lookCoded(g)) {
						return g
					}
				}
				if a := f.relativeAgent(c, subj); a >= 0 && f.lemmaIs(t, nlp.StanceVerb) {
					// "protested against the tariffs Reagan
					// imposed on Japanese exports".
					return a
				}
			}
		}
	}
	return -1
}

// expressVerbs (upper-case lemmas) voice a feeling or a protest to an
// addressee: "voiced concern to India", "complained to Japan".
var expressVerbs = map[string]bool{
	"VOICE": true, "EXPRESS": true, "CONVEY": true, "LODGE": true, "RAISE": true, "REGISTER": true,
	"PROTEST": true, "COMPLAIN": true, "APOLOGISE": true, "APOLOGIZE": true, "AIR": true,
}

// expressedTo returns, for an oblique c of what verb t (of expressVerbs)
// is about ("over troop movements", "about the arrests"), the coded party
// that a "to" oblique of t addresses, outside
// the subject's slot: "Pakistan voiced concern to India over troop
// movements" is voiced to India. -1 when c is no topic or there is no
// such addressee.
func (f *frame) expressedTo(t, c, subj int) int {
	if !f.news || !f.lemmaIn(t, expressVerbs) {
		return -1
	}
	if w := f.caseWord(c); !topicPreps[w] && w != "AT" {
		return -1
	}
	for _, k := range f.children(t) {
		if k == c || baseRel(f.toks[k].Rel) != "obl" || !f.slotCoded(k) || f.tokCode(k) == null || subj >= 0 && f.slotOf(k) == f.slotOf(subj) {
			continue
		}
		if f.caseWord(k) == "TO" {
			return k
		}
	}
	return -1
}

// obliqueParty returns a coded nominal modifier g of an oblique of verb
// t ("with Putin" in "in a meeting with Putin") whose preposition p ok
// accepts (c is the oblique), outside the subject's slot, or -1. Outside
// news only uncoded obliques are looked into.
func (f *frame) obliqueParty(t, subj int, ok func(c int, p string) bool) int {
	for _, c := range f.children(t) {
		if baseRel(f.toks[c].Rel) != "obl" || f.slotCoded(c) && !f.news || f.temporal(c) {
			continue
		}
		for _, g := range f.children(c) {
			if !isNmod(f.toks[g].Rel) {
				continue
			}
			if p := f.caseWord(g); p != "" && ok(c, p) && (f.slotCoded(g) || f.news && f.lookCoded(g)) && (subj < 0 || f.slotOf(g) != f.slotOf(subj)) {
				return g
			}
		}
	}
	return -1
}

// codedNmod returns the first nominal modifier c of token x, coded by
// its slot or the lookup and not as no actor, whose preposition p ok
// accepts, or -1.
func (f *frame) codedNmod(x int, ok func(c int, p string) bool) int {
	for _, c := range f.children(x) {
		if isNmod(f.toks[c].Rel) && (f.slotCoded(c) || f.lookCoded(c)) && f.tokCode(c) != null && ok(c, f.caseWord(c)) {
			return c
		}
	}
	return -1
}

// protestNouns (upper case) head the protests whose "against" phrase
// names what they oppose.
var protestNouns = map[string]bool{
	"PROTEST": true, "PROTESTS": true, "DEMONSTRATION": true, "DEMONSTRATIONS": true, "RALLY": true,
	"RALLIES": true, "MARCH": true, "CAMPAIGN": true, "STRIKE": true, "BOYCOTT": true,
}

// nmodBelow returns the first nominal modifier c below token x, breadth
// first and at most depth levels down through nominal modifiers, for
// which ok(c) holds, or -1.
func (f *frame) nmodBelow(x, depth int, ok func(c int) bool) int {
	level := []int{x}
	for d := 0; d < depth && len(level) > 0; d++ {
		var next []int
		for _, y := range level {
			for _, c := range f.children(y) {
				if !isNmod(f.toks[c].Rel) {
					continue
				}
				if ok(c) {
					return c
				}
				next = append(next, c)
			}
		}
		level = next
	}
	return -1
}

// reasonNouns (upper case) head the "for" phrases that give the reason of
// an act, not its beneficiary: "sentenced five men to death for the
// murder of a police officer".
var reasonNouns = map[string]bool{
	"MURDER": true, "MURDERS": true, "KILLING": true, "KILLINGS": true, "DEATH": true, "DEATHS": true,
	"ASSASSINATION": true, "ROLE": true, "PART": true, "INVOLVEMENT": true, "ATTACK": true, "ATTACKS": true,
	"BOMBING": true, "BOMBINGS": true, "CRIME": true, "CRIMES": true, "KIDNAPPING": true, "KIDNAPPINGS": true,
	"ABDUCTION": true, "RAPE": true, "THEFT": true, "ROBBERY": true, "FRAUD": true, "CORRUPTION": true,
	"TREASON": true, "SPYING": true, "ESPIONAGE": true, "TERRORISM": true, "TRAFFICKING": true,
	"SMUGGLING": true, "TORTURE": true, "ABUSE": true, "ABUSES": true, "MASSACRE": true, "GENOCIDE": true,
	"SHOOTING": true, "BEATING": true, "DETENTION": true, "ARREST": true, "INSULTING": true,
}

// reasonPreps (upper case) open obliques of cause, time and
// circumstance, which name no party of the act.
var reasonPreps = map[string]bool{
	"OVER": true, "AMID": true, "DESPITE": true, "DURING": true, "AFTER": true, "BEFORE": true,
	"SINCE": true, "UNTIL": true, "FOLLOWING": true,
}

// placeNouns (upper case) head phrases that name where something happens
// even when a country's adjective codes them ("on the Belarusian
// border", "on the sidelines of the summit").
var placeNouns = map[string]bool{
	"BORDER": true, "BORDERS": true, "FRONTIER": true, "SIDELINES": true, "MARGINS": true,
	"OUTSKIRTS": true, "COAST": true, "SOIL": true, "TERRITORY": true, "CAPITAL": true,
}

// weaponNouns (upper case) head the "with" phrases that name what an
// attack is made with.
var weaponNouns = map[string]bool{
	"DRONE": true, "DRONES": true, "MISSILE": true, "MISSILES": true, "ROCKET": true, "ROCKETS": true,
	"ARTILLERY": true, "MORTARS": true, "GRENADES": true, "BOMBS": true, "EXPLOSIVES": true, "WEAPONS": true,
	"SHELLS": true, "SHELL": true, "ROUNDS": true, "BULLETS": true, "PROJECTILES": true, "MORTAR": true,
}

// weaponVerb reports whether upper-case lemma w has a weapon for its
// object: the verbs of nlp.FireVerb ("fired rockets", "launched drones"),
// and "drop" and "use", which take a weapon too ("dropped bombs", "used
// tanks") but name no target in an "at" phrase, so nlp.FireVerb leaves
// them out.
func weaponVerb(w string) bool { return nlp.FireVerb(w) || w == "DROP" || w == "USE" }

// strikeVerbs (upper case) are the verbs of armed action whose place,
// when it is another country, is their target in news: "US drones struck
// militants in Pakistan", "would launch a military operation in northern
// Syria". They are read with lemmaIn, which also reads the word ("shelled",
// which the lemmatizer cuts to "shel").
var strikeVerbs = map[string]bool{
	"STRIKE": true, "BOMB": true, "ATTACK": true, "LAUNCH": true, "SHELL": true, "RAID": true,
	"KILL": true, "CONDUCT": true, "CARRY": true, "HIT": true, "POUND": true, "TARGET": true,
	"STAGE": true,
}

// strikePreps (upper case) place an armed act or a show of force in
// another country: "in", "into" and "inside" it, "near", "around" and
// "off" it ("drills near Taiwan").
var strikePreps = map[string]bool{"IN": true, "INSIDE": true, "INTO": true, "NEAR": true, "AROUND": true, "OFF": true}

// sanctioning reports whether verb t imposes sanctions ("imposed
// sanctions on 500 targets in Russia"), whose place abroad is their
// target as an armed action's is.
func (f *frame) sanctioning(t int) bool {
	if f.lemmaIn(t, sanctionVerb) {
		return true
	}
	o := f.childRel(t, func(r string) bool { return r == "obj" })
	return o >= 0 && f.lemmaIn(t, imposeVerb) && f.upToks[f.tokWord[o]] == "SANCTIONS"
}

var (
	sanctionVerb = map[string]bool{"SANCTION": true}
	imposeVerb   = map[string]bool{"IMPOSE": true}
)

// strikeIn reports whether the locative oblique c (preposition p) of verb
// t is the target of an armed action in news mode: a bare country other
// than the subject's.
func (f *frame) strikeIn(t, c, subj int, p string) bool {
	if !f.news || subj < 0 || !f.lemmaIn(t, strikeVerbs) && !f.sanctioning(t) || !strikePreps[p] {
		return false
	}
	code, sc := f.tokCode(c), f.tokCode(subj)
	if code == "" {
		code = f.placeCountry[c] // a place inside the object ("depots in Syria")
		return len(code) == 3 && len(sc) >= 3 && code != sc[:3]
	}
	if len(code) == 6 && !event.IsSector(code[3:]) {
		code = code[:3] // a territory the dictionaries code ("the Gaza Strip", PSEGZA)
	}
	return len(code) == 3 && len(sc) >= 3 && !f.sameCountry(c, subj)
}

// crimeNouns (upper case) are the wrongs an investigation looks into.
var crimeNouns = map[string]bool{
	"CRIMES": true, "CRIME": true, "ABUSES": true, "ATROCITIES": true, "VIOLATIONS": true,
	"KILLINGS": true, "MASSACRES": true, "MASSACRE": true,
}

// crimeCountry reports whether c names a country (a place inside it or a
// territory the dictionaries code) other than the subject's.
func (f *frame) crimeCountry(c, subj int) bool {
	code := f.tokCode(c)
	if code == "" {
		code = f.placeCountry[c]
	} else if len(code) == 6 && !event.IsSector(code[3:]) {
		code = code[:3]
	}
	if len(code) != 3 || code == null {
		return false
	}
	sc := f.tokCode(subj)
	return subj < 0 || len(sc) < 3 || code != sc[:3]
}

// foreignPeople reports whether the phrase of obj is itself coded with a
// country other than the subject's ("his Russian counterpart" after a
// Chinese minister), not through a place it names ("its ambassador to
// Somalia").
func (f *frame) foreignPeople(obj, subj int) bool {
	oc, sc := f.tokCode(obj), f.tokCode(subj)
	if len(oc) < 3 || len(sc) < 3 || strings.HasPrefix(oc, null) || strings.HasPrefix(sc, null) {
		return false
	}
	if f.look != nil && !f.looked(obj) {
		return false // the dictionaries' code of the whole slot
	}
	return oc[:3] != sc[:3]
}

// ownPeople reports whether object token obj is the subject's own
// people or things: a noun with a possessive its, their, his or her
// ("its ambassador", "their troops", "its citizens").
func (f *frame) ownPeople(obj int) bool {
	for _, c := range f.children(obj) {
		if f.toks[c].Rel != "nmod:poss" {
			continue
		}
		switch strings.ToLower(f.toks[c].Text) {
		case "its", "their", "his", "her":
			return true
		}
	}
	return false
}

// opponents reports whether object token obj, in news, is an opponent
// noun ("his opponents", "its critics") coded as the other side of
// subj: the subject's opponents are not its own people.
func (f *frame) opponents(obj, subj int) bool {
	return f.news && subj >= 0 && nlp.OpponentNoun(f.upToks[f.tokWord[obj]]) && f.opposed(obj, subj)
}

// otherPossessor reports whether the possessive pronoun of obj stands,
// by the article's context, for another country than the subject's:
// "Iranian forces attacked its oil terminal" after "Iraq said".
func (f *frame) otherPossessor(obj, subj int) bool {
	if !f.news {
		return false
	}
	for _, c := range f.children(obj) {
		if f.toks[c].Rel == "nmod:poss" && f.lookCoded(c) {
			code, sc := f.tokCode(c), f.tokCode(subj)
			return len(code) >= 3 && len(sc) >= 3 && code[:3] != sc[:3]
		}
	}
	return false
}

// sameCountry reports whether the noun phrases of tokens a and b are
// coded with the same country.
func (f *frame) sameCountry(a, b int) bool {
	if a < 0 || b < 0 {
		return false
	}
	ca, cb := f.tokCode(a), f.tokCode(b)
	return len(ca) >= 3 && len(cb) >= 3 && ca[:3] == cb[:3] && ca[:3] != null
}

// stateless reports whether the phrase of token a is coded with a role
// and no country ("---MIL": "its commanders").
func (f *frame) stateless(a int) bool {
	if a < 0 {
		return false
	}
	c := f.tokCode(a)
	return len(c) > 3 && c[:3] == null
}

// opposed reports whether the phrases of tokens a and b are coded with
// roles on opposite sides of a country's state: rebels, opposition,
// armed groups, criminals on one side; government, military, police,
// courts, legislature on the other ("Taliban fighters attacked a police
// checkpoint").
func (f *frame) opposed(a, b int) bool {
	ca, cb := f.tokCode(a), f.tokCode(b)
	role := func(c string) string {
		if len(c) == 3 && !strings.HasPrefix(c, null) {
			return "GOV" // a state by its name ("Turkish" strikes on the PKK)
		}
		if len(c) < 6 {
			return ""
		}
		return c[3:6]
	}
	ra, rb := role(ca), role(cb)
	if ra == "" || rb == "" {
		return false
	}
	return stateRoles[ra] && nonStateRoles[rb] || nonStateRoles[ra] && stateRoles[rb]
}

// acrossState reports whether, of the phrases of tokens a and b, one is
// coded as the state (a bare country or a state role) and the other with
// a role outside it (unions, farmers, business, opposition): "Australian
// unions" and "the government".
func (f *frame) acrossState(a, b int) bool {
	sa, sb := f.side(a), f.side(b)
	return sa != "" && sb != "" && sa != sb
}

// side returns "state" when the phrase of token t is coded as the state
// (a bare country or a state role), "other" when it has a role outside
// the state, "" when it has no role.
func (f *frame) side(t int) string {
	c := f.tokCode(t)
	switch {
	case len(c) == 3 && c != null:
		return "state"
	case len(c) < 6 || strings.HasPrefix(c, null):
		return ""
	case stateRoles[c[3:6]]:
		return "state"
	}
	return "other"
}

var (
	stateRoles    = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true}
	nonStateRoles = map[string]bool{"REB": true, "OPP": true, "UAF": true, "INS": true, "SEP": true, "RAD": true, "CRM": true}
)

// tokCode returns the actor code of the noun phrase headed at token t:
// the outside lookup's for t, else its slot's first code; "" when
// uncoded.
func (f *frame) tokCode(t int) string {
	if f.look != nil {
		if code, ok := f.look(t); ok && code != "" {
			return code
		}
	}
	s := f.slotOf(t)
	if s < 0 || !f.slots[s].coded() {
		return ""
	}
	return f.firstCode(s)
}

// agentOnlySlot reports whether the noun phrase of token t is coded only
// as an agent without a country ("---MIL": "troops").
func (f *frame) agentOnlySlot(t int) bool {
	sl := f.slotOf(t)
	if sl < 0 || !f.slots[sl].coded() {
		return false
	}
	c := f.firstCode(sl)
	return len(c) > 3 && strings.HasPrefix(c, null)
}

// mannerNouns (upper case) name the way something is done.
var mannerNouns = map[string]bool{"WAY": true, "MANNER": true}

// mannerActor returns the coded subject of the relative clause on
// manner noun x ("the way Tony Blair's government operates"), or -1.
func (f *frame) mannerActor(x int) int {
	for _, r := range f.children(x) {
		if f.toks[r].Rel != "acl:relcl" {
			continue
		}
		if sb := f.childRel(r, func(rel string) bool { return rel == "nsubj" }); sb >= 0 && (f.slotCoded(sb) || f.lookCoded(sb)) && f.tokCode(sb) != null {
			return sb
		}
	}
	return -1
}

// ownerIn returns the first coded noun phrase that modifies the uncoded
// object obj, breadth first through possessives, prepositional
// modifiers, reduced relative clauses and, in news, proper-noun compounds
// ("rejected a plea by Falconer", "reject the tax increase called for in
// the Budget Committee's proposal", "attacked the Tory plans", but not
// "government spending"), a common-noun agent compounded with a party's
// plan or decision (moveNouns but actionNouns: "backed the government
// plans", "rejected union demands") and capitalised adjectives an ActorLookup codes
// ("the Conservative plans"), or -1. Locative and temporal phrases are
// skipped.
func (f *frame) ownerIn(obj int) int {
	level := []int{obj}
	for depth := 0; depth < 3 && len(level) > 0; depth++ {
		var next []int
		for _, x := range level {
			if f.news && depth == 0 {
				// "criticised the arrest of journalists by Turkey",
				// "protested the sale of arms to Taiwan by the United
				// States": the one who did the act, before those it
				// was done to.
				// The parser may hang the "by" phrase on the "of"
				// phrase ("the arrest of journalists by Turkey").
				by := func(c int, p string) bool { return p == "BY" && !placeNouns[f.upToks[f.tokWord[c]]] }
				if c := f.codedNmod(x, by); c >= 0 {
					return c
				}
				for _, c := range f.children(x) {
					if isNmod(f.toks[c].Rel) && f.caseWord(c) == "TO" {
						// "protested against a visit to Taiwan by a
						// US delegation": the visitor.
						if g := f.codedNmod(c, by); g >= 0 {
							return g
						}
					}
					if isNmod(f.toks[c].Rel) && f.caseWord(c) == "OF" {
						if g := f.codedNmod(c, by); g >= 0 {
							return g
						}
						// "the release of a journalist held by
						// Iran": who holds them.
						for _, a := range f.children(c) {
							if f.toks[a].Rel != "acl" || f.toks[a].XPOS != "VBN" || !holdVerbs[f.upToks[f.tokWord[a]]] {
								continue
							}
							for _, g := range f.children(a) {
								if (f.toks[g].Rel == "obl:agent" || baseRel(f.toks[g].Rel) == "obl" && f.caseWord(g) == "BY") &&
									(f.slotCoded(g) || f.lookCoded(g)) && f.tokCode(g) != null {
									return g
								}
							}
						}
					}
				}
			}
			if f.news && depth == 0 && x > 0 && !weaponNouns[f.upToks[f.tokWord[x]]] && f.toks[x-1].Head == x+1 && f.toks[x-1].Rel == "compound" && f.toks[x-1].UPOS == "NOUN" && f.lookCoded(x-1) {
				// "bombed Syrian rebel positions", "attacked a
				// Turkish police station": the armed agent right
				// before the thing owns it, with the country its
				// adjective gives ("government bonds" are no one's).
				if c := f.tokCode(x - 1); len(c) >= 6 && !strings.HasPrefix(c, null) && armedRoles[c[3:6]] {
					return x - 1
				}
			}
			if f.news && depth == 0 && mannerNouns[f.upToks[f.tokWord[x]]] {
				// "criticised the way the government had handled
				// the crisis": whoever acts in that way.
				if c := f.mannerActor(x); c >= 0 {
					return c
				}
			}
			if f.news && transferNouns[f.upToks[f.tokWord[x]]] {
				// "approved the sale of fighter jets to Turkey": the
				// buyer, not the goods.
				if c := f.codedNmod(x, func(_ int, p string) bool { return p == "TO" }); c >= 0 {
					return c
				}
			}
			for _, c := range f.children(x) {
				r := f.toks[c].Rel
				if g := f.ledBy(c); f.news && g >= 0 {
					// "criticised the US-led coalition": its leader.
					return g
				}
				switch {
				case r == "nmod:poss", isNmod(r), baseRel(r) == "obl", r == "acl", r == "appos", r == "compound" && f.news && f.toks[c].UPOS == "PROPN",
					r == "compound" && f.news && moveNouns[f.upToks[f.tokWord[x]]] && !actionNouns[f.upToks[f.tokWord[x]]] && f.agentCompound(c),
					r == "amod" && f.news && f.lookCoded(c) && f.toks[c].Text != "" && f.toks[c].Text[0] >= 'A' && f.toks[c].Text[0] <= 'Z':
				default:
					continue
				}
				if f.temporal(c) || timeWord(f.upToks[f.tokWord[c]]) || f.news && placeNouns[f.upToks[f.tokWord[c]]] {
					continue
				}
				if r == "acl" && f.news && (personNouns[f.upToks[f.tokWord[x]]] || envoyNouns[f.upToks[f.tokWord[x]]]) {
					// "executed a man accused of spying for Israel",
					// "summoned the Chinese ambassador to protest
					// against the detention of two journalists": what
					// a clause says of a person names no owner.
					continue
				}
				if r == "acl" && f.news && f.toks[c].XPOS == "VBG" && f.childRel(c, func(r string) bool { return r == "obj" }) >= 0 {
					// "signed a motion questioning expansion plans
					// for Edinburgh Airport": what a participle clause
					// does to its own object names no owner of the
					// thing (an infinitive may: "an agreement to sell
					// cars to Hungary").
					continue
				}
				if f.news && f.lawTopic(x, c) {
					// "signed a law on the judiciary": what
					// legislation is about is no party to it
					// (GUIDELINES: legislation passed is not coded).
					continue
				}
				if p := f.caseWord(c); locativePreps[p] && p != "BY" && p != "OF" && !(p == "AT" && (f.roleCoded(c) || feelingNouns[f.upToks[f.tokWord[x]]])) {
					// ("expressed anger at Iran": the one a feeling
					// is "at" is its object, no place.)
					// A place is no owner; but an amount "in" aid
					// is the aid, and its recipient may be:
					// "50 million euros in aid to Yemen".
					if p == "IN" && amountWords[f.upToks[f.tokWord[x]]] {
						next = append(next, c)
					}
					continue
				}
				if (f.nominal[c] || r == "amod" || r == "nmod:poss" && f.lookCoded(c)) && (f.slotOf(c) != f.slotOf(obj) || f.tokCode(c) != f.tokCode(obj)) && (f.slotCoded(c) || f.lookCoded(c)) {
					return c
				}
				next = append(next, c)
			}
		}
		level = next
	}
	return -1
}

// ledBy returns, for modifier a of a noun written "X-led" ("the US-led
// coalition", split by the tokenizer into "US", "-", "led"), the coded
// party X, or -1.
func (f *frame) ledBy(a int) int {
	if f.toks[a].Rel != "amod" || f.toks[a].XPOS != "VBN" || !strings.EqualFold(f.toks[a].Text, "led") {
		return -1
	}
	for _, g := range f.children(a) {
		if g < a && f.toks[g].UPOS == "PROPN" && (f.slotCoded(g) || f.lookCoded(g)) && f.tokCode(g) != null {
			return g
		}
	}
	return -1
}

// feelingNouns (upper case) are the nouns of a feeling voiced at someone:
// "expressed anger at Iran", "voiced concern at the arrests".
var feelingNouns = map[string]bool{
	"ANGER": true, "OUTRAGE": true, "CONCERN": true, "DISMAY": true, "ALARM": true,
	"DISPLEASURE": true, "FURY": true, "INDIGNATION": true, "IRRITATION": true, "ANNOYANCE": true,
	"DISAPPOINTMENT": true, "FRUSTRATION": true, "DISQUIET": true, "UNEASE": true,
	"SHOCK": true, "REVULSION": true, "DISGUST": true, "ANXIETY": true,
}

// concernAbout returns the party token that feeling or concern noun obj
// (feelingNouns, concernNouns) is felt about, or -1: the coded head of
// its "about", "over" or "at" phrase, or the coded possessor, name or
// adjective of that phrase's head ("misgivings about government plans",
// "concern over Labour's tax plans", "worries about the Tory plans").
func (f *frame) concernAbout(obj int) int {
	if !feelingNouns[f.upToks[f.tokWord[obj]]] && !f.lemmaIn(obj, concernNouns) || f.noneOf(obj) {
		return -1
	}
	coded := func(x int) bool { return f.toks[x].UPOS != "PRON" && (f.slotCoded(x) || f.lookCoded(x)) }
	for _, k := range f.children(obj) {
		if w := f.caseWord(k); !isNmod(f.toks[k].Rel) || w != "ABOUT" && w != "OVER" && w != "AT" {
			continue
		}
		if coded(k) {
			return k
		}
		for _, j := range f.children(k) {
			if r := f.toks[j].Rel; j < k && (r == "nmod:poss" || r == "compound" || r == "amod") && coded(j) {
				return j
			}
		}
	}
	return -1
}

// feltAbout returns the party that the clause of a feeling noun obj, the
// object of verb t, is about: the subject of the clause that package
// actors codes, or the coded possessor or name modifier of its subject
// ("expressed concern that Labour would raise taxes", "voiced fears that
// the Tories' plans would fail"), or -1. The
// clause is the noun's (acl, opened by "that"), one the parser read as
// a relative clause with "that" its object though the verb has another
// ("concern that Labour would raise taxes"), or the verb's complement
// opened by "that" right after the noun.
func (f *frame) feltAbout(t, obj int) int {
	if !feelingNouns[f.upToks[f.tokWord[obj]]] && !f.lemmaIn(obj, concernNouns) || f.noneOf(obj) {
		return -1
	}
	that := func(c int) int {
		return f.childRel(c, func(r string) bool { return r == "mark" || r == "obj" })
	}
	c := -1
	for _, k := range f.children(obj) {
		m := that(k)
		if k < obj || m < 0 || !strings.EqualFold(f.toks[m].Text, "that") {
			continue
		}
		switch {
		case f.toks[k].Rel == "acl" && f.toks[m].Rel == "mark":
			c = k
		case f.toks[k].Rel == "acl:relcl" && f.toks[m].Rel == "obj" && slices.ContainsFunc(f.children(k), func(o int) bool { return o > k && f.toks[o].Rel == "obj" }):
			c = k
		}
	}
	if c < 0 {
		if k := f.childRel(t, func(r string) bool { return r == "ccomp" }); k > obj {
			if m := that(k); m >= 0 && f.toks[m].Rel == "mark" && strings.EqualFold(f.toks[m].Text, "that") && m == slices.Max(f.subtree(obj, nil))+1 {
				c = k
			}
		}
	}
	if c < 0 {
		return -1
	}
	sb := f.depSubject(c, 0)
	if sb < 0 || f.toks[sb].UPOS == "PRON" {
		return -1
	}
	if !f.lookCoded(sb) {
		// Only the subject's possessor or the name before it ("the
		// CFTC plan"): "that the confrontation between Tehran and
		// the United States could erupt" fears no one party.
		sb = f.childRel(sb, func(r string) bool { return r == "nmod:poss" || r == "compound" })
	}
	if sb < 0 || f.toks[sb].UPOS == "PRON" || !f.lookCoded(sb) {
		return -1
	}
	return sb
}

// supportNouns (upper case) are the support a party gives "for" a
// party or its course.
var supportNouns = map[string]bool{"SUPPORT": true, "BACKING": true}

// armedRoles are the roles of armed agents (Phoenix's three-letter
// codes): military, police, rebels, unidentified armed forces,
// intelligence.
var armedRoles = map[string]bool{"MIL": true, "COP": true, "REB": true, "UAF": true, "SPY": true}

// appealForVerbs (upper-case lemmas) ask for the act their "for" phrase
// names ("called for the withdrawal of Israeli forces").
var appealForVerbs = map[string]bool{
	"CALL": true, "APPEAL": true, "PRESS": true, "PUSH": true, "ASK": true, "URGE": true,
	"PLEAD": true, "LOBBY": true, "CLAMOR": true, "CLAMOUR": true,
}

// conveyVerbs (upper-case lemmas) pass a message, reply or proposal on
// to someone.
var conveyVerbs = map[string]bool{
	"PASS": true, "CONVEY": true, "DELIVER": true, "HAND": true, "FORWARD": true, "TRANSMIT": true,
	"RELAY": true, "PRESENT": true, "SUBMIT": true,
}

// recipient returns the coded "to" phrase of conveying verb t (conveyVerbs)
// or of its object obj, other than the subject subj; -1 when there is none.
func (f *frame) recipient(t, obj, subj int) int {
	if !f.lemmaIn(t, conveyVerbs) {
		return -1
	}
	for _, x := range []int{t, obj} {
		for _, c := range f.children(x) {
			r := f.toks[c].Rel
			if (baseRel(r) == "obl" || isNmod(r)) && f.caseWord(c) == "TO" && (f.slotCoded(c) || f.lookCoded(c)) &&
				f.tokCode(c) != null && (subj < 0 || f.slotOf(c) != f.slotOf(subj)) {
				return c
			}
		}
	}
	return -1
}

// timeBetween reports whether the tokens from lo up to hi (exclusive)
// are none or only say when ("the decision yesterday by the Senate
// committee").
func (f *frame) timeBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch w := f.upToks[f.tokWord[k]]; {
		case timeWord(w), w == "YESTERDAY", w == "TODAY", w == "TONIGHT", w == "EARLIER", w == "LAST", w == "THIS":
		default:
			return false
		}
	}
	return true
}

// quantity reports whether nominal c names an amount ("by a like
// amount of people", "by 10 pct").
func (f *frame) quantity(c int) bool {
	return f.quantityNoun(c) || f.childRel(c, func(r string) bool { return r == "nummod" }) >= 0
}

// quantityNoun reports whether nominal c is headed by a word of amount
// ("a margin of 13/16 pct over ...").
func (f *frame) quantityNoun(c int) bool {
	switch w := f.upToks[f.tokWord[c]]; w {
	case "AMOUNT", "PCT", "PERCENT", "NUMBER", "MARGIN", "FACTOR", "HALF", "THIRD", "QUARTER":
		return true
	default:
		return amountWords[w]
	}
}

// holdVerbs (upper case, participles) keep people captive: "a
// journalist held by Iran".
var holdVerbs = map[string]bool{
	"HELD": true, "DETAINED": true, "IMPRISONED": true, "JAILED": true, "KIDNAPPED": true,
	"ABDUCTED": true, "CAPTURED": true, "SEIZED": true, "ARRESTED": true,
}

// echoVerbs (upper-case lemmas) make another party's call or demand the
// subject's own ("echoed America's call for Russia to withdraw" is an
// appeal to Russia).
var echoVerbs = map[string]bool{
	"ECHO": true, "REPEAT": true, "REITERATE": true, "RENEW": true, "JOIN": true, "SECOND": true,
}

// actOwner returns the owner of object obj, a thing or act no actor of
// its own, when another party than subject subj owns it: a possessive
// ("the Taliban's demand", "the Egyptian government's handling of
// protests by the Brotherhood") or, of an event noun (eventNouns) or a
// sale (transferNouns), a coded name or capitalised adjective ("a Taliban
// demand", "the Iranian offer", "criticised the U.S. sale of arms to
// Taiwan") or its "by" phrase ("criticism by Baker") whose code is
// neither the subject's nor its bare
// country ("lifted the U.S. sanctions on Iran" is the subject's own
// act); -1 otherwise.
func (f *frame) actOwner(obj, subj int) int {
	if obj < 0 || f.look == nil || f.lookCoded(obj) {
		return -1
	}
	event := eventNouns[f.upToks[f.tokWord[obj]]] || transferNouns[f.upToks[f.tokWord[obj]]] || moveNouns[f.upToks[f.tokWord[obj]]]
	cs := f.children(obj)
	if event {
		// "the U.S. arms sale" with "U.S." hung on "arms": the
		// modifiers of a noun compounded with the event noun too.
		for _, c := range cs {
			if f.toks[c].Rel == "compound" && f.toks[c].UPOS == "NOUN" {
				cs = append(cs[:len(cs):len(cs)], f.children(c)...)
			}
		}
	}
	for _, c := range cs {
		switch r := f.toks[c].Rel; {
		case r == "nmod:poss" && f.toks[c].UPOS != "PRON":
		case event && (r == "compound" && f.toks[c].UPOS == "PROPN" || r == "amod") && isCapitalised(f.toks[c].Text) && f.lookCoded(c):
		case event && isNmod(r) && f.caseWord(c) == "BY":
			// "criticism by U.S. Treasury Secretary James Baker",
			// "an offer by Iran": the agent of the act.
		default:
			continue
		}
		if !(f.slotCoded(c) || f.lookCoded(c)) {
			continue
		}
		code := f.tokCode(c)
		if code == "" || code == null || subj >= 0 && (f.slotOf(c) == f.slotOf(subj) && f.toks[c].Rel != "nmod:poss" || code == f.tokCode(subj)) {
			continue
		}
		if sc := f.tokCode(subj); subj >= 0 && len(code) == 3 && len(sc) >= 3 && sc[:3] == code {
			continue
		}
		return c
	}
	return -1
}

// relativeAgent returns the coded subject of a relative clause on noun n
// whose gap is the clause's object ("the demands Washington made", "the
// missiles Iran fired at its tankers", "the tariffs that Reagan
// imposed"), when n is no actor phrase and the subject is neither in the
// slot of subj nor of its code; -1 when there is none. What a subject
// takes a stand on (nlp.StanceVerb: rejects, condemns, protests against)
// is that party's act.
func (f *frame) relativeAgent(n, subj int) int {
	if n < 0 || f.toks[n].UPOS != "NOUN" || f.slotCoded(n) || f.lookCoded(n) {
		return -1
	}
	for _, r := range f.children(n) {
		if f.toks[r].Rel != "acl:relcl" || r < n || !f.objectGap(r) {
			continue
		}
		a := f.childRel(r, func(rel string) bool { return rel == "nsubj" })
		if a < n || f.toks[a].XPOS == "WDT" || f.toks[a].XPOS == "WP" || f.upToks[f.tokWord[a]] == "THAT" || !(f.slotCoded(a) || f.lookCoded(a)) {
			continue
		}
		code := f.tokCode(a)
		if code == "" || code == null || subj >= 0 && (f.slotOf(a) == f.slotOf(subj) || code == f.tokCode(subj)) {
			continue
		}
		return a
	}
	return -1
}

// objectGap reports whether relative clause r has no object of its own
// but its relative pronoun ("the demands which Washington made", "the
// missiles Iran fired"), no complement clause and no marker: not a
// content clause read as a relative one ("denied rumours that the
// company had declared force majeure").
func (f *frame) objectGap(r int) bool {
	for _, c := range f.children(r) {
		switch f.toks[c].Rel {
		case "obj":
			if f.toks[c].XPOS != "WDT" && f.toks[c].XPOS != "WP" {
				return false
			}
		case "ccomp", "mark", "xcomp":
			return false
		}
	}
	return true
}

// agentOfAct reports whether token obj heads a hostile act (actNouns)
// that an actor modifier names the agent of ("the Israeli raid on
// Rafah"): the act is the agent's, as codeSlot codes it.
func (f *frame) agentOfAct(obj int) bool {
	if !actNouns[f.upToks[f.tokWord[obj]]] {
		return false
	}
	for _, c := range f.children(obj) {
		switch f.toks[c].Rel {
		case "amod", "compound", "nmod:poss":
			if f.lookCoded(c) {
				return true
			}
		}
	}
	return false
}

// captureVerbs (upper-case lemmas) take ground or a place by force; their
// "from" phrase names whom it is taken from (see takenFrom).
var captureVerbs = map[string]bool{
	"SEIZE": true, "CAPTURE": true, "RECAPTURE": true, "RETAKE": true, "REGAIN": true, "WREST": true,
	"OVERRUN": true,
}

// takenFrom returns, for capture verb t ("Iraqi forces retook the city
// of Tikrit from Islamic State", "seized the town from the rebels"), the
// coded party of the "from" phrase, hung on the verb or up to three
// levels below its object, outside the subject's slot and country: whom
// the place was taken from, not the place; -1 when there is none.
func (f *frame) takenFrom(t, subj int) int {
	ok := func(c int) bool {
		return f.caseWord(c) == "FROM" && (f.slotCoded(c) || f.lookCoded(c)) && f.tokCode(c) != null &&
			(subj < 0 || f.slotOf(c) != f.slotOf(subj) && (!f.sameCountry(c, subj) || f.opposed(c, subj)))
	}
	for _, c := range f.children(t) {
		if baseRel(f.toks[c].Rel) == "obl" && ok(c) {
			return c
		}
	}
	if obj := f.childRel(t, func(r string) bool { return r == "obj" }); obj >= 0 {
		return f.nmodBelow(obj, 3, ok)
	}
	return -1
}

// repelVerbs (upper-case lemmas) fight off an assault (assaultNouns).
var repelVerbs = map[string]bool{"REPEL": true, "REPULSE": true}

// assaultNouns (upper case) are the assaults that repelVerbs fight off.
var assaultNouns = map[string]bool{
	"ATTACK": true, "ATTACKS": true, "ASSAULT": true, "ASSAULTS": true, "OFFENSIVE": true,
	"INCURSION": true, "INCURSIONS": true, "RAID": true, "RAIDS": true, "ADVANCE": true, "ATTEMPT": true,
}

// stateNouns (upper case) are the outcomes and conditions of a country
// that a party may be judged by.
var stateNouns = map[string]bool{
	"RESULT": true, "RESULTS": true, "ELECTION": true, "ELECTIONS": true, "VOTE": true, "OUTCOME": true,
	"CRACKDOWN": true, "REPRESSION": true, "SITUATION": true, "CONDITIONS": true, "TREATMENT": true,
	"VIOLATIONS": true, "ABUSES": true, "PERSECUTION": true, "EXECUTIONS": true, "EXECUTION": true,
}

// promisedResponse reports whether response verb t is threatened or
// promised: with "will", "would" or "shall", or the open complement of a
// verb of threat or pledge ("threatened to retaliate", "vowed to hit
// back"); a response that only could happen is no threat.
func (f *frame) promisedResponse(t int) bool {
	for _, c := range f.children(t) {
		if f.toks[c].Rel == "aux" {
			switch strings.ToUpper(f.toks[c].Text) {
			case "WILL", "WOULD", "SHALL", "'LL":
				return true
			}
		}
	}
	return f.toks[t].Rel == "xcomp" && f.head(t) >= 0 && f.lemmaIn(f.head(t), threatPledgeVerbs)
}

// threatPledgeVerbs (upper case) threaten or promise their open
// complement.
var threatPledgeVerbs = map[string]bool{"THREATEN": true, "VOW": true, "PLEDGE": true, "PROMISE": true, "WARN": true}

// responseVerbs (upper case) answer another party's act.
var responseVerbs = map[string]bool{"RETALIATE": true, "RESPOND": true, "REACT": true, "HIT": true, "STRIKE": true}

// brokerVerbs (upper case) are the acts of a go-between, aimed at the
// parties of the talks or deal they bring about.
var brokerVerbs = map[string]bool{
	"MEDIATE": true, "BROKER": true, "FACILITATE": true,
}

// heldBy returns the one who holds the place headed at x by a
// participle compound ("bombed rebel-held areas", "struck Houthi-held
// Hodeidah"), or -1.
func (f *frame) heldBy(x int) int {
	for _, a := range f.children(x) {
		if f.toks[a].Rel != "amod" || !nlp.HoldParticiple(f.toks[a].Text) {
			continue
		}
		for _, g := range f.children(a) {
			switch f.toks[g].Rel {
			case "compound", "amod", "nmod:npmod", "obl:npmod":
				if (f.slotCoded(g) || f.lookCoded(g)) && f.tokCode(g) != null {
					return g
				}
			}
		}
	}
	return -1
}

// lawTopic reports whether phrase c, of the law or bill headed at x or
// of its verb, says what the legislation is about ("a law on the
// judiciary"): no party to it.
func (f *frame) lawTopic(x, c int) bool {
	if !lawNouns[f.upToks[f.tokWord[x]]] {
		return false
	}
	switch f.caseWord(c) {
	case "ON", "ABOUT", "REGARDING", "CONCERNING":
		return true
	}
	return false
}

// lawNouns (upper case) name legislation.
var lawNouns = map[string]bool{
	"LAW": true, "LAWS": true, "BILL": true, "BILLS": true, "DECREE": true, "DECREES": true,
	"LEGISLATION": true, "AMENDMENT": true, "AMENDMENTS": true, "ORDINANCE": true, "STATUTE": true,
}

// moveNouns (upper case) are a party's decisions and plans, whose actor
// modifier owns them ("the British plan to send troops").
var moveNouns = map[string]bool{
	"PLAN": true, "PLANS": true, "DECISION": true, "DECISIONS": true, "MOVE": true, "MOVES": true,
	"PROPOSAL": true, "PROPOSALS": true, "POLICY": true, "POLICIES": true, "DEPLOYMENT": true,
	"REFUSAL": true, "STANCE": true, "POSITION": true, "INITIATIVE": true, "ANNOUNCEMENT": true,
	"ACTIONS": true, "ACTION": true, "RESPONSE": true, "DEMANDS": true, "CLAIMS": true, "CLAIM": true,
	"PACKAGE": true, "RESOLUTION": true, "BID": true, "ALLEGATIONS": true, "ALLEGATION": true,
	"ACCUSATIONS": true, "ACCUSATION": true, "FINDINGS": true, "RESOLUTIONS": true,
}

// censureVerbs (upper-case lemmas) condemn an act and so its author.
var censureVerbs = map[string]bool{
	"CONDEMN": true, "DENOUNCE": true, "DEPLORE": true, "DECRY": true, "CRITICISE": true,
	"CRITICIZE": true, "SLAM": true, "BLAST": true,
}

// unclaimedAct reports whether obj heads a hostile act (actNouns) whose
// author the sentence does not name: no coded modifier or possessive
// ("the Israeli raid"), no "by" phrase on it or on its "of" phrase ("the
// bombing of the embassy by militants").
func (f *frame) unclaimedAct(obj int) bool {
	if !actNouns[f.upToks[f.tokWord[obj]]] || f.agentOfAct(obj) {
		return false
	}
	by := func(_ int, p string) bool { return p == "BY" }
	if f.codedNmod(obj, by) >= 0 {
		return false
	}
	for _, c := range f.children(obj) {
		if isNmod(f.toks[c].Rel) && f.caseWord(c) == "OF" && f.codedNmod(c, by) >= 0 {
			return false
		}
		if f.toks[c].Rel == "nmod:poss" {
			return false
		}
	}
	return true
}

// harmNouns (upper case) name harm done to people in an act of another.
var harmNouns = map[string]bool{"DEATH": true, "DEATHS": true, "INJURIES": true, "CASUALTIES": true}

// enclosingActAgent returns the coded agent modifier of a hostile act
// (actNouns) that the "in" or "during" phrase of act noun obj, or of its
// verb t, names ("the killing of aid workers in an Israeli strike":
// "Israeli"), other than the subject's own; -1 when there is none.
func (f *frame) enclosingActAgent(t, obj, subj int) int {
	cs := f.children(obj)
	for _, c := range f.children(t) {
		if baseRel(f.toks[c].Rel) == "obl" {
			cs = append(cs[:len(cs):len(cs)], c)
		}
	}
	for _, c := range cs {
		if r := baseRel(f.toks[c].Rel); !isNmod(f.toks[c].Rel) && r != "obl" || !actNouns[f.upToks[f.tokWord[c]]] {
			continue
		}
		if p := f.caseWord(c); p != "IN" && p != "DURING" {
			continue
		}
		for _, m := range f.children(c) {
			switch f.toks[m].Rel {
			case "amod", "compound", "nmod:poss":
				if f.lookCoded(m) && f.tokCode(m) != null && (subj < 0 || !f.sameCountry(m, subj)) {
					return m
				}
			}
		}
	}
	return -1
}

// envoyNouns (upper case) are a country's representatives and missions
// abroad, whose "to" or "in" phrase names the host.
var envoyNouns = map[string]bool{
	"AMBASSADOR": true, "AMBASSADORS": true, "ENVOY": true, "ENVOYS": true, "EMBASSY": true,
	"EMBASSIES": true, "DIPLOMATS": true, "CONSUL": true, "CONSULATE": true, "MISSION": true,
	"CHARGE": true,
}

// personNouns (upper case) head phrases of unnamed people.
var personNouns = map[string]bool{
	"MAN": true, "MEN": true, "WOMAN": true, "WOMEN": true, "PERSON": true, "PEOPLE": true,
	"JOURNALIST": true, "JOURNALISTS": true, "ACTIVIST": true, "ACTIVISTS": true, "CITIZEN": true,
	"CITIZENS": true, "RESIDENT": true, "RESIDENTS": true, "STUDENT": true, "STUDENTS": true,
	"SUSPECT": true, "SUSPECTS": true, "TEENAGER": true, "TEENAGERS": true, "WORKER": true, "WORKERS": true,
}

// transferNouns (upper case) head phrases of goods passed to someone,
// whose "to" phrase is the owner that matters ("the sale of F-16s to
// Turkey").
var transferNouns = map[string]bool{
	"SALE": true, "SALES": true, "DELIVERY": true, "DELIVERIES": true, "TRANSFER": true,
	"TRANSFERS": true, "SHIPMENT": true, "SHIPMENTS": true, "EXPORT": true, "EXPORTS": true,
	"SUPPLY": true, "SUPPLIES": true,
}

// aidNouns (upper case) are the help given "in aid to" someone: "would
// provide $50 million in aid to the Palestinians" gives it to them.
var aidNouns = map[string]bool{
	"AID": true, "ASSISTANCE": true, "HELP": true, "LOANS": true, "LOAN": true, "CREDIT": true,
	"CREDITS": true, "GRANTS": true, "GRANT": true, "RELIEF": true, "FUNDING": true,
}

// quantityNouns (upper case) count the people of their "of" phrase.
var quantityNouns = map[string]bool{
	"THOUSANDS": true, "HUNDREDS": true, "DOZENS": true, "SCORES": true, "MILLIONS": true,
	"TENS": true, "CROWDS": true, "GROUPS": true, "BANDS": true,
}

// amountWords (upper case) head phrases of an amount of money or goods.
var amountWords = map[string]bool{
	"$": true, "US$": true, "£": true, "€": true, "¥": true, "DOLLARS": true, "EUROS": true, "POUNDS": true, "YEN": true, "YUAN": true, "FRANCS": true,
	"MARKS": true, "RUBLES": true, "ROUBLES": true, "MILLION": true, "MILLIONS": true, "BILLION": true,
	"BILLIONS": true, "TONNES": true, "TONS": true, "DLRS": true,
}

// looked reports whether the outside ActorLookup has a phrase headed at
// token t (coded or no actor).
func (f *frame) looked(t int) bool {
	_, ok := f.look(t)
	return ok
}

// lookNull reports whether the outside ActorLookup says the phrase of
// token t is no actor ("10 billion yen" in "gave 10 billion yen in loans
// to China"), though the dictionaries code a word of it: the target is
// then looked for elsewhere.
func (f *frame) lookNull(t int) bool {
	if f.look == nil {
		return false
	}
	code, ok := f.look(t)
	return ok && strings.HasPrefix(code, null)
}

// lookCoded reports whether the outside ActorLookup codes the phrase of
// token t with an actor ("the rebels" resolved from the context), though
// the dictionaries do not.
func (f *frame) lookCoded(t int) bool {
	if f.look == nil {
		return false
	}
	code, ok := f.look(t)
	return ok && code != "" && !strings.HasPrefix(code, null)
}

// slotCoded reports whether token t lies in a slot with an actor code.
func (f *frame) slotCoded(t int) bool {
	s := f.slotOf(t)
	return s >= 0 && f.slots[s].coded()
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// complementOf returns the clause that verb t reports (reportedClause), or
// -1. In news, a clause that only gives the speaker's own mind ("said he
// believed Labour had misled the country", "'I think the government is
// wrong,' he said") is seen through to what the speaker believes
// (ownMind): the belief is what is said, and it is that clause a
// judgement, an appeal or a party spoken about is found in.
func (f *frame) complementOf(t int) int {
	c := f.reportedClause(t)
	if c >= 0 && f.news {
		if m := f.ownMind(c); m >= 0 {
			return m
		}
	}
	return c
}

// mindVerbs (upper-case lemmas) state what their subject believes.
var mindVerbs = map[string]bool{"BELIEVE": true, "THINK": true, "FEEL": true}

// ownMind returns the content clause of clause c when c states only what
// a pronoun, the speaker, believes, thinks or feels ("he believed",
// "I think"), not negated ("I don't think Labour is wrong" says the
// opposite of its content); otherwise -1. A named subject's belief ("said
// the Tories believed ...") is another party's mind, reported.
func (f *frame) ownMind(c int) int {
	b := f.clauseBase(c)
	if !f.lemmaIn(b, mindVerbs) || f.negatedWord(b) {
		return -1
	}
	s := f.childRel(b, func(r string) bool { return r == "nsubj" })
	if s < 0 || s > b || f.toks[s].UPOS != "PRON" || !subjectPronouns[f.upToks[f.tokWord[s]]] {
		return -1
	}
	m := f.childRel(b, func(r string) bool { return r == "ccomp" })
	if m < b || f.adverbialMark(m) {
		return -1
	}
	return m
}

// reportedClause returns the clausal complement of verb t: its ccomp, or in
// news a reporting parataxis or a clause the parser hung elsewhere.
func (f *frame) reportedClause(t int) int {
	c := f.childRel(t, func(r string) bool { return r == "ccomp" })
	if c >= 0 && f.news && f.adverbialMark(c) {
		// "..., officials said, as Israel pressed its offensive": a
		// clause of time or cause the parser read as the content.
		c = -1
	}
	if c >= 0 && f.news && f.nominal[c] {
		// "told BBC Radio 4's Today programme that the plans were
		// inadequate": the parser made the addressee the content and
		// hung the "that" clause on it.
		if a := f.childRel(c, func(r string) bool { return r == "acl" }); a > c && f.hasMark(a, "THAT") && f.hasSubject(a) {
			return a
		}
	}
	if c >= 0 || !f.news {
		return c
	}
	for _, k := range f.children(t) {
		if k > t && baseRel(f.toks[k].Rel) == "parataxis" && f.thatDetSubject(k) {
			// "warned Japan and the United States, its main trading
			// partners, that friction over trade issues is affecting
			// relations": the parser read the complementizer as the
			// subject's determiner and the clause as parataxis.
			return k
		}
	}
	for _, k := range f.children(t) {
		if k > t && baseRel(f.toks[k].Rel) == "parataxis" && f.addresseeClause(t, k) {
			// "told MPs the government was \"intensely
			// authoritarian\"": the parser read the unmarked content
			// after the addressee as parataxis.
			return k
		}
	}
	for _, k := range f.children(t) {
		if k < t || baseRel(f.toks[k].Rel) != "obl" || !adjunctPreps[f.caseWord(k)] {
			continue // (not "denied as baseless reports that it intended to threaten shipping": the reports' content)
		}
		// "charged during the Council debate that Canada was trying
		// to preserve jobs": the parser hung the "that" clause on
		// the adjunct as a relative clause; a relative clause has
		// "that" for its subject or object, never for its mark.
		if a := f.childRel(k, func(r string) bool { return r == "acl:relcl" || r == "acl" }); a > k && f.hasMark(a, "THAT") && f.hasSubject(a) {
			return a
		}
	}
	if h := f.head(t); h >= 0 {
		if h < t && baseRel(f.toks[t].Rel) == "parataxis" && f.reporting(t) && f.hasSubject(t) {
			// "Japan must open its markets, the United States
			// said", parsed as UD has it: the reporting clause hangs
			// on what it reports.
			return f.reportedFinite(h)
		}
		if r, _ := f.closingSpeech(h); r == t {
			// "Japan must open its markets, the United States
			// said": what is said is the clause the parser hung the
			// reporting verb on.
			return f.reportedFinite(h)
		}
	}
	return -1
}

// addresseeClause reports whether clause k, hung on reporting verb t,
// follows t's addressee (its iobj or obj) directly, with its own subject
// and no conjunction: the content told to the addressee, not a clause of
// its own (which a colon, a semicolon or a comma sets off).
func (f *frame) addresseeClause(t, k int) bool {
	if !f.reporting(t) || !f.hasSubject(k) || f.childRel(k, func(r string) bool { return r == "mark" }) >= 0 {
		return false
	}
	a := f.childRel(t, func(r string) bool { return r == "iobj" || r == "obj" })
	if a < t || a > k || f.toks[a].Rel != "iobj" && f.upLemmas[t] != "TELL" {
		// (An object of "said" is the content's own subject, misread:
		// "said an early meeting of G-7 ministers was unlikely".)
		return false
	}
	m := f.minInSubtree(k)
	return f.maxInSubtree(a)+1 == m && !clauseBreak[f.upToks[f.tokWord[m]]]
}

// clauseBreak (upper case) are the punctuation marks that set a clause
// off from what comes before it: after one, a clause that follows an
// addressee ("told reporters, \"Farmers should not ...\"") is quoted
// speech, whose own words say whom it concerns.
var clauseBreak = map[string]bool{",": true, ":": true, ";": true, "-": true, "--": true}

// reportedFinite returns the clause a closing reporting clause reports
// when the parser hung it on clause h: h itself, or, when h is an
// infinitive of an earlier clause, that clause ("West Germany should take
// steps to increase its aid, the OECD said" reports that West Germany
// should take steps, not the infinitive "to increase its aid").
func (f *frame) reportedFinite(h int) int {
	for f.nonFinite(h) && f.hasMark(h, "TO") {
		p := f.head(h)
		if p < 0 || p > h {
			break
		}
		h = p
	}
	return h
}

// adjunctPreps (upper case) open the phrases of time and occasion that
// come between a verb and its content: "said at a news conference that",
// "charged during the debate that".
var adjunctPreps = map[string]bool{"AT": true, "DURING": true, "IN": true, "ON": true, "AFTER": true, "BEFORE": true}

// adverbialMark reports whether clause c is opened by a conjunction of
// time, cause or concession ("as", "while", "when", "after", "because"),
// which no reported content has.
func (f *frame) adverbialMark(c int) bool {
	if f.hasMark(c, "THAT") {
		return false // "said that while Japan has stopped ..., it has not"
	}
	for _, w := range [...]string{"AS", "WHILE", "WHEN", "AFTER", "BEFORE", "BECAUSE", "SINCE", "ALTHOUGH", "THOUGH", "UNTIL", "WHEREAS"} {
		if f.hasMark(c, w) {
			// The conjunction opens the clause ("said the movement
			// since Paris was consistent" has none).
			m := f.minInSubtree(c)
			for m >= 0 && m < c && f.toks[m].UPOS == "PUNCT" {
				m++
			}
			return m >= 0 && f.toks[m].Rel == "mark" && f.upToks[f.tokWord[m]] == w
		}
	}
	return false
}

// closingSpeech returns the closing reporting verb r of clause t whose
// subject the parser hung on t instead ("Japan must open its markets,
// the United States said", with "the United States" t's object or
// conjunct), and that subject n; -1, -1 when t has none. r follows n
// directly, n follows a comma, and r has no subject of its own.
func (f *frame) closingSpeech(t int) (r, n int) {
	if !f.news || t < 0 {
		return -1, -1
	}
	for _, c := range f.children(t) {
		if c <= t {
			continue
		}
		if rel := baseRel(f.toks[c].Rel); rel != "conj" && rel != "parataxis" || !f.reporting(c) || f.hasSubject(c) {
			continue
		}
		for _, x := range f.children(t) {
			if x <= t || x >= c || !f.nominal[x] || f.maxInSubtree(x) != c-1 {
				continue
			}
			// The comma may hang from the phrase itself.
			if lo := f.minInSubtree(x); f.toks[lo].Text == "," || lo > 0 && f.toks[lo-1].Text == "," {
				return c, x
			}
		}
	}
	return -1, -1
}

// speaker returns the subject of the nearest speech verb whose complement
// contains clause base t, or -1.
func (f *frame) speaker(t int) int {
	for x, n := t, 0; x >= 0 && n < len(f.toks); x, n = f.head(x), n+1 {
		if _, sp := f.closingSpeech(x); sp >= 0 {
			return sp
		}
		if f.toks[x].Rel == "ccomp" {
			h := f.head(x)
			if h < 0 {
				return -1
			}
			return f.depSubject(f.clauseBase(h), 0)
		}
		if r := baseRel(f.toks[x].Rel); r != "conj" && r != "xcomp" && r != "advcl" && x != t {
			return -1
		}
	}
	return -1
}

// doneToSpeaker reports whether code is of the acts that, done to "its"
// things in a foreign speaker's report, are done to the speaker
// (speakerOwned): criticism (11), rejection (12) and force (18-20).
func doneToSpeaker(code string) bool {
	for _, r := range []string{"11", "12", "18", "19", "20"} {
		if strings.HasPrefix(code, r) {
			return true
		}
	}
	return false
}

// speakerOwned returns the speaker of the clause of verb t when the
// speaker is coded with another country than the clause's subject src
// and t's object, or an "at", "on" or "against" phrase of t or of the
// object, is a thing of
// "its" or "their", and not a hostile act (actNouns): in "Iran said Iraq
// had shelled its border towns" the towns are the speaker's, since a
// party seldom turns its hostile acts on its own. Infinitives and pronoun
// subjects are left alone. It returns -1 otherwise.
func (f *frame) speakerOwned(t, src int) int {
	if f.hasMark(t, "TO") || f.toks[t].Rel == "xcomp" || src < 0 || f.toks[src].UPOS == "PRON" {
		// An infinitive's "its" is mostly its subject's ("help Nigeria
		// overcome its debt problems", "act to demonstrate its
		// authority"); a pronoun subject may be the speaker itself.
		return -1
	}
	sp := f.speaker(f.clauseBase(t))
	if sp < 0 || f.slotOf(sp) < 0 || !f.slotCoded(sp) && !f.lookCoded(sp) || !f.slotCoded(src) && !f.lookCoded(src) {
		return -1
	}
	a, b := f.tokCode(sp), f.tokCode(src)
	if len(a) < 3 || len(b) < 3 || a[:3] == null || b[:3] == null || a[:3] == b[:3] {
		return -1
	}
	at := func(k int) bool { return f.caseWord(k) == "AT" || f.caseWord(k) == "ON" || f.caseWord(k) == "AGAINST" }
	var objs []int
	for _, k := range f.children(t) {
		switch r := baseRel(f.toks[k].Rel); {
		case r == "obj":
			objs = append(objs, k)
			// "fired missiles at its cities", the phrase hung on
			// the object; "killed three of its members", the whole
			// of a number or quantity.
			for _, c := range f.children(k) {
				if isNmod(f.toks[c].Rel) && (at(c) || f.caseWord(c) == "OF" && f.partitive(k)) {
					objs = append(objs, c)
				}
			}
		case r == "obl" && at(k):
			objs = append(objs, k)
		}
	}
	for _, k := range objs {
		if actNouns[f.upToks[f.tokWord[k]]] {
			// "Iran launched its attack in the north".
			continue
		}
		if slices.ContainsFunc(f.children(k), func(c int) bool {
			w := strings.ToLower(f.toks[c].Text)
			return f.toks[c].Rel == "nmod:poss" && (w == "its" || w == "their")
		}) {
			return sp
		}
	}
	return -1
}

// partitive reports whether token k is a number or a word of quantity
// whose "of" phrase names the whole it is part of ("three of its
// members", "dozens of their supporters").
func (f *frame) partitive(k int) bool {
	return f.toks[k].UPOS == "NUM" || partitiveWords[f.upToks[f.tokWord[k]]]
}

// partitiveWords (upper case) head a part of a whole named by an "of"
// phrase.
var partitiveWords = map[string]bool{
	"SOME": true, "SEVERAL": true, "MANY": true, "MOST": true, "ALL": true, "DOZENS": true,
	"SCORES": true, "HUNDREDS": true, "THOUSANDS": true, "MEMBERS": true, "NONE": true, "EACH": true,
}

// impersonalAct reports whether clause base t is the infinitive of an
// impersonal judgement in what a speaker says ("said it was wrong to
// put China under the same embargo", "said it would be a mistake to
// lift the sanctions"): an act judged, which no one in the sentence
// does.
func (f *frame) impersonalAct(t int) bool {
	h := f.head(t)
	if h < 0 || !f.hasMark(t, "TO") || !f.lemmaIn(h, impersonalPredicates) || f.speaker(h) < 0 {
		return false
	}
	switch baseRel(f.toks[t].Rel) {
	case "xcomp", "acl", "csubj", "ccomp", "advcl":
	default:
		return false
	}
	s := f.childRel(h, func(r string) bool { return r == "nsubj" || r == "expl" })
	return s >= 0 && f.upToks[f.tokWord[s]] == "IT"
}

// impersonalPredicates (upper case) condemn an act in "it is ... to":
// a speaker does not call his own course wrong, where what is
// "necessary", "important" or "right" to do is mostly his own intent.
var impersonalPredicates = map[string]bool{
	"WRONG": true, "UNACCEPTABLE": true, "MISTAKE": true, "ERROR": true, "UNWISE": true, "FOOLISH": true,
	"UNFAIR": true, "UNREASONABLE": true, "INAPPROPRIATE": true, "PREMATURE": true, "IMMORAL": true, "WRONG-HEADED": true,
}

// depArgs returns the source and target slots of the verb hit from the
// dependency structure, -1 when absent.
//
// A statement (speech is true: the code's root is 01) without a target
// of its own is about the subject of what it reports, when that subject
// is a coded actor other than the speaker ("Blair said voters will have
// to wait": a statement to voters), or about the subject's owner
// ("said McConnell's comment was ill-advised").
func (f *frame) depArgs(hit verbHit, preps []string, speech bool) (src, tgt, srcTok, tgtTok int, about bool) {
	t := f.clauseBase(f.words[hit.head].tok)
	if f.stateClause(t) || f.news && (f.allegedAct(t) || f.purposeHelp(t) || f.enablingAim(t) || f.entitledAct(t) || f.askedContent(t) || f.nameGerund(t)) {
		return -1, -1, -1, -1, false
	}
	st := f.depSubject(t, 0)
	if sp := f.pronounSpeaker(t, st); sp >= 0 {
		st = sp
	}
	if st >= 0 && f.news && !f.lookCoded(st) {
		if o := f.memberOf(st); o >= 0 {
			st = o
		}
	}
	tt := f.depTarget(t, st, preps)
	if a := f.childRel(t, func(r string) bool { return r == "iobj" || r == "obj" }); f.news && a >= 0 && f.lemmaIn(t, tellVerbs) && f.silentAudience(a, t) {
		// "..., Brown said, accusing the Tories of lying, as he told
		// activists in Gateshead": an audience told nothing the
		// clause states hears what the sentence's other verbs say;
		// the telling is no event of its own.
		return -1, -1, -1, -1, false
	}
	if a := f.childRel(t, func(r string) bool { return r == "iobj" || r == "obj" }); f.news && tt >= 0 && a >= 0 && tt != a && f.audience(a, t) && f.isAncestor(a, tt) {
		// "told a conference, held by the University of Chicago's
		// business school, that ...": a party named inside the
		// audience's phrase is no more told than the audience is.
		tt = a
	}
	if f.news && (tt < 0 || !f.slotCoded(tt) && !f.lookCoded(tt)) {
		// "wrote to Blair demanding an explanation", "telephoned
		// Reagan asking for a delay", "wrote to the parties urging
		// them to ...": the party written to or called.
		if a := f.contactAddressee(t); a >= 0 && f.slotCoded(a) && f.slotOf(a) != f.slotOf(st) {
			tt = a
		}
	}
	if f.news && tt < 0 && f.declinedComment(t) {
		// "The Tories declined to comment on the prime minister's
		// remarks": the comment withheld is withheld from the party
		// whose words or acts it would be about.
		if k := f.commentedParty(t); k >= 0 && f.slotOf(k) != f.slotOf(st) && (st < 0 || f.tokCode(k) != f.tokCode(st)) {
			tt = k
		}
	}
	if f.news && tt < 0 {
		// "called ETA's ceasefire announcement a trick", read with the
		// name as the object of what is named: the party named, or
		// the owner of what is named.
		if _, o := f.namedAs(t); o >= 0 && f.toks[o].Rel == "xcomp" {
			if !f.slotCoded(o) {
				o = f.ownerIn(o)
			}
			tt = o
		}
	}
	if f.news && tt >= 0 && !f.slotCoded(tt) && !f.lookCoded(tt) && f.ownerIn(tt) < 0 {
		// "branded stamp duty a Labour con": what is named has no
		// party, the name gives it one.
		if pred, o := f.namedAs(t); pred >= 0 && o == tt && f.nominal[pred] {
			if w := f.ownerIn(pred); w >= 0 {
				tt = w
			}
		}
	}
	if f.feelingPassive(t) && st >= 0 && tt >= 0 {
		// "Obama was disappointed by Netanyahu's remarks": the one
		// who feels judges what made him feel so.
		st, tt = tt, st
		if f.toks[st].UPOS == "PRON" && subjectPronouns[f.upToks[f.tokWord[st]]] && !f.slotCoded(st) {
			if sp := f.speaker(t); sp >= 0 {
				st = sp
			}
		}
	}
	if st >= 0 && f.news && f.ownedThing(st) {
		return -1, -1, -1, -1, false
	}
	if f.news && !speech && tt >= 0 && (f.lemmaIn(t, tellVerbs) && f.audience(tt, t) || f.pressSpoken(t, tt)) {
		// "Funaro told reporters new measures would be announced",
		// "Speaking to reporters after talks with Suharto": whatever
		// the verb's pattern codes, the press spoken to is no party
		// to it.
		tt = -1
	}
	if speech && tt >= 0 && (f.audience(tt, t) || f.news && f.thirdParty(t, st, tt)) {
		// "told MPs the Conservatives had wasted money": what was
		// told is about the Conservatives, not the MPs; so is "told
		// the Security Council that Iraq was hiding weapons" about
		// Iraq.
		tt = -1
	}
	// (A warning is about the subject of what it says: what a party
	// will do, or in news also what it is or does now, "warned that
	// the Tories were planning the biggest cuts ever".)
	if (speech && (f.reporting(t) || f.believedAppeal(t)) || f.lemmaIn(t, chargeVerbs) || f.lemmaIn(t, demandVerbs) && f.mandative(f.complementOf(t)) ||
		f.lemmaIn(t, warnVerbs) && f.complementOf(t) >= 0 && (f.news || f.futureClause(f.complementOf(t)))) && (tt < 0 || !f.slotCoded(tt)) {
		if c := f.complementOf(t); c >= 0 {
			cs := f.depSubject(f.clauseBase(c), 0)
			distrusted := false
			if cb := f.clauseBase(c); cs < 0 && f.untrusted(cb) {
				// "said Blair could not be trusted", "said the
				// Conservatives could not be trusted": the distrust
				// is of the passive's subject.
				cs = f.childRel(cb, func(r string) bool { return r == "nsubj:pass" || r == "nsubj" })
				distrusted = cs >= 0 && f.lookCoded(cs)
			} else if cs < 0 && (f.judgementParticiple(cb) || f.flawedBasis(cb)) {
				// "said the minister's comment was ill-advised": a
				// participle of judgement is predicated of the
				// passive's subject, as an adjective is; so is a
				// flawed basis ("said the U.S. decision was based
				// on incorrect data").
				cs = f.childRel(cb, func(r string) bool { return r == "nsubj:pass" })
			}
			if a := f.verdictAgent(f.clauseBase(c), cs); a >= 0 {
				cs = a
			} else if a := f.judgedDoer(f.clauseBase(c), cs); a >= 0 {
				// "said it was unfair for the United States to
				// impose tariffs": whom the act judged is ascribed to.
				cs = a
			} else if a := f.judgedOwnerOf(f.clauseBase(c), cs); a >= 0 {
				// "said this was typical of Lib Dem hypocrisy": the
				// party whose fault it is said to show.
				cs = a
			} else if a := f.faultOf(f.clauseBase(c)); a >= 0 {
				// "said the deficit was the fault of Japan": the
				// clause is about whom the fault is laid on.
				cs = a
			}
			if cs >= 0 && !f.slotCoded(cs) && !distrusted {
				cs = f.ownerIn(cs)
			}
			// An owner only the actor lookup codes ("Labour's plan
			// was a disgrace": the supplement's party) is what the
			// clause is about when the clause judges it.
			lookOnly := cs >= 0 && !f.slotCoded(cs) && f.news && f.lookCoded(cs) &&
				(f.negativeContent(t) || f.positiveContent(t) || f.blameContent(t) || f.denialContent(t))
			if cs >= 0 && (f.slotCoded(cs) || lookOnly) && f.slotOf(cs) != f.slotOf(st) && !(f.news && (f.ownPeople(cs) && !f.opponents(cs, st) || f.mediaActor(cs))) {
				// "Iraq said its forces sank three boats": what the
				// speaker says of its own people is about itself; what
				// it tells the press is not about the press ("told
				// Reuters they had not received any reports").
				tt, about = cs, true
			}
		}
	}
	if f.news && speech && (tt < 0 || !f.slotCoded(tt) || st >= 0 && f.sameCountry(tt, st)) {
		// "Zelenskiy said he was grateful to Britain for its
		// support": thanks stated are given to the party they are
		// owed to.
		if c := f.complementOf(t); c >= 0 && f.toks[c].UPOS == "ADJ" && f.lemmaIn(c, gratitudeAdjectives) && !f.negatedWord(c) {
			for _, k := range f.children(c) {
				if baseRel(f.toks[k].Rel) == "obl" && f.caseWord(k) == "TO" && (f.slotCoded(k) || f.lookCoded(k)) && f.tokCode(k) != null &&
					f.slotOf(k) != f.slotOf(st) {
					tt, about = k, true
				}
			}
		}
		if k := f.negotiableParty(t, st); k >= 0 {
			// "Britain's EU rebate is not up for renegotiation,
			// Straw said": refused to the party it would be
			// negotiated with.
			tt, about = k, true
		}
		if k := f.moodParty(t); k >= 0 && f.slotOf(k) != f.slotOf(st) && !f.sameCountry(k, st) || k >= 0 && f.acrossState(k, st) {
			// "said he was optimistic about the talks with the
			// rebels": the mood is about the party of what it
			// concerns.
			tt, about = k, true
		}
	}
	return f.slotOf(st), f.slotOf(tt), st, tt, about
}

// pronounSpeaker returns, for the uncoded subject pronoun p of clause
// base t, the subject of the speech verb that reports the clause ("Kato
// said he will meet Lyng"), or -1. In news "it" never stands for a plural
// speaker ("Turkish jets shot down a Russian warplane, saying it had
// violated Turkish airspace" is the warplane) nor for a pronoun speaker
// ("I don't think it's going to undermine confidence" is a thing), and no
// pronoun stands for the press that reports ("..., the Iranian news
// agency said": the agency tells of others).
func (f *frame) pronounSpeaker(t, p int) int {
	if p < 0 || f.toks[p].UPOS != "PRON" || !subjectPronouns[f.upToks[f.tokWord[p]]] || f.slotCoded(p) {
		return -1
	}
	sp := f.speaker(t)
	if sp >= 0 && f.news && f.upToks[f.tokWord[p]] == "IT" && (f.toks[sp].XPOS == "NNS" || firstPerson[f.upToks[f.tokWord[sp]]]) {
		return -1
	}
	if sp >= 0 && f.news && f.mediaActor(sp) {
		return -1
	}
	return sp
}

// contactAddressee returns, for a participle t that continues a clause
// of writing or calling to someone, the one written to or called: "has
// written to Tony Blair demanding an explanation", "telephoned Reagan
// asking for a delay". The parser hangs the participle on the verb or on
// the noun of the addressee ("wrote to all three parties urging them");
// -1 when t is no such participle.
func (f *frame) contactAddressee(t int) int {
	h := f.head(t)
	if f.toks[t].XPOS != "VBG" || h < 0 || h > t {
		return -1
	}
	switch baseRel(f.toks[t].Rel) {
	case "acl":
		if f.toks[h].UPOS != "VERB" {
			h = f.head(h)
		}
	case "advcl", "conj", "xcomp":
	default:
		return -1
	}
	if h < 0 {
		return -1
	}
	hb := f.clauseBase(h)
	for _, c := range f.children(hb) {
		switch r := baseRel(f.toks[c].Rel); {
		case c > t:
		case f.lemmaIn(hb, writeVerbs) && (r == "obl" && f.caseWord(c) == "TO" || r == "iobj"):
			return c
		case f.lemmaIn(hb, callVerbs) && r == "obj":
			return c
		}
	}
	return -1
}

// writeVerbs (upper-case lemmas) address a letter or message "to"
// someone; callVerbs (upper-case lemmas) reach the one called as their
// object. A participle after them says what was written or called for
// (contactAddressee).
var (
	writeVerbs = map[string]bool{"WRITE": true, "CABLE": true, "TELEX": true, "FAX": true}
	callVerbs  = map[string]bool{
		"TELEPHONE": true, "PHONE": true, "CALL": true, "RING": true, "CONTACT": true, "SUMMON": true,
	}
)

// negotiationNouns (upper case) are what is "not up for" or "not open
// to" when one refuses to negotiate it.
var negotiationNouns = map[string]bool{
	"NEGOTIATION": true, "RENEGOTIATION": true, "DISCUSSION": true, "NEGOTIATIONS": true,
}

// notNegotiable reports whether the clause reported by speech verb t
// refuses to negotiate its subject: "said the rebate is not up for
// negotiation", "is not negotiable", "is not open to discussion".
func (f *frame) notNegotiable(t int) bool {
	c := f.complementOf(t)
	if c < 0 {
		return false
	}
	c = f.clauseBase(c)
	if !f.negatedWord(c) || f.childRel(c, func(r string) bool { return r == "nsubj" }) < 0 {
		return false
	}
	if f.upToks[f.tokWord[c]] == "NEGOTIABLE" || negotiationNouns[f.upToks[f.tokWord[c]]] && f.caseWord(c) == "FOR" {
		return true
	}
	for _, k := range f.children(c) {
		if baseRel(f.toks[k].Rel) == "obl" && negotiationNouns[f.upToks[f.tokWord[k]]] {
			return true
		}
	}
	return false
}

// negotiableParty returns the party the subject of a refused
// negotiation names, other than the speaker's country ("Britain's EU
// rebate is not up for renegotiation": the EU), or -1.
func (f *frame) negotiableParty(t, st int) int {
	if !f.notNegotiable(t) {
		return -1
	}
	c := f.clauseBase(f.complementOf(t))
	subj := f.childRel(c, func(r string) bool { return r == "nsubj" })
	for k := range f.toks {
		if subj < 0 || k != subj && !f.isAncestor(subj, k) || !f.slotCoded(k) && !f.lookCoded(k) {
			continue
		}
		if code := f.tokCode(k); code != null && (st < 0 || !f.sameCountry(k, st)) {
			return k
		}
	}
	return -1
}

// Mood adjectives (upper case) of a speaker about what is to come:
// optimism (013) and pessimism (012), as CAMEO codes them when they
// concern a party. Concern and worry are pessimism, as Phoenix codes the
// verbs CONCERN and WORRY (012): "said it was deeply concerned about
// China's military activities".
var (
	optimismAdjectives  = map[string]bool{"OPTIMISTIC": true, "HOPEFUL": true, "CONFIDENT": true}
	pessimismAdjectives = map[string]bool{"PESSIMISTIC": true, "SKEPTICAL": true, "SCEPTICAL": true, "GLOOMY": true,
		"CONCERNED": true, "WORRIED": true, "ALARMED": true, "TROUBLED": true, "DISTURBED": true, "UNEASY": true, "APPREHENSIVE": true}
	// displeasureAdjectives state disapproval of what a party did
	// (110), as Phoenix codes "disappointed by": "said it was strongly
	// dissatisfied with the U.S. decision to sell arms to Taiwan".
	displeasureAdjectives = map[string]bool{"DISSATISFIED": true, "DISPLEASED": true, "UNHAPPY": true, "DISAPPOINTED": true,
		"IMPATIENT": true, "FRUSTRATED": true, "ANGRY": true, "ANNOYED": true, "IRRITATED": true, "EXASPERATED": true,
		"OUTRAGED": true, "APPALLED": true, "DISGUSTED": true, "DISMAYED": true, "INCENSED": true, "FURIOUS": true}
	// pleasureAdjectives state approval of what a party did (051):
	// "said she was delighted with the Soviet proposal".
	pleasureAdjectives = map[string]bool{"PLEASED": true, "DELIGHTED": true, "SATISFIED": true, "GRATIFIED": true, "HAPPY": true}
)

// moodCode returns the code of the mood that the clause reported by
// speech verb t states ("013" for "said he was optimistic", "012" for
// pessimistic, "110" for dissatisfied), or "" when it states none or
// negates it. A participle the parser read as a passive verb is the
// adjective too ("said it was deeply concerned by Russia's decision"); a
// concern held is pessimism ("said it had serious concerns about Iran's
// programme", see concernHeld).
func (f *frame) moodCode(t int) string {
	c := f.complementOf(t)
	if c >= 0 && f.concernHeld(c) >= 0 {
		return "012"
	}
	c = f.moodPredicate(c)
	if c < 0 || f.toks[c].UPOS != "ADJ" && f.toks[c].XPOS != "VBN" {
		return ""
	}
	if f.negatedWord(c) {
		if f.lemmaIn(c, pleasureAdjectives) && f.moodObject(c) {
			// "said he was not satisfied with Japan's efforts",
			// "has not been pleased with the U.S. response": pleasure
			// denied at what a party did is displeasure (110).
			return "110"
		}
		return ""
	}
	switch {
	case f.lemmaIn(c, optimismAdjectives):
		return "013"
	case f.lemmaIn(c, pessimismAdjectives):
		return "012"
	case f.lemmaIn(c, displeasureAdjectives):
		return "110"
	case f.lemmaIn(c, pleasureAdjectives):
		return "051"
	}
	return ""
}

// moodObject reports whether mood adjective c has a "with", "by" or
// "at" phrase, what the mood is felt at ("not satisfied with the cuts";
// not "not happy", "not content to wait").
func (f *frame) moodObject(c int) bool {
	return slices.ContainsFunc(f.children(c), func(k int) bool {
		w := f.caseWord(k)
		return baseRel(f.toks[k].Rel) == "obl" && (w == "WITH" || w == "BY" || w == "AT")
	})
}

// moodPredicate returns the predicate of reported clause c that may
// state a mood: c itself, or the adjective after a verb of becoming
// ("said the U.K. was growing impatient with Japanese trade barriers",
// "had become frustrated with the talks"), not negated, and not with a
// clause of its own ("have become concerned that the safety of our
// employees is at risk" fears for no party).
func (f *frame) moodPredicate(c int) int {
	if c < 0 || !f.lemmaIn(c, becomingVerbs) || f.negatedWord(c) {
		return c
	}
	if x := f.childRel(c, func(r string) bool { return r == "xcomp" }); x >= 0 && f.toks[x].UPOS == "ADJ" && f.childRel(x, func(r string) bool { return r == "ccomp" }) < 0 {
		return x
	}
	return c
}

// becomingVerbs (upper-case lemmas) link a subject to the state it comes
// into or stays in, as a copula does.
var becomingVerbs = map[string]bool{"GROW": true, "BECOME": true, "GET": true, "REMAIN": true, "FEEL": true}

// moodParty returns the coded party that the mood reported by speech
// verb t is about ("optimistic about the talks with the rebels",
// "pessimistic about Iran's offer", "confident that Israel would
// withdraw"), or -1.
func (f *frame) moodParty(t int) int {
	mood := f.moodCode(t)
	if mood == "" {
		return -1
	}
	// The phrase of what the mood is about hangs on the predicate, or
	// as an nmod on a noun of concern held ("had serious concerns about
	// Iran's programme").
	holder, noun := f.complementOf(t), false
	if n := f.concernHeld(holder); n >= 0 {
		holder, noun = n, true
	} else {
		holder = f.moodPredicate(holder)
	}
	for _, k := range f.children(holder) {
		if !noun && baseRel(f.toks[k].Rel) == "ccomp" && mood != "051" && (mood != "110" || !f.passiveClause(f.clauseBase(k))) {
			// "confident that Israel and the Palestinians would
			// reach a peace agreement": the party of the clause the
			// mood foresees; "disappointed that the government had
			// not consulted": the party whose act displeases (not
			// "disappointed that Japan was not invited", done to it).
			if cs := f.depSubject(f.clauseBase(k), 0); cs >= 0 && (f.slotCoded(cs) || f.lookCoded(cs)) && f.tokCode(cs) != null {
				return cs
			}
			continue
		}
		if baseRel(f.toks[k].Rel) != "obl" && !(noun && isNmod(f.toks[k].Rel)) {
			continue
		}
		switch f.caseWord(k) {
		case "ABOUT", "ON", "OVER", "REGARDING", "BY", "AT":
		case "WITH":
			// "pessimistic about the negotiations with the
			// Palestinians" with the "with" phrase hung on the
			// adjective; but displeasure "with" a thing is with
			// its owner ("dissatisfied with the U.S. decision",
			// "pleased with Japan's offer").
			if mood != "110" && mood != "051" && !((f.slotCoded(k) || f.lookCoded(k)) && f.tokCode(k) != null) {
				continue
			}
		default:
			continue
		}
		if mood == "051" {
			if f.lookCoded(k) {
				return k
			}
			// Approval is of a party named ("happy with Japan") or
			// of its own act ("pleased with Japan's offer",
			// "satisfied with U.S. intervention"),
			// not of whoever a phrase deep inside it names
			// ("satisfied with the response to the Paris accord",
			// "delighted at the chance to take on Mr Galloway").
			if o := f.actOwner(k, -1); o >= 0 {
				return o
			}
			continue
		}
		if (f.slotCoded(k) || f.lookCoded(k)) && f.tokCode(k) != null {
			return k
		}
		if o := f.ownerIn(k); o >= 0 {
			return o
		}
	}
	return -1
}

// concernHeld returns the noun of concern that clause c says its subject
// has ("had serious concerns about Iran's programme", Phoenix's "express
// concern", 012), or -1: the object of "have", of concernNouns, with
// neither the verb nor the noun denied ("had no concerns").
func (f *frame) concernHeld(c int) int {
	if c < 0 || f.upLemmas[c] != "HAVE" || f.negatedWord(c) {
		return -1
	}
	o := f.childRel(c, func(r string) bool { return r == "obj" })
	if o < 0 || !f.lemmaIn(o, concernNouns) || f.noneOf(o) {
		return -1
	}
	return o
}

// concernNouns (upper case lemmas) name a concern held about something.
var concernNouns = map[string]bool{"CONCERN": true, "WORRY": true, "MISGIVING": true, "RESERVATION": true, "DOUBT": true, "FEAR": true}

// gratitudeAdjectives (upper case) state thanks owed to a party.
var gratitudeAdjectives = map[string]bool{"GRATEFUL": true, "THANKFUL": true, "INDEBTED": true}

// purposeHelp reports whether t is "help" in an infinitive clause of
// purpose with no party helped ("cut import taxes to help reduce its
// trade surplus with the United States"): the aim of the main act, which
// helps no one.
func (f *frame) purposeHelp(t int) bool {
	if !strings.EqualFold(f.toks[t].Lemma, "help") || f.toks[t].Rel != "advcl" && f.toks[t].Rel != "acl" {
		return false
	}
	m := f.childRel(t, func(r string) bool { return r == "mark" })
	if m < 0 || !strings.EqualFold(f.toks[m].Text, "to") {
		return false
	}
	if f.toks[t].Rel == "acl" || f.toks[t].Head > 0 && f.toks[f.toks[t].Head-1].Rel == "xcomp" {
		// "proposals to help Qatar sell its crude", "asked Japan to
		// open its farm market to help Washington cut its deficit":
		// the aim of a plan, or of an act asked or intended, is no
		// help given.
		return true
	}
	// Helping a thing ("to help ease friction with the United
	// States", "to help reduce its surplus") is an aim; helping a party
	// ("approved a loan to help Brazil rebuild its railways") may be
	// the aid the act gives.
	o := f.childRel(t, func(r string) bool { return r == "obj" })
	return o < 0 || !f.lookCoded(o)
}

// thingSubjects (upper-case lemmas) head noun phrases of decisions,
// measures, accords, goods and money: a party's own ("Canada's
// decision", "the U.S. measures", "EU farm money") is not the party,
// and what it does ("Canada's decision to bar French trawlers", "less
// EU farm money came to the UK", "the Iraq war had undermined him") is
// no act of a party in the sentence.
var thingSubjects = map[string]bool{
	"DECISION": true, "MOVE": true, "MEASURE": true, "SANCTION": true, "BOYCOTT": true, "EMBARGO": true,
	"BAN": true, "PROGRAM": true, "PROGRAMME": true, "PLAN": true, "POLICY": true, "PROPOSAL": true,
	"OFFER": true, "ACCORD": true, "AGREEMENT": true, "PACT": true, "DEAL": true, "TREATY": true,
	"LAW": true, "BILL": true, "LEGISLATION": true, "REGULATION": true, "RULE": true, "ACTION": true,
	"WAR": true, "MONEY": true, "FUNDS": true, "OIL": true, "EXPORT": true, "IMPORT": true, "SALE": true,
	"PACKAGE": true, "MEETING": true,
	// Goods shipped, figures published and firms merged act for no
	// party ("a shipment of Venezuelan crude will leave for Ecuador",
	// "Japanese trade figures are challenging the view", "Russian oil
	// merger excludes Yukos").
	"SHIPMENT": true, "CARGO": true, "CRUDE": true, "FIGURE": true, "FIGURES": true, "DATA": true,
	"STATISTICS": true, "MERGER": true, "THREAT": true,
}

// ownedThing reports whether subject token t is a common noun of
// thingSubjects that no actor mention covers: its code, if any, comes
// from its modifiers.
// A noun followed by its acronym in parentheses names a body ("the U.N.
// Development program (UNDP)").
func (f *frame) ownedThing(t int) bool {
	if f.toks[t].UPOS != "NOUN" || !thingSubjects[f.upLemmas[t]] || f.lookCoded(t) {
		return false
	}
	return !(t+2 < len(f.toks) && f.toks[t+1].Text == "(" && acronym(f.toks[t+2].Text))
}

// acronym reports whether w is written as an acronym: two or more
// capital letters, possibly with digits, dots or ampersands.
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r >= '0' && r <= '9', r == '.', r == '&':
		default:
			return false
		}
	}
	return n >= 2
}

// enablingVerbs (upper-case lemmas) say that one act makes another
// possible; "clear" and "pave" only with "the way".
var enablingVerbs = map[string]bool{"ALLOW": true, "ENABLE": true, "PERMIT": true, "LET": true, "CLEAR": true, "PAVE": true}

// enablingAim reports whether t is a verb of enabling in an adverbial
// clause of purpose or consequence ("suspended protests to allow time
// for negotiations", "resigned, clearing the way for the
// Conservatives", "signed an accord, enabling British airlines to fly
// to Tokyo"): what the main act makes possible, which is no act of its
// own between parties.
func (f *frame) enablingAim(t int) bool {
	if !f.lemmaIn(t, enablingVerbs) || f.toks[t].Rel != "advcl" {
		return false
	}
	switch f.upLemmas[t] {
	case "CLEAR", "PAVE":
		o := f.childRel(t, func(r string) bool { return r == "obj" })
		if o < 0 || f.upToks[f.tokWord[o]] != "WAY" {
			return false
		}
	}
	return f.hasMark(t, "TO") || f.toks[t].XPOS == "VBG"
}

// entitledAct reports whether t is the infinitive of a noun of power or
// right ("giving Reagan the power to block sales to foreign companies",
// "waived its right to impose duties on Japanese microchips", "a mandate
// to negotiate with Washington"): what a party may do, not an act. The
// parser may hang the infinitive on the verb whose object the noun is.
func (f *frame) entitledAct(t int) bool {
	h := f.head(t)
	if h < 0 || !f.hasMark(t, "TO") {
		return false
	}
	if r := baseRel(f.toks[t].Rel); (r == "advcl" || r == "xcomp") && f.toks[h].UPOS == "VERB" {
		o := f.childRel(h, func(r string) bool { return r == "obj" })
		return o >= 0 && o < t && f.entitlement(o)
	}
	return f.toks[t].Rel == "acl" && f.entitlement(h)
}

// entitlement reports whether token n is a singular common noun of power
// or right (entitlementNouns): "the powers" and "the authorities" to whom
// an appeal is made are parties, not entitlements.
func (f *frame) entitlement(n int) bool {
	return f.toks[n].XPOS == "NN" && f.lemmaIn(n, entitlementNouns)
}

// entitlementNouns (upper case) name a power or right to act.
var entitlementNouns = map[string]bool{
	"POWER": true, "RIGHT": true, "AUTHORISATION": true, "AUTHORIZATION": true,
	"ABILITY": true, "CAPACITY": true, "PERMISSION": true, "MANDATE": true,
	"LICENCE": true, "LICENSE": true,
}

// chargeVerbs (upper case) accuse or complain by what they report: the
// subject of their complement clause is their target ("Thatcher charged
// that Japan is discriminating against foreigners", "Britain complained
// that Japan was dumping steel").
var chargeVerbs = map[string]bool{"CHARGE": true, "ALLEGE": true, "COMPLAIN": true}

// raisedSubject returns, in news, the passive subject of the raising
// verb (raisingVerbs) whose infinitive (xcomp) clause base t is: "Albright
// is expected to visit Israel", "the bill is expected to be opposed by
// the Liberal Democrats" have the infinitive's subject there; -1 otherwise.
func (f *frame) raisedSubject(t int) int {
	if !f.news || baseRel(f.toks[t].Rel) != "xcomp" {
		return -1
	}
	hb := f.clauseBase(f.head(t))
	if hb < 0 || !f.passiveClause(hb) || !f.lemmaIn(hb, raisingVerbs) {
		return -1
	}
	return f.childRel(hb, func(r string) bool { return r == "nsubj:pass" })
}

// raisingVerbs (upper case) pass their passive subject on to their
// infinitive, an act expected or scheduled ("is expected to visit", "was
// scheduled to meet") or one the subject is ready for ("is prepared to
// negotiate", which the parser reads as a passive); hearsay ("is said to
// have ordered", "is believed to have supplied") is left to its speaker.
var raisingVerbs = map[string]bool{
	"EXPECT": true, "SCHEDULE": true, "SET": true, "SLATE": true, "PLAN": true, "POISE": true,
	"PREPARE": true,
}

// quoteVerbs (upper-case lemmas) report another's words "as saying".
var quoteVerbs = map[string]bool{"QUOTE": true, "CITE": true}

// feelingPassive reports whether t is the passive of a verb of feeling
// in news mode, whose subject is the one who feels ("was disappointed
// by"): depArgs makes that subject the source.
func (f *frame) feelingPassive(t int) bool {
	return f.news && f.passiveClause(t) && f.lemmaIn(t, feelingVerbs)
}

// feelingVerbs (upper case) are the verbs of feeling whose passive
// subject is the one who feels ("disappointed by", "angered by").
var feelingVerbs = map[string]bool{
	"DISAPPOINT": true, "ANGER": true, "OUTRAGE": true, "DISMAY": true, "ALARM": true,
	"INFURIATE": true, "UPSET": true, "FRUSTRATE": true, "OFFEND": true,
	"ANNOY": true, "IRRITATE": true, "SHOCK": true, "APPAL": true, "APPALL": true, "DISGUST": true,
	"PLEASE": true, "ENCOURAGE": true, "REASSURE": true, "WORRY": true, "DISTURB": true,
	"CONCERN": true, "TROUBLE": true, "SURPRISE": true, "SADDEN": true, "HEARTEN": true,
	"GRATIFY": true, "SATISFY": true, "PERTURB": true, "DISHEARTEN": true,
}

// thirdParty reports whether the complement of speech verb t has as its
// subject a named party other than the speaker st and the addressee tt
// ("told the U.N. Security Council that Iraq was hiding weapons"); a
// pronoun subject is left to the speaker and addressee ("told Schroeder
// he agreed", "warned the United States it may retaliate").
func (f *frame) thirdParty(t, st, tt int) bool {
	c := f.complementOf(t)
	if c < 0 || !f.lemmaIn(t, tellVerbs) {
		return false
	}
	cs := f.depSubject(f.clauseBase(c), 0)
	if cs < 0 || f.toks[cs].UPOS == "PRON" || !f.slotCoded(cs) || f.slotOf(cs) == f.slotOf(tt) || st >= 0 && f.slotOf(cs) == f.slotOf(st) {
		return false
	}
	code, a := f.tokCode(cs), f.tokCode(tt)
	if code == "" || code == null || len(code) < 3 || len(a) >= 3 && a[:3] == code[:3] {
		return false
	}
	// Not the speaker's own country either ("Shultz told the
	// ministers the U.S. would cut its deficit").
	s := ""
	if st >= 0 {
		s = f.tokCode(st)
	}
	return len(s) < 3 || s[:3] != code[:3]
}

// rivalSides reports whether the phrases headed by tokens a and b are
// coded as a government and its own country's opposition, either way
// round (a country not yet known, "---GOV", matches any).
func (f *frame) rivalSides(a, b int) bool {
	if a < 0 || b < 0 {
		return false
	}
	x, y := f.tokCode(a), f.tokCode(b)
	if len(x) < 6 || len(y) < 6 || x[:3] != y[:3] && x[:3] != null && y[:3] != null {
		return false
	}
	r, q := x[3:6], y[3:6]
	return r == "GOV" && q == "OPP" || r == "OPP" && q == "GOV"
}

// peerRivals reports whether the phrases headed by tokens a and b lie in
// different slots coded as the opposition of one country ("the Tories
// say the Lib Dems would raise taxes": both GBROPP): rival parties out of
// government, or one party and itself, which package extract tells apart
// by the party names (a campaign attack needs two parties named). A
// pronoun names no rival.
func (f *frame) peerRivals(a, b int) bool {
	if a < 0 || b < 0 || f.slotOf(a) == f.slotOf(b) || f.toks[a].UPOS == "PRON" || f.toks[b].UPOS == "PRON" {
		return false // "said he and Lord Callaghan became friends": himself
	}
	x, y := f.tokCode(a), f.tokCode(b)
	return len(x) >= 6 && len(y) >= 6 && x[:3] == y[:3] && x[:3] != null && x[3:6] == "OPP" && y[3:6] == "OPP"
}

// ownForces reports whether the actor at token a is a government or an
// armed force and the actor at token b is an armed force or the police of
// the same country: what a defence minister says his warships did reports
// their act ("U.S. warships attacked an Iranian platform in response to
// Friday's attack, Weinberger said"), it does not criticise them.
func (f *frame) ownForces(a, b int) bool {
	if a < 0 || b < 0 {
		return false
	}
	x, y := f.tokCode(a), f.tokCode(b)
	if len(x) < 6 || len(y) < 6 || x[:3] != y[:3] || x[:3] == null {
		return false
	}
	return (x[3:6] == "GOV" || x[3:6] == "MIL") && (y[3:6] == "MIL" || y[3:6] == "COP")
}

// contentRival returns the head of the one phrase in the clause that
// speech verb t reports that is coded as the speaker's rival (see
// rivalSides; phrases of the same code name one rival), or -1
// when there is none or several rivals, or the clause's
// subject is a personal pronoun other than "it".
func (f *frame) contentRival(t, src int) int {
	c := f.complementOf(t)
	if c < 0 || src < 0 {
		return -1
	}
	if sb := f.depSubject(f.clauseBase(c), 0); sb >= 0 && f.toks[sb].XPOS == "PRP" && f.upToks[f.tokWord[sb]] != "IT" {
		// "Kennedy said he had seen prime ministers come and go",
		// "say they want the publication of the advice": what the
		// speakers say of themselves (or of whom a pronoun stands
		// for) is no judgement of a rival named in passing ("it"
		// stands for what is judged: "It is such a pity that Mr
		// Blair doesn't practise what he preaches").
		return -1
	}
	if sb := f.depSubject(f.clauseBase(c), 0); sb >= 0 && f.toks[sb].UPOS != "PRON" && f.childRel(f.clauseBase(c), func(r string) bool { return r == "expl" }) < 0 {
		// "said the personal ambition of Mr Blair was getting in the
		// way of good government": the rival whose thing the clause
		// is about, however the rest of it names others ("said there
		// was only scattered evidence of the Tories breaking the
		// rules" says what exists, of no one's thing).
		if !f.slotCoded(sb) {
			sb = f.ownerIn(sb)
		}
		if sb >= 0 && (f.slotCoded(sb) || f.lookCoded(sb)) && f.rivalSides(src, sb) {
			return sb
		}
	}
	if b := f.clauseBase(c); f.lemmaIn(b, relayVerbs) && f.complementOf(b) >= 0 {
		// "Howard said Blunkett had complained he had inherited a
		// mess from Jack Straw": what another says in turn judges
		// no rival of the speaker.
		return -1
	}
	r := -1
	for _, x := range f.subtree(c, f.scratch[:0]) {
		sl := f.slotOf(x)
		if sl < 0 || !f.slots[sl].coded() && !f.ownerWord(x) || !f.rivalSides(src, x) {
			continue
		}
		if f.opposing(sl) {
			// "plans which have provoked strong opposition from
			// Bonn": opposing, not the opposition parties.
			continue
		}
		if r >= 0 && f.slotOf(r) != sl {
			if f.tokCode(r) != f.tokCode(x) {
				return -1
			}
			continue // one rival named twice: "of Tony Blair as prime minister"
		}
		if r < 0 || f.head(x) < f.slots[sl].lo || f.head(x) > f.slots[sl].hi {
			r = x // the phrase's head: its head word lies outside it
		}
	}
	return r
}

// relayVerbs (upper-case lemmas) report what another said, when a
// reported clause reports speech in turn.
var relayVerbs = map[string]bool{
	"SAY": true, "TELL": true, "CLAIM": true, "COMPLAIN": true, "ALLEGE": true, "ARGUE": true,
	"INSIST": true, "ADMIT": true, "CONCEDE": true, "ACKNOWLEDGE": true,
}

// ownerWord reports whether token x, in a phrase no slot codes, is a
// party word the actor lookup codes modifying a noun as its owner: "a
// failed Tory past", "the Tories' plans".
func (f *frame) ownerWord(x int) bool {
	r := f.toks[x].Rel
	return (r == "compound" || r == "nmod:poss") && f.toks[x].UPOS == "PROPN" && f.lookCoded(x)
}

// opposing reports whether slot sl is headed by the word "opposition"
// written in lower case and not a subject: the act of opposing ("strong
// opposition from Bonn", "end their opposition"), not the opposition
// parties ("the opposition had made the election easy").
func (f *frame) opposing(sl int) bool {
	for x := f.slots[sl].lo; x <= f.slots[sl].hi; x++ {
		if h := f.head(x); h >= f.slots[sl].lo && h <= f.slots[sl].hi {
			continue
		}
		return f.toks[x].Text == "opposition" && !strings.HasPrefix(f.toks[x].Rel, "nsubj")
	}
	return false
}

// approvingContent reports whether the clause reported by speech verb t
// grants its subject a merit, or denies a fault of it: its predicate is
// an adjective of praiseAdjectives or approvalAdjectives (or such a word
// the tagger made an adverb, with a copula: "had been right"), not negated, or
// a word of negativeWord in it is negated ("said the government was right to
// want to increase the links", "said the Conservatives had been a lot
// smarter").
func (f *frame) approvingContent(t int) bool {
	c := f.complementOf(t)
	if c < 0 {
		return false
	}
	x := f.clauseBase(c)
	adj := f.toks[x].UPOS == "ADJ" || f.toks[x].UPOS == "ADV" && f.childRel(x, func(r string) bool { return r == "cop" }) >= 0
	if adj && (f.lemmaIn(x, praiseAdjectives) || f.lemmaIn(x, approvalAdjectives)) && !f.negatedWord(x) {
		return true
	}
	// A judgement denied defends: "said Labour had made no mistakes",
	// "knew of no wrong doing by ministers".
	for _, y := range f.ownClause(c, f.scratch[:0]) {
		if (f.lemmaIs(y, negativeWord) || negativeWord(f.upToks[f.tokWord[y]])) && (f.negatedWord(y) || f.noneOf(y)) {
			return true
		}
	}
	return false
}

// reportedPatient reports whether phrase x is the subject of a passive
// clause that speech verb t reports, with no open complement: "a
// spokesman said Nick Griffin was arrested on Tuesday", "Clarke said the
// detainees will not be freed". What is said to have been done to a
// party, by someone else or by the speaker, is a report of that act, no
// judgement of the party (no campaign attack, Event.Campaign). What a
// party is made or let do is one: "said Mr Brown would be forced to raise
// taxes", "said the Tories must not be allowed to win".
func (f *frame) reportedPatient(t, x int) bool {
	c := f.complementOf(t)
	if c < 0 || x < 0 {
		return false
	}
	c = f.clauseBase(c)
	return f.passiveClause(c) && f.head(x) == c && f.toks[x].Rel == "nsubj:pass" &&
		f.childRel(c, func(r string) bool { return r == "xcomp" }) < 0
}

// approvalAdjectives (upper case lemmas) grant a party's course or
// judgement is sound, without the praise of praiseAdjectives.
var approvalAdjectives = map[string]bool{
	"RIGHT": true, "CORRECT": true, "SMART": true, "WISE": true, "SENSIBLE": true, "CONFIDENT": true,
	"JUSTIFIED": true, "REASONABLE": true,
}

// audienceWords (upper case) head the addressees that are an audience
// rather than the subject of what they are told ("told MPs", "told the
// committee", "told delegates").
var audienceWords = map[string]bool{
	"MP": true, "MPS": true, "COMMONS": true, "LORDS": true, "PARLIAMENT": true, "CONGRESS": true,
	"SENATE": true, "SENATORS": true, "LAWMAKERS": true, "LEGISLATORS": true, "ASSEMBLY": true,
	"COMMITTEE": true, "CONFERENCE": true, "DELEGATES": true, "AUDIENCE": true, "SUPPORTERS": true,
	"CROWD": true, "RALLY": true, "PEERS": true, "MEMBERS": true, "CONVENTION": true,
	"SUBCOMMITTEE": true, "PANEL": true, "HEARING": true, "REPORTERS": true, "JOURNALISTS": true,
	// A council sitting as a chamber ("told the Legislative Council",
	// "told the Security Council that intervention had failed").
	"COUNCIL": true,
	"NEWSMEN": true, "CORRESPONDENTS": true, "DEPUTIES": true, "PARLIAMENTARIANS": true,
	// Those a party or company meeting hears ("told activists that
	// voters would decide", "told shareholders"); voters told
	// something are the ones it is promised to ("assured voters he
	// would protect the economy").
	"ACTIVISTS": true, "SHAREHOLDERS": true, "STOCKHOLDERS": true,
	// A broadcast that carries the words ("told Greater Manchester
	// Radio", "told BBC Radio Four's Today programme").
	"RADIO": true, "PROGRAMME": true, "PROGRAM": true,
	// A meeting that hears a speech ("told a Labour Party gathering
	// that the Tory policies would cause economic failure", "told a
	// business lunch").
	"GATHERING": true, "MEETING": true, "FORUM": true, "SEMINAR": true, "SYMPOSIUM": true,
	"SUMMIT": true, "DINNER": true, "LUNCHEON": true, "LUNCH": true, "BREAKFAST": true,
	// People gathered to hear a speech, named by what they are rather
	// than as a party ("told students at the Wharton School", "told
	// Hungarian economists in a speech", "told crowds").
	"CROWDS": true, "AUDIENCES": true, "STUDENTS": true, "PUPILS": true, "ECONOMISTS": true,
	"BANKERS": true, "BUSINESSMEN": true, "EXECUTIVES": true, "INVESTORS": true,
}

// chamberHouse reports whether token a heads the name of a chamber of
// parliament, an audience as "the Commons" is: "the House of Commons",
// "the House of Representatives", or "the House" alone (not "the White
// House").
func (f *frame) chamberHouse(a int) bool {
	if f.upToks[f.tokWord[a]] != "HOUSE" {
		return false
	}
	for _, k := range f.children(a) {
		switch f.toks[k].Rel {
		case "nmod":
			w := f.upToks[f.tokWord[k]]
			return audienceWords[w] || w == "REPRESENTATIVES" || w == "DELEGATES"
		case "det":
		default:
			return false
		}
	}
	return true
}

// audience reports whether token a, an object of speech verb t with a
// complement that says what was told, is an audience (see audienceWords)
// or the press told it ("told BBC News that ...").
func (f *frame) audience(a, t int) bool {
	if !audienceWords[f.upToks[f.tokWord[a]]] && !f.chamberHouse(a) && !(f.mediaActor(a) && f.lemmaIn(t, tellVerbs)) || f.head(a) != t || f.complementOf(t) < 0 && !f.frontedContent(t) {
		return false
	}
	switch f.toks[a].Rel {
	case "iobj", "obj", "obl":
		return true
	}
	return false
}

// silentAudience reports whether token a, the object of tell verb t, is
// an audience (see audienceWords) told nothing that t's clause states:
// no complement, no quote or content before it, no finite verb after it,
// and t itself a clause of time or manner ("as he told activists").
func (f *frame) silentAudience(a, t int) bool {
	if !audienceWords[f.upToks[f.tokWord[a]]] || f.head(a) != t || f.complementOf(t) >= 0 || f.frontedContent(t) {
		return false
	}
	if f.toks[t].Rel != "advcl" || !f.adverbialMark(t) {
		return false
	}
	// Nor a content the parser did not make a complement ("after Blair
	// told Labour members the Tories offered a hard right agenda"): a
	// finite verb anywhere after the audience.
	for k := a + 1; k < len(f.toks); k++ {
		switch f.toks[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}

// thatDetSubject reports whether the subject of clause k is a noun
// whose determiner is "that", the clause's first word after a comma: a
// complementizer the parser tagged as a determiner.
func (f *frame) thatDetSubject(k int) bool {
	cs := f.depSubject(k, 0)
	if cs < 0 || f.toks[cs].UPOS != "NOUN" || f.toks[cs].XPOS != "NN" && f.toks[cs].XPOS != "NNS" {
		return false
	}
	for _, d := range f.children(cs) {
		if f.toks[d].Rel == "det" && f.upToks[f.tokWord[d]] == "THAT" {
			return d > 0 && f.toks[d-1].UPOS == "PUNCT"
		}
	}
	return false
}

// frontedContent reports whether tell verb t closes a sentence whose
// content the parser hung on it as an unmarked adverbial clause before
// it, or hung it on that content as a conjunct ("Ottawa is considering a
// new sales tax, Wilson told the House of Commons").
func (f *frame) frontedContent(t int) bool {
	if !f.lemmaIn(t, tellVerbs) {
		return false
	}
	if h := f.head(t); h >= 0 && h < t && (baseRel(f.toks[t].Rel) == "conj" || baseRel(f.toks[t].Rel) == "parataxis") && f.hasSubject(t) &&
		f.childRel(t, func(r string) bool { return r == "cc" }) < 0 {
		return true
	}
	for _, k := range f.children(t) {
		if k < t && f.toks[k].Rel == "advcl" && f.childRel(k, func(r string) bool { return r == "mark" }) < 0 && f.hasSubject(k) {
			return true
		}
	}
	return false
}

// pressSpoken reports whether a is the press or an audience (see
// audienceWords) that verb t speaks or talks to ("speaking to reporters",
// "talked to journalists").
func (f *frame) pressSpoken(t, a int) bool {
	if !f.lemmaIn(t, speakVerbs) || f.head(a) != t || f.caseWord(a) != "TO" && f.caseWord(a) != "WITH" {
		return false
	}
	return audienceWords[f.upToks[f.tokWord[a]]] || f.chamberHouse(a) || f.mediaActor(a)
}

// speakVerbs (upper case) are the lemmas of speaking to someone.
var speakVerbs = map[string]bool{"SPEAK": true, "TALK": true}

// addresseeAsSubject returns the addressee of tell verb t that the
// parser made a subject of the told clause, before its "that" ("Modi
// told Xi Jinping that the border situation was serious": Xi is no
// subject of "was serious", the clause has its own), or -1.
func (f *frame) addresseeAsSubject(t int) int {
	c := f.complementOf(t)
	if c < 0 {
		return -1
	}
	c = f.clauseBase(c)
	mark := -1
	for _, k := range f.children(c) {
		if f.toks[k].Rel == "mark" && f.upToks[f.tokWord[k]] == "THAT" {
			mark = k
		}
	}
	if mark < 0 {
		return -1
	}
	first, second := -1, -1
	for _, k := range f.children(c) {
		if f.toks[k].Rel != "nsubj" {
			continue
		}
		if k < mark && t < k {
			first = k
		} else if k > mark {
			second = k
		}
	}
	if second < 0 {
		return -1
	}
	return first
}

// tellToVerbs (upper case) ask their addressee to do what their "to"
// infinitive says ("told Japan to resolve the row", 020).
var tellToVerbs = map[string]bool{"TELL": true}

// tellVerbs (upper case) address what they report to someone.
var tellVerbs = map[string]bool{"TELL": true, "INFORM": true, "ASSURE": true}

// addresseeJudged reports whether the clause that tell verb t reports is
// about its addressee by a pronoun of the second or third person: its
// subject is such a pronoun ("told Britain it was making a mistake") or
// is possessed by one ("told the British minister that his plan was a
// worrying issue"). A first-person subject is the speaker's own ("told
// the EC that our plan was fair").
func (f *frame) addresseeJudged(t int) bool {
	c := f.complementOf(t)
	if c < 0 {
		return false
	}
	sb := f.childRel(f.clauseBase(c), func(r string) bool { return r == "nsubj" || r == "nsubj:pass" })
	if sb < 0 {
		return false
	}
	if f.toks[sb].UPOS != "PRON" {
		sb = f.childRel(sb, func(r string) bool { return r == "nmod:poss" })
		if sb < 0 || f.toks[sb].UPOS != "PRON" {
			return false
		}
	}
	return addresseePronouns[f.upToks[f.tokWord[sb]]]
}

// addresseePronouns (upper case) may stand for whom one speaks to, as
// subjects or possessors.
var addresseePronouns = map[string]bool{
	"YOU": true, "YOUR": true, "HE": true, "HIS": true, "SHE": true, "HER": true,
	"IT": true, "ITS": true, "THEY": true, "THEIR": true,
}

// mediaActor reports whether token a heads a phrase coded as the press
// (the role MED): "told BBC News that the government was making a
// mistake" speaks to an audience about the government.
func (f *frame) mediaActor(a int) bool { return f.roleAt(a, "MED") }

// roleAt reports whether token a heads a phrase whose code has the
// three-letter role after its country (or is the role alone).
func (f *frame) roleAt(a int, role string) bool {
	c := f.tokCode(a)
	return len(c) >= 6 && c[3:6] == role || c == role
}

// memberOf returns, for a subject st that no dictionary or context codes
// ("Investigators from the office of independent counsel Kenneth
// Starr"), the coded party its "from" phrase names (that phrase or the
// owner inside it), or -1.
func (f *frame) memberOf(st int) int {
	if c := f.tokCode(st); c != "" && !strings.HasPrefix(c, null) {
		return -1
	}
	for _, c := range f.children(st) {
		if c < st || !isNmod(f.toks[c].Rel) || f.caseWord(c) != "FROM" {
			continue
		}
		if code := f.tokCode(c); code != "" && !strings.HasPrefix(code, null) {
			return c
		}
		if o := f.ownerIn(c); o >= 0 && f.lookCoded(o) {
			return o
		}
	}
	return -1
}

// lemmaIn reports whether the lemma of token t is in set: the tagger's
// lemma, or the word or its stem without a regular ending. The word is
// read too when the lemma is not in set, because the lemmatizer cuts
// some verbs in -e short ("resumed" to "resum", "declined" to "declin").
func (f *frame) lemmaIn(t int, set map[string]bool) bool {
	return f.lemmaIs(t, func(w string) bool { return set[w] })
}

// lemmaIs is lemmaIn for a set given by its predicate (nlp.StanceVerb,
// nlp.StreetProtestVerb), which must be a pure test of the word.
//
// A verb's word is also tried as written and with an inflection cut off
// ("-S", "-ED", "-D", "-ING", "-ING" for "-E"), in that order; a form the
// lemma already failed is not asked again. lemmaIs is asked about every
// verb of a sentence for dozens of word sets, so the forms of a token
// are made once (wordForms).
func (f *frame) lemmaIs(t int, in func(string) bool) bool {
	l := f.upLemmas[t]
	asked := l != "" // in(l) is false from here on
	if asked && in(l) {
		return true
	}
	if u := f.toks[t].UPOS; u != "" && u != "VERB" && f.toks[t].Lemma != "" {
		return false
	}
	for _, w := range f.wordForms(t, l, asked) {
		if in(w) {
			return true
		}
	}
	return false
}

// wordForms returns the forms of token t's word that lemmaIs tries after
// its lemma l (asked: l was tried): the word as written and with an
// inflection cut off ("-S", "-ED", "-D", "-ING"), those equal to an asked
// lemma left out, then the "-ING" stem with an "E". They are made once a
// sentence for each token (see frame.formSpan) when the frame was built
// by buildWords, and each time otherwise.
func (f *frame) wordForms(t int, l string, asked bool) []string {
	if t < len(f.formSpan) && f.formSpan[t][0] >= 0 {
		return f.verbForms[f.formSpan[t][0]:f.formSpan[t][1]]
	}
	start := len(f.verbForms)
	w := f.upToks[f.tokWord[t]]
	for _, cut := range [...]string{"", "S", "ED", "D", "ING"} {
		if stem, ok := strings.CutSuffix(w, cut); ok && !(asked && stem == l) {
			f.verbForms = append(f.verbForms, stem)
		}
	}
	if stem, ok := strings.CutSuffix(w, "ING"); ok {
		f.verbForms = append(f.verbForms, stem+"E")
	}
	if t < len(f.formSpan) {
		f.formSpan[t] = [2]int32{int32(start), int32(len(f.verbForms))}
	}
	return f.verbForms[start:]
}

// memberHead reports whether token tok heads a member of slot s.
func (f *frame) memberHead(s, tok int) bool {
	for _, m := range f.slots[s].members {
		if f.words[m.head].tok == tok {
			return true
		}
	}
	return false
}

// codesAt returns the codes of slot s for an argument at token tok: the
// ActorLookup's code of tok itself when tok is not the head of the
// slot's noun phrase ("Syrian leaders" inside "talks with Syrian
// leaders"), else the slot's member codes.
func (f *frame) codesAt(s, tok int) []coded {
	if f.look != nil && f.news && tok >= 0 && quantityNouns[f.upToks[f.tokWord[tok]]] && !f.lookCoded(tok) {
		// "Thousands of South Koreans demonstrated": the people
		// counted act.
		for _, c := range f.children(tok) {
			if isNmod(f.toks[c].Rel) && f.caseWord(c) == "OF" && f.lookCoded(c) {
				code, _ := f.look(c)
				return []coded{{code: code, span: f.span(f.tokWord[tok], f.tokWord[c])}}
			}
		}
	}
	if f.look != nil && s >= 0 && tok >= 0 && len(f.slots[s].members) > 0 && !f.slots[s].compound() && f.words[f.slots[s].members[0].head].tok != tok {
		if code, ok := f.look(tok); ok && code != "" && code != null {
			if mc := f.memberCodes(s); len(mc) > 0 {
				// A pair ("both sides") is each of its actors, as in
				// codeSlot.
				var out []coded
				for _, c := range strings.Split(code, "+") {
					out = append(out, coded{code: c, span: mc[0].span})
				}
				return out
			}
		}
	}
	if f.look != nil && f.news && s >= 0 && tok >= 0 && f.slots[s].compound() && !f.memberHead(s, tok) && f.caseChild(tok) >= 0 && f.caseWord(tok) != "OF" {
		// A party in a prepositional phrase inside a coordination
		// ("drones and missiles at Israel"): its own code, not the
		// members'.
		if code, ok := f.look(tok); ok && code != "" && code != null && !strings.Contains(code, "+") {
			lo, hi := tok, tok
			for _, k := range f.subtree(tok, nil) {
				if f.toks[k].Rel != "case" {
					lo, hi = min(lo, k), max(hi, k)
				}
			}
			return []coded{{code: code, span: f.span(f.tokWord[lo], f.tokWord[hi])}}
		}
	}
	if tok >= 0 && f.placeCountry[tok] != "" && (s < 0 || !f.slots[s].coded()) {
		// A place inside an uncoded object, the target of an armed
		// act (see strikeIn).
		return []coded{{code: f.placeCountry[tok], span: f.span(f.tokWord[tok], f.tokWord[tok])}}
	}
	return f.sharedRole(s, tok, f.memberCodes(s))
}

// sharedRole gives the member codes out of slot s the role that the actor
// lookup found for token tok, the head the members share: "Israeli and
// Palestinian leaders" are ISRGOV and PSEGOV, not the dictionaries' ISR
// and PSE. A bare country beside a member of that country with a role of
// its own, or a role without a country beside a member with one, takes
// that member's code: "House and Senate negotiators" are the
// legislature's (USALEG both), not the government's and the Senate's.
func (f *frame) sharedRole(s, tok int, out []coded) []coded {
	if f.look == nil || !f.news || s < 0 || tok < 0 || !f.slots[s].compound() || !f.sharedHead(s, tok) {
		return out
	}
	code, ok := f.look(tok)
	if !ok || len(code) <= 3 || strings.Contains(code, "+") {
		return out
	}
	for i := range out {
		c := out[i].code
		if len(c) > 3 && strings.HasPrefix(c, null) {
			// "House" in "House and Senate negotiators": a role
			// without a country beside the country's institution
			// with that role among its own.
			for _, o := range out {
				if len(o.code) > 3 && !strings.HasPrefix(o.code, null) && strings.Contains(o.code[3:], c[3:]) {
					out[i].code = o.code
					break
				}
			}
			continue
		}
		if len(c) != 3 || c == null || c == "IGO" || c == "NGO" || c == "MNC" {
			continue
		}
		out[i].code = c + code[3:]
		for _, o := range out {
			if len(o.code) > 3 && strings.HasPrefix(o.code, c) && o.code != c+code[3:] {
				out[i].code = o.code
				break
			}
		}
	}
	return out
}

// sharedHead reports whether every member of slot s is headed by token
// tok, the noun that coordinated modifiers share ("Israeli and
// Palestinian leaders").
func (f *frame) sharedHead(s, tok int) bool {
	for _, m := range f.slots[s].members {
		if f.words[m.head].tok != tok {
			return false
		}
	}
	return len(f.slots[s].members) > 1
}

// prepsOf lists the literal prepositions of a dialect-B pattern's
// post-verb phrases ("accuse (OF)", "call (ON)"), upper case.
func prepsOf(p *dictionary.Pattern) []string {
	if p == nil {
		return nil
	}
	var out []string
	for i := range p.Post {
		c := &p.Post[i]
		if c.Kind == dictionary.PrepPhrase && c.Head.Kind == dictionary.TokWord {
			out = append(out, c.Head.Text)
		}
	}
	return out
}

// purposeAim reports whether clause t, coded as code, is an infinitive
// of purpose whose act is only the aim of the act it hangs on ("Iran is
// pursuing the pipeline project to protect its oil exports from Iraqi
// attacks", "Mexico halted the program to force banks to ...", "Congress
// is weighing a bill to force the president to retaliate", "it is risky
// for a debtor to seek refinancing"): the sentence reports the main act,
// not that the aim was done. Kept are the aims that the main act itself
// carries out or that are done on arrival: a verbal act (roots 01, 02,
// 10-13: "visited him to urge Congress", "used the summit to press
// Japan"), a protest (14: "disrupted parliament to protest the tax"),
// aid (07: "approved a loan to help Brazil"), retaliation (16: "announced
// the tariffs to retaliate"); the aim of a journey or a meeting ("left
// for Washington to complete negotiations with the IMF", "met Kohl to
// discuss trade"); what is done with a thing used or fired ("used tear
// gas to disperse the crowd") or by steps taken ("will take steps to
// meet the firms' concerns"); what a party is ready to do (its intent); and the
// clause of a verb of appeal, order or expectation, whose subject is the
// addressee ("urged Tokyo to meet its commitments"). Only a bare
// infinitive is an aim ("looks forward to working with him" is not).
func (f *frame) purposeAim(t int, code string) bool {
	t = f.sharedConjunctHead(t)
	if baseRel(f.toks[t].Rel) != "advcl" || !f.hasMark(t, "TO") || f.toks[t].XPOS != "VB" || len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "01", "02", "10", "11", "12", "13", "14", "07", "16":
		return false
	}
	h := f.head(t)
	if h < 0 {
		return false
	}
	switch {
	case f.lemmaIn(h, controlVerbs), f.lemmaIn(h, expectVerbs), f.lemmaIn(h, orderVerbs), f.lemmaIn(h, purposeVerbs), f.lemmaIn(h, journeyVerbs),
		readinessWords[f.upLemmas[h]], intentAdjectives[f.upLemmas[h]], weaponVerb(f.upLemmas[h]), f.upLemmas[h] == "TAKE":
		return false
	}
	return f.toks[h].UPOS == "VERB" || f.toks[h].UPOS == "ADJ"
}

// orderVerbs (upper-case lemmas) order or invite their object to do
// what their infinitive says ("ordered the administration to begin talks
// with Congress"), which GUIDELINES codes as demanded (flagged); voting
// to do a thing does it ("voted to override the veto"). (What a party
// is forced, required or empowered to do is not its forcer's act.)
var orderVerbs = map[string]bool{
	"ORDER": true, "INSTRUCT": true, "DIRECT": true, "TELL": true, "AUTHORIZE": true, "AUTHORISE": true,
	"INVITE": true, "ADVISE": true, "VOTE": true,
}

// journeyVerbs (upper-case lemmas) take a purpose the traveller carries
// out on arrival ("flew to Tokyo to meet Nakasone", "will stop in Hong
// Kong to meet British officials").
var journeyVerbs = map[string]bool{
	"GO": true, "COME": true, "LEAVE": true, "TRAVEL": true, "FLY": true, "ARRIVE": true, "RETURN": true,
	"HEAD": true, "STOP": true, "SAIL": true, "DRIVE": true, "HURRY": true, "RUSH": true,
}

// intentAdjectives (upper case) say, as readinessWords do, that their
// subject means to do what follows ("would be happy to meet Allawi",
// "committed to cooperating with its OPEC partners").
var intentAdjectives = map[string]bool{"HAPPY": true, "COMMITTED": true, "GLAD": true, "ANXIOUS": true}
