package api

import (
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"tacitus/store"
)

// FuzzParseEventQuery checks that any query string either parses into a
// query within the API's limits or fails with a 400 *Error that names a
// parameter; it never panics.
func FuzzParseEventQuery(f *testing.F) {
	for _, s := range []string{
		"", "limit=1000", "actor=USA*&quad=4&from=2024-01-01&to=2024-01-31",
		"bbox=-10.5,30,40,50.25&q=border+clash&include_flagged=true", "format=csv&cursor=abc",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q, format, err := ParseEventQuery(v)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Status != http.StatusBadRequest || e.Param == "" || !errors.Is(err, ErrBadParameter) {
				t.Fatalf("%q: error %#v is not a 400 naming a parameter", raw, err)
			}
			return
		}
		if q.Limit < 1 || q.Limit > store.MaxLimit {
			t.Fatalf("%q: limit %d", raw, q.Limit)
		}
		switch format {
		case FormatJSON, FormatCSV, FormatJSONL, FormatParquet:
		default:
			t.Fatalf("%q: format %q", raw, format)
		}
		if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
			t.Fatalf("%q: to before from", raw)
		}
		if b := q.BBox; b != nil && (b.MinLat > b.MaxLat || b.MinLon > b.MaxLon || b.MinLat < -90 || b.MaxLon > 180) {
			t.Fatalf("%q: bbox %+v", raw, *b)
		}
		for _, c := range []string{q.Actor, q.Source, q.Target, q.PLOVER} {
			if len(c) > maxCodeLen || strings.ContainsAny(c, "'\";% ") {
				t.Fatalf("%q: code %q", raw, c)
			}
		}
	})
}

func TestParseSeriesAndTop(t *testing.T) {
	tests := []struct {
		name      string
		raw       string
		series    bool
		wantParam string
	}{
		{name: "series defaults", raw: "", series: true},
		{name: "series month", raw: "source=USA&target=CHN&interval=month&normalize=articles", series: true},
		{name: "series bad normalize", raw: "normalize=population", series: true, wantParam: "normalize"},
		{name: "series unknown", raw: "actor=USA", series: true, wantParam: "actor"},
		{name: "top defaults", raw: ""},
		{name: "top limit", raw: "limit=1000&from=2023-01-01"},
		{name: "top limit too big", raw: "limit=1001", wantParam: "limit"},
		{name: "top bad to", raw: "to=yesterday", wantParam: "to"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := url.ParseQuery(tc.raw)
			if err != nil {
				t.Fatal(err)
			}
			if tc.series {
				_, err = ParseSeriesQuery(v)
			} else {
				_, err = ParseTopQuery(v)
			}
			var e *Error
			switch {
			case tc.wantParam == "" && err != nil:
				t.Fatalf("unexpected error %v", err)
			case tc.wantParam != "" && (!errors.As(err, &e) || e.Param != tc.wantParam):
				t.Fatalf("error %v, want one about %s", err, tc.wantParam)
			}
		})
	}
}
