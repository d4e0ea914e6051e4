package coder

import (
	"embed"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"tacitus/conformance"
	"tacitus/dictionary"
)

//go:embed testdata/rules.txt testdata/dict testdata/syndict
var testdataFS embed.FS

// ruleCase is one block of testdata/rules.txt.
type ruleCase struct {
	name, text, parse string
	date              time.Time
	cfg               conformance.Config
	want              []string
	err               string
	keepDateline      bool // code past a dateline instead of failing
}

func loadRuleCases(t *testing.T) []ruleCase {
	t.Helper()
	data, err := testdataFS.ReadFile("testdata/rules.txt")
	if err != nil {
		t.Fatal(err)
	}
	var cases []ruleCase
	var cur *ruleCase
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if name, ok := strings.CutPrefix(line, "=== "); ok {
			cases = append(cases, ruleCase{name: name, cfg: conformance.DefaultConfig()})
			cur = &cases[len(cases)-1]
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok || cur == nil {
			t.Fatalf("rules.txt:%d: bad line %q", n+1, line)
		}
		val = strings.TrimSpace(val)
		switch key {
		case "text":
			cur.text = val
		case "parse":
			cur.parse = val
		case "date":
			d, err := time.Parse("20060102", val)
			if err != nil {
				t.Fatalf("rules.txt:%d: %v", n+1, err)
			}
			cur.date = d
		case "config":
			for _, kv := range strings.Fields(val) {
				k, v, _ := strings.Cut(kv, "=")
				if k == "dateline" {
					cur.keepDateline = v == "ignore"
					continue
				}
				if err := cur.cfg.Set(k, v); err != nil {
					t.Fatalf("rules.txt:%d: %v", n+1, err)
				}
			}
		case "want":
			cur.want = append(cur.want, strings.Join(strings.Fields(val), " "))
		case "error":
			cur.err = val
		default:
			t.Fatalf("rules.txt:%d: unknown key %q", n+1, key)
		}
	}
	return cases
}

// testSet loads the tiny dictionaries of testdata/dict.
func testSet(t testing.TB) *dictionary.Set {
	t.Helper()
	set, err := dictionary.LoadDir(testdataFS, "testdata/dict")
	if err != nil {
		t.Fatalf("loading test dictionaries: %v", err)
	}
	return set
}

func TestRules(t *testing.T) {
	set := testSet(t)
	strict := New(set, Options{DatelineError: true})
	lenient := New(set, Options{})
	for _, tc := range loadRuleCases(t) {
		c := strict
		if tc.keepDateline {
			c = lenient
		}
		t.Run(tc.name, func(t *testing.T) {
			s, ok := sentenceFromPTB(tc.parse, tc.text)
			if !ok {
				t.Fatalf("bad parse %q", tc.parse)
			}
			evs, err := c.Code(s, tc.text, tc.date, ConfigFrom(tc.cfg))
			if tc.err != "" {
				want := conformance.ErrorKind(tc.err).Err()
				if !errors.Is(suiteError(err), want) {
					t.Fatalf("error = %v, want %s", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error %v", err)
			}
			var got []string
			for _, e := range evs {
				got = append(got, e.Source+" "+e.Target+" "+e.Code)
			}
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s\n got  %q\n want %q", tc.text, got, want)
			}
		})
	}
}

// TestConcurrentCode codes the rule sentences from several goroutines
// (run with -race): a Coder is safe for concurrent use.
func TestConcurrentCode(t *testing.T) {
	c := New(testSet(t), Options{})
	cases := loadRuleCases(t)
	done := make(chan []string, 4)
	for g := 0; g < 4; g++ {
		go func() {
			var out []string
			for _, tc := range cases {
				s, _ := sentenceFromPTB(tc.parse, tc.text)
				evs, _ := c.Code(s, tc.text, tc.date, ConfigFrom(tc.cfg))
				for _, e := range evs {
					out = append(out, e.Source+e.Target+e.Code)
				}
			}
			done <- out
		}()
	}
	first := <-done
	for g := 1; g < 4; g++ {
		if got := <-done; !slices.Equal(got, first) {
			t.Fatalf("goroutines disagree: %q vs %q", got, first)
		}
	}
}
