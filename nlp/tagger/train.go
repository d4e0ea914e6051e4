package tagger

import (
	"fmt"
	"io"
	"math"
	"math/rand"
	"os"
	"slices"
	"sort"
	"time"

	"tacitus/nlp"
	"tacitus/nlp/cluster"
	"tacitus/nlp/conllu"
)

// TrainOptions controls Train. The zero value gives the defaults.
type TrainOptions struct {
	// Iterations is the number of perceptron epochs per pass (default 12).
	// The epoch with the best development accuracy is kept.
	Iterations int
	// Seed fixes the order in which sentences are visited; training is
	// deterministic given the seed and the data.
	Seed int64
	// Log receives progress lines; nil means silence.
	Log io.Writer
	// MinCount drops features seen fewer times in the training data
	// (default 2): it keeps the model small and barely costs accuracy.
	MinCount int
	// Passes is 1 for a single left-to-right pass, 2 (the default) for a
	// second pass that also sees the first pass's tags to the right.
	Passes int
	// Folds is the number of jackknife folds used to produce realistic
	// first-pass tags on the training data for the second pass (default 4).
	Folds int
	// FixedMin is how often a word must occur, (almost) always with the
	// same tags, to be tagged by dictionary lookup alone (default 10).
	FixedMin int
	// FixedShare is the share of a word's occurrences its commonest tags
	// must have for the dictionary lookup (default 0.99). On EWT dev the
	// defaults send 42% of the tokens to the lookup and cost 0.02% of
	// accuracy; as those tokens are not scored, they halve the work.
	FixedShare float64
	// AmbMin is how often a word must occur for the tag dictionary to
	// describe it to the features (default 2).
	AmbMin int
	// RestrictMin, when positive, is how often a word form must occur for
	// its tags to be limited to the XPOS and UPOS seen with it; the tagger
	// then compares a few pairs instead of all. It is off by default: on
	// EWT a limit of 5 cost 0.1 to 0.2 points of UPOS accuracy for a few
	// percent of speed.
	RestrictMin int
	// Clusters optionally maps lower-cased words to cluster ids (any
	// non-zero number); they become features and are stored in the model.
	Clusters map[string]uint32
	// Paths optionally gives hierarchical word clusters (see package
	// cluster); prefixes of several lengths of the paths of a word and of
	// its neighbours become features, and the model keeps a copy of the
	// paths.
	Paths *cluster.Table
}

func (o *TrainOptions) defaults() {
	if o.Iterations <= 0 {
		o.Iterations = 12
	}
	if o.MinCount <= 0 {
		o.MinCount = 2
	}
	if o.Passes <= 0 || o.Passes > 2 {
		o.Passes = 2
	}
	if o.Folds < 2 {
		o.Folds = 4
	}
	if o.FixedMin <= 0 {
		o.FixedMin = 10
	}
	if o.FixedShare <= 0 || o.FixedShare > 1 {
		o.FixedShare = 0.99
	}
	if o.AmbMin <= 0 {
		o.AmbMin = 2
	}
}

func (o *TrainOptions) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", args...)
	}
}

// TrainFiles reads CoNLL-U training and development files, trains a model
// and writes it to out (gzip-compressed). It is the entry point of the
// command line's training command.
func TrainFiles(trainPath, devPath, out string, opt TrainOptions) (*Model, error) {
	train, err := readCoNLLU(trainPath)
	if err != nil {
		return nil, err
	}
	var dev []nlp.Sentence
	if devPath != "" {
		if dev, err = readCoNLLU(devPath); err != nil {
			return nil, err
		}
	}
	m, err := Train(train, dev, opt)
	if err != nil {
		return nil, err
	}
	if out == "" {
		return m, nil
	}
	f, err := os.Create(out)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	return m, nil
}

func readCoNLLU(path string) ([]nlp.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f, path)
	if err != nil {
		return nil, fmt.Errorf("tagger: reading %s: %w", path, err)
	}
	out := make([]nlp.Sentence, len(ss))
	for i, s := range ss {
		out[i] = s.NLP()
	}
	return out, nil
}

// example is one training sentence, analysed once.
type example struct {
	toks  []tokInfo
	gold  []int16 // pair index, -1 when the token has no (known) tags
	first []int16 // first-pass tags, for the second pass
}

// Train learns a model from gold-tagged sentences. dev, which may be
// empty, selects the best epoch; without it the last epoch is kept.
func Train(train, dev []nlp.Sentence, opt TrainOptions) (*Model, error) {
	opt.defaults()
	start := time.Now()
	m := &Model{}
	if err := m.inventory(train); err != nil {
		return nil, err
	}
	m.buildLexicon(train, opt)
	trainEx := m.examples(train)
	devEx := m.examples(dev)
	opt.logf("tagger: %d XPOS, %d UPOS, %d pairs, %d words in the dictionary", len(m.xtags), len(m.utags), len(m.pairs), len(m.lex.words))

	l1, best := m.trainPass(trainEx, devEx, false, opt, opt.Iterations)
	m.passes = []*layer{l1}
	opt.logf("tagger: pass 1 done in %v (best epoch %d)", time.Since(start).Round(time.Millisecond), best)
	if opt.Passes == 1 {
		return m, nil
	}
	// First-pass tags for the training data come from models that did not
	// see the sentence, so that the second pass learns how far to trust them.
	folds := opt.Folds
	for f := 0; f < folds; f++ {
		var part []*example
		for i := range trainEx {
			if i%folds != f {
				part = append(part, &trainEx[i])
			}
		}
		sub := m.untrained()
		l, _ := sub.trainPassPtr(part, nil, false, opt, best)
		sub.passes = []*layer{l}
		for i := f; i < len(trainEx); i += folds {
			ex := &trainEx[i]
			ex.first = sub.tagExample(ex.toks)
		}
		opt.logf("tagger: fold %d/%d done in %v", f+1, folds, time.Since(start).Round(time.Millisecond))
	}
	for i := range devEx {
		devEx[i].first = m.tagExample(devEx[i].toks)
	}
	m.confident = float32(math.Inf(1))
	l2, best2 := m.trainPass(trainEx, devEx, true, opt, opt.Iterations)
	m.passes = append(m.passes, l2)
	opt.logf("tagger: pass 2 done in %v (best epoch %d)", time.Since(start).Round(time.Millisecond), best2)
	m.chooseConfidence(devEx, opt)
	return m, nil
}

// untrained returns a model without passes that shares m's tags, pairs
// and lexicon, to train a pass on part of the data.
func (m *Model) untrained() *Model {
	return &Model{xtags: m.xtags, utags: m.utags, pairs: m.pairs, kinds: m.kinds, cols: m.cols, lex: m.lex}
}

// chooseConfidence sets the margin above which the second pass is skipped:
// the smallest that costs (almost) nothing on dev, as the second pass is
// as expensive as the first.
func (m *Model) chooseConfidence(dev []example, opt TrainOptions) {
	m.confident = float32(math.Inf(1))
	if len(dev) == 0 {
		return
	}
	fu, fx := m.evalExamples(dev)
	for _, c := range []float32{1, 2, 3, 4, 6, 8, 12, 16, 24, 32} {
		m.confident = c
		u, x := m.evalExamples(dev)
		opt.logf("tagger: second pass above margin %g: dev UPOS %.2f%% XPOS %.2f%%", c, 100*u, 100*x)
		if u+x >= fu+fx-0.0002 {
			return
		}
	}
	m.confident = float32(math.Inf(1))
}

// inventory collects the tag sets and allowed pairs.
func (m *Model) inventory(train []nlp.Sentence) error {
	xs, us := map[string]bool{}, map[string]bool{}
	ps := map[[2]string]bool{}
	for _, s := range train {
		for _, t := range s.Tokens {
			if !validTag(t.XPOS) || !validTag(t.UPOS) {
				continue
			}
			xs[t.XPOS], us[t.UPOS] = true, true
			ps[[2]string{t.XPOS, t.UPOS}] = true
		}
	}
	if len(ps) == 0 {
		return ErrNoData
	}
	m.xtags, m.utags = sortedKeys(xs), sortedKeys(us)
	if len(m.xtags)+len(m.utags) > maxClass {
		return fmt.Errorf("tagger: %d XPOS and %d UPOS tags exceed %d classes", len(m.xtags), len(m.utags), maxClass)
	}
	keys := make([][2]string, 0, len(ps))
	for k := range ps {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		x, _ := slices.BinarySearch(m.xtags, k[0])
		u, _ := slices.BinarySearch(m.utags, k[1])
		m.pairs = append(m.pairs, pair{x: uint8(x), u: uint8(u)})
	}
	m.setKinds()
	return nil
}

func validTag(t string) bool { return t != "" && t != "_" }

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// pairIndex returns the pair index of a token's gold tags, or -1.
func (m *Model) pairIndex(t *nlp.Token) int16 {
	x, ok1 := slices.BinarySearch(m.xtags, t.XPOS)
	u, ok2 := slices.BinarySearch(m.utags, t.UPOS)
	if !ok1 || !ok2 {
		return -1
	}
	k, ok := slices.BinarySearchFunc(m.pairs, pair{uint8(x), uint8(u)}, func(a, b pair) int {
		if a.x != b.x {
			return int(a.x) - int(b.x)
		}
		return int(a.u) - int(b.u)
	})
	if !ok {
		return -1
	}
	return int16(k)
}

// buildLexicon fills the tag dictionary from the training data.
func (m *Model) buildLexicon(train []nlp.Sentence, opt TrainOptions) {
	type counts map[int16]int
	exact, lower := map[string]counts{}, map[string]counts{}
	var buf []byte
	for _, s := range train {
		for i := range s.Tokens {
			t := &s.Tokens[i]
			p := m.pairIndex(t)
			if p < 0 {
				continue
			}
			if exact[t.Text] == nil {
				exact[t.Text] = counts{}
			}
			exact[t.Text][p]++
			buf = appendLower(buf[:0], t.Text)
			if lower[string(buf)] == nil {
				lower[string(buf)] = counts{}
			}
			lower[string(buf)][p]++
		}
	}
	info := func(c counts, fixedOK bool) (wordInfo, bool) {
		total := 0
		var xmask uint64
		var umask uint32
		for p, n := range c {
			total += n
			xmask |= 1 << m.pairs[p].x
			umask |= 1 << m.pairs[p].u
		}
		if total < opt.AmbMin {
			return wordInfo{}, false
		}
		wi := newWordInfo(xmask, umask, -1, fixedOK && opt.RestrictMin > 0 && total >= opt.RestrictMin)
		if fixedOK && total >= opt.FixedMin {
			for p, n := range c {
				if float64(n) >= opt.FixedShare*float64(total) {
					wi.fixed = p
				}
			}
		}
		return wi, true
	}
	m.lex.words, m.lex.lowers = map[string]wordInfo{}, map[string]wordInfo{}
	for w, c := range exact {
		if wi, ok := info(c, true); ok {
			m.lex.words[w] = wi
		}
	}
	for w, c := range lower {
		if wi, ok := info(c, false); ok {
			m.lex.lowers[w] = wi
		}
	}
	m.lex.cluster = opt.Clusters
	if m.lex.cluster == nil {
		m.lex.cluster = map[string]uint32{}
	}
	m.lex.paths = map[string]uint32{}
	opt.Paths.Words(func(w string, path uint32, bits uint8) bool {
		m.lex.paths[w] = packPath(path, bits)
		return true
	})
	m.lex.number(m.pairs)
}

func (m *Model) examples(ss []nlp.Sentence) []example {
	out := make([]example, 0, len(ss))
	var buf []byte
	for _, s := range ss {
		if len(s.Tokens) == 0 {
			continue
		}
		ex := example{toks: make([]tokInfo, len(s.Tokens)), gold: make([]int16, len(s.Tokens))}
		for i := range s.Tokens {
			buf = m.lex.analyze(&ex.toks[i], s.Tokens[i].Text, i, buf)
			ex.gold[i] = m.pairIndex(&s.Tokens[i])
		}
		markFinite(ex.toks)
		out = append(out, ex)
	}
	return out
}

// tagExample runs the model's passes on an analysed sentence.
func (m *Model) tagExample(toks []tokInfo) []int16 {
	sc := &scratch{toks: toks, pred: make([]int16, len(toks)), margin: make([]float32, len(toks)), feats: make([]uint64, 0, maxFeats)}
	m.runPass(sc, 0, sc.pred, nil)
	if len(m.passes) > 1 {
		out := make([]int16, len(toks))
		m.runPass(sc, 1, out, sc.pred)
		return out
	}
	return sc.pred
}

// tentry is a class weight during training, with the bookkeeping of the
// lazily computed average.
type tentry struct {
	c   int32
	ts  int32
	w   float64
	tot float64
}

type trainer struct {
	m    *Model
	ids  map[uint64]int32
	rows [][]tentry
	now  int32
}

func (tr *trainer) score(feats []uint64, scores []float64) {
	clear(scores)
	for _, f := range feats {
		id, ok := tr.ids[f]
		if !ok {
			continue
		}
		for _, e := range tr.rows[id] {
			scores[e.c] += e.w
		}
	}
}

func (tr *trainer) update(feats []uint64, c int, d float64) {
	for _, f := range feats {
		id, ok := tr.ids[f]
		if !ok {
			continue
		}
		row := tr.rows[id]
		k := 0
		for k < len(row) && row[k].c != int32(c) {
			k++
		}
		if k == len(row) {
			row = append(row, tentry{c: int32(c), ts: tr.now})
			tr.rows[id] = row
		}
		e := &row[k]
		e.tot += e.w * float64(tr.now-e.ts)
		e.ts = tr.now
		e.w += d
	}
}

// average returns the averaged weights as a runtime layer.
func (tr *trainer) average() *layer {
	// The model keeps keyBits bits of each hash; on the rare collision of
	// two truncated hashes the feature with the smaller id wins.
	trunc := make(map[uint64]int32, len(tr.ids))
	for k, id := range tr.ids {
		k &= 1<<keyBits - 1
		if old, ok := trunc[k]; !ok || id < old {
			trunc[k] = id
		}
	}
	keys := make([]uint64, 0, len(trunc))
	for k := range trunc {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var outKeys []uint64
	var outRows [][]centry
	for _, k := range keys {
		var row []centry
		for _, e := range tr.rows[trunc[k]] {
			avg := (e.tot + e.w*float64(tr.now-e.ts)) / float64(max(tr.now, 1))
			if math.Abs(avg) < pruneBelow {
				continue
			}
			row = append(row, centry{c: uint8(e.c), w: float32(avg)})
		}
		if len(row) > 0 {
			slices.SortFunc(row, func(a, b centry) int { return int(a.c) - int(b.c) })
			outKeys = append(outKeys, k)
			outRows = append(outRows, row)
		}
	}
	l := buildLayer(outKeys, outRows)
	l.index(&tr.m.lex, len(tr.m.xtags)+len(tr.m.utags))
	return l
}

// pruneBelow drops averaged weights too small to matter: on EWT, half of
// the weights are below 1 and dropping them costs nothing on dev while
// halving the work per token.
const pruneBelow = 1.0

// trainPass trains one pass and returns the layer of the best epoch on
// dev (the last epoch when dev is empty) and that epoch's number.
func (m *Model) trainPass(train, dev []example, second bool, opt TrainOptions, epochs int) (*layer, int) {
	ptr := make([]*example, len(train))
	for i := range train {
		ptr[i] = &train[i]
	}
	return m.trainPassPtr(ptr, dev, second, opt, epochs)
}

func (m *Model) trainPassPtr(train []*example, dev []example, second bool, opt TrainOptions, epochs int) (*layer, int) {
	nx := len(m.xtags)
	nc := nx + len(m.utags)
	tr := &trainer{m: m, ids: map[uint64]int32{}}
	// Count features under gold histories and keep the frequent ones.
	counts := map[uint64]int32{}
	var feats []uint64
	var h history
	for _, ex := range train {
		for i := range ex.toks {
			if ex.gold[i] < 0 {
				continue
			}
			m.fillHistory(&h, ex.toks, i, ex.gold, ex.gold)
			feats = features(feats[:0], ex.toks, i, &h, second)
			for _, f := range feats {
				counts[f]++
			}
		}
	}
	for _, ex := range train {
		for i := range ex.toks {
			if ex.gold[i] < 0 {
				continue
			}
			m.fillHistory(&h, ex.toks, i, ex.gold, ex.gold)
			feats = features(feats[:0], ex.toks, i, &h, second)
			for _, f := range feats {
				if _, ok := tr.ids[f]; !ok && counts[f] >= int32(opt.MinCount) {
					tr.ids[f] = int32(len(tr.rows))
					tr.rows = append(tr.rows, nil)
				}
			}
		}
	}
	counts = nil
	opt.logf("tagger: pass %d: %d features", passNumber(second), len(tr.ids))

	rng := rand.New(rand.NewSource(opt.Seed + int64(len(train))))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	scores := make([]float64, nc)
	var bestLayer *layer
	bestEpoch, bestAcc := 0, -1.0
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for _, k := range order {
			ex := train[k]
			pred := make([]int16, len(ex.toks))
			for i := range ex.toks {
				g := ex.gold[i]
				var first []int16
				if second {
					first = ex.first
				}
				m.fillHistory(&h, ex.toks, i, pred, first)
				feats = features(feats[:0], ex.toks, i, &h, second)
				tr.score(feats, scores)
				// Tokens that the tag dictionary tags alone are learned
				// from all the same (it helps the features they share
				// with the others), but keep their dictionary tag as the
				// history of the next tokens, as when tagging.
				p := m.decodeTrain(scores, ex.toks[i].cand)
				pred[i] = p
				if f := ex.toks[i].fixed; f >= 0 {
					pred[i] = f
				}
				if g < 0 {
					continue
				}
				tr.now++
				total++
				if p != g {
					errs++
					gp, pp := m.pairs[g], m.pairs[p]
					if gp.x != pp.x {
						tr.update(feats, int(gp.x), 1)
						tr.update(feats, int(pp.x), -1)
					}
					if gp.u != pp.u {
						tr.update(feats, nx+int(gp.u), 1)
						tr.update(feats, nx+int(pp.u), -1)
					}
				}
			}
		}
		if len(dev) == 0 {
			opt.logf("tagger: pass %d epoch %d: train error %.2f%%", passNumber(second), epoch, 100*float64(errs)/float64(max(total, 1)))
			if epoch == epochs {
				return tr.average(), epoch
			}
			continue
		}
		l := tr.average()
		saved := m.passes
		m.passes = []*layer{l}
		if second {
			m.passes = []*layer{saved[0], l}
		}
		ua, xa := m.evalExamples(dev)
		m.passes = saved
		opt.logf("tagger: pass %d epoch %d: train error %.2f%%, dev UPOS %.2f%% XPOS %.2f%%", passNumber(second), epoch, 100*float64(errs)/float64(max(total, 1)), 100*ua, 100*xa)
		if ua+xa > bestAcc {
			bestAcc, bestEpoch, bestLayer = ua+xa, epoch, l
		}
	}
	return bestLayer, bestEpoch
}

func passNumber(second bool) int {
	if second {
		return 2
	}
	return 1
}

func (m *Model) decodeTrain(scores []float64, cand []int16) int16 {
	nx := len(m.xtags)
	best, bestScore := 0, math.Inf(-1)
	if cand != nil {
		for _, k := range cand {
			p := m.pairs[k]
			if s := scores[p.x] + scores[nx+int(p.u)]; s > bestScore {
				best, bestScore = int(k), s
			}
		}
		return int16(best)
	}
	for k, p := range m.pairs {
		if s := scores[p.x] + scores[nx+int(p.u)]; s > bestScore {
			best, bestScore = k, s
		}
	}
	return int16(best)
}

// evalExamples returns UPOS and XPOS accuracy of the model on examples.
func (m *Model) evalExamples(ex []example) (upos, xpos float64) {
	okU, okX, n := 0, 0, 0
	for _, e := range ex {
		out := m.tagExample(e.toks)
		for i, g := range e.gold {
			n++
			if g < 0 {
				continue
			}
			gp, pp := m.pairs[g], m.pairs[out[i]]
			if gp.x == pp.x {
				okX++
			}
			if gp.u == pp.u {
				okU++
			}
		}
	}
	return float64(okU) / float64(max(n, 1)), float64(okX) / float64(max(n, 1))
}
