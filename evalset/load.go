package evalset

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
)

//go:embed devset.jsonl
var devsetJSONL []byte

// Errors callers branch on.
var (
	// ErrSyntax wraps a line of the data file that is not a JSON object of
	// the item schema.
	ErrSyntax = errors.New("evalset: syntax error")
	// ErrInvalid wraps an item whose fields break the schema's rules.
	ErrInvalid = errors.New("evalset: invalid item")
	// ErrNoShared is returned when the shared reference folder is absent.
	ErrNoShared = errors.New("evalset: shared reference folder absent")
)

// maxLine bounds one JSONL line of the data file.
const maxLine = 1 << 20

// Items returns the embedded development set's items (annotations and
// pointers, no text).
func Items() ([]Item, error) {
	return Parse(bytes.NewReader(devsetJSONL))
}

// Parse reads items from JSONL, one item a line; blank lines are skipped.
// Every item is validated (see Validate); the first bad line stops parsing
// with an error wrapping ErrSyntax or ErrInvalid and naming the line.
func Parse(r io.Reader) ([]Item, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	var items []Item
	seen := map[string]bool{}
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var it Item
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&it); err != nil {
			return nil, fmt.Errorf("%w: line %d: %w", ErrSyntax, line, err)
		}
		if dec.More() {
			return nil, fmt.Errorf("%w: line %d: trailing data", ErrSyntax, line)
		}
		if err := Validate(it); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if seen[it.ID] {
			return nil, fmt.Errorf("%w: line %d: duplicate id %q", ErrInvalid, line, it.ID)
		}
		seen[it.ID] = true
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: line %d: %w", ErrSyntax, line+1, err)
	}
	return items, nil
}

// Validate checks one item against the schema's rules: known corpus, field
// and split, a sane span, a 16-hex-digit hash, dates in YYYY-MM-DD, and for
// each event a source, a CAMEO code whose first two digits are its root, a
// known date precision consistent with the date, coordinates in range and
// known flags. Errors wrap ErrInvalid.
func Validate(it Item) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrInvalid, it.ID, fmt.Sprintf(format, args...))
	}
	switch it.Corpus {
	case CorpusBBC, CorpusIEER, CorpusReuters:
	default:
		return bad("unknown corpus %q", it.Corpus)
	}
	if it.ID == "" || it.Article == "" {
		return bad("empty id or article")
	}
	if it.Field != "text" && it.Field != "title" {
		return bad("unknown field %q", it.Field)
	}
	if it.Start < 0 || it.End <= it.Start {
		return bad("bad span %d..%d", it.Start, it.End)
	}
	if len(it.SHA256) != 16 || strings.Trim(it.SHA256, "0123456789abcdef") != "" {
		return bad("hash %q is not 16 lower-case hex digits", it.SHA256)
	}
	if it.ArticleDate != "" && !isDate(it.ArticleDate) {
		return bad("article date %q", it.ArticleDate)
	}
	if it.Split != SplitTune && it.Split != SplitReport {
		return bad("unknown split %q", it.Split)
	}
	for i, e := range it.Events {
		if e.Source == "" {
			return bad("event %d: empty source", i)
		}
		if !isCode(e.Source) || (e.Target != "" && !isCode(e.Target)) {
			return bad("event %d: actor codes %q/%q", i, e.Source, e.Target)
		}
		if len(e.CAMEO) < 2 || len(e.CAMEO) > 4 || strings.Trim(e.CAMEO, "0123456789") != "" {
			return bad("event %d: CAMEO code %q", i, e.CAMEO)
		}
		if e.Root != e.CAMEO[:2] || e.Root < "01" || e.Root > "20" {
			return bad("event %d: root %q does not fit code %q", i, e.Root, e.CAMEO)
		}
		switch e.DatePrecision {
		case PrecisionDay, PrecisionMonth, PrecisionYear:
			if !isDate(e.Date) {
				return bad("event %d: date %q with precision %s", i, e.Date, e.DatePrecision)
			}
		case PrecisionNone:
			if e.Date != "" {
				return bad("event %d: date %q with precision none", i, e.Date)
			}
		default:
			return bad("event %d: unknown date precision %q", i, e.DatePrecision)
		}
		if p := e.Place; p != nil {
			if p.Name == "" || len(p.Country) != 3 || math.IsNaN(p.Lat) || math.IsNaN(p.Lon) ||
				p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
				return bad("event %d: place %+v", i, *p)
			}
		}
		for _, f := range e.Flags {
			switch f {
			case FlagNegated, FlagHypothetical, FlagFuture, FlagReported:
			default:
				return bad("event %d: unknown flag %q", i, f)
			}
		}
	}
	return nil
}

func isDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return s[5:7] >= "01" && s[5:7] <= "12" && s[8:] >= "01" && s[8:] <= "31"
}

// isCode accepts CAMEO actor codes: upper-case letters and digits in groups
// of three (country or organisation, then roles and attributes).
func isCode(s string) bool {
	if len(s) < 3 || len(s)%3 != 0 {
		return false
	}
	for _, c := range s {
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// Sentence is an item with its text recovered from the corpus.
type Sentence struct {
	Item
	// Text is the sentence, exactly the bytes of the span.
	Text string
	// ArticleText is the whole field the span points into, for context
	// (datelines, earlier sentences).
	ArticleText string
}

// ResolveStats counts what Resolve could not recover.
type ResolveStats struct {
	// Resolved items had their text recovered and their hash checked.
	Resolved int
	// HashMismatch items pointed at text whose hash differs (the corpus
	// changed); they are skipped.
	HashMismatch int
	// Missing items named an article or span absent from the corpus.
	Missing int
}

// SharedRoot returns the shared reference folder: $TACITUS_SHARED when set,
// else ../shared beside the directory holding go.mod, found by walking up
// from the working directory; "" when there is none.
func SharedRoot() string {
	if d := os.Getenv("TACITUS_SHARED"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(filepath.Dir(dir), "shared")
			if st, err := os.Stat(d); err == nil && st.IsDir() {
				return d
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load returns the embedded items with their sentences recovered from the
// corpora under shared (see Resolve). It returns ErrNoShared when shared is
// "" or not a directory.
func Load(shared string) ([]Sentence, ResolveStats, error) {
	items, err := Items()
	if err != nil {
		return nil, ResolveStats{}, err
	}
	return Resolve(shared, items)
}

// Resolve recovers each item's sentence from the corpus files under
// shared/corpora and checks its hash. Items whose article or span is absent,
// or whose hash mismatches, are skipped and counted. It returns ErrNoShared
// when shared is "" or not a directory.
func Resolve(shared string, items []Item) ([]Sentence, ResolveStats, error) {
	var st ResolveStats
	if shared == "" {
		return nil, st, ErrNoShared
	}
	if fi, err := os.Stat(shared); err != nil || !fi.IsDir() {
		return nil, st, fmt.Errorf("%w: %s", ErrNoShared, shared)
	}
	want := map[string]map[string]bool{}
	for _, it := range items {
		if want[it.Corpus] == nil {
			want[it.Corpus] = map[string]bool{}
		}
		want[it.Corpus][it.Article] = true
	}
	texts := map[string]map[string][2]string{}
	for corpus, ids := range want {
		m, err := readArticles(filepath.Join(shared, "corpora", corpus), ids)
		if err != nil {
			return nil, st, err
		}
		texts[corpus] = m
	}
	out := make([]Sentence, 0, len(items))
	for _, it := range items {
		a, ok := texts[it.Corpus][it.Article]
		field := a[0]
		if it.Field == "title" {
			field = a[1]
		}
		if !ok || it.End > len(field) {
			st.Missing++
			continue
		}
		s := field[it.Start:it.End]
		if SentenceHash(s) != it.SHA256 {
			st.HashMismatch++
			continue
		}
		st.Resolved++
		out = append(out, Sentence{Item: it, Text: s, ArticleText: field})
	}
	return out, st, nil
}

// readArticles returns text and title of the wanted articles of one corpus.
func readArticles(path string, ids map[string]bool) (map[string][2]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evalset: open corpus: %w", err)
	}
	defer f.Close()
	out := map[string][2]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a struct {
			ID    string `json:"id"`
			Title string `json:"title"`
			Text  string `json:"text"`
		}
		if !bytes.Contains(sc.Bytes(), []byte(`"id"`)) {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("evalset: %s: %w", path, err)
		}
		if ids[a.ID] {
			out[a.ID] = [2]string{a.Text, a.Title}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evalset: read %s: %w", path, err)
	}
	return out, nil
}
