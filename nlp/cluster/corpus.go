package cluster

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"tacitus/nlp/conllu"
)

// AddJSONL adds the "text" field of every line of a JSON-lines file,
// split into sentences and words by the project's segmenter.
func (c *Corpus) AddJSONL(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cluster: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		var doc struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return fmt.Errorf("cluster: %s:%d: %w", path, line, err)
		}
		c.AddText(doc.Text)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("cluster: %s: %w", path, err)
	}
	return nil
}

// AddCoNLLU adds the word forms of every sentence of a CoNLL-U file.
func (c *Corpus) AddCoNLLU(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cluster: %w", err)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f, path)
	if err != nil {
		return fmt.Errorf("cluster: %w", err)
	}
	var words []string
	for _, s := range ss {
		words = words[:0]
		for _, t := range s.NLP().Tokens {
			words = append(words, t.Text)
		}
		c.Add(words)
	}
	return nil
}
