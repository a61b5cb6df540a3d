// Package geo holds Chronomap's offline gazetteer: places and their names,
// and loading the gazetteer bundled in the binary. Finding toponyms in a
// text and resolving them is geo/toponym's. It knows nothing of articles,
// events or the user interface, and never imports Fyne.
package geo
