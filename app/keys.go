package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// typedKey handles a key no widget took (Fyne gives every key to the
// focused widget, and the window's only when nothing has focus). While a
// dialog is up it takes Esc alone, which closes the dialog. Otherwise a
// same-place cluster the user steps through on the map takes ← and → and
// Esc while it is open, the list takes ↑ and ↓, and the timeline the rest.
func (w *mainWindow) typedKey(e *fyne.KeyEvent) {
	if top := w.win.Canvas().Overlays().Top(); top != nil {
		if e.Name == fyne.KeyEscape {
			dismissDialog(top)
		}
		return
	}
	if !w.mapView.HandleKey(e.Name) && !w.list.HandleKey(e.Name) {
		w.timeline.HandleKey(e.Name)
	}
}

// dismissLabels are the labels of the buttons that close a dialog without
// doing anything more, the first found chosen: Fyne's dialogs do not close
// on Esc, and the button runs what the dialog does when closed (a file
// dialog's callback, the cancelling of a load).
var dismissLabels = []string{"Cancel", "Close", "OK"}

// dismissDialog taps the button of the dialog shown in overlay that
// closes it, if it has one: a dialog that says work is under way has none.
func dismissDialog(overlay fyne.CanvasObject) {
	if pop, ok := overlay.(*widget.PopUp); ok {
		overlay = pop.Content
	}
	buttons := buttonsIn(overlay)
	for _, label := range dismissLabels {
		if i := slices.IndexFunc(buttons, func(b *widget.Button) bool { return b.Text == label }); i >= 0 {
			buttons[i].OnTapped()
			return
		}
	}
}

// buttonsIn are the enabled buttons with an action in o, looked for
// through containers: those of a dialog's content and its button row.
func buttonsIn(o fyne.CanvasObject) []*widget.Button {
	switch o := o.(type) {
	case *widget.Button:
		if o.OnTapped != nil && !o.Disabled() && o.Visible() {
			return []*widget.Button{o}
		}
	case *fyne.Container:
		var all []*widget.Button
		for _, c := range o.Objects {
			all = append(all, buttonsIn(c)...)
		}
		return all
	}
	return nil
}
