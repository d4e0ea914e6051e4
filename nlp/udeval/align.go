package udeval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tacitus/nlp"
	"tacitus/nlp/conllu"
)

// Head values of a word that are not indexes into the word list.
const (
	headRoot    = -1 // the word is the root
	headInvalid = -2 // "_", out of range: never correct
)

// maxLCSCells bounds the table of one multiword-span alignment. Beyond it
// (only reachable with absurd system output, e.g. one multiword token
// covering a whole document) the span's words are left unaligned.
const maxLCSCells = 1 << 22

// word is a syntactic word as the official script sees it.
type word struct {
	span  Span // character span; that of the whole token for multiword tokens
	multi bool // part of a multiword token
	ok    bool // span is usable for alignment
	form  string
	head  int // index of the head in the same word list, or headRoot/headInvalid
	upos  string
	xpos  string
	lemma string
	rel   string // universal part of DEPREL
}

// side is one side (gold or system) of a document: its tokens, sentences
// and words in character spans.
type side struct {
	tokens []Span // unusable spans are marked with Start = -1
	sents  []Span
	words  []word
}

// charIndex maps byte offsets of a text to character offsets that ignore
// white space, like the official script, which concatenates token forms
// without spaces: cum[b] is the number of non-space characters that start
// before byte b. Bytes of invalid UTF-8 count as one character each.
type charIndex []int

func newCharIndex(text string) charIndex {
	cum := make(charIndex, len(text)+1)
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		cum[i] = n
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Zs, r) {
			n++
		}
		// Offsets inside a rune map past it, so that a span cut mid-rune
		// still covers the rune.
		for k := 1; k < size; k++ {
			cum[i+k] = n
		}
		i += size
	}
	cum[len(text)] = n
	return cum
}

// span converts a byte span to a character span; ok is false when the
// byte span is outside the text, reversed or holds only white space.
func (c charIndex) span(start, end int) (Span, bool) {
	if start < 0 || end > len(c)-1 || start > end {
		return Span{-1, -1}, false
	}
	s := Span{c[start], c[end]}
	return s, s.Start < s.End
}

func universal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}

func orUnderscore(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// goldSide converts a document's gold sentences.
func goldSide(d Document, ci charIndex) side {
	var g side
	for i, s := range d.Gold {
		if s == nil {
			continue
		}
		base := len(g.words)
		first, last := -1, -1
		surf := s.Surface()
		for j, st := range surf {
			sp, ok := Span{-1, -1}, false
			if i < len(d.Tokens) && j < len(d.Tokens[i]) {
				sp, ok = ci.span(d.Tokens[i][j].Start, d.Tokens[i][j].End)
			}
			if ok {
				if first < 0 {
					first = sp.Start
				}
				last = sp.End
				g.tokens = append(g.tokens, sp)
			} else {
				g.tokens = append(g.tokens, Span{-1, -1})
			}
			for k := st.First; k <= st.Last; k++ {
				w := s.Words[k]
				head := headInvalid
				switch {
				case w.Head == 0:
					head = headRoot
				case w.Head >= 1 && w.Head <= len(s.Words):
					head = base + w.Head - 1
				}
				g.words = append(g.words, word{
					span: sp, multi: st.Last > st.First, ok: ok,
					form: strings.ToLower(w.Form), head: head,
					upos: w.UPOS, xpos: w.XPOS, lemma: w.Lemma, rel: universal(w.Deprel),
				})
			}
		}
		if first >= 0 {
			g.sents = append(g.sents, Span{first, last})
		}
	}
	return g
}

// systemSide converts system output. Tokens are taken in output order; a
// token (a multiword group or a single word) is usable when its byte span
// lies inside the text, is not only white space and does not overlap the
// previous usable token. Unusable tokens and their words still count as
// system output but are never aligned.
func systemSide(sents []nlp.Sentence, ci charIndex) side {
	var s side
	prevEnd := 0
	for _, sent := range sents {
		base := len(s.words)
		first, last := -1, -1
		n := len(sent.Tokens)
		for i := 0; i < n; {
			size := 1
			if m := sent.Tokens[i].MWT; m > 1 {
				size = min(m, n-i)
			}
			group := sent.Tokens[i : i+size]
			start, end := group[0].Start, group[0].End
			for _, t := range group[1:] {
				start, end = min(start, t.Start), max(end, t.End)
			}
			sp, ok := ci.span(start, end)
			if ok && sp.Start < prevEnd {
				ok = false
			}
			if ok {
				prevEnd = sp.End
				if first < 0 {
					first = sp.Start
				}
				last = sp.End
				s.tokens = append(s.tokens, sp)
			} else {
				s.tokens = append(s.tokens, Span{-1, -1})
			}
			for _, t := range group {
				head := headInvalid
				switch {
				case t.Head == 0:
					head = headRoot
				case t.Head >= 1 && t.Head <= n:
					head = base + t.Head - 1
				}
				s.words = append(s.words, word{
					span: sp, multi: size > 1, ok: ok,
					form: strings.ToLower(t.Text), head: head,
					upos: orUnderscore(t.UPOS), xpos: orUnderscore(t.XPOS), lemma: orUnderscore(t.Lemma),
					rel: universal(orUnderscore(t.Rel)),
				})
			}
			i += size
		}
		if first >= 0 {
			s.sents = append(s.sents, Span{first, last})
		} else {
			s.sents = append(s.sents, Span{-1, -1})
		}
	}
	return s
}

// spanCount counts the system spans equal to a gold span. Usable spans
// of each side are increasing and disjoint, so this is what the script's
// merge of the two sorted lists counts.
func spanCount(gold, sys []Span) Count {
	set := make(map[Span]bool, len(gold))
	for _, g := range gold {
		if g.Start >= 0 {
			set[g] = true
		}
	}
	c := Count{Gold: len(gold), System: len(sys)}
	for _, s := range sys {
		if s.Start >= 0 && set[s] {
			c.Correct++
			delete(set, s)
		}
	}
	return c
}

// alignWords aligns usable gold and system words as the script's
// align_words does and returns, for every system word, the index of its
// gold word or -1.
func alignWords(gold, sys []word) []int {
	gi := make([]int, 0, len(gold))
	for i, w := range gold {
		if w.ok {
			gi = append(gi, i)
		}
	}
	si := make([]int, 0, len(sys))
	for i, w := range sys {
		if w.ok {
			si = append(si, i)
		}
	}
	toGold := make([]int, len(sys))
	for i := range toGold {
		toGold[i] = -1
	}
	g, s := 0, 0
	for g < len(gi) && s < len(si) {
		gw, sw := gold[gi[g]], sys[si[s]]
		if !gw.multi && !sw.multi {
			switch {
			case gw.span == sw.span:
				toGold[si[s]] = gi[g]
				g++
				s++
			case gw.span.Start <= sw.span.Start:
				g++
			default:
				s++
			}
			continue
		}
		// A multiword token on either side: find the minimal multiword
		// span and align its words by the longest common subsequence of
		// their lower-cased forms.
		var end int
		if gw.multi {
			end = gw.span.End
			if !sw.multi && sw.span.Start < gw.span.Start {
				s++
			}
		} else {
			end = sw.span.End
			if !gw.multi && gw.span.Start < sw.span.Start {
				g++
			}
		}
		gs, ss := g, s
		beyond := func(ws []word, idx []int, i int) bool {
			if i >= len(idx) {
				return true
			}
			w := ws[idx[i]]
			if w.multi {
				return w.span.Start >= end
			}
			return w.span.End > end
		}
		extend := func(w word) {
			if w.multi && w.span.End > end {
				end = w.span.End
			}
		}
		for !beyond(gold, gi, g) || !beyond(sys, si, s) {
			if g < len(gi) && (s >= len(si) || gold[gi[g]].span.Start <= sys[si[s]].span.Start) {
				extend(gold[gi[g]])
				g++
			} else {
				extend(sys[si[s]])
				s++
			}
		}
		ng, ns := g-gs, s-ss
		if ng == 0 || ns == 0 || ng*ns > maxLCSCells {
			continue
		}
		lcs := make([]int, (ng+1)*(ns+1)) // lcs[a*(ns+1)+b] for suffixes a, b
		at := func(a, b int) int { return lcs[a*(ns+1)+b] }
		for a := ng - 1; a >= 0; a-- {
			for b := ns - 1; b >= 0; b-- {
				v := 0
				if gold[gi[gs+a]].form == sys[si[ss+b]].form {
					v = 1 + at(a+1, b+1)
				}
				v = max(v, at(a+1, b), at(a, b+1))
				lcs[a*(ns+1)+b] = v
			}
		}
		for a, b := 0, 0; a < ng && b < ns; {
			switch {
			case gold[gi[gs+a]].form == sys[si[ss+b]].form:
				toGold[si[ss+b]] = gi[gs+a]
				a++
				b++
			case at(a, b) == at(a+1, b):
				a++
			default:
				b++
			}
		}
	}
	return toGold
}

// scoreDocument scores system output for one document.
func scoreDocument(d Document, sys []nlp.Sentence) Result {
	ci := newCharIndex(d.Text)
	g := goldSide(d, ci)
	s := systemSide(sys, ci)
	r := Result{Mode: RawText, Documents: 1}
	r.Tokens = spanCount(g.tokens, s.tokens)
	r.Sentences = spanCount(g.sents, s.sents)
	toGold := alignWords(g.words, s.words)
	base := Count{Gold: len(g.words), System: len(s.words)}
	r.Words, r.UPOS, r.XPOS, r.Lemmas, r.UAS, r.LAS = base, base, base, base, base, base
	for si, gi := range toGold {
		if gi < 0 {
			continue
		}
		gw, sw := g.words[gi], s.words[si]
		for _, c := range []*Count{&r.Words, &r.UPOS, &r.XPOS, &r.Lemmas, &r.UAS, &r.LAS} {
			c.Aligned++
		}
		r.Words.Correct++
		if gw.upos == sw.upos {
			r.UPOS.Correct++
		}
		if gw.xpos == sw.xpos {
			r.XPOS.Correct++
		}
		if gw.lemma == "_" || gw.lemma == sw.lemma {
			r.Lemmas.Correct++
		}
		head := (gw.head == headRoot && sw.head == headRoot) ||
			(gw.head >= 0 && sw.head >= 0 && toGold[sw.head] == gw.head)
		if head {
			r.UAS.Correct++
			if gw.rel == sw.rel {
				r.LAS.Correct++
			}
		}
	}
	return r
}

// Score scores system output produced from raw text: sys[i] is what the
// system produced for docs[i].Text (missing entries count as empty output,
// extra ones are ignored). docs normally come from Documents.
//
// The semantics are those of conll18_ud_eval.py:
//
//   - Both sides are reduced to characters that are not white space
//     (Unicode White_Space or category Zs); a token's span is the range of
//     those characters it covers. System spans come from the byte offsets
//     Start/End of the tokens (the span of a multiword token is the union
//     of its words' spans); Token.Text is only used as the word form.
//   - Tokens and Sentences: a system unit is correct when a gold unit has
//     exactly its character span. A sentence spans from its first token to
//     its last.
//   - Words are aligned as by the script: outside multiword tokens, a
//     system word aligns with the gold word of the same span; where either
//     side has a multiword token, the minimal stretch of words that covers
//     the overlapping multiword tokens is aligned by the longest common
//     subsequence of the lower-cased word forms. Words counts aligned
//     words.
//   - Over aligned pairs: UPOS and XPOS compare the tags; Lemmas compares
//     the lemmas and counts a pair as correct whenever the gold lemma is
//     "_"; UAS is correct when both words are roots or the system head is
//     aligned with the gold head; LAS also needs equal universal relations
//     (the part of DEPREL before ':'). Empty system fields read as "_",
//     as they would be written to a file.
//   - Every metric is reported as Count{Gold words, System words, Aligned,
//     Correct}; F1 is the headline number.
//
// Where the script rejects a file, Score degrades instead of failing: a
// system token whose offsets are outside the text, reversed, only white
// space, or overlapping the previous usable token counts as output but
// aligns with nothing; a head outside the sentence and a gold head "_"
// are never correct; empty node lines are ignored.
func Score(docs []Document, sys [][]nlp.Sentence) Result {
	r := Result{Mode: RawText}
	for i, d := range docs {
		var out []nlp.Sentence
		if i < len(sys) {
			out = sys[i]
		}
		r.Add(scoreDocument(d, out))
	}
	return r
}

// EvalRaw evaluates sys from raw text: it rebuilds the documents of gold
// (Documents), runs sys.Parse on each document's text and scores the
// output (Score).
func EvalRaw(gold []*conllu.Sentence, sys RawSystem) Result {
	docs := Documents(gold)
	out := make([][]nlp.Sentence, len(docs))
	for i, d := range docs {
		out[i] = sys.Parse(d.Text)
	}
	return Score(docs, out)
}

// EvalGold evaluates sys with gold tokenization: every gold sentence is
// converted with conllu.Sentence.NLP, stripped of its annotation (UPOS,
// XPOS, Lemma and Rel empty, Head -1) and given to sys.Annotate. Word i of
// the output is compared with gold word i, with the rules of Score (with
// identical words the script aligns every word with itself). A sentence
// whose output no longer has the gold number of words counts in
// Result.Mismatched and all its words count as wrong. The headline numbers
// are accuracies (Count.Recall).
func EvalGold(gold []*conllu.Sentence, sys System) Result {
	r := Result{Mode: GoldTokenization}
	for _, g := range gold {
		if g == nil || len(g.Words) == 0 {
			continue
		}
		n := len(g.Words)
		r.Sentences.add(Count{Gold: 1, System: 1, Correct: 1})
		nt := len(g.Surface())
		r.Tokens.add(Count{Gold: nt, System: nt, Correct: nt})
		s := g.NLP()
		for i := range s.Tokens {
			t := &s.Tokens[i]
			t.UPOS, t.XPOS, t.Lemma, t.Rel, t.Head = "", "", "", "", -1
		}
		sys.Annotate(&s)
		base := Count{Gold: n, System: len(s.Tokens)}
		if len(s.Tokens) != n {
			r.Mismatched++
			for _, c := range []*Count{&r.Words, &r.UPOS, &r.XPOS, &r.Lemmas, &r.UAS, &r.LAS} {
				c.add(base)
			}
			continue
		}
		base.Aligned = n
		words, upos, xpos, lemmas, uas, las := base, base, base, base, base, base
		words.Correct = n
		for i, w := range g.Words {
			t := s.Tokens[i]
			if w.UPOS == orUnderscore(t.UPOS) {
				upos.Correct++
			}
			if w.XPOS == orUnderscore(t.XPOS) {
				xpos.Correct++
			}
			if w.Lemma == "_" || w.Lemma == orUnderscore(t.Lemma) {
				lemmas.Correct++
			}
			if w.Head >= 0 && w.Head <= n && t.Head == w.Head {
				uas.Correct++
				if universal(w.Deprel) == universal(orUnderscore(t.Rel)) {
					las.Correct++
				}
			}
		}
		r.Words.add(words)
		r.UPOS.add(upos)
		r.XPOS.add(xpos)
		r.Lemmas.add(lemmas)
		r.UAS.add(uas)
		r.LAS.add(las)
	}
	return r
}
