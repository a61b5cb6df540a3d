// Package edit keeps an analyst's corrections of the events Chronomap
// found: an event moved to another place, redated, retyped, verified or
// rejected, annotated, two events merged, or reports split apart.
//
// An Edit names its event by a report's Key, which depends on the article
// and the sentence, not on the order in which the rules found the events:
// Apply replays the edits on the events of a new extraction, so that a
// correction outlives an upgrade of the rules, and reports those whose
// event is gone rather than apply them elsewhere. A Log keeps the edits
// in force and those undone, for undo and redo.
package edit
