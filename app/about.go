package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Credits the data licenses require (GeoNames and Gerald Venzl's country
// points, CC BY 4.0; Google's, BSD-3-Clause) or invite (Natural Earth and the
// US Census Bureau, public domain) wherever the data is shown.
const (
	geoNamesCredit     = "Place names and coordinates: GeoNames (www.geonames.org), licensed under CC BY 4.0; modified (filtered and merged) for Chronomap."
	naturalEarthCredit = "Made with Natural Earth (public domain)"
	otherPointsCredit  = "Country points: GeoNames via Gerald Venzl's sample-data (CC BY 4.0) and Google's canonical countries (BSD-3-Clause, Copyright 2018 Google Inc.). US counties: US Census Bureau gazetteer (public domain)."
)

// showAbout opens the About dialog over w.
func showAbout(a fyne.App, w fyne.Window) {
	version := a.Metadata().Version
	if version == "" {
		version = "development build"
	}
	title := widget.NewLabelWithStyle("Chronomap "+version, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	wrapped := func(s string) *widget.Label {
		l := widget.NewLabel(s)
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	content := container.NewVBox(
		title,
		wrapped("Maps the events that news articles about conflicts report: what happened, where, when, and who claims or denies it."),
		widget.NewSeparator(),
		wrapped(geoNamesCredit),
		wrapped(naturalEarthCredit),
		wrapped(otherPointsCredit),
	)
	d := dialog.NewCustom("About Chronomap", "Close", content, w)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}
