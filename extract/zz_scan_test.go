package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"tacitus/article"
)

func TestZZScan(t *testing.T) {
	path := os.Getenv("SCAN_FILE")
	if path == "" {
		t.Skip("SCAN_FILE")
	}
	x := testExtractor(t)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out, _ := os.Create(os.Getenv("SCAN_OUT"))
	defer out.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	maxS := 10
	for sc.Scan() {
		var raw struct {
			ID, Date, Title, Dateline, Text string
		}
		json.Unmarshal(sc.Bytes(), &raw)
		a := article.Article{ID: raw.ID, Title: raw.Title, Dateline: raw.Dateline, Text: raw.Text}
		if d, ok := article.ParseDate(raw.Date); ok {
			a.Date = d
		}
		res, _ := x.Article(context.Background(), a)
		fmt.Fprintf(out, "##### %s %s\n", raw.ID, raw.Title)
		for i, sp := range res.Spans {
			if i >= maxS {
				break
			}
			fmt.Fprintf(out, "[%d] %s\n", i, strings.ReplaceAll(raw.Text[sp.Start:sp.End], "\n", " "))
			for _, e := range res.Events {
				if e.SentenceIndex != i {
					continue
				}
				tgt, tt := "-", ""
				if e.Target != nil {
					tgt, tt = e.Target.Code, e.Target.Text
				}
				fmt.Fprintf(out, "    => %s %s %s %v | %q %q %q\n", e.Source.Code, tgt, e.CAMEO, e.Flags, strings.ReplaceAll(e.Source.Text, "\n", " "), e.Verb.Text, strings.ReplaceAll(tt, "\n", " "))
			}
		}
	}
}
