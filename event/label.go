package event

import (
	"slices"
	"strings"
	"sync"

	"tacitus/places"
)

// Labels of CAMEO actor codes.
//
// A CAMEO actor code is a run of three-letter elements: a first element
// that names a country (ISO 3166-1 alpha-3, or a CAMEO code for a state
// without one), a region, a kind of organisation (IGO, NGO, MNC, IMG) or a
// religion; then, in any order, more elements that narrow it: a country
// or region of an organisation ("NGOUSA"), a named organisation ("UNO" in
// "IGOUNO"), religions ("CHRCTH") and agents, the sectors of society
// ("GOV", "MIL"). "---" stands for an unknown actor ("---GOV": a
// government whose country is not said).
//
// The tables below follow the CAMEO actor codebook (Schrodt, Gerner and
// Yilmaz), as used by the Phoenix dictionaries (PETRARCH2's
// Phoenix.agents.txt and Phoenix.International.actors.txt): every agent
// code those files use, every named organisation they use whose name the
// dictionary entries confirm, the codebook's regions and religions.
// Country names come from the gazetteer (package places).

// agents maps CAMEO agent (sector) codes to words.
var agents = map[string]string{
	"AGR": "agriculture",
	"BUS": "business",
	"COP": "police",
	"CRM": "criminals",
	"CVL": "civilians",
	"DEV": "development",
	"EDU": "education",
	"ELI": "elites",
	"ENV": "environment",
	"GOV": "government",
	"HLH": "health",
	"HRI": "human rights",
	"INS": "insurgents",
	"JUD": "judiciary",
	"LAB": "labor",
	"LEG": "legislature",
	"MED": "media",
	"MIL": "military",
	"MOD": "moderates",
	"OPP": "opposition",
	"PPL": "people",
	"PTY": "political party",
	"RAD": "radicals",
	"REB": "rebels",
	"REF": "refugees",
	"REL": "religious",
	"SEP": "separatists",
	"SET": "settlers",
	"SPY": "intelligence",
	"UAF": "unidentified armed forces",
	"UIS": "unidentified state actor",
	"NGM": "non-governmental movement",
	"INT": "international",
}

// IsSector reports whether el, a three-letter element of an actor code,
// is a sector, a religion or a kind of organisation (GOV, MIL, CTH, IGO),
// as opposed to a country, region or named organisation or group.
func IsSector(el string) bool {
	_, a := agents[el]
	_, k := kinds[el]
	return a || IsReligion(el) || k
}

// IsReligion reports whether el, a three-letter element of an actor code,
// is a religion or denomination (CHR, CTH, MUS, JEW ...).
func IsReligion(el string) bool {
	_, r := religions[el]
	return r
}

// kinds maps the organisation-kind elements to words. They lead a code
// ("IGOUNO") and give way to a named organisation when one follows.
var kinds = map[string]string{
	"IGO": "intergovernmental organization",
	"NGO": "NGO",
	"MNC": "multinational corporation",
	"IMG": "international militarized group",
	"ISM": "international social movement",
	"PKO": "peacekeepers",
}

// orgs maps named organisations (the element after IGO or NGO) to names.
// groups maps the codes of named non-state groups in the Phoenix
// MilNonState dictionary, which follow a country or region and role
// ("PSEREBHMS", "IMGMUSALQ"), to their names.
var groups = map[string]string{
	"HMS": "Hamas",
	"ALQ": "al-Qaeda",
	"ISI": "Islamic State",
	"JMA": "Jemaah Islamiyah",
	"ASF": "Abu Sayyaf",
}

var orgs = map[string]string{
	"ABD": "Arab Bank for Economic Development in Africa",
	"ACC": "Arab Cooperation Council",
	"ADB": "Asian Development Bank",
	"AEU": "Council of Arab Economic Unity",
	"AFB": "African Development Bank",
	"AFU": "African Union",
	"AIE": "International Energy Agency",
	"AMF": "Arab Monetary Fund",
	"AMN": "Amnesty International",
	"AMU": "Arab Maghreb Union",
	"APE": "Organization of Arab Petroleum Exporting Countries",
	"ARL": "Arab League",
	"ASN": "ASEAN",
	"ATD": "Eastern and Southern African Trade and Development Bank",
	"BCA": "Bank of Central African States",
	"BIS": "Bank for International Settlements",
	"CEM": "Economic and Monetary Community of Central Africa",
	"CES": "Common Market for Eastern and Southern Africa",
	"CIS": "Commonwealth of Independent States",
	"COE": "Council of Europe",
	"CPA": "Cocoa Producers' Alliance",
	"CPC": "Association of Coffee Producing Countries",
	"CSS": "Community of Sahel-Saharan States",
	"CWN": "Commonwealth of Nations",
	"DVE": "Developing Eight",
	"EAC": "East African Community",
	"EBR": "European Bank for Reconstruction and Development",
	"ECA": "Economic Community of Central African States",
	"EEC": "European Union",
	"EFT": "European Free Trade Association",
	"FAO": "Food and Agriculture Organization",
	"GCC": "Gulf Cooperation Council",
	"GOE": "Group of Eight",
	"GOS": "Group of Seven",
	"GSS": "Group of 77",
	"HCH": "UN High Commissioner for Human Rights",
	"HCR": "UN High Commissioner for Refugees",
	"HRW": "Human Rights Watch",
	"IAC": "Inter-African Coffee Organization",
	"IAD": "Intergovernmental Authority on Development",
	"IAE": "International Atomic Energy Agency",
	"ICC": "International Criminal Court",
	"ICJ": "International Court of Justice",
	"ICO": "International Cocoa Organization",
	"IDB": "Islamic Development Bank",
	"IGC": "International Grains Council",
	"ILO": "International Labour Organization",
	"IMF": "International Monetary Fund",
	"IPU": "Inter-Parliamentary Union",
	"IRC": "Red Cross",
	"ITP": "Interpol",
	"KID": "UNICEF",
	"MSF": "Doctors Without Borders",
	"NAT": "NATO",
	"NEP": "New Partnership for Africa's Development",
	"NON": "Non-Aligned Movement",
	"OAS": "Organization of American States",
	"OAU": "Organization of African Unity",
	"OIC": "Organization of the Islamic Conference",
	"OPC": "OPEC",
	"SAA": "South Asian Association for Regional Cooperation",
	"SAD": "Southern African Development Community",
	"SCE": "OSCE",
	"SOT": "Southeast Asia Treaty Organization",
	"UNO": "United Nations",
	"WAD": "West African Development Bank",
	"WAM": "West African Economic and Monetary Union",
	"WAS": "ECOWAS",
	"WBK": "World Bank",
	"WCT": "international war crimes tribunal",
	"WEF": "World Economic Forum",
	"WFP": "World Food Programme",
	"WHO": "World Health Organization",
	"WTO": "World Trade Organization",
	"XFM": "Oxfam",
}

// regions maps CAMEO region codes to names.
var regions = map[string]string{
	"AFR": "Africa",
	"ARB": "Arab world",
	"ASA": "Asia",
	"BLK": "Balkans",
	"CAF": "Central Africa", // only after IGO/NGO: as a country CAF is the Central African Republic
	"CAS": "Central Asia",
	"CAU": "Caucasus",
	"CEU": "Central Europe",
	"CFR": "Central Africa",
	"CRB": "Caribbean",
	"EAF": "East Africa",
	"EEU": "Eastern Europe",
	"EIN": "East Indies",
	"EUR": "Europe",
	"LAM": "Latin America",
	"MDT": "Mediterranean",
	"MEA": "Middle East",
	"NAM": "the Americas", // only after IGO/NGO (Phoenix's Inter-American Development Bank, IGONAMDEV): as a country NAM is Namibia
	"NAF": "North Africa",
	"NMR": "North America",
	"PGS": "Persian Gulf",
	"SAF": "Southern Africa",
	"SAM": "South America",
	"SAS": "South Asia",
	"SCN": "Scandinavia",
	"SEA": "Southeast Asia",
	"WAF": "West Africa",
	"WEU": "Western Europe",
	"WST": "the West",
}

// religions maps CAMEO religion codes to adjectives. MUS (Muslim in the
// Phoenix agents) is read as a religion only after the first element: as
// a first element it is Mauritius.
var religions = map[string]string{
	"ALE": "Alawite",
	"ATH": "atheist",
	"BAH": "Baha'i",
	"BUD": "Buddhist",
	"CHR": "Christian",
	"CON": "Confucian",
	"CPT": "Coptic",
	"CTH": "Catholic",
	"DOX": "Orthodox",
	"DRZ": "Druze",
	"HIN": "Hindu",
	"ITR": "indigenous",
	"JAN": "Jain",
	"JEW": "Jewish",
	"MAR": "Maronite",
	"MOS": "Muslim",
	"MUS": "Muslim",
	"PRO": "Protestant",
	"SFI": "Sufi",
	"SHI": "Shia",
	"SIK": "Sikh",
	"SUN": "Sunni",
	"TAO": "Taoist",
	"ZRO": "Zoroastrian",
}

// countries holds CAMEO country codes that are not ISO 3166-1 alpha-3.
var countries = map[string]string{
	"KSV": "Kosovo",
	"KOS": "Kosovo",
	"XKX": "Kosovo",
	"DDR": "East Germany",
	"YUG": "Yugoslavia",
	"CSK": "Czechoslovakia",
	"SUN": "Soviet Union",
	"TMP": "East Timor", // CAMEO's code from before ISO's TLS (2002), which Phoenix uses
}

// Description is what an actor code says.
type Description struct {
	// Name is a readable label ("Iran government", "United Nations").
	Name string
	// Country is the code's country ("IRN"), "" when it names none.
	Country string
	// Org is the named organisation's code ("UNO"), or the kind of
	// organisation ("IGO", "NGO", "MNC", "IMG") when none is named.
	Org string
	// Sectors are the agent and religion elements of the code, in order
	// ("MIL", "GOV" for USAMILGOV; "HLH" for NGOHLHIRC).
	Sectors []string
}

var labelCache sync.Map // code → Description

// Label returns a readable label for a CAMEO actor code: "Iran
// government" for IRNGOV, "United Nations" for IGOUNO, "United States
// human rights NGO" for NGOUSAHRI, "government" for ---GOV. Elements it
// does not know stay as written; a code that is not a run of three-letter
// elements (a quoted new actor, say) is returned unchanged, without its
// quotes.
func Label(code string) string { return Describe(code).Name }

// Describe parses a CAMEO actor code (see Label).
func Describe(code string) Description {
	if v, ok := labelCache.Load(code); ok {
		d := v.(Description)
		d.Sectors = slices.Clone(d.Sectors)
		return d
	}
	d := describe(code)
	labelCache.Store(code, d)
	d.Sectors = slices.Clone(d.Sectors) // callers may keep or change it
	return d
}

func describe(code string) Description {
	code = strings.TrimSpace(code)
	if len(code) == 0 || len(code)%3 != 0 || !isCode(code) {
		return Description{Name: strings.Trim(code, `"`)}
	}
	var (
		d        Description
		where    []string // country and region names
		kind     string   // organisation kind word
		org      string   // named organisation
		faith    []string // religions, in order
		modifier []string // agents and unknown elements, in order
	)
	for i := 0; i < len(code); i += 3 {
		el := code[i : i+3]
		first := i == 0
		if el == "---" {
			continue
		}
		if w, ok := kinds[el]; ok && first {
			kind, d.Org = w, el
			continue
		}
		if name, ok := orgs[el]; ok && !first && d.Org != "" {
			// A later, more specific organisation replaces an earlier
			// one in the name ("IGOUNOHRIHCH"), and so do the place,
			// religion and agent words before it, which only placed
			// it; its sectors stay.
			org, d.Org, where, faith, modifier = name, el, nil, nil, nil
			continue
		}
		if g, ok := groups[el]; ok && !first && (d.Org == "" || d.Org == "IMG") {
			// A named armed group ("PSEREBHMS"): its name replaces
			// the country and role words that placed it; its
			// country and sectors stay.
			org, where, faith, modifier = g, nil, nil, nil
			continue
		}
		if a, ok := agents[el]; ok {
			modifier = append(modifier, a)
			d.Sectors = append(d.Sectors, el)
			continue
		}
		if r, ok := religions[el]; ok && (!first || !isCountry(el)) {
			faith = append(faith, r)
			d.Sectors = append(d.Sectors, el)
			continue
		}
		if name, ok := countryName(el); ok && (first || d.Org != "" && d.Country == "") {
			if _, isRegion := regions[el]; !isRegion || first {
				where = append(where, name)
				if d.Country == "" {
					d.Country = el
				}
				continue
			}
		}
		if r, ok := regions[el]; ok {
			where = append(where, r)
			continue
		}
		modifier = append(modifier, el) // unknown element: keep it visible
	}
	var words []string
	switch {
	case org != "":
		words = append(append(append(words, org), faith...), modifier...)
	default:
		words = append(append(append(words, where...), faith...), modifier...)
		if kind != "" {
			words = append(words, kind)
		}
	}
	if d.Org != "" && org != "" {
		d.Country = "" // an organisation is nobody's country actor
	}
	d.Name = strings.Join(words, " ")
	if d.Sectors == nil {
		d.Sectors = []string{}
	}
	return d
}

// isCode reports whether s holds only upper-case letters and '-'.
func isCode(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'A' || c > 'Z') && c != '-' {
			return false
		}
	}
	return true
}

// countryName returns the name of a country code.
func countryName(code string) (string, bool) {
	if name, ok := countries[code]; ok {
		return name, true
	}
	g, err := places.Default()
	if err != nil {
		return "", false
	}
	if p, ok := g.CountryByCode(code); ok && len(code) == 3 {
		return p.Name, true
	}
	return "", false
}

func isCountry(code string) bool {
	_, ok := countryName(code)
	return ok
}
