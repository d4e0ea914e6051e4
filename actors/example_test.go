package actors_test

import (
	"fmt"
	"time"

	"tacitus/actors"
	"tacitus/dictionary/builtin"
	"tacitus/nlp/models"
)

func Example() {
	dicts, err := builtin.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	pipeline, err := models.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	r := actors.New(dicts.Set)
	text := "Iranian police arrested two men in Tehran. Hamas fired rockets at Israel. The movement said it would go on."
	date := time.Date(2004, 3, 1, 0, 0, 0, 0, time.UTC)
	var doc actors.Document // one per article
	for _, s := range pipeline.Parse(text) {
		for _, m := range r.Sentence(&doc, text, s, date) {
			fmt.Printf("%s %s %s resolved=%v\n", m.Text, m.Code, m.Kind, m.Resolved)
		}
	}
	// Output:
	// Iranian police IRNCOP named resolved=false
	// two men IRNPPL agent resolved=true
	// Hamas PSEREBHMS named resolved=false
	// Israel ISR named resolved=false
	// The movement PSEREBHMS nominal resolved=true
}
