package render

import "github.com/paulmach/orb"

// eventGate is what lets an event of a scene onto a frame: it must lie in
// the scene's period and be among the events the scene shows.
type eventGate struct {
	days dayRange
	keep []bool // nil lets every event through
}

func (s *Scene) gate() eventGate { return eventGate{days: s.Period.days(), keep: s.Keep} }

// excludes says whether event i of e stays off the frame.
func (g eventGate) excludes(e *Events, i int) bool {
	return (g.keep != nil && !g.keep[i]) || g.days.excludes(e, i)
}

// Shows says whether the scene draws event i when it is in view: in the
// period, among those shown.
func (s *Scene) Shows(i int) bool {
	return s.Events != nil && i >= 0 && i < s.Events.Len() && !s.gate().excludes(s.Events, i)
}

// ShownBound is the Web Mercator bound of the events the scene draws (in
// its period, among those shown, with a place), for fitting the view to
// what the user sees; ok is false when there are none.
func (s *Scene) ShownBound() (b orb.Bound, ok bool) {
	if s.Events == nil {
		return orb.Bound{}, false
	}
	g := s.gate()
	for i := range s.Events.x {
		p, placed := s.Events.Position(i)
		if !placed || g.excludes(s.Events, i) {
			continue
		}
		if !ok {
			b, ok = p.Bound(), true
			continue
		}
		b = b.Extend(p)
	}
	return b, ok
}
