package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/mapview"
	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/app/timeline"
	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
	tl "github.com/chronomap/chronomap/data/timeline"
	"github.com/chronomap/chronomap/data/workspace"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/geo/basemap"
)

// mainWindow wires the map, the timeline, the event list, the details
// panel, the status line and the menu to the loading of articles, and
// links the selection across the map, the list and the timeline.
type mainWindow struct {
	app      fyne.App
	win      fyne.Window
	mapView  *mapview.Map
	timeline *timeline.Timeline
	list     *eventBrowser
	details  *eventDetails
	articles *articleWindows
	status   *widget.Label

	events []event.Event // what the map, the list and the timeline index into
	// merged are the events as the rules merged them, and edits the
	// analyst's edits of them: events are merged with the edits in force
	// applied. editsMade counts the edits made, undone and redone.
	merged    []event.Event
	edits     *edit.Log
	editsMade int
	// workspace is the workspace open, if any, and writes what goes into
	// it, in order, off the UI goroutine.
	workspace *workspace.Workspace
	writes    *workspaceWriter
	set       *articleSet // what is loaded, which Add adds to
	files     articleFiles
	gazetteer *geo.Gazetteer
	// loadedStatus is the status line of the last load, "3 articles, 12
	// events", shown again when no filter is set.
	loadedStatus string
	// dropLoad stops the load under way, if any, and drops its result;
	// nil when none is. queued are the Adds that wait for it.
	dropLoad func()
	queued   []loadRequest
	// do runs a function on the UI goroutine: fyne.Do, or in tests their
	// own loop.
	do func(func())
	// shown, when set, is called on the UI goroutine after a load's events
	// are shown or its error is.
	shown func(error)
	// outline is set while the window shows a workspace's outlines, and
	// its events load (see outline.go).
	outline *outlineMode
	// following is the folder followed, if any (see follow.go).
	following *followedFolder
	// exportEvents asks in which format and where to write events, and
	// writes them; title says which they are. Tests take the events.
	exportEvents func(title string, events []event.Event)
}

// background is what the map draws under the events: the bundled
// basemap, or the plain sea if it cannot be read, so that the events can
// still be seen.
func background() render.Background {
	if m, err := basemap.Default(); err == nil {
		return render.NewBasemap(m)
	}
	return render.SeaBlue
}

func newMainWindow(a fyne.App) *mainWindow {
	w := &mainWindow{
		app:      a,
		win:      a.NewWindow("Chronomap"),
		mapView:  mapview.New(background()),
		timeline: timeline.New(),
		list:     newEventBrowser(),
		details:  newEventDetails(),
		status:   widget.NewLabel(""),
		do:       fyne.Do,
		edits:    edit.NewLog(nil, 0),
	}
	w.exportEvents = func(title string, events []event.Event) {
		exportEvents(w.win, prefs{a.Preferences()}, title, events, w.exported)
	}
	installAtomicSaves()
	applyTheme(a, prefs{a.Preferences()}.theme())

	w.list.OnSelected = func(i int) { w.selected(i, w.list) }
	w.mapView.OnSelected = func(i int) { w.selected(i, w.mapView) }
	w.timeline.OnSelected = func(i int) { w.selected(i, w.timeline) }
	w.list.OnFilterChanged = w.applyFilter
	w.mapView.Describe = func(i int) string { return eventSummary(w.events[i]) }
	w.timeline.OnChanged = w.showDays
	w.articles = newArticleWindows(a, w.win)
	w.details.OnShowArticle = func(e event.Event) { w.articles.show(w.articleSource(), w.gazetteer, e) }
	w.mapView.EventMenu = w.eventMenu
	w.mapView.PlaceAt, w.mapView.OnMoved, w.mapView.OnMayMove = w.placeAt, w.markerDropped, w.prepareDrag
	w.list.EventMenu = w.eventMenu
	w.details.EditMenu = func() *fyne.Menu { return fyne.NewMenu("", w.editMenuItems(w.list.selected)...) }
	w.win.Canvas().SetOnTypedKey(w.typedKey)

	side := container.NewVSplit(w.list.content, w.details.content)
	side.Offset = 0.62
	split := newMapSplit(w.mapView, side)
	w.win.SetContent(container.NewBorder(nil, container.NewVBox(w.timeline, w.status), nil, nil, split))
	w.setMenu()
	w.win.SetOnDropped(w.dropped)
	rememberWindow(a, w.win, fyne.NewSize(1400, 900), w.closeWorkspace)
	return w
}

// setMenu builds the main menu, again when Open Recent has changed.
func (w *mainWindow) setMenu() {
	menu, tickPlaces := mainMenu(menuActions{
		openFile:      func() { openArticles(w.win, "Open", w.replace) },
		openFolder:    func() { openFolder(w.win, "Open", w.replace) },
		recent:        recentMenu(w.app, w.replace),
		addFiles:      func() { openArticles(w.win, "Add", w.add) },
		addFolder:     func() { openFolder(w.win, "Add", w.add) },
		newWorkspace:  w.newWorkspace,
		openWorkspace: w.openWorkspace,
		saveWorkspace: w.saveWorkspace,
		undo:          w.undo,
		redo:          w.redo,
		follow:        w.followItem(),
		importFile:    func() { importEvents(w.win, w.add) },
		exportAll:     w.exportAll,
		exportVisible: w.exportShown,
		exportFigure:  func() { exportFigure(w.win, w.figureSource(), w.exported) },
		animate:       w.exportAnimation,
		quit:          w.app.Quit,
		about:         func() { showAbout(w.app, w.win) },
		shortcuts:     func() { showShortcuts(w.win, shortcutGroups(w.win.MainMenu())) },
		zoomIn:        w.mapView.ZoomIn,
		zoomOut:       w.mapView.ZoomOut,
		fit:           w.mapView.FitEvents,
		togglePlaces:  func() { w.mapView.SetPlacesShown(!w.mapView.PlacesShown()) },
		theme:         themeMenu(w.app),
	})
	tickPlaces(w.mapView.PlacesShown())
	w.mapView.OnPlacesShown = tickPlaces
	w.win.SetMainMenu(menu)
}

// selected shows event i, chosen in from, everywhere else: in the details,
// highlighted on the map (panned to if out of view), in the list, and on
// the timeline, which moves time only if the event is outside its window.
func (w *mainWindow) selected(i int, from any) {
	if w.outline != nil {
		w.showPublished(i)
	} else {
		w.details.show(w.events[i])
	}
	if from != w.mapView {
		w.mapView.Select(i)
	}
	if from != w.list {
		w.list.Select(i)
	}
	if from != w.timeline {
		w.timeline.Select(i)
	}
}

// unselect clears the selection everywhere.
func (w *mainWindow) unselect() {
	w.details.clear()
	w.mapView.Select(-1)
	w.list.Select(-1)
	w.timeline.Select(-1)
}

// applyFilter shows on the map, the timeline and the status line the
// events the list's filter keeps, and clears the selection if it hides the
// event selected.
func (w *mainWindow) applyFilter() {
	shown := w.list.shown
	w.mapView.SetShown(shown)
	w.timeline.SetShown(shown)
	w.status.SetText(w.filterStatus())
	if i := w.list.selected; i >= 0 && shown != nil && !shown[i] {
		w.unselect()
	}
}

// filterStatus is the status line with the filter: "45 of 75 events ·
// Attack hidden"; the load's when nothing is filtered.
func (w *mainWindow) filterStatus() string {
	f := w.list.filter
	if !f.filters() {
		return w.loadedStatus
	}
	n := shownCount(w.list.shown, len(w.events))
	return fmt.Sprintf("%s of %s · %s", thousands(n), counted(len(w.events), "event"), f.describe())
}

// showDays shows on the map the events the timeline shows.
func (w *mainWindow) showDays(v tl.Visible) {
	w.mapView.SetPeriod(&render.Period{From: v.Range.From.Time(), To: v.Range.To.Time(), Undated: v.Undated})
}

// shownEvents are the events the map and the timeline show now, those of
// the current window the filter keeps, in date order.
func (w *mainWindow) shownEvents() []event.Event {
	shown := slices.Sorted(w.timeline.Showing())
	events := make([]event.Event, len(shown))
	for k, i := range shown {
		events[k] = w.events[i]
	}
	return events
}

// exportAll and exportShown are Export All Events… and Export Events
// Shown…, which wait for the events behind outlines.
func (w *mainWindow) exportAll() {
	if !w.waitingForEvents() {
		w.exportEvents("Export All Events", w.events)
	}
}

func (w *mainWindow) exportShown() {
	if !w.waitingForEvents() {
		w.exportEvents("Export Events Shown", w.shownEvents())
	}
}

func (w *mainWindow) exported(path string) {
	w.status.SetText("Exported to " + path)
}

// show puts loaded events on screen, or in a dialog the error that stopped
// the loading. Events already shown stay when a new load fails, or when an
// Add adds nothing new.
func (w *mainWindow) show(res loaded, err error) {
	if err != nil {
		w.status.SetText("Could not open the articles.")
		w.showLoadError(err)
		return
	}
	if res.addedTo != nil && res.set == res.addedTo {
		w.status.SetText("Nothing added: " + againText(res.again) + ".")
		w.showProblems(res)
		return
	}
	before := len(w.events)
	w.showEvents(res)
	w.loadedStatus = loadedText(res)
	if res.addedTo != nil {
		w.loadedStatus = addedText(res, before)
	}
	w.applyFilter() // the filter set before stays
	w.mapView.FitEvents()
	w.showProblems(res)
	w.showWorkspace(res)
}

// showEvents puts the events loaded on the map, in the list and on the
// timeline, none selected.
func (w *mainWindow) showEvents(res loaded) {
	if res.gazetteer != nil {
		w.details.countries = res.gazetteer.Country
		w.gazetteer = res.gazetteer
	}
	w.set, w.events, w.files = res.set, res.events, nil
	w.merged, w.edits = res.merged, res.log
	w.outline = nil
	w.list.search.Enable()
	if res.set != nil {
		w.files = res.set.files
	}
	w.list.setEvents(res.index)
	w.details.clear()
	w.mapView.SetEvents(res.onMap.events, res.onMap.places)
	w.timeline.SetIndex(res.days)
	if res.editsSeen != w.editsMade {
		w.reapplyEdits() // made while the load ran
	}
}

// showProblems tells what a load that succeeded skipped, read without its
// date, or left out of a CSV file, if anything.
func (w *mainWindow) showProblems(res loaded) {
	if len(res.skipped)+len(res.undated)+len(res.leftOut) > 0 {
		showProblems(w.win, w.app.Clipboard(), problemsTitle(res), "",
			skippedFiles(res.skipped), undatedArticles(res.undated), rowsLeftOut(res.leftOut))
	}
}

// showLoadError shows the error that stopped a load; the files of a load
// that read nothing are summarised, as there may be thousands.
func (w *mainWindow) showLoadError(err error) {
	const title = "Could not open the articles"
	var none *nothingRead
	if errors.As(err, &none) {
		showProblems(w.win, w.app.Clipboard(), title, capitalized(none.headline())+".", skippedFiles(none.skipped))
		return
	}
	showError(title, err, w.win)
}

// problemsTitle is the title of the dialog that tells what a load that
// succeeded skipped, read without its date, or left out.
func problemsTitle(res loaded) string {
	switch {
	case len(res.leftOut) > 0 && len(res.skipped)+len(res.undated) == 0:
		return "Some rows were left out"
	case len(res.leftOut) > 0:
		return "Some files were skipped or not read whole"
	case len(res.undated) == 0:
		return "Some files were skipped"
	case len(res.skipped) == 0:
		return "Some articles were read without their date"
	}
	return "Some files were skipped or read without their date"
}

// loadedText is the status line after a load: "3 articles, 12 events".
func loadedText(res loaded) string {
	var read []string
	if res.articles > 0 {
		read = append(read, counted(res.articles, "article"))
	}
	if res.collections > 0 {
		read = append(read, counted(res.collections, "layer"))
	}
	text := strings.Join(append(read, counted(len(res.events), "event")), ", ")
	if res.again > 0 {
		text += " (" + counted(res.again, "duplicate") + " left out)"
	}
	return text
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

// eventSummary is an event in a line, for the map's tooltip: what, where
// and when.
func eventSummary(e event.Event) string {
	return e.Type.Info().Label + " · " + eventPlaceName(e) + " · " + windowText(e.Window)
}

// counted writes "1 event", "12 events", "10,000 events".
func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return thousands(n) + " " + noun + "s"
}
