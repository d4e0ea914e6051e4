package dictionary

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestClassifyFile(t *testing.T) {
	tests := []struct {
		name string
		want Kind
	}{
		{name: "CAMEO.2.0.txt", want: KindVerbs},
		{name: "PETR.Validate.verbs.txt", want: KindVerbs},
		{name: "dir/Phoenix.Countries.actors.txt", want: KindActors},
		{name: "Phoenix.agents.txt", want: KindAgents},
		{name: "PETR.Validate.discards.txt", want: KindDiscards},
		{name: "Phoenix.IssueCoding.txt", want: KindIssues},
		{name: "Phoenix.prepositions.txt", want: KindPrepositions},
		{name: "LICENSE.petrarch2-MIT", want: KindUnknown},
		{name: "PETR.UnitTest.records.xml", want: KindUnknown},
		{name: "PETR_config.ini", want: KindUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ClassifyFile(tt.name); got != tt.want {
				t.Errorf("ClassifyFile(%q) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}

var testFS = fstest.MapFS{
	"base/my.verbs.txt":     {Data: []byte("--- RESTORE [064] ---\nRESTORE\n- * TIES [064]\n")},
	"base/my.actors.txt":    {Data: []byte("GONDOR [GON]\n+MINAS_TIRITH\nNEW_ZEALAND [NZE]\nZEALAND [DNK]\n")},
	"base/my.agents.txt":    {Data: []byte("GOVERNMENT [~GOV]\n")},
	"base/my.discards.txt":  {Data: []byte("+TYPHOON\n")},
	"base/README":           {Data: []byte("not a dictionary")},
	"user/mine.actors.txt":  {Data: []byte("GONDOR [GONX]\n")},
	"user/mine.agents.txt":  {Data: []byte("GOVERNMENT [~GVT]\nBAD\n[~X]\n")},
	"empty/notes.md":        {Data: []byte("nothing")},
	"broken/bad.verbs.txt":  {Data: []byte("- * X [1]\n")},
	"broken/bad.actors.txt": {Data: []byte("\t[X]\n")},
}

func TestLoadDirOverlay(t *testing.T) {
	s, err := LoadDir(testFS, "base", "user")
	if got, want := errorLines(t, err), []string{"user/mine.agents.txt:3: empty agent phrase"}; !equalStrings(got, want) {
		t.Fatalf("errors = %q, want %q", got, want)
	}
	if got, want := listLines(s.Warnings()), []string{"user/mine.agents.txt:2: agent line without [CODE] ignored"}; !equalStrings(got, want) {
		t.Errorf("warnings = %q, want %q", got, want)
	}
	tests := []struct {
		sentence string
		code     string
	}{
		{sentence: "GONDOR", code: "GONX"},      // overlaid
		{sentence: "minas tirith", code: "GON"}, // not overlaid
		{sentence: "new zealand", code: "NZE"},  // longest wins
		{sentence: "zealand", code: "DNK"},      // shorter entry
		{sentence: "government", code: "~GVT"},  // agent overlaid
		{sentence: "governments", code: "~GVT"}, // plural too
		{sentence: "zealand new", code: "DNK"},  // match stops
		{sentence: "nothing here", code: ""},    // no match
		{sentence: "Gondor government", code: "GONX"},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			ws := words(tt.sentence)
			var got string
			if m, ok := s.Actors.LongestMatch(ws, 0); ok {
				c, _ := m.Entry.CodeAt(NewDate(2020, 1, 1))
				got = c.Code
			} else if m, ok := s.Agents.LongestMatch(ws, 0); ok {
				got = "~" + m.Entry.Code
			}
			if got != tt.code {
				t.Errorf("code = %q, want %q", got, tt.code)
			}
		})
	}
	if s.Actors.Overrides() != 1 {
		t.Errorf("Overrides = %d, want 1", s.Actors.Overrides())
	}
	if _, story, _ := s.Discards.Scan(words("a typhoon hit")); !story {
		t.Errorf("story discard not found")
	}
	if got := len(s.Verbs.Lookup("restored")); got != 1 {
		t.Errorf("Lookup(restored) = %d forms", got)
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := LoadDir(testFS, "empty"); !errors.Is(err, ErrNoFiles) {
		t.Errorf("LoadDir(empty) = %v, want ErrNoFiles", err)
	}
	if _, err := LoadDir(testFS, "missing"); err == nil || errors.As(err, new(ErrorList)) {
		t.Errorf("LoadDir(missing) = %v, want an fs error", err)
	}
	if _, err := Load(testFS, Files{Actors: []string{"nope.actors.txt"}}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(nope) = %v, want fs.ErrNotExist", err)
	}
	_, err := LoadDir(testFS, "broken")
	want := []string{"broken/bad.actors.txt:1: code line before any actor entry", "broken/bad.verbs.txt:1: pattern line outside a verb block"}
	if got := errorLines(t, err); !equalStrings(got, want) {
		t.Errorf("errors = %q, want %q", got, want)
	}
}

func TestNoAllocations(t *testing.T) {
	s, err := LoadDir(testFS, "base")
	if err != nil {
		t.Fatal(err)
	}
	ws := []string{"the", "new", "Zealand", "government", "restored", "ties"}
	allocs := testing.AllocsPerRun(100, func() {
		for i := range ws {
			s.Actors.LongestMatch(ws, i)
			s.Actors.LongestMatchLoose(ws, i, len(ws))
			s.Agents.LongestMatch(ws, i)
			s.Discards.LongestMatch(ws, i)
			s.Verbs.Lookup(ws[i])
		}
		if m, ok := s.Actors.LongestMatch(ws, 1); ok {
			m.Entry.CodeAt(20200101)
		}
	})
	if allocs != 0 {
		t.Errorf("lookups allocate %v times per run", allocs)
	}
}

// TestSharedSets loads the production Phoenix set and the validation set
// from ../shared and checks the counts stated by the format
// specification, and that the production files load without errors.
func TestSharedSets(t *testing.T) {
	shared := sharedDir(t)
	t.Run("phoenix", func(t *testing.T) {
		s, err := LoadDir(os.DirFS(filepath.Join(shared, "dictionaries")), "phoenix")
		if err != nil {
			t.Fatalf("production files must load without errors:\n%v", err.(ErrorList).String())
		}
		st := s.Stats()
		checks := []struct {
			what     string
			got      int
			min, max int
		}{
			{what: "synsets", got: st.Synsets, min: 40, max: 40},
			{what: "blocks", got: st.Blocks, min: 397, max: 397},
			{what: "patterns", got: st.Patterns, min: 4660, max: 4680},
			{what: "transformations", got: st.Transformations, min: 8, max: 8},
			{what: "actor entries", got: st.ActorEntries, min: 27000, max: 28000},
			{what: "agent entries", got: st.AgentEntries, min: 2244, max: 2244},
			{what: "discards", got: st.Discards, min: 500, max: 514},
			{what: "prepositions", got: st.Prepositions, min: 106, max: 106},
		}
		for _, c := range checks {
			if c.got < c.min || c.got > c.max {
				t.Errorf("%s = %d, want %d..%d", c.what, c.got, c.min, c.max)
			}
		}
		countries := s.Actors.Files[0]
		if !strings.HasSuffix(countries.Name, "Countries.actors.txt") || len(countries.Entries) < 18000 || len(countries.Entries) > 19000 {
			t.Errorf("Countries file %s has %d entries, want ~18k", countries.Name, len(countries.Entries))
		}
		codes := map[string]bool{}
		for _, f := range s.Issues.Files {
			for _, e := range f.Entries {
				if !e.Ignore && !e.Implicit {
					codes[e.Code] = true
				}
			}
		}
		// The spec says 110 codes; the file has 111 distinct ones.
		if len(codes) != 111 {
			t.Errorf("issue codes = %d, want 111", len(codes))
		}
		var prefix int
		for _, f := range s.Agents.Files {
			for _, e := range f.Entries {
				if e.Prefix {
					prefix++
				}
			}
		}
		if prefix != 3 {
			t.Errorf("prefix agents = %d, want 3", prefix)
		}
		m, ok := s.Actors.LongestMatch(words("the Islamic Republic of Afghanistan"), 1)
		if c, _ := m.Entry.CodeAt(20150101); !ok || c.Code != "AFG" || m.End != 5 {
			t.Errorf("Afghanistan: %+v %v", m, ok)
		}
		if f := s.Verbs.Lookup("ASKED"); len(f) == 0 || f[0].Verb.Block.Name != "ASK" {
			t.Errorf("Lookup(ASKED) = %v", f)
		}
		// transformation verbs are verb names, found with Lookup
		for _, tr := range s.Verbs.Transformations() {
			for _, v := range []string{tr.InnerVerb, tr.OuterVerb} {
				if v != "Q" && len(s.Verbs.Lookup(v)) == 0 {
					t.Errorf("%v: transformation verb %s not in the dictionary", tr.Pos, v)
				}
			}
		}
		if s.Verbs.Block("EXPLAIN_VERBAL") == nil || s.Verbs.Synset("&CURRENCY") == nil {
			t.Errorf("EXPLAIN VERBAL block or CURRENCY synset missing")
		}
	})
	t.Run("validate", func(t *testing.T) {
		dir := filepath.Join(shared, "conformance")
		s, err := LoadDir(os.DirFS(dir), "petrarch2")
		if err != nil {
			t.Fatalf("validation files must load without errors:\n%v", err.(ErrorList).String())
		}
		st := s.Stats()
		if st.Patterns != 474 || s.Verbs.Files[0].Dialect != Linear || st.Transformations != 0 {
			t.Errorf("patterns = %d (want 474), dialect %v", st.Patterns, s.Verbs.Files[0].Dialect)
		}
		wantWarn := []string{
			"petrarch2/PETR.Validate.verbs.txt:69: synset &ACCORDSYN: nested synset &TIETYPES is not supported; member ignored",
			"petrarch2/PETR.Validate.verbs.txt:72: synset &ACCORDSYN: nested synset &CURRENCY is not supported; member ignored",
			"petrarch2/PETR.Validate.verbs.txt:1093: verb block SHOT defined again (first at line 1089); its verbs and patterns are read as another block",
		}
		if got := listLines(s.Warnings()); !equalStrings(got, wantWarn) {
			t.Errorf("warnings =\n%q\nwant\n%q", got, wantWarn)
		}
		// suite records the readers must support
		ws := words("The MSF Arnor Ministry of Silly Walks")
		if m, ok := s.Agents.LongestMatch(ws, 1); !ok || !m.Entry.Prefix || m.Entry.Code != "NGO" {
			t.Errorf("MSF prefix agent: %+v", m)
		}
		if m, ok := s.Agents.LongestMatch(ws, 3); !ok || m.End != 7 || m.Entry.Code != "GOV" {
			t.Errorf("!MINST! substitution: %+v", m)
		}
		if m, ok := s.Actors.LongestMatchLoose(words("Ithilen state-run television"), 0, 3); !ok || m.Entry.Codes[0].Code != "ITHTV" {
			t.Errorf("PATTERN-09 loose actor: %+v", m)
		}
		if m, ok := s.Actors.LongestMatch(words("The Shire"), 0); !ok || len(m.Entry.Codes[0].Actors) != 3 {
			t.Errorf("slash code: %+v", m)
		}
		if got := s.Verbs.Lookup("departes"); got != nil {
			t.Errorf("VERB-21 departes must not be a form: %v", got)
		}
		if got := s.Verbs.Lookup("departs"); len(got) != 1 {
			t.Errorf("VERB-18 departs: %v", got)
		}
		if s.Discards.Len() != 9 {
			t.Errorf("discards = %d", s.Discards.Len())
		}
	})
}
