package coder

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tacitus/conformance"
	"tacitus/dictionary"
)

// dumpFrame renders the coder's view of a sentence, for debugging.
func (c *Coder) dumpFrame(f *frame) string {
	var b strings.Builder
	for i, t := range f.toks {
		fmt.Fprintf(&b, "%d %s %s/%s head=%d %s slot=%d\n", i, t.Text, t.UPOS, t.XPOS, t.Head-1, t.Rel, f.inSlot[i])
	}
	for i, w := range f.words {
		flags := ""
		if w.verb {
			flags += " VERB"
		}
		if w.comma {
			flags += " COMMA"
		}
		if w.del {
			flags += " DEL"
		}
		fmt.Fprintf(&b, "w%d %s slot=%d%s\n", i, w.up, w.slot, flags)
	}
	for i, s := range f.slots {
		fmt.Fprintf(&b, "slot %d [%d-%d]", i, s.lo, s.hi)
		for _, m := range s.members {
			var ws []string
			for _, w := range m.words {
				ws = append(ws, f.words[w].up)
			}
			fmt.Fprintf(&b, " {%s => %v null=%v}", strings.Join(ws, " "), m.codes, m.null)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestDebugRecord dumps the frame of the records named in CODER_DEBUG
// (comma-separated ids), from the Treebank parse or, with CODER_NLP=1,
// from tacitus's NLP.
func TestDebugRecord(t *testing.T) {
	ids := os.Getenv("CODER_DEBUG")
	if ids == "" {
		t.Skip("set CODER_DEBUG=ID,... to dump records")
	}
	dir := suiteDir(t)
	suite, err := conformance.LoadSuite(filepath.Join(dir, "PETR.UnitTest.records.xml"))
	if err != nil {
		t.Fatal(err)
	}
	set, _ := LoadSuiteDictionaries(suite.Env, dir)
	c := New(set, Options{LooseActors: true, DatelineError: true})
	for _, id := range strings.Split(ids, ",") {
		for i := range suite.Records {
			r := &suite.Records[i]
			if r.ID != id {
				continue
			}
			s, ok := debugSentence(t, r)
			if !ok {
				continue
			}
			f := &frame{text: r.Text, toks: s.Tokens}
			f.buildWords()
			f.buildTree()
			c.markActorTokens(f)
			f.markNominal()
			f.buildSlots()
			f.markVerbs()
			cfg := ConfigFrom(r.Config)
			f.deleteCommaClauses(cfg)
			for si := range f.slots {
				c.codeSlot(f, &f.slots[si], dictionary.NewDate(r.Date.Year(), int(r.Date.Month()), r.Date.Day()), cfg)
			}
			evs, err := c.Code(s, r.Text, r.Date, cfg)
			t.Logf("%s: %s\n%s\nexpected %v\ngot %v %v", r.ID, r.Text, c.dumpFrame(f), r.Expected, evs, err)
		}
	}
}
