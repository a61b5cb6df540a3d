package dates

// rangeAfter reads a range's second end after p: "September 27-28",
// "from September 27 to October 10", "between 1992 and 1994".
func (s *scanner) rangeAfter(p phrase, c context) (phrase, bool) {
	k := p.last + 1
	switch {
	case s.dash(k), s.class(k) == wTo:
	case s.class(k) == wAnd && c.prep == prepBetween:
	default:
		return p, false
	}
	k++
	end, ok := s.absoluteAt(k)
	if !ok && p.kind == pDate {
		// "September 27-28", "Sept. 27 to 30, 2020": the day alone
		if d, next, ok := s.day(k); ok && s.class(next) != wMonth {
			end = phrase{kind: pDate, first: k, last: next - 1, year: p.year, month: p.month, day: d}
			if y, after, ok := s.yearAfter(next); ok {
				end.year, end.last = y, after-1
				if p.year == 0 {
					p.year = y
				}
			}
			return s.joined(p, end), true
		}
	}
	if !ok {
		return p, false
	}
	return s.joined(p, end), true
}

// joined is the range from p to end.
func (s *scanner) joined(p, end phrase) phrase {
	p.last = end.last
	until := end // a copy, so that only a range found costs an allocation
	p.until = &until
	return p
}

// absoluteAt reads a calendar date, month or year at k: a range's second end.
func (s *scanner) absoluteAt(k int) (phrase, bool) {
	c := context{inRange: true}
	switch t := s.at(k); {
	case t.kind == tokNumber:
		if p, ok := s.numericDate(k, c); ok {
			return p, true
		}
		if p, ok := s.dayFirst(k, c); ok {
			return p, true
		}
		return s.year(k, c)
	case t.kind == tokWord && t.word == wMonth:
		return s.monthFirst(k, c)
	}
	return phrase{}, false
}
