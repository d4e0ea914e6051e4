package extract

import (
	"strings"
	"testing"

	"tacitus/dictionary"
	"tacitus/dictionary/builtin"
)

// TestNewsDiscards checks which sentence discards package extract leaves
// out: times in any file, and the political topics of the built-in
// Phoenix file only, each of which the file must hold (a phrase the file
// lacks is a typo that would silently keep the discard).
func TestNewsDiscards(t *testing.T) {
	loaded, err := builtin.Load(builtin.Options{})
	if err != nil {
		t.Fatal(err)
	}
	inFile := map[string]bool{}
	for _, f := range loaded.Set.Discards.Files {
		for _, e := range f.Entries {
			if !e.Story {
				inFile[strings.Join(e.Phrase.Words, " ")] = true
			}
		}
	}
	for p := range politicalTopics {
		if !inFile[p] {
			t.Errorf("politicalTopics: %q is no sentence discard of the built-in dictionaries", p)
		}
	}
	user, err := dictionary.ParseDiscards("mine.discards.txt", strings.NewReader("TSUNAMI\n1987\n"))
	if err != nil {
		t.Fatal(err)
	}
	set := *loaded.Set
	set.Discards = dictionary.NewDiscardDict()
	set.Discards.AddLayer(loaded.Set.Discards.Files...)
	news := newsDiscards(&set)
	builtinOnly := newsDiscards(loaded.Set)
	set.Discards.AddLayer(user)
	withUser := newsDiscards(&set)
	for _, tc := range []struct {
		name     string
		set      *dictionary.Set
		sentence string
		discard  bool
	}{
		{name: "sport stays", set: news, sentence: "SOCCER", discard: true},
		{name: "disaster goes", set: news, sentence: "AID TO TSUNAMI VICTIMS", discard: false},
		{name: "history goes", set: builtinOnly, sentence: "ITS SECOND WORLD WAR ATROCITIES", discard: false},
		{name: "year goes", set: builtinOnly, sentence: "IN 1987", discard: false},
		{name: "user phrase stays", set: withUser, sentence: "AID TO TSUNAMI VICTIMS", discard: true},
		{name: "user year goes", set: withUser, sentence: "IN 1987", discard: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, sentence := tc.set.Discards.Scan(strings.Fields(tc.sentence))
			if sentence != tc.discard {
				t.Errorf("%q discarded = %v, want %v", tc.sentence, sentence, tc.discard)
			}
		})
	}
}
