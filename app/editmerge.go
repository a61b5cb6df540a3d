package app

import (
	"cmp"
	"errors"
	"math"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	orbgeo "github.com/paulmach/orb/geo"

	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
)

// maxMergeCandidates is how many events the merge dialog lists: the
// nearest in time, then in space, are the ones an analyst merges.
const maxMergeCandidates = 200

// mergeDialog merges an event with another, chosen among the others
// nearest in time and space, which a filter narrows.
type mergeDialog struct {
	*editDialog
	filter *widget.Entry
	list   *widget.List
	near   []int // the other events' indices, nearest first
	listed []int // those the filter keeps
	chosen int   // -1 for none
}

func (w *mainWindow) showMergeDialog(ref eventRef) *mergeDialog {
	ev := ref.event()
	if ev == nil {
		return nil
	}
	d := &mergeDialog{filter: widget.NewEntry(), near: nearestEvents(w.events, ref.i), chosen: -1}
	d.list = lineList(func() int { return len(d.listed) }, func(k int) string {
		j := d.listed[k]
		return eventSummary(w.events[j]) + " · " + apartText(*ev, w.events[j])
	})
	d.list.OnSelected = func(k widget.ListItemID) { d.chosen = d.listed[k] }
	d.filter.SetPlaceHolder("Filter by type, place or date")
	d.filter.OnChanged = func(q string) { d.keep(w.events, q) }
	d.keep(w.events, "")
	content := container.NewBorder(container.NewVBox(
		widget.NewLabel("Merge “"+eventSummary(*ev)+"” with:"), d.filter), nil, nil, nil, d.list)
	d.editDialog = w.newEditDialog("Merge with", "Merge", content, func() error {
		ev := ref.event()
		switch {
		case ev == nil:
			return errStale
		case d.chosen < 0:
			return errors.New("Choose the event to merge with in the list.")
		}
		w.commitEdit(edit.MergeOf([]*event.Event{ev, &w.events[d.chosen]}, w.editKeys()))
		return nil
	})
	d.show(fyne.NewSize(640, 460))
	w.win.Canvas().Focus(d.filter)
	return d
}

// keep lists the nearest events whose summary has q.
func (d *mergeDialog) keep(events []event.Event, q string) {
	q = text.Fold(q)
	d.listed, d.chosen = d.listed[:0], -1
	for _, j := range d.near {
		if q == "" || strings.Contains(text.Fold(eventSummary(events[j])), q) {
			d.listed = append(d.listed, j)
		}
	}
	d.list.UnselectAll()
	d.list.Refresh()
}

// nearestEvents are the indices of the events other than i, the nearest
// to it first: those of days closest to its days, then of the closest
// places; at most maxMergeCandidates.
func nearestEvents(events []event.Event, i int) []int {
	var near []int
	for j := range events {
		if j != i {
			near = append(near, j)
		}
	}
	slices.SortStableFunc(near, func(a, b int) int {
		return cmp.Or(cmp.Compare(daysApart(events[i], events[a]), daysApart(events[i], events[b])),
			cmp.Compare(kmApart(events[i], events[a]), kmApart(events[i], events[b])))
	})
	return near[:min(len(near), maxMergeCandidates)]
}

// daysApart is the days between two events' windows, 0 when they share
// one; an undated event is as far as can be.
func daysApart(a, b event.Event) int {
	if a.Window == nil || b.Window == nil {
		return math.MaxInt
	}
	if a.Window.Overlaps(b.Window) {
		return 0
	}
	if a.Window.End.Before(b.Window.Start) {
		return int(b.Window.Start.Sub(a.Window.End).Hours() / 24)
	}
	return int(a.Window.Start.Sub(b.Window.End).Hours() / 24)
}

// kmApart is the distance between two events' places, infinite when
// either has none.
func kmApart(a, b event.Event) float64 {
	if a.Place == nil || b.Place == nil {
		return math.Inf(1)
	}
	return orbgeo.DistanceHaversine(a.Place.Point, b.Place.Point) / 1000
}

// apartText says how far event b is from a, in days and kilometres.
func apartText(a, b event.Event) string {
	var parts []string
	switch days := daysApart(a, b); days {
	case math.MaxInt:
	case 0:
		parts = append(parts, "same days")
	default:
		parts = append(parts, counted(days, "day")+" apart")
	}
	if km := kmApart(a, b); !math.IsInf(km, 1) {
		parts = append(parts, thousands(int(math.Round(km)))+" km")
	}
	return strings.Join(parts, ", ")
}
