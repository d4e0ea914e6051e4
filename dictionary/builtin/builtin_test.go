package builtin

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"tacitus/dictionary"
	"tacitus/event"
	"tacitus/internal/sharedtest"
)

const derivedPath = "countryinfo/CountryInfo.120116.actors.txt"

func mustDefault(t *testing.T) *Loaded {
	t.Helper()
	l, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return l
}

// code looks up the longest actor phrase at the start of text and
// returns its code on date (YYYYMMDD), the matched length and the file
// of the entry.
func code(t *testing.T, s *dictionary.Set, text string, date dictionary.Date) (c string, n int, file string) {
	t.Helper()
	m, ok := s.Actors.LongestMatch(strings.Fields(text), 0)
	if !ok {
		return "", 0, ""
	}
	ac, ok := m.Entry.CodeAt(date)
	if !ok {
		return "(null)", m.End, m.Entry.Pos.File
	}
	return ac.Code, m.End, m.Entry.Pos.File
}

func TestBuiltinActors(t *testing.T) {
	s := mustDefault(t).Set
	const (
		fixesPath        = "tacitus/tacitus.actors.txt"
		leadersPath      = "tacitus/tacitus.leaders.actors.txt"
		phoenixCountries = "phoenix/Phoenix.Countries.actors.txt"
		phoenixIntl      = "phoenix/Phoenix.International.actors.txt"
		phoenixMil       = "phoenix/Phoenix.MilNonState.actors.txt"
	)
	tests := []struct {
		name, text string
		date       dictionary.Date
		want       string // code on date
		words      int    // length of the match
		file       string // file of the entry
	}{
		{name: "country", text: "Iran said", date: 20100101, want: "IRN", words: 1, file: phoenixCountries},
		{name: "adjective", text: "Iranian officials", date: 20100101, want: "IRN", words: 1, file: phoenixCountries},
		{name: "adjective Turkish", text: "Turkish troops", date: 20100101, want: "TUR", words: 1, file: phoenixCountries},
		// Phoenix lists capitals as synonyms of the country, and so
		// does the derived file: the capital codes the country.
		{name: "capital", text: "Tehran said", date: 20100101, want: "IRN", words: 1, file: phoenixCountries},
		{name: "lower case", text: "tehran", date: 20100101, want: "IRN", words: 1, file: phoenixCountries},
		{name: "militant group", text: "Hamas fighters", date: 20100101, want: "PSEREBHMS", words: 1, file: phoenixMil},
		{name: "IGO", text: "United Nations officials", date: 20100101, want: "IGOUNO", words: 2, file: phoenixIntl},
		{name: "Phoenix leader in office", text: "Mahmoud Ahmadinejad", date: 20100615, want: "IRNGOV", words: 2, file: phoenixCountries},
		{name: "Phoenix leader after office", text: "Mahmoud Ahmadinejad", date: 20160101, want: "IRNELI", words: 2, file: phoenixCountries},
		// Derived entries: what Phoenix lacks.
		{name: "derived plural", text: "Iranians protested", date: 20100101, want: "IRN", words: 1, file: derivedPath},
		{name: "derived plural -an", text: "Afghans", date: 20100101, want: "AFG", words: 1, file: derivedPath},
		{name: "derived leader in office", text: "Jean-Luc Dehaene said", date: 19950101, want: "BELGOV", words: 2, file: derivedPath},
		{name: "derived leader term bound", text: "Jean-Luc Dehaene", date: 19990712, want: "BELGOV", words: 2, file: derivedPath},
		{name: "derived leader after office", text: "Jean-Luc Dehaene", date: 19990713, want: "BELELI", words: 2, file: derivedPath},
		{name: "derived leader no date", text: "Jean-Luc Dehaene", date: 0, want: "BELELI", words: 2, file: derivedPath},
		{name: "derived government member", text: "Ismael Abraao Gaspar Martins", date: 20050101, want: "AGOGOV", words: 4, file: derivedPath},
		{name: "derived government member before", text: "Ismael Abraao Gaspar Martins", date: 20010101, want: "(null)", words: 4, file: derivedPath},
		// Phoenix's mistyped or placeholder countries, corrected.
		{name: "UNITA in Angola", text: "UNITA rebels", date: 19870301, want: "AGOREB", words: 1, file: fixesPath},
		{name: "Free Papua Movement", text: "Free Papua Movement rebels", date: 19980301, want: "IDNREB", words: 3, file: fixesPath},
		{name: "placeholder country", text: "Islamic Movement of Uzbekistan fighters", date: 20000301, want: "UZBREB", words: 4, file: fixesPath},
		{name: "state paper", text: "Pravda said", date: 19870301, want: "SUNMED", words: 1, file: fixesPath},
		{name: "state paper after the Soviet Union", text: "Pravda said", date: 19950301, want: "RUSMED", words: 1, file: fixesPath},
		{name: "state news agency", text: "Korean Central News Agency", date: 20100301, want: "PRKMED", words: 4, file: fixesPath},
		{name: "unknown", text: "Gollum", date: 20100101, want: "", words: 0, file: ""},
		{name: "a phrase Phoenix gives two people, by date", text: "President Bush said", date: 20030320, want: "USAGOV", words: 2, file: fixesPath},
		{name: "a phrase Phoenix gives two people, the first's term", text: "President Bush said", date: 19900801, want: "USAGOV", words: 2, file: fixesPath},
		{name: "a leader's one-word name", text: "Abbas said", date: 20231010, want: "PSEGOV", words: 1, file: leadersPath},
		{name: "a leader Phoenix lacks", text: "Milosevic said", date: 19990401, want: "SCGGOV", words: 1, file: fixesPath},
		{name: "a leader after office", text: "Gaddafi said", date: 20111020, want: "LBYELI", words: 1, file: fixesPath},
		// The corrections layer replaces Phoenix's entry for a phrase.
		{name: "correction of a null entry", text: "U.N. officials", date: 20100101, want: "IGOUNO", words: 1, file: fixesPath},
		{name: "addition", text: "EC ministers", date: 19870101, want: "IGOEUREEC", words: 1, file: fixesPath},
		{name: "a Phoenix place synonym nulled", text: "Nasser Hospital", date: 20240101, want: "---", words: 1, file: fixesPath},
		{name: "the Phoenix place kept", text: "Lake Nasser", date: 20240101, want: "EGY", words: 2, file: phoenixCountries},
		{name: "the West's sanctions", text: "Western sanctions", date: 20240101, want: "WST", words: 2, file: fixesPath},
		{name: "legislature", text: "Knesset members", date: 20100101, want: "ISRLEG", words: 1, file: fixesPath},
		// Leaders since 2012, in the corrections layer: one dated code per
		// office, an elite code out of office.
		{name: "leader in office", text: "Emmanuel Macron said", date: 20200101, want: "FRAGOV", words: 2, file: leadersPath},
		{name: "leader spelling variant", text: "Volodymyr Zelenskyy", date: 20220301, want: "UKRGOV", words: 2, file: leadersPath},
		{name: "leader hyphenated variant", text: "Kim Jong-un", date: 20180101, want: "PRKGOV", words: 2, file: leadersPath},
		{name: "leader earlier office", text: "Boris Johnson", date: 20170101, want: "GBRGOV", words: 2, file: leadersPath},
		{name: "leader after office", text: "Boris Johnson", date: 20230101, want: "GBRELI", words: 2, file: leadersPath},
		{name: "leader second term", text: "Donald Trump", date: 20250301, want: "USAGOV", words: 2, file: leadersPath},
		{name: "leader between terms", text: "Donald Trump", date: 20220101, want: "USAELI", words: 2, file: leadersPath},
		{name: "leader no date", text: "Angela Merkel", date: 0, want: "DEUELI", words: 2, file: leadersPath},
		{name: "intelligence chief", text: "Mike Pompeo", date: 20170601, want: "USASPY", words: 2, file: leadersPath},
		{name: "defence minister", text: "Lloyd Austin", date: 20220101, want: "USAGOVMIL", words: 2, file: leadersPath},
		{name: "IGO head", text: "Antonio Guterres", date: 20200101, want: "IGOUNO", words: 2, file: leadersPath},
		{name: "IGO head earlier post", text: "Antonio Guterres", date: 20100101, want: "IGOUNOREFHCR", words: 2, file: leadersPath},
		{name: "armed group leader", text: "Yahya Sinwar", date: 20200101, want: "PSEREBHMS", words: 2, file: leadersPath},
		// Merged with Phoenix's entry for the phrase: its open-ended
		// term is closed, its earlier offices are kept.
		{name: "merged entry term closed", text: "Barack Obama", date: 20180101, want: "USAELI", words: 2, file: leadersPath},
		{name: "merged entry in office", text: "Barack Obama", date: 20100101, want: "USAGOV", words: 2, file: leadersPath},
		{name: "merged entry earlier office", text: "Shimon Peres", date: 19850101, want: "ISRGOV", words: 2, file: leadersPath},
		{name: "merged entry other phrase", text: "Dmitri Medvedev", date: 20150101, want: "RUSGOV", words: 2, file: leadersPath},
		// Heads of international organisations of the 1980s-2000s.
		{name: "IGO head Phoenix lacks", text: "Michel Camdessus said", date: 19870301, want: "IGOBUSIMF", words: 2, file: leadersPath},
		{name: "IGO head before office", text: "Michel Camdessus said", date: 19860301, want: "FRAGOV", words: 2, file: leadersPath},
		{name: "IGO head's later office", text: "Javier Solana said", date: 20050301, want: "IGOEUREEC", words: 2, file: leadersPath},
		{name: "oil minister out of office", text: "Sheikh Ahmed Zaki Yamani said", date: 19870301, want: "SAUELI", words: 4, file: leadersPath},
		{name: "official of 1987 news", text: "Richard Darman said", date: 19870301, want: "USAGOV", words: 2, file: leadersPath},
		{name: "official in office from 1987", text: "David Ruder said", date: 19871001, want: "USAGOV", words: 2, file: leadersPath},
		{name: "capital's old name", text: "Peking said", date: 19870301, want: "CHN", words: 1, file: fixesPath},
		{name: "US regulator by acronym", text: "FERC said", date: 19870301, want: "USAGOV", words: 1, file: fixesPath},
		{name: "EU lending bank", text: "EIB loans", date: 19870301, want: "IGOEUREEC", words: 1, file: fixesPath},
		// Phoenix's code for the Inter-American Development Bank, for
		// every spelling.
		{name: "development bank hyphenated", text: "Inter-American Development Bank", date: 19900101, want: "IGONAMDEV", words: 3, file: fixesPath},
		// Names of no one country alone.
		{name: "a city of two countries", text: "Cordoba regiment", date: 19870420, want: "---", words: 1, file: fixesPath},
		{name: "any state's export bank", text: "Exim Bank", date: 19870420, want: "---", words: 2, file: fixesPath},
		{name: "a state's export bank", text: "Korea Exim Bank loans", date: 20100101, want: "KORGOV", words: 3, file: fixesPath},
		{name: "group of Gaza", text: "Popular Resistance Committees", date: 20060101, want: "PSEREB", words: 3, file: fixesPath},
		// A person Phoenix lists as a synonym of his organisation.
		{name: "leader replaces group synonym", text: "Hassan Nasrallah", date: 20250101, want: "LBNREB", words: 2, file: leadersPath},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n, file := code(t, s, tt.text, tt.date)
			if got != tt.want || n != tt.words || file != tt.file {
				t.Errorf("%q on %d = %q (%d words, %s), want %q (%d words, %s)",
					tt.text, tt.date, got, n, file, tt.want, tt.words, tt.file)
			}
		})
	}
}

// TestDerivedNotShadowed checks the "Phoenix wins" rule from the other
// side: every phrase of the derived file is found in the derived file,
// so Phoenix (earlier in the layer, first entry wins) lacks it. The
// corrections layer (data/tacitus) may replace derived entries, as it
// replaces Phoenix's.
func TestDerivedNotShadowed(t *testing.T) {
	s := mustDefault(t).Set
	var derived *dictionary.ActorFile
	for _, f := range s.Actors.Files {
		if f.Name == derivedPath {
			derived = f
		}
	}
	if derived == nil {
		t.Fatalf("%s not loaded", derivedPath)
	}
	if len(derived.Entries) < 250 {
		t.Fatalf("%s has %d entries, want >= 250", derivedPath, len(derived.Entries))
	}
	for _, e := range derived.Entries {
		for _, p := range e.Phrases {
			m, ok := s.Actors.LongestMatch(p.Words, 0)
			if ok && m.End == len(p.Words) && strings.HasPrefix(m.Entry.Pos.File, "tacitus/") {
				continue // replaced by the corrections layer
			}
			if !ok || m.End != len(p.Words) || m.Entry != e {
				t.Errorf("%s: phrase %s is not coded by its own entry", e.Pos, p)
			}
		}
	}
}

func TestBuiltinLoadsCleanly(t *testing.T) {
	l := mustDefault(t)
	for _, w := range l.Set.Warnings() {
		if strings.HasPrefix(w.Pos.File, "countryinfo/") {
			t.Errorf("warning in the derived file: %v", w)
		}
	}
	st := l.Set.Stats()
	for _, c := range []struct {
		name     string
		got, min int
	}{
		{name: "verb patterns", got: st.Patterns, min: 4000},
		{name: "actor entries", got: st.ActorEntries, min: 25000},
		{name: "agent phrases", got: st.AgentPhrases, min: 1000},
		{name: "discards", got: st.Discards, min: 100},
		{name: "issue phrases", got: st.IssuePhrases, min: 100},
		{name: "prepositions", got: st.Prepositions, min: 50},
	} {
		if c.got < c.min {
			t.Errorf("%s = %d, want >= %d", c.name, c.got, c.min)
		}
	}
	if l2, _ := Default(); l2 != l {
		t.Error("Default returned a different set on the second call")
	}
	if l3, _ := Load(Options{}); l3 != l {
		t.Error("Load(Options{}) is not the default set")
	}
}

func TestFiles(t *testing.T) {
	f := Files()
	want := dictionary.Files{
		Verbs: []string{"phoenix/CAMEO.2.0.txt"},
		Actors: []string{"phoenix/Phoenix.Countries.actors.txt", "phoenix/Phoenix.International.actors.txt",
			"phoenix/Phoenix.MilNonState.actors.txt", derivedPath},
		Agents:       []string{"phoenix/Phoenix.agents.txt"},
		Discards:     []string{"phoenix/Phoenix.discards.txt"},
		Issues:       []string{"phoenix/Phoenix.IssueCoding.txt"},
		Prepositions: []string{"phoenix/Phoenix.prepositions.txt"},
	}
	got, exp := kinds(&f), kinds(&want)
	for k := range got {
		if strings.Join(*got[k], ",") != strings.Join(*exp[k], ",") {
			t.Errorf("kind %d: %v, want %v", k, *got[k], *exp[k])
		}
	}
}

func TestFS(t *testing.T) {
	if err := fstest.TestFS(FS(), "phoenix/CAMEO.2.0.txt", "phoenix/LICENSE.petrarch2-MIT",
		"phoenix/NOTICE", derivedPath, "countryinfo/NOTICE"); err != nil {
		t.Fatal(err)
	}
	b, err := fs.ReadFile(FS(), "phoenix/NOTICE")
	if err != nil || !bytes.Contains(b, []byte("MIT")) {
		t.Errorf("phoenix/NOTICE: %v, %q", err, b)
	}
	b, err = fs.ReadFile(FS(), derivedPath)
	if err != nil || !bytes.Contains(b, []byte("Attribution-ShareAlike 3.0")) {
		t.Errorf("%s lacks its licence notice: %v", derivedPath, err)
	}
}

// TestEmbeddedEqualsReference checks that the embedded Phoenix files are
// the reference ones (go generate refreshes them).
func TestEmbeddedEqualsReference(t *testing.T) {
	dir := sharedtest.Path(t, "dictionaries", "phoenix")
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		t.Run(e.Name(), func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			got, err := fs.ReadFile(FS(), "phoenix/"+e.Name())
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("embedded %s differs from %s; run go generate", e.Name(), dir)
			}
		})
	}
}

func TestHash(t *testing.T) {
	h := Hash()
	if len(h) != 12 || strings.Trim(h, "0123456789abcdef") != "" {
		t.Fatalf("Hash() = %q, want 12 hex digits", h)
	}
	if got := mustDefault(t).Hash; got != h {
		t.Errorf("Default().Hash = %q, want Hash() %q", got, h)
	}
	// The same user files in two places hash alike; other content not.
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	writeFile(t, a, "x.actors.txt", "TEHRAN [IRNGOV]\n")
	writeFile(t, b, "x.actors.txt", "TEHRAN [IRNGOV]\n")
	writeFile(t, c, "x.actors.txt", "TEHRAN [IRNMIL]\n")
	hashes := map[string]string{}
	for name, dir := range map[string]string{"a": a, "b": b, "c": c} {
		l, err := Load(Options{Dirs: []string{dir}, NoDefault: true})
		if err != nil {
			t.Fatal(err)
		}
		hashes[name] = l.Hash
	}
	if hashes["a"] != hashes["b"] || hashes["a"] == hashes["c"] || hashes["a"] == h {
		t.Errorf("hashes a=%s b=%s c=%s builtin=%s: want a==b, c and builtin different", hashes["a"], hashes["b"], hashes["c"], h)
	}
}

func writeFile(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadOverlay(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "mine.actors.txt", "TEHRAN  [IRNGOV]  # the capital for the government\nGOLLUM [HOB]\n")
	writeFile(t, dir, "README.md", "not a dictionary")
	l, err := Load(Options{Dirs: []string{dir}})
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if l == mustDefault(t) || l.Set == mustDefault(t).Set {
		t.Fatal("overlay modified or returned the shared default set")
	}
	if got := strings.Join(l.Layers, ","); got != "builtin,"+dir {
		t.Errorf("Layers = %s", got)
	}
	if l.Hash == Hash() {
		t.Error("overlay has the hash of the built-in set")
	}
	tests := []struct {
		name, text, want, file string
	}{
		{name: "overridden", text: "Tehran", want: "IRNGOV", file: filepath.Join(dir, "mine.actors.txt")},
		{name: "added", text: "Gollum", want: "HOB", file: filepath.Join(dir, "mine.actors.txt")},
		{name: "built-in kept", text: "Iran", want: "IRN", file: "phoenix/Phoenix.Countries.actors.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, file := code(t, l.Set, tt.text, 20100101)
			if got != tt.want || file != tt.file {
				t.Errorf("%s = %s from %s, want %s from %s", tt.text, got, file, tt.want, tt.file)
			}
		})
	}
	if got, _, _ := code(t, mustDefault(t).Set, "Tehran", 20100101); got != "IRN" {
		t.Errorf("default set changed by an overlay: Tehran = %s", got)
	}
	if l.Set.Verbs.Lookup("restored") == nil {
		t.Error("built-in verbs missing under an overlay")
	}
}

func TestLoadLaterDirWins(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	writeFile(t, a, "a.actors.txt", "TEHRAN [AAA]\nMORDOR [MOR]\n")
	writeFile(t, b, "b.actors.txt", "TEHRAN [BBB]\n")
	l, err := Load(Options{Dirs: []string{a, b}})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{"Tehran": "BBB", "Mordor": "MOR"} {
		if got, _, _ := code(t, l.Set, text, 20100101); got != want {
			t.Errorf("%s = %s, want %s", text, got, want)
		}
	}
}

func TestLoadNoDefault(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "mine.actors.txt", "TEHRAN [IRNGOV]\n")
	l, err := Load(Options{Dirs: []string{dir}, NoDefault: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(l.Layers, ","); got != dir {
		t.Errorf("Layers = %s, want %s", got, dir)
	}
	if got, _, _ := code(t, l.Set, "Tehran", 20100101); got != "IRNGOV" {
		t.Errorf("Tehran = %q, want IRNGOV", got)
	}
	if got, _, _ := code(t, l.Set, "Iran", 20100101); got != "" {
		t.Errorf("Iran = %q without the built-in set, want no match", got)
	}
	if st := l.Set.Stats(); st.Patterns != 0 || st.AgentPhrases != 0 {
		t.Errorf("built-in data loaded under NoDefault: %+v", st)
	}
}

func TestLoadErrors(t *testing.T) {
	empty := t.TempDir()
	writeFile(t, empty, "notes.md", "nothing to load")
	bad := t.TempDir()
	writeFile(t, bad, "bad.actors.txt", "[XYZ]\nGOOD [GOO]\n+\n")
	tests := []struct {
		name    string
		opts    Options
		want    error
		partial bool // a usable result comes with the error
	}{
		{name: "nothing", opts: Options{NoDefault: true}, want: ErrNoDictionaries},
		{name: "missing dir", opts: Options{Dirs: []string{filepath.Join(empty, "nope")}}, want: fs.ErrNotExist},
		{name: "no dictionary files", opts: Options{Dirs: []string{empty}, NoDefault: true}, want: dictionary.ErrNoFiles},
		{name: "malformed lines", opts: Options{Dirs: []string{bad}, NoDefault: true}, want: dictionary.ErrContext, partial: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Load(tt.opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if (l != nil) != tt.partial {
				t.Fatalf("result %v with error, want partial=%v", l, tt.partial)
			}
			if tt.partial {
				if !strings.Contains(err.Error(), filepath.Join(bad, "bad.actors.txt")+":1:") {
					t.Errorf("error %q does not name the file and line", err)
				}
				if got, _, _ := code(t, l.Set, "good", 0); got != "GOO" {
					t.Errorf("good entry lost: %q", got)
				}
			}
		})
	}
}

// TestActorCountryPrefixes checks that every code the built-in actor
// entries give (each entry that codes its own primary phrase, after the
// corrections layer) opens with a country, region, religion or
// organisation kind that CAMEO knows (event.Describe reads it), or with
// one of the placeholder prefixes below that the Phoenix files use and
// tacitus leaves as they are. A new placeholder (a coder's initials, a
// mistyped country) fails the test; so does a listed one that is gone,
// to keep the list current.
func TestActorCountryPrefixes(t *testing.T) {
	known := map[string]string{
		"KKL": "Phoenix.MilNonState's coder's initials, on groups whose country is not certain (fixed ones are in tacitus.actors.txt)",
		"USR": "Phoenix's Soviet republics before 1992 (USRARM, USRUKR)",
		"FRN": "Phoenix's Wallis and Futuna (FRNWLF)",
		"FRY": "Phoenix's Kosovo within Yugoslavia (FRYKSV)",
		"KRJ": "Phoenix's Republic of Serbian Krajina (KRJUNR)",
		"SRP": "Phoenix's Republika Srpska (SRPUNR)",
		"KNT": "Kinakuta, a country of fiction that Phoenix lists with its rulers",
	}
	s := mustDefault(t).Set
	seen := map[string]bool{}
	for _, f := range s.Actors.Files {
		for _, e := range f.Entries {
			m, ok := s.Actors.LongestMatch(e.Phrases[0].Words, 0)
			if !ok || m.Entry != e {
				continue // replaced by a later layer
			}
			for _, c := range e.Codes {
				if len(c.Code) < 3 || c.Null() {
					continue
				}
				el := c.Code[:3]
				if el == "NGO" || event.Describe(el).Name != el {
					continue
				}
				seen[el] = true
				if _, ok := known[el]; !ok {
					t.Errorf("%s: code %s opens with %s, no CAMEO country, region or organisation", e.Pos, c.Code, el)
				}
			}
		}
	}
	for el, why := range known {
		if !seen[el] {
			t.Errorf("placeholder prefix %s (%s) no longer used: remove it from the list", el, why)
		}
	}
}
