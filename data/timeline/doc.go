// Package timeline indexes events by their date windows, so that a timeline
// can step through the days of a conflict: which events are visible in a
// range of days, how many of each type happened on each day, and where the
// data begins and ends.
//
// Events are referred to by their position in the slice the Index was built
// from. A step (the query of the events visible in a window of days) is a
// binary search plus a scan of what is visible, even when some windows are
// long: events are kept in classes by the length of their window, so that
// the scan of each class starts at most one class length before the range.
// Undated events are kept apart; the timeline shows or hides them as a
// whole.
package timeline
