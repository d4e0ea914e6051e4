package cameo

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"tacitus/internal/sharedtest"
)

// TestPLOVERVocabulary checks every shipped type, mode and context against
// the PLOVER manual's vocabulary in ../shared.
func TestPLOVERVocabulary(t *testing.T) {
	path := sharedtest.Path(t, "ontology", "plover_ontology_from_manual.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Events []struct {
			Event string
			Modes []struct{ Mode string }
		}
		Contexts []struct{ Context string }
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	modes := map[string][]string{}
	for _, e := range doc.Events {
		modes[e.Event] = []string{}
		for _, m := range e.Modes {
			modes[e.Event] = append(modes[e.Event], m.Mode)
		}
	}
	var contexts []string
	for _, c := range doc.Contexts {
		contexts = append(contexts, c.Context)
	}
	types := map[string]bool{}
	for _, code := range Codes() {
		p := PLOVER(code)
		if p == nil {
			continue
		}
		types[p.Type] = true
		m, ok := modes[p.Type]
		if !ok {
			t.Errorf("%s: unknown type %q", code, p.Type)
		}
		if p.Mode != "" && !slices.Contains(m, p.Mode) {
			t.Errorf("%s: %s has no mode %q", code, p.Type, p.Mode)
		}
		for _, c := range p.Context {
			if !slices.Contains(contexts, c) {
				t.Errorf("%s: unknown context %q", code, c)
			}
		}
	}
	if len(types) != 16 {
		t.Errorf("CAMEO maps to %d PLOVER types, want all 16", len(types))
	}
}
