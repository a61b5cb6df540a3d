// Package assets holds the data files bundled into the Chronomap binary.
//
// The gazetteer is generated from GeoNames and Natural Earth by
// geo/internal/gazgen; regenerate it with `go generate ./assets` (or
// `make gazetteer`) after changing the generator, its tables or the data in
// ../shared/data. Load it with geo.Default or geo.Load.
//
// The basemap is generated from Natural Earth by geo/internal/basemapgen
// (`make basemap`). Load it with basemap.Default or basemap.Decode.
package assets

import _ "embed"

//go:generate go run ../geo/internal/gazgen -root ..
//go:generate go run ../geo/internal/basemapgen -root ..

// GazetteerFile is the name of the gazetteer file in this directory.
const GazetteerFile = "gazetteer.bin"

// Gazetteer is the content of gazetteer.bin: places, their names and
// demonyms in the format geo.Load reads.
//
//go:embed gazetteer.bin
var Gazetteer []byte

// BasemapFile is the name of the basemap file in this directory.
const BasemapFile = "basemap.bin"

// Basemap is the content of basemap.bin: the map layers and labels in the
// format basemap.Decode reads.
//
//go:embed basemap.bin
var Basemap []byte
