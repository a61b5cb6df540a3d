package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/focus"
	"github.com/chronomap/chronomap/data/event"
)

// eventBrowser is the side panel's list of events, in date order, undated
// last, and the controls of the window's filter above it: a check box per
// event type and a search over place, actors and sentence. Its indices are
// those of the window's events, whatever the order and the filter, so that
// a selection links with the map and the timeline.
type eventBrowser struct {
	content fyne.CanvasObject
	list    *widget.List
	search  *searchEntry
	types   map[event.Type]*widget.Check
	count   *widget.Label

	ix       *eventIndex
	filter   eventFilter
	shown    []bool // the events the filter keeps, by index; nil for all
	visible  []int  // the indices shown, one a row
	selected int    // the index selected, -1 for none
	quiet    bool   // selecting from Select, which does not call back

	// OnSelected is called with the index in the events of the event the
	// user selects in the list.
	OnSelected func(index int)
	// OnFilterChanged is called when the user changes the filter, once
	// the list shows what it keeps.
	OnFilterChanged func()
	// EventMenu is the menu a right-click on the row of event index opens.
	EventMenu func(index int) *fyne.Menu
}

func newEventBrowser() *eventBrowser {
	b := &eventBrowser{ix: indexEvents(nil), selected: -1, types: map[event.Type]*widget.Check{}, count: widget.NewLabel("")}
	b.filter.hidden = map[event.Type]bool{}
	b.list = widget.NewList(func() int { return len(b.visible) }, b.newRow, b.updateRow)
	b.list.OnSelected = b.rowSelected
	b.search = newSearchEntry(func() { b.step(1) })
	b.search.SetPlaceHolder("Search places, actors, sentences")
	b.search.OnChanged = func(q string) {
		b.filter.setQuery(q)
		b.filterChanged()
	}
	var checks []fyne.CanvasObject
	for t := range event.NumTypes {
		c := widget.NewCheck(t.Info().Label, nil)
		c.OnChanged = focus.After(c, func(on bool) {
			b.filter.hidden[t] = !on
			b.filterChanged()
		})
		c.Checked = true
		b.types[t] = c
		checks = append(checks, container.NewHBox(typeSwatch(t), c))
	}
	// The count sits beside the search box, not under it: on a small
	// window every line the filters take is a row fewer of the list.
	search := container.NewBorder(nil, nil, nil, b.count, b.search)
	filters := container.NewVBox(search, container.NewGridWithColumns(3, checks...))
	b.content = container.NewBorder(filters, nil, nil, nil, b.list)
	return b
}

// setEvents replaces the events listed and clears the selection. The
// index's events are the window's slice; indices into it are what
// OnSelected and Select speak of.
func (b *eventBrowser) setEvents(ix *eventIndex) {
	b.visible = b.visible[:0] // the rows index the old events until refiltered
	b.ix = ix
	b.selected = -1
	b.list.UnselectAll()
	b.refilter()
	b.list.ScrollToTop()
}

// filterChanged lists what the filter keeps now and tells the window.
func (b *eventBrowser) filterChanged() {
	b.refilter()
	if b.OnFilterChanged != nil {
		b.OnFilterChanged()
	}
}

// refilter lists the events the filter keeps, keeping the selection when
// its event is still listed.
func (b *eventBrowser) refilter() {
	b.shown = b.ix.shownBy(b.filter)
	b.visible = b.visible[:0]
	for _, i := range b.ix.order {
		if b.shown == nil || b.shown[i] {
			b.visible = append(b.visible, i)
		}
	}
	b.count.SetText(fmt.Sprintf("%d of %s", len(b.visible), counted(len(b.ix.events), "event")))
	b.list.Refresh()
	b.showSelection()
}

// Select selects the event at index in the events, as when it was chosen
// on the map or the timeline, and scrolls to it; OnSelected is not called.
// An index of -1, or an event the filter hides, leaves no row selected.
func (b *eventBrowser) Select(index int) {
	b.selected = index
	b.showSelection()
}

func (b *eventBrowser) showSelection() {
	row := b.rowOf(b.selected)
	b.quiet = true
	defer func() { b.quiet = false }()
	if row < 0 {
		b.list.UnselectAll()
		return
	}
	b.list.Select(row)
	b.list.ScrollTo(row)
}

// rowOf is the row that shows the event at index, or -1.
func (b *eventBrowser) rowOf(index int) int {
	if index < 0 {
		return -1
	}
	for row, i := range b.visible {
		if i == index {
			return row
		}
	}
	return -1
}

func (b *eventBrowser) rowSelected(row widget.ListItemID) {
	if b.quiet || row < 0 || row >= len(b.visible) {
		return
	}
	b.selected = b.visible[row]
	focus.Release(b.list) // a click leaves ↑ and ↓ to the window, which selects
	if b.OnSelected != nil {
		b.OnSelected(b.selected)
	}
}

// hide unticks type t's box, so that the filter hides its events.
func (b *eventBrowser) hide(t event.Type) { b.types[t].SetChecked(false) }

// browserRow is one event: its type's colour, then what and where on the
// first line and when on the second.
type browserRow struct {
	widget.BaseWidget
	swatch *canvas.Circle
	text   *widget.RichText
	b      *eventBrowser
	index  int // the event's, as updateRow last set it
}

// TappedSecondary opens the event's menu. It is part of
// fyne.SecondaryTappable.
func (r *browserRow) TappedSecondary(e *fyne.PointEvent) {
	if r.b.EventMenu == nil || r.index < 0 || r.index >= len(r.b.ix.events) {
		return
	}
	widget.ShowPopUpMenuAtPosition(r.b.EventMenu(r.index), fyne.CurrentApp().Driver().CanvasForObject(r), e.AbsolutePosition)
}

func (r *browserRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, sized(r.swatch, 12), nil, r.text))
}

func (b *eventBrowser) newRow() fyne.CanvasObject {
	what := &widget.TextSegment{Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}}}
	when := &widget.TextSegment{Style: widget.RichTextStyle{
		ColorName: theme.ColorNamePlaceHolder,
		SizeName:  theme.SizeNameCaptionText,
	}}
	text := widget.NewRichText(what, when)
	text.Truncation = fyne.TextTruncateEllipsis
	swatch := canvas.NewCircle(event.Other.Info().Colour)
	r := &browserRow{swatch: swatch, text: text, b: b, index: -1}
	r.ExtendBaseWidget(r)
	return r
}

func (b *eventBrowser) updateRow(row widget.ListItemID, o fyne.CanvasObject) {
	if row < 0 || row >= len(b.visible) {
		return
	}
	e := b.ix.events[b.visible[row]]
	r := o.(*browserRow)
	r.index = b.visible[row]
	r.swatch.FillColor = e.Type.Info().Colour
	r.swatch.Refresh()
	what, when := r.text.Segments[0].(*widget.TextSegment), r.text.Segments[1].(*widget.TextSegment)
	what.Text = e.Type.Info().Label + " · " + eventPlaceName(e)
	if badges := editBadges(e); badges != "" {
		what.Text = badges + " " + what.Text // first, where truncation leaves it
	}
	what.Style.ColorName = rowColour(e, "")
	when.Text = windowText(e.Window)
	if n := len(e.Reports); n > 0 {
		when.Text += fmt.Sprintf(" · %d reports", n)
	}
	when.Style.ColorName = rowColour(e, theme.ColorNamePlaceHolder)
	r.text.Refresh()
}

// typeSwatch is a dot of an event type's colour, as on the map.
func typeSwatch(t event.Type) fyne.CanvasObject {
	return sized(canvas.NewCircle(t.Info().Colour), 12)
}

// sized centres o at a size of side×side.
func sized(o fyne.CanvasObject, side float32) fyne.CanvasObject {
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(side, side), o))
}
