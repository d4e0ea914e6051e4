package main

import (
	"github.com/spf13/cobra"
)

// version is the tacitus release; builds may override it with -ldflags.
var version = "0.1.0-dev"

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "tacitus",
		Short:         "tacitus codes political events (who did what to whom, when and where) from news text",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version,
	}
	root.AddCommand(newParseCmd(), newTrainCmd(), newEvalCmd(), newBenchCmd(), newCodeCmd(), newActorsCmd(), newServeCmd(), newIngestCmd(), newRecodeCmd(), newExportCmd())
	return root
}
