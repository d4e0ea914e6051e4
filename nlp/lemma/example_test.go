package lemma_test

import (
	"fmt"
	"os"
	"path/filepath"

	"tacitus/nlp"
	"tacitus/nlp/lemma"
)

func ExampleModel_Lemmatize() {
	f, err := os.Open(filepath.Join("..", "models", "lemma.bin.gz"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	m, err := lemma.Load(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	s := nlp.Sentence{Tokens: []nlp.Token{
		{Text: "Leaders", XPOS: "NNS"}, {Text: "met", XPOS: "VBD"}, {Text: "in", XPOS: "IN"}, {Text: "Geneva", XPOS: "NNP"},
	}}
	m.Lemmatize(&s)
	for _, t := range s.Tokens {
		fmt.Println(t.Text, t.Lemma)
	}
	// Output:
	// Leaders leader
	// met meet
	// in in
	// Geneva Geneva
}
