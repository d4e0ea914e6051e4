package actors

import (
	"time"

	"tacitus/dictionary"
)

// successors maps the countries that were part of a federation that has
// since broken up to the federation's code and the last day they were
// part of it (as CAMEO and the Phoenix files code them: SUN for the
// Soviet Union, YUG for Yugoslavia, CSK for Czechoslovakia). Places and
// capitals are listed by today's countries: "MOSCOW, March 1 - The
// foreign ministry said" in 1987 is the Soviet foreign ministry.
var successors = map[string]struct {
	federation string
	until      dictionary.Date
}{
	// The Soviet Union, dissolved on 26 December 1991; the Baltic states
	// recognised as independent on 6 September 1991.
	"RUS": {"SUN", 19911225}, "UKR": {"SUN", 19911225}, "BLR": {"SUN", 19911225},
	"MDA": {"SUN", 19911225}, "GEO": {"SUN", 19911225}, "ARM": {"SUN", 19911225},
	"AZE": {"SUN", 19911225}, "KAZ": {"SUN", 19911225}, "UZB": {"SUN", 19911225},
	"TKM": {"SUN", 19911225}, "KGZ": {"SUN", 19911225}, "TJK": {"SUN", 19911225},
	"EST": {"SUN", 19910905}, "LVA": {"SUN", 19910905}, "LTU": {"SUN", 19910905},
	// Yugoslavia: Slovenia and Croatia declared independence on 25 June
	// 1991, Macedonia on 8 September 1991, Bosnia on 3 March 1992;
	// Serbia and Montenegro formed the Federal Republic on 27 April
	// 1992, which the files code SCG (see serbiaMontenegro).
	"SVN": {"YUG", 19910624}, "HRV": {"YUG", 19910624}, "MKD": {"YUG", 19910907},
	"BIH": {"YUG", 19920302}, "SRB": {"YUG", 19920427}, "MNE": {"YUG", 19920427},
	// Kosovo, a province of Serbia until its declaration of
	// independence on 17 February 2008 (see historicalCountry).
	"KSV": {"YUG", 19920427},
	// Czechoslovakia, until 31 December 1992.
	"CZE": {"CSK", 19921231}, "SVK": {"CSK", 19921231},
}

// HistoricalCountry returns code with its country (the first three
// letters) replaced by the federation the country was part of on date t
// (RUSGOV in 1987 is SUNGOV, SRB in 1987 YUG, in 1995 SCG); code itself
// otherwise, and for a zero date.
func HistoricalCountry(code string, t time.Time) string {
	if t.IsZero() {
		return code
	}
	return historicalCountry(code, dictionary.NewDate(t.Year(), int(t.Month()), t.Day()))
}

// countryDate is the date at which the sentence's countries are read:
// its date, or the dictionaries' latest knowledge when that date is an
// estimate (see Document.SetEstimatedDate).
func (st *state) countryDate() dictionary.Date {
	if st.doc.estimated {
		return dictionary.Latest
	}
	return st.date
}

func historicalCountry(code string, d dictionary.Date) string {
	if len(code) < 3 || d == 0 || d == dictionary.Latest {
		return code
	}
	s, ok := successors[code[:3]]
	if !ok {
		return code
	}
	switch {
	case d <= s.until:
		return s.federation + code[3:]
	case (code[:3] == "SRB" || code[:3] == "MNE" || code[:3] == "KSV") && d <= 20060605:
		// Serbia and Montenegro (the Federal Republic of Yugoslavia
		// until 2003), which Montenegro left on 3 June 2006.
		return "SCG" + code[3:]
	case code[:3] == "KSV" && d <= 20080216:
		return "SRB" + code[3:]
	}
	return code
}
