package tagger

import (
	"strings"
	"testing"
)

func TestCorpusClasses(t *testing.T) {
	texts := []string{strings.Repeat("Then we saw Paris near the river and the lake . ", 4)}
	classes := CorpusClasses(texts)
	capBin := func(w string) uint32 { return (classes[w]&0xff - 1) / 4 }
	left := func(w string) uint32 { return classes[w] >> 8 & 0xff }
	tests := []struct {
		name string
		got  uint32
		want uint32
	}{
		{name: "name always capitalized", got: capBin("paris"), want: 5},
		{name: "common word never capitalized", got: capBin("river"), want: 0},
		{name: "same left neighbour", got: left("river"), want: left("lake")},
		{name: "sentence-initial words are not counted", got: classes["then"], want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %d, want %d", tt.got, tt.want)
			}
		})
	}
	if left("river") == 0 {
		t.Error("river has no typical left neighbour")
	}
}
