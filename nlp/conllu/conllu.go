// Package conllu reads and writes CoNLL-U, the file format of the Universal
// Dependencies treebanks (https://universaldependencies.org/format.html).
//
// A Sentence keeps everything a file holds, comments, multiword-token range
// lines and empty nodes included, so that a tool can read a treebank,
// overwrite some columns of its words and write it back with everything
// else unchanged. Errors name the file and line.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"tacitus/nlp"
)

// ErrSyntax is wrapped by every error about a malformed line.
var ErrSyntax = errors.New("conllu: syntax error")

// Error is a malformed line at a position.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Unwrap makes errors.Is(err, ErrSyntax) true.
func (e *Error) Unwrap() error { return ErrSyntax }

// ErrorList is every error of a file, sorted by line.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns nil for an empty list and the list otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool { return l[i].Line < l[j].Line })
	return l
}

// Unwrap exposes the individual errors to errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Word is one syntactic word line (integer ID).
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // -1 when the column is "_"
	Deprel string
	Deps   string
	Misc   string
}

// MultiToken is a range line "first-last form ...": one orthographic
// token made of the words first..last.
type MultiToken struct {
	First, Last int
	Form        string
	Misc        string
	Line        string // the line as read, written back unchanged
}

// EmptyNode is an enhanced-graph empty node line ("8.1 ..."), kept verbatim.
type EmptyNode struct {
	After int    // the integer part of its ID: it follows word After
	Line  string // the line as read
}

// Sentence is one sentence block.
type Sentence struct {
	Comments []string // comment lines, with their leading "#"
	Words    []Word
	Tokens   []MultiToken
	Empty    []EmptyNode
	Line     int // line of the first line of the block
}

// Meta returns the value of a "# key = value" comment, and whether the
// comment is present at all ("# newpar" without a value counts).
func (s *Sentence) Meta(key string) (string, bool) {
	for _, c := range s.Comments {
		c = strings.TrimSpace(strings.TrimPrefix(c, "#"))
		k, v, hasEq := strings.Cut(c, "=")
		k = strings.TrimSpace(k)
		if k == key || (!hasEq && strings.HasPrefix(c, key+" ")) {
			return strings.TrimSpace(v), true
		}
		if !hasEq && c == key {
			return "", true
		}
	}
	return "", false
}

// Text is the "# text" comment, or the words joined by their spacing when
// the comment is absent.
func (s *Sentence) Text() string {
	if t, ok := s.Meta("text"); ok {
		return t
	}
	var b strings.Builder
	for _, t := range s.Surface() {
		b.WriteString(t.Form)
		if t.SpaceAfter {
			b.WriteByte(' ')
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// SurfaceToken is an orthographic token: a multiword token or a word that
// is not part of one.
type SurfaceToken struct {
	Form       string
	First      int // index into Words of its first word
	Last       int // index into Words of its last word (inclusive)
	SpaceAfter bool
}

// Surface lists the orthographic tokens of the sentence in order.
func (s *Sentence) Surface() []SurfaceToken {
	out := make([]SurfaceToken, 0, len(s.Words))
	mt := 0
	for i := 0; i < len(s.Words); i++ {
		id := s.Words[i].ID
		for mt < len(s.Tokens) && s.Tokens[mt].Last < id {
			mt++
		}
		if mt < len(s.Tokens) && s.Tokens[mt].First == id {
			t := s.Tokens[mt]
			last := i + (t.Last - t.First)
			if last >= len(s.Words) {
				last = len(s.Words) - 1
			}
			out = append(out, SurfaceToken{Form: t.Form, First: i, Last: last, SpaceAfter: !noSpace(t.Misc)})
			i = last
			continue
		}
		out = append(out, SurfaceToken{Form: s.Words[i].Form, First: i, Last: i, SpaceAfter: !noSpace(s.Words[i].Misc)})
	}
	return out
}

func noSpace(misc string) bool {
	for _, f := range strings.Split(misc, "|") {
		if f == "SpaceAfter=No" {
			return true
		}
	}
	return false
}

// NLP converts the sentence to the pipeline's representation. Offsets are
// into the sentence's own text rebuilt from the word forms and spacing, so
// Start/End are consistent but not those of any original document.
// Gold annotation columns are copied; Head is -1 where the file has "_".
func (s *Sentence) NLP() nlp.Sentence {
	toks := make([]nlp.Token, len(s.Words))
	off := 0
	for _, st := range s.Surface() {
		if st.First == st.Last {
			w := s.Words[st.First]
			toks[st.First] = wordToken(w, off, st.SpaceAfter)
			off += len(w.Form)
		} else {
			for i := st.First; i <= st.Last; i++ {
				w := s.Words[i]
				toks[i] = wordToken(w, off, i == st.Last && st.SpaceAfter)
				off += len(w.Form)
			}
			toks[st.First].MWT = st.Last - st.First + 1
		}
		if st.SpaceAfter {
			off++
		}
	}
	end := off
	if len(toks) > 0 {
		end = toks[len(toks)-1].End
	}
	return nlp.Sentence{Start: 0, End: end, Tokens: toks}
}

func wordToken(w Word, off int, space bool) nlp.Token {
	return nlp.Token{
		Text: w.Form, Start: off, End: off + len(w.Form), SpaceAfter: space,
		UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma, Head: w.Head, Rel: w.Deprel,
	}
}

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	name string
	line int
	errs ErrorList
}

// NewReader reads CoNLL-U from r; name is used in error positions.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	return &Reader{sc: sc, name: name}
}

// Read returns the next sentence, or io.EOF after the last. A malformed
// line is an *Error (wrapping ErrSyntax); the rest of its sentence is still
// read, so the caller may go on with the next Read.
func (r *Reader) Read() (*Sentence, error) {
	var s *Sentence
	var first *Error
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if s != nil {
				return s, errOrNil(first)
			}
			continue
		}
		if s == nil {
			s = &Sentence{Line: r.line}
		}
		if err := r.parseLine(s, line); err != nil && first == nil {
			first = err
		}
	}
	if err := r.sc.Err(); err != nil {
		return s, fmt.Errorf("%s:%d: %w", r.name, r.line, err)
	}
	if s != nil {
		return s, errOrNil(first)
	}
	return nil, io.EOF
}

func errOrNil(e *Error) error {
	if e == nil {
		return nil
	}
	return e
}

func (r *Reader) fail(msg string, args ...any) *Error {
	return &Error{File: r.name, Line: r.line, Msg: fmt.Sprintf(msg, args...)}
}

func (r *Reader) parseLine(s *Sentence, line string) *Error {
	if line[0] == '#' {
		if len(s.Words) > 0 || len(s.Tokens) > 0 {
			return r.fail("comment after the first word line")
		}
		s.Comments = append(s.Comments, line)
		return nil
	}
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return r.fail("want 10 tab-separated columns, got %d", len(cols))
	}
	id := cols[0]
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last < first {
			return r.fail("bad multiword token range %q", id)
		}
		if first != len(s.Words)+1 {
			return r.fail("multiword token %q does not start at the next word %d", id, len(s.Words)+1)
		}
		s.Tokens = append(s.Tokens, MultiToken{First: first, Last: last, Form: cols[1], Misc: cols[9], Line: line})
		return nil
	}
	if a, _, ok := strings.Cut(id, "."); ok {
		n, err := strconv.Atoi(a)
		if err != nil || n != len(s.Words) {
			return r.fail("bad empty node id %q", id)
		}
		s.Empty = append(s.Empty, EmptyNode{After: n, Line: line})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil {
		return r.fail("bad word id %q", id)
	}
	if n != len(s.Words)+1 {
		return r.fail("word id %d out of sequence, want %d", n, len(s.Words)+1)
	}
	head := -1
	if cols[6] != "_" {
		h, err := strconv.Atoi(cols[6])
		if err != nil || h < 0 {
			return r.fail("bad head %q", cols[6])
		}
		head = h
	}
	s.Words = append(s.Words, Word{
		ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
		Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9],
	})
	return nil
}

// ReadAll reads every sentence of r. It returns the sentences read and,
// when lines were malformed, an ErrorList with all of them.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	rd := NewReader(r, name)
	var out []*Sentence
	var errs ErrorList
	for {
		s, err := rd.Read()
		if err == io.EOF {
			break
		}
		var e *Error
		if errors.As(err, &e) {
			errs = append(errs, e)
		} else if err != nil {
			return out, err
		}
		if s != nil {
			if err := s.check(name); err != nil {
				errs = append(errs, err)
			}
			out = append(out, s)
		}
	}
	return out, errs.Err()
}

// check validates what can only be seen once the block is complete.
func (s *Sentence) check(name string) *Error {
	n := len(s.Words)
	for _, w := range s.Words {
		if w.Head > n {
			return &Error{File: name, Line: s.Line, Msg: fmt.Sprintf("word %d has head %d beyond the sentence's %d words", w.ID, w.Head, n)}
		}
	}
	for _, t := range s.Tokens {
		if t.Last > n {
			return &Error{File: name, Line: s.Line, Msg: fmt.Sprintf("multiword token %d-%d beyond the sentence's %d words", t.First, t.Last, n)}
		}
	}
	return nil
}

// Write writes the sentence block followed by a blank line. Range lines and
// empty nodes are written as they were read.
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	for _, c := range s.Comments {
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	mt, en := 0, 0
	for en < len(s.Empty) && s.Empty[en].After == 0 {
		bw.WriteString(s.Empty[en].Line)
		bw.WriteByte('\n')
		en++
	}
	for _, wd := range s.Words {
		for mt < len(s.Tokens) && s.Tokens[mt].First == wd.ID {
			bw.WriteString(s.Tokens[mt].Line)
			bw.WriteByte('\n')
			mt++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
			wd.ID, col(wd.Form), col(wd.Lemma), col(wd.UPOS), col(wd.XPOS), col(wd.Feats),
			head, col(wd.Deprel), col(wd.Deps), col(wd.Misc))
		for en < len(s.Empty) && s.Empty[en].After == wd.ID {
			bw.WriteString(s.Empty[en].Line)
			bw.WriteByte('\n')
			en++
		}
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

func col(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
