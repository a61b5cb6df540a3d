// Package attrs reads an event from the named attributes of one record of
// a point layer, whatever its format: a GeoJSON feature's properties, a
// CSV row. One mapping serves them all (see Event): the date window from
// the date layouts seen in the wild, Chronomap's and ACLED's event types,
// the place and its country, the actors, the counts and the text; what it
// does not map is kept with the event (event.Extra). It also holds the
// rules every layer's values keep (counts of people, days, offsets), which
// every reader checks and every writer keeps to, so that whatever
// Chronomap writes it reads back.
package attrs
