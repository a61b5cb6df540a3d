package geo

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"io"
	"maps"
	"math/bits"
	"slices"

	"github.com/chronomap/chronomap/data/text"
)

// WriteTo writes the gazetteer in the format Load reads (see load_format.go).
// The file depends only on the gazetteer's content, so that a generated
// file can be checked byte for byte against a fresh build.
func (g *Gazetteer) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(g.data)
	return int64(n), err
}

// encode returns the file of a gazetteer of places and folded demonyms.
func encode(places []*Place, demonyms map[string]string) []byte {
	names, maxWords := indexNames(places)
	shared := sharedStrings(places)

	var pre bytes.Buffer
	e := encoder{num: &pre, text: &pre} // the preamble has its strings inline
	flags := uint64(0)
	if slices.IsSortedFunc(places, byID) {
		flags |= sortedByID
	}
	bucketBits := bits.Len(uint(len(names) / 8)) // 4 to 8 names a bucket
	bl := nameBloom(names)
	entries, postings := nameEntries(names, bits.Len(uint(len(places))))
	for _, v := range []uint64{formatVersion, text.KeyHash(hashCheckKey),
		uint64(len(places)), blockBits, flags,
		uint64(len(names)), uint64(maxWords), uint64(bucketBits), bl.blocks * bloomBlockBits,
		uint64(len(postings))} {
		e.uint(v)
	}
	e.uint(uint64(len(shared)))
	for _, s := range shared.sorted() {
		e.string(s)
	}
	e.uint(uint64(len(demonyms)))
	for _, d := range slices.Sorted(maps.Keys(demonyms)) {
		e.string(d)
		e.string(demonyms[d])
	}
	countries := map[string]int{}
	for i, p := range places {
		if p.Kind == Country && p.Country != "" {
			countries[p.Country] = i
		}
	}
	e.uint(uint64(len(countries)))
	for _, cc := range slices.Sorted(maps.Keys(countries)) {
		e.string(cc)
		e.uint(uint64(countries[cc]))
	}

	table, blocks := placeBlocksOf(places, shared)
	body := slices.Concat(pre.Bytes(), bl.bits, nameBuckets(names, bucketBits), namePrints(names),
		entries, postings, table, blocks)
	out := binary.LittleEndian.AppendUint32([]byte(fileHeader), crc32.Checksum(body, castagnoli))
	return append(out, body...)
}
