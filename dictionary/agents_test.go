package dictionary

import (
	"fmt"
	"strings"
	"testing"
)

func agentSummary(f *AgentFile) []string {
	var out []string
	for _, e := range f.Entries {
		var ps []string
		for _, p := range e.Phrases {
			ps = append(ps, p.String())
		}
		kind := "~" + e.Code
		if e.Prefix {
			kind = e.Code + "~"
		}
		out = append(out, fmt.Sprintf("%d: %s %s", e.Pos.Line, strings.Join(ps, "|"), kind))
	}
	return out
}

func TestParseAgents(t *testing.T) {
	sets := "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n!MINST! = MINISTER, MINISTRY\n"
	tests := []struct {
		name     string
		in       string
		want     []string
		errs     []string
		warnings []string
	}{
		{
			name: "generated plurals",
			in:   "OFFICIAL [~GOV]\nCONGRESS [~LEG]\nSECURITY_AGENCY [~SPY]\n",
			want: []string{"1: OFFICIAL|OFFICIALS ~GOV", "2: CONGRESS|CONGRESSES ~LEG", "3: SECURITY_AGENCY|SECURITY_AGENCIES ~SPY"},
		},
		{
			name: "braces: given plural or none; spaces in code",
			in:   "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nPOLICE {} [ ~COP]\n",
			want: []string{"1: ATTORNEY_GENERAL|ATTORNEYS_GENERAL ~GOV", "2: POLICE ~COP"},
		},
		{
			name: "prefix agent",
			in:   "MSF {}  [NGO~] # pas\n",
			want: []string{"1: MSF NGO~"},
		},
		{
			name: "substitution sets, no plurals, no space before bracket",
			in:   sets + "CONGRESS!PERSON! [~LEG]\n!MINST!_OF_SILLY_WALKS [~GOV]\nHUSBAND!PERSON![~AGR]\n",
			want: []string{
				"3: CONGRESSMAN|CONGRESSMEN|CONGRESSWOMAN|CONGRESSWOMEN|CONGRESSPERSON ~LEG",
				"4: MINISTER_OF_SILLY_WALKS|MINISTRY_OF_SILLY_WALKS ~GOV",
				"5: HUSBANDMAN|HUSBANDMEN|HUSBANDWOMAN|HUSBANDWOMEN|HUSBANDPERSON ~AGR",
			},
		},
		{
			name: "substitution set defined after use",
			in:   "CHAIR!PERSON! [~GOV]\n!PERSON! = MAN\n",
			want: []string{"1: CHAIRMAN ~GOV"},
		},
		{
			name:     "line without code is ignored",
			in:       "ISLAMIC_EXTREMIST\n",
			warnings: []string{"f.txt:1: agent line without [CODE] ignored"},
		},
		{
			name:     "brace closing a code bracket",
			in:       "DEPARMENT_OF_ENVIRONMENT [~ENV}\n",
			want:     []string{"1: DEPARMENT_OF_ENVIRONMENT|DEPARMENT_OF_ENVIRONMENTS ~ENV"},
			warnings: []string{"f.txt:1: agent code closed by '}'; read as ']'"},
		},
		{
			name: "malformed lines",
			in: "A [GOV]\nB [~]\nC [~GOV] extra\nD {X [~GOV]\n [~GOV]\nE!NOPE! [~GOV]\nF [~GOV\n" +
				"!BAD = X\n!EMPTY! = ,\nG {X} Y [~GOV]\n",
			errs: []string{
				"f.txt:1: agent code [GOV] must be ~CODE (suffix) or CODE~ (prefix)",
				"f.txt:2: agent code [~] must be ~CODE (suffix) or CODE~ (prefix)",
				`f.txt:3: unexpected text "extra" after agent code`,
				"f.txt:4: unbalanced '{' or '}' in agent plural",
				"f.txt:5: empty agent phrase",
				"f.txt:6: undefined substitution set !NOPE!",
				"f.txt:7: unbalanced '[' or ']' in agent line",
				`f.txt:8: bad substitution set name "!BAD" (want !NAME!)`,
				"f.txt:9: empty substitution set !EMPTY!",
				`f.txt:10: unexpected text "Y" after agent plural`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseAgents("f.txt", strings.NewReader(tt.in))
			if got := errorLines(t, err); !equalStrings(got, tt.errs) {
				t.Errorf("errors =\n%q\nwant\n%q", got, tt.errs)
			}
			if got := agentSummary(f); !equalStrings(got, tt.want) {
				t.Errorf("entries =\n%q\nwant\n%q", got, tt.want)
			}
			if got := listLines(f.Warnings); !equalStrings(got, tt.warnings) {
				t.Errorf("warnings =\n%q\nwant\n%q", got, tt.warnings)
			}
		})
	}
}

func TestAgentMatch(t *testing.T) {
	f, err := ParseAgents("a.txt", strings.NewReader(
		"OPPOSITION_GROUP [~OPP]\nMAIN_OPPOSITION_GROUP [~MOP]\nPOLICE {} [~COP]\nSECURITY SERVICE [~GOV]\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := NewAgentDict()
	d.AddLayer(f)
	tests := []struct {
		name      string
		sentence  string
		i         int
		loose     bool
		wantStart int
		wantEnd   int
		wantCode  string
	}{
		{name: "longest wins", sentence: "the Gondor main opposition groups", i: 2, wantStart: 2, wantEnd: 5, wantCode: "MOP"},
		{name: "shorter", sentence: "an opposition group", i: 1, wantStart: 1, wantEnd: 3, wantCode: "OPP"},
		{name: "no plural for {}", sentence: "polices", i: 0},
		{name: "strict match needs adjacency", sentence: "security state service", i: 0},
		{name: "loose match skips words", sentence: "security state service", i: 0, loose: true, wantStart: 0, wantEnd: 3, wantCode: "GOV"},
		{name: "out of range", sentence: "police", i: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := words(tt.sentence)
			var m AgentMatch
			var ok bool
			if tt.loose {
				m, ok = d.LongestMatchLoose(ws, tt.i, len(ws))
			} else {
				m, ok = d.LongestMatch(ws, tt.i)
			}
			if ok != (tt.wantCode != "") {
				t.Fatalf("ok = %v, match %+v", ok, m)
			}
			if ok && (m.Start != tt.wantStart || m.End != tt.wantEnd || m.Entry.Code != tt.wantCode) {
				t.Errorf("match = [%d,%d) %s, want [%d,%d) %s", m.Start, m.End, m.Entry.Code, tt.wantStart, tt.wantEnd, tt.wantCode)
			}
		})
	}
}
