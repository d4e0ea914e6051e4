// Package cameo is tacitus's table of CAMEO event codes and their PLOVER
// equivalents, compiled into the binary.
//
// CAMEO (Conflict and Mediation Event Observations) codes are strings of two
// to four digits: a root ("19" FIGHT), a three-digit code ("190") and, for
// some, a four-digit sub-code ("1951"). Lookup gives a code's name, its root,
// its QuadClass and its Goldstein score. The last two differ between data
// sets, so they are read under a Convention: GDELT (the default), ICEWS or
// Phoenix. PLOVER gives a code's PLOVER event type, mode and contexts.
//
// The tables are generated from the reference ontology by
// cameo/internal/gen (run `go generate ./cameo` with ../shared beside the
// checkout) and embedded from cameo/data; data/PLOVER_FILLS.md lists every
// mapping decided by hand and data/NOTICE names the sources and licenses.
package cameo

//go:generate go run ./internal/gen -src ../../shared/ontology -out data

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/events.tsv data/plover.tsv
var files embed.FS

// Convention selects whose QuadClass and Goldstein values Lookup reports.
type Convention int

const (
	// GDELT is the GDELT 1.0/2.0 lookup table (QuadClass 1–4). It is the
	// default.
	GDELT Convention = iota
	// ICEWS is the ICEWS codebook, with the QuadClass assignment used by the
	// andybega/icews package (INVESTIGATE and PROTEST count as conflict).
	ICEWS
	// Phoenix is the Phoenix data set, whose QuadClass 0 marks the neutral
	// roots 01 and 02 and which counts REDUCE RELATIONS (16) as verbal conflict.
	Phoenix
)

// String returns the convention's name.
func (c Convention) String() string {
	switch c {
	case GDELT:
		return "GDELT"
	case ICEWS:
		return "ICEWS"
	case Phoenix:
		return "Phoenix"
	}
	return "Convention(" + strconv.Itoa(int(c)) + ")"
}

// QuadClass is the four-way division of events into verbal and material
// cooperation and conflict.
type QuadClass int

const (
	// Neutral is used only by the Phoenix convention, for roots 01 and 02.
	Neutral QuadClass = iota
	// VerbalCooperation is QuadClass 1.
	VerbalCooperation
	// MaterialCooperation is QuadClass 2.
	MaterialCooperation
	// VerbalConflict is QuadClass 3.
	VerbalConflict
	// MaterialConflict is QuadClass 4.
	MaterialConflict
)

// String returns the class's name.
func (q QuadClass) String() string {
	switch q {
	case Neutral:
		return "neutral"
	case VerbalCooperation:
		return "verbal cooperation"
	case MaterialCooperation:
		return "material cooperation"
	case VerbalConflict:
		return "verbal conflict"
	case MaterialConflict:
		return "material conflict"
	}
	return "QuadClass(" + strconv.Itoa(int(q)) + ")"
}

// Event describes one CAMEO code under one Convention.
type Event struct {
	// Code is the CAMEO code, e.g. "042".
	Code string
	// Name is the name in the ICEWS CAMEO codebook, which follows the CAMEO
	// manual (GDELT's own list misnames 101 and 105-108), e.g. "Make a
	// visit"; roots are upper case ("CONSULT").
	Name string
	// Root is the two-digit root code, e.g. "04", and RootName its name.
	Root, RootName string
	// Level is 0 for a root, 1 for a three-digit code, 2 for a four-digit one.
	Level int
	// QuadClass is the code's class under the convention: 1–4, or 0
	// (Neutral) for roots 01 and 02 under Phoenix.
	QuadClass QuadClass
	// Goldstein is the code's conflict–cooperation score in [-10, 10].
	Goldstein float64
	// GoldsteinImputed is true when the convention's table has no score for
	// the code: Goldstein is then the same code's score in another table
	// (GDELT, ICEWS, Phoenix order) or, when no table scores it (155, 176,
	// 1834, 1951, 1952), the nearest ancestor's.
	GoldsteinImputed bool
	// InGDELT is false for the six codes that only the ICEWS codebook has
	// (1213, 155, 176, 1834, 1951, 1952).
	InGDELT bool
	// Convention is the convention the values were read under.
	Convention Convention
}

// row is one parsed line of events.tsv.
type row struct {
	code, root, name string
	level            int
	inGDELT          bool
	quad             [3]QuadClass
	goldstein        [3]float64
	imputed          [3]bool
}

// Plover is the PLOVER equivalent of a CAMEO code.
type Plover struct {
	// Type is the PLOVER event type, e.g. "CONSULT".
	Type string
	// Mode is the PLOVER mode, e.g. "visit", or "".
	Mode string
	// Context lists PLOVER contexts, e.g. ["military"]; often empty.
	Context []string
	// Source tells where the mapping came from.
	Source Source
}

// Source tells where a PLOVER mapping came from.
type Source int

const (
	// FromTable is a row of CAMEO2PLOVER-2021 as written.
	FromTable Source = iota
	// Corrected is a row of CAMEO2PLOVER-2021 whose mode or context was
	// changed to the PLOVER manual's vocabulary (see data/PLOVER_FILLS.md).
	Corrected
	// Filled is a code the 2021 table does not cover, mapped by hand from
	// the PLOVER manual (see data/PLOVER_FILLS.md).
	Filled
)

// String returns the source's name as written in plover.tsv.
func (s Source) String() string {
	switch s {
	case FromTable:
		return "table"
	case Corrected:
		return "corrected"
	case Filled:
		return "filled"
	}
	return "Source(" + strconv.Itoa(int(s)) + ")"
}

type tables struct {
	rows   []row
	byCode map[string]int
	plover map[string]Plover
}

// load parses the embedded files once. They are generated and checked by
// the package tests, so an error here means they were edited by hand.
var load = sync.OnceValue(func() *tables {
	t, err := parse()
	if err != nil {
		panic("cameo: embedded tables are corrupt (regenerate with go generate): " + err.Error())
	}
	return t
})

func dataLines(name string) ([][]string, error) {
	b, err := files.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("cameo: %w", err)
	}
	var out [][]string
	for line := range strings.Lines(string(b)) {
		line = strings.TrimRight(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out, nil
}

func parse() (*tables, error) {
	lines, err := dataLines("data/events.tsv")
	if err != nil {
		return nil, err
	}
	t := &tables{byCode: make(map[string]int, len(lines)), plover: map[string]Plover{}}
	for _, f := range lines {
		if len(f) != 8 {
			return nil, fmt.Errorf("cameo: events.tsv: %q: want 8 fields", f)
		}
		r := row{code: f[0], root: f[2], inGDELT: f[3] == "1", name: f[7]}
		if r.level, err = strconv.Atoi(f[1]); err != nil {
			return nil, fmt.Errorf("cameo: events.tsv %s: %w", r.code, err)
		}
		qs, gs := strings.Split(f[4], ","), strings.Split(f[5], ",")
		if len(qs) != 3 || len(gs) != 3 {
			return nil, fmt.Errorf("cameo: events.tsv %s: want 3 quad and 3 Goldstein values", r.code)
		}
		for i := range 3 {
			q, err := strconv.Atoi(qs[i])
			if err != nil {
				return nil, fmt.Errorf("cameo: events.tsv %s: %w", r.code, err)
			}
			r.quad[i] = QuadClass(q)
			if r.goldstein[i], err = strconv.ParseFloat(gs[i], 64); err != nil {
				return nil, fmt.Errorf("cameo: events.tsv %s: %w", r.code, err)
			}
			r.imputed[i] = strings.ContainsRune(f[6], rune("GIP"[i]))
		}
		t.byCode[r.code] = len(t.rows)
		t.rows = append(t.rows, r)
	}
	lines, err = dataLines("data/plover.tsv")
	if err != nil {
		return nil, err
	}
	for _, f := range lines {
		if len(f) != 5 {
			return nil, fmt.Errorf("cameo: plover.tsv: %q: want 5 fields", f)
		}
		p := Plover{Type: f[1], Mode: f[2]}
		if f[3] != "" {
			p.Context = strings.Split(f[3], ";")
		}
		switch f[4] {
		case "table":
			p.Source = FromTable
		case "corrected":
			p.Source = Corrected
		case "filled":
			p.Source = Filled
		default:
			return nil, fmt.Errorf("cameo: plover.tsv %s: unknown source %q", f[0], f[4])
		}
		t.plover[f[0]] = p
	}
	return t, nil
}

// Lookup returns the CAMEO code's description under the GDELT convention.
// It reports false for a string that is not one of the 317 codes.
func Lookup(code string) (Event, bool) { return GDELT.Lookup(code) }

// Lookup returns the CAMEO code's description under the convention c. It
// reports false for a string that is not one of the 317 codes, or for an
// unknown convention.
func (c Convention) Lookup(code string) (Event, bool) {
	if c < GDELT || c > Phoenix {
		return Event{}, false
	}
	t := load()
	i, ok := t.byCode[code]
	if !ok {
		return Event{}, false
	}
	r := &t.rows[i]
	return Event{
		Code:             r.code,
		Name:             r.name,
		Root:             r.root,
		RootName:         t.rows[t.byCode[r.root]].name,
		Level:            r.level,
		QuadClass:        r.quad[c],
		Goldstein:        r.goldstein[c],
		GoldsteinImputed: r.imputed[c],
		InGDELT:          r.inGDELT,
		Convention:       c,
	}, true
}

// Codes returns all CAMEO codes in table order (each root followed by its
// codes and sub-codes: "01", "010", ..., "2042").
func Codes() []string {
	t := load()
	out := make([]string, len(t.rows))
	for i, r := range t.rows {
		out[i] = r.code
	}
	return out
}

// PLOVER returns the PLOVER event for the CAMEO code, or nil when PLOVER
// has no event for it (the statements of root 01) or the code is unknown.
// The result is a fresh copy the caller may modify.
func PLOVER(code string) *Plover {
	p, ok := load().plover[code]
	if !ok {
		return nil
	}
	if p.Context != nil {
		p.Context = append([]string(nil), p.Context...)
	}
	return &p
}
