package dictionary

import (
	"fmt"
	"strings"
	"testing"
)

func TestParseDiscards(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
		errs []string
	}{
		{
			name: "story and sentence discards, mixed case, comments, trailing _",
			in:   "# Story-level\n+World Golf Championships   # pas\nBASEBALL\nGROUP A_\n1914\n",
			want: []string{"2: story WORLD GOLF CHAMPIONSHIPS", "3: sentence BASEBALL", "4: sentence GROUP A whole", "5: sentence 1914"},
		},
		{
			name: "malformed",
			in:   "+\nCUP [X]\n",
			errs: []string{"f.txt:1: empty discard phrase", `f.txt:2: discard phrase "CUP [X]" contains a bracket`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseDiscards("f.txt", strings.NewReader(tt.in))
			if got := errorLines(t, err); !equalStrings(got, tt.errs) {
				t.Errorf("errors = %q, want %q", got, tt.errs)
			}
			var got []string
			for _, e := range f.Entries {
				kind := "sentence"
				if e.Story {
					kind = "story"
				}
				s := fmt.Sprintf("%d: %s %s", e.Pos.Line, kind, e.Phrase)
				if e.Phrase.WholeWord {
					s += " whole"
				}
				got = append(got, s)
			}
			if !equalStrings(got, tt.want) {
				t.Errorf("entries = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDiscardScan(t *testing.T) {
	f, err := ParseDiscards("d.txt", strings.NewReader("+TYPHOON\nBASEBALL\nAFRICAN NATIONS CUP\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := NewDiscardDict()
	d.AddLayer(f)
	tests := []struct {
		text          string
		story, simple bool
		phrase        string
	}{
		{text: "they restore baseball competition", simple: true, phrase: "BASEBALL"},
		{text: "baseball and a typhoon", story: true, phrase: "TYPHOON"},
		{text: "the African Nations Cup final", simple: true, phrase: "AFRICAN NATIONS CUP"},
		{text: "baseballs are round"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			m, story, sentence := d.Scan(words(tt.text))
			if story != tt.story || sentence != tt.simple {
				t.Fatalf("Scan = story %v sentence %v", story, sentence)
			}
			if (story || sentence) && strings.Join(m.Phrase.Words, " ") != tt.phrase {
				t.Errorf("phrase = %v, want %s", m.Phrase, tt.phrase)
			}
			if hm, hs, hse := d.ScanWords(HashWords(words(tt.text))); hs != story || hse != sentence || hm.Phrase != m.Phrase {
				t.Errorf("ScanWords = %v, %v, %v; Scan %v, %v, %v", hm.Phrase, hs, hse, m.Phrase, story, sentence)
			}
		})
	}
}

func TestParseIssues(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     []string
		errs     []string
		warnings []string
	}{
		{
			name: "markers and ignore phrases",
			in: "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\nn:teacher [TEACHERS]\npre+n:school [EARLY]\n" +
				"v:abduct\n~a head start\n~~medical device directive\ntouristry[TOURISM]\n</ISSUE>\n",
			want: []string{
				"2 TEACHERS EDUCATION: TEACHER|TEACHERS",
				"3 EARLY EDUCATION: PRE SCHOOL|PRE-SCHOOL|PRE SCHOOLS|PRE-SCHOOLS",
				"4 EDUCATION EDUCATION implicit: ABDUCT|ABDUCTS|ABDUCTED|ABDUCTING",
				"5 ignore EDUCATION: A HEAD START",
				"6 ignore story EDUCATION: MEDICAL DEVICE DIRECTIVE",
				"7 TOURISM EDUCATION: TOURISTRY",
			},
		},
		{
			name: "lenient: two entries on a line, repeated code, junk, stray close, empty + part",
			in:   "a [X]b [Y]\naqim [T] [T]\nc [Z]****\n</ISSUE>\n~eu+ gene\n",
			want: []string{"1 X : A", "1 Y : B", "2 T : AQIM", "3 Z : C", "5 ignore : EU GENE"},
			warnings: []string{
				"f.txt:1: several issue entries on one line",
				"f.txt:2: repeated issue code [T] ignored",
				`f.txt:3: text "****" after issue code ignored`,
				"f.txt:4: </ISSUE> without <ISSUE> ignored",
				`f.txt:5: empty part around '+' in issue phrase "eu+ gene" ignored`,
			},
		},
		{
			name: "malformed",
			in:   "<ISSUE TYPE=\"ALL\">\n<ISSUE CATEGORY=\"A\"\n</FOO>\nphrase\nx [ ]\ny [Q\n[Q]\n<ISSUE CATEGORY=\"A\">\n<ISSUE CATEGORY=\"B\">\n",
			errs: []string{
				`f.txt:1: issue tag "<ISSUE TYPE=\"ALL\">" has no CATEGORY`,
				`f.txt:2: malformed issue tag "<ISSUE CATEGORY=\"A\"" (want <ISSUE CATEGORY="..." TYPE="...">)`,
				`f.txt:3: unknown closing tag "</FOO>"`,
				"f.txt:4: issue phrase without [CODE] outside an <ISSUE> group",
				"f.txt:5: empty issue code",
				"f.txt:6: unbalanced '[' or ']' in issue line",
				"f.txt:7: empty issue phrase",
				"f.txt:9: <ISSUE> inside the <ISSUE> group opened at line 8",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseIssues("f.txt", strings.NewReader(tt.in))
			if got := errorLines(t, err); !equalStrings(got, tt.errs) {
				t.Errorf("errors =\n%q\nwant\n%q", got, tt.errs)
			}
			var got []string
			for _, e := range f.Entries {
				var ps []string
				for _, p := range e.Phrases {
					ps = append(ps, strings.Join(p.Words, " "))
				}
				s := fmt.Sprint(e.Pos.Line)
				switch {
				case e.Story:
					s += " ignore story"
				case e.Ignore:
					s += " ignore"
				default:
					s += " " + e.Code
				}
				s += " " + e.Category
				if e.Implicit {
					s += " implicit"
				}
				got = append(got, s+": "+strings.Join(ps, "|"))
			}
			if !equalStrings(got, tt.want) {
				t.Errorf("entries =\n%q\nwant\n%q", got, tt.want)
			}
			if got := listLines(f.Warnings); !equalStrings(got, tt.warnings) {
				t.Errorf("warnings =\n%q\nwant\n%q", got, tt.warnings)
			}
		})
	}
}

func TestIssueMatch(t *testing.T) {
	f, err := ParseIssues("i.txt", strings.NewReader("<ISSUE CATEGORY=\"E\">\noil [OIL]\nheavy crude [OIL]\n~olive oil\n</ISSUE>\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := NewIssueDict()
	d.AddLayer(f)
	ws := words("Olive oil and heavy crude")
	if m, ok := d.LongestMatch(ws, 3); !ok || m.End != 5 || m.Entry.Code != "OIL" {
		t.Errorf("LongestMatch(heavy crude) = %+v, %v", m, ok)
	}
	if m, ok := d.LongestIgnore(ws, 0); !ok || m.End != 2 {
		t.Errorf("LongestIgnore(olive oil) = %+v, %v", m, ok)
	}
	if _, ok := d.LongestMatch(ws, 0); ok {
		t.Errorf("LongestMatch(olive) matched")
	}
}

func TestParsePrepositions(t *testing.T) {
	f, err := ParsePrepositions("p.txt", strings.NewReader("abaft\nvis-à-vis\nin front\n"))
	if got, want := errorLines(t, err), []string{"p.txt:3: want one preposition per line, got 2 words"}; !equalStrings(got, want) {
		t.Errorf("errors = %q, want %q", got, want)
	}
	for _, tt := range []struct {
		word string
		want bool
	}{{word: "ABAFT", want: true}, {word: "abaft", want: true}, {word: "VIS-À-VIS", want: true}, {word: "vis-à-vis", want: true}, {word: "in", want: false}} {
		t.Run(tt.word, func(t *testing.T) {
			if got := f.Has(tt.word); got != tt.want {
				t.Errorf("Has(%q) = %v", tt.word, got)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{in: "abc", want: "ABC"},
		{in: "ABC", want: "ABC"},
		{in: "erdoğan", want: "ERDOĞAN"},
		{in: "NIG\xd3ERIA", want: "NIG\xd3ERIA"}, // invalid UTF-8 kept
		{in: "n'T", want: "N'T"},
		{in: "demonstrations", want: "DEMONSTRATIONS"},                 // longer than one 8-byte step
		{in: "`az{@[", want: "`AZ{@["},                                 // the bytes around the letters
		{in: "\u212aelvin", want: "\u212aELVIN"},                       // the Kelvin sign is upper case
		{in: "istanbul-erdoğanstraße", want: "ISTANBUL-ERDOĞANSTRAßE"}, // non-ASCII, longer than 8 bytes
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if foldHash(tt.in) != foldHash(tt.want) || !foldEqual(tt.want, tt.in) || !asciiFoldEqual(tt.want, tt.in) {
				t.Errorf("hash/equal disagree with Fold for %q", tt.in)
			}
		})
	}
}

// TestASCIIFoldEqual checks asciiFoldEqual, which compares eight bytes at
// a time, against foldEqual: words of every length around the eight-byte
// steps, differing in one byte at each position (the bytes next to the
// letters, a letter's other case, a byte above ASCII), and keys of
// another length.
func TestASCIIFoldEqual(t *testing.T) {
	const text = "@az[`AZ{quickBROWNfoxJumps"
	for n := 0; n <= len(text); n++ {
		s := text[:n]
		key := Fold(s)
		check := func(key, s string) {
			if got, want := asciiFoldEqual(key, s), foldEqual(key, s); got != want {
				t.Errorf("asciiFoldEqual(%q, %q) = %v, foldEqual %v", key, s, got, want)
			}
		}
		check(key, s)
		check(key+"A", s)
		check(key, s+"a")
		for i := 0; i < n; i++ {
			for _, b := range []string{"A", "a", "@", "[", "`", "{", "\xff", "\u212a"} {
				check(key, s[:i]+b+s[i+1:])
				check(key[:i]+b+key[i+1:], s)
			}
		}
	}
	if !asciiFoldEqual("\u212aELVIN", "\u212aelvin") || !asciiFoldEqual("DEMONSTRATIONS", "Demonstrations") || asciiFoldEqual("KELVIN", "kelvim") {
		t.Error("asciiFoldEqual: the Kelvin sign, a long word or a last-byte difference")
	}
}
