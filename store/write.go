package store

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"tacitus/article"
)

// engine is the Store over any backend.
type engine struct {
	b       backend
	version int
	closed  atomic.Bool
	cache   *monthCache
	dyads   *dyadIndex
}

// cacheRows bounds the month cache: at most about 100 MB of rows.
const cacheRows = 1_500_000

func newEngine(b backend) *engine {
	return &engine{b: b, cache: newMonthCache(cacheRows), dyads: newDyadIndex()}
}

var _ Store = (*engine)(nil)

// Close releases the database.
func (e *engine) Close() error {
	if e.closed.Swap(true) {
		return nil
	}
	return e.b.close()
}

func (e *engine) check() error {
	if e.closed.Load() {
		return ErrClosed
	}
	return nil
}

// validate checks a batch before anything is written.
func validate(b *ArticleBatch) error {
	a := &b.Article
	if strings.TrimSpace(a.ID) == "" {
		return fmt.Errorf("%w: empty article id", ErrInvalidBatch)
	}
	if !utf8.ValidString(a.Text) {
		return fmt.Errorf("%w: article %q: text is not UTF-8", ErrInvalidBatch, a.ID)
	}
	for i, s := range b.Sentences {
		if s.Start < 0 || s.End < s.Start || s.End > len(a.Text) {
			return fmt.Errorf("%w: article %q: sentence %d span [%d,%d) outside text of %d bytes", ErrInvalidBatch, a.ID, i, s.Start, s.End, len(a.Text))
		}
		if !boundary(a.Text, s.Start) || !boundary(a.Text, s.End) {
			return fmt.Errorf("%w: article %q: sentence %d span [%d,%d) splits a character", ErrInvalidBatch, a.ID, i, s.Start, s.End)
		}
	}
	for i, m := range b.Mentions {
		if m.SentenceIndex == TitleSentence && a.Title != "" {
			// coded from the title
		} else if m.SentenceIndex < 0 || m.SentenceIndex >= len(b.Sentences) {
			return fmt.Errorf("%w: article %q: mention %d refers to sentence %d of %d", ErrInvalidBatch, a.ID, i, m.SentenceIndex, len(b.Sentences))
		}
		if math.IsNaN(m.Goldstein) || math.IsInf(m.Goldstein, 0) {
			return fmt.Errorf("%w: article %q: mention %d has Goldstein %v", ErrInvalidBatch, a.ID, i, m.Goldstein)
		}
		if l := m.Location; l != nil && (badCoord(l.Lat, 90) || badCoord(l.Lon, 180) || (l.Lat == nil) != (l.Lon == nil)) {
			return fmt.Errorf("%w: article %q: mention %d has an invalid location", ErrInvalidBatch, a.ID, i)
		}
		if !utf8.ValidString(a.Title) {
			return fmt.Errorf("%w: article %q: title is not UTF-8", ErrInvalidBatch, a.ID)
		}
	}
	return nil
}

// badCoord reports a coordinate that is NaN, infinite or beyond ±limit.
func badCoord(c *float64, limit float64) bool {
	return c != nil && (math.IsNaN(*c) || math.IsInf(*c, 0) || *c < -limit || *c > limit)
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// flagBits packs Flags into an integer column.
func flagBits(f Flags) int {
	n := 0
	for i, b := range []bool{f.Negated, f.Historical, f.Future, f.Hypothetical, f.Quoted} {
		if b {
			n |= 1 << i
		}
	}
	return n
}

func flagsOf(n int) Flags {
	return Flags{Negated: n&1 != 0, Historical: n&2 != 0, Future: n&4 != 0, Hypothetical: n&8 != 0, Quoted: n&16 != 0}
}

// dedupKey is the merge key of a mention. Mentions with a day-precision
// date and no excluding flag merge on (day, source code, target code,
// CAMEO code, GeoNames id); the others get a key of their own, stable
// across re-writes of the article (its id and the mention's ordinal).
func dedupKey(articleID string, ord int, m *Mention) (key string, mergeable bool) {
	if m.DatePrecision == PrecisionDay && !m.Date.IsZero() && !m.Flags.Excluding() {
		geo := ""
		if m.Location != nil && m.Location.GeonameID != 0 {
			geo = strconv.FormatInt(m.Location.GeonameID, 10)
		}
		return "d\x1f" + strconv.FormatInt(dayOf(m.Date), 10) + "\x1f" + m.Source.Code + "\x1f" + m.Target.Code + "\x1f" + m.CAMEO + "\x1f" + geo, true
	}
	return "u\x1f" + articleID + "\x1f" + strconv.Itoa(ord), false
}

// gold10 is a Goldstein score in tenths, so that aggregate sums stay exact
// under increments and decrements.
func gold10(g float64) int64 { return int64(math.Round(g * 10)) }

// dyadKey identifies a dyad_day row.
type dyadKey struct {
	src, tgt string
	day      int64
	quad     int
}

// dyadDelta is a change to a dyad_day row.
type dyadDelta struct{ events, mentions, gold10 int64 }

// writeState collects what one write transaction changes besides rows it
// inserts directly.
type writeState struct {
	touched   map[int64]bool
	shrunk    map[int64]bool // events that lost mentions: maybe left empty
	dyads     map[dyadKey]*dyadDelta
	days      map[int64]int64
	actors    map[string][2]string
	sentences []pendingSentences
	mentions  [][]any
}

func newWriteState() *writeState {
	return &writeState{
		touched: map[int64]bool{},
		shrunk:  map[int64]bool{},
		dyads:   map[dyadKey]*dyadDelta{},
		days:    map[int64]int64{},
		actors:  map[string][2]string{},
	}
}

func (w *writeState) dyad(k dyadKey) *dyadDelta {
	d := w.dyads[k]
	if d == nil {
		d = &dyadDelta{}
		w.dyads[k] = d
	}
	return d
}

// WriteArticle stores one article in one transaction.
func (e *engine) WriteArticle(ctx context.Context, b ArticleBatch) error {
	return e.WriteArticles(ctx, []ArticleBatch{b})
}

// WriteArticles stores articles in one transaction. When an id occurs
// more than once, the last batch for it wins.
func (e *engine) WriteArticles(ctx context.Context, bs []ArticleBatch) error {
	if err := e.check(); err != nil {
		return err
	}
	last := make(map[string]int, len(bs))
	for i := range bs {
		if err := validate(&bs[i]); err != nil {
			return err
		}
		last[bs[i].Article.ID] = i
	}
	err := e.b.inTx(ctx, func(tx txn) error {
		w := newWriteState()
		for i := range bs {
			if last[bs[i].Article.ID] != i {
				continue
			}
			if err := e.writeOne(ctx, tx, w, &bs[i]); err != nil {
				return fmt.Errorf("article %q: %w", bs[i].Article.ID, err)
			}
		}
		return e.finish(ctx, tx, w)
	})
	if err != nil {
		return fmt.Errorf("store: write: %w", err)
	}
	return nil
}

// articleRow is an article's stored identity.
type articleRow struct {
	aid    int64
	copyOf *int64
	day    *int64
	source string
}

// errNoRows is what row.Scan returns when there is no row.
var errNoRows = errors.New("no rows")

func (e *engine) lookupArticle(ctx context.Context, q querier, id string) (articleRow, bool, error) {
	var r articleRow
	err := q.queryRow(ctx, `SELECT aid, copy_of, day, source FROM articles WHERE id = ?`, id).Scan(&r.aid, &r.copyOf, &r.day, &r.source)
	if errors.Is(err, errNoRows) {
		return r, false, nil
	}
	if err != nil {
		return r, false, err
	}
	return r, true, nil
}

// articleDay is the publication day of an article, nil when it has no date.
func articleDay(a *article.Article) *int64 {
	if a.Date.IsZero() {
		return nil
	}
	d := dayOf(a.Date)
	return &d
}

func articleDate(a *article.Article) string {
	if a.Date.IsZero() {
		return ""
	}
	return a.Date.Format(time.RFC3339Nano)
}

// writeOne writes one coded article inside a transaction.
func (e *engine) writeOne(ctx context.Context, tx txn, w *writeState, b *ArticleBatch) error {
	a := &b.Article
	old, exists, err := e.lookupArticle(ctx, tx, a.ID)
	if err != nil {
		return err
	}
	var copies []articleRow
	sh := Simhash(a.Text)
	bands := simhashBands(sh)
	day := articleDay(a)
	var aid int64
	if exists {
		aid = old.aid
		if old.copyOf != nil {
			if err := e.removeMentions(ctx, tx, w, `aid = ?`, aid); err != nil {
				return err
			}
		} else {
			if err := e.removeMentions(ctx, tx, w, `text_aid = ?`, aid); err != nil {
				return err
			}
			if err := e.b.deleteSentences(ctx, tx, aid); err != nil {
				return err
			}
			copies, err = e.copiesOf(ctx, tx, aid)
			if err != nil {
				return err
			}
		}
		if old.day != nil {
			w.days[*old.day]--
		}
		err = tx.exec(ctx, `UPDATE articles SET date = ?, day = ?, title = ?, dateline = ?, url = ?, source = ?, text = ?,
			text_hash = ?, simhash = ?, sh0 = ?, sh1 = ?, sh2 = ?, sh3 = ?, copy_of = NULL WHERE aid = ?`,
			articleDate(a), day, a.Title, a.Dateline, a.URL, a.Source, a.Text,
			TextHash(a.Text), int64(sh), bands[0], bands[1], bands[2], bands[3], aid)
	} else {
		err = tx.queryRow(ctx, `INSERT INTO articles (id, date, day, title, dateline, url, source, text, text_hash, simhash, sh0, sh1, sh2, sh3)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING aid`,
			a.ID, articleDate(a), day, a.Title, a.Dateline, a.URL, a.Source, a.Text,
			TextHash(a.Text), int64(sh), bands[0], bands[1], bands[2], bands[3]).Scan(&aid)
	}
	if err != nil {
		return err
	}
	if day != nil {
		w.days[*day]++
	}
	ps := pendingSentences{aid: aid, text: a.Text, spans: b.Sentences}
	for _, m := range b.Mentions {
		if m.SentenceIndex == TitleSentence {
			ps.title = a.Title
			break
		}
	}
	w.sentences = append(w.sentences, ps)
	// Events are upserted in key order, so that concurrent writers on
	// PostgreSQL lock shared events in the same order (no deadlock).
	order := make([]int, len(b.Mentions))
	keys := make([]string, len(b.Mentions))
	for i := range b.Mentions {
		order[i] = i
		keys[i], _ = dedupKey(a.ID, i, &b.Mentions[i])
	}
	slices.SortStableFunc(order, func(x, y int) int { return strings.Compare(keys[x], keys[y]) })
	for _, i := range order {
		m := &b.Mentions[i]
		ev, err := e.upsertEvent(ctx, tx, w, a.ID, i, m)
		if err != nil {
			return err
		}
		rec, err := json.Marshal(m)
		if err != nil {
			return err
		}
		w.addMention(ev, aid, aid, i, m.SentenceIndex, a.Source, m, string(rec))
		for _, c := range copies {
			w.addMention(ev, c.aid, aid, i, m.SentenceIndex, c.source, m, string(rec))
		}
	}
	return nil
}

// eventRef is what a mention row needs of its event.
type eventRef struct {
	id        int64
	countable bool
	key       dyadKey
}

// addMention queues a mention row and its aggregate changes.
func (w *writeState) addMention(ev eventRef, aid, textAid int64, ord, sentence int, publisher string, m *Mention, rec string) {
	w.touched[ev.id] = true
	if ev.countable {
		w.dyad(ev.key).mentions++
	}
	w.mentions = append(w.mentions, []any{ev.id, aid, textAid, ord, sentence, publisher,
		m.Source.Code, m.Source.Text, m.Target.Code, m.Target.Text, rec})
}

var mentionCols = []string{"event", "aid", "text_aid", "ord", "sentence_idx", "publisher",
	"source_code", "source_text", "target_code", "target_text", "record"}

// eventFields are the event columns taken from the mention that creates
// (or revives) an event.
var eventFields = []string{"day", "date_precision", "source_code", "source_name", "source_country",
	"target_code", "target_name", "target_country", "cameo", "root", "quad", "goldstein", "plover",
	"geonameid", "loc_country", "lat", "lon", "location", "flags", "flagged"}

var upsertEventSQL = func() string {
	var b strings.Builder
	b.WriteString("INSERT INTO events (dedup_key, num_mentions, ")
	b.WriteString(strings.Join(eventFields, ", "))
	b.WriteString(") VALUES (?, 1")
	for range eventFields {
		b.WriteString(", ?")
	}
	b.WriteString(") ON CONFLICT (dedup_key) DO UPDATE SET num_mentions = events.num_mentions + 1")
	for _, f := range eventFields {
		fmt.Fprintf(&b, ", %s = CASE WHEN events.num_mentions = 0 THEN excluded.%s ELSE events.%s END", f, f, f)
	}
	b.WriteString(" RETURNING id, num_mentions, day, source_code, target_code, quad, goldstein, flagged")
	return b.String()
}()

// upsertEvent finds or creates the event of a mention and counts a new
// event in the dyad aggregates.
func (e *engine) upsertEvent(ctx context.Context, tx txn, w *writeState, articleID string, ord int, m *Mention) (eventRef, error) {
	key, _ := dedupKey(articleID, ord, m)
	day := dayOf(m.Date)
	var geo *int64
	var locCountry *string
	var lat, lon *float64
	loc := ""
	if l := m.Location; l != nil {
		if l.GeonameID != 0 {
			geo = &l.GeonameID
		}
		if l.Country != "" {
			locCountry = &l.Country
		}
		lat, lon = l.Lat, l.Lon
		j, err := json.Marshal(l)
		if err != nil {
			return eventRef{}, err
		}
		loc = string(j)
	}
	flagged := 0
	if m.Flags.Excluding() {
		flagged = 1
	}
	var (
		ev       eventRef
		n        int
		evDay    int64
		src, tgt string
		quad     int
		g        float64
		evFlag   int
	)
	err := tx.queryRow(ctx, upsertEventSQL, key,
		day, string(m.DatePrecision), m.Source.Code, m.Source.Name, m.Source.Country,
		m.Target.Code, m.Target.Name, m.Target.Country, m.CAMEO, m.Root, m.QuadClass, m.Goldstein, m.PLOVER,
		geo, locCountry, lat, lon, loc, flagBits(m.Flags), flagged,
	).Scan(&ev.id, &n, &evDay, &src, &tgt, &quad, &g, &evFlag)
	if err != nil {
		return ev, err
	}
	ev.countable = evFlag == 0 && evDay != noDay
	ev.key = dyadKey{src: src, tgt: tgt, day: evDay, quad: quad}
	if ev.countable && n == 1 {
		d := w.dyad(ev.key)
		d.events++
		d.gold10 += gold10(g)
	}
	for _, a := range []*Actor{&m.Source, &m.Target} {
		if a.Code != "" {
			w.actors[a.Code] = [2]string{a.Name, a.Country}
		}
	}
	return ev, nil
}

// removeMentions deletes the mentions selected by cond (one argument) and
// takes them out of their events and the aggregates. Events left without
// mentions are deleted in finish unless a later mention revives them,
// which keeps event ids stable across re-writes.
func (e *engine) removeMentions(ctx context.Context, tx txn, w *writeState, cond string, arg int64) error {
	rs, err := tx.query(ctx, `SELECT event, COUNT(*) FROM mentions WHERE `+cond+` GROUP BY event`, arg)
	if err != nil {
		return err
	}
	type cnt struct{ ev, n int64 }
	var cs []cnt
	for rs.Next() {
		var c cnt
		if err := rs.Scan(&c.ev, &c.n); err != nil {
			rs.Close()
			return err
		}
		cs = append(cs, c)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return err
	}
	for _, c := range cs {
		var (
			n, day   int64
			src, tgt string
			quad     int
			g        float64
			flagged  int
		)
		err := tx.queryRow(ctx, `UPDATE events SET num_mentions = num_mentions - ? WHERE id = ?
			RETURNING num_mentions, day, source_code, target_code, quad, goldstein, flagged`, c.n, c.ev).
			Scan(&n, &day, &src, &tgt, &quad, &g, &flagged)
		if err != nil {
			return err
		}
		w.touched[c.ev] = true
		w.shrunk[c.ev] = true
		if flagged == 0 && day != noDay {
			d := w.dyad(dyadKey{src: src, tgt: tgt, day: day, quad: quad})
			d.mentions -= c.n
			if n == 0 {
				d.events--
				d.gold10 -= gold10(g)
			}
		}
	}
	return tx.exec(ctx, `DELETE FROM mentions WHERE `+cond, arg)
}

func (e *engine) copiesOf(ctx context.Context, q querier, aid int64) ([]articleRow, error) {
	rs, err := q.query(ctx, `SELECT aid, source FROM articles WHERE copy_of = ? ORDER BY aid`, aid)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []articleRow
	for rs.Next() {
		var r articleRow
		if err := rs.Scan(&r.aid, &r.source); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

// finish writes what the transaction collected: sentences, mentions,
// event counts, aggregates and actor names, and drops emptied events.
func (e *engine) finish(ctx context.Context, tx txn, w *writeState) error {
	if err := e.b.insertSentences(ctx, tx, w.sentences); err != nil {
		return fmt.Errorf("sentences: %w", err)
	}
	if len(w.mentions) > 0 {
		if err := tx.copyFrom(ctx, "mentions", mentionCols, w.mentions); err != nil {
			return fmt.Errorf("mentions: %w", err)
		}
	}
	// Rows are updated in a fixed order so that concurrent writers on
	// PostgreSQL take their row locks in the same order.
	for _, id := range sortedKeys(w.touched, func(a, b int64) int { return cmp.Compare(a, b) }) {
		if err := tx.exec(ctx, `UPDATE events SET
			num_mentions = (SELECT COUNT(*) FROM mentions WHERE event = ?),
			num_articles = (SELECT COUNT(DISTINCT aid) FROM mentions WHERE event = ?),
			num_sources = (SELECT COUNT(DISTINCT publisher) FROM mentions WHERE event = ?)
			WHERE id = ?`, id, id, id, id); err != nil {
			return fmt.Errorf("event counts: %w", err)
		}
		if !w.shrunk[id] {
			continue
		}
		if err := tx.exec(ctx, `DELETE FROM events WHERE id = ? AND num_mentions = 0`, id); err != nil {
			return fmt.Errorf("empty events: %w", err)
		}
	}
	for _, k := range sortedKeys(w.dyads, compareDyad) {
		d := w.dyads[k]
		if *d == (dyadDelta{}) {
			continue
		}
		if err := tx.exec(ctx, `INSERT INTO dyad_day (src, tgt, day, quad, events, mentions, gold10) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (src, tgt, day, quad) DO UPDATE SET events = dyad_day.events + excluded.events,
			mentions = dyad_day.mentions + excluded.mentions, gold10 = dyad_day.gold10 + excluded.gold10`,
			k.src, k.tgt, k.day, k.quad, d.events, d.mentions, d.gold10); err != nil {
			return fmt.Errorf("dyad aggregates: %w", err)
		}
		if d.events < 0 || d.mentions < 0 {
			if err := tx.exec(ctx, `DELETE FROM dyad_day WHERE src = ? AND tgt = ? AND day = ? AND quad = ? AND events <= 0 AND mentions <= 0`,
				k.src, k.tgt, k.day, k.quad); err != nil {
				return fmt.Errorf("dyad aggregates: %w", err)
			}
		}
	}
	months := map[dyadKey]*dyadDelta{}
	for k, d := range w.dyads {
		if d.events == 0 && d.gold10 == 0 {
			continue
		}
		mk := dyadKey{src: k.src, tgt: k.tgt, day: bucket(k.day, Month)}
		m := months[mk]
		if m == nil {
			m = &dyadDelta{}
			months[mk] = m
		}
		// In a month row, events counts cooperation and mentions
		// counts conflict.
		if k.quad <= 2 {
			m.events += d.events
		} else {
			m.mentions += d.events
		}
		m.gold10 += d.gold10
	}
	for _, k := range sortedKeys(months, compareDyad) {
		d := months[k]
		if *d == (dyadDelta{}) {
			continue
		}
		if err := tx.exec(ctx, `INSERT INTO dyad_month (month, src, tgt, coop, conflict, gold10) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (month, src, tgt) DO UPDATE SET coop = dyad_month.coop + excluded.coop,
			conflict = dyad_month.conflict + excluded.conflict, gold10 = dyad_month.gold10 + excluded.gold10`,
			k.day, k.src, k.tgt, d.events, d.mentions, d.gold10); err != nil {
			return fmt.Errorf("monthly aggregates: %w", err)
		}
		if d.events < 0 || d.mentions < 0 {
			if err := tx.exec(ctx, `DELETE FROM dyad_month WHERE month = ? AND src = ? AND tgt = ? AND coop <= 0 AND conflict <= 0`,
				k.day, k.src, k.tgt); err != nil {
				return fmt.Errorf("monthly aggregates: %w", err)
			}
		}
	}
	touched := map[int64]bool{}
	for k, d := range w.dyads {
		if *d != (dyadDelta{}) {
			touched[bucket(k.day, Month)] = true
		}
	}
	for day, n := range w.days {
		if n != 0 {
			touched[bucket(day, Month)] = true
		}
	}
	for _, m := range sortedKeys(touched, cmp.Compare[int64]) {
		if err := tx.exec(ctx, `INSERT INTO rollup_version (month, version) VALUES (?, 1)
			ON CONFLICT (month) DO UPDATE SET version = rollup_version.version + 1`, m); err != nil {
			return fmt.Errorf("rollup versions: %w", err)
		}
	}
	for _, day := range sortedKeys(w.days, func(a, b int64) int { return cmp.Compare(a, b) }) {
		n := w.days[day]
		if n == 0 {
			continue
		}
		if err := tx.exec(ctx, `INSERT INTO article_day (day, n) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET n = article_day.n + excluded.n`, day, n); err != nil {
			return fmt.Errorf("article aggregates: %w", err)
		}
		if n < 0 {
			if err := tx.exec(ctx, `DELETE FROM article_day WHERE day = ? AND n <= 0`, day); err != nil {
				return fmt.Errorf("article aggregates: %w", err)
			}
		}
	}
	for _, code := range sortedKeys(w.actors, strings.Compare) {
		nc := w.actors[code]
		if err := tx.exec(ctx, `INSERT INTO actors (code, name, country) VALUES (?, ?, ?)
			ON CONFLICT (code) DO UPDATE SET name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE actors.name END,
			country = CASE WHEN excluded.country <> '' THEN excluded.country ELSE actors.country END`, code, nc[0], nc[1]); err != nil {
			return fmt.Errorf("actors: %w", err)
		}
	}
	return nil
}

// sortedKeys returns a map's keys in cmp order.
func sortedKeys[K comparable, V any](m map[K]V, cmp func(a, b K) int) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.SortFunc(ks, cmp)
	return ks
}

func compareDyad(a, b dyadKey) int {
	return cmp.Or(strings.Compare(a.src, b.src), strings.Compare(a.tgt, b.tgt), cmp.Compare(a.day, b.day), cmp.Compare(a.quad, b.quad))
}

// AddSyndicated records a copy of a stored article.
func (e *engine) AddSyndicated(ctx context.Context, cp article.Article, originalID string) error {
	if err := e.check(); err != nil {
		return err
	}
	if strings.TrimSpace(cp.ID) == "" {
		return fmt.Errorf("store: add syndicated: %w: empty article id", ErrInvalidBatch)
	}
	if cp.ID == originalID {
		return fmt.Errorf("store: add syndicated: %w: %q is a copy of itself", ErrInvalidBatch, cp.ID)
	}
	err := e.b.inTx(ctx, func(tx txn) error {
		orig, ok, err := e.lookupArticle(ctx, tx, originalID)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("original %q: %w", originalID, ErrNotFound)
		}
		if orig.copyOf != nil {
			orig.aid = *orig.copyOf
		}
		w := newWriteState()
		old, exists, err := e.lookupArticle(ctx, tx, cp.ID)
		if err != nil {
			return err
		}
		day := articleDay(&cp)
		var aid int64
		if exists {
			if old.copyOf == nil {
				return fmt.Errorf("%w: %q is a coded article, not a copy", ErrInvalidBatch, cp.ID)
			}
			aid = old.aid
			if err := e.removeMentions(ctx, tx, w, `aid = ?`, aid); err != nil {
				return err
			}
			if old.day != nil {
				w.days[*old.day]--
			}
			err = tx.exec(ctx, `UPDATE articles SET date = ?, day = ?, title = ?, dateline = ?, url = ?, source = ?, copy_of = ? WHERE aid = ?`,
				articleDate(&cp), day, cp.Title, cp.Dateline, cp.URL, cp.Source, orig.aid, aid)
		} else {
			err = tx.queryRow(ctx, `INSERT INTO articles (id, date, day, title, dateline, url, source, copy_of)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING aid`,
				cp.ID, articleDate(&cp), day, cp.Title, cp.Dateline, cp.URL, cp.Source, orig.aid).Scan(&aid)
		}
		if err != nil {
			return err
		}
		if day != nil {
			w.days[*day]++
		}
		rs, err := tx.query(ctx, `SELECT m.event, m.ord, m.sentence_idx, m.source_code, m.source_text, m.target_code, m.target_text, m.record,
			e.day, e.source_code, e.target_code, e.quad, e.flagged
			FROM mentions m JOIN events e ON e.id = m.event WHERE m.aid = ? ORDER BY m.mid`, orig.aid)
		if err != nil {
			return err
		}
		for rs.Next() {
			var (
				ev                  eventRef
				ord, sentence       int
				sc, st, tc, tt, rec string
				flagged             int
			)
			if err := rs.Scan(&ev.id, &ord, &sentence, &sc, &st, &tc, &tt, &rec,
				&ev.key.day, &ev.key.src, &ev.key.tgt, &ev.key.quad, &flagged); err != nil {
				rs.Close()
				return err
			}
			ev.countable = flagged == 0 && ev.key.day != noDay
			m := Mention{Source: Actor{Code: sc, Text: st}, Target: Actor{Code: tc, Text: tt}}
			w.addMention(ev, aid, orig.aid, ord, sentence, cp.Source, &m, rec)
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return err
		}
		return e.finish(ctx, tx, w)
	})
	if err != nil {
		return fmt.Errorf("store: add syndicated %q: %w", cp.ID, err)
	}
	return nil
}

// SeenArticle reports whether an article id is stored.
func (e *engine) SeenArticle(ctx context.Context, id string) (bool, error) {
	if err := e.check(); err != nil {
		return false, err
	}
	_, ok, err := e.lookupArticle(ctx, e.b.reader(), id)
	if err != nil {
		return false, fmt.Errorf("store: seen article: %w", err)
	}
	return ok, nil
}

// FindByTextHash finds a coded article by TextHash.
func (e *engine) FindByTextHash(ctx context.Context, hash string) (string, bool, error) {
	if err := e.check(); err != nil {
		return "", false, err
	}
	var id string
	err := e.b.reader().queryRow(ctx, `SELECT id FROM articles WHERE text_hash = ? AND copy_of IS NULL ORDER BY aid LIMIT 1`, hash).Scan(&id)
	if errors.Is(err, errNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("store: find by text hash: %w", err)
	}
	return id, true, nil
}

// matchSQL answers Match: kind 0 rows are the article itself, kind 1 the
// first coded article with the same text hash, kind 2 the candidates
// sharing a simhash band.
const matchSQL = `SELECT 0, aid, id, 0 FROM articles WHERE id = ?
	UNION ALL SELECT * FROM (SELECT 1, aid, id, 0 FROM articles WHERE text_hash = ? AND copy_of IS NULL ORDER BY aid LIMIT 1) AS h
	UNION ALL ` + nearDuplicateSelect

// nearDuplicateSelect selects the coded articles sharing a simhash band
// with the query, with kind 2 (see matchSQL): one indexed lookup per
// band. (Written as "sh0 = ? OR sh1 = ? ...", SQLite scans a whole index
// instead, a pass over every article for each lookup.)
const nearDuplicateSelect = `SELECT 2, aid, id, simhash FROM articles WHERE copy_of IS NULL AND sh0 = ?
	UNION ALL SELECT 2, aid, id, simhash FROM articles WHERE copy_of IS NULL AND sh1 = ?
	UNION ALL SELECT 2, aid, id, simhash FROM articles WHERE copy_of IS NULL AND sh2 = ?
	UNION ALL SELECT 2, aid, id, simhash FROM articles WHERE copy_of IS NULL AND sh3 = ?`

// Match answers ingest's three questions about an article in one query.
func (e *engine) Match(ctx context.Context, id, hash string, sh uint64, near bool) (Match, error) {
	if err := e.check(); err != nil {
		return Match{}, err
	}
	b := [4]int64{-1, -1, -1, -1} // no band is negative
	if near {
		b = simhashBands(sh)
	}
	rs, err := e.b.reader().query(ctx, matchSQL, id, hash, b[0], b[1], b[2], b[3])
	if err != nil {
		return Match{}, fmt.Errorf("store: match: %w", err)
	}
	defer rs.Close()
	var m Match
	nearest := newNearest(sh)
	for rs.Next() {
		var (
			kind, aid, h int64
			aidID        string
		)
		if err := rs.Scan(&kind, &aid, &aidID, &h); err != nil {
			return Match{}, fmt.Errorf("store: match: %w", err)
		}
		switch kind {
		case 0:
			m.Seen = true
		case 1:
			m.Original = aidID
		default:
			nearest.add(aid, aidID, uint64(h))
		}
	}
	if err := rs.Err(); err != nil {
		return Match{}, fmt.Errorf("store: match: %w", err)
	}
	m.Near, m.Distance, _ = nearest.best()
	return m, nil
}

// nearest keeps the nearest of the near-duplicate candidates of a
// simhash: the smallest distance, ties by smallest aid.
type nearest struct {
	sh   uint64
	id   string
	dist int
	aid  int64
}

func newNearest(sh uint64) *nearest {
	return &nearest{sh: sh, dist: NearDuplicateDistance + 1, aid: math.MaxInt64}
}

func (n *nearest) add(aid int64, id string, h uint64) {
	if d := Hamming(h, n.sh); d < n.dist || (d == n.dist && aid < n.aid) {
		n.id, n.dist, n.aid = id, d, aid
	}
}

// best returns the nearest candidate within NearDuplicateDistance.
func (n *nearest) best() (id string, dist int, ok bool) {
	if n.dist > NearDuplicateDistance {
		return "", 0, false
	}
	return n.id, n.dist, true
}

// FindNearDuplicate finds a coded article whose simhash is within
// NearDuplicateDistance of sh.
func (e *engine) FindNearDuplicate(ctx context.Context, sh uint64) (string, int, bool, error) {
	if err := e.check(); err != nil {
		return "", 0, false, err
	}
	b := simhashBands(sh)
	rs, err := e.b.reader().query(ctx, nearDuplicateSelect, b[0], b[1], b[2], b[3])
	if err != nil {
		return "", 0, false, fmt.Errorf("store: find near duplicate: %w", err)
	}
	defer rs.Close()
	n := newNearest(sh)
	for rs.Next() {
		var (
			kind, aid, h int64
			id           string
		)
		if err := rs.Scan(&kind, &aid, &id, &h); err != nil {
			return "", 0, false, fmt.Errorf("store: find near duplicate: %w", err)
		}
		n.add(aid, id, uint64(h))
	}
	if err := rs.Err(); err != nil {
		return "", 0, false, fmt.Errorf("store: find near duplicate: %w", err)
	}
	id, dist, ok := n.best()
	return id, dist, ok, nil
}
