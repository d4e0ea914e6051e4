package nlp

import "testing"

// TestNounPhraseRetags checks the repairs that retag a verb reading
// inside a noun phrase: each case lists the 0-based tokens retagged and
// their new XPOS.
func TestNounPhraseRetags(t *testing.T) {
	tests := []struct {
		name   string
		repair func(*Sentence) int
		words  string
		want   map[int]string
	}{
		{"an -ing title word", RepairTitleParticiple, "Managing/VBG Director/NN Michel/NNP Camdessus/NNP said/VBD ./.", map[int]string{0: "JJ"}},
		{"an -ing title word tagged as a name", RepairTitleParticiple, "IMF/NNP Managing/NNP Director/NN Camdessus/NNP said/VBD ./.", map[int]string{1: "JJ"}},
		{"an -ing title word before the title's capitalised words", RepairTitleParticiple, "Portugal/NNP 's/POS acting/VBG Foreign/NNP Minister/NNP Sousa/NNP met/VBD Shultz/NNP ./.", map[int]string{2: "JJ"}},
		{"an -ing title word before lower-case words stays", RepairTitleParticiple, "He/PRP is/VBZ acting/VBG as/IN foreign/JJ minister/NN ./.", nil},
		{"an -ing verb before a title stays", RepairTitleParticiple, "Reagan/NNP is/VBZ sending/VBG Secretary/NNP Shultz/NNP ./.", nil},
		{"an -ing verb before a noun of no office stays", RepairTitleParticiple, "Rebels/NNS began/VBD attacking/VBG villages/NNS ./.", nil},
		{"a participle after most", RepairTitleParticiple, "granted/VBD Poland/NNP Most/RBS Favoured/VBN Nation/NN status/NN ./.", map[int]string{3: "JJ"}},
		{"a participle after most with an object stays", RepairTitleParticiple, "He/PRP most/RBS favoured/VBD the/DT plan/NN ./.", nil},
		{"a gathering after a party's name", RepairEventGerund, "He/PRP told/VBD a/DT Labour/NNP Party/NNP gathering/VBG that/IN war/NN was/VBD wrong/JJ ./.", map[int]string{5: "NN"}},
		{"a meeting after a plural noun is a verb", RepairEventGerund, "The/DT ministers/NNS meeting/VBG in/IN Brussels/NNP agreed/VBD ./.", nil},
		{"a gerund with an object stays", RepairEventGerund, "The/DT group/NN funding/VBG rebels/NNS was/VBD banned/VBN ./.", nil},
		{"a policy noun after a preposition and a noun", RepairPolicyCompound, "held/VBD talks/NNS on/IN arms/NNS control/VBP in/IN Geneva/NNP ./.", map[int]string{4: "NN"}},
		{"arms control before a noun", RepairPolicyCompound, "He/PRP urged/VBD arms/NNS control/VBP talks/NNS ./.", map[int]string{3: "NN"}},
		{"of ends a subject", RepairPolicyCompound, "A/DT majority/NN of/IN voters/NNS support/VBP reform/NN ./.", nil},
		{"a policy verb with an object stays", RepairPolicyCompound, "In/IN Gaza/NNP militants/NNS control/VBP the/DT border/NN ./.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tagged(tt.words)
			for i := range s.Tokens {
				if s.Tokens[i].XPOS == "VBG" || s.Tokens[i].XPOS == "VBN" || s.Tokens[i].XPOS == "VBP" || s.Tokens[i].XPOS == "VBD" {
					s.Tokens[i].UPOS = "VERB"
				}
			}
			if s.Tokens[1].Text == "Managing" {
				s.Tokens[1].UPOS = "VERB"
			}
			orig := tagged(tt.words)
			tt.repair(&s)
			for i, tok := range s.Tokens {
				want, ok := tt.want[i]
				if !ok {
					want = orig.Tokens[i].XPOS
				}
				if tok.XPOS != want {
					t.Errorf("token %d %q: XPOS %s, want %s", i, tok.Text, tok.XPOS, want)
				}
			}
		})
	}
}

// TestRepairCurrencyAmount checks that a noun after a sum of money heads
// its phrase, with the currency word its compound.
func TestRepairCurrencyAmount(t *testing.T) {
	s := tagged("Chirac/NNP called/VBD the/DT UK/NNP 's/POS pounds/NNS 3/CD bn/CD rebate/NN unjustified/JJ ./.")
	heads := []struct {
		head int
		rel  string
	}{{2, "nsubj"}, {0, "root"}, {4, "det"}, {6, "nmod:poss"}, {4, "case"}, {2, "obj"}, {8, "compound"}, {9, "nummod"}, {2, "xcomp"}, {2, "xcomp"}, {2, "punct"}}
	for i, h := range heads {
		s.Tokens[i].Head, s.Tokens[i].Rel = h.head, h.rel
	}
	if n := RepairCurrencyAmount(&s); n != 1 {
		t.Fatalf("changed %d phrases, want 1", n)
	}
	want := map[int]struct {
		head int
		rel  string
	}{3: {9, "nmod:poss"}, 5: {9, "compound"}, 7: {6, "nummod"}, 8: {2, "obj"}}
	for i, w := range want {
		if got := s.Tokens[i]; got.Head != w.head || got.Rel != w.rel {
			t.Errorf("token %d %q: %d %s, want %d %s", i, got.Text, got.Head, got.Rel, w.head, w.rel)
		}
	}
	s.Tokens[5].Rel, s.Tokens[5].Head, s.Tokens[8].Head, s.Tokens[8].Rel = "conj", 2, 2, "xcomp"
	s.Tokens[3].Head, s.Tokens[7].Head = 6, 9
	if n := RepairCurrencyAmount(&s); n != 0 {
		t.Errorf("a coordinated currency word: changed %d phrases, want 0", n)
	}
}

// TestRepairToldThatDeterminer checks that "that" after the object of a
// verb of telling opens the clause told even when the parser made it a
// determiner.
func TestRepairToldThatDeterminer(t *testing.T) {
	type arc struct {
		head int
		rel  string
	}
	build := func(words string, lemmas map[int]string, arcs []arc) Sentence {
		s := tagged(words)
		for i, a := range arcs {
			s.Tokens[i].Head, s.Tokens[i].Rel = a.head, a.rel
		}
		for i, l := range lemmas {
			s.Tokens[i].Lemma = l
		}
		return s
	}
	// Baker warned Japan and the United States that friction could hurt trade .
	s := build("Baker/NNP warned/VBD Japan/NNP and/CC the/DT United/NNP States/NNPS that/DT friction/NN could/MD hurt/VB trade/NN ./.",
		map[int]string{1: "warn"},
		[]arc{{2, "nsubj"}, {0, "root"}, {2, "iobj"}, {7, "cc"}, {7, "det"}, {7, "amod"}, {3, "conj"}, {9, "det"}, {11, "nsubj"}, {11, "aux"}, {2, "conj"}, {11, "obj"}, {2, "punct"}})
	if n := RepairToldThatDeterminer(&s); n != 1 || s.Tokens[7].Rel != "mark" || s.Tokens[10].Rel != "ccomp" || s.Tokens[10].Head != 2 {
		t.Errorf("subject case: changed %d; that %s, hurt %d %s", n, s.Tokens[7].Rel, s.Tokens[10].Head, s.Tokens[10].Rel)
	}
	// Baker warned Japan that friction over trade could lead to protectionism .
	s = build("Baker/NNP warned/VBD Japan/NNP that/DT friction/NN over/IN trade/NN could/MD lead/VB to/IN protectionism/NN ./.",
		map[int]string{1: "warn"},
		[]arc{{2, "nsubj"}, {0, "root"}, {2, "obj"}, {5, "det"}, {2, "obj"}, {7, "case"}, {9, "nsubj"}, {9, "aux"}, {2, "conj"}, {11, "case"}, {9, "obl"}, {2, "punct"}})
	if n := RepairToldThatDeterminer(&s); n != 1 || s.Tokens[4].Rel != "nsubj" || s.Tokens[4].Head != 9 || s.Tokens[6].Head != 5 || s.Tokens[8].Rel != "ccomp" {
		t.Errorf("second object case: changed %d; friction %d %s, trade %d, lead %s", n, s.Tokens[4].Head, s.Tokens[4].Rel, s.Tokens[6].Head, s.Tokens[8].Rel)
	}
	// Tamura told a press conference that interference by U.S. officials was improper .
	for _, rel := range []string{"nmod:unmarked", "ccomp"} {
		head := 5
		if rel == "ccomp" {
			head = 2
		}
		s = build("Tamura/NNP told/VBD a/DT press/NN conference/NN that/DT interference/NN by/IN U.S./NNP officials/NNS was/VBD improper/JJ ./.",
			map[int]string{1: "tell"},
			[]arc{{2, "nsubj"}, {0, "root"}, {5, "det"}, {5, "compound"}, {2, "iobj"}, {7, "det"}, {head, rel}, {10, "case"}, {10, "compound"}, {7, "nmod"}, {12, "cop"}, {2, "ccomp"}, {2, "punct"}})
		s.Tokens[1].UPOS = "VERB"
		if n := RepairToldThatDeterminer(&s); n != 1 || s.Tokens[5].Rel != "mark" || s.Tokens[6].Rel != "nsubj" || s.Tokens[6].Head != 12 || s.Tokens[11].Rel != "ccomp" {
			t.Errorf("subject hung as %s: changed %d; that %s, interference %d %s, improper %s", rel, n, s.Tokens[5].Rel, s.Tokens[6].Head, s.Tokens[6].Rel, s.Tokens[11].Rel)
		}
	}
	// He met the man and that official fled . (no verb of telling)
	s = build("He/PRP met/VBD Japan/NNP that/DT official/NN fled/VBD ./.",
		map[int]string{1: "meet"},
		[]arc{{2, "nsubj"}, {0, "root"}, {2, "obj"}, {5, "det"}, {6, "nsubj"}, {2, "conj"}, {2, "punct"}})
	if n := RepairToldThatDeterminer(&s); n != 0 {
		t.Errorf("no verb of telling: changed %d", n)
	}
}

// TestRepairToldAgency checks that a news agency after a verb of telling
// is its addressee, not part of the name after it, whether the parser
// made that name the verb's indirect object or the reported clause's
// subject.
func TestRepairToldAgency(t *testing.T) {
	build := func(words string, upos map[int]string, lemmas map[int]string, heads []int, rels []string) Sentence {
		s := tagged(words)
		for i := range s.Tokens {
			s.Tokens[i].Head, s.Tokens[i].Rel = heads[i], rels[i]
		}
		for i, u := range upos {
			s.Tokens[i].UPOS = u
		}
		for i, l := range lemmas {
			s.Tokens[i].Lemma = l
		}
		return s
	}
	// Officials told Reuters Chile would cut tariffs .
	s := build("Officials/NNS told/VBD Reuters/NNP Chile/NNP would/MD cut/VB tariffs/NNS ./.",
		map[int]string{1: "VERB", 2: "PROPN", 3: "PROPN", 5: "VERB"}, map[int]string{1: "tell"},
		[]int{2, 0, 4, 2, 6, 2, 6, 2}, []string{"nsubj", "root", "nmod:desc", "iobj", "aux", "ccomp", "obj", "punct"})
	if n := RepairToldAgency(&s); n != 1 || s.Tokens[2].Head != 2 || s.Tokens[2].Rel != "iobj" || s.Tokens[3].Head != 6 || s.Tokens[3].Rel != "nsubj" {
		t.Errorf("object case: changed %d; Reuters %d %s, Chile %d %s", n, s.Tokens[2].Head, s.Tokens[2].Rel, s.Tokens[3].Head, s.Tokens[3].Rel)
	}
	// Officials told Reuters Finance Minister Ruiz had resigned .
	s = build("Officials/NNS told/VBD Reuters/NNP Finance/NNP Minister/NNP Ruiz/NNP had/VBD resigned/VBN ./.",
		map[int]string{1: "VERB", 2: "PROPN", 3: "PROPN", 4: "PROPN", 5: "PROPN", 7: "VERB"}, map[int]string{1: "tell"},
		[]int{2, 0, 5, 5, 6, 8, 8, 2, 2}, []string{"nsubj", "root", "compound", "compound", "nmod:desc", "nsubj", "aux", "ccomp", "punct"})
	if n := RepairToldAgency(&s); n != 1 || s.Tokens[2].Head != 2 || s.Tokens[2].Rel != "iobj" || s.Tokens[5].Head != 8 {
		t.Errorf("subject case: changed %d; Reuters %d %s, Ruiz %d", n, s.Tokens[2].Head, s.Tokens[2].Rel, s.Tokens[5].Head)
	}
	// Officials praised Reuters Holdings staff . (no verb of telling)
	s = build("Officials/NNS praised/VBD Reuters/NNP Holdings/NNP staff/NNS ./.",
		map[int]string{1: "VERB", 2: "PROPN", 3: "PROPN"}, map[int]string{1: "praise"},
		[]int{2, 0, 4, 5, 2, 2}, []string{"nsubj", "root", "compound", "compound", "obj", "punct"})
	if n := RepairToldAgency(&s); n != 0 {
		t.Errorf("no verb of telling: changed %d", n)
	}
}

// TestRepairToldOutlet checks that a broadcaster's name after a verb of
// telling, with its article or its programme's words, is the verb's
// addressee, not part of the name of the reported clause's subject, and
// that a "that" clause is left alone.
func TestRepairToldOutlet(t *testing.T) {
	build := func(words string, upos map[int]string, heads []int, rels []string) Sentence {
		s := tagged(words)
		for i := range s.Tokens {
			s.Tokens[i].Head, s.Tokens[i].Rel = heads[i], rels[i]
		}
		for i, u := range upos {
			s.Tokens[i].UPOS = u
		}
		s.Tokens[1].Lemma = "tell"
		return s
	}
	tests := []struct {
		name    string
		words   string
		upos    map[int]string
		heads   []int
		rels    []string
		changed int
		iobj    int // the outlet's head (0-based), the verb's indirect object
		inner   map[int]int
	}{
		{
			name:  "the outlet and the subject read as one name",
			words: "Kennedy/NNP told/VBD the/DT BBC/NNP Labour/NNP had/VBD lied/VBN ./.",
			upos:  map[int]string{0: "PROPN", 1: "VERB", 2: "DET", 3: "PROPN", 4: "PROPN", 6: "VERB"},
			heads: []int{2, 0, 5, 5, 7, 7, 2, 2}, rels: []string{"nsubj", "root", "det", "compound", "nsubj", "aux", "ccomp", "punct"},
			changed: 1, iobj: 3, inner: map[int]int{2: 4, 4: 7},
		},
		{
			name:    "a programme's words hung on the subject's name",
			words:   "Kennedy/NNP told/VBD BBC/NNP Radio/NNP 4/CD 's/POS Today/NN programme/NN Blair/NNP had/VBD lied/VBN ./.",
			upos:    map[int]string{0: "PROPN", 1: "VERB", 2: "PROPN", 3: "PROPN", 4: "NUM", 6: "NOUN", 7: "NOUN", 8: "PROPN", 10: "VERB"},
			heads:   []int{2, 0, 2, 8, 8, 5, 8, 9, 11, 11, 2, 2},
			rels:    []string{"nsubj", "root", "iobj", "compound", "nmod:poss", "case", "compound", "compound", "nsubj", "aux", "ccomp", "punct"},
			changed: 1, iobj: 7, inner: map[int]int{2: 8, 3: 8, 8: 11},
		},
		{
			name:  "a newspaper's name tagged an adjective",
			words: "Kennedy/NNP told/VBD the/DT Financial/JJ Times/NNP Blair/NNP had/VBD lied/VBN ./.",
			upos:  map[int]string{0: "PROPN", 1: "VERB", 2: "DET", 3: "ADJ", 4: "PROPN", 5: "PROPN", 7: "VERB"},
			heads: []int{2, 0, 6, 5, 6, 8, 8, 2, 2}, rels: []string{"nsubj", "root", "det", "amod", "compound", "nsubj", "aux", "ccomp", "punct"},
			changed: 1, iobj: 4, inner: map[int]int{2: 5, 3: 5, 5: 8},
		},
		{
			name:  "a that clause",
			words: "Kennedy/NNP told/VBD the/DT BBC/NNP that/IN Labour/NNP had/VBD lied/VBN ./.",
			upos:  map[int]string{0: "PROPN", 1: "VERB", 2: "DET", 3: "PROPN", 5: "PROPN", 7: "VERB"},
			heads: []int{2, 0, 4, 2, 8, 8, 8, 2, 2}, rels: []string{"nsubj", "root", "det", "iobj", "mark", "nsubj", "aux", "ccomp", "punct"},
			changed: 0, iobj: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := build(tt.words, tt.upos, tt.heads, tt.rels)
			if n := RepairToldOutlet(&s); n != tt.changed {
				t.Fatalf("changed %d, want %d", n, tt.changed)
			}
			if o := s.Tokens[tt.iobj]; o.Head != 2 || o.Rel != "iobj" {
				t.Errorf("outlet %q: head %d %s, want 2 iobj", o.Text, o.Head, o.Rel)
			}
			for k, h := range tt.inner {
				if s.Tokens[k].Head != h {
					t.Errorf("token %q: head %d, want %d", s.Tokens[k].Text, s.Tokens[k].Head, h)
				}
			}
		})
	}
}
