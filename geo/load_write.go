package geo

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

// WriteTo writes the gazetteer in the format Load reads (see load_format.go).
// The output depends only on the gazetteer's content, so that a generated
// file can be checked byte for byte against a fresh build.
func (g *Gazetteer) WriteTo(w io.Writer) (int64, error) {
	shared := g.sharedStrings()
	index := make(map[*Place]int, len(g.places))
	alts := 0
	for i, p := range g.places {
		index[p] = i
		alts += len(p.AltNames)
	}

	var pre, chunks bytes.Buffer
	e := encoder{num: &pre, text: &pre} // the preamble has its strings inline
	e.uint(formatVersion)
	for _, n := range []int{len(g.places), alts, g.names.len(), len(g.names.posts), len(g.names.keys)} {
		e.uint(uint64(n))
	}
	e.uint(uint64(len(shared)))
	for _, s := range shared.sorted() {
		e.string(s)
	}
	e.uint(uint64(len(g.demonyms)))
	for _, d := range slices.Sorted(maps.Keys(g.demonyms)) {
		e.string(d)
		e.string(g.demonyms[d])
	}

	writeChunk := func(encode func(*encoder), compressNumbers bool) {
		var num, text bytes.Buffer
		encode(&encoder{num: &num, text: &text})
		numbers := num.Bytes()
		if compressNumbers {
			numbers = compress(numbers)
		}
		z := compress(text.Bytes())
		e.uint(uint64(len(numbers)))
		e.uint(uint64(len(z)))
		chunks.Write(numbers)
		chunks.Write(z)
	}
	e.uint(placeChunks)
	for _, r := range split(len(g.places), placeChunks) {
		ps := g.places[r[0]:r[1]]
		chunkAlts := 0
		for _, p := range ps {
			chunkAlts += len(p.AltNames)
		}
		e.uint(uint64(len(ps)))
		e.uint(uint64(chunkAlts))
		writeChunk(func(e *encoder) { encodePlaces(e, ps, shared) }, false)
	}
	e.uint(nameChunks)
	t := &g.names
	for _, r := range split(t.len(), nameChunks) {
		posts, keyBytes := 0, 0
		for i := r[0]; i < r[1]; i++ {
			posts += len(t.places(i))
			keyBytes += len(t.key(i))
		}
		e.uint(uint64(r[1] - r[0]))
		e.uint(uint64(posts))
		e.uint(uint64(keyBytes))
		writeChunk(func(e *encoder) { encodeNames(e, t, r[0], r[1], index) }, true)
	}

	var n int64
	for _, part := range [][]byte{[]byte(fileHeader), pre.Bytes(), chunks.Bytes()} {
		m, err := w.Write(part)
		n += int64(m)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// split cuts [0, n) into k ranges of nearly equal length.
func split(n, k int) [][2]int {
	out := make([][2]int, k)
	for i := range k {
		out[i] = [2]int{n * i / k, n * (i + 1) / k}
	}
	return out
}

// compress returns b as a gzip stream. Writing to memory cannot fail.
func compress(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
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

func zigzag(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }

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

func encodeNames(e *encoder, t *nameTable, from, to int, index map[*Place]int) {
	prev := ""
	for i := from; i < to; i++ {
		k := t.key(i)
		common := commonPrefix(prev, k)
		e.uint(uint64(common))
		ps := t.places(i)
		// Most names have one to three places: their count shares a
		// varint with the length of the rest of the name.
		rest := k[common:]
		e.uint(uint64(len(rest))<<2 | uint64(min(len(ps), 3)))
		e.text.WriteString(rest)
		if len(ps) >= 3 {
			e.uint(uint64(len(ps) - 3))
		}
		prev = k
		for _, p := range ps {
			e.uint(uint64(index[p]))
		}
	}
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
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

func (g *Gazetteer) sharedStrings() stringIndex {
	set := map[string]bool{"": true}
	for _, p := range g.places {
		set[p.Feature], set[p.Country], set[p.Admin1] = true, true, true
	}
	idx := make(stringIndex, len(set))
	for i, s := range slices.Sorted(maps.Keys(set)) {
		idx[s] = i
	}
	return idx
}

// encoder writes numbers to one buffer and the bytes of strings to
// another (their lengths go with the numbers).
type encoder struct {
	num, text *bytes.Buffer
}

func (e *encoder) uint(v uint64) {
	var b [binary.MaxVarintLen64]byte
	e.num.Write(binary.AppendUvarint(b[:0], v))
}

func (e *encoder) int(v int64) { e.uint(zigzag(v)) }

func (e *encoder) string(s string) {
	e.uint(uint64(len(s)))
	e.text.WriteString(s)
}
