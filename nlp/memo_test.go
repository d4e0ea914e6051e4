package nlp

import (
	"slices"
	"testing"
)

// countingStages is a tagger, lemmatizer and parser that annotate every
// token from its text and count the sentences they see.
type countingStages struct{ calls int }

func (c *countingStages) Tag(s *Sentence) {
	c.calls++
	for i := range s.Tokens {
		s.Tokens[i].UPOS, s.Tokens[i].XPOS = "PROPN", "NNP"
	}
}

func (c *countingStages) Lemmatize(s *Sentence) {
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.Lemma = t.Text
		if i%2 == 1 {
			t.Lemma = string([]byte(t.Text)) + "-lemma"
		}
	}
}

func (c *countingStages) Parse(s *Sentence) {
	for i := range s.Tokens {
		s.Tokens[i].Head, s.Tokens[i].Rel = i, "dep"
	}
}

// sentenceAt builds a sentence of words separated by single spaces, the
// first starting at byte offset base.
func sentenceAt(base int, words ...string) Sentence {
	var s Sentence
	at := base
	for _, w := range words {
		s.Tokens = append(s.Tokens, Token{Text: w, Start: at, End: at + len(w), SpaceAfter: true, Head: -1})
		at += len(w) + 1
	}
	return s
}

// TestMemoRecalls checks that a Pipeline with a Memo annotates a sentence
// seen before, wherever it stands in its document, as it did the first
// time without running the stages, and runs them for any other sentence.
func TestMemoRecalls(t *testing.T) {
	st := &countingStages{}
	p := &Pipeline{Tagger: st, Lemmatizer: st, Parser: st, KeepParticiples: true, Memo: NewMemo(10)}
	first := sentenceAt(0, "Rebels", "attacked", "Ubari", ".")
	p.Annotate(&first)
	again := sentenceAt(500, "Rebels", "attacked", "Ubari", ".")
	p.Annotate(&again)
	if st.calls != 1 {
		t.Errorf("stages ran %d times for two equal sentences, want 1", st.calls)
	}
	for i := range first.Tokens {
		a, b := first.Tokens[i], again.Tokens[i]
		a.Start, a.End, b.Start, b.End = 0, 0, 0, 0
		if a != b {
			t.Errorf("token %d: recalled %+v, want %+v", i, b, a)
		}
	}
	for _, other := range []Sentence{
		sentenceAt(0, "Rebels", "attacked", "Ubari", "!"),
		sentenceAt(0, "Rebels", "attacked", "Ubari"),
		func() Sentence { // the same words, other spacing
			s := sentenceAt(0, "Rebels", "attacked", "Ubari", ".")
			s.Tokens[2].SpaceAfter = false
			return s
		}(),
	} {
		n := st.calls
		p.Annotate(&other)
		if st.calls != n+1 {
			t.Errorf("%v: recalled, want annotated anew", other.Tokens)
		}
	}
}

// TestMemoForgets checks that a full Memo forgets what it held and still
// recalls what it learns after.
func TestMemoForgets(t *testing.T) {
	st := &countingStages{}
	p := &Pipeline{Tagger: st, Lemmatizer: st, Parser: st, KeepParticiples: true, Memo: NewMemo(2)}
	words := []string{"Talks", "resumed", "today", "."}
	for i := range 3 {
		s := sentenceAt(0, slices.Repeat(words, i+1)...)
		p.Annotate(&s)
	}
	if len(p.Memo.seen) != 1 {
		t.Fatalf("memo of 2 holds %d sentences after 3, want 1", len(p.Memo.seen))
	}
	n := st.calls
	s := sentenceAt(7, slices.Repeat(words, 3)...)
	p.Annotate(&s)
	if st.calls != n {
		t.Errorf("the last sentence learnt was annotated anew")
	}
	if s.Tokens[1].Lemma != "resumed-lemma" || s.Tokens[0].Lemma != "Talks" {
		t.Errorf("recalled lemmas %q, %q", s.Tokens[0].Lemma, s.Tokens[1].Lemma)
	}
}

// orderedTags tags the tokens of a sentence with tags, in turn.
type orderedTags struct{ tags []string }

func (o *orderedTags) Tag(s *Sentence) {
	for i := range s.Tokens {
		s.Tokens[i].UPOS, s.Tokens[i].XPOS = o.tags[i%len(o.tags)], o.tags[(i+1)%len(o.tags)]
	}
}

// TestMemoNamesAfterForgetting checks that the tags a full Memo learns
// after forgetting are recalled as they were given, when they come in
// another order than before (their numbers change).
func TestMemoNamesAfterForgetting(t *testing.T) {
	tg := &orderedTags{}
	p := &Pipeline{Tagger: tg, KeepParticiples: true, Memo: NewMemo(1)}
	for _, order := range [][]string{{"NOUN", "VERB", "ADJ"}, {"ADJ", "VERB", "NOUN"}, {"VERB", "ADJ", "NOUN"}} {
		tg.tags = order
		words := append([]string{order[0]}, "people", "gathered", "in", "Cairo")
		s := sentenceAt(0, words...)
		p.Annotate(&s)
		again := sentenceAt(3, words...)
		p.Annotate(&again)
		for i, tok := range again.Tokens {
			if tok.UPOS != s.Tokens[i].UPOS || tok.XPOS != s.Tokens[i].XPOS {
				t.Errorf("order %v, token %d: recalled %s/%s, want %s/%s", order, i, tok.UPOS, tok.XPOS, s.Tokens[i].UPOS, s.Tokens[i].XPOS)
			}
		}
	}
}

// TestMemoNames checks that the names a Memo keeps of a token's
// annotations (tags, lemmas, relations) come back as they were given,
// those that begin the token's text, as written or in lower case, among
// them.
func TestMemoNames(t *testing.T) {
	m := NewMemo(4)
	for _, tc := range []struct{ name, text string }{
		{"Talks", "Talks"}, {"talk", "talked"}, {"talk", "Talks"}, {"the", "The"}, {"tal", "TALKS"},
		{"be", "was"}, {"NOUN", "Talks"}, {"nsubj", "ns"}, {"étude", "Études"}, {"", "x"}, {"talks", "talk"},
	} {
		id := m.id(tc.name, tc.text)
		if got := m.name(id, tc.text); got != tc.name {
			t.Errorf("name %q of text %q: kept as %#x, given back as %q", tc.name, tc.text, id, got)
		}
	}
	if id := m.id("talk", "Talks"); id&lowerPrefix == 0 {
		t.Errorf("the lemma talk of Talks is kept as %#x, want a lower-case prefix of the text", id)
	}
}

// TestMemoTellsKeysApart checks that a sentence whose key hashes like
// that of a remembered one is not given the other's annotation.
func TestMemoTellsKeysApart(t *testing.T) {
	st := &countingStages{}
	p := &Pipeline{Tagger: st, Lemmatizer: st, Parser: st, KeepParticiples: true, Memo: NewMemo(10)}
	a := sentenceAt(0, "Rebels", "attacked", "Ubari", ".")
	p.Annotate(&a)
	b := sentenceAt(0, "Rebels", "attacked", "Sebha", ".")
	var buf []byte
	ka, kb := memoKey(buf, &a), memoKey(nil, &b)
	// Make b's hash find a's annotation, as a collision would.
	p.Memo.seen[p.Memo.hash(kb)] = p.Memo.seen[p.Memo.hash(ka)]
	n := st.calls
	p.Annotate(&b)
	if st.calls != n+1 {
		t.Errorf("a sentence was given the annotation of another whose key hashes alike")
	}
}
