package dates

import "time"

// reference is what a phrase resolves against.
type reference struct {
	pub *time.Time // the publication day, or nil: relative phrases stay unresolved
	// yearOf decides the year of a date written without one ("September
	// 28"): the publication day, or else the first full date the text states.
	yearOf *time.Time
}

// resolve turns a phrase into its window; ok is false where the
// reference does not allow it.
func (r reference) resolve(p *phrase) (w Window, ok bool) {
	start, end, ok := r.days(p)
	if !ok {
		return Window{}, false
	}
	if p.night { // "Tuesday night" runs into Wednesday, but not past publication
		end = end.AddDate(0, 0, 1)
		if r.pub != nil && !start.After(*r.pub) && end.After(*r.pub) {
			end = *r.pub
		}
	}
	if p.overnight {
		start = start.AddDate(0, 0, -1)
	}
	start, end = narrow(p.part, start, end)
	precision := precisionOf(start, end)
	// Counting back from a publication day early in year 1 ("last week")
	// or on from one late in 9999 ("next year") leaves the years a date
	// can be written in. The window keeps its days within them, and its
	// precision, which says how vague the phrase is, not how many days
	// are left.
	if start, end, ok = withinYears(start, end); !ok {
		return Window{}, false
	}
	return Window{Start: start, End: end, Precision: precision}, true
}

// shift resolves a pShift phrase against the day the text stated before
// it. Without one, a phrase that looks back ("the day before", "that
// night") counts from publication, when the report was written; one that
// looks ahead stays unresolved.
func (r reference) shift(p *phrase, stated *time.Time) (Window, bool) {
	from := stated
	if from == nil {
		if p.offset > 0 || r.pub == nil {
			return Window{}, false
		}
		from = r.pub
	}
	d := from.AddDate(0, 0, p.offset)
	start, end, ok := withinYears(d, d)
	return Window{Start: start, End: end, Precision: Day}, ok
}

// withinYears cuts the days start to end to the years MinYear to MaxYear;
// ok is false when none of them lies within.
func withinYears(start, end time.Time) (time.Time, time.Time, bool) {
	first, last := date(MinYear, 1, 1), date(MaxYear, 12, 31)
	if end.Before(first) || start.After(last) {
		return time.Time{}, time.Time{}, false
	}
	if start.Before(first) {
		start = first
	}
	if end.After(last) {
		end = last
	}
	return start, end, true
}

func (r reference) days(p *phrase) (time.Time, time.Time, bool) {
	if p.until != nil {
		return r.rangeDays(p)
	}
	switch p.kind {
	case pDate:
		y, ok := r.year(p)
		if !ok || !validDay(y, p.month, p.day) {
			return time.Time{}, time.Time{}, false
		}
		d := date(y, p.month, p.day)
		return d, d, true
	case pMonth:
		y, ok := r.year(p)
		start := date(y, p.month, 1)
		return start, start.AddDate(0, 1, -1), ok
	case pYear:
		return date(p.year, 1, 1), date(p.year, 12, 31), true
	case pDecade:
		return date(p.year, 1, 1), date(p.year+9, 12, 31), true
	}
	if r.pub == nil {
		return time.Time{}, time.Time{}, false
	}
	pub := *r.pub
	switch p.kind {
	case pWeekday:
		d := pub.AddDate(0, 0, weekdayOffset(pub.Weekday(), p.weekday, p.offset))
		return d, d, true
	case pWeekend:
		// the latest weekend that has begun by publication; "last weekend"
		// on a weekend is the one before
		sat := pub.AddDate(0, 0, weekdayOffset(pub.Weekday(), time.Saturday, 0))
		switch {
		case p.offset < 0 && pub.Sub(sat) <= 24*time.Hour:
			sat = sat.AddDate(0, 0, -7)
		case p.offset > 0:
			sat = sat.AddDate(0, 0, 7)
		}
		return sat, sat.AddDate(0, 0, 1), true
	case pDays:
		return pub.AddDate(0, 0, p.offset), pub.AddDate(0, 0, p.to), true
	case pCalendar:
		return calendar(pub, p.unit, p.offset, p.span)
	case pMonthRel:
		y := pub.Year()
		switch {
		case p.offset < 0 && p.month >= int(pub.Month()):
			y--
		case p.offset > 0 && p.month <= int(pub.Month()):
			y++
		}
		start := date(y, p.month, 1)
		return start, start.AddDate(0, 1, -1), true
	case pDuration:
		if p.ago {
			return ago(pub, p.n, p.unit)
		}
		return before(pub, p.n, p.unit), pub, true
	}
	return time.Time{}, time.Time{}, false
}

// year is the year of a date or month: as written, or else the year of
// the reference day, or the year before where that would put the date more
// than two months after it (an article of January 2021 writing "December
// 28" means 2020).
func (r reference) year(p *phrase) (int, bool) {
	if p.year != 0 {
		return p.year, true
	}
	if r.yearOf == nil {
		return 0, false
	}
	ref := *r.yearOf
	y, d := ref.Year(), max(p.day, 1)
	if date(y, p.month, min(d, 28)).After(ref.AddDate(0, 2, 0)) {
		y--
	}
	return y, true
}

// rangeDays resolves "from September 27 to October 10": from the first
// end's first day to the second's last. A year written once serves both
// ends ("September 27 to October 10, 2020").
func (r reference) rangeDays(p *phrase) (time.Time, time.Time, bool) {
	from, to := *p, *p.until
	from.until = nil
	calendarDate := func(q *phrase) bool { return q.kind == pDate || q.kind == pMonth }
	if calendarDate(&from) && calendarDate(&to) {
		switch {
		case from.year == 0 && to.year == 0:
			if y, ok := r.year(&to); ok {
				to.year = y
			}
			fallthrough
		case from.year == 0 && to.year != 0:
			from.year = to.year
			if from.month > to.month {
				from.year--
			}
		case to.year == 0:
			to.year = from.year
			if to.month < from.month {
				to.year++
			}
		}
	}
	start, _, ok1 := r.days(&from)
	_, end, ok2 := r.days(&to)
	if !ok1 || !ok2 {
		return time.Time{}, time.Time{}, false
	}
	if end.Before(start) {
		start, end = end, start
	}
	return start, end, true
}

// weekdayOffset is the number of days from publication day pub to the
// weekday w: the latest w on or before pub; "last" (offset < 0) skips pub
// itself, "next" (offset > 0) looks forward.
func weekdayOffset(pub, w time.Weekday, offset int) int {
	back := (int(pub) - int(w) + 7) % 7
	switch {
	case offset < 0 && back == 0:
		return -7
	case offset > 0:
		ahead := (int(w) - int(pub) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return ahead
	}
	return -back
}

// calendar is the Monday–Sunday week, month or year offset units from
// the one holding pub, cut at pub for "earlier this month"/"later this month".
func calendar(pub time.Time, u unit, offset int, sp span) (time.Time, time.Time, bool) {
	var start, end time.Time
	switch u {
	case unitWeek:
		monday := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
		start = monday.AddDate(0, 0, 7*offset)
		end = start.AddDate(0, 0, 6)
	case unitMonth:
		start = date(pub.Year(), int(pub.Month()), 1).AddDate(0, offset, 0)
		end = start.AddDate(0, 1, -1)
	case unitYear:
		start, end = date(pub.Year()+offset, 1, 1), date(pub.Year()+offset, 12, 31)
	default:
		return start, end, false
	}
	switch sp {
	case upToPub:
		end = pub
	case fromPub:
		start = pub
	}
	return start, end, true
}

// before is the day n units before pub; hours count in whole days.
func before(pub time.Time, n int, u unit) time.Time {
	switch u {
	case unitHour:
		return pub.AddDate(0, 0, -(n+23)/24)
	case unitDay:
		return pub.AddDate(0, 0, -n)
	case unitWeek:
		return pub.AddDate(0, 0, -7*n)
	case unitMonth:
		return pub.AddDate(0, -n, 0)
	case unitYear:
		return pub.AddDate(-n, 0, 0)
	case unitDecade:
		return pub.AddDate(-10*n, 0, 0)
	}
	return pub.AddDate(-100*n, 0, 0)
}

// ago is the window around the day n units before pub ("two weeks ago"),
// as wide as the unit makes it uncertain.
func ago(pub time.Time, n int, u unit) (time.Time, time.Time, bool) {
	at := before(pub, n, u)
	switch u {
	case unitHour:
		return at, pub, true
	case unitDay:
		return at, at, true
	case unitWeek:
		return at.AddDate(0, 0, -3), at.AddDate(0, 0, 3), true
	case unitMonth:
		return at.AddDate(0, 0, -15), at.AddDate(0, 0, 15), true
	case unitYear:
		return at.AddDate(0, -6, 0), at.AddDate(0, 6, 0), true
	case unitDecade:
		return at.AddDate(-5, 0, 0), at.AddDate(5, 0, 0), true
	}
	return at.AddDate(-50, 0, 0), at.AddDate(50, 0, 0), true
}

// narrow cuts a window to its beginning, middle or end: the thirds of a
// month (1–10, 11–20, 21–end), of a year (January–April, May–August,
// September–December) and of a decade (0–3, 4–6, 7–9); thirds of the days
// otherwise.
func narrow(pt part, start, end time.Time) (time.Time, time.Time) {
	if pt == whole {
		return start, end
	}
	idx := int(pt) - 1
	y := start.Year()
	switch {
	case start.Day() == 1 && end.Equal(start.AddDate(0, 1, -1)):
		from := []int{1, 11, 21}[idx]
		s := date(y, int(start.Month()), from)
		if pt == late {
			return s, end
		}
		return s, s.AddDate(0, 0, 9)
	case start.YearDay() == 1 && end.Month() == time.December && end.Day() == 31 && end.Year() == y:
		s := date(y, 1+4*idx, 1)
		return s, s.AddDate(0, 4, -1)
	case start.YearDay() == 1 && end.Month() == time.December && end.Day() == 31 && end.Year() == y+9:
		from, to := []int{0, 4, 7}[idx], []int{3, 6, 9}[idx]
		return date(y+from, 1, 1), date(y+to, 12, 31)
	}
	n := int(end.Sub(start).Hours()/24) + 1
	if n < 3 {
		return start, end
	}
	third := n / 3
	switch pt {
	case early:
		return start, start.AddDate(0, 0, third-1)
	case middle:
		return start.AddDate(0, 0, third), end.AddDate(0, 0, -third)
	}
	return end.AddDate(0, 0, -third+1), end
}

// precisionOf is the ACLED precision of a window by its length: up to two
// days Day, up to eleven (a week, or a third of a month: "late October")
// Week, longer Month.
func precisionOf(start, end time.Time) Precision {
	switch n := end.Sub(start).Hours()/24 + 1; {
	case n <= 2:
		return Day
	case n <= 11:
		return Week
	}
	return Month
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// day is the calendar day of t as midnight UTC.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return date(y, int(m), d)
}
