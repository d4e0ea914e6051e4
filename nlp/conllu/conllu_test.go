package conllu

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"tacitus/internal/sharedtest"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	data, err := os.ReadFile("testdata/sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	sents, err := ReadAll(bytes.NewReader(data), "sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	for _, s := range sents {
		if err := Write(&buf, s); err != nil {
			t.Fatal(err)
		}
	}
	if got := buf.String(); got != string(data) {
		t.Errorf("round trip differs:\n%s\nwant:\n%s", got, data)
	}
}

func TestSentence(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(mustRead(t, "testdata/sample.conllu")), "sample")
	if err != nil {
		t.Fatal(err)
	}
	s := sents[0]
	if id, ok := s.Meta("newdoc id"); !ok || id != "doc1" {
		t.Errorf("newdoc id = %q, %v", id, ok)
	}
	if _, ok := s.Meta("newpar"); !ok {
		t.Errorf("newpar not found")
	}
	if _, ok := sents[1].Meta("newpar"); ok {
		t.Errorf("newpar found in second sentence")
	}
	ns := s.NLP()
	text := s.Text()
	for i, tok := range ns.Tokens {
		if text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %d %q has span %q", i, tok.Text, text[tok.Start:tok.End])
		}
	}
	if ns.Tokens[1].MWT != 2 || ns.Tokens[1].SpaceAfter || !ns.Tokens[2].SpaceAfter {
		t.Errorf("multiword token not converted: %+v %+v", ns.Tokens[1], ns.Tokens[2])
	}
	surf := s.Surface()
	if len(surf) != 7 || surf[1].Form != "don't" {
		t.Errorf("surface = %+v", surf)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{name: "columns", in: "1\ta\n\n", want: []string{"f:1: want 10 tab-separated columns, got 2"}},
		{name: "sequence", in: "2\ta\ta\tX\tX\t_\t0\troot\t_\t_\n\n", want: []string{"f:1: word id 2 out of sequence, want 1"}},
		{name: "head", in: "1\ta\ta\tX\tX\t_\tx\troot\t_\t_\n\n", want: []string{`f:1: bad head "x"`}},
		{name: "head beyond", in: "1\ta\ta\tX\tX\t_\t5\troot\t_\t_\n\n", want: []string{"f:1: word 1 has head 5 beyond the sentence's 1 words"}},
		{name: "all at once", in: "1\ta\n\n1\tb\n\n", want: []string{"f:1: want 10 tab-separated columns, got 2", "f:3: want 10 tab-separated columns, got 2"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(tc.in), "f")
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("err = %v, want an ErrorList", err)
			}
			if !errors.Is(err, ErrSyntax) {
				t.Errorf("err does not wrap ErrSyntax")
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("errors = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTreebank reads the shared EWT training file and writes it back.
func TestTreebank(t *testing.T) {
	path := sharedtest.Path(t, "treebank", "ud-english-ewt", "en_ewt-ud-dev.conllu")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("EWT dev set not available (%v): skipping", err)
	}
	sents, err := ReadAll(bytes.NewReader(data), path)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2001 {
		t.Errorf("read %d sentences, want 2001", len(sents))
	}
	var buf bytes.Buffer
	for _, s := range sents {
		Write(&buf, s)
	}
	if !bytes.Equal(buf.Bytes(), data) {
		t.Errorf("round trip of %s differs", path)
	}
}

func FuzzRead(f *testing.F) {
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadAll(strings.NewReader(in), "fuzz")
		if err != nil {
			var list ErrorList
			if errors.As(err, &list) {
				for _, e := range list {
					if e.File != "fuzz" || e.Line < 1 {
						t.Fatalf("error without position: %v", e)
					}
				}
			}
		}
		for _, s := range sents {
			ns := s.NLP()
			if len(ns.Tokens) != len(s.Words) {
				t.Fatalf("NLP has %d tokens for %d words", len(ns.Tokens), len(s.Words))
			}
			var buf bytes.Buffer
			if err := Write(&buf, s); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
