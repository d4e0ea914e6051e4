package article

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// collect reads input with ReadJSONL or ReadText and returns what came out.
func collect(t *testing.T, format Format, input string, opts Options) ([]Article, []*RecordError, Counts) {
	t.Helper()
	var arts []Article
	var errs []*RecordError
	opts.Format = format
	c, err := Read(strings.NewReader(input), "in", opts,
		func(a Article) error { arts = append(arts, a); return nil },
		func(e *RecordError) { errs = append(errs, e) })
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return arts, errs, c
}

func TestReadJSONL(t *testing.T) {
	tests := []struct {
		name      string
		input     string
		wantIDs   []string
		wantErrs  []error // reasons in report order
		wantLines []int
		rejected  int
		warnings  int
	}{
		{
			name:    "one good record",
			input:   `{"id":"a1","date":"2024-03-05","title":"T","text":"Troops left."}` + "\n",
			wantIDs: []string{"a1"},
		},
		{
			name:    "numeric id and no final newline",
			input:   `{"id":42,"text":"x"}`,
			wantIDs: []string{"42"},
		},
		{
			name:    "blank lines are not records",
			input:   "\n\n" + `{"id":"a","text":"x"}` + "\n  \n" + `{"id":"b","text":"y"}` + "\r\n",
			wantIDs: []string{"a", "b"},
		},
		{
			name:      "bad JSON does not stop the read",
			input:     `{"id":"a","text":"x"}` + "\n{broken\n" + `{"id":"c","text":"z"}` + "\n",
			wantIDs:   []string{"a", "c"},
			wantErrs:  []error{ErrJSON},
			wantLines: []int{2},
			rejected:  1,
		},
		{
			name:      "not an object",
			input:     "[1,2]\nnull\n\"s\"\n",
			wantErrs:  []error{ErrJSON, ErrEmptyText, ErrJSON},
			wantLines: []int{1, 2, 3},
			rejected:  3,
		},
		{
			name:      "wrong member type",
			input:     `{"id":"a","text":5}` + "\n" + `{"id":true,"text":"x"}` + "\n",
			wantErrs:  []error{ErrJSON, ErrJSON},
			wantLines: []int{1, 2},
			rejected:  2,
		},
		{
			name:      "a date of another JSON type is a warning",
			input:     `{"id":"a","text":"x","date":true}` + "\n" + `{"id":"b","text":"x","date":{"y":2024}}` + "\n",
			wantIDs:   []string{"a", "b"},
			wantErrs:  []error{ErrDate, ErrDate},
			wantLines: []int{1, 2},
			warnings:  2,
		},
		{
			name:      "missing and blank text",
			input:     `{"id":"a"}` + "\n" + `{"id":"b","text":"  \n "}` + "\n",
			wantErrs:  []error{ErrEmptyText, ErrEmptyText},
			wantLines: []int{1, 2},
			rejected:  2,
		},
		{
			name:      "NUL-heavy text is binary",
			input:     `{"id":"a","text":"ab\u0000\u0000cd"}` + "\n",
			wantErrs:  []error{ErrBinary},
			wantLines: []int{1},
			rejected:  1,
		},
		{
			name:      "bad date is a warning",
			input:     `{"id":"a","date":"2004/2005 (not recorded)","text":"x"}` + "\n",
			wantIDs:   []string{"a"},
			wantErrs:  []error{ErrDate},
			wantLines: []int{1},
			warnings:  1,
		},
		{
			name:      "few invalid UTF-8 bytes are repaired",
			input:     `{"id":"a","text":"caf` + "\xe9" + ` au lait, a long enough text"}` + "\n",
			wantIDs:   []string{"a"},
			wantErrs:  []error{ErrInvalidUTF8},
			wantLines: []int{1},
			warnings:  1,
		},
		{
			name:      "mostly invalid UTF-8 is rejected",
			input:     `{"text":"` + strings.Repeat("\xff\xfe", 20) + `"}` + "\n",
			wantErrs:  []error{ErrInvalidUTF8},
			wantLines: []int{1},
			rejected:  1,
		},
		{
			name:      "warning of a rejected record is not reported",
			input:     `{"date":"nonsense","text":""}` + "\n",
			wantErrs:  []error{ErrEmptyText},
			wantLines: []int{1},
			rejected:  1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs, c := collect(t, JSONL, tt.input, Options{})
			var ids []string
			for _, a := range arts {
				ids = append(ids, a.ID)
			}
			if fmt.Sprint(ids) != fmt.Sprint(tt.wantIDs) {
				t.Errorf("ids = %v, want %v", ids, tt.wantIDs)
			}
			if len(errs) != len(tt.wantErrs) {
				t.Fatalf("errors = %v, want reasons %v", errs, tt.wantErrs)
			}
			for i, e := range errs {
				if !errors.Is(e, tt.wantErrs[i]) {
					t.Errorf("error %d = %v, want %v", i, e, tt.wantErrs[i])
				}
				if e.Line != tt.wantLines[i] {
					t.Errorf("error %d line = %d, want %d", i, e.Line, tt.wantLines[i])
				}
			}
			if c.Accepted != len(tt.wantIDs) || c.Rejected != tt.rejected || c.Warnings != tt.warnings ||
				c.Records != c.Accepted+c.Rejected {
				t.Errorf("counts = %+v, want accepted %d rejected %d warnings %d",
					c, len(tt.wantIDs), tt.rejected, tt.warnings)
			}
		})
	}
}

func TestReadJSONLNumericDate(t *testing.T) {
	tests := []struct {
		name, date string
		want       time.Time
		warn       bool
	}{
		{name: "YYYYMMDD", date: "20050205", want: time.Date(2005, 2, 5, 0, 0, 0, 0, time.UTC)},
		{name: "YYYYMMDD of 1987", date: "19870326", want: time.Date(1987, 3, 26, 0, 0, 0, 0, time.UTC)},
		{name: "eight digits not a date are seconds", date: "20051399", want: time.Unix(20051399, 0).UTC()},
		{name: "February 30 is seconds", date: "20050230", want: time.Unix(20050230, 0).UTC()},
		{name: "seconds", date: "1709634600", want: time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC)},
		{name: "milliseconds", date: "1709634600000", want: time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC)},
		{name: "fraction of a second", date: "1709634600.75", want: time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC)},
		{name: "before 1970", date: "-86400", want: time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC)},
		{name: "after the year 9999", date: "1e20", warn: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs, _ := collect(t, JSONL, `{"id":"a","text":"x","date":`+tt.date+`}`, Options{})
			if len(arts) != 1 {
				t.Fatalf("got %d articles, errors %v", len(arts), errs)
			}
			if tt.warn {
				if len(errs) != 1 || !errors.Is(errs[0], ErrDate) || arts[0].HasDate() {
					t.Errorf("errors %v, date %v; want an unparseable-date warning and no date", errs, arts[0].Date)
				}
				return
			}
			if len(errs) != 0 || !arts[0].Date.Equal(tt.want) {
				t.Errorf("date %v, errors %v; want %v", arts[0].Date, errs, tt.want)
			}
		})
	}
}

func TestReadJSONLFields(t *testing.T) {
	in := `{"id":"r1","date":"1987-02-26T15:01:01","title":"COCOA","dateline":"SALVADOR, Feb 26 -",` +
		`"text":"Showers continued.","url":"http://example.org/1","source":"wire","extra":[1,2]}`
	arts, errs, _ := collect(t, JSONL, in, Options{})
	if len(errs) != 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, errors %v", len(arts), errs)
	}
	want := Article{
		ID:       "r1",
		Date:     time.Date(1987, 2, 26, 15, 1, 1, 0, time.UTC),
		DateRaw:  "1987-02-26T15:01:01",
		Title:    "COCOA",
		Dateline: "SALVADOR, Feb 26 -",
		Text:     "Showers continued.",
		URL:      "http://example.org/1",
		Source:   "wire",
	}
	if got := arts[0]; got != want {
		t.Errorf("article = %+v\nwant      %+v", got, want)
	}
}

func TestStableID(t *testing.T) {
	in := `{"text":"Same text.","source":"s"}` + "\n" + `{"text":"Same text.","source":"s"}` + "\n" +
		`{"text":"Same text.","source":"t"}` + "\n"
	arts, _, _ := collect(t, JSONL, in, Options{})
	if len(arts) != 3 {
		t.Fatalf("got %d articles", len(arts))
	}
	if arts[0].ID != arts[1].ID || arts[0].ID == arts[2].ID || len(arts[0].ID) != 16 {
		t.Errorf("ids %q %q %q: want the first two equal, the third different, 16 digits",
			arts[0].ID, arts[1].ID, arts[2].ID)
	}
	if arts[0].ID != StableID("s", "Same text.") {
		t.Errorf("id %q != StableID %q", arts[0].ID, StableID("s", "Same text."))
	}
}

func TestLongLines(t *testing.T) {
	// The long line is longer than the reader's 64 KiB buffer and than the
	// limit; the records around it must survive.
	long := `{"id":"long","text":"` + strings.Repeat("a", 200<<10) + `"}`
	fits := `{"id":"fits","text":"` + strings.Repeat("b", 100<<10) + `"}`
	in := `{"id":"a","text":"x"}` + "\n" + long + "\n" + fits + "\n" + `{"id":"z","text":"y"}` + "\n"
	arts, errs, c := collect(t, JSONL, in, Options{MaxRecordBytes: 150 << 10})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if got := strings.Join(ids, ","); got != "a,fits,z" {
		t.Errorf("ids = %s, want a,fits,z", got)
	}
	if len(arts) == 3 && len(arts[1].Text) != 100<<10 {
		t.Errorf("long accepted text has %d bytes, want %d", len(arts[1].Text), 100<<10)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLong) || errs[0].Line != 2 {
		t.Errorf("errors = %v, want one ErrTooLong at line 2", errs)
	}
	if c.Records != 4 || c.Rejected != 1 {
		t.Errorf("counts = %+v", c)
	}
}

func TestReadText(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		wantText string
		wantErr  error
		warn     bool
	}{
		{name: "plain", input: "Troops left the city.\n", wantText: "Troops left the city.\n"},
		{name: "UTF-8 BOM", input: "\ufeffHello", wantText: "Hello"},
		{name: "UTF-16LE BOM", input: "\xff\xfeH\x00i\x00", wantText: "Hi"},
		{name: "UTF-16BE BOM", input: "\xfe\xff\x00H\x00i", wantText: "Hi"},
		{name: "empty", input: " \n\t", wantErr: ErrEmptyText},
		{name: "binary", input: "\x00\x01\x02ELF\x00\x00\x00", wantErr: ErrBinary},
		{name: "not UTF-8", input: "\xfd\xfc\xfb\xfa abc", wantErr: ErrInvalidUTF8},
		{name: "repaired", input: "Caf\xe9 society meets in the square today.", wantText: "Caf\ufffd society meets in the square today.", warn: true},
		{name: "too long", input: strings.Repeat("x", 2000), wantErr: ErrTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs, c := collect(t, Text, tt.input, Options{MaxRecordBytes: 1000})
			if tt.wantErr != nil {
				if len(arts) != 0 || len(errs) != 1 || !errors.Is(errs[0], tt.wantErr) || c.Rejected != 1 {
					t.Fatalf("got %d articles, errors %v; want rejection %v", len(arts), errs, tt.wantErr)
				}
				return
			}
			if len(arts) != 1 {
				t.Fatalf("got %d articles, errors %v", len(arts), errs)
			}
			if arts[0].Text != tt.wantText {
				t.Errorf("text = %q, want %q", arts[0].Text, tt.wantText)
			}
			if tt.warn != (len(errs) == 1 && errs[0].Severity == Warning) {
				t.Errorf("errors = %v, want warning %v", errs, tt.warn)
			}
			if !strings.HasPrefix(arts[0].ID, "in-") || len(arts[0].ID) != len("in-")+12 {
				t.Errorf("id = %q, want in-<12 hex digits>", arts[0].ID)
			}
		})
	}
}

func TestReadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	files := []string{
		write("a.jsonl", `{"id":"j1","text":"one"}`+"\n"+`{"id":"j2","text":"two"}`+"\n"),
		write("b.txt", "{not json, a text file starting with a brace}"),
		"-",
	}
	var ids []string
	c, err := ReadFiles(files, Options{Stdin: strings.NewReader(`{"id":"s1","text":"from stdin"}`)},
		func(a Article) error { ids = append(ids, a.ID); return nil }, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 4 || ids[0] != "j1" || ids[1] != "j2" || !strings.HasPrefix(ids[2], "b.txt-") || ids[3] != "s1" {
		t.Errorf("ids = %v", ids)
	}
	if c.Accepted != 4 {
		t.Errorf("counts = %+v", c)
	}
	if _, err := ReadFiles([]string{filepath.Join(dir, "missing.jsonl")}, Options{}, nil, nil); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v, want ErrNotExist", err)
	}
}

func TestYieldErrorStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	_, err := ReadJSONL(strings.NewReader(`{"text":"a"}`+"\n"+`{"text":"b"}`+"\n"), "in", Options{},
		func(Article) error { n++; return stop }, nil)
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err = %v after %d articles, want stop after 1", err, n)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, io.ErrUnexpectedEOF }

func TestIOError(t *testing.T) {
	if _, err := ReadJSONL(failingReader{}, "in", Options{}, nil, nil); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("err = %v, want the reader's error", err)
	}
}

func TestRecordErrorMessage(t *testing.T) {
	e := &RecordError{File: "news.jsonl", Line: 7, Reason: ErrJSON, Detail: "unexpected end of JSON input"}
	if got, want := e.Error(), "news.jsonl:7: invalid JSON record: unexpected end of JSON input"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	w := &RecordError{File: "a.txt", Severity: Warning, Reason: ErrDate, Detail: `"soon"`}
	if got, want := w.Error(), `a.txt: warning: unparseable date: "soon"`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestParseDate(t *testing.T) {
	est := time.FixedZone("", -5*3600)
	day := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{in: "2024-03-05T10:30:00Z", want: time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC), ok: true},
		{in: "2024-03-05T10:30:00-05:00", want: time.Date(2024, 3, 5, 10, 30, 0, 0, est), ok: true},
		{in: "2024-03-05T10:30:00", want: time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC), ok: true},
		{in: "2024-03-05", want: day, ok: true},
		{in: " 20240305 ", want: day, ok: true},
		{in: "2024/03/05", want: day, ok: true},
		{in: "2024-03-05 10:30:00", want: time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC), ok: true},
		{in: "Tue, 05 Mar 2024 10:30:00 GMT", want: time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC), ok: true},
		{in: "Tue, 05 Mar 2024 10:30:00 -0500", want: time.Date(2024, 3, 5, 10, 30, 0, 0, est), ok: true},
		{in: "Mar 5, 2024", want: day, ok: true},
		{in: "March 5, 2024", want: day, ok: true},
		{in: "5 March 2024", want: day, ok: true},
		{in: "05-MAR-2024", want: day, ok: true},
		{in: "MARCH 5, 2024", want: day, ok: true},
		{in: "2024-03-05T10:30:00.000+0000", want: time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC), ok: true},
		{in: "2024-03-05 10:30:00 UTC", want: time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC), ok: true},
		{in: "2024-03-05 10:30:00 -0500", want: time.Date(2024, 3, 5, 10, 30, 0, 0, est), ok: true},
		{in: "Mar 5 2024", want: day, ok: true},
		{in: "Tuesday, March 5, 2024", want: day, ok: true},
		{in: "3/5/2024", want: day, ok: true},
		{in: "03/05/2024", want: day, ok: true},
		{in: "25/3/2024", want: time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC), ok: true},
		{in: "5.3.2024", want: day, ok: true},
		{in: "13/13/2024"},
		{in: "2004/2005 (not recorded per article)"},
		{in: "2024-13-01"},
		{in: "yesterday"},
		{in: ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := ParseDate(tt.in)
			if ok != tt.ok || !got.Equal(tt.want) {
				t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
			if ok && got.Format("2006-01-02") != tt.want.Format("2006-01-02") {
				t.Errorf("calendar date %s, want %s", got.Format("2006-01-02"), tt.want.Format("2006-01-02"))
			}
		})
	}
}

// TestParseLayoutsByOpening checks that trying only the layouts that open
// like the date (a number, a weekday, a month) finds what trying them all
// finds.
func TestParseLayoutsByOpening(t *testing.T) {
	for _, s := range []string{
		"Feb 26, 1987", "February 26, 1987", "Feb. 26, 1987", "26 Feb 1987", "26-Feb-1987", "26-Feb-1987 10:30:00",
		"Tuesday, 05-Mar-24 10:30:00 GMT", "Tue Mar  5 10:30:00 2024", "Tue, 5 Mar 2024 10:30:00 -0500",
		"2024-03-05T10:30:00.123Z", "2024-03-05 10:30", "20240305", "+2024-03-05", "(Mar 5, 2024)", "-5 March 2024",
		"Feb 26 -, 1987", "SALVADOR, Feb 26 -", "1987 Feb 26",
		"mar 5, 2024", "MONDAY, MARCH 4, 2024", "Monday, March 4, 2024", "Sat Mar  9 10:30:00 2024", "Mayday 5, 2024", "Xyz 5, 2024", "Ma 5, 2024",
	} {
		gotT, gotOK := parseLayouts(s)
		wantT, wantOK := parseAllLayouts(s)
		if gotOK != wantOK || !gotT.Equal(wantT) {
			t.Errorf("parseLayouts(%q) = %v, %v; all layouts give %v, %v", s, gotT, gotOK, wantT, wantOK)
		}
	}
}

// parseAllLayouts tries every layout in order, as parseLayouts did before
// it chose them by the date's opening.
func parseAllLayouts(s string) (time.Time, bool) {
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func BenchmarkReadJSONL(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(&sb, `{"id":"a%d","date":"2024-03-05","title":"Title","text":"%s"}`+"\n", i,
			strings.Repeat("Troops withdrew from the border town on Tuesday. ", 40))
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := ReadJSONL(strings.NewReader(in), "bench", Options{}, func(Article) error { return nil }, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseDate parses a dateline's date with the years tried for it
// ("Feb 26, 1987") and an ISO 8601 article date.
func BenchmarkParseDate(b *testing.B) {
	for b.Loop() {
		ParseDate("Feb 26, 1987")
		ParseDate("1987-02-26T15:01:01")
	}
}
