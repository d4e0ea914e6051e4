package coder

// What a reported clause says of a party, for the news mode: whether it
// alleges an act rather than reports one (allegedAct), and whether it
// judges its subject (criticism: negativeContent, verdict, flawedBasis;
// praise: positiveContent, praisedPerson; blame: blameContent), which
// codes the speech act that reports it 11 or 05 rather than 010.

import (
	"slices"
	"strings"

	"tacitus/nlp"
)

// allegedAct reports whether clause t says what someone is accused of
// ("accused Kyiv of attempting to assassinate Putin"): an allegation,
// which the accusation codes, not an act that took place.
func (f *frame) allegedAct(t int) bool {
	for x, n := t, 0; x >= 0 && n < 6; x, n = f.head(x), n+1 {
		switch baseRel(f.toks[x].Rel) {
		case "xcomp", "conj":
			continue
		case "advcl", "acl", "ccomp":
			h := f.head(x)
			if h >= 0 && f.hearsayContent(x, h) {
				return true
			}
			if h >= 0 && baseRel(f.toks[x].Rel) != "advcl" && f.lemmaIn(h, allegationNouns) {
				// "denied reports that its troops had crossed into
				// Afghanistan", "rejected allegations that it had
				// supplied weapons": what is denied did not take
				// place as far as the sentence tells.
				if v := f.head(h); v >= 0 && f.lemmaIn(v, denyVerbs) {
					return true
				}
			}
			if h >= 0 && baseRel(f.toks[x].Rel) == "ccomp" && f.lemmaIn(h, denyVerbs) {
				// The same with the clause hung on the verb.
				if o := f.childRel(h, func(r string) bool { return r == "obj" }); o >= 0 && o < x && f.lemmaIn(o, allegationNouns) {
					return true
				}
			}
			return h >= 0 && baseRel(f.toks[x].Rel) != "ccomp" && f.lemmaIn(h, allegeVerbs) && (f.hasMark(x, "OF") || f.hasMark(x, "FOR"))
		}
		return false
	}
	return false
}

// hearsayContent reports whether clause x, hung on token h, is the
// "that" content clause of a hearsay noun (hearsayNouns: "speculation
// that the administration would offer Moscow a subsidy", "asked about
// reports that Nigeria was being pressured", "despite charges that Kuwait
// was supporting Iraq", "in the belief that officials were withholding
// intelligence"): what is rumoured, believed or alleged did not take
// place as far as the sentence tells, unless a verb above the noun
// confirms it ("confirmed reports that troops had crossed the border").
// The clause may hang on the verb whose object the noun is ("played down
// reports that Iran had attacked a tanker"). A relative clause ("a report
// that declared the fund insolvent") has no "that" marker and is no
// content clause.
func (f *frame) hearsayContent(x, h int) bool {
	if r := f.toks[x].Rel; r != "acl" && r != "ccomp" || !slices.ContainsFunc(f.children(x), func(c int) bool {
		// The complementiser, whatever relation the parser gave it
		// (a relative "that" is tagged WDT).
		return c < x && f.upToks[f.tokWord[c]] == "THAT" && (f.toks[c].Rel == "mark" || f.toks[c].XPOS == "IN")
	}) {
		return false
	}
	if o := f.childRel(h, func(r string) bool { return r == "obj" }); f.toks[x].Rel == "ccomp" && o >= 0 && o < x && f.lemmaIn(o, hearsayNouns) {
		return !f.lemmaIn(h, confirmVerbs)
	}
	if f.toks[h].UPOS != "NOUN" || !f.lemmaIn(h, hearsayNouns) { // not "reported that", "fearing that"
		return false
	}
	v := f.head(h)
	return v < 0 || !f.lemmaIn(v, confirmVerbs)
}

// hearsayNouns (upper case) name what is said, believed or expected
// rather than done; confirmVerbs (upper case) vouch for such a content.
var (
	hearsayNouns = map[string]bool{
		"ALLEGATION": true, "ACCUSATION": true, "REPORT": true, "CLAIM": true, "CHARGE": true,
		"RUMOUR": true, "RUMOR": true, "SUGGESTION": true, "SPECULATION": true, "BELIEF": true,
		"VIEW": true, "IDEA": true, "NOTION": true, "FEAR": true, "HOPE": true, "EXPECTATION": true,
		"GUARANTEE": true, "ASSURANCE": true,
	}
	confirmVerbs = map[string]bool{
		"CONFIRM": true, "ACKNOWLEDGE": true, "ADMIT": true, "VERIFY": true, "SUBSTANTIATE": true,
		"CORROBORATE": true, "PROVE": true,
	}
)

// allegationNouns (upper case) are the claims whose content clause a
// denial denies; denyVerbs (upper case) deny or reject them ("brush"
// and "shrug" as in "brushed aside" and "shrugged off").
var (
	allegationNouns = map[string]bool{
		"ALLEGATION": true, "ACCUSATION": true, "REPORT": true, "CLAIM": true, "CHARGE": true,
		"RUMOUR": true, "RUMOR": true, "SUGGESTION": true, "SPECULATION": true,
	}
	denyVerbs = map[string]bool{
		"DENY": true, "REJECT": true, "DISMISS": true, "REFUTE": true, "DISPUTE": true, "RUBBISH": true,
		"BRUSH": true, "SHRUG": true,
	}
)

// allegeVerbs (upper case) accuse someone of an act.
var allegeVerbs = map[string]bool{
	"ACCUSE": true, "BLAME": true, "SUSPECT": true, "CHARGE": true, "ALLEGE": true, "INDICT": true,
}

// adjunctSpeech are the lemmas (upper case) of verbal acts that a
// participle adds to a clause ("wrote to the watchdog accusing Labour of
// a breach"), rather than describe the noun before it.
var adjunctSpeech = map[string]bool{
	"ACCUSE": true, "URGE": true, "WARN": true, "CRITICISE": true, "CRITICIZE": true,
	"CONDEMN": true, "BLAME": true, "DEMAND": true,
}

// demandVerbs are the lemmas (upper case) of verbs that demand or propose
// an act of whoever is the subject of their complement: "Iran demanded
// that Israel withdraw" is a demand made of Israel. A suggestion is too
// when its clause says what must be done ("suggested that Britain should
// join the EMS" is an appeal to Britain; without the clause's subject the
// appeal names no addressee, and an appeal to no one is dropped as a
// statement about no actor). The gate is mandative, so "suggested a
// Labour win would amount to ..." still asserts (see insistVerbs).
var demandVerbs = map[string]bool{
	"DEMAND": true, "INSIST": true, "REQUEST": true, "PROPOSE": true, "URGE": true, "WARN": true,
	"SUGGEST": true,
}

// insistVerbs are the lemmas (upper case) of verbs that demand or advise
// when what they report is mandative ("insisted that Syria withdraw",
// "suggested the government boost spending") and otherwise assert
// ("insisted that Turkey had made advances", "suggested a Labour win
// would amount to a vote of no confidence").
var insistVerbs = map[string]bool{"INSIST": true, "SUGGEST": true, "HINT": true}

// claimVerbs are the lemmas (upper case) of alleging or arguing, which
// Phoenix codes as verbal conflict (110): what they report of an actor
// is coded by what it says ("claimed that Labour had broken its
// promise", "argued that Labour's plans were unworkable").
var claimVerbs = map[string]bool{"CLAIM": true, "ALLEGE": true, "ARGUE": true, "CONTEND": true}

// arguingVerbs are the lemmas (upper case) of claimVerbs that, with a
// direct object, make a case rather than quarrel ("argued the case",
// "contended the point").
var arguingVerbs = map[string]bool{"ARGUE": true, "CONTEND": true}

// warnVerbs are the lemmas (upper case) of warning: a warning that an
// actor would suffer ("Iran warned that the United States would pay a
// heavy price") is a threat to that actor.
var warnVerbs = map[string]bool{"WARN": true, "CAUTION": true}

// mentionVerbs name saying that cites, mentions, estimates or stresses a
// thing rather than telling a party anything.
var mentionVerbs = map[string]bool{
	"CITE": true, "MENTION": true, "REFER": true, "QUOTE": true,
	"ESTIMATE": true, "TOTAL": true, "STRESS": true, "UNDERSCORE": true, "UNDERLINE": true,
	"EMPHASIZE": true, "EMPHASISE": true, "NOTE": true,
}

// forecastWarning reports whether warning verb t, with no addressee,
// foretells what will come of another party's course rather than
// threatens: the subject of its complement clause is a thing of the party
// ("India's policy", "Soviet membership in the bank"), not the party
// itself ("warned that the United States would pay a heavy price"
// threatens it), and the clause neither says what someone must do
// (warnedObligation) nor sets a condition ("warned that Iran would face
// sanctions unless it halted enrichment").
func (f *frame) forecastWarning(t int) bool {
	if f.childRel(t, func(r string) bool { return r == "obj" || r == "iobj" }) >= 0 || f.warnedObligation(t) {
		return false
	}
	c := f.complementOf(t)
	if !f.thingSubject(c) { // (false for no clause, c < 0)
		return false
	}
	return !slices.ContainsFunc(f.children(f.clauseBase(c)), func(k int) bool {
		return baseRel(f.toks[k].Rel) == "advcl" && (f.hasMark(k, "IF") || f.hasMark(k, "UNLESS"))
	})
}

// addressedForecast reports whether warning verb t, told to an addressee,
// foretells what a thing will bring rather than threatens: its complement
// clause has a thing for its subject (thingSubject: "warned Japan and the
// United States that friction over trade is affecting relations", "warned
// Israel that a rise in wages could undo its stabilization program"),
// says nothing anyone must do (warnedObligation), sets no condition, and
// names no response ("warned the United States that protectionist
// measures would bring a tough response from the Community" threatens
// one).
func (f *frame) addressedForecast(t int) bool {
	if f.childRel(t, func(r string) bool { return r == "obj" || r == "iobj" }) < 0 || f.warnedObligation(t) {
		return false
	}
	c := f.complementOf(t)
	if !f.thingSubject(c) {
		return false
	}
	for _, k := range f.subtree(f.clauseBase(c), f.scratch[:0]) {
		if f.lemmaIn(k, responseWords) || baseRel(f.toks[k].Rel) == "advcl" && (f.hasMark(k, "IF") || f.hasMark(k, "UNLESS")) {
			return false
		}
	}
	return true
}

// thingObject reports whether the object of verb t is a common noun that
// names no party itself ("hoped India's exports to Australia would
// improve", parsed with "exports" the object of "hoped").
func (f *frame) thingObject(t int) bool {
	o := f.childRel(t, func(r string) bool { return r == "obj" })
	return o >= 0 && f.toks[o].UPOS == "NOUN" && !f.lookCoded(o)
}

// hopeVerbs (upper case lemmas) voice a hope or a wish.
var hopeVerbs = map[string]bool{"HOPE": true, "WISH": true, "TRUST": true}

// responseWords (upper case lemmas) name what a party does in answer to
// another's act: a warning that names one threatens it.
var responseWords = map[string]bool{
	"RESPONSE": true, "RESPOND": true, "RETALIATION": true, "RETALIATE": true, "RETALIATORY": true,
	"REPRISAL": true, "COUNTERMEASURE": true, "CONSEQUENCE": true, "SANCTION": true, "ACTION": true,
}

// thingSubject reports whether the subject of clause c is a common noun
// that names no party itself, though a party may own it ("India's
// policy", "Soviet membership in the bank", "the economies of the
// affected countries"), where "the United States" or "the banks" are
// parties.
func (f *frame) thingSubject(c int) bool {
	if c < 0 {
		return false
	}
	cs := f.depSubject(f.clauseBase(c), 0)
	return cs >= 0 && !f.lookCoded(cs) && f.toks[cs].UPOS == "NOUN"
}

// objectAssertion reports whether verb t (an insistVerbs verb with no
// complement clause and no "on") has a direct object followed, inside
// t's phrase, by a tensed verb or auxiliary: the parser took the subject
// of an asserted clause for the object ("insisted the EU's code meant
// ...", "insisted Mexico's spread was a floor", "insisted the future
// direction would be New Labour"). A bare verb after the object ("insist
// Japan open its markets") is the mandative, a demand.
func (f *frame) objectAssertion(t int) bool {
	o := f.childRel(t, func(r string) bool { return r == "obj" })
	if o < 0 || o < t {
		return false
	}
	for _, c := range f.children(t) {
		if f.toks[c].Rel == "obl" && f.caseWord(c) == "ON" {
			return false // "insisted on the banks pledging funds"
		}
	}
	for k := o + 1; k < len(f.toks) && f.toks[k].Text != ","; k++ {
		// The asserted clause runs on from its subject without a
		// comma; after one comes another clause ("..., a spokesman
		// said").
		if k != t && !f.isAncestor(t, k) {
			continue
		}
		if u := f.toks[k].UPOS; u != "VERB" && u != "AUX" {
			continue // "until May 31" is no modal
		}
		switch f.toks[k].XPOS {
		case "VBD", "VBZ", "MD":
			return true
		case "VB", "VBP":
			if f.toks[k].UPOS == "VERB" {
				return false // the first verb is bare: "insist Japan open"
			}
		}
	}
	return false
}

// mandative reports whether clause c states what someone must do: a bare
// verb ("demanded that Syria withdraw") or one with should or must; "he
// insisted that Turkey had made advances" asserts, it does not demand.
func (f *frame) mandative(c int) bool {
	if c < 0 {
		return false
	}
	c = f.clauseBase(c)
	base := f.toks[c].XPOS == "VB"
	if x := f.toks[c].XPOS; (x == "VBD" || x == "VBP") && strings.EqualFold(f.toks[c].Text, f.toks[c].Lemma) &&
		!strings.HasSuffix(strings.ToLower(f.toks[c].Text), "ed") {
		// "demanded that the United States extradite the cleric"
		// with "extradite" tagged past: the form is the bare verb.
		base = true
	}
	if base {
		for _, a := range f.children(c) {
			if f.toks[a].Rel == "aux" {
				switch strings.ToLower(f.toks[a].Text) {
				case "should", "ought", "must":
					return true
				}
				return false // "will withdraw", "to withdraw"
			}
		}
		return true
	}
	return false
}

// neutralDamage reports whether token x is "damage" as a noun, the word
// of courts, insurers and the weather ("ordered it to pay 100 mln dlrs in
// damages", "estimated damages to the harbour", "potential crop
// damage"): only the verb blames a party ("said the plans would damage
// the economy", also when the tagger reads "would damage" as a noun with
// an auxiliary).
func (f *frame) neutralDamage(x int) bool {
	if f.toks[x].UPOS == "VERB" || !strings.EqualFold(f.toks[x].Lemma, "damage") {
		return false
	}
	return f.childRel(x, func(r string) bool { return r == "aux" || r == "mark" }) < 0
}

// negativeWord reports whether upper-case lemma w makes a reported
// statement about an actor a criticism: a word of scorn (nlp.ScornWord),
// or one of negativeWords.
func negativeWord(w string) bool { return nlp.ScornWord(w) || negativeWords[w] }

// negativeWords are the lemmas (upper case) of negativeWord besides
// nlp.ScornWord: failure, abuse, deceit, harm ("said the Tories' plans
// would wreck the economy").
var negativeWords = map[string]bool{
	"FAIL": true, "FAILURE": true, "ABUSE": true, "LIE": true, "MISLEAD": true, "DECEIVE": true,
	"BETRAY": true, "DAMAGE": true, "UNDERMINE": true, "WASTE": true, "IGNORE": true, "WRONG": true,
	"MISTAKE": true, "BLUNDER": true, "INCOMPETENT": true, "ILL-ADVISED": true, "SCANDAL": true,
	"SCANDALOUS": true, "ARROGANT": true, "DISHONEST": true, "CORRUPT": true, "CHAOS": true,
	"SHAMBLES": true, "SCAREMONGER": true, "SCAREMONGERING": true, "INEPT": true, "CYNICAL": true,
	"COMPLACENT": true, "NEGLECT": true, "SQUANDER": true, "BOTCH": true, "FIASCO": true,
	"MISMANAGE": true, "MISMANAGEMENT": true, "INTOLERABLE": true, "DEPLORABLE": true,
	"UNLAWFUL": true, "UNREALISTIC": true, "UNWORKABLE": true, "HYPOCRITE": true, "TRAITOR": true,
	"FLAWED": true, "BOSSY": true, "INTERFERING": true, "APPALLING": true, "DISASTROUS": true,
	"SHAMBOLIC": true, "MISGUIDED": true, "ILL-CONCEIVED": true, "DRACONIAN": true,
	"UNDEMOCRATIC": true, "DISCRIMINATORY": true, "DECEITFUL": true, "LUDICROUS": true,
	"DITHER": true, "DITHERING": true, "BUNGLE": true, "BUNGLING": true, "SLEAZE": true,
	"SLEAZY": true, "HYPOCRISY": true, "ARROGANCE": true, "INCOMPETENCE": true, "BETRAYAL": true,
	"DECEPTION": true, "COVER-UP": true, "WHITEWASH": true, "ILL-JUDGED": true, "ILL-TIMED": true,
	"MISCONCEIVED": true, "WRONG-HEADED": true, "WRECK": true, "RUIN": true, "JEOPARDISE": true,
	"JEOPARDIZE": true, "CHAOTIC": true,
	// A course found unsound or bungled, a party found to mislead or to
	// sit idle ("said the minister's plans were unsustainable", "said it
	// was a gaffe by the first minister", "said Labour's policy was a
	// muddle", "accused ministers of complacency"). Not "mess", as often
	// a predecessor's ("inherited a mess") as a party's own.
	"UNSUSTAINABLE": true, "GAFFE": true, "MUDDLE": true, "U-TURN": true,
	"COMPLACENCY": true, "DECEIT": true, "MISREPRESENTATION": true, "DESPERATION": true,
	"INCOMPETENTLY": true, "SHORT-SIGHTED": true, "SHORTSIGHTED": true, "WOEFUL": true,
	"LAMENTABLE": true, "SHODDY": true,
	// A course misjudged ("said the opposition's tax policy was a
	// miscalculation", "said the posters were a big misjudgement by
	// Labour").
	"MISCALCULATION": true, "MISJUDGEMENT": true, "MISJUDGMENT": true,
}

// partyHarm reports whether clause base b says that a party, or a thing
// of a party's, does harm to others: an active verb of harmVerbs, not
// negated, whose subject is coded or has a coded possessor ("said U.S.
// trade curbs would hurt both economies", "said Iran's course would
// destabilise the region"). Harm suffered ("said Japan's exports had been
// hurt"), done to the party's own ("said Nakasone had endangered his
// standing at home", "China's controls hurt its imports") or by a thing
// only related to a party ("the portrayal of a priest hurt the faithful")
// judges no one.
func (f *frame) partyHarm(b int) bool {
	if !f.lemmaIn(b, harmVerbs) || f.negatedWord(b) || f.passiveClause(b) {
		return false
	}
	coded := func(x int) bool { return f.toks[x].UPOS != "PRON" && (f.slotCoded(x) || f.lookCoded(x)) }
	sb := f.depSubject(b, 0)
	if sb < 0 || slices.ContainsFunc(f.children(sb), func(k int) bool { return isNmod(f.toks[k].Rel) && f.caseWord(k) == "OF" }) {
		return false
	}
	if !coded(sb) && !slices.ContainsFunc(f.children(sb), func(k int) bool { return f.toks[k].Rel == "nmod:poss" && coded(k) }) {
		return false
	}
	o := f.childRel(b, func(r string) bool { return r == "obj" })
	return o < 0 || !slices.ContainsFunc(f.children(o), func(k int) bool { return f.toks[k].Rel == "nmod:poss" && f.toks[k].UPOS == "PRON" })
}

// harmVerbs (upper-case lemmas) are the harm that a reported clause says
// its subject does, which judges the subject (partyHarm).
var harmVerbs = map[string]bool{
	"HURT": true, "HARM": true, "ENDANGER": true, "DESTABILISE": true, "DESTABILIZE": true,
	"HAMPER": true, "HINDER": true, "IMPEDE": true, "DISTORT": true, "DISCRIMINATE": true,
	// Relations or talks spoilt or sunk ("said the U.S. decision would
	// poison relations", "said Israel's raid would derail the talks").
	"POISON": true, "SOUR": true, "DERAIL": true, "SCUPPER": true, "TORPEDO": true,
	// A crisis or tension made worse ("said the U.S. presence in the
	// Gulf aggravated the crisis", "said Israel's raid inflamed the
	// region").
	"AGGRAVATE": true, "WORSEN": true, "EXACERBATE": true, "INFLAME": true,
}

// verdictWords are the lemmas (upper case) of judgements that criticise
// only as what a reported clause predicates of its subject ("said Israel's
// raid was a violation of the truce", "said the ban was unfair", "said the
// missile test was a provocation"); elsewhere in the clause they name
// what someone else is charged with ("an investigation into violations
// of securities laws", "alleging unfair subsidies").
var verdictWords = map[string]bool{
	"UNFAIR": true, "UNHELPFUL": true, "UNJUST": true, "COUNTERPRODUCTIVE": true, "COUNTER-PRODUCTIVE": true,
	"REGRETTABLE": true, "UNWARRANTED": true, "UNREASONABLE": true, "INAPPROPRIATE": true,
	"UNCONSTITUTIONAL": true, "SHORT-SIGHTED": true, "SHORTSIGHTED": true, "MISPLACED": true,
	"PROVOCATION": true, "VIOLATION": true, "AGGRESSION": true, "INTERFERENCE": true, "MEDDLING": true,
	"INSULT": true, "AFFRONT": true, "BLACKMAIL": true, "HEINOUS": true, "BARBARIC": true, "BARBAROUS": true,
	"CRIMINAL": true, "COWARDLY": true, "TERRORIST": true, "HOSTILE": true, "IMPROPER": true,
	// A ruling or a law found in breach ("said the rules were
	// incompatible with the European Convention", "said Canada's duty
	// was incompatible with GATT").
	"INCOMPATIBLE": true,
	// An attack said to have had no cause ("said the Indian army's
	// shelling was unprovoked").
	"UNPROVOKED": true,
	// What a party's course is said to be or bring ("said NATO expansion
	// was a threat to European security", "said the Liberal Democrats'
	// tax plans were a fantasy", "said the trade bill was protectionist").
	"THREAT": true, "DANGER": true, "DANGEROUS": true, "DISASTER": true, "FANTASY": true, "FARCE": true,
	"JOKE": true, "GIMMICK": true, "STUNT": true, "PLOY": true, "SMOKESCREEN": true, "TRICK": true,
	"ONE-SIDED": true, "BIASED": true, "PROTECTIONIST": true, "EXCESSIVE": true, "HARSH": true,
	// What a party is called or said to be ("called Iran, Iraq and
	// North Korea an axis of evil", "called Bush the devil").
	"EVIL": true, "DEVIL": true, "DICTATOR": true, "MURDERER": true, "AGGRESSOR": true, "TYRANT": true,
	"BUTCHER": true, "THUG": true, "ENEMY": true, "GENOCIDE": true, "GENOCIDAL": true, "FRAUDULENT": true,
	"FRAUD": true, "APARTHEID": true, "TERRORISM": true,
	// What a party or its course is found to be worth ("called Blair a
	// disappointment", "said the Tory manifesto was a con", "said
	// Labour's record was dismal").
	"DISAPPOINTMENT": true, "DISAPPOINTING": true, "DISMAL": true, "WORTHLESS": true, "PATHETIC": true,
	"FEEBLE": true, "USELESS": true, "POINTLESS": true, "HOPELESS": true, "LAUGHABLE": true,
	"PREPOSTEROUS": true, "FARCICAL": true, "INCOHERENT": true, "CON": true, "TRAVESTY": true,
	"EMBARRASSMENT": true, "FOLLY": true, "SMEAR": true, "SLUR": true, "OUTRAGE": true,
	"OPPORTUNISTIC": true, "OPPORTUNISM": true, "DIVISIVE": true, "UNPRINCIPLED": true, "DISGUSTING": true, "DESPICABLE": true,
	"CONTEMPTIBLE": true, "UNCOSTED": true, "UNFUNDED": true, "HALF-BAKED": true, "HEAVY-HANDED": true,
	"HIGH-HANDED": true, "ILLIBERAL": true, "UNCONVINCING": true,
	// Five more classes of what a party or its course is said to be:
	// a cause for alarm ("told the minister his plan was a worrying
	// issue"), folly ("said the government was being naive", "said it
	// would be crass to compare the review to a dictatorship"), harm
	// ("said the U.S. tariffs were damaging"), too little done ("said
	// the response was half-hearted", "called the target unambitious"),
	// and cruelty or deceit ("said the detentions were inhumane", "said
	// the leaflet was propaganda").
	"WORRYING": true, "WORRISOME": true, "ALARMING": true, "DISTURBING": true, "TROUBLING": true,
	"NAIVE": true, "FOOLISH": true, "UNWISE": true, "CRASS": true, "RASH": true, "MISTAKEN": true,
	"ILL-CONSIDERED": true, "DAMAGING": true, "HARMFUL": true, "HALF-HEARTED": true, "INEFFECTUAL": true,
	"UNAMBITIOUS": true, "LACKLUSTRE": true, "LACKLUSTER": true, "TIMID": true,
	"INHUMANE": true, "INHUMAN": true, "IMMORAL": true, "CRUEL": true, "ABUSIVE": true, "PROPAGANDA": true,
}

// verdictAdjectives (upper case) are verdictWords only as adjectives: an
// offensive is a military push ("said Iran's offensive had stalled"),
// "offensive" remarks give offence ("said Howard's comments were deeply
// offensive").
var verdictAdjectives = map[string]bool{"OFFENSIVE": true, "INSULTING": true,
	// A course or a claim found wanting or false, said of it ("said the
	// government's plans were inadequate", "said airline ads were
	// misleading"), not of a quantity ("returned for insufficient funds").
	"INADEQUATE": true, "INCORRECT": true, "INACCURATE": true, "MISLEADING": true, "INEFFECTIVE": true,
}

// JudgementWord reports whether word w (any case, a lemma or a form)
// condemns what it is predicated of: a word of negativeWord or of
// verdictWords ("said the raid was a provocation", "called the tariffs
// unfair", "called Bush the devil").
func JudgementWord(w string) bool {
	up := strings.ToUpper(w)
	return negativeWord(up) || verdictWords[up]
}

// accusationNouns and falsehoodWords (upper case) make a reported
// statement a denial: the accusation is said to be false.
var (
	accusationNouns = map[string]bool{
		"ACCUSATION": true, "ALLEGATION": true, "CHARGE": true, "CLAIM": true, "REPORT": true,
		"COMPLAINT": true, "CRITICISM": true, "ASSERTION": true,
	}
	falsehoodWords = map[string]bool{
		"BASELESS": true, "GROUNDLESS": true, "UNFOUNDED": true, "FALSE": true, "UNTRUE": true,
		"LIE": true, "FABRICATION": true, "NONSENSE": true, "SLANDER": true,
	}
)

// denialContent reports whether the clause reported by speech verb t
// calls an accusation false: "said the U.S. accusations were baseless",
// "said the charges were lies". The accuser is the statement's target.
func (f *frame) denialContent(t int) bool {
	c := f.complementOf(t)
	if c < 0 || !f.lemmaIn(c, falsehoodWords) || f.negatedWord(c) {
		return false
	}
	subj := f.childRel(c, func(r string) bool { return r == "nsubj" })
	return subj >= 0 && f.lemmaIn(subj, accusationNouns)
}

// waitContent reports whether the clause reported by speech verb t tells
// its subject to wait: "Blair said voters will have to wait for the
// manifesto to see if Labour plans to raise tax" withholds the answer,
// CAMEO's "decline comment" (011) toward those kept waiting.
func (f *frame) waitContent(t int) bool {
	c := f.complementOf(t)
	if c < 0 || f.negatedWord(c) || f.childRel(c, func(r string) bool { return r == "nsubj" }) < 0 {
		return false
	}
	if f.upLemmas[c] == "HAVE" {
		c = f.childRel(c, func(r string) bool { return r == "xcomp" })
	}
	return c >= 0 && f.upLemmas[c] == "WAIT" && !f.negatedWord(c)
}

// pledgeNouns (upper case) are the commitments one is blamed for
// breaking.
var pledgeNouns = map[string]bool{
	"PROMISE": true, "PLEDGE": true, "WORD": true, "COMMITMENT": true, "VOW": true, "UNDERTAKING": true,
}

// untrusted reports whether token x is "trusted" negated in a passive:
// "could not be trusted", "cannot be trusted".
func (f *frame) untrusted(x int) bool {
	return f.toks[x].UPOS == "VERB" && f.upToks[f.tokWord[x]] == "TRUSTED" && f.negatedWord(x) && f.passiveClause(x)
}

// standingNouns (upper case) are the public standing, or the command of
// events, one is blamed for losing ("had lost the trust of voters", "has
// lost all credibility", "was losing control of its borders").
var standingNouns = map[string]bool{
	"TRUST": true, "CONFIDENCE": true, "CREDIBILITY": true, "AUTHORITY": true, "CONTROL": true,
}

// judgedAct reports whether verb x, the predicate of a reported active
// clause, is done in a way that condemns its subject: an adverb of manner
// made from a word of JudgementWord ("the Home Secretary had acted
// unlawfully", "Japan had unfairly restricted imports", "was behaving
// irresponsibly"). A passive judges whoever acted, not its subject ("was
// wrongly convicted"); a negation judges no one ("did not act
// illegally").
func (f *frame) judgedAct(x int) bool {
	if f.toks[x].UPOS != "VERB" || f.passiveClause(x) || f.negatedWord(x) {
		return false
	}
	return slices.ContainsFunc(f.children(x), func(k int) bool {
		return f.toks[k].Rel == "advmod" && f.toks[k].UPOS == "ADV" && judgementAdverb(f.upToks[f.tokWord[k]])
	})
}

// judgementAdverb reports whether upper-case word w is an adverb in -ly
// made from a word of JudgementWord: "unlawfully", "illegally",
// "irresponsibly", "unfairly".
func judgementAdverb(w string) bool {
	base, ok := strings.CutSuffix(w, "LY")
	if !ok || len(base) < 4 {
		return false
	}
	switch {
	case JudgementWord(base):
		return true
	case strings.HasSuffix(base, "IB") || strings.HasSuffix(base, "AB"):
		return JudgementWord(base + "LE") // "irresponsibly"
	case strings.HasSuffix(base, "I"):
		return JudgementWord(base[:len(base)-1] + "Y") // "sleazily"
	}
	return false
}

// exploitedNouns (upper case) are what one is blamed for exploiting.
var exploitedNouns = map[string]bool{
	"FEARS": true, "FEAR": true, "CONCERNS": true, "ANXIETIES": true, "TRAGEDY": true,
	"GRIEF": true, "SUFFERING": true, "PREJUDICE": true, "ISSUE": true,
}

// negativeContent reports whether the clause reported by speech verb t
// criticises its subject: it holds a word of negativeWord, or "too"
// before an adjective ("said the government was being too sensitive"). A
// negation alone does not make criticism ("Baker said Brazil is not
// defaulting on its debt", "the spokesman said the company has not
// reached an agreement").
func (f *frame) negativeContent(t int) bool {
	c := f.complementOf(t)
	if c < 0 || f.deniedSubject(f.clauseBase(c)) {
		return false
	}
	for b, k := f.clauseBase(c), 0; b >= 0 && k < 3; b, k = f.head(b), k+1 {
		if f.toks[b].UPOS == "VERB" && f.hasSubject(b) && !f.passiveClause(b) && (nlp.StanceVerb(f.toks[b].Lemma) || f.lemmaIn(b, allegeVerbs)) {
			// "The party has criticised the ministry for failing to
			// store grain, Pravda said": what is reported is the
			// subject's own stand on another party, no verdict on
			// the subject.
			return false
		}
		if r := baseRel(f.toks[b].Rel); r != "advcl" && r != "xcomp" {
			break
		}
	}
	if f.verdict(f.clauseBase(c)) || f.reproach(f.clauseBase(c)) || f.flawedBasis(f.clauseBase(c)) || f.dismissed(f.clauseBase(c)) || f.againstRules(f.clauseBase(c)) || f.unkeptUndertaking(f.clauseBase(c)) {
		return true
	}
	if f.partyHarm(f.clauseBase(c)) {
		return true
	}
	if b := f.clauseBase(c); f.lemmaIn(b, posingVerbs) && !f.negatedWord(b) {
		// "said Iran's nuclear programme posed a threat to the
		// region": a verdict the subject poses is predicated of it.
		if o := f.childRel(b, func(r string) bool { return r == "obj" }); o >= 0 && f.verdict(o) {
			return true
		}
	}
	for _, x := range f.ownClause(c, f.scratch[:0]) {
		if (f.lemmaIs(x, negativeWord) || (f.toks[x].UPOS == "ADJ" || x == c && f.toks[x].UPOS == "NOUN") && negativeWord(f.upToks[f.tokWord[x]])) && f.toks[x].Rel != "compound" && !f.negatedWord(x) && !f.noneOf(x) && !f.outcomeFailure(x) && !f.neutralDamage(x) {
			// (An adjective's or a noun predicate's own form counts
			// too: "dishonest" tagged a superlative has the lemma
			// "dishone", a quoted "shambles" the lemma "shamble". A
			// compound's modifier names a kind, no judgement: "the
			// waste management concern". A word denied judges no one:
			// "Tory plans are not racist".)
			return true
		}
		if x == c && f.judgedAct(x) {
			return true
		}
		if x == c && f.stepDirection(x) < 0 {
			// "said the Japanese offer was a step backwards".
			return true
		}
		if x == c && f.upToks[f.tokWord[x]] == "ENOUGH" && f.negatedWord(x) && f.insufficientAct(x) {
			// "said Japan's export restraint is not enough": a
			// party's course found wanting is blame.
			return true
		}
		switch f.upToks[f.tokWord[x]] {
		case "ADD", "ADDS", "ADDED":
			// "the Tories' spending plans did not add up".
			if f.negatedWord(x) && slices.ContainsFunc(f.children(x), func(k int) bool { return f.upToks[f.tokWord[k]] == "UP" }) {
				return true
			}
		case "PLAY", "PLAYS", "PLAYED", "PLAYING":
			// "the Democrats were playing politics with the war".
			if o := f.childRel(x, func(r string) bool { return r == "obj" }); o >= 0 && f.upToks[f.tokWord[o]] == "POLITICS" && !f.negatedWord(x) {
				return true
			}
		case "LET", "LETTING":
			// "had let down pensioners".
			for _, k := range f.children(x) {
				if f.upToks[f.tokWord[k]] == "DOWN" {
					return true
				}
			}
		case "BREAK", "BREAKS", "BROKE", "BROKEN", "BREAKING":
			// "had broken its promise on immigration".
			if o := f.childRel(x, func(r string) bool { return r == "obj" || r == "nsubj:pass" }); o >= 0 && f.lemmaIn(o, pledgeNouns) {
				return true
			}
		case "DO", "DOES", "DID", "DONE", "DOING":
			// "Japan was not doing enough to open its markets", "had
			// done too little to curb its surplus": effort found
			// wanting is blame.
			enough := slices.ContainsFunc(f.children(x), func(k int) bool { return f.upToks[f.tokWord[k]] == "ENOUGH" })
			little := slices.ContainsFunc(f.children(x), func(k int) bool {
				return f.upToks[f.tokWord[k]] == "LITTLE" && slices.ContainsFunc(f.children(k), func(j int) bool { return f.upToks[f.tokWord[j]] == "TOO" })
			})
			if enough && f.negatedWord(x) || little && !f.negatedWord(x) {
				return true
			}
		case "TRUSTED":
			// "the prime minister could not be trusted".
			if f.untrusted(x) {
				return true
			}
		case "LOSE", "LOSES", "LOST", "LOSING":
			// "the government had lost the trust of the people".
			if o := f.childRel(x, func(r string) bool { return r == "obj" }); o >= 0 && f.lemmaIn(o, standingNouns) {
				return true
			}
		case "EXPLOIT", "EXPLOITING", "EXPLOITED":
			// "trying to exploit people's fears" (not "exploit
			// profitable niches").
			if o := f.childRel(x, func(r string) bool { return r == "obj" }); o >= 0 && exploitedNouns[f.upToks[f.tokWord[o]]] {
				return true
			}
		}
		if f.toks[x].UPOS == "ADJ" && f.lemmaIn(x, virtueAdjectives) && f.negatedWord(x) {
			// "Labour and Tories are not being straight with
			// people": a virtue denied is blame.
			return true
		}
		if f.toks[x].UPOS == "ADJ" && f.negatedWord(x) && slices.ContainsFunc(f.children(x), func(k int) bool { return f.upToks[f.tokWord[k]] == "ENOUGH" }) {
			// "Zhao was not forceful enough in tackling their
			// problems": a quality found wanting is blame.
			return true
		}
		if h := f.head(x); f.upToks[f.tokWord[x]] == "TOO" && f.toks[x].Rel == "advmod" && h > x && (f.toks[h].UPOS == "ADJ" || f.mannerAdverb(h)) && !quantityAdjectives[f.upToks[f.tokWord[h]]] &&
			!slices.ContainsFunc(f.toks[x+1:h], func(t nlp.Token) bool { return t.UPOS != "ADV" }) {
			// "the government was being too sensitive", "was trying
			// to rush it through too quickly": excess is blame ("too
			// little control" only measures; "he too was optimistic"
			// is "also").
			return true
		}
	}
	return false
}

// againstRules reports whether clause base b sets its subject against
// rules, an accord or their spirit (ruleNouns), not negated: "was
// against GATT rules", "went against the accord", "ran counter to the
// spirit of free trade", "was contrary to the spirit of the accord",
// "conflicts with the principles of the treaty".
func (f *frame) againstRules(b int) bool {
	if b < 0 || f.negatedWord(b) {
		return false
	}
	if f.lemmaIn(b, ruleNouns) && f.caseWord(b) == "AGAINST" {
		return true // "was against GATT rules"
	}
	var want string
	switch f.upLemmas[b] {
	case "GO":
		want = "AGAINST"
	case "CONTRARY":
		want = "TO"
	case "CONFLICT":
		want = "WITH"
	case "RUN":
		if !slices.ContainsFunc(f.children(b), func(k int) bool { return f.upToks[f.tokWord[k]] == "COUNTER" }) {
			return false
		}
		want = "TO"
	default:
		return false
	}
	return slices.ContainsFunc(f.children(b), func(k int) bool {
		return (baseRel(f.toks[k].Rel) == "obl" || isNmod(f.toks[k].Rel)) && f.caseWord(k) == want && f.lemmaIn(k, ruleNouns)
	})
}

// ruleNouns (upper-case lemmas) are the rules and undertakings a party's
// course may be said to go against (againstRules).
var ruleNouns = map[string]bool{
	"RULE": true, "LAW": true, "SPIRIT": true, "LETTER": true, "AGREEMENT": true, "ACCORD": true,
	"TREATY": true, "PRINCIPLE": true, "CHARTER": true, "CONVENTION": true, "RESOLUTION": true,
	"OBLIGATION": true, "COMMITMENT": true, "UNDERTAKING": true, "CONSTITUTION": true, "PACT": true,
}

// unkeptUndertaking reports whether clause base b says that its subject
// has not kept an undertaking: a verb of keepVerbs, negated and without
// a modal, whose object or "by", "with" or "up to" phrase is one of
// pledgeNouns or ruleNouns, or names a part of one ("said Japan had not
// fulfilled its promise", "was not honoring the agreement", "have not
// lived up to their pledge", "had not kept its side of the bargain").
// Failing to keep it ("had failed to abide by the pact") is FAIL's (see
// negativeWords). A modal refuses rather than reproaches: "said it would
// not honour the accord" is the speaker's own stand.
func (f *frame) unkeptUndertaking(b int) bool {
	if b < 0 || f.toks[b].UPOS != "VERB" || !f.lemmaIn(b, keepVerbs) || !f.negatedWord(b) || f.modalClause(b) || f.passiveClause(b) {
		return false
	}
	subjects := 0
	for _, k := range f.children(b) {
		if f.toks[k].Rel == "nsubj" {
			subjects++
		}
	}
	if subjects != 1 {
		// A clause the parser gave two subjects ("remarks by Baker
		// that some nations were not abiding by the accord were aimed
		// at ...") is a misparse whose subject cannot be told.
		return false
	}
	if f.upLemmas[b] == "LIVE" && !slices.ContainsFunc(f.children(b), func(k int) bool { return f.upToks[f.tokWord[k]] == "UP" }) {
		return false // "did not live in the capital"
	}
	undertaking := func(k int) bool {
		if f.lemmaIn(k, pledgeNouns) || f.lemmaIn(k, ruleNouns) {
			return true
		}
		// "its side of the bargain", "their end of the agreement".
		return slices.ContainsFunc(f.children(k), func(j int) bool {
			return isNmod(f.toks[j].Rel) && f.caseWord(j) == "OF" && (f.lemmaIn(j, pledgeNouns) || f.lemmaIn(j, ruleNouns) || f.upLemmas[j] == "BARGAIN")
		})
	}
	return slices.ContainsFunc(f.children(b), func(k int) bool {
		switch r := baseRel(f.toks[k].Rel); {
		case r == "obj":
			return undertaking(k)
		case r == "obl":
			w := f.caseWord(k)
			return (w == "BY" || w == "WITH" || w == "TO") && undertaking(k)
		}
		return false
	})
}

// keepVerbs (upper-case lemmas) keep an undertaking: see
// unkeptUndertaking.
var keepVerbs = map[string]bool{
	"HONOR": true, "HONOUR": true, "FULFIL": true, "FULFILL": true, "KEEP": true, "RESPECT": true,
	"OBSERVE": true, "ABIDE": true, "LIVE": true, "COMPLY": true, "IMPLEMENT": true,
}

// dismissed reports whether clause base b belittles its subject as
// little more than a thing: "little more than", "no more than" or
// "nothing more than" with a noun that is no count or measure ("said the
// proposals were little more than a PR exercise", "said the plan was
// nothing more than an election stunt"; not "the rise was little more
// than 2 pct").
func (f *frame) dismissed(b int) bool {
	more := b
	switch f.upToks[f.tokWord[b]] {
	case "MORE":
		if !slices.ContainsFunc(f.children(b), func(k int) bool {
			w := f.upToks[f.tokWord[k]]
			return k == b-1 && (w == "LITTLE" || w == "NO") // (an adverb, or an adjective the parser hangs as it will)
		}) {
			return false
		}
	case "NOTHING":
		more = f.childRel(b, func(r string) bool { return r == "amod" || r == "advmod" })
		if more < 0 || f.upToks[f.tokWord[more]] != "MORE" {
			return false
		}
	default:
		return false
	}
	for _, k := range f.children(more) {
		if baseRel(f.toks[k].Rel) != "obl" && !isNmod(f.toks[k].Rel) || f.caseWord(k) != "THAN" {
			continue
		}
		return f.toks[k].UPOS == "NOUN" && !quantityWords[f.upToks[f.tokWord[k]]] &&
			!slices.ContainsFunc(f.children(k), func(j int) bool { return f.toks[j].Rel == "nummod" })
	}
	return false
}

// quantityWords (upper case) measure an amount, which "little more
// than" only bounds ("little more than half", "no more than a fraction").
var quantityWords = map[string]bool{
	"HALF": true, "THIRD": true, "QUARTER": true, "FRACTION": true, "PCT": true, "PERCENT": true,
	"YEAR": true, "MONTH": true, "WEEK": true, "DAY": true, "HOUR": true, "MINUTE": true,
	"DECADE": true, "MILE": true, "METRE": true, "TONNE": true, "TON": true, "POINT": true,
}

// insufficientAct reports whether "enough", predicate x of a reported
// clause, has a subject that names what was done rather than the
// impersonal "it" ("it is not enough to talk" judges no one).
func (f *frame) insufficientAct(x int) bool {
	sb := f.childRel(x, func(r string) bool { return r == "nsubj" })
	return sb >= 0 && f.upToks[f.tokWord[sb]] != "IT"
}

// namingVerbs (upper-case lemmas) say what their object is, by a second
// predicate: "called the tariffs unfair", "described the plan as a
// threat", "branded Howard arrogant", "termed the charge absurd".
var namingVerbs = map[string]bool{
	"CALL": true, "DESCRIBE": true, "BRAND": true, "LABEL": true, "TERM": true, "DUB": true,
	"PORTRAY": true, "CHARACTERISE": true, "CHARACTERIZE": true, "DEPICT": true,
}

// namedAs returns the second predicate of naming verb t (see
// namingVerbs) and the object it is said of, or -1, -1. The parser hangs
// the predicate on the verb (xcomp, an "as" phrase), on the object (an
// adjective after it, an "as" phrase), or makes the object the subject
// of a small clause ("called Israel's leaders war criminals").
func (f *frame) namedAs(t int) (pred, obj int) {
	if !f.lemmaIn(t, namingVerbs) {
		return -1, -1
	}
	obj = f.childRel(t, func(r string) bool { return r == "obj" })
	for _, k := range f.children(t) {
		switch r := baseRel(f.toks[k].Rel); {
		case r == "xcomp" && f.toks[k].UPOS != "VERB":
			if o := f.childRel(k, func(r string) bool { return r == "obj" }); obj < 0 && o >= 0 {
				// "called the American ambassador a liar" read
				// with the name as the object of the one named.
				return o, k
			}
			if obj < 0 {
				obj = f.childRel(k, func(r string) bool { return r == "nsubj" })
			}
			if obj >= 0 {
				return k, obj
			}
		case r == "obl" && f.caseWord(k) == "AS" && obj >= 0:
			return k, obj
		}
	}
	if obj < 0 {
		return -1, -1
	}
	for _, k := range f.children(t) {
		if k > obj && f.toks[k].Rel == "obj" && f.nominal[k] {
			// "called the Israeli raid an act of aggression" read
			// with two objects: the second is the name.
			return k, obj
		}
	}
	for _, k := range f.children(obj) {
		if k > obj && (f.toks[k].Rel == "amod" && f.toks[k].UPOS == "ADJ" || isNmod(f.toks[k].Rel) && f.caseWord(k) == "AS") {
			return k, obj
		}
	}
	if k := f.postnominalAdjective(t, obj); k >= 0 {
		return k, obj
	}
	return -1, -1
}

// postnominalAdjective returns the first adjective after object obj of
// verb t that follows the words it hangs from, or -1; adjectives before
// their noun are passed over. English puts adjectives before their noun,
// so one after it is the second predicate of a naming verb however the
// parser attached it: right after a noun of t's phrase, quotes aside
// ("called Mr Blair's claims absurd", a clausal modifier of "claims";
// "called the UK's rebate from the European Union \"unjustified\"", an
// apposition of "Union"), or closing the object's phrase with no clause
// of its own ("called the tariffs imposed by Washington unfair", hung on
// "imposed"; not "called Nakasone, who is popular").
func (f *frame) postnominalAdjective(t, obj int) int {
	for k := obj + 1; k < len(f.toks); k++ {
		h := f.head(k)
		if f.toks[k].UPOS != "ADJ" || h > k {
			continue // (a word before its noun: "from the European Union")
		}
		if h < obj || !f.isAncestor(t, h) {
			return -1
		}
		if f.nominal[h] && !slices.ContainsFunc(f.toks[h+1:k], func(x nlp.Token) bool { return x.UPOS != "PUNCT" || x.Text == "," }) {
			return k
		}
		if (h == obj || f.isAncestor(obj, h)) && f.closesPhrase(k) && !f.hasSubject(k) && f.childRel(k, func(r string) bool { return r == "cop" }) < 0 {
			return k
		}
		return -1
	}
	return -1
}

// closesPhrase reports whether token k is followed, quotes aside, only by
// the end of the sentence, a comma, a semicolon or a full stop.
func (f *frame) closesPhrase(k int) bool {
	for j := k + 1; j < len(f.toks); j++ {
		switch f.toks[j].Text {
		case "\"", "'", "''", "``", "\u201d", "\u2019":
			continue
		case ",", ";", ".", ":":
			return true
		}
		return false
	}
	return true
}

// namedCode returns the code of what naming verb t says of its object:
// a denial (016) when an accusation is called false ("called the charge
// absurd"), criticism (111) when the predicate, one of its conjuncts or
// a modifier of a noun predicate is a word of negativeWord or
// verdictWords ("called the tariffs unfair", "branded the scheme a
// disgraceful waste"), praise (051) for a word of praiseAdjectives
// ("called the talks constructive"); "" for none or when the verb has
// no second predicate (package extract judges the rest of CALL: "called
// Bush the devil").
func (f *frame) namedCode(t int) string {
	pred, obj := f.namedAs(t)
	if pred < 0 {
		return ""
	}
	words := []int{pred}
	for _, k := range f.children(pred) {
		if r := f.toks[k].Rel; r == "conj" || r == "amod" || isNmod(r) && f.nominal[pred] && (f.caseWord(k) == "OF" || f.caseWord(k) == "FOR") && f.lemmaIn(pred, kindNouns) {
			// (The noun after "act of", "recipe for": "called the
			// raid an act of aggression", "called the plans a
			// recipe for disaster".)
			words = append(words, k)
		}
	}
	neg := func(x int) bool {
		return f.lemmaIs(x, JudgementWord) || JudgementWord(f.upToks[f.tokWord[x]]) || f.lemmaIn(x, falsehoodWords)
	}
	switch {
	case f.negatedWord(pred):
		return ""
	case slices.ContainsFunc(words, neg):
		if f.lemmaIn(obj, accusationNouns) {
			return "016"
		}
		return "111"
	case slices.ContainsFunc(words, func(x int) bool { return f.toks[x].UPOS == "ADJ" && f.lemmaIn(x, praiseAdjectives) }) || f.goodStep(pred) || f.toks[pred].UPOS == "NOUN" && f.praisedPerson(pred):
		return "051"
	}
	return ""
}

// goodStep reports whether noun p is a step or move found good: one of
// stepNouns qualified by a word of goodStepAdjectives ("called Japan's
// decision an important step", "a significant move") or said to go
// forward or the right way ("a step in the right direction"). A step
// merely counted or measured ("a first step", "a major step") or going
// toward a word of judgement ("an important step toward a violation of
// the accord") praises nothing.
func (f *frame) goodStep(p int) bool {
	if f.toks[p].UPOS != "NOUN" || !f.lemmaIn(p, stepNouns) || f.negatedWord(p) {
		return false
	}
	good := false
	for _, k := range f.children(p) {
		w := f.upToks[f.tokWord[k]]
		switch {
		case isNmod(f.toks[k].Rel) && (f.lemmaIs(k, JudgementWord) || slices.ContainsFunc(f.children(k), func(j int) bool { return f.lemmaIs(j, JudgementWord) })):
			return false
		case f.toks[k].Rel == "amod" && goodStepAdjectives[w], w == "FORWARD" || w == "FORWARDS":
			good = true
		case w == "DIRECTION" && f.caseWord(k) == "IN" && slices.ContainsFunc(f.children(k), func(j int) bool { return f.upToks[f.tokWord[j]] == "RIGHT" }):
			good = true
		}
	}
	return good
}

// modalClause reports whether clause base c has a modal auxiliary
// ("would be", "could be", "might be"): what it says is hypothetical.
func (f *frame) modalClause(c int) bool {
	return slices.ContainsFunc(f.children(c), func(k int) bool { return f.toks[k].Rel == "aux" && f.toks[k].XPOS == "MD" })
}

// stepNouns and goodStepAdjectives (upper case): see goodStep.
var (
	stepNouns          = map[string]bool{"STEP": true, "MOVE": true}
	goodStepAdjectives = map[string]bool{"IMPORTANT": true, "SIGNIFICANT": true, "USEFUL": true, "HISTORIC": true, "GOOD": true, "BOLD": true, "VITAL": true, "CRUCIAL": true}
)

// judgedName reports whether a word of JudgementWord lies anywhere in
// the phrase of name pred: "an axis of evil".
func (f *frame) judgedName(pred int) bool {
	for k := range f.toks {
		if (k == pred || f.isAncestor(pred, k)) && f.lemmaIs(k, JudgementWord) {
			return true
		}
	}
	return false
}

// kindNouns (upper case) name a kind whose "of" or "for" noun says what
// it is: "an act of aggression", "a form of blackmail", "a recipe for
// chaos".
var kindNouns = map[string]bool{"ACT": true, "FORM": true, "KIND": true, "PIECE": true, "RECIPE": true, "PRESCRIPTION": true}

// nameGerund reports whether clause base t is a gerund after "for" that
// belongs to the name a naming verb gives ("called Labour a machine for
// talking about things", the gerund hung on "called"): part of the name,
// no act of the namer.
func (f *frame) nameGerund(t int) bool {
	h := f.head(t)
	return h >= 0 && h < t && f.toks[t].XPOS == "VBG" && f.hasMark(t, "FOR") && f.nameBeforeFor(h)
}

// nameBeforeFor reports whether naming verb t ("called Labour a machine
// for raising taxes") has its name before the first "for" after it: the
// "for" belongs to the name, and the verb calls for nothing.
func (f *frame) nameBeforeFor(t int) bool {
	pred, _ := f.namedAs(t)
	if pred < 0 || !f.nominal[pred] {
		return false
	}
	for k := t + 1; k < len(f.toks); k++ {
		if f.upToks[f.tokWord[k]] == "FOR" {
			return k > pred
		}
	}
	return false
}

// deniedSubject reports whether clause base b has a subject that denies
// what the clause says of anyone: "neither Congress nor the
// administration wants to undermine relations", "no one in Congress
// wants to ...", "nobody ...". Such a clause clears the parties it names
// of what it says; it does not judge them.
func (f *frame) deniedSubject(b int) bool {
	s := f.childRel(b, func(r string) bool { return r == "nsubj" || r == "nsubj:pass" })
	if s < 0 {
		return false
	}
	switch f.upToks[f.tokWord[s]] {
	case "NOBODY", "NO-ONE", "NONE":
		return true
	}
	// ("neither" hangs on the subject, or on the verb as its mark.)
	neither := func(k int) bool { return k < s && f.upToks[f.tokWord[k]] == "NEITHER" }
	return f.noneOf(s) || slices.ContainsFunc(f.children(s), neither) || slices.ContainsFunc(f.children(b), neither)
}

// noneOf reports whether token x, or the noun it modifies, is denied by
// the determiner "no": "knows of no wrongdoing", "there was no waste".
func (f *frame) noneOf(x int) bool {
	no := func(n int) bool {
		return slices.ContainsFunc(f.children(n), func(k int) bool { return f.toks[k].Rel == "det" && f.upToks[f.tokWord[k]] == "NO" })
	}
	if no(x) {
		return true
	}
	h := f.head(x)
	return h >= 0 && (f.toks[x].Rel == "amod" || f.toks[x].Rel == "advmod") && no(h)
}

// outcomeFailure reports whether token x is "fail" naming an outcome
// rather than blaming a party: a modifier ("the failed bank had 148.9
// million dlrs in assets", "the 91st bank to fail this year"), a failure
// to agree ("Canadian and Egyptian negotiators failed to conclude an
// agreement"), which is the talks' and both sides', the failure of a
// thing, or a firm's failing with neither object nor complement (its
// bankruptcy).
func (f *frame) outcomeFailure(x int) bool {
	if !f.lemmaIn(x, failVerbs) {
		return false
	}
	if r := f.toks[x].Rel; r == "amod" || r == "acl" {
		return true
	}
	xc := f.childRel(x, func(r string) bool { return r == "xcomp" })
	if xc >= 0 && f.lemmaIn(xc, reciprocalVerbs) {
		return true
	}
	subj := f.depSubject(x, 0)
	if subj >= 0 && f.toks[subj].UPOS == "NOUN" && !f.lookCoded(subj) {
		// "Talks between the United States and Japan have failed to
		// head off the tariffs": no party failed. A party's own
		// course that fails is its failure ("said Labour's
		// immigration policy had failed").
		return !slices.ContainsFunc(f.children(subj), func(c int) bool {
			return f.toks[c].Rel == "nmod:poss" && f.toks[c].UPOS != "PRON" && (f.slotCoded(c) || f.lookCoded(c))
		})
	}
	// "Two Utah banks have failed": a firm that fails goes bankrupt.
	code := f.tokCode(subj)
	return subj >= 0 && xc < 0 && f.childRel(x, func(r string) bool { return r == "obj" }) < 0 && len(code) >= 6 && code[3:6] == "BUS"
}

// failVerbs (upper case) are the lemmas of failing.
var failVerbs = map[string]bool{"FAIL": true}

// judgementParticiple reports whether clause base x is a passive
// participle without an agent whose written form (hyphenated words
// joined) is a word of negativeWord: "was ill-advised", "was
// ill-conceived", "were misguided" tagged as participles.
func (f *frame) judgementParticiple(x int) bool {
	return f.toks[x].XPOS == "VBN" && negativeWord(f.upToks[f.tokWord[x]]) && f.passiveClause(x) && f.agentPhrase(x) < 0
}

// verdict reports whether predicate p of a reported clause is a word of
// verdictWords, or a noun predicate modified by one ("was an unfair
// decision", "was an act of aggression"), not negated ("was not a
// violation").
func (f *frame) verdict(p int) bool {
	if f.toks[p].UPOS != "ADJ" && f.toks[p].UPOS != "NOUN" || f.negatedWord(p) {
		return false
	}
	if f.lemmaIn(p, verdictWords) || verdictWords[f.upToks[f.tokWord[p]]] || f.toks[p].UPOS == "ADJ" && verdictAdjectives[f.upToks[f.tokWord[p]]] {
		return true
	}
	if f.toks[p].UPOS == "ADJ" && slices.ContainsFunc(f.children(p), func(k int) bool {
		return f.toks[k].Rel == "advmod" && judgementAdverb(f.upToks[f.tokWord[k]])
	}) {
		// "said the proposals were unacceptably tough", "said the
		// cuts were recklessly deep": a degree found wrong.
		return true
	}
	return f.toks[p].UPOS == "NOUN" && slices.ContainsFunc(f.children(p), func(k int) bool {
		return (f.toks[k].Rel == "amod" || f.toks[k].Rel == "nmod" && f.caseWord(k) == "OF") && verdictWords[f.upToks[f.tokWord[k]]]
	})
}

// verdictAgent returns, for a reported clause with base cb whose subject
// cs is a pronoun that names no one ("it", "this", "that"), the party in
// the "by" phrase of its noun predicate ("said it was a plot by China to
// downgrade Taiwan's status", "said this was a provocation by the North"),
// or -1: the author of what is judged is whom the clause is about.
func (f *frame) verdictAgent(cb, cs int) int {
	if cs < 0 || f.toks[cs].UPOS != "PRON" || f.slotCoded(cs) || f.toks[cb].UPOS != "NOUN" {
		return -1
	}
	switch f.upToks[f.tokWord[cs]] {
	case "IT", "THIS", "THAT":
	default:
		return -1
	}
	return f.byAuthor(cb, -1)
}

// flawedBasis reports whether clause base b says its subject rests on
// something false or mistaken: a passive "based on" or "founded on" whose
// "on" noun is one of flawNouns or is qualified by one of flawAdjectives
// ("said the U.S. decision was based on incorrect data", "said the
// tariffs were based on a misunderstanding"), not negated.
func (f *frame) flawedBasis(b int) bool {
	if b < 0 || !f.lemmaIn(b, basedVerbs) || !f.passiveClause(b) || f.negatedWord(b) {
		return false
	}
	return slices.ContainsFunc(f.children(b), func(k int) bool {
		if baseRel(f.toks[k].Rel) != "obl" || f.caseWord(k) != "ON" {
			return false
		}
		return f.lemmaIn(k, flawNouns) || slices.ContainsFunc(f.children(k), func(a int) bool {
			return f.toks[a].Rel == "amod" && flawAdjectives[f.upToks[f.tokWord[a]]]
		})
	})
}

// basedVerbs, flawNouns and flawAdjectives (upper case): see flawedBasis.
var (
	basedVerbs     = map[string]bool{"BASE": true, "FOUND": true}
	flawNouns      = map[string]bool{"MISUNDERSTANDING": true, "MISCONCEPTION": true, "MISCALCULATION": true, "ERROR": true, "MISTAKE": true, "MISINFORMATION": true, "MISREADING": true}
	flawAdjectives = map[string]bool{"INCORRECT": true, "INACCURATE": true, "FALSE": true, "FLAWED": true, "FAULTY": true, "WRONG": true, "MISTAKEN": true, "ERRONEOUS": true, "MISLEADING": true, "OUTDATED": true}
)

// posingVerbs (upper case) predicate their object of their subject as a
// copula does: "posed a threat", "represents a danger", "constituted a
// provocation".
var posingVerbs = map[string]bool{"POSE": true, "REPRESENT": true, "CONSTITUTE": true}

// ownClause collects clause c without the adverbial and relative clauses
// that have a subject of their own: what "even after the court ruled it
// illegal" says is not said of the clause's subject.
func (f *frame) ownClause(c int, out []int) []int {
	out = append(out, c)
	for _, k := range f.children(c) {
		switch f.toks[k].Rel {
		case "advcl", "acl:relcl", "parataxis":
			if f.childRel(k, func(r string) bool { return r == "nsubj" || r == "nsubj:pass" }) >= 0 {
				continue
			}
		}
		out = f.ownClause(k, out)
	}
	return out
}

// praiseAdjectives and meritNouns (upper case) make a reported statement
// about an actor praise (051): an adjective of merit predicated of the
// actor ("said Volcker has been an outstanding chairman", "said Chirac was
// courageous"), or a noun of achievement the actor made or showed ("insisted
// that the Turkish leadership had made great advances"). Elsewhere in
// the clause they praise nobody ("had 2.2 mln shares outstanding",
// "reported excellent profits growth", "said the rebels advanced").
var (
	praiseAdjectives = map[string]bool{
		"COURAGEOUS": true, "BRAVE": true, "EXCELLENT": true, "IMPRESSIVE": true, "OUTSTANDING": true,
		"ADMIRABLE": true, "STATESMANLIKE": true, "COMMENDABLE": true, "REMARKABLE": true, "HEROIC": true,
		"EXEMPLARY": true, "GRATEFUL": true, "THANKFUL": true, "INDEBTED": true,
		// A party's act found good ("said the IRA's statement was a
		// positive step", "said Japan's offer was constructive").
		"POSITIVE": true, "CONSTRUCTIVE": true, "ENCOURAGING": true, "WELCOME": true, "HELPFUL": true,
		// A person's character praised ("said Mr Blair was an
		// honourable man").
		"HONOURABLE": true, "HONORABLE": true, "HONEST": true, "DECENT": true, "PRINCIPLED": true,
		"SUPERB": true, "VISIONARY": true, "INSPIRING": true,
		// A party's course found wise or generous ("said Japan's
		// decision was wise", "called the U.S. offer generous"; not
		// "sensible", as often faint or wry as praise).
		"WISE": true, "LAUDABLE": true, "PRAISEWORTHY": true, "FAR-SIGHTED": true,
		"FARSIGHTED": true, "GENEROUS": true,
	}
	meritNouns = map[string]bool{"ADVANCE": true, "ADVANCES": true, "ACHIEVEMENT": true, "COURAGE": true}
	// workNouns (upper case) are praise when a word of goodAdjectives
	// or praiseAdjectives qualifies them ("had done a good job", "did
	// great work").
	workNouns = map[string]bool{"JOB": true, "WORK": true}
	// goodAdjectives (upper case) praise only the work of workNouns.
	goodAdjectives = map[string]bool{"GOOD": true, "GREAT": true, "FINE": true, "FANTASTIC": true, "TREMENDOUS": true, "SPLENDID": true, "MAGNIFICENT": true}
)

// praisedPerson reports whether noun p, or the "of" noun of "one of",
// praises a person as what it names: one of personPraiseNouns ("a
// giant of the labour movement", "an inspiration"), or a noun of
// greatRoleNouns qualified by a word of goodAdjectives or
// praiseAdjectives ("a great leader", "one of the great advocates of
// our generation").
func (f *frame) praisedPerson(p int) bool {
	if f.upToks[f.tokWord[p]] == "ONE" {
		p = f.childRel(p, func(r string) bool { return isNmod(r) })
		if p < 0 || f.caseWord(p) != "OF" {
			return false
		}
	}
	if f.toks[p].UPOS != "NOUN" {
		return false
	}
	if f.lemmaIn(p, personPraiseNouns) {
		return true
	}
	return f.lemmaIn(p, greatRoleNouns) && slices.ContainsFunc(f.children(p), func(k int) bool {
		return f.toks[k].Rel == "amod" && (f.lemmaIn(k, goodAdjectives) || f.lemmaIn(k, praiseAdjectives))
	})
}

// personPraiseNouns and greatRoleNouns (upper-case lemmas): see
// praisedPerson.
var (
	personPraiseNouns = map[string]bool{"HERO": true, "GIANT": true, "LEGEND": true, "INSPIRATION": true, "STATESMAN": true}
	greatRoleNouns    = map[string]bool{
		"LEADER": true, "ADVOCATE": true, "SERVANT": true, "REFORMER": true, "PATRIOT": true, "MAN": true,
		"WOMAN": true, "FRIEND": true, "CHAMPION": true, "CHAIRMAN": true, "MINISTER": true, "PRESIDENT": true,
	}
)

// positiveContent reports whether the clause reported by speech verb t
// credits its subject with merit (see praiseAdjectives) or finds its act
// sound (an approvalAdjectives word with an infinitive), and no negation
// in the clause denies it ("had made no advances", "was not courageous").
func (f *frame) positiveContent(t int) bool {
	c := f.complementOf(t)
	if c < 0 {
		return false
	}
	praise := func(x int) bool {
		switch f.toks[x].UPOS {
		case "ADJ":
			return f.lemmaIn(x, praiseAdjectives)
		case "NOUN":
			return f.lemmaIn(x, meritNouns) || f.lemmaIn(x, workNouns) && slices.ContainsFunc(f.children(x), func(k int) bool {
				return f.toks[k].Rel == "amod" && (f.lemmaIn(k, goodAdjectives) || f.lemmaIn(k, praiseAdjectives))
			})
		}
		return false
	}
	found := false
	switch f.toks[c].UPOS {
	case "ADJ":
		// "said Labour was right to reject the Tories' idea": a
		// party's act found sound is endorsed (051); the word alone
		// praises nobody ("said Mr Brown was confident").
		// (The parser may hang the infinitive as a clausal subject.)
		found = praise(c) || f.lemmaIn(c, approvalAdjectives) && slices.ContainsFunc(f.children(c), func(k int) bool {
			r := f.toks[k].Rel
			return (r == "xcomp" || r == "csubj" || r == "advcl") && f.hasMark(k, "TO")
		})
	case "NOUN", "NUM":
		// "has been an outstanding chairman", "was an important
		// step" (not "a more flexible position would be the most
		// important step", which asks for it), "was a giant of the
		// labour movement", "was one of the great advocates of our
		// generation"
		found = f.childRel(c, func(r string) bool { return r == "cop" }) >= 0 &&
			(slices.ContainsFunc(f.children(c), func(k int) bool { return f.toks[k].Rel == "amod" && praise(k) }) || f.stepDirection(c) > 0 || f.goodStep(c) && !f.modalClause(c) ||
				f.praisedPerson(c))
	case "VERB":
		// "had made great advances", "showed great courage"
		found = slices.ContainsFunc(f.children(c), func(k int) bool { return f.toks[k].Rel == "obj" && praise(k) })
	}
	if !found {
		return false
	}
	for _, x := range f.subtree(c, f.scratch[:0]) {
		if up := f.upToks[f.tokWord[x]]; negationWord(up) || up == "NO" && f.toks[x].Rel == "det" {
			return false
		}
	}
	return true
}

// stepDirection tells, for a noun predicate p of a reported clause,
// whether it calls its subject a step forward (+1: "said Japan's offer
// was a step in the right direction", "a step forward", "a
// breakthrough") or a step back (-1: "was a step backwards", "a step in
// the wrong direction"); 0 otherwise. Copular predicates only: "took a
// step back" reports an act.
func (f *frame) stepDirection(p int) int {
	if f.toks[p].UPOS != "NOUN" || f.negatedWord(p) || f.childRel(p, func(r string) bool { return r == "cop" }) < 0 {
		return 0
	}
	switch f.upToks[f.tokWord[p]] {
	case "BREAKTHROUGH":
		return 1
	case "BACKWARD", "BACKWARDS":
		// "a step backwards" parsed as a compound.
		if slices.ContainsFunc(f.children(p), func(k int) bool {
			return f.toks[k].Rel == "compound" && f.upToks[f.tokWord[k]] == "STEP"
		}) {
			return -1
		}
	}
	if f.upToks[f.tokWord[p]] != "STEP" {
		return 0
	}
	for _, k := range f.children(p) {
		switch w := f.upToks[f.tokWord[k]]; {
		case w == "FORWARD" || w == "FORWARDS":
			return 1
		case w == "BACK" || w == "BACKWARD" || w == "BACKWARDS":
			return -1
		case w == "DIRECTION" && f.caseWord(k) == "IN":
			for _, a := range f.children(k) {
				switch f.upToks[f.tokWord[a]] {
				case "RIGHT":
					return 1
				case "WRONG":
					return -1
				}
			}
		}
	}
	return 0
}

// virtueAdjectives (upper case) are the qualities whose denial in a
// reported statement blames its subject ("are not being straight with
// people", "was not honest").
var virtueAdjectives = map[string]bool{
	"STRAIGHT": true, "STRAIGHTFORWARD": true, "HONEST": true, "TRUTHFUL": true, "CANDID": true, "FRANK": true,
	"CREDIBLE": true, "COMPETENT": true, "TRUSTWORTHY": true, "SERIOUS": true,
	// A course denied approval ("said the U.S. move was not helpful",
	// "said the tariffs were not justified").
	"HELPFUL": true, "CONSTRUCTIVE": true, "ACCEPTABLE": true, "APPROPRIATE": true, "FAIR": true,
	"JUSTIFIED": true, "REASONABLE": true, "WISE": true,
}

// negatedWord reports whether token x has "not", "n't" or "never" among
// its dependents (a predicate adjective carries its clause's negation).
func (f *frame) negatedWord(x int) bool {
	for _, k := range f.children(x) {
		if negationWord(f.upToks[f.tokWord[k]]) {
			return true
		}
	}
	return false
}

// negationWord reports whether w (upper case) negates the word it
// depends on. A switch, not a map: it is asked of every child of many
// words, and three words compare faster than a string is hashed.
func negationWord(w string) bool {
	switch w {
	case "NOT", "N'T", "NEVER":
		return true
	}
	return false
}

// blameContent reports whether the clause that speech verb t reports
// makes its subject the author of a hostile act: "X was behind the
// bombing", "X was responsible for the attack".
func (f *frame) blameContent(t int) bool {
	c := f.complementOf(t)
	if c < 0 {
		return false
	}
	if cb := f.clauseBase(c); f.lemmaIn(cb, wrongdoingVerbs) && !f.negatedWord(cb) {
		// "said Iraq was hiding weapons of mass destruction".
		return true
	}
	if cb := f.clauseBase(c); f.upToks[f.tokWord[cb]] == "BLAME" && f.hasMark(cb, "TO") && !f.negatedWord(cb) &&
		slices.ContainsFunc(f.children(cb), func(k int) bool { return f.lemmaIs(k, func(w string) bool { return w == "BE" }) }) {
		// "said Turkey was to blame for the tension".
		return true
	}
	if cb := f.clauseBase(c); f.faultOf(cb) >= 0 {
		// "said the slide was partly the fault of Nakasone", "said
		// the deficit was Japan's fault".
		return true
	}
	// The predicate: the complement itself when the copula hangs on the
	// act noun ("was behind the bombing"), or "responsible" with the act
	// in its "for" phrase.
	pred := c
	if f.upToks[f.tokWord[pred]] == "RESPONSIBLE" {
		for _, k := range f.children(pred) {
			if isNmod(f.toks[k].Rel) || baseRel(f.toks[k].Rel) == "obl" {
				if f.caseWord(k) == "FOR" {
					pred = k
				}
			}
		}
		if pred == c {
			return false
		}
	} else if f.caseWord(pred) != "BEHIND" && !(f.toks[pred].UPOS == "NOUN" && slices.ContainsFunc(f.children(pred), func(k int) bool {
		return isNmod(f.toks[k].Rel) && f.caseWord(k) == "BY"
	})) {
		// (Or the act is the predicate, its author in a "by" phrase:
		// "said it was a plot by China".)
		return false
	}
	return actNouns[f.upToks[f.tokWord[pred]]] || blameNouns[f.upToks[f.tokWord[pred]]]
}

// judgedDoer returns, for a reported clause with base cb whose subject
// cs (or expletive) is "it" and whose predicate judges an act ("it was unfair for the
// United States to impose tariffs", "it was unacceptable for the lord
// chancellor to be Speaker"), the coded doer in the predicate's "for"
// phrase before the infinitive, or -1.
func (f *frame) judgedDoer(cb, cs int) int {
	if cs < 0 {
		cs = f.childRel(cb, func(r string) bool { return r == "expl" }) // (the parser's reading of "it")
	}
	if cs < 0 || f.toks[cs].UPOS != "PRON" || f.upToks[f.tokWord[cs]] != "IT" || f.negatedWord(cb) ||
		!(f.lemmaIn(cb, impersonalPredicates) || f.lemmaIs(cb, JudgementWord)) {
		return -1
	}
	doer, act := -1, false
	for _, k := range f.children(cb) {
		switch r := baseRel(f.toks[k].Rel); {
		case (r == "obl" || isNmod(f.toks[k].Rel)) && f.caseWord(k) == "FOR" && f.toks[k].UPOS != "PRON" && (f.slotCoded(k) || f.lookCoded(k)):
			doer = k
		case (r == "advcl" || r == "xcomp" || r == "csubj" || r == "ccomp" || r == "acl") && f.hasMark(k, "TO"):
			act = doer >= 0 && k > doer
		}
	}
	if !act {
		return -1
	}
	return doer
}

// judgedOwnerOf returns, for a reported clause with base cb whose
// subject cs is a pronoun that names no one ("it", "this", "that"), the
// party that owns the word of judgement in the "of" phrase of its
// predicate, as its possessor or a compound ("said this was typical of
// Lib Dem hypocrisy", "said it was a sign of Labour's arrogance"), or
// -1.
func (f *frame) judgedOwnerOf(cb, cs int) int {
	if cs < 0 || f.toks[cs].UPOS != "PRON" || f.slotCoded(cs) || f.negatedWord(cb) {
		return -1
	}
	switch f.upToks[f.tokWord[cs]] {
	case "IT", "THIS", "THAT":
	default:
		return -1
	}
	for _, k := range f.children(cb) {
		if r := baseRel(f.toks[k].Rel); (r != "obl" && !isNmod(f.toks[k].Rel)) || f.caseWord(k) != "OF" || !f.lemmaIs(k, JudgementWord) {
			continue
		}
		for _, o := range f.children(k) {
			if r := f.toks[o].Rel; (r == "nmod:poss" || r == "compound") && f.toks[o].UPOS != "PRON" && (f.slotCoded(o) || f.lookCoded(o)) {
				return o
			}
		}
	}
	return -1
}

// faultOf returns the party that clause base b lays a fault on, or -1:
// b is the noun "fault", not negated, and the party its possessor or its
// "of" phrase, a coded word ("was the fault of Nakasone", "was Japan's
// fault"; not "it was not Japan's fault", nor "the fault of the system").
func (f *frame) faultOf(b int) int {
	if b < 0 || f.toks[b].UPOS != "NOUN" || f.upToks[f.tokWord[b]] != "FAULT" || f.negatedWord(b) {
		return -1
	}
	for _, k := range f.children(b) {
		if (f.toks[k].Rel == "nmod:poss" || isNmod(f.toks[k].Rel) && f.caseWord(k) == "OF") && f.toks[k].UPOS != "PRON" && (f.slotCoded(k) || f.lookCoded(k)) {
			return k
		}
	}
	return -1
}

// wrongdoingVerbs (upper-case lemmas) are the wrongs that saying someone
// does them accuses them (112).
var wrongdoingVerbs = map[string]bool{
	"HIDE": true, "CONCEAL": true, "VIOLATE": true, "BREACH": true, "CHEAT": true, "LIE": true,
	"HARBOUR": true, "HARBOR": true, "SMUGGLE": true, "SPONSOR": true, "DECEIVE": true,
	"MISLEAD": true, "OBSTRUCT": true, "SABOTAGE": true, "TORTURE": true, "PERSECUTE": true,
	// Rules and bodies got round or bent ("said Mr Blair bypassed the
	// Cabinet", "said the junta had rigged the vote").
	"BYPASS": true, "FLOUT": true, "RIG": true, "MANIPULATE": true, "FALSIFY": true,
}

// blameNouns (upper case) are hostile acts someone is said to be behind,
// besides actNouns.
var blameNouns = map[string]bool{
	"BOMBINGS": true, "EXPLOSION": true, "BLAST": true, "KILLING": true, "MURDER": true,
	"ASSASSINATION": true, "PLOT": true, "COUP": true, "UNREST": true, "VIOLENCE": true,
	"HACK": true, "CYBERATTACK": true, "SABOTAGE": true, "MASSACRE": true, "KIDNAPPING": true,
	// Harm and failures laid at someone's door: "said India was
	// responsible for the deadlock".
	"DEADLOCK": true, "IMPASSE": true, "STALEMATE": true, "CRISIS": true, "COLLAPSE": true,
	"ESCALATION": true, "TENSIONS": true, "DEATHS": true, "CASUALTIES": true, "DESTRUCTION": true,
	"ATROCITIES": true, "ABUSES": true, "CRIMES": true, "FAILURE": true,
	"DELAY": true, "DELAYS": true,
}

// quantityAdjectives (upper case) measure rather than judge.
var quantityAdjectives = map[string]bool{"LITTLE": true, "FEW": true, "MANY": true, "MUCH": true}
