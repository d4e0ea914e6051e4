package actors

import (
	"strings"
	"testing"

	"tacitus/nlp"
	"tacitus/nlp/models"
)

// TestRealParses runs news phrases through the default NLP models and
// checks the mention found at a word of the article's last sentence.
func TestRealParses(t *testing.T) {
	p, err := models.Default()
	if err != nil {
		t.Skipf("default NLP models unavailable: %v", err)
	}
	r := recognizer(t)
	tests := []struct {
		name    string
		article string // the last sentence holds Word
		word    string // a word of the mention (its first occurrence in the last sentence)
		code    string // "" with kind 0 and none=true: no mention there
		kind    Kind
		resol   bool
		none    bool
		members []string
		year    int    // sentence date's year; 2004 when 0
		country string // the article's country (Document.SetCountry), as package extract sets it
	}{
		{name: "nationality and agent", article: "Iranian police arrested dozens of protesters.", word: "police", code: "IRNCOP", kind: Named},
		{name: "a state's negotiators are its government", article: "Japanese negotiators rejected the proposal.", word: "negotiators", code: "JPNGOV", kind: Named, year: 1987},
		{name: "negotiators of no country named take none from the context", article: "Mexican officials met Bolivian bankers in La Paz. The negotiators rejected the proposal.", word: "negotiators", none: true, year: 1987},
		{name: "a debtor's creditor banks are multinational", article: "Brazil resumed talks with its creditor banks.", word: "banks", code: "MNC", kind: Agent, resol: true, year: 1987},
		{name: "a firm's name with a state's agent word is no ministry", article: "Amir Mines Ltd said it completed negotiations with institutional investors in Britain.", word: "Mines", code: "---", kind: NotActor, year: 1987},
		{name: "possessive title", article: "Iran's foreign minister arrived in Beirut on Tuesday.", word: "minister", code: "IRNGOV", kind: Named},
		{name: "an organisation's name of the form X of Y", article: "The Organization of American States criticized Venezuela.", word: "Organization", code: "IGOOAS", kind: Named},
		{name: "an organisation's name of the form X of Y, capitalised", article: "The Organisation of African Unity criticized Venezuela.", word: "Organisation", code: "IGOAFROAU", kind: Named},
		{name: "of-phrase", article: "The police of Iran detained two journalists.", word: "police", code: "IRNCOP", kind: Named},
		{name: "capital metonymy", article: "Tehran said the sanctions were illegal.", word: "Tehran", code: "IRNGOV", kind: Named},
		{name: "capital metonymy Washington", article: "Washington accused Moscow of meddling in the election.", word: "Washington", code: "USAGOV", kind: Named},
		{name: "capital as object", article: "Washington accused Moscow of meddling in the election.", word: "Moscow", code: "RUSGOV", kind: Named},
		{name: "locative capital is no actor", article: "The ministers met in Tehran on Monday.", word: "Tehran", none: true},
		{name: "locative country is no actor", article: "Protesters gathered in Iran last week.", word: "Iran", none: true},
		{name: "coordination", article: "Israel and Egypt signed a peace treaty.", word: "Israel", code: "ISR", kind: Named, members: []string{"ISR", "EGY"}},
		{name: "second member", article: "Israel and Egypt signed a peace treaty.", word: "Egypt", code: "EGY", kind: Named},
		{name: "a country's possessive before a coordinated title is no member", article: "A trade pact was agreed between President Francois Mitterrand and Brazil's President Jose Sarney when they talked in Paris.", word: "Mitterrand", code: "FRAGOV", kind: Named, members: []string{"FRAGOV", "BRAGOV"}, year: 1987},
		{name: "Mr and surname", article: "Mr Blair told parliament that the war was justified.", word: "Blair", code: "GBRGOV", kind: Named},
		{name: "title and surname", article: "President Reagan met Soviet leaders in Geneva.", word: "Reagan", code: "USAGOV", kind: Named, year: 1985},
		{name: "title and known person", article: "Prime Minister Tony Blair visited Baghdad.", word: "Blair", code: "GBRGOV", kind: Named},
		{name: "hyphenated group", article: "Al-Qaeda claimed responsibility for the attack.", word: "Qaeda", code: "IMGMUSALQ", kind: Named},
		{name: "Pentagon", article: "The Pentagon said the troops would stay.", word: "Pentagon", code: "USAMIL", kind: Named},
		{name: "White House", article: "The White House rejected the offer.", word: "House", code: "USAGOV", kind: Named},
		{name: "Kremlin", article: "The Kremlin denied the report.", word: "Kremlin", code: "RUSGOV", kind: Named},
		{name: "Downing Street", article: "Downing Street has declined to comment.", word: "Downing", code: "GBRGOV", kind: Named},
		{name: "Tories in opposition", article: "The Tories attacked the budget.", word: "Tories", code: "GBROPP", kind: Named},
		{name: "Tories in government", article: "The Tories attacked the budget.", word: "Tories", code: "GBRGOV", kind: Named, year: 2012},
		{name: "a party's strategists are the party", article: "Labour strategists accused the Conservatives of scaremongering.", word: "strategists", code: "GBRGOV", kind: Named, year: 2005},
		{name: "a party's sources are the party", article: "Senior Tory sources criticised the chancellor.", word: "sources", code: "GBROPP", kind: Named, year: 2005},
		{name: "a party's supporters are not the party", article: "Tory supporters criticised the chancellor.", word: "supporters", none: true, year: 2005},
		{name: "a place written as a surname after a form of address is no actor", article: "Mr Rhodes criticised the Brazilian government.", word: "Rhodes", code: "---", kind: NotActor, year: 1987},
		{name: "a word of rank opening the sentence is no part of a name", article: "Senior Conservatives criticised the chancellor.", word: "Conservatives", code: "GBROPP", kind: Named, year: 2005},
		{name: "Tory adjective", article: "Tory spokesman David Davis told MPs that ministers were giving away too much power.", word: "spokesman", code: "GBROPP", kind: Named},
		{name: "Democrats in opposition", article: "Democrats blocked the bill.", word: "Democrats", code: "USAOPP", kind: Named},
		{name: "Democrats in government", article: "Democrats blocked the bill.", word: "Democrats", code: "USAGOV", kind: Named, year: 2010},
		{name: "Congress", article: "Congress approved the funding.", word: "Congress", code: "USALEG", kind: Named},
		{name: "he after a named person", article: "Tony Blair arrived in Washington. He said the talks went well.", word: "He", code: "GBRGOV", kind: Pronoun, resol: true},
		{name: "the movement after Hamas", article: "Hamas fired rockets into Israel. The movement said it would continue.", word: "movement", code: "PSEREBHMS", kind: Nominal, resol: true},
		{name: "they after a group", article: "Hezbollah fighters crossed the border. They attacked a patrol.", word: "They", code: "LBNREB", kind: Pronoun, resol: true},
		{name: "the former", article: "Israel and Egypt held talks. The former rejected the plan.", word: "former", code: "ISR", kind: Nominal, resol: true},
		{name: "both countries", article: "Israel and Egypt held talks. Both countries agreed to meet again.", word: "countries", code: "ISR", kind: Nominal, resol: true, members: []string{"ISR", "EGY"}},
		{name: "agent with context", article: "Iranian troops crossed the border. Police said three people died.", word: "Police", code: "IRNCOP", kind: Agent, resol: true},
		{name: "agent alone", article: "Police said three people died.", word: "Police", code: "---COP", kind: Agent},
		{name: "the West cut short by a longer name", article: "The Bundesbank criticised the West German government.", word: "government", code: "DEUGOV", kind: Named, year: 1987},
		{name: "the West alone", article: "The West criticised Russia.", word: "West", code: "WST", kind: Named, year: 2014},
		{name: "a foreign elite by surname alone is a namesake", article: "China's banks borrowed yen. Leveque said the Chinese authorities are attentive to the debt.", word: "Leveque", code: "", kind: Unknown, year: 1987},
		{name: "shadow minister is opposition", article: "Tony Blair spoke in London. The shadow home secretary criticised the plan.", word: "secretary", code: "GBROPP", kind: Agent, resol: true, year: 2005},
		{name: "shadow title before a known person", article: "Shadow chancellor Oliver Letwin criticised Gordon Brown.", word: "Letwin", code: "GBROPP", kind: Named, year: 2005},
		{name: "deputy office", article: "Japan's deputy foreign minister visited Seoul.", word: "minister", code: "JPNGOV", kind: Named, year: 1987},
		{name: "post at a known firm", article: "Oil will firm next month, said Peter Elden, a senior vice president at Merrill Lynch Futures.", word: "Elden", code: "MNCUSA", kind: Named, year: 1987},
		{name: "post at a bank of a country", article: "Bond yields will ease, said Kenji Tanabe, an assistant general manager at the Industrial Bank of Japan.", word: "Tanabe", code: "JPNBUS", kind: Named, year: 1987},
		{name: "post at an unknown firm is no other namesake", article: "Steven Bell, chief economist at Morgan Grenfell Securities, said money was flowing back. Bell said rates would fall.", word: "Bell", code: "", kind: Unknown, year: 1987},
		{name: "surname tie broken by the story's country", article: "Labour said taxes would fall. The Treasury set the Budget date. Mr Brown announced the date in a statement.", word: "Brown", code: "GBRGOV", kind: Named, country: "GBR"},
		{name: "unknown name", article: "Vikram Zorblax signed a contract with the ministry.", word: "Zorblax", code: "", kind: Unknown},
		{name: "unknown full name then surname", article: "Jack McTavish spoke to pupils. Critics said Mr McTavish was wrong.", word: "McTavish", code: "", kind: Unknown},
		{name: "full name of a namesake", article: "Reporters asked Harold Davis about the plan.", word: "Davis", code: "", kind: Unknown},
		{name: "lower-case group name", article: "Turkey called the issue a red line.", word: "red", none: true},
		{name: "a country's leaders", article: "Lebanon's president held talks with Syrian leaders in Damascus.", word: "leaders", code: "SYRGOV", kind: Named},
		{name: "a party's leader", article: "The Tory leader criticised the budget.", word: "leader", code: "GBROPP", kind: Named},
		{name: "an agreement named after a city", article: "Japan has not ratified the Kyoto Protocol.", word: "Protocol", code: "---", kind: NotActor},
		{name: "the possessor of a plan", article: "Russia rejected Israel's plan.", word: "Israel", code: "ISR", kind: Named},
		{name: "the place an agreement is named after", article: "Japan has not ratified the Kyoto Protocol.", word: "Kyoto", code: "---", kind: NotActor},
		{name: "a null phrase of lower-case words", article: "Annan said the international community must respond.", word: "community", none: true},
		{name: "the House of Lords", article: "The Lords rejected the bill.", word: "Lords", code: "GBRLEG", kind: Named},
		{name: "another country's party", article: "The Christian Democrats won the election.", word: "Democrats", code: "---PTY", kind: Agent},
		{name: "a name a capital begins is not its government", article: "The London Club agreed to reschedule the debts.", word: "Club", code: "GBR", kind: Named},
		{name: "the Paris Club of creditor governments", article: "The Paris Club agreed to reschedule the debts.", word: "Club", code: "IGOWSTBUS", kind: Named},
		{name: "a lower-case word is no surname", article: "Prime Minister Brian Mulroney said he held \"frank\" discussions with the premiers.", word: "frank", none: true},
		{name: "an agent's own place", article: "US drones struck militants in Pakistan on Sunday.", word: "militants", code: "PAKREB", kind: Agent, resol: true},
		{name: "a currency as subject is no actor", article: "The U.S. dollar fell against the yen.", word: "dollar", code: "---", kind: NotActor},
		{name: "us is a pronoun", article: "They told us nothing.", word: "us", none: true},
		{name: "a name with 'and' that the parser coordinated", article: "The Securities and Exchange Commission sued the company.", word: "Commission", code: "USAGOV", kind: Named, year: 1987},
		{name: "the coordinated name is one mention", article: "The Securities and Exchange Commission sued the company.", word: "Securities", code: "USAGOV", kind: Named, year: 1987},
		{name: "two countries stay two", article: "Britain and France criticised the plan.", word: "Britain", code: "GBR", kind: Named, members: []string{"GBR", "FRA"}},
		{name: "a committee of the House", article: "The House Banking Committee criticised the Federal Reserve.", word: "Committee", code: "USALEG", kind: Agent, resol: true, country: "USA", year: 1987},
		{name: "a House committee in a story of no known country is the U.S. House's", article: "The House Banking Committee met on Monday.", word: "Committee", code: "USALEG", kind: Agent, resol: true, year: 1987},
		{name: "a House committee outside the United States and Britain", article: "The House Banking Committee met on Monday.", word: "Committee", code: "", kind: Unknown, country: "JPN", year: 1987},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := p.Parse(tc.article)
			if len(sents) == 0 {
				t.Fatal("no sentence")
			}
			var doc Document
			doc.SetCountry(tc.country)
			var ms []Mention
			year := tc.year
			if year == 0 {
				year = 2004
			}
			for _, s := range sents {
				ms = r.Sentence(&doc, tc.article, s, day(year, 3, 1))
			}
			last := sents[len(sents)-1]
			tok := wordIndex(last, tc.word)
			if tok == 0 {
				t.Fatalf("word %q not in the last sentence", tc.word)
			}
			m, ok := At(ms, tok)
			if tc.none {
				if ok {
					t.Errorf("got mention %q (%s), want none; parse:\n%s", m.Text, m.Code, dump(last))
				}
				return
			}
			if !ok {
				t.Fatalf("no mention at %q; mentions %+v; parse:\n%s", tc.word, summarize(ms), dump(last))
			}
			if m.Code != tc.code || m.Kind != tc.kind || m.Resolved != tc.resol {
				t.Errorf("at %q: got %q %s resolved=%v (%q), want %q %s resolved=%v; parse:\n%s",
					tc.word, m.Code, m.Kind, m.Resolved, m.Text, tc.code, tc.kind, tc.resol, dump(last))
			}
			if tc.members != nil {
				var got []string
				for _, x := range outer(ms, tok).Members {
					got = append(got, x.Code)
				}
				if strings.Join(got, ",") != strings.Join(tc.members, ",") {
					t.Errorf("members %v, want %v", got, tc.members)
				}
			}
			for _, x := range ms {
				if x.Start < 0 || x.End > len(tc.article) || x.Text != tc.article[x.Start:x.End] {
					t.Errorf("mention %+v: span does not match its text", x)
				}
			}
		})
	}
}

// outer returns the top-level mention holding token tok.
func outer(ms []Mention, tok int) Mention {
	for _, m := range ms {
		if m.First <= tok && tok <= m.Last {
			return m
		}
	}
	return Mention{}
}

// wordIndex returns the 1-based index of the first token spelled w.
func wordIndex(s nlp.Sentence, w string) int {
	for i, tk := range s.Tokens {
		if tk.Text == w {
			return i + 1
		}
	}
	return 0
}

// dump prints a parse for failure messages.
func dump(s nlp.Sentence) string {
	var sb strings.Builder
	for i, tk := range s.Tokens {
		sb.WriteString("  ")
		sb.WriteString(strings.Join([]string{itoa(i + 1), tk.Text, tk.UPOS, tk.XPOS, itoa(tk.Head), tk.Rel}, "\t"))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
