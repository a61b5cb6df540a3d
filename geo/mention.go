package geo

// Mention is a toponym found in a text and the place it was resolved to.
type Mention struct {
	Text       string // as written
	Start, End int    // offsets in runes (Unicode code points), start inclusive, end exclusive
	Place      *Place
	Confidence float64 // 0..1: how sure the resolution is
	// InName says that the toponym is part of an organisation's name
	// ("University of Kentucky", "the New York Times"): the text mentions
	// the place, but nothing it tells of happened there.
	InName bool
}
