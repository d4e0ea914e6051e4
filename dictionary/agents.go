package dictionary

import (
	"fmt"
	"io"
	"strings"
)

// AgentEntry is one line of an agents dictionary (spec sec. 4):
// "PHRASE [{PLURAL}] [~CODE]" or "[CODE~]".
type AgentEntry struct {
	// Text is the phrase as written, with any !SET! markers.
	Text string
	// Code is the agent code without the '~' ("GOV", "NGO").
	Code string
	// Prefix is true for a prefix agent ("[NGO~]": placed before the
	// actor code) and false for a suffix agent ("[~GOV]": appended).
	Prefix bool
	// Phrases are the surface forms that match: the singular(s) first,
	// then the plural(s). A "!SET!" marker yields one singular per set
	// item and no plurals; "{X}" gives X as the only plural, "{}" none;
	// otherwise one plural is generated from the last word (Y -> IES,
	// S -> +ES, else +S).
	Phrases []Phrase
	// Pos is the entry's line.
	Pos Position
}

// AgentFile is the parsed content of one agents dictionary file.
type AgentFile struct {
	Name    string        // file name, as used in positions
	Entries []*AgentEntry // in file order
	// Sets are the substitution sets ("!PERSON!" -> MAN, MEN, ...),
	// keyed by the marker including the '!'s.
	Sets map[string][]string
	// Warnings lists lines ignored as the reference programs ignore them
	// (lines without a code).
	Warnings ErrorList
}

// nounPlural generates the plural of a word: final Y -> IES, final S ->
// +ES, otherwise +S (agents, spec sec. 4; issues' n: prefix).
func nounPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "Y"):
		return w[:len(w)-1] + "IES"
	case strings.HasSuffix(w, "S"):
		return w + "ES"
	}
	return w + "S"
}

// ParseAgents reads an agents dictionary. Malformed lines are skipped and
// reported in the returned ErrorList; everything else is returned.
func ParseAgents(name string, r io.Reader) (*AgentFile, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	f, errs := parseAgents(name, data)
	return f, errs.Err()
}

// maxExpansions bounds the phrases one dictionary line may generate, so
// that hostile input cannot make a reader explode.
const maxExpansions = 256

func parseAgents(name string, data []byte) (*AgentFile, ErrorList) {
	f := &AgentFile{Name: name, Sets: map[string][]string{}}
	var errs ErrorList
	lines := splitLines(name, data, false)
	var entries []srcLine
	for _, ln := range lines {
		t := strings.TrimSpace(ln.text)
		if strings.HasPrefix(t, "!") && strings.Contains(t, "=") && !strings.Contains(t, "[") {
			lhs, rhs, _ := strings.Cut(t, "=")
			key := Fold(strings.TrimSpace(lhs))
			if len(key) < 3 || !strings.HasSuffix(key, "!") || strings.Count(key, "!") != 2 || strings.ContainsAny(key, " \t_") {
				errs.Add(ln.pos, ErrSyntax, "bad substitution set name %q (want !NAME!)", strings.TrimSpace(lhs))
				continue
			}
			var items []string
			for _, it := range strings.Split(rhs, ",") {
				if it = strings.TrimSpace(it); it != "" {
					items = append(items, Fold(it))
				}
			}
			if len(items) == 0 {
				errs.Add(ln.pos, ErrSyntax, "empty substitution set %s", key)
				continue
			}
			if _, dup := f.Sets[key]; dup {
				f.Warnings.Add(ln.pos, ErrDuplicate, "substitution set %s redefined; the later definition is used", key)
			}
			f.Sets[key] = items
			continue
		}
		entries = append(entries, ln)
	}
	for _, ln := range entries {
		if e := parseAgentLine(ln, f.Sets, &errs, &f.Warnings); e != nil {
			f.Entries = append(f.Entries, e)
		}
	}
	errs.Sort()
	f.Warnings.Sort()
	return f, errs
}

func parseAgentLine(ln srcLine, sets map[string][]string, errs, warns *ErrorList) *AgentEntry {
	t := strings.TrimSpace(ln.text)
	if i := strings.IndexByte(t, '['); i >= 0 && !strings.Contains(t[i:], "]") && strings.HasSuffix(t, "}") {
		warns.Add(ln.pos, ErrCode, "agent code closed by '}'; read as ']'")
		t = t[:len(t)-1] + "]"
	}
	before, inner, after, found, ok := cutBracket(t)
	if !found {
		warns.Add(ln.pos, ErrSyntax, "agent line without [CODE] ignored")
		return nil
	}
	if !ok {
		errs.Add(ln.pos, ErrCode, "unbalanced '[' or ']' in agent line")
		return nil
	}
	if strings.TrimSpace(after) != "" {
		errs.Add(ln.pos, ErrSyntax, "unexpected text %q after agent code", strings.TrimSpace(after))
		return nil
	}
	code := removeSpace(inner)
	e := &AgentEntry{Pos: ln.pos}
	switch {
	case len(code) > 1 && code[0] == '~' && !strings.Contains(code[1:], "~"):
		e.Code = code[1:]
	case len(code) > 1 && code[len(code)-1] == '~' && !strings.Contains(code[:len(code)-1], "~"):
		e.Code, e.Prefix = code[:len(code)-1], true
	default:
		errs.Add(ln.pos, ErrCode, "agent code [%s] must be ~CODE (suffix) or CODE~ (prefix)", inner)
		return nil
	}
	phrase, plural := before, ""
	hasBraces := false
	if i := strings.IndexByte(before, '{'); i >= 0 {
		j := strings.IndexByte(before[i:], '}')
		if j < 0 || strings.IndexByte(before[:i], '}') >= 0 {
			errs.Add(ln.pos, ErrSyntax, "unbalanced '{' or '}' in agent plural")
			return nil
		}
		if strings.TrimSpace(before[i+j+1:]) != "" {
			errs.Add(ln.pos, ErrSyntax, "unexpected text %q after agent plural", strings.TrimSpace(before[i+j+1:]))
			return nil
		}
		phrase, plural, hasBraces = before[:i], before[i+1:i+j], true
	} else if strings.IndexByte(before, '}') >= 0 {
		errs.Add(ln.pos, ErrSyntax, "unbalanced '{' or '}' in agent plural")
		return nil
	}
	e.Text = strings.TrimSpace(phrase)
	if e.Text == "" {
		errs.Add(ln.pos, ErrSyntax, "empty agent phrase")
		return nil
	}
	if strings.Contains(e.Text, "!") {
		texts, err := substitute(Fold(e.Text), sets)
		if err != nil {
			errs.Add(ln.pos, ErrContext, "%v", err)
			return nil
		}
		for _, s := range texts {
			if p := parsePhrase(s); len(p.Words) > 0 {
				e.Phrases = append(e.Phrases, p)
			}
		}
		if len(e.Phrases) == 0 {
			errs.Add(ln.pos, ErrSyntax, "empty agent phrase")
			return nil
		}
		return e
	}
	p := parsePhrase(e.Text)
	if len(p.Words) == 0 {
		errs.Add(ln.pos, ErrSyntax, "empty agent phrase")
		return nil
	}
	e.Phrases = append(e.Phrases, p)
	switch {
	case hasBraces && strings.TrimSpace(plural) != "":
		if pl := parsePhrase(plural); len(pl.Words) > 0 {
			e.Phrases = append(e.Phrases, pl)
		}
	case !hasBraces:
		pl := Phrase{Words: append([]string(nil), p.Words...), Gaps: p.Gaps, WholeWord: p.WholeWord}
		last := len(pl.Words) - 1
		pl.Words[last] = nounPlural(pl.Words[last])
		e.Phrases = append(e.Phrases, pl)
	}
	return e
}

// substitute replaces every "!NAME!" marker of s by each item of its set.
func substitute(s string, sets map[string][]string) ([]string, error) {
	out := []string{s}
	for {
		i := strings.IndexByte(out[0], '!')
		if i < 0 {
			return out, nil
		}
		j := strings.IndexByte(out[0][i+1:], '!')
		if j < 0 {
			return nil, fmt.Errorf("unterminated substitution marker in %q", s)
		}
		key := out[0][i : i+j+2]
		items, ok := sets[key]
		if !ok {
			return nil, fmt.Errorf("undefined substitution set %s", key)
		}
		var next []string
		for _, o := range out {
			for _, it := range items {
				if len(next) >= maxExpansions {
					return nil, fmt.Errorf("substitution of %q yields more than %d phrases", s, maxExpansions)
				}
				next = append(next, strings.Replace(o, key, it, 1))
			}
		}
		out = next
	}
}

// AgentMatch is a match in an AgentDict.
type AgentMatch = Match[*AgentEntry]

// AgentDict is the matching structure over agents files: a
// case-insensitive word trie from every surface form (singular, plural,
// substitution) to its entries. Safe for concurrent lookups once built.
type AgentDict struct {
	// Files are the files added, in order.
	Files []*AgentFile
	idx   phraseIndex[*AgentEntry]
	layer int
}

// NewAgentDict returns an empty agents dictionary.
func NewAgentDict() *AgentDict { return &AgentDict{} }

// AddLayer adds files as a new overlay layer (see ActorDict.AddLayer).
func (d *AgentDict) AddLayer(files ...*AgentFile) {
	d.layer++
	for _, f := range files {
		d.Files = append(d.Files, f)
		for _, e := range f.Entries {
			for k := range e.Phrases {
				d.idx.add(&e.Phrases[k], d.layer, e)
			}
		}
	}
}

// LongestMatch returns the longest agent phrase matching words[i:] word
// for word, case-insensitively, in O(match length) without allocating.
func (d *AgentDict) LongestMatch(words []string, i int) (AgentMatch, bool) {
	return d.idx.longest(words, nil, i)
}

// LongestMatchWords is LongestMatch of w.List, with the hashes of w.
func (d *AgentDict) LongestMatchWords(w *Words, i int) (AgentMatch, bool) {
	return d.idx.longest(w.List, w.hashes, i)
}

// LongestMatchLoose is LongestMatch with P1's gap semantics for phrases
// written with spaces (see ActorDict.LongestMatchLoose).
func (d *AgentDict) LongestMatchLoose(words []string, i, limit int) (AgentMatch, bool) {
	return d.idx.longestLoose(words, i, limit)
}

// Len returns the number of distinct surface phrases.
func (d *AgentDict) Len() int { return d.idx.size() }
