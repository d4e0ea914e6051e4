package extract

import (
	"context"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"testing"

	"tacitus/article"
	"tacitus/event"
)

//go:embed testdata/news.txt
var newsRules string

// newsCase is one block of testdata/news.txt.
type newsCase struct {
	name, title, dateline, text, date string
	source, url                       string
	want                              []newsWant
}

// newsWant is one expected event; date, place and flags are "" when
// unchecked ("none" checks that there are no flags).
type newsWant struct {
	source, target, cameo, date, place, flags string
}

func (w newsWant) key() string { return w.source + " " + w.target + " " + w.cameo }

func parseNewsCases(t *testing.T, data string) []newsCase {
	t.Helper()
	var cases []newsCase
	var errs []string
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if name, ok := strings.CutPrefix(line, "=== "); ok {
			cases = append(cases, newsCase{name: name})
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok || len(cases) == 0 {
			errs = append(errs, fmt.Sprintf("news.txt:%d: bad line %q", n+1, line))
			continue
		}
		c := &cases[len(cases)-1]
		val = strings.TrimSpace(val)
		switch key {
		case "title":
			c.title = val
		case "dateline":
			c.dateline = val
		case "source":
			c.source = val
		case "url":
			c.url = val
		case "text":
			c.text = val
		case "date":
			c.date = val
		case "want":
			f := strings.Fields(val)
			if len(f) < 3 || len(f) > 6 {
				errs = append(errs, fmt.Sprintf("news.txt:%d: want needs SOURCE TARGET CAMEO [DATE] [PLACE] [FLAGS]", n+1))
				continue
			}
			w := newsWant{source: f[0], target: f[1], cameo: f[2]}
			if w.target == "null" {
				w.target = "" // an event without a target
			}
			if len(f) > 3 && f[3] != "-" {
				w.date = f[3]
			}
			if len(f) > 4 && f[4] != "-" {
				w.place = strings.ReplaceAll(f[4], "_", " ") // "Tel_Aviv"
			}
			if len(f) > 5 && f[5] != "-" {
				w.flags = f[5]
			}
			c.want = append(c.want, w)
		default:
			errs = append(errs, fmt.Sprintf("news.txt:%d: unknown key %q", n+1, key))
		}
	}
	if len(errs) > 0 {
		t.Fatal(strings.Join(errs, "\n"))
	}
	return cases
}

// TestNewsRules codes the articles of testdata/news.txt through the whole
// pipeline and compares their events with the expected ones.
func TestNewsRules(t *testing.T) {
	x := testExtractor(t)
	for _, c := range parseNewsCases(t, newsRules) {
		t.Run(c.name, func(t *testing.T) {
			a := article.Article{ID: "news", Title: c.title, Dateline: c.dateline, Text: c.text, Source: c.source, URL: c.url}
			if d, ok := article.ParseDate(c.date); ok {
				a.Date = d
			} else {
				a.DateRaw = c.date // a date field that does not parse
			}
			res, err := x.Article(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			var got, want []string
			byKey := map[string]event.Event{}
			body := false // an event of the text came
			for _, e := range res.Events {
				if e.SentenceIndex < 0 && body {
					t.Errorf("event %s of the title after an event of the text", e.ID)
				}
				body = body || e.SentenceIndex >= 0
				if i := e.SentenceIndex; i >= 0 && (i >= len(res.Spans) || c.text[res.Spans[i].Start:res.Spans[i].End] != e.Sentence) {
					t.Errorf("event %s: sentence %d %q is not Spans[%d] of the text (%d spans)", e.ID, i, e.Sentence, i, len(res.Spans))
				}
				k := newsWant{source: e.Source.Code, target: targetCode(e.Target), cameo: e.CAMEO}.key()
				got = append(got, k)
				byKey[k] = e
			}
			for _, w := range c.want {
				want = append(want, w.key())
				e, ok := byKey[w.key()]
				if !ok {
					continue
				}
				if w.date != "" && string(e.Date) != w.date {
					t.Errorf("%s: date %q, want %q", w.key(), e.Date, w.date)
				}
				if w.place == "none" && e.Location != nil {
					t.Errorf("%s: location %+v, want none", w.key(), e.Location)
				} else if w.place != "" && w.place != "none" && (e.Location == nil || e.Location.Name != w.place) {
					t.Errorf("%s: location %+v, want %s", w.key(), e.Location, w.place)
				}
				if w.flags != "" {
					got := "none"
					if len(e.Flags) > 0 {
						var fl []string
						for _, x := range e.Flags {
							fl = append(fl, string(x))
						}
						got = strings.Join(fl, ",")
					}
					if got != w.flags {
						t.Errorf("%s: flags %s, want %s", w.key(), got, w.flags)
					}
				}
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s\n got  %q\n want %q", c.text, got, want)
			}
		})
	}
}
