package conformance

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// ErrOutcomeCount is returned by Score when the outcomes do not match the
// records one to one.
var ErrOutcomeCount = errors.New("one outcome per record required")

// Input is what a coder gets for one record: the text, its date and the
// options in force. It deliberately has no id, category, parse or
// expectation.
type Input struct {
	// Text is the sentence (Record.Text).
	Text string
	// Date is the sentence date, for dictionary date restrictions.
	Date time.Time
	// Config holds the options in force for the record.
	Config Config
}

// Coder codes one suite sentence. It returns the events found, in any
// order, or an error. To stop as the suite expects on discards and bad
// input it returns (or wraps) ErrDateline, ErrBadInputParse,
// ErrSentenceDiscard or ErrStoryDiscard; any other error fails the record
// and the run goes on. The coder must remove duplicate events itself
// (petrarch-formats.md §7.1 step 7): the scorer counts a repeated event as
// extra.
type Coder interface {
	Code(ctx context.Context, in Input) ([]Coding, error)
}

// Outcome is what a coder produced for one record.
type Outcome struct {
	Codings []Coding
	Err     error
}

// Run codes every record of the suite with c and scores the result. It
// stops early only when ctx is done.
func Run(ctx context.Context, s *Suite, c Coder) (*Report, error) {
	out := make([]Outcome, len(s.Records))
	for i := range s.Records {
		r := &s.Records[i]
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("conformance: run stopped before record %d: %w", r.Position, err)
		}
		codings, err := c.Code(ctx, Input{Text: r.Text, Date: r.Date, Config: r.Config})
		out[i] = Outcome{Codings: codings, Err: err}
	}
	return Score(s, out)
}

// RecordResult is the verdict on one record.
type RecordResult struct {
	Position     int
	ID, Category string
	Valid        bool
	// Expected, Found, Missed and Extra are multisets of codings: Found are
	// the expected codings the coder produced, Missed those it did not,
	// Extra the produced codings beyond the expected ones.
	Expected, Found, Missed, Extra []Coding
	// ExpectError is the record's expected error kind, or "".
	ExpectError ErrorKind
	// Err is the error the coder returned, or nil.
	Err error
	// Pass is true when the coder produced exactly the expected multiset
	// without error, or stopped with exactly the expected error kind.
	Pass bool
	// ListedMisses counts the Missed codings that Unsatisfiable lists for
	// this record; ListedError is true when the record failed on an error
	// expectation that Unsatisfiable lists.
	ListedMisses int
	ListedError  bool
}

// Counts are the totals of a group of records.
type Counts struct {
	Records, Passed                int
	Valid, ValidPassed             int
	Expected, Found, Missed, Extra int
	// ErrorRecords counts records that expect an error, ErrorsMatched those
	// where the coder stopped with it.
	ErrorRecords, ErrorsMatched int
	// CoderErrors counts records where the coder returned an error the
	// record did not expect.
	CoderErrors int
	// ListedMisses counts missed codings that Unsatisfiable lists;
	// ListedErrors the failed error records it lists.
	ListedMisses, ListedErrors int
}

func (c *Counts) add(r *RecordResult) {
	c.Records++
	c.Expected += len(r.Expected)
	c.Found += len(r.Found)
	c.Missed += len(r.Missed)
	c.Extra += len(r.Extra)
	c.ListedMisses += r.ListedMisses
	if r.ListedError {
		c.ListedErrors++
	}
	if r.Pass {
		c.Passed++
	}
	if r.Valid {
		c.Valid++
		if r.Pass {
			c.ValidPassed++
		}
	}
	if r.ExpectError != "" {
		c.ErrorRecords++
		if r.Pass {
			c.ErrorsMatched++
		}
	} else if r.Err != nil {
		c.CoderErrors++
	}
}

// CategoryCounts are the totals of one category.
type CategoryCounts struct {
	Category string
	Counts
}

// Report is the scored result of a run.
type Report struct {
	// Records holds one result per suite record, in suite order.
	Records []RecordResult
	// Categories holds per-category totals in order of first appearance.
	Categories []CategoryCounts
	// Total sums all records.
	Total Counts
	// ListedCodings and ListedErrors are the sizes of the Unsatisfiable
	// list's coding and error parts that apply to the scored suite.
	ListedCodings, ListedErrors int
}

// Score compares outcomes[i] with s.Records[i] for every record.
func Score(s *Suite, outcomes []Outcome) (*Report, error) {
	if len(outcomes) != len(s.Records) {
		return nil, fmt.Errorf("conformance: %d outcomes for %d records: %w", len(outcomes), len(s.Records), ErrOutcomeCount)
	}
	listed := unsatisfiableFor(s)
	rep := &Report{Records: make([]RecordResult, len(s.Records))}
	for _, u := range listed {
		if u.Error != "" {
			rep.ListedErrors++
		} else {
			rep.ListedCodings++
		}
	}
	catIndex := map[string]int{}
	for i := range s.Records {
		rec := &s.Records[i]
		res := scoreRecord(rec, outcomes[i])
		for _, u := range listed {
			if u.Position != rec.Position {
				continue
			}
			if u.Error != "" && !res.Pass && rec.ExpectError == u.Error {
				res.ListedError = true
			}
		}
		if len(res.Missed) > 0 {
			var want []Coding
			for _, u := range listed {
				if u.Position == rec.Position && u.Error == "" {
					want = append(want, u.Coding)
				}
			}
			found, _, _ := match(want, res.Missed)
			res.ListedMisses = len(found)
		}
		rep.Records[i] = res
		j, ok := catIndex[rec.Category]
		if !ok {
			j = len(rep.Categories)
			catIndex[rec.Category] = j
			rep.Categories = append(rep.Categories, CategoryCounts{Category: rec.Category})
		}
		rep.Categories[j].add(&res)
		rep.Total.add(&res)
	}
	return rep, nil
}

// unsatisfiableFor returns the Unsatisfiable entries that hold for s: those
// whose position exists and whose expectation is still in the record.
func unsatisfiableFor(s *Suite) []KnownMiss {
	var out []KnownMiss
	for _, u := range Unsatisfiable {
		if u.Position < 1 || u.Position > len(s.Records) {
			continue
		}
		r := &s.Records[u.Position-1]
		if u.Error != "" && r.ExpectError == u.Error || u.Error == "" && slices.Contains(r.Expected, u.Coding) {
			out = append(out, u)
		}
	}
	return out
}

func scoreRecord(rec *Record, o Outcome) RecordResult {
	res := RecordResult{
		Position:    rec.Position,
		ID:          rec.ID,
		Category:    rec.Category,
		Valid:       rec.Valid,
		Expected:    rec.Expected,
		ExpectError: rec.ExpectError,
		Err:         o.Err,
	}
	switch {
	case rec.ExpectError != "":
		// The codings of an expected stop do not count; without the stop
		// they are all extra.
		if kindOf(o.Err) == rec.ExpectError {
			res.Pass = true
		} else if o.Err == nil {
			res.Extra = slices.Clone(o.Codings)
		}
	case o.Err != nil:
		// An unexpected error (a discard, a failure) codes nothing.
		res.Missed = slices.Clone(rec.Expected)
	default:
		res.Found, res.Missed, res.Extra = match(rec.Expected, o.Codings)
		res.Pass = len(res.Missed) == 0 && len(res.Extra) == 0
	}
	return res
}

// match pairs expected and produced codings as multisets.
func match(expected, produced []Coding) (found, missed, extra []Coding) {
	left := map[Coding]int{}
	for _, c := range produced {
		left[c]++
	}
	for _, c := range expected {
		if left[c] > 0 {
			left[c]--
			found = append(found, c)
		} else {
			missed = append(missed, c)
		}
	}
	for _, c := range produced {
		if left[c] > 0 {
			left[c]--
			extra = append(extra, c)
		}
	}
	return found, missed, extra
}

// WriteTable writes the per-category table, the totals, the share of the
// misses that Unsatisfiable lists, and ends with the line
// "found F/N, extra X, records R/T".
func (r *Report) WriteTable(w io.Writer) error {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "category\trecords\tpassed\tvalid passed\texpected\tfound\tmissed\textra\terrors matched\tcoder errors\t")
	row := func(name string, c Counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d/%d\t%d\t%d\t%d\t%d\t%d/%d\t%d\t\n", name, c.Records, c.Passed,
			c.ValidPassed, c.Valid, c.Expected, c.Found, c.Missed, c.Extra, c.ErrorsMatched, c.ErrorRecords, c.CoderErrors)
	}
	for _, c := range r.Categories {
		row(c.Category, c.Counts)
	}
	row("total", r.Total)
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("conformance: %w", err)
	}
	t := r.Total
	fmt.Fprintf(&b, "known unsatisfiable (spec §8): %d of %d missed codings are listed (%d listed); %d of %d failed error records are listed (%d listed)\n",
		t.ListedMisses, t.Missed, r.ListedCodings, t.ListedErrors, t.ErrorRecords-t.ErrorsMatched, r.ListedErrors)
	fmt.Fprintf(&b, "found %d/%d, extra %d, records %d/%d\n", t.Found, t.Expected, t.Extra, t.Passed, t.Records)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("conformance: %w", err)
	}
	return nil
}

// WriteFailures writes one block per failed record: position, id,
// category, and the missed and extra codings or the error, for the
// engineer working on the coder.
func (r *Report) WriteFailures(w io.Writer) error {
	var b strings.Builder
	for i := range r.Records {
		res := &r.Records[i]
		if res.Pass {
			continue
		}
		fmt.Fprintf(&b, "record %d %s (%s)", res.Position, res.ID, res.Category)
		if !res.Valid {
			b.WriteString(" [not valid]")
		}
		if res.ListedMisses > 0 || res.ListedError {
			b.WriteString(" [listed unsatisfiable]")
		}
		b.WriteString("\n")
		if res.ExpectError != "" {
			fmt.Fprintf(&b, "  expected error %s\n", res.ExpectError)
		}
		if res.Err != nil {
			fmt.Fprintf(&b, "  coder error: %v\n", res.Err)
		}
		for _, c := range res.Missed {
			fmt.Fprintf(&b, "  missed %s\n", c)
		}
		for _, c := range res.Extra {
			fmt.Fprintf(&b, "  extra  %s\n", c)
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("conformance: %w", err)
	}
	return nil
}
