package segment

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"tacitus/nlp"
)

// render writes each sentence as its tokens separated by single spaces.
func render(sents []nlp.Sentence) []string {
	out := make([]string, len(sents))
	for i, s := range sents {
		words := make([]string, len(s.Tokens))
		for k, t := range s.Tokens {
			words[k] = t.Text
		}
		out[i] = strings.Join(words, " ")
	}
	return out
}

// checkInvariants verifies the properties every segmentation must have and
// returns a description of the first violation, or "".
func checkInvariants(text string, sents []nlp.Sentence) string {
	last := 0
	for si, s := range sents {
		if len(s.Tokens) == 0 {
			return fmt.Sprintf("sentence %d is empty", si)
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			return fmt.Sprintf("sentence %d span %d:%d does not match its tokens", si, s.Start, s.End)
		}
		for k, t := range s.Tokens {
			switch {
			case t.Start < last || t.End <= t.Start || t.End > len(text):
				return fmt.Sprintf("token %q at %d:%d out of order or bounds (previous end %d)", t.Text, t.Start, t.End, last)
			case t.Text != text[t.Start:t.End]:
				return fmt.Sprintf("token %q != text[%d:%d] = %q", t.Text, t.Start, t.End, text[t.Start:t.End])
			case t.Head != -1:
				return fmt.Sprintf("token %q has Head %d, want -1", t.Text, t.Head)
			case t.MWT != 0 && (t.MWT != 2 || k+1 >= len(s.Tokens) || s.Tokens[k+1].Start != t.End || s.Tokens[k+1].MWT != 0):
				return fmt.Sprintf("token %q has inconsistent MWT %d", t.Text, t.MWT)
			}
			// SpaceAfter is exact: false iff the next token touches.
			touches := false
			if k+1 < len(s.Tokens) {
				touches = s.Tokens[k+1].Start == t.End
			} else if si+1 < len(sents) {
				touches = sents[si+1].Start == t.End
			}
			if t.SpaceAfter == touches {
				return fmt.Sprintf("token %q SpaceAfter=%v but next token touches=%v", t.Text, t.SpaceAfter, touches)
			}
			// Nothing but white space and markup tags lies between
			// tokens.
			for i := last; i < t.Start; {
				if j := markupTag(text, i); text[i] == '<' && j > i && j <= t.Start {
					i = j
					continue
				}
				r, w := utf8.DecodeRuneInString(text[i:])
				if !spaceRune(r) && r != ' ' && r != '\n' && r != '\t' && r != '\r' {
					return fmt.Sprintf("non-space %q skipped before %q", r, t.Text)
				}
				i += w
			}
			last = t.End
		}
	}
	return ""
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "titles, abbreviations and dates",
			text: "Maj. Gen. John Smith arrived in the U.S. on Aug. 5. He left.",
			want: []string{"Maj. Gen. John Smith arrived in the U.S. on Aug. 5 .", "He left ."},
		},
		{
			name: "money and decimals",
			text: "He paid $3.5 million for 1,000 shares, or 12.5% of the total.",
			want: []string{"He paid $ 3.5 million for 1,000 shares , or 12.5 % of the total ."},
		},
		{
			name: "hyphenated names and prefixes",
			text: "The U.S.-backed Al-Zaman group sent an e-mail to a non-profit.",
			want: []string{"The U.S. - backed Al - Zaman group sent an e-mail to a non-profit ."},
		},
		{
			name: "contractions",
			text: "I don't think we can't or won't; it's Bush's plan and I'm gonna say so. You cannot.",
			want: []string{
				"I do n't think we ca n't or wo n't ; it 's Bush 's plan and I 'm gon na say so .",
				"You can not .",
			},
		},
		{
			name: "more clitics",
			text: "We'll go, they've said, you're right, he'd know.",
			want: []string{"We 'll go , they 've said , you 're right , he 'd know ."},
		},
		{
			name: "markup tags are white space, stock tickers text",
			text: "Officials of <b_enamex type=\"ORGANIZATION\" status=\"opt\">the union</b> met<br/>Acme Corp <ACME> and <b>IBM</b> in 2 < 3 rooms <br />at <jo@example.com>.",
			want: []string{"Officials of the union met Acme Corp < ACME > and IBM in 2 < 3 rooms at < jo@example.com > ."},
		},
		{
			name: "plural possessive",
			text: "The Tigers' chief spoke.",
			want: []string{"The Tigers ' chief spoke ."},
		},
		{
			name: "curly apostrophes",
			text: "It’s the company’s plan, they don’t say.",
			want: []string{"It ’s the company ’s plan , they do n’t say ."},
		},
		{
			name: "quote after final period stays",
			text: `"We will fight," he said. "We will win." Then he left.`,
			want: []string{`" We will fight , " he said .`, `" We will win . "`, "Then he left ."},
		},
		{
			name: "question inside quote continues",
			text: `"Why?" she asked. "Now!" he replied.`,
			want: []string{`" Why ? " she asked .`, `" Now ! " he replied .`},
		},
		{
			name: "brackets after final period",
			text: "He left. (The rest followed.) Then silence.",
			want: []string{"He left .", "( The rest followed . )", "Then silence ."},
		},
		{
			name: "initials",
			text: "J. R. R. Tolkien wrote it. W. Bush agreed.",
			want: []string{"J. R. R. Tolkien wrote it .", "W. Bush agreed ."},
		},
		{
			name: "company abbreviation ends sentence",
			text: "Shares of Acme Corp. rose. The market fell.",
			want: []string{"Shares of Acme Corp. rose .", "The market fell ."},
		},
		{
			name: "sentence-final abbreviation gives up its period",
			text: "He works for Acme Inc. The firm is big.",
			want: []string{"He works for Acme Inc .", "The firm is big ."},
		},
		{
			name: "U.S. before a name and at sentence end",
			text: "The U.S. Army left the U.S. The troops went home.",
			want: []string{"The U.S. Army left the U.S .", "The troops went home ."},
		},
		{
			name: "U.S. before a capitalised auxiliary, as Reuters writes it",
			text: "She said the U.K. Would fight the plan. He accused the U.S. Of being irrational.",
			want: []string{"She said the U.K. Would fight the plan .", "He accused the U.S. Of being irrational ."},
		},
		{
			name: "U.S. before a capitalised conjunction or noun, as Reuters writes it",
			text: "Talks between the U.S. And Japan resumed. U.S. Officials met U.K. Officials in the U.S. In May. They left the U.S. \n    And then they met.",
			want: []string{"Talks between the U.S. And Japan resumed .", "U.S. Officials met U.K. Officials in the U.S. In May .", "They left the U.S .", "And then they met ."},
		},
		{
			name: "number abbreviation",
			text: "He is No. 1 in the world. No. He is not.",
			want: []string{"He is No. 1 in the world .", "No .", "He is not ."},
		},
		{
			name: "times, urls and e-mails",
			text: "Call 713-853-3989 at 5:30 p.m. or see http://www.example.com/a?b=1. Mail john.smith@example.com today.",
			want: []string{
				"Call 713-853-3989 at 5:30 p.m. or see http://www.example.com/a?b=1 .",
				"Mail john.smith@example.com today .",
			},
		},
		{
			name: "ranges and units",
			text: "Prices rose 400-500 points to 10pm and 4.7b in the 1980s, the 3rd time.",
			want: []string{"Prices rose 400 - 500 points to 10 pm and 4.7 b in the 1980s , the 3rd time ."},
		},
		{
			name: "AP dateline",
			text: "NAIROBI, Kenya (AP) _ The president said on Monday he would resign. Parliament met.",
			want: []string{
				"NAIROBI , Kenya ( AP ) _ The president said on Monday he would resign .",
				"Parliament met .",
			},
		},
		{
			name: "Reuters dateline",
			text: "SALVADOR, Feb 26 - Brazil's cocoa crop rose. Exports fell.",
			want: []string{"SALVADOR , Feb 26 - Brazil 's cocoa crop rose .", "Exports fell ."},
		},
		{
			name: "Reuters wrapped paragraphs",
			text: "Rain fell for most of the week in\nthe southern coffee belt, easing the dry spell that began in\nDecember, a trader said.\n    Deliveries in the week to March 3 reached 98,400 bags\nof 60 kilos\n    The dry period means the harvest will be late.",
			want: []string{
				"Rain fell for most of the week in the southern coffee belt , easing the dry spell that began in December , a trader said .",
				"Deliveries in the week to March 3 reached 98,400 bags of 60 kilos",
				"The dry period means the harvest will be late .",
			},
		},
		{
			name: "blank line ends a sentence",
			text: "First paragraph without stop\n\nSecond one.",
			want: []string{"First paragraph without stop", "Second one ."},
		},
		{
			name: "all-caps headline",
			text: "REBELS SEIZE TOWN\nRebels seized the town on Monday.",
			want: []string{"REBELS SEIZE TOWN", "Rebels seized the town on Monday ."},
		},
		{
			name: "bullets",
			text: "The demands were:\n- a ceasefire\n- talks in Geneva\n* elections\n• aid",
			want: []string{"The demands were :", "- a ceasefire", "- talks in Geneva", "* elections", "• aid"},
		},
		{
			name: "dash at the start of a wrapped line",
			text: "The minister said\n- without giving details - that talks would resume.",
			want: []string{"The minister said - without giving details - that talks would resume ."},
		},
		{
			name: "ellipses",
			text: "He waited... and waited… Nothing came. Then... Silence.",
			want: []string{"He waited ... and waited …", "Nothing came .", "Then ...", "Silence ."},
		},
		{
			name: "PTB quotes",
			text: "``After ten years,'' said Picart. ``We are done.''",
			want: []string{"`` After ten years , '' said Picart .", "`` We are done . ''"},
		},
		{
			name: "emoticon and runs",
			text: "Great!!! See you :) -- bye?!",
			want: []string{"Great !!!", "See you :) -- bye ?!"},
		},
		{
			name: "empty and blank",
			text: " \n\t ",
			want: []string{},
		},
	}
	seg := &Segmenter{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := seg.Segment(tc.text)
			if msg := checkInvariants(tc.text, sents); msg != "" {
				t.Fatalf("invariant: %s", msg)
			}
			got := render(sents)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Segment(%q)\n got: %q\nwant: %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestTokenFields(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		mwt        []int  // MWT of each token
		spaceAfter string // one letter per token: 'y' or 'n'
	}{
		{name: "contraction", text: "don't go", mwt: []int{2, 0, 0}, spaceAfter: "nyy"},
		{name: "hyphenated name", text: "Al-Zaman's men", mwt: []int{0, 0, 2, 0, 0}, spaceAfter: "nnnyy"},
		{name: "cannot", text: "Cannot.", mwt: []int{2, 0, 0}, spaceAfter: "nny"},
		{name: "quote", text: `"Yes," she said`, mwt: []int{0, 0, 0, 0, 0, 0}, spaceAfter: "nnnyyy"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := segmentDefault(tc.text)
			var toks []nlp.Token
			for _, s := range sents {
				toks = append(toks, s.Tokens...)
			}
			if len(toks) != len(tc.mwt) {
				t.Fatalf("got %d tokens %q, want %d", len(toks), render(sents), len(tc.mwt))
			}
			for k, tk := range toks {
				if tk.MWT != tc.mwt[k] {
					t.Errorf("token %d %q: MWT = %d, want %d", k, tk.Text, tk.MWT, tc.mwt[k])
				}
				if want := tc.spaceAfter[k] == 'y'; tk.SpaceAfter != want {
					t.Errorf("token %d %q: SpaceAfter = %v, want %v", k, tk.Text, tk.SpaceAfter, want)
				}
			}
		})
	}
}

// segmentDefault segments text with the default options.
func segmentDefault(text string) []nlp.Sentence { return (&Segmenter{}).Segment(text) }

func TestMaxWords(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		maxWords int
		wantLens []int
	}{
		{name: "default cap on a long run", text: strings.Repeat("word ", 600), maxWords: 0, wantLens: []int{250, 250, 100}},
		{name: "cut after a comma", text: "a b c d, e f g h i j", maxWords: 6, wantLens: []int{5, 6}},
		{name: "never inside a contraction", text: "a b c don't", maxWords: 4, wantLens: []int{3, 2}},
		{name: "short sentences untouched", text: "One two. Three four.", maxWords: 3, wantLens: []int{3, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := New(Options{MaxWords: tc.maxWords}).Segment(tc.text)
			if msg := checkInvariants(tc.text, sents); msg != "" {
				t.Fatalf("invariant: %s", msg)
			}
			var lens []int
			for _, s := range sents {
				lens = append(lens, len(s.Tokens))
			}
			if fmt.Sprint(lens) != fmt.Sprint(tc.wantLens) {
				t.Errorf("sentence lengths = %v, want %v", lens, tc.wantLens)
			}
		})
	}
}

// TestLinear checks that pathological inputs are handled and that the
// scanner's work, counted as tokens and sentences, is proportional to the
// input. Time is never measured here; BenchmarkPathological does that.
func TestLinear(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		maxTokens int
	}{
		{name: "100k characters without punctuation", text: strings.Repeat("abcdefghi ", 10_000), maxTokens: 10_000},
		{name: "10 MB of one character", text: strings.Repeat("a", 10<<20), maxTokens: 1},
		{name: "10 MB of periods", text: strings.Repeat(".", 10<<20), maxTokens: 1},
		{name: "NUL bytes", text: strings.Repeat("\x00", 1<<20) + "end", maxTokens: 1},
		{name: "invalid UTF-8", text: strings.Repeat("\xff\xfe a\xc3", 50_000), maxTokens: 100_000},
		{name: "hyphen chain", text: strings.Repeat("a-", 200_000) + "@b.com", maxTokens: 400_001},
		{name: "closing brackets", text: "end." + strings.Repeat(")", 100_000), maxTokens: 100_002},
		{name: "apostrophes", text: strings.Repeat("s'", 100_000), maxTokens: 200_000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := segmentDefault(tc.text)
			if msg := checkInvariants(tc.text, sents); msg != "" {
				t.Fatalf("invariant: %s", msg)
			}
			n := 0
			for _, s := range sents {
				n += len(s.Tokens)
				if len(s.Tokens) > MaxSentenceWords {
					t.Errorf("sentence of %d tokens exceeds MaxSentenceWords", len(s.Tokens))
				}
			}
			if n == 0 || n > tc.maxTokens {
				t.Errorf("got %d tokens, want 1..%d", n, tc.maxTokens)
			}
		})
	}
}

// TestSegmentAppend checks that SegmentAppend gives Segment's sentences,
// with their tokens appended to the buffer it is handed, whatever that
// buffer held before, and reuses the buffer's array when it is big
// enough.
func TestSegmentAppend(t *testing.T) {
	docs := []string{
		"Rebels shelled the town on Monday, officials said. Talks resumed etc.",
		"He didn't say. The U.S. embassy in Cairo was closed.\n\nAl-Zaman reported it.",
		"",
		"One more.",
	}
	var s Segmenter
	buf := make([]nlp.Token, 0, 256)
	for _, doc := range docs {
		want := s.Segment(doc)
		stale := append(buf[:0], nlp.Token{Text: "stale", UPOS: "X", Head: 3})
		got, out := s.SegmentAppend(stale, doc)
		if len(got) != len(want) {
			t.Fatalf("%q: %d sentences, want %d", doc, len(got), len(want))
		}
		n := 1
		for i := range want {
			if fmt.Sprint(got[i]) != fmt.Sprint(want[i]) {
				t.Errorf("%q: sentence %d\n got %+v\nwant %+v", doc, i, got[i], want[i])
			}
			n += len(want[i].Tokens)
		}
		if len(out) != n || out[0].Text != "stale" {
			t.Errorf("%q: buffer of %d tokens (first %q), want the stale one and %d more", doc, len(out), out[0].Text, n-1)
		}
		if len(got) > 0 && &got[0].Tokens[0] != &buf[:2][1] {
			t.Errorf("%q: tokens not in the buffer's array", doc)
		}
	}
}
