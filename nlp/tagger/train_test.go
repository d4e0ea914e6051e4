package tagger

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"tacitus/internal/sharedtest"
	"tacitus/nlp/cluster"
)

var trainFlag = flag.Bool("train", false, "train the tagger on UD English EWT and write ../models/tagger.bin.gz")

// TestTrainModel regenerates the committed model from EWT train (dev picks
// the epochs) and word classes of the news corpora. It runs only with
// -train (it takes about three minutes). TAGGER_OUT overrides the output
// path, TAGGER_MINCOUNT, TAGGER_FIXEDMIN and TAGGER_RESTRICTMIN set the
// TrainOptions fields of those names, TAGGER_SEED the seed (default 1; on
// EWT dev, seeds alone move UPOS by up to 0.15 point, XPOS by 0.05 and the
// parser's LAS with the tags by 0.2), TAGGER_FIXEDSHARE sets FixedShare in
// thousandths, TAGGER_NOCORPUS=1 leaves out the corpus word classes and
// TAGGER_NOPATHS=1 the cluster paths of ../models/clusters.bin.gz (see
// package cluster):
//
//	GOMAXPROCS=1 go test ./nlp/tagger -run TestTrainModel -train -timeout 0 -v
func TestTrainModel(t *testing.T) {
	if !*trainFlag {
		t.Skip("use -train to retrain the model")
	}
	dir := sharedtest.Path(t, "treebank", "ud-english-ewt")
	out := filepath.Join("..", "models", "tagger.bin.gz")
	if o := os.Getenv("TAGGER_OUT"); o != "" {
		out = o
	}
	corp, err := filepath.Glob(filepath.Join(sharedtest.Path(t, "corpora"), "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var classes map[string]uint32
	if os.Getenv("TAGGER_NOCORPUS") == "" {
		if classes, err = ReadCorpusClasses(corp...); err != nil {
			t.Fatal(err)
		}
		t.Logf("%d word classes from %d corpus files", len(classes), len(corp))
	}
	var paths *cluster.Table
	if os.Getenv("TAGGER_NOPATHS") == "" {
		f, err := os.Open(filepath.Join("..", "models", "clusters.bin.gz"))
		if err != nil {
			t.Fatal(err)
		}
		paths, err = cluster.Load(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%d cluster paths", paths.Len())
	}
	_, err = TrainFiles(filepath.Join(dir, "en_ewt-ud-train.conllu"), filepath.Join(dir, "en_ewt-ud-dev.conllu"), out,
		TrainOptions{Seed: int64(max(envInt("TAGGER_SEED"), 1)), Log: os.Stderr, Clusters: classes, Paths: paths, MinCount: envInt("TAGGER_MINCOUNT"), FixedMin: envInt("TAGGER_FIXEDMIN"), FixedShare: float64(envInt("TAGGER_FIXEDSHARE")) / 1000, RestrictMin: envInt("TAGGER_RESTRICTMIN")})
	if err != nil {
		t.Fatal(err)
	}
}

// envInt reads an integer from the environment, 0 when unset.
func envInt(k string) int {
	n, _ := strconv.Atoi(os.Getenv(k))
	return n
}
