package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"tacitus/actors"
	"tacitus/article"
)

func TestZZProbe(t *testing.T) {
	fn := os.Getenv("ZZ_PROBE")
	if fn == "" {
		t.Skip()
	}
	x := unfiltered(testExtractor(t))
	f, _ := os.Open(fn)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var b strings.Builder
	for sc.Scan() {
		var r struct{ ID, Text, Date string }
		json.Unmarshal(sc.Bytes(), &r)
		a := article.Article{ID: r.ID, Text: r.Text}
		if d, ok := article.ParseDate(r.Date); ok {
			a.Date = d
		}
		fmt.Fprintf(&b, "## %s | %s\n", r.ID, r.Text)
		doc := &actors.Document{}
		for _, s := range x.pipeline.Segmenter.Segment(r.Text) {
			x.pipeline.Annotate(&s)
			for _, m := range x.actors.Sentence(doc, r.Text, s, a.Date) {
				fmt.Fprintf(&b, "   m %v %q %q\n", m.Kind, m.Code, m.Text)
			}
		}
		res, _ := x.Article(context.Background(), a)
		for _, e := range res.Events {
			tgt := ""
			if e.Target != nil {
				tgt = e.Target.Code
			}
			fmt.Fprintf(&b, "   E %s -> %s %s | %q\n", e.Source.Code, tgt, e.CAMEO, e.Verb.Text)
		}
	}
	os.WriteFile(fn+".probe", []byte(b.String()), 0o644)
}
