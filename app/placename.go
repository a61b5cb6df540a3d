package app

import (
	"strings"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// eventPlaceName is where an event happened as the analyst reads it in the
// articles, with the gazetteer's name beside when that differs:
// "Stepanakert (Xankandi)". The gazetteer keeps GeoNames' local forms,
// which are not the names English news uses.
func eventPlaceName(e event.Event) string {
	if said := articleOwnName(e); said != "" {
		return said + " (" + e.Place.Name + ")"
	}
	return placeName(e.Place)
}

// articleOwnName is the articles' name of an event's place when it is not
// the gazetteer's (but for case), else "".
func articleOwnName(e event.Event) string {
	said := articlePlaceName(e)
	if e.Place == nil || strings.EqualFold(said, e.Place.Name) {
		return ""
	}
	return said
}

// articlePlaceName is the words the articles name an event's place with:
// for an event several report, the most frequent among the reports that
// put it at the same place (the first of those tied), as one report's
// spelling may be an outlier. It is "" when no report's words are known.
func articlePlaceName(e event.Event) string {
	if len(e.Reports) == 0 {
		return mentionText(e)
	}
	count := map[string]int{}
	best := ""
	for _, r := range e.Reports {
		if !samePlace(r.Place, e.Place) {
			continue
		}
		if s := mentionText(r); s != "" {
			count[s]++
			if count[s] > count[best] {
				best = s
			}
		}
	}
	return best
}

// mentionText is the words of the place's mention in one report, cut out
// of its sentence. The text of the article is not at hand here, so a
// mention outside the sentence, as an event whose place a later sentence
// made precise has, or one from GeoJSON without offsets, has none.
func mentionText(e event.Event) string {
	at, end := e.PlaceText.Start-e.Offset.Start, e.PlaceText.End-e.Offset.Start
	sentence := []rune(e.Sentence)
	if at < 0 || end <= at || end > len(sentence) || e.PlaceText.End > e.Offset.End {
		return ""
	}
	// A name broken across lines reads as one.
	return strings.Join(strings.Fields(string(sentence[at:end])), " ")
}

// samePlace says whether a and b are one gazetteer entry, also when read
// from GeoJSON into separate values.
func samePlace(a, b *geo.Place) bool {
	return a == b || a != nil && b != nil && a.ID != "" && a.ID == b.ID
}
