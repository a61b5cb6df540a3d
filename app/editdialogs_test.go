package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/geo"
)

func TestMoveToACandidate(t *testing.T) {
	w, i := showEditable(t, "ganja")
	before := w.events[i].Place
	d := w.showPlaceDialog(w.refTo(i))
	if len(d.places) != 2 || d.places[0] != before || d.places[1] != ganjaOrElsewhere {
		t.Fatalf("the dialog lists %v, want the event's place then the other Ganja", d.places)
	}
	d.list.Select(1)
	d.confirm.OnTapped()
	e := lastEdit(t, w)
	if e.Kind != edit.Move || e.Before.Place != before || e.After.Place != ganjaOrElsewhere {
		t.Errorf("edit %s from %v to %v, want the move to the other Ganja", e.Kind, e.Before.Place, e.After.Place)
	}
	if got := w.events[indexOfID(t, w, "ganja")].Place; got != ganjaOrElsewhere {
		t.Errorf("the event is at %v", got)
	}
	w.undo()
	if got := w.events[indexOfID(t, w, "ganja")].Place; got != before {
		t.Errorf("after undo the event is at %v", got)
	}
}

// The place dialog finds places by the start of any of their names as the
// user types, and moves the event to the one chosen.
func TestMoveToAPlaceFound(t *testing.T) {
	w, i := showEditable(t, "tartar")
	w.gazetteer = geo.New([]*geo.Place{
		{ID: "geonames:584871", Name: "Terter", AltNames: []string{"Tartar"}, Kind: geo.City, Country: "AZ", Population: 18185},
		{ID: "geonames:588335", Name: "Tartu", Kind: geo.City, Country: "EE", Population: 91407},
		{ID: "geonames:146970", Name: "Xankandi", AltNames: []string{"Stepanakert"}, Kind: geo.City, Country: "AZ", Population: 53100},
	}, nil)
	before := w.events[i].Place
	d := w.showPlaceDialog(w.refTo(i))
	tests := []struct {
		typed string
		found string
		lines []string
	}{
		{"tart", "2 places named “tart…”:", []string{"Tartu (city), EE", "Tartar (Terter; city), AZ"}},
		{"Stepan", "1 place named “Stepan…”:", []string{"Stepanakert (Xankandi; city), AZ"}},
		{"Stepanakertz", "No place named “Stepanakertz…”.", nil},
		{"TARTAR", "1 place named “TARTAR…”:", []string{"Tartar (Terter; city), AZ"}},
	}
	for _, tt := range tests {
		d.search.SetText(tt.typed)
		var lines []string
		for k := range d.places {
			line := d.list.CreateItem()
			d.list.UpdateItem(k, line)
			lines = append(lines, line.(*widget.Label).Text)
		}
		if d.found.Text != tt.found || !slices.Equal(lines, tt.lines) {
			t.Errorf("typing %q, the dialog says %q and lists %q, want %q and %q", tt.typed, d.found.Text, lines, tt.found, tt.lines)
		}
	}
	d.search.OnSubmitted(d.search.Text) // the one place found is chosen
	d.confirm.OnTapped()
	if e := lastEdit(t, w); e.Kind != edit.Move || e.Before.Place != before || e.After.Place.ID != "geonames:584871" {
		t.Errorf("edit %s from %v to %v, want the move to Terter", e.Kind, e.Before.Place, e.After.Place)
	}
	d = w.showPlaceDialog(w.refTo(indexOfID(t, w, "tartar")))
	d.search.SetText("tart")
	d.search.SetText("")
	if len(d.places) != 1 || d.places[0].ID != "geonames:584871" || d.found.Text != "The places the article's name may mean:" {
		t.Errorf("the search emptied, the dialog lists %v under %q, want the event's place", d.places, d.found.Text)
	}
}

func TestMoveNeedsAChoice(t *testing.T) {
	w, i := showEditable(t, "ganja")
	d := w.showPlaceDialog(w.refTo(i))
	d.confirm.OnTapped()
	if !d.problem.Visible() || len(w.edits.InForce()) > 0 {
		t.Error("Move without a place chosen made an edit or said nothing")
	}
}

func TestDateDialog(t *testing.T) {
	for _, tc := range []struct {
		start, end string
		problem    string // in the message, "" for none
	}{
		{"2020-13-40", "", `The start date, "2020-13-40", is not a day`},
		{"2020-10-12", "2020-10-11", "The end, 11 Oct 2020, is before the start, 12 Oct 2020."},
		{"", "", "The start date is missing"},
		{"2020-10-12", "2020-10-13", ""},
	} {
		t.Run(tc.start+" to "+tc.end, func(t *testing.T) {
			w, i := showEditable(t, "tartar")
			d := w.showDateDialog(w.refTo(i))
			if d.start.Text != "2020-10-12" || d.end.Text != "2020-10-12" || d.precision.Selected != "Day" {
				t.Errorf("the dialog opens on %s to %s, %s", d.start.Text, d.end.Text, d.precision.Selected)
			}
			d.start.SetText(tc.start)
			d.end.SetText(tc.end)
			d.precision.SetSelected("Week")
			d.confirm.OnTapped()
			if tc.problem != "" {
				if !d.problem.Visible() || !strings.Contains(d.problem.Text, tc.problem) || len(w.edits.InForce()) > 0 {
					t.Errorf("the dialog says %q (shown %v), want %q and no edit", d.problem.Text, d.problem.Visible(), tc.problem)
				}
				return
			}
			e := lastEdit(t, w)
			want := window("2020-10-12", "2020-10-13", dates.Week)
			if e.Kind != edit.Redate || *e.Before.Window != *window("2020-10-12", "2020-10-12", dates.Day) || *e.After.Window != *want {
				t.Errorf("edit %s from %v to %v", e.Kind, e.Before.Window, e.After.Window)
			}
			if got := w.details.date.Text; got != dateText(want) {
				t.Errorf("the details say %q", got)
			}
		})
	}
}

func TestUndatedClearsTheWindow(t *testing.T) {
	w, i := showEditable(t, "tartar")
	d := w.showDateDialog(w.refTo(i))
	d.undated.SetChecked(true)
	d.confirm.OnTapped()
	if e := lastEdit(t, w); e.Kind != edit.Redate || e.After.Window != nil {
		t.Errorf("edit %s to %v, want undated", e.Kind, e.After.Window)
	}
	if w.events[indexOfID(t, w, "tartar")].Window != nil {
		t.Error("the event still has a date")
	}
}

func TestNoteDialog(t *testing.T) {
	w, i := showEditable(t, "ganja")
	d := w.showNoteDialog(w.refTo(i))
	d.text.SetText("  Two missiles, per the ministry.\n")
	d.confirm.OnTapped()
	if e := lastEdit(t, w); e.Kind != edit.Annotate || e.Before.Note != "" || e.After.Note != "Two missiles, per the ministry." {
		t.Errorf("edit %s from %q to %q", e.Kind, e.Before.Note, e.After.Note)
	}
	if !w.details.note.Visible() || w.details.note.Text != "Note: Two missiles, per the ministry." {
		t.Errorf("the details show the note %q", w.details.note.Text)
	}
	d = w.showNoteDialog(w.refTo(indexOfID(t, w, "ganja")))
	d.text.SetText("")
	d.confirm.OnTapped()
	if e := lastEdit(t, w); e.After.Note != "" || w.details.note.Visible() {
		t.Errorf("an empty note leaves %q", e.After.Note)
	}
}

func TestMergeThenSplit(t *testing.T) {
	w, i := showEditable(t, "ganja")
	d := w.showMergeDialog(w.refTo(i))
	// Tartar and Moscow are each a day away; Tartar is 61 km, Moscow 1,795.
	if len(d.listed) != 2 || w.events[d.listed[0]].ID != "tartar" {
		t.Fatalf("the dialog lists %v first, want Tartar", d.listed)
	}
	d.filter.SetText("tart")
	d.list.Select(0)
	d.confirm.OnTapped()
	if e := lastEdit(t, w); e.Kind != edit.Merge || e.Event != "layer|ganja" || len(e.Reports) != 1 || e.Reports[0] != "layer|tartar" {
		t.Errorf("edit %s of %s with %v", e.Kind, e.Event, e.Reports)
	}
	if n := len(w.events); n != 2 {
		t.Fatalf("%d events after the merge, want 2", n)
	}
	merged := indexOfID(t, w, "ganja")
	if len(w.events[merged].Reports) != 2 || w.events[merged].Edited != true {
		t.Errorf("the merged event has %d reports", len(w.events[merged].Reports))
	}

	s := w.showSplitDialog(w.refTo(merged))
	s.confirm.OnTapped()
	if !s.problem.Visible() {
		t.Error("Split with no report ticked says nothing")
	}
	s.reports[0].SetChecked(true)
	s.reports[1].SetChecked(true)
	s.confirm.OnTapped()
	if !strings.Contains(s.problem.Text, "at least one") {
		t.Errorf("Split of every report says %q", s.problem.Text)
	}
	s.reports[0].SetChecked(false)
	s.confirm.OnTapped()
	if e := lastEdit(t, w); e.Kind != edit.Split || len(e.Reports) != 1 || e.Reports[0] != "layer|tartar" {
		t.Errorf("edit %s of %v", e.Kind, e.Reports)
	}
	if n := len(w.events); n != 3 {
		t.Errorf("%d events after the split, want 3", n)
	}
	w.undo()
	w.undo()
	if n := len(w.events); n != 3 || len(w.events[indexOfID(t, w, "ganja")].Reports) != 0 {
		t.Errorf("undoing both leaves %d events", n)
	}
}
