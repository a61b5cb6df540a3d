package data

import (
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/geo"
)

// sentenceBuffers are the scratch slices of reading one sentence. Nothing
// in them outlives the sentence, so the next one reuses them, and the next
// article too, through the extractor's pool: a sentence then allocates
// only what its events keep.
type sentenceBuffers struct {
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
