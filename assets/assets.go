// Package assets holds the data files bundled into the Chronomap binary.
//
// The gazetteer is generated from GeoNames and Natural Earth by
// geo/internal/gazgen; regenerate it with `go generate ./assets` (or
// `make gazetteer`) after changing the generator, its tables or the data in
// ../shared/data. Load it with geo.Default or geo.Load.
package assets

import _ "embed"

//go:generate go run ../geo/internal/gazgen -root ..

// GazetteerFile is the name of the gazetteer file in this directory.
const GazetteerFile = "gazetteer.bin"

// Gazetteer is the content of gazetteer.bin: places, their names and
// demonyms in the format geo.Load reads.
//
//go:embed gazetteer.bin
var Gazetteer []byte
