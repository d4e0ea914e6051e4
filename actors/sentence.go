package actors

import (
	"bytes"
	"strings"
	"time"
	"unicode"

	"tacitus/dictionary"
	"tacitus/nlp"
)

// Sentence returns the actor mentions of s, in text order. text is the
// document s was segmented from (token offsets index it); date is the
// sentence date, which chooses date-restricted codes (the zero time matches
// only unrestricted codes). doc carries the article's anaphora state and
// scratch buffers; a nil doc is allowed and means a fresh article.
//
// A mention is a noun phrase: a nominal head with its compound, amod, det,
// nummod, flat, fixed, nmod:poss, appos and "of" nmod dependents. A
// coordination of nominal heads is one mention with Members, and its Code
// is the first member's. Phrases whose head is not an actor word ("Iran's
// nuclear programme") are not mentions, but their possessor, compound and
// "of" dependents are looked at on their own ("Iran"). Places after a
// locative preposition ("in Tehran") are never returned.
//
// Kinds and codes:
//   - Named: a dictionary actor, composed with the agents of the phrase
//     ("Iranian police" IRNCOP); a known person keeps the person's code
//     ("Foreign Minister Tony Blair" is Blair's); a surname alone or with a
//     title is looked up among person entries ("Mr Blair").
//   - Agent: agents without an actor; the code is "---" plus the agents
//     ("---COP") unless the country comes from context (the Document's
//     country or a country mentioned in the last two sentences), in which
//     case Resolved is set.
//   - Pronoun and Nominal: he, she, him, her, they, them, its, and "it"
//     as the object of a verb aimed at a party ("accusing it of"); "the movement",
//     "the group", "the former", "both countries", ...: the antecedent's
//     code with Resolved set, or "" when none fits.
//   - Unknown: a proper-noun phrase in an argument position that nothing
//     codes (Code "").
func (r *Recognizer) Sentence(doc *Document, text string, s nlp.Sentence, date time.Time) []Mention {
	if doc == nil {
		doc = &Document{}
	}
	doc.sent++
	n := len(s.Tokens)
	if n == 0 {
		return nil
	}
	st := &state{r: r, doc: doc, text: text, toks: s.Tokens, n: n}
	st.date = dictionary.Latest // undated: the dictionary's latest knowledge
	if !date.IsZero() {
		st.date = dictionary.NewDate(date.Year(), int(date.Month()), date.Day())
	}
	doc.prepare(text, s.Tokens)
	// The words upper case, slices of one string.
	doc.buf = doc.buf[:0]
	for i := range s.Tokens {
		doc.buf = appendUpper(doc.buf, s.Tokens[i].Text)
	}
	all := string(doc.buf)
	words, caps := doc.nameWords[:0], doc.nameCaps[:0]
	for i := range s.Tokens {
		n := len(s.Tokens[i].Text)
		words = append(words, all[:n])
		all = all[n:]
		caps = append(caps, capitalisedWord(s.Tokens[i].Text) && s.Tokens[i].UPOS == "PROPN")
	}
	doc.nameWords, doc.nameCaps = words, caps
	r.NoteNames(doc, words, caps)
	var out []Mention
	for t := 1; t <= n; t++ {
		if !st.isRoot(t) {
			continue
		}
		out = st.root(out, t)
	}
	out = dropActNouns(out, s.Tokens)
	st.communityEC(out)
	st.combiningForms(out)
	st.firstPersons(out)
	sortMentions(out)
	st.breakTies(out)
	st.partyMembers(out)
	st.soleCountry(out)
	st.congressMembers(out)
	sovietCodes(out, st.countryDate())
	st.learnNames(out)
	st.learnAcronyms(out)
	return out
}

// sovietCodes recodes, in a story dated before the Soviet Union's end, the
// mentions the dictionaries code as Russia's (CountryInfo lists Soviet
// leaders under Russia: Gorbachev "RUSGOV" from 1985) as the Soviet
// Union's, SUN.
func sovietCodes(ms []Mention, d dictionary.Date) {
	if d == 0 || d == dictionary.Latest || d > successors["RUS"].until {
		return
	}
	for i := range ms {
		if strings.HasPrefix(ms[i].Code, "RUS") {
			ms[i].Code = "SUN" + ms[i].Code[3:]
		}
		sovietCodes(ms[i].Members, d)
	}
}

// learnAcronyms remembers, for the rest of the article, the acronyms the
// sentence defines in brackets after a name the dictionaries code ("the
// African Development Bank (ADB)", "Britain's Export Credits Guarantee
// Department (ECGD)"): a later "ADB" is that bank, not the one a
// dictionary lists under the same letters, and a later "ECGD" an actor.
// An acronym defined after any capitalised name is noted as the
// article's own (Document.Bracketed).
func (st *state) learnAcronyms(ms []Mention) {
	for k := 2; k+2 <= st.n; k++ {
		if st.tok(k).Text != "(" || st.tok(k+2).Text != ")" || !acronymWord(st.tok(k+1).Text) {
			continue
		}
		if capitalisedWord(st.tok(k - 1).Text) {
			st.doc.noteBracketed(st.tok(k + 1).Text)
		}
		for _, m := range ms {
			if m.Kind != Named || m.Resolved || len(m.Members) > 0 || len(m.Code) < 3 || strings.HasPrefix(m.Code, NullCode) {
				continue
			}
			if m.Last != k-1 && !(m.First < k && m.Last >= k+1) {
				continue
			}
			// The name the brackets follow: a dictionary name ending
			// there ("OPEC members of the Gulf Cooperation Council
			// (GCC)" defines the council), else the mention when it
			// is headed there.
			var e *dictionary.ActorEntry
			of := false // the name ends in "of" and a country's name
			for i := m.First; i < k && e == nil; i++ {
				if x, end, ok := st.actorAt1(i, k-1); ok && end == k-1 {
					e = x
					if c, has := x.CodeAt(st.date); has && len(c.Code) == 3 && i > 1 && strings.EqualFold(st.tok(i-1).Text, "of") {
						// "the Stock Exchange of Singapore (SES)"
						// abbreviates the exchange, not the country.
						of = true
					}
				}
			}
			switch {
			case of:
			case e != nil:
				st.doc.learnAcronymEntry(st.tok(k+1).Text, e)
			case m.Head == k-1:
				st.doc.learnAcronym(st.tok(k+1).Text, m.Code)
			}
			break
		}
	}
}

// acronymWord reports whether w is written as an acronym: two to eight
// capital letters (digits after the first allowed).
func acronymWord(w string) bool {
	if len(w) < 2 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// communityEC codes "the Community", written with a capital in a story
// that has named the European Community, as the Community (IGOEUREEC),
// not as a community of citizens: "diplomats said the Community is keen
// to continue talking with Tokyo".
func (st *state) communityEC(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != Agent || m.Head < 2 || m.Head > st.n || st.tok(m.Head).Text != "Community" || m.First != m.Head-1 ||
			!strings.EqualFold(st.tok(m.First).Text, "the") {
			continue
		}
		for _, a := range st.doc.recent {
			if strings.HasPrefix(a.m.Code, "IGOEUREEC") {
				m.Kind, m.Code, m.Resolved = Named, "IGOEUREEC", true
				break
			}
		}
	}
}

// combiningForms are the combining forms (upper case) of countries'
// names that open a hyphenated pair of nationalities ("a Franco-German
// meeting", "Sino-Soviet talks"), and the countries they stand for.
var combiningForms = map[string]string{
	"FRANCO": "FRA", "ANGLO": "GBR", "SINO": "CHN", "RUSSO": "RUS", "ITALO": "ITA", "GRECO": "GRC", "TURCO": "TUR",
}

// combiningForms codes a combining form written alone before a hyphen
// and a capitalised word as its country: "Franco" in "a Franco-German
// meeting" is France, not a person of that surname (the dictionaries
// know Brazil's Itamar Franco).
func (st *state) combiningForms(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.First != m.Last || m.Last+2 > st.n || st.tok(m.Last+1).Text != "-" || !capitalisedWord(st.tok(m.Last+2).Text) {
			continue
		}
		if cc, ok := combiningForms[strings.ToUpper(st.tok(m.First).Text)]; ok {
			m.Kind, m.Code, m.Resolved = Named, cc, false
		}
	}
}

// dropActNouns removes the agent mentions that name an act rather than
// its actors: "the opposition to the plans" is the act of opposing them,
// "opposition from Labour MPs" the act of those who oppose, not the
// opposition parties ("called on the opposition to end its boycott",
// with "to" the marker of an infinitive, names the parties).
func dropActNouns(ms []Mention, toks []nlp.Token) []Mention {
	out := ms[:0]
	for _, m := range ms {
		if m.Kind == Agent && m.Head == m.Last && m.Last < len(toks) && m.Head >= 1 &&
			strings.EqualFold(toks[m.Head-1].Text, "opposition") && (strings.EqualFold(toks[m.Last].Text, "to") && toks[m.Last].Rel != "mark" || strings.EqualFold(toks[m.Last].Text, "from")) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// NoteNames remembers the people words (upper case; caps tells which
// are capitalised in the text) name in full whom the dictionaries do not
// know, though they know a namesake by the surname: "Vinod Pande", "Tony
// Macklin", "Ossie Davis". A later "Mr Pande" or "Davis" is then this
// person, not the dictionaries' namesake, whether or not the sentence
// that named him in full held an actor (a sentence without two actors is
// not parsed; an apposition may make no mention). A name the
// dictionaries hold ("Tony Blair"), or whose given name one of the
// namesakes has, is no such person; nor is a title before a surname
// ("Chancellor Brown").
func (r *Recognizer) NoteNames(doc *Document, words []string, caps []bool) {
	if doc == nil || len(r.surnames) == 0 {
		return
	}
	for i := 0; i+1 < len(words) && i+1 < len(caps); i++ {
		g, w := words[i], words[i+1]
		if !caps[i] || !caps[i+1] || len(g) < 2 || !lettersOnly(g) || nameWords[g] || notGiven[g] || nlp.LowerLookup(honorifics, g) || nlp.LowerLookup(calendar, g) {
			continue
		}
		cands := r.surnames[w]
		if len(cands) == 0 || mayBeGiven(cands, g) {
			continue
		}
		if r.actors != nil {
			if _, ok := r.actors.LongestMatch(words, i); ok {
				continue
			}
		}
		if r.agents != nil {
			if _, ok := r.agents.LongestMatch(words, i); ok {
				continue
			}
		}
		doc.learnSurname(w, "")
	}
}

// nameWords (upper case) are capitalised words that open names without
// being given names.
var nameWords = map[string]bool{
	"THE": true, "ST": true, "AL": true, "EL": true, "DE": true, "VAN": true, "VON": true, "LA": true, "LE": true,
	"BIN": true, "IBN": true, "ABU": true, "ABD": true, "SAN": true, "SANTA": true, "NEW": true, "FORT": true, "PORT": true,
}

// mayBeGiven reports whether one of the person entries cands has a
// phrase with the given name g (upper case) or a spelling of it: the
// same first four letters ("Nikolai" for NIKOLAY_RYZHKOV).
func mayBeGiven(cands []*dictionary.ActorEntry, g string) bool {
	for _, e := range cands {
		for _, p := range e.Phrases {
			for _, pw := range p.Words[:max(len(p.Words)-1, 0)] {
				if strings.EqualFold(pw, g) || len(pw) >= 4 && len(g) >= 4 && strings.EqualFold(pw[:4], g[:4]) {
					return true
				}
			}
		}
	}
	return false
}

// notGiven (upper case) are the words that open a sentence capitalised
// before a surname without being a given name ("And Poehl noted").
var notGiven = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`AND BUT OR NOR SO YET THEN WHEN WHILE IF AS AT IN ON FOR WITH BY FROM TO OF
		A AN THIS THAT THESE THOSE HE SHE IT WE THEY YOU HIS HER ITS THEIR OUR MY AFTER BEFORE SINCE
		UNTIL ALTHOUGH THOUGH BECAUSE WHERE WHY HOW WHAT WHO WHOM WHOSE WHICH ALSO ONLY EVEN MEANWHILE
		HOWEVER NOW LAST NEXT EARLIER LATER BOTH EACH ALL SOME MANY MOST MORE NO NOT SAYS SAID ASKED
		TOLD DURING UNDER OVER AGAINST ABOUT WITHOUT ONCE NEITHER EITHER SUCH THUS HERE THERE TODAY`) {
		m[w] = true
	}
	return m
}()

// lettersOnly reports whether w holds letters only.
func lettersOnly(w string) bool {
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

// learnNames remembers, for the rest of the article, the surnames of
// people the dictionaries do not know but the sentence introduces with
// their role: a title before the name ("Deputy Prime Minister Tariq
// Aziz") or an apposition ("The U.N. chief inspector, Richard Butler"),
// so that a later "Aziz" or "Butler" is coded as the role was. A role
// whose country the sentence does not give is learnt as such ("Judge
// Susan Webber Wright" is ---JUD): the later mention takes the country
// of its context, as the first did.
func (st *state) learnNames(ms []Mention) {
	st.nameTitles(ms)
	all := ms
	for _, m := range ms {
		if len(m.Members) > 0 && m.Kind != Nominal && m.Kind != Pronoun {
			// "South Korean President Roh Moo-hyun and Japanese
			// Prime Minister Shinzo Abe met": each titled member.
			all = append(all[:len(all):len(all)], m.Members...)
		}
	}
	for _, m := range all {
		if m.Code == "" || m.Code == NullCode || len(m.Members) > 0 || m.Kind != Named && m.Kind != Agent {
			continue
		}
		// A title and a name in one phrase ("Deputy Prime Minister
		// Tariq Aziz of Iraq"): the name is the proper-noun head and
		// its flat parts, the surname their last word.
		h := m.Head
		if n := st.titleOfName(m); n > 0 {
			// "Undersecretary of State for Economic Affairs Allen
			// Wallis": the parser hangs the name on the title.
			h = n
		} else if h < 1 || h > st.n || st.tok(h).UPOS != "PROPN" || m.First >= h || st.properName(m.First, h) && !st.titled(m.First, h-1) {
			continue
		}
		last := h
		for c := st.doc.first[h]; c != 0; c = st.doc.next[c] {
			if st.tok(int(c)).Rel == "flat" && int(c) > last {
				last = int(c)
			}
		}
		st.doc.learnSurname(st.tok(st.familyName(h, last, m.Code)).Text, m.Code)
	}
	// Appositions: a name beside a role phrase, or beside a role noun
	// whose owner is coded ("The U.N. chief inspector, Richard Butler").
	for t := 1; t <= st.n; t++ {
		if st.tok(t).Rel != "appos" || st.tok(t).UPOS != "PROPN" {
			continue
		}
		h := st.head(t)
		if h == 0 {
			continue
		}
		code := ""
		if m, ok := At(ms, h); ok && m.Head == h {
			code = m.Code
		} else if titleNouns[strings.ToLower(st.tok(h).Lemma)] || roleNouns[strings.ToLower(st.tok(h).Lemma)] {
			for c := st.doc.first[h]; c != 0; c = st.doc.next[c] {
				switch st.tok(int(c)).Rel {
				case "compound", "amod", "nmod:poss":
					if m, ok := At(ms, int(c)); ok && m.Code != "" {
						code = m.Code
					}
				}
			}
		}
		if code == "" || strings.HasPrefix(code, "---") {
			continue
		}
		last := t
		for c := st.doc.first[t]; c != 0; c = st.doc.next[c] {
			if st.tok(int(c)).Rel == "flat" && int(c) > last {
				last = int(c)
			}
		}
		if last > t || st.r.surnames[string(st.doc.upper(st.tok(last).Text))] == nil {
			st.doc.learnSurname(st.tok(st.familyName(t, last, code)).Text, code)
		}
	}
}

// familyName returns the token of the surname of the name whose first
// word is first and last word last: last, unless the name ends in a
// hyphenated given name written in the Korean manner ("Finance Minister
// Chung In-yong", "Moon Jae-in"), whose family name comes first ("Chung"
// later is this person), as in the names of countries of familyNameFirst.
func (st *state) familyName(first, last int, code string) int {
	if last > first && len(code) >= 3 && familyNameFirst[code[:3]] && st.tok(first).UPOS == "PROPN" {
		// "Xi Jinping", "Kim Jong Un": "Xi", "Kim" later.
		return first
	}
	if last-2 > first && st.tok(last-1).Text == "-" && !st.tok(last-1).SpaceAfter && !st.tok(last-2).SpaceAfter {
		if w := st.tok(last).Text; w != "" && w[0] >= 'a' && w[0] <= 'z' {
			return first
		}
	}
	return last
}

// roleNouns are nouns of roles that the agent dictionaries leave out but
// that, with an owner ("the U.N. chief inspector"), name a person acting
// for it.
var roleNouns = map[string]bool{
	"inspector": true, "director": true, "head": true, "coordinator": true, "representative": true,
	"mediator": true, "commissioner": true, "adviser": true, "advisor": true, "aide": true,
	"deputy": true, "chairman": true, "chairwoman": true, "chair": true,
}

// properName reports whether tokens a..b are all proper nouns.
func (st *state) properName(a, b int) bool {
	if a > b {
		return false
	}
	for k := a; k <= b; k++ {
		if st.tok(k).UPOS != "PROPN" {
			return false
		}
	}
	return true
}

// nameTitles codes an unknown name that the parser hung on the "of"
// phrase of a coded title the phrase split off ("Undersecretary of State
// for Economic Affairs Allen Wallis" read as the mention "Undersecretary
// of State" and the unknown "Allen Wallis"): the name is the title's
// holder, coded as the title is.
func (st *state) nameTitles(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != Unknown || m.Code != "" || len(m.Members) > 0 || !st.properName(m.First, m.Last) || !isNmodRel(st.tok(m.Head).Rel) {
			continue
		}
		t, ok := At(ms, st.head(m.Head))
		if !ok {
			// The name may hang on a phrase inside the title's "of"
			// or "for" phrase ("for Economic Affairs").
			for g := st.head(m.Head); g > 0 && g < m.First; g = st.head(g) {
				if t, ok = At(ms, g); ok {
					break
				}
			}
		}
		if !ok || t.Code == "" || t.Code == NullCode || t.Last >= m.First || t.Kind != Named && t.Kind != Agent || !st.titled(t.First, t.Last) {
			continue
		}
		of := false
		for k := t.First; k < m.First; k++ {
			of = of || strings.EqualFold(st.tok(k).Text, "of")
		}
		if !of {
			continue
		}
		m.Code, m.Kind, m.Resolved = t.Code, Named, true
		st.doc.learnSurname(st.tok(m.Last).Text, t.Code)
	}
}

// titleOfName returns the first word of the name that ends mention m
// when the parser made it a modifier of a title with its own "of"
// phrase ("Undersecretary of State Allen Wallis", "Minister of State for
// Foreign Affairs Rashid Abdulla al-Nuaimi", with the name an nmod of the
// title or of its "of" phrase), or 0. The name is two or more proper
// nouns, the first a modifier and the rest its flat parts, ending the
// mention.
func (st *state) titleOfName(m Mention) int {
	last := m.Last
	if last < 2 || last > st.n || st.tok(last).UPOS != "PROPN" || st.tok(last).Rel != "flat" {
		return 0
	}
	n := st.head(last)
	if n <= m.First || n > last || st.tok(n).UPOS != "PROPN" || !isNmodRel(st.tok(n).Rel) {
		return 0
	}
	for k := n; k <= last; k++ {
		if st.tok(k).UPOS != "PROPN" || k > n && st.head(k) != n {
			return 0
		}
	}
	if !st.titled(m.First, n-1) {
		return 0
	}
	for k := m.First; k < n; k++ {
		if strings.EqualFold(st.tok(k).Text, "of") {
			return n
		}
	}
	return 0
}

// isNmodRel reports whether rel is a nominal modifier (nmod and its
// subtypes).
func isNmodRel(rel string) bool {
	return rel == "nmod" || strings.HasPrefix(rel, "nmod:") && rel != "nmod:poss"
}

// titled reports whether tokens a..b hold a title noun, which the tagger
// may have read as part of a name ("Agriculture Minister Mutsuki Kato",
// all proper nouns).
func (st *state) titled(a, b int) bool {
	for k := a; k <= b; k++ {
		if titleNouns[string(st.doc.lower(st.tok(k).Text))] {
			return true
		}
	}
	return false
}

// state is the per-call view of a sentence.
type state struct {
	r    *Recognizer
	doc  *Document
	text string
	toks []nlp.Token
	n    int
	date dictionary.Date
	// ties maps the surname token of a person mention left uncoded
	// because namesakes in office tied (see surname) to their codes,
	// for breakTies.
	ties map[int][]string
}

// tok returns token t (1-based).
func (st *state) tok(t int) *nlp.Token { return &st.toks[t-1] }

// head returns the head of token t, or 0 when it is the root or invalid.
func (st *state) head(t int) int {
	h := st.toks[t-1].Head
	if h < 1 || h > st.n || h == t {
		return 0
	}
	return h
}

// nominal reports whether token t can head an actor phrase.
func (st *state) nominal(t int) bool {
	switch st.tok(t).UPOS {
	case "NOUN", "PROPN", "PRON", "X":
		return true
	case "ADJ":
		// "the former", "the latter" stand alone.
		w := st.tok(t).Text
		if !strings.EqualFold(w, "former") && !strings.EqualFold(w, "latter") {
			return false
		}
		if st.tok(t).Rel != "amod" {
			return true
		}
		// "The former praised ...": the parser may attach "former" as a
		// modifier of the verb; a following noun makes it "the former
		// minister".
		if t > 1 && strings.EqualFold(st.tok(t-1).Text, "the") {
			if t == st.n {
				return true
			}
			switch st.tok(t + 1).UPOS {
			case "NOUN", "PROPN", "ADJ", "NUM":
				return false
			}
			return true
		}
		return false
	}
	return false
}

// verbal reports whether token t is a verb or auxiliary.
func (st *state) verbal(t int) bool {
	u := st.tok(t).UPOS
	return u == "VERB" || u == "AUX"
}

// absorbed reports whether token t belongs to its head's phrase.
func (st *state) absorbed(t int) bool {
	if st.standalone(t) {
		return false
	}
	h := st.head(t)
	if h == 0 || st.verbal(h) || st.finite(t) {
		return false
	}
	switch rel := st.tok(t).Rel; baseRel(rel) {
	case "appos":
		return !st.whereaboutsClause(t)
	case "compound", "flat", "amod", "det", "nummod", "fixed", "goeswith", "case":
		return true
	case "nmod":
		return rel == "nmod:poss" || rel == "nmod:desc" || (rel == "nmod" && (st.ofPart(t, h) || st.spokesFor(t, h) || st.staffAt(t, h)))
	case "conj":
		if st.joinedConj(t) {
			return true // "the Securities and Exchange Commission"
		}
		// A conjunct inside an absorbed phrase ("the leaders of Israel
		// and Egypt") stays inside it; a conjunct of a phrase root is a
		// member of that root's coordination.
		if !st.nominal(t) || !st.nominal(h) {
			return false
		}
		// Climb the conjunct chain (bounded: the heads may form a cycle
		// in a malformed parse).
		for k := 0; k < st.n && st.tok(h).Rel == "conj"; k++ {
			g := st.head(h)
			if g == 0 || !st.nominal(g) {
				return false
			}
			h = g
		}
		return st.tok(h).Rel != "conj" && st.absorbedSimple(h)
	}
	return false
}

// ofPart reports whether token t is an "of" phrase that belongs to the
// phrase of its head h ("the leaders of Israel"); the goods an amount of
// money counts are a phrase of their own ("300 mln dlrs of Japanese
// goods").
func (st *state) ofPart(t, h int) bool {
	return st.hasCase(t, "of") && !dictionary.Currency(strings.ToLower(st.tok(h).Lemma))
}

// spokesFor reports whether token t is the "for" phrase of a spokesman
// or a lawyer (head h): "a spokesman for UKIP" speaks for UKIP, as "a
// UKIP spokesman" does; "lawyers for President Clinton" act for him.
func (st *state) spokesFor(t, h int) bool {
	w := st.doc.lower(st.tok(h).Text)
	return (spokesWords[string(w)] && !bytes.HasPrefix(w, []byte("leader")) || counselWords[string(w)]) && st.hasCase(t, "for")
}

// staffAt reports whether token t is the "at" phrase of a post in an
// organisation (head h): "a vice president at Merrill Lynch" works for
// Merrill Lynch, as "a Merrill Lynch vice president" does, and is not the
// president of a state that the title alone would make him.
//
// Only an organisation the dictionaries know is absorbed: "chief
// economist at Morgan Grenfell Securities", a firm no dictionary lists,
// leaves the person to the article's context.
func (st *state) staffAt(t, h int) bool {
	if !staffWords[string(st.doc.lower(st.tok(h).Text))] || !st.hasCase(t, "at") {
		return false
	}
	lo, hi := st.subtreeRange(t, t, t, 0)
	for i := lo; i <= hi; i++ {
		if e, end, ok := st.actorAt(i, hi); ok {
			if c, has := e.CodeAt(st.date); has && !c.Null() && !st.r.persons[e] {
				return true
			}
			i = end
		}
	}
	return false
}

// subtreeRange widens lo..hi to the tokens below t (without span's
// marks, which the caller of absorbed may be using); depth bounds the
// walk in a malformed parse.
func (st *state) subtreeRange(t, lo, hi, depth int) (int, int) {
	if depth > 8 {
		return lo, hi
	}
	for c := st.doc.first[t]; c != 0; c = st.doc.next[c] {
		ci := int(c)
		if st.tok(ci).Rel == "punct" {
			continue
		}
		lo, hi = min(lo, ci), max(hi, ci)
		lo, hi = st.subtreeRange(ci, lo, hi, depth+1)
	}
	return lo, hi
}

// staffWords (lower case) are posts held in a firm, a bank, a university
// or an agency.
var staffWords = map[string]bool{
	"president": true, "vice-president": true, "director": true, "manager": true,
	"executive": true, "officer": true, "chairman": true, "chairwoman": true, "chief": true,
	"head": true, "analyst": true, "economist": true, "strategist": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "official": true, "partner": true,
	"professor": true, "researcher": true, "fellow": true, "trader": true, "dealer": true,
	"counsel": true, "adviser": true, "advisor": true, "consultant": true,
}

// staffPlurals (lower case) are plurals of staffWords that head a
// government's agent ("officials"): "officials of Japanese trading
// companies" speak for the firms (see dropPostTitle). Unlike a post's
// singular they do not leave a person of an unknown body uncoded:
// "executives of Dome Petroleum" are business people all the same.
var staffPlurals = map[string]bool{
	"presidents": true, "directors": true, "managers": true, "executives": true, "officers": true,
	"chairmen": true, "chiefs": true, "heads": true, "spokesmen": true, "officials": true,
	"advisers": true, "advisors": true, "consultants": true,
}

// finite reports whether token t is a finite verb, which never belongs
// to a noun phrase even when a bad parse makes it a modifier.
func (st *state) finite(t int) bool {
	x := st.tok(t).XPOS
	return st.tok(t).UPOS == "VERB" && (x == "VBD" || x == "VBZ" || x == "VBP")
}

// possessorConj reports whether the conjunct c of t is no party of its
// own but the possessor of the conjunct after it, which the parser
// coordinated with t ("President Ronald Reagan and Indonesia's President
// Suharto", "Indonesia" and "Suharto" both conjuncts of "Reagan", the
// "'s" a case marker of "Reagan"): c is directly followed by the
// possessive ending, and another conjunct of t begins right after it.
// The coordination then has two parties, not three.
func (st *state) possessorConj(t, c int) bool {
	if c+2 > st.n || !st.possessiveBetween(c, c+2) {
		return false
	}
	d := st.doc
	for k := d.first[t]; k != 0; k = d.next[k] {
		if ki := int(k); ki > c+1 && st.tok(ki).Rel == "conj" {
			if lo, _ := st.span(ki); lo == c+2 {
				return true
			}
		}
	}
	return false
}

// joinedConj reports whether the conjunct c and its head are one name
// that a dictionary lists with its "and": the parser coordinated "the
// Securities and Exchange Commission" or "the Food and Agriculture
// Organization" ("Securities" and "Commission" the conjuncts), which is
// one actor, not two. The name must begin at the head or at one of its
// modifiers before it and end at c, and c must follow its head after
// nothing but "and" (or "&") and c's own modifiers.
func (st *state) joinedConj(c int) bool {
	h := st.head(c)
	if h == 0 || h >= c || st.tok(c).Rel != "conj" || !st.nominal(c) || !st.nominal(h) {
		return false
	}
	and := 0
	for k := h + 1; k < c; k++ {
		switch {
		case st.tok(k).Rel == "cc" && st.head(k) == c:
			if and != 0 || k != h+1 && !(k == h+2 && st.tok(h+1).Rel == "punct") {
				return false
			}
			if w := st.tok(k).Text; !strings.EqualFold(w, "and") && w != "&" {
				return false
			}
			and = k
		case and != 0 && st.head(k) == c && (st.tok(k).Rel == "compound" || st.tok(k).Rel == "amod" || st.tok(k).Rel == "flat"):
		default:
			return false
		}
	}
	if and == 0 {
		return false
	}
	for i := h; i >= 1 && i >= h-6; i-- {
		if i < h && st.head(i) != h && (st.head(i) == 0 || st.head(st.head(i)) != h) {
			break
		}
		if _, end, ok := st.actorAt1(i, st.n); ok && end >= c && st.nameTail(c, end) {
			return true
		}
	}
	return false
}

// nameTail reports whether the tokens after c up to end are flat or
// compound parts of c's name ("Agriculture Organization").
func (st *state) nameTail(c, end int) bool {
	for k := c + 1; k <= end; k++ {
		if r := st.tok(k).Rel; st.head(k) != c || r != "flat" && r != "compound" {
			return false
		}
	}
	return true
}

// whereaboutsClause reports whether token t, which the parser made an
// apposition, heads a clause with a copula, a subject and a preposition
// of its own: a relative clause saying where a person is, which the
// parser misread ("Funaro, who is in Washington, said": "Washington"
// hung as an apposition of Funaro). The place is not the person's
// country. A clause naming a role ("Edward Leigh, who is chairman of
// the committee") stays in the phrase.
func (st *state) whereaboutsClause(t int) bool {
	cop, subj, prep := false, false, false
	for c := st.doc.first[t]; c != 0; c = st.doc.next[c] {
		switch baseRel(st.tok(int(c)).Rel) {
		case "cop":
			cop = true
		case "nsubj":
			subj = true
		case "case":
			prep = true
		}
	}
	return cop && subj && prep
}

// absorbedSimple is absorbed without the conjunct rule.
func (st *state) absorbedSimple(t int) bool {
	h := st.head(t)
	if h == 0 || st.verbal(h) || st.finite(t) {
		return false
	}
	switch rel := st.tok(t).Rel; baseRel(rel) {
	case "compound", "flat", "amod", "det", "nummod", "fixed", "goeswith", "case", "appos":
		return true
	case "nmod":
		return rel == "nmod:poss" || rel == "nmod:desc" || (rel == "nmod" && (st.ofPart(t, h) || st.spokesFor(t, h) || st.staffAt(t, h)))
	}
	return false
}

// standalone reports whether token t is "former"/"latter" standing for a
// noun phrase although the parser made it a modifier.
func (st *state) standalone(t int) bool {
	return st.tok(t).UPOS == "ADJ" && st.tok(t).Rel == "amod" && st.nominal(t)
}

// isRoot reports whether token t starts a phrase of its own.
func (st *state) isRoot(t int) bool {
	if !st.nominal(t) || st.absorbed(t) {
		return false
	}
	if st.tok(t).Rel == "conj" {
		if h := st.head(t); h != 0 && st.nominal(h) {
			return false // a member of h's coordination
		}
	}
	return true
}

// hasCase reports whether token t has a case dependent spelled word.
func (st *state) hasCase(t int, word string) bool { return st.hasChild(t, "case", word) }

// hasChild reports whether token t has a dependent of relation rel whose
// text is word (in any case).
func (st *state) hasChild(t int, rel, word string) bool {
	for c := st.doc.first[t]; c != 0; c = st.doc.next[c] {
		if st.tok(int(c)).Rel == rel && strings.EqualFold(st.tok(int(c)).Text, word) {
			return true
		}
	}
	return false
}

// hasRel reports whether token t has a dependent of relation rel.
func (st *state) hasRel(t int, rel string) bool {
	for c := st.doc.first[t]; c != 0; c = st.doc.next[c] {
		if st.tok(int(c)).Rel == rel {
			return true
		}
	}
	return false
}

// locative reports whether token t has a locative preposition as case.
func (st *state) locative(t int) bool {
	if nlp.AttackNoun(st.tok(t).Text) {
		// "killed in a Taliban attack", "in Israeli air strikes": an
		// armed act, not a place; its modifiers may name who acted.
		return false
	}
	for c := st.doc.first[t]; c != 0; c = st.doc.next[c] {
		ct := st.tok(int(c))
		if ct.Rel == "case" && locPreps[strings.ToLower(ct.Text)] {
			if h := st.head(t); h > 0 && strings.EqualFold(ct.Text, "into") && nlp.InquiryNoun(st.tok(h).Lemma) {
				// "an investigation into opposition journalists": whom
				// it looks into, not a place.
				return false
			}
			if h := st.head(t); h > 0 && strings.EqualFold(ct.Text, "into") && nlp.IntoAttackVerb(st.tok(h).Lemma) {
				// "tore into the Tory spending plans", "laid into
				// Labour's record": whom the words attack.
				return false
			}
			if p := strings.ToLower(ct.Text); (p == "near" || p == "around") && st.showOfForce(st.head(t)) {
				// "held drills around Taiwan": the party a show of
				// force is aimed at.
				return false
			}
			return true
		}
	}
	return false
}

// showOfForce reports whether token h is a drill or an exercise, or a
// verb whose object is one.
func (st *state) showOfForce(h int) bool {
	if h <= 0 {
		return false
	}
	if nlp.DrillNoun(st.tok(h).Text) {
		return true
	}
	for c := st.doc.first[h]; c != 0; c = st.doc.next[c] {
		if st.tok(int(c)).Rel == "obj" && nlp.DrillNoun(st.tok(int(c)).Text) {
			return true
		}
	}
	return false
}

// locPreps are prepositions after which a place is a location, not an
// actor. "at" is left out: "fired rockets at Israel" has a target.
var locPreps = map[string]bool{
	"in": true, "near": true, "inside": true, "outside": true,
	"across": true, "throughout": true, "around": true, "within": true,
	"into": true, "outside of": true, "beyond": true, "via": true,
}

// span returns the token range of the phrase headed by t: t and, through
// the absorbing relations, its dependents. The root's own case marker and
// conjuncts are left out.
func (st *state) span(t int) (lo, hi int) {
	lo, hi = t, t
	d := st.doc
	d.stack = append(d.stack[:0], int32(t))
	d.stamp++
	d.mark[t] = d.stamp
	for len(d.stack) > 0 {
		x := int(d.stack[len(d.stack)-1])
		d.stack = d.stack[:len(d.stack)-1]
		for c := d.first[x]; c != 0; c = d.next[c] {
			ci := int(c)
			if d.mark[ci] == d.stamp {
				continue
			}
			rel := st.tok(ci).Rel
			if x == t && (rel == "case" || rel == "conj" && !st.joinedConj(ci) || rel == "cc" || rel == "punct") {
				continue
			}
			if !st.absorbed(ci) && !(x != t && (rel == "cc" || (rel == "conj" && st.nominal(ci)))) {
				continue
			}
			d.mark[ci] = d.stamp
			if ci < lo {
				lo = ci
			}
			if ci > hi {
				hi = ci
			}
			d.stack = append(d.stack, c)
		}
	}
	if d.hasAlt && lo > 1 {
		// A hyphenated word is one word: "Saudi-led warplanes" whose
		// "Saudi" the parser hung on "led".
		if k := d.altOf[lo]; int(d.altFirst[k]) < lo {
			lo = int(d.altFirst[k])
		}
	}
	return lo, hi
}

// root builds the mention(s) of the phrase rooted at t and appends them.
func (st *state) root(out []Mention, t int) []Mention {
	d := st.doc
	if st.hasChild(t, "det", "no") {
		// "No politician should ...", "no country": a phrase that
		// denies its referent names no actor, nor does anything
		// inside it ("no member of the government").
		lo, hi := st.span(t)
		m := Mention{First: lo, Last: hi, Head: t, Kind: NotActor, Code: NullCode}
		st.setSpan(&m, st.tok(lo).Start, st.tok(hi).End)
		return append(out, m)
	}
	if st.joinedForces(t) || st.workName(t) || st.venueRound(t) && st.documentName(t) {
		// "Russian film wins BBC world prize", "ABC bought the rights
		// to the British show": a work, a prize or a product is no
		// party, nor is the country or firm that makes it; nor is
		// "the Uruguay Round" (see venueRound).
		lo, hi := st.span(t)
		m := Mention{First: lo, Last: hi, Head: t, Kind: NotActor, Code: NullCode}
		st.setSpan(&m, st.tok(lo).Start, st.tok(hi).End)
		return append(out, m)
	}
	loc := st.locative(t)
	// Members: t and its nominal conjuncts.
	members := d.members[:0]
	members = append(members, int32(t))
	for c := d.first[t]; c != 0; c = d.next[c] {
		if st.tok(int(c)).Rel == "conj" && st.nominal(int(c)) && !st.joinedConj(int(c)) && !st.possessorConj(t, int(c)) {
			members = append(members, c)
		}
	}
	d.members = members
	if len(members) == 1 {
		m, tr, ok := st.phrase(t, loc)
		if ok {
			if loc {
				tr |= trPlace
			}
			if ms := st.compoundMembers(t, m); len(ms) > 1 {
				// "the U.S. and West Germany" parsed as one name
				// (the first country a compound of the second's
				// head): the two parties it names.
				m.Members = ms
				d.remember(m, trPlural|st.subjectTrait(t), []traits{tr, tr})
				return append(out, m)
			}
			if ms := st.adjectiveMembers(t, m); len(ms) > 1 {
				// "Israeli and Palestinian officials": one
				// phrase standing for the parties its
				// coordinated adjectives name.
				m.Members = ms
				trs := make([]traits, len(ms))
				for i := range trs {
					trs[i] = tr
				}
				d.remember(m, trPlural|st.subjectTrait(t), trs)
				return append(out, m)
			}
			d.remember(m, tr&^trSubject|st.subjectTrait(t), nil)
			return append(out, m)
		}
		if st.documentName(t) || st.marketSubject(t) {
			// Only the name itself: what follows the head ("10
			// billion dollars in aid to Ukraine") may hold an actor.
			if m.Last > t {
				m.Last = t
				st.setSpan(&m, m.Start, st.tok(t).End)
			}
			m.Kind, m.Code = NotActor, NullCode
			return append(out, m)
		}
		if m.Kind == NotActor {
			return out // a null phrase: nothing inside it is an actor
		}
		if !loc {
			out = st.inner(out, t)
		}
		return out
	}
	// Coordination.
	var ms []Mention
	var trs []traits
	for _, c := range members {
		ci := int(c)
		m, tr, ok := st.phrase(ci, loc || st.locative(ci))
		if ok {
			ms = append(ms, m)
			trs = append(trs, tr)
		} else if !loc {
			out = st.inner(out, ci)
		}
	}
	st.distribute(ms)
	switch len(ms) {
	case 0:
		return out
	case 1:
		d.remember(ms[0], trs[0]&^trSubject|st.subjectTrait(t), nil)
		return append(out, ms[0])
	}
	first, last, start, end := ms[0].First, ms[0].Last, ms[0].Start, ms[0].End
	for _, x := range ms[1:] { // conjuncts normally follow; a bad parse may not
		first, last = min(first, x.First), max(last, x.Last)
		start, end = min(start, x.Start), max(end, x.End)
	}
	co := Mention{
		First: first, Last: last,
		Head: ms[0].Head, Code: ms[0].Code, Kind: ms[0].Kind,
		Resolved: ms[0].Resolved, Members: ms,
	}
	st.setSpan(&co, start, end)
	d.remember(co, trPlural|st.subjectTrait(t), trs)
	return append(out, co)
}

// adjectiveMembers returns, for phrase m headed at t whose code comes
// from an adjective coordinated with others that name countries or
// parties ("Israeli and Palestinian officials", "Indian and Pakistani
// troops"), one member per adjective, each with the phrase's agents
// ("ISRGOV", "PSEGOV") and the head of the phrase; nil otherwise.
func (st *state) adjectiveMembers(t int, m Mention) []Mention {
	if m.Kind != Named || m.Code == "" {
		return nil
	}
	d := st.doc
	for c := d.first[t]; c != 0; c = d.next[c] {
		a := int(c)
		if st.tok(a).Rel != "amod" || a > t {
			continue
		}
		adjs := []int{a}
		for x := d.first[a]; x != 0; x = d.next[x] {
			if xi := int(x); st.tok(xi).Rel == "conj" && xi < t {
				adjs = append(adjs, xi)
			}
		}
		if len(adjs) < 2 {
			return nil
		}
		var ms []Mention
		agents := ""
		for i, ai := range adjs {
			if !capitalisedWord(st.tok(ai).Text) || d.first[ai] != 0 && i > 0 && !st.onlyCC(ai) {
				return nil
			}
			e, end, ok := st.actorAt(ai, ai)
			if !ok || end != ai {
				return nil
			}
			code, has := e.CodeAt(st.date)
			if !has || code.Null() || code.Code == "" {
				return nil
			}
			if i == 0 {
				if !strings.HasPrefix(m.Code, code.Code) {
					return nil
				}
				agents = m.Code[len(code.Code):]
			}
			x := Mention{First: ai, Last: ai, Head: t, Code: compose(code.Code, agents), Kind: Named}
			st.setSpan(&x, st.tok(ai).Start, st.tok(ai).End)
			for _, y := range ms {
				if y.Code == x.Code {
					return nil
				}
			}
			ms = append(ms, x)
		}
		return ms
	}
	return nil
}

// compoundMembers returns, for phrase m headed at the proper noun t
// whose words are two names coordinated, which the parser read as one
// name ("the U.S. and West Germany": "U.S." and "West" compounds of
// "Germany", "and" a coordinator of it), the two parties: the name
// before the coordinator, one dictionary phrase whose code is m's, and
// the name after it ending at t, one phrase of another code. It returns
// nil otherwise.
func (st *state) compoundMembers(t int, m Mention) []Mention {
	if m.Kind != Named || m.Code == "" || st.tok(t).UPOS != "PROPN" {
		return nil
	}
	d := st.doc
	k := 0 // the coordinator
	for c := d.first[t]; c != 0; c = d.next[c] {
		if ci := int(c); st.tok(ci).Rel == "cc" && ci < t && ci > m.First {
			k = ci
		}
	}
	if k == 0 || st.tok(k-1).Rel != "compound" || st.head(k-1) != t || !capitalisedWord(st.tok(k+1).Text) {
		return nil
	}
	lo := k - 1 // the first word of the name before the coordinator
	for lo > m.First && st.tok(lo-1).Rel == "compound" && st.head(lo-1) == t {
		lo--
	}
	var ms []Mention
	for _, r := range [][2]int{{lo, k - 1}, {k + 1, t}} {
		e, end, ok := st.actorAt(r[0], r[1])
		if !ok || end != r[1] {
			return nil
		}
		code, has := e.CodeAt(st.date)
		if !has || code.Null() || code.Code == "" {
			return nil
		}
		x := Mention{First: r[0], Last: r[1], Head: r[1], Code: code.Code, Kind: Named}
		st.setSpan(&x, st.tok(r[0]).Start, st.tok(r[1]).End)
		ms = append(ms, x)
	}
	if ms[0].Code != m.Code || ms[1].Code == ms[0].Code {
		return nil
	}
	return ms
}

// regionAdjective returns the code of a name of two capitalised
// adjectives ending at token a, a modifier of t whose last word alone
// has code ("Latin American", "Central American", whose "American"
// alone is the United States), and the token that starts it, when that
// name has a code of its own that differs.
func (st *state) regionAdjective(t, a int, code string) (dictionary.ActorCode, int, bool) {
	p := a - 1
	if p <= 1 || st.head(p) != t || st.doc.first[p] != 0 || st.tok(p).UPOS != "ADJ" || !capitalisedWord(st.tok(p).Text) {
		return dictionary.ActorCode{}, 0, false
	}
	e, end, ok := st.actorAt(p, a)
	if !ok || end != a {
		return dictionary.ActorCode{}, 0, false
	}
	c, has := e.CodeAt(st.date)
	if !has || c.Null() || c.Code == code {
		return dictionary.ActorCode{}, 0, false
	}
	return c, p, true
}

// onlyCC reports whether every dependent of token t is a coordinator or
// punctuation.
func (st *state) onlyCC(t int) bool {
	d := st.doc
	for c := d.first[t]; c != 0; c = d.next[c] {
		if r := st.tok(int(c)).Rel; r != "cc" && r != "punct" {
			return false
		}
	}
	return true
}

// inner looks for actor mentions among the possessor, compound and "of"
// dependents of a phrase whose head is not an actor word.
func (st *state) inner(out []Mention, t int) []Mention {
	d := st.doc

	for c := d.first[t]; c != 0; c = d.next[c] {
		ci := int(c)
		rel := st.tok(ci).Rel
		if rel == "amod" && d.first[ci] == 0 && capitalisedWord(st.tok(ci).Text) && ci > 1 {
			// "the Conservative plans": a party or country named by
			// a capitalised adjective (not at the sentence start).
			first := ci
			if e, end, ok := st.actorAt(ci, ci); ok && end == ci {
				if c, has := e.CodeAt(st.date); has && !c.Null() {
					if pe, p, ok := st.regionAdjective(t, ci, c.Code); ok {
						// Two such words name one region ("Latin
						// American countries" are no American ones).
						first, c = p, pe
					}
					m := Mention{First: first, Last: ci, Head: ci, Code: c.Code, Kind: Named}
					st.setSpan(&m, st.tok(first).Start, st.tok(ci).End)
					d.remember(m, trOrg, nil)
					out = append(out, m)
				}
			}
			continue
		}
		if !(rel == "nmod:poss" || rel == "compound" || (rel == "nmod" && st.hasCase(ci, "of"))) || !st.nominal(ci) {
			continue
		}
		if rel == "compound" && st.documentName(t) || st.workName(ci) {
			continue
		}
		if st.currency(ci) {
			continue // "a 48.3 mln U.S. Dlr financing package": a currency's country is no party
		}
		m, tr, ok := st.phrase(ci, false)
		if ok && m.Kind != Unknown {
			if rel == "compound" && m.Kind == Named && len(m.Code) == 3 && TopicNoun(strings.ToLower(st.tok(t).Text)) {
				// "the Iraq war", "the select Iran committees":
				// the topic, no antecedent of a pronoun.
				out = append(out, m)
				continue
			}
			d.remember(m, tr|trInner, nil)
			out = append(out, m)
		} else if !ok {
			out = st.inner(out, ci)
		}
	}
	return out
}

// marketSubject reports whether the noun t is a subject naming a market,
// a currency or a good ("the U.S. dollar would decline", "Japanese
// exports rose"), or a currency anywhere ("issuing Swiss francs"): it
// does not act for the country that modifies it.
func (st *state) marketSubject(t int) bool {
	l := strings.ToLower(st.tok(t).Lemma)
	if h := st.head(t); st.tok(t).Rel == "nsubj:pass" && politicalNouns[l] && h > 0 && !strings.EqualFold(st.tok(h).Lemma, "meet") {
		// "The Taliban's demand for a withdrawal was rejected":
		// what is rejected or accepted is a party's demand (a
		// demand "met" may be a market's).
		return false
	}
	if ruleNouns[l] && strings.HasPrefix(st.tok(t).Rel, "obl") && st.hasCase(t, "by") {
		return true // "the journalists are protected by the American constitution"
	}
	return strings.HasPrefix(st.tok(t).Rel, "nsubj") && (marketNouns[l] || ruleNouns[l]) || dictionary.Currency(l)
}

// joinedForces reports whether the noun t is the bare "forces" of "join
// forces", "combine forces", "pool forces" (a joint effort: "NTT DoCoMo
// and Vodafone joined forces") or "market forces": no armed forces.
func (st *state) joinedForces(t int) bool {
	tk := st.tok(t)
	if !strings.EqualFold(tk.Text, "forces") {
		return false
	}
	if st.hasChild(t, "compound", "market") || st.hasChild(t, "amod", "market") {
		return true // "market forces will push the dollar back up"
	}
	if tk.Rel != "obj" || st.doc.first[t] != 0 {
		return false
	}
	h := st.head(t)
	if h < 1 {
		return false
	}
	switch strings.ToLower(st.tok(h).Lemma) {
	case "join", "combine", "pool", "unite", "merge":
		return true
	}
	return false
}

// workName reports whether the noun t names a work, a prize or a product
// ("a Russian film", "the US drama", "Sony's console") that no actor
// phrase of the dictionaries covers.
func (st *state) workName(t int) bool {
	tk := st.tok(t)
	if tk.UPOS != "NOUN" && tk.UPOS != "PROPN" || !nlp.LowerLookup(workNouns, tk.Lemma) {
		return false
	}
	for c := st.doc.first[t]; c != 0; c = st.doc.next[c] {
		if st.tok(int(c)).Rel == "nmod" && st.hasCase(int(c), "of") {
			return false // "a series of attacks by Hamas", "a show of force"
		}
	}
	lo, hi := st.span(t)
	for i := lo; i <= t; i++ {
		if _, end, ok := st.actorAt(i, hi); ok && end >= t {
			return false
		}
	}
	return true
}

// workNouns (lemmas) name works of film, television, music and
// literature, prizes and consumer products: the country or firm that
// qualifies them makes them, they are no party ("Russian film wins BBC
// world prize"). Books are left out (a country's textbooks are a matter
// between states), and so are tours (a leader's tour of a country visits
// it).
var workNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`film movie novel album song show series drama sitcom documentary
		musical soundtrack prize award console handset gadget website chart concert gig festival wine`) {
		m[w] = true
	}
	return m
}()

// ruleNouns (lemmas) name laws, which as subjects or passive agents
// ("German law allows people to copy CDs") do not act for the country that makes them.
var ruleNouns = map[string]bool{"law": true, "constitution": true, "legislation": true}

// politicalNouns (lemmas) are the marketNouns that as passive subjects
// name a party's demand rather than a market.
var politicalNouns = map[string]bool{"demand": true}

// currency reports whether token t is a currency's name (not a verb or
// adjective of the same spelling: "the Democrats won", "real estate").
func (st *state) currency(t int) bool {
	tk := st.tok(t)
	return dictionary.Currency(strings.ToLower(tk.Lemma)) && tk.UPOS != "VERB" && tk.UPOS != "AUX" && tk.UPOS != "ADJ"
}

// marketNouns (lemmas) name markets, currencies and goods, which as
// subjects never stand for the country that modifies them.
var marketNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`dollar yen euro pound franc mark yuan rouble ruble rupee peso currency
		economy market stock share bond export import price output production inflation growth
		index rate yield deficit surplus reserve crude oil gas wheat corn grain coffee sugar
		gold earnings profit revenue sale demand supply`) {
		m[w] = true
	}
	return m
}()

// MarketNoun reports whether lemma w names a market, a currency or
// goods (see marketNouns).
func MarketNoun(w string) bool { return marketNouns[strings.ToLower(w)] }

// distribute gives agent-only members of a coordination the country of the
// first member that has one ("Lebanon's president, prime minister and
// speaker": the possessor is shared).
func (st *state) distribute(ms []Mention) {
	country := ""
	for i := range ms {
		if ms[i].Kind == Named && len(ms[i].Code) >= 3 && st.r.countries[ms[i].Code[:3]] {
			country = ms[i].Code[:3]
			break
		}
	}
	if country == "" {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind == Agent && (strings.HasPrefix(m.Code, "---") || m.Resolved) {
			agents := m.Code[3:]
			m.Code = compose(country, agents)
			m.Kind = Named
			m.Resolved = false
		}
	}
}

// partyMembers codes a person the dictionaries do not know as the party
// or government named in the possessive right before the name:
// "Labour's Paul Flynn", "the SNP's Nicola Sturgeon" are their parties'
// (the parser may hang the possessive on the verb). Only a name of two
// or more proper nouns qualifies, and only a possessor whose code has a
// political role (government, opposition, party, legislature): a
// country's athlete or a firm's manager takes no code from it.
func (st *state) partyMembers(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != Unknown || m.Code != "" || len(m.Members) > 0 || m.First < 3 || m.Last <= m.First {
			continue
		}
		if st.tok(m.First-1).XPOS != "POS" || !st.properNames(m.First, m.Last) {
			continue
		}
		for _, p := range ms {
			if p.Kind == Named && !p.Resolved && p.Last == m.First-2 && politicalRole(p.Code) {
				m.Code, m.Kind = p.Code, Named
				break
			}
		}
	}
}

// properNames reports whether tokens lo..hi are all capitalised proper
// nouns.
func (st *state) properNames(lo, hi int) bool {
	for t := lo; t <= hi; t++ {
		if tk := st.tok(t); tk.UPOS != "PROPN" || !capitalisedWord(tk.Text) {
			return false
		}
	}
	return true
}

// politicalRole reports whether code is a country's government,
// opposition, party or legislature ("GBRGOV", "GBROPP").
func politicalRole(code string) bool {
	if len(code) != 6 {
		return false
	}
	switch code[3:] {
	case "GOV", "OPP", "PTY", "LEG":
		return true
	}
	return false
}

// soleCountry places the agent-only mentions of a sentence coded alone
// (see Document.SetOwnCountry) that nothing else placed (no earlier
// actor, no scene): in the country their own words name ("some members
// of Congress", "hackers linked to the Chinese government"), else in the
// country the sentence's actors count most ("MPs criticised Home
// Secretary David Blunkett" are Britain's). Armed men, soldiers, police,
// criminals and spies do not take a country that the sentence names
// only for people, who are often foreigners they act on ("Soldiers shot
// dead two Palestinian youths", "Gunmen kidnapped a British engineer");
// no one takes a country named only by its embassies, envoys or ships
// ("Protesters attacked the U.S. embassy").
func (st *state) soleCountry(ms []Mention) {
	if !st.doc.own {
		return
	}
	for i := range ms {
		st.placeAgent(&ms[i], "", false)
	}
	if st.date != dictionary.Latest && !st.doc.estimated {
		for i := range ms {
			if st.usOrgan(ms[i]) {
				st.placeAgent(&ms[i], "USA", true)
			}
		}
	}
	cc := st.doc.country
	if cc == "" || st.onlyAside(ms, cc) {
		return
	}
	force := !st.namesPeople(cc)
	for i := range ms {
		st.placeAgent(&ms[i], cc, force)
	}
}

// usOrgan reports whether m is an agent that its own words place nowhere
// and that is named as America's organs are in American and wire
// copy: "the administration" (of government: "the administration said",
// "administration officials") or "congressional" ("congressional
// leaders", "congressional critics"). In a dated story with no country
// of its own such a mention is the United States' (a country's other
// administrations are named with their head or country, "the Aquino
// administration"). Only a sentence coded alone reads it so (see
// soleCountry): an article's own country, from its dateline or its
// actors, is the better guide.
func (st *state) usOrgan(m Mention) bool {
	if len(m.Members) > 0 || m.Kind != Agent || m.Resolved || len(m.Code) < 6 || m.Code[:3] != NullCode {
		return false
	}
	for t := m.First; t <= m.Last; t++ {
		switch strings.ToLower(st.tok(t).Lemma) {
		case "administration":
			if m.Code[3:6] == "GOV" {
				return true
			}
		case "congressional":
			return true
		}
	}
	return false
}

// namesPeople reports whether a named mention of the current sentence
// of country cc is of people: headed by an agent word of a people's role
// (peopleRoles), not by an institution, a place or a thing ("two Palestinian youths", "Israeli
// troops", "a British engineer"; not "a Turkish air base", "a British
// National Party leaflet").
func (st *state) namesPeople(cc string) bool {
	d := st.doc
	for i := len(d.recent) - 1; i >= 0 && d.recent[i].sent == d.sent; i-- {
		a := d.recent[i]
		if a.m.Kind != Named || st.r.country(a.m.Code) != cc || a.m.Head < 1 || a.m.Head > st.n {
			continue
		}
		h := st.tok(a.m.Head)
		if len(a.m.Code) >= 6 && peopleRoles[a.m.Code[3:6]] && h.UPOS == "NOUN" &&
			(st.r.isAgentWord(string(d.upper(h.Text))) || st.r.isAgentWord(string(d.upper(h.Lemma)))) {
			return true
		}
	}
	return false
}

// peopleRoles are the roles of people rather than institutions: civilians,
// refugees, protesters, soldiers, police, workers, clergy, armed men.
var peopleRoles = map[string]bool{
	"CVL": true, "PPL": true, "REF": true, "OPP": true, "MIL": true, "COP": true, "LAB": true,
	"REL": true, "REB": true, "UAF": true, "INS": true, "CRM": true,
}

// onlyAside reports whether the named mentions of country cc in ms are
// all its representations abroad or its ships (see ForeignAgent,
// Vessel), or adjectives of things ("the Japanese goods", "three Iranian
// oil rigs"; see thingModifier), and there is one: such a country is
// where the sentence's acts land, not the home of its unnamed actors
// ("Unidentified jets raided three Iranian oil rigs").
func (st *state) onlyAside(ms []Mention, cc string) bool {
	aside := false
	for _, m := range ms {
		if len(m.Members) > 0 {
			if !st.onlyAside(m.Members, cc) {
				return false
			}
			continue
		}
		if m.Kind != Named || st.r.country(m.Code) != cc {
			continue
		}
		h := string(st.doc.lower(st.tok(m.Head).Text))
		if !foreignAgents[h] && !vesselNouns[h] && !st.thingModifier(m) {
			return false
		}
		aside = true
	}
	return aside
}

// thingModifier reports whether named mention m is a bare country
// adjective modifying a common noun that names no actor ("Japanese" in "the
// Japanese goods", "Iranian" in "Iranian oil rigs"), as opposed to the
// people or bodies of a country ("Japanese banks" is one mention).
func (st *state) thingModifier(m Mention) bool {
	if m.First != m.Last || len(m.Code) != 3 {
		return false
	}
	t := st.tok(m.Head)
	if t.UPOS != "ADJ" || t.Rel != "amod" || t.Head < 1 || t.Head > st.n {
		// Only a country's adjective: a place's name locates ("the
		// Goma airport").
		return false
	}
	h := st.tok(t.Head)
	if h.UPOS != "NOUN" || capitalisedWord(h.Text) {
		// A capitalised noun is a name's word ("the British Board of
		// Film Classification").
		return false
	}
	d := st.doc
	return !st.r.isAgentWord(string(d.upper(h.Text))) && !st.r.isAgentWord(string(d.upper(h.Lemma)))
}

// placeAgent gives m, or its members, a country when it is an agent-only
// mention without one, or a pronoun standing for one (see soleCountry):
// the one its own words name, else cc (none when cc is "", nor for armed
// men, soldiers, police, criminals or spies unless force is set). It
// updates the remembered antecedent.
func (st *state) placeAgent(m *Mention, cc string, force bool) {
	if len(m.Members) > 0 {
		first := m.Code == m.Members[0].Code
		for i := range m.Members {
			st.placeAgent(&m.Members[i], cc, force)
		}
		if first {
			m.Code, m.Resolved = m.Members[0].Code, m.Members[0].Resolved
		}
	}
	if len(m.Code) < 6 || m.Code[:3] != NullCode ||
		!(m.Kind == Agent && !m.Resolved || m.Kind == Pronoun || m.Kind == Nominal) {
		return
	}
	if h := string(st.doc.lower(st.tok(m.Head).Text)); foreignAgents[h] || vesselNouns[h] {
		return
	}
	if own := st.spanCountry(m.First, m.Last, false); own != "" {
		cc = own
	} else if cc == "" || !force && localRoles(m.Code[3:]) {
		return
	}
	old := m.Code
	m.Code, m.Resolved = cc+m.Code[3:], true
	d := st.doc
	for i := len(d.recent) - 1; i >= 0 && d.recent[i].sent == d.sent; i-- {
		if a := &d.recent[i].m; a.Head == m.Head && a.Code == old {
			a.Code, a.Resolved = m.Code, true
		}
	}
}

// localRoles reports whether the agent blocks of an agent-only code hold
// a role of armed men, soldiers, police, criminals or spies (see
// soleCountry).
func localRoles(agents string) bool {
	for i := 0; i+3 <= len(agents); i += 3 {
		if b := agents[i : i+3]; armedRoles[b] || forceRoles[b] {
			return true
		}
	}
	return false
}

// forceRoles are the roles of a state's forces and of criminals.
var forceRoles = map[string]bool{"MIL": true, "COP": true, "CRM": true, "SPY": true}

// compose appends the 3-letter blocks of agents to base, skipping blocks
// already present in base at an offset that is a multiple of 3.
func compose(base, agents string) string {
	code := base
	for i := 0; i+3 <= len(agents); i += 3 {
		code = addAgent(code, agents[i:i+3], false)
	}
	return code
}

// addAgent adds one agent code to code as a suffix (or prefix), unless it
// is already there at an offset that is a multiple of 3 (spec sec. 4).
func addAgent(code, ag string, prefix bool) string {
	for i := 0; i+len(ag) <= len(code); i += 3 {
		if code[i:i+len(ag)] == ag {
			return code
		}
	}
	if armedRoles[ag] {
		// "Hezbollah militants": an armed group's fighters are the
		// group (LBNREB, not LBNREBUAF).
		for i := 3; i+3 <= len(code); i += 3 {
			if armedRoles[code[i:i+3]] {
				return code
			}
		}
	}
	if prefix {
		return ag + code
	}
	return code + ag
}

// armedRoles are the role codes of armed non-state groups and their
// fighters.
var armedRoles = map[string]bool{"REB": true, "INS": true, "UAF": true}

// baseRel returns the relation without its subtype.
func baseRel(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// sortMentions orders mentions by first token (insertion sort: the list
// is short and nearly sorted).
func sortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].First < ms[j-1].First; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// subjectTrait returns trSubject when token t (1-based) is the subject of
// its sentence's main verb, else 0.
func (st *state) subjectTrait(t int) traits {
	if strings.HasPrefix(st.tok(t).Rel, "nsubj") && st.head(t) > 0 && st.tok(st.head(t)).Head == 0 {
		return trSubject
	}
	return 0
}

// congressMembers codes as the US legislature (USALEG) a person the
// sentence calls "a Texas Democrat", "an Oklahoma Republican" in an
// apposition ("Rostenkowski, an Illinois Democrat", "Senator Bill
// Bradley, a New Jersey Democrat"): the American press's way of naming a
// member of Congress by state and party. Only a mention coded as the
// bare country or as no one is recoded; a title that says another office
// ("Gov. Michael Dukakis, a Massachusetts Democrat") keeps it.
func (st *state) congressMembers(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Resolved || m.First < 1 || m.Last > st.n {
			continue // (anaphora: its members may be of an earlier sentence)
		}
		st.congressMember(m)
		for j := range m.Members {
			if c := &m.Members[j]; c.First >= m.First && c.Last <= m.Last {
				st.congressMember(c)
			}
		}
	}
}

// congressMember recodes m as congressMembers says.
func (st *state) congressMember(m *Mention) {
	if m.Code != "USA" && m.Code != NullCode {
		return
	}
	for k := m.First + 2; k <= m.Last; k++ {
		if w := st.tok(k).Text; w != "Democrat" && w != "Republican" || st.tok(k).Rel != "appos" || st.head(k) != m.Head {
			continue
		}
		lo := k
		for lo > m.First && st.head(lo-1) == k && capitalisedWord(st.tok(lo-1).Text) && st.tok(lo-1).UPOS != "DET" {
			lo--
		}
		if lo == k || lo-1 < m.First || st.head(lo-1) != k || st.tok(lo-1).Rel != "det" {
			continue
		}
		if e, end, ok := st.actorAt(lo, k-1); ok && end == k-1 {
			if c, has := e.CodeAt(st.date); has && c.Code == "USA" {
				m.Code = "USALEG"
				return
			}
		}
	}
}
