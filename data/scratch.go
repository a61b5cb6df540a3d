package data

import (
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/geo"
)

// scratch holds the slices of reading one article and its sentences.
// Nothing in them outlives the sentence, or the article for the first two,
// so the next one reuses them, and the next article too, through the
// extractor's pool: a sentence then allocates only what its events keep.
type scratch struct {
	sentences []sentence
	events    []Event // before they are copied out

	words     []word
	exprs     []dates.Expression // the sentence's date expressions that date events
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
	distinct  []*geo.Place // the places an article names
	counts    []int        // their mentions
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
