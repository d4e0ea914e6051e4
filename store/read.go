package store

import (
	"cmp"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"tacitus/article"
)

const eventCols = `id, day, date_precision, source_code, source_name, source_country, target_code, target_name, target_country,
	cameo, root, quad, goldstein, plover, location, flags, num_mentions, num_articles, num_sources`

func scanEvent(r row) (Event, error) {
	var (
		ev    Event
		day   int64
		prec  string
		loc   string
		flags int
	)
	err := r.Scan(&ev.ID, &day, &prec, &ev.Source.Code, &ev.Source.Name, &ev.Source.Country,
		&ev.Target.Code, &ev.Target.Name, &ev.Target.Country, &ev.CAMEO, &ev.Root, &ev.QuadClass, &ev.Goldstein,
		&ev.PLOVER, &loc, &flags, &ev.NumMentions, &ev.NumArticles, &ev.NumSources)
	if err != nil {
		return ev, err
	}
	ev.Date = dayTime(day)
	ev.DatePrecision = Precision(prec)
	ev.Flags = flagsOf(flags)
	if loc != "" {
		ev.Location = new(Location)
		if err := json.Unmarshal([]byte(loc), ev.Location); err != nil {
			return ev, fmt.Errorf("event %d location: %w", ev.ID, err)
		}
	}
	return ev, nil
}

// conds accumulates a WHERE clause.
type conds struct {
	parts []string
	args  []any
}

func (c *conds) add(part string, args ...any) {
	c.parts = append(c.parts, part)
	c.args = append(c.args, args...)
}

func (c *conds) where() string {
	if len(c.parts) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(c.parts, " AND ")
}

// codeCond matches an actor code column exactly, or by prefix for a code
// ending in "*".
func codeCond(col, code string) (string, []any) {
	if p, ok := strings.CutSuffix(code, "*"); ok {
		if p == "" {
			return "1 = 1", nil
		}
		return col + " >= ? AND " + col + " < ?", []any{p, prefixEnd(p)}
	}
	return col + " = ?", []any{code}
}

// prefixEnd is the least string greater than every string with prefix p.
func prefixEnd(p string) string {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return string(b[:i+1])
		}
	}
	return string(b) + "\xff"
}

// ftsWords splits a full-text query into the words both backends index.
func ftsWords(q string) []string {
	return strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func dayRange(from, to time.Time) (lo, hi int64, err error) {
	lo, hi = noDay+1, math.MaxInt32
	if !from.IsZero() {
		lo = dayOf(from)
	}
	if !to.IsZero() {
		hi = dayOf(to)
	}
	if lo > hi {
		return 0, 0, fmt.Errorf("%w: from %s is after to %s", ErrInvalidQuery, from.Format(time.DateOnly), to.Format(time.DateOnly))
	}
	return lo, hi, nil
}

// filterConds turns a Filter into conditions on events.
func (e *engine) filterConds(f *Filter) (*conds, error) {
	c := &conds{}
	if !f.IncludeFlagged {
		c.add("flagged = 0")
	}
	if f.Source != "" {
		p, a := codeCond("source_code", f.Source)
		c.add(p, a...)
	}
	if f.Target != "" {
		p, a := codeCond("target_code", f.Target)
		c.add(p, a...)
	}
	if f.Actor != "" {
		ps, as := codeCond("source_code", f.Actor)
		pt, at := codeCond("target_code", f.Actor)
		c.add("(("+ps+") OR ("+pt+"))", append(as, at...)...)
	}
	if f.CAMEO != "" {
		c.add("cameo = ?", f.CAMEO)
	}
	if f.Root != "" {
		c.add("root = ?", f.Root)
	}
	if f.Quad != 0 {
		if f.Quad < 0 || f.Quad > 4 {
			return nil, fmt.Errorf("%w: quad class %d", ErrInvalidQuery, f.Quad)
		}
		c.add("quad = ?", f.Quad)
	}
	if f.PLOVER != "" {
		c.add("plover = ?", f.PLOVER)
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		lo, hi, err := dayRange(f.From, f.To)
		if err != nil {
			return nil, err
		}
		c.add("day >= ? AND day <= ?", lo, hi)
	}
	if f.Country != "" {
		c.add("loc_country = ?", f.Country)
	}
	if bb := f.BBox; bb != nil {
		if bb.MinLat > bb.MaxLat || bb.MinLon > bb.MaxLon || math.IsNaN(bb.MinLat+bb.MaxLat+bb.MinLon+bb.MaxLon) {
			return nil, fmt.Errorf("%w: bounding box %+v", ErrInvalidQuery, *bb)
		}
		c.add("lat >= ? AND lat <= ? AND lon >= ? AND lon <= ?", bb.MinLat, bb.MaxLat, bb.MinLon, bb.MaxLon)
	}
	if strings.TrimSpace(f.Q) != "" {
		words := ftsWords(f.Q)
		if len(words) == 0 {
			return nil, fmt.Errorf("%w: full-text query %q has no words", ErrInvalidQuery, f.Q)
		}
		c.add(`id IN (SELECT m.event FROM mentions m JOIN sentences s ON s.aid = m.text_aid AND s.idx = m.sentence_idx
			WHERE `+e.b.ftsCond()+`)`, e.b.ftsArg(words))
	}
	return c, nil
}

// filterHash ties a cursor to its filters.
func filterHash(f *Filter) uint32 {
	j, _ := json.Marshal(f)
	h := fnv.New32a()
	h.Write(j)
	return h.Sum32()
}

func encodeCursor(f *Filter, day, id int64) string {
	s := fmt.Sprintf("1.%d.%d.%x", day, id, filterHash(f))
	return base64.RawURLEncoding.EncodeToString([]byte(s))
}

func decodeCursor(f *Filter, c string) (day, id int64, err error) {
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return 0, 0, fmt.Errorf("%w: %v", ErrInvalidCursor, err)
	}
	parts := strings.Split(string(raw), ".")
	if len(parts) != 4 || parts[0] != "1" {
		return 0, 0, fmt.Errorf("%w: unknown format", ErrInvalidCursor)
	}
	day, err1 := strconv.ParseInt(parts[1], 10, 64)
	id, err2 := strconv.ParseInt(parts[2], 10, 64)
	h, err3 := strconv.ParseUint(parts[3], 16, 32)
	if err1 != nil || err2 != nil || err3 != nil {
		return 0, 0, fmt.Errorf("%w: malformed", ErrInvalidCursor)
	}
	if uint32(h) != filterHash(f) {
		return 0, 0, fmt.Errorf("%w: cursor belongs to other filters", ErrInvalidCursor)
	}
	return day, id, nil
}

func checkLimit(n int) (int, error) {
	switch {
	case n == 0:
		return DefaultLimit, nil
	case n < 0 || n > MaxLimit:
		return 0, fmt.Errorf("%w: limit %d not in 1..%d", ErrInvalidQuery, n, MaxLimit)
	}
	return n, nil
}

// Events returns a page of events.
func (e *engine) Events(ctx context.Context, q EventQuery) (Page, error) {
	if err := e.check(); err != nil {
		return Page{}, err
	}
	limit, err := checkLimit(q.Limit)
	if err != nil {
		return Page{}, err
	}
	c, err := e.filterConds(&q.Filter)
	if err != nil {
		return Page{}, err
	}
	if q.Cursor != "" {
		day, id, err := decodeCursor(&q.Filter, q.Cursor)
		if err != nil {
			return Page{}, err
		}
		c.add("(day < ? OR (day = ? AND id < ?))", day, day, id)
	}
	sql := `SELECT ` + eventCols + ` FROM events` + c.where() + ` ORDER BY day DESC, id DESC LIMIT ` + strconv.Itoa(limit+1)
	rs, err := e.b.reader().query(ctx, sql, c.args...)
	if err != nil {
		return Page{}, fmt.Errorf("store: events: %w", err)
	}
	defer rs.Close()
	var p Page
	p.Events = []Event{}
	for rs.Next() {
		ev, err := scanEvent(rs)
		if err != nil {
			return Page{}, fmt.Errorf("store: events: %w", err)
		}
		p.Events = append(p.Events, ev)
	}
	if err := rs.Err(); err != nil {
		return Page{}, fmt.Errorf("store: events: %w", err)
	}
	if len(p.Events) > limit {
		p.Events = p.Events[:limit]
		last := p.Events[limit-1]
		p.Next = encodeCursor(&q.Filter, dayOf(last.Date), last.ID)
	}
	return p, nil
}

// Event returns one event with its mentions.
func (e *engine) Event(ctx context.Context, id int64) (EventDetail, error) {
	if err := e.check(); err != nil {
		return EventDetail{}, err
	}
	r := e.b.reader()
	ev, err := scanEvent(r.queryRow(ctx, `SELECT `+eventCols+` FROM events WHERE id = ?`, id))
	if errors.Is(err, errNoRows) {
		return EventDetail{}, fmt.Errorf("store: event %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return EventDetail{}, fmt.Errorf("store: event %d: %w", id, err)
	}
	d := EventDetail{Event: ev, Mentions: []MentionDetail{}}
	rs, err := r.query(ctx, `SELECT a.id, a.source, a.url, a.date, t.id, a.copy_of IS NOT NULL, s.start, s."end", `+e.b.sentenceExpr()+`, m.record
		FROM mentions m
		JOIN articles a ON a.aid = m.aid
		JOIN articles t ON t.aid = m.text_aid
		JOIN sentences s ON s.aid = m.text_aid AND s.idx = m.sentence_idx
		WHERE m.event = ? ORDER BY m.aid, m.ord`, id)
	if err != nil {
		return EventDetail{}, fmt.Errorf("store: event %d mentions: %w", id, err)
	}
	defer rs.Close()
	for rs.Next() {
		var (
			md       MentionDetail
			date     string
			textID   string
			isCopy   bool
			sentence []byte
			rec      string
		)
		if err := rs.Scan(&md.ArticleID, &md.ArticleSource, &md.ArticleURL, &date, &textID, &isCopy,
			&md.SentenceSpan.Start, &md.SentenceSpan.End, &sentence, &rec); err != nil {
			return EventDetail{}, fmt.Errorf("store: event %d mentions: %w", id, err)
		}
		if date != "" {
			if t, err := time.Parse(time.RFC3339Nano, date); err == nil {
				md.ArticleDate = t
			}
		}
		if isCopy {
			md.CopyOf = textID
		}
		md.Sentence = string(sentence)
		if err := json.Unmarshal([]byte(rec), &md.Mention); err != nil {
			return EventDetail{}, fmt.Errorf("store: event %d mention record: %w", id, err)
		}
		d.Mentions = append(d.Mentions, md)
	}
	if err := rs.Err(); err != nil {
		return EventDetail{}, fmt.Errorf("store: event %d mentions: %w", id, err)
	}
	return d, nil
}

// bucket returns the first day of the interval holding day.
func bucket(day int64, iv Interval) int64 {
	switch iv {
	case Week:
		// 1970-01-01 was a Thursday; Mondays are days ≡ 4 (mod 7).
		return day - ((day%7 + 7 + 3) % 7)
	case Month:
		t := dayTime(day)
		return dayOf(time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC))
	}
	return day
}

// Series returns a dyad's time series.
func (e *engine) Series(ctx context.Context, q SeriesQuery) ([]SeriesPoint, error) {
	if err := e.check(); err != nil {
		return nil, err
	}
	switch q.Interval {
	case "":
		q.Interval = Day
	case Day, Week, Month:
	default:
		return nil, fmt.Errorf("%w: interval %q", ErrInvalidQuery, q.Interval)
	}
	lo, hi, err := dayRange(q.From, q.To)
	if err != nil {
		return nil, err
	}
	months, versions, err := e.monthVersions(ctx, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("store: series: %w", err)
	}
	type key struct {
		start int64
		quad  int
	}
	acc := map[key]*SeriesPoint{}
	arts := map[int64]int64{}
	for _, m := range months {
		rows, err := e.seriesMonth(ctx, q.Source, q.Target, m, versions[m])
		if err != nil {
			return nil, fmt.Errorf("store: series: %w", err)
		}
		for _, r := range rows {
			if r.day < lo || r.day > hi {
				continue
			}
			k := key{bucket(r.day, q.Interval), r.quad}
			p := acc[k]
			if p == nil {
				p = &SeriesPoint{Start: dayTime(k.start), QuadClass: r.quad}
				acc[k] = p
			}
			p.Events += r.events
			p.Mentions += r.men
			p.Goldstein += float64(r.g10)
		}
		if q.PerArticles {
			counts, err := e.articlesMonth(ctx, m, versions[m])
			if err != nil {
				return nil, fmt.Errorf("store: series articles: %w", err)
			}
			for _, c := range counts {
				if c.day >= lo && c.day <= hi {
					arts[bucket(c.day, q.Interval)] += c.n
				}
			}
		}
	}
	out := make([]SeriesPoint, 0, len(acc))
	for _, p := range acc {
		if p.Events == 0 && p.Mentions == 0 {
			continue
		}
		p.Goldstein /= 10
		if n := arts[dayOf(p.Start)]; n > 0 {
			p.PerKArticles = float64(p.Events) * 1000 / float64(n)
		}
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Start.Equal(out[j].Start) {
			return out[i].Start.Before(out[j].Start)
		}
		return out[i].QuadClass < out[j].QuadClass
	})
	return out, nil
}

// nextMonth returns the first day of the month after the month starting
// on day m.
func nextMonth(m int64) int64 {
	return dayOf(dayTime(m).AddDate(0, 1, 0))
}

// actorRefs looks up the names of actor codes.
func (e *engine) actorRefs(ctx context.Context, codes []string) (map[string]ActorRef, error) {
	out := make(map[string]ActorRef, len(codes))
	for len(codes) > 0 {
		n := min(len(codes), 200)
		chunk := codes[:n]
		codes = codes[n:]
		args := make([]any, len(chunk))
		for i, c := range chunk {
			args[i] = c
		}
		rs, err := e.b.reader().query(ctx, `SELECT code, name, country FROM actors WHERE code IN (?`+strings.Repeat(", ?", len(chunk)-1)+`)`, args...)
		if err != nil {
			return nil, err
		}
		for rs.Next() {
			var a ActorRef
			if err := rs.Scan(&a.Code, &a.Name, &a.Country); err != nil {
				rs.Close()
				return nil, err
			}
			out[a.Code] = a
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// rankActors counts each actor's events from dyad totals (an event between
// an actor and itself counts once) and returns the top n.
func rankActors(edges []Edge, n int) []ActorCount {
	tot := map[string]int64{}
	for _, ed := range edges {
		k := ed.Cooperation + ed.Conflict
		if ed.Source != "" {
			tot[ed.Source] += k
		}
		if ed.Target != "" && ed.Target != ed.Source {
			tot[ed.Target] += k
		}
	}
	out := make([]ActorCount, 0, len(tot))
	for c, k := range tot {
		out = append(out, ActorCount{ActorRef: ActorRef{Code: c}, Events: k})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Code < out[j].Code
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func (e *engine) name(ctx context.Context, as []ActorCount) error {
	codes := make([]string, len(as))
	for i, a := range as {
		codes[i] = a.Code
	}
	refs, err := e.actorRefs(ctx, codes)
	if err != nil {
		return err
	}
	for i := range as {
		if r, ok := refs[as[i].Code]; ok {
			as[i].ActorRef = r
		}
	}
	return nil
}

// TopActors ranks actor codes by events.
func (e *engine) TopActors(ctx context.Context, q TopQuery) ([]ActorCount, error) {
	if err := e.check(); err != nil {
		return nil, err
	}
	limit, err := checkLimit(q.Limit)
	if err != nil {
		return nil, err
	}
	lo, hi, err := dayRange(q.From, q.To)
	if err != nil {
		return nil, err
	}
	edges, err := e.dyadTotals(ctx, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("store: top actors: %w", err)
	}
	top := rankActors(edges, limit)
	if err := e.name(ctx, top); err != nil {
		return nil, fmt.Errorf("store: top actors: %w", err)
	}
	return top, nil
}

// Network returns the top actors and the dyads among them.
func (e *engine) Network(ctx context.Context, q NetworkQuery) (Network, error) {
	if err := e.check(); err != nil {
		return Network{}, err
	}
	limit, err := checkLimit(q.Limit)
	if err != nil {
		return Network{}, err
	}
	lo, hi, err := dayRange(q.From, q.To)
	if err != nil {
		return Network{}, err
	}
	edges, err := e.dyadTotals(ctx, lo, hi)
	if err != nil {
		return Network{}, fmt.Errorf("store: network: %w", err)
	}
	top := rankActors(edges, limit)
	if err := e.name(ctx, top); err != nil {
		return Network{}, fmt.Errorf("store: network: %w", err)
	}
	in := make(map[string]bool, len(top))
	net := Network{Nodes: make([]Node, len(top)), Edges: []Edge{}}
	for i, a := range top {
		in[a.Code] = true
		net.Nodes[i] = Node{ActorRef: a.ActorRef, Events: a.Events}
	}
	for _, ed := range edges { // in order already
		if in[ed.Source] && in[ed.Target] {
			net.Edges = append(net.Edges, ed)
		}
	}
	return net, nil
}

// compareEdges orders edges by descending total events, then by codes.
func compareEdges(a, b *Edge) int {
	return cmp.Or(cmp.Compare(b.Cooperation+b.Conflict, a.Cooperation+a.Conflict),
		strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target))
}

// sortEdges puts edges in compareEdges order.
func sortEdges(es []Edge) { sort.Sort(edgeSlice(es)) }

// edgeSlice sorts edges in place, comparing them through pointers (a
// comparison function taking Edge values copies two structs per call).
type edgeSlice []Edge

func (s edgeSlice) Len() int           { return len(s) }
func (s edgeSlice) Less(i, j int) bool { return compareEdges(&s[i], &s[j]) < 0 }
func (s edgeSlice) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// UnknownActors ranks uncoded actor texts (case-folded) by mentions.
func (e *engine) UnknownActors(ctx context.Context, q TopQuery) ([]UnknownActor, error) {
	if err := e.check(); err != nil {
		return nil, err
	}
	limit, err := checkLimit(q.Limit)
	if err != nil {
		return nil, err
	}
	lo, hi, err := dayRange(q.From, q.To)
	if err != nil {
		return nil, err
	}
	dated := !q.From.IsZero() || !q.To.IsZero()
	part := func(code, text string) string {
		s := `SELECT LOWER(m.` + text + `) AS t FROM mentions m`
		if dated {
			s += ` JOIN events e ON e.id = m.event`
		}
		s += ` WHERE m.` + code + ` = '' AND m.` + text + ` <> ''`
		if dated {
			s += ` AND e.day >= ? AND e.day <= ?`
		}
		return s
	}
	var args []any
	if dated {
		args = []any{lo, hi, lo, hi}
	}
	rs, err := e.b.reader().query(ctx, `SELECT t, COUNT(*) AS n FROM (`+part("source_code", "source_text")+` UNION ALL `+
		part("target_code", "target_text")+`) u GROUP BY t ORDER BY n DESC, t LIMIT `+strconv.Itoa(limit), args...)
	if err != nil {
		return nil, fmt.Errorf("store: unknown actors: %w", err)
	}
	defer rs.Close()
	out := []UnknownActor{}
	for rs.Next() {
		var u UnknownActor
		if err := rs.Scan(&u.Text, &u.Mentions); err != nil {
			return nil, fmt.Errorf("store: unknown actors: %w", err)
		}
		out = append(out, u)
	}
	if err := rs.Err(); err != nil {
		return nil, fmt.Errorf("store: unknown actors: %w", err)
	}
	return out, nil
}

// Stats returns store totals.
func (e *engine) Stats(ctx context.Context) (Stats, error) {
	if err := e.check(); err != nil {
		return Stats{}, err
	}
	r := e.b.reader()
	s := Stats{SchemaVersion: e.version, Backend: e.b.name()}
	var first, last *int64
	err := r.queryRow(ctx, `SELECT
		(SELECT COUNT(*) FROM articles WHERE copy_of IS NULL),
		(SELECT COUNT(*) FROM articles WHERE copy_of IS NOT NULL),
		(SELECT COUNT(*) FROM sentences),
		(SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM events WHERE flagged = 1),
		(SELECT COUNT(*) FROM mentions),
		(SELECT MIN(day) FROM events WHERE day > ?),
		(SELECT MAX(day) FROM events WHERE day > ?)`, noDay, noDay).
		Scan(&s.Articles, &s.Copies, &s.Sentences, &s.Events, &s.FlaggedEvents, &s.Mentions, &first, &last)
	if err != nil {
		return Stats{}, fmt.Errorf("store: stats: %w", err)
	}
	if first != nil {
		s.FirstEvent = dayTime(*first)
	}
	if last != nil {
		s.LastEvent = dayTime(*last)
	}
	return s, nil
}

// Articles returns a page of coded articles in id order.
func (e *engine) Articles(ctx context.Context, after string, limit int) ([]article.Article, error) {
	if err := e.check(); err != nil {
		return nil, err
	}
	if limit < 1 || limit > MaxLimit {
		return nil, fmt.Errorf("store: articles: %w: limit %d not in 1..%d", ErrInvalidQuery, limit, MaxLimit)
	}
	rs, err := e.b.reader().query(ctx, `SELECT id, date, title, dateline, url, source, text FROM articles
		WHERE copy_of IS NULL AND id > ? ORDER BY id LIMIT `+strconv.Itoa(limit), after)
	if err != nil {
		return nil, fmt.Errorf("store: articles: %w", err)
	}
	defer rs.Close()
	out := make([]article.Article, 0, limit)
	for rs.Next() {
		var a article.Article
		if err := rs.Scan(&a.ID, &a.DateRaw, &a.Title, &a.Dateline, &a.URL, &a.Source, &a.Text); err != nil {
			return nil, fmt.Errorf("store: articles: %w", err)
		}
		if a.DateRaw != "" {
			t, err := time.Parse(time.RFC3339Nano, a.DateRaw)
			if err != nil {
				return nil, fmt.Errorf("store: articles: %q: date %q: %w", a.ID, a.DateRaw, err)
			}
			a.Date = t
		}
		out = append(out, a)
	}
	if err := rs.Err(); err != nil {
		return nil, fmt.Errorf("store: articles: %w", err)
	}
	return out, nil
}
