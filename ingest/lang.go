package ingest

import (
	"strings"
	"unicode"
)

// English detection is a stopword-ratio test, cheap enough to run on every
// article before coding. Function words make up 40–55% of the running
// words of English news prose ("the", "of", "and", "to", "in", "a", ...);
// in French, Spanish, Portuguese, Italian, German, Dutch or Indonesian
// prose their own function words take that share and English ones are
// rare. Among the first langSampleWords words, a text is taken for another
// language when at least MinForeignRatio of them are function words of
// those languages and they outnumber the English ones. A text with few
// function words of any language (a table of figures, a list of names) is
// kept: it is not evidence of another language. Texts of fewer than
// MinLangWords words are always kept: too short to tell, and cheap to
// code. A text written mostly in a non-Latin script has few words this
// test can see; it is rejected when fewer than half of its letters are
// Latin.
const (
	// MinForeignRatio is the share of other languages' function words at
	// or above which a text may be taken for another language.
	MinForeignRatio = 0.10
	// MinLangWords is the number of words below which the test accepts
	// any text.
	MinLangWords = 12
	// langSampleWords bounds the words looked at.
	langSampleWords = 400
)

var englishStopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the of and to in a is that for on it with as was
		by at from be this have has had are were an or but not its his her their they
		he she we said says will would been which who after over about more than also
		into when there up out new one two can could other them our after before
		against between during under while these those all some no if may should`) {
		m[w] = true
	}
	return m
}()

// foreignStopwords are frequent function words of other languages written
// in Latin script that are not English words.
var foreignStopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`le la les des du une et est dans pour sur qui que pas avec sont au aux ce cette
		el los las del con por una para es lo como pero sus más fue ha entre sobre también
		os das não uma com dos ao pelo pela são foi
		il di che della dei delle gli sono nel alla per non
		der die und den dem das ist nicht mit ein eine auf sich auch wird von zu im für
		het een van en niet zijn op dat voor met ook aan
		yang dan di ini itu dengan untuk dari dalam tidak akan pada adalah`) {
		m[w] = true
	}
	return m
}()

// LanguageCheck is the result of English detection on one text.
type LanguageCheck struct {
	// Words is the number of words looked at; StopwordRatio and
	// ForeignRatio are the shares of them that are English and other
	// languages' function words; LatinRatio is the share of letters that
	// are Latin.
	Words         int
	StopwordRatio float64
	ForeignRatio  float64
	LatinRatio    float64
}

// English reports whether the check found English (see MinEnglishRatio).
func (c LanguageCheck) English() bool {
	if c.LatinRatio < 0.5 {
		return false
	}
	if c.Words < MinLangWords {
		return true
	}
	return c.ForeignRatio < MinForeignRatio || c.ForeignRatio <= c.StopwordRatio
}

// CheckLanguage measures text for English detection.
func CheckLanguage(text string) LanguageCheck {
	var c LanguageCheck
	stop, foreign, latin, letters := 0, 0, 0, 0
	inWord := false
	start := 0
	flush := func(end int) {
		if !inWord {
			return
		}
		inWord = false
		c.Words++
		w := strings.ToLower(text[start:end])
		if englishStopwords[w] {
			stop++
		} else if foreignStopwords[w] {
			foreign++
		}
	}
	for i, r := range text {
		if c.Words >= langSampleWords {
			break
		}
		if unicode.IsLetter(r) || r == '\'' && inWord {
			if unicode.IsLetter(r) {
				letters++
				if unicode.Is(unicode.Latin, r) {
					latin++
				}
			}
			if !inWord {
				inWord, start = true, i
			}
			continue
		}
		flush(i)
	}
	if c.Words < langSampleWords {
		flush(len(text))
	}
	if c.Words > 0 {
		c.StopwordRatio = float64(stop) / float64(c.Words)
		c.ForeignRatio = float64(foreign) / float64(c.Words)
	}
	if letters > 0 {
		c.LatinRatio = float64(latin) / float64(letters)
	} else {
		c.LatinRatio = 1
	}
	return c
}
