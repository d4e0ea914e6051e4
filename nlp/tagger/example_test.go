package tagger_test

import (
	"fmt"
	"os"
	"path/filepath"

	"tacitus/nlp"
	"tacitus/nlp/tagger"
)

func ExampleModel_Tag() {
	f, err := os.Open(filepath.Join("..", "models", "tagger.bin.gz"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	m, err := tagger.Load(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	s := nlp.Sentence{}
	for _, w := range []string{"They", "arrested", "two", "men", "in", "Cairo", "."} {
		s.Tokens = append(s.Tokens, nlp.Token{Text: w})
	}
	m.Tag(&s)
	for _, t := range s.Tokens {
		fmt.Println(t.Text, t.UPOS, t.XPOS)
	}
	// Output:
	// They PRON PRP
	// arrested VERB VBD
	// two NUM CD
	// men NOUN NNS
	// in ADP IN
	// Cairo PROPN NNP
	// . PUNCT .
}
