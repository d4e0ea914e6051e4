package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedFileIsCurrent regenerates the tables from ../shared and
// compares them with the committed export/countries_gen.go.
func TestGeneratedFileIsCurrent(t *testing.T) {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("go.mod not found above the test directory")
		}
		dir = parent
	}
	geonames := filepath.Join(filepath.Dir(dir), "shared", "gazetteer", "geonames")
	if _, err := os.Stat(geonames); err != nil {
		t.Skipf("reference data %s absent: skipping", geonames)
	}
	got, err := generate(geonames)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(dir, "export", "countries_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Error("export/countries_gen.go is stale: run go generate ./export")
	}
}
