package places

import (
	"strconv"
	"strings"
	"testing"

	"tacitus/nlp"
)

// sentence builds a tagged sentence from space-separated tokens written
// "form/UPOS/XPOS" or, parsed, "form/UPOS/XPOS/head/rel". A token written
// with a trailing "~" has no space after it. It returns the document text
// and the sentence; the document is the tokens joined by spaces.
func sentence(t testing.TB, spec string) (string, nlp.Sentence) {
	t.Helper()
	var b strings.Builder
	var s nlp.Sentence
	for _, f := range strings.Fields(spec) {
		noSpace := strings.HasSuffix(f, "~")
		f = strings.TrimSuffix(f, "~")
		parts := strings.Split(f, "/")
		if len(parts) != 3 && len(parts) != 5 {
			t.Fatalf("bad token spec %q", f)
		}
		tok := nlp.Token{Text: parts[0], UPOS: parts[1], XPOS: parts[2], Head: -1, SpaceAfter: !noSpace}
		if len(parts) == 5 {
			h, err := strconv.Atoi(parts[3])
			if err != nil {
				t.Fatal(err)
			}
			tok.Head, tok.Rel = h, parts[4]
		}
		tok.Start = b.Len()
		b.WriteString(tok.Text)
		tok.End = b.Len()
		if tok.SpaceAfter {
			b.WriteByte(' ')
		}
		s.Tokens = append(s.Tokens, tok)
	}
	s.End = b.Len()
	return b.String(), s
}

// got is the comparable summary of a mention.
type got struct {
	Text     string
	Country  string
	Res      Resolution
	Resolved bool
	Prep     string
	Locative bool
}

func TestMentions(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name string
		spec string
		ctx  Context
		want []got
	}{
		{
			name: "locative city",
			spec: "Police/NOUN/NNS clashed/VERB/VBD with/ADP/IN protesters/NOUN/NNS in/ADP/IN Tehran/PROPN/NNP on/ADP/IN Friday/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Tehran", Country: "IRN", Res: City, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "a country naming a gulf is no place of it",
			spec: "Militants/NOUN/NNS attacked/VERB/VBD a/DET/DT tanker/NOUN/NN in/ADP/IN the/DET/DT Gulf/NOUN/NN of/ADP/IN Mexico/PROPN/NNP ./PUNCT/.",
			want: nil,
		},
		{
			name: "multi-word name with particle",
			spec: "Thousands/NOUN/NNS marched/VERB/VBD in/ADP/IN Rio/PROPN/NNP de/ADP/IN Janeiro/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Rio de Janeiro", Country: "BRA", Res: City, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "New York with trailing day",
			spec: "Talks/NOUN/NNS opened/VERB/VBD in/ADP/IN New/PROPN/NNP York/PROPN/NNP Saturday/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "New York", Country: "USA", Res: City, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "region with its kind and a qualifier",
			spec: "Gunmen/NOUN/NNS struck/VERB/VBD in/ADP/IN Borno/PROPN/NNP state/NOUN/NN ,/PUNCT/, Nigeria/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Borno state , Nigeria", Country: "NGA", Res: Admin1, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "a time zone after a clock time is no region",
			spec: "Gunboats/NOUN/NNS attacked/VERB/VBD a/DET/DT tanker/NOUN/NN at/ADP/IN 0600/NUM/CD EST/PROPN/NNP ./PUNCT/.",
			want: nil,
		},
		{
			name: "an institution's word alone is no town",
			spec: "parity/NOUN/NN in/ADP/IN the/DET/DT Bank/PROPN/NNP ./PUNCT/.",
			want: nil,
		},
		{
			name: "an acronym is no town that has it as a second name",
			spec: "In/ADP/IN the/DET/DT north/NOUN/NN ,/PUNCT/, IRNA/PROPN/NNP said/VERB/VBD ./PUNCT/.",
			want: nil,
		},
		{
			name: "a sea is no region",
			spec: "Rebels/NOUN/NNS attacked/VERB/VBD a/DET/DT ship/NOUN/NN in/ADP/IN the/DET/DT Red/PROPN/NNP Sea/PROPN/NNP ./PUNCT/.",
			want: nil,
		},
		{
			name: "region without its article",
			spec: "Troops/NOUN/NNS fought/VERB/VBD in/ADP/IN Anbar/PROPN/NNP province/NOUN/NN ./PUNCT/.",
			want: []got{{Text: "Anbar province", Country: "IRQ", Res: Admin1, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "name beside a place noun",
			spec: "Police/NOUN/NNS arrested/VERB/VBD protesters/NOUN/NNS in/ADP/IN the/DET/DT capital/NOUN/NN ,/PUNCT/, Nairobi/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Nairobi", Country: "KEN", Res: City, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "country",
			spec: "Fighting/NOUN/NN continued/VERB/VBD in/ADP/IN Syria/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Syria", Country: "SYR", Res: Country, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "state",
			spec: "A/DET/DT tornado/NOUN/NN struck/VERB/VBD in/ADP/IN Texas/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Texas", Country: "USA", Res: Admin1, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "qualified name",
			spec: "A/DET/DT rally/NOUN/NN was/AUX/VBD held/VERB/VBN in/ADP/IN Paris/PROPN/NNP ,/PUNCT/, Texas/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Paris , Texas", Country: "USA", Res: City, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "the northern city of",
			spec: "Rebels/NOUN/NNS attacked/VERB/VBD troops/NOUN/NNS in/ADP/IN the/DET/DT northern/ADJ/JJ city/NOUN/NN of/ADP/IN Aleppo/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Aleppo", Country: "SYR", Res: City, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "distance north of",
			spec: "A/DET/DT bomb/NOUN/NN exploded/VERB/VBD 30/NUM/CD km/NOUN/NNS north/ADV/RB of/ADP/IN Baghdad/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Baghdad", Country: "IRQ", Res: City, Resolved: true, Prep: "near", Locative: true}},
		},
		{
			name: "coordination inherits the preposition",
			spec: "Protests/NOUN/NNS erupted/VERB/VBD in/ADP/IN Cairo/PROPN/NNP and/CCONJ/CC Alexandria/PROPN/NNP ./PUNCT/.",
			want: []got{
				{Text: "Cairo", Country: "EGY", Res: City, Resolved: true, Prep: "in", Locative: true},
				{Text: "Alexandria", Country: "EGY", Res: City, Resolved: true, Prep: "in", Locative: true},
			},
		},
		{
			name: "directional preposition is not locative",
			spec: "The/DET/DT envoy/NOUN/NN flew/VERB/VBD from/ADP/IN Doha/PROPN/NNP to/ADP/IN Kabul/PROPN/NNP ./PUNCT/.",
			want: []got{
				{Text: "Doha", Country: "QAT", Res: City, Resolved: true, Prep: "from"},
				{Text: "Kabul", Country: "AFG", Res: City, Resolved: true, Prep: "to"},
			},
		},
		{
			name: "Jordan the person is not a place",
			spec: "Jordan/PROPN/NNP said/VERB/VBD he/PRON/PRP would/AUX/MD retire/VERB/VB ./PUNCT/.",
		},
		{
			name: "Michael Jordan is not a place",
			spec: "Michael/PROPN/NNP Jordan/PROPN/NNP visited/VERB/VBD the/DET/DT school/NOUN/NN ./PUNCT/.",
		},
		{
			name: "Washington announced is metonymy",
			spec: "Washington/PROPN/NNP announced/VERB/VBD new/ADJ/JJ sanctions/NOUN/NNS ./PUNCT/.",
		},
		{
			name: "subject country from the parse",
			spec: "Syria/PROPN/NNP/2/nsubj rejected/VERB/VBD/0/root the/DET/DT/4/det plan/NOUN/NN/2/obj ./PUNCT/./2/punct",
		},
		{
			name: "possessive is an actor",
			spec: "Iran/PROPN/NNP 's~/PART/POS foreign/ADJ/JJ minister/NOUN/NN arrived/VERB/VBD ./PUNCT/.",
		},
		{
			name: "ambiguous name needs a preposition",
			spec: "Officials/NOUN/NNS from/ADP/IN several/ADJ/JJ countries/NOUN/NNS met/VERB/VBD Georgia/PROPN/NNP officials/NOUN/NNS ./PUNCT/.",
		},
		{
			name: "ambiguous name with a preposition",
			spec: "Troops/NOUN/NNS were/AUX/VBD deployed/VERB/VBN in/ADP/IN Jordan/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Jordan", Country: "JOR", Res: Country, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "unprepositioned country as object",
			spec: "The/DET/DT army/NOUN/NN invaded/VERB/VBD Kuwait/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Kuwait", Country: "KWT", Res: Country, Resolved: true}},
		},
		{
			name: "small town without preposition is skipped",
			spec: "The/DET/DT Of/PROPN/NNP delegation/NOUN/NN left/VERB/VBD ./PUNCT/.",
		},
		{
			name: "unknown place after locative preposition",
			spec: "The/DET/DT orcs/NOUN/NNS gathered/VERB/VBD near/ADP/IN Cirith/PROPN/NNP Ungol/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Cirith Ungol", Prep: "near", Locative: true}},
		},
		{
			name: "unknown name after at is likely a company",
			spec: "He/PRON/PRP is/AUX/VBZ an/DET/DT analyst/NOUN/NN at/ADP/IN Lehman/PROPN/NNP Brothers/PROPN/NNPS ./PUNCT/.",
		},
		{
			name: "continent is not a Philippine town",
			spec: "Sales/NOUN/NNS fell/VERB/VBD in/ADP/IN Asia/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Asia", Prep: "in", Locative: true}},
		},
		{
			name: "state abbreviation is not a name",
			spec: "Miss/PROPN/NNP Smith/PROPN/NNP and/CCONJ/CC Ore/PROPN/NNP left/VERB/VBD ./PUNCT/.",
		},
		{
			name: "month after preposition is not a place",
			spec: "Elections/NOUN/NNS will/AUX/MD be/AUX/VB held/VERB/VBN in/ADP/IN March/PROPN/NNP ./PUNCT/.",
		},
		{
			name: "organisation after preposition",
			spec: "He/PRON/PRP wrote/VERB/VBD in/ADP/IN the/DET/DT Washington/PROPN/NNP Post/PROPN/NNP ./PUNCT/.",
		},
		{
			name: "parsed preposition of a conjunct",
			spec: "Strikes/NOUN/NNS/2/nsubj hit/VERB/VBD/0/root Homs/PROPN/NNP/2/obj and/CCONJ/CC/5/cc Aleppo/PROPN/NNP/3/conj ./PUNCT/./2/punct",
			want: []got{
				{Text: "Homs", Country: "SYR", Res: City, Resolved: true},
				{Text: "Aleppo", Country: "SYR", Res: City, Resolved: true},
			},
		},
		{
			name: "alternate name without preposition needs a million people",
			spec: "Strikes/NOUN/NNS hit/VERB/VBD Hama/PROPN/NNP ./PUNCT/.",
		},
		{
			name: "alternate name with preposition",
			spec: "Strikes/NOUN/NNS hit/VERB/VBD targets/NOUN/NNS in/ADP/IN Hama/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Hama", Country: "SYR", Res: City, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "generic region name",
			spec: "Troops/NOUN/NNS were/AUX/VBD sent/VERB/VBN to/ADP/IN the/DET/DT North/PROPN/NNP ./PUNCT/.",
		},
		{
			name: "prefix must be a primary name",
			spec: "The/DET/DT pope/NOUN/NN rested/VERB/VBD in/ADP/IN Castel/PROPN/NNP Gandolfo/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Castel Gandolfo", Prep: "in", Locative: true}},
		},
		{
			name: "unknown place drops a trailing day",
			spec: "He/PRON/PRP won/VERB/VBD in/ADP/IN Holmenkollen/PROPN/NNP Saturday/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Holmenkollen", Prep: "in", Locative: true}},
		},
		{
			name: "the for of a departure names its destination",
			spec: "Nakasone/PROPN/NNP leaves/VERB/VBZ for/ADP/IN Washington/PROPN/NNP next/ADJ/JJ week/NOUN/NN ./PUNCT/.",
			want: []got{{Text: "Washington", Country: "USA", Res: City, Resolved: true, Prep: "for"}},
		},
		{
			name: "a for of no departure is no place's",
			spec: "He/PRON/PRP spoke/VERB/VBD for/ADP/IN Washington/PROPN/NNP ./PUNCT/.",
		},
		{
			name: "an honorific ends the place name",
			spec: "Speaking/VERB/VBG in/ADP/IN Harrogate/PROPN/NNP Mr/PROPN/NNP Kennedy/PROPN/NNP said/VERB/VBD ./PUNCT/.",
			want: []got{{Text: "Harrogate", Country: "GBR", Res: City, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "a people is not a place",
			spec: "Tension/NOUN/NN rose/VERB/VBD in/ADP/IN Serbs/PROPN/NNPS ./PUNCT/.",
		},
		{
			name: "named event is not a place",
			spec: "He/PRON/PRP fought/VERB/VBD in/ADP/IN World/PROPN/NNP War/PROPN/NNP II/NUM/CD ./PUNCT/.",
		},
		{
			name: "small town after directional preposition",
			spec: "The/DET/DT letter/NOUN/NN went/VERB/VBD to/ADP/IN Moro/PROPN/NNP ./PUNCT/.",
		},
		{
			name: "ambiguous name after directional preposition",
			spec: "The/DET/DT king/NOUN/NN returned/VERB/VBD to/ADP/IN Jordan/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Jordan", Country: "JOR", Res: Country, Resolved: true, Prep: "to"}},
		},
		{
			name: "parsed case dependent",
			spec: "He/PRON/PRP/2/nsubj arrived/VERB/VBD/0/root yesterday/NOUN/NN/2/obl:tmod in/ADP/IN/5/case Nairobi/PROPN/NNP/2/obl ./PUNCT/./2/punct",
			want: []got{{Text: "Nairobi", Country: "KEN", Res: City, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "country qualifier",
			spec: "Clashes/NOUN/NNS in/ADP/IN Springfield/PROPN/NNP ,/PUNCT/, United/PROPN/NNP States/PROPN/NNPS ./PUNCT/.",
			want: []got{{Text: "Springfield , United States", Country: "USA", Res: City, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "Birmingham alone is English",
			spec: "Protests/NOUN/NNS in/ADP/IN Birmingham/PROPN/NNP ./PUNCT/.",
			want: []got{{Text: "Birmingham", Country: "GBR", Res: City, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "a country of the sentence steers a city",
			spec: "Protests/NOUN/NNS in/ADP/IN Birmingham/PROPN/NNP spread/VERB/VBD across/ADP/IN the/DET/DT United/PROPN/NNP States/PROPN/NNPS ./PUNCT/.",
			want: []got{
				{Text: "Birmingham", Country: "USA", Res: City, Resolved: true, Prep: "in", Locative: true},
				{Text: "United States", Country: "USA", Res: Country, Resolved: true, Prep: "across", Locative: true},
			},
		},
		{
			name: "caller context steers a city",
			spec: "Protests/NOUN/NNS in/ADP/IN Birmingham/PROPN/NNP ./PUNCT/.",
			ctx:  Context{Dateline: "USA"},
			want: []got{{Text: "Birmingham", Country: "USA", Res: City, Resolved: true, Prep: "in", Locative: true}},
		},
		{
			name: "untagged tokens fall back to capitals",
			spec: "Fighting// spread// to// Mogadishu// .//",
			want: []got{{Text: "Mogadishu", Country: "SOM", Res: City, Resolved: true, Prep: "to"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, s := sentence(t, tt.spec)
			ms := g.Mentions(text, s, tt.ctx)
			var have []got
			for _, m := range ms {
				if text[m.Start:m.End] != m.Text {
					t.Errorf("mention %q has span %d:%d = %q", m.Text, m.Start, m.End, text[m.Start:m.End])
				}
				if s.Tokens[m.First].Start != m.Start || s.Tokens[m.Last].End != m.End {
					t.Errorf("mention %q has tokens %d..%d that do not match its span", m.Text, m.First, m.Last)
				}
				have = append(have, got{Text: m.Text, Country: m.Place.Country, Res: m.Place.Resolution,
					Resolved: m.Resolved, Prep: m.Prep, Locative: m.Locative})
			}
			if len(have) != len(tt.want) {
				t.Fatalf("Mentions = %+v, want %+v", have, tt.want)
			}
			for i := range have {
				if have[i] != tt.want[i] {
					t.Errorf("mention %d = %+v, want %+v", i, have[i], tt.want[i])
				}
			}
		})
	}
}

func TestMentionsBadOffsets(t *testing.T) {
	_, s := sentence(t, "in/ADP/IN Tehran/PROPN/NNP")
	s.Tokens[1].Start, s.Tokens[1].End = 100, 50 // offsets that do not fit the text
	ms := Mentions("short", s)
	if len(ms) != 1 || ms[0].Text != "Tehran" || ms[0].Place.Country != "IRN" {
		t.Errorf("Mentions with bad offsets = %+v, want Tehran from the token text", ms)
	}
}
