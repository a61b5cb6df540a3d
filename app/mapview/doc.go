// Package mapview is the map widget: it shows the frames package render
// draws for its viewport, pans when dragged, zooms with the wheel at the
// cursor and with its buttons, tells what a marker is when hovered, and
// selects an event or zooms into a cluster when tapped. The selected
// event's marker can be dragged to another place (see move.go).
package mapview
