package article

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadJSONL checks that the JSON Lines reader never panics, accounts
// for every non-blank line as accepted or rejected, and only accepts
// articles with an id and valid, non-blank UTF-8 text.
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","date":"2024-03-05","title":"T","text":"Troops left."}` + "\n"))
	f.Add([]byte(`{"text":"x"}` + "\n{bad\n\n" + `{"id":1,"text":"\u0000\u0000"}`))
	f.Add([]byte("\xff\xfe{\"text\":\"\xe9\"}\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var got []Article
		c, err := ReadJSONL(bytes.NewReader(data), "fuzz", Options{MaxRecordBytes: 256},
			func(a Article) error { got = append(got, a); return nil },
			func(e *RecordError) {
				if e.Reason == nil || e.Error() == "" {
					t.Errorf("report without a reason: %#v", e)
				}
			})
		if err != nil {
			t.Fatalf("ReadJSONL: %v", err)
		}
		lines := 0
		for i, l := range bytes.Split(data, []byte("\n")) {
			if i == 0 {
				l = bytes.TrimPrefix(l, []byte("\ufeff"))
			}
			if len(bytes.TrimSpace(bytes.TrimRight(l, "\r"))) > 0 {
				lines++
			}
		}
		if c.Records != lines || c.Accepted+c.Rejected != c.Records || c.Accepted != len(got) {
			t.Errorf("counts %+v for %d non-blank lines and %d articles", c, lines, len(got))
		}
		for _, a := range got {
			if a.ID == "" || strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Text) {
				t.Errorf("accepted a bad article %+v", a)
			}
		}
	})
}

// FuzzParseLayouts checks that choosing the layouts by the date's first
// character finds what trying every layout finds.
func FuzzParseLayouts(f *testing.F) {
	for _, s := range []string{"Feb 26, 1987", "26 Feb 1987", "2024-03-05T10:30:00Z", "Tue, 5 Mar 2024 10:30:00 -0500", "20240305", "(Mar 5, 2024)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gotT, gotOK := parseLayouts(s)
		wantT, wantOK := parseAllLayouts(s)
		if gotOK != wantOK || !gotT.Equal(wantT) {
			t.Errorf("parseLayouts(%q) = %v, %v; all layouts give %v, %v", s, gotT, gotOK, wantT, wantOK)
		}
	})
}
