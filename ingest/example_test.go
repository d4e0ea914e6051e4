package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"tacitus/article"
	"tacitus/extract"
	"tacitus/ingest"
	"tacitus/store"
)

// Example ingests a directory of news files into a SQLite store. The
// extractor loads the dictionaries and models, which takes a while, so the
// example is compiled but not run.
func Example() {
	ctx := context.Background()
	x, err := extract.New(extract.Options{Version: "example"})
	if x == nil {
		fmt.Println(err)
		return
	}
	s, err := store.Open(ctx, filepath.Join(os.TempDir(), "tacitus-example.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	inputs, errs := ingest.Expand([]string{"news/"})
	for _, e := range errs {
		fmt.Println(e)
	}
	st, err := ingest.Run(ctx, x, s, inputs, ingest.Options{
		Report: func(e *article.RecordError) { fmt.Println(e) },
	})
	fmt.Println(st, err)
}
