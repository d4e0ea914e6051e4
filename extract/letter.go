package extract

import (
	"strings"

	"tacitus/actors"
	"tacitus/coder"
)

// letterNouns (lemmas) name a written message sent to a party.
var letterNouns = map[string]bool{"letter": true, "message": true, "telex": true, "cable": true}

// letterEvents returns the statements (010) that a sentence addresses to
// a coded party by letter, which the dictionaries leave uncoded: "Greece's
// U.N. representative said in a letter to the secretary-general that ...",
// "In a letter to Congress, Reagan said ...", "De Clercq has written to
// his U.S. counterpart, Clayton Yeutter, outlining the EC's concerns". The
// source is the coded subject of the verb the "in a letter to" phrase
// belongs to, or of "write" with its "to" phrase; the addressee is the
// target. A pair the coder already coded with any code (evs: "has written
// to Tony Blair demanding an explanation", 101) is not repeated.
func letterEvents(s *sentence, evs []coder.Event) []coder.Event {
	var out []coder.Event
	toks := s.Tokens
	for n := range toks {
		// (The part of speech is asked first: it rules out most
		// tokens without lower-casing and looking up their lemma.)
		u := toks[n].UPOS
		if u != "NOUN" && u != "VERB" {
			continue
		}
		lemma := strings.ToLower(toks[n].Lemma)
		var v int
		var to []actors.Mention
		switch {
		case u == "NOUN" && letterNouns[lemma] && s.hasCase(n, "in"):
			// "said in a letter to Y": the letter's verb.
			v = toks[n].Head - 1
			to = s.toParty(n)
		case u == "VERB" && lemma == "write":
			v = n
			to = s.toParty(n)
		default:
			continue
		}
		if v < 0 || v >= len(toks) || len(to) == 0 || toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
			continue
		}
		for _, src := range s.clauseSubjects(v) {
			for _, tgt := range to {
				if src.Code == tgt.Code || pairCoded(evs, src.Code, tgt.Code) || pairCoded(out, src.Code, tgt.Code) {
					continue
				}
				out = append(out, mentionEvent(src, tgt, "010", toks[v]))
			}
		}
	}
	return out
}

// toParty returns the coded parties of the "to" phrase of token k: its
// dependent with the case word "to" (each conjunct of it).
func (s *sentence) toParty(k int) []actors.Mention {
	var to []actors.Mention
	children(s.Sentence, k, func(c int) bool {
		if r := s.Tokens[c].Rel; (r == "nmod" || r == "obl") && s.hasCase(c, "to") {
			to = s.coordinated(c)
		}
		return to == nil
	})
	return to
}

// pairCoded reports whether evs holds an event of any code from source to
// target.
func pairCoded(evs []coder.Event, source, target string) bool {
	for _, e := range evs {
		if e.Source == source && e.Target == target {
			return true
		}
	}
	return false
}
