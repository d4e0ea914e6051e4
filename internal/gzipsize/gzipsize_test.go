package gzipsize

import (
	"bytes"
	"compress/gzip"
	"testing"
)

func TestHint(t *testing.T) {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(bytes.Repeat([]byte("tacitus "), 1000)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		gz    []byte
		limit int
		want  int
	}{
		{name: "a stream's own size", gz: buf.Bytes(), limit: 1 << 20, want: 8000},
		{name: "bounded by the limit", gz: buf.Bytes(), limit: 100, want: 100},
		{name: "too short for a trailer", gz: []byte{1, 2, 3}, limit: 1 << 20, want: 0},
		{name: "a negative limit is none", gz: buf.Bytes(), limit: -1, want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Hint(tt.gz, tt.limit); got != tt.want {
				t.Errorf("Hint = %d, want %d", got, tt.want)
			}
		})
	}
}
