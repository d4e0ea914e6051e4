package coder

import (
	"slices"
	"strings"

	"tacitus/dictionary"
)

// Dialect B (CAMEO.2.0, petrarch-formats.md sec. 2.6): patterns name
// noun-phrase heads, "{...}" phrases and "(PREP OBJECT)" phrases around
// the verb. They are matched on the slots: post-verb elements against the
// slots and prepositions of the verb phrase, pre-verb elements against the
// slots before the verb (the subject side). The most specific matching
// pattern wins.

// tokenMatches reports whether a dialect-B token matches word w or, with
// Options.News, a plural noun's singular: the dictionary writes nouns in
// the singular ("&TREATY" lists ACCORD, news writes "signed accords").
func (f *frame) tokenMatches(t *dictionary.Token, w string) bool {
	if tokenMatchesExact(t, w) {
		return true
	}
	if !f.news {
		return false
	}
	for _, sg := range singulars(w) {
		if sg != "" && tokenMatchesExact(t, sg) {
			return true
		}
	}
	return false
}

func tokenMatchesExact(t *dictionary.Token, w string) bool {
	switch t.Kind {
	case dictionary.TokWord:
		return t.Text == w
	case dictionary.TokSynset:
		return t.Synset != nil && t.Synset.Has(w)
	}
	return false
}

// singulars returns the candidate singular forms of an upper-case plural
// ("ACCORDS" ACCORD, "TAXES" TAX, "PARTIES" PARTY); empty strings when w
// does not look plural.
func singulars(w string) [2]string {
	n := len(w)
	if n < 4 || w[n-1] != 'S' || w[n-2] == 'S' || w[n-2] == '\'' {
		return [2]string{}
	}
	switch {
	case strings.HasSuffix(w, "IES"):
		return [2]string{w[:n-3] + "Y", w[:n-1]}
	case strings.HasSuffix(w, "ES"):
		return [2]string{w[:n-1], w[:n-2]}
	}
	return [2]string{w[:n-1]}
}

// nounMatches reports whether constituent c (a NounPhrase) matches a
// member of slot s: its head word is the member's head, its modifiers
// occur among the member's words.
func (f *frame) nounMatches(c *dictionary.Constituent, s int) bool {
	for mi := range f.slots[s].members {
		m := &f.slots[s].members[mi]
		if !f.tokenMatches(&c.Head, f.words[m.head].up) && !f.titleMatches(&c.Head, m) && !f.measuredMatches(&c.Head, m) {
			continue
		}
		ok := true
		for k := range c.Mods {
			found := false
			for _, w := range m.words {
				if f.tokenMatches(&c.Mods[k], f.words[w].up) {
					found = true
					break
				}
			}
			if !found {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// spanNouns (upper case) count or group the acts of their "of" phrase:
// "a new round of talks", "11 rounds of negotiations", "a series of
// meetings". (Days and weeks of talks are time words the frame does
// not hand to the patterns.)
var spanNouns = map[string]bool{
	"ROUND": true, "ROUNDS": true, "SERIES": true, "SESSION": true, "SESSIONS": true,
}

// measuredMatches reports whether pattern word t matches, in a parsed
// news sentence, the noun of the "of" phrase of member m's head when
// that head only counts or groups it (spanNouns) and is an object:
// "- * TALKS [046] # HOLD" matches "held two rounds of talks", whose
// head is "rounds". The parser hangs the talks on the count; read as the
// head, the count hid the act from the verb's patterns, and "China and
// the U.S. had held two rounds of talks" coded nothing.
func (f *frame) measuredMatches(t *dictionary.Token, m *member) bool {
	h := f.words[m.head].tok
	if !f.news || !f.parsed || h < 0 || h >= len(f.toks) || f.toks[h].Rel != "obj" || !spanNouns[f.words[m.head].up] {
		// (Only a verb's own object: "expects the meeting to call
		// for a new round of negotiations" expects no talks.)
		return false
	}
	for _, c := range f.children(h) {
		if w := f.tokWord[c]; w >= 0 && isNmod(f.toks[c].Rel) && f.caseWord(c) == "OF" {
			return f.tokenMatches(t, f.words[w].up)
		}
	}
	return false
}

// titleMatches reports whether pattern word t matches the title
// (personTitle) of member m's person in a parsed sentence: "- * MINISTER
// [043] # RECEIVE" matches "received Libyan Prime Minister Abdul Hamid
// Dbeibah", whose head is the name, "Minister" the nmod:desc of its
// first word.
func (f *frame) titleMatches(t *dictionary.Token, m *member) bool {
	h := f.words[m.head].tok
	if !f.parsed || h < 0 || h >= len(f.toks) {
		return false
	}
	if r := f.toks[h].Rel; r == "flat" || r == "compound" {
		h = f.toks[h].Head - 1 // "Abdul" of "Abdul Hamid Dbeibah"
	}
	if h < 0 || f.toks[h].Rel == "appos" {
		// Not a name set off after the phrase ("received a loan from
		// the bank, Finance Minister Jaime Ongpin told Reuters").
		return false
	}
	for _, w := range m.words {
		k := f.words[w].tok
		if w != m.head && k >= 0 && k < len(f.toks) && f.toks[k].Rel == "nmod:desc" && f.toks[k].Head-1 == h &&
			personTitle(f.words[w].up) && f.tokenMatches(t, f.words[w].up) {
			return true
		}
	}
	return false
}

// personTitle reports whether upper-case word w is a title of a person:
// a dignitary's, an envoy's or a commander's ("Credit" of "Credit Card
// Trust", hung as a title by the parser, is none).
func personTitle(w string) bool {
	return dignitaryNouns[w] || envoyNouns[w] || commandTitles[w]
}

// commandTitles (upper case) are the titles of military leaders.
var commandTitles = map[string]bool{"COMMANDER": true, "CHIEF": true, "GENERAL": true, "WARLORD": true}

// matchSection matches constituents against a context; it returns the
// number of pattern words used and whether all constituents matched.
func (f *frame) matchSection(cs []dictionary.Constituent, ctx, slots []int, objOnly bool) (int, bool) {
	score := 0
	for i := range cs {
		c := &cs[i]
		switch c.Kind {
		case dictionary.Marker:
			switch c.Head.Kind {
			case dictionary.TokSkip:
			case dictionary.TokTarget:
				// "- * +" in news: the nearest phrase is an actor
				// by its own head ("suspended Gabon", not
				// "suspended payments" or "repeated an invitation
				// to Turkey").
				if !f.news || i > 0 || len(slots) == 0 || !f.headCoded(slots[0]) {
					return 0, false
				}
				score++
			default:
				return 0, false
			}
		case dictionary.NounPhrase:
			found := false
			for _, s := range slots {
				if objOnly && f.prepObject(s) {
					// "- * PLANS # ANNOUNCE" names the object of
					// "announce", not a noun under a preposition
					// of another verb of its block ("expressed
					// displeasure at the government's reform
					// plans" announces nothing).
					continue
				}
				if f.settingPhrase(s) {
					// "- * TALKS [036] # BACK" names what is backed,
					// not the occasion: "backed Brazil at the London
					// talks" is support for Brazil.
					continue
				}
				if f.nounMatches(c, s) {
					found = true
					break
				}
			}
			if !found && f.news && f.parsed && !objOnly && len(c.Mods) == 0 && c.Head.Kind == dictionary.TokWord {
				// "- * OUT (AT)", "- * BACK (AT)": the verb's
				// particle, which is no noun phrase ("hit out at
				// critics").
				for _, w := range ctx {
					t := f.words[w].tok
					if t < 0 || f.toks[t].Rel != "compound:prt" || f.words[w].up != c.Head.Text {
						continue
					}
					// The particle of this verb: its head is the word
					// before the context.
					if v := ctx[0] - 1; v >= 0 && f.words[v].tok >= 0 && f.words[v].tok == f.head(t) {
						found = true
					}
					break
				}
			}
			if !found {
				return 0, false
			}
			score += 1 + len(c.Mods)
		case dictionary.PrepPhrase:
			found := false
			for k, w := range ctx {
				if f.infinitiveMarker(w) && (k+1 < len(ctx) && f.infinitiveMatches(c, ctx[k+1]) || f.purposeMatches(c, w)) {
					// "- * TROOPS (TO LEAVE)": an infinitive whose
					// verb the phrase names ("ordered French troops
					// to leave"), as Phoenix writes it.
					found = true
					break
				}
				if !f.tokenMatches(&c.Head, f.words[w].up) || f.infinitiveMarker(w) || f.timePreposition(w) {
					continue
				}
				if objOnly && c.Object == nil && f.clausePreposition(w) {
					// "- * (TO) [042:043] # HEAD" names a phrase of
					// "head", not one of a clause under another verb
					// of its block ("ordered fishermen to return to
					// port").
					continue
				}
				if objOnly && f.nounPreposition(w) {
					// "- * (FOR) [111] # ATTACK" names a phrase of
					// "attack" ("attacked the plan for failing"),
					// not one inside the object of another verb of
					// its block ("bombed a camp for displaced
					// people").
					continue
				}
				if c.Object == nil && c.Head.Text == "FOR" && f.nounPreposition(w) && k+1 < len(ctx) && f.codedSlotAt(ctx[k+1]) {
					// "- * (FOR) [111] # ATTACK" names the reason of
					// an attack ("attacked the plan for failing"),
					// not a party the object is for ("attacked a camp
					// for displaced people"). Other prepositions of
					// the object do name its parties ("received a
					// call from", "talks between").
					continue
				}
				if c.Object == nil && c.Head.Text == "FOR" && f.obliqueNounCase(w) != "" {
					// "- * (FOR) [111] # ATTACK" names the reason given
					// for an attack ("attacked the plan for failing"),
					// not a phrase of the noun of another oblique:
					// "attacked a tanker in retaliation for the raid"
					// is force, paid back.
					continue
				}
				if c.Object != nil && c.Object.Kind == dictionary.Marker && c.Object.Head.Kind == dictionary.TokTarget {
					// "(ON +)": the preposition's own noun phrase is
					// an actor ("fired on Libyan forces", not "fired
					// on Saturday"), and a phrase of the verb's, not
					// of an oblique's noun ("returned to work after
					// accords with 22 companies").
					if k+1 < len(ctx) && f.codedSlotAt(ctx[k+1]) && !reasonPreps[f.obliqueNounCase(w)] {
						found = true
						break
					}
					continue
				}
				if c.Object == nil || c.Object.Kind == dictionary.Marker {
					found = true
					break
				}
				// The object: the next slot after the preposition.
				for _, w2 := range ctx[k+1:] {
					if s := f.words[w2].slot; s >= 0 {
						found = f.nounMatches(c.Object, s) || s == f.words[w].slot && !f.prepObject(s) && f.innerPrepObject(c.Object, w)
						break
					}
				}
				if found {
					break
				}
			}
			if !found {
				return 0, false
			}
			score += 1
			if c.Object != nil {
				score += 1 + len(c.Object.Mods)
			}
		}
	}
	return score, true
}

// settingPrepositions (lower case) mark a phrase that says when or
// where an act took place, not what it was done to.
var settingPrepositions = map[string]bool{"at": true, "during": true, "amid": true, "after": true, "following": true, "throughout": true}

// settingPhrase reports whether slot s, in the news dialect, is the
// object of a preposition of the setting ("at the London talks", "after
// the meeting"), by its first member's head.
func (f *frame) settingPhrase(s int) bool {
	if !f.news || !f.parsed || len(f.slots[s].members) == 0 {
		return false
	}
	t := f.words[f.slots[s].members[0].head].tok
	if t < 0 {
		return false
	}
	c := f.caseChild(t)
	return c >= 0 && settingPrepositions[strings.ToLower(f.toks[c].Text)]
}

// innerPrepObject reports whether the noun that preposition word w
// governs, inside the noun phrase (slot) w belongs to, is the head of
// constituent c without modifiers: "- * STATE (OF EMERGENCY)" matches
// "declared a state of emergency", whose one phrase (the verb's object,
// not a phrase under a preposition) holds the preposition.
func (f *frame) innerPrepObject(c *dictionary.Constituent, w int) bool {
	t := f.words[w].tok
	if !f.parsed || t < 0 || len(c.Mods) > 0 {
		return false
	}
	h := f.head(t)
	if h < 0 || f.tokWord[h] < 0 {
		return false
	}
	return f.tokenMatches(&c.Head, f.words[f.tokWord[h]].up)
}

// prepObject reports whether slot s, in the news dialect, is the object
// of a preposition: its first member's head (or the first conjunct that
// head is coordinated with) has a case marker.
func (f *frame) prepObject(s int) bool {
	if !f.news || !f.parsed || len(f.slots[s].members) == 0 {
		return false
	}
	t := f.words[f.slots[s].members[0].head].tok
	for n := 0; t >= 0 && n < 8 && f.toks[t].Rel == "conj"; n++ {
		t = f.head(t)
	}
	if t < 0 {
		return false
	}
	c := f.caseChild(t)
	if c < 0 {
		return false
	}
	h := f.head(t)
	switch {
	case baseRel(f.toks[t].Rel) == "obl" && (strings.EqualFold(f.toks[c].Text, "for") || strings.EqualFold(f.toks[c].Text, "as")):
		// What one asks, presses or looks for is the object
		// ("asked for the government loans"), and so is what the
		// object is given as ("will ship wheat to China as food
		// aid").
		return false
	case h >= 0 && isNmod(f.toks[t].Rel) && f.measure(h):
		// A quantity's stuff heads the phrase ("115 mln dlrs in
		// aid", "124 billion yen of loans").
		return false
	}
	return true
}

// measure reports whether token t is a quantity: a number, or a noun
// counted by a number ("300 mln dlrs", "25,000 tonnes").
func (f *frame) measure(t int) bool {
	if f.toks[t].UPOS == "NUM" {
		return true
	}
	for _, c := range f.children(t) {
		if f.toks[c].Rel == "nummod" {
			return true
		}
	}
	return false
}

// headCoded reports whether the first member of slot s is an actor by
// its head: coded, with its head word inside a mention the outside
// lookup codes.
func (f *frame) headCoded(s int) bool {
	sl := &f.slots[s]
	return len(sl.members) > 0 && !sl.members[0].null && f.lookCoded(f.words[sl.members[0].head].tok)
}

// mayMatch is a cheap filter: every literal head word of the pattern's
// constituents must occur among the context words (or, with plural,
// their singulars).
func mayMatch(cs []dictionary.Constituent, words []string, plural bool) bool {
	for i := range cs {
		c := &cs[i]
		if c.Kind == dictionary.Marker || c.Head.Kind != dictionary.TokWord {
			continue
		}
		found := false
		for _, w := range words {
			if w == c.Head.Text {
				found = true
				break
			}
			if !plural {
				continue
			}
			if sg := singulars(w); sg[0] == c.Head.Text || sg[1] == c.Head.Text && sg[1] != "" {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// matchSyntactic matches a dialect-B pattern; the score measures its
// specificity.
// A pattern written for another verb of the block (objOnly) names that
// verb's object: its nouns match only a phrase that is no preposition's
// object.
func (f *frame) matchSyntactic(p *dictionary.Pattern, upper, lower, us, ls []int, uw, lw []string, objOnly bool) (int, bool) {
	if !mayMatch(p.Post, lw, f.news) || !mayMatch(p.Pre, uw, f.news) {
		return 0, false
	}
	post, ok := f.matchSection(p.Post, lower, ls, objOnly)
	if !ok {
		return 0, false
	}
	pre, ok := f.matchSection(p.Pre, upper, us, false)
	if !ok {
		return 0, false
	}
	return pre + post, true
}

// synIndex narrows the dialect-B patterns of a block to those that can
// match: patterns keyed by a literal word they require, and the others.
type synIndex struct {
	byWord map[string][]int // word -> pattern indices in the block
	rest   []int            // patterns without a literal key
	// owners maps the index of a pattern whose comment names verbs of
	// its block to the verbs that may use it (see patternOwners);
	// patterns not in it serve every verb of the block.
	owners map[int]map[*dictionary.Verb]bool
}

// patternOwners returns the verbs of block b that may use pattern p in
// news, or nil when all may. CAMEO.2.0 writes after each pattern the
// verb it was written for ("- * {&MILITARY OPERATION} [111] # CONDEMN"
// in the BLAME block). The block's verbs share its patterns, except
// that a verb with a code of its own does not take the patterns written
// for another verb coded otherwise by its own code: ACCUSE [112] does
// not take CONDEMN [111]'s patterns, GRILL [110] not those of ASK
// [020]. A verb without a code of its own (DECLINE takes REFUSE's
// "- * COMMENT [011]", EXPRESS [110] ASSERT's "- * SUPPORT [032]") and a
// pattern whose comment names no verb of the block (initials, dates)
// stay shared.
func patternOwners(b *dictionary.VerbBlock, p *dictionary.Pattern) map[*dictionary.Verb]bool {
	names := strings.FieldsFunc(p.Comment, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	if len(names) == 0 {
		return nil
	}
	var named []*dictionary.Verb
	for _, v := range b.Verbs {
		if namesVerb(names, v) {
			named = append(named, v)
		}
	}
	if len(named) == 0 {
		return nil
	}
	own := map[*dictionary.Verb]bool{}
	for _, v := range b.Verbs {
		ok := true
		for _, n := range named {
			ok = v == n || !v.HasCode || !n.HasCode || v.Code.Raw == n.Code.Raw
			if ok {
				break
			}
		}
		if ok {
			own[v] = true
		}
	}
	if len(own) == len(b.Verbs) {
		return nil
	}
	return own
}

// namesVerb reports whether one of names is a form of v, written with
// its words joined by '_' ("CALLED_OFF") or as its verb word alone.
func namesVerb(names []string, v *dictionary.Verb) bool {
	for _, fm := range v.Forms {
		whole := strings.Join(fm.Words, "_")
		for _, n := range names {
			n = strings.ReplaceAll(n, "+", "")
			if strings.EqualFold(n, whole) || strings.EqualFold(n, fm.Words[fm.Head]) {
				return true
			}
		}
	}
	return false
}

// serves reports whether pattern k of the block may code the verb of
// hit (see patternOwners).
func (x *synIndex) serves(k int, blk *dictionary.VerbBlock, hit verbHit) bool {
	own, ok := x.owners[k]
	if !ok {
		return true
	}
	for _, fm := range hit.forms {
		if fm.Verb != nil && fm.Verb.Block == blk && own[fm.Verb] {
			return true
		}
	}
	return false
}

// requiredWord returns a literal word a dialect-B pattern needs in its
// context (a noun-phrase head or preposition), preferring the verb phrase.
func requiredWord(p *dictionary.Pattern) (word string, post, ok bool) {
	for _, sec := range []struct {
		cs   []dictionary.Constituent
		post bool
	}{{p.Post, true}, {p.Pre, false}} {
		for i := range sec.cs {
			c := &sec.cs[i]
			if c.Kind != dictionary.Marker && c.Head.Kind == dictionary.TokWord {
				return c.Head.Text, sec.post, true
			}
		}
	}
	return "", false, false
}

// buildSynIndex indexes the dialect-B patterns of every block of the set.
func buildSynIndex(set *dictionary.Set) map[*dictionary.VerbBlock]*synIndex {
	out := map[*dictionary.VerbBlock]*synIndex{}
	if set == nil || set.Verbs == nil {
		return out
	}
	for _, f := range set.Verbs.Files {
		for _, b := range f.Blocks {
			var x *synIndex
			for i, p := range b.Patterns {
				if p.Dialect != dictionary.Syntactic {
					continue
				}
				if x == nil {
					x = &synIndex{byWord: map[string][]int{}}
				}
				if own := patternOwners(b, p); own != nil {
					if x.owners == nil {
						x.owners = map[int]map[*dictionary.Verb]bool{}
					}
					x.owners[i] = own
				}
				if w, _, ok := requiredWord(p); ok {
					x.byWord[w] = append(x.byWord[w], i)
				} else {
					x.rest = append(x.rest, i)
				}
			}
			if x != nil {
				out[b] = x
			}
		}
	}
	return out
}

// candidates appends to buf the indices of the block's dialect-B patterns
// whose key word (or, with plural, its singular) occurs in the contexts,
// in file order.
func (x *synIndex) candidates(uw, lw []string, buf []int, plural bool) []int {
	buf = append(buf, x.rest...)
	for _, ws := range [2][]string{lw, uw} {
		for _, w := range ws {
			buf = append(buf, x.byWord[w]...)
			if !plural {
				continue
			}
			for _, sg := range singulars(w) {
				if sg != "" {
					buf = append(buf, x.byWord[sg]...)
				}
			}
		}
	}
	slices.Sort(buf)
	return slices.Compact(buf)
}

// timePreposition reports whether word w is the preposition of a time
// ("called Putin on Monday"), which a pattern's prepositional phrase
// ("(ON)": "called on Putin to ...") does not stand for. Only the news
// dialect looks at the parse.
func (f *frame) timePreposition(w int) bool {
	if !f.news || !f.parsed {
		return false
	}
	t := f.words[w].tok
	if t < 0 || t >= len(f.toks) || f.toks[t].Rel != "case" {
		return false
	}
	h := f.toks[t].Head - 1
	if h <= t || h >= len(f.toks) {
		return false
	}
	for k := t + 1; k <= h; k++ {
		// Every word from the preposition to the head is a time word
		// or a determiner ("on Monday", "on the weekend"); "for
		// Washington tomorrow" read as one phrase is a place.
		up := f.upToks[f.tokWord[k]]
		if (up == "TIME" || up == "TIMES") && k > t+1 && spanWords[f.upToks[f.tokWord[k-1]]] {
			continue // "for the first time", not "called for time"
		}
		if !timeWord(up) && !temporalWord(up) && !spanWords[up] && f.toks[k].UPOS != "DET" {
			return false
		}
	}
	return true
}

// spanWords are the other words of phrases of time ("for the first
// time", "for a second day", "for hours").
var spanWords = map[string]bool{
	"FIRST": true, "SECOND": true, "THIRD": true, "LAST": true,
	"HOURS": true, "DAYS": true, "WEEKS": true, "MONTHS": true, "YEARS": true, "DECADES": true,
	"STRAIGHT": true, "CONSECUTIVE": true, "RUNNING": true, "SUCCESSIVE": true, "SEVERAL": true,
	"A": true, "ANOTHER": true, "TWO": true, "THREE": true,
}

// nounPreposition reports whether word w is the preposition of a noun's
// modifier (nmod) by the parse: its phrase belongs to a noun, not to the
// verb. Only the news dialect looks at the parse.
func (f *frame) nounPreposition(w int) bool {
	if !f.news || !f.parsed {
		return false
	}
	t := f.words[w].tok
	if t < 0 || t >= len(f.toks) || f.toks[t].Rel != "case" {
		return false
	}
	h := f.toks[t].Head - 1
	if h < 0 || h >= len(f.toks) {
		return false
	}
	return strings.HasPrefix(f.toks[h].Rel, "nmod")
}

// obliqueNounCase returns the preposition (upper case) of the oblique of
// the verb whose noun the phrase opened by word w modifies ("AFTER" for
// "after accords with 22 companies", "IN" for "in retaliation for the
// raid"), or "" when w opens no such phrase: the phrase is then the
// verb's or its object's.
func (f *frame) obliqueNounCase(w int) string {
	if !f.nounPreposition(w) {
		return ""
	}
	h := f.head(f.toks[f.words[w].tok].Head - 1)
	if h < 0 || baseRel(f.toks[h].Rel) != "obl" {
		return ""
	}
	return f.caseWord(h)
}

// codedSlotAt reports whether word w opens or belongs to a noun phrase
// holding a coded actor.
func (f *frame) codedSlotAt(w int) bool {
	s := f.words[w].slot
	return s >= 0 && f.slots[s].coded()
}

// infinitiveMatches reports whether prepositional constituent c is "(TO
// VERB)", a single word, and word w is that verb (any form).
func (f *frame) infinitiveMatches(c *dictionary.Constituent, w int) bool {
	if c.Head.Kind != dictionary.TokWord || c.Head.Text != "TO" || c.Object == nil || c.Object.Kind != dictionary.NounPhrase ||
		c.Object.Head.Kind != dictionary.TokWord || len(c.Object.Mods) > 0 {
		return false
	}
	t := f.words[w].tok
	if t < 0 || t >= len(f.toks) || f.toks[t].UPOS != "VERB" {
		return false
	}
	return f.words[w].up == c.Object.Head.Text || strings.EqualFold(f.toks[t].Lemma, c.Object.Head.Text)
}

// purposeMatches reports whether infinitive marker w opens a purpose
// clause of the verb being matched whose verb is the one "(TO VERB)" c
// names: "summoned the Japanese ambassador to protest over the visit".
// The clause's own words are not in the verb's context (adverbialClause),
// only its marker is. A parse may hang the clause on the verb's object
// (acl) instead.
func (f *frame) purposeMatches(c *dictionary.Constituent, w int) bool {
	h := f.head(f.words[w].tok)
	if h < 0 || f.patVerb < 0 {
		return false
	}
	switch f.toks[h].Rel {
	case "advcl":
		if f.head(h) != f.patVerb {
			return false
		}
	case "acl":
		if o := f.head(h); o < 0 || f.toks[o].Rel != "obj" || f.head(o) != f.patVerb {
			return false
		}
	default:
		return false
	}
	return f.infinitiveMatches(c, f.tokWord[h])
}

// clausePreposition reports whether word w is the preposition of a
// phrase of a verb other than the verb being matched (f.patVerb): a verb
// of a clause under it.
func (f *frame) clausePreposition(w int) bool {
	if !f.news || !f.parsed || f.patVerb < 0 {
		return false
	}
	t := f.words[w].tok
	if t < 0 || t >= len(f.toks) || f.toks[t].Rel != "case" {
		return false
	}
	h := f.head(t)
	if h < 0 || baseRel(f.toks[h].Rel) != "obl" {
		return false
	}
	g := f.head(h)
	return g >= 0 && g != f.patVerb && f.toks[g].UPOS == "VERB"
}

// infinitiveMarker reports whether word w is the "to" of an infinitive
// ("praised Brazil's decision to suspend payments"), which a pattern's
// prepositional phrase "(TO)" does not stand for ("welcomed him to
// Moscow"). Only the news dialect looks at the parse.
func (f *frame) infinitiveMarker(w int) bool {
	if !f.news || !f.parsed || f.words[w].up != "TO" {
		return false
	}
	t := f.words[w].tok
	return t >= 0 && t < len(f.toks) && f.toks[t].UPOS == "PART"
}
