package dates

import "strings"

// months maps lower-cased month names and abbreviations (without the
// abbreviation period) to 1..12.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// fullMonth reports whether w (lower case) is a month's full name, as
// opposed to an abbreviation.
func fullMonth(w string) bool { return len(w) > 4 || w == "may" || w == "june" || w == "july" }

// nameLikeMonths are month names that are also common given names or
// words ("May" the surname and modal, "June", "April", "August"). They
// count as months only with a day or year beside them or a temporal word
// before them.
var nameLikeMonths = map[string]bool{"may": true, "june": true, "april": true, "august": true}

// weekdays maps lower-cased weekday names and period-terminated
// abbreviations to time.Weekday numbers (Sunday = 0).
var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// weekdayAbbrevs are weekday abbreviations; they count only when written
// with their period ("Tues.") because "Sun", "Sat" and "Wed" are words.
var weekdayAbbrevs = map[string]int{
	"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6,
}

// numberWords are the spelled-out counts accepted in "two weeks ago".
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"hundred": 100,
}

// vagueCounts are counts that name no number; an offset using one gets a
// coarser precision (see Resolve).
var vagueCounts = map[string]int{"few": 3, "several": 3, "couple": 2, "many": 5}

// units maps unit words (singular and plural) to units.
var units = map[string]unit{
	"day": unitDay, "days": unitDay, "week": unitWeek, "weeks": unitWeek,
	"weekend": unitWeekend, "month": unitMonth, "months": unitMonth,
	"year": unitYear, "years": unitYear, "decade": unitDecade, "decades": unitDecade,
}

// preps are the prepositions that anchor a temporal expression, mapped to
// the form reported in Expr.Prep.
var preps = map[string]string{
	"in": "in", "on": "on", "at": "at", "since": "since", "by": "by",
	"until": "until", "till": "until", "til": "until", "before": "before",
	"after": "after", "during": "during", "from": "from", "through": "through",
	"throughout": "through", "to": "to", "between": "between", "within": "within",
	"around": "around", "of": "of", "for": "for", "into": "into", "over": "over",
}

// yearPreps are the prepositions after which a bare four-digit number is
// read as a year.
var yearPreps = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "before": true,
	"after": true, "during": true, "from": true, "through": true, "to": true,
	"between": true, "around": true, "of": true, "into": true,
}

// lowerASCII lower-cases ASCII letters, returning s itself when nothing
// changes (the common case allocates nothing).
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// hasUpper reports whether s has an ASCII capital.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// isUpperInitial reports whether s starts with an ASCII capital.
func isUpperInitial(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// atoi parses an unsigned decimal of at most 9 digits; ok is false for
// anything else.
func atoi(s string) (n int, ok bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// dayNumber parses a day of the month: "5", "05", "5th", "21st", or the
// first day of a range written as one word ("5-6"). It returns 0 when w
// is not a day.
func dayNumber(w string) int {
	if i := strings.IndexByte(w, '-'); i > 0 {
		w = w[:i]
	}
	if len(w) > 2 {
		switch w[len(w)-2:] {
		case "st", "nd", "rd", "th":
			w = w[:len(w)-2]
		}
	}
	if len(w) == 0 || len(w) > 2 {
		return 0
	}
	n, ok := atoi(w)
	if !ok || n < 1 || n > 31 {
		return 0
	}
	return n
}

// yearNumber parses a four-digit year in [minYear, maxYear].
func yearNumber(w string) int {
	if len(w) != 4 {
		return 0
	}
	n, ok := atoi(w)
	if !ok || n < minYear || n > maxYear {
		return 0
	}
	return n
}

// decadeNumber parses a decade: "1990s", "1990's" and "'90s"/"90s" (the
// two-digit forms need the article year to choose the century and are
// returned as 0..90 with short=true).
func decadeNumber(w string) (n int, short bool) {
	w = strings.TrimSuffix(w, "s")
	w = strings.TrimSuffix(w, "'")
	w = strings.TrimSuffix(w, "’")
	if w == "" {
		return -1, false
	}
	if w[0] == '\'' {
		w = w[1:]
	} else if strings.HasPrefix(w, "’") {
		w = w[len("’"):]
	}
	switch len(w) {
	case 4:
		y := yearNumber(w)
		if y == 0 || y%10 != 0 {
			return -1, false
		}
		return y, false
	case 2:
		y, ok := atoi(w)
		if !ok || y%10 != 0 {
			return -1, false
		}
		return y, true
	}
	return -1, false
}

// countWord parses a count: digits (up to 9999) or a number word.
func countWord(w string) (n int, ok bool) {
	if v, ok := numberWords[w]; ok {
		return v, true
	}
	if len(w) > 4 {
		return 0, false
	}
	v, ok := atoi(w)
	if !ok || v == 0 {
		return 0, false
	}
	return v, true
}
