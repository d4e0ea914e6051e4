package ingest

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"

	"tacitus/article"
)

// Input is one file to read, or standard input ("-").
type Input struct {
	// Name is the path as found, "-" for standard input.
	Name string
	// Size is the file size in bytes, -1 when unknown (standard input).
	Size int64
}

// Expand turns command-line arguments into inputs: "-" is standard input,
// a directory stands for every regular file under it (recursively, in
// lexical order, skipping names that start with "."), and an argument that
// names no file but holds glob characters is expanded with filepath.Glob.
// Arguments that match nothing are returned as errors (each wrapping
// ErrNoInput) beside the inputs that were found; no arguments at all mean
// standard input.
func Expand(args []string) ([]Input, []error) {
	if len(args) == 0 {
		args = []string{"-"}
	}
	var ins []Input
	var errs []error
	seen := map[string]bool{}
	add := func(name string, size int64) {
		if name != "-" && seen[name] {
			return
		}
		seen[name] = true
		ins = append(ins, Input{Name: name, Size: size})
	}
	for _, arg := range args {
		if arg == "-" {
			add("-", -1)
			continue
		}
		paths := []string{arg}
		if _, err := os.Stat(arg); err != nil && strings.ContainsAny(arg, "*?[") {
			m, gerr := filepath.Glob(arg)
			if gerr != nil || len(m) == 0 {
				errs = append(errs, fmt.Errorf("%s: %w", arg, ErrNoInput))
				continue
			}
			sort.Strings(m)
			paths = m
		}
		for _, p := range paths {
			st, err := os.Stat(p)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w: %w", p, ErrNoInput, err))
				continue
			}
			if !st.IsDir() {
				add(p, st.Size())
				continue
			}
			err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					errs = append(errs, fmt.Errorf("%s: %w", path, err))
					return nil
				}
				if path != p && strings.HasPrefix(d.Name(), ".") {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if d.Type().IsRegular() {
					info, err := d.Info()
					size := int64(-1)
					if err == nil {
						size = info.Size()
					}
					add(path, size)
				}
				return nil
			})
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", p, err))
			}
		}
	}
	return ins, errs
}

// countingReader counts the bytes read through it into n.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n.Add(int64(k))
	return k, err
}

// readOpts are what readInput needs besides the input.
type readOpts struct {
	format         Format
	maxRecordBytes int
	stdin          io.Reader
	bytesRead      *atomic.Int64
}

// readInput reads one input in its format, calling yield for every
// article and report for every bad record. Its error is an I/O error of
// the input or yield's error.
func readInput(in Input, o readOpts, yield article.Yield, report article.Report) (article.Counts, error) {
	var r io.Reader
	if in.Name == "-" {
		r = o.stdin
		if r == nil {
			r = os.Stdin
		}
	} else {
		f, err := os.Open(in.Name)
		if err != nil {
			return article.Counts{}, err
		}
		defer f.Close()
		r = f
	}
	if o.bytesRead != nil {
		r = countingReader{r: r, n: o.bytesRead}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return article.Counts{}, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	f := o.format
	if f == Auto {
		head, err := br.Peek(SniffBytes)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
			return article.Counts{}, err
		}
		f = Sniff(in.Name, head)
	}
	name := in.Name
	if name == "-" {
		name = "<stdin>"
	}
	aopts := article.Options{MaxRecordBytes: o.maxRecordBytes}
	switch f {
	case JSONL:
		aopts.Format = article.JSONL
		return article.Read(br, name, aopts, yield, report)
	case HTML:
		return readHTML(br, name, aopts, yield, report)
	case Feed:
		return readFeed(br, name, aopts, yield, report)
	case WARC:
		return readWARC(br, name, aopts, yield, report)
	default:
		aopts.Format = article.Text
		return article.Read(br, name, aopts, yield, report)
	}
}
