package extract

import (
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/geo/toponym"
)

// scratch holds the slices of reading one article and its sentences.
// Nothing in them outlives the article, or the sentence for most, so the
// next one reuses them, and the next article too, through the extractor's
// pool: an article then allocates little more than what its results keep.
type scratch struct {
	// Of the article.
	geo      toponym.Analysis
	referred []geo.Mention // a sentence's mentions with the place it refers back to
	events   []event.Event // before they are copied out
	distinct []*geo.Place  // the places the article names
	counts   []int         // their mentions
	placeOf  []int         // the index in distinct of each mention's place

	// Of the sentence being read.
	words     []word
	exprs     []dates.Expression // the date expressions that date events
	resolved  []dates.Expression // those of them that resolved to a window
	trigs     []trigger
	places    []geo.Mention // where events happened
	countries []string      // countries named, as actors
	dateWords []bool
	clauses   []int // byte offsets where clauses after the first begin
	gov       []int // the trigger that governs each place
	reports   []report
	dated     []*dates.Expression
	taken     []bool
}

// maxPooled is the most words a scratch keeps its buffers for: one huge
// article must not pin what it grew for ever.
const maxPooled = 1 << 16

// release lets go of what the scratch still holds of the last article (its
// strings and places), so that the pool does not keep the article alive,
// and drops the buffers a huge article grew.
func (b *scratch) release() {
	if cap(b.words) > maxPooled || cap(b.geo.Places) > maxPooled {
		*b = scratch{}
		return
	}
	b.geo.Places, b.geo.Demonyms, b.geo.Persons = wipe(b.geo.Places), wipe(b.geo.Demonyms), wipe(b.geo.Persons)
	b.words, b.exprs, b.resolved = wipe(b.words), wipe(b.exprs), wipe(b.resolved)
	b.places, b.countries, b.referred = wipe(b.places), wipe(b.countries), wipe(b.referred)
	b.reports, b.dated, b.distinct = wipe(b.reports), wipe(b.dated), wipe(b.distinct)
}

// wipe empties s, clearing its whole array.
func wipe[T any](s []T) []T {
	clear(s[:cap(s)])
	return s[:0]
}

// cleared returns buf with n false values, reusing its array.
func cleared(buf []bool, n int) []bool {
	if cap(buf) < n {
		return make([]bool, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}
