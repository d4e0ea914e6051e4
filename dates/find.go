package dates

import (
	"sort"
	"strings"

	"tacitus/nlp"
)

// word is the finder's view of one token.
type word struct {
	w    string // lower-cased text without an abbreviation period
	dot  bool   // the text ended in a period that was removed
	cap  bool   // the text starts with a capital letter
	tok  *nlp.Token
	glue bool // no space between this token and the next
}

// maxGlued bounds how many adjacent tokens written without spaces are
// joined when looking for a numeric date ("2011" "-" "03" "-" "05").
const maxGlued = 5

// maxSpan bounds the tokens of one expression; matchers never look
// further ahead than this.
const maxSpan = 8

// Expressions returns the temporal expressions of sentence s, in text
// order and without overlaps. text is the document the token offsets
// refer to; matching reads the tokens' Text, so a sentence built by hand
// with inconsistent offsets is still scanned (its spans are then
// meaningless). Tags and the dependency parse are used when present
// (they sharpen the attachment and reject "May" the surname), and the
// finder works on untagged, unparsed tokens too.
func Expressions(text string, s nlp.Sentence) []Expr {
	_ = text // offsets come from the tokens; see the doc comment
	n := len(s.Tokens)
	if n == 0 {
		return nil
	}
	var buf [64]word
	ws := buf[:0]
	if n > len(buf) {
		ws = make([]word, 0, n)
	}
	// Lower-case every word into one string (one allocation per sentence
	// at most; none when the sentence has no capitals).
	size, upper := 0, false
	for i := range s.Tokens {
		size += len(s.Tokens[i].Text)
		upper = upper || hasUpper(s.Tokens[i].Text)
	}
	var lower string
	if upper {
		var b strings.Builder
		b.Grow(size)
		for i := range s.Tokens {
			for _, c := range []byte(s.Tokens[i].Text) {
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
		}
		lower = b.String()
	}
	off := 0
	for i := range s.Tokens {
		t := &s.Tokens[i]
		w := t.Text
		if upper {
			w = lower[off : off+len(t.Text)]
			off += len(t.Text)
		}
		dot := false
		if len(w) > 1 && w[len(w)-1] == '.' {
			w, dot = w[:len(w)-1], true
		}
		ws = append(ws, word{w: w, dot: dot, cap: isUpperInitial(t.Text), tok: t, glue: !t.SpaceAfter})
	}
	f := finder{ws: ws, parsed: isParsed(s)}
	var out []Expr
	for i := 0; i < n; {
		m, ok := f.match(i)
		if !ok {
			i++
			continue
		}
		e := Expr{
			Start: ws[m.start].tok.Start,
			End:   ws[m.end-1].tok.End,
			First: m.start + 1,
			Last:  m.end,
			Prep:  m.prep,
			Kind:  m.kind,
			spec:  m.spec,
		}
		e.Head = f.governor(m.start, m.end)
		if out == nil {
			out = make([]Expr, 0, 4)
		}
		out = append(out, e)
		f.lastEnd = m.end
		i = m.end
	}
	// An expression governed by another expression ("on Monday and
	// Tuesday": Tuesday hangs off Monday) modifies what that one modifies.
	// out is sorted by position, so the governing one is found by binary
	// search.
	for i := range out {
		h := out[i].Head
		j := sort.Search(len(out), func(j int) bool { return out[j].Last >= h })
		if j < len(out) && j != i && out[j].First <= h {
			out[i].Head = out[j].Head
		}
	}
	return out
}

// isParsed reports whether s carries a dependency tree: every head in
// range, at least one root, and (in a sentence of several words) at least
// one non-root word, so that zero-valued tokens do not pass for a parse.
func isParsed(s nlp.Sentence) bool {
	roots, inner := 0, 0
	for _, t := range s.Tokens {
		switch {
		case t.Head < 0 || t.Head > len(s.Tokens):
			return false
		case t.Head == 0:
			roots++
		default:
			inner++
		}
	}
	return roots > 0 && (inner > 0 || len(s.Tokens) == 1)
}

// finder matches expressions on one sentence.
type finder struct {
	ws      []word
	parsed  bool
	lastEnd int // end (exclusive, 0-based) of the previous expression
}

// match is one matched expression: tokens [start, end).
type match struct {
	start, end int
	kind       Kind
	spec       spec
	prep       string
}

func (f *finder) w(i int) string {
	if i < 0 || i >= len(f.ws) {
		return ""
	}
	return f.ws[i].w
}

// match tries every pattern at token i and returns the accepted one.
func (f *finder) match(i int) (match, bool) {
	ws := f.ws
	// Hedges and bounds before an expression: "early March", "late last
	// year", "earlier this month", "mid-1990s", "the end of 2011".
	switch ws[i].w {
	case "early", "late", "mid", "earlier", "later":
		if m, ok := f.core(i + 1); ok && m.kind != KindOffset {
			m.start = i
			return f.accept(m, true)
		}
		return match{}, false
	case "the":
		switch f.w(i + 1) {
		case "end", "beginning", "start", "middle":
			if f.w(i+2) == "of" {
				if m, ok := f.core(i + 3); ok && m.kind != KindOffset {
					m.start = i
					return f.accept(m, true)
				}
				if f.w(i+3) == "the" {
					if u, ok := units[f.w(i+4)]; ok && (u == unitWeek || u == unitMonth || u == unitYear) {
						m := match{start: i, end: i + 5, kind: KindRelative, spec: spec{rel: relThis, unit: u}}
						return f.accept(m, true)
					}
				}
			}
			return match{}, false
		}
	}
	m, ok := f.core(i)
	if !ok {
		return match{}, false
	}
	return f.accept(m, false)
}

// accept fills the preposition and applies the context checks that keep
// numbers and names from being read as dates. hedged is true when a hedge
// ("early", "the end of") precedes the expression.
func (f *finder) accept(m match, hedged bool) (match, bool) {
	m.prep = f.prepBefore(m.start)
	sp := m.spec
	switch {
	case m.kind == KindDate && sp.month == 0 && sp.year != 0 && !hedged:
		// A bare year: "in 1991", not "2000 troops" or "rose to 2000".
		if !f.bareYearOK(m) {
			return match{}, false
		}
	case m.kind == KindDate && sp.day == 0 && sp.year == 0 && sp.rel == relNone && !hedged:
		// A month alone: "in March", not "May said" or "June Smith".
		w := f.ws[m.start]
		if !fullMonth(w.w) || (w.tok.XPOS != "" && (strings.HasPrefix(w.tok.XPOS, "VB") || w.tok.XPOS == "MD")) {
			return match{}, false
		}
		if nameLikeMonths[w.w] && m.prep == "" && !f.tmod(m.start) {
			return match{}, false
		}
	case m.kind == KindOffset && m.spec.rel == relIn:
		if m.prep != "in" && m.prep != "within" {
			return match{}, false
		}
	case m.kind == KindWeekday && sp.rel == relNone:
		switch f.w(m.start - 1) {
		case "every", "each":
			return match{}, false
		case "the":
			// "The Sunday Times", "the Friday prayers" name things.
			if m.end < len(f.ws) && (f.ws[m.end].cap || isLowerWord(f.ws[m.end].tok.Text)) {
				return match{}, false
			}
		}
	}
	return m, true
}

// bareYearOK decides whether a four-digit number alone is a year.
func (f *finder) bareYearOK(m match) bool {
	if m.spec.year < bareYearMin || m.spec.year > bareYearMax {
		return false
	}
	// A following noun makes the number a quantity ("in 2000 homes").
	if nx := m.end; nx < len(f.ws) {
		t := f.ws[nx].tok
		switch t.XPOS {
		case "NN", "NNS", "JJ", "CD":
			return false
		}
		if t.XPOS == "" && t.UPOS == "" && isLowerWord(t.Text) && !functionWords[f.ws[nx].w] {
			return false
		}
	}
	prev := f.w(m.start - 1)
	if prev == "the" {
		return false // "the 2004 election": a modifier, not the event's date
	}
	switch m.prep {
	case "to", "and", "or":
		// "from 1991 to 1995": only right after another expression.
		return f.lastEnd > 0 && m.start-f.lastEnd <= 2
	case "of":
		// "the summer of 1991", "the end of 1991", not "a total of 2000".
		return ofTemporal[f.w(m.start-2)]
	case "":
		if prev == "and" || prev == "or" || prev == "-" {
			return f.lastEnd > 0 && m.start-f.lastEnd <= 2
		}
		return f.tmod(m.start)
	}
	return yearPreps[m.prep]
}

// functionWords may follow a year without making it a quantity.
var functionWords = map[string]bool{
	"and": true, "or": true, "but": true, "when": true, "while": true, "as": true,
	"after": true, "before": true, "to": true, "that": true, "which": true, "who": true,
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "by": true,
	"for": true, "from": true, "with": true, "until": true, "he": true, "she": true,
	"it": true, "they": true, "we": true, "i": true, "you": true, "there": true,
	"this": true, "these": true, "those": true, "his": true, "her": true, "its": true,
	"their": true, "was": true, "were": true, "is": true, "are": true, "had": true,
	"has": true, "have": true, "will": true, "would": true, "also": true, "then": true,
	"only": true, "not": true, "through": true, "if": true, "because": true, "since": true,
}

// ofTemporal are the nouns of "the X of 1991".
var ofTemporal = map[string]bool{
	"end": true, "beginning": true, "start": true, "middle": true, "half": true,
	"spring": true, "summer": true, "fall": true, "autumn": true, "winter": true,
	"course": true, "part": true, "months": true, "year": true, "years": true,
}

// isLowerWord reports whether s is a lower-case ASCII word.
func isLowerWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// tmod reports whether the parse marks token i as a temporal modifier.
func (f *finder) tmod(i int) bool {
	if !f.parsed {
		return false
	}
	switch f.ws[i].tok.Rel {
	case "obl:tmod", "nmod:tmod", "obl:npmod":
		return true
	}
	return false
}

// prepBefore returns the anchoring preposition before token i (skipping
// one determiner: "over the weekend"), or "".
func (f *finder) prepBefore(i int) string {
	j := i - 1
	if w := f.w(j); w == "the" {
		j--
	}
	w := f.w(j)
	if w == "" {
		return ""
	}
	switch w {
	case "and", "or":
		return w
	case "of":
		switch f.w(j - 1) {
		case "as":
			return "as of"
		case "ahead":
			return "before"
		}
	case "to":
		switch f.w(j - 1) {
		case "prior":
			return "before"
		case "up":
			return "until"
		}
	}
	if p, ok := preps[w]; ok {
		return p
	}
	return ""
}

// core matches an expression starting exactly at token i (no hedge).
func (f *finder) core(i int) (match, bool) {
	if i >= len(f.ws) {
		return match{}, false
	}
	if m, ok := f.numeric(i); ok {
		return m, true
	}
	w := f.ws[i]
	none := spec{}
	switch w.w {
	case "yesterday", "today", "tonight", "tomorrow":
		sp := none
		sp.rel = relDays
		switch w.w {
		case "yesterday":
			sp.n = -1
		case "tomorrow":
			sp.n = 1
		}
		return match{start: i, end: f.partOfDay(i + 1), kind: KindRelative, spec: sp}, true
	case "last", "this", "next", "past":
		return f.deictic(i)
	case "the":
		// "the day before yesterday", "the day after tomorrow"
		if f.w(i+1) == "day" && f.w(i+3) == "yesterday" && f.w(i+2) == "before" {
			sp := none
			sp.rel, sp.n = relDays, -2
			return match{start: i, end: i + 4, kind: KindRelative, spec: sp}, true
		}
		if f.w(i+1) == "day" && f.w(i+3) == "tomorrow" && f.w(i+2) == "after" {
			sp := none
			sp.rel, sp.n = relDays, 2
			return match{start: i, end: i + 4, kind: KindRelative, spec: sp}, true
		}
		return match{}, false
	case "weekend":
		// "over the weekend", "during the weekend"
		if f.w(i-1) == "the" && f.prepBefore(i) != "" {
			sp := none
			sp.unit = unitWeekend
			return match{start: i, end: i + 1, kind: KindRelative, spec: sp}, true
		}
		return match{}, false
	}
	if m, ok := f.decade(i); ok {
		return m, true
	}
	if m, ok := f.offset(i); ok {
		return m, true
	}
	if m, ok := f.weekday(i); ok {
		return m, true
	}
	if m, ok := f.date(i); ok {
		return m, true
	}
	return match{}, false
}

// partOfDay extends an expression ending before token j over "night",
// "morning", "afternoon" or "evening".
func (f *finder) partOfDay(j int) int {
	switch f.w(j) {
	case "night", "morning", "afternoon", "evening":
		return j + 1
	}
	return j
}

// deictic matches "last/this/next/past X" where X is a weekday, month,
// week, weekend, month, year; "last night", "this morning".
func (f *finder) deictic(i int) (match, bool) {
	var r rel
	switch f.ws[i].w {
	case "last":
		r = relLast
	case "this":
		r = relThis
	case "next":
		r = relNext
	default: // "past" is a span ("the past week"), not a date
		return match{}, false
	}
	sp := spec{rel: r}
	x := f.w(i + 1)
	switch x {
	case "night":
		if r == relLast {
			sp.rel, sp.n = relDays, -1
			return match{start: i, end: i + 2, kind: KindRelative, spec: sp}, true
		}
		if r == relThis {
			sp.rel = relDays
			return match{start: i, end: i + 2, kind: KindRelative, spec: sp}, true
		}
		return match{}, false
	case "morning", "afternoon", "evening":
		if r == relThis {
			sp.rel = relDays
			return match{start: i, end: i + 2, kind: KindRelative, spec: sp}, true
		}
		return match{}, false
	}
	if d, ok := weekdays[x]; ok {
		sp.weekday = d + 1
		return match{start: i, end: f.partOfDay(i + 2), kind: KindWeekday, spec: sp}, true
	}
	if mo, ok := months[x]; ok && fullMonth(x) {
		sp.month = mo
		return match{start: i, end: i + 2, kind: KindDate, spec: sp}, true
	}
	if u, ok := units[x]; ok {
		switch u {
		case unitWeek, unitWeekend, unitMonth, unitYear:
			if x[len(x)-1] == 's' {
				return match{}, false // "last three years" is a span
			}
			sp.unit = u
			return match{start: i, end: i + 2, kind: KindRelative, spec: sp}, true
		}
	}
	return match{}, false
}

// offset matches "COUNT UNIT ago" and "COUNT UNIT" (for "in two weeks";
// accept keeps it only after "in"/"within").
func (f *finder) offset(i int) (match, bool) {
	j := i
	sp := spec{}
	w := f.w(j)
	switch {
	case w == "a" && f.w(j+1) == "few", w == "a" && f.w(j+1) == "couple":
		sp.n, sp.vague = vagueCounts[f.w(j+1)], true
		j += 2
		if f.w(j) == "of" {
			j++
		}
	case vagueCounts[w] > 0:
		sp.n, sp.vague = vagueCounts[w], true
		j++
	default:
		n, ok := countWord(w)
		if !ok {
			return match{}, false
		}
		sp.n = n
		j++
	}
	u, ok := units[f.w(j)]
	if !ok || u == unitWeekend {
		return match{}, false
	}
	sp.unit = u
	j++
	if f.w(j) == "ago" {
		sp.rel = relAgo
		return match{start: i, end: j + 1, kind: KindOffset, spec: sp}, true
	}
	if sp.vague {
		return match{}, false
	}
	sp.rel = relIn
	return match{start: i, end: j, kind: KindOffset, spec: sp}, true
}

// weekdayAt returns the weekday named by token i, or -1.
func (f *finder) weekdayAt(i int) int {
	if i >= len(f.ws) {
		return -1
	}
	w := f.ws[i]
	if !w.cap {
		return -1
	}
	if d, ok := weekdays[w.w]; ok {
		return d
	}
	if d, ok := weekdayAbbrevs[w.w]; ok && w.dot {
		return d
	}
	return -1
}

// weekday matches "Tuesday", "Tuesday night", and "Tuesday, Aug. 5"
// (which is a date).
func (f *finder) weekday(i int) (match, bool) {
	d := f.weekdayAt(i)
	if d < 0 {
		return match{}, false
	}
	j := i + 1
	if f.w(j) == "," {
		j++
	}
	if m, ok := f.date(j); ok && m.spec.day != 0 {
		m.start = i
		m.spec.weekday = d + 1
		return m, true
	}
	return match{start: i, end: f.partOfDay(i + 1), kind: KindWeekday, spec: spec{weekday: d + 1}}, true
}

// monthAt returns the month named by token i (1..12), or 0. Lower-case
// "march" and "may" are verbs; abbreviations need a number after them,
// which date checks.
func (f *finder) monthAt(i int) int {
	if i < 0 || i >= len(f.ws) {
		return 0
	}
	w := f.ws[i]
	mo, ok := months[w.w]
	if !ok {
		return 0
	}
	if !w.cap && (w.w == "may" || w.w == "march" || !fullMonth(w.w)) {
		return 0
	}
	if w.tok.XPOS == "MD" {
		return 0
	}
	return mo
}

// date matches calendar dates written with a month name:
//
//	MONTH DAY [,] [YEAR]     Aug. 5 / March 3, 2011
//	DAY [of] MONTH [YEAR]    5 August 2011 / 5th of August
//	MONTH [of] YEAR          March 2011 / March of 2011
//	MONTH                    March
//	YEAR                     1991 (checked by accept)
//	mid-MONTH / mid-YEAR     one token
func (f *finder) date(i int) (match, bool) {
	if i >= len(f.ws) {
		return match{}, false
	}
	sp := spec{}
	if mo := f.monthAt(i); mo != 0 {
		sp.month = mo
		j := i + 1
		if d := dayNumber(f.w(j)); d != 0 && !f.isTime(j) {
			sp.day = d
			j++
			k := j
			if f.w(k) == "," {
				k++
			}
			if y := yearNumber(f.w(k)); y != 0 {
				sp.year = y
				j = k + 1
			}
			return match{start: i, end: j, kind: KindDate, spec: sp}, true
		}
		k := j
		if f.w(k) == "of" {
			k++
		}
		if y := yearNumber(f.w(k)); y != 0 {
			sp.year = y
			return match{start: i, end: k + 1, kind: KindDate, spec: sp}, true
		}
		if !fullMonth(f.ws[i].w) {
			return match{}, false // an abbreviation needs a number: "Jan" alone is a name
		}
		return match{start: i, end: j, kind: KindDate, spec: sp}, true
	}
	w := f.ws[i].w
	if d := dayNumber(w); d != 0 && !strings.Contains(w, "-") {
		j := i + 1
		if f.w(j) == "of" {
			j++
		}
		if mo := f.monthAt(j); mo != 0 {
			sp.month, sp.day = mo, d
			j++
			if y := yearNumber(f.w(j)); y != 0 {
				sp.year = y
				j++
			}
			return match{start: i, end: j, kind: KindDate, spec: sp}, true
		}
	}
	if y := yearNumber(w); y != 0 && !f.isTime(i) {
		sp.year = y
		return match{start: i, end: i + 1, kind: KindDate, spec: sp}, true
	}
	if rest, ok := strings.CutPrefix(w, "mid-"); ok {
		if mo, ok := months[rest]; ok && fullMonth(rest) {
			sp.month = mo
			return match{start: i, end: i + 1, kind: KindDate, spec: sp}, true
		}
		if y := yearNumber(rest); y != 0 {
			sp.year = y
			return match{start: i, end: i + 1, kind: KindDate, spec: sp}, true
		}
		if y, short := decadeNumber(rest); y >= 0 {
			sp.year, sp.shortDecade = y, short
			return match{start: i, end: i + 1, kind: KindDecade, spec: sp}, true
		}
	}
	return match{}, false
}

// isTime reports whether the number at token i is part of a clock time
// or a quantity ("5:30", "5 p.m.", "5%").
func (f *finder) isTime(i int) bool {
	switch f.w(i + 1) {
	case ":", "%", "p.m", "a.m", "pm", "am", "percent", "o'clock":
		return true
	}
	return false
}

// decade matches "1990s", "1990's" (also as "1990" + "'s"), "'90s".
func (f *finder) decade(i int) (match, bool) {
	w := f.ws[i].w
	end := i + 1
	if f.ws[i].glue && i+1 < len(f.ws) {
		switch nx := f.ws[i+1].w; {
		case nx == "'s" || nx == "’s" || nx == "s":
			if len(w) == 4 {
				w += "s"
				end = i + 2
			}
		case w == "'" || w == "’":
			w += nx
			end = i + 2
		}
	}
	if !strings.HasSuffix(w, "s") {
		return match{}, false
	}
	y, short := decadeNumber(w)
	if y < 0 {
		return match{}, false
	}
	if short && f.w(i-1) != "the" && !strings.ContainsAny(w, "'’") {
		return match{}, false // "90s" alone could be a score or an age
	}
	return match{start: i, end: end, kind: KindDecade, spec: spec{year: y, shortDecade: short}}, true
}

// numeric matches numeric dates, joining up to maxGlued tokens written
// without spaces: "3/5/2011", "3/5/11", "2011-03-05", "2011/3/5",
// "5.3.2011".
func (f *finder) numeric(i int) (match, bool) {
	w := f.ws[i].w
	if w == "" || w[0] < '0' || w[0] > '9' {
		return match{}, false
	}
	// Longest glued run of digits and separators first.
	last := i
	for last+1 < len(f.ws) && last-i+1 < maxGlued && f.ws[last].glue && numericPiece(f.ws[last+1].tok.Text) {
		last++
	}
	for k := last; k >= i; k-- {
		s := w
		if k > i {
			var b strings.Builder
			for j := i; j <= k; j++ {
				b.WriteString(f.ws[j].tok.Text)
			}
			s = b.String()
		}
		if sp, ok := parseNumericDate(s); ok {
			return match{start: i, end: k + 1, kind: KindDate, spec: sp}, true
		}
	}
	return match{}, false
}

// numericPiece reports whether s has only digits and date separators.
func numericPiece(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != '/' && c != '-' && c != '.' {
			return false
		}
	}
	return s != ""
}

// parseNumericDate parses "M/D/YYYY", "M/D/YY", "YYYY-MM-DD",
// "YYYY/MM/DD" and "D.M.YYYY". Two-digit years pivot at 70 (00–69 →
// 2000s, 70–99 → 1900s).
func parseNumericDate(s string) (spec, bool) {
	sp := spec{}
	var sep byte
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '/' || c == '-' || c == '.' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return sp, false
	}
	a, rest, ok1 := strings.Cut(s, string(sep))
	b, c, ok2 := strings.Cut(rest, string(sep))
	if !ok1 || !ok2 || strings.IndexByte(c, sep) >= 0 {
		return sp, false
	}
	na, oka := atoi(a)
	nb, okb := atoi(b)
	nc, okc := atoi(c)
	if !oka || !okb || !okc || len(b) > 2 || len(b) == 0 {
		return sp, false
	}
	switch {
	case len(a) == 4 && (sep == '-' || sep == '/') && len(c) <= 2: // ISO order
		if yearNumber(a) == 0 || nb < 1 || nb > 12 || nc < 1 || nc > 31 {
			return sp, false
		}
		sp.year, sp.month, sp.day = na, nb, nc
		return sp, true
	case len(a) <= 2 && (len(c) == 4 || (len(c) == 2 && sep == '/')):
		y := nc
		if len(c) == 2 {
			if y < 70 {
				y += 2000
			} else {
				y += 1900
			}
		} else if yearNumber(c) == 0 {
			return sp, false
		}
		if na < 1 || nb < 1 || na > 31 || nb > 31 || (na > 12 && nb > 12) {
			return sp, false
		}
		if sep == '.' { // dotted dates are day first everywhere
			na, nb = nb, na
			if na > 12 {
				return sp, false
			}
		}
		sp.year, sp.month, sp.day = y, na, nb
		sp.numeric = sep != '.' && na <= 12 && nb <= 12
		if na > 12 { // "25/12/2011": only day-first is possible
			sp.month, sp.day = nb, na
		}
		return sp, true
	}
	return sp, false
}

// governor returns the 1-based index of the token the expression
// [start, end) modifies: from the parse when there is one, else the
// nearest verb.
func (f *finder) governor(start, end int) int {
	if f.parsed {
		inner := -1
		for k := start; k < end; k++ {
			h := f.ws[k].tok.Head - 1
			if h >= start && h < end {
				continue
			}
			switch f.ws[k].tok.Rel {
			case "punct", "case", "det", "cc":
				continue
			}
			inner = k
			break
		}
		if inner < 0 {
			return 0
		}
		return f.ws[inner].tok.Head
	}
	// Unparsed: the last verb of the nearest verb group on the left,
	// else the main verb of the first verb group on the right.
	for k := start - 1; k >= 0 && k >= start-maxVerbDistance; k-- {
		if isVerbTok(f.ws[k].tok) {
			return k + 1
		}
	}
	for k := end; k < len(f.ws) && k < end+maxVerbDistance; k++ {
		if !isVerbTok(f.ws[k].tok) {
			continue
		}
		for k+1 < len(f.ws) && (isVerbTok(f.ws[k+1].tok) || (f.ws[k+1].tok.XPOS == "RB" && k+2 < len(f.ws) && isVerbTok(f.ws[k+2].tok))) {
			if isVerbTok(f.ws[k+1].tok) {
				k++
			} else {
				k += 2
			}
		}
		return k + 1
	}
	return 0
}

// maxVerbDistance bounds the search for the nearest verb of an
// expression in an unparsed sentence.
const maxVerbDistance = 40

// isVerbTok reports whether a token is tagged as a verb or auxiliary.
func isVerbTok(t *nlp.Token) bool {
	return strings.HasPrefix(t.XPOS, "VB") || t.XPOS == "MD" || t.UPOS == "VERB" || t.UPOS == "AUX"
}
