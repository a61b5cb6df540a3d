package mapview

import "github.com/chronomap/chronomap/app/render"

// Layers is a scene of what the map shows now (its background, events,
// places, period and the events the filters keep), with no selection, to draw elsewhere, such as in a
// figure. It is a copy, which another goroutine may read while the map
// changes: the events and places are never changed once set, only
// replaced.
func (m *Map) Layers() *render.Scene {
	s := render.NewScene(m.scene.Background)
	s.Events, s.Places, s.ShowPlaces = m.scene.Events, m.scene.Places, m.scene.ShowPlaces
	s.Keep = m.scene.Keep // replaced, never changed, as the filters change
	if p := m.scene.Period; p != nil {
		period := *p
		s.Period = &period
	}
	return s
}
