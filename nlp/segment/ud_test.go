package segment

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// This file measures the segmenter against UD treebanks: it rebuilds each
// document's raw text from the CoNLL-U (tokens joined by a space unless
// SpaceAfter=No, paragraphs separated by a blank line) and compares
// token, word and sentence spans by character offsets. Tokens are surface
// tokens (a multiword token counts once), as in the CoNLL 2018 shared task.

// sharedDir returns the shared reference data directory (../shared beside
// the module root), or "" when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(shared); err != nil {
		return ""
	}
	return shared
}

// span is a half-open byte range.
type span struct{ start, end int }

// udDoc is one treebank document rebuilt as raw text with its gold spans.
type udDoc struct {
	id     string
	text   string
	tokens []span // surface tokens
	words  []span // syntactic words whose forms concatenate to their token
	sents  []span
}

// readUD reads a CoNLL-U file into documents.
func readUD(path string) ([]udDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open treebank: %w", err)
	}
	defer f.Close()
	var (
		docs    []udDoc
		b       strings.Builder
		cur     *udDoc
		inSent  bool
		sentBeg int
		mwtEnd  int    // last word id of the current multiword token
		mwtPos  int    // offset of the next word inside it
		mwtForm string // its surface form
		mwtOK   bool   // its words concatenate to the form
		pendSep string // separator owed before the next token
	)
	flush := func() {
		if cur != nil {
			cur.text = b.String()
			docs = append(docs, *cur)
		}
		b.Reset()
		cur = nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newdoc"):
			flush()
			cur = &udDoc{id: strings.TrimSpace(strings.TrimPrefix(line, "# newdoc id ="))}
			pendSep = ""
		case strings.HasPrefix(line, "# newpar"):
			if cur != nil && b.Len() > 0 {
				pendSep = "\n\n"
			}
		case strings.HasPrefix(line, "#"):
		case line == "":
			if inSent && cur != nil {
				cur.sents = append(cur.sents, span{sentBeg, b.Len()})
			}
			inSent, mwtEnd = false, 0
			if pendSep == "" && b.Len() > 0 {
				pendSep = " "
			}
		default:
			if cur == nil {
				cur = &udDoc{id: "anonymous"}
			}
			cols := strings.Split(line, "\t")
			if len(cols) < 10 || strings.Contains(cols[0], ".") {
				continue
			}
			id, form, misc := cols[0], cols[1], cols[9]
			noSpace := strings.Contains(misc, "SpaceAfter=No")
			if dash := strings.IndexByte(id, '-'); dash > 0 {
				var a, e int
				fmt.Sscanf(id, "%d-%d", &a, &e)
				b.WriteString(pendSep)
				pendSep = ""
				if !inSent {
					inSent, sentBeg = true, b.Len()
				}
				mwtEnd, mwtPos, mwtForm, mwtOK = e, b.Len(), form, true
				cur.tokens = append(cur.tokens, span{b.Len(), b.Len() + len(form)})
				b.WriteString(form)
				if !noSpace {
					pendSep = " "
				}
				continue
			}
			var n int
			fmt.Sscanf(id, "%d", &n)
			if n <= mwtEnd {
				// A word inside a multiword token.
				if mwtOK && strings.HasPrefix(mwtForm, form) {
					cur.words = append(cur.words, span{mwtPos, mwtPos + len(form)})
					mwtPos += len(form)
					mwtForm = mwtForm[len(form):]
				} else {
					mwtOK = false
				}
				continue
			}
			b.WriteString(pendSep)
			pendSep = ""
			if !inSent {
				inSent, sentBeg = true, b.Len()
			}
			cur.tokens = append(cur.tokens, span{b.Len(), b.Len() + len(form)})
			cur.words = append(cur.words, span{b.Len(), b.Len() + len(form)})
			b.WriteString(form)
			if !noSpace {
				pendSep = " "
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read treebank: %w", err)
	}
	if inSent && cur != nil {
		cur.sents = append(cur.sents, span{sentBeg, b.Len()})
	}
	flush()
	return docs, nil
}

// prf counts matches between gold and predicted spans.
type prf struct{ gold, pred, correct int }

func (p *prf) add(gold, pred []span) {
	p.gold += len(gold)
	p.pred += len(pred)
	g := make(map[span]bool, len(gold))
	for _, s := range gold {
		g[s] = true
	}
	for _, s := range pred {
		if g[s] {
			p.correct++
		}
	}
}

func (p prf) f1() float64 {
	if p.gold+p.pred == 0 {
		return 1
	}
	return 2 * float64(p.correct) / float64(p.gold+p.pred)
}

func (p prf) String() string {
	return fmt.Sprintf("P=%.2f%% R=%.2f%% F1=%.2f%%",
		100*float64(p.correct)/float64(max(p.pred, 1)),
		100*float64(p.correct)/float64(max(p.gold, 1)), 100*p.f1())
}

// udScores holds the three span scores of one treebank.
type udScores struct {
	tokens, words, sents prf
	// errors lists a sample of token and sentence differences for tuning.
	errors []string
}

// evalUD segments every document and scores it. With keepErrors it
// records the mismatches.
func evalUD(docs []udDoc, keepErrors bool) udScores {
	var sc udScores
	seg := &Segmenter{}
	for _, d := range docs {
		var toks, words, sents []span
		for _, s := range seg.Segment(d.text) {
			sents = append(sents, span{s.Start, s.End})
			for k := 0; k < len(s.Tokens); k++ {
				t := s.Tokens[k]
				words = append(words, span{t.Start, t.End})
				if t.MWT > 1 && k+t.MWT-1 < len(s.Tokens) {
					toks = append(toks, span{t.Start, s.Tokens[k+t.MWT-1].End})
					for m := 1; m < t.MWT; m++ {
						words = append(words, span{s.Tokens[k+m].Start, s.Tokens[k+m].End})
					}
					k += t.MWT - 1
					continue
				}
				toks = append(toks, span{t.Start, t.End})
			}
		}
		sc.tokens.add(d.tokens, toks)
		sc.words.add(d.words, words)
		sc.sents.add(d.sents, sents)
		if keepErrors {
			sc.errors = append(sc.errors, diffSpans(d.text, "tok", d.tokens, toks)...)
			sc.errors = append(sc.errors, diffSpans(d.text, "sent", d.sents, sents)...)
		}
	}
	return sc
}

// diffSpans describes the gold spans missing from pred with some context.
func diffSpans(text, what string, gold, pred []span) []string {
	p := make(map[span]bool, len(pred))
	for _, s := range pred {
		p[s] = true
	}
	var out []string
	for _, s := range gold {
		if p[s] {
			continue
		}
		var got []string
		for _, q := range pred {
			if q.end > s.start && q.start < s.end {
				got = append(got, text[q.start:q.end])
			}
		}
		if what == "sent" {
			a := max(0, s.start-40)
			out = append(out, fmt.Sprintf("sent-start %q|%q", text[a:s.start], text[s.start:min(len(text), s.start+40)]))
			continue
		}
		out = append(out, fmt.Sprintf("%s gold %q got %q", what, text[s.start:s.end], got))
	}
	return out
}

// TestUDAccuracy measures tokenization and sentence splitting on EWT dev and
// test and GUM test. Set SEGMENT_UD_ERRORS=file to write the mismatches.
func TestUDAccuracy(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("../shared (UD treebanks) not found beside the module root")
	}
	tests := []struct {
		name      string
		path      string
		minTokens float64
		minSents  float64
		slow      bool // only with SEGMENT_UD_TRAIN=1 (14 MB)
	}{
		{name: "ewt-train", path: "treebank/ud-english-ewt/en_ewt-ud-train.conllu", minTokens: 0.98, minSents: 0.80, slow: true},
		{name: "ewt-dev", path: "treebank/ud-english-ewt/en_ewt-ud-dev.conllu", minTokens: 0.98, minSents: 0.80},
		{name: "ewt-test", path: "treebank/ud-english-ewt/en_ewt-ud-test.conllu", minTokens: 0.98, minSents: 0.80},
		{name: "gum-test", path: "treebank/ud-english-gum-eval/en_gum-ud-test.conllu", minTokens: 0.97, minSents: 0.80},
	}
	errFile := os.Getenv("SEGMENT_UD_ERRORS")
	var errs []string
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.slow && os.Getenv("SEGMENT_UD_TRAIN") == "" {
				t.Skip("set SEGMENT_UD_TRAIN=1 to measure on EWT train")
			}
			docs, err := readUD(filepath.Join(shared, tc.path))
			if err != nil {
				t.Skipf("treebank unavailable: %v", err)
			}
			sc := evalUD(docs, errFile != "")
			t.Logf("%s: tokens %v | words %v | sentences %v", tc.name, sc.tokens, sc.words, sc.sents)
			if f := sc.tokens.f1(); f < tc.minTokens {
				t.Errorf("token F1 = %.4f, want >= %.4f", f, tc.minTokens)
			}
			if f := sc.sents.f1(); f < tc.minSents {
				t.Errorf("sentence F1 = %.4f, want >= %.4f", f, tc.minSents)
			}
			for _, e := range sc.errors {
				errs = append(errs, tc.name+" "+e)
			}
		})
	}
	if errFile != "" {
		sort.Strings(errs)
		if err := os.WriteFile(errFile, []byte(strings.Join(errs, "\n")+"\n"), 0o644); err != nil {
			t.Fatalf("write errors: %v", err)
		}
	}
}
