package cameo

import (
	"slices"
	"testing"
)

func TestAllCodes(t *testing.T) {
	codes := Codes()
	if len(codes) != 317 {
		t.Fatalf("Codes() has %d codes, want 317", len(codes))
	}
	seen := map[string]bool{}
	for _, conv := range []Convention{GDELT, ICEWS, Phoenix} {
		for _, code := range codes {
			e, ok := conv.Lookup(code)
			if !ok {
				t.Fatalf("%v.Lookup(%q) not found", conv, code)
			}
			seen[code] = true
			lo := VerbalCooperation
			if conv == Phoenix && (e.Root == "01" || e.Root == "02") {
				lo = Neutral
			}
			if e.QuadClass < lo || e.QuadClass > MaterialConflict {
				t.Errorf("%v %s: QuadClass %d outside %d..4", conv, code, e.QuadClass, lo)
			}
			if e.Goldstein < -10 || e.Goldstein > 10 {
				t.Errorf("%v %s: Goldstein %v outside [-10,10]", conv, code, e.Goldstein)
			}
			if e.Level != len(code)-2 || e.Root != code[:2] || e.RootName == "" || e.Name == "" {
				t.Errorf("%v %s: bad Level/Root/Name: %+v", conv, code, e)
			}
		}
	}
	if len(seen) != 317 {
		t.Errorf("%d distinct codes, want 317", len(seen))
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name       string
		conv       Convention
		code       string
		wantOK     bool
		wantName   string
		wantRoot   string
		wantRootNm string
		wantQuad   QuadClass
		wantGold   float64
		wantImp    bool
		wantGDELT  bool
	}{
		{name: "make a visit", conv: GDELT, code: "042", wantOK: true, wantName: "Make a visit", wantRoot: "04", wantRootNm: "CONSULT", wantQuad: 1, wantGold: 1.9, wantGDELT: true},
		{name: "conventional force", conv: GDELT, code: "190", wantOK: true, wantName: "Use conventional military force", wantRoot: "19", wantRootNm: "FIGHT", wantQuad: 4, wantGold: -10, wantGDELT: true},
		{name: "root", conv: GDELT, code: "14", wantOK: true, wantName: "PROTEST", wantRoot: "14", wantRootNm: "PROTEST", wantQuad: 3, wantGold: -6.5, wantGDELT: true},
		{name: "protest under ICEWS is material conflict", conv: ICEWS, code: "141", wantOK: true, wantName: "Demonstrate or rally", wantRoot: "14", wantRootNm: "PROTEST", wantQuad: 4, wantGold: -6.5, wantGDELT: true},
		{name: "investigate GDELT", conv: GDELT, code: "091", wantOK: true, wantName: "Investigate crime, corruption", wantRoot: "09", wantRootNm: "INVESTIGATE", wantQuad: 2, wantGold: -2, wantGDELT: true},
		{name: "investigate ICEWS", conv: ICEWS, code: "091", wantOK: true, wantName: "Investigate crime, corruption", wantRoot: "09", wantRootNm: "INVESTIGATE", wantQuad: 3, wantGold: -2, wantGDELT: true},
		{name: "deny responsibility GDELT", conv: GDELT, code: "016", wantOK: true, wantName: "Deny responsibility", wantRoot: "01", wantRootNm: "MAKE PUBLIC STATEMENT", wantQuad: 1, wantGold: -2, wantGDELT: true},
		{name: "deny responsibility ICEWS", conv: ICEWS, code: "016", wantOK: true, wantName: "Deny responsibility", wantRoot: "01", wantRootNm: "MAKE PUBLIC STATEMENT", wantQuad: 1, wantGold: -5, wantGDELT: true},
		{name: "deny responsibility Phoenix", conv: Phoenix, code: "016", wantOK: true, wantName: "Deny responsibility", wantRoot: "01", wantRootNm: "MAKE PUBLIC STATEMENT", wantQuad: Neutral, wantGold: 3.4, wantGDELT: true},
		{name: "sanctions Phoenix", conv: Phoenix, code: "163", wantOK: true, wantName: "Impose embargo, boycott, or sanctions", wantRoot: "16", wantRootNm: "REDUCE RELATIONS", wantQuad: 3, wantGold: -6.5, wantGDELT: true},
		{name: "GDELT name differs, ICEWS name kept", conv: GDELT, code: "108", wantOK: true, wantName: "Demand mediation", wantRoot: "10", wantRootNm: "DEMAND", wantQuad: 3, wantGold: -5, wantGDELT: true},
		{name: "Phoenix score from GDELT", conv: Phoenix, code: "019", wantOK: true, wantName: "Express accord", wantRoot: "01", wantRootNm: "MAKE PUBLIC STATEMENT", wantQuad: Neutral, wantGold: 3.4, wantImp: true, wantGDELT: true},
		{name: "ICEWS-only code scored by ICEWS", conv: GDELT, code: "1213", wantOK: true, wantName: "Reject judicial cooperation", wantRoot: "12", wantRootNm: "REJECT", wantQuad: 3, wantGold: -4, wantImp: true},
		{name: "unscored code inherits 195", conv: ICEWS, code: "1952", wantOK: true, wantName: "Employ remotely piloted aerial munitions", wantRoot: "19", wantRootNm: "FIGHT", wantQuad: 4, wantGold: -10, wantImp: true},
		{name: "unscored code inherits root 15", conv: GDELT, code: "155", wantOK: true, wantName: "Mobilize or increase cyber-forces", wantRoot: "15", wantRootNm: "EXHIBIT FORCE POSTURE", wantQuad: 4, wantGold: -7.2, wantImp: true},
		{name: "lower-case source name capitalised", conv: GDELT, code: "193", wantOK: true, wantName: "Fight with small arms and light weapons", wantRoot: "19", wantRootNm: "FIGHT", wantQuad: 4, wantGold: -10, wantGDELT: true},
		{name: "unknown code", conv: GDELT, code: "999"},
		{name: "root without leading zero", conv: GDELT, code: "42"},
		{name: "empty", conv: GDELT, code: ""},
		{name: "unknown convention", conv: Convention(7), code: "042"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := tt.conv.Lookup(tt.code)
			if ok != tt.wantOK {
				t.Fatalf("Lookup(%q) ok = %v, want %v", tt.code, ok, tt.wantOK)
			}
			if !ok {
				return
			}
			if e.Code != tt.code || e.Name != tt.wantName || e.Root != tt.wantRoot || e.RootName != tt.wantRootNm ||
				e.QuadClass != tt.wantQuad || e.Goldstein != tt.wantGold || e.GoldsteinImputed != tt.wantImp ||
				e.InGDELT != tt.wantGDELT || e.Convention != tt.conv {
				t.Errorf("Lookup(%q) = %+v", tt.code, e)
			}
		})
	}
}

func TestLookupDefaultIsGDELT(t *testing.T) {
	for _, code := range Codes() {
		a, _ := Lookup(code)
		b, _ := GDELT.Lookup(code)
		if a != b {
			t.Fatalf("Lookup(%q) = %+v, GDELT.Lookup = %+v", code, a, b)
		}
	}
}

func TestPLOVER(t *testing.T) {
	tests := []struct {
		name string
		code string
		want *Plover
	}{
		{name: "visit", code: "042", want: &Plover{Type: "CONSULT", Mode: "visit"}},
		{name: "two contexts", code: "1124", want: &Plover{Type: "ACCUSE", Mode: "allege", Context: []string{"military", "legal"}}},
		{name: "cross-root table row", code: "163", want: &Plover{Type: "COERCE", Mode: "restrict", Context: []string{"diplomatic"}}},
		{name: "yield split: release", code: "0841", want: &Plover{Type: "RETREAT", Mode: "release", Context: []string{"legal"}}},
		{name: "yield root kept as CONCEDE", code: "08", want: &Plover{Type: "CONCEDE"}},
		{name: "context renamed", code: "073", want: &Plover{Type: "AID", Context: []string{"human_security"}, Source: Corrected}},
		{name: "mode corrected", code: "185", want: &Plover{Type: "ASSAULT", Mode: "targeted", Source: Corrected}},
		{name: "appeal filled as request", code: "0253", want: &Plover{Type: "REQUEST", Mode: "yield", Context: []string{"legal"}, Source: Filled}},
		{name: "appeal root", code: "02", want: &Plover{Type: "REQUEST", Source: Filled}},
		{name: "drone filled", code: "1952", want: &Plover{Type: "ASSAULT", Mode: "drone", Context: []string{"military"}, Source: Filled}},
		{name: "cyber filled", code: "176", want: &Plover{Type: "COERCE", Mode: "cyber", Context: []string{"cyber"}, Source: Filled}},
		{name: "statement has no event", code: "010", want: nil},
		{name: "statement root", code: "01", want: nil},
		{name: "unknown code", code: "1214", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := PLOVER(tt.code)
			if (got == nil) != (tt.want == nil) {
				t.Fatalf("PLOVER(%q) = %+v, want %+v", tt.code, got, tt.want)
			}
			if got == nil {
				return
			}
			if got.Type != tt.want.Type || got.Mode != tt.want.Mode || !slices.Equal(got.Context, tt.want.Context) || got.Source != tt.want.Source {
				t.Errorf("PLOVER(%q) = %+v, want %+v", tt.code, *got, *tt.want)
			}
		})
	}
}

func TestPLOVERCoverage(t *testing.T) {
	var none, filled, corrected, table int
	for _, code := range Codes() {
		p := PLOVER(code)
		if p == nil {
			if code[:2] != "01" {
				t.Errorf("PLOVER(%q) = nil; only root 01 may lack an event", code)
			}
			none++
			continue
		}
		switch p.Source {
		case Filled:
			filled++
		case Corrected:
			corrected++
		case FromTable:
			table++
		}
	}
	// 317 codes: 11 in root 01 without event; 33 filled (28 in root 02 and
	// five ICEWS-only codes); the rest come from the 2021 table.
	if none != 11 || filled != 33 || table+corrected != 273 {
		t.Errorf("none=%d filled=%d table=%d corrected=%d; want 11, 33, and 273 from the table", none, filled, table, corrected)
	}
}

func TestPLOVERReturnsCopy(t *testing.T) {
	p := PLOVER("1124")
	p.Context[0] = "changed"
	p.Type = "changed"
	if q := PLOVER("1124"); q.Context[0] != "military" || q.Type != "ACCUSE" {
		t.Errorf("PLOVER result shares state with the table: %+v", q)
	}
}

func TestStrings(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{name: "GDELT", got: GDELT.String(), want: "GDELT"},
		{name: "Phoenix", got: Phoenix.String(), want: "Phoenix"},
		{name: "bad convention", got: Convention(9).String(), want: "Convention(9)"},
		{name: "quad", got: MaterialConflict.String(), want: "material conflict"},
		{name: "neutral", got: Neutral.String(), want: "neutral"},
		{name: "bad quad", got: QuadClass(5).String(), want: "QuadClass(5)"},
		{name: "source", got: Filled.String(), want: "filled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func BenchmarkLookup(b *testing.B) {
	codes := Codes()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, ok := Lookup(codes[i%len(codes)]); !ok {
			b.Fatal("missing code")
		}
	}
}

func BenchmarkPLOVER(b *testing.B) {
	codes := Codes()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		PLOVER(codes[i%len(codes)])
	}
}
