package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// menuActions are what the main menu does; the window supplies them.
type menuActions struct {
	openFile, openFolder, quit, about func()
	zoomIn, zoomOut, fit              func()
	togglePlaces                      func()
}

// mainMenu builds File (Open…, Open Folder…, Quit), View (Zoom In, Zoom
// Out, Fit to Events, Places Mentioned) and Help (About), with the
// shortcuts desktop users expect: Ctrl+O (⌘O on macOS), Ctrl+Shift+O,
// Ctrl+Q, Ctrl+= and Ctrl+- to zoom, Ctrl+0 to fit, as in browsers. It
// also returns the function that ticks Places Mentioned, or not, as the
// places layer is shown or hidden.
func mainMenu(do menuActions) (*fyne.MainMenu, func(shown bool)) {
	openFile := item("Open…", do.openFile, fyne.KeyO, 0)
	openFolder := item("Open Folder…", do.openFolder, fyne.KeyO, fyne.KeyModifierShift)
	quit := item("Quit", do.quit, fyne.KeyQ, 0)
	quit.IsQuit = true
	places := item("Places Mentioned", do.togglePlaces, fyne.KeyL, 0)
	main := fyne.NewMainMenu(
		fyne.NewMenu("File", openFile, openFolder, fyne.NewMenuItemSeparator(), quit),
		fyne.NewMenu("View",
			item("Zoom In", do.zoomIn, fyne.KeyEqual, 0),
			item("Zoom Out", do.zoomOut, fyne.KeyMinus, 0),
			item("Fit to Events", do.fit, fyne.Key0, 0),
			fyne.NewMenuItemSeparator(),
			places,
		),
		fyne.NewMenu("Help", fyne.NewMenuItem("About", do.about)),
	)
	return main, func(shown bool) {
		places.Checked = shown
		main.Refresh()
	}
}

// item is a menu item with the shortcut Ctrl (⌘ on macOS) + extra + key.
func item(label string, action func(), key fyne.KeyName, extra fyne.KeyModifier) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, action)
	it.Shortcut = &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | extra}
	return it
}
