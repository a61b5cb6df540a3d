package dates

import "time"

// This file reads expressions relative to the publication date: weekdays,
// "yesterday", "last week", durations.

// weekday reads "Monday", and a weekday that a date follows: "Tuesday,
// April 26", "Monday, 04 April 2016", "Tuesday (November 16)".
func (s *scanner) weekday(j int) (phrase, bool) {
	t := s.at(j)
	if !t.upper || s.namedDay(j) {
		return phrase{}, false
	}
	n := j + 1
	if s.punct(n, ',') {
		n++
	}
	if p, ok := s.statedDate(n); ok {
		p.first = j
		return p, true
	}
	if s.punct(j+1, '(') {
		if p, ok := s.statedDate(j + 2); ok && s.punct(p.last+1, ')') {
			p.first, p.last = j, p.last+1
			return p, true
		}
	}
	return phrase{kind: pWeekday, first: j, last: j, weekday: time.Weekday(t.val)}, true
}

// statedDate reads a date with a day at i: "April 26", "04 April 2016".
func (s *scanner) statedDate(i int) (phrase, bool) {
	var p phrase
	ok := false
	switch s.at(i).kind {
	case tokNumber:
		p, ok = s.dayFirst(i, context{})
	case tokWord:
		p, ok = s.monthFirst(i, context{})
	}
	return p, ok && p.kind == pDate && p.until == nil
}

// namedDay reports whether the weekday at j is part of a name rather than
// a day: "the Sunday Times", "Sunday Post", "Bloody Sunday", "Easter Sunday".
func (s *scanner) namedDay(j int) bool {
	next, prev := s.at(j+1), s.at(j-1)
	if next.kind == tokWord && next.upper && next.word == wPaper {
		return true
	}
	if prev.kind != tokWord {
		return false
	}
	if prev.upper && !prev.caps && prev.word == wNone { // but "23:00 GMT Monday"
		return true
	}
	return (prev.word == wThe || prev.word == wA) && next.kind == tokWord && next.upper && next.word == wNone
}

// relative reads words that count from the publication day: "today",
// "yesterday", "overnight", "this morning", "last night", "last week",
// "next Monday", "last July", "earlier this month", "in recent days".
func (s *scanner) relative(j int) (phrase, bool) {
	days := func(last, from, to int) (phrase, bool) {
		return phrase{kind: pDays, first: j, last: last, offset: from, to: to}, true
	}
	switch s.class(j) {
	case wToday:
		return days(j, 0, 0)
	case wYesterday:
		return days(j, -1, -1)
	case wOvernight:
		// "overnight on April 25-26", "overnight on Tuesday": the night
		// that ends on that date, as "overnight" alone ends on publication
		k := j + 1
		if s.class(k) == wPrep && s.at(k).val == prepOn {
			k++
		}
		if p, ok := s.core(k, context{}); ok && (p.kind == pDate || p.kind == pWeekday && p.offset == 0) {
			p.first, p.overnight = j, p.until == nil
			return p, true
		}
		return days(j, -1, 0)
	case wThis, wLast, wNext:
		off := 0
		switch s.class(j) {
		case wLast:
			off = -1
		case wNext:
			off = 1
		}
		n := s.at(j + 1)
		if n.kind != tokWord {
			break
		}
		switch n.word {
		case wDaytime:
			return days(j+1, off, off) // "this morning", "last evening"
		case wWeekend:
			return phrase{kind: pWeekend, first: j, last: j + 1, offset: off}, true
		case wNight:
			if off <= 0 {
				return days(j+1, off, 0) // "last night" runs into today
			}
		case wUnit:
			// "last week of October" is part of October, not last week.
			if !n.plural && unit(n.val) >= unitWeek && unit(n.val) <= unitYear && s.class(j+2) != wOf {
				return phrase{kind: pCalendar, first: j, last: j + 1, unit: unit(n.val), offset: off}, true
			}
		case wWeekday:
			if n.upper && !s.namedDay(j+1) {
				return phrase{kind: pWeekday, first: j, last: j + 1, weekday: time.Weekday(n.val), offset: off}, true
			}
		case wMonth:
			if n.upper && !n.abbr {
				return phrase{kind: pMonthRel, first: j, last: j + 1, month: n.val, offset: off}, true
			}
		}
	case wEarlier, wLater:
		sp := upToPub
		if s.class(j) == wLater {
			sp = fromPub
		}
		switch {
		case s.class(j+1) == wToday:
			return days(j+1, 0, 0)
		case s.class(j+1) == wPrep && s.at(j+1).val == prepIn && s.class(j+2) == wThe && s.singular(j+3, unitDay):
			return days(j+3, 0, 0) // "earlier in the day"
		case s.class(j+1) == wThis:
			if u := s.at(j + 2); u.kind == tokWord && u.word == wUnit && !u.plural && unit(u.val) >= unitWeek && unit(u.val) <= unitYear {
				return phrase{kind: pCalendar, first: j, last: j + 2, unit: unit(u.val), span: sp}, true
			}
		}
	case wRecent:
		if u := s.at(j + 1); u.kind == tokWord && u.word == wUnit && u.plural {
			return phrase{kind: pDuration, first: j, last: j + 1, unit: unit(u.val), n: recentCount[unit(u.val)]}, true
		}
	}
	return phrase{}, false
}

// recentCount is how many units "recent days", "recent weeks" ... reach back.
var recentCount = map[unit]int{unitHour: 24, unitDay: 7, unitWeek: 4, unitMonth: 3, unitYear: 3, unitDecade: 2, unitCentury: 1}

// singular reports whether token i is the singular unit word u.
func (s *scanner) singular(i int, u unit) bool {
	t := s.at(i)
	return t.kind == tokWord && t.word == wUnit && !t.plural && unit(t.val) == u
}

// theDay reads "the day before yesterday", "the weekend" and "the night
// of July 13", "the morning of April 2".
func (s *scanner) theDay(j int) (phrase, bool) {
	n := j + 1
	switch s.class(n) {
	case wWeekend:
		return phrase{kind: pWeekend, first: j, last: n}, true
	case wUnit:
		// "the day before" alone counts from the day stated before (see
		// theShift).
		if s.singular(n, unitDay) && s.class(n+1) == wBefore && s.class(n+2) == wYesterday {
			return phrase{kind: pDays, first: j, last: n + 2, offset: -2, to: -2}, true
		}
	case wNight, wDaytime:
		if s.class(n+1) != wOf {
			break
		}
		p, ok := s.statedDate(n + 2)
		if !ok {
			p, ok = s.weekday(n + 2)
		}
		if ok && (p.kind == pDate || p.kind == pWeekday) {
			p.first = j
			p.night = s.class(n) == wNight
			return p, true
		}
	}
	return phrase{}, false
}

// duration reads a length of time that ends at publication: "six weeks",
// "nearly six weeks", "more than a week", "the past 24 hours", "for
// decades"; or, followed by "ago", a point before it: "three days ago".
func (s *scanner) duration(j int, c context) (phrase, bool) {
	// "every 12 hours" is a rate, "sentenced to 15 years" a term
	if before := s.at(j - 1); before.kind == tokWord && (before.word == wEvery || before.word == wTo && before.val != untilWord) {
		return phrase{}, false
	}
	k, hedged := j, c.prep == prepFor
	switch s.class(k) {
	case wApprox:
		k, hedged = k+1, true
	case wMoreLess:
		if s.class(k+1) != wThan {
			return phrase{}, false
		}
		k, hedged = k+2, true
	case wAt:
		if s.class(k+1) != wLeast {
			return phrase{}, false
		}
		k, hedged = k+2, true
	}
	past, the := false, false
	if s.class(k) == wThe && (s.class(k+1) == wPast || s.class(k+1) == wLast) {
		k, past, the = k+2, true, true
	} else if s.class(k) == wPast || s.class(k) == wLast {
		k, past = k+1, true
	}
	n, k, counted := s.quantity(k)
	u := s.at(k)
	if u.kind != tokWord || u.word != wUnit {
		return phrase{}, false
	}
	if counted && !past {
		if days, ok := s.countedShift(n, unit(u.val), k+1); ok {
			return shift(j, k+1, days) // "two days later", "hours after"
		}
	}
	switch {
	case counted:
	case !u.plural && the:
		n = 1 // "the past week"
	case u.plural && (the || c.prep == prepFor):
		n = 2 // "for weeks", "over the past months": at least a couple
	default:
		return phrase{}, false
	}
	p := phrase{kind: pDuration, first: j, last: k, unit: unit(u.val), n: n}
	switch after := s.class(k + 1); {
	case after == wAgo:
		p.ago, p.last = true, k+1
		return p, true
	case after == wAfter, after == wEarlier, after == wLater, after == wBefore:
		return phrase{}, false // counted from another event: "months later"
	case s.dash(k+1) && s.adjacent(k, k+1) && s.class(k+2) == wAfter:
		return phrase{}, false // "15 years-old"
	case past && after == wOf && (s.class(k+2) == wMonth || s.number(k+2)):
		return phrase{}, false // "the last week of October"
	}
	// "a week", "one day" alone are idioms ("once a week", "one day he
	// left"); they count from publication only after "for", "past",
	// "nearly" ...
	if n == 1 && counted && !hedged && !past {
		return phrase{}, false
	}
	return p, true
}

// quantity reads a count at k: "24", "six", "twenty-four", "a", "a few",
// "several", "a couple of". It returns the count and the index after it.
func (s *scanner) quantity(k int) (int, int, bool) {
	t := s.at(k)
	switch {
	case t.kind == tokNumber:
		if t.digits() > 5 || t.val < 1 || !s.freeLeft(k) || !s.freeRight(k) {
			return 0, k, false
		}
		return t.val, k + 1, true
	case t.kind != tokWord:
	case t.word == wNumber:
		v := t.val
		if v >= 20 && v < 100 && s.dash(k+1) && s.adjacent(k, k+1) && s.class(k+2) == wNumber && s.at(k+2).val < 10 && s.adjacent(k+1, k+2) {
			return v + s.at(k+2).val, k + 3, true
		}
		return v, k + 1, true
	case t.word == wA:
		if s.class(k+1) == wFew {
			return s.few(k + 1)
		}
		return 1, k + 1, true
	case t.word == wFew:
		return s.few(k)
	}
	return 0, k, false
}

// few reads "few", "several", "couple of".
func (s *scanner) few(k int) (int, int, bool) {
	v := s.at(k).val
	if v == 2 { // "couple" needs "of"
		if s.class(k+1) != wOf {
			return 0, k, false
		}
		return v, k + 2, true
	}
	return v, k + 1, true
}
