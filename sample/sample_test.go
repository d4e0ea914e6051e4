package sample

import (
	"strings"
	"testing"

	"tacitus/article"
	"tacitus/ingest"
)

func TestArticles(t *testing.T) {
	var arts []article.Article
	c, err := article.ReadJSONL(Articles(), Name, article.Options{}, func(a article.Article) error {
		arts = append(arts, a)
		return nil
	}, func(e *article.RecordError) { t.Errorf("bad record: %v", e) })
	if err != nil {
		t.Fatal(err)
	}
	if c.Accepted < 40 || c.Rejected != 0 || c.Warnings != 0 {
		t.Fatalf("counts %+v", c)
	}
	ids := map[string]bool{}
	sources := map[string]int{}
	for _, a := range arts {
		if ids[a.ID] {
			t.Errorf("duplicate id %s", a.ID)
		}
		ids[a.ID] = true
		sources[a.Source]++
		if a.Title == "" || !a.HasDate() || a.Date.Year() < 2025 || a.Date.Year() > 2026 {
			t.Errorf("%s: title %q, date %v", a.ID, a.Title, a.Date)
		}
		if !strings.Contains(a.Text, "(tacitus) -") {
			t.Errorf("%s: no dateline", a.ID)
		}
		if !ingest.CheckLanguage(a.Text).English() {
			t.Errorf("%s: not taken for English", a.ID)
		}
	}
	if sources["Sample Wire"] == 0 || sources["Example News"] == 0 || len(sources) != 2 {
		t.Errorf("sources %v", sources)
	}
}
