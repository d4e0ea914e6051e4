// Package udeval scores tacitus's NLP pipeline against a gold Universal
// Dependencies treebank with the semantics of the CoNLL 2018 shared task's
// evaluation script (conll18_ud_eval.py).
//
// Two modes are offered:
//
//   - EvalGold gives the system the gold words of every sentence (gold
//     tokenization) and reports UPOS, XPOS, lemma, UAS and LAS accuracy.
//   - EvalRaw rebuilds the raw text of every gold document (see
//     Documents), lets the system segment and annotate it, aligns system
//     and gold at the character level like the official script and reports
//     precision, recall and F1 for tokens, sentences and words, and F1 for
//     UPOS, XPOS, lemmas, UAS and LAS over aligned words.
//
// Score is the model-free core of EvalRaw: it takes system output that was
// already produced for each document. ToCoNLLU and Overwrite turn system
// output back into CoNLL-U.
//
// Scores are computed on syntactic words, punctuation included. Compared
// with the official script, the universal features (UFeats, AllTags) and
// the content-word metrics (CLAS, MLAS, BLEX) are not computed, because the
// pipeline does not predict features. The exact rules are stated on
// Documents (raw text), Score (alignment and metrics) and EvalGold.
package udeval

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"tacitus/nlp"
)

// ErrTokenMismatch is returned by Overwrite when the system sentence does
// not have exactly the gold sentence's words.
var ErrTokenMismatch = errors.New("udeval: system words differ from gold words")

// System annotates a sentence whose words are given: it fills UPOS, XPOS,
// Lemma, Head and Rel in place. *nlp.Pipeline is a System.
type System interface {
	Annotate(s *nlp.Sentence)
}

// RawSystem segments and annotates a raw document text. *nlp.Pipeline is a
// RawSystem.
type RawSystem interface {
	Parse(text string) []nlp.Sentence
}

// Mode tells how a Result was obtained.
type Mode int

const (
	// GoldTokenization means the system was given the gold words.
	GoldTokenization Mode = iota
	// RawText means the system segmented the raw text itself.
	RawText
)

// String names the mode.
func (m Mode) String() string {
	switch m {
	case GoldTokenization:
		return "gold tokenization"
	case RawText:
		return "raw text"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// Count is the score of one metric, as counts. As in the official script,
// Gold and System are the numbers of gold and system units (tokens,
// sentences or words), Aligned the number of aligned word pairs and Correct
// the number of units (or aligned pairs) that are right.
type Count struct {
	Gold, System, Aligned, Correct int
}

// Precision is Correct/System, 0 when there are no system units.
func (c Count) Precision() float64 { return ratio(c.Correct, c.System) }

// Recall is Correct/Gold, 0 when there are no gold units. In gold
// tokenization mode it is the accuracy.
func (c Count) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is 2·Correct/(Gold+System), 0 when both are 0.
func (c Count) F1() float64 { return ratio(2*c.Correct, c.Gold+c.System) }

// AlignedAccuracy is Correct/Aligned, 0 when nothing is aligned.
func (c Count) AlignedAccuracy() float64 { return ratio(c.Correct, c.Aligned) }

func (c *Count) add(o Count) {
	c.Gold += o.Gold
	c.System += o.System
	c.Aligned += o.Aligned
	c.Correct += o.Correct
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Result is the outcome of an evaluation.
type Result struct {
	Mode Mode
	// Documents is the number of gold documents (raw text mode).
	Documents int
	// Mismatched counts, in gold tokenization mode, the sentences whose
	// system output did not keep the gold words; all their words count as
	// wrong.
	Mismatched int

	// Tokens, Sentences and Words score segmentation. In gold
	// tokenization mode Tokens and Sentences are given, so their Gold,
	// System and Correct are all the gold counts.
	Tokens, Sentences, Words Count
	// UPOS, XPOS, Lemmas, UAS and LAS score the annotation of words.
	UPOS, XPOS, Lemmas, UAS, LAS Count
}

// Add adds the counts of o to r, so that results of parts of a treebank
// can be combined.
func (r *Result) Add(o Result) {
	r.Documents += o.Documents
	r.Mismatched += o.Mismatched
	for i, c := range r.counts() {
		c.add(*o.counts()[i])
	}
}

func (r *Result) counts() []*Count {
	return []*Count{&r.Tokens, &r.Sentences, &r.Words, &r.UPOS, &r.XPOS, &r.Lemmas, &r.UAS, &r.LAS}
}

// Value is the headline number of a metric, as a fraction: the accuracy
// (Correct/Gold) in gold tokenization mode and F1 in raw text mode.
func (r Result) Value(c Count) float64 {
	if r.Mode == GoldTokenization {
		return c.Recall()
	}
	return c.F1()
}

// WriteTo writes r as a table followed by one line of key=value pairs
// (percentages with two decimals and gold counts), which is always the
// last line:
//
//	upos=95.61 xpos=95.10 lemma=97.80 uas=86.20 las=83.40 words=25148 sentences=2001
//
// Raw text mode starts the line with tokens_f1, sentences_f1 and words_f1
// and ends it with tokens=, sentences= and words=.
func (r Result) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	pct := func(x float64) string { return fmt.Sprintf("%.2f", 100*x) }
	tags := []struct {
		name string
		c    Count
	}{{"UPOS", r.UPOS}, {"XPOS", r.XPOS}, {"Lemmas", r.Lemmas}, {"UAS", r.UAS}, {"LAS", r.LAS}}
	if r.Mode == GoldTokenization {
		fmt.Fprintf(&b, "Evaluation with gold tokenization (sentences %d, words %d)\n", r.Sentences.Gold, r.Words.Gold)
		if r.Mismatched > 0 {
			fmt.Fprintf(&b, "Sentences whose output lost the gold words, counted wrong: %d\n", r.Mismatched)
		}
		fmt.Fprintf(&b, "%-10s | %9s | %9s | %9s\n", "Metric", "Accuracy", "Correct", "Gold")
		b.WriteString("-----------+-----------+-----------+----------\n")
		for _, m := range tags {
			fmt.Fprintf(&b, "%-10s | %9s | %9d | %9d\n", m.name, pct(m.c.Recall()), m.c.Correct, m.c.Gold)
		}
		fmt.Fprintf(&b, "upos=%s xpos=%s lemma=%s uas=%s las=%s words=%d sentences=%d\n",
			pct(r.UPOS.Recall()), pct(r.XPOS.Recall()), pct(r.Lemmas.Recall()), pct(r.UAS.Recall()), pct(r.LAS.Recall()),
			r.Words.Gold, r.Sentences.Gold)
	} else {
		fmt.Fprintf(&b, "Evaluation from raw text (documents %d, sentences %d, tokens %d, words %d)\n",
			r.Documents, r.Sentences.Gold, r.Tokens.Gold, r.Words.Gold)
		fmt.Fprintf(&b, "%-10s | %9s | %9s | %9s | %9s | %9s | %9s | %9s\n",
			"Metric", "Precision", "Recall", "F1 Score", "AligndAcc", "Correct", "Gold", "System")
		b.WriteString("-----------+-----------+-----------+-----------+-----------+-----------+-----------+----------\n")
		seg := []struct {
			name string
			c    Count
		}{{"Tokens", r.Tokens}, {"Sentences", r.Sentences}, {"Words", r.Words}}
		for _, m := range seg {
			fmt.Fprintf(&b, "%-10s | %9s | %9s | %9s | %9s | %9d | %9d | %9d\n",
				m.name, pct(m.c.Precision()), pct(m.c.Recall()), pct(m.c.F1()), "", m.c.Correct, m.c.Gold, m.c.System)
		}
		for _, m := range tags {
			fmt.Fprintf(&b, "%-10s | %9s | %9s | %9s | %9s | %9d | %9d | %9d\n",
				m.name, pct(m.c.Precision()), pct(m.c.Recall()), pct(m.c.F1()), pct(m.c.AlignedAccuracy()),
				m.c.Correct, m.c.Gold, m.c.System)
		}
		fmt.Fprintf(&b, "tokens_f1=%s sentences_f1=%s words_f1=%s upos=%s xpos=%s lemma=%s uas=%s las=%s tokens=%d sentences=%d words=%d\n",
			pct(r.Tokens.F1()), pct(r.Sentences.F1()), pct(r.Words.F1()),
			pct(r.UPOS.F1()), pct(r.XPOS.F1()), pct(r.Lemmas.F1()), pct(r.UAS.F1()), pct(r.LAS.F1()),
			r.Tokens.Gold, r.Sentences.Gold, r.Words.Gold)
	}
	n, err := io.WriteString(w, b.String())
	if err != nil {
		return int64(n), fmt.Errorf("udeval: writing result: %w", err)
	}
	return int64(n), nil
}
