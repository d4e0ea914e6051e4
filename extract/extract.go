package extract

import (
	"context"
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"tacitus/actors"
	"tacitus/article"
	"tacitus/cameo"
	"tacitus/coder"
	"tacitus/dates"
	"tacitus/dictionary"
	"tacitus/dictionary/builtin"
	"tacitus/event"
	"tacitus/nlp"
	"tacitus/nlp/models"
	"tacitus/nlp/segment"
	"tacitus/places"
)

// Errors callers branch on.
var (
	// ErrUnknownCode wraps the warning about a dictionary event code that
	// neither the CAMEO table nor any of its ancestors lists; the event is
	// dropped.
	ErrUnknownCode = errors.New("extract: event code not in the CAMEO table")
	// ErrStoryDiscarded wraps the warning that a story discard phrase
	// dropped every event of the article.
	ErrStoryDiscarded = errors.New("extract: story discarded")
	// ErrBadParse wraps the warning about a sentence the coder could not
	// use (coder.ErrBadInput); the sentence yields no events.
	ErrBadParse = errors.New("extract: sentence without a usable parse")
)

// Options configure an Extractor.
type Options struct {
	// Dictionaries selects the dictionary set: the built-in one, a user's
	// directories as overlay layers, or the directories alone (see
	// builtin.Load).
	Dictionaries builtin.Options
	// Version is the tacitus version written into the coder field of
	// every record.
	Version string
	// UnknownActors fills Result.Unknown. It costs time: sentences with
	// a single dictionary actor must then be parsed too, where coding
	// alone needs two.
	UnknownActors bool
}

// Extractor codes articles into event records. It is safe for concurrent
// use.
type Extractor struct {
	dict     *builtin.Loaded
	coder    *coder.Coder
	cfg      coder.Config
	pipeline *nlp.Pipeline
	gaz      *places.Gazetteer
	coderID  string
	filter   prefilter
	actors   *actors.Recognizer
	// suppActors are package actors' own actor phrases (parties,
	// institutions), counted with the set's towards an article's
	// country.
	suppActors *dictionary.ActorDict
	tokens     *tokenBuffers
}

// tokenBuffers lends each Article call a buffer for the tokens of its
// sentences, which the segmenter fills (see
// segment.Segmenter.SegmentAppend), so that a stream of articles does not
// allocate their tokens anew for each: tokens are most of what coding an
// article allocates.
type tokenBuffers struct{ pool sync.Pool }

// maxPooledTokens is the largest buffer handed back to the pool; a huge
// article's is left to the garbage collector.
const maxPooledTokens = 1 << 16

// get returns an empty buffer.
func (b *tokenBuffers) get() *[]nlp.Token {
	if p, ok := b.pool.Get().(*[]nlp.Token); ok {
		*p = (*p)[:0]
		return p
	}
	return new([]nlp.Token)
}

// put hands back a buffer whose sentences are no longer used.
func (b *tokenBuffers) put(p *[]nlp.Token) {
	if cap(*p) <= maxPooledTokens {
		b.pool.Put(p)
	}
}

// segment splits text into sentences, appending their tokens to *buf
// when the segmenter is the package segment's.
func (x *Extractor) segment(buf *[]nlp.Token, text string) []nlp.Sentence {
	sg, ok := x.pipeline.Segmenter.(*segment.Segmenter)
	if !ok {
		return x.pipeline.Segmenter.Segment(text)
	}
	sents, toks := sg.SegmentAppend(*buf, text)
	*buf = toks
	return sents
}

// New loads the dictionaries, the NLP models and the gazetteer.
//
// Malformed lines in a user's dictionary files do not stop it: New then
// returns a usable Extractor together with an error wrapping the
// dictionary.ErrorList that names them, so that the caller can report them
// and go on (errors.As the list to tell this case from a fatal one, where
// the Extractor is nil).
func New(opts Options) (*Extractor, error) {
	loaded, dictErr := builtin.Load(opts.Dictionaries)
	if loaded == nil {
		return nil, fmt.Errorf("extract: dictionaries: %w", dictErr)
	}
	p, err := models.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: NLP models: %w", err)
	}
	g, err := places.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: gazetteer: %w", err)
	}
	codingSet, err := withSupplement(newsDiscards(loaded.Set))
	if err != nil {
		return nil, err
	}
	data := map[string][]byte{"dictionaries": []byte(loaded.Hash), supplementName: supplementVerbs}
	for _, name := range []string{models.TaggerFile, models.LemmaFile, models.ParserFile} {
		b, err := models.Bytes(name)
		if err != nil {
			return nil, fmt.Errorf("extract: NLP models: %w", err)
		}
		data[name] = b
	}
	cfg := coder.DefaultConfig()
	// Events with a bare null actor are dropped here, after their noun
	// phrases were collected as unknown actors.
	cfg.RequireDyad = false
	// Comma clauses are not deleted: the dependency arguments need the
	// closing reporting clause (", diplomats said") and the clauses
	// between commas.
	cfg.CommaMax, cfg.CommaBMax, cfg.CommaEMax = 0, 0, 0
	// Events with one code for source and target are kept only between
	// distinct actors (see sentence.distinctPeers).
	cfg.KeepSelf = true
	x := &Extractor{
		dict:    loaded,
		coder:   coder.New(codingSet, coder.Options{News: true}),
		cfg:     cfg,
		gaz:     g,
		coderID: event.Fingerprint(opts.Version, data),
		filter:  newPrefilter(loaded.Set),
		actors:  actors.New(loaded.Set),
		tokens:  new(tokenBuffers),
	}
	// The tagger learns names from web text; the dictionaries' persons
	// tell it "Guterres" and "Xi" are names, not a plural and a pronoun.
	if supp, _, err := actors.Supplement(); err == nil {
		x.suppActors = supp
	}
	pc := *p
	pc.Names = x.actors.KnowsSurname
	pc.Memo = nlp.NewMemo(memoSentences)
	x.pipeline = &pc
	if opts.UnknownActors {
		x.filter.need = 1
	}
	if dictErr != nil {
		return x, fmt.Errorf("extract: dictionaries: %w", dictErr)
	}
	return x, nil
}

// memoSentences is how many annotated sentences an Extractor remembers
// (see nlp.Memo): news repeats its boilerplate within days, and a
// sentence takes about a kilobyte.
const memoSentences = 1 << 13

// newsDiscards returns set with the sentence discards that tacitus does
// not use on news left out; set itself is not changed:
//   - those that only name a time (a year "1987", "YEARS AGO", "MONTHS
//     LATER"), in any file: Phoenix discards such sentences as
//     historical, which on an archive (a 1987 story saying "in 1987")
//     drops the news of the day; tacitus dates every event instead and
//     flags the old ones historical (see the package documentation);
//   - those of the built-in Phoenix file that name the subject of
//     political news rather than a story outside politics (see
//     politicalTopics): "Japan will give $500 million in aid to tsunami
//     victims in Indonesia" and "China accused Japan of glossing over its
//     Second World War atrocities" are events. A user's own discard files
//     keep every phrase.
func newsDiscards(set *dictionary.Set) *dictionary.Set {
	if set.Discards == nil || set.Discards.Len() == 0 {
		return set
	}
	d := dictionary.NewDiscardDict()
	dropped := 0
	for _, f := range set.Discards.Files {
		g := &dictionary.DiscardFile{Name: f.Name}
		builtin := strings.HasPrefix(path.Base(f.Name), "Phoenix.discards")
		for _, e := range f.Entries {
			if !e.Story && (temporalPhrase(e.Phrase.Words) || builtin && politicalTopics[strings.Join(e.Phrase.Words, " ")]) {
				dropped++
				continue
			}
			g.Entries = append(g.Entries, e)
		}
		d.AddLayer(g)
	}
	if dropped == 0 {
		return set
	}
	c := *set
	c.Discards = d
	return &c
}

// politicalTopics are the Phoenix sentence discards that name what
// political events are about: disasters that bring aid and appeals,
// epidemics that bring bans and quarantines, the wars of history that
// states still argue over, attacks, elections and the people at the
// centre of political disputes.
var politicalTopics = map[string]bool{
	"TSUNAMI": true, "TYPHOON": true, "TROPICAL STORM": true, "TROPICAL DEPRESSION": true,
	"MUDSLIDE": true, "WIDESPREAD FLOOD": true, "BLIZZARD": true,
	"AVIAN FLU": true, "AVIAN INFLUENZA": true, "BIRD FLU": true, "H5N1": true, "EBOLA": true,
	"POLIO": true, "POLLUTION": true, "YELLOW DUST": true,
	"SECOND WORLD WAR": true, "WORLD WAR ONE": true, "WORLD WAR I": true, "WORLD WAR 1": true,
	"WORLD WAR TWO": true, "WORLD WAR II": true, "WORLD WAR 2": true, "POST WORLD WAR II": true,
	"NAPOLEONIC WARS": true, "ATTACK ON PEARL HARBOR": true, "BRITISH EMPIRE": true,
	"WORLD TRADE CENTER": true, "MILLENNIUM": true, "NOBEL PRIZE": true,
	"PRESIDENTIAL DEBATE": true, "PRESIDENTIAL VOTE RECOUNT": true, "POLL PUBLISHED": true,
	"ANITA HILL": true, "OLIVER NORTH": true, "SALMAN RUSHDIE": true, "OSAKA DISTRICT COURT": true,
}

// temporalPhrase reports whether a discard phrase only names a time: a
// four-digit year, or a count of time units with AGO or LATER.
func temporalPhrase(words []string) bool {
	switch len(words) {
	case 1:
		w := words[0]
		if len(w) != 4 {
			return false
		}
		for _, r := range w {
			if r < '0' || r > '9' {
				return false
			}
		}
		return true
	case 2:
		switch words[0] {
		case "DAYS", "WEEKS", "MONTHS", "YEARS", "DECADES":
			return words[1] == "AGO" || words[1] == "LATER"
		}
	}
	return false
}

// bombardment reports whether verb v is one of striking a place with
// weapons (shell, bomb, attack, raid ...), not of entering or taking it.
func bombardment(s nlp.Sentence, v int) bool {
	if v < 0 {
		return false
	}
	switch strings.ToLower(s.Tokens[v].Lemma) {
	case "shell", "bomb", "bombard", "attack", "raid", "pound", "strafe", "besiege", "storm", "fire", "blast":
		return true
	}
	return false
}

// sameArguments reports whether record e was made from the same source
// and target phrases as coder event ce of text.
func sameArguments(e event.Event, text string, ce coder.Event) bool {
	src := actor(text, ce.Source, ce.SourceSpan)
	if e.Source.Start != src.Start || e.Source.End != src.End {
		return false
	}
	if e.Target == nil || ce.Target == "" {
		return e.Target == nil && ce.Target == ""
	}
	tgt := actor(text, ce.Target, ce.TargetSpan)
	return e.Target.Start == tgt.Start && e.Target.End == tgt.End
}

// Coder returns the coder string written into every record: the version
// and a hash of the dictionaries and models (see event.Fingerprint).
func (x *Extractor) Coder() string { return x.coderID }

// DictionaryHash returns the content hash of the dictionaries in use.
func (x *Extractor) DictionaryHash() string { return x.dict.Hash }

// Result is what Article found in one article.
type Result struct {
	// Events are the coded events in text order: the title's first, then
	// the body's sentence by sentence, each sentence's in verb order.
	Events []event.Event
	// Sentences is the number of sentences of the article, title
	// included. All are read; only those that may hold an event are
	// parsed and coded (see the package documentation).
	Sentences int
	// Spans are the half-open byte spans in the text of the body's
	// sentences as coded (after a dateline is cut off): Spans[i] is
	// sentence_index i. The title's sentences are not included.
	Spans []Span
	// Unknown lists the uncoded noun phrases in actor position, most
	// frequent first (see the package documentation); only with
	// Options.UnknownActors.
	Unknown []UnknownActor
	// Warnings are problems with this article that did not stop it; each
	// wraps ErrStoryDiscarded, ErrBadParse or ErrUnknownCode.
	Warnings []error
}

// Span is a half-open byte span of the article text.
type Span = article.Span

// UnknownActor is a noun phrase in the source or target position of a
// coded verb that no dictionary phrase codes.
type UnknownActor struct {
	// Text is the phrase as written.
	Text string
	// Count is the number of times it was seen.
	Count int
	// Sentence is the first sentence it was seen in.
	Sentence string
}

// sentence is one parsed sentence with the text its offsets refer to.
type sentence struct {
	nlp.Sentence
	text  string
	index int
	// dateline is the country of a dateline cut from the start of the
	// sentence (an item of a round-up), "" when none.
	dateline string
	// places are the place mentions of the parsed sentence, actors its
	// actor mentions.
	places []places.Mention
	actors []actors.Mention
}

// agentCountry returns the country an agent without one ("police",
// "rebels") with the phrase span takes (none for an embassy or envoy): the country of the nearest
// named actor before it in the sentence ("Turkish warplanes bombed rebel
// positions"), else the country of the sentence's scene ("clashed with
// police in Cairo"), else the article's.
func (s *sentence) agentCountry(span coder.Span, article string) string {
	if h := spanHead(s.Sentence, span); h >= 0 && (actors.ForeignAgent(strings.ToLower(s.Tokens[h].Text)) || actors.Vessel(strings.ToLower(s.Tokens[h].Text))) {
		// An embassy or envoy without its country belongs to no
		// country of the context, nor does a ship (see package
		// actors).
		return ""
	}
	for _, m := range s.places {
		// "militant hideouts inside Iran": a place inside the phrase
		// says whose they are.
		if m.Resolved && m.Place.Country != "" && m.Start >= span.Start && m.End <= span.End &&
			(m.Prep == "in" || m.Prep == "inside") {
			return m.Place.Country
		}
	}
	start := span.Start
	best, bestStart := "", -1
	for _, m := range s.actors {
		if m.Kind != actors.Named || m.Start >= start || m.Start < bestStart || len(m.Code) < 3 {
			continue
		}
		cc := m.Code[:3]
		if cc == nullActor || actors.IsOrganisation(cc) || actors.NotCountry(cc) {
			continue // "told BBC News the government had failed": MED is no country
		}
		best, bestStart = cc, m.Start
	}
	if best != "" {
		return best
	}
	if cc := s.sceneCountry(); cc != "" {
		return cc
	}
	return article
}

// contextCountry reports whether the actor phrase with span names no
// country of its own: it overlaps actor mentions, and every one is an
// agent whose country package actors took from the context.
func (s *sentence) contextCountry(span coder.Span) bool {
	found := false
	for _, m := range s.actors {
		if m.End <= span.Start || m.Start >= span.End {
			continue
		}
		if m.Kind != actors.Agent || !m.Resolved {
			return false
		}
		found = true
	}
	return found
}

// victimCountry returns the target code of event ce with the country of
// its victims corrected: people an act of violence (roots 18-20) hurts
// whom no word of their own places ("five civilians", an agent whose
// country package actors took from the nearest actor before it) are of
// the place the act happened in, not of the attacker ("Russian forces
// shelled Kharkiv, killing five civilians" is UKRCVL, not RUSCVL). The
// target phrase must name no country itself: it is an agent whose country
// package actors took from the context, or holds only such agents ("the
// Jenin refugee camp"). An armed group named inside a longer phrase
// ("rebel positions") keeps the attacker's country: a state striking
// rebels abroad mostly strikes its own insurgents there ("Turkish
// warplanes bombed rebel positions in northern Iraq" is TURREB).
func (s *sentence) victimCountry(ce coder.Event) string {
	t := ce.Target
	if len(t) < 6 || len(ce.Source) < 3 || t[:3] != ce.Source[:3] || !rootIn(ce.Code, "18", "19", "20") || actors.IsOrganisation(t) {
		return t
	}
	v := verbToken(s.Sentence, ce.VerbSpan)
	m, ok := s.mentionAt(ce.TargetSpan)
	switch {
	case v < 0:
		return t
	case ok && (m.Kind != actors.Agent || !m.Resolved):
		return t
	case !ok && (armedChallenger(t) || !s.contextCountry(ce.TargetSpan)):
		return t
	}
	for _, p := range s.places {
		// The scene ("in the West Bank") or a place attacked
		// ("shelled Kharkiv"), not a place named for another reason
		// ("accused of spying for Israel").
		if !p.Resolved || p.Place.Country == "" || p.Place.Country == t[:3] || len(p.Place.Country) != 3 {
			continue
		}
		g := governor(s.Sentence, p)
		if g < 0 || !(g == v || s.Tokens[v].Head-1 == g) {
			// Only the act's own clause or the one it hangs on
			// ("executed 47 people, prompting protests in Iran").
			continue
		}
		if h := spanHead(s.Sentence, coder.Span{Start: p.Start, End: p.End}); p.Locative || h >= 0 && s.Tokens[h].Rel == "obj" {
			return p.Place.Country + t[3:]
		}
	}
	return t
}

// mentionAt returns the actor mention whose span is sp.
func (s *sentence) mentionAt(sp coder.Span) (actors.Mention, bool) {
	for _, m := range s.actors {
		if m.Start == sp.Start && m.End == sp.End {
			return m, true
		}
	}
	for _, m := range s.actors {
		if m.Start <= sp.Start && sp.End <= m.End {
			return m, true
		}
	}
	return actors.Mention{}, false
}

// foreignScene returns the place mention "in" or "inside" which the
// verb v (0-based) acts, directly or through its object ("launched
// strikes in Syria", "fought inside Ukraine"), when the place lies in
// another country than src.
func (s *sentence) foreignScene(v int, src string) (places.Mention, bool) {
	if v < 0 || v >= len(s.Tokens) {
		return places.Mention{}, false
	}
	v = clauseVerb(s.Sentence, v)
	for _, m := range s.places {
		if !m.Locative || !m.Resolved || m.Place.Country == "" || m.Place.Country == src || m.Prep != "in" && m.Prep != "inside" ||
			m.Place.Resolution != places.Country && m.Place.Resolution != places.City {
			// (A region may be a namesake: "in the central Gulf"
			// is no province of Papua New Guinea.)
			continue
		}
		if governor(s.Sentence, m) == v {
			return m, true
		}
	}
	return places.Mention{}, false
}

// purposeTarget returns the target (and its span) of the protest,
// demand or criticism in evs, of the same source phrase, whose verb is
// the purpose clause of protest ce's verb ("marched through Tehran to
// protest against the government", "rallied in Belgrade to demand the
// resignation of President Milosevic"): a protest without a target of
// its own is aimed at the party its purpose names. It returns "" when
// there is none.
func (s *sentence) purposeTarget(evs []coder.Event, ce coder.Event) (string, coder.Span) {
	v := verbToken(s.Sentence, ce.VerbSpan)
	if v < 0 {
		return "", coder.Span{}
	}
	for _, o := range evs {
		if o.Target == "" || strings.HasPrefix(o.Target, nullActor) || o.SourceSpan != ce.SourceSpan || !rootIn(o.Code, "10", "11", "14") {
			continue
		}
		p := verbToken(s.Sentence, o.VerbSpan)
		if p < 0 || s.Tokens[p].Head-1 != v || s.Tokens[p].Rel != "advcl" && s.Tokens[p].Rel != "xcomp" ||
			!s.plainAfter(p, o.TargetSpan) {
			// (Only a party in the purpose clause's own words: not
			// "a spokesman" of a closing "..., a spokesman said".)
			continue
		}
		return o.Target, o.TargetSpan
	}
	return "", coder.Span{}
}

// plainAfter reports whether span sp starts after token p (0-based)
// with no comma, semicolon or dash between them.
func (s *sentence) plainAfter(p int, sp coder.Span) bool {
	if sp.Start < s.Tokens[p].End {
		return false
	}
	for k := p + 1; k < len(s.Tokens) && s.Tokens[k].Start < sp.Start; k++ {
		switch s.Tokens[k].Text {
		case ",", ";", "-", "--":
			return false
		}
	}
	return true
}

// demonymPlaces returns the place mentions of s corrected by a
// country's adjective before a place noun ("the Somali capital
// Mogadishu", "the northern Lebanese city of Tripoli"): the adjective is
// no place (not Ethiopia's Somali region), and the name after the noun
// is the namesake in that country, when the gazetteer has one (Tripoli
// in Lebanon, not Libya's capital).
func (x *Extractor) demonymPlaces(s *sentence, date time.Time) []places.Mention {
	if x.dict.Set.Actors == nil {
		return s.places
	}
	d := dictionary.NewDate(date.Year(), int(date.Month()), date.Day())
	ms := s.places
	for i := 0; i+1 < len(s.Tokens); i++ {
		t := s.Tokens[i]
		if t.UPOS != "ADJ" && t.UPOS != "PROPN" || !places.HeadNoun(s.Tokens[i+1].Text) {
			continue
		}
		m, ok := x.dict.Set.Actors.LongestMatch([]string{strings.ToUpper(t.Text)}, 0)
		if !ok || m.End != 1 {
			continue
		}
		ac, has := m.Entry.CodeAt(d)
		if !has || len(ac.Code) != 3 || ac.Code == nullActor || actors.IsOrganisation(ac.Code) || actors.NotCountry(ac.Code) {
			continue
		}
		cc := ac.Code
		name := i + 2 // "the Somali capital Mogadishu", "the Lebanese city of Tripoli"
		if name < len(s.Tokens) && strings.EqualFold(s.Tokens[name].Text, "of") {
			name++
		}
		out := ms[:0:0]
		for _, pm := range ms {
			switch {
			case pm.First == i && pm.Last == i && pm.Place.Country != cc:
				continue // the adjective, read as a namesake place
			case pm.First == name && pm.Resolved && pm.Place.Country != cc:
				if p, ok := x.gaz.ResolveIn(pm.Text, cc); ok {
					pm.Place = p
				}
			}
			out = append(out, pm)
		}
		ms = out
	}
	return ms
}

// curfewCountry returns the country of the place named in the clause of
// verb v (0-based) that a curfew or a state of emergency covers ("in
// Nairobi"), or own when the clause names none.
func (s *sentence) curfewCountry(v int, own string) string {
	if v < 0 || v >= len(s.Tokens) {
		return own
	}
	v = clauseVerb(s.Sentence, v)
	for _, m := range s.places {
		if m.Resolved && m.Place.Country != "" && governor(s.Sentence, m) == v {
			return m.Place.Country
		}
	}
	return own
}

// rebelHeldObject reports whether the object of verb v (0-based) is said
// to be held by rebels ("rebel-held districts").
func (s *sentence) rebelHeldObject(v int) bool {
	found := false
	if v < 0 || v >= len(s.Tokens) {
		return false
	}
	children(s.Sentence, v, func(k int) bool {
		found = s.Tokens[k].Rel == "obj" && rebelHeld(s.Sentence, k)
		return !found
	})
	return found
}

// militaryPositions reports whether the phrase span sp is headed by a
// plural noun of positions held in a war and names their state by an
// adjective ("Iraqi positions", "Eritrean defence posts", "Iraqi front
// lines"): not "the U.S. position", nor a group's ("Hamas positions").
func (s *sentence) militaryPositions(sp coder.Span) bool {
	h := spanHead(s.Sentence, sp)
	if h < 0 || s.Tokens[h].XPOS != "NNS" || !positionNouns[strings.ToLower(s.Tokens[h].Lemma)] {
		return false
	}
	for k := h - 1; k >= 0 && s.Tokens[k].Start >= sp.Start; k-- {
		if hd := s.Tokens[k].Head - 1; (s.Tokens[k].UPOS == "ADJ" || nlp.NationalityWord(s.Tokens[k].Text)) && hd > k && hd <= h {
			return true
		}
	}
	return false
}

// positionNouns (lemmas) name the places armed forces hold.
var positionNouns = map[string]bool{
	"position": true, "line": true, "post": true, "outpost": true, "fortification": true,
	"trench": true, "bunker": true, "emplacement": true, "garrison": true,
}

// vesselSpan reports whether the phrase span sp is headed by a ship noun
// ("an oil tanker").
func (s *sentence) vesselSpan(sp coder.Span) bool {
	h := spanHead(s.Sentence, sp)
	return h >= 0 && actors.Vessel(strings.ToLower(s.Tokens[h].Text))
}

// placeSpan reports whether the phrase span sp is headed by a resolved
// place mention of the sentence (a region or city, not a country name).
func (s *sentence) placeSpan(sp coder.Span) bool {
	h := spanHead(s.Sentence, sp)
	if h < 0 {
		return false
	}
	for _, m := range s.places {
		if m.Resolved && m.First <= h && h <= m.Last && m.Place.Resolution != places.Country {
			return true
		}
	}
	if !settlementNouns.Get(s.Tokens[h].Lemma) {
		return false
	}
	// "the provincial capital of Kunduz": a kind of place with a
	// place named in its phrase.
	for _, m := range s.places {
		if m.Resolved && m.First > h+1 && m.First-1 < len(s.Tokens) && s.Tokens[m.First-1].End <= sp.End {
			return true
		}
	}
	return false
}

// quantitySpan reports whether span sp is headed by a noun naming a
// quantity or a state of an economy (growth, production, exports, the
// financial system) that its country qualifies before it ("U.S.
// production", "Canada's real rate of growth").
func (s *sentence) quantitySpan(sp coder.Span) bool {
	h := spanHead(s.Sentence, sp)
	if h < 0 || s.Tokens[h].UPOS != "NOUN" || !economyNouns[strings.ToLower(s.Tokens[h].Lemma)] {
		return false
	}
	for k, t := range s.Tokens {
		if t.Start < sp.Start || t.End > sp.End {
			continue
		}
		if k > h && t.UPOS == "ADP" {
			// "imports from Pakistan", "exports to Japan": the
			// country is a trading partner, not the economy's owner.
			return false
		}
		if t.UPOS == "PRON" {
			// "loaned Portugal 50 mln dlrs to help improve its
			// highway system": the party helped.
			return false
		}
	}
	return true
}

// currencySpan reports whether the phrase span sp is headed by the name
// of a currency that no number counts ("the dollar", "currencies such as
// the yen"; not "300 mln dlrs of Japanese goods", an amount of what its
// modifiers name).
func (s *sentence) currencySpan(sp coder.Span) bool {
	h := spanHead(s.Sentence, sp)
	if h < 0 || s.Tokens[h].UPOS != "NOUN" || !dictionary.Currency(strings.ToLower(s.Tokens[h].Lemma)) {
		return false
	}
	counted := false
	children(s.Sentence, h, func(k int) bool {
		counted = counted || s.Tokens[k].Rel == "nummod"
		return !counted
	})
	return !counted
}

// thingTarget reports whether the phrase span sp, coded as the bare
// country code, is headed by a common noun that no actor mention covers
// and that names no meeting (nominalCodes), with the mention coded code
// in it only as a modifier of that noun or of its "of" complements:
// "U.S. corn", "2.65 mln tonnes of U.S. corn", "its outlets", "Croat
// control". A party named after a preposition ("a trip to China") or
// counted ("thousands of Iraqis") is not a modifier, and a subject acts
// ("U.S. and Indian negotiators reached an agreement").
func (s *sentence) thingTarget(code string, sp coder.Span) bool {
	h := spanHead(s.Sentence, sp)
	if len(code) != 3 || h < 0 || s.Tokens[h].UPOS != "NOUN" || strings.HasPrefix(s.Tokens[h].Rel, "nsubj") {
		return false
	}
	if peopleNoun(s.Tokens[h].Text) {
		return false // "met a Japanese trade mission", "U.S. negotiators"
	}
	if nominalCodes.Get(s.Tokens[h].Lemma) != "" || coder.EventNoun(s.Tokens[h].Text) || nlp.TimeNoun(s.Tokens[h].Text) {
		// "attend the IMF meetings", "after a U.S. visit": the
		// party of an event named by a noun; "leaves for Washington
		// tomorrow" with the time read as the head.
		return false
	}
	if s.actorWord(h) {
		return false // the head is an actor's ("Iraqi refugees")
	}
	var inside []actors.Mention
	for _, m := range s.actors {
		if m.Kind != actors.NotActor && m.Code == code && m.Start >= sp.Start && m.End <= sp.End {
			inside = append(inside, m)
		}
	}
	for _, m := range inside {
		if s.modifierOf(m.Head-1, h) {
			return true
		}
	}
	return false
}

// yieldIntent reports whether CAMEO code is an intent to yield (035x:
// to ease sanctions, to accept demands), the intent that a yielding act
// (08) announces.
func yieldIntent(code string) bool { return strings.HasPrefix(code, "035") }

// tradedAmount reports whether the phrase span sp is headed by a trade
// flow, a state of an economy or goods (economyNouns, actors.MarketNoun:
// "the export of Irish barley") or by a counted amount, or what one
// counts ("300,000 tonnes of British wheat"), and is no measure's object
// ("eased restrictions on imports of Japanese cars" concerns Japan).
func (s *sentence) tradedAmount(sp coder.Span) bool {
	h := spanHead(s.Sentence, sp)
	if h < 0 || hasCaseWord(s.Sentence, h, "on") || hasCaseWord(s.Sentence, h, "against") {
		return false
	}
	counted := func(k int) bool { return k >= 0 && childRel(s.Sentence, k, "nummod") >= 0 }
	l := strings.ToLower(s.Tokens[h].Lemma)
	return economyNouns[l] || actors.MarketNoun(l) || counted(h) ||
		s.Tokens[h].Rel == "nmod" && hasCaseWord(s.Sentence, h, "of") && counted(s.Tokens[h].Head-1)
}

// debtNouns (lemmas) name what a party owes.
var debtNouns = map[string]bool{"debt": true, "arrears": true}

// debtRelief reports whether event ce is aid (07, 033) whose target phrase is
// headed by a debt noun: "rescheduled Egypt's debt", "wrote off
// Zambia's loans" relieve the debtor the possessive names, which
// thingTarget would take for a mere qualifier of the thing.
func (s *sentence) debtRelief(ce coder.Event) bool {
	h := spanHead(s.Sentence, ce.TargetSpan)
	return aidOrPledge(ce.Code) && h >= 0 && debtNouns[strings.ToLower(s.Tokens[h].Lemma)]
}

// aidOrPledge reports whether CAMEO code is aid given (07) or pledged
// (033: "agreed to reschedule Egypt's debt").
func aidOrPledge(code string) bool {
	return rootIn(code, "07") || strings.HasPrefix(code, "033")
}

// reliefToCreditor reports whether aid event ce (07, 033) acts on a debt (the
// verb's object is a debt noun) but its target is not the debt's named
// owner: "Brazil rescheduled its debt with commercial banks" is the
// debtor's deal with its creditors, no aid to them, and so is "Britain
// and Nigeria agreed to reschedule Nigeria's debts" from Nigeria. The
// owner is a possessive, adjective or "of" phrase of the debt, not a
// pronoun ("for Cairo to reschedule its debt" is Cairo's own act), which
// the target phrase then contains or is under ("Egypt's debt", "the debt
// of Mali"), and which is not the source. Relief named by an infinitive
// that modifies a noun ("an accord between Britain and Nigeria to
// reschedule the country's debts") is the content of the accord, whose
// parties the coder cannot tell apart as giver and debtor: not coded.
func (s *sentence) reliefToCreditor(ce coder.Event) bool {
	v := verbToken(s.Sentence, ce.VerbSpan)
	if !aidOrPledge(ce.Code) || v < 0 {
		return false
	}
	obj := childRel(s.Sentence, v, "obj")
	if obj >= 0 && !debtNouns[strings.ToLower(s.Tokens[obj].Lemma)] {
		// "rescheduled part of its debt", "six billion dlrs of
		// Peru's debt": the debt the amount is of.
		part := obj
		obj = -1
		children(s.Sentence, part, func(k int) bool {
			if s.Tokens[k].Rel == "nmod" && hasCaseWord(s.Sentence, k, "of") && debtNouns[strings.ToLower(s.Tokens[k].Lemma)] {
				obj = k
			}
			return obj < 0
		})
	}
	if obj < 0 {
		return false
	}
	if s.Tokens[v].Rel == "acl" {
		return true
	}
	pronoun := false
	children(s.Sentence, obj, func(k int) bool {
		pronoun = s.Tokens[k].Rel == "nmod:poss" && s.Tokens[k].UPOS == "PRON"
		return !pronoun
	})
	if pronoun || ce.Source == ce.Target {
		return true
	}
	t := spanHead(s.Sentence, ce.TargetSpan)
	for steps := 0; t >= 0 && steps < 4; steps++ {
		if t == obj {
			return false
		}
		t = s.Tokens[t].Head - 1
	}
	return true
}

// visitOrHosting reports whether a CAMEO code is a visit made or hosted (042,
// 043).
func visitOrHosting(code string) bool {
	return strings.HasPrefix(code, "042") || strings.HasPrefix(code, "043")
}

// ownPublic reports whether ce is a verbal, cooperative or critical act
// (roots 01-08, 10-16) of a party, government or body on the unnamed
// public of its own country, a target headed by the bare noun "people"
// ("Labour is telephoning people who have signed up", "the minister
// urged people to put the comments into context", "he would encourage
// more people to achieve their aspirations", "the Tories say people who
// pay for care should be guaranteed"): campaigning and policy addressed
// to voters, no event between parties. Investigation (09) and force
// (17-20) against people stay: "police arrested 224 people".
func (s *sentence) ownPublic(ce coder.Event) bool {
	if len(ce.Source) < 3 || !strings.HasPrefix(ce.Target, ce.Source[:3]) || !hasRole(ce.Target, "CVL") ||
		!rootIn(ce.Code, "01", "02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "14", "15", "16") {
		return false
	}
	h := spanHead(s.Sentence, ce.TargetSpan)
	return h >= 0 && strings.EqualFold(s.Tokens[h].Text, "people")
}

// domesticPermission reports whether ce is a state's allowing,
// permitting or approving (080) what its own firms, banks, farmers,
// schools, press or public do ("the ministry allowed long-term bankers to
// cut their prime", "India will allow domestic airlines to fly long-haul
// routes", "USDA will allow oats farmers to plant oats", "the Federal
// Reserve Board approved their proposed merger", "the court approved the
// company's reorganization plan"): regulation at home, which yields to no
// party. Permission given to a foreign party stays ("Japan will allow
// U.S. banks to conduct securities business").
func (s *sentence) domesticPermission(ce coder.Event) bool {
	if ce.Code != "080" || len(ce.Source) < 3 || !strings.HasPrefix(ce.Target, ce.Source[:3]) ||
		!privateParty(ce.Target) && !hasRole(ce.Target, "AGR") {
		return false
	}
	v := verbToken(s.Sentence, ce.VerbSpan)
	if v < 0 {
		return false
	}
	return permitVerbs[strings.ToLower(s.Tokens[v].Lemma)]
}

// permitVerbs (lemmas) allow or approve what a party does.
var permitVerbs = map[string]bool{"allow": true, "permit": true, "approve": true, "authorize": true, "authorise": true}

// homeArrival reports whether ce is Phoenix's bare ARRIVE (040) with a
// target of the source's own country: arriving at a court, a school or a
// ministry at home ("as he arrived at Spain's High Court", "the two MPs
// arrived at Manchester High School for the recording") meets no party.
// Arrivals abroad are visits, coded 042 before this filter sees them.
func (s *sentence) homeArrival(ce coder.Event) bool {
	if ce.Code != "040" || len(ce.Source) < 3 || !strings.HasPrefix(ce.Target, ce.Source[:3]) {
		return false
	}
	v := verbToken(s.Sentence, ce.VerbSpan)
	return v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "arrive")
}

// peopleNoun reports whether word w names people or a body of them that
// the dictionaries may lack as an agent: a plural of a doer ("negotiators",
// "exporters", "economists", "politicians") or a group word.
func peopleNoun(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range []string{"ers", "ors", "ists", "ians"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return peopleBodies[w]
}

// peopleBodies (lower case) are bodies of people named after what they
// do together.
var peopleBodies = map[string]bool{
	"team": true, "mission": true, "delegation": true, "group": true, "panel": true, "side": true,
	"body": true, "camp": true, "crew": true, "staff": true, "members": true, "officials": true,
}

// modifierOf reports whether token k (0-based) qualifies noun h: it is a
// compound, adjective or possessive of h, or of a noun that is h's "of"
// complement or a compound of it ("tonnes of U.S. corn", "Japanese
// industry's sales").
func (s *sentence) modifierOf(k, h int) bool {
	switch s.Tokens[k].Rel {
	case "compound", "amod", "nmod:poss":
	default:
		return false
	}
	for steps := 0; steps < 4; steps++ {
		u := s.Tokens[k].Head - 1
		if u == h {
			return true
		}
		if u < 0 || s.Tokens[u].UPOS != "NOUN" {
			return false
		}
		switch r := s.Tokens[u].Rel; {
		case r == "compound" || r == "nmod:poss":
		case r == "nmod" && hasCaseWord(s.Sentence, u, "of"):
		default:
			return false
		}
		k = u
	}
	return false
}

// economyNouns (lemmas) name quantities and states of economies.
var economyNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`economy growth production output performance rate system condition
		export import market sale share demand supply price deficit surplus reserve capacity investment
		spending budget penetration productivity competitiveness efficiency consumption inflation
		employment unemployment income revenue earnings profit`) {
		m[w] = true
	}
	return m
}()

// securitiesDeal reports whether verb v (0-based, -1 when none) deals
// in securities: its object, or the head of the target span tgt, is
// a security (securitiesNouns; "share" only in the plural, "demanded a
// share equal to Iran's quota" is a portion) that is no portion of
// something else ("shares of the market"), or its object is a price
// per share ("offered 65 dlrs per share", "40 dlrs a share").
func (s *sentence) securitiesDeal(v int, tgt coder.Span) bool {
	security := func(k int) bool {
		if k < 0 {
			return false
		}
		l := strings.ToLower(s.Tokens[k].Lemma)
		return s.Tokens[k].UPOS == "NOUN" && securitiesNouns[l] && !(l == "share" && s.Tokens[k].XPOS != "NNS") &&
			!hasNmodCase(s.Sentence, k, "of")
	}
	if security(spanHead(s.Sentence, tgt)) {
		return true
	}
	if v < 0 {
		return false
	}
	var objs []int
	children(s.Sentence, v, func(k int) bool {
		if s.Tokens[k].Rel == "obj" {
			objs = append(objs, k)
		}
		return true
	})
	price := false // an amount counted is among the objects
	for _, o := range objs {
		if security(o) {
			return true
		}
		price = price || childRel(s.Sentence, o, "nummod") >= 0
	}
	if !price {
		return false
	}
	share := func(k int) bool {
		return strings.EqualFold(s.Tokens[k].Text, "share") && (s.Tokens[k].Rel == "nmod" || s.Tokens[k].Rel == "obj" || strings.HasSuffix(s.Tokens[k].Rel, "npmod"))
	}
	for _, o := range objs {
		if share(o) {
			return true // "offered 150 dlrs a share"
		}
		found := false
		children(s.Sentence, o, func(k int) bool {
			found = share(k) // "offered 65 dlrs per share"
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// hasNmodCase reports whether noun k (0-based) has an nmod dependent
// introduced by preposition w.
func hasNmodCase(s nlp.Sentence, k int, w string) bool {
	found := false
	children(s, k, func(m int) bool {
		found = s.Tokens[m].Rel == "nmod" && hasCaseWord(s, m, w)
		return !found
	})
	return found
}

// securitiesNouns (lemmas) name what is traded on capital markets.
var securitiesNouns = map[string]bool{
	"share": true, "stock": true, "stake": true, "bond": true, "eurobond": true, "debenture": true,
	"equity": true, "dividend": true,
}

// goodsSpan reports whether an actor coded as armed forces (code) is
// aircraft or engines a firm deals in ("the airline will buy 16
// aircraft"): goods, not the military.
func (s *sentence) goodsSpan(code string, sp coder.Span) bool {
	return hasRole(code, "MIL") && s.spanHas(sp, craftNouns)
}

// craftNouns (lemmas) name aircraft and their engines.
var craftNouns = map[string]bool{
	"aircraft": true, "airplane": true, "airliner": true, "plane": true, "jet": true, "jetliner": true,
	"helicopter": true, "engine": true,
}

// protectedTrade reports whether verb v is "protect" with an object
// headed by an industry, a market or those in it (protectedTradeNouns).
func (s *sentence) protectedTrade(v int) bool {
	if v < 0 || !strings.EqualFold(s.Tokens[v].Lemma, "protect") {
		return false
	}
	o := childRel(s.Sentence, v, "obj")
	if o < 0 && s.Tokens[v].Rel == "amod" {
		o = s.Tokens[v].Head - 1 // "protected Japanese trade sectors"
	}
	return o >= 0 && protectedTradeNouns[strings.ToLower(s.Tokens[o].Lemma)]
}

// protectedTradeNouns (lemmas) head what trade policy or regulation
// protects: industries, markets and those who trade in them.
var protectedTradeNouns = map[string]bool{
	"industry": true, "sector": true, "market": true, "economy": true, "agriculture": true,
	"investor": true, "shareholder": true, "consumer": true, "producer": true, "manufacturer": true,
	"farmer": true, "job": true, "secret": true, "interest": true, "company": true, "firm": true,
}

// commentTopic reports whether the target (code, span tgt) of a comment
// withheld is a thing, headed by a common noun no actor phrase covers,
// whose code comes from a place or the press that names it: a bare
// country ("the February 22 Paris accord", "the London stock market")
// or the media ("local press reports", "a reporter's query"). The
// comment concerns no actor (a court's decision or a minister's
// criticism keep their author as the target).
func (s *sentence) commentTopic(code string, tgt coder.Span) bool {
	if !(len(code) == 3 || hasRole(code, "MED")) {
		return false
	}
	h := spanHead(s.Sentence, tgt)
	return h >= 0 && s.Tokens[h].UPOS == "NOUN" && !s.actorWord(h) && !peopleNoun(s.Tokens[h].Text)
}

// orderedGoods reports whether verb v is "order" with an object headed
// by goods (orderedNouns) and no clause of what is ordered done.
func (s *sentence) orderedGoods(v int) bool {
	if v < 0 || !strings.EqualFold(s.Tokens[v].Lemma, "order") || childRel(s.Sentence, v, "xcomp") >= 0 {
		return false
	}
	o := childRel(s.Sentence, v, "obj")
	return o >= 0 && s.Tokens[o].UPOS == "NOUN" && (orderedNouns[strings.ToLower(s.Tokens[o].Lemma)] || craftNouns[strings.ToLower(s.Tokens[o].Lemma)])
}

// brokenShips reports whether verb v demolishes or dismantles ships
// ("breakers demolished 300 vessels last year"): ship-breaking, a trade,
// not the destruction of property Phoenix's DEMOLISH codes (1712).
func (s *sentence) brokenShips(v int) bool {
	if v < 0 {
		return false
	}
	switch strings.ToLower(s.Tokens[v].Lemma) {
	case "demolish", "dismantle", "scrap":
	default:
		return false
	}
	o := childRel(s.Sentence, v, "obj")
	if o < 0 {
		return false
	}
	switch strings.ToLower(s.Tokens[o].Lemma) {
	case "ship", "vessel", "tanker":
		return true
	}
	return false
}

// pushedOff reports whether verb v is "push" with an oblique opened by
// "off" ("pushed Japan off the top of the supercomputing chart"): a
// rival displaced from a place or rank, no demand made of it (Phoenix's
// PUSH, 10).
func pushedOff(s nlp.Sentence, v int) bool {
	if v < 0 || !strings.EqualFold(s.Tokens[v].Lemma, "push") {
		return false
	}
	found := false
	children(s, v, func(k int) bool {
		found = s.Tokens[k].Rel == "obl" && hasCaseWord(s, k, "off")
		return !found
	})
	return found
}

// orderedNouns (lemmas) name goods that are ordered from a maker,
// besides aircraft (craftNouns).
var orderedNouns = map[string]bool{
	"truck": true, "lorry": true, "vehicle": true, "car": true, "bus": true, "locomotive": true,
	"ship": true, "vessel": true, "tanker": true, "frigate": true, "submarine": true, "satellite": true,
	"computer": true, "supercomputer": true, "system": true, "machine": true, "equipment": true,
	"turbine": true, "reactor": true, "rig": true, "unit": true, "part": true, "component": true,
}

// spanHas reports whether one of the tokens of span sp has a lemma
// (lower case) in words.
func (s *sentence) spanHas(sp coder.Span, words map[string]bool) bool {
	for _, t := range s.Tokens {
		if t.Start >= sp.Start && t.End <= sp.End && words[strings.ToLower(t.Lemma)] {
			return true
		}
	}
	return false
}

// marketCommentators (lemmas) name those who comment on markets and
// economic policy.
var marketCommentators = map[string]bool{"economist": true, "analyst": true, "dealer": true, "trader": true, "broker": true}

// firmSpan reports whether an actor coded as a bare country (code) names
// a firm of it: its span holds a noun of business ("buy one of South
// Korea's main retail banks", "26% of Indian firm Hindustan Oil").
func (s *sentence) firmSpan(code string, sp coder.Span) bool {
	if len(code) != 3 || sp.End <= sp.Start {
		return false
	}
	for _, t := range s.Tokens {
		if t.Start >= sp.Start && t.End <= sp.End && (t.UPOS == "NOUN" && (nlp.FirmNoun(t.Lemma) || tradeNouns[strings.ToLower(t.Lemma)]) || t.UPOS == "PROPN" && actors.FirmName(t.Text)) {
			return true
		}
	}
	return false
}

// firm reports whether an actor code is a company's or business people's
// (MNC, role BUS), not an international financial body's (IGOBUS...).
func firm(code string) bool {
	return !strings.HasPrefix(code, "IGO") && business(code)
}

// tradeVerb reports whether the verb of span sp is one of buying and
// selling goods (tradeVerbs).
func (s *sentence) tradeVerb(sp coder.Span) bool {
	v := spanHead(s.Sentence, sp)
	return v >= 0 && tradeVerbs[strings.ToLower(s.Tokens[v].Lemma)]
}

// armsTrade reports whether the verb of span sp has arms among its
// dependents or theirs ("supply Switzerland with military equipment",
// "sell missiles to Iran").
func (s *sentence) armsTrade(sp coder.Span) bool {
	v := spanHead(s.Sentence, sp)
	if v < 0 {
		return false
	}
	for _, t := range s.Tokens {
		if t.Head == 0 {
			continue
		}
		h := t.Head - 1
		if h != v && (s.Tokens[h].Head != v+1) {
			continue
		}
		if l := strings.ToLower(t.Lemma); armsWords[l] {
			return true
		}
	}
	return false
}

// armsWords (lemmas) name weapons and the military goods a state buys.
var armsWords = map[string]bool{
	"weapon": true, "arm": true, "arms": true, "ammunition": true, "missile": true, "military": true,
	"fighter": true, "tank": true, "warship": true, "submarine": true, "rocket": true,
}

// tradeVerbs (lemmas) name buying, selling and shipping goods.
var tradeVerbs = map[string]bool{
	"export": true, "import": true, "ship": true, "sell": true, "buy": true, "purchase": true,
	"supply": true, "deliver": true, "order": true, "market": true,
}

// tradeNouns (lemmas) name what firms trade in, which makes a span a
// firm's as the nouns of nlp.FirmNoun do ("a 26% stake in ...").
var tradeNouns = map[string]bool{"share": true, "stake": true, "exchange": true}

// bylineEnd returns the offset after a byline that opens text ("By John
// Smith\n", "By Jane Doe and John Roe, Reuters\n"): a first line of at
// most eight words that starts with "By " and holds no sentence end; 0
// when there is none.
func bylineEnd(text string) int {
	if !strings.HasPrefix(text, "By ") {
		return 0
	}
	nl := strings.IndexByte(text, '\n')
	if nl < 0 {
		return 0
	}
	line := text[:nl]
	if len(strings.Fields(line)) > 8 || strings.ContainsAny(line, ".!?") {
		return 0
	}
	return nl + 1
}

// articleCtx is what all sentences of one article share.
type articleCtx struct {
	id      string
	date    time.Time
	hasDate bool
	// lookup is the date at which the dictionaries are read: the
	// article's date, or for an undated article the era of the people
	// it names (see eraCounter); zero for the dictionaries' latest
	// knowledge.
	lookup   time.Time
	dateline *event.Location
	placeCtx places.Context
	// country is the country of agents written without one ("police",
	// "ministers"): the dateline's, else the most frequent country of the
	// article's actor phrases.
	country string
	// own is set when country was counted from the article's only
	// sentence, which has no dateline: a sentence coded alone.
	own bool
	// sents are the article's sentences (the title's first), and cities
	// the distinct cities they name after a locative preposition, by
	// country, found when first needed (see Extractor.articleCity).
	sents  []sentence
	cities map[string][]cityMention
}

// cityMention is a city an article names after a locative preposition,
// in its sentence of that index.
type cityMention struct {
	place places.Place
	index int
}

// agentContext returns the country that the agent phrase with span,
// coded without one, takes from the article (see sentence.agentCountry):
// the article's country. In a sentence coded alone that country is the
// sentence's own, which package actors gives its agent mentions or
// withholds from them (actors.Document.SetOwnCountry): the mention's
// country then, the coder having coded the phrase from the dictionaries
// ("Manufacturers and trade groups", one code for both members), or none
// when the mention was left without one ("Soldiers shot dead two
// Palestinian youths").
func (ac *articleCtx) agentContext(s *sentence, span coder.Span) string {
	m, ok := s.mentionAt(span)
	if !ac.own || !ok || m.Kind != actors.Agent {
		return ac.country
	}
	if m.Resolved && len(m.Code) >= 3 && !strings.HasPrefix(m.Code, nullActor) {
		return m.Code[:3]
	}
	return ""
}

// dissolved returns code with a present state's code made the code of
// the federation it belonged to at the article's date (see
// actors.HistoricalCountry): Russia's the Soviet Union's in 1987, as the
// coder's own dictionary matches ("Gorbachev's policies") and the targets
// taken from a place ("arrived in Prague": CSK in 1987, not CZE) need.
// Serbia and Montenegro (SCG) is left out: "Serb" names the people as
// much as the state, and package actors has already chosen between them
// ("Serb policemen near Tuzla" in 1998 are no Yugoslav force).
func (ac *articleCtx) dissolved(code string) string {
	if h := ac.historical(code); !strings.HasPrefix(h, "SCG") {
		return h
	}
	return code
}

// historical returns the country code cc as it was at the article's date
// (see actors.HistoricalCountry); cc for an undated article.
func (ac *articleCtx) historical(cc string) string {
	if !ac.hasDate || cc == "" {
		return cc
	}
	return actors.HistoricalCountry(cc, ac.date)
}

// Article codes one article. It returns an error only when ctx is done;
// problems with the article itself are Result.Warnings.
func (x *Extractor) Article(ctx context.Context, a article.Article) (Result, error) {
	var res Result
	ac := articleCtx{id: a.ID, date: a.Date, hasDate: a.HasDate()}

	// A byline line ("By John Smith") before the dateline is no
	// sentence.
	body := bylineEnd(a.Text)
	var dl places.Dateline
	var hasDL bool
	// A dateline that opens the text is cut off even when the record
	// gives the dateline in a field of its own; the field says where,
	// the text may add when.
	textDL, textHas := x.gaz.Dateline(a.Text[body:])
	if textHas {
		textDL.Start += body
		textDL.End += body
		body = textDL.End
	}
	dl, hasDL = textDL, textHas
	if field := strings.TrimSpace(a.Dateline); field != "" {
		fdl, ok := x.gaz.Dateline(field)
		if !ok {
			// The field holds the dateline alone, without the dash or
			// agency that ends one in a text: "WASHINGTON", "NAIROBI,
			// Kenya".
			fdl, ok = x.gaz.Dateline(field + " -")
		}
		if ok && (fdl.Resolved || !textHas || !textDL.Resolved) {
			if fdl.Date == "" && textHas {
				fdl.Date = textDL.Date
			}
			dl, hasDL = fdl, true
		}
	}
	if hasDL {
		if dl.Resolved {
			ac.dateline = event.LocationOf(dl.Place, event.BasisDateline)
			ac.placeCtx.Dateline = dl.Place.Country
		}
		if d, ok := datelineDate(dl.Date, ac.date, ac.hasDate); ok {
			ac.date, ac.hasDate = d, true
		}
	}

	var sents []sentence
	toks := x.tokens.get()
	defer x.tokens.put(toks)
	if strings.TrimSpace(a.Title) != "" && !allCaps(a.Title) {
		// An all-caps newswire headline ("JAPAN WARNS U.S. ON TRADE")
		// tags and parses as a run of proper nouns: coding it yields
		// noise, and its event is the lead sentence's.
		for _, s := range x.segment(toks, a.Title) {
			sents = append(sents, sentence{Sentence: s, text: a.Title, index: event.TitleSentence})
		}
	}
	if body > len(a.Text) {
		body = len(a.Text)
	}
	for i, s := range x.segment(toks, a.Text[body:]) {
		if body > 0 {
			shift(&s, body)
		}
		if i > 0 {
			// A round-up carries the dateline of each item at the
			// start of its first sentence ("WASHINGTON - Kuwait has
			// asked ..."): it is a place, not an actor.
			var cc string
			s, cc = x.cutDateline(a.Text, s)
			sents = append(sents, sentence{Sentence: s, text: a.Text, index: i, dateline: cc})
			continue
		}
		sents = append(sents, sentence{Sentence: s, text: a.Text, index: i})
	}
	res.Sentences = len(sents)
	ac.sents = sents
	for _, s := range sents {
		if s.index >= 0 {
			res.Spans = append(res.Spans, Span{Start: s.Start, End: s.End})
		}
	}

	unknown := map[string]*UnknownActor{}
	var order []string
	words, joined, caps := sentenceWords(sents)
	// The words hashed for the dictionaries, which look up every word
	// several times (countries, actors, agents, discards); the joined
	// words are the same words when no hyphen joined any.
	hashed := make([]dictionary.Words, 2*len(sents))
	hashedWords := func(i int) *dictionary.Words { return &hashed[2*i] }
	hashedJoined := func(i int) *dictionary.Words {
		if len(joined[i]) == len(words[i]) {
			return &hashed[2*i]
		}
		return &hashed[2*i+1]
	}
	var era eraCounter
	// The country of an undated article at the dictionaries' latest
	// knowledge, which a surname alone must share to place the story in
	// its office holder's time (see eraCounter.era).
	latest := countryCounter{supp: x.suppActors}
	for i := range sents {
		hashedWords(i).Set(words[i])
		if hj := hashedJoined(i); hj != hashedWords(i) {
			hj.Set(joined[i])
		}
		if !ac.hasDate {
			era.add(x.dict.Set, hashedWords(i), caps[i])
			era.addAnchors(x.dict.Set, x.suppActors, hashedWords(i), caps[i])
			latest.add(x.dict.Set, hashedWords(i), caps[i], dictionary.Latest, 1, x.countryName)
		}
	}
	ac.lookup = ac.date
	if !ac.hasDate {
		cc := latest.best()
		era.addTitled(words, caps, x.actors.Namesakes)
		ac.lookup, _ = era.era(cc)
		if from, to, ok := yearSpan(a.DateRaw); ok && (ac.lookup.Before(from) || ac.lookup.After(to)) {
			// A date field that does not parse may still name the
			// years ("2004/2005 (not recorded per article)"): the
			// people are read within them.
			ac.lookup = from.Add(to.Sub(from) / 2).Truncate(24 * time.Hour)
		}
	}
	if sportsStory(joined) {
		res.Warnings = append(res.Warnings, fmt.Errorf("%w: a sports story", ErrStoryDiscarded))
		return res, nil
	}
	if showbizStory(joined) {
		res.Warnings = append(res.Warnings, fmt.Errorf("%w: a story of show business", ErrStoryDiscarded))
		return res, nil
	}
	seat := hasDL && dl.Resolved && communitySeat(dl.Place, a.Title+"\n"+a.Text)
	if ac.country = ac.placeCtx.Dateline; seat {
		// An EC story datelined from the Community's seat: its
		// unnamed ministers, officials and producers are the member
		// states' or the Community's, not the host's (see
		// communitySeat).
		ac.country = ""
	} else if ac.country == "" {
		ac.country = x.actorsCountry(sents, hashedWords, caps, ac.lookup)
	}
	// The gazetteer's places are in today's countries: MOSCOW in 1987
	// is the Soviet Union's (the places context keeps today's code).
	ac.country = ac.historical(ac.country)
	doc := &actors.Document{} // anaphora and context of this article
	if !ac.hasDate && !ac.lookup.IsZero() {
		doc.SetEstimatedDate()
	}
	if ac.own = len(sents) == 1 && ac.placeCtx.Dateline == ""; ac.own {
		// A sentence coded alone: its own actors' country is no
		// context of it (see actors.Document.SetOwnCountry).
		doc.SetOwnCountry(ac.country)
	} else {
		doc.SetCountry(ac.country)
	}
	if !seat {
		doc.SetDatelineCountry(ac.historical(ac.placeCtx.Dateline))
	}
	for i := range sents {
		if sents[i].index == 0 && len(sents) > 1 {
			// A business story's lead names its firm (parsed or
			// not: the prefilter may pass over it).
			doc.SetLead(words[i], caps[i])
			break
		}
	}
	if ac.placeCtx.Dateline == "" && (ac.country == "" || ac.own) {
		// A national outlet's country ("BBC News") for the state's
		// agents of an article that names no country, or of a
		// sentence coded alone (see outletCountry).
		doc.SetOutletCountry(ac.historical(outletCountry(a.Source, a.URL)))
	}
	// The title is coded after the body: a headline names people by
	// surname ("Howard rejects BNP's claim") whom the body introduces in
	// full ("Tory leader Michael Howard"), and the body's full names keep
	// a surname from being taken for a dictionary namesake. Its events
	// still come first.
	seq := make([]int, 0, len(sents))
	for i := range sents {
		if sents[i].index >= 0 {
			seq = append(seq, i)
		}
	}
	for i := range sents {
		if sents[i].index < 0 {
			seq = append(seq, i)
		}
	}
	titleEvents := 0
	var second *sentence // sentence 1 once parsed, see leadDates
	for _, i := range seq {
		if err := ctx.Err(); err != nil {
			return Result{}, fmt.Errorf("extract: article %s: %w", a.ID, err)
		}
		s := &sents[i]
		if s.dateline != "" {
			// The item of a round-up that this dateline opens: its
			// country is the context of this and the next sentences.
			ac.placeCtx.Dateline, ac.country = s.dateline, ac.historical(s.dateline)
			ac.own = false
			doc.SetCountry(ac.country)
			doc.SetDatelineCountry(ac.country)
		}
		words, joined := words[i], joined[i]
		// The joined words are looked up only when a hyphen joined some
		// (otherwise they are the same Words, and the same answer).
		if x.filter.storyDiscard(hashedWords(i)) || hashedJoined(i) != hashedWords(i) && x.filter.storyDiscard(hashedJoined(i)) {
			if s.index > lastTopicSentence {
				// "... and went golfing with his wife's brothers"
				// ending a story on the budget: a passing mention
				// drops its sentence, not the story.
				continue
			}
			res.Events, res.Unknown = nil, nil
			res.Warnings = append(res.Warnings, fmt.Errorf("sentence %d: %w", s.index, ErrStoryDiscarded))
			return res, nil
		}
		may := false
		if hj := hashedJoined(i); hj == hashedWords(i) {
			may = x.filter.mayCodeEither(hj, caps[i], doc)
		} else {
			may = x.filter.mayCode(hashedWords(i), caps[i], doc) || x.filter.mayCode(hj, nil, doc)
		}
		if !may {
			// The people it names in full are still the article's
			// ("The director, Vinod Pande, says the film is not
			// offensive"): a later "Mr Pande" is not a namesake.
			x.actors.NoteNames(doc, words, caps[i])
			continue
		}
		x.pipeline.Annotate(&s.Sentence)
		nlp.ReportAsParataxis(&s.Sentence)
		nlp.RestructureQuantities(&s.Sentence)
		if s.index == 1 {
			second = s
		}
		s.places = x.gaz.Mentions(s.text, s.Sentence, ac.placeCtx)
		s.places = x.demonymPlaces(s, ac.lookup)
		scene := s.sceneCountry()
		if scene == "" {
			scene = s.dateline
		}
		doc.SetPlaceCountry(ac.historical(scene))
		ms := x.actors.Sentence(doc, s.text, s.Sentence, ac.lookup)
		x.joinNames(&s.Sentence, ms)
		splitNames(&s.Sentence, ms)
		s.actors = ms
		s.placeActors()
		evs, err := x.coder.CodeWith(s.Sentence, s.text, ac.lookup, x.cfg, mentionLookup(s.actors))
		switch {
		case errors.Is(err, coder.ErrStoryDiscard) && s.index > lastTopicSentence:
			continue
		case errors.Is(err, coder.ErrStoryDiscard):
			res.Events, res.Unknown = nil, nil
			res.Warnings = append(res.Warnings, fmt.Errorf("sentence %d: %w", s.index, ErrStoryDiscarded))
			return res, nil
		case errors.Is(err, coder.ErrBadInput):
			res.Warnings = append(res.Warnings, fmt.Errorf("sentence %d: %w (%v)", s.index, ErrBadParse, err))
			continue
		case err != nil:
			continue // sentence discard, dateline: no events
		}
		evs = slices.DeleteFunc(evs, func(e coder.Event) bool { return e.Reverse })
		evs = agreementsReached(s, evs)
		evs = append(evs, arrivals(s)...)
		evs = append(evs, talksAbroad(s, evs)...)
		evs = append(evs, tripTalks(s, evs)...)
		evs = append(evs, nominalEvents(s, evs)...)
		evs = append(evs, withheldComments(s, evs)...)
		evs = append(evs, directedEvents(s, evs)...)
		evs = append(evs, lightVerbEvents(s, evs)...)
		evs = append(evs, purposeOffers(s, evs)...)
		evs = append(evs, visitPredicates(s, evs)...)
		evs = append(evs, contactPredicates(s, evs)...)
		evs = append(evs, reactions(s, evs)...)
		evs = append(evs, letterEvents(s, evs)...)
		evs = append(evs, saidAbout(s, evs)...)
		if len(evs) == 0 || sportsSentence(joined) {
			// (A sentence of sport is parsed all the same: its
			// names and actors are the article's context.)
			continue
		}
		for _, e := range evs {
			if x.filter.need > 1 {
				break
			}
			for _, sp := range [2]struct {
				code string
				span coder.Span
			}{{e.Source, e.SourceSpan}, {e.Target, e.TargetSpan}} {
				if sp.code != nullActor {
					continue
				}
				if t, ok := unknownText(s.text, s.Sentence, sp.span); ok {
					u := unknown[t]
					if u == nil {
						u = &UnknownActor{Text: t, Sentence: s.text[s.Start:s.End]}
						unknown[t] = u
						order = append(order, t)
					}
					u.Count++
				}
			}
		}
		n := len(res.Events)
		res.Events = x.sentenceEvents(res.Events, &res, s, evs, &ac)
		if s.index < 0 {
			titleEvents += len(res.Events) - n
		}
	}
	if titleEvents > 0 {
		// The title's events, coded last, go first.
		k := len(res.Events) - titleEvents
		res.Events = slices.Concat(res.Events[k:], res.Events[:k])
	}
	leadDates(res.Events, second, &ac)
	for _, t := range order {
		res.Unknown = append(res.Unknown, *unknown[t])
	}
	SortUnknown(res.Unknown)
	return res, nil
}

// communitySeats are the cities (GeoNames names) where the European
// Community's institutions sit and its councils meet.
var communitySeats = map[string]bool{"Brussels": true, "Luxembourg": true, "Strasbourg": true}

// communityNames are the names of the European Community (as written,
// whole words) that make a story from one of its seats a Community story.
var communityNames = []string{"EC", "EEC", "EU", "European Community", "European Communities", "European Union", "Common Market"}

// communitySeat reports whether a story datelined from place p, with
// title and text text, is a Community story from the Community's seat
// ("BRUSSELS, March 31 - EC farm ministers ..."). Its ministers,
// officials, producers and "representatives of member states" are the
// member states' or the Community's: the host country the dateline names
// is no context for them, as it is for a story of that country's own
// politics (which names no Community), and taking it codes the
// Community's council and the firms it deals with as Belgian.
func communitySeat(p places.Place, text string) bool {
	if !communitySeats[p.Name] {
		return false
	}
	for _, n := range communityNames {
		for i := strings.Index(text, n); i >= 0; {
			end := i + len(n)
			if (i == 0 || !isWordByte(text[i-1])) && (end == len(text) || !isWordByte(text[end])) {
				return true
			}
			k := strings.Index(text[end:], n)
			if k < 0 {
				break
			}
			i = end + k
		}
	}
	return false
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// actorsCountry returns the country an article's actor phrases name most
// (countryCounter.best), the lead's and title's phrases counting
// leadWeight times, read at date (the dictionaries' latest knowledge when
// zero). It is the article's country when its dateline names none.
func (x *Extractor) actorsCountry(sents []sentence, hashedWords func(int) *dictionary.Words, caps [][]bool, date time.Time) string {
	d := dictionary.Latest
	if !date.IsZero() {
		d = dictionary.NewDate(date.Year(), int(date.Month()), date.Day())
	}
	countries := countryCounter{supp: x.suppActors}
	for i := range sents {
		// The headline and the lead name the story's principals; the
		// places a story goes on to list abroad ("consulates will close
		// in Dallas, Bordeaux and Oporto") weigh less.
		weight := 1
		if sents[i].index <= 0 {
			weight = leadWeight
		}
		countries.add(x.dict.Set, hashedWords(i), caps[i], d, weight, x.countryName)
	}
	return countries.best()
}

// refusal reports whether the verb of span sp declines or refuses
// ("declined to comment").
func (s *sentence) refusal(sp coder.Span) bool {
	v := verbToken(s.Sentence, sp)
	if v < 0 {
		return false
	}
	w := strings.ToLower(s.Tokens[v].Text)
	return strings.HasPrefix(w, "declin") || strings.HasPrefix(w, "refus")
}

// modalRefusal reports whether the verb of span sp is negated under
// "would" or "will" ("would not say whether he would cut taxes", "would
// not be drawn on it").
func (s *sentence) modalRefusal(sp coder.Span) bool {
	v := verbToken(s.Sentence, sp)
	if v < 0 {
		return false
	}
	modal, not := false, false
	children(s.Sentence, v, func(k int) bool {
		switch strings.ToLower(s.Tokens[k].Text) {
		case "would", "will", "wo":
			modal = modal || s.Tokens[k].Rel == "aux"
		case "not", "n't":
			not = true
		}
		return true
	})
	return modal && not
}

// sentenceWords returns the words of each sentence for the dictionaries
// (prefilterWordsCaps): upper-cased, hyphen-joined, and whether each is
// capitalised. Each sentence's lists are slices of three arrays made for
// all the article's tokens, capped at the sentence's length, rather than
// three allocations a sentence.
func sentenceWords(sents []sentence) (words, joined [][]string, caps [][]bool) {
	words, joined, caps = make([][]string, len(sents)), make([][]string, len(sents)), make([][]bool, len(sents))
	tokens := 0
	for i := range sents {
		tokens += len(sents[i].Tokens)
	}
	wordsBuf, joinedBuf, capsBuf := make([]string, tokens), make([]string, tokens), make([]bool, tokens)
	for i := range sents {
		n := len(sents[i].Tokens)
		caps[i] = capsBuf[:0:n]
		words[i], joined[i] = prefilterWordsCaps(sents[i].Sentence, wordsBuf[:0:n], joinedBuf[:0:n], &caps[i])
		wordsBuf, joinedBuf, capsBuf = wordsBuf[n:], joinedBuf[n:], capsBuf[n:]
	}
	return words, joined, caps
}

// cityParty reports whether a party of the coded event ce is only the
// name of a city that is no seat of government, coded as its bare
// country: the source ("Nogales said", "Phoenix said", "the Sydney
// exchange established a link", "spend two weeks in Hong Kong, Tokyo and
// Sydney discussing the session with brokers"), or the target of an act
// that is no visit or use of force ("a link with Chicago",
// "Piedmont received an offer"). Phoenix lists a country's towns among
// its names, which is right for where an act takes place ("leaves for
// New York", "shelled Basra"); but a town does not act or deal as its
// state (a capital, the government's seat, does: see package actors),
// and a name it shares is mostly a person's or a firm's. Its country
// is no identified party (GUIDELINES sec. 2: a source that cannot be
// identified is not coded).
func (x *Extractor) cityParty(s *sentence, ce coder.Event) bool {
	if x.gaz == nil {
		return false
	}
	if x.townName(s, ce.Source, ce.SourceSpan) {
		return true
	}
	if ce.Target == "" || strings.HasPrefix(ce.Code, "042") || rootIn(ce.Code, "15", "17", "18", "19", "20") {
		return false
	}
	for _, m := range s.places {
		if m.Prep != "" && m.Start >= ce.TargetSpan.Start && m.End <= ce.TargetSpan.End {
			return false // ("talks in Bonn", "pulled out of Izium": a place of the act)
		}
	}
	return x.townName(s, ce.Target, ce.TargetSpan)
}

// townName reports whether the actor of code and span sp is a bare
// country code whose phrase names nothing but one town of the gazetteer
// (one run of capitalised words, the rest lower-case: "the Sydney
// exchange"), which is neither a country, a region nor a capital under
// any of its readings.
func (x *Extractor) townName(s *sentence, code string, sp coder.Span) bool {
	if len(code) != 3 {
		return false
	}
	if _, ok := x.gaz.CountryByCode(code); !ok {
		return false // ("MNC": no country)
	}
	first, last := -1, -1
	for k, t := range s.Tokens {
		if t.Start < sp.Start || t.End > sp.End || t.UPOS == "PUNCT" || t.UPOS == "DET" {
			continue
		}
		if t.UPOS != "PROPN" {
			if t.Text != strings.ToLower(t.Text) {
				return false // ("American Telephone": a firm's name)
			}
			continue
		}
		if first >= 0 && k != last+1 {
			return false // two names ("Tokyo and Sydney")
		}
		if first < 0 {
			first = k
		}
		last = k
	}
	if first < 0 {
		return false
	}
	name := s.text[s.Tokens[first].Start:s.Tokens[last].End]
	if x.actors.Capital(name) {
		return false
	}
	towns := 0
	for _, p := range x.gaz.Lookup(name) {
		if p.Resolution != places.City || p.Feature == "PPLC" {
			return false
		}
		towns++
	}
	return towns > 0
}

// noEvent reports whether the coded event ce (its actor codes normalized)
// is no political event of its own: an actor the article does not
// identify, one actor acting on itself, a statement about no one or about
// the speakers themselves, a court's ruling read as a denial, the press
// reporting someone else's act or using force, market news, a place of
// the source's own country, or an actor's words about its own country.
func (s *sentence) noEvent(ce coder.Event) bool {
	v := verbToken(s.Sentence, ce.VerbSpan) // the event verb's token, -1 when none
	if strings.HasPrefix(ce.Source, nullActor) || strings.HasPrefix(ce.Target, nullActor) || ce.Source == ce.Target && !s.distinctPeers(ce) && !s.coercedPerson(ce) || s.ownPartyMPs(ce) {
		return true
	}
	if ce.Source == ce.Target && (rootIn(ce.Code, "16") || strings.HasPrefix(ce.Code, "083")) && v >= 0 && nlp.LowerLookup(leaveVerbs, s.Tokens[v].Lemma) {
		// "Kilroy-Silk has quit the UK Independence Party", "resigned
		// the party whip": one who leaves an actor of his own code
		// leaves his own party or body, an internal affair.
		return true
	}
	if v >= 0 && nlp.LowerLookup(leaveVerbs, s.Tokens[v].Lemma) && ce.Target != "" && s.joinedParty(ce.TargetSpan) {
		// "A Conservative MP has defected to Labour": Phoenix's
		// DEFECT (120) rejects, but the party one goes over to is
		// joined, not rejected, and the one left is not named there.
		return true
	}
	if rootIn(ce.Code, "02") && s.impliedClause(v) {
		// "is using the issue to suggest the Tories are soft on
		// terrorism", "reports suggesting the administration might
		// issue bonds": Phoenix's SUGGEST (020) proposes, but with a
		// clause of fact or possibility it says what seems true;
		// only a mandative clause ("suggested the government boost
		// spending", "should") is an appeal.
		return true
	}
	if ce.Target != "" && s.absoluteWith(ce.TargetSpan) {
		// "The government has suggested the referendum could take
		// place in spring, with the Tories set to campaign for a no
		// vote", "launched their platform, with leader Charles
		// Kennedy saying ...": the party of an absolute "with"
		// clause acts in that clause; it is no party to the verb
		// of the main one.
		return true
	}
	if s.quotedThirdPerson(ce) {
		return true
	}
	if ce.Campaign && ce.Source == ce.Target && !s.rivalParties(ce) {
		// A campaign attack between two actors of one code is one
		// party's on another, named as such.
		return true
	}
	if (ce.Code == "010" || ce.Campaign) && ce.Target != "" && (!s.statementAbout(ce.Source, ce.Target, ce.TargetSpan) && !(ce.Campaign && s.ownCourse(ce.TargetSpan)) || s.anonymousAttribution(ce) || s.foreignBareGovernment(ce) || s.longList(ce.TargetSpan, ce.VerbSpan) || s.ownOrgans(ce) || s.vagueThey(ce) || s.unsaid(ce) || ce.Code == "010" && s.audience(ce)) {
		return true
	}
	if rootIn(ce.Code, "03", "04", "05", "06", "07", "08", "09", "16") && len(ce.Target) == 3 && len(ce.Source) > 3 && ce.Source[:3] == ce.Target &&
		!(rootIn(ce.Code, "03", "04", "05", "08") && (armedChallenger(ce.Source) || hasRole(ce.Source, "OPP"))) {
		// "Tokyo was ready to study setting up a special Japanese
		// fund", "reiterated the kingdom's commitment", "announcing
		// the U.S. sanctions": cooperation with, or relations cut
		// with, a thing of one's own country, which the country's
		// name or adjective codes, concern no party. (Force and
		// coercion against one's own country stay: rebels
		// infiltrating it, police arresting its citizens. So do
		// rebels and the opposition negotiating, agreeing or
		// yielding with their state, which the country's name
		// codes: "Ethiopia and Tigrayan forces signed a peace
		// agreement".)
		return true
	}
	if strings.HasPrefix(ce.Code, "01") && (ce.Source == ce.Target || s.pairIncludes(ce.TargetSpan, ce.Source)) {
		// "Charles Kennedy said the Liberal Democrats would scrap
		// council tax": a statement about one's own kind; "the
		// Bank of England and the Fed said they had faced a
		// dilemma": about the speakers themselves.
		return true
	}
	if v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "link") && (s.Tokens[v].Rel == "acl" || s.Tokens[v].Rel == "amod") {
		// "hackers linked to the Russian government": a tie stated
		// in a modifier, no act.
		return true
	}
	if v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "lead") && s.standingLead(v) {
		return true
	}
	if rootIn(ce.Code, "01", "05") && s.disclosedPlan(ce) {
		return true
	}
	if v >= 0 && rootIn(ce.Code, "05") && disclosureVerbs[strings.ToLower(s.Tokens[v].Lemma)] {
		// "unveiled proposals for a G8 aid package", "Lib Dems unveil
		// women's manifesto": Phoenix files UNVEIL and REVEAL in its
		// DISCLOSE block (050), but making a plan public cooperates
		// with no one, whichever party the parser finds near it.
		return true
	}
	if s.defendedThing(v, ce.Source) {
		return true
	}
	if v >= 0 && rootIn(ce.Code, "19") && strings.EqualFold(s.Tokens[v].Lemma, "match") {
		// "would not be able to match Indian borrowing needs", "to
		// match those now in force with the U.S.": Phoenix files
		// MATCH with physical conflict (190), but on news copy one
		// matches an amount, a rival's terms or a deal, never in arms.
		return true
	}
	if rootIn(ce.Code, "04") && s.placeLeft(v, ce.TargetSpan) {
		return true
	}
	if ce.Code == "040" && s.wentToNoParty(v, ce.Target, ce.TargetSpan) {
		return true
	}
	if strings.HasPrefix(ce.Code, "074") && s.protectedTrade(v) {
		// "Brazil protecting its computer industry from imports",
		// "a bill to protect the domestic textile industry", "to
		// protect investors": shielding an industry or a market is
		// trade policy and regulation, not the protection Phoenix's
		// PROTECT codes (074, peacekeeping and escorts, which stay:
		// "to protect Kuwaiti tankers").
		return true
	}
	if rootIn(ce.Code, "10") && s.orderedGoods(v) {
		// "Pakistan ordered 180 military trucks", "the airline
		// ordered two MD-11 passenger planes": an order placed for
		// goods is a purchase, trade news, not a demand (Phoenix's
		// ORDER, 100).
		return true
	}
	if v >= 0 && s.Tokens[v].UPOS == "VERB" && s.refusedAct(v) {
		return true
	}
	if v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "make") && !s.madeAct(v) {
		// "make up demand for its cars", "make further cuts in
		// response to U.S. demand": the dictionary's MAKE patterns
		// read the words after the verb; "make" carries an act only
		// as the verb of the noun that is its object.
		return true
	}
	if v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "have") && !s.hadTalks(v) {
		// "have all reached agreement with commercial banks", "the
		// Bank had, in its discussions with the dealers, agreed":
		// the dictionary's patterns read the words after "have",
		// which carries an event only as the verb of its object.
		return true
	}
	if s.ownPublic(ce) || s.domesticPermission(ce) || s.homeArrival(ce) {
		return true
	}
	if v >= 0 && yesNoQuestion(s.Sentence, v) {
		return true
	}
	if rootIn(ce.Code, "02") && s.askedQuestion(ce) {
		return true
	}
	if s.possessedStateSubject(ce) || s.commentatorView(ce) || s.reducedRelative(v) || s.studiedThing(ce, v) {
		return true
	}
	if ce.Target == "" && rootIn(ce.Code, "02") && !s.addressed(v) {
		// "called for measures to combat the pests", "urged speedy
		// action on the tariffs", "requested licences to export
		// maize": an appeal to no one for a policy or a thing is a
		// statement about no actor (GUIDELINES sec. 1), unlike one
		// made to parties the dictionaries cannot code ("called on
		// major industrial countries to cut rates").
		return true
	}
	if v >= 0 && rootIn(ce.Code, "02") && strings.EqualFold(s.Tokens[v].Lemma, "apply") && !s.appliedFor(v) {
		// "Ottawa would continue to apply a duty on U.S. corn", "the
		// rules would apply to British citizens": a measure applied,
		// or one that applies to people, is no application to a party
		// (Phoenix's APPLY, 020, is a request: "applied to the Fed for
		// dealer status").
		return true
	}
	if v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "ensure") && !s.ensuredParty(v) {
		// "trying to ensure future EU budgets were limited", "a
		// points system to ensure only immigrants who can benefit
		// the economy are admitted", "to ensure the success of the
		// Uruguay Round": what is made sure of is a state of affairs,
		// no promise to a party (Phoenix's PROMISE default, 030, is
		// for "ensure cooperation, support, help").
		return true
	}
	if ce.Code == "016" && ce.Target == "" && hasRole(ce.Source, "JUD") {
		// "Judge Wright rejected all of the claims": a court
		// ruling on claims is no denial of its own.
		return true
	}
	if s.mediaReport(ce) || s.reportedForce(ce) {
		return true
	}
	if hasRole(ce.Source, "MED") && forceRoot(ce.Code) {
		// "The television cameras captured Yeltsin": the press
		// reports force, it does not use it.
		return true
	}
	if v >= 0 && s.speakerTarget(v, ce.TargetSpan) {
		// "Central bank governors from Latin America will meet here
		// this week, the Central Bank of Barbados said", "Manila is
		// seeking a 100 mln dlr credit, the Bank of Tokyo said": the
		// one who reports the act is no party to it.
		return true
	}
	if rootIn(ce.Code, "18", "19", "20") && unarmedFight(ce.Source, ce.Target) {
		// "Congress has been battling the White House over the
		// budget", "Japanese banks have fought hard to protect their
		// interests", "the government hit the company with a tax
		// bill": Phoenix's FIGHT, BATTLE, HIT and DESTROY patterns
		// read force, but these parties wage none on each other.
		return true
	}
	if business(ce.Source) && (ce.Target == "" || business(ce.Target)) {
		// "Rabobank issued a bond", "the firm denied the
		// charges": market news without a political actor
		// (GUIDELINES sec. 1).
		return true
	}
	if !rootIn(ce.Code, "14", "17", "18", "19", "20") && s.securitiesDeal(v, ce.TargetSpan) {
		// "Norfolk Southern has offered 65 dlrs per share for the
		// company", "will soon offer shares to private citizens",
		// "bid the Ohio bonds at 99.6": shares, stakes and bonds
		// offered, bought or bid for are market news, whoever deals
		// (GUIDELINES sec. 1). Shares seized or levied stay
		// (coercion, 17).
		return true
	}
	if len(ce.Source) == 3 && s.quantitySpan(ce.SourceSpan) || len(ce.Target) == 3 && s.currencySpan(ce.TargetSpan) {
		// "Brazilian orange juice imports injured the domestic
		// industry", "Japanese exports hurt U.S. industry": a trade
		// flow or state of an economy does not act; "boost holdings of
		// currencies such as the Australian dollar", "intervened to
		// support the dollar": a currency is no party.
		return true
	}
	if rootIn(ce.Code, "06") && len(ce.Target) == 3 && s.quantitySpan(ce.TargetSpan) {
		// "Brazilian officials are trying to increase Brazil's export
		// share", "Gorbachev's policies to improve Soviet economic
		// performance": a quantity or state of an economy raised,
		// improved or provided for is no party.
		return true
	}
	if (rootIn(ce.Code, "07") && !strings.HasPrefix(ce.Code, "074") || (ce.Code == "060" || ce.Code == "061") && !negated(s.Sentence, v) ||
		rootIn(ce.Code, "03") && (strings.HasPrefix(ce.Code, "031") || strings.HasPrefix(ce.Code, "033"))) &&
		hasRole(ce.Source, "GOV") && len(ce.Target) >= 6 && ce.Target[:3] == ce.Source[:3] && domesticPublic(ce.Target) {
		// "Labour plans to give head teachers control over funding",
		// "the Federal Reserve will add reserves", "the ministry
		// will provide cash incentives to small firms": a state's
		// aid, grants and help to its own firms, farmers, workers,
		// schools or citizens, given or planned (the intent that
		// 060 becomes; a refusal to pay, 060 negated, is a
		// rejection), are policy, budget and market news, no
		// cooperation between parties (GUIDELINES sec. 1).
		// Protection (074) stays ("troops to protect Catholic
		// civilians").
		return true
	}
	if s.reliefToCreditor(ce) {
		// "Mexico rescheduled its debt with its creditor banks": the
		// debtor gives no aid (see reliefToCreditor).
		return true
	}
	if (rootIn(ce.Code, "03", "04", "06", "07") && !yieldIntent(ce.Code) || (rootIn(ce.Code, "08") || yieldIntent(ce.Code)) && s.tradedAmount(ce.TargetSpan)) && !strings.HasPrefix(ce.Code, "074") && !visitOrHosting(ce.Code) && !s.debtRelief(ce) && s.thingTarget(ce.Target, ce.TargetSpan) {
		// "the Soviet Union bought 2.65 mln tonnes of U.S. corn",
		// "plans to boost holdings of the Australian dollar", "to
		// expand its outlets", "authorised the export of 33,500
		// tonnes of Irish barley" (for yielding, done or intended,
		// only a trade flow or an amount counted: a party's terms
		// accepted or the tariffs on its goods dropped, "said he
		// would lift tariffs imposed against some Japanese
		// products", concern the party): goods, money or a state of affairs
		// that a party's name only qualifies is no party to
		// cooperate with, meet, help or yield to. (Ships and places
		// protected, 074, are their owner's, and a place visited,
		// "Kenya's biggest shantytown", is in its country.)
		return true
	}
	if (hasRole(ce.Source, "EDU") || hasRole(ce.Source, "BUS")) && rootIn(ce.Code, "01") && s.spanHas(ce.SourceSpan, marketCommentators) {
		// "Economists said the Fed will inject reserves", "the
		// market is sceptical about the G-7 meeting, dealers said":
		// market commentary and forecasts are no act of the
		// commentators' (a scholar's words on a party are a
		// statement).
		return true
	}
	if firm(ce.Source) && s.tradeVerb(ce.VerbSpan) && (len(ce.Target) == 3 || privateParty(ce.Target)) && !s.armsTrade(ce.VerbSpan) {
		// "Honda shipped 34,701 vehicles to the U.S.", "Toyota hopes
		// to import 610,000 cars from Japan", "the state oil company
		// will supply more crude to U.S. refiners": a firm's trade
		// with a country's market or with other firms is business
		// news (GUIDELINES sec. 1). A firm's dealings with a state's
		// organs stay, and so does an arms deal ("a contract to
		// supply Switzerland with military equipment").
		return true
	}
	if ce.Code == "061" && s.tradeVerb(ce.VerbSpan) && !s.armsTrade(ce.VerbSpan) {
		// "the Soviet Union sold 400 mln dlrs of goods to the
		// United States", "Indonesia has imported 12,000 tonnes
		// of sugar from Cuba", "the Federal Reserve bought Treasury
		// bills for a customer": goods bought, imported or exported
		// (Phoenix's PURCHASE, IMPORT and EXPORT default, 061) are
		// trade and market news, not economic cooperation between
		// the parties, whoever trades (GUIDELINES sec. 1). Arms
		// bought or sold stay (Phoenix codes them 062 or 072).
		return true
	}
	if (privateParty(ce.Source) || s.firmSpan(ce.Source, ce.SourceSpan)) &&
		(ce.Target == "" || privateParty(ce.Target) || s.firmSpan(ce.Target, ce.TargetSpan) || s.goodsSpan(ce.Target, ce.TargetSpan)) &&
		!rootIn(ce.Code, "14", "18", "19", "20") {
		// "The industry is targeting people who run websites",
		// "reporters asked to see the questionnaires", "a studio
		// bought the rights to the show": firms, the press, schools
		// and the public dealing with one another (or with nobody
		// named) are business, culture and consumer news, not
		// politics. Protest and violence among them stay events.
		return true
	}
	if rootIn(ce.Code, "03", "04", "05", "06", "07", "08") && len(ce.Source) == 3 && len(ce.Target) > 3 && ce.Target[:3] == ce.Source &&
		(hasRole(ce.Target, "GOV") || hasRole(ce.Target, "MIL") || hasRole(ce.Target, "LEG") || hasRole(ce.Target, "JUD") || hasRole(ce.Target, "COP")) {
		// "emergency talks with Washington and the two sides would
		// meet" read with Washington (USA) and the pair (USAGOV) one
		// coordination: a state and its own government, forces,
		// parliament, courts or police are one party, which does not
		// meet, agree or cooperate with itself (GUIDELINES sec. 1).
		return true
	}
	if len(ce.Target) == 3 && len(ce.Source) > 3 && ce.Source[:3] == ce.Target && s.placeSpan(ce.TargetSpan) &&
		!(rootIn(ce.Code, "19", "20") && armedChallenger(ce.Source)) && !(verbalCode(ce.Code) && dissident(ce.Source)) {
		// "he went to California", "withdraw from southern
		// Lebanon": a place of the source's own country is where
		// it acts, not a party. Rebels who take or attack a town
		// fight the country's state ("M23 rebels captured Goma"),
		// and its critics accuse the state its capital stands for
		// ("The ANC accused Pretoria of murder").
		return true
	}
	if len(ce.Target) == 3 && len(ce.Source) > 3 && ce.Source[:3] == ce.Target && (verbalCode(ce.Code) || rootIn(ce.Code, "13") || rootIn(ce.Code, "05") && !strings.HasPrefix(ce.Code, "057")) && (ce.Code == "010" || !dissident(ce.Source)) {
		// "Erdogan said Turkey would not bow to pressure", "warned
		// that Ankara would launch an operation", "apologised for
		// Japan's wartime aggression": an actor's words about its own
		// country are not an event between them (but "Human rights groups criticized Sudan"
		// is one of its critics).
		return true
	}
	return false
}

// addressed reports whether verb v (0-based; -1 for none) of an appeal
// has an addressee among its dependents: an object that is a name (not a
// month's or a day's), a pronoun, people, states (stateParties: "urged
// developing countries", also when the parser hung what they are urged
// to do on the noun; not "those countries", named before) or an actor
// phrase ("urged them", "asked the negotiators", "asked foreign
// governments"; not an amount the dictionaries discard), any object told
// to act
// ("urged developing countries to open their markets"), a phrase with
// "on", "upon" or "to" ("called on major industrial countries",
// "appealed to the rebels"), or an appeal for people ("appealed for the
// weapons inspectors to be given more time"). An appeal for calm, peace,
// talks or an inquiry (settleAppeals) counts as addressed: it is made to
// the parties of the conflict or the affair, whom the sentence need not
// name ("called for calm", "called for a public inquiry into the war").
func (s *sentence) addressed(v int) bool {
	if v < 0 {
		return true
	}
	found := false
	told := childRel(s.Sentence, v, "xcomp") >= 0 // "urged developing countries to open their markets"
	children(s.Sentence, v, func(k int) bool {
		t := s.Tokens[k]
		people := t.UPOS == "PROPN" && !nlp.MonthWord(t.Text) && !nlp.TimeNoun(t.Text) || t.UPOS == "PRON" || peopleNoun(t.Text) || s.partyHead(k) ||
			stateParties[strings.ToLower(t.Text)] && !s.definiteNoun(k)
		switch rel, _, _ := strings.Cut(t.Rel, ":"); rel {
		case "obj", "iobj":
			found = told || people || settleAppeals[strings.ToLower(t.Lemma)]
		case "obl":
			found = hasCaseWord(s.Sentence, k, "on") || hasCaseWord(s.Sentence, k, "upon") || hasCaseWord(s.Sentence, k, "to") ||
				people || settleAppeals[strings.ToLower(t.Lemma)]
		}
		return !found
	})
	return found
}

// stateParties (lower case) are the plural nouns of states that an
// appeal may be made to though no dictionary codes them: "urged
// developing countries to open up their markets".
var stateParties = map[string]bool{"countries": true, "nations": true}

// definiteNoun reports whether noun k (0-based) has a definite or
// demonstrative determiner ("those countries", "the nations"), which
// points back to parties named before.
func (s *sentence) definiteNoun(k int) bool {
	def := false
	children(s.Sentence, k, func(c int) bool {
		switch strings.ToLower(s.Tokens[c].Text) {
		case "the", "those", "these", "both":
			def = s.Tokens[c].Rel == "det"
		}
		return !def
	})
	return def
}

// appealAddressee reports whether the target of appeal ce is the one
// appealed to, an agent other than people at large: the object of the
// verb told to act ("urged firms to cut prices") or its phrase with "on",
// "upon" or "to" ("called on the food industry"), not a thing asked for
// ("asked about protection for oil tankers") nor "people" ("wants people
// to be able to choose").
func (s *sentence) appealAddressee(ce coder.Event) bool {
	v, h := verbToken(s.Sentence, ce.VerbSpan), spanHead(s.Sentence, ce.TargetSpan)
	if v < 0 || h < 0 || s.Tokens[h].Head != v+1 || len(ce.Target) >= 6 && (ce.Target[3:6] == "CVL" || ce.Target[3:6] == "PPL") {
		return false
	}
	switch rel, _, _ := strings.Cut(s.Tokens[h].Rel, ":"); rel {
	case "obj", "iobj":
		return childRel(s.Sentence, v, "xcomp") >= 0
	case "obl":
		return hasCaseWord(s.Sentence, h, "on") || hasCaseWord(s.Sentence, h, "upon") || hasCaseWord(s.Sentence, h, "to")
	}
	return false
}

// mentionHead reports whether token k (0-based) heads an actor mention.
func (s *sentence) mentionHead(k int) bool {
	for _, m := range s.actors {
		if m.Head == k+1 {
			return true
		}
	}
	return false
}

// partyHead reports whether token k (0-based) heads an actor mention
// that codes a party (not a phrase the dictionaries discard, such as an
// amount of money: "appealed for an additional 160 mln dlrs").
func (s *sentence) partyHead(k int) bool {
	for _, m := range s.actors {
		if m.Head == k+1 && m.Kind != actors.NotActor {
			return true
		}
	}
	return false
}

// ensuredParty reports whether "ensure" verb v (0-based) has for object
// a party's cooperation, support or help ("ensured Japan's support"),
// the promises Phoenix's PROMISE patterns code, rather than a clause or
// another thing.
func (s *sentence) ensuredParty(v int) bool {
	if childRel(s.Sentence, v, "ccomp") >= 0 {
		return false
	}
	obj := childRel(s.Sentence, v, "obj")
	return obj >= 0 && promisedNouns[strings.ToLower(s.Tokens[obj].Lemma)]
}

// promisedNouns (lemmas) are what Phoenix's PROMISE block codes as
// promised to a party (030).
var promisedNouns = map[string]bool{"cooperation": true, "support": true, "help": true, "assistance": true}

// settleAppeals (lemmas) are what an appeal asks of the parties to a
// conflict or an affair: calm, an end to it, peace, talks, an inquiry.
var settleAppeals = map[string]bool{
	"calm": true, "end": true, "peace": true, "settlement": true, "ceasefire": true, "cease-fire": true,
	"truce": true, "restraint": true, "talks": true, "talk": true, "dialogue": true, "negotiation": true,
	"inquiry": true, "investigation": true, "probe": true, "release": true, "withdrawal": true, "resignation": true,
}

// domesticPublic reports whether an actor code is of a country's
// private parties or its public: firms, the press, schools, citizens
// (privateParty), workers, farmers, health services.
func domesticPublic(code string) bool {
	return privateParty(code) || hasRole(code, "LAB") || hasRole(code, "AGR") || hasRole(code, "HLH")
}

// opposedState reports whether an event of CAMEO code from source to
// target is an opposition party's verbal act other than a plain
// statement (appeals, criticism, rejection, demands, threats, protest:
// roots 02 and 10-14) whose target is the party's own country as such.
func opposedState(source, target, code string) bool {
	return len(target) == 3 && len(source) >= 6 && source[:3] == target && hasRole(source, "OPP") &&
		rootIn(code, "02", "10", "11", "12", "13", "14") && code != "010"
}

// dissident reports whether an actor code is of those who speak against
// their state: the opposition, rights groups, rebels, citizens, workers,
// students, clergy, NGOs.
func dissident(code string) bool {
	return crowdRole(code) || hasRole(code, "REB") || hasRole(code, "INS")
}

// lastTopicSentence is the last sentence (0-based; the title is −1) in
// which a story discard phrase discards the story: the title and the
// first two sentences say what a story is about, and a phrase later on is
// a passing mention that drops only its sentence.
const lastTopicSentence = 1

// leadWeight is how many times the countries of the title and the lead
// sentence count towards the article's country.
const leadWeight = 3

// leadDates dates the lead sentence's events from the next sentence, as
// wire stories tell them: "A judge said the government was too
// sensitive. … Judge Eric Kumitsonyo said Thursday that …" — the lead
// gives no day, the second sentence repeats its verb with one. An event
// of sentence 0 dated only by the article takes the date of the same verb
// in sentence 1 (second, nil when it was not parsed), when a temporal
// expression dates it there.
func leadDates(evs []event.Event, second *sentence, ac *articleCtx) {
	if second == nil {
		return
	}
	for i := range evs {
		e := &evs[i]
		if e.SentenceIndex != 0 || e.DateBasis != event.BasisArticle {
			continue
		}
		for k, t := range second.Tokens {
			if t.UPOS != "VERB" || !strings.EqualFold(t.Text, e.Verb.Text) {
				continue
			}
			if d, _ := dates.EventDateFlags(second.text, second.Sentence, k+1, ac.date, ac.hasDate); d.Basis == dates.BasisText {
				setDate(e, d)
				break
			}
		}
	}
}

// cutDateline drops the tokens of a dateline at the start of sentence s
// of text (see places.Gazetteer.Dateline), keeping at least one token.
// It also returns the dateline's country ("" when none was cut).
func (x *Extractor) cutDateline(text string, s nlp.Sentence) (nlp.Sentence, string) {
	if len(s.Tokens) < 3 || s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return s, ""
	}
	dl, ok := x.gaz.Dateline(text[s.Start:s.End])
	if !ok || !dl.Resolved {
		return s, ""
	}
	end := s.Start + dl.End
	k := 0
	for k < len(s.Tokens)-1 && s.Tokens[k].End <= end {
		k++
	}
	if k == 0 {
		return s, ""
	}
	s.Tokens = s.Tokens[k:]
	s.Start = s.Tokens[0].Start
	return s, dl.Place.Country
}

// landmarks are seats of government that news names as places ("met at
// the White House"), lower case, with their city.
var landmarks = map[string]string{
	"white house": "Washington", "kremlin": "Moscow", "downing street": "London",
	"elysee palace": "Paris", "élysée palace": "Paris", "great hall of the people": "Beijing",
	"blue house": "Seoul", "capitol": "Washington",
}

// homeCountry returns the country of an event between actors of one
// country (or with no target), for an event whose sentence names no place
// in an article without a dateline: a British minister criticising the
// Conservatives is placed in Britain (the gazetteer places a country at
// its capital). Events between countries get no place this way.
func (x *Extractor) homeCountry(e event.Event) (places.Place, bool) {
	src := e.Source.Code
	if len(src) < 3 {
		return places.Place{}, false
	}
	if e.Target != nil && (len(e.Target.Code) < 3 || e.Target.Code[:3] != src[:3]) {
		return places.Place{}, false
	}
	return x.gaz.CountryByCode(src[:3])
}

// articleCity returns the city of country iso3 where an undatelined
// article's events between that country's actors take place when their
// own sentences name no place: the one city of the country that the
// article names after a locative preposition, in a sentence at most
// sceneReach sentences from the event's ("Speaking in Harrogate, Mr
// Kennedy said ..." places the attacks of his conference speech two
// sentences before it). An article naming two or more such cities of the
// country names no one scene, and a city named far from the event is the
// scene of other news.
func (x *Extractor) articleCity(ac *articleCtx, iso3 string, index int) (places.Place, bool) {
	if ac.cities == nil {
		ac.cities = map[string][]cityMention{}
		for _, s := range ac.sents {
			for _, m := range x.gaz.Mentions(s.text, s.Sentence, ac.placeCtx) {
				p := m.Place
				if m.Resolved && m.Locative && p.Resolution == places.City && p.Located() && sceneOfSpeech(s.Tokens, m.First) {
					ac.cities[p.Country] = append(ac.cities[p.Country], cityMention{p, s.index})
				}
			}
		}
	}
	cs := ac.cities[iso3]
	near := false
	for _, c := range cs {
		if c.place.GeonameID != cs[0].place.GeonameID {
			return places.Place{}, false
		}
		near = near || abs(c.index-index) <= sceneReach
	}
	if !near {
		return places.Place{}, false
	}
	return cs[0].place, true
}

// sceneOfSpeech reports whether the place name starting at token first
// is where someone spoke or met: a word of speaking or gathering comes at
// most four words before it ("Speaking in Harrogate", "in a speech in
// Edinburgh", "told activists in Blackburn", "the party's spring
// conference in Brighton"). Other cities of an article ("a meeting of
// 1953", "trading in New York", "the 1981 Brixton riots") are the scenes
// of other news.
func sceneOfSpeech(toks []nlp.Token, first int) bool {
	for k := first - 1; k >= 0 && k >= first-5; k-- {
		if sceneWords[strings.ToLower(toks[k].Text)] {
			return true
		}
	}
	return false
}

// sceneWords are the words of speaking and gathering that make a city
// named after them an article's scene (see sceneOfSpeech).
var sceneWords = map[string]bool{
	"speaking": true, "spoke": true, "speak": true, "speech": true, "speeches": true, "address": true,
	"addressed": true, "addressing": true, "told": true, "telling": true, "conference": true,
	"rally": true, "meeting": true, "session": true, "audience": true, "convention": true,
	"congress": true, "summit": true, "hustings": true,
}

// sceneReach is how many sentences away from an event the city of its
// article's scene may be named (see Extractor.articleCity).
const sceneReach = 4

// landmark returns the city of a seat of government that the event's
// clause names after "at" or "in" ("met Trump at the White House"),
// resolved in the gazetteer.
func (x *Extractor) landmark(s nlp.Sentence, v int) (places.Place, bool) {
	if v < 0 {
		return places.Place{}, false
	}
	toks := s.Tokens
	for k := 0; k+1 < len(toks); k++ {
		p := strings.ToLower(toks[k].Text)
		if p != "at" && p != "in" {
			continue
		}
		j := k + 1
		if j < len(toks) && strings.EqualFold(toks[j].Text, "the") {
			j++
		}
		for n := 3; n >= 1; n-- {
			if j+n > len(toks) {
				continue
			}
			var b strings.Builder
			for i := j; i < j+n; i++ {
				if i > j {
					b.WriteByte(' ')
				}
				b.WriteString(strings.ToLower(toks[i].Text))
			}
			if city, ok := landmarks[b.String()]; ok {
				return x.gaz.Resolve(city, places.Context{})
			}
		}
	}
	return places.Place{}, false
}

// sceneCountry returns the country of the first resolved locative place
// mention of a sentence ("in Cairo"), or "": not a country named before
// a currency ("in U.S. Dollars") or a mission ("outside the U.S.
// embassy").
func (s *sentence) sceneCountry() string {
	for _, m := range s.places {
		if m.Locative && m.Resolved && m.Place.Country != "" && !s.namesThing(m) && !s.topicPlace(m) {
			return m.Place.Country
		}
	}
	return ""
}

// criticismReason reports whether verb v, or the noun of its oblique
// ("came under fire ..."), has a phrase saying what it is over or for
// ("over its trade surplus", "for its chip dumping"): a matter one is
// criticised for, which gunfire has not. A stretch of time is none ("over
// the weekend"), and "for" needs the matter's owner.
func (s *sentence) criticismReason(v int) bool {
	reason := func(k int) bool {
		t := s.Tokens[k]
		if t.UPOS != "NOUN" || t.Rel != "obl" && t.Rel != "nmod" || timeSpans[strings.ToLower(t.Lemma)] {
			return false
		}
		owned := false
		for _, c := range s.Tokens {
			if c.Head == k+1 && c.Rel == "nmod:poss" {
				owned = true
			}
		}
		for _, c := range s.Tokens[:k] {
			if c.Head == k+1 && c.Rel == "case" && (strings.EqualFold(c.Text, "over") || owned && strings.EqualFold(c.Text, "for")) {
				return true
			}
		}
		return false
	}
	for k, t := range s.Tokens {
		if t.Head != v+1 || t.Rel != "obl" {
			continue
		}
		if reason(k) {
			return true
		}
		for n, u := range s.Tokens {
			if u.Head == k+1 && reason(n) {
				return true
			}
		}
	}
	return false
}

// timeSpans (lemmas) are the nouns of a stretch of time ("over the
// weekend", "for the third day").
var timeSpans = map[string]bool{
	"day": true, "night": true, "week": true, "weekend": true, "month": true, "year": true, "hour": true,
	"period": true, "decade": true, "summer": true, "winter": true, "spring": true, "autumn": true, "past": true,
}

// scenePlaces returns the place mentions of the sentence that may locate
// its events: not those that name a thing (namesThing).
func (s *sentence) scenePlaces() []places.Mention {
	if !slices.ContainsFunc(s.places, s.namesThing) {
		return s.places
	}
	return slices.DeleteFunc(slices.Clone(s.places), s.namesThing)
}

// namesThing reports whether place mention m is a country named before a
// currency ("holding reserves in U.S. dollars") or a mission ("protested
// outside the U.S. embassy"), no place where something happens.
func (s *sentence) namesThing(m places.Mention) bool {
	return s.beforeCurrency(m.End) || s.beforeMission(m.End)
}

// topicPlace reports whether place mention m locates an event or a topic
// that the noun before its "in" names rather than an act of the
// sentence's clauses: "the elections in Iraq", "the war in Iraq", "the
// violence in Darfur" ("the prime minister should make a statement
// regarding the elections in Iraq, Mr Kennedy said": the prime minister
// is not Iraq's). The words decide, not the parse, which often attaches
// such a phrase to the verb.
func (s *sentence) topicPlace(m places.Mention) bool {
	if m.First < 2 || m.First >= len(s.Tokens) || !strings.EqualFold(s.Tokens[m.First-1].Text, "in") {
		return false
	}
	n := s.Tokens[m.First-2]
	h := strings.ToLower(n.Lemma)
	return n.UPOS == "NOUN" && (eventSceneNouns[h] || actors.TopicNoun(strings.ToLower(n.Text)))
}

// eventSceneNouns (lower case lemmas) name events and situations that
// happen in a place and that people elsewhere talk about: elections and
// the state of a country. Acts of violence are left out: those who act
// after "the violence in Belfast" (police) are often of the place.
var eventSceneNouns = map[string]bool{
	"election": true, "poll": true, "referendum": true, "vote": true,
	"situation": true, "occupation": true, "reconstruction": true,
}

// beforeMission reports whether the token after byte offset end names a
// diplomatic mission: "protested outside the U.S. embassy in Manila" is
// in Manila, the embassy's country is the one protested against.
func (s *sentence) beforeMission(end int) bool {
	for _, t := range s.Tokens {
		if t.Start >= end {
			switch strings.ToLower(t.Lemma) {
			case "embassy", "consulate", "mission":
				return true
			}
			return false
		}
	}
	return false
}

// beforeCurrency reports whether the token after byte offset end names a
// currency: "reserves held in U.S. Dollars" names no scene.
func (s *sentence) beforeCurrency(end int) bool {
	for _, t := range s.Tokens {
		if t.Start >= end {
			return dictionary.Currency(strings.ToLower(t.Lemma)) && t.UPOS != "VERB" && t.UPOS != "AUX" && t.UPOS != "ADJ"
		}
	}
	return false
}

// mentionLookup lets the coder take the codes of the actor mentions ms
// (package actors: titles, surnames, parties, capitals, anaphora) before
// its own dictionary lookup; nil when there are none.
func mentionLookup(ms []actors.Mention) coder.ActorLookup {
	if len(ms) == 0 {
		return nil
	}
	return func(tok int) (string, bool) {
		m, ok := actors.At(ms, tok+1)
		if !ok || m.Code == "" {
			return "", false
		}
		if m.Kind == actors.Nominal && m.Resolved && len(m.Members) > 1 {
			// "the two leaders": the actors it stands for.
			codes := make([]string, 0, len(m.Members))
			for _, c := range m.Members {
				if c.Code != "" && !slices.Contains(codes, c.Code) {
					codes = append(codes, c.Code)
				}
			}
			return strings.Join(codes, "+"), true
		}
		return m.Code, true
	}
}

// joinNames rewrites the parse of a name holding "and" that the parser
// read as a coordination but that a dictionary lists whole and package
// actors coded as one mention ("the Securities and Exchange Commission",
// "Securities" and "Commission" coordinated; "the Federal Savings and
// Loan Insurance Corp"): the coder must see one noun phrase, not a
// coordination of two actors. A conjunct of the mention's head at the
// name's end becomes the head, the first conjunct a compound of it; a
// conjunct inside the name's modifiers becomes a compound, and so does
// its "and".
func (x *Extractor) joinNames(s *nlp.Sentence, ms []actors.Mention) {
	if x.filter.set == nil || x.filter.set.Actors == nil {
		return
	}
	toks := s.Tokens
	var words []string
	for mi := range ms {
		m := &ms[mi]
		if m.Kind != actors.Named || len(m.Members) > 0 || m.Head < 1 || m.Last > len(toks) || m.First < 1 {
			continue
		}
		cc := 0
		for k := m.First + 1; k < m.Last; k++ {
			if r := toks[k-1].Rel; r == "cc" && (strings.EqualFold(toks[k-1].Text, "and") || toks[k-1].Text == "&") {
				cc = k
				break
			}
		}
		if cc == 0 {
			continue
		}
		if words == nil {
			words = make([]string, len(toks))
			for k := range toks {
				words[k] = toks[k].Text
			}
		}
		named := false
		for i := m.First; i < cc && !named; i++ {
			if mt, ok := x.filter.set.Actors.LongestMatch(words[:m.Last], i-1); ok && mt.End > cc {
				named = true
			}
		}
		if !named {
			continue
		}
		h := m.Head
		for k := m.First; k <= m.Last; k++ {
			t := &toks[k-1]
			if t.Rel != "conj" || t.Head < m.First || t.Head > m.Last {
				continue
			}
			if t.Head != h {
				t.Rel = "compound"
				continue
			}
			c := k
			for j := range toks {
				if j+1 != c && toks[j].Head == h {
					toks[j].Head = c
				}
			}
			toks[c-1].Head, toks[c-1].Rel = toks[h-1].Head, toks[h-1].Rel
			toks[h-1].Head, toks[h-1].Rel = c, "compound"
			h, m.Head = c, c
		}
		for k := m.First; k <= m.Last; k++ {
			if t := &toks[k-1]; t.Rel == "cc" && t.Head >= m.First && t.Head <= m.Last {
				t.Rel = "compound"
			}
		}
	}
}

// splitNames rewrites the parse of two names coordinated that the parser
// read as one name and package actors coded as two members ("the U.S.
// and West Germany", "U.S." a compound of "Germany", see
// actors.Mention.Members): the coder must see a coordination. The first
// name's last word becomes the head of the phrase, with the phrase's
// determiner, case marker and the first name's other words; the second
// name's head becomes its conjunct.
func splitNames(s *nlp.Sentence, ms []actors.Mention) {
	toks := s.Tokens
	for _, m := range ms {
		if m.Kind != actors.Named || len(m.Members) != 2 || m.First < 1 || m.Last > len(toks) {
			continue
		}
		a, b := m.Members[0], m.Members[1]
		f, h, c := a.Last, b.Last, a.Last+1 // 1-based
		if c+1 != b.First || h != m.Head || toks[c-1].Rel != "cc" || toks[c-1].Head != h ||
			toks[f-1].Rel != "compound" || toks[f-1].Head != h {
			continue
		}
		for j := range toks {
			if toks[j].Head == h && j+1 < c && j+1 != f {
				toks[j].Head = f // "the", "by", the first name's words
			}
		}
		toks[f-1].Head, toks[f-1].Rel = toks[h-1].Head, toks[h-1].Rel
		toks[h-1].Head, toks[h-1].Rel = f, "conj"
	}
}

// nullActor is the coder's code for a noun phrase no dictionary codes.
const nullActor = actors.NullCode

// shift moves every offset of s by off bytes.
func shift(s *nlp.Sentence, off int) {
	s.Start += off
	s.End += off
	for k := range s.Tokens {
		s.Tokens[k].Start += off
		s.Tokens[k].End += off
	}
}

// sentenceEvents appends the records of the coder's events of one
// sentence to out.
func (x *Extractor) sentenceEvents(out []event.Event, res *Result, s *sentence, evs []coder.Event, ac *articleCtx) []event.Event {
	first := len(out)
	mentions := s.scenePlaces()
	placedAt := map[int]*event.Location{} // verb token -> place its event got from the sentence
	var issues event.List
	issuesDone := false
	sentText := s.text[s.Start:s.End]
	for i, ce := range evs {
		if broaderTwin(evs, i) {
			continue
		}
		if ce.Target == "" && rootIn(ce.Code, "14") {
			ce.Target, ce.TargetSpan = s.purposeTarget(evs, ce)
		}
		ce.Source = ac.dissolved(normalizeActor(ce.Source, ac.historical(s.agentCountry(ce.SourceSpan, ac.agentContext(s, ce.SourceSpan)))))
		ce.Target = ac.dissolved(normalizeActor(ce.Target, ac.historical(s.agentCountry(ce.TargetSpan, ac.agentContext(s, ce.TargetSpan)))))
		ce.Target = s.victimCountry(ce)
		ce.Code = s.seizureCode(ce)
		ownSide := ce.Source == ce.Target || len(ce.Target) == 3 && strings.HasPrefix(ce.Source, ce.Target)
		if ce.Code == "011" && (s.refusal(ce.VerbSpan) && (ownSide || s.commentTopic(ce.Target, ce.TargetSpan)) || ownSide && s.modalRefusal(ce.VerbSpan)) {
			// "But he declined to comment on the prospects for action
			// by the Fed", "declined to comment on the Toronto Globe
			// and Mail report", "would not say whether he would cut
			// taxes": a comment withheld about one's own side or
			// country is withheld from no one in particular;
			// so is one withheld on a thing a place or the press
			// names ("declined comment on the Paris accord", "on
			// rumours on the London stock market", "on local press
			// reports").
			ce.Target, ce.TargetSpan = "", coder.Span{}
		}
		if rootIn(ce.Code, "14") && hasRole(ce.Source, "GOV") && s.stateStaff(ce.SourceSpan) {
			// "Civil servants in Wales joined the UK-wide strike":
			// the state's staff on strike or protesting are labour
			// (GUIDELINES sec. 2: workers), not their government.
			ce.Source = ce.Source[:3] + "LAB"
		}
		if strings.HasPrefix(ce.Target, nullActor) && len(ce.Target) > len(nullActor) && rootIn(ce.Code, "02", "10") && s.appealAddressee(ce) {
			// "The European Union called on the food industry to cut
			// adverts": an appeal or a demand made to an agent whose
			// country nothing gives has an unknown addressee, a null
			// target (GUIDELINES sec. 2), not no event.
			ce.Target, ce.TargetSpan = "", coder.Span{}
		}
		if strings.HasPrefix(ce.Target, nullActor) && rootIn(ce.Code, "17", "18", "19", "20") && s.vesselSpan(ce.TargetSpan) {
			// "Iran seized an oil tanker": force against a ship of
			// no stated flag is an act on an unknown target, not no
			// event.
			ce.Target, ce.TargetSpan = "", coder.Span{}
		}
		if v := verbToken(s.Sentence, ce.VerbSpan); v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "fall") &&
			!(armedChallenger(ce.Source) || hasRole(ce.Source, "MIL") || strings.HasPrefix(ce.Source, "IMG")) {
			// "Ramadi fell to Islamic State": a town falls to an
			// armed party only; "shipments to Mexico fell" and
			// "exports fell to 5.8 billion" are no conquest.
			continue
		}
		if v := verbToken(s.Sentence, ce.VerbSpan); v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "come") && rootIn(ce.Code, "19") &&
			len(ce.Source) > 3 && !armedChallenger(ce.Source) && !stateForce(ce.Source) && !strings.HasPrefix(ce.Source, "IMG") ||
			v >= 0 && strings.EqualFold(s.Tokens[v].Lemma, "come") && rootIn(ce.Code, "19") && (hasRole(ce.Source, "GOV") || len(ce.Source) == 3 && s.criticismReason(v)) {
			// "Brown came under fire from the Conservatives": fire
			// from a party without arms is criticism (111), and so
			// is fire over a matter ("Japan came under fire from the
			// United States over its trade surplus").
			ce.Code = "111"
		}
		if v := verbToken(s.Sentence, ce.VerbSpan); v >= 0 && rootIn(ce.Code, "17") && battleLosses(s.Sentence, v) &&
			(hasRole(ce.Source, "MIL") || armedChallenger(ce.Source) || hasRole(ce.Target, "MIL") || armedChallenger(ce.Target)) {
			// "Iranian troops inflicted heavy losses on Iraqi troops":
			// losses inflicted in a war are the fighting (190), not
			// a penalty imposed (Phoenix reads INFLICT as IMPOSE,
			// 170).
			ce.Code = "190"
		}
		if ce.Target == "" && rootIn(ce.Code, "19") && len(ce.Source) >= 3 {
			// "Russian jets launched air strikes in Syria": force
			// used in another country, with no party named as its
			// target, is used against that country.
			if m, ok := s.foreignScene(verbToken(s.Sentence, ce.VerbSpan), ce.Source[:3]); ok {
				ce.Target = ac.historical(m.Place.Country)
				ce.TargetSpan = coder.Span{Start: m.Start, End: m.End}
			}
		}
		if ce.Target == "" && (ce.Code == "1723" || ce.Code == "1724") && len(ce.Source) >= 3 {
			// "Sri Lanka declared a state of emergency", "imposed a
			// curfew in Nairobi": a curfew or a state of emergency
			// is imposed on the people of the place it covers, else
			// on the source's own.
			ce.Target = s.curfewCountry(verbToken(s.Sentence, ce.VerbSpan), ac.historical(ce.Source[:3]))
		}
		if len(ce.Target) == 3 && len(ce.Source) > 3 && ce.Source[:3] == ce.Target && rootIn(ce.Code, "14") &&
			!stateForce(ce.Source) && s.placeSpan(ce.TargetSpan) {
			// "Students marched through Nairobi": a town of the
			// protesters' own country is where they protest, not
			// whom they protest against (but their purpose may
			// name one: "to protest against the government").
			ce.Target, ce.TargetSpan = s.purposeTarget(evs, ce)
			if ce.Target != "" {
				ce.Target = ac.dissolved(normalizeActor(ce.Target, ac.historical(s.agentCountry(ce.TargetSpan, ac.agentContext(s, ce.TargetSpan)))))
			}
		}
		if len(ce.Target) == 3 && ce.Target != nullActor && rootIn(ce.Code, "18", "19", "20") && s.rebelHeldObject(verbToken(s.Sentence, ce.VerbSpan)) {
			// "shelled rebel-held districts of eastern Ghouta": the
			// rebels who hold the place named by the country.
			ce.Target += "REB"
		}
		if len(ce.Target) == 3 && ce.Target != nullActor && rootIn(ce.Code, "18", "19", "20") && s.militaryPositions(ce.TargetSpan) {
			// "attacked Iraqi positions", "breached Iraqi defence
			// lines": the positions a state holds in a war are its
			// armed forces'.
			ce.Target += "MIL"
		}
		if len(ce.Target) == 3 && len(ce.Source) > 3 && ce.Source[:3] == ce.Target && rootIn(ce.Code, "18", "19", "20") &&
			stateForce(ce.Source) && s.placeSpan(ce.TargetSpan) && bombardment(s.Sentence, verbToken(s.Sentence, ce.VerbSpan)) {
			// "Syrian government forces shelled the city of Homs":
			// a state's forces striking a town of their own country
			// strike its people.
			ce.Target += "CVL"
		}
		if s.newsChannel(ce) {
			if ce.Code != "011" && ce.Code != "016" {
				continue
			}
			// "declined comment on a reporter's query", "denied a
			// Washington Post report": the refusal or the denial
			// stands, made to no party.
			ce.Target, ce.TargetSpan = "", coder.Span{}
		}
		if len(ce.Target) >= 3 && len(ce.Source) >= 3 && ce.Target[:3] != ce.Source[:3] && s.saidTopicTarget(ce) {
			// "rejected criticism of its security law for Hong
			// Kong": the rejection answers the critics, whom the
			// sentence does not name, not the criticism's topic.
			ce.Target, ce.TargetSpan = "", coder.Span{}
		}
		if rootIn(ce.Code, "05") && s.admittedWrong(ce) {
			// "TRW officials admitted to the inspector general that
			// they had kept two sets of books": to admit a deed is
			// to acknowledge responsibility (015), not Phoenix's
			// admission of a party (050, "admit China into the
			// GSP"). A deed read as the target ("admitting a brief
			// attachment to the BNP", "Monsanto admitted one of its
			// employees paid the official") is no party it is
			// admitted to.
			if h := spanHead(s.Sentence, ce.TargetSpan); h < 0 || !s.mentionHead(h) {
				continue
			}
			ce.Code = "015"
		}
		if rootIn(ce.Code, "18", "19", "20") && s.abstractFoe(ce) {
			if !strings.EqualFold(s.Tokens[verbToken(s.Sentence, ce.VerbSpan)].Lemma, "attack") {
				continue
			}
			// "Baker attacked the rise in West German interest
			// rates": an attack on a course or a measure is
			// criticism of whose it is.
			ce.Code = "111"
		}
		if s.noEvent(ce) || x.cityParty(s, ce) {
			continue
		}
		if v := verbToken(s.Sentence, ce.VerbSpan); ce.Code == "040" && v >= 0 && thinkingVerbs[strings.ToLower(s.Tokens[v].Lemma)] {
			// "investors pondered Reagan's decision", "authorities
			// are weighing rules for banks": Phoenix's CONSIDER block
			// defaults its verbs to consultation (040), but thinking
			// a thing over meets no one; what its patterns code
			// (considering a proposal, 014) stays.
			continue
		}
		info, code, ok := lookupCode(violenceCode(ce.Code, ce.Source))
		if !ok {
			res.Warnings = append(res.Warnings, fmt.Errorf("sentence %d: %w: %q", s.index, ErrUnknownCode, ce.Code))
			continue
		}
		dup := false
		for k := first; k < len(out); k++ {
			if out[k].Source.Code != ce.Source || targetCode(out[k].Target) != ce.Target {
				continue
			}
			if out[k].CAMEO == code || out[k].CAMEORoot == info.Root && sameArguments(out[k], s.text, ce) {
				// The same act twice, or one act told by two verbs
				// of one root on the same phrases ("shot and
				// killed a teenager").
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		e := event.Event{
			ArticleID:     ac.id,
			SentenceIndex: s.index,
			Sentence:      sentText,
			Source:        actor(s.text, ce.Source, ce.SourceSpan),
			Verb:          event.Span{Text: spanText(s.text, ce.VerbSpan), Start: ce.VerbSpan.Start, End: ce.VerbSpan.End},
			Coder:         x.coderID,
		}
		setCode(&e, info, code)
		if ce.Target != "" {
			t := actor(s.text, ce.Target, ce.TargetSpan)
			e.Target = &t
		}
		v := verbToken(s.Sentence, ce.VerbSpan)
		if wc := wordsCode(s.Sentence, v, e.CAMEO, e.Source.Code, ce.Target); wc != e.CAMEO {
			if info, code, ok := lookupCode(wc); ok {
				setCode(&e, info, code)
			}
		}
		var df dates.Flags
		if v >= 0 {
			var d dates.Date
			d, df = dates.EventDateFlags(s.text, s.Sentence, v+1, ac.date, ac.hasDate)
			if cv := clauseVerb(s.Sentence, v); cv != v && d.Basis != dates.BasisText {
				// An event noun is dated by its clause ("talks ended
				// on Tuesday").
				d, df = dates.EventDateFlags(s.text, s.Sentence, cv+1, ac.date, ac.hasDate)
			}
			if h := sharedClauseHead(s.Sentence, v); h >= 0 && d.Basis != dates.BasisText {
				// "opened fire on protesters on Sunday, killing 18":
				// a participle or conjoined verb without a date of
				// its own happened when its head did.
				if hd, hf := dates.EventDateFlags(s.text, s.Sentence, h+1, ac.date, ac.hasDate); hd.Basis == dates.BasisText {
					d, df = hd, hf
				}
			}
			if r := reportingVerb(s.Sentence, v); r >= 0 && (ce.Intent || d.Basis != dates.BasisText) {
				// A reported act without a date of its own is dated
				// by its report ("Japan warned ..., an official said
				// at the weekend"); a stated intent always is.
				if rd, _ := dates.EventDateFlags(s.text, s.Sentence, r+1, ac.date, ac.hasDate); ce.Intent || rd.Basis == dates.BasisText {
					d = rd
				}
			}
			if cv := controllerVerb(s.Sentence, v); cv >= 0 && d.Basis != dates.BasisText {
				// "threatened on Friday to attack": a threatened,
				// intended or refused act without a date of its own
				// takes its controller's.
				if cd, _ := dates.EventDateFlags(s.text, s.Sentence, cv+1, ac.date, ac.hasDate); cd.Basis == dates.BasisText {
					d = cd
				}
			}
			setDate(&e, d)
		} else if ac.hasDate {
			e.Date, e.DatePrecision, e.DateBasis = event.DateOf(ac.date), event.Day, event.BasisArticle
		}
		if sportsResult(s.Sentence, v) || citing(s.Sentence, v) {
			continue
		}
		if named, insult := naming(s.Sentence, v, ce.Code); named {
			if !insult {
				continue
			}
			if info, code, ok := lookupCode("111"); ok {
				setCode(&e, info, code)
			}
			if hasEvent(out[first:], e) {
				continue // "condemned the strikes, calling them an act of aggression"
			}
		}
		if judgedAct(s.Sentence, v) || reportedContent(s.Sentence, v) || showing(s.Sentence, v, e.CAMEO) {
			continue
		}
		e.Flags = flags(s.text, s.Sentence, v, df)
		if ce.Intent {
			// A stated intent or threat happened when it was said.
			e.Flags = dropFlag(dropFlag(e.Flags, event.Future), event.Hypothetical)
		}
		if e.CAMEO == "011" {
			// "would not comment", "did not wish to comment": the
			// negation is the refusal CAMEO's 011 codes, which
			// happened when it was said.
			e.Flags = dropFlag(dropFlag(dropFlag(e.Flags, event.Negated), event.Future), event.Hypothetical)
		}
		c := controller(s.Sentence, v)
		if c == "threaten" && !warnedOwnAct(s, v) {
			// "warned the crowd that Israel might attack Lebanon": a
			// warning that another party will act is no threat of
			// that party; its act is only foreseen.
			c = "warn"
		}
		switch {
		case prepositionParticiple(s.Sentence, v):
			// "opposition parties excluding the communists",
			// "Concerning Saudi Arabia, Oakley said": a participle
			// used as a preposition names no act.
			continue
		case c == "proposal":
			// "Israel's proposal to withdraw its troops": an act
			// named by a noun is no event (GUIDELINES sec. 1).
			continue
		case c == "propose" && !cooperativeRoot(e.CAMEORoot), c == "" && (nounPurpose(s.Sentence, v) || gerundTopic(s.Sentence, v)):
			// "investors pondered Reagan's decision to impose
			// tariffs", "the Senate defeated an attempt to cut aid",
			// "a bill to enable farmers to receive payments", "a
			// strike to pressure port officials": an act an
			// infinitive names inside a noun phrase is decided,
			// tried or meant, not reported done (GUIDELINES sec. 1:
			// events only in a noun or a reduced modifier are not
			// coded). Only cooperation a party decides or offers is
			// its intent ("welcomed Belarus's decision to release
			// political prisoners", 035). A gerund after "about"
			// ("spoke about sending troops") is a topic, no act.
			continue
		case threatVerbs[c]:
			// "North Korea threatened to strike South Korea": the
			// threat happened, the strike did not.
			if info, code, ok := lookupCode(coder.ThreatCode(e.CAMEO)); ok {
				setCode(&e, info, code)
				e.Flags = dropFlag(dropFlag(e.Flags, event.Hypothetical), event.Future)
			}
		case appealVerbs[c], c == "warn", c == "demand":
			// "urged Putin to withdraw troops": asked for, not done.
			e.Flags = addFlag(e.Flags, event.Hypothetical)
		case c == "prevent":
			// "banned women from attending universities": the ban is
			// the event, the act it keeps from happening is none.
			continue
		case c == "" && slices.Contains(e.Flags, event.Negated) && (slices.Contains(e.Flags, event.Future) || reportedWould(s.Sentence, v)) &&
			rootIn(e.CAMEO, "03", "04", "05", "06", "07", "08") && e.Source.Start < s.Tokens[v].Start:
			// "Israel will not negotiate with Hamas", "Brazil said it
			// would not accept the IMF's conditions": a party saying
			// it will not cooperate rejects it (CAMEO 12), as a
			// refusal does.
			if info, code, ok := lookupCode(coder.RejectionCode(e.CAMEO)); ok {
				setCode(&e, info, code)
				e.Flags = dropFlag(dropFlag(dropFlag(e.Flags, event.Negated), event.Future), event.Hypothetical)
			}
		case ((c == "refuse" || c == "decline" || c == "unwilling") && !negated(s.Sentence, controllerVerb(s.Sentence, v)) || c == "not ready") &&
			e.Source.Start < s.Tokens[v].Start:
			// "Iran refused to negotiate with the United States":
			// the refusal happened; CAMEO codes it as a rejection
			// of the act refused (125 for talks, 124 for yielding).
			// "Not ready to" is the refusal; its negation is no flag.
			if info, code, ok := lookupCode(coder.RejectionCode(e.CAMEO)); ok {
				setCode(&e, info, code)
				e.Flags = dropFlag(dropFlag(e.Flags, event.Hypothetical), event.Future)
				if c == "not ready" {
					e.Flags = dropFlag(e.Flags, event.Negated)
				}
			} else {
				e.Flags = addFlag(e.Flags, event.Negated)
			}
		case refusalVerbs[c], denialVerbs[c]:
			e.Flags = addFlag(e.Flags, event.Negated)
		case denied(s.Sentence, v):
			// "denied that Russia was planning to invade Ukraine".
			e.Flags = addFlag(e.Flags, event.Negated)
		case attemptVerbs[c] && !willClause(s.Sentence, controllerVerb(s.Sentence, v)):
			// "Egypt tried to mediate": the attempt is the act.
		case intentVerbs[c] && markedWith(s.Sentence, clauseVerb(s.Sentence, v), "whether"):
			// "MPs are deciding whether to recommend a new system":
			// an act still in question is neither intended nor done.
			continue
		case intentVerbs[c] && passiveController(s.Sentence, v) && !readinessWords[c]:
			// "Albright is expected to visit Israel next month": a
			// scheduled act reported by others is the act, to come
			// (GUIDELINES sec. 1, intent and the future). A readiness
			// the parser reads as a passive ("is prepared to
			// negotiate") is the subject's own intent (below).
			e.Flags = addFlag(e.Flags, event.Future)
		case intentVerbs[c] && s.objectControlled(controllerVerb(s.Sentence, v), e.Source.Start):
			// "Reagan wants Congress to approve the aid", "Bangkok
			// wants Malaysia to simplify customs checks": the act
			// is asked of the controller's object, neither its
			// intent nor done.
			e.Flags = addFlag(e.Flags, event.Hypothetical)
		case c == "" && s.askedOfOther(v, e.Source.Start):
			// "Cafod wants Britain to use its influence to pressure
			// the US": the means of an act asked of a party is asked
			// for too.
			e.Flags = addFlag(dropFlag(e.Flags, event.Future), event.Hypothetical)
		case intentVerbs[c]:
			// "agreed to resume talks", "pledged to provide aid":
			// the intent to cooperate is the event (CAMEO 03); any
			// other planned act is flagged future.
			if ic, ok := coder.CooperativeIntent(e.CAMEORoot); ok {
				if e.Source.Start > s.Tokens[v].Start {
					// The reverse of a joint act ("agreed to resume
					// talks with the United States"): only the
					// subject stated an intent.
					continue
				}
				if info, code, ok := lookupCode(ic); ok {
					setCode(&e, info, code)
				}
				// The intent happened when it was stated: "agreed on
				// Monday to hold talks next month" is dated by the
				// agreement, not flagged future.
				e.Flags = dropFlag(dropFlag(dropFlag(e.Flags, event.Future), event.Hypothetical), event.Historical)
				if cv := controllerVerb(s.Sentence, v); cv >= 0 {
					cd, cf := dates.EventDateFlags(s.text, s.Sentence, cv+1, ac.date, ac.hasDate)
					if cd.Basis == dates.BasisText {
						setDate(&e, cd)
						if cf.Historical {
							e.Flags = addFlag(e.Flags, event.Historical)
						}
					} else if ac.hasDate {
						e.Date, e.DatePrecision, e.DateBasis = event.DateOf(ac.date), event.Day, event.BasisArticle
					}
				}
			} else if (vowVerbs[c] || readyWords[c] || c == "prepare" && passiveController(s.Sentence, v)) && rootIn(e.CAMEO, "16", "17", "18", "19", "20") && e.Source.Start < s.Tokens[v].Start {
				// "vowed to destroy Hamas", "vowed to take
				// countermeasures against the Philippines", "the EC is
				// ready to take measures against Japan": a vow of
				// force, sanctions or coercion, or a readiness declared
				// for them, is a threat, which happened when it was
				// made.
				if info, code, ok := lookupCode(coder.ThreatCode(e.CAMEO)); ok {
					setCode(&e, info, code)
					e.Flags = dropFlag(dropFlag(e.Flags, event.Hypothetical), event.Future)
				}
			} else {
				e.Flags = addFlag(e.Flags, event.Future)
			}
		}
		if (e.CAMEO == "060" || e.CAMEO == "061") && !signedDeal(s.Sentence, v) {
			// "the government gives 200 pounds to pensioners",
			// "Gazprom is due to merge with Rosneft", "the banks
			// gave Venezuela Libor plus 7/8 pct", "the company may
			// have to pay regulators": what Phoenix's GRANT, PAY,
			// INCREASE and ESTABLISH blocks default to economic
			// cooperation is, as a done act, budget, business and
			// campaign news, no cooperation between parties
			// (GUIDELINES sec. 1). An intent to cooperate (03), a
			// refusal (12) and military, judicial or intelligence
			// cooperation (062-064) stay, and so does a contract or
			// deal signed with a party ("Greece signed contracts with
			// the Soviet Union"), an agreement between the two.
			continue
		}
		if travelVerb(s.Sentence, v) && privateTravel(e) && rootIn(e.CAMEO, "03", "04") {
			// "Tourists came to Canada", "a Jordanian student
			// came to the United States": private people's journeys
			// are no meetings or visits.
			continue
		}
		if rootIn(e.CAMEO, "04") && v >= 0 && s.visitorTitle(v) {
			// "told visiting U.S. Trade Representative Clayton
			// Yeutter": the visitor's attribute, no visit.
			continue
		}
		if e.CAMEO == "036" && carriedFlight(s.Sentence, v) {
			continue
		}
		if e.Target == nil && strings.HasPrefix(e.CAMEO, "17") && s.brokenShips(v) {
			continue
		}
		if rootIn(e.CAMEO, "10") && pushedOff(s.Sentence, v) {
			continue
		}
		if travelVerb(s.Sentence, v) && rootIn(e.CAMEO, "03", "04") && venueTrip(s.Sentence, v) {
			continue
		}
		if motionVisit(s, v, e) {
			// "Obama went to Mexico", "flew to Moscow": going to
			// another country is a visit (placed at the destination
			// below), whatever the dictionaries made of the verb of
			// travel (040 "go to", 036 "fly to", 154 "fly into").
			if info, code, ok := lookupCode("042"); ok {
				setCode(&e, info, code)
			}
		}
		if m, ok := eventPlace(s.Sentence, mentions, v); ok {
			e.Location = event.LocationOf(m.Place, event.BasisSentence)
			if d, ok := destination(mentions, e); ok && e.CAMEO == "042" && d.Place.Country != m.Place.Country {
				// "Before visiting Israel, Blair made a visit to
				// Iraq, where he met leaders in Baghdad": a visit
				// is where it goes, not where the sentence's other
				// acts are.
				e.Location = event.LocationOf(d.Place, event.BasisSentence)
			}
		} else if m, ok := destination(mentions, e); ok {
			e.Location = event.LocationOf(m.Place, event.BasisSentence)
		} else if l, ok := placedAt[sharedClauseHead(s.Sentence, v)]; ok && v >= 0 {
			// "shelled Kharkiv, killing three civilians": a participle
			// or conjoined verb without a place of its own happened
			// where its head did.
			loc := *l
			e.Location = &loc
		} else if p, ok := x.landmark(s.Sentence, v); ok {
			e.Location = event.LocationOf(p, event.BasisSentence)
		} else if m, ok := objectSite(s.Sentence, mentions, v); ok {
			e.Location = event.LocationOf(m.Place, event.BasisSentence)
		} else if ac.dateline != nil {
			loc := *ac.dateline
			e.Location = &loc
		} else if p, ok := x.homeCountry(e); ok {
			if c, ok := x.articleCity(ac, p.Country, s.index); ok {
				e.Location = event.LocationOf(c, event.BasisArticleText)
			} else {
				e.Location = event.LocationOf(p, event.BasisActor)
			}
		}
		if l := e.Location; l != nil && l.Basis == event.BasisSentence && v >= 0 {
			if _, ok := placedAt[v]; !ok {
				placedAt[v] = l
			}
		}
		if l := e.Location; l != nil && l.Basis == event.BasisSentence && l.Country != "" {
			// The place's country is today's (Moscow is in RUS); the
			// actors' are of the article's date ("Soviet officials" in
			// 1987 are SUNGOV).
			if vc := visitCode(e.CAMEO, s.Sentence, v, e.Source.Code, targetCode(e.Target), ac.historical(l.Country)); vc != e.CAMEO {
				if info, code, ok := lookupCode(vc); ok {
					setCode(&e, info, code)
				}
			}
		}
		if e.CAMEO == "040" && e.Target != nil && visitingPhrase(s.Sentence, e.Target.Start, e.Target.End) {
			// "met with visiting Pakistani Foreign Minister Hina
			// Rabbani Khar": the meeting hosts a visit (043).
			if info, code, ok := lookupCode("043"); ok {
				setCode(&e, info, code)
			}
		}
		if !issuesDone {
			issues = x.issues(s)
			issuesDone = true
		}
		e.Issues = issues
		if e.Target != nil && opposedState(e.Source.Code, e.Target.Code, e.CAMEO) && !s.placeSpan(ce.TargetSpan) {
			// "'Britain is heading in the wrong direction', the
			// Conservative leader said", "Howard launched an attack
			// on Britain's asylum system": the opposition judging,
			// asking or threatening its own country addresses the
			// government that runs it (GUIDELINES sec. 9).
			*e.Target = event.NewActor(e.Target.Text, e.Target.Code+"GOV", e.Target.Start, e.Target.End)
		}
		e.ID = e.StableID()
		if j := rootEvent(out[first:], e); j >= 0 {
			// "The U.S. government sues Microsoft, charging it with
			// antitrust violations", "arrived in Cairo for talks
			// with Egyptian officials": events of one sentence with
			// the same source, target and root are one event, coded
			// by the main predicate, the first of their verbs, and of
			// one verb by its own argument, the nearer target
			// (GUIDELINES sec. 3).
			if k := &out[first+j]; e.Verb.Start < k.Verb.Start || e.Verb.Start == k.Verb.Start && e.Target != nil && k.Target != nil && e.Target.Start < k.Target.Start {
				*k = e
			}
			continue
		}
		out = append(out, e)
	}
	return out
}

// rootEvent returns the index in evs of an event of e's source, target
// and CAMEO root, or -1.
func rootEvent(evs []event.Event, e event.Event) int {
	for j, x := range evs {
		if x.Source.Code == e.Source.Code && targetCode(x.Target) == targetCode(e.Target) && x.CAMEORoot == e.CAMEORoot {
			return j
		}
	}
	return -1
}

// hasEvent reports whether evs holds an event of e's source, target and
// code.
func hasEvent(evs []event.Event, e event.Event) bool {
	for _, x := range evs {
		if x.Source.Code == e.Source.Code && targetCode(x.Target) == targetCode(e.Target) && x.CAMEO == e.CAMEO {
			return true
		}
	}
	return false
}

// targetCode returns the code of a possibly absent target.
func targetCode(a *event.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

// actor builds the record's actor for a coder code and span.
func actor(text, code string, sp coder.Span) event.Actor {
	// A comma or dash the parser hung on the phrase (", Lib Dem leader
	// Charles Kennedy", "- from energy companies") is no part of the
	// actor's text.
	for sp.Start < sp.End && sp.Start >= 0 && sp.End <= len(text) && strings.IndexByte(" \t\n,;:-", text[sp.Start]) >= 0 {
		sp.Start++
	}
	// Nor is a day the parser hung on it ("Canada yesterday said").
	t := spanText(text, sp)
	for _, d := range trailingDays {
		if len(t) > len(d) && strings.HasSuffix(t, d) {
			sp.End -= len(d)
			t = t[:len(t)-len(d)]
			break
		}
	}
	return event.NewActor(t, code, sp.Start, sp.End)
}

// trailingDays are the time words that the parser may hang at the end of
// a subject's phrase.
var trailingDays = []string{" today", " yesterday", " tonight", " tomorrow"}

// spanText returns text[sp], or "" for a span outside text.
func spanText(text string, sp coder.Span) string {
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		return ""
	}
	return text[sp.Start:sp.End]
}

// lookupCode returns the CAMEO description of a dictionary event code and
// the code written into the record: the code itself when the table lists
// it, else its nearest listed ancestor.
func lookupCode(raw string) (cameo.Event, string, bool) {
	code := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, raw)
	for len(code) >= 2 {
		if info, ok := cameo.Lookup(code); ok {
			return info, code, true
		}
		code = code[:len(code)-1]
	}
	return cameo.Event{}, "", false
}

// setDate writes a resolved date into e (see the package documentation
// for weeks and decades).
func setDate(e *event.Event, d dates.Date) {
	if d.IsZero() {
		return
	}
	t := d.Time
	switch d.Precision {
	case dates.Day:
		e.DatePrecision = event.Day
	case dates.Week:
		// A week is recorded as the month that holds most of it (its
		// Thursday): "last week" of Thursday 10 March 1988 is the week
		// of 29 February, mostly in March.
		t = t.AddDate(0, 0, 3)
		t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		e.DatePrecision = event.Month
	case dates.Month:
		e.DatePrecision = event.Month
	case dates.Year:
		e.DatePrecision = event.Year
	default:
		return
	}
	e.Date = event.DateOf(t)
	if d.Basis == dates.BasisText {
		e.DateBasis = event.BasisText
	} else {
		e.DateBasis = event.BasisArticle
	}
}

// verbToken returns the 0-based index of the event's verb token: the first
// token inside the coder's verb span tagged VERB, else the first token
// inside it; -1 when the span covers no token.
func verbToken(s nlp.Sentence, sp coder.Span) int {
	first := -1
	for k, t := range s.Tokens {
		if t.Start >= sp.End {
			break
		}
		if t.End <= sp.Start {
			continue
		}
		if t.UPOS == "VERB" {
			return k
		}
		if first < 0 {
			first = k
		}
	}
	if first < 0 && sp.End > sp.Start {
		if i := dates.TokenIndex(s, sp.Start); i > 0 {
			return i - 1
		}
	}
	return first
}

// issues returns the issue codes of a sentence: the codes of the issue
// phrases it contains, none when an ignore phrase occurs.
func (x *Extractor) issues(s *sentence) event.List {
	d := x.dict.Set.Issues
	if d == nil || d.Len() == 0 {
		return nil
	}
	words := make([]string, len(s.Tokens))
	for k, t := range s.Tokens {
		words[k] = t.Text
	}
	var out event.List
	for i := 0; i < len(words); i++ {
		if _, ok := d.LongestIgnore(words, i); ok {
			return nil
		}
		if m, ok := d.LongestMatch(words, i); ok && m.End > i {
			if m.Entry.Code != "" && !slices.Contains(out, m.Entry.Code) {
				out = append(out, m.Entry.Code)
			}
			i = m.End - 1
		}
	}
	return out
}

// SortUnknown sorts unknown actors by count, most frequent first, then by
// text.
func SortUnknown(u []UnknownActor) {
	slices.SortStableFunc(u, func(a, b UnknownActor) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Text, b.Text)
	})
}

// allCaps reports whether s has letters and no lower-case letter.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// countryName reports whether words (upper case) are the name of a
// country in the gazetteer ("IRAQ"), not a nationality ("IRAQI").
func (x *Extractor) countryName(words []string) bool {
	var buf [4]places.Place
	for _, p := range x.gaz.AppendLookup(buf[:0], strings.Join(words, " ")) {
		if p.Resolution == places.Country {
			return true
		}
	}
	return false
}

// warnedOwnAct reports whether the complement clause of verb v under
// "warn" speaks of the warner's own side: its subject is a pronoun, or
// shares the warner's country ("a French minister warned that France
// would reject the reforms"). A subject without a country code counts
// as the warner's own; a named party under a warner of another or of no
// known country does not. Clauses under other verbs always count.
func warnedOwnAct(s *sentence, v int) bool {
	u := clauseVerb(s.Sentence, v)
	h := s.Tokens[u].Head - 1
	if s.Tokens[u].Rel != "ccomp" || h < 0 || h >= len(s.Tokens) || strings.ToLower(s.Tokens[h].Lemma) != "warn" {
		return true
	}
	subj := func(t int) int {
		for k := range s.Tokens {
			if s.Tokens[k].Head-1 == t && (s.Tokens[k].Rel == "nsubj" || s.Tokens[k].Rel == "nsubj:pass") {
				return k
			}
		}
		return -1
	}
	cs, ws := subj(u), subj(h)
	if cs < 0 || ws < 0 || s.Tokens[cs].UPOS == "PRON" {
		return true
	}
	country := func(t int) string {
		m, ok := actors.At(s.actors, t+1)
		if !ok || len(m.Code) < 3 || strings.HasPrefix(m.Code, "---") {
			return ""
		}
		return m.Code[:3]
	}
	cc, wc := country(cs), country(ws)
	if cc == "" {
		return true
	}
	return wc == cc
}
