package export

import (
	"slices"
	"strconv"
	"strings"

	"tacitus/cameo"
	"tacitus/event"
	"tacitus/store"
)

// ICEWSColumns are the 20 columns of an ICEWS events file (the header row
// ICEWS files begin with), in order.
var ICEWSColumns = []string{
	"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
	"Event Text", "CAMEO Code", "Intensity",
	"Target Name", "Target Sectors", "Target Country",
	"Story ID", "Sentence Number", "Publisher",
	"City", "District", "Province", "Country", "Latitude", "Longitude",
}

// icewsSectors maps CAMEO agent and religion codes to the ICEWS sector
// with the same meaning. CAMEO elements without such a sector (DEV, ENV,
// HRI, MOD, OPP, PPL, PTY, REF, SET, SPY, UIS, NGM, INT and most
// religions) are left out: ICEWS's sectors are finer than CAMEO's (it
// splits parties, ministries and opposition kinds), and guessing one would
// invent information.
var icewsSectors = map[string]string{
	"AGR": "Agricultural",
	"BUS": "Business",
	"COP": "Police",
	"CRM": "Criminals / Gangs",
	"CVL": "General Population / Civilian / Social",
	"EDU": "Education",
	"ELI": "Elite",
	"GOV": "Government",
	"INS": "Insurgents",
	"JUD": "Judicial",
	"LAB": "Labor",
	"LEG": "Legislative / Parliamentary",
	"MED": "Media",
	"MIL": "Military",
	"RAD": "Radicals / Extremists / Fundamentalists",
	"REB": "Rebel",
	"SEP": "Separatists",
	"UAF": "Unidentified Forces",
	"BUD": "Buddhist",
	"CHR": "Christian",
	"CTH": "Catholic",
	"DOX": "Orthodox",
	"HIN": "Hindu",
	"JEW": "Jews",
	"MOS": "Muslim",
	"MUS": "Muslim",
	"SHI": "Shia",
	"SUN": "Sunni",
}

// ICEWSRow returns e as the 20 fields of an ICEWS row (see ICEWSColumns
// and docs/formats.md). Event Text is the CAMEO code's name and Intensity
// its score in the ICEWS table of package cameo.
func ICEWSRow(e *store.EventDetail) []string {
	r := make([]string, 0, len(ICEWSColumns))
	date := ""
	if hasDay(e) {
		date = e.Date.Format("2006-01-02")
	}
	r = append(r, itoa(GlobalID(e)), date)
	r = appendICEWSActor(r, e.Source)
	text := ""
	if ev, ok := cameo.ICEWS.Lookup(e.CAMEO); ok {
		text = ev.Name
	}
	_, gold := scored(e, cameo.ICEWS)
	r = append(r, text, e.CAMEO, ftoa(gold))
	r = appendICEWSActor(r, e.Target)
	story, sentence, publisher := "", "", ""
	if m := first(e); m != nil {
		story, publisher = m.ArticleID, m.ArticleSource
		if m.Mention.SentenceIndex >= 0 {
			sentence = strconv.Itoa(m.Mention.SentenceIndex + 1) // ICEWS counts from 1
		}
	}
	r = append(r, story, sentence, publisher)
	if l := e.Location; l != nil {
		r = append(r, cityName(l), "", admin1Name(l), countryName(l.Country),
			coord(l.Lat), coord(l.Lon))
	} else {
		r = append(r, "", "", "", "", "", "")
	}
	return cleanRow(r)
}

func appendICEWSActor(r []string, a store.ActorRef) []string {
	if a.Code == "" {
		return append(r, "", "", "")
	}
	var sectors []string
	for _, s := range event.Describe(a.Code).Sectors {
		if name, ok := icewsSectors[s]; ok && !slices.Contains(sectors, name) {
			sectors = append(sectors, name)
		}
	}
	p := splitActor(a)
	return append(r, a.Name, strings.Join(sectors, ","), countryName(p.Country))
}
