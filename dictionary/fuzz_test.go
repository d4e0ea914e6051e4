package dictionary

import (
	"bytes"
	"errors"
	"testing"
)

// checkPositions asserts that every error and warning names the file and
// a line that exists in data.
func checkPositions(t *testing.T, name string, data []byte, err error, warns ErrorList) {
	t.Helper()
	lines := bytes.Count(data, []byte("\n")) + 1
	var el ErrorList
	if err != nil && !errors.As(err, &el) {
		t.Fatalf("error is not an ErrorList: %v", err)
	}
	for _, e := range append(el, warns...) {
		if e.Pos.File != name || e.Pos.Line < 1 || e.Pos.Line > lines {
			t.Fatalf("error without a valid position: %q (file has %d lines)", e.Error(), lines)
		}
		if e.Err == nil {
			t.Fatalf("error without sentinel: %q", e.Error())
		}
	}
}

var fuzzWords = []string{"A", "b", "THE", "GOVERNMENT", "Ω", "\xff", "", "SAID", "broke", "down"}

func FuzzVerbs(f *testing.F) {
	f.Add([]byte("--- ASK [020] ---\nASK\n- * (FOR RETRIAL) [0213]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		vf, err := ParseVerbs("f.txt", bytes.NewReader(data))
		checkPositions(t, "f.txt", data, err, vf.Warnings)
		d := NewVerbDict()
		d.AddLayer(vf)
		checkPositions(t, "f.txt", data, nil, d.Warnings)
		for _, w := range fuzzWords {
			for _, fm := range d.Lookup(w) {
				if fm.Head < 0 || fm.Head >= len(fm.Words) || fm.Verb == nil || fm.Verb.Block == nil {
					t.Fatalf("bad form %+v", fm)
				}
			}
		}
		for _, s := range d.Synsets() {
			s.MatchAt(fuzzWords, 0)
			s.MatchEndingAt(fuzzWords, len(fuzzWords)-1)
		}
	})
}

func FuzzActors(f *testing.F) {
	f.Add([]byte("GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		af, err := ParseActors("f.txt", bytes.NewReader(data))
		checkPositions(t, "f.txt", data, err, af.Warnings)
		d := NewActorDict()
		d.AddLayer(af)
		for i := range fuzzWords {
			if m, ok := d.LongestMatch(fuzzWords, i); ok {
				m.Entry.CodeAt(20100101)
				if m.Start != i || m.End <= i {
					t.Fatalf("bad match span %d..%d at %d", m.Start, m.End, i)
				}
			}
			d.LongestMatchLoose(fuzzWords, i, len(fuzzWords))
		}
	})
}

func FuzzAgents(f *testing.F) {
	f.Add([]byte("!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\nMSF {} [NGO~]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		af, err := ParseAgents("f.txt", bytes.NewReader(data))
		checkPositions(t, "f.txt", data, err, af.Warnings)
		d := NewAgentDict()
		d.AddLayer(af)
		for i := range fuzzWords {
			d.LongestMatch(fuzzWords, i)
		}
	})
}

func FuzzDiscards(f *testing.F) {
	f.Add([]byte("+TYPHOON\nBASEBALL # x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		df, err := ParseDiscards("f.txt", bytes.NewReader(data))
		checkPositions(t, "f.txt", data, err, nil)
		d := NewDiscardDict()
		d.AddLayer(df)
		d.Scan(fuzzWords)
	})
}

func FuzzIssues(f *testing.F) {
	f.Add([]byte("<ISSUE CATEGORY=\"E\" TYPE=\"ALL\">\npre+n:school [EARLY]\n~a head start\n</ISSUE>\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		isf, err := ParseIssues("f.txt", bytes.NewReader(data))
		checkPositions(t, "f.txt", data, err, isf.Warnings)
		d := NewIssueDict()
		d.AddLayer(isf)
		for i := range fuzzWords {
			d.LongestMatch(fuzzWords, i)
			d.LongestIgnore(fuzzWords, i)
		}
	})
}

func FuzzPrepositions(f *testing.F) {
	f.Add([]byte("abaft\nvis-à-vis\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pf, err := ParsePrepositions("f.txt", bytes.NewReader(data))
		checkPositions(t, "f.txt", data, err, nil)
		for _, w := range fuzzWords {
			pf.Has(w)
		}
	})
}
