// Package app is Chronomap's desktop window: it reads articles off the user
// interface goroutine, extracts their events and shows them as a list beside
// the details of the selected one. It only wires the data and geo packages to
// Fyne widgets; the extraction itself lives in package data.
package app
