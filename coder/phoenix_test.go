package coder

import (
	"slices"
	"testing"
	"time"
)

// TestPhoenixSuiteSentences codes every validation sentence with the
// production Phoenix dictionaries (dialect-B verb patterns): no sentence
// may fail, and the sentences about real countries must yield events.
func TestPhoenixSuiteSentences(t *testing.T) {
	set := phoenixSet(t)
	sents, texts := suiteSentences(t)
	c := New(set, Options{})
	n := 0
	for i := range sents {
		evs, err := c.Code(sents[i], texts[i], suiteDate, DefaultConfig())
		if err != nil && !isStop(err) {
			t.Errorf("%q: %v", texts[i], err)
		}
		n += len(evs)
	}
	if n == 0 {
		t.Error("no events from the Phoenix dictionaries")
	}
	t.Logf("%d events from %d sentences", n, len(sents))
}

// TestPhoenixDialectB checks dialect-B coding on hand-parsed news-like
// sentences.
func TestPhoenixDialectB(t *testing.T) {
	set := phoenixSet(t)
	c := New(set, Options{})
	date := time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text, parse string
		want              []string
	}{
		{
			name:  "accuse",
			text:  "Russia accused Ukraine of shelling the city.",
			parse: "(ROOT (S (NP (NNP Russia)) (VP (VBD accused) (NP (NNP Ukraine)) (PP (IN of) (S (VP (VBG shelling) (NP (DT the) (NN city)))))) (. .)))",
			want:  []string{"RUS UKR 112"},
		},
		{
			name:  "meet",
			text:  "French President Francois Hollande met German Chancellor Angela Merkel in Berlin.",
			parse: "(ROOT (S (NP (JJ French) (NNP President) (NNP Francois) (NNP Hollande)) (VP (VBD met) (NP (JJ German) (NNP Chancellor) (NNP Angela) (NNP Merkel)) (PP (IN in) (NP (NNP Berlin)))) (. .)))",
			want:  []string{"FRAGOV DEUGOV 040"}, // MEET_PEOPLE block default
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, ok := sentenceFromPTB(tc.parse, tc.text)
			if !ok {
				t.Fatal("bad parse")
			}
			evs, err := c.Code(s, tc.text, date, DefaultConfig())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				got = append(got, e.Source+" "+e.Target+" "+e.Code)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
