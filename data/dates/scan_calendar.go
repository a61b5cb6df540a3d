package dates

// This file reads calendar dates, months, years and decades.

// daysIn is the longest each month can be.
var daysIn = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// day reads a day of the month at i ("7", "07", "7th") and returns it with
// the index after it.
func (s *scanner) day(i int) (int, int, bool) {
	t := s.at(i)
	if t.kind != tokNumber || t.digits() > 2 || t.val < 1 || t.val > 31 || !s.freeLeft(i) {
		return 0, i, false
	}
	if s.class(i+1) == wOrdinal && s.adjacent(i, i+1) {
		return t.val, i + 2, true
	}
	if !s.freeRight(i) {
		return 0, i, false
	}
	return t.val, i + 1, true
}

// isYear reports whether token i is a plausible year of news: 1800–2100.
func (s *scanner) isYear(i int) bool {
	t := s.at(i)
	return t.kind == tokNumber && t.digits() == 4 && t.val >= 1800 && t.val <= 2100
}

// freeYear reports whether token i is a year standing on its own, not
// part of a figure or a decade ("1990s").
func (s *scanner) freeYear(i int) bool {
	if !s.isYear(i) || !s.freeLeft(i) || !s.freeRight(i) {
		return false
	}
	_, decade := s.decadeEnd(i)
	return !decade
}

// yearAfter reads "2020" or ", 2020" at i and returns the year with the
// index after it.
func (s *scanner) yearAfter(i int) (int, int, bool) {
	j := i
	if s.punct(j, ',') {
		j++
	}
	if s.freeYear(j) {
		return s.at(j).val, j + 1, true
	}
	return 0, i, false
}

// monthWord reads a capitalised month name at i ("November", "Nov.",
// "Sept.") and returns the month with the index after it.
func (s *scanner) monthWord(i int) (month int, next int, abbr bool, ok bool) {
	t := s.at(i)
	if t.kind != tokWord || t.word != wMonth || !t.upper {
		return 0, i, false, false
	}
	next = i + 1
	if t.abbr && s.punct(next, '.') && s.adjacent(i, next) {
		next++
	}
	return t.val, next, t.abbr, true
}

// monthFirst reads "November 7", "Nov. 7, 2020", "April 2016" and, where
// the context makes a month of it, "October" alone ("in October").
func (s *scanner) monthFirst(j int, c context) (phrase, bool) {
	m, k, abbr, ok := s.monthWord(j)
	if !ok {
		return phrase{}, false
	}
	if d, next, ok := s.day(k); ok && d <= daysIn[m] {
		p := phrase{kind: pDate, first: j, last: next - 1, month: m, day: d}
		if y, after, ok := s.yearAfter(next); ok && validDay(y, m, d) {
			p.year, p.last = y, after-1
		}
		return p, true
	}
	if y, next, ok := s.yearAfter(k); ok {
		return phrase{kind: pMonth, first: j, last: next - 1, year: y, month: m}, true
	}
	// A month alone needs a context that makes it a time: "in May",
	// "early March", "since October", not "May be" or "the March".
	if abbr || !(c.inRange || c.part != whole || s.timeContext(j, c)) {
		return phrase{}, false
	}
	return phrase{kind: pMonth, first: j, last: j, month: m}, true
}

// timeContext reports whether what precedes token j makes a bare month or
// year a time: "in", "since", "from", "between", "during", "until", "by",
// "of", "year".
func (s *scanner) timeContext(j int, c context) bool {
	switch c.prep {
	case prepIn, prepSince, prepFrom, prepBetween, prepDuring:
		return true
	}
	switch p := s.at(j - 1); p.word {
	case wTo:
		return p.kind == tokWord && p.val == untilWord
	case wBy, wOf:
		// "a total of 2000 soldiers" is a figure, "the war of 1992." a year:
		// take it where no lower-case word follows.
		n := s.at(j + 1)
		return p.kind == tokWord && (n.kind != tokWord || n.upper || n.word == wAnd || n.word == wTo)
	case wUnit:
		return p.kind == tokWord && p.val == int(unitYear) && !p.plural
	}
	return false
}

// dayFirst reads "7 November", "13 May, 2021", "7th of November 2020" and
// ranges "1-3 October", "between 1 and 3 October".
func (s *scanner) dayFirst(j int, c context) (phrase, bool) {
	d, k, ok := s.day(j)
	if !ok {
		return phrase{}, false
	}
	if s.dash(k) || s.class(k) == wTo || s.class(k) == wAnd && c.prep == prepBetween {
		if d2, k2, ok := s.day(k + 1); ok {
			if end, ok := s.monthAfterDay(d2, k+1, k2, k2 == k+3); ok && d <= daysIn[end.month] && validDay(end.year, end.month, d) {
				start := phrase{kind: pDate, first: j, last: k - 1, year: end.year, month: end.month, day: d}
				return s.joined(start, end), true
			}
		}
	}
	return s.monthAfterDay(d, j, k, k == j+2)
}

// monthAfterDay reads the month and year after the day d written at
// tokens first..k-1: "November", "of November 2020".
func (s *scanner) monthAfterDay(d, first, k int, ordinal bool) (phrase, bool) {
	if ordinal && s.class(k) == wOf {
		k++
	}
	m, next, _, ok := s.monthWord(k)
	if !ok || d > daysIn[m] {
		return phrase{}, false
	}
	p := phrase{kind: pDate, first: first, last: next - 1, month: m, day: d}
	if y, after, ok := s.yearAfter(next); ok && validDay(y, m, d) {
		p.year, p.last = y, after-1
	}
	return p, true
}

// year reads a year where the context makes it one: "in 1992", "since
// 1994", "early 2020", "the year 2020".
func (s *scanner) year(j int, c context) (phrase, bool) {
	if !s.freeYear(j) || !(c.inRange || c.part != whole || s.timeContext(j, c)) {
		return phrase{}, false
	}
	return phrase{kind: pYear, first: j, last: j, year: s.at(j).val}, true
}

// decadeEnd reads the "s" or "'s" of "1990s" after token i and returns
// the index of the "s".
func (s *scanner) decadeEnd(i int) (int, bool) {
	if s.class(i+1) == wS && s.adjacent(i, i+1) {
		return i + 1, true
	}
	if s.apostrophe(i+1) && s.adjacent(i, i+1) && s.class(i+2) == wS && s.adjacent(i+1, i+2) {
		return i + 2, true
	}
	return i, false
}

// decade reads "1990s", "1990's".
func (s *scanner) decade(j int, _ context) (phrase, bool) {
	t := s.at(j)
	if t.kind != tokNumber || t.digits() != 4 || t.val < 1800 || t.val > 2090 || t.val%10 != 0 || !s.freeLeft(j) {
		return phrase{}, false
	}
	last, ok := s.decadeEnd(j)
	if !ok {
		return phrase{}, false
	}
	return phrase{kind: pDecade, first: j, last: last, year: t.val}, true
}

// numericDate reads "2020-11-07", "2020/11/07" and "07.11.2020" (day
// first, as datelines write it).
func (s *scanner) numericDate(j int, _ context) (phrase, bool) {
	var y, m, d int
	switch t := s.at(j); {
	case s.isYear(j):
		sep := s.at(j + 1)
		if sep.kind != tokPunct || sep.punct != '-' && sep.punct != '/' || !s.punct(j+3, sep.punct) {
			return phrase{}, false
		}
		y, m, d = t.val, s.at(j+2).val, s.at(j+4).val
	case t.digits() <= 2:
		if !s.punct(j+1, '.') || !s.punct(j+3, '.') || !s.isYear(j+4) {
			return phrase{}, false
		}
		d, m, y = t.val, s.at(j+2).val, s.at(j+4).val
	default:
		return phrase{}, false
	}
	for k := j; k < j+4; k++ {
		if !s.adjacent(k, k+1) {
			return phrase{}, false
		}
	}
	if !s.number(j+2) || s.at(j+2).digits() > 2 || s.at(j+4).digits() > 4 || m < 1 || m > 12 || !validDay(y, m, d) {
		return phrase{}, false
	}
	if !s.freeLeft(j) || !s.freeRight(j+4) && !s.timeMark(j+5) {
		return phrase{}, false
	}
	return phrase{kind: pDate, first: j, last: j + 4, year: y, month: m, day: d}, true
}

// timeMark reports whether token i is the "T" that joins an ISO date to
// its time: "2020-11-07T10:00".
func (s *scanner) timeMark(i int) bool {
	t := s.at(i)
	return t.kind == tokWord && t.upper && t.be-t.bs == 1 && s.adjacent(i-1, i)
}

// validDay reports whether day d exists in month m of year y (any leap
// year when y is 0).
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > daysIn[m] {
		return false
	}
	if m == 2 && d == 29 && y != 0 {
		return y%4 == 0 && (y%100 != 0 || y%400 == 0)
	}
	return true
}
