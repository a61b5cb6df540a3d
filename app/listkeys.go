package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/focus"
)

// HandleKey moves the selection with ↑ and ↓ to the event listed before or
// after it, as a click on its row would, so that the map and the details
// follow. It reports whether it took the key.
func (b *eventBrowser) HandleKey(key fyne.KeyName) bool {
	switch key {
	case fyne.KeyUp:
		b.step(-1)
	case fyne.KeyDown:
		b.step(1)
	default:
		return false
	}
	return true
}

// step selects the row by rows after the selected one (before it if by is
// negative), staying within the list; with no row selected, the first row
// going down and the last going up.
func (b *eventBrowser) step(by int) {
	n := len(b.visible)
	if n == 0 {
		return
	}
	row := b.rowOf(b.selected)
	switch {
	case row >= 0:
		row = min(max(row+by, 0), n-1)
	case by > 0:
		row = 0
	default:
		row = n - 1
	}
	b.list.Select(row)
	b.list.ScrollTo(row)
}

// searchEntry is the list's search box. It keeps every key for typing but
// ↓, which moves into the list, and Esc, which leaves the box so that the
// window's keys work again.
type searchEntry struct {
	widget.Entry
	down func()
}

func newSearchEntry(down func()) *searchEntry {
	e := &searchEntry{down: down}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewEntry
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey is part of fyne.Focusable.
func (e *searchEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDown:
		focus.Release(e)
		e.down()
	case fyne.KeyEscape:
		focus.Release(e)
	default:
		e.Entry.TypedKey(k)
	}
}
