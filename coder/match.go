package coder

import (
	"strings"

	"tacitus/actors"
	"tacitus/dictionary"
)

// verbContext lists the words after which a word is in verb position:
// modals, the infinitive marker and auxiliaries (Treebank forms).
var verbContext = map[string]bool{
	"WILL": true, "WOULD": true, "SHALL": true, "SHOULD": true, "CAN": true, "CA": true,
	"COULD": true, "MAY": true, "MIGHT": true, "MUST": true, "TO": true, "WO": true,
	"DID": true, "DOES": true, "DO": true,
}

// adverbial lists words that may stand between a modal and its verb.
var adverbial = map[string]bool{"NOT": true, "N'T": true, "NEVER": true, "ALSO": true, "STILL": true, "EVER": true}

// forceVerbs marks dictionary verbs that the tagger did not tag as verbs
// but that stand in verb position (after a modal, "to" or an auxiliary,
// possibly past "not" and adverbs): "Arnor will abandon ..." with
// "abandon" tagged as an adverb. Such a word leaves its noun phrase.
func (c *Coder) forceVerbs(f *frame) {
	if c.dict.Verbs == nil {
		return
	}
	for i := range f.words {
		w := &f.words[i]
		if w.verb || w.comma || !hasLetterOrDigit(w.up) {
			continue
		}
		for _, fm := range c.dict.Verbs.Lookup(w.up) {
			vs := i - fm.Head
			ve := vs + len(fm.Words) - 1
			if vs < 0 || ve >= len(f.words) {
				continue
			}
			ok := true
			for j, x := range fm.Words {
				if f.words[vs+j].up != x {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			k := vs - 1
			for k >= 0 && (adverbial[f.words[k].up] || f.toks[f.words[k].tok].UPOS == "ADV") {
				k--
			}
			if k < 0 || !(verbContext[f.words[k].up] || f.toks[f.words[k].tok].XPOS == "MD") {
				continue
			}
			w.verb, w.forced = true, true
			for j := vs; j <= ve; j++ {
				f.detach(j)
			}
			break
		}
	}
}

// rescueVerb handles sentences whose main clause has no dictionary verb
// because the tagger read the verb as part of a noun phrase ("Russian
// police arrested students" tagged as one noun phrase, "Ethiopia act on
// a resolution" with "act" as a noun): the first dictionary verb form
// tagged as a verb inside a slot, else a noun at the root of the parse
// after a name, becomes the verb and splits its slot.
func (c *Coder) rescueVerb(f *frame) {
	if c.dict.Verbs == nil {
		return
	}
	end := len(f.words)
	for i := range f.words {
		if f.words[i].comma {
			end = i
			break
		}
	}
	for i := 0; i < end; i++ {
		if w := &f.words[i]; w.verb && !w.del && len(c.dict.Verbs.Lookup(w.up)) > 0 {
			return
		}
	}
	best := -1
	for i := 0; i < end && best < 0; i++ {
		w := &f.words[i]
		if w.slot >= 0 && !w.del && strings.HasPrefix(f.toks[w.tok].XPOS, "VB") && len(c.dict.Verbs.Lookup(w.up)) > 0 {
			best = i
		}
	}
	for i := 1; i < end && best < 0; i++ {
		w := &f.words[i]
		t := &f.toks[w.tok]
		prev := &f.toks[f.words[i-1].tok]
		if w.slot < 0 || w.del || t.UPOS != "NOUN" || len(c.dict.Verbs.Lookup(w.up)) == 0 ||
			!(isCapitalised(prev.Text) || prev.UPOS == "NOUN" || prev.UPOS == "PROPN") {
			continue
		}
		// A noun after a noun, at the root of the parse or followed by
		// a preposition, a determiner or a time word: "Ethiopia act on
		// ...", "Ethiopia departs from ...", "the mayor left yesterday".
		next, nextUp := "", ""
		if i+1 < len(f.words) {
			next, nextUp = f.toks[f.words[i+1].tok].UPOS, f.words[i+1].up
		}
		if t.Head == 0 || next == "ADP" || next == "DET" || temporalWord(nextUp) {
			best = i
		}
	}
	if best < 0 {
		return
	}
	f.words[best].verb, f.words[best].forced = true, true
	f.splitSlotAt(best)
}

// splitSlotAt cuts the slot containing word w in two around it.
func (f *frame) splitSlotAt(w int) {
	s := f.words[w].slot
	if s < 0 {
		return
	}
	f.words[w].slot = -1
	var before, after []member
	for _, m := range f.slots[s].members {
		var b, a []int
		for _, x := range m.words {
			switch {
			case x < w:
				b = append(b, x)
			case x > w:
				a = append(a, x)
			}
		}
		if len(b) > 0 {
			before = append(before, member{words: b, head: b[len(b)-1], ppAt: -1})
		}
		if len(a) > 0 {
			after = append(after, member{words: a, head: a[len(a)-1], ppAt: -1})
		}
	}
	hi := f.slots[s].hi
	f.slots[s].members = before
	f.slots[s].hi = w - 1
	if len(after) == 0 {
		return
	}
	ns := len(f.slots)
	f.slots = append(f.slots, slot{lo: w + 1, hi: hi, members: after})
	for k := w + 1; k <= hi && k < len(f.words); k++ {
		if f.words[k].slot == s {
			f.words[k].slot = ns
		}
	}
}

// detach removes word w from its slot.
func (f *frame) detach(w int) {
	s := f.words[w].slot
	if s < 0 {
		return
	}
	f.words[w].slot = -1
	sl := &f.slots[s]
	out := sl.members[:0]
	for _, m := range sl.members {
		ws := m.words[:0:0]
		for _, x := range m.words {
			if x != w {
				ws = append(ws, x)
			}
		}
		if len(ws) > 0 {
			m.words = ws
			if m.head == w {
				m.head = ws[len(ws)-1]
			}
			out = append(out, m)
		}
	}
	sl.members = out
}

// verbHit is a dictionary verb found in the sentence.
type verbHit struct {
	forms  []*dictionary.VerbForm // forms with the same words, first definition first
	vs, ve int                    // first and last word of the verb form
	head   int                    // the word the parser tags as the verb
}

// findVerb looks up the verb at word i: multi-word forms first (their other
// words must be adjacent), then the single word.
func (c *Coder) findVerb(f *frame, i int) (verbHit, bool) {
	if h, ok := c.formsAt(f, i, i); ok {
		return h, true
	}
	if h, ok := c.lemmaForm(f, i); ok {
		return h, true
	}
	// A multi-word form whose head the tagger missed ("wire tapped" with
	// "tapped" tagged as a noun): try the next word as head.
	if i+1 < len(f.words) && !f.words[i+1].del {
		if h, ok := c.formsAt(f, i+1, i); ok && h.vs <= i {
			return h, true
		}
	}
	return verbHit{}, false
}

// formsAt tries the forms whose head word is word h; the form must cover
// word need.
func (c *Coder) formsAt(f *frame, h, need int) (verbHit, bool) {
	forms := c.dict.Verbs.Lookup(f.words[h].up)
	for k, fm := range forms {
		vs := h - fm.Head
		ve := vs + len(fm.Words) - 1
		if vs < 0 || ve >= len(f.words) || vs > need || ve < need {
			continue
		}
		ok := true
		for j, w := range fm.Words {
			if f.words[vs+j].up != w || f.words[vs+j].del {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		hit := verbHit{vs: vs, ve: ve, head: h}
		for _, g := range forms[k:] {
			if equalStrings(g.Words, fm.Words) && g.Head == fm.Head {
				hit.forms = append(hit.forms, g)
			}
		}
		return hit, true
	}
	return verbHit{}, false
}

// lemmaForm finds, in news mode, the one-word base form of a verb whose
// inflected form the dictionary's own list of forms leaves out: Phoenix
// lists WITHDRAW {WITHDRAWS WITHDRAWING WITHDREW}, so "had withdrawn"
// would code nothing. Only the word the tagger reads as a verb, with a
// lemma of its own, is looked up so.
func (c *Coder) lemmaForm(f *frame, i int) (verbHit, bool) {
	if !c.opts.News || f.words[i].del {
		return verbHit{}, false
	}
	t := &f.toks[f.words[i].tok]
	if t.UPOS != "VERB" || t.Lemma == "" || strings.EqualFold(t.Lemma, t.Text) {
		return verbHit{}, false
	}
	lemma := f.upLemmas[f.words[i].tok]
	hit := verbHit{vs: i, ve: i, head: i}
	for _, fm := range c.dict.Verbs.Lookup(lemma) {
		if len(fm.Words) == 1 && fm.Words[0] == lemma {
			hit.forms = append(hit.forms, fm)
		}
	}
	return hit, len(hit.forms) > 0
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// binding is what a pattern fixed: slot indices, -1 when unset.
type binding struct {
	src, tgt, comp int
}

func noBinding() binding { return binding{src: -1, tgt: -1, comp: -1} }

// contexts returns the upper context (words before the verb back to the
// nearest clause-level comma) and the lower context (the rest of the verb
// phrase), both in sentence order and without deleted words.
func (f *frame) contexts(h verbHit, buf []int) (upper, lower, all []int) {
	stop := f.commaBefore(h.vs)
	// The verb's own subject is always in its upper context, even when a
	// parenthetical clause separates them ("Arnor's foreign minister, in
	// remarks published on Monday, urged ...").
	if subj := f.subjectWord(h.head); subj >= 0 && subj < stop {
		stop = f.commaBefore(subj)
	}
	buf = buf[:0]
	for k := stop + 1; k < h.vs; k++ {
		if !f.words[k].del {
			buf = append(buf, k)
		}
	}
	nu := len(buf)
	end := f.vpEnd(h.head)
	if f.news {
		// A reported clause is not part of the verb's phrase: "said
		// Reagan will reject the increase called for ..." must not match
		// SAY's "(FOR)" pattern.
		if c := f.complementStart(h.head); c >= 0 && c-1 < end {
			end = c - 1
		}
	}
	base := f.clauseBase(f.words[h.head].tok)
	for k := h.ve + 1; k <= end && k < len(f.words); k++ {
		if !f.words[k].del && !(f.news && f.adverbialClause(f.words[k].tok, base)) {
			buf = append(buf, k)
		}
	}
	return buf[:nu:nu], buf[nu:], buf
}

// adverbialClause reports whether token t lies in an adverbial or
// relative clause below verb base, whose words say why or when the act
// happened, not what it was: "praised Russia for standing up to the
// West" must not match PRAISE's "(TO)" pattern of welcoming a visitor.
// A clause marked "of" ("accused Israel of violating its sovereignty")
// completes the verb: its verb and that verb's object phrase count, not
// a clause inside it ("accused Blair of failing to tackle crime" is no
// charge of a crime). The marker of any clause counts ("warned Finland
// against joining NATO" matches WARN's "AGAINST").
func (f *frame) adverbialClause(t, base int) bool {
	if f.toks[t].Rel == "mark" {
		return false
	}
	inner := false // a clausal step was taken below the current node
	for x, n := t, 0; x >= 0 && x != base && n <= len(f.toks); x, n = f.head(x), n+1 {
		switch baseRel(f.toks[x].Rel) {
		case "acl", "advcl":
			if f.toks[x].Rel == "acl:relcl" || f.participleAdjunct(x) {
				return true
			}
			for _, c := range f.children(x) {
				if f.toks[c].Rel == "mark" && (!strings.EqualFold(f.toks[c].Text, "of") || inner) {
					return true
				}
			}
			inner = true
		case "xcomp", "ccomp":
			inner = true
		}
	}
	return false
}

// participleAdjunct reports whether token x heads a participle clause
// set off by a comma after the verb's phrase ("attacked Kharkiv, drawing
// criticism from the U.N."): what it adds is a consequence, not part of
// the act (Phoenix's "- * CRITICISM [110]", written for BATTLE, must not
// make the attack a disapproval).
func (f *frame) participleAdjunct(x int) bool {
	if f.toks[x].Rel != "advcl" || f.toks[x].XPOS != "VBG" {
		return false
	}
	for k := x - 1; k >= 0; k-- {
		if f.toks[k].Text == "," {
			return true
		}
		if !f.isAncestor(x, k) {
			return false
		}
	}
	return false
}

// commaBefore returns the nearest clause-level comma before word w, or -1.
func (f *frame) commaBefore(w int) int {
	for k := w - 1; k >= 0; k-- {
		if f.words[k].comma {
			return k
		}
	}
	return -1
}

// subjectWord returns the first word of the nominal subject of verb word
// w (or of the verb an auxiliary w belongs to), or -1.
func (f *frame) subjectWord(w int) int {
	t := f.words[w].tok
	base := t
	switch f.toks[t].Rel {
	case "aux", "aux:pass", "cop":
		if h := f.head(t); h >= 0 {
			base = h
		}
	}
	for _, c := range f.children(base) {
		if baseRel(f.toks[c].Rel) == "nsubj" && c < t {
			if s := f.inSlot[c]; s >= 0 {
				return f.slots[s].lo
			}
			return f.tokWord[c]
		}
	}
	return -1
}

// upWords returns the matching forms of the words at ctx.
func (f *frame) upWords(ctx []int, buf []string) []string {
	buf = buf[:0]
	for _, w := range ctx {
		buf = append(buf, f.words[w].up)
	}
	return buf
}

// matchLower matches dialect-A tokens rightwards over the lower context.
func (f *frame) matchLower(toks []dictionary.Token, ctx []int, words []string, b *binding) bool {
	pos := -1
	for _, t := range toks {
		switch t.Kind {
		case dictionary.TokWord:
			q := pos + 1
			for ; q < len(ctx); q++ {
				if words[q] == t.Text {
					break
				}
				if t.Adjacent {
					return false
				}
			}
			if q >= len(ctx) {
				return false
			}
			pos = q
		case dictionary.TokSynset:
			if t.Synset == nil {
				return false
			}
			found := false
			for q := pos + 1; q < len(ctx); q++ {
				if end, _, ok := t.Synset.MatchAt(words, q); ok {
					pos, found = end-1, true
					break
				}
				if t.Adjacent {
					return false
				}
			}
			if !found {
				return false
			}
		default:
			s := -1
			if pos >= 0 {
				w := ctx[pos]
				if si := f.words[w].slot; si >= 0 && f.slots[si].hi > w {
					s = si
				}
			}
			if s < 0 {
				for q := pos + 1; q < len(ctx); q++ {
					if si := f.words[ctx[q]].slot; si >= 0 {
						s, pos = si, q
						break
					}
					if t.Adjacent {
						break
					}
				}
			}
			if s < 0 || (t.Kind == dictionary.TokCompound && !f.slots[s].compound()) {
				return false
			}
			for pos+1 < len(ctx) && f.words[ctx[pos+1]].slot == s {
				pos++
			}
			switch t.Kind {
			case dictionary.TokSource:
				b.src = s
			case dictionary.TokTarget, dictionary.TokCompound:
				b.tgt = s
			}
		}
	}
	return true
}

// matchUpper matches dialect-A tokens leftwards over the upper context.
func (f *frame) matchUpper(toks []dictionary.Token, ctx []int, words []string, b *binding) bool {
	pos := len(ctx)
	for _, t := range toks {
		switch t.Kind {
		case dictionary.TokWord:
			q := pos - 1
			for ; q >= 0; q-- {
				if words[q] == t.Text {
					break
				}
				if t.Adjacent {
					return false
				}
			}
			if q < 0 {
				return false
			}
			pos = q
		case dictionary.TokSynset:
			if t.Synset == nil {
				return false
			}
			found := false
			for q := pos - 1; q >= 0; q-- {
				if start, _, ok := t.Synset.MatchEndingAt(words, q); ok {
					pos, found = start, true
					break
				}
				if t.Adjacent {
					return false
				}
			}
			if !found {
				return false
			}
		default:
			s := -1
			if pos < len(ctx) {
				w := ctx[pos]
				if si := f.words[w].slot; si >= 0 && f.slots[si].lo < w {
					s = si
				}
			}
			if s < 0 {
				for q := pos - 1; q >= 0; q-- {
					if si := f.words[ctx[q]].slot; si >= 0 {
						s, pos = si, q
						break
					}
					if t.Adjacent {
						break
					}
				}
			}
			if s < 0 || (t.Kind == dictionary.TokCompound && !f.slots[s].compound()) {
				return false
			}
			for pos-1 >= 0 && f.words[ctx[pos-1]].slot == s {
				pos--
			}
			switch t.Kind {
			case dictionary.TokSource:
				b.src = s
			case dictionary.TokTarget:
				b.tgt = s
			case dictionary.TokCompound:
				b.comp = s
			}
		}
	}
	return true
}

// slotsIn lists the slots met in ctx, in order, without repetition.
func (f *frame) slotsIn(ctx []int, out []int) []int {
	for _, w := range ctx {
		s := f.words[w].slot
		if s >= 0 && len(f.slots[s].members) > 0 && (len(out) == 0 || out[len(out)-1] != s) {
			dup := false
			for _, o := range out {
				if o == s {
					dup = true
					break
				}
			}
			if !dup {
				out = append(out, s)
			}
		}
	}
	return out
}

// beForm lists the forms of "be" that make a participle passive.
var beForm = map[string]bool{"WAS": true, "IS": true, "BEEN": true, "WERE": true, "ARE": true, "BE": true, "BEING": true}

// isPassive reports whether verb word w is a passive participle with a
// "by" phrase in its verb phrase (sec. 7.4).
func (f *frame) isPassive(w int, lower []int) bool {
	t := f.words[w].tok
	x := f.toks[t].XPOS
	if x != "VBN" && x != "VBD" {
		return false
	}
	// A form of "be" before the participle, past adverbs: read from the
	// text, so that it holds whatever relation the parser gives "was".
	be := false
	k := w - 1
	for k >= 0 && (adverbial[f.words[k].up] || f.toks[f.words[k].tok].UPOS == "ADV") {
		k--
	}
	if k >= 0 && beForm[f.words[k].up] {
		be = true
	}
	if x == "VBN" {
		for _, c := range f.children(t) {
			if c < t && (f.toks[c].Rel == "aux:pass" || f.toks[c].Rel == "aux" || f.toks[c].Rel == "cop") &&
				beForm[strings.ToUpper(f.toks[c].Text)] {
				be = true
			}
		}
	}
	if !be {
		return false
	}
	for _, k := range lower {
		if f.words[k].up == "BY" {
			return true
		}
	}
	return false
}

// tradeRetaliation reports whether clause base t is a form of
// "retaliate" in a sentence about trade (see tradeWords): "Britain was
// ready to retaliate against Japanese financial firms", "called on Reagan
// to retaliate against Japan for unfair practices in semiconductor
// trade".
func (f *frame) tradeRetaliation(t int) bool {
	if !f.lemmaIn(t, retaliateVerb) {
		return false
	}
	for _, u := range f.upToks {
		if tradeWords[u] {
			return true
		}
	}
	return false
}

var retaliateVerb = map[string]bool{"RETALIATE": true}

// tradeWords (upper case) mark a sentence as one about trade: goods,
// their exchange and the barriers put up against it.
var tradeWords = map[string]bool{
	"TRADE": true, "TRADING": true, "EXPORT": true, "EXPORTS": true, "IMPORT": true, "IMPORTS": true,
	"GOODS": true, "PRODUCTS": true, "TARIFF": true, "TARIFFS": true, "DUTY": true, "DUTIES": true,
	"QUOTA": true, "QUOTAS": true, "DUMPING": true, "PROTECTIONISM": true, "PROTECTIONIST": true,
	"FIRMS": true, "COMPANIES": true, "EXPORTERS": true, "IMPORTERS": true, "TEXTILE": true, "TEXTILES": true,
	"TAX": true, "TAXES": true, "LEVY": true, "LEVIES": true,
}

// underCopula reports whether word w is a copula whose predicate is a
// noun under "under" right after it ("Seoul has been under pressure from
// Washington", "the town was under attack from rebels"): the copula with
// "under" is then read as "come under" is, so the verb dictionary's
// BE_UNDER patterns code what the subject undergoes from the "from"
// party. Other copulas carry no event.
func (f *frame) underCopula(w int) bool {
	if w+1 >= len(f.words) || f.words[w+1].up != "UNDER" {
		return false
	}
	h := f.head(f.words[w].tok)
	return h >= 0 && f.toks[h].UPOS == "NOUN" && f.caseWord(h) == "UNDER"
}

// unhyphenatedBacker reports whether verb token t is a backing participle
// written without its hyphen ("Peking backed China Everbright said it
// signed ...", "giving the U.S. backed rebels the last installment"):
// it modifies the noun after it and reports no act of the name before
// it. The parser made it a finite verb after a name, without auxiliary;
// the parse then gives it away by a second bare object (backing takes
// one) or by a later finite verb hung on it with neither a subject nor a
// coordinator of its own ("... said", ", told reporters"), whose subject
// is the backed noun phrase. ("France backed the plan and said ...",
// with its "and", stays.)
func (f *frame) unhyphenatedBacker(t int) bool {
	if t < 1 || f.toks[t].XPOS != "VBD" && f.toks[t].XPOS != "VBN" || !actors.BackingWord(f.toks[t].Text) {
		return false
	}
	switch f.toks[t-1].XPOS {
	case "NNP", "NNPS", "NN":
	default:
		return false
	}
	objs := 0
	for _, c := range f.children(t) {
		switch baseRel(f.toks[c].Rel) {
		case "aux", "cop":
			return false
		case "obj":
			if objs++; objs == 2 {
				return true
			}
		case "ccomp", "conj", "parataxis":
			if x := f.toks[c].XPOS; c > t && (x == "VBD" || x == "VBZ" || x == "VBP") && !f.hasSubject(c) &&
				f.childRel(c, func(r string) bool { return r == "cc" || r == "mark" }) < 0 {
				return true
			}
		}
	}
	return false
}

// scanVerbs codes the verbs left to right (sec. 2.5, 7.1 step 6).
func (c *Coder) scanVerbs(f *frame, cfg Config) []Event {
	var evs []Event
	if c.dict.Verbs == nil {
		return nil
	}
	var ctxBuf []int
	var wbuf, lbuf []string
	var usBuf, lsBuf []int
	var depVerb []int // clause of each dialect-B event, -1 for dialect A
	for i := 0; i < len(f.words); {
		w := &f.words[i]
		if w.del || !w.verb {
			i++
			continue
		}
		if f.news {
			// Auxiliaries carry no event; their verb is coded itself.
			// Nor does a participle modifying a noun ("the then
			// soon-approaching papal visit", "the proposed tax").
			switch f.toks[w.tok].Rel {
			case "aux", "aux:pass":
				i++
				continue
			case "cop":
				if !f.underCopula(i) {
					i++
					continue
				}
			case "amod":
				if x := f.toks[w.tok].XPOS; x == "VBG" || x == "VBN" {
					i++
					continue
				}
			}
			if t := w.tok; t > 1 && f.toks[t-1].Text == "-" && f.toks[t-1].End == f.toks[t].Start &&
				(f.toks[t].XPOS == "VBG" || f.toks[t].XPOS == "VBN") && !verbPrefixes[strings.ToLower(f.toks[t-2].Text)] {
				// The participle ending a hyphenated modifier
				// ("soon-approaching", "long-awaited", "U.S.-led")
				// reports no act; a prefixed verb ("re-elected") does.
				i++
				continue
			}
			if f.unhyphenatedBacker(w.tok) {
				i++
				continue
			}
		}
		hit, ok := c.findVerb(f, i)
		if !ok {
			i++
			continue
		}
		vt := f.clauseBase(f.words[hit.head].tok) // the verb's clause
		upper, lower, all := f.contexts(hit, ctxBuf)
		ctxBuf = all
		uw := f.upWords(upper, wbuf)
		lw := f.upWords(lower, lbuf)
		wbuf, lbuf = uw, lw
		us := f.slotsIn(upper, usBuf[:0])
		ls := f.slotsIn(lower, lsBuf[:0])
		for k := 0; k < len(ls); k++ {
			// A slot reaching back before the verb is not in the lower context.
			if f.slots[ls[k]].lo < hit.vs {
				ls = append(ls[:k], ls[k+1:]...)
				k--
			}
		}
		usBuf, lsBuf = us, ls
		code, b, matched, pat := c.matchPatterns(f, hit, upper, lower, uw, lw, us, ls)
		if matched && code.Null() && c.opts.News && patternOf(pat, hit) && !f.declinedComment(vt) {
			// A null pattern says the verb reports no event here
			// ("meet demand", "meet the deadline"): news mode follows
			// PETRARCH2, which suppresses the event; the validation
			// suite's PETRARCH1 falls back to the verb's default
			// (petrarch-formats.md, codes). Phoenix wrote its null
			// patterns for one verb of the block, which its comment
			// names ("- * PRICE [---] # DECLINE" is no reason to drop
			// "Thatcher denied ... weakness in world oil prices").
			i++
			continue
		}
		if !matched || code.Null() {
			code = hit.forms[0].Verb.EffectiveCode()
			b = noBinding()
		}
		if c.opts.News && code.Null() && f.receivedLeader(vt) {
			// "Modi received Biden at the airport": receiving a
			// government's person is hosting a visit.
			code = dictionary.Code{Raw: "043", Active: "043"}
		}
		if c.opts.News && code.Null() && f.placedMeasure(vt) {
			// "Washington will put tariffs on Japanese goods": a
			// trade measure put on goods is a sanction.
			code = dictionary.Code{Raw: "163", Active: "163"}
		}
		if c.opts.News && code.Null() && f.suspendedMember(vt) {
			// "The African Union suspended Gabon": an organisation
			// suspending a state suspends its membership (161).
			code = dictionary.Code{Raw: "161", Active: "161"}
		}
		if c.opts.News && strings.HasPrefix(code.Active, "19") && f.tradeRetaliation(vt) {
			// "the EC will retaliate against U.S. textile exports":
			// retaliation in a trade dispute is a sanction (163),
			// not force.
			code = dictionary.Code{Raw: "163", Active: "163"}
		}
		if c.opts.News && code.Null() && f.wantedAct(vt) {
			// "The U.S. wants Japan to eliminate import controls":
			// wanting a party to act asks it to.
			code = dictionary.Code{Raw: "020", Active: "020"}
		}
		if c.opts.News && code.Null() && f.believedAppeal(vt) {
			// "The Lib Dems believe the Home Secretary should allow
			// the evidence": a party's view of what another should do
			// is an appeal to it, as "said ... should" is; coded as a
			// statement here, what it says makes it 020 (appealContent).
			code = dictionary.Code{Raw: "010", Active: "010"}
		}
		if c.opts.News && code.Null() && !f.passiveClause(vt) {
			if nc := f.namedCode(vt); nc != "" {
				// "labelled the government's policy shameful":
				// a naming verb whose block codes nothing (MARK)
				// judges what it names as "called" does.
				code = dictionary.Code{Raw: nc, Active: nc}
			}
		}
		if c.opts.News && f.declinedComment(vt) {
			// "Kato declined to comment": a refusal to speak is
			// CAMEO's "decline comment", whatever the verb's block.
			code = dictionary.Code{Raw: "011", Active: "011"}
		} else if c.opts.News && code.Active == "011" && f.ownedComment(vt) {
			// "Hoon rejected Mr Ancram's comment": someone's
			// words rejected are denied, as Phoenix's "reject *
			// statement" (016); only comment withheld ("declined
			// comment", "refused any comment") is 011.
			code = dictionary.Code{Raw: "016", Active: "016"}
		}
		if c.opts.News && code.Active == "030" && f.soughtOf(vt) {
			// "Yugoslavia is seeking a loan from the EC", "sought
			// approval from the court", "seeking finance ministry
			// approval": what is sought of a party is asked of it, an
			// appeal (02), as Phoenix codes "seek permission" or "seek
			// backing"; the bare SEEK of its dictionary (030) stays
			// for what is sought with a party ("sought an accord with
			// the World Bank").
			code = dictionary.Code{Raw: "020", Active: "020"}
		}
		if code.Null() || c.opts.News && (f.askedQuestion(vt) || f.anonymityRequest(vt) || f.habitual(vt) || f.impliedOutcome(vt, code)) {
			i++
			continue
		}
		if c.opts.News && c.depBlocks[hit.forms[0].Verb.Block] {
			// Dialect B: arguments from the dependency tree, and the
			// verbs inside the verb phrase (complements of speech
			// verbs, coordinated verbs) are coded too.
			if code.Active == "110" && f.lemmaIn(vt, claimVerbs) && f.complementOf(vt) >= 0 {
				// "The Tories claimed that Labour had broken its
				// promise": an allegation (Phoenix's 110) is
				// coded by what it says, as a statement is.
				code = dictionary.Code{Raw: "010", Active: "010"}
			}
			if f.news && code.Active == "110" && f.lemmaIn(vt, arguingVerbs) && f.complementOf(vt) < 0 &&
				f.childRel(vt, func(r string) bool { return r == "obj" }) >= 0 {
				// "argued courts already had flexibility" (the
				// parser took the content's subject for the object),
				// "argued the case for reform": to argue something
				// is to make a case, not to quarrel (Phoenix's 110 is
				// "argue with").
				i = hit.ve + 1
				continue
			}
			if f.lemmaIn(vt, insistVerbs) && !isSpeechCode(code.Active) {
				if c := f.complementOf(vt); c >= 0 && !f.mandative(c) {
					// "insisted that Turkey had made great advances"
					// asserts, it does not demand: a statement, coded
					// by what it says.
					code = dictionary.Code{Raw: "010", Active: "010"}
				} else if c < 0 && f.objectAssertion(vt) {
					// "insisted the EU's code meant tough criteria
					// still had to be met" parsed with "the EU's code"
					// as the object: what is insisted on is an
					// assertion about it, no demand made of it, and
					// the parse gives no clause to code it by.
					i = hit.ve + 1
					continue
				}
			}
			src, tgt, srcTok, tgtTok, about := f.depArgs(hit, prepsOf(pat), isSpeechCode(code.Active))
			campaign := false // see Event.Campaign
			if f.news && code.Active == "010" && f.upLemmas[vt] == "SAY" && tgtTok >= 0 && f.head(tgtTok) == vt && f.toks[tgtTok].Rel == "obj" {
				// "said the army and police backed his measures":
				// what "say" takes as its object is the subject of
				// what is said the parser missed, not whom it is
				// said to.
				i = hit.ve + 1
				continue
			}
			if o := f.childRel(vt, func(r string) bool { return r == "obj" }); f.news && code.Active == "010" && f.upLemmas[vt] == "SAY" && !about && tgtTok >= 0 && o >= 0 && f.isAncestor(o, tgtTok) {
				// "said the way the government had handled the bill
				// was a shambles" with "the way" taken for the object:
				// a party deeper in it is in what is said, which is
				// about it.
				about = true
			}
			if f.news && f.impersonalAct(vt) {
				// "Kennedy said it was unacceptable to deport the
				// refugees to Zimbabwe", "Straw said it was wrong to
				// put China under the same embargo": the speaker
				// does not do what is judged; he speaks of the party
				// it would be done to (010), or of no one.
				if tgt < 0 || !f.slots[tgt].coded() {
					i = hit.ve + 1
					continue
				}
				code, about = dictionary.Code{Raw: "010", Active: "010"}, false
			}
			if f.news && about && strings.HasPrefix(code.Active, "13") && f.lemmaIn(vt, warnVerbs) &&
				(!f.futureClause(f.complementOf(vt)) || f.rivalSides(srcTok, tgtTok)) {
				// "Japanese officials warned that the U.S. was making
				// a serious mistake", "Brown warned that the Tories
				// would cut public services": a warning of what
				// another party is or does, or of what a rival at
				// home will do, threatens no one; it is a statement
				// about that party, coded by what it says
				// (criticism, a campaign attack) or not at all.
				code = dictionary.Code{Raw: "010", Active: "010"}
			}
			// ruling: the supplement's RULE, coded by what the ruling finds
			// (see below).
			ruling := f.upLemmas[vt] == "RULE" && code.Active == "010"
			if about && code.Active == "010" {
				switch t := vt; {
				case f.appealContent(t):
					// "X said Y should ...": an appeal to Y; what a
					// thing of Y's should do in an active clause is
					// foretold of it, neither an appeal nor a
					// judgement ("said the economies of the affected
					// countries should emerge with minimal damage",
					// where "Y's plans should be scrapped" asks Y).
					if c := f.complementOf(t); !f.thingSubject(c) || f.passiveClause(f.clauseBase(c)) {
						code = dictionary.Code{Raw: "020", Active: "020"}
					}
				case f.blameContent(t):
					// "Pakistan said India was behind the
					// bombing": an accusation.
					code = dictionary.Code{Raw: "112", Active: "112"}
				case f.denialContent(t):
					// "Iran said the U.S. accusations were
					// baseless": a denial (016), as "dismissed the
					// accusation".
					code = dictionary.Code{Raw: "016", Active: "016"}
				case f.negativeContent(t) && !f.ownForces(srcTok, tgtTok):
					// A critical statement about the reported actor
					// ("X said Labour had abused the public's trust",
					// "said the government was too slow").
					code = dictionary.Code{Raw: "111", Active: "111"}
				case f.positiveContent(t):
					// "insisted that the Turkish leadership had
					// made great advances": praise.
					code = dictionary.Code{Raw: "051", Active: "051"}
				case f.notNegotiable(t) && tgtTok >= 0 && tgtTok == f.negotiableParty(t, srcTok):
					// "Britain's EU rebate is not up for
					// renegotiation": a refusal to negotiate (125).
					code = dictionary.Code{Raw: "125", Active: "125"}
				case f.moodCode(t) != "" && tgtTok >= 0 && tgtTok == f.moodParty(t):
					// "said he was optimistic about the talks with
					// the rebels": optimism (013), pessimism (012),
					// about the party of what the mood concerns ("is
					// confident this threshold will be reached" is
					// about no one).
					mc := f.moodCode(t)
					code = dictionary.Code{Raw: mc, Active: mc}
				case f.waitContent(t):
					// "said voters will have to wait for the
					// manifesto": the answer withheld (011).
					code = dictionary.Code{Raw: "011", Active: "011"}
				case f.lemmaIn(t, allegeOnlyVerbs) && !f.negatedWord(t):
					// "Habre alleged that Libya was moving its
					// aircraft to the border": to allege something
					// of an actor is to accuse it (112), whatever
					// the words.
					code = dictionary.Code{Raw: "112", Active: "112"}
				}
			}
			if ruling && (f.toks[vt].UPOS != "VERB" || vt > 0 && f.toks[vt].XPOS == "VBG" && f.nominal[vt-1] || code.Active != "111" && code.Active != "112" && code.Active != "051") {
				// "The High Court ruled that the government had acted
				// unlawfully": a ruling is coded by what it finds of a
				// party, criticism, accusation or praise, as a
				// statement is. A ruling that finds nothing of anyone
				// ("ruled that the case should be heard in Seattle"),
				// one that orders a party ("ruled that the firm must
				// stop selling": no appeal), ruling a country, and the
				// noun "a ruling that" (also tagged a participle after
				// the court's name, "a House of Lords ruling that"),
				// whose court is no subject, are not.
				i = hit.ve + 1
				continue
			}
			if f.news && strings.HasPrefix(code.Active, "15") && f.jointObject(vt) {
				// "China and Russia staged joint military drills":
				// drills held together are military cooperation
				// (062), not a show of force.
				code = dictionary.Code{Raw: "062", Active: "062"}
			}
			if f.news && !f.passiveClause(vt) {
				if nc := f.namedCode(vt); nc != "" && !strings.HasPrefix(code.Active, nc[:2]) {
					// "Tokyo called the U.S. tariffs unfair",
					// "Moscow described the plan as a threat": what
					// a party's act is called judges it.
					code = dictionary.Code{Raw: nc, Active: nc}
				} else if pred, _ := f.namedAs(vt); nc == "" && (code.Active == "041" || strings.HasPrefix(code.Active, "02")) && pred >= 0 && !f.judgedName(pred) {
					// "called Mr Blair's promise sensible" names
					// what it calls, without judging it: no
					// telephone call, no event. Nor is it an
					// appeal ("called relations with Japan very
					// strained", "called the raids an escalation"
					// ask nothing of anyone). (A judgement deeper
					// in the name, "an axis of evil", is package
					// extract's.)
					i = hit.ve + 1
					continue
				} else if nc == "" && strings.HasPrefix(code.Active, "02") && f.nameBeforeFor(vt) {
					// "called Labour a machine for raising taxes"
					// names Labour; it calls for nothing.
					i = hit.ve + 1
					continue
				}
			}
			if about && code.Active == "010" && f.lemmaIn(vt, tellVerbs) {
				// "Xi told Biden that Taiwan was the most dangerous
				// issue": a plain statement told to a party is
				// made to it, not to what it is about.
				a := f.childRel(vt, func(r string) bool { return r == "iobj" || r == "obj" })
				if a < 0 {
					a = f.addresseeAsSubject(vt)
				}
				if a >= 0 && !f.audience(a, vt) {
					if sl := f.slotOf(a); sl >= 0 && sl != src && f.slots[sl].coded() {
						tgt, tgtTok, about = sl, a, false
					}
				}
			}
			if f.news && !about && code.Active == "010" && f.lemmaIn(vt, tellVerbs) && tgtTok >= 0 && f.addresseeJudged(vt) && !f.impersonalAct(vt) {
				// "Machimura told the British minister that his plan
				// was a worrying issue": what is told judges the
				// addressee's own course, criticism (or praise) of
				// the addressee.
				switch {
				case f.negativeContent(vt) && !f.ownForces(srcTok, tgtTok):
					code = dictionary.Code{Raw: "111", Active: "111"}
				case f.positiveContent(vt):
					code = dictionary.Code{Raw: "051", Active: "051"}
				}
			}
			if f.news && code.Active == "111" && about && f.civilian(tgtTok) && !f.rivalSides(srcTok, tgtTok) {
				if r := f.contentRival(vt, srcTok); r >= 0 {
					// "Howard said voters faced a choice between more
					// waste and more tax under Labour": what is said
					// of the people judges the rival named with them.
					tgt, tgtTok = f.slotOf(r), r
				}
			}
			if f.news && code.Active == "010" && (about || tgt < 0) && !f.rivalSides(srcTok, tgtTok) {
				if r := f.contentRival(vt, srcTok); r >= 0 {
					// "Kennedy said voters had a fundamental lack of
					// trust of Tony Blair": the rival named deeper in
					// what is said is whom it concerns.
					tgt, tgtTok, about = f.slotOf(r), r, true
				}
			}
			if o := f.childRel(vt, func(r string) bool { return r == "obj" }); f.news && (code.Active == "012" || code.Active == "110") && o >= 0 && tgtTok >= 0 &&
				f.lemmaIn(vt, expressVerbs) && tgtTok == f.feltAbout(vt, o) {
				// "The Tories expressed concern that Labour would raise
				// taxes": a fear voiced of a rival at home is a
				// campaign attack (GUIDELINES sec. 9), as a statement
				// about it is; of anyone else it is pessimism (012),
				// whatever the noun ("voiced fears that Washington
				// would retaliate").
				code = dictionary.Code{Raw: "012", Active: "012"}
				if f.rivalSides(srcTok, tgtTok) || f.peerRivals(srcTok, tgtTok) {
					code, campaign = dictionary.Code{Raw: "111", Active: "111"}, true
				}
			}
			if o := f.childRel(vt, func(r string) bool { return r == "obj" }); f.news && code.Active == "012" && o >= 0 && f.lemmaIn(vt, expressVerbs) {
				if p := f.concernAbout(o); p >= 0 && f.slotOf(p) >= 0 && f.slotOf(p) != src && (f.rivalSides(srcTok, p) || f.peerRivals(srcTok, p)) {
					// "The Conservatives expressed serious misgivings
					// about government plans": misgivings about a
					// rival's course at home are a campaign attack
					// (GUIDELINES sec. 9) on the rival, as a fear
					// that the rival will act is. (Not flagged
					// Event.Campaign: the words that judge are the
					// verb's object, no reported statement for
					// package extract's statement filters to weigh.)
					code = dictionary.Code{Raw: "111", Active: "111"}
					tgt, tgtTok = f.slotOf(p), p
				}
			}
			if f.news && code.Active == "010" && about && (f.rivalSides(srcTok, tgtTok) || f.peerRivals(srcTok, tgtTok)) && !f.approvingContent(vt) && !f.reportedPatient(vt, tgtTok) {
				campaign = true
				// "Howard told his party that Labour would do
				// anything to cling on to office", "Kennedy said voters
				// had a fundamental lack of trust of Tony Blair": what
				// a government says of its opposition, or the
				// opposition of the government, or one opposition
				// party of another ("the Tories say the Lib Dems would
				// raise taxes"), is a campaign attack (GUIDELINES sec.
				// 9), whatever its words, unless they approve ("said
				// Labour was right to reject the Tories' idea").
				code = dictionary.Code{Raw: "111", Active: "111"}
			}
			if f.news && strings.HasPrefix(code.Active, "02") && f.lemmaIn(vt, hopeVerbs) && (f.thingSubject(f.complementOf(vt)) || f.thingObject(vt)) {
				// "said she hoped more economic exchanges between
				// Britain and the Soviet Union will lead to
				// friendship", "hoped India's exports to Australia
				// would improve": a hope that a thing will come about
				// asks no party to act, whoever owns or names the
				// thing (a hope that a party acts, "hoped Nakasone
				// will make proposals", stays an appeal).
				i = hit.ve + 1
				continue
			}
			if f.news && code.Active == "010" && about && !f.organisationConduct(vt, srcTok, tgtTok) {
				// "Ozal said Turkey and Greece were moving towards
				// talks", "the USDA said farmers intend to plant
				// less corn": a plain statement that only mentions
				// a party is no act toward it. The guidelines allow
				// 010 toward an actor the statement concerns, but in
				// news such statements mostly report someone's act
				// (coded as that act), judge it (a more specific
				// code), or concern no one: an audit of 71 of them
				// found 8 right. Statements told to a party ("Mexico
				// told the U.S. the tariff was not aimed at
				// sunflower oil") stay, and so does a government's
				// word on what an intergovernmental body does or
				// stands by (organisationConduct).
				i = hit.ve + 1
				continue
			}
			if f.news && code.Active == "010" && f.lemmaIn(vt, mentionVerbs) {
				// "the senators cited a loan made to Argentina", "he
				// mentioned taxi drivers", "stressed Germany and Japan
				// must take measures": a party cited, mentioned or
				// stressed is no addressee of a statement, and what
				// is said of it, when it is an act, has a more
				// specific code than 010 (GUIDELINES sec. 1).
				i = hit.ve + 1
				continue
			}
			if strings.HasPrefix(code.Active, "13") && f.lemmaIn(vt, warnVerbs) &&
				((about || tgt >= 0) && f.warnedObligation(vt) || f.toInfinitive(vt) >= 0 || f.objectInfinitive(vt)) {
				// "Clinton warned that Japan must change course",
				// "warned Sinn Fein that it must end IRA
				// criminality", "warned tobacco companies to go
				// along", "cautioned the Fed board to take account of
				// the plan": an admonition (020), not a threat.
				code = dictionary.Code{Raw: "020", Active: "020"}
			}
			if x := f.childRel(vt, func(r string) bool { return r == "xcomp" }); f.news && code.Active == "010" && !about && tgt >= 0 && x >= 0 && f.hasMark(x, "TO") &&
				f.lemmaIn(vt, tellToVerbs) && f.childRel(vt, func(r string) bool { return r == "obj" || r == "iobj" }) >= 0 {
				// "Howard told Japan to resolve the row": telling a
				// party to act asks it to (020), as "warned Japan to"
				// does; "told Japan the row must end" stays a statement.
				code = dictionary.Code{Raw: "020", Active: "020"}
			}
			if f.news && strings.HasPrefix(code.Active, "02") && f.orFace(vt) {
				// "Howard told Japan to resolve the row or face an abrupt
				// deterioration in trade relations": an order with a
				// penalty attached is a threat (130), not an appeal.
				code = dictionary.Code{Raw: "130", Active: "130"}
			}
			if f.news && strings.HasPrefix(code.Active, "13") && f.lemmaIn(vt, warnVerbs) && (about && f.forecastWarning(vt) || !about && tgt >= 0 && f.addressedForecast(vt)) {
				// "Pakistan warned that India's policy would lead to
				// disaster", "the IMF warned Israel that a rise in
				// wages could undo its stabilization": what another
				// party's course will bring is a warning of
				// consequences, pessimism (012, GUIDELINES: "warn
				// of"), not a threat.
				code = dictionary.Code{Raw: "012", Active: "012"}
			}
			if f.news && strings.HasPrefix(code.Active, "06") && f.jointObject(vt) &&
				tgt >= 0 && tgtTok >= 0 && (f.caseWord(tgtTok) != "" && f.caseWord(tgtTok) != "WITH" || tgtTok == f.childRel(vt, func(r string) bool { return r == "obj" })) {
				// "Chinese and Russian warships conducted joint
				// patrols near Japan": the place of a joint act (or
				// the act itself, coded by a place in it) is no
				// party to it.
				tgt, tgtTok = -1, -1
			}
			if f.news && (tgt < 0 || !f.slots[tgt].coded() || f.sameCountry(tgtTok, srcTok) || f.stateless(tgtTok)) && doneToSpeaker(code.Active) {
				// A target of the source's own country or of none
				// names "its" things read as the source's ("Hamas
				// said Israel had killed one of its commanders").
				if sp := f.speakerOwned(vt, srcTok); sp >= 0 {
					// "Iran said Iraq had shelled its border towns",
					// "Seoul said Pyongyang had rejected its offer":
					// what a foreign speaker says was done to "its"
					// things was done to the speaker (criticism,
					// rejection, force; what a party moves, recalls,
					// closes or protests is mostly its own: "Iran had
					// moved its troops", "Mexico closed its border").
					tgt, tgtTok = f.slotOf(sp), sp
				}
			}
			if f.news && src >= 0 && (tgt < 0 || !f.slots[tgt].coded() && !f.codedAt(tgt, tgtTok)) &&
				(strings.HasPrefix(code.Active, "11") || code.Active == "010" && tgt < 0 && f.negativeContent(vt) ||
					strings.HasPrefix(code.Active, "12") && tgtTok >= 0 && f.lemmaIn(vt, opposeVerbs) ||
					strings.HasPrefix(code.Active, "05") && f.backedMeasure(vt, srcTok, tgtTok)) {
				mc := code.Active
				if mc == "010" {
					mc = "111"
				}
				if ms := f.opposedMeasureEvents(hit, vt, src, srcTok, tgtTok, mc); len(ms) > 0 {
					// "Oaten branded the ID scheme a waste of money",
					// "Davis said the bill was a shambles": the
					// opposition criticising a measure no one is
					// named for criticises its government; "the
					// Liberal Democrats oppose the plans", "Britain
					// rejected the proposal": rejecting one rejects
					// it, or, from a state, no party named.
					for _, e := range ms {
						if strings.HasPrefix(e.Code, "12") && f.lemmaIs(vt, func(w string) bool { return w == "OPPOSE" }) {
							// "the Liberal Democrats oppose the
							// plans": a measure opposed is disapproved
							// of (OPPOSE's own 110); the dictionary's
							// 127 and 120 for a plan or a proposal
							// opposed are for those put forward to
							// settle a dispute (CAMEO 127), which a
							// measure of no named author is not.
							e.Code = "110"
						}
						evs = append(evs, e)
						depVerb = append(depVerb, vt)
					}
					i = hit.ve + 1
					continue
				}
			}
			ic, intent := f.intentCode(vt, src, code.Active)
			if intent && ic != code.Active {
				code = dictionary.Code{Raw: ic, Active: ic}
			}
			if f.news && !intent && f.purposeAim(vt, code.Active) {
				// "pursued the project to protect its exports from
				// Iraqi attacks": the aim of an act is not done (the
				// aim of an act a party says it will do is its
				// intent, coded above).
				i = hit.ve + 1
				continue
			}
			for _, e := range f.depEvents(hit, code, src, tgt, srcTok, tgtTok) {
				e.Intent, e.Campaign = intent, campaign
				evs = append(evs, e)
				depVerb = append(depVerb, vt)
			}
			i = hit.ve + 1
			continue
		}
		for _, e := range f.events(hit, code, b, lower, us, ls) {
			evs = append(evs, e)
			depVerb = append(depVerb, -1)
		}
		end := f.vpEnd(hit.head)
		if end < hit.ve {
			end = hit.ve
		}
		i = end + 1
	}
	return f.dropCarriers(evs, depVerb)
}

// verbPrefixes (lower case) are written before a hyphen and a verb they
// belong to ("re-elected", "co-operate").
var verbPrefixes = map[string]bool{
	"re": true, "co": true, "pre": true, "de": true, "un": true, "non": true, "over": true,
	"under": true, "counter": true, "mis": true, "out": true, "up": true, "cross": true,
}

// uncodedSubject reports whether the clause of hit has a subject of its
// own before the verb, not a relative pronoun, whose noun phrase is
// uncoded.
func (f *frame) uncodedSubject(hit verbHit) bool {
	t := f.clauseBase(f.words[hit.head].tok)
	c := f.childRel(t, func(r string) bool { return r == "nsubj" })
	if c < 0 || c > t || f.toks[c].UPOS == "PRON" {
		return false
	}
	s := f.slotOf(c)
	return s >= 0 && !f.slots[s].coded() && !f.slots[s].compound()
}

// receivedLeader reports whether clause t is a form of "receive" whose
// object (or passive subject, "was received by") a lookup codes as a
// government (a head of state or minister by name or title).
func (f *frame) receivedLeader(t int) bool {
	if f.look == nil || !f.lemmaIn(t, receiveVerb) {
		return false
	}
	o := f.childRel(t, func(r string) bool { return r == "obj" })
	if o < 0 && f.passiveClause(t) && f.childRel(t, func(r string) bool { return r == "obl:agent" }) >= 0 {
		o = f.childRel(t, func(r string) bool { return r == "nsubj:pass" })
	}
	if o < 0 || f.toks[o].UPOS != "PROPN" && !(f.toks[o].UPOS == "NOUN" && (dignitaryNouns[f.upToks[f.tokWord[o]]] || envoyNouns[f.upToks[f.tokWord[o]]])) {
		// (A person by name or by title: "received Federal Reserve
		// Board approval" hosts no one.)
		return false
	}
	code, ok := f.look(o)
	return ok && len(code) >= 6 && code[3:6] == "GOV"
}

var receiveVerb = map[string]bool{"RECEIVE": true}

// suspendedMember reports whether clause t is a form of "suspend" whose
// subject is an international organisation and whose object a state
// named as such ("The African Union suspended Gabon", "ECOWAS suspended
// Mali"): a member suspended. A person or any other party suspended
// ("suspended the governor") breaks no relations.
func (f *frame) suspendedMember(t int) bool {
	if f.look == nil || !f.lemmaIn(t, suspendVerb) || f.passiveClause(t) {
		return false
	}
	o := f.childRel(t, func(r string) bool { return r == "obj" })
	sub := f.childRel(t, func(r string) bool { return r == "nsubj" })
	if o < 0 || sub < 0 || f.toks[o].UPOS != "PROPN" {
		return false
	}
	oc, ok := f.look(o)
	if !ok || len(oc) != 3 || strings.HasPrefix(oc, "IGO") {
		return false
	}
	sc, ok := f.look(sub)
	return ok && strings.HasPrefix(sc, "IGO")
}

var suspendVerb = map[string]bool{"SUSPEND": true}

// placedMeasure reports whether clause t is a form of "put" or "place"
// (Phoenix's ARRANGE block, which codes nothing by default) whose object
// is a trade barrier (barrierNouns), or a sum of money in or of one, put
// "on" something: "will put tariffs on Japanese goods", "plans to put as
// much as 300 mln dlrs in tariffs on Japanese electronic goods". Trade
// measures put on another's goods are sanctions (163), as imposed ones
// are.
func (f *frame) placedMeasure(t int) bool {
	if !f.lemmaIn(t, placeVerbs) || f.passiveClause(t) {
		return false
	}
	o := f.childRel(t, func(r string) bool { return r == "obj" })
	if o < 0 {
		return false
	}
	on := func(x int) bool { return f.hasCased(x, "ON") }
	if barrierNouns[f.upToks[f.tokWord[o]]] {
		return on(o) || on(t)
	}
	if !amountWords[f.upToks[f.tokWord[o]]] {
		return false
	}
	for _, x := range []int{o, t} {
		for _, c := range f.children(x) {
			if (isNmod(f.toks[c].Rel) || baseRel(f.toks[c].Rel) == "obl") && (f.caseWord(c) == "IN" || f.caseWord(c) == "OF") &&
				barrierNouns[f.upToks[f.tokWord[c]]] {
				return on(o) || on(c) || on(t)
			}
		}
	}
	return false
}

// hasCased reports whether token x has a nominal or oblique dependent
// under preposition p (upper case).
func (f *frame) hasCased(x int, p string) bool {
	for _, c := range f.children(x) {
		if (isNmod(f.toks[c].Rel) || baseRel(f.toks[c].Rel) == "obl") && f.caseWord(c) == p {
			return true
		}
	}
	return false
}

var placeVerbs = map[string]bool{"PUT": true, "PLACE": true}

// barrierNouns (upper case) are the trade barriers a state puts on
// another's goods.
var barrierNouns = map[string]bool{
	"TARIFFS": true, "TARIFF": true, "DUTIES": true, "DUTY": true, "SANCTIONS": true, "QUOTAS": true,
	"EMBARGO": true, "LEVIES": true, "LEVY": true, "SURCHARGE": true, "SURCHARGES": true,
}

// dignitaryNouns (upper case) are the titles of those a state receives.
var dignitaryNouns = map[string]bool{
	"MINISTER": true, "PRESIDENT": true, "PREMIER": true, "CHANCELLOR": true, "KING": true,
	"QUEEN": true, "PRINCE": true, "LEADER": true, "SECRETARY": true, "DELEGATION": true,
	"EMIR": true, "SULTAN": true, "MONARCH": true, "COUNTERPART": true, "SPEAKER": true,
}

// wantedAct reports whether clause t is a form of "want" whose object, an
// actor, is the subject of its infinitive ("wants Japan to eliminate
// import controls"), also when the parser hangs the active infinitive on
// an actor object ("want the government to apologise", an acl of
// "government").
func (f *frame) wantedAct(t int) bool {
	if !f.lemmaIn(t, wantVerb) {
		return false
	}
	o := f.childRel(t, func(r string) bool { return r == "obj" })
	if o < 0 || !f.slotCoded(o) && !f.lookCoded(o) {
		return false
	}
	x := f.childRel(t, func(r string) bool { return r == "xcomp" })
	if x < 0 && f.news && f.lookCoded(o) {
		// Only an actor's own act: not "want the EU budget to be
		// capped", a thing's passive infinitive.
		x = f.childRel(o, func(r string) bool { return r == "acl" })
		if x >= 0 && (f.toks[x].UPOS != "VERB" || f.childRel(x, func(r string) bool { return r == "aux:pass" }) >= 0) {
			x = -1
		}
	}
	return x > o && f.hasMark(x, "TO")
}

var wantVerb = map[string]bool{"WANT": true}

// orFace reports whether the words after verb t, in what it governs,
// attach a penalty to what it asks: "or face" ("told Japan to resolve
// the row or face retaliation", "said Japan must open its market or face
// sanctions"). The words are read as words: the tagger often takes this
// "face" for a noun.
func (f *frame) orFace(t int) bool {
	in := make([]bool, len(f.toks))
	for _, x := range f.subtree(t, nil) {
		in[x] = true
	}
	for x := t + 1; x+1 < len(f.toks); x++ {
		if in[x] && in[x+1] && strings.EqualFold(f.toks[x].Text, "or") && strings.EqualFold(f.toks[x+1].Text, "face") {
			return true
		}
	}
	return false
}

// believedAppeal reports whether verb t, in news, states what its subject
// believes another party should do: a mind verb (mindVerbs), not negated,
// whose content is an appeal (appealContent) in an active clause with a
// party for its subject ("the Lib Dems believe the Home Secretary should
// allow the evidence", "Conable believed Brazil must act"). The
// dictionaries code BELIEVE and THINK as nothing. "Thinks the economy
// should recover" foretells, "believe the plans should be scrapped" names
// no addressee, and "don't think anyone should panic" appeals to no one.
func (f *frame) believedAppeal(t int) bool {
	if !f.news || !f.lemmaIn(t, mindVerbs) || f.negatedWord(t) || !f.appealContent(t) {
		return false
	}
	cb := f.clauseBase(f.complementOf(t))
	if f.passiveClause(cb) || f.thingSubject(cb) {
		return false
	}
	s := f.childRel(cb, func(r string) bool { return r == "nsubj" })
	return s >= 0 && (f.slotCoded(s) || f.lookCoded(s))
}

// passiveObject returns, in news, the slot of the passive subject of the
// verb of hit (one of passiveThingVerbs), a thing rather than an actor,
// when the verb is passive
// with a "by" agent ("sanctions were imposed by the EU"); -1 otherwise.
func (f *frame) passiveObject(hit verbHit) int {
	if !f.news || !f.parsed {
		return -1
	}
	t := f.words[hit.head].tok
	if t < 0 || f.toks[t].XPOS != "VBN" || !f.passiveClause(t) || !passiveThingVerbs[strings.ToLower(f.toks[t].Lemma)] {
		return -1
	}
	agent := false
	subj := -1
	for _, c := range f.children(t) {
		switch f.toks[c].Rel {
		case "obl:agent":
			agent = true
		case "nsubj:pass":
			subj = c
		}
	}
	if !agent || subj < 0 || f.slotCoded(subj) {
		return -1
	}
	return f.slotOf(subj)
}

// passiveThingVerbs (lemmas) are the verbs of political acts on things
// (sanctions, protests, accords, aid, ties) whose passive subject is the
// thing: "sanctions were imposed", "a protest was lodged", "ties were
// cut". Others ("a proposal was reported", "figures were given") are
// left to their active reading.
var passiveThingVerbs = map[string]bool{
	"impose": true, "levy": true, "slap": true, "lift": true, "ease": true, "tighten": true,
	"lodge": true, "file": true, "sign": true, "conclude": true, "reject": true, "sever": true,
	"cut": true, "suspend": true, "break": true, "extend": true, "grant": true, "deliver": true,
}

// matchPatterns tries the patterns of the verb's blocks in file order
// (dialect A) or by specificity (dialect B).
func (c *Coder) matchPatterns(f *frame, hit verbHit, upper, lower []int, uw, lw []string, us, ls []int) (dictionary.Code, binding, bool, *dictionary.Pattern) {
	var seen []*dictionary.VerbBlock
	if ps := f.passiveObject(hit); ps >= 0 {
		// "Sanctions were imposed on Iran by the EU": the passive
		// subject is the object the patterns name ("- * SANCTIONS").
		ls = append(append([]int(nil), ls...), ps)
		lw = append([]string(nil), lw...)
		for _, m := range f.slots[ps].members {
			for _, w := range m.words {
				lw = append(lw, f.words[w].up)
			}
		}
	}
	for _, fm := range hit.forms {
		blk := fm.Verb.Block
		dup := false
		for _, s := range seen {
			if s == blk {
				dup = true
			}
		}
		if dup {
			continue
		}
		seen = append(seen, blk)
		if x := c.syn[blk]; x != nil {
			// Dialect B: the most specific matching pattern wins. In
			// news, of two as specific, a coded one beats a null one:
			// the block's patterns are shared by all its verbs, and
			// "- * COMPANY [---]", written for "telephone company",
			// must not void "called on tobacco companies (ON)" (020).
			var best *dictionary.Pattern
			bestScore := -1
			f.cands = x.candidates(uw, lw, f.cands[:0], f.news)
			f.patVerb = f.words[hit.head].tok
			for _, k := range f.cands {
				p := blk.Patterns[k]
				if f.news && !x.serves(k, blk, hit) {
					continue
				}
				if f.news && coerciveOwn(hit, blk, p.Code) && !patternOf(p, hit) {
					// "detained opposition leaders ahead of a
					// rally": DETAIN, coded 173 of its own in the
					// CONFINE block, does not take the patterns
					// written for HOLD ("- * RALLY [141] # HOLD").
					continue
				}
				if f.news && f.upLemmas[f.words[hit.head].tok] == "SAY" && !patternOf(p, hit) {
					// "Mr Clarke said the police backed his
					// measures", "the Tories say Labour's plans
					// have failed": the nouns the block's
					// patterns were written for ANNOUNCE or EXPRESS
					// ("- * MEASURES [130] # ANNOUNCE") are, after
					// "say", the subject of what is said.
					continue
				}
				if targetOnly(p) && !patternOf(p, hit) {
					// "- * +  # MOCK" binds any actor object:
					// only for the verb it was written for, not
					// for "repeated" or "echoed" in its block.
					continue
				}
				if sc, ok := f.matchSyntactic(p, upper, lower, us, ls, uw, lw, f.news && !patternOf(p, hit)); ok &&
					(sc > bestScore || f.news && sc == bestScore && best.Code.Null() && !p.Code.Null()) {
					best, bestScore = p, sc
				}
			}
			if best != nil {
				return best.Code, noBinding(), true, best
			}
			continue
		}
		for _, p := range blk.Patterns {
			b := noBinding()
			if p.Dialect == dictionary.Syntactic {
				continue
			}
			if f.matchLower(p.Lower, lower, lw, &b) && f.matchUpper(p.Upper, upper, uw, &b) {
				return p.Code, b, true, p
			}
		}
	}
	return dictionary.Code{}, noBinding(), false, nil
}

// coerciveOwn reports whether the verb of hit has a code of its own in
// block blk that is material conflict (CAMEO roots 17 to 20: arrest,
// assault, fight), of another act (three-digit code) than pattern code
// pc: such a verb says what happened whatever the patterns of the
// block's other verbs make of their objects.
func coerciveOwn(hit verbHit, blk *dictionary.VerbBlock, pc dictionary.Code) bool {
	for _, fm := range hit.forms {
		v := fm.Verb
		if v == nil || v.Block != blk || !v.HasCode || v.Code.Null() || len(v.Code.Raw) < 2 {
			continue
		}
		switch r := v.Code.Raw[:2]; r {
		case "17", "18", "19", "20":
			// Another root, or another act of the root: ARREST
			// (173) does not take "- * (IN RAID) [1711] # SEIZE"
			// ("arrested 12 Palestinians in raids" is no seizure
			// of property).
			return len(pc.Raw) < 3 || len(v.Code.Raw) < 3 || pc.Raw[:2] != r || pc.Raw[:3] != v.Code.Raw[:3]
		}
	}
	return false
}

// targetOnly reports whether dialect-B pattern p is "- * +": an actor
// right after the verb and nothing else.
func targetOnly(p *dictionary.Pattern) bool {
	return len(p.Pre) == 0 && len(p.Post) == 1 && p.Post[0].Kind == dictionary.Marker && p.Post[0].Head.Kind == dictionary.TokTarget
}

// patternOf reports whether pattern p was written for the verb of hit:
// its comment (CAMEO.2.0's "# DECLINE", "# CALLED_OFF", "# CALL , CALL")
// names the verb, or it names none (the project's own patterns).
func patternOf(p *dictionary.Pattern, hit verbHit) bool {
	if p == nil {
		return false
	}
	named := false
	for n := range strings.FieldsFuncSeq(p.Comment, commentSeparator) {
		named = true
		for _, fm := range hit.forms {
			v := fm.Verb
			if v == nil || len(v.Words) == 0 {
				continue
			}
			if strings.EqualFold(n, strings.Join(v.Words, "_")) || strings.EqualFold(n, v.Words[v.Head]) {
				return true
			}
		}
	}
	return !named
}

// commentSeparator reports whether r separates the verbs a pattern's
// comment names.
func commentSeparator(r rune) bool { return r == ' ' || r == ',' || r == '\t' }

// events determines source and target (pattern bindings, then the
// defaults of sec. 7.3) and expands compounds and paired codes (7.4).
func (f *frame) events(hit verbHit, code dictionary.Code, b binding, lower, us, ls []int) []Event {
	src, tgt := b.src, b.tgt
	pairs := false
	if b.comp >= 0 {
		src, tgt, pairs = b.comp, b.comp, true
	}
	if src < 0 && f.news && f.uncodedSubject(hit) {
		// "after the top Catholic in England backed Michael Howard's
		// stance": a subject no dictionary knows acts, not another
		// actor before it.
		return nil
	}
	if src < 0 {
		for _, s := range us {
			if s != tgt && (f.slots[s].coded() || f.slots[s].compound()) {
				src = s
				break
			}
		}
		if src < 0 {
			for _, s := range us {
				if s != tgt {
					src = s
					break
				}
			}
		}
	}
	if tgt < 0 {
		sc := f.firstCode(src)
		for _, s := range ls {
			if s != src && f.slots[s].coded() && (sc == null || !strings.HasPrefix(f.firstCode(s), sc)) {
				tgt = s
				break
			}
		}
		if tgt < 0 {
			for _, s := range ls {
				if s != src && !f.slots[s].coded() {
					tgt = s
					break
				}
			}
		}
		if tgt < 0 {
			for k := len(us) - 1; k >= 0; k-- {
				if s := us[k]; s != src && f.slots[s].coded() {
					tgt = s
					break
				}
			}
		}
		if tgt < 0 {
			for k := len(us) - 1; k >= 0; k-- {
				if s := us[k]; s != src {
					tgt = s
					break
				}
			}
		}
	}
	if tgt < 0 {
		return nil
	}
	passive := !pairs && f.isPassive(hit.head, lower)
	active, reverse := code.Active, code.Passive
	if code.PassiveOnly() {
		passive, active, reverse = true, code.Passive, ""
	}
	if passive {
		src, tgt = tgt, src
	}
	sc, tc := f.memberCodes(src), f.memberCodes(tgt)
	vspan := f.span(hit.vs, hit.ve)
	var out []Event
	emit := func(a, t coded, c string) {
		out = append(out, Event{Source: a.code, Target: t.code, Code: c,
			SourceSpan: a.span, TargetSpan: t.span, VerbSpan: vspan, Passive: passive})
	}
	if pairs {
		for _, a := range sc {
			for _, t := range sc {
				if a.code == t.code {
					continue
				}
				emit(a, t, active)
				if reverse != "" {
					emit(t, a, reverse)
				}
			}
		}
		return out
	}
	if reverse != "" {
		if len(sc) == 1 && sc[0].code == null {
			sc = tc
		} else if len(tc) == 1 && tc[0].code == null {
			tc = sc
		}
	}
	for _, a := range sc {
		for _, t := range tc {
			emit(a, t, active)
			if reverse != "" {
				emit(t, a, reverse)
				out[len(out)-1].Reverse = true
			}
		}
	}
	return out
}

// organisationConduct reports whether the statement of speech verb vt,
// by the phrase at srcTok about the subject at tgtTok of what it says,
// is a government's word on what an intergovernmental organisation does
// or stands by now ("Saudi Arabia's oil minister said OPEC was producing
// below its ceiling", "Miyazawa said the Group of Seven still supports
// the Louvre accord", "Canada's trade minister said the EC had changed
// its attitude"): a plain statement (010) about the organisation, which
// the guidelines code (13 of the 16 such statements in the corpora were
// right). Statements about a state rarely are one (they report an act
// of the state's, coded as that act, or judge it), and neither is what
// the organisation will do ("said G-7 ministers will meet next week"):
// an act foretold by someone else is coded as that act, flagged
// future (GUIDELINES, intent and the future). The speaker is named
// before what he says: a speaker after it ("the EC ministers agreed to
// extend the marketing year, the Belgian minister said") attributes
// news of the organisation's own acts, and a pronoun speaker of such
// news is mostly one of the organisation's officers (its president,
// the minister chairing its council), read as his country.
func (f *frame) organisationConduct(vt, srcTok, tgtTok int) bool {
	if srcTok < 0 || tgtTok < 0 || srcTok > tgtTok || f.toks[srcTok].UPOS == "PRON" ||
		!f.roleAt(srcTok, "GOV") || !strings.HasPrefix(f.tokCode(tgtTok), "IGO") {
		return false
	}
	c := f.complementOf(vt)
	return c >= 0 && !f.futureClause(f.clauseBase(c))
}

// seekVerb is the lemma (upper case) of soughtOf.
var seekVerb = map[string]bool{"SEEK": true}

// soughtOf reports whether clause t, a form of "seek", asks its object of
// a party: a coded "from" phrase on the verb or on the object ("seeks
// flexibility from banks", "sought a loan from the European Community"),
// or a party named before the object noun as the one who is to grant or
// do it ("seeking finance ministry approval", "sought a government recall
// of the buses").
func (f *frame) soughtOf(t int) bool {
	if !f.lemmaIn(t, seekVerb) {
		return false
	}
	party := func(c int) bool { return (f.slotCoded(c) || f.lookCoded(c)) && f.tokCode(c) != null }
	for _, c := range f.children(t) {
		if baseRel(f.toks[c].Rel) == "obl" && f.caseWord(c) == "FROM" && party(c) {
			return true
		}
	}
	for _, o := range f.children(t) {
		if f.toks[o].Rel != "obj" {
			continue
		}
		if f.codedNmod(o, func(_ int, p string) bool { return p == "FROM" }) >= 0 {
			return true
		}
		if !grantNouns[f.upToks[f.tokWord[o]]] {
			continue
		}
		for _, c := range f.children(t) {
			// (The parser may split the party from the noun into two
			// objects: "seeking finance ministry / approval".)
			if f.toks[c].Rel == "obj" && c < o && f.maxInSubtree(c)+1 == f.minInSubtree(o) && party(c) {
				return true
			}
		}
		for _, c := range f.children(o) {
			if c < o && (f.toks[c].Rel == "compound" || f.toks[c].Rel == "nmod:poss") && party(c) {
				return true
			}
		}
	}
	return false
}

// grantNouns (upper case) are what one party grants or does at another's
// request ("finance ministry approval", "a court order", "a government
// recall"), so that the party named before the noun is the one asked; a
// thing sought ("army helicopters", "a cooperation agreement") names no
// one who is asked.
var grantNouns = map[string]bool{
	"APPROVAL": true, "PERMISSION": true, "CONSENT": true, "AUTHORIZATION": true, "AUTHORISATION": true,
	"CLEARANCE": true, "BACKING": true, "SUPPORT": true, "ENDORSEMENT": true, "GUARANTEE": true,
	"GUARANTEES": true, "ORDER": true, "INJUNCTION": true, "RULING": true, "RECALL": true, "PROBE": true,
	"INQUIRY": true, "INVESTIGATION": true, "MONITORING": true, "HELP": true, "AID": true,
	"ASSISTANCE": true, "LOAN": true, "LOANS": true, "CREDIT": true, "CREDITS": true, "GUIDANCE": true,
	"ADVICE": true, "PROTECTION": true,
}

// meanVerb is the lemma (upper case) of impliedOutcome.
var meanVerb = map[string]bool{"MEAN": true}

// impliedOutcome reports whether clause t is a form of "mean" coded as an
// intent (03) without an infinitive: what a thing entails ("the tariffs
// will mean the erosion of exports to the U.S.", "even if it means slower
// growth", "Brazil's request would mean more credit from banks") or a
// party's resolve ("MITI means business"), which Phoenix's INTEND block
// ("mean") does not tell apart from an intent. An infinitive ("meant to
// visit Moscow") is coded as its own act.
func (f *frame) impliedOutcome(t int, code dictionary.Code) bool {
	return strings.HasPrefix(code.Active, "03") && f.lemmaIn(t, meanVerb) &&
		f.childRel(t, func(r string) bool { return r == "xcomp" }) < 0
}
