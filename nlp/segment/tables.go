package segment

import "unicode"

// Byte classes of ASCII characters used by the scanner.
const (
	clSpace uint8 = iota // blank or control character: separates tokens
	clNL                 // line feed
	clUpper              // A-Z
	clLower              // a-z
	clDigit              // 0-9
	clPunct              // any other printable ASCII character
)

// asciiClass maps every byte below 0x80 to its class.
var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c == '\n':
			t[c] = clNL
		case c <= ' ' || c == 0x7f:
			t[c] = clSpace
		case 'A' <= c && c <= 'Z':
			t[c] = clUpper
		case 'a' <= c && c <= 'z':
			t[c] = clLower
		case '0' <= c && c <= '9':
			t[c] = clDigit
		default:
			t[c] = clPunct
		}
	}
	return t
}()

// Token kinds assigned by the scanner and used by the sentence splitter.
const (
	kWord   uint8 = iota // letters, numbers, URLs, e-mail addresses
	kAbbr                // a word with an attached final period ("Mr.", "U.S.")
	kTerm                // sentence-final punctuation: . ! ? … and runs of them
	kOpen                // opening bracket or quote: ( [ { “ ‘ « ``
	kClose               // closing bracket or quote: ) ] } ” ’ » ''
	kQuote               // ambiguous straight quote: " or '
	kPunct               // any other punctuation or symbol
	kBullet              // a list bullet candidate: - * • ·
)

// Abbreviation classes: how an abbreviation followed by a capitalized word
// behaves at a possible sentence boundary.
const (
	abNone    uint8 = iota
	abTitle         // never ends a sentence: "Mr.", "Gen.", "Sen."
	abWeak          // ends one only before a typical sentence opener: "U.S.", "Aug.", initials
	abStrong        // ends one before any capitalized word: "Inc.", "etc."
	abNumeric       // attached only before a number: "No. 5", "Art. 3"
)

// abbreviations lists the words that keep a following period. Lookup is
// case-sensitive; forms that occur in several casings are listed in each.
var abbreviations = map[string]uint8{
	// Titles and ranks, always followed by a name.
	"Mr": abTitle, "Mrs": abTitle, "Ms": abTitle, "Messrs": abTitle, "Mmes": abTitle,
	"Dr": abTitle, "Prof": abTitle, "Rev": abTitle, "Hon": abTitle, "Fr": abTitle,
	"Gen": abTitle, "Lt": abTitle, "Col": abTitle, "Maj": abTitle, "Capt": abTitle,
	"Cmdr": abTitle, "Cmdt": abTitle, "Adm": abTitle, "Sgt": abTitle, "Cpl": abTitle,
	"Pvt": abTitle, "Brig": abTitle, "Lieut": abTitle, "Comdr": abTitle,
	"Sen": abTitle, "Sens": abTitle, "Rep": abTitle, "Reps": abTitle, "Gov": abTitle,
	"Govs": abTitle, "Pres": abTitle, "Supt": abTitle, "Insp": abTitle, "Atty": abTitle,
	"Gens": abTitle, "Amb": abTitle, "Sec": abTitle, "Secs": abTitle, "Asst": abTitle,
	"Assoc": abTitle, "Dep": abTitle, "Det": abTitle, "Msgr": abTitle, "Sr": abStrong,
	"Jr": abStrong, "St": abTitle, "Ste": abTitle, "Mt": abTitle, "Ft": abTitle,
	"Pt": abTitle, "Sta": abTitle, "Attn": abTitle, "Ald": abTitle, "Cong": abTitle,
	"Sgts": abTitle, "Lts": abTitle, "Cols": abTitle, "Adms": abTitle, "Vs": abTitle,
	"vs": abTitle, "v": abTitle, "cf": abTitle, "viz": abTitle,

	// Months and days.
	"Jan": abWeak, "Feb": abWeak, "Mar": abWeak, "Apr": abWeak, "Jun": abWeak,
	"Jul": abWeak, "Aug": abWeak, "Sep": abWeak, "Sept": abWeak, "Oct": abWeak,
	"Nov": abWeak, "Dec": abWeak, "Mon": abWeak, "Tue": abWeak, "Tues": abWeak,
	"Wed": abWeak, "Thu": abWeak, "Thur": abWeak, "Thurs": abWeak, "Fri": abWeak,
	"Sat": abWeak, "Sun": abWeak,

	// Companies and name suffixes.
	"Inc": abStrong, "Corp": abStrong, "Co": abStrong, "Cos": abStrong, "Ltd": abStrong,
	"Bros": abStrong, "Plc": abStrong, "Intl": abWeak, "Assn": abWeak, "Dept": abWeak,
	"Univ": abWeak, "Govt": abWeak, "Inst": abWeak, "Mfg": abWeak, "Natl": abWeak,
	"Ave": abWeak, "Blvd": abWeak, "Rd": abWeak, "Hwy": abWeak, "Sq": abWeak,
	"Esq": abStrong,

	// U.S. states in AP style.
	"Ala": abWeak, "Ariz": abWeak, "Ark": abWeak, "Calif": abWeak, "Colo": abWeak,
	"Conn": abWeak, "Del": abWeak, "Fla": abWeak, "Ga": abWeak, "Ill": abWeak,
	"Ind": abWeak, "Kan": abWeak, "Kans": abWeak, "Ky": abWeak, "La": abWeak,
	"Md": abWeak, "Mass": abWeak, "Mich": abWeak, "Minn": abWeak,
	"Mo": abWeak, "Mont": abWeak, "Neb": abWeak, "Nev": abWeak, "Okla": abWeak,
	"Ore": abWeak, "Pa": abWeak, "Tenn": abWeak, "Tex": abWeak,
	"Va": abWeak, "Vt": abWeak, "Wash": abWeak, "Wis": abWeak, "Wyo": abWeak,

	// Common lowercase abbreviations.
	"etc": abStrong, "al": abStrong, "approx": abWeak, "incl": abWeak,
	"dept": abWeak, "ft": abWeak, "yrs": abWeak, "mins": abWeak, "hrs": abWeak,
	"govt": abWeak, "arrv": abWeak, "Arrv": abWeak,
	"cwt": abStrong, "dlr": abStrong, "dlrs": abStrong, "qtr": abStrong, "mln": abStrong,
	"bln": abStrong, "pct": abStrong, "lbs": abStrong, "lb": abStrong, "oz": abStrong,
	"yr": abStrong, "wk": abStrong, "mo": abStrong, "est": abStrong, "sq": abStrong,
	"ext": abWeak, "tel": abWeak, "Tel": abWeak, "Fig": abWeak, "fig": abWeak,

	// Attached only before a number.
	"No": abNumeric, "no": abNumeric, "Nos": abNumeric, "nos": abNumeric,
	"Art": abNumeric, "art": abNumeric, "Vol": abNumeric, "vol": abNumeric,
	"pp": abNumeric, "p": abNumeric, "Ch": abNumeric, "ch": abNumeric,
}

// wholeHyphenPrefixes are the prefixes that EWT keeps attached to the word
// after a hyphen ("e-mail", "non-stop", "anti-American"). Any other hyphen
// between letters is split off as its own token. Keys are lowercase.
var wholeHyphenPrefixes = map[string]bool{
	"e": true, "non": true, "mid": true, "pre": true, "anti": true, "re": true,
	"post": true, "co": true, "over": true, "pro": true, "multi": true,
	"ex": true, "sub": true, "semi": true, "cross": true, "neo": true,
	"psycho": true, "socio": true, "arch": true, "intra": true, "counter": true,
	"un": true, "inter": true, "mis": true, "trans": true, "ultra": true,
	"pseudo": true, "quasi": true, "bi": true, "tri": true, "de": true,
}

// sentenceOpeners are capitalized words that typically begin a sentence.
// A weak abbreviation ("U.S.", an initial) followed by one of them ends a
// sentence; followed by any other capitalized word it does not ("U.S.
// Army", "J. R. R. Tolkien"). Auxiliaries, modals, "To" and "Of" are not
// openers: Reuters capitalises the word after "U.S." ("the U.K. Would
// fight", "accused the U.S. Of being irrational"), and leaving them out
// changes no sentence boundary of UD EWT or GUM.
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "You": true, "This": true, "That": true,
	"These": true, "Those": true, "There": true, "Here": true, "In": true,
	"On": true, "At": true, "But": true, "And": true, "Or": true, "So": true,
	"If": true, "When": true, "While": true, "As": true, "After": true,
	"Before": true, "Its": true, "His": true, "Her": true, "Their": true,
	"Our": true, "My": true, "Your": true, "However": true, "Meanwhile": true,
	"Also": true, "Some": true, "Many": true, "Most": true, "All": true,
	"Both": true, "Other": true, "Officials": true, "What": true, "Why": true,
	"How": true, "Who": true, "Where": true, "Then": true, "Now": true,
	"Last": true, "Earlier": true, "Later": true, "For": true, "With": true,
	"By": true, "From": true, "Under": true, "According": true, "Since": true,
	"Although": true, "Though": true, "Yet": true, "Still": true, "Such": true,
	"One": true, "Not": true, "Each": true, "Despite": true, "During": true,
	"Police": true, "Analysts": true, "Thus": true, "Instead": true,
	"Nevertheless": true, "Further": true, "Furthermore": true, "Moreover": true,
	"Today": true, "Yesterday": true, "Tomorrow": true, "Please": true,
	"Thanks": true, "Thank": true, "Let": true, "No": true, "Yes": true,
	"Only": true, "Even": true, "Just": true,
	"Among": true, "Because": true, "Unlike": true, "Like": true,
	"Several": true, "Two": true, "Three": true, "Another": true,
}

// clauseOpeners are the sentence openers that begin a new sentence after
// "U.S." or "U.K." within a paragraph: pronouns, determiners and sentence
// adverbs. Conjunctions, prepositions and nouns ("And", "In", "Officials")
// there are Reuters's capitalisation of the word after the abbreviation
// ("to the U.S. And Japan", "the U.S. In May"), and end a sentence only
// at a paragraph break.
var clauseOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "You": true, "This": true, "That": true,
	"These": true, "Those": true, "There": true, "Here": true, "Its": true,
	"His": true, "Her": true, "Their": true, "Our": true, "My": true,
	"Your": true, "However": true, "Meanwhile": true, "Moreover": true,
	"Furthermore": true, "Nevertheless": true, "Thus": true, "What": true,
	"Why": true, "How": true, "Who": true, "Let": true, "Please": true,
}

// bulletRune reports whether r is a typographic list bullet.
func bulletRune(r rune) bool {
	switch r {
	case '•', '·', '▪', '‣', '◦', '●', '■', '□', '○', '➢', '►', '∙':
		return true
	}
	return false
}

// wordRune reports whether a non-ASCII rune belongs inside a word.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// spaceRune reports whether a non-ASCII rune separates tokens.
func spaceRune(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cc, r)
}
