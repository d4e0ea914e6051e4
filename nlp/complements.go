package nlp

// Tree repairs of complements and modifiers: infinitives after adjectives
// and reports, reported objects, agents, obliques and particles, double
// objects, fronted conjuncts and names, mandatives and "accused of".

import (
	"slices"
	"strings"
)

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

// dependentAfter returns the first dependent of token h after token
// from with relation rel, or -1.
func dependentAfter(toks []Token, h, from int, rel string) int {
	for k := from + 1; k < len(toks); k++ {
		if toks[k].Head == h+1 && toks[k].Rel == rel {
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
		if v <= b || toks[b].UPOS != "PROPN" && toks[b].UPOS != "NOUN" {
			continue
		}
		lb := b
		for lb-1 >= 0 && toks[lb-1].Head == b+1 {
			switch toks[lb-1].Rel {
			case "compound", "flat", "amod", "det", "nmod:desc":
				lb--
				continue
			}
			break
		}
		if lb < 2 || toks[lb-1].Text != "," {
			continue
		}
		rb := rightmost(toks, b)
		if rb+1 >= v || toks[rb+1].Text != "," {
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
		if toks[v].UPOS != "VERB" {
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
		if c < 2 || toks[c].UPOS != "PROPN" || hasDependent(toks, v, "nsubj") || hasDependent(toks, v, "nsubj:pass") {
			continue
		}
		if toks[c].Rel != "conj" {
			n += titledSubjectRun(toks, v)
			continue
		}
		if hasDependent(toks, c, "cc") {
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
		if toks[k].Rel != "case" {
			continue
		}
		verbs := accuseOfVerbs
		if strings.EqualFold(toks[k].Text, "for") {
			verbs = blameForVerbs
		} else if !strings.EqualFold(toks[k].Text, "of") {
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

// giveVerbs (lower-case lemmas) take a recipient and an amount as two
// objects: "lent China 390 mln dlrs".
var giveVerbs = wordSet(`give lend loan grant offer pay send promise owe award extend advance sell`)

// RepairGivenAmount mends the two objects of a verb of giving, a
// recipient named right after the verb and an amount right after it
// ("Japan has lent China 390 mln dlrs", "the U.S. has given Israel 25
// billion dlrs in aid", "Kuwait has paid Iraq 2 billion dlrs"), which the
// parser reads as a small clause (the recipient the subject of the
// amount), an oblique amount, or the recipient a compound of the amount:
// the recipient's head becomes the verb's iobj, the amount's noun its
// obj, and the tokens of each phrase hang inside it. The recipient is an
// optional determiner and up to four adjectives, nouns and proper nouns
// (no currency word: "offered pounds 22bn savings") ending in a noun or
// proper noun; the amount one or more numbers or amount words and the
// noun after them. A verb the parser hung inside either phrase is left
// alone (re-hanging the phrase on it would make a cycle). It reports how
// many verbs it changed.
func RepairGivenAmount(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		if toks[v].UPOS != "VERB" || !LowerLookup(giveVerbs, toks[v].Lemma) {
			continue
		}
		lo := v + 1
		r := lo
		if r < len(toks) && toks[r].UPOS == "DET" {
			r++
		}
		first := r
		for r < len(toks) && r-first < 4 && !givenAmountWord(toks[r]) && !currencyWords.Get(toks[r].Text) &&
			(toks[r].UPOS == "PROPN" || toks[r].UPOS == "NOUN" || toks[r].UPOS == "ADJ") {
			r++
		}
		if r == first || r >= len(toks) || toks[r-1].UPOS == "ADJ" || !givenAmountWord(toks[r]) {
			continue
		}
		rh := r - 1 // the recipient's head: its last word
		a := r
		for a < len(toks) && givenAmountWord(toks[a]) {
			a++
		}
		if a >= len(toks) || toks[a].UPOS != "NOUN" {
			continue
		}
		ah := a // the amount's noun
		if toks[rh].Head == v+1 && toks[rh].Rel == "iobj" && toks[ah].Head == v+1 && toks[ah].Rel == "obj" {
			continue
		}
		if holdsVerb(toks, lo, ah, v) {
			continue // the verb hangs inside the phrases: re-hanging them would make a cycle
		}
		for k := lo; k < rh; k++ {
			if toks[k].Head-1 >= lo && toks[k].Head-1 <= rh {
				continue
			}
			toks[k].Head = rh + 1
			switch toks[k].UPOS {
			case "DET":
				toks[k].Rel = "det"
			case "ADJ":
				toks[k].Rel = "amod"
			default:
				toks[k].Rel = "compound"
			}
		}
		for k := r; k < ah; k++ {
			if h := toks[k].Head - 1; h < r || h > ah {
				toks[k].Head, toks[k].Rel = ah+1, "nummod"
			}
		}
		toks[rh].Head, toks[rh].Rel = v+1, "iobj"
		toks[ah].Head, toks[ah].Rel = v+1, "obj"
		n++
	}
	return n
}

// amountLimits are the words that bound a sum from above, in the order
// written ("as much as 300 mln dlrs", "up to 300 mln dlrs").
var amountLimits = [][]string{{"as", "much", "as"}, {"up", "to"}}

// RepairAmountLimit mends a sum of money bounded from above written
// right after a verb with no object ("would slap as much as 300 mln dlrs
// in tariffs on Japanese goods", "will impose up to 300 mln dlrs in
// tariffs"), which the parser reads as an oblique of the verb under the
// last word of the bound ("as", "to"), with "up" a particle: the sum's
// noun becomes the verb's obj, and the bound hangs on the sum's first
// number as UD writes it (the first word advmod, the others fixed), so
// that what is imposed is found in the sum. Only a currency (moneyNoun)
// is taken: other amounts are left as they are ("a protocol to buy up
// to 15,000 tonnes of fibre from Zimbabwe" keeps what is bought an
// oblique, which the coder looks through for the partner). It reports
// how many verbs it changed.
func RepairAmountLimit(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		if toks[v].UPOS != "VERB" || hasDependent(toks, v, "obj") {
			continue
		}
		var bound []string
		for _, b := range amountLimits {
			if v+len(b) < len(toks) && wordsAt(toks, v+1, b) {
				bound = b
				break
			}
		}
		if bound == nil {
			continue
		}
		num := v + 1 + len(bound)
		a := num
		for a < len(toks) && givenAmountWord(toks[a]) {
			a++
		}
		if a == num || a >= len(toks) || toks[a].UPOS != "NOUN" || !moneyNoun(toks[a]) || toks[a].Head != v+1 || baseRelName(toks[a].Rel) != "obl" {
			continue
		}
		toks[a].Rel = "obj"
		toks[v+1].Head, toks[v+1].Rel = num+1, "advmod"
		for k := v + 2; k < num; k++ {
			toks[k].Head, toks[k].Rel = v+2, "fixed"
		}
		n++
	}
	return n
}

// moneyNoun reports whether t is a currency word (currencyWords) or a
// wire abbreviation of one ("dlrs", "stg").
func moneyNoun(t Token) bool {
	switch strings.ToLower(t.Text) {
	case "dlrs", "dlr", "stg":
		return true
	}
	return currencyWords.Get(t.Text)
}

// wordsAt reports whether the tokens from i on are the words ws (lower
// case), in order.
func wordsAt(toks []Token, i int, ws []string) bool {
	for j, w := range ws {
		if i+j >= len(toks) || !strings.EqualFold(toks[i+j].Text, w) {
			return false
		}
	}
	return true
}

// givenAmountWord reports whether t is a word of an amount: a number or
// an amount word, wire copy's "mln" and "bln" among them.
func givenAmountWord(t Token) bool {
	switch strings.ToLower(t.Text) {
	case "mln", "bln":
		return true
	}
	return amountWord(t)
}

// RepairPlaceWith re-hangs a "with" phrase the parser attached to the
// name of a place in an "in" or "at" phrase ("held talks in Washington
// with President Reagan", "Reagan" under "Washington") on what the place
// phrase itself modifies: a place's name takes no "with" phrase of its
// own, the talks and their verb do. The phrase keeps its relation when
// the new head is a noun and becomes an oblique under a verb. It reports
// how many phrases it moved.
func RepairPlaceWith(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for w := range toks {
		p := toks[w].Head - 1
		if p < 0 || toks[w].Rel != "nmod" || !caseOf(toks, w, "with") || toks[p].UPOS != "PROPN" ||
			!caseOf(toks, p, "in") && !caseOf(toks, p, "at") {
			continue
		}
		h := toks[p].Head - 1
		if h < 0 {
			continue
		}
		toks[w].Head = h + 1
		if toks[h].UPOS == "VERB" {
			toks[w].Rel = "obl"
		}
		n++
	}
	return n
}

// holdsVerb reports whether verb v hangs, at any depth, from one of
// tokens lo..hi.
func holdsVerb(toks []Token, lo, hi, v int) bool {
	for k := lo; k <= hi; k++ {
		if inSubtree(toks, v, k) {
			return true
		}
	}
	return false
}

// RepairReportedModifier gives back its clause a verb of saying or
// thinking (reportVerbs), or the verb of the clause it reports, that the
// parser hung as an adjective modifier (amod) of a noun, a relation that
// takes no subject and no finite auxiliary:
//
//   - "Lord Hartfield denied security services were involved" parsed with
//     "denied" (tagged VBN) an amod of "services" and "Lord" its subject:
//     the verb of saying, with a subject of its own before it, heads the
//     sentence (a past tense), and the predicate whose subject its noun
//     is becomes its complement (ccomp);
//   - "Mr Blair denied ministers had misled Parliament" parsed with
//     "misled" an amod of "Parliament" and both nouns objects of
//     "denied": the modifier with a finite auxiliary is the reported
//     clause (ccomp of the verb of saying) and the noun it modified its
//     object; RepairReportedObject, after it, gives the clause the
//     verb's first object as its subject.
//
// It reports how many it changed.
func RepairReportedModifier(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for a := range toks {
		h := toks[a].Head - 1
		if toks[a].Rel != "amod" || toks[a].UPOS != "VERB" || h <= a {
			continue
		}
		if sb := dependentRel(toks, a, "nsubj", "nsubj:pass"); sb >= 0 && sb < a && toks[a].XPOS == "VBN" &&
			reportVerbs[strings.ToLower(toks[a].Lemma)] && nominalTag(toks[sb].UPOS) && leftmost(toks, a) == leftmost(toks, sb) {
			// The noun the verb modifies is the subject of a finite
			// predicate after it.
			p := toks[h].Head - 1
			if !strings.HasPrefix(toks[h].Rel, "nsubj") || p <= h || !finitePredicate(toks, p) {
				continue
			}
			for k := range toks {
				if k != a && toks[k].Head == p+1 && k > p && toks[k].Rel == "punct" && k == len(toks)-1 {
					toks[k].Head = a + 1 // the closing full stop
				}
			}
			toks[a].Head, toks[a].Rel, toks[a].XPOS = toks[p].Head, toks[p].Rel, "VBD"
			toks[p].Head, toks[p].Rel = a+1, "ccomp"
			toks[sb].Rel = "nsubj"
			n++
			continue
		}
		v := toks[h].Head - 1
		if toks[h].Rel != "obj" || v < 0 || v >= a || !reportVerbs[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		aux := dependentRel(toks, a, "aux", "aux:pass")
		if aux < 0 || aux > a {
			continue
		}
		switch toks[aux].XPOS {
		case "MD", "VBD", "VBZ", "VBP":
		default:
			continue
		}
		// The verb's other object, right before the auxiliary, is the
		// clause's subject to be.
		o := -1
		for k := v + 1; k < leftmost(toks, a); k++ {
			if toks[k].Head == v+1 && toks[k].Rel == "obj" && nominalTag(toks[k].UPOS) {
				o = k
			}
		}
		if o < 0 || rightmost(toks, o)+1 != leftmost(toks, a) {
			continue
		}
		toks[a].Head, toks[a].Rel = v+1, "ccomp"
		toks[h].Head, toks[h].Rel = a+1, "obj"
		n++
	}
	return n
}
