package timeline

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/focus"
)

// Menu is one of the timeline's drop-down menus (the window, the speed).
// Space on it plays or pauses the timeline, as everywhere but a text box:
// a menu closed without a choice keeps the keyboard, and a plain Select
// would open again.
type Menu struct {
	widget.Select
	space func()
}

func newMenu(options []string, changed func(string), space func()) *Menu {
	m := &Menu{space: space}
	m.Options, m.OnChanged = options, changed
	m.ExtendBaseWidget(m)
	return m
}

// TypedKey is part of fyne.Focusable.
func (m *Menu) TypedKey(e *fyne.KeyEvent) {
	if e.Name != fyne.KeySpace {
		m.Select.TypedKey(e)
		return
	}
	focus.Release(m)
	m.space()
}
