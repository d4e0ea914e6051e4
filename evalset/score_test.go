package evalset

import (
	"math"
	"testing"
)

func gold(src, tgt, code string) Event {
	return Event{Source: src, Target: tgt, CAMEO: code, Root: code[:2], DatePrecision: PrecisionNone, DateBasis: "none"}
}

func dated(e Event, date, prec string) Event {
	e.Date, e.DatePrecision, e.DateBasis = date, prec, "article"
	return e
}

func placed(e Event, lat, lon float64) Event {
	e.Place = &Place{Name: "X", Country: "XXX", Lat: lat, Lon: lon}
	return e
}

func item(id, split string, evs ...Event) Item {
	return Item{ID: id, Corpus: CorpusReuters, Article: "a", Field: "text", Start: 0, End: 10,
		SHA256: "0123456789abcdef", Split: split, Events: evs}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScore(t *testing.T) {
	tests := []struct {
		name          string
		items         []Item
		system        map[string][]SystemEvent
		split         string
		wantStrict    PRF
		wantLenient   PRF
		wantDate      Accuracy
		wantPlace     Accuracy
		wantGold, sys int
	}{
		{
			name:        "exact match on full codes",
			items:       []Item{item("a", SplitTune, gold("USAGOV", "JPN", "163"))},
			system:      map[string][]SystemEvent{"a": {{Source: "USAGOV", Target: "JPN", CAMEO: "1631"}}},
			split:       SplitTune,
			wantStrict:  PRF{TP: 1, Precision: 1, Recall: 1, F1: 1},
			wantLenient: PRF{TP: 1, Precision: 1, Recall: 1, F1: 1},
			wantGold:    1, sys: 1,
		},
		{
			name:        "agent differs: lenient only",
			items:       []Item{item("a", SplitReport, gold("USAGOV", "JPNGOV", "111"))},
			system:      map[string][]SystemEvent{"a": {{Source: "USA", Target: "JPNBUS", CAMEO: "112"}}},
			split:       SplitReport,
			wantStrict:  PRF{FP: 1, FN: 1},
			wantLenient: PRF{TP: 1, Precision: 1, Recall: 1, F1: 1},
			wantGold:    1, sys: 1,
		},
		{
			name:        "wrong root matches nothing",
			items:       []Item{item("a", SplitTune, gold("IRN", "IRQ", "190"))},
			system:      map[string][]SystemEvent{"a": {{Source: "IRN", Target: "IRQ", CAMEO: "180"}}},
			split:       SplitTune,
			wantStrict:  PRF{FP: 1, FN: 1},
			wantLenient: PRF{FP: 1, FN: 1},
			wantGold:    1, sys: 1,
		},
		{
			name: "IGO principal keeps the organisation",
			items: []Item{item("a", SplitTune,
				gold("BELGOV", "IGOEUREEC", "013"))},
			system:      map[string][]SystemEvent{"a": {{Source: "BEL", Target: "IGOUNO", CAMEO: "013"}}},
			split:       SplitTune,
			wantStrict:  PRF{FP: 1, FN: 1},
			wantLenient: PRF{FP: 1, FN: 1},
			wantGold:    1, sys: 1,
		},
		{
			name: "no target matches no target only",
			items: []Item{item("a", SplitTune,
				gold("JPNGOV", "", "011"))},
			system: map[string][]SystemEvent{"a": {
				{Source: "JPNGOV", Target: "USA", CAMEO: "011"},
				{Source: "JPNGOV", CAMEO: "011"}}},
			split:       SplitTune,
			wantStrict:  PRF{TP: 1, FP: 1, Precision: 0.5, Recall: 1, F1: 2.0 / 3},
			wantLenient: PRF{TP: 1, FP: 1, Precision: 0.5, Recall: 1, F1: 2.0 / 3},
			wantGold:    1, sys: 2,
		},
		{
			name: "duplicates count once each",
			items: []Item{item("a", SplitTune,
				gold("USAGOV", "VIRGOV", "057"), gold("VIRGOV", "USAGOV", "057"))},
			system: map[string][]SystemEvent{"a": {
				{Source: "USAGOV", Target: "VIRGOV", CAMEO: "057"},
				{Source: "USAGOV", Target: "VIRGOV", CAMEO: "057"}}},
			split:       SplitTune,
			wantStrict:  PRF{TP: 1, FP: 1, FN: 1, Precision: 0.5, Recall: 0.5, F1: 0.5},
			wantLenient: PRF{TP: 1, FP: 1, FN: 1, Precision: 0.5, Recall: 0.5, F1: 0.5},
			wantGold:    2, sys: 2,
		},
		{
			name: "date and place judged on matched events",
			items: []Item{item("a", SplitTune,
				placed(dated(gold("LBNREB", "ISRMIL", "190"), "1998-03-14", PrecisionDay), 33.37722, 35.48361),
				placed(dated(gold("LBNCVL", "ISR", "141"), "1998-03-14", PrecisionDay), 33.88894, 35.49442),
				dated(gold("LBNGOV", "SYRGOV", "040"), "1998-03-14", PrecisionDay))},
			system: map[string][]SystemEvent{"a": {
				// 25 km from Nabatiyeh, right date.
				{Source: "LBNREB", Target: "ISRMIL", CAMEO: "193", Date: "1998-03-14", DatePrecision: PrecisionDay,
					Lat: 33.27, Lon: 35.25, HasLocation: true},
				// Right actors, month precision and no location.
				{Source: "LBNCVL", Target: "ISR", CAMEO: "141", Date: "1998-03-01", DatePrecision: PrecisionMonth},
				// Unmatched: its date and place are not judged.
				{Source: "SYRGOV", Target: "LBNGOV", CAMEO: "040", Date: "1998-03-14", DatePrecision: PrecisionDay}}},
			split:       SplitTune,
			wantStrict:  PRF{TP: 2, FP: 1, FN: 1, Precision: 2.0 / 3, Recall: 2.0 / 3, F1: 2.0 / 3},
			wantLenient: PRF{TP: 2, FP: 1, FN: 1, Precision: 2.0 / 3, Recall: 2.0 / 3, F1: 2.0 / 3},
			wantDate:    Accuracy{Correct: 1, Total: 2, Rate: 0.5},
			wantPlace:   Accuracy{Correct: 1, Total: 2, Rate: 0.5},
			wantGold:    3, sys: 3,
		},
		{
			name: "place beyond 50 km is wrong",
			items: []Item{item("a", SplitTune,
				placed(gold("GBROPP", "GBRGOV", "111"), 53.99078, -1.5373))}, // Harrogate
			system: map[string][]SystemEvent{"a": {
				{Source: "GBROPP", Target: "GBRGOV", CAMEO: "111", Lat: 51.50853, Lon: -0.12574, HasLocation: true}}}, // London
			split:       SplitTune,
			wantStrict:  PRF{TP: 1, Precision: 1, Recall: 1, F1: 1},
			wantLenient: PRF{TP: 1, Precision: 1, Recall: 1, F1: 1},
			wantPlace:   Accuracy{Correct: 0, Total: 1},
			wantGold:    1, sys: 1,
		},
		{
			name:        "item without gold events: every system event is a false positive",
			items:       []Item{item("a", SplitReport)},
			system:      map[string][]SystemEvent{"a": {{Source: "GBRGOV", Target: "GBROPP", CAMEO: "010"}}, "unknown": {{Source: "X"}}},
			split:       SplitReport,
			wantStrict:  PRF{FP: 1},
			wantLenient: PRF{FP: 1},
			wantGold:    0, sys: 1,
		},
		{
			name:        "missing system output is all false negatives",
			items:       []Item{item("a", SplitReport, gold("ARGMIL", "ARGMIL", "172"))},
			system:      nil,
			split:       SplitReport,
			wantStrict:  PRF{FN: 1},
			wantLenient: PRF{FN: 1},
			wantGold:    1, sys: 0,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Score(tc.items, tc.system)[tc.split]
			if got.Gold != tc.wantGold || got.System != tc.sys {
				t.Errorf("gold/system = %d/%d, want %d/%d", got.Gold, got.System, tc.wantGold, tc.sys)
			}
			checkPRF(t, "strict", got.Strict, tc.wantStrict)
			checkPRF(t, "lenient", got.Lenient, tc.wantLenient)
			if got.Date != tc.wantDate {
				t.Errorf("date = %+v, want %+v", got.Date, tc.wantDate)
			}
			if got.Place != tc.wantPlace {
				t.Errorf("place = %+v, want %+v", got.Place, tc.wantPlace)
			}
		})
	}
}

func checkPRF(t *testing.T, name string, got, want PRF) {
	t.Helper()
	if got.TP != want.TP || got.FP != want.FP || got.FN != want.FN ||
		!near(got.Precision, want.Precision) || !near(got.Recall, want.Recall) || !near(got.F1, want.F1) {
		t.Errorf("%s = %+v, want %+v", name, got, want)
	}
}

func TestScoreSplits(t *testing.T) {
	items := []Item{
		item("t", SplitTune, gold("USA", "JPN", "010")),
		item("r", SplitReport, gold("JPN", "USA", "111")),
	}
	sys := map[string][]SystemEvent{
		"t": {{Source: "USA", Target: "JPN", CAMEO: "010"}},
		"r": {{Source: "USA", Target: "JPN", CAMEO: "111"}},
	}
	got := Score(items, sys)
	if got[SplitTune].Strict.TP != 1 || got[SplitReport].Strict.TP != 0 || got["all"].Strict.TP != 1 {
		t.Errorf("per-split TP = %d/%d/%d, want 1/0/1", got[SplitTune].Strict.TP, got[SplitReport].Strict.TP, got["all"].Strict.TP)
	}
	if got["all"].Items != 2 || got[SplitTune].Items != 1 {
		t.Errorf("items = %d (all), %d (tune)", got["all"].Items, got[SplitTune].Items)
	}
}

func TestPrincipal(t *testing.T) {
	tests := []struct{ code, want string }{
		{code: "IRNGOV", want: "IRN"},
		{code: "irn", want: "IRN"},
		{code: "PSEREBHMS", want: "PSE"},
		{code: "IGOUNO", want: "IGOUNO"},
		{code: "IGOEUREEC", want: "IGOEUR"},
		{code: "NGOHLHIRC", want: "NGOHLH"},
		{code: "", want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			if got := Principal(tc.code); got != tc.want {
				t.Errorf("Principal(%q) = %q, want %q", tc.code, got, tc.want)
			}
		})
	}
}

func TestHaversine(t *testing.T) {
	// London to Paris is about 344 km.
	if d := Haversine(51.50853, -0.12574, 48.85341, 2.3488); d < 340 || d > 348 {
		t.Errorf("London-Paris = %.1f km", d)
	}
	if d := Haversine(10, 20, 10, 20); d != 0 {
		t.Errorf("zero distance = %v", d)
	}
}

func BenchmarkScore(b *testing.B) {
	items, err := Items()
	if err != nil {
		b.Fatal(err)
	}
	sys := map[string][]SystemEvent{}
	for _, it := range items {
		for _, e := range it.Events {
			sys[it.ID] = append(sys[it.ID], SystemEvent{Source: e.Source, Target: e.Target, CAMEO: e.CAMEO, Date: e.Date, DatePrecision: e.DatePrecision})
		}
	}
	b.ResetTimer()
	for b.Loop() {
		Score(items, sys)
	}
}
