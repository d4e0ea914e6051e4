package udeval

import (
	"slices"
	"testing"
)

const paragraphsGold = `# newdoc id = a
# newpar
# text = Hi!
1	Hi	hi	INTJ	UH	_	0	root	_	SpaceAfter=No
2	!	!	PUNCT	.	_	1	punct	_	SpaceAfter=No

# text = I can't.
1	I	I	PRON	PRP	_	2	nsubj	_	_
2-3	can't	_	_	_	_	_	_	_	SpaceAfter=No
2	ca	can	AUX	MD	_	0	root	_	_
3	n't	not	PART	RB	_	2	advmod	_	_
4	.	.	PUNCT	.	_	2	punct	_	_

# newpar id = a-p2
# text = Bye .
1	Bye	bye	INTJ	UH	_	0	root	_	_
2	.	.	PUNCT	.	_	1	punct	_	_

# newdoc
# text = Ok.
1	Ok	ok	INTJ	UH	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_

`

func TestDocuments(t *testing.T) {
	gold := parse(t, paragraphsGold)
	docs := Documents(gold)
	tests := []struct {
		name      string
		doc       Document
		id, text  string
		sentences []Span
		tokens    [][]Span
	}{{
		name:      "paragraphs and SpaceAfter=No at a sentence end",
		doc:       docs[0],
		id:        "a",
		text:      "Hi!I can't.\n\nBye .",
		sentences: []Span{{0, 3}, {3, 11}, {13, 18}},
		tokens: [][]Span{
			{{0, 2}, {2, 3}},
			{{3, 4}, {5, 10}, {10, 11}},
			{{13, 16}, {17, 18}},
		},
	}, {
		name:      "newdoc without id",
		doc:       docs[1],
		id:        "doc2",
		text:      "Ok.",
		sentences: []Span{{0, 3}},
		tokens:    [][]Span{{{0, 2}, {2, 3}}},
	}}
	if len(docs) != len(tests) {
		t.Fatalf("got %d documents, want %d", len(docs), len(tests))
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := tc.doc
			if d.ID != tc.id || d.Text != tc.text {
				t.Errorf("got ID %q text %q, want %q %q", d.ID, d.Text, tc.id, tc.text)
			}
			if !slices.Equal(d.Sentences, tc.sentences) {
				t.Errorf("sentences %v, want %v", d.Sentences, tc.sentences)
			}
			if len(d.Tokens) != len(tc.tokens) {
				t.Fatalf("tokens %v, want %v", d.Tokens, tc.tokens)
			}
			for i := range d.Tokens {
				if !slices.Equal(d.Tokens[i], tc.tokens[i]) {
					t.Errorf("tokens of sentence %d: %v, want %v", i, d.Tokens[i], tc.tokens[i])
				}
			}
			// NLP gives offsets into Text and the gold forms.
			for i, s := range d.NLP() {
				if len(s.Tokens) != len(d.Gold[i].Words) {
					t.Fatalf("sentence %d has %d tokens, want %d", i, len(s.Tokens), len(d.Gold[i].Words))
				}
				for k, tok := range s.Tokens {
					if tok.Text != d.Gold[i].Words[k].Form || tok.Start < 0 || tok.End > len(d.Text) {
						t.Errorf("sentence %d token %d: %+v", i, k, tok)
					}
				}
			}
		})
	}
}

func TestDocumentNLP(t *testing.T) {
	docs := Documents(parse(t, sampleGold))
	s := docs[0].NLP()[0]
	text := docs[0].Text
	for _, tc := range []struct {
		name string
		k    int
		text string
		mwt  int
		sp   bool
	}{
		{name: "plain word", k: wI, text: "I", sp: true},
		{name: "first word of a multiword token", k: wDo, text: "do", mwt: 2},
		{name: "last word of a multiword token", k: wNt, text: "n't", sp: true},
		{name: "SpaceAfter=No", k: wAl, text: "Al"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tok := s.Tokens[tc.k]
			if got := text[tok.Start:tok.End]; got != tc.text || tok.Text != tc.text || tok.MWT != tc.mwt || tok.SpaceAfter != tc.sp {
				t.Errorf("token %d = %+v (span %q), want %q MWT %d SpaceAfter %v", tc.k, tok, got, tc.text, tc.mwt, tc.sp)
			}
		})
	}
}
