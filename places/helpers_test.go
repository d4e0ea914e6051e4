package places_test

import (
	"strings"

	"tacitus/nlp"
)

// sentenceOf tokenizes text at spaces and gives the tokens the UPOS tags
// upos (unparsed).
func sentenceOf(text string, upos ...string) nlp.Sentence {
	var s nlp.Sentence
	pos := 0
	for i, w := range strings.Fields(text) {
		start := strings.Index(text[pos:], w) + pos
		pos = start + len(w)
		t := nlp.Token{Text: w, Start: start, End: pos, SpaceAfter: true, Head: -1}
		if i < len(upos) {
			t.UPOS = upos[i]
		}
		s.Tokens = append(s.Tokens, t)
	}
	s.End = len(text)
	return s
}
