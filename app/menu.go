package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// menuActions are what the main menu does; the window supplies them.
type menuActions struct {
	openFile, openFolder, importFile, quit, about func()
	addFiles, addFolder                           func()
	newWorkspace, openWorkspace, saveWorkspace    func()
	undo, redo                                    func()
	shortcuts                                     func()
	exportAll, exportVisible, exportFigure        func()
	animate                                       func() // Export Animation…
	zoomIn, zoomOut, fit, togglePlaces            func()
	// recent and theme are submenus made elsewhere: Open Recent and the
	// theme choice; follow is Follow Folder…, or Stop Following once a
	// folder is followed.
	recent, theme, follow *fyne.MenuItem
}

// mainMenu builds File (Open…, Open Folder…, Open Recent, Add Articles…,
// Add Folder…, Follow Folder…, Import, Export, Quit), View (Zoom In, Zoom Out, Fit to Events, Places Mentioned, Theme)
// and Help (Keyboard Shortcuts, About), with the shortcuts desktop users expect: Ctrl+O (⌘O on
// macOS), Ctrl+Shift+O, Ctrl+I, Ctrl+E, Ctrl+Shift+E, Ctrl+Q, Ctrl+= and
// Ctrl+- to zoom, Ctrl+0 to fit, as in browsers. It also returns the
// function that ticks Places Mentioned, or not, as the places layer is
// shown or hidden.
func mainMenu(do menuActions) (*fyne.MainMenu, func(shown bool)) {
	quit := item("Quit", do.quit, fyne.KeyQ, 0)
	quit.IsQuit = true
	// Fyne's desktop driver reports Ctrl+Z (⌘Z) as its own Undo shortcut,
	// and finds the menu item of a shortcut by its name: a custom Ctrl+Z
	// would never be found.
	undo := fyne.NewMenuItem("Undo", do.undo)
	undo.Shortcut = &fyne.ShortcutUndo{}
	places := item("Places Mentioned", do.togglePlaces, fyne.KeyL, 0)
	main := fyne.NewMainMenu(
		fyne.NewMenu("File",
			item("Open…", do.openFile, fyne.KeyO, 0),
			item("Open Folder…", do.openFolder, fyne.KeyO, fyne.KeyModifierShift),
			do.recent,
			fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem("New Workspace…", do.newWorkspace),
			fyne.NewMenuItem("Open Workspace…", do.openWorkspace),
			item("Save Workspace…", do.saveWorkspace, fyne.KeyS, 0),
			fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem("Add Articles…", do.addFiles),
			fyne.NewMenuItem("Add Folder…", do.addFolder),
			do.follow,
			item("Import Events…", do.importFile, fyne.KeyI, 0),
			fyne.NewMenuItemSeparator(),
			item("Export All Events…", do.exportAll, fyne.KeyE, 0),
			item("Export Events Shown…", do.exportVisible, fyne.KeyE, fyne.KeyModifierShift),
			fyne.NewMenuItem("Export Map as Figure…", do.exportFigure),
			fyne.NewMenuItem("Export Animation…", do.animate),
			fyne.NewMenuItemSeparator(),
			quit,
		),
		fyne.NewMenu("Edit",
			undo,
			item("Redo", do.redo, fyne.KeyZ, fyne.KeyModifierShift),
		),
		fyne.NewMenu("View",
			item("Zoom In", do.zoomIn, fyne.KeyEqual, 0),
			item("Zoom Out", do.zoomOut, fyne.KeyMinus, 0),
			item("Fit to Events", do.fit, fyne.Key0, 0),
			fyne.NewMenuItemSeparator(),
			places,
			do.theme,
		),
		fyne.NewMenu("Help", fyne.NewMenuItem("Keyboard Shortcuts", do.shortcuts), fyne.NewMenuItem("About", do.about)),
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
