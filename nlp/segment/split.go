package segment

// maxCloserLookback bounds how many touching closing quotes and brackets
// after a final punctuation mark still count as the end of its sentence
// ("end.”)"). It keeps the splitter linear on inputs like "))))))".
const maxCloserLookback = 4

// splitSentences returns, appended to starts, the index of the first token
// of every sentence.
func splitSentences(text string, toks []tok, starts []int) []int {
	starts = append(starts, 0)
	n := len(toks)
	lineStart := 0          // first token of the current line
	lineBullet := false     // the current line starts with a bullet
	prevLineBullet := false // the previous line started with a bullet
	for k := 1; k < n; k++ {
		t := &toks[k]
		brk := false
		if t.flags&fLineStart != 0 {
			prevLineBullet = lineBullet
			lineBullet = t.kind == kBullet
			switch {
			case t.flags&fPara != 0:
				brk = true
			case t.kind == kBullet && bulletStarts(text, toks, k, prevLineBullet):
				brk = true
			case t.flags&fListNum != 0 && listItemStarts(text, toks, k, prevLineBullet):
				brk = true
				lineBullet = true
			case headlineEnds(toks, lineStart, k):
				brk = true
			}
			if t.kind == kBullet && !brk && !bulletStarts(text, toks, k, prevLineBullet) {
				lineBullet = false
			}
			lineStart = k
		}
		if !brk {
			brk = endsBefore(text, toks, k)
		}
		if brk && starts[len(starts)-1] != k {
			starts = append(starts, k)
			markFinalAbbr(&toks[k-1])
		}
	}
	markFinalAbbr(&toks[n-1])
	return starts
}

// markFinalAbbr makes a sentence-final abbreviation give up its period.
func markFinalAbbr(t *tok) {
	if t.kind == kAbbr {
		t.flags |= fSplitPeriod
	}
}

// bulletStarts reports whether the bullet candidate toks[k], first on its
// line, opens a list item. Typographic bullets always do; a hyphen, star or
// dash does only after a sentence end, a colon, or another bullet line, so
// that a dash wrapped to the start of a line stays inside its sentence.
func bulletStarts(text string, toks []tok, k int, prevLineBullet bool) bool {
	t := &toks[k]
	c := text[t.start]
	if c != '-' && c != '*' && c != 0xE2 {
		return true
	}
	if c == 0xE2 && !isDash(text[t.start:t.end]) {
		return true
	}
	if k+1 < len(toks) && toks[k+1].flags&fSpaceBefore == 0 {
		return false
	}
	if prevLineBullet {
		return true
	}
	p := &toks[k-1]
	switch p.kind {
	case kTerm, kAbbr:
		return true
	case kPunct:
		return text[p.start] == ':'
	}
	return false
}

// listItemStarts reports whether the list number toks[k] ("1.") opens an
// item: after a sentence end, a colon or another list line.
func listItemStarts(text string, toks []tok, k int, prevLineBullet bool) bool {
	if prevLineBullet {
		return true
	}
	p := &toks[k-1]
	switch p.kind {
	case kTerm, kAbbr:
		return true
	case kPunct:
		return text[p.start] == ':'
	}
	return false
}

func isDash(s string) bool {
	return s == "—" || s == "–" || s == "―"
}

// headlineEnds reports whether the line of tokens [a, k) is an all-capital
// headline without final punctuation followed by a line in ordinary case.
func headlineEnds(toks []tok, a, k int) bool {
	upper := 0
	for p := a; p < k; p++ {
		f := toks[p].flags
		if f&fHasLower != 0 {
			return false
		}
		if f&fHasUpper != 0 {
			upper += toks[p].end - toks[p].start
		}
	}
	if upper < 4 {
		return false
	}
	switch toks[k-1].kind {
	case kTerm, kAbbr:
		return false
	}
	for p := k; p < len(toks) && p < k+8; p++ {
		if p > k && toks[p].flags&fLineStart != 0 {
			break
		}
		if toks[p].flags&fHasLower != 0 {
			return true
		}
	}
	return false
}

// endsBefore reports whether a sentence ends between toks[k-1] and toks[k]
// because of final punctuation, possibly followed by closing quotes or
// brackets.
func endsBefore(text string, toks []tok, k int) bool {
	next := &toks[k]
	if next.flags&fSpaceBefore == 0 {
		return false
	}
	p := k - 1
	for m := 0; m < maxCloserLookback && p > 0; m++ {
		t := &toks[p]
		if (t.kind != kClose && t.kind != kQuote) || t.start != toks[p-1].end {
			break
		}
		p--
	}
	t := &toks[p]
	switch t.kind {
	case kTerm:
		if next.kind == kPunct {
			switch text[next.start] {
			case ',', ';', ':', '%':
				return false
			}
		}
		if next.kind == kClose {
			return false
		}
		if t.flags&fEllipsis != 0 {
			return next.flags&fUpper != 0 || next.kind == kOpen || next.kind == kQuote
		}
		// A lowercase word after a full stop starts a sentence in web and
		// chat text; after "!" or "?" it usually continues one ("Why?" she
		// asked).
		return next.flags&fLower == 0 || t.flags&fPeriod != 0
	case kAbbr:
		switch t.abbr {
		case abTitle:
			return false
		case abStrong:
			return next.flags&fUpper != 0 && abbreviations[wordBeforePeriod(text, next)] != abStrong
		default:
			if next.flags&fUpper == 0 || !sentenceOpeners[text[next.start:next.end]] {
				return false
			}
			// Reuters capitalises every word after "U.S." and "U.K.":
			// "exports to the U.S. And Japan", "U.S. Officials said". Within
			// a paragraph such a word ends the sentence only when it opens
			// a clause by itself (a pronoun or a determiner).
			if countryAbbr(text, t) && next.flags&fPara == 0 {
				return clauseOpeners[text[next.start:next.end]]
			}
			return true
		}
	}
	return false
}

// countryAbbr reports whether t is "U.S." or "U.K.", after which Reuters
// capitalises the next word.
func countryAbbr(text string, t *tok) bool {
	switch text[t.start:t.end] {
	case "U.S.", "U.K.":
		return true
	}
	return false
}

// wordBeforePeriod returns the token's text without a final period.
func wordBeforePeriod(text string, t *tok) string {
	s := text[t.start:t.end]
	if len(s) > 1 && s[len(s)-1] == '.' {
		return s[:len(s)-1]
	}
	return s
}
