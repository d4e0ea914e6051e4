// Command gen rebuilds the compact tables that package cameo embeds.
//
// It reads the reference ontology folder (../shared/ontology beside the
// checkout) and writes, into the output folder:
//
//	events.tsv       one line per CAMEO code: level, root, name, QuadClass
//	                 and Goldstein under the GDELT, ICEWS and Phoenix
//	                 conventions, and which values were imputed
//	plover.tsv       one line per CAMEO code that has a PLOVER event: type,
//	                 mode, contexts and where the mapping came from
//	PLOVER_FILLS.md  every PLOVER mapping that was corrected or filled by
//	                 hand, with the reason (generated from overrides.go)
//
// Run it with `go generate ./cameo` from the module root; the go:generate
// line in cameo.go passes the paths. Hand decisions live in overrides.go,
// never in the output files.
package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

func main() {
	src := flag.String("src", "../../shared/ontology", "reference ontology folder")
	out := flag.String("out", "data", "output folder")
	flag.Parse()
	if err := generate(*src, *out); err != nil {
		log.Fatal(err)
	}
}

// conventions is the column order used everywhere: GDELT, ICEWS, Phoenix.
var conventions = [3]string{"gdelt", "icews_beger", "phoenix"}

// event is one row of the merged CAMEO table after imputation.
type event struct {
	code, root, name string
	level            int
	quad             [3]int
	goldstein        [3]float64
	imputed          [3]bool
	inGDELT          bool
}

// mapping is one CAMEO→PLOVER assignment.
type mapping struct {
	typ, mode string
	contexts  []string
	// source is "table", "corrected" or "filled".
	source string
}

// outputs returns the generated files by name.
func outputs(src string) (map[string][]byte, error) {
	events, err := readEvents(filepath.Join(src, "cameo_merged_codes.csv"))
	if err != nil {
		return nil, err
	}
	vocab, err := readVocabulary(filepath.Join(src, "plover_ontology_from_manual.json"))
	if err != nil {
		return nil, err
	}
	table, err := readPlover(filepath.Join(src, "CAMEO2PLOVER-2021.parsed.csv"))
	if err != nil {
		return nil, err
	}
	plover, err := resolvePlover(events, table, vocab)
	if err != nil {
		return nil, err
	}
	return map[string][]byte{
		"events.tsv":      writeEvents(events),
		"plover.tsv":      writePlover(events, plover),
		"PLOVER_FILLS.md": writeFills(events, table),
	}, nil
}

func generate(src, out string) error {
	files, err := outputs(src)
	if err != nil {
		return err
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
			return fmt.Errorf("gen: %w", err)
		}
	}
	return nil
}

func readCSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("gen: %s: %w", path, err)
	}
	var rows []map[string]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("gen: %s: %w", path, err)
		}
		row := make(map[string]string, len(header))
		for i, h := range header {
			row[h] = strings.TrimSpace(rec[i])
		}
		rows = append(rows, row)
	}
}

// parent returns the code one level up ("0211" → "021", "021" → "02"),
// or "" for a root.
func parent(code string) string {
	switch len(code) {
	case 4:
		return code[:3]
	case 3:
		return code[:2]
	}
	return ""
}

func readEvents(path string) ([]event, error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	byCode := map[string]*event{}
	var raw [][3]string
	events := make([]event, 0, len(rows))
	for _, row := range rows {
		e := event{code: row["code"], root: row["root"], inGDELT: row["in_gdelt"] == "1"}
		if e.level, err = strconv.Atoi(row["level"]); err != nil {
			return nil, fmt.Errorf("gen: code %s: level: %w", e.code, err)
		}
		e.name = row["name_icews"]
		if fix, ok := nameFixes[e.code]; ok {
			e.name = fix.name
		}
		// A few ICEWS names start in lower case ("fight with small arms").
		if e.name != "" && e.name[0] >= 'a' && e.name[0] <= 'z' {
			e.name = strings.ToUpper(e.name[:1]) + e.name[1:]
		}
		var g [3]string
		for i, c := range conventions {
			if e.quad[i], err = strconv.Atoi(row["quad_"+c]); err != nil {
				return nil, fmt.Errorf("gen: code %s: quad_%s: %w", e.code, c, err)
			}
			g[i] = row["goldstein_"+strings.TrimSuffix(c, "_beger")]
			if g[i] == "NA" {
				g[i] = ""
			}
		}
		events = append(events, e)
		raw = append(raw, g)
	}
	for i := range events {
		byCode[events[i].code] = &events[i]
	}
	// Goldstein: the convention's own value; else the same code's value in
	// another table (GDELT, ICEWS, Phoenix order); else the nearest ancestor's
	// value in the same convention (ancestors come first in the file).
	for i := range events {
		e := &events[i]
		for c := range conventions {
			v := raw[i][c]
			if v == "" {
				e.imputed[c] = true
				for _, o := range raw[i] {
					if o != "" {
						v = o
						break
					}
				}
			}
			if v == "" {
				p := byCode[parent(e.code)]
				if p == nil {
					return nil, fmt.Errorf("gen: code %s: no Goldstein value and no parent", e.code)
				}
				e.goldstein[c] = p.goldstein[c]
				continue
			}
			if e.goldstein[c], err = strconv.ParseFloat(v, 64); err != nil {
				return nil, fmt.Errorf("gen: code %s: goldstein: %w", e.code, err)
			}
		}
	}
	return events, nil
}

// vocabulary is the PLOVER manual's event types with their modes, and its
// contexts.
type vocabulary struct {
	modes    map[string][]string
	contexts []string
}

func readVocabulary(path string) (vocabulary, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return vocabulary{}, fmt.Errorf("gen: %w", err)
	}
	var doc struct {
		Events []struct {
			Event string
			Modes []struct{ Mode string }
		}
		Contexts []struct{ Context string }
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return vocabulary{}, fmt.Errorf("gen: %s: %w", path, err)
	}
	v := vocabulary{modes: map[string][]string{}}
	for _, e := range doc.Events {
		v.modes[e.Event] = []string{}
		for _, m := range e.Modes {
			v.modes[e.Event] = append(v.modes[e.Event], m.Mode)
		}
	}
	for _, c := range doc.Contexts {
		v.contexts = append(v.contexts, c.Context)
	}
	return v, nil
}

// tableRow is one row of CAMEO2PLOVER-2021 as written.
type tableRow struct {
	code string
	m    mapping
}

func readPlover(path string) ([]tableRow, error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	out := make([]tableRow, 0, len(rows))
	for _, row := range rows {
		m := mapping{typ: row["plover_event"], mode: row["plover_mode"], source: "table"}
		for _, c := range strings.Split(row["plover_context"], ";") {
			if c = strings.TrimSpace(c); c != "" {
				m.contexts = append(m.contexts, c)
			}
		}
		out = append(out, tableRow{code: row["cameo"], m: m})
	}
	return out, nil
}

// resolvePlover applies the table, then the hand corrections and fills of
// overrides.go, and checks every result against the manual's vocabulary.
func resolvePlover(events []event, table []tableRow, vocab vocabulary) (map[string]mapping, error) {
	known := map[string]bool{}
	for _, e := range events {
		known[e.code] = true
	}
	out := map[string]mapping{}
	for _, r := range table {
		if !known[r.code] {
			continue // not one of the 317 codes: see droppedTableRows
		}
		if _, dup := out[r.code]; dup {
			if _, ok := duplicateRows[r.code]; !ok {
				return nil, fmt.Errorf("gen: CAMEO2PLOVER row %s repeated without a decision in overrides.go", r.code)
			}
			continue // first row wins
		}
		out[r.code] = r.m
	}
	for code, o := range corrections {
		if _, ok := out[code]; !ok {
			return nil, fmt.Errorf("gen: correction for %s, which the table does not map", code)
		}
		out[code] = mapping{typ: o.typ, mode: o.mode, contexts: o.contexts, source: "corrected"}
	}
	for code, m := range out {
		var cs []string
		for _, c := range m.contexts {
			if r, ok := contextRenames[c]; ok {
				c = r.to
				if m.source == "table" {
					m.source = "corrected"
				}
			}
			cs = append(cs, c)
		}
		m.contexts = cs
		out[code] = m
	}
	for _, f := range fills() {
		if _, ok := out[f.code]; ok {
			return nil, fmt.Errorf("gen: fill for %s, which the table already maps", f.code)
		}
		if !known[f.code] {
			return nil, fmt.Errorf("gen: fill for unknown code %s", f.code)
		}
		if f.m.typ != "" {
			f.m.source = "filled"
			out[f.code] = f.m
		}
	}
	for _, e := range events {
		m, ok := out[e.code]
		if !ok {
			if !noPlover(e.code) {
				return nil, fmt.Errorf("gen: code %s has no PLOVER mapping and no decision in overrides.go", e.code)
			}
			continue
		}
		modes, ok := vocab.modes[m.typ]
		if !ok {
			return nil, fmt.Errorf("gen: code %s: unknown PLOVER type %q", e.code, m.typ)
		}
		if m.mode != "" && !slices.Contains(modes, m.mode) {
			return nil, fmt.Errorf("gen: code %s: %s has no mode %q", e.code, m.typ, m.mode)
		}
		for _, c := range m.contexts {
			if !slices.Contains(vocab.contexts, c) {
				return nil, fmt.Errorf("gen: code %s: unknown PLOVER context %q", e.code, c)
			}
		}
	}
	return out, nil
}

const header = "# Generated by cameo/internal/gen from ../shared/ontology; DO NOT EDIT.\n"

func writeEvents(events []event) []byte {
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString("# code\tlevel\troot\tin_gdelt\tquad(gdelt,icews,phoenix)\tgoldstein(gdelt,icews,phoenix)\timputed(G,I,P)\tname\n")
	for _, e := range events {
		imp := ""
		for i, c := range "GIP" {
			if e.imputed[i] {
				imp += string(c)
			}
		}
		if imp == "" {
			imp = "-"
		}
		in := "0"
		if e.inGDELT {
			in = "1"
		}
		fmt.Fprintf(&b, "%s\t%d\t%s\t%s\t%d,%d,%d\t%s,%s,%s\t%s\t%s\n",
			e.code, e.level, e.root, in, e.quad[0], e.quad[1], e.quad[2],
			ftoa(e.goldstein[0]), ftoa(e.goldstein[1]), ftoa(e.goldstein[2]), imp, e.name)
	}
	return b.Bytes()
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func writePlover(events []event, plover map[string]mapping) []byte {
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString("# code\ttype\tmode\tcontexts(;)\tsource(table|corrected|filled)\n")
	for _, e := range events {
		m, ok := plover[e.code]
		if !ok {
			continue
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", e.code, m.typ, m.mode, strings.Join(m.contexts, ";"), m.source)
	}
	return b.Bytes()
}

func show(m mapping) string {
	if m.typ == "" {
		return "none"
	}
	s := m.typ
	s += " / " + orDash(m.mode) + " / " + orDash(strings.Join(m.contexts, "; "))
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func writeFills(events []event, table []tableRow) []byte {
	asWritten := map[string]mapping{}
	for _, r := range table {
		if _, ok := asWritten[r.code]; !ok {
			asWritten[r.code] = r.m
		}
	}
	var b bytes.Buffer
	b.WriteString("<!-- Generated by cameo/internal/gen from overrides.go; DO NOT EDIT. -->\n")
	b.WriteString(fillsIntro)
	b.WriteString("\n## Codes filled by hand (not in CAMEO2PLOVER-2021)\n\n")
	b.WriteString("| CAMEO | name | PLOVER type / mode / contexts | why |\n|---|---|---|---|\n")
	names := map[string]string{}
	for _, e := range events {
		names[e.code] = e.name
	}
	for _, f := range fills() {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", f.code, names[f.code], show(f.m), f.why)
	}
	b.WriteString("\n## Table rows corrected by hand\n\n")
	b.WriteString("| CAMEO | name | as written in the table | shipped | why |\n|---|---|---|---|---|\n")
	codes := make([]string, 0, len(corrections))
	for c := range corrections {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, c := range codes {
		o := corrections[c]
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", c, names[c], show(asWritten[c]),
			show(mapping{typ: o.typ, mode: o.mode, contexts: o.contexts}), o.why)
	}
	b.WriteString("\n## Contexts renamed everywhere\n\n| as written | shipped | why |\n|---|---|---|\n")
	from := make([]string, 0, len(contextRenames))
	for k := range contextRenames {
		from = append(from, k)
	}
	slices.Sort(from)
	for _, k := range from {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", k, contextRenames[k].to, contextRenames[k].why)
	}
	b.WriteString("\n## Table rows repeated or dropped\n\n| CAMEO | decision |\n|---|---|\n")
	for _, k := range sortedKeys(duplicateRows) {
		fmt.Fprintf(&b, "| %s | %s |\n", k, duplicateRows[k])
	}
	for _, k := range sortedKeys(droppedTableRows) {
		fmt.Fprintf(&b, "| %s | %s |\n", k, droppedTableRows[k])
	}
	b.WriteString("\n## CAMEO names corrected\n\n| CAMEO | shipped name | why |\n|---|---|---|\n")
	for _, k := range sortedKeys(nameFixes) {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", k, nameFixes[k].name, nameFixes[k].why)
	}
	return b.Bytes()
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
