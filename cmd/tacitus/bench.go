package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"tacitus/internal/procstat"
	"tacitus/nlp/models"
)

func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "measure speed and memory on a news corpus",
	}
	var corpus string
	var limit, procs int
	nlpCmd := &cobra.Command{
		Use:   "nlp [--corpus FILE.jsonl]",
		Short: "segment, tokenize, tag, lemmatize and parse a JSONL corpus; report tokens per CPU-second and peak memory",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return benchNLP(cmd.OutOrStdout(), corpus, limit, procs)
		},
	}
	nlpCmd.Flags().StringVar(&corpus, "corpus", "../shared/corpora/reuters21578.jsonl", "JSONL articles with a \"text\" field")
	nlpCmd.Flags().IntVar(&limit, "limit", 0, "stop after this many articles (0: all)")
	nlpCmd.Flags().IntVar(&procs, "procs", 1, "GOMAXPROCS during the run (articles are parsed on this many goroutines)")
	cmd.AddCommand(nlpCmd)
	return cmd
}

// readArticleTexts reads the "text" field of every line of a JSONL file.
func readArticleTexts(path string, limit int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		texts = append(texts, a.Text)
		if limit > 0 && len(texts) == limit {
			break
		}
	}
	return texts, sc.Err()
}

// cpuTime and peakRSS are the process's CPU time and peak memory (see
// package procstat).
func cpuTime() time.Duration { return procstat.CPUTime() }

func peakRSS() int64 { return procstat.PeakRSS() }

func benchNLP(w io.Writer, corpus string, limit, procs int) error {
	if procs < 1 {
		return errors.New("--procs must be at least 1")
	}
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)

	loadStart := time.Now()
	p, err := models.Default()
	if err != nil {
		return err
	}
	load := time.Since(loadStart)
	texts, err := readArticleTexts(corpus, limit)
	if err != nil {
		return err
	}
	var bytesIn int
	for _, t := range texts {
		bytesIn += len(t)
	}
	runtime.GC()
	jobs := make(chan string)
	type count struct{ sents, toks int }
	results := make(chan count)
	for i := 0; i < procs; i++ {
		go func() {
			var c count
			for t := range jobs {
				for _, s := range p.Parse(t) {
					c.sents++
					c.toks += len(s.Tokens)
				}
			}
			results <- c
		}()
	}
	cpu0, wall0 := cpuTime(), time.Now()
	for _, t := range texts {
		jobs <- t
	}
	close(jobs)
	var total count
	for i := 0; i < procs; i++ {
		c := <-results
		total.sents += c.sents
		total.toks += c.toks
	}
	cpu, wall := cpuTime()-cpu0, time.Since(wall0)
	fmt.Fprintf(w, "corpus        %s (%d articles, %.1f MB)\n", corpus, len(texts), float64(bytesIn)/1e6)
	fmt.Fprintf(w, "model load    %v\n", load.Round(time.Millisecond))
	fmt.Fprintf(w, "sentences     %d (%.1f tokens each)\n", total.sents, float64(total.toks)/float64(max(total.sents, 1)))
	fmt.Fprintf(w, "tokens        %d\n", total.toks)
	fmt.Fprintf(w, "cpu time      %v  wall %v  GOMAXPROCS=%d\n", cpu.Round(time.Millisecond), wall.Round(time.Millisecond), procs)
	fmt.Fprintf(w, "peak memory   %.0f MB (max RSS)\n", float64(peakRSS())/1e6)
	fmt.Fprintf(w, "articles=%d sentences=%d tokens=%d tokens_per_cpu_second=%.0f sentences_per_cpu_second=%.0f peak_rss_mb=%.0f\n",
		len(texts), total.sents, total.toks, float64(total.toks)/cpu.Seconds(), float64(total.sents)/cpu.Seconds(), float64(peakRSS())/1e6)
	return nil
}
