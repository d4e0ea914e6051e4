package evalset

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// validLine is a well-formed item used by the parser tests and fuzz seeds.
const validLine = `{"id":"reuters:r-1:0","corpus":"reuters21578.jsonl","article":"r-1","field":"text","start":0,"end":20,"sha256":"0123456789abcdef","article_date":"1987-04-13","split":"tune","events":[{"source":"JPN","target":"USA","cameo":"131","root":"13","date":"1987-04-11","date_precision":"day","date_basis":"context","place":{"name":"Tokyo","country":"JPN","lat":35.6895,"lon":139.69171},"flags":[]}]}`

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		want    int
		wantErr error
	}{
		{name: "one item", input: validLine + "\n", want: 1},
		{name: "blank lines skipped", input: "\n" + validLine + "\n\n", want: 1},
		{name: "empty input", input: "", want: 0},
		{name: "not JSON", input: "{", wantErr: ErrSyntax},
		{name: "unknown field", input: strings.Replace(validLine, `"field"`, `"feld"`, 1), wantErr: ErrSyntax},
		{name: "trailing data", input: validLine + ` {}`, wantErr: ErrSyntax},
		{name: "duplicate id", input: validLine + "\n" + validLine, wantErr: ErrInvalid},
		{name: "root does not fit code", input: strings.Replace(validLine, `"root":"13"`, `"root":"12"`, 1), wantErr: ErrInvalid},
		{name: "bad hash", input: strings.Replace(validLine, "0123456789abcdef", "0123", 1), wantErr: ErrInvalid},
		{name: "bad span", input: strings.Replace(validLine, `"end":20`, `"end":0`, 1), wantErr: ErrInvalid},
		{name: "unknown corpus", input: strings.Replace(validLine, "reuters21578.jsonl", "x.jsonl", 1), wantErr: ErrInvalid},
		{name: "unknown split", input: strings.Replace(validLine, `"split":"tune"`, `"split":"train"`, 1), wantErr: ErrInvalid},
		{name: "date without precision", input: strings.Replace(validLine, `"date_precision":"day"`, `"date_precision":"none"`, 1), wantErr: ErrInvalid},
		{name: "bad actor code", input: strings.Replace(validLine, `"source":"JPN"`, `"source":"Japan"`, 1), wantErr: ErrInvalid},
		{name: "latitude out of range", input: strings.Replace(validLine, `"lat":35.6895`, `"lat":135.6895`, 1), wantErr: ErrInvalid},
		{name: "unknown flag", input: strings.Replace(validLine, `"flags":[]`, `"flags":["maybe"]`, 1), wantErr: ErrInvalid},
		{name: "null target and date", input: strings.Replace(strings.Replace(validLine, `"target":"USA"`, `"target":null`, 1),
			`"date":"1987-04-11","date_precision":"day"`, `"date":null,"date_precision":"none"`, 1), want: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items, err := Parse(strings.NewReader(tc.input))
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(items) != tc.want {
				t.Fatalf("got %d items, want %d", len(items), tc.want)
			}
		})
	}
}

func TestParseEventFields(t *testing.T) {
	items, err := Parse(strings.NewReader(validLine))
	if err != nil {
		t.Fatal(err)
	}
	e := items[0].Events[0]
	if e.Source != "JPN" || e.Target != "USA" || e.Root != "13" || e.Date != "1987-04-11" ||
		e.Place == nil || e.Place.Name != "Tokyo" {
		t.Errorf("event = %+v", e)
	}
}

func TestEmbeddedItems(t *testing.T) {
	items, err := Items()
	if err != nil {
		t.Fatal(err)
	}
	st := Summarize(items)
	if st.Items < 220 || st.Articles < 60 {
		t.Errorf("items %d from %d articles; the set promises at least 220 from 60", st.Items, st.Articles)
	}
	if d := st.ItemsPerSplit[SplitTune] - st.ItemsPerSplit[SplitReport]; d < 0 || d > 1 {
		t.Errorf("splits %v are not halves", st.ItemsPerSplit)
	}
	// The split must be the one AssignSplits computes from the ids.
	again := make([]Item, len(items))
	copy(again, items)
	AssignSplits(again)
	for i := range items {
		if again[i].Split != items[i].Split {
			t.Fatalf("item %s: split %q, recomputed %q", items[i].ID, items[i].Split, again[i].Split)
		}
		if want := ItemID(items[i].Corpus, items[i].Article, items[i].Start); items[i].ID != want {
			t.Fatalf("item id %q, want %q", items[i].ID, want)
		}
	}
	// Scoring the gold against itself is perfect.
	sys := map[string][]SystemEvent{}
	for _, it := range items {
		for _, e := range it.Events {
			s := SystemEvent{Source: e.Source, Target: e.Target, CAMEO: e.CAMEO, Date: e.Date, DatePrecision: e.DatePrecision}
			if e.Place != nil {
				s.Lat, s.Lon, s.HasLocation = e.Place.Lat, e.Place.Lon, true
			}
			sys[it.ID] = append(sys[it.ID], s)
		}
	}
	all := Score(items, sys)["all"]
	if all.Strict.F1 != 1 || all.Date.Rate != 1 || all.Place.Rate != 1 {
		t.Errorf("gold against itself: %+v", all)
	}
}

func TestLoad(t *testing.T) {
	shared := SharedRoot()
	if shared == "" {
		t.Skip("reference data ../shared is absent: skipping")
	}
	if _, err := os.Stat(filepath.Join(shared, "corpora")); err != nil {
		t.Skipf("reference corpora absent in %s: skipping", shared)
	}
	sents, st, err := Load(shared)
	if err != nil {
		t.Fatal(err)
	}
	items, _ := Items()
	if st.Resolved != len(items) || st.HashMismatch != 0 || st.Missing != 0 || len(sents) != len(items) {
		t.Errorf("resolve stats %+v for %d items", st, len(items))
	}
	for _, s := range sents {
		if strings.TrimSpace(s.Text) != s.Text || s.Text == "" {
			t.Errorf("%s: sentence has surrounding space or is empty", s.ID)
		}
	}

	// A tampered hash is counted and skipped, a span past the end missing.
	bad := append([]Item(nil), items[:3]...)
	bad[0].SHA256 = "ffffffffffffffff"
	bad[1].Start, bad[1].End = 1<<30, 1<<30+5
	sents, st, err = Resolve(shared, bad)
	if err != nil {
		t.Fatal(err)
	}
	if st.HashMismatch != 1 || st.Missing != 1 || st.Resolved != 1 || len(sents) != 1 {
		t.Errorf("tampered items: stats %+v, %d sentences", st, len(sents))
	}
}

func TestResolveNoShared(t *testing.T) {
	if _, _, err := Resolve("", nil); !errors.Is(err, ErrNoShared) {
		t.Errorf("empty path: err = %v", err)
	}
	if _, _, err := Resolve(filepath.Join(t.TempDir(), "absent"), nil); !errors.Is(err, ErrNoShared) {
		t.Errorf("absent dir: err = %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(validLine))
	f.Add([]byte(validLine + "\n" + validLine))
	f.Add([]byte(`{"events":[{"cameo":"0"}]}`))
	f.Add([]byte("\n\n{}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		items, err := Parse(strings.NewReader(string(data)))
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v wraps neither ErrSyntax nor ErrInvalid", err)
			}
			return
		}
		for _, it := range items {
			if err := Validate(it); err != nil {
				t.Fatalf("parsed item fails validation: %v", err)
			}
			for _, e := range it.Events {
				if e.Root != e.CAMEO[:2] {
					t.Fatalf("root %q for code %q", e.Root, e.CAMEO)
				}
			}
		}
	})
}
