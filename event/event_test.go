package event

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// encode writes events in format f.
func encode(t testing.TB, f Format, events []*Event) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(&buf, f)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range events {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	tests := []struct {
		format Format
		file   string
	}{
		{format: FormatJSONL, file: "samples.jsonl"},
		{format: FormatCSV, file: "samples.csv"},
		{format: FormatPLOVER, file: "samples.plover.jsonl"},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			got := encode(t, tt.format, samples())
			path := filepath.Join("testdata", tt.file)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file %s:\n%s", tt.format, path, got)
			}
		})
	}
}

// TestJSONShape checks the members the record promises, independently of
// the golden file.
func TestJSONShape(t *testing.T) {
	lines := bytes.Split(bytes.TrimSpace(encode(t, FormatJSONL, samples())), []byte("\n"))
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3", len(lines))
	}
	var full, bare map[string]any
	if err := json.Unmarshal(lines[0], &full); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(lines[1], &bare); err != nil {
		t.Fatal(err)
	}
	src := full["source"].(map[string]any)
	if src["name"] != "Iran government" || src["country"] != "IRN" || len(src["sectors"].([]any)) != 1 {
		t.Errorf("source = %v", src)
	}
	for _, k := range []string{"date", "date_precision", "date_basis", "target", "plover", "location"} {
		if v, ok := bare[k]; !ok || v != nil {
			t.Errorf("bare[%q] = %v, %v; want present and null", k, v, ok)
		}
	}
	for _, k := range []string{"flags", "issues"} {
		if l, ok := bare[k].([]any); !ok || len(l) != 0 {
			t.Errorf("bare[%q] = %#v, want []", k, bare[k])
		}
	}
	if c := bare["source"].(map[string]any)["country"]; c != nil {
		t.Errorf("---REB country = %v, want null", c)
	}
	if len(full) != 19 {
		t.Errorf("record has %d members, want 19", len(full))
	}
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	path := filepath.Join(moduleRoot(t), "docs", "event.schema.json")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("event.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("event.schema.json")
	if err != nil {
		t.Fatalf("compiling %s: %v", path, err)
	}
	return s
}

func TestSchemaAcceptsSamples(t *testing.T) {
	s := compileSchema(t)
	for i, line := range bytes.Split(bytes.TrimSpace(encode(t, FormatJSONL, samples())), []byte("\n")) {
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(line))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(v); err != nil {
			t.Errorf("sample %d fails the schema: %v\n%s", i, err, line)
		}
	}
}

func TestSchemaRejects(t *testing.T) {
	s := compileSchema(t)
	tests := []struct {
		name   string
		mutate func(m map[string]any)
	}{
		{name: "extra member", mutate: func(m map[string]any) { m["confidence"] = 0.9 }},
		{name: "missing member", mutate: func(m map[string]any) { delete(m, "coder") }},
		{name: "bad date", mutate: func(m map[string]any) { m["date"] = "2024-3-5" }},
		{name: "bad precision", mutate: func(m map[string]any) { m["date_precision"] = "hour" }},
		{name: "bad basis", mutate: func(m map[string]any) { m["date_basis"] = "guess" }},
		{name: "bad cameo", mutate: func(m map[string]any) { m["cameo"] = "21" }},
		{name: "cameo as number", mutate: func(m map[string]any) { m["cameo"] = 40 }},
		{name: "unknown flag", mutate: func(m map[string]any) { m["flags"] = []any{"sarcastic"} }},
		{name: "null sectors", mutate: func(m map[string]any) { m["source"].(map[string]any)["sectors"] = nil }},
		{name: "actor extra member", mutate: func(m map[string]any) { m["source"].(map[string]any)["role"] = "x" }},
		{name: "bad resolution", mutate: func(m map[string]any) { m["location"].(map[string]any)["resolution"] = "street" }},
		{name: "bad location basis", mutate: func(m map[string]any) { m["location"].(map[string]any)["basis"] = "guess" }},
		{name: "lowercase country", mutate: func(m map[string]any) { m["source"].(map[string]any)["country"] = "irn" }},
		{name: "negative offset", mutate: func(m map[string]any) { m["verb"].(map[string]any)["start"] = -1 }},
		{name: "sentence index below -1", mutate: func(m map[string]any) { m["sentence_index"] = -2 }},
	}
	line := bytes.SplitN(encode(t, FormatJSONL, samples()[:1]), []byte("\n"), 2)[0]
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(line))
			if err != nil {
				t.Fatal(err)
			}
			tt.mutate(v.(map[string]any))
			if err := s.Validate(v); err == nil {
				t.Errorf("the schema accepts a record with a %s", tt.name)
			}
		})
	}
}

func TestCSV(t *testing.T) {
	recs, err := csv.NewReader(bytes.NewReader(encode(t, FormatCSV, samples()))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 || strings.Join(recs[0], ",") != strings.Join(Columns, ",") {
		t.Fatalf("got %d rows, header %v", len(recs), recs[0])
	}
	col := map[string]int{}
	for i, c := range Columns {
		col[c] = i
	}
	full, bare := recs[1], recs[2]
	checks := []struct {
		row          []string
		column, want string
	}{
		{row: full, column: "source_name", want: "Iran government"},
		{row: full, column: "target_country", want: "IRQ"},
		{row: full, column: "plover_context", want: "diplomatic"},
		{row: full, column: "location_lat", want: "33.34058"},
		{row: full, column: "flags", want: "quoted"},
		{row: bare, column: "target_code", want: ""},
		{row: bare, column: "date", want: ""},
		{row: bare, column: "goldstein", want: "-10"},
	}
	for _, c := range checks {
		if got := c.row[col[c.column]]; got != c.want {
			t.Errorf("%s = %q, want %q", c.column, got, c.want)
		}
	}
	if got := encode(t, FormatCSV, nil); string(got) != strings.Join(Columns, ",")+"\n" {
		t.Errorf("CSV of no events = %q, want the header", got)
	}
}

func TestParquetRoundTrip(t *testing.T) {
	data := encode(t, FormatParquet, samples())
	rows, err := parquet.Read[parquetRow](bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows, want 3", len(rows))
	}
	full, bare, title := rows[0], rows[1], rows[2]
	if full.Date == nil || time.Unix(int64(*full.Date)*86400, 0).UTC().Format(time.DateOnly) != "2024-03-05" {
		t.Errorf("date = %v days, want 2024-03-05", full.Date)
	}
	if full.TargetCode == nil || *full.TargetCode != "IRQGOV" || full.LocationLat == nil || *full.LocationLat != 33.34058 {
		t.Errorf("full row = %+v", full)
	}
	if bare.Date != nil || bare.TargetCode != nil || bare.PLOVERType != nil || bare.LocationName != nil {
		t.Errorf("bare row has values for null fields: %+v", bare)
	}
	if title.SentenceIndex != -1 || title.LocationLat != nil || strings.Join(title.Flags, ",") != "negated,hypothetical" {
		t.Errorf("title row = %+v", title)
	}
	schema := parquet.SchemaOf(parquetRow{})
	if n := len(schema.Fields()); n != len(Columns) {
		t.Errorf("Parquet has %d columns, CSV %d", n, len(Columns))
	}
	for i, f := range schema.Fields() {
		if i < len(Columns) && f.Name() != Columns[i] {
			t.Errorf("Parquet column %d = %s, CSV %s", i, f.Name(), Columns[i])
		}
	}
}

func TestPLOVER(t *testing.T) {
	lines := bytes.Split(bytes.TrimSpace(encode(t, FormatPLOVER, samples())), []byte("\n"))
	var full, title map[string]any
	if err := json.Unmarshal(lines[0], &full); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(lines[2], &title); err != nil {
		t.Fatal(err)
	}
	actor := full["actor"].([]any)[0].(map[string]any)
	if actor["code"] != "IRN" || actor["sector"] != "GOV" || actor["entity_text"] != "Iranian officials" {
		t.Errorf("actor = %v", actor)
	}
	if ev := full["event"].([]any); len(ev) != 1 || ev[0] != "CONSULT" {
		t.Errorf("event = %v", ev)
	}
	loc := full["event_loc"].(map[string]any)
	if loc["resolution"] != 4.0 || loc["country"] != "Iraq" || loc["city"] != "Baghdad" {
		t.Errorf("event_loc = %v", loc)
	}
	if full["quad_code"] != 1.0 || full["event_scale"] != 1.0 || full["time"] != nil {
		t.Errorf("quad_code %v event_scale %v time %v", full["quad_code"], full["event_scale"], full["time"])
	}
	un := title["actor"].([]any)[0].(map[string]any)
	if un["code"] != "UNO" || un["sector"] != nil {
		t.Errorf("UN actor = %v", un)
	}
	if m := title["mode"].([]any); len(m) != 0 {
		t.Errorf("mode = %v, want []", m)
	}
}

func TestPLOVERSectors(t *testing.T) {
	tests := []struct {
		code, wantCode, wantSector, wantReligion string
	}{
		{code: "USAMED", wantCode: "USA", wantSector: "JRN"},
		{code: "USAHLH", wantCode: "USA", wantSector: "MED"},
		{code: "---INS", wantSector: "REB"},
		{code: "IGOEUREEC", wantCode: "EUR"},
		{code: "IGOAFRAFU", wantCode: "IGO"},
		{code: "NGOHLHIRC", wantCode: "NGO", wantSector: "MED"},
		{code: "MNCUSA", wantCode: "USA"},
		{code: "AFR"},
		{code: "SYRREBMOS", wantCode: "SYR", wantSector: "REB", wantReligion: "MOS"},
		{code: "NGOUSAHRI", wantCode: "USA"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			a := NewActor("x", tt.code, 0, 1)
			ent := ploverActor(&a)
			if string(ent.Code) != tt.wantCode || string(ent.Sector) != tt.wantSector || string(ent.Religion) != tt.wantReligion {
				t.Errorf("code %q sector %q religion %q; want %q %q %q",
					ent.Code, ent.Sector, ent.Religion, tt.wantCode, tt.wantSector, tt.wantReligion)
			}
		})
	}
}

func TestLabel(t *testing.T) {
	tests := []struct {
		code, name, country string
		sectors             string
	}{
		{code: "IRNGOV", name: "Iran government", country: "IRN", sectors: "GOV"},
		{code: "USA", name: "United States", country: "USA"},
		{code: "USAMILGOV", name: "United States military government", country: "USA", sectors: "MIL,GOV"},
		{code: "---GOV", name: "government", sectors: "GOV"},
		{code: "---", name: ""},
		{code: "IGOUNO", name: "United Nations"},
		{code: "IGOEUREEC", name: "European Union"},
		{code: "IGOUNOHRIHCH", name: "UN High Commissioner for Human Rights", sectors: "HRI"},
		{code: "IGOUNODEVWBK", name: "World Bank", sectors: "DEV"},
		{code: "IGOWSTNAT", name: "NATO"},
		{code: "IGONAMDEV", name: "the Americas development intergovernmental organization", sectors: "DEV"},
		{code: "NAMGOV", name: "Namibia government", country: "NAM", sectors: "GOV"},
		{code: "PSEREBHMS", name: "Hamas", country: "PSE", sectors: "REB"},
		{code: "IMGMUSALQ", name: "al-Qaeda", sectors: "MUS"},
		{code: "NGOUSAHRI", name: "United States human rights NGO", country: "USA", sectors: "HRI"},
		{code: "NGOHLHIRC", name: "Red Cross", sectors: "HLH"},
		{code: "MNCUSA", name: "United States multinational corporation", country: "USA"},
		{code: "IGO", name: "intergovernmental organization"},
		{code: "---REBMUS", name: "Muslim rebels", sectors: "REB,MUS"},
		{code: "MUS", name: "Mauritius", country: "MUS"},
		{code: "KSV", name: "Kosovo", country: "KSV"},
		{code: "TMPGOV", name: "East Timor government", country: "TMP", sectors: "GOV"},
		{code: "AFR", name: "Africa"},
		{code: "SYRUAF", name: "Syria unidentified armed forces", country: "SYR", sectors: "UAF"},
		{code: "ZZZGOV", name: "ZZZ government", sectors: "GOV"},
		{code: `"NEW ACTOR"`, name: "NEW ACTOR"},
		{code: "", name: ""},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			d := Describe(tt.code)
			if d.Name != tt.name || d.Country != tt.country || strings.Join(d.Sectors, ",") != tt.sectors {
				t.Errorf("Describe(%q) = %q %q %v; want %q %q %s", tt.code, d.Name, d.Country, d.Sectors,
					tt.name, tt.country, tt.sectors)
			}
			if Label(tt.code) != tt.name {
				t.Errorf("Label(%q) = %q", tt.code, Label(tt.code))
			}
		})
	}
	d := Describe("USAMILGOV")
	d.Sectors[0] = "XXX"
	if Describe("USAMILGOV").Sectors[0] != "MIL" {
		t.Error("changing a returned Sectors changed the cache")
	}
}

func TestStableID(t *testing.T) {
	a, b := samples()[0], samples()[0]
	if a.ID != b.ID || len(a.ID) != 24 {
		t.Fatalf("ids %q %q: want equal, 24 digits", a.ID, b.ID)
	}
	changes := []struct {
		name   string
		change func(e *Event)
	}{
		{name: "coder", change: func(e *Event) { e.Coder = "0.2.0+000000000000" }},
		{name: "article", change: func(e *Event) { e.ArticleID = "other" }},
		{name: "sentence", change: func(e *Event) { e.SentenceIndex = 3 }},
		{name: "verb", change: func(e *Event) { e.Verb.Start++ }},
		{name: "source", change: func(e *Event) { e.Source.Code = "IRNMIL" }},
		{name: "target", change: func(e *Event) { e.Target = nil }},
		{name: "cameo", change: func(e *Event) { e.CAMEO = "043" }},
	}
	for _, c := range changes {
		t.Run(c.name, func(t *testing.T) {
			e := samples()[0]
			c.change(e)
			if e.StableID() == a.ID {
				t.Errorf("changing the %s keeps the id", c.name)
			}
		})
	}
	e := samples()[0]
	e.Sentence, e.Goldstein = "other words", 7
	if e.StableID() != a.ID {
		t.Error("the id depends on fields outside its definition")
	}
}

func TestFingerprint(t *testing.T) {
	data := map[string][]byte{"verbs": []byte("A"), "agents": []byte("B")}
	fp := Fingerprint("0.1.0", data)
	if !strings.HasPrefix(fp, "0.1.0+") || len(fp) != len("0.1.0+")+12 {
		t.Errorf("Fingerprint = %q", fp)
	}
	if Fingerprint("0.1.0", map[string][]byte{"agents": []byte("B"), "verbs": []byte("A")}) != fp {
		t.Error("Fingerprint depends on map order")
	}
	if Fingerprint("0.1.0", map[string][]byte{"verbs": []byte("AB")}) == fp ||
		Fingerprint("0.1.0", map[string][]byte{"verbs": []byte("A"), "agents": []byte("C")}) == fp ||
		Fingerprint("0.1.1", data) == fp {
		t.Error("Fingerprint ignores a change of data or version")
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
		err  error
	}{
		{in: "jsonl", want: FormatJSONL},
		{in: " CSV ", want: FormatCSV},
		{in: "plover", want: FormatPLOVER},
		{in: "Parquet", want: FormatParquet},
		{in: "xml", err: ErrFormat},
		{in: "", err: ErrFormat},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFormat(tt.in)
			if got != tt.want || !errors.Is(err, tt.err) {
				t.Errorf("ParseFormat(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
			}
		})
	}
	if _, err := NewWriter(&bytes.Buffer{}, "xml"); !errors.Is(err, ErrFormat) {
		t.Errorf("NewWriter(xml) error = %v", err)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(e *Event)
		ok     bool
	}{
		{name: "sample", mutate: func(*Event) {}, ok: true},
		{name: "no id", mutate: func(e *Event) { e.ID = "" }},
		{name: "no article", mutate: func(e *Event) { e.ArticleID = "" }},
		{name: "no coder", mutate: func(e *Event) { e.Coder = "" }},
		{name: "date without precision", mutate: func(e *Event) { e.DatePrecision = "" }},
		{name: "bad date", mutate: func(e *Event) { e.Date = "2024-02-30" }},
		{name: "reversed verb", mutate: func(e *Event) { e.Verb.Start, e.Verb.End = 9, 3 }},
		{name: "sentence -2", mutate: func(e *Event) { e.SentenceIndex = -2 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := samples()[0]
			tt.mutate(e)
			err := e.Validate()
			if (err == nil) != tt.ok || err != nil && !errors.Is(err, ErrInvalid) {
				t.Errorf("Validate() = %v, want ok %v", err, tt.ok)
			}
		})
	}
}

func TestDateOf(t *testing.T) {
	if got := DateOf(time.Date(2024, 3, 5, 23, 0, 0, 0, time.FixedZone("", -5*3600))); got != "2024-03-05" {
		t.Errorf("DateOf = %q, want the date in the time's own zone", got)
	}
	if got := DateOf(time.Time{}); got != "" {
		t.Errorf("DateOf(zero) = %q", got)
	}
}

func BenchmarkWriters(b *testing.B) {
	events := samples()
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			for b.Loop() {
				w, _ := NewWriter(&bytes.Buffer{}, f)
				for range 100 {
					for _, e := range events {
						if err := w.Write(e); err != nil {
							b.Fatal(err)
						}
					}
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
