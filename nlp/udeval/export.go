package udeval

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"tacitus/nlp"
	"tacitus/nlp/conllu"
)

// ToCoNLLU converts a sentence produced by the pipeline on text into a
// CoNLL-U sentence:
//
//   - comments "# sent_id = <sentID>" (left out when sentID is empty) and
//     "# text = <text[s.Start:s.End]>" (or, when those offsets are not
//     valid, the words joined by their spacing), white space other than
//     ' ' replaced by ' ';
//   - one word line per token, IDs from 1, with LEMMA, UPOS, XPOS, HEAD
//     (a head outside 0..len is written "_"), DEPREL from the token and
//     "_" in FEATS and DEPS;
//   - a range line "first-last" before the words of each multiword token
//     (Token.MWT), whose FORM is text[first.Start:last.End] when those
//     offsets are valid and the word forms concatenated otherwise;
//   - in MISC of every orthographic token (the range line of a multiword
//     token, or a word outside one): SpaceAfter=No when the token is not
//     followed by white space, and TokenRange=start:end, its byte offsets
//     in text (UDPipe writes the same key, counting characters). Words
//     inside a multiword token get MISC "_".
//
// Tabs and line breaks inside forms are replaced by spaces so that the
// result is always writable and readable.
func ToCoNLLU(text string, s nlp.Sentence, sentID string) *conllu.Sentence {
	out := &conllu.Sentence{}
	if sentID != "" {
		out.Comments = append(out.Comments, "# sent_id = "+oneLine(sentID))
	}
	out.Comments = append(out.Comments, "# text = "+oneLine(sentenceText(text, s)))
	n := len(s.Tokens)
	for i := 0; i < n; {
		size := 1
		if m := s.Tokens[i].MWT; m > 1 {
			size = min(m, n-i)
		}
		group := s.Tokens[i : i+size]
		last := group[size-1]
		misc := tokenMisc(last.SpaceAfter, group[0].Start, last.End, len(text))
		if size > 1 {
			form := ""
			if validSpan(group[0].Start, last.End, len(text)) {
				form = text[group[0].Start:last.End]
			} else {
				for _, t := range group {
					form += t.Text
				}
			}
			mt := conllu.MultiToken{First: i + 1, Last: i + size, Form: field(form), Misc: misc}
			mt.Line = fmt.Sprintf("%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s", mt.First, mt.Last, mt.Form, mt.Misc)
			out.Tokens = append(out.Tokens, mt)
		}
		for k, t := range group {
			w := conllu.Word{
				ID: i + k + 1, Form: field(t.Text),
				Lemma: field(t.Lemma), UPOS: field(t.UPOS), XPOS: field(t.XPOS), Feats: "_",
				Head: validHead(t.Head, n), Deprel: field(t.Rel), Deps: "_", Misc: "_",
			}
			if size == 1 {
				w.Misc = misc
			}
			out.Words = append(out.Words, w)
		}
		i += size
	}
	return out
}

// Overwrite replaces the annotation of gold's words by the system's:
// LEMMA, UPOS, XPOS, HEAD and DEPREL come from sys.Tokens (empty fields
// become "_", heads outside 0..len become "_"), FEATS and DEPS become "_".
// FORM, MISC, comments, range lines and empty nodes are kept. It returns
// ErrTokenMismatch, and changes nothing, when sys does not have one token
// per gold word.
func Overwrite(gold *conllu.Sentence, sys nlp.Sentence) error {
	if gold == nil {
		return fmt.Errorf("nil gold sentence: %w", ErrTokenMismatch)
	}
	if len(gold.Words) != len(sys.Tokens) {
		return fmt.Errorf("sentence at line %d has %d words, system output %d: %w",
			gold.Line, len(gold.Words), len(sys.Tokens), ErrTokenMismatch)
	}
	n := len(gold.Words)
	for i := range gold.Words {
		w, t := &gold.Words[i], sys.Tokens[i]
		w.Lemma, w.UPOS, w.XPOS = field(t.Lemma), field(t.UPOS), field(t.XPOS)
		w.Head, w.Deprel = validHead(t.Head, n), field(t.Rel)
		w.Feats, w.Deps = "_", "_"
	}
	return nil
}

// sentenceText is the text of s: text[s.Start:s.End] when valid, else the
// tokens joined by their spacing.
func sentenceText(text string, s nlp.Sentence) string {
	if validSpan(s.Start, s.End, len(text)) && s.End > s.Start {
		return text[s.Start:s.End]
	}
	var b strings.Builder
	for i, t := range s.Tokens {
		b.WriteString(t.Text)
		if t.SpaceAfter && i < len(s.Tokens)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func tokenMisc(spaceAfter bool, start, end, n int) string {
	var parts []string
	if !spaceAfter {
		parts = append(parts, "SpaceAfter=No")
	}
	if validSpan(start, end, n) {
		parts = append(parts, "TokenRange="+strconv.Itoa(start)+":"+strconv.Itoa(end))
	}
	if len(parts) == 0 {
		return "_"
	}
	return strings.Join(parts, "|")
}

func validSpan(start, end, n int) bool { return 0 <= start && start <= end && end <= n }

func validHead(h, n int) int {
	if h < 0 || h > n {
		return -1
	}
	return h
}

// oneLine replaces white space other than ' ' (line breaks, tabs) by ' '
// and trims the ends.
func oneLine(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if r != ' ' && unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s))
}

// field makes s a valid CoNLL-U column: no tabs or line breaks, "_" when
// empty.
func field(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
	if s == "" {
		return "_"
	}
	return s
}
