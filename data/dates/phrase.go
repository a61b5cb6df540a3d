package dates

import "time"

// phraseKind is the shape of a date expression, which decides how it
// resolves.
type phraseKind uint8

const (
	pDate     phraseKind = iota + 1 // a day: year (0 = not written), month, day
	pMonth                          // a month: year (0 = not written), month
	pYear                           // a year
	pDecade                         // year: the decade's first year
	pWeekday                        // the weekday `weekday`, offset weeks away ("last Monday": -1)
	pDays                           // days `from`..`to` relative to publication ("overnight": -1..0)
	pCalendar                       // the calendar week, month or year `offset` units from publication's
	pMonthRel                       // "last July": the month, offset years from the nearest
	pDuration                       // `n` units before publication ("six weeks"), or `ago`
	pWeekend                        // the Saturday and Sunday `offset` weekends from the latest
	pShift                          // `offset` days from the day the text stated before ("the next day": 1)
)

// part narrows a window to its beginning, middle or end ("early October").
type part uint8

const (
	whole part = iota
	early
	middle
	late
)

// span restricts a calendar period to before or after publication
// ("earlier this month").
type span uint8

const (
	allOf span = iota
	upToPub
	fromPub
)

// phrase is a parsed, not yet resolved, date expression covering tokens
// first..last.
type phrase struct {
	kind        phraseKind
	first, last int
	year, month int
	day         int
	weekday     time.Weekday
	offset      int // weeks, months or years away from publication; days for pDays' from
	to          int // pDays' last day
	unit        unit
	n           int // duration length in units
	ago         bool
	part        part
	span        span
	night       bool    // "Tuesday night": runs into the next day
	overnight   bool    // "overnight on Tuesday": starts the day before
	until       *phrase // a range's second end: "from September 27 to October 10"
}

// absolute reports whether the phrase names a calendar date, month or year
// that can open or close a range.
func (p *phrase) absolute() bool {
	return p.kind == pDate || p.kind == pMonth || p.kind == pYear
}
