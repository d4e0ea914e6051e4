package nlp

import "strings"

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
	// "Labour MP Frank Field attacked", "Foreign Secretary Jack Straw
	// said" with the surname read as a common noun: a capitalised word
	// after a common given name, or after a name that a title opens,
	// ends the name.
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.XPOS != "NN" && t.XPOS != "NNS" || !capitalisedASCII(t.Text) || !letters(t.Text) || toks[i-1].XPOS != "NNP" ||
			titleWords[strings.ToLower(t.Text)] || titleWords[strings.ToLower(toks[i-1].Text)] {
			continue
		}
		if CommonGivenName(toks[i-1].Text) || i >= 2 && titleBefore(strings.ToLower(toks[i-2].Text)) {
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

// titleBefore reports whether lower-case word w is a title or role
// written before a person's name: titleWords, roleNouns, or a member of
// a parliament ("Labour MP Frank Field").
func titleBefore(w string) bool {
	return titleWords[w] || roleNouns[w] || w == "mp" || w == "mep" || w == "msp"
}

// CommonGivenName reports whether w (any case) is a given name that
// millions share ("Frank", "Jack", "Mary").
func CommonGivenName(w string) bool { return LowerLookup(commonGivenNames, w) }

// commonGivenNames (lower case): see CommonGivenName.
var commonGivenNames = wordSet(`james robert william richard thomas christopher daniel matthew anthony
	donald steven andrew kenneth joshua kevin brian edward ronald timothy jason jeffrey ryan jacob gary
	nicholas eric stephen jonathan larry scott frank justin brandon raymond gregory samuel benjamin
	patrick jack henry walter alan alexander mary patricia jennifer linda elizabeth barbara susan
	jessica sarah karen nancy lisa margaret sandra ann anne jane helen catherine jose juan carlos luis
	antonio manuel francisco ali mohammed mohammad muhammad ahmed ahmad ian roger tony tom bill bob jim`)

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
		if !phraseStartTag(toks[i+1].XPOS) {
			continue
		}
		toks[to].XPOS, toks[to].UPOS = "TO", "PART"
		toks[i].XPOS, toks[i].UPOS = "VB", "VERB"
		n++
	}
	return n
}

// RepairTimedModal retags as a base verb (VB) a news verb that the tagger
// read as a noun or adjective after a modal and a time phrase: "will this
// week visit Britain and France", "would next month resume talks" (read
// as a noun compound, "this week visit"). A word of infinitiveVerbs right
// after a modal (MD), "this", "next" or "last" and a time noun, followed
// by a noun phrase, becomes VB. It reports how many it changed.
func RepairTimedModal(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 3; i+1 < len(toks); i++ {
		// The modal first: the test costs no lower-casing.
		if toks[i-3].XPOS != "MD" || strings.HasPrefix(toks[i].XPOS, "VB") || !infinitiveVerbs[strings.ToLower(toks[i].Text)] ||
			!timeNoun(toks[i-1].Text) || !lowerIn(timeDeterminers, toks[i-2].Text) {
			continue
		}
		if !phraseStartTag(toks[i+1].XPOS) {
			continue
		}
		toks[i].XPOS, toks[i].UPOS = "VB", "VERB"
		n++
	}
	return n
}

// RepairModalTime gives back its role to a time phrase that the parser
// made the subject of the verb it stands in, between the verb's modal or
// auxiliary and the verb: "Nakasone will this week visit Washington"
// parsed with "week" the subject of "visit" (and "Nakasone" a vocative),
// "and will this week visit Britain" with the conjunct's subject taken.
// A subject that is a time noun (timeNoun) after "this", "next" or
// "last", right after an auxiliary of its verb, becomes the verb's
// temporal modifier (obl:unmarked, the parser's relation for a bare time
// phrase), and a noun hung on the verb as a vocative or dep before the
// auxiliary becomes its subject. It reports how many it repaired.
func RepairModalTime(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for t := 2; t < len(toks); t++ {
		v := toks[t].Head - 1
		if toks[t].Rel != "nsubj" || v <= t || !timeNoun(toks[t].Text) || !lowerIn(timeDeterminers, toks[t-1].Text) ||
			toks[t-1].Head != t+1 || toks[t-2].Head != v+1 || toks[t-2].Rel != "aux" {
			continue
		}
		toks[t].Rel = "obl:unmarked"
		for k := 0; k < t-2; k++ {
			if toks[k].Head == v+1 && (toks[k].Rel == "vocative" || toks[k].Rel == "dep") && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN" || toks[k].UPOS == "PRON") {
				toks[k].Rel = "nsubj"
				break
			}
		}
		n++
	}
	return n
}

// phraseStartTag reports whether Penn tag x may open the noun phrase an
// infinitive takes as its object ("to visit the capital", "to free 20
// prisoners").
func phraseStartTag(x string) bool {
	switch x {
	case "DT", "PRP$", "PRP", "CD", "JJ", "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// timeDeterminers (lower case) open a time phrase without a preposition:
// "this week", "next month", "last year".
var timeDeterminers = wordSet(`this next last`)

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
