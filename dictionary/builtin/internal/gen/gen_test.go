package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tacitus/dictionary"
	"tacitus/internal/sharedtest"
)

// committed is the derived file as committed in package builtin.
var committed = filepath.Join("..", "..", "data", "countryinfo", derivedFile)

// TestCommittedIsFresh regenerates the derived actor file from ../shared
// and compares it with the committed one.
func TestCommittedIsFresh(t *testing.T) {
	shared := sharedtest.Path(t, "gazetteer", "countryinfo")
	shared = filepath.Dir(filepath.Dir(shared))
	got, st, _, err := generate(shared)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: run go generate in dictionary/builtin", committed)
	}
	// The numbers the package documentation and the lead rely on.
	for kind, min := range map[string]int{kindLeader: 150, kindPlural: 150, kindGovernment: 10} {
		if st.Phrases[kind] < min {
			t.Errorf("%s: %d phrases, want >= %d", kind, st.Phrases[kind], min)
		}
	}
	if st.InPhoenix < 20000 {
		t.Errorf("only %d CountryInfo phrases found in Phoenix; want >= 20000 (Phoenix was built from CountryInfo)", st.InPhoenix)
	}
}

// TestCommittedLoads reads the committed file with the project's actor
// reader: no errors, no warnings, and the entries the generator writes.
func TestCommittedLoads(t *testing.T) {
	b, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	f, err := dictionary.ParseActors(derivedFile, bytes.NewReader(b))
	if err != nil {
		t.Fatalf("ParseActors: %v", err)
	}
	if len(f.Warnings) > 0 {
		t.Errorf("warnings: %v", f.Warnings)
	}
	if len(f.Entries) < 250 {
		t.Errorf("%d entries, want >= 250", len(f.Entries))
	}
	for _, e := range f.Entries {
		if len(e.Codes) == 0 {
			t.Errorf("%s: entry without code", e.Pos)
		}
	}
}

func TestParseCountryInfo(t *testing.T) {
	const src = `<!-- documentation
<Country> inside the header is ignored
-->
<Doc>Version: test</Doc>
<Country>
<CountryCode>GON</CountryCode>
<CountryName>GONDOR</CountryName>
<ISO3166-alpha3>GND</ISO3166-alpha3>
<Nationality>
	GONDORIAN_
	GONDORI_   # a comment
</Nationality>
<Capital>
	MINAS_TIRITH_
</Capital>
#	<Capital>
	OSGILIATH_
</Capital>
<Leaders>
	<Stewards>
		DENETHOR_II_		[29840101 - 30190315]  [B:29300101]  [D:30190315]
		BOROMIR_			[>30190315]
		FARAMIR_			[30190316 - 30190401]  [30190501 - 30190601]
	</Stewards>
	<Kings>
		{ARAGORN_}{ELESSAR_}{}	[>30190501]
	</Kings>
</Leaders>
<Government>
	{HURIN_}{} HURIN_OF_THE_KEYS	[GONGOV <30190101][GONGOVMIL 30190102 - 30190301]	# Warden
	BERGIL_	[GONGOV 30190102 - 30190101]	# reversed interval
	BAD_	[gongov]
</Government>
</Country>
<Comment>
<Country>
<CountryName>ARNOR</CountryName>
</Country>
</Comment>
<Country>
<CountryName>ROHAN</CountryName>
<ISO3166-alpha3>ROH</ISO3166-alpha3>
<Comment>
never closed
`
	cs, warns, err := parseCountryInfo(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 {
		t.Fatalf("%d countries, want 2 (GONDOR, ROHAN; ARNOR is commented out)", len(cs))
	}
	g, r := cs[0], cs[1]
	tests := []struct {
		name, got, want string
	}{
		{name: "code", got: g.Code, want: "GON"},
		{name: "name", got: g.Name, want: "GONDOR"},
		{name: "nationality", got: strings.Join(g.Nationality, ","), want: "GONDORIAN_,GONDORI_"},
		{name: "capital (commented block skipped)", got: strings.Join(g.Capital, ","), want: "MINAS_TIRITH_"},
		{name: "leaders", got: personsString(g.Leaders), want: "Stewards:DENETHOR_II_=29840101-30190315;" +
			"Stewards:BOROMIR_=>30190315;Stewards:FARAMIR_=30190316-30190401,30190501-30190601;Kings:ARAGORN_|ELESSAR_=>30190501"},
		{name: "government", got: personsString(g.Government), want: ":HURIN_|HURIN_OF_THE_KEYS=GONGOV<30190101,GONGOVMIL30190102-30190301"},
		{name: "ISO code when CountryCode is missing", got: r.Code, want: "ROH"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
	var msgs []string
	for _, w := range warns {
		msgs = append(msgs, w.String())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"ends before it starts", `bad actor code "gongov"`, "not closed at end of file", "text outside a field"} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings lack %q:\n%s", want, all)
		}
	}
}

func personsString(ps []person) string {
	var out []string
	for _, p := range ps {
		var codes []string
		for _, c := range p.Codes {
			codes = append(codes, c.Code+strings.TrimSpace(restrictionText(c.Restrict)))
		}
		out = append(out, p.Title+":"+strings.Join(p.Names, "|")+"="+strings.Join(codes, ","))
	}
	return strings.Join(out, ";")
}

func TestPluralsOf(t *testing.T) {
	tests := []struct {
		name        string
		country     string
		nationality []string
		want        string
	}{
		{name: "-ian", country: "IRAN_", nationality: []string{"IRANIAN_"}, want: "IRANIANS"},
		{name: "-i", country: "IRAQ_", nationality: []string{"IRAQI_"}, want: "IRAQIS"},
		{name: "-an prefix of the name", country: "AFGHANISTAN_", nationality: []string{"AFGHAN_", "AFGANISTAN_"}, want: "AFGHANS"},
		{name: "no -s plural", country: "CHINA_", nationality: []string{"CHINESE_", "BRITISH_", "FRENCH_"}, want: ""},
		{name: "name itself", country: "MALI_", nationality: []string{"MALI_", "MALIAN_"}, want: "MALIANS"},
		{name: "multi-word", country: "SOUTH_AFRICA", nationality: []string{"SOUTH_AFRICAN_"}, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(pluralsOf(&country{Name: tt.country, Nationality: tt.nationality}), ",")
			if got != tt.want {
				t.Errorf("plurals = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDerive checks the selection and the written format on a small
// gazetteer and a small "Phoenix" file.
func TestDerive(t *testing.T) {
	phoenix, err := dictionary.ParseActors("p.actors.txt", strings.NewReader(
		"GONDOR_ [GND]\n+GONDORIAN\n+MINAS_TIRITH\nDENETHOR_II [GNDGOV]\n"))
	if err != nil {
		t.Fatal(err)
	}
	const src = `<Country>
<CountryCode>GON</CountryCode>
<CountryName>GONDOR</CountryName>
<Nationality>
	GONDORIAN_
	GONDORIM_
	NORTH_KINGDOM_
</Nationality>
<Capital>
	MINAS_TIRITH_
	OSGILIATH_
	ROMA_
</Capital>
<Leaders>
	<Stewards>
		DENETHOR_II_		[29840101 - 30190315]
		FARAMIR_			[30190316 - 30190401]
	</Stewards>
</Leaders>
<Government>
	FARAMIR_	[GONGOVMIL 30180101 - 30190315]	# Captain
	{BERGIL_}{BERGIL_SON_OF_BEREGOND_}	[GONGOV >30190501]
</Government>
</Country>
<Country>
<CountryCode>ROH</CountryCode>
<CountryName>ROHAN</CountryName>
<Nationality>
	NORTH_KINGDOM_
</Nationality>
</Country>
`
	cs, _, err := parseCountryInfo(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	out, st := derive(cs, newKnown(phoenix), "test.txt")
	_, body, _ := strings.Cut(string(out), "\n\n# ----")
	want := ` GND GONDOR (test.txt line 1)
GONDORIM_  [GND]  # nationality or alternative name
GONDORIANS  [GND]  # nationality plural
OSGILIATH_  [GND]  # capital
FARAMIR_  # leader: Stewards
	[GNDGOV 30190316-30190401]
	[GNDGOVMIL 30180101-30190315]
	[GNDELI]
BERGIL_  # government member
+BERGIL_SON_OF_BEREGOND_
	[GNDGOV >30190501]

# ---- ROH ROHAN (test.txt line 25)
ROHAN  [ROH]  # country name
`
	if body != want {
		t.Errorf("derived file body:\n%s\nwant:\n%s", body, want)
	}
	if !strings.Contains(string(out), "Attribution-ShareAlike 3.0") {
		t.Error("licence notice missing")
	}
	if st.Ambiguous != 1 || len(st.Recoded) != 1 || st.InPhoenix != 4 || st.Excluded != 1 {
		t.Errorf("stats: ambiguous %d (want 1), recoded %v (want GON->GND), in Phoenix %d (want 4), excluded %d (want 1: ROMA)",
			st.Ambiguous, st.Recoded, st.InPhoenix, st.Excluded)
	}
	if _, err := dictionary.ParseActors("derived", bytes.NewReader(out)); err != nil {
		t.Errorf("derived file does not read back: %v", err)
	}
}

func FuzzParseCountryInfo(f *testing.F) {
	f.Add([]byte("<Country>\n<CountryName>X</CountryName>\n<Leaders>\n\t<K>\n\t\tA_ [19990101 - 20000101]\n\t</K>\n</Leaders>\n</Country>\n"))
	f.Add([]byte("<Country>\n<Government>\n\t{A_}{B_} C [XGOV <20000101][Y >1]\n</Government>\n"))
	f.Add([]byte("<!--\n<Comment>\n</Country>\n{}{[\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, _, err := parseCountryInfo(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("error on in-memory input: %v", err)
		}
		for _, c := range cs {
			c.Code = "ABC" // so that derive writes every country
		}
		out, _ := derive(cs, newKnown(), "fuzz")
		if _, err := dictionary.ParseActors("fuzz", bytes.NewReader(out)); err != nil {
			t.Fatalf("derived file does not read back: %v\n%s", err, out)
		}
	})
}

// TestRunWritesData runs the whole generator into a temporary folder.
func TestRunWritesData(t *testing.T) {
	shared := filepath.Dir(filepath.Dir(sharedtest.Path(t, "dictionaries", "phoenix")))
	data := t.TempDir()
	if err := run(shared, data, false, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, name := range append([]string{phoenixLicense}, phoenixFiles...) {
		p := filepath.Join(data, "phoenix", name)
		if name != phoenixLicense {
			p += ".gz"
		}
		if _, err := os.Stat(p); err != nil {
			t.Error(err)
		}
	}
	got, err := os.ReadFile(filepath.Join(data, "countryinfo", derivedFile))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("run wrote a different derived file than the committed one")
	}
}
