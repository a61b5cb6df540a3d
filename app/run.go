package app

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/chronomap/chronomap/assets"
)

// appID is the application identifier, as in FyneApp.toml; Fyne keys the
// user's preferences and storage on it.
const appID = "io.github.chronomap"

// Run opens the Chronomap window on the articles at paths (files, folders
// of .txt files, or layers of events: GeoJSON, CSV), or on the bundled sample
// articles when there are none, and returns when the window is closed. A
// path that does not exist, or the lack of a display, is an error returned
// before any window opens; errors reading the articles show in dialogs.
func Run(paths []string) error {
	if err := canOpen(paths); err != nil {
		return err
	}
	w := newMainWindow(newApp())
	w.open(paths)
	w.win.ShowAndRun()
	return nil
}

// newApp is the Fyne application, with Chronomap's ID and icon.
func newApp() fyne.App {
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	return a
}
