package nlp

import "strings"

// titleNouns are the nouns of office that an -ing word before them
// modifies as part of the title ("Managing Director", "Acting President",
// "presiding judge").
var titleNouns = map[string]bool{
	"director": true, "president": true, "chairman": true, "chairwoman": true,
	"chair": true, "secretary": true, "editor": true, "governor": true,
	"commander": true, "minister": true, "premier": true, "prime": true,
	"head": true, "chief": true, "manager": true, "partner": true,
	"officer": true, "judge": true, "mayor": true, "ambassador": true,
	"general": true, "leader": true, "deputy": true, "vice": true,
}

// titleGerunds are the -ing words that open a title ("Managing
// Director", "acting president"); other -ing words before a title are
// verbs taking the titled person as object ("sending Secretary of State
// George Shultz").
var titleGerunds = map[string]bool{
	"managing": true, "acting": true, "presiding": true, "outgoing": true,
	"incoming": true, "commanding": true, "reigning": true, "retiring": true,
}

// RepairTitleParticiple retags as an adjective (JJ) a participle the
// tagger read as a verb where it is part of a noun phrase: an -ing word
// of titleGerunds (VBG, or a VERB tagged NNP after a name) right before a noun of office (titleNouns: "Managing Director
// Michel Camdessus", "Acting President") or before up to three
// capitalised words of the title that end in one ("acting Finance
// Minister Giovanni Goria"), and a participle (VBN, VBD)
// after a superlative "most" or "least" and before a noun ("Most
// Favoured Nation status", "the most wanted man"). Read as verbs they
// take the title or the status out of the noun phrase, and the person
// holding it loses the title. It reports how many it changed.
func RepairTitleParticiple(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 0; i+1 < len(toks); i++ {
		next := toks[i+1]
		tag := toks[i].XPOS
		if tag == "NNP" && toks[i].UPOS == "VERB" && strings.HasSuffix(toks[i].Text, "ing") {
			tag = "VBG" // "IMF Managing Director": a verb tagged as part of the name
		}
		switch tag {
		case "VBG":
			if !LowerLookup(titleGerunds, toks[i].Text) {
				continue
			}
			// The title's own capitalised words may stand between
			// ("acting Finance Minister", "outgoing Deputy Treasury
			// Secretary", "Acting Turkish Prime Minister").
			j := i + 1
			for j < len(toks) && j-i <= 3 && !LowerLookup(titleNouns, toks[j].Text) && titleWord(toks[j]) {
				j++
			}
			if j >= len(toks) || !LowerLookup(titleNouns, toks[j].Text) || !strings.HasPrefix(toks[j].XPOS, "NN") || j > i+1 && !titleWord(toks[j]) {
				continue
			}
		case "VBN", "VBD":
			if i == 0 || !strings.EqualFold(toks[i-1].Text, "most") && !strings.EqualFold(toks[i-1].Text, "least") ||
				!strings.HasPrefix(next.XPOS, "NN") {
				continue
			}
		default:
			continue
		}
		toks[i].XPOS, toks[i].UPOS = "JJ", "ADJ"
		n++
	}
	return n
}

// titleWord reports whether token t may be a word of a capitalised title
// of office: a proper noun or an adjective written with a capital
// ("Finance", "Deputy", "Turkish").
func titleWord(t Token) bool {
	switch t.XPOS {
	case "NNP", "NNPS", "JJ":
		return capitalisedASCII(t.Text)
	}
	return false
}

// eventGerunds are -ing nouns naming a gathering or an act, which a
// determiner and a noun before them show to be nouns ("a Labour Party
// gathering", "the cabinet hearing").
var eventGerunds = map[string]bool{
	"gathering": true, "meeting": true, "hearing": true, "briefing": true,
	"bombing": true, "uprising": true, "spending": true, "funding": true,
}

// RepairEventGerund retags as a noun (NN) an -ing word of eventGerunds
// that the tagger read as a verb (VBG) at the end of a noun phrase
// opened by a determiner, a possessive or a number and continued only by
// nouns and adjectives, the last one singular ("told a Labour Party
// gathering that ...", "addressed the party's spring meeting"), when no
// object follows it; after a plural noun it is a verb ("the ministers
// meeting in Brussels").
// As a verb it takes the phrase's head and makes a clause of it, and
// the one addressed is lost. It reports how many it changed.
func RepairEventGerund(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 2; i < len(toks); i++ {
		if toks[i].XPOS != "VBG" || !LowerLookup(eventGerunds, toks[i].Text) || toks[i-1].XPOS != "NN" && toks[i-1].XPOS != "NNP" {
			continue
		}
		k := i - 1
		for k > 0 && (strings.HasPrefix(toks[k].XPOS, "NN") || toks[k].XPOS == "JJ") {
			k--
		}
		switch toks[k].XPOS {
		case "DT", "PRP$", "POS", "CD":
		default:
			continue
		}
		if strings.EqualFold(toks[k].Text, "that") || strings.EqualFold(toks[k].Text, "those") {
			continue // "said that ministers meeting ..." may open a clause
		}
		if i+1 < len(toks) {
			switch toks[i+1].XPOS {
			case "DT", "PRP$", "PRP", "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD":
				continue
			}
		}
		toks[i].XPOS, toks[i].UPOS = "NN", "NOUN"
		n++
	}
	return n
}

// policyNouns are nouns of policy that are also verbs ("control",
// "reform"), read by the tagger as a verb after a bare noun.
var policyNouns = map[string]string{
	"control": "NN", "controls": "NNS", "reform": "NN", "reforms": "NNS",
	"trade": "NN", "curbs": "NNS", "cuts": "NNS", "limits": "NNS",
	"exports": "NNS", "imports": "NNS", "sales": "NNS", "freeze": "NN",
	"ban": "NN", "bans": "NNS", "embargo": "NN", "deals": "NNS",
	"transfers": "NNS", "quotas": "NNS", "rises": "NNS", "increases": "NNS",
}

// prepositionsOnly are prepositions that never open a clause, so that a
// bare noun after them is no subject.
var prepositionsOnly = map[string]bool{
	"on": true, "for": true, "about": true, "over": true,
	"with": true, "against": true, "into": true, "from": true, "by": true,
	"under": true, "at": true, "in": true, "among": true, "between": true,
	"toward": true, "towards": true, "without": true, "amid": true,
}

// RepairPolicyCompound retags as a noun a policy noun (policyNouns) that
// the tagger read as a present-tense verb (VBP, VBZ) after a bare common
// noun that is no subject: one right after a preposition that opens no
// clause ("talks on arms control in Geneva", "a row over price rises"),
// or "arms" wherever it stands ("urged arms control talks"). It keeps the
// verb when it has an object, or when the preposition is "of", which
// ends a subject ("a majority of voters support the plan"). It reports
// how many it changed.
func RepairPolicyCompound(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for i := 1; i < len(toks); i++ {
		if toks[i].XPOS != "VBP" && toks[i].XPOS != "VBZ" {
			continue
		}
		tag := LowerLookup(policyNouns, toks[i].Text)
		if tag == "" {
			continue
		}
		prev := toks[i-1]
		if prev.XPOS != "NN" && prev.XPOS != "NNS" {
			continue
		}
		if !strings.EqualFold(prev.Text, "arms") {
			if i < 2 || !LowerLookup(prepositionsOnly, toks[i-2].Text) || toks[i-2].XPOS != "IN" {
				continue
			}
			if i+1 < len(toks) {
				switch toks[i+1].XPOS {
				case "DT", "PRP$", "PRP", "NNP", "NNPS", "JJ", "CD":
					continue
				}
			}
		}
		toks[i].XPOS, toks[i].UPOS = tag, "NOUN"
		n++
	}
	return n
}

// currencyWords are currency symbols and the words news text writes for
// them before an amount ("pounds 3bn", as BBC text renders "£3bn").
var currencyWords = NewLowerMap(map[string]bool{
	"$": true, "£": true, "€": true, "us$": true, "pounds": true, "pound": true,
	"dollars": true, "euros": true, "yen": true, "francs": true, "marks": true,
})

// amountWord reports whether a token is part of a written amount: a
// number or a scale word ("3", "bn", "million").
func amountWord(t Token) bool {
	switch strings.ToLower(t.Text) {
	case "m", "bn", "mn", "k", "million", "billion", "trillion":
		return true
	}
	return t.XPOS == "CD"
}

// RepairCurrencyAmount mends a noun phrase whose noun is preceded by a
// sum of money, a currency word and an amount ("the UK's pounds 3bn
// rebate", "a $500 million loan"), when the parser made the currency
// word the phrase's head and hung the noun elsewhere (an xcomp, a
// compound of a following adjective): the noun after the amount (the
// last of a run of nouns: "aid package") takes the currency word's head,
// relation and dependents other than the amount, and the currency word
// becomes its compound, with the amount as the currency word's nummod.
// "called the UK's pounds 3bn rebate unjustified" then has "rebate" as
// the object owned by the UK. A currency word coordinated with an
// amount before it is left alone: the noun after it belongs to both
// ("$10 and $8 payments"). It reports how many phrases it changed.
func RepairCurrencyAmount(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := 0; c+2 < len(toks); c++ {
		if !currencyWords.Get(toks[c].Text) || !amountWord(toks[c+1]) {
			continue
		}
		j := c + 1
		for j < len(toks) && amountWord(toks[j]) {
			j++
		}
		e := j
		for e < len(toks) && (toks[e].XPOS == "NN" || toks[e].XPOS == "NNS") && !amountWord(toks[e]) {
			e++
		}
		if e == j {
			continue
		}
		h := e - 1
		if toks[c].Head == h+1 || toks[c].Head > 0 && (toks[c].Head-1 == h || Dominates(toks, h, toks[c].Head-1)) {
			continue
		}
		if toks[c].Rel == "conj" {
			continue // "$10 and $8 payments": the noun is both amounts'
		}
		for k := range toks {
			if toks[k].Head == c+1 && k != h && (k < c+1 || k >= j) {
				toks[k].Head = h + 1
			}
		}
		toks[h].Head, toks[h].Rel = toks[c].Head, toks[c].Rel
		toks[c].Head, toks[c].Rel = h+1, "compound"
		for k := c + 1; k < j-1; k++ {
			toks[k].Head, toks[k].Rel = j, "compound"
		}
		toks[j-1].Head, toks[j-1].Rel = c+1, "nummod"
		for k := j; k < h; k++ {
			toks[k].Head, toks[k].Rel = h+1, "compound"
		}
		n++
		c = h
	}
	return n
}
