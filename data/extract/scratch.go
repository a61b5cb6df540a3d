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
	reach     []geo.Mention
	near      []bool
	reports   []report
	dated     []*dates.Expression
	taken     []bool
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
