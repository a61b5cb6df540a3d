package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// driverShortcuts are what Fyne's desktop driver reports for Ctrl (⌘ on
// macOS) and these keys, rather than a custom shortcut of the key.
var driverShortcuts = []fyne.KeyboardShortcut{
	&fyne.ShortcutUndo{}, &fyne.ShortcutRedo{}, &fyne.ShortcutCopy{},
	&fyne.ShortcutPaste{}, &fyne.ShortcutCut{}, &fyne.ShortcutSelectAll{},
}

// TestTheMenusKeysReachTheirItems checks that a menu item whose keys the
// driver reports as one of its own shortcuts carries that shortcut: the
// driver finds an item by its shortcut's name, and Ctrl+Z would not undo.
func TestTheMenusKeysReachTheirItems(t *testing.T) {
	w := newTestWindow(t)
	var check func(items []*fyne.MenuItem)
	check = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if s, ok := it.Shortcut.(fyne.KeyboardShortcut); ok {
				for _, d := range driverShortcuts {
					if s.Key() == d.Key() && s.Mod() == d.Mod() && s.ShortcutName() != d.ShortcutName() {
						t.Errorf("%s: %s, which the driver reports as %s", it.Label, s.ShortcutName(), d.ShortcutName())
					}
				}
			}
			if it.ChildMenu != nil {
				check(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range w.win.MainMenu().Items {
		check(m.Items)
	}
}
