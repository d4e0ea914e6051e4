package coder

// Clauses: verbs, verb-phrase extents and clause-level commas with
// comma-clause deletion (petrarch-formats.md sec. 2.5, 7.2).

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tacitus/nlp"
)

// hasCoordinator reports whether t has a coordinating conjunction or a
// comma among its dependents.
func (f *frame) hasCoordinator(t int) bool {
	for _, c := range f.children(t) {
		if f.toks[c].Rel == "cc" || (f.toks[c].Rel == "punct" && f.toks[c].Text == ",") {
			return true
		}
	}
	return false
}

// clausalRel reports whether a relation attaches a clause or a subject.
func clausalRel(r string) bool {
	switch baseRel(r) {
	case "conj", "parataxis", "advcl", "ccomp", "csubj", "nsubj", "root", "cc", "mark", "expl":
		return true
	}
	return r == "acl:relcl"
}

// isAncestor reports whether token a dominates token b.
func (f *frame) isAncestor(a, b int) bool {
	for x, n := f.head(b), 0; x >= 0 && n <= len(f.toks); x, n = f.head(x), n+1 {
		if x == a {
			return true
		}
	}
	return false
}

// hasSubject reports whether t has its own subject.
func (f *frame) hasSubject(t int) bool {
	for _, c := range f.children(t) {
		if r := baseRel(f.toks[c].Rel); r == "nsubj" || r == "csubj" || r == "expl" {
			return true
		}
	}
	return false
}

// maxInSubtree returns the last token of the subtree of t.
func (f *frame) maxInSubtree(t int) int {
	m := t
	for _, c := range f.children(t) {
		if x := f.maxInSubtree(c); x > m {
			m = x
		}
	}
	return m
}

// minInSubtree returns the first token of the subtree of t.
func (f *frame) minInSubtree(t int) int {
	m := t
	for _, c := range f.children(t) {
		if x := f.minInSubtree(c); x < m {
			m = x
		}
	}
	return m
}

// maxInPhrase is maxInSubtree without the reporting clauses the parser
// hangs deep inside another clause (", a senior official said" attached
// as a conjunct of an embedded verb): a verb conjunct with its own subject
// after a comma and without a coordinator starts a new clause.
func (f *frame) maxInPhrase(t int) int {
	m := t
	for _, c := range f.children(t) {
		if f.toks[c].Rel == "conj" && f.toks[c].UPOS == "VERB" && c > t && f.hasSubject(c) &&
			f.commaBetween(t, c) && !f.hasCC(c) && f.afterComma(c) {
			continue
		}
		if x := f.maxInPhrase(c); x > m {
			m = x
		}
	}
	return m
}

// afterComma reports whether the phrase of token t (its subtree) is
// written directly after a comma: a clause the parser hung inside another
// without such a comma ("ties with Gondor almost five years after crowds
// burned ...") continues the phrase it follows.
func (f *frame) afterComma(t int) bool {
	m := t
	for _, x := range f.subtree(t, nil) {
		if x < m && f.toks[x].UPOS != "PUNCT" {
			m = x
		}
	}
	return m > 0 && f.toks[m-1].Text == ","
}

// subordinator reports whether upper-case word w opens an adverbial
// clause: a word of nlp.Subordinator, or "whereas".
func subordinator(w string) bool { return nlp.Subordinator(w) || w == "WHEREAS" }

// subordinateAfter reports whether the words after the comma at word c,
// up to the next comma or the end, form an adverbial clause: a
// subordinator before the first verb ("..., almost five years after
// crowds burned down its embassy"). The Treebank attaches such a clause
// to the preceding verb phrase, whatever the parser here does with it.
func (f *frame) subordinateAfter(c int) bool {
	for k := c + 1; k < len(f.words); k++ {
		w := &f.words[k]
		if w.up == "," || w.up == ";" || isFinalPunct(w.up) {
			return false
		}
		if subordinator(w.up) {
			return f.verbFollows(k)
		}
		if x := f.toks[w.tok].XPOS; strings.HasPrefix(x, "VB") || x == "MD" {
			return false
		}
	}
	return false
}

// verbFollows reports whether the words after subordinator k are a
// clause: a noun phrase directly followed by a verb ("after a hafling was
// reported"), not a verbless phrase ("while in detention").
func (f *frame) verbFollows(k int) bool {
	if k+1 >= len(f.words) {
		return false
	}
	s := f.words[k+1].slot
	if s < 0 {
		return false
	}
	v := f.slots[s].hi + 1
	if v >= len(f.words) || f.words[v].slot >= 0 {
		return false
	}
	x := f.toks[f.words[v].tok].XPOS
	return strings.HasPrefix(x, "VB") || x == "MD"
}

// hasCC reports whether t has a coordinating conjunction among its
// dependents.
func (f *frame) hasCC(t int) bool {
	for _, c := range f.children(t) {
		if f.toks[c].Rel == "cc" {
			return true
		}
	}
	return false
}

// markVerbs flags the words that head verb phrases and marks clause-level
// commas.
func (f *frame) markVerbs() {
	for i := range f.words {
		w := &f.words[i]
		t := &f.toks[w.tok]
		if f.inSlot[w.tok] >= 0 {
			// Words of noun phrases are neither verbs nor clause commas.
			continue
		}
		if w.up == "," || w.up == ";" {
			w.comma = f.isClauseComma(w.tok)
			w.opens = f.opensClause(i)
			continue
		}
		if t.XPOS == "MD" {
			continue
		}
		if strings.HasPrefix(t.XPOS, "VB") || t.UPOS == "VERB" || t.UPOS == "AUX" || f.news && f.stancePredicate(w.tok) {
			w.verb = true
		}
	}
}

// stancePredicate reports whether token t is an adjective of
// stanceAdjectives predicated with a copula ("Howard was critical of the
// government"): it heads its clause as a verb does, and the verb
// dictionary codes it (the supplement's CRITICAL).
func (f *frame) stancePredicate(t int) bool {
	return f.toks[t].UPOS == "ADJ" && stanceAdjectives[strings.ToUpper(f.toks[t].Text)] &&
		slices.ContainsFunc(f.children(t), func(c int) bool { return f.toks[c].Rel == "cop" })
}

// stanceAdjectives (upper case) take a stance against a party when
// predicated of its critic ("was critical of", "was scathing about").
// Not anger or displeasure ("farmers are furious over the plans", "is
// unhappy with the banks' refusal"), measured adding more wrong events
// than right ones: their feelers are often a sector or a people whose
// code the sentence leaves unclear.
var stanceAdjectives = map[string]bool{
	"CRITICAL": true, "SCATHING": true, "DISMISSIVE": true, "SCORNFUL": true, "CONTEMPTUOUS": true,
}

// isClauseComma reports whether comma token t separates clauses rather than
// parts of a noun phrase (appositions, lists, coordinated adjectives).
func (f *frame) isClauseComma(t int) bool {
	if f.inSlot[t] >= 0 {
		return false
	}
	w := f.tokWord[t]
	if w > 0 && w+1 < len(f.words) && f.words[w-1].slot >= 0 && f.words[w-1].slot == f.words[w+1].slot {
		return false
	}
	if f.opensClause(w) {
		return true
	}
	// Between two adjectives: a list of modifiers ("complete, full
	// diplomatic ties").
	if t > 0 && t+1 < len(f.toks) && f.toks[t-1].UPOS == "ADJ" && f.toks[t+1].UPOS == "ADJ" {
		return false
	}
	h := f.head(t)
	if h < 0 {
		return true
	}
	// A comma attached to a noun phrase that is itself part of a larger
	// noun phrase (apposition, list) or to an adjective in a list is
	// internal; one attached to a clause's argument begins a clause.
	if f.nominal[h] || f.toks[h].UPOS == "ADJ" || f.toks[h].UPOS == "DET" {
		if hh := f.head(h); hh >= 0 && f.nominal[hh] && !f.verbBetween(hh, h) {
			return false
		}
		return f.toks[h].UPOS != "ADJ"
	}
	return true
}

// vpEnd returns the last word of the verb phrase of verb word w: the
// verb's dependents to its right (for an auxiliary or copula, its head's),
// without coordinated verb phrases and parenthetical clauses.
func (f *frame) vpEnd(w int) int {
	t := f.words[w].tok
	base := t
	switch f.toks[t].Rel {
	case "aux", "aux:pass", "cop":
		if h := f.head(t); h >= 0 {
			base = h
		}
	}
	maxTok := t
	if base > maxTok {
		maxTok = base
	}
	// Dependents after a coordinated verb phrase belong to it ("condemned
	// an attack and promised aid", with "aid" attached to "condemned").
	limit := len(f.toks)
	for _, c := range f.children(base) {
		if c > t && f.toks[c].Rel == "conj" && f.toks[c].UPOS == "VERB" && f.hasCoordinator(c) {
			limit = c
			break
		}
	}
	for _, c := range f.children(base) {
		if c > limit {
			break
		}
		switch baseRel(f.toks[c].Rel) {
		case "conj":
			// A coordinated verb phrase is a separate clause; a "conj"
			// without a coordinator or subject is a parser's
			// misattachment.
			if f.hasCoordinator(c) || (f.hasSubject(c) && f.commaBetween(t, c)) || f.clauseCommaBetween(w, f.tokWord[c]) {
				continue
			}
		case "nsubj", "csubj":
			if c < t {
				continue
			}
		case "punct":
			// Punctuation with dependents is a misparse: its
			// dependents still belong here.
			for _, g := range f.children(c) {
				if x := f.maxInSubtree(g); x > maxTok {
					maxTok = x
				}
			}
			continue
		case "cc", "parataxis":
			continue
		}
		if x := f.maxInPhrase(c); x > maxTok {
			maxTok = x
		}
	}
	// Words after the phrase that the parser attached further up ("and
	// promised aid to ..." with "aid" attached to the first verb) still
	// belong to this verb phrase, up to the next clause.
	for k := maxTok + 1; k < len(f.toks); k++ {
		h := f.head(k)
		if h >= t && h <= maxTok {
			maxTok = k
			continue
		}
		if f.toks[k].Text == "," && h > k && !clausalRel(f.toks[h].Rel) && f.head(h) >= 0 && f.isAncestor(f.head(h), base) {
			// A comma opening a phrase that the parser attached higher
			// up ("restore ties with Gondor, almost five years after
			// ..."): the phrase still belongs to the verb phrase.
			if x := f.maxInSubtree(h); x > maxTok {
				maxTok = x
			}
			k = maxTok
			continue
		}
		if clausalRel(f.toks[k].Rel) || f.toks[k].UPOS == "PUNCT" || h < 0 || !f.isAncestor(h, base) {
			break
		}
		maxTok = f.maxInSubtree(k)
		if maxTok < k {
			maxTok = k
		}
	}
	end := f.tokWord[maxTok]
	for end+1 < len(f.words) && f.words[end+1].tok == maxTok {
		end++
	}
	if !f.news {
		// The suite's verb phrase runs on to the next clause-level
		// comma, the end of the sentence or a coordinated verb phrase
		// ("... and promised aid"), however the parser attached the
		// words after the verb (a complement clause is inside it).
		if lin := f.linearEnd(w); lin > end {
			end = lin
		}
	}
	if !f.news {
		// A new clause after a comma ends the verb phrase, however
		// deep the parser hung its subject.
		for k := w + 1; k <= end; k++ {
			if f.words[k].opens {
				end = k - 1
				break
			}
		}
	}
	if !f.news {
		// An adverbial clause inside or right after the phrase
		// ("delayed their meeting after a hafling was reported on
		// ...") belongs to it up to the next comma, wherever the
		// parser attached its subject.
		for k := w + 1; k <= end+1 && k < len(f.words); k++ {
			if f.words[k].up == "," || f.words[k].up == ";" {
				break
			}
			if subordinator(f.words[k].up) && f.verbFollows(k) {
				for end = k; end+1 < len(f.words); end++ {
					if u := f.words[end+1].up; u == "," || u == ";" || isFinalPunct(u) {
						break
					}
				}
				break
			}
		}
	}
	if !f.news && end+1 < len(f.words) && f.words[end+1].up == "," && f.subordinateAfter(end+1) {
		// An adverbial clause after a comma belongs to the verb phrase.
		k := end + 2
		for k < len(f.words) && f.words[k].up != "," && f.words[k].up != ";" && !isFinalPunct(f.words[k].up) {
			k++
		}
		end = k - 1
	}
	if end < w {
		end = w
	}
	if f.words[w].forced {
		// The parse around a word the tagger missed as a verb is
		// unreliable: the phrase runs to the next clause boundary.
		k := w + 1
		for k < len(f.words) && !f.words[k].comma && !isFinalPunct(f.words[k].up) {
			k++
		}
		if k-1 > end {
			end = k - 1
		}
	}
	return end
}

// opensClause reports whether the comma at word w is followed by a noun
// phrase and a finite verb: the subject of a new clause (", the official
// news agency WFNA said"), whatever the parser attached the noun phrase
// to.
func (f *frame) opensClause(w int) bool {
	if w+1 >= len(f.words) {
		return false
	}
	s := f.words[w+1].slot
	if s < 0 || f.slots[s].lo != w+1 {
		return false
	}
	v := f.slots[s].hi + 1
	if v >= len(f.words) || f.inSlot[f.words[v].tok] >= 0 {
		return false
	}
	switch f.toks[f.words[v].tok].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		// A parenthetical (", it seems,") closes at once.
		return v+1 >= len(f.words) || f.words[v+1].up != ","
	}
	return false
}

// linearEnd returns the last word before the next clause-level comma,
// final punctuation or coordinated verb phrase after verb word w (for a
// participle modifying a noun, the next relative pronoun or finite verb).
func (f *frame) linearEnd(w int) int {
	t := &f.toks[f.words[w].tok]
	if r := baseRel(t.Rel); (r == "acl" ||
		((t.XPOS == "VBN" || t.XPOS == "VBG") && w > 0 && f.words[w-1].slot >= 0)) && f.finiteAfter(w) {
		// A participle modifying a noun, with the clause's finite verb
		// still to come ("a woman believed linked to Al-Qaeda who
		// shot ... was extradited"): its phrase is inside the noun
		// phrase and ends before a relative pronoun or a finite verb.
		k := w + 1
		for ; k < len(f.words); k++ {
			if f.words[k].comma || isFinalPunct(f.words[k].up) {
				break
			}
			switch f.toks[f.words[k].tok].XPOS {
			case "VBD", "VBZ", "VBP", "MD", "WDT", "WP", "WRB":
				return k - 1
			}
		}
		return k - 1
	}
	k := w + 1
	for ; k < len(f.words); k++ {
		u := f.words[k].up
		if f.words[k].comma || isFinalPunct(u) {
			break
		}
		if (u == "AND" || u == "BUT" || u == "OR") && f.words[k].slot < 0 && f.verbNext(k) {
			break
		}
	}
	return k - 1
}

// finiteAfter reports whether a finite verb follows word w before the
// next clause-level comma or the end of the sentence.
func (f *frame) finiteAfter(w int) bool {
	for k := w + 1; k < len(f.words); k++ {
		if f.words[k].comma || isFinalPunct(f.words[k].up) {
			return false
		}
		switch f.toks[f.words[k].tok].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return f.words[k].slot < 0
		}
	}
	return false
}

// verbNext reports whether a verb (or modal) follows word k, past adverbs.
func (f *frame) verbNext(k int) bool {
	for k++; k < len(f.words); k++ {
		t := &f.toks[f.words[k].tok]
		if t.UPOS == "ADV" || adverbial[f.words[k].up] {
			continue
		}
		return f.words[k].slot < 0 && (strings.HasPrefix(t.XPOS, "VB") || t.XPOS == "MD")
	}
	return false
}

// clauseCommaBetween reports whether a clause-level comma lies between
// words a and b.
func (f *frame) clauseCommaBetween(a, b int) bool {
	for k := a + 1; k < b && k < len(f.words); k++ {
		if f.words[k].comma {
			return true
		}
	}
	return false
}

// letterWords counts the words in [a, b] that begin with a letter
// (comma-clause lengths, petrarch-formats.md sec. 7.2).
func (f *frame) letterWords(a, b int) int {
	n := 0
	for i := a; i <= b && i < len(f.words); i++ {
		r, _ := utf8.DecodeRuneInString(f.words[i].up)
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// deleteCommaClauses applies comma-clause deletion (sec. 7.2).
func (f *frame) deleteCommaClauses(cfg Config) {
	var commas []int
	for i := range f.words {
		if f.words[i].comma {
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return
	}
	last := len(f.words) - 1
	for last >= 0 && isFinalPunct(f.words[last].up) {
		last--
	}
	del := func(a, b int) {
		for i := a; i <= b; i++ {
			if !f.words[i].comma {
				f.words[i].del = true
			}
		}
	}
	in := func(n, lo, hi int) bool { return hi > 0 && lo <= n && n <= hi }
	c1, ck := commas[0], commas[len(commas)-1]
	if n := f.letterWords(0, c1-1); in(n, cfg.CommaBMin, cfg.CommaBMax) {
		del(0, c1-1)
	}
	if n := f.letterWords(ck+1, last); in(n, cfg.CommaEMin, cfg.CommaEMax) {
		del(ck+1, last)
	}
	for i := 0; i+1 < len(commas); i++ {
		a, b := commas[i]+1, commas[i+1]-1
		if n := f.letterWords(a, b); in(n, cfg.CommaMin, cfg.CommaMax) {
			del(a, b)
		}
	}
}

func isFinalPunct(s string) bool {
	switch s {
	case ".", "!", "?", "''", "\"", "'":
		return true
	}
	return false
}
