package toponym

import (
	"strings"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// A gazetteer finds a place under its name and under its alternate names:
// other spellings, but also old names ("Salisbury" for Harare), names in
// other languages and nicknames. A reader takes a name for the place that
// bears it, so a place found only through an alternate name ranks below a
// rival that bears the name itself.

// altNamePenalty is what a place found only through an alternate name loses
// against a rival that bears the name.
const altNamePenalty = 2.0

// bearsName says whether the name of p folds to key, alone or before the
// word that says what it is: New York City, Mexico City and Kuwait City
// bear the names of their states and countries, the Atlantic Ocean and the
// Caspian Sea are "the Atlantic" and "the Caspian".
func bearsName(p *geo.Place, key string) bool {
	if text.FoldsTo(p.Name, key) {
		return true
	}
	var generic string
	switch p.Kind {
	case geo.City:
		generic = " City"
	case geo.Feature:
		generic = " Ocean"
		if strings.HasSuffix(p.Name, " Sea") {
			generic = " Sea"
		}
	default:
		return false
	}
	base, ok := strings.CutSuffix(p.Name, generic)
	return ok && text.FoldsTo(base, key)
}
