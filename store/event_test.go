package store

import (
	"errors"
	"testing"
	"time"

	"tacitus/event"
)

func TestMentionOf(t *testing.T) {
	lat, lon := 36.2, 37.16
	tests := []struct {
		name    string
		in      event.Event
		check   func(t *testing.T, m Mention)
		wantErr error
	}{
		{
			name: "full record",
			in: event.Event{ID: "e1", SentenceIndex: 2, Date: "2024-03-04", DatePrecision: event.Day, DateBasis: event.BasisText,
				Source: event.Actor{Text: "Syrian troops", Code: "SYRMIL", Name: "SYRIA MILITARY", Country: "SYR", Sectors: event.List{"MIL"}, Start: 3, End: 16},
				Target: &event.Actor{Text: "rebels", Code: "SYRREB"}, Verb: event.Span{Text: "shelled", Start: 17, End: 24},
				CAMEO: "190", CAMEORoot: "19", QuadClass: 4, Goldstein: -10,
				PLOVER:   &event.PLOVER{Type: "ASSAULT", Mode: "aerial", Context: event.List{"military"}},
				Location: &event.Location{Name: "Aleppo", Country: "SYR", Lat: &lat, Lon: &lon, GeonameID: 170063, Resolution: event.City, Basis: event.BasisSentence},
				Flags:    event.Flags{event.Quoted, event.Historical}, Issues: event.List{"SECURITY"}, Coder: "tacitus"},
			check: func(t *testing.T, m Mention) {
				if !m.Date.Equal(time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)) || m.DatePrecision != PrecisionDay || m.DateBasis != "text" {
					t.Errorf("date = %v %q %q", m.Date, m.DatePrecision, m.DateBasis)
				}
				if m.Source.Country != "SYR" || m.Source.Sectors[0] != "MIL" || m.Target.Code != "SYRREB" || m.Verb != (Span{Start: 17, End: 24}) {
					t.Errorf("actors/verb = %+v %+v %+v", m.Source, m.Target, m.Verb)
				}
				if m.PLOVER != "ASSAULT" || m.PLOVERMode != "aerial" || m.Location.GeonameID != 170063 || *m.Location.Lat != lat {
					t.Errorf("plover/location = %q %q %+v", m.PLOVER, m.PLOVERMode, m.Location)
				}
				if m.Flags != (Flags{Quoted: true, Historical: true}) || !m.Flags.Excluding() {
					t.Errorf("flags = %+v", m.Flags)
				}
			},
		},
		{
			name: "no target, no date",
			in:   event.Event{ID: "e2", Source: event.Actor{Code: "USA"}, CAMEO: "010", DatePrecision: event.Day},
			check: func(t *testing.T, m Mention) {
				if !m.Date.IsZero() || m.DatePrecision != PrecisionNone || m.Target.Code != "" || m.Location != nil {
					t.Errorf("mention = %+v", m)
				}
			},
		},
		{name: "bad date", in: event.Event{ID: "e3", Date: "04/03/2024"}, wantErr: ErrInvalidBatch},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := MentionOf(&tc.in)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err == nil {
				tc.check(t, m)
			}
		})
	}
}
