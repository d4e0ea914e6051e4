package models_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"tacitus/internal/procstat"
	"tacitus/internal/sharedtest"
	"tacitus/nlp"
	"tacitus/nlp/models"
)

// benchArticles is how many Reuters articles BenchmarkPipeline parses per
// iteration: enough for a stable profile, few enough for quick runs.
const benchArticles = 2000

// readReuters reads the text of the first n articles of the Reuters
// corpus in ../shared, skipping when it is absent.
func readReuters(b testing.TB, n int) []string {
	b.Helper()
	path := sharedtest.Path(b, "corpora", "reuters21578.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() && len(texts) < n {
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, a.Text)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return texts
}

// BenchmarkPipeline runs the default pipeline (segment, tokenize, tag,
// lemmatize, parse) on Reuters articles and reports tokens per second.
// Run it with GOMAXPROCS=1 to compare with `tacitus bench nlp`, and with
// -cpuprofile to see where the time goes.
func BenchmarkPipeline(b *testing.B) {
	p, err := pipelineOrErr()
	if err != nil {
		b.Fatal(err)
	}
	texts := readReuters(b, benchArticles)
	toks := 0
	for _, t := range texts {
		for _, s := range p.Parse(t) {
			toks += len(s.Tokens)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := procstat.CPUTime()
	for range b.N {
		for _, t := range texts {
			p.Parse(t)
		}
	}
	cpu := procstat.CPUTime() - cpu0
	b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(toks*b.N), "ns/token")
	if cpu > 0 {
		// CPU time is steadier than wall time on a shared machine.
		b.ReportMetric(float64(toks)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

func pipelineOrErr() (*nlp.Pipeline, error) { return models.Default() }
