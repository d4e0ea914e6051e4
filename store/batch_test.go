package store

import (
	"errors"
	"testing"

	"tacitus/article"
	"tacitus/event"
)

func TestBatchOf(t *testing.T) {
	const text = "Iran accused Israel of a raid. Russia warned Ukraine."
	spans := []Span{{Start: 0, End: 30}, {Start: 31, End: 53}}
	ev := func(idx int, sentence, date string) event.Event {
		return event.Event{ID: "e", ArticleID: "a", SentenceIndex: idx, Sentence: sentence,
			Source: event.NewActor("Iran", "IRN", 0, 4), Date: event.Date(date),
			CAMEO: "111", CAMEORoot: "11", QuadClass: 3, Goldstein: -2, Coder: "c"}
	}
	tests := []struct {
		name     string
		events   []event.Event
		mentions int
		dropped  int
	}{
		{name: "every sentence", events: []event.Event{ev(0, "Iran accused Israel of a raid.", ""), ev(1, "Russia warned Ukraine.", "2026-03-04")}, mentions: 2},
		{name: "title event", events: []event.Event{ev(event.TitleSentence, "A title", "")}, mentions: 1},
		{name: "sentence elsewhere", events: []event.Event{ev(1, "Iran accused Israel of a raid.", "")}, dropped: 1},
		{name: "sentence out of range", events: []event.Event{ev(5, "Russia warned Ukraine.", "")}, dropped: 1},
		{name: "bad date", events: []event.Event{ev(0, "Iran accused Israel of a raid.", "March 4")}, dropped: 1},
		{name: "one bad among good", events: []event.Event{ev(0, "Iran accused Israel of a raid.", ""), ev(9, "x", "")}, mentions: 1, dropped: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article.Article{ID: "a", Title: "A title", Text: text}
			b, dropped := BatchOf(a, spans, tc.events)
			if len(b.Mentions) != tc.mentions || len(dropped) != tc.dropped {
				t.Fatalf("%d mentions, %d dropped (%v); want %d, %d", len(b.Mentions), len(dropped), dropped, tc.mentions, tc.dropped)
			}
			for _, err := range dropped {
				if !errors.Is(err, ErrInvalidBatch) {
					t.Errorf("dropped error %v does not wrap ErrInvalidBatch", err)
				}
			}
			if len(b.Sentences) != len(spans) || b.Article.ID != "a" {
				t.Errorf("batch %+v", b)
			}
		})
	}
}
