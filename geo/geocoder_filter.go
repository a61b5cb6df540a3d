package geo

// nameFilter holds two Bloom filters over the gazetteer's folded names: one
// of the names, one of their word prefixes ("nagorno" of "nagorno
// karabakh"). Nearly every capitalised phrase of a text is not a place name;
// the filters answer those in a few nanoseconds, where the gazetteer's
// binary search over a million names takes twenty string comparisons, and
// they stop a phrase from being extended once no name starts that way.
type nameFilter struct {
	names, prefixes bloom
}

func newNameFilter(g *Gazetteer) *nameFilter {
	n := g.names.len()
	f := &nameFilter{names: newBloom(n), prefixes: newBloom(n + n/2)}
	for i := range n {
		key := g.names.key(i)
		f.names.add(key)
		f.prefixes.add(key)
		for j := 0; j < len(key); j++ {
			if key[j] == ' ' {
				f.prefixes.add(key[:j])
			}
		}
	}
	return f
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

func (b *bloom) add(key string) {
	h1, h2 := nameHash(key)
	b.bits[(h1&b.mask)>>6] |= 1 << (h1 & 63)
	b.bits[(h2&b.mask)>>6] |= 1 << (h2 & 63)
}

func (b *bloom) mayHave(key string) bool {
	h1, h2 := nameHash(key)
	return b.bits[(h1&b.mask)>>6]&(1<<(h1&63)) != 0 && b.bits[(h2&b.mask)>>6]&(1<<(h2&63)) != 0
}

// nameHash returns two 64-bit hashes of s (FNV-1a and a remix of it).
func nameHash(s string) (uint64, uint64) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h, (h >> 29) ^ (h * 0x9E3779B97F4A7C15)
}

// lookup returns the places of a folded key, checking the filter first.
func (a *analysis) lookup(key string) []*Place {
	if !a.filter.names.mayHave(key) {
		return nil
	}
	return a.g.Lookup(key)
}
