package udeval

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"tacitus/nlp"
	"tacitus/nlp/conllu"
)

func write(t *testing.T, sents ...*conllu.Sentence) string {
	t.Helper()
	var buf bytes.Buffer
	for _, s := range sents {
		if err := conllu.Write(&buf, s); err != nil {
			t.Fatal(err)
		}
	}
	return buf.String()
}

func TestToCoNLLU(t *testing.T) {
	docs := Documents(parse(t, sampleGold))
	text := docs[0].Text
	gold := docs[0].NLP()
	tests := []struct {
		name string
		s    nlp.Sentence
		id   string
		want string
	}{{
		name: "multiword token and SpaceAfter=No",
		s:    gold[0],
		id:   "d1-1",
		want: `# sent_id = d1-1
# text = I don't know Al-Zaman.
1	I	I	PRON	PRP	_	4	nsubj	_	TokenRange=0:1
2-3	don't	_	_	_	_	_	_	_	TokenRange=2:7
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	TokenRange=8:12
5	Al	Al	PROPN	NNP	_	4	obj	_	SpaceAfter=No|TokenRange=13:15
6	-	_	PUNCT	HYPH	_	7	punct	_	SpaceAfter=No|TokenRange=15:16
7	Zaman	Zaman	PROPN	NNP	_	5	flat	_	SpaceAfter=No|TokenRange=16:21
8	.	.	PUNCT	.	_	4	punct	_	TokenRange=21:22

`,
	}, {
		name: "unannotated, no id",
		s: nlp.Sentence{Start: 23, End: 32, Tokens: []nlp.Token{
			{Text: "Sue", Start: 23, End: 26, SpaceAfter: true, Head: -1},
			{Text: "left.", Start: 27, End: 32, Head: -1},
		}},
		want: `# text = Sue left.
1	Sue	_	_	_	_	_	_	_	TokenRange=23:26
2	left.	_	_	_	_	_	_	_	SpaceAfter=No|TokenRange=27:32

`,
	}, {
		name: "bad offsets, heads and forms",
		s: nlp.Sentence{Start: 5, End: 999, Tokens: []nlp.Token{
			{Text: "a\tb", Start: -1, End: 3, SpaceAfter: true, Head: 7, Rel: "x"},
			{Text: "", Start: 4, End: 2, MWT: 5, Head: 1, UPOS: "NOUN"},
			{Text: "c\nd", Start: 4, End: 5, Head: 0},
		}},
		id: "x\ny",
		// The sentence span is invalid: "# text" joins the forms. The
		// multiword token takes its form from text[4:5] ("n" of
		// "don't").
		want: `# sent_id = x y
# text = a b c d
1	a b	_	_	_	_	_	x	_	_
2-3	n	_	_	_	_	_	_	_	SpaceAfter=No|TokenRange=4:5
2	_	_	NOUN	_	_	1	_	_	_
3	c d	_	_	_	_	0	_	_	_

`,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := ToCoNLLU(text, tc.s, tc.id)
			got := write(t, c)
			if got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
			// Whatever the input, the output reads back.
			back, err := conllu.ReadAll(strings.NewReader(got), tc.name)
			if err != nil || len(back) != 1 || len(back[0].Words) != len(tc.s.Tokens) {
				t.Errorf("reading back: %v, %d sentences", err, len(back))
			}
		})
	}
}

func TestOverwrite(t *testing.T) {
	const in = `# sent_id = s2
# text = Sue left and Bob too.
1	Sue	Sue	PROPN	NNP	Number=Sing	2	nsubj	2:nsubj	_
2	left	leave	VERB	VBD	_	0	root	0:root	_
3	and	and	CCONJ	CC	_	4	cc	4:cc	_
4	Bob	Bob	PROPN	NNP	_	2	conj	2:conj	_
4.1	left	leave	VERB	VBD	_	_	_	2:conj	CopyOf=2
5-6	too.	_	_	_	_	_	_	_	Note=x
5	too	too	ADV	RB	_	4	advmod	4:advmod	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	2:punct	_

`
	tokens := func(n int) nlp.Sentence {
		s := nlp.Sentence{}
		for i := range n {
			s.Tokens = append(s.Tokens, nlp.Token{Text: "w", UPOS: "X", XPOS: "XX", Lemma: "l", Head: i, Rel: "dep:sub"})
		}
		return s
	}
	tests := []struct {
		name    string
		sys     nlp.Sentence
		want    string
		wantErr error
	}{{
		name: "same words",
		sys:  tokens(6),
		want: `# sent_id = s2
# text = Sue left and Bob too.
1	Sue	l	X	XX	_	0	dep:sub	_	_
2	left	l	X	XX	_	1	dep:sub	_	_
3	and	l	X	XX	_	2	dep:sub	_	_
4	Bob	l	X	XX	_	3	dep:sub	_	_
4.1	left	leave	VERB	VBD	_	_	_	2:conj	CopyOf=2
5-6	too.	_	_	_	_	_	_	_	Note=x
5	too	l	X	XX	_	4	dep:sub	_	SpaceAfter=No
6	.	l	X	XX	_	5	dep:sub	_	_

`,
	}, {
		name:    "fewer words",
		sys:     tokens(5),
		want:    in,
		wantErr: ErrTokenMismatch,
	}, {
		name: "empty fields and bad heads",
		sys: func() nlp.Sentence {
			s := tokens(6)
			s.Tokens[0] = nlp.Token{Head: 9}
			s.Tokens[1].Head = -1
			return s
		}(),
		want: `# sent_id = s2
# text = Sue left and Bob too.
1	Sue	_	_	_	_	_	_	_	_
2	left	l	X	XX	_	_	dep:sub	_	_
3	and	l	X	XX	_	2	dep:sub	_	_
4	Bob	l	X	XX	_	3	dep:sub	_	_
4.1	left	leave	VERB	VBD	_	_	_	2:conj	CopyOf=2
5-6	too.	_	_	_	_	_	_	_	Note=x
5	too	l	X	XX	_	4	dep:sub	_	SpaceAfter=No
6	.	l	X	XX	_	5	dep:sub	_	_

`,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := parse(t, in)[0]
			err := Overwrite(g, tc.sys)
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("Overwrite error = %v, want %v", err, tc.wantErr)
			}
			if got := write(t, g); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
	if err := Overwrite(nil, nlp.Sentence{}); !errors.Is(err, ErrTokenMismatch) {
		t.Errorf("Overwrite(nil) = %v, want ErrTokenMismatch", err)
	}
}
