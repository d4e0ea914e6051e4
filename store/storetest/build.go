// Package storetest is the behaviour every store backend must show, as a
// test suite any backend runs (Run), plus a generator of realistic coded
// articles for benchmarks (Synthesize).
package storetest

import (
	"strings"
	"time"

	"tacitus/article"
	"tacitus/store"
)

// day parses a YYYY-MM-DD date at UTC midnight, and panics on a bad
// literal (it is used with constants only).
func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// ev describes a mention for a test article: actor codes, CAMEO code,
// date and the sentence it is coded from.
type ev struct {
	src, tgt, cameo string
	date            string
	prec            store.Precision
	geo             int64
	loc             *store.Location
	flags           store.Flags
	sentence        string
	srcText         string
	tgtText         string
}

// quadOf is the GDELT QuadClass of a CAMEO root, enough for tests.
func quadOf(code string) int {
	switch code[:2] {
	case "01", "02", "03", "04", "05":
		return 1
	case "06", "07", "08":
		return 2
	case "09", "10", "11", "12", "13", "16":
		return 3
	}
	return 4
}

// goldOf gives each test CAMEO code a fixed Goldstein score.
var goldOf = map[string]float64{
	"010": 0, "036": 4, "042": 1.9, "043": 2.8, "051": 3.4, "057": 8,
	"070": 7, "111": -2, "112": -2, "130": -4.4, "141": -6.5, "173": -5, "190": -10, "193": -10,
}

// batch builds an article whose sentences are the mentions' sentences
// (a default one when empty) followed by a filler sentence.
func batch(id, source, pub string, evs ...ev) store.ArticleBatch {
	var text strings.Builder
	b := store.ArticleBatch{Article: article.Article{ID: id, Source: source, Title: "Title of " + id, URL: "https://example.org/" + id}}
	if pub != "" {
		b.Article.Date = day(pub)
	}
	for i, e := range evs {
		s := e.sentence
		if s == "" {
			s = "Officials of " + e.src + " and " + e.tgt + " met under code " + e.cameo + " in the capital."
		}
		if text.Len() > 0 {
			text.WriteString(" ")
		}
		start := text.Len()
		text.WriteString(s)
		b.Sentences = append(b.Sentences, store.Span{Start: start, End: text.Len()})
		prec := e.prec
		if prec == "" {
			prec = store.PrecisionDay
		}
		if e.prec == "none" {
			prec = store.PrecisionNone
		}
		m := store.Mention{
			RecordID:      id + "-" + string(rune('a'+i)),
			SentenceIndex: i,
			DatePrecision: prec,
			DateBasis:     "article",
			Source:        store.Actor{Text: e.srcText, Code: e.src, Name: "NAME " + e.src, Country: e.src},
			Target:        store.Actor{Text: e.tgtText, Code: e.tgt, Name: "NAME " + e.tgt, Country: e.tgt},
			Verb:          store.Span{Start: start, End: start + 3},
			CAMEO:         e.cameo,
			Root:          e.cameo[:2],
			QuadClass:     quadOf(e.cameo),
			Goldstein:     goldOf[e.cameo],
			PLOVER:        "PLOVER" + e.cameo[:2],
			Flags:         e.flags,
			Coder:         "storetest",
		}
		if e.srcText == "" {
			m.Source.Text = "officials of " + e.src
		}
		if e.tgtText == "" && e.tgt != "" {
			m.Target.Text = e.tgt
		}
		if e.src == "" {
			m.Source.Name, m.Source.Country = "", ""
		}
		if e.tgt == "" {
			m.Target.Name, m.Target.Country = "", ""
		}
		if e.date != "" {
			m.Date = day(e.date)
		}
		switch {
		case e.loc != nil:
			l := *e.loc
			m.Location = &l
		case e.geo != 0:
			m.Location = &store.Location{Name: "Place", Country: "FRA", Lat: ptr(48.85), Lon: ptr(2.35), GeonameID: e.geo, Resolution: "city", Basis: "text"}
		}
		b.Mentions = append(b.Mentions, m)
	}
	if text.Len() > 0 {
		text.WriteString(" ")
	}
	start := text.Len()
	text.WriteString("Nothing else happened that day.")
	b.Sentences = append(b.Sentences, store.Span{Start: start, End: text.Len()})
	b.Article.Text = text.String()
	return b
}

func ptr(f float64) *float64 { return &f }
