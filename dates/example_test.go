package dates_test

import (
	"fmt"
	"time"

	"tacitus/dates"
	"tacitus/nlp/segment"
)

// Find and resolve the temporal expressions of a segmented sentence,
// relative to a story dated Wednesday, 4 March 2026.
func Example() {
	text := "Rebels attacked the base on Aug. 5 and have held it since 1991, officials said last Tuesday."
	s := segment.New(segment.Options{}).Segment(text)[0]
	article := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, e := range dates.Expressions(text, s) {
		d, _ := dates.Resolve(e, article, dates.Past)
		fmt.Printf("%-14q prep=%-5q %s (%v)\n", text[e.Start:e.End], e.Prep, d, d.Precision)
	}
	// Output:
	// "Aug. 5"       prep="on"  2025-08-05 (day)
	// "1991"         prep="since" 1991 (year)
	// "last Tuesday" prep=""    2026-03-03 (day)
}

// Date an event by its verb. The sentence is tagged but not parsed here,
// so each expression belongs to its nearest verb.
func ExampleEventDateFlags() {
	text := "Officials said Tuesday that rebels will attack next week."
	s := segment.New(segment.Options{}).Segment(text)[0]
	for i, tag := range []string{"NNS", "VBD", "NNP", "IN", "NNS", "MD", "VB", "JJ", "NN", "."} {
		s.Tokens[i].XPOS = tag
	}
	article := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, verb := range []int{2, 7} { // "said", "attack"
		d, fl := dates.EventDateFlags(text, s, verb, article, true)
		fmt.Printf("%s: %s %v basis=%s tense=%v future=%v historical=%v\n",
			s.Tokens[verb-1].Text, d, d.Precision, d.Basis, dates.VerbTense(s, verb), fl.Future, fl.Historical)
	}
	// Output:
	// said: 2026-03-03 day basis=text tense=past future=false historical=false
	// attack: 2026-W11 week basis=text tense=future future=true historical=false
}
