package conformance

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tacitus/internal/sharedtest"
)

const suitePath = "testdata/petrarch2/PETR.UnitTest.records.xml"

func loadCopy(t testing.TB) *Suite {
	t.Helper()
	s, err := LoadSuite(suitePath)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func byID(t *testing.T, s *Suite, id, category string) *Record {
	t.Helper()
	for i := range s.Records {
		if s.Records[i].ID == id && (category == "" || s.Records[i].Category == category) {
			return &s.Records[i]
		}
	}
	t.Fatalf("no record %s/%s", id, category)
	return nil
}

// TestSuiteCounts pins the shape of the suite copy. The file has 385
// <EventCoding> elements: 359 expected events, 19 noevents="True" marks and
// 7 error expectations. PATTERN-06 has no EventCoding at all, so 20
// records expect no events.
func TestSuiteCounts(t *testing.T) {
	s := loadCopy(t)
	raw, err := os.ReadFile(suitePath)
	if err != nil {
		t.Fatal(err)
	}
	var noEvents, errs, invalid, skipped int
	cats := map[string]int{}
	ids := map[string]int{}
	for i, r := range s.Records {
		if r.Position != i+1 {
			t.Fatalf("record %d has Position %d", i, r.Position)
		}
		cats[r.Category]++
		ids[r.ID]++
		switch {
		case r.ExpectError != "":
			errs++
		case len(r.Expected) == 0:
			noEvents++
		}
		if !r.Valid {
			invalid++
		}
		if r.Skip {
			skipped++
		}
	}
	tests := []struct {
		name      string
		got, want int
	}{
		{name: "records", got: len(s.Records), want: 284},
		{name: "expected events", got: s.Events(), want: 359},
		{name: "EventCoding elements", got: bytes.Count(raw, []byte("<EventCoding")), want: 385},
		{name: "records expecting no events", got: noEvents, want: 20},
		{name: "records expecting an error", got: errs, want: 7},
		{name: "records with sentence=false", got: invalid, want: 5},
		{name: "records with <Skip>", got: skipped, want: 0},
		{name: "config changes", got: len(s.Changes), want: 28},
		{name: "categories", got: len(cats), want: 13},
		{name: "DEMO", got: cats["DEMO"], want: 36},
		{name: "SYNSET", got: cats["SYNSET"], want: 52},
		{name: "COMPOUND", got: cats["COMPOUND"], want: 42},
		{name: "COMPOUNDx", got: cats["COMPOUNDx"], want: 1},
		{name: "PATTERN", got: cats["PATTERN"], want: 29},
		{name: "AGENT", got: cats["AGENT"], want: 24},
		{name: "AGENTS", got: cats["AGENTS"], want: 2},
		{name: "VERB", got: cats["VERB"], want: 23},
		{name: "DATE", got: cats["DATE"], want: 21},
		{name: "MODIFY", got: cats["MODIFY"], want: 20},
		{name: "ACTOR", got: cats["ACTOR"], want: 15},
		{name: "PARSING", got: cats["PARSING"], want: 12},
		{name: "ERROR", got: cats["ERROR"], want: 7},
		{name: "AGENTS-18 occurrences", got: ids["AGENTS-18"], want: 2},
		{name: "AGENTS-19 occurrences", got: ids["AGENTS-19"], want: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %d, want %d", tt.got, tt.want)
			}
		})
	}
	if s.Stopped {
		t.Error("Stopped is true; the only <Stop> is inside a comment")
	}
	env := s.Env
	if env.Verbfile != "PETR.Validate.verbs.txt" || !slices.Equal(env.Actorfiles, []string{"PETR.Validate.actors.txt"}) ||
		env.Agentfile != "PETR.Validate.agents.txt" || env.Discardfile != "PETR.Validate.discards.txt" ||
		env.Pause != "Stop" || len(env.Include) != 12 || env.Include[0] != "valid" ||
		len(env.Config) != 1 || env.Config[0] != (ConfigChange{Before: 1, Option: "stop_on_error", Value: "True"}) {
		t.Errorf("Environment = %+v", env)
	}
	for _, f := range append([]string{env.Verbfile, env.Agentfile, env.Discardfile, "LICENSE.petrarch2-MIT", "PETR_config.ini"}, env.Actorfiles...) {
		if _, err := os.Stat(filepath.Join("testdata", "petrarch2", f)); err != nil {
			t.Errorf("suite file missing from testdata: %v", err)
		}
	}
}

func TestSuiteRecords(t *testing.T) {
	s := loadCopy(t)
	def := DefaultConfig()
	def.StopOnError = true
	comma := def
	comma.CommaMin, comma.CommaMax, comma.CommaBMin, comma.CommaBMax, comma.CommaEMin, comma.CommaEMax = 4, 6, 3, 6, 3, 6
	comma.RequireDyad = false
	late := def // after COMMA-13 comma_bmin stays 3 while comma_bmax is 0
	late.CommaBMin = 3
	tests := []struct {
		name, id, category string
		wantPos            int
		wantDate           string
		wantValid          bool
		wantExpected       []Coding
		wantError          ErrorKind
		wantConfig         Config
		wantTextPrefix     string
	}{
		{name: "first record", id: "DEMO-00", wantPos: 1, wantDate: "1995-01-01", wantValid: true,
			wantExpected: []Coding{{Source: "ARN", Target: "GON", Event: "064"}}, wantConfig: def,
			wantTextPrefix: "Arnor is about to restore full diplomatic ties with Gondor almost five years"},
		{name: "new actor length 4", id: "ACTOR-01", wantPos: 135, wantDate: "1995-01-03", wantValid: true,
			wantExpected: []Coding{
				{Source: `"GRYFFINDOR HEAD MINERVA MCGONAGALL"`, Target: `"THE MINISTRY OF MAGIC"`, Event: "032"},
				{Source: `"THE MINISTRY OF MAGIC"`, Target: `"GRYFFINDOR HEAD MINERVA MCGONAGALL"`, Event: "033"}},
			wantConfig: func() Config { c := def; c.NewActorLength = 4; return c }(), wantTextPrefix: "Gryffindor's head Minerva McGonagall"},
		{name: "comma settings", id: "COMMA-05", wantPos: 211, wantDate: "1995-01-01", wantValid: true,
			wantExpected: []Coding{{Source: "ARN", Target: "CAL", Event: "064"}}, wantConfig: comma,
			wantTextPrefix: "Arnor is about to restore full diplomatic ties with Gxndor"},
		{name: "invalid duplicate id", id: "AGENTS-18", category: "AGENTS", wantPos: 57, wantDate: "1995-01-01", wantValid: false,
			wantExpected: []Coding{{Source: "ARNELI", Target: "GONELI", Event: "064"}}, wantConfig: def,
			wantTextPrefix: "Arnor former security officials"},
		{name: "no EventCoding at all", id: "PATTERN-06", wantPos: 178, wantDate: "1992-01-02", wantValid: true, wantConfig: def,
			wantTextPrefix: "Gollum was in an accord with an anti- Gondor parade"},
		{name: "expected error", id: "DISCARD-01", wantPos: 277, wantDate: "1995-01-01", wantValid: true,
			wantError: StoryDiscard, wantConfig: late, wantTextPrefix: "Arnor is about to restore"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := byID(t, s, tt.id, tt.category)
			if r.Position != tt.wantPos || r.Date.Format("2006-01-02") != tt.wantDate || r.Valid != tt.wantValid ||
				!slices.Equal(r.Expected, tt.wantExpected) || r.ExpectError != tt.wantError || r.Config != tt.wantConfig ||
				!strings.HasPrefix(r.Text, tt.wantTextPrefix) {
				t.Errorf("record = %+v", *r)
			}
		})
	}
}

// TestSuiteContradictions checks the pairs that make some expectations
// unsatisfiable: same text and options, different expectations.
func TestSuiteContradictions(t *testing.T) {
	s := loadCopy(t)
	tests := []struct {
		name, a, b string
	}{
		{name: "AFP 1a/1b", a: "AFP0808020593-1a", b: "AFP0808020593-1b"},
		{name: "DEMO-00/ERROR-02", a: "DEMO-00", b: "ERROR-02"},
		{name: "DEMO-00/ERROR-03", a: "DEMO-00", b: "ERROR-03"},
		{name: "AGENT-09/AGENT-12", a: "AGENT-09", b: "AGENT-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := byID(t, s, tt.a, ""), byID(t, s, tt.b, "")
			if a.Text != b.Text || effective(a.Config) != effective(b.Config) || a.Date != b.Date {
				t.Errorf("inputs differ:\n%+v\n%+v", a, b)
			}
			if slices.Equal(a.Expected, b.Expected) && a.ExpectError == b.ExpectError {
				t.Error("expectations are equal")
			}
		})
	}
}

// effective clears the clause minimums whose maximum disables the clause
// (ERROR-02/03 run with comma_bmin 3 and comma_bmax 0, DEMO-00 with 0/0).
func effective(c Config) Config {
	if c.CommaBMax == 0 {
		c.CommaBMin = 0
	}
	if c.CommaEMax == 0 {
		c.CommaEMin = 0
	}
	if c.CommaMax == 0 {
		c.CommaMin = 0
	}
	return c
}

func TestUnsatisfiableMatchesSuite(t *testing.T) {
	s := loadCopy(t)
	var codings, errs int
	for _, u := range Unsatisfiable {
		r := &s.Records[u.Position-1]
		if r.ID != u.ID {
			t.Errorf("position %d is %s, list says %s", u.Position, r.ID, u.ID)
		}
		if u.Error != "" {
			errs++
			if r.ExpectError != u.Error {
				t.Errorf("%s: expects error %q, list says %q", u.ID, r.ExpectError, u.Error)
			}
		} else {
			codings++
			if !slices.Contains(r.Expected, u.Coding) {
				t.Errorf("%s: %v is not expected", u.ID, u.Coding)
			}
		}
		if u.Reason == "" {
			t.Errorf("%s: no reason", u.ID)
		}
	}
	if codings != 11 || errs != 2 || len(unsatisfiableFor(s)) != 13 {
		t.Errorf("list has %d codings and %d errors; want 11 and 2", codings, errs)
	}
}

// TestDefaultConfigMatchesINI reads the [Options] of the suite's
// PETR_config.ini and compares them with DefaultConfig.
func TestDefaultConfigMatchesINI(t *testing.T) {
	f, err := os.Open("testdata/petrarch2/PETR_config.ini")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got Config
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "=")
		if !ok || strings.HasPrefix(strings.TrimSpace(k), "#") {
			continue
		}
		if err := got.Set(strings.TrimSpace(k), v); err == nil {
			n++
		} else if !errors.Is(err, ErrUnknownOption) {
			t.Errorf("%s: %v", sc.Text(), err)
		}
	}
	if n != 9 || got != DefaultConfig() {
		t.Errorf("ini sets %d options to %+v; DefaultConfig = %+v", n, got, DefaultConfig())
	}
}

// TestCopyMatchesShared checks that testdata holds the suite unchanged.
func TestCopyMatchesShared(t *testing.T) {
	dir := sharedtest.Path(t, "conformance", "petrarch2")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Run(e.Name(), func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join("testdata", "petrarch2", e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Error("testdata copy differs from ../shared")
			}
		})
	}
}

const head = `<Validation><Environment><Verbfile>v.txt</Verbfile></Environment><Sentences>`
const tail = `</Sentences></Validation>`

func TestReadSuiteErrors(t *testing.T) {
	ok := `<Sentence date="20000101" id="A-1" category="A" sentence="true"><Text>x</Text></Sentence>`
	tests := []struct {
		name    string
		in      string
		wantErr error
		wantPos string
	}{
		{name: "not xml", in: "hello", wantErr: ErrSyntax, wantPos: "record 1"},
		{name: "truncated", in: head + ok, wantErr: ErrSyntax, wantPos: "record 2"},
		{name: "wrong root", in: `<Other></Other>`, wantErr: ErrUnexpectedElement, wantPos: "record 1"},
		{name: "no sentences", in: `<Validation></Validation>`, wantErr: ErrUnexpectedElement},
		{name: "unknown element", in: head + ok + `<Bogus/>` + tail, wantErr: ErrUnexpectedElement, wantPos: "record 2"},
		{name: "unknown child", in: head + `<Sentence date="20000101" id="A" category="A" sentence="true"><Text>x</Text><Foo/></Sentence>` + tail, wantErr: ErrUnexpectedElement, wantPos: "record 1"},
		{name: "bad date", in: head + ok + `<Sentence date="2000011" id="B" category="A" sentence="true"><Text>x</Text></Sentence>` + tail, wantErr: ErrBadDate, wantPos: "record 2"},
		{name: "impossible date", in: head + `<Sentence date="20001332" id="B" category="A" sentence="true"><Text>x</Text></Sentence>` + tail, wantErr: ErrBadDate},
		{name: "no id", in: head + `<Sentence date="20000101" category="A" sentence="true"><Text>x</Text></Sentence>` + tail, wantErr: ErrMissingAttr},
		{name: "no category", in: head + `<Sentence date="20000101" id="A" sentence="true"><Text>x</Text></Sentence>` + tail, wantErr: ErrMissingAttr},
		{name: "no sentence attr", in: head + `<Sentence date="20000101" id="A" category="A"><Text>x</Text></Sentence>` + tail, wantErr: ErrMissingAttr},
		{name: "bad sentence attr", in: head + `<Sentence date="20000101" id="A" category="A" sentence="maybe"><Text>x</Text></Sentence>` + tail, wantErr: ErrBadAttr},
		{name: "no text", in: head + `<Sentence date="20000101" id="A" category="A" sentence="true"></Sentence>` + tail, wantErr: ErrBadText},
		{name: "blank text", in: head + `<Sentence date="20000101" id="A" category="A" sentence="true"><Text>  </Text></Sentence>` + tail, wantErr: ErrBadText},
		{name: "partial coding", in: head + `<Sentence date="20000101" id="A" category="A" sentence="true"><EventCoding sourcecode="X" eventcode="1"/><Text>x</Text></Sentence>` + tail, wantErr: ErrBadEventCoding},
		{name: "empty code", in: head + `<Sentence date="20000101" id="A" category="A" sentence="true"><EventCoding sourcecode="" targetcode="Y" eventcode="1"/><Text>x</Text></Sentence>` + tail, wantErr: ErrBadEventCoding},
		{name: "noevents false", in: head + `<Sentence date="20000101" id="A" category="A" sentence="true"><EventCoding noevents="False"/><Text>x</Text></Sentence>` + tail, wantErr: ErrBadEventCoding},
		{name: "noevents with event", in: head + `<Sentence date="20000101" id="A" category="A" sentence="true"><EventCoding noevents="True"/><EventCoding sourcecode="X" targetcode="Y" eventcode="1"/><Text>x</Text></Sentence>` + tail, wantErr: ErrBadEventCoding},
		{name: "unknown error kind", in: head + `<Sentence date="20000101" id="A" category="A" sentence="true"><EventCoding error="oops"/><Text>x</Text></Sentence>` + tail, wantErr: ErrBadEventCoding},
		{name: "unknown option", in: head + ok + `<Config option="colour" value="red"/>` + tail, wantErr: ErrUnknownOption, wantPos: "record 2"},
		{name: "bad bool", in: head + `<Config option="require_dyad" value="yes"/>` + tail, wantErr: ErrBadConfigValue},
		{name: "negative int", in: head + `<Config option="comma_max" value="-1"/>` + tail, wantErr: ErrBadConfigValue},
		{name: "config without value", in: head + `<Config option="comma_max"/>` + tail, wantErr: ErrMissingAttr},
		{name: "bad environment config", in: `<Validation><Environment><Config option="x" value="1"/></Environment><Sentences></Sentences></Validation>`, wantErr: ErrUnknownOption},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadSuite(strings.NewReader(tt.in))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ReadSuite error = %v (suite %v), want %v", err, s, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantPos) {
				t.Errorf("error %q does not name %q", err, tt.wantPos)
			}
		})
	}
}

func TestReadSuiteOrderAndStop(t *testing.T) {
	in := head + `<Config option="require_dyad" value="FALSE"/>
<Sentence date = "20000101" id ="A" category="A" valid="True">
  <EventCoding sourcecode='"NEW ACTOR"' targetcode="---" eventcode="174K"></EventCoding>
  <EventCoding sourcecode="X" targetcode="Y" eventcode="1"/>
  <EventCoding sourcecode="X" targetcode="Y" eventcode="1"/>
  <Text>Line one
     &amp; line two</Text><Skip/></Sentence>
<Config option="new_actor_length" value="3"/>
<Sentence date="20000102" id="A" category="B" sentence="false"><EventCoding noevents="True"/><Text>y</Text></Sentence>
<Stop/>
<Sentence date="bad" id="C" category="C" sentence="true"><Text>never read</Text></Sentence>` + tail
	s, err := ReadSuite(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Records) != 2 || !s.Stopped || len(s.Changes) != 2 || s.Changes[1].Before != 2 {
		t.Fatalf("suite = %+v", s)
	}
	a, b := s.Records[0], s.Records[1]
	want := []Coding{{Source: `"NEW ACTOR"`, Target: "---", Event: "174K"}, {Source: "X", Target: "Y", Event: "1"}, {Source: "X", Target: "Y", Event: "1"}}
	if !slices.Equal(a.Expected, want) || a.Text != "Line one & line two" || !a.Valid || !a.Skip || a.Config.RequireDyad || a.Config.NewActorLength != 0 {
		t.Errorf("first record = %+v", a)
	}
	if b.Valid || len(b.Expected) != 0 || b.ExpectError != "" || b.Config.RequireDyad || b.Config.NewActorLength != 3 || b.Position != 2 {
		t.Errorf("second record = %+v", b)
	}
}
