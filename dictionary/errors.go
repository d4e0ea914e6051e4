package dictionary

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Sentinel errors. Every Error wraps exactly one of them, so callers can
// branch with errors.Is on a single Error or on a whole ErrorList.
var (
	// ErrSyntax marks a line that does not have the shape its file kind
	// requires (unbalanced brackets, a pattern without '*', an empty
	// phrase, ...). The line is skipped.
	ErrSyntax = errors.New("syntax error")
	// ErrCode marks a malformed code bracket ("[...]").
	ErrCode = errors.New("bad code")
	// ErrDate marks a malformed date restriction in an actor code.
	ErrDate = errors.New("bad date")
	// ErrContext marks a line that is well formed but appears where it
	// cannot be used (a pattern or verb line before any '---' block
	// header, a synonym or code line before any actor entry, ...).
	ErrContext = errors.New("line out of context")
	// ErrSynset marks a reference to a synonym set that is not defined,
	// or a synonym set used in a way the formats do not support
	// (nested sets). These are reported as warnings.
	ErrSynset = errors.New("synset")
	// ErrDuplicate marks a definition that repeats an earlier one and is
	// ignored or overrides it (reported as a warning).
	ErrDuplicate = errors.New("duplicate")
	// ErrNoFiles is returned by the Set loaders when a directory or file
	// list yields no dictionary file of a kind that is required.
	ErrNoFiles = errors.New("no dictionary files")
)

// Position is a place in a dictionary file: the file name as given to the
// reader and a 1-based line number.
type Position struct {
	File string // file name as given to the reader
	Line int    // 1-based line number
}

// String formats the position as "file:line".
func (p Position) String() string {
	if p.File == "" {
		return fmt.Sprintf("%d", p.Line)
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// Error is one problem found in a dictionary file. Its message has the
// form "file:line: message"; Unwrap returns the sentinel (ErrSyntax, ...).
type Error struct {
	Pos Position // where the problem is
	Msg string   // the message, without the position
	Err error    // the sentinel (ErrSyntax, ErrCode, ...)
}

// Error formats the error as "file:line: message".
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Unwrap returns the sentinel error the Error belongs to.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is a list of *Error, in the style of go/scanner.ErrorList.
// The readers collect every problem of a file instead of stopping at the
// first, and return the list sorted by position. The zero value is an
// empty list ready to use.
type ErrorList []*Error

// Add appends an error for pos wrapping the sentinel kind.
func (l *ErrorList) Add(pos Position, kind error, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...), Err: kind})
}

// Len implements sort.Interface.
func (l ErrorList) Len() int { return len(l) }

// Swap implements sort.Interface.
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }

// Less orders errors by file, then line, then message.
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i].Pos, l[j].Pos
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return l[i].Msg < l[j].Msg
}

// Sort sorts the list by position; errors on the same line keep a stable
// order by message.
func (l ErrorList) Sort() { sort.Stable(l) }

// Error summarises the list: the first error and the number of others.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// String lists every error on its own line.
func (l ErrorList) String() string {
	var b strings.Builder
	for _, e := range l {
		b.WriteString(e.Error())
		b.WriteByte('\n')
	}
	return b.String()
}

// Err returns nil for an empty list and the list itself otherwise, so a
// reader can end with "return d, errs.Err()".
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap exposes the individual errors to errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}
