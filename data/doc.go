// Package data turns news articles into events: reading an article and its
// publication date, splitting it into sentences, detecting the events it
// reports with their place, date window, actors and claims, and encoding them
// as GeoJSON. It never imports Fyne.
package data
