package export

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"tacitus/cameo"
	"tacitus/store"
)

// GDELTColumns are the 61 columns of a GDELT 2.0 event row, in order. GDELT
// files have no header row; the names are those of GDELT's codebook.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// The GDELT geographic resolutions (the *Geo_Type columns).
const (
	gdeltCountry   = "1"
	gdeltUSState   = "2"
	gdeltUSCity    = "3"
	gdeltWorldCity = "4"
	gdeltWorldADM1 = "5"
)

// GDELTRow returns e as the 61 fields of a GDELT 2.0 event row (see
// GDELTColumns and docs/formats.md). QuadClass and GoldsteinScale are read
// from the GDELT table of package cameo. Columns tacitus has no
// information for are "".
func GDELTRow(e *store.EventDetail) []string {
	r := make([]string, 0, len(GDELTColumns))
	r = append(r, itoa(GlobalID(e)))
	// Dates: SQLDATE and FractionDate need the day, MonthYear the month.
	switch {
	case hasDay(e):
		r = append(r, e.Date.Format("20060102"), e.Date.Format("200601"), e.Date.Format("2006"), fractionDate(e.Date))
	case hasMonth(e):
		r = append(r, "", e.Date.Format("200601"), e.Date.Format("2006"), "")
	case hasYear(e):
		r = append(r, "", "", e.Date.Format("2006"), "")
	default:
		r = append(r, "", "", "", "")
	}
	r = appendGDELTActor(r, e.Source)
	r = appendGDELTActor(r, e.Target)

	m := first(e)
	isRoot := ""
	if m != nil {
		isRoot = "0"
		if m.Mention.SentenceIndex <= 0 { // the title or the lead sentence
			isRoot = "1"
		}
	}
	quad, gold := scored(e, cameo.GDELT)
	r = append(r, isRoot, e.CAMEO, baseCode(e.CAMEO), root(e), strconv.Itoa(quad),
		strconv.FormatFloat(gold, 'f', 1, 64),
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles),
		"") // AvgTone: tacitus measures no tone
	// Actor1Geo_*, Actor2Geo_*: tacitus does not locate actors.
	for range 2 {
		r = append(r, "", "", "", "", "", "", "", "")
	}
	r = appendGDELTGeo(r, e.Location)

	added, url := "", ""
	if m != nil {
		if !m.ArticleDate.IsZero() {
			added = m.ArticleDate.UTC().Format("20060102150405")
		}
		url = m.ArticleURL
	}
	return cleanRow(append(r, added, url))
}

// fractionDate is GDELT's YYYY.FFFF: the year plus ((month-1)*30 + day) /
// 365, to four decimals (the codebook's "(MONTH * 30 + DAY) / 365" counts
// months from zero, as GDELT's own rows show: 2006-07-31 is 2006.5781).
func fractionDate(t time.Time) string {
	f := float64(t.Year()) + float64((int(t.Month())-1)*30+t.Day())/365
	return fmt.Sprintf("%.4f", f)
}

func appendGDELTActor(r []string, a store.ActorRef) []string {
	p := splitActor(a)
	if p.Code == "" {
		return append(r, "", "", "", "", "", "", "", "", "", "")
	}
	return append(r, p.Code, strings.ToUpper(a.Name), p.Country, p.KnownGroup,
		"", // EthnicCode: tacitus's actor codes carry no ethnic elements
		nth(p.Religions, 0), nth(p.Religions, 1),
		nth(p.Types, 0), nth(p.Types, 1), nth(p.Types, 2))
}

// appendGDELTGeo appends the eight ActionGeo_* fields of l.
func appendGDELTGeo(r []string, l *store.Location) []string {
	if l == nil {
		return append(r, "", "", "", "", "", "", "", "")
	}
	fips := FIPS(l.Country)
	us := l.Country == "USA"
	typ, adm1 := "", ""
	switch l.Resolution {
	case "country":
		typ, adm1 = gdeltCountry, fips
	case "admin1":
		typ = gdeltWorldADM1
		if us {
			typ = gdeltUSState
		}
	case "city":
		typ = gdeltWorldCity
		if us {
			typ = gdeltUSCity
		}
	}
	if us && l.Resolution != "country" {
		// GeoNames' US admin1 codes are the states' postal codes, which
		// GDELT writes after "US"; other countries' FIPS admin1 codes
		// are not in tacitus's gazetteer.
		if st, ok := usStates[admin1Name(l)]; ok {
			adm1 = fips + st
		}
	}
	feature := ""
	if l.GeonameID != 0 {
		feature = itoa(l.GeonameID)
	}
	return append(r, typ, gdeltFullName(l), fips, adm1,
		"", // ADM2Code: tacitus resolves no second-level regions
		coord(l.Lat), coord(l.Lon), feature)
}

// gdeltFullName is GDELT's location name: "Country", "Region, Country" or
// "City, Region, Country", with parts tacitus does not know left out.
func gdeltFullName(l *store.Location) string {
	var parts []string
	switch l.Resolution {
	case "city":
		parts = append(parts, l.Name, l.Admin1)
	case "admin1":
		parts = append(parts, admin1Name(l))
	case "country":
	default:
		parts = append(parts, l.Name)
	}
	name := countryName(l.Country)
	if name == "" && l.Resolution == "country" {
		name = l.Name
	}
	parts = append(parts, name)
	out := parts[:0]
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, ", ")
}
