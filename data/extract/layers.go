package extract

// Layers are the layers of what an article reports that a caller asks an
// Extractor for: its events, the places it names, or both.
type Layers uint8

const (
	Events Layers = 1 << iota // the events, with their dates, actors and claims
	Places                    // the places named, with their mentions
)
