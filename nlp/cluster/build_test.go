package cluster

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"tacitus/internal/sharedtest"
)

var buildFlag = flag.Bool("build", false, "learn the cluster table from the news corpora and EWT train and write ../models/clusters.bin.gz")

// TestBuildTable regenerates the committed cluster table from the "text"
// fields of the news corpora and the word forms of EWT train (never EWT
// dev or test, which score the models that use the table). It runs only
// with -build (about two minutes on one core); CLUSTER_OUT overrides the
// output path:
//
//	nice -n 10 env GOMAXPROCS=1 go test ./nlp/cluster -run TestBuildTable -build -timeout 0 -v
func TestBuildTable(t *testing.T) {
	if !*buildFlag {
		t.Skip("use -build to rebuild the cluster table")
	}
	corp, err := filepath.Glob(filepath.Join(sharedtest.Path(t, "corpora"), "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var c Corpus
	for _, p := range corp {
		if err := c.AddJSONL(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.AddCoNLLU(sharedtest.Path(t, "treebank", "ud-english-ewt", "en_ewt-ud-train.conllu")); err != nil {
		t.Fatal(err)
	}
	tab, err := Learn(&c, Options{Seed: 1, Log: os.Stderr})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join("..", "models", "clusters.bin.gz")
	if o := os.Getenv("CLUSTER_OUT"); o != "" {
		out = o
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := tab.Save(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d words, depth %d, written to %s", tab.Len(), tab.Depth(), out)
}
