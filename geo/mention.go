package geo

// MaxOthers is how many other readings of a name a Mention keeps: enough
// for a reader to see that "Columbus" might have been another, and to pick
// one, without carrying the hundred hamlets some names have.
const MaxOthers = 5

// Mention is a toponym found in a text and the place it was resolved to.
type Mention struct {
	Text       string // as written
	Start, End int    // offsets in runes (Unicode code points), start inclusive, end exclusive
	Place      *Place
	Confidence float64 // 0..1: how sure the resolution is
	// Others are the other places the name may mean, as the gazetteer
	// ranks them, at most MaxOthers; nil when it means one place.
	Others []*Place
	// InName says that the toponym is part of an organisation's name
	// ("University of Kentucky", "the New York Times"): the text mentions
	// the place, but nothing it tells of happened there.
	InName bool
	// Locates says that the toponym names the country or division the
	// place before it lies in ("Texas" in "Paris, Texas", "Kaduna" in
	// "Kajuru (Kaduna)"): it places that one, and is no place of its own
	// that anything happened at.
	Locates bool
}
