package dates

// This file reads expressions that count from a day the text stated
// before them, not from publication: "the same day", "that night", "the
// next morning", "the day before", "two days later". Tag resolves them
// against that day (see shift.go).

// shift is a pShift phrase of tokens first..last, days after the stated
// day (before it when negative).
func shift(first, last, days int) (phrase, bool) {
	return phrase{kind: pShift, first: first, last: last, offset: days}, true
}

// dayWord says whether token i names a day or a part of one: "day",
// "night", "morning", "afternoon", "evening".
func (s *scanner) dayWord(i int) bool {
	return s.singular(i, unitDay) || s.class(i) == wDaytime || s.class(i) == wNight
}

// theShift reads "the same day", "the next morning", "the following
// night", "the previous evening", and "the day before" or "the night
// after" when no event follows them ("the day before the vote" counts from
// the vote).
func (s *scanner) theShift(j int) (phrase, bool) {
	n := j + 1
	switch s.class(n) {
	case wSame:
		if s.dayWord(n + 1) {
			return shift(j, n+1, 0)
		}
	case wNext, wFollowing:
		if s.dayWord(n + 1) {
			return shift(j, n+1, 1)
		}
	case wPast:
		if s.at(n).val == previousWord && s.dayWord(n+1) {
			return shift(j, n+1, -1)
		}
	case wUnit, wNight:
		if !s.dayWord(n) || s.class(n+1) == wBefore && s.class(n+2) == wYesterday {
			break // "the day before yesterday" counts from publication
		}
		switch s.class(n + 1) {
		case wBefore:
			if !s.eventAfter(n + 2) {
				return shift(j, n+1, -1)
			}
		case wAfter:
			if s.at(n+1).val == afterWord && !s.eventAfter(n+2) {
				return shift(j, n+1, 1)
			}
		}
	}
	return phrase{}, false
}

// eventAfter says whether token i starts what "before" or "after" counts
// from: "the vote", "a ceasefire", "talks".
func (s *scanner) eventAfter(i int) bool {
	t := s.at(i)
	return t.kind == tokWord && (t.word == wThe || t.word == wA || !t.upper && t.word == wNone)
}

// thatDay reads "that day", "that same night", "later that morning",
// "earlier that evening": the day stated before. j is at "that", or at
// "later" or "earlier" before it.
func (s *scanner) thatDay(j int) (phrase, bool) {
	n := j
	if c := s.class(n); c == wLater || c == wEarlier {
		n++
	}
	if s.class(n) != wThat {
		return phrase{}, false
	}
	if s.class(n+1) == wSame {
		n++
	}
	if s.dayWord(n + 1) {
		return shift(j, n+1, 0)
	}
	return phrase{}, false
}

// countedShift is the shift of a duration of n units followed by the word
// at k: "two days later" (2), "a day earlier" (-1), "hours after" (0),
// "a week later" (7). ok is false for longer units ("months later") and
// for what counts from an event named after it, which need not be the day
// stated before ("a day after clashes", "two days before the vote").
func (s *scanner) countedShift(n int, u unit, k int) (days int, ok bool) {
	switch u {
	case unitHour:
		n = 0 // within the day, for the hours a report counts
	case unitDay:
	case unitWeek:
		n *= 7
	default:
		return 0, false
	}
	switch s.class(k) {
	case wLater:
		return n, true
	case wAfter:
		return n, s.at(k).val == afterWord && !s.eventAfter(k+1)
	case wEarlier:
		return -n, true
	case wBefore:
		return -n, !s.eventAfter(k + 1)
	}
	return 0, false
}
