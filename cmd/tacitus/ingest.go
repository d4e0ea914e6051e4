package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"tacitus/article"
	"tacitus/ingest"
	"tacitus/sample"
	"tacitus/store"
)

// logEvery is the interval of the plain progress lines written when
// stderr is not a terminal.
const logEvery = 5 * time.Second

func newIngestCmd() *cobra.Command {
	var dict dictFlags
	var o ingest.Options
	var dsn, format, progress string
	var withSample bool
	cmd := &cobra.Command{
		Use:   "ingest [--db DB] [--dict DIR]... [--sample] [FILES|DIRS|GLOBS|-]...",
		Short: "code news articles and store them with their events in a database",
		Long: `ingest reads news articles, codes them and stores the articles, their
sentences and their events in a database: a SQLite file (--db PATH, default
./tacitus.db) or PostgreSQL (--db postgres://...). "tacitus serve" reads it.

Inputs are files, directories (read recursively), glob patterns and "-" for
standard input; no input at all means standard input. Each is sniffed:
JSON Lines (one article a line, as for "tacitus code"), plain text (one
article a file), HTML pages (the main text, title, date and URL are
extracted), RSS/Atom feeds (each item an article) and WARC archives (each
HTML response an article); gzip-compressed inputs are read too. --format
forces one format for all inputs. --sample ingests the built-in sample of
about forty made-up news articles (package sample), alone or with the inputs:
"tacitus ingest --sample && tacitus serve" shows the UI with data.

A run can be repeated or resumed after a crash: articles whose id is already
stored are skipped, and an article whose text is already stored under
another id (exactly, or as a near duplicate by simhash) is not coded again
but recorded as a syndicated copy, which counts in the events' article and
source counts. Articles are written 500 to a transaction (--batch).

Articles not in English (a stopword test) are skipped and reported, unless
--keep-non-english. Bad records are reported on stderr as "file:line:
reason", counted and skipped. Progress is a bar on a terminal and a log line
every 5 s otherwise; the run ends with a summary line.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := ingest.ParseFormat(format)
			if err != nil {
				return err
			}
			o.Format = f
			stderr := cmd.ErrOrStderr()
			x, err := dict.newBatchExtractor(stderr, false)
			if err != nil {
				return err
			}
			st, err := store.Open(cmd.Context(), dsn)
			if err != nil {
				return fmt.Errorf("opening the database: %w", err)
			}
			defer st.Close()
			var inputs []ingest.Input
			var errs []error
			if withSample {
				inputs = append(inputs, ingest.Input{Name: "-", Size: -1})
				o.Stdin = sample.Articles()
			}
			if len(args) > 0 || !withSample {
				ins, es := ingest.Expand(args)
				inputs, errs = append(inputs, ins...), es
			}
			for _, e := range errs {
				fmt.Fprintln(stderr, "tacitus:", e)
			}
			if !withSample {
				o.Stdin = cmd.InOrStdin()
			}
			p := newProgress(stderr, progress)
			o.Report = func(e *article.RecordError) { p.println(e.Error()) }
			o.Warn = func(id string, e error) { p.println(fmt.Sprintf("article %s: warning: %v", id, e)) }
			o.Progress = p.update
			stats, runErr := ingest.Run(cmd.Context(), x, st, inputs, o)
			stats.Unreadable += int64(len(errs))
			p.finish()
			fmt.Fprintln(stderr, "tacitus: ingest:", stats)
			printCPU(stderr, "ingest", stats)
			if runErr == nil && len(errs) > 0 {
				runErr = fmt.Errorf("%w: %d arguments matched nothing", ingest.ErrUnreadable, len(errs))
			}
			return runErr
		},
	}
	dict.register(cmd)
	addIngestFlags(cmd, &o, &dsn)
	cmd.Flags().StringVar(&format, "format", "auto", "input format: auto, jsonl, text, html, feed or warc")
	cmd.Flags().StringVar(&progress, "progress", "auto", "progress display: auto (a bar on a terminal, else log lines), bar, log or none")
	cmd.Flags().BoolVar(&withSample, "sample", false, "also ingest the built-in sample articles (standard input is then not read)")
	cmd.Flags().BoolVar(&o.KeepNonEnglish, "keep-non-english", false, "code articles that fail the English test too")
	cmd.Flags().BoolVar(&o.NoNearDuplicates, "no-near-duplicates", false, "record only exact-text copies as syndicated, not simhash near duplicates")
	return cmd
}

// addIngestFlags registers the flags shared by ingest and recode.
func addIngestFlags(cmd *cobra.Command, o *ingest.Options, dsn *string) {
	cmd.Flags().StringVar(dsn, "db", store.DefaultPath, "database: a SQLite file path or a postgres:// URL")
	cmd.Flags().IntVar(&o.BatchSize, "batch", ingest.DefaultBatchSize, "articles written in one transaction")
	cmd.Flags().IntVar(&o.Workers, "workers", 0, "coding goroutines (0: GOMAXPROCS)")
}

func newRecodeCmd() *cobra.Command {
	var dict dictFlags
	var o ingest.Options
	var dsn, progress string
	cmd := &cobra.Command{
		Use:   "recode [--db DB] [--dict DIR]...",
		Short: "code every stored article again with the current dictionaries and models",
		Long: `recode reads every coded article of the database (not the syndicated
copies, which follow their original) and codes it again with the current
dictionaries and models, replacing its sentences and events: run it after a
dictionary change. Articles are rewritten --batch to a transaction in id
order; an interrupted recode can simply be run again. The run ends with a
summary line.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			stderr := cmd.ErrOrStderr()
			x, err := dict.newBatchExtractor(stderr, false)
			if err != nil {
				return err
			}
			st, err := store.Open(cmd.Context(), dsn)
			if err != nil {
				return fmt.Errorf("opening the database: %w", err)
			}
			defer st.Close()
			p := newProgress(stderr, progress)
			o.Warn = func(id string, e error) { p.println(fmt.Sprintf("article %s: warning: %v", id, e)) }
			o.Report = func(e *article.RecordError) { p.println(e.Error()) }
			o.Progress = p.update
			stats, runErr := ingest.Recode(cmd.Context(), x, st, st, o)
			p.finish()
			fmt.Fprintln(stderr, "tacitus: recode:", stats)
			printCPU(stderr, "recode", stats)
			return runErr
		},
	}
	dict.register(cmd)
	addIngestFlags(cmd, &o, &dsn)
	cmd.Flags().StringVar(&progress, "progress", "auto", "progress display: auto, bar, log or none")
	return cmd
}

// progress shows a run's progress on stderr: a bar on a terminal, else a
// log line every logEvery.
type progress struct {
	mu      sync.Mutex
	w       io.Writer
	bar     *progressbar.ProgressBar
	wantBar bool // draw a bar, made on the first update
	log     bool
	lastLog time.Time
	last    ingest.Progress
}

func newProgress(w io.Writer, mode string) *progress {
	p := &progress{w: w, lastLog: time.Now()}
	if mode == "auto" {
		mode = "log"
		if f, ok := w.(*os.File); ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())) {
			mode = "bar"
		}
	}
	switch mode {
	case "bar":
		p.wantBar = true
	case "log":
		p.log = true
	}
	return p
}

func (p *progress) update(s ingest.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.last = s
	secs := s.Elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	desc := fmt.Sprintf("%d articles, %d events, %.1f art/s, %.1f ev/s",
		s.Coded+s.Syndicated+s.Seen, s.Events, float64(s.Coded+s.Syndicated)/secs, float64(s.Events)/secs)
	if p.wantBar && p.bar == nil {
		// The input size is known unless standard input is read: then
		// the bar is a spinner without ETA.
		max := s.BytesTotal
		if max <= 0 {
			max = -1
		}
		p.bar = progressbar.NewOptions64(max,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionShowDescriptionAtLineEnd(),
			progressbar.OptionClearOnFinish(),
		)
	}
	switch {
	case p.bar != nil:
		p.bar.Describe(desc)
		_ = p.bar.Set64(s.BytesRead)
	case p.log && time.Since(p.lastLog) >= logEvery:
		p.lastLog = time.Now()
		pct := ""
		if s.BytesTotal > 0 {
			pct = fmt.Sprintf(" (%.0f%% of input)", 100*float64(s.BytesRead)/float64(s.BytesTotal))
		}
		fmt.Fprintf(p.w, "tacitus: %v: %s%s\n", s.Elapsed.Round(time.Second), desc, pct)
	}
}

// println writes a report line, clearing the bar first.
func (p *progress) println(line string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Clear()
	}
	fmt.Fprintln(p.w, line)
}

func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
		_ = p.bar.Clear()
	}
}

// printCPU writes the process's CPU time and the run's rates per
// CPU-second (model loading included, as "tacitus code" counts it), the
// figures to compare ingest with the bare coder.
func printCPU(w io.Writer, what string, s ingest.Stats) {
	cpu := cpuTime()
	rate := func(n int64) float64 {
		if cpu <= 0 {
			return 0
		}
		return float64(n) / cpu.Seconds()
	}
	fmt.Fprintf(w, "tacitus: %s: CPU %v (GOMAXPROCS=%d), peak RSS %.0f MB; per CPU-second: %.1f articles, %.1f sentences, %.1f events\n",
		what, cpu.Round(time.Millisecond), runtime.GOMAXPROCS(0), float64(peakRSS())/1e6,
		rate(s.Coded+s.Syndicated), rate(s.Sentences), rate(s.Events))
}
