// Package models holds tacitus's default NLP models, embedded in the binary:
// the part-of-speech tagger, the lemmatizer and the dependency parser, all
// trained on UD English EWT (see NOTICE.md), and builds the default
// pipeline from them.
package models

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sync"

	"tacitus/nlp"
	"tacitus/nlp/depparse"
	"tacitus/nlp/lemma"
	"tacitus/nlp/segment"
	"tacitus/nlp/tagger"
)

// ErrMissing is returned when a model file is not embedded in this build.
var ErrMissing = errors.New("models: model not embedded in this build")

//go:embed NOTICE.md *.gz
var files embed.FS

// File names of the embedded models.
const (
	TaggerFile = "tagger.bin.gz"
	LemmaFile  = "lemma.bin.gz"
	ParserFile = "parser.bin.gz"
)

// Bytes returns the compressed bytes of an embedded model file.
func Bytes(name string) ([]byte, error) {
	b, err := fs.ReadFile(files, name)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrMissing, name)
	}
	return b, nil
}

var (
	once     sync.Once
	pipeline *nlp.Pipeline
	loadErr  error
)

// Default returns the default pipeline: segmenter, tagger, lemmatizer and
// parser. The models are decoded once, on first use; the pipeline is safe
// for concurrent use.
func Default() (*nlp.Pipeline, error) {
	once.Do(func() { pipeline, loadErr = Load() })
	return pipeline, loadErr
}

// Load decodes the embedded models into a new pipeline. Most callers want
// Default, which does this once per process.
func Load() (*nlp.Pipeline, error) {
	p := &nlp.Pipeline{Segmenter: segment.New(segment.Options{})}
	b, err := Bytes(TaggerFile)
	if err != nil {
		return nil, err
	}
	tg, err := tagger.Load(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("models: %s: %w", TaggerFile, err)
	}
	p.Tagger = tg
	if b, err = Bytes(LemmaFile); err != nil {
		return nil, err
	}
	lm, err := lemma.Load(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("models: %s: %w", LemmaFile, err)
	}
	// The tagger's word-cluster vocabulary (news and treebank words)
	// tells the lemmatizer which of its stems are words.
	lm.SetVocabulary(tg.KnowsWord)
	p.Lemmatizer = lm
	if b, err = Bytes(ParserFile); err != nil {
		return nil, err
	}
	if p.Parser, err = depparse.Load(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("models: %s: %w", ParserFile, err)
	}
	return p, nil
}
