package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/mapview"
	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data"
)

// mainWindow wires the map, the event list, the details panel, the status
// line and the menu to the loading of articles.
type mainWindow struct {
	app     fyne.App
	win     fyne.Window
	mapView *mapview.Map
	list    *eventList
	details *detailsPanel
	// timeline is the room under the map and the side panel for the
	// timeline; empty, it takes no space.
	timeline *fyne.Container
	status   *widget.Label
	events   []data.Event // as the map and the list index them
	// loads counts the loads started, so that a slow load that finishes
	// after a newer one does not replace its events.
	loads int
	// shown, when set, is called on the UI goroutine after a load's events
	// are shown or its error is.
	shown func(error)
}

// background is what the map draws under the events.
func background() render.Background { return render.SeaBlue }

func newMainWindow(a fyne.App) *mainWindow {
	w := &mainWindow{
		app:      a,
		win:      a.NewWindow("Chronomap"),
		mapView:  mapview.New(background()),
		list:     newEventList(),
		details:  newDetailsPanel(),
		timeline: container.NewStack(),
		status:   widget.NewLabel(""),
	}
	w.list.OnSelected = func(id widget.ListItemID) { w.selected(id) }
	w.list.OnUnselected = func(widget.ListItemID) { w.details.clear() }
	w.mapView.OnSelected = func(i int) {
		w.selected(i)
		w.list.Select(i)
	}
	w.mapView.Describe = func(i int) string { return eventSummary(w.events[i]) }

	side := container.NewVSplit(w.list, w.details.content)
	side.Offset = 0.4
	split := container.NewHSplit(w.mapView, side)
	split.Offset = 0.68
	w.win.SetContent(container.NewBorder(nil, container.NewVBox(w.timeline, w.status), nil, nil, split))
	menu, tickPlaces := mainMenu(menuActions{
		openFile:     w.chooseFile,
		openFolder:   w.chooseFolder,
		quit:         a.Quit,
		about:        func() { showAbout(a, w.win) },
		zoomIn:       w.mapView.ZoomIn,
		zoomOut:      w.mapView.ZoomOut,
		fit:          w.mapView.FitEvents,
		togglePlaces: func() { w.mapView.SetPlacesShown(!w.mapView.PlacesShown()) },
	})
	w.mapView.OnPlacesShown = tickPlaces
	w.win.SetMainMenu(menu)
	w.win.Resize(fyne.NewSize(1280, 800))
	return w
}

// selected shows event i in the details panel and on the map.
func (w *mainWindow) selected(i int) {
	w.details.show(w.events[i])
	w.mapView.Select(i)
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
				if w.shown != nil {
					w.shown(err)
				}
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
	w.events = res.events
	w.list.setEvents(res.events)
	w.mapView.SetEvents(res.onMap.events, res.onMap.places)
	w.details.clear()
	w.status.SetText(loadedText(res))
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
	d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".geojson", ".json"}))
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

// loadedText is the status line after a load: "3 articles, 12 events".
func loadedText(res loaded) string {
	var read []string
	if res.articles > 0 {
		read = append(read, counted(res.articles, "article"))
	}
	if res.collections > 0 {
		read = append(read, counted(res.collections, "GeoJSON file"))
	}
	return strings.Join(append(read, counted(len(res.events), "event")), ", ")
}

// eventSummary is an event in a line, for the map's tooltip: what, where
// and when.
func eventSummary(e data.Event) string {
	return typeText(e.Type) + " · " + placeName(e.Place) + " · " + windowText(e.Window)
}

// counted writes "1 event", "12 events".
func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
