package store

import (
	"fmt"
	"time"

	"tacitus/article"
	"tacitus/event"
)

// MentionOf converts a coded event record to the Mention the store keeps.
// The sentence text and the verb's words are not copied: the store cuts
// them from the article text by their spans. It fails with
// ErrInvalidBatch when the record's date is not a "YYYY-MM-DD" date.
func MentionOf(e *event.Event) (Mention, error) {
	m := Mention{
		RecordID:      e.ID,
		SentenceIndex: e.SentenceIndex,
		DatePrecision: Precision(e.DatePrecision),
		DateBasis:     string(e.DateBasis),
		Source:        actorOf(&e.Source),
		Verb:          Span{Start: e.Verb.Start, End: e.Verb.End},
		CAMEO:         e.CAMEO,
		Root:          e.CAMEORoot,
		QuadClass:     e.QuadClass,
		Goldstein:     e.Goldstein,
		Issues:        []string(e.Issues),
		Coder:         e.Coder,
	}
	if e.Date != "" {
		d, err := time.Parse(time.DateOnly, string(e.Date))
		if err != nil {
			return Mention{}, fmt.Errorf("%w: event %q: date %q: %v", ErrInvalidBatch, e.ID, e.Date, err)
		}
		m.Date = d
	}
	if m.Date.IsZero() {
		m.DatePrecision = PrecisionNone
	}
	if e.Target != nil {
		m.Target = actorOf(e.Target)
	}
	if p := e.PLOVER; p != nil {
		m.PLOVER, m.PLOVERMode, m.PLOVERContext = p.Type, string(p.Mode), []string(p.Context)
	}
	if l := e.Location; l != nil {
		m.Location = &Location{Name: l.Name, Country: l.Country, Admin1: string(l.Admin1), Lat: l.Lat, Lon: l.Lon,
			GeonameID: int64(l.GeonameID), Resolution: string(l.Resolution), Basis: string(l.Basis)}
	}
	for _, f := range e.Flags {
		switch f {
		case event.Negated:
			m.Flags.Negated = true
		case event.Historical:
			m.Flags.Historical = true
		case event.Future:
			m.Flags.Future = true
		case event.Hypothetical:
			m.Flags.Hypothetical = true
		case event.Quoted:
			m.Flags.Quoted = true
		}
	}
	return m, nil
}

func actorOf(a *event.Actor) Actor {
	return Actor{Text: a.Text, Code: a.Code, Name: a.Name, Country: string(a.Country),
		Sectors: []string(a.Sectors), Start: a.Start, End: a.End}
}

// BatchOf builds the batch of a coded article: spans are the byte spans
// of its body's sentences (spans[i] is sentence_index i, as
// extract.Result.Spans gives them) and every event becomes a mention. An
// event whose sentence is not spans[sentence_index] of the text, or that
// MentionOf refuses, is left out, and its error (wrapping
// ErrInvalidBatch) is returned in dropped; the batch holds the rest.
func BatchOf(a article.Article, spans []Span, events []event.Event) (b ArticleBatch, dropped []error) {
	b = ArticleBatch{Article: a, Sentences: spans}
	for i := range events {
		e := &events[i]
		if k := e.SentenceIndex; k >= 0 {
			if k >= len(spans) {
				dropped = append(dropped, fmt.Errorf("%w: event %s: sentence %d of %d", ErrInvalidBatch, e.ID, k, len(spans)))
				continue
			}
			if sp := spans[k]; sp.Start < 0 || sp.End > len(a.Text) || sp.Start > sp.End || a.Text[sp.Start:sp.End] != e.Sentence {
				dropped = append(dropped, fmt.Errorf("%w: event %s: its sentence is not sentence %d of the text", ErrInvalidBatch, e.ID, k))
				continue
			}
		}
		m, err := MentionOf(e)
		if err != nil {
			dropped = append(dropped, err)
			continue
		}
		b.Mentions = append(b.Mentions, m)
	}
	return b, dropped
}
