package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tacitus/article"
	"tacitus/event"
	"tacitus/export"
	"tacitus/store"
)

// exportEvent builds a coded event record of sentence idx of an article.
func exportEvent(t *testing.T, articleID string, idx int, date, src, tgt, code string, flags ...event.Flag) store.Mention {
	t.Helper()
	ce, ok := exportCAMEOInfo(code)
	if !ok {
		t.Fatalf("unknown CAMEO code %s", code)
	}
	target := event.NewActor(tgt, tgt, 10, 14)
	e := &event.Event{
		ArticleID: articleID, SentenceIndex: idx,
		Date: event.Date(date), DatePrecision: event.Day, DateBasis: event.BasisArticle,
		Source: event.NewActor(src, src, 0, 4), Target: &target,
		Verb:  event.Span{Text: "met", Start: 5, End: 8},
		CAMEO: code, CAMEORoot: code[:2], QuadClass: ce.quad, Goldstein: ce.goldstein,
		Flags: flags, Coder: "test+000000000000",
	}
	e.ID = e.StableID()
	m, err := store.MentionOf(e)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

type exportCAMEOValues struct {
	quad      int
	goldstein float64
}

func exportCAMEOInfo(code string) (exportCAMEOValues, bool) {
	switch code {
	case "040":
		return exportCAMEOValues{quad: 1, goldstein: 1}, true
	case "111":
		return exportCAMEOValues{quad: 3, goldstein: -2}, true
	}
	return exportCAMEOValues{}, false
}

// exportStore writes three articles to a new SQLite store: one event
// mentioned twice in a1 and once in a2 (merged), one event in a3, and a
// negated event in a3 (hidden unless flagged events are asked for).
func exportStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "events.db")
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// spans splits a text of two sentences at its first ". ".
	spans := func(text string) []store.Span {
		i := strings.Index(text, ". ")
		return []store.Span{{Start: 0, End: i + 1}, {Start: i + 2, End: len(text)}}
	}
	batches := []store.ArticleBatch{
		{
			Article: article.Article{ID: "a1", Date: time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC),
				Text: "IRAN met IRQ leader. IRAN met IRQ again.", URL: "https://one.example/a1", Source: "Wire One"},
			Mentions: []store.Mention{
				exportEvent(t, "a1", 0, "2026-03-04", "IRN", "IRQ", "040"),
				exportEvent(t, "a1", 1, "2026-03-04", "IRN", "IRQ", "040"),
			},
		},
		{
			Article: article.Article{ID: "a2", Date: time.Date(2026, 3, 4, 11, 0, 0, 0, time.UTC),
				Text: "IRAN met IRQ leader. Nothing else here.", URL: "https://two.example/a2", Source: "Wire Two"},
			Mentions: []store.Mention{exportEvent(t, "a2", 0, "2026-03-04", "IRN", "IRQ", "040")},
		},
		{
			Article: article.Article{ID: "a3", Date: time.Date(2025, 1, 10, 8, 0, 0, 0, time.UTC),
				Text: "USA blasted CHN today. USA met CHN never.", URL: "https://one.example/a3", Source: "Wire One"},
			Mentions: []store.Mention{
				exportEvent(t, "a3", 0, "2025-01-10", "USA", "CHN", "111"),
				exportEvent(t, "a3", 1, "2025-01-10", "USA", "CHN", "040", event.Negated),
			},
		},
	}
	for i := range batches {
		b := &batches[i]
		b.Sentences = spans(b.Article.Text)
		for j := range b.Mentions {
			m := &b.Mentions[j]
			base := b.Sentences[m.SentenceIndex].Start
			m.Source.Start, m.Source.End = base, base+3
			m.Verb = store.Span{Start: base + 4, End: base + 7}
			m.Target.Start, m.Target.End = base+8, base+11
		}
	}
	if err := st.WriteArticles(ctx, batches); err != nil {
		t.Fatal(err)
	}
	return path
}

// exportTSVRows splits tab-separated output into rows of fields.
func exportTSVRows(out string) [][]string {
	var rows [][]string
	for line := range strings.SplitSeq(strings.TrimSuffix(out, "\n"), "\n") {
		if line != "" {
			rows = append(rows, strings.Split(line, "\t"))
		}
	}
	return rows
}

func TestExportCommand(t *testing.T) {
	db := exportStore(t)
	gdeltCol := func(name string) int {
		for i, c := range export.GDELTColumns {
			if c == name {
				return i
			}
		}
		t.Fatalf("no GDELT column %s", name)
		return -1
	}
	tests := []struct {
		name     string
		args     []string
		wantRows int // data rows
		width    int // fields per row, 0: not tab-separated
		header   bool
		check    func(t *testing.T, rows [][]string)
	}{
		{name: "gdelt", args: []string{"--format", "gdelt"}, wantRows: 2, width: 61,
			check: func(t *testing.T, rows [][]string) {
				// Newest first: the merged IRN-IRQ event.
				r := rows[0]
				got := []string{r[gdeltCol("SQLDATE")], r[gdeltCol("Actor1Code")], r[gdeltCol("Actor2CountryCode")],
					r[gdeltCol("EventCode")], r[gdeltCol("NumMentions")], r[gdeltCol("NumSources")],
					r[gdeltCol("NumArticles")], r[gdeltCol("SOURCEURL")], r[gdeltCol("DATEADDED")], r[gdeltCol("AvgTone")]}
				want := []string{"20260304", "IRN", "IRQ", "040", "3", "2", "2", "https://one.example/a1", "20260304090000", ""}
				if strings.Join(got, "|") != strings.Join(want, "|") {
					t.Errorf("merged event columns = %q, want %q", got, want)
				}
				if r := rows[1]; r[gdeltCol("EventCode")] != "111" || r[gdeltCol("QuadClass")] != "3" {
					t.Errorf("second event = %s %s, want 111, QuadClass 3", r[gdeltCol("EventCode")], r[gdeltCol("QuadClass")])
				}
			}},
		{name: "phoenix", args: []string{"--format", "phoenix"}, wantRows: 2, width: 26},
		{name: "icews", args: []string{"--format", "icews"}, wantRows: 2, width: 20, header: true,
			check: func(t *testing.T, rows [][]string) {
				if rows[0][0] != "Event ID" || rows[1][1] != "2026-03-04" || rows[1][4] != "Iran" {
					t.Errorf("ICEWS rows start %q, %q", rows[0][:2], rows[1][:5])
				}
			}},
		{name: "from filter", args: []string{"--format", "gdelt", "--from", "2026-01-01"}, wantRows: 1, width: 61},
		{name: "to filter", args: []string{"--format", "gdelt", "--to", "2025-12-31"}, wantRows: 1, width: 61},
		{name: "actor filter", args: []string{"--format", "gdelt", "--actor", "USA"}, wantRows: 1, width: 61},
		{name: "flagged included", args: []string{"--format", "gdelt", "--include-flagged"}, wantRows: 3, width: 61},
		{name: "plover", args: []string{"--format", "plover"}, wantRows: 2},
		{name: "csv", args: []string{"--format", "csv"}, wantRows: 2, header: true,
			check: func(t *testing.T, rows [][]string) {
				if !strings.HasPrefix(rows[0][0], "id,store_id,") {
					t.Errorf("CSV header = %q", rows[0][0])
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, err := runCaptured(t, append([]string{"export", "--db", db}, tt.args...)...)
			if err != nil {
				t.Fatalf("export: %v (stderr %s)", err, stderr)
			}
			rows := exportTSVRows(out)
			want := tt.wantRows
			if tt.header {
				want++
			}
			if len(rows) != want {
				t.Fatalf("%d lines, want %d:\n%s", len(rows), want, out)
			}
			if tt.width > 0 {
				for i, r := range rows {
					if len(r) != tt.width {
						t.Errorf("line %d has %d fields, want %d", i+1, len(r), tt.width)
					}
				}
			}
			if tt.check != nil {
				tt.check(t, rows)
			}
		})
	}
}

func TestExportCommandOutFile(t *testing.T) {
	db := exportStore(t)
	out := filepath.Join(t.TempDir(), "events.parquet")
	stdout, stderr, err := runCaptured(t, "export", "--db", db, "--format", "parquet", "--out", out)
	if err != nil {
		t.Fatalf("export: %v (stderr %s)", err, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing with --out", stdout)
	}
	if !strings.Contains(stderr, "exported 2 events") {
		t.Errorf("stderr = %q, want the count", stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 8 || string(data[:4]) != "PAR1" || string(data[len(data)-4:]) != "PAR1" {
		t.Errorf("%s is not a Parquet file (%d bytes)", out, len(data))
	}
}

func TestExportCommandErrors(t *testing.T) {
	db := exportStore(t)
	missing := filepath.Join(t.TempDir(), "missing.db")
	tests := []struct {
		name    string
		args    []string
		wantErr error // nil: any error
	}{
		{name: "unknown format", args: []string{"--db", db, "--format", "xml"}, wantErr: export.ErrFormat},
		{name: "missing database", args: []string{"--db", missing, "--format", "gdelt"}, wantErr: errExportNoDatabase},
		{name: "bad date", args: []string{"--db", db, "--format", "gdelt", "--from", "March"}},
		{name: "no format", args: []string{"--db", db}},
		{name: "inverted dates", args: []string{"--db", db, "--format", "gdelt", "--from", "2026-02-01", "--to", "2026-01-01"},
			wantErr: store.ErrInvalidQuery},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCaptured(t, append([]string{"export"}, tt.args...)...)
			if err == nil || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) {
				t.Errorf("error = %v, want %v", err, tt.wantErr)
			}
		})
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("exporting from a missing database created it")
	}
}
