package depparse

import (
	"bytes"
	"compress/gzip"
	"testing"

	"tacitus/nlp"
)

func gzipped(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var fuzzModel *Model

// FuzzParse parses sentences made from arbitrary bytes: each byte picks a
// word and a tag. The result must always be a single-rooted tree.
func FuzzParse(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0})
	f.Add([]byte("the police said"))
	f.Add(bytes.Repeat([]byte{7, 200, 31}, 100))
	m, err := Train(readTiny(f), nil, TrainOptions{Iterations: 3, Seed: 1})
	if err != nil {
		f.Fatal(err)
	}
	fuzzModel = m
	words := []string{"the", "rebels", "attacked", ",", ".", "by", "in", "Iran", "'s", "", "\xff", "and"}
	tags := [][2]string{{"DT", "DET"}, {"NNS", "NOUN"}, {"VBD", "VERB"}, {",", "PUNCT"}, {".", "PUNCT"},
		{"IN", "ADP"}, {"NNP", "PROPN"}, {"POS", "PART"}, {"", ""}, {"CC", "CCONJ"}, {"JJ", "ADJ"}}
	f.Fuzz(func(t *testing.T, data []byte) {
		s := nlp.Sentence{Tokens: make([]nlp.Token, len(data))}
		for i, c := range data {
			tg := tags[int(c>>4)%len(tags)]
			s.Tokens[i] = nlp.Token{Text: words[int(c&15)%len(words)], XPOS: tg[0], UPOS: tg[1], Head: -1}
		}
		fuzzModel.Parse(&s)
		checkTree(t, &s)
	})
}

// FuzzLoad feeds arbitrary bytes to Load, which must fail cleanly or
// return a model that parses.
func FuzzLoad(f *testing.F) {
	f.Add([]byte{})
	f.Add(gzipped(f, []byte(magic)))
	f.Add(gzipped(f, []byte(magic+"\x02\x04root\x03dep\x00")))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		s := nlp.Sentence{Tokens: []nlp.Token{{Text: "a"}, {Text: "b"}, {Text: "c"}}}
		m.Parse(&s)
		checkTree(t, &s)
	})
}
