package lemma

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"tacitus/internal/sharedtest"
)

var trainFlag = flag.Bool("train", false, "train the lemmatizer on UD English EWT and write ../models/lemma.bin.gz")

// TestTrainModel regenerates the committed model. It runs only with -train:
//
//	go test ./nlp/lemma -run TestTrainModel -train -v
func TestTrainModel(t *testing.T) {
	if !*trainFlag {
		t.Skip("use -train to retrain the model")
	}
	dir := sharedtest.Path(t, "treebank", "ud-english-ewt")
	out := filepath.Join("..", "models", "lemma.bin.gz")
	if o := os.Getenv("LEMMA_OUT"); o != "" {
		out = o
	}
	m, err := TrainFiles(filepath.Join(dir, "en_ewt-ud-train.conllu"), out, TrainOptions{Log: os.Stderr})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"} {
		ss := readGold(t, filepath.Join(dir, f))
		acc := accuracy(m, ss)
		t.Logf("%s: lemma accuracy with gold tags %.2f%%", f, 100*acc)
	}
}
