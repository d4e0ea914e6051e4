package dates

import "time"

// Resolver resolves expressions with a reading convention for numeric
// dates. The zero Resolver reads "3/5/2011" month first (US order); the
// package-level functions use it.
type Resolver struct {
	// DayFirst reads ambiguous numeric dates day first: "3/5/2011" is
	// 3 May 2011.
	DayFirst bool
}

// Resolve resolves e against the article date with the zero Resolver
// (US month-first numeric dates). See Resolver.Resolve.
func Resolve(e Expr, articleDate time.Time, tense Tense) (Date, bool) {
	return Resolver{}.Resolve(e, articleDate, tense)
}

// Resolve turns e into a Date (Basis "text") relative to articleDate, read
// as a calendar day in its own location. tense is the tense of the verb
// the expression modifies; it chooses the direction of expressions
// without a year (see the package documentation). It returns false when
// the expression does not name a valid date (Feb. 30), needs an article
// date and articleDate is zero, falls outside the years 1000–2999, or is
// a forward offset ("in two weeks") of a verb not in the future tense.
func (r Resolver) Resolve(e Expr, articleDate time.Time, tense Tense) (Date, bool) {
	var ref time.Time
	hasRef := !articleDate.IsZero()
	if hasRef {
		ref = day(articleDate)
	}
	dir := direction(tense)
	sp := e.spec
	var t time.Time
	var p Precision
	ok := false
	switch e.Kind {
	case KindDate:
		t, p, ok = r.resolveDate(sp, ref, hasRef, dir)
	case KindDecade:
		y := sp.year
		if sp.shortDecade {
			y += 1900
			if hasRef && y+100 <= ref.Year() {
				y += 100
			}
		}
		t, p, ok = jan1(y), Decade, true
	case KindWeekday:
		if hasRef && sp.weekday >= 1 && sp.weekday <= 7 {
			t, p, ok = weekdayDate(ref, time.Weekday(sp.weekday-1), sp.rel, dir), Day, true
		}
	case KindRelative:
		if hasRef {
			t, p, ok = relative(sp, ref, dir)
		}
	case KindOffset:
		if hasRef {
			t, p, ok = offset(sp, ref, dir)
		}
	}
	if !ok || t.Year() < minYear || t.Year() > maxYear {
		return Date{}, false
	}
	return Date{Time: t, Precision: p, Basis: BasisText}, true
}

// direction maps a tense to the search direction of year-less dates:
// -1 back, +1 ahead, 0 nearest.
func direction(t Tense) int {
	switch t {
	case Future:
		return 1
	case Present:
		return 0
	}
	return -1
}

// day returns midnight UTC of t's calendar day in t's location.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func jan1(y int) time.Time { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC) }

// validDay reports whether y-m-d is a real calendar day.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// resolveDate resolves calendar dates, filling a missing year from the
// article date.
func (r Resolver) resolveDate(sp spec, ref time.Time, hasRef bool, dir int) (time.Time, Precision, bool) {
	m, d := sp.month, sp.day
	if sp.numeric && r.DayFirst {
		m, d = d, m
	}
	switch {
	case sp.year != 0 && m != 0 && d != 0:
		if !validDay(sp.year, m, d) {
			return time.Time{}, 0, false
		}
		return time.Date(sp.year, time.Month(m), d, 0, 0, 0, 0, time.UTC), Day, true
	case sp.year != 0 && m != 0:
		if m > 12 {
			return time.Time{}, 0, false
		}
		return time.Date(sp.year, time.Month(m), 1, 0, 0, 0, 0, time.UTC), Month, true
	case sp.year != 0 && d == 0:
		return jan1(sp.year), Year, true
	case !hasRef || m < 1 || m > 12:
		return time.Time{}, 0, false
	case d != 0:
		return monthDay(ref, m, d, sp.rel, dir)
	}
	// A month without a year, compared by month index.
	ri := ref.Year()*12 + int(ref.Month()) - 1
	best, bestDist := 0, -1
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		mi := y*12 + m - 1
		var dist int
		switch {
		case sp.rel == relLast && mi < ri, sp.rel == relNone && dir < 0 && mi <= ri:
			dist = ri - mi
		case sp.rel == relNext && mi > ri, sp.rel == relNone && dir > 0 && mi >= ri:
			dist = mi - ri
		case sp.rel == relThis && y == ref.Year():
			dist = 0
		case sp.rel == relNone && dir == 0:
			dist = abs(mi-ri)*2 + b2i(mi > ri) // ties go to the past
		default:
			continue
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = mi, dist
		}
	}
	if bestDist < 0 {
		return time.Time{}, 0, false
	}
	return time.Date(best/12, time.Month(best%12+1), 1, 0, 0, 0, 0, time.UTC), Month, true
}

// monthDay resolves a month and day without a year: the candidate in the
// tense's direction nearest the article date ("on Aug. 5" in a past-tense
// March story is Aug. 5 of the year before). Feb. 29 looks up to eight
// years away.
func monthDay(ref time.Time, m, d int, r rel, dir int) (time.Time, Precision, bool) {
	if t, p, ok := monthDayWithin(ref, m, d, r, dir, 1); ok {
		return t, p, ok
	}
	return monthDayWithin(ref, m, d, r, dir, 8)
}

// monthDayWithin is monthDay over the years within span of the article's.
func monthDayWithin(ref time.Time, m, d int, r rel, dir, span int) (time.Time, Precision, bool) {
	var best time.Time
	bestDist := time.Duration(-1)
	for y := ref.Year() - span; y <= ref.Year()+span; y++ {
		if !validDay(y, m, d) {
			continue
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		diff := t.Sub(ref)
		var dist time.Duration
		switch {
		case r == relLast && diff < 0, r != relLast && r != relNext && dir < 0 && diff <= 0:
			dist = -diff
		case r == relNext && diff > 0, r != relLast && r != relNext && dir > 0 && diff >= 0:
			dist = diff
		case r != relLast && r != relNext && dir == 0:
			dist = 2 * diff
			if diff < 0 {
				dist = -2 * diff
			} else if diff > 0 {
				dist++ // ties go to the past
			}
		default:
			continue
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = t, dist
		}
	}
	if bestDist < 0 {
		return time.Time{}, 0, false
	}
	return best, Day, true
}

// weekdayDate resolves a named weekday (see the package documentation).
func weekdayDate(ref time.Time, wd time.Weekday, r rel, dir int) time.Time {
	back := (int(ref.Weekday()) - int(wd) + 7) % 7 // 0..6 days to the one on or before
	fwd := (7 - back) % 7                          // 0..6 days to the one on or after
	switch {
	case r == relLast:
		if back == 0 {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	case r == relNext:
		if fwd == 0 {
			fwd = 7
		}
		return ref.AddDate(0, 0, fwd)
	case dir < 0:
		return ref.AddDate(0, 0, -back)
	case dir > 0:
		if fwd == 0 && r != relThis {
			fwd = 7
		}
		return ref.AddDate(0, 0, fwd)
	}
	if fwd < back {
		return ref.AddDate(0, 0, fwd)
	}
	return ref.AddDate(0, 0, -back)
}

// monday returns the Monday of t's ISO week.
func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// relative resolves deictic expressions: yesterday, last week, this
// month, next year, the weekend.
func relative(sp spec, ref time.Time, dir int) (time.Time, Precision, bool) {
	step := 0
	switch sp.rel {
	case relDays:
		return ref.AddDate(0, 0, sp.n), Day, true
	case relLast:
		step = -1
	case relNext:
		step = 1
	}
	switch sp.unit {
	case unitWeek:
		return monday(ref).AddDate(0, 0, 7*step), Week, true
	case unitWeekend:
		// Saturday of the weekend on or before the article date; Sunday
		// belongs to the weekend that began the day before.
		sat := ref.AddDate(0, 0, -((int(ref.Weekday()) + 1) % 7))
		inWeekend := ref.Weekday() == time.Saturday || ref.Weekday() == time.Sunday
		switch {
		case sp.rel == relLast && inWeekend:
			sat = sat.AddDate(0, 0, -7)
		case sp.rel == relNext, dir > 0 && !inWeekend:
			sat = sat.AddDate(0, 0, 7)
		}
		// A weekend is a span of two days, dated to its first (the
		// Saturday) with day precision, as other spans of days are.
		return sat, Day, true
	case unitMonth:
		return time.Date(ref.Year(), ref.Month()+time.Month(step), 1, 0, 0, 0, 0, time.UTC), Month, true
	case unitYear:
		return jan1(ref.Year() + step), Year, true
	}
	return time.Time{}, 0, false
}

// offset resolves counted offsets: "two weeks ago", "in three days".
func offset(sp spec, ref time.Time, dir int) (time.Time, Precision, bool) {
	sign := -1
	if sp.rel == relIn {
		if dir <= 0 {
			return time.Time{}, 0, false // "in two weeks" is a duration
		}
		sign = 1
	} else if sp.rel != relAgo {
		return time.Time{}, 0, false
	}
	n := sign * sp.n
	if sp.n < 0 || sp.n > 9999 {
		return time.Time{}, 0, false
	}
	switch sp.unit {
	case unitDay:
		t := ref.AddDate(0, 0, n)
		if sp.vague {
			return monday(t), Week, true
		}
		return t, Day, true
	case unitWeek:
		t := ref.AddDate(0, 0, 7*n)
		if sp.vague {
			return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC), Month, true
		}
		return t, Day, true
	case unitMonth:
		t := time.Date(ref.Year(), ref.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		if sp.vague {
			return jan1(t.Year()), Year, true
		}
		return t, Month, true
	case unitYear:
		y := ref.Year() + n
		if sp.vague {
			return jan1(y - mod(y, 10)), Decade, true
		}
		return jan1(y), Year, true
	case unitDecade:
		y := ref.Year() + 10*n
		return jan1(y - mod(y, 10)), Decade, true
	}
	return time.Time{}, 0, false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// mod is the non-negative remainder.
func mod(a, b int) int { return ((a % b) + b) % b }
