package geojson

import (
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// sharedValues gives the events of a layer one copy of each value many of
// them hold alike, rather than one each as decoding makes them: a layer of
// a million events names a few thousand places, days and date windows, and
// sources and actors by the thousand. Decoded, a place costs its event
// 250 bytes, a window 64, a day 24, a source 30. Events from the extraction share their
// places with the gazetteer already: what an event points to is not
// changed through it.
type sharedValues struct {
	places  map[placeKey]*geo.Place
	days    map[time.Time]*time.Time
	windows map[dates.Window]*dates.Window
	strings map[string]string
}

// placeKey is every field of a geo.Place but its other names, which no
// imported place has.
type placeKey struct {
	id, name, feature, country, admin1 string
	kind                               geo.Kind
	point                              orb.Point
	population                         int
}

func newSharedValues() *sharedValues {
	return &sharedValues{
		places:  map[placeKey]*geo.Place{},
		days:    map[time.Time]*time.Time{},
		windows: map[dates.Window]*dates.Window{},
		strings: map[string]string{},
	}
}

// share makes ev, and its reports, hold the shared copies of its values.
func (s *sharedValues) share(ev *event.Event) {
	ev.Source = s.string(ev.Source)
	ev.Place = s.place(ev.Place)
	ev.DocDate = s.day(ev.DocDate)
	ev.Window = s.window(ev.Window)
	for _, names := range [][]string{ev.Actors, ev.ClaimedBy, ev.DeniedBy} {
		for i, n := range names {
			names[i] = s.string(n)
		}
	}
	for i := range ev.Reports {
		s.share(&ev.Reports[i])
	}
}

func (s *sharedValues) string(v string) string { return sharedOf(s.strings, v, v) }

func (s *sharedValues) place(p *geo.Place) *geo.Place {
	if p == nil || p.AltNames != nil {
		return p
	}
	return sharedOf(s.places, placeKey{p.ID, p.Name, p.Feature, p.Country, p.Admin1, p.Kind, p.Point, p.Population}, p)
}

func (s *sharedValues) day(d *time.Time) *time.Time {
	if d == nil {
		return nil
	}
	return sharedOf(s.days, *d, d)
}

func (s *sharedValues) window(w *dates.Window) *dates.Window {
	if w == nil {
		return nil
	}
	return sharedOf(s.windows, *w, w)
}

// sharedOf is the value shared under key k in m: v, if none was.
func sharedOf[K comparable, V any](m map[K]V, k K, v V) V {
	if shared, ok := m[k]; ok {
		return shared
	}
	m[k] = v
	return v
}
