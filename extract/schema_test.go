package extract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"tacitus/article"
	"tacitus/event"
)

// compileSchema compiles docs/event.schema.json.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	path := filepath.Join(moduleRoot(t), "docs", "event.schema.json")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("event.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("event.schema.json")
	if err != nil {
		t.Fatalf("compiling %s: %v", path, err)
	}
	return s
}

// schemaArticles are made-up JSONL articles that exercise titles,
// datelines, separate dateline fields, missing dates and quotations.
const schemaArticles = `{"id":"s1","date":"2026-03-04","title":"Turkey condemns Israel over raid","text":"ANKARA, March 3 (Reuters) - Turkey on Tuesday condemned Israel for a raid in Gaza and said it would recall its ambassador. \"We will not accept this,\" Turkey's foreign minister told reporters in Ankara."}
{"id":"s2","title":"Talks","text":"Egyptian and Sudanese officials met in Cairo last week. Egypt accused Sudan of backing rebels near the border, while Sudan denied the charge."}
{"id":"s3","date":"Tue, 05 Mar 2024 10:00:00 GMT","dateline":"NAIROBI, Kenya (AP) _","text":"Kenyan police arrested 20 protesters on Monday. The United Nations urged Kenya to release them, and the United States could impose sanctions if it does not."}
{"id":7,"date":"1987-04-08","text":"WASHINGTON, April 8 - The United States threatened Japan with trade sanctions in 1986 but did not impose them, officials said."}
`

func TestRecordsMatchSchema(t *testing.T) {
	x := testExtractor(t)
	schema := compileSchema(t)
	var arts []article.Article
	sample := filepath.Join(moduleRoot(t), "testdata", "sample-article.txt")
	jsonl := filepath.Join(t.TempDir(), "made-up.jsonl")
	if err := os.WriteFile(jsonl, []byte(schemaArticles), 0o644); err != nil {
		t.Fatal(err)
	}
	counts, err := article.ReadFiles([]string{sample, jsonl}, article.Options{},
		func(a article.Article) error { arts = append(arts, a); return nil },
		func(e *article.RecordError) { t.Errorf("record error: %v", e) })
	if err != nil {
		t.Fatal(err)
	}
	if counts.Accepted != 5 {
		t.Fatalf("accepted %d articles, want 5", counts.Accepted)
	}
	total := 0
	for _, a := range arts {
		res, err := x.Article(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Events) == 0 {
			t.Errorf("article %s: no events", a.ID)
		}
		var buf bytes.Buffer
		w := event.NewJSONLWriter(&buf)
		for i := range res.Events {
			checkSpans(t, &res.Events[i], a.Text, a.Title)
			if err := w.Write(&res.Events[i]); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
			if line == "" {
				continue
			}
			total++
			v, err := jsonschema.UnmarshalJSON(strings.NewReader(line))
			if err != nil {
				t.Fatalf("article %s: %v", a.ID, err)
			}
			if err := schema.Validate(v); err != nil {
				t.Errorf("article %s: record does not match the schema: %v\n%s", a.ID, err, line)
			}
		}
		t.Logf("article %s: %d sentences, %d events\n%s", a.ID, res.Sentences, len(res.Events), describe(res.Events))
	}
	if total < 8 {
		t.Errorf("only %d records from the sample and made-up articles", total)
	}
}
