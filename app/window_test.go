package app

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// sampleEvents are events as the extractor makes them, in date order.
func sampleEvents() []event.Event {
	published := day("2020-11-07")
	four := 4
	return []event.Event{
		{
			Source: "a.txt", DocDate: &published, Type: event.Clash,
			Place:    &geo.Place{Name: "Hadrut", Kind: geo.City, Country: "AZ"},
			Window:   window("2020-10-09", "2020-10-09", dates.Day),
			Actors:   []string{"Azerbaijan", "Armenia"},
			Sentence: "Fighting raged around Hadrut on October 9.",
		},
		{
			Source: "a.txt", DocDate: &published, Type: event.Attack,
			Place:      &geo.Place{Name: "Shushi", Kind: geo.City, Country: "AZ", Admin1: "Shusha"},
			Window:     window("2020-11-06", "2020-11-07", dates.Day),
			Actors:     []string{"Azerbaijan"},
			ClaimedBy:  []string{"Armenia"},
			DeniedBy:   []string{"Azerbaijan"},
			Fatalities: &four,
			Sentence:   "Armenia said Azerbaijani forces shelled Shushi overnight.",
		},
	}
}

func newTestWindow(t testing.TB) *mainWindow {
	t.Helper()
	a := test.NewTempApp(t)
	w := newMainWindow(a)
	w.win.Resize(fyne.NewSize(1000, 600))
	w.win.Show()
	t.Cleanup(w.win.Close)
	return w
}

func TestSelectingAnEventShowsItsDetails(t *testing.T) {
	w := newTestWindow(t)
	w.show(prepared(loaded{events: sampleEvents(), articles: 1}), nil)

	if !w.details.hint.Visible() || w.details.body.Visible() {
		t.Fatal("before any selection the details panel should show the hint")
	}
	w.list.list.Select(1) // as the user clicks the second row

	d := w.details
	fields := []struct {
		name string
		got  *widget.Label
		want string
	}{
		{"type", d.kind, "Attack"},
		{"date", d.date, "6–7 Nov 2020 (to the day)"},
		{"place", d.place, "Shushi (city, Shusha)"},
		{"country", d.country, "AZ"},
		{"actors", d.actors, "Azerbaijan"},
		{"claimed by", d.claimedBy, "Armenia"},
		{"denied by", d.deniedBy, "Azerbaijan"},
		{"fatalities", d.fatalities, "4"},
		{"injured", d.injured, "not stated"},
		{"source", d.source, "a.txt (published 7 Nov 2020)"},
	}
	for _, f := range fields {
		if f.got.Text != f.want {
			t.Errorf("%s = %q, want %q", f.name, f.got.Text, f.want)
		}
	}
	if got, want := d.sentence.String(), "Armenia said Azerbaijani forces shelled Shushi overnight."; got != want {
		t.Errorf("sentence = %q, want %q", got, want)
	}
	if d.hint.Visible() || !d.body.Visible() {
		t.Error("after a selection the details panel should show the event, not the hint")
	}
	if got, want := w.status.Text, "1 article, 2 events"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
}

func TestOpeningNewArticlesClearsTheSelection(t *testing.T) {
	w := newTestWindow(t)
	w.show(prepared(loaded{events: sampleEvents(), articles: 1}), nil)
	w.list.list.Select(0)

	w.show(prepared(loaded{events: sampleEvents()[:1], articles: 1}), nil)
	if w.details.body.Visible() {
		t.Error("details of an event from the previous articles still shown")
	}
}

func TestALoadErrorShowsInADialogAndKeepsTheEvents(t *testing.T) {
	w := newTestWindow(t)
	w.show(prepared(loaded{events: sampleEvents(), articles: 1}), nil)

	w.show(loaded{}, errors.New("missing.txt: no such file or directory"))

	if got := len(w.list.visible); got != 2 {
		t.Errorf("the list has %d events after a failed load, want the 2 it had", got)
	}
	overlay := w.win.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("no dialog shown for the error")
	}
	if !rendersText(overlay, "missing.txt: no such file or directory") {
		t.Error("the dialog does not show the error message")
	}
}

// rendersText reports whether a label or text anywhere in o reads s.
func rendersText(o fyne.CanvasObject, s string) bool {
	return strings.Contains(test.RenderObjectToMarkup(o), s)
}

func TestAboutCreditsTheData(t *testing.T) {
	w := newTestWindow(t)
	showAbout(w.app, w.win)

	about := w.win.Canvas().Overlays().Top()
	if about == nil {
		t.Fatal("no About dialog")
	}
	// GeoNames' CC BY 4.0 license requires the credit wherever the data is
	// shown, as do Gerald Venzl's (CC BY 4.0) and Google's (BSD-3-Clause)
	// country points; Natural Earth and the Census Bureau ask for it as a
	// courtesy.
	labels := labelTexts(about)
	for _, credit := range []string{geoNamesCredit, naturalEarthCredit, otherPointsCredit} {
		if !slices.Contains(labels, credit) {
			t.Errorf("the About dialog does not show %q", credit)
		}
	}
}

// labelTexts lists the texts of the labels anywhere in o, whole however
// they wrap.
func labelTexts(o fyne.CanvasObject) []string {
	var out []string
	switch x := o.(type) {
	case *widget.Label:
		return []string{x.Text}
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, labelTexts(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			out = append(out, labelTexts(c)...)
		}
	}
	return out
}
