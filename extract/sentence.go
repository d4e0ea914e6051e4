package extract

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"tacitus/actors"
	"tacitus/article"
	"tacitus/cameo"
	"tacitus/coder"
	"tacitus/dates"
	"tacitus/dictionary"
	"tacitus/event"
	"tacitus/nlp"
	"tacitus/places"
)

// flags returns the flags of the event whose verb is token v (0-based, -1
// when unknown), in canonical order.
func flags(text string, s nlp.Sentence, v int, df dates.Flags) event.Flags {
	var out event.Flags
	if v < 0 {
		if df.Historical {
			out = append(out, event.Historical)
		}
		if df.Future {
			out = append(out, event.Future)
		}
		return out
	}
	v = clauseVerb(s, v)
	if negated(s, v) {
		out = append(out, event.Negated)
	}
	if df.Historical {
		out = append(out, event.Historical)
	}
	hyp, reportedFuture := hypothetical(s, v)
	if df.Future || reportedFuture && !hyp {
		out = append(out, event.Future)
	}
	if hyp {
		out = append(out, event.Hypothetical)
	}
	if quoted(text, s, s.Tokens[v].Start) {
		out = append(out, event.Quoted)
	}
	return out
}

// clauseVerb returns the verb an auxiliary or copula token v belongs to,
// the verb governing an event noun ("talks" in "talks will resume"), or v
// itself.
func clauseVerb(s nlp.Sentence, v int) int {
	switch s.Tokens[v].Rel {
	case "aux", "aux:pass", "cop":
		if h := s.Tokens[v].Head - 1; h >= 0 && h < len(s.Tokens) {
			return h
		}
	}
	if s.Tokens[v].UPOS == "NOUN" {
		if u := verbalFrom(s, v); u >= 0 {
			return u
		}
	}
	return v
}

// sharedConjunctHead returns the first conjunct of verb u (0-based) when
// u is a later conjunct sharing its subject and auxiliaries ("agreed to
// study and cooperate with China", "urged Syria to stop and withdraw":
// the second verb is governed as the first is), else u.
func sharedConjunctHead(s nlp.Sentence, u int) int {
	for n := 0; n < 4 && s.Tokens[u].Rel == "conj"; n++ {
		h := s.Tokens[u].Head - 1
		if h < 0 || h >= len(s.Tokens) || s.Tokens[h].UPOS != "VERB" {
			return u
		}
		own := false
		children(s, u, func(k int) bool {
			switch r, _, _ := strings.Cut(s.Tokens[k].Rel, ":"); r {
			case "nsubj", "aux", "cop", "csubj":
				own = true
			}
			return !own
		})
		if own {
			return u
		}
		u = h
	}
	return u
}

// lowerText returns the lower-cased form of token k with typographic
// apostrophes straightened.
func lowerText(s nlp.Sentence, k int) string {
	return strings.ReplaceAll(strings.ToLower(s.Tokens[k].Text), "\u2019", "'")
}

// children calls fn for each dependent of token h (0-based) until fn
// returns false.
func children(s nlp.Sentence, h int, fn func(k int) bool) {
	for k := range s.Tokens {
		if s.Tokens[k].Head == h+1 && !fn(k) {
			return
		}
	}
}

// intoGerund reports whether verb v has a gerund clause opened by
// "into" ("pressed the banks into lending").
func intoGerund(s nlp.Sentence, v int) bool {
	found := false
	children(s, v, func(k int) bool {
		if t := s.Tokens[k]; t.XPOS == "VBG" && (t.Rel == "advcl" || t.Rel == "obl") {
			children(s, k, func(m int) bool {
				found = found || (s.Tokens[m].Rel == "mark" || s.Tokens[m].Rel == "case") && strings.EqualFold(s.Tokens[m].Text, "into")
				return !found
			})
		}
		return !found
	})
	return found
}

// childRel returns the first dependent of h (0-based) whose relation
// is rel, or -1.
func childRel(s nlp.Sentence, h int, rel string) int {
	c := -1
	children(s, h, func(k int) bool {
		if s.Tokens[k].Rel == rel {
			c = k
		}
		return c < 0
	})
	return c
}

// negated reports whether verb v is negated: a not/n't/never adverb, the
// determiner "no" on its object, or on the noun of intention it
// completes ("had no plans to meet Zelenskiy").
func negated(s nlp.Sentence, v int) bool {
	if v >= 0 && v < len(s.Tokens) && s.Tokens[v].Rel == "acl" {
		if n := s.Tokens[v].Head - 1; n >= 0 && n < len(s.Tokens) {
			no := false
			children(s, n, func(d int) bool {
				no = no || s.Tokens[d].Rel == "det" && lowerText(s, d) == "no"
				return !no
			})
			if no {
				return true
			}
		}
	}
	neg := false
	children(s, v, func(k int) bool {
		rel := s.Tokens[k].Rel
		switch {
		case rel == "advmod" || rel == "neg":
			switch lowerText(s, k) {
			case "not", "n't", "never":
				neg = true
			}
		case rel == "obj" || rel == "nsubj:pass":
			children(s, k, func(d int) bool {
				if s.Tokens[d].Rel == "det" && lowerText(s, d) == "no" {
					neg = true
				}
				return !neg
			})
		}
		return !neg
	})
	if !neg && s.Tokens[v].Rel == "xcomp" {
		// "did not want to attack", "do not need to attack": an act
		// whose controller is negated did not happen.
		if h := s.Tokens[v].Head - 1; h >= 0 && h < len(s.Tokens) && h != v {
			// "would not hesitate to use force": a negated
			// reluctance is resolve.
			return negated(s, h) && !reluctanceVerbs[strings.ToLower(s.Tokens[h].Lemma)]
		}
	}
	return neg
}

// chainUp returns the next verb up v's xcomp/conjunct chain, or -1: the
// head of an xcomp, or of a conjunct without a subject of its own.
func chainUp(s nlp.Sentence, v int) int {
	h := s.Tokens[v].Head - 1
	if h < 0 || h >= len(s.Tokens) {
		return -1
	}
	switch s.Tokens[v].Rel {
	case "xcomp":
		return h
	case "conj":
		if v > h && reportingLemmas[strings.ToLower(s.Tokens[v].Lemma)] {
			// "X should lift its sanctions, the Soviet Union said":
			// a closing reporting verb the parser made a conjunct
			// has its own mood.
			return -1
		}
		own := false
		children(s, v, func(k int) bool {
			if r := s.Tokens[k].Rel; r == "nsubj" || r == "nsubj:pass" {
				own = true
			}
			return !own
		})
		if !own {
			return h
		}
	}
	return -1
}

// hypothetical reports whether verb v, or a verb of its xcomp/conjunct
// chain, has a would/could/might/may/should/ought/can/must auxiliary (what
// someone is able or obliged to do has not happened: "the president can
// disband the parliament") or an if/unless/lest/"in case" marker. A
// "would" in the content of a speech verb with no condition is the future
// of reported speech, not a hypothesis ("Nakasone said Japan would reject
// the tariffs"): it makes reportedFuture true instead, unless it is a
// "would have" of what did not happen.
func hypothetical(s nlp.Sentence, v int) (hyp, reportedFuture bool) {
	for steps := 0; v >= 0 && steps < len(s.Tokens) && !hyp; steps++ {
		children(s, v, func(k int) bool {
			switch s.Tokens[k].Rel {
			case "aux":
				switch lowerText(s, k) {
				case "would", "'d":
					if reportedWould(s, v) && !perfect(s, v) {
						reportedFuture = true
					} else {
						hyp = true
					}
				case "could", "might", "may", "should", "ought", "can", "ca", "must":
					hyp = true
				}
			case "mark":
				switch lowerText(s, k) {
				case "if", "unless", "lest":
					hyp = true
				case "in":
					// "on standby in case they need to evacuate
					// citizens": a precaution's act is a condition.
					f := childRel(s, k, "fixed")
					hyp = f >= 0 && lowerText(s, f) == "case"
				}
			}
			return !hyp
		})
		if s.Tokens[v].Rel == "xcomp" {
			if h := s.Tokens[v].Head - 1; h >= 0 && h < len(s.Tokens) && s.Tokens[h].UPOS == "ADJ" && speculativeAdjectives[lowerText(s, h)] {
				// "Russia is unlikely to attack Ukraine".
				return true, false
			}
		}
		v = chainUp(s, v)
	}
	return hyp, reportedFuture && !hyp
}

// perfect reports whether verb v has a "have" auxiliary: "would have
// preferred" is what did not happen.
func perfect(s nlp.Sentence, v int) bool {
	found := false
	children(s, v, func(k int) bool {
		found = s.Tokens[k].Rel == "aux" && strings.EqualFold(s.Tokens[k].Lemma, "have")
		return !found
	})
	return found
}

// reportedWould reports whether verb v has "would" and is in the content
// of a speech verb, the future of reported speech ("Israel said it would
// not negotiate with Hamas", "Hamas would disarm, its leader said"), and
// no condition restricts it ("would attack if ...").
func reportedWould(s nlp.Sentence, v int) bool {
	v = clauseVerb(s, v)
	would, cond := false, false
	children(s, v, func(k int) bool {
		switch s.Tokens[k].Rel {
		case "aux":
			would = would || lowerText(s, k) == "would" || lowerText(s, k) == "'d"
		case "mark":
			cond = cond || lowerText(s, k) == "if" || lowerText(s, k) == "unless"
		case "advcl":
			children(s, k, func(m int) bool {
				cond = cond || s.Tokens[m].Rel == "mark" && (lowerText(s, m) == "if" || lowerText(s, m) == "unless")
				return !cond
			})
		}
		return true
	})
	if !would || cond {
		return false
	}
	speech := func(h int) bool {
		return h >= 0 && h < len(s.Tokens) && reportingLemmas[strings.ToLower(s.Tokens[h].Lemma)]
	}
	if s.Tokens[v].Rel == "ccomp" && speech(s.Tokens[v].Head-1) {
		return true
	}
	found := false
	children(s, v, func(k int) bool {
		found = strings.HasPrefix(s.Tokens[k].Rel, "parataxis") && speech(k)
		return !found
	})
	return found
}

// speculativeAdjectives make the infinitive they govern a speculation:
// "is likely to resume", "is unlikely to attack".
var speculativeAdjectives = map[string]bool{"likely": true, "unlikely": true, "possible": true}

// quoted reports whether offset off of the sentence lies inside quotation
// marks opened earlier in the sentence: straight double quotes toggle;
// curly ones, and the newswire's doubled backquote and doubled
// apostrophe, open and close. A sentence whose first straight quote
// closes a quotation (after punctuation and before no letter: `...
// themselves," he said`, not `the budget."We have`) begins inside the quotation an earlier sentence opened; a straight
// quote between two letters (`the dollar"s fall`) is a typing slip for
// an apostrophe.
func quoted(text string, s nlp.Sentence, off int) bool {
	if s.Start < 0 || off > len(text) || s.Start > off {
		return false
	}
	end := s.End
	if end > len(text) || end < off {
		end = off
	}
	letter := func(i int) bool {
		return i >= 0 && i < len(text) && unicode.IsLetter(rune(text[i]))
	}
	straight := func(i int) bool { return text[i] == '"' && !(letter(i-1) && letter(i+1)) }
	open := false
	if k := strings.IndexFunc(text[s.Start:end], func(r rune) bool { return r == '"' }); k > 0 {
		if i := s.Start + k; straight(i) && strings.ContainsRune(",.!?", rune(text[i-1])) && !letter(i+1) {
			open = true
		}
	}
	t := text[s.Start:off]
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '"':
			if straight(s.Start + i) {
				open = !open
			}
		case strings.HasPrefix(t[i:], "``"), strings.HasPrefix(t[i:], "\u201c"):
			open = true
		case strings.HasPrefix(t[i:], "''"), strings.HasPrefix(t[i:], "\u201d"):
			open = false
		}
	}
	return open
}

// verbal reports whether token k heads a clause.
func verbal(s nlp.Sentence, k int) bool {
	t := &s.Tokens[k]
	return t.UPOS == "VERB" || t.Head == 0 || (t.UPOS == "AUX" && t.Rel != "aux" && t.Rel != "aux:pass" && t.Rel != "cop")
}

// governor returns the nearest verbal ancestor (0-based) of the mention's
// tokens, or -1.
func governor(s nlp.Sentence, m places.Mention) int {
	head := mentionHead(s, m)
	if head < 0 {
		return -1
	}
	return verbalFrom(s, s.Tokens[head].Head-1)
}

// verbalFrom returns token t or its nearest verbal ancestor (0-based),
// or -1.
func verbalFrom(s nlp.Sentence, t int) int {
	for steps := 0; t >= 0 && t < len(s.Tokens) && steps < len(s.Tokens); steps++ {
		if verbal(s, t) {
			return t
		}
		t = s.Tokens[t].Head - 1
	}
	return -1
}

// eventPlace picks the place mention of the event whose verb is token v
// (see the package documentation).
func eventPlace(s nlp.Sentence, mentions []places.Mention, v int) (places.Mention, bool) {
	best, bestAttached, bestDist := -1, false, 0
	var chain []int
	if v >= 0 {
		for u, steps := clauseVerb(s, v), 0; u >= 0 && steps < len(s.Tokens); steps++ {
			chain = append(chain, u)
			u = chainUp(s, u)
		}
	}
	bestDirect := false
	for i, m := range mentions {
		if !m.Locative || !m.Resolved {
			continue
		}
		attached, direct, dist := false, false, 0
		if v >= 0 {
			g := governor(s, m)
			for _, u := range chain {
				if g == u {
					attached = true
					// "fired at demonstrators in Mandalay" rather
					// than the subject's "police in Myanmar": a place
					// of the verb or of its object, not of its
					// subject.
					if h := mentionHead(s, m); h >= 0 {
						p := s.Tokens[h].Head - 1
						direct = p == u || p >= 0 && p < len(s.Tokens) && !strings.HasPrefix(s.Tokens[p].Rel, "nsubj")
					}
				}
			}
			dist = min(abs(m.First-v), abs(m.Last-v))
		}
		better := best < 0 || attached && !bestAttached ||
			attached == bestAttached && direct && !bestDirect ||
			attached == bestAttached && direct == bestDirect && dist < bestDist
		if better {
			best, bestAttached, bestDirect, bestDist = i, attached, direct, dist
		}
	}
	if best < 0 {
		return places.Mention{}, false
	}
	return mentions[best], true
}

// siteNouns are nouns of sites that a place name before them locates:
// "raided the Jenin refugee camp", "shelled the Zaporizhzhia nuclear
// plant".
var siteNouns = map[string]bool{
	"camp": true, "village": true, "town": true, "city": true, "base": true, "hospital": true,
	"market": true, "mosque": true, "church": true, "school": true, "prison": true, "jail": true,
	"airport": true, "port": true, "district": true, "neighbourhood": true, "neighborhood": true,
	"plant": true, "refinery": true, "border": true, "crossing": true, "checkpoint": true,
	"university": true, "square": true, "compound": true, "embassy": true, "consulate": true,
}

// objectSite returns the place that names the site verb v acts on, when
// the sentence names no other: the resolved place mention that modifies
// its object, a site noun ("raided the Jenin refugee camp" is in Jenin).
func objectSite(s nlp.Sentence, mentions []places.Mention, v int) (places.Mention, bool) {
	if v < 0 {
		return places.Mention{}, false
	}
	for o := range s.Tokens {
		if s.Tokens[o].Head != v+1 || s.Tokens[o].Rel != "obj" || !siteNouns[strings.ToLower(s.Tokens[o].Lemma)] {
			continue
		}
		for _, m := range mentions {
			if !m.Resolved {
				continue
			}
			if h := mentionHead(s, m); h >= 0 && h < o && s.Tokens[h].Head == o+1 {
				return m, true
			}
		}
	}
	return places.Mention{}, false
}

// mentionHead returns the token of place mention m whose head lies
// outside it (its last token if none does), or -1 for a mention outside
// the sentence.
func mentionHead(s nlp.Sentence, m places.Mention) int {
	if m.First < 0 || m.Last >= len(s.Tokens) || m.First > m.Last {
		return -1
	}
	for k := m.First; k <= m.Last; k++ {
		if h := s.Tokens[k].Head - 1; h < m.First || h > m.Last {
			return k
		}
	}
	return m.Last
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// unknownText returns the text under which an uncoded noun phrase at span
// sp of sentence s is listed: the span without a leading "the", when one
// of its tokens is tagged a proper noun (common nouns such as "analysts"
// or "the talks" are never dictionary entries).
func unknownText(text string, s nlp.Sentence, sp coder.Span) (string, bool) {
	t := spanText(text, sp)
	if strings.TrimSpace(t) == "" {
		return "", false
	}
	named := false
	for _, tk := range s.Tokens {
		if tk.Start >= sp.End {
			break
		}
		if tk.End <= sp.Start {
			continue
		}
		if tk.UPOS == "PROPN" || tk.XPOS == "NNP" || tk.XPOS == "NNPS" {
			named = true
			break
		}
	}
	if !named {
		return "", false
	}
	t = strings.TrimSpace(t)
	if first, rest, ok := strings.Cut(t, " "); ok && strings.EqualFold(first, "the") {
		t = strings.TrimSpace(rest)
	}
	return t, true
}

// datelineDate returns the story date a dateline's date ("Feb 26", "March
// 3, 1987") gives: with a year as written; without one, in the year that
// puts it nearest to the article date (which must be known).
func datelineDate(raw string, date time.Time, hasDate bool) (time.Time, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return time.Time{}, false
	}
	if d, ok := article.ParseDate(raw); ok && strings.ContainsAny(raw, ",") {
		return d, true
	}
	if !hasDate {
		return time.Time{}, false
	}
	var best time.Time
	found := false
	for y := date.Year() - 1; y <= date.Year()+1; y++ {
		d, ok := article.ParseDate(raw + ", " + strconv.Itoa(y))
		if !ok {
			continue
		}
		d = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, date.Location())
		if !found || absDur(d.Sub(date)) < absDur(best.Sub(date)) {
			best, found = d, true
		}
	}
	return best, found
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// reportingVerb returns the verb that reports the clause of verb v
// (0-based), or -1: the head of a clausal complement ("said that X
// attacked"), or a reporting clause the parser attached to v as a
// parataxis or conjunct with its own subject ("X attacked Y, an official
// said").
func reportingVerb(s nlp.Sentence, v int) int {
	v = clauseVerb(s, v)
	for x, steps := v, 0; x >= 0 && steps < len(s.Tokens); steps++ {
		switch s.Tokens[x].Rel {
		case "ccomp":
			return s.Tokens[x].Head - 1
		case "conj", "xcomp", "advcl":
			x = s.Tokens[x].Head - 1
			continue
		}
		break
	}
	r := -1
	children(s, v, func(k int) bool {
		t := &s.Tokens[k]
		if k > v && t.UPOS == "VERB" && (t.Rel == "parataxis" || t.Rel == "conj" && reportingLemmas[strings.ToLower(t.Lemma)] && ownSubject(s, k)) {
			r = k
			return false
		}
		return true
	})
	if r >= 0 {
		return r
	}
	// A closing reporting clause the parser hung on a clause inside v's
	// ("Japan warned the United States it may take retaliatory measures
	// if ..., a senior government official said at the weekend" with
	// "said" a parataxis of "take"): the last clause of the sentence.
	for k := len(s.Tokens) - 1; k > v; k-- {
		t := &s.Tokens[k]
		if t.UPOS == "PUNCT" {
			continue
		}
		for r = k; r > v && s.Tokens[r].Head-1 > v && s.Tokens[r].Rel != "parataxis" && s.Tokens[r].Rel != "conj"; r = s.Tokens[r].Head - 1 {
		}
		break
	}
	if r <= v || !reportingLemmas[strings.ToLower(s.Tokens[r].Lemma)] || !ownSubject(s, r) || s.Tokens[r].UPOS != "VERB" {
		return -1
	}
	for x, steps := s.Tokens[r].Head-1, 0; x >= 0 && steps < len(s.Tokens); x, steps = s.Tokens[x].Head-1, steps+1 {
		if x == v {
			return r
		}
		switch s.Tokens[x].Rel {
		case "ccomp", "advcl", "xcomp", "conj":
			continue
		}
		break
	}
	return -1
}

// reportingLemmas are the verbs of closing reporting clauses the parser
// attaches as conjuncts ("X warned Y, an official said").
var reportingLemmas = map[string]bool{
	"say": true, "tell": true, "report": true, "add": true, "announce": true, "state": true,
	"claim": true, "indicate": true, "note": true, "confirm": true, "write": true,
}

// speakerTarget reports whether the target phrase (span tsp) of the event
// on verb v is the speaker of a closing reporting verb (reportingLemmas)
// above v, which the parser took for a dependent of v: a phrase between a
// comma and the reporting verb ("… will meet here this week, the Bank of
// Jamaica said"). A speaker the reported clause refers to ("Iraq said
// Iran attacked its oil terminal") is the subject of the reporting verb
// and stays a party.
func (s *sentence) speakerTarget(v int, tsp coder.Span) bool {
	h := spanHead(s.Sentence, tsp)
	if h < 0 || s.Tokens[h].Head-1 != v {
		return false
	}
	first, last := -1, -1
	for k, t := range s.Tokens {
		if t.Start >= tsp.Start && t.End <= tsp.End {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	u := last + 1
	return first > 0 && s.Tokens[first-1].Text == "," && u < len(s.Tokens) &&
		reportingLemmas[strings.ToLower(s.Tokens[u].Lemma)] && inSubtreeOf(s.Sentence, v, u)
}

// ownSubject reports whether verb k has a subject and no coordinator
// among its dependents: a clause of its own, not a coordinated verb
// phrase.
func ownSubject(s nlp.Sentence, k int) bool {
	subj, cc := false, false
	children(s, k, func(c int) bool {
		switch s.Tokens[c].Rel {
		case "nsubj", "nsubj:pass":
			subj = true
		case "cc":
			cc = true
		}
		return true
	})
	return subj && !cc
}

// setCode sets the CAMEO code of e and what follows from it: root,
// QuadClass, Goldstein and PLOVER class.
func setCode(e *event.Event, info cameo.Event, code string) {
	e.CAMEO, e.CAMEORoot = code, info.Root
	e.QuadClass, e.Goldstein = int(info.QuadClass), info.Goldstein
	e.PLOVER = nil
	if p := cameo.PLOVER(code); p != nil {
		e.PLOVER = &event.PLOVER{Type: p.Type, Mode: event.Null(p.Mode), Context: event.List(p.Context)}
	}
}

// visitCode returns the code of a meeting (040) of source and target
// placed by its sentence in country place: a meeting on the target's
// soil and not the source's is the source's visit (042, "a Hamas
// delegation met Iran's foreign minister in Tehran"), one on the
// source's soil and not the target's is the source hosting a visit
// (043). Any other code, verb or place leaves code as it is.
func visitCode(code string, s nlp.Sentence, v int, source, target, place string) string {
	if code != "040" || v < 0 || place == "" || len(source) < 3 || len(target) < 3 {
		return code
	}
	switch strings.ToLower(s.Tokens[v].Lemma) {
	case "meet", "hold", "talk", "confer", "go", "come", "travel", "fly", "head":
	default:
		return code
	}
	src, tgt := source[:3], target[:3]
	switch {
	case tgt == place && src != place:
		return "042"
	case src == place && tgt != place:
		return "043"
	}
	return code
}

// visitingPhrase reports whether the phrase at byte span [start, end)
// opens with "visiting" (possibly after a determiner): its people are
// visitors ("the visiting Iranian foreign minister").
func visitingPhrase(s nlp.Sentence, start, end int) bool {
	for _, t := range s.Tokens {
		if t.Start < start || t.End > end || t.UPOS == "DET" {
			continue
		}
		return strings.EqualFold(t.Text, "visiting") && t.Rel == "amod"
	}
	return false
}

// visitorTitle reports whether "visiting" at token v, a participle with
// no subject, auxiliary or subordinator of its own, opens the title and
// name of a person ("told visiting U.S. Trade Representative Clayton
// Yeutter that ...", "..., visiting U.S. Under-Secretary of State Allen
// Wallis told Keidanren"): the word is the visitor's attribute, which the
// parser made a verb with the visitor as its object, and no one is
// visited there. A capitalised title names its holder only before his
// name, so the phrase is no person visited ("Straw, visiting Beijing,
// said" names a place, "Blair is visiting Washington" has its auxiliary).
// The parser sometimes splits the country from the title after it
// ("visiting U.S." then "Under-Secretary ..."): the person's mention
// right after the country's counts as well.
func (s *sentence) visitorTitle(v int) bool {
	toks := s.Tokens
	if !strings.EqualFold(toks[v].Text, "visiting") || toks[v].UPOS != "VERB" {
		return false
	}
	own := false
	children(s.Sentence, v, func(k int) bool {
		r := toks[k].Rel
		own = strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "aux") || r == "mark"
		return !own
	})
	if own {
		return false
	}
	k := v + 1
	if k < len(toks) && toks[k].UPOS == "DET" {
		k++
	}
	m, ok := s.codedAt(k)
	if !ok || m.First != k+1 {
		return false
	}
	if titledPerson(s.Sentence, m) {
		return true
	}
	n, ok := s.codedAt(m.Last) // the token after m (Last is 1-based)
	return ok && n.First == m.Last+1 && len(m.Code) == 3 && titledPerson(s.Sentence, n)
}

// titledPerson reports whether mention m is a named person or office of a
// country (a role code after the country, "USAGOV") headed by a proper
// noun: a capitalised title ("U.S. Trade Representative Clayton Yeutter").
func titledPerson(s nlp.Sentence, m actors.Mention) bool {
	if m.Kind != actors.Named || len(m.Code) < 6 || actors.NotCountry(m.Code[:3]) || m.Head < 1 || m.Head > len(s.Tokens) {
		return false
	}
	return s.Tokens[m.Head-1].UPOS == "PROPN"
}

// subordinated reports whether clause u is opened by a subordinating
// conjunction of time, cause or condition (nlp.Subordinator: "after
// Finland joined the alliance"), not by "to" or "against".
func subordinated(s nlp.Sentence, u int) bool {
	found := false
	children(s, u, func(k int) bool {
		found = s.Tokens[k].Rel == "mark" && nlp.Subordinator(s.Tokens[k].Text)
		return !found
	})
	return found
}

// controller returns the lower-cased lemma of the verb whose open
// complement the clause of verb v is ("threatened to strike", "refused to
// meet", "plans to visit"), or "".
func controller(s nlp.Sentence, v int) string {
	if v < 0 {
		return ""
	}
	u := sharedConjunctHead(s, clauseVerb(s, v))
	switch s.Tokens[u].Rel {
	case "xcomp":
	case "acl":
		// "Israel's proposal to withdraw its troops": the act a
		// proposal, plan or offer names is intended, not done. Named by
		// a noun alone ("talks on Israel's proposal to withdraw",
		// "cited the bank's decision to increase provisions",
		// "reverses its plan to merge the regiments") it is no event;
		// as what a clause's subject has, makes or announces ("Putin
		// had no plans to meet Zelenskiy", "made an offer to
		// mediate") it is that subject's intent.
		h := s.Tokens[u].Head - 1
		if h >= 0 && h < len(s.Tokens) && s.Tokens[u].XPOS == "VBG" && nlp.TextNoun(s.Tokens[h].Text) {
			// "signed an executive order imposing sanctions": the
			// text does what it says once enacted.
			return ""
		}
		if h >= 0 && h < len(s.Tokens) && nlp.IntentNoun(s.Tokens[h].Text) {
			g := s.Tokens[h].Head - 1
			if g < 0 || s.Tokens[h].Rel != "obj" || !statingVerbs[strings.ToLower(s.Tokens[g].Lemma)] {
				return "proposal"
			}
			if c := announcedIntent[strings.ToLower(s.Tokens[h].Lemma)]; c != "" && announcingVerbs[strings.ToLower(s.Tokens[g].Lemma)] {
				// "Washington announced plans to impose tariffs on
				// Japanese goods": the subject's own plan made
				// public, as "plans to impose" is.
				return c
			}
			return "propose"
		}
		return ""
	case "advcl":
		// "called on Russia to withdraw", "warned Finland against
		// joining NATO", parsed as adverbial clauses.
		h := s.Tokens[u].Head - 1
		if h < 0 || h >= len(s.Tokens) {
			return ""
		}
		l := strings.ToLower(s.Tokens[h].Lemma)
		if (appealVerbs[l] || l == "warn") && u > h && !subordinated(s, u) {
			// (Not a fronted participle: "Arriving in Cairo, Kerry
			// urged ..." tells what Kerry did; nor a clause of time or
			// cause: "warned NATO after Finland joined the alliance".)
			return l
		}
		if coder.Prevents(l) && markedFrom(s, u) {
			// "banned women from attending universities": kept from
			// happening.
			return "prevent"
		}
		if (threatVerbs[l] || intentVerbs[l] || refusalVerbs[l]) && markedTo(s, u) {
			// "threatened on Friday to attack the United States":
			// the infinitive the parser hung as adverbial after a
			// time is the verb's complement; so is the gerund of
			// "committed to cooperating". Not committed to it is
			// refusing it, as not ready is (below).
			if readinessWords[l] && negated(s, h) {
				return "not ready"
			}
			return l
		}
		return ""
	case "ccomp":
		// "warned that Washington would impose sanctions": a
		// complement clause counts only for threats, and only when
		// it speaks of what will or would happen; and for denials
		// ("denied that Russia was planning to invade"), which negate
		// it.
		h := s.Tokens[u].Head - 1
		if h < 0 || h >= len(s.Tokens) {
			return ""
		}
		if l := strings.ToLower(s.Tokens[h].Lemma); denialVerbs[l] {
			return l
		}
		if l := strings.ToLower(s.Tokens[h].Lemma); demandVerbs[l] && subjunctive(s, u) {
			// "demanded that Syria withdraw": asked for, not done.
			return "demand"
		}
		if !threatVerbs[strings.ToLower(s.Tokens[h].Lemma)] && strings.ToLower(s.Tokens[h].Lemma) != "warn" || !modalClause(s, u) {
			return ""
		}
		return "threaten"
	default:
		return ""
	}
	h := s.Tokens[u].Head - 1
	if h < 0 || h >= len(s.Tokens) {
		return ""
	}
	up := controller(s, h) // what governs the verb the act depends on
	if up == "proposal" {
		// "Plans to allow the Home Secretary to place suspects under
		// house arrest": what a proposed act would let or make a
		// party do is proposed too.
		return "proposal"
	}
	l := strings.ToLower(s.Tokens[h].Lemma)
	if aspectVerbs[l] && s.Tokens[h].Rel == "xcomp" {
		// "pledged to keep supporting Ukraine", "threatened to
		// continue bombing": the act kept up is governed by the
		// verb the aspect verb depends on.
		return up
	}
	if (permitVerbs[l] || l == "let") && (negated(s, h) || refusalVerbs[up]) {
		// "France refused to allow U.S. planes to overfly its
		// territory", "Cairo did not let the ship dock": the act
		// permission was withheld from did not happen; the refusal
		// is the event (CAMEO 12x), as with "banned women from
		// attending" (GUIDELINES sec. 1).
		return "prevent"
	}
	if readinessWords[l] && negated(s, h) {
		// "said he was not prepared to negotiate with Hamas": not
		// being ready to act is refusing to.
		return "not ready"
	}
	return l
}

// readinessWords (lemmas) say one is ready, or committed, to do what their
// infinitive or gerund names; negated ("not prepared to", "not ready to",
// "not willing to") they refuse it.
var readinessWords = map[string]bool{
	"prepared": true, "prepare": true, "ready": true, "willing": true, "commit": true, "committed": true,
}

// aspectVerbs (lower case) keep up or begin the act of their open
// complement without changing what it is.
var aspectVerbs = map[string]bool{"keep": true, "continue": true, "start": true, "begin": true}

// cooperativeRoot reports whether a CAMEO root is one whose intent CAMEO
// codes (coder.CooperativeIntent: cooperation, aid, yielding, meeting,
// appeals), or is that intent already (03: "his agency plans to send a
// mission").
func cooperativeRoot(root string) bool {
	_, ok := coder.CooperativeIntent(root)
	return ok || root == "03"
}

// nounPurpose reports whether the clause of verb v is an infinitive that
// modifies a noun other than one of intention ("a bill to enable
// farmers", "an option to purchase a generator", "a strike to pressure
// port officials"): what the thing is for, not an act reported. The
// purpose of a weapon or of a thing used stays ("police used tear gas to
// disperse the crowd", where the parser hangs the purpose on the gas):
// the act is done with it.
func nounPurpose(s nlp.Sentence, v int) bool {
	u := clauseVerb(s, v)
	if s.Tokens[u].Rel != "acl" || !markedTo(s, u) {
		return false
	}
	h := s.Tokens[u].Head - 1
	if h < 0 || h >= len(s.Tokens) || s.Tokens[h].UPOS != "NOUN" && s.Tokens[h].UPOS != "PROPN" {
		return false
	}
	if g := s.Tokens[h].Head - 1; g >= 0 && g < len(s.Tokens) && s.Tokens[h].Rel == "obj" && strings.EqualFold(s.Tokens[g].Lemma, "use") {
		return false
	}
	// ("used Chinese-made Silkworm missiles to hit a tanker", the
	// missiles made the object of "made").
	return !armsWords[strings.ToLower(s.Tokens[h].Lemma)]
}

// prepositionParticiples are the -ing forms English uses as prepositions
// ("all the parties excluding the communists", "concerning Saudi
// Arabia"), which the dictionaries read as verbs (EXCLUDE is coercion).
var prepositionParticiples = map[string]bool{
	"excluding": true, "including": true, "concerning": true, "regarding": true,
}

// prepositionParticiple reports whether verb v is one of
// prepositionParticiples with no auxiliary, a preposition rather than an
// act ("the government is excluding the communists" keeps its act). A
// subject does not make it a verb: the parser makes the noun it follows
// one ("since opposition parties excluding the communists put up joint
// candidates").
func prepositionParticiple(s nlp.Sentence, v int) bool {
	if v < 0 || v >= len(s.Tokens) || !prepositionParticiples[strings.ToLower(s.Tokens[v].Text)] {
		return false
	}
	return childRel(s, v, "aux") < 0
}

// gerundTopic reports whether the clause of verb v is a gerund that
// "about" introduces, or that "of", "in", "for" or "on" introduces under
// a noun or an adjective: what is talked about ("remarks about taking
// military action against Iran", "spoke about sending troops", "talk of
// imposing tariffs"), or a disposition, capacity or record of the party
// ("wary of giving permission", "interested in hitting the party",
// "its success in supervising the transition"), no act reported.
// ("Accused Iran of attacking" keeps its "of": under a verb it names the
// act charged; so does guilt, "guilty of killing".)
func gerundTopic(s nlp.Sentence, v int) bool {
	u := clauseVerb(s, v)
	if s.Tokens[u].XPOS != "VBG" {
		return false
	}
	if markedWith(s, u, "about") {
		return true
	}
	if m := u - 1; m >= 1 && (markedWith(s, u, "on") || markedWith(s, u, "over")) && s.Tokens[m].Head-1 == u && s.Tokens[m-1].UPOS == "NOUN" {
		// "accused Blair of U-turns over rules on using force",
		// the gerund hung on the main verb: its marker follows a
		// noun it belongs to.
		return true
	}
	h := s.Tokens[u].Head - 1
	if h < 0 || h >= len(s.Tokens) || s.Tokens[u].Rel != "acl" && s.Tokens[u].Rel != "advcl" {
		return false
	}
	if p := s.Tokens[h].UPOS; p != "NOUN" && p != "ADJ" || actChargedHeads[strings.ToLower(s.Tokens[h].Lemma)] {
		return false
	}
	return markedWith(s, u, "of") || markedWith(s, u, "in") || markedWith(s, u, "for") || markedWith(s, u, "on")
}

// citing reports whether verb v is "cite": the party cited is the
// source of a report or the reason given for an act ("ITAR-Tass reported,
// citing police", "the World Bank, citing Pakistan's progress, agreed a
// loan", "citing fierce opposition by West Germany"), no act toward it.
func citing(s nlp.Sentence, v int) bool {
	return v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "cite")
}

// actChargedHeads (lemmas) name, with a gerund after them, an act done
// and charged: "guilty of killing", "responsible for bombing".
var actChargedHeads = map[string]bool{"guilty": true, "responsible": true, "culpable": true, "blame": true}

// announcingVerbs (lemmas) make a plan or a decision public;
// announcedIntent maps the nouns of plans and decisions (lemmas) to the
// intent verb that the announcement states ("announced plans to" is
// "plans to").
var (
	announcingVerbs = map[string]bool{"announce": true, "unveil": true, "reveal": true, "disclose": true}
	announcedIntent = map[string]string{"plan": "plan", "intention": "intend", "decision": "decide"}
)

// statingVerbs (lemmas) state, with a noun of intent as their object, the
// intent of their subject: "had no plans to meet", "made an offer to
// mediate", "announced plans to visit", "renewed its offer to go to the
// court", "won an order to supply Malaysia" ("say": "said his agency
// plans to send a mission", the verb "plans" parsed as the object of
// "said").
var statingVerbs = map[string]bool{
	"have": true, "make": true, "announce": true, "unveil": true, "outline": true, "reveal": true, "win": true,
	"confirm": true, "renew": true, "repeat": true, "reiterate": true, "submit": true, "present": true,
	"table": true, "launch": true, "issue": true, "say": true,
	// "expressed its willingness to negotiate", "signalled his
	// intention to meet Gorbachev".
	"express": true, "state": true, "signal": true, "indicate": true, "voice": true, "declare": true, "reaffirm": true,
}

// subjunctive reports whether clause verb u is a bare verb without
// auxiliary or infinitive marker ("demanded that Syria withdraw").
func subjunctive(s nlp.Sentence, u int) bool {
	t := s.Tokens[u]
	if t.XPOS != "VB" && !((t.XPOS == "VBD" || t.XPOS == "VBP") && strings.EqualFold(t.Text, t.Lemma) &&
		!strings.HasSuffix(strings.ToLower(t.Text), "ed")) {
		// (A bare form the tagger read as past or present:
		// "demanded that the United States extradite the cleric".)
		return false
	}
	bare := true
	children(s, u, func(k int) bool {
		switch s.Tokens[k].Rel {
		case "aux", "aux:pass":
			bare = false
		case "mark":
			if lowerText(s, k) == "to" {
				bare = false
			}
		}
		return bare
	})
	return bare
}

// impliedClause reports whether verb v is "suggest" with a complement
// clause of fact or possibility, not a mandative one: no bare verb
// (subjunctive), no base-form "be" without a modal ("suggested
// representatives be granted seats"; "might be" is possibility) and no
// "should", "must" or "ought" in it.
func (s *sentence) impliedClause(v int) bool {
	if v < 0 || !strings.EqualFold(s.Tokens[v].Lemma, "suggest") {
		return false
	}
	c := childRel(s.Sentence, v, "ccomp")
	if c < 0 {
		// "reports suggesting the administration might sell bonds"
		// with the clause's subject parsed as the object: a modal or
		// a finite verb of fact follows it.
		o := childRel(s.Sentence, v, "obj")
		if o < 0 || o+1 >= len(s.Tokens) {
			return false
		}
		n := s.Tokens[o+1]
		return n.XPOS == "MD" || n.XPOS == "VBZ" || n.XPOS == "VBD" || n.XPOS == "VBP" && strings.EqualFold(n.Lemma, "be")
	}
	if subjunctive(s.Sentence, c) {
		return false
	}
	mandate, modal, baseBe := false, false, false
	children(s.Sentence, c, func(k int) bool {
		switch s.Tokens[k].Rel {
		case "aux", "aux:pass", "cop":
			switch lowerText(s.Sentence, k) {
			case "should", "must", "ought":
				mandate = true
			case "be":
				baseBe = baseBe || s.Tokens[k].XPOS == "VB"
			default:
				modal = modal || s.Tokens[k].XPOS == "MD"
			}
		}
		return !mandate
	})
	return !mandate && !(baseBe && !modal)
}

// denied reports whether the clause of verb v, or the clause whose open
// complements it is part of ("was planning to invade"), is the
// complement of a denial verb.
func denied(s nlp.Sentence, v int) bool {
	if v < 0 {
		return false
	}
	u := clauseVerb(s, v)
	for steps := 0; steps < len(s.Tokens) && s.Tokens[u].Rel == "xcomp"; steps++ {
		h := s.Tokens[u].Head - 1
		if h < 0 || h >= len(s.Tokens) {
			return false
		}
		u = h
	}
	if s.Tokens[u].Rel != "ccomp" {
		return false
	}
	h := s.Tokens[u].Head - 1
	return h >= 0 && h < len(s.Tokens) && denialVerbs[strings.ToLower(s.Tokens[h].Lemma)]
}

// controllerVerb returns the verb whose complement the clause of verb v
// is (see controller): "threatened" for "attack" in "threatened on
// Friday to attack"; -1 when controller finds none.
func controllerVerb(s nlp.Sentence, v int) int {
	if controller(s, v) == "" {
		return -1
	}
	h := s.Tokens[sharedConjunctHead(s, clauseVerb(s, v))].Head - 1
	if h < 0 || h >= len(s.Tokens) {
		return -1
	}
	return h
}

// objectControlled reports whether verb c (0-based; -1 for none) has an
// object, not a reflexive one, with a word at byte offset start: the
// party its infinitive's act is asked or expected of ("wants Congress
// to approve the aid"; not "committed itself to helping Manila").
func (s *sentence) objectControlled(c, start int) bool {
	found := false
	if c < 0 {
		return false
	}
	children(s.Sentence, c, func(k int) bool {
		if r := s.Tokens[k].Rel; (r == "obj" || r == "iobj") && !strings.HasSuffix(lowerText(s.Sentence, k), "self") && !strings.HasSuffix(lowerText(s.Sentence, k), "selves") {
			for j := range s.Tokens {
				found = found || s.Tokens[j].Start == start && inSubtreeOf(s.Sentence, j, k)
			}
		}
		return !found
	})
	return found
}

// askedOfOther reports whether the clause of verb v is the purpose of a
// clause that is itself asked or wanted of another party, up to three
// clauses up ("Cafod wants Britain to use its influence to pressure the
// US", "urged Tokyo to cut tariffs in order to help US exporters"): the
// act, the means of what was asked for, is asked for too, not done
// (GUIDELINES sec. 4: a demanded act is hypothetical). The source, at
// byte offset start, must be the party asked, the object of the appeal
// or wish, as objectControlled decides for the act asked directly.
func (s *sentence) askedOfOther(v, start int) bool {
	u := sharedConjunctHead(s.Sentence, clauseVerb(s.Sentence, v))
	for n := 0; n < 3; n++ {
		if r := s.Tokens[u].Rel; r != "xcomp" && !(r == "advcl" && markedTo(s.Sentence, u)) {
			return false
		}
		h := s.Tokens[u].Head - 1
		if h < 0 || h >= len(s.Tokens) || s.Tokens[h].UPOS != "VERB" {
			return false
		}
		switch c := controller(s.Sentence, h); {
		case appealVerbs[c], c == "demand", intentVerbs[c]:
			return s.objectControlled(controllerVerb(s.Sentence, h), start)
		case c != "":
			return false
		}
		u = sharedConjunctHead(s.Sentence, h)
	}
	return false
}

// passiveController reports whether the verb controlling the clause of
// verb v is passive ("is expected to visit", "was scheduled to meet").
func passiveController(s nlp.Sentence, v int) bool {
	c := controllerVerb(s, v)
	if c < 0 {
		return false
	}
	pass := false
	children(s, c, func(k int) bool {
		pass = s.Tokens[k].Rel == "aux:pass"
		return !pass
	})
	return pass
}

// markedFrom reports whether clause verb u is marked by "from" ("from
// attending").
func markedFrom(s nlp.Sentence, u int) bool { return markedWith(s, u, "from") }

// markedTo reports whether clause verb u is an infinitive marked by "to".
func markedTo(s nlp.Sentence, u int) bool { return markedWith(s, u, "to") }

// markedWith reports whether clause verb u has the marker word w.
func markedWith(s nlp.Sentence, u int, w string) bool {
	found := false
	children(s, u, func(k int) bool {
		found = s.Tokens[k].Rel == "mark" && lowerText(s, k) == w
		return !found
	})
	return found
}

// Verbs whose open complement is an act that has not happened: a threat
// of it, a refusal of it, or an intent, plan or wish to do it.
var (
	threatVerbs = map[string]bool{"threaten": true}
	appealVerbs = map[string]bool{
		"urge": true, "ask": true, "call": true, "press": true, "encourage": true, "invite": true,
		"persuade": true, "appeal": true, "request": true, "beg": true, "implore": true, "exhort": true,
		"challenge": true, "advise": true, "pressure": true, "pressurize": true, "lobby": true,
		"order": true, "instruct": true, "command": true, "direct": true, "authorize": true,
		"authorise": true, "tell": true,
	}
	refusalVerbs = map[string]bool{"refuse": true, "fail": true, "decline": true, "unwilling": true}
	// reluctanceVerbs, negated, say the act will be done ("would not
	// hesitate to strike").
	reluctanceVerbs = map[string]bool{"hesitate": true}
	// demandVerbs take a mandative complement clause: what they demand
	// has not happened.
	demandVerbs = map[string]bool{
		"demand": true, "insist": true, "request": true, "propose": true, "urge": true, "recommend": true,
		"ask": true, "suggest": true,
	}
	// vowVerbs commit their subject to their complement: a vow of
	// force is a threat.
	vowVerbs = map[string]bool{"vow": true, "pledge": true, "promise": true, "swear": true}
	// readyWords are the adjectives of readiness among intentVerbs that
	// make an intent to coerce a threat ("is ready to impose sanctions").
	readyWords = map[string]bool{"ready": true, "prepared": true, "determined": true}
	// denialVerbs deny that their complement clause happened.
	denialVerbs = map[string]bool{"deny": true, "dismiss": true, "refute": true, "rebut": true}
	intentVerbs = map[string]bool{
		"plan": true, "intend": true, "want": true, "hope": true, "seek": true, "aim": true,
		"vow": true, "pledge": true, "promise": true, "prepare": true, "expect": true,
		"propose": true, "wish": true, "mean": true, "decide": true, "agree": true, "offer": true,
		// Commitment: "Saudi Arabia is committed to cooperating with its
		// OPEC partners", "Japan committed itself to helping Manila".
		"commit": true, "committed": true,
		// Trying, as seeking, when still to come (attemptVerbs):
		// "would try to work with parliament".
		"try": true, "attempt": true,
		// Adjectives of readiness: "Russia is ready to hold talks".
		"ready": true, "willing": true, "prepared": true, "eager": true, "keen": true, "determined": true,
	}
)

// addFlag returns fl with f added, in canonical order.
func addFlag(fl event.Flags, f event.Flag) event.Flags {
	if slices.Contains(fl, f) {
		return fl
	}
	var out event.Flags
	for _, g := range event.AllFlags {
		if g == f || slices.Contains(fl, g) {
			out = append(out, g)
		}
	}
	return out
}

// arrivalVerbs are the lemmas of verbs of travel whose destination, a
// place in another country than the traveller's, makes the journey a
// visit to that country (CAMEO 042), with the prepositions that name the
// destination: "arrived in Canberra", "flew to Moscow". "Went to",
// "came to" and "returned to" are left out: in news they tell life
// stories and homecomings more often than visits.
var arrivalVerbs = map[string][]string{
	"arrive": {"in", "at"}, "land": {"in", "at"}, "fly": {"to"}, "travel": {"to"},
	"head": {"to"},
}

// sharedClauseHead returns the verb whose time verb v shares: the head of
// a participial adverbial clause ("..., killing 18 people") or of a
// conjoined verb ("stormed the building and seized hostages"); -1
// otherwise.
func sharedClauseHead(s nlp.Sentence, v int) int {
	t := s.Tokens[v]
	h := t.Head - 1
	if h < 0 || h >= len(s.Tokens) || !verbal(s, h) {
		return -1
	}
	switch {
	case t.Rel == "advcl" && t.XPOS == "VBG" && !hasChild(s, v, "mark"):
	case t.Rel == "conj" && t.XPOS == s.Tokens[h].XPOS:
	default:
		return -1
	}
	return h
}

// hasChild reports whether token v has a dependent with relation rel.
func hasChild(s nlp.Sentence, v int, rel string) bool {
	found := false
	children(s, v, func(k int) bool {
		found = s.Tokens[k].Rel == rel
		return !found
	})
	return found
}

// sportsResult reports whether verb v reports a match result: a verb of
// winning or losing in a sentence that gives a score ("Brazil beat
// Argentina 1-0"). Teams are named after their countries; the match is no
// political event.
func sportsResult(s nlp.Sentence, v int) bool {
	if v < 0 {
		return false
	}
	switch strings.ToLower(s.Tokens[v].Lemma) {
	case "beat", "defeat", "thrash", "edge", "rout", "crush", "draw", "tie", "lose", "win", "overcome", "down":
	default:
		return false
	}
	toks := s.Tokens
	for i := 0; i+2 < len(toks); i++ {
		// The tokenizer splits "1-0" into "1", "-", "0".
		if goals(toks[i].Text) && (toks[i+1].Text == "-" || toks[i+1].Text == "\u2013") && goals(toks[i+2].Text) &&
			!toks[i].SpaceAfter && !toks[i+1].SpaceAfter {
			return true
		}
	}
	return false
}

// goals reports whether w is one or two digits.
func goals(w string) bool {
	if w == "" || len(w) > 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// motionVisit reports whether event e of verb v is travel to another
// country: a verb of arrivalVerbs or "go"/"come", coded 040, 036 or (not
// for the military) 154, whose target is a resolved place mention outside
// the source's country.
func motionVisit(s *sentence, v int, e event.Event) bool {
	if v < 0 || e.Target == nil || len(e.Source.Code) < 3 {
		return false
	}
	switch e.CAMEO {
	case "040", "036":
	case "154":
		if len(e.Source.Code) >= 6 && e.Source.Code[3:6] == "MIL" {
			return false // warplanes flying into a country
		}
	default:
		return false
	}
	if !travelVerb(s.Sentence, v) {
		return false
	}
	for _, m := range s.places {
		if m.Resolved && (m.Start <= e.Target.Start && e.Target.End <= m.End || e.Target.Start <= m.Start && m.End <= e.Target.End) {
			return m.Place.Country != "" && m.Place.Country != e.Source.Code[:3]
		}
	}
	// "Lubbers flew to West Germany": a destination named as a
	// country the places package does not resolve (a state of the
	// time), coded as the bare country actor.
	return e.CAMEO == "036" && len(e.Target.Code) == 3 && string(e.Target.Country) == e.Target.Code &&
		e.Target.Code != e.Source.Code[:3]
}

// carriedFlight reports whether verb v is "fly" with a direct object:
// "flew them to Cairo", "flew the troops home" carry people or goods,
// which is no intent to meet the destination (Phoenix's "fly to", 036).
func carriedFlight(s nlp.Sentence, v int) bool {
	return v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "fly") && hasChild(s, v, "obj")
}

// travelVerb reports whether verb v is one of travel: "go", "come" or
// one of arrivalVerbs.
func travelVerb(s nlp.Sentence, v int) bool {
	if v < 0 {
		return false
	}
	l := strings.ToLower(s.Tokens[v].Lemma)
	_, ok := arrivalVerbs[l]
	return ok || l == "go" || l == "come"
}

// gatheringNouns (lemmas) name gatherings held at a venue: a journey
// "for" one goes to the gathering, not to meet the host (see venueTrip).
var gatheringNouns = map[string]bool{
	"meeting": true, "conference": true, "summit": true, "session": true, "congress": true,
	"forum": true, "seminar": true, "symposium": true, "convention": true, "assembly": true,
}

// venueTrip reports whether travel verb v has a "for" phrase naming a
// gathering without a party to meet ("came to Geneva for a meeting
// organised by the forum"): the city is a venue, and the journey no
// meeting with or visit to its country. ("Flew to Moscow for a meeting
// with Gorbachev" names the party and stays.)
func venueTrip(s nlp.Sentence, v int) bool {
	found := false
	children(s, v, func(k int) bool {
		if s.Tokens[k].Rel != "obl" || !gatheringNouns[strings.ToLower(s.Tokens[k].Lemma)] || !hasCaseWord(s, k, "for") {
			return true
		}
		found = true
		children(s, k, func(m int) bool {
			if hasCaseWord(s, m, "with") || hasCaseWord(s, m, "between") {
				found = false
			}
			return found
		})
		return !found
	})
	return found
}

// privateTravel reports whether travel event e is the journey of private
// people ("a Jordanian student came to the United
// States", "refugees came to Germany"): a move, not a visit between
// states.
func privateTravel(e event.Event) bool {
	if strings.HasPrefix(e.Source.Code, "IGO") {
		return false // "the IMF mission" (IGOBUSIMF) travels for its members
	}
	for _, r := range []string{"CVL", "REF", "EDU", "BUS", "PPL", "LAB", "CRM", "MED", "HLH", "AGR"} {
		if hasRole(e.Source.Code, r) {
			return true
		}
	}
	return false
}

// arrivals returns the visits (042) of the sentence that the dictionaries
// cannot see, because their target is a place, not an actor: a verb of
// arrival or travel whose subject is a coded actor and whose destination
// is a resolved place in another country ("Chinese Premier Li Keqiang
// arrived in Canberra" → CHNGOV AUS 042). Returning home is not a visit.
func arrivals(s *sentence) []coder.Event {
	var out []coder.Event
	toks := s.Tokens
	for _, m := range s.places {
		if !m.Resolved || m.Place.Country == "" {
			continue
		}
		v := destinationVerb(s.Sentence, m)
		if v < 0 {
			continue
		}
		preps, ok := arrivalVerbs[strings.ToLower(toks[v].Lemma)]
		if !ok || !slices.Contains(preps, m.Prep) {
			continue
		}
		subj := nominalSubject(s.Sentence, v)
		h := toks[v].Head - 1
		switch {
		case subj >= 0 && toks[v].Rel == "acl:relcl" && toks[subj].XPOS == "WP" && h >= 0:
			// "Kerry, who arrived in Cairo on Sunday, urged ...": the
			// noun the relative pronoun stands for.
			subj = h
		case subj < 0 && toks[v].XPOS == "VBG" && toks[v].Rel == "advcl" && h >= 0:
			// "Arriving in Cairo on Sunday, Kerry urged ...": the
			// participle's subject is its clause's.
			subj = nominalSubject(s.Sentence, h)
		}
		if subj < 0 {
			continue
		}
		a, ok := actors.At(s.actors, subj+1)
		if !ok {
			// "A delegation from North Korea arrived": the actor the
			// travellers come from or belong to.
			children(s.Sentence, subj, func(k int) bool {
				switch r := toks[k].Rel; {
				case strings.HasPrefix(r, "nmod"), r == "amod", r == "compound":
					a, ok = actors.At(s.actors, k+1)
				}
				return !ok
			})
		}
		if !ok || len(a.Code) < 3 || strings.HasPrefix(a.Code, nullActor) || a.Code[:3] == m.Place.Country {
			continue
		}
		out = append(out, placeEvent(a, m, toks[v], "042"))
	}
	return out
}

// nominalSubject returns the first nominal subject (nsubj) of token v,
// or -1.
func nominalSubject(s nlp.Sentence, v int) int {
	subj := -1
	children(s, v, func(k int) bool {
		if s.Tokens[k].Rel == "nsubj" {
			subj = k
		}
		return subj < 0
	})
	return subj
}

// placeEvent returns the event code of actor a at place m (its country
// the target), told by verb v.
func placeEvent(a actors.Mention, m places.Mention, v nlp.Token, code string) coder.Event {
	return coder.Event{
		Source: a.Code, Target: m.Place.Country, Code: code,
		SourceSpan: coder.Span{Start: a.Start, End: a.End},
		TargetSpan: coder.Span{Start: m.Start, End: m.End},
		VerbSpan:   coder.Span{Start: v.Start, End: v.End},
	}
}

// talksMeasures (lower case) count or group talks: "two days of talks",
// "a new round of negotiations", "a series of meetings".
var talksMeasures = map[string]bool{
	"day": true, "days": true, "hours": true, "week": true, "weeks": true,
	"round": true, "rounds": true, "series": true,
}

// talksObject reports whether token k (0-based) is the object of its
// verb naming talks: a talks noun ("held talks"), or a measure of talks
// (talksMeasures) with its "of" phrase ("began two days of economic
// talks", "opened a new round of negotiations").
func (s *sentence) talksObject(k int) bool {
	if s.Tokens[k].Rel != "obj" {
		return false
	}
	w := strings.ToLower(s.Tokens[k].Text)
	if talksNouns[w] {
		return true
	}
	if !talksMeasures[w] {
		return false
	}
	found := false
	children(s.Sentence, k, func(c int) bool {
		found = s.Tokens[c].Rel == "nmod" && talksNouns[strings.ToLower(s.Tokens[c].Text)] && hasCaseWord(s.Sentence, c, "of")
		return !found
	})
	return found
}

// talksAbroad returns the talks held in another country that the
// dictionaries cannot see, because the host is a place, not an actor: a
// verb of meeting, or a verb whose object is talks or a meeting, with an
// "in" place in another country than its subject's, the subject being
// one state's coded actor ("UK Foreign Secretary Jack Straw held talks
// in Beijing" → GBRGOV CHN 040, a visit once placed there). Talks of an
// organisation, of several parties or of private people ("OPEC
// ministers met in Vienna", "Britain and France held talks in Paris",
// "Boeing executives held talks in Beijing") are no talks with the host,
// and a verb the coder already found a meeting for keeps it.
func talksAbroad(s *sentence, evs []coder.Event) []coder.Event {
	var out []coder.Event
	toks := s.Tokens
	for _, m := range s.places {
		if !m.Resolved || m.Place.Country == "" || m.Prep != "in" {
			continue
		}
		h := mentionHead(s.Sentence, m)
		if h < 0 {
			continue
		}
		p := toks[h].Head - 1
		if p < 0 {
			continue
		}
		v := -1
		switch {
		case s.talksObject(p):
			v = toks[p].Head - 1 // "held talks in Beijing", "a round of talks in Bonn"
		case talksNouns[strings.ToLower(toks[p].Text)] && toks[p].Rel == "nmod" && toks[p].Head > 0 && s.talksObject(toks[p].Head-1):
			v = toks[toks[p].Head-1].Head - 1 // "began two days of talks in Bonn"
		case verbal(s.Sentence, p) && meetVerbs[strings.ToLower(toks[p].Lemma)]:
			v = p // "met in Beijing", "will meet in Moscow"
		case verbal(s.Sentence, p):
			// "held talks in Beijing" with the place on the verb.
			children(s.Sentence, p, func(k int) bool {
				if s.talksObject(k) {
					v = p
				}
				return v < 0
			})
		}
		if v < 0 || v >= len(toks) || !meetVerbs[strings.ToLower(toks[v].Lemma)] && !holdVerbs[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		met := false
		for _, e := range evs {
			if e.VerbSpan.Start == toks[v].Start && strings.HasPrefix(e.Code, "04") && len(e.Target) >= 3 && !strings.HasPrefix(e.Target, nullActor) {
				met = true
			}
		}
		if met {
			continue
		}
		subj := nominalSubject(s.Sentence, v)
		if subj >= 0 && toks[subj].XPOS == "WP" && toks[v].Head > 0 && (toks[v].Rel == "acl:relcl" || toks[v].Rel == "parataxis") {
			subj = toks[v].Head - 1 // "Straw, who will hold talks in Beijing"
		}
		if subj < 0 {
			continue
		}
		conj := false
		children(s.Sentence, subj, func(k int) bool {
			conj = toks[k].Rel == "conj"
			return !conj
		})
		a, ok := actors.At(s.actors, subj+1)
		if conj || !ok || len(a.Code) < 3 || strings.HasPrefix(a.Code, nullActor) || a.Code[:3] == m.Place.Country ||
			actors.NotCountry(a.Code[:3]) || privateTravel(event.Event{Source: event.Actor{Code: a.Code}}) {
			continue
		}
		out = append(out, placeEvent(a, m, toks[v], "040"))
	}
	return out
}

// tripTalks returns the talks a journey is made for, with the party
// named ("Sharif visited Kabul for talks with Afghan President Ashraf
// Ghani" → PAKGOV AFGGOV 046), and makes the journey's own event whose
// target is the place of that party's country, coded as talks by
// Phoenix's "VISIT - * (FOR TALKS)", the visit to that country (042):
// the traveller visits the country and talks with its leader. The
// traveller is the coded subject of a verb of travel, visiting or
// leaving (tripVerb), the party a coded "with" phrase of its "for talks"
// or "for a meeting"; a list of parties ("for talks with creditor banks
// and the IMF") gives one event per member, which the dictionaries
// cannot see behind the journey's own target.
func tripTalks(s *sentence, evs []coder.Event) []coder.Event {
	var out []coder.Event
	toks := s.Tokens
	for n := range toks {
		if toks[n].Rel != "obl" || !nlp.LowerLookup(talksNouns, toks[n].Text) {
			continue
		}
		code := nominalCodes.Get(toks[n].Lemma)
		v := toks[n].Head - 1
		if code == "" || v < 0 || !hasCaseWord(s.Sentence, n, "for") || !tripVerb(s.Sentence, v) {
			continue
		}
		with := -1
		children(s.Sentence, n, func(k int) bool {
			if toks[k].Rel == "nmod" && hasCaseWord(s.Sentence, k, "with") {
				with = k
			}
			return with < 0
		})
		subj := nominalSubject(s.Sentence, v)
		if with < 0 || subj < 0 {
			continue
		}
		a, okA := actors.At(s.actors, subj+1)
		// (A traveller whose code came from the context may have taken
		// the destination's country: "Economy Minister Juan
		// Sourrouille was heading for Washington".)
		if !okA || a.Kind == actors.Agent && a.Resolved || len(a.Code) < 3 || strings.HasPrefix(a.Code, nullActor) {
			continue
		}
		for _, p := range s.coordinated(with) {
			if len(p.Members) > 0 || a.Code[:3] == p.Code[:3] {
				continue
			}
			e := mentionEvent(a, p, code, toks[n])
			if coded(evs, e) || coded(out, e) {
				continue
			}
			for i := range evs {
				if x := &evs[i]; x.VerbSpan.Start == toks[v].Start && x.Source == a.Code && strings.HasPrefix(x.Code, "04") && x.Target == p.Code[:3] {
					x.Code = "042"
				}
			}
			out = append(out, e)
		}
	}
	return out
}

// tripVerb reports whether verb v makes a journey that talks can be its
// purpose of: a verb of travel or arrival, "visit", or "leave" ("leaves
// for Washington on April 29 for talks with President Reagan").
func tripVerb(s nlp.Sentence, v int) bool {
	l := strings.ToLower(s.Tokens[v].Lemma)
	return travelVerb(s, v) || l == "visit" || l == "leave"
}

// hadNouns (lemmas) are the talks, meetings, calls and contacts that "have" carries
// as a light verb.
var hadNouns = map[string]bool{
	"talk": true, "negotiation": true, "discussion": true, "meeting": true, "consultation": true,
	"call": true, "conversation": true, "contact": true,
}

// hadTalks reports whether verb v ("have") carries talks, a meeting or a
// call as its object (hadNouns): "had talks with Moi", "agreed to have
// another round of talks".
func (s *sentence) hadTalks(v int) bool {
	found := false
	children(s.Sentence, v, func(k int) bool {
		if s.Tokens[k].Rel != "obj" {
			return true
		}
		l := strings.ToLower(s.Tokens[k].Lemma)
		found = hadNouns[l] || roundNouns[l] && dependentIn(s.Sentence, k, "nmod", hadNouns)
		return !found
	})
	return found
}

// refusedAct reports whether verb v heads the infinitive of a noun of
// refusal (refusalNouns), by the words: the word before the clause's
// first word (its "to") is such a noun: "the banks' refusal to make
// concessions to Brazil", "Mr Blair's refusal to accept the Tories'
// proposals". The refusal is an event named by a noun only, and the act
// refused did not happen (GUIDELINES sec. 1).
func (s *sentence) refusedAct(v int) bool {
	toks := s.Tokens
	start := v
	children(s.Sentence, v, func(k int) bool {
		if toks[k].Rel == "mark" && k < start {
			start = k
		}
		return true
	})
	k := start - 1
	return start < v && strings.EqualFold(toks[start].Text, "to") && k >= 0 && toks[k].UPOS != "VERB" && toks[k].UPOS != "AUX" &&
		refusalNouns[strings.ToLower(toks[k].Text)]
}

// refusalNouns (lower case) name a refusal, whose infinitive is no act.
var refusalNouns = map[string]bool{"refusal": true, "reluctance": true, "unwillingness": true}

// madeNouns (lemmas) are the acts that "make" carries as a light verb:
// the nouns of the MAKE patterns of the verb dictionaries.
var madeNouns = map[string]bool{
	"visit": true, "trip": true, "stop": true, "call": true, "apology": true, "appeal": true,
	"request": true, "proposal": true, "offer": true, "promise": true, "pledge": true,
	"commitment": true, "complaint": true, "protest": true, "threat": true, "concession": true,
	"peace": true, "progress": true, "contribution": true, "move": true, "preparation": true,
	"venture": true,
}

// madeAct reports whether verb v ("make") carries an act of madeNouns
// or lightNounCodes as its object, without a particle ("make up demand" is none) and
// without an infinitive of its own ("made a pledge to withdraw its
// troops" is the intent to withdraw, which the infinitive's verb codes).
func (s *sentence) madeAct(v int) bool {
	if childRel(s.Sentence, v, "compound:prt") >= 0 {
		return false
	}
	o := -1
	children(s.Sentence, v, func(k int) bool {
		l := strings.ToLower(s.Tokens[k].Lemma)
		if _, light := lightNounCodes[l]; s.Tokens[k].Rel == "obj" && (madeNouns[l] || light) {
			o = k
		}
		return o < 0
	})
	if o < 0 {
		return false
	}
	infinitive := false
	children(s.Sentence, o, func(k int) bool {
		infinitive = s.Tokens[k].Rel == "acl" && s.Tokens[k].UPOS == "VERB" && childRel(s.Sentence, k, "mark") >= 0 &&
			strings.EqualFold(s.Tokens[childRel(s.Sentence, k, "mark")].Text, "to")
		return !infinitive
	})
	return !infinitive
}

// talksNouns (lower case) are the talks and meetings that, held in a
// foreign country, are held with it; meetVerbs (lemmas) are the verbs of
// meeting.
var (
	talksNouns = map[string]bool{
		"talks": true, "meeting": true, "meetings": true, "negotiations": true, "discussions": true,
		"consultations": true,
	}
	meetVerbs = map[string]bool{"meet": true, "confer": true}
	// holdVerbs (lemmas) hold talks; attending, boycotting or
	// mentioning a meeting abroad is none with the host ("attend a
	// meeting in Managua").
	holdVerbs = map[string]bool{
		"hold": true, "have": true, "open": true, "begin": true, "start": true, "resume": true,
		"conduct": true, "continue": true, "face": true, "complete": true, "conclude": true,
	}
)

// destinationVerb returns the verb place mention m is the destination
// of: the verb its head hangs on, directly or as the apposition or name
// part of a noun that does ("arrived in the Egyptian capital, Cairo");
// -1 when it hangs on a noun ("arrived for talks on a ceasefire in
// Gaza": Gaza is where the ceasefire is, not where the traveller goes).
func destinationVerb(s nlp.Sentence, m places.Mention) int {
	t := mentionHead(s, m)
	for steps := 0; t >= 0 && steps < len(s.Tokens); steps++ {
		h := s.Tokens[t].Head - 1
		if h < 0 || h >= len(s.Tokens) {
			return -1
		}
		if verbal(s, h) {
			return h
		}
		switch s.Tokens[t].Rel {
		case "appos", "flat", "compound":
			t = h
		default:
			return -1
		}
	}
	return -1
}

// destination returns the place a visit (042) goes to when its target is
// a place mention of the sentence ("flew to Moscow") or a phrase going
// "to" one ("paid a visit to Beijing"): a directional
// mention never locates other events, but a visit happens where it goes,
// and so does an armed act on a place ("missiles struck Kyiv").
func destination(mentions []places.Mention, e event.Event) (places.Mention, bool) {
	if e.Target == nil {
		return places.Mention{}, false
	}
	inside := false // a place inside the target's phrase counts
	to := false     // a place the target's phrase goes "to" counts
	switch {
	case e.CAMEO == "042":
		// "began a three-day visit to Beijing", "paid a visit to
		// Moscow": the visit's phrase, coded by its destination,
		// is the target.
		to = true
	case strings.HasPrefix(e.CAMEO, "18"), strings.HasPrefix(e.CAMEO, "19"), strings.HasPrefix(e.CAMEO, "20"):
		// "Russian missiles struck Kyiv": an attack on a place is
		// there, and so is one on what a town or region holds
		// ("shelled the Ukrainian city of Kharkiv", "a Hamas post in
		// Gaza"; not "retaliate against U.S. goods").
		inside = true
	default:
		return places.Mention{}, false
	}
	best, found := places.Mention{}, false
	for _, m := range mentions {
		if m.Resolved && (m.Start <= e.Target.Start && e.Target.End <= m.End ||
			e.Target.Start <= m.Start && m.End <= e.Target.End && (inside && m.Place.Resolution != places.Country || to && m.Prep == "to")) {
			if !found || to && len(e.Target.Code) >= 3 && m.Place.Country == e.Target.Code[:3] && best.Place.Country != m.Place.Country {
				// "trips to Saudi Arabia, the United States and
				// Paris": the visit to each country is placed there.
				best, found = m, true
			}
		}
	}
	return best, found
}

// spanHead returns the token of span sp whose head lies outside it (the
// phrase's head), or -1.
func spanHead(s nlp.Sentence, sp coder.Span) int {
	for k, t := range s.Tokens {
		if t.Start < sp.Start || t.End > sp.End {
			continue
		}
		h := t.Head - 1
		if h < 0 || h >= len(s.Tokens) || s.Tokens[h].Start < sp.Start || s.Tokens[h].End > sp.End {
			return k
		}
	}
	return -1
}

// peerRoles are the roles whose actors of one country stay distinct
// parties under one code: opposition parties ("the Liberal Democrats"
// and "the Tories" are both GBROPP), rebel groups, civilians, criminals,
// religious groups. Within a government, legislature or force one code
// is one actor, whose internal affairs are not events.
var peerRoles = map[string]bool{
	"OPP": true, "PTY": true, "REB": true, "INS": true, "UAF": true, "CVL": true, "PPL": true,
	"CRM": true, "REL": true,
}

// distinctPeers reports whether the source and target of an event with
// one code for both are two distinct actors: phrases of their own (no
// pronoun or reference back; an agent may take its country from the
// context) with different head words, in a role whose actors stay
// distinct (see peerRoles). "The Liberal Democrats accused the Tories",
// "the mob lynched a miner", "clashes between Moslems and Christians".
func (s *sentence) distinctPeers(ce coder.Event) bool {
	if len(ce.Source) != 6 || !peerRoles[ce.Source[3:]] {
		return false
	}
	sh, th := spanHead(s.Sentence, ce.SourceSpan), spanHead(s.Sentence, ce.TargetSpan)
	if sh < 0 || th < 0 || sh == th || strings.EqualFold(s.Tokens[sh].Text, s.Tokens[th].Text) {
		return false
	}
	var names [2]string
	for i, sp := range [2]coder.Span{ce.SourceSpan, ce.TargetSpan} {
		m, ok := s.namedIn(sp)
		if !ok || m.Resolved && m.Kind != actors.Agent || m.Kind == actors.Pronoun || m.Kind == actors.Nominal {
			return false
		}
		names[i] = partyName(s.text[m.Start:m.End])
	}
	// "The Liberal Democrats backed Tory demands": the name of a thing's
	// owner is the party; one party's own people ("Tory MPs criticised
	// Tory plans") are no peers.
	return names[0] != names[1]
}

// rivalParties reports whether the source and target of event ce, which
// have one code, name two different parties (see actors.PartyIn): "the
// Tories say the Lib Dems would raise taxes", "the Liberal Democrat
// leader said the Conservatives were relying on fear". A person named
// without a party ("Michael Howard said the Tories would cut taxes") may
// speak of his own.
func (s *sentence) rivalParties(ce coder.Event) bool {
	var names [2]string
	for i, sp := range [2]coder.Span{ce.SourceSpan, ce.TargetSpan} {
		m, ok := s.namedIn(sp)
		if !ok || m.Resolved || m.Kind != actors.Named {
			return false
		}
		if names[i] = actors.PartyIn(m.Text); names[i] == "" {
			return false
		}
	}
	return names[0] != names[1]
}

// coercedPerson reports whether event ce, whose source and target have
// one code, is a body (authorities, police, a court: a common noun)
// arresting, detaining, charging, jailing or sentencing a person named in
// the sentence (172, 173): "Turkish authorities detained Istanbul Mayor
// Ekrem Imamoglu" is no act of the government on itself, though a mayor
// is coded as government too.
func (s *sentence) coercedPerson(ce coder.Event) bool {
	if !strings.HasPrefix(ce.Code, "172") && !strings.HasPrefix(ce.Code, "173") {
		return false
	}
	sh, th := spanHead(s.Sentence, ce.SourceSpan), spanHead(s.Sentence, ce.TargetSpan)
	if sh < 0 || th < 0 || sh == th || s.Tokens[sh].UPOS != "NOUN" || s.Tokens[th].UPOS != "PROPN" {
		return false
	}
	m, ok := s.namedIn(ce.TargetSpan)
	return ok && m.Kind == actors.Named && !m.Resolved && len(m.Members) == 0
}

// ownPartyMPs reports whether event ce is a party's members of parliament
// acting on their own party ("Tory MPs criticised Tory plans"): the
// legislators (LEG) and the party (a peer role, see peerRoles) of one
// country, named by one party name. A party's MPs are one actor with it,
// whose internal affairs are not events.
func (s *sentence) ownPartyMPs(ce coder.Event) bool {
	if len(ce.Source) != 6 || len(ce.Target) != 6 || ce.Source[:3] != ce.Target[:3] || ce.Source[3:] != "LEG" || !peerRoles[ce.Target[3:]] {
		return false
	}
	ms, ok := s.namedIn(ce.SourceSpan)
	if !ok {
		return false
	}
	mt, ok := s.namedIn(ce.TargetSpan)
	if !ok || mt.Kind == actors.Pronoun || mt.Kind == actors.Nominal {
		return false
	}
	return partyName(s.text[ms.Start:ms.End]) == partyName(s.text[mt.Start:mt.End])
}

// partyName returns the first capitalised word of a mention's text after
// any article and form of address, lower case: "liberal" for "the
// Liberal Democrats", "tory" for "Tory MPs", "hain" for "Mr Hain, a
// Labour MP" (a title names no party: "Mr Hain" and "Mr Howard" are not
// of one).
func partyName(text string) string {
	for _, w := range strings.Fields(text) {
		if w == "The" || w == "A" || w == "An" || w[0] < 'A' || w[0] > 'Z' || actors.Honorific(w) {
			continue
		}
		return strings.ToLower(w)
	}
	return strings.ToLower(text)
}

// pairIncludes reports whether the phrase of span sp stands for several
// actors ("they" after "the Bank of England and the Fed") one of which
// has the code code.
func (s *sentence) pairIncludes(sp coder.Span, code string) bool {
	h := spanHead(s.Sentence, sp)
	if h < 0 {
		return false
	}
	for _, m := range s.actors {
		if m.Head != h+1 {
			continue
		}
		for _, c := range m.Members {
			if c.Code == code {
				return true
			}
		}
	}
	return false
}

// namedIn returns the mention headed at the head of span sp, else the
// first mention that lies inside sp ("Tory" in "Tory demands").
func (s *sentence) namedIn(sp coder.Span) (actors.Mention, bool) {
	if h := spanHead(s.Sentence, sp); h >= 0 {
		if m, ok := actors.At(s.actors, h+1); ok {
			return m, true
		}
	}
	for _, m := range s.actors {
		if m.Start >= sp.Start && m.End <= sp.End {
			return m, true
		}
	}
	return actors.Mention{}, false
}

// mediaReport reports whether event ce is the media reporting someone
// else's act: "Hungary's state news agency MTI reported the arrest of a
// young man"
// is an arrest by someone the sentence does not name, not the agency's
// (Phoenix codes "report … arrest" as the reporter's arrest, which
// suits a police or government announcement). Statements (root 01)
// stay the reporter's own.
func (s *sentence) mediaReport(ce coder.Event) bool {
	if strings.HasPrefix(ce.Code, "01") {
		return false
	}
	v := spanHead(s.Sentence, ce.VerbSpan)
	if v < 0 || !strings.EqualFold(s.Tokens[v].Lemma, "report") {
		return false
	}
	code := ce.Source
	if h := spanHead(s.Sentence, ce.SourceSpan); h >= 0 {
		if m, ok := actors.At(s.actors, h+1); ok {
			code = m.Code // the record keeps one role: "HUNGOV" for "---GOVMED"
		}
	}
	return len(code) > 3 && strings.Contains(code[3:], "MED")
}

// reportedForce reports whether event ce is violence (roots 18 to 20)
// that a verb of saying carries: "Egypt said an attack by Israel on Gaza
// killed 12 people", "a spokesman told the news agency the latest
// attack was at 1250 GMT" (the dictionaries' REPORT * ATTACK) report
// someone's act; the speaker does not use force. (The police reporting
// an arrest made it.)
func (s *sentence) reportedForce(ce coder.Event) bool {
	if !rootIn(ce.Code, "18", "19", "20") {
		return false
	}
	v := spanHead(s.Sentence, ce.VerbSpan)
	return v >= 0 && sayingVerbs[strings.ToLower(s.Tokens[v].Lemma)]
}

// sayingVerbs (lemmas) report what someone said or made known.
var sayingVerbs = map[string]bool{
	"say": true, "tell": true, "report": true, "add": true, "state": true, "announce": true,
	"explain": true, "describe": true, "mention": true, "remark": true, "comment": true,
	"inform": true, "cite": true, "detail": true, "refer": true,
}

// statementNouns (lower case) name the texts that carry a statement to
// whom they are sent or made.
var statementNouns = map[string]bool{
	"statement": true, "statements": true, "report": true, "reports": true, "explanation": true,
}

// statementAddressee returns the head of the "to" phrase of token h
// (0-based) when h is a statement noun (statementNouns) with one ("a
// statement to Congress"), else -1.
func (s *sentence) statementAddressee(h int) int {
	if !statementNouns[strings.ToLower(s.Tokens[h].Text)] {
		return -1
	}
	a := -1
	children(s.Sentence, h, func(k int) bool {
		if strings.HasPrefix(s.Tokens[k].Rel, "nmod") && hasCaseWord(s.Sentence, k, "to") {
			a = k
		}
		return a < 0
	})
	return a
}

// statementAbout reports whether a generic statement (010: "X said Y
// ...", "X told Y") is about an actor: its target's phrase must be
// headed by an actor ("said Japan had done nothing"), not by a thing an
// actor word modifies ("said the Mexican debt-equity scheme was a
// success", "against the U.S. dollar"), and must not be the press the
// speaker talks to ("told reporters", "told Reuters"), nor a pronoun. A
// statement sent or issued to an actor ("sent a report to Congress") is
// about that actor, its addressee.
// Statements by or
// about companies ("The company said ...") are market news, not
// political events.
func (s *sentence) statementAbout(src, tgt string, span coder.Span) bool {
	if hasRole(tgt, "MED") || hasRole(src, "BUS") || hasRole(tgt, "BUS") ||
		strings.HasPrefix(src, "MNC") || strings.HasPrefix(tgt, "MNC") {
		return false
	}
	h := spanHead(s.Sentence, span)
	if h < 0 {
		return false
	}
	if a := s.statementAddressee(h); a >= 0 {
		// "issued a statement to Congress", "sent a report to
		// Congress": the party a statement is sent to is its target.
		h = a
	}
	if s.Tokens[h].UPOS == "PRON" {
		// "economists said they do not expect a recovery", "'They
		// have everyone's attention,' he said": a pronoun in what is
		// said stands mostly for the speakers or for whoever the
		// quote is about; a statement about it is no event.
		return false
	}
	if s.countedOrGeneric(h) {
		return false
	}
	m, ok := actors.At(s.actors, h+1)
	if ok && (m.Kind == actors.Agent || m.Kind == actors.Named) && m.First >= 1 && m.First <= len(s.Tokens) {
		// "he said many lawyers believed ...", "said some people were
		// in a state of denial", "said some Republicans were trying
		// to block the bill": an unspecified part of a group is no
		// identifiable actor (GUIDELINES, statements).
		switch strings.ToLower(s.Tokens[m.First-1].Text) {
		case "many", "some", "most", "several", "few", "numerous", "other", "certain":
			return false
		case "a", "an":
			if m.Kind == actors.Named {
				break // "told a House subcommittee"
			}
			// "A man was seriously injured ..., an ambulance
			// official said": an unnamed individual is no
			// identifiable actor either.
			return false
		}
	}
	return ok && m.Head == h+1
}

// ownCourse reports whether the phrase span is a thing of an actor's
// own that a campaign attack (coder.Event.Campaign) judges: a noun with
// the actor as its owner, before it or in an "of" phrase, or a noun in a
// phrase of the head noun with one ("said Mr Brown's golden rule had
// turned to dross", "said Labour's plans had failed", "said the personal
// ambition of Mr Blair was getting in the way of good government", "says
// the document offers only a return to a failed Tory past").
func (s *sentence) ownCourse(span coder.Span) bool {
	h := spanHead(s.Sentence, span)
	if h < 0 || s.Tokens[h].UPOS != "NOUN" {
		return false
	}
	owned := func(n int) bool {
		own := false
		children(s.Sentence, n, func(k int) bool {
			r := s.Tokens[k].Rel
			if (r == "nmod:poss" || r == "compound" || r == "nmod" && hasCaseWord(s.Sentence, k, "of")) && s.Tokens[k].UPOS == "PROPN" {
				m, ok := actors.At(s.actors, k+1)
				own = own || ok && m.Kind == actors.Named && m.Head == k+1
			}
			return !own
		})
		return own
	}
	if owned(h) {
		return true
	}
	found := false
	children(s.Sentence, h, func(k int) bool {
		found = s.Tokens[k].Rel == "nmod" && s.Tokens[k].UPOS == "NOUN" && owned(k)
		return !found
	})
	return found
}

// attributionNouns (lemmas) head the unnamed sources that news is
// attributed to ("officials said", "a spokesman said", "diplomatic
// sources said", "a government statement said").
var attributionNouns = map[string]bool{
	"official": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"source": true, "statement": true, "communique": true, "delegate": true,
	"diplomat": true, "aide": true,
}

// reducedRelative reports whether an event's verb v (its token, -1 for
// none) is a past participle modifying a noun ("an Iraqi civilian
// allegedly killed by UK troops", "the rebate, secured by Margaret
// Thatcher", "four Britons freed from US custody"): an act named in a
// reduced modifier is no event (GUIDELINES sec. 1). A noun heading the sentence has no verb of
// its own: its participle is the main verb misread ("Britain's trade
// minister left for Tokyo").
func (s *sentence) reducedRelative(v int) bool {
	if v < 0 || s.Tokens[v].Rel != "acl" || s.Tokens[v].XPOS != "VBN" {
		return false
	}
	h := s.Tokens[v].Head - 1
	return h >= 0 && s.Tokens[h].Rel != "root"
}

// studyVerbs (lemmas) look into something; Phoenix codes them as an
// investigation (090), which they are only of a party.
var studyVerbs = map[string]bool{
	"study": true, "examine": true, "re-examine": true, "analyse": true, "analyze": true,
	"explore": true, "research": true, "check": true, "review": true, "assess": true,
}

// studiedThing reports whether event ce, of verb token v, is an
// investigation (root 09) told by a verb of study whose object is a
// thing, not a party: a proposal, a decision, a position ("the bank was studying Philippine
// proposals for loans", "Analysing Mr Brown's position, the BBC's
// correspondent said"). Weighing what a party proposes or does is no
// investigation of the party.
func (s *sentence) studiedThing(ce coder.Event, v int) bool {
	if v < 0 || !rootIn(ce.Code, "09") || !studyVerbs[strings.ToLower(s.Tokens[v].Lemma)] {
		return false
	}
	h := spanHead(s.Sentence, ce.TargetSpan)
	if h < 0 {
		return false
	}
	m, ok := actors.At(s.actors, h+1)
	return !ok || m.Head != h+1
}

// commentatorNouns (lemmas) head the market and academic commentators
// the news quotes: economists, analysts, dealers.
var commentatorNouns = map[string]bool{
	"economist": true, "analyst": true, "dealer": true, "trader": true, "broker": true,
	"strategist": true, "observer": true, "commentator": true, "forecaster": true,
}

// viewVerbs (lemmas) state a view or a forecast.
var viewVerbs = map[string]bool{
	"say": true, "add": true, "note": true, "claim": true, "predict": true, "expect": true,
	"believe": true, "think": true, "argue": true, "agree": true, "speculate": true,
	"estimate": true, "forecast": true, "warn": true, "suggest": true,
}

// commentatorView reports whether event ce is a commentator's view of a
// party ("private economists said the setback may force the government
// to water down its tax plan", "one dealer said the Bundesbank should
// have curtailed its sales"): an analysis quoted by the news, no act of
// the commentator toward the party.
func (s *sentence) commentatorView(ce coder.Event) bool {
	h := spanHead(s.Sentence, ce.SourceSpan)
	v := spanHead(s.Sentence, ce.VerbSpan)
	return h >= 0 && v >= 0 && commentatorNouns[strings.ToLower(s.Tokens[h].Lemma)] && viewVerbs[strings.ToLower(s.Tokens[v].Lemma)]
}

// anonymousAttribution reports whether a generic statement (010) is only
// the attribution of the news before it to an unnamed source ("Kenya
// extended its mining agreement ..., a government statement said", "the
// Cabinet Office has not yet set a date ..., a ministry official said"): a
// speaker phrase after what it reports, headed by an attribution noun,
// with no name or nationality of its own (no capital letter: taggers
// may read "ministry" as a name). Who such a source is comes
// only from the context, most often the party the news is about (its own
// spokesman, its own ministry); it is no identified party speaking about
// another (GUIDELINES, statements and actors: an unidentifiable source
// is not coded). Named or national sources ("State Department
// officials", "Greek sources") keep their statements.
func (s *sentence) anonymousAttribution(ce coder.Event) bool {
	h := spanHead(s.Sentence, ce.SourceSpan)
	v := spanHead(s.Sentence, ce.VerbSpan)
	if h < 0 || v < 0 || !attributionNouns[strings.ToLower(s.Tokens[h].Lemma)] ||
		s.Tokens[h].Start < ce.TargetSpan.End || s.Tokens[v].Start < ce.TargetSpan.End {
		return false
	}
	anon := true
	var walk func(k int)
	walk = func(k int) {
		t := s.Tokens[k]
		if strings.ToLower(t.Text) != t.Text {
			anon = false
			return
		}
		children(s.Sentence, k, func(d int) bool {
			walk(d)
			return anon
		})
	}
	walk(h)
	return anon
}

// countedOrGeneric reports whether noun h is a count of people rather
// than an identified group ("said 120 people were still missing", "said
// at least 12 guerrillas died in the fighting") or "people" in general
// ("people seem to be losing patience"): neither is an identifiable
// actor for a statement to be about (GUIDELINES, statements). A count
// the phrase identifies ("the two countries", "its 500 workers", "two
// senators, Smith and Brown") is one.
func (s *sentence) countedOrGeneric(h int) bool {
	counted, bare := false, true
	children(s.Sentence, h, func(d int) bool {
		switch s.Tokens[d].Rel {
		case "nummod":
			// A number, not part of a name ("G-7 finance ministers").
			counted = s.Tokens[d].UPOS == "NUM" && (d == 0 || lowerText(s.Sentence, d-1) != "-")
		case "det":
			if l := lowerText(s.Sentence, d); l == "the" || l == "these" || l == "those" {
				counted, bare = false, false
				return false
			}
			bare = false
		case "nmod:poss", "appos":
			counted, bare = false, false
			return false
		case "amod", "compound", "nmod", "acl", "acl:relcl":
			bare = false
		}
		return true
	})
	if counted && h+2 < len(s.Tokens) && lowerText(s.Sentence, h+1) == "," && s.Tokens[h+2].UPOS == "PROPN" {
		counted = false // the count named ("two senators, Smith and Brown")
	}
	if counted {
		return true
	}
	return bare && lowerText(s.Sentence, h) == "people"
}

// bareGovernmentWords (lemmas) head the phrases that name a government
// without saying whose ("the government", "the administration").
var bareGovernmentWords = map[string]bool{"government": true, "administration": true, "authorities": true}

// foreignBareGovernment reports whether a generic statement (010) of a
// state's actor is about "the government" (or "the administration", "the
// federal government") coded as another state's: a government the
// speaker does not name is its own ("Stoltenberg met U.S. officials in
// Washington. He said the government had little room for tax cuts"), and
// a statement about its own government is about itself; the other
// country comes from a misread context. International organisations
// speak of the governments they deal with ("the IMF's director said the
// government had met its targets").
func (s *sentence) foreignBareGovernment(ce coder.Event) bool {
	src, tgt := ce.Source, ce.Target
	if len(src) < 3 || len(tgt) < 3 || src[:3] == tgt[:3] || roleCodes[src[:3]] ||
		strings.HasPrefix(src, "IGO") || strings.HasPrefix(src, "NGO") || strings.HasPrefix(src, "MNC") {
		return false
	}
	h := spanHead(s.Sentence, ce.TargetSpan)
	if h < 0 || !bareGovernmentWords[strings.ToLower(s.Tokens[h].Lemma)] {
		return false
	}
	bare := false
	for k := range s.Tokens {
		if s.Tokens[k].Head != h+1 {
			continue
		}
		switch l := lowerText(s.Sentence, k); {
		case s.Tokens[k].Rel == "det" && l == "the":
			bare = true
		case s.Tokens[k].Rel == "amod" && (l == "federal" || l == "central" || l == "state" || l == "national"),
			s.Tokens[k].Rel == "compound" && l == "state", s.Tokens[k].Rel == "punct":
		default:
			if s.Tokens[k].Start < ce.TargetSpan.End {
				return false // "the Thatcher government", "the Japanese government"
			}
		}
	}
	return bare
}

// roleCodes are the role codes that may stand alone as an actor code
// without a country ("MED": the press of no known country).
var roleCodes = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "OPP": true, "PTY": true,
	"REB": true, "CRM": true, "BUS": true, "LAB": true, "MED": true, "EDU": true, "REL": true,
	"CVL": true, "ELI": true, "HLH": true, "REF": true, "SPY": true, "UAF": true, "INS": true,
	"AGR": true, "ENV": true,
}

// maxStatementMembers is the largest coordination whose members a
// generic statement is about one by one: "Goria said Canada, France,
// Sweden, Britain and the U.S. were also involved in the project" speaks
// of a set of parties, not to or about each (as a list of summit
// countries is no set of bilateral acts).
const maxStatementMembers = 4

// longList reports whether the head of span sp is a member of a list of
// more than maxStatementMembers names ("Canada, France, Sweden, Britain
// and the U.S."). Parsers mangle long lists (appositions,
// vocatives), so the list is read from the surface: the run of
// capitalised words, commas and "and" around the head, whose segments
// between commas and "and" hold a capitalised word. The addressees of
// the statement ("told the envoys of Chile, Peru, Bolivia, Ecuador and
// Colombia") are each told.
func (s *sentence) longList(sp, verb coder.Span) bool {
	h := spanHead(s.Sentence, sp)
	if h < 0 || s.Tokens[h].Head-1 == spanHead(s.Sentence, verb) {
		return false
	}
	in := func(k int) bool {
		t := s.Tokens[k].Text
		switch strings.ToLower(t) {
		case ",", "and", "the", "of", "&", "-":
			return true
		}
		return t != "" && strings.ToLower(t[:1]) != t[:1]
	}
	a, b := h, h
	for a > 0 && in(a-1) {
		a--
	}
	for b+1 < len(s.Tokens) && in(b+1) {
		b++
	}
	members, named := 0, false
	for k := a; k <= b+1; k++ {
		if k > b || lowerText(s.Sentence, k) == "," || lowerText(s.Sentence, k) == "and" {
			if named {
				members++
			}
			named = false
			continue
		}
		if t := s.Tokens[k].Text; strings.ToLower(t[:1]) != t[:1] && !strings.EqualFold(t, "the") {
			named = true
		}
	}
	return members > maxStatementMembers
}

// ownOrgans reports whether a generic statement (010) whose source is
// coded as a bare country ("Bonn sources", "West German sources", "they"
// for a country's officials) is about an organ of that country's state
// (its government, forces, police, courts or parliament): the country
// speaking of its own people ("Bonn sources said Chancellor Helmut Kohl
// remained doubtful about the scheme"). A named person the dictionaries
// know only by country (a former minister who says the government is
// failing) speaks for himself and keeps his statement.
func (s *sentence) ownOrgans(ce coder.Event) bool {
	src, tgt := ce.Source, ce.Target
	if len(src) != 3 || len(tgt) < 6 || tgt[:3] != src || roleCodes[src] ||
		!(hasRole(tgt, "GOV") || hasRole(tgt, "MIL") || hasRole(tgt, "COP") || hasRole(tgt, "JUD") || hasRole(tgt, "LEG")) {
		return false
	}
	h := spanHead(s.Sentence, ce.SourceSpan)
	return h >= 0 && s.Tokens[h].UPOS != "PROPN"
}

// vagueThey reports whether the source of a generic statement (010) is
// "they" known only by a country ("oil industry sources said ... They
// said Nigeria was also selling crude from its stocks at a discount"):
// the pronoun stands for speakers the article did not identify
// (dealers, delegates, sources), its country a guess from the context,
// and an unidentified source is not coded (GUIDELINES, actors). "They"
// that resolves to a party ("the ministers ... they said") keeps its
// statement.
func (s *sentence) vagueThey(ce coder.Event) bool {
	if len(ce.Source) != 3 || roleCodes[ce.Source] {
		return false
	}
	h := spanHead(s.Sentence, ce.SourceSpan)
	return h >= 0 && s.Tokens[h].UPOS == "PRON" && lowerText(s.Sentence, h) == "they"
}

// unsaid reports whether the speech verb of a generic statement (010) is
// negated ("Shultz did not mention Nicaragua by name", "could not tell
// them whether Congress would approve the aid"): what was not said is no
// statement.
func (s *sentence) unsaid(ce coder.Event) bool {
	v := spanHead(s.Sentence, ce.VerbSpan)
	return v >= 0 && negated(s.Sentence, v)
}

// audience reports whether the target of a generic statement (010) is
// the chamber, court or gathering the speaker addresses ("told
// parliament", "told the Senate Finance Committee", "told the court",
// "told the council", "told MPs", "told delegates", "told the National
// Cattlemen's Association", "told voters"): the audience of a
// statement is no party to it (GUIDELINES sec. 1), and a statement with
// no other target is not coded. A person or a government told something
// ("told Reagan", "told the White House") stays the statement's target.
func (s *sentence) audience(ce coder.Event) bool {
	v := verbToken(s.Sentence, ce.VerbSpan)
	h := spanHead(s.Sentence, ce.TargetSpan)
	if v < 0 || h < 0 || !addressVerbs[strings.ToLower(s.Tokens[v].Lemma)] {
		return false
	}
	g := s.Tokens[h].Head - 1
	via := g >= 0 && g != v && s.Tokens[g].Head == v+1
	if via && audienceWords[lowerText(s.Sentence, g)] {
		// "told the IADB annual meeting", "told students at the
		// Wharton School": the party names the gathering addressed.
		return true
	}
	if (via || g == v) && len(ce.Source) >= 3 && strings.HasPrefix(ce.Target, ce.Source[:3]) && domesticPublic(ce.Target) && !domesticPublic(ce.Source) {
		// "Lyng told the Iowa Farm Bureau", "told a group of
		// ranchers", "speaking to pupils from schools in the
		// Highlands": an official or politician addressing his own
		// country's farmers, firms, workers or citizens speaks to a
		// constituency, whose members are no party to what is said.
		return true
	}
	if g != v {
		return false
	}
	w := lowerText(s.Sentence, h)
	if w == "house" && h > 0 && lowerText(s.Sentence, h-1) == "white" {
		return false
	}
	return audienceWords[w]
}

// addressVerbs (lemmas) tell something to their object or oblique.
var addressVerbs = map[string]bool{
	"tell": true, "testify": true, "address": true, "brief": true, "inform": true, "speak": true,
}

// audienceWords (lower-cased) head the phrases of chambers, courts and
// gatherings that a speaker addresses (see audience).
var audienceWords = map[string]bool{
	"parliament": true, "commons": true, "house": true, "congress": true, "senate": true,
	"assembly": true, "legislature": true, "soviet": true, "diet": true, "committee": true,
	"subcommittee": true, "panel": true, "council": true, "court": true, "tribunal": true,
	"jury": true, "hearing": true, "conference": true, "convention": true, "summit": true,
	"meeting": true, "session": true, "rally": true, "audience": true, "delegates": true,
	"mps": true, "voters": true, "students": true, "association": true, "society": true,
	"club": true,
}

// quotedThirdPerson reports whether the source of event ce is "he",
// "she", "they" or "it" inside a quotation ("'They may shoot a Tory fox,
// but ...,' he said", "'Now they are falling, compelling China to import
// quickly,' he said"): a quoted speaker's third person stands for whom
// the speaker has in mind, which the sentences around the quote do not
// tell ("they" of a rhetorical question, of the people a survey asked,
// of prices). The speaker's own "we" and "I" stand for the speaker, and a
// pronoun outside the quote ("he said he 'deplored' the infighting") for
// the article's antecedent.
func (s *sentence) quotedThirdPerson(ce coder.Event) bool {
	h := spanHead(s.Sentence, ce.SourceSpan)
	if h < 0 || s.Tokens[h].UPOS != "PRON" || h+1 < len(s.Tokens) && s.Tokens[h+1].Text == "(" {
		// ("'They (the Kuwaitis) have also asked Britain ...'": the
		// reporter has said whom the pronoun stands for.)
		return false
	}
	switch lowerText(s.Sentence, h) {
	case "he", "she", "they", "it":
		return quoted(s.text, s.Sentence, s.Tokens[h].Start)
	}
	return false
}

// possessedStates (lemmas) are a party's conditions, attempts and
// doings named by a noun: as the subject of a verb they are no actor,
// and neither is their possessor ("China's attempts to cool its economy
// have hit Japanese sales", "Peru's attitude contrasts with Mexico's",
// "the SEC's comments are likely to increase pressure on Congress").
var possessedStates = map[string]bool{
	"attempt": true, "effort": true, "mistake": true, "failure": true, "attitude": true, "future": true,
	"crisis": true, "problem": true, "practice": true, "action": true, "role": true, "entry": true,
	"picture": true, "turnover": true, "tumble": true, "illness": true, "effect": true, "comment": true,
	"remark": true, "success": true, "economy": true, "deficit": true, "surplus": true, "growth": true,
	"performance": true, "presence": true, "involvement": true, "absence": true, "dependence": true,
	"output": true, "production": true, "export": true, "import": true, "trade": true, "debt": true,
}

// possessedStateSubject reports whether the source of ce is a noun of
// possessedStates that is the subject of the event's verb, its actor
// only the noun's possessor: the party's condition or attempt is said
// to do something, not the party (GUIDELINES: events expressed only by
// a noun are not coded).
func (s *sentence) possessedStateSubject(ce coder.Event) bool {
	h, v := spanHead(s.Sentence, ce.SourceSpan), spanHead(s.Sentence, ce.VerbSpan)
	if h < 0 || v < 0 || s.Tokens[h].Head != v+1 || !strings.HasPrefix(s.Tokens[h].Rel, "nsubj") || s.Tokens[h].UPOS != "NOUN" {
		return false
	}
	if !possessedStates[strings.ToLower(s.Tokens[h].Lemma)] {
		return false
	}
	if m, ok := actors.At(s.actors, h+1); ok && m.Head == h+1 {
		return false // the noun is an actor's own name
	}
	poss := false
	children(s.Sentence, h, func(d int) bool {
		poss = s.Tokens[d].Rel == "nmod:poss"
		return !poss
	})
	return poss
}

// questionWords (lower case) open an indirect question ("asked how much
// more workers can take"). "If" and "whether" are left out: "asked if
// protection could be provided" is a request.
var questionWords = map[string]bool{"how": true, "what": true, "why": true, "who": true, "when": true, "where": true, "which": true}

// askedQuestion reports whether an appeal (02) read from "ask" is a
// question put, not a request: the verb has no one asked (object) and
// no infinitive of what is asked for, and what it reports is a direct
// question ("'Will it work?' he asked") or an indirect one opened by a
// question word ("union leaders asked how much more hardship workers
// could take"). A question is a statement, of no actor here.
func (s *sentence) askedQuestion(ce coder.Event) bool {
	v := spanHead(s.Sentence, ce.VerbSpan)
	if v < 0 || ce.Target != "" || !strings.EqualFold(s.Tokens[v].Lemma, "ask") {
		return false
	}
	if v+1 < len(s.Tokens) && questionWords[lowerText(s.Sentence, v+1)] {
		return true // "asked how ...", however the parser hung it
	}
	question := false
	for k := range s.Tokens {
		if k == v || !inSubtreeOf(s.Sentence, k, v) {
			continue
		}
		switch s.Tokens[k].Rel {
		case "obj", "iobj", "xcomp":
			if s.Tokens[k].Head == v+1 {
				return false
			}
		}
		if s.Tokens[k].Text == "?" || s.Tokens[k].Head == v+1 && (s.Tokens[k].Rel == "ccomp" || s.Tokens[k].Rel == "parataxis") && s.opensWithQuestionWord(k) {
			question = true
		}
	}
	return question
}

// opensWithQuestionWord reports whether the first word of clause c's
// subtree is a question word.
func (s *sentence) opensWithQuestionWord(c int) bool {
	for k := range s.Tokens {
		if inSubtreeOf(s.Sentence, k, c) {
			return questionWords[lowerText(s.Sentence, k)]
		}
	}
	return false
}

// forceRoot reports whether a CAMEO code is of a root of force or
// coercion: a show of force (15), coercion (17), assault (18), fighting
// (19) and mass violence (20).
func forceRoot(code string) bool { return rootIn(code, "15", "17", "18", "19", "20") }

// newsChannel reports whether the target of event ce, coded as the
// press, is only the channel of the news: the reporters or the agency a
// party speaks to, an interview, a report or a query ("told Reuters",
// "told reporters the plan was useful", "in an interview with Reuters
// and Visnews", "denied a local news agency report"). The press is a
// party only as an actor of its own ("MPs urged the BBC to give
// watchdogs more freedom").
func (s *sentence) newsChannel(ce coder.Event) bool {
	if !strings.HasPrefix(ce.Target, "MED") && !hasRole(ce.Target, "MED") {
		return false
	}
	if h := spanHead(s.Sentence, ce.TargetSpan); h >= 0 {
		l := strings.ToLower(s.Tokens[h].Lemma)
		if channelWords[l] || rootIn(ce.Code, "01", "02", "03", "04") && pressWords[l] {
			return true
		}
	}
	for _, t := range s.Tokens {
		if rootIn(ce.Code, "01", "02", "03", "04") && t.Start >= ce.TargetSpan.Start && t.End <= ce.TargetSpan.End && (t.Text == "Reuters" || t.Text == "Visnews") {
			return true // "told Reuters", not "two Reuters journalists were sentenced"
		}
	}
	return false
}

// channelWords (lemmas) head the phrases through which news reaches the
// press: what the press asks, reports and speculates ("rejected
// newspaper speculation that he would resign").
var channelWords = map[string]bool{
	"interview": true, "report": true, "query": true, "address": true, "briefing": true,
	"speculation": true, "rumour": true, "rumor": true,
}

// pressWords (lemmas) head phrases of the people of the press, who are
// spoken or met with as the channel of the news ("told reporters",
// "discussing the results with reporters") but are parties as targets of
// other acts ("accused an Evening Standard journalist", "arrested
// about 20 online journalists").
var pressWords = map[string]bool{
	"reporter": true, "journalist": true, "newsman": true, "correspondent": true, "press": true,
}

// admittedWrong reports whether event ce is told by a verb of admission
// ("admit", "confess") of a deed rather than of a party: the verb has a
// complement clause ("admitted to the inspector general that they had
// evidence of two sets of books") or its target phrase is headed by no
// actor ("admits Benin bribery", "admitted one of its employees paid").
func (s *sentence) admittedWrong(ce coder.Event) bool {
	v := verbToken(s.Sentence, ce.VerbSpan)
	if v < 0 || !admitVerbs[strings.ToLower(s.Tokens[v].Lemma)] {
		return false
	}
	clause := false
	children(s.Sentence, v, func(k int) bool {
		clause = s.Tokens[k].Rel == "ccomp"
		return !clause
	})
	h := spanHead(s.Sentence, ce.TargetSpan)
	return clause || h >= 0 && !s.mentionHead(h)
}

// admitVerbs (lemmas) admit a deed, or a party into something.
var admitVerbs = map[string]bool{"admit": true, "confess": true}

// abstractFoe reports whether force event ce (roots 18-20) is told by a
// verb of contest whose object is a course, a measure or a condition, no
// party or place: "the government introduced measures to combat the
// country's high inflation rate", "Japanese banks have fought hard to
// protect their interests", "the U.K. would fight the Japanese
// government's attempt", "is grappling with losses", "attacked the rise
// in interest rates". Fighting a thing is no force against anyone.
func (s *sentence) abstractFoe(ce coder.Event) bool {
	v := verbToken(s.Sentence, ce.VerbSpan)
	if v < 0 || !contestVerbs[strings.ToLower(s.Tokens[v].Lemma)] {
		return false
	}
	h := spanHead(s.Sentence, ce.TargetSpan)
	if h < 0 || s.Tokens[h].UPOS != "NOUN" {
		return false
	}
	return !s.mentionHead(h) && abstractNouns[strings.ToLower(s.Tokens[h].Lemma)]
}

// thinkingVerbs (lemmas) are the verbs of Phoenix's CONSIDER block:
// thinking something over.
var thinkingVerbs = map[string]bool{
	"consider": true, "contemplate": true, "deliberate": true, "mull": true, "muse": true, "ponder": true,
	"reason": true, "reconsider": true, "ruminate": true, "speculate": true, "think": true, "weigh": true,
	"meditate": true,
}

// contestVerbs (lemmas) fight or beat; Phoenix codes them as force (18-20)
// whatever their object.
var contestVerbs = map[string]bool{
	"fight": true, "combat": true, "battle": true, "struggle": true, "grapple": true, "beat": true,
	"attack": true, "tackle": true, "counter": true,
}

// abstractNouns (lemmas) name courses, measures and conditions, which
// one fights or attacks only in words.
var abstractNouns = map[string]bool{
	"rate": true, "inflation": true, "deficit": true, "surplus": true, "loss": true, "sale": true,
	"price": true, "debt": true, "budget": true, "rise": true, "increase": true, "cut": true,
	"attempt": true, "plan": true, "proposal": true, "move": true, "decision": true, "bill": true,
	"law": true, "policy": true, "measure": true, "tax": true, "tariff": true, "protectionism": true,
	"opposition": true, "extradition": true, "retreat": true, "interest": true, "poverty": true,
	"unemployment": true, "recession": true, "crisis": true, "problem": true, "corruption": true,
	"industry": true, "idea": true, "reform": true, "ruling": true, "sanction": true, "quota": true,
	"rebate": true, "subsidy": true, "levy": true, "payment": true, "contribution": true,
	"spending": true, "scheme": true, "strategy": true, "stance": true, "approach": true,
}

// broaderTwin reports whether event i of evs has a twin of the same
// source, verb and code whose target, in an overlapping phrase, narrows
// its bare country ("held talks with his Israeli counterpart, Ariel
// Sharon": ISR from the dictionaries' reading of the phrase, ISRGOV
// from the name).
func broaderTwin(evs []coder.Event, i int) bool {
	a := evs[i]
	if len(a.Target) != 3 {
		return false
	}
	for j, b := range evs {
		if j != i && b.Source == a.Source && b.Code == a.Code && b.VerbSpan == a.VerbSpan &&
			len(b.Target) > 3 && b.Target[:3] == a.Target &&
			b.TargetSpan.Start < a.TargetSpan.End && a.TargetSpan.Start < b.TargetSpan.End {
			return true
		}
	}
	return false
}

// wordsCode returns the code of an event of verb v coded code between
// source and target when its act is one of words, else code: a state's
// protest is an official complaint (114, "Japan protested against the
// U.S. tariffs"), not a demonstration, and people's protest is one (141);
// an attack between unarmed
// political actors is criticism (111, see verbalAttack).
func wordsCode(s nlp.Sentence, v int, code, source, target string) string {
	switch {
	case rootIn(code, "14") && v >= 0 && stateActor(source) && officialProtest(s, v):
		return "114"
	case !rootIn(code, "14") && v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "protest") && s.Tokens[v].UPOS == "VERB" && crowdRole(source):
		// "Students protested the arrest of their leader", "marched
		// to protest the visit": people's protest is a demonstration
		// (141), whatever the dictionaries make of its object (053,
		// 111, 110 are a state's or a speaker's readings).
		return "141"
	case code == "140" && v >= 0 && s.Tokens[v].UPOS == "VERB" && crowdRole(source) && nlp.StreetProtestVerb(s.Tokens[v].Lemma):
		// "Tens of thousands of Israelis protested in Tel Aviv
		// against the government's plan": people in the streets
		// demonstrate (141); dissent unspecified (140) is for the
		// rest.
		return "141"
	case rootIn(code, "11") && !strings.HasPrefix(code, "112") && v >= 0 && accuseVerbs[strings.ToLower(s.Tokens[v].Lemma)]:
		// "accused the Taliban of carrying out reprisal killings":
		// Phoenix's BLAME block lists CONDEMN's patterns (killing,
		// massacre: 111) for every verb of the block; an accusation
		// stays one (112).
		return "112"
	case code == "193" && v >= 0 && weaponSubject(s, v) != "":
		// "Russian missiles struck an apartment building": Phoenix's
		// "- &WEAPON * [193]" reads every weapon as small arms;
		// missiles, rockets, bombs and drones are aerial weapons
		// (195), shells and mortars artillery (194).
		return weaponSubject(s, v)
	case code == "190" && v >= 0 && bombVerbs[strings.ToLower(s.Tokens[v].Lemma)] && aircraftSubject(s, v):
		// "Israeli jets bombed weapons depots": bombing from the air
		// is aerial weapons (195).
		return "195"
	case rootIn(code, "19") && v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "retaliate") && retaliatedWithMeasures(s, v):
		// "Beijing retaliated with its own levies on American
		// products": economic retaliation is a sanction (163).
		return "163"
	case code == "060" && v >= 0 && lending(s, v):
		// "The IMF has loaned Uganda 92.1 mln dlrs", "Spain has
		// granted Cuba a 25 mln dlr credit line": money lent to a
		// party is economic aid (071), not the economic cooperation
		// of Phoenix's GRANT default.
		return "071"
	case code == "080" && v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "approve") && len(source) >= 3 && len(target) >= 3 && source[:3] != target[:3] && hasObject(s, v, func(o int) bool { return moneyAmount(s, o) }):
		// "The World Bank approved 24 mln dlrs for Nepal": money
		// approved for another country's party is economic aid (071),
		// as a loan approved is; Phoenix's ALLOW default (080) reads
		// a permission. A parliament's money for its own country is
		// budget news and stays with the default.
		return "071"
	case code == "170" && v >= 0 && len(source) >= 3 && len(target) >= 3 && source[:3] != target[:3] && imposedMeasure(s, v):
		// "The EU imposed its arms ban on China", "the tariffs
		// Reagan imposed on Japanese goods": trade measures imposed
		// on another country are sanctions (163), not the coercion
		// (170) of Phoenix's IMPOSE default.
		return "163"
	case v >= 0 && noConfidence(s, v):
		// "passed a no-confidence motion against the prime
		// minister": disapproval (111), not the cooperation
		// Phoenix's PASS or APPROVE default says.
		return "111"
	case code == "182" && v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "beat") && hasParticle(s, v, "back", "off"):
		// "Iraqi forces beat back the Iranian thrusts": repelled by
		// force (190), no beating of people.
		return "190"
	case rootIn(code, "18", "19") && v >= 0 && len(source) >= 6 && unarmedRoles[source[3:6]] && coder.WorkStrike(s.Tokens, v) != "":
		// "Nigerian unions began a two-day strike": a strike that
		// workers, doctors or students start is a stoppage of work
		// (143) or a hunger strike (142), not a military strike.
		return coder.WorkStrike(s.Tokens, v)
	case rootIn(code, "18", "19") && v >= 0 && len(source) >= 6 && workingRoles[source[3:6]] && strings.EqualFold(s.Tokens[v].Lemma, "strike") &&
		!hasObject(s, v, func(int) bool { return true }):
		// "French teachers struck against the reforms", "doctors are
		// striking": workers who strike with no object stop work
		// (143); "gunmen struck" and "struck a deal" are not theirs.
		return "143"
	case rootIn(code, "04") && v >= 0 && len(source) >= 6 && unarmedRoles[source[3:6]] && strings.EqualFold(s.Tokens[v].Lemma, "call") &&
		!hasParticle(s, v, "off") && coder.WorkStrike(s.Tokens, v) != "":
		// "The unions called a general strike": a strike called is
		// begun (143, 142 for a hunger strike), no telephone call.
		return coder.WorkStrike(s.Tokens, v)
	case rootIn(code, "18", "19") && v >= 0 && riotControl(s, v):
		// "Venezuelan troops fired tear gas at protesters": riot
		// control is repression (175) whoever uses it.
		return "175"
	case code == "111" && v >= 0 && (hasRole(source, "MIL") || armedChallenger(source)) && nlp.IntoAttackVerb(s.Tokens[v].Lemma) && goesInto(s, v):
		// "Israeli tanks tore into the Gaza Strip": armed forces
		// tearing into a place use force (190); politicians tearing
		// into a budget criticise it (111, the verb dictionary's TEAR
		// INTO).
		return "190"
	case code == "192" && v >= 0 && intoGerund(s, v):
		// "would press British banks into giving Brazil easier
		// terms": pressure to act, as "press the banks to give"
		// (020), not Phoenix's "PUSH (INTO) [192]", a push into
		// territory.
		return "020"
	case code == "111" && v >= 0 && (hasRole(source, "MIL") || armedChallenger(source) || strings.HasPrefix(source, "IMG")) &&
		armedFightVerbs[strings.ToLower(s.Tokens[v].Lemma)] && !ideaObject(s, v) && !spokenAttack(s, v):
		// "Contra rebels have been fighting the Managua government":
		// armed men fighting or attacking a party use force (190);
		// Phoenix's "ATTACK ... GOVERNMENT [111]", shared by its
		// PHYSICAL_CONFLICT block, reads a politician's attack.
		return "190"
	case rootIn(code, "07") && v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "defend") && politicalRole(source) && len(target) > 3:
		// "Gordon Brown defended President George Bush": a
		// politician defends a person or a body in words, which
		// supports it (051), not with arms (Phoenix's DEFEND, 074,
		// which stays for a country defended: "will defend Taiwan").
		return "051"
	case rootIn(code, "12") && v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "clash") && politicalRole(source) && politicalRole(target):
		// "Labour clashed with the Tories over their spending plans":
		// Phoenix's "(OVER PLAN) [127]" reads a rejected peace plan;
		// politicians clashing over plans quarrel (110).
		return "110"
	case rootIn(code, "18", "19") && verbalAttack(s, v, source, target):
		if strings.EqualFold(s.Tokens[v].Lemma, "clash") {
			// "Regan and Volcker clashed": a quarrel (110).
			return "110"
		}
		return "111"
	case rootIn(code, "18", "19") && v >= 0 && (strings.EqualFold(s.Tokens[v].Lemma, "attack") || attackNounObject(s, v) >= 0) && ideaObject(s, v):
		// "Japan has also attacked OECD forecasts", "attacked the
		// government's plans": what is attacked is words or a policy,
		// and the attack is criticism.
		return "111"
	}
	return code
}

// defendedThing reports whether verb v is "defend" with an object that
// is a thing, a record or a policy, not a party or a place ("defended
// the new sanctions against Japan", "defended its market share",
// "defended the plans against criticism from backbenchers"), and a
// subject without arms (source): the act is a statement about one's own
// course, which codes no event (GUIDELINES sec. 1), not the military
// protection, support or concession Phoenix's DEFEND block codes.
func (s *sentence) defendedThing(v int, source string) bool {
	if v < 0 || !strings.EqualFold(s.Tokens[v].Lemma, "defend") || stateForce(source) && !hasRole(source, "GOV") || armedChallenger(source) {
		return false
	}
	o := childRel(s.Sentence, v, "obj")
	if o < 0 || s.Tokens[o].UPOS != "NOUN" || s.actorWord(o) || defendedPlaces[strings.ToLower(s.Tokens[o].Lemma)] {
		return false
	}
	return true
}

// placeLeft reports whether verb v is "leave" and the event's target
// (span tgt) is what is left, not where one goes: the place set out from
// ("left Washington for a tour of Europe", "left Paris today for
// London"), a thing or a body left ("left the dollar rate for commercial
// banks unchanged", "leaving the meeting with Gros": a common-noun
// object, whatever the target; not a time the parser took for the
// object, "leaves next week for Washington") or a passive subject ("was left for an
// April vote by the House"). Phoenix
// files LEAVE with travel (042), which fits only the goal of "left for
// Tokyo".
func (s *sentence) placeLeft(v int, tgt coder.Span) bool {
	if v < 0 || !strings.EqualFold(s.Tokens[v].Lemma, "leave") && !strings.EqualFold(s.Tokens[v].Text, "left") {
		return false
	}
	if childRel(s.Sentence, v, "nsubj:pass") >= 0 {
		return true
	}
	if o := childRel(s.Sentence, v, "obj"); o >= 0 && s.Tokens[o].UPOS != "PROPN" && !nlp.TimeNoun(s.Tokens[o].Text) {
		return true // "left the rate for commercial banks unchanged", "leaving the meeting"
	}
	h := spanHead(s.Sentence, tgt)
	return h >= 0 && s.Tokens[h].Head-1 == v && s.Tokens[h].Rel == "obj"
}

// wentToNoParty reports whether verb v is "go" (Phoenix's GO_TO, 040)
// and the event's target (code, span tgt) is no party one consults: a
// court, a university, a firm, the media or citizens ("chose to go to
// bankruptcy court", "went to Cardiff University"), or a thing named
// by a common noun that no actor phrase covers ("going on with my
// business", "go against Lord Woolf's wishes", "went in at the request
// of the state oil company"). Going to a state is a visit (042), which
// this leaves alone, and so is going to a government, an
// international body or a parliament ("should go to the IMF").
func (s *sentence) wentToNoParty(v int, code string, tgt coder.Span) bool {
	if v < 0 || !strings.EqualFold(s.Tokens[v].Lemma, "go") || code == "" {
		return false
	}
	if !strings.HasPrefix(code, "IGO") && (privateParty(code) || hasRole(code, "JUD")) {
		return true // (IGOBUSIMF is the IMF, no firm.)
	}
	h := spanHead(s.Sentence, tgt)
	return h >= 0 && s.Tokens[h].UPOS == "NOUN" && !s.actorWord(h) && !peopleNoun(s.Tokens[h].Text)
}

// defendedPlaces (lemmas) are the places and positions that are defended
// with arms.
var defendedPlaces = map[string]bool{
	"town": true, "city": true, "village": true, "base": true, "position": true, "territory": true,
	"border": true, "frontier": true, "coast": true, "island": true, "airport": true, "port": true,
	"capital": true, "country": true, "homeland": true, "line": true, "region": true, "area": true,
	"airspace": true, "embassy": true, "installation": true, "facility": true, "outpost": true,
}

// goesInto reports whether verb v has an oblique under "into" ("tore
// into the budget").
func goesInto(s nlp.Sentence, v int) bool {
	found := false
	children(s, v, func(k int) bool {
		found = strings.HasPrefix(s.Tokens[k].Rel, "obl") && hasCaseWord(s, k, "into")
		return !found
	})
	return found
}

// bombVerbs are the lemmas of verbs of striking from the air.
var bombVerbs = map[string]bool{"bomb": true, "strike": true, "hit": true, "pound": true, "attack": true, "target": true, "raid": true}

// aircraftSubject reports whether the subject of verb v is headed by an
// aircraft noun ("Israeli jets", "US drones", "warplanes").
func aircraftSubject(s nlp.Sentence, v int) bool {
	found := false
	children(s, v, func(k int) bool {
		if s.Tokens[k].Rel == "nsubj" {
			switch lowerText(s, k) {
			case "jets", "jet", "warplanes", "warplane", "planes", "aircraft", "bombers", "drones", "drone",
				"helicopters", "gunships":
				found = true
			}
		}
		return !found
	})
	return found
}

// weaponSubject returns the code of the weapon that is the subject of
// verb v: 195 for missiles, rockets, bombs and drones, 194 for shells,
// mortars and artillery, "" for other subjects.
func weaponSubject(s nlp.Sentence, v int) string {
	code := ""
	children(s, v, func(k int) bool {
		if s.Tokens[k].Rel == "nsubj" {
			switch lowerText(s, k) {
			case "missile", "missiles", "rocket", "rockets", "bomb", "bombs", "drone", "drones":
				code = "195"
			case "shell", "shells", "mortar", "mortars", "artillery", "shelling":
				code = "194"
			}
		}
		return code == ""
	})
	return code
}

// retaliatedWithMeasures reports whether verb v has a "with" phrase of
// tariffs, levies, duties, sanctions or measures.
func retaliatedWithMeasures(s nlp.Sentence, v int) bool {
	found := false
	children(s, v, func(k int) bool {
		found = s.Tokens[k].Rel == "obl" && hasCaseWord(s, k, "with") && tradeMeasures[strings.ToLower(s.Tokens[k].Lemma)]
		return !found
	})
	return found
}

// tradeMeasures (lemmas) name the measures a state takes against another's
// trade: tariffs, bans, embargoes, penalties.
var tradeMeasures = map[string]bool{
	"tariff": true, "levy": true, "duty": true, "sanction": true, "measure": true, "tax": true,
	"restriction": true, "ban": true, "embargo": true, "curb": true, "penalty": true, "quota": true,
}

// imposedMeasure reports whether verb v imposes, levies or slaps a trade
// measure: its object, its passive subject or the noun its relative
// clause modifies is one ("imposed its arms ban on China", "the tariffs
// he imposed on Japanese goods", "tariffs would be imposed"), or its
// object is a sum of money in or of one ("would slap as much as 300 mln
// dlrs in tariffs on Japanese imports").
func imposedMeasure(s nlp.Sentence, v int) bool {
	switch strings.ToLower(s.Tokens[v].Lemma) {
	case "impose", "reimpose", "levy", "slap":
	default:
		return false
	}
	if (s.Tokens[v].Rel == "acl:relcl" || s.Tokens[v].Rel == "acl") && s.Tokens[v].Head > 0 && tradeMeasures[strings.ToLower(s.Tokens[s.Tokens[v].Head-1].Lemma)] {
		return true
	}
	return dependentIn(s, v, "obj", tradeMeasures) || dependentIn(s, v, "nsubj:pass", tradeMeasures) || measureAmountObject(s, v)
}

// measureAmountObject reports whether the object of verb v is a sum of
// money (moneyAmount) whose "in" or "of" phrase is a trade measure: "300
// mln dlrs in tariffs", "300 mln dlrs of duties".
func measureAmountObject(s nlp.Sentence, v int) bool {
	found := false
	children(s, v, func(o int) bool {
		if s.Tokens[o].Rel != "obj" || !moneyAmount(s, o) {
			return true
		}
		children(s, o, func(m int) bool {
			found = s.Tokens[m].Rel == "nmod" && (hasCaseWord(s, m, "in") || hasCaseWord(s, m, "of")) && tradeMeasures[strings.ToLower(s.Tokens[m].Lemma)]
			return !found
		})
		return !found
	})
	return found
}

// lending reports whether verb v lends or loans, or grants, gives or
// provides a loan or a credit (its object, or the head of its object's
// compound: "a 25 mln dlr credit line").
func lending(s nlp.Sentence, v int) bool {
	if s.Tokens[v].UPOS != "VERB" || s.Tokens[v].Rel == "amod" || s.Tokens[v].Rel == "compound" {
		return false // "consumer lending offices", "lending volume"
	}
	switch strings.ToLower(s.Tokens[v].Lemma) {
	case "lend", "loan":
		// An amount lent ("lent Indonesia 10.7 billion dlrs"), not
		// lending as an activity ("report lending volume").
		amount := false
		children(s, v, func(k int) bool {
			amount = s.Tokens[k].Rel == "obj" && (childRel(s, k, "nummod") >= 0 || moneyAmount(s, k))
			return !amount
		})
		return amount
	}
	found := false
	children(s, v, func(k int) bool {
		if s.Tokens[k].Rel == "obj" || s.Tokens[k].Rel == "iobj" || s.Tokens[k].Rel == "obl" && hasCaseWord(s, k, "with") {
			found = loanNouns[strings.ToLower(s.Tokens[k].Lemma)] || dependentIn(s, k, "compound", loanNouns) || moneyAmount(s, k)
		}
		return !found
	})
	return found
}

// moneyAmount reports whether token k heads an amount of money: a
// currency counted by a number, or by a number's "mln" or "billion"
// ("300 mln dlrs", "20 mln stg"; the parser may hang the number itself
// elsewhere, "lent Argentina 500 mln dlrs").
func moneyAmount(s nlp.Sentence, k int) bool {
	l := strings.ToLower(s.Tokens[k].Lemma)
	if !dictionary.Currency(l) && !moneyUnits[l] {
		return false
	}
	if childRel(s, k, "nummod") >= 0 {
		return true
	}
	c := childRel(s, k, "compound")
	return c >= 0 && (s.Tokens[c].UPOS == "NUM" || amountScales[strings.ToLower(s.Tokens[c].Lemma)])
}

// amountScales (lemmas) are the words of wire copy's large numbers.
var amountScales = map[string]bool{"mln": true, "million": true, "billion": true, "bln": true, "trillion": true}

// moneyUnits (lemmas) are wire-copy abbreviations and names of currencies
// that only count money ("20 mln stg", "50 mln ecus").
var moneyUnits = map[string]bool{"stg": true, "ecu": true, "guilder": true, "schilling": true, "peseta": true, "crown": true}

// signedDeal reports whether verb v signs, initials or concludes its
// object with a partner: one named by "with" on the verb or its object
// ("signed contracts with the Soviet Union"), or a coordinated subject
// ("China and Australia signed a contract"). The act is an agreement
// between the parties, not a payment or a grant; a contract for goods
// with no partner named ("signed a contract for three aircraft") is
// business news.
func signedDeal(s nlp.Sentence, v int) bool {
	switch strings.ToLower(s.Tokens[v].Lemma) {
	case "sign", "ink", "initial", "conclude":
	default:
		return false
	}
	o := childRel(s, v, "obj")
	if s.Tokens[v].UPOS != "VERB" || o < 0 {
		return false
	}
	partner := false
	for _, h := range []int{v, o} {
		if partner {
			break
		}
		children(s, h, func(k int) bool {
			partner = (strings.HasPrefix(s.Tokens[k].Rel, "obl") || strings.HasPrefix(s.Tokens[k].Rel, "nmod")) && hasCaseWord(s, k, "with")
			return !partner
		})
	}
	if sb := childRel(s, v, "nsubj"); sb >= 0 && !partner {
		partner = childRel(s, sb, "conj") >= 0
	}
	return partner
}

// loanNouns (lemmas) name money lent.
var loanNouns = map[string]bool{"loan": true, "credit": true}

// accuseVerbs are the lemmas of verbs of accusing.
var accuseVerbs = map[string]bool{"accuse": true, "blame": true, "fault": true, "implicate": true}

// noConfidence reports whether verb v passes, adopts, approves, wins or
// tables a motion or vote of no confidence or of censure as its object
// (the words around the object say so).
func noConfidence(s nlp.Sentence, v int) bool {
	switch strings.ToLower(s.Tokens[v].Lemma) {
	case "pass", "adopt", "approve", "win", "table", "back":
	default:
		return false
	}
	return hasObject(s, v, func(o int) bool {
		switch lowerText(s, o) {
		case "motion", "vote", "resolution":
		default:
			return false
		}
		words := ""
		for k := max(0, o-4); k < min(len(s.Tokens), o+4); k++ {
			words += " " + lowerText(s, k)
		}
		return strings.Contains(words, "no - confidence") || strings.Contains(words, "no-confidence") ||
			strings.Contains(words, "no confidence") || strings.Contains(words, "censure")
	})
}

// hasObject reports whether verb v has an object (obj) o for which
// fn(o) holds.
func hasObject(s nlp.Sentence, v int, fn func(o int) bool) bool {
	found := false
	children(s, v, func(o int) bool {
		found = s.Tokens[o].Rel == "obj" && fn(o)
		return !found
	})
	return found
}

// hasParticle reports whether verb v has one of the particles ws
// (compound:prt, or an adverb right after it: "beat back").
func hasParticle(s nlp.Sentence, v int, ws ...string) bool {
	found := false
	children(s, v, func(k int) bool {
		if r := s.Tokens[k].Rel; (r == "compound:prt" || r == "advmod" && k == v+1) && slices.Contains(ws, lowerText(s, k)) {
			found = true
		}
		return !found
	})
	return found
}

// riotControl reports whether verb v fires or uses a riot-control weapon
// (tear gas, water cannon, rubber bullets, stun grenades) as its object.
func riotControl(s nlp.Sentence, v int) bool {
	switch strings.ToLower(s.Tokens[v].Lemma) {
	case "fire", "use", "shoot", "lob", "hurl", "spray":
	default:
		return false
	}
	return hasObject(s, v, func(o int) bool {
		head := lowerText(s, o)
		mod := ""
		children(s, o, func(k int) bool {
			if r := s.Tokens[k].Rel; r == "compound" || r == "amod" {
				mod = lowerText(s, k)
			}
			return mod == ""
		})
		return head == "teargas" || head == "gas" && mod == "tear" || (head == "cannon" || head == "cannons") && mod == "water" ||
			head == "bullets" && (mod == "rubber" || mod == "plastic") || head == "grenades" && mod == "stun"
	})
}

// crowdRole reports whether an actor code is of people who demonstrate:
// civilians, the opposition, students, workers, activists, clergy.
func crowdRole(code string) bool {
	for _, r := range [...]string{"CVL", "OPP", "EDU", "LAB", "REL", "AGR", "HRI", "NGO"} {
		if hasRole(code, r) {
			return true
		}
	}
	return false
}

// officialProtest reports whether verb v, coded as a protest, is one
// made in words: "protested" on its own ("Japan protested against the
// U.S. tariffs") or a protest lodged, filed or registered ("lodged a
// strong protest with India"), but not the purpose of a march ("marched
// in Gaza City to protest against the raid").
func officialProtest(s nlp.Sentence, v int) bool {
	t := s.Tokens[v]
	switch strings.ToLower(t.Lemma) {
	case "protest":
		if r := t.Rel; (r == "advcl" || r == "xcomp") && t.Head > 0 && marchVerbs[strings.ToLower(s.Tokens[t.Head-1].Lemma)] {
			return false
		}
		for k, sub := range s.Tokens {
			if sub.Head != v+1 || sub.Rel != "nsubj" {
				continue
			}
			// "Hundreds of Afghans protested outside the U.S.
			// embassy": people, not their state.
			if sub.XPOS == "NNS" || sub.XPOS == "NNPS" {
				return false
			}
			for _, m := range s.Tokens {
				if m.Head == k+1 && m.Rel == "nummod" {
					return false
				}
			}
		}
		return true
	case "lodge", "file", "register", "deliver", "issue":
		for _, k := range s.Tokens {
			if k.Head == v+1 && k.Rel == "obj" {
				switch strings.ToLower(k.Lemma) {
				case "protest", "complaint":
					return true
				}
			}
		}
	}
	return false
}

// showing reports whether "demonstrate" at v, coded as a protest (root
// 14), means "show": it has an object or a complement clause ("The Fed
// demonstrated that policy had not changed", "demonstrating the central
// bank's independence"). People demonstrating in the streets take
// neither.
func showing(s nlp.Sentence, v int, code string) bool {
	if v < 0 || !rootIn(code, "14") || !strings.EqualFold(s.Tokens[v].Lemma, "demonstrate") {
		return false
	}
	if v+1 < len(s.Tokens) && s.Tokens[v+1].UPOS == "SCONJ" && strings.EqualFold(s.Tokens[v+1].Text, "that") {
		return true // the clause may be hung elsewhere by the parser
	}
	return childRel(s, v, "obj") >= 0 || childRel(s, v, "ccomp") >= 0
}

// marchVerbs are the lemmas of taking to the streets.
var marchVerbs = map[string]bool{
	"march": true, "rally": true, "demonstrate": true, "gather": true, "take": true, "parade": true,
}

// verbalAttack reports whether verb v, an "attack", a "clash" or a "hit"
// ("hit back at Labour claims") the dictionaries code as force, is one
// in words: between political actors
// (parties, governments, legislators, elites, none of them armed) in a
// sentence that speaks of no violence ("The Tory chairman attacked
// Labour", "Regan and Volcker clashed").
//
// An attack noun carried by the verb counts as the verb ("Kennedy mounted
// a fresh attack on Blair", "launched a broadside against the Tories").
func verbalAttack(s nlp.Sentence, v int, source, target string) bool {
	if v < 0 {
		return false
	}
	if l := strings.ToLower(s.Tokens[v].Lemma); l != "attack" && l != "clash" && l != "hit" && attackNounObject(s, v) < 0 || !politicalRole(source) {
		return false
	}
	if !politicalRole(target) && !spokenAttack(s, v) && !domesticCritic(source, target) {
		return false
	}
	for k, t := range s.Tokens {
		if k != v && violenceWords[strings.ToLower(t.Lemma)] {
			return false
		}
	}
	return true
}

// domesticCritic reports whether source, an opposition, a party, a
// legislature or a court, attacks its own country as a whole: no
// unarmed institution wages war on its state, and the attack is on what
// the state does ("Howard launched an attack on the cost of Britain's
// asylum system").
func domesticCritic(source, target string) bool {
	if len(source) < 6 || len(target) != 3 || source[:3] != target {
		return false
	}
	switch source[3:6] {
	case "OPP", "PTY", "LEG", "JUD":
		return true
	}
	return false
}

// spokenAttack reports whether verb v has a participle of saying or
// accusing as its adverbial clause, which makes the attack one of words
// whatever its target ("Mbeki attacked British colonialists, saying they
// had treated Africans with contempt", "attacked Washington, accusing
// it of hypocrisy"). The participle may hang on the verb's object as a
// conjunct, as the parser reads "attacked X, saying".
func spokenAttack(s nlp.Sentence, v int) bool {
	found := false
	var saying func(k int) bool
	saying = func(k int) bool {
		t := s.Tokens[k]
		l := strings.ToLower(t.Lemma)
		switch {
		case t.Rel == "obj" && t.Head == v+1:
			children(s, k, saying)
		case t.Rel == "advcl" || t.Rel == "conj" && t.Head != v+1:
			found = t.XPOS == "VBG" && (sayingVerbs[l] || accuseVerbs[l])
		}
		return !found
	}
	children(s, v, saying)
	return found
}

// ideaObject reports whether the object of verb v is a text, a policy or
// an idea, which only words can attack, or whether v carries an attack
// noun aimed ("on", "against") at one ("launched an attack on the
// Commission's budget proposals").
func ideaObject(s nlp.Sentence, v int) bool {
	if objectIn(s, v, ideaNouns) {
		return true
	}
	n := attackNounObject(s, v)
	if n < 0 {
		return false
	}
	found := false
	children(s, n, func(k int) bool {
		found = s.Tokens[k].Rel == "nmod" && ideaNouns[strings.ToLower(s.Tokens[k].Lemma)] &&
			(hasCaseWord(s, k, "on") || hasCaseWord(s, k, "against"))
		return !found
	})
	return found
}

// attackNouns (lemmas) name an attack that may be one of words, carried
// by a light verb ("launched a scathing attack", "mounted an assault",
// "delivered a broadside"); the Phoenix dictionaries code them as force.
var attackNouns = map[string]bool{
	"attack": true, "assault": true, "onslaught": true, "broadside": true, "tirade": true,
}

// attackNounObject returns the object of verb v that is an attack noun
// without a word of arms before it ("an attack", not "a rocket attack"),
// or -1.
func attackNounObject(s nlp.Sentence, v int) int {
	n := -1
	children(s, v, func(k int) bool {
		if s.Tokens[k].Rel == "obj" && attackNouns[strings.ToLower(s.Tokens[k].Lemma)] {
			n = k
		}
		return n < 0
	})
	if n < 0 {
		return -1
	}
	armed := false
	children(s, n, func(k int) bool {
		armed = k < n && (s.Tokens[k].Rel == "compound" || s.Tokens[k].Rel == "amod") && violenceWords[strings.ToLower(s.Tokens[k].Lemma)]
		return !armed
	})
	if armed {
		return -1
	}
	return n
}

// objectIn reports whether verb v has an object whose lemma (lower case)
// is in nouns.
func objectIn(s nlp.Sentence, v int, nouns map[string]bool) bool {
	return dependentIn(s, v, "obj", nouns)
}

// dependentIn reports whether token h has a dependent of relation rel
// whose lemma (lower case) is in nouns.
func dependentIn(s nlp.Sentence, h int, rel string, nouns map[string]bool) bool {
	found := false
	children(s, h, func(k int) bool {
		found = s.Tokens[k].Rel == rel && nouns[strings.ToLower(s.Tokens[k].Lemma)]
		return !found
	})
	return found
}

// ideaNouns (lemmas) name texts, policies and ideas.
var ideaNouns = map[string]bool{
	"forecast": true, "plan": true, "policy": true, "proposal": true, "report": true, "remark": true,
	"statement": true, "decision": true, "budget": true, "figure": true, "claim": true, "law": true,
	"bill": true, "measure": true, "idea": true, "record": true, "stance": true, "approach": true,
	"handling": true, "comment": true, "strategy": true, "reform": true, "move": true, "tax": true,
	"legislation": true, "programme": true, "program": true,
}

// politicalRole reports whether an actor code is a political actor's
// without arms: a government, party, opposition, legislature, court or
// elite.
func politicalRole(code string) bool {
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "GOV", "OPP", "PTY", "LEG", "ELI", "JUD":
		return len(code) == 6 || !strings.Contains(code[6:], "MIL") && !strings.Contains(code[6:], "SPY")
	}
	return false
}

// violenceWords (lemmas) speak of armed violence.
var violenceWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`kill wound injure troops troop soldier army militant rebel
		bomb bombing shoot shot shell missile rocket gun gunman gunmen dead clash fighting fighter
		raid airstrike strike tank police weapon`) {
		m[w] = true
	}
	return m
}()

// placeActors codes the unknown names that are towns or regions of the
// gazetteer as their country where a town is meant, as the object of a
// verb of attack, capture or visit ("Russian forces shelled Kherson" is
// an attack on Ukraine, "Scholz visited Kherson" a visit to it), and
// adds the towns no mention covers after a noun for a settlement or a
// preposition of place ("the city of Kherson", "targets in Kherson").
func (s *sentence) placeActors() {
	for i := range s.actors {
		m := &s.actors[i]
		if m.Kind != actors.Unknown || m.Head < 1 || m.Head > len(s.Tokens) || !placeVerbArgument(s.Sentence, m.Head-1) {
			continue
		}
		for _, p := range s.places {
			if p.Resolved && p.Place.Country != "" && p.Place.Resolution != places.Country &&
				p.First <= m.Head-1 && m.Head-1 <= p.Last && p.Start >= m.Start && p.End <= m.End {
				m.Kind, m.Code = actors.Named, p.Place.Country
				if rebelHeld(s.Sentence, m.Head-1) {
					// "bombed rebel-held eastern Aleppo": the
					// rebels who hold the town.
					m.Code += "REB"
				}
				break
			}
		}
	}
	// "fired rockets at an Israeli town": a settlement that a
	// nationality names is its country's.
	for k := range s.Tokens {
		if !settlementNouns.Get(s.Tokens[k].Lemma) || !placeVerbArgument(s.Sentence, k) {
			continue
		}
		if _, ok := actors.At(s.actors, k+1); ok {
			continue
		}
		first, code := k, ""
		children(s.Sentence, k, func(c int) bool {
			if c < first && s.Tokens[c].Rel != "case" {
				first = c
			}
			if s.Tokens[c].Rel == "amod" {
				if m, ok := actors.At(s.actors, c+1); ok && m.Kind == actors.Named && len(m.Code) == 3 && m.Code != nullActor {
					code = m.Code
				}
			}
			return true
		})
		if code == "" {
			continue
		}
		s.actors = append(s.actors, actors.Mention{
			First: first + 1, Last: k + 1, Head: k + 1, Start: s.Tokens[first].Start, End: s.Tokens[k].End,
			Kind: actors.Named, Code: code,
		})
	}
	// "shelled the southern city of Kherson": a town named after a
	// noun for a settlement, or after a preposition of place, which no
	// mention covers.
	for _, p := range s.places {
		h := mentionHead(s.Sentence, p)
		if !p.Resolved || p.Place.Country == "" || p.Place.Resolution == places.Country || h < 0 {
			continue
		}
		if _, ok := actors.At(s.actors, h+1); ok {
			continue
		}
		n := s.Tokens[h].Head - 1
		if n < 0 || n >= len(s.Tokens) {
			continue
		}
		named := strings.HasPrefix(s.Tokens[h].Rel, "nmod") && s.hasCase(h, "of") &&
			(settlementNouns.Get(s.Tokens[n].Lemma) || strings.EqualFold(s.Tokens[n].Lemma, "control"))
		// "shelled targets in Kherson": a town in which something is
		// struck (the coder decides whether the verb strikes).
		within := false
		for _, w := range []string{"in", "into", "inside", "near", "around", "on", "to"} {
			within = within || s.hasCase(h, w) && (w != "on" && w != "to" || onTownVerbs[strings.ToLower(s.Tokens[n].Lemma)])
		}
		// "withdrew from Kherson", "pulled out of Kherson": the town
		// left.
		within = within || (s.hasCase(h, "from") || s.hasCase(h, "of")) && fromTownVerbs[strings.ToLower(s.Tokens[n].Lemma)]
		if !named && !within {
			continue
		}
		// Only where a verb of attack, capture or visit acts on the
		// place or on what it holds: "he was in Washington" and
		// "a shopping center in Pleasanton" name no party.
		v := n
		if !verbal(s.Sentence, v) {
			if s.Tokens[n].Rel != "obj" && s.Tokens[n].Rel != "nsubj:pass" {
				continue
			}
			v = s.Tokens[n].Head - 1
		}
		if v < 0 || v >= len(s.Tokens) || !townVerbs[strings.ToLower(s.Tokens[v].Lemma)] {
			continue
		}
		code := p.Place.Country
		if named && rebelHeld(s.Sentence, n) {
			// "shelled rebel-held districts of eastern Ghouta": the
			// rebels who hold them.
			code += "REB"
		}
		s.actors = append(s.actors, actors.Mention{
			First: p.First + 1, Last: p.Last + 1, Head: h + 1, Start: p.Start, End: p.End,
			Kind: actors.Named, Code: code,
		})
	}
}

// rebelHeld reports whether the place headed by token t is said to be
// held or controlled by rebels ("rebel-held", "opposition-controlled",
// "militant-held").
func rebelHeld(s nlp.Sentence, t int) bool {
	found := false
	children(s, t, func(k int) bool {
		switch lowerText(s, k) {
		case "held", "controlled":
		default:
			return true
		}
		children(s, k, func(c int) bool {
			switch lowerText(s, c) {
			case "rebel", "opposition", "militant", "insurgent", "jihadist", "islamist", "separatist", "guerrilla":
				found = true
			}
			return !found
		})
		return !found
	})
	return found
}

// placeVerbArgument reports whether token t is the object (or passive
// subject) of a verb whose object may be a town: a verb of armed action,
// capture or visit ("shelled Kherson", "captured Bakhmut", "visited
// Kherson"), or what is fired at ("fired two rockets at Sderot"). A name
// in other positions may be a person or a firm the gazetteer happens to
// list ("Lac", "Southland").
func placeVerbArgument(s nlp.Sentence, t int) bool {
	h := s.Tokens[t].Head - 1
	if h < 0 || h >= len(s.Tokens) {
		return false
	}
	switch r := s.Tokens[t].Rel; {
	case r == "obj" || r == "nsubj:pass":
		return townVerbs[strings.ToLower(s.Tokens[h].Lemma)]
	case strings.HasPrefix(r, "obl") && (hasCaseWord(s, t, "into") || hasCaseWord(s, t, "inside")):
		// "pushed into Kherson".
		return townVerbs[strings.ToLower(s.Tokens[h].Lemma)]
	case strings.HasPrefix(r, "obl") && (hasCaseWord(s, t, "from") || hasCaseWord(s, t, "of")):
		// "withdrew from Kherson", "pulled out of Kherson".
		return fromTownVerbs[strings.ToLower(s.Tokens[h].Lemma)]
	case (strings.HasPrefix(r, "obl") || strings.HasPrefix(r, "nmod")) && hasCaseWord(s, t, "at"):
		// "fired at Sderot", "fired rockets at Sderot".
		if strings.HasPrefix(r, "nmod") && s.Tokens[h].Rel == "obj" {
			h = s.Tokens[h].Head - 1
		}
		return h >= 0 && h < len(s.Tokens) && nlp.FireVerb(s.Tokens[h].Lemma)
	}
	return false
}

// townVerbs (lemmas) take a town as their object.
var townVerbs = map[string]bool{
	"shell": true, "bomb": true, "bombard": true, "attack": true, "strike": true, "hit": true,
	"pound": true, "raid": true, "storm": true, "besiege": true, "capture": true, "seize": true,
	"take": true, "recapture": true, "retake": true, "enter": true, "occupy": true, "overrun": true,
	"surround": true, "encircle": true, "infiltrate": true, "push": true, "advance": true, "roll": true, "fall": true,
	"withdraw": true, "retreat": true, "pull": true,
	"visit": true, "tour": true, "target": true,
}

// onTownVerbs (lemmas) take the town they move on or fall to in an "on"
// or "to" phrase ("advanced on Tripoli", "Ramadi fell to Islamic
// State": the town is the verb's subject there, see placeVerbArgument).
var onTownVerbs = map[string]bool{"advance": true, "march": true}

// fromTownVerbs (lemmas) leave the town of their "from" or "out of"
// phrase ("withdrew from Kherson").
var fromTownVerbs = map[string]bool{"withdraw": true, "retreat": true, "pull": true}

// settlementNouns (lemmas) name the kind of place a town's name is
// written after ("the city of Kherson").
var settlementNouns = nlp.NewLowerMap(map[string]bool{
	"city": true, "town": true, "village": true, "port": true, "region": true, "province": true,
	"district": true, "enclave": true, "stronghold": true, "outskirts": true, "capital": true,
})

// stateActor reports whether an actor code is a state's or an
// international organisation's own: a bare country, its government or
// an IGO.
func stateActor(code string) bool {
	return len(code) == 3 && code != nullActor || hasRole(code, "GOV") || strings.HasPrefix(code, "IGO")
}

// peopleRole reports whether an actor code is of people (soldiers,
// civilians, officials), not of things a seizure may take: firms and
// their ships, or a bare country.
func peopleRole(code string) bool {
	if len(code) < 6 || strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "MNC") {
		return false
	}
	switch code[3:6] {
	case "BUS", "MED", "---":
		return false
	}
	return true
}

// seizureCode returns the code of coder event ce when it seizes
// something, else its code: a town seized is territory occupied (192,
// "rebels captured Goma"); people seized are abducted (181) by armed
// groups and criminals, arrested (173) by a state's forces ("Hezbollah
// guerrillas captured two Israeli soldiers", "U.S. troops captured
// Saddam Hussein").
func (s *sentence) seizureCode(ce coder.Event) string {
	code := ce.Code
	if code == "171" && len(ce.Target) == 3 && s.placeSpan(ce.TargetSpan) {
		code = "192"
	}
	if code == "192" && seizure(s.Sentence, verbToken(s.Sentence, ce.VerbSpan)) {
		// "The U.S. Navy seized Iranian weapons": things seized are
		// confiscated (1711), not territory occupied.
		if h := spanHead(s.Sentence, ce.TargetSpan); h >= 0 && seizedThings[strings.ToLower(s.Tokens[h].Lemma)] {
			code = "1711"
		}
	}
	if h := spanHead(s.Sentence, ce.TargetSpan); (code == "171" || code == "192" || code == "173" || code == "181") &&
		(h >= 0 && installationNouns[strings.ToLower(s.Tokens[h].Lemma)] || s.installationObject(verbToken(s.Sentence, ce.VerbSpan))) &&
		seizure(s.Sentence, verbToken(s.Sentence, ce.VerbSpan)) {
		// "captured the Libyan outpost of Gouro", "seized a Syrian
		// air base", "captured the last Islamic State stronghold": a
		// military post or a place taken is territory occupied,
		// though its code is its holders'.
		return "192"
	}
	if (code == "171" || code == "1711" || code == "192") && peopleRole(ce.Target) && seizure(s.Sentence, verbToken(s.Sentence, ce.VerbSpan)) &&
		!s.takenFrom(ce.TargetSpan) {
		switch {
		case armedChallenger(ce.Source) || hasRole(ce.Source, "CRM"):
			code = "181"
		case stateForce(ce.Source):
			code = "173"
		}
	}
	return code
}

// installationObject reports whether the object of verb v is a military
// post or a place ("captured the last stronghold of the M23 rebels", the
// rebels being the target).
func (s *sentence) installationObject(v int) bool {
	return v >= 0 && objectIn(s.Sentence, v, installationNouns)
}

// installationNouns (lemmas) name military posts and places, which are
// taken as territory, not as people.
var installationNouns = map[string]bool{
	"base": true, "airbase": true, "outpost": true, "post": true, "garrison": true, "barracks": true,
	"airfield": true, "headquarters": true, "stronghold": true, "bastion": true, "town": true, "city": true,
	"village": true, "territory": true, "position": true, "enclave": true, "district": true, "area": true,
	"station": true, "building": true, "checkpoint": true, "airport": true, "compound": true,
}

// takenFrom reports whether the target span is the party something was
// taken from ("seized the town from government forces"), not what was
// seized.
func (s *sentence) takenFrom(span coder.Span) bool {
	for k := range s.Tokens {
		t := &s.Tokens[k]
		if t.Rel != "case" || t.Head < 1 || t.Head > len(s.Tokens) || lowerText(s.Sentence, k) != "from" {
			continue
		}
		if h := &s.Tokens[t.Head-1]; h.Start >= span.Start && h.End <= span.End {
			return true
		}
	}
	return false
}

// seizedThings (lemmas) are goods and vehicles, whose seizure is a
// confiscation.
var seizedThings = map[string]bool{
	"weapon": true, "arm": true, "arms": true, "ammunition": true, "explosive": true, "missile": true,
	"rocket": true, "drug": true, "cargo": true, "shipment": true, "tanker": true, "ship": true,
	"vessel": true, "boat": true, "goods": true, "asset": true, "document": true, "equipment": true,
	"consignment": true, "aircraft": true, "plane": true, "truck": true, "vehicle": true,
}

// seizure reports whether verb v is one of seizing (capture, seize,
// snatch, grab, nab).
func seizure(s nlp.Sentence, v int) bool {
	if v < 0 {
		return false
	}
	switch strings.ToLower(s.Tokens[v].Lemma) {
	case "capture", "seize", "snatch", "grab", "nab":
		return true
	}
	return false
}

// stateForce reports whether an actor code is a state's armed or police
// force, or its government.
func stateForce(code string) bool {
	return hasRole(code, "MIL") || hasRole(code, "COP") || hasRole(code, "GOV") || hasRole(code, "SPY")
}

// battleLosses reports whether verb v inflicts losses or casualties, its
// object or passive subject ("inflicted heavy losses on", "casualties
// were inflicted on").
func battleLosses(s nlp.Sentence, v int) bool {
	if !strings.EqualFold(s.Tokens[v].Lemma, "inflict") {
		return false
	}
	found := false
	children(s, v, func(k int) bool {
		if r := s.Tokens[k].Rel; r == "obj" || r == "nsubj:pass" {
			switch lowerText(s, k) {
			case "losses", "casualties":
				found = true
			}
		}
		return !found
	})
	return found
}

// armedFightVerbs (lower-case lemmas) are the verbs of armed combat
// whose criticism readings (Phoenix's ATTACK patterns) do not hold when
// armed men are the subject.
var armedFightVerbs = map[string]bool{"fight": true, "attack": true, "battle": true, "combat": true, "assault": true}

// armedChallenger reports whether an actor code is an armed group's that
// fights a state: rebels, insurgents, separatists, unidentified armed
// forces.
func armedChallenger(code string) bool {
	return hasRole(code, "REB") || hasRole(code, "INS") || hasRole(code, "SEP") || hasRole(code, "UAF")
}

// rootIn reports whether a CAMEO code's root is one of roots.
func rootIn(code string, roots ...string) bool {
	return len(code) >= 2 && slices.Contains(roots, code[:2])
}

// business reports whether an actor code is a company's or business
// people's (MNC, or the role BUS).
func business(code string) bool {
	return strings.HasPrefix(code, "MNC") || hasRole(code, "BUS")
}

// leaveVerbs (lemmas) leave a body one belongs to.
var leaveVerbs = map[string]bool{"quit": true, "leave": true, "resign": true, "defect": true, "desert": true}

// joinedParty reports whether the phrase with span sp is the "to" phrase
// of a leave verb (leaveVerbs): the party one defects or deserts to.
func (s *sentence) joinedParty(sp coder.Span) bool {
	h := spanHead(s.Sentence, sp)
	return h >= 0 && hasCaseWord(s.Sentence, h, "to")
}

// absoluteWith reports whether the phrase with span sp is the subject of
// an absolute "with" clause set off by a comma (", with the Tories set to
// campaign for a no vote", ", with leader Charles Kennedy saying ..."):
// its head takes "with" right after a comma, and has a predicate of its
// own, which the parser makes the phrase's head or which follows the
// phrase as a participle or "set". (A comma before a partner, "held
// talks on Sunday, with Iraq's foreign minister", gives no predicate.)
func (s *sentence) absoluteWith(sp coder.Span) bool {
	h := spanHead(s.Sentence, sp)
	if h < 0 {
		return false
	}
	if !nlp.CommaWith(s.Tokens, h) {
		return false
	}
	if strings.HasPrefix(s.Tokens[h].Rel, "nsubj") {
		return true
	}
	for k := h + 1; k < len(s.Tokens); k++ {
		if s.Tokens[k].Start < sp.End {
			continue
		}
		t := s.Tokens[k]
		return t.XPOS == "VBG" || t.XPOS == "VBN" || strings.EqualFold(t.Text, "set")
	}
	return false
}

// unarmedFight reports whether an assault or a fight (roots 18, 19 and
// 20) from source on target is one that neither could wage: a firm's or a
// legislature's, or a government's on a government, legislature, court,
// firm, the press, schools or farmers. A government's force against a
// state (a bare country code), against armed men, the police or the
// public stays ("Russia's government attacked Ukraine", "the regime
// killed opposition activists").
func unarmedFight(source, target string) bool {
	if business(source) || hasRole(source, "LEG") {
		return true
	}
	if !hasRole(source, "GOV") {
		return false
	}
	if business(target) {
		return true
	}
	for _, r := range []string{"GOV", "LEG", "JUD", "MED", "EDU", "AGR"} {
		if hasRole(target, r) {
			return true
		}
	}
	return false
}

// privateParty reports whether an actor code is a private party's: a
// company or business people, the press, schools and scholars, or the
// public (roles BUS, MED, EDU, CVL; MNC).
func privateParty(code string) bool {
	return business(code) || hasRole(code, "MED") || hasRole(code, "EDU") || hasRole(code, "CVL")
}

// hasRole reports whether an actor code's first role is role ("USAMED"),
// or the code is the bare role.
func hasRole(code, role string) bool {
	return code == role || len(code) >= 6 && code[3:6] == role
}

// attemptVerbs (lemmas) try their complement: an attempt made ("Egypt
// tried to mediate", "the rebels attempted to seize the capital") is the
// act itself; one still to come (willClause: "he would try to work with
// parliament") is the intent to do it, as seeking is.
var attemptVerbs = map[string]bool{"try": true, "attempt": true}

// willClause reports whether clause u has a will or would auxiliary.
func willClause(s nlp.Sentence, u int) bool { return auxIn(s, u, willAux) }

// modalClause reports whether clause u has a will, would, could, may,
// might or shall auxiliary.
func modalClause(s nlp.Sentence, u int) bool { return auxIn(s, u, modalAux) }

// willAux and modalAux (lower case) are the auxiliaries of willClause and
// modalClause.
var (
	willAux  = map[string]bool{"will": true, "would": true, "'ll": true, "'d": true}
	modalAux = map[string]bool{"will": true, "would": true, "could": true, "may": true, "might": true, "shall": true, "'ll": true, "'d": true}
)

// auxIn reports whether clause u has an auxiliary (aux) of set.
func auxIn(s nlp.Sentence, u int, set map[string]bool) bool {
	m := false
	children(s, u, func(k int) bool {
		m = s.Tokens[k].Rel == "aux" && set[strings.ToLower(s.Tokens[k].Text)]
		return !m
	})
	return m
}

// dropFlag returns fl without f.
func dropFlag(fl event.Flags, f event.Flag) event.Flags {
	out := fl[:0:0]
	for _, g := range fl {
		if g != f {
			out = append(out, g)
		}
	}
	return out
}

// judgedVerbs are the lemmas of verbs that accuse, blame, praise or punish
// someone of or for an act: the act in their "of"/"for" clause
// ("accused Iran of attacking two tankers") is the accuser's claim, and
// its subject is the verb's object, so package coder's reading of it
// (the accuser attacking) is dropped; the accusation is the event.
var judgedVerbs = map[string]bool{
	"accuse": true, "blame": true, "charge": true, "suspect": true, "condemn": true,
	"criticize": true, "criticise": true, "praise": true, "thank": true, "congratulate": true,
	"fault": true, "punish": true, "sentence": true, "convict": true, "arrest": true,
	"jail": true, "fine": true, "sue": true, "indict": true, "denounce": true, "slam": true,
	"commend": true, "hail": true, "reward": true, "honor": true, "honour": true, "applaud": true,
}

// reportNouns (lemmas) name what is said or written to have happened,
// not what did.
var reportNouns = map[string]bool{
	"report": true, "rumour": true, "rumor": true, "speculation": true, "claim": true, "allegation": true,
}

// reportedContent reports whether verb v's clause, up its open-complement
// chain, is the content clause of a noun of reportNouns: "denied reports
// that Iran intended to attack ships", "speculation that the USDA will
// offer Moscow a subsidy" tell what a report or rumour says, which the
// sentence does not assert (GUIDELINES sec. 1: no event lives only in a
// noun). A relative clause whose pronoun is its subject ("a GAO report
// that declared the agency insolvent") is the report's own act, coded.
func reportedContent(s nlp.Sentence, v int) bool {
	u := clauseVerb(s, v)
	for steps := 0; u >= 0 && steps < len(s.Tokens); steps++ {
		if r := s.Tokens[u].Rel; r == "acl" || r == "acl:relcl" {
			h := s.Tokens[u].Head - 1
			if h < 0 || h >= len(s.Tokens) || !reportNouns[strings.ToLower(s.Tokens[h].Lemma)] {
				return false
			}
			ownSubject := false
			children(s, u, func(k int) bool {
				if r := s.Tokens[k].Rel; (r == "nsubj" || r == "nsubj:pass") && s.Tokens[k].XPOS != "WDT" {
					ownSubject = true
				}
				return !ownSubject
			})
			return ownSubject
		}
		u = chainUp(s, u)
	}
	return false
}

// judgedAct reports whether verb v heads the "of"/"for" clause of a verb
// of judgedVerbs.
func judgedAct(s nlp.Sentence, v int) bool {
	if v < 0 {
		return false
	}
	u := clauseVerb(s, v)
	switch s.Tokens[u].Rel {
	case "advcl", "acl", "xcomp", "ccomp":
	default:
		return false
	}
	h := s.Tokens[u].Head - 1
	if h < 0 || h >= len(s.Tokens) || !judgedVerbs[strings.ToLower(s.Tokens[h].Lemma)] {
		return false
	}
	of := false
	children(s, u, func(k int) bool {
		if r := s.Tokens[k].Rel; r == "mark" || r == "case" {
			switch strings.ToLower(s.Tokens[k].Text) {
			case "of", "for":
				of = true
			}
		}
		return !of
	})
	return of
}

// naming reports whether verb v, coded as a phone call (041), names its
// object instead: "called him a giant", "called the plan a disaster"
// (a predicate noun or adjective after the object, or a second object),
// and whether the name is an insult (see insultWord).
func naming(s nlp.Sentence, v int, code string) (named, insult bool) {
	if v >= 0 && describeVerbs[strings.ToLower(s.Tokens[v].Lemma)] && (code == "010" || code == "") {
		// "described Putin as a murderous dictator": describing a
		// party as an insult names it so (111); other descriptions
		// stay statements.
		ins := false
		insulting := func(k int) {
			for j := range s.Tokens {
				if inSubtreeOf(s, j, k) && insultWord(s.Tokens[j].Lemma) {
					ins = true
				}
			}
		}
		children(s, v, func(k int) bool {
			switch {
			case strings.HasPrefix(s.Tokens[k].Rel, "obl") && hasCaseWord(s, k, "as"):
				insulting(k)
			case s.Tokens[k].Rel == "obj":
				// The parser may hang the "as" phrase on the object
				// ("described Turkey's claims as absurd").
				children(s, k, func(c int) bool {
					if s.Tokens[c].Rel == "nmod" && hasCaseWord(s, c, "as") {
						insulting(c)
					}
					return true
				})
			}
			return true
		})
		return ins, ins
	}
	if v < 0 || code != "041" || !strings.EqualFold(s.Tokens[v].Lemma, "call") {
		return false, false
	}
	pred, objs := -1, 0
	children(s, v, func(k int) bool {
		if s.Tokens[k].Rel == "obj" {
			objs++ // "calling them an act of aggression" read with two objects
			if objs == 2 {
				pred = k
			}
		}
		if s.Tokens[k].Rel == "xcomp" && (s.Tokens[k].UPOS == "NOUN" || s.Tokens[k].UPOS == "PROPN" || s.Tokens[k].UPOS == "ADJ") {
			pred = k // the last: "called Iran, Iraq and North Korea an axis of evil"
		}
		return true
	})
	if pred < 0 {
		return nameOnlyCall(s, v), false
	}
	for k := range s.Tokens {
		if inSubtreeOf(s, k, pred) && insultWord(s.Tokens[k].Lemma) {
			return true, true
		}
	}
	return true, false
}

// nameOnlyCall reports whether "call" at v, with no name found after its
// object, still cannot be a telephone call: the parser has lost the
// name, or the verb is no act of its subject.
//   - A participle without "have" names what it follows ("the rebels,
//     also called contras", "an official called a commissioner"): a
//     call is made, not undergone.
//   - "what he called abuses": the free relative names the object.
//   - The object is an act, not a party ("called the U.S. attacks on
//     its platforms an escalation", the name hung lower; "called a
//     meeting" convenes one).
//   - "The bank, called the Central Bank, also disputed ...": a verb
//     right after its subject's comma is a participle in apposition
//     read as the main verb.
func nameOnlyCall(s nlp.Sentence, v int) bool {
	t := s.Tokens[v]
	if t.XPOS == "VBN" && !perfect(s, v) {
		return true
	}
	if h := t.Head - 1; h >= 0 && h < len(s.Tokens) && strings.HasPrefix(t.Rel, "acl") && strings.EqualFold(s.Tokens[h].Text, "what") {
		return true
	}
	if o := childRel(s, v, "obj"); o >= 0 && coder.EventNoun(s.Tokens[o].Text) {
		return true
	}
	if subj := childRel(s, v, "nsubj"); subj >= 0 && v >= 2 && subj == v-2 && s.Tokens[v-1].Text == "," {
		return true
	}
	return false
}

// inSubtreeOf reports whether token k is token t or lies below it.
func inSubtreeOf(s nlp.Sentence, k, t int) bool {
	for steps := 0; k >= 0 && k < len(s.Tokens) && steps <= len(s.Tokens); steps++ {
		if k == t {
			return true
		}
		k = s.Tokens[k].Head - 1
	}
	return false
}

// describeVerbs (lemmas) say what a party is with an "as" phrase.
var describeVerbs = map[string]bool{"describe": true, "portray": true, "characterise": true, "characterize": true, "depict": true}

// standingLead reports whether "lead" (verb token v) tells where a party
// stands rather than an act: a modifier ("leading advocate for sugar
// growers"), a cause ("demonstrations which led to Hu's replacement"), a
// margin ("the Conservatives lead Labour by seven points") or the body
// or work one heads ("who led Care International operations in Iraq").
// Leading an act ("leading a probe into corruption", "led an attack on
// the town") stays an event.
func (s *sentence) standingLead(v int) bool {
	if r := s.Tokens[v].Rel; r == "amod" || r == "compound" {
		return true
	}
	obj, stand := -1, false
	children(s.Sentence, v, func(k int) bool {
		switch {
		case s.Tokens[k].Rel == "obj":
			obj = k
		case s.Tokens[k].Rel == "obl" && (hasCaseWord(s.Sentence, k, "by") || obj < 0 && hasCaseWord(s.Sentence, k, "to")):
			stand = true
		}
		return true
	})
	return stand || obj >= 0 && ledBodies[strings.ToLower(s.Tokens[obj].Lemma)]
}

// ledBodies (lemmas) are what one heads as its leader, not an act.
var ledBodies = map[string]bool{
	"operation": true, "party": true, "company": true, "firm": true, "team": true, "group": true,
	"organisation": true, "organization": true, "country": true, "nation": true, "government": true,
	"poll": true, "field": true, "race": true, "list": true,
}

// appliedFor reports whether verb v, "apply", makes an application: it
// has no object, and a "for" or "as" phrase or a clause with "to" in its
// phrases says what is sought ("applied to the Fed for dealer status",
// "is to apply tomorrow for membership", "applied to the ICCO as an
// exporting member", "applied to the commission to form a cartel").
func (s *sentence) appliedFor(v int) bool {
	if o := childRel(s.Sentence, v, "obj"); o >= 0 && !nlp.TimeNoun(s.Tokens[o].Text) {
		return false // "apply a duty"; not "apply tomorrow for membership"
	}
	if childRel(s.Sentence, v, "xcomp") >= 0 {
		return true
	}
	for k, t := range s.Tokens {
		if k <= v || !inSubtreeOf(s.Sentence, k, v) {
			continue
		}
		if (t.UPOS == "ADP" || t.UPOS == "SCONJ") && (strings.EqualFold(t.Text, "for") || strings.EqualFold(t.Text, "as")) ||
			t.Rel == "advcl" && t.Head == v+1 && markedTo(s.Sentence, k) {
			return true
		}
	}
	return false
}

// hasCaseWord reports whether token k has the case marker w.
func hasCaseWord(s nlp.Sentence, k int, w string) bool {
	found := false
	children(s, k, func(c int) bool {
		found = s.Tokens[c].Rel == "case" && strings.EqualFold(s.Tokens[c].Text, w)
		return !found
	})
	return found
}

// insultWord reports whether lemma w makes calling someone something
// criticism (111): a word of scorn or of judgement (coder.JudgementWord):
// "called Iran, Iraq and North Korea an axis of evil", "called Bush the
// devil".
func insultWord(w string) bool { return coder.JudgementWord(w) }

// verbalCode reports whether a CAMEO code is a verbal act: statements,
// appeals, demands, disapproval and rejection (roots 01, 02, 10, 11, 12).
func verbalCode(code string) bool { return rootIn(code, "01", "02", "10", "11", "12") }

// disclosureVerbs (lemmas) make public what their object says (a plan,
// its details, names, figures) or grant that it is so.
var disclosureVerbs = map[string]bool{
	"unveil": true, "reveal": true, "outline": true, "disclose": true, "divulge": true,
	"detail": true, "publish": true, "expose": true,
}

// grantVerbs (lemmas) grant that what their object or clause says is so.
var grantVerbs = map[string]bool{
	"acknowledge": true, "admit": true, "concede": true, "recognise": true, "recognize": true,
}

// disclosedPlan reports whether a statement or cooperation coded on a
// disclosure verb (see disclosureVerbs) takes its target only from inside
// the thing disclosed or granted: "the Conservatives unveiled plans to
// introduce health checks for immigrants", "Howard revealed the full
// scale of his planned Tory tax cuts" (the object itself no actor),
// "Kennedy conceded that Britain's economy was among the most
// successful", "Clarke said he recognised people's concerns". Making one's
// own plans public addresses no one (GUIDELINES sec. 1: a statement of
// one's own plans with no addressee is not coded), and granting a fact
// claims no responsibility (015) and praises no one; the party named in
// the plan or the fact is its subject matter. (A party that is the object
// itself, or what the object names, stays after a verb of granting
// (grantVerbs): "recognised Kosovo", "recognised the state of
// Palestine", "admitted China as a member".)
func (s *sentence) disclosedPlan(ce coder.Event) bool {
	v := spanHead(s.Sentence, ce.VerbSpan)
	t := spanHead(s.Sentence, ce.TargetSpan)
	if v < 0 || t < 0 {
		return false
	}
	l := strings.ToLower(s.Tokens[v].Lemma)
	if !disclosureVerbs[l] && !grantVerbs[l] {
		return false
	}
	if c := childRel(s.Sentence, v, "ccomp"); c >= 0 && inSubtreeOf(s.Sentence, t, c) {
		return true
	}
	o := childRel(s.Sentence, v, "obj")
	switch {
	case o < 0:
		return false
	case o == t && s.actorWord(t):
		return false
	case grantVerbs[l]:
		// "recognised people's concerns", "recognises Greek rights":
		// the party only qualifies what is granted.
		return s.qualifiedBy(o, ce.TargetSpan)
	}
	return inSubtreeOf(s.Sentence, t, o)
}

// qualifiedBy reports whether an actor mention in span sp is a modifier
// of noun h (see sentence.modifierOf): "people's concerns", "Greek
// rights".
func (s *sentence) qualifiedBy(h int, sp coder.Span) bool {
	for _, m := range s.actors {
		if m.Kind != actors.NotActor && m.Start >= sp.Start && m.End <= sp.End && s.modifierOf(m.Head-1, h) {
			return true
		}
	}
	return false
}

// actorWord reports whether token k lies in an actor mention of the
// sentence.
func (s *sentence) actorWord(k int) bool {
	for _, m := range s.actors {
		if m.Kind != actors.NotActor && m.First-1 <= k && k <= m.Last-1 {
			return true
		}
	}
	return false
}

// yesNoQuestion reports whether verb v, or the clause its participle or
// infinitive hangs on, asks a yes-no question: an auxiliary before the
// clause's subject and a question mark closing it ("Should the United
// Kingdom approve the treaty establishing a constitution for the European
// Union?", "can he persuade sceptical voters ...?"). What a question asks
// about is not reported as done.
func yesNoQuestion(s nlp.Sentence, v int) bool {
	u := clauseVerb(s, v)
	for steps := 0; steps < 3 && (s.Tokens[u].Rel == "advcl" || s.Tokens[u].Rel == "xcomp") && s.Tokens[u].XPOS != "VBD"; steps++ {
		if childRel(s, u, "nsubj") >= 0 || s.Tokens[u].Head < 1 {
			break
		}
		u = s.Tokens[u].Head - 1
	}
	subj, aux := childRel(s, u, "nsubj"), -1
	children(s, u, func(k int) bool {
		if s.Tokens[k].Rel == "aux" && aux < 0 {
			aux = k
		}
		return true
	})
	if subj < 0 || aux < 0 || aux > subj || aux > 0 && questionWords[lowerText(s, aux-1)] {
		// ("Why did Iran attack Israel?" takes the attack as done.)
		return false
	}
	for k := u + 1; k < len(s.Tokens); k++ {
		if s.Tokens[k].Text == "?" {
			// The question mark closes the clause, however the
			// parser hung it.
			return inSubtreeOf(s, k, u) || inSubtreeOf(s, k-1, u)
		}
	}
	return false
}

// answerVerbs (lemmas) answer what others said or asked: their object is
// a criticism, a demand or a report, whose author is the party answered.
var answerVerbs = map[string]bool{
	"reject": true, "dismiss": true, "deny": true, "refute": true, "rebuff": true, "welcome": true,
	"accept": true, "ignore": true, "defy": true, "counter": true, "answer": true,
}

// saidNouns (lemmas) name what a party says or asks of others.
var saidNouns = map[string]bool{
	"criticism": true, "accusation": true, "allegation": true, "charge": true, "claim": true,
	"report": true, "speculation": true, "call": true, "demand": true, "request": true,
	"appeal": true, "complaint": true, "suggestion": true, "rumour": true, "rumor": true,
	"proposal": true, "plan": true,
}

// saidTopicTarget reports whether the target of event ce lies in what
// the answered words are about rather than who said them: the verb (of
// answerVerbs) has as object a noun of saidNouns whose complement
// phrase holds the target ("rejected criticism of its new security law
// for Hong Kong", "rejected demands for the extradition of the Rwandan
// suspects"). The answer is to the author, whom such a sentence does
// not name; an owner ("US criticism", "Moscow's demands") or a "by" or
// "from" phrase names the author and stays the target, and a "with"
// phrase names the party the answered proposal would deal with. A
// target of the source's own country is left to the rules of domestic
// affairs.
func (s *sentence) saidTopicTarget(ce coder.Event) bool {
	v := verbToken(s.Sentence, ce.VerbSpan)
	h := spanHead(s.Sentence, ce.TargetSpan)
	if v < 0 || h < 0 || !answerVerbs[strings.ToLower(s.Tokens[v].Lemma)] {
		return false
	}
	for k, steps := h, 0; k >= 0 && steps < len(s.Tokens); steps++ {
		up := s.Tokens[k].Head - 1
		if up < 0 || up >= len(s.Tokens) || up == v {
			return false
		}
		if s.Tokens[k].Rel == "nmod" && hasCaseWord(s.Sentence, k, "with") {
			return false // "rejected suggestions for negotiations with the IMF": the party dealt with
		}
		if s.Tokens[up].Head-1 == v && s.Tokens[up].Rel == "obj" && saidNouns[strings.ToLower(s.Tokens[up].Lemma)] {
			return s.Tokens[k].Rel == "nmod" && !authorPhrase(s.Sentence, k)
		}
		k = up
	}
	return false
}

// authorPhrase reports whether nominal modifier k is opened by "by" or
// "from", which name who made a statement or a demand.
func authorPhrase(s nlp.Sentence, k int) bool {
	return hasCaseWord(s, k, "by") || hasCaseWord(s, k, "from")
}

// stateStaffWords (lower case, singular: a phrase holding one holds its
// plural too) name the state's employees as a body: "civil servants",
// "public servants", "government employees".
var stateStaffWords = []string{
	"civil servant", "public servant", "government employee", "government worker", "state employee", "state worker",
}

// stateStaff reports whether the phrase at span sp names the state's
// employees (stateStaffWords).
func (s *sentence) stateStaff(sp coder.Span) bool {
	if sp.Start < 0 || sp.End > len(s.text) || sp.Start >= sp.End {
		return false
	}
	t := strings.ToLower(s.text[sp.Start:sp.End])
	return slices.ContainsFunc(stateStaffWords, func(w string) bool { return strings.Contains(t, w) })
}
