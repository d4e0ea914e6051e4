// Package segment splits news text into sentences and tokens following the
// Universal Dependencies English EWT conventions.
//
// Tokens are syntactic words with byte offsets into the input: punctuation
// is split off, clitics become the second word of a two-word multiword token
// ("don't" → "do" + "n't", "Bush's" → "Bush" + "'s", "cannot" → "can" +
// "not"), most hyphens are separate tokens ("Al-Zaman" → "Al" "-" "Zaman";
// prefixes such as "e-", "non-", "anti-" stay attached), and abbreviations,
// initials, numbers ("3.5", "1,000"), times, URLs and e-mail addresses stay
// whole. Markup tags left in the text (SGML, XML or HTML: "<p>", "</b>",
// "<b_enamex type=\"PERSON\">") are skipped as white space, while a wire
// story's upper-case stock ticker ("<IBM>") stays text. SpaceAfter is false
// exactly when the next token starts where the token ends, so a later stage
// can rejoin hyphenated names.
//
// Sentences end at final punctuation (keeping closing quotes and brackets),
// at paragraph breaks (a blank line, or a line break followed by an
// indentation as in Reuters copy), before list bullets, and after an
// all-capital headline line. A single line break is a space. Sentences longer
// than MaxSentenceWords words are cut into chunks.
//
// The segmenter makes one pass over the bytes, uses no regular expressions,
// accepts any byte sequence and runs in time linear in the input size.
package segment

import (
	"slices"
	"sync"

	"tacitus/nlp"
)

// MaxSentenceWords is the default cap on the number of words in a sentence.
// Longer runs (tables, lists without punctuation, garbage) are cut into
// chunks of at most this many words, preferably after a semicolon, colon or
// comma, so that the parser's cost per sentence stays bounded.
const MaxSentenceWords = 250

// Options configure a Segmenter.
type Options struct {
	// MaxWords caps the number of words in a sentence; 0 means
	// MaxSentenceWords. Values below 2 are raised to 2.
	MaxWords int
}

// Segmenter splits documents into sentences of tokens. The zero value is
// ready to use with the default options. A Segmenter is safe for concurrent
// use.
type Segmenter struct {
	maxWords int
}

// New returns a Segmenter configured by opts.
func New(opts Options) *Segmenter {
	return &Segmenter{maxWords: opts.MaxWords}
}

var _ nlp.Segmenter = (*Segmenter)(nil)

// Segment splits text into sentences. Every token's Text is
// text[Start:End], Head is -1, and MWT is 2 on the first word of a
// contraction. It never panics and returns nil for text without tokens.
func (s *Segmenter) Segment(text string) []nlp.Sentence {
	sents, _ := s.SegmentAppend(nil, text)
	return sents
}

// SegmentAppend is Segment with the tokens of the sentences appended to
// buf, whose spare capacity it uses: it returns the sentences and buf
// extended by their tokens. The sentences' Tokens share buf's array, so a
// caller that segments one document after another can hand the buffer
// back (as buf[:0]) once it is done with the sentences of the last one,
// and allocate no tokens in the long run.
func (s *Segmenter) SegmentAppend(buf []nlp.Token, text string) ([]nlp.Sentence, []nlp.Token) {
	max := MaxSentenceWords
	if s != nil && s.maxWords != 0 {
		max = s.maxWords
	}
	if max < 2 {
		max = 2
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.put()
	c := len(text)/6 + 8
	if c > 1<<16 {
		c = 1 << 16
	}
	if cap(sc.toks) < c {
		sc.toks = make([]tok, 0, c)
	}
	toks := tokenize(text, sc.toks[:0])
	sc.toks = toks
	if len(toks) == 0 {
		return nil, buf
	}
	starts := splitSentences(text, toks, sc.starts[:0])
	starts = capLength(text, toks, starts, max)
	sc.starts = starts
	return materialize(buf, text, toks, starts)
}

// scratch is the working memory of a Segment call: the scanner's tokens
// and the sentence starts, which materialize copies into the sentences.
// It is kept in scratchPool so that segmenting a stream of articles does
// not allocate it anew for each.
type scratch struct {
	toks   []tok
	starts []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledToks is the largest token buffer put back in the pool; a huge
// document's buffer is left to the garbage collector.
const maxPooledToks = 1 << 16

func (sc *scratch) put() {
	if cap(sc.toks) <= maxPooledToks {
		scratchPool.Put(sc)
	}
}

// materialize converts the scanner's tokens into nlp sentences, sharing one
// backing array of tokens, which it appends to out and returns. starts
// holds the index of each sentence's first token.
//
// An abbreviation that ends a sentence gives up its period, which becomes a
// token of its own, as EWT writes it ("etc" + "." at the end of a sentence,
// "etc." inside one).
func materialize(out []nlp.Token, text string, toks []tok, starts []int) ([]nlp.Sentence, []nlp.Token) {
	extra := 0
	for k := range toks {
		if toks[k].flags&fSplitPeriod != 0 {
			extra++
		}
	}
	out = slices.Grow(out, len(toks)+extra)
	sents := make([]nlp.Sentence, len(starts))
	for k, a := range starts {
		b := len(toks)
		if k+1 < len(starts) {
			b = starts[k+1]
		}
		first := len(out)
		for m := a; m < b; m++ {
			t := &toks[m]
			start := t.start
			if t.flags&fSplitPeriod != 0 {
				start = t.end - 1
				out = append(out, nlp.Token{Text: text[t.start:start], Start: t.start, End: start, Head: -1})
			}
			out = append(out, nlp.Token{
				Text:       text[start:t.end],
				Start:      start,
				End:        t.end,
				SpaceAfter: m+1 == len(toks) || toks[m+1].start != t.end,
				MWT:        int(t.mwt),
				Head:       -1,
			})
		}
		sents[k] = nlp.Sentence{Start: toks[a].start, End: toks[b-1].end, Tokens: out[first:len(out):len(out)]}
	}
	return sents, out
}

// capLength cuts sentences longer than max words, preferring to cut after a
// semicolon, colon or comma in the second half of the window, and never
// inside a multiword token.
func capLength(text string, toks []tok, starts []int, max int) []int {
	long := false
	for k, a := range starts {
		b := len(toks)
		if k+1 < len(starts) {
			b = starts[k+1]
		}
		if b-a > max {
			long = true
			break
		}
	}
	if !long {
		return starts
	}
	out := make([]int, 0, len(starts)+len(toks)/max+1)
	for k, a := range starts {
		b := len(toks)
		if k+1 < len(starts) {
			b = starts[k+1]
		}
		for b-a > max {
			out = append(out, a)
			cut := a + max
			for p := a + max; p > a+max/2; p-- {
				if t := toks[p-1]; t.kind == kPunct && t.end-t.start == 1 &&
					(text[t.start] == ';' || text[t.start] == ':' || text[t.start] == ',') {
					cut = p
					break
				}
			}
			if cut < b && cut > a+1 && toks[cut-1].mwt != 0 {
				cut--
			}
			a = cut
		}
		out = append(out, a)
	}
	return out
}
