package coder

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"tacitus/conformance"
	"tacitus/dictionary"
	"tacitus/nlp"
)

// ErrNoPipeline is returned by EvalSuite and SuiteCoder when no NLP
// pipeline (with a segmenter) is given.
var ErrNoPipeline = errors.New("coder: no NLP pipeline")

// ConfigFrom converts the validation suite's options to a Config.
func ConfigFrom(c conformance.Config) Config {
	return Config{
		RequireDyad:    c.RequireDyad,
		NewActorLength: c.NewActorLength,
		CommaMin:       c.CommaMin, CommaMax: c.CommaMax,
		CommaBMin: c.CommaBMin, CommaBMax: c.CommaBMax,
		CommaEMin: c.CommaEMin, CommaEMax: c.CommaEMax,
	}
}

// SuiteCoder adapts a Coder and an NLP pipeline to the conformance
// package's Coder interface: each record's text is tokenised, tagged and
// parsed as one sentence and coded with the record's date and options.
type SuiteCoder struct {
	Coder    *Coder
	Pipeline *nlp.Pipeline
}

// Parse tokenises and parses text as a single sentence (a suite record is
// one sentence even where the segmenter would split it).
func Parse(p *nlp.Pipeline, text string) (nlp.Sentence, error) {
	if p == nil || p.Segmenter == nil {
		return nlp.Sentence{}, ErrNoPipeline
	}
	sents := p.Segmenter.Segment(text)
	var s nlp.Sentence
	for i, x := range sents {
		if i == 0 {
			s.Start = x.Start
		}
		s.End = x.End
		s.Tokens = append(s.Tokens, x.Tokens...)
	}
	p.Annotate(&s)
	nlp.ReportAsParataxis(&s) // as extract does
	return s, nil
}

// Code implements conformance.Coder.
func (a *SuiteCoder) Code(ctx context.Context, in conformance.Input) ([]conformance.Coding, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s, err := Parse(a.Pipeline, in.Text)
	if err != nil {
		return nil, err
	}
	evs, err := a.Coder.Code(s, in.Text, in.Date, ConfigFrom(in.Config))
	if err != nil {
		return nil, suiteError(err)
	}
	return Codings(evs), nil
}

// Codings converts events to the suite's codings.
func Codings(evs []Event) []conformance.Coding {
	out := make([]conformance.Coding, 0, len(evs))
	for _, e := range evs {
		out = append(out, conformance.Coding{Source: e.Source, Target: e.Target, Event: e.Code})
	}
	return out
}

// suiteError maps the coder's sentinel errors to the conformance ones,
// keeping both in the chain.
func suiteError(err error) error {
	switch {
	case errors.Is(err, ErrStoryDiscard):
		return fmt.Errorf("%w: %w", conformance.ErrStoryDiscard, err)
	case errors.Is(err, ErrSentenceDiscard):
		return fmt.Errorf("%w: %w", conformance.ErrSentenceDiscard, err)
	case errors.Is(err, ErrDateline):
		return fmt.Errorf("%w: %w", conformance.ErrDateline, err)
	case errors.Is(err, ErrBadInput):
		return fmt.Errorf("%w: %w", conformance.ErrBadInputParse, err)
	}
	return err
}

// LoadSuiteDictionaries loads the dictionaries a suite's <Environment>
// names from dictDir (files it does not name are not read; when it names
// none, the files of dictDir are classified by name).
func LoadSuiteDictionaries(env conformance.Environment, dictDir string) (*dictionary.Set, error) {
	fsys := os.DirFS(dictDir)
	var files dictionary.Files
	if env.Verbfile != "" {
		files.Verbs = []string{env.Verbfile}
	}
	files.Actors = append(files.Actors, env.Actorfiles...)
	if env.Agentfile != "" {
		files.Agents = []string{env.Agentfile}
	}
	if env.Discardfile != "" {
		files.Discards = []string{env.Discardfile}
	}
	var set *dictionary.Set
	var err error
	if len(files.Verbs)+len(files.Actors)+len(files.Agents)+len(files.Discards) == 0 {
		set, err = dictionary.LoadDir(fsys, ".")
	} else {
		set, err = dictionary.Load(fsys, files)
	}
	var el dictionary.ErrorList
	if err != nil && !errors.As(err, &el) {
		return nil, fmt.Errorf("coder: loading dictionaries from %s: %w", dictDir, err)
	}
	return set, nil
}

// EvalSuite runs the PETRARCH validation suite at recordsPath: the
// dictionaries are read from dictDir only (the files named by the suite's
// <Environment>), every record's text is parsed with pipeline and coded
// with its date and the <Config> options in force, and the per-category
// table is written to w.
func EvalSuite(recordsPath, dictDir string, pipeline *nlp.Pipeline, w io.Writer) (*conformance.Report, error) {
	if pipeline == nil || pipeline.Segmenter == nil {
		return nil, ErrNoPipeline
	}
	suite, err := conformance.LoadSuite(recordsPath)
	if err != nil {
		return nil, fmt.Errorf("coder: %w", err)
	}
	if dictDir == "" {
		dictDir = filepath.Dir(recordsPath)
	}
	set, err := LoadSuiteDictionaries(suite.Env, dictDir)
	if err != nil {
		return nil, err
	}
	sc := &SuiteCoder{Coder: New(set, Options{LooseActors: true, DatelineError: true}), Pipeline: pipeline}
	rep, err := conformance.Run(context.Background(), suite, sc)
	if err != nil {
		return nil, fmt.Errorf("coder: %w", err)
	}
	if w != nil {
		if err := rep.WriteTable(w); err != nil {
			return rep, fmt.Errorf("coder: writing report: %w", err)
		}
	}
	return rep, nil
}
