package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/spf13/cobra"

	"tacitus/nlp"
	"tacitus/nlp/conllu"
	"tacitus/nlp/models"
	"tacitus/nlp/udeval"
)

func newParseCmd() *cobra.Command {
	var input string
	cmd := &cobra.Command{
		Use:   "parse [--input text|conllu] [FILES…]",
		Short: "parse text into CoNLL-U (stdin when no file is given)",
		Long: `parse segments, tokenizes, tags, lemmatizes and parses text and writes CoNLL-U.

With --input text (the default) every file, or stdin, is one document; each
sentence gets "# sent_id" and "# text" comments and every token its byte
offsets in MISC as TokenRange=start:end.

With --input conllu the words of the CoNLL-U input are kept (gold
tokenization): LEMMA, UPOS, XPOS, HEAD and DEPREL are overwritten with the
pipeline's, FEATS and DEPS become "_", and comments, multiword-token range
lines, empty nodes and MISC are left as they are.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := models.Default()
			if err != nil {
				return err
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			parseOne := parseText
			switch input {
			case "text":
			case "conllu":
				parseOne = parseCoNLLU
			default:
				return fmt.Errorf("--input %q: want text or conllu", input)
			}
			if len(args) == 0 {
				return parseOne(p, w, cmd.InOrStdin(), "stdin")
			}
			for _, path := range args {
				f, err := os.Open(path)
				if err != nil {
					return err
				}
				err = parseOne(p, w, f, path)
				f.Close()
				if err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&input, "input", "text", "input format: text (raw text) or conllu (gold tokenization)")
	return cmd
}

// parseText treats the whole of r as one document.
func parseText(p *nlp.Pipeline, w io.Writer, r io.Reader, name string) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	text := string(b)
	doc := filepath.Base(name)
	if _, err := fmt.Fprintf(w, "# newdoc id = %s\n", doc); err != nil {
		return err
	}
	for i, s := range p.Parse(text) {
		if err := conllu.Write(w, udeval.ToCoNLLU(text, s, doc+"-"+strconv.Itoa(i+1))); err != nil {
			return err
		}
	}
	return nil
}

// parseCoNLLU annotates the words of every sentence of a CoNLL-U stream.
func parseCoNLLU(p *nlp.Pipeline, w io.Writer, r io.Reader, name string) error {
	rd := conllu.NewReader(r, name)
	for {
		s, err := rd.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		ns := s.NLP()
		for i := range ns.Tokens {
			t := &ns.Tokens[i]
			t.UPOS, t.XPOS, t.Lemma, t.Head, t.Rel = "", "", "", -1, ""
		}
		p.Annotate(&ns)
		if err := udeval.Overwrite(s, ns); err != nil {
			return fmt.Errorf("%s:%d: %w", name, s.Line, err)
		}
		if err := conllu.Write(w, s); err != nil {
			return err
		}
	}
}
