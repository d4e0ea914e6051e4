package udeval

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"tacitus/nlp"
)

// sampleGold is one document of two sentences: "I don't know Al-Zaman. Sue
// left." with 10 tokens and 11 words ("don't" is do + n't). The lemma of
// "-" is "_", and "Sue" has a relation subtype.
const sampleGold = `# newdoc id = d1
# sent_id = d1-1
# newpar
# text = I don't know Al-Zaman.
1	I	I	PRON	PRP	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	_
5	Al	Al	PROPN	NNP	_	4	obj	_	SpaceAfter=No
6	-	_	PUNCT	HYPH	_	7	punct	_	SpaceAfter=No
7	Zaman	Zaman	PROPN	NNP	_	5	flat	_	SpaceAfter=No
8	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = d1-2
# text = Sue left.
1	Sue	Sue	PROPN	NNP	_	2	nsubj:pass	_	_
2	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

`

// Word indexes of the first sample sentence.
const (
	wI = iota
	wDo
	wNt
	wKnow
	wAl
	wHyph
	wZaman
	wDot
)

// count is a Count whose Gold, System and Aligned are those of a metric
// over words.
func count(gold, sys, aligned, correct int) Count {
	return Count{Gold: gold, System: sys, Aligned: aligned, Correct: correct}
}

// words returns a Result with the same counts for every word metric.
func words(gold, sys, aligned int, tokens, sents Count, correct ...int) Result {
	r := Result{Mode: RawText, Documents: 1, Tokens: tokens, Sentences: sents}
	r.Words = count(gold, sys, aligned, aligned)
	cs := []*Count{&r.UPOS, &r.XPOS, &r.Lemmas, &r.UAS, &r.LAS}
	for i, c := range cs {
		*c = count(gold, sys, aligned, correct[i])
	}
	return r
}

func cloneSents(in []nlp.Sentence) []nlp.Sentence {
	out := slices.Clone(in)
	for i := range out {
		out[i].Tokens = slices.Clone(out[i].Tokens)
	}
	return out
}

// mergeTokens makes tokens [a, b) of s one word, with the annotation of
// token a, and renumbers heads.
func mergeTokens(text string, s nlp.Sentence, a, b int) nlp.Sentence {
	m := s.Tokens[a]
	m.End, m.SpaceAfter, m.MWT = s.Tokens[b-1].End, s.Tokens[b-1].SpaceAfter, 0
	m.Text = text[m.Start:m.End]
	toks := append(append(slices.Clone(s.Tokens[:a]), m), s.Tokens[b:]...)
	for i := range toks {
		switch h := toks[i].Head; {
		case h > b:
			toks[i].Head = h - (b - a - 1)
		case h > a:
			toks[i].Head = a + 1
		}
	}
	s.Tokens = toks
	return s
}

// splitToken cuts token k of s at byte offset at; the second part is
// attached to the first.
func splitToken(text string, s nlp.Sentence, k, at int) nlp.Sentence {
	first, second := s.Tokens[k], s.Tokens[k]
	first.End, first.Text, first.SpaceAfter = at, text[first.Start:at], false
	second.Start, second.Text, second.Head = at, text[at:second.End], k+1
	toks := append(append(slices.Clone(s.Tokens[:k]), first, second), s.Tokens[k+1:]...)
	for i := range toks {
		if i != k+1 && toks[i].Head > k+1 {
			toks[i].Head++
		}
	}
	s.Tokens = toks
	return s
}

// splitSentence cuts sentence si before token k; heads that would cross
// the cut become roots.
func splitSentence(sents []nlp.Sentence, si, k int) []nlp.Sentence {
	s := sents[si]
	a := nlp.Sentence{Start: s.Start, End: s.Tokens[k-1].End, Tokens: slices.Clone(s.Tokens[:k])}
	b := nlp.Sentence{Start: s.Tokens[k].Start, End: s.End, Tokens: slices.Clone(s.Tokens[k:])}
	for i := range a.Tokens {
		if a.Tokens[i].Head > k {
			a.Tokens[i].Head = 0
		}
	}
	for i := range b.Tokens {
		if h := b.Tokens[i].Head; h <= k {
			b.Tokens[i].Head = 0
		} else {
			b.Tokens[i].Head = h - k
		}
	}
	return slices.Concat(sents[:si], []nlp.Sentence{a, b}, sents[si+1:])
}

func TestScore(t *testing.T) {
	docs := Documents(parse(t, sampleGold))
	if len(docs) != 1 || docs[0].Text != "I don't know Al-Zaman. Sue left." {
		t.Fatalf("documents = %+v", docs)
	}
	text := docs[0].Text
	perfect := Count{Gold: 10, System: 10, Correct: 10}
	twoSents := Count{Gold: 2, System: 2, Correct: 2}
	tests := []struct {
		name   string
		mutate func([]nlp.Sentence) []nlp.Sentence
		want   Result
		// wantF1 are exact percentages worked out by hand:
		// tokens, sentences, words, UAS.
		wantF1 [4]float64
	}{{
		name:   "identical",
		mutate: func(s []nlp.Sentence) []nlp.Sentence { return s },
		want:   words(11, 11, 11, perfect, twoSents, 11, 11, 11, 11, 11),
		wantF1: [4]float64{100, 100, 100, 100},
	}, {
		name: "wrong head",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			s[1].Tokens[0].Head = 3 // Sue -> "." instead of "left"
			return s
		},
		want:   words(11, 11, 11, perfect, twoSents, 11, 11, 11, 10, 10),
		wantF1: [4]float64{100, 100, 100, 100 * 10.0 / 11},
	}, {
		name: "label subtype only",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			s[1].Tokens[0].Rel = "nsubj" // gold nsubj:pass
			s[0].Tokens[wAl].Rel = "obj:x"
			return s
		},
		want:   words(11, 11, 11, perfect, twoSents, 11, 11, 11, 11, 11),
		wantF1: [4]float64{100, 100, 100, 100},
	}, {
		name: "wrong label",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			s[1].Tokens[0].Rel = "obj"
			return s
		},
		want:   words(11, 11, 11, perfect, twoSents, 11, 11, 11, 11, 10),
		wantF1: [4]float64{100, 100, 100, 100},
	}, {
		name: "tags and lemmas",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			s[0].Tokens[wI].UPOS = "NOUN"
			s[0].Tokens[wKnow].XPOS = ""    // read as "_"
			s[0].Tokens[wKnow].Lemma = "kn" // wrong
			s[0].Tokens[wHyph].Lemma = "x"  // gold "_": always correct
			s[0].Tokens[wNt].Lemma = "n't"  // wrong
			return s
		},
		want:   words(11, 11, 11, perfect, twoSents, 10, 10, 9, 11, 11),
		wantF1: [4]float64{100, 100, 100, 100},
	}, {
		// "know" cut into "kn" + "ow": 11 system tokens, 9 correct:
		// F1 = 2·9/(10+11). Its dependents lose their head: of the 10
		// aligned words only "-", "Zaman", "Sue", "left" and "." keep
		// a correct head: UAS F1 = 2·5/(11+12).
		name: "token split",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			k := s[0].Tokens[wKnow]
			s[0] = splitToken(text, s[0], wKnow, k.Start+2)
			return s
		},
		want:   words(11, 12, 10, Count{Gold: 10, System: 11, Correct: 9}, twoSents, 10, 10, 10, 5, 5),
		wantF1: [4]float64{1800.0 / 21, 100, 2000.0 / 23, 1000.0 / 23},
	}, {
		// "Al-Zaman" as one token: 8 system tokens, 7 correct.
		name: "tokens merged",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			s[0] = mergeTokens(text, s[0], wAl, wZaman+1)
			return s
		},
		want:   words(11, 9, 8, Count{Gold: 10, System: 8, Correct: 7}, twoSents, 8, 8, 8, 8, 8),
		wantF1: [4]float64{1400.0 / 18, 100, 1600.0 / 20, 1600.0 / 20},
	}, {
		// "Al-" + "Zaman": "Zaman" is right but its head "Al" is not.
		name: "tokens split differently",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			s[0] = mergeTokens(text, s[0], wAl, wZaman)
			return s
		},
		want:   words(11, 10, 9, Count{Gold: 10, System: 9, Correct: 8}, twoSents, 9, 9, 9, 8, 8),
		wantF1: [4]float64{1600.0 / 19, 100, 1800.0 / 21, 1600.0 / 21},
	}, {
		// "don't" as one word: the token is right, its words align with
		// nothing (LCS of do, n't and don't is empty).
		name: "multiword token as one word",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			s[0] = mergeTokens(text, s[0], wDo, wNt+1)
			return s
		},
		want:   words(11, 10, 9, perfect, twoSents, 9, 9, 9, 9, 9),
		wantF1: [4]float64{100, 100, 1800.0 / 21, 1800.0 / 21},
	}, {
		// "don't" as "Do" + "not": "Do" aligns with "do" (forms are
		// compared lower-cased), "not" with nothing.
		name: "multiword token with other words",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			s[0].Tokens[wDo].Text = "Do"
			s[0].Tokens[wNt].Text = "not"
			return s
		},
		want:   words(11, 11, 10, perfect, twoSents, 10, 10, 10, 10, 10),
		wantF1: [4]float64{100, 100, 2000.0 / 22, 2000.0 / 22},
	}, {
		// "do" and "n't" as two plain tokens with their own sub-spans:
		// two system tokens where gold has one, but the words align.
		name: "multiword token as two tokens",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			s[0].Tokens[wDo].MWT = 0
			s[1].Tokens[0].MWT = 1 // a one-word group: a plain word
			return s
		},
		want:   words(11, 11, 11, Count{Gold: 10, System: 11, Correct: 9}, twoSents, 11, 11, 11, 11, 11),
		wantF1: [4]float64{1800.0 / 21, 100, 100, 100},
	}, {
		// "Al-Zaman" as a multiword token of Al, -, Zaman: one wrong
		// token in place of three, but LCS aligns all words.
		name: "multiword token on the system side only",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			s[0].Tokens[wAl].MWT = 3
			return s
		},
		want:   words(11, 11, 11, Count{Gold: 10, System: 8, Correct: 7}, twoSents, 11, 11, 11, 11, 11),
		wantF1: [4]float64{1400.0 / 18, 100, 100, 100},
	}, {
		// One sentence for the whole text: no sentence is right, the
		// words and their heads still are.
		name: "sentences merged",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			n := len(s[0].Tokens)
			m := nlp.Sentence{Start: s[0].Start, End: s[1].End, Tokens: slices.Concat(s[0].Tokens, s[1].Tokens)}
			for i := n; i < len(m.Tokens); i++ {
				if m.Tokens[i].Head > 0 {
					m.Tokens[i].Head += n
				}
			}
			return []nlp.Sentence{m}
		},
		want:   words(11, 11, 11, perfect, Count{Gold: 2, System: 1}, 11, 11, 11, 11, 11),
		wantF1: [4]float64{100, 0, 100, 100},
	}, {
		// Sentence cut before "Al": 3 system sentences, 1 correct:
		// F1 = 2·1/(2+3). "Al" and "." lose their head "know".
		name: "sentence split",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			return splitSentence(s, 0, wAl)
		},
		want:   words(11, 11, 11, perfect, Count{Gold: 2, System: 3, Correct: 1}, 11, 11, 11, 9, 9),
		wantF1: [4]float64{100, 40, 100, 1800.0 / 22},
	}, {
		name:   "empty output",
		mutate: func(s []nlp.Sentence) []nlp.Sentence { return nil },
		want:   words(11, 0, 0, Count{Gold: 10}, Count{Gold: 2}, 0, 0, 0, 0, 0),
		wantF1: [4]float64{0, 0, 0, 0},
	}, {
		// The first sentence twice: the copy overlaps and aligns with
		// nothing, but counts as output.
		name: "overlapping output",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			return []nlp.Sentence{s[0], s[1], s[0]}
		},
		want:   words(11, 19, 11, Count{Gold: 10, System: 17, Correct: 10}, Count{Gold: 2, System: 3, Correct: 2}, 11, 11, 11, 11, 11),
		wantF1: [4]float64{2000.0 / 27, 80, 2200.0 / 30, 2200.0 / 30},
	}, {
		// Offsets outside the text, reversed, or over white space only,
		// and heads outside the sentence: no panic, nothing aligned
		// for those tokens.
		name: "bad offsets and heads",
		mutate: func(s []nlp.Sentence) []nlp.Sentence {
			s[0].Tokens[wI].Start = -3
			s[0].Tokens[wKnow].Start, s[0].Tokens[wKnow].End = 100, 105
			s[1].Tokens[0].Start, s[1].Tokens[0].End = 22, 23 // the space before "Sue"
			s[1].Tokens[2].Head = 7
			s[1].Tokens[1].Head = -1
			s[0].Tokens[wAl].MWT = 9 // runs past the sentence end
			return s
		},
		// Sentence 1: "I" and "know" are unusable; "Al-Zaman." is one
		// usable system token matching no gold token, whose four words
		// align by LCS with the gold ones. Sentence 2: "Sue" is
		// unusable. Tokens: 7 system, 3 correct (don't, left, ".").
		// Aligned: do, n't, Al, -, Zaman, ., left, ".". Heads correct:
		// "-" and "Zaman" only ("know" is unaligned, "left" has head -1,
		// the last "." an out-of-range head).
		want:   words(11, 11, 8, Count{Gold: 10, System: 7, Correct: 3}, Count{Gold: 2, System: 2}, 8, 8, 8, 2, 2),
		wantF1: [4]float64{600.0 / 17, 0, 1600.0 / 22, 400.0 / 22},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sys := tc.mutate(cloneSents(docs[0].NLP()))
			got := Score(docs, [][]nlp.Sentence{sys})
			if got != tc.want {
				t.Errorf("Score:\n got %+v\nwant %+v", got, tc.want)
			}
			for i, c := range []Count{got.Tokens, got.Sentences, got.Words, got.UAS} {
				if f := 100 * c.F1(); math.Abs(f-tc.wantF1[i]) > 1e-9 {
					t.Errorf("F1 %d = %.4f, want %.4f", i, f, tc.wantF1[i])
				}
			}
		})
	}
}

// TestScoreArbitraryOutput scores randomly damaged system output: Score
// must not panic and its counts must stay consistent.
func TestScoreArbitraryOutput(t *testing.T) {
	docs := Documents(parse(t, sampleGold+paragraphsGold))
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(n int) int { return rng.IntN(n+6) - 3 } // a little out of range too
	for iter := range 3000 {
		sys := make([][]nlp.Sentence, len(docs))
		for i, d := range docs {
			sys[i] = cloneSents(d.NLP())
			for range rng.IntN(6) {
				if len(sys[i]) == 0 {
					break
				}
				s := &sys[i][rng.IntN(len(sys[i]))]
				if len(s.Tokens) == 0 {
					continue
				}
				tok := &s.Tokens[rng.IntN(len(s.Tokens))]
				switch rng.IntN(7) {
				case 0:
					tok.Start = pick(len(d.Text))
				case 1:
					tok.End = pick(len(d.Text))
				case 2:
					tok.MWT = pick(5)
				case 3:
					tok.Head = pick(len(s.Tokens))
				case 4:
					tok.Text = strings.ToUpper(tok.Text)
				case 5:
					s.Tokens = s.Tokens[:rng.IntN(len(s.Tokens))]
				case 6:
					sys[i] = append(sys[i], *s)
				}
			}
		}
		r := Score(docs, sys)
		for k, c := range r.counts() {
			if c.Correct > c.Gold || c.Correct > c.System || (k >= 2 && c.Aligned > min(c.Gold, c.System)) ||
				c.F1() < 0 || c.F1() > 1 {
				t.Fatalf("iteration %d: metric %d has inconsistent counts %+v", iter, k, *c)
			}
		}
		if r.Words.Gold != 21 || r.UAS.Correct > r.Words.Correct || r.LAS.Correct > r.UAS.Correct {
			t.Fatalf("iteration %d: %+v", iter, r)
		}
	}
}
