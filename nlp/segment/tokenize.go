package segment

import (
	"unicode"
	"unicode/utf8"
)

// Token flags recorded by the scanner.
const (
	fSpaceBefore uint16 = 1 << iota // white space precedes the token
	fLineStart                      // first token of a line (or of the text)
	fPara                           // a paragraph break precedes the token
	fUpper                          // starts with an uppercase letter
	fLower                          // starts with a lowercase letter
	fDigit                          // starts with a digit
	fHasLower                       // contains a lowercase letter
	fHasUpper                       // contains an uppercase letter
	fEllipsis                       // kTerm made of periods only, two or more, or "…"
	fPeriod                         // kTerm that is exactly "."
	fSplitPeriod                    // kAbbr ending a sentence: its period is a token of its own
	fListNum                        // a line-initial list number with its period ("1.")
)

// tok is the scanner's record of one syntactic word.
type tok struct {
	start, end int
	flags      uint16
	kind       uint8
	abbr       uint8 // abbreviation class of a kAbbr token
	mwt        uint8 // 2 on the first word of a two-word token
}

// scanner splits a text into tokens in a single left-to-right pass.
//
// Every position is visited a bounded number of times: the only look-aheads
// are of constant length, except the white-space run skipped after an
// abbreviation (visited twice) and the e-mail detection, whose pointers only
// move forward.
type scanner struct {
	text  string
	toks  []tok
	flags uint16 // flags for the next token (white space, line start, paragraph)
	// squote is true while a single quote opened at a word start is unclosed,
	// so that a following "s'" is read as a closing quote, not a possessive.
	squote bool

	// E-mail detection state: at is the position of the next '@' at or
	// after the scan position within the current non-space run (or -1),
	// local is where the e-mail local part before it starts, runEnd is the
	// end of the run it was computed for.
	at, local, domEnd, runEnd, searched int
}

// tokenize scans text and returns its tokens, appended to buf.
func tokenize(text string, buf []tok) []tok {
	sc := scanner{text: text, toks: buf, flags: fLineStart | fPara, at: -1, searched: 0}
	sc.run()
	return sc.toks
}

func (sc *scanner) run() {
	text := sc.text
	n := len(text)
	newlines, indent := 0, 0
	i := 0
	for i < n {
		c := text[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case clSpace:
				sc.flags |= fSpaceBefore
				if newlines > 0 {
					if c == '\t' {
						indent += 2
					} else if c == ' ' {
						indent++
					}
				}
				i++
				continue
			case clNL:
				sc.flags |= fSpaceBefore | fLineStart
				newlines++
				indent = 0
				i++
				continue
			}
		} else {
			r, w := utf8.DecodeRuneInString(text[i:])
			if r != utf8.RuneError && spaceRune(r) {
				sc.flags |= fSpaceBefore
				switch r {
				case 0x2029:
					newlines += 2
					sc.flags |= fLineStart
				case 0x2028, 0x85:
					newlines++
					sc.flags |= fLineStart
					indent = 0
				default:
					if newlines > 0 {
						indent++
					}
				}
				i += w
				continue
			}
		}
		if c == '<' {
			if j := markupTag(text, i); j > i {
				// Markup left in the text ("<b_enamex
				// type=\"PERSON\">", "<br/>", "</p>") is no word:
				// it separates words as white space does.
				sc.flags |= fSpaceBefore
				i = j
				continue
			}
		}
		// A token starts at i.
		if newlines >= 2 || (newlines == 1 && indent >= 2) {
			sc.flags |= fPara
		}
		newlines, indent = 0, 0
		i = sc.token(i)
	}
}

// markupTag returns the end of the SGML, XML or HTML tag that starts at
// i (text[i] is '<'), or i when there is none: a closing tag ("</p>"), a
// tag with attributes ("<a href=...>", "<b_enamex type=\"ORGANIZATION\"
// status=\"opt\">"), a self-closing one ("<br/>") or a bare lower-case
// one ("<b>"), on one line and under 300 bytes. A bare upper-case name in
// angle brackets is a wire story's stock ticker ("<IBM>", "<ANGL.J>") and
// an address in them ("<jo@example.com>") is text: both stay.
func markupTag(text string, i int) int {
	j := i + 1
	closing := j < len(text) && text[j] == '/'
	if closing {
		j++
	}
	start := j
	for j < len(text) && (isTagNameByte(text[j]) || j > start && (text[j] == '-' || text[j] == ':' || text[j] >= '0' && text[j] <= '9')) {
		j++
	}
	if j == start || j >= len(text) {
		return i
	}
	switch text[j] {
	case '>':
		if closing || !hasUpperASCII(text[start:j]) {
			return j + 1
		}
		return i
	case '/':
		if j+1 < len(text) && text[j+1] == '>' {
			return j + 2
		}
		return i
	case ' ', '\t':
	default:
		return i
	}
	attrs := false
	for ; j < len(text) && j-i < 300; j++ {
		switch text[j] {
		case '>':
			if attrs || text[j-1] == '/' {
				return j + 1
			}
			return i
		case '<', '\n', '\r':
			return i
		case '=':
			attrs = true
		}
	}
	return i
}

// hasUpperASCII reports whether s holds an ASCII upper-case letter.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// isTagNameByte reports whether b may open a markup tag's name.
func isTagNameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == '!'
}

// emit appends a token and resets the pending white-space flags.
func (sc *scanner) emit(start, end int, kind uint8) *tok {
	sc.toks = append(sc.toks, tok{start: start, end: end, kind: kind, flags: sc.flags})
	sc.flags = 0
	return &sc.toks[len(sc.toks)-1]
}

// classAt returns the ASCII class of the byte at i, treating non-ASCII
// word runes as lowercase letters (or uppercase ones) and anything else as
// punctuation. Out-of-range positions are spaces.
func (sc *scanner) classAt(i int) uint8 {
	if i >= len(sc.text) || i < 0 {
		return clSpace
	}
	c := sc.text[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]
	}
	r, _ := utf8.DecodeRuneInString(sc.text[i:])
	return runeClass(r)
}

// runeClass classifies a non-ASCII rune; invalid bytes count as letters so
// that they stay inside words.
func runeClass(r rune) uint8 {
	switch {
	case r == utf8.RuneError:
		return clLower
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return clUpper
	case unicode.IsDigit(r):
		return clDigit
	case wordRune(r):
		return clLower
	case r == 0x2028 || r == 0x2029 || r == 0x85:
		return clNL
	case spaceRune(r):
		return clSpace
	}
	return clPunct
}

func isAlnum(cl uint8) bool { return cl == clUpper || cl == clLower || cl == clDigit }

// token scans the token starting at i (a non-space position) and returns
// the position after it.
func (sc *scanner) token(i int) int {
	text := sc.text
	c := text[i]
	var cl uint8
	var r rune
	w := 1
	if c < utf8.RuneSelf {
		cl = asciiClass[c]
		r = rune(c)
	} else {
		r, w = utf8.DecodeRuneInString(text[i:])
		cl = runeClass(r)
	}
	if isAlnum(cl) {
		if j := sc.special(i); j > i {
			setCase(sc.emit(i, j, kWord), text)
			return j
		}
		return sc.word(i)
	}
	return sc.punct(i, r, w)
}

// special recognizes URLs and e-mail addresses starting at i and returns
// their end, or i when there is none.
func (sc *scanner) special(i int) int {
	text := sc.text
	if c := text[i] | 0x20; c == 'h' || c == 'w' || c == 'f' {
		if hasPrefixFold(text[i:], "http://") || hasPrefixFold(text[i:], "https://") ||
			hasPrefixFold(text[i:], "ftp://") || hasPrefixFold(text[i:], "www.") {
			return sc.urlEnd(i)
		}
	}
	// E-mail: find the '@' of the current non-space run.
	if i >= sc.runEnd {
		sc.runEnd = i
		for sc.runEnd < len(text) && !isSpaceByteAt(text, sc.runEnd) {
			sc.runEnd++
		}
		sc.at, sc.searched = -1, i
	}
	if sc.at >= 0 && sc.at < i {
		sc.at = -1
		sc.searched = i
	}
	if sc.at < 0 {
		for sc.searched < sc.runEnd && text[sc.searched] != '@' {
			sc.searched++
		}
		if sc.searched >= sc.runEnd {
			return i
		}
		sc.at = sc.searched
		sc.searched++
		l := sc.at
		for l > i && emailLocal(text[l-1]) {
			l--
		}
		sc.local = l
		sc.domEnd = sc.domainEnd(sc.at)
	}
	if i < sc.local || i >= sc.at || sc.domEnd <= sc.at+1 {
		return i
	}
	// text[i:at] is a valid local part and the domain is not empty.
	return sc.domEnd
}

// domainEnd returns the end of the e-mail domain after the '@' at at.
func (sc *scanner) domainEnd(at int) int {
	text := sc.text
	j := at + 1
	for j < sc.runEnd {
		b := text[j]
		if b < utf8.RuneSelf && isAlnum(asciiClass[b]) || b == '-' || b == '_' {
			j++
			continue
		}
		if b == '.' && j+1 < sc.runEnd && isAlnum(sc.classAt(j+1)) {
			j++
			continue
		}
		break
	}
	return j
}

// isSpaceByteAt reports whether the byte at i starts white space (ASCII
// only; non-ASCII spaces merely make the run longer, which is harmless).
func isSpaceByteAt(text string, i int) bool {
	c := text[i]
	return c < utf8.RuneSelf && (asciiClass[c] == clSpace || asciiClass[c] == clNL)
}

func emailLocal(b byte) bool {
	if b >= utf8.RuneSelf {
		return false
	}
	return isAlnum(asciiClass[b]) || b == '.' || b == '_' || b == '-' || b == '+' || b == '%'
}

// urlEnd returns the end of a URL starting at i: the non-space run, without
// trailing punctuation and without an unbalanced closing bracket.
func (sc *scanner) urlEnd(i int) int {
	text := sc.text
	j := i
	paren := 0
	for j < len(text) {
		b := text[j]
		if isSpaceByteAt(text, j) || b == '"' || b == '<' || b == '>' {
			break
		}
		if b >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(text[j:])
			if r != utf8.RuneError && (spaceRune(r) || r == '”' || r == '“' || r == '’' || r == '»') {
				break
			}
			j += w
			continue
		}
		switch b {
		case '(':
			paren++
		case ')':
			if paren == 0 {
				return trimURL(text, i, j)
			}
			paren--
		}
		j++
	}
	return trimURL(text, i, j)
}

func trimURL(text string, i, j int) int {
	for j > i+4 {
		switch text[j-1] {
		case '.', ',', ';', ':', '!', '?', '\'', ')':
			j--
			continue
		}
		break
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}

// word scans a word starting at i (an alphanumeric position), emits it (and
// its clitic or attached period) and returns its end.
func (sc *scanner) word(i int) int {
	text := sc.text
	n := len(text)
	j := i
	seg := i          // start of the current segment (after a joined hyphen)
	segDigits := true // the current segment is only ASCII digits
	segLetters := true
	phone := false
	apos := false // an apostrophe was joined: the word may end in a clitic
	for j < n {
		c := text[j]
		var cl uint8
		w := 1
		if c < utf8.RuneSelf {
			cl = asciiClass[c]
		} else {
			r, rw := utf8.DecodeRuneInString(text[j:])
			w = rw
			if r == '’' && isLetterClass(sc.classAt(j+w)) {
				segDigits = false
				apos = true
				j += w
				continue
			}
			cl = runeClass(r)
			if !isAlnum(cl) {
				break
			}
		}
		if isAlnum(cl) {
			if cl != clDigit {
				segDigits = false
			} else {
				segLetters = false
			}
			j += w
			continue
		}
		next := sc.classAt(j + 1)
		prev := asciiClass[text[j-1]&0x7f]
		if text[j-1] >= utf8.RuneSelf {
			prev = clLower
		}
		joined := false
		switch c {
		case '.':
			joined = isAlnum(next)
		case ',':
			joined = prev == clDigit && next == clDigit && j+3 < n+1 &&
				sc.classAt(j+2) == clDigit && sc.classAt(j+3) == clDigit && sc.classAt(j+4) != clDigit
		case ':':
			joined = prev == clDigit && next == clDigit
		case '/':
			joined = prev == clDigit && next == clDigit ||
				j-i == 1 && prev != clDigit && (next == clLower || next == clUpper)
		case '\'':
			joined = next == clLower || next == clUpper
			apos = apos || joined
		case '&':
			joined = j-i <= 3 && prev != clDigit && (next == clUpper || next == clLower) &&
				(prev == clUpper || sc.classAt(j+2) != clLower)
		case '_':
			joined = isAlnum(next)
		case '-':
			if !isAlnum(next) {
				break
			}
			if segLetters && !segDigits && j-seg <= 7 && isHyphenPrefix(text[seg:j]) {
				joined = true
			} else if segDigits && next == clDigit {
				d := digitRun(text, j+1)
				// Telephone numbers stay whole: 853-3989, 713-853-3989,
				// 1-800-553-3119; ranges such as 400-500 are split.
				joined = phone || (j-seg == 3 && d == 4) ||
					((j-seg == 3 || j-seg == 1) && d == 3 && j+4 < n && text[j+4] == '-' && digitRun(text, j+5) == 4)
				phone = joined
			}
			if joined {
				seg = j + 1
				segDigits, segLetters = true, true
			}
		}
		if !joined {
			break
		}
		if c != '-' {
			segDigits = segDigits && c != '\'' && c != '&' && c != '_'
		}
		j++
	}
	if k := unitSplit(text[i:j]); k > 0 {
		// "10pm", "5m", "4.7b": the number and the unit are two tokens.
		setCase(sc.emit(i, i+k, kWord), text)
		sc.emitWord(i+k, j, apos)
		return sc.afterWord(i+k, j)
	}
	sc.emitWord(i, j, apos)
	return sc.afterWord(i, j)
}

// unitSplit returns the length of the number when w is a number directly
// followed by letters that are not an ordinal or plural suffix ("10pm",
// "4.7b", but not "3rd", "1980s"), or 0.
func unitSplit(w string) int {
	if len(w) < 2 || w[0] < '0' || w[0] > '9' {
		return 0
	}
	k := 1
	for k < len(w) {
		c := w[k]
		if '0' <= c && c <= '9' || (c == '.' || c == ',' || c == ':') && k+1 < len(w) && '0' <= w[k+1] && w[k+1] <= '9' {
			k++
			continue
		}
		break
	}
	if k == len(w) {
		return 0
	}
	lower, upper := 0, 0
	for m := k; m < len(w); m++ {
		switch asciiClassOf(w[m]) {
		case clLower:
			lower++
		case clUpper:
			upper++
		default:
			return 0
		}
	}
	// Units are lowercase ("pm", "m", "kb") or capitals ("PM", "GB", "K");
	// mixed or single capitals are names ("2Pac", "39A").
	if lower > 0 && upper > 0 || upper == 1 && w[k] != 'K' && w[k] != 'M' && w[k] != 'B' {
		return 0
	}
	for _, suffix := range [...]string{"s", "th", "st", "nd", "rd", "d", "h", "ish", "er", "ers", "ies"} {
		if equalFoldASCII(w[k:], suffix) {
			return 0
		}
	}
	return k
}

func asciiClassOf(c byte) uint8 {
	if c >= utf8.RuneSelf {
		return clPunct
	}
	return asciiClass[c]
}

func digitRun(text string, i int) int {
	k := i
	for k < len(text) && '0' <= text[k] && text[k] <= '9' {
		k++
	}
	return k - i
}

// isHyphenPrefix reports whether s (at most 7 bytes) is, ignoring ASCII
// case, one of wholeHyphenPrefixes. It does not allocate.
func isHyphenPrefix(s string) bool {
	var buf [8]byte
	if len(s) > len(buf) {
		return false
	}
	for k := 0; k < len(s); k++ {
		buf[k] = lowerByte(s[k])
	}
	return wholeHyphenPrefixes[string(buf[:len(s)])]
}

func isLetterClass(cl uint8) bool { return cl == clUpper || cl == clLower }

// emitWord emits text[i:j] as one or two words (a clitic split off as a
// multiword token).
//
// apos tells whether the word contains an apostrophe; words without one
// are only checked for the few apostrophe-less contractions.
func (sc *scanner) emitWord(i, j int, apos bool) {
	if k := cliticSplit(sc.text[i:j], apos); k > 0 {
		first := sc.emit(i, i+k, kWord)
		first.mwt = 2
		setCase(first, sc.text)
		sc.toks = append(sc.toks, tok{start: i + k, end: j, kind: kWord})
		setCase(&sc.toks[len(sc.toks)-1], sc.text)
		return
	}
	setCase(sc.emit(i, j, kWord), sc.text)
}

// afterWord handles what directly follows a word ending at j: an attached
// abbreviation period or a possessive apostrophe. It returns the position
// where scanning resumes.
func (sc *scanner) afterWord(i, j int) int {
	text := sc.text
	n := len(text)
	if j >= n {
		return j
	}
	last := &sc.toks[len(sc.toks)-1]
	switch text[j] {
	case '.':
		if last.mwt != 0 || last.start != i || (j+1 < n && text[j+1] == '.') {
			return j
		}
		if last.flags&fLineStart != 0 && sc.listContext() && j-i <= 3 && digitRun(text, i) == j-i && j+1 < n && (text[j+1] == ' ' || text[j+1] == '\t') {
			// A numbered list item: "1. Preheat the oven."
			last.end = j + 1
			last.kind = kAbbr
			last.abbr = abTitle
			last.flags |= fListNum
			return j + 1
		}
		if cls := abbrevClass(text[i:j], sc.nextIsDigit(j+1)); cls != abNone {
			last.end = j + 1
			last.kind = kAbbr
			last.abbr = cls
			return j + 1
		}
	case '\'', 0xE2:
		// Plural possessive: "Tigers' chief" is "Tigers" + "'".
		a := 1
		if text[j] == 0xE2 {
			if j+3 > n || text[j:j+3] != "’" {
				return j
			}
			a = 3
		}
		if sc.squote || j-i < 2 || (text[j-1] != 's' && text[j-1] != 'S') || isAlnum(sc.classAt(j+a)) {
			return j
		}
		if last.start != i || last.mwt != 0 {
			return j
		}
		last.mwt = 2
		sc.toks = append(sc.toks, tok{start: j, end: j + a, kind: kWord})
		return j + a
	}
	return j
}

// listContext reports whether the last token, first on its line, may
// open a list item: it starts a paragraph or follows a sentence end, a
// colon or another list item. A number wrapped to the start of a line in
// running text ("was\n5. The") is not a list number.
func (sc *scanner) listContext() bool {
	k := len(sc.toks) - 1
	if sc.toks[k].flags&fPara != 0 || k == 0 {
		return true
	}
	p := &sc.toks[k-1]
	return p.kind == kTerm || p.kind == kAbbr || p.kind == kPunct && sc.text[p.start] == ':'
}

// nextIsDigit reports whether the first non-blank character at or after i
// (on the same line) is a digit.
func (sc *scanner) nextIsDigit(i int) bool {
	text := sc.text
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i < len(text) && '0' <= text[i] && text[i] <= '9'
}

// abbrevClass returns the abbreviation class of word w followed by a
// period, or abNone when the period is punctuation.
func abbrevClass(w string, beforeDigit bool) uint8 {
	if len(w) == 1 {
		if 'A' <= w[0] && w[0] <= 'Z' {
			return abWeak // an initial
		}
		return abNone
	}
	if cls, ok := abbreviations[w]; ok {
		if cls == abNumeric {
			if beforeDigit {
				return abTitle
			}
			return abNone
		}
		return cls
	}
	// Dotted abbreviations: "U.S", "a.m", "e.g", "Ph.D".
	segLen, dots := 0, 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c == '.':
			if segLen == 0 {
				return abNone
			}
			dots++
			segLen = 0
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			segLen++
			if segLen > 3 {
				return abNone
			}
		default:
			return abNone
		}
	}
	if dots == 0 {
		return abNone
	}
	return abWeak
}

// cliticSplit returns the length of the host when w ends in a clitic that
// EWT writes as a separate word of a multiword token ("do|n't", "Bush|'s",
// "can|not", "gon|na"), or 0.
func cliticSplit(w string, apos bool) int {
	n := len(w)
	if n < 2 || n > 8 && !apos {
		return 0
	}
	if !apos {
		return plainContraction(w)
	}
	// Apostrophe clitics.
	for _, apo := range [...]string{"'", "’"} {
		a := len(apo)
		// n't
		if n > 2+a && lowerByte(w[n-1]) == 't' && w[n-1-a:n-1] == apo && lowerByte(w[n-2-a]) == 'n' && n-2-a > 0 {
			return n - 2 - a
		}
		for _, cl := range [...]string{"s", "m", "d", "ll", "re", "ve"} {
			k := n - len(cl) - a
			if k <= 0 || w[k:k+a] != apo || !equalFoldASCII(w[k+a:], cl) {
				continue
			}
			return k
		}
	}
	return 0
}

// plainContraction returns the host length of an apostrophe-less
// contraction ("cannot", "gonna", "dont"), or 0.
func plainContraction(w string) int {
	n := len(w)
	switch w[n-1] {
	case 't', 'T', 'a', 'A', 'm', 'M', 'e', 'E':
	default:
		return 0
	}
	switch n {
	case 6:
		if equalFoldASCII(w, "cannot") {
			return 3
		}
	case 5:
		if equalFoldASCII(w, "gonna") || equalFoldASCII(w, "wanna") || equalFoldASCII(w, "gotta") {
			return 3
		}
	}
	if isInformalContraction(w) {
		if w[n-1] == 't' {
			return n - 2 // "dont" → "do" + "nt"
		}
		if w[n-1] == 'm' {
			return 1 // "im"
		}
		return 1 // "ive"
	}
	return 0
}

// isInformalContraction reports whether w is an apostrophe-less negative or
// pronoun contraction that EWT splits ("dont", "didnt", "im").
func isInformalContraction(w string) bool {
	switch w {
	case "dont", "Dont", "didnt", "Didnt", "doesnt", "Doesnt", "isnt", "Isnt",
		"wasnt", "Wasnt", "werent", "arent", "couldnt", "Couldnt", "wouldnt",
		"Wouldnt", "shouldnt", "havent", "Havent", "hasnt", "hadnt", "cant",
		"Cant", "wont", "Wont", "aint", "im", "Im", "ive", "Ive":
		return true
	}
	return false
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func equalFoldASCII(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for k := 0; k < len(s); k++ {
		if lowerByte(s[k]) != lower[k] {
			return false
		}
	}
	return true
}

// setCase records the letter case of a word token.
func setCase(t *tok, text string) {
	first := true
	for k := t.start; k < t.end; {
		c := text[k]
		cl := uint8(clPunct)
		if c < utf8.RuneSelf {
			cl = asciiClass[c]
			k++
		} else {
			r, w := utf8.DecodeRuneInString(text[k:])
			cl = runeClass(r)
			k += w
		}
		switch cl {
		case clUpper:
			t.flags |= fHasUpper
			if first {
				t.flags |= fUpper
			}
		case clLower:
			t.flags |= fHasLower
			if first {
				t.flags |= fLower
			}
		case clDigit:
			if first {
				t.flags |= fDigit
			}
		}
		first = false
	}
}

// punct scans a punctuation token starting at i whose first rune r has
// width w.
func (sc *scanner) punct(i int, r rune, w int) int {
	text := sc.text
	n := len(text)
	switch r {
	case '.', '!', '?':
		j := i + 1
		periods := r == '.'
		for j < n && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			periods = periods && text[j] == '.'
			j++
		}
		t := sc.emit(i, j, kTerm)
		if periods && j-i >= 2 {
			t.flags |= fEllipsis
		} else if periods {
			t.flags |= fPeriod
		}
		return j
	case '…':
		t := sc.emit(i, i+w, kTerm)
		t.flags |= fEllipsis
		return i + w
	case ':', ';', '=':
		if j := emoticon(text, i); j > i {
			sc.emit(i, j, kPunct)
			return j
		}
		if r == '=' {
			return sc.runOf(i, '=', kPunct)
		}
		sc.emit(i, i+1, kPunct)
		return i + 1
	case '^':
		if j := i + 3; j <= n && text[i:j] == "^_^" {
			sc.emit(i, j, kPunct)
			return j
		}
		return sc.runOf(i, '^', kPunct)
	case '-', '*':
		j := sc.runOf(i, byte(r), kPunct)
		if j == i+1 && sc.toks[len(sc.toks)-1].flags&fLineStart != 0 {
			sc.toks[len(sc.toks)-1].kind = kBullet
		}
		return j
	case '`':
		return sc.runOf(i, '`', kOpen)
	case '\'':
		if i+1 < n && text[i+1] == '\'' {
			return sc.runOf(i, '\'', kClose)
		}
		t := sc.emit(i, i+1, kQuote)
		if t.flags&fSpaceBefore != 0 || i == 0 {
			sc.squote = true
		} else {
			sc.squote = false
		}
		return i + 1
	case '"':
		sc.emit(i, i+1, kQuote)
		return i + 1
	case '(', '[', '{', '“', '‘', '«', '„':
		if r == '‘' {
			sc.squote = true
			if j := i + 2*w; j <= n && (text[i+w:j] == "‘" || text[i+w:j] == "’") {
				sc.emit(i, j, kOpen) // ‘‘ or ‘’ is an opening double quote
				return j
			}
		}
		sc.emit(i, i+w, kOpen)
		return i + w
	case ')', ']', '}', '”', '’', '»':
		if r == '’' {
			sc.squote = false
			if j := sc.runeRun(i, w); j > i+w {
				sc.emit(i, j, kClose) // ’’ is a closing double quote
				return j
			}
		}
		sc.emit(i, i+w, kClose)
		return i + w
	case '#':
		if isLetterClass(sc.classAt(i + 1)) {
			// A hashtag is one token.
			j := i + 1
			for j < n && isAlnum(sc.classAt(j)) {
				_, rw := utf8.DecodeRuneInString(text[j:])
				j += rw
			}
			setCase(sc.emit(i, j, kWord), text)
			return j
		}
		return sc.runOf(i, '#', kPunct)
	case '_', '~', '<', '>', '+', '|':
		return sc.runOf(i, byte(r), kPunct)
	case '—', '–', '―':
		j := sc.runeRun(i, w)
		t := sc.emit(i, j, kPunct)
		if j == i+w && t.flags&fLineStart != 0 {
			t.kind = kBullet
		}
		return j
	}
	if bulletRune(r) {
		sc.emit(i, i+w, kBullet)
		return i + w
	}
	sc.emit(i, i+w, kPunct)
	return i + w
}

// runeRun returns the end of the run of copies of the w-byte rune at i.
func (sc *scanner) runeRun(i, w int) int {
	text := sc.text
	j := i + w
	for j+w <= len(text) && text[j:j+w] == text[i:i+w] {
		j += w
	}
	return j
}

// runOf emits a run of the ASCII byte b starting at i as one token.
func (sc *scanner) runOf(i int, b byte, kind uint8) int {
	j := i + 1
	for j < len(sc.text) && sc.text[j] == b {
		j++
	}
	sc.emit(i, j, kind)
	return j
}

// emoticons are the ASCII smileys kept as single tokens.
var emoticons = [...]string{":-)", ":-(", ":-D", ":-P", ";-)", ":'(", ":)", ":(", ";)", ":D", ":P", ":p", "=)", ":/"}

// emoticon returns the end of an emoticon starting at i, or i.
func emoticon(text string, i int) int {
	for _, e := range emoticons {
		j := i + len(e)
		if j <= len(text) && text[i:j] == e {
			if j < len(text) {
				c := text[j]
				if c < utf8.RuneSelf && isAlnum(asciiClass[c]) || c == '/' {
					continue
				}
			}
			return j
		}
	}
	return i
}
