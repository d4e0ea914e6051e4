package export

import (
	"bytes"
	"strings"
	"testing"

	"tacitus/store"
)

// FuzzRows feeds arbitrary stored codes, names and places to every format:
// no panic, the right number of fields, no separator inside a field.
func FuzzRows(f *testing.F) {
	f.Add("USAGOV", "IRNMIL", "United States", "0251", "Tehran", "IRN", "city", "https://x.example/a")
	f.Add("---", "", "", "", "", "", "", "")
	f.Add("IGOUNO\tKID", "NGO\n", "a\tb", "19", "Texas", "USA", "admin1", "u\r\nv")
	f.Fuzz(func(t *testing.T, src, tgt, name, code, place, country, resolution, url string) {
		e := store.EventDetail{
			Event: store.Event{
				ID: 1, Date: day("2026-03-04"), DatePrecision: store.PrecisionDay,
				Source: store.ActorRef{Code: src, Name: name, Country: country},
				Target: store.ActorRef{Code: tgt, Name: name},
				CAMEO:  code, Location: &store.Location{Name: place, Country: country, Admin1: place, Resolution: resolution},
				NumMentions: 1,
			},
			Mentions: []store.MentionDetail{{ArticleID: name, ArticleURL: url, ArticleSource: name, Sentence: name,
				Mention: store.Mention{RecordID: src, Issues: []string{name}, Verb: store.Span{Start: 3, End: 1}}}},
		}
		for _, f := range []struct {
			width int
			row   func(*store.EventDetail) []string
		}{{61, GDELTRow}, {26, PhoenixRow}, {20, ICEWSRow}} {
			row := f.row(&e)
			if len(row) != f.width {
				t.Fatalf("%d fields, want %d", len(row), f.width)
			}
			for i, v := range row {
				if strings.ContainsAny(v, "\t\n\r") {
					t.Fatalf("field %d = %q holds a separator", i, v)
				}
			}
		}
		for _, format := range []Format{FormatPLOVER, FormatCSV} {
			w, _ := NewWriter(&bytes.Buffer{}, format)
			if err := w.Write(&e); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if err := w.Close(); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
		}
	})
}
