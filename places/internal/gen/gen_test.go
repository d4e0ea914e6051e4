package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"tacitus/internal/sharedtest"
)

// TestEmbeddedUpToDate regenerates the gazetteer from ../shared and
// compares it with the file package places embeds. It compares the
// uncompressed tables, so that a change in the compressor alone does not
// fail it.
func TestEmbeddedUpToDate(t *testing.T) {
	src := sharedtest.Path(t, "gazetteer", "geonames")
	want, err := table(src)
	if err != nil {
		t.Fatal(err)
	}
	gz, err := os.ReadFile(filepath.Join("..", "..", "data", FileName))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("places/data/%s is stale: run go generate ./places", FileName)
	}
}

func TestUsefulAlt(t *testing.T) {
	tests := []struct {
		name string
		alt  string
		want bool
	}{
		{name: "English name", alt: "Bombay", want: true},
		{name: "multi-word", alt: "Lutetia Parisorum", want: true},
		{name: "apostrophe", alt: "N'Djamena", want: true},
		{name: "airport code", alt: "LHR", want: false},
		{name: "ICAO code", alt: "EGLL", want: false},
		{name: "lower-case transliteration", alt: "an dao er cheng", want: false},
		{name: "foreign script", alt: "Париж", want: false},
		{name: "diacritics", alt: "Pařiž", want: false},
		{name: "digits", alt: "Umm Suqeim 2", want: false},
		{name: "too short", alt: "Pa", want: false},
		{name: "symbol", alt: "esukarudesu=engorudani", want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := usefulAlt(tt.alt); got != tt.want {
				t.Errorf("usefulAlt(%q) = %v, want %v", tt.alt, got, tt.want)
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{in: "St. Louis", want: "st louis"},
		{in: "Port-au-Prince", want: "port au prince"},
		{in: "  New   York\t", want: "new york"},
		{in: "N’Djamena", want: "n'djamena"},
		{in: "SÃO PAULO", want: "são paulo"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := key(tt.in); got != tt.want {
				t.Errorf("key(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
