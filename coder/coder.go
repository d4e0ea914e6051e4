package coder

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"tacitus/actors"
	"tacitus/dictionary"
	"tacitus/nlp"
)

// Sentinel errors returned (wrapped) by Code. Callers branch on them with
// errors.Is.
var (
	// ErrSentenceDiscard: a sentence discard phrase occurs; the sentence
	// yields no events.
	ErrSentenceDiscard = errors.New("coder: sentence discarded")
	// ErrStoryDiscard: a story discard phrase occurs; the whole story
	// (including events of its earlier sentences) must be dropped.
	ErrStoryDiscard = errors.New("coder: story discarded")
	// ErrDateline: the sentence is a news dateline ("CEBU CITY: -- ...")
	// rather than a clause.
	ErrDateline = errors.New("coder: dateline")
	// ErrBadInput: the sentence has no usable parse (no tokens carry a
	// dependency head, or the heads do not form a tree).
	ErrBadInput = errors.New("coder: bad input parse")
)

// Config holds the coding options that the PETRARCH configuration and the
// validation suite's <Config> elements set (petrarch-formats.md sec. 6.2).
type Config struct {
	// RequireDyad drops events whose source or target is the bare null
	// "---".
	RequireDyad bool
	// NewActorLength, when positive, codes an uncoded noun phrase of at
	// most that many words as its quoted upper-case text.
	NewActorLength int
	// CommaMin/CommaMax bound the word count of an internal comma clause
	// that is deleted; CommaMax 0 disables the deletion. CommaBMin/BMax do
	// the same for the initial clause, CommaEMin/EMax for the terminal one.
	CommaMin, CommaMax   int
	CommaBMin, CommaBMax int
	CommaEMin, CommaEMax int
	// KeepSelf keeps events whose source and target have the same code,
	// for a caller that tells distinct actors under one code apart ("the
	// Liberal Democrats accused the Tories": both GBROPP); PETRARCH drops
	// them.
	KeepSelf bool
}

// DefaultConfig returns PETRARCH's default options: require_dyad on, no
// new actors, comma clauses of 2-8 words deleted inside and at the end.
func DefaultConfig() Config {
	return Config{RequireDyad: true, CommaMin: 2, CommaMax: 8, CommaEMin: 2, CommaEMax: 8}
}

// Options configure a Coder.
type Options struct {
	// LooseActors applies PETRARCH-1's rule that a space inside an actor
	// or agent phrase lets other words of the noun phrase intervene
	// ("ITHILEN TELEVISION" matches "Ithilen state-run television"). The
	// validation suite needs it; on news it over-matches, so it is off by
	// default.
	LooseActors bool
	// DatelineError makes Code fail with ErrDateline on a sentence that
	// begins with a news dateline ("CEBU CITY: -- ..."), as the validation
	// suite expects. Otherwise the dateline words are ignored and the rest
	// of the sentence is coded.
	DatelineError bool
	// News applies the conventions of coding real news
	// (evalset/GUIDELINES.md) to the verbs of syntactic-dialect files
	// (CAMEO.2.0): source and target from the dependency tree (args.go),
	// the verbs inside a verb phrase coded too, a speech verb dropped
	// when its reported content yields an event, first-person intent
	// coded 03, and pattern nouns matched in the plural. The validation
	// suite is coded without it.
	News bool
}

// Span is a half-open byte range of the coded text.
type Span struct {
	Start, End int
}

// Event is one coded event.
type Event struct {
	// Source and Target are actor codes: dictionary codes with agents
	// ("GONGOV"), "---" for the null actor, "---GOV" for an agent without
	// an actor, or a quoted phrase for a new actor.
	Source, Target string
	// Code is the event code exactly as the dictionary writes it.
	Code string
	// SourceSpan, TargetSpan and VerbSpan locate the source and target
	// noun phrases and the verb in the text (zero when absent).
	SourceSpan, TargetSpan, VerbSpan Span
	// Passive is true when the source and target were swapped because the
	// verb is passive with a "by" phrase.
	Passive bool
	// Intent is true when the code is the speaker's stated intent (03)
	// to do what the verb says ("Kato said he will meet Lyng"): the event
	// is the statement, dated by the speech verb rather than by the
	// intended act.
	Intent bool
	// Reverse is true for the second event of a paired code X:Y, the
	// target's act in return ("X visited Y": Y hosted X, 043), which the
	// dictionaries add to what the sentence says.
	Reverse bool
	// Campaign is true when the code (111) was read from the parties
	// alone, a government's plain statement about its own country's
	// opposition or the reverse ("Kennedy said the prime minister was
	// out of touch"), not from its words: package extract judges it
	// as the plain statement (010) it would otherwise be.
	Campaign bool
}

// Coder codes sentences with one dictionary set. It is safe for
// concurrent use.
type Coder struct {
	dict *dictionary.Set
	opts Options
	syn  map[*dictionary.VerbBlock]*synIndex
	// depBlocks are the blocks of syntactic-dialect files, whose source
	// and target come from the dependency tree (args.go).
	depBlocks map[*dictionary.VerbBlock]bool
}

// New returns a coder over dict. dict must not be modified afterwards.
func New(dict *dictionary.Set, opts Options) *Coder {
	if dict == nil {
		dict = dictionary.NewSet()
	}
	dep := map[*dictionary.VerbBlock]bool{}
	if dict.Verbs != nil {
		for _, vf := range dict.Verbs.Files {
			if vf.Dialect != dictionary.Syntactic {
				continue
			}
			for _, b := range vf.Blocks {
				dep[b] = true
			}
		}
	}
	return &Coder{dict: dict, opts: opts, syn: buildSynIndex(dict), depBlocks: dep}
}

// datelineEnd returns the length of a news dateline at the start of s
// (an upper-case place name followed by ":" or "--", as in "CEBU CITY: --
// ..."), or 0.
func datelineEnd(s string) int {
	if len(s) < 3 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' && s[1] != '.' {
		return 0
	}
	loc := datelineRE.FindStringIndex(s)
	if loc == nil {
		return 0
	}
	n := loc[1]
	// Swallow a "--" right after the colon.
	rest := strings.TrimLeft(s[n:], " ")
	if strings.HasPrefix(rest, "--") {
		n = len(s) - len(rest) + 2
	}
	return n
}

var datelineRE = regexp.MustCompile(`^\s*[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*\s*(?::|--)`)

// Code codes one parsed sentence. text is the document the token offsets
// refer to, date the sentence date (for date-restricted actor codes). It
// returns the de-duplicated events in order of their verbs, or an error
// wrapping ErrSentenceDiscard, ErrStoryDiscard, ErrDateline or
// ErrBadInput.
func (c *Coder) Code(s nlp.Sentence, text string, date time.Time, cfg Config) ([]Event, error) {
	return c.CodeWith(s, text, date, cfg, nil)
}

// ActorLookup codes actors from outside the dictionaries: given the
// 0-based token of a noun phrase's head, it returns the phrase's actor
// code ("GBRGOV" for "the prime minister" resolved from the article),
// "---" for a phrase that is no actor whatever its words ("the Kyoto
// Protocol"), or ok false to let the dictionaries code the phrase. A phrase that stands
// for several actors ("the two leaders" after Obama and Putin) has their
// codes joined by '+' ("USAGOV+RUSGOV"): it acts like a coordination.
type ActorLookup func(tok int) (code string, ok bool)

// CodeWith is Code with an ActorLookup consulted first for every noun
// phrase (nil: the dictionaries alone, as Code).
func (c *Coder) CodeWith(s nlp.Sentence, text string, date time.Time, cfg Config, look ActorLookup) ([]Event, error) {
	if len(s.Tokens) == 0 {
		return nil, nil
	}
	f := framePool.Get().(*frame)
	defer func() {
		f.text, f.toks, f.look = "", nil, nil
		framePool.Put(f)
	}()
	f.text, f.toks, f.look, f.news = text, s.Tokens, look, c.opts.News
	clear(f.placeCountry)
	if f.placeCountry == nil {
		f.placeCountry = map[int]string{}
	}
	f.buildWords()
	if d := c.dict.Discards; d != nil && d.Len() > 0 {
		if m, story, sent := d.Scan(f.upToks); story || sent {
			phrase := ""
			if m.Phrase != nil {
				phrase = m.Phrase.String()
			}
			if story {
				return nil, fmt.Errorf("%w: %q", ErrStoryDiscard, phrase)
			}
			return nil, fmt.Errorf("%w: %q", ErrSentenceDiscard, phrase)
		}
	}
	dateline := 0 // byte offset where a dateline ends
	if start := f.toks[0].Start; start >= 0 && start <= len(text) {
		if n := datelineEnd(text[start:]); n > 0 {
			if c.opts.DatelineError {
				return nil, ErrDateline
			}
			dateline = start + n
		}
	}
	f.buildTree()
	if !f.parsed {
		return nil, fmt.Errorf("%w: tokens without a dependency tree", ErrBadInput)
	}
	c.markActorTokens(f)
	f.markNominal()
	f.buildSlots()
	f.markVerbs()
	c.forceVerbs(f)
	f.deleteCommaClauses(cfg)
	for i := range f.words {
		if f.words[i].start < dateline {
			f.words[i].del = true
		}
	}
	c.rescueVerb(f)
	d := dictionary.NewDate(date.Year(), int(date.Month()), date.Day())
	if date.IsZero() {
		d = 0
		if c.opts.News {
			// An undated story is coded as news of the dictionary's
			// latest knowledge (see dictionary.Latest).
			d = dictionary.Latest
		}
	}
	for si := range f.slots {
		c.codeSlot(f, &f.slots[si], d, cfg)
	}
	evs := c.scanVerbs(f, cfg)
	return postProcess(evs, cfg), nil
}

// framePool recycles the coder's per-sentence working storage.
var framePool = sync.Pool{New: func() any { return new(frame) }}

// markActorTokens flags the tokens covered by actor phrases, so that a
// mis-tagged invented name still forms a noun phrase. The words are
// hashed once for the actor and the agent scans, which would each hash
// every word again.
func (c *Coder) markActorTokens(f *frame) {
	f.actorTok = resizeBools(f.actorTok, len(f.toks))
	if c.dict.Actors == nil {
		return
	}
	f.upHashed.Set(f.upToks)
	for i := 0; i < len(f.upToks); i++ {
		m, ok := c.dict.Actors.LongestMatchWords(&f.upHashed, i)
		if !ok {
			continue
		}
		for k := m.Start; k < m.End; k++ {
			f.actorTok[f.words[k].tok] = true
		}
		i = m.End - 1
	}
	// An agent word the tagger read as an adjective outside a noun
	// phrase ("Arnor cleric is about to ..." with "cleric" as an
	// adjective) is a noun.
	if c.dict.Agents == nil {
		return
	}
	for i := 0; i < len(f.upToks); i++ {
		m, ok := c.dict.Agents.LongestMatchWords(&f.upHashed, i)
		if !ok {
			continue
		}
		for k := m.Start; k < m.End; k++ {
			if t := &f.toks[f.words[k].tok]; (t.UPOS == "ADJ" || t.UPOS == "X") && t.Rel != "amod" {
				f.actorTok[f.words[k].tok] = true
			}
		}
		i = m.End - 1
	}
}

// postProcess removes self-events (unless KeepSelf) and, with RequireDyad, events with a
// bare null actor, then duplicates (sec. 7.1 step 7).
func postProcess(evs []Event, cfg Config) []Event {
	out := evs[:0]
	for _, e := range evs {
		if e.Source == e.Target && !cfg.KeepSelf {
			continue
		}
		if cfg.RequireDyad && (e.Source == null || e.Target == null) {
			continue
		}
		dup := false
		for _, o := range out {
			if o.Source == e.Source && o.Target == e.Target && o.Code == e.Code {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	return out
}

const null = "---"

// codeSlot codes every member of a slot (sec. 7.1 step 5, sec. 4).
func (c *Coder) codeSlot(f *frame, s *slot, d dictionary.Date, cfg Config) {
	look := f.look
	// shared is the lookup a coordination of one code set aside (see
	// below), still asked for a member the dictionaries leave uncoded.
	var shared ActorLookup
	if look != nil && s.compound() {
		// A coordination the lookup reads as one phrase ("Egyptian and
		// Sudanese officials" as one mention) gives every member the
		// same code: the dictionaries then code the members. Two
		// named parties of one code ("the Conservatives and the
		// Liberal Democrats", both GBROPP) keep the lookup's code
		// where the dictionaries know neither (see peerParty).
		first, same := "", true
		for mi := range s.members {
			code, _ := look(f.words[s.members[mi].head].tok)
			if mi == 0 {
				first = code
			} else if code != first {
				same = false
			}
		}
		if same {
			shared, look = look, nil
		}
	}
	for mi := range s.members {
		m := &s.members[mi]
		// (The relation is tested before the word list in the two
		// tests of weapons: one member in a few is an object or a
		// compound, and one in hundreds a weapon.)
		if ht := f.words[m.head].tok; f.news && f.toks[ht].Rel == "obj" && weaponNouns[f.words[m.head].up] && f.head(ht) >= 0 && f.lemmaIs(f.head(ht), firedWeapon) && m.words[len(m.words)-1] <= m.head {
			// "fired artillery shells into India": what is fired is
			// no party, whatever agent word modifies it (a phrase
			// after it, "rockets into northern Israel", may be), or
			// the actor lookup makes of it ("launched two drones" is
			// no military).
			m.codes, m.null = nil, true
			continue
		}
		if ht := f.words[m.head].tok; f.news && f.toks[ht].Rel == "compound" && weaponNouns[f.words[m.head].up] && f.head(ht) >= 0 && launchedNouns[strings.ToLower(f.toks[f.head(ht)].Lemma)] {
			// "launched a drone and missile attack on a tanker", "a
			// drone barrage": the weapon of an attack is its
			// instrument, no party.
			m.codes, m.null = nil, true
			continue
		}
		if look != nil {
			if code, ok := look(f.words[m.head].tok); ok && code != "" {
				if code == null {
					// The lookup says the phrase is no actor ("the
					// Kyoto Protocol", "10 billion dollars").
					m.codes, m.null = nil, true
					continue
				}
				m.codes, m.null = []string{code}, false
				if strings.IndexByte(code, '+') >= 0 {
					m.codes = strings.Split(code, "+")
				}
				continue
			}
		}
		if f.news && look != nil {
			// "a British National Party leaflet": a mention of two
			// words or more inside the phrase (a party, a title)
			// knows more than the dictionaries' first match
			// ("British").
			if code := insideMention(f, look, m, 2); code != "" {
				m.codes, m.null = []string{code}, false
				continue
			}
			if actNouns[f.words[m.head].up] {
				// "condemned the Israeli strike on Beirut": the
				// act is its agent's (any mention modifying it),
				// not its victim's.
				if code := insideMention(f, look, m, 1); code != "" {
					m.codes, m.null = []string{code}, false
					continue
				}
			}
		}
		if ht := f.toks[f.words[m.head].tok]; f.news && ht.UPOS == "PRON" && ht.Text == "us" {
			// "join us" is not the United States.
			m.codes, m.null = nil, true
			continue
		}
		words, kept := f.wbuf[:0], f.keptBuf[:0]
		for _, w := range m.words {
			if f.news && f.inLocative(f.words[w].tok, f.words[m.head].tok) {
				// "a complex near Paris": a place inside the phrase
				// locates it, it does not make it an actor; its
				// country is kept for the verbs of armed action
				// (see frame.strikeIn).
				if t := f.words[w].tok; f.placeCountry[t] == "" {
					if codes, isNull := c.codePhrase([]string{f.words[w].up}, d); !isNull && len(codes) == 1 && len(codes[0]) == 3 {
						f.placeCountry[t] = codes[0]
					}
				}
				continue
			}
			if t := f.words[w].tok; f.news && look != nil && w != m.head && f.toks[t].UPOS == "NOUN" {
				if code, ok := look(t); ok && code == null {
					if _, isNull := c.codePhrase([]string{f.words[w].up}, d); !isNull {
						// "sought help from donor governments": an
						// agent noun of a phrase inside that the
						// lookup says is no actor does not make the
						// whole one an actor (other words still may:
						// "tariffs on Australian wine").
						continue
					}
				}
			}
			words = append(words, f.words[w].up)
			kept = append(kept, w)
		}
		if f.news {
			c.maskCommonWords(f, kept, words)
		}
		f.wbuf, f.keptBuf = words, kept
		m.codes, m.null = c.codePhrase(words, d)
		if f.news && !m.null && agentOnly(m.codes) && (thingNouns[f.words[m.head].up] || actNouns[f.words[m.head].up]) {
			// "signed a military intelligence pact": an agent word
			// describing a thing does not make the thing an actor.
			m.codes, m.null = nil, true
		}
		if m.null && shared != nil && f.toks[f.words[m.head].tok].UPOS == "PROPN" {
			if code, ok := shared(f.words[m.head].tok); ok && (peerParty(code) || f.personName(m) || f.surnames(s) && roleCode(code)) {
				m.codes, m.null = []string{code}, false
			}
		}
		if m.null && cfg.NewActorLength > 0 {
			var parts []string
			for _, w := range words {
				if w == "'S" || w == "'" || !hasLetterOrDigit(w) {
					continue
				}
				parts = append(parts, w)
			}
			if len(parts) > 0 && len(parts) <= cfg.NewActorLength {
				m.codes, m.null = []string{`"` + strings.Join(parts, " ") + `"`}, false
			}
		}
	}
}

// personName reports whether member m is a name of two words or more,
// all proper nouns, that starts with a personal title ("Mr Blair and Mr
// Prescott", "Mr Blair and Ms Kelly"): the lookup codes each person,
// and two of one office share a code without being one phrase.
func (f *frame) personName(m *member) bool {
	if len(m.words) < 2 || !actors.Honorific(f.words[m.words[0]].up) && !personTitle(f.words[m.words[0]].up) {
		return false
	}
	for _, w := range m.words {
		if f.toks[f.words[w].tok].UPOS != "PROPN" {
			return false
		}
	}
	return true
}

// surnames reports whether every member of coordination s is one proper
// noun without a title ("Reagan and Shultz", "Kohl and Genscher"): people
// by surname, whom the lookup codes by the office the story's date gives
// them and the dictionaries do not know by surname alone.
func (f *frame) surnames(s *slot) bool {
	for mi := range s.members {
		m := &s.members[mi]
		if len(m.words) != 1 || f.toks[f.words[m.words[0]].tok].UPOS != "PROPN" {
			return false
		}
	}
	return len(s.members) > 1
}

// roleCode reports whether code is a country's political actor with a
// role a person holds ("USAGOV", "GBROPP"): not a country alone, not a
// firm.
func roleCode(code string) bool {
	if len(code) != 6 || strings.HasPrefix(code, null) {
		return false
	}
	switch code[3:] {
	case "GOV", "LEG", "OPP", "JUD", "MIL", "ELI", "PTY":
		return true
	}
	return false
}

// peerParty reports whether code is a country's party, opposition or
// non-state group (PTY, OPP, REB ...): a role that several distinct
// parties of one country share, so that two of them coordinated have
// one code without being one phrase.
func peerParty(code string) bool {
	return len(code) == 6 && (nonStateRoles[code[3:]] || code[3:] == "PTY")
}

// insideMention returns the code of the longest actor mention of the
// lookup among the modifiers of member m's head (see modifierOf), when
// it has at least minWords words; else "". "the ruling in an Ontario
// court" is no court's: a prepositional phrase does not count.
func insideMention(f *frame, look ActorLookup, m *member, minWords int) string {
	best, n, run, prev := "", minWords-1, 0, ""
	for _, w := range m.words {
		if !f.modifierOf(f.words[w].tok, f.words[m.head].tok) {
			run, prev = 0, ""
			continue
		}
		code, ok := look(f.words[w].tok)
		if !ok || code == "" || code == null || strings.IndexByte(code, '+') >= 0 || f.weaponWord(f.words[w].tok) {
			run, prev = 0, ""
			continue
		}
		if code == prev {
			run++
		} else {
			run, prev = 1, code
		}
		if run > n {
			best, n = code, run
		}
	}
	return best
}

// firedWeapon reports whether upper-case lemma w has for its object a
// weapon of its subject's own (weaponVerb), not one it shoots down ("shot
// down a Pakistani drone" is aimed at the drone's owner).
func firedWeapon(w string) bool { return weaponVerb(w) && w != "SHOOT" }

// weaponWord reports whether token t is a weapon noun or a compound
// modifier of one ("cruise" in "cruise missile strikes"): the instrument
// of an act, never its agent, whatever agent a dictionary makes of it.
func (f *frame) weaponWord(t int) bool {
	for steps := 0; t >= 0 && steps < 3; steps++ {
		if weaponNouns[f.upToks[f.tokWord[t]]] {
			return true
		}
		if f.toks[t].Rel != "compound" {
			return false
		}
		t = f.head(t)
	}
	return false
}

// actNouns (upper case) name hostile acts, whose actor modifier is their
// agent ("the Israeli raid on Rafah", "Russia's invasion of Ukraine").
var actNouns = map[string]bool{
	"STRIKE": true, "STRIKES": true, "AIRSTRIKE": true, "AIRSTRIKES": true, "RAID": true, "RAIDS": true,
	"ATTACK": true, "ATTACKS": true, "BOMBING": true, "BOMBINGS": true, "SHELLING": true,
	"KILLING": true, "KILLINGS": true, "INVASION": true, "OFFENSIVE": true, "CRACKDOWN": true,
	"INCURSION": true, "INCURSIONS": true, "ASSAULT": true, "OCCUPATION": true, "BLOCKADE": true,
	"ANNEXATION": true, "BOMBARDMENT": true, "AGGRESSION": true, "SIEGE": true,
}

// modifierOf reports whether token t modifies head as part of its name:
// the path from t up to head goes through compounds, adjectives, flat
// names, possessors and determiners only ("British National Party" in
// "a British National Party leaflet").
func (f *frame) modifierOf(t, head int) bool {
	for steps := 0; t >= 0 && t != head && steps < len(f.toks); steps++ {
		switch baseRel(f.toks[t].Rel) {
		case "compound", "amod", "flat", "det", "nummod", "fixed":
		case "nmod":
			if f.toks[t].Rel != "nmod:poss" {
				return false
			}
		default:
			return false
		}
		t = f.toks[t].Head - 1
	}
	return t == head
}

// inLocative reports whether token t lies in a locative prepositional
// phrase below head ("near Paris" in "a complex near Paris"): some token
// on the way up from t to head, t included, has a locative case word.
func (f *frame) inLocative(t, head int) bool {
	for steps := 0; t >= 0 && t != head && steps < len(f.toks); steps++ {
		for _, c := range f.children(t) {
			if f.toks[c].Rel == "case" {
				switch f.upToks[f.tokWord[c]] {
				case "IN", "NEAR", "AT", "OUTSIDE", "INSIDE", "ACROSS", "AROUND", "THROUGHOUT", "WITHIN":
					return true
				}
			}
		}
		t = f.toks[t].Head - 1
	}
	return false
}

// lowerCased reports whether strings.ToLower(t) == t without making the
// lower-case copy for an ASCII word: maskCommonWords asks it of most
// words of a sentence, and ToLower allocates for every capitalised one.
func lowerCased(t string) bool {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(t) == t
		}
		if 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// maskCommonWords blanks, in the upper-case words of a phrase, every word
// written all in lower case (or as an acronym's plural, "PCs") that the
// actor dictionary would read alone as an actor and the agent dictionary
// does not know: "water buffalo" is not the city, nor "turkey" the
// country, nor "PCs" the union PCS; nor is the country word before a
// currency ("U.S. Dlr"). ws are the frame words of the phrase, words
// their upper-case forms (changed in place).
func (c *Coder) maskCommonWords(f *frame, ws []int, words []string) {
	if c.dict.Actors == nil {
		return
	}
	for i, w := range ws {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		if c.principalAgent(words, i) || actors.BroadcastGoods(words[i], next) {
			words[i] = ""
			continue
		}
		if i+1 < len(ws) {
			// "a 300 mln U.S. Dlr program", "the weak Canadian
			// dollar": a currency's country is no party.
			if nt := f.toks[f.words[ws[i+1]].tok]; (nt.UPOS == "NOUN" || nt.UPOS == "PROPN") && dictionary.Currency(strings.ToLower(nt.Lemma)) {
				words[i] = ""
				continue
			}
		}
		t := f.toks[f.words[w].tok].Text
		if a, b := f.words[w].start, f.words[w].end; 0 <= a && a <= b && b <= len(f.text) {
			t = f.text[a:b] // a hyphenated group: all of its words
		}
		if next := f.words[w].tok + 1; next < len(f.toks) && dictionary.OtherSense(t, f.toks[next].Text) || next >= len(f.toks) && dictionary.OtherSense(t, "") {
			words[i] = "" // "Ira Magaziner", "an IRA account": not the IRA
			continue
		}
		plural := dictionary.AcronymPlural(t) // "PCs" is not the union PCS
		if !lowerCased(t) && !plural {
			continue
		}
		m, ok := c.dict.Actors.LongestMatch(words, i)
		if !ok || m.End <= i || plural && m.End > i+1 {
			continue
		}
		if m.End > i+1 {
			// A phrase of lower-case words only ("a red line", not the
			// Greek group Red Line); a phrase listed as no actor ("the
			// international community") stays, to keep its null code.
			if !c.lowerRun(f, ws[i:m.End]) || m.Entry.NullOnly() {
				continue
			}
			for j := i; j < m.End; j++ {
				words[j] = ""
			}
			continue
		}
		if c.dict.Agents != nil {
			if m, ok := c.dict.Agents.LongestMatch(words, i); ok && m.End > i {
				continue
			}
		}
		words[i] = ""
	}
}

// principalAgent reports whether upper-case word i of a phrase is a word
// for those who speak or negotiate for a principal, followed by "for" or
// "of" and a phrase holding an agent word of the agent dictionary
// ("negotiators for producers", "representatives of soybean growers"):
// they act for that principal (GUIDELINES sec. 2, agents take their
// principal's code), so that the word's own role (a negotiator is a
// government's) is not theirs. "Negotiators for Iran" keep it: a
// country's negotiators are its government's.
//
// It is asked of every word of a phrase, so the word after, which is
// rarely "for" or "of", is tested before the word list.
func (c *Coder) principalAgent(words []string, i int) bool {
	if i+2 >= len(words) || words[i+1] != "FOR" && words[i+1] != "OF" || !principalWords[words[i]] || c.dict.Agents == nil {
		return false
	}
	for k := i + 2; k < len(words); k++ {
		if m, ok := c.dict.Agents.LongestMatch(words, k); ok && m.End > k {
			return true
		}
	}
	return false
}

// principalWords (upper case) name those who speak or negotiate for a
// principal.
var principalWords = map[string]bool{
	"NEGOTIATOR": true, "NEGOTIATORS": true, "SPOKESMAN": true, "SPOKESWOMAN": true, "SPOKESPERSON": true,
	"SPOKESMEN": true, "REPRESENTATIVE": true, "REPRESENTATIVES": true,
}

// lowerRun reports whether the words ws of the frame are all written in
// lower case.
func (c *Coder) lowerRun(f *frame, ws []int) bool {
	for _, w := range ws {
		t := f.toks[f.words[w].tok].Text
		if strings.ToLower(t) != t {
			return false
		}
	}
	return true
}

// agentOnly reports whether every code is an agent without a country or
// organisation ("---MIL").
func agentOnly(codes []string) bool {
	for _, c := range codes {
		if !strings.HasPrefix(c, null) {
			return false
		}
	}
	return len(codes) > 0
}

// thingNouns head noun phrases that name agreements, plans and acts,
// never actors, even when an agent word modifies them ("a military pact",
// "local council elections",
// "the police investigation", "government bonds"). Nouns of places and
// property ("rebel positions", "a police station") are not listed: their
// modifier is their owner, the target of an attack on them.
var thingNouns = map[string]bool{
	"PACT": true, "PACTS": true, "AGREEMENT": true, "AGREEMENTS": true, "ACCORD": true,
	"TREATY": true, "DEAL": true, "DEALS": true, "PLAN": true, "PLANS": true, "PROGRAMME": true,
	"PROGRAM": true, "EXERCISE": true, "EXERCISES": true, "DRILLS": true, "BUDGET": true,
	"SPENDING": true, "INTELLIGENCE": true, "POLICY": true, "POLICIES": true, "LAW": true,
	"LAWS": true, "BILL": true, "BONDS": true, "BOND": true, "INVESTIGATION": true, "PROBE": true,
	"INQUIRY": true, "REPORT": true, "REPORTS": true, "OPERATION": true, "OPERATIONS": true,
	"CAMPAIGN": true, "REFORM": true, "REFORMS": true, "SECRETS": true, "TIES": true,
	"RELATIONS": true, "COOPERATION": true, "TALKS": true, "NEGOTIATIONS": true, "DIALOGUE": true,
	"AID": true, "ASSISTANCE": true, "SUPPORT": true, "TRAINING": true, "ACTION": true, "ACTIONS": true,
	"INTERVENTION": true, "ELECTION": true, "ELECTIONS": true,
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 127 {
			return true
		}
	}
	return false
}

// codePhrase codes the words of one noun phrase: at each position the
// longest actor phrase, else the longest agent phrase; the first actor
// gives the actor code, agents compose around it. null is true when the
// phrase has neither actor nor agent.
func (c *Coder) codePhrase(words []string, d dictionary.Date) (codes []string, isNull bool) {
	var actors []string
	haveActor := false
	var prefix, suffix []string
	for i := 0; i < len(words); {
		if c.dict.Actors != nil {
			var m dictionary.ActorMatch
			var ok bool
			if c.opts.LooseActors {
				m, ok = c.dict.Actors.LongestMatchLoose(words, i, len(words))
			} else {
				m, ok = c.dict.Actors.LongestMatch(words, i)
			}
			if ok && m.End > i {
				if !haveActor {
					haveActor = true
					if ac, has := m.Entry.CodeAt(d); has && !ac.Null() {
						actors = ac.Actors
						if len(actors) == 0 {
							actors = []string{ac.Code}
						}
					}
				}
				i = m.End
				continue
			}
		}
		if c.dict.Agents != nil {
			var m dictionary.AgentMatch
			var ok bool
			if c.opts.LooseActors {
				m, ok = c.dict.Agents.LongestMatchLoose(words, i, len(words))
			} else {
				m, ok = c.dict.Agents.LongestMatch(words, i)
			}
			if ok && m.End > i {
				if m.Entry.Prefix {
					prefix = append(prefix, m.Entry.Code)
				} else {
					suffix = append(suffix, m.Entry.Code)
				}
				i = m.End
				continue
			}
		}
		i++
	}
	if !haveActor && len(prefix) == 0 && len(suffix) == 0 {
		return []string{null}, true
	}
	if len(actors) == 0 {
		if len(prefix) == 0 && len(suffix) == 0 {
			return []string{null}, true
		}
		actors = []string{null}
	}
	codes = make([]string, 0, len(actors))
	for _, a := range actors {
		code := strings.Join(prefix, "") + a
		for _, g := range suffix {
			if !alignedContains(code, g) {
				code += g
			}
		}
		codes = append(codes, code)
	}
	return codes, false
}

// alignedContains reports whether agent code g occurs in code at an offset
// that is a multiple of 3 (sec. 4: such an agent is not added again).
func alignedContains(code, g string) bool {
	if g == "" {
		return true
	}
	for k := 0; k+len(g) <= len(code); k += 3 {
		if code[k:k+len(g)] == g {
			return true
		}
	}
	return false
}

// memberCodes returns the codes of a slot's non-null members, or the bare
// null when all are null or s is nil.
func (f *frame) memberCodes(s int) []coded {
	if s < 0 {
		return []coded{{code: null}}
	}
	sl := &f.slots[s]
	var out []coded
	for mi := range sl.members {
		m := &sl.members[mi]
		if m.null {
			continue
		}
		sp := f.span(m.words[0], m.words[len(m.words)-1])
		for _, c := range m.codes {
			out = append(out, coded{code: c, span: sp})
		}
	}
	if len(out) == 0 {
		return []coded{{code: null, span: f.span(sl.lo, sl.hi)}}
	}
	return out
}

// coded is one actor code with the span of its noun phrase.
type coded struct {
	code string
	span Span
}

// span returns the byte span of words a..b.
func (f *frame) span(a, b int) Span {
	if a < 0 || b < 0 || a >= len(f.words) || b >= len(f.words) {
		return Span{}
	}
	return Span{Start: f.words[a].start, End: f.words[b].end}
}

// firstCode returns the first code of a slot ("---" when null).
func (f *frame) firstCode(s int) string {
	if s < 0 {
		return null
	}
	return f.memberCodes(s)[0].code
}
