package geo

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"slices"
	"strings"

	"github.com/chronomap/chronomap/data/text"
)

// nameKey is a folded name and its places, the most important first.
type nameKey struct {
	key    string
	hash   uint64
	places []int // indices
	j      int   // the key is the folding of name j of places[0] (0 the name, k its k-th alternate name)
}

// indexNames returns the keys of places' names and alternate names, sorted
// by hash, and the number of words of the longest.
func indexNames(places []*Place) ([]*nameKey, int) {
	type posting struct{ place, j int }
	byKey := map[string][]posting{}
	for i, p := range places {
		for j, name := range slices.Concat([]string{p.Name}, p.AltNames) {
			key := text.Fold(name)
			if key == "" {
				continue
			}
			// A place's names come one after another: one it has under
			// this key already is the last.
			ps := byKey[key]
			if len(ps) > 0 && ps[len(ps)-1].place == i {
				continue
			}
			byKey[key] = append(ps, posting{i, j})
		}
	}
	names := make([]*nameKey, 0, len(byKey))
	maxWords := 0
	for key, ps := range byKey {
		slices.SortStableFunc(ps, func(a, b posting) int { return moreImportant(places[a.place], places[b.place]) })
		n := &nameKey{key: key, hash: text.KeyHash(key), j: ps[0].j, places: make([]int, len(ps))}
		for k, p := range ps {
			n.places[k] = p.place
		}
		names = append(names, n)
		maxWords = max(maxWords, words(key))
	}
	slices.SortFunc(names, func(a, b *nameKey) int {
		if c := cmp.Compare(a.hash, b.hash); c != 0 {
			return c
		}
		return strings.Compare(a.key, b.key)
	})
	return names, maxWords
}

// nameBloom returns the Bloom filter of the names and their word prefixes.
func nameBloom(names []*nameKey) bloom {
	var hs []uint64
	for _, n := range names {
		text.KeyPrefixHashes(n.key, func(h uint64) { hs = append(hs, h) })
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	b := newBloom(len(hs))
	for _, h := range hs {
		b.add(h)
	}
	return b
}

// nameBuckets returns the index of the first name of each of the 2^bucketBits
// buckets, and the number of names.
func nameBuckets(names []*nameKey, bucketBits int) []byte {
	out := make([]byte, 0, 4*(1<<bucketBits+1))
	i := 0
	for b := range uint64(1) << bucketBits {
		for i < len(names) && names[i].hash>>(64-bucketBits) < b {
			i++
		}
		out = binary.LittleEndian.AppendUint32(out, uint32(i))
	}
	return binary.LittleEndian.AppendUint32(out, uint32(len(names)))
}

// namePrints returns the fingerprint of each name.
func namePrints(names []*nameKey) []byte {
	out := make([]byte, 0, 2*len(names))
	for _, n := range names {
		out = binary.LittleEndian.AppendUint16(out, uint16(n.hash))
	}
	return out
}

// nameEntries returns the entry of each name and the postings of those not
// inline, for places whose indices take placeBits bits.
func nameEntries(names []*nameKey, placeBits int) (entries, postings []byte) {
	entries = make([]byte, 0, 4*len(names))
	var post bytes.Buffer
	e := encoder{num: &post}
	for _, n := range names {
		if len(n.places) == 1 && placeBits < 31 && n.j < 1<<(31-placeBits) {
			entries = binary.LittleEndian.AppendUint32(entries, uint32(n.j<<placeBits|n.places[0]))
			continue
		}
		if post.Len() >= postingEntry {
			panic("gazetteer: postings beyond 2 GB")
		}
		entries = binary.LittleEndian.AppendUint32(entries, uint32(postingEntry|post.Len()))
		e.uint(uint64(n.j))
		e.uint(uint64(len(n.places)))
		for _, p := range n.places {
			e.uint(uint64(p))
		}
	}
	return entries, post.Bytes()
}

// words is the number of words in a folded name.
func words(folded string) int { return strings.Count(folded, " ") + 1 }

// moreImportant orders places the way a reader would guess between places of
// one name with nothing else to go on: countries, then the most populous.
func moreImportant(a, b *Place) int { return importanceOf(a).compare(importanceOf(b)) }

// importance is what moreImportant ranks a place by, small enough for Search
// to keep for every place.
type importance struct {
	population int
	kind       Kind
}

func importanceOf(p *Place) importance { return importance{p.Population, p.Kind} }

func (a importance) compare(b importance) int {
	if c := cmp.Compare(kindRank(a.kind), kindRank(b.kind)); c != 0 {
		return c
	}
	if c := cmp.Compare(b.population, a.population); c != 0 {
		return c
	}
	// A district's population is the sum of its towns': where it ties with
	// its one town, the name means the town.
	return cmp.Compare(cityFirst(a.kind), cityFirst(b.kind))
}

// kindRank puts countries first: "Georgia" is the country before the state.
func kindRank(k Kind) int {
	if k == Country {
		return 0
	}
	return 1
}

func cityFirst(k Kind) int {
	if k == City {
		return 0
	}
	return 1
}
