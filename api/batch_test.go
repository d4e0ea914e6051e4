package api

import (
	"errors"
	"strings"
	"testing"

	"tacitus/article"
	"tacitus/event"
	"tacitus/extract"
)

func TestBatchOf(t *testing.T) {
	const text = "TEHRAN, March 4 (Reuters) - Iran accused Israel of a raid. Russia warned Ukraine."
	ev := func(idx int, sentence string) event.Event {
		src := event.NewActor("Iran", "IRN", 0, 0)
		return event.Event{ID: "e", ArticleID: "a", SentenceIndex: idx, Sentence: sentence, Source: src,
			CAMEO: "111", CAMEORoot: "11", QuadClass: 3, Goldstein: -2, Coder: "c"}
	}
	tests := []struct {
		name      string
		dateline  string
		events    []event.Event
		wantErr   error
		wantFirst string // text of the first stored sentence
		wantSpans int
	}{
		{name: "dateline cut off", events: []event.Event{ev(0, "Iran accused Israel of a raid."), ev(1, "Russia warned Ukraine.")},
			wantFirst: "Iran accused Israel of a raid.", wantSpans: 2},
		{name: "title event", events: []event.Event{ev(event.TitleSentence, "A title")},
			wantFirst: "Iran accused Israel of a raid.", wantSpans: 2},
		{name: "dateline given apart", dateline: "TEHRAN, March 4", events: nil,
			wantFirst: "TEHRAN, March 4 (Reuters) - Iran accused Israel of a raid.", wantSpans: 2},
		{name: "sentence elsewhere", events: []event.Event{ev(1, "Iran accused Israel of a raid.")}, wantErr: ErrSentenceSpans},
		{name: "sentence out of range", events: []event.Event{ev(5, "Russia warned Ukraine.")}, wantErr: ErrSentenceSpans},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article.Article{ID: "a", Title: "A title", Dateline: tc.dateline, Text: text}
			b, err := BatchOf(a, extract.Result{Events: tc.events})
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("error %v, want %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if len(b.Sentences) != tc.wantSpans || len(b.Mentions) != len(tc.events) {
				t.Fatalf("%d sentences, %d mentions", len(b.Sentences), len(b.Mentions))
			}
			got := text[b.Sentences[0].Start:b.Sentences[0].End]
			if strings.TrimSpace(got) != tc.wantFirst {
				t.Errorf("first sentence %q, want %q", got, tc.wantFirst)
			}
		})
	}
}
