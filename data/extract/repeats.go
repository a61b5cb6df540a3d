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

// denialReach is how many of the events reported before a denial it may
// refer to, the latest: further back, a long text has moved on to other
// things, and however long the text, a denial then costs the same. No
// article of the sample corpora reports more than a dozen events.
const denialReach = 100

// denyEarlier records a denial of what was reported before: of the events
// at the places the denial names; else of the last event of the type it
// denies ("Moscow denied targeting civilians": the last attack); else of the
// last event. It looks back over denialReach events at most.
func denyEarlier(g *geo.Gazetteer, events []event.Event, places []geo.Mention, trigs []trigger, by []string) []event.Event {
	recent := events[max(0, len(events)-denialReach):]
	denied := false
	for i := range recent {
		if slices.ContainsFunc(places, func(m geo.Mention) bool { return samePlace(g, m.Place, recent[i].Place) }) {
			recent[i].DeniedBy = addDenial(recent[i].DeniedBy, by)
			denied = true
		}
	}
	if denied || len(recent) == 0 {
		return events
	}
	last := len(recent) - 1
	if len(trigs) > 0 {
		for i := last; i >= 0; i-- {
			if recent[i].Type == trigs[0].typ {
				last = i
				break
			}
		}
	}
	recent[last].DeniedBy = addDenial(recent[last].DeniedBy, by)
	return events
}

// addDenial adds the deniers by to those of an event, up to maxNames: an
// article that repeats a denial thousands of times must not make each one
// cost more than the last.
func addDenial(deniers, by []string) []string {
	if len(deniers) >= maxNames {
		return deniers
	}
	return event.Union(deniers, by)
}

// mergeRepeats folds the events an article reports more than once (one
// place, overlapping dates: a headline and its first paragraph, a shelling
// and the casualties it caused) into the first report, with the stronger type
// and the more exact place. A district and its town count as one place.
func mergeRepeats(g *geo.Gazetteer, events []event.Event) []event.Event {
	if len(events) < 2 {
		return events
	}
	out := events[:0] // merged in place: out never runs ahead of events
	seen := newReported(g)
	for _, e := range events {
		i := seen.first(out, &e)
		if i < 0 {
			out = append(out, e)
			seen.add(len(out)-1, e.Place)
			continue
		}
		o := &out[i]
		o.TakeTypeOf(&e)
		if o.Place.Kind == geo.Region && e.Place.Kind != geo.Region {
			seen.move(i, o.Place, e.Place)
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

// repeatReach is how many of the events reported at a place an event is
// compared with, the latest, to find the one it repeats: a text that tells
// of events at one place on more days than that then costs the same per
// event however long it runs. No article of the sample corpora reports more
// than three at one place.
const repeatReach = 1000

// reported indexes the events an article reported, by place, for
// mergeRepeats: an event is compared with those at its own place and at its
// district or namesake towns (see samePlace), not with all.
type reported struct {
	g  *geo.Gazetteer
	at map[*geo.Place][]int // the latest repeatReach events at each place, by index
	// districts are, for a town, the districts named after it that events
	// were reported at; towns, for a district, the towns named like it.
	districts, towns map[*geo.Place][]*geo.Place
}

func newReported(g *geo.Gazetteer) *reported {
	return &reported{g: g, at: map[*geo.Place][]int{}, districts: map[*geo.Place][]*geo.Place{}, towns: map[*geo.Place][]*geo.Place{}}
}

// townsOf returns the towns that samePlace takes for district d, looked up
// once an article.
func (r *reported) townsOf(d *geo.Place) []*geo.Place {
	towns, ok := r.towns[d]
	if !ok {
		for _, b := range r.g.Lookup(firstWord(d)) {
			if mayBeNamesake(d, b) {
				towns = append(towns, b)
			}
		}
		r.towns[d] = towns
	}
	return towns
}

// first returns the index of the first event of out at e's place (see
// samePlace) whose window overlaps e's, or -1.
func (r *reported) first(out []event.Event, e *event.Event) int {
	i := r.firstAt(out, e.Place, e.Window, -1)
	switch p := e.Place; p.Kind {
	case geo.Region:
		for _, b := range r.townsOf(p) {
			i = r.firstAt(out, b, e.Window, i)
		}
	case geo.Country:
	default:
		for _, d := range r.districts[p] {
			i = r.firstAt(out, d, e.Window, i)
		}
	}
	return i
}

// firstAt returns the index of the first event of out at place p whose
// window overlaps w, if it comes before event i (-1 for none); else i.
func (r *reported) firstAt(out []event.Event, p *geo.Place, w *dates.Window, i int) int {
	for _, k := range r.at[p] {
		if i >= 0 && k >= i {
			break
		}
		if overlap(out[k].Window, w) {
			return k
		}
	}
	return i
}

// add records that event i of the article's took place at p.
func (r *reported) add(i int, p *geo.Place) {
	at, known := r.at[p]
	if !known && p.Kind == geo.Region {
		for _, b := range r.townsOf(p) {
			r.districts[b] = append(r.districts[b], p)
		}
	}
	if len(at) == repeatReach {
		at = slices.Delete(at, 0, 1) // the earliest: indexes are added in order
	}
	r.at[p] = append(at, i)
}

// move records that event i took place at p, not at the district it was
// reported at: the district's town was named too.
func (r *reported) move(i int, district, p *geo.Place) {
	at := r.at[district]
	if k := slices.Index(at, i); k >= 0 {
		r.at[district] = slices.Delete(at, k, k+1)
	}
	at = r.at[p]
	k, _ := slices.BinarySearch(at, i)
	if k > 0 || len(at) < repeatReach {
		at = slices.Insert(at, k, i)
		if len(at) > repeatReach {
			at = slices.Delete(at, 0, 1)
		}
		r.at[p] = at
	}
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
	return a.Kind == geo.Region && mayBeNamesake(a, b) && slices.Contains(g.Lookup(firstWord(a)), b)
}

// mayBeNamesake says whether place b may be the town that district d is
// named after: a town or a feature, within sameSpot of it.
func mayBeNamesake(d, b *geo.Place) bool {
	return b.Kind != geo.Country && b.Kind != geo.Region && !(orbgeo.Distance(d.Point, b.Point) > sameSpot*1000)
}

// firstWord is the first word of a place's folded name: "terter" of
// "Terter District".
func firstWord(p *geo.Place) string {
	first, _, _ := strings.Cut(text.Fold(p.Name), " ")
	return first
}

// overlap says whether two windows share a day, or are both unknown.
func overlap(a, b *dates.Window) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Overlaps(b)
}
