package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/edit"
)

// noteDialog asks for the analyst's note on an event; an empty note
// clears it.
type noteDialog struct {
	*editDialog
	text *widget.Entry
}

func (w *mainWindow) showNoteDialog(ref eventRef) *noteDialog {
	ev := ref.event()
	if ev == nil {
		return nil
	}
	d := &noteDialog{text: widget.NewMultiLineEntry()}
	d.text.Wrapping = fyne.TextWrapWord
	d.text.SetMinRowsVisible(5)
	d.text.SetPlaceHolder("What an analyst should know of this event")
	d.text.SetText(ev.Note)
	d.editDialog = w.newEditDialog("Note", "Save", d.text, func() error {
		note := strings.TrimSpace(d.text.Text)
		if ev := ref.event(); ev != nil && ev.Note == note {
			return nil // nothing to record
		}
		return ref.set(edit.Annotate, edit.Value{Note: note})
	})
	d.show(fyne.NewSize(480, 0))
	w.win.Canvas().Focus(d.text)
	return d
}
