package export

import (
	"io"
	"strconv"

	"tacitus/event"
	"tacitus/store"
)

// ploverWriter writes PLOVER JSON through package event's writer.
type ploverWriter struct{ w event.Writer }

func newPLOVERWriter(w io.Writer) *ploverWriter {
	return &ploverWriter{w: event.NewPLOVERWriter(w)}
}

func (p *ploverWriter) Write(e *store.EventDetail) error {
	rec := Record(e)
	return p.w.Write(&rec)
}

func (p *ploverWriter) Close() error { return p.w.Close() }

// Record returns a deduplicated event as tacitus's event record, built
// from the event and its first mention: ID is GlobalID in decimal; the
// article, sentence, verb, actor texts and spans, date basis, PLOVER mode
// and contexts, issues and coder are the first mention's; the codes,
// date, scores, PLOVER type, location and flags are the event's. The
// mention counts have no place in the record. The PLOVER format writes
// this record.
func Record(e *store.EventDetail) event.Event {
	r := event.Event{
		ID:        strconv.FormatInt(GlobalID(e), 10),
		CAMEO:     e.CAMEO,
		CAMEORoot: root(e),
		QuadClass: e.QuadClass,
		Goldstein: e.Goldstein,
	}
	m := first(e)
	var mention store.Mention
	if m != nil {
		mention = m.Mention
		r.ArticleID, r.SentenceIndex, r.Sentence = m.ArticleID, mention.SentenceIndex, m.Sentence
		r.Verb = event.Span{Text: cut(m, mention.Verb), Start: mention.Verb.Start, End: mention.Verb.End}
		r.Issues, r.Coder = event.List(mention.Issues), mention.Coder
		r.DateBasis = event.DateBasis(mention.DateBasis)
	}
	if hasYear(e) {
		r.Date, r.DatePrecision = event.DateOf(e.Date), event.Precision(e.DatePrecision)
	} else {
		r.DateBasis = ""
	}
	r.Source = recordActor(e.Source, mention.Source)
	if e.Target.Code != "" || mention.Target.Text != "" {
		t := recordActor(e.Target, mention.Target)
		r.Target = &t
	}
	if e.PLOVER != "" {
		p := &event.PLOVER{Type: e.PLOVER}
		if mention.PLOVER == e.PLOVER {
			p.Mode, p.Context = event.Null(mention.PLOVERMode), event.List(mention.PLOVERContext)
		}
		r.PLOVER = p
	}
	if l := e.Location; l != nil {
		r.Location = &event.Location{Name: l.Name, Country: l.Country, Admin1: event.Null(l.Admin1),
			Lat: l.Lat, Lon: l.Lon, GeonameID: int(l.GeonameID),
			Resolution: event.Resolution(l.Resolution), Basis: event.LocationBasis(l.Basis)}
	}
	for _, f := range flagNames(e.Flags) {
		r.Flags = append(r.Flags, event.Flag(f))
	}
	return r
}

// recordActor combines an event's actor with its first mention's words
// and span.
func recordActor(a store.ActorRef, m store.Actor) event.Actor {
	return event.Actor{Text: m.Text, Code: a.Code, Name: a.Name, Country: event.Null(a.Country),
		Sectors: event.List(sectorsOf(a.Code)), Start: m.Start, End: m.End}
}

// cut returns the words of span, an article-text span inside the
// mention's sentence, or "" when it is not inside.
func cut(m *store.MentionDetail, span store.Span) string {
	from, to := span.Start-m.SentenceSpan.Start, span.End-m.SentenceSpan.Start
	if from < 0 || to < from || to > len(m.Sentence) {
		return ""
	}
	return m.Sentence[from:to]
}
