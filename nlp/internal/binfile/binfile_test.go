package binfile

import (
	"bytes"
	"compress/gzip"
	"io"
	"slices"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	w.Raw("magic/1\n")
	w.Uint(300)
	w.String("héllo")
	w.Strings([]string{"a", "", "ccc"})
	w.Byte(7)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	r, err := NewReader(&b, 1<<10)
	if err != nil {
		t.Fatal(err)
	}
	if m, err := r.Magic("magic/1\n", "magic/2\n"); err != nil || m != "magic/1\n" {
		t.Fatalf("Magic = %q, %v", m, err)
	}
	if v, err := r.Uint(); err != nil || v != 300 {
		t.Fatalf("Uint = %d, %v", v, err)
	}
	if s, err := r.String(); err != nil || s != "héllo" {
		t.Fatalf("String = %q, %v", s, err)
	}
	if ss, err := r.Strings(); err != nil || !slices.Equal(ss, []string{"a", "", "ccc"}) {
		t.Fatalf("Strings = %q, %v", ss, err)
	}
	if c, err := r.ReadByte(); err != nil || c != 7 {
		t.Fatalf("byte = %d, %v", c, err)
	}
}

func TestBounds(t *testing.T) {
	tests := []struct {
		name  string
		input string
		max   int
	}{
		{name: "count over the bound", input: "\xff\xff\x03", max: 1000},
		{name: "string shorter than its length", input: "\x05ab", max: 1000},
		{name: "truncated varint", input: "\xff", max: 1000},
		{name: "varint over 64 bits", input: "\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f", max: 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := mustReader(t, tt.input, tt.max).String(); err == nil {
				t.Error("no error")
			}
		})
	}
	if _, err := mustReader(t, "xxxx", 10).Magic("abcd"); err == nil {
		t.Error("wrong magic accepted")
	}
}

// mustReader returns a Reader of input.
func mustReader(t *testing.T, input string, max int) *Reader {
	t.Helper()
	r, err := NewReader(strings.NewReader(input), max)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestGzipReader reads a gzip stream through NewGzipReader, sized by its
// trailer (a bytes.Reader) and not (a plain io.Reader).
func TestGzipReader(t *testing.T) {
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	w := NewWriter(zw)
	w.Raw("magic/1\n")
	w.Strings([]string{"one", "two"})
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	for _, in := range []io.Reader{bytes.NewReader(z.Bytes()), io.MultiReader(bytes.NewReader(z.Bytes()))} {
		r, err := NewGzipReader(in, 10)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.Magic("magic/1\n"); err != nil {
			t.Fatal(err)
		}
		if ss, err := r.Strings(); err != nil || !slices.Equal(ss, []string{"one", "two"}) {
			t.Fatalf("Strings = %q, %v", ss, err)
		}
		if _, err := r.ReadByte(); err == nil {
			t.Error("read past the end")
		}
	}
}
