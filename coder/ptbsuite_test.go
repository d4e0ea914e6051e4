package coder

import (
	"bytes"
	"path/filepath"
	"testing"

	"tacitus/conformance"
)

// TestSuiteFromTreebankParses codes the validation suite from the records'
// own <Parse> trees (converted to dependencies): a check of the coder's
// rules that does not depend on tacitus's NLP models.
func TestSuiteFromTreebankParses(t *testing.T) {
	dir := suiteDir(t)
	suite, err := conformance.LoadSuite(filepath.Join(dir, "PETR.UnitTest.records.xml"))
	if err != nil {
		t.Fatal(err)
	}
	set, err := LoadSuiteDictionaries(suite.Env, dir)
	if err != nil {
		t.Fatal(err)
	}
	c := New(set, Options{LooseActors: true, DatelineError: true})
	out := make([]conformance.Outcome, len(suite.Records))
	for i := range suite.Records {
		r := &suite.Records[i]
		s, ok := sentenceFromPTB(r.Parse, r.Text)
		if !ok {
			out[i].Err = ErrBadInput
			continue
		}
		evs, err := c.Code(s, r.Text, r.Date, ConfigFrom(r.Config))
		if err != nil {
			out[i].Err = suiteError(err)
			continue
		}
		out[i].Codings = Codings(evs)
	}
	rep, err := conformance.Score(suite, out)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	rep.WriteTable(&b)
	if testing.Verbose() {
		rep.WriteFailures(&b)
	}
	t.Log("\n" + b.String())
	// Ratchet: the coder's rules on the reference parses.
	if rep.Total.Found < 350 || rep.Total.Extra > 8 {
		t.Errorf("score on Treebank parses fell: found %d (min 350), extra %d (max 8)", rep.Total.Found, rep.Total.Extra)
	}
}
