package extract

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"tacitus/dictionary/builtin"
	"tacitus/event"
)

var (
	testOnce sync.Once
	testX    *Extractor
	testErr  error
)

// testExtractor returns an Extractor over the built-in dictionaries,
// built once for the package's tests.
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	testOnce.Do(func() {
		testX, testErr = New(Options{Dictionaries: builtin.Options{}, Version: "0.0.0-test"})
	})
	if testErr != nil {
		t.Fatal(testErr)
	}
	return testX
}

// withUnknown returns a copy of x that collects unknown actors, as
// Options.UnknownActors does.
func withUnknown(x *Extractor) *Extractor {
	c := *x
	c.filter.need = 1
	return &c
}

// unfiltered returns a copy of x that parses every sentence.
func unfiltered(x *Extractor) *Extractor {
	c := *x
	c.filter.need = 0
	return &c
}

// moduleRoot walks up from the working directory to the directory that
// holds go.mod.
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// sharedRoot returns ../shared beside the module, skipping the test when
// it is absent.
func sharedRoot(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(moduleRoot(t), "..", "shared")
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Skipf("reference data %s absent: skipping", dir)
	}
	return dir
}

// checkSpans fails when a span of e does not point at its text in the
// document (the article's text, or its title for sentence -1).
func checkSpans(t testing.TB, e *event.Event, text, title string) {
	t.Helper()
	doc := text
	if e.SentenceIndex == event.TitleSentence {
		doc = title
	}
	check := func(what, want string, start, end int) {
		t.Helper()
		if start < 0 || end > len(doc) || start > end {
			t.Errorf("%s span %d:%d outside the document (%d bytes)", what, start, end, len(doc))
			return
		}
		if got := doc[start:end]; got != want {
			t.Errorf("%s span %d:%d is %q, record says %q", what, start, end, got, want)
		}
	}
	check("source", e.Source.Text, e.Source.Start, e.Source.End)
	if e.Target != nil {
		check("target", e.Target.Text, e.Target.Start, e.Target.End)
	}
	check("verb", e.Verb.Text, e.Verb.Start, e.Verb.End)
	if err := e.Validate(); err != nil {
		t.Error(err)
	}
}
