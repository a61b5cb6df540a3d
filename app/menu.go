package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// menuActions are what the main menu does; the window supplies them.
type menuActions struct {
	openFile, openFolder, quit, about func()
}

// mainMenu builds File (Open…, Open Folder…, Quit) and Help (About), with
// the shortcuts desktop users expect: Ctrl+O (⌘O on macOS), Ctrl+Shift+O,
// Ctrl+Q.
func mainMenu(do menuActions) *fyne.MainMenu {
	openFile := fyne.NewMenuItem("Open…", do.openFile)
	openFile.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	openFolder := fyne.NewMenuItem("Open Folder…", do.openFolder)
	openFolder.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	quit := fyne.NewMenuItem("Quit", do.quit)
	quit.IsQuit = true
	quit.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	return fyne.NewMainMenu(
		fyne.NewMenu("File", openFile, openFolder, fyne.NewMenuItemSeparator(), quit),
		fyne.NewMenu("Help", fyne.NewMenuItem("About", do.about)),
	)
}
