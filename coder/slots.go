package coder

// Actor slots: the noun phrases of a sentence, built from the dependency
// tree (petrarch-formats.md sec. 7.1 step 4) and repaired where the parse
// of invented names goes wrong.

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"tacitus/nlp"
)

// temporalWord reports whether upper-case word w heads a bare temporal
// noun phrase ("today", "next week"), which is no actor slot (the
// Treebank's NP-TMP): a word of nlp.TimeNoun, or "now". Months are left
// out: "MAY" after a noun is the modal more often than the month.
func temporalWord(w string) bool { return nlp.TimeNoun(w) || w == "NOW" }

// nearPreps (upper case) place a noun phrase next to another ("warships
// near Taiwan", "troops along the border"): their phrase is a slot of its
// own in news.
var nearPreps = map[string]bool{"NEAR": true, "AROUND": true, "OFF": true, "ALONG": true, "TOWARD": true, "TOWARDS": true}

// isCapitalised reports whether s begins with an upper-case letter.
func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// markNominal decides which tokens may be part of noun phrases. Besides
// the tagger's nouns, pronouns and numbers, a token inside an actor
// phrase and a capitalised word the tagger did not recognise as a verb or
// function word are nouns: the suite is full of invented names.
func (f *frame) markNominal() {
	f.nominal = resizeBools(f.nominal, len(f.toks))
	for i := range f.toks {
		t := &f.toks[i]
		switch t.UPOS {
		case "NOUN", "PROPN", "PRON", "NUM":
			f.nominal[i] = true
		case "ADJ", "X", "INTJ", "SYM":
			if i > 0 && isCapitalised(t.Text) && t.Rel != "amod" {
				f.nominal[i] = true
			}
		}
		if f.actorTok != nil && f.actorTok[i] && t.UPOS != "ADP" && t.UPOS != "DET" && t.UPOS != "PART" && t.UPOS != "PUNCT" {
			f.nominal[i] = true
		}
	}
}

// internal relations attach a word inside the noun phrase of its head.
func internalRel(rel string) bool {
	switch rel {
	case "det", "amod", "compound", "flat", "nummod", "fixed", "goeswith", "nmod:poss", "det:poss",
		"det:predet", "nmod:npmod", "compound:prt", "flat:name", "flat:foreign", "cc:preconj":
		return true
	}
	return false
}

// leftInternal reports whether the relation of a dependent written before
// its nominal head keeps it inside the head's noun phrase ("Bree Prime
// Minister Romendacil" whatever the parser calls "Minister").
func leftInternal(rel string) bool {
	switch baseRel(rel) {
	case "det", "amod", "compound", "flat", "nummod", "nmod", "fixed", "goeswith", "dep", "appos", "advmod":
		return true
	}
	return false
}

// inNP reports whether dependent c of nominal token h lies inside h's
// noun phrase.
func (f *frame) inNP(c, h int) bool {
	r := f.toks[c].Rel
	if internalRel(r) {
		return true
	}
	return c < h && leftInternal(r) && f.toks[c].UPOS != "VERB" && f.toks[c].UPOS != "AUX"
}

// subtree appends every token of the subtree of t (t included).
func (f *frame) subtree(t int, out []int) []int {
	out = append(out, t)
	for _, c := range f.children(t) {
		out = f.subtree(c, out)
	}
	return out
}

// caseChild returns the case-marking child of t, or -1.
func (f *frame) caseChild(t int) int {
	for _, c := range f.children(t) {
		if f.toks[c].Rel == "case" && f.toks[c].UPOS != "PART" && f.toks[c].Text != "'s" && f.toks[c].Text != "'" {
			return c
		}
	}
	return -1
}

// group collects the simple noun phrase headed by t: t and its internal
// dependents (with their subtrees), and the possessive marker.
func (f *frame) group(t int, out []int) []int {
	out = append(out, t)
	for _, c := range f.children(t) {
		r := f.toks[c].Rel
		switch {
		case f.inNP(c, t):
			out = f.subtree(c, out)
		case r == "case" && (f.toks[c].UPOS == "PART" || f.toks[c].Text == "'s" || f.toks[c].Text == "'"):
			out = append(out, c)
		case r == "punct" && c > 0 && c < len(f.toks)-1 && f.toks[c].Text == "-":
			out = append(out, c)
		case r == "appos" && !f.commaBetween(t, c) && !f.hasConj(c):
			// "Deputy Prime Minister Telemar" parsed as an apposition.
			out = f.subtree(c, out)
		case (r == "appos" || r == "dep" || baseRel(r) == "nmod" || r == "parataxis") && c > t && c > 0 && f.toks[c-1].Text == "(":
			// A parenthetical abbreviation: "the European Union (EU)".
			out = f.subtree(c, out)
		}
	}
	return out
}

// isNmod reports whether relation r attaches a prepositional noun phrase
// to a noun.
func isNmod(r string) bool {
	return r == "nmod" || (strings.HasPrefix(r, "nmod:") && r != "nmod:poss" && r != "nmod:tmod" && r != "nmod:npmod")
}

// conjuncts returns the nominal conjuncts of t with their coordinators.
// An apposition that heads a list ("Mordor, the Shire, Fornost and Bree"
// parsed with "Shire" as an apposition of "Mordor") counts as a conjunct.
func (f *frame) conjuncts(t int) (conj, seps []int) {
	var walk func(x int)
	sawCC := false
	walk = func(x int) {
		for _, c := range f.children(x) {
			r := f.toks[c].Rel
			if !f.nominal[c] {
				continue
			}
			if f.verbBetween(x, c) {
				continue
			}
			if r == "conj" {
				cc, comma := false, false
				for _, g := range f.children(c) {
					if f.toks[g].Rel == "cc" {
						cc = true
					} else if f.toks[g].Text == "," {
						comma = true
					}
				}
				// "A and B, and C and D": a second coordination; "A and
				// B, the agency C": a list ends at its coordinated
				// member, so a later comma-separated noun is not in it.
				if sawCC && comma {
					continue
				}
				if cc {
					sawCC = true
				}
			}
			if r == "conj" || (r == "appos" && f.hasConj(c) && f.commaBetween(x, c)) {
				conj = append(conj, c)
				walk(c)
			}
		}
		for _, g := range f.children(x) {
			r := f.toks[g].Rel
			if r == "cc" || (r == "punct" && (f.toks[g].Text == "," || f.toks[g].Text == ";")) {
				seps = append(seps, g)
			}
		}
	}
	walk(t)
	if len(conj) == 0 {
		return nil, nil
	}
	// Only coordinators between the conjuncts separate them; a comma
	// after the last conjunct closes the noun phrase.
	last := slices.Max(conj)
	k := 0
	for _, g := range seps {
		if g < last {
			seps[k] = g
			k++
		}
	}
	seps = seps[:k]
	// Without "and"/"or"/"nor" the "conjuncts" are appositions or a
	// misparse ("Dagolath, its biggest trading partner, officials said").
	for _, g := range seps {
		if f.toks[g].Rel == "cc" {
			return conj, seps
		}
	}
	return nil, nil
}

// hasConj reports whether t has a nominal conjunct.
func (f *frame) hasConj(t int) bool {
	for _, c := range f.children(t) {
		if f.toks[c].Rel == "conj" && f.nominal[c] && !f.verbBetween(t, c) {
			return true
		}
	}
	return false
}

// verbBetween reports whether a verb lies between tokens a and b: a
// "conjunct" on the far side of a clause is a misattachment.
func (f *frame) verbBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k < b; k++ {
		if u := f.toks[k].UPOS; u == "VERB" || (u == "AUX" && f.toks[k].XPOS != "MD") {
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma lies between tokens a and b.
func (f *frame) commaBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k < b; k++ {
		if f.toks[k].Text == "," {
			return true
		}
	}
	return false
}

// hasNmod reports whether the noun phrase headed by t has its own
// prepositional noun phrase.
func (f *frame) hasNmod(t int) bool {
	for _, c := range f.children(t) {
		if isNmod(f.toks[c].Rel) && f.nominal[c] {
			return true
		}
	}
	return false
}

// temporal reports whether token t is a bare temporal noun phrase
// ("today", "next week"), which is not an actor slot.
func (f *frame) temporal(t int) bool {
	r := f.toks[t].Rel
	if r == "obl:tmod" || r == "nmod:tmod" || r == "obl:npmod" && temporalWord(f.upToks[f.tokWord[t]]) {
		return true
	}
	if (baseRel(r) == "obl" || baseRel(r) == "nmod" || r == "advmod") && f.caseChild(t) < 0 {
		return temporalWord(f.upToks[f.tokWord[t]])
	}
	return false
}

// buildSlots finds the actor noun phrases.
func (f *frame) buildSlots() {
	n := len(f.toks)
	f.inSlot = resizeInts(f.inSlot, n)
	for i := range f.inSlot {
		f.inSlot[i] = -1
	}
	f.slots = f.slots[:0]
	f.arena, f.pieceArena = f.arena[:0], f.pieceArena[:0]
	// Heads of noun phrases: nominal tokens not inside another noun phrase.
	type cand struct{ t, depth int }
	var cands []cand
	for t := 0; t < n; t++ {
		if !f.nominal[t] {
			continue
		}
		h := f.head(t)
		if h >= 0 && f.nominal[h] && (f.inNP(t, h) || f.toks[t].Rel == "conj") {
			continue
		}
		d := 0
		for x := h; x >= 0 && d < n; x = f.head(x) {
			d++
		}
		cands = append(cands, cand{t, d})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].depth < cands[j].depth })
	f.taken = resizeBools(f.taken, n)
	taken := f.taken
	for _, c := range cands {
		if taken[c.t] {
			continue
		}
		if f.temporal(c.t) {
			for _, x := range f.subtree(c.t, nil) {
				if f.nominal[x] && !taken[x] {
					taken[x] = true
				}
			}
			continue
		}
		f.makeSlot(c.t, taken)
	}
	// Conjuncts and appositions that no noun phrase took (a "conjunct"
	// across a clause) form their own slots.
	for t := 0; t < n; t++ {
		if f.nominal[t] && !taken[t] && (f.toks[t].Rel == "conj" || f.toks[t].Rel == "appos") && !f.temporal(t) {
			f.makeSlot(t, taken)
		}
	}
	f.mergeSubjects()
	f.mergeAdjectiveGaps()
	f.mergeHyphenModifiers()
	f.mergeCoordinated()
	// Word-level view.
	for si := range f.slots {
		s := &f.slots[si]
		for _, m := range s.members {
			for _, w := range m.words {
				if f.words[w].slot < 0 {
					f.words[w].slot = si
				}
			}
		}
	}
	// A slot's span is contiguous: words between lo and hi that belong to
	// no slot (punctuation, coordinators) belong to it.
	for si := range f.slots {
		s := &f.slots[si]
		for w := s.lo; w <= s.hi; w++ {
			if f.words[w].slot < 0 {
				f.words[w].slot = si
			}
		}
	}
}

// mergeSubjects joins the slots of two subjects of one verb, which the
// parser produces for a long subject it could not analyse ("Gryffindor's
// head Minerva McGonagall left", "The ambassadors of Arnor, Osgiliath and
// Gondor presented"): written together they are one noun phrase, and
// after a comma the second is coordinated with the first.
func (f *frame) mergeSubjects() {
	for v := range f.toks {
		prev := -1
		for _, c := range f.children(v) {
			if baseRel(f.toks[c].Rel) != "nsubj" || c > v || f.inSlot[c] < 0 {
				continue
			}
			if prev < 0 {
				prev = c
				continue
			}
			a, b := f.inSlot[prev], f.inSlot[c]
			if a == b || a < 0 || b < 0 {
				prev = c
				continue
			}
			sa, sb := &f.slots[a], &f.slots[b]
			if sb.lo <= sa.hi {
				prev = c
				continue
			}
			gap := f.words[sa.hi+1 : sb.lo]
			switch {
			case len(gap) == 0 && len(sa.members) == 1 && len(sb.members) == 1:
				m := &sa.members[0]
				m.words = append(m.words, sb.members[0].words...)
				m.head = sb.members[0].head
			case len(gap) == 1 && gap[0].up == ",":
				var prefix []int
				if m := &sa.members[len(sa.members)-1]; m.ppAt > 0 {
					prefix = m.words[:m.ppAt+1]
				}
				for _, m := range sb.members {
					if prefix != nil && m.ppAt < 0 && isCapitalised(f.toks[f.words[m.words[0]].tok].Text) {
						m.words = append(append([]int{}, prefix...), m.words...)
					}
					sa.members = append(sa.members, m)
				}
			default:
				prev = c
				continue
			}
			sa.hi = sb.hi
			for t := range f.inSlot {
				if f.inSlot[t] == b {
					f.inSlot[t] = a
				}
			}
			sb.members = nil
		}
	}
	// Remove emptied slots.
	remap := make([]int, len(f.slots))
	n := 0
	for i := range f.slots {
		if len(f.slots[i].members) == 0 {
			remap[i] = -1
			continue
		}
		remap[i] = n
		f.slots[n] = f.slots[i]
		n++
	}
	f.slots = f.slots[:n]
	for t := range f.inSlot {
		if s := f.inSlot[t]; s >= 0 {
			f.inSlot[t] = remap[s]
		}
	}
}

// mergeAdjectiveGaps joins two slots separated only by adjectives that
// belong to no slot: one noun phrase the parser broke at a stacked
// modifier ("the evil awful Gondor" with "evil" read as a noun). The gap
// and the second slot join the last member of the first.
func (f *frame) mergeAdjectiveGaps() {
	order := make([]int, len(f.slots))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return f.slots[order[a]].lo < f.slots[order[b]].lo })
	gone := make([]bool, len(f.slots))
	for k := 0; k+1 < len(order); k++ {
		a, b := &f.slots[order[k]], &f.slots[order[k+1]]
		if len(a.members) == 0 || len(b.members) != 1 || b.lo <= a.hi+1 {
			continue
		}
		ok := true
		for w := a.hi + 1; w < b.lo; w++ {
			t := f.words[w].tok
			if f.inSlot[t] >= 0 || !strings.HasPrefix(f.toks[t].XPOS, "JJ") {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		m := &a.members[len(a.members)-1]
		ws := append([]int{}, m.words...)
		for w := a.hi + 1; w < b.lo; w++ {
			ws = append(ws, w)
			f.inSlot[f.words[w].tok] = order[k]
		}
		m.words = append(ws, b.members[0].words...)
		m.head = b.members[0].head
		a.hi = b.hi
		for t := range f.inSlot {
			if f.inSlot[t] == order[k+1] {
				f.inSlot[t] = order[k]
			}
		}
		b.members = nil
		gone[order[k+1]] = true
		order[k+1] = order[k]
	}
	f.dropSlots(gone)
}

// mergeHyphenModifiers joins a slot made of one hyphenated modifier
// ("state-run", "war-torn") with the noun phrase it precedes, and a name
// written directly before it ("Ithilen state-run television"): the parser
// often reads the participle as a verb and breaks the noun phrase.
func (f *frame) mergeHyphenModifiers() {
	order := make([]int, len(f.slots))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return f.slots[order[a]].lo < f.slots[order[b]].lo })
	gone := make([]bool, len(f.slots))
	join := func(a, b int) { // slot b joins slot a
		sa, sb := &f.slots[a], &f.slots[b]
		m := &sa.members[len(sa.members)-1]
		m.words = append(append([]int{}, m.words...), sb.members[0].words...)
		m.head = sb.members[0].head
		sa.hi = sb.hi
		for t := range f.inSlot {
			if f.inSlot[t] == b {
				f.inSlot[t] = a
			}
		}
		sb.members = nil
		gone[b] = true
	}
	for k := 0; k+1 < len(order); k++ {
		a, b := &f.slots[order[k]], &f.slots[order[k+1]]
		if len(a.members) != 1 || len(b.members) != 1 || a.lo != a.hi || b.lo != a.hi+1 {
			continue
		}
		up := f.words[a.lo].up
		if i := strings.IndexByte(up, '-'); i <= 0 || i == len(up)-1 {
			continue
		}
		first := order[k]
		if k > 0 {
			p := &f.slots[order[k-1]]
			if !gone[order[k-1]] && len(p.members) == 1 && p.hi+1 == a.lo && f.properName(p) {
				join(order[k-1], order[k])
				first = order[k-1]
			}
		}
		join(first, order[k+1])
		order[k+1] = first
	}
	f.dropSlots(gone)
}

// properName reports whether every word of the slot is a proper noun.
func (f *frame) properName(s *slot) bool {
	for _, w := range s.members[0].words {
		if f.toks[f.words[w].tok].UPOS != "PROPN" {
			return false
		}
	}
	return true
}

// dropSlots removes the slots marked gone and renumbers the others.
func (f *frame) dropSlots(gone []bool) {
	remap := make([]int, len(f.slots))
	n := 0
	for i := range f.slots {
		if gone[i] {
			remap[i] = -1
			continue
		}
		remap[i] = n
		f.slots[n] = f.slots[i]
		n++
	}
	f.slots = f.slots[:n]
	for t := range f.inSlot {
		if s := f.inSlot[t]; s >= 0 {
			f.inSlot[t] = remap[s]
		}
	}
}

// isCoordinator reports whether an upper-case word joins conjuncts.
func isCoordinator(w string) bool { return w == "AND" || w == "OR" || w == "NOR" || w == "&" }

// mergeCoordinated joins slots that the text coordinates but the parse
// did not ("Dagolath and Osgiliath can cope", with "Osgiliath" parsed as
// the subject of "cope"): a chain of slots separated by commas and ending
// with "and"/"or"/"nor" becomes one compound. When the first slot ends with
// a prepositional phrase and the others are bare names, the words before
// the names are shared ("the ambassadors of Arnor, Osgiliath and Gondor").
func (f *frame) mergeCoordinated() {
	if len(f.slots) < 2 {
		return
	}
	order := make([]int, len(f.slots))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return f.slots[order[a]].lo < f.slots[order[b]].lo })
	into := make([]int, len(f.slots)) // slot that absorbed slot i, or -1
	for i := range into {
		into[i] = -1
	}
	for i := 0; i < len(order); {
		last := -1 // index in order of the slot after the coordinator
		commas := 0
		for j := i; j+1 < len(order); j++ {
			a, b := &f.slots[order[j]], &f.slots[order[j+1]]
			if b.lo <= a.hi {
				break
			}
			gap := f.words[a.hi+1 : b.lo]
			if len(gap) == 1 && gap[0].up == "," {
				commas++
				continue
			}
			if (len(gap) == 1 && isCoordinator(gap[0].up)) ||
				(len(gap) == 2 && gap[0].up == "," && isCoordinator(gap[1].up) && commas > 0) {
				last = j + 1
			}
			break
		}
		if last < 0 {
			i++
			continue
		}
		first := &f.slots[order[i]]
		var prefix []int
		if m := &first.members[len(first.members)-1]; m.ppAt > 0 {
			prefix = m.words[:m.ppAt+1]
		}
		for k := i + 1; k <= last; k++ {
			o := &f.slots[order[k]]
			for _, m := range o.members {
				if prefix != nil && isCapitalised(f.toks[f.words[m.words[0]].tok].Text) && m.ppAt < 0 {
					m.words = append(append([]int{}, prefix...), m.words...)
				}
				first.members = append(first.members, m)
			}
			if o.hi > first.hi {
				first.hi = o.hi
			}
			into[order[k]] = order[i]
		}
		i = last + 1
	}
	// Drop merged slots and renumber.
	remap := make([]int, len(f.slots))
	n := 0
	for i := range f.slots {
		if into[i] >= 0 {
			continue
		}
		remap[i] = n
		f.slots[n] = f.slots[i]
		n++
	}
	for i := range f.slots {
		if into[i] >= 0 {
			remap[i] = remap[into[i]]
		}
	}
	f.slots = f.slots[:n]
	for t := range f.inSlot {
		if s := f.inSlot[t]; s >= 0 {
			f.inSlot[t] = remap[s]
		}
	}
}

// makeSlot builds the slot headed by token h.
func (f *frame) makeSlot(h int, taken []bool) {
	headTok := f.group(h, f.bHead[:0])
	sepToks := f.bSep[:0]
	conj, seps := f.conjuncts(h)
	sepToks = append(sepToks, seps...)
	for _, c := range conj {
		headTok = f.group(c, headTok)
	}
	// Coordination inside modifiers ("death and injury toll").
	for _, t := range headTok {
		for _, c := range f.children(t) {
			r := f.toks[c].Rel
			if r == "cc" && f.nominal[t] && t != h && (f.toks[t].Rel == "conj" || f.toks[t].Rel == "compound") {
				sepToks = append(sepToks, c)
			}
		}
	}
	// One attached prepositional noun phrase, if it is simple.
	ppTok := f.bPP[:0]
	ppStart := -1
	for hi := -1; hi < len(conj); hi++ {
		x := h
		if hi >= 0 {
			x = conj[hi]
		}
		if ppStart >= 0 {
			break
		}
		for _, c := range f.children(x) {
			if !isNmod(f.toks[c].Rel) || !f.nominal[c] || taken[c] || c < x {
				continue
			}
			cs := f.caseChild(c)
			if cs < 0 || f.hasNmod(c) {
				break
			}
			if f.news && nearPreps[strings.ToUpper(f.toks[cs].Text)] {
				// "deployed warships near Taiwan": a place the
				// forces are near is no part of their name (as
				// "militants in Pakistan" is) but a phrase of its
				// own, the party they face.
				break
			}
			if (f.toks[x].UPOS == "PROPN" || (x > 0 && isCapitalised(f.toks[x].Text))) && !strings.EqualFold(f.toks[cs].Text, "of") {
				// A name takes no prepositional modifier but "of"
				// ("Ministry of Magic"): "celebrated Eid at Osgiliath
				// with Gondor" attaches "with Gondor" to the verb,
				// whichever way the parser hangs it.
				break
			}
			pc, ps := f.conjuncts(c)
			simple := true
			for _, y := range pc {
				if f.hasNmod(y) {
					simple = false
				}
			}
			if !simple {
				break
			}
			ppTok = append(ppTok, cs)
			ppTok = f.group(c, ppTok)
			for _, y := range pc {
				ppTok = f.group(y, ppTok)
				if yc := f.caseChild(y); yc >= 0 {
					ppTok = append(ppTok, yc)
				}
			}
			sepToks = append(sepToks, ps...)
			ppStart = cs
			break
		}
	}
	all := append(append(f.bAll[:0], headTok...), ppTok...)
	all = append(all, sepToks...)
	slices.Sort(all)
	all = dedupInts(all)
	f.bHead, f.bSep, f.bPP, f.bAll = headTok, sepToks, ppTok, all
	for _, t := range all {
		taken[t] = true
	}
	f.isSep = resizeBools(f.isSep, len(f.toks))
	isSep := f.isSep
	for _, t := range sepToks {
		isSep[t] = true
	}
	for _, t := range all {
		if f.toks[t].Rel == "cc:preconj" {
			isSep[t] = true
		}
	}
	headPart, ppPart := f.bHP[:0], f.bPP2[:0]
	for _, t := range all {
		if ppStart >= 0 && t >= ppStart {
			ppPart = append(ppPart, t)
		} else {
			headPart = append(headPart, t)
		}
	}
	f.bHP, f.bPP2 = headPart, ppPart
	f.bPieces = f.bPieces[:0]
	f.split(headPart, isSep)
	nh := len(f.bPieces)
	f.split(ppPart, isSep)
	hp, pp := f.bPieces[:nh:nh], f.bPieces[nh:]
	si := len(f.slots)
	var s slot
	s.lo, s.hi = -1, -1
	addMember := func(toks []int) {
		slices.Sort(toks)
		head := -1
		for _, t := range toks {
			if (ppStart < 0 || t < ppStart) && f.nominal[t] {
				head = f.tokWord[t]
			}
		}
		start := len(f.arena)
		ws := f.arena
		for _, t := range toks {
			w := f.tokWord[t]
			if len(ws) == start || ws[len(ws)-1] != w {
				ws = append(ws, w)
			}
			// A token written with underscores gives several words.
			for w2 := w + 1; w2 < len(f.words) && f.words[w2].tok == t && f.words[w2].start > f.words[w].start; w2++ {
				ws = append(ws, w2)
			}
		}
		f.arena = ws
		ws = dedupInts(ws[start:len(ws):len(ws)])
		if len(ws) == 0 {
			return
		}
		if head < 0 {
			head = ws[len(ws)-1]
		}
		ppAt := -1
		if ppStart >= 0 {
			for k, w := range ws {
				if w == f.tokWord[ppStart] {
					ppAt = k
					break
				}
			}
		}
		s.members = append(s.members, member{words: ws, head: head, ppAt: ppAt})
	}
	if len(pp) == 0 {
		pp = [][]int{nil}
	}
	for _, a := range hp {
		for _, b := range pp {
			f.bMem = append(append(f.bMem[:0], a...), b...)
			addMember(f.bMem)
		}
	}
	if len(s.members) == 0 {
		return
	}
	for _, t := range all {
		w := f.tokWord[t]
		if s.lo < 0 || w < s.lo {
			s.lo = w
		}
		last := w
		for last+1 < len(f.words) && f.words[last+1].tok == t {
			last++
		}
		if last > s.hi {
			s.hi = last
		}
		f.inSlot[t] = si
	}
	f.slots = append(f.slots, s)
}

// split cuts a run of tokens at coordinators. Determiners and adjectives
// before the first conjunct are shared by every conjunct without an
// adjective or name of its own ("the Danish media and government"); so
// is the preposition of a prepositional part.
func (f *frame) split(part []int, isSep []bool) {
	if len(part) == 0 {
		return
	}
	first := len(f.bPieces)
	cur := len(f.pieceArena)
	flush := func() {
		if len(f.pieceArena) > cur {
			n := len(f.pieceArena)
			f.bPieces = append(f.bPieces, f.pieceArena[cur:n:n])
		}
		cur = len(f.pieceArena)
	}
	for _, t := range part {
		if isSep[t] {
			flush()
			continue
		}
		f.pieceArena = append(f.pieceArena, t)
	}
	flush()
	pieces := f.bPieces[first:]
	if len(pieces) <= 1 {
		return
	}
	// Shared prefix of the first piece.
	p0 := pieces[0]
	k := 0
	for k < len(p0)-1 {
		r := f.toks[p0[k]].Rel
		if r != "case" && r != "det" && r != "amod" {
			break
		}
		k++
	}
	if k > 0 {
		for i := 1; i < len(pieces); i++ {
			if slices.ContainsFunc(pieces[i], f.modifierWord) {
				// "Afghan Taliban forces and Pakistani troops": a
				// conjunct with a modifier of its own shares none.
				continue
			}
			pieces[i] = append(append([]int{}, p0[:k]...), pieces[i]...)
		}
	}
	// Shared head of the last piece: "Indian and Chinese troops" gives
	// "Indian troops" and "Chinese troops", "Israeli and Hamas
	// negotiators" "Israeli negotiators" and "Hamas negotiators".
	last := pieces[len(pieces)-1]
	j0 := 0
	for j0 < len(last)-1 && f.toks[last[j0]].Rel == "det" {
		j0++
	}
	j := j0
	for j < len(last)-1 && f.modifierWord(last[j]) {
		j++
	}
	if j == j0 || !f.nominal[last[len(last)-1]] {
		return
	}
	for i := 0; i < len(pieces)-1; i++ {
		if !slices.ContainsFunc(pieces[i], func(t int) bool { return !f.modifierWord(t) && f.toks[t].Rel != "det" }) {
			pieces[i] = append(append([]int{}, pieces[i]...), last[j:]...)
		}
	}
}

// modifierWord reports whether token t is an adjective or a name that
// modifies the head of its noun phrase, or such a word's conjunct
// ("Chinese" in "Indian and Chinese troops"; not "Japan" in "Britain,
// Japan and New Zealand", a conjunct noun of its own).
func (f *frame) modifierWord(t int) bool {
	if f.toks[t].UPOS != "ADJ" && f.toks[t].UPOS != "PROPN" {
		return false
	}
	switch f.toks[t].Rel {
	case "amod", "compound":
		return true
	case "conj":
		h := f.head(t)
		return h >= 0 && (f.toks[h].Rel == "amod" || f.toks[h].Rel == "compound")
	}
	return false
}

func dedupInts(s []int) []int {
	if len(s) < 2 {
		return s
	}
	out := s[:1]
	for _, v := range s[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out
}

// firstConjunct returns the first of the nominal conjuncts that t ends
// ("water cannon" in "tear gas and water cannon" → "gas"), whose
// relation is the whole coordination's; t itself when it is no conjunct.
func (f *frame) firstConjunct(t int) int {
	for f.toks[t].Rel == "conj" && f.nominal[t] {
		h := f.head(t)
		if h < 0 || !f.nominal[h] {
			break
		}
		t = h
	}
	return t
}
