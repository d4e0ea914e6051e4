// Package parquetbatch writes rows of one Go type to a Parquet file in
// batches, as the event record writer (package event) and the store
// exporter (package export) both need: rows are buffered and written a
// batch at a time, and the file is complete only after Close writes its
// footer.
package parquetbatch

import (
	"fmt"
	"io"

	"github.com/parquet-go/parquet-go"
)

// Size is the number of rows buffered before a batch is written.
const Size = 1024

// Writer writes rows of type R to one Parquet file.
type Writer[R any] struct {
	w    *parquet.GenericWriter[R]
	rows []R
	who  string // prefix of error messages ("event", "export")
}

// New returns a Writer of a Parquet file with R's schema on w; who
// prefixes its error messages.
func New[R any](w io.Writer, who string) *Writer[R] {
	return &Writer[R]{w: parquet.NewGenericWriter[R](w), who: who}
}

// Add buffers a row and writes the batch when it is full.
func (p *Writer[R]) Add(r R) error {
	p.rows = append(p.rows, r)
	if len(p.rows) >= Size {
		return p.flush()
	}
	return nil
}

func (p *Writer[R]) flush() error {
	if len(p.rows) == 0 {
		return nil
	}
	if _, err := p.w.Write(p.rows); err != nil {
		return fmt.Errorf("%s: writing Parquet: %w", p.who, err)
	}
	clear(p.rows)
	p.rows = p.rows[:0]
	return nil
}

// Close writes the rows left and the file's footer.
func (p *Writer[R]) Close() error {
	if err := p.flush(); err != nil {
		return err
	}
	if err := p.w.Close(); err != nil {
		return fmt.Errorf("%s: writing Parquet: %w", p.who, err)
	}
	return nil
}
