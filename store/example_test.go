package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"tacitus/article"
	"tacitus/store"
)

func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "tacitus-example-")
	defer os.RemoveAll(dir)
	s, err := store.Open(ctx, filepath.Join(dir, "tacitus.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()

	text := "Chinese officials met the US envoy in Beijing on Monday. Talks went on."
	day := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	visit := store.Mention{
		SentenceIndex: 0, Date: day, DatePrecision: store.PrecisionDay,
		Source: store.Actor{Text: "Chinese officials", Code: "CHNGOV", Name: "CHINA"},
		Target: store.Actor{Text: "the US envoy", Code: "USAGOV", Name: "UNITED STATES"},
		CAMEO:  "040", Root: "04", QuadClass: 1, Goldstein: 1,
	}
	for i, source := range []string{"Reuters", "AP"} {
		err := s.WriteArticle(ctx, store.ArticleBatch{
			Article:   article.Article{ID: fmt.Sprint("a", i), Date: day, Source: source, Text: text},
			Sentences: []store.Span{{Start: 0, End: 56}, {Start: 57, End: len(text)}},
			Mentions:  []store.Mention{visit},
		})
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	page, _ := s.Events(ctx, store.EventQuery{Filter: store.Filter{Actor: "USA*", Q: "envoy"}})
	for _, e := range page.Events {
		fmt.Printf("%s %s>%s %s: %d mentions in %d articles from %d sources\n",
			e.Date.Format(time.DateOnly), e.Source.Code, e.Target.Code, e.CAMEO, e.NumMentions, e.NumArticles, e.NumSources)
		d, _ := s.Event(ctx, e.ID)
		fmt.Println(d.Mentions[0].Sentence)
	}
	// Output:
	// 2024-03-04 CHNGOV>USAGOV 040: 2 mentions in 2 articles from 2 sources
	// Chinese officials met the US envoy in Beijing on Monday.
}
