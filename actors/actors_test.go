package actors

import (
	"reflect"
	"testing"
	"time"
)

func TestSentenceHandBuilt(t *testing.T) {
	r := recognizer(t)
	tests := []struct {
		name string
		spec string
		date time.Time
		want []summary
	}{
		{
			name: "nationality adjective composes with agent",
			spec: "Iranian/ADJ/JJ/2/amod police/NOUN/NNS/3/nsubj arrested/VERB/VBD/0/root protesters/NOUN/NNS/3/obj",
			want: []summary{{Text: "Iranian police", Code: "IRNCOP", Kind: Named}, {Text: "protesters", Code: "IRNOPP", Kind: Agent, Resolved: true}},
		},
		{
			name: "possessor composes with title",
			spec: "Iran~/PROPN/NNP/4/nmod:poss 's/PART/POS/1/case foreign/ADJ/JJ/4/amod minister/NOUN/NN/5/nsubj said/VERB/VBD/0/root",
			want: []summary{{Text: "Iran's foreign minister", Code: "IRNGOV", Kind: Named}},
		},
		{
			name: "of-phrase composes",
			spec: "the/DET/DT/2/det police/NOUN/NNS/5/nsubj of/ADP/IN/4/case Iran/PROPN/NNP/2/nmod said/VERB/VBD/0/root",
			want: []summary{{Text: "the police of Iran", Code: "IRNCOP", Kind: Named}},
		},
		{
			name: "capital as subject is its government",
			spec: "Tehran/PROPN/NNP/2/nsubj rejected/VERB/VBD/0/root the/DET/DT/4/det proposal/NOUN/NN/2/obj",
			want: []summary{{Text: "Tehran", Code: "IRNGOV", Kind: Named}},
		},
		{
			name: "capital after a locative preposition is a place",
			spec: "Officials/NOUN/NNS/2/nsubj met/VERB/VBD/0/root in/ADP/IN/4/case Tehran/PROPN/NNP/2/obl",
			want: []summary{{Text: "Officials", Code: "---GOV", Kind: Agent}},
		},
		{
			name: "capital as object of an accusation is its government",
			spec: "Israel/PROPN/NNP/2/nsubj accused/VERB/VBD/0/root Tehran/PROPN/NNP/2/obj",
			want: []summary{{Text: "Israel", Code: "ISR", Kind: Named}, {Text: "Tehran", Code: "IRNGOV", Kind: Named}},
		},
		{
			name: "capital as object of a visit keeps the country code",
			spec: "Modi/PROPN/NNP/2/nsubj visited/VERB/VBD/0/root Tehran/PROPN/NNP/2/obj",
			want: []summary{{Text: "Modi", Code: "INDGOV", Kind: Named}, {Text: "Tehran", Code: "IRN", Kind: Named}},
		},
		{
			name: "coordination of countries",
			spec: "Israel/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc Egypt/PROPN/NNP/1/conj signed/VERB/VBD/0/root",
			want: []summary{{Text: "Israel and Egypt", Code: "ISR", Kind: Named, Members: []string{"ISR", "EGY"}}},
		},
		{
			name: "shared possessor is distributed",
			spec: "Lebanon~/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case president~/NOUN/NN/11/nsubj ,/PUNCT/,/6/punct " +
				"prime/ADJ/JJ/6/amod minister/NOUN/NN/3/conj and/CCONJ/CC/10/cc national/ADJ/JJ/10/amod " +
				"assembly/NOUN/NN/10/compound speaker/NOUN/NN/3/conj met/VERB/VBD/0/root",
			want: []summary{{Text: "Lebanon's president, prime minister and national assembly speaker", Code: "LBNGOV",
				Kind: Named, Members: []string{"LBNGOV", "LBNGOV", "LBNLEG"}}},
		},
		{
			name: "hyphenated name is rejoined",
			spec: "Al~/PROPN/NNP/4/nsubj -~/PUNCT/HYPH/3/punct Qaeda/PROPN/NNP/1/flat claimed/VERB/VBD/0/root",
			want: []summary{{Text: "Al-Qaeda", Code: "IMGMUSALQ", Kind: Named}},
		},
		{
			name: "title and surname of a dictionary person",
			spec: "Mr/PROPN/NNP/2/compound Blair/PROPN/NNP/3/nsubj said/VERB/VBD/0/root",
			date: day(2004, 3, 1),
			want: []summary{{Text: "Mr Blair", Code: "GBRGOV", Kind: Named}},
		},
		{
			name: "ambiguous surname stays unknown",
			spec: "Blair/PROPN/NNP/2/nsubj said/VERB/VBD/0/root",
			date: day(1985, 3, 1),
			want: []summary{{Text: "Blair", Kind: Unknown}},
		},
		{
			name: "a surname shared by a person in office with a career and a one-line entry",
			spec: "Guterres/PROPN/NNP/2/nsubj said/VERB/VBD/0/root",
			date: day(2023, 10, 10),
			want: []summary{{Text: "Guterres", Code: "IGOUNO", Kind: Named}},
		},
		{
			name: "a surname shared by office holders of a major and of small states",
			spec: "Mr/PROPN/NNP/2/compound Clarke/PROPN/NNP/3/nsubj said/VERB/VBD/0/root",
			date: day(2005, 3, 1),
			want: []summary{{Text: "Mr Clarke", Code: "GBRGOV", Kind: Named}},
		},
		{
			name: "a short family name shared by office holders stays unknown",
			spec: "Li/PROPN/NNP/2/nsubj said/VERB/VBD/0/root",
			date: day(1987, 3, 1),
			want: []summary{{Text: "Li", Kind: Unknown}},
		},
		{
			name: "known person keeps his code under a title",
			spec: "Prime/ADJ/JJ/2/amod Minister/PROPN/NNP/3/compound Tony/PROPN/NNP/5/nsubj Blair/PROPN/NNP/3/flat said/VERB/VBD/0/root",
			date: day(2004, 3, 1),
			want: []summary{{Text: "Prime Minister Tony Blair", Code: "GBRGOV", Kind: Named}},
		},
		{
			name: "date-restricted code",
			spec: "Tony/PROPN/NNP/3/nsubj Blair/PROPN/NNP/1/flat said/VERB/VBD/0/root",
			date: day(2012, 3, 1),
			want: []summary{{Text: "Tony Blair", Code: "GBRELI", Kind: Named}},
		},
		{
			name: "lower-case pronoun us is not the United States",
			spec: "They/PRON/PRP/2/nsubj attacked/VERB/VBD/0/root us/PRON/PRP/2/obj",
			want: []summary{{Text: "They", Kind: Pronoun}},
		},
		{
			name: "non-actor head leaves its possessor",
			spec: "Iran~/PROPN/NNP/5/nmod:poss 's/PART/POS/1/case nuclear/ADJ/JJ/4/amod programme/NOUN/NN/5/nsubj worries/VERB/VBZ/0/root Israel/PROPN/NNP/5/obj",
			want: []summary{{Text: "Iran", Code: "IRN", Kind: Named}, {Text: "Israel", Code: "ISR", Kind: Named}},
		},
		{
			name: "supplement party, capitalised only",
			spec: "Labour/PROPN/NNP/2/nsubj criticised/VERB/VBD/0/root labour/NOUN/NN/4/compound costs/NOUN/NNS/2/obj",
			want: []summary{{Text: "Labour", Code: "GBRGOV", Kind: Named}},
		},
		{
			name: "metonymic institution",
			spec: "The/DET/DT/2/det Pentagon/PROPN/NNP/3/nsubj said/VERB/VBD/0/root",
			want: []summary{{Text: "The Pentagon", Code: "USAMIL", Kind: Named}},
		},
		{
			name: "unknown proper noun in argument position",
			spec: "Zorblax/PROPN/NNP/2/nsubj met/VERB/VBD/0/root officials/NOUN/NNS/2/obj on/ADP/IN/5/case Monday/PROPN/NNP/2/obl",
			want: []summary{{Text: "Zorblax", Kind: Unknown}, {Text: "officials", Code: "---GOV", Kind: Agent}},
		},
		{
			name: "a country before a currency is no actor",
			spec: "Iran/PROPN/NNP/2/nsubj signed/VERB/VBD/0/root a/DET/DT/5/det U.S./PROPN/NNP/5/compound Dlr/PROPN/NNP/6/compound loan/NOUN/NN/2/obj",
			want: []summary{{Text: "Iran", Code: "IRN", Kind: Named}},
		},
		{
			name: "unparsed sentence yields nothing and does not panic",
			spec: "Iran/PROPN/NNP/-1/_ said/VERB/VBD/-1/_",
			want: []summary{{Text: "Iran", Code: "IRN", Kind: Named}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, s := build(t, tc.spec)
			got := summarize(r.Sentence(&Document{}, text, s, tc.date))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("%s\n got %+v\nwant %+v", text, got, tc.want)
			}
		})
	}
}

func TestAnaphoraHandBuilt(t *testing.T) {
	r := recognizer(t)
	tests := []struct {
		name  string
		specs []string // sentences of one article
		want  summary  // the mention of the last sentence with its text (else the first)
	}{
		{
			name: "he after a named person",
			specs: []string{
				"Tony/PROPN/NNP/3/nsubj Blair/PROPN/NNP/1/flat arrived/VERB/VBD/0/root",
				"He/PRON/PRP/2/nsubj said/VERB/VBD/0/root",
			},
			want: summary{Text: "He", Code: "GBRGOV", Kind: Pronoun, Resolved: true},
		},
		{
			name: "she skips countries",
			specs: []string{
				"Tony/PROPN/NNP/3/nsubj Blair/PROPN/NNP/1/flat visited/VERB/VBD/0/root Iran/PROPN/NNP/3/obj",
				"She/PRON/PRP/2/nsubj said/VERB/VBD/0/root",
			},
			want: summary{Text: "She", Code: "GBRGOV", Kind: Pronoun, Resolved: true},
		},
		{
			name: "they after an organisation",
			specs: []string{
				"Hamas/PROPN/NNP/2/nsubj fired/VERB/VBD/0/root rockets/NOUN/NNS/2/obj",
				"They/PRON/PRP/2/nsubj said/VERB/VBD/0/root",
			},
			want: summary{Text: "They", Code: "PSEREBHMS", Kind: Pronoun, Resolved: true},
		},
		{
			name: "they after a plural noun of its own sentence",
			specs: []string{
				"Hamas/PROPN/NNP/2/nsubj fired/VERB/VBD/0/root rockets/NOUN/NNS/2/obj",
				"Plans/NOUN/NNS/2/nsubj failed/VERB/VBD/0/root as/SCONJ/IN/5/mark they/PRON/PRP/5/nsubj cost/VERB/VBD/2/advcl",
			},
			want: summary{Text: "they", Kind: Pronoun},
		},
		{
			name: "they skips the press",
			specs: []string{
				"Ministers/NOUN/NNS/2/nsubj told/VERB/VBD/0/root reporters/NOUN/NNS/2/obj",
				"They/PRON/PRP/2/nsubj regretted/VERB/VBD/0/root",
			},
			want: summary{Text: "They", Code: "---GOV", Kind: Pronoun, Resolved: true},
		},
		{
			name: "a surname learnt with a role of no known country",
			specs: []string{
				"Judge/PROPN/NNP/2/compound Susan/PROPN/NNP/4/nsubj Wright/PROPN/NNP/2/flat ruled/VERB/VBD/0/root",
				"Ms./PROPN/NNP/3/nsubj Wright/PROPN/NNP/1/flat said/VERB/VBD/0/root",
			},
			want: summary{Text: "Ms. Wright", Code: "---JUD", Kind: Named, Resolved: true},
		},
		{
			name: "he in a reported clause stands for the speaker",
			specs: []string{
				"Tony/PROPN/NNP/2/compound Blair/PROPN/NNP/3/nsubj met/VERB/VBD/0/root Schroeder/PROPN/NNP/3/obj",
				"Chirac/PROPN/NNP/2/nsubj tell/VERB/VBP/0/root Schroeder/PROPN/NNP/2/obj he/PRON/PRP/5/nsubj agreed/VERB/VBD/2/ccomp",
			},
			want: summary{Text: "he", Code: "FRAGOV", Kind: Pronoun, Resolved: true},
		},
		{
			name: "he in a clause reported by a conjoined verb stands for its subject",
			specs: []string{
				"Tony/PROPN/NNP/2/compound Blair/PROPN/NNP/3/nsubj met/VERB/VBD/0/root Schroeder/PROPN/NNP/3/obj",
				"Chirac/PROPN/NNP/2/nsubj met/VERB/VBD/0/root Kohl/PROPN/NNP/2/obj and/CCONJ/CC/5/cc tell/VERB/VBP/2/conj " +
					"Schroeder/PROPN/NNP/5/obj he/PRON/PRP/8/nsubj agreed/VERB/VBD/5/ccomp",
			},
			want: summary{Text: "he", Code: "FRAGOV", Kind: Pronoun, Resolved: true},
		},
		{
			name: "the spokesman after a spokesman of a government of no known country",
			specs: []string{
				"A/DET/DT/2/det spokesman/NOUN/NN/3/nsubj said/VERB/VBD/0/root",
				"The/DET/DT/2/det spokesman/NOUN/NN/3/nsubj declined/VERB/VBD/0/root",
			},
			want: summary{Text: "The spokesman", Code: "---GOV", Kind: Nominal, Resolved: true},
		},
		{
			name: "the spokesman after the spokesman of a firm no dictionary knows",
			specs: []string{
				"A/DET/DT/3/det Kessler/PROPN/NNP/3/compound spokesman/NOUN/NN/4/nsubj said/VERB/VBD/0/root",
				"The/DET/DT/2/det spokesman/NOUN/NN/3/nsubj declined/VERB/VBD/0/root",
			},
			want: summary{Text: "The spokesman", Code: "---", Kind: NotActor},
		},
		{
			name: "the movement after Hamas",
			specs: []string{
				"Hamas/PROPN/NNP/2/nsubj fired/VERB/VBD/0/root at/ADP/IN/4/case Israel/PROPN/NNP/2/obl",
				"The/DET/DT/2/det movement/NOUN/NN/3/nsubj said/VERB/VBD/0/root",
			},
			want: summary{Text: "The movement", Code: "PSEREBHMS", Kind: Nominal, Resolved: true},
		},
		{
			name: "the former and the latter",
			specs: []string{
				"Israel/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc Egypt/PROPN/NNP/1/conj signed/VERB/VBD/0/root",
				"The/DET/DT/2/det latter/ADJ/JJ/3/nsubj objected/VERB/VBD/0/root",
			},
			want: summary{Text: "The latter", Code: "EGY", Kind: Nominal, Resolved: true},
		},
		{
			name: "both countries after a coordination",
			specs: []string{
				"Israel/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc Egypt/PROPN/NNP/1/conj signed/VERB/VBD/0/root",
				"Both/DET/DT/2/det countries/NOUN/NNS/3/nsubj agreed/VERB/VBD/0/root",
			},
			want: summary{Text: "Both countries", Code: "ISR", Kind: Nominal, Resolved: true, Members: []string{"ISR", "EGY"}},
		},
		{
			name: "surname after full name",
			specs: []string{
				"Dennis/PROPN/NNP/4/nsubj C./PROPN/NNP/1/flat Blair/PROPN/NNP/1/flat spoke/VERB/VBD/0/root",
				"Blair/PROPN/NNP/2/nsubj said/VERB/VBD/0/root",
			},
			want: summary{Text: "Blair", Code: "USAELI", Kind: Named, Resolved: true},
		},
		{
			name: "agent takes the country of the previous sentence",
			specs: []string{
				"Iranian/ADJ/JJ/2/amod troops/NOUN/NNS/3/nsubj crossed/VERB/VBD/0/root",
				"Police/NOUN/NNS/2/nsubj said/VERB/VBD/0/root",
			},
			want: summary{Text: "Police", Code: "IRNCOP", Kind: Agent, Resolved: true},
		},
		{
			name: "no antecedent leaves the pronoun unresolved",
			specs: []string{
				"Iran/PROPN/NNP/2/nsubj protested/VERB/VBD/0/root",
				"He/PRON/PRP/2/nsubj said/VERB/VBD/0/root",
			},
			want: summary{Text: "He", Kind: Pronoun},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var doc Document
			var got []Mention
			for _, spec := range tc.specs {
				text, s := build(t, spec)
				got = r.Sentence(&doc, text, s, day(2004, 3, 1))
			}
			if len(got) == 0 {
				t.Fatalf("no mention in the last sentence, want %+v", tc.want)
			}
			g := summarize(got[:1])[0]
			for _, x := range summarize(got) {
				if x.Text == tc.want.Text {
					g = x // the mention the case is about
					break
				}
			}
			if !reflect.DeepEqual(g, tc.want) {
				t.Errorf("got %+v\nwant %+v", g, tc.want)
			}
		})
	}
}

func TestAt(t *testing.T) {
	ms := []Mention{
		{First: 1, Last: 3, Code: "ISR", Members: []Mention{{First: 1, Last: 1, Code: "ISR"}, {First: 3, Last: 3, Code: "EGY"}}},
		{First: 5, Last: 6, Code: "IRNCOP"},
		{First: 8, Last: 11, Head: 11, Code: "ISRGOV", Members: []Mention{{First: 8, Last: 8, Head: 11, Code: "ISRGOV"}, {First: 10, Last: 10, Head: 11, Code: "PSEGOV"}}},
	}
	tests := []struct {
		name string
		tok  int
		code string
		ok   bool
	}{
		{name: "member", tok: 3, code: "EGY", ok: true},
		{name: "conjunction belongs to the coordination", tok: 2, code: "ISR", ok: true},
		{name: "plain mention", tok: 6, code: "IRNCOP", ok: true},
		{name: "outside", tok: 4},
		{name: "an adjective sharing the phrase's head is no phrase of its own", tok: 10, code: "ISRGOV", ok: true},
		{name: "out of range", tok: 99},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, ok := At(ms, tc.tok)
			if ok != tc.ok || m.Code != tc.code {
				t.Errorf("At(%d) = %q, %v; want %q, %v", tc.tok, m.Code, ok, tc.code, tc.ok)
			}
		})
	}
}

func TestSupplementFiles(t *testing.T) {
	a, g, err := Supplement()
	if err != nil {
		t.Fatalf("embedded files: %v", err)
	}
	if a.Len() < 20 || g.Len() < 5 || embedded.capitals.Len() < 200 {
		t.Errorf("supplement sizes: actors %d, agents %d, capitals %d", a.Len(), g.Len(), embedded.capitals.Len())
	}
}

func TestNilSet(t *testing.T) {
	r := New(nil)
	text, s := build(t, "Labour/PROPN/NNP/2/nsubj won/VERB/VBD/0/root")
	got := summarize(r.Sentence(nil, text, s, time.Time{}))
	want := []summary{{Text: "Labour", Code: "GBRGOV", Kind: Named}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}
