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
// the trigger that governs it (see withinReach); a trigger with a date of
// its own that no place went to takes the place nearest to it, so that
// "Clashes broke out on September 27 over Karabakh, ... during a war in the
// 1990s" reports both the clashes and the war.
func (b *scratch) findReports(ws []word, clause clauseIndex, trigs []trigger, places []geo.Mention, exprs []dates.Expression) []report {
	out := b.reports[:0]
	dated := datedSet{list: b.dated[:0]}
	taken := cleared(b.taken, len(trigs))
	b.gov = governors(ws, b.dateWords, trigs, places, clause, b.gov)
	for k, m := range places {
		i := b.gov[k]
		if i < 0 {
			continue
		}
		at := wordAt(ws, m.Start)
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

// governors returns, in gov (whose array it reuses), the index of the
// trigger that governs each place, or -1. A place in reach of a trigger is
// governed by the nearest trigger; one only in reach of triggers in other
// clauses is governed by none. A list of places is governed as a whole, by
// the trigger nearest to any of its places, however far it runs ("shelled
// A, B, ... and Z", "the towns of A, ... Z came under fire"): one report
// reaches all of it. A list that "including", "such as" or "as well as"
// hangs off what came before is governed as that is (see hangsOff):
// "shelled A ... before the ceasefire took hold, as well as B"; one that
// opens the clause after a colon by the trigger before it.
// dateWords marks the words of date expressions, which a list may hold
// ("A and B on Monday, and C").
func governors(ws []word, dateWords []bool, trigs []trigger, places []geo.Mention, clause clauseIndex, gov []int) []int {
	gov = gov[:0]
	for _, m := range places {
		at := wordAt(ws, m.Start)
		g := -1
		if at < len(ws) {
			if i := nearTrigger(trigs, at); abs(trigs[i].word-at) <= reach && sameClause(ws, trigs, clause, at) {
				g = coordinatedBefore(ws, trigs, clause, at, i)
			}
		}
		gov = append(gov, g)
	}
	prev := -1 // the last place governed
	for first := 0; first < len(places); {
		last, best := first, first
		for last+1 < len(places) && listed(ws, dateWords, places[last], places[last+1]) {
			last++
			if gov[best] < 0 || gov[last] >= 0 && governedFrom(ws, trigs, places[last], gov[last]) < governedFrom(ws, trigs, places[best], gov[best]) {
				best = last
			}
		}
		g := gov[best]
		switch at := wordAt(ws, places[first].Start); {
		case at >= len(ws):
		case introduced(ws, at):
			g = hangsOff(ws, trigs, places, gov, clause, prev, at, g)
		case g < 0 && clause.afterColon(at):
			g = beforeColon(ws, trigs, at)
		}
		for k := first; k <= last; k++ {
			gov[k] = g
		}
		if g >= 0 {
			prev = last
		}
		first = last + 1
	}
	return gov
}

// beforeColon returns the trigger that governs a list of places opening
// the clause after a colon at word at: the last trigger before it, in
// reach ("Shelling hit several villages: A, B and C"), or -1.
func beforeColon(ws []word, trigs []trigger, at int) int {
	k := sort.Search(len(trigs), func(k int) bool { return trigs[k].word >= at }) - 1
	if k < 0 || at-trigs[k].word > reach {
		return -1
	}
	return k
}

// coordinators join a second predicate to a sentence's first: "killed
// five in A and abducted 20 in B".
var coordinators = set("and", "but", "while", "then")

// coordinatedBefore returns the trigger that governs the place at word at,
// whose nearest trigger is i: the trigger before it in its clause and in
// reach when i comes after it across a coordinator ("killed five in A and
// abducted 20 in B": A is where they were killed), else i.
func coordinatedBefore(ws []word, trigs []trigger, clause clauseIndex, at, i int) int {
	if trigs[i].word < at || i == 0 {
		return i
	}
	k := i - 1
	if t := trigs[k].word; t > at || at-t > reach || clause.of(t) != clause.of(at) {
		return i
	}
	for j := at + 1; j < trigs[i].word; j++ {
		if coordinators[ws[j].lower] {
			return k
		}
	}
	return i
}

// hangsOff returns the trigger that governs a list introduced at word at:
// that of prev, the last place governed before it, in its clause, or else
// the last trigger before it in its clause ("struck energy sites across
// the country ..., in cities such as A and B"), or else g.
func hangsOff(ws []word, trigs []trigger, places []geo.Mention, gov []int, clause clauseIndex, prev, at, g int) int {
	c := clause.of(at)
	if prev >= 0 && clause.of(wordAt(ws, places[prev].Start)) == c {
		return gov[prev]
	}
	if k := sort.Search(len(trigs), func(k int) bool { return trigs[k].word >= at }) - 1; g < 0 && k >= 0 && clause.of(trigs[k].word) == c {
		return k
	}
	return g
}

// introducers hang a list off what came before it: "including the towns
// of", "such as", "as well as".
var introducers = set("including", "includes", "included", "such", "well")

// introduced says whether an introducer stands among the list words just
// before word at.
func introduced(ws []word, at int) bool {
	for j := at - 1; j >= max(at-maxJoiners, 0) && listJoiners[ws[j].lower]; j-- {
		if introducers[ws[j].lower] {
			return true
		}
	}
	return false
}

// sameClause says whether a trigger in reach of word at stands in its
// clause.
func sameClause(ws []word, trigs []trigger, clause clauseIndex, at int) bool {
	k := sort.Search(len(trigs), func(k int) bool { return trigs[k].word >= at-reach })
	for ; k < len(trigs) && trigs[k].word <= at+reach; k++ {
		if clause.of(trigs[k].word) == clause.of(at) {
			return true
		}
	}
	return false
}

// governedFrom is how many words place m stands from trigger i.
func governedFrom(ws []word, trigs []trigger, m geo.Mention, i int) int {
	return abs(trigs[i].word - wordAt(ws, m.Start))
}

// listJoiners are the words that may stand between two places of one list:
// "A, B and C", "A as well as B", "A, including the cities of B and C",
// "A, such as B", "A and the B district", "A, the regional capital, and B".
var listJoiners = set("and", "or", "as", "well", "including", "includes", "included", "such", "plus", "along",
	"with", "also", "both", "the", "of", "other", "nearby", "neighbouring", "neighboring", "adjacent",
	"city", "cities", "town", "towns", "village", "villages", "settlement", "settlements", "hamlet", "hamlets",
	"district", "districts", "region", "regions", "province", "provinces", "governorate", "governorates",
	"municipality", "municipalities", "community", "communities", "area", "areas", "suburb", "suburbs",
	"neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "locality", "localities",
	"capital", "regional", "provincial", "administrative", "main", "largest", "second-largest", "centre", "center",
	"border", "frontline", "front-line", "northern", "southern", "eastern", "western", "central")

// maxJoiners is the most words a list puts between two of its places.
const maxJoiners = 8

// listed says whether two places stand in one list: only commas,
// listJoiners and dates between them.
func listed(ws []word, dateWords []bool, a, b geo.Mention) bool {
	from, to := wordAt(ws, a.End), wordAt(ws, b.Start)
	joiners := 0
	for j := from; j < to; j++ {
		switch {
		case dateWords[j]:
		case !listJoiners[ws[j].lower]:
			return false
		default:
			if joiners++; joiners > maxJoiners {
				return false
			}
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
