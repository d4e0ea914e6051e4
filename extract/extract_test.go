package extract

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"tacitus/article"
	"tacitus/coder"
	"tacitus/event"
	"tacitus/nlp"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// want describes one expected event; empty fields are not checked.
type want struct {
	source, target string
	roots          []string // any of these CAMEO roots
	date           event.Date
	precision      event.Precision
	basis          event.DateBasis
	place          string // location name; "-" for no location
	placeBasis     event.LocationBasis
	resolution     event.Resolution
	flags          []event.Flag // exactly these flags
	sentence       int
}

func TestArticle(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name     string
		art      article.Article
		wants    []want
		noEvents bool // the article must code no event at all
		only     bool // the article must code no event besides wants
	}{
		{
			name: "arrest in Tehran on Monday",
			art:  article.Article{ID: "t1", Date: day("2026-03-04"), Text: "Iranian police arrested two protesters in Tehran on Monday."},
			wants: []want{{
				source: "IRNCOP", roots: []string{"17", "11"},
				date: "2026-03-02", precision: event.Day, basis: event.BasisText,
				place: "Tehran", placeBasis: event.BasisSentence, resolution: event.City,
				flags: []event.Flag{},
			}},
		},
		{
			name: "article date and dateline place",
			art: article.Article{ID: "t2", Date: day("2026-03-04"),
				Text: "BAGHDAD, March 3 (Reuters) - Iraq accused Syria of harbouring militants."},
			wants: []want{{
				source: "IRQ", target: "SYR", roots: []string{"11"},
				date: "2026-03-03", precision: event.Day, basis: event.BasisArticle,
				place: "Baghdad", placeBasis: event.BasisDateline, resolution: event.City,
			}},
		},
		{
			name: "an undatelined story's events are placed where its speech was made",
			art: article.Article{ID: "t-scene", Date: day("2005-03-05"),
				Text: "The Liberal Democrats accused the government of betraying voters on Saturday. " +
					"Speaking in Harrogate Mr Kennedy said his party was the real alternative."},
			wants: []want{{
				source: "GBROPP", target: "GBRGOV", roots: []string{"11"},
				place: "Harrogate", placeBasis: event.BasisArticleText, resolution: event.City,
			}},
		},
		{
			name: "a city the story names for other news is no scene of its events",
			art: article.Article{ID: "t-noscene", Date: day("2005-03-05"),
				Text: "The Liberal Democrats accused the government of betraying voters on Saturday. " +
					"Crime fell by a tenth in Harrogate last year."},
			wants: []want{{
				source: "GBROPP", target: "GBRGOV", roots: []string{"11"},
				place: "United Kingdom", placeBasis: event.BasisActor, resolution: event.Country,
			}},
		},
		{
			name: "the press reports force, it does not use it",
			art: article.Article{ID: "t-press", Date: day("1998-04-07"),
				Text: "MOSCOW _ In a meeting, President Boris Yeltsin summoned his opponents to the Kremlin Tuesday.\n" +
					"    The president held center stage while Sergei Kiriyenko sat by his side.\n" +
					"    Cameras from state television captured Yeltsin as he served notice to his critics on Tuesday that he would stand by Kiriyenko."},
			// Summoning his opponents consults them; serving them
			// notice tells them; the cameras capture no one.
			wants: []want{
				{source: "RUSGOV", target: "RUSOPP", roots: []string{"04"}, sentence: 0},
				{source: "RUSGOV", target: "RUSOPP", roots: []string{"01"}, sentence: 2},
			},
			only: true,
		},
		{
			name: "negated",
			art:  article.Article{ID: "t3", Date: day("2026-03-04"), Text: "Russia did not attack Ukraine."},
			wants: []want{{
				source: "RUS", target: "UKR", flags: []event.Flag{event.Negated},
			}},
		},
		{
			name: "hypothetical",
			art:  article.Article{ID: "t4", Date: day("2026-03-04"), Text: "Israel could attack Iran if the talks fail."},
			wants: []want{{
				source: "ISR", target: "IRN", flags: []event.Flag{event.Hypothetical},
			}},
		},
		{
			name: "quoted",
			art:  article.Article{ID: "t5", Date: day("2026-03-04"), Text: `"China accused Japan of lying," the spokesman said.`},
			wants: []want{{
				source: "CHN", target: "JPN", roots: []string{"11"}, flags: []event.Flag{event.Quoted},
			}},
		},
		{
			name: "historical year",
			art:  article.Article{ID: "t6", Date: day("2026-03-04"), Text: "Iraq invaded Kuwait in 1990."},
			wants: []want{{
				source: "IRQ", target: "KWT", date: "1990-01-01", precision: event.Year, basis: event.BasisText,
				flags: []event.Flag{event.Historical},
			}},
		},
		{
			name: "last week is a month",
			art:  article.Article{ID: "t7", Date: day("2026-03-04"), Text: "France condemned Germany last week."},
			wants: []want{{
				source: "FRA", target: "DEU", date: "2026-02-01", precision: event.Month, basis: event.BasisText,
			}},
		},
		{
			name: "title",
			art: article.Article{ID: "t8", Date: day("2026-03-04"), Title: "Turkey condemns Israel",
				Text: "The statement came late on Tuesday."},
			wants: []want{{
				source: "TUR", target: "ISR", roots: []string{"12", "11"}, sentence: event.TitleSentence,
			}},
		},
		{
			name: "no date without article date",
			art:  article.Article{ID: "t9", Text: "Egypt accused Sudan of hostility."},
			wants: []want{{
				source: "EGY", target: "SDN", date: "", place: "-",
			}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := x.Article(context.Background(), tc.art)
			if err != nil {
				t.Fatal(err)
			}
			for i := range res.Events {
				checkSpans(t, &res.Events[i], tc.art.Text, tc.art.Title)
			}
			if tc.only && len(res.Events) != len(tc.wants) {
				t.Errorf("want %d events, got:\n%s", len(tc.wants), describe(res.Events))
			}
			if tc.noEvents && len(res.Events) > 0 {
				t.Errorf("want no events, got:\n%s", describe(res.Events))
			}
			for _, w := range tc.wants {
				e := findEvent(res.Events, w)
				if e == nil {
					t.Errorf("no event %s -> %s %v among:\n%s", w.source, w.target, w.roots, describe(res.Events))
					continue
				}
				checkWant(t, e, w)
			}
		})
	}
}

// findEvent returns the first event matching w's actors, roots and
// sentence.
func findEvent(evs []event.Event, w want) *event.Event {
	for i := range evs {
		e := &evs[i]
		if w.source != "" && e.Source.Code != w.source {
			continue
		}
		if w.target != "" && (e.Target == nil || e.Target.Code != w.target) {
			continue
		}
		if len(w.roots) > 0 && !slices.Contains(w.roots, e.CAMEORoot) {
			continue
		}
		if e.SentenceIndex != w.sentence {
			continue
		}
		return e
	}
	return nil
}

func checkWant(t *testing.T, e *event.Event, w want) {
	t.Helper()
	if w.date != "" || w.basis != "" || w.place == "-" {
		if e.Date != w.date || e.DatePrecision != w.precision || e.DateBasis != w.basis {
			t.Errorf("date %q %q %q, want %q %q %q", e.Date, e.DatePrecision, e.DateBasis, w.date, w.precision, w.basis)
		}
	}
	switch {
	case w.place == "-":
		if e.Location != nil {
			t.Errorf("location %+v, want none", *e.Location)
		}
	case w.place != "":
		if e.Location == nil {
			t.Errorf("no location, want %s", w.place)
		} else if e.Location.Name != w.place || e.Location.Basis != w.placeBasis || e.Location.Resolution != w.resolution {
			t.Errorf("location %s %s %s, want %s %s %s", e.Location.Name, e.Location.Basis, e.Location.Resolution,
				w.place, w.placeBasis, w.resolution)
		}
	}
	if w.flags != nil && !slices.Equal([]event.Flag(e.Flags), w.flags) && !(len(e.Flags) == 0 && len(w.flags) == 0) {
		t.Errorf("flags %v, want %v", e.Flags, w.flags)
	}
	if e.ID != e.StableID() || e.Coder == "" {
		t.Errorf("id %q coder %q", e.ID, e.Coder)
	}
	if e.CAMEO[:2] != e.CAMEORoot {
		t.Errorf("cameo %s root %s", e.CAMEO, e.CAMEORoot)
	}
	if (e.CAMEORoot == "01") != (e.PLOVER == nil) {
		t.Errorf("cameo %s plover %+v", e.CAMEO, e.PLOVER)
	}
}

// describe lists events one a line for failure messages.
func describe(evs []event.Event) string {
	var b strings.Builder
	for _, e := range evs {
		tgt := ""
		if e.Target != nil {
			tgt = e.Target.Code
		}
		loc := ""
		if e.Location != nil {
			loc = e.Location.Name + "/" + string(e.Location.Basis)
		}
		fmt.Fprintf(&b, "  [%d] %s -> %s %s verb %q date %s %s %s loc %s flags %v\n", e.SentenceIndex,
			e.Source.Code, tgt, e.CAMEO, e.Verb.Text, e.Date, e.DatePrecision, e.DateBasis, loc, e.Flags)
	}
	return b.String()
}

func TestArticleDedupAndUnknown(t *testing.T) {
	x := withUnknown(testExtractor(t))
	if res, _ := testExtractor(t).Article(context.Background(), article.Article{ID: "u0", Text: "Kestrel Zorvan attacked Iraq."}); len(res.Unknown) != 0 {
		t.Errorf("unknown actors without Options.UnknownActors: %+v", res.Unknown)
	}
	res, err := x.Article(context.Background(), article.Article{ID: "u1", Date: day("2026-03-04"),
		Text: "Kestrel Zorvan attacked Iraq. Kestrel Zorvan attacked Syria."})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) != 0 {
		t.Errorf("events with an unknown source were kept:\n%s", describe(res.Events))
	}
	if res.Sentences != 2 {
		t.Errorf("sentences = %d, want 2", res.Sentences)
	}
	if len(res.Unknown) != 1 || res.Unknown[0].Text != "Kestrel Zorvan" || res.Unknown[0].Count != 2 {
		t.Fatalf("unknown = %+v, want Kestrel Zorvan twice", res.Unknown)
	}
	if !strings.HasPrefix(res.Unknown[0].Sentence, "Kestrel Zorvan") || !strings.HasSuffix(res.Unknown[0].Sentence, "Iraq.") {
		t.Errorf("example sentence %q", res.Unknown[0].Sentence)
	}

	// Two verbs with the same actors and code in one sentence give one event.
	res, err = x.Article(context.Background(), article.Article{ID: "u2", Date: day("2026-03-04"),
		Text: "Iraq accused Syria of lying and accused Syria of cheating."})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range res.Events {
		k := e.Source.Code + " " + e.Target.Code + " " + e.CAMEO
		if seen[k] {
			t.Errorf("duplicate event %s:\n%s", k, describe(res.Events))
		}
		seen[k] = true
	}
}

func TestArticleCanceled(t *testing.T) {
	x := testExtractor(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := x.Article(ctx, article.Article{ID: "c", Text: "Iraq accused Syria of lying."})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestDatelineDate(t *testing.T) {
	tests := []struct {
		name, raw string
		date      time.Time
		has       bool
		want      string // "" for none
	}{
		{name: "same day", raw: "March 3", date: day("2026-03-03"), has: true, want: "2026-03-03"},
		{name: "day before", raw: "Feb 26", date: day("1987-02-27"), has: true, want: "1987-02-26"},
		{name: "across new year", raw: "Dec. 31", date: day("1988-01-02"), has: true, want: "1987-12-31"},
		{name: "with year, no article date", raw: "March 3, 1998", want: "1998-03-03"},
		{name: "no year, no article date", raw: "March 3"},
		{name: "empty", raw: "", date: day("2026-03-03"), has: true},
		{name: "garbage", raw: "Blursday 45", date: day("2026-03-03"), has: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := datelineDate(tc.raw, tc.date, tc.has)
			if tc.want == "" {
				if ok {
					t.Errorf("got %v, want none", got)
				}
				return
			}
			if !ok || got.Format("2006-01-02") != tc.want {
				t.Errorf("got %v %v, want %s", got, ok, tc.want)
			}
		})
	}
}

func TestLookupCode(t *testing.T) {
	tests := []struct {
		raw, code, root string
		ok              bool
	}{
		{raw: "190", code: "190", root: "19", ok: true},
		{raw: "0874", code: "0874", root: "08", ok: true},
		{raw: "080!", code: "080", root: "08", ok: true},
		{raw: "1129", code: "112", root: "11", ok: true},
		{raw: "---", ok: false},
		{raw: "99", ok: false},
	}
	for _, tc := range tests {
		t.Run(tc.raw, func(t *testing.T) {
			info, code, ok := lookupCode(tc.raw)
			if ok != tc.ok || code != tc.code || ok && info.Root != tc.root {
				t.Errorf("lookupCode(%q) = %q %q %v, want %q %q %v", tc.raw, code, info.Root, ok, tc.code, tc.root, tc.ok)
			}
		})
	}
}

func TestUnknownText(t *testing.T) {
	// tokens builds a tagged sentence of text from words and their UPOS.
	tokens := func(text string, pairs ...string) nlp.Sentence {
		var s nlp.Sentence
		off := 0
		for i := 0; i+1 < len(pairs); i += 2 {
			k := strings.Index(text[off:], pairs[i]) + off
			s.Tokens = append(s.Tokens, nlp.Token{Text: pairs[i], Start: k, End: k + len(pairs[i]), UPOS: pairs[i+1]})
			off = k + len(pairs[i])
		}
		s.End = len(text)
		return s
	}
	tests := []struct {
		name, text string
		sent       nlp.Sentence
		span       coder.Span
		want       string // "" for not listed
	}{
		{name: "name after the", text: "Then the Zorvan Front attacked.",
			sent: tokens("Then the Zorvan Front attacked.", "Then", "ADV", "the", "DET", "Zorvan", "PROPN", "Front", "PROPN", "attacked", "VERB", ".", "PUNCT"),
			span: coder.Span{Start: 5, End: 21}, want: "Zorvan Front"},
		{name: "sentence-initial common noun", text: "Analysts said.",
			sent: tokens("Analysts said.", "Analysts", "NOUN", "said", "VERB", ".", "PUNCT"),
			span: coder.Span{Start: 0, End: 8}},
		{name: "sentence-initial name", text: "Zorvan attacked.",
			sent: tokens("Zorvan attacked.", "Zorvan", "PROPN", "attacked", "VERB", ".", "PUNCT"),
			span: coder.Span{Start: 0, End: 6}, want: "Zorvan"},
		{name: "pronoun", text: "They attacked.",
			sent: tokens("They attacked.", "They", "PRON", "attacked", "VERB", ".", "PUNCT"),
			span: coder.Span{Start: 0, End: 4}},
		{name: "bad span", text: "abc", sent: tokens("abc", "abc", "PROPN"), span: coder.Span{Start: 2, End: 9}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := unknownText(tc.text, tc.sent, tc.span)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("got %q %v, want %q", got, ok, tc.want)
			}
		})
	}
}

func TestQuoted(t *testing.T) {
	tests := []struct {
		name, text, at string // at: the word whose start is tested
		want           bool
	}{
		{name: "straight", text: `"China accused Japan," he said.`, at: "accused", want: true},
		{name: "after the quote", text: `"China accused Japan," he said.`, at: "said"},
		{name: "curly", text: "\u201cChina accused Japan,\u201d he said.", at: "accused", want: true},
		{name: "curly closed", text: "\u201cChina accused Japan,\u201d he said.", at: "said"},
		{name: "newswire", text: "``China accused Japan,'' he said.", at: "accused", want: true},
		{name: "newswire closed", text: "``China accused Japan,'' he said.", at: "said"},
		{name: "none", text: "China accused Japan.", at: "accused"},
		{name: "quote closed from an earlier sentence", text: `Japan will answer," he said.`, at: "answer", want: true},
		{name: "after a quote closed from an earlier sentence", text: `Japan will answer," he said.`, at: "said"},
		{name: "quote left open", text: `"They want talks with Japan.`, at: "want", want: true},
		{name: "quote opened after a full stop", text: `Delors backed the plan."We have to act," he said.`, at: "backed"},
		{name: "slip for an apostrophe", text: `The dollar"s fall worried Japan, he said.`, at: "said"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := nlp.Sentence{Start: 0, End: len(tc.text)}
			if got := quoted(tc.text, s, strings.Index(tc.text, tc.at)); got != tc.want {
				t.Errorf("quoted = %v, want %v", got, tc.want)
			}
		})
	}
}
