package cluster

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tiny is a hand-written corpus in which determiners, nouns and verbs
// occur in fixed slots.
func tiny() *Corpus {
	var c Corpus
	nouns := []string{"cat", "dog", "bird", "horse"}
	verbs := []string{"sees", "likes", "chases", "bites"}
	dets := []string{"the", "a", "every", "this"}
	for i := range 64 {
		c.Add([]string{
			strings.ToUpper(dets[i%4][:1]) + dets[i%4][1:], nouns[i/4%4], verbs[i/16%4], dets[(i+1)%4], nouns[(i+2)%4], ".",
		})
	}
	return &c
}

func TestLearnSeparatesSlots(t *testing.T) {
	tab, err := Learn(tiny(), Options{Depth: 3, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if got := tab.Len(); got != 13 {
		t.Fatalf("Len = %d, want 13 words", got)
	}
	groups := [][]string{{"cat", "dog", "bird", "horse"}, {"sees", "likes", "chases", "bites"}, {"the", "a", "every", "this"}}
	prefix := func(w string) uint32 {
		p, b, ok := tab.Lookup(w)
		if !ok || b != 3 {
			t.Fatalf("Lookup(%q) = %d, %d, %v", w, p, b, ok)
		}
		return Prefix(p, b, 2)
	}
	seen := map[uint32]int{}
	for g, ws := range groups {
		for _, w := range ws {
			if prefix(w) != prefix(ws[0]) {
				t.Errorf("%q and %q are in different 2-bit classes", w, ws[0])
			}
		}
		if h, ok := seen[prefix(ws[0])]; ok {
			t.Errorf("groups %d and %d share a 2-bit class", h, g)
		}
		seen[prefix(ws[0])] = g
	}
}

func TestLearnDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		tab, err := Learn(tiny(), Options{Depth: 4, Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		if err := tab.Save(buf); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two runs with the same seed differ")
	}
}

func TestLearnErrors(t *testing.T) {
	tests := []struct {
		name string
		c    *Corpus
		opt  Options
		want error
	}{
		{name: "empty corpus", c: &Corpus{}, want: ErrNoData},
		{name: "all rare", c: func() *Corpus { var c Corpus; c.Add([]string{"a", "b"}); return &c }(), want: ErrNoData},
		{name: "too deep", c: tiny(), opt: Options{Depth: MaxBits + 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Learn(tc.c, tc.opt)
			if err == nil {
				t.Fatal("no error")
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
		})
	}
}

func testTable() *Table {
	t := &Table{words: map[string]uint32{}, depth: 10}
	t.words["monday"] = pack(0b1011001110, 10)
	t.words["tuesday"] = pack(0b1011001111, 10)
	t.words["über"] = pack(0b01, 2)
	return t
}

func TestLookup(t *testing.T) {
	tab := testTable()
	tests := []struct {
		word string
		path uint32
		bits uint8
		ok   bool
	}{
		{word: "monday", path: 0b1011001110, bits: 10, ok: true},
		{word: "Monday", path: 0b1011001110, bits: 10, ok: true},
		{word: "TUESDAY", path: 0b1011001111, bits: 10, ok: true},
		{word: "über", path: 0b01, bits: 2, ok: true},
		{word: "ÜBER"}, // only ASCII letters are folded
		{word: "wednesday"},
		{word: ""},
		{word: strings.Repeat("M", MaxWordLen+1)},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			p, b, ok := tab.Lookup(tc.word)
			if p != tc.path || b != tc.bits || ok != tc.ok {
				t.Errorf("Lookup(%q) = %b, %d, %v; want %b, %d, %v", tc.word, p, b, ok, tc.path, tc.bits, tc.ok)
			}
		})
	}
	var nilTable *Table
	if _, _, ok := nilTable.Lookup("monday"); ok {
		t.Error("nil table found a word")
	}
}

func TestLookupAllocs(t *testing.T) {
	tab := testTable()
	if n := testing.AllocsPerRun(100, func() { tab.Lookup("Monday"); tab.Lookup("tuesday"); tab.Lookup("Nothing") }); n != 0 {
		t.Errorf("Lookup allocates %v times", n)
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		name string
		path uint32
		bits uint8
		k    int
		want uint32
	}{
		{name: "first four of ten", path: 0b1011001110, bits: 10, k: 4, want: 0b1011},
		{name: "first six of ten", path: 0b1011001110, bits: 10, k: 6, want: 0b101100},
		{name: "whole", path: 0b1011001110, bits: 10, k: 10, want: 0b1011001110},
		{name: "longer than the path", path: 0b101, bits: 3, k: 20, want: 0b101},
		{name: "zero", path: 0b101, bits: 3, k: 0, want: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Prefix(tc.path, tc.bits, tc.k); got != tc.want {
				t.Errorf("Prefix = %b, want %b", got, tc.want)
			}
		})
	}
}

func TestSaveLoad(t *testing.T) {
	tab := testTable()
	var buf bytes.Buffer
	if err := tab.Save(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got.Len() != tab.Len() || got.Depth() != 10 {
		t.Fatalf("loaded %d words of depth %d", got.Len(), got.Depth())
	}
	var words []string
	got.Words(func(w string, p uint32, b uint8) bool {
		if q, c, _ := tab.Lookup(w); q != p || c != b {
			t.Errorf("%q: %b/%d, want %b/%d", w, p, b, q, c)
		}
		words = append(words, w)
		return true
	})
	if strings.Join(words, " ") != "monday tuesday über" {
		t.Errorf("Words visited %q", words)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{name: "not gzip", data: []byte("hello")},
		{name: "empty gzip", data: gz(t, "")},
		{name: "wrong magic", data: gz(t, "tacitus-tagger/2\n")},
		{name: "truncated", data: gz(t, magic+"\x02\x00\x01a\x01")},
		{name: "path too long for its bits", data: gz(t, magic+"\x01\x00\x01a\x02\x07")},
		{name: "out of order", data: gz(t, magic+"\x02\x00\x01b\x01\x00\x00\x01a\x01\x00")},
		{name: "upper case", data: gz(t, magic+"\x01\x00\x01A\x01\x00")},
		{name: "huge count", data: gz(t, magic+"\xff\xff\xff\xff\x0f")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tc.data)); !errors.Is(err, ErrFormat) {
				t.Errorf("error %v, want ErrFormat", err)
			}
		})
	}
}

func gz(t testing.TB, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := newGzip(&b)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestShippedTable checks the committed table: its size and that words
// of one kind share path prefixes.
func TestShippedTable(t *testing.T) {
	path := filepath.Join("..", "models", "clusters.bin.gz")
	st, err := os.Stat(path)
	if err != nil {
		t.Skipf("no shipped table: %v", err)
	}
	if st.Size() > 1<<20 {
		t.Errorf("%s is %d bytes, over 1 MB", path, st.Size())
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tab, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() < 20000 {
		t.Errorf("only %d words", tab.Len())
	}
	tests := []struct {
		a, b string
		bits int
	}{
		{a: "monday", b: "tuesday", bits: 10},
		{a: "iran", b: "iraq", bits: 10},
		{a: "he", b: "they", bits: 4},
		{a: "said", b: "says", bits: 4},
	}
	for _, tc := range tests {
		t.Run(tc.a+"/"+tc.b, func(t *testing.T) {
			pa, ba, ok1 := tab.Lookup(tc.a)
			pb, bb, ok2 := tab.Lookup(tc.b)
			if !ok1 || !ok2 {
				t.Fatal("word missing")
			}
			if Prefix(pa, ba, tc.bits) != Prefix(pb, bb, tc.bits) {
				t.Errorf("%s %0*b and %s %0*b differ in the first %d bits", tc.a, ba, pa, tc.b, bb, pb, tc.bits)
			}
		})
	}
}

func BenchmarkLookup(b *testing.B) {
	tab := testTable()
	words := []string{"Monday", "tuesday", "nothing", "über"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		tab.Lookup(words[i&3])
	}
}

func FuzzLoad(f *testing.F) {
	var buf bytes.Buffer
	if err := testTable().Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add(gz(f, magic+"\x01\x00\x01a\x02\x03"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		tab.Words(func(w string, p uint32, b uint8) bool {
			if q, c, ok := tab.Lookup(w); !ok || q != p || c != b {
				t.Fatalf("%q does not look up to itself", w)
			}
			return true
		})
	})
}

func newGzip(w *bytes.Buffer) *gzip.Writer { return gzip.NewWriter(w) }
