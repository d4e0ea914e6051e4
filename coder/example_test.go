package coder_test

import (
	"fmt"
	"testing/fstest"
	"time"

	"tacitus/coder"
	"tacitus/dictionary"
	"tacitus/nlp"
)

// Example codes one parsed sentence with a tiny dictionary set. In the
// product the sentence comes from the NLP pipeline (nlp/models.Default);
// here its tokens, tags and dependency tree are written out.
func Example() {
	fsys := fstest.MapFS{
		"dict/demo.verbs.txt":  {Data: []byte("--- ACCUSE [112] ---\nACCUSE\n- * OF_TREASON [1121]\n")},
		"dict/demo.actors.txt": {Data: []byte("ARNOR [ARN]\nGONDOR [GON]\n")},
		"dict/demo.agents.txt": {Data: []byte("GOVERNMENT [~GOV]\n")},
	}
	set, err := dictionary.LoadDir(fsys, "dict")
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "The Arnor government accused Gondor of treason."
	tok := func(word string, start int, upos, xpos string, head int, rel string) nlp.Token {
		return nlp.Token{Text: word, Start: start, End: start + len(word), SpaceAfter: true,
			UPOS: upos, XPOS: xpos, Head: head, Rel: rel}
	}
	s := nlp.Sentence{Start: 0, End: len(text), Tokens: []nlp.Token{
		tok("The", 0, "DET", "DT", 3, "det"),
		tok("Arnor", 4, "PROPN", "NNP", 3, "compound"),
		tok("government", 10, "NOUN", "NN", 4, "nsubj"),
		tok("accused", 21, "VERB", "VBD", 0, "root"),
		tok("Gondor", 29, "PROPN", "NNP", 4, "obj"),
		tok("of", 36, "ADP", "IN", 7, "case"),
		tok("treason", 39, "NOUN", "NN", 4, "obl"),
		tok(".", 46, "PUNCT", ".", 4, "punct"),
	}}
	c := coder.New(set, coder.Options{})
	evs, err := c.Code(s, text, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), coder.DefaultConfig())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range evs {
		fmt.Printf("%s %s %s (%q -> %q, verb %q)\n", e.Source, e.Target, e.Code,
			text[e.SourceSpan.Start:e.SourceSpan.End], text[e.TargetSpan.Start:e.TargetSpan.End],
			text[e.VerbSpan.Start:e.VerbSpan.End])
	}
	// Output:
	// ARNGOV GON 1121 ("The Arnor government" -> "Gondor", verb "accused")
}

// ExampleCoder_CodeWith codes a reported statement with the real-news
// conventions: a syntactic-dialect (CAMEO.2.0 style) verb file, arguments
// from the dependency tree, the speech verb dropped for the act it
// reports, and an ActorLookup that resolves the pronoun "they" (as
// package actors does from the article) before the dictionaries.
func ExampleCoder_CodeWith() {
	fsys := fstest.MapFS{
		"dict/demo.verbs.txt": {Data: []byte("####### VERB PATTERNS #######\n" +
			"---  SAY   [010]  ---\nSAY {SAID SAYS SAYING}\n\n" +
			"---  ATTACK   [190]  ---\nATTACK\n- * (WITH ARTILLERY)  [195]\n")},
		"dict/demo.actors.txt": {Data: []byte("ARNOR [ARN]\nGONDOR [GON]\n")},
		"dict/demo.agents.txt": {Data: []byte("GOVERNMENT [~GOV]\n")},
	}
	set, err := dictionary.LoadDir(fsys, "dict")
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Gondor said they attacked Arnor."
	tok := func(word string, start int, upos, xpos string, head int, rel string) nlp.Token {
		return nlp.Token{Text: word, Start: start, End: start + len(word), SpaceAfter: true,
			UPOS: upos, XPOS: xpos, Head: head, Rel: rel}
	}
	s := nlp.Sentence{Start: 0, End: len(text), Tokens: []nlp.Token{
		tok("Gondor", 0, "PROPN", "NNP", 2, "nsubj"),
		tok("said", 7, "VERB", "VBD", 0, "root"),
		tok("they", 12, "PRON", "PRP", 4, "nsubj"),
		tok("attacked", 17, "VERB", "VBD", 2, "ccomp"),
		tok("Arnor", 26, "PROPN", "NNP", 4, "obj"),
		tok(".", 31, "PUNCT", ".", 2, "punct"),
	}}
	// "they" (token 2, 0-based) stands for the rebels of an earlier
	// sentence.
	look := func(t int) (string, bool) {
		if t == 2 {
			return "GONREB", true
		}
		return "", false
	}
	c := coder.New(set, coder.Options{News: true})
	evs, err := c.CodeWith(s, text, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), coder.DefaultConfig(), look)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range evs {
		fmt.Printf("%s %s %s (verb %q)\n", e.Source, e.Target, e.Code, text[e.VerbSpan.Start:e.VerbSpan.End])
	}
	// Output:
	// GONREB ARN 190 (verb "attacked")
}
