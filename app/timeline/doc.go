// Package timeline is Chronomap's timeline widget: a strip with the events
// per day and a playhead to drag, with controls to step a day at a time,
// play the days at a chosen speed, jump to the first and last event, choose
// how many days the map shows and show or hide the undated events.
//
// The widget draws the strip with app/render and asks data/timeline which
// events are visible; it tells the window what changed through its OnChanged
// and OnSelected callbacks, and the window tells it what the user selected
// elsewhere with Select. Every method is called on the Fyne goroutine.
package timeline
