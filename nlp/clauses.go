package nlp

// Tree repairs of clauses: auxiliaries and subjects, subordinate and
// complement clauses, coordinations and lists, objects of control verbs,
// fronted subjects and times, and the noun phrases inside them (RepairAux
// to RepairPassiveAgent; Pipeline.Annotate runs them in its own order).

import "strings"

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
			if k := markedPhraseBefore(toks, v, false); k >= 0 {
				toks[k].Head, toks[k].Rel = v+1, "obl"
				toks[v].Rel = "advcl"
				c = k
			}
		}
		if c < 0 && (toks[v].Rel == "advcl" || toks[v].Rel == "xcomp" || toks[v].Rel == "ccomp") && toks[v].XPOS != "VBN" {
			// "Services were disrupted after civil servants in Wales
			// joined the strike" parsed with "after civil servants" an
			// oblique of "disrupted" and "joined" its adverbial clause:
			// the marked noun phrase that ends right before the verb,
			// a sibling of it, is its subject ("as" too, here). The
			// parser also hangs such a clause as a complement ("was
			// needed before Tokyo extended fresh loans to Warsaw",
			// "extended" an xcomp of "needed"), which loses its subject
			// the same way; there "as" is left alone, as a complement
			// after "as" is a role ("regarded as X").
			if k := markedPhraseBefore(toks, v, toks[v].Rel == "advcl"); k >= 0 && toks[k].Head == toks[v].Head && baseRelName(toks[k].Rel) == "obl" {
				toks[k].Head = v + 1
				c = k
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

// markedPhraseBefore returns the noun (or proper noun) nearest before
// verb v whose phrase ends right before v and whose case marker also
// opens clauses (subordinatorCase: "after the head of the union
// attacked"), or -1.
func markedPhraseBefore(toks []Token, v int, withAs bool) int {
	for k := v - 1; k > 0; k-- {
		if (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") && isNmodRel(toks[k].Rel) && rightmost(toks, k) == v-1 && subordinatorCase(toks, k, withAs) {
			return k
		}
	}
	return -1
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
			if toks[a].UPOS == "ADJ" || NationalityWord(toks[a].Text) {
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
		if toks[c].UPOS == "ADJ" || NationalityWord(toks[c].Text) {
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
		if h < 0 || h >= v || toks[h].UPOS != "VERB" {
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
		if a < 0 || b < 0 || toks[b].UPOS != "PRON" || hasDependent(toks, v, "mark") || hasDependent(toks, h, "obj", "iobj") ||
			leftmost(toks, b) != rightmost(toks, a)+1 || leftmost(toks, a) != h+1 ||
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
		if toks[i+1].XPOS != "CC" {
			continue // (both cases need the conjunction)
		}
		if h := i + 3; nameModifier(toks[i]) && toks[i].XPOS == "JJ" && nameModifier(toks[i+2]) &&
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
		if !nameModifier(toks[i]) || !nameModifier(toks[i+2]) || toks[i+2].Head != i+1 {
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

// RepairCompassConjunct gives back its noun phrase to the point of the
// compass that opens a two-word nationality in a coordination ("Baker
// and West German Finance Minister Gerhard Stoltenberg discussed the
// dollar", "Shultz and South Korean Foreign Minister Choi Kwang-soo")
// when the parser made the point the conjunct and left the phrase's
// head a second subject (or object) of the verb: "West", "East",
// "North" or "South", a conj with a cc, whose next word (the
// nationality) hangs on a later word of a phrase whose head P has the
// relation of the first conjunct and the same head. P becomes the
// conjunct (taking the cc), the point a compound of the nationality. It
// reports how many it moved.
func RepairCompassConjunct(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for w := 1; w+2 < len(toks); w++ {
		t := &toks[w]
		switch t.Text {
		case "West", "East", "North", "South":
		default:
			continue
		}
		nat := w + 1
		a := t.Head - 1
		if t.Rel != "conj" || a < 0 || a >= w || toks[nat].Head-1 <= nat || !capitalisedASCII(toks[nat].Text) {
			continue
		}
		cc := -1
		for c := range toks {
			if toks[c].Head == w+1 && toks[c].Rel == "cc" {
				cc = c
			}
		}
		if cc < 0 {
			continue
		}
		p := toks[nat].Head - 1
		for steps := 0; steps < 8 && p >= 0; steps++ {
			r := toks[p].Rel
			h := toks[p].Head - 1
			if (r == "nmod:desc" || r == "compound" || r == "amod" || r == "flat") && h > p {
				p = h
				continue
			}
			break
		}
		if p < 0 || toks[p].Head != toks[a].Head || toks[p].Rel != toks[a].Rel || hasOtherDependent(toks, w, cc) {
			continue
		}
		toks[p].Head, toks[p].Rel = a+1, "conj"
		toks[cc].Head = p + 1
		t.Head, t.Rel = nat+1, "compound"
		n++
	}
	return n
}

// hasOtherDependent reports whether token w (0-based) has a dependent
// other than token except.
func hasOtherDependent(toks []Token, w, except int) bool {
	for c := range toks {
		if c != except && toks[c].Head == w+1 {
			return true
		}
	}
	return false
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
		if t.UPOS == "PROPN" && NationalityWord(t.Text) && i+1 < len(toks) && twinObject(toks, i) {
			// "met Serbian President Aleksandar Vucic" with
			// "Serbian" a second object of "met".
			t.Head, t.Rel = i+2, "amod"
			n++
			continue
		}
		onVerb := t.Rel == "amod" && t.Head > 0 && t.Head != i+1 && toks[t.Head-1].UPOS == "VERB"
		if t.UPOS != "ADJ" || !(t.Rel == "advmod" && t.Head > i+1 || onVerb) || !NationalityWord(t.Text) {
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
	if t.Head < 1 {
		return false
	}
	switch t.Rel {
	case "obj", "nsubj", "obl", "iobj":
	default:
		return false
	}
	k := i + 1
	if toks[k].UPOS != "PROPN" && toks[k].UPOS != "NOUN" || hasAnyDependent(toks, i) {
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
// name hung on it, becomes the name's modifier first. The participle is
// also a modifier as the complement of a verb that takes no gerund
// ("told visiting U.S. Trade Representative Clayton Yeutter that ...",
// "detained visiting journalists": the noun becomes that verb's object)
// and as a conjunct after a noun ("officials and visiting foreigners":
// the noun becomes that noun's conjunct), when it has no subject,
// auxiliary or subordinator of its own. It reports how many it moved.
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
		case prev.UPOS == "VERB" && t.Head == v && !gerundVerbs[strings.ToLower(prev.Lemma)] && !hasDependent(toks, v, ownClauseRels...):
			// "told visiting U.S. Trade Representative Clayton
			// Yeutter it would ...", "arrested visiting foreigners";
			// "postponed visiting Japan" is a verb.
		case prev.UPOS == "CCONJ" && t.Rel == "conj" && v >= 2 && (toks[v-2].UPOS == "NOUN" || toks[v-2].UPOS == "PROPN") && !hasDependent(toks, v, ownClauseRels...):
			// "officials and visiting foreigners": handled below.
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
		if prev.UPOS == "CCONJ" {
			// "officials and visiting foreigners": the noun is the
			// conjunct of the noun before the coordinator.
			c := v - 2
			if toks[c].Rel == "conj" && toks[c].Head-1 < c {
				c = toks[c].Head - 1
			}
			toks[h].Head, toks[h].Rel = c+1, "conj"
			toks[v-1].Head = h + 1
		} else if toks[h].Head-1 == v {
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

// gerundVerbs (lower-case lemmas) take a gerund as their complement, so
// "visiting" right after one is a verb with its object ("postponed
// visiting Japan", "considered visiting Moscow"), not a modifier of a
// visitor.
var gerundVerbs = wordSet(`avoid begin cancel consider contemplate continue defend delay deny discuss
	enjoy finish hate involve justify keep like love mention mind miss oppose postpone prefer propose quit
	recall recommend regret remember resist resume risk start stop suggest support favour favor include
	imagine admit criticise criticize`)

// ownClauseRels are the relations of a participle's own subject,
// auxiliary or subordinator: with one it is a verb ("is visiting
// China", "after visiting Paris"), whatever stands before it.
var ownClauseRels = []string{"nsubj", "nsubj:pass", "csubj", "aux", "aux:pass", "mark"}

// prenominalParticiples (lower case) stand before a name as its modifier
// in news: "visiting", "outgoing", "incoming".
var prenominalParticiples = wordSet(`visiting outgoing incoming`)

// RepairStateParticiple attaches to its noun the participle of a fixed
// name for a class of states ("developing countries", "oil producing
// nations", "consuming countries", "the developing world") when the
// parser made it a verb of its own with the noun its object: "urged
// developing countries to open their markets", "loans to developing
// nations". The participle (one of stateParticiples, directly before a
// noun of stateNouns that hangs on it) becomes the noun's amod, and the
// noun takes the participle's place: with the preposition the parser
// made the participle's marker as its case, an nmod of a nominal head or
// an obl of a predicate; without one, the object of a verb before it, a
// conjunct, or the subject of a verb after it. What else hung on the
// participle after the noun ("to open their markets") goes to the
// participle's head. A participle with an auxiliary or a subject of its
// own is left alone. It reports how many it moved.
func RepairStateParticiple(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 0; v+1 < len(toks); v++ {
		t := &toks[v]
		k := v + 1
		if t.XPOS != "VBG" || !stateParticiples[strings.ToLower(t.Text)] || t.Rel == "amod" || t.Rel == "root" || t.Head == 0 ||
			toks[k].UPOS != "NOUN" || toks[k].Head != v+1 || !stateNouns[strings.ToLower(toks[k].Lemma)] {
			continue
		}
		h := t.Head - 1
		prep, obj, ok := -1, false, true
		for c := range toks {
			if toks[c].Head != v+1 || c == k {
				continue
			}
			if c > v {
				obj = obj || toks[c].Rel == "obj"
				continue
			}
			switch toks[c].Rel {
			case "mark", "case":
				if toks[c].UPOS == "ADP" || toks[c].UPOS == "SCONJ" {
					prep = c
				} else {
					ok = false
				}
			case "cc", "det", "amod", "advmod", "compound", "punct", "nummod", "nmod:poss":
			default:
				ok = false
			}
		}
		if !ok {
			continue
		}
		var rel string
		nominalHead := toks[h].UPOS == "NOUN" || toks[h].UPOS == "PROPN" || toks[h].UPOS == "PRON" || toks[h].UPOS == "NUM" || toks[h].UPOS == "SYM"
		switch {
		case prep >= 0 && nominalHead:
			rel = "nmod"
		case prep >= 0:
			rel = "obl"
		case t.Rel == "conj":
			rel = "conj"
		case h < v && (toks[h].UPOS == "VERB" || toks[h].UPOS == "PART") && obj:
			// "give developing nations the ability": the second
			// object is the thing given.
			rel = "iobj"
		case h < v && (toks[h].UPOS == "VERB" || toks[h].UPOS == "PART"):
			rel = "obj"
		case h > v && (toks[h].UPOS == "VERB" || toks[h].UPOS == "AUX" || toks[h].UPOS == "ADJ"):
			rel = "nsubj"
		default:
			continue
		}
		for c := range toks {
			if toks[c].Head != v+1 || c == k {
				continue
			}
			switch {
			case c == prep:
				toks[c].Head, toks[c].Rel, toks[c].UPOS = k+1, "case", "ADP"
			case c < v:
				toks[c].Head = k + 1
			default:
				toks[c].Head = t.Head
			}
		}
		toks[k].Head, toks[k].Rel = t.Head, rel
		t.Head, t.Rel = k+1, "amod"
		n++
	}
	return n
}

// stateParticiples (lower case) name, before a noun of stateNouns, a
// class of states: "developing countries", "oil producing nations".
var stateParticiples = wordSet(`developing producing consuming importing exporting industrialising industrializing`)

// stateNouns (lower-case lemmas) are the nouns of states and their
// economies that stateParticiples modify.
var stateNouns = wordSet(`country nation economy world state`)

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
			toks[x].Rel == "conj" || !commaDependent(toks, x, v) || hasDependent(toks, x, "case", "mark") || timeWord(toks[x].Text) ||
			lowerIn(timeNouns, toks[x].Text) {
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

// commaDependent reports whether token x (0-based) has a comma dependent
// between it and token v: RepairListStart's first member ends in one.
func commaDependent(toks []Token, x, v int) bool {
	for k := x + 1; k < v; k++ {
		if toks[k].Head == x+1 && toks[k].Text == "," {
			return true
		}
	}
	return false
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

// newsAgencies (lower case) are the wire services sources talk to by
// name, with no article ("told Reuters").
var newsAgencies = wordSet(`reuters afp xinhua interfax tass kyodo`)

// RepairToldAgency gives back to a verb of telling the news agency that
// the parser read as part of the name after it when the reported clause
// follows without "that": "officials told Reuters Taiwan would cut
// tariffs" parsed with "Reuters Taiwan" one name, the indirect object,
// and "cut" a clause without subject; "told Reuters MITI asked them"
// with "Reuters MITI" the subject. A news agency (newsAgencies) right
// after a verb of telling (tellVerbs), hanging as a compound, flat or
// nmod:desc on a later name whose phrase it opens (through the name's
// title: "told Reuters Finance Secretary Jaime Ongpin"), becomes the verb's
// indirect object. The name stays the subject it is; a name the parser
// made the verb's object or indirect object becomes the subject of the
// verb's clausal complement after it, when that has none. Read as one
// name, the agency (a medium) became the party of the reported act. It
// reports how many it changed.
func RepairToldAgency(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for a := 1; a+1 < len(toks); a++ {
		v, h := a-1, toks[a].Head-1
		if toks[a].UPOS != "PROPN" || toks[v].UPOS != "VERB" || !LowerLookup(newsAgencies, toks[a].Text) ||
			!LowerLookup(tellVerbs, toks[v].Lemma) || h <= a || leftmost(toks, h) != a || toks[h].UPOS != "PROPN" && toks[h].UPOS != "NOUN" {
			continue
		}
		switch toks[a].Rel {
		case "compound", "flat", "nmod:desc":
		default:
			continue
		}
		// The name's head: "Reuters Finance Secretary Jaime Ongpin"
		// hangs the title on the name.
		for k := 0; k < 4 && (toks[h].Rel == "compound" || toks[h].Rel == "nmod:desc" || toks[h].Rel == "flat") &&
			toks[h].Head > h+1 && leftmost(toks, toks[h].Head-1) == a; k++ {
			h = toks[h].Head - 1
		}
		if !toldSubject(toks, v, h) {
			continue
		}
		toks[a].Head, toks[a].Rel = v+1, "iobj"
		n++
	}
	return n
}

// toldSubject reports whether name h after verb of telling v is the
// subject of v's clausal complement, making it so when the parser made it
// v's object or indirect object before a complement without a subject
// ("told Reuters Chile would cut tariffs" with "Chile" the object). The
// addressee repairs (RepairToldAgency, RepairToldOutlet) hang the medium
// the parser read into that name on v only then.
func toldSubject(toks []Token, v, h int) bool {
	switch toks[h].Rel {
	case "nsubj", "nsubj:pass":
		c := toks[h].Head - 1
		return c >= 0 && toks[c].Head == v+1 && toks[c].Rel == "ccomp"
	case "obj", "iobj":
		if toks[h].Head != v+1 {
			return false
		}
		c := dependentAfter(toks, v, h, "ccomp")
		if c < 0 || hasDependent(toks, c, "nsubj", "nsubj:pass", "mark", "expl") || rightmost(toks, h) >= c {
			return false
		}
		toks[h].Head, toks[h].Rel = c+1, "nsubj"
		return true
	}
	return false
}

// outletNames (lower case) open the names of the broadcasters and
// newspapers that sources talk to, with an article or without ("told the
// BBC", "told Sky News", "told The Times", "told the Guardian");
// outletOpeners open them only with more of the name after them ("the
// Financial Times", "the Daily Telegraph").
var (
	outletNames   = wordSet(`bbc itv cnn gmtv sky guardian times telegraph observer mirror sun mail express herald scotsman`)
	outletOpeners = wordSet(`financial daily sunday`)
)

// outletTail (lower case) continue an outlet's name with its services,
// stations, programmes and titles ("BBC News website", "BBC Radio 4's
// Today programme", "the Daily Telegraph newspaper").
var outletTail = wordSet(`news radio online website world service live today programme program
	breakfast newsnight scotland wales tv television channel 's times telegraph mail express mirror
	post newspaper paper magazine`)

// RepairToldOutlet gives back to a verb of telling the news outlet that
// the parser read as part of the name after it when the reported clause
// follows without "that", as RepairToldAgency does for the wire
// services: "Mr Kennedy told the BBC Labour had broken its promises"
// parsed with "the BBC Labour" one name, the subject, so that the
// broadcaster (a medium) became the party of the reported act, and
// "told BBC Radio 4's Today programme Mr Blair had ..." with the
// programme's words hung on "Blair". The outlet's name (a word of
// outletNames or outletOpeners with the words of outletTail after it, a
// station's number and its "'s") right after the verb (tellVerbs), with
// or without "the", becomes the verb's indirect object, headed by its
// last word, when a proper name follows it that is the subject of the
// verb's clausal complement, or the verb's object before a complement
// without a subject (it becomes that subject; see toldSubject). It
// reports how many it changed.
func RepairToldOutlet(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 0; v+2 < len(toks); v++ {
		if toks[v].UPOS != "VERB" {
			continue
		}
		a0, a := v+1, v+1
		if toks[a].UPOS == "DET" && strings.EqualFold(toks[a].Text, "the") {
			a++
		}
		// A capital, not a part of speech (the tagger may read
		// "Guardian" or "Financial" as a noun or an adjective), and it
		// before the lookups: it rules out most verbs.
		if !capitalisedASCII(toks[a].Text) {
			continue
		}
		opener := LowerLookup(outletOpeners, toks[a].Text)
		if !opener && !LowerLookup(outletNames, toks[a].Text) || !LowerLookup(tellVerbs, toks[v].Lemma) {
			continue
		}
		e := a
		for e+1 < len(toks) && (LowerLookup(outletTail, toks[e+1].Text) ||
			toks[e+1].UPOS == "NUM" && e+2 < len(toks) && toks[e+2].Text == "'s") {
			e++
		}
		if opener && e == a || toks[e].Text == "'s" || e+1 >= len(toks) || toks[e+1].UPOS != "PROPN" {
			continue
		}
		// The head of the name after the outlet.
		h := e + 1
		for k := 0; k < 4 && (toks[h].Rel == "compound" || toks[h].Rel == "flat" || toks[h].Rel == "nmod:desc") && toks[h].Head-1 > h; k++ {
			h = toks[h].Head - 1
		}
		if leftmost(toks, h) < a0 || outsideInto(toks, a0, e, h) {
			continue
		}
		if !toldSubject(toks, v, h) {
			continue
		}
		for k := a0; k < e; k++ {
			if p := toks[k].Head - 1; p < a0 || p > e {
				toks[k].Head, toks[k].Rel = e+1, "compound"
				if k == a0 && a0 < a {
					toks[k].Rel = "det"
				}
			}
		}
		toks[e].Head, toks[e].Rel = v+1, "iobj"
		n++
	}
	return n
}

// outsideInto reports whether a token after h (the head of the name that
// follows lo..hi) hangs on a token of lo..hi.
func outsideInto(toks []Token, lo, hi, h int) bool {
	for k := h + 1; k < len(toks); k++ {
		if p := toks[k].Head - 1; p >= lo && p <= hi {
			return true
		}
	}
	return false
}

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
	if toks[v].UPOS != "VERB" {
		return false
	}
	finite := false
	switch toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
		finite = true
	}
	for k := range toks {
		if toks[k].Head != v+1 {
			continue
		}
		switch toks[k].Rel {
		case "nsubj", "nsubj:pass", "csubj", "expl", "mark":
			return false
		case "aux", "aux:pass":
			finite = true
		}
	}
	return finite
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
		if toks[g].Head != o+1 || toks[o].UPOS != "NOUN" || toks[m].Head != o+1 || toks[g].XPOS != "VBG" && !ingAdjective(toks, g) ||
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
		o := dependentAfter(toks, v, v, "obj")
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

// crowdParticiples (lower case) are participles that describe crowds
// before their noun ("protesting workers", "fleeing civilians");
// timeParticiples describe times ("in coming weeks").
var (
	crowdParticiples = wordSet(`protesting fleeing demonstrating rioting striking marching
	retreating advancing rampaging stranded`)
	timeParticiples = wordSet(`coming following ensuing remaining`)
)

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
			toks[nn].UPOS != "NOUN" || !NationalityWord(toks[c].Text) || !nameNotAbbreviation(toks[a].Text) ||
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
	if strings.Contains(w, ".") || NationalityWord(w) && !strings.HasSuffix(w, "stan") && !anNames[w] {
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
	return caseMarker(toks, g, w) >= 0
}

// caseMarker returns the case marker w of token g (0-based), or -1.
func caseMarker(toks []Token, g int, w string) int {
	for k := range toks {
		if toks[k].Head == g+1 && toks[k].Rel == "case" && strings.EqualFold(toks[k].Text, w) {
			return k
		}
	}
	return -1
}

// CommaWith reports whether token h (0-based) takes "with" right after a
// comma: the noun of an absolute "with" phrase set off by one (", with
// the Tories accusing Labour of ...", ", with the Tories set to campaign
// for a no vote"), or of a partner named after one (", with Iraq's
// foreign minister"), which the caller tells apart by a predicate.
func CommaWith(toks []Token, h int) bool {
	k := caseMarker(toks, h, "with")
	return k > 0 && toks[k-1].Text == ","
}
