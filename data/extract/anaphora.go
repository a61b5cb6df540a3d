package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/chronomap/chronomap/geo"
)

// A report names a place, then refers back to it: "Shells hit Martuni on
// Friday. The town's hospital was damaged." A sentence that names no place
// of its own but says "the town", "the village", "the region" or "there" is
// read as naming the place (of that kind) the sentence before named last.

// placeReach is how many sentences back a place may be referred to: only
// the one before.
const placeReach = 1

// placeContext is the last place the sentences before named.
type placeContext struct {
	last     geo.Mention
	have     bool
	distance int // sentences between the one that named it and this one
}

// remember takes the last place of ms, the mentions of a sentence, unless
// it named none: countries and names inside organisations' names are no
// places a report refers back to as "the town".
func (c *placeContext) remember(ms []geo.Mention) {
	c.distance++
	for i := len(ms) - 1; i >= 0; i-- {
		if m := ms[i]; m.Place.Kind != geo.Country && !m.InName {
			c.last, c.have, c.distance = m, true, 0
			return
		}
	}
}

// anaphorKinds are the nouns that, after "the", refer back to a place of
// their kind.
var anaphorKinds = map[string]geo.Kind{
	"town": geo.City, "city": geo.City, "village": geo.City, "settlement": geo.City,
	"district": geo.Region, "province": geo.Region, "region": geo.Region,
}

// refersBack returns a mention of the remembered place at the phrase of
// said, a sentence starting at rune start, that refers back to it: "the"
// and a noun of the place's kind, not followed by "of" (the town of X
// names X), or "there" where it points at a place.
func (c *placeContext) refersBack(said string, start int) (geo.Mention, bool) {
	if !c.have || c.distance+1 > placeReach {
		return geo.Mention{}, false
	}
	i, j := theNounOf(said, c.last.Place.Kind)
	if i < 0 {
		i, j = locativeThere(said)
	}
	if i < 0 {
		return geo.Mention{}, false
	}
	m := c.last
	m.Text, m.Others = said[i:j], nil
	m.Start = start + utf8.RuneCountInString(said[:i])
	m.End = m.Start + utf8.RuneCountInString(said[i:j])
	return m, true
}

// theNounOf returns the byte span of "the" and a noun of kind in said, or
// -1.
func theNounOf(said string, kind geo.Kind) (int, int) {
	for i := nextWord(said, "the", 0); i >= 0; i = nextWord(said, "the", i+3) {
		from := i + 4
		if from > len(said) || said[from-1] != ' ' {
			continue
		}
		noun := wordEnd(said, from)
		if k, ok := anaphorKinds[said[from:noun]]; ok && k == kind && !strings.HasPrefix(said[noun:], " of ") {
			return i, noun
		}
	}
	return -1, -1
}

// existentialAfter are the words after an existential "there", which
// points at no place: "there were no casualties", "there has been".
var existentialAfter = set("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
	"could", "can", "may", "might", "must", "should", "seems", "seem", "seemed", "appears", "appear", "appeared",
	"remain", "remains", "remained", "exists", "exist", "existed", "came", "comes", "used", "isn", "aren", "wasn",
	"weren", "hasn", "haven", "s")

// locativeThere returns the byte span of a "there" in said that points at
// a place ("police detained dozens there", "from there"), or -1: one not
// followed by a verb that makes it existential.
func locativeThere(said string) (int, int) {
	for i := nextWord(said, "there", 0); i >= 0; i = nextWord(said, "there", i+5) {
		next := strings.TrimLeft(said[i+5:], " ’'")
		if !existentialAfter[strings.ToLower(next[:wordEnd(next, 0)])] {
			return i, i + 5
		}
	}
	return -1, -1
}

// nextWord returns the byte offset of the first whole word w in said at or
// after byte from, its first letter in either case, or -1.
func nextWord(said, w string, from int) int {
	for from < len(said) {
		i := strings.Index(said[from:], w[1:])
		if i < 0 {
			return -1
		}
		i += from - 1 // at the first letter
		from = i + 2
		end := i + len(w)
		if i >= 0 && said[i]|0x20 == w[0] && (i == 0 || !isLetter(said[i-1])) && (end == len(said) || !isLetter(said[end])) {
			return i
		}
	}
	return -1
}

// wordEnd is the byte offset where the ASCII letters from byte i of s end.
func wordEnd(s string, i int) int {
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	return i
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
