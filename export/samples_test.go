package export

import (
	"time"

	"tacitus/store"
)

func fp(f float64) *float64 { return &f }

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// samples are hand-built stored events covering the cases the formats
// treat differently.
var samples = []struct {
	name string
	e    store.EventDetail
}{
	{
		// A merged event: day date, city location abroad, three mentions
		// in two articles from two publishers.
		name: "merged_city",
		e: store.EventDetail{
			Event: store.Event{
				ID: 7, Date: day("2026-03-04"), DatePrecision: store.PrecisionDay,
				Source: store.ActorRef{Code: "USAGOV", Name: "United States government", Country: "USA"},
				Target: store.ActorRef{Code: "IRNMIL", Name: "Iran military", Country: "IRN"},
				CAMEO:  "0251", Root: "02", QuadClass: 1, Goldstein: 3, PLOVER: "DEMAND",
				Location: &store.Location{Name: "Tehran", Country: "IRN", Admin1: "Tehran", Lat: fp(35.69439), Lon: fp(51.42151),
					GeonameID: 112931, Resolution: "city", Basis: "sentence"},
				NumMentions: 3, NumArticles: 2, NumSources: 2,
			},
			Mentions: []store.MentionDetail{
				{
					ArticleID: "a1", ArticleSource: "Wire One", ArticleURL: "https://news.example/a1",
					ArticleDate:  time.Date(2026, 3, 4, 10, 20, 30, 0, time.UTC),
					SentenceSpan: store.Span{Start: 0, End: 44},
					Sentence:     "Washington urged the Iranian army to yield.",
					Mention: store.Mention{
						RecordID: "0123456789abcdef01234567", SentenceIndex: 0,
						Date: day("2026-03-04"), DatePrecision: store.PrecisionDay, DateBasis: "article",
						Source: store.Actor{Text: "Washington", Code: "USAGOV", Start: 0, End: 10},
						Target: store.Actor{Text: "the Iranian army", Code: "IRNMIL", Start: 17, End: 33},
						Verb:   store.Span{Start: 11, End: 16}, CAMEO: "0251", Root: "02", QuadClass: 1, Goldstein: 3,
						PLOVER: "DEMAND", PLOVERContext: []string{"military"},
						Issues: []string{"MILITARY"}, Coder: "0.1.0+abcdefabcdef",
					},
				},
				{ArticleID: "a2", ArticleSource: "Wire Two", ArticleURL: "https://news.example/a2"},
				{ArticleID: "a2", ArticleSource: "Wire Two", ArticleURL: "https://news.example/a2"},
			},
		},
	},
	{
		// A hypothetical event known to the month: never merged, no
		// location, an unknown-country source and a named organisation.
		name: "month_flagged_org",
		e: store.EventDetail{
			Event: store.Event{
				ID: 8, Date: day("2025-11-01"), DatePrecision: store.PrecisionMonth,
				Source: store.ActorRef{Code: "---GOV", Name: "government"},
				Target: store.ActorRef{Code: "IGOUNOKID", Name: "UNICEF"},
				CAMEO:  "190", Root: "19", QuadClass: 4, Goldstein: -10, PLOVER: "ASSAULT",
				Flags:       store.Flags{Hypothetical: true},
				NumMentions: 1, NumArticles: 1, NumSources: 0,
			},
			Mentions: []store.MentionDetail{{
				ArticleID: "b7", SentenceSpan: store.Span{Start: 120, End: 160},
				Sentence: "The government could attack UNICEF.",
				Mention: store.Mention{
					RecordID: "fedcba9876543210fedcba98", SentenceIndex: 3,
					Date: day("2025-11-01"), DatePrecision: store.PrecisionMonth, DateBasis: "text",
					Source: store.Actor{Text: "The government", Code: "---GOV", Start: 120, End: 134},
					Target: store.Actor{Text: "UNICEF", Code: "IGOUNOKID", Start: 148, End: 154},
					Verb:   store.Span{Start: 141, End: 147}, CAMEO: "190", Root: "19", QuadClass: 4, Goldstein: -10,
					PLOVER: "ASSAULT", Flags: store.Flags{Hypothetical: true}, Coder: "0.1.0+abcdefabcdef",
				},
			}},
		},
	},
	{
		// A US state location; a religious source, an NGO target.
		name: "us_state_religion",
		e: store.EventDetail{
			Event: store.Event{
				ID: 9, Date: day("2026-01-15"), DatePrecision: store.PrecisionDay,
				Source: store.ActorRef{Code: "CHRCTH", Name: "Christian Catholic"},
				Target: store.ActorRef{Code: "NGOUSAHRI", Name: "United States human rights NGO", Country: "USA"},
				CAMEO:  "043", Root: "04", QuadClass: 1, Goldstein: 2.8, PLOVER: "CONSULT",
				Location: &store.Location{Name: "Texas", Country: "USA", Lat: fp(29.76328), Lon: fp(-95.36327),
					GeonameID: 4736286, Resolution: "admin1", Basis: "dateline"},
				NumMentions: 1, NumArticles: 1, NumSources: 1,
			},
			Mentions: []store.MentionDetail{{
				ArticleID: "c3", ArticleSource: "Gazette", ArticleURL: "https://gazette.example/c3",
				ArticleDate:  time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC),
				SentenceSpan: store.Span{Start: 0, End: 30}, Sentence: "Catholic bishops hosted the NGO.",
				Mention: store.Mention{
					RecordID: "00000000000000000000c3c3", SentenceIndex: -1,
					Date: day("2026-01-15"), DatePrecision: store.PrecisionDay, DateBasis: "article",
					Source: store.Actor{Text: "Catholic bishops", Code: "CHRCTH", Start: 0, End: 16},
					Target: store.Actor{Text: "the NGO", Code: "NGOUSAHRI", Start: 24, End: 31},
					Verb:   store.Span{Start: 17, End: 23}, CAMEO: "043", Root: "04", QuadClass: 1, Goldstein: 2.8,
					PLOVER: "CONSULT", PLOVERMode: "host", Coder: "0.1.0+abcdefabcdef",
				},
			}},
		},
	},
	{
		// A country location, no target, a code GDELT does not have, a
		// year date, and no article metadata.
		name: "country_no_target",
		e: store.EventDetail{
			Event: store.Event{
				ID: 10, Date: day("2024-01-01"), DatePrecision: store.PrecisionYear,
				Source: store.ActorRef{Code: "DEUCOP", Name: "Germany police", Country: "DEU"},
				CAMEO:  "1213", Root: "12", QuadClass: 3, Goldstein: -4,
				Location: &store.Location{Name: "Germany", Country: "DEU", Lat: fp(52.52437), Lon: fp(13.41053),
					GeonameID: 2921044, Resolution: "country", Basis: "actor"},
				NumMentions: 1, NumArticles: 1,
			},
			Mentions: []store.MentionDetail{{
				ArticleID: "d1", SentenceSpan: store.Span{Start: 50, End: 80}, Sentence: "German police rejected it.",
				Mention: store.Mention{
					RecordID: "d1d1d1d1d1d1d1d1d1d1d1d1", SentenceIndex: 2,
					Date: day("2024-01-01"), DatePrecision: store.PrecisionYear, DateBasis: "text",
					Source: store.Actor{Text: "German police", Code: "DEUCOP", Start: 50, End: 63},
					Verb:   store.Span{Start: 64, End: 72}, CAMEO: "1213", Root: "12", QuadClass: 3, Goldstein: -4,
					Coder: "0.1.0+abcdefabcdef",
				},
			}},
		},
	},
	{
		// No date, no mentions (a damaged store): every format must
		// still write a well-formed row.
		name: "bare",
		e:    store.EventDetail{Event: store.Event{ID: 11, Source: store.ActorRef{Code: "FRA"}, CAMEO: "010", Root: "01"}},
	},
}
