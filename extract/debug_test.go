package extract

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"tacitus/actors"
	"tacitus/article"
	"tacitus/nlp"
)

// TestDebugText prints the parse, the actor mentions and the events of the
// text in EXTRACT_DEBUG (an article; EXTRACT_DATE its date, EXTRACT_DATELINE its dateline), for working
// on the coder. It is skipped without the variable.
func TestDebugText(t *testing.T) {
	text := os.Getenv("EXTRACT_DEBUG")
	if text == "" {
		t.Skip("set EXTRACT_DEBUG=text to dump its coding")
	}
	x := unfiltered(testExtractor(t))
	a := article.Article{ID: "debug", Text: text, Dateline: os.Getenv("EXTRACT_DATELINE")}
	if d, ok := article.ParseDate(os.Getenv("EXTRACT_DATE")); ok {
		a.Date = d
	}
	var b strings.Builder
	doc := &actors.Document{}
	for _, s := range x.pipeline.Segmenter.Segment(text) {
		x.pipeline.Annotate(&s)
		nlp.RestructureQuantities(&s)
		for i, tok := range s.Tokens {
			fmt.Fprintf(&b, "%d\t%s\t%s\t%s/%s\t%d\t%s\n", i+1, tok.Text, tok.Lemma, tok.UPOS, tok.XPOS, tok.Head, tok.Rel)
		}
		for _, m := range x.actors.Sentence(doc, text, s, a.Date) {
			fmt.Fprintf(&b, "mention %d-%d head %d %v %q %q resolved=%v\n", m.First, m.Last, m.Head, m.Kind, m.Code, m.Text, m.Resolved)
			for _, c := range m.Members {
				fmt.Fprintf(&b, "  member %d-%d head %d %q %q\n", c.First, c.Last, c.Head, c.Code, c.Text)
			}
		}
		b.WriteString("\n")
	}
	res, err := x.Article(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Events {
		tgt, ttext := "", ""
		if e.Target != nil {
			tgt, ttext = e.Target.Code, e.Target.Text
		}
		fmt.Fprintf(&b, "%d %s -> %s %s %v | %q %q %q\n", e.SentenceIndex, e.Source.Code, tgt, e.CAMEO, e.Flags, e.Source.Text, e.Verb.Text, ttext)
	}
	t.Log("\n" + b.String())
}
