package event

import (
	"cmp"
	"slices"
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/text"
)

// SamePlaceKm is how far apart, at most, the places of two reports may lie
// for MergeReports to take them as one place: the same town under two
// spellings, or a town and a village at its edge.
const SamePlaceKm = 5

// MergeReports folds the events that several articles report into one event
// each: events of one type, at one place (the same place ID, or places at
// most withinKm apart), whose date windows all overlap, and that come from
// different articles. An undated event is never merged, since nothing says
// two undated reports tell of one day, nor is one whose window ends before
// it starts, nor one known only within more than MaxMergeDays: "shelling of
// the town in the 1990s" is not the shelling of it one day in 1993.
//
// An event merged already (one with Reports, as an export read back holds)
// stays whole: a report may join it if none of its reports is from the
// report's source, but it joins no other event. Its reports were grouped
// with all those known then, so that a layer exported and read back holds
// the events it held, each with its reports.
//
// A merged event lists its reports in Reports, in the order of events (an
// event merged already has its own there in its place); its window is the
// days all reports agree on, at the finest precision; its place the most
// exact one reported; its actors and claims the union of the
// reports'; its counts the highest reported; its source, sentence and ID are
// the first report's, the earliest; so is its ACLED sub-event type, or if
// that report says none, that of the first in events that does (see
// Event.TakeTypeOf). Events that merge with nothing come back as they were.
// The result keeps the order of each event's first report.
func MergeReports(events []Event, withinKm float64) []Event {
	order := make([]int, len(events))
	for i := range order {
		order[i] = i
	}
	// Scanning by window start lets a group be dropped as soon as the
	// windows still to come start after it ends.
	slices.SortFunc(order, func(a, b int) int { return cmp.Or(CompareStarts(events[a].Window, events[b].Window), a-b) })

	m := newMerger(withinKm)
	groupOf := make([]int, len(events))
	for _, i := range order {
		groupOf[i] = m.add(events, i)
	}
	out := make([]Event, 0, len(m.groups))
	emitted := make([]bool, len(m.groups))
	for _, g := range groupOf {
		if emitted[g] {
			continue
		}
		emitted[g] = true
		out = append(out, m.groups[g].event(events))
	}
	return out
}

// MaxMergeDays is the widest window, in days, of a report that may merge
// with another: a week, as news dates what it tells ("last week", "over the
// weekend"). Two reports dated to different days never overlap.
const MaxMergeDays = 7

// tooWideToMerge says whether a report dated only within w is too vaguely
// dated to be taken for another's event.
func tooWideToMerge(w dates.Window) bool {
	return w.End.Sub(w.Start) >= MaxMergeDays*24*time.Hour
}

// ByWindowStart orders events by the start of their window, undated ones
// last; a comparison for slices.SortStableFunc.
func ByWindowStart(a, b Event) int { return CompareStarts(a.Window, b.Window) }

// CompareStarts orders windows by their start, nil (undated) last.
func CompareStarts(a, b *dates.Window) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	return a.Start.Compare(b.Start)
}

// intersect is the days two overlapping windows share, at the finer of
// their precisions.
func intersect(a, b dates.Window) dates.Window {
	w := a
	if b.Start.After(w.Start) {
		w.Start = b.Start
	}
	if b.End.Before(w.End) {
		w.End = b.End
	}
	w.Precision = min(a.Precision, b.Precision)
	return w
}

// event is the one event a group's reports tell.
func (g group) event(events []Event) Event {
	first := events[g.reports[0]]
	if len(g.reports) == 1 {
		return first
	}
	merged := first
	merged.Window = &g.window
	slices.Sort(g.reports)
	merged.Reports = make([]Event, 0, len(g.reports)+len(first.Reports))
	// The names of all reports, each once, gathered in one pass each.
	actors, claimed, denied := newNameSet(first.Actors), newNameSet(first.ClaimedBy), newNameSet(first.DeniedBy)
	for _, i := range g.reports {
		r := &events[i]
		if len(r.Reports) > 0 {
			merged.Reports = append(merged.Reports, r.Reports...)
		} else {
			merged.Reports = append(merged.Reports, *r)
		}
		merged.TakeTypeOf(r)
		if r.Place != nil && (merged.Place == nil || GeoPrecision(r.Place.Kind) < GeoPrecision(merged.Place.Kind)) {
			merged.Place = r.Place
		}
		actors.add(r.Actors)
		claimed.add(r.ClaimedBy)
		denied.add(r.DeniedBy)
		merged.Fatalities = highest(merged.Fatalities, r.Fatalities)
		merged.Injured = highest(merged.Injured, r.Injured)
		if r.DocDate != nil && (merged.DocDate == nil || r.DocDate.Before(*merged.DocDate)) {
			merged.DocDate = r.DocDate
		}
	}
	merged.Actors, merged.ClaimedBy, merged.DeniedBy = actors.list, claimed.list, denied.list
	// The merged place may be another report's: the first report's spans
	// no longer point at it.
	if merged.Place != first.Place {
		merged.PlaceText = text.Span{}
	}
	return merged
}

// Combine is the one event that reports tell, whatever MergeReports would
// make of them: an analyst's word that they are one event. It is built as
// MergeReports builds a merged event, from the reports in order (each an
// event of one report, or a merged one whose reports it takes), but for
// its window: the days all reports agree on, or when they agree on none,
// from the earliest start to the latest end, at the coarsest precision of
// theirs; undated reports leave it to the dated, and with none it is nil.
func Combine(reports []Event) Event {
	if len(reports) == 1 {
		return reports[0]
	}
	g := group{reports: make([]int, len(reports))}
	var agreed, spanned *dates.Window
	for i := range reports {
		g.reports[i] = i
		w := reports[i].Window
		if w == nil {
			continue
		}
		if agreed == nil {
			a, s := *w, *w
			agreed, spanned = &a, &s
			continue
		}
		if agreed.Overlaps(w) {
			*agreed = intersect(*agreed, *w)
		} else {
			agreed.End = agreed.Start.AddDate(0, 0, -1) // none: agree no more
		}
		spanned.Start, spanned.End = minTime(spanned.Start, w.Start), maxTime(spanned.End, w.End)
		spanned.Precision = max(spanned.Precision, w.Precision)
	}
	if agreed == nil {
		merged := g.event(reports)
		merged.Window = nil
		return merged
	}
	g.window = *agreed
	if agreed.End.Before(agreed.Start) {
		g.window = *spanned
	}
	return g.event(reports)
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func highest(a, b *int) *int {
	if a == nil || b != nil && *b > *a {
		return b
	}
	return a
}

// Union returns a with the names of b that a lacks. It never writes into
// a's array, which several events may share.
func Union(a, b []string) []string {
	s := newNameSet(a)
	s.add(b)
	return s.list
}

// nameSet gathers names in order, each once. A few are compared with each
// other; many are indexed, so that an event reported thousands of times,
// or a list of thousands of names, costs their number, not its square.
type nameSet struct {
	list []string
	seen map[string]bool // once the list has more than fewNames
}

const fewNames = 32

// newNameSet starts a set with the names of list, which must be distinct.
// Names added later never write into list's array.
func newNameSet(list []string) nameSet {
	s := nameSet{list: slices.Clip(list)}
	if len(s.list) > fewNames {
		s.index()
	}
	return s
}

func (s *nameSet) index() {
	s.seen = make(map[string]bool, 2*len(s.list))
	for _, n := range s.list {
		s.seen[n] = true
	}
}

func (s *nameSet) add(names []string) {
	for _, n := range names {
		switch {
		case s.seen != nil:
			if s.seen[n] {
				continue
			}
			s.seen[n] = true
		case slices.Contains(s.list, n):
			continue
		case len(s.list) >= fewNames:
			s.index()
			s.seen[n] = true
		}
		s.list = append(s.list, n)
	}
}
