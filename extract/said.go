package extract

import (
	"strings"

	"tacitus/actors"
	"tacitus/coder"
	"tacitus/nlp"
)

// saidVerbs (lemmas) report what their subject said; "point" only as
// "point out" (see saidVerb).
var saidVerbs = map[string]bool{
	"say": true, "tell": true, "add": true, "note": true, "stress": true, "emphasize": true,
	"emphasise": true, "observe": true, "explain": true, "point": true,
}

// saidVerb reports whether token v is a verb of saidVerbs: "Baker
// pointed out Brazil was paying", not "pointed to".
func (s *sentence) saidVerb(v int) bool {
	t := s.Tokens[v]
	// The part of speech first: lower-casing the lemma allocates.
	if t.UPOS != "VERB" {
		return false
	}
	l := strings.ToLower(t.Lemma)
	if !saidVerbs[l] {
		return false
	}
	if l != "point" {
		return true
	}
	p := childRel(s.Sentence, v, "compound:prt")
	return p >= 0 && strings.EqualFold(s.Tokens[p].Text, "out")
}

// saidAbout returns the statements (010) a speaker makes about another
// state that the reported clause names as its subject, when that clause
// holds no event of its own: "Baker said Brazil was paying its debts in
// full" is the United States' statement about Brazil, "U.S. officials
// said Japan had done nothing" one about Japan (GUIDELINES, statements:
// 010 when the statement concerns an identifiable actor and no more
// specific code fits). The dictionaries' "say" takes its target from its
// object only. The speaker is a state, its government, legislature,
// parties or elites, or an international organisation (speakerRole); the
// subject of the "that" clause (or of one without a complementizer) is
// another country or its government (stateLike), named in the sentence
// (not a pronoun, not an agent coded from context); the speaker too is
// named, not a pronoun, whose antecedent in news copy is often another
// speaker's. Not coded: a clause under a question or a condition, one
// opened by another subordinator ("until Japan is in full compliance"),
// a future one ("said Japan would send an official": the plan reported
// is the act, GUIDELINES, intent and the future), a negated one ("said
// Japan had not fulfilled its pledges" is as often criticism), one that
// reports that party's own words, mind or agreement (nestedSaying), one
// acting on a coded party, one with an event of its own or a pair
// already coded (the event is coded instead), and a subject of the
// speaker's own country, whose affairs are mostly reported, not spoken
// about ("Iraq said its forces sank three Iranian boats", "said the
// government was planning to cut benefits").
func saidAbout(s *sentence, evs []coder.Event) []coder.Event {
	var out []coder.Event
	toks := s.Tokens
	for v := range toks {
		if !s.saidVerb(v) {
			continue
		}
		c := childRel(s.Sentence, v, "ccomp")
		if c < 0 || c < v || toks[c].UPOS != "VERB" && toks[c].UPOS != "AUX" && toks[c].UPOS != "ADJ" && toks[c].UPOS != "NOUN" {
			continue
		}
		if s.questionOrCondition(c) || s.questionOrCondition(v) || nestedSaying[strings.ToLower(toks[c].Lemma)] || s.adverbialClause(c) || willClause(s.Sentence, c) || negated(s.Sentence, c) {
			continue
		}
		if s.quotedAs(v) {
			// "Tehran Radio quoted Rafsanjani as saying Washington
			// was ...": the speaker is the one quoted, not the
			// subject.
			continue
		}
		subj := childRel(s.Sentence, c, "nsubj")
		if subj < 0 || toks[subj].UPOS == "PRON" || s.subjects(c) > 1 {
			continue
		}
		if childRel(s.Sentence, subj, "conj") >= 0 {
			// "said that he and Baker were in agreement": a
			// coordinated subject is mostly the speaker and another
			// acting together.
			continue
		}
		tgt, ok := s.codedAt(subj)
		if !ok || tgt.Head != subj+1 || tgt.Kind == actors.Pronoun || tgt.Resolved || !stateLike(tgt.Code) {
			continue
		}
		if s.eventUnder(evs, v, c) {
			continue
		}
		if o := childRel(s.Sentence, c, "obj"); o >= 0 {
			if _, ok := s.codedAt(o); ok {
				// "Washington said Iran had moved its troops to the
				// border": an act on a party, even its own, is that
				// act (coded or not), not a statement about the doer.
				continue
			}
		}
		for _, src := range s.clauseSubjects(v) {
			if !speakerRole(src.Code) || src.Kind == actors.Pronoun || src.Code[:3] == tgt.Code[:3] || pairCoded(evs, src.Code, tgt.Code) || pairCoded(out, src.Code, tgt.Code) {
				continue
			}
			out = append(out, mentionEvent(src, tgt, "010", toks[v]))
		}
	}
	return out
}

// stateLike reports whether actor code a is a state or its government
// ("Brazil", "the U.S. government"): a party whose conduct a statement
// about it concerns. A statement about an organisation ("Lawson said G-7
// finance ministers will be reviewing ...", "said OPEC was producing
// below its ceiling") is as often its member's report of what the
// organisation does, and a party or legislature of another country is
// seldom the subject of a statement that is not criticism.
func stateLike(a string) bool {
	if len(a) < 3 || actors.NotCountry(a[:3]) {
		return false
	}
	return len(a) == 3 || len(a) == 6 && a[3:] == "GOV"
}

// speakerRole reports whether actor code a speaks for a state, a party or
// an organisation: not the press reporting what it learnt ("Beirut radio
// said Syrian troops would deploy"), nor a company, a union or a citizen.
func speakerRole(a string) bool {
	if len(a) < 3 {
		return false
	}
	if strings.HasPrefix(a, "IGO") {
		return !strings.HasSuffix(a, "BUS") // (not the Paris Club of creditor banks)
	}
	if actors.NotCountry(a[:3]) {
		return false
	}
	if len(a) == 3 {
		return true
	}
	switch a[3:6] {
	case "GOV", "LEG", "OPP", "PTY", "ELI":
		return true
	}
	return false
}

// nestedSaying (lemmas) are verbs whose clause reports the other party's
// own words, mind or agreement ("said the European Community felt ...",
// "said Argentina agreed to end the differential"): that party's act, not
// a statement about it.
var nestedSaying = map[string]bool{
	"say": true, "tell": true, "feel": true, "believe": true, "think": true, "agree": true,
	"repeat": true, "reiterate": true, "accept": true, "reject": true, "refuse": true, "deny": true,
	"promise": true, "pledge": true, "warn": true, "urge": true, "call": true, "ask": true,
	"announce": true, "decide": true, "want": true, "hope": true, "expect": true, "insist": true,
	"argue": true, "claim": true, "complain": true, "welcome": true, "oppose": true, "support": true,
	"criticise": true, "criticize": true, "accuse": true, "demand": true, "propose": true, "offer": true,
	"indicate": true, "estimate": true, "signal": true, "suggest": true, "report": true, "predict": true,
	"forecast": true, "acknowledge": true, "admit": true, "confirm": true, "hint": true,
}

// adverbialClause reports whether clause c opens with a subordinator
// other than "that" ("until Japan is in full compliance"): a clause of
// time, cause or condition the parser hung on the speech verb.
func (s *sentence) adverbialClause(c int) bool {
	found := false
	children(s.Sentence, c, func(m int) bool {
		if s.Tokens[m].Rel == "mark" && !strings.EqualFold(s.Tokens[m].Text, "that") {
			found = true
		}
		return !found
	})
	return found
}

// eventUnder reports whether an event of evs has its verb at token v or
// inside the clause headed by c.
func (s *sentence) eventUnder(evs []coder.Event, v, c int) bool {
	for _, e := range evs {
		h := spanHead(s.Sentence, e.VerbSpan)
		if h < 0 {
			continue
		}
		if h == v || h == c || nlp.Dominates(s.Tokens, c, h) {
			return true
		}
	}
	return false
}

// questionOrCondition reports whether clause k is a question or lies
// under a condition: it ends the sentence with a question mark, or it
// or a clause above it is opened by "if", "unless" or "whether".
func (s *sentence) questionOrCondition(k int) bool {
	if n := len(s.Tokens); n > 0 && s.Tokens[n-1].Text == "?" {
		return true
	}
	for steps := 0; k >= 0 && k < len(s.Tokens) && steps < len(s.Tokens); k, steps = s.Tokens[k].Head-1, steps+1 {
		found := false
		children(s.Sentence, k, func(m int) bool {
			if r := s.Tokens[m].Rel; r == "mark" || r == "advmod" {
				switch strings.ToLower(s.Tokens[m].Text) {
				case "if", "unless", "whether":
					found = true
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// quotedAs reports whether speech verb v is the "as saying" of a verb of
// quoting: it has the mark "as".
func (s *sentence) quotedAs(v int) bool {
	found := false
	children(s.Sentence, v, func(m int) bool {
		found = s.Tokens[m].Rel == "mark" && strings.EqualFold(s.Tokens[m].Text, "as")
		return !found
	})
	return found
}

// subjects counts the nominal subjects of clause c: more than one is a
// broken coordination ("said that he and U.S. Treasury Secretary James
// Baker were in agreement"), whose parties the parse does not tell.
func (s *sentence) subjects(c int) int {
	n := 0
	children(s.Sentence, c, func(m int) bool {
		if s.Tokens[m].Rel == "nsubj" {
			n++
		}
		return true
	})
	return n
}
