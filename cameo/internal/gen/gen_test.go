package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"tacitus/internal/sharedtest"
)

// TestEmbeddedUpToDate regenerates the tables from ../shared and compares
// them with the files package cameo embeds.
func TestEmbeddedUpToDate(t *testing.T) {
	src := sharedtest.Path(t, "ontology")
	files, err := outputs(src)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		t.Run(name, func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join("..", "..", "data", name))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("cameo/data/%s is stale: run go generate ./cameo", name)
			}
		})
	}
}
