// Package nlp is tacitus's natural-language core: it splits an article into
// sentences and words, tags each word with its part of speech and lemma, and
// parses each sentence into a Universal Dependencies tree.
//
// Every stage works on the same data: a Sentence holds Tokens (syntactic
// words, in the UD sense) that carry half-open byte offsets into the
// original text. Stages fill in fields and never copy the text: a Token's
// Text is a substring of the input.
//
// The stages are small interfaces so that the rest of the product, and the
// tests, can swap any of them:
//
//	Segmenter  text → []Sentence with Text, Start, End, SpaceAfter, MWT
//	Tagger     fills UPOS and XPOS
//	Lemmatizer fills Lemma (needs UPOS/XPOS)
//	Parser     fills Head and Rel (needs UPOS/XPOS)
//
// Pipeline chains them.
package nlp

// Token is one syntactic word of a sentence.
type Token struct {
	// Text is the word's form. It is normally text[Start:End] of the
	// document; the segmenter never rewrites characters.
	Text string
	// Start and End are half-open byte offsets of the word in the document.
	Start, End int
	// SpaceAfter is false when the word is directly followed by the next
	// one (no white space between them).
	SpaceAfter bool
	// MWT is non-zero on the first word of a multiword token: the number
	// of words that together make one orthographic token ("don't" is
	// "do" + "n't", MWT=2 on "do"). It is 0 on every other word.
	MWT int

	UPOS  string // universal part of speech, e.g. "VERB"
	XPOS  string // Penn Treebank tag, e.g. "VBD"
	Lemma string // e.g. "meet" for "met"

	// Head is the 1-based index of the word's head in Sentence.Tokens,
	// 0 for the root, -1 when unparsed.
	Head int
	// Rel is the UD relation to the head, possibly with a subtype
	// ("obl:tmod").
	Rel string
}

// Sentence is a run of tokens with the byte span it covers in the document.
type Sentence struct {
	Start, End int
	Tokens     []Token
}

// Segmenter splits a document into sentences of tokens. It fills Text,
// Start, End, SpaceAfter and MWT of every token and sets Head to -1.
// It accepts any byte sequence, including invalid UTF-8, and runs in time
// linear in len(text).
type Segmenter interface {
	Segment(text string) []Sentence
}

// Tagger assigns UPOS and XPOS to the tokens of a sentence in place.
type Tagger interface {
	Tag(s *Sentence)
}

// Lemmatizer assigns Lemma to the tokens of a tagged sentence in place.
type Lemmatizer interface {
	Lemmatize(s *Sentence)
}

// Parser assigns Head and Rel to the tokens of a tagged sentence in place.
type Parser interface {
	Parse(s *Sentence)
}

// Pipeline chains the stages. Any stage may be nil, in which case its
// fields are left as the previous stages left them.
type Pipeline struct {
	Segmenter  Segmenter
	Tagger     Tagger
	Lemmatizer Lemmatizer
	Parser     Parser
	// KeepParticiples turns off RepairFinite and RepairRoot, leaving the
	// tagger's participles and the parser's trees as they are.
	KeepParticiples bool
	// Names, when set, reports whether a word is a person's name known
	// from elsewhere (a dictionary's surnames); RepairKnownNames uses
	// it before parsing.
	Names func(word string) bool
	// Memo, when set, remembers the annotations of the sentences
	// Annotate has seen and gives a sentence seen again the same ones
	// without running the stages (see Memo).
	Memo *Memo
}

// Parse segments text and runs every configured stage on each sentence.
func (p *Pipeline) Parse(text string) []Sentence {
	sents := p.Segmenter.Segment(text)
	for i := range sents {
		p.Annotate(&sents[i])
	}
	return sents
}

// Annotate runs the tagger, lemmatizer and parser on one already tokenized
// sentence. The tagger's output is corrected by RepairAux, (with Names)
// RepairKnownNames, RepairFinite, RepairShot, RepairPrefixedPast,
// RepairHeadlineVerb, RepairInfinitive, RepairTimedModal, RepairAttributiveParticiple,
// RepairTearGas, RepairPaidTribute, RepairAppealedParticiple, RepairOffensive, RepairNationalNoun, RepairIstNoun, RepairMandative, RepairAcronyms, RepairWithoutName, RepairRightsName, RepairNameNouns,
// RepairHyphenName, RepairTitleParticiple, RepairEventGerund and
// RepairPolicyCompound before lemmatizing and parsing, and
// the parse by RepairRoot, RepairAllegianceTo, RepairOught, RepairCurrencyAmount, RepairFrontedPredicate, RepairPunctHeads (and
// RepairRoot again when it moved a word), RepairSubjectTime, RepairTimeClause, RepairSubordinate, RepairMarkedSubject,
// RepairDoubleSubject, RepairAppositiveSubject, RepairNamedObject, RepairBareOblique, RepairHeadedPreposition, RepairNationalityXcomp, RepairFeelingTopic,
// RepairDoubleObject, RepairCoordinatedSubject, RepairPronounCoSubject, RepairCoordinatorHead,
// RepairCommaCompound, RepairCoordinatedCompound, RepairFlatConjunct,
// RepairSplitConjunct, RepairSplitName,
// RepairTitledConjunct, RepairReadyInfinitive, RepairListTail,
// RepairListHead, RepairListStart, RepairListAppos, RepairListMember, RepairListCompound, RepairListVocative, RepairListRun, RepairListConjunct, RepairNominalClause, RepairAddressee,
// RepairAppealOn, RepairObjectControl, RepairConjChain, RepairHyphenModifier,
// RepairCoordinatedModifier, RepairVisitingModifier, RepairStateParticiple, RepairHyphenParticiple,
// RepairHyphenObject, RepairTimedInfinitive, RepairTimeModifier,
// RepairNationalityAdverb, RepairCompassConjunct, RepairFrontedSubject, RepairThatClause,
// RepairThatComplement, RepairToldThatDeterminer, RepairToldThat, RepairAsClause, RepairAdjectiveObject,
// RepairRelativeRoot, RepairRelativeMain, RepairFrontedPhraseSubject, RepairVocativeSubject,
// RepairSplitReport, RepairReportedConj, RepairConditionalReport, RepairReportedModifier, RepairReportedObject, RepairReportedCoSubject, RepairReportedInfinitive, RepairConjunctSubject, RepairClauseSubject,
// RepairGerund, RepairCrowdParticiple, RepairNamingParticiple,
// RepairTextParticiple, RepairStolenObject, RepairBareNominal, RepairNameAppos, RepairRoleAppos, RepairSplitObject,
// RepairContactRelative, RepairReportedSubject,
// RepairPerfectModifier, RepairTimeSubject, RepairAdjectivePassive, RepairVerbDeterminer, RepairPossessiveHead, RepairCompoundPhrase,
// RepairDetachedFlat, RepairNameAdjectiveConj,
// RepairPassiveAgent, RepairNominalObject, RepairAccusedOf, RepairParticleOblique, RepairOverParticle,
// RepairPhraseParticiple, RepairReducedPassive, RepairActiveAgent, RepairNounComplement, RepairFrontedTime,
// RepairParentheticalRoot, RepairParticipleSubject, RepairReducedRelative, RepairTitleHead, RepairFieldTitle, RepairAppositionPhrase,
// RepairClosingTitle, RepairClosingSpeech, RepairClosingConj,
// RepairClosingRelative, RepairClosingObject, RepairClosingSubject,
// RepairConjTense, RepairConjSpeechAct, RepairInvertedSpeaker, RepairFrontedClause,
// RepairOpenerSubject, RepairThatConjunct, RepairToldClause, RepairToldAgency, RepairToldOutlet, RepairColonQuote, RepairCrossedObject, RepairFrontedConjunct,
// RepairShotDead, RepairReportAdvcl and
// RepairModalTime, unless
// KeepParticiples is set. With a Memo, a sentence whose tokens the Memo
// has seen gets the annotations they got then.
func (p *Pipeline) Annotate(s *Sentence) {
	if p.Memo == nil {
		p.annotate(s)
		return
	}
	var buf [512]byte
	key := memoKey(buf[:0], s)
	h := p.Memo.hash(key)
	if p.Memo.recall(key, h, s) {
		return
	}
	p.annotate(s)
	p.Memo.remember(key, h, s)
}

// annotate is Annotate without the Memo.
func (p *Pipeline) annotate(s *Sentence) {
	if p.Tagger != nil {
		p.Tagger.Tag(s)
		if !p.KeepParticiples {
			RepairAux(s)
			if p.Names != nil {
				RepairKnownNames(s, p.Names) // before RepairFinite, which looks for subjects
			}
			RepairMilitaryNoun(s) // before RepairFinite: a subject for the verb after it
			RepairSignNoun(s)
			RepairFinite(s)
			RepairShot(s)
			RepairPrefixedPast(s)
			RepairHeadlineVerb(s)
			RepairInfinitive(s)
			RepairTimedModal(s)
			RepairAttributiveParticiple(s)
			RepairTearGas(s)
			RepairPaidTribute(s)
			RepairAppealedParticiple(s)
			RepairOffensive(s)
			RepairNationalNoun(s)
			RepairIstNoun(s)
			RepairMandative(s)
			RepairAcronyms(s)
			RepairGroupNames(s)
			RepairWithoutName(s)
			RepairRightsName(s)
			RepairNameNouns(s)
			RepairHyphenName(s)
			RepairTitleParticiple(s)
			RepairEventGerund(s)
			RepairPolicyCompound(s)
			RepairPluralPossessive(s)
		}
	}
	if p.Lemmatizer != nil {
		p.Lemmatizer.Lemmatize(s)
	}
	if p.Parser != nil {
		p.Parser.Parse(s)
		if p.Tagger != nil && !p.KeepParticiples {
			words := wordFacts(s.Tokens)
			if !p.repairTree(s, treeRepairs, words) {
				return
			}
			if RepairAdjectivePassive(s) > 0 && p.Lemmatizer != nil {
				// The verb's lemma ("wounded" is now "wound").
				p.Lemmatizer.Lemmatize(s)
			}
			if !p.kept(s) {
				return
			}
			if p.repairTree(s, lateTreeRepairs, words) {
				p.kept(s) // (a repair that changed heads and reported none)
			}
		}
	}
}

// treeRepairs and lateTreeRepairs mend the parser's tree, in this order,
// with RepairAdjectivePassive (which asks for the lemmas again) between
// them. Each names the facts (see fact) its own conditions require of
// some token before it changes anything; a sentence without them is
// skipped. A gate names a fact only where the repair's first test, or a
// test every change passes, asks for it.
var treeRepairs = []treeRepair{
	{rootRepair, need()},
	{RepairAllegianceTo, need(wordTo, relMark, posADJ)},
	{RepairOught, need(tagMD, tagVB, wordTo)},
	{accordingToRepair, need()},
	{RepairCurrencyAmount, need()},
	{RepairFrontedPredicate, need()},
	{repairPunctThenRoot, need()},
	{RepairSubjectTime, need()},
	{RepairTimeClause, need(relNmod, relCase, posVERB)},
	{RepairSubordinate, need(verbNoSubject)},
	{RepairMarkedSubject, need(relNsubj, relCase)},
	{RepairDoubleSubject, need(relNsubj)},
	{RepairAppositiveSubject, need(relNsubj, wordComma)},
	// (Each change needs a first xcomp of the verb.)
	{RepairNamedObject, need(posVERB, relXcomp)},
	{RepairBareOblique, need(posPROPN, posVERB)},
	{RepairFrontedName, need(relObl, posVERB)},
	{RepairHeadedPreposition, need(posADP)},
	{RepairNationalityXcomp, need(posADJ, posVERB, posPROPN)},
	{RepairFeelingTopic, need(relObj, relObl)},
	// (The word after the object's phrase is a name, a PROPN.)
	{RepairDoubleObject, need(relObj, posPROPN)},
	{RepairGivenAmount, need(posVERB)},
	{RepairAmountLimit, need(posVERB)},
	{RepairPlaceWith, need(relNmod, relCase, posPROPN, wordWith)},
	{RepairCoordinatedSubject, need(posVERB, relNsubj)},
	{RepairPronounCoSubject, need(posVERB, relNsubj)},
	{RepairCoordinatorHead, need(relCC, posCCONJ)},
	{RepairCommaCompound, need(relCompound)},
	{RepairCoordinatedCompound, need(relCompound)},
	{RepairFlatConjunct, need(relFlat, relCC)},
	{RepairSplitConjunct, need(pair(relNsubj, posNOUN), posCCONJ)},
	{RepairSplitName, need(pair(relConj, posPROPN))},
	{RepairTitledConjunct, need(posCCONJ, wordAnd, posPROPN)},
	{RepairReadyInfinitive, need(posVERB)},
	{RepairListTail, need(posVERB, posCCONJ)},
	{RepairListHead, need(wordComma)},
	// (A comma closes the first member; the subject after it has a conj.)
	{RepairListStart, need(wordComma, relNsubj, relConj)},
	{RepairListAppos, need(relConj, relCC, relAppos, wordComma)},
	{RepairListMember, need(relConj, relCC)},
	{RepairListCompound, need(relCompound, wordComma)},
	{RepairListVocative, need(posVERB, relObj)},
	{RepairListRun, need(relNsubj)},
	{RepairListConjunct, need(relConj, relCC)},
	{RepairNominalClause, need(posNOUN)},
	// (The second subject is a pronoun.)
	{RepairAddressee, need(posVERB, relNsubj, posPRON)},
	{RepairAppealOn, need(relMark, posVERB)},
	// (Both of its cases start from an infinitive, VB.)
	{RepairObjectControl, need(tagVB)},
	{RepairConjChain, need(pair(relConj, posPROPN), wordComma)},
	{RepairApposList, need(pair(relAppos, posPROPN), wordComma)},
	{RepairHyphenModifier, need(tagVBN, relNsubj)},
	{RepairCoordinatedModifier, need()},
	{RepairVisitingModifier, need(tagVBG)},
	{RepairStateParticiple, need(tagVBG)},
	{RepairHyphenParticiple, need(tagVBG)},
	{RepairHyphenObject, need(tagVBN, posVERB)},
	{RepairTimedInfinitive, need(relAdvcl, posVERB, wordTo, relMark)},
	// (The time word is an oblique of a verb.)
	{RepairTimeModifier, need(relObl, posVERB)},
	{RepairNationalityAdverb, need()},
	{RepairCompassConjunct, need(relConj, relCC)},
	{RepairFrontedSubject, need(verbNoSubject, relConj, wordComma)},
	{RepairThatClause, need(relACL, relNsubj)},
	{RepairThatComplement, need(relACLRelcl, relObl)},
	{RepairToldThatDeterminer, need(wordThat, relDet)},
	{RepairToldThat, need()},
	{RepairAsClause, need(pair(relConj, posVERB), verbNoSubject)},
	{RepairAdjectiveObject, need(pair(relXcomp, posADJ), posVERB, relObl)},
	{RepairRelativeRoot, need()},
	{RepairRelativeMain, need(relNsubj, wordComma)},
	{RepairFrontedPhraseSubject, need(verbNoSubject, relObl)},
	{RepairVocativeSubject, need()},
	// (Each case needs the last subject of the verb of saying, and
	// commas around the phrase.)
	{RepairSplitReport, need(relNsubj, wordComma)},
	{RepairReportedConj, need(pair(relConj, posVERB), verbNoSubject, wordComma, relObj)},
	{RepairConditionalReport, need(relMark, wordComma)},
	// (Its retagging by finitePredicate, too, comes after the ccomp test.)
	{RepairReportedModifier, need(relAmod, posVERB)},
	{RepairReportedObject, need(relObj, relCcomp)},
	{RepairReportedCoSubject, need(relConj, posVERB, relNsubj, relCC)},
	{RepairReportedInfinitive, need(relObj, relACL, tagVB, relCcomp)},
	{RepairConjunctSubject, need(verbNoSubject, relConj)},
	{RepairClauseSubject, need(pair(relConj, posVERB), verbNoSubject)},
	{RepairGerund, need(posNOUN)},
	{RepairCrowdParticiple, need(tagVBG, relMark)},
	{RepairNamingParticiple, need(wordComma)},
	{RepairTextParticiple, need(tagVBG, relAdvcl, relObj)},
	{RepairStolenObject, need(pair(relConj, posVERB))},
	{RepairBareNominal, need(pair(relNmod, posNOUN))},
	{RepairNameAppos, need(relAppos)},
	{RepairRoleAppos, need(relNsubj)},
	{RepairSplitObject, need(pair(relNsubj, posNOUN), pair(relObj, posNOUN))},
	{RepairContactRelative, need(relCompound)},
	{RepairReportedSubject, need(posVERB)},
	{RepairPerfectModifier, need(relAmod, tagVBN, relNsubj)},
	{RepairTimeSubject, need(relNsubj)},
}

var lateTreeRepairs = []treeRepair{
	{RepairVerbDeterminer, need(verbNoSubject)},
	{RepairPossessiveHead, need(wordPossessive, relCase)},
	{RepairCompoundPhrase, need(pair(relCompound, posNOUN), posPROPN, relNmod)},
	{RepairDetachedFlat, need(relFlat, pair(relConj, posPROPN))},
	{RepairNameAdjectiveConj, need(relConj, posPROPN, posNOUN)},
	{RepairPassiveAgent, need(posVERB, relAuxPass)},
	{RepairNominalObject, need(pair(relXcomp, posNOUN), posVERB)},
	{RepairAccusedOf, need(relCase, relNmod)},
	{RepairParticleOblique, need(relObl)},
	// (Both cases end at an oblique of the verb.)
	{RepairOverParticle, need(relObl, posVERB)},
	{RepairPhraseParticiple, need(relCase, posVERB)},
	{RepairReducedPassive, need(relXcomp, tagVBN, posVERB)},
	{RepairActiveAgent, need(relOblAgent, posVERB)},
	{RepairNounComplement, need(tagVB, wordTo)},
	{RepairFrontedTime, need()},
	{RepairParentheticalRoot, need(tagVBG, wordComma, tagVBN, relNsubj)},
	{RepairParticipleSubject, need(verbNoSubject)},
	{RepairReducedRelative, need()},
	{RepairTitleHead, need(posVERB, posNOUN, relNsubj, posPROPN)},
	{RepairFieldTitle, need(posNOUN, posPROPN, relNmodDesc)},
	{RepairAppositionPhrase, need(pair(relAppos, posNOUN))},
	{RepairClosingTitle, need(wordComma, posPROPN, relNsubj)},
	{RepairClosingSpeech, need(relCcomp, posVERB, relNsubj)},
	{RepairClosingConj, need(pair(relConj, posVERB), relNsubj, wordComma)},
	{RepairClosingRelative, need(relACLRelcl, posVERB)},
	{RepairClosingObject, need(posVERB, pair(relNsubj, posNOUN), wordComma)},
	{RepairClosingSubject, need(verbNoSubject)},
	{RepairConjTense, need(relConj, relCcomp)},
	{RepairConjSpeechAct, need(relConj, relCcomp)},
	{RepairInvertedSpeaker, need()},
	{RepairFrontedClause, need(relNsubj, wordComma)},
	{RepairOpenerSubject, need(verbNoSubject)},
	{RepairThatConjunct, need(relConj, posVERB, relNsubj, relMark, wordThat)},
	{RepairToldClause, need(relAdvcl, posVERB, relObj, relNsubj)},
	{RepairToldAgency, need(posVERB, posPROPN)},
	{RepairToldOutlet, need(posVERB, posPROPN)},
	{RepairColonQuote, need(posVERB, relParataxis, wordColon)},
	{RepairCrossedObject, need(relObj, posVERB, relCcomp)},
	{RepairFrontedConjunct, need(verbNoSubject)},
	{RepairShotDead, need(wordDead, posVERB)},
	{RepairReportAdvcl, need(relAdvcl, relNsubj)},
	{RepairModalTime, need()},
}

// A treeRepair is a repair of the parser's tree with the facts a
// sentence must hold for it to change anything.
type treeRepair struct {
	repair func(*Sentence) int
	needs  facts
}

// repairPunctThenRoot hangs the verbs the parser hung on punctuation where
// they belong (RepairPunctHeads) and then re-roots the sentence.
func repairPunctThenRoot(s *Sentence) int {
	if n := RepairPunctHeads(s); n > 0 {
		RepairRoot(s)
		return n
	}
	return 0
}

// rootRepair and accordingToRepair are RepairRoot and RepairAccordingTo
// counting their change (1 or 0) as the other repairs do.
func rootRepair(s *Sentence) int { return changed(RepairRoot(s)) }

func accordingToRepair(s *Sentence) int { return changed(RepairAccordingTo(s)) }

func changed(ok bool) int {
	if ok {
		return 1
	}
	return 0
}

// repairTree applies repairs to s in order while s stays a tree (see
// kept), checked after each repair that reports a change; it reports
// whether all were applied. A repair whose facts s lacks is skipped: the
// facts (words, the wordFacts of s, and the treeFacts) are taken again
// after each change (a repair that reports none has changed nothing they
// record).
func (p *Pipeline) repairTree(s *Sentence, repairs []treeRepair, words facts) bool {
	have := treeFacts(s.Tokens, words)
	for i := range repairs {
		r := &repairs[i]
		if !have.covers(&r.needs) || r.repair(s) <= 0 {
			continue
		}
		if !p.kept(s) {
			return false
		}
		have = treeFacts(s.Tokens, words)
	}
	return true
}

// kept reports whether the heads of s still form a tree after a repair.
// Each repair is written to keep a tree; when one made a cycle all the
// same, s gets the parser's own tree back and kept reports false: the
// caller applies no more repairs, since one walking the heads up a cycle
// would never end.
func (p *Pipeline) kept(s *Sentence) bool {
	if isTree(s.Tokens) {
		return true
	}
	p.Parser.Parse(s)
	return false
}

// isTree reports whether the heads of toks form a tree: every token
// reaches the root (head 0) without a cycle. Each token is walked once:
// a walk stops at a token already known to reach the root.
func isTree(toks []Token) bool {
	n := len(toks)
	var buf [256]uint8
	state := buf[:0] // 0 unseen, 1 on the current walk, 2 reaches the root
	if n <= len(buf) {
		state = buf[:n]
	} else {
		state = make([]uint8, n)
	}
	for i := range toks {
		h := i
		for state[h] == 0 {
			state[h] = 1
			hh := toks[h].Head
			if hh == 0 {
				break
			}
			if hh < 0 || hh > n {
				return false
			}
			h = hh - 1
		}
		if toks[h].Head != 0 && state[h] == 1 {
			return false // back on the current walk: a cycle
		}
		for k := i; state[k] == 1; k = toks[k].Head - 1 {
			state[k] = 2
			if toks[k].Head == 0 {
				break
			}
		}
	}
	return true
}
