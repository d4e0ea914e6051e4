package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"tacitus/dictionary"
	"tacitus/nlp"
)

func TestNormalizeActor(t *testing.T) {
	cases := []struct {
		name, code, country, want string
	}{
		{name: "country alone", code: "JPN", country: "USA", want: "JPN"},
		{name: "one role kept", code: "GBRGOV", country: "", want: "GBRGOV"},
		{name: "deeper roles dropped", code: "ARGMILGOV", country: "", want: "ARGMIL"},
		{name: "organisation kept whole", code: "IGOEUREEC", country: "BEL", want: "IGOEUREEC"},
		{name: "named group kept whole", code: "PSEREBHMS", country: "", want: "PSEREBHMS"},
		{name: "secondary sector dropped", code: "USAGOVBUS", country: "", want: "USAGOV"},
		{name: "legislature", code: "DEUGOVLEG", country: "", want: "DEULEG"},
		{name: "former holder of a named office", code: "GBRGOVELI", country: "", want: "GBRELI"},
		{name: "organisation's people", code: "IGOEUREECGOV", country: "", want: "IGOEUREEC"},
		{name: "a company's trade word dropped", code: "MNCUSABUS", country: "", want: "MNCUSA"},
		{name: "a company's sector and trade word dropped", code: "MNCGBRMEDBUS", country: "", want: "MNCGBR"},
		{name: "organisation ending in a group", code: "IGOUNOHLHWHO", country: "", want: "IGOUNOHLHWHO"},
		{name: "agent takes the article country", code: "---COP", country: "HUN", want: "HUNCOP"},
		{name: "agent with deeper roles", code: "---GOVAGR", country: "JPN", want: "JPNGOV"},
		{name: "agent without a known country", code: "---GOV", country: "", want: "---GOV"},
		{name: "a religion is the role REL", code: "GBRCHRCTH", country: "", want: "GBRREL"},
		{name: "an agent's religion", code: "---MUSSHI", country: "IRQ", want: "IRQREL"},
		{name: "a group's religion kept", code: "IMGMUSISI", country: "IRQ", want: "IMGMUSISI"},
		{name: "armed men of a religion are armed men", code: "---MUSUAF", country: "PAK", want: "PAKUAF"},
		{name: "rebels of a denomination", code: "IRQMUSSHIREB", country: "", want: "IRQREB"},
		{name: "clergy of a denomination", code: "IRQMUSSHIGOV", country: "", want: "IRQREL"},
		{name: "bare null", code: "---", country: "HUN", want: "---"},
		{name: "an occupied country is the country", code: "IRQOCC", country: "", want: "IRQ"},
		{name: "an occupied country's role kept", code: "KWTOCCGOV", country: "", want: "KWTGOV"},
		{name: "a republic of a federation is the federation", code: "SCGSRB", country: "", want: "SCG"},
		{name: "a republic's role follows the federation", code: "SCGSRBCOP", country: "", want: "SCGCOP"},
		{name: "a federation's own role kept", code: "SUNGOV", country: "", want: "SUNGOV"},
		{name: "new actor", code: `"FOO BAR"`, country: "HUN", want: `"FOO BAR"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := normalizeActor(tc.code, tc.country); got != tc.want {
				t.Errorf("normalizeActor(%q, %q) = %q, want %q", tc.code, tc.country, got, tc.want)
			}
		})
	}
}

func TestViolenceCode(t *testing.T) {
	cases := []struct {
		name, code, source, want string
	}{
		{name: "civilian killing is an assault", code: "190", source: "USACVL", want: "180"},
		{name: "criminal", code: "193", source: "HUNCRM", want: "180"},
		{name: "army keeps military force", code: "190", source: "ARGMIL", want: "190"},
		{name: "country keeps military force", code: "190", source: "ISR", want: "190"},
		{name: "rebels keep military force", code: "190", source: "COLREB", want: "190"},
		{name: "other roots unchanged", code: "111", source: "USACVL", want: "111"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := violenceCode(tc.code, tc.source); got != tc.want {
				t.Errorf("violenceCode(%q, %q) = %q, want %q", tc.code, tc.source, got, tc.want)
			}
		})
	}
}

func TestArticleCountry(t *testing.T) {
	x := testExtractor(t)
	var c countryCounter
	for _, w := range [][]string{
		{"POLICE", "IN", "HUNGARY", "ARRESTED", "A", "MAN"},
		{"AUSTRIA", "AND", "HUNGARY", "SIGNED", "A", "TREATY"},
	} {
		c.add(x.dict.Set, dictionary.HashWords(w), nil, 0, 1, nil)
	}
	if got := c.best(); got != "HUN" {
		t.Errorf("best country = %q, want HUN", got)
	}
	// The lead's country outweighs the places a story lists abroad.
	var lead countryCounter
	lead.add(x.dict.Set, dictionary.HashWords([]string{"BRITAIN", "WILL", "CLOSE", "NINE", "EMBASSIES"}), nil, 0, leadWeight, nil)
	lead.add(x.dict.Set, dictionary.HashWords([]string{"THEY", "INCLUDE", "DALLAS", "IN", "THE", "US"}), nil, 0, 1, nil)
	if got := lead.best(); got != "GBR" {
		t.Errorf("best country with a weighted lead = %q, want GBR", got)
	}
	// The supplement's parties count where the set names no actor.
	party := countryCounter{supp: x.suppActors}
	party.add(x.dict.Set, dictionary.HashWords([]string{"MR", "HOWARD", "ATTACKED", "LABOUR"}), nil, 0, 1, nil)
	if got := party.best(); got != "GBR" {
		t.Errorf("best country of a party of the supplement = %q, want GBR", got)
	}
}

func TestArticleCountryTopic(t *testing.T) {
	x := testExtractor(t)
	// A country's name modifying a topic noun is not counted; a
	// nationality adjective is.
	var c countryCounter
	caps := []bool{true, false, false, false, false, false, false, true, false}
	c.add(x.dict.Set, dictionary.HashWords([]string{"THE", "ANNIVERSARY", "OF", "THE", "START", "OF", "THE", "IRAQ", "WAR"}), caps, 0, leadWeight, x.countryName)
	c.add(x.dict.Set, dictionary.HashWords([]string{"CHAIRMEN", "OF", "THE", "SELECT", "IRAN", "COMMITTEES", "SPOKE"}), nil, 0, leadWeight, x.countryName)
	c.add(x.dict.Set, dictionary.HashWords([]string{"THE", "TORIES", "BLAMED", "BRITAIN"}), nil, 0, 1, x.countryName)
	if got := c.best(); got != "GBR" {
		t.Errorf("best country = %q, want GBR", got)
	}
	var adj countryCounter
	adj.add(x.dict.Set, dictionary.HashWords([]string{"IRAQI", "COMMITTEES", "MET"}), nil, 0, 1, x.countryName)
	if got := adj.best(); got != "IRQ" {
		t.Errorf("best country of a nationality adjective = %q, want IRQ", got)
	}
}

func TestAllCapsTitle(t *testing.T) {
	cases := []struct {
		title string
		want  bool
	}{
		{title: "JAPAN WARNS U.S. ON TRADE SANCTIONS", want: true},
		{title: "Japan warns U.S. on trade sanctions", want: false},
		{title: "1987", want: false},
	}
	for _, tc := range cases {
		t.Run(tc.title, func(t *testing.T) {
			if got := allCaps(tc.title); got != tc.want {
				t.Errorf("allCaps(%q) = %v, want %v", tc.title, got, tc.want)
			}
		})
	}
}

func TestPrefilterPronouns(t *testing.T) {
	x := testExtractor(t)
	sent := func(words ...string) nlp.Sentence {
		var s nlp.Sentence
		off := 0
		for _, w := range words {
			s.Tokens = append(s.Tokens, nlp.Token{Text: w, Start: off, End: off + len(w)})
			off += len(w) + 1
		}
		return s
	}
	cases := []struct {
		name     string
		s        nlp.Sentence
		pronouns bool
		want     bool
	}{
		{name: "two actors", s: sent("Japan", "warned", "France"), want: true},
		{name: "one actor", s: sent("Japan", "warned", "nobody"), want: false},
		{name: "pronoun counted", s: sent("He", "will", "meet", "France"), pronouns: true, want: true},
		{name: "pronoun ignored", s: sent("He", "will", "meet", "France"), pronouns: false, want: false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := x.filter
			p.pronouns = tc.pronouns
			words, joined := prefilterWords(tc.s, nil, nil)
			if got := p.mayCode(dictionary.HashWords(words), nil, nil) || p.mayCode(dictionary.HashWords(joined), nil, nil); got != tc.want {
				t.Errorf("mayCode = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSentenceWords checks that the word lists of an article's sentences,
// made in shared arrays, are those of each sentence alone.
func TestSentenceWords(t *testing.T) {
	toks := func(text string, words ...string) nlp.Sentence {
		var s nlp.Sentence
		off := 0
		for _, w := range words {
			off += strings.Index(text[off:], w)
			s.Tokens = append(s.Tokens, nlp.Token{Text: w, Start: off, End: off + len(w)})
			off += len(w)
		}
		return s
	}
	sents := []sentence{
		{Sentence: toks("U.S.-backed forces left Kabul.", "U.S.", "-", "backed", "forces", "left", "Kabul", ".")},
		{},
		{Sentence: toks("Iran’s envoy met the pro-Western minister", "Iran", "’s", "envoy", "met", "the", "pro", "-", "Western", "minister")},
	}
	words, joined, caps := sentenceWords(sents)
	for i, s := range sents {
		var c []bool
		w, j := prefilterWordsCaps(s.Sentence, nil, nil, &c)
		if !slices.Equal(words[i], w) || !slices.Equal(joined[i], j) || !slices.Equal(caps[i], c) {
			t.Errorf("sentence %d: %q %q %v, alone %q %q %v", i, words[i], joined[i], caps[i], w, j, c)
		}
	}
}

// TestActorsCountry checks the country an article without a dateline
// country takes from its actor phrases: the lead's count leadWeight
// times, so Britain named once in the lead outweighs France named twice
// later.
func TestActorsCountry(t *testing.T) {
	x := testExtractor(t)
	text := "Britain will send more troops, a spokesman said. France has asked for help. The request came from France in May."
	var buf []nlp.Token
	var sents []sentence
	for i, s := range x.segment(&buf, text) {
		sents = append(sents, sentence{Sentence: s, text: text, index: i})
	}
	words, _, caps := sentenceWords(sents)
	hashed := make([]dictionary.Words, len(sents))
	for i := range sents {
		hashed[i].Set(words[i])
	}
	hw := func(i int) *dictionary.Words { return &hashed[i] }
	if got := x.actorsCountry(sents, hw, caps, time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC)); got != "GBR" {
		t.Errorf("actorsCountry = %q, want GBR", got)
	}
	sents[0].index = 1 // no lead: France's two mentions win
	if got := x.actorsCountry(sents, hw, caps, time.Time{}); got != "FRA" {
		t.Errorf("actorsCountry without a lead = %q, want FRA", got)
	}
}
