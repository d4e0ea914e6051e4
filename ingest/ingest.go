package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"tacitus/article"
	"tacitus/extract"
	"tacitus/store"
)

// Errors callers branch on; a reported RecordError wraps one of them (or
// one of package article's reasons).
var (
	// ErrNotEnglish: the article failed the English test (CheckLanguage).
	ErrNotEnglish = errors.New("not English")
	// ErrUnreadableHTML: no main text could be extracted from a page.
	ErrUnreadableHTML = errors.New("unreadable HTML")
	// ErrUnreadableFeed: the input is not a feed that parses.
	ErrUnreadableFeed = errors.New("unreadable feed")
	// ErrUnreadableWARC: the WARC input or one of its records is broken.
	ErrUnreadableWARC = errors.New("unreadable WARC")
	// ErrStore: the store refused an article (it is counted as rejected
	// and the run goes on).
	ErrStore = errors.New("store refused article")
	// ErrNoInput: a command-line argument names no file.
	ErrNoInput = errors.New("no such input")
	// ErrUnreadable is returned at the end of a run in which some inputs
	// could not be opened or read; the others were ingested.
	ErrUnreadable = errors.New("some inputs could not be read")
	// ErrCoderPanic: the coder panicked on an article; the article is
	// counted as rejected and the run goes on.
	ErrCoderPanic = errors.New("coder failed on article")
	// ErrFormat: an unknown format name (ParseFormat).
	ErrFormat = errors.New("unknown format")
)

// errStoreFailed marks a failure of the store itself, which ends a run.
var errStoreFailed = errors.New("store")

func storeErr(err error) error { return fmt.Errorf("%w: %w", errStoreFailed, err) }

// Coder codes one article; *extract.Extractor is one.
type Coder interface {
	Article(ctx context.Context, a article.Article) (extract.Result, error)
}

// DefaultBatchSize is the number of articles written in one transaction
// when Options.BatchSize is 0. Every transaction costs a commit and, on
// SQLite, a new full-text index segment to merge later: on Reuters-21578,
// 500 a transaction takes about 10% less CPU than 100.
const DefaultBatchSize = 500

// flushEvery bounds the time a coded article waits for its batch.
const flushEvery = 2 * time.Second

// Options tune a run. The zero value is ready to use.
type Options struct {
	// Workers is the number of coding goroutines; GOMAXPROCS when 0.
	Workers int
	// BatchSize is the number of articles a transaction writes;
	// DefaultBatchSize when 0.
	BatchSize int
	// Format forces the input format; Auto sniffs each input.
	Format Format
	// MaxRecordBytes limits one record (article.DefaultMaxRecordBytes
	// when 0).
	MaxRecordBytes int
	// Stdin is read for the input "-"; os.Stdin when nil.
	Stdin io.Reader
	// KeepNonEnglish codes every article, skipping the English test.
	KeepNonEnglish bool
	// NoNearDuplicates turns off the simhash test: only exact copies are
	// recorded as syndicated.
	NoNearDuplicates bool
	// Report receives every rejected record and every skipped
	// non-English article; it may be nil. It is called from one goroutine
	// at a time.
	Report article.Report
	// Warn receives coding warnings (extract.Result.Warnings) with the
	// article id; it may be nil.
	Warn func(articleID string, err error)
	// Progress is called after every stored article or copy, from one
	// goroutine at a time; it may be nil and should be quick.
	Progress func(Progress)
}

// Stats tallies a run.
type Stats struct {
	// Read is the number of articles read (accepted records).
	Read int64
	// Coded is the number of articles coded and stored.
	Coded int64
	// Seen is the number of articles skipped because their id was
	// already stored (or read earlier in the run).
	Seen int64
	// Syndicated is the number of copies recorded without coding;
	// NearDuplicates of them were found by simhash, not exact text.
	Syndicated, NearDuplicates int64
	// NonEnglish is the number of articles skipped as not English.
	NonEnglish int64
	// Rejected is the number of bad records and of articles the store
	// refused.
	Rejected int64
	// Unreadable is the number of inputs that could not be read.
	Unreadable int64
	// Sentences and Events are those of the coded articles; Warnings the
	// coding warnings.
	Sentences, Events, Warnings int64
	// Elapsed is the run's wall time.
	Elapsed time.Duration
}

// Progress is a snapshot of a run.
type Progress struct {
	Stats
	// BytesRead of BytesTotal input bytes are read; BytesTotal is -1
	// when unknown (standard input).
	BytesRead, BytesTotal int64
}

// String formats the summary line of a run.
func (s Stats) String() string {
	rate := func(n int64) float64 {
		if s.Elapsed <= 0 {
			return 0
		}
		return float64(n) / s.Elapsed.Seconds()
	}
	return fmt.Sprintf("%d articles read, %d coded, %d skipped-seen, %d syndicated (%d near-duplicate), %d non-English, %d rejected, %d unreadable inputs, %d events; %v, %.1f articles/s, %.1f events/s",
		s.Read, s.Coded, s.Seen, s.Syndicated, s.NearDuplicates, s.NonEnglish, s.Rejected, s.Unreadable, s.Events,
		s.Elapsed.Round(time.Millisecond), rate(s.Coded+s.Syndicated), rate(s.Events))
}

// jobKind says what the writer does with an article.
type jobKind int

const (
	jobCode jobKind = iota // code and store
	jobCopy                // record as a syndicated copy of orig
)

type job struct {
	seq  int
	kind jobKind
	a    article.Article
	orig string // jobCopy: the original's id
	near bool   // jobCopy found by simhash
}

type done struct {
	job
	r   extract.Result
	err error
	// b is the store batch of a coded article, built by the worker
	// that coded it; dropped counts the events left out of it.
	b       store.ArticleBatch
	dropped int
}

// runIndex remembers the articles queued in this run, for copies whose
// original is not stored yet.
type runIndex struct {
	ids   map[string]bool
	texts map[string]string       // TextHash → id
	bands [4]map[uint16][]simItem // simhash band → items
}

type simItem struct {
	sh uint64
	id string
}

func newRunIndex() *runIndex {
	x := &runIndex{ids: map[string]bool{}, texts: map[string]string{}}
	for i := range x.bands {
		x.bands[i] = map[uint16][]simItem{}
	}
	return x
}

func (x *runIndex) near(sh uint64) (string, bool) {
	best, bestD := "", store.NearDuplicateDistance+1
	for i := range x.bands {
		for _, it := range x.bands[i][uint16(sh>>(16*i))] {
			if d := store.Hamming(sh, it.sh); d < bestD || d == bestD && it.id < best {
				best, bestD = it.id, d
			}
		}
	}
	return best, best != ""
}

func (x *runIndex) add(id, hash string, sh uint64) {
	x.texts[hash] = id
	for i := range x.bands {
		k := uint16(sh >> (16 * i))
		x.bands[i][k] = append(x.bands[i][k], simItem{sh: sh, id: id})
	}
}

// run is the state shared by a run's goroutines.
type run struct {
	opts  Options
	w     store.Writer
	mu    sync.Mutex // guards st and serialises Report/Progress
	st    Stats
	bytes atomic.Int64
	total int64
	start time.Time
}

func (r *run) report(e *article.RecordError) {
	if r.opts.Report != nil {
		r.mu.Lock()
		r.opts.Report(e)
		r.mu.Unlock()
	}
}

func (r *run) update(f func(*Stats)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	f(&r.st)
	if r.opts.Progress != nil {
		s := r.st
		s.Elapsed = time.Since(r.start)
		r.opts.Progress(Progress{Stats: s, BytesRead: r.bytes.Load(), BytesTotal: r.total})
	}
}

// Run ingests the inputs into w, coding with c. The error is non-nil when
// ctx is done, the store fails (other than refusing one article), or, at
// the end, when some inputs could not be read (ErrUnreadable); the stats
// are those of the work done either way.
func Run(ctx context.Context, c Coder, w store.Writer, inputs []Input, opts Options) (Stats, error) {
	var total int64
	for _, in := range inputs {
		if in.Size < 0 {
			total = -1
			break
		}
		total += in.Size
	}
	st, err := pipeline(ctx, c, w, opts, total, func(ctx context.Context, r *run, send func(job) error) error {
		return r.read(ctx, inputs, send)
	})
	if err == nil && st.Unreadable > 0 {
		err = fmt.Errorf("%w: %d of %d", ErrUnreadable, st.Unreadable, len(inputs))
	}
	return st, err
}

// codeSafely codes a with c, turning a panic of the coder into an error
// wrapping ErrCoderPanic, so that one article the coder cannot handle does
// not end a long ingest.
func codeSafely(ctx context.Context, c Coder, a article.Article) (r extract.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: %v", ErrCoderPanic, p)
		}
	}()
	return c.Article(ctx, a)
}

// feedFunc queues a run's articles in order through send.
type feedFunc func(ctx context.Context, r *run, send func(job) error) error

// pipeline runs feed, codes its articles on workers and writes them in
// order.
func pipeline(ctx context.Context, c Coder, w store.Writer, opts Options, total int64, feed feedFunc) (Stats, error) {
	r := &run{opts: opts, w: w, start: time.Now(), total: total}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batchSize := opts.BatchSize
	if batchSize <= 0 {
		batchSize = DefaultBatchSize
	}
	// window bounds the articles in flight (queued, coding, or coded and
	// waiting for an earlier one or for their batch).
	window := make(chan struct{}, 4*workers+batchSize)
	jobs := make(chan job)
	results := make(chan done, workers)

	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		readErr = feed(ctx, r, func(j job) error {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			j.seq = seq
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			seq++
			return nil
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d := done{job: j}
				if j.kind == jobCode {
					d.r, d.err = codeSafely(ctx, c, j.a)
					if d.err == nil {
						var dropped []error
						d.b, dropped = store.BatchOf(j.a, d.r.Spans, d.r.Events)
						d.dropped = len(dropped)
					}
				}
				results <- d
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Coded articles are put back in input order here and gathered into
	// batches; a batch is written by the flusher goroutine while the
	// next one is coded and gathered, so that coding never waits for
	// the database (unless the database falls a whole batch behind).
	wr := newWriter(r, batchSize)
	flushes := make(chan *pendingBatch, 1)
	flushDone := make(chan error, 1)
	go func() {
		var err error
		for pb := range flushes {
			if err == nil {
				if err = wr.write(ctx, pb); err != nil {
					cancel()
				}
			}
		}
		flushDone <- err
	}()
	pending := map[int]done{}
	next := 0
	stopped := false
	for d := range results {
		pending[d.seq] = d
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if !stopped && ctx.Err() == nil {
				if full, err := wr.add(p); err != nil {
					stopped = true
					wr.fail(err)
					cancel()
				} else if full {
					flushes <- wr.take()
				}
			}
			<-window
		}
		if !stopped && ctx.Err() == nil && wr.due() {
			flushes <- wr.take()
		}
	}
	if !stopped && ctx.Err() == nil {
		flushes <- wr.take()
	}
	close(flushes)
	runErr := wr.failed()
	if err := <-flushDone; runErr == nil {
		runErr = err
	}
	if runErr == nil && ctx.Err() != nil {
		runErr = ctx.Err()
	}
	r.mu.Lock()
	st := r.st
	r.mu.Unlock()
	st.Elapsed = time.Since(r.start)
	if runErr != nil {
		return st, runErr
	}
	return st, readErr
}

// read reads every input, sorts out seen articles, non-English ones and
// copies, and queues the rest for coding.
func (r *run) read(ctx context.Context, inputs []Input, send func(job) error) error {
	idx := newRunIndex()
	yield := func(a article.Article) error {
		r.update(func(s *Stats) { s.Read++ })
		if !r.opts.KeepNonEnglish {
			if lc := CheckLanguage(a.Title + "\n" + a.Text); !lc.English() {
				r.update(func(s *Stats) { s.NonEnglish++ })
				r.report(&article.RecordError{File: "article " + a.ID, Severity: article.Rejected, Reason: ErrNotEnglish,
					Detail: fmt.Sprintf("%d words: %.0f%% English function words, %.0f%% of other languages, %.0f%% Latin letters",
						lc.Words, 100*lc.StopwordRatio, 100*lc.ForeignRatio, 100*lc.LatinRatio)})
				return nil
			}
		}
		if idx.ids[a.ID] {
			r.update(func(s *Stats) { s.Seen++ })
			return nil
		}
		// One query asks the store everything about the article; the
		// run's own index answers for the articles not yet written.
		hash, sh := store.TextHash(a.Text), store.Simhash(a.Text)
		near := !r.opts.NoNearDuplicates
		m, err := r.w.Match(ctx, a.ID, hash, sh, near)
		if err != nil {
			return storeErr(err)
		}
		idx.ids[a.ID] = true
		switch {
		case m.Seen:
			r.update(func(s *Stats) { s.Seen++ })
			return nil
		case idx.texts[hash] != "":
			return send(job{kind: jobCopy, a: a, orig: idx.texts[hash]})
		case m.Original != "":
			return send(job{kind: jobCopy, a: a, orig: m.Original})
		}
		if near {
			if orig, ok := idx.near(sh); ok {
				return send(job{kind: jobCopy, a: a, orig: orig, near: true})
			}
			if m.Near != "" {
				return send(job{kind: jobCopy, a: a, orig: m.Near, near: true})
			}
		}
		idx.add(a.ID, hash, sh)
		return send(job{kind: jobCode, a: a})
	}
	ro := readOpts{format: r.opts.Format, maxRecordBytes: r.opts.MaxRecordBytes, stdin: r.opts.Stdin, bytesRead: &r.bytes}
	for _, in := range inputs {
		c, err := readInput(in, ro, yield, r.report)
		r.update(func(s *Stats) { s.Rejected += int64(c.Rejected) })
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if errors.Is(err, errStoreFailed) {
				return err
			}
			r.report(&article.RecordError{File: in.Name, Severity: article.Rejected, Reason: ErrNoInput, Detail: err.Error()})
			r.update(func(s *Stats) { s.Unreadable++ })
		}
	}
	return nil
}

// pendingBatch is what one transaction writes: coded articles (with
// their events and sentences for the stats), then syndicated copies.
type pendingBatch struct {
	batch     []store.ArticleBatch
	events    []int // events per batch entry
	sentences []int
	copies    []job
}

// writer gathers coded articles and copies in input order into batches
// (add, take, on the ordering goroutine) and writes them (write, on the
// flusher goroutine).
type writer struct {
	r    *run
	size int
	cur  *pendingBatch
	last time.Time
	err  error // an error of add, which ends the run
}

func newWriter(r *run, size int) *writer {
	return &writer{r: r, size: size, cur: &pendingBatch{}, last: time.Now()}
}

func (w *writer) n() int { return len(w.cur.batch) + len(w.cur.copies) }

// due reports whether the gathered batch has waited long enough.
func (w *writer) due() bool {
	return w.n() > 0 && time.Since(w.last) >= flushEvery
}

// take hands over the gathered batch and starts a new one.
func (w *writer) take() *pendingBatch {
	pb := w.cur
	w.cur = &pendingBatch{}
	w.last = time.Now()
	return pb
}

func (w *writer) fail(err error) { w.err = err }

func (w *writer) failed() error { return w.err }

// add takes the next article in input order and reports whether the
// batch is full.
func (w *writer) add(d done) (full bool, err error) {
	if d.kind == jobCopy {
		w.cur.copies = append(w.cur.copies, d.job)
		return w.n() >= w.size, nil
	}
	if errors.Is(d.err, ErrCoderPanic) {
		w.r.update(func(s *Stats) { s.Rejected++ })
		w.r.report(&article.RecordError{File: "article " + d.a.ID, Severity: article.Rejected, Reason: ErrCoderPanic, Detail: d.err.Error()})
		return false, nil
	}
	if d.err != nil {
		return false, d.err
	}
	if w.r.opts.Warn != nil {
		for _, e := range d.r.Warnings {
			w.r.mu.Lock()
			w.r.opts.Warn(d.a.ID, e)
			w.r.mu.Unlock()
		}
		if d.dropped > 0 {
			w.r.mu.Lock()
			w.r.opts.Warn(d.a.ID, fmt.Errorf("%d events whose sentence is not in the text were dropped", d.dropped))
			w.r.mu.Unlock()
		}
	}
	w.cur.batch = append(w.cur.batch, d.b)
	w.cur.events = append(w.cur.events, len(d.b.Mentions))
	w.cur.sentences = append(w.cur.sentences, d.r.Sentences)
	if n := len(d.r.Warnings); n > 0 {
		w.r.update(func(s *Stats) { s.Warnings += int64(n) })
	}
	return w.n() >= w.size, nil
}

// write writes a batch in one transaction, then its copies. When the
// store refuses the batch, its articles are written one by one so that
// only the bad one is lost (and reported).
func (w *writer) write(ctx context.Context, pb *pendingBatch) error {
	if len(pb.batch) > 0 {
		err := w.r.w.WriteArticles(ctx, pb.batch)
		switch {
		case err == nil:
			w.r.update(func(s *Stats) {
				s.Coded += int64(len(pb.batch))
				for i := range pb.batch {
					s.Events += int64(pb.events[i])
					s.Sentences += int64(pb.sentences[i])
				}
			})
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.Is(err, store.ErrInvalidBatch):
			for i, b := range pb.batch {
				if err := w.r.w.WriteArticle(ctx, b); err != nil {
					if !errors.Is(err, store.ErrInvalidBatch) {
						return storeErr(err)
					}
					w.r.update(func(s *Stats) { s.Rejected++ })
					w.r.report(&article.RecordError{File: "article " + b.Article.ID, Severity: article.Rejected, Reason: ErrStore, Detail: err.Error()})
					continue
				}
				w.r.update(func(s *Stats) {
					s.Coded++
					s.Events += int64(pb.events[i])
					s.Sentences += int64(pb.sentences[i])
				})
			}
		default:
			return storeErr(err)
		}
	}
	for _, c := range pb.copies {
		err := w.r.w.AddSyndicated(ctx, c.a, c.orig)
		switch {
		case err == nil:
			w.r.update(func(s *Stats) {
				s.Syndicated++
				if c.near {
					s.NearDuplicates++
				}
			})
		case errors.Is(err, store.ErrNotFound):
			// The original was refused by the store.
			w.r.update(func(s *Stats) { s.Rejected++ })
			w.r.report(&article.RecordError{File: "article " + c.a.ID, Severity: article.Rejected, Reason: ErrStore,
				Detail: fmt.Sprintf("copy of %q, which is not stored: %v", c.orig, err)})
		case ctx.Err() != nil:
			return ctx.Err()
		default:
			return storeErr(err)
		}
	}
	return nil
}
