package coder

import (
	"testing"

	"tacitus/dictionary"
	"tacitus/dictionary/builtin"
)

// TestPatternOwners checks which verbs of a built-in Phoenix block may
// use a pattern written for one of its verbs.
func TestPatternOwners(t *testing.T) {
	l, err := builtin.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		block   string // block name
		pattern string // pattern text as written
		verb    string // first word of the verb line
		want    bool
	}{
		{name: "own verb", block: "BLAME", pattern: "* KILLING", verb: "CONDEMN", want: true},
		{name: "own code differs", block: "BLAME", pattern: "* KILLING", verb: "ACCUSE", want: false},
		{name: "same own code", block: "BLAME", pattern: "* (OF TERRORISM)", verb: "BLAME", want: true},
		{name: "block default verb", block: "BLAME", pattern: "* KILLING", verb: "CHARGE", want: true},
		{name: "indict's pattern not for accuse", block: "BLAME", pattern: "* (FOR &CRIME)", verb: "ACCUSE", want: false},
		{name: "indict's pattern for convict", block: "BLAME", pattern: "* (FOR &CRIME)", verb: "CONVICT", want: true},
		{name: "verb of its own code, pattern of a verb without", block: "REFUSE", pattern: "* COMMENT", verb: "DECLINE", want: true},
		{name: "grill is no request", block: "ASK", pattern: "* EXTRADITION", verb: "GRILL", want: false},
		{name: "express takes assert's support", block: "EXPLAIN VERBAL", pattern: "* SUPPORT", verb: "EXPRESS", want: true},
		{name: "question takes ask's patterns", block: "ASK", pattern: "* EXTRADITION", verb: "QUESTION", want: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var blk *dictionary.VerbBlock
			for _, b := range l.Set.Verbs.Blocks() {
				if b.Name == tc.block {
					blk = b
					break
				}
			}
			if blk == nil {
				t.Fatalf("no block %s", tc.block)
			}
			var pat *dictionary.Pattern
			for _, p := range blk.Patterns {
				if p.Text == tc.pattern {
					pat = p
					break
				}
			}
			var verb *dictionary.Verb
			for _, v := range blk.Verbs {
				if v.Words[0] == tc.verb {
					verb = v
				}
			}
			if pat == nil || verb == nil {
				t.Fatalf("pattern %q or verb %s not in block %s", tc.pattern, tc.verb, tc.block)
			}
			own := patternOwners(blk, pat)
			if got := own == nil || own[verb]; got != tc.want {
				t.Errorf("%s may use %q (# %s): %v, want %v", tc.verb, tc.pattern, pat.Comment, got, tc.want)
			}
		})
	}
}
