package coder

import (
	"os"
	"testing"

	"tacitus/conformance"
	"tacitus/nlp"
)

func debugSentence(t *testing.T, r *conformance.Record) (nlp.Sentence, bool) {
	if os.Getenv("CODER_NLP") != "" {
		p := testPipeline(t)
		if p == nil {
			return nlp.Sentence{}, false
		}
		s, err := Parse(p, r.Text)
		return s, err == nil
	}
	return sentenceFromPTB(r.Parse, r.Text)
}
