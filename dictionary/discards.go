package dictionary

import (
	"fmt"
	"io"
	"strings"
)

// DiscardEntry is one phrase of a discards file (spec sec. 5).
type DiscardEntry struct {
	// Phrase is the discard phrase; WholeWord records a trailing '_'.
	Phrase Phrase
	// Story is true for a story discard (written with a leading '+'):
	// the whole story is dropped. Otherwise only the sentence is.
	Story bool
	Pos   Position // the entry's line
}

// DiscardFile is the parsed content of one discards file.
type DiscardFile struct {
	Name    string          // file name, as used in positions
	Entries []*DiscardEntry // in file order
}

// ParseDiscards reads a discards file: one phrase per line, '+' marks a
// story discard. Lines with brackets are malformed.
func ParseDiscards(name string, r io.Reader) (*DiscardFile, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	f, errs := parseDiscards(name, data)
	return f, errs.Err()
}

func parseDiscards(name string, data []byte) (*DiscardFile, ErrorList) {
	f := &DiscardFile{Name: name}
	var errs ErrorList
	for _, ln := range splitLines(name, data, false) {
		t := strings.TrimSpace(ln.text)
		e := &DiscardEntry{Pos: ln.pos}
		if t[0] == '+' {
			e.Story, t = true, t[1:]
		}
		if strings.ContainsAny(t, "[]{}") {
			errs.Add(ln.pos, ErrSyntax, "discard phrase %q contains a bracket", t)
			continue
		}
		e.Phrase = parsePhrase(t)
		if len(e.Phrase.Words) == 0 {
			errs.Add(ln.pos, ErrSyntax, "empty discard phrase")
			continue
		}
		f.Entries = append(f.Entries, e)
	}
	errs.Sort()
	return f, errs
}

// DiscardMatch is a match in a DiscardDict.
type DiscardMatch = Match[*DiscardEntry]

// DiscardDict is the matching structure over discards files. Matching is
// on whole tokens (P2 semantics; P1's prefix matching of a phrase without
// trailing '_' is not implemented, spec sec. 5). When a phrase is both a
// story and a sentence discard, Match.Entries holds both: check
// StoryDiscard.
type DiscardDict struct {
	Files []*DiscardFile // the files added, in order
	idx   phraseIndex[*DiscardEntry]
	layer int
}

// NewDiscardDict returns an empty discards dictionary.
func NewDiscardDict() *DiscardDict { return &DiscardDict{} }

// AddLayer adds files as a new overlay layer (see ActorDict.AddLayer).
func (d *DiscardDict) AddLayer(files ...*DiscardFile) {
	d.layer++
	for _, f := range files {
		d.Files = append(d.Files, f)
		for _, e := range f.Entries {
			d.idx.add(&e.Phrase, d.layer, e)
		}
	}
}

// LongestMatch returns the longest discard phrase matching words[i:]
// word for word, case-insensitively, in O(match length) without
// allocating.
func (d *DiscardDict) LongestMatch(words []string, i int) (DiscardMatch, bool) {
	return d.idx.longest(words, nil, i)
}

// Scan looks for discard phrases anywhere in words. It returns story=true
// if a story discard occurs (story discards take precedence), else
// sentence=true if a sentence discard occurs, with the first match of
// the winning kind. It does not allocate.
func (d *DiscardDict) Scan(words []string) (m DiscardMatch, story, sentence bool) {
	return d.scan(words, nil)
}

// ScanWords is Scan of w.List, with the hashes of w.
func (d *DiscardDict) ScanWords(w *Words) (m DiscardMatch, story, sentence bool) {
	return d.scan(w.List, w.hashes)
}

// scan is Scan; hashes, when not nil, holds the foldHash of each word.
func (d *DiscardDict) scan(words []string, hashes []uint64) (m DiscardMatch, story, sentence bool) {
	for i := range words {
		x, ok := d.idx.longest(words, hashes, i)
		if !ok {
			continue
		}
		for _, e := range x.Entries {
			if e.Story {
				x.Entry = e
				return x, true, false
			}
		}
		if !sentence {
			m, sentence = x, true
		}
	}
	return m, false, sentence
}

// Len returns the number of distinct phrases.
func (d *DiscardDict) Len() int { return d.idx.size() }
