package api

import (
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"tacitus/store"
)

// Limits on query parameter values.
const (
	// maxParamLen bounds any single query parameter value.
	maxParamLen = 500
	// maxCodeLen bounds actor, CAMEO and PLOVER codes.
	maxCodeLen = 64
)

// Format is the representation asked of GET /api/events.
type Format string

// The formats of GET /api/events: a JSON page, or a download.
const (
	FormatJSON    Format = "json"
	FormatCSV     Format = "csv"
	FormatJSONL   Format = "jsonl"
	FormatParquet Format = "parquet"
)

// query reads url.Values strictly: only the allowed names, each at most once.
type query struct {
	v url.Values
}

// newQuery checks that v holds only allowed names, none repeated or
// overlong; a parameter without a name is ignored.
func newQuery(v url.Values, allowed ...string) (query, error) {
	for name, vals := range v {
		if name == "" {
			// A stray "&=" or "=x": nothing a client meant to send.
			continue
		}
		ok := false
		for _, a := range allowed {
			if a == name {
				ok = true
				break
			}
		}
		if !ok {
			return query{}, badParam(name, "unknown parameter (allowed: %s)", strings.Join(allowed, ", "))
		}
		if len(vals) > 1 {
			return query{}, badParam(name, "given %d times; give it once", len(vals))
		}
		if len(vals[0]) > maxParamLen {
			return query{}, badParam(name, "longer than %d bytes", maxParamLen)
		}
	}
	return query{v: v}, nil
}

// str returns the trimmed value of name, "" when absent.
func (q query) str(name string) string { return strings.TrimSpace(q.v.Get(name)) }

// code returns an actor, event or place code: letters, digits, "-", "_",
// "*" (actor prefixes) and no more than maxCodeLen bytes.
func (q query) code(name string) (string, error) {
	s := q.str(name)
	if len(s) > maxCodeLen {
		return "", badParam(name, "longer than %d bytes", maxCodeLen)
	}
	for i, r := range s {
		switch {
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
		case r == '*' && i == len(s)-1:
		default:
			return "", badParam(name, "%q is not a code (letters, digits, - and _, with an optional final *)", s)
		}
	}
	return s, nil
}

// digits returns a code of n1..n2 decimal digits, "" when absent.
func (q query) digits(name string, n1, n2 int) (string, error) {
	s := q.str(name)
	if s == "" {
		return "", nil
	}
	if len(s) < n1 || len(s) > n2 || strings.Trim(s, "0123456789") != "" {
		if n1 == n2 {
			return "", badParam(name, "%q is not a %d-digit code", s, n1)
		}
		return "", badParam(name, "%q is not a %d- to %d-digit code", s, n1, n2)
	}
	return s, nil
}

// intIn returns an integer in [lo, hi], def when absent.
func (q query) intIn(name string, lo, hi, def int) (int, error) {
	s := q.str(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, badParam(name, "%q is not an integer from %d to %d", s, lo, hi)
	}
	return n, nil
}

// boolean returns a true/false/1/0 value, false when absent.
func (q query) boolean(name string) (bool, error) {
	switch strings.ToLower(q.str(name)) {
	case "", "false", "0", "no":
		return false, nil
	case "true", "1", "yes":
		return true, nil
	}
	return false, badParam(name, "%q is not a boolean (true or false)", q.str(name))
}

// date returns a YYYY-MM-DD day at UTC midnight, the zero time when absent.
func (q query) date(name string) (time.Time, error) {
	s := q.str(name)
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, badParam(name, "%q is not a date YYYY-MM-DD", s)
	}
	return t, nil
}

// period returns from and to, checking from <= to.
func (q query) period() (from, to time.Time, err error) {
	if from, err = q.date("from"); err != nil {
		return from, to, err
	}
	if to, err = q.date("to"); err != nil {
		return from, to, err
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return from, to, badParam("to", "%s is before from (%s)", q.str("to"), q.str("from"))
	}
	return from, to, nil
}

// bbox parses minLon,minLat,maxLon,maxLat.
func (q query) bbox(name string) (*store.BBox, error) {
	s := q.str(name)
	if s == "" {
		return nil, nil
	}
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return nil, badParam(name, "%q is not minLon,minLat,maxLon,maxLat", s)
	}
	var f [4]float64
	for i, p := range parts {
		x, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, badParam(name, "%q is not a number", p)
		}
		f[i] = x
	}
	b := &store.BBox{MinLon: f[0], MinLat: f[1], MaxLon: f[2], MaxLat: f[3]}
	switch {
	case b.MinLon < -180 || b.MaxLon > 180 || b.MinLat < -90 || b.MaxLat > 90:
		return nil, badParam(name, "%q is outside -180..180 longitude, -90..90 latitude", s)
	case b.MinLon > b.MaxLon || b.MinLat > b.MaxLat:
		return nil, badParam(name, "%q has a minimum above its maximum", s)
	}
	return b, nil
}

// ParseEventQuery reads the query parameters of GET /api/events (see the
// OpenAPI document). Errors are *Error values wrapping ErrBadParameter.
func ParseEventQuery(v url.Values) (store.EventQuery, Format, error) {
	var eq store.EventQuery
	q, err := newQuery(v, "actor", "source", "target", "cameo", "root", "quad", "plover", "from", "to",
		"country", "bbox", "q", "include_flagged", "limit", "cursor", "format")
	if err != nil {
		return eq, "", err
	}
	f := &eq.Filter
	for _, p := range []struct {
		name string
		dst  *string
	}{{"actor", &f.Actor}, {"source", &f.Source}, {"target", &f.Target}, {"plover", &f.PLOVER}} {
		if *p.dst, err = q.code(p.name); err != nil {
			return eq, "", err
		}
	}
	if f.PLOVER != "" && strings.HasSuffix(f.PLOVER, "*") {
		return eq, "", badParam("plover", "%q: prefixes are not supported", f.PLOVER)
	}
	f.PLOVER = strings.ToUpper(f.PLOVER)
	if f.CAMEO, err = q.digits("cameo", 2, 4); err != nil {
		return eq, "", err
	}
	if f.Root, err = q.digits("root", 2, 2); err != nil {
		return eq, "", err
	}
	if f.Quad, err = q.intIn("quad", 1, 4, 0); err != nil {
		return eq, "", err
	}
	if f.From, f.To, err = q.period(); err != nil {
		return eq, "", err
	}
	if c := q.str("country"); c != "" {
		if len(c) != 3 || strings.Trim(strings.ToUpper(c), "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return eq, "", badParam("country", "%q is not a 3-letter country code", c)
		}
		f.Country = strings.ToUpper(c)
	}
	if f.BBox, err = q.bbox("bbox"); err != nil {
		return eq, "", err
	}
	f.Q = q.str("q")
	if f.IncludeFlagged, err = q.boolean("include_flagged"); err != nil {
		return eq, "", err
	}
	if eq.Limit, err = q.intIn("limit", 1, store.MaxLimit, store.DefaultLimit); err != nil {
		return eq, "", err
	}
	eq.Cursor = q.str("cursor")
	format := Format(strings.ToLower(q.str("format")))
	switch format {
	case "":
		format = FormatJSON
	case FormatJSON, FormatCSV, FormatJSONL, FormatParquet:
	default:
		return eq, "", badParam("format", "%q is not json, csv, jsonl or parquet", q.str("format"))
	}
	return eq, format, nil
}

// ParseSeriesQuery reads the query parameters of GET /api/series.
func ParseSeriesQuery(v url.Values) (store.SeriesQuery, error) {
	var sq store.SeriesQuery
	q, err := newQuery(v, "source", "target", "interval", "from", "to", "normalize")
	if err != nil {
		return sq, err
	}
	if sq.Source, err = q.code("source"); err != nil {
		return sq, err
	}
	if sq.Target, err = q.code("target"); err != nil {
		return sq, err
	}
	if strings.HasSuffix(sq.Source, "*") {
		return sq, badParam("source", "%q: series take exact actor codes, not prefixes", sq.Source)
	}
	if strings.HasSuffix(sq.Target, "*") {
		return sq, badParam("target", "%q: series take exact actor codes, not prefixes", sq.Target)
	}
	switch iv := store.Interval(strings.ToLower(q.str("interval"))); iv {
	case "":
		sq.Interval = store.Week
	case store.Day, store.Week, store.Month:
		sq.Interval = iv
	default:
		return sq, badParam("interval", "%q is not day, week or month", q.str("interval"))
	}
	if sq.From, sq.To, err = q.period(); err != nil {
		return sq, err
	}
	switch n := q.str("normalize"); n {
	case "":
	case "articles":
		sq.PerArticles = true
	default:
		return sq, badParam("normalize", "%q is not articles", n)
	}
	return sq, nil
}

// ParseTopQuery reads the from, to and limit parameters of the rankings
// and the network.
func ParseTopQuery(v url.Values) (store.TopQuery, error) {
	var tq store.TopQuery
	q, err := newQuery(v, "from", "to", "limit")
	if err != nil {
		return tq, err
	}
	if tq.From, tq.To, err = q.period(); err != nil {
		return tq, err
	}
	if tq.Limit, err = q.intIn("limit", 1, store.MaxLimit, store.DefaultLimit); err != nil {
		return tq, err
	}
	return tq, nil
}

// parseID reads an event id path segment.
func parseID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id < 1 {
		return 0, badParam("id", "%q is not an event id (a positive integer)", s)
	}
	return id, nil
}

// noParams rejects any query parameter.
func noParams(v url.Values) error {
	for name := range v {
		return badParam(name, "unknown parameter (this endpoint takes none)")
	}
	return nil
}
