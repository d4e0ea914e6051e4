package dictionary

import (
	"fmt"
	"io"
	"strings"
)

// IssueEntry is one line of an issues file (spec sec. 5): a phrase with
// an issue code, or an ignore phrase.
type IssueEntry struct {
	// Text is the line's phrase as written (lower case in the Phoenix
	// file, with n:, v: and + markers).
	Text string
	// Code is the issue code. A line without "[CODE]" takes the
	// CATEGORY of its <ISSUE> group (Implicit is then true); the spec
	// does not say what the reference program does with such lines (the
	// Phoenix file has a few).
	Code     string
	Implicit bool // Code was taken from the group's CATEGORY
	// Category and Type are the attributes of the enclosing <ISSUE>
	// group ("" outside any group).
	Category, Type string
	// Ignore marks a "~phrase" line: if the phrase occurs, the sentence
	// gets no issues. Story marks "~~phrase" (meant to act on the whole
	// story); Story implies Ignore.
	Ignore, Story bool
	// Phrases are the expanded surface forms: "n:" adds the plural of a
	// word, "v:" its regular verb forms (S, ED/D, ING), and '+' between
	// two words gives both the spaced and the hyphenated form. All words
	// of a phrase must be consecutive.
	Phrases []Phrase
	Pos     Position // the entry's line
}

// IssueFile is the parsed content of one issues file.
type IssueFile struct {
	Name    string        // file name, as used in positions
	Entries []*IssueEntry // in file order
	// Warnings are oddities read leniently: several entries on one line,
	// a repeated code, text after a code, an empty part around '+', a
	// stray </ISSUE>.
	Warnings ErrorList
}

// ParseIssues reads an issues file. Malformed lines are skipped and
// reported in the returned ErrorList.
func ParseIssues(name string, r io.Reader) (*IssueFile, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	f, errs := parseIssues(name, data)
	return f, errs.Err()
}

func parseIssues(name string, data []byte) (*IssueFile, ErrorList) {
	f := &IssueFile{Name: name}
	var errs ErrorList
	var cat, typ string
	open := false
	var openPos Position
	for _, ln := range splitLines(name, data, false) {
		t := strings.TrimSpace(ln.text)
		switch {
		case strings.HasPrefix(t, "</"):
			if !strings.EqualFold(t, "</ISSUE>") {
				errs.Add(ln.pos, ErrSyntax, "unknown closing tag %q", t)
				continue
			}
			if !open {
				f.Warnings.Add(ln.pos, ErrContext, "</ISSUE> without <ISSUE> ignored")
			}
			open, cat, typ = false, "", ""
			continue
		case strings.HasPrefix(t, "<"):
			c, ty, err := parseIssueTag(t)
			if err != nil {
				errs.Add(ln.pos, ErrSyntax, "%v", err)
				continue
			}
			if open {
				errs.Add(ln.pos, ErrContext, "<ISSUE> inside the <ISSUE> group opened at line %d", openPos.Line)
			}
			open, cat, typ, openPos = true, c, ty, ln.pos
			continue
		}
		for t != "" {
			var e *IssueEntry
			e, t = parseIssueEntry(t, cat, typ, ln.pos, &errs, &f.Warnings)
			if e != nil {
				f.Entries = append(f.Entries, e)
			}
			if t != "" {
				f.Warnings.Add(ln.pos, ErrSyntax, "several issue entries on one line")
			}
		}
	}
	f.Warnings.Sort()
	errs.Sort()
	return f, errs
}

// parseIssueEntry reads one "phrase [CODE]" or "~phrase" from t and
// returns what is left of the line when another entry follows.
func parseIssueEntry(t, cat, typ string, pos Position, errs, warns *ErrorList) (*IssueEntry, string) {
	e := &IssueEntry{Category: cat, Type: typ, Pos: pos}
	switch {
	case strings.HasPrefix(t, "~~"):
		e.Ignore, e.Story, t = true, true, t[2:]
	case strings.HasPrefix(t, "~"):
		e.Ignore, t = true, t[1:]
	}
	before, inner, after, found, ok := cutBracket(t)
	if !ok {
		errs.Add(pos, ErrCode, "unbalanced '[' or ']' in issue line")
		return nil, ""
	}
	rest := ""
	if found {
		e.Code = removeSpace(inner)
		if e.Code == "" {
			errs.Add(pos, ErrCode, "empty issue code")
			return nil, ""
		}
		after = strings.TrimSpace(after)
		for strings.HasPrefix(after, "[") {
			_, in2, a2, _, ok2 := cutBracket(after)
			if !ok2 {
				break
			}
			if removeSpace(in2) != e.Code {
				warns.Add(pos, ErrCode, "second issue code [%s] ignored", in2)
			} else {
				warns.Add(pos, ErrDuplicate, "repeated issue code [%s] ignored", in2)
			}
			after = strings.TrimSpace(a2)
		}
		switch {
		case after == "":
		case strings.Contains(after, "["):
			rest = after
		default:
			warns.Add(pos, ErrSyntax, "text %q after issue code ignored", after)
		}
	} else if !e.Ignore {
		if cat == "" {
			errs.Add(pos, ErrCode, "issue phrase without [CODE] outside an <ISSUE> group")
			return nil, ""
		}
		e.Code, e.Implicit = cat, true
	}
	e.Text = strings.TrimSpace(before)
	phrases, empty, err := expandIssue(e.Text)
	if err != nil {
		errs.Add(pos, ErrSyntax, "%v", err)
		return nil, rest
	}
	if empty {
		warns.Add(pos, ErrSyntax, "empty part around '+' in issue phrase %q ignored", e.Text)
	}
	e.Phrases = phrases
	return e, rest
}

// parseIssueTag reads <ISSUE CATEGORY="..." TYPE="...">.
func parseIssueTag(t string) (cat, typ string, err error) {
	if !strings.HasSuffix(t, ">") || len(t) < 7 || !strings.EqualFold(t[1:6], "ISSUE") {
		return "", "", fmt.Errorf("malformed issue tag %q (want <ISSUE CATEGORY=\"...\" TYPE=\"...\">)", t)
	}
	rest := t[6 : len(t)-1]
	for {
		rest = strings.TrimSpace(rest)
		if rest == "" {
			break
		}
		k, v, ok := strings.Cut(rest, "=")
		v = strings.TrimSpace(v)
		if !ok || len(v) < 2 || v[0] != '"' {
			return "", "", fmt.Errorf("malformed attribute in issue tag %q", t)
		}
		end := strings.IndexByte(v[1:], '"')
		if end < 0 {
			return "", "", fmt.Errorf("unterminated attribute value in issue tag %q", t)
		}
		val := v[1 : 1+end]
		switch strings.ToUpper(strings.TrimSpace(k)) {
		case "CATEGORY":
			cat = val
		case "TYPE":
			typ = val
		default:
			return "", "", fmt.Errorf("unknown attribute %q in issue tag", strings.TrimSpace(k))
		}
		rest = v[2+end:]
	}
	if cat == "" {
		return "", "", fmt.Errorf("issue tag %q has no CATEGORY", t)
	}
	return cat, typ, nil
}

// expandIssue expands the n:, v: and + markers of an issue phrase.
func expandIssue(s string) (out []Phrase, emptyPart bool, err error) {
	toks := strings.Fields(s)
	if len(toks) == 0 {
		return nil, false, fmt.Errorf("empty issue phrase")
	}
	seqs := [][]string{nil}
	for _, tok := range toks {
		if strings.HasPrefix(tok, "+") || strings.HasSuffix(tok, "+") || strings.Contains(tok, "++") {
			emptyPart = true
			tok = strings.Trim(tok, "+")
			for strings.Contains(tok, "++") {
				tok = strings.ReplaceAll(tok, "++", "+")
			}
			if tok == "" {
				continue
			}
		}
		alts, err := expandIssueToken(tok)
		if err != nil {
			return nil, false, err
		}
		var next [][]string
		for _, sq := range seqs {
			for _, a := range alts {
				if len(next) >= maxExpansions {
					return nil, false, fmt.Errorf("issue phrase %q expands to more than %d phrases", s, maxExpansions)
				}
				next = append(next, append(append([]string(nil), sq...), a...))
			}
		}
		seqs = next
	}
	if len(seqs) == 1 && len(seqs[0]) == 0 {
		return nil, false, fmt.Errorf("empty issue phrase")
	}
	out = make([]Phrase, 0, len(seqs))
	for _, sq := range seqs {
		out = append(out, Phrase{Words: sq, Gaps: make([]bool, len(sq))})
	}
	return out, emptyPart, nil
}

// expandIssueToken returns the word sequences one whitespace-separated
// token stands for.
func expandIssueToken(tok string) ([][]string, error) {
	parts := strings.Split(tok, "+")
	// forms[k] = alternatives of part k
	forms := make([][]string, len(parts))
	for k, p := range parts {
		switch {
		case strings.HasPrefix(p, "n:"), strings.HasPrefix(p, "N:"):
			w := Fold(p[2:])
			forms[k] = []string{w, nounPlural(w)}
		case strings.HasPrefix(p, "v:"), strings.HasPrefix(p, "V:"):
			w := Fold(p[2:])
			forms[k] = []string{w, thirdPersonP2(w), pastForm(w), gerundP2(w)}
		default:
			forms[k] = []string{Fold(p)}
		}
		if forms[k][0] == "" {
			return nil, fmt.Errorf("empty word in issue token %q", tok)
		}
	}
	// every combination of forms, each joined spaced and (when there are
	// several parts) hyphenated
	combos := [][]string{nil}
	for _, alts := range forms {
		var next [][]string
		for _, c := range combos {
			for _, a := range alts {
				if len(next) >= maxExpansions {
					return nil, fmt.Errorf("issue token %q expands to more than %d forms", tok, maxExpansions)
				}
				next = append(next, append(append([]string(nil), c...), a))
			}
		}
		combos = next
	}
	var out [][]string
	for _, c := range combos {
		out = append(out, c)
		if len(c) > 1 {
			out = append(out, []string{strings.Join(c, "-")})
		}
	}
	return out, nil
}

// IssueMatch is a match in an IssueDict.
type IssueMatch = Match[*IssueEntry]

// IssueDict is the matching structure over issues files: one trie for
// issue phrases and one for ignore phrases.
type IssueDict struct {
	Files  []*IssueFile // the files added, in order
	issues phraseIndex[*IssueEntry]
	ignore phraseIndex[*IssueEntry]
	layer  int
}

// NewIssueDict returns an empty issues dictionary.
func NewIssueDict() *IssueDict { return &IssueDict{} }

// AddLayer adds files as a new overlay layer (see ActorDict.AddLayer).
func (d *IssueDict) AddLayer(files ...*IssueFile) {
	d.layer++
	for _, f := range files {
		d.Files = append(d.Files, f)
		for _, e := range f.Entries {
			idx := &d.issues
			if e.Ignore {
				idx = &d.ignore
			}
			for k := range e.Phrases {
				idx.add(&e.Phrases[k], d.layer, e)
			}
		}
	}
}

// LongestMatch returns the longest issue phrase matching words[i:] word
// for word, case-insensitively, without allocating.
func (d *IssueDict) LongestMatch(words []string, i int) (IssueMatch, bool) {
	return d.issues.longest(words, nil, i)
}

// LongestIgnore returns the longest ignore phrase ("~phrase") matching
// words[i:]; Entry.Story tells a "~~" phrase.
func (d *IssueDict) LongestIgnore(words []string, i int) (IssueMatch, bool) {
	return d.ignore.longest(words, nil, i)
}

// Len returns the number of distinct issue phrases (not counting ignore
// phrases).
func (d *IssueDict) Len() int { return d.issues.size() }
