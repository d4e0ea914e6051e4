package udeval

import (
	"fmt"
	"strings"

	"tacitus/nlp"
	"tacitus/nlp/conllu"
)

// Span is a half-open byte range [Start, End) of a document's Text.
type Span struct {
	Start, End int
}

// Document is one gold document with the raw text rebuilt from its words.
type Document struct {
	// ID is the value of the "# newdoc id" comment that opens the
	// document, or "doc<N>" (1-based) when there is none.
	ID string
	// Text is the rebuilt raw text (see Documents).
	Text string
	// Gold is the document's sentences, in file order.
	Gold []*conllu.Sentence
	// Sentences[i] is the span of Gold[i] in Text, from the start of its
	// first surface token to the end of its last; empty for a sentence
	// without words.
	Sentences []Span
	// Tokens[i][j] is the span in Text of the j-th surface token of
	// Gold[i], in the order of Gold[i].Surface().
	Tokens [][]Span
}

// Documents groups gold sentences into documents and rebuilds the raw
// text of each one, as the CoNLL 2018 shared task gave it to systems:
//
//   - A document starts at a sentence with a "# newdoc" comment (with or
//     without an id) and at the first sentence.
//   - A paragraph starts at a sentence with a "# newpar" comment and at
//     every new document.
//   - Text is made of the sentences' surface tokens (Surface(): a
//     multiword token contributes its range-line form once, its words
//     nothing). Within a sentence a token is followed by one space unless
//     its MISC has SpaceAfter=No. Consecutive sentences of one paragraph
//     are joined by one space unless the last token of the first one has
//     SpaceAfter=No (then by nothing); paragraphs are joined by a blank
//     line "\n\n". The text neither starts nor ends with white space.
//   - Nil sentences are skipped; sentences without words add no text but
//     their newdoc/newpar comments still take effect.
//
// The "# text" comments are not used: the text is rebuilt from the words,
// so token offsets are exact by construction.
func Documents(gold []*conllu.Sentence) []Document {
	var docs []Document
	var b strings.Builder
	var cur *Document
	flush := func() {
		if cur != nil {
			cur.Text = b.String()
			docs = append(docs, *cur)
		}
		b.Reset()
	}
	// sep is what goes before the next non-empty sentence.
	sep := ""
	for _, s := range gold {
		if s == nil {
			continue
		}
		if id, ok := comment(s, "newdoc"); ok || cur == nil {
			flush()
			if id == "" {
				id = fmt.Sprintf("doc%d", len(docs)+1)
			}
			cur = &Document{ID: id}
			sep = ""
		} else if _, ok := comment(s, "newpar"); ok && b.Len() > 0 {
			sep = "\n\n"
		}
		surf := s.Surface()
		spans := make([]Span, len(surf))
		sent := Span{Start: b.Len(), End: b.Len()}
		if len(surf) > 0 {
			if b.Len() > 0 {
				b.WriteString(sep)
			}
			sent.Start = b.Len()
			for j, t := range surf {
				spans[j].Start = b.Len()
				b.WriteString(t.Form)
				spans[j].End = b.Len()
				if t.SpaceAfter && j < len(surf)-1 {
					b.WriteByte(' ')
				}
			}
			sent.End = b.Len()
			sep = " "
			if !surf[len(surf)-1].SpaceAfter {
				sep = ""
			}
		}
		cur.Gold = append(cur.Gold, s)
		cur.Sentences = append(cur.Sentences, sent)
		cur.Tokens = append(cur.Tokens, spans)
	}
	flush()
	return docs
}

// comment reports whether s has a "# key" or "# key id = value" or
// "# key = value" comment, and its value.
func comment(s *conllu.Sentence, key string) (string, bool) {
	for _, c := range s.Comments {
		c = strings.TrimSpace(strings.TrimPrefix(c, "#"))
		rest, ok := strings.CutPrefix(c, key)
		if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '=') {
			continue
		}
		_, v, _ := strings.Cut(rest, "=")
		return strings.TrimSpace(v), true
	}
	return "", false
}

// NLP returns the gold sentences as pipeline output on d.Text: tokens carry
// the gold annotation and byte offsets into d.Text. The words of a
// multiword token get consecutive sub-spans when their forms concatenate
// to the token's form ("do" + "n't" = "don't"), and otherwise each the
// span of the whole token. It is what a perfect system would produce, and
// serves to test scorers and segmenters. Out[i] corresponds to d.Gold[i];
// a nil sentence gives an empty one.
func (d Document) NLP() []nlp.Sentence {
	out := make([]nlp.Sentence, 0, len(d.Gold))
	for i, s := range d.Gold {
		if s == nil || i >= len(d.Sentences) || i >= len(d.Tokens) {
			out = append(out, nlp.Sentence{})
			continue
		}
		sent := nlp.Sentence{Start: d.Sentences[i].Start, End: d.Sentences[i].End, Tokens: make([]nlp.Token, len(s.Words))}
		for j, st := range s.Surface() {
			var sp Span
			if j < len(d.Tokens[i]) {
				sp = d.Tokens[i][j]
			}
			var concat strings.Builder
			for k := st.First; k <= st.Last; k++ {
				concat.WriteString(s.Words[k].Form)
			}
			split := concat.String() == st.Form
			off := sp.Start
			for k := st.First; k <= st.Last; k++ {
				w := s.Words[k]
				t := nlp.Token{
					Text: w.Form, Start: sp.Start, End: sp.End,
					UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma, Head: w.Head, Rel: w.Deprel,
				}
				if split {
					t.Start, t.End = off, off+len(w.Form)
					off = t.End
				}
				sent.Tokens[k] = t
			}
			sent.Tokens[st.Last].SpaceAfter = st.SpaceAfter
			if st.Last > st.First {
				sent.Tokens[st.First].MWT = st.Last - st.First + 1
			}
		}
		out = append(out, sent)
	}
	return out
}
