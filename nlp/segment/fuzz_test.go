package segment

import "testing"

// FuzzSegment checks the segmentation invariants on arbitrary bytes: no
// panic, increasing in-bounds offsets, Text == text[Start:End], no empty
// tokens, consistent multiword tokens, exact SpaceAfter and bounded
// sentence length.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"Maj. Gen. John Smith arrived in the U.S. on Aug. 5.",
		"He paid $3.5 million. \"I don't know,\" he said.",
		"NAIROBI, Kenya (AP) _ The president...\n\n- item\n• item",
		"Al-Zaman's e-mail: a.b@c.com http://x.y/(z)). 713-853-3989",
		"\xff\x00\xc3 ’’ ‘‘ … —— :-) ^_^ s' ''",
	} {
		f.Add(s)
	}
	seg := New(Options{MaxWords: 8})
	f.Fuzz(func(t *testing.T, text string) {
		sents := seg.Segment(text)
		if msg := checkInvariants(text, sents); msg != "" {
			t.Fatalf("Segment(%q): %s", text, msg)
		}
		for _, s := range sents {
			// A sentence-final abbreviation may add one token.
			if len(s.Tokens) > 8+1 {
				t.Fatalf("Segment(%q): sentence of %d tokens exceeds the cap", text, len(s.Tokens))
			}
		}
	})
}
