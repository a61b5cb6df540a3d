package app

import (
	"encoding/json"
	"time"

	"github.com/paulmach/orb"

	tl "github.com/chronomap/chronomap/data/timeline"
)

// windowState is what a workspace keeps of the window, so that it reopens
// as it was left: the filter, the map's view, the timeline's mode,
// playhead and range, and the event selected.
type windowState struct {
	Hidden   []string   `json:"hidden_types,omitempty"`
	Query    string     `json:"query,omitempty"`
	Center   [2]float64 `json:"center"` // Web Mercator metres
	Zoom     float64    `json:"zoom"`
	Mode     tl.Mode    `json:"timeline_mode"`
	Playhead string     `json:"playhead,omitempty"` // YYYY-MM-DD
	Range    *[2]string `json:"range,omitempty"`
	Selected string     `json:"selected,omitempty"` // a report's key (see edit.Key)
}

// stateKey is the key of windowState in a workspace.
const stateKey = "window"

// state is the window's state now.
func (w *mainWindow) state() string {
	s := windowState{Query: w.list.search.Text, Mode: w.timeline.Mode()}
	for t, check := range w.list.types {
		if !check.Checked {
			s.Hidden = append(s.Hidden, t.String())
		}
	}
	v := w.mapView.View()
	s.Center, s.Zoom = [2]float64{v.Center[0], v.Center[1]}, v.Zoom
	if p := w.timeline.Playhead(); !p.IsZero() {
		s.Playhead = p.Format(time.DateOnly)
	}
	if r, ok := w.timeline.Range(); ok {
		s.Range = &[2]string{r.From.Time().Format(time.DateOnly), r.To.Time().Format(time.DateOnly)}
	}
	if i := w.list.selected; i >= 0 && i < len(w.events) && w.set != nil {
		s.Selected = w.editKeys().KeyOf(&w.events[i])
	}
	if o := w.outline; o != nil { // the search and selection wait for the events
		s.Query, s.Selected = o.query, o.selected
	}
	b, _ := json.Marshal(s) // of strings and numbers: cannot fail
	return string(b)
}

// restoreState puts the window back in the state saved, as far as it
// still applies; a state that cannot be read is ignored.
func (w *mainWindow) restoreState(saved string) {
	var s windowState
	if saved == "" || json.Unmarshal([]byte(saved), &s) != nil {
		return
	}
	for t, check := range w.list.types {
		hidden := false
		for _, name := range s.Hidden {
			hidden = hidden || name == t.String()
		}
		check.SetChecked(!hidden)
	}
	w.list.search.SetText(s.Query)
	w.timeline.SetMode(s.Mode)
	if d, err := time.Parse(time.DateOnly, s.Playhead); err == nil {
		w.timeline.SetPlayhead(d)
	}
	if s.Range != nil {
		from, err1 := time.Parse(time.DateOnly, s.Range[0])
		to, err2 := time.Parse(time.DateOnly, s.Range[1])
		if err1 == nil && err2 == nil {
			w.timeline.ShowRange(tl.Range{From: tl.DayOf(from), To: tl.DayOf(to)})
		}
	}
	if s.Zoom > 0 {
		w.mapView.ShowView(orb.Point(s.Center), s.Zoom)
	}
	if at := holding(w.events, w.editKeys(), s.Selected); at >= 0 {
		w.selected(at, nil)
	}
}
