package extract

import (
	"slices"
	"strings"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
	orbgeo "github.com/paulmach/orb/geo"
)

// An article may tell one event several times, and deny what it told.

// denyEarlier records a denial of what was reported before: of the events
// at the places the denial names; else of the last event of the type it
// denies ("Moscow denied targeting civilians": the last attack); else of the
// last event.
func denyEarlier(g *geo.Gazetteer, events []event.Event, places []geo.Mention, trigs []trigger, by []string) []event.Event {
	denied := false
	for i := range events {
		if slices.ContainsFunc(places, func(m geo.Mention) bool { return samePlace(g, m.Place, events[i].Place) }) {
			events[i].DeniedBy = event.Union(events[i].DeniedBy, by)
			denied = true
		}
	}
	if denied || len(events) == 0 {
		return events
	}
	last := len(events) - 1
	if len(trigs) > 0 {
		for i := last; i >= 0; i-- {
			if events[i].Type == trigs[0].typ {
				last = i
				break
			}
		}
	}
	events[last].DeniedBy = event.Union(events[last].DeniedBy, by)
	return events
}

// mergeRepeats folds the events an article reports more than once (one
// place, overlapping dates: a headline and its first paragraph, a shelling
// and the casualties it caused) into the first report, with the stronger type
// and the more exact place. A district and its town count as one place.
func mergeRepeats(g *geo.Gazetteer, events []event.Event) []event.Event {
	out := events[:0] // merged in place: out never runs ahead of events
	for _, e := range events {
		i := slices.IndexFunc(out, func(o event.Event) bool {
			return samePlace(g, o.Place, e.Place) && overlap(o.Window, e.Window)
		})
		if i < 0 {
			out = append(out, e)
			continue
		}
		o := &out[i]
		if e.Type.Info().Rank < o.Type.Info().Rank {
			o.Type = e.Type
		}
		if o.Place.Kind == geo.Region && e.Place.Kind != geo.Region {
			o.Place, o.PlaceText = e.Place, e.PlaceText
		}
		o.Actors = event.Union(o.Actors, e.Actors)
		o.ClaimedBy = event.Union(o.ClaimedBy, e.ClaimedBy)
		o.DeniedBy = event.Union(o.DeniedBy, e.DeniedBy)
		if o.Fatalities == nil {
			o.Fatalities = e.Fatalities
		}
		if o.Injured == nil {
			o.Injured = e.Injured
		}
	}
	return out
}

// sameSpot is how close a district and the town it is named after lie, at
// most, to be taken as one place where an event happened.
const sameSpot = 30 // km: a district's point may lie away from its town

// samePlace says whether two places are one for an event: the same place, or
// a district and its namesake town ("Terter district", "Terter").
func samePlace(g *geo.Gazetteer, a, b *geo.Place) bool {
	if a == b {
		return true
	}
	if a.Kind != geo.Region {
		a, b = b, a
	}
	if a.Kind != geo.Region || b.Kind == geo.Country || b.Kind == geo.Region ||
		orbgeo.Distance(a.Point, b.Point) > sameSpot*1000 {
		return false
	}
	first, _, _ := strings.Cut(text.Fold(a.Name), " ")
	return slices.Contains(g.Lookup(first), b)
}

// overlap says whether two windows share a day, or are both unknown.
func overlap(a, b *dates.Window) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Overlaps(b)
}
