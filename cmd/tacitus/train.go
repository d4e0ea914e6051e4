package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"tacitus/nlp"
	"tacitus/nlp/conllu"
	"tacitus/nlp/depparse"
	"tacitus/nlp/lemma"
	"tacitus/nlp/models"
	"tacitus/nlp/tagger"
)

func newTrainCmd() *cobra.Command {
	var trainPath, devPath, out string
	var seed int64
	var iters int
	cmd := &cobra.Command{
		Use:   "train tagger|lemma|parser|all --train FILE.conllu --dev FILE.conllu [--out DIR]",
		Short: "train the NLP models from CoNLL-U treebanks (deterministic given --seed)",
		Long: `train learns the tagger, the lemmatizer and the dependency parser from
CoNLL-U files and writes them, gzip-compressed, into --out under the names
the binary embeds (tagger.bin.gz, lemma.bin.gz, parser.bin.gz). Copy them to
nlp/models and rebuild to ship them. Training is deterministic given the
seed and the data.`,
		Args:      cobra.ExactArgs(1),
		ValidArgs: []string{"tagger", "lemma", "parser", "all"},
		RunE: func(cmd *cobra.Command, args []string) error {
			what := args[0]
			switch what {
			case "tagger", "lemma", "parser", "all":
			default:
				return fmt.Errorf("nothing called %q to train: want tagger, lemma, parser or all", what)
			}
			train, err := readTreebank(trainPath)
			if err != nil {
				return err
			}
			dev, err := readTreebank(devPath)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return err
			}
			log := cmd.ErrOrStderr()
			if what == "tagger" || what == "all" {
				m, err := tagger.Train(train, dev, tagger.TrainOptions{Iterations: iters, Seed: seed, Log: log})
				if err != nil {
					return err
				}
				if err := save(filepath.Join(out, models.TaggerFile), m.Save); err != nil {
					return err
				}
			}
			if what == "lemma" || what == "all" {
				m, err := lemma.Train(train, lemma.TrainOptions{Log: log})
				if err != nil {
					return err
				}
				if err := save(filepath.Join(out, models.LemmaFile), m.Save); err != nil {
					return err
				}
			}
			if what == "parser" || what == "all" {
				m, err := depparse.Train(train, dev, depparse.TrainOptions{Iterations: iters, Seed: seed, Log: log})
				if err != nil {
					return err
				}
				if err := save(filepath.Join(out, models.ParserFile), m.Save); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&trainPath, "train", "../shared/treebank/ud-english-ewt/en_ewt-ud-train.conllu", "training treebank")
	cmd.Flags().StringVar(&devPath, "dev", "../shared/treebank/ud-english-ewt/en_ewt-ud-dev.conllu", "development treebank (model selection)")
	cmd.Flags().StringVar(&out, "out", "out/models", "output directory")
	cmd.Flags().Int64Var(&seed, "seed", 1, "random seed")
	cmd.Flags().IntVar(&iters, "iterations", 0, "training epochs (0: each model's default)")
	return cmd
}

// readTreebank reads a CoNLL-U file into pipeline sentences with gold columns.
func readTreebank(path string) ([]nlp.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, path)
	if err != nil {
		return nil, err
	}
	out := make([]nlp.Sentence, len(sents))
	for i, s := range sents {
		out[i] = s.NLP()
	}
	return out, nil
}

// save writes a model file through its Save method.
func save(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}
