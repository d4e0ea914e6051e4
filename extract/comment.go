package extract

import (
	"strings"

	"tacitus/actors"
	"tacitus/coder"
)

// withheldComments returns the comments withheld (011) that the coder
// cannot see, because "have" is no verb of the dictionaries: "Prime
// Minister Nakasone had no comment on Reagan's remarks", "the spokesman
// said he would have no immediate comment on the Soviet statement". The
// subject of "have" whose object is "comment" under "no" withholds it; a
// subject pronoun, or a subject no actor phrase codes, under a speech
// verb stands for that verb's subject. The target is the actor the
// comment's "on" or "about" phrase names, or the owner of what it names
// ("on Volcker's decision"). A comment withheld from no actor, from one's
// own side or country, from the press or business, or on a thing a place
// names ("on the Paris accord") is withheld from no one: an event with no
// target, as "declined to comment" is ("officials had no immediate
// comment").
func withheldComments(s *sentence, evs []coder.Event) []coder.Event {
	var out []coder.Event
	toks := s.Tokens
	for n := range toks {
		if toks[n].UPOS != "NOUN" || !strings.EqualFold(toks[n].Lemma, "comment") || toks[n].Rel != "obj" {
			continue
		}
		h := toks[n].Head - 1
		if h < 0 || !strings.EqualFold(toks[h].Lemma, "have") || !withheldDet(s, n) {
			continue
		}
		subj := nominalSubject(s.Sentence, h)
		if subj < 0 {
			continue
		}
		a, ok := actors.At(s.actors, subj+1)
		if (!ok || toks[subj].UPOS == "PRON") && toks[h].Rel == "ccomp" {
			// "the spokesman said he had no comment", "a ministry
			// spokesman said the agency would have no comment".
			if sp := nominalSubject(s.Sentence, toks[h].Head-1); sp >= 0 {
				a, ok = actors.At(s.actors, sp+1)
			}
		}
		if !ok || len(a.Code) < 3 || strings.HasPrefix(a.Code, nullActor) {
			continue
		}
		e := coder.Event{
			Source: a.Code, Code: "011",
			SourceSpan: coder.Span{Start: a.Start, End: a.End},
			VerbSpan:   coder.Span{Start: toks[n].Start, End: toks[n].End},
		}
		if b, ok := s.commentedActor(n); ok && b.Code != a.Code && !strings.HasPrefix(b.Code, nullActor) && !(len(b.Code) == 3 && strings.HasPrefix(a.Code, b.Code)) &&
			!hasRole(b.Code, "BUS") && !hasRole(b.Code, "MED") && !s.commentTopic(b.Code, coder.Span{Start: b.Start, End: b.End}) {
			e.Target, e.TargetSpan = b.Code, coder.Span{Start: b.Start, End: b.End}
		}
		if !coded(evs, e) && !coded(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// withheldDet reports whether the comment noun n is quantified by "no"
// ("no comment", "no immediate comment", "no further comment").
func withheldDet(s *sentence, n int) bool {
	no := false
	children(s.Sentence, n, func(k int) bool {
		no = s.Tokens[k].Rel == "det" && strings.EqualFold(s.Tokens[k].Text, "no")
		return !no
	})
	return no
}

// commentedActor returns the actor mention that the "on" or "about"
// phrase of the comment noun n names, or the mention owning the noun of
// that phrase ("on TWA's offer").
func (s *sentence) commentedActor(n int) (actors.Mention, bool) {
	var m actors.Mention
	found := false
	children(s.Sentence, n, func(k int) bool {
		if !strings.HasPrefix(s.Tokens[k].Rel, "nmod") || s.Tokens[k].Rel == "nmod:poss" {
			return true
		}
		if !s.hasCase(k, "on") && !s.hasCase(k, "about") {
			return true
		}
		m, found = actors.At(s.actors, k+1)
		if !found {
			children(s.Sentence, k, func(o int) bool {
				if s.Tokens[o].Rel == "nmod:poss" {
					m, found = actors.At(s.actors, o+1)
				}
				return !found
			})
		}
		return false
	})
	return m, found
}
