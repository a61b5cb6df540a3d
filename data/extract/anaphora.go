package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/chronomap/chronomap/geo"
)

// A report names a place, then refers back to it: "Shells hit Martuni on
// Friday. The town's hospital was damaged." A sentence that names no place
// of its own but says "the town", "the village" or "the district" is read
// as naming the place of that kind the sentence before named last.

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
	"district": geo.Region, "province": geo.Region,
}

// refersBack returns a mention of the remembered place at the phrase of
// said, a sentence starting at rune start, that refers back to it: "the"
// and a noun of the place's kind, not followed by "of" (the town of X
// names X).
func (c *placeContext) refersBack(said string, start int) (geo.Mention, bool) {
	if !c.have || c.distance+1 > placeReach {
		return geo.Mention{}, false
	}
	for from := 0; ; {
		i := strings.Index(said[from:], "he ")
		if i < 0 {
			return geo.Mention{}, false
		}
		i += from - 1 // at the t of "the"
		from = i + 4
		if i < 0 || said[i]|0x20 != 't' || i > 0 && isLetter(said[i-1]) {
			continue
		}
		noun := from
		for noun < len(said) && isLetter(said[noun]) {
			noun++
		}
		if kind, ok := anaphorKinds[said[from:noun]]; !ok || kind != c.last.Place.Kind || strings.HasPrefix(said[noun:], " of ") {
			continue
		}
		m := c.last
		m.Text, m.Others = said[i:noun], nil
		m.Start = start + utf8.RuneCountInString(said[:i])
		m.End = m.Start + utf8.RuneCountInString(said[i:noun])
		return m, true
	}
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
