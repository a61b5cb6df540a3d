package geo

import "github.com/chronomap/chronomap/data/text"

// nameFilter indexes the gazetteer's folded names for the geocoder, which
// looks up every capitalised phrase of a text, nearly always in vain.
//
// names is a hash table of the name table's keys: one probe, usually in one
// cache line, answers where the gazetteer's binary search over half a
// million names takes twenty string comparisons. prefixes is a Bloom filter
// of the names and their word prefixes ("nagorno" of "nagorno karabakh"),
// which stops a phrase from being extended once no name starts that way.
type nameFilter struct {
	names    []uint64 // high 32 bits of a key's hash | index+1 in the name table; 0 is empty
	mask     uint64
	prefixes bloom
}

func newNameFilter(g *Gazetteer) *nameFilter {
	n := g.names.len()
	size := 1 << 16
	for size < n+n/2 { // at most two-thirds full: a miss probes a few slots of one cache line
		size <<= 1
	}
	f := &nameFilter{names: make([]uint64, size), mask: uint64(size - 1), prefixes: newBloom(n + n/2)}
	for i := range n {
		h := text.KeyPrefixHashes(g.names.key(i), f.prefixes.add)
		s := h & f.mask
		for f.names[s] != 0 {
			s = (s + 1) & f.mask
		}
		f.names[s] = h>>32<<32 | uint64(i+1)
	}
	return f
}

// find returns the index in g's name table of key, whose text.KeyHash is h, or -1.
func (f *nameFilter) find(g *Gazetteer, key string, h uint64) int {
	tag := h >> 32
	for s := h & f.mask; ; s = (s + 1) & f.mask {
		v := f.names[s]
		if v == 0 {
			return -1
		}
		if i := int(uint32(v)) - 1; v>>32 == tag && g.names.key(i) == key {
			return i
		}
	}
}

// bloom is a Bloom filter with two probes and 16 bits an item: about 1.4%
// false positives.
type bloom struct {
	bits []uint64
	mask uint64
}

func newBloom(n int) bloom {
	size := uint64(1 << 16)
	for size < uint64(n)*16 {
		size <<= 1
	}
	return bloom{bits: make([]uint64, size/64), mask: size - 1}
}

// add adds a key whose keyHash is h.
func (b *bloom) add(h uint64) {
	h1, h2 := probes(h)
	b.bits[(h1&b.mask)>>6] |= 1 << (h1 & 63)
	b.bits[(h2&b.mask)>>6] |= 1 << (h2 & 63)
}

// mayHave says whether a key whose keyHash is h may be in the filter.
func (b *bloom) mayHave(h uint64) bool {
	h1, h2 := probes(h)
	return b.bits[(h1&b.mask)>>6]&(1<<(h1&63)) != 0 && b.bits[(h2&b.mask)>>6]&(1<<(h2&63)) != 0
}

// probes returns the two bit positions of a key from its hash: the hash and
// a remix of it.
func probes(h uint64) (uint64, uint64) { return h, (h >> 29) ^ (h * 0x9E3779B97F4A7C15) }

// MayStartName says whether some name of the gazetteer may start with the
// folded words whose hash (text.KeyHash) is h: false means none does. The
// geocoder asks before it extends a phrase by a word.
func (g *Gazetteer) MayStartName(h uint64) bool { return g.filter().prefixes.mayHave(h) }

// LookupHashed is Lookup for a folded key whose text.KeyHash is h. Most keys
// a geocoder asks for are no name: the Bloom filter, which holds every name,
// turns them away without reading the far larger table.
func (g *Gazetteer) LookupHashed(key string, h uint64) []*Place {
	f := g.filter()
	if !f.prefixes.mayHave(h) {
		return nil
	}
	i := f.find(g, key, h)
	if i < 0 {
		return nil
	}
	return g.names.places(i)
}
