package article_test

import (
	"fmt"
	"strings"

	"tacitus/article"
)

func Example() {
	input := `{"id":"a1","date":"2024-03-05","title":"Talks","text":"Iran and Iraq held talks."}
{"id":"a2","text":""}
{"id":"a3","date":"sometime","text":"Troops withdrew."}
`
	counts, err := article.Read(strings.NewReader(input), "news.jsonl", article.Options{},
		func(a article.Article) error {
			fmt.Printf("%s %q dated=%v\n", a.ID, a.Text, a.HasDate())
			return nil
		},
		func(e *article.RecordError) { fmt.Println(e) })
	if err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%+v\n", counts)
	// Output:
	// a1 "Iran and Iraq held talks." dated=true
	// news.jsonl:2: empty text
	// news.jsonl:3: warning: unparseable date: "sometime"
	// a3 "Troops withdrew." dated=false
	// {Records:3 Accepted:2 Rejected:1 Warnings:1}
}
