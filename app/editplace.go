package app

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/geo"
)

// maxPlacesFound is how many places the place dialog lists, the most
// important first: the start of a name ("San") is that of thousands.
const maxPlacesFound = 100

// placeDialog moves an event to another place: one of those the geocoder
// considered for its name, listed first, or one found in the gazetteer by
// the start of any of its names, as the user types it.
type placeDialog struct {
	*editDialog
	search *widget.Entry
	found  *widget.Label // what the list shows
	list   *widget.List
	places []*geo.Place // listed
	chosen *geo.Place
}

func (w *mainWindow) showPlaceDialog(ref eventRef) *placeDialog {
	ev := ref.event()
	if ev == nil {
		return nil
	}
	d := &placeDialog{search: widget.NewEntry(), found: widget.NewLabel("")}
	candidates := append([]*geo.Place{}, ev.OtherPlaces...)
	if ev.Place != nil {
		candidates = append([]*geo.Place{ev.Place}, candidates...)
	}
	d.list = lineList(func() int { return len(d.places) }, func(k int) string {
		// A place found by another of its names is listed under that one
		// too, or "Stepan" would seem to have found Xankandi at random.
		line := candidateText(d.places[k], d.places[k].NameStarting(d.search.Text), w.details.countries)
		if d.places[k] == ev.Place {
			return line + " · now"
		}
		return line
	})
	d.list.OnSelected = func(k widget.ListItemID) { d.chosen = d.places[k] }
	d.showPlaces(candidates, "The places the article's name may mean:")
	d.search.SetPlaceHolder("Search the gazetteer by the start of a name, e.g. Stepan")
	d.search.OnChanged = func(q string) {
		if q == "" {
			d.showPlaces(candidates, "The places the article's name may mean:")
			return
		}
		found := w.placesStarting(q)
		d.showPlaces(found, foundText(len(found), q))
	}
	d.search.OnSubmitted = func(string) {
		if len(d.places) == 1 {
			d.list.Select(0)
		}
	}
	if w.gazetteer == nil {
		d.search.Disable()
	} else {
		go w.gazetteer.PrepareSearch()
	}
	content := container.NewBorder(container.NewVBox(d.search, d.found), nil, nil, nil, d.list)
	d.editDialog = w.newEditDialog("Move to", "Move", content, func() error {
		switch {
		case d.chosen == nil:
			return errors.New("Choose a place in the list.")
		case d.chosen == ev.Place:
			return nil
		}
		return ref.set(edit.Move, edit.Value{Place: d.chosen})
	})
	d.show(fyne.NewSize(560, 420))
	w.win.Canvas().Focus(d.search)
	return d
}

// showPlaces lists places, under a line saying what they are.
func (d *placeDialog) showPlaces(places []*geo.Place, what string) {
	d.places, d.chosen = places, nil
	d.found.SetText(what)
	d.list.UnselectAll()
	d.list.Refresh()
}

// placesStarting are the gazetteer's places with a name that starts with
// q, in any of their names, those named q whole first, then the most
// important.
func (w *mainWindow) placesStarting(q string) []*geo.Place {
	if w.gazetteer == nil {
		return nil
	}
	return w.gazetteer.Search(q, maxPlacesFound)
}

// foundText says how many places a search for names starting with q found.
func foundText(n int, q string) string {
	switch {
	case n == 0:
		return fmt.Sprintf("No place named “%s…”.", q)
	case n == maxPlacesFound:
		return fmt.Sprintf("The %d most important places named “%s…”:", n, q)
	}
	return fmt.Sprintf("%s named “%s…”:", counted(n, "place"), q)
}
