// Command select draws the sentences of the tacitus development set from the
// news corpora in ../shared/corpora by a deterministic, seeded procedure, and
// writes the item skeletons (corpus, article id, byte span, sentence hash,
// article date, split) as JSONL. It never writes news text into the project:
// the -show flag prints the selected sentences with their article context to
// standard output for the annotator, and is meant to be redirected to a
// scratch file outside the repository.
//
// Procedure (see evalset/GUIDELINES.md, "Selection"):
//
//  1. Candidate articles per corpus: BBC articles of category "politics";
//     IEER articles whose title or text matches the political keyword filter;
//     Reuters-21578 articles whose title matches the political keyword filter,
//     that carry neither the "earn" nor the "acq" topic, whose title names no
//     company ticker ("<"), and whose text is at least 600 bytes.
//  2. Candidates are ordered by the first 8 bytes of SHA-256 of seed+"|"+article id, and the
//     first -per articles of each corpus are taken.
//  3. Each article is split into sentences by a rule-based newswire splitter
//     (paragraph breaks, then [.!?] followed by space and an upper-case
//     letter, digit or quote, except after known abbreviations and initials).
//     Sentences of 30..600 bytes qualify. The first qualifying sentence (the
//     lead) is always taken; then the remaining qualifying sentences among the
//     first 12 are ordered by the first 8 bytes of SHA-256 of seed+"|"+id+"|"+index and the
//     first -extra are taken.
//  4. Supplement (stage 2), so that most items report events: the next
//     -supper articles of each corpus in the same seeded order (Reuters
//     articles must also match the stricter supplementTitle filter) give
//     up to 2 sentences each among their first 12: qualifying sentences
//     that match the interaction-verb filter, in seeded order (seed+"|s|"+
//     id+"|"+index).
//  5. Balance (stage 3, after annotation, -balance FILE): all annotated
//     items with events are kept; items without events are ordered by the
//     first 8 bytes of SHA-256 of seed+"|empty|"+id and only the first
//     ceil(3/7 × the items with events) are kept, so that 30% of the set
//     reports no event.
//  6. The split is assigned by sorting all items by the first 8 bytes of SHA-256 of the item id:
//     the first half is "tune", the rest "report".
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"tacitus/evalset"
)

// article is one corpus record, with the fields the selection reads.
type article struct {
	ID       string   `json:"id"`
	Date     string   `json:"date"`
	Title    string   `json:"title"`
	Dateline string   `json:"dateline"`
	Text     string   `json:"text"`
	Category string   `json:"category"`
	Topics   []string `json:"topics"`
}

var (
	politicalTitle  = regexp.MustCompile(`(?i)\b(iran|iraq|gulf|reagan|sanctions?|attacks?|rebels?|government|parliament|elections?|protests?|army|troops|war|accuses?|warns?|urges?|threatens?|treaty|ministers?|talks|visits?|congress|senate|retaliat\w*|tariffs?|police|killed|president)\b`)
	supplementTitle = regexp.MustCompile(`(?i)\b(iran|iraq|gulf|reagan|sanctions?|attacks?|rebels?|government|parliament|elections?|protests?|army|troops|war|accuses?|warns?|urges?|threatens?|treaty|talks|visits?|retaliat\w*|police|killed)\b`)
	interaction     = regexp.MustCompile(`(?i)\b(accus\w*|attack\w*|urg\w*|warn\w*|met|meet\w*|talks|sign\w*|agree\w*|reject\w*|critici[sz]\w*|demand\w*|called (on|for)|threat\w*|protest\w*|kill\w*|arrest\w*|visit\w*|denounc\w*|condemn\w*|prais\w*|support\w*|denied|appeal\w*|retaliat\w*|negotiat\w*|sanction\w*|invad\w*|fired|bomb\w*|clash\w*|vow\w*|pledg\w*|ask\w*|told)\b`)
	politicalText   = regexp.MustCompile(`(?i)\b(government|minister|president|police|troops|rebels|talks|protest\w*|army|killed|attack\w*|election|party|official|U\.N\.)\b`)
)

// config holds the selection parameters.
type config struct {
	shared, seed string
	per, extra   int
	supper       int
	show         bool
}

func main() {
	var c config
	flag.StringVar(&c.shared, "shared", "", "path of the shared reference folder (default: ../shared beside the module root)")
	flag.StringVar(&c.seed, "seed", "tacitus-devset-1", "selection seed")
	flag.IntVar(&c.per, "per", 25, "articles per corpus (stage 1)")
	flag.IntVar(&c.extra, "extra", 2, "sentences per article besides the lead (stage 1)")
	flag.IntVar(&c.supper, "supper", 17, "supplement articles per corpus (stage 2)")
	flag.BoolVar(&c.show, "show", false, "print the selected sentences with context (annotator's scratch view; never commit)")
	balance := flag.String("balance", "", "annotated JSONL to balance (stage 3) and re-split; writes the final set")
	flag.Parse()
	var err error
	if *balance != "" {
		err = runBalance(*balance, c.seed, os.Stdout)
	} else {
		err = run(c, os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "select:", err)
		os.Exit(1)
	}
}

// pick is one selected article and the indexes of its chosen sentences.
type pick struct {
	corpus string
	a      article
	sents  []span
	chosen []int
}

func run(c config, w io.Writer) error {
	if c.shared == "" {
		c.shared = evalset.SharedRoot()
		if c.shared == "" {
			return errors.New("../shared not found; pass -shared")
		}
	}
	var picks []pick
	for _, corpus := range []string{evalset.CorpusBBC, evalset.CorpusIEER, evalset.CorpusReuters} {
		arts, err := readCorpus(filepath.Join(c.shared, "corpora", corpus))
		if err != nil {
			return err
		}
		var cands []article
		for _, a := range arts {
			if candidate(corpus, a) {
				cands = append(cands, a)
			}
		}
		sort.Slice(cands, func(i, j int) bool {
			return hash64(c.seed+"|"+cands[i].ID) < hash64(c.seed+"|"+cands[j].ID)
		})
		n, k := 0, 0
		for ; k < len(cands) && n < c.per; k++ {
			a := cands[k]
			sents := Split(a.Text)
			chosen := choose(c.seed, a.ID, sents, c.extra)
			if len(chosen) == 0 {
				continue
			}
			picks = append(picks, pick{corpus: corpus, a: a, sents: sents, chosen: chosen})
			n++
		}
		// Stage 2: the supplement continues in the same order.
		n = 0
		for ; k < len(cands) && n < c.supper; k++ {
			a := cands[k]
			if corpus == evalset.CorpusReuters && !supplementTitle.MatchString(a.Title) {
				continue
			}
			sents := Split(a.Text)
			chosen := chooseInteractions(c.seed, a.ID, a.Text, sents, 2)
			if len(chosen) == 0 {
				continue
			}
			picks = append(picks, pick{corpus: corpus, a: a, sents: sents, chosen: chosen})
			n++
		}
	}
	var items []evalset.Item
	for _, p := range picks {
		for _, i := range p.chosen {
			s := p.sents[i]
			it := evalset.Item{
				Corpus:      p.corpus,
				Article:     p.a.ID,
				Field:       "text",
				Start:       s.start,
				End:         s.end,
				SHA256:      evalset.SentenceHash(p.a.Text[s.start:s.end]),
				ArticleDate: articleDate(p.a.Date),
				Dateline:    strings.TrimSpace(p.a.Dateline),
				Events:      []evalset.Event{},
			}
			it.ID = evalset.ItemID(it.Corpus, it.Article, it.Start)
			items = append(items, it)
		}
	}
	evalset.AssignSplits(items)
	if c.show {
		show(w, picks, items)
		return nil
	}
	return write(w, items)
}

// show prints the annotator's view: each article's first sentences with
// the chosen ones marked and their item ids.
func show(w io.Writer, picks []pick, items []evalset.Item) {
	k := 0
	for _, p := range picks {
		fmt.Fprintf(w, "\n######## %s  %s  date=%q dateline=%q\n# TITLE: %s\n", p.corpus, p.a.ID, p.a.Date, p.a.Dateline, p.a.Title)
		last := 14
		for _, c := range p.chosen {
			last = max(last, c)
		}
		for j, s := range p.sents {
			if j > last {
				break
			}
			mark, id := "   ", ""
			for _, c := range p.chosen {
				if c == j {
					mark = ">>>"
				}
			}
			if mark == ">>>" {
				id = items[k].ID
				k++
			}
			fmt.Fprintf(w, "%s %2d %s %s\n", mark, j, strings.Join(strings.Fields(p.a.Text[s.start:s.end]), " "), id)
		}
	}
}

func write(w io.Writer, items []evalset.Item) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range items {
		if err := enc.Encode(&items[i]); err != nil {
			return fmt.Errorf("encode %s: %w", items[i].ID, err)
		}
	}
	return nil
}

// runBalance keeps every annotated item with events and a seeded 3/7 as
// many items without events (30% of the result), then assigns the splits (stage 3).
func runBalance(path, seed string, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open annotations: %w", err)
	}
	defer f.Close()
	items, err := evalset.Parse(f)
	if err != nil {
		return err
	}
	var with, without []evalset.Item
	for _, it := range items {
		if len(it.Events) > 0 {
			with = append(with, it)
		} else {
			without = append(without, it)
		}
	}
	sort.SliceStable(without, func(i, j int) bool {
		return hash64(seed+"|empty|"+without[i].ID) < hash64(seed+"|empty|"+without[j].ID)
	})
	keep := map[string]bool{}
	for i := 0; i < len(without) && i < (3*len(with)+6)/7; i++ {
		keep[without[i].ID] = true
	}
	var out []evalset.Item
	for _, it := range items {
		if len(it.Events) > 0 || keep[it.ID] {
			out = append(out, it)
		}
	}
	evalset.AssignSplits(out)
	return write(w, out)
}

func candidate(corpus string, a article) bool {
	switch corpus {
	case evalset.CorpusBBC:
		return a.Category == "politics"
	case evalset.CorpusIEER:
		return politicalTitle.MatchString(a.Title) || politicalText.MatchString(a.Text)
	default:
		for _, t := range a.Topics {
			if t == "earn" || t == "acq" {
				return false
			}
		}
		return len(a.Text) >= 600 && !strings.Contains(a.Title, "<") && politicalTitle.MatchString(a.Title)
	}
}

// choose returns the indexes of the sentences taken from one article.
func choose(seed, id string, sents []span, extra int) []int {
	var ok []int
	for i, s := range sents {
		if n := s.end - s.start; n >= 30 && n <= 600 && i < 12 {
			ok = append(ok, i)
		}
	}
	if len(ok) == 0 {
		return nil
	}
	rest := append([]int(nil), ok[1:]...)
	sort.Slice(rest, func(i, j int) bool {
		return hash64(fmt.Sprintf("%s|%s|%d", seed, id, rest[i])) < hash64(fmt.Sprintf("%s|%s|%d", seed, id, rest[j]))
	})
	if len(rest) > extra {
		rest = rest[:extra]
	}
	out := append([]int{ok[0]}, rest...)
	sort.Ints(out)
	return out
}

// chooseInteractions returns up to n qualifying sentences among the first
// 12 that match the interaction-verb filter, in seeded order.
func chooseInteractions(seed, id, text string, sents []span, n int) []int {
	var ok []int
	for i, s := range sents {
		if l := s.end - s.start; l >= 30 && l <= 600 && i < 12 && interaction.MatchString(text[s.start:s.end]) {
			ok = append(ok, i)
		}
	}
	sort.Slice(ok, func(i, j int) bool {
		return hash64(fmt.Sprintf("%s|s|%s|%d", seed, id, ok[i])) < hash64(fmt.Sprintf("%s|s|%s|%d", seed, id, ok[j]))
	})
	if len(ok) > n {
		ok = ok[:n]
	}
	sort.Ints(ok)
	return ok
}

// articleDate keeps the YYYY-MM-DD part of a corpus date, or "" when the
// corpus records none (the BBC set).
func articleDate(d string) string {
	if len(d) >= 10 && d[4] == '-' && d[7] == '-' {
		return d[:10]
	}
	return ""
}

// hash64 is the first 8 bytes of SHA-256, big-endian: a well-mixed,
// stable ordering key.
func hash64(s string) uint64 {
	sum := sha256.Sum256([]byte(s))
	return binary.BigEndian.Uint64(sum[:8])
}

func readCorpus(path string) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	var out []article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}
