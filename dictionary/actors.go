package dictionary

import (
	"fmt"
	"io"
	"strings"
)

// Date is a calendar date encoded as the integer YYYYMMDD (20100112), so
// that dates compare with < and >. The zero Date means "no date".
type Date int32

// NewDate returns the Date for year, month and day.
func NewDate(year, month, day int) Date { return Date(year*10000 + month*100 + day) }

// Year returns the year of d.
func (d Date) Year() int { return int(d) / 10000 }

// Month returns the month of d (1-12).
func (d Date) Month() int { return int(d) / 100 % 100 }

// Day returns the day of the month of d.
func (d Date) Day() int { return int(d) % 100 }

// String formats d as YYYYMMDD.
func (d Date) String() string { return fmt.Sprintf("%08d", int(d)) }

// ParseDate reads a date as written in the actor dictionaries and in the
// validation records: YYYYMMDD, or YYMMDD where YY 00-30 means 20YY and
// 31-99 means 19YY (spec sec. 3). It checks month 1-12 and day 1-31.
func ParseDate(s string) (Date, error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("%w: %q is not a number", ErrDate, s)
		}
	}
	var y, m, d int
	switch len(s) {
	case 6:
		y = atoi(s[:2])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
		m, d = atoi(s[2:4]), atoi(s[4:6])
	case 8:
		y, m, d = atoi(s[:4]), atoi(s[4:6]), atoi(s[6:8])
	default:
		return 0, fmt.Errorf("%w: %q has %d digits, want YYMMDD or YYYYMMDD", ErrDate, s, len(s))
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, fmt.Errorf("%w: %q is not a valid date", ErrDate, s)
	}
	return NewDate(y, m, d), nil
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// RestrictionKind says how an actor code is limited in time.
type RestrictionKind uint8

// Restriction kinds, written "[CODE]", "[CODE <D]", "[CODE >D]" and
// "[CODE D1-D2]".
const (
	Always  RestrictionKind = iota // no restriction: a default code
	Before                         // date <= To
	From                           // date >= From
	Between                        // From <= date <= To
)

// Restriction is the time limit of an actor code. All bounds are
// inclusive (spec sec. 3, P1 semantics).
type Restriction struct {
	Kind     RestrictionKind // Always, Before, From or Between
	From, To Date            // bounds; From is unused for Before, To for From
}

// Holds reports whether the restriction admits date d. An Always
// restriction holds for every date.
func (r Restriction) Holds(d Date) bool {
	switch r.Kind {
	case Before:
		return d <= r.To
	case From:
		return d >= r.From
	case Between:
		return r.From <= d && d <= r.To
	}
	return true
}

// ActorCode is one "[...]" of an actor entry.
type ActorCode struct {
	// Code is the code as written without white space: "HOBGOV",
	// "FRO/BIL/SAM", or "---" for an explicit null.
	Code string
	// Actors is Code split on '/': a slash lists several actors that
	// behave like a compound (spec sec. 3, 7.4). It has one element for
	// an ordinary code.
	Actors []string
	// Restrict limits the dates at which the code applies.
	Restrict Restriction
	// Pos is the line the bracket is on.
	Pos Position
}

// Null reports whether the code is the explicit null "---".
func (c ActorCode) Null() bool { return c.Code == "---" }

// ActorEntry is one entry of an actor dictionary: a primary phrase, its
// synonyms (+ lines) and its codes (spec sec. 3).
type ActorEntry struct {
	// Phrases holds the primary phrase first, then the synonyms in file
	// order.
	Phrases []Phrase
	// Codes are the code brackets in file order (those on the primary
	// line first).
	Codes []ActorCode
	// Pos is the primary line.
	Pos Position
}

// NullOnly reports whether every code of e is null: the entry lists a
// phrase that is no actor ("the international community").
func (e *ActorEntry) NullOnly() bool {
	for _, c := range e.Codes {
		if !c.Null() {
			return false
		}
	}
	return true
}

// CodeAt chooses the code valid on date d with the P1 rule the
// validation suite relies on: the first date-restricted code (file order)
// whose restriction holds; else the first unrestricted code; else
// ok=false, meaning the phrase is a recognised actor with a null code.
// A zero date matches no restricted code; Latest matches the restricted
// code whose period ends last. It does not allocate.
func (e *ActorEntry) CodeAt(d Date) (c ActorCode, ok bool) {
	if d == Latest {
		if i := e.latest(); i >= 0 {
			return e.Codes[i], true
		}
		d = 0
	}
	def := -1
	for i := range e.Codes {
		r := e.Codes[i].Restrict
		if r.Kind == Always {
			if def < 0 {
				def = i
			}
			continue
		}
		if d != 0 && r.Holds(d) {
			return e.Codes[i], true
		}
	}
	if def >= 0 {
		return e.Codes[def], true
	}
	return ActorCode{}, false
}

// Latest is the Date that stands for "now, as far as the dictionary
// knows" when a text has no date: CodeAt returns the restricted code whose
// period ends last (an open-ended "[CODE >D]" first), so that a person is
// coded with the last office the dictionary records ("Tony Blair" in an
// undated story is the prime minister, not an elite out of office).
const Latest Date = 99991231

// latest returns the index of the restricted code whose period ends last
// (the first one on a tie), or -1. An elite period (a role ELI: the years
// after an office, "[GBRELI 20090605-20201231]") is passed over when the
// entry has an office: it is the last office an undated story names, as
// for an entry whose elite years are its undated default.
func (e *ActorEntry) latest() int {
	if i := e.latestOf(false); i >= 0 {
		return i
	}
	return e.latestOf(true)
}

// latestOf is latest over the restricted codes, elite periods included
// only when elite is true.
func (e *ActorEntry) latestOf(elite bool) int {
	best, bestEnd := -1, Date(0)
	for i := range e.Codes {
		r := e.Codes[i].Restrict
		if !elite && eliteCode(e.Codes[i].Code) {
			continue
		}
		var end Date
		switch r.Kind {
		case Always:
			continue
		case From:
			end = Latest
		default:
			end = r.To
		}
		if best < 0 || end > bestEnd {
			best, bestEnd = i, end
		}
	}
	return best
}

// eliteCode reports whether an actor code's role is ELI ("GBRELI"): an
// elite out of office.
func eliteCode(code string) bool {
	return len(code) == 6 && code[3:] == "ELI"
}

// ActorFile is the parsed content of one actor dictionary file.
type ActorFile struct {
	Name    string        // file name, as used in positions
	Entries []*ActorEntry // in file order
	// Warnings are oddities that are read leniently: an unreadable date
	// restriction (spec sec. 3 documents a single date without '<'/'>'
	// and a 7-digit date; the Phoenix files also have 9- and 10-digit
	// dates and a reversed interval) is dropped and the code kept as an
	// unrestricted one, which P1 semantics use only when no restricted
	// code holds; text after a code bracket is ignored; a synonym line
	// with a bracket is ignored.
	Warnings ErrorList
}

// ParseActors reads an actor dictionary. name is used in positions. It
// returns every entry it could read and, if any line was malformed, an
// ErrorList; malformed lines are skipped. Primary lines that follow an
// entry without codes are further phrases of that entry, which takes the
// codes that follow them: the Phoenix files list some persons' name
// variants that way.
func ParseActors(name string, r io.Reader) (*ActorFile, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	f, errs := parseActors(name, data)
	return f, errs.Err()
}

func parseActors(name string, data []byte) (*ActorFile, ErrorList) {
	f := &ActorFile{Name: name}
	var errs ErrorList
	var cur *ActorEntry
	for _, ln := range splitLines(name, data, false) {
		t := ln.trimmed()
		switch {
		case t[0] == '[':
			if cur == nil {
				errs.Add(ln.pos, ErrContext, "code line before any actor entry")
				continue
			}
			rest := parseActorCodes(cur, t, ln.pos, &errs, &f.Warnings)
			if strings.TrimSpace(rest) != "" {
				f.Warnings.Add(ln.pos, ErrSyntax, "text %q after actor code ignored", strings.TrimSpace(rest))
			}
		case t[0] == '+':
			if cur == nil {
				errs.Add(ln.pos, ErrContext, "synonym line before any actor entry")
				continue
			}
			text := t[1:]
			if strings.ContainsAny(text, "[]") {
				f.Warnings.Add(ln.pos, ErrSyntax, "bracket on a synonym line (codes belong to the primary line or to code lines); synonym ignored")
				continue
			}
			p := parsePhrase(text)
			if len(p.Words) == 0 {
				errs.Add(ln.pos, ErrSyntax, "empty synonym phrase")
				continue
			}
			cur.Phrases = append(cur.Phrases, p)
		default:
			before, _, _, found, _ := cutBracket(t)
			p := parsePhrase(before)
			if len(p.Words) == 0 {
				errs.Add(ln.pos, ErrSyntax, "empty actor phrase")
				cur = nil
				continue
			}
			if cur != nil && len(cur.Codes) == 0 {
				// A run of primary lines before one code block
				// names one actor ("MIKHAIL_GORBACHEV_",
				// "PRESIDENT_MIKHAIL_S._GORBACHEV", ... then the
				// dated codes): each line is a phrase of it.
				cur.Phrases = append(cur.Phrases, p)
			} else {
				cur = &ActorEntry{Phrases: []Phrase{p}, Pos: ln.pos}
				f.Entries = append(f.Entries, cur)
			}
			if found {
				rest := parseActorCodes(cur, t[len(before):], ln.pos, &errs, &f.Warnings)
				if strings.TrimSpace(rest) != "" {
					f.Warnings.Add(ln.pos, ErrSyntax, "text %q after actor code ignored", strings.TrimSpace(rest))
				}
			}
		}
	}
	errs.Sort()
	f.Warnings.Sort()
	return f, errs
}

// parseActorCodes reads consecutive brackets from s into e and returns
// what follows the last bracket.
func parseActorCodes(e *ActorEntry, s string, pos Position, errs, warns *ErrorList) string {
	for {
		before, inner, after, found, ok := cutBracket(s)
		if !found {
			return s
		}
		if !ok {
			errs.Add(pos, ErrCode, "unbalanced '[' or ']' in actor code")
			return ""
		}
		if strings.TrimSpace(before) != "" {
			return s
		}
		if c, ok := parseActorCode(inner, pos, errs, warns); ok {
			e.Codes = append(e.Codes, c)
		}
		s = after
	}
}

// parseActorCode reads "CODE", "CODE <D", "CODE >D" or "CODE D1-D2".
func parseActorCode(inner string, pos Position, errs, warns *ErrorList) (ActorCode, bool) {
	s := strings.TrimSpace(inner)
	var code, restr string
	if i := strings.IndexAny(s, "<>"); i >= 0 {
		code, restr = removeSpace(s[:i]), removeSpace(s[i:])
	} else if f := strings.Fields(s); len(f) > 0 {
		code, restr = f[0], strings.Join(f[1:], "")
	}
	if code == "" {
		errs.Add(pos, ErrCode, "empty actor code in [%s]", inner)
		return ActorCode{}, false
	}
	if looksLikeDates(code) {
		errs.Add(pos, ErrCode, "missing actor code before date in [%s]", inner)
		return ActorCode{}, false
	}
	c := ActorCode{Code: code, Actors: strings.Split(code, "/"), Pos: pos}
	for _, a := range c.Actors {
		if a == "" {
			errs.Add(pos, ErrCode, "empty actor in slash code %q", code)
			return ActorCode{}, false
		}
	}
	if restr == "" {
		return c, true
	}
	r, err := parseRestriction(restr)
	if err != nil {
		warns.Add(pos, ErrDate, "actor code %s: %v; restriction ignored", code, err)
		return c, true
	}
	c.Restrict = r
	return c, true
}

// parseRestriction reads "<D", ">D" or "D1-D2" (white space removed).
func parseRestriction(restr string) (Restriction, error) {
	switch restr[0] {
	case '<', '>':
		d, err := ParseDate(restr[1:])
		if err != nil {
			return Restriction{}, err
		}
		if restr[0] == '<' {
			return Restriction{Kind: Before, To: d}, nil
		}
		return Restriction{Kind: From, From: d}, nil
	}
	lo, hi, isRange := strings.Cut(restr, "-")
	if !isRange {
		if _, err := ParseDate(restr); err == nil {
			return Restriction{}, fmt.Errorf("%w: date %s without '<', '>' or interval", ErrDate, restr)
		}
		return Restriction{}, fmt.Errorf("%w: %q is not <DATE, >DATE or DATE-DATE", ErrDate, restr)
	}
	d1, err := ParseDate(lo)
	if err != nil {
		return Restriction{}, err
	}
	d2, err := ParseDate(hi)
	if err != nil {
		return Restriction{}, err
	}
	if d2 < d1 {
		return Restriction{}, fmt.Errorf("%w: interval %s ends before it starts", ErrDate, restr)
	}
	return Restriction{Kind: Between, From: d1, To: d2}, nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// looksLikeDates reports whether a code field is really a date or an
// interval ("950601-990815"): a code bracket that lost its code.
func looksLikeDates(s string) bool {
	lo, hi, _ := strings.Cut(s, "-")
	return len(lo) >= 6 && isDigits(lo) && (hi == "" || isDigits(hi))
}

// AcronymPlural reports whether w is written as the plural of an
// acronym: two or more capitals and a final lower-case "s" ("PCs", "MPs",
// "NGOs"). Such a word is not the name spelt with the same letters that
// a dictionary lists in upper case ("PCS", the British union).
func AcronymPlural(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for k := 0; k < n-1; k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}

// OtherSense reports whether word w, followed by the word next (""
// at the end), is one of the acronyms that name an actor only written in
// capitals, here written otherwise or followed by a word of another
// sense: "the IRA" is the Irish Republican Army, but "Ira" is a first
// name and "an IRA account" an individual retirement account.
func OtherSense(w, next string) bool {
	for _, n := range capsOnlyNames {
		if strings.EqualFold(w, n.name) {
			return w != n.name || n.senses[strings.ToLower(next)]
		}
	}
	return false
}

// capsOnlyNames are the acronyms that OtherSense reads (upper case), with
// the words after them (lower case) that give them another sense.
var capsOnlyNames = []struct {
	name   string
	senses map[string]bool
}{
	{name: "IRA", senses: map[string]bool{"account": true, "accounts": true, "fund": true, "funds": true,
		"rollover": true, "rollovers": true, "contribution": true, "contributions": true, "deduction": true,
		"deductions": true, "plan": true, "plans": true, "investor": true, "investors": true, "money": true,
		"assets": true, "deposits": true, "holders": true}},
}

// Currency reports whether lemma (lower case) names a currency: words
// written after their country ("Swiss francs", "U.S. Dlr") that are never
// an actor, and that keep the country word before them from being one.
func Currency(lemma string) bool { return currencies[lemma] }

var currencies = map[string]bool{
	"dollar": true, "yen": true, "euro": true, "pound": true, "franc": true, "mark": true,
	"yuan": true, "rouble": true, "ruble": true, "rupee": true, "peso": true, "currency": true,
	"lira": true, "won": true, "real": true, "rand": true, "krona": true, "krone": true, "dinar": true,
	"riyal": true, "rial": true, "shekel": true, "ringgit": true, "baht": true, "dlr": true,
}
