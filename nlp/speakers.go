package nlp

// Tree repairs of punctuation, titles and speakers: commas and quotes
// hung on the wrong head, reduced relatives, titles before and after
// names, closing and inverted speakers ("..., the minister said"),
// fronted clauses and predicates, coordinated titled people.

import "strings"

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
	if toks[r].XPOS != "VBN" && toks[r].XPOS != "VBD" {
		return -1
	}
	n, c := -1, -1
	for k := range toks {
		if toks[k].Head != r+1 {
			continue
		}
		switch toks[k].Rel {
		case "mark", "aux", "aux:pass", "cop", "obj", "nsubj:pass", "xcomp":
			return -1
		case "nsubj":
			if n >= 0 {
				return -1
			}
			n = k
		case "ccomp":
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
// phrase as its subject and the comma as its punctuation; the phrase may
// be a long one whose last word is not its head ("..., arranger Bank of
// America (Europe) said", "..., an official at the Ministry of
// International Trade and Industry (MITI) said"), which the parser hangs
// on the words before the comma, making the speaker a party to the act
// reported. It reports how many it changed.
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
		// A longer phrase after the last comma ("..., an official at
		// the Ministry of International Trade and Industry (MITI)
		// said", its last word a name or a bracket) is headed by its
		// highest word there whose phrase ends where the subject must.
		comma := end
		for comma > 0 && toks[comma].Text != "," {
			comma--
		}
		for g := toks[h].Head - 1; g > comma && g < v && rightmost(toks, g) == end; g = toks[h].Head - 1 {
			h = g
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

// RepairConjSpeechAct mends a verb of a speech act coordinated with the
// complement clause a verb of saying reports when that clause states a
// condition, which cannot be the act's doer: "Iran said the attack was a
// crime and urged the United Nations to act", "Howard said the plan was
// unworkable and accused Blair of lying", "Moscow has said its embassy is
// watched and has accused Washington of spying", each parsed with the
// second verb a conjunct of the predicate ("crime", "unworkable",
// "watched"), whose subject would do the urging. When a conjunct without
// a subject of its own, of a verb of judging, urging or accusing
// (speechActVerb), follows a complement clause of a verb of saying or
// telling, and that clause is a copula's predicate, a passive, a clause
// of an armed act (AttackNoun) or a simple present under a past verb of
// saying with a past conjunct (presentUnderPast), whose subject is a thing or "it", not a
// name nor a person, and which states no feeling ("said Iraq was beaten
// and attacked Kuwait", "said the G-7 countries were concerned and
// welcomed ..." may tell what the subject did), the conjunct is the
// saying verb's; an auxiliary it has must be one the saying verb has too
// ("has said ... and has accused"). Objects and obliques of the
// complement after the conjunct are the conjunct's, as in
// RepairConjTense. It reports how many it moved.
func RepairConjSpeechAct(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		if toks[c].Rel != "conj" || toks[c].UPOS != "VERB" || !speechActVerb(toks[c].Lemma) || hasDependent(toks, c, "nsubj", "nsubj:pass") {
			continue
		}
		v := toks[c].Head - 1
		if v < 0 || v >= c || toks[v].Rel != "ccomp" {
			continue
		}
		k := dependentRel(toks, v, "nsubj", "nsubj:pass")
		if !hasDependent(toks, v, "cop", "aux:pass", "nsubj:pass") && (k < 0 || !AttackNoun(toks[k].Text)) && !presentUnderPast(toks, c, v) {
			// (An armed act said to have done something speaks no
			// more than a condition: "said the raid had killed ten
			// civilians and called on the UN to act".)
			continue
		}
		if k >= 0 && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "PRON" && !strings.EqualFold(toks[k].Text, "it")) {
			// "said Iraq was beaten and attacked Kuwait", "said they
			// were disturbed and warned ...": a named or personal
			// subject may well be the doer.
			continue
		}
		if lowerIn(feelingPredicates, toks[v].Text) {
			// "said the G-7 countries were concerned ... and welcomed
			// the measures": who feels is a party, and may be the
			// one who acts.
			continue
		}
		sv := toks[v].Head - 1
		if sv < 0 || sv >= v || toks[sv].UPOS != "VERB" {
			continue
		}
		if l := strings.ToLower(toks[sv].Lemma); !reportVerbs[l] && !tellVerbs[l] {
			continue
		}
		if !sharedAux(toks, c, sv) {
			continue
		}
		toks[c].Head = sv + 1
		for k := c + 1; k < len(toks); k++ {
			if toks[k].Head == v+1 && (toks[k].Rel == "obj" || baseRelName(toks[k].Rel) == "obl") {
				toks[k].Head = c + 1
			}
		}
		n++
	}
	return n
}

// presentUnderPast reports whether complement clause v is in the simple
// present (VBZ, VBP, no auxiliary) while both its conjunct c and the
// verb of saying v hangs on are in the simple past: "Baker said the
// agreement imposes sacrifices on Japan and praised Japan's
// willingness": a report keeps the tense of what it reports, so a past
// conjunct after a present complement goes back to the past verb of
// saying.
func presentUnderPast(toks []Token, c, v int) bool {
	if toks[c].XPOS != "VBD" || toks[v].XPOS != "VBZ" && toks[v].XPOS != "VBP" || hasDependent(toks, v, "aux") {
		return false
	}
	sv := toks[v].Head - 1
	return sv >= 0 && toks[sv].XPOS == "VBD"
}

// feelingPredicates (lower case) state what their subject feels, which
// makes the subject a party that may do what follows.
var feelingPredicates = wordSet(`concerned worried alarmed troubled disturbed uneasy pleased delighted
	happy glad satisfied content disappointed dissatisfied unhappy angry surprised confident
	optimistic pessimistic hopeful determined prepared ready willing unwilling reluctant`)

// speechActVerb reports whether lemma w (any case) is a verb of judging,
// urging or accusing a party: a stance (StanceVerb), an appeal or order
// (controlVerbs, appealOnVerbs) or a charge (ofVerbs: "accused Washington
// of spying").
func speechActVerb(w string) bool {
	if strings.EqualFold(w, "attack") {
		return false // (as often by arms as by words)
	}
	return StanceVerb(w) || lowerIn(controlVerbs, w) || lowerIn(appealOnVerbs, w) || lowerIn(ofVerbs, w)
}

// sharedAux reports whether every auxiliary of verb c is also an
// auxiliary of verb sv, by its word ("has said ... and has accused"): a
// tense or mood of its own ("said the plan was unworkable and would
// fail") makes c another clause.
func sharedAux(toks []Token, c, sv int) bool {
	for k := range toks {
		if toks[k].Head != c+1 || toks[k].Rel != "aux" {
			continue
		}
		found := false
		for j := range toks {
			if toks[j].Head == sv+1 && toks[j].Rel == "aux" && strings.EqualFold(toks[j].Text, toks[k].Text) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
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
		if toks[v].UPOS != "VERB" || toks[v].XPOS != "VBD" && toks[v].XPOS != "VBZ" && toks[v].XPOS != "VBP" ||
			!lowerIn(sayingVerbs, toks[v].Lemma) || hasDependent(toks, v, "nsubj", "nsubj:pass", "ccomp") {
			continue // ("..., arguing the subsidies amount to ...": a participle)
		}
		switch toks[v-1].Text {
		case ",", "\"", "''", "\u201d":
		default:
			continue
		}
		o := dependentAfter(toks, v, v, "obj")
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
	if v < 2 {
		return false
	}
	t := &toks[v]
	if !(t.UPOS == "VERB" && t.XPOS == "VB" || t.UPOS == "INTJ") || !lowerIn(sayingVerbs, t.Text) {
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

// RepairPhraseParticiple makes a past participle with a "by" agent right
// after a prepositional noun phrase a reduced relative of that noun: "in
// a move branded a humiliating retreat by the Tories", "in a decision
// condemned by the unions" parsed with "branded" a past-tense verb, the
// noun its subject or oblique and "by the Tories" its oblique or its
// object's modifier. A noun with a preposition of its own is nobody's
// subject, and read so the clause would make the party that did the
// moving (the main clause's subject) the one that condemns. The verb
// becomes a modifier (acl) of the noun, which takes the verb's place,
// the "by" phrase its agent (obl:agent) and its object the name it
// gives (xcomp). It reports how many it changed.
func RepairPhraseParticiple(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 1; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || t.XPOS != "VBD" && t.XPOS != "VBN" || t.Head == 0 ||
			hasDependent(toks, v, "aux", "aux:pass", "nsubj:pass", "mark", "cop") {
			continue
		}
		p := -1
		for k := 0; k < v; k++ {
			if toks[k].Head == v+1 && (toks[k].Rel == "obl" || toks[k].Rel == "nsubj") && rightmost(toks, k)+1 == v {
				p = k
			}
		}
		if p < 0 || toks[p].UPOS != "NOUN" || !hasDependent(toks, p, "case") {
			continue
		}
		o, by := -1, -1
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head == v+1 && toks[k].Rel == "obj" && o < 0 {
				o = k
			}
		}
		for k := v + 1; k < len(toks); k++ {
			if (toks[k].Head == v+1 || o >= 0 && toks[k].Head == o+1) && by < 0 &&
				(toks[k].Rel == "obl" || toks[k].Rel == "obl:agent" || toks[k].Rel == "nmod") && caseOf(toks, k, "by") {
				by = k
			}
		}
		if by < 0 {
			continue
		}
		toks[p].Head, toks[p].Rel = t.Head, "obl"
		for k := 0; k < p; k++ {
			if toks[k].Head == v+1 {
				toks[k].Head = p + 1
			}
		}
		t.Head, t.Rel, t.XPOS = p+1, "acl", "VBN"
		toks[by].Head, toks[by].Rel = v+1, "obl:agent"
		if o >= 0 {
			toks[o].Rel = "xcomp"
		}
		n++
	}
	return n
}
