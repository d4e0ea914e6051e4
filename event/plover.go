package event

import (
	"bufio"
	"io"
	"strings"
)

// ploverRecord is an event in the PLOVER data-fields format (PLOVER
// manual, chapter "Data Fields"). Members that tacitus cannot fill are
// null; members after Comment are tacitus's own, which the manual allows
// ("providers should feel free to include named fields beyond those
// provided here").
type ploverRecord struct {
	ID         string          `json:"id"`
	HasEvent   bool            `json:"has_event"`
	Date       Date            `json:"date"`
	Time       *string         `json:"time"`
	EndDate    *string         `json:"enddate"`
	EndTime    *string         `json:"endtime"`
	Actor      []ploverEntity  `json:"actor"`
	Recipient  []ploverEntity  `json:"recipient"`
	Event      List            `json:"event"`
	EventLoc   *ploverLocation `json:"event_loc"`
	EventText  List            `json:"event_text"`
	QuadCode   int             `json:"quad_code"`
	EventScale float64         `json:"event_scale"`
	Mode       List            `json:"mode"`
	Context    List            `json:"context"`
	Link       *string         `json:"link"`
	Text       string          `json:"text"`
	TextInfo   ploverTextInfo  `json:"text_info"`
	CiteInfo   ploverCiteInfo  `json:"cite_info"`
	Coder      string          `json:"coder"`
	CodedDate  *string         `json:"coded_date"`
	CodedTime  *string         `json:"coded_time"`
	Comment    *string         `json:"comment"`

	ArticleID     string    `json:"article_id"`
	DatePrecision Precision `json:"date_precision"`
	DateBasis     DateBasis `json:"date_basis"`
	CAMEO         string    `json:"cameo"`
	CAMEORoot     string    `json:"cameo_root"`
	Flags         Flags     `json:"flags"`
	Issues        List      `json:"issues"`
}

// ploverEntity is PLOVER's information object for an actor or recipient.
type ploverEntity struct {
	Code           Null    `json:"code"`
	Sector         Null    `json:"sector"`
	OtherSectors   List    `json:"other_sector_codes"`
	EntityText     string  `json:"entity_text"`
	IdentifierID   *string `json:"identifier_id"`
	IdentifierText *string `json:"identifier_text"`
	Religion       Null    `json:"religion"`
	Ethnicity      *string `json:"ethnicity"`
	Office         *string `json:"office"`
	Gender         *string `json:"gender"`
	Age            *int    `json:"age"`

	CAMEOCode string `json:"cameo_code"`
	Name      string `json:"name"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// ploverLocation is PLOVER's location object (Mordecai's field names).
type ploverLocation struct {
	ExtractedPlace *string  `json:"extracted_place"`
	ResolvedPlace  string   `json:"resolved_place"`
	GeonameID      int      `json:"geonameid"`
	Lat            *float64 `json:"lat"`
	Lon            *float64 `json:"lon"`
	City           Null     `json:"city"`
	District       *string  `json:"district"`
	Province       Null     `json:"province"`
	Country        Null     `json:"country"`
	CountryCode    string   `json:"country_code"`
	FeatureClass   *string  `json:"feature_class"`
	FeatureCode    *string  `json:"feature_code"`
	Resolution     int      `json:"resolution"`
	Basis          string   `json:"basis"`
}

// ploverTextInfo is PLOVER's information object for text.
type ploverTextInfo struct {
	Sequence int     `json:"sequence"`
	Start    *int    `json:"start"`
	End      *int    `json:"end"`
	Story    *string `json:"text_story"`
}

// ploverCiteInfo is PLOVER's information object for citations.
type ploverCiteInfo struct {
	Coder string  `json:"coder"`
	URL   *string `json:"url"`
	Title *string `json:"title"`
}

// ploverSectors maps CAMEO agent codes to PLOVER sector codes (PLOVER
// manual, "Sector Codes"). CAMEO's MED (media) is PLOVER's JRN and
// CAMEO's HLH (health) PLOVER's MED; INS and SEP fold into REB. CAMEO
// agents with no PLOVER sector (DEV, ENV, HRI, MOD, RAD, PPL, SET, UIS,
// NGM, INT) are left out rather than guessed.
var ploverSectors = map[string]string{
	"AGR": "AGR", "BUS": "BUS", "COP": "COP", "CRM": "CRM", "CVL": "CVL",
	"EDU": "EDU", "ELI": "ELI", "GOV": "GOV", "HLH": "MED", "INS": "REB",
	"JUD": "JUD", "LAB": "LAB", "LEG": "LEG", "MED": "JRN", "MIL": "MIL",
	"OPP": "OPP", "PTY": "PTY", "REB": "REB", "REF": "REF", "REL": "REL",
	"SEP": "REB", "SPY": "SPY", "UAF": "UAF",
}

// ploverResolution maps a Resolution to PLOVER's level numbers.
var ploverResolution = map[Resolution]int{City: 4, Admin1: 2, Country: 1}

// NewPLOVERWriter returns a Writer of PLOVER JSON records, one per line,
// with the fields of the PLOVER manual's data-fields chapter:
//
//	id, date                  the event's
//	has_event                 true
//	actor, recipient          one entity each (recipient [] without a
//	                          target): code is the country, or PLOVER's
//	                          UNO, EUR (the European Union), IGO, NGO,
//	                          MNC, IMG for organisations, null for a
//	                          region or an unknown actor; sector is the
//	                          first agent mapped to a PLOVER sector (MED
//	                          becomes JRN, HLH becomes MED), the others in
//	                          other_sector_codes; religion is the first
//	                          religion element; entity_text the words
//	event, mode, context      the PLOVER type, mode and contexts
//	event_loc                 the location, with Mordecai's field names
//	                          and resolution 4 (city), 2 (admin1), 1
//	                          (country)
//	event_text                [the verb's words]
//	text                      the sentence
//	text_info.sequence        the sentence index
//	quad_code, event_scale    QuadClass and Goldstein
//	coder, cite_info.coder    the coder string
//
// Fields tacitus does not know are null, never guessed: time, enddate,
// endtime, link, coded_date, coded_time, comment, the entities'
// identifier_id, identifier_text, ethnicity, office, gender and age, the
// location's extracted_place, district, feature_class and feature_code,
// text_info's start, end and text_story, cite_info's url and title.
// tacitus adds article_id, date_precision, date_basis, cameo, cameo_root,
// flags and issues at the top, and cameo_code, name, start and end to
// each entity.
func NewPLOVERWriter(w io.Writer) Writer {
	return &jsonlWriter{w: bufio.NewWriterSize(w, 64<<10), convert: func(e *Event) any { return toPLOVER(e) }}
}

func toPLOVER(e *Event) *ploverRecord {
	r := &ploverRecord{
		ID:            e.ID,
		HasEvent:      true,
		Date:          e.Date,
		Actor:         []ploverEntity{ploverActor(&e.Source)},
		Recipient:     []ploverEntity{},
		Event:         List{},
		EventText:     List{e.Verb.Text},
		QuadCode:      e.QuadClass,
		EventScale:    e.Goldstein,
		Mode:          List{},
		Context:       List{},
		Text:          e.Sentence,
		TextInfo:      ploverTextInfo{Sequence: e.SentenceIndex},
		CiteInfo:      ploverCiteInfo{Coder: e.Coder},
		Coder:         e.Coder,
		ArticleID:     e.ArticleID,
		DatePrecision: e.DatePrecision,
		DateBasis:     e.DateBasis,
		CAMEO:         e.CAMEO,
		CAMEORoot:     e.CAMEORoot,
		Flags:         e.Flags,
		Issues:        e.Issues,
	}
	if e.Target != nil {
		r.Recipient = append(r.Recipient, ploverActor(e.Target))
	}
	if p := e.PLOVER; p != nil {
		r.Event = List{p.Type}
		if p.Mode != "" {
			r.Mode = List{string(p.Mode)}
		}
		if p.Context != nil {
			r.Context = p.Context
		}
	}
	if l := e.Location; l != nil {
		loc := &ploverLocation{
			ResolvedPlace: l.Name,
			GeonameID:     l.GeonameID,
			Lat:           l.Lat,
			Lon:           l.Lon,
			Province:      l.Admin1,
			CountryCode:   l.Country,
			Resolution:    ploverResolution[l.Resolution],
			Basis:         string(l.Basis),
		}
		if l.Resolution == City {
			loc.City = Null(l.Name)
		}
		if name, ok := countryName(l.Country); ok {
			loc.Country = Null(name)
		}
		r.EventLoc = loc
	}
	return r
}

func ploverActor(a *Actor) ploverEntity {
	ent := ploverEntity{Code: ploverCode(a), OtherSectors: List{}, EntityText: a.Text,
		CAMEOCode: a.Code, Name: a.Name, Start: a.Start, End: a.End}
	for _, s := range a.Sectors {
		if p, ok := ploverSectors[s]; ok {
			if ent.Sector == "" {
				ent.Sector = Null(p)
			} else {
				ent.OtherSectors = append(ent.OtherSectors, p)
			}
		} else if _, ok := religions[s]; ok && ent.Religion == "" {
			ent.Religion = Null(s)
		}
	}
	return ent
}

// ploverCode returns PLOVER's country or non-state code of an actor.
func ploverCode(a *Actor) Null {
	if a.Country != "" {
		return a.Country
	}
	code := strings.TrimLeft(a.Code, "-")
	switch {
	case strings.HasPrefix(code, "IGO") && hasElement(code, "EEC"):
		return "EUR"
	case strings.HasPrefix(code, "IGO") && hasElement(code, "UNO"):
		return "UNO"
	}
	if len(code) >= 3 {
		if _, ok := kinds[code[:3]]; ok && code[:3] != "PKO" {
			return Null(code[:3])
		}
	}
	return ""
}

// hasElement reports whether the three-letter element el is one of
// code's elements.
func hasElement(code, el string) bool {
	for i := 0; i+3 <= len(code); i += 3 {
		if code[i:i+3] == el {
			return true
		}
	}
	return false
}
