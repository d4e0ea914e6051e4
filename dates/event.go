package dates

import (
	"slices"
	"strings"
	"time"

	"tacitus/nlp"
)

// EventDate returns the date of the event whose verb is token verb
// (1-based) with the zero Resolver. See Resolver.EventDateFlags.
func EventDate(text string, s nlp.Sentence, verb int, articleDate time.Time, hasArticleDate bool) Date {
	d, _ := Resolver{}.EventDateFlags(text, s, verb, articleDate, hasArticleDate)
	return d
}

// EventDateFlags returns the date of the event whose verb is token verb
// and its PLOVER contexts, with the zero Resolver. See
// Resolver.EventDateFlags.
func EventDateFlags(text string, s nlp.Sentence, verb int, articleDate time.Time, hasArticleDate bool) (Date, Flags) {
	return Resolver{}.EventDateFlags(text, s, verb, articleDate, hasArticleDate)
}

// EventDate is EventDateFlags without the flags.
func (r Resolver) EventDate(text string, s nlp.Sentence, verb int, articleDate time.Time, hasArticleDate bool) Date {
	d, _ := r.EventDateFlags(text, s, verb, articleDate, hasArticleDate)
	return d
}

// EventDateFlags returns the date of the event whose verb is token verb
// (1-based; an auxiliary or copula stands for its head) and the event's
// PLOVER contexts.
//
// The date is that of a temporal expression attached to the verb's
// clause: directly to the verb, or to a word of its clause that is not
// itself a clause (in "Tuesday's attack killed five", Tuesday dates
// "killed" through its subject). Expressions of other clauses do not
// count: in "officials said Tuesday that rebels attacked", Tuesday dates
// "said", not "attacked". A conjoined verb without an expression of its
// own takes its first conjunct's ("entered the city on Monday and
// arrested 20"). Among several, the nearest in the tree wins, then the
// finer, then the nearer in the text. In an unparsed sentence the
// expressions whose nearest verb is verb count, nearest first; in
// untagged text (no verb known) every expression counts, nearest first.
//
// Without such an expression the date is the article date (Basis
// "article", Precision Day) when hasArticleDate, else the zero Date.
//
// Flags: Future when the verb is in the future tense or the date starts
// after the article date; Historical when the date's last day lies more
// than HistoricalDays days before the article date (never for the article
// date itself or without one).
func (r Resolver) EventDateFlags(text string, s nlp.Sentence, verb int, articleDate time.Time, hasArticleDate bool) (Date, Flags) {
	if !hasArticleDate {
		articleDate = time.Time{}
	}
	tense := VerbTense(s, verb)
	var d Date
	if verb >= 1 && verb <= len(s.Tokens) {
		d = r.attached(text, s, headOfAux(s, verb), articleDate, tense)
	}
	if d.IsZero() && hasArticleDate {
		d = Date{Time: day(articleDate), Precision: Day, Basis: BasisArticle}
	}
	return d, flagsFor(d, articleDate, hasArticleDate, tense)
}

// attached resolves the best expression attached to verb v's clause, or
// returns the zero Date.
func (r Resolver) attached(text string, s nlp.Sentence, v int, ref time.Time, tense Tense) Date {
	exprs := Expressions(text, s)
	if len(exprs) == 0 {
		return Date{}
	}
	parsed := isParsed(s)
	for steps := 0; steps < maxConjChain; steps++ {
		var best Date
		bestDepth, bestDist := -1, 0
		for _, e := range exprs {
			depth := 0
			switch {
			case parsed:
				depth = clauseDepth(s, e.Head, v)
			case e.Head == 0:
				depth = 1 // no verb known (untagged text): a weak candidate
			case e.Head != v:
				depth = -1
			}
			if depth < 0 || parsed && topicModifier(s, e, v) {
				continue
			}
			d, ok := r.Resolve(e, ref, tense)
			if !ok {
				continue
			}
			// Adjuncts mostly follow their verb: one before it counts
			// double.
			dist := e.First - v
			if e.Last < v {
				dist = 2 * (v - e.Last)
			}
			// Nearest in the tree first; then, in a parsed sentence, the
			// finer date; then the nearer in the text.
			finer, coarser := d.Precision < best.Precision, d.Precision > best.Precision
			if !parsed {
				finer, coarser = false, false
			}
			if bestDepth < 0 || depth < bestDepth ||
				(depth == bestDepth && (finer || (!coarser && dist < bestDist))) {
				best, bestDepth, bestDist = d, depth, dist
			}
		}
		if bestDepth >= 0 {
			return best
		}
		if parsed {
			if d, ok := r.cleft(exprs, s, v, ref, tense); ok {
				return d
			}
		}
		// A conjoined verb inherits its first conjunct's date, and a
		// clause of the same time its governor's ("In 1995, she fled
		// her town when Croats recaptured it").
		t := s.Tokens[v-1]
		if !parsed || t.Head < 1 || t.Head > len(s.Tokens) || !isVerbTok(&s.Tokens[t.Head-1]) ||
			t.Rel != "conj" && !((t.Rel == "advcl" || t.Rel == "parataxis") && markedBy(s, v, "when", "while", "as")) {
			return Date{}
		}
		v = t.Head
	}
	return Date{}
}

// cleft resolves the date of a cleft sentence, "It was on March 14,
// 1978, that Israeli troops invaded south Lebanon": the verb's clause,
// opened by "that", hangs on a word of the temporal expression that the
// copula focuses.
func (r Resolver) cleft(exprs []Expr, s nlp.Sentence, v int, ref time.Time, tense Tense) (Date, bool) {
	h := s.Tokens[v-1].Head
	if h < 1 || h > len(s.Tokens) {
		return Date{}, false
	}
	if !markedBy(s, v, "that") {
		return Date{}, false
	}
	for _, e := range exprs {
		if e.First <= h && h <= e.Last {
			return r.Resolve(e, ref, tense)
		}
	}
	return Date{}, false
}

// markedBy reports whether verb v has a subordinating marker among words
// (lower case), as a marker or, for "when", an adverb (as UD has it).
func markedBy(s nlp.Sentence, v int, words ...string) bool {
	for k := range s.Tokens {
		if s.Tokens[k].Head != v {
			continue
		}
		w := strings.ToLower(s.Tokens[k].Text)
		if r := s.Tokens[k].Rel; (r == "mark" || r == "advmod" && w == "when") && slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// maxConjChain bounds how many conjuncts a verb climbs to borrow a date,
// and maxClauseDepth how many tree steps lead from an expression to its
// verb; both keep malformed (cyclic) trees cheap.
const (
	maxConjChain   = 8
	maxClauseDepth = 32
)

// headOfAux maps an auxiliary, copula or infinitival marker to the word
// it belongs to.
func headOfAux(s nlp.Sentence, v int) int {
	t := s.Tokens[v-1]
	switch t.Rel {
	case "aux", "aux:pass", "cop":
		if t.Head >= 1 && t.Head <= len(s.Tokens) {
			return t.Head
		}
	}
	return v
}

// clauseRels are the relations that start a clause of their own.
var clauseRels = map[string]bool{
	"ccomp": true, "xcomp": true, "advcl": true, "acl": true, "acl:relcl": true,
	"parataxis": true, "csubj": true, "csubj:pass": true, "conj": true,
}

// topicPreps are the prepositions whose phrase names what an act is
// about, not when it happens: "declined comment on the February 22
// accord".
var topicPreps = map[string]bool{
	"on": true, "about": true, "over": true, "of": true, "for": true, "against": true,
	"regarding": true, "concerning": true, "with": true, "to": true, "into": true,
}

// topicModifier reports whether expression e is a date inside a noun
// phrase, before its noun ("the February 22 Paris accord", "last week's
// talks"), and the nearest prepositional phrase holding that noun in verb
// v's clause is opened by a topic preposition ("declined comment on the
// February 22 accord", "blamed Washington for the failure of last week's
// talks"): the date is the thing's, not the event's. A thing acted on
// directly or a setting keeps it ("attended the March 5 meeting", "will
// push for a statement at the June summit").
func topicModifier(s nlp.Sentence, e Expr, v int) bool {
	h := e.Head
	if h < 1 || h > len(s.Tokens) || h <= e.Last || h == v || isVerbTok(&s.Tokens[h-1]) || !insidePhrase(s, e) {
		return false
	}
	for steps := 0; h >= 1 && h <= len(s.Tokens) && h != v && steps < maxClauseDepth; steps++ {
		for k := range s.Tokens {
			if t := &s.Tokens[k]; t.Head == h && t.Rel == "case" && k+1 < h {
				return topicPreps[strings.ToLower(t.Text)]
			}
		}
		h = s.Tokens[h-1].Head
	}
	return false
}

// insidePhrase reports whether expression e sits inside a noun phrase
// that goes on after it: its possessor ("last week's talks") or after a
// determiner or modifier of a later noun ("the February 22 accord", "a
// July 1986 pact"), rather than before a phrase it does not belong to
// ("Yesterday tens of thousands marched").
func insidePhrase(s nlp.Sentence, e Expr) bool {
	if e.Last < len(s.Tokens) && s.Tokens[e.Last].Text == "'s" {
		return true
	}
	p := e.First - 2 // the token before the expression
	if p < 0 || s.Tokens[p].Head <= e.Last {
		return false
	}
	switch s.Tokens[p].Rel {
	case "det", "nmod:poss", "amod", "compound", "nummod":
		return true
	}
	return false
}

// clauseDepth returns how many steps up the tree lead from token h to
// verb v without leaving v's clause, or -1 when h is not in v's clause
// (or h is 0).
func clauseDepth(s nlp.Sentence, h, v int) int {
	for depth := 0; depth < maxClauseDepth; depth++ {
		if h < 1 || h > len(s.Tokens) {
			return -1
		}
		if h == v {
			return depth
		}
		t := &s.Tokens[h-1]
		if clauseRels[t.Rel] && (t.Rel != "conj" || isVerbTok(t)) {
			return -1
		}
		h = t.Head
	}
	return -1
}

// flagsFor computes the PLOVER contexts of an event with date d.
func flagsFor(d Date, articleDate time.Time, hasArticleDate bool, tense Tense) Flags {
	f := Flags{Future: tense == Future}
	if d.Basis != BasisText || !hasArticleDate {
		return f
	}
	ref := day(articleDate)
	lastDay := d.End().AddDate(0, 0, -1)
	if lastDay.AddDate(0, 0, HistoricalDays).Before(ref) {
		f.Historical = true
	}
	if d.Time.After(ref) {
		f.Future = true
	}
	return f
}

// futureAux are auxiliaries of the future tense ("wo" is "won't" split).
var futureAux = map[string]bool{"will": true, "shall": true, "'ll": true, "’ll": true, "wo": true, "gonna": true}

// futureGovernors are the verbs (lemmas and forms) whose infinitival
// complement is a future event: "plans to", "is going to", "is set to".
var futureGovernors = map[string]bool{
	"plan": true, "plans": true, "planning": true, "intend": true, "intends": true,
	"intending": true, "going": true, "set": true, "schedule": true, "scheduled": true,
	"due": true, "poised": true, "aim": true, "aims": true, "aiming": true, "prepare": true,
	"prepares": true, "preparing": true, "expect": true, "expects": true, "expected": true,
	"threaten": true, "threatens": true, "threatening": true, "vow": true, "vows": true,
	"pledge": true, "pledges": true, "promise": true, "promises": true, "about": true,
	"hope": true, "hopes": true, "hoping": true, "want": true, "wants": true, "seek": true,
	"seeks": true, "wish": true, "wishes": true, "offer": true, "offers": true,
}

// VerbTense returns the tense of the verb at token verb (1-based; an
// auxiliary or copula stands for its head) from its XPOS tag and its
// auxiliaries: will/shall/'ll, "going to" and "plans to"-style
// complements are Future; VBD, have + VBN (present perfect counts as
// past in news), did, was/were are Past; VBZ/VBP and is/are/does are
// Present; modals and untagged verbs are Unknown. Auxiliaries come from
// the parse (aux, aux:pass, cop children) or, in an unparsed sentence,
// from the words just before the verb.
func VerbTense(s nlp.Sentence, verb int) Tense {
	n := len(s.Tokens)
	if verb < 1 || verb > n {
		return Unknown
	}
	parsed := isParsed(s)
	v := verb
	if parsed {
		v = headOfAux(s, verb)
	}
	vt := &s.Tokens[v-1]

	// Auxiliaries, in text order.
	var auxBuf [6]string
	aux := auxBuf[:0]
	if parsed {
		for i := range s.Tokens {
			t := &s.Tokens[i]
			if t.Head == v && (t.Rel == "aux" || t.Rel == "aux:pass" || t.Rel == "cop") && len(aux) < cap(aux) {
				aux = append(aux, lowerASCII(t.Text))
			}
		}
	} else {
		for k := v - 2; k >= 0 && k >= v-5 && len(aux) < cap(aux); k-- {
			t := &s.Tokens[k]
			w := lowerASCII(t.Text)
			if isVerbTok(t) || auxWords[w] {
				aux = append(aux, w) // order does not matter below
				continue
			}
			if t.XPOS == "RB" || w == "not" || w == "n't" || w == "never" {
				continue
			}
			break
		}
	}

	// Infinitival complement of a future-oriented verb.
	if gov, ok := governorOfTo(s, v, parsed); ok && futureGovernors[gov.w] && gov.t.XPOS != "VBD" {
		if gov.w != "going" && gov.w != "about" || !hasPastBe(s, gov.i, parsed) {
			return Future
		}
	}
	for _, a := range aux {
		if futureAux[a] {
			return Future
		}
	}
	if parsed && len(aux) == 0 && vt.XPOS == "VB" && infinitiveOf(s, v) && vt.Head != v && VerbTense(s, vt.Head) == Future {
		// "will travel to Washington to meet Obama": a purpose or
		// complement infinitive of a future act is to come too.
		return Future
	}
	for _, a := range aux {
		switch a {
		case "would", "could", "might", "may", "should", "must", "can", "ca", "'d":
			return Unknown
		}
	}
	hasHave := false
	for _, a := range aux {
		switch a {
		case "have", "has", "had", "'ve", "’ve":
			hasHave = true
		case "did", "was", "were":
			return Past
		}
	}
	if hasHave && (vt.XPOS == "VBN" || vt.XPOS == "") {
		return Past
	}
	for _, a := range aux {
		switch a {
		case "is", "are", "am", "'re", "'m", "does", "do":
			return Present
		}
	}
	switch vt.XPOS {
	case "VBD":
		return Past
	case "VBZ", "VBP":
		return Present
	}
	return Unknown
}

// auxWords are auxiliary forms recognised in untagged text.
var auxWords = map[string]bool{
	"will": true, "shall": true, "'ll": true, "wo": true, "would": true, "could": true,
	"might": true, "may": true, "should": true, "must": true, "can": true,
	"have": true, "has": true, "had": true, "'ve": true, "did": true, "does": true, "do": true,
	"was": true, "were": true, "is": true, "are": true, "am": true, "be": true, "been": true, "being": true,
}

type govWord struct {
	i int // 1-based
	w string
	t *nlp.Token
}

// governorOfTo returns the verb whose "to"-infinitive complement token v
// is ("plans to attack" → plans): from an xcomp relation when parsed,
// else from the words "X to V".
func governorOfTo(s nlp.Sentence, v int, parsed bool) (govWord, bool) {
	t := &s.Tokens[v-1]
	if parsed {
		if t.Rel != "xcomp" || t.Head < 1 {
			return govWord{}, false
		}
		g := &s.Tokens[t.Head-1]
		w := lowerASCII(g.Lemma)
		if w == "" || !futureGovernors[w] {
			w = lowerASCII(g.Text)
		}
		return govWord{i: t.Head, w: w, t: g}, true
	}
	if v < 3 || lowerASCII(s.Tokens[v-2].Text) != "to" {
		return govWord{}, false
	}
	g := &s.Tokens[v-3]
	return govWord{i: v - 2, w: lowerASCII(g.Text), t: g}, true
}

// infinitiveOf reports whether token v (1-based) is a "to"-infinitive
// governed by another verb: an xcomp, or an advcl marked by "to".
func infinitiveOf(s nlp.Sentence, v int) bool {
	t := &s.Tokens[v-1]
	if t.Head < 1 || t.Head > len(s.Tokens) || (t.Rel != "xcomp" && t.Rel != "advcl") {
		return false
	}
	for k := v - 2; k >= 0 && k >= v-3; k-- {
		m := &s.Tokens[k]
		if m.Head == v && m.Rel == "mark" && lowerASCII(m.Text) == "to" {
			return true
		}
	}
	return false
}

// hasPastBe reports whether token g ("going", "about") has was/were
// before it: "was going to" is a past plan, not a future event.
func hasPastBe(s nlp.Sentence, g int, parsed bool) bool {
	for k := g - 2; k >= 0 && k >= g-3; k-- {
		t := &s.Tokens[k]
		if parsed && t.Head != g {
			continue
		}
		switch strings.ToLower(t.Text) {
		case "was", "were":
			return true
		}
	}
	return false
}

// TokenIndex returns the 1-based index of the token of s that contains
// byte offset off (for mapping a verb's span to EventDate's verb
// argument), or 0 when no token does.
func TokenIndex(s nlp.Sentence, off int) int {
	for i, t := range s.Tokens {
		if off >= t.Start && off < t.End {
			return i + 1
		}
	}
	return 0
}
