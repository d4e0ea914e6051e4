package nlp

import "strings"

// RepairRelativeMain mends the relative clause set off by commas that the
// parser made the verb of the main clause, in the shapes
// RepairRelativeRoot leaves: "Reagan, who will hold talks with Nakasone
// this week, said he would lift tariffs" parsed with "hold" the root,
// "Reagan" its subject beside "who", and "with Nakasone ... said" an
// absolute "with" clause (advcl) with "Nakasone" the subject of "said";
// "India, which received loans in 1986, expects to borrow more, an
// official said" with "received" the reported clause and "expects" hung
// inside it. A verb with two subjects, a relative pronoun (who, which,
// that) right after a comma and before it a noun phrase that ends at that
// comma, is the noun's relative clause (acl:relcl); the first finite
// predicate that opens after a later comma, hung inside that clause or
// the clause's own head, is the main verb, with the noun its subject and
// the clause's old place in the tree. Words of the relative clause hung
// on the main verb stay in the clause (a subject there after a
// preposition hung as its marker, "with" or "as", is an oblique, the
// preposition its case); words of the main clause
// hung on the relative verb move to the main verb. Two subjects are
// always a misparse, so this touches no correct tree. It reports how many
// it mended.
func RepairRelativeMain(s *Sentence) int {
	toks := s.Tokens
	n := 0
	for p := 2; p < len(toks); p++ {
		w := &toks[p]
		if w.XPOS != "WP" && w.XPOS != "WDT" || !strings.HasPrefix(w.Rel, "nsubj") || w.Head <= p+1 || toks[p-1].Text != "," {
			continue
		}
		r := w.Head - 1
		nn := -1
		for k := 0; k < p-1; k++ {
			if toks[k].Head == r+1 && strings.HasPrefix(toks[k].Rel, "nsubj") && nominalTag(toks[k].UPOS) &&
				(rightmost(toks, k) == p-2 || rightmost(toks, k) == p-1 && toks[p-1].Head == k+1) {
				nn = k
			}
		}
		if nn < 0 {
			continue
		}
		if relativeMain(toks, nn, p, r) {
			n++
		}
	}
	return n
}

// relativeMain does RepairRelativeMain's change for the noun nn, the
// relative pronoun p and the relative verb r; it reports whether it
// found a main verb and changed the tree (it leaves it as it was
// otherwise).
func relativeMain(toks []Token, nn, p, r int) bool {
	c, m := -1, -1
	for k := r + 1; k+1 < len(toks) && m < 0; k++ {
		if toks[k].Text != "," {
			continue
		}
		j := k + 1
		finite := finiteTag(toks[j].XPOS) || toks[j].XPOS == "MD"
		for (toks[j].Rel == "aux" || toks[j].Rel == "aux:pass" || toks[j].Rel == "cop" || toks[j].Rel == "advmod") && toks[j].Head-1 > j {
			j = toks[j].Head - 1
			finite = finite || finiteTag(toks[j].XPOS)
		}
		if !finite || j == r || toks[j].UPOS != "VERB" && !hasDependent(toks, j, "cop") {
			continue
		}
		if toks[r].Head == j+1 || j != r && Dominates(toks, r, j) {
			c, m = k, j
		}
		break
	}
	if m < 0 || hasDependent(toks, m, "expl", "csubj") {
		return false
	}
	// The main verb's subject, if it has one, is a word of the relative
	// clause after a preposition taken for a marker ("with Nakasone ...
	// said", "as head of the bank, said").
	subj, mark := -1, -1
	for k := range toks {
		if toks[k].Head != m+1 {
			continue
		}
		switch {
		case strings.HasPrefix(toks[k].Rel, "nsubj") && k != nn:
			if subj >= 0 {
				return false // "with Theresa May here this week": no one phrase
			}
			subj = k
		case toks[k].Rel == "mark" && toks[k].UPOS == "ADP":
			mark = k
		}
	}
	if subj >= 0 && (subj > c || mark < 0 || mark > subj || mark < p) {
		return false
	}
	// (With the relative verb hung on the main verb only the subjects
	// change.)
	if toks[r].Head != m+1 {
		toks[m].Head, toks[m].Rel = toks[r].Head, toks[r].Rel
		for k := range toks {
			switch {
			case k == m || k == subj || k == mark:
			case toks[k].Head == m+1 && k > p && k <= c:
				toks[k].Head = r + 1 // the clause's words, its closing comma
			case k > c && toks[k].Head-1 >= p && toks[k].Head-1 <= c:
				toks[k].Head = m + 1 // the main clause's words
			case k < leftmost(toks, nn) && toks[k].Head == r+1:
				toks[k].Head = m + 1 // "But", "Now"
			}
		}
		if subj >= 0 {
			toks[subj].Head, toks[subj].Rel = r+1, "obl"
			toks[mark].Head, toks[mark].Rel = subj+1, "case"
		}
	}
	toks[r].Head, toks[r].Rel = nn+1, "acl:relcl"
	toks[p-1].Head, toks[p-1].Rel = r+1, "punct"
	toks[nn].Head, toks[nn].Rel = m+1, "nsubj"
	if hasDependent(toks, m, "aux:pass") {
		toks[nn].Rel = "nsubj:pass"
	}
	return true
}
