package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// ganjaOrElsewhere is the other Ganja the geocoder considered for the
// attack on Ganja.
var ganjaOrElsewhere = &geo.Place{ID: "geonames:1", Name: "Ganja", Country: "AM", Admin1: "Lori", Point: orb.Point{44.4, 41.0}}

// editableEvents are events imported from a layer, which edits name by
// their IDs: an attack on Ganja, a clash in Tartar a day later, and talks
// in Moscow that two articles reported.
func editableEvents() []event.Event {
	moscow := &geo.Place{ID: "geonames:524901", Name: "Moscow", Point: orb.Point{37.6156, 55.7522}}
	talks := func(id, source, sentence string) event.Event {
		return event.Event{ID: id, Type: event.Diplomacy, Window: window("2020-10-09", "2020-10-10", dates.Day),
			Place: moscow, Source: source, Sentence: sentence}
	}
	merged := talks("talks-a", "a.txt", "The foreign ministers met in Moscow.")
	merged.Reports = []event.Event{merged, talks("talks-b", "b.txt", "Talks in Moscow went on all night.")}
	return []event.Event{
		{ID: "ganja", Type: event.Attack, Window: window("2020-10-11", "2020-10-11", dates.Day),
			Place:       &geo.Place{ID: "geonames:586523", Name: "Ganja", Country: "AZ", Point: orb.Point{46.3606, 40.6828}},
			OtherPlaces: []*geo.Place{ganjaOrElsewhere}, Sentence: "A missile hit Ganja."},
		{ID: "tartar", Type: event.Clash, Window: window("2020-10-12", "2020-10-12", dates.Day),
			Place: &geo.Place{ID: "geonames:147288", Name: "Tartar", Point: orb.Point{46.93, 40.34}}, Sentence: "Fighting in Tartar."},
		merged,
	}
}

// showEditable shows editableEvents as a load of a set does, with an edit
// log, and selects the event of ID id; it gives the event's index.
func showEditable(t *testing.T, id string) (*mainWindow, int) {
	t.Helper()
	w := newTestWindow(t)
	events := editableEvents()
	w.show(prepared(loaded{set: &articleSet{}, events: events, merged: events, log: edit.NewLog(nil, 0), articles: 1}), nil)
	i := indexOfID(t, w, id)
	w.selected(i, nil)
	return w, i
}

// indexOfID is the index of the event of ID id, or one of whose reports
// has it.
func indexOfID(t *testing.T, w *mainWindow, id string) int {
	t.Helper()
	for i, e := range w.events {
		if e.ID == id || slices.ContainsFunc(e.Reports, func(r event.Event) bool { return r.ID == id }) {
			return i
		}
	}
	t.Fatalf("no event %q", id)
	return -1
}

// itemOf is the item of menu labelled path[0], or of its submenu
// path[1]; the test fails if it has none.
func itemOf(t *testing.T, m *fyne.Menu, path ...string) *fyne.MenuItem {
	t.Helper()
	for _, it := range m.Items {
		if it.Label == path[0] {
			if len(path) == 1 {
				return it
			}
			return itemOf(t, it.ChildMenu, path[1:]...)
		}
	}
	t.Fatalf("no item %q in the menu", path[0])
	return nil
}

// lastEdit is the last edit in force; the test fails if there is none.
func lastEdit(t *testing.T, w *mainWindow) edit.Edit {
	t.Helper()
	edits := w.edits.InForce()
	if len(edits) == 0 {
		t.Fatal("no edit was made")
	}
	return edits[len(edits)-1]
}

func TestEventMenuOffersTheCorrections(t *testing.T) {
	w, i := showEditable(t, "ganja")
	var labels []string
	for _, it := range w.eventMenu(i).Items {
		labels = append(labels, it.Label)
	}
	for _, want := range []string{"Verified", "Rejected", "Unreviewed", "Change Type", "Move to…", "Change Dates…", "Note…", "Merge with…", "Split Reports…"} {
		if !slices.Contains(labels, want) {
			t.Errorf("the menu has %q, not %q", labels, want)
		}
	}
	if !itemOf(t, w.eventMenu(i), "Unreviewed").Checked || itemOf(t, w.eventMenu(i), "Verified").Checked {
		t.Error("an event no one reviewed is not checked Unreviewed")
	}
	if !itemOf(t, w.eventMenu(i), "Split Reports…").Disabled {
		t.Error("Split Reports is enabled for an event of one report")
	}
}

func TestEditMenuItemsCommitTheirEdit(t *testing.T) {
	for _, tc := range []struct {
		path          []string
		kind          edit.Kind
		before, after edit.Value
		shown         func(d *eventDetails) string
		want          string
	}{
		{[]string{"Verified"}, edit.Review, edit.Value{}, edit.Value{Review: event.Verified},
			func(d *eventDetails) string { return d.review.Text }, "✓ Verified · ✎ Edited"},
		{[]string{"Rejected"}, edit.Review, edit.Value{}, edit.Value{Review: event.Rejected},
			func(d *eventDetails) string { return d.review.Text }, "✗ Rejected · ✎ Edited"},
		{[]string{"Change Type", "Clash"}, edit.Retype, edit.Value{Type: event.Attack}, edit.Value{Type: event.Clash},
			func(d *eventDetails) string { return d.kind.Text }, "Clash"},
	} {
		t.Run(strings.Join(tc.path, " ▸ "), func(t *testing.T) {
			w, i := showEditable(t, "ganja")
			itemOf(t, w.eventMenu(i), tc.path...).Action()
			e := lastEdit(t, w)
			if e.Kind != tc.kind || e.Before != tc.before || e.After != tc.after || e.Event != "layer|ganja" {
				t.Errorf("edit %s of %s from %+v to %+v, want %s from %+v to %+v", e.Kind, e.Event, e.Before, e.After, tc.kind, tc.before, tc.after)
			}
			if got := tc.shown(w.details); got != tc.want {
				t.Errorf("the details show %q, want %q", got, tc.want)
			}
			w.undo()
			if got := w.events[indexOfID(t, w, "ganja")]; got.Edited || got.Review != event.Unreviewed || got.Type != event.Attack {
				t.Errorf("after undo the event is %+v", got)
			}
			if !w.details.body.Visible() || w.details.review.Visible() {
				t.Error("after undo the details do not show the event as the rules found it")
			}
		})
	}
}

func TestTheListRowShowsTheBadges(t *testing.T) {
	w, i := showEditable(t, "ganja")
	itemOf(t, w.eventMenu(i), "Rejected").Action()
	i = indexOfID(t, w, "ganja")
	row := w.list.newRow().(*browserRow)
	w.list.updateRow(w.list.rowOf(i), row)
	if got, want := row.text.Segments[0].Textual(), "✗ ✎ Attack · Ganja"; got != want {
		t.Errorf("first line = %q, want %q", got, want)
	}
	if got := row.text.Segments[0].(*widget.TextSegment).Style.ColorName; got != theme.ColorNamePlaceHolder {
		t.Errorf("a rejected event's row is in %q, want dimmed", got)
	}
	w.undo()
	w.list.updateRow(w.list.rowOf(indexOfID(t, w, "ganja")), row)
	if got, want := row.text.Segments[0].Textual(), "Attack · Ganja"; got != want {
		t.Errorf("after undo the first line = %q, want %q", got, want)
	}
}
