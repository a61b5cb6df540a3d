package extract

import (
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
)

// A report often dates what it told in the sentence after: "Shells hit
// the hospital in Martuni. The attack took place on October 3." When a
// sentence reports nothing of its own but goes on about the event before
// it and states its day, that day dates the events of the sentence before
// that had no date of their own.

// continuationDay returns the expression of the day that sentence s of
// doc states when it continues the report before it: it opens with "It",
// "This" or "The" and a word that reports an event ("The strike", "The
// shelling"), or it says that something "took place", "happened" or
// "occurred". The day is its first date expression that resolves to one.
func continuationDay(doc *text.Doc, s text.Sentence, exprs []dates.Expression) *dates.Expression {
	for i, e := range exprs {
		if e.Window != nil && e.Window.Precision == dates.Day {
			if s.Tokens.End-s.Tokens.Start < 2 || !goesOnAbout(doc, s) || datesAnother(doc, s, e) {
				return nil
			}
			return &exprs[i]
		}
	}
	return nil
}

// countingFrom, a few words before a date, make it the date of something
// else the event is counted from: "a day after talks in Moscow on Oct. 10".
var countingFrom = set("after", "before", "since", "until", "following", "ahead")

// datesAnother says whether expression e of sentence s dates something the
// event is counted from rather than the event.
func datesAnother(doc *text.Doc, s text.Sentence, e dates.Expression) bool {
	k := s.Tokens.Start
	for k < s.Tokens.End && int(doc.Tokens[k].RuneStart) < e.Start {
		k++
	}
	for j := k - 1; j >= s.Tokens.Start && j >= k-6; j-- {
		if countingFrom[doc.Folded(j)] {
			return true
		}
	}
	return false
}

// goesOnAbout says whether sentence s of doc refers to the event told
// before it.
func goesOnAbout(doc *text.Doc, s text.Sentence) bool {
	first := s.Tokens.Start
	switch doc.Folded(first) {
	case "it", "this":
		return true
	case "the":
		if l, ok := lexicon.Lookup(doc.Folded(first + 1)); ok && l.roles&reports != 0 {
			return true
		}
	}
	for k := first; k+1 < s.Tokens.End; k++ {
		switch doc.Folded(k) {
		case "happened", "occurred":
			return true
		case "took":
			if doc.Folded(k+1) == "place" {
				return true
			}
		}
	}
	return false
}

// dateFromNext dates the events of a sentence that it did not date
// itself by day, the expression of the sentence that continues it.
func dateFromNext(events []event.Event, day *dates.Expression) {
	for i := range events {
		if events[i].DateText == nil {
			w := *day.Window
			events[i].Window = &w
			events[i].DateText = &text.Span{Start: day.Start, End: day.End}
		}
	}
}
