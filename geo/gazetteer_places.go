package geo

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"io"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/paulmach/orb"
)

// placeBlocks holds the places of a gazetteer as its file stores them, in
// compressed blocks, and decodes a block the first time one of its places
// is asked for: a text names a few hundred places of the 200,000.
type placeBlocks struct {
	n      int
	shift  uint     // log2 of the places per block
	table  []byte   // for each block, u32 end in data and u32 size inflated
	data   []byte   // the blocks, raw DEFLATE streams
	shared []string // feature and country codes, admin1 names
	blocks []atomic.Pointer[placeBlock]
}

type placeBlock struct{ places []Place }

// place returns place i, which stays at that address: events keep pointers
// to places and compare them.
func (b *placeBlocks) place(i int) *Place {
	k := i >> b.shift
	blk := b.blocks[k].Load()
	if blk == nil {
		blk = b.load(k)
	}
	return &blk.places[i&(1<<b.shift-1)]
}

// load decodes block k and publishes it. Of goroutines decoding one block at
// once, the first to publish wins and the others use its places, so that a
// place has one address however it was reached.
func (b *placeBlocks) load(k int) *placeBlock {
	if blk := b.mustDecode(k); b.blocks[k].CompareAndSwap(nil, blk) {
		return blk
	}
	return b.blocks[k].Load()
}

// peek returns the places of block k without publishing them if no lookup
// has yet: what reads every place once, as the search index does, would
// otherwise keep them all.
func (b *placeBlocks) peek(k int) []Place {
	if blk := b.blocks[k].Load(); blk != nil {
		return blk.places
	}
	return b.mustDecode(k).places
}

func (b *placeBlocks) mustDecode(k int) *placeBlock {
	blk, err := b.decode(k)
	if err != nil {
		// Load checked the file's checksum: the writer wrote this.
		panic(fmt.Sprintf("gazetteer: block %d: %v", k, err))
	}
	return blk
}

func (b *placeBlocks) decode(k int) (*placeBlock, error) {
	start := uint32(0)
	if k > 0 {
		start = binary.LittleEndian.Uint32(b.table[8*k-8:])
	}
	end, size := binary.LittleEndian.Uint32(b.table[8*k:]), binary.LittleEndian.Uint32(b.table[8*k+4:])
	raw := make([]byte, size)
	if err := inflate(b.data[start:end], raw); err != nil {
		return nil, err
	}
	first := k << b.shift
	places := make([]Place, min(b.n-first, 1<<b.shift))
	if err := decodePlaces(raw, places, b.shared); err != nil {
		return nil, err
	}
	return &placeBlock{places}, nil
}

// all returns every place, in the order they were indexed.
func (b *placeBlocks) all() []*Place {
	out := make([]*Place, b.n)
	for i := range out {
		out[i] = b.place(i)
	}
	return out
}

// inflaters holds flate readers: each has tens of kilobytes of tables that
// a block of a few kilobytes is not worth allocating.
var inflaters sync.Pool

// inflate decompresses the raw DEFLATE stream z into out, which it fills.
func inflate(z, out []byte) error {
	src := bytes.NewReader(z)
	r, ok := inflaters.Get().(io.ReadCloser)
	if ok {
		r.(flate.Resetter).Reset(src, nil)
	} else {
		r = flate.NewReader(src)
	}
	defer inflaters.Put(r)
	_, err := io.ReadFull(r, out)
	return err
}

// decodePlaces fills places from an inflated block. Their strings share the
// block's bytes; their alternate names are slices of one allocation.
func decodePlaces(raw []byte, places []Place, shared []string) error {
	head := cursor{b: raw}
	h := decoder{num: &head, text: &head}
	numSize, nalts := h.uint(), h.count()
	num := h.bytes(numSize)
	if h.err != nil {
		return h.err
	}
	d := decoder{num: &cursor{b: num}, text: &cursor{b: raw[head.pos:]}}
	alts := make([]string, nalts)
	// IDs "geonames:n" are stored as n and rebuilt into one buffer.
	idBuf := make([]byte, 0, len(places)*(len(geonamesIDs)+8))
	idEnd := make([]int, len(places))
	var id uint64
	var lon, lat int64
	for i := range places {
		p := &places[i]
		switch v := d.uint(); {
		case v&1 == 1:
			id += uint64(unzigzag(v >> 1))
			idBuf = strconv.AppendUint(append(idBuf, geonamesIDs...), id, 10)
		case v != 0:
			d.fail("place %d: bad ID tag %d", i, v)
		default:
			p.ID = d.string()
		}
		idEnd[i] = len(idBuf)
		p.Name = d.string()
		p.Kind = Kind(d.uint())
		p.Feature = d.shared(shared)
		p.Country = d.shared(shared)
		p.Admin1 = d.shared(shared)
		lon += d.int()
		lat += d.int()
		p.Point = orb.Point{float64(lon) / coordScale, float64(lat) / coordScale}
		p.Population = int(min(d.uint(), 1<<53))
		na := d.count()
		if na > len(alts) {
			d.fail("place %d: more alternate names than recorded", i)
		}
		if d.err != nil {
			return d.err
		}
		if na > 0 {
			p.AltNames, alts = alts[:na:na], alts[na:]
		}
		for j := range p.AltNames {
			p.AltNames[j] = d.string()
		}
	}
	if d.err == nil && (!d.done() || len(alts) != 0) {
		d.fail("block sizes do not add up")
	}
	ids, start := bytesString(idBuf), 0
	for i := range places {
		if idEnd[i] > start {
			places[i].ID = ids[start:idEnd[i]]
		}
		start = idEnd[i]
	}
	return d.err
}
