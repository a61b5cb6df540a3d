package geo

import "math/bits"

// bloom is a Bloom filter over keyHash values, kept as bytes of the
// gazetteer file: three probes and 16 bits an item make 0.5% false
// positives, where two probes would need 25 bits an item for as few.
type bloom struct {
	bits []byte
	m    uint64 // number of bits
}

const (
	bloomBitsPerItem = 16
	bloomProbes      = 3
)

// bloomSize is the number of bits of a filter of n items: a whole number of
// bytes, and enough that a small gazetteer is not all false positives.
func bloomSize(n int) uint64 { return max(uint64(n)*bloomBitsPerItem, 512) }

func newBloom(n int) bloom {
	m := bloomSize(n)
	return bloom{bits: make([]byte, m/8), m: m}
}

// The probes are h, h+d, h+2d (double hashing) for a remix d of h, each
// scaled to [0, m) by a multiplication, so that m need not be a power of two.
func bloomStep(h uint64) uint64 { return (h >> 29) ^ (h * 0x9E3779B97F4A7C15) }

func bloomBit(h, m uint64) uint64 {
	p, _ := bits.Mul64(h, m)
	return p
}

// add adds a key whose keyHash is h.
func (b bloom) add(h uint64) {
	d := bloomStep(h)
	for range bloomProbes {
		p := bloomBit(h, b.m)
		b.bits[p>>3] |= 1 << (p & 7)
		h += d
	}
}

// mayHave says whether a key whose keyHash is h may be in the filter.
func (b bloom) mayHave(h uint64) bool {
	d := bloomStep(h)
	for range bloomProbes {
		p := bloomBit(h, b.m)
		if b.bits[p>>3]&(1<<(p&7)) == 0 {
			return false
		}
		h += d
	}
	return true
}
