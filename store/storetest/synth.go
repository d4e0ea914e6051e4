package storetest

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
	"time"

	"tacitus/article"
	"tacitus/cameo"
	"tacitus/store"
)

// synthActors are real CAMEO actor codes, most frequent first (the order
// the Zipf draw favours), with dictionary-style names.
var synthActors = []struct{ code, name, country string }{
	{"USA", "UNITED STATES", "USA"}, {"CHN", "CHINA", "CHN"}, {"RUS", "RUSSIA", "RUS"}, {"GBR", "UNITED KINGDOM", "GBR"},
	{"ISR", "ISRAEL", "ISR"}, {"IRN", "IRAN", "IRN"}, {"UKR", "UKRAINE", "UKR"}, {"FRA", "FRANCE", "FRA"},
	{"DEU", "GERMANY", "DEU"}, {"IND", "INDIA", "IND"}, {"USAGOV", "UNITED STATES GOVERNMENT", "USA"}, {"PSE", "PALESTINE", "PSE"},
	{"JPN", "JAPAN", "JPN"}, {"TUR", "TURKEY", "TUR"}, {"SYR", "SYRIA", "SYR"}, {"PAK", "PAKISTAN", "PAK"},
	{"IRQ", "IRAQ", "IRQ"}, {"AFG", "AFGHANISTAN", "AFG"}, {"SAU", "SAUDI ARABIA", "SAU"}, {"EGY", "EGYPT", "EGY"},
	{"KOR", "SOUTH KOREA", "KOR"}, {"PRK", "NORTH KOREA", "PRK"}, {"RUSMIL", "RUSSIAN MILITARY", "RUS"}, {"CHNGOV", "CHINESE GOVERNMENT", "CHN"},
	{"ISRMIL", "ISRAELI DEFENSE FORCES", "ISR"}, {"IGOUNO", "UNITED NATIONS", ""}, {"BRA", "BRAZIL", "BRA"}, {"MEX", "MEXICO", "MEX"},
	{"CAN", "CANADA", "CAN"}, {"AUS", "AUSTRALIA", "AUS"}, {"NGA", "NIGERIA", "NGA"}, {"ZAF", "SOUTH AFRICA", "ZAF"},
	{"UKRMIL", "UKRAINIAN MILITARY", "UKR"}, {"USAMIL", "UNITED STATES MILITARY", "USA"}, {"IRNGOV", "IRANIAN GOVERNMENT", "IRN"}, {"PSEREB", "HAMAS", "PSE"},
	{"LBN", "LEBANON", "LBN"}, {"YEM", "YEMEN", "YEM"}, {"SDN", "SUDAN", "SDN"}, {"SOM", "SOMALIA", "SOM"},
	{"ETH", "ETHIOPIA", "ETH"}, {"KEN", "KENYA", "KEN"}, {"LBY", "LIBYA", "LBY"}, {"JOR", "JORDAN", "JOR"},
	{"QAT", "QATAR", "QAT"}, {"ARE", "UNITED ARAB EMIRATES", "ARE"}, {"ITA", "ITALY", "ITA"}, {"ESP", "SPAIN", "ESP"},
	{"POL", "POLAND", "POL"}, {"NLD", "NETHERLANDS", "NLD"}, {"SWE", "SWEDEN", "SWE"}, {"NOR", "NORWAY", "NOR"},
	{"VNM", "VIETNAM", "VNM"}, {"THA", "THAILAND", "THA"}, {"IDN", "INDONESIA", "IDN"}, {"PHL", "PHILIPPINES", "PHL"},
	{"MMR", "MYANMAR", "MMR"}, {"BGD", "BANGLADESH", "BGD"}, {"COL", "COLOMBIA", "COL"}, {"VEN", "VENEZUELA", "VEN"},
	{"ARG", "ARGENTINA", "ARG"}, {"CUB", "CUBA", "CUB"}, {"IGOEUREEC", "EUROPEAN UNION", ""}, {"IGONAT", "NATO", ""},
	{"GBRGOV", "BRITISH GOVERNMENT", "GBR"}, {"FRAGOV", "FRENCH GOVERNMENT", "FRA"}, {"DEUGOV", "GERMAN GOVERNMENT", "DEU"}, {"INDGOV", "INDIAN GOVERNMENT", "IND"},
	{"AFGREB", "TALIBAN", "AFG"}, {"SYRGOV", "SYRIAN GOVERNMENT", "SYR"}, {"TURMIL", "TURKISH MILITARY", "TUR"}, {"LBNREB", "HEZBOLLAH", "LBN"},
	{"CHL", "CHILE", "CHL"}, {"PER", "PERU", "PER"}, {"SRB", "SERBIA", "SRB"}, {"GEO", "GEORGIA", "GEO"},
}

// synthPlaces are real GeoNames places.
var synthPlaces = []store.Location{
	{Name: "Washington", Country: "USA", Admin1: "DC", Lat: ptr(38.895), Lon: ptr(-77.036), GeonameID: 4140963},
	{Name: "Beijing", Country: "CHN", Admin1: "22", Lat: ptr(39.907), Lon: ptr(116.397), GeonameID: 1816670},
	{Name: "Moscow", Country: "RUS", Admin1: "48", Lat: ptr(55.752), Lon: ptr(37.616), GeonameID: 524901},
	{Name: "London", Country: "GBR", Admin1: "ENG", Lat: ptr(51.509), Lon: ptr(-0.126), GeonameID: 2643743},
	{Name: "Jerusalem", Country: "ISR", Admin1: "06", Lat: ptr(31.769), Lon: ptr(35.216), GeonameID: 281184},
	{Name: "Tehran", Country: "IRN", Admin1: "26", Lat: ptr(35.694), Lon: ptr(51.422), GeonameID: 112931},
	{Name: "Kyiv", Country: "UKR", Admin1: "12", Lat: ptr(50.454), Lon: ptr(30.524), GeonameID: 703448},
	{Name: "Paris", Country: "FRA", Admin1: "11", Lat: ptr(48.853), Lon: ptr(2.349), GeonameID: 2988507},
	{Name: "Berlin", Country: "DEU", Admin1: "16", Lat: ptr(52.524), Lon: ptr(13.411), GeonameID: 2950159},
	{Name: "New Delhi", Country: "IND", Admin1: "07", Lat: ptr(28.636), Lon: ptr(77.224), GeonameID: 1261481},
	{Name: "Gaza", Country: "PSE", Admin1: "GZ", Lat: ptr(31.502), Lon: ptr(34.467), GeonameID: 281133},
	{Name: "Tokyo", Country: "JPN", Admin1: "40", Lat: ptr(35.690), Lon: ptr(139.692), GeonameID: 1850147},
	{Name: "Ankara", Country: "TUR", Admin1: "68", Lat: ptr(39.920), Lon: ptr(32.854), GeonameID: 323786},
	{Name: "Damascus", Country: "SYR", Admin1: "13", Lat: ptr(33.510), Lon: ptr(36.291), GeonameID: 170654},
	{Name: "Islamabad", Country: "PAK", Admin1: "08", Lat: ptr(33.721), Lon: ptr(73.043), GeonameID: 1176615},
	{Name: "Baghdad", Country: "IRQ", Admin1: "07", Lat: ptr(33.341), Lon: ptr(44.401), GeonameID: 98182},
	{Name: "Kabul", Country: "AFG", Admin1: "13", Lat: ptr(34.528), Lon: ptr(69.172), GeonameID: 1138958},
	{Name: "Cairo", Country: "EGY", Admin1: "11", Lat: ptr(30.063), Lon: ptr(31.249), GeonameID: 360630},
	{Name: "Seoul", Country: "KOR", Admin1: "11", Lat: ptr(37.566), Lon: ptr(126.978), GeonameID: 1835848},
	{Name: "Brussels", Country: "BEL", Admin1: "BRU", Lat: ptr(50.850), Lon: ptr(4.349), GeonameID: 2800866},
}

var synthSources = []string{"Reuters", "AP", "AFP", "BBC", "Al Jazeera", "Xinhua", "TASS", "Guardian", "New York Times",
	"Washington Post", "Times of India", "Haaretz", "Kyiv Independent", "Le Monde", "Der Spiegel", "NHK", "Dawn",
	"Daily Nation", "Premium Times", "Folha", "El Universal", "ABC Australia", "CBC", "Yonhap", "Anadolu"}

var synthUnknown = []string{"gunmen", "protesters", "unidentified attackers", "local residents", "a militia",
	"student groups", "farmers", "the rebels", "security sources", "a tribal council"}

var fillers = strings.Fields("officials said the situation remained tense as talks continued amid reports of " +
	"further violence while diplomats urged restraint and markets reacted to news of sanctions and aid")

// SynthStart and SynthDays bound the event dates Synthesize draws:
// 2023-01-01 and the 731 days after it (two years).
var SynthStart = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)

// SynthDays is the number of days Synthesize spreads events over.
const SynthDays = 731

// SynthActors returns the actor codes Synthesize draws from, most frequent
// first.
func SynthActors() []string {
	out := make([]string, len(synthActors))
	for i, a := range synthActors {
		out[i] = a.code
	}
	return out
}

// Synthesize yields articles coded with n mentions in all, the same for
// the same n: about four mentions per article; dyads drawn from real
// CAMEO actor codes with a Zipf distribution; event codes from the CAMEO
// table (frequent ones first, Zipf); dates uniform over two years from
// SynthStart; 60% located at a real place; 8% coarser than a day; 4%
// flagged; 3% with an uncoded source; and 30% of mentions repeating a
// recent story (same date, dyad, code and place) so that events merge.
func Synthesize(n int) iter.Seq[store.ArticleBatch] {
	return SynthesizeSeed(n, 1)
}

// SynthesizeSeed is Synthesize with another random seed.
func SynthesizeSeed(n int, seed uint64) iter.Seq[store.ArticleBatch] {
	return func(yield func(store.ArticleBatch) bool) {
		r := rand.New(rand.NewPCG(seed, 0x7ac175))
		actorZ := rand.NewZipf(r, 1.3, 2, uint64(len(synthActors)-1))
		var codes []string
		for _, c := range cameo.Codes() {
			if len(c) >= 3 {
				codes = append(codes, c)
			}
		}
		// A fixed shuffle, then Zipf: a few codes dominate, as in news.
		rand.New(rand.NewPCG(7, 7)).Shuffle(len(codes), func(i, j int) { codes[i], codes[j] = codes[j], codes[i] })
		codeZ := rand.NewZipf(r, 1.2, 4, uint64(len(codes)-1))
		sourceZ := rand.NewZipf(r, 1.1, 3, uint64(len(synthSources)-1))
		type story struct {
			src, tgt, code int
			day            int
			place          int // -1: none
		}
		recent := make([]story, 0, 512)
		made := 0
		for art := 0; made < n; art++ {
			k := min(1+r.IntN(7), n-made)
			pubDay := r.IntN(SynthDays)
			b := store.ArticleBatch{Article: article.Article{
				ID:     fmt.Sprintf("synth-%d-%08d", seed, art),
				Date:   SynthStart.AddDate(0, 0, pubDay).Add(time.Duration(r.IntN(86400)) * time.Second),
				Title:  "Synthetic article",
				URL:    fmt.Sprintf("https://news.example/%d/%d", seed, art),
				Source: synthSources[sourceZ.Uint64()],
			}}
			var text strings.Builder
			for i := range k {
				var st story
				if len(recent) > 0 && r.Float64() < 0.3 {
					st = recent[r.IntN(len(recent))]
				} else {
					st = story{src: int(actorZ.Uint64()), tgt: int(actorZ.Uint64()), code: int(codeZ.Uint64()),
						day: max(0, pubDay-r.IntN(3)), place: -1}
					if st.tgt == st.src {
						st.tgt = (st.src + 1) % len(synthActors)
					}
					if r.Float64() < 0.6 {
						st.place = r.IntN(len(synthPlaces))
					}
					if len(recent) < cap(recent) {
						recent = append(recent, st)
					} else {
						recent[r.IntN(len(recent))] = st
					}
				}
				src, tgt := synthActors[st.src], synthActors[st.tgt]
				ev, _ := cameo.Lookup(codes[st.code])
				if text.Len() > 0 {
					text.WriteString(" ")
				}
				start := text.Len()
				srcText := strings.ToLower(src.name)
				m := store.Mention{
					RecordID:      fmt.Sprintf("%s-%d", b.Article.ID, i),
					SentenceIndex: len(b.Sentences),
					Date:          SynthStart.AddDate(0, 0, st.day),
					DatePrecision: store.PrecisionDay,
					DateBasis:     "article",
					Source:        store.Actor{Text: srcText, Code: src.code, Name: src.name, Country: src.country},
					Target:        store.Actor{Text: strings.ToLower(tgt.name), Code: tgt.code, Name: tgt.name, Country: tgt.country},
					CAMEO:         ev.Code,
					Root:          ev.Root,
					QuadClass:     int(ev.QuadClass),
					Goldstein:     ev.Goldstein,
					Coder:         "synthetic",
				}
				if p := cameo.PLOVER(ev.Code); p != nil {
					m.PLOVER = p.Type
				}
				switch x := r.Float64(); {
				case x < 0.05:
					m.DatePrecision = store.PrecisionMonth
					m.Date = m.Date.AddDate(0, 0, 1-m.Date.Day())
				case x < 0.08:
					m.DatePrecision = store.PrecisionYear
					m.Date = time.Date(m.Date.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
				}
				switch x := r.Float64(); {
				case x < 0.01:
					m.Flags.Negated = true
				case x < 0.02:
					m.Flags.Historical = true
				case x < 0.03:
					m.Flags.Future = true
				case x < 0.04:
					m.Flags.Hypothetical = true
				case x < 0.10:
					m.Flags.Quoted = true
				}
				if r.Float64() < 0.03 {
					m.Source = store.Actor{Text: synthUnknown[r.IntN(len(synthUnknown))]}
					srcText = m.Source.Text
				}
				if st.place >= 0 {
					l := synthPlaces[st.place]
					l.Resolution, l.Basis = "city", "text"
					m.Location = &l
				}
				text.WriteString("The ")
				m.Source.Start, m.Source.End = text.Len(), text.Len()+len(srcText)
				text.WriteString(srcText)
				text.WriteString(" ")
				m.Verb = store.Span{Start: text.Len(), End: text.Len() + len(ev.Name)}
				text.WriteString(strings.ToLower(ev.Name))
				text.WriteString(" with ")
				m.Target.Start, m.Target.End = text.Len(), text.Len()+len(m.Target.Text)
				text.WriteString(m.Target.Text)
				if m.Location != nil {
					text.WriteString(" in " + m.Location.Name)
				}
				text.WriteString(".")
				b.Sentences = append(b.Sentences, store.Span{Start: start, End: text.Len()})
				b.Mentions = append(b.Mentions, m)
				for range r.IntN(2) {
					text.WriteString(" ")
					start := text.Len()
					for w := range 8 + r.IntN(10) {
						if w > 0 {
							text.WriteString(" ")
						}
						text.WriteString(fillers[r.IntN(len(fillers))])
					}
					text.WriteString(".")
					b.Sentences = append(b.Sentences, store.Span{Start: start, End: text.Len()})
				}
			}
			b.Article.Text = text.String()
			made += k
			if !yield(b) {
				return
			}
		}
	}
}
