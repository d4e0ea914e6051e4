package dictionary

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// actorSummary renders entries as "line: PHRASE|SYN = CODE(restriction) ...".
func actorSummary(f *ActorFile) []string {
	var out []string
	for _, e := range f.Entries {
		var ps, cs []string
		for _, p := range e.Phrases {
			ps = append(ps, p.String())
		}
		for _, c := range e.Codes {
			s := c.Code
			switch c.Restrict.Kind {
			case Before:
				s += "<" + c.Restrict.To.String()
			case From:
				s += ">" + c.Restrict.From.String()
			case Between:
				s += "(" + c.Restrict.From.String() + "-" + c.Restrict.To.String() + ")"
			}
			cs = append(cs, s)
		}
		out = append(out, fmt.Sprintf("%d: %s = %s", e.Pos.Line, strings.Join(ps, "|"), strings.Join(cs, " ")))
	}
	return out
}

func TestParseActors(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     []string
		errs     []string
		warnings []string
	}{
		{
			name: "primary with code and synonyms",
			in:   "DENMARK  [DNK]\n+DANISH \n+ZEALAND\n",
			want: []string{"1: DENMARK|DANISH|ZEALAND = DNK"},
		},
		{
			name: "code lines with restrictions, comments, YYMMDD and YYYYMMDD",
			in: "GOLLUM  # pas 27 Apr 03\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n" +
				"#\t[950601-990815]  commented out\n\t[HOBREB > 990816]\n",
			want: []string{"1: GOLLUM|SMEAGOL = HOB<19950601 HOBGOV(19950601-19990815) HOBREB>19990816"},
		},
		{
			name: "several brackets on the primary line, YY 00-30 is 20YY",
			in:   "JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt\nX [A <300101] [B >310101]\n",
			want: []string{"1: JAVIER_DE_CUELLAR = IGOUNO(19820101-19911231) ELI", "2: X = A<20300101 B>19310101"},
		},
		{
			name: "null code, slash code, lower case, unindented code line, no code at the end",
			in:   "BOROMIR [---]\nLORIEN  [ELR/GAL]\nun_Secy_Gen\n[IGO --- <950630]\nU.N._\n",
			want: []string{"1: BOROMIR = ---", "2: LORIEN = ELR/GAL", "3: UN_SECY_GEN = IGO---<19950630", "5: U.N. = "},
		},
		{
			name: "primary lines before one code block are phrases of one entry",
			in:   "MIKHAIL_GORBACHEV_\n+GORBACHEV\nPRESIDENT_MIKHAIL_S._GORBACHEV\nGENERAL_SECRETARY_GORBACHEV\n\t[RUSGOV 850311-910824]\n\t[RUSELI]\nLORIEN  [ELR/GAL]\n",
			want: []string{"1: MIKHAIL_GORBACHEV|GORBACHEV|PRESIDENT_MIKHAIL_S._GORBACHEV|GENERAL_SECRETARY_GORBACHEV = RUSGOV(19850311-19910824) RUSELI", "7: LORIEN = ELR/GAL"},
		},
		{
			name: "spaces are gap connectors",
			in:   "ITHILEN TELEVISION  [ITHTV]\n",
			want: []string{"1: ITHILEN TELEVISION = ITHTV"},
		},
		{
			name: "XML comments",
			in:   "<!-- one line -->\n<!--\nNOT_AN_ACTOR [X]\n-->\nA [B]\n",
			want: []string{"5: A = B"},
		},
		{
			name: "code line before any entry",
			in:   "\t[HOB]\nA [B]\n",
			want: []string{"2: A = B"},
			errs: []string{"f.txt:1: code line before any actor entry"},
		},
		{
			name: "synonym before any entry",
			in:   "+SMEAGOL\n",
			errs: []string{"f.txt:1: synonym line before any actor entry"},
		},
		{
			name: "unbalanced bracket",
			in:   "A\n\t[HOB\n",
			want: []string{"1: A = "},
			errs: []string{"f.txt:2: unbalanced '[' or ']' in actor code"},
		},
		{
			name: "empty code and code missing before date",
			in:   "A\n\t[ ]\n\t[950601-990815]\n",
			want: []string{"1: A = "},
			errs: []string{"f.txt:2: empty actor code in [ ]", "f.txt:3: missing actor code before date in [950601-990815]"},
		},
		{
			name: "empty slash part",
			in:   "A [FRO//SAM]\n",
			want: []string{"1: A = "},
			errs: []string{`f.txt:1: empty actor in slash code "FRO//SAM"`},
		},
		{
			name: "empty phrase",
			in:   "_ [X]\n",
			errs: []string{"f.txt:1: empty actor phrase"},
		},
		{
			name: "lenient dates: single date, 7 and 10 digits, reversed interval, bad month",
			in:   "A\n\t[MNEGOV 20121204]\n\t[KOR 2004017-20061201]\n\t[IRQ 1920030320-20060520]\n\t[EGY 20121207-20120802]\n\t[X >20101301]\n",
			want: []string{"1: A = MNEGOV KOR IRQ EGY X"},
			warnings: []string{
				"f.txt:2: actor code MNEGOV: bad date: date 20121204 without '<', '>' or interval; restriction ignored",
				`f.txt:3: actor code KOR: bad date: "2004017" has 7 digits, want YYMMDD or YYYYMMDD; restriction ignored`,
				`f.txt:4: actor code IRQ: bad date: "1920030320" has 10 digits, want YYMMDD or YYYYMMDD; restriction ignored`,
				"f.txt:5: actor code EGY: bad date: interval 20121207-20120802 ends before it starts; restriction ignored",
				`f.txt:6: actor code X: bad date: "20101301" is not a valid date; restriction ignored`,
			},
		},
		{
			name:     "text after a code, bracket on a synonym",
			in:       "A_ [MNCMED]\tNewspapers\n+B]_\n",
			want:     []string{"1: A = MNCMED"},
			warnings: []string{`f.txt:1: text "Newspapers" after actor code ignored`, "f.txt:2: bracket on a synonym line (codes belong to the primary line or to code lines); synonym ignored"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseActors("f.txt", strings.NewReader(tt.in))
			if got := errorLines(t, err); !equalStrings(got, tt.errs) {
				t.Errorf("errors =\n%q\nwant\n%q", got, tt.errs)
			}
			if got := actorSummary(f); !equalStrings(got, tt.want) {
				t.Errorf("entries =\n%q\nwant\n%q", got, tt.want)
			}
			if got := listLines(f.Warnings); !equalStrings(got, tt.warnings) {
				t.Errorf("warnings =\n%q\nwant\n%q", got, tt.warnings)
			}
		})
	}
}

func TestActorErrorSentinels(t *testing.T) {
	_, err := ParseActors("f.txt", strings.NewReader("\t[X]\nA [ ]\n"))
	if !errors.Is(err, ErrContext) || !errors.Is(err, ErrCode) || errors.Is(err, ErrDate) {
		t.Errorf("sentinels of %v wrong", err)
	}
}

const gollum = `GOLLUM
+SMEAGOL
+SLINKER
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
SAM_GAMGEE [HOB]
	[HOBCIV <20080120]
	[ORCHOB 20100109-20100112]
	[HOBMIL 20080120-20121109]
HAMFAST GAMGEE
	[HOBGOV 20100101-20100105]
	[HOB]
BILBO_BAGGINS
	[HOBGOV 20000101-20041231]
	[HOBELI 20050101-20201231]
FRODO_BAGGINS
	[HOBELI 20000101-20041231]
	[HOBELI 20050101-20201231]
NULLY
`

func TestCodeAt(t *testing.T) {
	d := actorDict(t, "validate.txt", gollum)
	tests := []struct {
		phrase string
		date   Date
		want   string
		ok     bool
	}{
		{phrase: "Slinker", date: NewDate(2001, 1, 1), want: "HOBREB", ok: true},
		{phrase: "GOLLUM", date: NewDate(1995, 6, 1), want: "HOB", ok: true},     // <= is inclusive
		{phrase: "GOLLUM", date: NewDate(1999, 8, 15), want: "HOBGOV", ok: true}, // interval end inclusive
		{phrase: "GOLLUM", date: 0, ok: false},                                   // no date, no default
		{phrase: "Sam Gamgee", date: NewDate(1995, 1, 4), want: "HOBCIV", ok: true},
		{phrase: "Sam Gamgee", date: NewDate(2008, 1, 19), want: "HOBCIV", ok: true},
		{phrase: "Sam Gamgee", date: NewDate(2010, 1, 9), want: "ORCHOB", ok: true},
		{phrase: "Sam Gamgee", date: NewDate(2010, 1, 12), want: "ORCHOB", ok: true}, // nested interval listed first
		{phrase: "Sam Gamgee", date: NewDate(2010, 1, 13), want: "HOBMIL", ok: true},
		{phrase: "Sam Gamgee", date: NewDate(2012, 12, 31), want: "HOB", ok: true}, // default after restrictions
		{phrase: "Hamfast Gamgee", date: NewDate(2010, 1, 7), want: "HOB", ok: true},
		{phrase: "nully", date: NewDate(2010, 1, 7), ok: false},
		{phrase: "GOLLUM", date: Latest, want: "HOBREB", ok: true},         // open-ended period ends last
		{phrase: "Sam Gamgee", date: Latest, want: "HOBMIL", ok: true},     // the period that ends last
		{phrase: "Hamfast Gamgee", date: Latest, want: "HOBGOV", ok: true}, // the last office, not the default
		{phrase: "nully", date: Latest, ok: false},
		{phrase: "Bilbo Baggins", date: Latest, want: "HOBGOV", ok: true}, // the last office, not the elite years after it
		{phrase: "Bilbo Baggins", date: NewDate(2010, 1, 1), want: "HOBELI", ok: true},
		{phrase: "Frodo Baggins", date: Latest, want: "HOBELI", ok: true}, // elite periods only: the one that ends last
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s@%v", tt.phrase, tt.date), func(t *testing.T) {
			ws := words(tt.phrase)
			m, ok := d.LongestMatch(ws, 0)
			if !ok || m.End != len(ws) {
				t.Fatalf("LongestMatch(%q) = %+v, %v", tt.phrase, m, ok)
			}
			c, ok := m.Entry.CodeAt(tt.date)
			if ok != tt.ok || c.Code != tt.want {
				t.Errorf("CodeAt(%v) = %q, %v; want %q, %v", tt.date, c.Code, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		err  bool
	}{
		{in: "950601", want: 19950601},
		{in: "300101", want: 20300101},
		{in: "310101", want: 19310101},
		{in: "20100112", want: 20100112},
		{in: "2010011", err: true},
		{in: "20101301", err: true},
		{in: "2010-01-", err: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if (err != nil) != tt.err || d != tt.want {
				t.Errorf("ParseDate(%q) = %v, %v", tt.in, d, err)
			}
			if err != nil && !errors.Is(err, ErrDate) {
				t.Errorf("error %v does not wrap ErrDate", err)
			}
		})
	}
}

// TestPossessivePhrases checks that phrases written with a possessive
// ("PEOPLE'S", "WORKERS'") match text whose tokens split it off, as the
// tokenizer does, and still match the unsplit form.
// TestGeneratedPhrases checks the forms the index adds to a phrase as
// written: possessives split as the tokenizer splits them, and the other
// spelling of "organization" and "co-operation"; an entry that lists both
// spellings itself is listed once.
func TestGeneratedPhrases(t *testing.T) {
	const src = "NATIONAL_PEOPLE'S_CONGRESS_ [CHNLEG]\nWORKERS'_PARTY_ [PRKGOV]\nPEOPLE_ [---PPL]\n" +
		"ORGANIZATION_OF_AMERICAN_STATES_ [IGOOAS]\n" +
		"SHANGHAI_COOPERATION_ORGANIZATION_ [IGOCAS]\n" +
		"WORLD_HEALTH_ORGANISATION_ [IGOUNOHLHWHO]\n+WORLD_HEALTH_ORGANIZATION_\n" +
		"ORGANIZATION_ [---]\n"
	d := actorDict(t, "generated.txt", src)
	tests := []struct {
		text string
		want string
		end  int
	}{
		{text: "National People 's Congress said", want: "CHNLEG", end: 4},
		{text: "NATIONAL PEOPLE'S CONGRESS", want: "CHNLEG", end: 3},
		{text: "Workers ' Party", want: "PRKGOV", end: 3},
		{text: "People 's Daily", want: "---PPL", end: 1},
		{text: "Organisation of American States", want: "IGOOAS", end: 4},
		{text: "Organization of American States", want: "IGOOAS", end: 4},
		{text: "Shanghai Co-operation Organisation", want: "IGOCAS", end: 3},
		{text: "Shanghai Cooperation Organisation", want: "IGOCAS", end: 3},
		{text: "Shanghai Co-operation Organization", want: "IGOCAS", end: 3},
		{text: "World Health Organization", want: "IGOUNOHLHWHO", end: 3},
		{text: "Organisation said", want: "---", end: 1},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			m, ok := d.LongestMatch(words(tt.text), 0)
			if !ok {
				t.Fatalf("no match")
			}
			c, _ := m.Entry.CodeAt(Latest)
			if c.Code != tt.want || m.End != tt.end || len(m.Entries) != 1 {
				t.Errorf("got %s ending at %d (%d entries), want %s ending at %d (1 entry)", c.Code, m.End, len(m.Entries), tt.want, tt.end)
			}
		})
	}
}

// actorDict returns a dictionary of one layer: the actor file src.
func actorDict(t *testing.T, name, src string) *ActorDict {
	t.Helper()
	f, err := ParseActors(name, strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	d := NewActorDict()
	d.AddLayer(f)
	return d
}

func TestAcronymPlural(t *testing.T) {
	for w, want := range map[string]bool{
		"PCs": true, "MPs": true, "NGOs": true, "PCS": false, "Pcs": false,
		"Ms": false, "bus": false, "US": false, "UKs": true,
	} {
		if got := AcronymPlural(w); got != want {
			t.Errorf("AcronymPlural(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestOtherSense(t *testing.T) {
	for _, c := range []struct {
		w, next string
		want    bool
	}{
		{w: "IRA", next: "said", want: false},
		{w: "IRA", next: "", want: false},
		{w: "Ira", next: "Magaziner", want: true},
		{w: "IRA", next: "account", want: true},
		{w: "IRA", next: "Funds", want: true},
		{w: "PLO", next: "fund", want: false},
		{w: "Nato", next: "said", want: false},
	} {
		if got := OtherSense(c.w, c.next); got != c.want {
			t.Errorf("OtherSense(%q, %q) = %v, want %v", c.w, c.next, got, c.want)
		}
	}
}
