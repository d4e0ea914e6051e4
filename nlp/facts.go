package nlp

import "strings"

// A fact is something a parsed sentence may hold somewhere among its
// tokens: a relation, a part of speech, a Penn tag or one of a few words.
// Tree repairs name the facts a sentence must hold for them to have
// anything to mend, so that repairTree can skip a repair that would only
// walk the sentence and find nothing.
type fact uint8

// The facts. A relation's fact is its base name (before any subtype);
// the subtypes with a fact of their own are listed after the base names.
const (
	relACL fact = iota
	relAdvcl
	relAdvmod
	relAmod
	relAppos
	relAux
	relCase
	relCC
	relCcomp
	relCompound
	relConj
	relCop
	relCsubj
	relDep
	relDet
	relDislocated
	relExpl
	relFlat
	relIobj
	relList
	relMark
	relNmod
	relNsubj
	relNummod
	relObj
	relObl
	relParataxis
	relVocative
	relXcomp

	relACLRelcl    // acl:relcl
	relAuxPass     // aux:pass
	relNsubjPass   // nsubj:pass
	relOblAgent    // obl:agent
	relOblTmod     // obl:tmod
	relOblNpmod    // obl:npmod
	relOblUnmarked // obl:unmarked
	relNmodDesc    // nmod:desc
	relNmodPoss    // nmod:poss

	posADJ
	posADP
	posAUX
	posCCONJ
	posDET
	posNOUN
	posNUM
	posPART
	posPRON
	posPROPN
	posVERB

	// Penn tags. The finite tags (VBD, VBZ, VBP) have no fact:
	// finitePredicate retags a participle VBD even when its caller then
	// changes nothing and reports no change, so a fact of them could go
	// stale.
	tagVB
	tagVBG
	tagVBN
	tagMD
	tagWH // WDT or WP

	// Words, in any case. A repair never changes a word, so these hold
	// for the whole of repairTree.
	wordComma // ","
	wordColon // ":"
	wordAnd
	wordBy
	wordDead
	wordFor
	wordOf
	wordThat
	wordTo
	wordWith
	wordPossessive // "'s" or "'"

	// verbNoSubject: a VERB with no nsubj or nsubj:pass dependent.
	verbNoSubject

	// The facts of a token's relation (base name) and part of speech
	// together, for 8 relations and 4 parts of speech: see pairFact.
	pairFacts

	numFacts = pairFacts + 8*4
)

// pair returns the fact of a token with relation rel (a base name) and
// part of speech pos together; pairFact says which have one.
func pair(rel, pos fact) fact {
	x, ok := pairFact(rel, pos)
	if !ok {
		panic("nlp: no fact of that pair")
	}
	return x
}

// facts is a set of facts.
type facts [2]uint64

// (A check at compile time that facts holds them all.)
var _ [128 - numFacts]struct{}

// need returns the set of the facts fs.
func need(fs ...fact) facts {
	var f facts
	for _, x := range fs {
		f.add(x)
	}
	return f
}

// add puts fact x in f.
func (f *facts) add(x fact) { f[x/64] |= 1 << (x % 64) }

// covers reports whether f holds every fact of want.
func (f *facts) covers(want *facts) bool {
	return f[0]&want[0] == want[0] && f[1]&want[1] == want[1]
}

// treeFacts returns the facts of the relations, parts of speech and Penn
// tags of toks, with words added (toks's wordFacts).
func treeFacts(toks []Token, words facts) facts {
	f := words
	var subjects [4]uint64 // the tokens with a subject (heads of nsubj, nsubj:pass), up to 256
	for i := range toks {
		t := &toks[i]
		rel := relFacts(&f, t.Rel)
		pos, isPos := uposFact(t.UPOS)
		if isPos {
			f.add(pos)
			if x, ok := pairFact(rel, pos); ok {
				f.add(x)
			}
		}
		if x, ok := xposFact(t.XPOS); ok {
			f.add(x)
		}
		if (t.Rel == "nsubj" || t.Rel == "nsubj:pass") && t.Head > 0 && t.Head <= 256 {
			h := t.Head - 1
			subjects[h/64] |= 1 << (h % 64)
		}
	}
	for i := range toks {
		if toks[i].UPOS == "VERB" && (i >= 256 || subjects[i/64]&(1<<(i%64)) == 0) {
			// (A verb past the 256th token counts as one without.)
			f.add(verbNoSubject)
			break
		}
	}
	return f
}

// pairFact returns the fact of relation rel's and part of speech pos's
// pair, if they have one.
func pairFact(rel, pos fact) (fact, bool) {
	r := -1
	switch rel {
	case relConj:
		r = 0
	case relXcomp:
		r = 1
	case relNmod:
		r = 2
	case relNsubj:
		r = 3
	case relAppos:
		r = 4
	case relObj:
		r = 5
	case relObl:
		r = 6
	case relCompound:
		r = 7
	default:
		return 0, false
	}
	p := -1
	switch pos {
	case posNOUN:
		p = 0
	case posPROPN:
		p = 1
	case posVERB:
		p = 2
	case posADJ:
		p = 3
	default:
		return 0, false
	}
	return pairFacts + fact(r*4+p), true
}

// wordFacts returns the facts of the words of toks.
func wordFacts(toks []Token) facts {
	var f facts
	for i := range toks {
		if x, ok := wordFact(toks[i].Text); ok {
			f.add(x)
		}
	}
	return f
}

// relFacts adds to f the facts of relation rel: its base name's and its
// subtype's, if it has one. It returns the base name's fact (numFacts for
// a relation without one).
func relFacts(f *facts, rel string) fact {
	switch rel { // the commonest, whole
	case "punct":
		return numFacts
	case "det":
		f.add(relDet)
		return relDet
	case "case":
		f.add(relCase)
		return relCase
	case "compound":
		f.add(relCompound)
		return relCompound
	case "nmod":
		f.add(relNmod)
		return relNmod
	case "amod":
		f.add(relAmod)
		return relAmod
	case "obl":
		f.add(relObl)
		return relObl
	case "nsubj":
		f.add(relNsubj)
		return relNsubj
	case "obj":
		f.add(relObj)
		return relObj
	case "conj":
		f.add(relConj)
		return relConj
	}
	base, sub := rel, ""
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		base, sub = rel[:i], rel[i+1:]
	}
	var x fact
	switch base {
	case "acl":
		x = relACL
		if sub == "relcl" {
			f.add(relACLRelcl)
		}
	case "advcl":
		x = relAdvcl
	case "advmod":
		x = relAdvmod
	case "amod":
		x = relAmod
	case "appos":
		x = relAppos
	case "aux":
		x = relAux
		if sub == "pass" {
			f.add(relAuxPass)
		}
	case "case":
		x = relCase
	case "cc":
		x = relCC
	case "ccomp":
		x = relCcomp
	case "compound":
		x = relCompound
	case "conj":
		x = relConj
	case "cop":
		x = relCop
	case "csubj":
		x = relCsubj
	case "dep":
		x = relDep
	case "det":
		x = relDet
	case "dislocated":
		x = relDislocated
	case "expl":
		x = relExpl
	case "flat":
		x = relFlat
	case "iobj":
		x = relIobj
	case "list":
		x = relList
	case "mark":
		x = relMark
	case "nmod":
		x = relNmod
		switch sub {
		case "desc":
			f.add(relNmodDesc)
		case "poss":
			f.add(relNmodPoss)
		}
	case "nsubj":
		x = relNsubj
		if sub == "pass" {
			f.add(relNsubjPass)
		}
	case "nummod":
		x = relNummod
	case "obj":
		x = relObj
	case "obl":
		x = relObl
		switch sub {
		case "agent":
			f.add(relOblAgent)
		case "tmod":
			f.add(relOblTmod)
		case "npmod":
			f.add(relOblNpmod)
		case "unmarked":
			f.add(relOblUnmarked)
		}
	case "parataxis":
		x = relParataxis
	case "vocative":
		x = relVocative
	case "xcomp":
		x = relXcomp
	default:
		return numFacts
	}
	f.add(x)
	return x
}

// uposFact returns the fact of a universal part of speech, if it has one.
func uposFact(upos string) (fact, bool) {
	switch upos {
	case "ADJ":
		return posADJ, true
	case "ADP":
		return posADP, true
	case "AUX":
		return posAUX, true
	case "CCONJ":
		return posCCONJ, true
	case "DET":
		return posDET, true
	case "NOUN":
		return posNOUN, true
	case "NUM":
		return posNUM, true
	case "PART":
		return posPART, true
	case "PRON":
		return posPRON, true
	case "PROPN":
		return posPROPN, true
	case "VERB":
		return posVERB, true
	}
	return 0, false
}

// xposFact returns the fact of a Penn tag, if it has one.
func xposFact(xpos string) (fact, bool) {
	switch xpos {
	case "VB":
		return tagVB, true
	case "VBG":
		return tagVBG, true
	case "VBN":
		return tagVBN, true
	case "MD":
		return tagMD, true
	case "WDT", "WP":
		return tagWH, true
	}
	return 0, false
}

// wordFact returns the fact of word w, if it has one.
func wordFact(w string) (fact, bool) {
	switch len(w) {
	case 1:
		switch w {
		case ",":
			return wordComma, true
		case ":":
			return wordColon, true
		case "'":
			return wordPossessive, true
		}
	case 2:
		switch {
		case w == "'s":
			return wordPossessive, true
		case foldIs(w, "to"):
			return wordTo, true
		case foldIs(w, "of"):
			return wordOf, true
		case foldIs(w, "by"):
			return wordBy, true
		}
	case 3:
		switch {
		case foldIs(w, "and"):
			return wordAnd, true
		case foldIs(w, "for"):
			return wordFor, true
		}
	case 4:
		switch {
		case foldIs(w, "that"):
			return wordThat, true
		case foldIs(w, "with"):
			return wordWith, true
		case foldIs(w, "dead"):
			return wordDead, true
		}
	}
	return 0, false
}

// foldIs reports whether w is the lower-case ASCII word lower in any case,
// as strings.EqualFold does for it: b|0x20 is a lower-case letter c only
// for b = c and b = c's capital, and no other rune of one or more bytes
// folds to the letters of these words (no k or s).
func foldIs(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != lower[i] {
			return false
		}
	}
	return true
}
