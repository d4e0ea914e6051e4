package places

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tacitus/nlp"
)

// Dateline is the newswire dateline at the start of an article, such as
// "NAIROBI, Kenya (AP) _ " or "SALVADOR, Feb 26 - ".
type Dateline struct {
	// Start and End are the byte span of the dateline in the article,
	// separator and following white space included: text[End:] is the
	// first sentence of the body.
	Start, End int
	// Name is the place as written ("NAIROBI"); it starts at Start.
	Name string
	// Qualifier is the country or region written after the place
	// ("Kenya", "Ill."), "" when there is none.
	Qualifier string
	// Date is the date as written ("Feb 26"), "" when there is none.
	Date string
	// Source is the agency in parentheses ("AP", "Reuters"), "" when
	// there is none.
	Source string
	// Place is the resolved place when Resolved is true, resolved with
	// the qualifier when there is one.
	Place    Place
	Resolved bool
}

// ParseDateline recognises a dateline at the start of text with the embedded
// gazetteer (see Gazetteer.Dateline).
func ParseDateline(text string) (Dateline, bool) { return mustDefault().Dateline(text) }

// Dateline recognises a newswire dateline at the start of text (after
// white space). Its form is
//
//	PLACE[, Qualifier][, Date] [(Source)] SEP
//
// where PLACE is one to six upper-case words ("RIO DE JANEIRO", "ST.
// LOUIS", "PORT-AU-PRINCE"); Qualifier a capitalised country or region
// ("Lebanon", "Calif.", "Bosnia and Herzegovina"); Date a month name or
// abbreviation and a day ("March 3", "Feb. 26"), optionally a year; Source
// anything in parentheses on the same line ("AP", "tacitus sample"); and
// SEP one of "-", "--", "_", "–", "—" or "―". The separator may be missing
// when a Source is present. Mixed-case place names are not datelines.
//
// A place the gazetteer does not know is still a dateline when a
// qualifier, date or source vouches for the form (Resolved is then
// false, unless the qualifier is a country: the dateline is then placed
// in that country); without any of them an unknown upper-case phrase is
// taken for a headline and rejected. Dateline never panics, whatever the
// input.
func (g *Gazetteer) Dateline(text string) (Dateline, bool) {
	var d Dateline
	pos := skipSpace(text, 0, true)
	d.Start = pos
	nameEnd := scanPlace(text, pos)
	if nameEnd <= pos {
		return Dateline{}, false
	}
	d.Name = text[pos:nameEnd]
	pos = nameEnd
	for parts := 0; parts < 3 && pos < len(text) && text[pos] == ','; parts++ {
		p := skipSpace(text, pos+1, false)
		if e := scanDate(text, p); e > p && d.Date == "" {
			d.Date, pos = text[p:e], e
			continue
		}
		if e := scanQualifier(text, p); e > p && d.Qualifier == "" && d.Date == "" {
			d.Qualifier, pos = text[p:e], e
			continue
		}
		return Dateline{}, false
	}
	p := skipSpace(text, pos, false)
	if p < len(text) && text[p] == '(' {
		if e := strings.IndexByte(text[p:min(len(text), p+64)], ')'); e > 1 {
			src := text[p+1 : p+e]
			if !strings.ContainsAny(src, "\n\r(") {
				d.Source = strings.TrimSpace(src)
				pos = p + e + 1
				p = skipSpace(text, pos, false)
			}
		}
	}
	if e := scanSeparator(text, p); e > p {
		pos = e
	} else if d.Source == "" {
		return Dateline{}, false
	}
	d.End = skipSpace(text, pos, true)
	i, ok := g.resolve(d.Name, &Context{Qualifier: d.Qualifier})
	switch {
	case ok:
		d.Place, d.Resolved = g.entries[i].Place, true
	case d.Qualifier == "" && d.Date == "" && d.Source == "":
		return Dateline{}, false
	default:
		// "SAN`A, Yemen (AP)": a town the gazetteer does not know,
		// in a country it does.
		if q, ok := g.resolve(d.Qualifier, &Context{}); ok && g.entries[q].Resolution == Country {
			d.Place, d.Resolved = g.entries[q].Place, true
		}
	}
	return d, true
}

// skipSpace returns the first position at or after pos that is not white
// space (spaces and tabs; also line breaks when lines is true).
func skipSpace(text string, pos int, lines bool) int {
	for pos < len(text) {
		switch text[pos] {
		case ' ', '\t':
		case '\n', '\r':
			if !lines {
				return pos
			}
		default:
			if strings.HasPrefix(text[pos:], "\u00a0") {
				pos += len("\u00a0")
				continue
			}
			return pos
		}
		pos++
	}
	return pos
}

// scanPlace returns the end of the upper-case place name at pos, or pos.
func scanPlace(text string, pos int) int {
	const maxWords, maxBytes = 6, 60
	end, letters := pos, 0
	for words := 0; words < maxWords; words++ {
		e, n, upper := scanWord(text, end)
		if n == 0 || !upper || e-pos > maxBytes {
			break
		}
		letters += n
		end = e
		if end+1 < len(text) && text[end] == ' ' {
			if _, m, up := scanWord(text, end+1); m > 0 && up {
				end++
				continue
			}
		}
		break
	}
	if letters < 2 {
		return pos
	}
	return end
}

// scanWord reads a word at pos: a letter followed by letters, periods,
// apostrophes and hyphens. It returns the word's end, its number of
// letters and whether it has no lower-case letter.
func scanWord(text string, pos int) (end, letters int, upper bool) {
	end, upper = pos, true
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsLower(r) {
				upper = false
			}
		case end > pos && (r == '.' || r == '\'' || r == '-' || r == '\u2019' || r == '`'):
		default:
			return end, letters, upper
		}
		end += size
	}
	return end, letters, upper
}

// scanDate returns the end of a date such as "Feb 26", "March 3, 2024" or
// "Feb. 26" at pos, or pos.
func scanDate(text string, pos int) int {
	e, n, _ := scanWord(text, pos)
	if n == 0 || !nlp.MonthWord(strings.TrimSuffix(text[pos:e], ".")) {
		return pos
	}
	d := digits(text, e+1)
	if e >= len(text) || text[e] != ' ' || d-(e+1) < 1 || d-(e+1) > 2 {
		return pos
	}
	end := d
	for _, sep := range []string{", ", " "} {
		if strings.HasPrefix(text[end:], sep) {
			if y := digits(text, end+len(sep)); y-(end+len(sep)) == 4 {
				return y
			}
		}
	}
	return end
}

// digits returns the end of the run of ASCII digits at pos.
func digits(text string, pos int) int {
	for pos < len(text) && '0' <= text[pos] && text[pos] <= '9' {
		pos++
	}
	return pos
}

// qualifierParticles may join the words of a qualifier.
var qualifierParticles = set("of", "and", "de", "the", "du", "la", "el")

// scanQualifier returns the end of a capitalised qualifier ("Kenya",
// "Calif.", "Bosnia and Herzegovina") at pos, or pos.
func scanQualifier(text string, pos int) int {
	const maxWords, maxBytes = 5, 40
	end := pos
	for words := 0; words < maxWords; words++ {
		e, n, _ := scanWord(text, end)
		if n == 0 || e-pos > maxBytes {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsUpper(r) {
			// A particle only between two capitalised words.
			if words == 0 || !in(qualifierParticles, text[end:e]) || e+1 >= len(text) || text[e] != ' ' {
				break
			}
			if r2, _ := utf8.DecodeRuneInString(text[e+1:]); !unicode.IsUpper(r2) {
				break
			}
		}
		end = e
		if end+1 < len(text) && text[end] == ' ' {
			if r, _ := utf8.DecodeRuneInString(text[end+1:]); unicode.IsLetter(r) {
				end++
				continue
			}
		}
		break
	}
	for end > pos && text[end-1] == ' ' {
		end-- // a word that did not follow the space
	}
	return end
}

// separators end a dateline.
var separators = []string{"\u2014", "\u2013", "\u2015", "--", "-", "_"}

// scanSeparator returns the end of a run of dateline separators at pos,
// or pos. Hyphens and underscores must be followed by white space or the
// end of the text.
func scanSeparator(text string, pos int) int {
	end := pos
	for more := true; more; {
		more = false
		for _, sep := range separators {
			if strings.HasPrefix(text[end:], sep) {
				end += len(sep)
				more = true
				break
			}
		}
	}
	if end == pos {
		return pos
	}
	if last := text[end-1]; (last == '-' || last == '_') && end < len(text) {
		if c := text[end]; c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return pos
		}
	}
	return end
}
