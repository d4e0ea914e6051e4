package segment

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// loadNews returns up to limit bytes of Reuters-21578 article texts from
// ../shared/corpora (read at benchmark time, never copied into the
// project), or skips the benchmark when the corpus is absent.
func loadNews(b *testing.B, limit int) []string {
	b.Helper()
	shared := sharedDir(b)
	if shared == "" {
		b.Skip("../shared not found beside the module root")
	}
	f, err := os.Open(filepath.Join(shared, "corpora", "reuters21578.jsonl"))
	if err != nil {
		b.Skipf("Reuters corpus unavailable: %v", err)
	}
	defer f.Close()
	var docs []string
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && size < limit {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatalf("decode corpus line: %v", err)
		}
		docs = append(docs, rec.Text)
		size += len(rec.Text)
	}
	if len(docs) == 0 {
		b.Skip("Reuters corpus is empty")
	}
	return docs
}

// BenchmarkSegment segments about 4 MB of Reuters articles, one document
// per call, and reports tokens per second.
func BenchmarkSegment(b *testing.B) {
	docs := loadNews(b, 4<<20)
	seg := &Segmenter{}
	bytes, tokens := 0, 0
	for _, d := range docs {
		bytes += len(d)
		for _, s := range seg.Segment(d) {
			tokens += len(s.Tokens)
		}
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			seg.Segment(d)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(tokens)/float64(len(docs)), "tokens/doc")
}

// BenchmarkPathological segments inputs that defeat naive tokenizers; the
// ns/byte figure should stay flat across them.
func BenchmarkPathological(b *testing.B) {
	inputs := []struct {
		name string
		text string
	}{
		{name: "one-char-1MB", text: strings.Repeat("a", 1<<20)},
		{name: "no-punct-1MB", text: strings.Repeat("abcdefghi ", 1<<17)},
		{name: "hyphens-1MB", text: strings.Repeat("a-", 1<<19)},
		{name: "at-signs-1MB", text: strings.Repeat("a@", 1<<19)},
		{name: "periods-1MB", text: strings.Repeat("a. ", 1<<18)},
	}
	seg := &Segmenter{}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			for i := 0; i < b.N; i++ {
				seg.Segment(in.text)
			}
		})
	}
}
