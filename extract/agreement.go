package extract

import (
	"strings"

	"tacitus/coder"
)

// concludeVerbs (lemmas) bring an agreement about when their object is
// one: "reached a pay deal", "struck an accord", "hammered out a pact",
// "signed a trade agreement".
var concludeVerbs = map[string]bool{
	"reach": true, "strike": true, "clinch": true, "conclude": true, "seal": true,
	"finalize": true, "finalise": true, "hammer": true, "sign": true, "ink": true,
}

// agreementNouns (lemmas) name an agreement between parties.
var agreementNouns = map[string]bool{
	"agreement": true, "accord": true, "deal": true, "pact": true, "treaty": true,
	"settlement": true, "understanding": true, "memorandum": true, "protocol": true,
}

// agreementsReached codes the agreements concluded in the sentence as
// CAMEO prescribes (057, "ratify, sign, finalize an agreement"; "typically
// reciprocal"), where the dictionaries code the intent to cooperate that
// the agreement's subject matter names (Phoenix's REACH DEAL 030, REACH
// &TREATY 032, SIGN {TRADE &TREATY} 0311): "Chile reached agreement with
// its creditor banks", "Brazil and Argentina struck a trade deal". An
// agreement signed or reached with a partner named by "with" is the
// partner's act as much as the subject's: the partner's event in return
// is added ("Greece signed an accord with Turkey" is also Turkey's
// accord with Greece). A contract or a loan deal (060, 061) is material
// cooperation and keeps its code and its one direction. evs are the
// coder's events of the sentence; the returned slice holds them, recoded,
// and the partners' events.
func agreementsReached(s *sentence, evs []coder.Event) []coder.Event {
	n := len(evs)
	for i := 0; i < n; i++ {
		e := &evs[i]
		v := verbToken(s.Sentence, e.VerbSpan)
		if v < 0 || !concludeVerbs[strings.ToLower(s.Tokens[v].Lemma)] {
			continue
		}
		o := childRel(s.Sentence, v, "obj")
		if o < 0 || !agreementNouns[strings.ToLower(s.Tokens[o].Lemma)] || !assertedFinite(s, v) {
			continue
		}
		if strings.HasPrefix(e.Code, "03") && !e.Intent {
			e.Code = "057"
		}
		if e.Code != "057" || e.Target == "" || e.Target == nullActor || e.Target == e.Source {
			continue
		}
		p, ok := s.withPartner(e.TargetSpan, e.Target)
		if !ok {
			continue
		}
		r := *e
		r.Source, r.Target, r.SourceSpan, r.TargetSpan, r.Reverse = e.Target, e.Source, p, e.SourceSpan, false
		if !hasCoderEvent(evs, r) {
			evs = append(evs, r)
		}
	}
	return evs
}

// possibilityModals (lemmas) make a clause's act possible or wished, not
// reported ("we can reach an understanding"); "will" reports an act to
// come.
var possibilityModals = map[string]bool{"can": true, "could": true, "may": true, "might": true, "should": true, "would": true, "must": true}

// assertedFinite reports whether verb v heads a finite clause that
// reports its act, done or to come: not an infinitive or a gerund ("trying
// to hammer out a deal", "optimistic about reaching an agreement", "talks
// on signing a pact"), nor an act a modal makes only possible ("we can
// reach an understanding").
func assertedFinite(s *sentence, v int) bool {
	t := s.Tokens[v]
	if t.Rel == "xcomp" || t.XPOS == "VBG" && childRel(s.Sentence, v, "aux") < 0 || childRel(s.Sentence, v, "mark") >= 0 && hasChildText(s, v, "mark", "to") {
		return false
	}
	modal := false
	children(s.Sentence, v, func(k int) bool {
		modal = s.Tokens[k].Rel == "aux" && possibilityModals[strings.ToLower(s.Tokens[k].Lemma)]
		return !modal
	})
	return !modal
}

// hasChildText reports whether token h has a child with relation rel
// whose text is w (any case).
func hasChildText(s *sentence, h int, rel, w string) bool {
	found := false
	children(s.Sentence, h, func(k int) bool {
		found = s.Tokens[k].Rel == rel && strings.EqualFold(s.Tokens[k].Text, w)
		return !found
	})
	return found
}

// withPartner returns the span of the actor coded code in target span sp
// when it is the object of "with", or a conjunct of it ("an accord with
// Turkey", "reached a deal with striking seamen", "with the IMF and the
// World Bank"); ok is false otherwise. Of a coordination it is the span of
// the conjunct coded code ("signed agreements with Britain and France":
// Britain's accord and France's are two events, which one span for both
// would merge into one).
func (s *sentence) withPartner(sp coder.Span, code string) (coder.Span, bool) {
	m, ok := s.namedIn(sp)
	for _, a := range s.actors {
		for _, c := range a.Members {
			if c.Code == code && c.Start >= sp.Start && c.End <= sp.End {
				m, ok = c, true
			}
		}
	}
	if !ok || m.Head < 1 || m.Head > len(s.Tokens) {
		return coder.Span{}, false
	}
	h := m.Head - 1
	for s.Tokens[h].Rel == "conj" && s.Tokens[h].Head > 0 && s.Tokens[h].Head-1 < h {
		h = s.Tokens[h].Head - 1
	}
	if !hasCaseWord(s.Sentence, h, "with") {
		return coder.Span{}, false
	}
	return coder.Span{Start: m.Start, End: m.End}, true
}

// hasCoderEvent reports whether evs holds an event with e's source,
// target and code.
func hasCoderEvent(evs []coder.Event, e coder.Event) bool {
	for _, x := range evs {
		if x.Source == e.Source && x.Target == e.Target && x.Code == e.Code {
			return true
		}
	}
	return false
}
