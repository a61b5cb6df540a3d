package extract

import (
	"slices"
	"sort"

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
	dated := datedSet{list: b.dated[:0]}
	taken := cleared(b.taken, len(trigs))
	b.reach, b.near = withinReach(ws, trigs, places, clause, b.reach[:0], b.near)
	for _, m := range b.reach {
		at := wordAt(ws, m.Start)
		i := nearTrigger(trigs, at)
		if trigs[i].typ == event.Diplomacy && !hostsDiplomacy(ws, at) {
			continue
		}
		if trigs[i].typ == event.Other && displacementWords[ws[trigs[i].word].lower] {
			if i = fledFrom(ws, trigs, i, at, clause); i < 0 {
				continue
			}
		}
		taken[i] = true
		dated.add(nearest(exprs, ws[trigs[i].word].start))
		out = append(out, report{trigs[i], m})
	}
	for i, t := range trigs {
		e := nearest(exprs, ws[t.word].start)
		if taken[i] || e == nil || dated.has(e) || len(places) == 0 {
			continue
		}
		dated.add(e)
		out = append(out, report{t, nearestPlace(places, ws[t.word].start)})
	}
	b.reports, b.dated, b.taken = out, dated.list, taken
	return out
}

// nearTrigger is nearestTrigger, asked only of the triggers either side of
// word i: they are in text order, one a word, so no other is as near.
func nearTrigger(trigs []trigger, i int) int {
	k := sort.Search(len(trigs), func(k int) bool { return trigs[k].word >= i })
	lo := max(k-1, 0)
	return lo + nearestTrigger(trigs[lo:min(k+1, len(trigs))], i)
}

// datedSet is the expressions that date a sentence's reports: a list, and a
// map too from manyDated on, lest a sentence that runs for pages look each
// of its dates up in all the others.
type datedSet struct {
	list []*dates.Expression
	set  map[*dates.Expression]bool
}

const manyDated = 16

func (d *datedSet) add(e *dates.Expression) {
	d.list = append(d.list, e)
	switch {
	case d.set != nil:
		d.set[e] = true
	case len(d.list) == manyDated:
		d.set = make(map[*dates.Expression]bool, 2*manyDated)
		for _, x := range d.list {
			d.set[x] = true
		}
	}
}

func (d *datedSet) has(e *dates.Expression) bool {
	if d.set != nil {
		return d.set[e]
	}
	return slices.Contains(d.list, e)
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
		if at >= len(ws) {
			continue
		}
		// The triggers in reach, by their words in text order.
		k := sort.Search(len(trigs), func(k int) bool { return trigs[k].word >= at-reach })
		for ; k < len(trigs) && trigs[k].word <= at+reach && !near[i]; k++ {
			near[i] = clause.of(trigs[k].word) == clause.of(at)
		}
	}
	// A list is near as a whole: one pass spreads nearness down each list,
	// one pass back up.
	for i := 1; i < len(places); i++ {
		if !near[i] && near[i-1] && listed(ws, places[i-1], places[i]) {
			near[i] = true
		}
	}
	for i := len(places) - 2; i >= 0; i-- {
		if !near[i] && near[i+1] && listed(ws, places[i], places[i+1]) {
			near[i] = true
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

// nearestPlace is the place nearest to offset at, the first of those as
// near. The places are in text order and do not overlap: their distances
// fall up to at and rise after it, so the search starts at the first place
// after at and steps back while the one before is as near, two steps at
// most (a place may end where the next begins).
func nearestPlace(places []geo.Mention, at int) geo.Mention {
	k := sort.Search(len(places), func(k int) bool { return places[k].Start > at })
	k = min(k, len(places)-1)
	for k > 0 && distance(places[k-1].Start, places[k-1].End, at) <= distance(places[k].Start, places[k].End, at) {
		k--
	}
	return places[k]
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

// displacementWords report people fleeing: the place of what they report
// is where they fled from.
var displacementWords = set("displaced", "displaces", "displacing", "displacement", "fled", "fleeing", "flee",
	"flees", "uprooted", "exodus")

// fledFrom returns the trigger that reports what happened at the place at
// word at, when the nearest, trigs[i], reports people fleeing. A place
// after it is where they fled from ("fled Lachin", "displaced from
// Ombada"), unless it is where they went ("fled to Chad", "towards Homs"):
// then nothing happened there, and fledFrom returns -1. A place before it
// is where they fled from within a few words ("residents of Hama fled"),
// but not across "and": in "jets struck near Hama, and residents fled",
// Hama goes to the nearest other trigger in its clause and in reach, or to
// none (-1).
func fledFrom(ws []word, trigs []trigger, i, at int, clause clauseIndex) int {
	t := trigs[i].word
	if at > t {
		for j := at - 1; j > t; j-- {
			switch ws[j].lower {
			case "to", "towards", "toward", "into", "reach", "reached", "reaching", "across":
				return -1
			case "from", "out", "in", "fled", "left", "leaving":
				return i
			}
		}
		return i
	}
	if t-at <= 5 {
		and := false
		for _, w := range ws[at+1 : t] {
			and = and || w.lower == "and" || w.lower == "but"
		}
		if !and {
			return i
		}
	}
	best := -1
	for k, o := range trigs {
		if k == i || abs(o.word-at) > reach || clause.of(o.word) != clause.of(at) {
			continue
		}
		if best < 0 || abs(o.word-at) < abs(trigs[best].word-at) {
			best = k
		}
	}
	return best
}
