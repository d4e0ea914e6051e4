package depparse_test

import (
	"fmt"
	"os"

	"tacitus/nlp"
	"tacitus/nlp/depparse"
)

func ExampleModel_Parse() {
	f, err := os.Open("../models/parser.bin.gz")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	m, err := depparse.Load(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	// The parser reads the tags that the tagger filled in.
	words := []struct{ text, xpos, upos string }{
		{"The", "DT", "DET"}, {"embassy", "NN", "NOUN"}, {"was", "VBD", "AUX"},
		{"attacked", "VBN", "VERB"}, {"by", "IN", "ADP"}, {"rebels", "NNS", "NOUN"}, {".", ".", "PUNCT"},
	}
	var s nlp.Sentence
	for _, w := range words {
		s.Tokens = append(s.Tokens, nlp.Token{Text: w.text, XPOS: w.xpos, UPOS: w.upos})
	}
	m.Parse(&s)
	for i, t := range s.Tokens {
		fmt.Println(i+1, t.Text, t.Head, t.Rel)
	}
	// Output:
	// 1 The 2 det
	// 2 embassy 4 nsubj:pass
	// 3 was 4 aux:pass
	// 4 attacked 0 root
	// 5 by 6 case
	// 6 rebels 4 obl:agent
	// 7 . 4 punct
}
