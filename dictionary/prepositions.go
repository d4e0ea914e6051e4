package dictionary

import (
	"fmt"
	"io"
	"strings"
)

// PrepositionFile is a prepositions list (Phoenix.prepositions.txt): one
// lower-case preposition per line. No reference program reads it (spec
// sec. 5); it is provided for coders that want a preposition test.
type PrepositionFile struct {
	Name string // file name, as used in positions
	// Words are the prepositions, upper case, in file order.
	Words []string
	// Pos[i] is the line of Words[i].
	Pos   []Position
	table wordTable
}

// ParsePrepositions reads a prepositions list. A line with more than one
// word is malformed.
func ParsePrepositions(name string, r io.Reader) (*PrepositionFile, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	f, errs := parsePrepositions(name, data)
	return f, errs.Err()
}

func parsePrepositions(name string, data []byte) (*PrepositionFile, ErrorList) {
	f := &PrepositionFile{Name: name}
	var errs ErrorList
	for _, ln := range splitLines(name, data, false) {
		fs := strings.Fields(ln.text)
		if len(fs) != 1 {
			errs.Add(ln.pos, ErrSyntax, "want one preposition per line, got %d words", len(fs))
			continue
		}
		w := Fold(fs[0])
		f.Words = append(f.Words, w)
		f.Pos = append(f.Pos, ln.pos)
		f.table.intern(w)
	}
	errs.Sort()
	return f, errs
}

// Has reports whether word is in the list, case-insensitively, without
// allocating.
func (f *PrepositionFile) Has(word string) bool {
	return f != nil && f.table.lookup(word) >= 0
}
