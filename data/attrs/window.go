package attrs

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/chronomap/chronomap/data/dates"
)

// The attributes a record may name a date with, in the order they are
// looked for; a start without an end is one day.
var (
	dayKeys   = []string{"event_date", "date", "day", "datetime", "timestamp", "time"}
	startKeys = []string{"date_start", "start_date", "start", "begin", "from"}
	endKeys   = []string{"date_end", "end_date", "end", "to"}
)

// DateNames are the names of the attributes a record may date its event
// with, for an error to list.
func DateNames() []string { return slices.Concat(dayKeys, startKeys, endKeys) }

// dateLayouts are the ways dates are written in the layers seen in the wild:
// ISO days and times, ACLED's "07 November 2020", US and UK prose.
var dateLayouts = []string{
	time.DateOnly, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006/01/02",
	"02 January 2006", "2 January 2006", "January 2, 2006", "2 Jan 2006", "Jan 2, 2006",
}

// window is the record's date window, nil when it has no date.
func (r *Record) window() (*dates.Window, error) {
	startValue, startName := r.Get(startKeys...)
	if startValue == nil {
		startValue, startName = r.Get(dayKeys...)
	}
	if startValue == nil {
		return nil, nil
	}
	start, err := parseAnyDate(startName, startValue)
	if err != nil {
		return nil, err
	}
	end := start
	endValue, endName := r.Get(endKeys...)
	if endValue != nil {
		if end, err = parseAnyDate(endName, endValue); err != nil {
			return nil, err
		}
	}
	if end.Before(start) {
		return nil, fmt.Errorf("the end %s is before the start %s", end.Format(time.DateOnly), start.Format(time.DateOnly))
	}
	w := &dates.Window{Start: start, End: end, Precision: precisionOfSpan(start, end)}
	if v, name := r.Get("time_precision"); v != nil {
		tp, ok := whole(v)
		if !ok || tp < 1 || tp > 3 {
			return nil, fmt.Errorf("%s %s is not 1, 2 or 3", name, Shortened(v))
		}
		w.Precision = dates.Precision(tp)
		if endValue == nil && start.Equal(end) {
			w.Start, w.End = aroundDay(start, w.Precision)
		}
	}
	return w, nil
}

// aroundDay is the window ACLED means by a day of a precision: a day
// known to the week or the month is the middle of it, so the window is
// the days around it, whose middle is the day again when it is written.
func aroundDay(d time.Time, p dates.Precision) (start, end time.Time) {
	half := map[dates.Precision]int{dates.Week: 3, dates.Month: 15}[p]
	start, end = d.AddDate(0, 0, -half), d.AddDate(0, 0, half)
	if start.Year() < dates.MinYear {
		start = d
	}
	if end.Year() > dates.MaxYear {
		end = d
	}
	return start, end
}

// precisionOfSpan is how exact a window of these days is, as the tagger
// would say: up to two days is the day, up to ten the week.
func precisionOfSpan(start, end time.Time) dates.Precision {
	switch days := end.Sub(start).Hours() / 24; {
	case days < 2:
		return dates.Day
	case days < 10:
		return dates.Week
	}
	return dates.Month
}

// day is the day the attribute key names, nil when the record has none.
func (r *Record) day(key string) (*time.Time, error) {
	v, name := r.Get(key)
	if v == nil {
		return nil, nil
	}
	d, err := parseAnyDate(name, v)
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// parseAnyDate reads a date in one of dateLayouts as the day (midnight
// UTC) it names, within the years 1 to 9999.
func parseAnyDate(name string, v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, fmt.Errorf("%s %s is not a date", name, Shortened(v))
	}
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if !InYears(t) {
				return time.Time{}, YearError(name, s)
			}
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("%s %s is not a date (such as 2020-11-07 or 07 November 2020)", name, Shortened(s))
}
