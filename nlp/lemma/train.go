package lemma

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"tacitus/nlp"
	"tacitus/nlp/conllu"
)

// TrainOptions controls Train. The zero value gives the defaults.
type TrainOptions struct {
	// MinRuleCount is how many distinct training words must support a
	// suffix rule for it to be kept (default 2).
	MinRuleCount int
	// Log receives progress lines; nil means silence.
	Log io.Writer
}

func (o *TrainOptions) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", args...)
	}
}

// TrainFiles reads a CoNLL-U training file, trains a model and writes it
// to out (gzip-compressed) unless out is empty. It is the entry point of
// the command line's training command.
func TrainFiles(trainPath, out string, opt TrainOptions) (*Model, error) {
	f, err := os.Open(trainPath)
	if err != nil {
		return nil, fmt.Errorf("lemma: %w", err)
	}
	ss, err := conllu.ReadAll(f, trainPath)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("lemma: reading %s: %w", trainPath, err)
	}
	train := make([]nlp.Sentence, len(ss))
	for i, s := range ss {
		train[i] = s.NLP()
	}
	m, err := Train(train, opt)
	if err != nil {
		return nil, err
	}
	if out == "" {
		return m, nil
	}
	w, err := os.Create(out)
	if err != nil {
		return nil, fmt.Errorf("lemma: %w", err)
	}
	if err := m.Save(w); err != nil {
		w.Close()
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("lemma: %w", err)
	}
	return m, nil
}

// triple is a training word with its tag and lemma.
type triple struct {
	form  string
	tag   uint8
	lemma string
}

// Train learns a model from sentences with gold XPOS and lemmas. Training
// is deterministic.
func Train(train []nlp.Sentence, opt TrainOptions) (*Model, error) {
	if opt.MinRuleCount <= 0 {
		opt.MinRuleCount = 2
	}
	tagSet := map[string]bool{}
	for _, s := range train {
		for _, t := range s.Tokens {
			if usable(&t) {
				tagSet[t.XPOS] = true
			}
		}
	}
	if len(tagSet) == 0 {
		return nil, ErrNoData
	}
	if len(tagSet) >= unknownTag {
		return nil, fmt.Errorf("lemma: %d tags, at most %d supported", len(tagSet), unknownTag-1)
	}
	m := &Model{tags: map[string]uint8{}}
	for t := range tagSet {
		m.tagNames = append(m.tagNames, t)
	}
	sort.Strings(m.tagNames)
	for i, t := range m.tagNames {
		m.tags[t] = uint8(i)
	}

	// Token counts of every (form, tag, lemma), and the case policy.
	counts := map[triple]int{}
	keep, fold := make([]int, len(m.tagNames)), make([]int, len(m.tagNames))
	for _, s := range train {
		for _, t := range s.Tokens {
			if !usable(&t) {
				continue
			}
			tag := m.tags[t.XPOS]
			counts[triple{t.Text, tag, t.Lemma}]++
			if t.Text != strings.ToLower(t.Text) && t.Lemma != strings.ToLower(t.Lemma) {
				keep[tag]++
			} else if t.Text != strings.ToLower(t.Text) {
				fold[tag]++
			}
		}
	}
	m.keepCase = make([]bool, len(m.tagNames))
	for i := range m.keepCase {
		m.keepCase[i] = keep[i] > fold[i]
	}
	triples := make([]triple, 0, len(counts))
	for k := range counts {
		triples = append(triples, k)
	}
	sort.Slice(triples, func(i, j int) bool { return lessTriple(triples[i], triples[j]) })

	m.learnRules(triples, opt)
	m.learnExceptions(triples, counts)
	opt.logf("lemma: %d tags, %d rules (%d distinct), %d + %d exceptions",
		len(m.tagNames), len(m.rules), len(m.ruleList), len(m.exact), len(m.lower))
	return m, nil
}

func usable(t *nlp.Token) bool {
	return t.XPOS != "" && t.XPOS != "_" && t.Lemma != "" && t.Lemma != "_" && t.Text != ""
}

func lessTriple(a, b triple) bool {
	if a.form != b.form {
		return a.form < b.form
	}
	if a.tag != b.tag {
		return a.tag < b.tag
	}
	return a.lemma < b.lemma
}

// base is the form as the rules see it: lower-cased unless the tag keeps case.
func (m *Model) base(form string, tag uint8) string {
	if m.keepCase[tag] {
		return form
	}
	return strings.ToLower(form)
}

// learnRules counts, for every tag and word ending, which rewrite turns
// distinct training words into their lemmas, and keeps the most frequent.
func (m *Model) learnRules(triples []triple, opt TrainOptions) {
	ruleIDs := map[rule]int32{}
	ruleOf := func(r rule) int32 {
		id, ok := ruleIDs[r]
		if !ok {
			id = int32(len(m.ruleList))
			ruleIDs[r] = id
			m.ruleList = append(m.ruleList, r)
		}
		return id
	}
	ruleOf(rule{}) // rule 0 is the identity
	votes := map[string]map[int32]int{}
	for _, t := range triples {
		b := m.base(t.form, t.tag)
		p := 0
		for p < len(b) && p < len(t.lemma) && b[p] == t.lemma[p] {
			p++
		}
		r := ruleOf(rule{cut: len(b) - p, add: t.lemma[p:]})
		for n := m.ruleList[r].cut; n <= min(len(b), maxSuffix); n++ {
			k := string([]byte{t.tag}) + b[len(b)-n:]
			if votes[k] == nil {
				votes[k] = map[int32]int{}
			}
			votes[k][r]++
		}
	}
	keys := make([]string, 0, len(votes))
	for k := range votes {
		keys = append(keys, k)
	}
	// Shorter endings first, so that a longer one is kept only when it
	// changes the answer of the shorter ones.
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) < len(keys[j])
		}
		return keys[i] < keys[j]
	})
	m.rules = map[string]int32{}
	for _, k := range keys {
		best, bestN := int32(-1), 0
		for r, n := range votes[k] {
			if n > bestN || (n == bestN && r < best) {
				best, bestN = r, n
			}
		}
		if bestN < opt.MinRuleCount {
			continue
		}
		inherited := int32(0)
		for j := len(k) - 2; j >= 0; j-- {
			if r, ok := m.rules[k[:1]+k[len(k)-j:]]; ok {
				inherited = r
				break
			}
		}
		if inherited != best || len(k) == 1 {
			m.rules[k] = best
		}
	}
	m.indexRules()
}

// learnExceptions keeps the training words whose lemma the rules miss.
func (m *Model) learnExceptions(triples []triple, counts map[triple]int) {
	type key struct {
		form string
		tag  uint8
	}
	// The most frequent lemma per (form, tag), and per (lower form, tag).
	bestExact, bestLower := map[key]string{}, map[key]string{}
	nExact, nLower := map[key]int{}, map[key]int{}
	lowerVotes := map[triple]int{}
	for _, t := range triples {
		n := counts[t]
		k := key{t.form, t.tag}
		if n > nExact[k] {
			bestExact[k], nExact[k] = t.lemma, n
		}
		lowerVotes[triple{strings.ToLower(t.form), t.tag, t.lemma}] += n
	}
	lows := make([]triple, 0, len(lowerVotes))
	for t := range lowerVotes {
		lows = append(lows, t)
	}
	sort.Slice(lows, func(i, j int) bool { return lessTriple(lows[i], lows[j]) })
	for _, t := range lows {
		k := key{t.form, t.tag}
		if n := lowerVotes[t]; n > nLower[k] {
			bestLower[k], nLower[k] = t.lemma, n
		}
	}
	m.exact, m.lower = map[string][]excEntry{}, map[string][]excEntry{}
	sc := &scratch{}
	var seen []key
	for k := range bestLower {
		seen = append(seen, k)
	}
	sortKeys := func(ks []key) {
		sort.Slice(ks, func(i, j int) bool {
			if ks[i].form != ks[j].form {
				return ks[i].form < ks[j].form
			}
			return ks[i].tag < ks[j].tag
		})
	}
	sortKeys(seen)
	for _, k := range seen {
		want := bestLower[k]
		if string(m.apply(sc, nil, k.form, k.tag)) != want {
			m.lower[k.form] = append(m.lower[k.form], excEntry{k.tag, want})
		}
	}
	seen = seen[:0]
	for k := range bestExact {
		seen = append(seen, k)
	}
	sortKeys(seen)
	for _, k := range seen {
		want := bestExact[k]
		got, ok := m.lookup(sc, k.form, k.tag)
		if !ok {
			got = string(m.apply(sc, nil, k.form, k.tag))
		}
		if got != want {
			m.exact[k.form] = append(m.exact[k.form], excEntry{k.tag, want})
		}
	}
}
