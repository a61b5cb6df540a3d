package gpkg

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

// srsID is EPSG:4326, WGS 84 longitude and latitude, the only SRS written.
const srsID = 4326

// pointBlob is p as GeoPackage binary (spec 2.1.3): the "GP" header, in
// little-endian, with the envelope [minx, maxx, miny, maxy], then the WKB
// point. The envelope of a point is the point itself; it is written anyway
// so that readers can take the extent from the header alone.
func pointBlob(p orb.Point) []byte {
	b := make([]byte, 0, 8+4*8+21)
	// Magic, version 0, flags: little-endian (bit 0), envelope kind 1
	// (bits 1-3), not empty, standard GeoPackage binary.
	b = append(b, 'G', 'P', 0, 0b0000_0011)
	b = binary.LittleEndian.AppendUint32(b, srsID)
	for _, v := range [4]float64{p[0], p[0], p[1], p[1]} {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	b = append(b, 1) // WKB little-endian
	b = binary.LittleEndian.AppendUint32(b, 1)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(p[0]))
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(p[1]))
}

// extent is the bounding box of the points of a table, for gpkg_contents.
type extent struct {
	minX, minY, maxX, maxY float64
	empty                  bool
}

func newExtent() extent { return extent{empty: true} }

func (e *extent) add(p orb.Point) {
	if e.empty {
		*e = extent{minX: p[0], maxX: p[0], minY: p[1], maxY: p[1]}
		return
	}
	e.minX, e.maxX = min(e.minX, p[0]), max(e.maxX, p[0])
	e.minY, e.maxY = min(e.minY, p[1]), max(e.maxY, p[1])
}

// values are the extent's columns of gpkg_contents: NULL when no point.
func (e extent) values() []any {
	if e.empty {
		return []any{nil, nil, nil, nil}
	}
	return []any{e.minX, e.minY, e.maxX, e.maxY}
}

// PointOf reads a point as pointBlob writes it, or any GeoPackage binary
// point: the header, an envelope of any kind the spec names, and the WKB
// point in either byte order.
func PointOf(blob []byte) (orb.Point, error) {
	if len(blob) < 8 || blob[0] != 'G' || blob[1] != 'P' {
		return orb.Point{}, errors.New("not GeoPackage binary")
	}
	kind := int(blob[3] >> 1 & 7)
	if kind >= len(envelopeBytes) {
		return orb.Point{}, fmt.Errorf("envelope kind %d is none of GeoPackage's", kind)
	}
	wkb := blob[min(8+envelopeBytes[kind], len(blob)):]
	if len(wkb) < 21 {
		return orb.Point{}, errors.New("no WKB point after the header")
	}
	var order binary.ByteOrder = binary.LittleEndian
	if wkb[0] == 0 {
		order = binary.BigEndian
	}
	if t := order.Uint32(wkb[1:]); t != 1 {
		return orb.Point{}, fmt.Errorf("WKB geometry type %d, not a point", t)
	}
	return orb.Point{math.Float64frombits(order.Uint64(wkb[5:])), math.Float64frombits(order.Uint64(wkb[13:]))}, nil
}

// envelopeBytes is the size of the envelope of each kind the spec names:
// none, [minx, maxx, miny, maxy], with z, with m, with z and m.
var envelopeBytes = [...]int{0, 32, 48, 48, 64}
