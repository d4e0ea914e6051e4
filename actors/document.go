package actors

import (
	"slices"
	"strings"

	"tacitus/dictionary"
	"tacitus/nlp"
)

// Document is the per-article state of a Recognizer: the recent mentions
// that anaphora resolves against, the persons named so far (so that a
// later "Blair" is the Blair of the article), the article's country, and
// scratch buffers reused from sentence to sentence. The zero value is
// ready to use. A Document must not be shared between goroutines; give
// each article a new one (or call Reset).
type Document struct {
	sent int // sentences seen
	// estimated: the date the sentences are read at is an estimate
	// (SetEstimatedDate), good for people's offices but not for the
	// borders of states.
	estimated   bool
	recent      []antecedent // newest last, at most maxRecent
	lastCoord   []Mention    // members of the last coordination
	lastCoordTr []traits
	lastTwo     []Mention // members of the last two-member coordination
	lastTwoTr   []traits  // their traits
	surnames    []surnameUse
	acronyms    []acronymUse
	// bracketed are the acronyms the article has defined in brackets
	// after a name, coded or not ("the Brazilian Coffee Institute
	// (IBC)"), at most 32.
	bracketed []string
	// nameWords and nameCaps are the sentence's words upper case and
	// whether they are capitalised, for NoteNames.
	nameWords []string
	nameCaps  []bool
	// party: the article has named an actor that is no business (see
	// NamedParty).
	party bool
	// partyPerson: one of those actors is a single person (see
	// NamedPartyPerson).
	partyPerson bool
	// firmLead: the article's lead names a firm by its legal form (see
	// SetLead).
	firmLead bool
	// firmWords: the words (upper case) of the names of the lead's
	// firms (see SetLead).
	firmWords []string
	country   string // set by SetCountry or SetOwnCountry
	own       bool   // country was counted from the only sentence (SetOwnCountry)
	dateline  string // set by SetDatelineCountry
	outlet    string // set by SetOutletCountry
	place     string // set by SetPlaceCountry, for sentence placeSent
	placeSent int

	// Scratch, per sentence.
	words []string // token texts
	// hashed is words hashed for the dictionaries: actorAt1 and agentAt
	// look a word up in two or more of them.
	hashed   dictionary.Words
	alt      []string // words with hyphenated runs rejoined
	altFirst []int32  // first token of alt word k
	altLast  []int32  // last token of alt word k
	altOf    []int32  // alt word holding token t
	hasAlt   bool
	first    []int32 // first dependent of token t
	next     []int32 // next sibling of token t
	mark     []uint32
	stamp    uint32
	stack    []int32
	members  []int32
	agents   []agentHit
	buf      []byte
}

// antecedent is a remembered mention.
type antecedent struct {
	m    Mention
	tr   traits
	sent int
}

// surnameUse links a surname seen in the article to its code. bare
// marks a link made from the surname alone ("Howard" in a headline),
// which a later full name with other given names overrides.
type surnameUse struct {
	word, code string
	bare       bool
}

const (
	maxRecent = 24 // remembered mentions
	window    = 3  // sentences an antecedent stays available
	// personWindow is how many sentences back "the two ministers" look
	// for the two persons they stand for.
	personWindow = 6
	// spokesWindow is how many sentences back "the spokesman" looks
	// for the spokesman named before him.
	spokesWindow = 6
)

// SetCountry sets the article's country (a CAMEO country code such as
// "IRN", typically from the dateline). Agent-only mentions ("police",
// "the foreign minister") take it when no country was mentioned in the
// current or previous sentence.
func (d *Document) SetCountry(code string) { d.country, d.own = code, false }

// SetOwnCountry sets the article's country as counted from the actor
// phrases of its only sentence (a sentence coded alone, without a
// dateline). Such a country is no context of the sentence but one of its
// parties, at times the foreign one acted on ("Soldiers shot dead two
// Palestinian youths", "Protesters attacked the U.S. embassy"): agent-only
// mentions take it once the whole sentence is read, and not all of them
// (see state.soleCountry). Names are still read against it ("Mr Howard"
// with the Tories is Britain's).
func (d *Document) SetOwnCountry(code string) { d.country, d.own = code, true }

// SetLead tells the Document the words of the article's lead (its first
// sentence, upper case as the dictionaries' phrases are) and whether each
// is capitalised, whether or not the sentence is given to
// Recognizer.Sentence. A lead that names a firm by its legal form ("Acme
// Widgets Inc said it would close two plants", "a Siemens AG spokesman
// said") makes a business story: its bare spokesmen and officials ("a
// spokesman said", "the spokesman declined to comment", "another official
// declined to speculate") are the firm's, not the government of the
// country in context.
//
// The capitalised words before the legal form are the firm's name, which
// may open with a place's or a people's ("American Express Co", "Piedmont
// Aviation Inc"): a later "American Express officials" or "a Piedmont
// spokesman" speaks for the firm, not for the country of that name.
func (d *Document) SetLead(words []string, caps []bool) {
	d.firmLead = false
	d.firmWords = d.firmWords[:0]
	for i, w := range words {
		if i >= len(caps) || !caps[i] || !legalForms[strings.TrimSuffix(w, ".")] {
			continue
		}
		d.firmLead = true
		for k := i - 1; k >= 0 && k >= i-4 && k < len(caps) && caps[k] && !nameWords[words[k]] && !notGiven[words[k]]; k-- {
			if !slices.Contains(d.firmWords, words[k]) {
				d.firmWords = append(d.firmWords, words[k])
			}
		}
	}
}

// firmWord reports whether w (as written) is a word of the name of the
// firm the article's lead names (see SetLead).
func (d *Document) firmWord(w string) bool {
	if len(d.firmWords) == 0 {
		return false
	}
	return slices.Contains(d.firmWords, string(d.upper(w)))
}

// legalForms (upper case) are the legal forms that end firms' names (see
// corporateWords), as the lead's words are written for SetLead, and the
// surest trade words of their names.
var legalForms = map[string]bool{
	"INC": true, "CORP": true, "CO": true, "LTD": true, "PLC": true, "LLC": true, "AG": true,
	"SPA": true, "NV": true, "GMBH": true, "BHD": true, "CORPORATION": true, "INCORPORATED": true,
	// Trade words of firms' names (see firmNameWords): "Mitsubishi
	// Motors", "Japan Airlines".
	"MOTOR": true, "MOTORS": true, "AIRLINES": true, "AIRWAYS": true, "ELECTRONICS": true, "INDUSTRIES": true,
}

// SetEstimatedDate tells that the date Recognizer.Sentence is given for
// this document is an estimate of an undated story's time from the people
// it names: it chooses their offices, but a country is not made the
// federation it once belonged to (RUS is not made SUN) on its strength.
func (d *Document) SetEstimatedDate() { d.estimated = true }

// SetOutletCountry sets the home country of the article's news outlet
// ("" for a wire service or an unknown one), for a document that names no
// country of its own or is a sentence coded alone. An agent of the state
// that no country in context claims ("the government", "MPs", "the
// police", "the Home Office") is then of the outlet's country: in a BBC
// story they are Britain's. Other agents ("campaigners", "taxpayers",
// "firms") are not, since a story names them without their country as
// often for another country as for its own.
func (d *Document) SetOutletCountry(code string) { d.outlet = code }

// SetDatelineCountry sets the country of the article's dateline (""
// when it has none or it names no known place). A party name that many
// countries' parties share ("Labour", "the Conservatives") is read as a
// party of that country.
func (d *Document) SetDatelineCountry(code string) { d.dateline = code }

// SetPlaceCountry sets the country of the place named as the scene of the
// next sentence given to Recognizer.Sentence ("clashed with police in
// Cairo" → "EGY"), or "" for none. Agent-only mentions of that sentence
// take it when no country was named earlier in the same sentence: the
// scene of the action is a better guide to whose police, protesters or
// ministers act than a country named in the previous sentence or the
// article's.
func (d *Document) SetPlaceCountry(code string) { d.place, d.placeSent = code, d.sent+1 }

// Reset forgets the article's state (keeping the scratch buffers), so the
// Document can serve the next article.
func (d *Document) Reset() {
	d.sent = 0
	d.recent = d.recent[:0]
	d.party, d.partyPerson, d.firmLead = false, false, false
	d.lastCoord, d.lastCoordTr, d.lastTwo, d.lastTwoTr = nil, nil, nil, nil
	d.surnames = d.surnames[:0]
	d.acronyms = d.acronyms[:0]
	d.bracketed = d.bracketed[:0]
	d.country, d.dateline = "", ""
	d.place, d.placeSent = "", 0
}

// prepare fills the scratch buffers for a sentence.
func (d *Document) prepare(text string, toks []nlp.Token) {
	n := len(toks)
	d.words = d.words[:0]
	for i := range toks {
		d.words = append(d.words, toks[i].Text)
	}
	d.hashed.Set(d.words)
	d.first = grow(d.first, n+1)
	d.next = grow(d.next, n+1)
	if cap(d.mark) < n+1 {
		d.mark = make([]uint32, n+1)
		d.stamp = 0
	}
	d.mark = d.mark[:n+1]
	if d.stamp > 1<<31 {
		clear(d.mark)
		d.stamp = 0
	}
	// Dependents in token order: fill from the right.
	for t := n; t >= 1; t-- {
		h := toks[t-1].Head
		if h < 1 || h > n || h == t {
			continue
		}
		d.next[t] = d.first[h]
		d.first[h] = int32(t)
	}
	// Hyphenated runs: "Al - Qaeda" written without spaces.
	d.hasAlt = false
	for i := 0; i+2 < n; i++ {
		if toks[i+1].Text == "-" && !toks[i].SpaceAfter && !toks[i+1].SpaceAfter {
			d.hasAlt = true
			break
		}
	}
	if !d.hasAlt {
		return
	}
	d.alt, d.altFirst, d.altLast = d.alt[:0], d.altFirst[:0], d.altLast[:0]
	d.altOf = grow(d.altOf, n+1)
	for i := 0; i < n; {
		j := i
		for j+2 < n && toks[j+1].Text == "-" && !toks[j].SpaceAfter && !toks[j+1].SpaceAfter &&
			toks[j].End == toks[j+1].Start && toks[j+1].End == toks[j+2].Start {
			j += 2
		}
		w := toks[i].Text
		if j > i && toks[i].Start >= 0 && toks[j].End <= len(text) && toks[i].Start <= toks[j].End {
			w = text[toks[i].Start:toks[j].End]
			if l := len(w); l > 4 && strings.EqualFold(w[l-4:], "-led") {
				// "Saudi-led coalition": the leader names the actor.
				w = w[:l-4]
			}
		} else {
			j = i
		}
		k := int32(len(d.alt))
		d.alt = append(d.alt, w)
		d.altFirst = append(d.altFirst, int32(i+1))
		d.altLast = append(d.altLast, int32(j+1))
		for t := i; t <= j; t++ {
			d.altOf[t+1] = k
		}
		i = j + 1
	}
}

// grow returns s with length n, zeroed.
func grow(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// lower returns w in ASCII lower case in a scratch buffer (valid until the
// next call).
func (d *Document) lower(w string) []byte {
	d.buf = d.buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		d.buf = append(d.buf, c)
	}
	return d.buf
}

// upper returns w in ASCII upper case in a scratch buffer.
func (d *Document) upper(w string) []byte {
	d.buf = appendUpper(d.buf[:0], w)
	return d.buf
}

// appendUpper appends w to buf with its ASCII letters upper case.
func appendUpper(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// remember records a mention as a possible antecedent. The press named
// by an agent word ("told reporters they regretted ...") is not one: a
// pronoun after it stands for the speaker. Nor is a news agency named
// by its name alone, coded MED ("told Reuters MITI asked them to
// moderate their trading": the dealers, not the agency).
func (d *Document) remember(m Mention, tr traits, memberTr []traits) {
	if len(m.Members) == 0 && (m.Kind == Agent && strings.HasSuffix(m.Code, "MED") || m.Kind == Named && m.Code == "MED") {
		return
	}
	if len(d.recent) == maxRecent {
		copy(d.recent, d.recent[1:])
		d.recent = d.recent[:maxRecent-1]
	}
	if len(m.Members) > 0 {
		tr |= trPlural
		d.lastCoord = m.Members
		d.lastCoordTr = memberTr
		if len(m.Members) == 2 {
			d.lastTwo, d.lastTwoTr = m.Members, memberTr
		}
	}
	d.recent = append(d.recent, antecedent{m: m, tr: tr, sent: d.sent})
	if !d.party {
		d.party = partyCode(m.Code) || slices.ContainsFunc(m.Members, func(c Mention) bool { return partyCode(c.Code) })
	}
	if !d.partyPerson {
		d.partyPerson = tr&trPerson != 0 && partyCode(m.Code)
		for i, c := range m.Members {
			d.partyPerson = d.partyPerson || i < len(memberTr) && memberTr[i]&trPerson != 0 && partyCode(c.Code)
		}
	}
}

// partyCode reports whether code is an actor's that is no business: not
// empty, not null, not a company's (MNC..., ...BUS).
func partyCode(code string) bool {
	return code != "" && !strings.HasPrefix(code, NullCode) && !strings.HasPrefix(code, "MNC") && !strings.HasSuffix(code, "BUS")
}

// NamedParty reports whether an earlier sentence of the article named an
// actor that is no business (a nil Document: true). Until one has, a
// pronoun stands for a company or its people ("Acme said it would cut
// 200 jobs. They said ...").
func (d *Document) NamedParty() bool {
	return d == nil || d.party
}

// NamedPartyPerson reports whether an earlier sentence of the article
// named a single person who is no business's (a nil Document: true):
// until one has, "he" or "she" stands for a company's people ("The
// company said U.S. sales rose. He said ...").
func (d *Document) NamedPartyPerson() bool {
	return d == nil || d.partyPerson
}

// twoPersons reports whether both members of the last two-member
// coordination are persons: only they can be "the two ministers".
func (d *Document) twoPersons() bool {
	if len(d.lastTwoTr) != 2 {
		return false
	}
	return d.lastTwoTr[0]&trPerson != 0 && d.lastTwoTr[1]&trPerson != 0
}

// fits reports whether antecedent a has all of need, at least one of any
// (if any is non-zero) and none of not.
func (a antecedent) fits(need, any, not traits) bool {
	return a.tr&need == need && a.tr&not == 0 && (any == 0 || a.tr&any != 0)
}

// find returns the newest antecedent within the window that has all of
// need, at least one of any (if any is non-zero) and none of not.
func (d *Document) find(need, any, not traits) (antecedent, bool) {
	return d.findBut(need, any, not, 0, false)
}

// findBut is find without the antecedents of the current sentence that
// hold token but (1-based; 0 skips nothing): an object pronoun does not
// stand for the subject of its own verb ("Corbyn accused her").
//
// With object (the pronoun is an object), a mention inside a phrase that
// is no actor gives way to an actor its sentence is about.
func (d *Document) findBut(need, any, not traits, but int, object bool) (antecedent, bool) {
	for i := len(d.recent) - 1; i >= 0; i-- {
		a := d.recent[i]
		if d.sent-a.sent >= window {
			break
		}
		if !a.fits(need, any, not) {
			continue
		}
		if but > 0 && a.sent == d.sent && a.m.First <= but && but <= a.m.Last {
			continue
		}
		if object && a.tr&trInner != 0 && a.sent < d.sent {
			// "Liam Fox said the remarks contradicted Tony Blair's
			// own forecast. But Mr Clarke accused him": a
			// possessor or modifier of a thing is less salient than
			// an actor its sentence is about.
			if b, ok := d.argumentOf(a.sent, i, need, any, not); ok {
				return b, true
			}
		}
		return a, true
	}
	return antecedent{}, false
}

// findEarlier is find over the antecedents of earlier sentences only.
func (d *Document) findEarlier(need, any, not traits) (antecedent, bool) {
	for i := len(d.recent) - 1; i >= 0; i-- {
		a := d.recent[i]
		if d.sent-a.sent >= window {
			break
		}
		if a.sent < d.sent && a.fits(need, any, not) {
			return a, true
		}
	}
	return antecedent{}, false
}

// previousSubject returns the subject of the main verb of the sentence
// before (see trSubject) when it has all of need, at least one of any
// (if any is non-zero) and none of not: the antecedent a subject pronoun
// opening a sentence stands for ("Western officials said Iran had
// supplied drones to Russia. They accused Tehran ...": the officials, not
// Russia).
func (d *Document) previousSubject(need, any, not traits) (antecedent, bool) {
	for i := len(d.recent) - 1; i >= 0; i-- {
		a := d.recent[i]
		if a.sent < d.sent-1 {
			break
		}
		if a.sent == d.sent-1 && a.tr&trSubject != 0 && a.fits(need, any, not) && a.m.Code != "" && !commentator(a.m.Code) {
			return a, true
		}
	}
	return antecedent{}, false
}

// commentator reports whether code is of those who comment on markets
// rather than act in the story (dealers, bankers, economists, the press):
// "Dealers said the Bank of Japan bought dollars. They said the central
// bank ..." is left to recency.
func commentator(code string) bool {
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "BUS", "MED", "EDU":
		return true
	}
	return false
}

// argumentOf returns the newest antecedent of sentence sent older than
// recent[i] that fits need, any and not and is no trInner mention.
func (d *Document) argumentOf(sent, i int, need, any, not traits) (antecedent, bool) {
	for j := i - 1; j >= 0 && d.recent[j].sent == sent; j-- {
		if b := d.recent[j]; b.tr&trInner == 0 && b.fits(need, any, not) {
			return b, true
		}
	}
	return antecedent{}, false
}

// findOwner returns the newest coded antecedent within the window that
// "its" can stand for: an organisation or a country ("the United States"
// is one, though plural), not a person or a group of people.
func (d *Document) findOwner() (antecedent, bool) { return d.findOwnerBut(0) }

// findOwnerBut is findOwner without the mention of this sentence that
// holds token but (1-based; 0 skips nothing), an object pronoun's own
// subject.
func (d *Document) findOwnerBut(but int) (antecedent, bool) { return d.findOwnerApart(but, but, false) }

// findOwnerApart is findOwner without the mentions of this sentence that
// overlap tokens lo..hi (1-based; 0 skips nothing), the phrase of a
// clause's subject, and, with apart, without the actors of those
// mentions' countries: the airspace "Soviet jets violated" is no Soviet
// party's, Moscow's included.
func (d *Document) findOwnerApart(lo, hi int, apart bool) (antecedent, bool) {
	skip := func(a antecedent) bool {
		return lo > 0 && a.sent == d.sent && a.m.First <= hi && lo <= a.m.Last
	}
	var away []string
	if apart {
		for _, a := range d.recent {
			if skip(a) && len(a.m.Code) >= 3 && !strings.HasPrefix(a.m.Code, NullCode) && !strings.HasPrefix(a.m.Code, "IGO") {
				away = append(away, a.m.Code[:3])
			}
		}
	}
	for i := len(d.recent) - 1; i >= 0; i-- {
		a := d.recent[i]
		if d.sent-a.sent >= window {
			break
		}
		if skip(a) || len(a.m.Code) >= 3 && slices.Contains(away, a.m.Code[:3]) {
			continue
		}
		if a.tr&(trOrg|trCountry) == 0 || a.tr&trPerson != 0 || a.tr&trPlural != 0 && a.tr&trCountry == 0 {
			continue
		}
		if a.m.Code == "" || strings.HasPrefix(a.m.Code, NullCode) || len(a.m.Members) > 0 {
			continue
		}
		return a, true
	}
	return antecedent{}, false
}

// firstOwner returns the antecedent that opens sentence sent, when a
// subject "It" can stand for it (see findOwner): a state or an
// organisation of states (stateLike), the sentence's subject.
func (d *Document) firstOwner(sent int) (antecedent, bool) {
	for _, a := range d.recent {
		if a.sent != sent || a.m.First != 1 || a.tr&(trOrg|trCountry) == 0 || a.tr&trPerson != 0 || a.tr&trPlural != 0 && a.tr&trCountry == 0 {
			continue
		}
		if a.m.Code == "" || strings.HasPrefix(a.m.Code, NullCode) || len(a.m.Members) > 0 || !stateLike(a.m.Code) {
			continue
		}
		return a, true
	}
	return antecedent{}, false
}

// stateLike reports whether an actor code is a state's or an
// intergovernmental organisation's: a bare country, its government,
// military, legislature, courts or police, or an IGO. Firms and the press
// ("It said the failed bank had ...") are left out: a subject "It" in
// business news is too often a firm's deal or a figure.
func stateLike(code string) bool {
	if strings.HasPrefix(code, "IGO") {
		return true
	}
	if len(code) == 3 {
		return true
	}
	if len(code) >= 6 {
		switch code[3:6] {
		case "GOV", "MIL", "LEG", "JUD", "COP":
			return true
		}
	}
	return false
}

// findCode returns the newest antecedent within the window whose code
// holds one of blocks at an offset that is a multiple of 3 (or, for nil
// blocks, is a bare country).
func (d *Document) findCode(blocks []string) (antecedent, bool) {
	for i := len(d.recent) - 1; i >= 0; i-- {
		a := d.recent[i]
		if d.sent-a.sent >= window {
			break
		}
		if a.m.Code == "" || strings.HasPrefix(a.m.Code, "---") {
			continue
		}
		if blocks == nil {
			if a.tr&trCountry != 0 {
				return a, true
			}
			continue
		}
		for _, b := range blocks {
			if containsBlock(a.m.Code, b) {
				return a, true
			}
		}
	}
	return antecedent{}, false
}

// findNamed returns the newest recent mention whose text holds word
// (lower case) as a word, when it has a code: the institution a later
// "the Department" or "the Bank" stands for.
func (d *Document) findNamed(word string) (antecedent, bool) {
	for i := len(d.recent) - 1; i >= 0; i-- {
		a := d.recent[i]
		if d.sent-a.sent >= window {
			break
		}
		if !hasWord(a.m.Text, word) {
			continue
		}
		if a.m.Code == "" || strings.HasPrefix(a.m.Code, "---") || len(a.m.Members) > 0 {
			return antecedent{}, false
		}
		return a, true
	}
	return antecedent{}, false
}

// findSpokes returns the newest mention within spokesWindow sentences
// that names a spokesman
// (a phrase holding one of spokesWords' singular spokes-words: "an
// Airbus spokesman", "Blair's official spokesman", "a spokesman for the
// finance ministry"), whatever its code, the null code of a spokesman
// of nobody the dictionaries know included.
func (d *Document) findSpokes() (antecedent, bool) {
	for i := len(d.recent) - 1; i >= 0; i-- {
		a := d.recent[i]
		if d.sent-a.sent >= spokesWindow {
			break
		}
		if len(a.m.Members) == 0 && (hasWord(a.m.Text, "spokesman") || hasWord(a.m.Text, "spokeswoman") || hasWord(a.m.Text, "spokesperson")) {
			return a, true
		}
	}
	return antecedent{}, false
}

// findOrg returns the newest mention of the current sentence whose code
// is an organisation's that named accepts: the organisation a later "the
// bank" or "the fund" of the sentence stands for.
func (d *Document) findOrg(named func(code string) bool) (antecedent, bool) {
	for i := len(d.recent) - 1; i >= 0; i-- {
		a := d.recent[i]
		if a.sent != d.sent {
			break
		}
		if IsOrganisation(a.m.Code) && len(a.m.Members) == 0 && named(a.m.Code) {
			return a, true
		}
	}
	return antecedent{}, false
}

// headWord reports whether the name text ends with word (lower case),
// ignoring case and a closing parenthesis ("the World Bank", "the
// International Monetary Fund (IMF)"), but not "Union Carbide".
func headWord(text, word string) bool {
	if i := strings.LastIndexByte(text, '('); i > 0 && strings.HasSuffix(text, ")") {
		text = text[:i]
	}
	text = strings.TrimRight(text, " ")
	return len(text) >= len(word) && strings.EqualFold(text[len(text)-len(word):], word) &&
		(len(text) == len(word) || !isLetter(text[len(text)-len(word)-1]))
}

// hasWord reports whether text holds word (lower case) as a whole word,
// ignoring case.
func hasWord(text, word string) bool {
	for i := 0; i+len(word) <= len(text); i++ {
		if !strings.EqualFold(text[i:i+len(word)], word) {
			continue
		}
		if (i == 0 || !isLetter(text[i-1])) && (i+len(word) == len(text) || !isLetter(text[i+len(word)])) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// learnSurname remembers that word names a person the dictionaries do
// not know, with code from the role the text gave them. Unlike
// addSurname it does not override a surname already remembered with a
// code.
func (d *Document) learnSurname(word, code string) {
	for i := range d.surnames {
		if equalFold(d.surnames[i].word, word) {
			if d.surnames[i].code == "" {
				d.surnames[i].code = code
			}
			return
		}
	}
	d.addSurname(word, code)
}

// acronymUse links an acronym the article defined ("the African
// Development Bank (ADB)") to the code of the name it abbreviates.
type acronymUse struct {
	word  string
	entry *dictionary.ActorEntry
}

// acronym returns the entry the article gave the acronym word (case
// sensitive), or nil.
func (d *Document) acronym(word string) *dictionary.ActorEntry {
	for i := range d.acronyms {
		if d.acronyms[i].word == word {
			return d.acronyms[i].entry
		}
	}
	return nil
}

// learnAcronym remembers that word abbreviates a name coded code; a
// later definition replaces an earlier one.
func (d *Document) learnAcronym(word, code string) {
	d.learnAcronymEntry(word, &dictionary.ActorEntry{
		Phrases: []dictionary.Phrase{{Words: []string{strings.ToUpper(word)}, Gaps: []bool{false}}},
		Codes:   []dictionary.ActorCode{{Code: code, Actors: []string{code}}},
	})
}

// learnAcronymEntry remembers that word abbreviates the dictionary name e.
func (d *Document) learnAcronymEntry(word string, e *dictionary.ActorEntry) {
	if e.NullOnly() {
		return
	}
	for i := range d.acronyms {
		if d.acronyms[i].word == word {
			d.acronyms[i].entry = e
			return
		}
	}
	if len(d.acronyms) >= 32 {
		copy(d.acronyms, d.acronyms[1:])
		d.acronyms = d.acronyms[:31]
	}
	d.acronyms = append(d.acronyms, acronymUse{word: word, entry: e})
}

// noteBracketed remembers that the article defined the acronym word in
// brackets after a name.
func (d *Document) noteBracketed(word string) {
	if slices.Contains(d.bracketed, word) || len(d.bracketed) >= 32 {
		return
	}
	d.bracketed = append(d.bracketed, word)
}

// Bracketed reports whether the article has defined the acronym word in
// brackets after a name, whether or not a dictionary codes the name (a
// nil Document has defined none).
func (d *Document) Bracketed(word string) bool {
	return d != nil && slices.Contains(d.bracketed, word)
}

// KnowsName reports whether the article has named a person with this
// surname earlier and the person has a code, or defined this acronym (a
// nil Document knows none).
func (d *Document) KnowsName(word string) bool {
	if d == nil {
		return false
	}
	for i := range d.acronyms {
		if strings.EqualFold(d.acronyms[i].word, word) {
			return true
		}
	}
	for i := range d.surnames {
		if d.surnames[i].code != "" && equalFold(d.surnames[i].word, word) {
			return true
		}
	}
	return false
}

// addSurname remembers that word names the person with code; code ""
// remembers a person the dictionaries do not know ("Paula Jones"), so
// that the surname alone ("Mrs. Jones") is not taken for a namesake they
// do know.
func (d *Document) addSurname(word, code string) {
	for i := range d.surnames {
		if equalFold(d.surnames[i].word, word) {
			d.surnames[i].code, d.surnames[i].bare = code, false
			return
		}
	}
	if len(d.surnames) >= 64 {
		copy(d.surnames, d.surnames[1:])
		d.surnames = d.surnames[:63]
	}
	d.surnames = append(d.surnames, surnameUse{word: word, code: code})
}

// addBareSurname is addSurname for a link made from the surname alone.
func (d *Document) addBareSurname(word, code string) {
	d.addSurname(word, code)
	for i := range d.surnames {
		if equalFold(d.surnames[i].word, word) {
			d.surnames[i].bare = true
		}
	}
}

// contextCountry is the country that agent-only mentions take: one named
// earlier in this sentence, else the country of the sentence's scene (see
// SetPlaceCountry), else one named in the previous sentence, else the
// article's country.
func (st *state) contextCountry() string { return st.countryOfContext(false) }

// countryOfContext is contextCountry, for an agent-only mention when
// agent is true (see agentCountry).
func (st *state) countryOfContext(agent bool) string {
	d := st.doc
	if cc := st.namedCountry(0, agent); cc != "" {
		return cc
	}
	if d.place != "" && d.placeSent == d.sent {
		return d.place
	}
	if cc := st.namedCountry(1, false); cc != "" {
		return cc
	}
	if agent && d.own {
		return "" // see SetOwnCountry
	}
	return d.country
}

// agentCountry is contextCountry for an agent-only mention ("the Finance
// Ministry", "officials"), which prefers the dateline's country among the
// countries its own sentence names.
func (st *state) agentCountry() string { return st.countryOfContext(true) }

// namedCountry returns the country of the newest named mention of the
// sentence back sentences before the current one, or "". When the
// article's country (the dateline's) is among that sentence's countries,
// it wins (in the current sentence only a dateline's country does, and
// only for an agent-only mention, see agentCountry): "BAGHDAD _ Iraq accused inspectors of spying for the United
// States. Deputy Prime Minister Tariq Aziz said ..." is Iraq's minister.
func (st *state) namedCountry(back int, agent bool) string {
	d := st.doc
	newest := ""
	for i := len(d.recent) - 1; i >= 0; i-- {
		a := d.recent[i]
		if d.sent-a.sent > back {
			break
		}
		if a.m.Kind != Named || d.sent-a.sent != back {
			continue
		}
		cc := st.r.country(a.m.Code)
		if cc == "" {
			continue
		}
		if back > 0 && cc == d.country || back == 0 && agent && cc == d.dateline {
			// For an agent-only mention the dateline's country wins
			// in the sentence itself too: "South Korea will cut
			// tariffs to reduce its surplus with the United States,
			// the Finance Ministry said" from Seoul is South Korea's
			// ministry.
			return cc
		}
		if newest == "" {
			newest = cc
		}
	}
	return newest
}

// onePartyCodes reports whether actor codes a and b name one party: a
// country and its own state ("USA" and "USAGOV", its forces, parliament,
// courts or police). A country and its firms, unions or rebels ("BRA"
// and "BRABUS") are two.
func onePartyCodes(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) != 3 || len(b) < 6 || b[:3] != a || a == "IGO" || a == "NGO" {
		return false
	}
	switch b[3:6] {
	case "GOV", "MIL", "LEG", "JUD", "COP":
		return true
	}
	return false
}

// lastPair returns the two newest antecedents within the window that have
// the traits want (any coded mention when want is 0) and differ in code,
// oldest first, or nil.
func (d *Document) lastPair(want traits) []Mention {
	win := window
	if want&trPerson != 0 {
		win = personWindow // "the two ministers" after each was named
	}
	var pair []Mention
	for i := len(d.recent) - 1; i >= 0 && len(pair) < 2; i-- {
		a := d.recent[i]
		if d.sent-a.sent >= win {
			break
		}
		if a.m.Code == "" || len(a.m.Members) > 0 || a.tr&want != want || a.m.Kind == Pronoun || a.m.Kind == Nominal {
			continue
		}
		if len(pair) == 1 && (pair[0].Code == a.m.Code || onePartyCodes(pair[0].Code, a.m.Code)) {
			// ("the United States" and "U.S. officials" are one side.)
			continue
		}
		pair = append(pair, a.m)
	}
	if len(pair) != 2 {
		return nil
	}
	return []Mention{pair[1], pair[0]}
}
