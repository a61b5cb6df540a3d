package data

import "sort"

// clauseOpeners, after a comma, start a clause that says something else
// than the one before: "The bridge links the villages of X and Y, but it is
// closed".
var clauseOpeners = set("but", "while", "whereas", "although", "though", "which", "who", "whose", "however", "yet")

// clauses splits a sentence into clauses, at semicolons, colons and dashes,
// and at commas that open a clause of their own. text is the sentence, at
// byte offset base of the article, and ws its words. It returns a function
// that numbers the clause of a word.
func clauses(text string, base int, ws []word) func(word int) int {
	var starts []int // article byte offsets where clauses after the first begin
	for i, r := range text {
		switch r {
		case ';', ':', '—', '–':
			starts = append(starts, base+i)
		case ',':
			j := sort.Search(len(ws), func(j int) bool { return ws[j].from > base+i })
			if j < len(ws) && clauseOpeners[ws[j].lower] {
				starts = append(starts, base+i)
			}
		}
	}
	return func(w int) int { return sort.SearchInts(starts, ws[w].from) }
}
