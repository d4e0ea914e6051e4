package coder

import (
	"slices"
	"strings"
	"unicode/utf8"

	"tacitus/dictionary"
	"tacitus/nlp"
)

// word is one matching unit of a sentence in the Penn Treebank tokenisation
// the dictionaries expect (petrarch-formats.md sec. 1). It usually is one
// parser token; hyphenated words written without spaces ("Barad-dur",
// "anti-") join several tokens, and a token written with underscores
// ("Dol_Amroth") gives several words.
type word struct {
	up         string // upper-case form matched against the dictionaries
	start, end int    // byte span in the text
	tok        int    // representative parser token (0-based)
	verb       bool   // a verb heading a verb phrase (not a modal)
	slot       int    // index of the slot the word belongs to, -1 if none
	comma      bool   // a clause-level comma
	opens      bool   // a comma opening a clause with its own subject and finite verb
	forced     bool   // a dictionary verb in verb position that the tagger missed
	del        bool   // removed by comma-clause deletion
}

// member is one noun phrase of a slot: the whole slot for a simple noun
// phrase, one conjunct (with the words shared by all conjuncts) for a
// compound.
type member struct {
	words []int // word indices, increasing
	head  int   // word of the noun-phrase head
	ppAt  int   // index in words of the preposition of a kept phrase, -1
	codes []string
	null  bool // no actor and no agent: the code is the bare null
}

// slot is an actor noun phrase (petrarch-formats.md sec. 7.1 step 4).
type slot struct {
	lo, hi  int // first and last word, inclusive
	members []member
}

// compound reports whether the slot is a coordination of noun phrases.
func (s *slot) compound() bool { return len(s.members) > 1 }

// plural reports whether the slot stands for several actors: a
// coordination, or one phrase with several codes ("the two leaders").
func (s *slot) plural() bool {
	return s.compound() || len(s.members) == 1 && len(s.members[0].codes) > 1
}

// coded reports whether some member has a non-null code.
func (s *slot) coded() bool {
	for i := range s.members {
		if !s.members[i].null {
			return true
		}
	}
	return false
}

// frame is the coder's view of one sentence: the parse, the words and the
// actor slots.
type frame struct {
	// patVerb is the token of the verb whose dialect-B patterns are
	// being matched.
	patVerb int
	text    string
	toks    []nlp.Token
	look    ActorLookup // outside actor codes, nil for none
	news    bool        // Options.News
	// placeCountry holds the country codes of one-word places that
	// codeSlot left out of a noun phrase's actor code ("depots in
	// Syria"), by token.
	placeCountry map[int]string
	kidStart     []int // children of token t: kidList[kidStart[t]:kidStart[t+1]]
	kidList      []int
	tokWord      []int // token -> first word
	words        []word
	slots        []slot
	inSlot       []int  // token -> slot, -1
	nominal      []bool // token may head or be part of a noun phrase
	upToks       []string
	// upHashed is upToks hashed for the dictionaries, once for both of
	// markActorTokens's scans (see there).
	upHashed dictionary.Words
	upLemmas []string // token -> its lemma in upper case (see upperLemmas)
	// verbForms and formSpan keep the forms lemmaIs tries beyond a
	// token's lemma (see frame.wordForms): token t's are
	// verbForms[formSpan[t][0]:formSpan[t][1]], once made (-1 before).
	verbForms []string
	formSpan  [][2]int32
	parsed    bool
	actorTok  []bool // token lies inside an actor phrase (or is an agent word mis-tagged as an adjective)
	scratch   []int
	groups    [][5]int
	taken     []bool
	isSep     []bool
	// Scratch storage of the slot builder, reused across sentences.
	bHead, bSep, bPP, bAll, bHP, bPP2, bMem []int
	bPieces                                 [][]int
	pieceArena, arena                       []int
	cands                                   []int
	wbuf                                    []string
	keptBuf                                 []int // the word indices of wbuf
	upBuf                                   []byte
	lemmaBuf                                []byte
}

// normalizeText maps typographic characters to the ASCII forms the
// dictionaries use.
var normalizer = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"", "\u2013", "-", "\u2014", "--")

// tokenText returns the text of token t, preferring the document bytes.
func (f *frame) tokenText(t int) string {
	tk := &f.toks[t]
	if tk.Start >= 0 && tk.End <= len(f.text) && tk.Start < tk.End && tk.End-tk.Start == len(tk.Text) {
		return f.text[tk.Start:tk.End]
	}
	return tk.Text
}

// touching reports whether tokens a and a+1 are written without white
// space between them.
func (f *frame) touching(a int) bool {
	x, y := &f.toks[a], &f.toks[a+1]
	if x.End > 0 && y.Start > 0 && x.End <= y.Start {
		return x.End == y.Start
	}
	return !x.SpaceAfter
}

// isHyphen reports whether s is a hyphen token.
func isHyphen(s string) bool { return s == "-" || s == "\u2010" || s == "\u2011" }

// buildWords fills f.words and f.tokWord from the tokens. All upper-case
// forms are slices of one string built for the sentence.
func (f *frame) buildWords() {
	n := len(f.toks)
	f.tokWord = resizeInts(f.tokWord, n)
	f.words = f.words[:0]
	groups := f.groups[:0]
	var buf []byte
	if cap(f.upBuf) > 0 {
		buf = f.upBuf[:0]
	}
	for i := 0; i < n; {
		j := i + 1
		for j < n && f.touching(j-1) && (isHyphen(f.toks[j-1].Text) || isHyphen(f.toks[j].Text) ||
			strings.HasSuffix(f.toks[j-1].Text, "-") || strings.HasPrefix(f.toks[j].Text, "-")) &&
			f.toks[j-1].Text != "--" && f.toks[j].Text != "--" {
			j++
		}
		// Representative token: the last one that is not a hyphen.
		rep := j - 1
		for rep > i && isHyphen(f.toks[rep].Text) {
			rep--
		}
		a := len(buf)
		for k := i; k < j; k++ {
			buf = appendUpper(buf, f.tokenText(k))
		}
		groups = append(groups, [5]int{i, j, rep, a, len(buf)})
		i = j
	}
	f.upBuf = buf
	up := string(buf)
	for _, g := range groups {
		i, j, rep, a, b := g[0], g[1], g[2], g[3], g[4]
		text := up[a:b]
		if t, ok := strings.CutSuffix(text, "-LED"); ok && len(t) > 1 {
			// "Saudi-led coalition", "U.S.-led forces": the leader
			// codes the phrase.
			text = t
		}
		start, end := f.toks[i].Start, f.toks[j-1].End
		first := len(f.words)
		if len(text) > 1 && strings.IndexByte(text, '_') >= 0 {
			off := start
			for len(text) > 0 {
				part, rest, _ := strings.Cut(text, "_")
				if part != "" {
					f.words = append(f.words, word{up: part, start: off, end: off + len(part), tok: rep, slot: -1})
				}
				off += len(part) + 1
				text = rest
			}
			if len(f.words) == first {
				f.words = append(f.words, word{up: up[a:b], start: start, end: end, tok: rep, slot: -1})
			}
		} else {
			f.words = append(f.words, word{up: text, start: start, end: end, tok: rep, slot: -1})
		}
		for k := i; k < j; k++ {
			f.tokWord[k] = first
		}
	}
	f.groups = groups
	f.upToks = f.upToks[:0]
	for i := range f.words {
		f.upToks = append(f.upToks, f.words[i].up)
	}
	f.upperLemmas()
}

// upperLemmas fills f.upLemmas with the lemma of every token as
// strings.ToUpper writes it, for the dictionaries' upper-case word lists
// (see lemmaIn), which look them up many times. The ASCII ones are
// slices of one string built for the sentence.
func (f *frame) upperLemmas() {
	n := len(f.toks)
	f.upLemmas = slices.Grow(f.upLemmas[:0], n)[:n]
	buf := f.lemmaBuf[:0]
	ends := f.scratch[:0] // end in buf of each token's lemma, -1 if not ASCII
	for i := range f.toks {
		l := f.toks[i].Lemma
		ascii := true
		for k := 0; k < len(l); k++ {
			if l[k] >= utf8.RuneSelf {
				ascii = false
				break
			}
		}
		if !ascii {
			f.upLemmas[i] = strings.ToUpper(l)
			ends = append(ends, -1)
			continue
		}
		for k := 0; k < len(l); k++ {
			c := l[k]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			buf = append(buf, c)
		}
		ends = append(ends, len(buf))
	}
	f.lemmaBuf, f.scratch = buf, ends[:0]
	all, start := string(buf), 0
	for i, e := range ends {
		if e >= 0 {
			f.upLemmas[i] = all[start:e]
			start = e
		}
	}
	f.verbForms = f.verbForms[:0]
	f.formSpan = slices.Grow(f.formSpan[:0], n)[:n]
	for i := range f.formSpan {
		f.formSpan[i] = [2]int32{-1, -1}
	}
}

// appendUpper appends the upper-case, typographically normalised form of
// s to buf.
func appendUpper(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(buf, strings.ToUpper(normalizer.Replace(s[i:]))...)
		}
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// baseRel returns the universal part of a UD relation ("nmod" for
// "nmod:poss").
func baseRel(r string) string {
	if i := strings.IndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}

// buildTree indexes the children of every token and sets f.parsed when
// the heads form a tree (every token reaches the root without a cycle).
func (f *frame) buildTree() {
	n := len(f.toks)
	f.parsed = n > 0
	f.kidStart = resizeInts(f.kidStart, n+1)
	clear(f.kidStart)
	for i := range f.toks {
		h := f.toks[i].Head
		if h < 0 || h > n || h == i+1 {
			f.parsed = false
			continue
		}
		if h > 0 {
			f.kidStart[h]++
		}
	}
	if !f.parsed {
		return
	}
	for t := 1; t <= n; t++ {
		f.kidStart[t] += f.kidStart[t-1]
	}
	f.kidList = resizeInts(f.kidList, f.kidStart[n])
	fill := resizeInts(f.scratch, n)
	copy(fill, f.kidStart[:n])
	for i := range f.toks {
		if h := f.toks[i].Head; h > 0 {
			f.kidList[fill[h-1]] = i
			fill[h-1]++
		}
	}
	f.scratch = fill
	// Cycle check: every token must reach the root in at most n steps.
	for i := range f.toks {
		x, steps := i, 0
		for x >= 0 && steps <= n {
			x = f.head(x)
			steps++
		}
		if steps > n {
			f.parsed = false
			return
		}
	}
}

// children returns the dependents of token t, in sentence order.
func (f *frame) children(t int) []int { return f.kidList[f.kidStart[t]:f.kidStart[t+1]] }

// resizeBools returns s with length n, all false, reusing its storage.
func resizeBools(s []bool, n int) []bool {
	if cap(s) < n {
		return make([]bool, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// resizeInts returns s with length n, reusing its storage.
func resizeInts(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

// head returns the 0-based head of token t, or -1.
func (f *frame) head(t int) int {
	h := f.toks[t].Head
	if h <= 0 || h > len(f.toks) {
		return -1
	}
	return h - 1
}
