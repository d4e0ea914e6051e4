package dictionary

import (
	"strings"
	"testing"
)

// TestLongestMatchWords checks that the lookups of hashed Words find what
// the lookups of the bare words find, at every start of texts in any case,
// with words that are not ASCII and phrases that continue or break off.
func TestLongestMatchWords(t *testing.T) {
	f, err := ParseActors("validate.txt", strings.NewReader(gollum))
	if err != nil {
		t.Fatal(err)
	}
	d := NewActorDict()
	d.AddLayer(f)
	var w Words
	for _, text := range []string{
		"Sam Gamgee met gollum and SMÉAGOL in Slinker 's cave",
		"sam GAMGEE HAMFAST Gamgee Sam",
		"Hamfast Gamgee",
		"Nully",
		"",
	} {
		list := words(text)
		w.Set(list)
		for i := -1; i <= len(list); i++ {
			want, wok := d.LongestMatch(list, i)
			got, gok := d.LongestMatchWords(&w, i)
			if gok != wok || got.Start != want.Start || got.End != want.End || got.Phrase != want.Phrase {
				t.Errorf("%q at %d: LongestMatchWords = %v %d-%d, LongestMatch %v %d-%d", text, i, gok, got.Start, got.End, wok, want.Start, want.End)
			}
		}
		// A prefix of the words ends the phrases at its end, as the
		// words cut short do (package actors looks up phrases that
		// must end before a token).
		for n := 0; n <= len(list); n++ {
			p := w.Prefix(n)
			for i := -1; i <= n; i++ {
				want, wok := d.LongestMatch(list[:n], i)
				got, gok := d.LongestMatchWords(&p, i)
				if gok != wok || got.Start != want.Start || got.End != want.End || got.Phrase != want.Phrase {
					t.Errorf("%q, first %d words, at %d: LongestMatchWords = %v %d-%d, LongestMatch %v %d-%d", text, n, i, gok, got.Start, got.End, wok, want.Start, want.End)
				}
			}
		}
	}
}
