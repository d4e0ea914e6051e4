package actors

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"tacitus/dictionary"
)

//go:embed data/*.txt
var dataFS embed.FS

// Embedded file names (in data/).
const (
	// SupplementActorsFile holds tacitus's own actor entries (parties and
	// institutions missing from Phoenix: Labour, Tories, Democrats,
	// Congress, Downing Street, ...). It is not part of the Phoenix set.
	SupplementActorsFile = "data/supplement.actors.txt"
	// SupplementAgentsFile holds tacitus's own agent entries ("official",
	// "troops", ...), consulted after the set's agents.
	SupplementAgentsFile = "data/supplement.agents.txt"
	// CapitalsFile maps national capitals to their government (TEHRAN is
	// IRNGOV), for metonymy: a capital as a verb's subject or object or a
	// party after "with" or "against".
	CapitalsFile = "data/capitals.actors.txt"
	// OrgHeadsFile holds the words that head organisations' names
	// ("Commission", "Association", "Union") with the role such a body
	// has, for names that no dictionary lists (see orgRole).
	OrgHeadsFile = "data/orgheads.agents.txt"
)

var (
	embedOnce sync.Once
	embedded  struct {
		actors, capitals *dictionary.ActorDict
		agents, orgHeads *dictionary.AgentDict
		err              error
	}
)

// loadEmbedded parses the package's own dictionary files once per process.
func loadEmbedded() error {
	embedOnce.Do(func() {
		e := &embedded
		readActors := func(name string) *dictionary.ActorDict {
			d := dictionary.NewActorDict()
			b, err := fs.ReadFile(dataFS, name)
			if err != nil {
				e.err = fmt.Errorf("actors: %s: %w", name, err)
				return d
			}
			f, err := dictionary.ParseActors(name, strings.NewReader(string(b)))
			if err != nil && e.err == nil {
				e.err = fmt.Errorf("actors: %w", err)
			}
			if f != nil {
				d.AddLayer(f)
			}
			return d
		}
		e.actors = readActors(SupplementActorsFile)
		e.capitals = readActors(CapitalsFile)
		readAgents := func(name string) *dictionary.AgentDict {
			d := dictionary.NewAgentDict()
			b, err := fs.ReadFile(dataFS, name)
			if err != nil {
				e.err = fmt.Errorf("actors: %s: %w", name, err)
				return d
			}
			f, err := dictionary.ParseAgents(name, strings.NewReader(string(b)))
			if err != nil && e.err == nil {
				e.err = fmt.Errorf("actors: %w", err)
			}
			if f != nil {
				d.AddLayer(f)
			}
			return d
		}
		e.agents = readAgents(SupplementAgentsFile)
		e.orgHeads = readAgents(OrgHeadsFile)
	})
	return embedded.err
}

// Supplement returns the parsed embedded supplement files: tacitus's own
// actors and agents that New layers under the given set. The dictionaries
// are shared and must only be read. The error reports malformed lines in
// the embedded files (a build defect caught by the package tests).
func Supplement() (*dictionary.ActorDict, *dictionary.AgentDict, error) {
	err := loadEmbedded()
	return embedded.actors, embedded.agents, err
}

// OrgHeads returns the parsed embedded heads of organisations' names
// (OrgHeadsFile), shared and read-only; nil if the file is defective.
func OrgHeads() *dictionary.AgentDict {
	if loadEmbedded() != nil {
		return nil
	}
	return embedded.orgHeads
}

// Recognizer finds and codes actor mentions in parsed sentences. Build it
// with New; it is immutable afterwards and safe for concurrent use.
type Recognizer struct {
	actors   *dictionary.ActorDict // the set's actors (may be nil)
	agents   *dictionary.AgentDict // the set's agents (may be nil)
	supp     *dictionary.ActorDict // our supplement actors
	suppAg   *dictionary.AgentDict // our supplement agents
	capitals *dictionary.ActorDict // capital -> XXXGOV
	orgHeads *dictionary.AgentDict // heads of organisations' names -> role

	// persons marks entries that name a person (see isPerson).
	persons map[*dictionary.ActorEntry]bool
	// surnames maps the folded last word of person entries' multi-word
	// phrases to the entries ("BLAIR" -> TONY_BLAIR_, ...).
	surnames map[string][]*dictionary.ActorEntry
	// countries holds the bare 3-letter codes of country entries.
	countries map[string]bool
	// orgNouns maps an organisation's code to the head nouns (upper
	// case, the last words) of its names of several words in the
	// dictionaries: IGOUNODEVWBK to BANK ("World Bank"), IGOBUSIMF to
	// FUND.
	orgNouns map[string]map[string]bool
}

// New returns a Recognizer over set (normally builtin.Default().Set) with
// the package's embedded supplement, capitals and surname index. A nil set,
// or one without actors or agents, is allowed: only the supplement is used
// then.
func New(set *dictionary.Set) *Recognizer {
	_ = loadEmbedded() // the embedded files are tested; a defect leaves partial dictionaries
	r := &Recognizer{
		supp:      embedded.actors,
		suppAg:    embedded.agents,
		capitals:  embedded.capitals,
		orgHeads:  embedded.orgHeads,
		persons:   map[*dictionary.ActorEntry]bool{},
		surnames:  map[string][]*dictionary.ActorEntry{},
		countries: map[string]bool{},
		orgNouns:  map[string]map[string]bool{},
	}
	if set != nil {
		r.actors, r.agents = set.Actors, set.Agents
	}
	var firsts leadingNames
	if r.actors != nil {
		for _, f := range r.actors.Files {
			countryFile := strings.Contains(strings.ToLower(f.Name), "countr")
			for _, e := range f.Entries {
				if countryFile {
					for _, c := range e.Codes {
						if len(c.Code) == 3 && !nonCountry[c.Code] {
							r.countries[c.Code] = true
						}
					}
				}
				if isPerson(e) && r.owns(e) {
					r.persons[e] = true
					r.indexSurnames(e, &firsts)
				} else if !isPerson(e) {
					r.indexOrgNouns(e)
				}
			}
		}
		firsts.index(r)
	}
	for _, s := range successors {
		// The federations (YUG, SUN, CSK) and Serbia and Montenegro
		// are countries too, whether or not a countries file lists
		// them: "Yugoslavia will not follow Brazil, Prime Minister
		// Branko Mikulic said" is Yugoslavia's premier.
		r.countries[s.federation] = true
	}
	r.countries["SCG"] = true
	return r
}

// indexOrgNouns adds the last word of each phrase of several words of
// organisation entry e to orgNouns under its codes.
func (r *Recognizer) indexOrgNouns(e *dictionary.ActorEntry) {
	for _, c := range e.Codes {
		if !IsOrganisation(c.Code) {
			continue
		}
		for _, p := range e.Phrases {
			if len(p.Words) < 2 {
				continue
			}
			if r.orgNouns[c.Code] == nil {
				r.orgNouns[c.Code] = map[string]bool{}
			}
			r.orgNouns[c.Code][strings.ToUpper(p.Words[len(p.Words)-1])] = true
		}
	}
}

// orgNoun reports whether word (any case) heads one of the names the
// dictionaries give the organisation with code ("bank" for the World
// Bank's IGOUNODEVWBK).
func (r *Recognizer) orgNoun(code, word string) bool {
	return r.orgNouns[code][strings.ToUpper(word)]
}

// owns reports whether the set's lookup of e's primary phrase finds e: an
// entry a later layer replaced (the built-in corrections, a user's
// dictionary) no longer names its person, and must not feed the surname
// index either.
func (r *Recognizer) owns(e *dictionary.ActorEntry) bool {
	if len(e.Phrases) == 0 {
		return false
	}
	w := e.Phrases[0].Words
	m, ok := r.actors.LongestMatch(w, 0)
	return !ok || m.End != len(w) || m.Entry == e
}

// KnowsSurname reports whether word is the surname of a person the
// dictionaries list (for nlp.Pipeline.Names: "Guterres", "Xi").
func (r *Recognizer) KnowsSurname(word string) bool {
	return len(r.surnames[strings.ToUpper(word)]) > 0
}

// Capital reports whether name ("Tehran", "Rio de Janeiro", any case) is
// a national capital of the capitals file, present or former ("Bonn"):
// a city that may stand for its state.
func (r *Recognizer) Capital(name string) bool {
	if r.capitals == nil {
		return false
	}
	words := strings.Fields(name)
	m, ok := r.capitals.LongestMatch(words, 0)
	return ok && m.End == len(words)
}

// Namesakes returns the person entries of the dictionaries whose surname
// (the last word of a name of several words, any case) is word: the
// people "Mr Blair" may be. The slice is the recognizer's; do not modify.
func (r *Recognizer) Namesakes(word string) []*dictionary.ActorEntry {
	return r.surnames[strings.ToUpper(word)]
}

// indexSurnames adds the last word of each multi-word phrase of a person
// entry to the surname index (generational suffixes are skipped). The
// first word of a name written family name first goes to firsts, which
// indexes it once every entry is read (see leadingNames).
func (r *Recognizer) indexSurnames(e *dictionary.ActorEntry, firsts *leadingNames) {
	familyFirst := false
	for _, c := range e.Codes {
		if len(c.Code) >= 3 && familyNameFirst[c.Code[:3]] {
			familyFirst = true
		}
	}
	for _, p := range e.Phrases {
		w := p.Words
		for len(w) > 1 && nameSuffix[strings.TrimSuffix(w[len(w)-1], ".")] {
			w = w[:len(w)-1]
		}
		if len(w) < 2 {
			continue
		}
		r.indexSurname(w[len(w)-1], 3, e)
		firsts.add(w[0], e, familyFirst)
	}
}

// leadingNames collects the first words of persons' names. In a name of
// a country that writes the family name first ("Xi Jinping", "Kim Jong
// Un", "Moon Jae-in") the first word is the surname, and as short as
// "Xi"; but Hong Kong's officials go by a Western given name first
// ("Michael Suen", "Donald Tsang"), and a first word that opens more
// names elsewhere than names of those countries is such a given name: "Mr
// Michael" is no Chinese minister.
type leadingNames struct {
	family   []leadingName  // first words of names written family name first
	given    map[string]int // how many names of other countries open with a word
	asFamily map[string]int // how many names written family name first do
}

// leadingName is the first word of a name and its entry.
type leadingName struct {
	word  string
	entry *dictionary.ActorEntry
}

// add counts word, the first word of a phrase of e; familyFirst tells
// whether e's country writes the family name first.
func (l *leadingNames) add(word string, e *dictionary.ActorEntry, familyFirst bool) {
	if l.given == nil {
		l.given, l.asFamily = map[string]int{}, map[string]int{}
	}
	if !familyFirst {
		l.given[word]++
		return
	}
	l.asFamily[word]++
	l.family = append(l.family, leadingName{word, e})
}

// index adds to r's surname index the first words of names written
// family name first that open no more names of other countries.
func (l *leadingNames) index(r *Recognizer) {
	for _, f := range l.family {
		if l.given[f.word] <= l.asFamily[f.word] {
			r.indexSurname(f.word, 2, f.entry)
		}
	}
}

// familyNameFirst are the countries whose people's names are written
// family name first in English-language news.
var familyNameFirst = map[string]bool{"CHN": true, "TWN": true, "HKG": true, "MAC": true, "KOR": true, "PRK": true}

// indexSurname adds word as a surname of e when it is a plausible one: at
// least minLen letters, no digits or points, not an organisation or agent
// word ("REAGAN ADMINISTRATION" gives no surname).
func (r *Recognizer) indexSurname(word string, minLen int, e *dictionary.ActorEntry) {
	if len(word) < minLen || strings.ContainsAny(word, ".0123456789") || orgWords[word] || r.isAgentWord(word) {
		return
	}
	list := r.surnames[word]
	for _, x := range list {
		if x == e {
			return
		}
	}
	r.surnames[word] = append(list, e)
}

// isAgentWord reports whether w alone is an agent phrase ("GOVERNMENT").
func (r *Recognizer) isAgentWord(w string) bool {
	if r.agents == nil {
		return false
	}
	m, ok := r.agents.LongestMatch([]string{w}, 0)
	return ok && m.End == 1
}

// nameSuffix lists generational suffixes that are not surnames.
var nameSuffix = map[string]bool{"JR": true, "SR": true, "II": true, "III": true, "IV": true}

// NotCountry reports whether a 3-letter code block is a role, sector or
// organisation ("MED", "GOV", "IGO") rather than a country or region.
func NotCountry(block string) bool { return nonCountry[block] }

// nonCountry lists 3-letter codes that are not countries or regions.
var nonCountry = map[string]bool{
	"IGO": true, "NGO": true, "NGM": true, "IMG": true, "MNC": true, "UIS": true,
	"REB": true, "INS": true, "OPP": true, "PTY": true, "COP": true, "GOV": true,
	"MIL": true, "JUD": true, "LEG": true, "ELI": true, "BUS": true, "CRM": true,
	"CVL": true, "DEV": true, "EDU": true, "HLH": true, "HRI": true, "LAB": true,
	"MED": true, "REF": true, "SPY": true, "AGR": true, "ENV": true, "MOD": true,
	"RAD": true, "UAF": true, "SEP": true, "IRC": true, "---": true,
}

// orgWords are words that mark an actor phrase as an organisation or a
// place rather than a person.
var orgWords = map[string]bool{
	"PARTY": true, "MINISTRY": true, "COUNCIL": true, "COMMITTEE": true, "FRONT": true,
	"ARMY": true, "FORCE": true, "FORCES": true, "UNION": true, "ASSOCIATION": true,
	"ORGANIZATION": true, "ORGANISATION": true, "MOVEMENT": true, "GROUP": true,
	"BANK": true, "COMPANY": true, "CORPORATION": true, "INC": true, "INC.": true,
	"CORP": true, "CORP.": true, "LTD": true, "AGENCY": true, "DEPARTMENT": true,
	"OFFICE": true, "COURT": true, "ASSEMBLY": true, "PARLIAMENT": true,
	"GOVERNMENT": true, "REPUBLIC": true, "KINGDOM": true, "STATE": true,
	"STATES": true, "ISLANDS": true, "UNIVERSITY": true, "INSTITUTE": true,
	"CENTER": true, "CENTRE": true, "FOUNDATION": true, "BRIGADE": true,
	"BRIGADES": true, "NEWS": true, "TIMES": true, "POST": true, "ISLAMIC": true,
	"NATIONAL": true, "PEOPLE'S": true, "LIBERATION": true, "ALLIANCE": true,
	"COALITION": true, "FEDERATION": true, "CONGRESS": true, "SERVICE": true,
	"SERVICES": true, "POLICE": true, "GUARD": true, "GUARDS": true, "CORPS": true,
	"CITY": true, "PROVINCE": true, "REGION": true, "DISTRICT": true, "SEA": true,
	"RIVER": true, "MOUNTAINS": true, "COMMISSION": true, "AUTHORITY": true,
	"SOCIETY": true, "FUND": true, "TRUST": true, "GROUPS": true, "NETWORK": true,
	"COMMAND": true, "DIVISION": true, "BATTALION": true, "REGIME": true, "OF": true,
	"THE": true, "AND": true, "FOR": true, "IN": true,
}

// isPerson reports whether an actor entry names a person: a primary phrase
// of two to five words without organisation or place words, whose codes
// are limited in time or mark an elite (ELI). This matches the leaders and
// government members of the Phoenix and CountryInfo files.
func isPerson(e *dictionary.ActorEntry) bool {
	if len(e.Phrases) == 0 || len(e.Codes) == 0 {
		return false
	}
	w := e.Phrases[0].Words
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, x := range w {
		if orgWords[x] {
			return false
		}
	}
	for _, c := range e.Codes {
		if c.Restrict.Kind != dictionary.Always || strings.HasSuffix(c.Code, "ELI") {
			return true
		}
	}
	return false
}
