package app

import (
	"strings"
	"sync"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/app/nearby"
	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// The window's side of dragging the selected event's marker to another
// place on the map (see mapview's move.go): where a drop goes, found among
// the gazetteer's places near it, and the move it makes.

// nearbyIndexes hold, by gazetteer, the index of its places by where they
// are, made once: the bundled gazetteer's takes half a second and some 60
// MB, which a session that never drags a marker does not spend.
var nearbyIndexes sync.Map // *geo.Gazetteer → func() *nearby.Index

// nearbyIndex is g's index, made on the first call, which the calls
// meanwhile wait for; nil for no gazetteer.
func nearbyIndex(g *geo.Gazetteer) *nearby.Index {
	if g == nil {
		return nil
	}
	index, _ := nearbyIndexes.LoadOrStore(g, sync.OnceValue(func() *nearby.Index { return nearby.NewIndex(g.Places()) }))
	return index.(func() *nearby.Index)()
}

// prepareDrag makes the gazetteer's index off the UI goroutine once the
// pointer rests on the selected event's marker, which it may drag next,
// so that a drag seldom waits for it.
func (w *mainWindow) prepareDrag() {
	if g := w.gazetteer; g != nil {
		go nearbyIndex(g)
	}
}

// placeAt is where an event dropped at lon/lat point at moves to.
func (w *mainWindow) placeAt(at orb.Point, snap float64) (*geo.Place, bool) {
	return nearbyIndex(w.gazetteer).PlaceAt(at, snap)
}

// markerDropped moves event i to place p, where its marker was dropped, and says
// so in the status line, and whether it snapped to the gazetteer's place
// there.
func (w *mainWindow) markerDropped(i int, p *geo.Place, snapped bool) {
	if w.waitingForEvents() || w.set == nil || i < 0 || i >= len(w.events) {
		return
	}
	ev := &w.events[i]
	what := eventNoun(ev.Type)
	if samePlace(ev.Place, p) {
		w.status.SetText(capitalized(what) + " is already at " + p.Name + ".")
		return
	}
	w.commitEdit(edit.New(edit.Move, ev, w.editKeys(), edit.Value{Place: p}))
	if snapped {
		w.status.SetText("Moved " + what + " to " + p.Name + ", snapped to the place in the gazetteer.")
	} else {
		w.status.SetText("Moved " + what + " to a new place, " + p.Name + ".")
	}
}

// eventNoun names an event of type t in a sentence: "the attack".
func eventNoun(t event.Type) string {
	if t.Known() == event.Other {
		return "the event"
	}
	return "the " + strings.ToLower(t.Info().Label)
}
