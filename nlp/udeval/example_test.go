package udeval_test

import (
	"fmt"
	"os"
	"strings"

	"tacitus/nlp"
	"tacitus/nlp/conllu"
	"tacitus/nlp/udeval"
)

func ExampleScore() {
	gold, err := conllu.ReadAll(strings.NewReader(`# newdoc id = d
# text = Sue left.
1	Sue	Sue	PROPN	NNP	_	2	nsubj	_	_
2	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

`), "example")
	if err != nil {
		fmt.Println(err)
		return
	}
	docs := udeval.Documents(gold)
	fmt.Printf("%q\n", docs[0].Text)

	// A system that leaves "left." in one piece.
	sys := []nlp.Sentence{{Start: 0, End: 9, Tokens: []nlp.Token{
		{Text: "Sue", Start: 0, End: 3, SpaceAfter: true, UPOS: "PROPN", XPOS: "NNP", Lemma: "Sue", Head: 2, Rel: "nsubj"},
		{Text: "left.", Start: 4, End: 9, UPOS: "VERB", XPOS: "VBD", Lemma: "leave", Head: 0, Rel: "root"},
	}}}
	r := udeval.Score(docs, [][]nlp.Sentence{sys})
	// "Sue" is aligned but its head "left." is not: its head is wrong.
	fmt.Printf("tokens F1 %.2f, words F1 %.2f, UAS F1 %.2f\n", 100*r.Tokens.F1(), 100*r.Words.F1(), 100*r.UAS.F1())

	// The output as CoNLL-U.
	if err := conllu.Write(os.Stdout, udeval.ToCoNLLU(docs[0].Text, sys[0], "d-1")); err != nil {
		fmt.Println(err)
	}
	// Output:
	// "Sue left."
	// tokens F1 40.00, words F1 40.00, UAS F1 0.00
	// # sent_id = d-1
	// # text = Sue left.
	// 1	Sue	Sue	PROPN	NNP	_	2	nsubj	_	TokenRange=0:3
	// 2	left.	leave	VERB	VBD	_	0	root	_	SpaceAfter=No|TokenRange=4:9
}
