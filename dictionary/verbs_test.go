package dictionary

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// tokString renders linear tokens: "_" prefix = adjacent.
func tokString(ts []Token) string {
	var out []string
	for _, t := range ts {
		s := t.Text
		if t.Adjacent {
			s = "_" + s
		}
		if t.Kind == TokSynset && t.Synset == nil {
			s += "?"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// constString renders syntactic constituents.
func constString(cs []Constituent) string {
	var out []string
	var one func(c Constituent) string
	one = func(c Constituent) string {
		switch c.Kind {
		case PrepPhrase:
			if c.Object == nil {
				return "(" + c.Head.Text + ")"
			}
			return "(" + c.Head.Text + " " + one(*c.Object) + ")"
		case Marker:
			return "<" + c.Head.Text + ">"
		}
		if len(c.Mods) == 0 {
			return c.Head.Text
		}
		var ws []string
		for _, m := range c.Mods {
			ws = append(ws, m.Text)
		}
		return "{" + strings.Join(ws, " ") + " ^" + c.Head.Text + "}"
	}
	for _, c := range cs {
		out = append(out, one(c))
	}
	return strings.Join(out, " ")
}

func parseVerbsT(t *testing.T, in string) (*VerbFile, []string) {
	t.Helper()
	f, err := ParseVerbs("v.txt", strings.NewReader(in))
	return f, errorLines(t, err)
}

func TestVerbCodes(t *testing.T) {
	tests := []struct {
		in                   string
		active, passive      string
		null, paired, passiv bool
		err                  bool
	}{
		{in: "064", active: "064"},
		{in: "032:033", active: "032", passive: "033", paired: true},
		{in: ":110", passive: "110", passiv: true},
		{in: "---", active: "---", null: true},
		{in: " 174K ", active: "174K"},
		{in: "###", active: "###"},
		{in: "", err: true},
		{in: "1:2:3", err: true},
		{in: "12:", err: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, err := parseVerbCode(tt.in)
			if (err != nil) != tt.err {
				t.Fatalf("err = %v", err)
			}
			if err != nil {
				if !errors.Is(err, ErrCode) {
					t.Errorf("error %v does not wrap ErrCode", err)
				}
				return
			}
			if c.Active != tt.active || c.Passive != tt.passive || c.Null() != tt.null || c.Paired() != tt.paired || c.PassiveOnly() != tt.passiv {
				t.Errorf("code = %+v", c)
			}
		})
	}
}

func TestParseVerbBlocks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // "BLOCK [code] VERB(code): forms"
		errs []string
	}{
		{
			name: "generated forms (union of P1 and P2 rules) and own code",
			in:   "---  ASK   [020]  ---\nASK\nINTERROGATE [090]\nDENY\nAGREE\nPASS\n",
			want: []string{
				"ASK [020] ASK(020): ASK ASKS ASKED ASKING",
				"ASK [020] INTERROGATE(090): INTERROGATE INTERROGATES INTERROGATED INTERROGATING",
				"ASK [020] DENY(020): DENY DENYS DENIES DENYED DENYING",
				"ASK [020] AGREE(020): AGREE AGREES AGREED AGREING AGREEING",
				"ASK [020] PASS(020): PASS PASSS PASSES PASSED PASSING",
			},
		},
		{
			name: "listed forms replace generation; multi-word verbs; ; comment",
			in: "--- BREAK [1717] ---\nBREAK { BROKE BROKEN  }\n+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }\n" +
				"WIRE_+TAP {WIRE_+TAPPED  WIRE_TAPPING } [1711]\nRIP {RIPS RIPPED};shan   7/11/93\n+CALL_OFF\n",
			want: []string{
				"BREAK [1717] BREAK(1717): BREAK BROKE BROKEN",
				"BREAK [1717] +BREAK_DOWN(1717): +BREAK_DOWN +BREAKS_DOWN +BROKE_DOWN",
				"BREAK [1717] WIRE_+TAP(1711): WIRE_+TAP WIRE_+TAPPED WIRE_+TAPPING",
				"BREAK [1717] RIP(1717): RIP RIPS RIPPED",
				"BREAK [1717] +CALL_OFF(1717): +CALL_OFF +CALLS_OFF +CALLED_OFF +CALLING_OFF",
			},
		},
		{
			name: "header variants: no code, first bracket only, no closing dashes, comment",
			in:   "--- ABANDON ---\nA\n--- DELAY [120]  [031:031]  ---\nB\n--- TROUBLED  [---] # NOUN ---\nC\n--- LASH OUT  [122] ---\nLASH OUT\n",
			want: []string{"ABANDON [] A(): A AS AED AING", "DELAY [120] B(120): B BS BED BING", "TROUBLED [---] C(---): C CS CED CING", "LASH OUT [122] +LASH_OUT(122): +LASH_OUT +LASHS_OUT +LASHED_OUT +LASHING_OUT"},
		},
		{
			name: "malformed verb lines and headers",
			in: "ASK\n--- [020] ---\n--- A [12:] ---\n--- B [1] ---\nX [1] junk\nY {Z\nY {Z} W\n+A_+B\nA*B\n" +
				"C [\nD {E} [1:2:3]\n--- C [1\n",
			errs: []string{
				"v.txt:1: verb line outside a verb block",
				"v.txt:2: block header without a name",
				"v.txt:3: block A: bad code: bad paired code [12:]",
				`v.txt:5: unexpected text "junk" after verb code`,
				"v.txt:6: unbalanced '{' or '}' in verb forms",
				`v.txt:7: unexpected text "W" after verb forms`,
				`v.txt:8: verb "+A_+B": more than one '+' head word`,
				`v.txt:9: verb "A*B": bad verb word "A*B"`,
				"v.txt:10: unbalanced '[' or ']' in verb line",
				"v.txt:11: bad code: bad paired code [1:2:3]",
				"v.txt:12: unbalanced '[' or ']' in block header",
			},
			want: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, errs := parseVerbsT(t, tt.in)
			if !equalStrings(errs, tt.errs) {
				t.Errorf("errors =\n%q\nwant\n%q", errs, tt.errs)
			}
			got := []string{}
			for _, b := range f.Blocks {
				for _, v := range b.Verbs {
					var fs []string
					for _, fm := range v.Forms {
						fs = append(fs, formString(fm))
					}
					got = append(got, fmt.Sprintf("%s [%s] %s(%s): %s", b.Name, b.Code, formString(v.Forms[0]), v.EffectiveCode(), strings.Join(fs, " ")))
				}
			}
			if !equalStrings(got, tt.want) {
				t.Errorf("verbs =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// formString writes a form as in the dictionary: '+' marks the head of a
// multi-word form.
func formString(f *VerbForm) string {
	if len(f.Words) == 1 {
		return f.Words[0]
	}
	ws := append([]string(nil), f.Words...)
	ws[f.Head] = "+" + ws[f.Head]
	return strings.Join(ws, "_")
}

func TestSynsets(t *testing.T) {
	in := `&CURRENCY
+DOLLARS
+AUSTRIAN FLORIN
+GOLDEN_GOBLIN_GALLEONS
+CASH_
+PENNY
+CROSS
&AUXVERB1_
+WAS
&ACCORDSYN
+&TIETYPES
+NEARER
&CURRENCY
+EURO
&
--- X [1] ---
X
- * &CURRENCY [2]
--- X [3] ---
XX
`
	f, errs := parseVerbsT(t, in)
	if want := []string{"v.txt:15: empty synset label"}; !equalStrings(errs, want) {
		t.Errorf("errors = %q, want %q", errs, want)
	}
	wantWarn := []string{
		"v.txt:11: synset &ACCORDSYN: nested synset &TIETYPES is not supported; member ignored",
		"v.txt:13: synset &CURRENCY defined again; the first definition is used",
		"v.txt:19: verb block X defined again (first at line 16); its verbs and patterns are read as another block",
	}
	if got := listLines(f.Warnings); !equalStrings(got, wantWarn) {
		t.Errorf("warnings =\n%q\nwant\n%q", got, wantWarn)
	}
	var got []string
	for _, s := range f.Synsets {
		for _, m := range s.Members {
			got = append(got, fmt.Sprintf("%s %s joined=%v plural=%s", s.Name, strings.Join(m.Words, " "), m.Joined, strings.Join(m.Plural, " ")))
		}
	}
	want := []string{
		"&CURRENCY DOLLARS joined=false plural=DOLLARES",
		"&CURRENCY AUSTRIAN FLORIN joined=false plural=AUSTRIAN FLORINS",
		"&CURRENCY GOLDEN GOBLIN GALLEONS joined=true plural=",
		"&CURRENCY CASH joined=false plural=",
		"&CURRENCY PENNY joined=false plural=PENNIES",
		"&CURRENCY CROSS joined=false plural=CROSES",
		"&AUXVERB1_ WAS joined=false plural=",
		"&ACCORDSYN NEARER joined=false plural=",
	}
	// &ACCORDSYN has no '_' so NEARER gets a plural
	want[len(want)-1] = "&ACCORDSYN NEARER joined=false plural=NEARERS"
	if !equalStrings(got, want) {
		t.Errorf("members =\n%q\nwant\n%q", got, want)
	}
	d := NewVerbDict()
	d.AddLayer(f)
	cur := d.Synset("currency")
	if cur == nil || d.Synset("&AUXVERB1") == nil {
		t.Fatal("synset lookup by key failed")
	}
	matchTests := []struct {
		sentence   string
		i          int
		end        int
		endingAt   int
		start      int
		ok, backOK bool
	}{
		{sentence: "a million swiss dollars to", i: 3, end: 4, ok: true, endingAt: 3, start: 3, backOK: true},
		{sentence: "two austrian florins", i: 1, end: 3, ok: true, endingAt: 2, start: 1, backOK: true},
		{sentence: "golden goblin galleons", i: 0, end: 3, ok: true, endingAt: 2, start: 0, backOK: true},
		{sentence: "goblin galleons", i: 0, endingAt: 1},
		{sentence: "cashes", i: 0, endingAt: 0},
		{sentence: "pennies", i: 0, end: 1, ok: true, endingAt: 0, start: 0, backOK: true},
	}
	for _, tt := range matchTests {
		t.Run(tt.sentence, func(t *testing.T) {
			ws := words(tt.sentence)
			end, _, ok := cur.MatchAt(ws, tt.i)
			if ok != tt.ok || end != tt.end {
				t.Errorf("MatchAt = %d, %v; want %d, %v", end, ok, tt.end, tt.ok)
			}
			start, _, ok := cur.MatchEndingAt(ws, tt.endingAt)
			if ok != tt.backOK || start != tt.start {
				t.Errorf("MatchEndingAt = %d, %v; want %d, %v", start, ok, tt.start, tt.backOK)
			}
		})
	}
	if !cur.Has("dollars") || !cur.Has("Dollares") || cur.Has("florin") {
		t.Errorf("Has gives wrong answers")
	}
	if cur.Has("EURO") {
		t.Errorf("member of the repeated definition was added")
	}
}

func TestLinearPatterns(t *testing.T) {
	head := "&NEG\n+NOT\n--- V [1] ---\nV\n"
	tests := []struct {
		name         string
		pattern      string
		upper, lower string
		code         string
		err          string
	}{
		{name: "lower with gap", pattern: "- * FOR [096]", lower: "FOR", code: "096"},
		{name: "adjacent to verb", pattern: "- *_ON [095]", lower: "_ON", code: "095"},
		{name: "adjacent before verb", pattern: "- RECENTLY_* [025]", upper: "_RECENTLY", code: "025"},
		{name: "trailing _ before space is open", pattern: "- IN_ *  [075A]", upper: "IN", code: "075A"},
		{name: "both sides", pattern: "- SO IN_AND_*_OUT_AGAIN NOW [074]", upper: "_AND _IN SO", lower: "_OUT _AGAIN NOW", code: "074"},
		{name: "markers and synset", pattern: "- + HOSTING * TABASKI ^ $ [042]", upper: "HOSTING +", lower: "TABASKI ^ $", code: "042"},
		{name: "synset adjacency and trailing _", pattern: "- * NEW_&NEG_RELATIONS OFF_ [903]", lower: "NEW _&NEG _RELATIONS OFF", code: "903"},
		{name: "undefined synset", pattern: "- &NOPE * [1]", upper: "&NOPE?", code: "1"},
		{name: "compound", pattern: "- % HAVE * [191]", upper: "HAVE %", code: "191"},
		{name: "discard code with #", pattern: "- * DIPLXMATIC  [###]  # -PAS", lower: "DIPLXMATIC", code: "###"},
		{name: "paired", pattern: "- * TIES [064:064]", lower: "TIES", code: "064:064"},
		{name: "no star", pattern: "- TIES [064]", err: "v.txt:5: pattern without '*' (the verb)"},
		{name: "two stars", pattern: "- * * [064]", err: "v.txt:5: pattern with 2 '*' (want one)"},
		{name: "no code", pattern: "- * TIES", err: "v.txt:5: pattern without [CODE]"},
		{name: "bad code", pattern: "- * TIES [:]", err: "v.txt:5: bad code: bad paired code [:]"},
		{name: "text after code", pattern: "- * TIES [1] X", err: `v.txt:5: unexpected text "X" after pattern code`},
		{name: "unbalanced", pattern: "- * TIES [1", err: "v.txt:5: unbalanced '[' or ']' in pattern"},
		{name: "glued star", pattern: "- * A*B [1]", err: "v.txt:5: pattern with 2 '*' (want one)"},
		{name: "bad word", pattern: "- * A] [1]", err: "v.txt:5: unbalanced '[' or ']' in pattern"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, errs := parseVerbsT(t, head+tt.pattern+"\n")
			if f.Dialect != Linear {
				t.Fatalf("dialect = %v", f.Dialect)
			}
			var wantErrs []string
			if tt.err != "" {
				wantErrs = []string{tt.err}
			}
			if !equalStrings(errs, wantErrs) {
				t.Fatalf("errors = %q, want %q", errs, wantErrs)
			}
			if tt.err != "" {
				return
			}
			d := NewVerbDict()
			d.AddLayer(f)
			p := f.Blocks[0].Patterns[0]
			if got := tokString(p.Upper); got != tt.upper {
				t.Errorf("upper = %q, want %q", got, tt.upper)
			}
			if got := tokString(p.Lower); got != tt.lower {
				t.Errorf("lower = %q, want %q", got, tt.lower)
			}
			if p.Code.Raw != tt.code || p.Block != f.Blocks[0] || p.Pos.Line != 5 {
				t.Errorf("code %q block %v pos %v", p.Code.Raw, p.Block.Name, p.Pos)
			}
		})
	}
}

func TestSyntacticPatterns(t *testing.T) {
	head := "&AIRCRAFT\n&SECURITY\n+POLICE\n&WEAPON\n+GUN\n####### VERB PATTERNS #######\n--- V [1] ---\nV\n"
	tests := []struct {
		name      string
		pattern   string
		pre, post string
		warn      string
		err       string
	}{
		{name: "head noun", pattern: "- * AID [070]", post: "AID"},
		{name: "noun phrase", pattern: "- &AIRCRAFT * {MOCK ATTACKS} [062:062]", pre: "&AIRCRAFT", post: "{MOCK ^ATTACKS}"},
		{name: "prepositions", pattern: "- * (TO LIST) (OF {BANNED PARTIES}) [1722]", post: "(TO LIST) (OF {BANNED ^PARTIES})"},
		{name: "bare preposition", pattern: "- * (TO) [042:043]", post: "(TO)"},
		{name: "synset in braces", pattern: "- * &SECURITY (OVER {&WEAPON ATTACK}) [151]", post: "&SECURITY (OVER {&WEAPON ^ATTACK})"},
		{name: "several heads", pattern: "- * RESTORATION RELATIONS [050:050]", post: "RESTORATION RELATIONS"},
		{name: "legacy markers", pattern: "- * (TO {BANNED PARTIES}) $ [1722]", post: "(TO {BANNED ^PARTIES}) <$>"},
		{name: "skip object", pattern: "- * OFF (FROM ^) [042]", post: "OFF (FROM <^>)"},
		{name: "underscore noun phrase, synset with _", pattern: "- * {AIR_STRIKE} &FIGHT_OF_WORDS [013]", post: "{AIR ^STRIKE} &FIGHT_OF_WORDS?"},
		{name: "multi-word object", pattern: "- * (TO A VOTE) [014]", post: "(TO {A ^VOTE})"},
		{name: "passive only", pattern: "- * (BEFORE COURT) [:173]", post: "(BEFORE COURT)"},
		{name: "stray closer", pattern: "- * VENTURE (WITH VISIT)   VISIT)[042:043]", post: "VENTURE (WITH VISIT) VISIT", warn: `v.txt:9: unbalanced ")" ignored`},
		{name: "unclosed brace", pattern: "- * {MOCK ATTACK [1]", err: `v.txt:9: missing "}"`},
		{name: "nested", pattern: "- * (A (B)) [1]", err: "v.txt:9: nested '('"},
		{name: "empty np", pattern: "- * {} [1]", err: "v.txt:9: empty noun phrase"},
		{name: "empty pp", pattern: "- * () [1]", err: `v.txt:9: empty prepositional phrase "()"`},
		{name: "marker as preposition", pattern: "- * ($ X) [1]", err: `v.txt:9: prepositional phrase must start with a preposition, not "$"`},
		{name: "star in braces", pattern: "- {A * B} [1]", err: `v.txt:9: '*' inside "{...}"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, errs := parseVerbsT(t, head+tt.pattern+"\n")
			if f.Dialect != Syntactic {
				t.Fatalf("dialect = %v", f.Dialect)
			}
			var wantErrs, wantWarn []string
			if tt.err != "" {
				wantErrs = []string{tt.err}
			}
			if tt.warn != "" {
				wantWarn = []string{tt.warn}
			}
			if !equalStrings(errs, wantErrs) {
				t.Fatalf("errors = %q, want %q", errs, wantErrs)
			}
			if got := listLines(f.Warnings); !equalStrings(got, wantWarn) {
				t.Errorf("warnings = %q, want %q", got, wantWarn)
			}
			if tt.err != "" {
				return
			}
			d := NewVerbDict()
			d.AddLayer(f)
			p := f.Blocks[0].Patterns[0]
			for _, c := range append(append([]Constituent(nil), p.Pre...), p.Post...) {
				if c.Head.Kind == TokSynset && c.Head.Synset == nil && !strings.Contains(tt.post, "?") {
					t.Errorf("synset %s not linked", c.Head.Text)
				}
			}
			post := constString(p.Post)
			for _, c := range p.Post {
				if c.Head.Kind == TokSynset && c.Head.Synset == nil {
					post = strings.Replace(post, c.Head.Text, c.Head.Text+"?", 1)
				}
			}
			if got := constString(p.Pre); got != tt.pre {
				t.Errorf("pre = %q, want %q", got, tt.pre)
			}
			if post != tt.post {
				t.Errorf("post = %q, want %q", post, tt.post)
			}
		})
	}
}

func TestVerbContextAndTransformations(t *testing.T) {
	in := `- * X [1]
~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK ) WANT = a b 021
~ a (_ b Q) SAY = a b Q
~ a (a b ATTACK) SAY
~ a a b ATTACK SAY = a b 015
~ A (a b ATTACK) SAY = a b 015
`
	f, errs := parseVerbsT(t, in)
	want := []string{
		"v.txt:1: pattern line outside a verb block",
		"v.txt:5: transformation without '='",
		`v.txt:6: transformation must read "~ X (Y Z VERB) VERB = X Y CODE"`,
		`v.txt:7: transformation actor "A" must be a lower-case variable, '.' or '_'`,
	}
	if !equalStrings(errs, want) {
		t.Errorf("errors =\n%q\nwant\n%q", errs, want)
	}
	var got []string
	for _, tr := range f.Transformations {
		got = append(got, fmt.Sprintf("%s(%s %s %s)%s=%s %s %s", tr.OuterSource, tr.InnerSource, tr.InnerTarget, tr.InnerVerb, tr.OuterVerb, tr.Source, tr.Target, tr.Code))
	}
	wantT := []string{"a(a b ATTACK)SAY=a b 015", "a(b . ATTACK)WANT=a b 021", "a(_ b Q)SAY=a b Q"}
	if !equalStrings(got, wantT) {
		t.Errorf("transformations = %q, want %q", got, wantT)
	}
}

func TestVerbLookup(t *testing.T) {
	base := `--- BREAK [1717] ---
BREAK { BROKE BROKEN  }
+BREAK_DOWN {+BREAKS_DOWN +BREAKING_DOWN +BROKE_DOWN +BROKEN_DOWN }
--- SHOT [---] ---
SHOT
- *_AND_WOUND  [223]
--- SHOT  [223] ---
SHOT
- + WAS * DEAD IN $ [224]
--- CONFISCATE [1711] ---
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
`
	f, errs := parseVerbsT(t, base)
	if errs != nil {
		t.Fatal(errs)
	}
	d := NewVerbDict()
	d.AddLayer(f)
	tests := []struct {
		word string
		want []string // form(block code)
	}{
		{word: "broke", want: []string{"+BROKE_DOWN(BREAK 1717)", "BROKE(BREAK 1717)"}},
		{word: "Break", want: []string{"+BREAK_DOWN(BREAK 1717)", "BREAK(BREAK 1717)"}},
		{word: "breaks", want: []string{"+BREAKS_DOWN(BREAK 1717)"}},
		{word: "SHOT", want: []string{"SHOT(SHOT ---)", "SHOT(SHOT 223)"}},
		{word: "tapped", want: []string{"WIRE_+TAPPED(CONFISCATE 1711)"}},
		{word: "tap", want: []string{"WIRE_+TAP(CONFISCATE 1711)"}},
		{word: "wire", want: nil},
		{word: "departx", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			var got []string
			for _, fm := range d.Lookup(tt.word) {
				got = append(got, fmt.Sprintf("%s(%s %s)", formString(fm), fm.Verb.Block.Name, fm.Verb.EffectiveCode()))
			}
			if !equalStrings(got, tt.want) {
				t.Errorf("Lookup(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
	if b := d.Block("shot"); b == nil || b.Code.Raw != "---" {
		t.Errorf("Block(shot) = %v", b)
	}

	// An overlay layer hides the base's forms of a word and its block.
	over, errs := parseVerbsT(t, "--- BREAK [999] ---\nBREAK\n")
	if errs != nil {
		t.Fatal(errs)
	}
	d.AddLayer(over)
	var got []string
	for _, fm := range d.Lookup("BREAK") {
		got = append(got, fmt.Sprintf("%s %s", formString(fm), fm.Verb.EffectiveCode()))
	}
	if want := []string{"BREAK 999"}; !equalStrings(got, want) {
		t.Errorf("after overlay Lookup(BREAK) = %q, want %q", got, want)
	}
	if got := d.Lookup("BROKE"); len(got) != 2 {
		t.Errorf("overlay must not hide forms it does not define: Lookup(BROKE) = %d forms", len(got))
	}
	if d.Block("BREAK").Code.Raw != "999" {
		t.Errorf("overlay block not used")
	}
}

// TestBritishSpellings checks that an -ize verb is found in its -ise
// spelling unless a file defines that spelling, and that words that
// only end in -ize (SEIZE) get none.
func TestBritishSpellings(t *testing.T) {
	f, errs := parseVerbsT(t, `--- FINISH [---] ---
FINALIZE
SEIZE
--- SIGN [057] ---
ORGANIZE
ORGANISE [040]
`)
	if errs != nil {
		t.Fatal(errs)
	}
	d := NewVerbDict()
	d.AddLayer(f)
	tests := []struct {
		word string
		want []string
	}{
		{word: "finalised", want: []string{"FINALISED ---"}},
		{word: "FINALISING", want: []string{"FINALISING ---"}},
		{word: "finalizes", want: []string{"FINALIZES ---"}},
		{word: "seise", want: nil},
		{word: "organised", want: []string{"ORGANISED 040"}},
	}
	for _, tt := range tests {
		var got []string
		for _, fm := range d.Lookup(tt.word) {
			got = append(got, fmt.Sprintf("%s %s", formString(fm), fm.Verb.EffectiveCode()))
		}
		if !equalStrings(got, tt.want) {
			t.Errorf("Lookup(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestDialectOption(t *testing.T) {
	in := "--- V [1] ---\nV\n- * TIES [2]\n"
	f, err := ParseVerbsWith("v.txt", strings.NewReader(in), VerbOptions{Dialect: Syntactic})
	if err != nil {
		t.Fatal(err)
	}
	if p := f.Blocks[0].Patterns[0]; f.Dialect != Syntactic || constString(p.Post) != "TIES" || p.Lower != nil {
		t.Errorf("forced dialect not applied: %v %+v", f.Dialect, p)
	}
	f, _ = ParseVerbs("v.txt", strings.NewReader(in+"- * (TO) [3]\n"))
	if f.Dialect != Syntactic {
		t.Errorf("braces did not select the syntactic dialect")
	}
}
