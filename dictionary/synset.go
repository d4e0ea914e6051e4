package dictionary

import (
	"strings"
)

// Synset is a synonym set of a verb dictionary (spec 2.2): "&NAME"
// followed by "+member" lines. A pattern token "&NAME" matches any member
// (or a member's generated plural).
type Synset struct {
	// Name is the label as written, upper case, with '&' ("&CURRENCY",
	// "&AUXVERB1_").
	Name string
	// Key is the lookup key: Name without '&' and trailing '_'. Pattern
	// references are resolved by key, so "&PREPOSIT1" finds
	// "&PREPOSIT1_".
	Key string
	// NoPlural is true when the label ends with '_' (sets of non-nouns).
	NoPlural bool
	Members  []SynsetMember // in file order
	Pos      Position       // the label line

	fwd phraseIndex[*SynsetMember] // members and plurals
	rev phraseIndex[*SynsetMember] // the same, words reversed
}

// SynsetMember is one "+member" line.
type SynsetMember struct {
	// Words are the member's words; several words must be consecutive in
	// the sentence (space and '_' are equivalent inside members).
	Words []string
	// Joined is true when the member has several words written with '_'
	// (P2 reads it as a "{...}" noun phrase).
	Joined bool
	// Plural is the generated plural (Words with the last word
	// pluralised: Y -> IES, final S replaced by ES, else +S), or nil when
	// the member or the label ends with '_' or the member is Joined.
	Plural []string
	Pos    Position // the member line
}

func synsetKey(name string) string {
	return strings.TrimRight(strings.TrimPrefix(Fold(strings.TrimSpace(name)), "&"), "_")
}

func newSynset(t string, pos Position) (*Synset, *Error) {
	name := Fold(strings.TrimSpace(t))
	if len(strings.Fields(name)) != 1 || strings.ContainsAny(name[1:], "&+[]{}()*") {
		return nil, &Error{Pos: pos, Msg: "bad synset label " + strings.TrimSpace(t), Err: ErrSyntax}
	}
	key := synsetKey(name)
	if key == "" {
		return nil, &Error{Pos: pos, Msg: "empty synset label", Err: ErrSyntax}
	}
	return &Synset{Name: name, Key: key, NoPlural: strings.HasSuffix(name, "_"), Pos: pos}, nil
}

// synsetPlural pluralises a synset member's last word. Unlike agents, a
// final S is replaced by ES (CROSS -> CROSES), a quirk of P1 and P2.
func synsetPlural(w string) string {
	switch lastByte(w) {
	case 'Y':
		return w[:len(w)-1] + "IES"
	case 'S':
		return w[:len(w)-1] + "ES"
	}
	return w + "S"
}

func (s *Synset) addMember(text string, pos Position, errs, warns *ErrorList) {
	if strings.HasPrefix(text, "&") {
		warns.Add(pos, ErrSynset, "synset %s: nested synset %s is not supported; member ignored", s.Name, strings.TrimSpace(text))
		return
	}
	if strings.ContainsAny(text, "[]{}()*") {
		errs.Add(pos, ErrSyntax, "synset %s: bad member %q", s.Name, text)
		return
	}
	p := parsePhrase(text)
	if len(p.Words) == 0 {
		errs.Add(pos, ErrSyntax, "synset %s: empty member", s.Name)
		return
	}
	m := SynsetMember{Words: p.Words, Pos: pos}
	for _, g := range p.Gaps[1:] {
		if !g {
			m.Joined = true
		}
	}
	if !s.NoPlural && !p.WholeWord && !m.Joined {
		m.Plural = append([]string(nil), p.Words...)
		m.Plural[len(m.Plural)-1] = synsetPlural(m.Plural[len(m.Plural)-1])
	}
	s.Members = append(s.Members, m)
}

// index builds the member tries once all members are read.
func (s *Synset) index() {
	s.fwd, s.rev = phraseIndex[*SynsetMember]{}, phraseIndex[*SynsetMember]{}
	for i := range s.Members {
		m := &s.Members[i]
		for _, ws := range [][]string{m.Words, m.Plural} {
			if ws == nil {
				continue
			}
			s.fwd.add(&Phrase{Words: ws, Gaps: make([]bool, len(ws))}, 1, m)
			r := make([]string, len(ws))
			for k, w := range ws {
				r[len(ws)-1-k] = w
			}
			s.rev.add(&Phrase{Words: r, Gaps: make([]bool, len(r))}, 1, m)
		}
	}
	if s.fwd.t == nil {
		s.fwd.t, s.rev.t = newTrie(), newTrie()
	}
}

// Has reports whether word is a one-word member of the set or the plural
// of one, case-insensitively, without allocating.
func (s *Synset) Has(word string) bool {
	if s == nil || s.fwd.t == nil {
		return false
	}
	n, ok := s.fwd.t.child(0, word)
	return ok && s.fwd.t.nodes[n].val >= 0
}

// MatchAt returns the end (exclusive) of the longest member (or plural)
// that matches words[i:] word for word. It does not allocate.
func (s *Synset) MatchAt(words []string, i int) (end int, m *SynsetMember, ok bool) {
	if s == nil {
		return 0, nil, false
	}
	x, ok := s.fwd.longest(words, nil, i)
	if !ok {
		return 0, nil, false
	}
	return x.End, x.Entry, true
}

// MatchEndingAt returns the start of the longest member (or plural)
// whose last word is words[j], for scans that move leftwards from the
// verb. It does not allocate.
func (s *Synset) MatchEndingAt(words []string, j int) (start int, m *SynsetMember, ok bool) {
	if s == nil || s.rev.t == nil || j < 0 || j >= len(words) {
		return 0, nil, false
	}
	t := s.rev.t
	n := int32(0)
	var val int32 = -1
	for k := j; k >= 0; k-- {
		c, found := t.child(n, words[k])
		if !found {
			break
		}
		n = c
		if v := t.nodes[n].val; v >= 0 {
			start, val = k, v
		}
	}
	if val < 0 {
		return 0, nil, false
	}
	return start, s.rev.vals[val].entries[0], true
}
