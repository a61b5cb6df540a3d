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

// anaphors are the phrases that refer back to a place, in lower case and
// as a sentence opens with them, and the place's kind.
var anaphors = []struct {
	phrase, opening string
	kind            geo.Kind
}{
	{"the town", "The town", geo.City}, {"the city", "The city", geo.City},
	{"the village", "The village", geo.City}, {"the settlement", "The settlement", geo.City},
	{"the district", "The district", geo.Region}, {"the province", "The province", geo.Region},
}

// refersBack returns a mention of the remembered place at the phrase of
// said, a sentence starting at rune start, that refers back to it.
func (c *placeContext) refersBack(said string, start int) (geo.Mention, bool) {
	if !c.have || c.distance+1 > placeReach {
		return geo.Mention{}, false
	}
	for _, a := range anaphors {
		if c.last.Place.Kind != a.kind {
			continue
		}
		i := indexPhrase(said, a.phrase, a.opening)
		if i < 0 {
			continue
		}
		end := i + len(a.phrase)
		m := c.last
		m.Text, m.Others = said[i:end], nil
		m.Start = start + utf8.RuneCountInString(said[:i])
		m.End = m.Start + utf8.RuneCountInString(said[i:end])
		return m, true
	}
	return geo.Mention{}, false
}

// indexPhrase is where the phrase stands in s as whole words, in lower
// case or as it opens a sentence, and not followed by "of" (the town of X
// names X), or -1.
func indexPhrase(s, phrase, opening string) int {
	for from := 0; from < len(s); {
		i := indexEither(s[from:], phrase, opening)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(phrase)
		before := i == 0 || !isLetter(s[i-1])
		after := end == len(s) || !isLetter(s[end])
		if before && after && !strings.HasPrefix(s[end:], " of ") {
			return i
		}
		from = i + 1
	}
	return -1
}

// indexEither is the first place in s of a or b, or -1.
func indexEither(s, a, b string) int {
	i, j := strings.Index(s, a), strings.Index(s, b)
	switch {
	case i < 0:
		return j
	case j < 0:
		return i
	}
	return min(i, j)
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
