package extract

import (
	"net/url"
	"strings"
)

// outletCountry is the home country (CAMEO code) of the national news
// outlet an article's source or URL names: "BBC News", "The Guardian",
// "bbc.co.uk", an address under a country's domain (".co.uk", ".com.au",
// ".ie"). It is "" for wire services and international outlets
// (Reuters, AP, AFP, Al Jazeera) and for names it does not know.
//
// The article's country is its dateline's, else the one its actors name
// most; only an article that names no country at all falls back on its
// outlet's: in a BBC story, "the government", "ministers" and "the
// police" with no country named anywhere are Britain's, as a reader of
// the BBC takes them.
func outletCountry(source, address string) string {
	if cc := outletNameCountry(source); cc != "" {
		return cc
	}
	return outletHostCountry(address)
}

// outletNames are national outlets by their names, lower case without
// "the" and punctuation, each matching the source whole or as its first
// words ("new york times" matches "New York Times Magazine"); a name of
// one word matches as the first word only when it is a brand
// (outletBrands: "BBC Radio 4"), since "Times", "Guardian" or "Punch"
// open other papers' names ("Times Union", "Guardian Nigeria").
var outletNames = map[string]string{
	"bbc": "GBR", "guardian": "GBR", "times": "GBR", "sunday times": "GBR",
	"telegraph": "GBR", "daily telegraph": "GBR", "independent": "GBR",
	"observer": "GBR", "daily mail": "GBR", "mail on sunday": "GBR",
	"daily mirror": "GBR", "mirror": "GBR", "sky news": "GBR", "itv": "GBR",
	"itv news": "GBR", "channel 4 news": "GBR", "evening standard": "GBR",
	"scotsman": "GBR", "herald scotland": "GBR", "press association": "GBR",
	"new york times": "USA", "washington post": "USA", "wall street journal": "USA",
	"usa today": "USA", "los angeles times": "USA", "chicago tribune": "USA",
	"boston globe": "USA", "cnn": "USA", "fox news": "USA", "npr": "USA",
	"nbc news": "USA", "cbs news": "USA", "abc news": "USA", "politico": "USA",
	"hill": "USA", "new york post": "USA", "nyt": "USA",
	"sydney morning herald": "AUS", "australian": "AUS", "abc australia": "AUS",
	"cbc": "CAN", "cbc news": "CAN", "globe and mail": "CAN", "toronto star": "CAN",
	"national post":  "CAN",
	"times of india": "IND", "hindu": "IND", "hindustan times": "IND",
	"indian express": "IND", "ndtv": "IND",
	"dawn": "PAK", "irish times": "IRL", "irish independent": "IRL", "rte": "IRL",
	"new zealand herald": "NZL", "nz herald": "NZL",
	"haaretz": "ISR", "jerusalem post": "ISR", "times of israel": "ISR",
	"daily nation": "KEN", "punch": "NGA", "vanguard": "NGA", "premium times": "NGA",
	"straits times": "SGP", "philippine daily inquirer": "PHL",
}

// outletBrands are the names of one word that match as a source's first
// word.
var outletBrands = map[string]bool{
	"bbc": true, "cnn": true, "npr": true, "itv": true, "cbc": true, "rte": true,
	"ndtv": true, "haaretz": true, "politico": true,
}

// outletNameCountry is outletCountry of a source name.
func outletNameCountry(source string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(source) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			space = false
		case r == '&':
			if !space {
				b.WriteByte(' ')
			}
			b.WriteString("and ")
			space = true
		case !space && r != '\'' && r != '.':
			b.WriteByte(' ')
			space = true
		}
	}
	name := strings.TrimSpace(b.String())
	name = strings.TrimPrefix(name, "the ")
	for whole := name; name != ""; {
		if cc := outletNames[name]; cc != "" && (name == whole || strings.IndexByte(name, ' ') >= 0 || outletBrands[name]) {
			return cc
		}
		i := strings.LastIndexByte(name, ' ')
		if i < 0 {
			break
		}
		name = name[:i]
	}
	return ""
}

// outletHosts are outlets by their web addresses (the host or a domain
// it lies under), and countryDomains the countries by their own domains
// whose addresses are news outlets of that country.
var (
	outletHosts = map[string]string{
		"bbc.co.uk": "GBR", "bbc.com": "GBR", "theguardian.com": "GBR", "thetimes.com": "GBR",
		"independent.co.uk": "GBR", "telegraph.co.uk": "GBR", "dailymail.co.uk": "GBR",
		"nytimes.com": "USA", "washingtonpost.com": "USA", "wsj.com": "USA", "usatoday.com": "USA",
		"latimes.com": "USA", "cnn.com": "USA", "foxnews.com": "USA", "npr.org": "USA",
		"nbcnews.com": "USA", "cbsnews.com": "USA", "abcnews.go.com": "USA", "politico.com": "USA",
		"thehindu.com": "IND", "ndtv.com": "IND", "hindustantimes.com": "IND",
		"dawn.com": "PAK", "haaretz.com": "ISR", "jpost.com": "ISR", "timesofisrael.com": "ISR",
		"cbc.ca": "CAN", "theglobeandmail.com": "CAN", "irishtimes.com": "IRL", "rte.ie": "IRL",
		"abc.net.au": "AUS", "smh.com.au": "AUS", "nzherald.co.nz": "NZL",
	}
	countryDomains = map[string]string{
		"uk": "GBR", "au": "AUS", "ca": "CAN", "ie": "IRL", "nz": "NZL", "in": "IND",
		"pk": "PAK", "za": "ZAF", "ke": "KEN", "ng": "NGA", "gh": "GHA", "ug": "UGA",
		"il": "ISR", "sg": "SGP", "ph": "PHL", "my": "MYS", "lk": "LKA", "bd": "BGD",
		"zw": "ZWE", "jm": "JAM",
	}
)

// outletHostCountry is outletCountry of a web address.
func outletHostCountry(address string) string {
	if address == "" {
		return ""
	}
	u, err := url.Parse(address)
	if err != nil || u.Host == "" {
		if u, err = url.Parse("//" + address); err != nil {
			return ""
		}
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	for h := host; h != ""; {
		if cc := outletHosts[h]; cc != "" {
			return cc
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	if i := strings.LastIndexByte(host, '.'); i >= 0 {
		return countryDomains[host[i+1:]]
	}
	return ""
}
