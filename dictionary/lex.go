package dictionary

import (
	"bytes"
	"strings"
)

// srcLine is one content line of a dictionary file after the common
// comment conventions of spec section 1 were applied.
type srcLine struct {
	pos     Position
	text    string // content before any '#', right-trimmed, leading space kept
	comment string // text after the first '#', trimmed ("" if none)
}

// commentStart returns the index of the comment character of s, or -1.
func commentStart(s string, semicolon bool) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#':
			if depth == 0 || !strings.Contains(s[i:], "]") {
				return i
			}
		case ';':
			if semicolon && depth == 0 {
				return i
			}
		}
	}
	return -1
}

// trimmed returns the content without leading white space.
func (l srcLine) trimmed() string { return strings.TrimLeft(l.text, " \t") }

// indented reports whether the content starts with white space.
func (l srcLine) indented() bool {
	return len(l.text) > 0 && (l.text[0] == ' ' || l.text[0] == '\t')
}

// splitLines applies the comment conventions shared by every file kind:
// lines whose first non-blank character is '#' and lines starting with
// "<!" are skipped, an XML comment "<!-- ... -->" may span lines (the rest
// of its closing line is discarded), everything from '#' to the end of a
// line is a comment, and blank lines are skipped. It accepts any bytes.
//
// A '#' inside a code bracket is not a comment ("[###]" is a code). With
// semicolon set, the old KEDS/TABARI ';' comment is honoured as well (P1
// does; two verb lines of CAMEO.2.0 rely on it).
func splitLines(name string, data []byte, semicolon bool) []srcLine {
	out := make([]srcLine, 0, bytes.Count(data, []byte{'\n'})+1)
	inXML := false
	lineNo := 0
	// The lines are slices of one string of the whole file, not a string
	// each.
	rest := string(data)
	for len(rest) > 0 {
		var s string
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			s, rest = rest[:i], rest[i+1:]
		} else {
			s, rest = rest, ""
		}
		lineNo++
		s = strings.TrimSuffix(s, "\r")
		if lineNo == 1 {
			s = strings.TrimPrefix(s, "\xef\xbb\xbf") // BOM
		}
		t := strings.TrimLeft(s, " \t")
		if inXML {
			if strings.Contains(s, "-->") {
				inXML = false
			}
			continue
		}
		if strings.HasPrefix(t, "<!") {
			if strings.HasPrefix(t, "<!--") && !strings.Contains(t[4:], "-->") {
				inXML = true
			}
			continue
		}
		if strings.HasPrefix(t, "#") {
			continue
		}
		text, comment := s, ""
		if i := commentStart(s, semicolon); i >= 0 {
			text, comment = s[:i], strings.TrimSpace(s[i+1:])
		}
		text = strings.TrimRight(text, " \t\v\f")
		if strings.TrimSpace(text) == "" {
			continue
		}
		out = append(out, srcLine{pos: Position{File: name, Line: lineNo}, text: text, comment: comment})
	}
	return out
}

// Phrase is a sequence of words as written in a dictionary, split on
// spaces and underscores and folded to upper case.
type Phrase struct {
	// Words are the phrase's words, upper case, never empty strings.
	Words []string
	// Gaps[k] (k >= 1) is true when Words[k] was joined to Words[k-1] by
	// white space rather than '_'. In P1 semantics (spec sec. 1 and 7.1
	// step 5) such a word may be preceded by other sentence words; P2
	// treats both connectors as "consecutive". Gaps[0] is always false.
	Gaps []bool
	// WholeWord is true when the phrase was written with a trailing '_'
	// (TABARI "whole word, do not stem"); discards use it (spec sec. 5).
	WholeWord bool
}

// String joins the words with '_' (consecutive) or ' ' (gap allowed).
func (p Phrase) String() string {
	var b strings.Builder
	for k, w := range p.Words {
		if k > 0 {
			if p.Gaps[k] {
				b.WriteByte(' ')
			} else {
				b.WriteByte('_')
			}
		}
		b.WriteString(w)
	}
	return b.String()
}

// parsePhrase splits s on spaces, tabs and underscores. A separator run
// that contains white space is a gap; a run of only '_' is consecutive.
func parsePhrase(s string) Phrase {
	var p Phrase
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "_") {
		p.WholeWord = true
	}
	gap := false
	start := -1
	flush := func(end int) {
		if start >= 0 {
			p.Words = append(p.Words, Fold(s[start:end]))
			p.Gaps = append(p.Gaps, gap && len(p.Words) > 1)
			start = -1
			gap = false
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\v', '\f':
			flush(i)
			gap = true
		case '_':
			flush(i)
		default:
			if start < 0 {
				start = i
			}
		}
	}
	flush(len(s))
	if len(p.Words) > 0 {
		p.Gaps[0] = false
	}
	return p
}

// cutBracket finds the first "[...]" in s. It returns the text before it,
// the content between the brackets, the text after it, and found=false
// if s has no '['. ok is false when the bracket is not closed or a ']'
// appears before the '['.
func cutBracket(s string) (before, inner, after string, found, ok bool) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		if strings.IndexByte(s, ']') >= 0 {
			return s, "", "", true, false
		}
		return s, "", "", false, true
	}
	if strings.IndexByte(s[:i], ']') >= 0 {
		return s, "", "", true, false
	}
	j := strings.IndexByte(s[i+1:], ']')
	if j < 0 {
		return s, "", "", true, false
	}
	inner = s[i+1 : i+1+j]
	if strings.IndexByte(inner, '[') >= 0 {
		return s, "", "", true, false
	}
	return s[:i], inner, s[i+2+j:], true, true
}

// removeSpace deletes all white space (spec: whitespace inside code
// brackets is ignored).
func removeSpace(s string) string {
	if !strings.ContainsAny(s, " \t\v\f") {
		return s
	}
	return strings.Join(strings.Fields(s), "")
}
