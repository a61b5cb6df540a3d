package timeline

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/tooltip"
	"github.com/chronomap/chronomap/data/event"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// Timeline is the timeline widget. Its zero value is not usable: make one
// with New.
type Timeline struct {
	widget.BaseWidget

	// OnChanged is called when the set of visible events changes: the
	// playhead moved, the mode changed, the undated events were shown or
	// hidden, or new events were set.
	OnChanged func(tl.Visible)
	// OnSelected is called when the user clicks an event's span on the
	// strip; Select does not call it.
	OnSelected func(event int)

	index *tl.Index
	// shown flags the events the filters keep, nil for all; drawn indexes
	// those alone, for the strip (see SetShown).
	shown        []bool
	drawn        *tl.Index
	undatedShown int      // how many undated events the filters keep
	view         tl.Range // the days along the strip
	playhead     tl.Day
	mode         tl.Mode
	undated      bool
	// brush is the days the user chose by shift-dragging on the strip,
	// shown instead of the mode's window; nil when there are none.
	brush *tl.Range
	// hover is the days of the bar under the pointer, nil when it is not
	// over the plot.
	hover    *tl.Range
	selected int
	player   player
	// modifiers are the modifier keys held down, from the driver; tests
	// replace it.
	modifiers func() fyne.KeyModifier
	controls  *controls
	strip     *strip
	tip       *tooltip.Tooltip
}

// New is a timeline with no events, in the cumulative mode: when events are
// set the playhead goes to the last day, so that the map starts with all of
// them.
func New() *Timeline {
	t := &Timeline{index: tl.New(nil), mode: tl.Cumulative, selected: -1, modifiers: driverModifiers}
	t.keep(nil)
	t.player = newPlayer()
	t.strip = newStrip(t)
	t.tip = tooltip.New(t, tooltip.Above)
	t.controls = newControls(t)
	t.ExtendBaseWidget(t)
	t.update(false)
	return t
}

// SetEvents indexes events and shows them; the timeline refers to each by
// its position in events. Indexing a million events takes a good part of a
// second: a caller with that many builds the index off the Fyne goroutine
// and calls SetIndex.
func (t *Timeline) SetEvents(events []event.Event) { t.SetIndex(tl.New(events)) }

// SetIndex shows the events of ix, with the playhead on the last day of
// any event's window, nothing selected and no filter. The strip opens on the days that hold
// most of the events dated to a day, leaving out stray reports of other
// years; the mouse wheel zooms out to them.
func (t *Timeline) SetIndex(ix *tl.Index) {
	t.Pause()
	t.index = ix
	t.keep(nil)
	t.selected, t.brush = -1, nil
	all, _ := ix.Extent()
	t.playhead = all.To
	t.view = ix.Bulk(openingShare)
	t.update(true)
}

// openingShare is the share of the events dated to a day the strip opens
// on.
const openingShare = 0.95

// Index is the index of the events shown.
func (t *Timeline) Index() *tl.Index { return t.index }

// VisibleEvents is the set of events the timeline shows now: the days
// brushed on the strip, or the mode's window ending at the playhead.
func (t *Timeline) VisibleEvents() tl.Visible {
	if t.brush != nil {
		return t.index.Between(*t.brush, t.undated)
	}
	return t.index.View(t.playhead, t.mode, t.undated)
}

// Playhead is the day the playhead is on, as its midnight UTC.
func (t *Timeline) Playhead() time.Time { return t.playhead.Time() }

// SetPlayhead moves the playhead to the day of d, within the days of the
// events.
func (t *Timeline) SetPlayhead(d time.Time) { t.moveTo(tl.DayOf(d)) }

// Mode is how many days before the playhead the timeline shows.
func (t *Timeline) Mode() tl.Mode { return t.mode }

// SetMode sets how many days before the playhead the timeline shows; it
// clears the days brushed, as choosing a mode asks for its window.
func (t *Timeline) SetMode(m tl.Mode) {
	if m != t.mode || t.brush != nil {
		t.mode, t.brush = m, nil
		t.update(true)
	}
}

// ShowUndated shows or hides the undated events.
func (t *Timeline) ShowUndated(show bool) {
	if show != t.undated {
		t.undated = show
		t.update(true)
	}
}

// StepForward moves the playhead one day on, StepBack one day back; neither
// leaves the days of the events.
func (t *Timeline) StepForward() { t.moveTo(t.playhead + 1) }

// StepBack moves the playhead one day back.
func (t *Timeline) StepBack() { t.moveTo(t.playhead - 1) }

// First moves the playhead to the first day of the events the filters
// keep, Last to their last, those known only as a long window ("in the
// 1990s") included. The strip scrolls to the day if it is off it, keeping
// its scale.
func (t *Timeline) First() {
	if all, ok := t.drawn.Extent(); ok {
		t.moveTo(all.From)
	}
}

// Last moves the playhead to the last day of the events the filters keep.
func (t *Timeline) Last() {
	if all, ok := t.drawn.Extent(); ok {
		t.moveTo(all.To)
	}
}

// NextEvent moves the playhead to the next day an event the filters keep
// starts on, over the empty days; PrevEvent to the previous one.
func (t *Timeline) NextEvent() {
	if d, ok := t.drawn.NextDay(t.playhead); ok {
		t.moveTo(d)
	}
}

// PrevEvent moves the playhead to the previous day an event the filters
// keep starts on.
func (t *Timeline) PrevEvent() {
	if d, ok := t.drawn.PrevDay(t.playhead); ok {
		t.moveTo(d)
	}
}

// Selected is the selected event, -1 when there is none.
func (t *Timeline) Selected() int { return t.selected }

// Select highlights event i's span. Selecting shows the event and never
// hides others: an event in the current window leaves time as it is, one
// outside it moves the playhead by the least that brings it in, and an
// undated one shows the undated events. -1 clears the selection.
// OnSelected is not called: the window calls Select when something else
// selected the event.
func (t *Timeline) Select(i int) {
	if i < 0 || i >= t.index.Len() {
		t.selected = -1
		t.update(false)
		return
	}
	t.selected = i
	r, dated := t.index.Window(i)
	switch {
	case t.VisibleEvents().Contains(i):
	case !dated:
		t.undated = true
		t.update(true)
		return
	default:
		t.Pause()
		t.moveTo(t.nearestShowing(r))
	}
	t.update(false)
}

// nearestShowing is the day nearest the playhead where the current mode's
// window overlaps days r. The window ends at the playhead, so an event
// ahead of it brings the playhead to its first day, and one behind it
// brings the playhead back just far enough for the window to reach its
// last day.
func (t *Timeline) nearestShowing(r tl.Range) tl.Day {
	if r.From > t.playhead {
		return r.From
	}
	return min(t.playhead, r.To+tl.Day(max(1, t.mode.Days()))-1)
}

// moveTo moves the playhead to day d, within the days of the events, and
// scrolls the strip to follow it, even when it is there already: the
// playhead is then on the strip. A step past the strip's edge scrolls the
// least, a jump further puts the day in the middle. The days brushed, if any, give way to the
// mode's window.
func (t *Timeline) moveTo(d tl.Day) {
	if all, ok := t.index.Extent(); ok {
		d = max(all.From, min(all.To, d))
	}
	margin := tl.Day(t.view.Days() / 10)
	switch {
	case d < t.view.From-tl.Day(t.view.Days()) || d > t.view.To+tl.Day(t.view.Days()):
		t.centreOn(d) // a jump: the days on both sides of it matter
	case d < t.view.From:
		t.showDays(shift(t.view, d-margin-t.view.From))
	case d > t.view.To:
		t.showDays(shift(t.view, d+margin-t.view.To))
	}
	if d == t.playhead && t.brush == nil {
		t.strip.Refresh()
		return
	}
	t.playhead, t.brush = d, nil
	t.update(true)
}

// selectFromStrip selects an event the user clicked on the strip.
func (t *Timeline) selectFromStrip(i int) {
	t.selected = i
	t.update(false)
	if t.OnSelected != nil {
		t.OnSelected(i)
	}
}

// update shows the state on the controls and the strip and, if the visible
// set changed, tells OnChanged.
func (t *Timeline) update(changed bool) {
	t.controls.show(t)
	t.strip.Refresh()
	if changed && t.OnChanged != nil {
		t.OnChanged(t.VisibleEvents())
	}
}

// CreateRenderer is part of fyne.Widget.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer { return newRenderer(t) }
