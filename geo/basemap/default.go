package basemap

import (
	"sync"

	"github.com/chronomap/chronomap/assets"
)

var defaultMap = sync.OnceValues(func() (*Map, error) { return Decode(assets.Basemap) })

// Default returns the basemap embedded in the binary (assets/basemap.bin),
// decoded on the first call.
func Default() (*Map, error) { return defaultMap() }
