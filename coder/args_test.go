package coder

import (
	"slices"
	"strings"
	"testing"
	"time"

	"tacitus/dictionary"
	"tacitus/nlp"
)

// synTestSet loads testdata/syndict: the rule-test actors and agents with
// a small syntactic-dialect verb file, whose verbs take their arguments
// from the dependency tree.
func synTestSet(t testing.TB) *dictionary.Set {
	t.Helper()
	set, err := dictionary.LoadDir(testdataFS, "testdata/syndict")
	if err != nil {
		t.Fatalf("loading test dictionaries: %v", err)
	}
	if set.Verbs.Files[0].Dialect != dictionary.Syntactic {
		t.Fatalf("testdata/syndict verbs read as %v, want the syntactic dialect", set.Verbs.Files[0].Dialect)
	}
	return set
}

// TestDependencyArguments checks the source and target rules of the
// syntactic dialect (args.go) on made-up sentences.
func TestDependencyArguments(t *testing.T) {
	c := New(synTestSet(t), Options{News: true})
	cfg := DefaultConfig()
	cfg.CommaMax, cfg.CommaEMax = 0, 0
	date := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text, parse string
		want              []string
	}{
		{
			name:  "subject and object",
			text:  "Arnor attacked Gondor.",
			parse: "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
			want:  []string{"ARN GON 190"},
		},
		{
			name:  "pattern preposition names the target",
			text:  "Arnor accused the government of Gondor of treason.",
			parse: "(ROOT (S (NP (NNP Arnor)) (VP (VBD accused) (NP (NP (DT the) (NN government)) (PP (IN of) (NP (NNP Gondor)))) (PP (IN of) (NP (NN treason)))) (. .)))",
			want:  []string{"ARN GONGOV 1121"},
		},
		{
			name:  "a place after a locative preposition is no target",
			text:  "Arnor met Rohan in Gondor.",
			parse: "(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Rohan)) (PP (IN in) (NP (NNP Gondor)))) (. .)))",
			want:  []string{"ARN ROH 040"},
		},
		{
			name:  "passive with a by phrase swaps source and target",
			text:  "Gondor was attacked by Arnor.",
			parse: "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP Arnor))))) (. .)))",
			want:  []string{"ARN GON 190"},
		},
		{
			name:  "passive without an agent is not coded",
			text:  "Gondor was attacked.",
			parse: "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked))) (. .)))",
		},
		{
			name:  "coordinated verb inherits the subject",
			text:  "Arnor met Rohan and attacked Gondor.",
			parse: "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD met) (NP (NNP Rohan))) (CC and) (VP (VBD attacked) (NP (NNP Gondor)))) (. .)))",
			want:  []string{"ARN ROH 040", "ARN GON 190"},
		},
		{
			name:  "speech verb is only the carrier of a coded content",
			text:  "Rohan said Arnor attacked Gondor.",
			parse: "(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)))))) (. .)))",
			want:  []string{"ARN GON 190"},
		},
		{
			name:  "pronoun subject of reported content is the speaker",
			text:  "Arnor said it attacked Gondor.",
			parse: "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBD attacked) (NP (NNP Gondor)))))) (. .)))",
			want:  []string{"ARN GON 190"},
		},
		{
			name:  "light verb with an event noun",
			text:  "Arnor held talks with Gondor.",
			parse: "(ROOT (S (NP (NNP Arnor)) (VP (VBD held) (NP (NP (NNS talks)) (PP (IN with) (NP (NNP Gondor))))) (. .)))",
			want:  []string{"ARN GON 046"},
		},
		{
			name:  "coordinated subject of a cooperative act without a target",
			text:  "Arnor and Rohan signed an accord.",
			parse: "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Rohan)) (VP (VBD signed) (NP (DT an) (NN accord))) (. .)))",
			want:  []string{"ARN ROH 057", "ROH ARN 057"},
		},
		{
			name:  "coordinated subject of a hostile act needs a target",
			text:  "Arnor and Rohan attacked.",
			parse: "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Rohan)) (VP (VBD attacked)) (. .)))",
		},
		{
			name:  "event noun complement before other obliques",
			text:  "Arnor held talks with Gondor on the proposal of Rohan.",
			parse: "(ROOT (S (NP (NNP Arnor)) (VP (VBD held) (NP (NP (NNS talks)) (PP (IN with) (NP (NNP Gondor)))) (PP (IN on) (NP (NP (DT the) (NN proposal)) (PP (IN of) (NP (NNP Rohan)))))) (. .)))",
			want:  []string{"ARN GON 046"},
		},
		{
			name:  "first-person intent reported by the speaker",
			text:  "Arnor said it will meet Gondor.",
			parse: "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (MD will) (VP (VB meet) (NP (NNP Gondor))))))) (. .)))",
			want:  []string{"ARN GON 036"},
		},
		{
			name:  "another party's future act keeps its code",
			text:  "Rohan said Arnor will meet Gondor.",
			parse: "(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (VP (MD will) (VP (VB meet) (NP (NNP Gondor))))))) (. .)))",
			want:  []string{"ARN GON 040"},
		},
		{
			name:  "a party named by the speaker acts on its own",
			text:  "Arnor said Arnor will meet Gondor.",
			parse: "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (VP (MD will) (VP (VB meet) (NP (NNP Gondor))))))) (. .)))",
			want:  []string{"ARN GON 040"},
		},
		{
			name:  "a time after a preposition is no target",
			text:  "Arnor attacked on Friday.",
			parse: "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (PP (IN on) (NP (NNP Friday)))) (. .)))",
		},
		{
			name:  "the owner of an uncoded object is the target",
			text:  "Arnor attacked the proposal by Gondor.",
			parse: "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NP (DT the) (NN proposal)) (PP (IN by) (NP (NNP Gondor))))) (. .)))",
			want:  []string{"ARN GON 190"},
		},
		{
			name:  "a speech verb's pattern does not reach into the reported clause",
			text:  "Rohan said to Gondor that Arnor attacked Gondor for treason.",
			parse: "(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (PP (TO to) (NP (NNP Gondor))) (SBAR (IN that) (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (PP (IN for) (NP (NN treason))))))) (. .)))",
			want:  []string{"ARN GON 190"},
		},
		{
			name:  "a plain statement that only mentions a party is no act toward it",
			text:  "Rohan said Arnor was weak.",
			parse: "(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (VP (VBD was) (ADJP (JJ weak)))))) (. .)))",
			want:  nil,
		},
		{
			name:  "a statement about the reported subject that judges it is criticism",
			text:  "Rohan said Arnor was corrupt.",
			parse: "(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (VP (VBD was) (ADJP (JJ corrupt)))))) (. .)))",
			want:  []string{"ROH ARN 111"},
		},
		{
			name:  "a relative clause in the present is a state",
			text:  "Arnor, which attacks Gondor, met Rohan.",
			parse: "(ROOT (S (NP (NP (NNP Arnor)) (, ,) (SBAR (WHNP (WDT which)) (S (VP (VBZ attacks) (NP (NNP Gondor))))) (, ,)) (VP (VBD met) (NP (NNP Rohan))) (. .)))",
			want:  []string{"ARN ROH 040"},
		},
		{
			name:  "a relative clause in the past with its agent is an event",
			text:  "Arnor, which attacked Gondor, met Rohan.",
			parse: "(ROOT (S (NP (NP (NNP Arnor)) (, ,) (SBAR (WHNP (WDT which)) (S (VP (VBD attacked) (NP (NNP Gondor))))) (, ,)) (VP (VBD met) (NP (NNP Rohan))) (. .)))",
			want:  []string{"ARN ROH 040", "ARN GON 190"},
		},
		{
			name:  "a critical statement about the reported subject",
			text:  "Rohan said Arnor had failed.",
			parse: "(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (VP (VBD had) (VP (VBN failed)))))) (. .)))",
			want:  []string{"ROH ARN 111"},
		},
		{
			name:  "a statement of what the reported subject should do is an appeal",
			text:  "Rohan said Arnor should leave.",
			parse: "(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (VP (MD should) (VP (VB leave)))))) (. .)))",
			want:  []string{"ROH ARN 020"},
		},
		{
			name:  "object control: the urged party acts",
			text:  "Arnor urged Gondor to attack Rohan.",
			parse: "(ROOT (S (NP (NNP Arnor)) (VP (VBD urged) (NP (NNP Gondor)) (S (VP (TO to) (VP (VB attack) (NP (NNP Rohan)))))) (. .)))",
			want:  []string{"ARN GON 020", "GON ROH 190"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, ok := sentenceFromPTB(tc.parse, tc.text)
			if !ok {
				t.Fatalf("bad parse %q", tc.parse)
			}
			evs, err := c.Code(s, tc.text, date, cfg)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				got = append(got, e.Source+" "+e.Target+" "+e.Code)
			}
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s\n got  %q\n want %q", tc.text, got, want)
			}
		})
	}
}

// TestLemmaIs checks the forms lemmaIs tries for a word set: the lemma,
// then a verb's word as written and without its inflection, each asked
// once.
func TestLemmaIs(t *testing.T) {
	cases := []struct {
		word, lemma, upos string
		set               []string
		want              bool
		asked             []string
	}{
		{"SAID", "SAY", "VERB", []string{"SAY"}, true, []string{"SAY"}},
		{"TALKS", "TALK", "VERB", []string{"DEBATE"}, false, []string{"TALK", "TALKS"}},
		{"PROTESTING", "", "VERB", []string{"PROTEST"}, true, []string{"PROTESTING", "PROTEST"}},
		{"RULING", "RULING", "VERB", []string{"RULE"}, true, []string{"RULING", "RUL", "RULE"}},
		{"MARCHED", "MARCHED", "VERB", []string{"MARCH"}, true, []string{"MARCHED", "MARCH"}},
		{"TALKS", "TALK", "NOUN", []string{"TALKS"}, false, []string{"TALK"}},
	}
	for _, tc := range cases {
		f := &frame{
			toks:     []nlp.Token{{Text: tc.word, UPOS: tc.upos, Lemma: strings.ToLower(tc.lemma)}},
			upLemmas: []string{tc.lemma},
			upToks:   []string{tc.word},
			tokWord:  []int{0},
		}
		var asked []string
		in := func(w string) bool {
			asked = append(asked, w)
			return slices.Contains(tc.set, w)
		}
		if got := f.lemmaIs(0, in); got != tc.want || !slices.Equal(asked, tc.asked) {
			t.Errorf("%s (%s %s): lemmaIs = %v asking %q, want %v asking %q", tc.word, tc.lemma, tc.upos, got, asked, tc.want, tc.asked)
		}
		// A frame built for a sentence keeps the forms it made: asked
		// again, it asks the same.
		f.formSpan = [][2]int32{{-1, -1}}
		for range 2 {
			asked = nil
			if got := f.lemmaIs(0, in); got != tc.want || !slices.Equal(asked, tc.asked) {
				t.Errorf("%s (%s %s), forms kept: lemmaIs = %v asking %q, want %v asking %q", tc.word, tc.lemma, tc.upos, got, asked, tc.want, tc.asked)
			}
		}
	}
}
