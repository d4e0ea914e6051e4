package nlp

import "strings"

// RepairCoordinatorHead hangs a coordinator on the conjunct it opens
// when the parser hung it on a modifier inside that conjunct: "Japan
// and South Korea agreed" parsed with "and" on "South", the compound of
// the conjunct "Korea". UD attaches cc to the head of the conjunct. A
// cc whose head comes right after it and is a modifier (compound, amod,
// det, nummod) of a word further right moves up the chain of such
// modifiers to the first word that is not one. It reports how many it
// moved.
func RepairCoordinatorHead(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		if toks[c].Rel != "cc" || toks[c].UPOS != "CCONJ" {
			continue
		}
		h := toks[c].Head - 1
		if h != c+1 {
			continue
		}
		moved := false
		for innerModifier(toks[h].Rel) && toks[h].Head-1 > h {
			h, moved = toks[h].Head-1, true
		}
		if moved {
			toks[c].Head = h + 1
			n++
		}
	}
	return n
}

// innerModifier reports whether rel attaches a word inside a noun phrase
// before its head.
func innerModifier(rel string) bool {
	switch rel {
	case "compound", "amod", "det", "nummod":
		return true
	}
	return false
}

// RepairBareNominal joins two nouns the parser read as a noun and its
// unmarked nominal modifier: "suspended arms sales to Saudi Arabia"
// parsed with "arms" the object and "sales" an nmod of it. An nmod needs
// a case marker; a common noun hung as plain nmod on the common noun
// right before it (so with no case marker between them), is the
// head of the two: the first noun becomes its compound and gives it its
// head, relation and dependents. It reports how many it joined.
func RepairBareNominal(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for d := 1; d < len(toks); d++ {
		h := d - 1
		if toks[d].Rel != "nmod" || toks[d].Head != h+1 || toks[d].UPOS != "NOUN" || toks[h].UPOS != "NOUN" ||
			toks[h].Head == 0 || hasDependent(toks, d, "case") {
			continue
		}
		compoundOf(toks, h, d)
		n++
	}
	return n
}

// RepairNameAppos joins the words of a name that the parser read as a
// noun and its apposition: "the Brazilian Bar Association", "Pakistan's
// Federal Investigation Agency" parsed with "Association", "Agency" an
// appos of the capitalised noun right before it, "the Sri Lankan Rubber
// Research Institute" with "Institute" an appos of "Rubber". An
// apposition is set off by punctuation; a capitalised noun or name hung
// as an appos on a capitalised noun or name before it, with nothing
// between them but its own capitalised modifiers and no other
// dependents, is the last word of one name, and its head: the first word
// becomes its compound and gives it its head, relation and dependents.
// The first word must itself have a capitalised modifier before it (a
// name of three words or more): "the Prophet Mohammed", "Aunt Toni" are
// a title and a person's name in apposition, as UD has them. It reports
// how many it joined.
func RepairNameAppos(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for d := 1; d < len(toks); d++ {
		if toks[d].Rel != "appos" || toks[d].Head < 1 || toks[d].Head > d {
			continue
		}
		h := toks[d].Head - 1
		if !nominalTag(toks[d].UPOS) || !nominalTag(toks[h].UPOS) || !capitalisedWord(toks[d].Text) ||
			!capitalisedWord(toks[h].Text) || !nameModifiersOnly(toks, h, d) || !namedModifier(toks, h) {
			continue
		}
		compoundOf(toks, h, d)
		n++
	}
	return n
}

// nameModifiersOnly reports whether the words between h and d (0-based,
// h < d) are capitalised modifiers of d (compound, amod, flat), and d has
// no other dependents: "Research" in "the Sri Lankan Rubber Research
// Institute" parsed with "Institute" an appos of "Rubber".
func nameModifiersOnly(toks []Token, h, d int) bool {
	for k := h + 1; k < d; k++ {
		if toks[k].Head != d+1 || !capitalisedWord(toks[k].Text) {
			return false
		}
		switch toks[k].Rel {
		case "compound", "amod", "flat":
		default:
			return false
		}
	}
	for k := range toks {
		if toks[k].Head == d+1 && (k <= h || k > d) {
			return false
		}
	}
	return true
}

// namedModifier reports whether token h (0-based) has a capitalised
// modifier before it other than a determiner ("Brazilian" in "the
// Brazilian Bar", "Pakistan" in "Pakistan's Federal Investigation").
func namedModifier(toks []Token, h int) bool {
	for k := 0; k < h; k++ {
		if toks[k].Head == h+1 && toks[k].UPOS != "DET" && capitalisedWord(toks[k].Text) {
			return true
		}
	}
	return false
}

// ReportAsParataxis hangs a closing reporting clause on the clause it
// reports: "Gunmen kidnapped 20 students from a school, police said",
// which UD roots at "said" with the report its ccomp (as EWT does, and
// the non-monotonic parser learned), becomes the report rooted with
// "said" its parataxis, the form the coder's rules for closing reporting
// clauses read (and the parser of 2026-11-26 mostly gave). A root verb of
// saying whose phrase is all that follows a comma ("..., the agency
// said on Thursday"), with its subject after that comma and a ccomp
// before it, gives the root to
// the ccomp and becomes its parataxis; the comma is its punctuation.
// Like RestructureQuantities it is no repair: Annotate does not apply it,
// event coding does. It reports how many clauses it changed (0 or 1).
func ReportAsParataxis(s *Sentence) int {
	if reportAsParataxis(s) == 0 {
		return hangReportLow(s)
	}
	hangReportLow(s)
	return 1
}

// hangReportLow hangs a closing reporting parataxis of the root on the
// clause that ends right before its comma, when that clause is an
// adverbial clause of the root: "Turnout will fall because Labour is not
// honest, Kennedy has said", with "said" on "honest". It reports how
// many it moved.
func hangReportLow(s *Sentence) int {
	toks := s.Tokens
	for r := range toks {
		t := toks[r].Head - 1
		if toks[r].Rel != "parataxis" || t < 0 || toks[t].Head != 0 || r < t || toks[r].UPOS != "VERB" ||
			!sayingVerbs[strings.ToLower(toks[r].Lemma)] || !hasDependent(toks, r, "nsubj") {
			continue
		}
		lo := r
		for k := t + 1; k < r; k++ {
			if Dominates(toks, r, k) {
				lo = k
				break
			}
		}
		if toks[lo].Text != "," || lo < 1 {
			continue
		}
		// The clause that ends right before the comma.
		c := lo - 1
		for c >= 0 && toks[c].Head-1 != t && toks[c].Head != 0 {
			c = toks[c].Head - 1
		}
		if c < 0 || c == t || toks[c].Rel != "advcl" || rightmost(toks, c) != lo-1 {
			continue
		}
		toks[r].Head = c + 1
		return 1
	}
	return 0
}

func reportAsParataxis(s *Sentence) int {
	toks := s.Tokens
	v, _ := root(toks)
	if v < 2 || toks[v].UPOS != "VERB" || !sayingVerbs[strings.ToLower(toks[v].Lemma)] {
		return 0
	}
	subj, c := -1, -1
	for k := 0; k < v; k++ {
		if toks[k].Head != v+1 {
			continue
		}
		switch {
		case strings.HasPrefix(toks[k].Rel, "nsubj"):
			subj = k
		case toks[k].Rel == "ccomp":
			c = k
		}
	}
	if subj < 0 || c < 0 || c > subj {
		return 0
	}
	lo := leftmost(toks, subj)
	if toks[lo].Text != "," && lo >= 1 && toks[lo-1].Text == "," {
		lo--
	}
	if toks[lo].Text != "," || lo < c {
		return 0
	}
	for k := lo + 1; k < len(toks); k++ {
		if k != v && !Dominates(toks, v, k) {
			return 0 // the report reaches past the comma
		}
	}
	toks[c].Head, toks[c].Rel = 0, "root"
	toks[v].Head, toks[v].Rel = c+1, "parataxis"
	toks[lo].Head, toks[lo].Rel = v+1, "punct"
	return 1
}

// RepairCommaCompound gives back an object that the parser hung, as a
// compound, on a noun after a comma: "Gunmen kidnapped 20 students from
// a school in northern Nigeria, police said" parsed with "students" a
// compound of "police". A compound never reaches across a comma; when
// the phrase of such a compound follows a verb that has no object, it is
// that verb's object. It reports how many it mended.
func RepairCommaCompound(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for d := range toks {
		h := toks[d].Head - 1
		if toks[d].Rel != "compound" || h <= d+1 || toks[d].UPOS != "NOUN" && toks[d].UPOS != "PROPN" {
			continue
		}
		comma := false
		for k := d + 1; k < h; k++ {
			if toks[k].Text == "," && toks[k].Head-1 != d {
				comma = true
			}
		}
		lo := leftmost(toks, d)
		if !comma || lo < 1 || toks[lo-1].UPOS != "VERB" || hasDependent(toks, lo-1, "obj") {
			continue
		}
		// The compound's phrase must end before the comma.
		if rightmost(toks, d) >= h-1 || toks[rightmost(toks, d)+1].Text != "," {
			continue
		}
		toks[d].Head, toks[d].Rel = lo, "obj"
		n++
	}
	return n
}

// RepairFlatConjunct mends a coordination of two names that the parser
// read as one name: "Japan and West Germany agreed" parsed with
// "Germany" a flat of "Japan" and "and" a cc of "Germany". A flat name
// never holds a coordinator of its own between its head and itself, so
// the flat word becomes the head's conjunct. It reports how many it
// mended.
func RepairFlatConjunct(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for d := range toks {
		h := toks[d].Head - 1
		if toks[d].Rel != "flat" || h < 0 || h >= d {
			continue
		}
		for k := h + 1; k < d; k++ {
			if toks[k].Head-1 == d && toks[k].Rel == "cc" {
				toks[d].Rel = "conj"
				n++
				break
			}
		}
	}
	return n
}

// RepairCoordinatedCompound mends a coordination of two noun phrases that
// the parser read as one noun with a compound modifier: "Congolese troops
// and M23 rebels clashed near Goma" parsed with "troops" a compound of
// "rebels" and "and" a cc of "rebels". A compound never reaches across a
// coordinator of its own head: the compound noun heads the first conjunct
// (taking the head's place and relation, and the head's modifiers before
// it), and the head becomes its conjunct. Only plural or proper nouns are
// joined so ("the peace and security council" keeps its compound), or a
// singular noun with a determiner of its own, or whose head has one after
// the coordinator ("The Somali army and Islamist militants clashed", "The
// Sudanese government and the rebels signed": a determiner opens a
// phrase of its own). It reports how many it mended.
func RepairCoordinatedCompound(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for d := range toks {
		h := toks[d].Head - 1
		if toks[d].Rel != "compound" || h <= d+1 || toks[d].XPOS != "NNS" && toks[d].XPOS != "NNPS" && toks[d].XPOS != "NN" {
			continue
		}
		cc := -1
		for k := d + 1; k < h; k++ {
			if toks[k].Head-1 == h && toks[k].Rel == "cc" {
				cc = k
				break
			}
			if toks[k].Head-1 != h && !Dominates(toks, d, k) && !Dominates(toks, h, k) {
				cc = -2 // something else's word between them
				break
			}
		}
		if cc < 0 || rightmost(toks, d) >= cc {
			continue
		}
		if toks[d].XPOS == "NN" && !hasDependent(toks, d, "det") && !(cc+1 < h && toks[cc+1].Head-1 == h && toks[cc+1].Rel == "det") {
			continue
		}
		for k := 0; k < d; k++ {
			if toks[k].Head-1 == h {
				toks[k].Head = d + 1
			}
		}
		toks[d].Head, toks[d].Rel = toks[h].Head, toks[h].Rel
		toks[h].Head, toks[h].Rel = d+1, "conj"
		n++
	}
	return n
}

// dominates reports whether token h (0-based) is an ancestor of token k.
func Dominates(toks []Token, h, k int) bool {
	for steps := 0; steps <= len(toks); steps++ {
		k = toks[k].Head - 1
		if k < 0 {
			return false
		}
		if k == h {
			return true
		}
	}
	return false
}

// RepairClosingConj mends a closing reporting clause that the parser
// made a conjunct of the clause it reports and gave part of that clause:
// "Trust is collapsing because Labour and the Tories are not honest
// with voters, Lib Dem leader Charles Kennedy has said" parsed with
// "said" a conjunct of "collapsing" and "honest" an adverbial clause of
// "said". A verb of saying hung as conj on an earlier verb, with no
// coordinator, its subject's phrase opened by a comma and nothing after
// it but punctuation, is that verb's parataxis (as RepairClosingSpeech
// has it), and its dependents before the comma go back to that verb. It
// reports how many it mended.
func RepairClosingConj(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for r := 2; r < len(toks); r++ {
		t := toks[r].Head - 1
		if toks[r].Rel != "conj" || t < 0 || t >= r || toks[r].UPOS != "VERB" || toks[t].UPOS != "VERB" ||
			!onlyPunctAfter(toks, r) || !sayingVerbs[strings.ToLower(toks[r].Lemma)] || hasDependent(toks, r, "cc") {
			continue
		}
		subj := -1
		for k := t + 1; k < r; k++ {
			if toks[k].Head == r+1 && strings.HasPrefix(toks[k].Rel, "nsubj") {
				subj = k
			}
		}
		if subj < 0 {
			continue
		}
		lo := leftmost(toks, subj)
		if toks[lo].Text != "," && lo >= 1 && toks[lo-1].Text == "," {
			lo--
		}
		if toks[lo].Text != "," || lo <= t {
			continue
		}
		for k := t + 1; k < lo; k++ {
			if toks[k].Head == r+1 {
				toks[k].Head = t + 1
			}
		}
		toks[r].Rel = "parataxis"
		toks[lo].Head, toks[lo].Rel = r+1, "punct"
		n++
	}
	return n
}

// RepairClosingRelative mends a closing reporting clause that the parser
// read as a relative clause of the noun before its comma: "Mordor
// welcomed a resumption of ties after a 12-year rift, the official news
// agency WFNA said on Thursday" parsed with "said" an acl:relcl of
// "rift". A verb of saying hung as acl:relcl on an earlier word, with a
// subject of its own whose phrase opens with a comma and is no relative
// pronoun, and with nothing after it but its own phrase, reports the
// sentence's root clause: it becomes the root's parataxis (as
// RepairClosingSpeech has it), and the comma its punctuation. It reports
// how many it mended.
func RepairClosingRelative(s *Sentence) int {
	toks := s.Tokens
	r, _ := root(toks)
	n := 0
	for v := 2; v < len(toks); v++ {
		if toks[v].Rel != "acl:relcl" || toks[v].Head-1 >= v || r < 0 || r >= v || toks[v].UPOS != "VERB" ||
			!sayingVerbs[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		subj := -1
		for k := 0; k < v; k++ {
			if toks[k].Head == v+1 && strings.HasPrefix(toks[k].Rel, "nsubj") {
				subj = k
			}
		}
		named := false // the verb's head is its subject (see below)
		if h := toks[v].Head - 1; subj < 0 && h >= 0 && h != r && (toks[h].UPOS == "PROPN" || toks[h].UPOS == "NOUN") && !hasDependent(toks, v, "obj", "ccomp", "xcomp") {
			// `"We condemn Israel," Syrian Foreign Minister Walid
			// al-Moualem said` parsed with "said" a relative clause
			// of the name, without a subject: the name is the one
			// who said.
			subj, named = h, true
		}
		if subj < 0 || toks[subj].UPOS == "PRON" {
			continue
		}
		lo := leftmost(toks, subj)
		if toks[lo].Text != "," && lo >= 1 && toks[lo-1].Text == "," {
			lo--
		}
		if toks[lo].Text != "," {
			continue
		}
		tail := true
		for k := lo + 1; k < len(toks); k++ {
			if k != v && !Dominates(toks, v, k) && !(named && (k == subj || Dominates(toks, subj, k))) && toks[k].UPOS != "PUNCT" {
				tail = false
			}
		}
		if !tail {
			continue
		}
		if named {
			toks[subj].Head, toks[subj].Rel = v+1, "nsubj"
		}
		toks[v].Head, toks[v].Rel = r+1, "parataxis"
		toks[lo].Head, toks[lo].Rel = v+1, "punct"
		n++
	}
	return n
}

// RepairListAppos makes the middle items of a list conjuncts when the
// parser read them as appositions of the first: "Evil Mordor, the awful
// Fornost, and good Gondor welcomed" parsed with "Fornost" an appos of
// "Mordor" and "Gondor" its conjunct. An appos of a word that also has a
// later conjunct with a coordinator, set off by a comma and lying
// between the two, is a conjunct too. It reports how many it changed.
func RepairListAppos(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		a := toks[c].Head - 1
		if toks[c].Rel != "conj" || a < 0 || a >= c || !hasDependent(toks, c, "cc") {
			continue
		}
		for b := a + 1; b < c; b++ {
			if toks[b].Rel != "appos" || toks[b].Head != a+1 {
				continue
			}
			if lo := leftmost(toks, b); lo < 1 || toks[lo-1].Text != "," && toks[lo].Text != "," {
				continue
			}
			toks[b].Rel = "conj"
			n++
		}
	}
	return n
}

// RepairListMember makes a middle item of a list of names a conjunct
// when the parser hung it inside a neighbouring item: "Canada, Britain,
// France, Japan, the United States and West Germany agreed" parsed with
// "Japan" a flat of "France" and "the United States" a subject of
// "Germany". Between the first item and the last (a conjunct of it with a
// coordinator of its own), a proper noun set off by a comma and hung as
// flat on an item, or a noun hung as a subject on the last item (a noun
// without a copula), is one more conjunct of the first item; the comma
// before it becomes its punctuation. It reports how many it changed.
func RepairListMember(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		a := toks[c].Head - 1
		if toks[c].Rel != "conj" || a < 0 || a >= c || !hasDependent(toks, c, "cc") || !nominalTag(toks[c].UPOS) {
			continue
		}
		for b := a + 1; b < c; b++ {
			if !strayListMember(toks, a, b, c) {
				continue
			}
			comma := leftmost(toks, b)
			if toks[comma].Text != "," {
				comma--
			}
			if comma < 0 || toks[comma].Text != "," {
				continue
			}
			toks[b].Head, toks[b].Rel = a+1, "conj"
			toks[comma].Head = b + 1
			n++
		}
	}
	return n
}

// strayListMember reports whether token b (0-based), lying between the
// first item a of a list and its last item c, is an item that the parser
// hung inside another: a proper noun hung as flat on a (or on a conjunct
// of a), or a noun hung as the subject of c when c has no copula.
func strayListMember(toks []Token, a, b, c int) bool {
	h := toks[b].Head - 1
	switch toks[b].Rel {
	case "flat":
		return toks[b].UPOS == "PROPN" && h >= a && h < b && (h == a || toks[h].Rel == "conj" && toks[h].Head == a+1)
	case "nsubj":
		return h == c && nominalTag(toks[b].UPOS) && !hasDependent(toks, c, "cop")
	}
	return false
}

// RepairListCompound gives a list back its first member when the parser
// hung that member as a compound on the second across the comma between
// them: "the United States, Japan, West Germany and Canada agreed"
// parsed with "States" a compound of "Japan", the list's head. A
// compound never reaches across a comma; when the compound's phrase ends
// with a comma right before the phrase of its head, and the head has a
// later conjunct with a coordinator, the compound heads the list (taking
// the head's place and relation, and its conjuncts), and the old head
// becomes its conjunct. It reports how many it mended.
func RepairListCompound(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for d := range toks {
		h := toks[d].Head - 1
		if toks[d].Rel != "compound" || h <= d+1 || !nominalTag(toks[d].UPOS) || !nominalTag(toks[h].UPOS) {
			continue
		}
		comma := rightmost(toks, d)
		if toks[comma].Text != "," {
			comma++
		}
		if comma >= h || toks[comma].Text != "," || !modifiersOf(toks, comma+1, h) || !hasListTail(toks, h) {
			continue
		}
		toks[d].Head, toks[d].Rel = toks[h].Head, toks[h].Rel
		for k := h + 1; k < len(toks); k++ {
			if toks[k].Head == h+1 && toks[k].Rel == "conj" {
				toks[k].Head = d + 1
			}
		}
		toks[h].Head, toks[h].Rel = d+1, "conj"
		toks[comma].Head = h + 1
		n++
	}
	return n
}

// modifiersOf reports whether the tokens from lo up to h (0-based,
// exclusive) are all modifiers of h inside its noun phrase.
func modifiersOf(toks []Token, lo, h int) bool {
	for k := lo; k < h; k++ {
		if toks[k].Head != h+1 || !innerModifier(toks[k].Rel) {
			return false
		}
	}
	return true
}

// hasListTail reports whether token h (0-based) has a conjunct after it
// that carries a coordinator, directly or through a chain of conjuncts
// ("Britain and Canada" hung on "Britain"): the last member of a list
// that h heads.
func hasListTail(toks []Token, h int) bool {
	for k := h + 1; k < len(toks); k++ {
		if toks[k].Head == h+1 && toks[k].Rel == "conj" && (hasDependent(toks, k, "cc") || hasListTail(toks, k)) {
			return true
		}
	}
	return false
}

// RepairListVocative joins to an object the rest of its list when the
// parser cut the list at its first comma: "accused the United States,
// Britain and Israel of arming the rebels" parsed with "States" the
// object and "Britain" (with its conjunct "Israel") a vocative of the
// verb. A name in the middle of a sentence is no address; a noun hung as
// vocative or dep on a verb, right after a comma that closes the verb's
// object, and with a later conjunct that carries a coordinator, is the
// object's conjunct. A clause hung on it after the list ("of arming")
// goes back to the verb as its adverbial clause. It reports how many it
// joined.
func RepairListVocative(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for b := range toks {
		v := toks[b].Head - 1
		if toks[b].Rel != "vocative" && toks[b].Rel != "dep" || v < 0 || v >= b || toks[v].UPOS != "VERB" || !nominalTag(toks[b].UPOS) {
			continue
		}
		o := dependentRel(toks, v, "obj")
		if o < 0 || o > b || !hasListTail(toks, b) {
			continue
		}
		comma := rightmost(toks, o)
		if toks[comma].Text != "," {
			comma++
		}
		if comma >= b || toks[comma].Text != "," || !modifiersOf(toks, comma+1, b) {
			continue
		}
		for k := b + 1; k < len(toks); k++ {
			if toks[k].Head == b+1 && toks[k].Rel == "acl" {
				toks[k].Head, toks[k].Rel = v+1, "advcl"
			}
		}
		toks[b].Head, toks[b].Rel = o+1, "conj"
		toks[comma].Head = b + 1
		n++
	}
	return n
}

// RepairListRun gives a subject list back the names before its last
// comma when the parser hung them elsewhere: "In Paris, Britain, Canada,
// France, Japan, the U.S. and West Germany agreed" parsed with
// "Britain", "Canada" and "France" hung on "Paris" and "the U.S. and
// West Germany" the subject. A subject with a later conjunct that carries
// a coordinator, right after a comma, opens no list; the run of names
// before it, each set off by commas (a name: proper nouns with "the",
// and one word heading the rest), are its first members. The run starts
// after a comma or at the sentence's start ("the" before the subject, if
// hung elsewhere, becomes its determiner). Its first name becomes the
// subject, the others and the old subject its conjuncts. It reports how
// many subjects it mended.
func RepairListRun(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for sb := range toks {
		if toks[sb].Rel != "nsubj" || !nominalTag(toks[sb].UPOS) || !hasListTail(toks, sb) {
			continue
		}
		lo := leftmost(toks, sb)
		if lo > 0 && strings.EqualFold(toks[lo-1].Text, "the") {
			lo-- // "the" of "the U.S." hung elsewhere
		}
		items := nameRun(toks, lo)
		if len(items) == 0 {
			continue
		}
		if lo < sb {
			toks[lo].Head, toks[lo].Rel = sb+1, "det"
		}
		first := items[len(items)-1]
		headList(toks, first, sb)
		for _, it := range append(items[:len(items)-1], sb) {
			toks[it].Head, toks[it].Rel = first+1, "conj"
			if c := leftmost(toks, it) - 1; c >= 0 && toks[c].Text == "," {
				toks[c].Head = it + 1
			}
		}
		n++
	}
	return n
}

// nameRun returns the heads (0-based, last first) of the names set off by
// commas that end right before token lo, back to a comma or the
// sentence's start; nil when the word before lo is no comma or a segment
// is no name.
func nameRun(toks []Token, lo int) []int {
	var items []int
	end := lo - 1 // the comma closing the segment
	for end > 0 && toks[end].Text == "," {
		start := end - 1
		for start > 0 && toks[start-1].Text != "," {
			start--
		}
		h := nameSegment(toks, start, end)
		if h < 0 {
			break
		}
		items = append(items, h)
		end = start - 1
	}
	if end >= 0 && toks[end].Text != "," {
		return nil
	}
	return items
}

// nameSegment returns the head (0-based) of tokens start..end-1 when they
// are one name of proper nouns (with "the") of at most four words, with
// exactly one word hung outside them; else -1.
func nameSegment(toks []Token, start, end int) int {
	if end-start < 1 || end-start > 4 {
		return -1
	}
	h := -1
	for k := start; k < end; k++ {
		if toks[k].UPOS != "PROPN" && !strings.EqualFold(toks[k].Text, "the") {
			return -1
		}
		if hd := toks[k].Head - 1; hd < start || hd >= end {
			if h >= 0 {
				return -1
			}
			h = k
		}
	}
	if h < 0 || toks[h].UPOS != "PROPN" {
		return -1
	}
	return h
}

// RepairCoordinatedSubject joins a coordinated subject that the parser
// split into two subjects of the verb, hanging the coordinator and the
// second conjunct's first words on the verb: "Arnor, Calenardhon and the
// evil awful Gondor welcomed" parsed with "and", "the" and "evil" hung
// on "welcomed" and "Gondor" its second subject. When a verb has two
// nominal subjects before it and a coordinator hung on it between them,
// the second subject is a conjunct of the first, the coordinator its cc,
// and the words between them hung on the verb its modifiers (det, amod
// or compound by their tags). It reports how many it joined.
func RepairCoordinatedSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		if toks[v].UPOS != "VERB" {
			continue
		}
		a, b := -1, -1
		for k := 0; k < v; k++ {
			if toks[k].Head != v+1 || toks[k].Rel != "nsubj" {
				continue
			}
			if a < 0 {
				a = k
			} else {
				b = k
			}
		}
		if b < 0 || toks[a].UPOS != "NOUN" && toks[a].UPOS != "PROPN" || toks[b].UPOS != "NOUN" && toks[b].UPOS != "PROPN" {
			continue
		}
		c := -1
		for k := rightmost(toks, a) + 1; k < b; k++ {
			if toks[k].UPOS == "CCONJ" && toks[k].Head == v+1 {
				c = k
			}
		}
		if c < 0 {
			continue
		}
		ok := true
		for k := c + 1; k < b; k++ {
			if toks[k].Head != v+1 {
				continue
			}
			switch toks[k].UPOS {
			case "DET", "ADJ", "NOUN", "PROPN":
			default:
				ok = false
			}
		}
		if !ok {
			continue
		}
		for k := c + 1; k < b; k++ {
			if toks[k].Head != v+1 {
				continue
			}
			toks[k].Head = b + 1
			switch toks[k].UPOS {
			case "DET":
				toks[k].Rel = "det"
			case "ADJ":
				toks[k].Rel = "amod"
			default:
				toks[k].Rel = "compound"
			}
		}
		toks[b].Head, toks[b].Rel = a+1, "conj"
		toks[c].Head, toks[c].Rel = b+1, "cc"
		n++
	}
	return n
}

// RepairToldThat gives back to a verb of telling the complement clause
// that the parser hung on the one told: "Howard told MPs that the plans
// were unworkable" or "told a news conference that the company would
// sell the unit" parsed with the clause an acl, a relative clause or an
// nmod of "MPs" or "conference". A clause after the object (obj or iobj)
// of a verb of telling (tellingVerbs), opened by "that" and with a
// subject of its own, is the verb's ccomp. The "that" opening such a
// clause, or a complement of the verb, is its subordinator (mark) when
// the tagger made it a relative pronoun that the clause has no room for:
// a subject beside the clause's own ("told reporters that Iran's
// decision was a mistake"), or an object or oblique of a copular clause
// or of a verb with an object ("told the conference that Syria's policy
// was dangerous"); "told the man that he met" keeps its relative clause.
// It reports how many it changed.
func RepairToldThat(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		v, move := toldClause(toks, c)
		if v < 0 {
			continue
		}
		m := leftmost(toks, c)
		subj, obj := -1, false
		for k := range toks {
			if k == m || toks[k].Head != c+1 {
				continue
			}
			switch toks[k].Rel {
			case "nsubj", "nsubj:pass":
				subj = k
			case "obj", "cop":
				obj = true
			}
		}
		if m <= v || toks[m].Head != c+1 || !strings.EqualFold(toks[m].Text, "that") || subj < m {
			continue
		}
		fix := false
		switch toks[m].Rel {
		case "mark":
		case "nsubj":
			fix = true
		case "obj", "obl":
			if fix = obj; !fix {
				continue
			}
		default:
			continue
		}
		if !move && !fix {
			continue
		}
		if fix {
			toks[m].UPOS, toks[m].XPOS, toks[m].Rel, toks[m].Lemma = "SCONJ", "IN", "mark", "that"
		}
		toks[c].Head, toks[c].Rel = v+1, "ccomp"
		n++
	}
	return n
}

// RepairToldThatDeterminer mends a "that" clause told to a coordinated
// or long object that the parser read with "that" as a determiner of the
// clause's subject and the clause as a conjunct of the verb: "warned
// Japan and the United States that friction could hurt trade" parsed
// with "that friction" a noun phrase and "hurt" a conj of "warned". When
// "that" directly follows the object (obj or iobj) of a verb of telling
// (tellingVerbs), its noun is the subject of a finite verb (with an
// auxiliary or a copula, or itself in a finite tense) hanging on the
// verb of telling as a conj without a coordinator or as parataxis, "that"
// becomes the clause's subordinator (mark) and the clause the verb's
// ccomp. So too when the noun is a second object of the verb of telling
// and the clause's subject is the noun of a prepositional phrase right
// after it ("that friction over trade could lead to protectionism"): the
// noun becomes the subject, the phrase its nmod. So too when the noun
// hangs on the one told as an unmarked modifier and the clause's
// predicate, without a subject, on the verb of telling (toldNounClause:
// "told a news conference that interference by U.S. officials was
// inappropriate"): the noun becomes the subject. It reports how many it
// changed.
func RepairToldThatDeterminer(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for d := 1; d+1 < len(toks); d++ {
		if !strings.EqualFold(toks[d].Text, "that") || toks[d].Rel != "det" || toks[d].Head != d+2 {
			continue
		}
		subj, inner := d+1, -1
		v := toks[subj].Head - 1
		modifier := false
		if nv := toldNounClause(toks, subj); nv >= 0 {
			// "told a news conference that interference by U.S.
			// officials was inappropriate": the noun a modifier of
			// the one told, the clause's predicate without a subject.
			v, modifier = nv, true
		} else if toks[subj].Rel == "obj" {
			// "warned Japan that friction over trade could lead ...":
			// the noun a second object, the phrase after it the subject.
			v, inner = clauseAfterObject(toks, subj)
		} else if toks[subj].Rel != "nsubj" && toks[subj].Rel != "nsubj:pass" {
			continue
		}
		if v <= subj || toks[v].Rel != "conj" && toks[v].Rel != "parataxis" && !modifier {
			continue
		}
		t := toks[v].Head - 1
		if t < 0 || t >= d || !tellingVerbs[toks[t].Lemma] || inner >= 0 && toks[subj].Head != t+1 {
			continue
		}
		told, finite, cc := false, false, false
		for k := range toks {
			switch {
			case toks[k].Head == t+1 && (toks[k].Rel == "obj" || toks[k].Rel == "iobj"):
				told = told || k == d-1 || Dominates(toks, k, d-1)
			case toks[k].Head == v+1 && (toks[k].Rel == "aux" || toks[k].Rel == "aux:pass" || toks[k].Rel == "cop"):
				finite = true
			case toks[k].Head == v+1 && toks[k].Rel == "cc":
				cc = true
			}
		}
		switch toks[v].XPOS {
		case "VBD", "VBZ", "VBP":
			finite = true
		}
		if !told || !finite || cc {
			continue
		}
		if inner >= 0 {
			toks[inner].Head, toks[inner].Rel = subj+1, "nmod"
		}
		if inner >= 0 || modifier {
			toks[subj].Head, toks[subj].Rel = v+1, "nsubj"
		}
		toks[d].UPOS, toks[d].XPOS, toks[d].Lemma = "SCONJ", "IN", "that"
		toks[d].Head, toks[d].Rel = v+1, "mark"
		toks[v].Head, toks[v].Rel = t+1, "ccomp"
		n++
	}
	return n
}

// toldNounClause returns, for a noun n after "that" that the parser hung
// as an unmarked modifier (nmod:unmarked, appos) on the object (obj or
// iobj) of a verb of telling, or as a complement or object of that verb
// itself, the predicate after n that hangs on that verb as ccomp, conj
// or parataxis and has no subject of its own: the clause told, whose
// subject n is ("told a news conference that interference by U.S.
// officials was inappropriate"). It returns -1 when there is none.
func toldNounClause(toks []Token, n int) int {
	t := toks[n].Head - 1
	switch toks[n].Rel {
	case "nmod:unmarked", "appos":
		if t < 0 || t >= n || toks[t].Rel != "obj" && toks[t].Rel != "iobj" {
			return -1
		}
		t = toks[t].Head - 1
	case "ccomp", "obj", "conj":
	default:
		return -1
	}
	if t < 0 || t >= n || toks[t].UPOS != "VERB" || !tellingVerbs[strings.ToLower(toks[t].Lemma)] {
		return -1
	}
	for v := n + 1; v < len(toks); v++ {
		if toks[v].Head != t+1 {
			continue
		}
		if r := toks[v].Rel; r != "ccomp" && r != "conj" && r != "parataxis" {
			continue
		}
		for k := range toks {
			if toks[k].Head == v+1 && (strings.HasPrefix(toks[k].Rel, "nsubj") || toks[k].Rel == "expl" || toks[k].Rel == "csubj") {
				return -1
			}
		}
		return v
	}
	return -1
}

// clauseAfterObject returns, for an object noun obj, the verb after it
// whose subject is a prepositional phrase's noun right after obj's own
// words ("friction over trade could lead": "lead" and "trade"), and that
// subject; -1, -1 when there is none.
func clauseAfterObject(toks []Token, obj int) (v, subj int) {
	for k := obj + 1; k < len(toks) && k <= obj+5; k++ {
		if toks[k].Rel != "nsubj" || toks[k].Head-1 <= k {
			continue
		}
		for c := obj + 1; c < k; c++ {
			if toks[c].Head == k+1 && toks[c].Rel == "case" {
				return toks[k].Head - 1, k
			}
		}
		return -1, -1
	}
	return -1, -1
}

// toldClause returns the verb of telling (tellingVerbs) that clause c
// belongs to, and whether c hangs on the one told rather than on the
// verb; -1 when c is no such clause.
func toldClause(toks []Token, c int) (v int, move bool) {
	h := toks[c].Head - 1
	if h < 0 || h >= c {
		return -1, false
	}
	switch toks[c].Rel {
	case "ccomp":
		v = h
	case "acl", "acl:relcl", "nmod", "appos":
		if toks[h].Rel != "obj" && toks[h].Rel != "iobj" {
			return -1, false
		}
		v, move = toks[h].Head-1, true
		if v > h {
			return -1, false
		}
	default:
		return -1, false
	}
	if v < 0 || toks[v].UPOS != "VERB" || !tellingVerbs[strings.ToLower(toks[v].Lemma)] {
		return -1, false
	}
	return v, move
}

// tellingVerbs (lower-case lemmas) tell someone what a that-clause says:
// "told MPs that", "assured Washington that", "warned Tokyo that".
var tellingVerbs = map[string]bool{
	"tell": true, "inform": true, "assure": true, "reassure": true, "warn": true, "remind": true,
	"notify": true, "advise": true, "convince": true, "persuade": true,
}

// RepairThatComplement gives back to a verb the complement clause that
// the parser hung as a relative clause on a noun of time after it:
// "Police said Wednesday that a man had confessed" parsed with
// "confessed" an acl:relcl of "Wednesday". A relative clause opened by
// "that" as a subordinator (mark), with a subject of its own, on a noun
// that is an unmarked or temporal obl of a verb, is that verb's ccomp.
// It reports how many it moved.
func RepairThatComplement(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		h := toks[c].Head - 1
		if toks[c].Rel != "acl:relcl" || h < 0 || h >= c {
			continue
		}
		switch toks[h].Rel {
		case "obl:unmarked", "obl:tmod", "obl:npmod":
		default:
			continue
		}
		v := toks[h].Head - 1
		if v < 0 || toks[v].UPOS != "VERB" {
			continue
		}
		that := false
		for k := h + 1; k < c; k++ {
			if toks[k].Head == c+1 && toks[k].Rel == "mark" && strings.EqualFold(toks[k].Text, "that") {
				that = true
			}
		}
		if !that || !hasDependent(toks, c, "nsubj", "nsubj:pass") {
			continue
		}
		toks[c].Head, toks[c].Rel = v+1, "ccomp"
		n++
	}
	return n
}

// RepairAsClause mends a clause opened by "as" that the parser read as a
// prepositional phrase followed by a verb without a subject: "His words
// came as Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster,
// backed Mr Howard's stance" parsed with "as Murphy" an obl of "came"
// and "backed" a conjunct of "came" without a coordinator. When a verb
// hung as conj, with no coordinator and no subject, follows directly
// (but for punctuation) the phrase of a noun opened by "as" that hangs
// on the same head, the noun is its subject, "as" its subordinator, and
// the verb an adverbial clause of that head. It reports how many it
// mended. The verb must be finite (or a past participle with an object
// and no auxiliary: a past tense the tagger missed).
func RepairAsClause(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		h := toks[v].Head - 1
		finite := finiteTag(toks[v].XPOS) ||
			toks[v].XPOS == "VBN" && hasDependent(toks, v, "obj") && !hasDependent(toks, v, "aux", "aux:pass")
		if toks[v].Rel != "conj" || toks[v].UPOS != "VERB" || !finite || h < 0 || h >= v ||
			hasDependent(toks, v, "cc", "nsubj", "nsubj:pass") {
			continue
		}
		x := v - 1
		for x > h && toks[x].UPOS == "PUNCT" {
			x--
		}
		// x ends the phrase of a noun a hung on h and opened by "as".
		a := x
		for a > h && toks[a].Head-1 != h {
			a = toks[a].Head - 1
		}
		if a <= h || a >= v || toks[a].UPOS != "NOUN" && toks[a].UPOS != "PROPN" || !strings.HasPrefix(toks[a].Rel, "obl") ||
			rightmost(toks, a) != x {
			continue
		}
		as := leftmost(toks, a)
		if !strings.EqualFold(toks[as].Text, "as") || toks[as].Head != a+1 || toks[as].Rel != "case" {
			continue
		}
		toks[as].Head, toks[as].Rel = v+1, "mark"
		toks[a].Head, toks[a].Rel = v+1, "nsubj"
		toks[v].Rel = "advcl"
		n++
	}
	return n
}

// finiteTag reports whether a Penn tag is that of a finite verb.
func finiteTag(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" }

// RepairListConjunct hangs the last item of a list on the list's first
// item when the parser hung it further up: "drawing condemnation from
// South Korea, Japan and the United States" parsed with "Japan" a
// conjunct of "Korea" but "States" a conjunct of "condemnation". A
// conjunct with a coordinator whose phrase follows directly (but for the
// coordinator and punctuation) the phrase of another conjunct, of a word
// between the two heads, joins that word's list; the three are nouns,
// and the middle one follows a comma and has no coordinator. It reports
// how many it moved.
func RepairListConjunct(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		h := toks[c].Head - 1
		if toks[c].Rel != "conj" || h < 0 || h >= c || !hasDependent(toks, c, "cc") {
			continue
		}
		lo := leftmost(toks, c)
		x := lo - 1
		for x > h && (toks[x].UPOS == "PUNCT" || toks[x].UPOS == "CCONJ") {
			x--
		}
		b := x
		for b > h && toks[b].Rel != "conj" {
			b = toks[b].Head - 1
		}
		if b <= h || rightmost(toks, b) != x {
			continue
		}
		a := toks[b].Head - 1
		if a <= h || a >= b || !Dominates(toks, h, a) || hasDependent(toks, b, "cc") ||
			!nominalTag(toks[a].UPOS) || !nominalTag(toks[b].UPOS) || !nominalTag(toks[c].UPOS) {
			continue
		}
		if lb := leftmost(toks, b); lb < 1 || toks[lb-1].Text != "," && toks[lb].Text != "," {
			continue // b is a middle item after a comma
		}
		toks[c].Head = a + 1
		n++
	}
	return n
}

// oughtClause reports whether verb c is the infinitive of the modal
// "ought" ("Russia ought to withdraw"), a finite clause although its verb
// is a base form marked by "to".
func oughtClause(toks []Token, c int) bool {
	return c >= 2 && toks[c].XPOS == "VB" && strings.EqualFold(toks[c-1].Text, "to") &&
		(strings.EqualFold(toks[c-2].Text, "ought") || c >= 3 && strings.EqualFold(toks[c-3].Text, "ought")) && hasModal(toks, c)
}

// nominalTag reports whether a UPOS is that of a noun or a name.
func nominalTag(upos string) bool { return upos == "NOUN" || upos == "PROPN" }

// RepairConditionalReport gives a verb of saying the clause it reports
// when a condition opens that clause: "said if the bill was passed by
// peers, he would urge MPs to oppose it" parsed with "passed" an
// adverbial clause (or the complement) of "said" and "urge" a parataxis
// of the main verb. A verb of saying (reportVerbs), whose first clause
// after it is marked "if", "unless" or "when" and ends at a comma,
// takes as its complement the verb with a subject of its own that starts
// right after that comma and hangs as a parataxis or conjunct (without a
// coordinator) on it or higher up; the condition becomes that verb's. It reports
// how many it mended.
func RepairConditionalReport(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for r := range toks {
		if toks[r].UPOS != "VERB" || !reportVerbs[strings.ToLower(toks[r].Lemma)] {
			continue
		}
		a := -1
		for k := r + 1; k < len(toks); k++ {
			if toks[k].Head == r+1 && (toks[k].Rel == "advcl" || toks[k].Rel == "ccomp") {
				a = k
				break
			}
		}
		if a < 0 || !markedIf(toks, a) {
			continue
		}
		c := rightmost(toks, a) + 1
		if c >= len(toks) || toks[c].Text != "," {
			continue
		}
		v := -1
		for k := c + 1; k < len(toks); k++ {
			if (toks[k].Rel == "parataxis" || toks[k].Rel == "conj") && toks[k].UPOS == "VERB" && (toks[k].Head == r+1 || Dominates(toks, toks[k].Head-1, r)) &&
				leftmost(toks, k) <= c+1 && hasDependent(toks, k, "nsubj") && !hasDependent(toks, k, "cc") {
				v = k
				break
			}
		}
		if v < 0 {
			continue
		}
		toks[v].Head, toks[v].Rel = r+1, "ccomp"
		toks[a].Head, toks[a].Rel = v+1, "advcl"
		if toks[c].Head != a+1 {
			toks[c].Head = v + 1
		}
		n++
	}
	return n
}

// markedIf reports whether clause a is opened by "if", "unless" or
// "when".
func markedIf(toks []Token, a int) bool {
	for k := 0; k < a; k++ {
		if toks[k].Head == a+1 && toks[k].Rel == "mark" {
			switch strings.ToLower(toks[k].Text) {
			case "if", "unless", "when":
				return true
			}
		}
	}
	return false
}

// RepairReportAdvcl relabels the reported clause of a closing verb of
// saying that the parser made an adverbial clause: "Tony Blair misled
// Parliament over the war, Charles Kennedy has claimed" parsed with
// "misled" an advcl of "claimed". A finite clause with a subject of its
// own and no subordinator, hung as advcl on a later root verb of saying
// and set off from it by a comma, is its ccomp; so is a clause of "ought
// to" ("Russia ought to withdraw ..., the French president said"). It reports how many it
// relabelled.
func RepairReportAdvcl(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		v := toks[c].Head - 1
		if toks[c].Rel != "advcl" || v <= c || toks[v].Head != 0 || !(finiteTag(toks[c].XPOS) || oughtClause(toks, c)) ||
			!sayingVerbs[strings.ToLower(toks[v].Lemma)] || hasDependent(toks, c, "mark") && !oughtClause(toks, c) ||
			!hasDependent(toks, c, "nsubj", "nsubj:pass") {
			continue
		}
		r := rightmost(toks, c)
		if toks[r].Text == "," && toks[r].Head == c+1 {
			// The comma hangs on the clause: it is the verb's.
			toks[r].Head = v + 1
			r--
		}
		if r+1 >= v || toks[r+1].Text != "," {
			continue
		}
		toks[c].Rel = "ccomp"
		n++
	}
	return n
}

// RepairAdjectiveObject gives back an object whose first word, an
// adjective, the parser made a predicative complement of the verb with
// the noun hung on it: "Chinese President Hu Jintao met Indian Prime
// Minister Manmohan Singh" parsed with "Indian" an xcomp of "met" and
// "Manmohan" an obl of "Indian". An adjective hung as xcomp on a verb
// without an object, directly followed by the phrase of a noun hung on
// it as obl without a case marker, opens that noun's phrase: the noun is
// the verb's object and the adjective its modifier. It reports how many
// it mended.
func RepairAdjectiveObject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for a := range toks {
		v := toks[a].Head - 1
		if toks[a].UPOS != "ADJ" || toks[a].Rel != "xcomp" || v < 0 || v >= a || toks[v].UPOS != "VERB" ||
			hasDependent(toks, v, "obj") {
			continue
		}
		k := -1
		for j := a + 1; j < len(toks); j++ {
			if toks[j].Head == a+1 {
				k = j
				break
			}
		}
		if k < 0 || !nominalTag(toks[k].UPOS) || toks[k].Rel != "obl" || hasDependent(toks, k, "case") ||
			leftmost(toks, k) != a+1 {
			continue
		}
		others := false
		for j := range toks {
			if j != k && toks[j].Head == a+1 {
				others = true
			}
		}
		if others {
			continue
		}
		toks[k].Head, toks[k].Rel = v+1, "obj"
		toks[a].Head, toks[a].Rel = k+1, "amod"
		n++
	}
	return n
}

// RepairClosingObject gives back to a verb the object that the parser
// made the subject of the closing verb of saying after it: "Germany will
// send 14 Leopard tanks to Ukraine, Chancellor Olaf Scholz said" parsed
// with "tanks" the subject of "said". A noun subject of a verb of saying
// with nothing after it but punctuation, lying before a comma that comes
// before that verb, and starting right after the verb the saying verb
// hangs on, which has no object, is that verb's object (RepairClosingSubject
// then finds the speaker after the comma). It reports how many it moved.
func RepairClosingObject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 2; v < len(toks); v++ {
		m := toks[v].Head - 1
		if toks[v].UPOS != "VERB" || m < 0 || m >= v || toks[m].UPOS != "VERB" || !onlyPunctAfter(toks, v) ||
			!sayingVerbs[strings.ToLower(toks[v].Lemma)] || hasDependent(toks, m, "obj") {
			continue
		}
		for d := m + 1; d < v; d++ {
			if toks[d].Head != v+1 || toks[d].Rel != "nsubj" || toks[d].UPOS != "NOUN" {
				continue
			}
			comma := false
			for k := d + 1; k < v; k++ {
				if toks[k].Text == "," {
					comma = true
				}
			}
			lo := leftmost(toks, d)
			if !comma || lo < m+1 {
				continue
			}
			opens := true
			for k := m + 1; k < lo; k++ {
				if toks[k].UPOS != "ADV" {
					opens = false
				}
			}
			if !opens {
				continue
			}
			toks[d].Head, toks[d].Rel = m+1, "obj"
			n++
			break
		}
	}
	return n
}

// RepairRelativeRoot mends a relative clause set off by commas that the
// parser made the main clause: "Kerry, who arrived in Cairo on Sunday,
// urged the army to hold elections" parsed with "arrived" the root,
// "Kerry" its subject beside "who", and "urged" its conjunct ("Reagan,
// who will hold talks with Nakasone, said ..." with "said" its
// parataxis). A root verb whose subject is a relative pronoun after a
// noun and a comma, and that has a conjunct or parataxis verb without a
// subject after its closing comma, is a relative clause of the noun; that
// verb is the root and the noun its subject. It reports how many it
// mended.
func RepairRelativeRoot(s *Sentence) int {
	toks := s.Tokens
	r, _ := root(toks)
	if r >= 0 && nominalTag(toks[r].UPOS) {
		return relativeNounRoot(toks, r)
	}
	if r < 3 || toks[r].UPOS != "VERB" {
		return 0
	}
	p := -1
	for k := 0; k < r; k++ {
		if toks[k].Head == r+1 && toks[k].Rel == "nsubj" && (toks[k].XPOS == "WP" || toks[k].XPOS == "WDT") {
			p = k
		}
	}
	if p < 2 || toks[p-1].Text != "," {
		return 0
	}
	nn := p - 2
	for nn >= 0 && toks[nn].Head-1 != r && toks[nn].Head != 0 && toks[nn].Head-1 < p {
		nn = toks[nn].Head - 1
	}
	if nn < 0 || toks[nn].Head != r+1 || !strings.HasPrefix(toks[nn].Rel, "nsubj") || !nominalTag(toks[nn].UPOS) ||
		rightmost(toks, nn) != p-2 {
		return 0
	}
	c := -1
	for k := r + 1; k < len(toks); k++ {
		if toks[k].Head == r+1 && (toks[k].Rel == "conj" || toks[k].Rel == "parataxis") && toks[k].UPOS == "VERB" &&
			!hasDependent(toks, k, "nsubj", "nsubj:pass", "cc") && toks[leftmost(toks, k)].Text == "," {
			c = k
			break
		}
	}
	if c < 0 {
		return 0
	}
	for k := c + 1; k < len(toks); k++ {
		if toks[k].Head == r+1 {
			toks[k].Head = c + 1 // the final punctuation
		}
	}
	toks[c].Head, toks[c].Rel = 0, "root"
	toks[r].Head, toks[r].Rel = nn+1, "acl:relcl"
	toks[nn].Head, toks[nn].Rel = c+1, "nsubj"
	return 1
}

// relativeNounRoot mends the form of RepairRelativeRoot that the parser
// rooted at the noun: "Yeutter, who met Tamura on Monday, said Japan
// must open its markets" parsed with "Yeutter" the root and both "met"
// and "said" its parataxis. A root noun or name whose phrase ends before
// a comma and a relative clause (a verb hung on it whose subject is the
// relative pronoun right after that comma), with a later parataxis or
// conjunct verb without a subject that opens with a comma, is that verb's
// subject; the verb is the root and the relative clause the noun's
// (acl:relcl). It reports how many it mended (0 or 1).
func relativeNounRoot(toks []Token, r int) int {
	e := r // the name's phrase ends at the first comma after it
	for e+1 < len(toks) && toks[e+1].Text != "," {
		e++
	}
	if e+2 >= len(toks) || toks[e+2].XPOS != "WP" && toks[e+2].XPOS != "WDT" || toks[e+2].Rel != "nsubj" {
		return 0
	}
	for k := 0; k <= e; k++ {
		if toks[k].Text == "," || toks[k].UPOS == "VERB" || k != r && !Dominates(toks, r, k) {
			return 0 // a list, an apposition or a clause, not one name
		}
	}
	rv := toks[e+2].Head - 1
	if rv <= e+2 || toks[rv].Head != r+1 || toks[rv].UPOS != "VERB" {
		return 0
	}
	c := -1
	for k := rightmost(toks, rv) + 1; k < len(toks); k++ {
		if toks[k].Head == r+1 && (toks[k].Rel == "conj" || toks[k].Rel == "parataxis") && toks[k].UPOS == "VERB" &&
			!hasDependent(toks, k, "nsubj:pass", "cc") && toks[leftmost(toks, k)].Text == "," {
			c = k
			break
		}
	}
	if c < 0 {
		return 0
	}
	// "said Japan must open": a subject after the verb is its report's,
	// which has none.
	j, cc := -1, -1
	for k := range toks {
		switch {
		case toks[k].Head == c+1 && toks[k].Rel == "nsubj":
			j = k
		case toks[k].Head == c+1 && toks[k].Rel == "ccomp" && cc < 0:
			cc = k
		}
	}
	if j >= 0 {
		if j < c || cc < 0 || hasDependent(toks, cc, "nsubj", "nsubj:pass", "expl") || leftmost(toks, cc) <= rightmost(toks, j) {
			return 0
		}
		toks[j].Head = cc + 1
	}
	for k := c + 1; k < len(toks); k++ {
		if toks[k].Head == r+1 {
			toks[k].Head = c + 1 // the final punctuation
		}
	}
	toks[c].Head, toks[c].Rel = 0, "root"
	toks[rv].Rel = "acl:relcl"
	toks[r].Head, toks[r].Rel = c+1, "nsubj"
	return 1
}

// RepairFrontedPhraseSubject gives a verb without a subject the noun
// phrase right before it that the parser hung on a fronted adjective or
// clause before the comma: "Eager to turn attention from the lawsuit,
// President Clinton lambasted the proposal" parsed with "Clinton" an
// oblique of "Eager". A noun or name hung without a case marker as obl
// on a word before the comma that opens its phrase, directly before a
// verb that has no subject, is that verb's subject. It reports how many
// it gave.
func RepairFrontedPhraseSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := 2; v < len(toks); v++ {
		if toks[v].UPOS != "VERB" || !finiteTag(toks[v].XPOS) || hasDependent(toks, v, "nsubj", "nsubj:pass", "csubj", "expl") {
			continue
		}
		k := v - 1
		for k >= 0 && toks[k].Head-1 > k && toks[k].Head-1 < v {
			k = toks[k].Head - 1
		}
		if k < 0 || !nominalTag(toks[k].UPOS) || !strings.HasPrefix(toks[k].Rel, "obl") || hasDependent(toks, k, "case") {
			continue
		}
		h := toks[k].Head - 1
		lo := leftmost(toks, k)
		if h < 0 || h >= lo || lo < 1 || toks[lo-1].Text != "," && toks[lo].Text != "," || rightmost(toks, k) != v-1 {
			continue
		}
		if toks[lo].Text == "," {
			toks[lo].Head = h + 1
		}
		toks[k].Head, toks[k].Rel = v+1, "nsubj"
		n++
	}
	return n
}

// RepairVocativeSubject gives a verb without a subject the noun phrase
// opening the sentence that the parser hung on it as a vocative, when a
// phrase set off by commas stands between them: "Britain, with its large
// trade deficit, has urged Japan to open its markets" parsed with
// "Britain" a vocative of "urged" (also after a fronted phrase, where
// the parser may make it an apposition of that phrase: "By contrast,
// West Germany, with ..., has"). The comma closing the inserted phrase
// comes right before the verb or its auxiliaries; the noun phrase is the
// subject (nsubj:pass of a passive). It reports how many it gave.
func RepairVocativeSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for h := range toks {
		v := toks[h].Head - 1
		if p := v; toks[h].Rel == "appos" && p >= 0 && p < h && baseRelName(toks[p].Rel) == "obl" && hasDependent(toks, p, "case") {
			// "By contrast, West Germany, with ..., has" with the
			// name an apposition of the fronted phrase.
			v = toks[p].Head - 1
			if v <= h || toks[v].UPOS != "VERB" || leftmost(toks, p) != 0 {
				continue
			}
		} else if toks[h].Rel != "vocative" {
			continue
		}
		lo := leftmost(toks, h)
		if toks[lo].Text == "," && lo < h {
			lo++ // the comma before the phrase, hung on it
		}
		if !nominalTag(toks[h].UPOS) || v <= h || toks[v].UPOS != "VERB" ||
			hasDependent(toks, v, "nsubj", "nsubj:pass", "csubj", "expl") || !opensAfterAdverbial(toks, lo) {
			continue
		}
		c := rightmost(toks, h) // the comma after the phrase, maybe hung on it
		if toks[c].Text != "," {
			c++
		}
		if c >= v || toks[c].Text != "," {
			continue
		}
		k := v - 1
		for k > c && toks[k].Head == v+1 && (toks[k].UPOS == "AUX" || toks[k].UPOS == "ADV" || toks[k].UPOS == "PART") {
			k--
		}
		if k <= c || toks[k].Text != "," {
			continue
		}
		toks[h].Head, toks[h].Rel = v+1, "nsubj"
		if hasDependent(toks, v, "aux:pass") {
			toks[h].Rel = "nsubj:pass"
		}
		n++
	}
	return n
}

// RepairSplitReport gives the reported verb of a report split by its
// verb of saying the subject that opens the sentence: "Japan, Baker
// said, must open its markets" parsed with "Japan" a vocative (or a
// second subject) of "said", or a compound of "Baker", and "open" a
// subjectless complement. The opening noun phrase, closed by a comma,
// hangs on a verb of saying (reportVerbs) that has a subject of its own
// and is followed by a comma and the complement verb (past its
// auxiliaries and adverbs), which has no subject; the phrase becomes
// that verb's subject. It reports how many it gave.
func RepairSplitReport(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for h := range toks {
		say := toks[h].Head - 1
		switch toks[h].Rel {
		case "vocative", "dislocated", "nsubj":
		case "compound":
			// "The cigarette companies, Clinton said" read as one
			// name: the phrase a compound of the speaker.
			if say < 0 || toks[say].Rel != "nsubj" {
				continue
			}
			say = toks[say].Head - 1
		default:
			continue
		}
		if say <= h || !nominalTag(toks[h].UPOS) || leftmost(toks, h) != 0 || !reportVerbs[strings.ToLower(toks[say].Lemma)] {
			continue
		}
		subj := -1 // the speaker: the last subject of the verb of saying
		for k := h + 1; k < say; k++ {
			if toks[k].Head == say+1 && toks[k].Rel == "nsubj" {
				subj = k
			}
		}
		c := rightmost(toks, h) // the comma closing the phrase, maybe hung on it
		if toks[c].Text != "," {
			c++
		}
		if subj <= h || c >= subj || toks[c].Text != "," || say+1 >= len(toks) || toks[say+1].Text != "," {
			continue
		}
		for v := say + 2; v < len(toks); v++ {
			if u := toks[v].UPOS; u == "AUX" || u == "ADV" || u == "PART" {
				continue // "must", "also", "not" before the verb
			}
			if toks[v].UPOS != "VERB" || toks[v].Head != say+1 || hasDependent(toks, v, "nsubj", "nsubj:pass", "csubj", "expl") ||
				toks[v].Rel != "ccomp" && toks[v].Rel != "parataxis" && toks[v].Rel != "conj" {
				break
			}
			toks[h].Head, toks[h].Rel = v+1, "nsubj"
			if hasDependent(toks, v, "aux:pass") {
				toks[h].Rel = "nsubj:pass"
			}
			toks[v].Rel = "ccomp"
			n++
			break
		}
	}
	return n
}

// opensAfterAdverbial reports whether token lo opens the sentence or
// follows a fronted phrase without a verb closed by a comma ("By
// contrast, West Germany ...").
func opensAfterAdverbial(toks []Token, lo int) bool {
	if lo == 0 {
		return true
	}
	if toks[lo-1].Text != "," {
		return false
	}
	for k := 0; k < lo-1; k++ {
		if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" {
			return false
		}
	}
	return true
}

// RepairReportedConj relabels a reported clause that the parser made a
// conjunct of the verb of saying, after that verb's object and the
// relative clause or apposition set off by commas after it: "A military
// spokesman said Iraqi warplanes, which took off from bases in the south,
// attacked two Iranian tankers" parsed with "warplanes" the object of
// "said" and "attacked" (tagged VBN) its conjunct. A verb hung as conj
// without a coordinator or subject on a verb of saying or thinking
// (reportVerbs), directly after a comma that closes a clause or phrase
// hung on that verb's object, is its ccomp (a VBN with an object and no
// auxiliary is a past tense), so that RepairReportedObject gives it the
// object as subject. It reports how many it relabelled.
func RepairReportedConj(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := 2; c < len(toks); c++ {
		v := toks[c].Head - 1
		if toks[c].Rel != "conj" || toks[c].UPOS != "VERB" || v < 0 || v >= c || !reportVerbs[strings.ToLower(toks[v].Lemma)] ||
			hasDependent(toks, c, "cc", "nsubj", "nsubj:pass", "aux", "aux:pass") || toks[c-1].Text != "," {
			continue
		}
		o := -1
		for k := v + 1; k < c; k++ {
			if toks[k].Head == v+1 && toks[k].Rel == "obj" && nominalTag(toks[k].UPOS) {
				o = k
			}
		}
		if o < 0 || rightmost(toks, o) != c-2 {
			continue
		}
		if toks[c].XPOS == "VBN" {
			if !hasDependent(toks, c, "obj") {
				continue
			}
			toks[c].XPOS = "VBD"
		}
		toks[c].Rel = "ccomp"
		n++
	}
	return n
}

// compoundOf makes token h (0-based), which headed the later token d, a
// compound of d: d takes h's head, relation and other dependents ("arms
// sales", "the Rubber Research Institute").
func compoundOf(toks []Token, h, d int) {
	for j := range toks {
		if j != d && toks[j].Head == h+1 {
			toks[j].Head = d + 1
		}
	}
	toks[d].Head, toks[d].Rel = toks[h].Head, toks[h].Rel
	toks[h].Head, toks[h].Rel = d+1, "compound"
}

// RepairRoleAppos makes the role phrase set off by commas after a
// subject's name its apposition: "Janet Olsen, chief executive of Oxfam,
// urged ..." parsed with "executive" an adjective conjunct of "Janet",
// "Paul Dufresne, spokesman for Doctors Without Borders, condemned ..."
// with "spokesman" a list item. A noun, or an adjective the tagger took
// for one's head ("executive"), hung as conj or list on a proper noun
// right after the comma that ends the name, with an "of", "for" or "at"
// phrase, no coordinator and no conjunct of its own, closed by a comma
// before the verb whose subject the name is, is the name's apposition
// (and its "of" phrase a nominal modifier). It reports how many it
// changed.
func RepairRoleAppos(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for b := range toks {
		a := toks[b].Head - 1
		if toks[b].Rel != "conj" && toks[b].Rel != "list" || a < 0 || a >= b || !nameTag(toks[a]) ||
			toks[b].UPOS != "NOUN" && toks[b].UPOS != "ADJ" || !strings.HasPrefix(toks[a].Rel, "nsubj") ||
			hasDependent(toks, b, "cc") || hasDependent(toks, a, "cc") {
			continue
		}
		open, shut := roleCommas(toks, b)
		v := toks[a].Head - 1
		if open < 0 || shut < 0 || v <= shut || !nameUpTo(toks, a, open) || !onlyVerbParts(toks, shut+1, v) || laterConj(toks, a, shut) {
			continue
		}
		of := -1
		for k := b + 1; k < shut; k++ {
			if toks[k].Head == b+1 && (toks[k].Rel == "nmod" || baseRelName(toks[k].Rel) == "obl") &&
				(caseOf(toks, k, "of") || caseOf(toks, k, "for") || caseOf(toks, k, "at")) {
				of = k
			}
		}
		if of < 0 {
			continue
		}
		toks[b].Rel = "appos"
		toks[of].Rel = "nmod"
		if toks[b].UPOS == "ADJ" {
			toks[b].UPOS, toks[b].XPOS = "NOUN", "NN"
		}
		n++
	}
	return n
}

// roleCommas returns the commas that open and close the phrase of token
// b (0-based), whether the parser hung them inside it or outside; -1 when
// one is missing.
func roleCommas(toks []Token, b int) (open, shut int) {
	open, shut = leftmost(toks, b), rightmost(toks, b)
	if toks[open].Text != "," {
		open--
	}
	if toks[shut].Text != "," {
		shut++
	}
	if open < 0 || shut >= len(toks) || toks[open].Text != "," || toks[shut].Text != "," {
		return -1, -1
	}
	return open, shut
}

// nameUpTo reports whether the words between name head a and token end
// (0-based) are the name's own flat or compound parts.
func nameUpTo(toks []Token, a, end int) bool {
	for k := a + 1; k < end; k++ {
		if toks[k].Head != a+1 || toks[k].Rel != "flat" && toks[k].Rel != "compound" {
			return false
		}
	}
	return true
}

// onlyVerbParts reports whether tokens lo..v-1 (0-based) are auxiliaries,
// copulas or adverbs of verb v.
func onlyVerbParts(toks []Token, lo, v int) bool {
	for k := lo; k < v; k++ {
		if toks[k].Head != v+1 || baseRelName(toks[k].Rel) != "aux" && toks[k].Rel != "cop" && toks[k].Rel != "advmod" {
			return false
		}
	}
	return true
}

// nameTag reports whether t is a proper noun, or a capitalised word the
// tagger took for a common noun ("Harm Schelhaas", "Anders Igels").
func nameTag(t Token) bool {
	return t.UPOS == "PROPN" || t.UPOS == "NOUN" && capitalisedWord(t.Text)
}

// laterConj reports whether name a (0-based) has a conjunct after token
// end: "Lee Hamilton, chairman of the House committee, and Daniel
// Inouye" is a list of people.
func laterConj(toks []Token, a, end int) bool {
	for k := end + 1; k < len(toks); k++ {
		if toks[k].Head == a+1 && toks[k].Rel == "conj" {
			return true
		}
	}
	return false
}

// RepairTimeSubject gives back the subject a day word took: "In a speech
// today in Dalian, Secretary of State George Shultz said ..." parsed with
// "today" the subject of "said", "a speech" its compound and the name its
// apposition. A subject "today", "yesterday", "tonight" or "tomorrow"
// with an apposition is no subject: the apposition is, the noun the day
// word headed ("speech", opened by its preposition) becomes an oblique of
// the verb with the day word as its temporal modifier (else the day word
// is the verb's). The apposition may hang deeper in the day word's phrase
// ("today in the city of Dalian, Secretary of State George Shultz said")
// when its phrase, after a comma, runs up to the verb. It reports how
// many it repaired.
func RepairTimeSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for t := range toks {
		if toks[t].Rel != "nsubj" || toks[t].Head == 0 {
			continue
		}
		switch strings.ToLower(toks[t].Text) {
		case "today", "yesterday", "tonight", "tomorrow":
		default:
			continue
		}
		v := toks[t].Head
		a, c := -1, -1
		for k := range toks {
			switch {
			case toks[k].Rel == "appos" && k > t && k < v-1 && toks[k-1].Rel == "punct" && a < 0 && Dominates(toks, t, k) &&
				(k == v-2 || Dominates(toks, k, v-2)):
				// The apposition after a comma whose phrase runs up
				// to the verb.
				a = k
			case toks[k].Head == t+1 && toks[k].Rel == "compound" && k < t && hasDependent(toks, k, "case"):
				c = k
			}
		}
		if a < 0 {
			continue
		}
		toks[a].Head, toks[a].Rel = v, "nsubj"
		if c >= 0 {
			toks[c].Head, toks[c].Rel = v, "obl"
			for k := range toks {
				if toks[k].Head == t+1 && k != c && k < a && toks[k].Rel != "punct" {
					toks[k].Head = c + 1
				}
			}
			toks[t].Head, toks[t].Rel = c+1, "nmod:tmod"
		} else {
			toks[t].Rel = "obl:tmod"
		}
		for k := range toks {
			if toks[k].Head == t+1 && toks[k].Rel == "punct" && k < a && k > t {
				toks[k].Head = a + 1
			}
		}
		n++
	}
	return n
}

// RepairPronounCoSubject joins a subject pronoun and the name coordinated
// with it that the parser made two subjects of the verb: "Thatcher said
// she and Ryzhkov had agreed to expand trade" parsed with "she" a passive
// subject of "agreed" and "Ryzhkov", its coordinator hung on it, a second
// subject. When a verb has two subjects before it, the first a personal
// pronoun or a name without a phrase of its own after it, the second a
// noun whose phrase starts right after an "and" that directly follows
// the first, the second is a conjunct of the first and the "and" its cc;
// the first is the verb's subject (passive only when the verb has a
// passive auxiliary). It reports how many it joined.
func RepairPronounCoSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for v := range toks {
		if toks[v].UPOS != "VERB" {
			continue
		}
		a, b := -1, -1
		for k := 0; k < v; k++ {
			if toks[k].Head != v+1 || toks[k].Rel != "nsubj" && toks[k].Rel != "nsubj:pass" {
				continue
			}
			if a < 0 {
				a = k
			} else if b < 0 {
				b = k
			}
		}
		if b < 0 || toks[b].UPOS != "NOUN" && toks[b].UPOS != "PROPN" ||
			!(toks[a].UPOS == "PRON" && toks[a].XPOS == "PRP" || toks[a].UPOS == "PROPN" && !hasDependent(toks, a, "nmod", "acl", "acl:relcl", "appos")) {
			// ("Talks between the EC and the United States have
			// failed": the "and" is the phrase's own.)
			continue
		}
		c := rightmost(toks, a) + 1
		if c >= b || toks[c].UPOS != "CCONJ" || !strings.EqualFold(toks[c].Text, "and") || leftmost(toks, b) != c+1 && !(leftmost(toks, b) == c && toks[c].Head == b+1) {
			continue
		}
		toks[b].Head, toks[b].Rel = a+1, "conj"
		toks[c].Head, toks[c].Rel = b+1, "cc"
		toks[a].Rel = "nsubj"
		if hasDependent(toks, v, "aux:pass") {
			toks[a].Rel = "nsubj:pass"
		}
		n++
	}
	return n
}

// RepairSubjectTime gives back its subject to a verb that a phrase of
// time separates from it, in the wire's "X last week met Y": "Shultz
// last week met Soviet leader Mikhail Gorbachev" parsed with "Shultz" an
// adverb of "met", "Reagan last week imposed sanctions" with "Reagan" a
// compound of "week" and "week" the subject, "Britain today called on
// Japan" with "called" a participle and no subject at all. When a noun
// phrase opens the sentence (names, nouns, determiners, adjectives,
// "of", "and", possessives and pronouns, up to ten words) and is
// followed by a time phrase — "today", "yesterday", "tonight", or "last"
// or "this" and a time noun (week, month, year, night, weekend, morning,
// afternoon, evening, a weekday), after "late", "early", "earlier" or
// "later" or not ("late last week", "earlier today") — and then by a finite
// verb, the phrase's head (its one word hung outside it) becomes the
// verb's subject, the time noun the verb's temporal modifier and the
// words before it the noun's. A capitalised word of the phrase tagged an
// adverb, or its head tagged an adjective ("Baker" read as a
// comparative), is a name; a participle root without an auxiliary is
// the past tense. It reports how many it repaired.
func RepairSubjectTime(s *Sentence) int {
	toks := s.Tokens
	p := 0 // the first word of the time phrase
	for p < len(toks) && p <= 10 && subjectPhraseWord(toks[p]) {
		p++
	}
	if p == 0 || p > 10 || p >= len(toks)-1 {
		return 0
	}
	t := p // the time noun
	switch strings.ToLower(toks[t].Text) {
	case "late", "early", "earlier", "later":
		t++ // "late last week", "earlier today"
	}
	switch w := strings.ToLower(toks[t].Text); {
	case w == "today" || w == "yesterday" || w == "tonight":
	case (w == "last" || w == "this") && t+1 < len(toks) && timeNoun(toks[t+1].Text):
		t++
	default:
		return 0
	}
	v := t + 1
	if v >= len(toks) || toks[v].UPOS != "VERB" {
		return 0
	}
	if h := toks[v].Head - 1; h >= 0 && h <= t {
		return 0 // the verb hung inside the phrase: another reading
	}
	switch toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
	case "VBN":
		if toks[v].Head != 0 || hasDependent(toks, v, "aux", "aux:pass") {
			return 0
		}
	default:
		return 0
	}
	r := -1
	for k := 0; k < p; k++ {
		if h := toks[k].Head - 1; h < 0 || h >= p {
			if r >= 0 {
				return 0 // two phrases, or a phrase the verb's tree splits
			}
			r = k
		}
	}
	if r < 0 {
		return 0
	}
	for k := 0; k < p; k++ {
		if capitalisedASCII(toks[k].Text) && (toks[k].UPOS == "ADV" || k == r && toks[k].UPOS == "ADJ") {
			toks[k].UPOS, toks[k].XPOS = "PROPN", "NNP"
		}
	}
	toks[r].Head, toks[r].Rel = v+1, "nsubj"
	for k := p; k < t; k++ {
		toks[k].Head = t + 1
		if toks[k].UPOS == "ADV" {
			toks[k].Rel = "advmod"
		} else {
			toks[k].Rel = "amod"
		}
	}
	toks[t].Head, toks[t].Rel = v+1, "obl:tmod"
	if toks[v].XPOS == "VBN" {
		toks[v].XPOS = "VBD"
	}
	return 1
}

// RepairTimeClause makes a clause of time again of "weeks after X
// imposed tariffs", which the parser reads with "after" a preposition of
// the time noun ("weeks after President Reagan" a noun phrase) and the
// verb left with the time noun as its subject or with none ("arrives
// only weeks after President Reagan imposed tariffs", "left for Moscow
// days after the Soviet Union expelled two diplomats"): the events of
// such clauses lost their agent. When a word of clauseOpeners ("after",
// "before", "since", "until"; not "as") is the case word of a noun phrase hung as nmod on a period noun (day,
// week, month, year, hour …, by its lemma) written right before it, and
// a finite verb without a subject of its own (other than the time noun)
// follows that phrase at once, the phrase's head becomes the verb's
// subject, the preposition its subordinating mark, and the time noun, if
// it was the verb's subject, its temporal modifier (one hung elsewhere,
// "was imposed last year after the department found ...", stays); a
// verb the parser hung as a conjunct or parataxis on a word before the
// clause becomes that word's adverbial clause. A time noun with a
// definite determiner or an owner ("the week before Christmas saw record
// sales") is a subject and is left alone. It reports how many it
// repaired.
func RepairTimeClause(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for a := 1; a+2 < len(toks); a++ {
		if toks[a].Rel != "case" || !LowerLookup(clauseOpeners, toks[a].Text) || strings.EqualFold(toks[a].Text, "as") {
			continue // "five years as ambassador" is no clause
		}
		t := a - 1
		x := toks[a].Head - 1
		if x <= a || toks[x].Rel != "nmod" || toks[x].Head-1 != t ||
			toks[t].UPOS != "NOUN" || !PeriodNoun(toks[t].Lemma) {
			continue
		}
		if dependentRel(toks, t, "nmod:poss", "case", "compound") >= 0 {
			continue // "left for Moscow days after ...": another misreading
		}
		if d := dependentRel(toks, t, "det"); d >= 0 {
			switch strings.ToLower(toks[d].Text) {
			case "the", "this", "that", "these", "those":
				continue
			}
		}
		switch toks[x].UPOS {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		v := rightmost(toks, x) + 1
		if v >= len(toks) || toks[v].UPOS != "VERB" {
			continue
		}
		switch toks[v].XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		if sb := dependentRel(toks, v, "nsubj", "nsubj:pass"); sb >= 0 && sb != t {
			continue
		}
		if Dominates(toks, v, t) && toks[t].Head-1 != v {
			continue // the time noun deeper inside the verb's tree
		}
		if Dominates(toks, x, v) || Dominates(toks, t, v) {
			continue // the verb hung inside the phrase
		}
		toks[x].Head, toks[x].Rel = v+1, "nsubj"
		toks[a].Head, toks[a].Rel, toks[a].UPOS = v+1, "mark", "SCONJ"
		if toks[t].Head-1 == v {
			toks[t].Rel = "obl:tmod"
		}
		if h := toks[v].Head - 1; h >= 0 && h < t && (toks[v].Rel == "conj" || toks[v].Rel == "parataxis") {
			toks[v].Rel = "advcl"
		}
		n++
	}
	return n
}

// subjectPhraseWord reports whether token t can be a word of a noun
// phrase that opens a sentence as its subject: a name, a noun, a
// determiner, an adjective, a number, "of", "and", a possessive marker,
// a hyphen or a pronoun, or a capitalised word the tagger took for an
// adverb (an unknown name), but not a word of time.
func subjectPhraseWord(t Token) bool {
	w := strings.ToLower(t.Text)
	switch w {
	case "today", "yesterday", "tonight", "last", "this", "late", "early", "earlier", "later":
		return false
	}
	switch t.UPOS {
	case "PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON", "PART":
		return t.UPOS != "PART" || t.XPOS == "POS"
	case "ADP":
		return w == "of"
	case "CCONJ":
		return w == "and"
	case "PUNCT":
		return t.XPOS == "HYPH"
	case "ADV":
		return capitalisedASCII(t.Text)
	}
	return false
}

// timeNoun reports whether w names a span of time a wire story dates an
// act by after "last" or "this": week, month, year, night, weekend,
// morning, afternoon, evening or a weekday.
func timeNoun(w string) bool {
	switch strings.ToLower(w) {
	case "week", "month", "year", "night", "weekend", "morning", "afternoon", "evening":
		return true
	}
	return weekday(w)
}

// RepairReportedCoSubject mends a reported clause with a coordinated
// subject that the parser split at the coordinator: "Kennedy said Labour
// and the Conservatives were relying on fear" parsed with "Labour" the
// object of "said" and "relying" a conjunct of "said" with "the
// Conservatives" its subject. When a verb of saying or thinking
// (reportVerbs) with no complement clause has a noun object (or a
// second subject after it) and a conjunct verb whose coordinator
// follows the object's phrase directly and whose subject's phrase
// follows the coordinator directly, and the conjunct is finite and
// plural (not a third person singular form, nor "is", "was", "has" or
// "does" before it), the conjunct is the verb's complement, the object
// its subject, and the second subject the object's conjunct. It reports
// how many it mended.
func RepairReportedCoSubject(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		v := toks[c].Head - 1
		if toks[c].Rel != "conj" || toks[c].UPOS != "VERB" && toks[c].UPOS != "ADJ" || v < 0 || v >= c ||
			toks[v].UPOS != "VERB" || !reportVerbs[strings.ToLower(toks[v].Lemma)] || hasDependent(toks, v, "ccomp") {
			continue
		}
		o, y, k := dependentRel(toks, v, "obj"), dependentRel(toks, c, "nsubj"), dependentRel(toks, c, "cc")
		if o < 0 {
			o = subjectAfter(toks, v) // "said Labour and ...", a second subject
		}
		if o < 0 || y < 0 || k < 0 || !(v < o && o < k && k < y && y < c) || toks[o].UPOS != "NOUN" && toks[o].UPOS != "PROPN" ||
			rightmost(toks, o) != k-1 || leftmost(toks, y) != k+1 || !pluralFinite(toks, c) {
			continue
		}
		toks[c].Head, toks[c].Rel = v+1, "ccomp"
		toks[o].Head, toks[o].Rel = c+1, "nsubj"
		toks[y].Head, toks[y].Rel = o+1, "conj"
		toks[k].Head = y + 1
		n++
	}
	return n
}

// subjectAfter returns a nominal subject of verb v that follows it, or -1.
func subjectAfter(toks []Token, v int) int {
	for k := v + 1; k < len(toks); k++ {
		if toks[k].Head == v+1 && toks[k].Rel == "nsubj" {
			return k
		}
	}
	return -1
}

// pluralFinite reports whether verb or predicate c is finite in a form a
// plural subject takes: a past tense or a plural present (VBD, VBP), or
// a verb after a finite auxiliary or copula other than "is", "was",
// "has", "does" (a modal counts).
func pluralFinite(toks []Token, c int) bool {
	if toks[c].XPOS == "VBD" || toks[c].XPOS == "VBP" {
		return true
	}
	for k := 0; k < c; k++ {
		if toks[k].Head != c+1 || toks[k].Rel != "aux" && toks[k].Rel != "cop" && toks[k].Rel != "aux:pass" {
			continue
		}
		switch strings.ToLower(toks[k].Text) {
		case "is", "was", "has", "does", "'s":
			return false
		}
		if toks[k].XPOS == "MD" || finiteTag(toks[k].XPOS) {
			return true
		}
	}
	return false
}
