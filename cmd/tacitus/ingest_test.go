package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"tacitus/store"
)

// madeUpArticles writes n small invented articles as JSON Lines, each two
// sentences combined from templates the coder codes; every tenth
// article repeats the text of the one before it under another id and
// source (a syndicated copy).
func madeUpArticles(t *testing.T, n int) string {
	t.Helper()
	countries := []string{"Kenyan", "Nigerian", "Egyptian", "Turkish", "Iranian", "Indian", "Brazilian", "Mexican", "Peruvian", "Greek", "Polish", "Japanese"}
	cities := []string{"Nairobi", "Lagos", "Cairo", "Ankara", "Tehran", "Delhi", "Brasilia", "Mexico City", "Lima", "Athens", "Warsaw", "Tokyo"}
	partners := []string{"Ethiopia", "Ghana", "Sudan", "Syria", "Iraq", "Pakistan", "Argentina", "Cuba", "Chile", "Turkey", "Germany", "China"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	var b bytes.Buffer
	prev := ""
	for i := range n {
		k := i % len(countries)
		text := fmt.Sprintf("%s police arrested %d protesters in %s on %s. The %s foreign minister met his counterpart from %s to discuss case %d.",
			countries[k], i%97+2, cities[k], days[i%len(days)], strings.ToLower(countries[(k+i/12)%len(countries)]), partners[(i/7)%len(partners)], i)
		source := "Sample Wire"
		if i%10 == 9 {
			text, source = prev, "Example News"
		}
		prev = text
		rec := map[string]string{"id": fmt.Sprintf("gen-%05d", i), "date": fmt.Sprintf("2025-%02d-%02d", i%12+1, i%28+1), "source": source, "text": text}
		line, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "articles.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func storeStats(t *testing.T, db string) store.Stats {
	t.Helper()
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestIngestKill9 kills an ingest with SIGKILL while it writes, runs it
// again, and checks that the database then holds every article once and
// the same events as a clean run. It builds and runs the tacitus binary
// twice, each loading the models (about a CPU-minute each).
func TestIngestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary twice; skipped with -short")
	}
	const n = 3000
	in := madeUpArticles(t, n)
	dir := t.TempDir()
	bin := filepath.Join(dir, "tacitus")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	clean := filepath.Join(dir, "clean.db")
	if _, stderr, err := runCaptured(t, "ingest", "--db", clean, "--progress", "none", in); err != nil {
		t.Fatalf("clean run: %v\n%s", err, stderr)
	}
	want := storeStats(t, clean)
	if want.Articles+want.Copies != n || want.Copies == 0 || want.Events == 0 {
		t.Fatalf("clean run stored %+v", want)
	}

	db := filepath.Join(dir, "killed.db")
	var stderr1 bytes.Buffer
	cmd := exec.Command(bin, "ingest", "--db", db, "--batch", "20", "--progress", "none", in)
	cmd.Stderr = &stderr1
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	killedAt := int64(-1)
	deadline := time.After(10 * time.Minute)
poll:
	for {
		select {
		case err := <-exited:
			t.Fatalf("ingest finished (%v) before it could be killed; stderr:\n%s", err, stderr1.String())
		case <-deadline:
			_ = cmd.Process.Kill()
			t.Fatal("no article stored in 10 minutes")
		case <-time.After(50 * time.Millisecond):
		}
		if _, err := os.Stat(db); err != nil {
			continue
		}
		s, err := store.Open(context.Background(), db)
		if err != nil {
			continue
		}
		st, err := s.Stats(context.Background())
		s.Close()
		if err == nil && st.Articles+st.Copies > 0 {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killedAt = st.Articles + st.Copies
			break poll
		}
	}
	<-exited
	partial := storeStats(t, db)
	if partial.Articles+partial.Copies >= n {
		t.Fatalf("killed after %d articles but all %d were stored", killedAt, n)
	}

	out, err := exec.Command(bin, "ingest", "--db", db, "--progress", "none", in).CombinedOutput()
	if err != nil {
		t.Fatalf("second run: %v\n%s", err, out)
	}
	if seen := partial.Articles + partial.Copies; !strings.Contains(string(out), fmt.Sprintf("%d skipped-seen", seen)) {
		t.Errorf("second run did not skip the %d stored articles:\n%s", seen, out)
	}
	got := storeStats(t, db)
	if got.Articles != want.Articles || got.Copies != want.Copies || got.Events != want.Events ||
		got.Mentions != want.Mentions || got.Sentences != want.Sentences {
		t.Errorf("after kill and resume (killed at %d articles): %+v\nclean run: %+v", killedAt, got, want)
	}
}

func TestIngestCommand(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	input := codeInput + `{"id":"a4","date":"2026-03-04","source":"Example News","text":"Iraq accused Syria of harbouring militants on Monday."}
{"id":"a5","text":"Der Präsident des Landes hat sich mit den Ministern der Nachbarstaaten in der Hauptstadt getroffen und sagte, dass die Gespräche nicht einfach sind."}
`
	if err := os.WriteFile(in, []byte(input), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "t.db")
	tests := []struct {
		name     string
		args     []string
		wantErr  bool
		wantLine []string
	}{
		{name: "first run", args: []string{"ingest", "--db", db, "--progress", "log", in},
			wantLine: []string{"news.jsonl:2: invalid JSON record", "not English", "4 articles read, 2 coded, 0 skipped-seen, 1 syndicated", "1 non-English, 1 rejected"}},
		{name: "second run skips", args: []string{"ingest", "--db", db, "--progress", "none", in},
			wantLine: []string{"4 articles read, 0 coded, 3 skipped-seen, 0 syndicated", "0 events"}},
		{name: "missing input", args: []string{"ingest", "--db", db, "--progress", "none", filepath.Join(dir, "nope*.jsonl")}, wantErr: true,
			wantLine: []string{"no such input"}},
		{name: "recode", args: []string{"recode", "--db", db, "--progress", "none"},
			wantLine: []string{"recode: 2 articles read, 2 coded"}},
		{name: "bad format", args: []string{"ingest", "--db", db, "--format", "pdf", in}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, err := runCaptured(t, tt.args...)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err %v, want error %v; stderr:\n%s", err, tt.wantErr, stderr)
			}
			for _, w := range tt.wantLine {
				if !strings.Contains(stderr+fmt.Sprint(err), w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
		})
	}
	st := storeStats(t, db)
	if st.Articles != 2 || st.Copies != 1 || st.Events == 0 {
		t.Errorf("store %+v", st)
	}
}

func TestIngestSample(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	_, stderr, err := runCaptured(t, "ingest", "--sample", "--db", db, "--progress", "none")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	st := storeStats(t, db)
	if st.Articles < 40 || st.Events < 60 {
		t.Errorf("sample stored %d articles and %d events; want ≥40 and ≥60\n%s", st.Articles, st.Events, stderr)
	}
}
