// Package geo holds Chronomap's offline gazetteer and geocoder: places and
// their names, loading the embedded gazetteer, finding toponyms in a text and
// resolving each one to a single place. It knows nothing of articles, events
// or the user interface, and never imports Fyne.
package geo
