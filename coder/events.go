package coder

// Events from the arguments found (see args.go): depEvents expands a
// verb's source and target slots into events, untargetedEvents codes
// acts that need no target, and dropCarriers and its helpers drop the
// speech and carrier verbs whose content is coded instead; pair events,
// rejections, refusals and measures named by nouns are here too.

import (
	"slices"
	"strings"

	"tacitus/actors"
	"tacitus/dictionary"
	"tacitus/nlp"
)

// depEvents expands the source and target slots of a dialect-B verb into
// events: compounds give one event per member, a paired code X:Y also the
// reverse event, a passive-only code ":Y" swaps the arguments.
func (f *frame) depEvents(hit verbHit, code dictionary.Code, src, tgt, srcTok, tgtTok int) []Event {
	swap := f.news && f.lemmaIn(f.words[hit.head].tok, swapVerbs)
	if src >= 0 && (tgt < 0 || !f.slots[tgt].coded() || swap || f.news && f.pairsOwn(src, tgtTok)) && f.reciprocal(hit, code.Active) && f.slots[src].plural() && !f.disjunctive(src) && !f.exampleList(srcTok) {
		// "Georgia and Turkey signed accords": a joint act of a
		// coordinated subject without a coded target is coded once in
		// each direction between the conjuncts.
		src, tgt = -1, src
		if evs := f.pairEvents(hit, code.Active, tgt, srcTok); len(evs) > 0 {
			return evs
		}
		return nil
	}
	// "denied Botha's charges", "rejected the Tory claims": a denial
	// of what a party's claims say is aimed at that party, which the
	// lookup codes inside an uncoded phrase.
	deniedParty := code.Active == "016" && tgt >= 0 && f.codedAt(tgt, tgtTok) && srcTok >= 0 && (!f.sameCountry(tgtTok, srcTok) || f.opposed(tgtTok, srcTok))
	vt := f.clauseBase(f.words[hit.head].tok)
	// "Downing Street would not comment", "would not be drawn on the
	// claim": comment withheld under a modal of refusal, by a verb
	// that is no verb of refusal itself. (Not wanting to discuss a
	// thing, "the government doesn't want to discuss the
	// constitution", is as often said of a party by its critics.)
	withheld := f.news && code.Active == "011" && f.declinedComment(vt) && !f.lemmaIn(vt, unwillingVerbs)
	if f.news && src >= 0 && !code.PassiveOnly() &&
		(untargeted(code.Active) && MayLackTarget(f.upToks[f.tokWord[vt]]) || withheld || f.rejectedAppeal(code.Active, vt, src, tgt, tgtTok)) &&
		(tgt < 0 || tgt != src && !f.slots[tgt].coded() && !deniedParty && !f.departureOf(tgtTok, tgt)) && (f.hasComplement(vt) || withheld) &&
		!(strings.HasPrefix(code.Active, "10") && f.upToks[f.tokWord[vt]] == "DEMAND" && !f.modalClause(vt) && !f.hasMark(vt, "TO")) {
		// "Brown called on rich nations to fund the plan", "Japan
		// denied the charges", "Blair rejected calls for an
		// inquiry": an appeal, a demand, a denial, a declined
		// comment or the rejection of a call or suggestion
		// (rejectedAppeal) whose addressee no dictionary codes is
		// an event with no target (GUIDELINES: an unknown target is
		// null). A bare "demand" is as often the noun the tagger
		// misread ("expects demand to be strong"), unless a modal or
		// "to" makes it the verb ("will demand", "is likely to
		// demand"). The one whose
		// departure is demanded is the addressee, when only the
		// ActorLookup codes him ("demanded the resignation of the
		// home secretary", a title package actors know and the
		// dictionaries do not).
		c := code.Active
		if !untargeted(c) && f.rejectedClaim(vt) {
			// "Howard rejected the idea that the Tories and the BNP
			// appealed to the same voters": what is rejected is a
			// claim, and rejecting it denies it (016).
			c = "016"
		}
		var out []Event
		for _, a := range f.codesAt(src, srcTok) {
			out = append(out, Event{Source: a.code, Code: c, SourceSpan: a.span,
				VerbSpan: f.span(hit.vs, hit.ve), Passive: f.passiveClause(f.clauseBase(f.words[hit.head].tok))})
		}
		return out
	}
	if vt := f.clauseBase(f.words[hit.head].tok); f.news && src >= 0 && f.slots[src].coded() && strings.HasPrefix(code.Active, "13") && !code.PassiveOnly() &&
		(tgt < 0 || tgt != src && !f.slots[tgt].coded() && !f.codedAt(tgt, tgtTok)) && f.threatAlone(vt, srcTok) {
		// "Iran threatened to close the Strait of Hormuz", "the union
		// threatened to strike": a threat whose object names no party
		// is an act of its source with no target (GUIDELINES: an
		// unknown target is null).
		return f.untargetedEvents(src, srcTok, code.Active, hit)
	}
	if vt := f.clauseBase(f.words[hit.head].tok); f.news && src >= 0 && f.slots[src].coded() &&
		(tgt < 0 || tgt != src && !f.slots[tgt].coded() && !f.codedAt(tgt, tgtTok)) {
		c := code.Active
		if (strings.HasPrefix(c, "18") || strings.HasPrefix(c, "19")) && strings.EqualFold(f.toks[vt].Lemma, "attack") && partyRole(f.firstCode(src)) {
			// "That has been attacked by the Tories": a party's
			// attack is one in words.
			c = "111"
		}
		if f.criticisedThing(vt, c, src) {
			// "the Tories criticised the decision", "the plan was
			// condemned by Labour": a criticism of a party's act
			// whose party no dictionary codes is an event with no
			// target (GUIDELINES: an unknown target is null).
			return f.untargetedEvents(src, srcTok, c, hit)
		}
	}
	if vt := f.clauseBase(f.words[hit.head].tok); f.news && src >= 0 && strings.HasPrefix(code.Active, "12") && !code.PassiveOnly() &&
		(tgt < 0 || tgt != src && !f.slots[tgt].coded() && !f.codedAt(tgt, tgtTok)) {
		// "Reagan vetoed the bill": a veto is aimed at the legislature
		// that passed the bill.
		if evs := f.vetoedBillEvents(hit, vt, src, srcTok, code.Active); len(evs) > 0 {
			return evs
		}
	}
	if vt := f.clauseBase(f.words[hit.head].tok); f.news && src >= 0 && f.slots[src].coded() && !code.PassiveOnly() &&
		(tgt < 0 || tgt != src && !f.slots[tgt].coded() && !f.codedAt(tgt, tgtTok)) && f.toks[vt].UPOS == "VERB" && (!f.passiveClause(vt) || f.agentSlot(vt) == src) &&
		f.toks[vt].Rel != "amod" && f.toks[vt].Rel != "acl" && (f.hasSubject(vt) || f.childRel(vt, func(r string) bool { return r == "obj" }) >= 0) &&
		(actionWithoutParty(code.Active, f.toks[vt].Lemma, f.firstCode(src), f.childRel(vt, func(r string) bool { return r == "obj" || r == "ccomp" }) >= 0) ||
			strings.HasPrefix(code.Active, "19") && launchVerbs[strings.ToLower(f.toks[vt].Lemma)] && WorkStrike(f.toks, vt) != "") &&
		(!launchVerbs[strings.ToLower(f.toks[vt].Lemma)] || f.attackObject(vt) || strings.HasPrefix(code.Active, "14")) {
		// "French farmers protested in Paris", "The IRA bombed a
		// hotel", "Hamas fired rockets": a protest or an armed act
		// whose target no dictionary codes is an event with no target
		// (GUIDELINES: an unknown target is null).
		return f.untargetedEvents(src, srcTok, code.Active, hit)
	}
	if vt := f.clauseBase(f.words[hit.head].tok); f.news && src >= 0 && f.codedAt(src, srcTok) && !code.PassiveOnly() &&
		(tgt < 0 || tgt == src || !f.slots[tgt].coded() && !f.codedAt(tgt, tgtTok)) && f.toks[vt].UPOS == "VERB" && !f.passiveClause(vt) &&
		f.toks[vt].Rel != "amod" && f.toks[vt].Rel != "acl" && f.hasSubject(vt) {
		if c := f.weaponLaunch(vt, code.Active, f.firstCode(src)); c != "" {
			// "North Korea fired a ballistic missile into the sea"
			// (190), "Iran test-fired a missile" (150).
			return f.untargetedEvents(src, srcTok, c, hit)
		}
	}
	if src < 0 || tgt < 0 || src == tgt {
		return nil
	}
	active, reverse := code.Active, code.Passive
	if code.PassiveOnly() {
		active, reverse = code.Passive, ""
		if !f.feelingPassive(f.clauseBase(f.words[hit.head].tok)) {
			// (depArgs has already made the one who feels the
			// source: "China was shocked by the Soviet move" is
			// China's disapproval, as "the move shocked China".)
			src, tgt = tgt, src
			srcTok, tgtTok = tgtTok, srcTok
		}
	}
	if f.news && srcTok >= 0 && detentionPlaces[f.upToks[f.tokWord[srcTok]]] {
		// "Navalny died in an Arctic prison": a place of detention,
		// which the agents dictionary codes as police, does nothing;
		// Phoenix's "die in detention" (184 by the detainer) names
		// no detainer.
		return nil
	}
	passive := f.passiveClause(f.clauseBase(f.words[hit.head].tok))
	sc, tc := f.codesAt(src, srcTok), f.codesAt(tgt, tgtTok)
	tc = f.withConjuncts(tc, tgt, tgtTok)
	vspan := f.span(hit.vs, hit.ve)
	var out []Event
	for _, a := range sc {
		for _, t := range tc {
			out = append(out, Event{Source: a.code, Target: t.code, Code: active,
				SourceSpan: a.span, TargetSpan: t.span, VerbSpan: vspan, Passive: passive})
			if reverse != "" {
				out = append(out, Event{Source: t.code, Target: a.code, Code: reverse,
					SourceSpan: t.span, TargetSpan: a.span, VerbSpan: vspan, Passive: passive, Reverse: true})
			}
		}
	}
	return out
}

// detentionPlaces (upper case) are the nouns of places of detention
// (Phoenix's &DETENTION), never the actor of an event.
var detentionPlaces = map[string]bool{
	"PRISON": true, "PRISONS": true, "JAIL": true, "JAILS": true, "PENITENTIARY": true,
	"CUSTODY": true, "DETENTION": true, "CONFINEMENT": true,
}

// hasComplement reports whether verb t has the complement that makes it
// an appeal, denial or refusal of its own subject: what was asked for,
// denied or called for. A parenthetical "they ask" has none; an
// indirect question ("asked whether the technique was legal") is a
// question; a reduced passive ("when asked about ...") is the subject
// being asked; "asked not to be identified" asks for anonymity. "Call",
// "appeal", "press" and "plead" are appeals only with "for", "on" or an
// open complement ("called for talks", "appealed to the rebels",
// "pressed Japan to open its markets"), not "called it a breakout",
// "appealed against the ruling" or "pleaded guilty".
func (f *frame) hasComplement(t int) bool {
	if f.toks[t].XPOS == "VBN" && !f.hasSubject(t) || f.childRel(t, func(r string) bool { return r == "aux:pass" }) >= 0 {
		return false
	}
	lemma := untargetedVerb(f.upToks[f.tokWord[t]])
	hasObj := false
	for _, c := range f.children(t) {
		r := baseRel(f.toks[c].Rel)
		if lemma == "ask" && (r == "xcomp" || r == "ccomp") && f.anonymity(c) {
			return false
		}
		hasObj = hasObj || r == "obj"
	}
	for _, c := range f.children(t) {
		r, p := baseRel(f.toks[c].Rel), f.caseWord(c)
		switch lemma {
		case "call", "press":
			// "called for talks", "called on Japan to", "pressed
			// for talks"; not "called it a breakout", "called a
			// tender", "pressed their struggle".
			if !hasObj && (r == "obl" && (p == "FOR" || lemma == "call" && (p == "ON" || p == "UPON")) || r == "xcomp") {
				return true
			}
			continue
		case "appeal", "plead":
			if r == "obl" && (p == "FOR" || p == "TO" || p == "WITH") {
				return true
			}
			continue
		case "ask":
			// "asked for a loan", "asked to join", "asked that
			// ..."; not "asked about", "asked whether".
			if r == "obl" && p == "FOR" || r == "xcomp" || r == "ccomp" && !f.question(c) {
				return true
			}
			continue
		}
		switch r {
		case "obj", "iobj", "xcomp", "obl":
			return true
		case "ccomp":
			if !f.question(c) {
				return true
			}
		}
	}
	return false
}

// anonymity reports whether clause c asks not to be named: "asked not to
// be identified", "asked that his name not be used".
func (f *frame) anonymity(c int) bool {
	for _, x := range f.subtree(c, nil) {
		switch strings.ToLower(f.toks[x].Lemma) {
		case "identify", "name", "quote":
			return true
		}
	}
	return false
}

// askedQuestion reports whether verb t asks a question rather than for
// something: "ask" with an indirect question ("Reagan was asked by a
// reporter whether ...") and neither an open complement ("asked Japan to
// open its markets") nor a "for" phrase.
func (f *frame) askedQuestion(t int) bool {
	if !strings.EqualFold(f.toks[t].Lemma, "ask") {
		return false
	}
	q := false
	for _, c := range f.children(t) {
		switch r := baseRel(f.toks[c].Rel); {
		case r == "xcomp", r == "obl" && f.caseWord(c) == "FOR":
			return false
		case r == "ccomp" || r == "advcl":
			q = q || f.question(c)
		}
	}
	return q
}

// habitual reports whether verb t says what a party does as a rule, not
// what it did: the verb, or the verb whose open complement it is, is in
// the simple present with an adverb of habit (habitAdverbs) on it ("As a
// matter of policy, the SEC routinely declines to comment", "Soviet and
// U.S. officials normally meet in the summer", "they usually receive a
// verbal warning"). A habit is a state of affairs, no event (GUIDELINES
// sec. 1); the past and the perfect report acts ("Bonn has often called
// on the U.S.").
func (f *frame) habitual(t int) bool {
	for k := t; k >= 0; k = f.head(k) {
		if x := f.toks[k].XPOS; x == "VBZ" || x == "VBP" {
			for _, c := range f.children(k) {
				if baseRel(f.toks[c].Rel) == "advmod" && habitAdverbs[strings.ToLower(f.toks[c].Text)] {
					return true
				}
			}
		}
		if baseRel(f.toks[k].Rel) != "xcomp" {
			break
		}
	}
	return false
}

// habitAdverbs (lower case) say that an act is done as a rule (see
// habitual).
var habitAdverbs = map[string]bool{
	"routinely": true, "usually": true, "normally": true, "generally": true, "typically": true,
	"habitually": true, "customarily": true, "traditionally": true,
}

// askedContent reports whether clause t is the yes-no question put to a
// speaker ("Asked whether Japan would retaliate against the U.S.
// tariffs, Nakasone said ..."): what is asked is neither reported nor a
// condition, no event. A party that asks ("Chile asked if the loan
// could be extended") requests what it asks; a wh-question ("asked why
// Peru was seeking new talks") takes its act as given.
func (f *frame) askedContent(t int) bool {
	r := baseRel(f.toks[t].Rel)
	if r != "ccomp" && r != "advcl" {
		return false
	}
	h := f.head(t)
	if h < 0 || !strings.EqualFold(f.toks[h].Lemma, "ask") || f.childRel(h, func(r string) bool { return r == "nsubj" }) >= 0 {
		return false
	}
	for _, k := range f.children(t) {
		if k > t {
			break
		}
		if w := f.upToks[f.tokWord[k]]; w == "IF" || w == "WHETHER" {
			return true
		}
	}
	return false
}

// question reports whether clause c is an indirect question: introduced
// by if, whether or a wh-word.
func (f *frame) question(c int) bool {
	for _, k := range f.children(c) {
		if k > c {
			break
		}
		w := f.upToks[f.tokWord[k]]
		if w == "IF" || w == "WHETHER" || strings.HasPrefix(f.toks[k].XPOS, "W") {
			return true
		}
	}
	return false
}

// untargetedVerbs are the verbs (lower case) of appeals, denials and
// refusals, whose events need no coded addressee: "Britain urged other
// donors to contribute", "Japan denied the charges", "Blair dismissed
// claims of broken promises" (a rejection with a target still needs it:
// the code must be one that may lack a target, see untargeted). Other verbs that
// the dictionaries code as appeals ("hoped", "wanted", "recommended")
// state a wish, not an act addressed to anyone.
var untargetedVerbs = map[string]bool{
	"urge": true, "call": true, "appeal": true, "ask": true, "press": true, "demand": true,
	"request": true, "plead": true, "implore": true, "deny": true, "decline": true, "refuse": true,
	"reject": true, "dismiss": true, "claim": true, "accept": true, "admit": true,
}

// MayLackTarget reports whether word (any case, inflected or not: "URGED",
// "denies", "declining") is a form of a verb of appeal, denial or refusal,
// whose event may have no target.
func MayLackTarget(word string) bool { return untargetedVerb(word) != "" }

// ActsAlone reports whether word (any case, inflected or not) is a form
// of a verb whose event may name one actor only: an appeal, denial or
// refusal (MayLackTarget), a rejection of calls or suggestions
// (rejectionVerbs: "rejected calls for an inquiry"; "rebuffed" and
// "spurned" too), a protest or an armed act ("protested",
// "bombed"; see actionWithoutParty), a threat (threatenVerb), or the taking of a place that no
// actor dictionary names ("captured Bakhmut"); or one of the nouns that
// make a light verb such an act (aloneNouns: "staged a sit-in",
// "declared a state of emergency").
func ActsAlone(word string) bool { return actsAloneForms.verb(word) != "" }

// aloneNouns (lower case) are the nouns whose act, carried by a light
// verb, may name one actor only (see actionWithoutParty): protests
// ("went on strike" is in attackVerbs' forms), curfews, states of
// emergency and martial law; and the reactions a measure of no named
// author draws from one party ("the tax has drawn condemnation from the
// United States", "the plan met strong resistance from Bonn"; package
// extract codes them).
var aloneNouns = map[string]bool{
	"sit-in": true, "walkout": true, "demonstration": true, "demonstrations": true, "boycott": true,
	"curfew": true, "emergency": true, "martial": true,
	"criticism": true, "condemnation": true, "outcry": true, "outrage": true, "resistance": true,
}

// takeVerbs take a place, whose town a gazetteer rather than an actor
// dictionary names ("Wagner fighters captured Bakhmut"): a sentence with
// one of them and one actor may hold an event (see ActsAlone).
var takeVerbs = map[string]bool{
	"capture": true, "seize": true, "recapture": true, "retake": true, "occupy": true,
	"besiege": true, "liberate": true, "encircle": true, "overrun": true,
	"retook": true, "retaken": true, "overran": true, // (irregular forms)
}

// untargetedVerb returns the verb of untargetedVerbs that word is a form
// of, or "". It reads the word, not the lemmatizer's lemma, which cuts
// some of these verbs short ("pleaded" to "pleade").
func untargetedVerb(word string) string { return untargetedForms.verb(word) }

// The form indexes of untargetedVerb and ActsAlone. ActsAlone asks the
// word's verb of any of its sets, which is the verb of their union; its
// index also holds aloneNouns, each its own "verb", so that a word costs
// one lookup.
var (
	untargetedForms = newFormIndex(untargetedVerbs)
	actsAloneForms  = newFormIndex(untargetedVerbs, rejectionVerbs, protestVerbs, attackVerbs, takeVerbs, weaponLaunchVerbs, criticismVerbs, threatenVerb).with(aloneNouns)
)

// threatenVerb (lower case) threatens, an act that may name its maker
// only (see threatAlone): "Iran threatened to close the Strait of
// Hormuz".
var threatenVerb = map[string]bool{"threaten": true}

// weaponLaunchVerbs fire, launch or test a weapon, an act that may name
// one actor only (see weaponLaunch): "Iran launched two drones", "North
// Korea tested a missile", "conducted a nuclear test" (the noun is a form
// of the verb).
var weaponLaunchVerbs = map[string]bool{"launch": true, "unleash": true, "test": true, "test-fire": true, "test-launch": true}

// formSuffixes are the regular inflections a formIndex undoes, in the
// order they are tried: a word that ends in cut is a form of the verb
// that it is with cut replaced by add.
var formSuffixes = [...]struct{ cut, add string }{
	{"", ""}, {"s", ""}, {"ed", ""}, {"d", ""}, {"ing", ""}, {"ing", "e"}, {"ies", "y"}, {"ied", "y"},
}

// formIndex maps the lower-case regular forms of a set of verbs to their
// verb, so that finding a word's verb costs one map lookup and no
// allocation, not one string and lookup per inflection tried.
type formIndex map[string]string

// newFormIndex indexes the forms of the verbs (lower case) of sets. A
// form that two inflections reach is the form of the verb that the
// earlier of them in formSuffixes gives, as if they were undone in that
// order: "pleased" is a form of "please" only when no "pleas" is listed.
func newFormIndex(sets ...map[string]bool) formIndex {
	x := formIndex{}
	for _, suf := range formSuffixes {
		for _, set := range sets {
			for v := range set {
				if !strings.HasSuffix(v, suf.add) {
					continue
				}
				if f := v[:len(v)-len(suf.add)] + suf.cut; x[f] == "" {
					x[f] = v
				}
			}
		}
	}
	return x
}

// with adds the words (lower case) that x does not hold yet, each as its
// own verb, and returns x.
func (x formIndex) with(words map[string]bool) formIndex {
	for w := range words {
		if x[w] == "" {
			x[w] = w
		}
	}
	return x
}

// verb returns the verb that word (any case) is a regular form of, or "".
func (x formIndex) verb(word string) string { return nlp.LowerLookup(x, word) }

// figurativeWar reports whether noun token w ("war") names a contest
// fought without arms by a modifier of figurativeWars ("a damaging trade
// war", "a price war").
func (f *frame) figurativeWar(w int) bool { return f.modifiedBy(w, figurativeWars) }

// modifiedBy reports whether noun token n has a compound or adjective
// modifier whose lower-case lemma is one of words.
func (f *frame) modifiedBy(n int, words map[string]bool) bool {
	return slices.ContainsFunc(f.children(n), func(c int) bool {
		return (f.toks[c].Rel == "compound" || f.toks[c].Rel == "amod") && words[strings.ToLower(f.toks[c].Lemma)]
	})
}

// figurativeWars (lower-case lemmas) make a war no armed conflict.
var figurativeWars = map[string]bool{
	"trade": true, "price": true, "tariff": true, "currency": true, "propaganda": true, "bidding": true,
	"turf": true, "media": true, "culture": true, "word": true, "subsidy": true, "tax": true,
}

// untargetedEvents returns the events of code with no target, one for
// each code of source slot src (at token srcTok), the null actor left
// out.
func (f *frame) untargetedEvents(src, srcTok int, code string, hit verbHit) []Event {
	var out []Event
	for _, a := range f.codesAt(src, srcTok) {
		if a.code != null && !strings.HasPrefix(a.code, null) {
			out = append(out, Event{Source: a.code, Code: code, SourceSpan: a.span, VerbSpan: f.span(hit.vs, hit.ve)})
		}
	}
	return out
}

// weaponLaunch returns the code of clause t as a weapon fired, launched
// or tested by a party that may act with no target (see armedSource),
// or "": a missile, drone or other weapon of weaponNouns fired or
// launched is force (code, root 19: "North Korea fired a ballistic
// missile into the sea"), unless the verb or the weapon is written as a
// test's ("Iran test-fired a missile", see testCompound; "fired a test
// missile", see testWeapon), which demonstrates military power (150); a
// missile or nuclear test conducted, or a weapon tested (code, root 15,
// from the supplement's TEST and CONDUCT patterns) is that demonstration
// too. A single rocket launched is as often a
// satellite's carrier ("launched its first rocket"): not a weapon here.
func (f *frame) weaponLaunch(t int, code, src string) string {
	if !armedSource(src) {
		return ""
	}
	l := strings.ToLower(f.toks[t].Lemma)
	o := f.childRel(t, func(r string) bool { return r == "obj" })
	if o < 0 {
		return ""
	}
	obj := f.upToks[f.tokWord[o]]
	switch {
	case strings.HasPrefix(code, "19") && (l == "fire" || l == "launch") && weaponNouns[obj] && !(l == "launch" && obj == "ROCKET"):
		if f.testCompound(t) || f.testWeapon(o) {
			return "150"
		}
		return code
	case code == "150" && (l == "test" || f.testCompound(t) || strings.EqualFold(f.toks[o].Lemma, "test")):
		return code
	}
	return ""
}

// testCompound reports whether verb token t is the second part of a
// hyphenated compound whose first part is "test", written without
// spaces ("test-fired", "test-launched"), which the tokenizer splits.
func (f *frame) testCompound(t int) bool {
	return t >= 2 && f.toks[t-1].Text == "-" && strings.EqualFold(f.toks[t-2].Text, "test") &&
		!f.toks[t-2].SpaceAfter && !f.toks[t-1].SpaceAfter
}

// testWeapon reports whether weapon noun token w is a test's ("fired one
// test missile").
func (f *frame) testWeapon(w int) bool { return f.modifiedBy(w, testWords) }

var testWords = map[string]bool{"test": true}

// armedSource reports whether an actor of code src may fire, launch or
// test weapons with no target named: a state, its government, its armed
// forces or police, or an armed group.
func armedSource(src string) bool {
	if len(src) == 3 {
		return true
	}
	if len(src) >= 6 {
		switch src[3:6] {
		case "GOV", "MIL", "REB", "INS", "UAF", "SEP", "COP":
			return true
		}
	}
	return false
}

// codedAt reports whether target token tok of slot s has a code of its
// own ("the key Ouadi Doum airstrip in northern Chad": Chad).
func (f *frame) codedAt(s, tok int) bool {
	if tok < 0 {
		return false
	}
	for _, c := range f.codesAt(s, tok) {
		if c.code != "" && c.code != null && !strings.HasPrefix(c.code, null) {
			return true
		}
	}
	return false
}

// departureOf reports whether token tok, in slot tgt, is the "of"
// phrase of a noun of someone's departure from office (departureNouns:
// "the resignation of the home secretary") that the ActorLookup codes.
func (f *frame) departureOf(tok, tgt int) bool {
	if f.look == nil || tok < 0 || !isNmod(f.toks[tok].Rel) || f.caseWord(tok) != "OF" || !f.codedAt(tgt, tok) {
		return false
	}
	h := f.head(tok)
	return h >= 0 && departureNouns[f.upToks[f.tokWord[h]]]
}

// departureNouns (upper case) name someone's departure from office.
var departureNouns = map[string]bool{
	"RESIGNATION": true, "RESIGNATIONS": true, "DISMISSAL": true, "REMOVAL": true, "SACKING": true,
	"IMPEACHMENT": true, "OUSTER": true, "OUSTING": true, "EXPULSION": true,
}

// actionWithoutParty reports whether an event of code by verb lemma,
// with source code src, is an act whether or not anyone is named as its
// target: a protest (root 14) by a verb of protest without an object
// ("demonstrated their competence" shows) or by a light verb whose
// pattern made it a protest ("went on strike", "staged a sit-in",
// "began a hunger strike"), a curfew, a state of emergency or martial
// law imposed by a state (1723, 1724: on its people, whom package
// extract names), or an armed act (roots 18 to 20) by a verb of attack
// whose source is armed ("attacked the bill" is words) or, for bombing
// and shelling, a country.
func actionWithoutParty(code, lemma, src string, hasObj bool) bool {
	l := strings.ToLower(lemma)
	switch {
	case strings.HasPrefix(code, "14"):
		return protestVerbs[l] && !hasObj || protestCarriers[l] && hasObj || launchVerbs[l] || protestPhraseCarriers[l]
	case code == "1723", code == "1724":
		return len(src) == 3 || len(src) >= 6 && (src[3:6] == "GOV" || src[3:6] == "MIL" || src[3:6] == "COP")
	case strings.HasPrefix(code, "18"), strings.HasPrefix(code, "19"), strings.HasPrefix(code, "20"):
		if launchVerbs[l] && hasObj {
			// "Russia launched air strikes in Syria", "Putin
			// ordered a military operation": the object made the
			// verb force (a pattern's code), done by a state, its
			// government or an armed group.
			return armedSource(src)
		}
		if !attackVerbs[l] {
			return false
		}
		if len(src) == 3 {
			return physicalVerbs[l]
		}
		if len(src) >= 6 {
			switch src[3:6] {
			case "MIL", "REB", "INS", "UAF", "COP", "SPY", "SEP":
				return true
			}
		}
	}
	return false
}

var (
	protestVerbs = map[string]bool{"protest": true, "demonstrate": true, "rally": true, "riot": true, "march": true}
	// protestCarriers are the light verbs whose object names a protest
	// ("held a rally", "joined a hunger strike"; an object it must be:
	// "held steady in March" is no "- * MARCH # HOLD"). launchVerbs
	// ("staged a sit-in", "began a hunger strike") carry one too.
	protestCarriers = map[string]bool{"hold": true, "join": true, "observe": true}
	// protestPhraseCarriers are the light verbs whose prepositional
	// phrase names a protest ("went on strike", "took to the streets").
	protestPhraseCarriers = map[string]bool{"go": true, "take": true}
	attackVerbs           = map[string]bool{
		"bomb": true, "shell": true, "attack": true, "raid": true, "ambush": true, "storm": true,
		"fire": true, "shoot": true, "strike": true, "bombard": true,
		"shot": true, "struck": true, // (irregular forms, for ActsAlone)
	}
	// launchedNouns (lemmas) name attacks, which a verb of launchVerbs
	// starts or orders.
	launchedNouns = map[string]bool{
		"strike": true, "airstrike": true, "attack": true, "offensive": true, "raid": true, "assault": true,
		"invasion": true, "incursion": true, "bombardment": true, "war": true, "counteroffensive": true,
		"counter-offensive": true, "ambush": true, "shelling": true, "bombing": true, "siege": true, "blockade": true,
		"barrage": true, "salvo": true, "volley": true,
	}
	// launchVerbs start or order an attack that their object names
	// ("launched air strikes", "ordered an offensive").
	launchVerbs = map[string]bool{"launch": true, "unleash": true, "order": true, "conduct": true, "carry": true, "mount": true, "begin": true, "start": true, "stage": true}
	// physicalVerbs are the verbs of attack that are never words.
	physicalVerbs = map[string]bool{"bomb": true, "shell": true, "bombard": true, "raid": true, "ambush": true}
)

// WorkStrike returns the code of the strike that is the object of verb
// token v (0-based) of toks when no weapon or military word qualifies
// it ("began a two-day strike"): 142 for a hunger strike, 143 for
// another; "" when the object is no such strike ("launched a missile
// strike").
func WorkStrike(toks []nlp.Token, v int) string {
	obj := -1
	for k := range toks {
		if toks[k].Head-1 == v && toks[k].Rel == "obj" {
			obj = k
			break
		}
	}
	if obj < 0 || !strings.EqualFold(toks[obj].Lemma, "strike") {
		return ""
	}
	code := "143"
	for k := range toks {
		if toks[k].Head-1 != obj {
			continue
		}
		switch strings.ToLower(toks[k].Text) {
		case "hunger":
			code = "142"
		case "air", "drone", "missile", "military", "rocket", "preemptive", "pre-emptive", "retaliatory",
			"nuclear", "surgical", "artillery", "precision", "first":
			return ""
		}
	}
	return code
}

// agentSlot returns the slot of the "by" agent of passive verb t ("the
// convoy was ambushed by al Shabaab militants"), or -1.
func (f *frame) agentSlot(t int) int {
	for _, c := range f.children(t) {
		if f.toks[c].Rel == "obl:agent" || baseRel(f.toks[c].Rel) == "obl" && f.caseWord(c) == "BY" {
			if s := f.slotOf(c); s >= 0 {
				return s
			}
		}
	}
	return -2 // no slot is -2: never a source
}

// attackObject reports whether the object of verb t names an attack
// ("launched air strikes", "ordered an offensive", "a military
// operation"), not a rocket or an operation of another kind ("launched
// its first rocket", "a drought relief operation").
func (f *frame) attackObject(t int) bool {
	o := f.childRel(t, func(r string) bool { return r == "obj" })
	if o < 0 {
		return false
	}
	l := strings.ToLower(f.toks[o].Lemma)
	if l == "war" && f.figurativeWar(o) {
		return false
	}
	if launchedNouns[l] {
		return true
	}
	if l != "operation" {
		return false
	}
	military := false
	for k := range f.toks {
		if f.toks[k].Head-1 == o && f.toks[k].Rel == "amod" {
			switch strings.ToLower(f.toks[k].Text) {
			case "military", "ground", "air", "naval", "special":
				military = true
			}
		}
	}
	return military
}

// vetoedBillEvents returns the events of code of a veto (a rejection,
// root 12, by the verb "veto" at clause vt, done or announced with "will"
// or "would", not urged or weighed) of a
// bill named without its author by source slot src (token srcTok): each
// source code that is a state or its government vetoes its own country's
// legislature, which passed the bill ("Reagan vetoed the bill", "the
// governor vetoed the measure", "Reagan said he would veto the bill" →
// USAGOV USALEG). Nil for another verb or object, a veto only urged,
// weighed or ruled out, or a source of another role.
func (f *frame) vetoedBillEvents(hit verbHit, vt, src, srcTok int, code string) []Event {
	modal := func(v int) bool {
		return slices.ContainsFunc(f.children(v), func(c int) bool {
			return f.toks[c].Rel == "aux" && f.toks[c].XPOS == "MD" || f.toks[c].Rel == "mark" && f.upToks[f.tokWord[c]] == "TO"
		})
	}
	if !strings.EqualFold(f.toks[vt].Lemma, "veto") || baseRel(f.toks[vt].Rel) == "xcomp" || baseRel(f.toks[vt].Rel) == "acl" ||
		modal(vt) && (!f.promisedResponse(vt) || f.negatedWord(vt)) ||
		!f.hasSubject(vt) && f.head(vt) >= 0 && modal(f.head(vt)) {
		// (Not a veto urged, weighed or ruled out: "urged Reagan to
		// veto it", "could veto it", "would not veto it", "would have
		// a difficult time vetoing such a bill", the modal on the verb
		// a subjectless clause hangs from. A veto announced with
		// "will" or "would", "said he would veto the bill", is aimed
		// at the legislature as much as one done: the coder codes its
		// rejection anyway, and the samples' annotators gave it the
		// legislature as target.)
		return nil
	}
	o := f.childRel(vt, func(r string) bool { return r == "obj" })
	if o >= 0 && !billNouns[strings.ToLower(f.toks[o].Lemma)] {
		// "vetoed a highway and mass transit bill": the parser
		// coordinates the modifier with the bill.
		o = f.childRel(o, func(r string) bool { return r == "conj" })
	}
	if o < 0 || !billNouns[strings.ToLower(f.toks[o].Lemma)] || f.lookCoded(o) || slices.ContainsFunc(f.children(o), func(c int) bool {
		return f.toks[c].Rel == "nmod:poss" || f.lookCoded(c)
	}) {
		return nil
	}
	var out []Event
	for _, a := range f.codesAt(src, srcTok) {
		if a.code == "" || strings.HasPrefix(a.code, null) || !(len(a.code) == 3 || len(a.code) == 6 && a.code[3:] == "GOV") {
			continue
		}
		out = append(out, Event{Source: a.code, Target: a.code[:3] + "LEG", Code: code, SourceSpan: a.span,
			TargetSpan: f.span(f.tokWord[o], f.tokWord[o]), VerbSpan: f.span(hit.vs, hit.ve)})
	}
	return out
}

// billNouns (lower-case lemmas) name what a legislature passes.
var billNouns = map[string]bool{"bill": true, "measure": true, "legislation": true, "law": true}

// rejectedAppeal reports whether the event of code by verb token vt,
// with source slot src and target slot tgt (-1 for none; its token
// tgtTok), rejects an appeal of no named party, an event with no target:
// a rejection (root 12) by a verb of rejectionVerbs whose subject is a
// coded actor and whose object is a noun of appealNouns that names no
// owner or author ("Clarke rejected calls to pause the bill", "Lyng
// rejected suggestions of a freeze"; not "rejected the Tory idea",
// "rejected Borden's idea", "rejected a call from the institutes" nor
// "dismissed the idea as an attempt by the Democrats", aimed at their
// authors).
func (f *frame) rejectedAppeal(code string, vt, src, tgt, tgtTok int) bool {
	if !strings.HasPrefix(code, "12") || !rejectionVerbs[strings.ToLower(f.toks[vt].Lemma)] || !f.slots[src].coded() || tgt >= 0 && f.codedAt(tgt, tgtTok) {
		return false
	}
	o := f.childRel(vt, func(r string) bool { return r == "obj" })
	if o < 0 || !appealNouns[strings.ToLower(f.toks[o].Lemma)] {
		return false
	}
	authored := func(c int) bool {
		r := f.toks[c].Rel
		if r == "nmod:poss" {
			return true
		}
		switch f.caseWord(c) {
		case "FROM", "BY", "AS":
			return isNmod(r) || baseRel(r) == "obl"
		}
		return false
	}
	return !slices.ContainsFunc(f.children(o), authored) && !slices.ContainsFunc(f.children(vt), authored)
}

// rejectedClaim reports whether the object of verb vt has a content
// clause that states a claim ("the idea that the Tories appealed to the
// same voters", "suggestions the move was designed to keep taxes down",
// "suggestions that the yen would fall"), not a proposal, whose finite
// word is a bare subjunctive or "should" ("suggestions that taxes be
// cut", "the idea that Japan should open its market"). A call asks and
// claims nothing.
func (f *frame) rejectedClaim(vt int) bool {
	o := f.childRel(vt, func(r string) bool { return r == "obj" })
	if o < 0 || strings.EqualFold(f.toks[o].Lemma, "call") {
		return false
	}
	x := f.childRel(o, func(r string) bool { return baseRel(r) == "acl" || r == "ccomp" })
	if x < 0 {
		// (The parser may hang the clause on the verb.)
		x = f.childRel(vt, func(r string) bool { return r == "ccomp" || r == "parataxis" })
	}
	if x < 0 || x < o || !f.hasSubject(x) {
		return false
	}
	if sb := f.childRel(x, func(r string) bool { return r == "nsubj" || r == "nsubj:pass" }); sb >= 0 && strings.HasPrefix(f.toks[sb].XPOS, "W") {
		// A relative clause says what the rejected thing is or does:
		// "rejected the idea, which would cost jobs".
		return false
	}
	if f.toks[x].Rel == "acl:relcl" && f.childRel(x, func(r string) bool { return r == "obj" || r == "aux:pass" || r == "cop" }) < 0 {
		// A relative clause with a gap is no content: "the idea he
		// floated"; one the parser made of a content clause has all
		// its arguments ("a suggestion the move was designed to").
		return false
	}
	// The clause's finite word: its first auxiliary or copula, else
	// its verb.
	fin := x
	for _, c := range f.children(x) {
		if r := f.toks[c].Rel; c < fin && (r == "aux" || r == "aux:pass" || r == "cop") {
			fin = c
		}
	}
	// (A plural subject's present verb looks the same: "suggestions
	// the U.S. and EC agree a freeze" proposes.)
	return f.toks[fin].XPOS != "VB" && !(fin == x && f.toks[x].XPOS == "VBP") && f.upToks[f.tokWord[fin]] != "SHOULD"
}

// rejectionVerbs (lower-case lemmas) reject what is asked or put forward.
// "Resist" is one when it holds out against calls, suggestions or
// pressure ("the government has resisted calls to publish the advice",
// "the Fed has resisted pressure to raise the rate"): the dictionary
// codes it as REJECT (120).
var rejectionVerbs = map[string]bool{"reject": true, "refuse": true, "dismiss": true, "rebuff": true, "spurn": true, "resist": true}

// appealNouns (lower-case lemmas) name what others urge or put forward,
// mostly without their authors: calls, suggestions and ideas, and the
// pressure of unnamed many ("China has resisted international pressure
// to break the link"), whose rejection is an act of its source (see
// rejectedAppeal). Not a request, demand, offer or plan, whose author
// the sentence mostly names ("the union refused a request to give
// notice, the Chamber said"), nor an appeal or plea, which a court
// dismisses.
var appealNouns = map[string]bool{"call": true, "suggestion": true, "idea": true, "notion": true, "pressure": true}

// criticisedThing reports whether verb vt of code criticises a party's
// act or measure that the sentence does not say whose it is: a verb of
// criticismVerbs coded as criticism (root 11), in the active with its
// subject (or as a conjunct sharing one) and object ("the Tories
// criticised the decision", "Labour attacked his policies as
// unworkable") or in the passive with slot src its "by" agent ("the move
// was condemned by the Tories"), neither a modifier nor a clause of a
// noun ("a plan criticised by the unions"). What is criticised is a noun
// of criticisedActs with no party coded in its phrase ("criticised the
// Bundesbank rate increases", "criticised his handling of the affair"
// with "his" a party named before name the target the coder missed), or
// a personal pronoun the sentence does not resolve ("had been attacked
// by the Tories"; a relative pronoun stands for a noun named). Ideas,
// conditions and trends criticised in the abstract ("criticised the
// concept of debt relief", "deplored the loss of life") concern no
// party.
func (f *frame) criticisedThing(vt int, code string, src int) bool {
	if !strings.HasPrefix(code, "11") || !criticismVerbs[strings.ToLower(f.toks[vt].Lemma)] || f.toks[vt].UPOS != "VERB" {
		return false
	}
	if r := f.toks[vt].Rel; r == "amod" || r == "acl" || r == "acl:relcl" && !f.hasSubject(vt) {
		return false
	}
	var o int
	if f.passiveClause(vt) {
		if f.agentSlot(vt) != src {
			return false
		}
		o = f.childRel(vt, func(r string) bool { return r == "nsubj:pass" || r == "nsubj" })
	} else {
		if !f.hasSubject(vt) && baseRel(f.toks[vt].Rel) != "conj" {
			return false
		}
		o = f.childRel(vt, func(r string) bool { return r == "obj" })
	}
	if o < 0 || f.slotCoded(o) || f.lookCoded(o) {
		return false
	}
	if f.toks[o].UPOS == "PRON" {
		// A pronoun may stand for a party or an act the sentence
		// names besides the critic ("Wilson introduced the exemption,
		// but it was criticized by the opposition").
		x := f.toks[o].XPOS
		return (x == "PRP" || x == "DT") && !f.partyBefore(o, src)
	}
	if !criticisedActs[strings.ToLower(f.toks[o].Lemma)] || f.measureNoun(o) {
		// (A measure of no named author follows the measure
		// convention, opposedMeasureEvents.)
		return false
	}
	return !slices.ContainsFunc(f.subtree(o, nil), func(k int) bool { return f.slotCoded(k) || f.lookCoded(k) })
}

// partyBefore reports whether the sentence codes a party before token o
// outside source slot src: one that a pronoun at o may stand for.
func (f *frame) partyBefore(o, src int) bool {
	for k := 0; k < o; k++ {
		if f.slotOf(k) != src && (f.slotCoded(k) || f.lookCoded(k)) {
			return true
		}
	}
	return false
}

// partyRole reports whether actor code src is a party, a legislature or
// an elite: a political actor that bears no arms.
func partyRole(src string) bool {
	if len(src) < 6 {
		return false
	}
	switch src[3:6] {
	case "OPP", "PTY", "LEG", "ELI":
		return true
	}
	return false
}

// criticismVerbs (lower-case lemmas) criticise what they take: a party
// or a thing, a thing's author being their target when it is named.
var criticismVerbs = map[string]bool{
	"criticise": true, "criticize": true, "condemn": true, "denounce": true, "deplore": true,
	"attack": true, "slam": true, "blast": true, "lambast": true, "lambaste": true, "decry": true,
	"censure": true, "rebuke": true, "assail": true, "castigate": true, "deride": true, "ridicule": true,
}

// criticisedActs (lower-case lemmas) name what a party does, decides or
// puts forward, whose criticism concerns that party (criticisedThing).
var criticisedActs = map[string]bool{
	"move": true, "decision": true, "plan": true, "proposal": true, "policy": true, "scheme": true,
	"measure": true, "bill": true, "change": true, "cut": true, "reform": true, "remark": true,
	"comment": true, "statement": true, "document": true, "report": true, "offer": true, "deal": true,
	"agreement": true, "accord": true, "budget": true, "tax": true, "levy": true, "tariff": true,
	"target": true, "ruling": true, "verdict": true, "judgment": true, "judgement": true, "attempt": true,
	"action": true, "strategy": true, "approach": true, "campaign": true, "legislation": true,
	"law": true, "rule": true, "regulation": true, "ban": true, "handling": true, "record": true,
	"response": true, "initiative": true, "treatment": true, "conduct": true, "tactic": true,
	"stance": true, "refusal": true, "arrest": true, "detention": true, "execution": true, "raid": true,
	"attack": true, "bombing": true, "shelling": true, "killing": true, "invasion": true,
	"occupation": true, "strike": true, "stoppage": true,
}

// untargeted reports whether an event of code may have no target: an
// appeal (root 02), a demand (10), a declined comment (011), a claim of
// responsibility (015, "the Taliban claimed responsibility for the
// attack") or a denial (016) is an act of its source whether or not its
// addressee is an actor; other acts without a coded target are not
// events.
func untargeted(code string) bool {
	return strings.HasPrefix(code, "02") || strings.HasPrefix(code, "10") || code == "011" || code == "015" || code == "016"
}

// threatAlone reports whether verb t is a threat made by its own
// subject, the party of source token srcTok, with what is threatened as
// its object or open complement and no party named anywhere else in
// its clause: "Washington threatened to retaliate", "Sumita threatened
// intervention". A threat that names a party ("threatened tariffs on
// Japanese goods", "threatened to strike if the government raised the
// retirement age") has a target that other rules or no rule find, and a
// threatening thing ("the investments threaten to cause inflation",
// "Japan's decline threatens to undermine", "it threatened to go to
// shareholders") is no party's act.
func (f *frame) threatAlone(t, srcTok int) bool {
	if !strings.EqualFold(f.toks[t].Lemma, "threaten") || f.passiveClause(t) || strings.HasPrefix(f.toks[t].Rel, "acl") {
		return false // (a relative clause threatens its antecedent: "a ship which Greece threatened to tackle")
	}
	subj := f.childRel(t, func(r string) bool { return r == "nsubj" })
	if subj < 0 || subj != srcTok || strings.EqualFold(f.toks[subj].Text, "it") || f.toks[subj].UPOS != "PRON" && !f.partyNoun(subj) || f.caseChild(subj) >= 0 || f.caseChild(t) >= 0 {
		return false // (a preposition on the subject or the verb is a misparse: "weather in the US threatened stocks")
	}
	if f.childRel(t, func(r string) bool { return r == "xcomp" || r == "obj" }) < 0 {
		return false
	}
	var sub []int
	for _, c := range f.children(t) {
		if c == subj {
			continue
		}
		sub = f.subtree(c, sub[:0])
		for _, x := range sub {
			if f.toks[x].UPOS == "PRON" && f.toks[x].Rel == "nmod:poss" {
				continue // (its own: "threatened to close its airspace")
			}
			if f.slotCoded(x) || f.lookCoded(x) {
				return false
			}
		}
	}
	return true
}

// isSpeechCode reports whether a code is a statement (root 01).
func isSpeechCode(code string) bool { return strings.HasPrefix(code, "01") }

// dropCarriers removes the statements (root 01) of dialect-B speech verbs
// whose reported content yields an event of its own: the speech verb is
// then only the carrier of what is said (GUIDELINES: "X said Y attacked
// Z" is the attack). The content is the verb's clausal complement, or,
// for a closing speaker clause the parser attached as a parataxis ("Y
// attacked Z, X said"), the clause it hangs from. verb[i] is the clause
// of evs[i] (-1 for dialect A, never dropped).
func (f *frame) dropCarriers(evs []Event, verb []int) []Event {
	out := evs[:0]
	for i, e := range evs {
		v := verb[i]
		if e.Campaign && slices.ContainsFunc(evs, func(x Event) bool { return !x.Campaign && samePair(x, e) }) {
			// "Howard said Blair had criticised him": the reported
			// act between the two parties is the event.
			continue
		}
		if v >= 0 && isSpeechCode(e.Code) && !f.deniedClause(v, e.Code) && !f.foreseen(v, e.Code) && f.contentCoded(v, evs, verb, e.Code == "012" || e.Code == "013") {
			continue
		}
		if v >= 0 && f.news && f.lemmaIs(v, negativeWord) && f.judgedBy(v, evs, verb) {
			// "'This government has failed the British people,' he
			// said": the failure is the speaker's criticism (111),
			// not an act of the government's.
			continue
		}
		if f.news && e.Target == "" && strings.HasPrefix(e.Code, "11") && slices.ContainsFunc(evs, func(x Event) bool {
			return x.Target != "" && x.Source == e.Source && strings.HasPrefix(x.Code, "11")
		}) {
			// "The comment was criticised by the SNP, which accused
			// him of encouraging drinking": the criticism of no named
			// party is of the one the same critic accuses (one
			// event of root 11 per source and target, GUIDELINES).
			continue
		}
		if v >= 0 && f.lemmaIn(v, intentCarriers) && f.xcompCoded(v, evs, verb) {
			// "Japan and South Korea agreed to hold talks": the
			// agreement is the intent to do what was agreed (036),
			// not a cooperation of its own (050).
			continue
		}
		out = append(out, e)
	}
	return out
}

// samePair reports whether events a and b are between the same two
// parties, either way round.
func samePair(a, b Event) bool {
	return a.Source == b.Source && a.Target == b.Target || a.Source == b.Target && a.Target == b.Source
}

// deniedClause reports whether statement code of clause v is a denial
// (016) by a verb of denyVerbs of what its complement clause says ("Brown
// denied that he was raising taxes", "Iraq denied its forces had killed
// civilians"): the denial is the speaker's own verbal act (GUIDELINES:
// denial), not a carrier of what it denies, which package extract flags
// negated when it is coded.
func (f *frame) deniedClause(v int, code string) bool {
	return code == "016" && f.lemmaIn(v, denyVerbs) && f.childRel(v, func(r string) bool { return r == "ccomp" }) >= 0
}

// foreseen reports whether statement code of clause v is the speaker's
// optimism or pessimism (013, 012) about what a clause under the mood
// adjective foresees ("said he was confident that Israel and the
// Palestinians would reach an agreement"): the mood is the speaker's own
// act, not a carrier of the act foreseen.
func (f *frame) foreseen(v int, code string) bool {
	if code != "012" && code != "013" || f.moodCode(v) != code {
		return false
	}
	return f.childRel(f.complementOf(v), func(r string) bool { return r == "ccomp" }) >= 0
}

// judgedBy reports whether clause v is what a speech verb coded as
// criticism (root 11) reports: its complement, or the clause a closing
// speaker hangs from.
func (f *frame) judgedBy(v int, evs []Event, verb []int) bool {
	for j, w := range verb {
		if w < 0 || w == v || !strings.HasPrefix(evs[j].Code, "11") {
			continue
		}
		if c := f.complementOf(w); c >= 0 && f.clauseBase(c) == v {
			return true
		}
		if (f.toks[w].Rel == "parataxis" || f.toks[w].Rel == "ccomp") && f.head(w) == v {
			return true
		}
	}
	return false
}

// intentCarriers are the lemmas (upper case) of verbs of intent whose
// open complement, when coded, is the event: what was agreed, pledged or
// offered.
var intentCarriers = map[string]bool{
	"AGREE": true, "PLEDGE": true, "VOW": true, "PROMISE": true, "DECIDE": true, "OFFER": true,
}

// xcompCoded reports whether another event's clause is the open
// complement of clause v or lies inside it.
func (f *frame) xcompCoded(v int, evs []Event, verb []int) bool {
	x := f.childRel(v, func(r string) bool { return r == "xcomp" })
	if x < 0 {
		return false
	}
	for j, u := range verb {
		if u >= 0 && u != v && evs[j].Source != "" && (u == x || f.isAncestor(x, u)) {
			return true
		}
	}
	return false
}

// contentCoded reports whether another event's clause lies in the
// reported content of speech clause v. With mood, the speech act states
// the speaker's optimism or pessimism (012, 013) about a party: then an
// act in the content with an uncoded party (null), no event of its own in
// news, leaves the statement coded ("said it was concerned by Russia's
// decision to suspend the treaty" is the concern about Russia; the treaty
// suspended is no party).
func (f *frame) contentCoded(v int, evs []Event, verb []int, mood bool) bool {
	content := f.complementOf(v)
	if content < 0 && (f.toks[v].Rel == "parataxis" || f.toks[v].Rel == "ccomp") {
		content = f.head(v)
	}
	if content < 0 {
		return false
	}
	for j, u := range verb {
		if u < 0 || u == v || isSpeechCode(evs[j].Code) || mood && f.news && (evs[j].Source == null || evs[j].Target == null) {
			continue
		}
		if u == content || f.isAncestor(content, u) && !f.isAncestor(u, v) {
			return true
		}
	}
	return false
}

// reciprocalVerbs are the lemmas (upper case) of verbs whose coordinated
// subject acts on its own members: "Georgia and Turkey signed accords", "Israel and
// Hamas clashed". Other verbs ("France and Germany backed the plan",
// "want", "go") say that each member acts, not that they act on each
// other.
// jointVerbs (upper-case lemmas) begin or carry out what their object
// names: done by a coordinated subject, a cooperative act is joint (see
// reciprocal).
var jointVerbs = map[string]bool{"BEGIN": true, "START": true, "CONDUCT": true, "STAGE": true, "LAUNCH": true}

var reciprocalVerbs = map[string]bool{
	"MEET": true, "TALK": true, "AGREE": true, "SIGN": true, "NEGOTIATE": true, "DISCUSS": true,
	"CONFER": true, "CONSULT": true, "COOPERATE": true, "COLLABORATE": true, "CONCLUDE": true,
	"INITIAL": true, "FINALIZE": true, "FINALISE": true, "RATIFY": true, "RECONCILE": true, "NORMALIZE": true, "NORMALISE": true,
	"RESTORE": true, "ESTABLISH": true, "EXCHANGE": true, "SWAP": true, "TRADE": true,
	"CLASH": true, "FIGHT": true, "BATTLE": true, "SKIRMISH": true, "QUARREL": true, "FEUD": true,
	"DISPUTE": true, "SPAR": true, "WRANGLE": true, "RESUME": true, "HOLD": true, "REACH": true,
	"FORGE": true, "SETTLE": true, "SEAL": true, "INK": true, "SHAKE": true, "EMBRACE": true, "ALLY": true, "UNITE": true,
	"MERGE": true, "JOIN": true, "RENEW": true, "STRENGTHEN": true, "DEEPEN": true, "BOLSTER": true,
	"IMPROVE": true, "MEND": true, "RESOLVE": true, "ENGAGE": true, "EXTEND": true,
	"UPGRADE": true, "DOWNGRADE": true, "SEVER": true,
}

// joinTogetherNouns (lower-case lemmas) are the objects of "join" that
// make the joiners act together ("France and Britain joined forces").
var joinTogetherNouns = map[string]bool{"force": true, "forces": true, "hand": true, "hands": true}

// objectFightVerbs (upper case) are the reciprocal verbs of fighting
// whose direct object, unless a war, is what the subjects fight.
var objectFightVerbs = map[string]bool{"FIGHT": true, "BATTLE": true}

// warNouns (lower case) are the objects of a fight that are the fight
// itself ("fought a war", "fought a bloody battle").
var warNouns = map[string]bool{"war": true, "battle": true, "conflict": true, "duel": true, "skirmish": true, "fight": true, "campaign": true}

// swapVerbs (upper case) are the reciprocal verbs whose object is what
// the parties give each other ("Russia and Ukraine exchanged prisoners"),
// never a party.
var swapVerbs = map[string]bool{"EXCHANGE": true, "SWAP": true, "TRADE": true}

// MaxPairMembers is the largest coordination whose members are paired:
// "Brazil, Colombia, Mexico and Nicaragua will meet" codes every ordered
// pair (twelve events), as the guidelines code any act among several
// parties. A longer roll ("Britain, Canada, France, Japan, the United
// States and West Germany agreed to cooperate", the Group of Five, Six or
// Seven named one by one) is a set of parties acting as a group: no
// coder writes out its 20 to 42 pairs, and coding them let a handful of
// such sentences make a tenth of a wire service's events.
const MaxPairMembers = 4

// pairsOwn reports whether target token t is the own people of a member
// of the coordinated subject slot src, not a party of its own: "India
// and China agreed to disengage troops" (troops coded INDMIL from the
// context).
func (f *frame) pairsOwn(src, t int) bool {
	if t < 0 {
		return false
	}
	tc := f.tokCode(t)
	if len(tc) <= 3 {
		return false // a named country is a party
	}
	for _, m := range f.memberCodes(src) {
		if len(m.code) >= 3 && m.code[:3] == tc[:3] {
			return true
		}
	}
	return false
}

// disjunctive reports whether slot s coordinates its members with "or"
// or "nor" ("neither the U.S. nor the Soviet Union has ratified it"):
// each member is said to act alone, if at all, never with the others.
func (f *frame) disjunctive(s int) bool {
	for w := f.slots[s].lo; w <= f.slots[s].hi; w++ {
		switch f.words[w].up {
		case "OR", "NOR":
			return f.toks[f.words[w].tok].UPOS == "CCONJ"
		}
	}
	return false
}

// exampleList reports whether the common noun srcTok, heading a source
// slot, names a group whose members are given as examples ("surplus
// countries, like West Germany and Japan", "nations such as Britain and
// France", "states including Italy"): what the group does together is
// not done by one example to another, so the examples are no parties
// to each other.
func (f *frame) exampleList(srcTok int) bool {
	if srcTok < 0 || f.toks[srcTok].UPOS != "NOUN" {
		return false
	}
	for _, c := range f.children(srcTok) {
		if baseRel(f.toks[c].Rel) != "nmod" {
			continue
		}
		switch f.caseWord(c) {
		case "LIKE", "SUCH", "INCLUDING":
			return true
		}
	}
	return false
}

// reciprocal reports whether the verb of hit, coded code, can take a
// coordinated subject as both its parties.
func (f *frame) reciprocal(hit verbHit, code string) bool {
	t := f.words[hit.head].tok
	if f.news && (f.eachOther(t) || f.jointObject(t) && len(code) >= 2 && code[:2] >= "03" && code[:2] <= "06") {
		// (Joint acts of cooperation only: "conduct a joint
		// investigation" investigates others.)
		return true
	}
	if f.lemmaIn(t, reciprocalVerbs) {
		// "Russia and Switzerland fought organized crime", "fight
		// inflation": a fight with an object other than the war
		// itself is waged on that object, not between the subjects
		// ("India and Pakistan fought a war").
		o := f.childRel(t, func(r string) bool { return r == "obj" })
		if o >= 0 && strings.EqualFold(f.toks[t].Lemma, "join") && !joinTogetherNouns[strings.ToLower(f.toks[o].Lemma)] {
			// "Spain and Portugal joined the bloc", "joined the
			// talks": each joins what the object names (coded or
			// not), not the other; "joined forces" and "joined
			// hands" are together.
			return false
		}
		return !(f.lemmaIn(t, objectFightVerbs) && o >= 0 && !warNouns[strings.ToLower(f.toks[o].Lemma)])
	}
	if f.lemmaIn(t, jointVerbs) && len(code) >= 2 && code[:2] >= "04" && code[:2] <= "08" {
		// "Russia and Belarus began joint military exercises": a
		// cooperative act begun or staged together.
		return true
	}
	// "Israel and Hamas agreed to extend the truce": what two parties
	// agree to do, they do with each other when it is cooperation;
	// what they decide to ban, restrict or fight is done to others
	// ("Intel, Samsung and the Foreign Office decided to ban camera
	// phones").
	return f.toks[t].Rel == "xcomp" && f.head(t) >= 0 && f.lemmaIn(f.head(t), agreeVerbs) && !(len(code) >= 2 && code[:2] >= "10")
}

// jointObject reports whether the object of verb t is done jointly
// ("China and Russia launched joint naval drills", "held bilateral
// talks").
func (f *frame) jointObject(t int) bool {
	o := f.childRel(t, func(r string) bool { return r == "obj" })
	if o < 0 {
		return false
	}
	for _, c := range f.children(o) {
		if f.toks[c].Rel == "amod" {
			switch strings.ToUpper(f.toks[c].Text) {
			case "JOINT", "BILATERAL":
				return true
			}
		}
	}
	return false
}

// eachOther reports whether verb t has "each other" or "one another" as
// its object or in one of its phrases ("India and Pakistan accused each
// other", "clashed with one another").
func (f *frame) eachOther(t int) bool {
	for _, c := range f.children(t) {
		if r := baseRel(f.toks[c].Rel); r != "obj" && r != "obl" && r != "iobj" {
			continue
		}
		// UD hangs "other" on "each" (fixed); a parse may do the
		// reverse.
		w := f.upToks[f.tokWord[c]]
		for _, d := range f.children(c) {
			u := f.upToks[f.tokWord[d]]
			if (w == "EACH" || w == "ONE") && (u == "OTHER" || u == "ANOTHER") ||
				(w == "OTHER" || w == "ANOTHER") && (u == "EACH" || u == "ONE") {
				return true
			}
		}
	}
	return false
}

// agreeVerbs (upper case) are the reciprocal verbs whose infinitive
// complement is a joint act.
var agreeVerbs = map[string]bool{"AGREE": true, "DECIDE": true, "PLEDGE": true, "VOW": true, "PROMISE": true}

// pairEvents codes an act among the members of compound slot s in both
// directions; none when the slot has more than MaxPairMembers codes.
func (f *frame) pairEvents(hit verbHit, code string, s, tok int) []Event {
	mc := f.sharedRole(s, tok, f.memberCodes(s))
	distinct := map[string]bool{}
	for _, m := range mc {
		distinct[m.code] = true
	}
	if len(distinct) > MaxPairMembers {
		return nil
	}
	vspan := f.span(hit.vs, hit.ve)
	var out []Event
	for _, a := range mc {
		for _, b := range mc {
			if a.code == b.code || a.code == null || b.code == null {
				continue
			}
			out = append(out, Event{Source: a.code, Target: b.code, Code: code,
				SourceSpan: a.span, TargetSpan: b.span, VerbSpan: vspan})
		}
	}
	return out
}

// intentCodes maps the root of a cooperative act to the CAMEO code of the
// intent to do it (GUIDELINES: an actor saying it will do something is
// coded with the matching 03 code). An appeal (02) a party says it will
// make ("Lyng said he will ask Japan to remove its beef quotas", "the
// institute said it intended to ask the government to retaliate") is its
// stated intent too, which CAMEO has no narrower code for than the intent
// to cooperate (030): the request is not yet made.
var intentCodes = map[string]string{"02": "030", "04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}

// ThreatCode returns the CAMEO code of threatening to do the act coded
// code: military force for assaults, fighting and mass violence (138),
// repression (137), sanctions and reduced relations (1312, 131), protest
// and strikes (133, political dissent), else the generic threat (130).
func ThreatCode(code string) string {
	if len(code) < 2 {
		return "130"
	}
	switch code[:2] {
	case "14":
		return "133"
	case "18", "19", "20":
		return "138"
	case "17":
		return "137"
	case "16":
		if strings.HasPrefix(code, "163") {
			return "1312"
		}
		return "131"
	}
	return "130"
}

// RejectionCode returns the CAMEO code of refusing to do the act coded
// code: refusing to meet or negotiate, or the intent to (125), to
// release people (1243), to ease sanctions (1244) or to withdraw (1246),
// to yield otherwise (124), to give aid (122), to cooperate materially
// (121), else the generic rejection (120).
func RejectionCode(code string) string {
	switch {
	case len(code) < 2:
		return "120"
	case strings.HasPrefix(code, "04"), code == "036":
		// (The intent to meet or negotiate refused: "not prepared
		// to negotiate".)
		return "125"
	case strings.HasPrefix(code, "084"):
		return "1243"
	case strings.HasPrefix(code, "085"):
		return "1244"
	case strings.HasPrefix(code, "087"):
		return "1246"
	case strings.HasPrefix(code, "08"):
		return "124"
	case strings.HasPrefix(code, "07"):
		return "122"
	case strings.HasPrefix(code, "06"):
		return "121"
	}
	return "120"
}

// hostile reports whether a code's root is a hostile act (15-20), which
// a speaker saying it will do it threatens ("Iran said it would retaliate
// against Israel" threatens force, 138).
func hostile(code string) bool {
	return len(code) >= 2 && code[0] == '1' && code[1] >= '5' || strings.HasPrefix(code, "20")
}

// CooperativeIntent returns the CAMEO code of the intent to do a
// cooperative act or an appeal of root (two digits, "04" → "036", "02" →
// "030"), and false for any other root.
func CooperativeIntent(root string) (string, bool) {
	ic, ok := intentCodes[root]
	return ic, ok
}

// intentCode returns the code of the event of clause t with source slot
// src, and whether it is a stated intent: the intent code when the
// clause is the future or conditional complement of a speech verb whose
// speaker is the source, or whose state the source is ("Kato said he
// will meet Lyng", "Blair said Britain would send troops"), else code
// unchanged.
func (f *frame) intentCode(t, src int, code string) (string, bool) {
	if len(code) < 2 || src < 0 {
		return code, false
	}
	ic, ok := intentCodes[code[:2]]
	if !ok && hostile(code) {
		ic, ok = ThreatCode(code), true
	}
	if !ok && code[:2] == "03" {
		ic, ok = code, true // already an intent ("would open a dialogue", 036)
	}
	if !ok || !f.futureClause(t) || f.negatedWord(t) {
		// ("Turkey would not bow to pressure" states no intent to
		// yield.)
		return code, false
	}
	sp := f.slotOf(f.speaker(t))
	if lf := f.lookingForward(t); sp < 0 && lf >= 0 {
		// "Chirac looked forward to meeting Reagan": the one looking
		// forward states his intent.
		sp = f.slotOf(f.depSubject(lf, 0))
	}
	if sp < 0 || f.firstCode(src) == null {
		return code, false
	}
	if sp != src && !(f.pronounSlot(src) && f.firstCode(sp) == f.firstCode(src)) && !f.ownState(sp, src) && !f.ownInstitution(sp, src) {
		// Another party's act ("officials said the government would
		// ..."), not the speaker's own intent.
		return code, false
	}
	return ic, true
}

// ownState reports whether slot src is the bare country whose government
// the speaker of slot sp belongs to: "Blair said Britain would send
// troops" is his government's intent.
func (f *frame) ownState(sp, src int) bool {
	s, c := f.firstCode(sp), f.firstCode(src)
	return f.news && len(c) == 3 && len(s) >= 6 && s[:3] == c && s[3:6] == "GOV"
}

// ownInstitution reports whether slot src is the institution, named by
// a definite description ("the Bank", "the Commission"), that the speaker
// of slot sp belongs to with the same code: "World Bank President Barber
// Conable said the Bank would help Indonesia" is the Bank's intent.
func (f *frame) ownInstitution(sp, src int) bool {
	s, c := f.firstCode(sp), f.firstCode(src)
	if !f.news || s != c || len(c) <= 3 || len(f.slots[src].members) != 1 {
		return false
	}
	h := f.words[f.slots[src].members[0].head].tok
	return actors.InstitutionNoun(f.toks[h].Text) && f.childRel(h, func(r string) bool { return r == "det" }) >= 0
}

// readinessWords (upper case) are the adjectives of an actor ready to
// act: the act they govern is intended, not done.
var readinessWords = map[string]bool{
	"READY": true, "WILLING": true, "PREPARED": true, "DETERMINED": true, "EAGER": true, "KEEN": true,
}

// lookingForward returns the verb "look" with "forward" that clause t
// is the "to" gerund of, itself or as a later conjunct ("looks forward
// to continuing the relationship and working with him"), or -1.
func (f *frame) lookingForward(t int) int {
	x := t
	for n := 0; n < 4 && f.toks[x].Rel == "conj"; n++ {
		if x = f.head(x); x < 0 {
			return -1
		}
	}
	if f.toks[x].XPOS != "VBG" || !f.hasMark(x, "TO") && f.caseWord(x) != "TO" || baseRel(f.toks[x].Rel) != "advcl" && baseRel(f.toks[x].Rel) != "obl" {
		return -1
	}
	h := f.head(x)
	if h < 0 || !strings.EqualFold(f.toks[h].Lemma, "look") {
		return -1
	}
	for _, c := range f.children(h) {
		if f.upToks[f.tokWord[c]] == "FORWARD" {
			return h
		}
	}
	return -1
}

// futureClause reports whether clause t, or a clause of its chain of
// xcomps and infinitives of purpose ("would use every means to persuade
// Congress": the persuading is intended too), has a will/would/shall
// auxiliary or hangs on an adjective of readiness ("ready to hold
// talks"), or is what its subject looks forward to ("looks forward to
// working with him"); a perfect conditional ("would have met") is not
// future.
func (f *frame) futureClause(t int) bool {
	if f.lookingForward(t) >= 0 {
		return true
	}
	t = f.sharedConjunctHead(t)
	for x, n := t, 0; x >= 0 && n < 4; n++ {
		modal, perfect := false, false
		for _, c := range f.children(x) {
			if f.toks[c].Rel != "aux" {
				continue
			}
			switch f.upToks[f.tokWord[c]] {
			case "WILL", "WOULD", "SHALL", "'LL", "WO":
				modal = true
			case "HAVE", "'VE":
				perfect = true
			}
		}
		if modal {
			// "would have been wiser to establish ...": a past
			// conditional is no intent.
			return !perfect
		}
		if f.toks[x].Rel != "xcomp" && !(baseRel(f.toks[x].Rel) == "advcl" && f.hasMark(x, "TO")) {
			break
		}
		x = f.head(x)
		if x >= 0 && readinessWords[f.upToks[f.tokWord[x]]] {
			// "said it was ready to hold talks": readiness is intent.
			return true
		}
	}
	return false
}

// sharedConjunctHead returns the first conjunct of verb t when t is a
// later conjunct sharing its subject and auxiliaries ("would meet and
// negotiate with China", "ready to study and cooperate with China": the
// negotiating and the cooperating are as intended as the first verb),
// else t.
func (f *frame) sharedConjunctHead(t int) int {
	for n := 0; n < 4 && t >= 0 && f.toks[t].Rel == "conj"; n++ {
		own := f.childRel(t, func(r string) bool {
			switch baseRel(r) {
			case "nsubj", "aux", "cop", "csubj":
				return true
			}
			return false
		})
		h := f.head(t)
		if own >= 0 || h < 0 || f.toks[h].UPOS != "VERB" {
			return t
		}
		t = h
	}
	return t
}

// pronounSlot reports whether slot s is a lone pronoun ("he", "it").
func (f *frame) pronounSlot(s int) bool {
	sl := &f.slots[s]
	return len(sl.members) == 1 && f.toks[f.words[sl.members[0].head].tok].UPOS == "PRON"
}

// complementStart returns the first word of the clausal complement
// (ccomp) of verb word w when it follows the verb, or -1.
func (f *frame) complementStart(w int) int {
	t := f.clauseBase(f.words[w].tok)
	c := f.complementOf(t)
	if c < 0 || c < t {
		return -1
	}
	first := c
	for _, x := range f.subtree(c, f.scratch[:0]) {
		if x < first {
			first = x
		}
	}
	if first <= f.words[w].tok {
		return -1
	}
	return f.tokWord[first]
}

// reporting reports whether token t is a reporting verb: by its lemma,
// or, without one, by the regular forms of the lemma and said/told.
func (f *frame) reporting(t int) bool {
	if f.toks[t].Lemma == "" {
		switch f.upToks[f.tokWord[t]] {
		case "SAID", "TOLD", "WROTE":
			return true
		}
	}
	return f.lemmaIn(t, reportingVerbs)
}

// stateClause reports whether clause t is a relative clause in the simple
// present ("Turkey, which occupies northern Cyprus"): a state or
// condition, not an event (GUIDELINES sec. 1). A clause the present of
// which a time to come dates ("Nakasone, who leaves for Washington
// tomorrow", "who visits Bonn next week", "on Friday") is a scheduled
// act, no state (scheduledTime).
func (f *frame) stateClause(t int) bool {
	x := &f.toks[t]
	if x.XPOS != "VBZ" && x.XPOS != "VBP" {
		return false
	}
	rel := x.Rel == "acl:relcl"
	for _, c := range f.children(t) {
		if f.scheduledTime(c) {
			return false
		}
		switch f.toks[c].Rel {
		case "aux", "aux:pass":
			return false
		case "nsubj":
			switch f.upToks[f.tokWord[c]] {
			case "WHO", "WHICH", "THAT":
				rel = true
			}
		}
	}
	return rel
}

// scheduledTime reports whether token c, a dependent of a verb, is a
// time to come that dates it: "tomorrow", a time noun after "next"
// ("next week") or a weekday after "on" ("on Friday").
func (f *frame) scheduledTime(c int) bool {
	w := f.upToks[f.tokWord[c]]
	if w == "TOMORROW" {
		return true
	}
	if !nlp.TimeNoun(f.toks[c].Text) {
		return false
	}
	for _, k := range f.children(c) {
		switch f.upToks[f.tokWord[k]] {
		case "NEXT":
			return true
		case "ON":
			if strings.HasSuffix(w, "DAY") && w != "DAY" && w != "TODAY" && w != "YESTERDAY" {
				return true // a weekday
			}
		}
	}
	return false
}

// warnedObligation reports whether warning verb t says what the subject
// of its clause should do (appealContent) or has to do: "warned the
// government would have to work hard" is an admonition, where "said
// voters will have to wait" only states what will happen.
func (f *frame) warnedObligation(t int) bool {
	if f.appealContent(t) {
		return true
	}
	c := f.complementOf(t)
	if c < 0 {
		return false
	}
	if l := strings.ToLower(f.toks[c].Lemma); l == "have" || l == "need" {
		for _, x := range f.children(c) {
			if f.toks[x].Rel == "xcomp" {
				return true
			}
		}
	}
	return false
}

// appealContent reports whether the clause reported by speech verb t says
// what its subject should do: a should/must/ought auxiliary ("a study
// group said the United States should increase its reserve"), or "need"
// with its infinitive and no auxiliary ("Yeutter said Japan needs to
// open its markets", "said the companies needed to reverse the
// record"; "will need to" foretells).
func (f *frame) appealContent(t int) bool {
	c := f.complementOf(t)
	if c < 0 || f.reproach(c) {
		return false
	}
	need := strings.EqualFold(f.toks[c].Lemma, "need") && strings.HasPrefix(f.toks[c].XPOS, "VB") && !f.negatedWord(c)
	to := false
	for _, x := range f.children(c) {
		switch f.toks[x].Rel {
		case "aux":
			switch f.upToks[f.tokWord[x]] {
			case "SHOULD", "MUST", "OUGHT":
				return true
			}
			need = false
		case "xcomp":
			// A to-infinitive: "need financing" is no appeal.
			to = to || f.hasMark(x, "TO")
		case "obj":
			need = false // "said Britain needed a slimmer government to compete"
		}
	}
	return need && to
}

// reproach reports whether clause c says what its subject should have
// done: a should, ought or must auxiliary with the perfect ("said the
// government should have acted sooner", "should not have been sold"),
// blame for what was done (111), no appeal.
func (f *frame) reproach(c int) bool {
	modal, perfect := false, false
	for _, x := range f.children(c) {
		if r := f.toks[x].Rel; r != "aux" && r != "aux:pass" {
			continue
		}
		switch f.upToks[f.tokWord[x]] {
		case "SHOULD", "OUGHT", "MUST":
			modal = true
		case "HAVE":
			perfect = modal
		}
	}
	return perfect
}

// commentVerbs are the lemmas (upper case) of speaking that a refusal
// makes a declined comment: "declined to comment", "refused to
// elaborate", "would not say".
var commentVerbs = map[string]bool{
	"COMMENT": true, "ELABORATE": true, "SPECULATE": true, "SAY": true, "DISCUSS": true,
	"DISCLOSE": true, "CONFIRM": true,
}

// unwillingVerbs are the lemmas (upper case) whose negation with a
// verb of commentVerbs withholds comment: "did not wish to comment".
var unwillingVerbs = map[string]bool{"WISH": true, "WANT": true}

// refusalModal reports whether verb t has "would" or "will" among its
// auxiliaries: "would not comment" refuses, "did not comment" reports
// only that no comment came.
func (f *frame) refusalModal(t int) bool {
	for _, c := range f.children(t) {
		if f.toks[c].Rel == "aux" {
			if a := f.upToks[f.tokWord[c]]; a == "WOULD" || a == "WILL" || a == "WO" {
				return true
			}
		}
	}
	return false
}

// declinedComment reports whether verb t refuses to speak: a form of
// decline or refuse (read from the word: the lemmatizer cuts "declined"
// to "declin"), or a negated verb of unwillingVerbs, whose open
// complement is a verb of commentVerbs or "give details"; or a verb of
// commentVerbs itself negated under a modal of refusal ("would not
// comment").
func (f *frame) declinedComment(t int) bool {
	w := f.upToks[f.tokWord[t]]
	if f.negatedWord(t) && f.refusalModal(t) && (f.lemmaIn(t, commentVerbs) && !f.assertedContent(t) || f.drawnOut(t)) {
		// "would not comment", "would not say whether", "would not be
		// drawn on the claim".
		return true
	}
	refusal := strings.HasPrefix(w, "DECLIN") || strings.HasPrefix(w, "REFUS")
	if !refusal && !(f.negatedWord(t) && f.lemmaIn(t, unwillingVerbs)) {
		// "did not wish to comment" refuses as "declined to" does.
		return false
	}
	for _, c := range f.children(t) {
		if f.toks[c].Rel != "xcomp" {
			continue
		}
		if f.lemmaIn(c, commentVerbs) || f.drawnOut(c) {
			return true
		}
		if strings.EqualFold(f.toks[c].Lemma, "give") {
			for _, o := range f.children(c) {
				if f.toks[o].Rel == "obj" && strings.EqualFold(f.toks[o].Lemma, "detail") {
					return true
				}
			}
		}
	}
	return false
}

// assertedContent reports whether verb t has a clausal complement that
// is no question: "I wouldn't say the tax had no effect" hedges a
// statement, where "would not say whether he will resign" withholds
// one.
func (f *frame) assertedContent(t int) bool {
	for _, c := range f.children(t) {
		if f.toks[c].Rel == "ccomp" && !f.question(c) {
			return true
		}
	}
	return false
}

// drawnOut reports whether verb t is the passive "be drawn" of the idiom
// of refusing to comment ("refused to be drawn on the timing of the
// election", "would not be drawn on the claim"): "draw" with a passive
// auxiliary and no phrase of "into" ("declined to be drawn into the
// conflict" keeps out of a quarrel, it does not withhold comment) and
// no object.
func (f *frame) drawnOut(t int) bool {
	if !strings.EqualFold(f.toks[t].Lemma, "draw") {
		return false
	}
	pass := false
	for _, c := range f.children(t) {
		switch r := f.toks[c].Rel; {
		case r == "aux:pass":
			pass = true
		case strings.HasPrefix(r, "obl") && f.caseWord(c) == "INTO", r == "obj":
			return false
		}
	}
	return pass
}

// ownedComment reports whether the object of verb t is someone's comment
// or the comment the sentence names: a "comment" or "remark" with a
// possessor ("Mr Howard's comment"), a "by" or "from" phrase ("the
// comments by the minister") or a definite or demonstrative determiner
// ("rejected the comments", "dismissed these remarks"). Bare or
// quantified comment ("declined comment", "refused any comment") is
// comment withheld.
func (f *frame) ownedComment(t int) bool {
	o := f.childRel(t, func(r string) bool { return r == "obj" })
	if o < 0 || !f.lemmaIn(o, commentNouns) {
		return false
	}
	return slices.ContainsFunc(f.children(o), func(k int) bool {
		switch r := f.toks[k].Rel; {
		case r == "nmod:poss":
			return true
		case r == "det":
			switch f.upToks[f.tokWord[k]] {
			case "THE", "THIS", "THESE", "THAT", "THOSE":
				return true
			}
		case baseRel(r) == "nmod":
			return f.caseWord(k) == "BY" || f.caseWord(k) == "FROM"
		}
		return false
	})
}

// commentNouns (upper-case lemmas) are words of comment: see ownedComment.
var commentNouns = map[string]bool{"COMMENT": true, "REMARK": true}

// commentedParty returns, for a refusal to comment t ("declined to
// comment on the U.S. proposal"), the party the comment would be about:
// the actor the "on" or "about" phrase of the comment verb names, or
// the owner of the act or words it names (actOwner); -1 when there is
// none, or when it is the press or business ("declined to comment on a
// New York Times report").
func (f *frame) commentedParty(t int) int {
	for _, c := range f.children(t) {
		if f.toks[c].Rel != "xcomp" || !f.lemmaIn(c, commentVerbs) {
			continue
		}
		for _, k := range f.children(c) {
			if baseRel(f.toks[k].Rel) != "obl" || f.caseWord(k) != "ON" && f.caseWord(k) != "ABOUT" {
				continue
			}
			p := k
			if !f.lookCoded(p) {
				// The owner of what is commented on ("the prime
				// minister's remarks", "the U.S. proposal"), not a
				// place in a name ("the Paris accord").
				p = f.actOwner(k, -1)
			}
			if p < 0 {
				// Its author in a "by" phrase, hung on the noun or
				// on the comment verb ("declined to comment on
				// criticism by Treasury Secretary James Baker").
				p = f.byAuthor(k, c)
			}
			if p >= 0 && !f.mediaActor(p) && !f.businessActor(p) {
				return p
			}
		}
	}
	return -1
}

// byAuthor returns the coded party of a "by" phrase on noun k or, the
// parser's other reading, on verb v that k is a phrase of (-1 for none):
// "criticism by James Baker". It returns -1 when there is none.
func (f *frame) byAuthor(k, v int) int {
	for _, h := range []int{k, v} {
		if h < 0 {
			continue
		}
		for _, b := range f.children(h) {
			if (isNmod(f.toks[b].Rel) || baseRel(f.toks[b].Rel) == "obl") && f.caseWord(b) == "BY" && (f.slotCoded(b) || f.lookCoded(b)) {
				return b
			}
		}
	}
	return -1
}

// businessActor reports whether token a heads a phrase coded as a firm,
// dealers or markets (the role BUS): what they do or say is market news
// ("declined to comment on the dealers' remarks").
func (f *frame) businessActor(a int) bool { return f.roleAt(a, "BUS") }

// anonymityRequest reports whether clause t asks for the speaker's
// anonymity ("the official, who asked to remain anonymous", "asked not
// to be named"): a request to nobody, no event.
func (f *frame) anonymityRequest(t int) bool {
	if !f.lemmaIn(t, askVerbs) {
		return false
	}
	for _, c := range f.children(t) {
		if f.toks[c].Rel != "xcomp" {
			continue
		}
		// The complement itself ("not to be named") or its predicate
		// ("to remain anonymous"), not a word deep inside it ("to
		// pinpoint ... the reductions identified by Eurofer").
		if anonymityWords[f.upToks[f.tokWord[c]]] {
			return true
		}
		for _, x := range f.children(c) {
			if anonymityWords[f.upToks[f.tokWord[x]]] {
				return true
			}
		}
	}
	return false
}

// anonymityWords (upper case) ask for a source's anonymity.
var anonymityWords = map[string]bool{
	"ANONYMOUS": true, "ANONYMITY": true, "NAMED": true, "IDENTIFIED": true, "UNNAMED": true,
}

// askVerbs (upper case) ask for something.
var askVerbs = map[string]bool{"ASK": true, "REQUEST": true}

// toInfinitive returns the open complement of verb t ("warned Japan to
// lift the sanctions"), also when the parser made it an adverbial clause
// with "to", or -1.
// objectInfinitive reports whether the object of verb t carries a "to"
// infinitive, the parse of "warned the U.S. and other countries not to
// interfere" that hangs the warned act on the object (acl) rather than
// on the verb.
func (f *frame) objectInfinitive(t int) bool {
	for _, o := range f.children(t) {
		if f.toks[o].Rel != "obj" {
			continue
		}
		for _, c := range f.children(o) {
			if f.toks[c].Rel == "acl" && f.hasMark(c, "TO") {
				return true
			}
		}
	}
	return false
}

func (f *frame) toInfinitive(t int) int {
	for _, c := range f.children(t) {
		switch f.toks[c].Rel {
		case "xcomp":
			return c
		case "advcl":
			for _, m := range f.children(c) {
				if f.toks[m].Rel == "mark" && strings.EqualFold(f.toks[m].Text, "to") {
					return c
				}
			}
		}
	}
	return -1
}

// allegeOnlyVerbs (upper case) report only what is held against the
// actor they speak of: a statement about an actor with them is an
// accusation (112). "Claim" also claims success or a right, and is
// coded by what it reports.
var allegeOnlyVerbs = map[string]bool{"ALLEGE": true}

// opposedMeasureEvents returns the events of criticism code of clause vt
// by source slot src (token srcTok) aimed at a measure that no party is
// named for (see measureNoun); support (05, backVerbs: "the Lib Dems
// backed the bill") is taken as criticism is, but a state's or an
// international body's gives no event. For a domestic critic (a code with a
// role other than GOV: the opposition, legislators, courts, unions,
// churches, parties, business) the measure stands for the government
// of its country ("the Lib Dems branded the ID scheme a waste of
// money", "the Tories said the bill was a shambles" → GBROPP GBRGOV;
// "the law lords said the measures were incompatible with human rights
// law" → GBRJUD GBRGOV). A state or an international body criticising
// it ("Spain and Portugal opposed the scheme", "the EC opposed the
// bills") criticises no party the sentence names: an event with no
// target. A government's criticism (a code of role GOV) is left out: it
// is as often of the opposition's plans as of another state's. A
// government's act (judgedActNouns: "the move", "the decision") stands
// for its government only for a political critic (politicalCritic). The
// measure is the verb's uncoded object tgtTok, or the subject of the
// clause the verb reports. Nil when there is no such measure or no such
// source.
func (f *frame) opposedMeasureEvents(hit verbHit, vt, src, srcTok, tgtTok int, code string) []Event {
	m := -1
	switch {
	case tgtTok >= 0 && f.measureNoun(tgtTok):
		m = tgtTok
	case tgtTok < 0:
		if c := f.complementOf(vt); c >= 0 && !f.conjoinedClause(f.clauseBase(c)) {
			// (A second clause with a subject of its own may be what
			// judges: "said the current scheme has helped some, but
			// this new approach will end the scandal".)
			if sb := f.childRel(f.clauseBase(c), func(r string) bool { return r == "nsubj" || r == "nsubj:pass" }); sb >= 0 && f.measureNoun(sb) {
				m = sb
			}
		}
	}
	if m < 0 {
		return nil
	}
	// A move or a decision is as often a firm's, a court's or a
	// union's as the government's: only the political critics'
	// (politicalCritic) stands for the government.
	act := !f.lemmaIn(m, measureNouns)
	lo := m
	for _, k := range f.children(m) {
		if k < lo && (f.toks[k].Rel == "det" || f.toks[k].Rel == "compound" || f.toks[k].Rel == "amod") {
			lo = k
		}
	}
	var out []Event
	for _, a := range f.codesAt(src, srcTok) {
		switch {
		case a.code == "" || strings.HasPrefix(a.code, null):
		case (len(a.code) == 3 || strings.HasPrefix(a.code, "IGO")) && strings.HasPrefix(code, "05"):
			// "Spain backed the scheme": support of a measure of no
			// named author is no act toward a party.
		case len(a.code) == 3 || strings.HasPrefix(a.code, "IGO"):
			// "Spain and Portugal opposed the scheme", "the EC
			// opposed the bills": a state or an international body
			// criticising a measure of no named author criticises
			// no actor the sentence names.
			out = append(out, Event{Source: a.code, Code: code, SourceSpan: a.span, VerbSpan: f.span(hit.vs, hit.ve)})
		case strings.HasPrefix(code, "12") && (len(a.code) == 6 && !rejectingCritic[a.code[3:]] || f.unspecifiedPart(srcTok)):
			// A measure a firm, a union or a bank rejects is as often
			// a firm's or a foreign government's as its own
			// government's ("the banks rejected the proposal"); an
			// unspecified part of a group ("said some Republicans
			// were trying to block the bill") is no identifiable
			// actor.
		case len(a.code) == 6 && a.code[3:] != "GOV" && !strings.HasPrefix(a.code, "NGO") && !strings.HasPrefix(a.code, "MNC") && (!act || politicalCritic[a.code[3:]]):
			// "the Tories said the bill was a shambles", "the law
			// lords said the measures were incompatible with human
			// rights law", "U.S. cattlemen opposed the scheme": a
			// domestic critic's unnamed measure is its government's.
			out = append(out, Event{Source: a.code, Target: a.code[:3] + "GOV", Code: code, SourceSpan: a.span,
				TargetSpan: f.span(f.tokWord[lo], f.tokWord[m]), VerbSpan: f.span(hit.vs, hit.ve)})
		}
	}
	return out
}

// measureNoun reports whether token x is a government measure or act
// named without its author (see unownedNoun): "the bill", "the ID
// scheme", "the move".
func (f *frame) measureNoun(x int) bool {
	return f.unownedNoun(x, measureNouns) || f.unownedNoun(x, judgedActNouns)
}

// politicalCritic holds the roles (the code's letters after the
// country) of the domestic critics whose judgement of a move or a
// decision of no named author is of their government: the opposition,
// legislators, parties, business, environmental groups ("Ancram said
// the move would be profoundly wrong", "industry officials criticised
// the move"; not the unions', charities' or plaintiffs' lawyers' "the
// move", as often a firm's or a court's).
var politicalCritic = map[string]bool{"OPP": true, "LEG": true, "PTY": true, "BUS": true, "ENV": true}

// unspecifiedPart reports whether token x is determined as an
// unspecified part of a group ("some Republicans", "many lawyers"),
// which is no identifiable actor (GUIDELINES, statements).
func (f *frame) unspecifiedPart(x int) bool {
	return x >= 0 && slices.ContainsFunc(f.children(x), func(k int) bool {
		return (f.toks[k].Rel == "det" || f.toks[k].Rel == "amod") && partWords[f.upToks[f.tokWord[k]]]
	})
}

// partWords (upper case) determine an unspecified part of a group.
var partWords = map[string]bool{
	"SOME": true, "MANY": true, "MOST": true, "SEVERAL": true, "FEW": true, "NUMEROUS": true,
	"OTHER": true, "CERTAIN": true,
}

// rejectingCritic holds the roles of the domestic critics whose rejection
// of a measure of no named author (root 12) is of their government's:
// the opposition and legislators ("the Liberal Democrats oppose the
// plans", "MPs rejected the bill").
var rejectingCritic = map[string]bool{"OPP": true, "LEG": true}

// opposeVerbs (upper-case lemmas) reject or oppose a measure put forward:
// not "dropped the plans" or "declined to detail the measures", which
// the dictionaries code 12 too.
var opposeVerbs = map[string]bool{
	"REJECT": true, "OPPOSE": true, "BLOCK": true, "VETO": true, "RESIST": true, "REBUFF": true,
	"SPURN": true, "DISMISS": true, "REFUSE": true,
}

// backVerbs (upper-case lemmas) back or praise a measure put forward
// ("the Tories backed the bill"): support (05) of a measure no one is
// named for stands for its government as criticism does (see
// opposedMeasureEvents).
var backVerbs = map[string]bool{
	"BACK": true, "SUPPORT": true, "ENDORSE": true, "PRAISE": true, "APPLAUD": true, "HAIL": true, "WELCOME": true,
}

// backedMeasure reports whether clause vt of a verb of backVerbs, by
// the source at token srcTok, backs its object tgtTok as a measure that
// may stand for its government: not a measure with a compound before it
// ("the Pacific Gas decision", "the committee bill" name another
// author), nor backing asked of the source ("urged politicians on all
// sides to back the bill"), nor by an unspecified part of a group ("some
// firms"), nor a clause with a conjunct verb (its events are coded
// with the clause's: "backed the proposals but said ministers had been
// playing catch-up").
func (f *frame) backedMeasure(vt, srcTok, tgtTok int) bool {
	if tgtTok < 0 || !f.lemmaIn(vt, backVerbs) || f.unspecifiedPart(srcTok) {
		return false
	}
	if f.childRel(tgtTok, func(r string) bool { return r == "compound" }) >= 0 || f.childRel(vt, func(r string) bool { return r == "conj" }) >= 0 {
		return false
	}
	h := f.toks[vt].Head - 1
	return h < 0 || !f.lemmaIn(h, controlVerbs)
}

// judgedActNouns (upper-case lemmas) name a government's act, as
// measureNouns name its measures, that a judgement may be said of with
// no author named: "said the move would be profoundly wrong", "said the
// decision was a betrayal".
var judgedActNouns = map[string]bool{
	"MOVE": true, "DECISION": true, "ACTION": true, "STEP": true, "ANNOUNCEMENT": true,
}

// unownedNoun reports whether token x is one of nouns (upper-case
// lemmas) named without its author: with a definite determiner ("the
// bill", "these proposals", "such attacks") or a bare plural with an
// infinitive ("plans to close the base"), no possessor and no "of",
// "by" or "from" phrase ("the EC's plan", "the plan by the Tories" name
// whose it is).
func (f *frame) unownedNoun(x int, nouns map[string]bool) bool {
	if f.toks[x].UPOS != "NOUN" || !f.lemmaIn(x, nouns) || f.slotCoded(x) || f.lookCoded(x) {
		return false
	}
	def, det, content := false, false, false
	for _, k := range f.children(x) {
		switch r := f.toks[k].Rel; {
		case r == "nmod:poss", r == "compound" && (f.slotCoded(k) || f.lookCoded(k)):
			return false
		case isNmod(r) || r == "acl" || r == "acl:relcl":
			switch f.caseWord(k) {
			case "OF", "BY", "FROM":
				return false
			}
			content = content || r == "acl" && f.hasMark(k, "TO")
		case r == "det" || r == "amod":
			switch f.upToks[f.tokWord[k]] {
			case "THE", "THIS", "THESE", "SUCH":
				def = true
			}
			det = det || r == "det"
		}
	}
	// A bare plural that says what it would do is as definite: "Plans
	// to store foreign nuclear waste in the UK have been branded
	// irresponsible".
	return def || !det && content && f.toks[x].XPOS == "NNS"
}

// MeasureWord reports whether word (any case) is a noun of measureNouns
// or its plural ("plans", "policies"): a measure that the opposition's
// criticism may stand for its government by (see opposedMeasureEvents),
// so that a sentence naming one actor and such a measure may hold an
// event.
func MeasureWord(word string) bool { return nounOrPlural(word, measureNouns) }

// JudgedActWord reports whether word (any case) is a noun of
// judgedActNouns or its plural ("the move", "the decision"): an act that
// criticism may stand for its government by, as a measure (see
// MeasureWord).
func JudgedActWord(word string) bool { return nounOrPlural(word, judgedActNouns) }

// nounOrPlural reports whether word (any case) or its singular is one of
// nouns (upper case).
func nounOrPlural(word string, nouns map[string]bool) bool {
	w := strings.ToUpper(word)
	if y, ok := strings.CutSuffix(w, "IES"); ok && nouns[y+"Y"] {
		return true
	}
	return nouns[w] || nouns[strings.TrimSuffix(w, "S")]
}

// measureNouns (upper-case lemmas) name what a government proposes or
// enacts.
var measureNouns = map[string]bool{
	"PLAN": true, "PROPOSAL": true, "SCHEME": true, "BILL": true, "BUDGET": true, "POLICY": true,
	"MEASURE": true, "LEGISLATION": true, "REFORM": true, "STRATEGY": true, "PROGRAMME": true,
}

// conjoinedClause reports whether clause base c has a conjoined clause
// with a subject of its own ("the scheme has helped some, but the new
// approach will go further").
func (f *frame) conjoinedClause(c int) bool {
	return slices.ContainsFunc(f.children(c), func(k int) bool { return f.toks[k].Rel == "conj" && f.hasSubject(k) })
}

// mannerAdverb reports whether token h is an adverb in -ly that says how
// something was done ("too quickly", "too slowly", "too harshly").
func (f *frame) mannerAdverb(h int) bool {
	w := f.upToks[f.tokWord[h]]
	return f.toks[h].UPOS == "ADV" && len(w) > 4 && strings.HasSuffix(w, "LY")
}

// civilian reports whether token x is coded as civilians (role CVL):
// voters, people, the public.
func (f *frame) civilian(x int) bool {
	if x < 0 {
		return false
	}
	c := f.tokCode(x)
	return len(c) >= 6 && c[3:6] == "CVL"
}
