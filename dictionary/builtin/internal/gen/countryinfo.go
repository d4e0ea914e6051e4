package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"tacitus/dictionary"
)

// errCountryInfo marks a line of CountryInfo.txt that the reader could not
// use. Such lines are skipped and reported; the file is known to contain
// errors (see its "KNOWN ERRORS" section).
var errCountryInfo = errors.New("countryinfo")

// country is one <Country> block of CountryInfo.txt.
type country struct {
	Code        string   // <CountryCode>, else <ISO3166-alpha3>
	Name        string   // <CountryName>, as written ("CZECH_REPUBLIC")
	Nationality []string // adjectives and alternative names, as written
	Capital     []string // capital names, as written
	Leaders     []person // <Leaders> entries, in file order
	Government  []person // <Government> entries, in file order
	Line        int      // line of the <Country> tag
}

// person is one line of a <Leaders> or <Government> block.
type person struct {
	Names []string // the name and its {…}{…} synonyms, as written
	Title string   // <Leaders> sub-tag ("Presidents"); "" in <Government>
	// Codes are the code brackets of a <Government> line. For <Leaders>
	// lines Code is empty: the caller supplies the government code.
	Codes []termCode
	Line  int
}

// termCode is one "[CODE restriction]" or, for <Leaders>, "[restriction]".
type termCode struct {
	Code     string                 // "" for <Leaders> terms
	Restrict dictionary.Restriction // parsed restriction
}

// ciWarning is a skipped or doubtful line.
type ciWarning struct {
	Line int
	Msg  string
}

func (w ciWarning) String() string { return fmt.Sprintf("line %d: %s", w.Line, w.Msg) }

// blockTags are the multi-line fields of a <Country> block.
var blockTags = map[string]bool{
	"Nationality": true, "Capital": true, "MajorCities": true, "Regions": true,
	"GeogFeatures": true, "Leaders": true, "Government": true,
}

// parseCountryInfo reads CountryInfo.txt (format described in the file's
// own header). Everything in <!-- --> and <Comment> … </Comment> is
// skipped (a <Comment> left open runs to the end of the file, as the
// last one of CountryInfo.120116.txt does), '#' starts a comment, and
// fields other than the ones of country are ignored. Lines that cannot
// be read are skipped and listed in the warnings. It never panics; the
// error is only an I/O error.
func parseCountryInfo(r io.Reader) ([]*country, []ciWarning, error) {
	var (
		out     []*country
		warns   []ciWarning
		cur     *country
		block   string // open multi-line field, "" if none
		title   string // open <Leaders> sub-tag
		inXML   bool
		comment bool
		lineNo  int
	)
	warn := func(format string, args ...any) {
		warns = append(warns, ciWarning{Line: lineNo, Msg: fmt.Sprintf(format, args...)})
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		lineNo++
		raw := sc.Text()
		t := strings.TrimSpace(raw)
		switch {
		case inXML:
			if strings.Contains(t, "-->") {
				inXML = false
			}
			continue
		case strings.HasPrefix(t, "<!--"):
			inXML = !strings.Contains(t[4:], "-->")
			continue
		case comment:
			if strings.HasPrefix(t, "</Comment>") {
				comment = false
			}
			continue
		case strings.HasPrefix(t, "<Comment>"):
			comment = !strings.Contains(t, "</Comment>")
			continue
		}
		if i := strings.IndexByte(t, '#'); i >= 0 {
			t = strings.TrimSpace(t[:i])
		}
		if t == "" {
			continue
		}
		switch {
		case t == "<Country>":
			if cur != nil {
				warn("<Country> inside an open <Country> (line %d); previous block closed", cur.Line)
				out = append(out, cur)
			}
			cur, block, title = &country{Line: lineNo}, "", ""
			continue
		case t == "</Country>":
			if cur == nil {
				warn("</Country> without <Country>")
				continue
			}
			if block != "" {
				warn("<%s> not closed before </Country>", block)
			}
			out = append(out, cur)
			cur, block, title = nil, "", ""
			continue
		case cur == nil:
			// <Doc> lines and other text outside a country.
			continue
		}
		if block != "" {
			if t == "</"+block+">" {
				block, title = "", ""
				continue
			}
			readBlockLine(cur, block, &title, t, lineNo, warn)
			continue
		}
		tag, value, ok := oneLineTag(t)
		switch {
		case !ok:
			warn("text outside a field: %q", t)
		case value == "" && blockTags[tag]:
			block = tag
		case tag == "CountryCode":
			cur.Code = value
		case tag == "ISO3166-alpha3":
			if cur.Code == "" && value != "---" {
				cur.Code = value
			}
		case tag == "CountryName":
			cur.Name = value
		}
	}
	if cur != nil {
		warn("<Country> of line %d not closed at end of file", cur.Line)
		out = append(out, cur)
	}
	if err := sc.Err(); err != nil {
		return out, warns, fmt.Errorf("%w: read: %w", errCountryInfo, err)
	}
	return out, warns, nil
}

// oneLineTag splits "<Tag>value</Tag>" or a bare "<Tag>".
func oneLineTag(t string) (tag, value string, ok bool) {
	if !strings.HasPrefix(t, "<") {
		return "", "", false
	}
	end := strings.IndexByte(t, '>')
	if end < 0 {
		return "", "", false
	}
	tag = t[1:end]
	rest := t[end+1:]
	if rest == "" {
		return tag, "", true
	}
	value, ok = strings.CutSuffix(rest, "</"+tag+">")
	return tag, strings.TrimSpace(value), ok
}

// readBlockLine reads one line of an open multi-line field.
func readBlockLine(c *country, block string, title *string, t string, lineNo int, warn func(string, ...any)) {
	switch block {
	case "Nationality":
		c.Nationality = append(c.Nationality, t)
	case "Capital":
		c.Capital = append(c.Capital, t)
	case "Leaders":
		if strings.HasPrefix(t, "</") {
			*title = ""
			return
		}
		if strings.HasPrefix(t, "<") {
			*title = strings.TrimSuffix(t[1:], ">")
			return
		}
		if p, ok := readPerson(t, lineNo, false, warn); ok {
			p.Title = *title
			c.Leaders = append(c.Leaders, p)
		}
	case "Government":
		if p, ok := readPerson(t, lineNo, true, warn); ok {
			c.Government = append(c.Government, p)
		}
	}
}

// readPerson reads "NAME_ [...] [...]" or "{NAME_}{OTHER_} [...]". In
// <Leaders> the brackets are terms ("[D1 - D2]", "[>D]", "[<D]") and
// birth/death dates ("[B:D]", "[D:D]", ignored); in <Government> they
// are codes with an optional restriction.
func readPerson(t string, lineNo int, withCode bool, warn func(string, ...any)) (person, bool) {
	p := person{Line: lineNo}
	names, brackets, _ := strings.Cut(t, "[")
	if brackets != "" {
		brackets = "[" + brackets
	}
	names = strings.TrimSpace(names)
	// "{A_}{B_}" lists synonyms; a bare name may follow the list
	// ("{NO_MU_HYON_}{} ROH_MOO_HYUN"), and empty braces are ignored.
	for rest := names; rest != ""; {
		if rest[0] != '{' {
			if strings.ContainsAny(rest, "{}") {
				warn("malformed synonym list %q", names)
				return p, false
			}
			p.Names = append(p.Names, rest)
			break
		}
		end := strings.IndexByte(rest, '}')
		if end < 0 || strings.IndexByte(rest[1:end], '{') >= 0 {
			warn("malformed synonym list %q", names)
			return p, false
		}
		if n := strings.TrimSpace(rest[1:end]); n != "" {
			p.Names = append(p.Names, n)
		}
		rest = strings.TrimSpace(rest[end+1:])
	}
	if len(p.Names) == 0 {
		warn("person line without a name: %q", t)
		return p, false
	}
	for s := brackets; s != ""; {
		s = strings.TrimSpace(s)
		if s == "" {
			break
		}
		if s[0] != '[' {
			warn("text %q after the dates ignored", s)
			break
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			warn("unclosed '[' in %q", t)
			break
		}
		inner := strings.TrimSpace(s[1:end])
		s = s[end+1:]
		if strings.HasPrefix(inner, "B:") || strings.HasPrefix(inner, "D:") {
			continue
		}
		var tc termCode
		restr := inner
		if withCode {
			f := strings.Fields(inner)
			if len(f) == 0 {
				warn("empty code bracket in %q", t)
				continue
			}
			tc.Code, restr = f[0], strings.Join(f[1:], "")
			if !validCode(tc.Code) {
				warn("bad actor code %q", tc.Code)
				continue
			}
		}
		r, err := readRestriction(strings.ReplaceAll(restr, " ", ""), withCode)
		if err != nil {
			warn("%q: %v; term skipped", inner, err)
			continue
		}
		tc.Restrict = r
		p.Codes = append(p.Codes, tc)
	}
	if len(p.Codes) == 0 {
		warn("no usable term or code for %q", p.Names[0])
		return p, false
	}
	return p, true
}

// readRestriction parses "", "<D", ">D" or "D1-D2" (white space
// removed). An empty restriction is allowed only on <Government> codes.
func readRestriction(s string, allowEmpty bool) (dictionary.Restriction, error) {
	var r dictionary.Restriction
	if s == "" {
		if allowEmpty {
			return r, nil
		}
		return r, errors.New("no dates")
	}
	switch s[0] {
	case '<', '>':
		d, err := readDate(s[1:])
		if err != nil {
			return r, err
		}
		if s[0] == '<' {
			return dictionary.Restriction{Kind: dictionary.Before, To: d}, nil
		}
		return dictionary.Restriction{Kind: dictionary.From, From: d}, nil
	}
	lo, hi, ok := strings.Cut(s, "-")
	if !ok {
		return r, fmt.Errorf("%q is not <DATE, >DATE or DATE-DATE", s)
	}
	d1, err := readDate(lo)
	if err != nil {
		return r, err
	}
	d2, err := readDate(hi)
	if err != nil {
		return r, err
	}
	if d2 < d1 {
		return r, fmt.Errorf("interval %s ends before it starts", s)
	}
	return dictionary.Restriction{Kind: dictionary.Between, From: d1, To: d2}, nil
}

// readDate accepts the 8-digit YYYYMMDD dates of CountryInfo.txt only:
// the 6-digit form would move years before 1931 into this century.
func readDate(s string) (dictionary.Date, error) {
	if len(s) != 8 {
		return 0, fmt.Errorf("date %q is not YYYYMMDD", s)
	}
	return dictionary.ParseDate(s)
}

// validCode reports whether s looks like a CAMEO actor code: an
// upper-case letter, then upper-case letters and digits.
func validCode(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}
