package nlp

// RepairCoordinatorHead hangs a coordinator on the conjunct it opens
// when the parser hung it on a modifier inside that conjunct: "Japan
// and South Korea agreed" parsed with "and" on "South", the compound of
// the conjunct "Korea". UD attaches cc to the head of the conjunct. A
// cc whose head comes right after it and is a modifier (compound, amod,
// det, nummod) of a word further right moves up the chain of such
// modifiers to the first word that is not one. It reports how many it
// moved.
func RepairCoordinatorHead(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for c := range toks {
		if toks[c].Rel != "cc" || toks[c].UPOS != "CCONJ" {
			continue
		}
		h := toks[c].Head - 1
		if h != c+1 {
			continue
		}
		moved := false
		for innerModifier(toks[h].Rel) && toks[h].Head-1 > h {
			h, moved = toks[h].Head-1, true
		}
		if moved {
			toks[c].Head = h + 1
			n++
		}
	}
	return n
}

// innerModifier reports whether rel attaches a word inside a noun phrase
// before its head.
func innerModifier(rel string) bool {
	switch rel {
	case "compound", "amod", "det", "nummod":
		return true
	}
	return false
}

// RepairBareNominal joins two nouns the parser read as a noun and its
// unmarked nominal modifier: "suspended arms sales to Saudi Arabia"
// parsed with "arms" the object and "sales" an nmod of it. An nmod needs
// a case marker; a common noun hung as plain nmod on the common noun
// right before it (so with no case marker between them), is the
// head of the two: the first noun becomes its compound and gives it its
// head, relation and dependents. It reports how many it joined.
func RepairBareNominal(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for d := 1; d < len(toks); d++ {
		h := d - 1
		if toks[d].Rel != "nmod" || toks[d].Head != h+1 || toks[d].UPOS != "NOUN" || toks[h].UPOS != "NOUN" ||
			toks[h].Head == 0 || hasDependent(toks, d, "case") {
			continue
		}
		for j := range toks {
			if j != d && toks[j].Head == h+1 {
				toks[j].Head = d + 1
			}
		}
		toks[d].Head, toks[d].Rel = toks[h].Head, toks[h].Rel
		toks[h].Head, toks[h].Rel = d+1, "compound"
		n++
	}
	return n
}
