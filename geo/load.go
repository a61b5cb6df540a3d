package geo

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math/bits"
	"sync"
	"sync/atomic"

	"github.com/chronomap/chronomap/assets"
	"github.com/chronomap/chronomap/data/text"
)

var defaultGazetteer = sync.OnceValues(func() (*Gazetteer, error) {
	g, err := Load(assets.Gazetteer)
	if err != nil {
		return nil, fmt.Errorf("embedded %s: %w", assets.GazetteerFile, err)
	}
	return g, nil
})

// Default returns the gazetteer bundled with Chronomap (assets.Gazetteer),
// loaded on the first call and shared afterwards.
func Default() (*Gazetteer, error) { return defaultGazetteer() }

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Load reads a gazetteer written by Gazetteer.WriteTo. It checks the file
// whole (its checksum, and that its sections and their indexes fit each
// other) but decodes only its preamble: the gazetteer keeps referring to
// data, which must not be modified, and decodes places as they are used.
// The bytes inside place blocks and postings are trusted once the checksum
// holds: a file that was not written by WriteTo but carries a right
// checksum may make a later lookup panic. Chronomap loads only the file it
// embeds.
func Load(data []byte) (*Gazetteer, error) {
	g, err := load(data)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return g, nil
}

func load(data []byte) (*Gazetteer, error) {
	rest, ok := bytes.CutPrefix(data, []byte(fileHeader))
	if !ok {
		return nil, errors.New("not a Chronomap gazetteer v3 file (header line missing)")
	}
	if len(rest) < 4 {
		return nil, errors.New("truncated file")
	}
	// Past this check, the lazy decoding trusts the bytes.
	if crc32.Checksum(rest[4:], castagnoli) != binary.LittleEndian.Uint32(rest) {
		return nil, errors.New("checksum mismatch: the file is corrupt or truncated")
	}
	c := cursor{b: rest[4:]}
	d := decoder{num: &c, text: &c} // the preamble has its strings inline
	if v := d.uint(); v != formatVersion && d.err == nil {
		return nil, fmt.Errorf("format version %d, want %d", v, formatVersion)
	}
	if h := d.uint(); h != text.KeyHash(hashCheckKey) && d.err == nil {
		return nil, errors.New("names hashed with another text.KeyHash: regenerate the file")
	}
	g := &Gazetteer{data: data}
	pl, ix := &g.places, &g.names
	// Every number below is bounded by the sections it sizes, checked
	// against the file's size before anything is allocated.
	pl.n, pl.shift, g.sorted = int(d.uint()), uint(d.uint()), d.uint()&sortedByID != 0
	ix.n, g.maxWords = int(d.uint()), int(d.uint())
	bucketBits, bloomBits, postingsSize := d.uint(), d.uint(), d.uint()
	if d.err == nil && (uint(pl.n) >= 1<<31 || uint(ix.n) >= 1<<31 || pl.shift > 30 || bucketBits > 32 ||
		bloomBits%bloomBlockBits != 0 || bloomBits == 0) {
		d.fail("bad sizes: %d places in %d-bit blocks, %d names in %d-bit buckets, %d-bit Bloom filter",
			pl.n, pl.shift, ix.n, bucketBits, bloomBits)
	}
	pl.shared = make([]string, d.count())
	for i := range pl.shared {
		pl.shared[i] = d.string()
	}
	g.demonyms = make(map[string]string)
	for range d.count() {
		dem := d.string()
		g.demonyms[dem] = d.string()
	}
	g.countries = make(map[string]int)
	for range d.count() {
		cc := d.string()
		if i := d.uint(); i < uint64(pl.n) {
			g.countries[cc] = int(i)
		} else {
			d.fail("country %s: place %d out of range", cc, i)
		}
	}
	blocks := (uint64(pl.n) + 1<<pl.shift - 1) >> pl.shift
	ix.bloom = bloom{bits: d.bytes(bloomBits / 8), blocks: bloomBits / bloomBlockBits}
	ix.buckets = d.bytes(4 * (1<<bucketBits + 1))
	ix.prints = d.bytes(2 * uint64(ix.n))
	ix.entries = d.bytes(4 * uint64(ix.n))
	ix.postings = d.bytes(postingsSize)
	pl.table = d.bytes(8 * blocks)
	if d.err != nil {
		return nil, d.err
	}
	pl.data = c.b[c.pos:]
	end := uint32(0)
	if n := len(pl.table); n > 0 {
		end = binary.LittleEndian.Uint32(pl.table[n-8:])
	}
	if uint64(len(pl.data)) != uint64(end) {
		return nil, errors.New("place blocks do not end with the file")
	}
	if binary.LittleEndian.Uint32(ix.buckets[len(ix.buckets)-4:]) != uint32(ix.n) {
		return nil, errors.New("buckets do not add up to the names")
	}
	if err := checkIndexes(pl, ix); err != nil {
		return nil, err
	}
	ix.shift = uint(64 - bucketBits)
	ix.placeBits = uint(bits.Len(uint(pl.n)))
	ix.resolved = make([]atomic.Pointer[namePage], (ix.n+1<<namePageBits-1)>>namePageBits)
	pl.blocks = make([]atomic.Pointer[placeBlock], blocks)
	g.all = sync.OnceValue(pl.all)
	g.idOrder = sync.OnceValue(g.orderByID)
	g.search = sync.OnceValue(g.buildSearchIndex)
	return g, nil
}

// checkIndexes checks that the numbers the lookups index with stay within
// what they index: buckets and blocks in order, a block's size sane, and
// each name's inline place or postings within range.
func checkIndexes(pl *placeBlocks, ix *nameIndex) error {
	for b, prev := 4, uint32(0); b < len(ix.buckets); b += 4 {
		v := binary.LittleEndian.Uint32(ix.buckets[b:])
		if v < prev {
			return errors.New("buckets out of order")
		}
		prev = v
	}
	for k, prev := 0, uint32(0); 8*k < len(pl.table); k++ {
		end, size := binary.LittleEndian.Uint32(pl.table[8*k:]), binary.LittleEndian.Uint32(pl.table[8*k+4:])
		if end < prev || size > maxBlockSize {
			return fmt.Errorf("place block %d out of order or too large", k)
		}
		prev = end
	}
	placeBits := uint(bits.Len(uint(pl.n)))
	for i := 0; i < ix.n; i++ {
		e := binary.LittleEndian.Uint32(ix.entries[4*i:])
		switch {
		case e&postingEntry == inlineEntry && int(e&(1<<placeBits-1)) >= pl.n:
			return fmt.Errorf("name %d: place out of range", i)
		case e&postingEntry != inlineEntry && int(e&^postingEntry) >= len(ix.postings):
			return fmt.Errorf("name %d: postings out of range", i)
		}
	}
	return nil
}

// maxBlockSize bounds a block of places inflated: a corrupt size must not
// make a lookup allocate gigabytes.
const maxBlockSize = 16 << 20
