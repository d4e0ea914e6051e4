package extract

import (
	"testing"
	"time"

	"tacitus/dictionary"
)

func TestEra(t *testing.T) {
	between := func(from, to dictionary.Date) dictionary.Restriction {
		return dictionary.Restriction{Kind: dictionary.Between, From: from, To: to}
	}
	since := func(from dictionary.Date) dictionary.Restriction {
		return dictionary.Restriction{Kind: dictionary.From, From: from}
	}
	tests := []struct {
		name       string
		periods    [][]dictionary.Restriction
		surname    [][]dictionary.Restriction // office periods voted by surnames
		onlyHolder bool
		holder     string // the one holder's country
		country    string // the article's
		want       string // YYYY-MM-DD, "" for no era
	}{
		{
			name:    "one person: the middle of the longest office",
			periods: [][]dictionary.Restriction{{between(19970503, 20100511), since(20160713)}},
			want:    "2003-11-06",
		},
		{
			name:    "a surname several office holders bear gives no era",
			surname: [][]dictionary.Restriction{{between(19970503, 20100511), since(20160713)}},
		},
		{
			name:       "a surname of one office holder: the middle of the longest office",
			surname:    [][]dictionary.Restriction{{between(19970503, 20100511), since(20160713)}},
			onlyHolder: true,
			want:       "2003-11-06",
		},
		{
			name:       "a surname of one office holder of another country than the story's gives no era",
			surname:    [][]dictionary.Restriction{{between(19770126, 19790816)}},
			onlyHolder: true, holder: "BMU", country: "GBR",
		},
		{
			name:       "a surname of one office holder of the story's country",
			surname:    [][]dictionary.Restriction{{between(19970503, 20100511)}},
			onlyHolder: true, holder: "GBR", country: "GBR",
			want: "2003-11-06",
		},
		{
			name:    "surnames count when the full names give no era",
			periods: [][]dictionary.Restriction{{between(19970503, 20100511)}},
			surname: [][]dictionary.Restriction{{between(19970502, 20070627), between(20090101, 20100101)}},
			want:    "2002-05-31",
		},
		{
			name: "the middle of the longest stretch two people held office together",
			periods: [][]dictionary.Restriction{
				{between(19970503, 20100511), between(20100512, 20111014), between(20160713, 20190724)},
				{between(19970502, 20070627), between(20070627, 20100711)},
			},
			want: "2003-12-07", // 1997-05-03 to 2010-07-11: Fox's next office starts before Brown's ends,
		},
		{
			name: "three agreeing beat a longer stretch of two",
			periods: [][]dictionary.Restriction{
				{between(19800101, 20000101)},
				{between(19800101, 20000101)},
				{between(19950101, 19960101)},
			},
			want: "1995-07-03",
		},
		{
			name: "people who never held office at the same time give no era",
			periods: [][]dictionary.Restriction{
				{between(19800101, 19900101)},
				{since(20000101)},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := eraCounter{periods: tt.periods, bySurname: tt.surname, onlyHolder: tt.onlyHolder, holderCountry: tt.holder}
			got, ok := e.era(tt.country)
			if s := got.Format(time.DateOnly); ok != (tt.want != "") || ok && s != tt.want {
				t.Errorf("era() = %s, %v; want %q", s, ok, tt.want)
			}
		})
	}
}

func TestYearSpan(t *testing.T) {
	tests := []struct {
		raw      string
		from, to string // YYYY-MM-DD, "" for none
	}{
		{raw: "2004/2005 (not recorded per article)", from: "2004-01-01", to: "2005-12-31"},
		{raw: "c. 1987", from: "1987-01-01", to: "1987-12-31"},
		{raw: "spring of 1998 or 1996", from: "1996-01-01", to: "1998-12-31"},
		{raw: "unknown"},
		{raw: "12345 and 20011"},  // no year as a number of its own
		{raw: "1850, 2150, 0000"}, // outside 1900-2099
		{raw: ""},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			from, to, ok := yearSpan(tt.raw)
			if ok != (tt.from != "") || ok && (from.Format(time.DateOnly) != tt.from || to.Format(time.DateOnly) != tt.to) {
				t.Errorf("yearSpan(%q) = %s, %s, %v; want %q, %q", tt.raw, from.Format(time.DateOnly), to.Format(time.DateOnly), ok, tt.from, tt.to)
			}
		})
	}
}

func TestEraTitledSurnames(t *testing.T) {
	howard := &dictionary.ActorEntry{Codes: []dictionary.ActorCode{{Code: "GBROPP", Restrict: dictionary.Restriction{Kind: dictionary.Between, From: 19970503, To: 20100505}}}}
	blair := &dictionary.ActorEntry{Codes: []dictionary.ActorCode{{Code: "GBRGOV", Restrict: dictionary.Restriction{Kind: dictionary.Between, From: 19970502, To: 20070627}}}}
	namesakes := func(w string) []*dictionary.ActorEntry {
		switch w {
		case "HOWARD":
			return []*dictionary.ActorEntry{howard}
		case "BLAIR":
			return []*dictionary.ActorEntry{blair}
		case "GIBBONS":
			return []*dictionary.ActorEntry{{Codes: []dictionary.ActorCode{{Code: "PLWGOVJUD", Restrict: dictionary.Restriction{Kind: dictionary.From, From: 20090401}}}}}
		case "HOWARDS":
			return []*dictionary.ActorEntry{howard, blair}
		case "BROWN":
			return []*dictionary.ActorEntry{howard, blair, {}, {}}
		}
		return nil
	}
	for _, tt := range []struct {
		name  string
		words []string
		caps  []bool
		want  int // people noted
	}{
		{"surnames after courtesy titles", []string{"MR", "HOWARD", "ACCUSED", "MR", ".", "BLAIR"}, []bool{true, true, false, true, false, true}, 2},
		{"a surname without a title", []string{"HOWARD", "ACCUSED", "MR", "BLAIR"}, []bool{true, false, true, true}, 1},
		{"a title before a lower-case word", []string{"LADY", "HOWARD"}, []bool{true, false}, 0},
		{"one person named twice counts once", []string{"MR", "BLAIR", "AND", "MR", "BLAIR"}, []bool{true, true, false, true, true}, 1},
		{"a common surname's namesakes are one person too", []string{"MR", "BROWN"}, []bool{true, true}, 1},
		{"a surname's namesakes are one person", []string{"MR", "HOWARDS"}, []bool{true, true}, 1},
		{"a namesake's office without an end places nothing", []string{"DR", "GIBBONS"}, []bool{true, true}, 0},
		{"a surname the story writes after a given name is no namesake's", []string{"JOHN", "HOWARD", "SAID", "MR", "HOWARD"}, []bool{true, true, false, true, true}, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var e eraCounter
			e.addTitled([][]string{tt.words}, [][]bool{tt.caps}, namesakes)
			if len(e.bySurname) != tt.want {
				t.Errorf("addTitled noted %d people, want %d", len(e.bySurname), tt.want)
			}
		})
	}
}

// FuzzYearSpan checks yearSpan on any date field: a span it returns runs
// from a first of January to a later or equal thirty-first of December,
// both within 1900-2099.
func FuzzYearSpan(f *testing.F) {
	for _, s := range []string{"2004/2005 (not recorded per article)", "c. 1987", "12345", "", "1999-2000", "\xff2001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		from, to, ok := yearSpan(raw)
		if !ok {
			if !from.IsZero() || !to.IsZero() {
				t.Fatalf("yearSpan(%q) = %v, %v, false: want zero times", raw, from, to)
			}
			return
		}
		if from.After(to) || from.Year() < 1900 || to.Year() > 2099 || from.YearDay() != 1 || to.Month() != time.December || to.Day() != 31 {
			t.Fatalf("yearSpan(%q) = %v, %v", raw, from, to)
		}
	})
}
