package actors

import (
	"strings"
	"sync"
	"unicode"

	"tacitus/dictionary"
)

var (
	partyOnce sync.Once
	// partyPhrases maps every name of a party in the supplement (its
	// words upper case, joined by "_") to the party's primary name.
	partyPhrases map[string]string
	// partyLongest is the most words a party name has.
	partyLongest int
)

// loadParties indexes the names of the supplement's parties: its entries
// with an opposition or party code (OPP, PTY) in any period, which
// governments and legislatures never have.
func loadParties() {
	partyPhrases = map[string]string{}
	if _ = loadEmbedded(); embedded.actors == nil {
		return // a defect the package tests report
	}
	for _, f := range embedded.actors.Files {
		for _, e := range f.Entries {
			if !partyEntry(e) || len(e.Phrases) == 0 {
				continue
			}
			primary := strings.Join(e.Phrases[0].Words, "_")
			for _, p := range e.Phrases {
				partyPhrases[strings.Join(p.Words, "_")] = primary
				partyLongest = max(partyLongest, len(p.Words))
			}
		}
	}
}

// PartyIn returns the primary name (upper case, words joined by "_") of
// the first party of the supplement dictionary whose name occurs in text,
// the longest name at a word first: "TORIES" for "the Conservatives" and
// for "Tory leader Michael Howard", "LIB_DEMS" for "the Liberal Democrat
// leader". It returns "" when text names no such party ("Michael
// Howard", "the opposition").
func PartyIn(text string) string {
	partyOnce.Do(loadParties)
	var words []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == ',' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if w == "" || !unicode.IsUpper([]rune(w)[0]) {
			continue // a party's name is capitalised
		}
		words = append(words, strings.ToUpper(w))
	}
	for i := range words {
		for n := min(partyLongest, len(words)-i); n >= 1; n-- {
			if p, ok := partyPhrases[strings.Join(words[i:i+n], "_")]; ok {
				return p
			}
		}
	}
	return ""
}

// partyEntry reports whether actor entry e is a political party: it has
// an opposition or party code (OPP, PTY) in some period, which
// governments and legislatures never have.
func partyEntry(e *dictionary.ActorEntry) bool {
	for _, c := range e.Codes {
		if len(c.Code) >= 6 && (c.Code[3:6] == "OPP" || c.Code[3:6] == "PTY") {
			return true
		}
	}
	return false
}
