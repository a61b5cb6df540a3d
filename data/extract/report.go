package extract

import (
	"slices"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// report is one thing a sentence says happened at one place.
type report struct {
	trig  trigger
	place geo.Mention
}

// reports pairs a sentence's triggers with its places. Each place goes to
// the trigger nearest to it; a trigger with a date of its own that no place
// went to takes the place nearest to it, so that "Clashes broke out on
// September 27 over Karabakh, ... during a war in the 1990s" reports both
// the clashes and the war.
func (b *scratch) findReports(ws []word, clause clauseIndex, trigs []trigger, places []geo.Mention, exprs []dates.Expression) []report {
	out := b.reports[:0]
	dated := b.dated[:0]
	taken := cleared(b.taken, len(trigs))
	b.reach, b.near = withinReach(ws, trigs, places, clause, b.reach[:0], b.near)
	for _, m := range b.reach {
		at := wordAt(ws, m.Start)
		i := nearestTrigger(trigs, at)
		if trigs[i].typ == event.Diplomacy && !hostsDiplomacy(ws, at) {
			continue
		}
		taken[i] = true
		dated = append(dated, nearest(exprs, ws[trigs[i].word].start))
		out = append(out, report{trigs[i], m})
	}
	for i, t := range trigs {
		e := nearest(exprs, ws[t.word].start)
		if taken[i] || e == nil || slices.Contains(dated, e) || len(places) == 0 {
			continue
		}
		dated = append(dated, e)
		out = append(out, report{t, nearestPlace(places, ws[t.word].start)})
	}
	b.reports, b.dated, b.taken = out, dated, taken
	return out
}

// reach is how many words a place may stand from the trigger of what
// happened there; further away, a long sentence has moved on to something
// else.
const reach = 20

// withinReach keeps the places that stand in the clause of a trigger, within
// reach of it, and the places listed together with one ("from Sotk,
// Vardenis and Kut"). It appends them to out, and marks them in near, whose
// array it reuses.
func withinReach(ws []word, trigs []trigger, places []geo.Mention, clause clauseIndex, out []geo.Mention, near []bool) ([]geo.Mention, []bool) {
	near = cleared(near, len(places))
	for i, m := range places {
		at := wordAt(ws, m.Start)
		for _, t := range trigs {
			if abs(t.word-at) <= reach && at < len(ws) && clause.of(t.word) == clause.of(at) {
				near[i] = true
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for i := range places {
			if near[i] {
				continue
			}
			if i > 0 && near[i-1] && listed(ws, places[i-1], places[i]) ||
				i+1 < len(places) && near[i+1] && listed(ws, places[i], places[i+1]) {
				near[i], changed = true, true
			}
		}
	}
	for i, m := range places {
		if near[i] {
			out = append(out, m)
		}
	}
	return out, near
}

// listed says whether two places stand in one list: only commas, "and" or
// "or" between them.
func listed(ws []word, a, b geo.Mention) bool {
	for _, w := range ws[wordAt(ws, a.End):wordAt(ws, b.Start)] {
		if w.lower != "and" && w.lower != "or" {
			return false
		}
	}
	return true
}

func nearestPlace(places []geo.Mention, at int) geo.Mention {
	best := places[0]
	for _, m := range places[1:] {
		if distance(m.Start, m.End, at) < distance(best.Start, best.End, at) {
			best = m
		}
	}
	return best
}

// distance is how many runes lie between a span and an offset.
func distance(start, end, at int) int {
	switch {
	case at < start:
		return start - at
	case at >= end:
		return at - end
	}
	return 0
}
