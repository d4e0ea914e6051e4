package dates

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"tacitus/nlp"
)

// article is the article date of the tests: Wednesday, 4 March 2026.
var article = time.Date(2026, 3, 4, 15, 30, 0, 0, time.UTC)

// build makes a sentence from items separated by spaces. An item is
// "Word", "Word|XPOS" or "Word|XPOS|head|rel" (head 1-based, 0 = root);
// a trailing "~" on the word glues it to the next one (no space). The
// sentence is parsed only when every item has a head. It returns the
// document text and the sentence, with consistent byte offsets.
func build(tb testing.TB, spec string) (string, nlp.Sentence) {
	tb.Helper()
	var b strings.Builder
	var s nlp.Sentence
	items := strings.Fields(spec)
	parsed := len(items) > 0
	for _, it := range items {
		parts := strings.Split(it, "|")
		w := parts[0]
		glue := strings.HasSuffix(w, "~") && len(w) > 1
		w = strings.TrimSuffix(w, "~")
		t := nlp.Token{Text: w, Start: b.Len(), SpaceAfter: !glue, Head: -1}
		b.WriteString(w)
		t.End = b.Len()
		if !glue {
			b.WriteByte(' ')
		}
		if len(parts) > 1 {
			t.XPOS = parts[1]
			t.UPOS = upos(t.XPOS)
		}
		if len(parts) > 3 {
			h, err := strconv.Atoi(parts[2])
			if err != nil {
				tb.Fatalf("bad head in %q: %v", it, err)
			}
			t.Head, t.Rel = h, parts[3]
			if t.Rel == "aux" || t.Rel == "aux:pass" || t.Rel == "cop" {
				t.UPOS = "AUX"
			}
		} else {
			parsed = false
		}
		s.Tokens = append(s.Tokens, t)
	}
	if !parsed {
		for i := range s.Tokens {
			s.Tokens[i].Head, s.Tokens[i].Rel = -1, ""
		}
	}
	if len(s.Tokens) > 0 {
		s.Start, s.End = 0, s.Tokens[len(s.Tokens)-1].End
	}
	return b.String(), s
}

// upos maps a Penn tag to a universal part of speech (enough for tests).
func upos(x string) string {
	switch {
	case strings.HasPrefix(x, "VB"):
		return "VERB"
	case x == "MD":
		return "AUX"
	case strings.HasPrefix(x, "NNP"):
		return "PROPN"
	case strings.HasPrefix(x, "NN"):
		return "NOUN"
	case x == "CD":
		return "NUM"
	case x == "IN":
		return "ADP"
	case strings.HasPrefix(x, "JJ"):
		return "ADJ"
	case strings.HasPrefix(x, "RB"):
		return "ADV"
	}
	return "X"
}

// abbrevs keep their final period in tokenize.
var abbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "jun": true, "jul": true, "mon": true, "tue": true,
	"tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true,
	"sat": true, "sun": true, "p.m": true, "a.m": true, "u.s": true, "mr": true, "dr": true,
}

// tokenize splits plain text into untagged, unparsed tokens the way the
// project's segmenter does for the cases that matter here: white space
// separates words, trailing , ; : ) " and a final period (except after an
// abbreviation) are words of their own, "'s" is split off, and "-" and
// "/" stay inside words.
func tokenize(text string) nlp.Sentence {
	var s nlp.Sentence
	i := 0
	for i < len(text) {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') {
			i++
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' {
			j++
		}
		if i == j {
			break
		}
		start, e := i, j
		var cuts []int // where split-off pieces start, right to left
		for e-start > 1 {
			c := text[e-1]
			if strings.IndexByte(",;:)\"!?", c) >= 0 || (c == '.' && !abbrevs[strings.ToLower(text[start:e-1])]) {
				e--
				cuts = append(cuts, e)
				continue
			}
			if e-start > 2 && text[e-2] == '\'' && (c == 's' || c == 'S') {
				e -= 2
				cuts = append(cuts, e)
			}
			break
		}
		bounds := []int{start}
		for k := len(cuts) - 1; k >= 0; k-- {
			bounds = append(bounds, cuts[k])
		}
		bounds = append(bounds, j)
		for k := 0; k+1 < len(bounds); k++ {
			p, q := bounds[k], bounds[k+1]
			space := q == j && j < len(text)
			s.Tokens = append(s.Tokens, nlp.Token{Text: text[p:q], Start: p, End: q, Head: -1, SpaceAfter: space || q == len(text)})
		}
		i = j
	}
	if len(s.Tokens) > 0 {
		s.Start, s.End = s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End
	}
	return s
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{name: "abbrev", text: "on Aug. 5, 2011.", want: []string{"on", "Aug.", "5", ",", "2011", "."}},
		{name: "possessive", text: "Tuesday's attack", want: []string{"Tuesday", "'s", "attack"}},
		{name: "slash", text: "on 3/5/2011", want: []string{"on", "3/5/2011"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := tokenize(tc.text)
			var got []string
			for _, tk := range s.Tokens {
				if tc.text[tk.Start:tk.End] != tk.Text {
					t.Errorf("token %q has span %d:%d = %q", tk.Text, tk.Start, tk.End, tc.text[tk.Start:tk.End])
				}
				got = append(got, tk.Text)
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("tokenize(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
