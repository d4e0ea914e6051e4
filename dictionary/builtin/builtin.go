// Package builtin holds the dictionaries shipped inside the tacitus
// binary and loads them, alone or overlaid with a user's dictionary
// directories.
//
// The built-in set is one overlay layer of package dictionary:
//
//   - the Phoenix/PETRARCH2 production dictionaries (CAMEO.2.0 verbs, the
//     Countries, International and MilNonState actors, agents, discards,
//     issues, prepositions), embedded gzip-compressed, MIT licence
//     (data/phoenix/NOTICE, LICENSE.petrarch2-MIT);
//   - CountryInfo.120116.actors.txt, an actor file generated from the
//     CountryInfo gazetteer with the country names, nationality forms
//     and their plurals, capitals, leaders (XXXGOV during their terms,
//     XXXELI otherwise) and government members that the Phoenix actors
//     lack; it comes after them in the layer, so Phoenix always wins. It
//     is licensed CC BY-SA 3.0 (data/countryinfo/NOTICE).
//
// Both are refreshed from the project's reference data with go generate.
//
// Load implements the command-line semantics: the built-in set first,
// then each --dict directory as a further layer (a phrase, verb form,
// synset or block defined in a later layer hides the earlier ones), or,
// with --no-default-dict, the directories alone. The default set is
// parsed once per process and shared. Every result carries Hash, a short
// content hash of the dictionaries used, for the "coder" field of event
// records.
package builtin

//go:generate go run ./internal/gen

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/klauspost/compress/gzip"

	"tacitus/dictionary"
	"tacitus/internal/gzipsize"
)

//go:embed data/phoenix data/countryinfo data/tacitus
var data embed.FS

// ErrNoDictionaries is returned by Load when the options leave nothing to
// load (NoDefault without any directory).
var ErrNoDictionaries = errors.New("builtin: no dictionaries: the built-in set is disabled and no directory is given")

// Options says which dictionaries Load uses.
type Options struct {
	// Dirs are user dictionary directories (the --dict flags), each
	// loaded as an overlay layer in order: later directories win per
	// phrase over earlier ones and over the built-in set. Files are
	// picked by dictionary.ClassifyFile.
	Dirs []string
	// NoDefault leaves out the built-in set (--no-default-dict).
	NoDefault bool
}

// Loaded is a loaded dictionary set with what identifies it.
type Loaded struct {
	// Set holds the dictionaries. The default set is shared by every
	// caller of Default and Load: use it for lookups only, never Add to
	// it.
	Set *dictionary.Set
	// Hash identifies the content of the dictionaries used (see Hash).
	Hash string
	// Layers names the layers in order: "builtin" and the directories as
	// given.
	Layers []string
}

// builtinFS decompresses the embedded files once.
var builtinFS = sync.OnceValues(decompress)

// decompress reads the embedded files, uncompressing the .gz ones.
func decompress() (memFS, error) {
	m := memFS{}
	err := fs.WalkDir(data, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := data.ReadFile(p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, "data/")
		if base, ok := strings.CutSuffix(name, ".gz"); ok {
			if b, err = gunzip(b); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			name = base
		}
		m[name] = b
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("builtin: embedded data: %w", err)
	}
	return m, nil
}

// gunzip uncompresses b into a buffer sized from the gzip trailer
// (the embedded files are far below its 4 GiB limit).
func gunzip(b []byte) ([]byte, error) {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.Grow(gzipsize.Hint(b, 1<<28) + bytes.MinRead)
	if _, err := out.ReadFrom(r); err != nil {
		return nil, err
	}
	return out.Bytes(), r.Close()
}

// FS returns the built-in files, uncompressed: phoenix/CAMEO.2.0.txt,
// phoenix/Phoenix.Countries.actors.txt, ...,
// countryinfo/CountryInfo.120116.actors.txt, with the licence and NOTICE
// files beside them. Paths are those of Files.
func FS() fs.FS {
	m, err := builtinFS()
	if err != nil {
		return memFS{} // unreachable: the embedded data is tested
	}
	return m
}

// Files lists the built-in dictionary files by kind, in load order: the
// Phoenix files in the order of the reference configuration, then the
// CountryInfo actors after the Phoenix actors.
func Files() dictionary.Files {
	f, _ := builtinFiles()
	return f
}

var builtinFiles = sync.OnceValues(func() (dictionary.Files, error) {
	m, err := builtinFS()
	if err != nil {
		return dictionary.Files{}, err
	}
	files, err := dictionary.FilesInDir(m, "phoenix")
	if err != nil {
		return files, fmt.Errorf("builtin: %w", err)
	}
	ci, err := dictionary.FilesInDir(m, "countryinfo")
	if err != nil {
		return files, fmt.Errorf("builtin: %w", err)
	}
	files.Actors = append(files.Actors, ci.Actors...)
	return files, nil
})

// builtinFixes lists the files of the built-in corrections layer
// (data/tacitus): tacitus's own entries, loaded after the Phoenix and
// CountryInfo files so that they replace those files' entries for the
// same phrase.
var builtinFixes = sync.OnceValues(func() (dictionary.Files, error) {
	m, err := builtinFS()
	if err != nil {
		return dictionary.Files{}, err
	}
	files, err := dictionary.FilesInDir(m, "tacitus")
	if err != nil {
		return files, fmt.Errorf("builtin: %w", err)
	}
	return files, nil
})

// Hash returns the content hash of the built-in set: the first 12 hex
// digits of a SHA-256 over its files in load order (kind, base name,
// length and content of each). Loaded.Hash of the default set equals it.
func Hash() string {
	h, _ := builtinHash()
	return h
}

var builtinHash = sync.OnceValues(func() (string, error) {
	m, err := builtinFS()
	if err != nil {
		return "", err
	}
	files, err := builtinFiles()
	if err != nil {
		return "", err
	}
	fixes, err := builtinFixes()
	if err != nil {
		return "", err
	}
	var h contentHash
	h.layer(m, files)
	h.layer(m, fixes)
	return h.sum(), nil
})

// Default returns the built-in set, parsed on the first call and shared
// afterwards.
func Default() (*Loaded, error) { return defaultSet() }

var defaultSet = sync.OnceValues(func() (*Loaded, error) {
	s := dictionary.NewSet()
	if err := addBuiltin(s); err != nil {
		return nil, err
	}
	return &Loaded{Set: s, Hash: Hash(), Layers: []string{"builtin"}}, nil
})

// addBuiltin adds the built-in layer to s. The built-in files load
// without errors (tested), so any error is fatal here.
func addBuiltin(s *dictionary.Set) error {
	m, err := builtinFS()
	if err != nil {
		return err
	}
	files, err := builtinFiles()
	if err != nil {
		return err
	}
	if err := s.Add(m, files); err != nil {
		return fmt.Errorf("builtin: built-in dictionaries: %w", err)
	}
	fixes, err := builtinFixes()
	if err != nil {
		return err
	}
	if err := s.Add(m, fixes); err != nil {
		return fmt.Errorf("builtin: built-in corrections: %w", err)
	}
	return nil
}

// Load loads the dictionaries opts asks for. Without directories it
// returns the shared default set (see Default). Otherwise it builds a new
// set: the built-in layer unless opts.NoDefault, then one layer per
// directory.
//
// A directory that cannot be read or holds no dictionary file is a fatal
// error (nil result). Malformed lines in a user's files are not: they are
// skipped, and Load returns the usable result together with a
// dictionary.ErrorList naming each line ("dir/file:line: message"), so
// that the caller can report them and go on or stop.
func Load(opts Options) (*Loaded, error) {
	if len(opts.Dirs) == 0 {
		if opts.NoDefault {
			return nil, ErrNoDictionaries
		}
		return Default()
	}
	s := dictionary.NewSet()
	var h contentHash
	res := &Loaded{Set: s}
	if !opts.NoDefault {
		if err := addBuiltin(s); err != nil {
			return nil, err
		}
		m, _ := builtinFS()
		files, _ := builtinFiles()
		fixes, _ := builtinFixes()
		h.layer(m, files)
		h.layer(m, fixes)
		res.Layers = append(res.Layers, "builtin")
	}
	var errs dictionary.ErrorList
	for _, dir := range opts.Dirs {
		m, files, err := readDir(dir)
		if err != nil {
			return nil, err
		}
		err = s.Add(m, files)
		var el dictionary.ErrorList
		switch {
		case err == nil:
		case errors.As(err, &el):
			errs = append(errs, el...)
		default:
			return nil, fmt.Errorf("builtin: dictionary directory %s: %w", dir, err)
		}
		h.layer(m, files)
		res.Layers = append(res.Layers, dir)
	}
	res.Hash = h.sum()
	return res, errs.Err()
}

// readDir reads the dictionary files directly in the OS directory dir
// into memory, keyed by their OS paths (dir joined with the file name).
func readDir(dir string) (memFS, dictionary.Files, error) {
	files, err := dictionary.FilesInDir(osFS{}, dir)
	if err != nil {
		return nil, files, fmt.Errorf("builtin: dictionary directory %s: %w", dir, err)
	}
	m := memFS{}
	for _, list := range kinds(&files) {
		for _, p := range *list {
			b, err := fs.ReadFile(osFS{}, p)
			if err != nil {
				return nil, files, fmt.Errorf("builtin: %w", err)
			}
			m[p] = b
		}
	}
	return m, files, nil
}

// osFS opens files by OS path. It serves dictionary.FilesInDir and
// fs.ReadFile for the user's directories, which are OS paths (absolute,
// or relative to the working directory, possibly with ".."), not the
// rooted paths of an fs.FS; so that error messages name the files as the
// user knows them.
type osFS struct{}

// Open opens the file with OS path name.
func (osFS) Open(name string) (fs.File, error) { return os.Open(filepath.FromSlash(name)) }

// kinds returns the file lists of f in load order.
func kinds(f *dictionary.Files) []*[]string {
	return []*[]string{&f.Verbs, &f.Actors, &f.Agents, &f.Discards, &f.Issues, &f.Prepositions}
}

// contentHash hashes the layers of a set.
type contentHash struct {
	sha hash.Hash
}

// layer adds one layer: for each file in load order, its kind, base name,
// length and content, so that the hash does not depend on where the
// files are installed.
func (c *contentHash) layer(fsys fs.FS, files dictionary.Files) {
	if c.sha == nil {
		c.sha = sha256.New()
	}
	fmt.Fprintf(c.sha, "layer\n")
	names := []string{"verbs", "actors", "agents", "discards", "issues", "prepositions"}
	for k, list := range kinds(&files) {
		for _, p := range *list {
			b, _ := fs.ReadFile(fsys, p)
			var n [8]byte
			binary.BigEndian.PutUint64(n[:], uint64(len(b)))
			fmt.Fprintf(c.sha, "%s %s\n", names[k], path.Base(p))
			c.sha.Write(n[:])
			c.sha.Write(b)
		}
	}
}

// sum returns the first 12 hex digits of the hash.
func (c *contentHash) sum() string {
	if c.sha == nil {
		c.sha = sha256.New()
	}
	return hex.EncodeToString(c.sha.Sum(nil))[:12]
}
