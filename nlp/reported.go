package nlp

import "strings"

// RepairReportedSubject gives a reported clause back the subject the
// parser made the object of the verb of saying: "Michael Howard said the
// government's handling of the crisis had been incompetent" parsed with
// "handling" the object of "said" and "incompetent" a complement clause
// without a subject. When a verb of thinking or saying (reportingVerbs)
// has a nominal object and, right after the object's phrase, a complement
// clause with no subject of its own that opens with a finite auxiliary or
// copula ("had been", "was", "would") or with its finite verb ("said
// Putin and Obama discussed Ukraine"), the object is the clause's subject.
// A partitive quantifier ("said two of its ships were hit", "some of")
// counts as the object also when the parser made it a complement clause.
// It reports how many it moved.
func RepairReportedSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		if toks[v].UPOS != "VERB" || !reportingVerbs[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		o, c := -1, -1
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head != v+1 {
				continue
			}
			switch toks[k].Rel {
			case "obj":
				if o < 0 {
					o = k
				}
			case "ccomp":
				if o < 0 && toks[k].UPOS == "NUM" && partitive(toks, k) {
					o = k // "said two of its ships were hit"
				} else if c < 0 && o >= 0 {
					c = k
				}
			}
		}
		if o < 0 || c < 0 || hasDependent(toks, c, "nsubj", "nsubj:pass", "csubj", "expl") {
			continue
		}
		switch toks[o].UPOS {
		case "NOUN", "PROPN", "PRON":
		case "NUM", "DET", "ADJ":
			if !partitive(toks, o) {
				continue // "some of its ships", not "said this"
			}
		default:
			continue
		}
		if leftmost(toks, o) != v+1 {
			continue // "told reporters the talks had failed": the object is the addressee
		}
		first := rightmost(toks, o) + 1
		finite := first == c && leftmost(toks, c) == c && (toks[c].XPOS == "VBD" || toks[c].XPOS == "VBZ" || toks[c].XPOS == "VBP")
		if !finite && (first >= c || leftmost(toks, c) != first || !tensedAux(toks[first]) || toks[first].Head != c+1) {
			continue
		}
		toks[o].Head, toks[o].Rel = c+1, "nsubj"
		if toks[c].XPOS == "VBN" && hasDependent(toks, c, "aux:pass") {
			toks[o].Rel = "nsubj:pass"
		}
		n++
	}
	return n
}

// partitive reports whether token o heads a partitive phrase: it has a
// nominal "of" dependent to its right ("two of its ships", "some of the
// protesters").
func partitive(toks []Token, o int) bool {
	for k := o + 1; k < len(toks); k++ {
		if toks[k].Head == o+1 && toks[k].Rel == "nmod" && caseOf(toks, k, "of") {
			return true
		}
	}
	return false
}

// reportingVerbs are the lemmas of the verbs of saying and thinking whose
// object may be the subject of what they report.
var reportingVerbs = wordSet(`say claim insist argue believe think add admit warn suggest acknowledge concede complain allege`)

// tensedAux reports whether t is a finite auxiliary or copula: a modal or
// a tensed form of be, have or do.
func tensedAux(t Token) bool {
	if t.UPOS != "AUX" {
		return false
	}
	switch t.XPOS {
	case "MD", "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// RepairShot retags "shot" as the past tense of "shoot" where the tagger
// read a noun: "Israeli troops shot and killed a Palestinian", "Police
// shot dead two men" (tagged "troops shot" as a compound noun, the
// sentence loses its first verb). After a noun or pronoun (or "the
// military"), and before "and" with a past-tense verb or before "dead"
// or "down", it is a finite verb. It reports how many it changed.
func RepairShot(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 1; i+1 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Text, "shot") || toks[i].XPOS == "VBD" {
			continue
		}
		switch toks[i-1].XPOS {
		case "NN", "NNS", "NNP", "NNPS", "PRP":
		case "JJ":
			// "The US military shot down a balloon" ("military" an
			// adjective).
			if !strings.EqualFold(toks[i-1].Text, "military") {
				continue
			}
		default:
			continue
		}
		next := strings.ToLower(toks[i+1].Text)
		if next == "dead" || next == "down" || next == "and" && i+2 < len(toks) && toks[i+2].XPOS == "VBD" {
			toks[i].UPOS, toks[i].XPOS = "VERB", "VBD"
			n++
		}
	}
	return n
}

// RepairHeadlineVerb retags the verb of a headline the tagger read as a
// noun: "Israel bombs Gaza after rocket fire", "Russia, China veto UN
// resolution" (tagged "bombs" a plural noun, "veto" a singular one, so
// the headline has no verb). In a sentence without any verb or
// auxiliary (no VB* or MD tag), the first word of headlineVerbs right
// after a proper noun and before a name, a determiner, an adjective, a
// noun or a number is the verb: VBZ for an -s form (a plural noun, or a
// singular one in lower case: "thanks"), VBP for a base form after
// coordinated names. It reports how many it changed (0 or 1).
func RepairHeadlineVerb(s *Sentence) int {
	toks := s.Tokens
	for _, t := range toks {
		if strings.HasPrefix(t.XPOS, "VB") || t.XPOS == "MD" {
			return 0
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].XPOS != "NNP" && toks[i-1].XPOS != "NNPS" {
			continue
		}
		switch toks[i+1].XPOS {
		case "NNP", "NNPS", "DT", "JJ", "NN", "NNS", "CD", "PRP$", "``":
		default:
			continue
		}
		w := strings.ToLower(toks[i].Text)
		switch {
		case (toks[i].XPOS == "NNS" || toks[i].XPOS == "NN" && toks[i].Text[0] >= 'a') && strings.HasSuffix(w, "s") && headlineVerbs[strings.TrimSuffix(w, "s")]:
			// ("Kenya thanks Britain", with "thanks" a singular
			// noun; not "AIDS".)
			toks[i].UPOS, toks[i].XPOS = "VERB", "VBZ"
			return 1
		case toks[i].XPOS == "NN" && headlineVerbs[w] && i >= 2 && (toks[i-2].Text == "," || strings.EqualFold(toks[i-2].Text, "and")):
			toks[i].UPOS, toks[i].XPOS = "VERB", "VBP"
			return 1
		}
	}
	return 0
}

// headlineVerbs are the base forms of the verbs headlines use in the
// present tense that are also nouns.
var headlineVerbs = wordSet(`attack bomb strike hit raid shell meet visit warn urge back slam reject accuse
	threaten veto arrest kill seize condemn call sign ban sanction expel recall host block
	fire shoot target storm blast blame pledge vow deny release free jail sentence charge
	probe protest rally march clash talk offer aid fund support snub rebuff criticise criticize
	praise hail welcome thank censure impeach oust sack fine bar order blacklist down`)

// RepairPerfectModifier makes a participle with a perfect auxiliary and a
// subject of its own the verb of its clause where the parser read it as a
// modifier of the noun after it: "said: \"Labour has betrayed
// pensioners\"" parsed with "betrayed" an adjective of "pensioners". The
// noun becomes its object and the words before the participle that hung
// on the noun hang on the participle. It reports how many it changed.
func RepairPerfectModifier(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for t := range toks {
		if toks[t].Rel != "amod" || toks[t].XPOS != "VBN" {
			continue
		}
		h := toks[t].Head - 1
		if h <= t || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" || !hasDependent(toks, t, "nsubj") {
			continue
		}
		perfect := false
		for k := range toks {
			if toks[k].Head == t+1 && toks[k].Rel == "aux" && strings.EqualFold(toks[k].Lemma, "have") {
				perfect = true
			}
		}
		if !perfect {
			continue
		}
		toks[t].Head, toks[t].Rel = toks[h].Head, toks[h].Rel
		for k := range toks {
			if k != t && k < t && toks[k].Head == h+1 {
				toks[k].Head = t + 1
			}
		}
		toks[h].Head, toks[h].Rel = t+1, "obj"
		n++
	}
	return n
}

// RepairPrefixedPast retags as past tense (VBD) the past-only forms of
// prefixed irregular verbs that the tagger, not having seen them, reads
// as a base form, a present or a preposition: "Iraqi forces retook
// Tikrit" ("retook" VBP), "Rebels overran the base" ("overran" IN); a
// regular "-ed" form read as a preposition after a noun; and a past-only
// form of an irregular verb read as a participle ("Oil prices rose as
// Iran attacked", "rose" VBN).
// These forms are never anything but a finite past. It reports how many
// it retagged.
func RepairPrefixedPast(s *Sentence) int {
	n := 0
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.XPOS == "VBD" || !prefixedPast.Get(t.Text) && !edPreposition(s.Tokens, i) && !(t.XPOS == "VBN" && lowerIn(pastOnly, t.Text)) {
			continue
		}
		t.XPOS, t.UPOS = "VBD", "VERB"
		n++
	}
	return n
}

// edPreposition reports whether token i is a regular past form ending
// in "-ed" that the tagger read as a preposition after a noun ("The
// Saudi-led coalition bombed Sanaa", "bombed" IN): no English
// preposition ends so, but a few conjunctions do ("provided that").
func edPreposition(toks []Token, i int) bool {
	t := toks[i]
	if t.XPOS != "IN" || len(t.Text) < 5 || i == 0 {
		return false
	}
	w := strings.ToLower(t.Text)
	if !strings.HasSuffix(w, "ed") || edConjunctions[w] {
		return false
	}
	switch toks[i-1].XPOS {
	case "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// edConjunctions (lower case) end in "-ed" and may be read as
// conjunctions or prepositions.
var edConjunctions = wordSet(`provided granted supposed considered compared concerned regarded excepted`)

// pastOnly (lower case) are past forms of irregular verbs that are no
// participles (those are "risen", "fallen", "taken" ...).
var pastOnly = wordSet(`rose fell took gave went broke threw drew chose stole flew grew drove wrote spoke
	began shook tore rode forgave froze sank swore sprang strove shrank came saw knew ran ate became arose`)

// prefixedPast (lower case) are past-only forms of prefixed irregular
// verbs of news.
var prefixedPast = NewLowerMap(wordSet(`retook overtook undertook mistook overran outran reran overthrew
	withdrew foresaw oversaw overrode overcame`))

// RepairAdjectivePassive makes a passive verb of an -ed participle that
// the tagger read as an adjective after a form of "be" when a "by"
// phrase names who did it: "Three Israeli soldiers were wounded by
// Hezbollah fire" parsed with "wounded" an ADJ/JJ and "were" its copula.
// The participle becomes VERB/VBN, the copula its passive auxiliary
// (aux:pass), the subject a passive subject (nsubj:pass) and the "by"
// phrase its agent (obl:agent). It reports how many it changed.
//
// A participle tagged right but given "be" as its copula after a modal
// ("the plans will be opposed by the Conservatives", parsed with "be"
// cop and "plans" nsubj) is mended the same way: read as an active
// subject, the thing opposed would be taken for the one opposing.
func RepairAdjectivePassive(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		t := &toks[v]
		if (t.UPOS != "ADJ" || t.XPOS != "JJ" || !strings.HasSuffix(strings.ToLower(t.Text), "ed")) &&
			(t.UPOS != "VERB" || t.XPOS != "VBN") {
			continue
		}
		cop, by := -1, -1
		for c := range toks {
			if toks[c].Head != v+1 {
				continue
			}
			switch {
			case toks[c].Rel == "cop" && beForms[strings.ToLower(toks[c].Text)]:
				cop = c
			case (toks[c].Rel == "obl" || toks[c].Rel == "obl:agent") && c > v && caseOf(toks, c, "by"):
				if by < 0 {
					by = c
				}
			}
		}
		if cop < 0 || by < 0 {
			continue
		}
		t.UPOS, t.XPOS = "VERB", "VBN"
		toks[cop].Rel = "aux:pass"
		toks[by].Rel = "obl:agent"
		for c := range toks {
			if toks[c].Head == v+1 && toks[c].Rel == "nsubj" {
				toks[c].Rel = "nsubj:pass"
			}
		}
		n++
	}
	return n
}

// beForms (lower case) are the forms of "be" that make a passive.
var beForms = wordSet(`is are was were be been being 's 're`)

// RepairHyphenParticiple mends a noun phrase opened by a hyphenated
// present participle that the parser read as a clause: "fired teargas at
// stone-throwing Palestinian youths" parsed with "stone" the object of
// "at" and "throwing" a verb whose object is "youths". The noun after
// the participle takes the place of the word before the hyphen (and its
// preposition), that word becomes a compound of the participle, and the
// participle an adjectival modifier (amod) of the noun; what else hung
// on the participle after the noun moves to the noun. It reports how
// many it mended.
func RepairHyphenParticiple(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for k := 2; k+1 < len(toks); k++ {
		t := &toks[k]
		x := k - 2
		if t.XPOS != "VBG" || !hyphenJoined(toks, k) ||
			(toks[x].UPOS != "NOUN" && toks[x].UPOS != "PROPN") || toks[x].Head == k+1 || toks[x].Head < 1 {
			continue
		}
		h := nounObjectAfter(toks, k)
		if h < 0 {
			continue
		}
		toks[h].Head, toks[h].Rel = toks[x].Head, toks[x].Rel
		for c := range toks {
			if toks[c].Head == x+1 && toks[c].Rel == "case" {
				toks[c].Head = h + 1
			}
		}
		for c := h + 1; c < len(toks); c++ {
			if toks[c].Head == k+1 {
				toks[c].Head = h + 1
				if baseRelName(toks[c].Rel) == "obl" {
					toks[c].Rel = "nmod"
				}
			}
		}
		toks[x].Head, toks[x].Rel = k+1, "compound"
		toks[k-1].Head, toks[k-1].Rel = k+1, "punct"
		t.Head, t.Rel = h+1, "amod"
		n++
	}
	return n
}

// RepairAccordingTo re-roots a sentence that opens with "According to X,"
// when the parser made X the root and hung the clause after the comma on
// it: "According to the Syrian Observatory for Human Rights, government
// forces killed 25 rebels near Aleppo" parsed with "Observatory" the
// root, "forces" a conjunct inside its phrase and "killed" an adjectival
// clause. The first finite verb after the comma becomes the root, the
// last noun before it (the head of the clause's subject) its subject, and
// X an oblique of the verb; words after the comma that hung on X's
// phrase move to the verb. It reports whether it changed the tree.
func RepairAccordingTo(s *Sentence) bool {
	toks := s.Tokens
	if len(toks) < 6 || !strings.EqualFold(toks[0].Text, "according") || !strings.EqualFold(toks[1].Text, "to") {
		return false
	}
	r, n := root(toks)
	if n != 1 || r < 2 || (toks[r].UPOS != "NOUN" && toks[r].UPOS != "PROPN") {
		return false
	}
	c := -1
	for k := r + 1; k < len(toks); k++ {
		if toks[k].Text == "," {
			c = k
			break
		}
	}
	if c < 0 || c+2 >= len(toks) {
		return false
	}
	v := -1
	for k := c + 1; k < len(toks); k++ {
		switch toks[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			v = k
		}
		if v >= 0 || toks[k].Text == "," {
			break
		}
	}
	if v >= 0 && toks[v].XPOS == "MD" {
		// "... , Iran will retaliate": the verb after the modal.
		m := v
		v = -1
		for k := m + 1; k < len(toks) && k <= m+3; k++ {
			if toks[k].XPOS == "VB" && toks[k].UPOS == "VERB" {
				v = k
				break
			}
		}
		if v >= 0 {
			toks[m].Head, toks[m].Rel = v+1, "aux"
		}
	}
	if v < 0 || v == c+1 {
		return false
	}
	subj := -1
	for k := v - 1; k > c; k-- {
		if toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN" || toks[k].UPOS == "PRON" {
			subj = k
			break
		}
	}
	if subj < 0 {
		return false
	}
	inside := func(k int) bool { return k > c }
	for k := range toks {
		if k == v || k == subj || k == r {
			continue
		}
		h := toks[k].Head - 1
		if h < 0 {
			continue
		}
		switch {
		case inside(k) && !inside(h) && k > subj:
			// "near Aleppo" hung on X's phrase: the verb's.
			toks[k].Head = v + 1
		case inside(k) && k < subj && !inside(h):
			toks[k].Head = subj + 1
		case k == c:
			toks[k].Head, toks[k].Rel = v+1, "punct"
		}
	}
	toks[subj].Head, toks[subj].Rel = v+1, "nsubj"
	toks[v].Head, toks[v].Rel = 0, "root"
	toks[r].Head, toks[r].Rel = v+1, "obl"
	for k := range toks {
		if toks[k].Head == r+1 && toks[k].UPOS == "PUNCT" && k == len(toks)-1 {
			toks[k].Head = v + 1
		}
	}
	return true
}

// RepairSplitObject joins a compound object the parser split into an
// object and a second subject after the verb: "Canada suspended arms
// sales to Saudi Arabia" parsed with "arms" the object of "suspended"
// and "sales" a subject. A noun that is a nominal subject of a verb
// before it and follows that verb's object directly, while the verb has
// a subject before it, is the object's head: the object becomes its
// compound and it the verb's object. It reports how many it joined.
func RepairSplitObject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for k := 2; k < len(toks); k++ {
		o := k - 1
		v := toks[k].Head - 1
		if toks[k].Rel != "nsubj" || v < 0 || v >= o || toks[o].Rel != "obj" || toks[o].Head != v+1 ||
			toks[o].UPOS != "NOUN" || toks[k].UPOS != "NOUN" || hasAnyDependent(toks, o) {
			continue
		}
		subj := false
		for j := 0; j < v; j++ {
			if toks[j].Head == v+1 && strings.HasPrefix(toks[j].Rel, "nsubj") {
				subj = true
			}
		}
		if !subj {
			continue
		}
		toks[o].Head, toks[o].Rel = k+1, "compound"
		toks[k].Rel = "obj"
		n++
	}
	return n
}

// RepairHyphenObject mends an object opened by a hyphenated participle
// that the parser read as a clause: "bombed rebel-held eastern Aleppo"
// parsed with "held" a clausal complement of "bombed" and "Aleppo" its
// object. A VBN joined by a hyphen to the word before it, hung on a verb
// as ccomp, xcomp or advcl, whose object is the noun phrase right after
// it, becomes an adjectival modifier (amod) of that noun, and the noun
// the verb's object. Only participles of holding a place are read so
// (HoldParticiple: "rebel-held", "army-controlled"; "Chinese-made
// missiles" is left to the parser); the participle's dependents after
// the noun go to the verb. It reports how many it mended.
func RepairHyphenObject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for k := 2; k+1 < len(toks); k++ {
		t := &toks[k]
		v := t.Head - 1
		if t.XPOS != "VBN" || !hyphenJoined(toks, k) || v < 0 || v >= k ||
			toks[v].UPOS != "VERB" || !HoldParticiple(t.Text) {
			continue
		}
		switch t.Rel {
		case "ccomp", "xcomp", "advcl":
		default:
			continue
		}
		h := nounObjectAfter(toks, k)
		if h < 0 {
			continue
		}
		toks[h].Head, toks[h].Rel = v+1, "obj"
		t.Head, t.Rel = h+1, "amod"
		// What the clause had after its object ("on Sunday") is the
		// verb's: a modifier before the noun has nothing after it.
		for j := h + 1; j < len(toks); j++ {
			if toks[j].Head == k+1 {
				toks[j].Head = v + 1
			}
		}
		n++
	}
	return n
}

// hyphenJoined reports whether token k (0-based, k >= 2) is joined by a
// hyphen written without spaces to the word before it ("rebel-held").
func hyphenJoined(toks []Token, k int) bool {
	return toks[k-1].Text == "-" && !toks[k-2].SpaceAfter && !toks[k-1].SpaceAfter
}

// nounObjectAfter returns the object of token k (0-based) when it heads
// a noun phrase that starts right after k, or -1.
func nounObjectAfter(toks []Token, k int) int {
	for j := k + 1; j < len(toks); j++ {
		if toks[j].Head == k+1 && toks[j].Rel == "obj" {
			if leftmost(toks, j) != k+1 || (toks[j].UPOS != "NOUN" && toks[j].UPOS != "PROPN") {
				return -1
			}
			return j
		}
	}
	return -1
}

// RepairColonQuote makes the clause quoted after a colon the content of
// the verb of saying before it, which the parser hung as parataxis when
// the verb has an addressee: "Fox told reporters: "The prime minister
// has broken his word"" parsed with "broken" parataxis of "told", as
// "Fox said: ..." is not. A parataxis to the right of a verb of saying
// or telling (colonVerbs) without a complement clause becomes its ccomp
// when a colon parts the words between them: the verb's own before it,
// the clause's (an opening quote, its subject) after it. It reports how
// many it changed.
func RepairColonQuote(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		if toks[v].UPOS != "VERB" || !colonVerbs[strings.ToLower(toks[v].Lemma)] || hasDependent(toks, v, "ccomp") {
			continue
		}
		for p := v + 1; p < len(toks); p++ {
			if toks[p].Head != v+1 || toks[p].Rel != "parataxis" {
				continue
			}
			colon := -1
			for j := v + 1; j < p; j++ {
				if toks[j].Text == ":" {
					colon = j
				}
			}
			if colon < 0 {
				break
			}
			split := true // the colon parts the verb's words from the clause's
			for j := v + 1; j < p && split; j++ {
				split = j == colon || (j < colon) != inSubtree(toks, j, p)
			}
			if !split {
				break
			}
			toks[p].Rel = "ccomp"
			n++
			break
		}
	}
	return n
}

// colonVerbs are the lemmas of the verbs of saying and telling that may
// introduce a quotation after a colon.
var colonVerbs = wordSet(`say tell add insist warn claim declare announce write argue explain state reply respond`)
