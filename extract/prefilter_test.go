package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"tacitus/actors"
	"tacitus/article"
	"tacitus/dictionary"
	"tacitus/event"
	"tacitus/nlp"
)

// TestPrefilterKeepsEvents codes Reuters articles from ../shared with and
// without the prefilter. The prefilter is meant to save parsing only: an
// event coded without it must be coded with it too (same sentence, verb
// and code), except where the coder matches an actor phrase across a
// coordination ("the widely-popular Standard and Poor's" as THE_POOR);
// at most 1% may be lost. The actor codes of a kept event may differ:
// package actors resolves pronouns and descriptions against the earlier
// sentences it saw, and the prefilter hides the sentences with fewer than
// two actor phrases (a pronoun counts as one) from it; that share is
// logged and bounded at 15%.
func TestPrefilterKeepsEvents(t *testing.T) {
	path := filepath.Join(sharedRoot(t), "corpora", "reuters21578.jsonl")
	n := 300
	if s := os.Getenv("TACITUS_PREFILTER_ARTICLES"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	var arts []article.Article
	_, err := article.ReadFiles([]string{path}, article.Options{}, func(a article.Article) error {
		arts = append(arts, a)
		if len(arts) == n {
			return errEnough
		}
		return nil
	}, nil)
	if err != nil && !errors.Is(err, errEnough) {
		t.Fatal(err)
	}
	x := testExtractor(t)
	all := unfiltered(x)
	events, lost, recoded := 0, 0, 0
	for _, a := range arts {
		got, err := x.Article(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		want, err := all.Article(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		type key struct {
			sent, verb int
			code       string
		}
		kept := map[key][]string{}
		for _, e := range got.Events {
			k := key{e.SentenceIndex, e.Verb.Start, e.CAMEO}
			kept[k] = append(kept[k], actorPair(e))
		}
		for _, e := range want.Events {
			pairs, ok := kept[key{e.SentenceIndex, e.Verb.Start, e.CAMEO}]
			switch {
			case !ok:
				lost++
				t.Logf("article %s: lost %s", a.ID, describe([]event.Event{e}))
			case !slices.Contains(pairs, actorPair(e)):
				recoded++
			}
		}
		events += len(want.Events)
	}
	t.Logf("%d articles, %d events: %d lost by the prefilter, %d with other actor codes", len(arts), events, lost, recoded)
	if events == 0 || float64(lost) > 0.01*float64(events) {
		t.Errorf("the prefilter lost %d of %d events", lost, events)
	}
	if float64(recoded) > 0.15*float64(events) {
		t.Errorf("the prefilter changed the actors of %d of %d events", recoded, events)
	}
}

// actorPair renders an event's source and target codes.
func actorPair(e event.Event) string {
	if e.Target == nil {
		return e.Source.Code + " -> "
	}
	return e.Source.Code + " -> " + e.Target.Code
}

// TestMayCodeEither checks that the one-pass mayCodeEither answers as
// mayCode with capitalisation or without, on the sentences of the news
// cases and on sentences written to reach each of mayCode's phrase kinds
// (pronouns, surnames, House committees, nationalities' plurals,
// organisations' head words, shared heads, shadow titles, pair nouns),
// for an Extractor that needs two phrases and one that collects unknown
// actors (one).
func TestMayCodeEither(t *testing.T) {
	x := testExtractor(t)
	texts := []string{
		"He said the plan would fail.",
		"Reagan told reporters nothing.",
		"The House Ways and Means Committee voted on Tuesday.",
		"Kenyans marched in protest at the new tax.",
		"The Fair Trade Commission fined the firm.",
		"North and South Korea held talks.",
		"The shadow home secretary attacked the plan.",
		"Both leaders spoke for an hour.",
		"The two leaders spoke for an hour.",
		"Differences between them remain, one of them said.",
		"Shares in Pan-American rose after the U.S.-backed offer.",
		"Thatcher's government said it would not yield.",
		"The company said profits rose.",
		"France and Germany agreed on a joint force.",
		"Mr Smith met them in Cairo.",
	}
	for _, c := range parseNewsCases(t, newsRules) {
		texts = append(texts, c.title, c.text)
	}
	var buf []nlp.Token
	checked := 0
	for _, need := range []int{1, 2} {
		p := x.filter
		p.need = need
		for _, text := range texts {
			sents := x.segment(&buf, text)
			ss := make([]sentence, len(sents))
			for i, s := range sents {
				ss[i] = sentence{Sentence: s, text: text}
			}
			words, _, caps := sentenceWords(ss)
			doc := &actors.Document{}
			for i := range ss {
				hw := dictionary.HashWords(words[i])
				want := p.mayCode(hw, caps[i], doc) || p.mayCode(hw, nil, doc)
				if got := p.mayCodeEither(hw, caps[i], doc); got != want {
					t.Errorf("need %d, %q: mayCodeEither = %v, mayCode with and without capitals %v", need, words[i], got, want)
				}
				checked++
				x.actors.NoteNames(doc, words[i], caps[i])
			}
		}
	}
	t.Logf("%d sentences checked", checked)
}

// TestMayCodeParties checks that two phrases of businesses alone do not
// make a sentence worth parsing (GUIDELINES sec. 1: business news without
// a political actor is not coded), that a pronoun counts as a business
// until the article has named an actor that is no business ("he" and
// "she": a person who is no business's), and that a capitalised function
// word is no surname, nor a month's name in a date.
func TestMayCodeParties(t *testing.T) {
	x := testExtractor(t)
	named := x.newDocument(t, "Japan said it would buy more chips.")
	person := x.newDocument(t, "Prime Minister Yasuhiro Nakasone said Japan would buy more chips.")
	tests := []struct {
		name   string
		text   string
		named  bool // an earlier sentence named an actor that is no business
		person bool // an earlier sentence named a person who is no business's
		want   bool
	}{
		{name: "two business agents", text: "The company said bankers approved the loan.", want: false},
		{name: "a business and a state", text: "The company said the government approved the loan.", want: true},
		{name: "a business and a pronoun, no party named", text: "The company said they approved the loan.", want: false},
		{name: "a business and a pronoun after a party", text: "The company said they approved the loan.", named: true, want: true},
		{name: "capitalised It, no party named", text: "It said the company would pay.", want: false},
		{name: "he after a state, no person named", text: "He said the company would pay.", named: true, want: false},
		{name: "he after a person", text: "He said the company would pay.", person: true, want: true},
		{name: "capitalised It after a party", text: "It said the company would pay.", named: true, want: true},
		{name: "a function word opening the sentence", text: "In 1987 the company raised prices.", want: false},
		{name: "a surname opening the sentence", text: "Reagan said the company would pay.", want: true},
		{name: "a month after a preposition of time", text: "Since May the company has raised prices.", want: false},
		{name: "a month before a day", text: "On May 5 the company raised prices.", want: false},
		{name: "a month's name as a surname", text: "May said the company would pay.", want: true},
		{name: "the last word of a firm's name is no surname", text: "National said the company would pay.", want: false},
	}
	var buf []nlp.Token
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := x.segment(&buf, tt.text)
			ss := []sentence{{Sentence: sents[0], text: tt.text}}
			words, _, caps := sentenceWords(ss)
			doc := &actors.Document{}
			if tt.named {
				doc = named
			}
			if tt.person {
				doc = person
			}
			if got := x.filter.mayCodeEither(dictionary.HashWords(words[0]), caps[0], doc); got != tt.want {
				t.Errorf("mayCodeEither(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// newDocument returns a Document that has read text (annotated and its
// actors recognised).
func (x *Extractor) newDocument(t *testing.T, text string) *actors.Document {
	t.Helper()
	doc := &actors.Document{}
	var buf []nlp.Token
	for _, s := range x.segment(&buf, text) {
		x.pipeline.Annotate(&s)
		x.actors.Sentence(doc, text, s, time.Date(1987, 3, 1, 0, 0, 0, 0, time.UTC))
	}
	return doc
}

// TestWithheldAt checks the words of a comment withheld under a modal of
// refusal, an act of one actor that the prefilter must let through.
func TestWithheldAt(t *testing.T) {
	tests := []struct {
		words string
		at    int
		want  bool
	}{
		{"LYNG WOULD NOT COMMENT", 3, true},
		{"HE WO N'T SAY WHETHER", 3, true},
		{"THE TREASURY WILL NOT BE DRAWN ON IT", 5, true},
		{"HE DID NOT COMMENT", 3, false},
		{"HE WOULD COMMENT", 2, false},
		{"THE LOAN WILL BE DRAWN", 4, false},
		{"IT WOULD NOT BE DRAWN INTO", 4, true},
		{"OFFICIALS HAD NO IMMEDIATE COMMENT", 4, true},
		{"THE MINISTRY HAS NO COMMENT", 4, true},
		{"THERE WAS NO COMMENT", 3, false},
		{"HE HAD NO IMMEDIATE PLANS", 4, false},
	}
	for _, tt := range tests {
		if got := withheldAt(strings.Fields(tt.words), tt.at); got != tt.want {
			t.Errorf("withheldAt(%q, %d) = %v, want %v", tt.words, tt.at, got, tt.want)
		}
	}
}
