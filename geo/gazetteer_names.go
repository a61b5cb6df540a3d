package geo

import (
	"encoding/binary"
	"sync/atomic"

	"github.com/chronomap/chronomap/data/text"
)

// nameIndex finds folded names in the bytes of the gazetteer file by the
// hashes the geocoder's tokenizer computes (text.KeyHash), so that it is ready
// as soon as the file is, and a lookup never rehashes a phrase.
//
// The geocoder looks up every capitalised phrase of a text, nearly always in
// vain, and extends a phrase word by word only while some name starts that
// way: the Bloom filter of names and their word prefixes answers both
// questions without reading the rest. Past it, a name is found in the bucket
// of its hash's top bits by a 16-bit fingerprint, and checked against its key.
type nameIndex struct {
	n         int
	bloom     bloom
	shift     uint   // 64 - bucket bits: a hash's bucket is h >> shift
	buckets   []byte // u32 index of each bucket's first name, and the number of names
	prints    []byte // u16 fingerprint of each name
	entries   []byte // u32 place and key of each name, or where its postings are
	postings  []byte
	placeBits uint                       // bits of a place index in an inline entry
	resolved  []atomic.Pointer[namePage] // names met so far
}

// resolvedName is a name as lookups return it, made the first time one
// reaches it and kept, so that a name gives the same slice every time (the
// geocoder tells a repeated name by its slice).
type resolvedName struct {
	key    string
	places []*Place
	one    [1]*Place // the places of most names, without another allocation
}

const (
	namePageBits = 8
	inlineEntry  = 0 // the top bit of an entry whose place is inline
	postingEntry = 1 << 31
)

// namePage holds the resolved names of 256 consecutive names: pages are
// allocated as names are met, rather than a pointer for each name up front.
type namePage [1 << namePageBits]atomic.Pointer[resolvedName]

// LookupHashed is Lookup for a folded name whose text.KeyHash is h, which the
// geocoder's tokenizer has already computed.
func (g *Gazetteer) LookupHashed(folded string, h uint64) []*Place {
	ix := &g.names
	if !ix.bloom.mayHave(h) {
		return nil
	}
	b := h >> ix.shift
	lo := binary.LittleEndian.Uint32(ix.buckets[4*b:])
	hi := binary.LittleEndian.Uint32(ix.buckets[4*b+4:])
	fp := uint16(h)
	for i := lo; i < hi; i++ {
		if binary.LittleEndian.Uint16(ix.prints[2*i:]) != fp {
			continue
		}
		if r := g.resolve(int(i)); r.key == folded {
			return r.places
		}
	}
	return nil
}

// MayStartName says whether some name may be or start with the folded words
// whose text.KeyHash is h ("nagorno" of "nagorno karabakh"). It has false
// positives (about 0.3%), no false negatives.
func (g *Gazetteer) MayStartName(h uint64) bool { return g.names.bloom.mayHave(h) }

// resolve returns name i resolved, resolving it if no lookup has yet. Of
// goroutines resolving one name at once, the first to publish wins.
func (g *Gazetteer) resolve(i int) *resolvedName {
	pages := g.names.resolved
	page := pages[i>>namePageBits].Load()
	if page == nil {
		page = new(namePage)
		if !pages[i>>namePageBits].CompareAndSwap(nil, page) {
			page = pages[i>>namePageBits].Load()
		}
	}
	slot := &page[i&(1<<namePageBits-1)]
	if r := slot.Load(); r != nil {
		return r
	}
	if r := g.decodeName(i); slot.CompareAndSwap(nil, r) {
		return r
	}
	return slot.Load()
}

// decodeName reads name i's places, and its key from the first of them.
func (g *Gazetteer) decodeName(i int) *resolvedName {
	r := new(resolvedName)
	var one [1]int
	j, places := g.names.entry(i, one[:0])
	if len(places) == 1 {
		r.places = r.one[:]
	} else {
		r.places = make([]*Place, len(places))
	}
	for k, p := range places {
		r.places[k] = g.places.place(p)
	}
	r.key = foldedName(r.places[0], j)
	return r
}

// entry reads name i's entry: j, which of the names of its first place its
// key is the folding of (see foldedName), and the indices of its places,
// the most important first, appended to places.
func (ix *nameIndex) entry(i int, places []int) (j int, _ []int) {
	e := binary.LittleEndian.Uint32(ix.entries[4*i:])
	if e&postingEntry == inlineEntry {
		return int(e >> ix.placeBits), append(places, int(e&(1<<ix.placeBits-1)))
	}
	c := cursor{b: ix.postings[e&^postingEntry:]}
	d := decoder{num: &c, text: &c}
	j = int(d.uint())
	for range d.uint() {
		places = append(places, int(d.uint()))
	}
	return j, places
}

// foldedName is the folding of p's name j: 0 its name, k its k-th alternate
// name.
func foldedName(p *Place, j int) string {
	if j == 0 {
		return text.Fold(p.Name)
	}
	return text.Fold(p.AltNames[j-1])
}
