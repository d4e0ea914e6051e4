// Command gen refreshes the data of package tacitus/dictionary/builtin
// from the project's reference folder (../shared beside the module):
//
//   - data/phoenix/*.gz: the Phoenix/PETRARCH2 production dictionaries,
//     gzip-compressed, with their MIT licence;
//   - data/countryinfo/CountryInfo.120116.actors.txt: an actor dictionary
//     derived from CountryInfo.120116.txt with the phrases (country
//     names, nationality forms, capitals, leaders, government members)
//     that the Phoenix actors lack.
//
// It is run by "go generate" in dictionary/builtin:
//
//	go run ./internal/gen [-shared DIR] [-data DIR] [-v]
//
// The output is deterministic; a test of this package checks that the
// committed files equal a fresh generation.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"tacitus/dictionary"
	"tacitus/internal/sharedtest"
)

// phoenixFiles are the Phoenix files embedded, in the reference order.
var phoenixFiles = []string{
	"CAMEO.2.0.txt",
	"Phoenix.Countries.actors.txt",
	"Phoenix.International.actors.txt",
	"Phoenix.MilNonState.actors.txt",
	"Phoenix.agents.txt",
	"Phoenix.discards.txt",
	"Phoenix.IssueCoding.txt",
	"Phoenix.prepositions.txt",
}

// phoenixActors are the Phoenix actor files, in the reference order.
var phoenixActors = phoenixFiles[1:4]

const (
	countryInfoFile = "CountryInfo.120116.txt"
	derivedFile     = "CountryInfo.120116.actors.txt"
	phoenixLicense  = "LICENSE.petrarch2-MIT"
)

func main() {
	shared := flag.String("shared", "", "reference data folder (default: ../shared beside the module root)")
	data := flag.String("data", "data", "output folder of package builtin's data")
	verbose := flag.Bool("v", false, "list the CountryInfo lines that were skipped")
	flag.Parse()
	if *shared == "" {
		*shared = sharedtest.Root()
	}
	if *shared == "" {
		fmt.Fprintln(os.Stderr, "gen: reference data ../shared not found; use -shared DIR")
		os.Exit(2)
	}
	if err := run(*shared, *data, *verbose, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// run writes the data folder from the reference folder shared and
// reports what it did on log.
func run(shared, data string, verbose bool, log io.Writer) error {
	phoenixDir := filepath.Join(shared, "dictionaries", "phoenix")
	outPhoenix := filepath.Join(data, "phoenix")
	if err := os.MkdirAll(outPhoenix, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", outPhoenix, err)
	}
	for _, name := range phoenixFiles {
		b, err := os.ReadFile(filepath.Join(phoenixDir, name))
		if err != nil {
			return fmt.Errorf("read Phoenix file: %w", err)
		}
		gz, err := gzipBytes(b)
		if err != nil {
			return fmt.Errorf("compress %s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(outPhoenix, name+".gz"), gz, 0o644); err != nil {
			return fmt.Errorf("write: %w", err)
		}
	}
	lic, err := os.ReadFile(filepath.Join(phoenixDir, phoenixLicense))
	if err != nil {
		return fmt.Errorf("read licence: %w", err)
	}
	if err := os.WriteFile(filepath.Join(outPhoenix, phoenixLicense), lic, 0o644); err != nil {
		return fmt.Errorf("write: %w", err)
	}

	out, st, warns, err := generate(shared)
	if err != nil {
		return err
	}
	outCI := filepath.Join(data, "countryinfo")
	if err := os.MkdirAll(outCI, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", outCI, err)
	}
	if err := os.WriteFile(filepath.Join(outCI, derivedFile), out, 0o644); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	kinds := make([]string, 0, len(st.Phrases))
	for k := range st.Phrases {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Fprintf(log, "%s: %d bytes\n", derivedFile, len(out))
	for _, k := range kinds {
		fmt.Fprintf(log, "  %-32s %5d entries %5d phrases\n", k, st.Entries[k], st.Phrases[k])
	}
	fmt.Fprintf(log, "  skipped: %d phrases already in Phoenix, %d naming several countries, %d excluded, %d unusable; %d CountryInfo lines skipped\n",
		st.InPhoenix, st.Ambiguous, st.Excluded, st.Rejected, len(warns))
	for _, r := range st.Recoded {
		fmt.Fprintf(log, "  Phoenix code used: %s\n", r)
	}
	if verbose {
		for _, w := range warns {
			fmt.Fprintf(log, "  %s: %s\n", countryInfoFile, w)
		}
	}
	return nil
}

// generate derives the supplementary actor file from the reference
// folder.
func generate(shared string) ([]byte, stats, []ciWarning, error) {
	phoenixDir := filepath.Join(shared, "dictionaries", "phoenix")
	var files []*dictionary.ActorFile
	for _, name := range phoenixActors {
		b, err := os.ReadFile(filepath.Join(phoenixDir, name))
		if err != nil {
			return nil, stats{}, nil, fmt.Errorf("read Phoenix actors: %w", err)
		}
		f, err := dictionary.ParseActors(name, bytes.NewReader(b))
		if err != nil {
			return nil, stats{}, nil, fmt.Errorf("parse Phoenix actors: %w", err)
		}
		files = append(files, f)
	}
	f, err := os.Open(filepath.Join(shared, "gazetteer", "countryinfo", countryInfoFile))
	if err != nil {
		return nil, stats{}, nil, fmt.Errorf("open CountryInfo: %w", err)
	}
	defer f.Close()
	ci, warns, err := parseCountryInfo(f)
	if err != nil {
		return nil, stats{}, nil, err
	}
	out, st := derive(ci, newKnown(files...), countryInfoFile)
	return out, st, warns, nil
}

// gzipBytes compresses b with the best compression and an empty header
// (no name, no time), so that the output depends on the content only.
func gzipBytes(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
