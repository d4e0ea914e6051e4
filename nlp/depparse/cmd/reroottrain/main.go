// Command reroottrain trains the parser's rerooter (depparse.Rerooter)
// on EWT train as parsed by fold models, picking the training pass and
// the margin that give the best LAS of the default pipeline on EWT dev.
//
// The fold parses are made by parsertrain -fold-parse (see there), then
// the rerooter is trained (from the module root):
//
//	T=../shared/treebank/ud-english-ewt
//	GOMAXPROCS=1 go run ./nlp/depparse/cmd/parsertrain -train $T/en_ewt-ud-train.conllu \
//	    -jackknife 10 -gold-copy -seed 1 -fold-parse 10 -fold-iter 10 \
//	    -fold-parsed /tmp/train-parsed.conllu
//	GOMAXPROCS=1 go run ./nlp/depparse/cmd/reroottrain -parsed /tmp/train-parsed.conllu \
//	    -gold $T/en_ewt-ud-train.conllu -dev $T/en_ewt-ud-dev.conllu -iter 12 \
//	    -margins 0,4,8,12,16,20 -prune 2 -max-bucket 7 -o /tmp/reroot.bin.gz
//
// (about 10 minutes for the fold parses, one for the rerooter; the
// parses, margins and rerooter are deterministic given the seeds). The
// first command also writes /tmp/train-parsed.conllu.margins, the
// parser's root attachment margin per sentence, a feature of the
// ranker. Copying the result to nlp/models/reroot.bin.gz makes
// models.Load attach it to the parser. It was not shipped: see
// "Re-rooting" in docs/accuracy.md.
package main

import (
	"flag"
	"log"
	"os"
	"strconv"
	"strings"

	"tacitus/nlp"
	"tacitus/nlp/conllu"
	"tacitus/nlp/depparse"
	"tacitus/nlp/models"
	"tacitus/nlp/udeval"
)

func main() {
	parsed := flag.String("parsed", "", "fold parses of the training data (CoNLL-U)")
	goldPath := flag.String("gold", "", "the gold training data")
	devPath := flag.String("dev", "", "development data (gold CoNLL-U)")
	iters := flag.Int("iter", 10, "training passes")
	seed := flag.Int64("seed", 1, "shuffling seed")
	margins := flag.String("margins", "0,5,10,20,40", "margins to try on dev")
	prune := flag.Float64("prune", 0, "drop smaller weights from the saved rerooter")
	maxBucket := flag.Int("max-bucket", 0, "save the rerooter with this maximum root margin bucket (0: none)")
	out := flag.String("o", "", "write the best rerooter here")
	flag.Parse()
	log.SetFlags(0)
	sys, gold := read(*parsed), read(*goldPath)
	if len(sys) != len(gold) {
		log.Fatalf("%d parsed sentences, %d gold", len(sys), len(gold))
	}
	rootMargins := make([]float32, len(sys))
	if b, err := os.ReadFile(*parsed + ".margins"); err == nil {
		for i, l := range strings.Fields(string(b)) {
			if i < len(rootMargins) {
				x, err := strconv.ParseFloat(l, 32)
				if err != nil {
					log.Fatal(err)
				}
				rootMargins[i] = float32(x)
			}
		}
	} else {
		log.Printf("no margins: %v", err)
	}
	var d depparse.RerootData
	for i := range sys {
		d.Add(&sys[i].s, &gold[i].s, rootMargins[i])
	}
	log.Printf("%d sentences, %d with a wrong root, %d of those with the gold root among the candidates", d.Sentences, d.Wrong, d.Covered)
	p, err := models.Load()
	if err != nil {
		log.Fatal(err)
	}
	m := p.Parser.(*depparse.Model)
	f, err := os.Open(*devPath)
	if err != nil {
		log.Fatal(err)
	}
	dev, err := conllu.ReadAll(f, *devPath)
	f.Close()
	if err != nil {
		log.Fatal(err)
	}
	m.Reroot(nil)
	base := udeval.EvalGold(dev, p)
	log.Printf("no rerooter: dev UAS %.2f LAS %.2f", 100*base.Value(base.UAS), 100*base.Value(base.LAS))
	baseRoots := roots(p, dev)
	var best *depparse.Rerooter
	bestLAS := base.Value(base.LAS)
	for it, rr := range depparse.TrainRerooter(&d, depparse.RerootOptions{Iterations: *iters, Seed: *seed}) {
		if it == 0 {
			oracle(p, dev, rr)
		}
		for _, ms := range strings.Split(*margins, ",") {
			mg, err := strconv.ParseFloat(ms, 32)
			if err != nil {
				log.Fatal(err)
			}
			rr.SetMargin(float32(mg))
			m.Reroot(rr)
			r := udeval.EvalGold(dev, p)
			var fixed, broke, other, changed int
			for i, rt := range roots(p, dev) {
				if rt == baseRoots[i] {
					continue
				}
				changed++
				g := goldRoot(dev[i])
				switch {
				case rt == g:
					fixed++
				case baseRoots[i] == g:
					broke++
				default:
					other++
				}
			}
			log.Printf("pass %d margin %g: dev UAS %.2f LAS %.2f; %d roots moved: %d fixed, %d broken, %d wrong to wrong", it+1, mg,
				100*r.Value(r.UAS), 100*r.Value(r.LAS), changed, fixed, broke, other)
			if r.Value(r.LAS) > bestLAS {
				bestLAS = r.Value(r.LAS)
				c := *rr
				best = &c
			}
		}
	}
	if best == nil {
		log.Print("no rerooter beats the parser on dev")
		return
	}
	log.Printf("best: margin %g, dev LAS %.2f", best.Margin(), 100*bestLAS)
	// Cheaper variants: fewer weights, and no ranking when the parser
	// attached the root with a large margin.
	choice := best
	for _, pr := range []float32{0, 0.5, 1, 2, 4} {
		for _, mb := range []int{0, 9, 8, 7, 6} {
			c := best.Prune(pr)
			c.SetMaxBucket(mb)
			m.Reroot(c)
			r := udeval.EvalGold(dev, p)
			log.Printf("prune %g max bucket %d: %d weights, dev UAS %.2f LAS %.2f", pr, mb, c.Weights(), 100*r.Value(r.UAS), 100*r.Value(r.LAS))
			if pr == float32(*prune) && mb == *maxBucket {
				choice = c
			}
		}
	}
	best = choice
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			log.Fatal(err)
		}
		if err := best.Save(f); err != nil {
			log.Fatal(err)
		}
		if err := f.Close(); err != nil {
			log.Fatal(err)
		}
	}
}

// oracle reports what re-rooting every dev sentence whose gold root is a
// candidate would gain, with rr's relations and punctuation moves.
func oracle(p *nlp.Pipeline, dev []*conllu.Sentence, rr *depparse.Rerooter) {
	var words, heads, labels, moved int
	for _, g := range dev {
		s := g.NLP()
		for j := range s.Tokens {
			t := &s.Tokens[j]
			t.UPOS, t.XPOS, t.Lemma, t.Rel, t.Head = "", "", "", "", -1
		}
		p.Annotate(&s)
		words += len(s.Tokens)
		gr := goldRoot(g)
		if gr == 0 || s.Tokens[gr-1].Head == 0 {
			continue
		}
		before := append([]nlp.Token(nil), s.Tokens...)
		if !rr.MoveRoot(&s, gr) {
			continue
		}
		moved++
		for j, w := range g.Words {
			u := func(t nlp.Token) (int, int) {
				if t.Head != w.Head {
					return 0, 0
				}
				if universal(t.Rel) == universal(w.Deprel) {
					return 1, 1
				}
				return 1, 0
			}
			a, b := u(before[j])
			c, d := u(s.Tokens[j])
			heads += c - a
			labels += d - b
		}
	}
	log.Printf("oracle choice (with the rule's moves and relations): %d sentences re-rooted, UAS +%.2f LAS +%.2f",
		moved, 100*float64(heads)/float64(words), 100*float64(labels)/float64(words))
}

func universal(r string) string { u, _, _ := strings.Cut(r, ":"); return u }

// roots returns the root the pipeline gives each sentence.
func roots(p *nlp.Pipeline, dev []*conllu.Sentence) []int {
	out := make([]int, len(dev))
	for i, g := range dev {
		s := g.NLP()
		for j := range s.Tokens {
			t := &s.Tokens[j]
			t.UPOS, t.XPOS, t.Lemma, t.Rel, t.Head = "", "", "", "", -1
		}
		p.Annotate(&s)
		for j, t := range s.Tokens {
			if t.Head == 0 {
				out[i] = j + 1
			}
		}
	}
	return out
}

func goldRoot(g *conllu.Sentence) int {
	for j, w := range g.Words {
		if w.Head == 0 {
			return j + 1
		}
	}
	return 0
}

type sent struct{ s nlp.Sentence }

func read(path string) []sent {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f, path)
	if err != nil {
		log.Fatal(err)
	}
	out := make([]sent, len(ss))
	for i, s := range ss {
		out[i].s = s.NLP()
	}
	return out
}
