package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// eventDetails shows everything known about one event: its fields, its
// sentence with the place and date words highlighted, and, for an event
// several articles report, each report, expandable.
type eventDetails struct {
	content fyne.CanvasObject
	hint    *widget.Label // shown while no event is selected
	body    *fyne.Container
	form    *widget.Form

	kind, date, place, otherNames, country *widget.Label
	otherPlaces                            *widget.Label
	actors, claimedBy, deniedBy            *widget.Label
	fatalities, injured, source            *widget.Label
	sentence                               *widget.RichText
	reports                                *widget.Accordion
	showArticle                            *widget.Button
	// review is the event's badges, and note the analyst's note; each
	// shows only when there is something to say.
	review, note          *widget.Label
	edit                  *widget.Button
	copyText, copyGeoJSON *copier

	shown event.Event
	// countries names a country from its ISO code; nil until the gazetteer
	// is loaded, when countries show as codes.
	countries func(cc string) *geo.Place
	// OnShowArticle is called with the event, or the report, whose article
	// the user asks to read whole.
	OnShowArticle func(event.Event)
	// EditMenu is the menu of corrections of the event shown that Edit
	// opens.
	EditMenu func() *fyne.Menu
}

// maxOtherNames is how many of a place's other names the details list; big
// cities have hundreds, in every script.
const maxOtherNames = 12

func newEventDetails() *eventDetails {
	d := &eventDetails{hint: widget.NewLabel(selectHint)}
	fields := []**widget.Label{&d.kind, &d.date, &d.place, &d.otherNames, &d.otherPlaces, &d.country,
		&d.actors, &d.claimedBy, &d.deniedBy, &d.fatalities, &d.injured, &d.source}
	d.form = widget.NewForm()
	for k, row := range eventRows(event.Event{}, nil) {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		l.Selectable = true
		*fields[k] = l
		d.form.Append(row.label, l)
	}
	d.sentence = widget.NewRichText()
	d.sentence.Wrapping = fyne.TextWrapWord
	d.reports = widget.NewAccordion()
	d.showArticle = widget.NewButton("Show article", func() { d.askForArticle(d.shown) })
	d.copyText = newCopier("Copy", func() (string, error) { return eventText(d.shown, d.countries), nil })
	d.copyGeoJSON = newCopier("Copy as GeoJSON", func() (string, error) { return eventGeoJSON(d.shown) })
	d.edit = widget.NewButtonWithIcon("Edit", theme.DocumentCreateIcon(), d.openEditMenu)
	d.review = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.note = widget.NewLabel("")
	d.note.Wrapping = fyne.TextWrapWord
	d.note.Selectable = true
	buttons := container.NewGridWithColumns(2, d.showArticle, d.edit)
	copies := container.NewGridWithColumns(2, d.copyText.button, d.copyGeoJSON.button)
	d.body = container.NewVBox(d.review, d.note, d.form, widget.NewSeparator(), d.sentence, buttons, copies, d.reports)
	d.body.Hide()
	d.content = container.NewVScroll(container.NewVBox(d.hint, d.body))
	return d
}

// show fills the panel with e.
func (d *eventDetails) show(e event.Event) {
	d.shown = e
	for k, row := range eventRows(e, d.countries) {
		d.form.Items[k].Widget.(*widget.Label).SetText(row.text)
	}
	d.sentence.Segments = highlighted(e.Sentence, sentenceMarks(e))
	d.sentence.Refresh()
	d.showReports(e.Reports)
	d.showReview(e)
	d.copyText.reset()
	d.copyGeoJSON.reset()
	// The GeoJSON layer has no feature for an event without a point.
	if e.Place == nil {
		d.copyGeoJSON.button.Disable()
	} else {
		d.copyGeoJSON.button.Enable()
	}
	d.edit.Enable()
	d.hint.Hide()
	d.body.Show()
	d.content.Refresh() // the review's and the note's lines come and go
}

// showUneditable fills the panel with e, its Edit button disabled: the
// corrections wait for the events behind outlines (see outline.go).
func (d *eventDetails) showUneditable(e event.Event) {
	d.show(e)
	d.edit.Disable()
}

// showReports fills the accordion with one closed item per report, so that
// a merged event reads as one until the user expands it.
func (d *eventDetails) showReports(reports []event.Event) {
	d.reports.Items = nil
	for _, r := range reports {
		open := widget.NewButton("Show article", func() { d.askForArticle(r) })
		detail := container.NewVBox(sentenceText(r), widget.NewLabel(sourceText(r)), open)
		d.reports.Append(widget.NewAccordionItem(reportTitle(r), detail))
	}
	d.reports.Refresh()
	if len(reports) == 0 {
		d.reports.Hide()
	} else {
		d.reports.Show()
	}
}

// showReview shows e's badges and note, or hides their lines.
func (d *eventDetails) showReview(e event.Event) {
	d.review.SetText(reviewText(e))
	d.review.Importance = widget.MediumImportance
	if e.Review == event.Rejected {
		d.review.Importance = widget.DangerImportance
	}
	d.note.SetText("Note: " + e.Note)
	for l, shown := range map[*widget.Label]bool{d.review: d.review.Text != "", d.note: e.Note != ""} {
		if shown {
			l.Show()
		} else {
			l.Hide()
		}
	}
}

// openEditMenu opens the corrections' menu under the Edit button.
func (d *eventDetails) openEditMenu() {
	if d.EditMenu == nil {
		return
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(d.edit)
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(d.edit).AddXY(0, d.edit.Size().Height)
	widget.ShowPopUpMenuAtPosition(d.EditMenu(), c, at)
}

func (d *eventDetails) askForArticle(e event.Event) {
	if d.OnShowArticle != nil {
		d.OnShowArticle(e)
	}
}

// clear goes back to the hint.
func (d *eventDetails) clear() {
	d.body.Hide()
	d.hint.SetText(selectHint)
	d.hint.Show()
}

// waiting says that the details of the event selected are being read.
func (d *eventDetails) waiting() {
	d.body.Hide()
	d.hint.SetText("Reading the details of the events…")
	d.hint.Show()
}

// selectHint is what the details show while no event is selected.
const selectHint = "Select an event to see its details."

// eventRow is a row of the details: its label and what it says of an
// event.
type eventRow struct{ label, text string }

// eventRows are the rows the details show of e, in order; Copy writes
// them too, so that the text reads as the panel does.
func eventRows(e event.Event, countries func(cc string) *geo.Place) []eventRow {
	return []eventRow{
		{"Type", e.Type.Info().Label},
		{"Date", dateText(e.Window)},
		{"Place", eventPlaceText(e)},
		{"Other names", otherNamesText(e.Place)},
		{"Could also be", otherPlacesText(e.OtherPlaces, countries)},
		{"Country", countryText(e.Place, countries)},
		{"Actors", namesText(e.Actors)},
		{"Claimed by", namesText(e.ClaimedBy)},
		{"Denied by", namesText(e.DeniedBy)},
		{"Fatalities", countText(e.Fatalities)},
		{"Injured", countText(e.Injured)},
		{"Source", sourcesText(e)},
	}
}

// otherNamesText lists a few of a place's other names.
func otherNamesText(p *geo.Place) string {
	if p == nil || len(p.AltNames) == 0 {
		return none
	}
	names := p.AltNames
	if len(names) > maxOtherNames {
		return strings.Join(names[:maxOtherNames], ", ") + fmt.Sprintf(" and %d more", len(names)-maxOtherNames)
	}
	return strings.Join(names, ", ")
}

// sourcesText names the article an event comes from, or for a merged
// event, how many reported it.
func sourcesText(e event.Event) string {
	if len(e.Reports) == 0 {
		return sourceText(e)
	}
	return fmt.Sprintf("%d reports, below", len(e.Reports))
}

// reportTitle heads one report of a merged event: the article, its
// date window and place.
func reportTitle(r event.Event) string {
	return r.Source + " · " + windowText(r.Window) + " · " + eventPlaceName(r)
}
