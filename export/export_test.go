package export

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"tacitus/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sample returns the sample event called name.
func sample(t testing.TB, name string) *store.EventDetail {
	t.Helper()
	for i := range samples {
		if samples[i].name == name {
			e := samples[i].e
			return &e
		}
	}
	t.Fatalf("no sample %q", name)
	return nil
}

// checkRow compares row, named by cols, with want: every column in want
// must have its value, every other column must be empty.
func checkRow(t *testing.T, cols, row []string, want map[string]string) {
	t.Helper()
	if len(row) != len(cols) {
		t.Fatalf("row has %d fields, want %d", len(row), len(cols))
	}
	for name := range want {
		if !contains(cols, name) {
			t.Errorf("want names unknown column %q", name)
		}
	}
	for i, c := range cols {
		if got := row[i]; got != want[c] {
			t.Errorf("%s = %q, want %q", c, got, want[c])
		}
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func TestGDELTRow(t *testing.T) {
	idOf := func(name string) string { return fmt.Sprint(GlobalID(sample(t, name))) }
	tests := []struct {
		name   string
		sample string
		want   map[string]string
	}{
		{name: "merged event in a foreign city", sample: "merged_city", want: map[string]string{
			"GLOBALEVENTID": idOf("merged_city"), "SQLDATE": "20260304", "MonthYear": "202603", "Year": "2026",
			"FractionDate": "2026.1753", // (2*30+4)/365
			"Actor1Code":   "USAGOV", "Actor1Name": "UNITED STATES GOVERNMENT", "Actor1CountryCode": "USA", "Actor1Type1Code": "GOV",
			"Actor2Code": "IRNMIL", "Actor2Name": "IRAN MILITARY", "Actor2CountryCode": "IRN", "Actor2Type1Code": "MIL",
			"IsRootEvent": "1", "EventCode": "0251", "EventBaseCode": "025", "EventRootCode": "02",
			// GDELT's table, not the stored 3: 0251 scores -0.3 there.
			"QuadClass": "1", "GoldsteinScale": "-0.3",
			"NumMentions": "3", "NumSources": "2", "NumArticles": "2",
			"ActionGeo_Type": "4", "ActionGeo_FullName": "Tehran, Tehran, Iran", "ActionGeo_CountryCode": "IR",
			"ActionGeo_Lat": "35.69439", "ActionGeo_Long": "51.42151", "ActionGeo_FeatureID": "112931",
			"DATEADDED": "20260304102030", "SOURCEURL": "https://news.example/a1",
		}},
		{name: "month date, unknown country, named organisation", sample: "month_flagged_org", want: map[string]string{
			"GLOBALEVENTID": idOf("month_flagged_org"), "MonthYear": "202511", "Year": "2025",
			"Actor1Code": "GOV", "Actor1Name": "GOVERNMENT", "Actor1Type1Code": "GOV",
			"Actor2Code": "IGOUNOKID", "Actor2Name": "UNICEF", "Actor2KnownGroupCode": "KID", "Actor2Type1Code": "IGO",
			"IsRootEvent": "0", "EventCode": "190", "EventBaseCode": "190", "EventRootCode": "19",
			"QuadClass": "4", "GoldsteinScale": "-10.0", "NumMentions": "1", "NumSources": "0", "NumArticles": "1",
		}},
		{name: "US state, religions, NGO of a country", sample: "us_state_religion", want: map[string]string{
			"GLOBALEVENTID": idOf("us_state_religion"), "SQLDATE": "20260115", "MonthYear": "202601", "Year": "2026",
			"FractionDate": "2026.0411",
			"Actor1Code":   "CHRCTH", "Actor1Name": "CHRISTIAN CATHOLIC", "Actor1Religion1Code": "CHR", "Actor1Religion2Code": "CTH",
			"Actor2Code": "NGOUSAHRI", "Actor2Name": "UNITED STATES HUMAN RIGHTS NGO", "Actor2CountryCode": "USA",
			"Actor2Type1Code": "NGO", "Actor2Type2Code": "HRI",
			"IsRootEvent": "1", "EventCode": "043", "EventBaseCode": "043", "EventRootCode": "04",
			"QuadClass": "1", "GoldsteinScale": "2.8", "NumMentions": "1", "NumSources": "1", "NumArticles": "1",
			"ActionGeo_Type": "2", "ActionGeo_FullName": "Texas, United States", "ActionGeo_CountryCode": "US",
			"ActionGeo_ADM1Code": "USTX", "ActionGeo_Lat": "29.76328", "ActionGeo_Long": "-95.36327",
			"ActionGeo_FeatureID": "4736286", "DATEADDED": "20260115000000", "SOURCEURL": "https://gazette.example/c3",
		}},
		{name: "country location, no target, year date", sample: "country_no_target", want: map[string]string{
			"GLOBALEVENTID": idOf("country_no_target"), "Year": "2024",
			"Actor1Code": "DEUCOP", "Actor1Name": "GERMANY POLICE", "Actor1CountryCode": "DEU", "Actor1Type1Code": "COP",
			"IsRootEvent": "0", "EventCode": "1213", "EventBaseCode": "121", "EventRootCode": "12",
			"QuadClass": "3", "GoldsteinScale": "-4.0", "NumMentions": "1", "NumSources": "0", "NumArticles": "1",
			"ActionGeo_Type": "1", "ActionGeo_FullName": "Germany", "ActionGeo_CountryCode": "GM", "ActionGeo_ADM1Code": "GM",
			"ActionGeo_Lat": "52.52437", "ActionGeo_Long": "13.41053", "ActionGeo_FeatureID": "2921044",
		}},
		{name: "no date, no mentions", sample: "bare", want: map[string]string{
			"GLOBALEVENTID": idOf("bare"), "Actor1Code": "FRA", "Actor1CountryCode": "FRA",
			"EventCode": "010", "EventBaseCode": "010", "EventRootCode": "01", "QuadClass": "1", "GoldsteinScale": "0.0",
			"NumMentions": "0", "NumSources": "0", "NumArticles": "0",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRow(t, GDELTColumns, GDELTRow(sample(t, tt.sample)), tt.want)
		})
	}
}

func TestPhoenixRow(t *testing.T) {
	tests := []struct {
		name   string
		sample string
		want   map[string]string
	}{
		{name: "merged event, neutral root", sample: "merged_city", want: map[string]string{
			"EventID": fmt.Sprint(GlobalID(sample(t, "merged_city"))), "Date": "20260304", "Year": "2026", "Month": "3", "Day": "4",
			"SourceActorFull": "USAGOV", "SourceActorEntity": "USA", "SourceActorRole": "GOV",
			"TargetActorFull": "IRNMIL", "TargetActorEntity": "IRN", "TargetActorRole": "MIL",
			"EventCode": "0251", "EventRootCode": "02", "QuadClass": "0", "GoldsteinScore": "-0.3", "Issues": "MILITARY",
			"ActionLat": "35.69439", "ActionLong": "51.42151", "LocationName": "Tehran", "GeoCountryName": "Iran",
			"GeoStateName": "Tehran", "SentenceID": "a1_0",
			"URLs": "https://news.example/a1;https://news.example/a2", "NewsSources": "Wire One;Wire Two",
		}},
		{name: "unknown actor and a three-element code", sample: "month_flagged_org", want: map[string]string{
			"EventID": fmt.Sprint(GlobalID(sample(t, "month_flagged_org"))), "Year": "2025", "Month": "11",
			"SourceActorFull": "---GOV", "SourceActorRole": "GOV",
			"TargetActorFull": "IGOUNOKID", "TargetActorEntity": "IGO", "TargetActorRole": "UNO", "TargetActorAttribute": "KID",
			"EventCode": "190", "EventRootCode": "19", "QuadClass": "4", "GoldsteinScore": "-10", "SentenceID": "b7_3",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRow(t, PhoenixColumns, PhoenixRow(sample(t, tt.sample)), tt.want)
		})
	}
}

func TestICEWSRow(t *testing.T) {
	tests := []struct {
		name   string
		sample string
		want   map[string]string
	}{
		{name: "merged event in a city", sample: "merged_city", want: map[string]string{
			"Event ID": fmt.Sprint(GlobalID(sample(t, "merged_city"))), "Event Date": "2026-03-04",
			"Source Name": "United States government", "Source Sectors": "Government", "Source Country": "United States",
			"Event Text": "Appeal for easing of administrative sanctions", "CAMEO Code": "0251", "Intensity": "-0.3",
			"Target Name": "Iran military", "Target Sectors": "Military", "Target Country": "Iran",
			"Story ID": "a1", "Sentence Number": "1", "Publisher": "Wire One",
			"City": "Tehran", "Province": "Tehran", "Country": "Iran", "Latitude": "35.69439", "Longitude": "51.42151",
		}},
		{name: "title sentence, religions, US state", sample: "us_state_religion", want: map[string]string{
			"Event ID": fmt.Sprint(GlobalID(sample(t, "us_state_religion"))), "Event Date": "2026-01-15",
			"Source Name": "Christian Catholic", "Source Sectors": "Christian,Catholic",
			"Event Text": "Host a visit", "CAMEO Code": "043", "Intensity": "2.8",
			"Target Name": "United States human rights NGO", "Target Country": "United States",
			"Story ID": "c3", "Publisher": "Gazette",
			"Province": "Texas", "Country": "United States", "Latitude": "29.76328", "Longitude": "-95.36327",
		}},
		{name: "month date is no ICEWS date", sample: "month_flagged_org", want: map[string]string{
			"Event ID":    fmt.Sprint(GlobalID(sample(t, "month_flagged_org"))),
			"Source Name": "government", "Source Sectors": "Government",
			"Event Text": "Use conventional military force", "CAMEO Code": "190", "Intensity": "-10",
			"Target Name": "UNICEF", "Story ID": "b7", "Sentence Number": "4",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRow(t, ICEWSColumns, ICEWSRow(sample(t, tt.sample)), tt.want)
		})
	}
}

// TestRowWidths checks that every row of the tab-separated formats has its
// format's number of fields, whatever the event, and that no field holds a
// tab or a line break.
func TestRowWidths(t *testing.T) {
	formats := []struct {
		name  string
		width int
		row   func(*store.EventDetail) []string
	}{
		{name: "gdelt", width: 61, row: GDELTRow},
		{name: "phoenix", width: 26, row: PhoenixRow},
		{name: "icews", width: 20, row: ICEWSRow},
	}
	nasty := *sample(t, "merged_city")
	nasty.Source.Name = "tab\there\nnewline"
	nasty.Mentions = append([]store.MentionDetail(nil), nasty.Mentions...)
	nasty.Mentions[0].ArticleURL = "https://x.example/\r\n"
	events := []*store.EventDetail{&nasty}
	for i := range samples {
		events = append(events, &samples[i].e)
	}
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			for _, e := range events {
				row := f.row(e)
				if len(row) != f.width {
					t.Errorf("event %d: %d fields, want %d", e.ID, len(row), f.width)
				}
				for i, v := range row {
					if strings.ContainsAny(v, "\t\r\n") {
						t.Errorf("event %d: field %d = %q holds a separator", e.ID, i, v)
					}
				}
			}
		})
	}
	if len(GDELTColumns) != 61 || len(PhoenixColumns) != 26 || len(ICEWSColumns) != 20 {
		t.Errorf("column lists: %d, %d, %d; want 61, 26, 20", len(GDELTColumns), len(PhoenixColumns), len(ICEWSColumns))
	}
}

func TestFractionDate(t *testing.T) {
	tests := []struct {
		date, want string
	}{
		// From GDELT's own rows.
		{date: "2006-07-31", want: "2006.5781"},
		{date: "2015-07-29", want: "2015.5726"},
		{date: "2026-01-01", want: "2026.0027"},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			if got := fractionDate(day(tt.date)); got != tt.want {
				t.Errorf("fractionDate(%s) = %s, want %s", tt.date, got, tt.want)
			}
		})
	}
}

func TestGlobalID(t *testing.T) {
	base := sample(t, "merged_city")
	id := GlobalID(base)
	if id <= 0 {
		t.Fatalf("GlobalID = %d, want positive", id)
	}
	tests := []struct {
		name   string
		change func(e *store.EventDetail)
		same   bool
	}{
		{name: "store id does not count for a merged event", change: func(e *store.EventDetail) { e.ID = 999 }, same: true},
		{name: "first mention does not count for a merged event", change: func(e *store.EventDetail) {
			e.Mentions = e.Mentions[1:]
		}, same: true},
		{name: "counts do not count", change: func(e *store.EventDetail) { e.NumMentions = 40 }, same: true},
		{name: "CAMEO code", change: func(e *store.EventDetail) { e.CAMEO = "0252" }},
		{name: "date", change: func(e *store.EventDetail) { e.Date = day("2026-03-05") }},
		{name: "target", change: func(e *store.EventDetail) { e.Target.Code = "IRNGOV" }},
		{name: "place", change: func(e *store.EventDetail) {
			l := *e.Location
			l.GeonameID = 1
			e.Location = &l
		}},
		{name: "a flagged event is identified by its record", change: func(e *store.EventDetail) {
			e.Flags.Negated = true
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := *base
			tt.change(&e)
			if got := GlobalID(&e); (got == id) != tt.same {
				t.Errorf("GlobalID = %d, base %d; want same = %v", got, id, tt.same)
			}
		})
	}
	// An unmerged event follows its record id, not its store id.
	u := *sample(t, "month_flagged_org")
	uid := GlobalID(&u)
	u.ID = 12345
	if GlobalID(&u) != uid {
		t.Error("an unmerged event's id changed with its store id")
	}
	u.Mentions = nil
	if GlobalID(&u) == uid {
		t.Error("an unmerged event without a record kept its record's id")
	}
}

func TestFIPS(t *testing.T) {
	tests := []struct{ iso3, want string }{
		{iso3: "USA", want: "US"},
		{iso3: "DEU", want: "GM"},
		{iso3: "IRN", want: "IR"},
		{iso3: "GBR", want: "UK"},
		{iso3: "KSV", want: "KV"}, // CAMEO's Kosovo
		{iso3: "XKX", want: "KV"},
		{iso3: "ALA", want: ""}, // GeoNames gives Aland no FIPS code
		{iso3: "ZZZ", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.iso3, func(t *testing.T) {
			if got := FIPS(tt.iso3); got != tt.want {
				t.Errorf("FIPS(%s) = %q, want %q", tt.iso3, got, tt.want)
			}
		})
	}
}

// sharedDir returns ../shared beside the module root, skipping the test
// when it is absent.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("go.mod not found above the test directory")
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("reference data %s absent: skipping", shared)
	}
	return shared
}

// TestCountryTableMatchesGeoNames re-reads countryInfo.txt and checks the
// generated table against it.
func TestCountryTableMatchesGeoNames(t *testing.T) {
	path := filepath.Join(sharedDir(t), "gazetteer", "geonames", "countryInfo.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for line := range strings.SplitSeq(string(data), "\n") {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		n++
		got, ok := countryTable[cols[1]]
		if !ok || got.fips != cols[3] || got.name != strings.TrimSpace(cols[4]) {
			t.Errorf("%s: table has %+v (%v), GeoNames fips %q name %q", cols[1], got, ok, cols[3], cols[4])
		}
	}
	if n != len(countryTable) {
		t.Errorf("GeoNames lists %d countries, the table %d: run go generate ./export", n, len(countryTable))
	}
}

// TestReligionCodesAreSectors checks that event.Describe reads every code
// of religionCodes as a sector, so that GDELT's religion columns get them.
func TestReligionCodesAreSectors(t *testing.T) {
	for code := range religionCodes {
		p := splitActor(store.ActorRef{Code: "USA" + code})
		if len(p.Religions) != 1 || p.Religions[0] != code || len(p.Types) != 0 {
			t.Errorf("USA%s: religions %v, types %v; want [%s], []", code, p.Religions, p.Types, code)
		}
	}
}

// TestGolden writes all samples in every text format and compares the
// output with testdata/<format>.golden (go test -update rewrites them).
func TestGolden(t *testing.T) {
	for _, f := range []Format{FormatGDELT, FormatPhoenix, FormatICEWS, FormatPLOVER, FormatCSV} {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			w, err := NewWriter(&buf, f)
			if err != nil {
				t.Fatal(err)
			}
			for i := range samples {
				if err := w.Write(&samples[i].e); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", string(f)+".golden")
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./export -update)", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("output differs from %s (run go test ./export -update and review the diff):\n%s", path, got)
			}
		})
	}
}

func TestParquet(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewWriter(&buf, FormatParquet)
	if err != nil {
		t.Fatal(err)
	}
	for i := range samples {
		if err := w.Write(&samples[i].e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	rows, err := parquet.Read[flatRow](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(samples) {
		t.Fatalf("read %d rows, want %d", len(rows), len(samples))
	}
	r := rows[0]
	if r.ID != GlobalID(&samples[0].e) || r.StoreID != 7 || r.NumMentions != 3 || r.NumSources != 2 {
		t.Errorf("row 0 ids and counts = %d %d %d %d", r.ID, r.StoreID, r.NumMentions, r.NumSources)
	}
	if r.Date == nil || *r.Date != int32(day("2026-03-04").Unix()/86400) {
		t.Errorf("row 0 date = %v", r.Date)
	}
	if r.ArticleURL == nil || *r.ArticleURL != "https://news.example/a1" {
		t.Errorf("row 0 article_url = %v", r.ArticleURL)
	}
	if got := strings.Join(r.PLOVERContext, ","); got != "military" {
		t.Errorf("row 0 plover_context = %q", got)
	}
	if b := rows[4]; b.Date != nil || b.ArticleID != nil || b.TargetCode != nil || b.LocationName != nil {
		t.Errorf("bare row has values for unknowns: %+v", b)
	}
	if got := parquet.SchemaOf(flatRow{}).Fields(); len(got) != len(FlatColumns) {
		t.Errorf("Parquet schema has %d columns, FlatColumns %d", len(got), len(FlatColumns))
	} else {
		for i, f := range got {
			if f.Name() != FlatColumns[i] {
				t.Errorf("Parquet column %d = %s, FlatColumns says %s", i, f.Name(), FlatColumns[i])
			}
		}
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr error
	}{
		{in: "gdelt", want: FormatGDELT},
		{in: " ICEWS ", want: FormatICEWS},
		{in: "Parquet", want: FormatParquet},
		{in: "jsonl", wantErr: ErrFormat},
		{in: "", wantErr: ErrFormat},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFormat(tt.in)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Errorf("ParseFormat(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
	if _, err := NewWriter(&bytes.Buffer{}, "xml"); !errors.Is(err, ErrFormat) {
		t.Errorf("NewWriter(xml) error = %v, want ErrFormat", err)
	}
}

// pagedSource serves samples two to a page and fails Event for one id.
type pagedSource struct {
	events  []store.EventDetail
	failID  int64
	queries []store.EventQuery
}

func (p *pagedSource) Events(_ context.Context, q store.EventQuery) (store.Page, error) {
	p.queries = append(p.queries, q)
	start := 0
	if q.Cursor != "" {
		fmt.Sscan(q.Cursor, &start)
	}
	end := min(start+2, len(p.events))
	var page store.Page
	for _, e := range p.events[start:end] {
		page.Events = append(page.Events, e.Event)
	}
	if end < len(p.events) {
		page.Next = fmt.Sprint(end)
	}
	return page, nil
}

func (p *pagedSource) Event(_ context.Context, id int64) (store.EventDetail, error) {
	for _, e := range p.events {
		if e.ID == id && id != p.failID {
			return e, nil
		}
	}
	return store.EventDetail{}, store.ErrNotFound
}

func TestExport(t *testing.T) {
	var events []store.EventDetail
	for _, s := range samples {
		events = append(events, s.e)
	}
	src := &pagedSource{events: events}
	filter := store.Filter{Actor: "USA*", IncludeFlagged: true}
	var buf bytes.Buffer
	n, err := Export(context.Background(), src, filter, &buf, FormatICEWS)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(samples) {
		t.Errorf("Export wrote %d events, want %d", n, len(samples))
	}
	if lines := strings.Count(buf.String(), "\n"); lines != len(samples)+1 {
		t.Errorf("ICEWS output has %d lines, want %d (header + events)", lines, len(samples)+1)
	}
	if len(src.queries) != 3 || src.queries[0].Filter.Actor != "USA*" || src.queries[0].Limit != store.MaxLimit ||
		src.queries[2].Cursor != "4" {
		t.Errorf("queries = %+v", src.queries)
	}

	src = &pagedSource{events: events, failID: 9}
	n, err = Export(context.Background(), src, store.Filter{}, &bytes.Buffer{}, FormatGDELT)
	if !errors.Is(err, store.ErrNotFound) || n != 2 {
		t.Errorf("Export with a vanished event = %d, %v; want 2, ErrNotFound", n, err)
	}
}

func BenchmarkGDELTRow(b *testing.B) {
	e := sample(b, "merged_city")
	GDELTRow(e) // loads the gazetteer that event.Describe reads
	for b.Loop() {
		GDELTRow(e)
	}
}

func BenchmarkExportGDELT(b *testing.B) {
	e := sample(b, "merged_city")
	w, _ := NewWriter(io.Discard, FormatGDELT)
	GDELTRow(e) // loads the gazetteer that event.Describe reads
	for b.Loop() {
		if err := w.Write(e); err != nil {
			b.Fatal(err)
		}
	}
}
