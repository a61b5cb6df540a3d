package app

import (
	"image"
	"image/png"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/atomicfile"
	"github.com/chronomap/chronomap/data/event"
)

// openArticles asks for an article file, in a dialog whose title and
// button say what is done with it (Open, Add), and passes its path to open.
func openArticles(win fyne.Window, verb string, open func(paths []string)) {
	askFile(win, verb+" Article", verb, storage.NewExtensionFileFilter([]string{".txt"}), open)
}

// askFile asks for a file that filter lets through, in a dialog titled
// title whose button says verb, and passes its path to open.
func askFile(win fyne.Window, title, verb string, filter storage.FileFilter, open func(paths []string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		switch {
		case err != nil:
			showError("Could not open the file", err, win)
		case r != nil: // nil when cancelled
			r.Close()
			open([]string{r.URI().Path()})
		}
	}, win)
	d.SetFilter(filter)
	d.SetTitleText(title)
	d.SetConfirmText(verb)
	d.Resize(dialogSize(win))
	d.Show()
}

// openFolder asks for a folder of articles, as openArticles does for a
// file, and passes its path to open.
func openFolder(win fyne.Window, verb string, open func(paths []string)) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		switch {
		case err != nil:
			showError("Could not open the folder", err, win)
		case dir != nil: // nil when cancelled
			open([]string{dir.Path()})
		}
	}, win)
	d.SetTitleText(verb + " Folder of Articles")
	d.SetConfirmText(verb)
	d.Resize(dialogSize(win))
	d.Show()
}

// importEvents asks for a file of events to import as a layer: GeoJSON,
// Chronomap's or another point layer with dates, or CSV in ACLED's layout;
// it passes its path to open, which reads it as it reads articles.
func importEvents(win fyne.Window, open func(paths []string)) {
	askFile(win, "Import Events", "Import", importedLayers(), open)
}

// exportEvents asks in which format to write events (see layerFormats;
// the one chosen last comes first), then where, and writes them there,
// whole or not at all, off the UI goroutine; a name with the extension of
// another format is written in that one. title names the dialog, and the
// events: Export All Events. done is called on the UI goroutine with the
// path after a successful export.
func exportEvents(win fyne.Window, p prefs, title string, events []event.Event, done func(path string)) {
	form := newExportForm(events, p.exportFormat())
	read := func() (layerFormat, error) { return form.format(), nil }
	askForm(win, title, form.items, read, "Could not export the events", func(chosen layerFormat) {
		p.setExportFormat(chosen.name)
		save(win, "events"+chosen.exts[0], storage.NewExtensionFileFilter(chosen.exts), func(path string) error {
			if f, ok := layerFormatOf(path); ok {
				chosen = f
			}
			return chosen.exportFile(path, events)
		}, "Could not export the events", done)
	})
}

// askForm shows a dialog of the fields items under title, whose Save…
// button reads what they say with read and passes it to then. The form
// lets no invalid field through, so an error from read is a bug, shown
// under errTitle.
func askForm[O any](win fyne.Window, title string, items []*widget.FormItem, read func() (O, error), errTitle string, then func(O)) {
	d := dialog.NewForm(title, "Save…", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		o, err := read()
		if err != nil {
			showError(errTitle, err, win)
			return
		}
		then(o)
	}, win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// save asks for a file to save to, named name by default, then calls write
// with its path off the UI goroutine, and done with it on success; an error
// shows in a dialog under title.
func save(win fyne.Window, name string, filter storage.FileFilter, write func(path string) error, title string, done func(path string)) {
	askSavePath(win, name, filter, title, func(path string) {
		go func() {
			err := write(path)
			fyne.Do(func() {
				if err != nil {
					showError(title, err, win)
					return
				}
				done(path)
			})
		}()
	})
}

// askSavePath asks for a file to save to, named name by default, and
// passes its path to chosen, on the UI goroutine; an error shows in a
// dialog under title.
func askSavePath(win fyne.Window, name string, filter storage.FileFilter, title string, chosen func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		switch {
		case err != nil:
			showError(title, err, win)
		case w != nil: // nil when cancelled
			// The file is written whole or not at all, by the caller: the
			// dialog's own writer is not used.
			discard(w)
			chosen(w.URI().Path())
		}
	}, win)
	d.SetFilter(filter)
	d.SetFileName(name)
	d.Resize(dialogSize(win))
	d.Show()
}

// writePNG writes img to path as a PNG, whole or not at all.
func writePNG(path string, img image.Image) error {
	return atomicfile.WriteFile(path, func(w io.Writer) error { return png.Encode(w, img) })
}

// dialogSize is most of the window: the file dialogs' own minimum shows
// only a few files at a time.
func dialogSize(win fyne.Window) fyne.Size {
	return win.Canvas().Size().Subtract(fyne.NewSize(120, 80))
}
