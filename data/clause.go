package data

import "sort"

// clauseOpeners, after a comma, start a clause that says something else
// than the one before: "The bridge links the villages of X and Y, but it is
// closed".
var clauseOpeners = set("but", "while", "whereas", "although", "though", "which", "who", "whose", "however", "yet")

// clauses splits sentence s into clauses, at semicolons, colons and dashes,
// and at commas that open a clause of its own. It returns a function that
// numbers the clause a rune offset falls in.
func (d *document) clauses(s Span) func(offset int) int {
	var starts []int // rune offsets where clauses after the first begin
	ws := sliceWords(d.words, s)
	for i := s.Start; i < s.End; i++ {
		switch d.runes[i] {
		case ';', ':', '—', '–':
			starts = append(starts, i)
		case ',':
			if j := wordAt(ws, i); j < len(ws) && clauseOpeners[ws[j].lower] {
				starts = append(starts, i)
			}
		}
	}
	return func(offset int) int { return sort.SearchInts(starts, offset+1) }
}
