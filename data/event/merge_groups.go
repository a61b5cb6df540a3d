package event

import (
	"math"
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/geo"
	orbgeo "github.com/paulmach/orb/geo"
)

// merger gathers events, taken by the start of their window, into groups of
// reports of one event. An event joins the first group opened, in the first
// grid square around it that has one, that is at the same place, has no
// report from the event's source, and is still open: its window has not
// ended before the event's starts. (It cannot start after the event's: its
// reports came first.) Else the event opens a group of its own. An event
// merged already always does, with all its reports' sources.
//
// Groups are indexed so that finding that group takes time that does not
// grow with the groups open around it: by cell (see cellOf), then by spot
// (one type, place ID and point, which is all samePlace reads), and in each
// spot by source. One source's reports are a prefix of a spot's open groups:
// a source joins the first open group of a spot that it is not in, and opens
// a group only when every open group of the spot has it. So the group a
// source may join in a spot is the first open one after the last it joined
// or opened there.
type merger struct {
	withinKm float64
	groups   []group
	// cells index the spots with groups open by type and by a grid square
	// about as wide as withinKm, so that a report is compared only with the
	// groups of its own and the neighbouring squares.
	cells map[cell][]*spot
	free  []*spot // spots whose groups have all ended, to reuse
}

func newMerger(withinKm float64) *merger {
	return &merger{withinKm: withinKm, cells: map[cell][]*spot{}}
}

type cell struct {
	typ  Type
	x, y int
}

// spot is the groups opened at one place (one ID and point) by events of
// one type.
type spot struct {
	place  *geo.Place // the place of the first group's first report
	groups []int      // into the merger's groups, in the order opened
	// skip[i] leads from position i past groups known to have ended: to i
	// itself for one not known to have ended, else to a later position.
	skip []int
	// The position of each source's last group here: in a list while the
	// spot has few sources, in a map from manySources on.
	sources  []sourceAt
	bySource map[string]int
}

type sourceAt struct {
	source string
	at     int
}

const manySources = 8

// group is the reports of one event.
type group struct {
	reports []int        // into the events
	window  dates.Window // the days all reports agree on
	place   *geo.Place   // the first report's
}

// add puts event i into the group it reports, or a new one, and returns
// the group's index.
func (m *merger) add(events []Event, i int) int {
	e := &events[i]
	if e.Window == nil || e.Place == nil || e.Window.End.Before(e.Window.Start) || tooWideToMerge(*e.Window) {
		m.groups = append(m.groups, group{reports: []int{i}})
		return len(m.groups) - 1
	}
	home := m.cellOf(e)
	if len(e.Reports) == 0 {
		if g, ok := m.joinAround(home, events, i); ok {
			return g
		}
	}
	m.groups = append(m.groups, group{reports: []int{i}, window: *e.Window, place: e.Place})
	g := len(m.groups) - 1
	if len(e.Reports) == 0 {
		m.spotOf(home, e.Place).push(g, e.Source)
		return g
	}
	// A merged event has all its reports' sources: it opens a spot of its
	// own, since the groups open at its place may lack some of them. (Later
	// groups may open in its spot: an event opens a group only where every
	// open group has its source.)
	s := m.newSpot(home, e.Place)
	s.push(g, e.Source)
	for _, r := range e.Reports {
		s.setLast(r.Source, 0)
	}
	return g
}

// joinAround adds event i to the first group it reports in the grid squares
// around home, if there is one.
func (m *merger) joinAround(home cell, events []Event, i int) (int, bool) {
	// A square spans fewer kilometres of longitude away from the equator:
	// look as many squares east and west as withinKm spans there.
	reach := int(math.Ceil(1 / math.Cos(min(math.Abs(events[i].Place.Point[1]), 89)*math.Pi/180)))
	for dx := -reach; dx <= reach; dx++ {
		for dy := -1; dy <= 1; dy++ {
			c := cell{home.typ, home.x + dx, home.y + dy}
			if g, ok := m.join(c, events, i); ok {
				return g, true
			}
		}
	}
	return -1, false
}

// push adds group g, opened by a report of source, to s.
func (s *spot) push(g int, source string) {
	s.groups, s.skip = append(s.groups, g), append(s.skip, len(s.groups))
	s.setLast(source, len(s.groups)-1)
}

// spotOf returns the spot of place p in cell c, made if there is none.
func (m *merger) spotOf(c cell, p *geo.Place) *spot {
	for _, s := range m.cells[c] {
		if s.place.ID == p.ID && s.place.Point == p.Point {
			return s
		}
	}
	return m.newSpot(c, p)
}

// newSpot makes a spot of place p in cell c.
func (m *merger) newSpot(c cell, p *geo.Place) *spot {
	var s *spot
	if n := len(m.free); n > 0 {
		s, m.free = m.free[n-1], m.free[:n-1]
		s.place = p
	} else {
		s = &spot{place: p}
	}
	m.cells[c] = append(m.cells[c], s)
	return s
}

// join adds event i to the first group of cell c that it reports, dropping
// the spots whose groups have all ended before its window starts: the
// later events start later still.
func (m *merger) join(c cell, events []Event, i int) (int, bool) {
	spots, ok := m.cells[c]
	if !ok {
		return -1, false
	}
	e := &events[i]
	start := e.Window.Start
	open := spots[:0]
	var at *spot
	pos := -1
	for _, s := range spots {
		if s.firstOpen(0, m.groups, start) == len(s.groups) {
			m.free = append(m.free, s.emptied())
			continue
		}
		open = append(open, s)
		if !m.samePlace(s.place, e.Place) {
			continue
		}
		if p := s.firstOpen(s.last(e.Source)+1, m.groups, start); p < len(s.groups) && (at == nil || s.groups[p] < at.groups[pos]) {
			at, pos = s, p
		}
	}
	clear(spots[len(open):]) // that the dropped spots be collected
	if len(open) == 0 {
		delete(m.cells, c)
	} else {
		m.cells[c] = open
	}
	if at == nil {
		return -1, false
	}
	g := at.groups[pos]
	gr := &m.groups[g]
	gr.reports = append(gr.reports, i)
	gr.window = intersect(gr.window, *e.Window)
	at.setLast(e.Source, pos)
	return g, true
}

// emptied empties s for reuse, keeping its arrays.
func (s *spot) emptied() *spot {
	clear(s.sources)
	*s = spot{groups: s.groups[:0], skip: s.skip[:0], sources: s.sources[:0]}
	return s
}

// last is the position of source's last group in s, or -1.
func (s *spot) last(source string) int {
	if s.bySource != nil {
		if at, ok := s.bySource[source]; ok {
			return at
		}
		return -1
	}
	for _, x := range s.sources {
		if x.source == source {
			return x.at
		}
	}
	return -1
}

func (s *spot) setLast(source string, at int) {
	if s.bySource != nil {
		s.bySource[source] = at
		return
	}
	for k := range s.sources {
		if s.sources[k].source == source {
			s.sources[k].at = at
			return
		}
	}
	s.sources = append(s.sources, sourceAt{source, at})
	if len(s.sources) == manySources {
		s.bySource = make(map[string]int, 2*manySources)
		for _, x := range s.sources {
			s.bySource[x.source] = x.at
		}
		s.sources = nil
	}
}

// firstOpen returns the first position from i on whose group has not ended
// before start, or len(s.groups). It records the ended groups it passes,
// and shortens the way there for the next search.
func (s *spot) firstOpen(i int, groups []group, start time.Time) int {
	r := i
	for r < len(s.groups) {
		if s.skip[r] != r {
			r = s.skip[r]
		} else if groups[s.groups[r]].window.End.Before(start) {
			s.skip[r] = r + 1
		} else {
			break
		}
	}
	for i < r {
		next := s.skip[i]
		s.skip[i] = r
		i = next
	}
	return r
}

func (m *merger) samePlace(a, b *geo.Place) bool {
	return a.ID != "" && a.ID == b.ID || orbgeo.Distance(a.Point, b.Point) <= m.withinKm*1000
}

// cellOf is the grid square of an event's place: withinKm of latitude
// high, and as many degrees of longitude wide.
func (m *merger) cellOf(e *Event) cell {
	size := max(m.withinKm, 0.001) / 111.2 // degrees of latitude per km
	p := e.Place.Point
	return cell{e.Type, int(math.Floor(p[0] / size)), int(math.Floor(p[1] / size))}
}
