package app

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
)

// editDialog is a dialog that makes one edit of an event: its content, a
// line saying why the edit cannot be made as asked, and Cancel and the
// confirm button. Confirm closes it only when the edit could be made, so
// that a mistyped date is corrected rather than retyped.
type editDialog struct {
	dialog  *dialog.CustomDialog
	content *fyne.Container
	problem *widget.Label
	confirm *widget.Button
	size    fyne.Size // as shown, which the problem's lines may grow
}

// newEditDialog is the dialog over the window; apply makes the edit, or
// says why it cannot.
func (w *mainWindow) newEditDialog(title, confirm string, content fyne.CanvasObject, apply func() error) *editDialog {
	d := &editDialog{problem: widget.NewLabel("")}
	d.problem.Importance = widget.DangerImportance
	d.problem.Wrapping = fyne.TextWrapWord
	d.problem.Hide()
	d.content = container.NewBorder(nil, d.problem, nil, nil, content)
	d.dialog = dialog.NewCustomWithoutButtons(title, d.content, w.win)
	d.confirm = widget.NewButton(confirm, func() {
		if err := apply(); err != nil {
			d.problem.SetText(err.Error())
			d.problem.Show()
			// Neither the border nor the dialog lays out again by itself.
			d.content.Refresh()
			d.dialog.Resize(d.size)
			return
		}
		d.dialog.Hide()
	})
	d.confirm.Importance = widget.HighImportance
	d.dialog.SetButtons([]fyne.CanvasObject{widget.NewButton("Cancel", d.dialog.Hide), d.confirm})
	return d
}

// show shows the dialog at size, or its least where that is smaller.
func (d *editDialog) show(size fyne.Size) {
	d.size = size
	d.dialog.Resize(size)
	d.dialog.Show()
}

// lineList is a list of one line a row, cut with an ellipsis where it is
// longer than the dialog is wide: row k reads text(k).
func lineList(length func() int, text func(k int) string) *widget.List {
	return widget.NewList(length,
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(k widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(text(k)) })
}

// errStale is why an edit of an event cannot be made once the events it
// was opened on were replaced, by a load or another edit.
var errStale = errors.New("The events changed while this dialog was open: close it and choose the event again.")

// eventRef is event i of the events shown when it was taken: a menu or a
// dialog left open while a load or an edit replaced them must not act on
// what now has index i.
type eventRef struct {
	w     *mainWindow
	i     int
	shown []event.Event
}

func (w *mainWindow) refTo(i int) eventRef { return eventRef{w: w, i: i, shown: w.events} }

// event is the event referred to, nil once the events shown are others.
func (r eventRef) event() *event.Event {
	if r.i >= len(r.w.events) || &r.w.events[r.i] != &r.shown[r.i] {
		return nil
	}
	return &r.w.events[r.i]
}

// set commits the edit of kind giving the event after's fields.
func (r eventRef) set(kind edit.Kind, after edit.Value) error {
	ev := r.event()
	if ev == nil {
		return errStale
	}
	r.w.commitEdit(edit.New(kind, ev, r.w.editKeys(), after))
	return nil
}
