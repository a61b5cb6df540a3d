// Package app is Chronomap's desktop window: it reads articles (or layers of
// events, GeoJSON or CSV) off the user interface goroutine, extracts their
// events and shows them on a map (package mapview), in a list, and in the
// details of the selected one, with room for a timeline. It only wires the
// data and geo packages to Fyne widgets; the extraction itself lives in
// package data, the drawing of the map in package render.
package app
