package text

// Span is a stretch of text in rune offsets: start inclusive, end
// exclusive. Rune offsets are what Chronomap reports, as scorers and
// editors count characters, not bytes.
type Span struct{ Start, End int }
