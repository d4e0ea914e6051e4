package article

import (
	"strings"
	"time"
)

// dateLayouts are the layouts ParseDate tries, in order. Layouts without a
// zone are read as UTC.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"20060102",
	"2006/01/02",
	"1/2/2006",
	"2/1/2006",
	"2.1.2006",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.ANSIC,
	"Jan 2, 2006",
	"January 2, 2006",
	"Jan. 2, 2006",
	"Jan 2 2006",
	"January 2 2006",
	"Monday, January 2, 2006",
	"2 Jan 2006",
	"2 January 2006",
	"02-Jan-2006",
	"02-Jan-2006 15:04:05",
}

// ParseDate parses an article date in one of the common formats: RFC 3339
// ("2024-03-05T10:00:00Z", also without a zone or seconds, or with a zone
// without a colon: "2024-03-05T10:00:00.000+0000"), "2024-03-05",
// "20240305", "2024/03/05", "2024-03-05 10:00:00" (also with a zone:
// "+0100", "UTC"), RFC 1123 ("Tue, 05 Mar 2024 10:00:00 GMT", with a
// numeric zone too), RFC 850, ANSI C, "Mar 5, 2024", "March 5, 2024",
// "Mar. 5, 2024", "Mar 5 2024", "Tuesday, March 5, 2024", "5 Mar 2024",
// "5 March 2024" and "05-MAR-2024" (month names in any case). A date with
// slashes and the year last is read month first, as American news data
// writes it ("3/5/2024" is March 5), unless its first number cannot be a
// month ("25/3/2024" is March 25); one with dots is read day first, as
// European data writes it ("5.3.2024"). Leading and trailing white space
// is ignored. It reports false for anything else, including years before
// 1 or after 9999.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 64 {
		return time.Time{}, false
	}
	if t, ok := parseLayouts(s); ok {
		return t, true
	}
	// Month names in capitals ("05-MAR-2024", "MAR 5, 2024"): retry with
	// the word capitalised as Go's layouts expect.
	if fixed := capitalizeWords(s); fixed != s {
		return parseLayouts(fixed)
	}
	return time.Time{}, false
}

// parseLayouts parses s with the first of dateLayouts that fits. A layout
// fits only a date that opens with the same kind of word (openingOf): a
// number, a weekday's name or a month's, so only the layouts that open
// like s are tried; a failed time.Parse costs an error value.
func parseLayouts(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	open := openingOf(s)
	for i, layout := range dateLayouts {
		if layoutOpenings[i] != open {
			continue
		}
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// Kinds of a date's or layout's first word (openingOf).
const (
	opensOther = iota
	opensNumber
	opensWeekday
	opensMonth
)

// layoutOpenings holds openingOf of each of dateLayouts.
var layoutOpenings = func() []uint8 {
	k := make([]uint8, len(dateLayouts))
	for i, l := range dateLayouts {
		k[i] = openingOf(l)
	}
	return k
}()

// openingOf tells how s opens: with a digit, with the first three letters
// of a weekday's or a month's English name in any case (as time.Parse
// reads the names of a layout's "Mon", "Monday", "Jan" and "January"),
// or otherwise. A layout that opens with a number or a name fits only a
// date that opens the same way.
func openingOf(s string) uint8 {
	if s == "" {
		return opensOther
	}
	if isDigit(s[0]) {
		return opensNumber
	}
	if len(s) < 3 {
		return opensOther
	}
	for _, d := range weekdayNames {
		if strings.EqualFold(s[:3], d) {
			return opensWeekday
		}
	}
	for _, m := range monthNames {
		if strings.EqualFold(s[:3], m) {
			return opensMonth
		}
	}
	return opensOther
}

// weekdayNames and monthNames are the abbreviations time.Parse reads.
var (
	weekdayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	monthNames   = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// capitalizeWords lower-cases every ASCII letter that follows another
// letter ("MAR" → "Mar", "TUE" → "Tue"), leaving zone names such as "GMT"
// to be tried as written first.
func capitalizeWords(s string) string {
	b := []byte(s)
	for i := 1; i < len(b); i++ {
		if isLetter(b[i-1]) && b[i] >= 'A' && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	// Restore zone abbreviations, which time.Parse needs upper-case.
	out := string(b)
	for _, z := range []string{" Gmt", " Utc", " Est", " Edt", " Cst", " Cdt", " Mst", " Mdt", " Pst", " Pdt"} {
		if strings.HasSuffix(out, z) {
			out = out[:len(out)-len(z)] + strings.ToUpper(z)
		}
	}
	return out
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
