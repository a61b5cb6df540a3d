package extract

import (
	"sort"
	"strings"
)

// clauseOpeners, after a comma, start a clause that says something else
// than the one before: "The bridge links the villages of X and Y, but it is
// closed".
var clauseOpeners = set("but", "while", "whereas", "although", "though", "which", "who", "whose", "however", "yet")

// clauseStarts splits a sentence into clauses, at semicolons, colons and
// dashes, and at commas that open a clause of their own. text is the
// sentence, at byte offset base of the article, and ws its words. It appends
// to starts the article byte offsets where the clauses after the first begin.
func clauseStarts(text string, base int, ws []word, starts []int) []int {
	// Byte by byte: no byte of a multi-byte character is ASCII, and 0xE2
	// leads both dashes. One look-up in a table passes by the other bytes,
	// nearly all, where a switch compared each with every mark.
	for i := 0; i < len(text); i++ {
		if !clauseMark[text[i]] {
			continue
		}
		switch text[i] {
		case ';', ':':
			starts = append(starts, base+i)
		case 0xE2:
			if strings.HasPrefix(text[i:], "—") || strings.HasPrefix(text[i:], "–") {
				starts = append(starts, base+i)
			}
		case ',':
			j := sort.Search(len(ws), func(j int) bool { return ws[j].from > base+i })
			if j < len(ws) && ws[j].is(opener) {
				starts = append(starts, base+i)
			}
		}
	}
	return starts
}

// clauseMark marks the bytes clauseStarts looks at.
var clauseMark = [256]bool{';': true, ':': true, ',': true, 0xE2: true}

// clauseIndex numbers the clauses of a sentence's words.
type clauseIndex struct {
	ws     []word
	starts []int  // from clauseStarts
	text   string // the article's text
}

// of returns the number of the clause of word w.
func (c clauseIndex) of(w int) int { return sort.SearchInts(c.starts, c.ws[w].from) }

// afterColon says whether word w opens a clause that a colon starts:
// "shelled several villages: A, B and C".
func (c clauseIndex) afterColon(w int) bool {
	k := c.of(w)
	return k > 0 && c.text[c.starts[k-1]] == ':' && (w == 0 || c.of(w-1) != k)
}
