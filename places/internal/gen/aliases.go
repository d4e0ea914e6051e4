package main

// countryAliases are English names under which newswire refers to a
// country, beyond the GeoNames country name, keyed by ISO 3166 alpha-2.
// Abbreviations keep their periods; the loader drops periods when it
// builds keys, so "U.S." also matches "US".
var countryAliases = map[string][]string{
	"AE": {"UAE", "U.A.E.", "Emirates", "the United Arab Emirates"},
	"BA": {"Bosnia", "Bosnia-Herzegovina"},
	"BO": {"Bolivia"},
	"BS": {"The Bahamas"},
	"CD": {"Congo-Kinshasa", "DR Congo", "DRC", "D.R.C.", "Democratic Republic of Congo", "Zaire", "Congo"},
	"CG": {"Congo-Brazzaville", "Congo Republic"},
	"CI": {"Cote d'Ivoire", "Côte d'Ivoire"},
	"CV": {"Cape Verde"},
	"CZ": {"Czech Republic"},
	"FM": {"Federated States of Micronesia"},
	"GB": {"Britain", "Great Britain", "UK", "U.K.", "United Kingdom of Great Britain and Northern Ireland"},
	"GM": {"The Gambia"},
	"IR": {"Islamic Republic of Iran", "Persia"},
	"KP": {"DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"},
	"KR": {"Republic of Korea", "ROK"},
	"LA": {"Lao PDR"},
	"MD": {"Republic of Moldova"},
	"MK": {"Macedonia", "FYROM"},
	"MM": {"Burma"},
	"NL": {"Netherlands", "Holland"},
	"PS": {"Palestine", "Palestinian Territories", "State of Palestine", "West Bank", "Gaza Strip", "Occupied Palestinian Territory"},
	"RU": {"Russian Federation"},
	"SY": {"Syrian Arab Republic"},
	"SZ": {"Swaziland"},
	"TL": {"East Timor", "Timor-Leste"},
	"TR": {"Türkiye", "Turkiye"},
	"TW": {"Republic of China"},
	"TZ": {"United Republic of Tanzania"},
	"US": {"United States", "United States of America", "U.S.", "U.S.A.", "USA", "America"},
	"VA": {"Vatican", "Vatican City", "the Holy See"},
	"VE": {"Venezuela"},
	"VN": {"Viet Nam"},
}

// admin1Abbrevs are the AP stylebook abbreviations of the US states, keyed
// by the GeoNames admin1 key (ISO2 "." code). They are only used as
// qualifiers ("SPRINGFIELD, Ill."), never as names on their own ("Miss",
// "Ore" and "Ind" are words).
var admin1Abbrevs = map[string][]string{
	"US.AL": {"Ala."}, "US.AZ": {"Ariz."}, "US.AR": {"Ark."}, "US.CA": {"Calif."},
	"US.CO": {"Colo."}, "US.CT": {"Conn."}, "US.DE": {"Del."}, "US.FL": {"Fla."},
	"US.GA": {"Ga."}, "US.IL": {"Ill."}, "US.IN": {"Ind."}, "US.KS": {"Kan.", "Kans."},
	"US.KY": {"Ky."}, "US.LA": {"La."}, "US.MD": {"Md."}, "US.MA": {"Mass."},
	"US.MI": {"Mich."}, "US.MN": {"Minn."}, "US.MS": {"Miss."}, "US.MO": {"Mo."},
	"US.MT": {"Mont."}, "US.NE": {"Neb.", "Nebr."}, "US.NV": {"Nev."}, "US.NH": {"N.H."},
	"US.NJ": {"N.J."}, "US.NM": {"N.M."}, "US.NY": {"N.Y."}, "US.NC": {"N.C."},
	"US.ND": {"N.D."}, "US.OK": {"Okla."}, "US.OR": {"Ore.", "Oreg."}, "US.PA": {"Pa.", "Penn."},
	"US.RI": {"R.I."}, "US.SC": {"S.C."}, "US.SD": {"S.D."}, "US.TN": {"Tenn."},
	"US.TX": {"Tex."}, "US.VT": {"Vt."}, "US.VA": {"Va."}, "US.WA": {"Wash."},
	"US.WV": {"W.Va.", "W. Va."}, "US.WI": {"Wis.", "Wisc."}, "US.WY": {"Wyo."},
	"US.DC": {"D.C."},
}
