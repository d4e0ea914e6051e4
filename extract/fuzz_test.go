package extract

import (
	"context"
	"testing"
	"unicode/utf8"

	"tacitus/article"
)

// FuzzArticle codes arbitrary article texts and titles: Article must not
// fail or panic, and every span of every record must point at its text.
func FuzzArticle(f *testing.F) {
	f.Add("BAGHDAD, March 3 (Reuters) - Iraq accused Syria of harbouring militants.", "Iraq accuses Syria")
	f.Add("\"Russia did not attack Ukraine,\" he said. Israel could attack Iran if talks fail.", "")
	x := testExtractor(f)
	f.Fuzz(func(t *testing.T, text, title string) {
		if !utf8.ValidString(text) || !utf8.ValidString(title) {
			return // the article readers repair or reject invalid UTF-8
		}
		codeChecked(t, x, article.Article{ID: "fuzz", Text: text, Title: title})
	})
}

// codeChecked codes article a, which must not fail, and checks that every
// span of every record points at its text.
func codeChecked(t *testing.T, x *Extractor, a article.Article) {
	t.Helper()
	res, err := x.Article(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	for i := range res.Events {
		checkSpans(t, &res.Events[i], a.Text, a.Title)
	}
}

// FuzzArticleDateline codes articles whose record holds a dateline field
// (read with or without the dash that ends a dateline in a text): any
// field must be accepted and every event's spans must hold.
func FuzzArticleDateline(f *testing.F) {
	f.Add("Police fired tear gas at protesters.", "NAIROBI, Kenya")
	f.Add("WASHINGTON - The Treasury criticised Yugoslavia.", "WASHINGTON")
	f.Add("Iraq accused Syria of harbouring militants.", "-")
	x := testExtractor(f)
	f.Fuzz(func(t *testing.T, text, dateline string) {
		if !utf8.ValidString(text) || !utf8.ValidString(dateline) {
			return // the article readers repair or reject invalid UTF-8
		}
		codeChecked(t, x, article.Article{ID: "fuzz", Text: text, Dateline: dateline})
	})
}
