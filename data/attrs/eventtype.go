package attrs

import (
	"fmt"
	"strings"

	"github.com/chronomap/chronomap/data/event"
)

// eventType is the record's Chronomap type: chronomap_event_type, which
// Chronomap's CSV holds beside ACLED's event_type and must name one of its
// types; else the event_type or type, one of Chronomap's types or of
// ACLED's as event.Types maps them; else Other.
func (r *Record) eventType() (event.Type, error) {
	if v, name := r.Get("chronomap_event_type"); v != nil {
		t, ok := event.ParseType(strings.ToLower(asText(v)))
		if !ok {
			return 0, fmt.Errorf("%s %s is not one of Chronomap's types", name, Shortened(v))
		}
		return t, nil
	}
	i := r.lookup("event_type", "type", "category")
	if i < 0 {
		return event.Other, nil
	}
	name := asText(r.values[i])
	if t, ok := event.ParseType(strings.ToLower(name)); ok {
		r.markRead(i)
		return t, nil
	}
	for t := range event.NumTypes {
		for _, acled := range t.Info().FromACLED {
			if strings.EqualFold(name, acled) {
				r.markRead(i)
				return t, nil
			}
		}
	}
	return event.Other, nil
}

// acled is the ACLED classification of the record's event of type t: its
// ACLED event and sub-event type, as ACLED's own data gives them
// (event_type, sub_event_type) or as Chronomap's GeoJSON does
// (acled_event_type, acled_sub_event_type); none when they are not a
// pair of ACLED's codebook, which are then kept unread.
func (r *Record) acled(t event.Type) event.ACLEDSubEvent {
	typeAt, subAt := r.lookup("acled_event_type", "event_type"), r.lookup("acled_sub_event_type", "sub_event_type")
	if typeAt < 0 || subAt < 0 {
		return event.ACLEDByType
	}
	s, ok := event.ParseACLED(asText(r.values[typeAt]), asText(r.values[subAt]))
	if !ok {
		return event.ACLEDByType
	}
	r.markRead(typeAt)
	r.markRead(subAt)
	return event.ACLEDFor(t, s)
}
