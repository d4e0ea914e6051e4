package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tacitus/export"
	"tacitus/store"
)

// errExportNoDatabase reports an export from a SQLite file that does not exist
// (opening it would create an empty database).
var errExportNoDatabase = errors.New("no such database")

// exportFlags are the options of the export command.
type exportFlags struct {
	db, format, out string
	from, to        string
	filter          store.Filter
}

func newExportCmd() *cobra.Command {
	var f exportFlags
	names := make([]string, len(export.Formats))
	for i, g := range export.Formats {
		names[i] = string(g)
	}
	cmd := &cobra.Command{
		Use:   "export --db DB --format " + strings.Join(names, "|") + " [filters…] [--out FILE]",
		Short: "export the stored events as GDELT, Phoenix, ICEWS, PLOVER, CSV or Parquet",
		Long: `export writes the deduplicated events of a tacitus store in the format of
another event data set:

  gdelt    GDELT 2.0 events: 61 tab-separated columns, no header
  phoenix  Phoenix daily files: 26 tab-separated columns, no header
  icews    ICEWS events: 20 tab-separated columns after a header row
  plover   one PLOVER JSON record per line
  csv      tacitus's flat event columns, with a header row
  parquet  the same columns as one Parquet file

Columns tacitus has no information for are left empty; docs/formats.md
says where every column comes from. Events are written newest first.
The filters select events as the API does; flagged events (negated,
historical, future, hypothetical) are left out unless --include-flagged.
--db is a SQLite file or a postgres:// URL.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runExport(cmd, &f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.db, "db", store.DefaultPath, "the store: a SQLite file or a postgres:// URL")
	fl.StringVar(&f.format, "format", "", "output format: "+strings.Join(names, ", ")+" (required)")
	fl.StringVar(&f.out, "out", "", "output file (default standard output)")
	fl.StringVar(&f.from, "from", "", "first event date, YYYY-MM-DD")
	fl.StringVar(&f.to, "to", "", "last event date, YYYY-MM-DD")
	fl.StringVar(&f.filter.Actor, "actor", "", "source or target actor code (\"USA*\" for a prefix)")
	fl.StringVar(&f.filter.Source, "source", "", "source actor code")
	fl.StringVar(&f.filter.Target, "target", "", "target actor code")
	fl.StringVar(&f.filter.CAMEO, "cameo", "", "CAMEO event code")
	fl.StringVar(&f.filter.Root, "root", "", "CAMEO root code")
	fl.IntVar(&f.filter.Quad, "quad", 0, "QuadClass 1-4")
	fl.StringVar(&f.filter.PLOVER, "plover", "", "PLOVER event type")
	fl.StringVar(&f.filter.Country, "country", "", "location country code (ISO 3166-1 alpha-3)")
	fl.StringVar(&f.filter.Q, "q", "", "full-text search over the mentions' sentences")
	fl.BoolVar(&f.filter.IncludeFlagged, "include-flagged", false, "also export negated, historical, future and hypothetical events")
	_ = cmd.MarkFlagRequired("format")
	return cmd
}

func runExport(cmd *cobra.Command, f *exportFlags) error {
	format, err := export.ParseFormat(f.format)
	if err != nil {
		return err
	}
	filter := f.filter
	if filter.From, err = parseExportDay("--from", f.from); err != nil {
		return err
	}
	if filter.To, err = parseExportDay("--to", f.to); err != nil {
		return err
	}
	if !isPostgresDSN(f.db) {
		path := strings.TrimPrefix(f.db, "sqlite:")
		if _, err := os.Stat(path); err != nil {
			return fmt.Errorf("%w: %s", errExportNoDatabase, path)
		}
	}
	ctx := cmd.Context()
	st, err := store.Open(ctx, f.db)
	if err != nil {
		return err
	}
	defer st.Close()

	var w io.Writer = cmd.OutOrStdout()
	var file *os.File
	if f.out != "" && f.out != "-" {
		if file, err = os.Create(f.out); err != nil {
			return err
		}
		w = file
	}
	n, err := export.Export(ctx, st, filter, w, format)
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(f.out) // a partial file is no export
		}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "tacitus: exported %d events as %s\n", n, format)
	return nil
}

// parseExportDay reads a YYYY-MM-DD flag value; "" is the zero time.
func parseExportDay(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s %q: want YYYY-MM-DD: %w", flag, s, err)
	}
	return t, nil
}

// isPostgresDSN reports whether dsn selects PostgreSQL (see store.Open).
func isPostgresDSN(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}
