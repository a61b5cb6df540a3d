package text

// Span is a stretch of offsets, start inclusive, end exclusive: rune
// offsets in a text unless its field says otherwise. Rune offsets are what
// Chronomap reports, as scorers and editors count characters, not bytes.
type Span struct{ Start, End int }
