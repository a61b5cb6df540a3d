package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// mainWindow wires the event list, the details panel, the status line and
// the menu to the loading of articles.
type mainWindow struct {
	app     fyne.App
	win     fyne.Window
	list    *eventList
	details *detailsPanel
	status  *widget.Label
	// loads counts the loads started, so that a slow load that finishes
	// after a newer one does not replace its events.
	loads int
}

func newMainWindow(a fyne.App) *mainWindow {
	w := &mainWindow{
		app:     a,
		win:     a.NewWindow("Chronomap"),
		list:    newEventList(),
		details: newDetailsPanel(),
		status:  widget.NewLabel(""),
	}
	w.list.OnSelected = func(id widget.ListItemID) { w.details.show(w.list.events[id]) }
	w.list.OnUnselected = func(widget.ListItemID) { w.details.clear() }

	split := container.NewHSplit(w.list, w.details.content)
	split.Offset = 0.35
	w.win.SetContent(container.NewBorder(nil, w.status, nil, nil, split))
	w.win.SetMainMenu(mainMenu(menuActions{
		openFile:   w.chooseFile,
		openFolder: w.chooseFolder,
		quit:       a.Quit,
		about:      func() { showAbout(a, w.win) },
	}))
	w.win.Resize(fyne.NewSize(1100, 700))
	return w
}

// open reads the articles at paths (the seeds if there are none) and
// extracts their events off the UI goroutine, then shows them.
func (w *mainWindow) open(paths []string) {
	w.loads++
	thisLoad := w.loads
	w.status.SetText(openingText(paths))
	go func() {
		res, err := load(paths)
		fyne.Do(func() {
			if thisLoad == w.loads {
				w.show(res, err)
			}
		})
	}()
}

// show puts loaded events on screen, or in a dialog the error that stopped
// the loading. Events already shown stay when a new load fails.
func (w *mainWindow) show(res loaded, err error) {
	if err != nil {
		w.status.SetText("Could not open the articles.")
		showError("Could not open the articles", err, w.win)
		return
	}
	if res.gazetteer != nil {
		w.details.countries = res.gazetteer.Country
	}
	w.list.setEvents(res.events)
	w.details.clear()
	w.status.SetText(fmt.Sprintf("%s, %s", counted(res.articles, "article"), counted(len(res.events), "event")))
	if res.warnings != nil {
		showError("Some articles were skipped or read without their date", res.warnings, w.win)
	}
}

func (w *mainWindow) chooseFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		switch {
		case err != nil:
			showError("Could not open the file", err, w.win)
		case r != nil: // nil when cancelled
			r.Close()
			w.open([]string{r.URI().Path()})
		}
	}, w.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".txt"}))
	d.Resize(w.dialogSize())
	d.Show()
}

func (w *mainWindow) chooseFolder() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		switch {
		case err != nil:
			showError("Could not open the folder", err, w.win)
		case dir != nil: // nil when cancelled
			w.open([]string{dir.Path()})
		}
	}, w.win)
	d.Resize(w.dialogSize())
	d.Show()
}

// dialogSize is most of the window: the file dialogs' own minimum shows
// only a few files at a time.
func (w *mainWindow) dialogSize() fyne.Size {
	return w.win.Canvas().Size().Subtract(fyne.NewSize(120, 80))
}

// openingText is the status line while articles load.
func openingText(paths []string) string {
	switch len(paths) {
	case 0:
		return "Reading the sample articles…"
	case 1:
		return "Reading " + paths[0] + "…"
	}
	return fmt.Sprintf("Reading %d files and folders…", len(paths))
}

// counted writes "1 event", "12 events".
func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
