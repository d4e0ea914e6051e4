package nlp

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"

	"tacitus/internal/asciicase"
)

// This file holds the word lists that more than one package reads: each
// idea once, behind an exported predicate that takes a word in any case
// (ASCII letters are folded; a lower-case word is looked up without
// allocating).

// AttackNoun reports whether w (any case) names an armed act in which
// people are killed or wounded: "killed in a Taliban attack", "in
// Israeli air strikes". Such a noun is an act, not a place, and its
// modifiers may name who acted.
func AttackNoun(w string) bool { return lowerIn(attackNouns, w) }

// attackNouns (lower case) are the words of AttackNoun.
var attackNouns = wordSet(`attack attacks strike strikes airstrike airstrikes raid raids
	bombing bombings ambush assault shelling bombardment offensive`)

// OpponentNoun reports whether w (any case) names those who oppose their
// possessor: "his opponents", "the government's critics", "its rivals".
func OpponentNoun(w string) bool { return lowerIn(opponentNouns, w) }

// opponentNouns (lower case) are the words of OpponentNoun.
var opponentNouns = wordSet(`opponents opponent critics critic rivals rival foes foe
	adversaries adversary detractors`)

// StanceVerb reports whether lemma w (any case) takes a stand on a
// party's move or words, so that the move's owner is the one the stand
// is taken toward: "opposes the U.S. arms sale", "rejected his remarks".
func StanceVerb(w string) bool { return lowerIn(stanceVerbs, w) }

// stanceVerbs (lower-case lemmas) are the words of StanceVerb.
var stanceVerbs = wordSet(`oppose criticise criticize condemn denounce deplore decry slam blast
	reject welcome support back praise hail endorse applaud question protest block veto obstruct
	dismiss deny rebuff refute accept refuse decline attack`)

// HoldParticiple reports whether w (any case) is a participle that, with
// a hyphen, says who holds a place: "rebel-held", "government-controlled",
// "Israeli-occupied", "state-run".
func HoldParticiple(w string) bool { return lowerIn(holdParticiples, w) }

// holdParticiples (lower case) are the words of HoldParticiple.
var holdParticiples = wordSet(`held controlled occupied run`)

// StreetProtestVerb reports whether lemma w (any case) is a verb of
// demonstrating in the streets: protest, demonstrate, rally, march.
func StreetProtestVerb(w string) bool { return lowerIn(streetProtestVerbs, w) }

// streetProtestVerbs (lower-case lemmas) are the words of
// StreetProtestVerb.
var streetProtestVerbs = wordSet(`protest demonstrate rally march`)

// InquiryNoun reports whether w (any case; a word or its lemma) names an
// investigation, which takes the party it looks into after "into":
// "an investigation into the ministry", "a probe into war crimes".
func InquiryNoun(w string) bool { return lowerIn(inquiryNouns, w) }

// inquiryNouns (lower case) are the words of InquiryNoun.
var inquiryNouns = wordSet(`investigation investigations inquiry enquiry probe examination`)

// IntoAttackVerb reports whether w (any case; a lemma) attacks what it
// goes "into": in words in political news ("tore into the budget", "laid
// into Labour", "ripped into the plans"), by force when armed forces do
// it ("tanks tore into the town").
func IntoAttackVerb(w string) bool { return lowerIn(intoAttackVerbs, w) }

// intoAttackVerbs (lower case) are the lemmas of IntoAttackVerb.
var intoAttackVerbs = wordSet(`tear rip lay`)

// FireVerb reports whether lemma w (any case) sends a weapon at a
// target: its object is the weapon and an "at" phrase names what it
// strikes ("fired rockets at Sderot", "launched drones at the base").
func FireVerb(w string) bool { return lowerIn(fireVerbs, w) }

// fireVerbs (lower-case lemmas) are the words of FireVerb.
var fireVerbs = wordSet(`fire shoot launch lob hurl`)

// Subordinator reports whether w (any case) opens an adverbial clause:
// "after", "because", "although", "unless".
func Subordinator(w string) bool { return lowerIn(clauseSubordinators, w) }

// Allegiance reports whether w (any case) is an adjective that, followed
// by "to" and a name, says whom a group sides with: "forces loyal to Hun
// Sen", "militias close to the president".
func Allegiance(w string) bool { return lowerIn(allegianceAdjectives, w) }

// allegianceAdjectives are the words of Allegiance.
var allegianceAdjectives = wordSet(`loyal faithful close friendly`)

// MonthName reports whether w (any case) is the full name of a month:
// "March", "MAY", "december".
func MonthName(w string) bool { return len(w) >= 3 && len(w) <= 9 && lowerIn(fullMonths, w) }

// FirmNoun reports whether lemma w (any case) names a firm by its kind or
// trade: "accountancy firm Ernst & Young", "South Korea's main retail
// banks", "Indian firm Hindustan Oil".
func FirmNoun(w string) bool { return lowerIn(firmNouns, w) }

// firmNouns (lower-case lemmas) are the words of FirmNoun.
var firmNouns = wordSet(`firm company bank insurer broker retailer airline carrier maker
	manufacturer consultancy conglomerate giant brewer miner supplier studio label publisher
	producer`)

// WillAdjective reports whether w (any case) is an adjective of will,
// which takes an infinitive whose subject is its own: "Tehran is ready
// to talk", "was reluctant to commit troops".
func WillAdjective(w string) bool { return lowerIn(willAdjectives, w) }

// willAdjectives (lower case) are the words of WillAdjective.
var willAdjectives = wordSet(willAdjectiveWords)

// willAdjectiveWords lists the words of WillAdjective, which
// readyAdjectives holds too.
const willAdjectiveWords = `ready willing prepared determined keen eager unwilling reluctant`

// ScornWord reports whether lemma w (any case) is a word of scorn that
// criticises whatever it is said of, whether someone is called it or a
// reported statement says it: "called the vote a sham", "said the
// decision was irresponsible", "a racist policy".
func ScornWord(w string) bool { return scornWords.Get(w) }

// scornWords (lower-case lemmas) are the words of ScornWord.
var scornWords = NewLowerMap(wordSet(`absurd coward disgrace disgraceful hypocritical illegal irresponsible
	liar outrageous provocative racist reckless ridiculous sham shameful unacceptable unjustified`))

// MonthWord reports whether w (any case) names a month in full or by a
// news abbreviation: "March", "Feb", "SEPT". A dateline date starts with
// one.
func MonthWord(w string) bool { return lowerIn(monthNames, w) }

// LowerLookup returns m[strings.ToLower(word)]. An ASCII word of up to 32
// bytes, nearly every word, is lower-cased on the stack rather than into
// a new string, so the word lists of the packages cost no allocation.
//
// A word of four bytes or more is lower-cased four or eight bytes at a
// time (asciicase.Lower), the last group overlapping the one
// before it when the length is no multiple of the group's: a byte lowered
// twice is the same byte.
func LowerLookup[V any](m map[string]V, word string) V {
	var buf [32]byte
	n := len(word)
	switch {
	case n > len(buf):
		return m[strings.ToLower(word)]
	case n >= 8:
		for i := 0; ; i += 8 {
			if i > n-8 {
				i = n - 8
			}
			w := binary.LittleEndian.Uint64([]byte(word[i : i+8]))
			if w&asciicase.HighBits != 0 {
				return m[strings.ToLower(word)]
			}
			binary.LittleEndian.PutUint64(buf[i:], asciicase.Lower(w))
			if i == n-8 {
				break
			}
		}
	case n >= 4:
		a := binary.LittleEndian.Uint32([]byte(word[:4]))
		b := binary.LittleEndian.Uint32([]byte(word[n-4:]))
		if (a|b)&0x80808080 != 0 {
			return m[strings.ToLower(word)]
		}
		binary.LittleEndian.PutUint32(buf[n-4:], uint32(asciicase.Lower(uint64(b))))
		binary.LittleEndian.PutUint32(buf[:], uint32(asciicase.Lower(uint64(a))))
	default:
		for i := 0; i < n; i++ {
			c := word[i]
			if c >= utf8.RuneSelf {
				return m[strings.ToLower(word)]
			}
			buf[i] = lowerASCII(c)
		}
	}
	return m[string(buf[:n])]
}

// LowerMap is a map from lower-case words with a filter in front, for the
// lists that are looked up for every token of a sentence: most words are
// in none of them, and the filter turns most of those away in a few
// instructions, before LowerLookup lower-cases them and hashes them for
// the map. It tests a word's first and last bytes: if both are ASCII,
// they are the first and last bytes of the lower-cased word too (ASCII
// runes lower-case to themselves or their lower-case letter, whatever
// the runes between them do), so a word of the map must begin and end
// with them. A word that begins or ends with a byte above ASCII, which
// only such words of the map can match, is looked up, as is the empty
// word. Get(w) is LowerLookup(m, w) for every w.
type LowerMap[V any] struct {
	m map[string]V
	// ends[c] has bit (e & 63) set for every word of m that begins with
	// ASCII byte c, in either case, and ends with ASCII byte e (lower
	// case).
	ends [256]uint64
}

// NewLowerMap makes a LowerMap of m, whose keys are lower case. m must
// not change afterwards.
func NewLowerMap[V any](m map[string]V) *LowerMap[V] {
	l := &LowerMap[V]{m: m}
	for w := range m {
		if w == "" || w[0] >= utf8.RuneSelf || w[len(w)-1] >= utf8.RuneSelf {
			continue
		}
		c, bit := w[0], uint64(1)<<(lowerASCII(w[len(w)-1])&63)
		l.ends[lowerASCII(c)] |= bit
		l.ends[upperASCII(c)] |= bit
	}
	return l
}

// Get returns m[strings.ToLower(w)].
func (l *LowerMap[V]) Get(w string) V {
	if n := len(w); n > 0 {
		c, e := w[0], w[n-1]
		if c < utf8.RuneSelf && e < utf8.RuneSelf && l.ends[c]&(1<<(lowerASCII(e)&63)) == 0 {
			var none V
			return none
		}
	}
	return LowerLookup(l.m, w)
}

// lowerASCII and upperASCII change the case of an ASCII letter; other
// bytes are returned as they are.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// DrillNoun reports whether w (any case) names a show of force staged
// near a party: drills, exercises, manoeuvres, patrols, war games.
func DrillNoun(w string) bool { return lowerIn(drillNouns, w) }

// drillNouns (lower case) are the words of DrillNoun.
var drillNouns = wordSet(`drills drill exercises exercise manoeuvres maneuvers patrols games`)

// TextNoun reports whether w (any case) names a text whose participle
// clause says what it says ("a resolution calling for", "a letter
// urging").
func TextNoun(w string) bool { return textNouns[strings.ToLower(w)] }

// textNouns (lower case) are the words of TextNoun.
var textNouns = wordSet(`resolution resolutions statement statements letter letters report reports
	motion communique declaration petition memo memorandum order orders decree decrees bill bills
	law laws directive directives edict ordinance complaint complaints lawsuit lawsuits note notes`)

// timeNouns (lower case) are nouns that head a fronted time phrase
// without a preposition ("Last week, ...").
var timeNouns = wordSet(`today yesterday tomorrow tonight week weekend month year day morning
	afternoon evening night spring summer autumn fall winter decade century hour minute`)

// TimeNoun reports whether word w names a time (a day, a part of one,
// a period, a weekday): "tomorrow", "week", "Monday".
func TimeNoun(w string) bool { return lowerIn(timeNouns, w) || weekday(w) }

// PeriodNoun reports whether word w (any case) is a word of TimeNoun
// that heads a noun phrase of time ("last week", "on Friday", "in the
// afternoon"): all but the deictic adverbs of deicticDays, which stand
// alone beside a noun ("leaves for Washington tomorrow").
func PeriodNoun(w string) bool { return TimeNoun(w) && !lowerIn(deicticDays, w) }

// deicticDays (lower case) are the words of TimeNoun that are adverbs.
var deicticDays = wordSet(`today yesterday tomorrow tonight`)

// IntentNoun reports whether w (any case) is a noun of intention or
// proposal that takes an infinitive ("proposal to withdraw", "plans to
// visit").
func IntentNoun(w string) bool { return intentNouns[strings.ToLower(w)] }

// intentNouns are nouns that take an infinitive saying what is intended,
// proposed or agreed.
var intentNouns = wordSet(`proposal proposals plan plans decision offer offers call calls
	demand demands bid attempt attempts effort efforts threat threats promise pledge pledges
	agreement deal move order orders request requests refusal readiness intention commitment
	ultimatum initiative scheme willingness`)

// NationalityWord reports whether w looks like a nationality adjective
// ("Armenian", "Chinese", "Israeli", "Turkish"), as the parse repairs
// read one.
func NationalityWord(w string) bool {
	if !capitalisedASCII(w) {
		return false
	}
	for _, suf := range []string{"an", "ese", "i", "ish", "ch"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
