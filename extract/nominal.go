package extract

import (
	"slices"
	"strings"

	"tacitus/actors"
	"tacitus/coder"
	"tacitus/nlp"
)

// nominalCodes are the nouns that name an interaction between two
// parties, with the CAMEO code of the interaction. The dictionaries code
// verbs ("met", "held talks with"); news as often names the event with
// the noun alone: "Talks between the EC and the United States failed",
// "Israeli-Palestinian talks", "clashes between police and protesters".
var nominalCodes = nlp.NewLowerMap(map[string]string{
	"talk":         "046",
	"negotiation":  "046",
	"meeting":      "040",
	"summit":       "040",
	"consultation": "040",
	"clash":        "190",
	"skirmish":     "190",
	"fighting":     "190",
})

// nominalEvents returns the events the sentence names with a noun of
// nominalCodes and two coded parties: "between X and Y", "X's talks with
// Y", or two actor modifiers ("Israeli-Palestinian talks"), or a list of
// up to coder.MaxPairMembers ("talks between X, Y and Z"). Every ordered
// pair is returned, as for the reciprocal verbs; a pair the coder
// already coded with the same root (evs) is not repeated.
func nominalEvents(s *sentence, evs []coder.Event) []coder.Event {
	var out []coder.Event
	toks := s.Tokens
	for n := range toks {
		code := nominalCodes.Get(toks[n].Lemma)
		if code == "" {
			// The tagger may read the noun as a verb ("Fighting
			// erupted", lemma "fight").
			code = nominalCodes.Get(toks[n].Text)
		}
		if code == "" || verbCoded(evs, toks[n].Start) || undone(s, n) {
			continue
		}
		// The words first, the parse as a fallback: the parser often
		// misreads these phrases ("Clashes" as a verb, "and the United
		// States" as the subject of the sentence's verb).
		parties := s.betweenParties(n)
		if parties == nil {
			parties = s.hyphenParties(n)
		}
		if parties == nil && toks[n].UPOS == "NOUN" {
			parties = s.nominalParties(n)
		}
		if parties == nil {
			parties = s.agentParties(n)
		}
		reported := false
		if parties == nil {
			// An event noun opening its clause is reported.
			parties = s.extraposedParties(n)
			reported = parties != nil
		}
		if len(parties) < 2 || len(parties) > coder.MaxPairMembers || len(parties) == 2 && parties[0].Code == parties[1].Code ||
			!reported && !s.eventNounReported(n, parties) {
			continue
		}
		for _, a := range parties {
			for _, b := range parties {
				if a.Code == b.Code {
					continue
				}
				e := mentionEvent(a, b, code, toks[n])
				if !coded(evs, e) && !coded(out, e) {
					out = append(out, e)
				}
			}
		}
	}
	return out
}

// mentionEvent returns the event code of actor a toward actor b, told
// by word v.
func mentionEvent(a, b actors.Mention, code string, v nlp.Token) coder.Event {
	return coder.Event{
		Source: a.Code, Target: b.Code, Code: code,
		SourceSpan: coder.Span{Start: a.Start, End: a.End},
		TargetSpan: coder.Span{Start: b.Start, End: b.End},
		VerbSpan:   coder.Span{Start: v.Start, End: v.End},
	}
}

// eventNounReported reports whether the event noun n, with its parties,
// stands where a human coder takes it as an event reported to have
// happened (annotation guidelines §1): the subject of a clause ("Talks
// between the EC and the United States have failed"), the head of the
// subject's "round of" or "series of" phrase, or the object of a verb of
// holding or hosting it ("Egypt hosted talks between Israeli and
// Palestinian negotiators"). Elsewhere the noun only names the event
// ("after a meeting between Baker and Stoltenberg", "ahead of next
// month's meeting between Nakasone and Reagan", "the outcome of the
// talks"), which is not coded. The parser often misreads these subjects
// ("Clashes" as a verb, "and the Netherlands" as the subject of the
// verb, the noun as the object of "said"): the words decide then (see
// subjectByWords).
func (s *sentence) eventNounReported(n int, parties []actors.Mention) bool {
	toks := s.Tokens
	end := n + 1
	for _, m := range parties {
		end = max(end, m.Last)
	}
	// The noun's own modifiers after it, not a clause the parser hung
	// on it ("Negotiations between the United States and the
	// Netherlands continued" read with the verb under the noun).
	for end < len(toks) && nominalUnder(s.Sentence, end, n) {
		end++
	}
	if s.subjectByWords(n, end, false) {
		return true
	}
	if toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
		return false
	}
	for k := n; k >= 0 && k < len(toks); {
		switch toks[k].Rel {
		case "nsubj", "nsubj:pass":
			return true
		case "obj":
			h := toks[k].Head - 1
			return h >= 0 && hostVerbs[strings.ToLower(toks[h].Lemma)]
		case "nmod":
			h := toks[k].Head - 1
			if k != n || h < 0 || !roundNouns[strings.ToLower(toks[h].Lemma)] || !s.hasCase(k, "of") {
				return false
			}
			k = h
		case "conj":
			k = toks[k].Head - 1
		default:
			return false
		}
	}
	return false
}

// nominalUnder reports whether token k lies in the subtree of token h
// with no verb between them (k itself no verb either).
func nominalUnder(s nlp.Sentence, k, h int) bool {
	for steps := 0; k >= 0 && k < len(s.Tokens) && steps < len(s.Tokens); steps++ {
		if k == h {
			return true
		}
		if u := s.Tokens[k].UPOS; u == "VERB" || u == "AUX" {
			return false
		}
		k = s.Tokens[k].Head - 1
	}
	return false
}

// subjectByWords reports whether the noun phrase of event noun n, ending
// before token end, is by its words the subject of a clause: it opens the
// sentence or follows a reporting verb, a subordinator or a coordinator,
// and a finite verb follows it, past a relative clause between commas;
// with main, only the sentence's start or a reporting verb opens it ("Negotiations between the union and employers, which
// are due to resume next week, are stalemated").
func (s *sentence) subjectByWords(n, end int, main bool) bool {
	toks := s.Tokens
	if !s.opensClause(n, main) {
		return false
	}
	k := end
	if k+1 < len(toks) && toks[k].Text == "," && (toks[k+1].XPOS == "WDT" || toks[k+1].XPOS == "WP") {
		// A relative clause: the verb comes after its closing comma.
		j := k + 1
		for j < len(toks) && toks[j].Text != "," {
			j++
		}
		if j >= len(toks) {
			return false
		}
		k = j + 1
	}
	for k < len(toks) && toks[k].UPOS == "ADV" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// opensClause reports whether the noun phrase of noun n opens a clause by
// its words: it starts the sentence or follows a reporting verb, a
// subordinator or a coordinator (with main, only the sentence's start or
// a reporting verb).
func (s *sentence) opensClause(n int, main bool) bool {
	toks := s.Tokens
	first := n
	for first > 0 {
		t := toks[first-1]
		if t.UPOS == "DET" || t.UPOS == "ADJ" || t.UPOS == "NUM" || t.UPOS == "PROPN" || t.UPOS == "NOUN" ||
			t.UPOS == "PART" && t.Text != "to" || t.XPOS == "PRP$" || t.Text == "/" || t.Text == "-" {
			first--
			continue
		}
		break
	}
	if first > 0 {
		t := toks[first-1]
		switch {
		case main && !((t.UPOS == "VERB" || t.UPOS == "AUX") && reportVerbs[strings.ToLower(t.Lemma)]):
			return false
		// A subordinator the tagger may read as a preposition ("as
		// negotiations between workers and employers continue"); a
		// finite verb must follow the noun phrase.
		case t.UPOS == "SCONJ", t.UPOS == "CCONJ", nlp.Subordinator(t.Text) || strings.EqualFold(t.Text, "as"):
		case (t.UPOS == "VERB" || t.UPOS == "AUX") && reportVerbs[strings.ToLower(t.Lemma)]:
		default:
			return false
		}
	}
	return true
}

// reportVerbs (lemmas) report speech or knowledge, whose complement
// clause may open with the event noun: "Raimond said negotiations between
// the two groups took a long time".
var reportVerbs = map[string]bool{
	"say": true, "tell": true, "add": true, "report": true, "note": true, "announce": true,
	"confirm": true, "state": true, "believe": true, "think": true, "hope": true, "expect": true,
	"know": true, "learn": true, "indicate": true, "show": true,
}

// hostVerbs (lemmas) hold or host the talks or meeting that is their
// object, which thereby takes place.
var hostVerbs = map[string]bool{
	"host": true, "hold": true, "conduct": true, "chair": true, "broker": true, "sponsor": true,
	"organise": true, "organize": true, "convene": true, "attend": true, "mediate": true,
}

// roundNouns (lemmas) head the phrase of a series of talks ("the latest
// round of talks between ...").
var roundNouns = map[string]bool{"round": true, "series": true, "session": true}

// reactionCodes are the nouns of a reaction that a clause's subject draws
// from others, with the CAMEO code of the reaction: "conducted a nuclear
// test, drawing condemnation from South Korea and Japan" is each of them
// denouncing North Korea (111); "held drills near Taiwan, prompting a
// protest from Taipei" is Taiwan's protest, a disapproval (111); "the
// plan met strong resistance from Bonn" is Bonn's rejection (120).
var reactionCodes = map[string]string{
	"condemnation": "111", "criticism": "111", "rebuke": "111", "denunciation": "111",
	"censure": "111", "protest": "111", "praise": "051",
	"opposition": "111", "outrage": "111", "outcry": "111", "anger": "111", "complaint": "111",
	"disapproval": "111", "hostility": "111", "resistance": "120", "objection": "120",
}

// reactionVerbs (lemmas) say that their subject drew, met or faced the
// reaction their object names: not "the order follows protests by
// rights activists" or "Kennedy will highlight the anger among voters",
// which only name it (GUIDELINES sec. 1).
var reactionVerbs = map[string]bool{
	"draw": true, "attract": true, "spark": true, "provoke": true, "prompt": true, "trigger": true,
	"cause": true, "meet": true, "face": true, "receive": true, "earn": true, "incur": true,
	"arouse": true, "stir": true, "invite": true, "generate": true, "bring": true, "encounter": true,
	"win": true, "unleash": true, "ignite": true, "fuel": true, "touch": true, "evoke": true, "come": true,
}

// reactionVerb reports whether token v is a verb of reactionVerbs, or a
// participle the parser hung on one ("has come under growing criticism"
// read with "growing" the verb of "criticism").
func (s *sentence) reactionVerb(v int) bool {
	if v < 0 {
		return false
	}
	if reactionVerbs[strings.ToLower(s.Tokens[v].Lemma)] {
		return true
	}
	h := s.Tokens[v].Head - 1
	return s.Tokens[v].Rel == "xcomp" && s.Tokens[v].XPOS == "VBG" && h >= 0 && reactionVerbs[strings.ToLower(s.Tokens[h].Lemma)]
}

// reactionSources are the prepositions whose phrase, on a reaction noun,
// names who reacts: "criticism from the Tories", "protests by the
// union", "opposition in the Senate", "anger among German workers". On
// the verb, "by" is the passive's agent, not the reaction's.
var reactionSources = []string{"from", "by", "in", "among"}

// reactions returns the events of reaction nouns with a "from" (or "by",
// "in", "among") phrase of coded parties (the noun's, or after it the
// verb's) or a coded modifier ("drew U.S. criticism"), aimed at the subject of the clause the noun is the object of
// (or of the clause a participle continues), or at the subject of "was
// met with protests". A subject that is a thing no party is named for
// ("the plans have faced stiff opposition from Tory MPs", "the tax has
// drawn condemnation from the United States") makes the reaction one
// against no named party (a null target, GUIDELINES sec. 2), or, from a
// domestic political critic against a measure, against its government
// (as coder's opposedMeasureEvents reads "the Tories said the bill was a
// shambles").
func reactions(s *sentence, evs []coder.Event) []coder.Event {
	var out []coder.Event
	toks := s.Tokens
	for n := range toks {
		v := toks[n].Head - 1
		met := v >= 0 && toks[n].Rel == "obl" && s.hasCase(n, "with") && strings.EqualFold(toks[v].Lemma, "meet")
		if toks[n].Rel != "obj" && !met {
			continue
		}
		code, ok := reactionCodes[strings.ToLower(toks[n].Lemma)]
		if !ok || !s.reactionVerb(v) || !s.reactionNoun(n) {
			continue
		}
		var from []actors.Mention
		children(s.Sentence, n, func(k int) bool {
			if toks[k].Rel == "nmod" && slices.ContainsFunc(reactionSources, func(p string) bool { return s.hasCase(k, p) }) {
				from = s.coordinated(k)
			}
			return from == nil
		})
		if len(from) == 0 && v >= 0 {
			// "drew praise from Gorbachev", "faces opposition in the
			// Senate", "was met with protests by the union" with the
			// phrase hung on the verb (oblique, or the passive's
			// agent when the verb is "met").
			children(s.Sentence, v, func(k int) bool {
				if k > n && strings.HasPrefix(toks[k].Rel, "obl") && (s.hasCase(k, "from") || s.hasCase(k, "among") || s.hasCase(k, "in") || met && s.hasCase(k, "by")) {
					from = s.coordinated(k)
				}
				return from == nil
			})
		}
		if len(from) == 0 && !strings.EqualFold(toks[v].Lemma, "meet") {
			// "drew U.S. criticism", "attracted media criticism",
			// "sparked Washington's anger": the reacting party as
			// the noun's modifier (not a phrase the noun heads,
			// "strong opposition" read as the opposition; and
			// "meet U.S. complaints" satisfies them).
			children(s.Sentence, n, func(k int) bool {
				if r := toks[k].Rel; k < n && (r == "compound" || r == "amod" || r == "nmod:poss") {
					from = slices.DeleteFunc(s.coordinated(k), func(m actors.Mention) bool { return m.Last > n })
				}
				return len(from) == 0
			})
		}
		if len(from) == 0 {
			continue
		}
		var targets []actors.Mention
		subj := -1
		if met {
			subj = childRel(s.Sentence, v, "nsubj:pass")
		}
		if subj >= 0 {
			targets = s.coordinated(subj)
		} else {
			targets = s.clauseSubjects(v)
			subj = childRel(s.Sentence, v, "nsubj")
		}
		if len(targets) == 0 && subj >= 0 && s.unnamedThing(subj) {
			for _, src := range from {
				e := mentionEvent(src, actors.Mention{}, code, toks[n])
				e.TargetSpan = coder.Span{}
				if domesticCritic := len(src.Code) == 6 && politicalCritic[src.Code[3:]]; domesticCritic && (coder.MeasureWord(toks[subj].Text) || coder.JudgedActWord(toks[subj].Text)) {
					e.Target = src.Code[:3] + "GOV"
				}
				if !coded(evs, e) && !coded(out, e) {
					out = append(out, e)
				}
			}
			continue
		}
		out = appendPairs(out, evs, from, targets, code, toks[n])
	}
	return out
}

// politicalCritic holds the roles (the code's letters after the
// country) of the domestic critics whose reaction to a measure of no
// named author is against their government: the opposition, legislators,
// parties (coder's politicalCritic has the same reading of "the Tories
// said the bill was a shambles").
var politicalCritic = map[string]bool{"OPP": true, "LEG": true, "PTY": true}

// reactionNoun reports whether token n, a noun of reactionCodes, names a
// reaction rather than a party: "faced stiff opposition", not "faced the
// opposition" (the opposition parties) or "its opposition".
func (s *sentence) reactionNoun(n int) bool {
	if !strings.EqualFold(s.Tokens[n].Lemma, "opposition") {
		return true
	}
	named := false
	children(s.Sentence, n, func(k int) bool {
		named = s.Tokens[k].Rel == "nmod:poss" || s.Tokens[k].Rel == "det" && strings.EqualFold(s.Tokens[k].Text, "the")
		return !named
	})
	return !named
}

// unnamedThing reports whether token k heads a common noun phrase that
// names no party and has no coded owner: "the plans", "the tax", "a
// controversial package of measures" (not "it", "Monsanto" or "Iraq's
// plan", nor "such a move", an act the sentence told before with its
// author: "Noranda would like to raise its stake, although such a move
// could meet opposition from the provincial government").
func (s *sentence) unnamedThing(k int) bool {
	if s.Tokens[k].UPOS != "NOUN" {
		return false
	}
	such := false
	children(s.Sentence, k, func(c int) bool {
		such = strings.EqualFold(s.Tokens[c].Text, "such")
		return !such
	})
	if such {
		return false
	}
	if _, ok := actors.At(s.actors, k+1); ok {
		return false
	}
	owned := false
	children(s.Sentence, k, func(c int) bool {
		if r := s.Tokens[c].Rel; r == "nmod:poss" || r == "compound" || r == "amod" || r == "nmod" {
			_, owned = actors.At(s.actors, c+1)
		}
		return !owned
	})
	return !owned
}

// appendPairs appends to out the event of code between each source and
// each target of another code, with verb v, that neither evs nor out
// holds yet.
func appendPairs(out, evs []coder.Event, sources, targets []actors.Mention, code string, v nlp.Token) []coder.Event {
	for _, src := range sources {
		for _, target := range targets {
			e := mentionEvent(src, target, code, v)
			if src.Code != target.Code && !coded(evs, e) && !coded(out, e) {
				out = append(out, e)
			}
		}
	}
	return out
}

// clauseSubjects returns the coded subjects of verb v, or of the verb a
// participle clause v continues ("..., drawing condemnation"): each
// conjunct of a coordinated subject ("Russia and China vetoed ...").
func (s *sentence) clauseSubjects(v int) []actors.Mention {
	for steps := 0; v >= 0 && v < len(s.Tokens) && steps < 3; steps++ {
		subj := childRel(s.Sentence, v, "nsubj")
		if subj >= 0 {
			if ms := s.coordinated(subj); len(ms) > 0 {
				return ms
			}
			// "Thatcher's visit to Moscow drew praise from
			// Gorbachev": the owner of what is praised.
			owner := childRel(s.Sentence, subj, "nmod:poss")
			if owner < 0 {
				return nil
			}
			if m, ok := s.codedAt(owner); ok {
				return []actors.Mention{m}
			}
			return nil
		}
		if childRel(s.Sentence, v, "nsubj:pass") >= 0 || childRel(s.Sentence, v, "csubj") >= 0 {
			// A clause with a subject of its own ("a tax which
			// has sparked protest") is not the clause it hangs on.
			return nil
		}
		if r := s.Tokens[v].Rel; r != "advcl" && r != "xcomp" && r != "conj" {
			break
		}
		v = s.Tokens[v].Head - 1
	}
	return nil
}

// undoneVerbs (lemmas) say that the event their subject or object names
// did not take place: "the talks were cancelled".
var undoneVerbs = map[string]bool{
	"cancel": true, "scrap": true, "postpone": true, "delay": true, "suspend": true,
	"abandon": true, "shelve": true, "reject": true, "boycott": true, "call": true,
}

// undone reports whether the event noun n is the subject or object of a
// verb of undoneVerbs ("call" only with "off").
func undone(s *sentence, n int) bool {
	h := s.Tokens[n].Head - 1
	if h < 0 || h >= len(s.Tokens) {
		return false
	}
	switch s.Tokens[n].Rel {
	case "nsubj", "nsubj:pass", "obj":
	default:
		return false
	}
	l := strings.ToLower(s.Tokens[h].Lemma)
	if l == "call" {
		off := false
		children(s.Sentence, h, func(k int) bool {
			off = strings.EqualFold(s.Tokens[k].Text, "off")
			return !off
		})
		return off
	}
	return undoneVerbs[l]
}

// betweenParties returns the parties of "N between X and Y" read from
// the words: the coded mention starting after "between" and the one after
// the "and" that ends it (or the members of a coordination mention "X and
// Y", or a list "X, Y and Z").
func (s *sentence) betweenParties(n int) []actors.Mention {
	toks := s.Tokens
	if n+2 >= len(toks) || !strings.EqualFold(toks[n+1].Text, "between") {
		return nil
	}
	m1, ok := s.mentionFrom(n + 3) // 1-based token after "between"
	if !ok {
		return nil
	}
	if len(m1.Members) >= 2 && codedMembers(m1.Members) {
		return m1.Members
	}
	and := m1.Last // 0-based index of the token after the mention
	for and < len(toks) && (toks[and].Text == ")" || toks[and].Text == "]") {
		and++ // "the European Community (EC) and ..."
	}
	if len(m1.Members) > 0 || and >= len(toks) || !strings.EqualFold(toks[and].Text, "and") {
		return nil
	}
	m2, ok := s.mentionFrom(and + 2)
	if !ok || len(m2.Members) > 0 {
		return nil
	}
	return []actors.Mention{m1, m2}
}

// agentParties returns the parties of event noun n made the passive
// subject of a verb of holding it, named in the verb's "by" phrase:
// "Talks were held by Israel and Egypt", "talks were conducted by
// Britain with Argentina" (the one of the "by" phrase and the one of the
// verb's "with" phrase). A host ("hosted by Egypt") is no party and its
// verb is not one of these.
func (s *sentence) agentParties(n int) []actors.Mention {
	toks := s.Tokens
	v := toks[n].Head - 1
	if toks[n].Rel != "nsubj:pass" || v < 0 || !heldVerbs[strings.ToLower(toks[v].Lemma)] {
		return nil
	}
	var by, with []actors.Mention
	children(s.Sentence, v, func(k int) bool {
		switch rel := toks[k].Rel; {
		case rel == "obl:agent" || strings.HasPrefix(rel, "obl") && s.hasCase(k, "by"):
			by = s.coordinated(k)
			// "by Britain with Argentina" with the "with" phrase
			// hung on the agent.
			children(s.Sentence, k, func(c int) bool {
				if toks[c].Rel == "nmod" && s.hasCase(c, "with") {
					with = s.coordinated(c)
				}
				return true
			})
		case strings.HasPrefix(rel, "obl") && s.hasCase(k, "with"):
			with = s.coordinated(k)
		}
		return true
	})
	if len(by) == 1 && len(by[0].Members) >= 2 && codedMembers(by[0].Members) {
		by = by[0].Members // "by Israeli and Egyptian officials"
	}
	switch {
	case len(by) >= 2 && len(with) == 0:
		return by
	case len(by) == 1 && len(with) == 1:
		return []actors.Mention{by[0], with[0]}
	}
	return nil
}

// heldVerbs (lemmas) make their passive subject, an event noun, an act
// of the parties of their "by" phrase (see agentParties).
var heldVerbs = map[string]bool{"hold": true, "conduct": true, "resume": true}

// codedMembers reports whether every member of a coordination mention
// has a code.
func codedMembers(ms []actors.Mention) bool {
	for _, m := range ms {
		if m.Code == "" {
			return false
		}
	}
	return true
}

// extraposedParties returns the two parties of an event noun that opens
// a clause when its "between" phrase follows the clause's verb, read from
// the words: "Fighting erupted on Tuesday between Christian militiamen
// and Syrian troops", "Several clashes have been reported over the past
// week between Chadian troops and Libyan forces", "Talks are to resume
// next week between ...". Between the verb and "between" only adverbials
// may stand (no verb, comma, conjunction or clause opener), and the word
// before "between" is none of betweenNouns: "clashes erupted on the
// border between Iraq and Iran" names a place, not the parties.
func (s *sentence) extraposedParties(n int) []actors.Mention {
	toks := s.Tokens
	if !s.opensClause(n, false) {
		return nil
	}
	k := n + 1
	for k < len(toks) && (toks[k].UPOS == "AUX" || toks[k].UPOS == "ADV" || toks[k].UPOS == "PART") {
		k++
	}
	if k >= len(toks) || toks[k].UPOS != "VERB" || toks[k].XPOS == "VBG" {
		return nil
	}
	for j := k + 1; j < len(toks) && j <= k+10; j++ {
		t := toks[j]
		switch {
		case strings.EqualFold(t.Text, "between"):
			if betweenNouns[strings.ToLower(toks[j-1].Lemma)] {
				return nil
			}
			return s.betweenParties(j - 1)
		case t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "SCONJ" || t.UPOS == "PUNCT" || t.UPOS == "CCONJ",
			t.XPOS == "WDT" || t.XPOS == "WP":
			return nil
		}
	}
	return nil
}

// betweenNouns (lemmas) take a "between" phrase of their own: a line or
// place that lies between two parties, or a relation or rift between
// them ("on the border between Iraq and Iran", "the war between ...").
var betweenNouns = map[string]bool{
	"border": true, "frontier": true, "boundary": true, "line": true, "road": true, "highway": true,
	"route": true, "corridor": true, "zone": true, "area": true, "region": true, "gap": true,
	"difference": true, "dispute": true, "war": true, "conflict": true, "rift": true, "tension": true,
	"relation": true, "tie": true, "link": true, "trade": true, "agreement": true, "accord": true,
}

// hyphenParties returns the two parties of "X-Y N" ("Israeli-Palestinian
// talks", "U.S.-Soviet summit"): coded one-word mentions joined by a
// hyphen just before the noun.
func (s *sentence) hyphenParties(n int) []actors.Mention {
	toks := s.Tokens
	if n < 3 || toks[n-2].Text != "-" {
		return nil
	}
	a, okA := s.codedAt(n - 3)
	b, okB := s.codedAt(n - 1)
	if !okA || !okB || a.First != a.Last || b.First != b.Last {
		return nil
	}
	return []actors.Mention{a, b}
}

// mentionFrom returns the coded actor mention whose first token is the
// 1-based token first, skipping a leading determiner.
func (s *sentence) mentionFrom(first int) (actors.Mention, bool) {
	for _, m := range s.actors {
		if m.First == first || m.First == first+1 && first <= len(s.Tokens) && s.Tokens[first-1].UPOS == "DET" {
			if len(m.Members) == 0 {
				return s.codedAt(m.Head - 1)
			}
			return m, true
		}
	}
	return actors.Mention{}, false
}

// nominalParties returns the coded actor mentions that take part in the
// event noun n: the members of its "between" dependent, else its
// possessor or actor modifiers with its "with" dependent, else its actor
// modifiers.
func (s *sentence) nominalParties(n int) []actors.Mention {
	toks := s.Tokens
	var between, with, owners []actors.Mention
	children(s.Sentence, n, func(k int) bool {
		rel := toks[k].Rel
		switch {
		case rel == "nmod" && s.hasCase(k, "between"):
			between = s.coordinated(k)
		case rel == "nmod" && s.hasCase(k, "with"):
			with = s.coordinated(k)
		case rel == "nmod:poss" || rel == "amod" || rel == "compound":
			if m, ok := s.codedAt(k); ok {
				owners = append(owners, m)
			}
		}
		return true
	})
	switch {
	case len(between) == 2:
		return between
	case len(owners) == 1 && len(with) == 1:
		return []actors.Mention{owners[0], with[0]}
	case len(owners) == 2 && len(with) == 0:
		return owners
	}
	return nil
}

// coordinated returns the coded actor mentions of token k and its
// conjuncts.
func (s *sentence) coordinated(k int) []actors.Mention {
	var out []actors.Mention
	if m, ok := s.codedAt(k); ok {
		out = append(out, m)
	}
	children(s.Sentence, k, func(c int) bool {
		if s.Tokens[c].Rel == "conj" {
			if m, ok := s.codedAt(c); ok {
				out = append(out, m)
			}
		}
		return true
	})
	return out
}

// codedAt returns the actor mention at token k when it has a code with a
// country or organisation (not an agent without one, not a pair).
func (s *sentence) codedAt(k int) (actors.Mention, bool) {
	m, ok := actors.At(s.actors, k+1)
	if !ok || len(m.Code) < 3 || strings.HasPrefix(m.Code, nullActor) || m.Kind == actors.NotActor {
		return actors.Mention{}, false
	}
	if len(m.Members) > 1 && m.Head != k+1 {
		return actors.Mention{}, false
	}
	return m, true
}

// hasCase reports whether token k has a case marker with the word w.
func (s *sentence) hasCase(k int, w string) bool {
	return hasCaseWord(s.Sentence, k, w)
}

// verbCoded reports whether evs holds an event of the verb (or noun)
// starting at byte start.
func verbCoded(evs []coder.Event, start int) bool {
	for _, e := range evs {
		if e.VerbSpan.Start == start {
			return true
		}
	}
	return false
}

// coded reports whether evs holds an event of e's pair with e's root.
func coded(evs []coder.Event, e coder.Event) bool {
	for _, x := range evs {
		if x.Source == e.Source && x.Target == e.Target && len(x.Code) >= 2 && x.Code[:2] == e.Code[:2] {
			return true
		}
	}
	return false
}

// actNoun is a noun that names one party's act on another, with the
// CAMEO code of the act and the prepositions that introduce its target.
type actNoun struct {
	code  string
	preps []string
}

// actNounCodes are the nouns of directed acts that directedEvents codes
// ("Israel's attack on Gaza", "the arrest of the opposition leader by
// police", "Obama's visit to Cuba"), by lemma.
var actNounCodes = map[string]actNoun{
	"attack":        {"190", []string{"on", "against"}},
	"raid":          {"190", []string{"on", "against"}},
	"assault":       {"190", []string{"on", "against"}},
	"offensive":     {"190", []string{"on", "against"}},
	"bombing":       {"190", []string{"of"}},
	"bombardment":   {"190", []string{"of"}},
	"shelling":      {"190", []string{"of"}},
	"airstrike":     {"195", []string{"on", "against"}},
	"invasion":      {"192", []string{"of"}},
	"arrest":        {"173", []string{"of"}},
	"detention":     {"173", []string{"of"}},
	"kidnapping":    {"181", []string{"of"}},
	"abduction":     {"181", []string{"of"}},
	"assassination": {"186", []string{"of"}},
	"expulsion":     {"174", []string{"of"}},
	"deportation":   {"174", []string{"of"}},
	"visit":         {"042", []string{"to"}},
}

// unrealizedMods (lower case) are the determiners and modifiers of an act
// noun that say the act has not happened: "any attack on Iran", "a planned
// visit to Moscow".
var unrealizedMods = map[string]bool{
	"any": true, "no": true, "planned": true, "proposed": true, "possible": true,
	"threatened": true, "potential": true, "future": true, "expected": true,
	"feared": true, "alleged": true, "upcoming": true, "forthcoming": true,
	"impending": true, "imminent": true, "intended": true, "rumoured": true, "rumored": true,
}

// directedEvents returns the events named by an act noun of actNounCodes
// that is the subject of the sentence's main clause (by the parse or by
// the words), with both parties
// named (§1 of the annotation guidelines): the doer a "by" phrase, a
// possessive or an actor modifier ("an attack by Israeli warplanes on
// Gaza", "Israel's attack on Gaza", "the Israeli raid on Rafah"); the
// target the phrase of the noun's preposition, or for a visit the
// country of the place visited. An act noun elsewhere ("following a
// rebellion by army officers"), an act not done ("any attack", "a
// planned visit", "the visit was cancelled"), and an act whose doer the
// coder already has acting with the same root ("the Israeli attack on
// Gaza killed 12 people") give none.
func directedEvents(s *sentence, evs []coder.Event) []coder.Event {
	var out []coder.Event
	toks := s.Tokens
	for n := range toks {
		if toks[n].UPOS != "NOUN" {
			continue
		}
		an, ok := actNounCodes[strings.ToLower(toks[n].Lemma)]
		if !ok && strings.EqualFold(toks[n].Lemma, "strike") && n > 0 && strings.EqualFold(toks[n-1].Text, "air") {
			an, ok = actNounCodes["airstrike"], true
		}
		if !ok || verbCoded(evs, toks[n].Start) || undone(s, n) {
			continue
		}
		mainSubj := false
		if r := toks[n].Rel; r == "nsubj" || r == "nsubj:pass" {
			h := toks[n].Head - 1
			mainSubj = h >= 0 && toks[h].Rel == "root"
		}
		unreal := false
		var by, owner, mod, tgt []int
		children(s.Sentence, n, func(k int) bool {
			w := strings.ToLower(toks[k].Text)
			switch r := toks[k].Rel; {
			case (r == "det" || r == "amod") && unrealizedMods[w]:
				unreal = true
			case r == "nmod" && s.hasCase(k, "by"):
				by = append(by, k)
			case r == "nmod:poss" && toks[k].UPOS != "PRON":
				owner = append(owner, k)
			case r == "amod" || r == "compound":
				mod = append(mod, k)
			case r == "nmod":
				for _, p := range an.preps {
					if s.hasCase(k, p) {
						tgt = append(tgt, k)
					}
				}
			}
			return true
		})
		if unreal {
			continue
		}
		// The parser may hang the "by" phrase on the target ("the
		// arrest of the leader by police") and the target on the "by"
		// phrase ("an attack by warplanes on Gaza").
		for _, k := range tgt {
			children(s.Sentence, k, func(c int) bool {
				if toks[c].Rel == "nmod" && s.hasCase(c, "by") {
					by = append(by, c)
				}
				return true
			})
		}
		for _, k := range by {
			children(s.Sentence, k, func(c int) bool {
				for _, p := range an.preps {
					if toks[c].Rel == "nmod" && p != "of" && s.hasCase(c, p) {
						tgt = append(tgt, c)
					}
				}
				return true
			})
		}
		src, ok := firstCoded(s, by, owner, mod)
		if !ok {
			continue
		}
		target, ok := firstCoded(s, tgt)
		if !ok && an.code == "042" {
			target, ok = s.visitedCountry(tgt)
		}
		if !ok || target.Code == src.Code || len(src.Code) >= 3 && target.Code == src.Code[:3] && an.code == "042" {
			continue
		}
		if unrealizedAfter(s, max(n+1, src.Last, target.Last)) {
			continue
		}
		if !mainSubj {
			// The parser may make the noun the root and the verb a
			// clause of a party ("An attack by Israeli warplanes on
			// the Gaza Strip killed three people").
			end := max(n+1, src.Last, target.Last)
			for end < len(toks) && nominalUnder(s.Sentence, end, n) {
				end++
			}
			if !s.subjectByWords(n, end, true) {
				continue
			}
		}
		e := coder.Event{
			Source: src.Code, Target: target.Code, Code: an.code,
			SourceSpan: coder.Span{Start: src.Start, End: src.End},
			TargetSpan: coder.Span{Start: target.Start, End: target.End},
			VerbSpan:   coder.Span{Start: toks[n].Start, End: toks[n].End},
		}
		if coded(evs, e) || coded(out, e) || actsWithRoot(evs, src.Code, an.code) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// unrealizedPreds (lemmas) say of an act noun they follow as its
// predicate that the act has not happened: "a visit to Moscow by Shultz
// was under consideration", "an attack on Iran is possible".
var unrealizedPreds = map[string]bool{
	"consideration": true, "consider": true, "plan": true, "propose": true, "discuss": true,
	"study": true, "expect": true, "schedule": true, "due": true, "possible": true, "likely": true,
	"unlikely": true, "rule": true, "deny": true, "cancel": true, "postpone": true, "delay": true,
	"scrap": true, "call": true, "prepare": true, "unthinkable": true, "imminent": true,
}

// unrealizedAfter reports whether the words of the clause after token
// from (up to the next punctuation, at most six words) say the act has
// not happened: an unrealizedPreds word or a modal ("an attack on Iran
// would be a disaster").
func unrealizedAfter(s *sentence, from int) bool {
	toks := s.Tokens
	for k := from; k < len(toks) && k < from+6; k++ {
		if toks[k].UPOS == "PUNCT" && k > from {
			break
		}
		if toks[k].XPOS == "MD" || unrealizedPreds[strings.ToLower(toks[k].Lemma)] {
			return true
		}
	}
	return false
}

// firstCoded returns the coded actor mention of the first token of the
// lists, in order, that has one.
func firstCoded(s *sentence, lists ...[]int) (actors.Mention, bool) {
	for _, l := range lists {
		for _, k := range l {
			if m, ok := s.codedAt(k); ok {
				return m, true
			}
		}
	}
	return actors.Mention{}, false
}

// visitedCountry returns, as a mention of its country, the resolved place
// headed by one of the tokens ks ("a visit to Havana" → CUB).
func (s *sentence) visitedCountry(ks []int) (actors.Mention, bool) {
	for _, m := range s.places {
		if !m.Resolved || m.Place.Country == "" {
			continue
		}
		h := mentionHead(s.Sentence, m)
		if slices.Contains(ks, h) {
			return actors.Mention{Code: m.Place.Country, Start: m.Start, End: m.End}, true
		}
	}
	return actors.Mention{}, false
}

// actsWithRoot reports whether evs holds an event of source src with the
// root of code.
func actsWithRoot(evs []coder.Event, src, code string) bool {
	for _, e := range evs {
		if e.Source == src && len(e.Code) >= 2 && e.Code[:2] == code[:2] {
			return true
		}
	}
	return false
}

// visitPredicates returns the visits (042) that a clause predicates of its
// subject with "be on a visit to": "Putin is on a two-day visit to
// Turkey", "Putin, who is on a visit to Turkey, said ..." (the relative
// pronoun standing for the noun the clause describes). The place visited
// is an actor phrase or a resolved place of another country.
func visitPredicates(s *sentence, evs []coder.Event) []coder.Event {
	var out []coder.Event
	toks := s.Tokens
	for n := range toks {
		if l := toks[n].Lemma; !strings.EqualFold(l, "visit") && !strings.EqualFold(l, "tour") || toks[n].UPOS != "NOUN" || verbCoded(evs, toks[n].Start) {
			continue
		}
		cop, on, subj := false, false, -1
		var tgt []int
		children(s.Sentence, n, func(k int) bool {
			switch r := toks[k].Rel; {
			case r == "cop":
				cop = true
			case r == "case" && strings.EqualFold(toks[k].Text, "on"):
				on = true
			case r == "nsubj":
				subj = k
			case r == "nmod" && s.hasCase(k, "to"):
				tgt = append(tgt, k)
			}
			return true
		})
		if !cop || !on || subj < 0 {
			continue
		}
		if toks[subj].XPOS == "WP" {
			// "Putin, who is on a visit to Turkey": the noun the
			// clause describes.
			subj = toks[n].Head - 1
			if subj < 0 || subj >= n {
				continue
			}
		}
		src, ok := s.codedAt(subj)
		if !ok {
			continue
		}
		target, ok := firstCoded(s, tgt)
		if !ok {
			target, ok = s.visitedCountry(tgt)
		}
		if !ok || len(src.Code) < 3 || target.Code == src.Code || target.Code[:min(3, len(target.Code))] == src.Code[:3] {
			continue
		}
		e := coder.Event{
			Source: src.Code, Target: target.Code, Code: "042",
			SourceSpan: coder.Span{Start: src.Start, End: src.End},
			TargetSpan: coder.Span{Start: target.Start, End: target.End},
			VerbSpan:   coder.Span{Start: toks[n].Start, End: toks[n].End},
		}
		if !coded(evs, e) && !coded(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// contactPredicates returns the consultations (040) that a clause
// predicates of its subject with "in touch with" or "in contact with":
// the noun "touch" or "contact" with "in", either the predicate of a
// copula ("Bentsen said he had been in touch with White House
// officials", "Somali elders were in daily contact with the captors";
// the relative pronoun of "who is in contact with" standing for the noun
// the clause describes) or the oblique of a verb of staying or keeping
// ("remains in frequent contact with the markets", "kept in close touch
// with Nakasone"). The subject consults every coded actor of the noun's
// "with" phrase and its conjuncts.
func contactPredicates(s *sentence, evs []coder.Event) []coder.Event {
	var out []coder.Event
	toks := s.Tokens
	for n := range toks {
		// The part of speech first, and the lemma compared without
		// lower-casing it into a new string.
		if toks[n].UPOS != "NOUN" || !strings.EqualFold(toks[n].Lemma, "touch") && !strings.EqualFold(toks[n].Lemma, "contact") || !s.hasCase(n, "in") || verbCoded(evs, toks[n].Start) {
			continue
		}
		cop, subj := false, -1
		var with []int
		children(s.Sentence, n, func(k int) bool {
			switch r := toks[k].Rel; {
			case r == "cop":
				cop = true
			case r == "nsubj":
				subj = k
			case r == "nmod" && s.hasCase(k, "with"):
				with = append(with, k)
			}
			return true
		})
		v := n // the predicate: the noun after a copula, else its verb
		if !cop {
			v = toks[n].Head - 1
			if v < 0 || !strings.HasPrefix(toks[n].Rel, "obl") || !contactVerbs[strings.ToLower(toks[v].Lemma)] {
				continue
			}
			subj = childRel(s.Sentence, v, "nsubj")
		}
		if subj >= 0 && toks[subj].XPOS == "WP" {
			// "officials who were in contact with the rebels".
			subj = toks[v].Head - 1
		}
		if subj < 0 || len(with) == 0 {
			continue
		}
		var targets []actors.Mention
		for _, k := range with {
			targets = append(targets, s.coordinated(k)...)
		}
		out = appendPairs(out, evs, s.coordinated(subj), targets, "040", toks[n])
	}
	return out
}

// contactVerbs (lemmas) keep their subject in touch or in contact with a
// party: "remained in contact with", "kept in touch with".
var contactVerbs = map[string]bool{"remain": true, "stay": true, "keep": true, "get": true, "be": true}

// lightNounCodes are the event nouns a light verb carries whose phrases
// the dictionaries lack ("made accusations against", "raised objections
// to", "heaped praise on", "sent a warning to"), by lemma: the code the
// noun's own verb gets (accuse 112, object 120, praise 051, warn 130)
// and the prepositions that introduce its target.
var lightNounCodes = map[string]actNoun{
	"accusation":   {"112", []string{"against"}},
	"allegation":   {"112", []string{"against"}},
	"criticism":    {"111", []string{"of", "against", "at"}},
	"condemnation": {"111", []string{"of"}},
	"objection":    {"120", []string{"to", "against"}},
	"opposition":   {"110", []string{"to"}},
	"protest":      {"111", []string{"with", "to", "against", "over"}},
	"anger":        {"111", []string{"at", "over"}},
	"outrage":      {"111", []string{"at", "over"}},
	"warning":      {"130", []string{"to"}},
	"threat":       {"130", []string{"against", "to"}},
	"demand":       {"100", []string{"on", "to"}},
	"plea":         {"020", []string{"to"}},
	// "led the opposition to the plans", "mounted a challenge to
	// Washington's strategy": a challenge to a party's course is
	// criticism of it.
	"challenge": {"111", []string{"to", "against"}},
	"appeal":    {"020", []string{"to"}},
	"praise":    {"051", []string{"on", "for"}},
	"apology":   {"055", []string{"to"}},
	// Pressure put, brought or kept on a party to act is a demand (100),
	// as Phoenix codes pressure stepped up or ratcheted up.
	"pressure": {"100", []string{"on"}},
}

// lightVerbs (lemmas) carry the act their object names: "made", "levelled"
// or "hurled" accusations, "raised" or "voiced" objections, "kept up",
// "brought" or "increased" pressure on a party.
var lightVerbs = map[string]bool{
	"make": true, "level": true, "hurl": true, "raise": true, "voice": true, "express": true,
	"issue": true, "send": true, "deliver": true, "heap": true, "register": true, "lodge": true,
	"direct": true, "pour": true, "repeat": true, "renew": true,
	"put": true, "exert": true, "apply": true, "bring": true, "step": true, "increase": true,
	"intensify": true, "keep": true, "maintain": true, "pile": true,
	// "Britain led the opposition to the plans", "mounted a challenge
	// to Howard's leadership": who leads or mounts it voices it.
	"lead": true, "spearhead": true, "mount": true,
}

// lightVerbEvents returns the events of a light verb whose object is an
// event noun of lightNounCodes, where the coder found none at the verb:
// the verb's coded subject acts on the coded phrase of the noun's
// preposition, or on the owner or modifier of that phrase ("raised
// objections to the proposed EC tax" → the EC). The event is the verb's:
// its clause dates and flags it.
func lightVerbEvents(s *sentence, evs []coder.Event) []coder.Event {
	var out []coder.Event
	toks := s.Tokens
	for n := range toks {
		if toks[n].UPOS != "NOUN" {
			continue
		}
		v := toks[n].Head - 1
		an, ok := lightNounCodes[strings.ToLower(toks[n].Lemma)]
		owned := false // the target must be a party's thing, not the party
		switch {
		case v < 0 || verbCoded(evs, toks[v].Start):
			continue
		case toks[n].Rel == "obj":
			ok = ok && lightVerbs[strings.ToLower(toks[v].Lemma)]
		case toks[n].Rel == "obl" && toks[v].UPOS == "VERB" && s.hasCase(n, "with"):
			// "opened the forum with an attack on Labour's record",
			// "ended the speech with a warning to Tehran": the phrase
			// names the act of a verb that has none of its own. An
			// attack is verbal only on a party's record or policy; on
			// the party itself it is a strike, which the phrase leaves
			// to the noun coder.
			if strings.ToLower(toks[n].Lemma) == "attack" {
				an, ok, owned = actNoun{"111", []string{"on", "against"}}, true, true
			}
		default:
			ok = false
		}
		if !ok {
			continue
		}
		var tgt []int
		collect := func(h int, rel string, after int) {
			children(s.Sentence, h, func(k int) bool {
				if k > after && toks[k].Rel == rel {
					for _, p := range an.preps {
						if s.hasCase(k, p) {
							tgt = append(tgt, k)
						}
					}
				}
				return true
			})
		}
		collect(n, "nmod", n)
		collect(v, "obl", n) // "made accusations yesterday against Japan"
		var targets []actors.Mention
		if owned {
			for _, k := range tgt {
				if _, party := s.codedAt(k); party {
					targets = nil
					break
				}
				if m, ok := s.phraseOwner(k); ok {
					targets = append(targets, m)
				}
			}
		} else {
			targets = s.lightTargets(tgt)
		}
		if len(targets) == 0 {
			continue
		}
		out = appendPairs(out, evs, s.clauseSubjects(v), targets, an.code, toks[v])
	}
	return out
}

// lightTargets returns the coded actors of the phrases ks and their
// conjuncts, or, for a phrase that names none, its first coded owner or
// modifier ("Iraq's plan", "the proposed EC tax").
func (s *sentence) lightTargets(ks []int) []actors.Mention {
	var out []actors.Mention
	for _, k := range ks {
		ms := s.coordinated(k)
		if len(ms) == 0 {
			if m, ok := s.phraseOwner(k); ok {
				ms = append(ms, m)
			}
		}
		out = append(out, ms...)
	}
	return out
}

// phraseOwner returns the first coded owner or modifier of the phrase
// headed by k ("Iraq's plan", "the proposed EC tax").
func (s *sentence) phraseOwner(k int) (actors.Mention, bool) {
	var mods []int
	children(s.Sentence, k, func(c int) bool {
		if r := s.Tokens[c].Rel; r == "nmod:poss" || r == "compound" || r == "amod" {
			mods = append(mods, c)
		}
		return true
	})
	return firstCoded(s, mods)
}

// offerVerbs (lemmas) offer or pledge a means whose purpose may name the
// party it serves: "offered warships to escort Kuwaiti tankers".
var offerVerbs = map[string]bool{"offer": true, "pledge": true, "promise": true}

// purposeOffers returns the intent to cooperate (030) of an offer or pledge
// the coder found no event at, whose party is named only in the purpose
// clause of the verb or of its object: "offered warships to escort Kuwaiti
// tankers", "pledged the Bank's support to help Indonesia adjust" (the
// party escorted or helped is the one the offer is made to). A purpose verb
// the coder codes itself is its own event.
func purposeOffers(s *sentence, evs []coder.Event) []coder.Event {
	var out []coder.Event
	toks := s.Tokens
	for v := range toks {
		if toks[v].UPOS != "VERB" || !offerVerbs[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		obj := childRel(s.Sentence, v, "obj")
		if obj < 0 || servedCoded(evs, toks[v].Start, toks[obj]) {
			continue
		}
		var purposes []int
		for _, h := range []int{v, obj} {
			children(s.Sentence, h, func(k int) bool {
				if r := toks[k].Rel; (r == "advcl" || r == "acl") && toks[k].UPOS == "VERB" && hasChildText(s, k, "mark", "to") {
					purposes = append(purposes, k)
				}
				return true
			})
		}
		var targets []actors.Mention
		for _, p := range purposes {
			o := childRel(s.Sentence, p, "obj")
			if o < 0 || verbCoded(evs, toks[p].Start) {
				continue
			}
			// "offering products to build up its business": what a
			// pronoun owns is the offerer's own, no party served.
			if own := childRel(s.Sentence, o, "nmod:poss"); own < 0 || toks[own].UPOS != "PRON" {
				targets = append(targets, s.coordinated(o)...)
			}
		}
		out = appendPairs(out, evs, s.clauseSubjects(v), targets, "030", toks[v])
	}
	return out
}

// servedCoded reports whether evs holds an event of the verb at start
// whose target is not its object obj: the means offered ("offered
// warships", the subject's own forces) is no party served.
func servedCoded(evs []coder.Event, start int, obj nlp.Token) bool {
	for _, e := range evs {
		if e.VerbSpan.Start == start && (obj.Start < e.TargetSpan.Start || obj.Start >= e.TargetSpan.End) {
			return true
		}
	}
	return false
}
