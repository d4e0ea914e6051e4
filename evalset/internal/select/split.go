package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// asciiSpace is the white space trimmed from sentence spans.
const asciiSpace = " \n\t\r\v\f"

// span is a sentence's byte range in an article's text.
type span struct{ start, end int }

// abbreviations end with a period without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gov": true, "sen": true,
	"rep": true, "gen": true, "col": true, "lt": true, "maj": true, "capt": true, "sgt": true,
	"adm": true, "rev": true, "prof": true, "jr": true, "sr": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "no": true, "vs": true, "jan": true, "feb": true, "aug": true,
	"sept": true, "sep": true, "oct": true, "nov": true, "dec": true, "u.s": true, "u.n": true,
	"u.k": true, "calif": true, "mass": true, "ariz": true, "fla": true, "wash": true,
	"pres": true, "gens": true, "mt": true, "ft": true, "e.g": true, "i.e": true, "cmdr": true,
}

// Split cuts an article's text into sentence spans: paragraphs (a blank line,
// or a newline followed by indentation) first, then sentence-final
// punctuation followed by white space and a capital, digit or quote. Spans
// exclude surrounding white space.
func Split(text string) []span {
	var out []span
	for _, p := range paragraphs(text) {
		start := p.start
		for i := p.start; i < p.end; i++ {
			c := text[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			j := i + 1
			for j < p.end && strings.IndexByte(`"')`+"`", text[j]) >= 0 {
				j++
			}
			k := j
			for k < p.end && (text[k] == ' ' || text[k] == '\n' || text[k] == '\t') {
				k++
			}
			if k == j || k >= p.end {
				continue
			}
			r, _ := utf8.DecodeRuneInString(text[k:])
			if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '`' || r == '\'') {
				continue
			}
			if c == '.' && abbreviated(text[start:i]) {
				continue
			}
			out = appendTrimmed(out, text, start, j)
			start = k
		}
		out = appendTrimmed(out, text, start, p.end)
	}
	return out
}

// abbreviated reports whether the word before a period is an abbreviation or
// a single-letter initial.
func abbreviated(before string) bool {
	w := before
	if i := strings.LastIndexAny(before, " \n\t(\"`"); i >= 0 {
		w = before[i+1:]
	}
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	return abbreviations[strings.ToLower(w)]
}

func paragraphs(text string) []span {
	var out []span
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		j := i + 1
		if j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t') {
			out = append(out, span{start, i})
			for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t') {
				j++
			}
			start = j
			i = j - 1
		}
	}
	return append(out, span{start, len(text)})
}

func appendTrimmed(out []span, text string, s, e int) []span {
	for s < e && strings.IndexByte(asciiSpace, text[s]) >= 0 {
		s++
	}
	for e > s && strings.IndexByte(asciiSpace, text[e-1]) >= 0 {
		e--
	}
	if e > s {
		out = append(out, span{s, e})
	}
	return out
}
