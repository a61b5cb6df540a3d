package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data"
)

// eventList shows events one to a row: what and where on the first line,
// the date window on the second.
type eventList struct {
	*widget.List
	events []data.Event
}

func newEventList() *eventList {
	l := &eventList{}
	l.List = widget.NewList(l.length, newEventRow, l.updateRow)
	return l
}

// setEvents replaces the events shown and clears the selection, whose index
// would now point at another event.
func (l *eventList) setEvents(events []data.Event) {
	l.events = events
	l.UnselectAll()
	l.ScrollToTop()
	l.Refresh()
}

func (l *eventList) length() int { return len(l.events) }

func newEventRow() fyne.CanvasObject {
	what := &widget.TextSegment{Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}}}
	when := &widget.TextSegment{Style: widget.RichTextStyle{
		ColorName: theme.ColorNamePlaceHolder,
		SizeName:  theme.SizeNameCaptionText,
	}}
	row := widget.NewRichText(what, when)
	row.Truncation = fyne.TextTruncateEllipsis
	return row
}

func (l *eventList) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(l.events) {
		return
	}
	e := l.events[id]
	row := o.(*widget.RichText)
	row.Segments[0].(*widget.TextSegment).Text = typeText(e.Type) + " · " + placeName(e.Place)
	row.Segments[1].(*widget.TextSegment).Text = windowText(e.Window)
	row.Refresh()
}
