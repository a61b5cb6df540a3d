package app

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// rightClicks are the two places an event's menu opens from.
var rightClicks = []struct {
	name string
	open func(t *testing.T, w *mainWindow, i int)
}{
	{"marker", func(t *testing.T, w *mainWindow, i int) { test.TapSecondaryAt(w.mapView, onMap(w, i)) }},
	{"list row", func(t *testing.T, w *mainWindow, i int) {
		w.list.list.ScrollTo(w.list.rowOf(i)) // the list is a few rows high
		test.TapSecondary(findWidget(t, w.win.Canvas(), func(r *browserRow) bool { return r.index == i }))
	}},
}

// openMenu is the items of the pop-up menu open over w, by label, in
// order; the test fails if none is open.
func openMenu(t *testing.T, w *mainWindow) (labels []string, items map[string]fyne.Tappable) {
	t.Helper()
	menu := popUpMenu(t, w)
	items = map[string]fyne.Tappable{}
	for _, o := range menu.Items {
		// The menu's item widgets are Fyne's own; their fyne.MenuItem is
		// the one exported field.
		if f := reflect.ValueOf(o).Elem().FieldByName("Item"); f.IsValid() {
			label := f.Interface().(*fyne.MenuItem).Label
			labels = append(labels, label)
			items[label] = o.(fyne.Tappable)
		}
	}
	return labels, items
}

func TestRightClickOpensTheEventMenu(t *testing.T) {
	want := []string{"Copy", "Copy as GeoJSON", "Zoom to", "Show article", "Hide Attack",
		"Verified", "Rejected", "Unreviewed", "Change Type", "Move to…", "Change Dates…", "Note…", "Merge with…", "Split Reports…"}
	for _, click := range rightClicks {
		t.Run(click.name, func(t *testing.T) {
			w := showEvents(t, filteredEvents())
			click.open(t, w, 0)
			if got, _ := openMenu(t, w); !slices.Equal(got, want) {
				t.Errorf("the menu of the Ganja attack has %q, want %q", got, want)
			}
		})
	}
}

// articleEvents are filteredEvents from an article written where w can
// read it, with w's articles shown in line.
func articleEvents(t *testing.T) *mainWindow {
	events := filteredEvents()
	a, _ := longArticle()
	for i := range events {
		events[i].Source = a.Name
	}
	w := showEvents(t, events)
	path := filepath.Join(t.TempDir(), a.Name)
	if err := os.WriteFile(path, []byte(a.Text), 0o644); err != nil {
		t.Fatal(err)
	}
	w.files = articleFiles{a.Name: path}
	w.articles.background = func(f func()) { f() }
	w.articles.do = func(f func()) { f() }
	return w
}

func TestEventMenuItemsDoTheirJob(t *testing.T) {
	for _, tc := range []struct {
		item  string
		check func(t *testing.T, w *mainWindow, before render.Viewport, windows int)
	}{
		{"Copy", func(t *testing.T, w *mainWindow, _ render.Viewport, _ int) {
			got := clipboard().Content()
			if got != eventText(w.events[0], w.details.countries) || !strings.Contains(got, "Place: Ganja (city)\n") {
				t.Errorf("clipboard =\n%s\nwant the Ganja attack as Copy writes it", got)
			}
		}},
		{"Copy as GeoJSON", func(t *testing.T, w *mainWindow, _ render.Viewport, _ int) {
			if want, _ := eventGeoJSON(w.events[0]); clipboard().Content() != want {
				t.Errorf("clipboard =\n%s\nwant\n%s", clipboard().Content(), want)
			}
		}},
		{"Zoom to", func(t *testing.T, w *mainWindow, before render.Viewport, _ int) {
			v := w.mapView.View()
			x, y := v.ToPixel(render.Mercator(w.events[0].Place.Point))
			if v.Zoom <= before.Zoom || x < 0 || y < 0 || x > float64(v.Width) || y > float64(v.Height) {
				t.Errorf("view at zoom %.1f (from %.1f) with Ganja at (%.0f, %.0f) of %d×%d", v.Zoom, before.Zoom, x, y, v.Width, v.Height)
			}
			if w.mapView.Selected() != 0 || w.list.selected != 0 || !w.details.body.Visible() {
				t.Errorf("Zoom to selects %d on the map, %d in the list", w.mapView.Selected(), w.list.selected)
			}
		}},
		{"Show article", func(t *testing.T, w *mainWindow, _ render.Viewport, windows int) {
			if n := len(w.app.Driver().AllWindows()) - windows; n != 1 {
				t.Fatalf("%d windows opened, want the article's", n)
			}
			_, items := openMenuOf(t, w, 0)
			items["Show article"].Tapped(&fyne.PointEvent{})
			if n := len(w.app.Driver().AllWindows()) - windows; n != 1 {
				t.Errorf("showing the article again opens %d windows, want its one", n)
			}
		}},
		{"Hide Attack", func(t *testing.T, w *mainWindow, _ render.Viewport, _ int) {
			if w.list.types[event.Attack].Checked {
				t.Error("Attack is still ticked")
			}
			if got := onMapShown(w); !slices.Equal(got, []int{1}) {
				t.Errorf("the map shows events %v, want the talks in Moscow, 1", got)
			}
		}},
	} {
		for _, click := range rightClicks {
			t.Run(tc.item+" from the "+click.name, func(t *testing.T) {
				w := articleEvents(t)
				before, windows := w.mapView.View(), len(w.app.Driver().AllWindows())
				click.open(t, w, 0)
				_, items := openMenu(t, w)
				items[tc.item].Tapped(&fyne.PointEvent{})
				tc.check(t, w, before, windows)
			})
		}
	}
}

// popUpMenu is the pop-up menu open; the test fails if none is. It looks
// in every window, as the test driver puts pop-ups in the last one opened.
func popUpMenu(t *testing.T, w *mainWindow) *widget.PopUpMenu {
	t.Helper()
	for _, win := range w.app.Driver().AllWindows() {
		if top := win.Canvas().Overlays().Top(); top != nil {
			for _, o := range test.LaidOutObjects(top) {
				if m, ok := o.(*widget.PopUpMenu); ok {
					return m
				}
			}
		}
	}
	t.Fatal("no pop-up menu is open")
	return nil
}

// openMenuOf right-clicks event i's marker and gives its menu.
func openMenuOf(t *testing.T, w *mainWindow, i int) ([]string, map[string]fyne.Tappable) {
	t.Helper()
	test.TapSecondaryAt(w.mapView, onMap(w, i))
	return openMenu(t, w)
}

func TestAOnePlaceClusterMenuHasEachEvent(t *testing.T) {
	events := placedEvents()
	again := events[0] // a second attack on Ganja, a day later
	again.Window = window("2020-10-12", "2020-10-12", dates.Day)
	w := showEvents(t, append(events, again))

	labels, items := openMenuOf(t, w, 0)
	want := []string{"Zoom to", eventSummary(w.events[0]), eventSummary(w.events[2])}
	if !slices.Equal(labels, want) {
		t.Fatalf("the cluster's menu has %q, want %q", labels, want)
	}
	for _, o := range popUpMenu(t, w).Items {
		if it := reflect.ValueOf(o).Elem().FieldByName("Item"); it.IsValid() && it.Interface().(*fyne.MenuItem).Label == want[1] {
			if sub := it.Interface().(*fyne.MenuItem).ChildMenu; sub == nil || sub.Items[0].Label != "Copy" {
				t.Errorf("the event's item opens %v, want its menu", sub)
			}
		}
	}
	before := w.mapView.View().Zoom
	items["Zoom to"].Tapped(&fyne.PointEvent{})
	if got := w.mapView.View().Zoom; got <= before {
		t.Errorf("Zoom to leaves the zoom at %.1f, from %.1f", got, before)
	}
}

func TestASpreadClusterMenuOnlyZooms(t *testing.T) {
	events := placedEvents()
	near := event.Event{Type: event.Clash, Window: events[0].Window, // 2 km east of Ganja
		Place: &geo.Place{Name: "Near Ganja", Point: orb.Point{46.38, 40.6828}}}
	w := showEvents(t, append(events, near))
	if labels, _ := openMenuOf(t, w, 0); !slices.Equal(labels, []string{"Zoom to"}) {
		t.Errorf("the menu of a cluster of two places has %q, want Zoom to alone", labels)
	}
}

// A menu left open while another set of events replaced the one it was
// opened on does not zoom to, nor select, what now has its index.
func TestAMenuOfAReplacedSetDoesNotZoom(t *testing.T) {
	w := articleEvents(t)
	_, items := openMenuOf(t, w, 0)
	w.events = slices.Clone(w.events) // as a load that finished meanwhile
	before := w.mapView.View()
	items["Zoom to"].Tapped(&fyne.PointEvent{})
	if w.mapView.View() != before || w.mapView.Selected() >= 0 {
		t.Errorf("Zoom to of the old set moved the map or selected %d", w.mapView.Selected())
	}
}
