package binfile

import (
	"bytes"
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
	r := NewReader(&b, 1<<10)
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
	if c, err := r.R.ReadByte(); err != nil || c != 7 {
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := NewReader(strings.NewReader(tt.input), tt.max).String(); err == nil {
				t.Error("no error")
			}
		})
	}
	if _, err := NewReader(strings.NewReader("xxxx"), 10).Magic("abcd"); err == nil {
		t.Error("wrong magic accepted")
	}
}
