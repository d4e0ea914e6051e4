package nlp

import (
	"slices"
	"strings"
)

// determinedPhrase reports whether the noun phrase ending at token k
// (nouns and adjectives before it) opens with a determiner or has a
// capitalised word in it: "the Iraqi army", "Iraqi army", not "great
// knowledge".
func determinedPhrase(toks []Token, k int) bool {
	for ; k >= 0; k-- {
		switch toks[k].XPOS {
		case "DT", "PRP$", "POS":
			return true
		case "NN", "NNS", "NNP", "NNPS", "JJ":
			if k > 0 && toks[k].Text != "" && strings.ToUpper(toks[k].Text[:1]) == toks[k].Text[:1] {
				return true
			}
			continue
		}
		return false
	}
	return false
}

// RepairFinite retags, in a tagged sentence, past participles (XPOS VBN)
// that stand where news text has a finite past-tense verb (VBD), and
// reports how many it changed.
//
// The tagger is trained on web text (UD EWT), where a noun followed by an
// -ed form is as often a reduced relative ("the car repaired last week")
// as a clause ("Rebels attacked the town"). In news the clause reading
// dominates, and tagging it VBN makes the parser attach the verb to the
// noun as a modifier: the sentence loses its predicate and its event.
// Two contexts are repaired, both with the participle directly after a
// noun phrase (adverbs such as "also" and a day such as "on Monday" may
// come between them) and a regular -ed form or an irregular verb whose
// past tense and participle are the same word ("met", "held"):
//
//   - the sentence has no finite verb at all (VBD, VBZ, VBP, MD) but a
//     trailing reporting clause's, the noun phrase opens the sentence or
//     follows a comma, colon, dash or quote: "The European Union imposed
//     sanctions on Russia.", "Hamas militants fired rockets at Tel Aviv,
//     the army said.";
//   - the noun phrase follows a reporting verb or the complementiser
//     "that": "Officials said the talks collapsed.", "He said that
//     police arrested two men.";
//   - the noun phrase follows a subordinator (clauseSubordinators, or
//     "as", which the tagger reads as a preposition) and a noun phrase
//     follows the participle: "after militants fired rockets into
//     southern Israel", "as police fired tear gas".
//
// A participle after "by", "with" or a preposition's object, or with an
// auxiliary before it, is left alone. When no participle was retagged,
// verblessPast and then hyphenPast look for a past tense the tagger read
// as another word class ("Russian troops abducted Ukrainian soldiers,
// officials said", "Police tear-gassed protesters").
func RepairFinite(s *Sentence) int {
	toks := s.Tokens
	n := 0
	repaired := false
	for i := range toks {
		if toks[i].XPOS != "VBN" || !pastLikeParticiple(toks[i].Text) {
			continue
		}
		j := subjectStart(toks, i)
		if j < 0 {
			continue
		}
		ok := false
		switch {
		case j == 0, clauseBoundary(toks[j-1]), j == 1 && toks[0].XPOS == "CC":
			// ("But the shadow home secretary ... accused": a
			// coordinator opening the sentence.)
			ok = !repaired && !mainFinite(toks, i)
		case reportingWord(toks[j-1]):
			// ("said hackers linked to the government had breached
			// ...": not when a finite verb of the clause follows.)
			ok = !finiteAfter(toks, i)
		case (clauseSubordinators[strings.ToLower(toks[j-1].Text)] || strings.EqualFold(toks[j-1].Text, "as") || clauseCoordinator(toks, j-1)) && i+1 < len(toks):
			// "after militants fired rockets", "as security forces
			// fired live ammunition", "..., and Israeli aircraft
			// struck targets in Gaza": with an object.
			switch toks[i+1].XPOS {
			case "DT", "NN", "NNS", "NNP", "NNPS", "CD", "PRP", "PRP$", "JJ":
				ok = true
			}
		}
		if ok {
			toks[i].XPOS, toks[i].UPOS = "VBD", "VERB"
			repaired = true
			n++
		}
	}
	if n == 0 {
		n += verblessPast(toks)
	}
	if n == 0 {
		n += hyphenPast(toks)
	}
	return n
}

// clauseCoordinator reports whether token k is "and" or "but" after a
// comma that follows a finite verb: the coordinator of a second clause
// ("Militants fired rockets into Israel, and Israeli aircraft struck
// targets in Gaza").
func clauseCoordinator(toks []Token, k int) bool {
	if k < 2 || toks[k].XPOS != "CC" || toks[k-1].Text != "," || !strings.EqualFold(toks[k].Text, "and") && !strings.EqualFold(toks[k].Text, "but") {
		return false
	}
	for i := k - 2; i >= 0; i-- {
		switch toks[i].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// hyphenPast retags as a past-tense verb (VBD) the second part of a
// hyphenated compound verb in verbal position, which the tagger reads as
// a participle or an adjective after a base verb or a noun: "Police
// tear-gassed protesters", "North Korea test-fired a missile, Seoul
// said". The compound ("tear", "-", "gassed", written without spaces)
// follows a noun phrase that opens the sentence (or follows a comma, a
// quote or a leading coordinator), a noun phrase follows it, and the
// sentence has no finite verb but a trailing reporting clause's. The
// first part, if tagged as a verb, becomes a noun. It reports how many
// it changed (0 or 1).
func hyphenPast(toks []Token) int {
	for k, t := range toks {
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			if !trailingReport(toks, k) {
				return 0
			}
		}
	}
	for i := 3; i+1 < len(toks); i++ {
		t := toks[i]
		if t.XPOS != "VBN" && t.XPOS != "JJ" || !pastLikeParticiple(t.Text) && !irregularPast(t.Text) ||
			toks[i-1].Text != "-" || toks[i-2].SpaceAfter || toks[i-1].SpaceAfter || !lowerWord(toks[i-2].Text, 2, 12) {
			continue
		}
		if !pastSlot(toks, i-2, i+1) {
			continue
		}
		toks[i].XPOS, toks[i].UPOS = "VBD", "VERB"
		if strings.HasPrefix(toks[i-2].XPOS, "VB") {
			toks[i-2].XPOS, toks[i-2].UPOS = "NN", "NOUN"
		}
		return 1
	}
	return 0
}

// pastSlot reports whether a verb between the noun phrase ending at
// token subjEnd and token next stands in a past tense's place: the noun
// phrase opens the sentence (or follows a comma, a quote or a leading
// coordinator) and a noun phrase starts at next.
func pastSlot(toks []Token, subjEnd, next int) bool {
	j := subjectStart(toks, subjEnd)
	if j < 0 || !(j == 0 || clauseBoundary(toks[j-1]) || j == 1 && toks[0].XPOS == "CC") {
		return false
	}
	switch toks[next].XPOS {
	case "NN", "NNS", "DT", "JJ", "NNP", "NNPS", "PRP$", "CD", "$":
		return true
	}
	return false
}

// verblessPast retags as a past-tense verb (VBD) a word in verbal
// position that the tagger read as something else, in a sentence with no
// finite verb but a trailing reporting clause's, and no participle
// before the word: an "-ed" adjective
// ("Japan relaxed export controls on South Korea", "Russian troops
// abducted Ukrainian soldiers, officials said" with the -ed form an
// adjective of the object) or an irregular past form read as an adverb,
// adjective, noun or preposition ("The United States unfroze $6 billion",
// "Rebels overran two army bases"). The word is in lower case, directly
// after a noun phrase that opens the sentence (or follows a comma, a
// quote or a leading coordinator), and a noun phrase follows it. It
// reports how many it changed (0 or 1).
func verblessPast(toks []Token) int {
	for k, t := range toks {
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "VB", "MD":
			if !trailingReport(toks, k) {
				return 0
			}
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		if strings.HasPrefix(toks[i].XPOS, "VB") {
			return 0 // a participle before: not the first verb
		}
		if !verbalPastWord(toks[i]) {
			continue
		}
		if !pastSlot(toks, i, i+1) {
			continue
		}
		toks[i].XPOS, toks[i].UPOS = "VBD", "VERB"
		return 1
	}
	return 0
}

// verbalPastWord reports whether t, tagged as no verb, may be a past
// tense the tagger missed: a lower-case "-ed" adjective, or an irregular
// past form (see IrregularLemma) tagged as an adjective, adverb, noun or
// preposition.
func verbalPastWord(t Token) bool {
	if t.Text == "" || t.Text[0] < 'a' || t.Text[0] > 'z' {
		return false
	}
	switch t.XPOS {
	case "JJ":
		if len(t.Text) >= 5 && strings.HasSuffix(t.Text, "ed") {
			return true
		}
	case "RB", "NN", "IN":
	default:
		return false
	}
	return irregularPast(t.Text)
}

// finiteAfter reports whether a finite verb or auxiliary (VBD, VBZ, VBP,
// MD) follows token i in its clause: before the next punctuation mark,
// coordinator or subordinator.
func finiteAfter(toks []Token, i int) bool {
	for k := i + 1; k < len(toks); k++ {
		switch toks[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case ",", ".", ":", "CC", "WDT", "WP", "WRB":
			return false
		}
		if toks[k].UPOS == "SCONJ" || toks[k].UPOS == "PUNCT" {
			return false
		}
	}
	return false
}

// mainFinite reports whether the sentence has a finite verb (VBD, VBZ,
// VBP, MD) that could be the predicate of the clause of participle i:
// not a trailing reporting verb, and not one of a subordinate or relative
// clause that a subordinator opens after i ("Police arrested dozens of
// protesters after they called for ...") or that ends with a comma before
// i ("After they called for ..., police arrested dozens").
func mainFinite(toks []Token, i int) bool {
	for k := range toks {
		switch toks[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
		default:
			continue
		}
		if trailingReport(toks, k) {
			continue
		}
		if k > i && subordinatorBetween(toks, i+1, k) {
			continue
		}
		if k > i && subordinateSubject(toks, i+1, k) {
			continue
		}
		if k < i && subordinatorBetween(toks, 0, k) && commaBetween(toks, k+1, i) {
			continue
		}
		if objectComplement(toks, k) {
			continue
		}
		if k > i && sharedPredicate(toks, i, k) {
			continue
		}
		return true
	}
	return false
}

// sharedPredicate reports whether the finite verb k is the second of two
// predicates that share one subject with the -ed form i before it:
// "Soldiers in Niger detained President Mohamed Bazoum and seized power".
// The -ed form takes an object (a reduced relative, being passive, does
// not), and only its object and the conjunction "and" stand between the
// two verbs, so that if k is finite so is i.
func sharedPredicate(toks []Token, i, k int) bool {
	if i+1 >= k-1 || !strings.EqualFold(toks[k-1].Text, "and") {
		return false
	}
	switch toks[i+1].XPOS {
	case "DT", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "JJ":
	default:
		return false
	}
	switch w := strings.ToLower(toks[i+1].Text); {
	case w == "yesterday", w == "today", w == "tonight", w == "last", w == "this", weekday(w), lowerIn(fullMonths, w):
		return false // "detained yesterday and freed": a time, not an object
	}
	for m := i + 1; m < k-1; m++ {
		switch toks[m].XPOS {
		case "DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "CD", "HYPH":
		default:
			return false
		}
	}
	return true
}

// objectComplement reports whether the -ed form k completes the object
// of "leaving", "left" or "leave" ("..., leaving several soldiers
// injured"): a participle, whatever its tag.
func objectComplement(toks []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch toks[j].XPOS {
		case "NN", "NNS", "NNP", "NNPS", "JJ", "CD", "DT", "PRP", "PRP$":
			continue
		}
		switch strings.ToLower(toks[j].Text) {
		case "leaving", "left", "leave", "leaves":
			return j < k-1
		}
		return false
	}
	return false
}

// subordinatorBetween reports whether tokens lo..hi-1 hold a word that
// opens a subordinate or relative clause.
func subordinatorBetween(toks []Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch toks[k].XPOS {
		case "WDT", "WP", "WP$", "WRB":
			return true
		}
		if toks[k].UPOS == "SCONJ" {
			return true
		}
	}
	return false
}

// subordinateSubject reports whether the finite verb k, after token lo,
// has a subject opened by a subordinator that the tagger read as a
// preposition: "Police arrested more than 100 people as protesters
// clashed with officers" ("as" right before the noun phrase that ends at
// k; "after the riot was ..." may be the reduced relative's own phrase).
func subordinateSubject(toks []Token, lo, k int) bool {
	j := subjectStart(toks, k)
	if j-1 < lo || j < 1 {
		return false
	}
	return strings.EqualFold(toks[j-1].Text, "as")
}

// commaBetween reports whether tokens lo..hi-1 hold a comma.
func commaBetween(toks []Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if toks[k].Text == "," {
			return true
		}
	}
	return false
}

// trailingReport reports whether the verb at i is the reporting verb of a
// clause that closes the sentence after a comma: ", the army said.",
// ", officials said on Monday.".
func trailingReport(toks []Token, i int) bool {
	if !reportingWord(toks[i]) || strings.EqualFold(toks[i].Text, "that") {
		return false
	}
	comma := -1
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].Text == "," {
			comma = k
			break
		}
		switch toks[k].XPOS {
		case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "POS", "PRP$", "HYPH":
		default:
			return false
		}
	}
	if comma < 0 {
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		switch toks[k].XPOS {
		case ".", "IN", "NNP", "NN", "DT", "``", "''", "-RRB-":
		default:
			return false
		}
	}
	return true
}

// subjectStart returns the index of the first word of the noun phrase
// that ends just before participle i (skipping adverbs and an "on
// <day>" phrase between them), or -1 when no noun phrase ends there.
func subjectStart(toks []Token, i int) int {
	k := i - 1
	for k >= 0 && toks[k].XPOS == "RB" && !strings.EqualFold(toks[k].Text, "not") {
		k--
	}
	if k >= 1 && weekday(toks[k].Text) && strings.EqualFold(toks[k-1].Text, "on") {
		k -= 2
	}
	if k >= 0 && toks[k].Text == "," {
		// "the shadow home secretary, Mark Oaten, accused", "Vincent
		// Cable, for the Liberal Democrats, called": a name, a title
		// or a phrase saying whom the subject speaks for, set off by
		// commas after the subject's noun.
		c := k - 1
		names := 0
		for c >= 0 && appositionTag(toks[c]) {
			if toks[c].XPOS == "NNP" || toks[c].XPOS == "NNPS" || toks[c].XPOS == "NN" {
				names++
			}
			c--
		}
		if c < 1 || names == 0 || toks[c].Text != "," {
			return -1
		}
		switch toks[c-1].XPOS {
		case "NN", "NNS", "NNP", "NNPS":
			k = c - 1
		default:
			return -1
		}
	}
	if k < 0 {
		return -1
	}
	switch toks[k].XPOS {
	case "NN", "NNS", "NNP", "NNPS", "PRP":
	default:
		return -1
	}
	if toks[k].XPOS == "PRP" {
		switch strings.ToLower(toks[k].Text) {
		case "he", "she", "it", "we", "they", "i", "you":
			return k
		}
		return -1
	}
	j := k
	for j > 0 {
		switch toks[j-1].XPOS {
		case "DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "CD", "HYPH", "NFP":
			j--
			continue
		case "VBN", "VBD":
			// "U.S.-led forces", "Iranian-backed militias": a
			// hyphenated participle inside the noun phrase.
			if j >= 3 && toks[j-2].Text == "-" && !toks[j-3].SpaceAfter && !toks[j-2].SpaceAfter {
				j -= 2
				continue
			}
		case "CC":
			// "Indian and Chinese troops", "Israeli and Hamas
			// negotiators": coordinated modifiers of one head.
			if j >= 2 && nameModifier(toks[j]) && nameModifier(toks[j-2]) {
				j -= 2
				continue
			}
			// "Afghan Taliban forces and Pakistani troops", "the
			// Iraqi army and Kurdish rebels": coordinated noun
			// phrases (a singular common noun only in a phrase
			// with a determiner or a name in it, not "great
			// knowledge and prices compared to ...").
			if j >= 2 && strings.EqualFold(toks[j-1].Text, "and") {
				switch toks[j-2].XPOS {
				case "NNS", "NNP", "NNPS":
					j--
					continue
				case "NN":
					if determinedPhrase(toks, j-2) {
						j--
						continue
					}
				}
			}
		case "IN", "TO":
			// "Forces loyal to Hun Sen", "militias close to the
			// government": a noun and an adjective of allegiance.
			if j >= 3 && strings.EqualFold(toks[j-1].Text, "to") && Allegiance(toks[j-2].Text) {
				switch toks[j-3].XPOS {
				case "NN", "NNS", "NNP", "NNPS":
					j -= 3
					continue
				}
			}
			// "Thousands of protesters", "members of parliament".
			if j >= 2 && strings.EqualFold(toks[j-1].Text, "of") {
				switch toks[j-2].XPOS {
				case "NN", "NNS", "NNP", "NNPS", "CD":
					j -= 2
					continue
				}
			}
			// "Talks between Sudan and South Sudan on oil revenues",
			// "talks with Iran over its nuclear programme": what an
			// event noun after a "between" or "with" phrase is about.
			if n := partiesBefore(toks, j-1); n >= 0 {
				j = n
				continue
			}
			// "Police in Nairobi", "protesters in Hong Kong": people
			// and their place, a name.
			if j >= 2 && (strings.EqualFold(toks[j-1].Text, "in") || strings.EqualFold(toks[j-1].Text, "from")) && properRun(toks, j, k) {
				switch toks[j-2].XPOS {
				case "NN", "NNS":
					j -= 2
					continue
				}
			}
		}
		break
	}
	// A possessive or a determiner cannot open a clause's subject after a
	// preposition (but may after a subordinator such as "after", which
	// RepairFinite checks for an object); the word before the phrase
	// decides (see RepairFinite).
	if j > 0 && toks[j-1].XPOS == "IN" && !strings.EqualFold(toks[j-1].Text, "that") && !strings.EqualFold(toks[j-1].Text, "as") &&
		!clauseSubordinators[strings.ToLower(toks[j-1].Text)] {
		return -1
	}
	return j
}

// appositionTag reports whether token t may stand in a short phrase set
// off by commas after a subject: names, titles, determiners, adjectives,
// numbers and the prepositions of affiliation ("for the Liberal
// Democrats", "of Kent").
func appositionTag(t Token) bool {
	switch t.XPOS {
	case "NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "POS", "HYPH":
		return true
	case "IN", "TO":
		switch strings.ToLower(t.Text) {
		case "for", "of", "from", "at", "to":
			// ("Iran's ambassador to the United Nations".)
			return true
		}
	}
	return false
}

// nameModifier reports whether t is a capitalised adjective or a name,
// the words coordinated before the head of a noun phrase in "Indian and
// Chinese troops", "Israeli and Hamas negotiators".
func nameModifier(t Token) bool {
	return (t.XPOS == "JJ" || t.XPOS == "NNP" || t.XPOS == "NNPS") && capitalisedASCII(t.Text)
}

// clauseBoundary reports whether t can end the material before a
// clause's subject: a comma, colon, dash, semicolon or quote.
func clauseBoundary(t Token) bool {
	switch t.XPOS {
	case ",", ":", "``", "''", "-LRB-", "-RRB-":
		return true
	}
	switch t.Text {
	case "-", "--", "_", "—", "–", ";":
		return true
	}
	return false
}

// reportingWord reports whether t introduces a complement clause whose
// subject follows directly: the complementiser "that" or a finite
// reporting or cognition verb.
func reportingWord(t Token) bool {
	if strings.EqualFold(t.Text, "that") && (t.XPOS == "IN" || t.XPOS == "WDT" || t.XPOS == "DT") {
		return true
	}
	switch t.XPOS {
	case "VBD", "VBZ", "VBP", "VB", "VBG", "VBN":
	default:
		return false
	}
	switch strings.ToLower(t.Text) {
	case "said", "says", "say", "saying",
		"told", "reported", "reports", "announced", "confirmed", "added", "adds",
		"claimed", "claims", "believed", "believes", "thought", "thinks",
		"knew", "know", "knows", "insisted", "insists", "denied", "denies",
		"warned", "warns", "stated", "states", "noted", "notes", "argued", "argues",
		"acknowledged", "admitted", "alleged", "charged", "disclosed", "revealed",
		"indicated", "suggested", "explained", "declared", "asserted", "recalled":
		return true
	}
	return false
}

// pastLikeParticiple reports whether w could be a past-tense form: a
// regular -ed form, or an irregular verb whose past tense and past
// participle are spelled alike.
func pastLikeParticiple(w string) bool {
	lw := strings.ToLower(w)
	if len(lw) > 3 && strings.HasSuffix(lw, "ed") {
		return true
	}
	return sameFormPast[lw]
}

// sameFormPast lists common irregular verbs whose past tense and past
// participle are one word.
var sameFormPast = map[string]bool{
	"met": true, "held": true, "sent": true, "left": true, "fought": true, "brought": true,
	"bought": true, "caught": true, "found": true, "made": true, "paid": true, "built": true,
	"hit": true, "put": true, "set": true, "cut": true, "shut": true, "led": true, "fled": true,
	"won": true, "lost": true, "spent": true, "struck": true, "sought": true, "taught": true,
	"heard": true, "kept": true, "spread": true, "told": true, "said": true, "sold": true,
	"had": true, "shot": true, "lent": true, "sat": true, "stood": true, "understood": true,
	"withheld": true, "upheld": true, "laid": true, "meant": true, "dealt": true, "felt": true,
	"bound": true, "fed": true, "bled": true, "burnt": true, "swept": true, "slept": true,
	"quit": true, "let": true, "bet": true, "cast": true, "forecast": true, "broadcast": true,
	"hurt": true, "beat": true, "read": true, "bid": true, "thrust": true, "split": true,
	"got": true, "stuck": true, "hung": true,
}

// weekday reports whether w names a day of the week.
func weekday(w string) bool { return len(w) >= 6 && len(w) <= 9 && lowerIn(weekdays, w) }

// weekdays are the names of the days of the week (lower case).
var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// fullMonths are the full names of the months (lower case).
var fullMonths = wordSet(fullMonthWords)

// fullMonthWords lists the words of fullMonths, which monthNames holds
// too.
const fullMonthWords = `january february march april may june july august september october november december`

// RepairRoot re-roots a parsed sentence whose root is a noun while a
// finite verb (VBD, VBZ, VBP) hangs from it as an adjectival or compound
// modifier, a subjectless relative clause, parataxis or conjunct (a base
// form with a modal, "will visit", counts as finite): "Venezuelan
// security forces detained opposition leader Leopoldo Lopez" parsed as a noun phrase headed by "leader", with
// "detained" its amod. A finite verb is never an adjectival modifier, so
// the verb becomes the root, the noun its object (or its subject when
// the noun comes first), and the noun's dependents on the verb's other
// side move to the verb with their relations ("forces" becomes the
// verb's nsubj). It reports whether it changed the tree.
func RepairRoot(s *Sentence) bool {
	toks := s.Tokens
	r, n := root(toks)
	if n != 1 {
		return false // no root or several: leave it
	}
	if toks[r].UPOS != "NOUN" && toks[r].UPOS != "PROPN" {
		return false
	}
	if hasDependent(toks, r, "cop") {
		return false // "Zarqawi is a Jordanian, and ... had ...": a clause
	}
	v := -1
	for i := range toks {
		switch toks[i].XPOS {
		case "VBD", "VBZ", "VBP":
		case "VB":
			// "will visit": a base form with a modal is finite too.
			if !hasModal(toks, i) {
				continue
			}
		case "VBN", "VBG":
			// "West Germany ... has never threatened Tokyo": so is
			// a participle with a finite auxiliary, and a past form
			// read as the participle modifying the noun after it
			// right after a name ("Thabo Mbeki attacked British
			// imperialists on Sunday").
			if !finiteAux(toks, i) && !namedPastModifier(toks, i) && !pastWithFiniteConjunct(toks, i) {
				continue
			}
		default:
			continue
		}
		// A title (or part of a name) as the root and the rest of the
		// name as the subject of the verb right after it is a
		// candidate whatever the verb's label.
		tail := toks[i].Head-1 == r && i > r && !relativeWord(toks, r, i) && !hasDependent(toks, i, "mark", "expl") && nameTail(toks, r, i) >= 0
		if !tail {
			switch toks[i].Rel {
			case "amod", "compound":
			case "acl", "acl:relcl":
				// "Donald Trump and Vladimir Putin held their first
				// meeting" read as a noun phrase with a relative clause:
				// only a clause after its noun with no subject, marker or
				// relative pronoun of its own. The noun may be the last
				// conjunct of the root ("Sudan's army and the Rapid
				// Support Forces agreed to a ceasefire").
				h := toks[i].Head - 1
				if h != r && !lastConjunct(toks, r, h, i) || i < r || relativeWord(toks, h, i) {
					continue
				}
				if hasDependent(toks, i, "nsubj", "nsubj:pass", "mark", "expl") && nameTail(toks, r, i) < 0 {
					continue
				}
			case "parataxis", "conj", "advcl":
				// "Chinese Foreign Minister Wang Yi met his Russian
				// counterpart" with "Wang" read as a common noun, "Kim
				// Jong Un threatened Seoul" with the verb an adverbial
				// clause: a subjectless finite verb after a root that
				// names someone.
				if toks[i].Head-1 != r || i < r {
					continue
				}
				if !namesSomeone(toks, r) && (toks[i].Rel != "conj" || toks[i].XPOS != "VBD" || hasDependent(toks, i, "cc")) {
					// "Iraqi Kurdish fighters, backed by U.S. air
					// strikes, retook two towns": a past-tense
					// conjunct with no conjunction of a noun.
					continue
				}
				if hasDependent(toks, i, "nsubj", "nsubj:pass", "mark", "expl") && nameTail(toks, r, i) < 0 {
					continue
				}
			default:
				continue
			}
		}
		if h := toks[i].Head - 1; h != r && !(h > i && i > r && h >= 0 && toks[h].Head == r+1) && !lastConjunct(toks, r, h, i) {
			// Only the root's own modifier, or the modifier of a
			// noun after it that hangs from the root ("Kim Jong Un
			// threatened South Korea" read as a list).
			continue
		}
		if v >= 0 {
			return false // two candidates: ambiguous
		}
		v = i
	}
	if v < 0 {
		return false
	}
	subj := "nsubj"
	if k := nameTail(toks, r, v); k >= 0 {
		// "Chinese Foreign Minister Wang Yi met ...": the clause's
		// subject is the rest of the root's name, or the name after
		// its title ("Budget Director James Miller said").
		subj = toks[k].Rel
		toks[k].Head, toks[k].Rel = r+1, "flat"
		if k > r+1 {
			toks[k].Rel = "appos"
		}
	}
	if h := toks[v].Head - 1; h != r && !lastConjunct(toks, r, h, v) {
		// The subject is the root before the verb, the object the
		// noun after it.
		toks[h].Head, toks[h].Rel = v+1, "obj"
	}
	for i := range toks {
		if i == v || toks[i].Head != r+1 {
			continue
		}
		if r > v && i < v || r < v && i > v || toks[i].Rel == "punct" {
			toks[i].Head = v + 1
		}
	}
	toks[v].Head, toks[v].Rel = 0, "root"
	if namedPastModifier(toks, v) {
		toks[v].XPOS = "VBD"
	}
	toks[r].Head = v + 1
	if r > v {
		toks[r].Rel = "obj"
	} else {
		toks[r].Rel = subj
	}
	return true
}

// namedPastModifier reports whether token i is a past participle in
// "-ed" read as the adjectival modifier of a noun after it while a proper
// noun stands right before it: the past tense of a clause whose subject
// is that name ("Mbeki attacked British imperialists"), since a
// participle modifying a noun follows a determiner or an adjective, not
// a name ("the attacked convoy").
func namedPastModifier(toks []Token, i int) bool {
	return i > 0 && toks[i].XPOS == "VBN" && toks[i].Rel == "amod" && toks[i].Head-1 > i &&
		strings.HasSuffix(strings.ToLower(toks[i].Text), "ed") && toks[i-1].XPOS == "NNP"
}

// pastWithFiniteConjunct reports whether token i is a past form read as
// a participle modifying the noun before it while a simple past tense
// without a subject of its own is coordinated with it: "Russian forces
// fired on Ukrainian vessels and seized them", where the past tense
// shows the coordinated "fired" is finite too.
func pastWithFiniteConjunct(toks []Token, i int) bool {
	if i == 0 || toks[i].XPOS != "VBN" || toks[i].Rel != "acl" || toks[i].Head != i || hasDependent(toks, i, "aux", "aux:pass", "mark") ||
		!strings.HasSuffix(strings.ToLower(toks[i].Text), "ed") {
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		if toks[k].Head == i+1 && toks[k].Rel == "conj" && toks[k].XPOS == "VBD" && !hasDependent(toks, k, "nsubj", "nsubj:pass", "mark") {
			return true
		}
	}
	return false
}

// lastConjunct reports whether token h is a conjunct of root r that
// stands between r and verb v with no other word of the clause between
// its phrase and v: "Sudan's army and the Rapid Support Forces agreed",
// where the verb hangs from "Forces", the last noun of a coordinated
// subject headed by "army".
func lastConjunct(toks []Token, r, h, v int) bool {
	if h < 0 || h <= r || h >= v || toks[h].Rel != "conj" || toks[h].Head != r+1 {
		return false
	}
	for k := h + 1; k < v; k++ {
		if toks[k].Head != h+1 || toks[k].Rel == "punct" {
			return false
		}
	}
	return true
}

// nameTail returns the subject of verb v when it is a name (proper nouns
// only) directly after the phrase of root r, which names someone, and
// the verb directly after it: "Chinese Foreign Minister Wang Yi met his
// Russian counterpart" read as the noun "Wang" with the relative clause
// "Yi met ...", "Office of Management and Budget Director James Miller
// said ..." with "said" a parataxis whose subject is "James Miller". It
// returns -1 otherwise ("the man John met" has no name at its root).
func nameTail(toks []Token, r, v int) int {
	k := r + 1 // the first word after the root's own phrase
	for k < v && inSubtree(toks, k, r) && !inSubtree(toks, k, v) {
		k++
	}
	if k >= v || toks[k].Head != v+1 || !strings.HasPrefix(toks[k].Rel, "nsubj") || toks[k].XPOS != "NNP" {
		return -1
	}
	// The name may be followed by the verb's auxiliaries ("Alexei
	// Navalny was jailed").
	end := rightmost(toks, k)
	for j := end + 1; j < v; j++ {
		if toks[j].Head != v+1 || (toks[j].Rel != "aux" && toks[j].Rel != "aux:pass") {
			return -1
		}
	}
	if !properRun(toks, k, end) {
		return -1
	}
	// The root names someone ("Chinese Foreign Minister Wang Yi"), or
	// is a lower-case title right before the name ("Russian opposition
	// leader Alexei Navalny").
	if !(capitalisedASCII(toks[r].Text) && namesSomeone(toks, r)) && !(k == r+1 && (titleWords[strings.ToLower(toks[r].Text)] || roleNouns[strings.ToLower(toks[r].Text)])) {
		return -1
	}
	for i := range toks {
		if i != k && toks[i].Head == v+1 && strings.HasPrefix(toks[i].Rel, "nsubj") {
			return -1
		}
	}
	return k
}

// properRun reports whether tokens j..k are all proper nouns.
func properRun(toks []Token, j, k int) bool {
	for i := j; i <= k; i++ {
		if toks[i].XPOS != "NNP" && toks[i].XPOS != "NNPS" {
			return false
		}
	}
	return true
}

// RepairNameNouns retags as a proper noun (NNP) a capitalised word that
// the tagger read as a common noun between a title and a proper noun:
// "Chinese Foreign Minister Wang Yi" with "Wang" as NN, which splits the
// name in two for the parser. A title itself ("NASA Administrator Mike
// Griffin") stays a common noun, as UD has it. Also proper nouns: a
// capitalised common noun joined by a hyphen to a proper noun before it
// ("Kilroy-Silk") and one after a form of address ("Mr Balls"), and an
// Arabic article joined to a name by a hyphen ("al-Shabaab"). A
// capitalised "Shadow" read as a verb before a noun becomes the
// adjective of the opposition's titles ("Shadow home secretary"). It
// reports how many it changed.
func RepairNameNouns(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.XPOS != "NN" || !capitalisedASCII(t.Text) || !letters(t.Text) || toks[i+1].XPOS != "NNP" {
			continue
		}
		// After a capitalised title ("Foreign Minister Wang Yi") or a
		// lower-case one ("opposition leader Raila Odinga").
		prev := strings.ToLower(toks[i-1].Text)
		if toks[i-1].XPOS == "NNP" && !titleWords[prev] || toks[i-1].XPOS == "NN" && !titleWords[prev] && !roleNouns[prev] ||
			toks[i-1].XPOS != "NNP" && toks[i-1].XPOS != "NN" || titleWords[strings.ToLower(t.Text)] {
			continue
		}
		t.XPOS, t.UPOS = "NNP", "PROPN"
		n++
	}
	// "Mr Balls rejected" with "Balls" a plural noun: what follows a
	// form of address is a name.
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if (t.XPOS == "NN" || t.XPOS == "NNS") && capitalisedASCII(t.Text) && letters(t.Text) && addressForms[toks[i-1].Text] {
			t.XPOS, t.UPOS = "NNP", "PROPN"
			n++
		}
	}
	// "WHO chief Tedros urged" with "chief" read as a verb: the word is
	// never one.
	for i := range toks {
		t := &toks[i]
		if strings.HasPrefix(t.XPOS, "VB") && lowerIn(neverVerbs, t.Text) {
			t.XPOS, t.UPOS = "NN", "NOUN"
			n++
		}
	}
	// "Downing Street denied" with "Downing" read as a participle: a
	// capitalised word before a street's or a square's name is part of
	// it.
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if strings.HasPrefix(t.XPOS, "VB") && capitalisedASCII(t.Text) && letters(t.Text) && toks[i+1].XPOS == "NNP" && streetWords[toks[i+1].Text] {
			t.XPOS, t.UPOS = "NNP", "PROPN"
			n++
		}
	}
	// "Shadow home secretary David Davis said" with "Shadow" read as an
	// imperative verb: the British opposition's title, an adjective.
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.Text == "Shadow" && strings.HasPrefix(t.XPOS, "VB") && (toks[i+1].XPOS == "NN" || toks[i+1].XPOS == "NNP" || toks[i+1].XPOS == "JJ") {
			t.XPOS, t.UPOS = "JJ", "ADJ"
			n++
		}
	}
	// The second part of a hyphenated name: "Kilroy-Silk" with "Silk" as
	// NN after the hyphen, which the parser then hangs apart.
	for i := 2; i < len(toks); i++ {
		t, h, p := &toks[i], &toks[i-1], &toks[i-2]
		if t.XPOS != "NN" || !capitalisedASCII(t.Text) || !letters(t.Text) || h.Text != "-" || p.XPOS != "NNP" ||
			p.End != h.Start || h.End != t.Start {
			continue
		}
		t.XPOS, t.UPOS = "NNP", "PROPN"
		n++
	}
	// An Arabic article joined to a name ("al-Shabaab", "el-Sisi") is
	// part of the name, not an adverb or a foreign word.
	for i := 0; i+2 < len(toks); i++ {
		t, h, nx := &toks[i], &toks[i+1], &toks[i+2]
		if h.Text != "-" || len(t.Text) > 3 {
			continue
		}
		switch strings.ToLower(t.Text) {
		case "al", "el", "ad", "ash", "as", "an", "ar", "ibn", "bin", "abu":
		default:
			continue
		}
		if h.Text != "-" || t.End != h.Start || h.End != nx.Start || !capitalisedASCII(nx.Text) || !letters(nx.Text) {
			continue
		}
		if t.XPOS != "NNP" || t.UPOS != "PROPN" {
			t.XPOS, t.UPOS = "NNP", "PROPN"
			n++
		}
		if nx.XPOS != "NNP" && nx.XPOS != "NNPS" || nx.UPOS != "PROPN" {
			nx.XPOS, nx.UPOS = "NNP", "PROPN"
			n++
		}
	}
	return n
}

// addressForms are the forms of address written before a surname.
var addressForms = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true,
	"Messrs": true, "Messrs.": true, "Miss": true,
}

// titleWords are the titles written before a person's name.
var titleWords = wordSet(`minister president secretary leader chancellor premier governor senator
	king queen prince mayor ambassador envoy chief commander general spokesman spokeswoman
	chairman director administrator counsel pastor judge justice speaker lieutenant colonel
	captain sergeant admiral marshal emir sheikh ayatollah cardinal bishop pope rabbi imam
	representative`)

// roleNouns are roles written before a person's name besides the
// titles: "opposition activist Maria Kolesnikova".
var roleNouns = wordSet(`activist dissident journalist lawyer politician blogger campaigner lawmaker
	legislator official diplomat reporter businessman tycoon cleric preacher rapper singer`)

// partiesBefore returns, when the "on" or "over" at token p follows a
// "between" or "with" phrase of names after a common noun ("talks between
// Sudan and South Sudan on ..."), the index of that noun, whose event the
// preposition's object is about; else -1.
func partiesBefore(toks []Token, p int) int {
	if p < 3 || !strings.EqualFold(toks[p].Text, "on") && !strings.EqualFold(toks[p].Text, "over") {
		return -1
	}
	k := p - 1
	for k >= 0 && (toks[k].XPOS == "NNP" || toks[k].XPOS == "NNPS" || toks[k].XPOS == "DT" || strings.EqualFold(toks[k].Text, "and")) {
		k--
	}
	if k < 1 || k == p-1 || !strings.EqualFold(toks[k].Text, "between") && !strings.EqualFold(toks[k].Text, "with") ||
		toks[k-1].XPOS != "NN" && toks[k-1].XPOS != "NNS" {
		return -1
	}
	return k - 1
}

// RepairInfinitive retags as a base verb (VB) a news verb that the
// tagger read as a noun or adjective after the "to" of an infinitive:
// "agreed to resume talks" ("resume" is mostly a noun in web text),
// "agreed to free hostages", "was careful to praise Hashimoto". The word
// must be one of infinitiveVerbs, "to" must follow a verb or an
// adjective of readiness (readyAdjectives; the infinitive's controller)
// and a noun phrase must follow the word. It reports how many it changed.
func RepairInfinitive(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 2; i+1 < len(toks); i++ {
		to := i - 1
		if !strings.EqualFold(toks[to].Text, "to") || strings.HasPrefix(toks[i].XPOS, "VB") {
			continue
		}
		if !infinitiveVerbs[strings.ToLower(toks[i].Text)] && !(threatWords[strings.ToLower(toks[to-1].Text)] && lowerIn(threatInfinitives, toks[i].Text)) ||
			!strings.HasPrefix(toks[to-1].XPOS, "VB") && !(toks[to-1].XPOS == "JJ" && readyAdjectives[strings.ToLower(toks[to-1].Text)]) &&
				!appealedObject(toks, to) && !timedVerb(toks, to) {
			continue
		}
		switch toks[i+1].XPOS {
		case "DT", "PRP$", "PRP", "CD", "JJ", "NN", "NNS", "NNP", "NNPS":
		default:
			continue
		}
		toks[to].XPOS, toks[to].UPOS = "TO", "PART"
		toks[i].XPOS, toks[i].UPOS = "VB", "VERB"
		n++
	}
	return n
}

// timedVerb reports whether the "to" at token to follows a verb and a
// time phrase after it: "agreed on Monday to resume talks", "agreed last
// week to free prisoners" (the verb is the infinitive's controller).
func timedVerb(toks []Token, to int) bool {
	w := strings.ToLower(toks[to-1].Text)
	if !weekday(w) && !timeNouns[w] {
		return false
	}
	for k := to - 2; k >= 0 && k >= to-4; k-- {
		switch {
		case strings.HasPrefix(toks[k].XPOS, "VB"):
			return true
		case toks[k].XPOS != "IN" && toks[k].XPOS != "DT" && toks[k].XPOS != "JJ":
			return false
		}
	}
	return false
}

// threatWords are the forms of the verbs of threat and vow after whose
// "to" a word of threatInfinitives is a verb ("threatened to target
// American ships"); elsewhere "to target" is as often a noun's.
var threatWords = wordSet(`threaten threatens threatened threatening vow vows vowed vowing`)

// threatInfinitives (lower case) are verbs of force that web text writes
// as nouns.
var threatInfinitives = wordSet(`target hit storm retaliate`)

// appealedObject reports whether the "to" at token to follows the
// object of a verb of appeal a few words before it: "called on rich
// nations to fund a plan", "urged Western governments to boost aid"
// (the infinitive's controller is the one appealed to).
func appealedObject(toks []Token, to int) bool {
	if p := toks[to-1].XPOS; p != "NN" && p != "NNS" && p != "NNP" && p != "NNPS" && p != "PRP" {
		return false
	}
	for k := to - 2; k >= 0 && k >= to-6; k-- {
		if strings.HasPrefix(toks[k].XPOS, "VB") {
			return appealWords[strings.ToLower(toks[k].Text)]
		}
	}
	return false
}

// appealWords are the forms of the verbs of appeal whose object an
// infinitive follows.
var appealWords = wordSet(`urge urges urged urging ask asks asked asking press presses pressed pressing
	call calls called calling appeal appeals appealed encourage encourages encouraged invite invites invited
	tell tells told`)

// RepairTearGas retags as a noun (NN) the "tear" of "tear gas" that the
// tagger read as a verb after a conjunction ("fired water cannon and
// tear gas"): the phrase is the weapon of riot police, the verb reading
// makes "gas" its object and the sentence loses its act. It reports how
// many it changed.
func RepairTearGas(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 0; i+1 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Text, "tear") || !strings.EqualFold(toks[i+1].Text, "gas") || toks[i].XPOS == "NN" {
			continue
		}
		toks[i].XPOS, toks[i].UPOS = "NN", "NOUN"
		n++
	}
	return n
}

// RepairPaidTribute retags as a noun (NN) the "tribute" or "homage" of
// "paid tribute to" that the tagger read as an adverb or an adjective
// ("Blair paid tribute to the Queen" with "tribute" RB): the parser then
// makes it the object, and the one paid tribute the phrase of "to"
// (the "- * TRIBUTE" pattern of PAY), not an oblique of "paid". It
// reports how many it changed.
func RepairPaidTribute(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 1; i < len(toks); i++ {
		if w := toks[i].Text; toks[i].UPOS == "NOUN" || len(w) != len("tribute") && len(w) != len("homage") ||
			!strings.EqualFold(w, "tribute") && !strings.EqualFold(w, "homage") || !lowerIn(payForms, toks[i-1].Text) {
			continue
		}
		toks[i].XPOS, toks[i].UPOS = "NN", "NOUN"
		n++
	}
	return n
}

// RepairAppealedParticiple retags as an adjective (JJ) a present
// participle that opens the phrase of those called on: "called on leading
// Western nations to act", "called on warring factions to stop", which
// the tagger read as a gerund, making "on" a clause's mark and the
// nations the gerund's object. "Call on" takes a noun phrase; a
// participle right after it with a modifier or noun of its own after it
// ("leading Western nations", not "leading the talks") modifies that
// noun. It reports how many it changed.
func RepairAppealedParticiple(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].XPOS != "VBG" || !lowerIn(callForms, toks[i-2].Text) || !lowerIn(appealPrepositions, toks[i-1].Text) ||
			strings.EqualFold(toks[i-1].Text, "to") {
			continue
		}
		switch toks[i+1].XPOS {
		case "JJ", "NN", "NNS", "NNP", "NNPS":
		default:
			continue
		}
		toks[i].XPOS, toks[i].UPOS = "JJ", "ADJ"
		n++
	}
	return n
}

// callForms are the forms of the verb "call".
var callForms = wordSet(`call calls called calling`)

// payForms are the forms of the verb "pay".
var payForms = wordSet(`pay pays paid paying`)

// RepairIstNoun retags as a plural noun (NNS) a word in "-ists" that the
// tagger read as a verb (VBZ) after a modifier or at the start of the
// sentence: "Pro-Russian separatists shot down an airliner", "Islamists
// stormed the town". The few verbs so spelled ("insists", "exists",
// "lists") keep their tag. So does a plural noun of the news that is
// also a verb ("suspects", "protests") read as one after its modifier
// with no object after it. It reports how many it changed.
func RepairIstNoun(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := range toks {
		if toks[i].XPOS != "VBZ" {
			continue
		}
		w := strings.ToLower(toks[i].Text)
		if !strings.HasSuffix(w, "ists") || len(w) < 7 || istVerbs[w] {
			continue
		}
		if i > 0 {
			switch toks[i-1].XPOS {
			case "JJ", "NNP", "NN", "DT", "CD", "PRP$":
			default:
				continue
			}
		}
		toks[i].XPOS, toks[i].UPOS = "NNS", "NOUN"
		n++
	}
	// "handed over 20 Islamic State suspects to Baghdad": a plural
	// noun that is also a verb's third person, after its modifier and
	// before no object (a preposition, punctuation, a verb).
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].XPOS != "VBZ" || !lowerIn(pluralNounVerbs, toks[i].Text) {
			continue
		}
		// The modifiers run back to a number, a determiner or a
		// possessive ("20 Islamic State suspects", "the Hong Kong
		// protests"); "John talks about" and "the union protests
		// against" are verbs.
		k := i - 1
		for k >= 0 && (toks[k].XPOS == "NNP" || toks[k].XPOS == "JJ") {
			k--
		}
		if k == i-1 || k < 0 || toks[k].XPOS != "CD" && toks[k].XPOS != "DT" && toks[k].XPOS != "PRP$" && toks[k].XPOS != "POS" {
			continue
		}
		switch toks[i+1].XPOS {
		case "IN", "TO", ".", ",", ":", "VBD", "VBP", "VBZ", "MD", "WDT", "WP":
		default:
			continue
		}
		if toks[i+1].XPOS == "IN" && strings.EqualFold(toks[i+1].Text, "that") {
			continue // "Washington suspects that ..."
		}
		toks[i].XPOS, toks[i].UPOS = "NNS", "NOUN"
		n++
	}
	return n
}

// pluralNounVerbs (lower case) are plural nouns of the news that are
// also verbs' third persons.
var pluralNounVerbs = wordSet(`suspects protests attacks strikes raids clashes talks threats demands
	rallies marches sanctions`)

// istVerbs are the verbs whose third person ends in "-ists".
var istVerbs = wordSet(`insists persists exists resists assists consists subsists desists enlists twists
	lists coexists preexists untwists relists`)

// RepairOffensive retags as a noun (NN) the "offensive" of a military
// campaign that the tagger read as an adjective at the end of its noun
// phrase: "launched a ground offensive against Kurdish militants", "the
// army's new offensive in the north". The word must follow a determiner,
// possessive, adjective, noun or number of its phrase and no noun it
// could modify may follow it ("an offensive weapon" keeps the
// adjective). It reports how many it changed.
func RepairOffensive(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 1; i < len(toks); i++ {
		if toks[i].XPOS != "JJ" || !strings.EqualFold(toks[i].Text, "offensive") && !strings.EqualFold(toks[i].Text, "counteroffensive") {
			continue
		}
		switch toks[i-1].XPOS {
		case "DT", "PRP$", "POS", "JJ", "NN", "NNP", "CD":
		default:
			continue
		}
		if i+1 < len(toks) {
			switch toks[i+1].XPOS {
			case "NN", "NNS", "NNP", "NNPS", "JJ", "HYPH", "CC":
				continue
			}
		}
		toks[i].XPOS, toks[i].UPOS = "NN", "NOUN"
		n++
	}
	return n
}

// RepairNationalNoun retags as a noun the "national" of a person of a
// country that the tagger read as an adjective ending its phrase: "police
// arrested a British national", "Iran freed a French national held since
// 2022", "two Chinese nationals". The word follows a capitalised
// nationality (an adjective or proper noun) after a determiner, number or
// possessive, and no noun it could modify follows it ("a British national
// team" keeps the adjective). It reports how many it changed.
func RepairNationalNoun(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 2; i < len(toks); i++ {
		w := toks[i].Text
		if toks[i].XPOS != "JJ" && toks[i].XPOS != "NNP" || !strings.EqualFold(w, "national") && !strings.EqualFold(w, "nationals") {
			continue
		}
		if toks[i-1].XPOS != "JJ" && toks[i-1].XPOS != "NNP" || !capitalisedASCII(toks[i-1].Text) {
			continue
		}
		switch toks[i-2].XPOS {
		case "DT", "CD", "PRP$", "POS":
		default:
			continue
		}
		if i+1 < len(toks) {
			switch toks[i+1].XPOS {
			case "NN", "NNS", "NNP", "NNPS", "JJ", "HYPH", "CC", "POS":
				continue
			}
		}
		toks[i].XPOS, toks[i].UPOS = "NN", "NOUN"
		if strings.EqualFold(w, "nationals") {
			toks[i].XPOS = "NNS"
		}
		n++
	}
	return n
}

// RepairMilitaryNoun retags as a noun the "military" of a country that
// the tagger read as an adjective before a verb: "Sudan's military
// ousted President Omar al-Bashir" tagged "military" JJ and "ousted" a
// participle. The word follows a possessive or a determiner and comes
// right before a verb (a past form, present tense or modal), which no
// adjective modifies; the past form becomes the past tense (VBD). It
// reports how many it changed.
func RepairMilitaryNoun(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].XPOS != "JJ" || !strings.EqualFold(toks[i].Text, "military") {
			continue
		}
		switch toks[i-1].XPOS {
		case "POS", "DT", "PRP$":
		default:
			continue
		}
		v := &toks[i+1]
		switch v.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
		case "VBN":
			if !strings.HasSuffix(strings.ToLower(v.Text), "ed") {
				continue
			}
			v.XPOS = "VBD"
		default:
			continue
		}
		toks[i].XPOS, toks[i].UPOS = "NN", "NOUN"
		n++
	}
	return n
}

// RepairSignNoun retags as nouns the "sign" of "sign language" and the
// "signing" a determiner or adjective modifies ("the best signing the
// club ever made", "a new signing"), which the tagger reads as verbs: no
// agreement is signed. It reports how many it changed.
func RepairSignNoun(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := range toks {
		if !strings.HasPrefix(toks[i].XPOS, "VB") {
			continue
		}
		switch {
		case strings.EqualFold(toks[i].Text, "sign") && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "language"):
			toks[i].XPOS, toks[i].UPOS = "NN", "NOUN"
			n++
		case strings.EqualFold(toks[i].Text, "signing") && i > 0 && nominalPremodifier(toks[i-1].XPOS):
			toks[i].XPOS, toks[i].UPOS = "NN", "NOUN"
			n++
		}
	}
	return n
}

// nominalPremodifier reports whether a word of Penn tag xpos stands only
// before a noun: a determiner, a possessive or an adjective of any
// degree.
func nominalPremodifier(xpos string) bool {
	switch xpos {
	case "DT", "PRP$", "POS", "JJ", "JJR", "JJS":
		return true
	}
	return false
}

// RepairAttributiveParticiple retags as an adjective (JJ) a participle
// of attributiveParticiples that the tagger read as a verb (VBG) right
// before a noun phrase it modifies: "imposed sweeping economic
// sanctions", "crippling sanctions", "a stinging rebuke". Also "select"
// of a legislature's select committee, read as a verb with the committee
// as a verb too ("the Senate and House select Iran committees told ..."):
// the adjective and the plural noun. It reports how many it changed.
func RepairAttributiveParticiple(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 1; i+1 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Text, "select") || !strings.HasPrefix(toks[i].XPOS, "VB") {
			continue
		}
		k := i + 1
		for k < len(toks)-1 && k <= i+2 && (toks[k].XPOS == "NNP" || toks[k].XPOS == "JJ") {
			k++
		}
		switch strings.ToLower(toks[k].Text) {
		case "committee", "committees":
		default:
			continue
		}
		toks[i].XPOS, toks[i].UPOS = "JJ", "ADJ"
		if strings.HasSuffix(toks[k].Text, "s") {
			toks[k].XPOS, toks[k].UPOS = "NNS", "NOUN"
		} else {
			toks[k].XPOS, toks[k].UPOS = "NN", "NOUN"
		}
		n++
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].XPOS != "VBG" || !attributiveParticiples[strings.ToLower(toks[i].Text)] && !prefixedParticiple(toks[i].Text) {
			continue
		}
		switch toks[i+1].XPOS {
		case "JJ", "NN", "NNS":
		default:
			continue
		}
		toks[i].XPOS, toks[i].UPOS = "JJ", "ADJ"
		n++
	}
	return n
}

// prefixedParticiple reports whether w is an -ing form written with a
// hyphen after a prefix such as "anti", "pro" or "non" ("anti-dumping
// duties", "non-binding resolution"), which describes the noun after it.
func prefixedParticiple(w string) bool {
	pre, rest, ok := strings.Cut(strings.ToLower(w), "-")
	if !ok || !strings.HasSuffix(rest, "ing") {
		return false
	}
	switch pre {
	case "anti", "pro", "non", "counter", "self", "cross":
		return true
	}
	return false
}

// attributiveParticiples (lower case) are -ing forms that news writes
// before the nouns they describe far more than as verbs.
var attributiveParticiples = wordSet(`sweeping crippling punishing stinging scathing lasting
	mounting escalating devastating damaging biting blistering withering`)

// infinitiveVerbs (lower case) are news verbs that web text mostly
// writes as nouns or adjectives.
var infinitiveVerbs = wordSet(`resume free halt curb boost probe ban bar back lift ease
	end open aid fund arm boycott oust sanction host visit attack praise condemn criticise criticize
	punish reward thank strike bomb shell raid blockade arrest jail expel deport seize
	invade veto`)

// readyAdjectives control an infinitive as a verb does: "was careful to
// praise Japan's prime minister", "were quick to condemn the attack":
// the adjectives of WillAdjective and those of manner and order.
var readyAdjectives = wordSet(willAdjectiveWords + `
	careful quick anxious swift slow happy first last`)

// raisingAdjectives pass their subject on to any infinitive after them:
// "the minister is due to visit Moscow", "talks are likely to resume".
var raisingAdjectives = wordSet(`due likely unlikely poised set certain sure able unable bound`)

// raisingParticiples are the passive participles whose subject is the
// subject of the infinitive after them: "is expected to visit", "is
// poised to attack".
var raisingParticiples = wordSet(`expected scheduled set slated poised due planned`)

// hasSubject reports whether token h (0-based) has a nominal subject.
func hasSubject(toks []Token, h int) bool {
	for k := range toks {
		if toks[k].Head == h+1 && (toks[k].Rel == "nsubj" || toks[k].Rel == "nsubj:pass") {
			return true
		}
	}
	return false
}

// RepairKnownNames retags as proper nouns (NNP) the capitalised words
// that the tagger read as plural nouns or pronouns but that known says
// are names: "Guterres urged Israel ..." ("Guterres" NNS), "Xi hosted
// Lula" ("Xi" PRP). Words written in capitals throughout and the
// pronouns that open sentences ("He", "They", "It") are left alone. It
// reports how many words it retagged.
func RepairKnownNames(s *Sentence, known func(word string) bool) int {
	n := 0
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if len(t.Text) < 2 || t.Text[0] < 'A' || t.Text[0] > 'Z' || strings.ToLower(t.Text[1:]) != t.Text[1:] ||
			lowerIn(sentencePronouns, t.Text) {
			continue
		}
		switch t.XPOS {
		case "NNS", "PRP":
		case "JJ", "NN":
			// "Blinken and Wang held talks", "Putin and Xi met":
			// surnames coordinated with "and" at the start of a
			// sentence, where the tagger reads a capitalised word
			// as a sentence-initial common word; or a surname
			// opening the sentence before its finite verb
			// ("Albanese said").
			if !namePair(s.Tokens, i, known) && !(i == 0 && i+1 < len(s.Tokens) && finiteTag(s.Tokens[i+1].XPOS)) {
				continue
			}
		default:
			continue
		}
		if !known(t.Text) {
			continue
		}
		t.UPOS, t.XPOS = "PROPN", "NNP"
		n++
	}
	return n
}

// namePair reports whether token i and the word across an "and" next to
// it are both capitalised words that known says are names, the pair
// opening the sentence: "Blinken and Wang", "Lavrov and Blinken".
func namePair(toks []Token, i int, known func(word string) bool) bool {
	other := -1
	switch {
	case i == 0 && len(toks) > 2 && strings.EqualFold(toks[1].Text, "and"):
		other = 2
	case i == 2 && strings.EqualFold(toks[1].Text, "and"):
		other = 0
	default:
		return false
	}
	return capitalisedWord(toks[other].Text) && known(toks[other].Text)
}

// sentencePronouns are the pronouns that may open a sentence with a
// capital letter.
var sentencePronouns = wordSet(`he she it we they i you him her them us me one this that these those
	who what his its their our itself himself herself themselves`)

// RepairAcronyms retags as proper nouns (NNP) the all-capital words of
// two to six letters that the tagger read as common nouns before a
// plural noun or in a list of names (listedAcronym), in a sentence
// written in mixed case: "FARC rebels", "PKK militants", "NATO allies",
// "Saudi Arabia, the UAE, Bahrain and Egypt". News writes
// organisations this way; the parser needs them as names to group them
// with their nouns. "WHO" in capitals, which the tagger reads as the
// pronoun, is the World Health Organization in such a sentence ("The WHO
// sent medical supplies"): it becomes a proper noun too. It reports how
// many it changed.
func RepairAcronyms(s *Sentence) int {
	toks := s.Tokens
	lower := 0
	for i := range toks {
		if t := toks[i].Text; len(t) > 1 && t[0] >= 'a' && t[0] <= 'z' {
			lower++
		}
	}
	if lower < len(toks)/3 {
		return 0 // a headline or a shouted sentence
	}
	n := 0
	for i := range toks {
		t := &toks[i]
		if t.Text == "WHO" && (t.XPOS == "WP" || t.XPOS == "WDT") {
			t.XPOS, t.UPOS = "NNP", "PROPN"
			n++
			continue
		}
		if t.XPOS != "NN" || len(t.Text) < 2 || len(t.Text) > 6 || i+1 >= len(toks) {
			continue
		}
		if toks[i+1].XPOS != "NNS" && !listedAcronym(toks, i) {
			continue // only as a plural noun's modifier: "FARC rebels"
		}
		if inRange(t.Text, 'A', 'Z') {
			t.XPOS, t.UPOS = "NNP", "PROPN"
			n++
		}
	}
	return n
}

// listedAcronym reports whether token i follows "the" and comes before a
// comma, "and" or "or" that a capitalised word follows: an acronym in a
// list of names ("Saudi Arabia, the UAE, Bahrain and Egypt", "the UAE and
// Bahrain"), which the tagger reads as a common noun.
func listedAcronym(toks []Token, i int) bool {
	if i == 0 || i+2 >= len(toks) || !strings.EqualFold(toks[i-1].Text, "the") {
		return false
	}
	switch strings.ToLower(toks[i+1].Text) {
	case ",", "and", "or":
	default:
		return false
	}
	next := toks[i+2].Text
	return next[0] >= 'A' && next[0] <= 'Z'
}

// RepairGroupNames retags the names of groups of states written as a
// capital letter and a number ("G7", "G20", "E3"), which the tagger may
// read as punctuation or a number at the start of a sentence ("G7
// foreign ministers demanded ..."), as proper nouns. It reports how many
// it changed.
func RepairGroupNames(s *Sentence) int {
	n := 0
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.XPOS == "NNP" || len(t.Text) < 2 || len(t.Text) > 3 || t.Text[0] < 'A' || t.Text[0] > 'Z' {
			continue
		}
		if inRange(t.Text[1:], '0', '9') {
			t.XPOS, t.UPOS = "NNP", "PROPN"
			n++
		}
	}
	return n
}

// RepairWithoutName retags as proper nouns (NNP) the names of the
// "Doctors Without Borders" kind: a capitalised "Without" inside a
// sentence, between two capitalised words, is part of the name with them
// ("Reporters Without Borders said"), not a preposition. It reports how
// many words it retagged.
func RepairWithoutName(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Text != "Without" || !capitalisedWord(toks[i-1].Text) || !capitalisedWord(toks[i+1].Text) {
			continue
		}
		n += retagProper(toks, i-1, i+1)
	}
	return n
}

// retagProper retags tokens lo..hi (0-based, inclusive) as proper nouns
// and reports how many were not already.
func retagProper(toks []Token, lo, hi int) int {
	n := 0
	for j := lo; j <= hi; j++ {
		if toks[j].XPOS != "NNP" {
			toks[j].UPOS, toks[j].XPOS = "PROPN", "NNP"
			n++
		}
	}
	return n
}

// RepairRightsName retags as proper nouns (NNP) the words of names built
// on "Human Rights" that the tagger reads as an adjective, a plural noun
// and a verb ("accused Human/JJ Rights/NNS Watch/VB of bias"): inside a
// sentence the two capitalised words, and a capitalised word after them
// (Watch, Council, Commission), are a name; at its start, the three words
// before a word in lower case ("Human Rights Watch said"). It reports how
// many words it retagged.
func RepairRightsName(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Text != "Human" || toks[i+1].Text != "Rights" {
			continue
		}
		last := i + 1
		if last+1 < len(toks) && capitalisedWord(toks[last+1].Text) {
			last++
		}
		if i == 0 && (last != 2 || len(toks) > 3 && capitalisedWord(toks[3].Text)) {
			// At the start only a name of three words before a word
			// in lower case ("Human Rights Watch said"): a headline
			// in title case capitalises every word.
			continue
		}
		n += retagProper(toks, i, last)
	}
	return n
}

// capitalisedWord reports whether w starts with a capital letter followed
// by a lower-case one.
func capitalisedWord(w string) bool {
	return len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z'
}

// RepairAux retags the words the tagger read as auxiliaries (UPOS AUX)
// that are not forms of the closed class of English auxiliaries: a
// plural noun ("Taliban fighters attacked police" with "fighters" as
// VBZ) becomes NNS, any other word NN. The same plural agent nouns read
// as a verb (VBZ) between a name or an adjective and an -ed form become
// NNS too ("ISIS fighters killed ten people"), unless they are verbs in
// -er ("Smith offers"). The modal "ought" before "to" or "not", which
// the tagger reads as a verb or a noun, becomes MD. It reports how many
// it changed.
func RepairAux(s *Sentence) int {
	n := 0
	toks := s.Tokens
	for i := range toks {
		t := &toks[i]
		if agentPlural(toks, i) {
			t.UPOS, t.XPOS = "NOUN", "NNS"
			if next := &toks[i+1]; next.XPOS == "JJ" {
				// "Boko Haram fighters abducted 20 women" with
				// "abducted" read as an adjective: the predicate.
				next.UPOS, next.XPOS = "VERB", "VBD"
			}
			n++
			continue
		}
		if strings.EqualFold(t.Text, "ought") && t.XPOS != "MD" && i+1 < len(toks) &&
			(strings.EqualFold(toks[i+1].Text, "to") || strings.EqualFold(toks[i+1].Text, "not")) {
			// "Russia ought to withdraw": the modal, which the
			// tagger reads as a past tense or a noun.
			t.UPOS, t.XPOS = "AUX", "MD"
			n++
			continue
		}
		if t.UPOS != "AUX" || len(t.Text) < 5 || !letters(t.Text) || auxForms[strings.ToLower(t.Text)] {
			continue // short forms are often misspelt auxiliaries ("wud", "hav")
		}
		t.UPOS, t.XPOS = "NOUN", "NN"
		if len(t.Text) > 3 && strings.HasSuffix(strings.ToLower(t.Text), "s") {
			t.XPOS = "NNS"
		}
		n++
	}
	return n
}

// agentPlural reports whether token i, tagged VBZ, is rather a plural
// agent noun in -ers that a name or an adjective modifies and an -ed
// form (a verb or an adjective) follows: "Hezbollah fighters fired ...".
func agentPlural(toks []Token, i int) bool {
	t := &toks[i]
	if t.XPOS != "VBZ" || i == 0 || i+1 >= len(toks) {
		return false
	}
	w := strings.ToLower(t.Text)
	if !strings.HasSuffix(w, "ers") || len(w) < 6 || !letters(w) || erVerbs[strings.TrimSuffix(w, "s")] {
		return false
	}
	switch toks[i-1].XPOS {
	case "NNP", "NNPS", "JJ":
	default:
		return false
	}
	next := &toks[i+1]
	return (next.XPOS == "VBN" || next.XPOS == "VBD" || next.XPOS == "JJ") && strings.HasSuffix(strings.ToLower(next.Text), "ed")
}

// erVerbs are common verbs in -er, whose third person in -ers is no noun.
var erVerbs = wordSet(`answer offer suffer enter order consider deliver cover gather
	remember discover register differ prefer refer confer transfer defer deter alter
	lower counter power bother matter trigger render hinder hover wonder shatter
	encounter recover uncover administer minister engineer pioneer volunteer
	steer cater filter master monitor tender tower weather wander whisper murder
	shelter flatter scatter shiver slaughter stagger surrender tamper batter
	plunder prosper sever usher foster bolster hamper pester conquer`)

// inRange reports whether every byte of w lies in lo..hi ("G7"'s digits,
// an acronym's capitals).
func inRange(w string, lo, hi byte) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < lo || w[i] > hi {
			return false
		}
	}
	return true
}

// letters reports whether w is made of ASCII letters only.
func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// auxForms are the forms English auxiliaries take (lower case).
var auxForms = wordSet(`be am is are was were been being 's 're 'm ai
	have has had having 've 'd do does did done doing
	will would shall should can could may might must ought need dare 'll
	get gets got gotten getting wo ca sha cannot wilt shalt
	become becomes became becoming seem seems seemed
	to used gonna wanna gotta na ta`)

// wordSet returns the set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// RepairMarkedSubject mends a subordinate clause whose conjunction the
// parser read as the preposition of its subject, and which it then made
// the sentence's root: "The EC threatened retaliation after the United
// States imposed quotas" parsed with "after" a case marker of "States",
// "imposed" the root and "threatened" its adverbial clause. A finite
// verb whose subject carries a case marker of clauseOpeners before it
// gets the word as its own marker; when the verb was the root and a verb
// before the marker was its adverbial clause, that verb becomes the root
// and the marked clause its adverbial clause, with the sentence's final
// punctuation. It reports how many clauses it changed.
func RepairMarkedSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		switch toks[v].XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		subj := -1
		for k := 0; k < v; k++ {
			if toks[k].Head == v+1 && toks[k].Rel == "nsubj" {
				subj = k
			}
		}
		if subj < 0 {
			continue
		}
		m := -1
		for k := 0; k < subj; k++ {
			if toks[k].Head == subj+1 && toks[k].Rel == "case" && clauseOpeners[strings.ToLower(toks[k].Text)] {
				m = k
			}
		}
		if m < 0 {
			continue
		}
		toks[m].Head, toks[m].Rel, toks[m].UPOS, toks[m].XPOS = v+1, "mark", "SCONJ", "IN"
		n++
		if toks[v].Head != 0 {
			continue
		}
		u := -1
		for k := 0; k < m; k++ {
			if toks[k].Head == v+1 && toks[k].Rel == "advcl" && toks[k].UPOS == "VERB" {
				u = k
			}
		}
		if u < 0 {
			continue
		}
		toks[u].Head, toks[u].Rel = 0, "root"
		toks[v].Head, toks[v].Rel = u+1, "advcl"
		if last := len(toks) - 1; toks[last].Head == v+1 && toks[last].UPOS == "PUNCT" {
			toks[last].Head = u + 1
		}
	}
	return n
}

// RepairSubordinate mends a subordinate clause whose conjunction the
// parser read as a preposition: "resigned after soldiers detained him"
// parsed with "after soldiers" an oblique of "detained", which then has
// no subject. A finite verb without a subject whose nearest dependent
// before it is a noun marked by after, before, until, since, once or
// because gets that noun as its subject and the word as its marker; a
// clausal complement so marked becomes an adverbial clause. It reports
// how many clauses it changed.
func RepairSubordinate(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		switch toks[v].XPOS {
		case "VBD", "VBZ", "VBP", "VBN":
		default:
			continue
		}
		if toks[v].UPOS != "VERB" || hasDependent(toks, v, "nsubj", "nsubj:pass", "csubj", "expl") {
			continue
		}
		c := -1 // the nearest dependent of v before it
		for k := v - 1; k >= 0; k-- {
			if toks[k].Head == v+1 {
				c = k
				break
			}
		}
		if c < 0 && toks[v].Rel == "conj" && !hasDependent(toks, v, "cc") && toks[v].XPOS != "VBN" {
			// "explained the minister's position after the head of
			// the teachers' union attacked ..." parsed with "after
			// the head" a modifier of "position" and "attacked" a
			// conjunct of "explained" without a conjunction: the marked
			// noun phrase that ends right before the verb is its
			// subject, and the clause an adverbial one.
			for k := v - 1; k > 0; k-- {
				if (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") && isNmodRel(toks[k].Rel) && rightmost(toks, k) == v-1 && subordinatorCase(toks, k, false) {
					toks[k].Head, toks[k].Rel = v+1, "obl"
					toks[v].Rel = "advcl"
					c = k
					break
				}
			}
		}
		if c < 0 && v > 0 && prenominalClause(toks, v) {
			// "after militants fired rockets into Israel" parsed with
			// "fired" an adjective of "rockets" and "rockets" a
			// modifier of "militants": the participle is the verb,
			// the noun after it its object, the noun before it its
			// subject, and the modifiers of that noun after the
			// object the verb's.
			o := v + 1
			c = v - 1
			toks[v].Head, toks[v].Rel = toks[c].Head, "advcl"
			toks[o].Head, toks[o].Rel = v+1, "obj"
			for k := o + 1; k < len(toks); k++ {
				if toks[k].Head == c+1 && isNmodRel(toks[k].Rel) {
					toks[k].Head, toks[k].Rel = v+1, "obl"
				}
			}
			toks[c].Head = v + 1
		}
		if c < 0 && v > 0 && toks[v].Head == v && reducedClause(toks, v) {
			// "after soldiers detained him" parsed with "detained"
			// a participle modifying "soldiers": a verb with an
			// object is no reduced relative; it takes the noun's
			// place.
			c = v - 1
			toks[v].Head, toks[v].Rel = toks[c].Head, "advcl"
			toks[c].Head = v + 1
		}
		if c < 0 || baseRelName(toks[c].Rel) != "obl" || toks[c].UPOS != "NOUN" && toks[c].UPOS != "PROPN" && toks[c].UPOS != "PRON" {
			continue
		}
		m := -1
		for k := range toks {
			if toks[k].Head == c+1 && toks[k].Rel == "case" {
				m = k
			}
		}
		if m < 0 {
			continue
		}
		if !clauseOpeners[strings.ToLower(toks[m].Text)] {
			continue
		}
		toks[c].Rel = "nsubj"
		toks[m].Head, toks[m].Rel, toks[m].UPOS, toks[m].XPOS = v+1, "mark", "SCONJ", "IN"
		for k := 0; k < m; k++ {
			if toks[k].Head == c+1 && toks[k].Rel == "advmod" {
				toks[k].Head = v + 1 // "shortly after soldiers detained him"
			}
		}
		if toks[v].Rel == "ccomp" || toks[v].Rel == "xcomp" {
			toks[v].Rel = "advcl"
		}
		if toks[v].XPOS == "VBN" && !hasDependent(toks, v, "aux", "aux:pass") {
			toks[v].XPOS = "VBD"
		}
		n++
	}
	return n
}

// isNmodRel reports whether rel is a nominal modifier or oblique.
func isNmodRel(rel string) bool {
	r := baseRelName(rel)
	return r == "nmod" || r == "obl"
}

// clauseOpeners are the prepositions that also open clauses.
var clauseOpeners = wordSet(`after before until since once because as`)

// subordinatorCase reports whether noun c has as its case marker a word
// that also opens clauses (after, before, until, since, once, because,
// and "as" when withAs is set).
func subordinatorCase(toks []Token, c int, withAs bool) bool {
	for k := range toks {
		if toks[k].Head == c+1 && toks[k].Rel == "case" {
			if w := strings.ToLower(toks[k].Text); clauseOpeners[w] && (withAs || w != "as") {
				return true
			}
		}
	}
	return false
}

// reducedClause reports whether verb v, a dependent of the noun just
// before it, has an object and no auxiliary, and that noun is an oblique
// marked by a subordinating word: "after soldiers detained him".
func reducedClause(toks []Token, v int) bool {
	c := v - 1
	if toks[c].UPOS != "NOUN" && toks[c].UPOS != "PROPN" || baseRelName(toks[c].Rel) != "obl" ||
		!hasDependent(toks, v, "obj") || hasDependent(toks, v, "aux", "aux:pass", "mark") {
		return false
	}
	return subordinatorCase(toks, c, true)
}

// prenominalClause reports whether verb v is an adjective of the noun
// right after it, which hangs on the noun right before it, an oblique
// marked by a subordinating word: "after militants fired rockets".
func prenominalClause(toks []Token, v int) bool {
	c, o := v-1, v+1
	if o >= len(toks) || toks[v].Rel != "amod" || toks[v].Head != o+1 || toks[o].Head != c+1 ||
		!isNmodRel(toks[o].Rel) || toks[o].UPOS != "NOUN" && toks[o].UPOS != "PROPN" {
		return false
	}
	if toks[c].UPOS != "NOUN" && toks[c].UPOS != "PROPN" || baseRelName(toks[c].Rel) != "obl" {
		return false
	}
	return subordinatorCase(toks, c, true)
}

// RepairDoubleSubject joins two subjects of one verb where the phrase of
// the first ends just before the phrase of the second: "Armenian Prime
// Minister Nikol Pashinyan accused ..." parsed with "Armenian" and
// "Nikol" both subjects of "accused", "Uganda's opposition leader Bobi
// Wine was placed ..." with "leader" and "Wine". The first becomes a
// modifier of the second's head (amod for an adjective or a nationality
// word, else compound). Both must be nouns (the first may be an
// adjective): a pronoun takes no such modifier ("this time they were").
// A name with name parts of its own ("Bangladesh Commerce" before
// "Minister M.A. Munim") is a modifier as a bare one is.
// A name hung as the subject of the subject noun right after it is its
// modifier too, and a bare name right after a subject that ends in a flat
// name part continues that name ("Chancellor Gordon" and "Brown"). It
// reports how many it changed.
func RepairDoubleSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for a := range toks {
		if toks[a].Rel != "nsubj" && toks[a].Rel != "nsubj:pass" {
			continue
		}
		v := toks[a].Head - 1
		for b := a + 1; b < len(toks) && b < v; b++ {
			if toks[b].Rel != "nsubj" && toks[b].Rel != "nsubj:pass" || toks[b].Head != toks[a].Head {
				continue
			}
			if leftmost(toks, b) != rightmost(toks, a)+1 {
				break
			}
			if r := rightmost(toks, a); toks[a].UPOS == "PROPN" && toks[b].UPOS == "PROPN" && b == r+1 && !hasAnyDependent(toks, b) &&
				toks[r].Head == a+1 && toks[r].Rel == "flat" && capitalisedASCII(toks[b].Text) {
				// "Chancellor Gordon Brown will deliver" parsed with
				// "Chancellor Gordon" and "Brown" both subjects: the
				// name goes on.
				toks[b].Head, toks[b].Rel = a+1, "flat"
				n++
				break
			}
			if hasAnyDependent(toks, a) && toks[a].UPOS != "NOUN" && !nameWordsOnly(toks, a) {
				break
			}
			if toks[b].UPOS != "NOUN" && toks[b].UPOS != "PROPN" || toks[a].UPOS != "NOUN" && toks[a].UPOS != "PROPN" && toks[a].UPOS != "ADJ" {
				// "the assertion that the attack was", "this time they
				// were": no modifier of a pronoun, and no pronoun or
				// conjunction as a modifier.
				break
			}
			toks[a].Head = b + 1
			toks[a].Rel = "compound"
			if toks[a].UPOS == "ADJ" || nationalityWord(toks[a].Text) {
				toks[a].Rel = "amod"
			}
			n++
			break
		}
		// "Boko Haram fighters abducted ..." parsed with "Boko" a
		// subject of the noun "fighters" right after its phrase,
		// which is itself the subject: a name modifying the noun.
		if h := toks[a].Head - 1; toks[a].Rel == "nsubj" && toks[a].UPOS == "PROPN" && h == rightmost(toks, a)+1 &&
			toks[h].UPOS == "NOUN" && strings.HasPrefix(toks[h].Rel, "nsubj") && !hasDependent(toks, h, "cop") {
			toks[a].Rel = "compound"
			n++
		}
	}
	return n
}

// nameWordsOnly reports whether every dependent of token i is a part of
// its name or a compound modifier written before it ("Bangladesh
// Commerce" with "Commerce" a flat part of "Bangladesh"): a proper noun
// so modified is still a modifier, not a phrase of its own.
func nameWordsOnly(toks []Token, i int) bool {
	for k := range toks {
		if toks[k].Head != i+1 {
			continue
		}
		if toks[k].Rel != "flat" && toks[k].Rel != "compound" || toks[k].UPOS != "PROPN" {
			return false
		}
	}
	return true
}

// RepairSplitConjunct mends a subject whose last conjunct the parser cut
// from its noun: "Colombia's government and FARC rebels signed" parsed
// with "FARC" a conjunct of "government" and "rebels" the subject (with
// "government" hung on it or a second subject of the verb). When the
// conjunct is a bare name or adjective directly before a common noun
// that is a subject, and the first conjunct is a full noun phrase (it
// has a determiner or a possessor, or is itself a subject of the verb),
// the noun takes the conjunct's place and the conjunct becomes its
// modifier. The conjunct is known by the coordinator before it, not by
// its label. Coordinated modifiers ("American and British troops", "all
// p&l and PRMA numbers") are left alone. It reports how many it changed.
func RepairSplitConjunct(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for b := 1; b < len(toks); b++ {
		c := b - 1
		if toks[b].UPOS != "NOUN" || !strings.HasPrefix(toks[b].Rel, "nsubj") || c < 2 || toks[c-1].UPOS != "CCONJ" || toks[c-1].Head != c+1 ||
			toks[c].UPOS != "PROPN" && toks[c].UPOS != "ADJ" || toks[c].Head == b+1 {
			continue // c must be a conjunct: its coordinator before it, whatever its label
		}
		a := toks[c].Head - 1
		if a < 0 || a >= c || toks[a].UPOS != "NOUN" && toks[a].UPOS != "PROPN" {
			continue
		}
		ownHead := toks[a].Head == b+1 && hasDependent(toks, a, "det", "nmod:poss") && !nounModifier(toks[a].Rel)
		coSubject := toks[a].Head == toks[b].Head && strings.HasPrefix(toks[a].Rel, "nsubj")
		if !ownHead && !coSubject {
			continue
		}
		plain := true
		for k := range toks {
			if toks[k].Head == c+1 && toks[k].UPOS != "CCONJ" && toks[k].UPOS != "PUNCT" {
				plain = false
			}
		}
		if !plain {
			continue
		}
		for k := range toks {
			if toks[k].Head == c+1 {
				toks[k].Head = b + 1
			}
		}
		if ownHead {
			toks[a].Head, toks[a].Rel = toks[b].Head, toks[b].Rel
		}
		toks[b].Head, toks[b].Rel = a+1, "conj"
		toks[c].Head, toks[c].Rel = b+1, "compound"
		if toks[c].UPOS == "ADJ" || nationalityWord(toks[c].Text) {
			toks[c].Rel = "amod"
		}
		n++
	}
	return n
}

// RepairSplitName mends a conjunct name the parser split in two:
// "criticised Tony Blair and Gordon Brown" parsed with "Gordon" and
// "Brown" each a conjunct of "Blair". When two adjacent proper nouns are
// both conjuncts of the same word and the second has no coordinator or
// punctuation of its own, the two are one name: the second becomes the
// first's flat part, as UD writes names ("Gerard Benitez"). It reports
// how many it mended.
func RepairSplitName(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for a := 0; a+1 < len(toks); a++ {
		b := a + 1
		if toks[a].UPOS != "PROPN" || toks[b].UPOS != "PROPN" || toks[a].Rel != "conj" || toks[b].Rel != "conj" ||
			toks[a].Head != toks[b].Head || toks[a].Head > a {
			continue
		}
		own := false
		for k := range toks {
			if toks[k].Head == b+1 && (toks[k].UPOS == "CCONJ" || toks[k].UPOS == "PUNCT") {
				own = true
				break
			}
		}
		if own {
			continue
		}
		toks[b].Head, toks[b].Rel = a+1, "flat"
		n++
	}
	return n
}

// RepairListTail joins to its list the last conjunct of a list of nouns
// that the parser coordinated with a verb: "drawing condemnation from
// South Korea, Japan and the United States" parsed with "the United
// States" a conjunct of "drawing". A noun phrase hung on a verb and
// opened by a coordinator (a conjunct, whatever its label) that directly
// follows a later member of a list ("A, B and C") becomes a conjunct of
// the list's first member. A noun after a verb with no list before it,
// and a clause ("and he's the one"), are left alone. It reports how many
// it moved.
func RepairListTail(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for u := range toks {
		v := toks[u].Head - 1
		if v < 0 || v >= u || toks[u].UPOS != "NOUN" && toks[u].UPOS != "PROPN" || toks[v].UPOS != "VERB" {
			continue
		}
		lo := leftmost(toks, u) // a phrase opened by a coordinator is a conjunct, whatever its label
		if lo == u || toks[lo].UPOS != "CCONJ" || toks[lo].Head != u+1 || hasDependent(toks, u, "nsubj", "cop") {
			continue // "and he's the one": a clause
		}
		k := lo - 1
		if k < 1 || toks[k].UPOS != "NOUN" && toks[k].UPOS != "PROPN" {
			continue
		}
		x := toks[k].Head - 1
		if x < 0 || x >= k || toks[x].UPOS != "NOUN" && toks[x].UPOS != "PROPN" || x == v || !inSubtree(toks, x, v) {
			continue
		}
		if j := leftmost(toks, k); toks[j].Text != "," && (j == 0 || toks[j-1].Text != ",") {
			continue // only a later member of a list "A, B and C"
		}
		toks[u].Head, toks[u].Rel = x+1, "conj"
		n++
	}
	return n
}

// RepairListHead mends a list after a preposition that the parser cut at
// its first comma: "The ambassadors of Arnor, Osgiliath and Gondor
// presented ..." parsed with "The ambassadors of Arnor ," a modifier of
// "Osgiliath", which became the subject. A noun phrase never ends with a
// comma inside another phrase, so when the modifier's phrase (with a
// prepositional modifier of its own) ends with a comma just before its
// head, the head becomes a conjunct of that prepositional modifier, and
// the modifier takes the head's place. It reports how many it changed.
func RepairListHead(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		h := toks[c].Head - 1
		if h <= c || toks[c].Rel == "conj" || toks[c].UPOS != "NOUN" && toks[c].UPOS != "PROPN" ||
			toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" || toks[h-1].Text != "," || toks[h-1].Head != c+1 || rightmost(toks, c) != h-1 {
			continue
		}
		m := -1 // the last nominal modifier of c with a preposition
		for k := c + 1; k < h-1; k++ {
			if toks[k].Head == c+1 && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") && hasDependent(toks, k, "case") {
				m = k
			}
		}
		if m < 0 || rightmost(toks, m) != h-2 {
			continue
		}
		toks[c].Head, toks[c].Rel = toks[h].Head, toks[h].Rel
		toks[h].Head, toks[h].Rel = m+1, "conj"
		toks[h-1].Head = h + 1
		n++
	}
	return n
}

// RepairNominalClause mends a noun phrase the parser read as a verbless
// clause before its head: "told the Commons foreign affairs committee"
// parsed with "affairs" a clausal complement of "told", whose subject is
// "the Commons", and "committee" the object. A common noun with a subject
// but no copula or auxiliary, whose phrase ends just before a noun of the
// same head, modifies that noun: it and its subject become compounds of
// it. It reports how many it changed.
func RepairNominalClause(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for x := 1; x+1 < len(toks); x++ {
		y, v := x+1, toks[x].Head
		if toks[x].UPOS != "NOUN" || toks[y].UPOS != "NOUN" || toks[y].Head != v || v == 0 || v-1 == x || v-1 == y ||
			hasDependent(toks, x, "cop", "aux", "aux:pass", "mark", "case") || rightmost(toks, x) != x {
			continue
		}
		z := -1
		for k := 0; k < x; k++ {
			if toks[k].Head == x+1 && strings.HasPrefix(toks[k].Rel, "nsubj") {
				z = k
			}
		}
		if z < 0 || toks[z].UPOS != "NOUN" && toks[z].UPOS != "PROPN" {
			continue
		}
		toks[x].Head, toks[x].Rel = y+1, "compound"
		toks[z].Head, toks[z].Rel = y+1, "compound"
		n++
	}
	return n
}

// RepairAddressee gives back to a verb of telling or warning the
// addressee that the parser made a second subject of the clause that
// follows it: "Japan warned the United States it may take retaliatory
// measures" parsed with "the United States" and "it" both subjects of
// "take". When a clausal complement (without a marker) has two subjects
// before it, the second a pronoun directly after the first's phrase, and
// the verb it complements has no object, the first becomes that verb's
// indirect object. It reports how many it moved.
func RepairAddressee(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		h := toks[v].Head - 1
		if h < 0 || h >= v || toks[h].UPOS != "VERB" || hasDependent(toks, v, "mark") || hasDependent(toks, h, "obj", "iobj") {
			continue
		}
		a, b := -1, -1
		for k := h + 1; k < v; k++ {
			if toks[k].Head == v+1 && strings.HasPrefix(toks[k].Rel, "nsubj") {
				if a < 0 {
					a = k
				} else if b < 0 {
					b = k
				}
			}
		}
		if a < 0 || b < 0 || toks[b].UPOS != "PRON" || leftmost(toks, b) != rightmost(toks, a)+1 || leftmost(toks, a) != h+1 ||
			toks[a].UPOS != "NOUN" && toks[a].UPOS != "PROPN" && toks[a].UPOS != "PRON" {
			continue
		}
		toks[a].Head, toks[a].Rel = h+1, "iobj"
		n++
	}
	return n
}

// RepairCoordinatedModifier attaches coordinated modifiers to the noun
// they modify when the parser hung the first on the noun's own head:
// "Qatar hosted Israeli and Palestinian negotiators" parsed with
// "Israeli" a second object of "hosted". A capitalised adjective or a
// name whose conjunct (another after a conjunction) ends right before
// a noun that hangs on the same head becomes the noun's modifier (amod,
// or compound for a name). An adjective parsed as a conjunct right
// before a noun conjunct of the same head modifies that noun. It
// reports how many it moved.
func RepairCoordinatedModifier(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 0; i+3 < len(toks); i++ {
		if h := i + 3; nameModifier(toks[i]) && toks[i].XPOS == "JJ" && toks[i+1].XPOS == "CC" && nameModifier(toks[i+2]) &&
			toks[i+2].Head == h+1 && toks[i+2].Rel == "amod" && toks[i].Head == toks[h].Head && toks[i].Head != 0 &&
			(toks[h].XPOS == "NNS" || toks[h].XPOS == "NN") && toks[h].Rel == "conj" && (toks[i].Rel == "xcomp" || toks[i].Rel == "obj") {
			// "Israel struck Iranian and Syrian targets" parsed with
			// "Iranian" the verb's complement and "targets" its
			// conjunct: the adjectives are coordinated modifiers of
			// the noun, which is the object.
			toks[h].Rel = "obj"
			toks[i].Head, toks[i].Rel = h+1, "amod"
			toks[i+2].Head, toks[i+2].Rel = i+1, "conj"
			toks[i+1].Head, toks[i+1].Rel = i+3, "cc"
			n++
			continue
		}
		if !nameModifier(toks[i]) || toks[i+1].XPOS != "CC" || !nameModifier(toks[i+2]) || toks[i+2].Head != i+1 {
			continue
		}
		h := i + 3
		switch toks[h].XPOS {
		case "NN", "NNS", "NNPS":
		default:
			continue
		}
		if toks[i].Head == h+1 || toks[i].Head != toks[h].Head || toks[i].Head == 0 || toks[h].Rel == "obl:tmod" {
			continue // a temporal modifier ("Spain and Morocco yesterday signed") modifies no noun
		}
		toks[i].Head, toks[i].Rel = h+1, "amod"
		if toks[i].XPOS != "JJ" {
			toks[i].Rel = "compound"
		}
		n++
	}
	// "Malian soldiers and Russian mercenaries" parsed with "Russian"
	// and "mercenaries" two conjuncts of "soldiers": the adjective
	// modifies the conjunct after it, which takes its conjunction.
	for i := 0; i+1 < len(toks); i++ {
		a, c := &toks[i], &toks[i+1]
		if a.UPOS != "ADJ" || !nameModifier(*a) || a.Rel != "conj" || c.Rel != "conj" || c.Head != a.Head {
			continue
		}
		if c.XPOS != "NN" && c.XPOS != "NNS" {
			continue
		}
		for k := range toks {
			if toks[k].Head == i+1 && k < i && (toks[k].Rel == "cc" || toks[k].Rel == "punct") {
				toks[k].Head = i + 2
			}
		}
		a.Head, a.Rel = i+2, "amod"
		n++
	}
	return n
}

// RepairNationalityAdverb attaches to its noun phrase a capitalised
// adjective that the parser made an adverb of a later verb: "Chinese
// President Xi Jinping held talks" parsed with "Chinese" an advmod of
// "held" (or an amod of it: "Iranian Premier Mir-Hossein Mousavi
// reiterated"). The adjective becomes a modifier (amod) of the noun or name
// after it (after a capitalised adjective: "Japanese Prime Minister"). It
// reports how many it moved.
func RepairNationalityAdverb(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.UPOS == "PROPN" && nationalityWord(t.Text) && i+1 < len(toks) && twinObject(toks, i) {
			// "met Serbian President Aleksandar Vucic" with
			// "Serbian" a second object of "met".
			t.Head, t.Rel = i+2, "amod"
			n++
			continue
		}
		onVerb := t.Rel == "amod" && t.Head > 0 && t.Head != i+1 && toks[t.Head-1].UPOS == "VERB"
		if t.UPOS != "ADJ" || !(t.Rel == "advmod" && t.Head > i+1 || onVerb) || !nationalityWord(t.Text) {
			continue
		}
		// The noun: the next word, or the one after a title's
		// adjective ("Japanese Prime Minister").
		k := i + 1
		if k+1 < len(toks) && toks[k].UPOS == "ADJ" && capitalisedASCII(toks[k].Text) {
			k++
		}
		if next := toks[k].UPOS; next != "PROPN" && next != "NOUN" || t.Head <= k+1 && !onVerb || inSubtree(toks, k, i) {
			// (Not a noun below the adjective: "Danish Foreign
			// Minister Uffe Ellemann-Jensen" parsed with "Uffe" a
			// flat of "Danish" would make a cycle.)
			continue
		}
		t.Head, t.Rel = k+1, "amod"
		n++
	}
	return n
}

// twinObject reports whether token i (a lone proper noun) and the noun
// phrase right after it hang on the same head with the same relation, as
// two objects or subjects where news has one: the phrase's head is
// reached from token i+1 through heads after i.
func twinObject(toks []Token, i int) bool {
	t := toks[i]
	if t.Head < 1 || hasAnyDependent(toks, i) {
		return false
	}
	switch t.Rel {
	case "obj", "nsubj", "obl", "iobj":
	default:
		return false
	}
	k := i + 1
	if toks[k].UPOS != "PROPN" && toks[k].UPOS != "NOUN" {
		return false
	}
	for steps := 0; steps < len(toks); steps++ {
		h := toks[k].Head - 1
		if h == t.Head-1 {
			return baseRelName(toks[k].Rel) == baseRelName(t.Rel)
		}
		if h <= i || h >= len(toks) {
			return false
		}
		k = h
	}
	return false
}

// RepairVisitingModifier attaches to its noun phrase a participle that
// news writes before a name ("met with visiting Pakistani Foreign
// Minister Hina Rabbani Khar", "received the visiting minister") when
// the parser made it a verb of its own: an adverbial clause marked by
// the preposition before it, with the name its object. The participle
// (one of prenominalParticiples, after a preposition or determiner)
// becomes an amod of the first noun phrase head after it that hangs on
// the same verb or on the participle; a preposition the parser made its
// marker becomes that noun's case, and the noun an oblique of the verb.
// An adjective the parser made the participle's complement, with the
// name hung on it, becomes the name's modifier first. It reports how
// many it moved.
func RepairVisitingModifier(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 1; v+1 < len(toks); v++ {
		t := &toks[v]
		if t.XPOS != "VBG" || !prenominalParticiples[strings.ToLower(t.Text)] || t.Rel == "amod" {
			continue
		}
		prev := toks[v-1]
		switch pw := strings.ToLower(prev.Text); {
		case pw == "with" || pw == "to" || pw == "for":
		case prev.UPOS == "DET":
		case prev.UPOS == "VERB" && t.Head == v && hostVerbs[strings.ToLower(prev.Lemma)]:
		default:
			// "after visiting Paris": a verb.
			continue
		}
		// The noun phrase head: the first noun or name after v that
		// hangs on v or on v's head.
		vh := t.Head - 1
		h := -1
		for k := v + 1; k < len(toks) && k <= v+6; k++ {
			if (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN") && (toks[k].Head-1 == v || toks[k].Head-1 == vh) {
				h = k
				break
			}
		}
		if h < 0 && vh >= 0 && t.Rel != "root" {
			// "visiting Pakistani Foreign Minister Hina Rabbani Khar"
			// with "Pakistani" a complement of "visiting" and "Hina"
			// hung on it: the adjective is the name's modifier.
			for k := v + 2; k < len(toks) && k <= v+6; k++ {
				m := toks[k].Head - 1
				if (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN") && m > v && m < k &&
					toks[m].Head-1 == v && toks[m].UPOS == "ADJ" {
					toks[m].Head, toks[m].Rel = k+1, "amod"
					toks[k].Head = v + 1
					h = k
					break
				}
			}
		}
		if h < 0 || vh < 0 {
			continue
		}
		if t.Rel == "root" {
			continue
		}
		if toks[h].Head-1 == v {
			toks[h].Head = t.Head
		}
		if (prev.UPOS == "ADP" || prev.UPOS == "SCONJ") && (prev.Head == v+1 || prev.Head == h+1) {
			// "met with visiting X": X is the oblique of "met".
			toks[v-1].Head, toks[v-1].Rel, toks[v-1].UPOS = h+1, "case", "ADP"
			if toks[h].Rel == "obj" {
				toks[h].Rel = "obl"
			}
		}
		// What else hung on the participle belongs to the verb ("in
		// Beijing").
		for k := h + 1; k < len(toks); k++ {
			if toks[k].Head == v+1 {
				toks[k].Head = t.Head
			}
		}
		t.Head, t.Rel = h+1, "amod"
		n++
	}
	return n
}

// hostVerbs (lower-case lemmas) take a visitor as their object: "received
// visiting U.S. Secretary of State Hillary Clinton".
var hostVerbs = wordSet(`receive meet welcome host greet`)

// prenominalParticiples (lower case) stand before a name as its modifier
// in news: "visiting", "outgoing", "incoming".
var prenominalParticiples = wordSet(`visiting outgoing incoming`)

// RepairHyphenModifier attaches a hyphenated participle that opens a
// noun phrase ("Iranian-backed Houthi rebels fired missiles") to the
// phrase when the parser made it a second subject of the verb: a VBN
// joined by a hyphen to the word before it, hung on a verb as a subject
// while the next subject of that verb follows it, becomes an adjectival
// modifier (amod) of that subject. It reports how many it moved.
func RepairHyphenModifier(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for k := 2; k < len(toks); k++ {
		v := toks[k].Head - 1
		if toks[k].XPOS != "VBN" || !strings.HasPrefix(toks[k].Rel, "nsubj") || v <= k || !hyphenJoined(toks, k) {
			continue
		}
		h := -1
		for j := k + 1; j < v; j++ {
			if toks[j].Head == v+1 && strings.HasPrefix(toks[j].Rel, "nsubj") {
				h = j
				break
			}
		}
		if h < 0 || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" || leftmost(toks, h) != k+1 {
			continue
		}
		toks[k].Head, toks[k].Rel = h+1, "amod"
		n++
	}
	return n
}

// RepairConjChain hangs on the first member of a list of names a member
// the parser hung on the one before it: "visiting Tanzania, Mozambique
// and Kenya" parsed with "Kenya" a conjunct of "Mozambique". A proper
// noun conjunct of a proper noun that is itself a conjunct joined by a
// comma alone, both without dependents of their own other than a
// coordinator and punctuation, becomes a conjunct of the list's first
// member, as UD has it. It reports how many it moved.
func RepairConjChain(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for k := range toks {
		h := toks[k].Head - 1
		if toks[k].Rel != "conj" || h < 0 || h >= k || toks[k].UPOS != "PROPN" || toks[h].UPOS != "PROPN" || toks[h].Rel != "conj" {
			continue
		}
		g := toks[h].Head - 1
		if g < 0 || g >= h || toks[g].UPOS != "PROPN" || !bareConjunct(toks, h, k) || !bareConjunct(toks, k, -1) ||
			hasDependent(toks, h, "cc") || toks[h-1].Text != "," {
			// A member joined by a comma only ("A, B and C"), not a
			// nested coordination ("A and B, and B and C").
			continue
		}
		toks[k].Head = g + 1
		n++
	}
	return n
}

// RepairApposList makes the second member of a list of names a conjunct
// when the parser took it for an apposition of the first and hung the
// rest of the list on it: "Saudi Arabia, the UAE, Bahrain and Egypt cut
// ties" parsed with "the UAE" an apposition of "Saudi Arabia" and
// "Bahrain" and "Egypt" its conjuncts. A proper noun apposition right
// after a comma that has proper noun conjuncts of its own, one of them
// after "and" or "or", becomes a conjunct of the first member, and so do
// its conjuncts, as UD has a list. It reports how many it moved.
func RepairApposList(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for a := range toks {
		h := toks[a].Head - 1
		if toks[a].Rel != "appos" || h < 0 || h >= a || toks[a].UPOS != "PROPN" || toks[h].UPOS != "PROPN" {
			continue
		}
		if first := leftmost(toks, a); first < 1 || toks[first].Text != "," && toks[first-1].Text != "," {
			continue // (the comma is the apposition's or the first member's)
		}
		var conjs []int
		joined := false
		for k := a + 1; k < len(toks); k++ {
			if toks[k].Head != a+1 || toks[k].Rel != "conj" {
				continue
			}
			if toks[k].UPOS != "PROPN" {
				conjs = nil
				break
			}
			conjs = append(conjs, k)
			joined = joined || hasDependent(toks, k, "cc")
		}
		if len(conjs) == 0 || !joined {
			continue
		}
		toks[a].Rel = "conj"
		for _, k := range conjs {
			toks[k].Head = h + 1
		}
		n++
	}
	return n
}

// bareConjunct reports whether token c has no dependents but
// coordinators, punctuation, flat or compound name parts and the
// conjunct except (-1 for none).
func bareConjunct(toks []Token, c, except int) bool {
	for k := range toks {
		if toks[k].Head != c+1 || k == except {
			continue
		}
		switch toks[k].Rel {
		case "cc", "punct", "flat", "compound", "det":
		default:
			return false
		}
	}
	return true
}

// controlVerbs are the lemmas of verbs whose object is the subject of the
// infinitive that follows: "warned the United States to lift its
// sanctions".
var controlVerbs = wordSet(`warn urge tell ask order force invite encourage persuade advise press request
	instruct call pressure implore beg`)

// infinitiveMarkSubject returns, among the dependents of infinitive c
// that lie in lo..c-1, its "to" mark and its nominal subject (-1 when
// absent): the parser's reading of "urged Japan to open" with "Japan" the
// infinitive's subject.
func infinitiveMarkSubject(toks []Token, lo, c int) (to, subj int) {
	to, subj = -1, -1
	for k := lo; k < c; k++ {
		if toks[k].Head != c+1 {
			continue
		}
		switch {
		case toks[k].Rel == "mark" && strings.EqualFold(toks[k].Text, "to"):
			to = k
		case strings.HasPrefix(toks[k].Rel, "nsubj") && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN" || toks[k].UPOS == "PRON"):
			subj = k
		}
	}
	return to, subj
}

// RepairObjectControl gives back to a verb of urging or ordering its
// object that the parser made the subject of the infinitive after it:
// "Japan warned the United States to lift its sanctions" parsed with
// "the United States" the subject of "lift". A noun phrase between such a
// verb and its infinitive clause (marked by "to"), hung on the clause as
// its subject, becomes the verb's object and the clause its xcomp, when
// the verb has no object yet. It reports how many it moved.
func RepairObjectControl(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		v := toks[c].Head - 1
		if v < 0 || v >= c || toks[c].XPOS != "VB" || !controlVerbs[strings.ToLower(toks[v].Lemma)] ||
			hasDependent(toks, v, "obj", "iobj") {
			continue
		}
		to, subj := infinitiveMarkSubject(toks, v+1, c)
		if to < 0 || subj < 0 || subj > to || leftmost(toks, subj) != v+1 {
			continue
		}
		toks[subj].Head, toks[subj].Rel = v+1, "obj"
		toks[c].Rel = "xcomp"
		n++
	}
	// "ordered the Croatian diplomat to leave" parsed with "to leave" a
	// modifier (acl) of the object: the infinitive is the verb's, its
	// subject the object. Nouns that take an infinitive of their own
	// ("asked permission to leave", "ordered a plan to cut costs") keep
	// it.
	for c := range toks {
		x := toks[c].Head - 1
		if x < 0 || x >= c || toks[c].Rel != "acl" || toks[c].XPOS != "VB" || toks[x].Rel != "obj" ||
			lowerIn(infinitiveNouns, toks[x].Lemma) {
			continue
		}
		v := toks[x].Head - 1
		if v < 0 || v >= x || !lowerIn(controlVerbs, toks[v].Lemma) {
			continue
		}
		to := -1
		for k := x + 1; k < c; k++ {
			if toks[k].Head == c+1 && toks[k].Rel == "mark" && strings.EqualFold(toks[k].Text, "to") {
				to = k
			}
		}
		if to < 0 || rightmostBefore(toks, x, c) != to-1 {
			continue
		}
		toks[c].Head, toks[c].Rel = v+1, "xcomp"
		n++
	}
	return n
}

// RepairAppealOn gives back to "call on" or "appeal to" the one it appeals
// to when the parser read the preposition as the mark of the infinitive
// clause after it: "Cable called on Mr Brown to open the books, to see
// if ..." parsed with "on" a mark and "Mr Brown" the subject of "open"
// (a purpose clause after the infinitive leads it so). A preposition
// "on", "upon" or "to" right after a form of call or appeal, hung as mark
// on an infinitive clause of that verb whose subject's phrase starts
// right after it, becomes the case of that subject, and the subject the
// verb's oblique, as the parser has "called on Mr Brown to open the
// books". It reports how many it moved.
func RepairAppealOn(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for o := 1; o+1 < len(toks); o++ {
		v := o - 1
		if toks[o].Rel != "mark" || !lowerIn(appealPrepositions, toks[o].Text) || !lowerIn(appealOnVerbs, toks[v].Lemma) ||
			toks[v].UPOS != "VERB" {
			continue
		}
		c := toks[o].Head - 1
		if c <= o || toks[c].XPOS != "VB" || toks[c].Head != v+1 {
			continue
		}
		to, subj := infinitiveMarkSubject(toks, o+1, c)
		if to < 0 || subj < 0 || subj > to || leftmost(toks, subj) != o+1 {
			continue
		}
		toks[subj].Head, toks[subj].Rel = v+1, "obl"
		toks[o].Head, toks[o].Rel = subj+1, "case"
		toks[o].UPOS, toks[o].XPOS = "ADP", "IN"
		if toks[c].Rel != "advcl" {
			toks[c].Rel = "advcl"
		}
		n++
	}
	return n
}

// appealOnVerbs are the lemmas of verbs that appeal to someone through a
// preposition ("called on", "appealed to") to do what an infinitive
// says.
var appealOnVerbs = wordSet(`call appeal`)

// appealPrepositions are the prepositions that name the one appealed to.
var appealPrepositions = wordSet(`on upon to`)

// rightmostBefore returns the last token of the subtree of x that does
// not go through token skip.
func rightmostBefore(toks []Token, x, skip int) int {
	r := x
	for k := x + 1; k < len(toks); k++ {
		if k != skip && inSubtree(toks, k, x) && !inSubtree(toks, k, skip) {
			r = k
		}
	}
	return r
}

// infinitiveNouns (lemmas) take an infinitive of their own: "permission
// to leave", "a plan to cut costs".
var infinitiveNouns = wordSet(`permission time chance opportunity right plan plans money fund help aid
	support power authority way effort step measure action resource decision order approval clearance
	leave visa mandate license licence tool means attempt bid move proposal request call appeal
	invitation promise pledge commitment ability capacity need reason deadline date`)

// RepairListStart gives a subject list back its first member when the
// parser hung that member on the verb: "Lebanon's president, prime
// minister and national assembly speaker held talks" parsed with
// "Lebanon's president" a bare oblique of "held" and "prime minister"
// the subject. A noun phrase without a preposition that ends with a comma
// directly before a subject that has conjuncts of its own ("B and C") is
// the list's first member: it becomes the subject, and the others its
// conjuncts. A fronted time ("Last week, police and soldiers ...") is
// left alone. It reports how many it changed.
func RepairListStart(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for x := range toks {
		v := toks[x].Head - 1
		if v <= x || toks[x].UPOS != "NOUN" && toks[x].UPOS != "PROPN" || strings.HasPrefix(toks[x].Rel, "nsubj") ||
			toks[x].Rel == "conj" || hasDependent(toks, x, "case", "mark") || timeWord(toks[x].Text) || lowerIn(timeNouns, toks[x].Text) {
			continue
		}
		c := rightmost(toks, x)
		if c+1 >= v || toks[c].Text != "," || toks[c].Head != x+1 {
			continue
		}
		b := -1 // the subject whose phrase starts after the comma
		for k := c + 1; k < v; k++ {
			if toks[k].Head == v+1 && strings.HasPrefix(toks[k].Rel, "nsubj") && leftmost(toks, k) == c+1 {
				b = k
			}
		}
		if b < 0 || !hasDependent(toks, b, "conj") {
			continue
		}
		headList(toks, x, b)
		toks[c].Head = b + 1
		n++
	}
	return n
}

// headList makes token x (0-based) the head of the list that token b
// heads: x takes b's head and relation, b's conjuncts become x's, and b
// becomes x's conjunct.
func headList(toks []Token, x, b int) {
	toks[x].Head, toks[x].Rel = toks[b].Head, toks[b].Rel
	for k := range toks {
		if toks[k].Head == b+1 && toks[k].Rel == "conj" {
			toks[k].Head = x + 1
		}
	}
	toks[b].Head, toks[b].Rel = x+1, "conj"
}

// RepairFrontedSubject gives back its subject to a root verb when the
// parser joined the subject, after a comma, to the fronted phrase before
// it: "In a phone call with Crown Prince Mohammed bin Salman, Biden
// discussed the war" parsed with "Biden" a conjunct of "Prince". A noun
// or name right before a finite root verb that has no subject, hung as a
// conjunct without a coordinating conjunction on a word of a fronted
// oblique of that verb, becomes the verb's subject. It reports how many
// it moved.
func RepairFrontedSubject(s *Sentence) int {
	toks := s.Tokens
	r, _ := root(toks)
	if r < 2 || toks[r].UPOS != "VERB" || hasDependent(toks, r, "nsubj", "nsubj:pass", "csubj", "expl") {
		return 0
	}
	switch toks[r].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return 0
	}
	c := r - 1
	if toks[c].Rel != "conj" || (toks[c].UPOS != "PROPN" && toks[c].UPOS != "NOUN") || hasDependent(toks, c, "cc") {
		return 0
	}
	k := c - 1
	for k >= 0 && toks[k].Head == c+1 && toks[k].Rel != "punct" {
		k = leftmost(toks, k) - 1 // the conjunct's own modifiers
	}
	if k < 0 || toks[k].Text != "," || toks[k].Head != c+1 {
		return 0
	}
	// The conjunct's head must lie in a fronted oblique of the verb.
	o := -1
	for x := toks[c].Head - 1; x >= 0 && x < c; x = toks[x].Head - 1 {
		if toks[x].Head == r+1 {
			o = x
			break
		}
	}
	if o < 0 || baseRelName(toks[o].Rel) != "obl" {
		return 0
	}
	toks[c].Head, toks[c].Rel = r+1, "nsubj"
	toks[k].Head = o + 1
	return 1
}

// RepairThatClause mends a complement clause that the parser read as a
// relative clause of the verb's object: "Blair told MPs that Britain
// would not join the euro" parsed with "that" the object of "join" and
// "join" a relative clause of "MPs". When the noun is the object of a
// verb of telling (tell, inform, assure, warn, ...) and the clause's
// "that" is its object while it (or its infinitive) has another object
// and a subject of its own, "that" is a complementiser and the clause a complement (ccomp) of
// the verb of telling. The same holds when the noun is an oblique of a
// verb of saying or telling ("Baker said at a news conference that Japan
// must cut its surplus", "told reporters after the meeting that ..."),
// and there a clause marked by "that" that the parser made the noun's
// clausal modifier (acl) is the verb's complement too: a meeting or a
// conference takes no "that" clause of its own. It reports how many
// clauses it changed.
func RepairThatClause(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		h := toks[v].Head - 1
		if h < 0 || toks[v].Rel != "acl:relcl" && toks[v].Rel != "acl" {
			continue
		}
		g := toks[h].Head - 1
		if g < 0 || !hasDependent(toks, v, "nsubj") {
			continue
		}
		lemma := strings.ToLower(toks[g].Lemma)
		oblique := baseRelName(toks[h].Rel) == "obl" && toks[g].UPOS == "VERB" && (reportVerbs[lemma] || tellVerbs[lemma])
		if !oblique && (toks[v].Rel != "acl:relcl" || toks[h].Rel != "obj" && toks[h].Rel != "iobj" || !tellVerbs[lemma]) {
			continue
		}
		for k := h + 1; k < v; k++ {
			if toks[k].Head != v+1 || !strings.EqualFold(toks[k].Text, "that") {
				continue
			}
			if oblique && toks[v].Rel == "acl" && toks[k].Rel == "mark" {
				toks[v].Head, toks[v].Rel = g+1, "ccomp"
				n++
				break
			}
			if toks[v].Rel != "acl:relcl" || toks[k].Rel != "obj" || !otherObject(toks, v) {
				continue
			}
			toks[k].Rel, toks[k].UPOS, toks[k].XPOS = "mark", "SCONJ", "IN"
			toks[v].Head, toks[v].Rel = g+1, "ccomp"
			n++
			break
		}
	}
	return n
}

// RepairThatConjunct mends a second complement clause of a verb of saying
// or telling that the parser coordinated with the verb itself: "Letwin
// told MPs the budget was a gamble and that the chancellor had lost
// control of spending" parsed with "lost" a conjunct of "told". A
// conjunct of such a verb that is marked by "that", has a subject of its
// own and follows a complement (ccomp) of the verb is a conjunct of that
// complement: it is said too. It reports how many it moved.
func RepairThatConjunct(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		g := toks[c].Head - 1
		if g < 0 || toks[c].Rel != "conj" || toks[g].UPOS != "VERB" || !hasDependent(toks, c, "nsubj", "nsubj:pass") {
			continue
		}
		if lemma := strings.ToLower(toks[g].Lemma); !reportVerbs[lemma] && !tellVerbs[lemma] {
			continue
		}
		if m := dependentRel(toks, c, "mark"); m < 0 || !strings.EqualFold(toks[m].Text, "that") {
			continue
		}
		k := -1
		for j := g + 1; j < c; j++ {
			if toks[j].Head == g+1 && toks[j].Rel == "ccomp" {
				k = j
			}
		}
		if k < 0 {
			continue
		}
		toks[c].Head = k + 1
		n++
	}
	return n
}

// RepairToldClause mends a subordinate clause of telling whose reported
// clause the parser made its head: "the exchanges come after Mr Blair
// told Labour supporters the Conservatives offered a reckless agenda"
// parsed with "told" an adverbial clause of "offered". A verb of telling
// (tellVerbs) opened by a subordinator, with an object and no complement
// of its own, hung as an adverbial clause on a later verb whose subject
// starts right after that object (no comma between), is the clause the
// subordinator opens, and the later verb its complement. The verb of
// telling takes the later verb's place in the sentence; a later verb
// that is the sentence's root is left alone. It reports how many it
// mended.
func RepairToldClause(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for t := range toks {
		v := toks[t].Head - 1
		if v <= t || toks[t].Rel != "advcl" || !tellVerbs[strings.ToLower(toks[t].Lemma)] || !hasSubordinator(toks, t) ||
			hasDependent(toks, t, "ccomp") || toks[v].UPOS != "VERB" || toks[v].Head == 0 {
			continue
		}
		o := dependentRel(toks, t, "obj")
		subj := dependentRel(toks, v, "nsubj")
		if o < 0 || subj < 0 || subj < t || leftmost(toks, subj) != rightmost(toks, o)+1 {
			continue
		}
		toks[t].Head, toks[t].Rel = toks[v].Head, "advcl"
		toks[v].Head, toks[v].Rel = t+1, "ccomp"
		n++
	}
	return n
}

// otherObject reports whether verb v, whose relative "that" the parser
// read as its object, has an object after it, its own or its
// infinitive's ("told Iraqi leaders that Washington would continue to
// support Iraq"): then "that" is no object but a complementiser.
func otherObject(toks []Token, v int) bool {
	for j := v + 1; j < len(toks); j++ {
		if toks[j].Head == v+1 && toks[j].Rel == "obj" {
			return true
		}
		if x := toks[j].Head - 1; toks[j].Rel == "obj" && x > v && toks[x].Head == v+1 && toks[x].Rel == "xcomp" {
			return true
		}
	}
	return false
}

// tellVerbs are the lemmas of verbs of telling, whose addressee object
// a "that" clause follows.
var tellVerbs = wordSet(`tell inform assure warn remind convince persuade notify promise advise
	caution reassure`)

// RepairConjunctSubject mends two coordinated clauses, the first with a
// nominal predicate, that the parser read as a coordinated noun and a
// verb without subject: "The southern part of Cyprus is an EU member,
// but Turkey, which occupies northern Cyprus, had previously insisted
// ..." parsed with "Turkey" a conjunct of "member" and "insisted"
// subjectless. A finite verb (or one with an auxiliary) without subject
// whose phrase starts right after the phrase of a noun conjunct, and
// whose head is that conjunct's first member, a nominal predicate with a
// copula and a subject of its own, takes the noun as its subject and
// becomes a conjunct of that predicate. A coordination that can be the
// verb's subject ("leaders and soldiers know") is left alone. So is a
// name read as a conjunct of a time the first clause ends with ("...
// on Tuesday and Arafat called on Israel"). It reports how many it
// changed.
func RepairConjunctSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 1; v < len(toks); v++ {
		h := toks[v].Head - 1
		if h < 0 || !subjectlessFinite(toks, v) {
			continue
		}
		lo := leftmost(toks, v)
		c := -1 // the noun conjunct whose phrase ends just before v's
		for k := 0; k < lo; k++ {
			if toks[k].Rel == "conj" && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") && rightmost(toks, k) == lo-1 {
				c = k
				break
			}
		}
		if c < 0 {
			continue
		}
		a := toks[c].Head - 1 // the first member
		if a >= c || a < 0 {
			continue
		}
		if a != h {
			// "proclaimed a state on Tuesday and Arafat called on
			// Israel" parsed with "Arafat" a conjunct of the time
			// before it: a time and a name are no coordination.
			if toks[a].Head-1 != h || !weekday(toks[a].Text) && !timeNouns[strings.ToLower(toks[a].Text)] || toks[c].UPOS != "PROPN" {
				continue
			}
		} else if !hasDependent(toks, a, "cop") || !hasDependent(toks, a, "nsubj") {
			// "leaders and soldiers know", "Zarqawi and his group
			// are said", "a portion of each package or memorial
			// purchased goes": the coordination is the verb's
			// subject, or inside it.
			continue
		}
		for k := range toks {
			if toks[k].Head == c+1 && toks[k].Rel == "cc" {
				toks[k].Head = v + 1
			}
		}
		toks[c].Head, toks[c].Rel = v+1, "nsubj"
		toks[v].Rel = "conj"
		n++
	}
	return n
}

// RepairClauseSubject mends a clause after ", but" or ", and" whose
// subject the parser hung on the clause before: "Authorities have not
// said whether the explosion was caused by a bomb, but church leaders
// and opponents of the junta have warned of violence" parsed with
// "leaders" an oblique of "caused" and "warned" a subjectless conjunct
// of "said". A conjoined finite verb (or one with an auxiliary) without a
// subject whose phrase starts right after a noun phrase that a comma and
// a coordinator open, hung on a word before it, takes that phrase as its
// subject, with the coordinator and the comma. It reports how many it
// changed.
func RepairClauseSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 3; v < len(toks); v++ {
		if toks[v].Rel != "conj" || !subjectlessFinite(toks, v) {
			continue
		}
		lo := leftmost(toks, v)
		if lo < 1 {
			continue
		}
		// The noun whose phrase ends just before v's: the highest
		// nominal ancestor of the word before v's phrase that still
		// ends there ("leaders" of "church leaders and opponents of
		// the junta").
		c := -1
		for x, steps := lo-1, 0; x >= 0 && x < lo && steps < len(toks); x, steps = toks[x].Head-1, steps+1 {
			if toks[x].UPOS != "NOUN" && toks[x].UPOS != "PROPN" || rightmost(toks, x) != lo-1 {
				break
			}
			c = x
		}
		if c < 0 || toks[c].Head-1 >= c {
			continue
		}
		first := leftmost(toks, c)
		var last int // a conjunct of the subject the parser hung apart, or -1
		c, first, last = coordinatedSubject(toks, c, first)
		for first < c && (toks[first].UPOS == "PUNCT" || toks[first].UPOS == "CCONJ") && toks[first].Head-1 == c {
			first++ // the comma and coordinator, hung on the noun
		}
		cc, comma := first-1, first-2
		if comma < 0 || toks[cc].UPOS != "CCONJ" || toks[comma].Text != "," || toks[c].Head-1 >= comma || toks[v].Head-1 >= comma {
			continue
		}
		toks[c].Head, toks[c].Rel = v+1, "nsubj"
		toks[cc].Head, toks[cc].Rel = v+1, "cc"
		toks[comma].Head, toks[comma].Rel = v+1, "punct"
		if last >= 0 {
			toks[last].Head, toks[last].Rel = c+1, "conj"
		}
		n++
	}
	return n
}

// coordinatedSubject widens the subject noun c (its phrase starting at
// first) that RepairClauseSubject found to a coordination the parser
// split: when c is a conjunct opened by "and" or "or" and a noun whose
// phrase ends right before that coordinator hangs on the same word as c
// ("church leaders and opponents of the junta" with both nouns conjuncts
// of the verb before them), that noun heads the subject and c becomes its
// conjunct. It returns the subject's head, the first token of its phrase
// and the split conjunct (-1 when there is none).
func coordinatedSubject(toks []Token, c, first int) (int, int, int) {
	if toks[c].Rel != "conj" || first < 2 || first >= c || toks[first].UPOS != "CCONJ" || toks[first].Head-1 != c {
		return c, first, -1
	}
	switch strings.ToLower(toks[first].Text) {
	case "and", "or":
	default:
		return c, first, -1
	}
	p := -1 // the noun whose phrase ends right before the coordinator
	for x, steps := first-1, 0; x >= 0 && x < first && steps < len(toks); x, steps = toks[x].Head-1, steps+1 {
		if toks[x].UPOS != "NOUN" && toks[x].UPOS != "PROPN" || rightmost(toks, x) != first-1 {
			break
		}
		p = x
	}
	if p < 0 || toks[p].Head != toks[c].Head {
		return c, first, -1
	}
	return p, leftmost(toks, p), c
}

// subjectlessFinite reports whether token v (0-based) is a finite verb,
// or one with an auxiliary, without a subject or marker of its own.
func subjectlessFinite(toks []Token, v int) bool {
	if toks[v].UPOS != "VERB" || hasDependent(toks, v, "nsubj", "nsubj:pass", "csubj", "expl", "mark") {
		return false
	}
	switch toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return hasDependent(toks, v, "aux", "aux:pass")
}

// RepairGerund mends a gerund with its object that the parser read as
// an adjective of the object after a preposition: "accused Nicaragua of
// arming rebels" parsed with "arming" an amod of "rebels" and "of rebels"
// a modifier of "Nicaragua". After of, for, by, without or about, a VBG
// directly before the noun it modifies is a clause: it takes the noun's
// place (acl of a noun, advcl of a verb), the preposition becomes its
// marker and the noun its object. It reports how many it changed.
func RepairGerund(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for g := 1; g+1 < len(toks); g++ {
		o, m := g+1, g-1
		if toks[g].XPOS != "VBG" && !ingAdjective(toks, g) || toks[g].Head != o+1 || toks[o].UPOS != "NOUN" || toks[m].Head != o+1 ||
			hasAnyDependent(toks, g) {
			continue
		}
		switch strings.ToLower(toks[m].Text) {
		case "of", "for", "by", "without", "about":
		default:
			continue
		}
		if adjectivalParticiples[strings.ToLower(toks[g].Text)] {
			continue // "speakers of neighbouring languages"
		}
		h := toks[o].Head
		if h < 1 {
			continue
		}
		rel := "acl"
		if toks[h-1].UPOS == "VERB" {
			rel = "advcl"
		}
		toks[g].Head, toks[g].Rel = h, rel
		toks[g].XPOS, toks[g].UPOS = "VBG", "VERB"
		toks[m].Head, toks[m].Rel, toks[m].UPOS = g+1, "mark", "SCONJ"
		toks[o].Head, toks[o].Rel = g+1, "obj"
		n++
	}
	return n
}

// ingAdjective reports whether token g is an -ing word the tagger read as
// an adjective after the "of" of a verb of accusing or judging:
// "accused Tony Blair of misleading voters".
func ingAdjective(toks []Token, g int) bool {
	if toks[g].XPOS != "JJ" || !strings.HasSuffix(toks[g].Text, "ing") || g < 2 || !strings.EqualFold(toks[g-1].Text, "of") {
		return false
	}
	// The verb: the head of the noun phrase the "of" phrase hangs on.
	for k := g - 2; k >= 0; k-- {
		if toks[k].UPOS == "VERB" {
			return ofVerbs[strings.ToLower(toks[k].Lemma)]
		}
	}
	return false
}

// ofVerbs are the lemmas of verbs whose "of" phrase says what someone
// did: accused of, suspected of, convicted of.
var ofVerbs = wordSet(`accuse suspect convict acquit warn`)

// adjectivalParticiples (lower case) are -ing forms that news uses as
// adjectives before a noun ("warring factions", "striking workers").
var adjectivalParticiples = wordSet(`neighbouring neighboring existing remaining following leading
	growing rising falling increasing declining ruling governing ongoing outstanding emerging
	developing underlying upcoming incoming outgoing competing participating striking missing
	working living dying ageing aging warring opposing surrounding booming conflicting coming
	continuing prevailing pending leaving retiring visiting sitting serving`)

// RepairCrowdParticiple mends a participle that describes a crowd or a
// time but was read as a gerund clause after a preposition: "opened fire
// on protesting garment workers" parsed with "protesting" an adverbial
// clause marked by "on" and "workers" its object, "in coming weeks". A
// participle of crowdParticiples right after on, at, against or upon, or
// of timeParticiples right after in, over, during, within or for with a
// time noun, whose object is a plural noun without a determiner, becomes
// the noun's modifier; the
// noun takes its place, with the preposition as its case marker, and
// the participle's other dependents after the noun (", wounding
// dozens") go to the noun's new head. It reports how many it changed.
func RepairCrowdParticiple(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 1; v+1 < len(toks); v++ {
		m := v - 1
		if toks[v].XPOS != "VBG" || toks[m].Head != v+1 || toks[m].Rel != "mark" {
			continue
		}
		w, p := strings.ToLower(toks[v].Text), strings.ToLower(toks[m].Text)
		switch {
		case crowdParticiples[w] && (p == "on" || p == "at" || p == "against" || p == "upon"):
		case timeParticiples[w] && (p == "in" || p == "over" || p == "during" || p == "within" || p == "for"):
		default:
			continue
		}
		o := -1
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head == v+1 && toks[k].Rel == "obj" {
				o = k
				break
			}
		}
		if o < 0 || toks[o].XPOS != "NNS" || hasDependent(toks, o, "det") || timeParticiples[w] && !timeNouns[strings.ToLower(toks[o].Lemma)] {
			continue
		}
		// The words between the participle and the noun must be the
		// noun's own ("protesting garment workers").
		own := true
		for k := v + 1; k < o; k++ {
			if toks[k].Head != o+1 {
				own = false
			}
		}
		if !own {
			continue
		}
		h, rel := toks[v].Head, "obl"
		if h >= 1 && (toks[h-1].UPOS == "NOUN" || toks[h-1].UPOS == "PROPN") {
			rel = "nmod"
		}
		toks[o].Head, toks[o].Rel = h, rel
		toks[m].Head, toks[m].Rel, toks[m].UPOS = o+1, "case", "ADP"
		for k := o + 1; k < len(toks); k++ {
			if toks[k].Head == v+1 {
				toks[k].Head = h
				if toks[k].Rel == "conj" {
					toks[k].Rel = "advcl"
				}
			}
		}
		toks[v].Head, toks[v].Rel = o+1, "amod"
		n++
	}
	return n
}

// RepairNamingParticiple mends a naming participle set off by commas
// that the parser read as the predicate: "The bank, called the Swiss
// National Bank, also disputed ..." parsed with "called" the root and
// "disputed" its conjunct. A participle of namingParticiples right after
// a comma that follows its subject noun, with a conjunct verb after a
// second comma, becomes a modifier of the noun with the name as its
// complement; the conjunct takes its place as the noun's predicate. It
// reports how many it changed.
func RepairNamingParticiple(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := 2; c < len(toks); c++ {
		if toks[c-1].Text != "," || !lowerIn(namingParticiples, toks[c].Text) {
			continue
		}
		subj, obj, v := -1, -1, -1
		for k := range toks {
			if toks[k].Head != c+1 {
				continue
			}
			switch r := toks[k].Rel; {
			case k < c-1 && (r == "nsubj" || r == "nsubj:pass"):
				subj = k
			case k > c && (r == "obj" || r == "xcomp") && obj < 0:
				obj = k
			case k > c && r == "conj" && v < 0:
				v = k
			}
		}
		if subj < 0 || obj < 0 || v < 0 || toks[subj].UPOS != "NOUN" && toks[subj].UPOS != "PROPN" || !strings.HasPrefix(toks[v].XPOS, "VB") {
			continue
		}
		end := rightmost(toks, obj)
		if end+1 >= v || toks[end+1].Text != "," {
			continue
		}
		toks[v].Head, toks[v].Rel = toks[c].Head, toks[c].Rel
		if toks[v].XPOS == "VBN" && !hasDependent(toks, v, "aux", "aux:pass") {
			toks[v].XPOS = "VBD"
		}
		for k := range toks {
			if toks[k].Head == c+1 && k > end {
				toks[k].Head = v + 1
			}
		}
		toks[subj].Head = v + 1
		toks[c].Head, toks[c].Rel, toks[c].XPOS = subj+1, "acl", "VBN"
		toks[obj].Rel = "xcomp"
		n++
	}
	return n
}

// namingParticiples (lower case) name what their noun is called.
var namingParticiples = wordSet(`called named dubbed`)

// RestructureQuantities makes the noun counted by a quantity noun (or by
// a group: "a group of Canadian lawmakers", "a delegation of Chinese
// officials") the head of its phrase: "fired dozens of rockets at Israel", which UD
// parses with "dozens" the object and "rockets" its "of" modifier,
// becomes "rockets" the object with "dozens" a numeric modifier and
// "of" dropped into it, so that what a phrase is made of, not how many,
// meets the coder's patterns ("- * ROCKETS"). UD keeps the quantity as
// head, so this is no repair: Annotate does not apply it, event coding
// does. It reports how many phrases it changed.
func RestructureQuantities(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for q := range toks {
		if toks[q].UPOS != "NOUN" || !lowerIn(quantityNouns, toks[q].Text) {
			continue
		}
		if lowerIn(groupNouns, toks[q].Text) && !strings.HasPrefix(toks[q].Rel, "nsubj") {
			// A group acts through its members; what is done to or
			// with a group keeps it ("signed with a group of banks").
			continue
		}
		c := -1
		for k := q + 1; k < len(toks); k++ {
			if toks[k].Head == q+1 && isNmodRel(toks[k].Rel) && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") {
				c = k
				break
			}
		}
		if c < 0 {
			continue
		}
		of := -1
		for k := q + 1; k < c; k++ {
			if toks[k].Head == c+1 && toks[k].Rel == "case" && strings.EqualFold(toks[k].Text, "of") {
				of = k
			}
		}
		if of < 0 {
			continue
		}
		toks[c].Head, toks[c].Rel = toks[q].Head, toks[q].Rel
		for k := range toks {
			if k != c && toks[k].Head == q+1 && k > c {
				toks[k].Head = c + 1 // what follows the counted noun is its own
			}
		}
		toks[q].Head, toks[q].Rel = c+1, "nummod"
		toks[of].Head = q + 1
		n++
	}
	return n
}

// quantityNouns (lower case) count what their "of" phrase names.
var quantityNouns = wordSet(`dozens hundreds thousands millions tens scores dozen hundred thousand
	barrage barrages salvo salvos volley volleys wave waves series couple handful
	group groups delegation`)

// groupNouns (lower case) are the quantity nouns of a group, which give
// way to their members only as subjects.
var groupNouns = wordSet(`group groups delegation`)

// RepairStolenObject gives back to a verb the object the parser made the
// first of two subjects of a coordinated clause: "Hu Jintao met Indian
// Prime Minister Manmohan Singh in New Delhi on Monday and the two
// leaders signed an agreement" parsed with "Singh" and "leaders" both
// subjects of "signed" and "met" without object. When a conjunct verb has
// two nominal subjects and the first starts right after its head verb,
// which has no object, the first becomes that verb's object. It reports
// how many it changed.
func RepairStolenObject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for w := range toks {
		if toks[w].Rel != "conj" || toks[w].UPOS != "VERB" {
			continue
		}
		v := toks[w].Head - 1
		if v < 0 || v >= w || toks[v].UPOS != "VERB" || hasDependent(toks, v, "obj") {
			continue
		}
		a, b := -1, -1
		for k := v + 1; k < w; k++ {
			if toks[k].Head == w+1 && toks[k].Rel == "nsubj" {
				if a < 0 {
					a = k
				} else {
					b = k
				}
			}
		}
		if a < 0 || b < 0 || toks[a].UPOS != "PROPN" && toks[a].UPOS != "NOUN" {
			continue
		}
		// The words between the verb and the noun are the noun's, or
		// modifiers the parser hung on the clause ("Indian Prime
		// Minister Manmohan Singh" with "Indian" on "signed").
		var stray []int
		ok := true
		for k := v + 1; k < a && ok; k++ {
			switch {
			case inSubtree(toks, k, a):
			case toks[k].Head == w+1 && (toks[k].Rel == "amod" || toks[k].Rel == "det" || toks[k].Rel == "compound"):
				stray = append(stray, k)
			default:
				ok = false
			}
		}
		if !ok {
			continue
		}
		for _, k := range stray {
			toks[k].Head = a + 1
		}
		toks[a].Head, toks[a].Rel = v+1, "obj"
		n++
	}
	return n
}

// RepairTextParticiple attaches to a text noun the participle clause
// that follows it directly and that the parser hung on the verb: "Iran
// accepted a United Nations resolution calling for a ceasefire" parsed
// with "calling" an adverbial clause of "accepted". A VBG adverbial
// clause right after the object noun (no comma between), the noun one of
// textNouns, becomes the noun's clausal modifier (acl). It reports how
// many it changed.
func RepairTextParticiple(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 1; v < len(toks); v++ {
		o := v - 1
		if toks[v].XPOS != "VBG" || toks[v].Rel != "advcl" || !textNouns[strings.ToLower(toks[o].Text)] ||
			toks[o].Rel != "obj" || toks[o].Head != toks[v].Head {
			continue
		}
		toks[v].Head, toks[v].Rel = o+1, "acl"
		n++
	}
	return n
}

// DrillNoun reports whether w (any case) names a show of force staged
// near a party: drills, exercises, manoeuvres, patrols, war games.
func DrillNoun(w string) bool { return lowerIn(drillNouns, w) }

// drillNouns (lower case) are the words of DrillNoun.
var drillNouns = wordSet(`drills drill exercises exercise manoeuvres maneuvers patrols games`)

// TextNoun reports whether w (any case) names a text whose participle
// clause says what it says ("a resolution calling for", "a letter
// urging").
func TextNoun(w string) bool { return textNouns[strings.ToLower(w)] }

// textNouns (lower case) are the words of TextNoun.
var textNouns = wordSet(`resolution resolutions statement statements letter letters report reports
	motion communique declaration petition memo memorandum order orders decree decrees bill bills
	law laws directive directives edict ordinance complaint complaints lawsuit lawsuits note notes`)

// crowdParticiples (lower case) are participles that describe crowds
// before their noun ("protesting workers", "fleeing civilians");
// timeParticiples describe times ("in coming weeks").
var (
	crowdParticiples = wordSet(`protesting fleeing demonstrating rioting striking marching
	retreating advancing rampaging stranded`)
	timeParticiples = wordSet(`coming following ensuing remaining`)
)

// timeNouns (lower case) are nouns that head a fronted time phrase
// without a preposition ("Last week, ...").
var timeNouns = wordSet(`today yesterday tomorrow tonight week weekend month year day morning
	afternoon evening night spring summer autumn fall winter decade century hour minute`)

// TimeNoun reports whether word w names a time (a day, a part of one,
// a period, a weekday): "tomorrow", "week", "Monday".
func TimeNoun(w string) bool { return lowerIn(timeNouns, w) || weekday(w) }

// PeriodNoun reports whether word w (any case) is a word of TimeNoun
// that heads a noun phrase of time ("last week", "on Friday", "in the
// afternoon"): all but the deictic adverbs of deicticDays, which stand
// alone beside a noun ("leaves for Washington tomorrow").
func PeriodNoun(w string) bool { return TimeNoun(w) && !lowerIn(deicticDays, w) }

// deicticDays (lower case) are the words of TimeNoun that are adverbs.
var deicticDays = wordSet(`today yesterday tomorrow tonight`)

// nounModifier reports whether rel is a relation of a word modifying a
// noun inside its phrase.
func nounModifier(rel string) bool {
	switch rel {
	case "compound", "amod", "flat", "det", "nummod":
		return true
	}
	return false
}

// hasAnyDependent reports whether token i (0-based) heads any token.
func hasAnyDependent(toks []Token, i int) bool {
	for k := range toks {
		if toks[k].Head == i+1 {
			return true
		}
	}
	return false
}

// leftmost returns the 0-based index of the leftmost token of the subtree
// of token i.
func leftmost(toks []Token, i int) int {
	lo := i
	changed := true
	for changed {
		changed = false
		for k := 0; k < lo; k++ {
			if h := toks[k].Head - 1; h >= lo && h <= i && inSubtree(toks, h, i) {
				lo, changed = k, true
				break
			}
		}
	}
	return lo
}

// rightmost returns the 0-based index of the rightmost token of the
// subtree of token i.
func rightmost(toks []Token, i int) int {
	hi := i
	for k := len(toks) - 1; k > i; k-- {
		if inSubtree(toks, k, i) {
			return k
		}
	}
	return hi
}

// inSubtree reports whether token k is i or one of its descendants.
func inSubtree(toks []Token, k, i int) bool {
	for steps := 0; k >= 0 && steps <= len(toks); steps++ {
		if k == i {
			return true
		}
		k = toks[k].Head - 1
	}
	return false
}

// nationalityWord reports whether w looks like a nationality adjective
// ("Armenian", "Chinese", "Israeli", "Turkish").
func nationalityWord(w string) bool {
	if !capitalisedASCII(w) {
		return false
	}
	for _, suf := range []string{"an", "ese", "i", "ish", "ch"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// NationalityWord reports whether w looks like a nationality adjective
// ("Armenian", "Chinese", "Israeli", "Turkish"), as the parse repairs
// read one.
func NationalityWord(w string) bool { return nationalityWord(w) }

func capitalisedASCII(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// baseRelName returns a relation without its subtype.
func baseRelName(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// RepairNounComplement attaches to its noun the infinitive that follows
// a noun of intention or proposal and that the parser hung on the verb:
// "held talks on Israel's proposal to withdraw its troops" with "to
// withdraw" an adverbial clause of "held", "would not bow to demands to
// recognise the country" with "to recognise" a complement of "bow". The
// infinitive becomes the noun's clausal modifier (acl), whose subject is
// the noun's owner. It reports how many it moved.
func RepairNounComplement(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 2; v < len(toks); v++ {
		if toks[v].XPOS != "VB" || toks[v].Rel != "advcl" && toks[v].Rel != "xcomp" || !strings.EqualFold(toks[v-1].Text, "to") || toks[v-1].Head != v+1 {
			continue
		}
		k := v - 2
		if !intentNouns[strings.ToLower(toks[k].Text)] || toks[k].Head == v+1 || inSubtree(toks, k, v) {
			continue
		}
		if toks[v].Rel == "xcomp" && (toks[k].UPOS != "NOUN" || toks[v].Head == k+1) {
			continue // "we plan to use": the verb's own complement
		}
		toks[v].Head, toks[v].Rel = k+1, "acl"
		n++
	}
	return n
}

// IntentNoun reports whether w (any case) is a noun of intention or
// proposal that takes an infinitive ("proposal to withdraw", "plans to
// visit").
func IntentNoun(w string) bool { return intentNouns[strings.ToLower(w)] }

// intentNouns are nouns that take an infinitive saying what is intended,
// proposed or agreed.
var intentNouns = wordSet(`proposal proposals plan plans decision offer offers call calls
	demand demands bid attempt attempts effort efforts threat threats promise pledge pledges
	agreement deal move order orders request requests refusal readiness intention commitment
	ultimatum initiative scheme willingness`)

// RepairFrontedTime gives a subjectless verb the subject the parser hung
// as an apposition of a fronted time: "In December the Lords rejected a
// plea" parsed with "the Lords" an appositive of "December". It also
// frees a fronted time the parser swallowed into the subject: "On Monday
// school inspection chief David Bell criticised ..." parsed with "On" a
// case marker of "chief" and "Monday" its compound; the time becomes an
// oblique of the verb. A subject made a conjunct of the time after its
// comma ("In October, Mr Straw and Miguel Moratinos agreed ...") is the
// verb's too. It reports how many it moved.
func RepairFrontedTime(s *Sentence) int {
	toks := s.Tokens
	n := 0
	if len(toks) > 3 && toks[0].UPOS == "ADP" && toks[0].Rel == "case" && timeWord(toks[1].Text) && toks[0].Head > 2 &&
		(toks[1].Rel == "compound" || toks[1].Rel == "nmod" || toks[1].Rel == "amod") && inSubtree(toks, 1, toks[0].Head-1) {
		v := toks[0].Head - 1
		for steps := 0; v >= 0 && toks[v].UPOS != "VERB" && steps < len(toks); steps++ {
			v = toks[v].Head - 1
		}
		if v > 1 {
			toks[1].Head, toks[1].Rel = v+1, "obl"
			toks[0].Head = 2
			n++
		}
	}
	for v := range toks {
		if toks[v].UPOS == "VERB" && titledConjName(toks, v) {
			n++
		}
		if toks[v].UPOS != "VERB" || hasDependent(toks, v, "nsubj", "nsubj:pass", "csubj", "expl") {
			continue
		}
		for c := 0; c < v; c++ {
			if toks[c].Head != v+1 || baseRelName(toks[c].Rel) != "obl" || !timeWord(toks[c].Text) {
				continue
			}
			for a := c + 1; a < v; a++ {
				if toks[a].Head != c+1 || toks[a].UPOS != "PROPN" && toks[a].UPOS != "NOUN" {
					continue
				}
				if toks[a].Rel == "appos" {
					toks[a].Head, toks[a].Rel = v+1, "nsubj"
					n++
					break
				}
				if toks[a].Rel == "conj" && toks[leftmost(toks, a)].Text == "," && !timeWord(toks[a].Text) {
					// "In October, Mr Straw and Miguel Moratinos
					// agreed" with the names conjuncts of the time:
					// the first after the comma is the subject, the
					// rest its conjuncts.
					toks[a].Head, toks[a].Rel = v+1, "nsubj"
					for b := a + 1; b < v; b++ {
						if toks[b].Head == c+1 && toks[b].Rel == "conj" {
							toks[b].Head = a + 1
						}
					}
					n++
					break
				}
			}
		}
	}
	return n
}

// titledConjName undoes the subject the parser gave verb v in "In
// May, Mr Straw and his Spanish counterpart Miguel Moratinos signed
// ...", parsed with "Mr Straw" and "counterpart" conjuncts of the
// fronted time and the name right after "counterpart" the verb's
// subject: the name is the title's apposition, and the verb is left
// without a subject for RepairFrontedTime to give it the conjuncts.
func titledConjName(toks []Token, v int) bool {
	for s := 0; s < v; s++ {
		if toks[s].Head != v+1 || toks[s].Rel != "nsubj" || toks[s].UPOS != "PROPN" {
			continue
		}
		a := leftmost(toks, s) - 1
		if a < 0 || toks[a].UPOS != "NOUN" || toks[a].Rel != "conj" {
			return false
		}
		c := toks[a].Head - 1
		if c < 0 || toks[c].Head != v+1 || baseRelName(toks[c].Rel) != "obl" || !timeWord(toks[c].Text) {
			return false
		}
		toks[s].Head, toks[s].Rel = a+1, "appos"
		return true
	}
	return false
}

// timeWord reports whether w names a month or a day of the week.
func timeWord(w string) bool { return weekday(w) || MonthName(w) }

// RepairNominalObject relabels as the object (obj) a noun phrase the
// parser made the secondary predicate (xcomp) of a verb that has no
// object: "Ukraine shot down a Russian drone" with "drone" an xcomp of
// "shot". Verbs that take a nominal predicate ("became a member",
// "remained a threat", "was named envoy") and phrases after an object or
// with a passive auxiliary keep theirs. It reports how many it changed.
func RepairNominalObject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		v := toks[c].Head - 1
		if toks[c].Rel != "xcomp" || toks[c].UPOS != "NOUN" || v < 0 || v > c || toks[v].UPOS != "VERB" {
			continue
		}
		if predicativeVerbs[strings.ToLower(toks[v].Lemma)] || hasDependent(toks, v, "obj", "aux:pass", "iobj") {
			continue
		}
		det := false
		for k := range toks {
			if toks[k].Head == c+1 && toks[k].Rel == "det" && k < c {
				det = true
			}
			if toks[k].Head == c+1 && (toks[k].Rel == "case" || toks[k].Rel == "cop") {
				// A prepositional phrase or a predicate with its
				// copula ("happens to be the best investor").
				det = false
				break
			}
		}
		// Only the verb's particle and the noun's own modifiers come
		// between them ("contributed to \"the creation\"" has a
		// preposition the parser hung elsewhere).
		for k := v + 1; k < c && det; k++ {
			if toks[k].Head == v+1 && toks[k].Rel == "compound:prt" {
				continue
			}
			if toks[k].Head != c+1 || toks[k].UPOS == "PUNCT" || toks[k].UPOS == "ADP" {
				if !(inSubtree(toks, k, c) && toks[k].UPOS != "PUNCT" && toks[k].UPOS != "ADP") {
					det = false
				}
			}
		}
		if !det {
			continue
		}
		toks[c].Rel = "obj"
		n++
	}
	return n
}

// predicativeVerbs (lemmas) take a noun phrase as their predicate.
var predicativeVerbs = wordSet(`be become remain seem appear stay look sound prove turn grow feel
	name elect appoint call consider make keep declare deem label brand dub crown choose`)

// RepairNameAdjectiveConj splits "Israel and Palestinian militants",
// which the parser reads as "Israeli and Palestinian militants" (the name
// and the nationality adjective coordinated, modifying the noun), into the
// name and the noun phrase coordinated: the name takes the noun's head and
// relation, the noun becomes its conjunct and the adjective the noun's
// modifier. Only a name that is not an abbreviation ("U.S. and Iraqi
// forces" are both forces) and without a determiner ("the Ethiopia and
// Tigray conflict") is split, and only before an adjective of nationality
// ("Palestinian", "Tigrayan", "Sudanese", "Kurdish", "Iraqi"). It reports
// how many it split.
func RepairNameAdjectiveConj(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := 2; c+1 < len(toks); c++ {
		a, nn := toks[c].Head-1, c+1
		if toks[c].Rel != "conj" || a < 0 || a >= c-1 || toks[a].UPOS != "PROPN" || toks[a].Head-1 != nn ||
			toks[a].Rel != "compound" && toks[a].Rel != "amod" ||
			toks[nn].UPOS != "NOUN" || !nationalityWord(toks[c].Text) || !nameNotAbbreviation(toks[a].Text) ||
			hasDependent(toks, a, "det") {
			continue
		}
		cc := -1
		for k := a + 1; k < c; k++ {
			if toks[k].Rel == "cc" && toks[k].Head-1 == c {
				cc = k
			} else if toks[k].Head-1 != a && toks[k].Head-1 != c {
				cc = -2 // something else between the conjuncts
				break
			}
		}
		if cc < 0 {
			continue
		}
		toks[a].Head, toks[a].Rel = toks[nn].Head, toks[nn].Rel
		toks[nn].Head, toks[nn].Rel = a+1, "conj"
		toks[c].Head, toks[c].Rel = nn+1, "amod"
		toks[cc].Head = nn + 1
		n++
	}
	return n
}

// nameNotAbbreviation reports whether w is a name written out ("Israel",
// "Iran"), not an abbreviation used as an adjective ("U.S.", "UK", "EU")
// nor an adjective of nationality ("Armenian").
func nameNotAbbreviation(w string) bool {
	if strings.Contains(w, ".") || nationalityWord(w) && !strings.HasSuffix(w, "stan") && !anNames[w] {
		return false
	}
	for _, r := range w[1:] {
		if r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

// anNames are names of countries and capitals that end like an adjective
// of nationality ("-an").
var anNames = map[string]bool{"Iran": true, "Sudan": true, "Japan": true, "Oman": true, "Jordan": true,
	"Taiwan": true, "Bhutan": true, "Azerbaijan": true, "Tehran": true, "Amman": true, "Yerevan": true}

// RepairDetachedFlat reattaches a flat name part that the parser hung on
// the first conjunct of a coordination to the conjunct right before it:
// "Japan and South Korea" parsed with "South" a conjunct of "Japan" and
// "Korea" a flat part of "Japan". A flat part follows its head; when the
// word before it is a proper-noun conjunct of that head that opens place
// names ("South", "Saudi", "New"), the part is that conjunct's. It
// reports how many it moved.
func RepairDetachedFlat(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for k := 1; k < len(toks); k++ {
		h := toks[k].Head - 1
		p := k - 1
		if toks[k].Rel != "flat" || h < 0 || h >= p || toks[p].Head != h+1 || toks[p].Rel != "conj" || toks[p].UPOS != "PROPN" || toks[k].UPOS != "PROPN" {
			continue
		}
		if !placeNameStarts[strings.ToLower(toks[p].Text)] {
			// "Bill and Melinda Gates" share the surname.
			continue
		}
		toks[k].Head = p + 1
		n++
	}
	return n
}

// lowerIn reports whether the lower-cased w is in set (see LowerLookup).
func lowerIn(set map[string]bool, w string) bool { return LowerLookup(set, w) }

// placeNameStarts are the first words of names of countries and places
// of two words or more ("South Korea", "Saudi Arabia", "New Zealand").
var placeNameStarts = wordSet(`south north east west new saudi sri costa puerto el san santa hong sierra
	burkina cape papua trinidad bosnia czech dominican central united ivory solomon marshall equatorial
	upper lower western eastern northern southern gaza tel buenos abu addis kuala`)

// RepairPossessiveHead makes the noun after a possessive "'s" its head
// when the parser hung it the other way: "Egypt's foreign ministry
// summoned ..." parsed with "Egypt" the subject and "ministry" its nmod.
// A possessor with its "'s" modifies what follows; the first noun after
// "'s" that the parser hung on the possessor takes the possessor's place
// in the tree and the possessor becomes its nmod:poss. It reports how
// many it changed.
func RepairPossessiveHead(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for p := 0; p+1 < len(toks); p++ {
		if toks[p+1].Text != "'s" && toks[p+1].Text != "'" || toks[p+1].Head != p+1 || toks[p+1].Rel != "case" {
			continue
		}
		m := -1
		for k := p + 2; k < len(toks) && k <= p+5; k++ {
			if toks[k].Head == p+1 && (toks[k].Rel == "nmod" || toks[k].Rel == "compound" || toks[k].Rel == "appos") &&
				(toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") {
				m = k
				break
			}
		}
		if m < 0 {
			continue
		}
		// The words between "'s" and the noun must be its own
		// modifiers ("foreign").
		ok := true
		for k := p + 2; k < m; k++ {
			if toks[k].Head != m+1 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		toks[m].Head, toks[m].Rel = toks[p].Head, toks[p].Rel
		toks[p].Head, toks[p].Rel = m+1, "nmod:poss"
		for k := range toks {
			// The possessor's other dependents after the noun
			// (punctuation, clauses) go with the new head.
			if k > m && toks[k].Head == p+1 {
				toks[k].Head = m + 1
			}
		}
		n++
	}
	return n
}

// RepairCompoundPhrase undoes a compound that carries a prepositional
// phrase of its own: "Investigators from the office of independent
// counsel Kenneth Starr questioned ..." parsed with "Investigators" a
// compound of "Kenneth" and "from the office of independent counsel"
// hanging on "Investigators". A compound modifies the noun right after
// it; one with an nmod child between it and its head is that head's
// place in the tree, and the name it was hung on becomes the apposition
// of the noun right before the name. It reports how many it changed.
func RepairCompoundPhrase(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		h := toks[c].Head - 1
		if toks[c].Rel != "compound" || h <= c+1 || toks[c].UPOS != "NOUN" || toks[h].UPOS != "PROPN" {
			continue
		}
		m := -1
		for k := c + 1; k < h; k++ {
			if toks[k].Head == c+1 && toks[k].Rel == "nmod" {
				m = k
			}
		}
		if m < 0 || rightmost(toks, m) != h-1 || toks[h-1].UPOS != "NOUN" {
			continue
		}
		toks[c].Head, toks[c].Rel = toks[h].Head, toks[h].Rel
		toks[h].Head, toks[h].Rel = h, "appos"
		for k := range toks {
			// What the name governed outside its own name parts
			// (determiners aside) goes to the noun that heads now.
			if k != c && toks[k].Head == h+1 && toks[k].Rel != "flat" && (k < c || k > rightmost(toks, h)) {
				toks[k].Head = c + 1
			}
		}
		n++
	}
	return n
}

// RepairVerbDeterminer gives a verb without a subject the noun phrase
// the parser hung on it word by word: "The Indian military shot down a
// drone" parsed with "The" a det and "Indian" and "military" amods of
// "shot". A verb takes no determiner; the word right before it heads the
// phrase as the subject (a noun: "military" is one here), and the
// words before it hung on the verb go with it. It reports how many it
// changed.
func RepairVerbDeterminer(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 1; v < len(toks); v++ {
		if toks[v].UPOS != "VERB" || toks[v].XPOS != "VBD" && toks[v].XPOS != "VBZ" && toks[v].XPOS != "VBP" || hasDependent(toks, v, "nsubj", "nsubj:pass") {
			continue // (a participle may modify the noun: "a gorilla screaming")
		}
		m := v - 1
		if toks[m].Head != v+1 || toks[m].Rel != "amod" && toks[m].Rel != "compound" || toks[m].UPOS != "ADJ" && toks[m].UPOS != "NOUN" {
			continue
		}
		det := false
		for k := 0; k < m; k++ {
			if toks[k].Head == v+1 && toks[k].Rel == "det" {
				det = true
			}
		}
		if !det {
			continue
		}
		for k := 0; k < m; k++ {
			if toks[k].Head == v+1 && (toks[k].Rel == "det" || toks[k].Rel == "amod" || toks[k].Rel == "compound") {
				toks[k].Head = m + 1
			}
		}
		toks[m].Rel = "nsubj"
		if toks[m].UPOS == "ADJ" {
			toks[m].UPOS, toks[m].XPOS = "NOUN", "NN"
		}
		n++
	}
	return n
}

// RepairPassiveAgent moves to a passive verb the "by" phrase the parser
// hung inside one of its obliques: "were sentenced to seven years in
// prison by a Myanmar court" with "by a Myanmar court" under "prison".
// The same holds for a "by" phrase hung on the verb's secondary
// predicate: "were shot dead by Israeli troops" with "by Israeli troops"
// an oblique of "dead", and for one hung on a nominal conjunct of the
// verb ("was jailed for three and a half years by a Moscow court" with
// "years" a conjunct of "jailed"). It applies when the verb has a passive auxiliary
// and no agent of its own; also for a "by" phrase hung on the noun a
// passive names its subject ("was branded a disgrace by the Tories").
// It reports how many it moved.
func RepairPassiveAgent(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		if toks[v].UPOS != "VERB" || !hasDependent(toks, v, "aux:pass") || hasDependent(toks, v, "obl:agent") {
			continue
		}
		for c := range toks {
			if toks[c].Head != v+1 {
				continue
			}
			if toks[c].Rel == "xcomp" && toks[c].UPOS == "ADJ" {
				for g := range toks {
					if toks[g].Head == c+1 && toks[g].Rel == "obl" && caseOf(toks, g, "by") {
						toks[g].Head, toks[g].Rel = v+1, "obl:agent"
						n++
					}
				}
				continue
			}
			// A nominal conjunct on the verb is a split oblique ("for
			// three and a half years by a Moscow court").
			nominalConj := toks[c].Rel == "conj" && (toks[c].UPOS == "NOUN" || toks[c].UPOS == "NUM")
			// So is the noun a passive verb of naming calls its
			// subject ("was branded a disgrace by the Liberal
			// Democrats", the predicate read as an object).
			predicate := (toks[c].Rel == "obj" || toks[c].Rel == "xcomp") && toks[c].UPOS == "NOUN" && lowerIn(brandingParticiples, toks[v].Text)
			if baseRelName(toks[c].Rel) != "obl" && !nominalConj && !predicate {
				continue
			}
			for g := range toks {
				if toks[g].Head != c+1 || toks[g].Rel != "nmod" || g < c {
					continue
				}
				if caseOf(toks, g, "by") {
					toks[g].Head, toks[g].Rel = v+1, "obl:agent"
					n++
				}
			}
		}
	}
	return n
}

// brandingParticiples (lower case) are the participles of verbs that call
// their object something ("branded the plan a disgrace", passive "was
// branded a disgrace").
var brandingParticiples = wordSet(`branded called labelled labeled dubbed termed named`)

// caseOf reports whether token g (0-based) has the case marker w.
func caseOf(toks []Token, g int, w string) bool {
	for k := range toks {
		if toks[k].Head == g+1 && toks[k].Rel == "case" && strings.EqualFold(toks[k].Text, w) {
			return true
		}
	}
	return false
}

// RepairPunctHeads reattaches the nouns the parser hung from a
// punctuation token, which never heads anything in UD: "al-Sisi hosted
// Sudanese President Omar al-Bashir in Cairo." parsed with "Omar" as
// the subject of the final full stop. A noun after a root verb that has
// no object becomes its object; a noun right after a preposition that
// also hangs from punctuation takes it as its case marker and becomes an
// oblique of the root ("held talks with his Brazilian counterpart Luiz
// Inacio Lula da Silva." with "with" and "Luiz" on the full stop); any
// other dependent of punctuation goes to the root with its relation. It
// reports how many tokens it moved.
func RepairPunctHeads(s *Sentence) int {
	toks := s.Tokens
	r, _ := root(toks)
	if r < 0 {
		return 0
	}
	onPunct := func(i int) bool {
		h := toks[i].Head - 1
		return h >= 0 && h < len(toks) && toks[h].UPOS == "PUNCT" && i != r && toks[i].UPOS != "PUNCT"
	}
	nominal := func(i int) bool { return toks[i].UPOS == "PROPN" || toks[i].UPOS == "NOUN" }
	n := 0
	for i := r + 1; i < len(toks); i++ {
		if !onPunct(i) || !nominal(i) {
			continue
		}
		if a := leftmost(toks, i) - 1; a > r && toks[a].UPOS == "ADP" && onPunct(a) {
			toks[a].Head, toks[a].Rel = i+1, "case"
			toks[i].Head, toks[i].Rel = r+1, "obl"
			n += 2
		}
	}
	for i := range toks {
		if !onPunct(i) {
			continue
		}
		toks[i].Head = r + 1
		if nominal(i) && i > r && toks[r].UPOS == "VERB" && !hasDependent(toks, r, "obj") {
			toks[i].Rel = "obj"
		}
		n++
	}
	return n
}

// root returns the first token (0-based) with no head, -1 when there is
// none, and how many tokens have no head.
func root(toks []Token) (first, n int) {
	first = -1
	for i := range toks {
		if toks[i].Head == 0 {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	return first, n
}

// hasModal reports whether token i (0-based) has a modal auxiliary (MD)
// dependent.
func hasModal(toks []Token, i int) bool {
	for k := range toks {
		if toks[k].Head == i+1 && toks[k].XPOS == "MD" && toks[k].Rel == "aux" {
			return true
		}
	}
	return false
}

// namesSomeone reports whether token r (0-based) is a proper noun or has
// a proper-noun compound, flat or appositive dependent.
func namesSomeone(toks []Token, r int) bool {
	if toks[r].UPOS == "PROPN" {
		return true
	}
	for k := range toks {
		if toks[k].Head == r+1 && toks[k].UPOS == "PROPN" {
			switch toks[k].Rel {
			case "compound", "flat", "appos":
				return true
			}
		}
	}
	return false
}

// finiteAux reports whether token i (0-based) has a finite auxiliary
// ("has threatened", "was shot", "will be meeting").
func finiteAux(toks []Token, i int) bool {
	for k := range toks {
		if toks[k].Head == i+1 && (toks[k].Rel == "aux" || toks[k].Rel == "aux:pass") {
			switch toks[k].XPOS {
			case "VBZ", "VBP", "VBD", "MD":
				return true
			}
		}
	}
	return false
}

// hasDependent reports whether token i (0-based) has a dependent with one
// of the relations rels.
func hasDependent(toks []Token, i int, rels ...string) bool {
	return dependentRel(toks, i, rels...) >= 0
}

// relativeWord reports whether a relative pronoun or "that" of clause b
// stands between tokens a and b (0-based, exclusive). One that belongs
// to another clause ("Edward Leigh, who is chairman of the committee,
// warned ...") does not count.
func relativeWord(toks []Token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch strings.ToLower(toks[k].Text) {
		case "who", "whom", "whose", "which", "that":
			if inSubtree(toks, k, b) {
				return true
			}
		}
	}
	return false
}

// RepairReducedRelative mends a subject the parser gave a past participle
// that modifies it, with no comma: "The four prisoners freed from army
// custody are expected home" parsed with "prisoners" the subject of
// "freed", an adverbial clause of "expected", leaving the root without a
// subject. When the root is a verb without a subject and its adverbial
// clause is a past participle with no auxiliary, marker or object, whose
// subject is the noun phrase right before it at the start of the
// sentence, and the participle's phrase ends right before the root or
// its auxiliary, the noun phrase is the root's subject and the
// participle modifies it (acl). It reports how many it moved.
func RepairReducedRelative(s *Sentence) int {
	toks := s.Tokens
	r, _ := root(toks)
	if r < 0 || toks[r].UPOS != "VERB" {
		return 0
	}
	if c := reducedRoot(toks, r); c >= 0 {
		// "The six prisoners freed from army custody are expected to
		// be questioned" parsed with "freed" the root, its subject
		// the noun phrase, and "expected" a subjectless clausal
		// complement: the complement is the root.
		n := -1
		for k := 0; k < r; k++ {
			if toks[k].Head == r+1 && toks[k].Rel == "nsubj" {
				n = k
			}
		}
		for k := range toks {
			if toks[k].Head == r+1 && (toks[k].Rel == "punct" && k > c) {
				toks[k].Head = c + 1
			}
		}
		toks[c].Head, toks[c].Rel = 0, "root"
		toks[n].Head, toks[n].Rel = c+1, "nsubj"
		if toks[c].XPOS == "VBN" && hasDependent(toks, c, "aux:pass") {
			toks[n].Rel = "nsubj:pass"
		}
		toks[r].Head, toks[r].Rel, toks[r].XPOS = n+1, "acl", "VBN"
		return 1
	}
	if hasDependent(toks, r, "nsubj", "nsubj:pass", "expl", "csubj") {
		return 0
	}
	for v := 1; v < r; v++ {
		if toks[v].Head != r+1 || toks[v].Rel != "advcl" || toks[v].XPOS != "VBN" ||
			hasDependent(toks, v, "mark", "aux", "aux:pass", "cop", "obj", "nsubj:pass", "ccomp", "xcomp") {
			continue
		}
		n := v - 1
		for n >= 0 && toks[n].Head != v+1 {
			n--
		}
		if n < 0 || toks[n].Rel != "nsubj" || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" || rightmost(toks, n) != v-1 ||
			leftmost(toks, n) != 0 && !(leftmost(toks, n) == 1 && toks[0].UPOS == "CCONJ") {
			continue
		}
		end := rightmost(toks, v)
		if end+1 > r || end+1 < r && (toks[end+1].Head != r+1 || toks[end+1].Rel != "aux" && toks[end+1].Rel != "aux:pass") {
			continue
		}
		toks[n].Head, toks[n].Rel = r+1, "nsubj"
		if toks[r].XPOS == "VBN" && hasDependent(toks, r, "aux:pass") {
			toks[n].Rel = "nsubj:pass"
		}
		toks[v].Head, toks[v].Rel = n+1, "acl"
		return 1
	}
	return 0
}

// reducedRoot returns the clausal complement that is the true root when
// root r is a participle of a reduced relative: a past form ("freed",
// VBN or VBD) with no auxiliary, marker or object, whose subject is the
// noun phrase right before it at the sentence's start, whose phrase
// holds prepositional phrases only, and a complement (ccomp) without a
// subject that opens, right after the participle's phrase, with its
// auxiliary ("are expected"); else -1.
func reducedRoot(toks []Token, r int) int {
	if toks[r].XPOS != "VBN" && toks[r].XPOS != "VBD" || hasDependent(toks, r, "mark", "aux", "aux:pass", "cop", "obj", "nsubj:pass", "xcomp") {
		return -1
	}
	n, c := -1, -1
	for k := range toks {
		switch {
		case toks[k].Head != r+1:
		case toks[k].Rel == "nsubj":
			if n >= 0 {
				return -1
			}
			n = k
		case toks[k].Rel == "ccomp":
			if c >= 0 {
				return -1
			}
			c = k
		}
	}
	if n < 0 || c < 0 || c < r || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" || rightmost(toks, n) != r-1 ||
		leftmost(toks, n) != 0 && !(leftmost(toks, n) == 1 && toks[0].UPOS == "CCONJ") ||
		toks[c].UPOS != "VERB" || hasDependent(toks, c, "nsubj", "nsubj:pass", "expl", "mark") {
		return -1
	}
	a := leftmost(toks, c)
	if toks[a].Head != c+1 || toks[a].Rel != "aux" && toks[a].Rel != "aux:pass" {
		return -1
	}
	// The participle's own phrase ends right before the complement and
	// holds prepositional phrases only ("from army custody"), not the
	// addressee or object of a verb of saying ("told the House
	// assets would be sold", "denied having sold").
	oblique := false
	for k := r + 1; k < a; k++ {
		if !inSubtree(toks, k, r) || toks[k].Text == "," {
			return -1
		}
		if toks[k].Head != r+1 {
			continue
		}
		if toks[k].Rel != "obl" || !hasDependent(toks, k, "case") {
			return -1
		}
		oblique = true
	}
	if !oblique {
		return -1
	}
	return c
}

// RepairParticipleSubject mends a subject the parser hung on a participle
// set off by commas after it: "The Labour Council, affiliated to the
// ACTU, had threatened to paralyse New South Wales" parsed with
// "affiliated" an adverbial clause of "threatened" and "Council" its
// unmarked oblique, leaving "threatened" without a subject. When the
// root is a verb without a subject and its adverbial clause is a past
// participle without a subject of its own, or a present participle
// (adverbial clause or clausal subject: "Shultz, addressing the
// assembly, urged Moscow") whose only subject is that noun phrase,
// right after a noun phrase
// and a comma at the start of the sentence, with a comma between the
// participle's phrase and the root, the noun phrase is the root's subject
// and the participle modifies it (acl). It reports how many it moved.
func RepairParticipleSubject(s *Sentence) int {
	toks := s.Tokens
	r, _ := root(toks)
	if r < 0 || toks[r].UPOS != "VERB" || hasDependent(toks, r, "nsubj", "nsubj:pass", "expl") {
		return 0
	}
	for v := 1; v < r; v++ {
		// (A present participle the parser gave the noun as its
		// subject: "Iran, seeking to end the war, has called on Iraq
		// to withdraw" parsed with "Iran" the subject of "seeking",
		// the participle an adverbial clause or the root's clausal
		// subject.)
		if toks[v].Head != r+1 || toks[v].Rel != "advcl" && !(toks[v].Rel == "csubj" && toks[v].XPOS == "VBG") ||
			toks[v].XPOS != "VBN" && toks[v].XPOS != "VBG" ||
			hasDependent(toks, v, "nsubj:pass", "mark", "aux", "aux:pass") || toks[v].XPOS == "VBN" && hasDependent(toks, v, "nsubj") {
			continue
		}
		// The noun before the comma before the participle, hung on it.
		c := v - 1
		if toks[c].Text != "," {
			continue
		}
		n := -1
		for k := c - 1; k >= 0; k-- {
			if toks[k].Head == v+1 && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") {
				switch baseRelName(toks[k].Rel) {
				case "obl", "nsubj", "obj", "nmod":
					n = k
				}
				break
			}
		}
		if n < 0 || leftmost(toks, n) != 0 && !(leftmost(toks, n) == 1 && toks[0].UPOS == "CCONJ") {
			continue
		}
		if hasDependent(toks, n, "case") {
			continue // "In Paris, ...": a fronted oblique, not a subject
		}
		// A comma closes the participle's phrase before the root.
		end := v
		for k := v + 1; k < r; k++ {
			if toks[k].Text != "," && inSubtree(toks, k, v) {
				end = k
			}
		}
		if end+1 >= r || toks[end+1].Text != "," {
			continue
		}
		toks[end+1].Head = v + 1
		toks[n].Head, toks[n].Rel = r+1, "nsubj"
		if toks[r].XPOS == "VBN" && hasDependent(toks, r, "aux:pass") {
			toks[n].Rel = "nsubj:pass"
		}
		toks[v].Head, toks[v].Rel = n+1, "acl"
		toks[c].Head = v + 1
		return 1
	}
	return 0
}

// RepairParentheticalRoot mends a clause whose verb the tagger read as a
// participle modifying its object because a participle's phrase set off
// by commas stands between it and its subject: "Reagan, speaking to
// reporters, criticised Japan" parsed with "speaking" the root, "Reagan"
// its subject and "criticised" an adjectival modifier of "Japan". When the
// root is a present participle whose subject is the noun phrase opening
// the sentence, right before the comma before it, and a comma closing
// the participle's phrase is followed by a past participle without
// subject or auxiliary that modifies (amod) a noun after it hung on the
// root, or that the parser hung on the root as a second clause
// (parataxis, conj, ccomp, advcl), that participle is the sentence's verb
// in the past tense: the root, with the noun phrase its subject, the noun
// it modified its object and the present participle a modifier (acl) of
// the subject. It reports how many it moved.
func RepairParentheticalRoot(s *Sentence) int {
	toks := s.Tokens
	r, _ := root(toks)
	if r < 2 || toks[r].XPOS != "VBG" || toks[r-1].Text != "," {
		return 0
	}
	n := dependentRel(toks, r, "nsubj")
	if n < 0 || rightmost(toks, n) < r-2 || leftmost(toks, n) != 0 && !(leftmost(toks, n) == 1 && toks[0].UPOS == "CCONJ") ||
		toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
		return 0
	}
	// The comma closing the participle's phrase, and the verb after it.
	k := r + 1
	for ; k < len(toks) && toks[k].Text != ","; k++ {
		if !inSubtree(toks, k, r) {
			return 0
		}
	}
	x := k + 1
	if x+1 >= len(toks) || toks[x].XPOS != "VBN" || hasDependent(toks, x, "aux", "aux:pass", "nsubj", "nsubj:pass") {
		return 0
	}
	h := -1
	switch toks[x].Rel {
	case "amod":
		// "criticised Japan" read as "the criticised Japan".
		h = toks[x].Head - 1
		if h <= x || toks[h].Head != r+1 || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" {
			return 0
		}
	case "parataxis", "conj", "ccomp", "advcl":
		if toks[x].Head != r+1 {
			return 0
		}
	default:
		return 0
	}
	for i := k; i < len(toks); i++ {
		if toks[i].Head == r+1 {
			toks[i].Head = x + 1
		}
	}
	toks[k].Head = r + 1
	if h >= 0 {
		toks[h].Head, toks[h].Rel = x+1, "obj"
	}
	toks[x].XPOS, toks[x].Head, toks[x].Rel = "VBD", 0, "root"
	toks[n].Head, toks[n].Rel = x+1, "nsubj"
	toks[r].Head, toks[r].Rel = n+1, "acl"
	toks[r-1].Head = r + 1
	return 1
}

// RepairTitleHead mends a title the parser hung on the verb instead of on
// the name after it: "White House aide Sidney Blumenthal sued ..." parsed
// with "aide" a modifier (nmod:desc) of "sued". When a common noun hung as
// nmod:desc or compound on a verb is followed directly by the phrase of
// that verb's proper-noun subject, it modifies the subject. It reports
// how many it moved.
func RepairTitleHead(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for a := 0; a+1 < len(toks); a++ {
		h := toks[a].Head - 1
		if h <= a || h >= len(toks) || toks[h].UPOS != "VERB" || toks[a].UPOS != "NOUN" {
			continue
		}
		if toks[a].Rel != "nmod:desc" && toks[a].Rel != "compound" {
			continue
		}
		for b := a + 1; b < h; b++ {
			if toks[b].Head == h+1 && strings.HasPrefix(toks[b].Rel, "nsubj") && toks[b].UPOS == "PROPN" {
				if leftmost(toks, b) == a+1 {
					toks[a].Head = b + 1
					n++
				}
				break
			}
		}
	}
	return n
}

// RepairFieldTitle mends a title whose field word the parser took for the
// head of the phrase: "Economics Minister Martin Bangemann said ..."
// parsed with "Economics" the subject and the name its nmod. A
// capitalised common noun with a proper name hung on it as nmod without a
// case marker, whose phrase opens with its own title ("Minister",
// nmod:desc of the name) right after the noun, modifies that title, and
// so do the noun's modifiers before it ("West German"); the name takes
// the noun's head and relation. It reports how many it mended.
func RepairFieldTitle(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for a := 0; a+2 < len(toks); a++ {
		t, p := a+1, toks[a+1].Head-1
		if toks[a].UPOS != "NOUN" || !capitalisedASCII(toks[a].Text) || toks[t].UPOS != "PROPN" || toks[t].Rel != "nmod:desc" {
			continue
		}
		if p <= t || p >= len(toks) || toks[p].Head != a+1 || toks[p].Rel != "nmod" || toks[p].UPOS != "PROPN" || hasDependent(toks, p, "case") {
			continue
		}
		if leftmost(toks, p) != t {
			continue
		}
		toks[p].Head, toks[p].Rel = toks[a].Head, toks[a].Rel
		for k := range toks {
			if k != p && toks[k].Head == a+1 && k < a {
				toks[k].Head = t + 1 // "West German": the title's modifiers
			}
		}
		toks[a].Head, toks[a].Rel = t+1, "compound"
		n++
	}
	return n
}

// RepairAppositionPhrase mends the prepositional phrase of a subject's
// apposition that the parser hung on the verb: `"...," said Joel
// Slemrod, an economist at the University of Michigan` parsed with "at
// the University" an oblique of "said". When an oblique with at, of,
// with or for follows directly the common noun of an apposition of the
// verb's subject, it modifies that noun (nmod). It reports how many it
// moved.
func RepairAppositionPhrase(s *Sentence) int {
	toks := s.Tokens
	appos := false
	for k := range toks {
		if toks[k].Rel == "appos" && toks[k].UPOS == "NOUN" {
			appos = true
			break
		}
	}
	if !appos {
		return 0
	}
	n := 0
	for o := 1; o < len(toks); o++ {
		v := toks[o].Head - 1
		if v < 0 || v >= len(toks) || baseRelName(toks[o].Rel) != "obl" || toks[v].UPOS != "VERB" {
			continue
		}
		lo := leftmost(toks, o)
		if lo < 1 || toks[lo].Rel != "case" {
			continue
		}
		switch strings.ToLower(toks[lo].Text) {
		case "at", "of", "with", "for":
		default:
			continue
		}
		a := lo - 1
		if toks[a].UPOS != "NOUN" || toks[a].Rel != "appos" {
			continue
		}
		subj := toks[a].Head - 1
		if subj < 0 || subj >= len(toks) || toks[subj].Head != v+1 || !strings.HasPrefix(toks[subj].Rel, "nsubj") {
			continue
		}
		toks[o].Head, toks[o].Rel = a+1, "nmod"
		n++
	}
	return n
}

// RepairClosingTitle mends the title of a closing speaker that the parser
// hung on the clause before it: `... not being straight with people on
// the issue, Lib Dem leader Charles Kennedy has said` parsed with
// "leader" a conjunct of "issue" ("..., U.S. Trade Representative
// Clayton Yeutter said" with "Representative" an obl of the verb before).
// When a title (titleWords) after a comma, hung as a conjunct or
// appositive without a coordinator or as an obl without a case marker,
// is followed
// directly by a proper noun that is the subject of a verb of saying
// later in the sentence, the noun is that name's title (nmod:desc, as
// the parser labels "leader" in "Lib Dem leader Charles Kennedy said").
// It reports how many it moved.
func RepairClosingTitle(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for t := 1; t+1 < len(toks); t++ {
		if toks[t].UPOS != "NOUN" && toks[t].UPOS != "PROPN" {
			continue
		}
		switch toks[t].Rel {
		case "conj", "appos":
		case "obl":
			if hasDependent(toks, t, "case") {
				continue
			}
		default:
			continue
		}
		if hasDependent(toks, t, "cc") || !lowerIn(titleWords, toks[t].Text) {
			continue
		}
		// The comma opens the title's phrase (the parser may have hung
		// it on the title).
		if lo := leftmost(toks, t); toks[lo].Text != "," && (lo < 1 || toks[lo-1].Text != ",") {
			continue
		}
		p := t + 1
		if toks[p].UPOS != "PROPN" || !strings.HasPrefix(toks[p].Rel, "nsubj") {
			continue
		}
		v := toks[p].Head - 1
		if v <= p || v >= len(toks) || !sayingVerbs[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		if inSubtree(toks, v, t) {
			// The verb hangs below the title ("..., Israeli U.N.
			// Spokesman Eyal Arad said" with "said" a relative
			// clause of "Spokesman"): it takes the title's place
			// first, or the title would become its own ancestor.
			toks[v].Head, toks[v].Rel = toks[t].Head, "parataxis"
		}
		toks[t].Head, toks[t].Rel = p+1, "nmod:desc"
		n++
	}
	return n
}

// RepairClosingSpeech relabels a closing reporting clause that the parser
// made the complement of the clause it reports: "Faith in the pension
// system is fading because the big parties are not being straight
// with savers about its cost, the Green leader has said" parsed with
// "said" a ccomp of "straight". A verb of saying hung as a
// ccomp on an earlier word, with its own subject after a comma and
// nothing after it but punctuation, reports the clause it hangs on: it
// is that clause's parataxis, as UD has "..., he said", and the comma is
// its punctuation. It reports how many it relabelled.
func RepairClosingSpeech(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 2; v < len(toks); v++ {
		if toks[v].Rel != "ccomp" || toks[v].Head-1 >= v || toks[v].UPOS != "VERB" || !sayingVerbs[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		subj := -1
		for k := 0; k < v; k++ {
			if toks[k].Head == v+1 && strings.HasPrefix(toks[k].Rel, "nsubj") {
				subj = k
			}
		}
		if subj < 0 {
			continue
		}
		// The comma opens the subject's phrase (the parser may have hung
		// it on the subject).
		lo := leftmost(toks, subj)
		if toks[lo].Text != "," && lo >= 1 && toks[lo-1].Text == "," {
			lo--
		}
		if toks[lo].Text != "," || lo < toks[v].Head-1 {
			continue
		}
		if !onlyPunctAfter(toks, v) {
			continue
		}
		toks[v].Rel = "parataxis"
		toks[lo].Head, toks[lo].Rel = v+1, "punct"
		n++
	}
	return n
}

// RepairClosingSubject gives a closing verb of saying its subject when
// the parser hung the subject elsewhere: "Germany will send Patriot
// systems to Ukraine, the defence ministry said" parsed with "ministry"
// a vocative of "send" and "said" a parataxis without a subject. A verb
// of saying without a subject, with nothing after it but punctuation,
// whose preceding words from a comma on are one noun phrase, takes that
// phrase as its subject and the comma as its punctuation. It reports how
// many it changed.
func RepairClosingSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 2; v < len(toks); v++ {
		if toks[v].UPOS != "VERB" || !sayingVerbs[strings.ToLower(toks[v].Lemma)] ||
			hasDependent(toks, v, "nsubj", "nsubj:pass", "csubj", "expl") {
			continue
		}
		if !onlyPunctAfter(toks, v) && !toldListener(toks, v) {
			continue
		}
		// The subject ends before the verb's auxiliaries (", Charles
		// Kennedy has claimed").
		end := v - 1
		for end > 0 && toks[end].UPOS == "AUX" && toks[end].Head == v+1 {
			end--
		}
		h := end
		for toks[h].Rel == "flat" && toks[h].Head >= 1 && toks[h].Head-1 < h && !commaBetween(toks, toks[h].Head, h) {
			h = toks[h].Head - 1 // "Charles Kennedy" headed by "Charles"
		}
		if toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" || toks[h].Head == v+1 {
			continue
		}
		lo := leftmost(toks, h)
		if toks[lo].Text == "," {
			lo++
		}
		// Names and titles before the phrase that the parser hung
		// elsewhere are its own (", Chancellor Olaf Scholz said" with
		// "Chancellor" a flat name part of the country before the
		// comma).
		title := lo
		for title > 1 && toks[title-1].UPOS == "PROPN" && toks[title-1].Rel != "nsubj" && !inSubtree(toks, title-1, h) && !inSubtree(toks, h, title-1) {
			title--
		}
		names := lo // the words from title to names are to hang on h
		if title < lo && title >= 1 && toks[title-1].Text == "," {
			lo = title
		}
		if lo < 1 || toks[lo-1].Text != "," || rightmost(toks, h) != end {
			continue
		}
		switch toks[h].Rel {
		case "vocative", "appos", "dep", "obj", "obl", "obl:unmarked", "conj", "parataxis", "nmod", "list", "flat":
		default:
			continue
		}
		for k := names; k < h; k++ {
			if !inSubtree(toks, k, h) {
				lo = -1 // the words before the noun are not all its own
				break
			}
		}
		if lo < 0 {
			continue
		}
		for k := lo; k < names; k++ {
			toks[k].Head, toks[k].Rel = h+1, "compound"
		}
		toks[h].Head, toks[h].Rel = v+1, "nsubj"
		toks[lo-1].Head, toks[lo-1].Rel = v+1, "punct"
		if toks[v].Rel == "conj" {
			toks[v].Rel = "parataxis" // "..., the minister told Tehran Radio"
		}
		n++
	}
	return n
}

// toldListener reports whether token v is "told" (or "tells") followed
// by its listener and nothing else but punctuation: "..., Iranian Prime
// Minister Mir-Hossein Mousavi told Tehran Radio".
func toldListener(toks []Token, v int) bool {
	if !strings.EqualFold(toks[v].Lemma, "tell") || toks[v].XPOS != "VBD" && toks[v].XPOS != "VBZ" {
		return false
	}
	o := -1
	for k := v + 1; k < len(toks); k++ {
		if toks[k].Head == v+1 && (toks[k].Rel == "obj" || toks[k].Rel == "iobj") {
			o = k
			break
		}
	}
	if o < 0 || leftmost(toks, o) != v+1 || hasDependent(toks, v, "ccomp") {
		return false
	}
	last := rightmost(toks, o)
	for k := o; k <= last; k++ {
		if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" {
			return false // "told farm leaders that ...": a clause, no bare listener
		}
	}
	return onlyPunctAfter(toks, last)
}

// onlyPunctAfter reports whether token v is followed by punctuation only.
func onlyPunctAfter(toks []Token, v int) bool {
	for k := v + 1; k < len(toks); k++ {
		if toks[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// sayingVerbs are the lemmas of the verbs that close a quotation with
// their speaker ("..., the minister said").
var sayingVerbs = wordSet(`say tell add state claim warn insist argue announce write`)

// RepairConjTense mends a past-tense verb coordinated with the modal
// clause a verb of saying reports, which belongs to the saying clause:
// "Tony Blair said Labour would set out plans ... and attacked the Tory
// plans" parsed with "attacked" a conjunct of "set" (and "the Tory plans"
// an object of "set"). When a conjunct in the past tense without a
// subject or auxiliary of its own follows a complement clause with a
// modal auxiliary (would, will, could ...) of a past-tense verb, the
// conjunct is the verb's, and objects of the complement after the
// conjunct are the conjunct's. It reports how many it moved.
func RepairConjTense(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		if toks[c].Rel != "conj" || toks[c].XPOS != "VBD" && toks[c].XPOS != "VBN" ||
			hasDependent(toks, c, "nsubj", "nsubj:pass", "aux", "aux:pass") {
			continue
		}
		v := toks[c].Head - 1
		if v < 0 || v >= c || toks[v].Rel != "ccomp" || !modalAux(toks, v) {
			continue
		}
		sv := toks[v].Head - 1
		if sv < 0 || sv >= v || toks[sv].XPOS != "VBD" && toks[sv].XPOS != "VBZ" && toks[sv].XPOS != "VBN" {
			continue
		}
		toks[c].Head = sv + 1
		if c >= 1 && toks[c-1].Rel == "cc" && toks[c-1].Head == v+1 {
			toks[c-1].Head = c + 1
		}
		for k := c + 1; k < len(toks); k++ {
			if toks[k].Head == v+1 && (toks[k].Rel == "obj" || baseRelName(toks[k].Rel) == "obl") {
				toks[k].Head = c + 1
			}
		}
		n++
	}
	return n
}

// modalAux reports whether verb v has a modal auxiliary of the future or
// the conditional.
func modalAux(toks []Token, v int) bool {
	for k := range toks {
		if toks[k].Head == v+1 && toks[k].Rel == "aux" {
			switch strings.ToLower(toks[k].Text) {
			case "would", "will", "could", "might", "may", "can", "'d", "'ll", "should", "shall":
				return true
			}
		}
	}
	return false
}

// RepairInvertedSpeaker mends the speaker written after its verb that
// closes a quotation: `"... don't work," said a senior Peruvian official`
// parsed with "official" the object of "said" (and "said" a conjunct of
// the quotation's verb). When a verb of saying right after a closing
// quote or comma has no subject but an object, and nothing after the
// object's phrase but punctuation, the object is its subject, and a
// conjunct verb becomes the quotation's parataxis. A plural speaker's
// present-tense verb that the tagger read as a base form or an
// interjection is mended too (see invertedPluralSpeaker). It reports how
// many it changed.
func RepairInvertedSpeaker(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 1; v < len(toks); v++ {
		if invertedPluralSpeaker(toks, v) {
			n++
			continue
		}
		if toks[v].UPOS != "VERB" || !lowerIn(sayingVerbs, toks[v].Lemma) ||
			toks[v].XPOS != "VBD" && toks[v].XPOS != "VBZ" && toks[v].XPOS != "VBP" ||
			hasDependent(toks, v, "nsubj", "nsubj:pass", "ccomp") {
			continue // ("..., arguing the subsidies amount to ...": a participle)
		}
		switch toks[v-1].Text {
		case ",", "\"", "''", "\u201d":
		default:
			continue
		}
		o := -1
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head == v+1 && toks[k].Rel == "obj" {
				o = k
				break
			}
		}
		if o < 0 || toks[o].UPOS != "NOUN" && toks[o].UPOS != "PROPN" {
			continue
		}
		rest := rightmost(toks, o) + 1
		for rest < len(toks) && toks[rest].UPOS == "PUNCT" {
			rest++
		}
		if rest < len(toks) {
			continue // "said a deal would be signed ...": not the last phrase
		}
		toks[o].Rel = "nsubj"
		if toks[v].Rel == "conj" {
			toks[v].Rel = "parataxis"
		}
		n++
	}
	return n
}

// invertedPluralSpeaker mends, at token v, a plural speaker's verb of
// saying in the present tense that closes a quotation after a comma or
// a closing quote, read by the tagger as a base form or an interjection:
// "Tony Blair lied about the war, say the Tories" parsed with "say" an
// interjection under "Tories", "..., warn union leaders" with "warn" a
// base-form conjunct and "leaders" its object. When the words after the
// verb up to the closing punctuation are one noun phrase, that phrase is
// the verb's subject, and the verb a parataxis of the sentence's root,
// the quotation's predicate, as UD has "..., he said". It reports
// whether it changed the tree.
func invertedPluralSpeaker(toks []Token, v int) bool {
	t := toks[v]
	if v < 2 || !(t.UPOS == "VERB" && t.XPOS == "VB" || t.UPOS == "INTJ") || !lowerIn(sayingVerbs, t.Text) {
		return false
	}
	switch toks[v-1].Text {
	case ",", "\"", "''", "\u201d":
	default:
		return false
	}
	last := len(toks) - 1
	for last > v && toks[last].UPOS == "PUNCT" {
		last--
	}
	if last <= v || hasDependent(toks, v, "nsubj", "nsubj:pass", "ccomp", "obj", "xcomp") && !phraseChild(toks, v, v+1, last) {
		return false
	}
	// The phrase's head: its one word whose head lies outside it.
	o := -1
	for k := v + 1; k <= last; k++ {
		if h := toks[k].Head - 1; h < v+1 || h > last {
			if o >= 0 {
				return false
			}
			o = k
		}
	}
	if o < 0 || toks[o].UPOS != "NOUN" && toks[o].UPOS != "PROPN" || hasDependent(toks, o, "nsubj", "cop", "case") {
		return false
	}
	clause, roots := root(toks)
	if roots != 1 || clause >= v {
		return false
	}
	toks[v].UPOS, toks[v].XPOS, toks[v].Lemma = "VERB", "VBP", strings.ToLower(t.Text)
	toks[v].Head, toks[v].Rel = clause+1, "parataxis"
	toks[o].Head, toks[o].Rel = v+1, "nsubj"
	toks[v-1].Head, toks[v-1].Rel = v+1, "punct"
	return true
}

// phraseChild reports whether every dependent of token v lies in
// tokens lo..hi.
func phraseChild(toks []Token, v, lo, hi int) bool {
	for k := range toks {
		if toks[k].Head == v+1 && toks[k].UPOS != "PUNCT" && (k < lo || k > hi) {
			return false
		}
	}
	return true
}

// RepairFrontedClause mends a fronted adverbial clause the parser made a
// second subject of the main verb: "When he was in Tokyo earlier this
// week, Japanese Foreign Minister Nobutaka Machimura told ..." parsed
// with the predicate "Tokyo" a subject of "told" beside "Machimura". When
// a verb has two subjects and the first, before a comma, has a subject or
// copula of its own, the first is an adverbial clause (advcl). It reports
// how many it changed.
func RepairFrontedClause(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for a := range toks {
		if !strings.HasPrefix(toks[a].Rel, "nsubj") || !hasDependent(toks, a, "nsubj", "nsubj:pass", "cop") {
			continue
		}
		v := toks[a].Head - 1
		if v <= a || v >= len(toks) {
			continue
		}
		second := false
		for b := rightmost(toks, a) + 1; b < v; b++ {
			if toks[b].Head == v+1 && strings.HasPrefix(toks[b].Rel, "nsubj") {
				second = true
				break
			}
		}
		if !second || !commaBetween(toks, a+1, v) {
			continue
		}
		toks[a].Rel = "advcl"
		n++
	}
	return n
}

// RepairFrontedPredicate re-roots a sentence that opens with a fronted
// adjective or participle phrase the parser made the root, with the main
// clause after the comma hung on it as parataxis: "Eager to shift the
// spotlight from Paula Jones, President Clinton lambasted the budget"
// parsed with "Eager" the root and "Clinton" and "lambasted" parataxis.
// The finite verb after the comma becomes the root, the fronted phrase
// its adverbial clause (advcl), a nominal between the comma and the verb
// its subject when it has none, and the root's other dependents after
// the comma its own. It reports how many it changed (0 or 1).
func RepairFrontedPredicate(s *Sentence) int {
	toks := s.Tokens
	r := -1
	for k := range toks {
		if toks[k].Head == 0 {
			r = k
			break
		}
	}
	if r < 0 || r > 2 {
		return 0
	}
	switch {
	case toks[r].UPOS == "ADJ":
	case toks[r].XPOS == "VBN" || toks[r].XPOS == "VBG":
	default:
		return 0
	}
	for k := 0; k < r; k++ {
		if toks[k].Head != r+1 || toks[k].UPOS == "SCONJ" {
			return 0 // only modifiers of the phrase before it ("Very eager")
		}
	}
	// The comma that closes the fronted phrase: the first one after it
	// that the phrase does not span with a nested clause.
	c := -1
	for k := r + 1; k < len(toks); k++ {
		if toks[k].Text == "," {
			c = k
			break
		}
	}
	if c < 0 || hasDependent(toks, r, "nsubj", "nsubj:pass", "cop", "aux", "aux:pass") {
		return 0
	}
	for k := r + 1; k < c; k++ {
		if !inSubtree(toks, k, r) {
			return 0
		}
	}
	v := -1
	for k := c + 1; k < len(toks); k++ {
		if toks[k].Head != r+1 {
			continue
		}
		if toks[k].Rel == "parataxis" || toks[k].Rel == "conj" || toks[k].Rel == "dep" {
			if toks[k].UPOS == "VERB" {
				switch toks[k].XPOS {
				case "VBD", "VBZ", "VBP":
					v = k
				default:
					if finiteAux(toks, k) {
						v = k
					}
				}
			}
		}
		if v >= 0 {
			break
		}
	}
	if v < 0 {
		return 0
	}
	for k := c + 1; k < v; k++ {
		if toks[k].UPOS == "CCONJ" || toks[k].UPOS == "SCONJ" || toks[k].Text == "," {
			return 0 // "Not sure, but I assume ...": coordinated clauses
		}
	}
	hasSubj := hasDependent(toks, v, "nsubj", "nsubj:pass", "expl")
	subj := -1
	if !hasSubj {
		// The phrase between the comma and the verb, hung on the
		// fronted phrase ("Angered by the vote, Russia recalled" with
		// "Russia" an apposition of "vote").
		for k := c + 1; k < v; k++ {
			h := toks[k].Head - 1
			if h > c && h < v {
				continue
			}
			if h < 0 || h >= c || !inSubtree(toks, h, r) {
				return 0
			}
			switch toks[k].Rel {
			case "parataxis", "appos", "conj", "dep", "nsubj", "nsubj:pass", "obj":
			default:
				return 0
			}
			if subj >= 0 || !(toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN" || toks[k].UPOS == "PRON") {
				return 0
			}
			subj = k
		}
		if subj < 0 {
			return 0
		}
	}
	toks[v].Head, toks[v].Rel = 0, "root"
	toks[r].Head, toks[r].Rel = v+1, "advcl"
	if subj >= 0 {
		toks[subj].Head, toks[subj].Rel = v+1, "nsubj"
	}
	toks[c].Head, toks[c].Rel = r+1, "punct"
	for k := c + 1; k < len(toks); k++ {
		if k != v && toks[k].Head == r+1 {
			toks[k].Head = v + 1
		}
	}
	return 1
}

// RepairReducedPassive makes a passive participle with a "by" agent
// right after a verb's object a reduced relative clause of the object
// (acl), not a secondary predicate of the verb (xcomp): "protested tax
// hikes imposed by their government" parsed with "imposed" an xcomp of
// "protested". Verbs that take an object and its predicate ("had the
// house painted by professionals", "found him beaten by thugs") keep
// the parse. It reports how many it changed.
func RepairReducedPassive(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		if toks[c].Rel != "xcomp" || toks[c].XPOS != "VBN" || hasDependent(toks, c, "mark", "nsubj", "nsubj:pass", "aux", "aux:pass") {
			continue
		}
		v := toks[c].Head - 1
		if v < 0 || v >= c || toks[v].UPOS != "VERB" || objectPredicateVerbs[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		o := -1
		for k := v + 1; k < c; k++ {
			if toks[k].Head == v+1 && toks[k].Rel == "obj" {
				o = k
			}
		}
		if o < 0 || rightmost(toks, o)+1 != c || toks[o].UPOS != "NOUN" && toks[o].UPOS != "PROPN" {
			continue
		}
		agent := false
		for k := c + 1; k < len(toks); k++ {
			if toks[k].Head == c+1 && toks[k].Rel == "obl:agent" {
				agent = true
			}
		}
		if !agent {
			continue
		}
		toks[c].Head, toks[c].Rel = o+1, "acl"
		n++
	}
	return n
}

// objectPredicateVerbs (lower-case lemmas) take an object and a
// predicate of it ("had the house painted", "found him beaten").
var objectPredicateVerbs = map[string]bool{
	"have": true, "get": true, "see": true, "want": true, "need": true, "find": true, "keep": true,
	"leave": true, "make": true, "consider": true, "like": true, "hear": true, "watch": true,
	"prefer": true, "declare": true, "report": true, "deem": true, "feel": true, "believe": true,
}

// RepairTitledConjunct mends the second of two coordinated names with
// titles, which the parser takes apart: "Swiss Federal Prosecutor Carla
// del Ponte and Russian Prosecutor General Yuri Skuratov" parsed with
// "Russian" and "Yuri" each a conjunct of "Carla", "French Prime Minister
// Jacques Chirac and West German Chancellor Helmut Kohl" with "German" the
// conjunct and "Chancellor" and "Kohl" flat parts of "Jacques". When a
// coordinator follows a titled name and opens a run of capitalised words
// that holds a title (titleWords) and ends in a name of proper nouns
// after it, the run is one noun phrase: its name's first word is the
// head, with the later words of the name as its flat parts and the words
// before as its modifiers, a conjunct of the phrase before the
// coordinator (of that phrase's first conjunct when it is one). It
// reports how many it mended.
func RepairTitledConjunct(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := 1; c+2 < len(toks); c++ {
		if toks[c].UPOS != "CCONJ" || !strings.EqualFold(toks[c].Text, "and") || toks[c-1].UPOS != "PROPN" {
			continue
		}
		// The run after the coordinator: capitalised words, "of" between
		// them ("Secretary of State").
		e := c
		for k := c + 1; k < len(toks); k++ {
			w := toks[k].Text
			if capitalisedASCII(w) && toks[k].UPOS != "VERB" && toks[k].UPOS != "AUX" && toks[k].UPOS != "PUNCT" ||
				(w == "of" || nameParticles[w]) && k+1 < len(toks) && capitalisedASCII(toks[k+1].Text) && k > c+1 ||
				k > c+1 && (titleWords[w] || lowerTitleParts[w]) && toks[k].UPOS == "NOUN" || lowerTitleParts[w] && toks[k].UPOS == "ADJ" {
				// ("North Korean leader Kim Jong Un", "Iranian foreign
				// minister Javad Zarif": a title in lower case.)
				e = k
				continue
			}
			break
		}
		if e < c+2 || e+1 < len(toks) && toks[e+1].UPOS == "PART" {
			continue // "and Kohl", "and Foreign Minister X's"
		}
		title := -1
		for k := c + 1; k < e; k++ {
			if titleWords[strings.ToLower(toks[k].Text)] || strings.EqualFold(toks[k].Text, "prosecutor") {
				title = k
			}
		}
		if title < 0 {
			continue
		}
		name := e // the name: the proper nouns after the last title
		for name-1 > title && toks[name-1].UPOS == "PROPN" {
			name--
		}
		if toks[e].UPOS != "PROPN" || name <= title {
			continue
		}
		// The phrase before the coordinator: the word of its run of
		// capitalised words whose head lies outside both runs.
		b := c - 1
		for b-1 >= 0 && (capitalisedASCII(toks[b-1].Text) && toks[b-1].UPOS != "VERB" && toks[b-1].UPOS != "AUX" && toks[b-1].UPOS != "PUNCT" ||
			(toks[b-1].Text == "of" || nameParticles[toks[b-1].Text]) && b-2 >= 0 && capitalisedASCII(toks[b-2].Text) ||
			toks[b-1].XPOS == "HYPH" && toks[b].UPOS == "PROPN" && b-2 >= 0 && !toks[b-2].SpaceAfter && !toks[b-1].SpaceAfter) {
			// ("Moon Jae-in", see RepairHyphenName.)
			b--
		}
		// The phrase before must be a titled name too ("President
		// Reagan and Treasury Secretary James Baker"): not a title
		// of two parts ("Agriculture and Livestock Development Minister
		// Paul Bomani") nor a bare surname ("Keating and Prime
		// Minister Bob Hawke", which the parser gets right).
		ltitle := -1
		for k := b; k < c-1; k++ {
			if titleWords[strings.ToLower(toks[k].Text)] || strings.EqualFold(toks[k].Text, "prosecutor") {
				ltitle = k
			}
		}
		if ltitle < 0 || toks[ltitle+1].UPOS != "PROPN" {
			continue
		}
		left := -1
		for k := b; k < c; k++ {
			if k < ltitle && toks[k].UPOS == "ADJ" && toks[k].Rel == "advmod" {
				// "Chinese President Xi Jinping and ...": a nationality
				// read as an adverb of the verb, which
				// RepairNationalityAdverb gives back to its name.
				continue
			}
			if h := toks[k].Head - 1; h < b || h > e {
				if left >= 0 {
					left = -2
					break
				}
				left = k
			}
		}
		if left == -1 {
			// "South Korean President Moon Jae-in and North Korean
			// leader Kim Jong Un met": the parser made a word of the
			// second phrase head of both. The first phrase's top word
			// takes its place.
			r, top := -1, -1
			for k := c + 1; k <= e; k++ {
				if h := toks[k].Head - 1; h < b || h > e {
					r = k
				}
			}
			for k := b; k < c; k++ {
				if h := toks[k].Head - 1; h > c && h <= e {
					if top >= 0 {
						top = -2
					}
					if top == -1 {
						top = k
					}
				}
			}
			if r < 0 || top < 0 {
				continue
			}
			toks[top].Head, toks[top].Rel = toks[r].Head, toks[r].Rel
			left = top
		}
		if left < 0 {
			continue
		}
		for h := toks[left].Head - 1; h >= 0 && h < c && h != left; h = toks[left].Head - 1 {
			// "Carla del Ponte": the run began inside the name.
			switch toks[left].Rel {
			case "flat", "compound", "nmod:desc", "amod":
				left = h
				continue
			}
			break
		}
		for k := name + 1; k <= e; k++ {
			if toks[k].Head-1 != name || toks[k].Rel != "flat" {
				toks[k].Head, toks[k].Rel = name+1, "flat"
			}
		}
		for k := c + 1; k < name; k++ {
			rel := "compound"
			if toks[k].UPOS == "ADJ" {
				rel = "amod"
			}
			if toks[k].Text == "of" {
				rel = "case"
			}
			toks[k].Head, toks[k].Rel = name+1, rel
		}
		first := left
		if toks[left].Rel == "conj" && toks[left].Head > 0 && toks[left].Head-1 < left {
			first = toks[left].Head - 1
		}
		toks[name].Head, toks[name].Rel = first+1, "conj"
		toks[c].Head, toks[c].Rel = name+1, "cc"
		n++
	}
	return n
}

// lowerTitleParts (lower case) open or make a title that news writes
// in lower case before a name: "foreign minister", "opposition leader".
var lowerTitleParts = wordSet(`foreign prime defence defense interior finance trade opposition top supreme`)

// nameParticles are the lower-case words inside names ("Carla del
// Ponte", "Ludwig van Beethoven").
var nameParticles = map[string]bool{
	"del": true, "de": true, "da": true, "di": true, "van": true, "von": true, "der": true,
	"bin": true, "al": true, "la": true, "le": true, "dos": true, "du": true, "ben": true,
}

// RepairReadyInfinitive mends the infinitive after an adjective of
// readiness that the parser made a clausal subject or adverbial clause:
// "Clinton was careful to praise Hashimoto" parsed with "praise" the
// csubj of "careful". The infinitive (a news verb of infinitiveVerbs
// marked by "to" after an adjective of readyAdjectives that it hangs on,
// or any verb after an adjective of raisingAdjectives or a passive
// participle of raisingParticiples with a subject: "is due to visit",
// "is poised to attack") is the adjective's open complement (xcomp),
// whose subject is the adjective's. It reports how many it relabelled.
func RepairReadyInfinitive(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 2; v < len(toks); v++ {
		h := toks[v].Head - 1
		if h < 0 || h >= v-1 || toks[v].UPOS != "VERB" {
			continue
		}
		adj := strings.ToLower(toks[h].Text)
		switch {
		case toks[h].UPOS == "ADJ":
			if !(readyAdjectives[adj] && infinitiveVerbs[strings.ToLower(toks[v].Text)] || raisingAdjectives[adj] && hasSubject(toks, h)) {
				continue
			}
		case toks[h].XPOS == "VBN":
			// "Turkey is poised to attack".
			if !raisingParticiples[adj] || !hasSubject(toks, h) {
				continue
			}
		default:
			continue
		}
		if !strings.EqualFold(toks[v-1].Text, "to") || toks[v-1].Head != v+1 {
			continue
		}
		switch toks[v].Rel {
		case "csubj", "advcl", "ccomp":
			toks[v].Rel = "xcomp"
			n++
		}
	}
	return n
}

// RepairReportedObject gives a reported clause back its subject when the
// parser made that subject the object of the verb of saying: "Dealers said
// the strength of the dollar, which has firmed, has renewed confidence" or
// "Wright conceded Congress will be unable to stop the money" parsed with
// "strength" and "Congress" objects of "said" and "conceded" and the
// clause without a subject. When a verb of saying or thinking
// (reportVerbs) has a noun object followed, with no other clause between
// (see noClauseBetween), by a complement clause (ccomp) with no subject
// and no complementiser whose predicate is finite (a finite verb or a
// finite auxiliary or copula), the object is the clause's subject (passive
// when the clause is). A relative clause between commas right after the
// object that the parser hung on the verb of saying ("said Italy, which
// refused to join the pact, was invited back by Baker" with "refused" a
// second complement of "said") is the object's (see detachedRelative).
// When the clause has a subject that is the missing object of a
// to-infinitive ending the noun object ("said Labour's plans to raise
// council tax were wrong" with "tax" the subject of "wrong"), that
// subject goes back to the infinitive (see strandedInfinitive). It
// reports how many it moved.
func RepairReportedObject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for o := range toks {
		v := reportedNounObject(toks, o)
		if v < 0 {
			continue
		}
		end := rightmost(toks, o)
		r, rend := detachedRelative(toks, v, end)
		if r >= 0 {
			end = rend
		}
		for c := end + 1; c < len(toks); c++ {
			if toks[c].Head != v+1 || toks[c].Rel != "ccomp" || leftmost(toks, c) <= end || !noClauseBetween(toks, end+1, leftmost(toks, c)) ||
				hasDependent(toks, c, "expl", "csubj", "mark") || !finitePredicate(toks, c) {
				continue
			}
			if sb := dependentRel(toks, c, "nsubj", "nsubj:pass"); sb >= 0 {
				// "said Labour's plans to raise council tax were
				// wrong" parsed with "council tax" the subject of
				// "wrong": the subject is the infinitive's object.
				a := strandedInfinitive(toks, o, end, sb)
				if a < 0 {
					continue
				}
				toks[sb].Head, toks[sb].Rel = a+1, "obj"
			}
			rel := "nsubj"
			if hasDependent(toks, c, "aux:pass") {
				rel = "nsubj:pass"
			}
			toks[o].Head, toks[o].Rel = c+1, rel
			if r >= 0 {
				toks[r].Head, toks[r].Rel = o+1, "acl:relcl"
			}
			n++
			break
		}
	}
	return n
}

// strandedInfinitive returns the to-infinitive (acl) ending the object o
// of a verb of saying (o's subtree ends at end) when the complement
// clause's subject sb is the infinitive's missing object: sb's phrase
// starts right after end, the infinitive has no object and is no verb of
// saying or thinking that could take the clause itself ("plans to say the
// tax was unfair"); -1 otherwise.
func strandedInfinitive(toks []Token, o, end, sb int) int {
	a := end
	if toks[a].Head != o+1 || toks[a].Rel != "acl" || toks[a].XPOS != "VB" || !hasDependent(toks, a, "mark") ||
		leftmost(toks, sb) != end+1 || (toks[sb].UPOS != "NOUN" && toks[sb].UPOS != "PROPN") ||
		hasDependent(toks, a, "obj") || reportVerbs[strings.ToLower(toks[a].Lemma)] || clauseVerbs[strings.ToLower(toks[a].Lemma)] {
		return -1
	}
	return a
}

// detachedRelative returns the verb of a relative clause between commas
// that starts right after token end (", which refused to join the pact,")
// and that the parser hung on verb v as a complement (ccomp, conj or
// parataxis), with the index of its last token before the closing comma;
// -1, end when there is none.
func detachedRelative(toks []Token, v, end int) (int, int) {
	if end+2 >= len(toks) || toks[end+1].Text != "," || toks[end+2].XPOS != "WDT" && toks[end+2].XPOS != "WP" {
		return -1, end
	}
	r := toks[end+2].Head - 1
	if r <= end+2 || toks[r].Head != v+1 || toks[r].UPOS != "VERB" && toks[r].UPOS != "AUX" && toks[r].UPOS != "ADJ" {
		return -1, end
	}
	switch toks[r].Rel {
	case "ccomp", "conj", "parataxis":
	default:
		return -1, end
	}
	if leftmost(toks, r) != end+2 && !(leftmost(toks, r) == end+1 && toks[end+1].Head == r+1) {
		return -1, end
	}
	rend := rightmost(toks, r)
	if rend+1 >= len(toks) || toks[rend+1].Text != "," {
		return -1, end
	}
	return r, rend
}

// reportedNounObject returns the verb of saying or thinking (reportVerbs)
// that token o, a noun, is the object of, from before it; -1 when o is
// no such object.
func reportedNounObject(toks []Token, o int) int {
	v := toks[o].Head - 1
	if toks[o].Rel != "obj" || v < 0 || v > o || (toks[o].UPOS != "NOUN" && toks[o].UPOS != "PROPN") ||
		!reportVerbs[strings.ToLower(toks[v].Lemma)] {
		return -1
	}
	return v
}

// RepairReportedInfinitive gives a reported clause back its subject when
// that subject ends in an infinitive and the parser hung the clause on
// the infinitive: "Howard said the government's refusal to hold a
// referendum was undermining trust" parsed with "refusal" the object of
// "said" and "undermining" a ccomp of "hold". When a verb of saying or
// thinking (reportVerbs) has a noun object with a to-infinitive (acl)
// whose last dependent is a complement clause (ccomp) with no subject and
// no complementiser whose predicate is finite, that clause is the verb's
// complement and the object its subject (passive when the clause is). It
// reports how many it moved.
func RepairReportedInfinitive(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for o := range toks {
		v := reportedNounObject(toks, o)
		if v < 0 {
			continue
		}
		for a := o + 1; a < len(toks); a++ {
			if toks[a].Head != o+1 || toks[a].Rel != "acl" || toks[a].XPOS != "VB" || !hasDependent(toks, a, "mark") {
				continue
			}
			c := lastDependent(toks, a)
			if c <= a || toks[c].Rel != "ccomp" || hasDependent(toks, c, "expl", "csubj", "mark") || !finitePredicate(toks, c) {
				continue
			}
			if sb := dependentRel(toks, c, "nsubj", "nsubj:pass"); sb >= 0 {
				// "said the decision to scrap the tax was a betrayal"
				// parsed as "the tax was a betrayal" under "scrap":
				// the subject is the infinitive's object, unless the
				// infinitive takes a clause ("to say the tax was
				// unfair").
				if sb < a || !hasDependent(toks, c, "cop") || hasDependent(toks, a, "obj") || reportVerbs[strings.ToLower(toks[a].Lemma)] || clauseVerbs[strings.ToLower(toks[a].Lemma)] {
					continue
				}
				toks[sb].Head, toks[sb].Rel = a+1, "obj"
			}
			rel := "nsubj"
			if hasDependent(toks, c, "aux:pass") {
				rel = "nsubj:pass"
			}
			toks[c].Head, toks[c].Rel = v+1, "ccomp"
			toks[o].Head, toks[o].Rel = c+1, rel
			n++
			break
		}
	}
	return n
}

// clauseVerbs (lower-case lemmas) take a complement clause besides the
// verbs of saying (reportVerbs): "to ensure the money was spent".
var clauseVerbs = map[string]bool{
	"ensure": true, "show": true, "prove": true, "make": true, "see": true, "know": true,
	"find": true, "mean": true, "ask": true, "tell": true, "decide": true, "check": true,
	"demonstrate": true, "establish": true, "guarantee": true, "assure": true, "convince": true,
	"persuade": true, "pretend": true, "determine": true, "verify": true, "learn": true,
}

// dependentRel returns the first dependent of token h with one of the
// relations rels, or -1.
func dependentRel(toks []Token, h int, rels ...string) int {
	for k := range toks {
		if toks[k].Head == h+1 && slices.Contains(rels, toks[k].Rel) {
			return k
		}
	}
	return -1
}

// lastDependent returns the last dependent of token h other than
// punctuation, or -1.
func lastDependent(toks []Token, h int) int {
	last := -1
	for k := range toks {
		if toks[k].Head == h+1 && toks[k].Rel != "punct" {
			last = k
		}
	}
	return last
}

// noClauseBetween reports whether tokens a..b-1 hold no verb, auxiliary
// or conjunction: between the object's phrase and the clause there are
// only commas, adverbs and the words of an apposition the parser hung
// elsewhere ("said the Hungarian company, Chemokomplex, has asked"), not
// another clause ("said French nationals would be the first ... since
// their countries have ratified").
func noClauseBetween(toks []Token, a, b int) bool {
	for k := a; k < b; k++ {
		switch toks[k].UPOS {
		case "VERB", "AUX", "SCONJ", "CCONJ":
			return false
		}
	}
	return true
}

// finitePredicate reports whether clause head c is a finite verb or has
// a finite auxiliary or copula; a past participle it reads as finite is
// retagged as a past tense (VBD).
func finitePredicate(toks []Token, c int) bool {
	switch toks[c].XPOS {
	case "VBD", "VBZ", "VBP":
		if toks[c].UPOS == "VERB" {
			return true
		}
	case "VBN":
		// A past participle with an object and no auxiliary is the
		// past tense the tagger missed ("warplanes, which took off
		// from bases in the south, attacked two tankers").
		if toks[c].UPOS == "VERB" && hasDependent(toks, c, "obj") && !hasDependent(toks, c, "aux", "aux:pass", "cop") {
			toks[c].XPOS = "VBD"
			return true
		}
	}
	for k := range toks {
		if toks[k].Head != c+1 {
			continue
		}
		switch toks[k].Rel {
		case "aux", "aux:pass", "cop":
			switch toks[k].XPOS {
			case "MD", "VBD", "VBZ", "VBP":
				return true
			}
		}
	}
	return false
}

// reportVerbs (lower-case lemmas) report or judge a clause and take no
// object beside it (unlike "tell" or "warn", whose object is the one
// told).
var reportVerbs = map[string]bool{
	"say": true, "predict": true, "note": true, "announce": true, "stress": true,
	"estimate": true, "concede": true, "admit": true, "believe": true, "report": true,
	"add": true, "argue": true, "claim": true, "contend": true, "insist": true,
	"expect": true, "hope": true, "fear": true, "think": true, "confirm": true,
	"deny": true, "acknowledge": true, "conclude": true, "speculate": true,
	"indicate": true, "complain": true, "allege": true, "suggest": true,
	"forecast": true, "emphasise": true, "emphasize": true, "reiterate": true,
	"state": true, "explain": true, "feel": true, "disclose": true, "reveal": true,
	"charge": true, "declare": true, "maintain": true, "assert": true,
}

// RepairActiveAgent gives the "by" phrase the parser made the passive
// agent (obl:agent) of an active verb to the verb's object: "A judge
// dismissed a lawsuit by Senator Edward Kennedy", "rejected a proposal by
// Iran" parsed with "by Kennedy" and "by Iran" agents of the verb. When a
// verb that is not passive (no passive auxiliary, not a bare past
// participle) has an object before such a phrase, and the phrase is no
// measure ("raised its stake by 65 pct", "cut the rate by half a
// point"), the phrase modifies the object (nmod). It reports how many it
// moved.
func RepairActiveAgent(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for a := range toks {
		v := toks[a].Head - 1
		if toks[a].Rel != "obl:agent" || v < 0 || v >= a || toks[v].UPOS != "VERB" || hasDependent(toks, v, "aux:pass") {
			continue
		}
		switch toks[v].XPOS {
		case "VBD", "VBZ", "VBP", "VB", "VBG":
		case "VBN":
			if !hasDependent(toks, v, "aux") {
				continue
			}
		default:
			continue
		}
		if toks[a].UPOS != "PROPN" && toks[a].UPOS != "NOUN" || measureNouns[strings.ToLower(toks[a].Text)] || hasDependent(toks, a, "nummod") {
			continue
		}
		o := -1
		for k := v + 1; k < a; k++ {
			if toks[k].Head == v+1 && toks[k].Rel == "obj" && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") {
				o = k
			}
		}
		if o < 0 || rightmost(toks, o) >= leftmost(toks, a) {
			continue
		}
		toks[a].Head, toks[a].Rel = o+1, "nmod"
		n++
	}
	return n
}

// measureNouns (lower case) measure a change ("by 33 pct"), never an
// agent.
var measureNouns = wordSet(`pct percent per cent points point dlrs dollars cents yen marks stg
	francs tonnes tons barrels average margin half third quarter much far amount`)

// bareInfinitiveVerbs (lower case lemmas) take a bare infinitive after
// their subject's clause ("made them pay", "let it go"): a bare verb
// after them is their complement, not the predicate of a clause with a
// contact relative.
var bareInfinitiveVerbs = wordSet("make let help see hear watch have feel bid notice")

// RepairContactRelative restores a relative clause without "that" whose
// noun the parser took for a compound modifier of the clause's subject:
// "the heavy fees farmers already pay go straight to the middlemen"
// parsed with "taxes" a compound of "Kenyans", "pay" the predicate and
// "go" its bare complement. A plural common noun hung as a compound on
// the subject of a verb without an object, whose bare verb complement
// (no "to", no subject of its own) follows, becomes the subject of that
// complement, which takes the verb's place in the sentence; the verb
// becomes a relative clause of the noun. It reports how many it changed.
func RepairContactRelative(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for nn := range toks {
		subj := toks[nn].Head - 1
		if toks[nn].Rel != "compound" || toks[nn].XPOS != "NNS" || subj <= nn || subj >= len(toks) {
			continue
		}
		// Only the subject's own determiners and modifiers between
		// the noun and the subject ("the weapons the rebels bought").
		between := true
		for k := nn + 1; k < subj; k++ {
			if toks[k].Head != subj+1 || toks[k].UPOS != "DET" && toks[k].UPOS != "ADJ" && toks[k].UPOS != "NUM" {
				between = false
			}
		}
		if !between {
			continue
		}
		v1 := toks[subj].Head - 1
		if v1 <= subj || v1 >= len(toks) || !strings.HasPrefix(toks[subj].Rel, "nsubj") || toks[v1].UPOS != "VERB" ||
			bareInfinitiveVerbs[strings.ToLower(toks[v1].Lemma)] || hasDependent(toks, v1, "obj", "ccomp:that", "iobj") {
			continue
		}
		v2 := -1
		for k := v1 + 1; k < len(toks); k++ {
			if toks[k].Head == v1+1 && (toks[k].Rel == "xcomp" || toks[k].Rel == "ccomp") {
				v2 = k
				break
			}
		}
		if v2 < 0 || toks[v2].UPOS != "VERB" || hasDependent(toks, v2, "mark", "nsubj", "nsubj:pass", "aux", "aux:pass") {
			continue
		}
		// Nothing but adverbs between the verb and its complement.
		ok := true
		for k := v1 + 1; k < v2; k++ {
			if toks[k].UPOS != "ADV" {
				ok = false
			}
		}
		if !ok {
			continue
		}
		toks[v2].Head, toks[v2].Rel = toks[v1].Head, toks[v1].Rel
		for k := range toks {
			if (k < nn || k > v2) && toks[k].Head == v1+1 && (toks[k].Rel == "mark" || toks[k].Rel == "punct") {
				toks[k].Head = v2 + 1
			}
		}
		toks[nn].Head, toks[nn].Rel = v2+1, "nsubj"
		toks[v1].Head, toks[v1].Rel = nn+1, "acl:relcl"
		n++
	}
	return n
}

// RepairHyphenName retags as a proper noun (NNP) the lower-case last
// syllable of a hyphenated given name in the Korean manner ("Moon
// Jae-in", "Ban Ki-moon", "Park Geun-hye"), which the tagger reads as a
// word of its own ("in" a preposition): a short lower-case word joined by
// a hyphen, without spaces, to a short capitalised word that follows
// another capitalised name. Compounds such as "North Korean-made" or
// "Kremlin-backed" are left alone (a long first part, or a word of
// hyphenNonNames). It reports how many it retagged.
func RepairHyphenName(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 3; i < len(toks); i++ {
		w, h, g, f := toks[i], toks[i-1], toks[i-2], toks[i-3]
		if h.Text != "-" || g.SpaceAfter || h.SpaceAfter || !lowerWord(w.Text, 2, 5) ||
			hyphenNonNames[w.Text] || !capitalWord(g.Text, 2, 5) || !capitalWord(f.Text, 2, 12) ||
			f.UPOS != "PROPN" || !f.SpaceAfter {
			continue
		}
		if i+1 < len(toks) && !toks[i].SpaceAfter && toks[i+1].Text == "-" {
			continue // "Jae-in-law"
		}
		toks[i].UPOS, toks[i].XPOS = "PROPN", "NNP"
		toks[i-1].UPOS, toks[i-1].XPOS = "PUNCT", "HYPH"
		if g.UPOS != "PROPN" {
			toks[i-2].UPOS, toks[i-2].XPOS = "PROPN", "NNP"
		}
		n++
	}
	return n
}

// hyphenNonNames (lower case) are the short second parts of hyphenated
// compounds, never a syllable of a name: "Soviet-era", "U.N.-led".
var hyphenNonNames = wordSet(`era led run made style based born owned held backed class type wide only free like
	day year old long term level scale size page man men`)

// lowerWord reports whether w is n to m lower-case ASCII letters.
func lowerWord(w string, n, m int) bool {
	if len(w) < n || len(w) > m {
		return false
	}
	for j := 0; j < len(w); j++ {
		if w[j] < 'a' || w[j] > 'z' {
			return false
		}
	}
	return true
}

// capitalWord reports whether w is a capital letter and lower-case
// letters, n to m letters long.
func capitalWord(w string, n, m int) bool {
	return len(w) >= n && w[0] >= 'A' && w[0] <= 'Z' && lowerWord(w[1:], n-1, m-1)
}

// RepairTimedInfinitive makes the infinitive of a verb of intent or
// attempt its open complement (xcomp) when a time or place phrase between
// them led the parser to read it as a clause of purpose (advcl): "North
// Korea threatened on Friday to strike Guam", "Iran agreed in Vienna to
// curb enrichment". The verb (timedInfinitiveVerbs) must have no
// complement of its own and a time phrase between it and the "to" of
// the infinitive. It reports how many it mended.
func RepairTimedInfinitive(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		h := toks[v].Head - 1
		if toks[v].Rel != "advcl" || h < 0 || h >= v || toks[h].UPOS != "VERB" || toks[v].UPOS != "VERB" ||
			!timedInfinitiveVerbs[strings.ToLower(toks[h].Lemma)] {
			continue
		}
		to := v - 1
		if to <= h+1 || !strings.EqualFold(toks[to].Text, "to") || toks[to].Head != v+1 || toks[to].Rel != "mark" {
			continue
		}
		ok, obl := true, false
		for k := range toks {
			if toks[k].Head != h+1 || k == v {
				continue
			}
			switch toks[k].Rel {
			case "xcomp", "ccomp", "obj":
				ok = false
			case "obl", "obl:tmod", "obl:npmod", "advmod":
				if w := strings.ToLower(toks[k].Text); k > h && k < to && (toks[k].Rel != "obl" || weekday(w) || timeNouns[w] || monthNames[w]) {
					// A time ("on Friday", "last week"), not a party
					// or a setting ("agreed in talks with the U.S. to
					// amend its laws" keeps its reading).
					obl = true
				}
			}
		}
		if !ok || !obl {
			continue
		}
		toks[v].Rel = "xcomp"
		n++
	}
	return n
}

// monthNames (lower case) name the months, as news writes them: the
// words of MonthWord.
var monthNames = wordSet(fullMonthWords + `
	jan feb mar apr jun jul aug sep sept oct nov dec`)

// timedInfinitiveVerbs (lemmas) take an infinitive as their complement:
// threats, promises, agreements, refusals, attempts.
var timedInfinitiveVerbs = wordSet(`threaten vow pledge promise agree refuse decline decide plan offer seek try attempt
	fail vote move hope intend aim prepare expect want continue begin start resolve undertake`)

// RepairTimeModifier gives to the verb a prepositional phrase naming a
// party that the parser hung on the time phrase before it: "protested
// in Caracas on Saturday against President Nicolas Maduro", "met on
// Monday with Chinese officials" parsed with "against" and "with"
// phrases modifying "Saturday" and "Monday". An nmod (or an appos or
// list member with a preposition) marked by against,
// with or over on a weekday or a time noun (timeNouns) that is an
// oblique of a verb becomes an oblique of that verb. It reports how many
// it moved.
func RepairTimeModifier(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for k := range toks {
		h := toks[k].Head - 1
		if toks[k].Rel != "nmod" && toks[k].Rel != "appos" && toks[k].Rel != "list" || h < 0 || h >= k || !strings.HasPrefix(toks[h].Rel, "obl") {
			continue
		}
		if w := strings.ToLower(toks[h].Text); !weekday(w) && !timeNouns[w] {
			continue
		}
		v := toks[h].Head - 1
		if v < 0 || toks[v].UPOS != "VERB" {
			continue
		}
		prep := ""
		if j := leftmost(toks, k); j > h && toks[j].Rel == "case" {
			// ("against Prime Minister Sheikh Hasina" with the
			// preposition on the title.)
			prep = strings.ToLower(toks[j].Text)
		}
		switch prep {
		case "against", "with", "over":
			toks[k].Head, toks[k].Rel = v+1, "obl"
			n++
		}
	}
	return n
}

// RepairCrossedObject gives to the verb of a complement clause the
// object the parser hung on the verb above it: "The White House said
// that President Donald Trump would meet Chinese President Xi Jinping at
// the G20 summit" parsed with "Xi" the object of "said" and "meet"
// without one. An object of a verb of saying that starts right after
// the verb of its ccomp, which has no object itself, becomes that verb's
// object. It reports how many it moved.
func RepairCrossedObject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for o := range toks {
		h := toks[o].Head - 1
		if toks[o].Rel != "obj" || h < 0 || h >= o || toks[h].UPOS != "VERB" {
			continue
		}
		c := leftmost(toks, o) - 1
		if c <= h || toks[c].UPOS != "VERB" || toks[c].Head != h+1 || hasDependent(toks, c, "obj") {
			continue
		}
		if toks[c].Rel != "ccomp" || !reportingVerbs[strings.ToLower(toks[h].Lemma)] && !sayingVerbs[strings.ToLower(toks[h].Lemma)] {
			continue
		}
		toks[o].Head = c + 1
		n++
	}
	return n
}

// RepairAppositiveSubject makes the second of two subjects of one verb,
// set off by commas right after the first, its apposition: "Turkey's
// foreign minister, Mevlut Cavusoglu, called ..." parsed with "minister"
// and "Cavusoglu" both subjects of "called" (or "minister" the subject of
// "Cavusoglu"). The second subject's phrase
// must lie between two commas, the first right after the first subject's
// phrase and the second right before the verb (or its auxiliaries). It
// reports how many it changed.
func RepairAppositiveSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for b := range toks {
		if toks[b].Rel != "nsubj" && toks[b].Rel != "nsubj:pass" {
			continue
		}
		v := toks[b].Head - 1
		lb, rb := b, rightmost(toks, b)
		for lb-1 >= 0 && toks[lb-1].Head == b+1 {
			switch toks[lb-1].Rel {
			case "compound", "flat", "amod", "det", "nmod:desc":
				lb--
				continue
			}
			break
		}
		if v <= b || lb < 2 || rb+1 >= v || toks[lb-1].Text != "," || toks[rb+1].Text != "," ||
			toks[b].UPOS != "PROPN" && toks[b].UPOS != "NOUN" {
			continue
		}
		for k := rb + 2; k < v; k++ {
			if toks[k].Head != v+1 || toks[k].Rel != "aux" && toks[k].Rel != "advmod" {
				lb = -1
			}
		}
		if lb < 0 {
			continue
		}
		a := -1
		for k := 0; k < lb-1; k++ {
			if (toks[k].Head == v+1 || toks[k].Head == b+1) && (toks[k].Rel == "nsubj" || toks[k].Rel == "nsubj:pass") {
				// (Or hung as the subject of the name itself.)
				a = k
			}
		}
		if a < 0 || toks[a].UPOS != "NOUN" && toks[a].UPOS != "PROPN" {
			continue
		}
		if r := rightmost(toks, a); r != lb-1 && r != lb-2 {
			continue
		}
		toks[a].Head, toks[a].Rel = v+1, toks[b].Rel
		toks[b].Head, toks[b].Rel = a+1, "appos"
		toks[lb-1].Head = b + 1
		toks[rb+1].Head = b + 1
		n++
	}
	return n
}

// RepairNamedObject makes the first of two nominal open complements of a
// verb its object: "called the Greek decision a provocation" parsed with
// "decision" and "provocation" both xcomp of "called", or with the
// second an apposition of the first ("called President Barack Obama a
// liar"). The verb must have no object, and the two nouns must follow it
// in that order. It reports how many it changed.
func RepairNamedObject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		if toks[v].UPOS != "VERB" || hasDependent(toks, v, "obj") {
			continue
		}
		first, second := -1, -1
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head != v+1 || toks[k].Rel != "xcomp" || toks[k].UPOS != "NOUN" && toks[k].UPOS != "PROPN" {
				continue
			}
			if first < 0 {
				first = k
			} else if second < 0 {
				second = k
			}
		}
		if first >= 0 && second < 0 && callingVerbs[strings.ToLower(toks[v].Lemma)] {
			// "called U.S. President Barack Obama a liar" parsed
			// with the predicate noun an apposition of the name.
			for k := first + 1; k < len(toks); k++ {
				if toks[k].Head == first+1 && toks[k].Rel == "appos" && toks[k].UPOS == "NOUN" && hasDependent(toks, k, "det") {
					second = k
					toks[k].Head, toks[k].Rel = v+1, "xcomp"
					break
				}
			}
		}
		if first < 0 || second < 0 {
			continue
		}
		toks[first].Rel = "obj"
		n++
	}
	return n
}

// underHead reports whether tokens lo to hi-1 all lie in the subtree of
// token h: a name's own modifiers between a verb and the name.
func underHead(toks []Token, lo, hi, h int) bool {
	for k := lo; k < hi; k++ {
		if !inSubtree(toks, k, h) {
			return false
		}
	}
	return true
}

// RepairBareOblique makes the object of a verb a proper-noun phrase the
// parser hung on it as an oblique without a preposition: "Mohammed bin
// Salman received Syrian President Bashar al-Assad in Jeddah" parsed with
// "Bashar" an obl of "received" ("received Libyan army chief Khalifa
// Haftar" alike), or as an open complement ("called Ethiopian Prime
// Minister Abiy Ahmed" as if naming someone so). The phrase must follow
// the verb with only its own modifiers (and theirs) between, the verb must
// have no object, and the name must be no time word ("met Tuesday"). It
// reports how many it changed.
func RepairBareOblique(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := range toks {
		t := &toks[i]
		if t.Rel != "obl" && t.Rel != "xcomp" || t.UPOS != "PROPN" || t.Head <= 0 || TimeNoun(t.Text) {
			continue
		}
		v := t.Head - 1
		if v >= i || toks[v].UPOS != "VERB" || hasDependent(toks, i, "case") || hasDependent(toks, v, "obj") {
			continue
		}
		if t.Rel == "xcomp" && (!callingVerbs[strings.ToLower(toks[v].Lemma)] ||
			!hasDependent(toks, i, "flat") && !hasDependent(toks, i, "nmod:desc")) {
			// A complement stays one but after a verb of naming
			// whose complement is a person's name ("called
			// Ethiopian Prime Minister Abiy Ahmed", not "became
			// President" or "called it Operation Storm").
			continue
		}
		if !underHead(toks, v+1, i, i) {
			continue
		}
		t.Rel = "obj"
		n++
	}
	return n
}

// RepairFrontedName mends a name before its noun that the parser hung
// on the verb as an oblique without a preposition: "European Community
// farm ministers criticised the United States" parsed with "Community"
// (tagged a common noun) an obl:unmarked of "criticised" and "ministers"
// the subject alone. When a capitalised word, no time word, hung as an
// unmarked or noun-phrase oblique on a verb, is followed directly by the
// words of that verb's subject (and nothing of its own stands after it),
// it is a modifier of the subject's head (compound). A capitalised
// common noun opening the sentence is left alone ("Police officers
// said"). It reports how many it mended.
func RepairFrontedName(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := range toks {
		t := &toks[i]
		if t.Rel != "obl:unmarked" && t.Rel != "obl:npmod" || t.Head <= i+1 || !capitalisedASCII(t.Text) ||
			TimeNoun(t.Text) || t.UPOS != "PROPN" && (t.UPOS != "NOUN" || i == 0) {
			continue
		}
		v := t.Head - 1
		if toks[v].UPOS != "VERB" || i+1 >= v {
			continue
		}
		subj := -1
		for k := i + 1; k < v; k++ {
			if toks[k].Head == v+1 && (toks[k].Rel == "nsubj" || toks[k].Rel == "nsubj:pass") {
				subj = k
				break
			}
		}
		if subj < 0 || !underHead(toks, i+1, subj, subj) || hasDependentAfter(toks, i) {
			continue
		}
		t.Head, t.Rel = subj+1, "compound"
		n++
	}
	return n
}

// hasDependentAfter reports whether token i has a dependent after it.
func hasDependentAfter(toks []Token, i int) bool {
	for k := i + 1; k < len(toks); k++ {
		if toks[k].Head == i+1 {
			return true
		}
	}
	return false
}

// RepairHeadedPreposition restores a prepositional phrase the parser
// built upside down, with the preposition as the phrase's head and its
// noun as the preposition's object: "Blinken met with Saudi Crown Prince
// Mohammed bin Salman in Riyadh" parsed with "with" an oblique of "met"
// and "Crown" its object. A preposition (ADP, IN) hung as an oblique or
// a noun's modifier, whose one nominal dependent after it is an object or
// subject, hands its relation and head to that noun and becomes its
// "case"; the preposition's other dependents follow the noun. It reports
// how many it changed.
func RepairHeadedPreposition(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := range toks {
		p := &toks[i]
		if p.UPOS != "ADP" || p.XPOS != "IN" || p.Head <= 0 || baseRelName(p.Rel) != "obl" && baseRelName(p.Rel) != "nmod" {
			continue
		}
		c := -1
		for k := i + 1; k < len(toks); k++ {
			if toks[k].Head != i+1 {
				continue
			}
			if r := toks[k].Rel; (r == "obj" || r == "nsubj") && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") {
				if c >= 0 {
					c = -2 // two nouns: no phrase of one
					break
				}
				c = k
			}
		}
		if c < 0 {
			continue
		}
		for k := range toks {
			if k != c && toks[k].Head == i+1 {
				toks[k].Head = c + 1
			}
		}
		toks[c].Head, toks[c].Rel = p.Head, p.Rel
		p.Head, p.Rel = c+1, "case"
		n++
	}
	return n
}

// RepairNationalityXcomp makes the object of a verb a name the parser
// split at its nationality adjective: "Macron called Ukrainian President
// Volodymyr Zelenskiy" parsed as calling someone "Ukrainian" (xcomp),
// with the name a conjunct of the adjective, or "Erdogan phoned Swedish
// Prime Minister Ulf Kristersson" with the name its apposition. A
// capitalised adjective hung as the verb's xcomp (or, right after the
// verb, as anything but a modifier), whose conjunct or apposition is a
// proper noun after it with only its own modifiers between and no
// coordinator, becomes that noun's amod, and the noun the verb's object,
// when the verb has none. It reports how many it changed.
func RepairNationalityXcomp(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for a := range toks {
		if toks[a].Rel == "amod" || toks[a].UPOS != "ADJ" || !capitalisedASCII(toks[a].Text) || toks[a].Head <= 0 {
			continue
		}
		v := toks[a].Head - 1
		if toks[a].Rel != "xcomp" {
			// Hung elsewhere right after the verb ("called Turkish
			// President Tayyip Erdogan on Sunday to discuss", the
			// adjective an advcl of "discuss").
			v = a - 1
		}
		if v < 0 || v >= a || toks[v].UPOS != "VERB" || hasDependent(toks, v, "obj") {
			continue
		}
		c := -1
		for k := a + 1; k < len(toks); k++ {
			if toks[k].Head == a+1 && (toks[k].Rel == "conj" || toks[k].Rel == "appos") && toks[k].UPOS == "PROPN" {
				c = k
				break
			}
		}
		if c < 0 || hasDependent(toks, c, "cc") {
			continue
		}
		if !underHead(toks, a+1, c, c) {
			continue
		}
		toks[c].Head, toks[c].Rel = v+1, "obj"
		toks[a].Head, toks[a].Rel = c+1, "amod"
		n++
	}
	return n
}

// callingVerbs (lemmas) name their object as something: "called Obama a
// liar".
var callingVerbs = wordSet(`call brand label dub term`)

// RepairFeelingTopic hangs on a noun of feeling or opinion the phrase that
// says what it is about, when the parser hung the phrase on the verb:
// "Japan expressed concern over China's military activity near Taiwan"
// parsed with "activity" an oblique of "expressed". An oblique marked by
// over or about right after the object, a noun of feelingNouns, of a
// verb becomes that noun's nmod. It reports how many it moved.
func RepairFeelingTopic(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for o := range toks {
		v := toks[o].Head - 1
		if toks[o].Rel != "obj" || v < 0 || v > o || !feelingNouns[strings.ToLower(toks[o].Text)] {
			continue
		}
		for k := o + 1; k < len(toks); k++ {
			if toks[k].Head != v+1 || toks[k].Rel != "obl" || leftmost(toks, k) != rightmost(toks, o)+1 {
				continue
			}
			switch strings.ToLower(toks[leftmost(toks, k)].Text) {
			case "over", "about":
				toks[k].Head, toks[k].Rel = o+1, "nmod"
				n++
			}
			break
		}
	}
	return n
}

// feelingNouns (lower case) are nouns of feeling and opinion that news
// expresses or voices about a party's acts.
var feelingNouns = wordSet(`concern concerns regret dismay disappointment alarm unease worry worries`)

// RepairDoubleObject joins a bare name or title to the object right after
// it that the parser made a second object of the verb: "called U.S.
// President George W. Bush a liar" parsed with "U.S." and "George" both
// objects of "called", "congratulated Sri Lankan President Anura Kumara
// Dissanayake" with "Sri" and "Anura", "received Libyan commander Khalifa
// Haftar" with "commander" and "Haftar". A proper noun object, or a
// singular common noun (a title), whose phrase holds only its own
// modifiers (plainModified) and whose next word, a proper noun, starts
// the phrase of a name that is another object (or an open complement) of
// the same verb becomes that name's compound (a title its nmod:desc, as
// the parser hangs "commander" in "Libyan commander Khalifa Haftar
// said"), and the name the object. It reports how many it joined.
func RepairDoubleObject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for a := 0; a+1 < len(toks); a++ {
		v := toks[a].Head - 1
		title := toks[a].UPOS == "NOUN" && toks[a].XPOS == "NN"
		if toks[a].Rel != "obj" || toks[a].UPOS != "PROPN" && !title || v < 0 || !plainModified(toks, a) {
			continue
		}
		r := rightmost(toks, a)
		if r+1 >= len(toks) || toks[r+1].UPOS != "PROPN" {
			// (Only before a name or title: not across a comma or a
			// quote, "called Iran, Iraq and North Korea an axis of
			// evil", 'called Bush "the devil"', nor before an amount,
			// "loaned Indonesia 10.7 billion dlrs".)
			continue
		}
		for b := r + 1; b < len(toks); b++ {
			if toks[b].Head == v+1 && (toks[b].Rel == "obj" || toks[b].Rel == "xcomp" && b > r+1) &&
				toks[b].UPOS == "PROPN" && leftmost(toks, b) == r+1 {
				toks[a].Head, toks[a].Rel = b+1, "compound"
				if title {
					toks[a].Rel = "nmod:desc"
				}
				// ("called U.S. President Barack Obama a hypocrite"
				// with "Barack" and "hypocrite" both complements.)
				toks[b].Rel = "obj"
				n++
				break
			}
		}
	}
	return n
}

// plainModified reports whether the phrase of token a is a word with only
// adjectives, determiners, compounds and flat name parts below it, all
// next to each other: "U.S.", "Sri Lankan", "the Libyan commander", not
// "Iran, Iraq and North Korea".
func plainModified(toks []Token, a int) bool {
	lo, hi := leftmost(toks, a), rightmost(toks, a)
	for k := lo; k <= hi; k++ {
		if k == a {
			continue
		}
		if !inSubtree(toks, k, a) {
			return false
		}
		switch toks[k].Rel {
		case "amod", "det", "compound", "flat":
		default:
			return false
		}
	}
	return true
}

// RepairFrontedConjunct gives a verb without subject the name the parser
// made a conjunct inside a fronted phrase: "In a phone call with Saudi
// Crown Prince Mohammed bin Salman, U.S. President Joe Biden discussed
// the war" parsed with "Joe" a conjunct of "Prince" and "discussed"
// subjectless. A proper noun conjunct without coordinator, set off by a
// comma, whose phrase ends right before the verb and lies in an oblique
// of that verb that opens the sentence, becomes the verb's subject. It
// reports how many it moved.
func RepairFrontedConjunct(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		if toks[v].UPOS != "VERB" || hasDependent(toks, v, "nsubj") || hasDependent(toks, v, "nsubj:pass") {
			continue
		}
		c := v - 1
		for c >= 0 && toks[c].Head == v+1 && (toks[c].Rel == "aux" || toks[c].Rel == "advmod") {
			c--
		}
		// The conjunct whose phrase ends at c.
		for c >= 0 && toks[c].Rel == "flat" {
			c = toks[c].Head - 1
		}
		if c >= 2 && toks[c].Rel != "conj" && toks[c].UPOS == "PROPN" {
			n += titledSubjectRun(toks, v)
			continue
		}
		if c < 2 || toks[c].Rel != "conj" || toks[c].UPOS != "PROPN" || hasDependent(toks, c, "cc") {
			continue
		}
		lc := c
		for lc-1 >= 0 && toks[lc-1].Head == c+1 && toks[lc-1].Rel != "punct" {
			lc = leftmost(toks, lc-1)
		}
		if lc < 1 || toks[lc-1].Text != "," {
			continue
		}
		// The conjunct lies in an oblique of the verb that starts the
		// sentence.
		top := c
		for k := 0; k < len(toks) && toks[top].Head != v+1; k++ {
			top = toks[top].Head - 1
			if top < 0 {
				break
			}
		}
		if top < 0 || toks[top].Rel != "obl" || leftmost(toks, top) != 0 {
			continue
		}
		toks[c].Head, toks[c].Rel = v+1, "nsubj"
		toks[lc-1].Head = v + 1
		n++
	}
	return n
}

// titledSubjectRun mends, for verb v without subject, a titled name set
// off by a comma right before it whose words the parser hung inside a
// fronted oblique or adverbial clause: "In a telephone call with Israeli Prime Minister
// Benjamin Netanyahu, Russian President Vladimir Putin discussed ..."
// parsed with "President" an apposition and "Vladimir Putin" flat parts
// of "Benjamin". The run of capitalised words between the comma and the
// verb, holding a title word and ending in proper nouns, becomes one
// phrase headed by the name's first word, the verb's subject. It reports
// 1 when it mended, else 0.
func titledSubjectRun(toks []Token, v int) int {
	e := v - 1
	for e >= 0 && toks[e].Head == v+1 && (toks[e].Rel == "aux" || toks[e].Rel == "advmod") {
		e--
	}
	b := e
	for b-1 >= 0 && capitalisedASCII(toks[b-1].Text) && toks[b-1].UPOS != "VERB" && toks[b-1].UPOS != "AUX" && toks[b-1].UPOS != "PUNCT" {
		b--
	}
	if b < 2 || e <= b || toks[b-1].Text != "," || toks[e].UPOS != "PROPN" {
		return 0
	}
	title := -1
	for k := b; k < e; k++ {
		if titleWords[strings.ToLower(toks[k].Text)] {
			title = k
		}
	}
	if title < 0 {
		return 0
	}
	name := e
	for name-1 > title && toks[name-1].UPOS == "PROPN" {
		name--
	}
	if name <= title {
		return 0
	}
	// The run lies in an oblique of v that opens the sentence.
	top := b
	for k := 0; k < len(toks) && top >= 0 && toks[top].Head != v+1; k++ {
		top = toks[top].Head - 1
	}
	if top < 0 || top >= b || toks[top].Rel != "obl" && toks[top].Rel != "advcl" || leftmost(toks, top) != 0 {
		return 0
	}
	for k := b; k <= e; k++ {
		if k == name {
			continue
		}
		for j := range toks {
			if toks[j].Head == k+1 && (j < b || j > e) && j != b-1 {
				return 0 // a word of the run heads words outside it
			}
		}
	}
	for k := b; k <= e; k++ {
		switch {
		case k == name:
			toks[k].Head, toks[k].Rel = v+1, "nsubj"
		case k > name:
			toks[k].Head, toks[k].Rel = name+1, "flat"
		case toks[k].UPOS == "ADJ":
			toks[k].Head, toks[k].Rel = name+1, "amod"
		default:
			toks[k].Head, toks[k].Rel = name+1, "compound"
		}
	}
	toks[b-1].Head = v + 1
	return 1
}

// RepairShotDead mends "shot dead" before its object: "gunmen shot dead
// a police officer" parsed with the officer the object of "dead" (or
// "dead" a modifier of "two policemen"), which leaves the verb of
// killing without its object. As UD has it, "dead" is the verb's open
// complement (xcomp) and the noun phrase after it the verb's object; the
// phrases the parser hung on "dead" go to the verb. It reports how many
// it changed.
func RepairShotDead(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for d := 1; d+1 < len(toks); d++ {
		v := d - 1
		if !strings.EqualFold(toks[d].Text, "dead") || toks[v].UPOS != "VERB" || !deadVerbs[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		switch {
		case toks[d].Rel == "xcomp" && toks[d].Head == v+1:
			moved := false
			for k := d + 1; k < len(toks); k++ {
				if toks[k].Head != d+1 {
					continue
				}
				switch r := toks[k].Rel; {
				case r == "obj" || r == "obl:unmarked" || r == "obl:npmod":
					toks[k].Head, toks[k].Rel = v+1, "obj"
					moved = true
				case baseRelName(r) == "obl" || baseRelName(r) == "nmod":
					toks[k].Head, toks[k].Rel = v+1, "obl"
				}
			}
			if moved {
				n++
			}
		case toks[d].Rel == "amod":
			h := toks[d].Head - 1
			if h <= d || h >= len(toks) || toks[h].Head != v+1 || toks[h].Rel != "obj" {
				continue
			}
			toks[d].Head, toks[d].Rel = v+1, "xcomp"
			n++
		}
	}
	return n
}

// deadVerbs (lemmas) kill in "shot dead", "gunned dead", "stabbed dead".
var deadVerbs = map[string]bool{"shoot": true, "shot": true, "gun": true, "stab": true, "beat": true, "stone": true, "hack": true, "club": true}

// RepairMandative retags as a base verb (VB) the verb of a mandative
// clause that the tagger read as a noun: "India demanded that Pakistan
// hand over the suspects", "urged that Israel end the blockade",
// "demanded that the government resign". After a verb of demand and
// "that", a name, a short noun phrase or a determined singular noun, a
// word of mandativeVerbs tagged NN is the clause's verb. It reports how many it
// changed.
func RepairMandative(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 1; i+2 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Text, "that") || !demandWords[strings.ToLower(toks[i-1].Text)] {
			continue
		}
		k := i + 1
		if toks[k].XPOS == "DT" {
			k++
		}
		start := k
		for k < len(toks) && k-start < 4 && (toks[k].XPOS == "NNP" || toks[k].XPOS == "NNPS" || toks[k].XPOS == "JJ" || toks[k].XPOS == "NNS" && k == start ||
			toks[k].XPOS == "NN" && k == start && start > i+1 && k+1 < len(toks) && toks[k+1].XPOS == "NN" && mandativeVerbs[strings.ToLower(toks[k+1].Text)]) {
			// ("demanded that the government resign": a determined
			// singular noun before the verb read as a noun.)
			k++
		}
		if k == start || k >= len(toks) || toks[k].XPOS != "NN" || !mandativeVerbs[strings.ToLower(toks[k].Text)] {
			continue
		}
		toks[k].XPOS, toks[k].UPOS = "VB", "VERB"
		n++
	}
	return n
}

// demandWords are the forms of the verbs of demand that take a
// mandative "that" clause.
var demandWords = wordSet(`demand demands demanded demanding insist insists insisted urge urges urged request requests requested
	ask asks asked recommend recommends recommended propose proposes proposed`)

// mandativeVerbs are base verbs the tagger also reads as nouns.
var mandativeVerbs = wordSet(`hand act end halt release return cease pull stop pay withdraw lift free respect honour honor step stand quit resign`)

// clauseSubordinators (lower case) are the words of Subordinator: they
// open an adverbial clause whose subject follows them directly.
var clauseSubordinators = wordSet(`after before until since once because when while if unless although though`)

// RepairAccusedOf reattaches the "of" phrase of "accused Israel of
// genocide" that the parser hung on the object as its modifier (nmod)
// to the verb as an oblique: accusing, convicting, suspecting, warning
// or informing someone of something takes the "of" phrase as the
// verb's. Only objects that rarely take an "of" modifier of their own
// are mended: names, pronouns and plural nouns ("accused the rebels of
// war crimes"), and only their last "of" phrase, not a proper noun
// ("the Bank of England"). The "for" phrase of "blamed militants for
// the bombing" is mended the same way, after verbs of blame and praise
// (blameForVerbs). It reports how many it moved.
func RepairAccusedOf(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for k := range toks {
		verbs := accuseOfVerbs
		if strings.EqualFold(toks[k].Text, "for") {
			verbs = blameForVerbs
		} else if !strings.EqualFold(toks[k].Text, "of") {
			continue
		}
		if toks[k].Rel != "case" {
			continue
		}
		y := toks[k].Head - 1
		if y < 0 || y < k || toks[y].Rel != "nmod" || toks[y].UPOS == "PROPN" {
			continue
		}
		x := toks[y].Head - 1
		if x < 0 || x > k || toks[x].Rel != "obj" {
			continue
		}
		if toks[x].UPOS != "PROPN" && toks[x].UPOS != "PRON" && toks[x].XPOS != "NNS" {
			continue
		}
		v := toks[x].Head - 1
		if v < 0 || v > x || toks[v].UPOS != "VERB" || !lowerIn(verbs, toks[v].Lemma) {
			continue
		}
		last := true
		for j := y + 1; j < len(toks); j++ {
			if toks[j].Head == x+1 && toks[j].Rel == "nmod" {
				last = false
				break
			}
		}
		if !last {
			continue
		}
		toks[y].Head = v + 1
		toks[y].Rel = "obl"
		n++
	}
	return n
}

// neverVerbs (lower case) are nouns of titles that the tagger may read
// as verbs before a name.
var neverVerbs = wordSet(`chief chiefs envoy minister president premier spokesman spokeswoman`)

// streetWords end the names of streets and squares.
var streetWords = map[string]bool{"Street": true, "Square": true, "Avenue": true, "Road": true, "Lane": true}

// accuseOfVerbs (lemmas) take a person and an "of" phrase saying what
// of ("accused Israel of genocide", "warned them of reprisals").
var accuseOfVerbs = wordSet(`accuse convict suspect acquit clear absolve warn inform remind notify
	deprive strip rob rid cure`)

// blameForVerbs (lemmas) take a party and a "for" phrase saying what it
// is blamed or praised for ("blamed militants for the bombing",
// "praised Egypt for its mediation").
var blameForVerbs = wordSet(`blame criticize criticise condemn denounce fault punish fine sanction
	praise thank commend congratulate applaud reward`)

// RepairParticleOblique reattaches to the verb an oblique the parser hung
// on the verb's particle or adverb of direction: "Israel hit back at
// Hezbollah", "lashed out at the press" parsed with "at Hezbollah" under
// "back". It reports how many it moved.
func RepairParticleOblique(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for k := range toks {
		p := toks[k].Head - 1
		if p < 0 || !strings.HasPrefix(toks[k].Rel, "obl") || !lowerIn(directionParticles, toks[p].Text) {
			continue
		}
		v := toks[p].Head - 1
		if v < 0 || v+1 != p || toks[v].UPOS != "VERB" || toks[p].Rel != "advmod" && toks[p].Rel != "compound:prt" {
			// (Only a particle right after its verb: "the jury is
			// still out on ..." hung on an earlier verb stays.)
			continue
		}
		toks[k].Head = v + 1
		n++
	}
	return n
}

// RepairOverParticle makes the "over" of a phrasal verb of handing its
// particle and the noun after it the verb's object: "handed over the
// bodies to the Red Cross", "turned over the documents" parsed with "over
// the bodies" as an oblique, and "handed over 20 suspects" with "over"
// modifying the number; likewise the "off" of breaking or calling off
// ("broke off peace talks with the rebels", "called off the strike").
// A time noun stays an oblique ("turned over the weekend"). It reports
// how many it repaired.
func RepairOverParticle(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for k := 1; k < len(toks); k++ {
		v, o := k-1, toks[k].Head-1
		if o > k && toks[k].Rel == "advmod" && toks[o].Rel == "nummod" {
			// "handed over 20 suspects" read as "over 20".
			o = toks[o].Head - 1
		} else if toks[k].Rel != "case" {
			continue
		}
		verbs := particleVerbs[strings.ToLower(toks[k].Text)]
		if verbs == nil || o <= k ||
			toks[v].UPOS != "VERB" || !verbs[toks[v].Lemma] ||
			toks[o].Head-1 != v || !strings.HasPrefix(toks[o].Rel, "obl") || lowerIn(timeNouns, toks[o].Text) ||
			hasDependent(toks, v, "obj") {
			continue
		}
		toks[k].Head, toks[k].Rel, toks[k].XPOS = v+1, "compound:prt", "RP"
		toks[o].Rel = "obj"
		n++
	}
	return n
}

// particleVerbs maps a particle (lower case) to the verbs (lemmas) that
// take it before their object: "hand over", "turn over", "sign over";
// "break off", "call off", "cut off", "seal off", "cordon off". ("take
// over" is left out: the object of a takeover is mostly a firm, an
// option or a task.)
var particleVerbs = map[string]map[string]bool{
	"over": wordSet(`hand turn sign`),
	"off":  wordSet(`break call cut seal cordon`),
}

// directionParticles are the particles and adverbs of direction a verb
// takes before its oblique ("hit back at", "lash out at").
var directionParticles = wordSet(`back out off away`)

// RepairOught hangs the modal "ought" (MD) on the verb of its "to"
// infinitive, as an auxiliary, where the parser made the modal the head
// of the clause and the verb its complement: "Russia ought to withdraw
// its troops" (UD: "withdraw" the predicate, "ought" aux, "to" mark).
// The modal's head, relation and other dependents pass to the verb. It
// reports how many it changed.
func RepairOught(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := range toks {
		if toks[i].XPOS != "MD" || !strings.EqualFold(toks[i].Text, "ought") {
			continue
		}
		v := i + 2
		if v < len(toks) && strings.EqualFold(toks[i+1].Text, "not") {
			v++
		}
		if v >= len(toks) || !strings.EqualFold(toks[v-1].Text, "to") || toks[v].XPOS != "VB" || toks[v].Head != i+1 {
			continue
		}
		toks[v].Head, toks[v].Rel = toks[i].Head, toks[i].Rel
		for k := range toks {
			if k != v && toks[k].Head == i+1 {
				toks[k].Head = v + 1
			}
		}
		toks[i].Head, toks[i].Rel = v+1, "aux"
		toks[v-1].Head, toks[v-1].Rel = v+1, "mark"
		n++
	}
	return n
}

// RepairOpenerSubject gives a main clause back the subject the parser
// hung, after the comma that closes a fronted opener, on a nominal of
// that opener as its apposition or conjunct: "if the FCC eased
// restrictions on ATT, Congress would consider action" parsed with
// "Congress" an apposition of "ATT" and "consider" without a subject;
// "In a written interview in the newspaper the Ahram, Mr Abbas said" with
// "Abbas" an apposition of "interview"; "Speaking after the vote, shadow
// chancellor Oliver Letwin said" with "Letwin" a conjunct of "Speaking" and
// the participle taken for the clausal subject. The opener is an
// adverbial clause opened by a subordinator, a prepositional phrase, or
// a participle opening the sentence. When a verb without a subject has
// such an opener before it, and a nominal apposition or conjunct (no
// "and" of its own) hung inside the opener follows the opener's closing
// comma with only adverbs and auxiliaries of the verb between it and the
// verb, it is the verb's subject (and a participle taken for the
// clausal subject is an adverbial clause). It reports how many it moved.
func RepairOpenerSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		if toks[v].UPOS != "VERB" || hasDependent(toks, v, "nsubj", "nsubj:pass", "expl") {
			continue
		}
		for a := 0; a < v; a++ {
			if toks[a].Head != v+1 || !openerOf(toks, a) {
				continue
			}
			if toks[a].Rel == "csubj" && leftmost(toks, a) != 0 {
				continue
			}
			if toks[a].Rel != "csubj" && hasDependent(toks, v, "csubj") {
				continue
			}
			// end: the last word before the verb's adverbs and
			// auxiliaries; x: the widest nominal hung inside the
			// opener that ends there, right after a comma.
			end := v - 1
			for end > a && toks[end].Head == v+1 && (toks[end].UPOS == "ADV" || toks[end].UPOS == "AUX" || toks[end].UPOS == "PART") {
				end--
			}
			x := -1
			for k := a + 1; k <= end; k++ {
				if (toks[k].Rel == "appos" || toks[k].Rel == "conj") && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN") &&
					rightmost(toks, k) == end && inSubtree(toks, k, a) && !hasDependent(toks, k, "cc") {
					if l := leftmost(toks, k); toks[l].Text == "," || l > 0 && toks[l-1].Text == "," {
						x = k
						break
					}
				}
			}
			if x < 0 {
				continue
			}
			toks[x].Head, toks[x].Rel = v+1, "nsubj"
			if hasDependent(toks, v, "aux:pass") {
				toks[x].Rel = "nsubj:pass"
			}
			if toks[a].Rel == "csubj" {
				toks[a].Rel = "advcl"
			}
			n++
			break
		}
	}
	return n
}

// openerOf reports whether dependent a of a verb can open its sentence
// before the subject: an adverbial clause opened by a subordinator
// ("if", "when", "after"), a prepositional phrase, or a participle ("Speaking
// after the debate, ...") taken for an adverbial clause or a clausal
// subject.
func openerOf(toks []Token, a int) bool {
	switch toks[a].Rel {
	case "advcl":
		return hasSubordinator(toks, a) || toks[a].XPOS == "VBG" || toks[a].XPOS == "VBN"
	case "csubj":
		return toks[a].XPOS == "VBG" || toks[a].XPOS == "VBN"
	case "obl":
		return hasDependent(toks, a, "case")
	}
	return false
}

// hasSubordinator reports whether clause a has a mark dependent that
// opens an adverbial clause (Subordinator: "if", "when", "after",
// "because", ...).
func hasSubordinator(toks []Token, a int) bool {
	for k := range toks {
		if toks[k].Head == a+1 && toks[k].Rel == "mark" && Subordinator(toks[k].Text) {
			return true
		}
	}
	return false
}

// RepairPluralPossessive retags as a possessive ending (POS) the
// apostrophe that the segmenter split from a plural as its possessive
// ("the Tories' policies": "Tories" + "'", a two-word token) but that the
// tagger read as a quotation mark: the parser then takes the noun for
// the object of the verb before it and loses the possessor ("said the
// Tories' policies would fail"). A quote closing a quotation is never
// split that way (package segment). It reports how many it changed.
func RepairPluralPossessive(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 1; i < len(toks); i++ {
		if toks[i-1].MWT != 2 || toks[i].XPOS != "``" && toks[i].XPOS != "''" {
			continue
		}
		toks[i].XPOS, toks[i].UPOS = "POS", "PART"
		n++
	}
	return n
}

// RepairAllegianceTo mends a leader's name after an adjective of
// allegiance (Allegiance) that the parser read as the subject of an
// infinitive clause because a past tense follows it: "Forces loyal to Hun
// Sen attacked royalist troops" with "to" the marker and "Hun Sen" the
// subject of "attacked". A finite verb takes no "to" marker: the name
// becomes the adjective's oblique with "to" its case, and when the verb
// hung on the adjective of the root noun, the verb becomes the root with
// that noun its subject. It reports how many it mended.
func RepairAllegianceTo(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for m := 1; m+1 < len(toks); m++ {
		if !strings.EqualFold(toks[m].Text, "to") || toks[m].Rel != "mark" || !Allegiance(toks[m-1].Text) || toks[m-1].UPOS != "ADJ" {
			continue
		}
		v := toks[m].Head - 1
		if v <= m || v >= len(toks) {
			continue
		}
		switch toks[v].XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		subj := -1
		for k := m + 1; k < v; k++ {
			if toks[k].Head == v+1 && toks[k].Rel == "nsubj" && (toks[k].XPOS == "NNP" || toks[k].XPOS == "NNPS") {
				subj = k
			}
		}
		if subj < 0 {
			continue
		}
		adj := m - 1
		toks[subj].Head, toks[subj].Rel = adj+1, "obl"
		toks[m].Head, toks[m].Rel = subj+1, "case"
		if toks[v].Head == adj+1 {
			if noun := toks[adj].Head - 1; noun >= 0 && noun < adj && toks[noun].Rel == "root" {
				// The verb hung on the adjective: it is the
				// clause's predicate, the noun its subject.
				toks[v].Head, toks[v].Rel = 0, "root"
				toks[noun].Head, toks[noun].Rel = v+1, "nsubj"
				for k := v + 1; k < len(toks); k++ {
					if toks[k].Head == noun+1 {
						toks[k].Head = v + 1
					}
				}
			}
		}
		n++
	}
	return n
}
