package extract

import (
	"bytes"
	_ "embed"
	"fmt"
	"path"

	"tacitus/dictionary"
	"tacitus/dictionary/builtin"
)

// supplementVerbs fills gaps of the Phoenix verb dictionary (see the
// file's header).
//
//go:embed data/supplement.verbs.txt
var supplementVerbs []byte

// supplementName is the supplement's file name in positions and hashes.
const supplementName = "tacitus.supplement.verbs.txt"

// withSupplement returns set with the supplement verbs read before the
// built-in verb files, in the built-in layer; the verb files of a user's
// directories stay later layers, one per directory. Without the built-in
// verb files (a user's dictionaries alone) set is returned unchanged. set
// itself is not modified.
func withSupplement(set *dictionary.Set) (*dictionary.Set, error) {
	if set.Verbs == nil {
		return set, nil
	}
	supp, err := dictionary.ParseVerbs(supplementName, bytes.NewReader(supplementVerbs))
	if err != nil {
		return nil, fmt.Errorf("extract: verb supplement: %w", err)
	}
	isBuiltin := map[string]bool{}
	for _, n := range builtin.Files().Verbs {
		isBuiltin[n] = true
	}
	files := set.Verbs.Files
	n := 0
	for n < len(files) && isBuiltin[files[n].Name] {
		n++
	}
	if n == 0 {
		return set, nil
	}
	verbs := dictionary.NewVerbDict()
	verbs.AddLayer(append([]*dictionary.VerbFile{supp}, files[:n]...)...)
	for i := n; i < len(files); {
		j := i + 1
		for j < len(files) && path.Dir(files[j].Name) == path.Dir(files[i].Name) {
			j++
		}
		verbs.AddLayer(files[i:j]...)
		i = j
	}
	c := *set
	c.Verbs = verbs
	return &c, nil
}
