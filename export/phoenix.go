package export

import (
	"slices"
	"strconv"
	"strings"

	"tacitus/cameo"
	"tacitus/store"
)

// PhoenixColumns are the 26 columns of an OEDA Phoenix daily file
// (events.full.YYYYMMDD.txt), in order. The files have no header row.
var PhoenixColumns = []string{
	"EventID", "Date", "Year", "Month", "Day",
	"SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
	"TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
	"EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues",
	"ActionLat", "ActionLong", "LocationName", "GeoCountryName", "GeoStateName",
	"SentenceID", "URLs", "NewsSources",
}

// PhoenixRow returns e as the 26 fields of a Phoenix row (see
// PhoenixColumns and docs/formats.md). QuadClass (0 for the neutral roots
// 01 and 02) and GoldsteinScore are read from the Phoenix table of package
// cameo.
func PhoenixRow(e *store.EventDetail) []string {
	r := make([]string, 0, len(PhoenixColumns))
	r = append(r, itoa(GlobalID(e)))
	switch {
	case hasDay(e):
		r = append(r, e.Date.Format("20060102"), strconv.Itoa(e.Date.Year()),
			strconv.Itoa(int(e.Date.Month())), strconv.Itoa(e.Date.Day()))
	case hasMonth(e):
		r = append(r, "", strconv.Itoa(e.Date.Year()), strconv.Itoa(int(e.Date.Month())), "")
	case hasYear(e):
		r = append(r, "", strconv.Itoa(e.Date.Year()), "", "")
	default:
		r = append(r, "", "", "", "")
	}
	r = appendPhoenixActor(r, e.Source.Code)
	r = appendPhoenixActor(r, e.Target.Code)
	quad, gold := scored(e, cameo.Phoenix)
	r = append(r, e.CAMEO, root(e), strconv.Itoa(quad), ftoa(gold))

	m := first(e)
	issues := ""
	if m != nil {
		issues = strings.Join(m.Mention.Issues, ";")
	}
	r = append(r, issues)
	if l := e.Location; l != nil {
		r = append(r, coord(l.Lat), coord(l.Lon), l.Name, countryName(l.Country), admin1Name(l))
	} else {
		r = append(r, "", "", "", "", "")
	}
	sentence := ""
	if m != nil {
		sentence = m.ArticleID + "_" + strconv.Itoa(m.Mention.SentenceIndex)
	}
	var urls, sources []string
	for i := range e.Mentions {
		md := &e.Mentions[i]
		if md.ArticleURL != "" && !slices.Contains(urls, md.ArticleURL) {
			urls = append(urls, md.ArticleURL)
		}
		if md.ArticleSource != "" && !slices.Contains(sources, md.ArticleSource) {
			sources = append(sources, md.ArticleSource)
		}
	}
	return cleanRow(append(r, sentence, strings.Join(urls, ";"), strings.Join(sources, ";")))
}

// appendPhoenixActor appends the full code and its entity (first
// element; "" for the unknown "---"), role (second element) and attribute
// (the rest) fields.
func appendPhoenixActor(r []string, code string) []string {
	el := func(from, to int) string {
		if from >= len(code) {
			return ""
		}
		return code[from:min(to, len(code))]
	}
	entity := el(0, 3)
	if entity == "---" {
		entity = ""
	}
	return append(r, code, entity, el(3, 6), el(6, len(code)))
}
