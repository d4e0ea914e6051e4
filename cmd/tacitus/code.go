package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"tacitus/article"
	"tacitus/dictionary"
	"tacitus/dictionary/builtin"
	"tacitus/event"
	"tacitus/extract"
)

// errUnreadable is returned at the end of a run in which some input files
// could not be opened or read; the other inputs were coded.
var errUnreadable = errors.New("some inputs could not be read")

// dictFlags are the dictionary options shared by the coding commands.
type dictFlags struct {
	dirs      []string
	noDefault bool
}

func (d *dictFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&d.dirs, "dict", nil, "dictionary directory laid over the built-in set (repeatable; later ones win)")
	cmd.Flags().BoolVar(&d.noDefault, "no-default-dict", false, "use only the --dict directories, not the built-in dictionaries")
}

// newExtractor builds the extractor, reporting malformed dictionary lines
// to stderr and going on.
func (d *dictFlags) newExtractor(stderr io.Writer, unknown bool) (*extract.Extractor, error) {
	x, err := extract.New(extract.Options{
		Dictionaries:  builtin.Options{Dirs: d.dirs, NoDefault: d.noDefault},
		Version:       version,
		UnknownActors: unknown,
	})
	if x == nil {
		return nil, err
	}
	var list dictionary.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(stderr, "tacitus: warning:", e)
		}
	}
	return x, nil
}

// newBatchExtractor is newExtractor for the commands that load the
// extractor before they do anything else (code, ingest, actors unknown).
// The garbage collector is off while it loads: loading grows the heap
// from a few megabytes to about 100 MB, and the collector would mark the
// growing heap four times over on the way (0.66 billion instructions,
// about a sixth of start-up). The collector starts again at the
// previous setting (GOGC) when the extractor is built, and runs at the
// first allocation after, as the heap is past its goal. Loading's
// garbage (about 50 MB: decompressed files, parse buffers) is then freed
// for coding's allocations, so a long run touches no more memory than
// before: same peak RSS and page faults on all of Reuters; a
// one-article run takes about 13,000 more page faults. The server
// (serve) loads in the background while it answers requests and keeps
// the collector on.
func (d *dictFlags) newBatchExtractor(stderr io.Writer, unknown bool) (*extract.Extractor, error) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	return d.newExtractor(stderr, unknown)
}

func newCodeCmd() *cobra.Command {
	var dict dictFlags
	var format, cpuProfile string
	cmd := &cobra.Command{
		Use:   "code [--dict DIR]... [--no-default-dict] [--format jsonl|csv|plover|parquet] [FILES…]",
		Short: "code news articles into events (who did what to whom, when and where)",
		Long: `code reads news articles and writes one event record per coded event to
standard output, in input order.

Inputs are JSON Lines files (*.jsonl, *.ndjson, *.json: one article a line,
{"id", "date", "title", "dateline", "text", ...}, only "text" required) or
plain-text files (one article each); with no FILES, or "-", standard input
is read (JSON Lines when it starts with "{"). A "source" or "url" naming
a national outlet ("BBC News", bbc.co.uk) gives the country of the
government, ministers, MPs or police of a text that names none. Articles
are coded on GOMAXPROCS workers. A "date" is ISO 8601 ("2024-03-05", with a time or
not), RFC 1123, "March 5, 2024", "5 March 2024", "3/5/2024" (month first
unless the first number exceeds 12), "5.3.2024" (day first) and similar,
a number of eight digits that is a date YYYYMMDD (20240305), or a number
of Unix seconds (milliseconds from 10^11); a date that does
not parse is a warning, and the article is coded without one.

A bad record (invalid JSON, empty or binary text, ...) is reported on stderr
as "file:line: reason", counted, and skipped; coding goes on. A file that
cannot be opened or read is reported the same way and skipped, and the
exit status is then 1 at the end (like cat or grep); bad records alone
leave it 0. Only an unusable dictionary set, a failed write to stdout and
an interrupt stop the run early.

At the end a summary goes to stderr: articles, rejected records, sentences,
events, elapsed time, rates per wall-second and per CPU-second, and the
peak resident memory.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := event.ParseFormat(format)
			if err != nil {
				return err
			}
			stderr := cmd.ErrOrStderr()
			if cpuProfile != "" {
				stop, err := startCPUProfile(cpuProfile)
				if err != nil {
					return err
				}
				defer stop()
			}
			start := time.Now()
			x, err := dict.newBatchExtractor(stderr, false)
			if err != nil {
				return err
			}
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			w, err := event.NewWriter(out, f)
			if err != nil {
				return err
			}
			st, runErr := codeArticles(cmd.Context(), x, args, cmd.InOrStdin(), stderr, func(_ article.Article, r extract.Result) error {
				for i := range r.Events {
					if err := w.Write(&r.Events[i]); err != nil {
						return err
					}
				}
				return nil
			})
			if err := w.Close(); err != nil && runErr == nil {
				runErr = fmt.Errorf("writing events: %w", err)
			}
			if err := out.Flush(); err != nil && runErr == nil {
				runErr = fmt.Errorf("writing events: %w", err)
			}
			st.print(stderr, time.Since(start))
			return runErr
		},
	}
	dict.register(cmd)
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl, csv, plover or parquet")
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the run (start-up included) to this file, for go tool pprof")
	_ = cmd.Flags().MarkHidden("cpuprofile")
	return cmd
}

// startCPUProfile starts profiling the process into the file name and
// returns the function that stops the profile and closes the file.
func startCPUProfile(name string) (stop func(), err error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

func newActorsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "inspect the actors of a corpus",
	}
	var dict dictFlags
	var minCount int
	unknown := &cobra.Command{
		Use:   "unknown [--dict DIR]... [--no-default-dict] [--min-count N] [FILES…]",
		Short: "list the noun phrases in actor position that no dictionary codes, most frequent first",
		Long: `unknown codes the articles like "tacitus code" and lists, instead of the
events, the noun phrases that stood in the source or target position of a
coded verb but that no actor or agent phrase of the dictionaries codes:
candidates for a user dictionary (--dict). Each output line is
"count<TAB>phrase<TAB>example sentence", most frequent first. Inputs, bad
records and the exit status are as for "tacitus code".`,
		RunE: func(cmd *cobra.Command, args []string) error {
			stderr := cmd.ErrOrStderr()
			start := time.Now()
			x, err := dict.newBatchExtractor(stderr, true)
			if err != nil {
				return err
			}
			seen := map[string]*extract.UnknownActor{}
			st, runErr := codeArticles(cmd.Context(), x, args, cmd.InOrStdin(), stderr, func(_ article.Article, r extract.Result) error {
				for _, u := range r.Unknown {
					if s := seen[u.Text]; s != nil {
						s.Count += u.Count
					} else {
						u := u
						seen[u.Text] = &u
					}
				}
				return nil
			})
			list := make([]extract.UnknownActor, 0, len(seen))
			for _, u := range seen {
				if u.Count >= minCount {
					list = append(list, *u)
				}
			}
			extract.SortUnknown(list)
			out := bufio.NewWriter(cmd.OutOrStdout())
			for _, u := range list {
				fmt.Fprintf(out, "%d\t%s\t%s\n", u.Count, oneLine(u.Text), oneLine(u.Sentence))
			}
			if err := out.Flush(); err != nil && runErr == nil {
				runErr = fmt.Errorf("writing actors: %w", err)
			}
			st.print(stderr, time.Since(start))
			return runErr
		},
	}
	dict.register(unknown)
	unknown.Flags().IntVar(&minCount, "min-count", 1, "list only phrases seen at least this often")
	cmd.AddCommand(unknown)
	return cmd
}

// oneLine joins the lines and runs of white space of s into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// codeStats tallies a coding run.
type codeStats struct {
	counts     article.Counts
	unreadable int
	sentences  int
	events     int
	// warnings counts the coding warnings; counts.Warnings those of
	// the records read (an unparseable date). The summary gives both.
	warnings int
}

// print writes the end-of-run summary.
func (s *codeStats) print(w io.Writer, elapsed time.Duration) {
	cpu := cpuTime()
	rate := func(n int, d time.Duration) float64 {
		if d <= 0 {
			return 0
		}
		return float64(n) / d.Seconds()
	}
	fmt.Fprintf(w, "tacitus: %d articles, %d rejected, %d unreadable inputs, %d warnings, %d sentences, %d events\n",
		s.counts.Accepted, s.counts.Rejected, s.unreadable, s.counts.Warnings+s.warnings, s.sentences, s.events)
	fmt.Fprintf(w, "tacitus: elapsed %v, CPU %v (GOMAXPROCS=%d), peak RSS %.0f MB\n",
		elapsed.Round(time.Millisecond), cpu.Round(time.Millisecond), runtime.GOMAXPROCS(0), float64(peakRSS())/1e6)
	fmt.Fprintf(w, "tacitus: per second: %.1f articles, %.1f sentences, %.1f events; per CPU-second: %.1f articles, %.1f sentences, %.1f events\n",
		rate(s.counts.Accepted, elapsed), rate(s.sentences, elapsed), rate(s.events, elapsed),
		rate(s.counts.Accepted, cpu), rate(s.sentences, cpu), rate(s.events, cpu))
}

// codeJob is one article in flight; seq is its input position.
type codeJob struct {
	seq int
	a   article.Article
}

// codeDone is a coded article.
type codeDone struct {
	codeJob
	r   extract.Result
	err error
}

// codeArticles reads the named inputs (stdin when none), codes every
// article on GOMAXPROCS workers and calls sink with the results in input
// order. Bad records and unreadable files are reported to stderr and
// counted; the error is non-nil when ctx is done, sink fails, or, at the
// end, when some input could not be read (errUnreadable).
func codeArticles(ctx context.Context, x *extract.Extractor, names []string, stdin io.Reader, stderr io.Writer,
	sink func(article.Article, extract.Result) error) (codeStats, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var st codeStats
	var logMu sync.Mutex
	logf := func(format string, args ...any) {
		logMu.Lock()
		fmt.Fprintf(stderr, format, args...)
		logMu.Unlock()
	}
	workers := runtime.GOMAXPROCS(0)
	// window bounds the articles in flight (queued, coding, or coded and
	// waiting for an earlier one), and so the memory of the run.
	window := make(chan struct{}, 4*workers)
	jobs := make(chan codeJob)
	done := make(chan codeDone, workers)

	if len(names) == 0 {
		names = []string{"-"}
	}
	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		yield := func(a article.Article) error {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- codeJob{seq: seq, a: a}:
			case <-ctx.Done():
				return ctx.Err()
			}
			seq++
			return nil
		}
		report := func(e *article.RecordError) { logf("%v\n", e) }
		for _, name := range names {
			c, err := article.ReadFiles([]string{name}, article.Options{Stdin: stdin}, yield, report)
			st.counts.Add(c)
			if err != nil {
				if ctx.Err() != nil {
					readErr = ctx.Err()
					return
				}
				logf("%s: %v\n", name, err)
				st.unreadable++
			}
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r, err := x.Article(ctx, j.a)
				done <- codeDone{codeJob: j, r: r, err: err}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	pending := map[int]codeDone{}
	next := 0
	var runErr error
	for d := range done {
		pending[d.seq] = d
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if runErr != nil {
				continue
			}
			if p.err != nil {
				runErr = p.err
				cancel()
				continue
			}
			st.sentences += p.r.Sentences
			st.events += len(p.r.Events)
			st.warnings += len(p.r.Warnings)
			for _, w := range p.r.Warnings {
				logf("article %s: warning: %v\n", p.a.ID, w)
			}
			if err := sink(p.a, p.r); err != nil {
				runErr = err
				cancel()
			}
		}
	}
	// The reader has finished: done is closed only after jobs is.
	switch {
	case runErr != nil:
		return st, runErr
	case readErr != nil:
		return st, readErr
	case st.unreadable > 0:
		return st, fmt.Errorf("%w: %d of %d", errUnreadable, st.unreadable, len(names))
	}
	return st, nil
}
