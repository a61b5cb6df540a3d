// Package focus gives the keyboard back to the window after a control used
// with the pointer took it.
//
// Fyne sends every key to the focused widget, and only to the window's own
// handler when nothing has focus; a menu, a check box or a list focuses
// itself when clicked, and would then keep space and the arrows (space
// reopening the menu) instead of the window playing the timeline and moving
// through the list.
package focus

import "fyne.io/fyne/v2"

// Control is a widget that can take the keyboard.
type Control interface {
	fyne.CanvasObject
	fyne.Focusable
}

// Release unfocuses w if it has the focus of its window.
func Release(w Control) {
	c := fyne.CurrentApp().Driver().CanvasForObject(w)
	if c != nil && c.Focused() == w {
		c.Unfocus()
	}
}

// After is onChanged followed by Release(w), for a control's OnChanged.
func After[T any](w Control, onChanged func(T)) func(T) {
	return func(v T) {
		onChanged(v)
		Release(w)
	}
}
