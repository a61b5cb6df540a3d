package app

import (
	"fmt"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// browserEvents are out of date order, as a window's events may be after an
// import, so that list rows and event indices differ.
func browserEvents() []event.Event {
	return []event.Event{
		{ID: "undated", Type: event.Diplomacy, Place: &geo.Place{Name: "Moscow"}, Sentence: "Talks went on in Moscow."},
		{ID: "shushi", Type: event.Attack, Place: &geo.Place{Name: "Shushi", AltNames: []string{"Şuşa"}},
			Window: window("2020-11-06", "2020-11-07", dates.Day), Actors: []string{"Azerbaijan"},
			Sentence: "Azerbaijani forces shelled Shushi."},
		{ID: "hadrut", Type: event.Clash, Place: &geo.Place{Name: "Hadrut"},
			Window: window("2020-10-09", "2020-10-09", dates.Day), Actors: []string{"Armenia", "Azerbaijan"},
			Sentence: "Fighting raged around Hadrut."},
		{ID: "ganja", Type: event.Attack, Place: &geo.Place{Name: "Ganja"},
			Window: window("2020-10-11", "2020-10-11", dates.Day), ClaimedBy: []string{"Armenia"},
			Sentence: "A missile hit a block of flats in Ganja."},
	}
}

func newTestBrowser(t *testing.T) *eventBrowser {
	t.Helper()
	test.NewTempApp(t)
	b := newEventBrowser()
	showInTestWindow(t, b.content)
	b.setEvents(indexEvents(browserEvents()))
	return b
}

// showInTestWindow puts a panel in a window of a side panel's size.
func showInTestWindow(t *testing.T, content fyne.CanvasObject) {
	w := test.NewWindow(content)
	w.Resize(fyne.NewSize(450, 700))
	t.Cleanup(w.Close)
}

// shownIDs are the IDs of the events the list shows, row by row.
func shownIDs(b *eventBrowser) []string {
	var ids []string
	for _, i := range b.visible {
		ids = append(ids, b.ix.events[i].ID)
	}
	return ids
}

func TestBrowserListsByDateUndatedLast(t *testing.T) {
	b := newTestBrowser(t)
	if got, want := shownIDs(b), []string{"hadrut", "ganja", "shushi", "undated"}; !slices.Equal(got, want) {
		t.Errorf("rows = %v, want %v", got, want)
	}
}

func TestBrowserTypeFilterNarrowsTheList(t *testing.T) {
	b := newTestBrowser(t)
	test.Tap(b.types[event.Attack])
	if got, want := shownIDs(b), []string{"hadrut", "undated"}; !slices.Equal(got, want) {
		t.Errorf("without attacks, rows = %v, want %v", got, want)
	}
	if got, want := b.count.Text, "2 of 4 events"; got != want {
		t.Errorf("count = %q, want %q", got, want)
	}
	test.Tap(b.types[event.Attack])
	if got := len(b.visible); got != 4 {
		t.Errorf("with attacks ticked again, %d rows, want 4", got)
	}
}

func TestBrowserSearchNarrowsTheList(t *testing.T) {
	tests := []struct {
		query string
		want  []string
	}{
		{"shushi", []string{"shushi"}},
		{"susa", []string{"shushi"}},              // another name, folded
		{"armenia", []string{"hadrut", "ganja"}},  // an actor, a claimant
		{"flats", []string{"ganja"}},              // the sentence
		{"azerbaijan hadrut", []string{"hadrut"}}, // every word
		{"kyiv", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			b := newTestBrowser(t)
			test.Type(b.search, tt.query)
			if got := shownIDs(b); !slices.Equal(got, tt.want) {
				t.Errorf("rows = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestBrowserSelectionSpeaksOfEventIndices(t *testing.T) {
	b := newTestBrowser(t)
	var got []int
	b.OnSelected = func(i int) { got = append(got, i) }

	b.list.Select(1) // the second row: ganja, the events' index 3
	if !slices.Equal(got, []int{3}) {
		t.Fatalf("selecting row 1 called back with %v, want [3]", got)
	}

	b.Select(1) // shushi, from the map: the third row
	if len(got) != 1 {
		t.Errorf("Select called back with %v; only the user's choice should", got[1:])
	}
	if row := selectedRow(b); row != 2 {
		t.Errorf("Select(1) selected row %d, want 2", row)
	}

	test.Tap(b.types[event.Attack]) // hides shushi
	if row := selectedRow(b); row != -1 {
		t.Errorf("row %d still selected after its event was filtered out", row)
	}
	test.Tap(b.types[event.Attack])
	if row := selectedRow(b); row != 2 {
		t.Errorf("row %d selected when the event came back, want 2", row)
	}
}

// selectedRow is the list's selected row, found by selecting nothing new:
// widget.List keeps it private, so ask which row unselecting reports.
func selectedRow(b *eventBrowser) int {
	row := -1
	b.list.OnUnselected = func(id widget.ListItemID) { row = id }
	b.quiet = true
	b.list.UnselectAll()
	b.quiet = false
	b.list.OnUnselected = nil
	b.showSelection()
	return row
}

func TestBrowserRowShowsTypeColourDateAndPlace(t *testing.T) {
	b := newTestBrowser(t)
	row := b.newRow().(*browserRow)
	b.updateRow(0, row)
	if got, want := row.text.Segments[0].Textual(), "Clash · Hadrut"; got != want {
		t.Errorf("first line = %q, want %q", got, want)
	}
	if got, want := row.text.Segments[1].Textual(), "9 Oct 2020"; got != want {
		t.Errorf("second line = %q, want %q", got, want)
	}
	if got, want := row.swatch.FillColor, event.Clash.Info().Colour; got != want {
		t.Errorf("swatch colour = %v, want the clash colour %v", got, want)
	}
}

func BenchmarkBrowserSearch(b *testing.B) {
	test.NewTempApp(b)
	events := manyEvents(100_000)
	br := newEventBrowser()
	br.setEvents(indexEvents(events))
	b.ResetTimer()
	for i := range b.N {
		br.filter.setQuery(fmt.Sprintf("place%d", i%100))
		br.refilter()
	}
}

// manyEvents are n events of every type over a year, at 1000 places.
func manyEvents(n int) []event.Event {
	events := make([]event.Event, n)
	for i := range events {
		d := day("2020-01-01").AddDate(0, 0, i%365)
		events[i] = event.Event{
			Type:     event.Type(i % int(event.NumTypes)),
			Place:    &geo.Place{Name: fmt.Sprintf("Place%d", i%1000)},
			Window:   &dates.Window{Start: d, End: d, Precision: dates.Day},
			Actors:   []string{"Azerbaijan", "Armenia"},
			Sentence: "Shelling was reported overnight near the line of contact, officials said.",
		}
	}
	return events
}

// BenchmarkIndexEvents is the work done off the UI goroutine for 100,000
// events, BenchmarkBrowserSetEvents the work on it.
func BenchmarkIndexEvents(b *testing.B) {
	events := manyEvents(100_000)
	for b.Loop() {
		indexEvents(events)
	}
}

func BenchmarkBrowserSetEvents(b *testing.B) {
	test.NewTempApp(b)
	ix := indexEvents(manyEvents(100_000))
	br := newEventBrowser()
	for b.Loop() {
		br.setEvents(ix)
	}
}
