package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"tacitus/coder"
	"tacitus/nlp/conllu"
	"tacitus/nlp/models"
	"tacitus/nlp/udeval"
)

func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "measure accuracy against gold data",
	}
	ud := &cobra.Command{
		Use:   "ud FILE.conllu",
		Short: "score the NLP pipeline on a UD treebank (CoNLL 2018 shared-task semantics)",
		Long: `ud scores the default pipeline on a gold CoNLL-U file twice:
with gold tokenization (UPOS, XPOS, lemma accuracy, UAS, LAS) and from raw
text rebuilt per document (token, sentence and word F1, then tags and
attachment as F1 over aligned words). The last line holds key=value pairs.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := models.Default()
			if err != nil {
				return err
			}
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			gold, err := conllu.ReadAll(f, args[0])
			f.Close()
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			g := udeval.EvalGold(gold, p)
			r := udeval.EvalRaw(gold, p)
			fmt.Fprintf(w, "== %s, gold tokenization\n", args[0])
			if _, err := g.WriteTo(w); err != nil {
				return err
			}
			fmt.Fprintf(w, "\n== %s, from raw text\n", args[0])
			if _, err := r.WriteTo(w); err != nil {
				return err
			}
			fmt.Fprintf(w, "\nupos=%.2f xpos=%.2f lemma=%.2f uas=%.2f las=%.2f raw_tokens_f1=%.2f raw_sentences_f1=%.2f raw_words_f1=%.2f raw_upos=%.2f raw_uas=%.2f raw_las=%.2f\n",
				pct(g.Value(g.UPOS)), pct(g.Value(g.XPOS)), pct(g.Value(g.Lemmas)), pct(g.Value(g.UAS)), pct(g.Value(g.LAS)),
				pct(r.Tokens.F1()), pct(r.Sentences.F1()), pct(r.Words.F1()),
				pct(r.Value(r.UPOS)), pct(r.Value(r.UAS)), pct(r.Value(r.LAS)))
			return nil
		},
	}
	var dictDir string
	petrarch := &cobra.Command{
		Use:   "petrarch FILE.xml --dict DIR",
		Short: "run the PETRARCH2 validation suite: code each record's text and compare with its expected events",
		Long: `petrarch codes the <Text> of every record of a PETRARCH validation file
with the record's date and the in-file <Config> changes, using only the
dictionaries in --dict (file roles from the file's <Environment> or from
their names), and prints a per-category table of expected, found, missed
and extra events. The last line is "found F/N, extra X, records R/T".`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if dictDir == "" {
				return errors.New("--dict DIR is required: the directory holding the suite's dictionaries")
			}
			p, err := models.Default()
			if err != nil {
				return err
			}
			_, err = coder.EvalSuite(args[0], dictDir, p, cmd.OutOrStdout())
			return err
		},
	}
	petrarch.Flags().StringVar(&dictDir, "dict", "", "directory with the suite's PETR.Validate.* dictionaries")
	cmd.AddCommand(ud, petrarch)
	return cmd
}

func pct(f float64) float64 { return 100 * f }
