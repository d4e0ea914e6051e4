package nlp

import (
	"slices"
	"strings"
	"testing"
)

// tagged builds a sentence from "word/XPOS" pairs.
func tagged(s string) Sentence {
	var out Sentence
	for _, f := range strings.Fields(s) {
		i := strings.LastIndex(f, "/")
		out.Tokens = append(out.Tokens, Token{Text: f[:i], XPOS: f[i+1:], UPOS: "X"})
	}
	return out
}

func TestRepairFinite(t *testing.T) {
	tests := []struct {
		name  string
		words string
		want  []int // 0-based tokens that must become VBD
		sconj []int // 0-based tokens tagged SCONJ (the tagger tells "after they ..." from "after the riot")
	}{
		{name: "subject at the start", words: "Rebels/NNS attacked/VBN the/DT town/NN ./.", want: []int{1}},
		{name: "determiner and adjective", words: "The/DT European/JJ Union/NNP imposed/VBN sanctions/NNS ./.", want: []int{3}},
		{name: "of inside the subject", words: "Thousands/NNS of/IN protesters/NNS demonstrated/VBN ./.", want: []int{3}},
		{name: "hyphenated participle in the subject", words: "U.S./NNP -/HYPH led/VBN forces/NNS attacked/VBN targets/NNS ./.", want: []int{4}},
		{name: "adverb between", words: "Police/NNS also/RB arrested/VBN two/CD men/NNS ./.", want: []int{2}},
		{name: "weekday between", words: "Israel/NNP on/IN Monday/NNP freed/VBN prisoners/NNS ./.", want: []int{3}},
		{name: "after a comma", words: "In/IN Paris/NNP ,/, police/NNS arrested/VBN two/CD men/NNS ./.", want: []int{4}},
		{name: "irregular same form", words: "Ministers/NNS met/VBN in/IN Geneva/NNP ./.", want: []int{1}},
		{name: "coordinated modifiers in the subject", words: "Indian/JJ and/CC Chinese/JJ troops/NNS clashed/VBN ./.", want: []int{4}},
		{name: "coordinated noun phrases as the subject", words: "Afghan/JJ Taliban/NNP forces/NNS and/CC Pakistani/JJ troops/NNS exchanged/VBN fire/NN ./.", want: []int{6}},
		{name: "a singular noun coordinated with the subject", words: "The/DT Iraqi/JJ army/NN and/CC Kurdish/JJ rebels/NNS clashed/VBN near/IN Kirkuk/NNP ./.", want: []int{6}},
		{name: "a singular noun without determiner or name before and stays out of the subject", words: "great/JJ knowledge/NN and/CC prices/NNS compared/VBN to/IN anyone/NN ./.", want: nil},
		{name: "an allegiance phrase inside the subject", words: "Forces/NNS loyal/JJ to/IN Hun/NNP Sen/NNP attacked/VBN royalist/JJ troops/NNS ./.", want: []int{5}},
		{name: "a coordinated object is no subject", words: "He/PRP met/VBD Israeli/JJ and/CC Egyptian/JJ officials/NNS detained/VBN there/RB ./.", want: nil},
		{name: "pronoun subject", words: "They/PRP seized/VBN the/DT airport/NN ./.", want: []int{1}},
		{name: "a subject after a subordinator, with an object", words: "Jets/NNS struck/VBD after/IN militants/NNS fired/VBN rockets/NNS ./.", want: []int{4}},
		{name: "a subject after a conditional if, with an object", words: "Israel/NNP would/MD respond/VB if/IN Hezbollah/NNP fired/VBN rockets/NNS ./.", want: []int{5}},
		{name: "a subject after a comma and a coordinator, with an object", words: "Militants/NNS fired/VBD rockets/NNS ,/, and/CC Israeli/JJ aircraft/NN struck/VBN targets/NNS ./.", want: []int{7}},
		{name: "a coordinator after a comma with no finite verb before stays", words: "Rockets/NNS from/IN Gaza/NNP ,/, and/CC aircraft/NN struck/VBN targets/NNS ./.", want: nil},
		{name: "a participle after a subordinator's noun without an object stays", words: "Jets/NNS struck/VBD after/IN talks/NNS stalled/VBN ./.", want: nil},
		{name: "a name set off by commas after the subject", words: "But/CC the/DT shadow/NN secretary/NN ,/, Mark/NNP Oaten/NNP ,/, accused/VBN Clarke/NNP ./.", want: []int{8}},
		{name: "an affiliation set off by commas after the subject", words: "Vincent/NNP Cable/NNP ,/, for/IN the/DT Liberal/NNP Democrats/NNPS ,/, called/VBN on/IN Brown/NNP ./.", want: []int{8}},
		{name: "a title with a \"to\" phrase set off by commas after the subject", words: "Ali/NNP Rezaei/NNP ,/, Iran/NNP 's/POS ambassador/NN to/IN the/DT United/NNP Nations/NNPS ,/, criticised/VBN Israel/NNP ./.", want: []int{11}},
		{name: "a place phrase set off by commas before a participle stays with another finite verb", words: "Troops/NNS ,/, in/IN Kabul/NNP ,/, stationed/VBN there/RB left/VBD ./.", want: nil},
		{name: "a clause set off by commas stays", words: "The/DT car/NN ,/, which/WDT broke/VBD ,/, repaired/VBN yesterday/NN ./.", want: nil},
		{name: "what talks between parties are about inside the subject", words: "Talks/NNS between/IN Sudan/NNP and/CC South/NNP Sudan/NNP on/IN oil/NN revenues/NNS collapsed/VBN ./.", want: []int{9}},
		{name: "an on phrase after no parties stays", words: "Comments/NNS on/IN the/DT article/NN posted/VBN yesterday/NN ./.", want: nil},
		{name: "complement of said", words: "Officials/NNS said/VBD the/DT talks/NNS collapsed/VBN ./.", want: []int{4}},
		{name: "after that", words: "He/PRP said/VBD that/IN police/NNS arrested/VBN two/CD men/NNS ./.", want: []int{4}},
		{name: "finite verb elsewhere keeps the reduced relative", words: "The/DT car/NN repaired/VBN yesterday/NN broke/VBD down/RP ./.", want: nil},
		{name: "finite verb of a subordinate clause after", words: "Police/NNS arrested/VBN dozens/NNS after/IN they/PRP called/VBD for/IN reforms/NNS ./.",
			want: []int{1}, sconj: []int{3}},
		{name: "finite verb of a relative clause after", words: "Police/NNS arrested/VBN protesters/NNS who/WP called/VBD for/IN reforms/NNS ./.", want: []int{1}},
		{name: "finite verb of a fronted subordinate clause", words: "After/IN they/PRP called/VBD for/IN reforms/NNS ,/, police/NNS arrested/VBN dozens/NNS ./.",
			want: []int{7}, sconj: []int{0}},
		{name: "finite verb of a clause opened by as", words: "Police/NNS arrested/VBN 100/CD people/NNS as/IN protesters/NNS clashed/VBD ./.", want: []int{1}},
		{name: "a preposition opens no clause", words: "The/DT man/NN arrested/VBN after/IN the/DT riot/NN was/VBD released/VBN ./.", want: nil},
		{name: "a second predicate after the object shares the subject", words: "Soldiers/NNS in/IN Niger/NNP detained/VBN President/NNP Bazoum/NNP and/CC seized/VBD power/NN ./.", want: []int{3}},
		{name: "a reduced relative without object before a coordinated verb stays", words: "The/DT men/NNS detained/VBN yesterday/NN and/CC freed/VBD later/RB ./.", want: nil},
		{name: "a reduced relative with a phrase before a finite verb stays", words: "The/DT men/NNS detained/VBN in/IN Paris/NNP and/CC Lyon/NNP were/VBD freed/VBN ./.", want: nil},
		{name: "perfect", words: "Police/NNS have/VBP arrested/VBN two/CD men/NNS ./.", want: nil},
		{name: "agent of a passive", words: "Posted/VBN by/IN John/NNP ./.", want: nil},
		{name: "object of a preposition", words: "With/IN the/DT town/NN captured/VBN ,/, rebels/NNS rested/VBN ./.", want: []int{6}},
		{name: "irregular participle only", words: "The/DT rebels/NNS taken/VBN prisoner/NN ./.", want: nil},
		{name: "no noun before", words: "Reportedly/RB attacked/VBN by/IN rebels/NNS ./.", want: nil},
		{name: "an -ed adjective after a name in a sentence without a verb", words: "Japan/NNP relaxed/JJ export/NN controls/NNS on/IN Korea/NNP ./.", want: []int{1}},
		{name: "an -ed adjective in a sentence with a verb stays", words: "Japan/NNP relaxed/JJ controls/NNS help/VBP ./.", want: nil},
		{name: "an -ed adjective after a subject, before a closing reporting clause", words: "Russian/JJ troops/NNS abducted/JJ Ukrainian/JJ soldiers/NNS ,/, officials/NNS said/VBD ./.", want: []int{2}},
		{name: "a prefixed irregular past read as an adverb", words: "The/DT United/NNP States/NNPS unfroze/RB $/$ 6/CD billion/CD ./.", want: []int{3}},
		{name: "an irregular past read as a preposition", words: "Rebels/NNS underwent/IN training/NN ./.", want: []int{1}},
		{name: "a hyphenated compound verb after a subject", words: "Police/NNS tear/NN -/HYPH gassed/VBN protesters/NNS ./.", want: []int{3}},
		{name: "a hyphenated participle inside a noun phrase stays", words: "The/DT rebel/NN -/HYPH held/VBN town/NN fell/VBD ./.", want: nil},
		{name: "a capitalised irregular form stays", words: "The/DT Rose/NN Garden/NNP speech/NN ./.", want: nil},
		{name: "an -ed adjective before a preposition stays", words: "Hundreds/NNS injured/JJ in/IN clashes/NNS ,/, officials/NNS said/VBD ./.", want: nil},
		{name: "empty", words: "", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tagged(tt.words)
			for _, k := range tt.sconj {
				s.Tokens[k].UPOS = "SCONJ"
			}
			before := make([]string, len(s.Tokens))
			for i, tok := range s.Tokens {
				before[i] = tok.XPOS
			}
			n := RepairFinite(&s)
			if n != len(tt.want) {
				t.Errorf("changed %d tokens, want %d", n, len(tt.want))
			}
			for i, tok := range s.Tokens {
				wantVBD := false
				for _, w := range tt.want {
					wantVBD = wantVBD || w == i
				}
				switch {
				case wantVBD && (tok.XPOS != "VBD" || tok.UPOS != "VERB"):
					t.Errorf("token %d %q: %s/%s, want VBD/VERB", i, tok.Text, tok.XPOS, tok.UPOS)
				case !wantVBD && tok.XPOS != before[i]:
					t.Errorf("token %d %q: changed to %s", i, tok.Text, tok.XPOS)
				}
			}
		})
	}
}

// parsed builds a sentence from "word/UPOS/XPOS/head/rel[/lemma]" tokens.
func parsed(s string) Sentence {
	var out Sentence
	for _, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		h := 0
		for _, c := range p[3] {
			h = h*10 + int(c-'0')
		}
		tok := Token{Text: p[0], UPOS: p[1], XPOS: p[2], Head: h, Rel: p[4]}
		if len(p) > 5 {
			tok.Lemma = p[5]
		}
		out.Tokens = append(out.Tokens, tok)
	}
	return out
}

func TestRepairAccordingTo(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		changed bool
		heads   []int
		rels    []string
	}{
		{
			name: "the source of the report read as the root",
			in: "According/VERB/VBG/4/case to/ADP/IN/1/fixed the/DET/DT/4/det Observatory/PROPN/NNP/0/root ,/PUNCT/,/7/punct " +
				"government/NOUN/NN/7/compound forces/NOUN/NNS/4/conj killed/VERB/VBD/4/acl rebels/NOUN/NNS/8/obj ./PUNCT/./4/punct",
			changed: true,
			heads:   []int{4, 1, 4, 8, 8, 7, 8, 0, 8, 8},
			rels:    []string{"case", "fixed", "det", "obl", "punct", "compound", "nsubj", "root", "obj", "punct"},
		},
		{
			name:    "a sentence rooted at its verb left alone",
			in:      "According/VERB/VBG/2/case Reuters/PROPN/NNP/5/obl ,/PUNCT/,/5/punct police/NOUN/NNS/5/nsubj left/VERB/VBD/0/root",
			changed: false,
			heads:   []int{2, 5, 5, 5, 0},
			rels:    []string{"case", "obl", "punct", "nsubj", "root"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parsed(tt.in)
			if got := RepairAccordingTo(&s); got != tt.changed {
				t.Errorf("changed = %v, want %v", got, tt.changed)
			}
			for i, tok := range s.Tokens {
				if tok.Head != tt.heads[i] || tok.Rel != tt.rels[i] {
					t.Errorf("token %d %q: %d %s, want %d %s", i+1, tok.Text, tok.Head, tok.Rel, tt.heads[i], tt.rels[i])
				}
			}
		})
	}
}

func TestRepairOffensive(t *testing.T) {
	tests := []struct {
		words string
		want  int
	}{
		{"Turkey/NNP launched/VBD a/DT ground/NN offensive/JJ against/IN militants/NNS ./.", 1},
		{"the/DT army/NN 's/POS new/JJ offensive/JJ ./.", 1},
		{"an/DT offensive/JJ weapon/NN", 0},
		{"the/DT remarks/NNS were/VBD deeply/RB offensive/JJ ./.", 0},
	}
	for _, tt := range tests {
		s := tagged(tt.words)
		if n := RepairOffensive(&s); n != tt.want {
			t.Errorf("%s: changed %d, want %d", tt.words, n, tt.want)
		}
	}
}

func TestRepairPluralPossessive(t *testing.T) {
	s := tagged("said/VBD the/DT Tories/NNPS '/`` policies/NNS would/MD fail/VB")
	s.Tokens[2].MWT = 2
	if n := RepairPluralPossessive(&s); n != 1 || s.Tokens[3].XPOS != "POS" {
		t.Errorf("split possessive: changed %d, tag %s; want 1, POS", n, s.Tokens[3].XPOS)
	}
	s = tagged("called/VBD them/PRP '/`` rebels/NNS '/'' ./.")
	if n := RepairPluralPossessive(&s); n != 0 {
		t.Errorf("quotation marks: changed %d, want 0", n)
	}
}

func TestRepairNationalNoun(t *testing.T) {
	tests := []struct {
		words string
		want  int
	}{
		{"Police/NN arrested/VBD a/DT British/JJ national/JJ on/IN Tuesday/NNP ./.", 1},
		{"Iran/NNP freed/VBD a/DT French/JJ national/JJ held/VBN since/IN 2022/CD ./.", 1},
		{"two/CD Chinese/JJ nationals/NNP were/VBD kidnapped/VBN ./.", 1},
		{"a/DT British/JJ national/JJ team/NN", 0},
		{"the/DT new/JJ national/JJ ./.", 0},
		{"He/PRP became/VBD national/JJ ./.", 0},
	}
	for _, tt := range tests {
		s := tagged(tt.words)
		if n := RepairNationalNoun(&s); n != tt.want {
			t.Errorf("%s: changed %d, want %d", tt.words, n, tt.want)
		}
	}
}

func TestRepairSignNoun(t *testing.T) {
	tests := []struct {
		name  string
		words string
		want  int
	}{
		{name: "sign language", words: "sign/VB language/NN relay/NN services/NNS", want: 1},
		{name: "a signing after an adjective", words: "the/DT best/JJS signing/VBG Celtic/NNP ever/RB made/VBD", want: 1},
		{name: "signing an agreement", words: "after/IN signing/VBG an/DT agreement/NN", want: 0},
		{name: "are signing", words: "they/PRP are/VBP signing/VBG a/DT treaty/NN", want: 0},
		{name: "sign a deal", words: "will/MD sign/VB a/DT deal/NN", want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tagged(tt.words)
			if n := RepairSignNoun(&s); n != tt.want {
				t.Errorf("%s: changed %d, want %d", tt.words, n, tt.want)
			}
		})
	}
}

func TestRepairMilitaryNoun(t *testing.T) {
	tests := []struct {
		name  string
		words string
		want  int
		verb  string // the verb's tag afterwards
	}{
		{name: "a possessive's military before a past form", words: "Sudan/NNP 's/POS military/JJ ousted/VBN President/NNP Bashir/NNP ./.", want: 1, verb: "VBD"},
		{name: "a determiner's military before a modal", words: "The/DT military/JJ will/MD hold/VB elections/NNS", want: 1, verb: "MD"},
		{name: "an irregular participle stays a participle", words: "Egypt/NNP 's/POS military/JJ driven/VBN by/IN fear/NN", want: 0, verb: "VBN"},
		{name: "military modifying a noun", words: "Sudan/NNP 's/POS military/JJ council/NN ruled/VBD", want: 0, verb: "NN"},
		{name: "no determiner or possessive", words: "Russian/JJ military/JJ backed/VBN rebels/NNS", want: 0, verb: "VBN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tagged(tt.words)
			if n := RepairMilitaryNoun(&s); n != tt.want {
				t.Errorf("%s: changed %d, want %d", tt.words, n, tt.want)
			}
			if i := slices.IndexFunc(s.Tokens, func(k Token) bool { return strings.EqualFold(k.Text, "military") }); s.Tokens[i+1].XPOS != tt.verb {
				t.Errorf("%s: word after military tagged %s, want %s", tt.words, s.Tokens[i+1].XPOS, tt.verb)
			}
		})
	}
}

func TestRepairBareOblique(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
		rel  string // relation of the name afterwards
	}{
		{name: "a name hung as an oblique is the object",
			in:   "Salman/PROPN/NNP/2/nsubj received/VERB/VBD/0/root Syrian/ADJ/JJ/5/amod President/PROPN/NNP/5/nmod:desc Bashar/PROPN/NNP/2/obl",
			want: 1, rel: "obj"},
		{name: "a name under a title with modifiers of its own is the object",
			in:   "Meloni/PROPN/NNP/2/nsubj received/VERB/VBD/0/root army/NOUN/NN/4/compound chief/NOUN/NN/5/nmod:desc Haftar/PROPN/NNP/2/obl",
			want: 1, rel: "obj"},
		{name: "a titled name hung as a complement is the object",
			in:   "Guterres/PROPN/NNP/2/nsubj called/VERB/VBD/0/root/call Minister/PROPN/NNP/4/nmod:desc Abiy/PROPN/NNP/2/xcomp",
			want: 1, rel: "obj"},
		{name: "a complement of a linking verb stays",
			in:   "Kerry/PROPN/NNP/2/nsubj became/VERB/VBD/0/root/become Secretary/PROPN/NNP/4/nmod:desc John/PROPN/NNP/2/xcomp",
			want: 0, rel: "xcomp"},
		{name: "a one-word complement stays",
			in:   "They/PRON/PRP/2/nsubj called/VERB/VBD/0/root Storm/PROPN/NNP/2/xcomp",
			want: 0, rel: "xcomp"},
		{name: "a marked oblique stays",
			in:   "Salman/PROPN/NNP/2/nsubj spoke/VERB/VBD/0/root with/ADP/IN/4/case Bashar/PROPN/NNP/2/obl",
			want: 0, rel: "obl"},
		{name: "a day stays",
			in:   "Salman/PROPN/NNP/2/nsubj arrived/VERB/VBD/0/root Tuesday/PROPN/NNP/2/obl",
			want: 0, rel: "obl"},
		{name: "a verb with an object keeps the oblique",
			in:   "Salman/PROPN/NNP/2/nsubj gave/VERB/VBD/0/root Bashar/PROPN/NNP/2/obl medals/NOUN/NNS/2/obj",
			want: 0, rel: "obl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parsed(tt.in)
			if n := RepairBareOblique(&s); n != tt.want {
				t.Errorf("changed %d, want %d", n, tt.want)
			}
			for _, tok := range s.Tokens {
				if tok.UPOS == "PROPN" && tok.Head == 2 && tok.Rel != "nsubj" && tok.Rel != tt.rel {
					t.Errorf("%s is %s, want %s", tok.Text, tok.Rel, tt.rel)
				}
			}
		})
	}
}

func TestRepairHeadedPreposition(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  int
		heads []int
		rels  []string
	}{
		{name: "a preposition heading its noun becomes the noun's case",
			in:    "Blinken/PROPN/NNP/2/nsubj met/VERB/VBD/0/root with/ADP/IN/2/obl Saudi/ADJ/NNP/5/amod Crown/PROPN/NNP/3/obj Prince/PROPN/NNP/5/flat in/ADP/IN/8/case Riyadh/PROPN/NNP/5/nmod",
			want:  1,
			heads: []int{2, 0, 5, 5, 2, 5, 8, 5},
			rels:  []string{"nsubj", "root", "case", "amod", "obl", "flat", "case", "nmod"}},
		{name: "a well-formed phrase stays",
			in:    "Blinken/PROPN/NNP/2/nsubj met/VERB/VBD/0/root with/ADP/IN/4/case Salman/PROPN/NNP/2/obl",
			want:  0,
			heads: []int{2, 0, 4, 2},
			rels:  []string{"nsubj", "root", "case", "obl"}},
		{name: "two nouns under the preposition are no phrase of one",
			in:    "He/PRON/PRP/2/nsubj met/VERB/VBD/0/root with/ADP/IN/2/obl Ali/PROPN/NNP/3/obj Omar/PROPN/NNP/3/nsubj",
			want:  0,
			heads: []int{2, 0, 2, 3, 3},
			rels:  []string{"nsubj", "root", "obl", "obj", "nsubj"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parsed(tt.in)
			if n := RepairHeadedPreposition(&s); n != tt.want {
				t.Errorf("changed %d, want %d", n, tt.want)
			}
			for i, tok := range s.Tokens {
				if tok.Head != tt.heads[i] || tok.Rel != tt.rels[i] {
					t.Errorf("%s: %d/%s, want %d/%s", tok.Text, tok.Head, tok.Rel, tt.heads[i], tt.rels[i])
				}
			}
		})
	}
}

func TestRepairDoubleObject(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int
		firstTo int    // head of token 3 afterwards
		rel     string // relation of token 3 afterwards
	}{
		{name: "a bare name before a name joins it",
			in:   "Bush/PROPN/NNP/2/nsubj called/VERB/VBD/0/root U.S./PROPN/NNP/2/obj President/PROPN/NNP/5/nmod:desc Obama/PROPN/NNP/2/obj",
			want: 1, firstTo: 5, rel: "compound"},
		{name: "a two-word nationality before a name joins it",
			in:   "Modi/PROPN/NNP/2/nsubj congratulated/VERB/VBD/0/root Sri/PROPN/NNP/2/obj Lankan/ADJ/JJ/3/amod President/PROPN/NNP/6/nmod:desc Anura/PROPN/NNP/2/obj",
			want: 1, firstTo: 6, rel: "compound"},
		{name: "a title before a name is its description",
			in:   "Meloni/PROPN/NNP/2/nsubj received/VERB/VBD/0/root commander/NOUN/NN/2/obj Khalifa/PROPN/NNP/5/compound Haftar/PROPN/NNP/2/obj",
			want: 1, firstTo: 5, rel: "nmod:desc"},
		{name: "a list before a complement stays",
			in:   "Bush/PROPN/NNP/2/nsubj called/VERB/VBD/0/root Iran/PROPN/NNP/2/obj ,/PUNCT/,/5/punct Iraq/PROPN/NNP/3/conj",
			want: 0, firstTo: 2, rel: "obj"},
		{name: "a plural noun is no title",
			in:   "He/PRON/PRP/2/nsubj told/VERB/VBD/0/root reporters/NOUN/NNS/2/obj Obama/PROPN/NNP/2/obj",
			want: 0, firstTo: 2, rel: "obj"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parsed(tt.in)
			if n := RepairDoubleObject(&s); n != tt.want {
				t.Errorf("changed %d, want %d", n, tt.want)
			}
			if tok := s.Tokens[2]; tok.Head != tt.firstTo || tok.Rel != tt.rel {
				t.Errorf("%s is %d/%s, want %d/%s", tok.Text, tok.Head, tok.Rel, tt.firstTo, tt.rel)
			}
		})
	}
}

func TestRepairMarkedSubject(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     int
		root     int // 1-based root afterwards
		afterRel string
	}{
		{name: "a marked subject's clause is the adverbial one",
			in:   "EC/PROPN/NNP/2/nsubj threatened/VERB/VBD/6/advcl retaliation/NOUN/NN/2/obj after/ADP/IN/5/case States/PROPN/NNP/6/nsubj imposed/VERB/VBD/0/root quotas/NOUN/NNS/6/obj ./PUNCT/./6/punct",
			want: 1, root: 2, afterRel: "mark"},
		{name: "a preposition that opens no clause stays",
			in:   "EC/PROPN/NNP/2/nsubj threatened/VERB/VBD/6/advcl retaliation/NOUN/NN/2/obj with/ADP/IN/5/case States/PROPN/NNP/6/nsubj imposed/VERB/VBD/0/root quotas/NOUN/NNS/6/obj ./PUNCT/./6/punct",
			want: 0, root: 6, afterRel: "case"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parsed(tt.in)
			if n := RepairMarkedSubject(&s); n != tt.want {
				t.Errorf("changed %d, want %d", n, tt.want)
			}
			for i, tok := range s.Tokens {
				if tok.Head == 0 && i+1 != tt.root {
					t.Errorf("root is %s, want token %d", tok.Text, tt.root)
				}
			}
			if got := s.Tokens[3].Rel; got != tt.afterRel {
				t.Errorf("%s is %s, want %s", s.Tokens[3].Text, got, tt.afterRel)
			}
			if tt.want == 1 && s.Tokens[7].Head != tt.root {
				t.Errorf("final punctuation hangs on %d, want %d", s.Tokens[7].Head, tt.root)
			}
		})
	}
}

func TestRepairNationalityXcomp(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int
		nameRel string // relation of the name (token 5) afterwards
	}{
		{name: "a name split at its nationality is the object",
			in:   "Macron/PROPN/NNP/2/nsubj called/VERB/VBD/0/root Ukrainian/ADJ/JJ/2/xcomp President/PROPN/NNP/5/nmod:desc Zelenskiy/PROPN/NNP/3/conj",
			want: 1, nameRel: "obj"},
		{name: "a name split at its nationality hung on a later verb is the object",
			in:   "Scholz/PROPN/NNP/2/nsubj called/VERB/VBD/0/root Turkish/ADJ/JJ/7/advcl President/PROPN/NNP/5/nmod:desc Erdogan/PROPN/NNP/3/conj to/PART/TO/7/mark discuss/VERB/VB/2/advcl",
			want: 1, nameRel: "obj"},
		{name: "a name hung on its nationality as an apposition is the object",
			in:   "Erdogan/PROPN/NNP/2/nsubj phoned/VERB/VBD/0/root Swedish/ADJ/JJ/2/xcomp Minister/PROPN/NNP/5/nmod:desc Kristersson/PROPN/NNP/3/appos",
			want: 1, nameRel: "obj"},
		{name: "a coordinated name stays a conjunct",
			in:   "Macron/PROPN/NNP/2/nsubj called/VERB/VBD/0/root Ukrainian/ADJ/JJ/2/xcomp and/CCONJ/CC/5/cc Zelenskiy/PROPN/NNP/3/conj",
			want: 0, nameRel: "conj"},
		{name: "a verb with an object keeps its complement",
			in:   "Macron/PROPN/NNP/2/nsubj called/VERB/VBD/0/root him/PRON/PRP/2/obj Ukrainian/ADJ/JJ/2/xcomp Zelenskiy/PROPN/NNP/4/conj",
			want: 0, nameRel: "conj"},
		{name: "a lower-case complement is no nationality",
			in:   "Macron/PROPN/NNP/2/nsubj called/VERB/VBD/0/root brave/ADJ/JJ/2/xcomp President/PROPN/NNP/5/nmod:desc Zelenskiy/PROPN/NNP/3/conj",
			want: 0, nameRel: "conj"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parsed(tt.in)
			if n := RepairNationalityXcomp(&s); n != tt.want {
				t.Errorf("changed %d, want %d", n, tt.want)
			}
			if got := s.Tokens[4].Rel; got != tt.nameRel {
				t.Errorf("%s is %s, want %s", s.Tokens[4].Text, got, tt.nameRel)
			}
		})
	}
}

func TestRepairIstNoun(t *testing.T) {
	tests := []struct {
		words string
		want  int
	}{
		{"Pro-Russian/NNP separatists/VBZ shot/VBD down/RP an/DT airliner/NN ./.", 1},
		{"Islamists/VBZ stormed/VBD the/DT town/NN ./.", 1},
		{"The/DT minister/NN insists/VBZ ./.", 0},
		{"He/PRP lists/VBZ demands/NNS ./.", 0},
	}
	for _, tt := range tests {
		s := tagged(tt.words)
		if n := RepairIstNoun(&s); n != tt.want {
			t.Errorf("%s: changed %d, want %d", tt.words, n, tt.want)
		}
	}
}

func TestRepairRoot(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		changed bool
		heads   []int
		rels    []string
	}{
		{
			name: "a past form read as a participle of the subject while a past tense is coordinated with it",
			in: "Russian/ADJ/JJ/2/amod forces/NOUN/NNS/0/root fired/VERB/VBN/2/acl on/ADP/IN/6/case Ukrainian/ADJ/JJ/6/amod " +
				"vessels/NOUN/NNS/3/obl and/CCONJ/CC/8/cc seized/VERB/VBD/3/conj them/PRON/PRP/8/obj ./PUNCT/./2/punct",
			changed: true,
			heads:   []int{2, 3, 0, 6, 6, 3, 8, 3, 8, 3},
			rels:    []string{"amod", "nsubj", "root", "case", "amod", "obl", "cc", "conj", "obj", "punct"},
		},
		{
			name: "a participle with a conjunct of its own subject keeps modifying",
			in: "Russian/ADJ/JJ/2/amod forces/NOUN/NNS/0/root fired/VERB/VBN/2/acl on/ADP/IN/6/case Ukrainian/ADJ/JJ/6/amod " +
				"vessels/NOUN/NNS/3/obl and/CCONJ/CC/9/cc they/PRON/PRP/9/nsubj seized/VERB/VBD/3/conj them/PRON/PRP/9/obj ./PUNCT/./2/punct",
			changed: false,
			heads:   []int{2, 0, 2, 6, 6, 3, 9, 9, 3, 9, 2},
			rels:    []string{"amod", "root", "acl", "case", "amod", "obl", "cc", "nsubj", "conj", "obj", "punct"},
		},
		{
			name: "finite verb read as an adjective of the object",
			in: "Venezuelan/ADJ/JJ/3/amod security/NOUN/NN/3/compound forces/NOUN/NNS/6/nsubj detained/VERB/VBD/6/amod " +
				"opposition/NOUN/NN/6/compound leader/NOUN/NN/0/root ./PUNCT/./6/punct",
			changed: true,
			heads:   []int{3, 3, 4, 0, 6, 4, 4},
			rels:    []string{"amod", "compound", "nsubj", "root", "compound", "obj", "punct"},
		},
		{
			name: "finite verb read as an adjective of a noun after it",
			in: "Kim/PROPN/NNP/0/root Jong/PROPN/NNP/3/compound Un/PROPN/NNP/1/flat threatened/VERB/VBD/6/amod " +
				"South/PROPN/NNP/6/compound Korea/PROPN/NNP/1/list ./PUNCT/./1/punct",
			changed: true,
			heads:   []int{4, 3, 1, 0, 6, 4, 4},
			rels:    []string{"nsubj", "compound", "flat", "root", "compound", "obj", "punct"},
		},
		{
			name: "a participle with a finite auxiliary read as a parataxis of a name",
			in: "Germany/PROPN/NNP/0/root ,/PUNCT/,/1/punct has/AUX/VBZ/5/aux never/ADV/RB/5/advmod threatened/VERB/VBN/1/parataxis " +
				"Tokyo/PROPN/NNP/5/obj ./PUNCT/./1/punct",
			changed: true,
			heads:   []int{5, 5, 5, 5, 0, 5, 5},
			rels:    []string{"nsubj", "punct", "aux", "advmod", "root", "obj", "punct"},
		},
		{
			name: "finite verb read as a relative clause without subject or pronoun",
			in: "Trump/PROPN/NNP/0/root and/CCONJ/CC/3/cc Putin/PROPN/NNP/1/conj held/VERB/VBD/1/acl " +
				"talks/NOUN/NNS/4/obj ./PUNCT/./4/punct",
			changed: true,
			heads:   []int{4, 3, 1, 0, 4, 4},
			rels:    []string{"nsubj", "cc", "conj", "root", "obj", "punct"},
		},
		{
			name: "finite verb read as a relative clause of the last conjunct of the subject",
			in: "Sudan/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case army/NOUN/NN/0/root and/CCONJ/CC/6/cc the/DET/DT/6/det " +
				"Forces/PROPN/NNPS/3/conj agreed/VERB/VBD/6/acl to/ADP/IN/9/case ceasefire/NOUN/NN/7/obl ./PUNCT/./3/punct",
			changed: true,
			heads:   []int{3, 1, 7, 6, 6, 3, 0, 9, 7, 7},
			rels:    []string{"nmod:poss", "case", "nsubj", "cc", "det", "conj", "root", "case", "obl", "punct"},
		},
		{
			name:    "a relative clause of a conjunct with a relative pronoun stays",
			in:      "army/NOUN/NN/0/root and/CCONJ/CC/3/cc men/NOUN/NNS/1/conj who/PRON/WP/5/nsubj fled/VERB/VBD/3/acl:relcl",
			changed: false,
			heads:   []int{0, 3, 1, 5, 3},
			rels:    []string{"root", "cc", "conj", "nsubj", "acl:relcl"},
		},
		{
			name:    "a real relative clause stays",
			in:      "the/DET/DT/2/det man/NOUN/NN/0/root who/PRON/WP/4/nsubj held/VERB/VBD/2/acl:relcl talks/NOUN/NNS/4/obj",
			changed: false,
			heads:   []int{2, 0, 4, 2, 4},
			rels:    []string{"det", "root", "nsubj", "acl:relcl", "obj"},
		},
		{
			name: "the rest of a name read as the subject of a relative clause",
			in: "Chinese/ADJ/JJ/4/amod Foreign/ADJ/JJ/3/amod Minister/PROPN/NNP/4/compound Wang/NOUN/NN/0/root " +
				"Yi/PROPN/NNP/6/nsubj met/VERB/VBD/4/acl:relcl counterpart/NOUN/NN/6/obj ./PUNCT/./4/punct",
			changed: true,
			heads:   []int{4, 3, 4, 6, 4, 0, 6, 6},
			rels:    []string{"amod", "amod", "compound", "nsubj", "flat", "root", "obj", "punct"},
		},
		{
			name: "a name after a title read as the subject of a parataxis",
			in: "Budget/PROPN/NNP/2/compound Director/PROPN/NNP/0/root James/PROPN/NNP/5/nsubj Miller/PROPN/NNP/3/flat " +
				"said/VERB/VBD/2/parataxis Reagan/PROPN/NNP/7/nsubj erred/VERB/VBD/5/ccomp",
			changed: true,
			heads:   []int{2, 5, 2, 3, 0, 7, 5},
			rels:    []string{"compound", "nsubj", "flat", "flat", "root", "nsubj", "ccomp"},
		},
		{
			name: "a relative pronoun of an apposition does not make the verb a relative clause",
			in: "Leigh/PROPN/NNP/0/root ,/PUNCT/,/5/punct who/PRON/WP/5/nsubj is/AUX/VBZ/5/cop chairman/NOUN/NN/1/appos " +
				",/PUNCT/,/1/punct warned/VERB/VBD/1/acl Brown/PROPN/NNP/7/obj ./PUNCT/./7/punct",
			changed: true,
			heads:   []int{7, 5, 5, 5, 1, 7, 0, 7, 7},
			rels:    []string{"nsubj", "punct", "nsubj", "cop", "appos", "punct", "root", "obj", "punct"},
		},
		{
			name: "the rest of a name as the subject of a verb with any label",
			in: "Foreign/ADJ/JJ/2/amod Minister/PROPN/NNP/3/compound Wang/NOUN/NN/0/root " +
				"Yi/PROPN/NNP/5/nsubj met/VERB/VBD/3/dep counterpart/NOUN/NN/5/obj ./PUNCT/./3/punct",
			changed: true,
			heads:   []int{2, 3, 5, 3, 0, 5, 5},
			rels:    []string{"amod", "compound", "nsubj", "flat", "root", "obj", "punct"},
		},
		{
			name:    "a relative clause with a subject of its own after a common noun stays",
			in:      "the/DET/DT/2/det man/NOUN/NN/0/root John/PROPN/NNP/4/nsubj met/VERB/VBD/2/acl:relcl ./PUNCT/./2/punct",
			changed: false,
			heads:   []int{2, 0, 4, 2, 2},
			rels:    []string{"det", "root", "nsubj", "acl:relcl", "punct"},
		},
		{
			name: "a nominal predicate with its copula stays the root",
			in: "Zarqawi/PROPN/NNP/4/nsubj is/AUX/VBZ/4/cop a/DET/DT/4/det Jordanian/PROPN/NNP/0/root ,/PUNCT/,/7/punct " +
				"and/CCONJ/CC/7/cc had/VERB/VBD/4/parataxis influence/NOUN/NN/7/obj",
			changed: false,
			heads:   []int{4, 4, 4, 0, 7, 7, 4, 7},
			rels:    []string{"nsubj", "cop", "det", "root", "punct", "cc", "parataxis", "obj"},
		},
		{
			name:    "participle as an adjective is right",
			in:      "the/DET/DT/3/det detained/VERB/VBN/3/amod leader/NOUN/NN/0/root",
			changed: false,
			heads:   []int{3, 3, 0},
			rels:    []string{"det", "amod", "root"},
		},
		{
			name: "a past-tense verb read as a conjunct of the subject noun",
			in: "Kurdish/ADJ/JJ/2/amod fighters/NOUN/NNS/0/root ,/PUNCT/,/4/punct backed/VERB/VBN/2/acl by/ADP/IN/6/case " +
				"strikes/NOUN/NNS/4/obl:agent ,/PUNCT/,/8/punct retook/VERB/VBD/2/conj towns/NOUN/NNS/8/obj",
			changed: true,
			heads:   []int{2, 8, 4, 2, 6, 4, 8, 0, 8},
			rels:    []string{"amod", "nsubj", "punct", "acl", "case", "obl:agent", "punct", "root", "obj"},
		},
		{
			name:    "a conjunct verb with its conjunction after a noun left alone",
			in:      "fighters/NOUN/NNS/0/root and/CCONJ/CC/3/cc retook/VERB/VBD/1/conj towns/NOUN/NNS/3/obj",
			changed: false,
			heads:   []int{0, 3, 1, 3},
			rels:    []string{"root", "cc", "conj", "obj"},
		},
		{
			name: "past tense after a name read as a participle modifying the object",
			in: "Thabo/PROPN/NNP/3/nsubj Mbeki/PROPN/NNP/1/flat attacked/VERB/VBN/5/amod British/ADJ/JJ/5/amod " +
				"imperialists/NOUN/NNS/0/root ./PUNCT/./5/punct",
			changed: true,
			heads:   []int{3, 1, 0, 5, 3, 3},
			rels:    []string{"nsubj", "flat", "root", "amod", "obj", "punct"},
		},
		{
			name:    "a participle modifying a noun after a determiner left alone",
			in:      "the/DET/DT/3/det attacked/VERB/VBN/3/amod convoy/NOUN/NN/0/root",
			changed: false,
			heads:   []int{3, 3, 0},
			rels:    []string{"det", "amod", "root"},
		},
		{
			name:    "verb root left alone",
			in:      "Police/NOUN/NNS/2/nsubj arrested/VERB/VBD/0/root men/NOUN/NNS/2/obj",
			changed: false,
			heads:   []int{2, 0, 2},
			rels:    []string{"nsubj", "root", "obj"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parsed(tt.in)
			if got := RepairRoot(&s); got != tt.changed {
				t.Errorf("changed = %v, want %v", got, tt.changed)
			}
			for i, tok := range s.Tokens {
				if tok.Head != tt.heads[i] || tok.Rel != tt.rels[i] {
					t.Errorf("token %d %q: %d %s, want %d %s", i+1, tok.Text, tok.Head, tok.Rel, tt.heads[i], tt.rels[i])
				}
			}
		})
	}
}

// TestTreeRepairs checks the parse repairs that move single dependents,
// each on the tree of the news sentence it was written for and on a tree
// it must leave alone.
func TestTreeRepairs(t *testing.T) {
	tests := []struct {
		name   string
		repair func(*Sentence) int
		in     string
		n      int
		heads  []int
		rels   []string
	}{
		{
			name: "a hyphenated participle made a second subject", repair: RepairHyphenModifier,
			in: "Iranian/ADJ/JJ/3/amod -/PUNCT/HYPH/1/punct backed/VERB/VBN/6/nsubj Houthi/PROPN/NNP/5/compound " +
				"rebels/NOUN/NNS/6/nsubj fired/VERB/VBD/0/root",
			n:     1,
			heads: []int{3, 1, 5, 5, 6, 0}, rels: []string{"amod", "punct", "amod", "compound", "nsubj", "root"},
		},
		{
			name: "a participle after a space is a verb of its own", repair: RepairHyphenModifier,
			in:    "Rebels/NOUN/NNS/3/nsubj backed/VERB/VBN/3/nsubj troops/NOUN/NNS/4/nsubj fired/VERB/VBD/0/root",
			heads: []int{3, 3, 4, 0}, rels: []string{"nsubj", "nsubj", "nsubj", "root"},
		},
		{
			name: "a list member hung on the one before it", repair: RepairConjChain,
			in: "visiting/VERB/VBG/0/root Tanzania/PROPN/NNP/1/obj ,/PUNCT/,/4/punct Mozambique/PROPN/NNP/2/conj " +
				"and/CCONJ/CC/6/cc Kenya/PROPN/NNP/4/conj",
			n:     1,
			heads: []int{0, 1, 4, 2, 6, 2}, rels: []string{"root", "obj", "punct", "conj", "cc", "conj"},
		},
		{
			name: "a list's second member taken for an apposition of the first", repair: RepairApposList,
			in: "Arabia/PROPN/NNP/8/nsubj ,/PUNCT/,/3/punct UAE/PROPN/NNP/1/appos ,/PUNCT/,/5/punct Bahrain/PROPN/NNP/3/conj " +
				"and/CCONJ/CC/7/cc Egypt/PROPN/NNP/3/conj cut/VERB/VBD/0/root",
			n:     1,
			heads: []int{8, 3, 1, 5, 1, 7, 1, 0}, rels: []string{"nsubj", "punct", "conj", "punct", "conj", "cc", "conj", "root"},
		},
		{
			name: "an apposition with no list of its own stays", repair: RepairApposList,
			in:    "Arabia/PROPN/NNP/5/nsubj ,/PUNCT/,/3/punct Riyadh/PROPN/NNP/1/appos ,/PUNCT/,/3/punct cut/VERB/VBD/0/root",
			heads: []int{5, 3, 1, 3, 0}, rels: []string{"nsubj", "punct", "appos", "punct", "root"},
		},
		{
			name: "a nested coordination stays", repair: RepairConjChain,
			in: "between/ADP/IN/2/case Calenardhon/PROPN/NNP/0/root and/CCONJ/CC/4/cc Gondor/PROPN/NNP/2/conj ,/PUNCT/,/7/punct " +
				"and/CCONJ/CC/7/cc Gondor/PROPN/NNP/4/conj and/CCONJ/CC/9/cc Dagolath/PROPN/NNP/7/conj",
			heads: []int{2, 0, 4, 2, 7, 7, 4, 9, 7}, rels: []string{"case", "root", "cc", "conj", "punct", "cc", "conj", "cc", "conj"},
		},
		{
			name: "the object of a verb of urging made the infinitive's subject", repair: RepairObjectControl,
			in: "Japan/PROPN/NNP/2/nsubj warned/VERB/VBD/0/root/warn the/DET/DT/4/det States/PROPN/NNPS/6/nsubj " +
				"to/PART/TO/6/mark lift/VERB/VB/2/advcl sanctions/NOUN/NNS/6/obj",
			n:     1,
			heads: []int{2, 0, 4, 2, 6, 2, 6}, rels: []string{"nsubj", "root", "det", "obj", "mark", "xcomp", "obj"},
		},
		{
			name: "an infinitive hung on the object of a verb of ordering is the verb's", repair: RepairObjectControl,
			in: "Serbia/PROPN/NNP/2/nsubj ordered/VERB/VBD/0/root/order the/DET/DT/4/det diplomat/NOUN/NN/2/obj " +
				"to/PART/TO/6/mark leave/VERB/VB/4/acl",
			n:     1,
			heads: []int{2, 0, 4, 2, 6, 2}, rels: []string{"nsubj", "root", "det", "obj", "mark", "xcomp"},
		},
		{
			name: "\"on\" of \"called on\" read as the infinitive's mark", repair: RepairAppealOn,
			in: "Cable/PROPN/NNP/2/nsubj called/VERB/VBD/0/root/call on/SCONJ/IN/6/mark Brown/PROPN/NNP/6/nsubj " +
				"to/PART/TO/6/mark open/VERB/VB/2/advcl books/NOUN/NNS/6/obj",
			n:     1,
			heads: []int{2, 0, 4, 2, 6, 2, 6}, rels: []string{"nsubj", "root", "case", "obl", "mark", "advcl", "obj"},
		},
		{
			name: "a clause opened by \"on\" after another verb stays", repair: RepairAppealOn,
			in: "Cable/PROPN/NNP/2/nsubj insisted/VERB/VBD/0/root/insist on/SCONJ/IN/6/mark Brown/PROPN/NNP/6/nsubj " +
				"to/PART/TO/6/mark open/VERB/VB/2/advcl books/NOUN/NNS/6/obj",
			heads: []int{2, 0, 6, 6, 6, 2, 6}, rels: []string{"nsubj", "root", "mark", "nsubj", "mark", "advcl", "obj"},
		},
		{
			name: "a noun's own infinitive stays", repair: RepairObjectControl,
			in: "He/PRON/PRP/2/nsubj asked/VERB/VBD/0/root/ask permission/NOUN/NN/2/obj/permission " +
				"to/PART/TO/5/mark leave/VERB/VB/3/acl",
			heads: []int{2, 0, 2, 5, 3}, rels: []string{"nsubj", "root", "obj", "mark", "acl"},
		},
		{
			name: "the \"of\" phrase of an accusation hung on the accused", repair: RepairAccusedOf,
			in: "Armenia/PROPN/NNP/2/nsubj accused/VERB/VBD/0/root/accuse Azerbaijan/PROPN/NNP/2/obj " +
				"of/ADP/IN/5/case aggression/NOUN/NN/3/nmod",
			n:     1,
			heads: []int{2, 0, 2, 5, 2}, rels: []string{"nsubj", "root", "obj", "case", "obl"},
		},
		{
			name: "the \"for\" phrase of a verb of blame", repair: RepairAccusedOf,
			in: "Officials/NOUN/NNS/2/nsubj blamed/VERB/VBD/0/root/blame militants/NOUN/NNS/2/obj " +
				"for/ADP/IN/6/case the/DET/DT/6/det bombing/NOUN/NN/3/nmod",
			n:     1,
			heads: []int{2, 0, 2, 6, 6, 2}, rels: []string{"nsubj", "root", "obj", "case", "det", "obl"},
		},
		{
			name: "the \"for\" phrase after another verb stays", repair: RepairAccusedOf,
			in: "Officials/NOUN/NNS/2/nsubj bought/VERB/VBD/0/root/buy weapons/NOUN/NNS/2/obj " +
				"for/ADP/IN/6/case the/DET/DT/6/det army/NOUN/NN/3/nmod",
			heads: []int{2, 0, 2, 6, 6, 3}, rels: []string{"nsubj", "root", "obj", "case", "det", "nmod"},
		},
		{
			name: "the \"of\" phrase of a singular common noun stays", repair: RepairAccusedOf,
			in: "They/PRON/PRP/2/nsubj accused/VERB/VBD/0/root/accuse the/DET/DT/4/det head/NOUN/NN/2/obj " +
				"of/ADP/IN/7/case the/DET/DT/7/det agency/NOUN/NN/4/nmod",
			heads: []int{2, 0, 4, 2, 7, 7, 4}, rels: []string{"nsubj", "root", "det", "obj", "case", "det", "nmod"},
		},
		{
			name: "an oblique hung on the verb's particle", repair: RepairParticleOblique,
			in:    "Israel/PROPN/NNP/2/nsubj hit/VERB/VBD/0/root back/ADV/RB/2/advmod at/ADP/IN/5/case Hezbollah/PROPN/NNP/3/obl",
			n:     1,
			heads: []int{2, 0, 2, 5, 2}, rels: []string{"nsubj", "root", "advmod", "case", "obl"},
		},
		{
			name: "\"over\" after a verb of handing is its particle", repair: RepairOverParticle,
			in: "Hamas/PROPN/NNP/2/nsubj handed/VERB/VBD/0/root/hand over/ADP/IN/5/case the/DET/DT/5/det " +
				"bodies/NOUN/NNS/2/obl to/ADP/IN/7/case them/PRON/PRP/2/obl",
			n:     1,
			heads: []int{2, 0, 2, 5, 2, 7, 2}, rels: []string{"nsubj", "root", "compound:prt", "det", "obj", "case", "obl"},
		},
		{
			name: "\"over\" read as modifying a number after a verb of handing", repair: RepairOverParticle,
			in:    "They/PRON/PRP/2/nsubj handed/VERB/VBD/0/root/hand over/ADV/RB/4/advmod 20/NUM/CD/5/nummod suspects/NOUN/NNS/2/obl",
			n:     1,
			heads: []int{2, 0, 2, 5, 2}, rels: []string{"nsubj", "root", "compound:prt", "nummod", "obj"},
		},
		{
			name: "\"over\" before a time noun stays a preposition", repair: RepairOverParticle,
			in:    "Talks/NOUN/NNS/2/nsubj turned/VERB/VBD/0/root/turn over/ADP/IN/5/case a/DET/DT/5/det weekend/NOUN/NN/2/obl",
			heads: []int{2, 0, 5, 5, 2}, rels: []string{"nsubj", "root", "case", "det", "obl"},
		},
		{
			name: "\"off\" after breaking is its particle", repair: RepairOverParticle,
			in: "Israel/PROPN/NNP/2/nsubj broke/VERB/VBD/0/root/break off/ADP/IN/5/case peace/NOUN/NN/5/compound " +
				"talks/NOUN/NNS/2/obl",
			n:     1,
			heads: []int{2, 0, 2, 5, 2}, rels: []string{"nsubj", "root", "compound:prt", "compound", "obj"},
		},
		{
			name: "\"over\" after another verb stays a preposition", repair: RepairOverParticle,
			in:    "They/PRON/PRP/2/nsubj fought/VERB/VBD/0/root/fight over/ADP/IN/5/case the/DET/DT/5/det land/NOUN/NN/2/obl",
			heads: []int{2, 0, 5, 5, 2}, rels: []string{"nsubj", "root", "case", "det", "obl"},
		},
		{
			name: "a name and a nationality adjective read as coordinated modifiers", repair: RepairNameAdjectiveConj,
			in: "Israel/PROPN/NNP/4/compound and/CCONJ/CC/3/cc Palestinian/ADJ/JJ/1/conj militants/NOUN/NNS/5/nsubj " +
				"agreed/VERB/VBD/0/root",
			n:     1,
			heads: []int{5, 4, 4, 1, 0}, rels: []string{"nsubj", "cc", "amod", "conj", "root"},
		},
		{
			name: "an abbreviation and an adjective modify the noun together", repair: RepairNameAdjectiveConj,
			in: "U.S./PROPN/NNP/4/compound and/CCONJ/CC/3/cc Iraqi/ADJ/JJ/1/conj forces/NOUN/NNS/5/nsubj " +
				"attacked/VERB/VBD/0/root",
			heads: []int{4, 3, 1, 5, 0}, rels: []string{"compound", "cc", "conj", "nsubj", "root"},
		},
		{
			name: "two adjectives of nationality modify the noun together", repair: RepairNameAdjectiveConj,
			in: "Armenian/PROPN/NNP/4/amod and/CCONJ/CC/3/cc Azerbaijani/ADJ/JJ/1/conj soldiers/NOUN/NNS/5/nsubj " +
				"clashed/VERB/VBD/0/root",
			heads: []int{4, 3, 1, 5, 0}, rels: []string{"amod", "cc", "conj", "nsubj", "root"},
		},
		{
			name: "a country's name ending like an adjective is split off", repair: RepairNameAdjectiveConj,
			in: "Iran/PROPN/NNP/4/compound and/CCONJ/CC/3/cc Iraqi/ADJ/JJ/1/conj officials/NOUN/NNS/5/nsubj " +
				"met/VERB/VBD/0/root",
			n:     1,
			heads: []int{5, 4, 4, 1, 0}, rels: []string{"nsubj", "cc", "amod", "conj", "root"},
		},
		{
			name: "a name with a determiner modifies the noun", repair: RepairNameAdjectiveConj,
			in: "the/DET/DT/2/det Ethiopia/PROPN/NNP/5/compound and/CCONJ/CC/4/cc Tigrayan/ADJ/JJ/2/conj conflict/NOUN/NN/6/nsubj " +
				"ended/VERB/VBD/0/root",
			heads: []int{2, 5, 4, 2, 6, 0}, rels: []string{"det", "compound", "cc", "conj", "nsubj", "root"},
		},
		{
			name: "a particle away from its verb keeps its oblique", repair: RepairParticleOblique,
			in:    "Labour/PROPN/NNP/2/nsubj rejected/VERB/VBD/0/root it/PRON/PRP/2/obj and/CCONJ/CC/5/cc out/ADV/RB/2/advmod on/ADP/IN/7/case bail/NOUN/NN/5/obl",
			heads: []int{2, 0, 2, 5, 2, 7, 5}, rels: []string{"nsubj", "root", "obj", "cc", "advmod", "case", "obl"},
		},
		{
			name: "an oblique of another adverb stays", repair: RepairParticleOblique,
			in:    "They/PRON/PRP/2/nsubj lived/VERB/VBD/0/root far/ADV/RB/2/advmod from/ADP/IN/5/case Kabul/PROPN/NNP/3/obl",
			heads: []int{2, 0, 2, 5, 3}, rels: []string{"nsubj", "root", "advmod", "case", "obl"},
		},
		{
			name: "a verb that is no verb of urging keeps its clause", repair: RepairObjectControl,
			in: "Japan/PROPN/NNP/2/nsubj wanted/VERB/VBD/0/root/want the/DET/DT/4/det States/PROPN/NNPS/6/nsubj " +
				"to/PART/TO/6/mark lift/VERB/VB/2/xcomp sanctions/NOUN/NNS/6/obj",
			heads: []int{2, 0, 4, 6, 6, 2, 6}, rels: []string{"nsubj", "root", "det", "nsubj", "mark", "xcomp", "obj"},
		},
		{
			name: "a noun hung from punctuation is the object", repair: RepairPunctHeads,
			in:    "Sisi/PROPN/NNP/2/nsubj hosted/VERB/VBD/0/root Bashir/PROPN/NNP/4/nsubj ./PUNCT/./2/punct",
			n:     1,
			heads: []int{2, 0, 2, 2}, rels: []string{"nsubj", "root", "obj", "punct"},
		},
		{
			name: "a noun and its preposition hung from punctuation are an oblique", repair: RepairPunctHeads,
			in: "Xi/PROPN/NNP/2/nsubj held/VERB/VBD/0/root talks/NOUN/NNS/2/obj with/ADP/IN/8/case his/PRON/PRP$/6/nmod:poss " +
				"counterpart/NOUN/NN/7/nmod:desc Lula/PROPN/NNP/8/nsubj ./PUNCT/./2/punct",
			n:     2,
			heads: []int{2, 0, 2, 7, 6, 7, 2, 2}, rels: []string{"nsubj", "root", "obj", "case", "nmod:poss", "nmod:desc", "obl", "punct"},
		},
		{
			name: "coordinated modifiers hung on the verb", repair: RepairCoordinatedModifier,
			in: "Qatar/PROPN/NNP/2/nsubj hosted/VERB/VBD/0/root Israeli/ADJ/JJ/2/obj and/CCONJ/CC/5/cc " +
				"Palestinian/ADJ/JJ/3/conj negotiators/NOUN/NNS/2/obj ./PUNCT/./2/punct",
			n:     1,
			heads: []int{2, 0, 6, 5, 3, 2, 2}, rels: []string{"nsubj", "root", "amod", "cc", "conj", "obj", "punct"},
		},
		{
			name: "coordinated modifiers of their noun stay", repair: RepairCoordinatedModifier,
			in: "Qatar/PROPN/NNP/2/nsubj hosted/VERB/VBD/0/root Israeli/ADJ/JJ/6/amod and/CCONJ/CC/5/cc " +
				"Palestinian/ADJ/JJ/3/conj negotiators/NOUN/NNS/2/obj ./PUNCT/./2/punct",
			heads: []int{2, 0, 6, 5, 3, 2, 2}, rels: []string{"nsubj", "root", "amod", "cc", "conj", "obj", "punct"},
		},
		{
			name: "a nationality read as an adverb of the verb", repair: RepairNationalityAdverb,
			in:    "Chinese/ADJ/JJ/4/advmod President/PROPN/NNP/3/nmod:desc Xi/PROPN/NNP/4/nsubj held/VERB/VBD/0/root talks/NOUN/NNS/4/obj",
			n:     1,
			heads: []int{2, 3, 4, 0, 4}, rels: []string{"amod", "nmod:desc", "nsubj", "root", "obj"},
		},
		{
			name: "a nationality read as a modifier of the verb", repair: RepairNationalityAdverb,
			in:    "Iranian/ADJ/JJ/4/amod Premier/PROPN/NNP/4/nsubj Mousavi/PROPN/NNP/2/flat reiterated/VERB/VBD/0/root",
			n:     1,
			heads: []int{2, 4, 2, 0}, rels: []string{"amod", "nsubj", "flat", "root"},
		},
		{
			name: "a nationality whose noun hangs below it stays (no cycle)", repair: RepairNationalityAdverb,
			in:    "Danish/ADJ/JJ/5/advmod Foreign/ADJ/NNP/3/amod Minister/PROPN/NNP/4/nmod:desc Uffe/PROPN/NNP/1/flat Jensen/PROPN/NNP/6/nsubj said/VERB/VBD/0/root",
			heads: []int{5, 3, 4, 1, 6, 0}, rels: []string{"advmod", "amod", "nmod:desc", "flat", "nsubj", "root"},
		},
		{
			name: "a closing title whose verb the parser hung below it", repair: RepairClosingTitle,
			in:    "context/NOUN/NN/0/root ,/PUNCT/,/3/punct spokesman/NOUN/NN/1/conj Arad/PROPN/NNP/5/nsubj said/VERB/VBD/3/acl:relcl/say",
			n:     1,
			heads: []int{0, 3, 4, 5, 1}, rels: []string{"root", "punct", "nmod:desc", "nsubj", "parataxis"},
		},
		{
			name: "a nationality read as a second object", repair: RepairNationalityAdverb,
			in: "minister/NOUN/NN/2/nsubj met/VERB/VBD/0/root Serbian/PROPN/NNP/2/obj President/PROPN/NNP/5/nmod:desc " +
				"Vucic/PROPN/NNP/2/obj",
			n:     1,
			heads: []int{2, 0, 4, 5, 2}, rels: []string{"nsubj", "root", "amod", "nmod:desc", "obj"},
		},
		{
			name: "an adverb before a verb stays", repair: RepairNationalityAdverb,
			in:    "Only/ADV/RB/2/advmod Chinese/ADJ/JJ/3/amod troops/NOUN/NNS/4/nsubj left/VERB/VBD/0/root",
			heads: []int{2, 3, 4, 0}, rels: []string{"advmod", "amod", "nsubj", "root"},
		},
		{
			name: "a time phrase read as the subject between the modal and the verb", repair: RepairModalTime,
			in: "Nakasone/PROPN/NNP/5/vocative will/AUX/MD/5/aux this/DET/DT/4/det week/NOUN/NN/5/nsubj visit/VERB/VB/0/root " +
				"Washington/PROPN/NNP/5/obj",
			n:     1,
			heads: []int{5, 5, 4, 5, 0, 5}, rels: []string{"nsubj", "aux", "det", "obl:unmarked", "root", "obj"},
		},
		{
			name: "a time phrase subject before the modal stays", repair: RepairModalTime,
			in:    "this/DET/DT/2/det week/NOUN/NN/4/nsubj will/AUX/MD/4/aux end/VERB/VB/0/root",
			n:     0,
			heads: []int{2, 4, 4, 0}, rels: []string{"det", "nsubj", "aux", "root"},
		},
		{
			name: "an agent hung on the secondary predicate", repair: RepairPassiveAgent,
			in: "teenagers/NOUN/NNS/3/nsubj:pass were/AUX/VBD/3/aux:pass shot/VERB/VBN/0/root dead/ADJ/JJ/3/xcomp " +
				"by/ADP/IN/6/case troops/NOUN/NNS/4/obl",
			n:     1,
			heads: []int{3, 3, 0, 3, 6, 3}, rels: []string{"nsubj:pass", "aux:pass", "root", "xcomp", "case", "obl:agent"},
		},
		{
			name: "an agent hung on the noun a passive names its subject", repair: RepairPassiveAgent,
			in: "plan/NOUN/NN/3/nsubj:pass was/AUX/VBD/3/aux:pass branded/VERB/VBN/0/root a/DET/DT/5/det disgrace/NOUN/NN/3/obj " +
				"by/ADP/IN/7/case Tories/PROPN/NNPS/5/nmod",
			n:     1,
			heads: []int{3, 3, 0, 5, 3, 7, 3}, rels: []string{"nsubj:pass", "aux:pass", "root", "det", "obj", "case", "obl:agent"},
		},
		{
			name: "a by phrase on an active verb's object stays", repair: RepairPassiveAgent,
			in: "Tories/PROPN/NNPS/2/nsubj branded/VERB/VBD/0/root the/DET/DT/4/det plan/NOUN/NN/2/obj " +
				"by/ADP/IN/6/case ministers/NOUN/NNS/4/nmod",
			n:     0,
			heads: []int{2, 0, 4, 2, 6, 4}, rels: []string{"nsubj", "root", "det", "obj", "case", "nmod"},
		},
		{
			name: "a subject hung on the participle after it", repair: RepairParticipleSubject,
			in: "The/DET/DT/2/det Council/PROPN/NNP/4/obl:unmarked ,/PUNCT/,/4/punct affiliated/VERB/VBN/9/advcl " +
				"to/ADP/IN/6/case ACTU/PROPN/NNP/4/obl ,/PUNCT/,/4/punct had/AUX/VBD/9/aux threatened/VERB/VBN/0/root " +
				"to/PART/TO/11/mark strike/VERB/VB/9/xcomp",
			n:     1,
			heads: []int{2, 9, 4, 2, 6, 4, 4, 9, 0, 11, 9}, rels: []string{"det", "nsubj", "punct", "acl", "case", "obl", "punct", "aux", "root", "mark", "xcomp"},
		},
		{
			name: "a subject the parser gave the present participle after it", repair: RepairParticipleSubject,
			in: "Iran/PROPN/NNP/3/nsubj ,/PUNCT/,/1/punct seeking/VERB/VBG/7/advcl peace/NOUN/NN/3/obj ,/PUNCT/,/3/punct " +
				"has/AUX/VBZ/7/aux called/VERB/VBN/0/root",
			n:     1,
			heads: []int{7, 3, 1, 3, 3, 7, 0}, rels: []string{"nsubj", "punct", "acl", "obj", "punct", "aux", "root"},
		},
		{
			name: "a fronted participle clause before the subject stays", repair: RepairParticipleSubject,
			in: "Asked/VERB/VBN/5/advcl about/ADP/IN/3/case talks/NOUN/NNS/1/obl ,/PUNCT/,/1/punct Blair/PROPN/NNP/5/nsubj " +
				"said/VERB/VBD/0/root no/INTJ/UH/5/obj",
			heads: []int{5, 3, 1, 1, 5, 0, 5}, rels: []string{"advcl", "case", "obl", "punct", "nsubj", "root", "obj"},
		},
		{
			name: "a fronted oblique before a participle stays", repair: RepairParticipleSubject,
			in: "In/ADP/IN/2/case Paris/PROPN/NNP/4/obl ,/PUNCT/,/4/punct backed/VERB/VBN/8/advcl by/ADP/IN/6/case " +
				"allies/NOUN/NNS/4/obl:agent ,/PUNCT/,/4/punct protested/VERB/VBD/0/root",
			heads: []int{2, 4, 4, 8, 6, 4, 4, 0}, rels: []string{"case", "obl", "punct", "advcl", "case", "obl:agent", "punct", "root"},
		},
		{
			name: "a conjunct name split in two", repair: RepairSplitName,
			in: "criticised/VERB/VBD/0/root Tony/PROPN/NNP/3/compound Blair/PROPN/NNP/1/obj and/CCONJ/CC/5/cc " +
				"Gordon/PROPN/NNP/3/conj Brown/PROPN/NNP/3/conj",
			n:     1,
			heads: []int{0, 3, 1, 5, 3, 5}, rels: []string{"root", "compound", "obj", "cc", "conj", "flat"},
		},
		{
			name: "two conjuncts of a list stay", repair: RepairSplitName,
			in: "visited/VERB/VBD/0/root Iran/PROPN/NNP/1/obj ,/PUNCT/,/4/punct Iraq/PROPN/NNP/2/conj ,/PUNCT/,/6/punct " +
				"Syria/PROPN/NNP/2/conj",
			heads: []int{0, 1, 4, 2, 6, 2}, rels: []string{"root", "obj", "punct", "conj", "punct", "conj"},
		},
		{
			name: "a closing reporting clause hung as a complement", repair: RepairClosingSpeech,
			in: "Labour/PROPN/NNP/4/nsubj is/AUX/VBZ/4/cop not/PART/RB/4/advmod straight/ADJ/JJ/0/root ,/PUNCT/,/6/punct " +
				"leader/NOUN/NN/7/nmod:desc Kennedy/PROPN/NNP/9/nsubj has/AUX/VBZ/9/aux said/VERB/VBN/4/ccomp/say ./PUNCT/./4/punct",
			n:     1,
			heads: []int{4, 4, 4, 0, 9, 7, 9, 9, 4, 4}, rels: []string{"nsubj", "cop", "advmod", "root", "punct", "nmod:desc", "nsubj", "aux", "parataxis", "punct"},
		},
		{
			name: "a reporting verb with its complement after it stays", repair: RepairClosingSpeech,
			in: "It/PRON/PRP/2/nsubj failed/VERB/VBD/0/root ,/PUNCT/,/4/punct he/PRON/PRP/5/nsubj said/VERB/VBD/2/ccomp/say " +
				"talks/NOUN/NNS/7/nsubj ended/VERB/VBD/5/ccomp",
			heads: []int{2, 0, 4, 5, 2, 7, 5}, rels: []string{"nsubj", "root", "punct", "nsubj", "ccomp", "nsubj", "ccomp"},
		},
		{
			name: "a clause subject after but hung on the clause before", repair: RepairClauseSubject,
			in: "It/PRON/PRP/2/nsubj:pass caused/VERB/VBN/0/root ,/PUNCT/,/5/punct but/CCONJ/CC/5/cc leaders/NOUN/NNS/2/obl " +
				"have/AUX/VBP/7/aux warned/VERB/VBN/2/conj",
			n:     1,
			heads: []int{2, 0, 7, 7, 7, 7, 2}, rels: []string{"nsubj:pass", "root", "punct", "cc", "nsubj", "aux", "conj"},
		},
		{
			name: "a coordinated clause subject after but split into conjuncts of the clause before", repair: RepairClauseSubject,
			in: "It/PRON/PRP/2/nsubj:pass caused/VERB/VBN/0/root ,/PUNCT/,/6/punct but/CCONJ/CC/6/cc church/NOUN/NN/6/compound leaders/NOUN/NNS/2/conj " +
				"and/CCONJ/CC/8/cc opponents/NOUN/NNS/2/conj have/AUX/VBP/10/aux warned/VERB/VBN/2/conj",
			n:     1,
			heads: []int{2, 0, 10, 10, 6, 10, 8, 6, 10, 2}, rels: []string{"nsubj:pass", "root", "punct", "cc", "compound", "nsubj", "cc", "conj", "aux", "conj"},
		},
		{
			name: "a conjunct verb after an object without a comma stays", repair: RepairClauseSubject,
			in:    "He/PRON/PRP/2/nsubj met/VERB/VBD/0/root leaders/NOUN/NNS/2/obj and/CCONJ/CC/5/cc left/VERB/VBD/2/conj",
			heads: []int{2, 0, 2, 5, 2}, rels: []string{"nsubj", "root", "obj", "cc", "conj"},
		},
		{
			name: "a fronted time swallowed into the subject", repair: RepairFrontedTime,
			in: "On/ADP/IN/4/case Monday/PROPN/NNP/4/compound inspection/NOUN/NN/4/compound chief/NOUN/NN/5/nmod:desc " +
				"Bell/PROPN/NNP/6/nsubj criticised/VERB/VBD/0/root schools/NOUN/NNS/6/obj",
			n:     1,
			heads: []int{2, 6, 4, 5, 6, 0, 6}, rels: []string{"case", "obl", "compound", "nmod:desc", "nsubj", "root", "obj"},
		},
		{
			name: "a title hung on the verb", repair: RepairTitleHead,
			in: "House/PROPN/NNP/2/compound aide/NOUN/NN/5/nmod:desc Sidney/PROPN/NNP/5/nsubj Blumenthal/PROPN/NNP/3/flat " +
				"sued/VERB/VBD/0/root columnist/NOUN/NN/5/obj",
			n:     1,
			heads: []int{2, 3, 5, 3, 0, 5}, rels: []string{"compound", "nmod:desc", "nsubj", "flat", "root", "obj"},
		},
		{
			name: "a noun before a subject with a determiner stays", repair: RepairTitleHead,
			in:    "Yesterday/NOUN/NN/4/compound the/DET/DT/3/det minister/NOUN/NN/4/nsubj resigned/VERB/VBD/0/root",
			heads: []int{4, 3, 4, 0}, rels: []string{"compound", "det", "nsubj", "root"},
		},
		{
			name: "the phrase of a subject's apposition hung on the verb", repair: RepairAppositionPhrase,
			in: "said/VERB/VBD/0/root Slemrod/PROPN/NNP/1/nsubj ,/PUNCT/,/5/punct an/DET/DT/5/det economist/NOUN/NN/2/appos " +
				"at/ADP/IN/7/case University/PROPN/NNP/1/obl",
			n:     1,
			heads: []int{0, 1, 5, 5, 2, 7, 5}, rels: []string{"root", "nsubj", "punct", "det", "appos", "case", "nmod"},
		},
		{
			name: "an oblique after the subject's own noun stays", repair: RepairAppositionPhrase,
			in: "Slemrod/PROPN/NNP/2/nsubj spoke/VERB/VBD/0/root ,/PUNCT/,/2/punct economist/NOUN/NN/2/obj " +
				"at/ADP/IN/6/case University/PROPN/NNP/2/obl",
			heads: []int{2, 0, 2, 2, 6, 2}, rels: []string{"nsubj", "root", "punct", "obj", "case", "obl"},
		},
		{
			name: "a closing speaker's title hung on the clause before", repair: RepairClosingTitle,
			in: "straight/ADJ/JJ/0/root on/ADP/IN/3/case issue/NOUN/NN/1/obl ,/PUNCT/,/5/punct leader/NOUN/NN/3/conj " +
				"Kennedy/PROPN/NNP/8/nsubj has/AUX/VBZ/8/aux said/VERB/VBN/1/ccomp/say",
			n:     1,
			heads: []int{0, 3, 1, 5, 6, 8, 8, 1}, rels: []string{"root", "case", "obl", "punct", "nmod:desc", "nsubj", "aux", "ccomp"},
		},
		{
			name: "a conjunct before the subject of another verb stays", repair: RepairClosingTitle,
			in:    "taxes/NOUN/NNS/0/root ,/PUNCT/,/3/punct jobs/NOUN/NNS/1/conj Kennedy/PROPN/NNP/5/nsubj rose/VERB/VBD/1/parataxis",
			heads: []int{0, 3, 1, 5, 1}, rels: []string{"root", "punct", "conj", "nsubj", "parataxis"},
		},
		{
			name: "a past-tense conjunct of a reported modal clause", repair: RepairConjTense,
			in: "Blair/PROPN/NNP/2/nsubj said/VERB/VBD/0/root Labour/PROPN/NNP/5/nsubj would/AUX/MD/5/aux set/VERB/VB/2/ccomp " +
				"plans/NOUN/NNS/5/obj and/CCONJ/CC/8/cc attacked/VERB/VBN/5/conj Tory/PROPN/NNP/10/compound plans/NOUN/NNS/5/obj",
			n:     1,
			heads: []int{2, 0, 5, 5, 2, 5, 8, 2, 10, 8}, rels: []string{"nsubj", "root", "nsubj", "aux", "ccomp", "obj", "cc", "conj", "compound", "obj"},
		},
		{
			name: "a conjunct of a reported past clause stays", repair: RepairConjTense,
			in: "Blair/PROPN/NNP/2/nsubj said/VERB/VBD/0/root Labour/PROPN/NNP/4/nsubj met/VERB/VBD/2/ccomp " +
				"and/CCONJ/CC/6/cc agreed/VERB/VBD/4/conj",
			heads: []int{2, 0, 4, 2, 6, 4}, rels: []string{"nsubj", "root", "nsubj", "ccomp", "cc", "conj"},
		},
		{
			name: "a speech act coordinated with a reported copular clause is the speaker's", repair: RepairConjSpeechAct,
			in: "Iran/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say attack/NOUN/NN/6/nsubj was/AUX/VBD/6/cop a/DET/DT/6/det crime/NOUN/NN/2/ccomp " +
				"and/CCONJ/CC/8/cc urged/VERB/VBD/6/conj/urge Moscow/PROPN/NNP/8/obj",
			n:     1,
			heads: []int{2, 0, 6, 6, 6, 2, 8, 2, 8}, rels: []string{"nsubj", "root", "nsubj", "cop", "det", "ccomp", "cc", "conj", "obj"},
		},
		{
			name: "a speech act coordinated with what an armed act is said to have done is the speaker's", repair: RepairConjSpeechAct,
			in: "Iran/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say raid/NOUN/NN/5/nsubj had/AUX/VBD/5/aux killed/VERB/VBN/2/ccomp " +
				"civilians/NOUN/NNS/5/obj and/CCONJ/CC/8/cc urged/VERB/VBD/5/conj/urge Moscow/PROPN/NNP/8/obj",
			n:     1,
			heads: []int{2, 0, 5, 5, 2, 5, 8, 2, 8}, rels: []string{"nsubj", "root", "nsubj", "aux", "ccomp", "obj", "cc", "conj", "obj"},
		},
		{
			name: "a speech act coordinated with what a party is said to have done stays", repair: RepairConjSpeechAct,
			in: "Iran/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say rebels/NOUN/NNS/4/nsubj killed/VERB/VBD/2/ccomp " +
				"civilians/NOUN/NNS/4/obj and/CCONJ/CC/7/cc urged/VERB/VBD/4/conj/urge Moscow/PROPN/NNP/7/obj",
			heads: []int{2, 0, 4, 2, 4, 7, 4, 7}, rels: []string{"nsubj", "root", "nsubj", "ccomp", "obj", "cc", "conj", "obj"},
		},
		{
			name: "a speech act coordinated with a reported clause of a named subject stays", repair: RepairConjSpeechAct,
			in: "Iran/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say Iraq/PROPN/NNP/5/nsubj was/AUX/VBD/5/aux:pass beaten/VERB/VBN/2/ccomp " +
				"and/CCONJ/CC/7/cc accused/VERB/VBD/5/conj/accuse Kuwait/PROPN/NNP/7/obj",
			heads: []int{2, 0, 5, 5, 2, 7, 5, 7}, rels: []string{"nsubj", "root", "nsubj", "aux:pass", "ccomp", "cc", "conj", "obj"},
		},
		{
			name: "a speech act coordinated with a reported feeling stays", repair: RepairConjSpeechAct,
			in: "Iran/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say countries/NOUN/NNS/5/nsubj were/AUX/VBD/5/cop concerned/ADJ/JJ/2/ccomp " +
				"and/CCONJ/CC/7/cc welcomed/VERB/VBD/5/conj/welcome measures/NOUN/NNS/7/obj",
			heads: []int{2, 0, 5, 5, 2, 7, 5, 7}, rels: []string{"nsubj", "root", "nsubj", "cop", "ccomp", "cc", "conj", "obj"},
		},
		{
			name: "a speech act with an auxiliary of its own stays", repair: RepairConjSpeechAct,
			in: "Iran/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say plan/NOUN/NN/5/nsubj was/AUX/VBD/5/cop wrong/ADJ/JJ/2/ccomp " +
				"and/CCONJ/CC/8/cc would/AUX/MD/8/aux condemn/VERB/VB/5/conj/condemn Kuwait/PROPN/NNP/8/obj",
			heads: []int{2, 0, 5, 5, 2, 8, 8, 5, 8}, rels: []string{"nsubj", "root", "nsubj", "cop", "ccomp", "cc", "aux", "conj", "obj"},
		},
		{
			name: "a speaker after the verb that closes a quotation", repair: RepairInvertedSpeaker,
			in: "solutions/NOUN/NNS/2/nsubj work/VERB/VB/0/root ,/PUNCT/,/2/punct ''/PUNCT/''/2/punct said/VERB/VBD/2/conj/say " +
				"an/DET/DT/7/det official/NOUN/NN/5/obj ./PUNCT/./2/punct",
			n:     1,
			heads: []int{2, 0, 2, 2, 2, 7, 5, 2}, rels: []string{"nsubj", "root", "punct", "punct", "parataxis", "det", "nsubj", "punct"},
		},
		{
			name: "a plural speaker after a verb of saying read as an interjection", repair: RepairInvertedSpeaker,
			in: "Blair/PROPN/NNP/2/nsubj lied/VERB/VBD/0/root ,/PUNCT/,/4/punct say/INTJ/UH/2/discourse " +
				"the/DET/DT/6/det Tories/PROPN/NNPS/4/ccomp ./PUNCT/./2/punct",
			n:     1,
			heads: []int{2, 0, 4, 2, 6, 4, 2}, rels: []string{"nsubj", "root", "punct", "parataxis", "det", "nsubj", "punct"},
		},
		{
			name: "a closing speaker who told a listener, hung as an apposition of the object", repair: RepairClosingSubject,
			in: "Iran/PROPN/NNP/2/nsubj attacked/VERB/VBD/0/root forces/NOUN/NNS/2/obj ,/PUNCT/,/6/punct " +
				"Prime/ADJ/NNP/6/amod Minister/PROPN/NNP/3/appos Mousavi/PROPN/NNP/6/flat told/VERB/VBD/2/conj/tell " +
				"Tehran/PROPN/NNP/10/compound Radio/PROPN/NNP/8/iobj ./PUNCT/./2/punct",
			n:     1,
			heads: []int{2, 0, 2, 8, 6, 8, 6, 2, 10, 8, 2}, rels: []string{"nsubj", "root", "obj", "punct", "amod", "nsubj", "flat", "parataxis", "compound", "iobj", "punct"},
		},
		{
			name: "an object with a clause after it stays", repair: RepairInvertedSpeaker,
			in: "Officials/NOUN/NNS/2/nsubj met/VERB/VBD/0/root ,/PUNCT/,/4/punct told/VERB/VBD/2/conj/tell reporters/NOUN/NNS/4/obj " +
				"talks/NOUN/NNS/7/nsubj failed/VERB/VBD/4/ccomp",
			heads: []int{2, 0, 4, 2, 4, 7, 4}, rels: []string{"nsubj", "root", "punct", "conj", "obj", "nsubj", "ccomp"},
		},
		{
			name: "a fronted adjective phrase made the root", repair: RepairFrontedPredicate,
			in: "Eager/ADJ/JJ/0/root to/PART/TO/3/mark shift/VERB/VB/1/xcomp focus/NOUN/NN/3/obj ,/PUNCT/,/7/punct " +
				"President/PROPN/NNP/7/nmod:desc Clinton/PROPN/NNP/1/parataxis lambasted/VERB/VBD/1/parataxis " +
				"proposal/NOUN/NN/8/obj ./PUNCT/./1/punct",
			n:     1,
			heads: []int{8, 3, 1, 3, 1, 7, 8, 0, 8, 8}, rels: []string{"advcl", "mark", "xcomp", "obj", "punct", "nmod:desc", "nsubj", "root", "obj", "punct"},
		},
		{
			name: "a fronted participle phrase with the subject in its apposition", repair: RepairFrontedPredicate,
			in: "Angered/VERB/VBN/0/root by/ADP/IN/4/case the/DET/DT/4/det vote/NOUN/NN/1/obl:agent ,/PUNCT/,/6/punct " +
				"Russia/PROPN/NNP/4/appos recalled/VERB/VBD/1/conj envoy/NOUN/NN/7/obj",
			n:     1,
			heads: []int{7, 4, 4, 1, 1, 7, 0, 7}, rels: []string{"advcl", "case", "det", "obl:agent", "punct", "nsubj", "root", "obj"},
		},
		{
			name: "coordinated clauses after a fronted adjective stay", repair: RepairFrontedPredicate,
			in: "not/PART/RB/2/advmod sure/ADJ/JJ/0/root ,/PUNCT/,/6/punct but/CCONJ/CC/6/cc i/PRON/PRP/6/nsubj " +
				"assume/VERB/VBP/2/conj",
			heads: []int{2, 0, 6, 6, 6, 2}, rels: []string{"advmod", "root", "punct", "cc", "nsubj", "conj"},
		},
		{
			name: "a passive participle with its agent after the object is a reduced relative", repair: RepairReducedPassive,
			in: "they/PRON/PRP/2/nsubj protested/VERB/VBD/0/root/protest tax/NOUN/NN/4/compound hikes/NOUN/NNS/2/obj " +
				"imposed/VERB/VBN/2/xcomp/impose by/ADP/IN/7/case government/NOUN/NN/5/obl:agent",
			n:     1,
			heads: []int{2, 0, 4, 2, 4, 7, 5}, rels: []string{"nsubj", "root", "compound", "obj", "acl", "case", "obl:agent"},
		},
		{
			name: "a past participle with a 'by' agent after a prepositional noun is a reduced relative of the noun", repair: RepairPhraseParticiple,
			in: "they/PRON/PRP/2/nsubj quit/VERB/VBD/0/root in/ADP/IN/5/case a/DET/DT/5/det move/NOUN/NN/6/nsubj " +
				"condemned/VERB/VBD/2/parataxis by/ADP/IN/8/case unions/NOUN/NNS/6/obl",
			n:     1,
			heads: []int{2, 0, 5, 5, 2, 5, 8, 6}, rels: []string{"nsubj", "root", "case", "det", "obl", "acl", "case", "obl:agent"},
		},
		{
			name: "a past-tense verb after a noun without a preposition stays", repair: RepairPhraseParticiple,
			in: "they/PRON/PRP/2/nsubj quit/VERB/VBD/0/root and/CCONJ/CC/6/cc the/DET/DT/5/det move/NOUN/NN/6/nsubj " +
				"angered/VERB/VBD/2/conj unions/NOUN/NNS/6/obj",
			heads: []int{2, 0, 6, 5, 6, 2, 6}, rels: []string{"nsubj", "root", "cc", "det", "nsubj", "conj", "obj"},
		},
		{
			name: "an object's predicate after a causative stays", repair: RepairReducedPassive,
			in: "they/PRON/PRP/2/nsubj had/VERB/VBD/0/root/have house/NOUN/NN/2/obj " +
				"painted/VERB/VBN/2/xcomp/paint by/ADP/IN/6/case professionals/NOUN/NNS/4/obl:agent",
			heads: []int{2, 0, 2, 2, 6, 4}, rels: []string{"nsubj", "root", "obj", "xcomp", "case", "obl:agent"},
		},
		{
			name: "a main clause's subject hung on a conditional clause as an apposition", repair: RepairOpenerSubject,
			in: "if/SCONJ/IN/3/mark Fed/PROPN/NNP/3/nsubj eased/VERB/VBD/10/advcl curbs/NOUN/NNS/3/obj on/ADP/IN/6/case " +
				"ATT/PROPN/NNP/4/nmod ,/PUNCT/,/8/punct Congress/PROPN/NNP/6/appos would/AUX/MD/10/aux act/VERB/VB/0/root",
			n:     1,
			heads: []int{3, 3, 10, 3, 6, 4, 8, 10, 10, 0}, rels: []string{"mark", "nsubj", "advcl", "obj", "case", "nmod", "punct", "nsubj", "aux", "root"},
		},
		{
			name: "a subordinate clause of telling hung on the clause it tells", repair: RepairToldClause,
			in: "rows/NOUN/NNS/2/nsubj came/VERB/VBD/0/root after/SCONJ/IN/5/mark Blair/PROPN/NNP/5/nsubj told/VERB/VBD/9/advcl/tell " +
				"members/NOUN/NNS/5/obj the/DET/DT/8/det Tories/PROPN/NNPS/9/nsubj offered/VERB/VBD/2/parataxis",
			n:     1,
			heads: []int{2, 0, 5, 5, 2, 5, 8, 9, 5}, rels: []string{"nsubj", "root", "mark", "nsubj", "advcl", "obj", "det", "nsubj", "ccomp"},
		},
		{
			name: "a clause after a comma is not what a subordinate clause of telling tells", repair: RepairToldClause,
			in: "after/SCONJ/IN/3/mark Blair/PROPN/NNP/3/nsubj told/VERB/VBD/8/advcl/tell members/NOUN/NNS/3/obj ,/PUNCT/,/8/punct " +
				"the/DET/DT/7/det Tories/PROPN/NNPS/8/nsubj offered/VERB/VBD/9/ccomp said/VERB/VBD/0/root",
			heads: []int{3, 3, 8, 3, 8, 7, 8, 9, 0}, rels: []string{"mark", "nsubj", "advcl", "obj", "punct", "det", "nsubj", "ccomp", "root"},
		},
		{
			name: "a second that-clause coordinated with the verb of saying is a conjunct of its complement", repair: RepairThatConjunct,
			in: "Davis/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say plan/NOUN/NN/4/nsubj failed/VERB/VBD/2/ccomp and/CCONJ/CC/9/cc " +
				"that/SCONJ/IN/9/mark government/NOUN/NN/9/nsubj had/AUX/VBD/9/aux lied/VERB/VBN/2/conj",
			n:     1,
			heads: []int{2, 0, 4, 2, 9, 9, 9, 9, 4}, rels: []string{"nsubj", "root", "nsubj", "ccomp", "cc", "mark", "nsubj", "aux", "conj"},
		},
		{
			name: "a coordinated clause without that stays the speaker's own act", repair: RepairThatConjunct,
			in: "Davis/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say plan/NOUN/NN/4/nsubj failed/VERB/VBD/2/ccomp and/CCONJ/CC/8/cc " +
				"he/PRON/PRP/8/nsubj then/ADV/RB/8/advmod left/VERB/VBD/2/conj",
			heads: []int{2, 0, 4, 2, 8, 8, 8, 2}, rels: []string{"nsubj", "root", "nsubj", "ccomp", "cc", "nsubj", "advmod", "conj"},
		},
		{
			name: "a main clause's subject hung on a fronted prepositional phrase as an apposition", repair: RepairOpenerSubject,
			in: "In/ADP/IN/3/case an/DET/DT/3/det interview/NOUN/NN/8/obl with/ADP/IN/5/case Asahi/PROPN/NNP/3/nmod " +
				",/PUNCT/,/7/punct Abbas/PROPN/NNP/3/appos said/VERB/VBD/0/root",
			n:     1,
			heads: []int{3, 3, 8, 5, 3, 7, 8, 0}, rels: []string{"case", "det", "obl", "case", "nmod", "punct", "nsubj", "root"},
		},
		{
			name: "a main clause's subject hung on an opening participle taken for the clausal subject", repair: RepairOpenerSubject,
			in: "Speaking/VERB/VBG/8/csubj after/ADP/IN/4/case the/DET/DT/4/det debate/NOUN/NN/1/obl ,/PUNCT/,/7/punct " +
				"shadow/NOUN/NN/7/compound Davis/PROPN/NNP/1/conj said/VERB/VBD/0/root",
			n:     1,
			heads: []int{8, 4, 4, 1, 7, 7, 8, 0}, rels: []string{"advcl", "case", "det", "obl", "punct", "compound", "nsubj", "root"},
		},
		{
			name: "a conjunct with its own \"and\" inside an opening participle stays", repair: RepairOpenerSubject,
			in: "Speaking/VERB/VBG/7/csubj to/ADP/IN/3/case Blair/PROPN/NNP/1/obl ,/PUNCT/,/6/punct and/CCONJ/CC/6/cc " +
				"Brown/PROPN/NNP/3/conj said/VERB/VBD/0/root",
			heads: []int{7, 3, 1, 6, 6, 3, 0}, rels: []string{"csubj", "case", "obl", "punct", "cc", "conj", "root"},
		},
		{
			name: "an apposition inside a conditional clause stays when the main clause has a subject", repair: RepairOpenerSubject,
			in: "if/SCONJ/IN/3/mark Fed/PROPN/NNP/3/nsubj eased/VERB/VBD/10/advcl curbs/NOUN/NNS/3/obj on/ADP/IN/6/case " +
				"ATT/PROPN/NNP/4/nmod ,/PUNCT/,/8/punct Congress/PROPN/NNP/6/appos it/PRON/PRP/10/nsubj act/VERB/VB/0/root",
			heads: []int{3, 3, 10, 3, 6, 4, 8, 6, 10, 0}, rels: []string{"mark", "nsubj", "advcl", "obj", "case", "nmod", "punct", "appos", "nsubj", "root"},
		},
		{
			name: "a quotation after a colon is the content of the verb of telling", repair: RepairColonQuote,
			in: "Fox/PROPN/NNP/2/nsubj told/VERB/VBD/0/root/tell reporters/NOUN/NNS/2/iobj :/PUNCT/:/8/punct \"/PUNCT/``/8/punct " +
				"Blair/PROPN/NNP/8/nsubj has/AUX/VBZ/8/aux broken/VERB/VBN/2/parataxis/break",
			n:     1,
			heads: []int{2, 0, 2, 8, 8, 8, 8, 2}, rels: []string{"nsubj", "root", "iobj", "punct", "punct", "nsubj", "aux", "ccomp"},
		},
		{
			name: "a clause after a colon inside the addressee's words stays", repair: RepairColonQuote,
			in: "Fox/PROPN/NNP/2/nsubj told/VERB/VBD/0/root/tell reporters/NOUN/NNS/2/iobj :/PUNCT/:/3/punct " +
				"three/NUM/CD/3/appos ,/PUNCT/,/8/punct Blair/PROPN/NNP/8/nsubj left/VERB/VBD/2/parataxis/leave",
			heads: []int{2, 0, 2, 3, 3, 8, 8, 2}, rels: []string{"nsubj", "root", "iobj", "punct", "appos", "punct", "nsubj", "parataxis"},
		},
		{
			name: "a fronted clause read as a second subject", repair: RepairFrontedClause,
			in: "When/ADV/WRB/4/advmod he/PRON/PRP/4/nsubj was/AUX/VBD/4/cop Tokyo/PROPN/NNP/8/nsubj ,/PUNCT/,/4/punct " +
				"Minister/PROPN/NNP/7/nmod:desc Machimura/PROPN/NNP/8/nsubj told/VERB/VBD/0/root",
			n:     1,
			heads: []int{4, 4, 4, 8, 4, 7, 8, 0}, rels: []string{"advmod", "nsubj", "cop", "advcl", "punct", "nmod:desc", "nsubj", "root"},
		},
		{
			name: "a subject with a relative clause stays", repair: RepairFrontedClause,
			in:    "Ministers/NOUN/NNS/4/nsubj ,/PUNCT/,/3/punct angry/ADJ/JJ/1/amod said/VERB/VBD/0/root",
			heads: []int{4, 3, 1, 0}, rels: []string{"nsubj", "punct", "amod", "root"},
		},
		{
			name: "a subject joined to the fronted phrase", repair: RepairFrontedSubject,
			in: "In/ADP/IN/3/case a/DET/DT/3/det call/NOUN/NN/9/obl with/ADP/IN/6/case Crown/PROPN/NNP/6/compound " +
				"Prince/PROPN/NNP/3/nmod ,/PUNCT/,/8/punct Biden/PROPN/NNP/6/conj discussed/VERB/VBD/0/root war/NOUN/NN/9/obj",
			n:     1,
			heads: []int{3, 3, 9, 6, 6, 3, 3, 9, 0, 9}, rels: []string{"case", "det", "obl", "case", "compound", "nmod", "punct", "nsubj", "root", "obj"},
		},
		{
			name: "a coordinated subject after the fronted phrase stays", repair: RepairFrontedSubject,
			in:    "In/ADP/IN/2/case Paris/PROPN/NNP/5/obl ,/PUNCT/,/4/punct Biden/PROPN/NNP/5/nsubj discussed/VERB/VBD/0/root war/NOUN/NN/5/obj",
			heads: []int{2, 5, 4, 5, 0, 5}, rels: []string{"case", "obl", "punct", "nsubj", "root", "obj"},
		},
		{
			name: "a complement clause read as a relative clause of the addressee", repair: RepairThatClause,
			in: "Blair/PROPN/NNP/2/nsubj told/VERB/VBD/0/root/tell MPs/NOUN/NNS/2/iobj that/PRON/WDT/7/obj " +
				"Britain/PROPN/NNP/7/nsubj would/AUX/MD/7/aux join/VERB/VB/3/acl:relcl euro/NOUN/NN/7/obj",
			n:     1,
			heads: []int{2, 0, 2, 7, 7, 7, 2, 7}, rels: []string{"nsubj", "root", "iobj", "mark", "nsubj", "aux", "ccomp", "obj"},
		},
		{
			name: "a relative clause whose object is its relative pronoun stays", repair: RepairThatClause,
			in: "Blair/PROPN/NNP/2/nsubj told/VERB/VBD/0/root/tell MPs/NOUN/NNS/2/obj that/PRON/WDT/6/obj " +
				"Britain/PROPN/NNP/6/nsubj distrusted/VERB/VBD/3/acl:relcl",
			heads: []int{2, 0, 2, 6, 6, 3}, rels: []string{"nsubj", "root", "obj", "obj", "nsubj", "acl:relcl"},
		},
		{
			name: "a complement clause read as a relative clause of an oblique of saying", repair: RepairThatClause,
			in: "Baker/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say at/ADP/IN/4/case conference/NOUN/NN/2/obl that/PRON/WDT/8/obj " +
				"Japan/PROPN/NNP/8/nsubj must/AUX/MD/8/aux cut/VERB/VB/4/acl:relcl surplus/NOUN/NN/8/obj",
			n:     1,
			heads: []int{2, 0, 4, 2, 8, 8, 8, 2, 8}, rels: []string{"nsubj", "root", "case", "obl", "mark", "nsubj", "aux", "ccomp", "obj"},
		},
		{
			name: "a marked clause hung on an oblique of telling", repair: RepairThatClause,
			in: "Baker/PROPN/NNP/2/nsubj told/VERB/VBD/0/root/tell reporters/NOUN/NNS/2/obj after/ADP/IN/5/case meeting/NOUN/NN/2/obl " +
				"that/SCONJ/IN/8/mark Japan/PROPN/NNP/8/nsubj retaliated/VERB/VBD/5/acl",
			n:     1,
			heads: []int{2, 0, 2, 5, 2, 8, 8, 2}, rels: []string{"nsubj", "root", "obj", "case", "obl", "mark", "nsubj", "ccomp"},
		},
		{
			name: "a relative clause of an oblique of saying with its object gap stays", repair: RepairThatClause,
			in: "Baker/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say at/ADP/IN/4/case meeting/NOUN/NN/2/obl that/PRON/WDT/7/obj " +
				"Japan/PROPN/NNP/7/nsubj hosted/VERB/VBD/4/acl:relcl",
			heads: []int{2, 0, 4, 2, 7, 7, 4}, rels: []string{"nsubj", "root", "case", "obl", "obj", "nsubj", "acl:relcl"},
		},
		{
			name: "a report split by its verb of saying: the opening phrase is the reported verb's subject", repair: RepairSplitReport,
			in: "Japan/PROPN/NNP/4/vocative ,/PUNCT/,/1/punct Baker/PROPN/NNP/4/nsubj said/VERB/VBD/0/root/say ,/PUNCT/,/7/punct " +
				"must/AUX/MD/7/aux open/VERB/VB/4/ccomp markets/NOUN/NNS/7/obj",
			n:     1,
			heads: []int{7, 1, 4, 0, 7, 7, 4, 7}, rels: []string{"nsubj", "punct", "nsubj", "root", "punct", "aux", "ccomp", "obj"},
		},
		{
			name: "a split report read as a compound of the speaker", repair: RepairSplitReport,
			in: "companies/NOUN/NNS/3/compound ,/PUNCT/,/1/punct Clinton/PROPN/NNP/4/nsubj said/VERB/VBD/0/root/say ,/PUNCT/,/6/punct " +
				"needed/VERB/VBD/4/ccomp",
			n:     1,
			heads: []int{6, 1, 4, 0, 6, 4}, rels: []string{"nsubj", "punct", "nsubj", "root", "punct", "ccomp"},
		},
		{
			name: "a vocative before a verb of saying whose complement has a subject stays", repair: RepairSplitReport,
			in: "Sir/PROPN/NNP/4/vocative ,/PUNCT/,/1/punct Baker/PROPN/NNP/4/nsubj said/VERB/VBD/0/root/say ,/PUNCT/,/7/punct " +
				"Japan/PROPN/NNP/7/nsubj opened/VERB/VBD/4/ccomp",
			heads: []int{4, 1, 4, 0, 7, 7, 4}, rels: []string{"vocative", "punct", "nsubj", "root", "punct", "nsubj", "ccomp"},
		},
		{
			name: "a name cut in two subjects goes on", repair: RepairDoubleSubject,
			in: "Chancellor/PROPN/NNP/5/nsubj Gordon/PROPN/NNP/1/flat Brown/PROPN/NNP/5/nsubj will/AUX/MD/5/aux " +
				"deliver/VERB/VB/0/root Budget/NOUN/NN/5/obj",
			n:     1,
			heads: []int{5, 1, 1, 5, 0, 5}, rels: []string{"nsubj", "flat", "flat", "aux", "root", "obj"},
		},
		{
			name: "a name after a subject without a flat part stays", repair: RepairDoubleSubject,
			in:    "Britain/PROPN/NNP/3/nsubj Blair/PROPN/NNP/3/nsubj said/VERB/VBD/0/root",
			n:     1,
			heads: []int{2, 3, 0}, rels: []string{"compound", "nsubj", "root"},
		},
		{
			name: "a name read as the subject of the subject noun after it", repair: RepairDoubleSubject,
			in:    "Boko/PROPN/NNP/3/nsubj Haram/PROPN/NNP/1/flat fighters/NOUN/NNS/4/nsubj abducted/VERB/VBD/0/root women/NOUN/NNS/4/obj",
			n:     1,
			heads: []int{3, 1, 4, 0, 4}, rels: []string{"compound", "flat", "nsubj", "root", "obj"},
		},
		{
			name: "punctuation heads nothing already", repair: RepairPunctHeads,
			in:    "Sisi/PROPN/NNP/2/nsubj hosted/VERB/VBD/0/root Bashir/PROPN/NNP/2/obj ./PUNCT/./2/punct",
			heads: []int{2, 0, 2, 2}, rels: []string{"nsubj", "root", "obj", "punct"},
		},
		{
			name: "a subordinate clause read as a preposition's object", repair: RepairSubordinate,
			in: "Keita/PROPN/NNP/2/nsubj resigned/VERB/VBD/0/root after/ADP/IN/4/case soldiers/NOUN/NNS/5/obl " +
				"detained/VERB/VBN/2/ccomp him/PRON/PRP/5/obj",
			n:     1,
			heads: []int{2, 0, 5, 5, 2, 5}, rels: []string{"nsubj", "root", "mark", "nsubj", "advcl", "obj"},
		},
		{
			name: "a verb with a subject keeps its oblique", repair: RepairSubordinate,
			in:    "Police/NOUN/NNS/4/nsubj after/ADP/IN/3/case dark/NOUN/NN/4/obl arrested/VERB/VBD/0/root men/NOUN/NNS/4/obj",
			heads: []int{4, 3, 4, 0, 4}, rels: []string{"nsubj", "case", "obl", "root", "obj"},
		},
		{
			name: "a participle clause after a subordinating word read as a noun's modifier", repair: RepairSubordinate,
			in: "Keita/PROPN/NNP/2/nsubj resigned/VERB/VBD/0/root after/ADP/IN/4/case soldiers/NOUN/NNS/2/obl " +
				"detained/VERB/VBN/4/acl him/PRON/PRP/5/obj",
			n:     1,
			heads: []int{2, 0, 5, 5, 2, 5}, rels: []string{"nsubj", "root", "mark", "nsubj", "advcl", "obj"},
		},
		{
			name: "a clause after a subordinating word read as a noun phrase, the verb an adjective of its object", repair: RepairSubordinate,
			in: "strikes/NOUN/NNS/2/nsubj hit/VERB/VBD/0/root Gaza/PROPN/NNP/2/obj overnight/ADV/RB/6/advmod after/ADP/IN/6/case " +
				"militants/NOUN/NNS/2/obl fired/VERB/VBN/8/amod rockets/NOUN/NNS/6/nmod into/ADP/IN/10/case Israel/PROPN/NNP/6/nmod",
			n:     1,
			heads: []int{2, 0, 2, 7, 7, 7, 2, 7, 10, 7}, rels: []string{"nsubj", "root", "obj", "advmod", "mark", "nsubj", "advcl", "obj", "case", "obl"},
		},
		{
			name: "an adjective participle in a marked noun phrase stays", repair: RepairSubordinate,
			in: "strikes/NOUN/NNS/2/nsubj hit/VERB/VBD/0/root Gaza/PROPN/NNP/2/obj after/ADP/IN/7/case the/DET/DT/7/det " +
				"detained/VERB/VBN/7/amod men/NOUN/NNS/2/obl",
			heads: []int{2, 0, 2, 7, 7, 7, 2}, rels: []string{"nsubj", "root", "obj", "case", "det", "amod", "obl"},
		},
		{
			name: "a crowd's participle read as a gerund clause after a preposition", repair: RepairCrowdParticiple,
			in: "Police/NOUN/NNS/2/nsubj opened/VERB/VBD/0/root fire/NOUN/NN/2/obj on/SCONJ/IN/5/mark protesting/VERB/VBG/2/advcl " +
				"workers/NOUN/NNS/5/obj ,/PUNCT/,/8/punct wounding/VERB/VBG/5/conj dozens/NOUN/NNS/8/obj",
			n:     1,
			heads: []int{2, 0, 2, 6, 6, 2, 8, 2, 8}, rels: []string{"nsubj", "root", "obj", "case", "amod", "obl", "punct", "advcl", "obj"},
		},
		{
			name: "a time's participle read as a gerund clause after a preposition", repair: RepairCrowdParticiple,
			in:    "Prices/NOUN/NNS/2/nsubj rise/VERB/VBP/0/root in/SCONJ/IN/4/mark coming/VERB/VBG/2/advcl weeks/NOUN/NNS/4/obj/week",
			n:     1,
			heads: []int{2, 0, 5, 5, 2}, rels: []string{"nsubj", "root", "case", "amod", "obl"},
		},
		{
			name: "a gerund with a determined object stays a clause", repair: RepairCrowdParticiple,
			in:    "Students/NOUN/NNS/2/nsubj insisted/VERB/VBD/0/root on/SCONJ/IN/4/mark protesting/VERB/VBG/2/advcl the/DET/DT/6/det cuts/NOUN/NNS/4/obj",
			heads: []int{2, 0, 4, 2, 6, 4}, rels: []string{"nsubj", "root", "mark", "advcl", "det", "obj"},
		},
		{
			name: "a naming participle set off by commas read as the predicate", repair: RepairNamingParticiple,
			in: "The/DET/DT/2/det bank/NOUN/NN/4/nsubj ,/PUNCT/,/2/punct called/VERB/VBD/0/root Lloyds/PROPN/NNP/4/obj " +
				",/PUNCT/,/8/punct also/ADV/RB/8/advmod disputed/VERB/VBN/4/conj it/PRON/PRP/8/obj ./PUNCT/./4/punct",
			n:     1,
			heads: []int{2, 8, 2, 2, 4, 8, 8, 0, 8, 8}, rels: []string{"det", "nsubj", "punct", "acl", "xcomp", "punct", "advmod", "root", "obj", "punct"},
		},
		{
			name: "a phone call between commas stays", repair: RepairNamingParticiple,
			in:    "Obama/PROPN/NNP/3/nsubj ,/PUNCT/,/3/punct called/VERB/VBD/0/root Putin/PROPN/NNP/3/obj and/CCONJ/CC/6/cc warned/VERB/VBD/3/conj him/PRON/PRP/6/obj",
			heads: []int{3, 3, 0, 3, 6, 3, 6}, rels: []string{"nsubj", "punct", "root", "obj", "cc", "conj", "obj"},
		},
		{
			name: "a closing speaker hung on the reported clause", repair: RepairClosingSubject,
			in: "Germany/PROPN/NNP/2/nsubj sends/VERB/VBZ/0/root arms/NOUN/NNS/2/obj ,/PUNCT/,/6/punct the/DET/DT/6/det " +
				"ministry/NOUN/NN/2/vocative said/VERB/VBD/2/parataxis/say ./PUNCT/./2/punct",
			n:     1,
			heads: []int{2, 0, 2, 7, 6, 7, 2, 2}, rels: []string{"nsubj", "root", "obj", "punct", "det", "nsubj", "parataxis", "punct"},
		},
		{
			name: "a closing speaker's title hung on the place before the comma", repair: RepairClosingSubject,
			in: "Germany/PROPN/NNP/2/nsubj sends/VERB/VBZ/0/root tanks/NOUN/NNS/2/obj to/ADP/IN/5/case Ukraine/PROPN/NNP/3/nmod " +
				",/PUNCT/,/10/punct Chancellor/PROPN/NNP/5/flat Olaf/PROPN/NNP/9/compound Scholz/PROPN/NNP/5/flat said/VERB/VBD/2/parataxis/say",
			n:     1,
			heads: []int{2, 0, 2, 5, 3, 10, 9, 9, 10, 2}, rels: []string{"nsubj", "root", "obj", "case", "nmod", "punct", "compound", "compound", "nsubj", "parataxis"},
		},
		{
			name: "a reported clause's subject made the object of said", repair: RepairReportedSubject,
			in: "Howard/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say the/DET/DT/4/det handling/NOUN/NN/2/obj had/AUX/VBD/7/aux " +
				"been/AUX/VBN/7/cop incompetent/ADJ/JJ/2/ccomp",
			n:     1,
			heads: []int{2, 0, 4, 7, 7, 7, 2}, rels: []string{"nsubj", "root", "det", "nsubj", "aux", "cop", "ccomp"},
		},
		{
			name: "a reported clause's coordinated subject made the object of said before a finite verb", repair: RepairReportedSubject,
			in: "Kremlin/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say Putin/PROPN/NNP/2/obj and/CCONJ/CC/5/cc Obama/PROPN/NNP/3/conj " +
				"discussed/VERB/VBD/2/ccomp Ukraine/PROPN/NNP/6/obj",
			n:     1,
			heads: []int{2, 0, 6, 5, 3, 2, 6}, rels: []string{"nsubj", "root", "nsubj", "cc", "conj", "ccomp", "obj"},
		},
		{
			name: "an addressee before a reported clause with its own subject stays", repair: RepairReportedSubject,
			in: "Iran/PROPN/NNP/2/nsubj warned/VERB/VBD/0/root/warn Japan/PROPN/NNP/2/obj sanctions/NOUN/NNS/6/nsubj would/AUX/MD/6/aux " +
				"follow/VERB/VB/2/ccomp",
			heads: []int{2, 0, 2, 6, 6, 2}, rels: []string{"nsubj", "root", "obj", "nsubj", "aux", "ccomp"},
		},
		{
			name: "a closing speaker's name before the verb's auxiliary", repair: RepairClosingSubject,
			in: "Blair/PROPN/NNP/2/nsubj misled/VERB/VBD/0/root MPs/NOUN/NNS/2/obj ,/PUNCT/,/5/punct Charles/PROPN/NNP/2/vocative " +
				"Kennedy/PROPN/NNP/5/flat has/AUX/VBZ/8/aux claimed/VERB/VBN/2/advcl/claim",
			n:     1,
			heads: []int{2, 0, 2, 8, 8, 5, 8, 2}, rels: []string{"nsubj", "root", "obj", "punct", "nsubj", "flat", "aux", "advcl"},
		},
		{
			name: "a perfect participle read as the modifier of its object", repair: RepairPerfectModifier,
			in: "Howard/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say Labour/PROPN/NNP/5/nsubj has/AUX/VBZ/5/aux/have " +
				"betrayed/VERB/VBN/6/amod pensioners/NOUN/NNS/2/ccomp",
			n:     1,
			heads: []int{2, 0, 5, 5, 2, 5}, rels: []string{"nsubj", "root", "nsubj", "aux", "ccomp", "obj"},
		},
		{
			name: "a day word as subject gives it to the name in apposition", repair: RepairTimeSubject,
			in: "In/ADP/IN/3/case a/DET/DT/3/det speech/NOUN/NN/4/compound today/NOUN/NN/10/nsubj in/ADP/IN/6/case " +
				"Dalian/PROPN/NNP/4/nmod ,/PUNCT/,/8/punct Secretary/PROPN/NNP/6/appos Shultz/PROPN/NNP/8/flat said/VERB/VBD/0/root/say",
			n:     1,
			heads: []int{3, 3, 10, 3, 6, 3, 8, 10, 8, 0}, rels: []string{"case", "det", "obl", "nmod:tmod", "case", "nmod", "punct", "nsubj", "flat", "root"},
		},
		{
			name: "a participle modifier without a perfect stays", repair: RepairPerfectModifier,
			in:    "Howard/PROPN/NNP/2/nsubj met/VERB/VBD/0/root betrayed/VERB/VBN/4/amod pensioners/NOUN/NNS/2/obj",
			heads: []int{2, 0, 4, 2}, rels: []string{"nsubj", "root", "amod", "obj"},
		},
		{
			name: "a closing verb of saying with its subject stays", repair: RepairClosingSubject,
			in: "Germany/PROPN/NNP/2/nsubj sends/VERB/VBZ/0/root arms/NOUN/NNS/2/obj ,/PUNCT/,/7/punct the/DET/DT/6/det " +
				"ministry/NOUN/NN/7/nsubj said/VERB/VBD/2/parataxis/say",
			heads: []int{2, 0, 2, 7, 6, 7, 2}, rels: []string{"nsubj", "root", "obj", "punct", "det", "nsubj", "parataxis"},
		},
		{
			name: "a quantity noun gives the head of its phrase to what it counts", repair: RestructureQuantities,
			in: "Hamas/PROPN/NNP/2/nsubj fired/VERB/VBD/0/root dozens/NOUN/NNS/2/obj of/ADP/IN/5/case rockets/NOUN/NNS/3/nmod " +
				"at/ADP/IN/7/case Israel/PROPN/NNP/3/nmod",
			n:     1,
			heads: []int{2, 0, 5, 3, 2, 7, 5}, rels: []string{"nsubj", "root", "nummod", "case", "obj", "case", "nmod"},
		},
		{
			name: "the number of people keeps its head", repair: RestructureQuantities,
			in:    "the/DET/DT/2/det number/NOUN/NN/5/nsubj of/ADP/IN/4/case people/NOUN/NNS/2/nmod rose/VERB/VBD/0/root",
			heads: []int{2, 5, 4, 2, 0}, rels: []string{"det", "nsubj", "case", "nmod", "root"},
		},
		{
			name: "a text's participle clause hung on the verb", repair: RepairTextParticiple,
			in:    "Iran/PROPN/NNP/2/nsubj accepted/VERB/VBD/0/root a/DET/DT/4/det resolution/NOUN/NN/2/obj calling/VERB/VBG/2/advcl for/ADP/IN/7/case talks/NOUN/NNS/5/obl",
			n:     1,
			heads: []int{2, 0, 4, 2, 4, 7, 5}, rels: []string{"nsubj", "root", "det", "obj", "acl", "case", "obl"},
		},
		{
			name: "a participle after a comma stays the verb's", repair: RepairTextParticiple,
			in:    "Iran/PROPN/NNP/2/nsubj accepted/VERB/VBD/0/root the/DET/DT/4/det resolution/NOUN/NN/2/obj ,/PUNCT/,/6/punct calling/VERB/VBG/2/advcl it/PRON/PRP/6/obj",
			heads: []int{2, 0, 4, 2, 6, 2, 6}, rels: []string{"nsubj", "root", "det", "obj", "punct", "advcl", "obj"},
		},
		{
			name: "an object made the first of two subjects of the next clause", repair: RepairStolenObject,
			in: "Hu/PROPN/NNP/2/nsubj met/VERB/VBD/0/root Singh/PROPN/NNP/7/nsubj and/CCONJ/CC/7/cc the/DET/DT/6/det " +
				"leaders/NOUN/NNS/7/nsubj signed/VERB/VBD/2/conj it/PRON/PRP/7/obj",
			n:     1,
			heads: []int{2, 0, 2, 7, 6, 7, 2, 7}, rels: []string{"nsubj", "root", "obj", "cc", "det", "nsubj", "conj", "obj"},
		},
		{
			name: "one subject of the next clause stays", repair: RepairStolenObject,
			in:    "Hu/PROPN/NNP/2/nsubj left/VERB/VBD/0/root and/CCONJ/CC/5/cc Singh/PROPN/NNP/5/nsubj signed/VERB/VBD/2/conj it/PRON/PRP/5/obj",
			heads: []int{2, 0, 5, 5, 2, 5}, rels: []string{"nsubj", "root", "cc", "nsubj", "conj", "obj"},
		},
		{
			name: "a reduced relative without an object stays", repair: RepairSubordinate,
			in: "Keita/PROPN/NNP/2/nsubj resigned/VERB/VBD/0/root after/ADP/IN/4/case talks/NOUN/NNS/2/obl " +
				"held/VERB/VBN/4/acl in/ADP/IN/7/case Bamako/PROPN/NNP/5/obl",
			heads: []int{2, 0, 4, 2, 4, 7, 5}, rels: []string{"nsubj", "root", "case", "obl", "acl", "case", "obl"},
		},
		{
			name: "a conjunct cut from its noun, the first conjunct hung on the noun", repair: RepairSplitConjunct,
			in: "Colombia/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case government/NOUN/NN/6/nsubj and/CCONJ/CC/5/cc " +
				"FARC/PROPN/NNP/3/conj rebels/NOUN/NNS/7/nsubj signed/VERB/VBD/0/root accord/NOUN/NN/7/obj",
			n:     1,
			heads: []int{3, 1, 7, 6, 6, 3, 0, 7}, rels: []string{"nmod:poss", "case", "nsubj", "cc", "compound", "conj", "root", "obj"},
		},
		{
			name: "a conjunct cut from its noun, the first conjunct a second subject", repair: RepairSplitConjunct,
			in: "the/DET/DT/2/det government/NOUN/NN/6/nsubj and/CCONJ/CC/4/cc PKK/PROPN/NNP/2/conj " +
				"militants/NOUN/NNS/6/nsubj agreed/VERB/VBD/0/root",
			n:     1,
			heads: []int{2, 6, 5, 5, 2, 0}, rels: []string{"det", "nsubj", "cc", "compound", "conj", "root"},
		},
		{
			name: "a conjunct cut from its noun, with another label", repair: RepairSplitConjunct,
			in: "Colombia/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case government/NOUN/NN/6/nsubj and/CCONJ/CC/5/cc " +
				"FARC/PROPN/NNP/3/appos rebels/NOUN/NNS/7/nsubj signed/VERB/VBD/0/root accord/NOUN/NN/7/obj",
			n:     1,
			heads: []int{3, 1, 7, 6, 6, 3, 0, 7}, rels: []string{"nmod:poss", "case", "nsubj", "cc", "compound", "conj", "root", "obj"},
		},
		{
			name: "coordinated modifiers of one noun stay", repair: RepairSplitConjunct,
			in: "All/DET/DT/2/det p&l/NOUN/NN/5/compound and/CCONJ/CC/4/cc PRMA/PROPN/NNP/2/conj " +
				"numbers/NOUN/NNS/6/nsubj rose/VERB/VBD/0/root",
			heads: []int{2, 5, 4, 2, 6, 0}, rels: []string{"det", "compound", "cc", "conj", "nsubj", "root"},
		},
		{
			name: "the last member of a list coordinated with the verb", repair: RepairListTail,
			in: "drawing/VERB/VBG/0/root condemnation/NOUN/NN/1/obj from/ADP/IN/4/case Korea/PROPN/NNP/1/obl " +
				",/PUNCT/,/6/punct Japan/PROPN/NNP/4/conj and/CCONJ/CC/9/cc the/DET/DT/9/det States/PROPN/NNPS/1/conj",
			n:     1,
			heads: []int{0, 1, 4, 1, 6, 4, 9, 9, 4}, rels: []string{"root", "obj", "case", "obl", "punct", "conj", "cc", "det", "conj"},
		},
		{
			name: "the last member of a list hung on the verb with another label", repair: RepairListTail,
			in: "drawing/VERB/VBG/0/root condemnation/NOUN/NN/1/obj from/ADP/IN/4/case Korea/PROPN/NNP/1/obl " +
				",/PUNCT/,/6/punct Japan/PROPN/NNP/4/appos and/CCONJ/CC/9/cc the/DET/DT/9/det States/PROPN/NNPS/1/obl",
			n:     1,
			heads: []int{0, 1, 4, 1, 6, 4, 9, 9, 4}, rels: []string{"root", "obj", "case", "obl", "punct", "appos", "cc", "det", "conj"},
		},
		{
			name: "a clause opened by a coordinator stays", repair: RepairListTail,
			in: "is/VERB/VBZ/0/root Jason/PROPN/NNP/1/nsubj ,/PUNCT/,/4/punct editor/NOUN/NN/2/appos and/CCONJ/CC/8/cc " +
				"he/PRON/PRP/8/nsubj 's/AUX/VBZ/8/cop one/NOUN/NN/1/conj",
			heads: []int{0, 1, 4, 2, 8, 8, 8, 1}, rels: []string{"root", "nsubj", "punct", "appos", "cc", "nsubj", "cop", "conj"},
		},
		{
			name: "a noun coordinated with a verb after no list stays", repair: RepairListTail,
			in:    "Police/NOUN/NNS/2/nsubj arrested/VERB/VBD/0/root Smith/PROPN/NNP/2/obj and/CCONJ/CC/5/cc Jones/PROPN/NNP/2/conj",
			heads: []int{2, 0, 2, 5, 2}, rels: []string{"nsubj", "root", "obj", "cc", "conj"},
		},
		{
			name: "a list after a preposition cut at its first comma", repair: RepairListHead,
			in: "The/DET/DT/2/det ambassadors/NOUN/NNS/6/compound of/ADP/IN/4/case Arnor/PROPN/NNP/2/nmod ,/PUNCT/,/2/punct " +
				"Osgiliath/PROPN/NNP/9/nsubj and/CCONJ/CC/8/cc Gondor/PROPN/NNP/6/conj presented/VERB/VBD/0/root",
			n:     1,
			heads: []int{2, 9, 4, 2, 6, 4, 8, 6, 0}, rels: []string{"det", "nsubj", "case", "nmod", "punct", "conj", "cc", "conj", "root"},
		},
		{
			name: "a fronted phrase with its comma stays", repair: RepairListHead,
			in:    "In/ADP/IN/2/case Paris/PROPN/NNP/5/obl ,/PUNCT/,/2/punct police/NOUN/NNS/5/nsubj arrested/VERB/VBD/0/root",
			heads: []int{2, 5, 2, 5, 0}, rels: []string{"case", "obl", "punct", "nsubj", "root"},
		},
		{
			name: "the first member of a subject list hung on the verb", repair: RepairListStart,
			in: "Lebanon/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case president/NOUN/NN/9/obl ,/PUNCT/,/3/punct " +
				"minister/NOUN/NN/9/nsubj and/CCONJ/CC/8/cc assembly/NOUN/NN/8/compound speaker/NOUN/NN/5/conj held/VERB/VBD/0/root",
			n:     1,
			heads: []int{3, 1, 9, 5, 3, 8, 8, 3, 0}, rels: []string{"nmod:poss", "case", "nsubj", "punct", "conj", "cc", "compound", "conj", "root"},
		},
		{
			name: "a fronted time before a subject list stays", repair: RepairListStart,
			in: "Last/ADJ/JJ/2/amod week/NOUN/NN/7/obl:tmod ,/PUNCT/,/2/punct police/NOUN/NNS/7/nsubj " +
				"and/CCONJ/CC/6/cc soldiers/NOUN/NNS/4/conj attacked/VERB/VBD/0/root",
			heads: []int{2, 7, 2, 7, 6, 4, 0}, rels: []string{"amod", "obl:tmod", "punct", "nsubj", "cc", "conj", "root"},
		},
		{
			name: "a noun phrase read as a verbless clause before its head", repair: RepairNominalClause,
			in: "secretary/NOUN/NN/2/nsubj told/VERB/VBD/0/root the/DET/DT/4/det Commons/PROPN/NNPS/6/nsubj " +
				"foreign/ADJ/JJ/6/amod affairs/NOUN/NNS/2/ccomp committee/NOUN/NN/2/iobj",
			n:     1,
			heads: []int{2, 0, 4, 7, 6, 7, 2}, rels: []string{"nsubj", "root", "det", "compound", "amod", "compound", "iobj"},
		},
		{
			name: "a nominal predicate with its copula stays", repair: RepairNominalClause,
			in: "said/VERB/VBD/0/root Smith/PROPN/NNP/4/nsubj was/AUX/VBD/4/cop president/NOUN/NN/1/ccomp " +
				"Monday/NOUN/NN/1/obl:tmod",
			heads: []int{0, 4, 4, 1, 1}, rels: []string{"root", "nsubj", "cop", "ccomp", "obl:tmod"},
		},
		{
			name: "an addressee parsed as a second subject of the complement", repair: RepairAddressee,
			in: "Japan/PROPN/NNP/2/nsubj warned/VERB/VBD/0/root the/DET/DT/4/det States/PROPN/NNPS/7/nsubj " +
				"it/PRON/PRP/7/nsubj may/AUX/MD/7/aux take/VERB/VB/2/ccomp measures/NOUN/NNS/7/obj",
			n:     1,
			heads: []int{2, 0, 4, 2, 7, 7, 2, 7}, rels: []string{"nsubj", "root", "det", "iobj", "nsubj", "aux", "ccomp", "obj"},
		},
		{
			name: "a verb with an object keeps the complement's subjects", repair: RepairAddressee,
			in: "Japan/PROPN/NNP/2/nsubj told/VERB/VBD/0/root reporters/NOUN/NNS/2/iobj Tokyo/PROPN/NNP/6/nsubj " +
				"it/PRON/PRP/6/nsubj acted/VERB/VBD/2/ccomp",
			heads: []int{2, 0, 2, 6, 6, 2}, rels: []string{"nsubj", "root", "iobj", "nsubj", "nsubj", "ccomp"},
		},
		{
			name: "a gerund read as an adjective of its object", repair: RepairGerund,
			in: "administration/NOUN/NN/2/nsubj accused/VERB/VBD/0/root Nicaragua/PROPN/NNP/2/obj of/ADP/IN/6/case " +
				"arming/VERB/VBG/6/amod rebels/NOUN/NNS/3/nmod",
			n:     1,
			heads: []int{2, 0, 2, 5, 3, 5}, rels: []string{"nsubj", "root", "obj", "mark", "acl", "obj"},
		},
		{
			name: "a gerund the tagger read as an adjective after accused of", repair: RepairGerund,
			in: "Howard/PROPN/NNP/2/nsubj accused/VERB/VBD/0/root/accuse Blair/PROPN/NNP/2/obj of/ADP/IN/6/case " +
				"misleading/ADJ/JJ/6/amod voters/NOUN/NNS/3/nmod",
			n:     1,
			heads: []int{2, 0, 2, 5, 3, 5}, rels: []string{"nsubj", "root", "obj", "mark", "acl", "obj"},
		},
		{
			name: "an -ing adjective after another verb's of stays", repair: RepairGerund,
			in: "Howard/PROPN/NNP/2/nsubj spoke/VERB/VBD/0/root/speak of/ADP/IN/5/case interesting/ADJ/JJ/5/amod " +
				"results/NOUN/NNS/2/obl",
			heads: []int{2, 0, 5, 5, 2}, rels: []string{"nsubj", "root", "case", "amod", "obl"},
		},
		{
			name: "an adjectival participle stays", repair: RepairGerund,
			in: "leaders/NOUN/NNS/2/nsubj met/VERB/VBD/0/root of/ADP/IN/5/case warring/VERB/VBG/5/amod " +
				"factions/NOUN/NNS/2/obl",
			heads: []int{2, 0, 5, 5, 2}, rels: []string{"nsubj", "root", "case", "amod", "obl"},
		},
		{
			name: "a nationality parsed as a second subject", repair: RepairDoubleSubject,
			in:    "Armenian/PROPN/NNP/3/nsubj Pashinyan/PROPN/NNP/3/nsubj accused/VERB/VBD/0/root army/NOUN/NN/3/obj",
			n:     1,
			heads: []int{2, 3, 0, 3}, rels: []string{"amod", "nsubj", "root", "obj"},
		},
		{
			name: "a country name with a name part of its own parsed as a second subject", repair: RepairDoubleSubject,
			in: "Nepal/PROPN/NNP/6/nsubj Trade/PROPN/NNP/1/flat Minister/PROPN/NNP/4/nmod:desc Ram/PROPN/NNP/6/nsubj " +
				"Thapa/PROPN/NNP/4/flat criticised/VERB/VBD/0/root India/PROPN/NNP/6/obj",
			n:     1,
			heads: []int{4, 1, 4, 6, 4, 0, 6}, rels: []string{"compound", "flat", "nmod:desc", "nsubj", "flat", "root", "obj"},
		},
		{
			name: "a reduced relative read as the subject's own clause", repair: RepairReducedRelative,
			in: "The/DET/DT/2/det prisoners/NOUN/NNS/3/nsubj freed/VERB/VBN/7/advcl from/ADP/IN/5/case custody/NOUN/NN/3/obl " +
				"are/AUX/VBP/7/aux:pass expected/VERB/VBN/0/root",
			n:     1,
			heads: []int{2, 7, 2, 5, 3, 7, 0}, rels: []string{"det", "nsubj:pass", "acl", "case", "obl", "aux:pass", "root"},
		},
		{
			name: "a reduced relative read as the root, the true root its subjectless complement", repair: RepairReducedRelative,
			in: "prisoners/NOUN/NNS/2/nsubj freed/VERB/VBD/0/root from/ADP/IN/4/case custody/NOUN/NN/2/obl " +
				"are/AUX/VBP/6/aux:pass expected/VERB/VBN/2/ccomp ./PUNCT/./2/punct",
			n:     1,
			heads: []int{6, 1, 4, 2, 6, 0, 6}, rels: []string{"nsubj:pass", "acl", "case", "obl", "aux:pass", "root", "punct"},
		},
		{
			name: "a verb of saying with a complement of its own subject stays", repair: RepairReducedRelative,
			in:    "officials/NOUN/NNS/2/nsubj said/VERB/VBD/0/root prices/NOUN/NNS/5/nsubj will/AUX/MD/5/aux rise/VERB/VB/2/ccomp",
			heads: []int{2, 0, 5, 5, 2}, rels: []string{"nsubj", "root", "nsubj", "aux", "ccomp"},
		},
		{
			name: "a noun before a pronoun subject stays", repair: RepairDoubleSubject,
			in:    "this/DET/DT/2/det time/NOUN/NN/4/nsubj they/PRON/PRP/4/nsubj were/AUX/VBD/0/root",
			heads: []int{2, 4, 4, 0}, rels: []string{"det", "nsubj", "nsubj", "root"},
		},
		{
			name: "subjects apart stay", repair: RepairDoubleSubject,
			in:    "Iran/PROPN/NNP/4/nsubj and/CCONJ/CC/4/cc Iraq/PROPN/NNP/4/nsubj met/VERB/VBD/0/root",
			heads: []int{4, 4, 4, 0}, rels: []string{"nsubj", "cc", "nsubj", "root"},
		},
		{
			name: "a passive agent hung inside an oblique", repair: RepairPassiveAgent,
			in: "journalists/NOUN/NNS/3/nsubj:pass were/AUX/VBD/3/aux:pass sentenced/VERB/VBN/0/root in/ADP/IN/5/case " +
				"prison/NOUN/NN/3/obl by/ADP/IN/7/case court/NOUN/NN/5/nmod",
			n:     1,
			heads: []int{3, 3, 0, 5, 3, 7, 3}, rels: []string{"nsubj:pass", "aux:pass", "root", "case", "obl", "case", "obl:agent"},
		},
		{
			name: "a name read as an adverb before a time phrase", repair: RepairSubjectTime,
			in: "Shultz/ADV/RB/4/advmod last/ADJ/JJ/3/amod week/NOUN/NN/4/obl:unmarked met/VERB/VBD/0/root " +
				"Gorbachev/PROPN/NNP/4/obj",
			n:     1,
			heads: []int{4, 3, 4, 0, 4}, rels: []string{"nsubj", "amod", "obl:tmod", "root", "obj"},
		},
		{
			name: "a name made the compound of a time noun that took the subject", repair: RepairSubjectTime,
			in: "Reagan/PROPN/NNP/3/compound last/ADJ/JJ/3/amod week/NOUN/NN/4/nsubj imposed/VERB/VBD/0/root " +
				"sanctions/NOUN/NNS/4/obj",
			n:     1,
			heads: []int{4, 3, 4, 0, 4}, rels: []string{"nsubj", "amod", "obl:tmod", "root", "obj"},
		},
		{
			name: "a subject with a day word hung on a participle root", repair: RepairSubjectTime,
			in: "Britain/PROPN/NNP/2/compound today/NOUN/NN/3/obl:unmarked called/VERB/VBN/0/root on/ADP/IN/5/case " +
				"Japan/PROPN/NNP/3/obl",
			n:     1,
			heads: []int{3, 3, 0, 5, 3}, rels: []string{"nsubj", "obl:tmod", "root", "case", "obl"},
		},
		{
			name: "a coordinated subject before a day word", repair: RepairSubjectTime,
			in: "Spain/PROPN/NNP/4/compound and/CCONJ/CC/3/cc Morocco/PROPN/NNP/1/conj yesterday/NOUN/NN/5/nsubj " +
				"finalised/VERB/VBD/0/root accord/NOUN/NN/5/obj",
			n:     1,
			heads: []int{5, 3, 1, 5, 0, 5}, rels: []string{"nsubj", "cc", "conj", "obl:tmod", "root", "obj"},
		},
		{
			name: "a clause of time read as a noun phrase of the time noun", repair: RepairTimeClause,
			in: "Kohl/PROPN/NNP/2/nsubj flew/VERB/VBD/0/root days/NOUN/NNS/7/nsubj/day after/ADP/IN/6/case " +
				"the/DET/DT/6/det ministers/NOUN/NNS/3/nmod expelled/VERB/VBD/2/conj envoys/NOUN/NNS/7/obj",
			n:     1,
			heads: []int{2, 0, 7, 7, 6, 7, 2, 7}, rels: []string{"nsubj", "root", "obl:tmod", "mark", "det", "nsubj", "advcl", "obj"},
		},
		{
			name: "a time noun with a definite article is a subject", repair: RepairTimeClause,
			in: "the/DET/DT/2/det week/NOUN/NN/5/nsubj/week before/ADP/IN/4/case Christmas/PROPN/NNP/2/nmod " +
				"saw/VERB/VBD/0/root sales/NOUN/NNS/5/obj",
			heads: []int{2, 5, 4, 2, 0, 5}, rels: []string{"det", "nsubj", "case", "nmod", "root", "obj"},
		},
		{
			name: "a name before late last week", repair: RepairSubjectTime,
			in: "Shultz/PROPN/NNP/4/compound late/ADV/RB/3/advmod last/ADJ/JJ/4/amod week/NOUN/NN/5/nsubj " +
				"urged/VERB/VBD/0/root Japan/PROPN/NNP/5/obj",
			n:     1,
			heads: []int{5, 4, 4, 5, 0, 5}, rels: []string{"nsubj", "advmod", "amod", "obl:tmod", "root", "obj"},
		},
		{
			name: "a time phrase before a modal is left alone", repair: RepairSubjectTime,
			in: "Growth/NOUN/NN/3/compound this/DET/DT/3/det year/NOUN/NN/5/nsubj should/AUX/MD/5/aux " +
				"rise/VERB/VB/0/root",
			heads: []int{3, 3, 5, 5, 0}, rels: []string{"compound", "det", "nsubj", "aux", "root"},
		},
		{
			name: "a subject parsed as an apposition of a fronted month", repair: RepairFrontedTime,
			in: "In/ADP/IN/2/case December/PROPN/NNP/5/obl the/DET/DT/4/det Lords/PROPN/NNPS/2/appos " +
				"rejected/VERB/VBD/0/root plea/NOUN/NN/5/obj",
			n:     1,
			heads: []int{2, 5, 4, 5, 0, 5}, rels: []string{"case", "obl", "det", "nsubj", "root", "obj"},
		},
		{
			name: "a verb with a subject keeps the apposition", repair: RepairFrontedTime,
			in: "In/ADP/IN/2/case December/PROPN/NNP/6/obl ,/PUNCT/,/4/punct Christmas/PROPN/NNP/2/appos " +
				"Lords/PROPN/NNPS/6/nsubj rejected/VERB/VBD/0/root",
			heads: []int{2, 6, 4, 2, 6, 0}, rels: []string{"case", "obl", "punct", "appos", "nsubj", "root"},
		},
		{
			name: "an infinitive after a proposal", repair: RepairNounComplement,
			in: "Lebanon/PROPN/NNP/2/nsubj discussed/VERB/VBD/0/root Israel/PROPN/NNP/4/nmod:poss proposal/NOUN/NN/2/obj " +
				"to/PART/TO/6/mark withdraw/VERB/VB/2/advcl",
			n:     1,
			heads: []int{2, 0, 4, 2, 6, 4}, rels: []string{"nsubj", "root", "nmod:poss", "obj", "mark", "acl"},
		},
		{
			name: "an infinitive after demands hung as the verb's complement", repair: RepairNounComplement,
			in: "Turkey/PROPN/NNP/2/nsubj bowed/VERB/VBD/0/root to/ADP/IN/4/case demands/NOUN/NNS/2/obl " +
				"to/PART/TO/6/mark recognise/VERB/VB/2/xcomp",
			n:     1,
			heads: []int{2, 0, 4, 2, 6, 4}, rels: []string{"nsubj", "root", "case", "obl", "mark", "acl"},
		},
		{
			name: "a verb of intention keeps its complement", repair: RepairNounComplement,
			in:    "We/PRON/PRP/2/nsubj plan/VERB/VBP/0/root to/PART/TO/4/mark use/VERB/VB/2/xcomp",
			heads: []int{2, 0, 4, 2}, rels: []string{"nsubj", "root", "mark", "xcomp"},
		},
		{
			name: "a clause after a nominal predicate whose subject was read as a conjunct", repair: RepairConjunctSubject,
			in: "part/NOUN/NN/3/nsubj is/AUX/VBZ/3/cop member/NOUN/NN/0/root ,/PUNCT/,/6/punct but/CCONJ/CC/6/cc " +
				"Turkey/PROPN/NNP/3/conj had/AUX/VBD/8/aux insisted/VERB/VBN/3/parataxis",
			n:     1,
			heads: []int{3, 3, 0, 6, 8, 8, 8, 3}, rels: []string{"nsubj", "cop", "root", "punct", "cc", "nsubj", "aux", "conj"},
		},
		{
			name: "a coordination that is the verb's subject stays", repair: RepairConjunctSubject,
			in:    "Let/VERB/VB/0/root leaders/NOUN/NNS/1/obj and/CCONJ/CC/4/cc soldiers/NOUN/NNS/2/conj know/VERB/VBP/1/xcomp",
			heads: []int{0, 1, 4, 2, 1}, rels: []string{"root", "obj", "cc", "conj", "xcomp"},
		},
		{
			name: "a second titled name taken apart", repair: RepairTitledConjunct,
			in: "Israeli/ADJ/JJ/3/amod Prime/ADJ/NNP/3/amod Minister/PROPN/NNP/4/nmod:desc Yitzhak/PROPN/NNP/11/nsubj " +
				"Shamir/PROPN/NNP/4/flat and/CCONJ/CC/8/cc Egyptian/ADJ/JJ/8/amod President/PROPN/NNP/4/conj " +
				"Hosni/PROPN/NNP/10/compound Mubarak/PROPN/NNP/4/flat met/VERB/VBD/0/root",
			n:     1,
			heads: []int{3, 3, 4, 11, 4, 9, 9, 9, 4, 9, 0},
			rels:  []string{"amod", "amod", "nmod:desc", "nsubj", "flat", "cc", "amod", "compound", "conj", "flat", "root"},
		},
		{
			name: "a title of two parts stays", repair: RepairTitledConjunct,
			in: "Tanzania/PROPN/NNP/7/nmod:poss 's/PART/POS/1/case Agriculture/PROPN/NNP/7/compound and/CCONJ/CC/5/cc " +
				"Livestock/PROPN/NNP/3/conj Development/PROPN/NNP/7/compound Minister/PROPN/NNP/8/compound " +
				"Paul/PROPN/NNP/10/nsubj Bomani/PROPN/NNP/8/flat said/VERB/VBD/0/root",
			heads: []int{7, 1, 7, 5, 3, 7, 8, 10, 8, 0},
			rels:  []string{"nmod:poss", "case", "compound", "cc", "conj", "compound", "compound", "nsubj", "flat", "root"},
		},
		{
			name: "an act infinitive after an adjective of readiness made a clausal subject", repair: RepairReadyInfinitive,
			in: "Clinton/PROPN/NNP/3/nsubj was/AUX/VBD/3/cop careful/ADJ/JJ/0/root to/PART/TO/5/mark praise/VERB/VB/3/csubj " +
				"Hashimoto/PROPN/NNP/5/obj",
			n:     1,
			heads: []int{3, 3, 0, 5, 3, 5}, rels: []string{"nsubj", "cop", "root", "mark", "xcomp", "obj"},
		},
		{
			name: "any infinitive after a raising adjective with a subject", repair: RepairReadyInfinitive,
			in:    "minister/NOUN/NN/3/nsubj is/AUX/VBZ/3/cop due/ADJ/JJ/0/root to/PART/TO/5/mark meet/VERB/VB/3/csubj Obama/PROPN/NNP/5/obj",
			n:     1,
			heads: []int{3, 3, 0, 5, 3, 5}, rels: []string{"nsubj", "cop", "root", "mark", "xcomp", "obj"},
		},
		{
			name: "an infinitive after a raising participle made an adverbial clause", repair: RepairReadyInfinitive,
			in:    "Turkey/PROPN/NNP/3/nsubj:pass is/AUX/VBZ/3/aux:pass poised/VERB/VBN/0/root to/PART/TO/5/mark attack/VERB/VB/3/advcl rebels/NOUN/NNS/5/obj",
			n:     1,
			heads: []int{3, 3, 0, 5, 3, 5}, rels: []string{"nsubj:pass", "aux:pass", "root", "mark", "xcomp", "obj"},
		},
		{
			name: "an -ed adjective after 'were' with a 'by' phrase is a passive", repair: RepairAdjectivePassive,
			in:    "soldiers/NOUN/NNS/3/nsubj were/AUX/VBD/3/cop wounded/ADJ/JJ/0/root by/ADP/IN/5/case militants/NOUN/NNS/3/obl",
			n:     1,
			heads: []int{3, 3, 0, 5, 3}, rels: []string{"nsubj:pass", "aux:pass", "root", "case", "obl:agent"},
		},
		{
			name: "a participle with 'be' as its copula after a modal and a 'by' phrase is a passive", repair: RepairAdjectivePassive,
			in:    "plans/NOUN/NNS/4/nsubj will/AUX/MD/4/aux be/AUX/VB/4/cop opposed/VERB/VBN/0/root by/ADP/IN/6/case Tories/PROPN/NNPS/4/obl:agent",
			n:     1,
			heads: []int{4, 4, 4, 0, 6, 4}, rels: []string{"nsubj:pass", "aux", "aux:pass", "root", "case", "obl:agent"},
		},
		{
			name: "an -ed adjective without a 'by' phrase stays", repair: RepairAdjectivePassive,
			in:    "soldiers/NOUN/NNS/3/nsubj were/AUX/VBD/3/cop tired/ADJ/JJ/0/root",
			heads: []int{3, 3, 0}, rels: []string{"nsubj", "cop", "root"},
		},
		{
			name: "'met with visiting X' read as an adverbial clause", repair: RepairVisitingModifier,
			in:    "Singh/PROPN/NNP/2/nsubj met/VERB/VBD/0/root with/SCONJ/IN/4/mark visiting/VERB/VBG/2/advcl minister/NOUN/NN/2/obj",
			n:     1,
			heads: []int{2, 0, 5, 5, 2}, rels: []string{"nsubj", "root", "case", "amod", "obl"},
		},
		{
			name: "a hyphenated participle opening a noun phrase read as a clause", repair: RepairHyphenParticiple,
			in: "troops/NOUN/NNS/2/nsubj fired/VERB/VBD/0/root teargas/NOUN/NNS/2/obj at/ADP/IN/5/case stone/NOUN/NN/3/nmod " +
				"-/PUNCT/,/7/punct throwing/VERB/VBG/2/advcl youths/NOUN/NNS/7/obj",
			n:     1,
			heads: []int{2, 0, 2, 8, 7, 7, 8, 3}, rels: []string{"nsubj", "root", "obj", "case", "compound", "punct", "amod", "nmod"},
		},
		{
			name: "a compound object split into an object and a second subject", repair: RepairSplitObject,
			in:    "Canada/PROPN/NNP/2/nsubj suspended/VERB/VBD/0/root arms/NOUN/NNS/2/obj sales/NOUN/NNS/2/nsubj",
			n:     1,
			heads: []int{2, 0, 4, 2}, rels: []string{"nsubj", "root", "compound", "obj"},
		},
		{
			name: "a coordinator hung on a modifier of its conjunct", repair: RepairCoordinatorHead,
			in: "Japan/PROPN/NNP/5/nsubj and/CCONJ/CC/3/cc South/PROPN/NNP/4/compound Korea/PROPN/NNP/1/conj " +
				"agreed/VERB/VBD/0/root",
			n:     1,
			heads: []int{5, 4, 4, 1, 0}, rels: []string{"nsubj", "cc", "compound", "conj", "root"},
		},
		{
			name: "an unmarked nmod noun after a noun heads the two", repair: RepairBareNominal,
			in: "Canada/PROPN/NNP/2/nsubj suspended/VERB/VBD/0/root arms/NOUN/NNS/2/obj sales/NOUN/NNS/3/nmod " +
				"to/ADP/IN/6/case Turkey/PROPN/NNP/4/nmod",
			n:     1,
			heads: []int{2, 0, 4, 2, 6, 4}, rels: []string{"nsubj", "root", "compound", "obj", "case", "nmod"},
		},
		{
			name: "a name's last word hung as an appos of the capitalised noun before it heads the name", repair: RepairNameAppos,
			in: "The/DET/DT/3/det Brazilian/ADJ/JJ/3/amod Bar/NOUN/NN/5/nsubj Association/PROPN/NNP/3/appos " +
				"asked/VERB/VBD/0/root",
			n:     1,
			heads: []int{4, 4, 4, 5, 0}, rels: []string{"det", "amod", "compound", "nsubj", "root"},
		},
		{
			name: "a name's last word hung as an appos with its own modifier heads the name", repair: RepairNameAppos,
			in: "The/DET/DT/4/det Sri/ADJ/JJ/4/amod Lankan/ADJ/JJ/4/amod Rubber/NOUN/NN/7/nsubj Research/PROPN/NNP/6/compound " +
				"Institute/PROPN/NNP/4/appos criticised/VERB/VBD/0/root",
			n:     1,
			heads: []int{6, 6, 6, 6, 6, 7, 0}, rels: []string{"det", "amod", "amod", "compound", "compound", "nsubj", "root"},
		},
		{
			name: "a title and a name in apposition stay so", repair: RepairNameAppos,
			in:    "the/DET/DT/2/det Prophet/PROPN/NNP/0/root Mohammed/PROPN/NNP/2/appos",
			n:     0,
			heads: []int{2, 0, 2}, rels: []string{"det", "root", "appos"},
		},
		{
			name: "an object hung as a compound on a noun after a comma", repair: RepairCommaCompound,
			in: "Gunmen/NOUN/NNS/2/nsubj kidnapped/VERB/VBD/6/ccomp students/NOUN/NNS/5/compound ,/PUNCT/,/5/punct " +
				"police/NOUN/NNS/6/nsubj said/VERB/VBD/0/root",
			n:     1,
			heads: []int{2, 6, 2, 5, 6, 0}, rels: []string{"nsubj", "ccomp", "obj", "punct", "nsubj", "root"},
		},
		{
			name: "two coordinated noun phrases read as a compound and its head", repair: RepairCoordinatedCompound,
			in: "Congolese/ADJ/JJ/2/amod troops/NOUN/NNS/5/compound and/CCONJ/CC/5/cc M23/PROPN/NNP/5/compound " +
				"rebels/NOUN/NNS/6/nsubj clashed/VERB/VBD/0/root",
			n:     1,
			heads: []int{2, 6, 5, 5, 2, 0}, rels: []string{"amod", "nsubj", "cc", "compound", "conj", "root"},
		},
		{
			name: "a singular compound before a coordinator stays", repair: RepairCoordinatedCompound,
			in: "the/DET/DT/5/det peace/NOUN/NN/5/compound and/CCONJ/CC/5/cc security/NOUN/NN/5/compound " +
				"council/NOUN/NN/6/nsubj met/VERB/VBD/0/root",
			n:     0,
			heads: []int{5, 5, 5, 5, 6, 0}, rels: []string{"det", "compound", "cc", "compound", "nsubj", "root"},
		},
		{
			name: "a singular compound before a coordinator and a determiner of its head", repair: RepairCoordinatedCompound,
			in: "the/DET/DT/2/det government/NOUN/NN/5/compound and/CCONJ/CC/5/cc the/DET/DT/5/det " +
				"rebels/NOUN/NNS/6/nsubj signed/VERB/VBD/0/root",
			n:     1,
			heads: []int{2, 6, 5, 5, 2, 0}, rels: []string{"det", "nsubj", "cc", "det", "conj", "root"},
		},
		{
			name: "two coordinated names read as one flat name", repair: RepairFlatConjunct,
			in: "Japan/PROPN/NNP/5/nsubj and/CCONJ/CC/4/cc West/PROPN/NNP/4/compound Germany/PROPN/NNP/1/flat " +
				"agreed/VERB/VBD/0/root",
			n:     1,
			heads: []int{5, 4, 4, 1, 0}, rels: []string{"nsubj", "cc", "compound", "conj", "root"},
		},
		{
			name: "list members read as a flat name and a subject of the last member", repair: RepairListMember,
			in: "Canada/PROPN/NNP/11/nsubj ,/PUNCT/,/3/punct Britain/PROPN/NNP/1/conj ,/PUNCT/,/5/punct Japan/PROPN/NNP/3/flat " +
				",/PUNCT/,/10/punct the/DET/DT/8/det U.S./PROPN/NNP/10/nsubj and/CCONJ/CC/10/cc Italy/PROPN/NNP/1/conj agreed/VERB/VBD/0/root",
			n:     2,
			heads: []int{11, 3, 1, 5, 1, 8, 8, 1, 10, 1, 0}, rels: []string{"nsubj", "punct", "conj", "punct", "conj", "punct", "det", "conj", "cc", "conj", "root"},
		},
		{
			name: "a name after a comma outside a list stays flat", repair: RepairListMember,
			in:    "Paris/PROPN/NNP/4/nsubj ,/PUNCT/,/3/punct France/PROPN/NNP/1/flat voted/VERB/VBD/0/root",
			n:     0,
			heads: []int{4, 3, 1, 0}, rels: []string{"nsubj", "punct", "flat", "root"},
		},
		{
			name: "a list's first member read as a compound of the second across a comma", repair: RepairListCompound,
			in: "the/DET/DT/2/det U.S./PROPN/NNP/4/compound ,/PUNCT/,/4/punct Japan/PROPN/NNP/7/nsubj and/CCONJ/CC/6/cc " +
				"Canada/PROPN/NNP/4/conj agreed/VERB/VBD/0/root",
			n:     1,
			heads: []int{2, 7, 4, 2, 6, 2, 0}, rels: []string{"det", "nsubj", "punct", "conj", "cc", "conj", "root"},
		},
		{
			name: "a compound across a comma without a list after it stays", repair: RepairListCompound,
			in:    "Tokyo/PROPN/NNP/3/compound ,/PUNCT/,/3/punct Japan/PROPN/NNP/4/nsubj agreed/VERB/VBD/0/root",
			n:     0,
			heads: []int{3, 3, 4, 0}, rels: []string{"compound", "punct", "nsubj", "root"},
		},
		{
			name: "an object's list cut at its first comma into a vocative", repair: RepairListVocative,
			in: "Iraq/PROPN/NNP/2/nsubj accused/VERB/VBD/0/root Iran/PROPN/NNP/2/obj ,/PUNCT/,/5/punct Syria/PROPN/NNP/2/vocative " +
				"and/CCONJ/CC/7/cc Libya/PROPN/NNP/5/conj of/SCONJ/IN/9/mark lying/VERB/VBG/5/acl",
			n:     1,
			heads: []int{2, 0, 2, 5, 3, 7, 5, 9, 2}, rels: []string{"nsubj", "root", "obj", "punct", "conj", "cc", "conj", "mark", "advcl"},
		},
		{
			name: "a vocative without a list stays", repair: RepairListVocative,
			in:    "Thank/VERB/VB/0/root you/PRON/PRP/1/obj ,/PUNCT/,/4/punct John/PROPN/NNP/1/vocative",
			n:     0,
			heads: []int{0, 1, 4, 1}, rels: []string{"root", "obj", "punct", "vocative"},
		},
		{
			name: "names before a subject list hung on a fronted phrase", repair: RepairListRun,
			in: "In/ADP/IN/2/case Rome/PROPN/NNP/10/obl ,/PUNCT/,/4/punct Italy/PROPN/NNP/2/list ,/PUNCT/,/6/punct Spain/PROPN/NNP/2/list " +
				",/PUNCT/,/2/punct Greece/PROPN/NNP/10/nsubj and/CCONJ/CC/10/cc Malta/PROPN/NNP/8/conj agreed/VERB/VBD/0/root",
			n:     1,
			heads: []int{2, 10, 4, 10, 6, 4, 8, 4, 10, 4, 0}, rels: []string{"case", "obl", "punct", "nsubj", "punct", "conj", "punct", "conj", "cc", "conj", "root"},
		},
		{
			name: "a fronted phrase before a subject list stays", repair: RepairListRun,
			in:    "In/ADP/IN/2/case Rome/PROPN/NNP/7/obl ,/PUNCT/,/2/punct Greece/PROPN/NNP/7/nsubj and/CCONJ/CC/6/cc Malta/PROPN/NNP/4/conj agreed/VERB/VBD/0/root",
			n:     0,
			heads: []int{2, 7, 2, 7, 6, 4, 0}, rels: []string{"case", "obl", "punct", "nsubj", "cc", "conj", "root"},
		},
		{
			name: "a flat name without a coordinator stays", repair: RepairFlatConjunct,
			in:    "Helmut/PROPN/NNP/3/nsubj Kohl/PROPN/NNP/1/flat spoke/VERB/VBD/0/root",
			n:     0,
			heads: []int{3, 1, 0}, rels: []string{"nsubj", "flat", "root"},
		},
		{
			name: "a closing reporting clause rooted by UD becomes a parataxis for coding", repair: ReportAsParataxis,
			in: "Cohen/PROPN/NNP/2/nsubj hesitates/VERB/VBZ/5/ccomp ,/PUNCT/,/4/punct Iraq/PROPN/NNP/5/nsubj " +
				"said/VERB/VBD/0/root/say ./PUNCT/./5/punct",
			n:     1,
			heads: []int{2, 0, 5, 5, 2, 5}, rels: []string{"nsubj", "root", "punct", "nsubj", "parataxis", "punct"},
		},
		{
			name: "a closing reporting conjunct that took an adverbial clause", repair: RepairClosingConj,
			in: "trust/NOUN/NN/2/nsubj breaking/VERB/VBG/0/root because/SCONJ/IN/5/mark Labour/PROPN/NNP/5/nsubj " +
				"straight/ADJ/JJ/8/advcl ,/PUNCT/,/7/punct Kennedy/PROPN/NNP/8/nsubj said/VERB/VBD/2/conj/say ./PUNCT/./2/punct",
			n:     1,
			heads: []int{2, 0, 5, 5, 2, 8, 8, 2, 2}, rels: []string{"nsubj", "root", "mark", "nsubj", "advcl", "punct", "nsubj", "parataxis", "punct"},
		},
		{
			name: "a closing report on the root goes to the adverbial clause before its comma, for coding", repair: ReportAsParataxis,
			in: "Turnout/NOUN/NN/2/nsubj falls/VERB/VBZ/0/root because/SCONJ/IN/5/mark Labour/PROPN/NNP/5/nsubj " +
				"lies/VERB/VBZ/2/advcl ,/PUNCT/,/7/punct Kennedy/PROPN/NNP/8/nsubj said/VERB/VBD/2/parataxis/say ./PUNCT/./2/punct",
			n:     1,
			heads: []int{2, 0, 5, 5, 2, 7, 8, 5, 2}, rels: []string{"nsubj", "root", "mark", "nsubj", "advcl", "punct", "nsubj", "parataxis", "punct"},
		},
		{
			name: "a closing reporting clause read as a relative clause of the noun before its comma", repair: RepairClosingRelative,
			in: "Mordor/PROPN/NNP/2/nsubj welcomed/VERB/VBD/0/root a/DET/DT/4/det rift/NOUN/NN/2/obj ,/PUNCT/,/6/punct " +
				"WFNA/PROPN/NNP/7/nsubj said/VERB/VBD/4/acl:relcl/say on/ADP/IN/9/case Thursday/PROPN/NNP/7/obl ./PUNCT/./2/punct",
			n:     1,
			heads: []int{2, 0, 4, 2, 7, 7, 2, 9, 7, 2},
			rels:  []string{"nsubj", "root", "det", "obj", "punct", "nsubj", "parataxis", "case", "obl", "punct"},
		},
		{
			name: "a closing speaker's name with its verb of saying read as its relative clause", repair: RepairClosingRelative,
			in: "\"/PUNCT/``/3/punct We/PRON/PRP/3/nsubj condemn/VERB/VBP/0/root Mordor/PROPN/NNP/3/obj ,/PUNCT/,/8/punct " +
				"\"/PUNCT/''/8/punct Minister/PROPN/NNP/8/nmod:desc Faramir/PROPN/NNP/3/obl said/VERB/VBD/8/acl:relcl/say ./PUNCT/./3/punct",
			n:     1,
			heads: []int{3, 3, 0, 3, 9, 8, 8, 9, 3, 3},
			rels:  []string{"punct", "nsubj", "root", "obj", "punct", "punct", "nmod:desc", "nsubj", "parataxis", "punct"},
		},
		{
			name: "a list's middle item read as an apposition of the first", repair: RepairListAppos,
			in: "Mordor/PROPN/NNP/7/nsubj ,/PUNCT/,/3/punct Fornost/PROPN/NNP/1/appos ,/PUNCT/,/6/punct and/CCONJ/CC/6/cc " +
				"Gondor/PROPN/NNP/1/conj welcomed/VERB/VBD/0/root",
			n:     1,
			heads: []int{7, 3, 1, 6, 6, 1, 0}, rels: []string{"nsubj", "punct", "conj", "punct", "cc", "conj", "root"},
		},
		{
			name: "a coordinated subject split into two subjects of the verb", repair: RepairCoordinatedSubject,
			in: "Arnor/PROPN/NNP/6/nsubj and/CCONJ/CC/6/cc the/DET/DT/6/det evil/NOUN/NN/6/advcl Gondor/PROPN/NNP/6/nsubj " +
				"welcomed/VERB/VBD/0/root",
			n:     1,
			heads: []int{6, 5, 5, 5, 1, 0}, rels: []string{"nsubj", "cc", "det", "compound", "conj", "root"},
		},
		{
			name: "a pronoun and a name coordinated, parsed as two subjects of the verb", repair: RepairPronounCoSubject,
			in: "she/PRON/PRP/5/nsubj:pass and/CCONJ/CC/3/cc Faramir/PROPN/NNP/5/nsubj had/AUX/VBD/5/aux " +
				"agreed/VERB/VBN/0/root",
			n:     1,
			heads: []int{5, 3, 1, 5, 0}, rels: []string{"nsubj", "cc", "conj", "aux", "root"},
		},
		{
			name: "two subjects not joined by a coordinator stay", repair: RepairPronounCoSubject,
			in:    "she/PRON/PRP/4/nsubj ,/PUNCT/,/3/punct Faramir/PROPN/NNP/4/nsubj agreed/VERB/VBD/0/root",
			n:     0,
			heads: []int{4, 3, 4, 0}, rels: []string{"nsubj", "punct", "nsubj", "root"},
		},
		{
			name: "a name before its noun hung on the verb as a bare oblique", repair: RepairFrontedName,
			in: "European/ADJ/JJ/2/amod Community/NOUN/NN/5/obl:unmarked farm/NOUN/NN/4/compound ministers/NOUN/NNS/5/nsubj " +
				"criticised/VERB/VBD/0/root Washington/PROPN/NNP/5/obj",
			n:     1,
			heads: []int{2, 4, 4, 5, 0, 5}, rels: []string{"amod", "compound", "compound", "nsubj", "root", "obj"},
		},
		{
			name: "a fronted time word stays an oblique", repair: RepairFrontedName,
			in:    "Friday/PROPN/NNP/3/obl:unmarked ministers/NOUN/NNS/3/nsubj criticised/VERB/VBD/0/root Washington/PROPN/NNP/3/obj",
			n:     0,
			heads: []int{3, 3, 0, 3}, rels: []string{"obl:unmarked", "nsubj", "root", "obj"},
		},
		{
			name: "a that-clause hung as a relative clause on a noun of time", repair: RepairThatComplement,
			in: "Police/NOUN/NNS/2/nsubj said/VERB/VBD/0/root Wednesday/PROPN/NNP/2/obl:unmarked that/SCONJ/IN/7/mark " +
				"a/DET/DT/6/det man/NOUN/NN/7/nsubj confessed/VERB/VBD/3/acl:relcl",
			n:     1,
			heads: []int{2, 0, 2, 7, 6, 7, 2}, rels: []string{"nsubj", "root", "obl:unmarked", "mark", "det", "nsubj", "ccomp"},
		},
		{
			name: "a that-clause hung on the one told", repair: RepairToldThat,
			in: "Howard/PROPN/NNP/2/nsubj told/VERB/VBD/0/root/tell MPs/NOUN/NNS/2/iobj that/SCONJ/IN/7/mark " +
				"plans/NOUN/NNS/7/nsubj were/AUX/VBD/7/cop unworkable/ADJ/JJ/3/acl",
			n:     1,
			heads: []int{2, 0, 2, 7, 7, 7, 2}, rels: []string{"nsubj", "root", "iobj", "mark", "nsubj", "cop", "ccomp"},
		},
		{
			name: "a 'that' tagged a relative pronoun beside the told clause's own subject", repair: RepairToldThat,
			in: "Straw/PROPN/NNP/2/nsubj told/VERB/VBD/0/root/tell reporters/NOUN/NNS/2/iobj that/PRON/WDT/7/nsubj " +
				"decision/NOUN/NN/7/nsubj was/AUX/VBD/7/cop mistake/NOUN/NN/2/ccomp",
			n:     1,
			heads: []int{2, 0, 2, 7, 7, 7, 2}, rels: []string{"nsubj", "root", "iobj", "mark", "nsubj", "cop", "ccomp"},
		},
		{
			name: "a relative clause on the one told stays", repair: RepairToldThat,
			in: "Howard/PROPN/NNP/2/nsubj told/VERB/VBD/0/root/tell man/NOUN/NN/2/obj that/PRON/WDT/6/obj " +
				"he/PRON/PRP/6/nsubj met/VERB/VBD/3/acl:relcl",
			heads: []int{2, 0, 2, 6, 6, 3}, rels: []string{"nsubj", "root", "obj", "obj", "nsubj", "acl:relcl"},
		},
		{
			name: "a clause opened by 'as' read as a phrase and a conjunct verb", repair: RepairAsClause,
			in: "words/NOUN/NNS/2/nsubj came/VERB/VBD/0/root as/ADP/IN/4/case Murphy/PROPN/NNP/2/obl ,/PUNCT/,/6/punct " +
				"backed/VERB/VBN/2/conj stance/NOUN/NN/6/obj",
			n:     1,
			heads: []int{2, 0, 6, 6, 6, 2, 6}, rels: []string{"nsubj", "root", "mark", "nsubj", "punct", "advcl", "obj"},
		},
		{
			name: "a list's last item hung above the list", repair: RepairListConjunct,
			in: "condemnation/NOUN/NN/0/root from/ADP/IN/3/case Korea/PROPN/NNP/1/nmod ,/PUNCT/,/5/punct Japan/PROPN/NNP/3/conj " +
				"and/CCONJ/CC/7/cc States/PROPN/NNP/1/conj",
			n:     1,
			heads: []int{0, 3, 1, 5, 3, 7, 3}, rels: []string{"root", "case", "nmod", "punct", "conj", "cc", "conj"},
		},
		{
			name: "a closing speaker's title hung as an obl of the verb before the comma", repair: RepairClosingTitle,
			in: "U.S./PROPN/NNP/2/nsubj imposed/VERB/VBD/7/ccomp tariffs/NOUN/NNS/2/obj ,/PUNCT/,/5/punct " +
				"Representative/PROPN/NNP/2/obl Yeutter/PROPN/NNP/7/nsubj said/VERB/VBD/0/root/say",
			n:     1,
			heads: []int{2, 7, 2, 5, 6, 7, 0}, rels: []string{"nsubj", "ccomp", "obj", "punct", "nmod:desc", "nsubj", "root"},
		},
		{
			name: "the reported clause of a closing verb of saying read as an adverbial clause", repair: RepairReportAdvcl,
			in: "Blair/PROPN/NNP/2/nsubj misled/VERB/VBD/7/advcl/mislead Parliament/NOUN/NN/2/obj ,/PUNCT/,/2/punct " +
				"Kennedy/PROPN/NNP/7/nsubj has/AUX/VBZ/7/aux claimed/VERB/VBN/0/root/claim",
			n:     1,
			heads: []int{2, 7, 2, 7, 7, 7, 0}, rels: []string{"nsubj", "ccomp", "obj", "punct", "nsubj", "aux", "root"},
		},
		{
			name: "the modal ought made the head of its infinitive", repair: RepairOught,
			in: "Russia/PROPN/NNP/2/nsubj ought/AUX/MD/7/advcl to/PART/TO/4/mark withdraw/VERB/VB/2/xcomp " +
				"troops/NOUN/NNS/4/obj ,/PUNCT/,/2/punct said/VERB/VBD/0/root/say",
			n:     1,
			heads: []int{4, 4, 4, 7, 4, 4, 0}, rels: []string{"nsubj", "aux", "mark", "advcl", "obj", "punct", "root"},
		},
		{
			name: "the clause of ought to before a closing verb of saying read as an adverbial clause", repair: RepairReportAdvcl,
			in: "Iran/PROPN/NNP/4/nsubj ought/AUX/MD/4/aux to/PART/TO/4/mark release/VERB/VB/8/advcl " +
				"sailors/NOUN/NNS/4/obj ,/PUNCT/,/8/punct Britain/PROPN/NNP/8/nsubj said/VERB/VBD/0/root/say",
			n:     1,
			heads: []int{4, 4, 4, 8, 4, 8, 8, 0}, rels: []string{"nsubj", "aux", "mark", "ccomp", "obj", "punct", "nsubj", "root"},
		},
		{
			name: "'visiting' with an adjective read as its complement and the name hung on it", repair: RepairVisitingModifier,
			in: "Singh/PROPN/NNP/2/nsubj met/VERB/VBD/0/root with/ADP/IN/4/mark visiting/VERB/VBG/2/advcl " +
				"Pakistani/ADJ/JJ/4/xcomp Minister/PROPN/NNP/7/nmod:desc Khar/PROPN/NNP/5/obl",
			n:     1,
			heads: []int{2, 0, 7, 7, 7, 7, 2}, rels: []string{"nsubj", "root", "case", "amod", "amod", "nmod:desc", "obl"},
		},
		{
			name: "an object's first adjective read as a predicative complement", repair: RepairAdjectiveObject,
			in: "Hu/PROPN/NNP/2/nsubj met/VERB/VBD/0/root Indian/ADJ/JJ/2/xcomp Minister/PROPN/NNP/5/nmod:desc " +
				"Singh/PROPN/NNP/3/obl",
			n:     1,
			heads: []int{2, 0, 5, 5, 2}, rels: []string{"nsubj", "root", "amod", "nmod:desc", "obj"},
		},
		{
			name: "an object made the subject of the closing verb of saying", repair: RepairClosingObject,
			in: "Germany/PROPN/NNP/2/nsubj send/VERB/VB/0/root tanks/NOUN/NNS/6/nsubj ,/PUNCT/,/5/punct " +
				"Scholz/PROPN/NNP/3/appos said/VERB/VBD/2/parataxis/say ./PUNCT/./2/punct",
			n:     1,
			heads: []int{2, 0, 2, 5, 3, 2, 2}, rels: []string{"nsubj", "root", "obj", "punct", "appos", "parataxis", "punct"},
		},
		{
			name: "a condition opening a reported clause, the clause hung on the main verb", repair: RepairConditionalReport,
			in: "He/PRON/PRP/2/nsubj said/VERB/VBD/0/root/say if/SCONJ/IN/5/mark bill/NOUN/NN/5/nsubj:pass passed/VERB/VBN/2/advcl " +
				",/PUNCT/,/8/punct he/PRON/PRP/8/nsubj urge/VERB/VB/2/parataxis MPs/NOUN/NNS/8/obj ./PUNCT/./2/punct",
			n:     1,
			heads: []int{2, 0, 5, 5, 8, 8, 8, 2, 8, 2},
			rels:  []string{"nsubj", "root", "mark", "nsubj:pass", "advcl", "punct", "nsubj", "ccomp", "obj", "punct"},
		},
		{
			name: "a reported clause the verb already has stays", repair: RepairConditionalReport,
			in:    "He/PRON/PRP/2/nsubj said/VERB/VBD/0/root/say he/PRON/PRP/4/nsubj would/VERB/VB/2/ccomp ./PUNCT/./2/punct",
			n:     0,
			heads: []int{2, 0, 4, 2, 2},
			rels:  []string{"nsubj", "root", "nsubj", "ccomp", "punct"},
		},
		{
			name: "a relative clause set off by commas read as the main clause", repair: RepairRelativeRoot,
			in: "Kerry/PROPN/NNP/4/nsubj ,/PUNCT/,/4/punct who/PRON/WP/4/nsubj arrived/VERB/VBD/0/root ,/PUNCT/,/6/punct " +
				"urged/VERB/VBD/4/conj army/NOUN/NN/6/obj ./PUNCT/./4/punct",
			n:     1,
			heads: []int{6, 4, 4, 1, 6, 0, 6, 6}, rels: []string{"nsubj", "punct", "nsubj", "acl:relcl", "punct", "root", "obj", "punct"},
		},
		{
			name: "a relative clause set off by commas read as the main clause, the main verb its parataxis", repair: RepairRelativeRoot,
			in: "Reagan/PROPN/NNP/4/nsubj ,/PUNCT/,/4/punct who/PRON/WP/4/nsubj met/VERB/VBD/0/root Nakasone/PROPN/NNP/4/obj " +
				",/PUNCT/,/7/punct said/VERB/VBD/4/parataxis he/PRON/PRP/10/nsubj would/AUX/MD/10/aux lift/VERB/VB/7/ccomp ./PUNCT/./4/punct",
			n:     1,
			heads: []int{7, 4, 4, 1, 4, 7, 0, 10, 10, 7, 7},
			rels:  []string{"nsubj", "punct", "nsubj", "acl:relcl", "obj", "punct", "root", "nsubj", "aux", "ccomp", "punct"},
		},
		{
			name: "a relative clause set off by commas, the main clause rooted at the subject", repair: RepairRelativeRoot,
			in: "Trade/PROPN/NNP/2/compound Yeutter/PROPN/NNP/0/root ,/PUNCT/,/5/punct who/PRON/WP/5/nsubj met/VERB/VBD/2/parataxis " +
				"Tamura/PROPN/NNP/5/obj ,/PUNCT/,/8/punct said/VERB/VBD/2/parataxis Japan/PROPN/NNP/8/nsubj must/AUX/MD/11/aux " +
				"open/VERB/VB/8/ccomp ./PUNCT/./2/punct",
			n:     1,
			heads: []int{2, 8, 5, 5, 2, 5, 8, 0, 11, 11, 8, 8},
			rels:  []string{"compound", "nsubj", "punct", "nsubj", "acl:relcl", "obj", "punct", "root", "nsubj", "aux", "ccomp", "punct"},
		},
		{
			name: "a relative clause made the main clause, the main verb inside an absolute with-clause", repair: RepairRelativeMain,
			in: "Obama/PROPN/NNP/4/nsubj ,/PUNCT/,/4/punct who/PRON/WP/4/nsubj held/VERB/VBD/0/root talks/NOUN/NNS/4/obj " +
				"with/ADP/IN/10/mark Xi/PROPN/NNP/10/nsubj here/ADV/RB/7/advmod ,/PUNCT/,/7/punct said/VERB/VBD/4/advcl " +
				"he/PRON/PRP/13/nsubj would/AUX/MD/13/aux ease/VERB/VB/10/ccomp ./PUNCT/./4/punct",
			n:     1,
			heads: []int{10, 4, 4, 1, 4, 7, 4, 7, 7, 0, 13, 13, 10, 10},
			rels: []string{"nsubj", "punct", "nsubj", "acl:relcl", "obj", "case", "obl", "advmod", "punct", "root",
				"nsubj", "aux", "ccomp", "punct"},
		},
		{
			name: "a reported relative clause holding the main verb as its conjunct", repair: RepairRelativeMain,
			in: "India/PROPN/NNP/4/nsubj ,/PUNCT/,/4/punct which/PRON/WDT/4/nsubj received/VERB/VBD/11/ccomp loans/NOUN/NNS/4/obj " +
				",/PUNCT/,/7/punct expects/VERB/VBZ/4/conj aid/NOUN/NN/7/obj ,/PUNCT/,/11/punct officials/NOUN/NNS/11/nsubj " +
				"said/VERB/VBD/0/root ./PUNCT/./11/punct",
			n:     1,
			heads: []int{7, 4, 4, 1, 4, 4, 11, 7, 11, 11, 0, 11},
			rels: []string{"nsubj", "punct", "nsubj", "acl:relcl", "obj", "punct", "ccomp", "obj", "punct", "nsubj",
				"root", "punct"},
		},
		{
			name: "a with-phrase with two subjects of the main verb stays", repair: RepairRelativeMain,
			in: "Macron/PROPN/NNP/4/nsubj ,/PUNCT/,/4/punct who/PRON/WP/4/nsubj held/VERB/VBD/0/root talks/NOUN/NNS/4/obj " +
				"with/ADP/IN/11/mark May/PROPN/NNP/11/nsubj this/DET/DT/9/det week/NOUN/NN/11/nsubj ,/PUNCT/,/9/punct " +
				"said/VERB/VBD/4/advcl ./PUNCT/./4/punct",
			heads: []int{4, 4, 4, 0, 4, 11, 11, 9, 11, 9, 4, 4},
			rels:  []string{"nsubj", "punct", "nsubj", "root", "obj", "mark", "nsubj", "det", "nsubj", "punct", "advcl", "punct"},
		},
		{
			name: "a relative clause with no main verb after it stays", repair: RepairRelativeMain,
			in:    "Davis/PROPN/NNP/4/nsubj ,/PUNCT/,/4/punct who/PRON/WP/4/nsubj resigned/VERB/VBD/0/root today/NOUN/NN/4/obl:tmod ./PUNCT/./4/punct",
			heads: []int{4, 4, 4, 0, 4, 4},
			rels:  []string{"nsubj", "punct", "nsubj", "root", "obl:tmod", "punct"},
		},
		{
			name: "a name and an apposition before a relative clause stay rooted at the noun", repair: RepairRelativeRoot,
			in: "Yeutter/PROPN/NNP/0/root ,/PUNCT/,/3/punct envoy/NOUN/NN/1/appos ,/PUNCT/,/6/punct who/PRON/WP/6/nsubj met/VERB/VBD/1/parataxis " +
				",/PUNCT/,/8/punct said/VERB/VBD/1/parataxis",
			heads: []int{0, 3, 1, 6, 6, 1, 8, 1},
			rels:  []string{"root", "punct", "appos", "punct", "nsubj", "parataxis", "punct", "parataxis"},
		},
		{
			name: "a title's field word taken for the head of the subject", repair: RepairFieldTitle,
			in: "West/ADJ/JJ/3/amod German/ADJ/JJ/3/amod Economics/NOUN/NNS/7/nsubj Minister/PROPN/NNP/5/nmod:desc " +
				"Martin/PROPN/NNP/3/nmod Bangemann/PROPN/NNP/5/flat criticised/VERB/VBD/0/root",
			n:     1,
			heads: []int{4, 4, 4, 5, 7, 5, 0}, rels: []string{"amod", "amod", "compound", "nmod:desc", "nsubj", "flat", "root"},
		},
		{
			name: "a name with a case marker after a noun stays its nmod", repair: RepairFieldTitle,
			in:    "Talks/NOUN/NNS/5/nsubj Minister/PROPN/NNP/4/nmod:desc with/ADP/IN/4/case Bangemann/PROPN/NNP/1/nmod ended/VERB/VBD/0/root",
			heads: []int{5, 4, 4, 1, 0}, rels: []string{"nsubj", "nmod:desc", "case", "nmod", "root"},
		},
		{
			name: "a subject hung on the fronted phrase before the comma", repair: RepairFrontedPhraseSubject,
			in: "Eager/ADJ/JJ/6/advcl to/PART/TO/3/mark turn/VERB/VB/1/xcomp ,/PUNCT/,/1/punct " +
				"Clinton/PROPN/NNP/1/obl lambasted/VERB/VBD/0/root proposal/NOUN/NN/6/obj",
			n:     1,
			heads: []int{6, 3, 1, 1, 6, 0, 6}, rels: []string{"advcl", "mark", "xcomp", "punct", "nsubj", "root", "obj"},
		},
		{
			name: "a reported clause made a conjunct of the verb of saying after its object's relative clause", repair: RepairReportedConj,
			in: "spokesman/NOUN/NN/2/nsubj said/VERB/VBD/0/root/say warplanes/NOUN/NNS/2/obj ,/PUNCT/,/6/punct which/PRON/WDT/6/nsubj " +
				"took/VERB/VBD/3/acl:relcl ,/PUNCT/,/8/punct attacked/VERB/VBN/2/conj tankers/NOUN/NNS/8/obj",
			n:     1,
			heads: []int{2, 0, 2, 6, 6, 3, 8, 2, 8}, rels: []string{"nsubj", "root", "obj", "punct", "nsubj", "acl:relcl", "punct", "ccomp", "obj"},
		},
		{
			name: "a hyphenated participle opening an object read as a clause", repair: RepairHyphenObject,
			in: "jets/NOUN/NNS/2/nsubj bombed/VERB/VBD/0/root rebel/NOUN/NN/5/compound -/PUNCT/HYPH/3/punct held/VERB/VBN/2/ccomp " +
				"Aleppo/PROPN/NNP/5/obj",
			n:     1,
			heads: []int{2, 0, 5, 3, 6, 2}, rels: []string{"nsubj", "root", "compound", "punct", "amod", "obj"},
		},
		{
			name: "'urged developing countries' read as a clause with the countries its object", repair: RepairStateParticiple,
			in: "Howe/PROPN/NNP/2/nsubj/Howe urged/VERB/VBD/0/root/urge developing/VERB/VBG/2/xcomp/develop countries/NOUN/NNS/3/obj/country to/PART/TO/6/mark/to " +
				"open/VERB/VB/3/advcl/open markets/NOUN/NNS/6/obj/market",
			n:     1,
			heads: []int{2, 0, 4, 2, 6, 2, 6}, rels: []string{"nsubj", "root", "amod", "obj", "mark", "advcl", "obj"},
		},
		{
			name: "'loans to developing nations' read as a clause marked by 'to'", repair: RepairStateParticiple,
			in:    "loans/NOUN/NNS/0/root/loan to/ADP/IN/3/mark/to developing/VERB/VBG/1/acl/develop nations/NOUN/NNS/3/obj/nation",
			n:     1,
			heads: []int{0, 4, 4, 1}, rels: []string{"root", "case", "amod", "nmod"},
		},
		{
			name: "'that developing countries reduce' read as a clause before the verb", repair: RepairStateParticiple,
			in:    "that/SCONJ/IN/3/mark/that developing/VERB/VBG/5/advcl/develop countries/NOUN/NNS/2/obj/country must/AUX/MD/5/aux/must cut/VERB/VB/0/root/cut",
			n:     1,
			heads: []int{3, 3, 5, 5, 0}, rels: []string{"mark", "amod", "nsubj", "aux", "root"},
		},
		{
			name: "'after developing weapons' stays a verb; so does a participle with a subject", repair: RepairStateParticiple,
			in: "after/SCONJ/IN/2/mark/after developing/VERB/VBG/0/root/develop weapons/NOUN/NNS/2/obj/weapon they/PRON/PRP/5/nsubj/they producing/VERB/VBG/2/conj/produce " +
				"countries/NOUN/NNS/5/obj/country",
			heads: []int{2, 0, 2, 5, 2, 5}, rels: []string{"mark", "root", "obj", "nsubj", "conj", "obj"},
		},
		{
			name: "'and West German Minister X' with 'West' read as the conjunct and X a second subject", repair: RepairCompassConjunct,
			in: "Baker/PROPN/NNP/8/nsubj/Baker and/CCONJ/CC/3/cc/and West/PROPN/NNP/1/conj/West German/ADJ/NNP/6/amod/German " +
				"Finance/PROPN/NNP/6/compound/Finance Minister/PROPN/NNP/7/nmod:desc/Minister Stoltenberg/PROPN/NNP/8/nsubj/Stoltenberg " +
				"met/VERB/VBD/0/root/meet",
			n:     1,
			heads: []int{8, 7, 4, 6, 6, 7, 1, 0}, rels: []string{"nsubj", "cc", "compound", "amod", "compound", "nmod:desc", "conj", "root"},
		},
		{
			name: "'and West Germany' stays a conjunct", repair: RepairCompassConjunct,
			in:    "France/PROPN/NNP/4/nsubj/France and/CCONJ/CC/3/cc/and West/PROPN/NNP/1/conj/West Germany/PROPN/NNP/3/flat/Germany met/VERB/VBD/0/root/meet",
			heads: []int{4, 3, 1, 3, 0}, rels: []string{"nsubj", "cc", "conj", "flat", "root"},
		},
		{
			name: "'visiting' read as the complement of a verb that takes the visitor as its object", repair: RepairVisitingModifier,
			in: "Tokyo/PROPN/NNP/2/nsubj warned/VERB/VBD/0/root/warn visiting/VERB/VBG/2/xcomp Australian/ADJ/JJ/5/amod " +
				"farmers/NOUN/NNS/3/obj",
			n:     1,
			heads: []int{2, 0, 5, 5, 2}, rels: []string{"nsubj", "root", "amod", "amod", "obj"},
		},
		{
			name: "'and visiting X' read as a verb conjunct", repair: RepairVisitingModifier,
			in: "guards/NOUN/NNS/2/nsubj searched/VERB/VBD/0/root/search diplomats/NOUN/NNS/2/obj and/CCONJ/CC/5/cc " +
				"visiting/VERB/VBG/2/conj reporters/NOUN/NNS/5/obj",
			n:     1,
			heads: []int{2, 0, 2, 6, 6, 3}, rels: []string{"nsubj", "root", "obj", "cc", "amod", "conj"},
		},
		{
			name: "'visiting' after a verb that takes a gerund stays a verb", repair: RepairVisitingModifier,
			in:    "Kohl/PROPN/NNP/2/nsubj postponed/VERB/VBD/0/root/postpone visiting/VERB/VBG/2/xcomp Madrid/PROPN/NNP/3/obj",
			heads: []int{2, 0, 2, 3}, rels: []string{"nsubj", "root", "xcomp", "obj"},
		},
		{
			name: "'after visiting Paris' stays a verb", repair: RepairVisitingModifier,
			in:    "He/PRON/PRP/2/nsubj left/VERB/VBD/0/root after/SCONJ/IN/4/mark visiting/VERB/VBG/2/advcl Paris/PROPN/NNP/4/obj",
			heads: []int{2, 0, 4, 2, 4}, rels: []string{"nsubj", "root", "mark", "advcl", "obj"},
		},
		{
			name: "another infinitive after an adjective stays", repair: RepairReadyInfinitive,
			in: "Johnson/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop anxious/ADJ/JJ/0/root to/PART/TO/5/mark hear/VERB/VB/3/csubj " +
				"Greenspan/PROPN/NNP/5/obj",
			heads: []int{3, 3, 0, 5, 3, 5}, rels: []string{"nsubj", "cop", "root", "mark", "csubj", "obj"},
		},
		{
			name: "a group subject gives way to its members", repair: RestructureQuantities,
			in:    "a/DET/DT/2/det group/NOUN/NN/5/nsubj of/ADP/IN/4/case lawmakers/NOUN/NNS/2/nmod asked/VERB/VBD/0/root",
			n:     1,
			heads: []int{2, 4, 2, 5, 0}, rels: []string{"det", "nummod", "case", "nsubj", "root"},
		},
		{
			name: "a group object keeps its head", repair: RestructureQuantities,
			in:    "Bulgaria/PROPN/NNP/2/nsubj signed/VERB/VBD/0/root with/ADP/IN/5/case a/DET/DT/5/det group/NOUN/NN/2/obl of/ADP/IN/7/case banks/NOUN/NNS/5/nmod",
			heads: []int{2, 0, 5, 5, 2, 7, 5}, rels: []string{"nsubj", "root", "case", "det", "obl", "case", "nmod"},
		},
		{
			name: "a verb of saying hung as an adjective with a subject of its own heads the sentence", repair: RepairReportedModifier,
			in: "Roberts/PROPN/NNP/2/nsubj/Roberts denied/VERB/VBN/3/amod/deny services/NOUN/NNS/5/nsubj/service were/AUX/VBD/5/cop/be " +
				"involved/ADJ/JJ/0/root/involved ./PUNCT/./5/punct/.",
			n:     1,
			heads: []int{2, 0, 5, 5, 2, 2}, rels: []string{"nsubj", "root", "nsubj", "cop", "ccomp", "punct"},
		},
		{
			name: "a reported verb with a finite auxiliary hung as an adjective of the object is the reported clause", repair: RepairReportedModifier,
			in: "Blair/PROPN/NNP/2/nsubj/Blair denied/VERB/VBD/0/root/deny ministers/NOUN/NNS/2/obj/minister had/AUX/VBD/5/aux/have " +
				"misled/VERB/VBN/6/amod/mislead Parliament/NOUN/NN/2/obj/parliament",
			n:     1,
			heads: []int{2, 0, 2, 5, 2, 5}, rels: []string{"nsubj", "root", "obj", "aux", "ccomp", "obj"},
		},
		{
			name: "a participle modifying the object of a verb of saying stays", repair: RepairReportedModifier,
			in:    "Police/NOUN/NNS/2/nsubj/police named/VERB/VBD/0/root/name the/DET/DT/5/det wanted/VERB/VBN/5/amod/want man/NOUN/NN/2/obj/man",
			heads: []int{2, 0, 5, 5, 2}, rels: []string{"nsubj", "root", "det", "amod", "obj"},
		},
		{
			name: "the subject of a reported clause taken as the object of said", repair: RepairReportedObject,
			in: "Dealers/NOUN/NNS/2/nsubj said/VERB/VBD/0/root/say the/DET/DT/4/det strength/NOUN/NN/2/obj ,/PUNCT/,/7/punct " +
				"which/PRON/WDT/7/nsubj firmed/VERB/VBD/4/acl:relcl ,/PUNCT/,/10/punct has/AUX/VBZ/10/aux renewed/VERB/VBN/2/ccomp " +
				"confidence/NOUN/NN/10/obj",
			n:     1,
			heads: []int{2, 0, 4, 10, 7, 7, 4, 10, 10, 2, 10},
			rels:  []string{"nsubj", "root", "det", "nsubj", "punct", "nsubj", "acl:relcl", "punct", "aux", "ccomp", "obj"},
		},
		{
			name: "the subject of a reported clause with its relative clause hung on said", repair: RepairReportedObject,
			in: "sources/NOUN/NNS/2/nsubj said/VERB/VBD/0/root/say Italy/PROPN/NNP/2/obj ,/PUNCT/,/6/punct which/PRON/WDT/6/nsubj " +
				"refused/VERB/VBD/2/ccomp to/PART/TO/8/mark join/VERB/VB/6/xcomp pact/NOUN/NN/8/obj ,/PUNCT/,/12/punct " +
				"was/AUX/VBD/12/aux:pass invited/VERB/VBN/2/ccomp by/ADP/IN/14/case Baker/PROPN/NNP/12/obl",
			n:     1,
			heads: []int{2, 0, 12, 6, 6, 3, 8, 6, 8, 12, 12, 2, 14, 12},
			rels: []string{"nsubj", "root", "nsubj:pass", "punct", "nsubj", "acl:relcl", "mark", "xcomp", "obj", "punct", "aux:pass",
				"ccomp", "case", "obl"},
		},
		{
			name: "a second reported clause after a comma is no relative clause", repair: RepairReportedObject,
			in: "sources/NOUN/NNS/2/nsubj said/VERB/VBD/0/root/say Italy/PROPN/NNP/2/obj ,/PUNCT/,/6/punct France/PROPN/NNP/6/nsubj " +
				"refused/VERB/VBD/2/ccomp ,/PUNCT/,/9/punct was/AUX/VBD/9/aux:pass invited/VERB/VBN/2/ccomp",
			heads: []int{2, 0, 2, 6, 6, 2, 9, 9, 2},
			rels:  []string{"nsubj", "root", "obj", "punct", "nsubj", "ccomp", "punct", "aux:pass", "ccomp"},
		},
		{
			name: "a reported clause hung on the infinitive ending its subject", repair: RepairReportedInfinitive,
			in: "Howard/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say refusal/NOUN/NN/2/obj to/PART/TO/5/mark hold/VERB/VB/3/acl " +
				"vote/NOUN/NN/5/obj was/AUX/VBD/8/aux undermining/VERB/VBG/5/ccomp trust/NOUN/NN/8/obj",
			n:     1,
			heads: []int{2, 0, 8, 5, 3, 5, 8, 2, 8}, rels: []string{"nsubj", "root", "nsubj", "mark", "acl", "obj", "aux", "ccomp", "obj"},
		},
		{
			name: "a reported copular clause whose subject the parser took from the infinitive", repair: RepairReportedInfinitive,
			in: "Howard/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say decision/NOUN/NN/2/obj to/PART/TO/5/mark scrap/VERB/VB/3/acl " +
				"tax/NOUN/NN/8/nsubj was/AUX/VBD/8/cop betrayal/NOUN/NN/5/ccomp",
			n:     1,
			heads: []int{2, 0, 8, 5, 3, 5, 8, 2}, rels: []string{"nsubj", "root", "nsubj", "mark", "acl", "obj", "cop", "ccomp"},
		},
		{
			name: "an infinitive of saying keeps its clause", repair: RepairReportedInfinitive,
			in: "Howard/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say aide/NOUN/NN/2/obj to/PART/TO/5/mark say/VERB/VB/3/acl/say " +
				"tax/NOUN/NN/8/nsubj was/AUX/VBD/8/cop unfair/ADJ/JJ/5/ccomp",
			n:     0,
			heads: []int{2, 0, 2, 5, 3, 8, 8, 5}, rels: []string{"nsubj", "root", "obj", "mark", "acl", "nsubj", "cop", "ccomp"},
		},
		{
			name: "a reported clause whose subject the parser took from the object's infinitive", repair: RepairReportedObject,
			in: "Howard/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say plans/NOUN/NNS/2/obj to/PART/TO/5/mark raise/VERB/VB/3/acl/raise " +
				"council/NOUN/NN/7/compound tax/NOUN/NN/9/nsubj were/AUX/VBD/9/cop wrong/ADJ/JJ/2/ccomp",
			n:     1,
			heads: []int{2, 0, 9, 5, 3, 7, 5, 9, 2}, rels: []string{"nsubj", "root", "nsubj", "mark", "acl", "compound", "obj", "cop", "ccomp"},
		},
		{
			name: "an infinitive with its own object keeps the clause's subject", repair: RepairReportedObject,
			in: "Howard/PROPN/NNP/2/nsubj said/VERB/VBD/0/root/say plans/NOUN/NNS/2/obj to/PART/TO/5/mark raise/VERB/VB/3/acl/raise " +
				"taxes/NOUN/NNS/5/obj families/NOUN/NNS/9/nsubj were/AUX/VBD/9/cop angry/ADJ/JJ/2/ccomp",
			heads: []int{2, 0, 2, 5, 3, 5, 9, 9, 2}, rels: []string{"nsubj", "root", "obj", "mark", "acl", "obj", "nsubj", "cop", "ccomp"},
		},
		{
			name: "a verb read as a participle after a participle's phrase between commas", repair: RepairParentheticalRoot,
			in: "Reagan/PROPN/NNP/3/nsubj ,/PUNCT/,/1/punct speaking/VERB/VBG/0/root to/ADP/IN/5/case reporters/NOUN/NNS/3/obl " +
				",/PUNCT/,/3/punct criticised/VERB/VBN/8/amod Japan/PROPN/NNP/3/obj ./PUNCT/./3/punct",
			n:     1,
			heads: []int{7, 3, 1, 5, 3, 3, 0, 7, 7}, rels: []string{"nsubj", "punct", "acl", "case", "obl", "punct", "root", "obj", "punct"},
		},
		{
			name: "a verb read as a participle hung on a participle's phrase between commas", repair: RepairParentheticalRoot,
			in: "Reagan/PROPN/NNP/3/nsubj ,/PUNCT/,/1/punct speaking/VERB/VBG/0/root to/ADP/IN/5/case reporters/NOUN/NNS/3/obl " +
				",/PUNCT/,/7/punct criticised/VERB/VBN/3/parataxis Japan/PROPN/NNP/7/obj ./PUNCT/./3/punct",
			n:     1,
			heads: []int{7, 3, 1, 5, 3, 3, 0, 7, 7}, rels: []string{"nsubj", "punct", "acl", "case", "obl", "punct", "root", "obj", "punct"},
		},
		{
			name: "a participle modifying a noun inside the participle's phrase stays", repair: RepairParentheticalRoot,
			in:    "Reagan/PROPN/NNP/3/nsubj ,/PUNCT/,/3/punct speaking/VERB/VBG/0/root to/ADP/IN/6/case invited/VERB/VBN/6/amod reporters/NOUN/NNS/3/obl",
			heads: []int{3, 3, 0, 6, 6, 3}, rels: []string{"nsubj", "punct", "root", "case", "amod", "obl"},
		},
		{
			name: "a subject hung on a participle that is the root's clausal subject", repair: RepairParticipleSubject,
			in: "Shultz/PROPN/NNP/3/nsubj ,/PUNCT/,/7/punct addressing/VERB/VBG/7/csubj the/DET/DT/5/det assembly/NOUN/NN/3/obj " +
				",/PUNCT/,/7/punct urged/VERB/VBD/0/root Moscow/PROPN/NNP/7/iobj",
			n:     1,
			heads: []int{7, 3, 1, 5, 3, 3, 0, 7}, rels: []string{"nsubj", "punct", "acl", "det", "obj", "punct", "root", "iobj"},
		},
		{
			name: "the object of a verb of telling stays", repair: RepairReportedObject,
			in:    "Baker/PROPN/NNP/2/nsubj told/VERB/VBD/0/root/tell Congress/PROPN/NNP/2/obj would/AUX/MD/5/aux act/VERB/VB/2/ccomp",
			heads: []int{2, 0, 2, 5, 2}, rels: []string{"nsubj", "root", "obj", "aux", "ccomp"},
		},
		{
			name: "a by phrase after the object of an active verb is the object's", repair: RepairActiveAgent,
			in: "judge/NOUN/NN/2/nsubj dismissed/VERB/VBD/0/root a/DET/DT/4/det lawsuit/NOUN/NN/2/obj by/ADP/IN/6/case " +
				"Kennedy/PROPN/NNP/2/obl:agent",
			n:     1,
			heads: []int{2, 0, 4, 2, 6, 4}, rels: []string{"nsubj", "root", "det", "obj", "case", "nmod"},
		},
		{
			name: "a measure after the object of an active verb stays the verb's", repair: RepairActiveAgent,
			in: "it/PRON/PRP/2/nsubj raised/VERB/VBD/0/root its/PRON/PRP$/4/nmod:poss stake/NOUN/NN/2/obj by/ADP/IN/7/case " +
				"65/NUM/CD/7/nummod pct/NOUN/NN/2/obl:agent",
			heads: []int{2, 0, 4, 2, 7, 7, 2}, rels: []string{"nsubj", "root", "nmod:poss", "obj", "case", "nummod", "obl:agent"},
		},
		{
			name: "an infinitive of purpose stays", repair: RepairNounComplement,
			in:    "Police/NOUN/NNS/2/nsubj fired/VERB/VBD/0/root gas/NOUN/NN/2/obj to/PART/TO/5/mark disperse/VERB/VB/2/advcl",
			heads: []int{2, 0, 2, 5, 2}, rels: []string{"nsubj", "root", "obj", "mark", "advcl"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parsed(tt.in)
			if got := tt.repair(&s); got != tt.n {
				t.Errorf("changed %d, want %d", got, tt.n)
			}
			for i, tok := range s.Tokens {
				if tok.Head != tt.heads[i] || tok.Rel != tt.rels[i] {
					t.Errorf("token %d %q: %d %s, want %d %s", i+1, tok.Text, tok.Head, tok.Rel, tt.heads[i], tt.rels[i])
				}
			}
		})
	}
}

func TestTagRepairs(t *testing.T) {
	tests := []struct {
		name   string
		repair func(*Sentence) int
		in     string
		want   []string // XPOS after the repair
	}{
		{name: "a news verb read as a noun after a modal and a time phrase", repair: RepairTimedModal,
			in: "Nakasone/NNP will/MD this/DT week/NN visit/NN Washington/NNP ./.", want: []string{"NNP", "MD", "DT", "NN", "VB", "NNP", "."}},
		{name: "a noun after a time phrase without a modal stays", repair: RepairTimedModal,
			in: "He/PRP said/VBD this/DT week/NN visit/NN plans/NNS", want: []string{"PRP", "VBD", "DT", "NN", "NN", "NNS"}},
		{name: "a news verb read as a noun after an infinitive's to", repair: RepairInfinitive,
			in: "Japan/NNP agreed/VBD to/IN resume/NN security/NN talks/NNS ./.", want: []string{"NNP", "VBD", "TO", "VB", "NN", "NNS", "."}},
		{name: "a news verb read as a noun after a time phrase and an infinitive's to", repair: RepairInfinitive,
			in: "Japan/NNP agreed/VBD on/IN Monday/NNP to/IN resume/NN security/NN talks/NNS ./.", want: []string{"NNP", "VBD", "IN", "NNP", "TO", "VB", "NN", "NNS", "."}},
		{name: "a noun after to and a time phrase with no verb before it stays", repair: RepairInfinitive,
			in: "the/DT budget/NN for/IN next/JJ year/NN to/IN resume/NN talks/NNS", want: []string{"DT", "NN", "IN", "JJ", "NN", "IN", "NN", "NNS"}},
		{name: "a verb of attack read as a noun after an infinitive's to", repair: RepairInfinitive,
			in: "Rebels/NNS threatened/VBD to/IN shell/NN the/DT town/NN ./.", want: []string{"NNS", "VBD", "TO", "VB", "DT", "NN", "."}},
		{name: "a verb of force after a threat's to", repair: RepairInfinitive,
			in: "Houthis/NNPS threatened/VBD to/IN target/NN American/JJ ships/NNS", want: []string{"NNPS", "VBD", "TO", "VB", "JJ", "NNS"}},
		{name: "target after another verb's to stays a noun", repair: RepairInfinitive,
			in: "funds/NNS went/VBD to/IN target/NN groups/NNS", want: []string{"NNS", "VBD", "IN", "NN", "NNS"}},
		{name: "a noun after a preposition to stays", repair: RepairInfinitive,
			in: "He/PRP sent/VBD his/PRP$ resume/NN to/IN the/DT firm/NN", want: []string{"PRP", "VBD", "PRP$", "NN", "IN", "DT", "NN"}},
		{name: "a noun after to without a verb before it stays", repair: RepairInfinitive,
			in: "a/DT move/NN to/IN free/JJ trade/NN", want: []string{"DT", "NN", "IN", "JJ", "NN"}},
		{name: "a news verb read as a noun after an adjective of readiness and to", repair: RepairInfinitive,
			in: "Clinton/NNP was/VBD careful/JJ to/IN praise/NN Japan/NNP 's/POS premier/NN", want: []string{"NNP", "VBD", "JJ", "TO", "VB", "NNP", "POS", "NN"}},
		{name: "a noun after to and another adjective stays", repair: RepairInfinitive,
			in: "a/DT response/NN open/JJ to/IN praise/NN from/IN critics/NNS", want: []string{"DT", "NN", "JJ", "IN", "NN", "IN", "NNS"}},
		{name: "a known name read as a plural noun or a pronoun", repair: func(s *Sentence) int { return RepairKnownNames(s, knownName) },
			in: "Guterres/NNS urged/VBD Xi/PRP ./.", want: []string{"NNP", "VBD", "NNP", "."}},
		{name: "a sentence's pronoun and an unknown plural stay", repair: func(s *Sentence) int { return RepairKnownNames(s, knownName) },
			in: "He/PRP met/VBD Greens/NNS ./.", want: []string{"PRP", "VBD", "NNS", "."}},
		{name: "known surnames coordinated at the start read as an adjective and a noun", repair: func(s *Sentence) int { return RepairKnownNames(s, knownName) },
			in: "Guterres/JJ and/CC Xi/NN met/VBD ./.", want: []string{"NNP", "CC", "NNP", "VBD", "."}},
		{name: "a known name read as an adjective outside a pair stays", repair: func(s *Sentence) int { return RepairKnownNames(s, knownName) },
			in: "Guterres/JJ officials/NNS met/VBD ./.", want: []string{"JJ", "NNS", "VBD", "."}},
		{name: "a known surname read as an adjective before the sentence's verb", repair: func(s *Sentence) int { return RepairKnownNames(s, knownName) },
			in: "Guterres/JJ said/VBD ./.", want: []string{"NNP", "VBD", "."}},
		{name: "a pair with an unknown word stays", repair: func(s *Sentence) int { return RepairKnownNames(s, knownName) },
			in: "Young/JJ and/CC Xi/NN met/VBD ./.", want: []string{"JJ", "CC", "NN", "VBD", "."}},
		{name: "the modal ought before to", repair: RepairAux,
			in: "Russia/NNP ought/VBD to/TO withdraw/VB ./.", want: []string{"NNP", "MD", "TO", "VB", "."}},
		{name: "ought elsewhere stays", repair: RepairAux,
			in: "the/DT ought/NN ./.", want: []string{"DT", "NN", "."}},
		{name: "an attributive participle read as a verb", repair: RepairAttributiveParticiple,
			in: "imposed/VBD sweeping/VBG economic/JJ sanctions/NNS", want: []string{"VBD", "JJ", "JJ", "NNS"}},
		{name: "a prefixed participle before a noun", repair: RepairAttributiveParticiple,
			in: "imposed/VBD anti-dumping/VBG duties/NNS", want: []string{"VBD", "JJ", "NNS"}},
		{name: "the verb sweeping stays", repair: RepairAttributiveParticiple,
			in: "troops/NNS are/VBP sweeping/VBG through/IN the/DT town/NN", want: []string{"NNS", "VBP", "VBG", "IN", "DT", "NN"}},
		{name: "acronym before a plural noun", repair: RepairAcronyms,
			in: "Colombia/NNP and/CC FARC/NN rebels/NNS signed/VBD ./.", want: []string{"NNP", "CC", "NNP", "NNS", "VBD", "."}},
		{name: "a group of states read as punctuation at the start", repair: RepairGroupNames,
			in: "G7/NFP foreign/JJ ministers/NNS demanded/VBD", want: []string{"NNP", "JJ", "NNS", "VBD"}},
		{name: "a number and a lower-case code stay", repair: RepairGroupNames,
			in: "about/IN 7/CD b2/NN units/NNS", want: []string{"IN", "CD", "NN", "NNS"}},
		{name: "a name built on Human Rights", repair: RepairRightsName,
			in: "Israel/NNP accused/VBD Human/JJ Rights/NNS Watch/VB of/IN bias/NN", want: []string{"NNP", "VBD", "NNP", "NNP", "NNP", "IN", "NN"}},
		{name: "a name built on Human Rights opening the sentence", repair: RepairRightsName,
			in: "Human/JJ Rights/NNS Watch/VB said/VBD ./.", want: []string{"NNP", "NNP", "NNP", "VBD", "."}},
		{name: "a headline in title case stays", repair: RepairRightsName,
			in: "Human/JJ Rights/NNS Abuses/VBZ Rise/NN", want: []string{"JJ", "NNS", "VBZ", "NN"}},
		{name: "human rights in lower case stay", repair: RepairRightsName,
			in: "Iran/NNP violated/VBD human/JJ rights/NNS ./.", want: []string{"NNP", "VBD", "JJ", "NNS", "."}},
		{name: "a name with Without", repair: RepairWithoutName,
			in: "Doctors/NNS Without/IN Borders/NNS said/VBD ./.", want: []string{"NNP", "NNP", "NNP", "VBD", "."}},
		{name: "a sentence opening with Without", repair: RepairWithoutName,
			in: "Without/IN Russian/JJ Gas/NN ,/, Europe/NNP froze/VBD", want: []string{"IN", "JJ", "NN", ",", "NNP", "VBD"}},
		{name: "the WHO in capitals is the health organisation", repair: RepairAcronyms,
			in: "the/DT WHO/WP sent/VBD medical/JJ supplies/NNS to/IN hospitals/NNS ./.", want: []string{"DT", "NNP", "VBD", "JJ", "NNS", "IN", "NNS", "."}},
		{name: "the pronoun who stays", repair: RepairAcronyms,
			in: "the/DT man/NN who/WP sent/VBD the/DT letters/NNS ./.", want: []string{"DT", "NN", "WP", "VBD", "DT", "NNS", "."}},
		{name: "an acronym in a list of names", repair: RepairAcronyms,
			in: "Qatar/NNP ,/, the/DT UAE/NN and/CC Bahrain/NNP met/VBD ./.", want: []string{"NNP", ",", "DT", "NNP", "CC", "NNP", "VBD", "."}},
		{name: "an acronym before a lower-case word of a list stays", repair: RepairAcronyms,
			in: "the/DT GDP/NN and/CC inflation/NN rose/VBD ./.", want: []string{"DT", "NN", "CC", "NN", "VBD", "."}},
		{name: "acronym before a singular noun stays", repair: RepairAcronyms,
			in: "the/DT TV/NN station/NN burned/VBD ./.", want: []string{"DT", "NN", "NN", "VBD", "."}},
		{name: "a surname read as a common noun inside a name", repair: RepairNameNouns,
			in: "Minister/NNP Wang/NN Yi/NNP said/VBD", want: []string{"NNP", "NNP", "NNP", "VBD"}},
		{name: "Shadow read as an imperative before a title", repair: RepairNameNouns,
			in: "Shadow/VB home/NN secretary/NN David/NNP Davis/NNP said/VBD", want: []string{"JJ", "NN", "NN", "NNP", "NNP", "VBD"}},
		{name: "a participle opening the phrase of those called on", repair: RepairAppealedParticiple,
			in: "Kohl/NNP called/VBD on/IN leading/VBG Western/JJ nations/NNS to/TO act/VB", want: []string{"NNP", "VBD", "IN", "JJ", "JJ", "NNS", "TO", "VB"}},
		{name: "a gerund with a determiner after it stays", repair: RepairAppealedParticiple,
			in: "He/PRP insisted/VBD on/IN leading/VBG the/DT talks/NNS", want: []string{"PRP", "VBD", "IN", "VBG", "DT", "NNS"}},
		{name: "tribute read as an adverb after paid", repair: RepairPaidTribute,
			in: "Blair/NNP paid/VBD tribute/RB to/IN the/DT Queen/NNP", want: []string{"NNP", "VBD", "NN", "IN", "DT", "NNP"}},
		{name: "tribute read as an adjective after pays", repair: RepairPaidTribute,
			in: "Brown/NNP pays/VBZ tribute/JJ to/IN Mandela/NNP", want: []string{"NNP", "VBZ", "NN", "IN", "NNP"}},
		{name: "a plural noun read as a verb after its modifier", repair: RepairIstNoun,
			in: "handed/VBD over/RP 20/CD Islamic/NNP State/NNP suspects/VBZ to/IN Baghdad/NNP", want: []string{"VBD", "RP", "CD", "NNP", "NNP", "NNS", "IN", "NNP"}},
		{name: "a verb with an object stays", repair: RepairIstNoun,
			in: "Israel/NNP attacks/VBZ Gaza/NNP", want: []string{"NNP", "VBZ", "NNP"}},
		{name: "a title read as a verb before a name", repair: RepairNameNouns,
			in: "WHO/NNP chief/VBP Tedros/NNPS urged/VBD Israel/NNP", want: []string{"NNP", "NN", "NNPS", "VBD", "NNP"}},
		{name: "a street's name read as a participle", repair: RepairNameNouns,
			in: "Downing/VBG Street/NNP denied/VBD it/PRP", want: []string{"NNP", "NNP", "VBD", "PRP"}},
		{name: "a verb before a lower-case street stays", repair: RepairNameNouns,
			in: "Crossing/VBG the/DT street/NN ,/, he/PRP fell/VBD", want: []string{"VBG", "DT", "NN", ",", "PRP", "VBD"}},
		{name: "a verb shadow before a noun phrase stays", repair: RepairNameNouns,
			in: "Agents/NNS shadow/VBP suspects/NNS", want: []string{"NNS", "VBP", "NNS"}},
		{name: "a surname read as a plural noun after a form of address", repair: RepairNameNouns,
			in: "Mr/NNP Balls/NNS rejected/VBD it/PRP", want: []string{"NNP", "NNP", "VBD", "PRP"}},
		{name: "a lower-case noun after a form of address stays", repair: RepairNameNouns,
			in: "Mr/NNP Balls/NNP saw/VBD balls/NNS", want: []string{"NNP", "NNP", "VBD", "NNS"}},
		{name: "a surname read as a common noun after a common given name", repair: RepairNameNouns,
			in: "Frank/NNP Field/NN criticised/VBD Brown/NNP", want: []string{"NNP", "NNP", "VBD", "NNP"}},
		{name: "a surname read as a common noun after a name a title opens", repair: RepairNameNouns,
			in: "Labour/NNP MP/NNP Kate/NNP Hoey/NN said/VBD", want: []string{"NNP", "NNP", "NNP", "NNP", "VBD"}},
		{name: "a capitalised noun after a name no title opens stays", repair: RepairNameNouns,
			in: "the/DT Reagan/NNP Administration/NN said/VBD", want: []string{"DT", "NNP", "NN", "VBD"}},
		{name: "a lower-case noun between names stays", repair: RepairNameNouns,
			in: "Smith/NNP talks/NN Jones/NNP", want: []string{"NNP", "NN", "NNP"}},
		{name: "a plural noun read as an auxiliary", repair: RepairAux,
			in: "Taliban/NNP fighters/VBZ attacked/VBN police/NNS", want: []string{"NNP", "NNS", "VBN", "NNS"}},
		{name: "a plural agent noun read as a verb", repair: RepairAux,
			in: "ISIS/NNP bombers/VBZ killed/VBD ten/CD people/NNS", want: []string{"NNP", "NNS", "VBD", "CD", "NNS"}},
		{name: "a plural agent noun read as a verb before an -ed adjective", repair: RepairAux,
			in: "Haram/NNP fighters/VBZ abducted/JJ 20/CD women/NNS", want: []string{"NNP", "NNS", "VBD", "CD", "NNS"}},
		{name: "a verb in -er stays a verb", repair: RepairAux,
			in: "Smith/NNP offers/VBZ revised/VBN terms/NNS", want: []string{"NNP", "VBZ", "VBN", "NNS"}},
		{name: "a verb in -ers before a noun stays a verb", repair: RepairAux,
			in: "Smith/NNP bothers/VBZ people/NNS", want: []string{"NNP", "VBZ", "NNS"}},
		{name: "shot before and a past-tense verb is the verb shoot", repair: RepairShot,
			in: "Israeli/JJ troops/NNS shot/NN and/CC killed/VBD a/DT teenager/NN", want: []string{"JJ", "NNS", "VBD", "CC", "VBD", "DT", "NN"}},
		{name: "a shot fired stays a noun", repair: RepairShot,
			in: "He/PRP fired/VBD a/DT shot/NN and/CC left/VBD", want: []string{"PRP", "VBD", "DT", "NN", "CC", "VBD"}},
		{name: "a headline verb read as a plural noun", repair: RepairHeadlineVerb,
			in: "Israel/NNP bombs/NNS Gaza/NNP", want: []string{"NNP", "VBZ", "NNP"}},
		{name: "a headline verb after coordinated names read as a noun", repair: RepairHeadlineVerb,
			in: "Russia/NNP ,/, China/NNP veto/NN UN/NNP resolution/NN", want: []string{"NNP", ",", "NNP", "VBP", "NNP", "NN"}},
		{name: "a sentence with a verb keeps its nouns", repair: RepairHeadlineVerb,
			in: "Israel/NNP bombs/NNS Gaza/NNP ,/, officials/NNS said/VBD", want: []string{"NNP", "NNS", "NNP", ",", "NNS", "VBD"}},
		{name: "a prefixed irregular past read as a present", repair: RepairPrefixedPast,
			in: "Iraqi/JJ forces/NNS retook/VBP Tikrit/NNP", want: []string{"JJ", "NNS", "VBD", "NNP"}},
		{name: "a past-only irregular form read as a participle", repair: RepairPrefixedPast,
			in: "Oil/NN prices/NNS rose/VBN as/IN Iran/NNP attacked/VBD tankers/NNS", want: []string{"NN", "NNS", "VBD", "IN", "NNP", "VBD", "NNS"}},
		{name: "a past-only form read as a noun stays", repair: RepairPrefixedPast,
			in: "She/PRP planted/VBD a/DT rose/NN", want: []string{"PRP", "VBD", "DT", "NN"}},
		{name: "a prefixed irregular past read as a preposition", repair: RepairPrefixedPast,
			in: "Rebels/NNS overran/IN the/DT base/NN", want: []string{"NNS", "VBD", "DT", "NN"}},
		{name: "a real auxiliary stays", repair: RepairAux,
			in: "Taliban/NNP fighters/NNS were/VBD killed/VBN", want: []string{"NNP", "NNS", "VBD", "VBN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tagged(tt.in)
			for i := range s.Tokens {
				if strings.HasPrefix(s.Tokens[i].XPOS, "VB") && (s.Tokens[i].Text == "fighters" || s.Tokens[i].Text == "were") {
					s.Tokens[i].UPOS = "AUX"
				}
			}
			tt.repair(&s)
			for i, tok := range s.Tokens {
				if tok.XPOS != tt.want[i] {
					t.Errorf("token %d %q: %s, want %s", i, tok.Text, tok.XPOS, tt.want[i])
				}
			}
		})
	}
}

// knownName stands for a dictionary's surnames in the RepairKnownNames
// cases.
func knownName(w string) bool { return w == "Guterres" || w == "Xi" || w == "He" }

func TestIsTree(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{name: "a tree", in: "Police/NOUN/NNS/2/nsubj arrested/VERB/VBD/0/root men/NOUN/NNS/2/obj", want: true},
		{name: "a cycle", in: "Danish/ADJ/JJ/2/amod Minister/PROPN/NNP/3/nmod:desc Uffe/PROPN/NNP/1/flat said/VERB/VBD/0/root", want: false},
		{name: "a head out of range", in: "Police/NOUN/NNS/9/nsubj arrested/VERB/VBD/0/root", want: false},
		{name: "a cycle away from the first token", in: "Police/NOUN/NNS/2/nsubj arrested/VERB/VBD/0/root two/NUM/CD/4/nummod men/NOUN/NNS/5/obj here/ADV/RB/4/advmod", want: false},
		{name: "a deep chain", in: "a/DET/DT/2/det b/NOUN/NN/3/nmod c/NOUN/NN/4/nmod d/NOUN/NN/5/nmod e/VERB/VBD/0/root", want: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parsed(tt.in)
			if got := isTree(s.Tokens); got != tt.want {
				t.Errorf("isTree = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRepairGivenAmount(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  int
		heads []int
		rels  []string
	}{
		{name: "a small clause becomes recipient and amount",
			in:    "U.S./PROPN/NNP/3/nsubj has/AUX/VBZ/3/aux given/VERB/VBN/0/root/give Israel/PROPN/NNP/7/nsubj 25/NUM/CD/6/compound billion/NUM/CD/7/nummod dlrs/NOUN/NNS/3/ccomp",
			want:  1,
			heads: []int{3, 3, 0, 3, 6, 7, 3},
			rels:  []string{"nsubj", "aux", "root", "iobj", "compound", "nummod", "obj"}},
		{name: "a number hung on the recipient joins the amount",
			in:    "Japan/PROPN/NNP/3/nsubj has/AUX/VBZ/3/aux lent/VERB/VBN/0/root/lend China/PROPN/NNP/3/obj 390/NUM/CD/4/flat mln/NOUN/NN/7/compound dlrs/NOUN/NNS/3/obl",
			want:  1,
			heads: []int{3, 3, 0, 3, 7, 7, 3},
			rels:  []string{"nsubj", "aux", "root", "iobj", "nummod", "compound", "obj"}},
		{name: "a recipient with a determiner and two words",
			in:    "Japan/PROPN/NNP/2/nsubj loaned/VERB/VBD/0/root/loan the/DET/DT/5/det South/PROPN/NNP/5/compound Korea/PROPN/NNP/8/compound 10/NUM/CD/7/compound billion/NUM/CD/8/nummod dlrs/NOUN/NNS/2/obl",
			want:  1,
			heads: []int{2, 0, 5, 5, 2, 7, 8, 2},
			rels:  []string{"nsubj", "root", "det", "compound", "iobj", "compound", "nummod", "obj"}},
		{name: "right already",
			in:    "Saudi/PROPN/NNP/2/compound Arabia/PROPN/NNP/3/nsubj gave/VERB/VBD/0/root/give Iraq/PROPN/NNP/3/iobj 10/NUM/CD/6/nummod dlrs/NOUN/NNS/3/obj",
			want:  0,
			heads: []int{2, 3, 0, 3, 6, 3},
			rels:  []string{"compound", "nsubj", "root", "iobj", "nummod", "obj"}},
		{name: "the verb hanging under the amount is left alone (no cycle)",
			in:    "U.S./PROPN/NNP/3/nsubj has/AUX/VBZ/3/aux given/VERB/VBN/7/acl/give Israel/PROPN/NNP/3/obj 22/NUM/CD/6/compound bn/NUM/CD/7/nummod dlrs/NOUN/NNS/0/root",
			want:  0,
			heads: []int{3, 3, 7, 3, 6, 7, 0},
			rels:  []string{"nsubj", "aux", "acl", "obj", "compound", "nummod", "root"}},
		{name: "a currency word is no recipient",
			in:    "Labour/PROPN/NNP/3/nsubj has/AUX/VBZ/3/aux offered/VERB/VBN/0/root/offer pounds/NOUN/NNS/7/compound 22/NUM/CD/6/compound bn/NUM/CD/4/nummod savings/NOUN/NNS/3/obj",
			want:  0,
			heads: []int{3, 3, 0, 7, 6, 4, 3},
			rels:  []string{"nsubj", "aux", "root", "compound", "compound", "nummod", "obj"}},
		{name: "no verb of giving",
			in:    "Japan/PROPN/NNP/2/nsubj cut/VERB/VBD/0/root/cut imports/NOUN/NNS/6/nsubj 10/NUM/CD/5/compound pct/NOUN/NN/2/obj",
			want:  0,
			heads: []int{2, 0, 6, 5, 2},
			rels:  []string{"nsubj", "root", "nsubj", "compound", "obj"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parsed(tt.in)
			if n := RepairGivenAmount(&s); n != tt.want {
				t.Errorf("changed %d, want %d", n, tt.want)
			}
			for i, tok := range s.Tokens {
				if tok.Head != tt.heads[i] || tok.Rel != tt.rels[i] {
					t.Errorf("%s is %d/%s, want %d/%s", tok.Text, tok.Head, tok.Rel, tt.heads[i], tt.rels[i])
				}
			}
		})
	}
}

func TestRepairPlaceWith(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
		head int    // head of token 8 (the with phrase's noun) afterwards
		rel  string // its relation afterwards
	}{
		{name: "a with phrase under a place in an in phrase goes to the noun",
			in:   "Nakasone/PROPN/NNP/2/nsubj held/VERB/VBD/0/root talks/NOUN/NNS/2/obj in/ADP/IN/5/case Washington/PROPN/NNP/3/nmod with/ADP/IN/8/case President/PROPN/NNP/8/nmod:desc Reagan/PROPN/NNP/5/nmod",
			want: 1, head: 3, rel: "nmod"},
		{name: "under a verb it becomes an oblique",
			in:   "Nakasone/PROPN/NNP/2/nsubj met/VERB/VBD/0/root in/ADP/IN/4/case Washington/PROPN/NNP/2/obl on/ADP/IN/6/case Monday/PROPN/NNP/2/obl with/ADP/IN/8/case Reagan/PROPN/NNP/4/nmod",
			want: 1, head: 2, rel: "obl"},
		{name: "a with phrase of a common noun stays",
			in:   "He/PRON/PRP/2/nsubj lives/VERB/VBZ/0/root in/ADP/IN/4/case house/NOUN/NN/2/obl a/DET/DT/6/det garden/NOUN/NN/4/nmod with/ADP/IN/8/case trees/NOUN/NNS/4/nmod",
			want: 0, head: 4, rel: "nmod"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parsed(tt.in)
			if n := RepairPlaceWith(&s); n != tt.want {
				t.Errorf("changed %d, want %d", n, tt.want)
			}
			if tok := s.Tokens[7]; tok.Head != tt.head || tok.Rel != tt.rel {
				t.Errorf("%s is %d/%s, want %d/%s", tok.Text, tok.Head, tok.Rel, tt.head, tt.rel)
			}
		})
	}
}

// cyclingParser is a Parser that hangs every token on the next one and
// the last on the root, for TestRepairTreeStopsAtCycle.
type cyclingParser struct{ parses int }

func (p *cyclingParser) Parse(s *Sentence) {
	p.parses++
	for i := range s.Tokens {
		s.Tokens[i].Head, s.Tokens[i].Rel = i+2, "dep"
	}
	s.Tokens[len(s.Tokens)-1].Head, s.Tokens[len(s.Tokens)-1].Rel = 0, "root"
}

// TestRepairTreeStopsAtCycle checks that a repair that makes a cycle
// gives the sentence the parser's tree back and that no later repair
// runs (one walking the heads up the cycle would never end).
func TestRepairTreeStopsAtCycle(t *testing.T) {
	parser := &cyclingParser{}
	p := &Pipeline{Parser: parser}
	s := parsed("a/DET/DT/2/det b/NOUN/NN/3/nsubj c/VERB/VBD/0/root")
	later := 0
	cycle := func(s *Sentence) int { s.Tokens[2].Head = 1; return 1 } // c under a, a under b, b under c
	ok := p.repairTree(&s, []treeRepair{{cycle, need()}, {func(*Sentence) int { later++; return 0 }, need()}}, facts{})
	if ok || later != 0 || parser.parses != 1 {
		t.Errorf("repairTree = %v, later repairs run %d, parses %d; want false, 0, 1", ok, later, parser.parses)
	}
	if !isTree(s.Tokens) {
		t.Errorf("the sentence is no tree after the cycle was undone")
	}
}

func TestRepairSubordinateSibling(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  int
		heads []int
		rels  []string
	}{
		{name: "a marked oblique right before a subjectless clause is its subject",
			in:    "Services/NOUN/NNS/3/nsubj:pass were/AUX/VBD/3/aux:pass disrupted/VERB/VBN/0/root after/ADP/IN/5/case servants/NOUN/NNS/3/obl joined/VERB/VBD/3/advcl strike/NOUN/NN/6/obj",
			want:  1,
			heads: []int{3, 3, 0, 6, 6, 3, 6},
			rels:  []string{"nsubj:pass", "aux:pass", "root", "mark", "nsubj", "advcl", "obj"}},
		{name: "a marked oblique right before a subjectless complement is its subject, and the clause adverbial",
			in:    "Accord/NOUN/NN/3/nsubj:pass was/AUX/VBD/3/aux:pass needed/VERB/VBN/0/root before/ADP/IN/5/case Ottawa/PROPN/NNP/3/obl extended/VERB/VBD/3/xcomp loans/NOUN/NNS/6/obj",
			want:  1,
			heads: []int{3, 3, 0, 6, 6, 3, 6},
			rels:  []string{"nsubj:pass", "aux:pass", "root", "mark", "nsubj", "advcl", "obj"}},
		{name: "a complement after \"as\" keeps its oblique",
			in:    "They/PRON/PRP/2/nsubj saw/VERB/VBD/0/root it/PRON/PRP/2/obj as/ADP/IN/5/case Japan/PROPN/NNP/2/obl wanted/VERB/VBD/2/ccomp",
			want:  0,
			heads: []int{2, 0, 2, 5, 2, 2},
			rels:  []string{"nsubj", "root", "obj", "case", "obl", "ccomp"}},
		{name: "a clause with its own subject stays",
			in:    "He/PRON/PRP/2/nsubj left/VERB/VBD/0/root after/ADP/IN/4/case talks/NOUN/NNS/2/obl they/PRON/PRP/6/nsubj ended/VERB/VBD/2/advcl",
			want:  0,
			heads: []int{2, 0, 4, 2, 6, 2},
			rels:  []string{"nsubj", "root", "case", "obl", "nsubj", "advcl"}},
		{name: "a preposition that opens no clause stays",
			in:    "Services/NOUN/NNS/3/nsubj:pass were/AUX/VBD/3/aux:pass disrupted/VERB/VBN/0/root in/ADP/IN/5/case Wales/PROPN/NNP/3/obl joined/VERB/VBD/3/advcl strike/NOUN/NN/6/obj",
			want:  0,
			heads: []int{3, 3, 0, 5, 3, 3, 6},
			rels:  []string{"nsubj:pass", "aux:pass", "root", "case", "obl", "advcl", "obj"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parsed(tt.in)
			if n := RepairSubordinate(&s); n != tt.want {
				t.Errorf("changed %d, want %d", n, tt.want)
			}
			for i, tok := range s.Tokens {
				if tok.Head != tt.heads[i] || tok.Rel != tt.rels[i] {
					t.Errorf("%s is %d/%s, want %d/%s", tok.Text, tok.Head, tok.Rel, tt.heads[i], tt.rels[i])
				}
			}
		})
	}
}
