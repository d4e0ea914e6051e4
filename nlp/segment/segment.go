// Package segment splits news text into sentences and tokens following the
// Universal Dependencies English EWT conventions.
//
// Tokens are syntactic words with byte offsets into the input: punctuation
// is split off, clitics become the second word of a two-word multiword token
// ("don't" → "do" + "n't", "Bush's" → "Bush" + "'s", "cannot" → "can" +
// "not"), most hyphens are separate tokens ("Al-Zaman" → "Al" "-" "Zaman";
// prefixes such as "e-", "non-", "anti-" stay attached), and abbreviations,
// initials, numbers ("3.5", "1,000"), times, URLs and e-mail addresses stay
// whole. SpaceAfter is false exactly when the next token starts where the
// token ends, so a later stage can rejoin hyphenated names.
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
	max := MaxSentenceWords
	if s != nil && s.maxWords != 0 {
		max = s.maxWords
	}
	if max < 2 {
		max = 2
	}
	c := len(text)/6 + 8
	if c > 1<<16 {
		c = 1 << 16
	}
	toks := tokenize(text, make([]tok, 0, c))
	if len(toks) == 0 {
		return nil
	}
	starts := splitSentences(text, toks, make([]int, 0, len(toks)/16+2))
	starts = capLength(text, toks, starts, max)
	return materialize(text, toks, starts)
}

// materialize converts the scanner's tokens into nlp sentences, sharing one
// backing array of tokens. starts holds the index of each sentence's first
// token.
//
// An abbreviation that ends a sentence gives up its period, which becomes a
// token of its own, as EWT writes it ("etc" + "." at the end of a sentence,
// "etc." inside one).
func materialize(text string, toks []tok, starts []int) []nlp.Sentence {
	extra := 0
	for k := range toks {
		if toks[k].flags&fSplitPeriod != 0 {
			extra++
		}
	}
	out := make([]nlp.Token, 0, len(toks)+extra)
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
	return sents
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
