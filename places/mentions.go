package places

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tacitus/nlp"
)

// Mention is a place name found in a sentence.
type Mention struct {
	// Start and End are half-open byte offsets of the name in the
	// document; Text is the name as written. With a qualifier ("Paris,
	// Texas") the span covers both.
	Start, End int
	Text       string
	// First and Last are 0-based indices of the first and last tokens of
	// the name in Sentence.Tokens.
	First, Last int
	// Place is the resolved place when Resolved is true. An unresolved
	// mention is a proper name governed by a locative preposition that the
	// gazetteer does not know ("in Cirith Ungol").
	Place    Place
	Resolved bool
	// Prep is the lower-cased preposition that governs the name ("in",
	// "from"; "near" for "20 km north of"), "" when there is none.
	Prep string
	// Locative is true when Prep is locative (see Mentions): strong
	// evidence that an event of the sentence happened there.
	Locative bool
}

// Mentions finds the place names of a sentence of the document text with
// the embedded gazetteer and no context (see Gazetteer.Mentions).
func Mentions(text string, s nlp.Sentence) []Mention {
	return mustDefault().Mentions(text, s, Context{})
}

// Mentions finds the place names of a tagged sentence of text.
//
// Candidates are runs of proper nouns (UPOS PROPN or XPOS NNP/NNPS; for an
// untagged token, a capitalised word that is not a function word), joined
// across lower-case name particles between two of them ("Rio de
// Janeiro", "Bosnia and Herzegovina" is two runs) and across hyphens
// written without spaces.
//
// The preposition that governs a run is found on the surface, skipping
// "the", direction adjectives ("northern") and "the city of"-style heads
// ("in the northern city of Aleppo" → "in"); "20 km north of X" counts as
// "near". A run joined by "and", "or" or a comma to a preceding mention
// inherits its preposition ("in Paris and London"). When the sentence is
// parsed and the surface shows no preposition, the "case" dependent of
// the name's head (or of its conjunct's head) is used.
//
// Locative prepositions are in, at, near, outside, inside, within,
// across, throughout, around, off, along and beside. From, to, into,
// toward(s), via and through are directional: their object is a place but
// not necessarily where the event happened, so the mention is reported
// with Locative false. "From" is deliberately not locative: "the envoy
// from Qatar" says nothing about where the meeting took place.
//
// After a locative or directional preposition the longest gazetteer name
// at the start of the run is taken when the rest of the run is a date
// ("in Paris Saturday" → Paris); any other rest makes the whole run one
// name ("in Castel Gandolfo", "at the Washington Post"). A locative run
// the gazetteer does not know is reported unresolved, unless it follows
// "at" (mostly companies: "an analyst at UBS") or looks like a date, a
// title or an organisation. A single month or day name is never
// a place ("in March").
//
// Without such a preposition the whole run must be a gazetteer name, and
// the mention is dropped when
//   - the run is the subject or possessor of the clause ("Washington
//     said", "Syria's army"): metonymy for a government, not the scene of
//     the event (read from the parse, or from a following verb or "'s");
//   - it is a single word in the ambiguous list (given names such as
//     "Jordan", "Georgia", "Chad", "Victoria", and words such as "Nice" or
//     "Reading");
//   - the best candidate is a city of fewer than 100,000 people that is
//     not a capital, or matched only by an alternate name ("Bombay") and
//     has fewer than a million (so "Hama", an alternate name of Ḩamāh,
//     needs a preposition), unless the parse makes the run the object of
//     a verb of taking or striking a place ("captured Bakhmut", see
//     armedObject).
//
// A directional preposition waives the first two conditions but not the
// third ("to Jordan" is a place; "to Moro", a Pakistani town, is not).
// Single generic words that GeoNames uses as region
// names ("North", "Centre", "Littoral") are never places, nor are unknown
// runs that name events ("World War") or a people (a lone NNPS: "Serbs").
//
// A name followed by a comma and a country or region that contains one of
// its candidates is read as qualified ("Paris, Texas"). Countries found in
// the sentence are added to ctx before the other names are resolved.
func (g *Gazetteer) Mentions(text string, s nlp.Sentence, ctx Context) []Mention {
	toks := s.Tokens
	var out []Mention
	var buf [128]byte
	for i := 0; i < len(toks); {
		if !isName(toks, i) {
			i++
			continue
		}
		end := runEnd(toks, i) // exclusive
		first := i
		prep, locative, directional := g.governor(toks, first, out)
		if prep == "" {
			prep, locative, directional = parsedGovernor(toks, first, end)
		}
		i = end
		strong := locative || directional

		// Leading direction words ("Southern Lebanon") are not part of
		// a name the gazetteer knows.
		match := -1 // exclusive end of the matched name
		for first < end {
			match = g.longestName(text, toks, first, end, strong, buf[:0])
			if match >= 0 || !directionWord(toks[first].Text) || first+1 == end {
				break
			}
			first++
		}
		if match < 0 {
			last := end - 1
			for last > first && in(calendarWords, toks[last].Text) {
				last-- // "in Holmenkollen Saturday"
			}
			if locative && prep != "at" && unresolvedOK(toks, first, last+1) {
				out = append(out, Mention{Start: toks[first].Start, End: toks[last].End, Text: span(text, toks, first, last),
					First: first, Last: last, Prep: prep, Locative: true})
			}
			continue
		}
		if match < end && !in(calendarWords, toks[match].Text) {
			// Only a date may follow a name inside a run ("in Paris
			// Saturday"): "the Washington Post" is an organisation, and
			// "Castel Gandolfo" is not the Castel of the gazetteer.
			if locative && prep != "at" && !orgWord(toks[match].Text) && unresolvedOK(toks, first, end) {
				out = append(out, Mention{Start: toks[first].Start, End: toks[end-1].End, Text: span(text, toks, first, end-1),
					First: first, Last: end - 1, Prep: prep, Locative: true})
			}
			continue
		}
		if match == first+1 && (in(calendarWords, toks[first].Text) || in(generic, toks[first].Text) || in(orgWords, toks[first].Text)) {
			// "in March" is a date, not the English town; "North" is
			// no place; "in the Bank" is an institution, not the
			// Indian town Bānk.
			continue
		}
		m := Mention{Start: toks[first].Start, End: toks[match-1].End, Text: span(text, toks, first, match-1),
			First: first, Last: match - 1, Prep: prep, Locative: locative}
		if match == end && end+1 < len(toks) && settlementHeads[strings.ToLower(toks[end].Text)] && strings.EqualFold(toks[end+1].Text, "of") {
			// "in the West Bank city of Nablus": the region names
			// where the town lies; the town is where it happened.
			m.Locative = false
		}
		name := m.Text
		qctx := ctx

		// "in Borno state", "Anbar province": the kind of region
		// belongs to the mention, and a qualifier may follow it.
		if match == end && end < len(toks) && regionWords[strings.ToLower(toks[end].Text)] {
			m.End, m.Last = toks[end].End, end
			end++
			i = end
		}

		// "Paris, Texas": a comma and a qualifying region or country.
		if match <= end && m.Last == end-1 && end+1 < len(toks) && toks[end].Text == "," && isName(toks, end+1) {
			qEnd := runEnd(toks, end+1)
			qual := span(text, toks, end+1, qEnd-1)
			if g.qualifies(name, qual) {
				qctx.Qualifier = qual
				m.End, m.Last = toks[qEnd-1].End, qEnd-1
				i = qEnd
			}
		}
		m.Text = span(text, toks, first, m.Last)
		if waterBody(toks, first, m.Last) {
			continue // "the Red Sea" is the sea, not Sudan's Red Sea state
		}
		idx, ok := g.resolve(name, &qctx)
		if !ok {
			continue
		}
		if !locative && qctx.Qualifier == "" && !armedObject(toks, first, match) && !settlementOf(toks, first) && !g.confident(name, idx, !directional && match == first+1, buf[:0]) {
			continue
		}
		if e := &g.entries[idx]; match == first+1 && acronym(toks[first].Text) && e.Resolution == City && e.Population < 1_000_000 && g.altOnly(name, idx, buf[:0]) {
			// "IRNA said" is the news agency, not a town that has it
			// as a second name ("LA" for a city of millions stays).
			continue
		}
		if !strong && isActor(toks, first, match) {
			continue
		}
		m.Place, m.Resolved = g.entries[idx].Place, true
		out = append(out, m)
	}
	return g.recontext(text, out, ctx)
}

// recontext re-resolves the city and region mentions with the countries
// found in the sentence added to the context.
func (g *Gazetteer) recontext(text string, ms []Mention, ctx Context) []Mention {
	var extra []string
	for _, m := range ms {
		if m.Resolved && m.Place.Resolution == Country && !ctx.has(m.Place.Country) {
			extra = append(extra, m.Place.Country)
		}
	}
	if len(extra) == 0 {
		return ms
	}
	ctx.Countries = append(append([]string(nil), ctx.Countries...), extra...)
	for i := range ms {
		m := &ms[i]
		if !m.Resolved || m.Place.Resolution == Country {
			continue
		}
		if p, ok := g.Resolve(m.Text, ctx); ok {
			m.Place = p
		}
	}
	return ms
}

// regionWords are the lower-case kinds of region written after a
// region's name ("Borno state", "Helmand province").
var regionWords = set("state", "province", "region", "governorate", "district", "county", "prefecture", "oblast", "department")

// span returns the document text of tokens first..last (inclusive),
// falling back to the tokens' own text when offsets do not fit the text.
func span(text string, toks []nlp.Token, first, last int) string {
	a, b := toks[first].Start, toks[last].End
	if 0 <= a && a <= b && b <= len(text) {
		return text[a:b]
	}
	parts := make([]string, 0, last-first+1)
	for _, t := range toks[first : last+1] {
		parts = append(parts, t.Text)
	}
	return strings.Join(parts, " ")
}

// longestName returns the exclusive end of the longest gazetteer name
// that starts at token first and ends before end, or -1. Unless prefix is
// true the name must cover the whole run.
func (g *Gazetteer) longestName(text string, toks []nlp.Token, first, end int, prefix bool, buf []byte) int {
	const maxWords = 8
	for j := min(end, first+maxWords); j > first; j-- {
		if j != end && !prefix {
			break
		}
		if !isName(toks, j-1) {
			continue // do not end on a particle
		}
		if _, ok := g.index[string(appendKey(buf[:0], span(text, toks, first, j-1)))]; ok {
			return j
		}
	}
	return -1
}

// qualifies reports whether qual names a region or country that holds a
// place called name.
func (g *Gazetteer) qualifies(name, qual string) bool {
	var b1, b2 [128]byte
	quals := g.qualifiers(qual, b2[:0])
	if quals == nil {
		return false
	}
	for _, v := range g.index[string(appendKey(b1[:0], name))] {
		if i := v >> 1; g.entries[i].Resolution != Country && g.inside(i, quals) {
			return true
		}
	}
	return false
}

// confident reports whether a name seen without a locative preposition is
// safe to report as a place (see Mentions); single tells whether it is a
// single word that must not be in the ambiguous list.
func (g *Gazetteer) confident(name string, idx int32, single bool, buf []byte) bool {
	if single && ambiguous[string(appendKey(buf[:0], name))] {
		return false
	}
	e := &g.entries[idx]
	if e.Resolution != City {
		return true
	}
	if g.altOnly(name, idx, buf) {
		return e.Population >= 1_000_000
	}
	return e.Population >= 100_000 || e.Feature == "PPLC"
}

// altOnly reports whether name leads to entry idx only as one of its
// alternate names, not its own.
func (g *Gazetteer) altOnly(name string, idx int32, buf []byte) bool {
	alt := true
	for _, v := range g.index[string(appendKey(buf[:0], name))] {
		if v>>1 == idx {
			alt = v&1 == 1
		}
	}
	return alt
}

// acronym reports whether w is written in capitals throughout, two to
// five letters ("IRNA", "NATO").
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// armedObject reports whether the run first..end-1 is, by the parse, the
// object of a verb of taking or striking a place ("Wagner fighters
// captured Bakhmut", "shelled Kharkiv"): a town of any size, not a
// person's name.
func armedObject(toks []nlp.Token, first, end int) bool {
	for k := first; k < end; k++ {
		h := toks[k].Head - 1
		if h >= first && h < end {
			continue
		}
		if h >= 0 && h < len(toks) && toks[k].Rel == "nmod" && strings.EqualFold(toks[h].Lemma, "control") && toks[h].Rel == "obj" {
			// "took control of Timbuktu": the place is what the
			// verb of taking takes.
			k, h = h, toks[h].Head-1
			if h >= 0 && h < len(toks) && (placeTakingVerbs[strings.ToLower(toks[h].Lemma)] || controlVerbs[strings.ToLower(toks[h].Lemma)]) {
				return true
			}
			return false
		}
		if h >= 0 && h < len(toks) && strings.HasPrefix(toks[k].Rel, "obl") {
			// "pushed into Izium", "pulled out of Izium".
			lemma := strings.ToLower(toks[h].Lemma)
			for c := range toks {
				if toks[c].Head != k+1 || toks[c].Rel != "case" {
					continue
				}
				switch strings.ToLower(toks[c].Text) {
				case "into":
					if movingVerbs[lemma] {
						return true
					}
				case "from", "of":
					if leavingVerbs[lemma] {
						return true
					}
				}
			}
			return false
		}
		if toks[k].Rel != "obj" || h < 0 || h >= len(toks) {
			return false
		}
		return placeTakingVerbs[strings.ToLower(toks[h].Lemma)]
	}
	return false
}

// movingVerbs (lemmas) move forces into the place of their "into"
// phrase, leavingVerbs out of the place of their "from" or "out of"
// phrase.
var (
	movingVerbs  = map[string]bool{"push": true, "roll": true, "advance": true, "move": true, "storm": true, "infiltrate": true}
	leavingVerbs = map[string]bool{"withdraw": true, "retreat": true, "pull": true}
)

// controlVerbs (lemmas) take control of a place ("took control of X").
var controlVerbs = map[string]bool{"take": true, "gain": true, "regain": true, "wrest": true, "assume": true}

// settlementOf reports whether the run starting at first is named after
// a noun for a settlement and "of" ("the city of Timbuktu", "the town of
// Chibok"): a town of any size, as the words say.
func settlementOf(toks []nlp.Token, first int) bool {
	return first >= 2 && strings.EqualFold(toks[first-1].Text, "of") && settlementHeads[strings.ToLower(toks[first-2].Text)]
}

// settlementHeads are the nouns of settlement that a town's name is
// written after ("the city of X").
var settlementHeads = set("city", "town", "village", "port", "township", "municipality", "settlement")

// placeTakingVerbs (lemmas) take, strike or hold a place as their object.
var placeTakingVerbs = map[string]bool{
	"capture": true, "seize": true, "recapture": true, "retake": true, "storm": true,
	"overrun": true, "besiege": true, "shell": true, "bomb": true, "bombard": true,
	"liberate": true, "occupy": true, "encircle": true, "surround": true, "raid": true,
}

// isActor reports whether the run first..end-1 reads as the subject or
// possessor of its clause.
func isActor(toks []nlp.Token, first, end int) bool {
	if h := spanHead(toks, first, end); h >= 0 {
		switch rel, _, _ := strings.Cut(toks[h].Rel, ":"); rel {
		case "nsubj", "csubj", "vocative":
			return true
		case "nmod":
			if toks[h].Rel == "nmod:poss" {
				return true
			}
		}
		if toks[h].Head >= 0 && toks[h].Rel != "" {
			return false // parsed: trust the parse
		}
	}
	if end >= len(toks) {
		return false
	}
	next := toks[end]
	switch {
	case next.XPOS == "POS" || next.Text == "'s" || next.Text == "’s":
		return true
	case next.UPOS == "VERB" || next.UPOS == "AUX" || next.XPOS == "MD" || strings.HasPrefix(next.XPOS, "VB"):
		return true
	}
	return false
}

// spanHead returns the token of first..end-1 whose head lies outside the
// run, or -1 when the sentence is not parsed.
func spanHead(toks []nlp.Token, first, end int) int {
	for i := first; i < end; i++ {
		h := toks[i].Head
		if h < 0 || h > len(toks) {
			return -1
		}
		if h == 0 || h-1 < first || h-1 >= end {
			return i
		}
	}
	return -1
}

// governor finds the preposition before the run starting at first on the
// surface (see Mentions); prev are the mentions found so far.
func (g *Gazetteer) governor(toks []nlp.Token, first int, prev []Mention) (prep string, locative, directional bool) {
	k := first - 1
	for k >= 0 {
		w := lower(toks[k].Text)
		switch {
		case w == "the" || directionWord(w) || w == "neighbouring" || w == "neighboring" || w == "downtown":
			k--
			continue
		case w == "of" && k > 0 && in(headNoun, toks[k-1].Text):
			dir := directionWord(toks[k-1].Text)
			k -= 2
			if dir && k >= 0 && in(distanceUnit, toks[k].Text) {
				return "near", true, false
			}
			// "in the Afghan city of Kunduz", "in the besieged
			// town of Madaya": the adjectives of the noun.
			j := k
			for j >= 0 && toks[j].UPOS == "ADJ" {
				j--
			}
			if j >= 0 && !determiner(toks[j].Text) {
				// "in the Kenyan port city of Mombasa", "near the
				// Iraqi border town of Zakho", "in the West Bank
				// city of Nablus": up to three words of any kind
				// of modifier, when a determiner opens them.
				i := k
				for i >= 0 && k-i < 3 && (toks[i].UPOS == "ADJ" || toks[i].UPOS == "NOUN" || toks[i].UPOS == "PROPN") {
					i--
				}
				if i >= 0 && determiner(toks[i].Text) {
					j = i
				}
			}
			k = j
			continue
		}
		break
	}
	if k < 0 {
		return "", false, false
	}
	w := lower(toks[k].Text)
	if w == "," && k > 0 && in(headNoun, toks[k-1].Text) {
		// "in the capital, Nairobi": the preposition of the noun the
		// name stands beside.
		for j := k - 2; j >= 0 && j >= k-5; j-- {
			pw := lower(toks[j].Text)
			if locativePreps[pw] {
				return pw, true, false
			}
			if directionalPreps[pw] {
				return pw, false, true
			}
			if pw != "the" && toks[j].UPOS != "ADJ" && !directionWord(pw) {
				break
			}
		}
	}
	if (w == "and" || w == "or" || w == ",") && len(prev) > 0 {
		if last := prev[len(prev)-1]; last.Last == k-1 && last.Prep != "" {
			return last.Prep, last.Locative, !last.Locative && directionalPreps[last.Prep]
		}
	}
	switch {
	case locativePreps[w]:
		return w, true, false
	case directionalPreps[w]:
		return w, false, true
	case w == "for" && k > 0 && in(departureWords, toks[k-1].Text):
		// "leaves for Washington", "headed for Kabul", "bound for
		// Rotterdam": the destination of a departure.
		return w, false, true
	case toks[k].UPOS == "ADP" || toks[k].XPOS == "IN":
		return w, false, false
	}
	return "", false, false
}

// parsedGovernor reads the preposition of a run from the parse: the case
// dependent of its head, or of the head's conjunct.
func parsedGovernor(toks []nlp.Token, first, end int) (prep string, locative, directional bool) {
	h := spanHead(toks, first, end)
	for hops := 0; h >= 0 && hops < 4; hops++ {
		for i := range toks {
			if toks[i].Head == h+1 && toks[i].Rel == "case" {
				w := lower(toks[i].Text)
				return w, locativePreps[w], directionalPreps[w]
			}
		}
		// A conjunct shares its first member's preposition; an
		// apposition its anchor's ("in the capital, Nairobi").
		if toks[h].Rel != "conj" && toks[h].Rel != "appos" || toks[h].Head <= 0 || toks[h].Head > len(toks) {
			break
		}
		h = toks[h].Head - 1
	}
	return "", false, false
}

// isName reports whether token i can be part of a place name.
func isName(toks []nlp.Token, i int) bool {
	t := &toks[i]
	switch {
	case t.UPOS == "PROPN" || t.XPOS == "NNP" || t.XPOS == "NNPS":
		return true
	case (t.XPOS == "NN" || t.XPOS == "NNS") && capitalised(t.Text) && afterLocative(toks, i):
		// A name the tagger does not know, read as a common noun
		// right after "in" or "at": "marched in Tel Aviv".
		return true
	case t.UPOS != "" || t.XPOS != "":
		return false
	}
	return capitalised(t.Text) && !in(functionWords, t.Text)
}

// capitalised reports whether w starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// afterLocative reports whether token i follows a locative preposition
// directly or across capitalised common nouns ("in Tel Aviv").
func afterLocative(toks []nlp.Token, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].XPOS == "NN" || toks[k].XPOS == "NNS") && capitalised(toks[k].Text) {
		k--
	}
	return k >= 0 && toks[k].XPOS == "IN" && locativePreps[strings.ToLower(toks[k].Text)]
}

// runEnd returns the exclusive end of the name run starting at i. A
// personal honorific starts a new run: "Speaking in Harrogate Mr Kennedy
// said" names a town and then a man.
func runEnd(toks []nlp.Token, i int) int {
	j := i + 1
	for j < len(toks) {
		switch {
		case in(honorifics, strings.TrimSuffix(toks[j].Text, ".")):
			return j
		case isName(toks, j):
			j++
		case j+1 < len(toks) && isName(toks, j+1) && (in(particles, toks[j].Text) ||
			(toks[j].Text == "-" && !toks[j-1].SpaceAfter && !toks[j].SpaceAfter)):
			j += 2
		default:
			return j
		}
	}
	return j
}

// unresolvedOK reports whether an unknown run after a locative
// preposition may be reported as a place.
func unresolvedOK(toks []nlp.Token, first, end int) bool {
	if !capitalised(toks[first].Text) {
		return false
	}
	if end-first == 1 && toks[first].XPOS == "NNPS" {
		return false // a people ("Serbs"), not a place
	}
	for i := first; i < end; i++ {
		w := toks[i].Text
		if in(events, w) || in(orgWords, w) || in(titles, w) || (i == first && in(calendarWords, w)) {
			return false
		}
	}
	return true
}

func orgWord(s string) bool       { return in(orgWords, s) }
func directionWord(s string) bool { return in(directions, s) }

// determiner reports whether w (any case) is an article that opens a
// noun phrase.
func determiner(w string) bool {
	return strings.EqualFold(w, "the") || strings.EqualFold(w, "a") || strings.EqualFold(w, "an")
}

// HeadNoun reports whether w (any case) is a noun that a place name
// follows or qualifies ("city" of "the Afghan city of Kunduz", "capital"
// of "the Somali capital Mogadishu").
func HeadNoun(w string) bool { return in(headNoun, w) }

// in reports whether the lower-cased s is in the word set m, without
// allocating (see nlp.LowerLookup).
func in(m map[string]bool, s string) bool { return nlp.LowerLookup(m, s) }

// lower lower-cases a word, without allocating when it is already lower
// case ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	locativePreps = set("in", "at", "near", "outside", "inside", "within", "across", "throughout", "around", "off", "along", "beside", "through")
	// departureWords are the forms of leaving whose "for" names where the
	// traveller goes (see governor).
	departureWords = set("leave", "leaves", "leaving", "left", "depart", "departs", "departed", "departing",
		"head", "heads", "headed", "heading", "bound", "sail", "sails", "sailed", "sailing")
	directionalPreps = set("from", "to", "into", "toward", "towards", "via", "through")
	particles        = set("de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "les", "el", "al", "of", "upon", "en", "sur", "am", "im", "an", "au", "aux", "y", "e")
	functionWords    = set("the", "a", "an", "in", "at", "on", "of", "for", "to", "from", "by", "with", "and", "or", "but", "if", "when", "while", "after", "before", "as", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "there", "here", "near", "outside", "inside")
	directions       = set("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
		"northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
		"northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western")
	distanceUnit = set("km", "kms", "kilometers", "kilometres", "miles", "mi", "mile", "kilometer", "kilometre")
	// headNoun are the nouns of "the city of X"-style phrases.
	headNoun = set("city", "town", "village", "capital", "province", "region", "state", "port", "district", "outskirts",
		"suburbs", "suburb", "heart", "centre", "center", "streets", "area", "border", "coast", "island", "county",
		"governorate", "municipality", "part", "parts", "vicinity", "edge", "north", "south", "east", "west",
		"northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
		"outside", "inside", "kingdom", "republic", "emirate", "territory", "enclave", "neighbourhood", "neighborhood")
	orgWords = set("post", "times", "journal", "herald", "tribune", "news", "university", "college", "school", "party",
		"corp", "corporation", "company", "co", "inc", "ltd", "bank", "group", "council", "ministry", "agency", "club",
		"fc", "united", "institute", "foundation", "association", "committee", "airlines", "airways", "exchange",
		"congress", "parliament", "senate", "court", "army", "police", "government", "administration", "conference",
		"summit", "accord", "accords", "agreement", "treaty", "convention", "declaration", "protocol", "games", "cup", "open")
	titles = set("president", "prime", "minister", "king", "queen", "prince", "mr", "mrs", "ms", "dr", "gen", "general",
		"sen", "senator", "rep", "pope", "sheikh", "secretary", "chancellor", "governor", "mayor", "judge", "colonel", "col", "lt", "capt")
	// honorifics are the titles of persons that no place name holds.
	honorifics = set("mr", "mrs", "ms", "messrs", "dr")
	// calendarWords name times: months, days, feasts, and the time
	// zones after a clock time ("at 2100 EST" is no region Est).
	calendarWords = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter", "ramadan",
		"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "bst", "cet", "cest", "utc")
	// generic are single words that name regions somewhere ("North" in
	// Cameroon) but are ordinary words in English text.
	generic = set("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
		"center", "capital", "coast", "littoral", "national", "federal", "city", "islands", "island", "mountain",
		"plateau", "lake", "lakes", "valley", "river", "delta", "sea", "highlands", "lowlands", "border", "upper",
		"lower", "middle", "interior", "atlantic", "pacific", "northwest", "northeast", "southwest", "southeast")
	// events are words that make a capitalised run a named event.
	events = set("war", "revolution", "olympics", "olympic", "games", "cup", "championship", "festival", "crisis", "uprising")
	// ambiguous single words need a locative or directional preposition
	// to count as places: given names and surnames that are also places,
	// ordinary English words, and names that the press uses for
	// organisations or people more often than for places.
	ambiguous = set("jordan", "georgia", "chad", "victoria", "florence", "charlotte", "austin", "houston", "lincoln",
		"washington", "eugene", "beverly", "marion", "lafayette", "madison", "jackson", "sydney", "adelaide",
		"alexandria", "hamilton", "orlando", "santiago", "regina", "kent", "chester", "troy",
		"aurora", "elizabeth", "augusta", "marietta", "irving", "arlington", "carson", "bryan", "tyler", "logan",
		"dallas", "denver", "cleveland", "raleigh", "orange", "mobile", "reading", "bath", "nice", "split", "mercedes",
		"independence", "liberty", "union", "unity", "progress", "hope", "victory", "concord", "temple", "gary",
		"warren", "clinton", "franklin", "jefferson", "monroe", "columbus", "kingston", "wellington", "nelson",
		"stanley", "douglas", "salisbury", "essex", "york", "sharon", "natal",
		"maria", "ana", "rosario", "pilar", "dolores", "guadalupe", "mariana", "trinidad", "mercy", "bolivar",
		"sucre", "valencia", "granada", "cordoba", "mendoza", "salvador", "david", "samuel", "anderson", "lawrence",
		"warwick", "bedford", "richmond", "kerry", "chelsea", "everett", "harrison", "wayne", "pasadena", "allen",
		"paul", "santa", "san", "somali", "afar", "amhara", "george", "martin", "thomas", "laurent", "vincent", "andrew", "christian")
)

// waterBody reports whether tokens first..last name a sea, gulf or ocean
// written with "the" ("the Red Sea", "the Gulf of Aden"), or the country
// of one ("Mexico" of "the Gulf of Mexico"): it lies in no country,
// although regions share some of these names.
func waterBody(toks []nlp.Token, first, last int) bool {
	if first >= 2 && strings.EqualFold(toks[first-1].Text, "of") && in(waterNouns, toks[first-2].Text) {
		return true // "the Gulf of Mexico", "the Sea of Japan": the water named for a country is not in it
	}
	if first == 0 || !strings.EqualFold(toks[first-1].Text, "the") {
		return false
	}
	for k := first; k <= last; k++ {
		if in(waterNouns, toks[k].Text) {
			return true
		}
	}
	return false
}

// waterNouns are the nouns of the names of seas and straits (see
// waterBody).
var waterNouns = set("sea", "gulf", "ocean", "strait", "straits", "channel", "bay")
