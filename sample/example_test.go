package sample_test

import (
	"fmt"

	"tacitus/article"
	"tacitus/sample"
)

func ExampleArticles() {
	n := 0
	var first article.Article
	_, err := article.ReadJSONL(sample.Articles(), sample.Name, article.Options{}, func(a article.Article) error {
		if n == 0 {
			first = a
		}
		n++
		return nil
	}, nil)
	fmt.Println(n, err)
	fmt.Println(first.Title)
	// Output:
	// 42 <nil>
	// Kenyan police arrest protesters in Nairobi
}
