package gpkg

import (
	"database/sql/driver"
	"encoding/binary"
	"errors"
	"math"

	"modernc.org/sqlite"
)

// The spec's R-tree triggers call ST_MinX, ST_MaxX, ST_MinY, ST_MaxY and
// ST_IsEmpty, which GDAL provides and SQLite does not: they are registered
// here, for every connection of this process, so that a GeoPackage
// changed in place (a workspace) keeps its index. They read the envelope
// of the header that pointBlob writes, or of a header without one, the
// point after it.
func init() {
	for name, f := range map[string]func(env [4]float64) float64{
		"ST_MinX": func(e [4]float64) float64 { return e[0] },
		"ST_MaxX": func(e [4]float64) float64 { return e[1] },
		"ST_MinY": func(e [4]float64) float64 { return e[2] },
		"ST_MaxY": func(e [4]float64) float64 { return e[3] },
	} {
		sqlite.MustRegisterDeterministicScalarFunction(name, 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			env, empty, err := envelope(args[0])
			if err != nil || empty {
				return nil, err
			}
			return f(env), nil
		})
	}
	sqlite.MustRegisterDeterministicScalarFunction("ST_IsEmpty", 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		_, empty, err := envelope(args[0])
		return empty, err
	})
}

// envelope is [minx, maxx, miny, maxy] of a GeoPackage point blob.
func envelope(v driver.Value) (env [4]float64, empty bool, err error) {
	b, ok := v.([]byte)
	if !ok || len(b) < 8 || b[0] != 'G' || b[1] != 'P' {
		return env, true, nil
	}
	flags := b[3]
	if flags&0b1_0000 != 0 {
		return env, true, nil // the empty geometry
	}
	order := binary.ByteOrder(binary.BigEndian)
	if flags&1 != 0 {
		order = binary.LittleEndian
	}
	float := func(at int) float64 { return math.Float64frombits(order.Uint64(b[at:])) }
	switch kind := flags >> 1 & 0b111; {
	case kind >= 1 && len(b) >= 8+32:
		return [4]float64{float(8), float(16), float(24), float(32)}, false, nil
	case kind == 0 && len(b) >= 8+21:
		// A WKB point follows the header: byte order, type, x, y.
		order = binary.ByteOrder(binary.BigEndian)
		if b[8] == 1 {
			order = binary.LittleEndian
		}
		x, y := float(13), float(21)
		return [4]float64{x, x, y, y}, false, nil
	}
	return env, true, errors.New("not a GeoPackage point")
}
