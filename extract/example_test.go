package extract_test

import (
	"context"
	"fmt"
	"time"

	"tacitus/article"
	"tacitus/extract"
)

// Example codes a short wire story with the built-in dictionaries and
// models.
func Example() {
	x, err := extract.New(extract.Options{Version: "0.1.0"})
	if err != nil {
		fmt.Println(err)
		return
	}
	a := article.Article{
		ID:   "example-1",
		Date: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
		Text: "BAGHDAD, March 4 (Reuters) - Iraq accused Syria on Monday of harbouring militants.",
	}
	res, err := x.Article(context.Background(), a)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range res.Events {
		fmt.Printf("%s -> %s: CAMEO %s (%s), %q, %s %s (%s), in %s (%s)\n",
			e.Source.Code, e.Target.Code, e.CAMEO, e.PLOVER.Type, e.Verb.Text,
			e.Date, e.DatePrecision, e.DateBasis, e.Location.Name, e.Location.Basis)
	}
	// Output:
	// IRQ -> SYR: CAMEO 112 (ACCUSE), "accused", 2026-03-02 day (text), in Baghdad (dateline)
}
