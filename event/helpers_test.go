package event

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// moduleRoot walks up from the working directory to the directory that
// holds go.mod.
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
}

func f64(v float64) *float64 { return &v }

// samples returns events that cover every optional part of the record:
// a full event, one without target, date, PLOVER, location or flags, and
// a title event whose location has no coordinates.
func samples() []*Event {
	full := &Event{
		ArticleID:     "reuters-1",
		SentenceIndex: 2,
		Sentence:      "Iranian officials met Iraqi envoys in Baghdad on Tuesday.",
		Date:          "2024-03-05",
		DatePrecision: Day,
		DateBasis:     BasisText,
		Source:        NewActor("Iranian officials", "IRNGOV", 100, 117),
		Target:        ptr(NewActor("Iraqi envoys", "IRQGOV", 122, 134)),
		Verb:          Span{Text: "met", Start: 118, End: 121},
		CAMEO:         "040",
		CAMEORoot:     "04",
		QuadClass:     1,
		Goldstein:     1,
		PLOVER:        &PLOVER{Type: "CONSULT", Mode: "visit", Context: List{"diplomatic"}},
		Location: &Location{Name: "Baghdad", Country: "IRQ", Admin1: "Baghdad", Lat: f64(33.34058),
			Lon: f64(44.40088), GeonameID: 98182, Resolution: City, Basis: BasisSentence},
		Flags:  Flags{Quoted},
		Issues: List{"SECURITY"},
		Coder:  "0.1.0+3fa9c1d2e4b5",
	}
	bare := &Event{
		ArticleID:     "bbc-7",
		SentenceIndex: 0,
		Sentence:      "Rebels attacked.",
		Source:        NewActor("Rebels", "---REB", 0, 6),
		Verb:          Span{Text: "attacked", Start: 7, End: 15},
		CAMEO:         "190",
		CAMEORoot:     "19",
		QuadClass:     4,
		Goldstein:     -10,
		Coder:         "0.1.0+3fa9c1d2e4b5",
	}
	title := &Event{
		ArticleID:     "ap-3",
		SentenceIndex: TitleSentence,
		Sentence:      "U.N. condemns strike on Kosovo town",
		Date:          "2024-03-01",
		DatePrecision: Month,
		DateBasis:     BasisArticle,
		Source:        NewActor("U.N.", "IGOUNO", 0, 4),
		Target:        ptr(NewActor("Kosovo", "KSV", 24, 30)),
		Verb:          Span{Text: "condemns", Start: 5, End: 13},
		CAMEO:         "1122",
		CAMEORoot:     "11",
		QuadClass:     3,
		Goldstein:     -2,
		PLOVER:        &PLOVER{Type: "ACCUSE", Context: List{}},
		Location:      &Location{Name: "Kosovo", Country: "XKX", GeonameID: 831053, Resolution: Country, Basis: BasisDateline},
		Flags:         Flags{Negated, Hypothetical},
		Coder:         "0.1.0+3fa9c1d2e4b5",
	}
	for _, e := range []*Event{full, bare, title} {
		e.ID = e.StableID()
	}
	return []*Event{full, bare, title}
}
