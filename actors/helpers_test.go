package actors

import (
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"tacitus/dictionary/builtin"
	"tacitus/nlp"
)

var (
	recOnce sync.Once
	rec     *Recognizer
	recErr  error
)

// recognizer returns a Recognizer over the built-in dictionaries, built
// once for the package's tests.
func recognizer(tb testing.TB) *Recognizer {
	tb.Helper()
	recOnce.Do(func() {
		l, err := builtin.Default()
		if err != nil {
			recErr = err
			return
		}
		rec = New(l.Set)
	})
	if recErr != nil {
		tb.Fatalf("builtin dictionaries: %v", recErr)
	}
	return rec
}

// build makes a parsed sentence from a compact description: tokens
// separated by spaces, each "word/UPOS/XPOS/head/rel"; a word ending in
// '~' is written without a space after it ("Al~ -~ Qaeda" is "Al-Qaeda").
func build(tb testing.TB, spec string) (string, nlp.Sentence) {
	tb.Helper()
	var sb strings.Builder
	var s nlp.Sentence
	for _, f := range strings.Fields(spec) {
		p := strings.Split(f, "/")
		if len(p) != 5 {
			tb.Fatalf("bad token %q", f)
		}
		w := p[0]
		space := !strings.HasSuffix(w, "~")
		w = strings.TrimSuffix(w, "~")
		h, err := strconv.Atoi(p[3])
		if err != nil {
			tb.Fatalf("bad head in %q", f)
		}
		start := sb.Len()
		sb.WriteString(w)
		s.Tokens = append(s.Tokens, nlp.Token{Text: w, Start: start, End: sb.Len(), SpaceAfter: space,
			UPOS: p[1], XPOS: p[2], Lemma: strings.ToLower(w), Head: h, Rel: p[4]})
		if space {
			sb.WriteByte(' ')
		}
	}
	s.End = sb.Len()
	return sb.String(), s
}

// day returns a UTC date.
func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// summary is the part of a mention the tests compare.
type summary struct {
	Text     string
	Code     string
	Kind     Kind
	Resolved bool
	Members  []string // member codes
}

func summarize(ms []Mention) []summary {
	var out []summary
	for _, m := range ms {
		s := summary{Text: m.Text, Code: m.Code, Kind: m.Kind, Resolved: m.Resolved}
		for _, x := range m.Members {
			s.Members = append(s.Members, x.Code)
		}
		out = append(out, s)
	}
	return out
}

func TestOneNamedCountry(t *testing.T) {
	named := map[string]bool{"GBR": true, "USA": true}
	for _, c := range []struct {
		codes []string
		want  string
	}{
		{[]string{"AUSGOV", "GBROPP"}, "GBROPP"}, // "Mr Howard criticised Mr Blair"
		{[]string{"AUSGOV", "NZLGOV"}, ""},       // no namesake of a named country
		{[]string{"GBROPP", "USAGOV"}, ""},       // two namesakes of named countries
		{[]string{"USAELI", "CANGOV"}, ""},       // a former office holder is not chosen
		{[]string{"GBROPP", "GBROPP", "FRA"}, "GBROPP"},
	} {
		if got, _ := oneNamedCountry(c.codes, named); got != c.want {
			t.Errorf("oneNamedCountry(%v) = %q, want %q", c.codes, got, c.want)
		}
	}
}

// TestBreakTies checks that a bare surname shared by office holders of
// two major states takes the country a later name of its sentence gives,
// unless it is part of a double-barrelled name.
func TestBreakTies(t *testing.T) {
	r := recognizer(t)
	for _, c := range []struct{ spec, want string }{
		{"Mr/PROPN/NNP/3/nsubj Howard/PROPN/NNP/1/flat criticised/VERB/VBD/0/root Mr/PROPN/NNP/5/compound Blair/PROPN/NNP/3/obj", "GBROPP"},
		{"Lord/PROPN/NNP/5/nsubj Howard~/PROPN/NNP/1/flat -~/PUNCT/,/4/punct Savours/PROPN/NNPS/1/parataxis criticised/VERB/VBD/0/root Mr/PROPN/NNP/7/compound Blair/PROPN/NNP/5/obj", ""},
	} {
		text, s := build(t, c.spec)
		ms := r.Sentence(&Document{}, text, s, day(2005, 2, 1))
		if len(ms) == 0 || ms[0].Code != c.want {
			t.Errorf("%s: got %+v, want first code %q", text, summarize(ms), c.want)
		}
	}
}
