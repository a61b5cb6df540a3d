package timeline

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// HandleKey does what key asks of the timeline: ← and → step a day,
// Shift+← and Shift+→, Page Up and Page Down step to the previous and next
// day with an event, space plays and pauses, Home and End jump to the
// first and last event, and Escape clears the days brushed. It reports
// whether the key was one of those, for a window that passes keys on.
//
// Fyne makes no shortcut of Shift and an arrow, and a typed key does not
// say which modifiers were down: they are asked of the driver.
func (t *Timeline) HandleKey(key fyne.KeyName) bool {
	shift := t.modifiers()&fyne.KeyModifierShift != 0
	switch {
	case key == fyne.KeyLeft && shift, key == fyne.KeyPageUp:
		t.PrevEvent()
	case key == fyne.KeyRight && shift, key == fyne.KeyPageDown:
		t.NextEvent()
	case key == fyne.KeyLeft:
		t.StepBack()
	case key == fyne.KeyRight:
		t.StepForward()
	case key == fyne.KeySpace:
		t.TogglePlay()
	case key == fyne.KeyHome:
		t.First()
	case key == fyne.KeyEnd:
		t.Last()
	case key == fyne.KeyEscape && t.brush != nil:
		t.ClearRange()
	default:
		return false
	}
	return true
}

// driverModifiers are the modifier keys the desktop driver knows are held
// down; none elsewhere.
func driverModifiers() fyne.KeyModifier {
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()
	}
	return 0
}
