package coder

import (
	"strings"
	"testing"
	"time"

	"tacitus/nlp"
)

// fuzzRels are the relations the fuzzer draws from.
var fuzzRels = []string{"nsubj", "obj", "obl", "nmod", "nmod:poss", "case", "conj", "cc", "compound",
	"amod", "det", "appos", "acl:relcl", "aux", "aux:pass", "punct", "root", "advmod", "xcomp", "flat"}

var fuzzTags = [][2]string{{"NOUN", "NN"}, {"PROPN", "NNP"}, {"VERB", "VBD"}, {"VERB", "VBN"}, {"AUX", "MD"},
	{"ADP", "IN"}, {"DET", "DT"}, {"ADJ", "JJ"}, {"CCONJ", "CC"}, {"PUNCT", ","}, {"PRON", "PRP"}, {"ADV", "RB"}}

// fuzzSentence turns arbitrary text into a sentence with an arbitrary
// (possibly malformed) parse: whitespace-separated tokens whose tags,
// heads and relations are derived from their bytes.
func fuzzSentence(text string) nlp.Sentence {
	var s nlp.Sentence
	fields := strings.Fields(text)
	pos := 0
	for i, w := range fields {
		j := strings.Index(text[pos:], w)
		start := pos + j
		pos = start + len(w)
		h := int(w[0])
		tag := fuzzTags[h%len(fuzzTags)]
		head := 0
		if len(fields) > 1 {
			head = (h + i*7) % (len(fields) + 1)
		}
		s.Tokens = append(s.Tokens, nlp.Token{Text: w, Start: start, End: pos, SpaceAfter: true,
			UPOS: tag[0], XPOS: tag[1], Head: head, Rel: fuzzRels[(h/3)%len(fuzzRels)]})
	}
	s.End = len(text)
	return s
}

// FuzzCode checks that no sentence, however malformed its parse, makes the
// coder panic or return events with empty codes.
func FuzzCode(f *testing.F) {
	for _, seed := range []string{
		"Arnor accused Gondor of treason .",
		"Arnor and Gondor met , Rohan officials said on Saturday .",
		"MINAS TIRITH : -- Arnor gave a million swiss francs to Minas_Tirith",
		"The Shire 's government was attacked by the Rohan police",
		"",
	} {
		f.Add(seed)
	}
	c := New(testSet(f), Options{LooseActors: true})
	news := New(synTestSet(f), Options{News: true})
	look := func(tok int) (string, bool) { return "ARNREB", tok%3 == 0 }
	date := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		s := fuzzSentence(text)
		for _, cfg := range []Config{DefaultConfig(), {NewActorLength: 3, CommaMin: 1, CommaMax: 3, CommaBMax: 4, CommaEMax: 4}} {
			evs, err := c.Code(s, text, date, cfg)
			if err != nil {
				continue
			}
			// The real-news conventions (dependency arguments) with an
			// outside actor lookup.
			nevs, err := news.CodeWith(s, text, date, cfg, look)
			if err != nil {
				continue
			}
			evs = append(evs, nevs...)
			for _, e := range evs {
				if e.Source == "" || e.Target == "" || e.Code == "" {
					t.Fatalf("empty field in %+v", e)
				}
			}
		}
	})
}
