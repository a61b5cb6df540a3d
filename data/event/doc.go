// Package event is Chronomap's event model: what happened (one table of
// event types: name, rank, colour, trigger words and ACLED mapping), where,
// when, who took part, who claims and who denies it, and how the reports of
// one event by several articles merge into one. It knows nothing of how
// events are found or written.
package event
