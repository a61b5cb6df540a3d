package geojson

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// The properties another tool's layer may name a date with, in the order
// they are looked for; a start without an end is one day.
var (
	dayKeys   = []string{"event_date", "date", "day", "datetime", "timestamp", "time"}
	startKeys = []string{"date_start", "start_date", "start", "begin", "from"}
	endKeys   = []string{"date_end", "end_date", "end", "to"}
	// idKeys name the feature's id: ours, and ACLED's.
	idKeys = []string{"id", "event_id_cnty", "event_id"}
)

// dateLayouts are the ways dates are written in the layers seen in the wild:
// ISO days and times, ACLED's "07 November 2020", US and UK prose.
var dateLayouts = []string{
	time.DateOnly, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006/01/02",
	"02 January 2006", "2 January 2006", "January 2, 2006", "2 Jan 2006", "Jan 2, 2006",
}

// props looks up a feature's properties by name, whatever their case (as
// strings.EqualFold compares). Of names that differ in case only, the one
// written as asked wins, else the first in byte order.
type props struct {
	values map[string]any
	folded map[string]string // foldName of each name with a value → that name
}

// newProps indexes the properties once: a feature may have thousands, and
// each of the few dozen names asked would otherwise be compared with all.
func newProps(values map[string]any) props {
	p := props{values, make(map[string]string, len(values))}
	for name, v := range values {
		if v == nil {
			continue
		}
		if k := foldName(name); p.folded[k] == "" || name < p.folded[k] {
			p.folded[k] = name
		}
	}
	return p
}

func (p props) get(keys ...string) (any, string) {
	for _, k := range keys {
		if v := p.values[k]; v != nil {
			return v, k
		}
		if name, ok := p.folded[foldName(k)]; ok {
			return p.values[name], name
		}
	}
	return nil, ""
}

// foldName maps each character of a name to the least of those
// strings.EqualFold takes for it: "Event_Date" and "EVENT_DATE" alike.
func foldName(name string) string {
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf {
			return unicode.ToUpper(r) // below its other cases: k, and the Kelvin sign, lie above K
		}
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		return least
	}, name)
}

// text is the first of keys that holds a string or a number, as text.
func (p props) text(keys ...string) string { return asText(p.get(keys...)) }

func asText(v any, _ string) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case json.Number:
		return string(v)
	}
	return ""
}

// count is a number of people (see countOf).
func (p props) count(key string) (*int, error) {
	v, name := p.get(key)
	return countOf(name, v)
}

// whole is v as a whole number, such as ACLED's precisions, written as a
// JSON number or a numeric string; ok is false for anything else.
func whole(v any) (n int, ok bool) {
	c, err := countOf("", v)
	if err != nil || c == nil {
		return 0, false
	}
	return *c, true
}

// names are the actors a feature names: an array, or ACLED's actor1 and
// actor2.
func (p props) names(key string, more ...string) []string {
	var out []string
	if v, _ := p.get(key); v != nil {
		if list, ok := v.([]any); ok {
			for _, s := range list {
				if s, ok := s.(string); ok && s != "" {
					out = append(out, s)
				}
			}
			return out
		}
	}
	for _, k := range append([]string{key}, more...) {
		if s := p.text(k); s != "" {
			out = event.Union(out, []string{s})
		}
	}
	return out
}

// foreignEvent maps feature i of a layer written by another tool.
func foreignEvent(name string, i int, at orb.Point, p props) (event.Event, error) {
	window, err := p.window()
	if err != nil {
		return event.Event{}, err
	}
	typ := p.eventType()
	ev := event.Event{
		ID:        p.text(idKeys...),
		Source:    p.text("source"),
		Type:      typ,
		ACLED:     p.acled(typ),
		Place:     p.place(at),
		Window:    window,
		Actors:    p.names("actors", "actor1", "actor2"),
		ClaimedBy: p.names("claimed_by"),
		DeniedBy:  p.names("denied_by"),
		Sentence:  p.text("sentence", "notes", "description", "summary", "text"),
	}
	// A place_id from the bundled gazetteer is checked as in Chronomap's
	// own layer, which is what this event exports to.
	if err := checkSwapped(at, ev.Place.ID); err != nil {
		return event.Event{}, err
	}
	if ev.Source == "" {
		ev.Source = name
	}
	if ev.ID == "" {
		ev.ID = fmt.Sprintf("%s#%d", ev.Source, i+1)
	}
	if ev.Fatalities, err = p.count("fatalities"); err != nil {
		return event.Event{}, err
	}
	if ev.Injured, err = p.count("injured"); err != nil {
		return event.Event{}, err
	}
	return ev, nil
}

// window is the feature's date window, nil when it has no date.
func (p props) window() (*dates.Window, error) {
	startValue, startName := p.get(startKeys...)
	if startValue == nil {
		startValue, startName = p.get(dayKeys...)
	}
	if startValue == nil {
		return nil, nil
	}
	start, err := parseAnyDate(startName, startValue)
	if err != nil {
		return nil, err
	}
	end := start
	if endValue, endName := p.get(endKeys...); endValue != nil {
		if end, err = parseAnyDate(endName, endValue); err != nil {
			return nil, err
		}
	}
	if end.Before(start) {
		return nil, fmt.Errorf("the end %s is before the start %s", end.Format(time.DateOnly), start.Format(time.DateOnly))
	}
	w := &dates.Window{Start: start, End: end, Precision: precisionOfSpan(start, end)}
	if v, name := p.get("time_precision"); v != nil {
		tp, ok := whole(v)
		if !ok || tp < 1 || tp > 3 {
			return nil, fmt.Errorf("%s %s is not 1, 2 or 3", name, shortened(v))
		}
		w.Precision = dates.Precision(tp)
	}
	return w, nil
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

// parseAnyDate reads a date in one of dateLayouts as the day (midnight
// UTC) it names, within the years 1 to 9999.
func parseAnyDate(name string, v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, fmt.Errorf("%s %s is not a date", name, shortened(v))
	}
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if !inYears(t) {
				return time.Time{}, yearError(name, s)
			}
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("%s %s is not a date (such as 2020-11-07 or 07 November 2020)", name, shortened(s))
}

// eventType is Chronomap's type of the feature's event_type or type: one
// of Chronomap's, or one of ACLED's as event.Types maps them, or Other.
func (p props) eventType() event.Type {
	name := p.text("event_type", "type", "category")
	if t, ok := event.ParseType(strings.ToLower(name)); ok {
		return t
	}
	for t := range event.NumTypes {
		for _, acled := range t.Info().FromACLED {
			if strings.EqualFold(name, acled) {
				return t
			}
		}
	}
	return event.Other
}

// acled is the ACLED classification of the feature's event of type t: its
// ACLED event and sub-event type, as ACLED's own data gives them
// (event_type, sub_event_type) or as another tool may
// (acled_event_type, acled_sub_event_type); none when they are not a
// pair of ACLED's codebook.
func (p props) acled(t event.Type) event.ACLEDSubEvent {
	s, ok := event.ParseACLED(p.text("acled_event_type", "event_type"), p.text("acled_sub_event_type", "sub_event_type"))
	if !ok {
		return event.ACLEDByType
	}
	return event.ACLEDFor(t, s)
}

// place is where the feature is, named after the most local name it gives.
func (p props) place(at orb.Point) *geo.Place {
	pl := &geo.Place{
		ID:     p.text("place_id"),
		Name:   p.text("place", "location", "name", "admin3", "admin2", "admin1", "country"),
		Kind:   geo.City,
		Admin1: p.text("admin1"),
		Point:  at,
	}
	if cc := p.text("country_code", "iso2"); len(cc) == 2 {
		pl.Country = strings.ToUpper(cc)
	}
	if v, _ := p.get("geo_precision"); v != nil {
		gp, _ := whole(v)
		if k, ok := kindOfPrecision(gp); ok {
			pl.Kind = k
		}
	}
	if pl.Name == "" {
		pl.Name = fmt.Sprintf("%.4f, %.4f", at[1], at[0])
	}
	return pl
}
