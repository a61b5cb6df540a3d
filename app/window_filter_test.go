package app

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	tl "github.com/chronomap/chronomap/data/timeline"
	"github.com/chronomap/chronomap/geo"
)

// filteredEvents are two attacks and talks in three places far enough
// apart to have a marker each.
func filteredEvents() []event.Event {
	return append(placedEvents(), event.Event{
		Type: event.Attack, Window: window("2020-10-10", "2020-10-10", dates.Day),
		Place: &geo.Place{ID: "geonames:616052", Name: "Yerevan", Point: orb.Point{44.5136, 40.1811}},
	})
}

// showEvents shows events in a test window, as a load does.
func showEvents(t *testing.T, events []event.Event) *mainWindow {
	t.Helper()
	w := newTestWindow(t)
	w.show(prepared(loaded{events: events, articles: 1}), nil)
	w.win.Canvas().Capture() // draws the map
	return w
}

// onMapShown are the events the map draws where they are in view.
func onMapShown(w *mainWindow) []int {
	var shown []int
	for i := range w.events {
		if w.mapView.Shows(i) {
			shown = append(shown, i)
		}
	}
	return shown
}

// histogram counts the events of each type on the timeline's bars.
func histogram(w *mainWindow) []int {
	counts := make([]int, event.NumTypes)
	w.timeline.ShownIndex().PointCounts(tl.Range{From: tl.MinDay, To: tl.MaxDay}, counts)
	return counts
}

// exportedShown are the places of the events File ▸ Export Events Shown
// writes.
func exportedShown(t *testing.T, w *mainWindow) []string {
	t.Helper()
	var written []event.Event
	w.exportEvents = func(_ string, events []event.Event) { written = events }
	menuItem(t, w, "Export Events Shown…").Action()
	var places []string
	for _, e := range written {
		places = append(places, e.Place.Name)
	}
	return places
}

// menuItem is the main menu's item labelled label.
func menuItem(t *testing.T, w *mainWindow, label string) *fyne.MenuItem {
	t.Helper()
	for _, menu := range w.win.MainMenu().Items {
		for _, it := range menu.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

func TestTheFilterNarrowsTheMapTheTimelineTheStatusAndTheExport(t *testing.T) {
	tests := []struct {
		name       string
		filter     func(b *eventBrowser)
		onMap      []int
		attacks    int // on the timeline
		talks      int
		status     string
		exported   []string
		listedRows int
	}{
		{
			name:   "a type unticked",
			filter: func(b *eventBrowser) { test.Tap(b.types[event.Attack]) },
			onMap:  []int{1}, attacks: 0, talks: 1,
			status:   "1 of 3 events · Attack hidden",
			exported: []string{"Moscow"}, listedRows: 1,
		},
		{
			name:   "a search",
			filter: func(b *eventBrowser) { test.Type(b.search, "Ganja") },
			onMap:  []int{0}, attacks: 1, talks: 0,
			status:   "1 of 3 events · search “Ganja”",
			exported: []string{"Ganja"}, listedRows: 1,
		},
		{
			name: "a type unticked and a search",
			filter: func(b *eventBrowser) {
				test.Tap(b.types[event.Diplomacy])
				test.Type(b.search, "Armenia")
			},
			onMap: nil, attacks: 0, talks: 0,
			status:   "0 of 3 events · Diplomacy hidden · search “Armenia”",
			exported: nil, listedRows: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := showEvents(t, filteredEvents())
			if got := onMapShown(w); len(got) != 3 {
				t.Fatalf("before filtering the map shows %v, want all 3 events", got)
			}
			tt.filter(w.list)

			if got := onMapShown(w); !slices.Equal(got, tt.onMap) {
				t.Errorf("the map shows events %v, want %v", got, tt.onMap)
			}
			counts := histogram(w)
			if counts[event.Attack] != tt.attacks || counts[event.Diplomacy] != tt.talks {
				t.Errorf("the timeline counts %d attacks and %d talks, want %d and %d",
					counts[event.Attack], counts[event.Diplomacy], tt.attacks, tt.talks)
			}
			if got := w.status.Text; got != tt.status {
				t.Errorf("status %q, want %q", got, tt.status)
			}
			if got := exportedShown(t, w); !slices.Equal(got, tt.exported) {
				t.Errorf("Export Events Shown writes %v, want %v", got, tt.exported)
			}
			if got := len(w.list.visible); got != tt.listedRows {
				t.Errorf("the list has %d rows, want %d", got, tt.listedRows)
			}
		})
	}
}

func TestClearingTheFilterShowsEverythingAndTheLoadsStatus(t *testing.T) {
	w := showEvents(t, filteredEvents())
	test.Tap(w.list.types[event.Attack])
	test.Tap(w.list.types[event.Attack])
	if got := onMapShown(w); len(got) != 3 {
		t.Errorf("with every type ticked again the map shows %v", got)
	}
	if got, want := w.status.Text, "1 article, 3 events"; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
}

func TestFitFramesOnlyTheEventsShown(t *testing.T) {
	w := showEvents(t, filteredEvents())
	test.Tap(w.list.types[event.Diplomacy]) // Moscow's talks, far north
	menuItem(t, w, "Fit to Events").Action()
	if inMapView(w, 1) {
		t.Error("Fit to Events frames Moscow's hidden talks")
	}
	if !inMapView(w, 0) || !inMapView(w, 2) {
		t.Error("Fit to Events leaves out an attack shown")
	}
	if got := w.mapView.View().Zoom; got < 5 {
		t.Errorf("Fit to Events zooms to %v, as if Moscow were still framed", got)
	}
}

// inMapView says whether event i's place is within the map's view.
func inMapView(w *mainWindow, i int) bool {
	p := onMap(w, i)
	size := w.mapView.Size()
	return p.X >= 0 && p.Y >= 0 && p.X <= size.Width && p.Y <= size.Height
}

func TestTheDetailsClearWhenTheFilterHidesTheSelectedEvent(t *testing.T) {
	tests := []struct {
		name   string
		filter func(b *eventBrowser)
	}{
		{"its type unticked", func(b *eventBrowser) { test.Tap(b.types[event.Attack]) }},
		{"a search it does not match", func(b *eventBrowser) { test.Type(b.search, "Moscow") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := showEvents(t, filteredEvents())
			w.list.list.Select(w.list.rowOf(0)) // Ganja's attack
			tt.filter(w.list)
			if w.details.body.Visible() {
				t.Errorf("the details still show %q, which the filter hides", w.details.place.Text)
			}
			if got := w.mapView.Selected(); got != -1 {
				t.Errorf("the map still highlights event %d", got)
			}
			if got := w.timeline.Selected(); got != -1 {
				t.Errorf("the timeline still highlights event %d", got)
			}
		})
	}
}

func TestTheDetailsStayWhenTheFilterKeepsTheSelectedEvent(t *testing.T) {
	w := showEvents(t, filteredEvents())
	w.list.list.Select(w.list.rowOf(0)) // Ganja's attack
	test.Type(w.list.search, "Ganja")
	if !w.details.body.Visible() || w.mapView.Selected() != 0 {
		t.Errorf("a search that keeps Ganja cleared it (details shown %v, map highlights %d)", w.details.body.Visible(), w.mapView.Selected())
	}
}

func TestSelectingAnEventInTheWindowMovesNoTimeAndPansItIntoView(t *testing.T) {
	w := showEvents(t, filteredEvents())
	for range 6 {
		w.mapView.ZoomIn() // on Ganja's region, Moscow far out of view
	}
	if inMapView(w, 1) {
		t.Fatal("Moscow in view before it is selected")
	}
	playhead, onMapBefore := w.timeline.Playhead(), onMapShown(w)
	showingBefore := slices.Sorted(w.timeline.Showing())

	w.list.list.Select(w.list.rowOf(1)) // Moscow's talks, of 9–10 Oct, in the cumulative window

	if got := w.timeline.Playhead(); !got.Equal(playhead) {
		t.Errorf("selecting a visible event moved the playhead from %v to %v", playhead, got)
	}
	if got := onMapShown(w); !slices.Equal(got, onMapBefore) {
		t.Errorf("selecting a visible event changed the map's events from %v to %v", onMapBefore, got)
	}
	if got := slices.Sorted(w.timeline.Showing()); !slices.Equal(got, showingBefore) {
		t.Errorf("selecting a visible event changed the timeline's events from %v to %v", showingBefore, got)
	}
	if !inMapView(w, 1) || w.mapView.Selected() != 1 {
		t.Errorf("Moscow selected is not brought into view (in view %v, highlighted %d)", inMapView(w, 1), w.mapView.Selected())
	}
}

func TestSelectingAnEventOutsideTheWindowMovesThePlayheadJustEnough(t *testing.T) {
	tests := []struct {
		name     string
		mode     tl.Mode
		playhead string
		selected int // of filteredEvents
		want     string
	}{
		{"talks of 9–10 Oct from the day after", tl.OneDay, "2020-10-11", 1, "2020-10-10"},
		{"an attack of 11 Oct from the day before", tl.OneDay, "2020-10-10", 0, "2020-10-11"},
		{"an attack of 11 Oct from 9 Oct in cumulative mode", tl.Cumulative, "2020-10-09", 0, "2020-10-11"},
		{"talks of 9–10 Oct within three days", tl.ThreeDays, "2020-10-11", 1, "2020-10-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := showEvents(t, filteredEvents())
			w.timeline.SetMode(tt.mode)
			w.timeline.SetPlayhead(day(tt.playhead))
			w.list.list.Select(w.list.rowOf(tt.selected))
			if got, want := w.timeline.Playhead(), day(tt.want); !got.Equal(want) {
				t.Errorf("the playhead is on %v, want %v", got.Format(time.DateOnly), tt.want)
			}
			if !w.mapView.Shows(tt.selected) {
				t.Error("the map does not show the event selected")
			}
		})
	}
}

// goris are events at one place, Goris, over the years, and one at
// Ganja: in cumulative mode the three at Goris make one cluster that no
// zoom parts.
func goris() []event.Event {
	at := &geo.Place{ID: "geonames:616629", Name: "Goris", Point: orb.Point{46.3382, 39.5111}}
	return []event.Event{
		{Type: event.Clash, Place: at, Window: window("1992-01-01", "1994-12-31", dates.Month)},
		{Type: event.Attack, Place: at, Window: window("2016-04-02", "2016-04-02", dates.Day)},
		{Type: event.Attack, Place: at, Window: window("2020-10-20", "2020-10-20", dates.Day)},
		placedEvents()[0], // Ganja, 11 Oct 2020
	}
}

func TestSteppingThroughAClusterAtOnePlaceVisitsEachWithoutClosingIt(t *testing.T) {
	w := showEvents(t, goris())
	playhead, onMapBefore := w.timeline.Playhead(), onMapShown(w)
	at := onMap(w, 0).Add(fyne.NewPos(1, 1))
	key := func(k fyne.KeyName) { w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	steps := []struct {
		how  string
		step func()
		want int
	}{
		{"a click on the cluster", func() { test.TapAt(w.mapView, at) }, 0},
		{"a click on the event selected", func() { test.TapAt(w.mapView, at) }, 1},
		{"→", func() { key(fyne.KeyRight) }, 2},
		{"→ past the last", func() { key(fyne.KeyRight) }, 0},
		{"←", func() { key(fyne.KeyLeft) }, 2},
	}
	for _, s := range steps {
		s.step()
		w.win.Canvas().Capture()
		if got := w.mapView.Selected(); got != s.want {
			t.Fatalf("after %s the map highlights event %d, want %d", s.how, got, s.want)
		}
		if got := w.list.selected; got != s.want {
			t.Errorf("after %s the list selects event %d, want %d", s.how, got, s.want)
		}
		if got := w.timeline.Playhead(); !got.Equal(playhead) {
			t.Fatalf("after %s the playhead moved from %v to %v", s.how, playhead, got)
		}
		if got := onMapShown(w); !slices.Equal(got, onMapBefore) {
			t.Fatalf("after %s the map shows %v, not %v", s.how, got, onMapBefore)
		}
	}
	key(fyne.KeyEscape)
	key(fyne.KeyLeft)
	if got := w.timeline.Playhead(); got.Equal(playhead) {
		t.Error("with the cluster closed, ← does not step the timeline")
	}
}

func TestTheFigureShowsOnlyTheEventsTheFilterKeeps(t *testing.T) {
	w := showEvents(t, filteredEvents())
	test.Tap(w.list.types[event.Attack])
	if got := w.mapView.Layers().Shown(w.mapView.View()); got != 1 {
		t.Errorf("the figure would show %d events, want Moscow's talks alone", got)
	}
}
