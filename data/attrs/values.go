package attrs

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// Count reads the count of people the attribute name holds: nil, or a
// whole number from 0 to event.MaxCount, as a number or numeric text.
func Count(name string, v any) (*int, error) {
	var s string
	switch v := v.(type) {
	case nil:
		return nil, nil
	case json.Number:
		s = string(v)
	case string:
		s = strings.TrimSpace(v)
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || n != math.Trunc(n) || n < 0 || n > event.MaxCount {
		return nil, fmt.Errorf("%s %s %s", name, Shortened(v), notACount)
	}
	c := int(n)
	return &c, nil
}

var notACount = fmt.Sprintf("is not a whole number from 0 to %d", event.MaxCount)

// whole is v as a whole number, such as ACLED's precisions, written as a
// number or numeric text; ok is false for anything else.
func whole(v any) (n int, ok bool) {
	c, err := Count("", v)
	if err != nil || c == nil {
		return 0, false
	}
	return *c, true
}

// checkCount is Count's rule for a count an event holds.
func checkCount(name string, n *int) error {
	if n != nil && (*n < 0 || *n > event.MaxCount) {
		return fmt.Errorf("%s %d %s", name, *n, notACount)
	}
	return nil
}

// InYears says whether t falls within the years dates.MinYear to
// dates.MaxYear, the days that YYYY-MM-DD can write.
func InYears(t time.Time) bool {
	y := t.Year()
	return y >= dates.MinYear && y <= dates.MaxYear
}

// YearError is the error of a day outside them, written as written.
func YearError(name, written string) error {
	return fmt.Errorf("%s %s is outside the years %d to %d", name, Shortened(written), dates.MinYear, dates.MaxYear)
}

// Span reads an [start, end) offset in runes: neither negative, and the
// start no later than the end.
func Span(name string, s [2]int) (text.Span, error) {
	switch {
	case s[0] < 0 || s[1] < 0:
		return text.Span{}, fmt.Errorf("%s [%d,%d] is negative: offsets count runes from 0", name, s[0], s[1])
	case s[0] > s[1]:
		return text.Span{}, fmt.Errorf("%s [%d,%d] ends before it starts", name, s[0], s[1])
	}
	return text.Span{Start: s[0], End: s[1]}, nil
}

// KindOfPrecision is the kind of place of ACLED's geo_precision p: 1 a
// town, 2 a region, 3 a country.
func KindOfPrecision(p int) (geo.Kind, bool) {
	switch p {
	case 1:
		return geo.City, true
	case 2:
		return geo.Region, true
	case 3:
		return geo.Country, true
	}
	return 0, false
}

// CheckEvent refuses what the readers would: no source, days outside the
// years 1 to 9999, a window that ends before it starts or of no known
// precision, counts outside 0 to event.MaxCount, offsets below 0 or that
// end before they start. The extraction makes none of these, but events
// also come from code. A writer checks each event so, rather than write a
// file it could not read back.
func CheckEvent(ev *event.Event) error {
	if ev.Source == "" {
		return errors.New("no source")
	}
	if d := ev.DocDate; d != nil && !InYears(*d) {
		return YearError("doc_date", d.Format(time.DateOnly))
	}
	if w := ev.Window; w != nil {
		switch {
		case !InYears(w.Start):
			return YearError("date_start", w.Start.Format(time.DateOnly))
		case !InYears(w.End):
			return YearError("date_end", w.End.Format(time.DateOnly))
		case w.End.Before(w.Start):
			return fmt.Errorf("date_end %s is before date_start %s", w.End.Format(time.DateOnly), w.Start.Format(time.DateOnly))
		case w.Precision < dates.Day || w.Precision > dates.Month:
			return fmt.Errorf("time_precision %d is not 1, 2 or 3", w.Precision)
		}
	}
	if err := checkCount("fatalities", ev.Fatalities); err != nil {
		return err
	}
	if err := checkCount("injured", ev.Injured); err != nil {
		return err
	}
	if err := checkSpan("offset", &ev.Offset); err != nil {
		return err
	}
	if err := checkSpan("place_offset", &ev.PlaceText); err != nil {
		return err
	}
	return checkSpan("date_offset", ev.DateText)
}

// checkSpan refuses the span s, if there is one, as Span would.
func checkSpan(name string, s *text.Span) error {
	if s == nil {
		return nil
	}
	_, err := Span(name, [2]int{s.Start, s.End})
	return err
}

// FormatDay writes a day as every layer does, YYYY-MM-DD; "" for none.
func FormatDay(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.DateOnly)
}

// FormatCount writes a count of people; "" for none.
func FormatCount(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}
