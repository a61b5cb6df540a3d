package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data"
	"github.com/chronomap/chronomap/geo"
)

// detailsPanel shows everything known about one event.
type detailsPanel struct {
	content fyne.CanvasObject
	hint    *widget.Label // shown while no event is selected
	form    *widget.Form

	kind, date, place, country  *widget.Label
	actors, claimedBy, deniedBy *widget.Label
	fatalities, injured         *widget.Label
	sentence, source            *widget.Label

	// countries names a country from its ISO code; nil until the gazetteer
	// is loaded, when countries show as codes.
	countries func(cc string) *geo.Place
}

func newDetailsPanel() *detailsPanel {
	d := &detailsPanel{hint: widget.NewLabel("Select an event to see its details.")}
	field := func(l **widget.Label) *widget.Label {
		*l = widget.NewLabel("")
		(*l).Wrapping = fyne.TextWrapWord
		(*l).Selectable = true
		return *l
	}
	d.form = widget.NewForm(
		widget.NewFormItem("Type", field(&d.kind)),
		widget.NewFormItem("Date", field(&d.date)),
		widget.NewFormItem("Place", field(&d.place)),
		widget.NewFormItem("Country", field(&d.country)),
		widget.NewFormItem("Actors", field(&d.actors)),
		widget.NewFormItem("Claimed by", field(&d.claimedBy)),
		widget.NewFormItem("Denied by", field(&d.deniedBy)),
		widget.NewFormItem("Fatalities", field(&d.fatalities)),
		widget.NewFormItem("Injured", field(&d.injured)),
		widget.NewFormItem("Sentence", field(&d.sentence)),
		widget.NewFormItem("Source", field(&d.source)),
	)
	d.form.Hide()
	d.content = container.NewVScroll(container.NewVBox(d.hint, d.form))
	return d
}

// show fills the panel with e.
func (d *detailsPanel) show(e data.Event) {
	d.kind.SetText(typeText(e.Type))
	d.date.SetText(dateText(e.Window))
	d.place.SetText(placeText(e.Place))
	d.country.SetText(countryText(e.Place, d.countries))
	d.actors.SetText(namesText(e.Actors))
	d.claimedBy.SetText(namesText(e.ClaimedBy))
	d.deniedBy.SetText(namesText(e.DeniedBy))
	d.fatalities.SetText(countText(e.Fatalities))
	d.injured.SetText(countText(e.Injured))
	d.sentence.SetText(e.Sentence)
	d.source.SetText(sourceText(e))
	d.hint.Hide()
	d.form.Show()
}

// clear goes back to the hint.
func (d *detailsPanel) clear() {
	d.form.Hide()
	d.hint.Show()
}
