// Command tacitus codes political events from news text.
//
// It bundles its own NLP pipeline (segmenter, tagger, lemmatizer,
// dependency parser), the PETRARCH/CAMEO dictionaries and the CAMEO and
// PLOVER tables. Run `tacitus help` for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:])
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "tacitus:", err)
		os.Exit(1)
	}
}

// run executes the command line args; it is main without the exit.
func run(ctx context.Context, args []string) error {
	root := newRootCmd()
	root.SetArgs(args)
	return root.ExecuteContext(ctx)
}
