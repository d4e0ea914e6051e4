package dates

import (
	"testing"
	"time"
)

// FuzzResolve runs the finder, the resolver and EventDate on outside
// text. heads, when not empty, supplies an arbitrary (possibly cyclic or
// out-of-range) dependency tree. Nothing may panic, spans must lie inside
// the text and cover their tokens, and every resolved date must be a
// midnight-UTC date in the years 1000–2999 with a real precision.
func FuzzResolve(f *testing.F) {
	f.Add("Officials said on Aug. 5, 2011 that troops attacked 3/5/2011.", []byte{})
	f.Add("last Tuesday, two weeks ago, in the 1990s, since 1991", []byte{2, 0, 2, 3})
	f.Add("on Feb. 29 in the '20s 2011-03-05 9999 years ago", []byte{1, 1, 1})
	f.Fuzz(func(t *testing.T, text string, heads []byte) {
		s := tokenize(text)
		if len(heads) > 0 {
			for i := range s.Tokens {
				s.Tokens[i].Head = int(heads[i%len(heads)]) % (len(s.Tokens) + 2)
				s.Tokens[i].Rel = []string{"obl", "obl:tmod", "conj", "aux", "ccomp", "nmod"}[int(heads[i%len(heads)])%6]
				s.Tokens[i].XPOS = []string{"VBD", "NN", "MD", "VBZ", "IN", ""}[i%6]
			}
		}
		refs := []time.Time{article, time.Date(1001, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2999, 12, 31, 0, 0, 0, 0, time.UTC), {}}
		for _, e := range Expressions(text, s) {
			if e.Start < 0 || e.Start > e.End || e.End > len(text) {
				t.Fatalf("span %d:%d outside text of %d bytes", e.Start, e.End, len(text))
			}
			if e.First < 1 || e.First > e.Last || e.Last > len(s.Tokens) {
				t.Fatalf("tokens %d..%d outside 1..%d", e.First, e.Last, len(s.Tokens))
			}
			if e.Start != s.Tokens[e.First-1].Start || e.End != s.Tokens[e.Last-1].End {
				t.Fatalf("span %d:%d does not match tokens %d..%d", e.Start, e.End, e.First, e.Last)
			}
			for _, ref := range refs {
				for _, tense := range []Tense{Unknown, Past, Present, Future} {
					for _, r := range []Resolver{{}, {DayFirst: true}} {
						d, ok := r.Resolve(e, ref, tense)
						if ok {
							checkDate(t, d)
						}
					}
				}
			}
		}
		for v := 0; v <= len(s.Tokens)+1 && v < 40; v++ {
			d, _ := EventDateFlags(text, s, v, article, true)
			if d.IsZero() {
				t.Fatalf("EventDateFlags(verb %d) with an article date returned no date", v)
			}
			checkDate(t, d)
			_ = VerbTense(s, v)
		}
	})
}

func checkDate(t *testing.T, d Date) {
	t.Helper()
	if y := d.Time.Year(); y < 1000 || y > 3000 {
		t.Fatalf("date %s out of range", d)
	}
	if d.Precision < Day || d.Precision > Decade {
		t.Fatalf("bad precision %v", d.Precision)
	}
	if h, m, s := d.Time.Clock(); h != 0 || m != 0 || s != 0 || d.Time.Location() != time.UTC {
		t.Fatalf("date %v is not midnight UTC", d.Time)
	}
}
