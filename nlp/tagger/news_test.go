package tagger

import (
	"testing"
)

// TestTagNewsVerbs checks the tags the event coder relies on in
// news-style sentences: past-tense verbs after a sentence-initial subject
// are VBD, participles after an auxiliary or in a reduced clause are VBN,
// and present-tense verbs are VBZ/VBP. EWT, the training treebank, has
// few such sentences, so this is where a web-text model goes wrong first.
//
// Rows marked knownMiss are errors of the committed model (a bare plural
// subject, then a regular -ed verb: EWT has about as many reduced
// relatives as past tenses there). They are logged, not failed, so that
// the other rows guard against regressions; a row that starts to pass
// says so, and its mark should then go.
func TestTagNewsVerbs(t *testing.T) {
	m := loadModel(t, modelPath)
	type want struct {
		word, xpos string
		knownMiss  bool
	}
	tests := []struct {
		name  string
		words string
		want  []want
	}{
		{name: "rebels attacked", words: "Rebels attacked the town .",
			want: []want{{word: "Rebels", xpos: "NNS"}, {word: "attacked", xpos: "VBD", knownMiss: true}, {word: "town", xpos: "NN"}}},
		{name: "police arrested", words: "Police arrested two men .",
			want: []want{{word: "arrested", xpos: "VBD", knownMiss: true}, {word: "men", xpos: "NNS"}}},
		{name: "forces shelled", words: "Iranian forces shelled the village on Monday .",
			want: []want{{word: "forces", xpos: "NNS"}, {word: "shelled", xpos: "VBD"}, {word: "village", xpos: "NN"}}},
		{name: "protesters marched", words: "Protesters marched to the embassy .",
			want: []want{{word: "Protesters", xpos: "NNS"}, {word: "marched", xpos: "VBD", knownMiss: true}, {word: "embassy", xpos: "NN"}}},
		{name: "soldiers killed", words: "Soldiers killed three civilians near the border .",
			want: []want{{word: "Soldiers", xpos: "NNS"}, {word: "killed", xpos: "VBD"}, {word: "civilians", xpos: "NNS"}}},
		{name: "militants seized", words: "Militants seized control of the airport on Sunday .",
			want: []want{{word: "Militants", xpos: "NNS"}, {word: "seized", xpos: "VBD"}, {word: "airport", xpos: "NN"}}},
		{name: "jets bombed", words: "Israeli jets bombed targets in Gaza overnight .",
			want: []want{{word: "jets", xpos: "NNS"}, {word: "bombed", xpos: "VBD", knownMiss: true}, {word: "targets", xpos: "NNS"}}},
		{name: "demonstrators burned", words: "Demonstrators burned tires outside the parliament .",
			want: []want{{word: "Demonstrators", xpos: "NNS"}, {word: "burned", xpos: "VBD"}}},
		{name: "gunmen kidnapped", words: "Gunmen kidnapped four aid workers in Darfur .",
			want: []want{{word: "kidnapped", xpos: "VBD"}, {word: "workers", xpos: "NNS"}}},
		{name: "authorities detained", words: "Authorities detained the journalist for questioning .",
			want: []want{{word: "Authorities", xpos: "NNS"}, {word: "detained", xpos: "VBD", knownMiss: true}, {word: "journalist", xpos: "NN"}}},
		{name: "students protested", words: "Students protested against the new law .",
			want: []want{{word: "Students", xpos: "NNS"}, {word: "protested", xpos: "VBD"}}},
		{name: "hundreds attended", words: "Hundreds of people attended the funeral .",
			want: []want{{word: "people", xpos: "NNS"}, {word: "attended", xpos: "VBD"}, {word: "funeral", xpos: "NN"}}},
		{name: "officials said collapsed", words: "Officials said the talks collapsed .",
			want: []want{{word: "said", xpos: "VBD"}, {word: "talks", xpos: "NNS"}, {word: "collapsed", xpos: "VBD", knownMiss: true}}},
		{name: "subordinate clause", words: "The rebels attacked the town after troops withdrew .",
			want: []want{{word: "rebels", xpos: "NNS"}, {word: "attacked", xpos: "VBD", knownMiss: true}, {word: "withdrew", xpos: "VBD"}}},
		{name: "ministers signed", words: "Ministers signed an agreement in Geneva .",
			want: []want{{word: "signed", xpos: "VBD"}, {word: "agreement", xpos: "NN"}}},
		{name: "present tense", words: "The minister visits Moscow on Friday .",
			want: []want{{word: "minister", xpos: "NN"}, {word: "visits", xpos: "VBZ"}}},
		{name: "perfect", words: "The army has attacked the town .",
			want: []want{{word: "has", xpos: "VBZ"}, {word: "attacked", xpos: "VBN"}}},
		{name: "passive", words: "The town was attacked by rebels .",
			want: []want{{word: "was", xpos: "VBD"}, {word: "attacked", xpos: "VBN"}, {word: "rebels", xpos: "NNS"}}},
		{name: "reduced relative", words: "Two men arrested by police were released .",
			want: []want{{word: "arrested", xpos: "VBN"}, {word: "were", xpos: "VBD"}, {word: "released", xpos: "VBN"}}},
		{name: "country subject", words: "China accused the United States of interference .",
			want: []want{{word: "China", xpos: "NNP"}, {word: "accused", xpos: "VBD"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sentence(tt.words)
			m.Tag(&s)
			for _, w := range tt.want {
				found := false
				for _, tok := range s.Tokens {
					if tok.Text != w.word {
						continue
					}
					found = true
					switch {
					case tok.XPOS != w.xpos && w.knownMiss:
						t.Logf("known miss: %q tagged %s, want %s", w.word, tok.XPOS, w.xpos)
					case tok.XPOS != w.xpos:
						t.Errorf("%q tagged %s, want %s", w.word, tok.XPOS, w.xpos)
					case w.knownMiss:
						t.Logf("%q is now tagged %s: drop its knownMiss mark", w.word, tok.XPOS)
					}
				}
				if !found {
					t.Fatalf("no token %q", w.word)
				}
			}
		})
	}
}
