package tagger

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Word classes from raw text. The tagger's weakest spot is the words it
// did not see in training, above all proper nouns against common nouns.
// Plain running text says a lot about them: a word that is capitalized in
// the middle of sentences is a name. CorpusClasses condenses a corpus into
// one small number per word (how often it is capitalized mid-sentence, how
// frequent it is, and which of the corpus's commonest words most often
// stands just before and just after it), which the model stores and uses
// as features. No text is kept.

// minCorpusCount is how often a word must occur mid-sentence to get a class.
const minCorpusCount = 3

// nNeighbours is how many of the commonest corpus words serve as typical
// neighbours.
const nNeighbours = 200

// CorpusClasses returns a class (a non-zero number) for every lower-cased
// word that occurs at least three times inside sentences of texts, for
// TrainOptions.Clusters. The low byte bins capitalization and frequency;
// the next two bytes are the typical left and right neighbour (the rank
// among the nNeighbours commonest words, 0 for none).
func CorpusClasses(texts []string) map[string]uint32 {
	type counts struct{ total, caps int }
	stats := map[string]*counts{}
	var lower []byte
	for _, text := range texts {
		initial := true
		for _, w := range strings.Fields(text) {
			core := strings.TrimFunc(w, func(r rune) bool {
				return r < 0x80 && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
			})
			wasInitial := initial
			last := w[len(w)-1]
			initial = last == '.' || last == '!' || last == '?' || last == ':' || last == '"' && len(w) > 1 && strings.ContainsAny(w[len(w)-2:len(w)-1], ".!?")
			if core == "" || wasInitial || !strings.ContainsFunc(core, func(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }) {
				continue
			}
			lower = appendLower(lower[:0], core)
			c := stats[string(lower)]
			if c == nil {
				c = &counts{}
				stats[string(lower)] = c
			}
			c.total++
			if 'A' <= core[0] && core[0] <= 'Z' {
				c.caps++
			}
		}
	}
	out := make(map[string]uint32, len(stats)/2)
	for w, c := range stats {
		if c.total < minCorpusCount {
			continue
		}
		r := float64(c.caps) / float64(c.total)
		capBin := 0
		for _, b := range []float64{0.02, 0.2, 0.5, 0.8, 0.98} {
			if r >= b {
				capBin++
			}
		}
		freqBin := 0
		for _, b := range []int{8, 32, 128} {
			if c.total >= b {
				freqBin++
			}
		}
		out[w] = uint32(1 + capBin*4 + freqBin)
	}
	totals := make(map[string]int, len(stats))
	for w, c := range stats {
		totals[w] = c.total
	}
	addNeighbours(texts, totals, out)
	return out
}

// addNeighbours adds to classes, for every word it holds, the typical left
// and right neighbour among the commonest words of texts.
func addNeighbours(texts []string, totals map[string]int, classes map[string]uint32) {
	words := make([]string, 0, len(totals))
	for w := range totals {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if totals[words[i]] != totals[words[j]] {
			return totals[words[i]] > totals[words[j]]
		}
		return words[i] < words[j]
	})
	rank := map[string]int{}
	for i, w := range words[:min(nNeighbours, len(words))] {
		rank[w] = i + 1
	}
	type hist [2][nNeighbours + 1]uint32
	hs := make(map[string]*hist, len(classes))
	var lower []byte
	for _, text := range texts {
		prev := ""
		for _, w := range strings.Fields(text) {
			core := strings.TrimFunc(w, func(r rune) bool {
				return r < 0x80 && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
			})
			if core == "" {
				prev = ""
				continue
			}
			lower = appendLower(lower[:0], core)
			cur := string(lower)
			if prev != "" {
				if h := hs[cur]; h != nil || classes[cur] != 0 {
					if h == nil {
						h = &hist{}
						hs[cur] = h
					}
					h[0][rank[prev]]++
				}
				if h := hs[prev]; h != nil || classes[prev] != 0 {
					if h == nil {
						h = &hist{}
						hs[prev] = h
					}
					h[1][rank[cur]]++
				}
			}
			prev = cur
			if last := w[len(w)-1]; last == '.' || last == '!' || last == '?' || last == ',' || last == ';' || last == ':' {
				prev = ""
			}
		}
	}
	for w, h := range hs {
		var side [2]uint32
		for k := range h {
			best := uint32(0)
			for r := 1; r <= nNeighbours; r++ {
				if h[k][r] > best {
					best, side[k] = h[k][r], uint32(r)
				}
			}
		}
		classes[w] |= side[0]<<8 | side[1]<<16
	}
}

// ReadCorpusClasses reads the "text" field of every line of JSON-lines
// files and returns their CorpusClasses.
func ReadCorpusClasses(paths ...string) (map[string]uint32, error) {
	var texts []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("tagger: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		line := 0
		for sc.Scan() {
			line++
			var doc struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
				f.Close()
				return nil, fmt.Errorf("tagger: %s:%d: %w", p, line, err)
			}
			texts = append(texts, doc.Text)
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("tagger: %s: %w", p, err)
		}
	}
	return CorpusClasses(texts), nil
}
