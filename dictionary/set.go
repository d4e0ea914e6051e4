package dictionary

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// Kind is a dictionary file kind.
type Kind uint8

// File kinds, as recognised from file names by ClassifyFile.
const (
	KindUnknown Kind = iota
	KindVerbs
	KindActors
	KindAgents
	KindDiscards
	KindIssues
	KindPrepositions
)

// String names the kind.
func (k Kind) String() string {
	return [...]string{"unknown", "verbs", "actors", "agents", "discards", "issues", "prepositions"}[k]
}

// ClassifyFile tells the kind of a dictionary file from its base name,
// case-insensitively: "*verbs*.txt" and "CAMEO*.txt" are verbs,
// "*actors*.txt" actors, "*agents*.txt" agents, "*discards*.txt"
// discards, "*issue*.txt" issues, "*preposition*.txt" prepositions.
// Other names (licences, records, configuration) are KindUnknown.
func ClassifyFile(name string) Kind {
	b := strings.ToLower(path.Base(name))
	if !strings.HasSuffix(b, ".txt") {
		return KindUnknown
	}
	switch {
	case strings.Contains(b, "verbs"), strings.HasPrefix(b, "cameo"):
		return KindVerbs
	case strings.Contains(b, "actors"):
		return KindActors
	case strings.Contains(b, "agents"):
		return KindAgents
	case strings.Contains(b, "discards"):
		return KindDiscards
	case strings.Contains(b, "issue"):
		return KindIssues
	case strings.Contains(b, "preposition"):
		return KindPrepositions
	}
	return KindUnknown
}

// Files lists the files of one layer by kind; paths are relative to the
// fs.FS they are read from. Within a kind, files are read in the order
// given.
type Files struct {
	Verbs, Actors, Agents, Discards, Issues, Prepositions []string // paths by kind
}

func (f *Files) add(k Kind, p string) {
	switch k {
	case KindVerbs:
		f.Verbs = append(f.Verbs, p)
	case KindActors:
		f.Actors = append(f.Actors, p)
	case KindAgents:
		f.Agents = append(f.Agents, p)
	case KindDiscards:
		f.Discards = append(f.Discards, p)
	case KindIssues:
		f.Issues = append(f.Issues, p)
	case KindPrepositions:
		f.Prepositions = append(f.Prepositions, p)
	}
}

func (f Files) empty() bool {
	return len(f.Verbs)+len(f.Actors)+len(f.Agents)+len(f.Discards)+len(f.Issues)+len(f.Prepositions) == 0
}

// FilesInDir classifies the files directly in dir (sorted by name, as
// fs.ReadDir returns them; the Phoenix actor files then come in the
// order of the reference configuration: Countries, International,
// MilNonState). It returns ErrNoFiles if none is a dictionary file.
func FilesInDir(fsys fs.FS, dir string) (Files, error) {
	var files Files
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return files, fmt.Errorf("dictionary: %w", err)
	}
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		files.add(ClassifyFile(e.Name()), path.Join(dir, e.Name()))
	}
	if files.empty() {
		return files, fmt.Errorf("dictionary: %s: %w", dir, ErrNoFiles)
	}
	return files, nil
}

// Set bundles a complete dictionary set. Each dictionary is built from
// layers: every Add/AddDir call adds one layer, and a phrase, word form,
// synset or block name defined in a later layer hides the earlier
// layers' definitions of it - so a user's files can overlay the built-in
// ones. A Set is safe for concurrent lookups once loading is done.
type Set struct {
	Verbs        *VerbDict          // verb blocks, forms, patterns, synsets
	Actors       *ActorDict         // actor phrases and dated codes
	Agents       *AgentDict         // agent phrases
	Discards     *DiscardDict       // sentence and story discards
	Issues       *IssueDict         // issue and ignore phrases
	Prepositions []*PrepositionFile // prepositions lists, if any
	warnings     ErrorList
}

// NewSet returns an empty set.
func NewSet() *Set {
	return &Set{
		Verbs: NewVerbDict(), Actors: NewActorDict(), Agents: NewAgentDict(),
		Discards: NewDiscardDict(), Issues: NewIssueDict(),
	}
}

// LoadDir loads a set from directories of fsys, one overlay layer per
// directory (later directories win), picking files by ClassifyFile.
// See Add for the error contract.
func LoadDir(fsys fs.FS, dirs ...string) (*Set, error) {
	s := NewSet()
	var all ErrorList
	for _, d := range dirs {
		err := s.AddDir(fsys, d)
		var el ErrorList
		switch {
		case err == nil:
		case errors.As(err, &el):
			all = append(all, el...)
		default:
			return s, err
		}
	}
	all.Sort()
	return s, all.Err()
}

// Load loads a set from explicit file lists, one overlay layer per Files
// value. See Add for the error contract.
func Load(fsys fs.FS, layers ...Files) (*Set, error) {
	s := NewSet()
	var all ErrorList
	for _, l := range layers {
		err := s.Add(fsys, l)
		var el ErrorList
		switch {
		case err == nil:
		case errors.As(err, &el):
			all = append(all, el...)
		default:
			return s, err
		}
	}
	all.Sort()
	return s, all.Err()
}

// AddDir adds the dictionary files directly in dir as one layer.
func (s *Set) AddDir(fsys fs.FS, dir string) error {
	files, err := FilesInDir(fsys, dir)
	if err != nil {
		return err
	}
	return s.Add(fsys, files)
}

// Add reads files and adds them to s as one layer. A file that cannot be
// read is a fatal error (wrapping the fs error) and leaves s unchanged.
// Malformed lines are not fatal: they are skipped, everything else is
// loaded, and Add returns an ErrorList of all of them, sorted by file and
// line. Tolerated oddities are collected in Warnings.
func (s *Set) Add(fsys fs.FS, files Files) error {
	var errs ErrorList
	verbs, err := parseFiles(fsys, files.Verbs, func(n string, b []byte) (*VerbFile, ErrorList) {
		return parseVerbs(n, b, VerbOptions{})
	}, &errs)
	if err != nil {
		return err
	}
	actors, err := parseFiles(fsys, files.Actors, parseActors, &errs)
	if err != nil {
		return err
	}
	agents, err := parseFiles(fsys, files.Agents, parseAgents, &errs)
	if err != nil {
		return err
	}
	discards, err := parseFiles(fsys, files.Discards, parseDiscards, &errs)
	if err != nil {
		return err
	}
	issues, err := parseFiles(fsys, files.Issues, parseIssues, &errs)
	if err != nil {
		return err
	}
	preps, err := parseFiles(fsys, files.Prepositions, parsePrepositions, &errs)
	if err != nil {
		return err
	}
	var warns ErrorList
	for _, f := range verbs {
		warns = append(warns, f.Warnings...)
	}
	for _, f := range actors {
		warns = append(warns, f.Warnings...)
	}
	for _, f := range agents {
		warns = append(warns, f.Warnings...)
	}
	for _, f := range issues {
		warns = append(warns, f.Warnings...)
	}
	nw := len(s.Verbs.Warnings)
	if len(verbs) > 0 {
		s.Verbs.AddLayer(verbs...)
	}
	if len(actors) > 0 {
		s.Actors.AddLayer(actors...)
	}
	if len(agents) > 0 {
		s.Agents.AddLayer(agents...)
	}
	if len(discards) > 0 {
		s.Discards.AddLayer(discards...)
	}
	if len(issues) > 0 {
		s.Issues.AddLayer(issues...)
	}
	s.Prepositions = append(s.Prepositions, preps...)
	warns = append(warns, s.Verbs.Warnings[nw:]...)
	warns.Sort()
	s.warnings = append(s.warnings, warns...)
	errs.Sort()
	return errs.Err()
}

// Warnings returns the tolerated oddities of every file loaded so far
// (spec-documented leniencies such as malformed actor dates, nested or
// undefined synsets), sorted within each layer.
func (s *Set) Warnings() ErrorList { return s.warnings }

// IsPreposition reports whether word is in any loaded prepositions list.
func (s *Set) IsPreposition(word string) bool {
	for _, p := range s.Prepositions {
		if p.Has(word) {
			return true
		}
	}
	return false
}

// Stats counts what a Set holds.
type Stats struct {
	// verb dictionary
	VerbFiles, Synsets, Blocks, Verbs, VerbForms, Patterns, Transformations int
	// actors: entries and codes as read, distinct phrases in the trie
	ActorEntries, ActorPhrases, ActorCodes int
	// agents: entries as read, distinct surface phrases
	AgentEntries, AgentPhrases int
	// discards, issues (entries and distinct issue phrases), prepositions
	Discards, IssueEntries, IssuePhrases, Prepositions int
}

// Stats returns counts over all layers (entries as read; *Phrases are
// distinct phrases in the matching structures).
func (s *Set) Stats() Stats {
	var st Stats
	st.VerbFiles = len(s.Verbs.Files)
	for _, f := range s.Verbs.Files {
		st.Synsets += len(f.Synsets)
		st.Blocks += len(f.Blocks)
		st.Transformations += len(f.Transformations)
		for _, b := range f.Blocks {
			st.Patterns += len(b.Patterns)
			st.Verbs += len(b.Verbs)
			for _, v := range b.Verbs {
				st.VerbForms += len(v.Forms)
			}
		}
	}
	for _, f := range s.Actors.Files {
		st.ActorEntries += len(f.Entries)
		for _, e := range f.Entries {
			st.ActorCodes += len(e.Codes)
		}
	}
	st.ActorPhrases = s.Actors.Len()
	for _, f := range s.Agents.Files {
		st.AgentEntries += len(f.Entries)
	}
	st.AgentPhrases = s.Agents.Len()
	for _, f := range s.Discards.Files {
		st.Discards += len(f.Entries)
	}
	for _, f := range s.Issues.Files {
		st.IssueEntries += len(f.Entries)
	}
	st.IssuePhrases = s.Issues.Len()
	for _, p := range s.Prepositions {
		st.Prepositions += len(p.Words)
	}
	return st
}

// parseFiles reads and parses each named file of one kind, appending the
// malformed lines of all of them to errs. A file that cannot be read is
// fatal.
func parseFiles[F any](fsys fs.FS, names []string, parse func(name string, data []byte) (F, ErrorList), errs *ErrorList) ([]F, error) {
	var out []F
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("dictionary: %w", err)
		}
		f, el := parse(n, b)
		*errs = append(*errs, el...)
		out = append(out, f)
	}
	return out, nil
}
