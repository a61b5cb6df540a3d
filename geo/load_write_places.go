package geo

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

// placeBlocksOf returns the block table and the compressed blocks of places.
func placeBlocksOf(places []*Place, shared stringIndex) (table, data []byte) {
	var out bytes.Buffer
	zw, _ := flate.NewWriter(&out, flate.BestCompression)
	for start := 0; start < len(places); start += 1 << blockBits {
		ps := places[start:min(start+1<<blockBits, len(places))]
		var num, text bytes.Buffer
		encodePlaces(&encoder{num: &num, text: &text}, ps, shared)
		alts := 0
		for _, p := range ps {
			alts += len(p.AltNames)
		}
		raw := binary.AppendUvarint(nil, uint64(num.Len()))
		raw = binary.AppendUvarint(raw, uint64(alts))
		raw = slices.Concat(raw, num.Bytes(), text.Bytes())
		// Writing to memory cannot fail.
		zw.Reset(&out)
		zw.Write(raw)
		zw.Close()
		table = binary.LittleEndian.AppendUint32(table, uint32(out.Len()))
		table = binary.LittleEndian.AppendUint32(table, uint32(len(raw)))
	}
	return table, out.Bytes()
}

func encodePlaces(e *encoder, places []*Place, shared stringIndex) {
	var prevID uint64
	var prevLon, prevLat int64
	for _, p := range places {
		if id, ok := geonameID(p.ID); ok {
			e.uint(zigzag(int64(id-prevID))<<1 | 1)
			prevID = id
		} else {
			e.uint(0)
			e.string(p.ID)
		}
		e.string(p.Name)
		e.uint(uint64(p.Kind))
		e.uint(uint64(shared[p.Feature]))
		e.uint(uint64(shared[p.Country]))
		e.uint(uint64(shared[p.Admin1]))
		lon, lat := int64(math.Round(p.Point.Lon()*coordScale)), int64(math.Round(p.Point.Lat()*coordScale))
		e.int(lon - prevLon)
		e.int(lat - prevLat)
		prevLon, prevLat = lon, lat
		e.uint(uint64(max(p.Population, 0)))
		e.uint(uint64(len(p.AltNames)))
		for _, n := range p.AltNames {
			e.string(n)
		}
	}
}

// geonameID returns n for an ID "geonames:n" written the way Load rebuilds
// it (no sign, no leading zero, below 2⁶²).
func geonameID(id string) (uint64, bool) {
	digits, ok := strings.CutPrefix(id, geonamesIDs)
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseUint(digits, 10, 62)
	if err != nil || n == 0 || strconv.FormatUint(n, 10) != digits {
		return 0, false
	}
	return n, true
}

// stringIndex numbers the strings many places share.
type stringIndex map[string]int

func (s stringIndex) sorted() []string {
	out := make([]string, len(s))
	for str, i := range s {
		out[i] = str
	}
	return out
}

func sharedStrings(places []*Place) stringIndex {
	set := map[string]bool{"": true}
	for _, p := range places {
		set[p.Feature], set[p.Country], set[p.Admin1] = true, true, true
	}
	idx := make(stringIndex, len(set))
	for i, s := range slices.Sorted(maps.Keys(set)) {
		idx[s] = i
	}
	return idx
}
