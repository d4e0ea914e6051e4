package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"tacitus/event"
)

// runCaptured runs the command line args with stdout and stderr sent to
// files, and returns what they received.
func runCaptured(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	dir := t.TempDir()
	outF, err1 := os.Create(filepath.Join(dir, "stdout"))
	errF, err2 := os.Create(filepath.Join(dir, "stderr"))
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	oldOut, oldErr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = outF, errF
	err = run(context.Background(), args)
	os.Stdout, os.Stderr = oldOut, oldErr
	outF.Close()
	errF.Close()
	o, _ := os.ReadFile(outF.Name())
	e, _ := os.ReadFile(errF.Name())
	return string(o), string(e), err
}

// codeInput is a JSONL input with a bad second line between two articles
// that yield events.
const codeInput = `{"id":"a1","date":"2026-03-04","text":"Iraq accused Syria of harbouring militants on Monday."}
{"id":"a2","date":"2026-03-04","text": oops}
{"id":"a3","date":"2026-03-04","text":"Egypt condemned Sudan for the attack. Kestrel Zorvan attacked Egypt."}
`

func writeInput(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "news.jsonl")
	if err := os.WriteFile(path, []byte(codeInput), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCodeCommand(t *testing.T) {
	path := writeInput(t)
	tests := []struct {
		name       string
		args       []string
		wantErr    error // nil: success
		wantHeader string
	}{
		{name: "jsonl", args: []string{"code", path}},
		{name: "csv", args: []string{"code", "--format", "csv", path}, wantHeader: strings.Join(event.Columns, ",")},
		{name: "unreadable file", args: []string{"code", filepath.Join(t.TempDir(), "missing.jsonl"), path}, wantErr: errUnreadable},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, err := runCaptured(t, tc.args...)
			if tc.wantErr == nil && err != nil || tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v\nstderr:\n%s", err, tc.wantErr, stderr)
			}
			if !strings.Contains(stderr, "news.jsonl:2: invalid JSON record") {
				t.Errorf("bad record not reported:\n%s", stderr)
			}
			if !strings.Contains(stderr, "2 articles, 1 rejected") {
				t.Errorf("summary does not count 2 articles and 1 rejected record:\n%s", stderr)
			}
			for _, want := range []string{"sentences", "per CPU-second", "peak RSS"} {
				if !strings.Contains(stderr, want) {
					t.Errorf("summary lacks %q:\n%s", want, stderr)
				}
			}
			lines := strings.Split(strings.TrimSpace(stdout), "\n")
			if tc.wantHeader != "" {
				if lines[0] != tc.wantHeader {
					t.Errorf("header %q", lines[0])
				}
				if len(lines) < 3 {
					t.Errorf("csv: %d lines, want a header and 2 events at least:\n%s", len(lines), stdout)
				}
				return
			}
			var ids []string
			for _, line := range lines {
				var e event.Event
				if err := json.Unmarshal([]byte(line), &e); err != nil {
					t.Fatalf("%v: %q", err, line)
				}
				if err := e.Validate(); err != nil {
					t.Error(err)
				}
				ids = append(ids, e.ArticleID)
			}
			if len(ids) < 2 || ids[0] != "a1" || ids[len(ids)-1] != "a3" {
				t.Errorf("article ids of the records in order: %q, want a1 first and a3 last", ids)
			}
			for _, id := range ids {
				if id == "a2" {
					t.Error("the bad record was coded")
				}
			}
		})
	}
}

// TestCodeCommandWarnings checks that a record accepted with a warning is
// reported by file and line, coded, and counted in the summary.
func TestCodeCommandWarnings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dates.jsonl")
	in := `{"id":"w1","date":"early March 2026","text":"Iraq accused Syria of harbouring militants."}` + "\n"
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, err := runCaptured(t, "code", path)
	if err != nil {
		t.Fatalf("err = %v\nstderr:\n%s", err, stderr)
	}
	for _, want := range []string{"dates.jsonl:1: warning: unparseable date", "1 articles, 0 rejected, 0 unreadable inputs, 1 warnings"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.Contains(stdout, `"article_id":"w1"`) {
		t.Errorf("the article with a bad date was not coded:\n%s", stdout)
	}
}

func TestCodeCommandBadFormat(t *testing.T) {
	_, _, err := runCaptured(t, "code", "--format", "xml", writeInput(t))
	if !errors.Is(err, event.ErrFormat) {
		t.Errorf("err = %v, want event.ErrFormat", err)
	}
}

func TestActorsUnknownCommand(t *testing.T) {
	stdout, stderr, err := runCaptured(t, "actors", "unknown", writeInput(t))
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	first, _, _ := strings.Cut(stdout, "\n")
	fields := strings.Split(first, "\t")
	if len(fields) != 3 || fields[0] != "1" || fields[1] != "Kestrel Zorvan" ||
		!strings.HasPrefix(fields[2], "Kestrel Zorvan attacked") {
		t.Errorf("first line %q, want 1<TAB>Kestrel Zorvan<TAB>Kestrel Zorvan attacked ...\n%s", first, stdout)
	}
}

func TestCodeCPUProfile(t *testing.T) {
	path := writeInput(t)
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	if _, stderr, err := runCaptured(t, "code", "--cpuprofile", prof, path); err != nil {
		t.Fatalf("err = %v\nstderr:\n%s", err, stderr)
	}
	if fi, err := os.Stat(prof); err != nil || fi.Size() == 0 {
		t.Errorf("no CPU profile written: %v", err)
	}
	if _, _, err := runCaptured(t, "code", "--cpuprofile", filepath.Join(t.TempDir(), "no", "such", "dir"), path); err == nil {
		t.Error("an unwritable profile path gave no error")
	}
}

// TestBatchExtractorRestoresGC checks that the collector, off while a
// batch command loads the extractor, is back at its setting after.
func TestBatchExtractorRestoresGC(t *testing.T) {
	old := debug.SetGCPercent(137)
	defer debug.SetGCPercent(old)
	var d dictFlags
	if _, err := d.newBatchExtractor(io.Discard, false); err != nil {
		t.Fatal(err)
	}
	if got := debug.SetGCPercent(old); got != 137 {
		t.Errorf("GC percent after loading = %d, want 137", got)
	}
}
