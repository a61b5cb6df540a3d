package geo

import (
	"bytes"
	"cmp"
	"container/heap"
	"encoding/binary"
	"slices"
	"sort"
	"strings"

	"github.com/chronomap/chronomap/data/text"
)

// searchIndex lists the gazetteer's names in the order of their keys, so
// that the names starting with a prefix are one run, found by binary search,
// and ranks every place, so that the best places of a run are found without
// decoding them. It keeps no keys: the search reads the few it compares from
// the places (see nameKey), and the index is two numbers a name or a place,
// about 3 MB for the bundled gazetteer.
type searchIndex struct {
	names []uint32 // name indices, sorted by key
	rank  []uint32 // the rank of each place in searchOrder, 0 the first
}

// Search returns the places that have a name or an alternate name starting
// with prefix, as a user types it: folded (text.FoldPrefix), so that case
// and accents do not matter ("şuş" finds Şuşa under "Shusha"), several
// words ("nagorno kar") match a name's first words, and a separator at the
// end says that the last word is whole ("San " finds San and San José, not
// Sanaa). The places named the prefix whole come first, then the most
// important (see searchOrder); each place comes once, at most limit of
// them. An empty prefix finds nothing.
//
// The first search builds the index, which takes as long as decoding every
// place (half a second for the bundled gazetteer); later searches decode only
// the places they compare and return.
func (g *Gazetteer) Search(prefix string, limit int) []*Place {
	key := text.FoldPrefix(prefix)
	if key == "" || limit <= 0 {
		return nil
	}
	// The run of names starting with key, and the name whole if key ends
	// with a space, which sorts just before them, no key having a letter
	// below the space.
	whole := strings.TrimSuffix(key, " ")
	ix := g.search()
	lo := sort.Search(len(ix.names), func(k int) bool { return g.nameKey(ix.names[k]) >= whole })
	run := ix.names[lo:]
	run = run[:sort.Search(len(run), func(k int) bool { return !startsWith(g.nameKey(run[k]), key) })]
	if len(run) == 0 {
		return nil
	}
	// A candidate is a place under one of the names, packed so that the
	// smaller is the better: whether the name is longer than the prefix,
	// the place's rank, and its index. Keys are distinct: only the first
	// name of the run can be the prefix whole, and a place is best under
	// the first name it is met under.
	best := make(candidates, 0, min(limit, len(run)))
	met := make([]uint64, (g.places.n+63)/64) // a bit a place
	partial := uint64(0)
	if g.nameKey(run[0]) != whole {
		partial = 1
	}
	var places []int
	for _, name := range run {
		_, places = g.names.entry(int(name), places[:0])
		for _, p := range places {
			if met[p/64]&(1<<(p%64)) != 0 {
				continue
			}
			met[p/64] |= 1 << (p % 64)
			switch c := partial<<63 | uint64(ix.rank[p])<<32 | uint64(p); {
			case len(best) < limit:
				heap.Push(&best, c)
			case c < best[0]:
				best[0] = c
				heap.Fix(&best, 0)
			}
		}
		partial = 1
	}
	slices.Sort(best)
	found := make([]*Place, len(best))
	for k, c := range best {
		found[k] = g.places.place(int(uint32(c)))
	}
	return found
}

// PrepareSearch builds the index of Search, if no search has: a user
// interface calls it in the background when it shows a search box, so that
// the first letter typed does not wait for it.
func (g *Gazetteer) PrepareSearch() { g.search() }

// NameStarting returns the first of p's names, its name then its alternate
// names, that starts with prefix as Search matches them, or "": which of
// its names a search found a place by.
func (p *Place) NameStarting(prefix string) string {
	key := text.FoldPrefix(prefix)
	if key == "" {
		return ""
	}
	if startsWith(text.Fold(p.Name), key) {
		return p.Name
	}
	for _, n := range p.AltNames {
		if startsWith(text.Fold(n), key) {
			return n
		}
	}
	return ""
}

// startsWith says whether a folded name starts with a key of
// text.FoldPrefix: "san jose" with "san" and "san ", and "san" with "san "
// too, which asks for the word whole.
func startsWith(name, key string) bool {
	return strings.HasPrefix(name, key) || name == strings.TrimSuffix(key, " ")
}

// candidates is a max-heap of the best candidates met so far, the worst of
// them on top, to be replaced by a better one: a prefix of a letter or two
// is met by a hundred thousand places, and sorting them all would take
// longer than the rest of the search.
type candidates []uint64

func (h candidates) Len() int           { return len(h) }
func (h candidates) Less(i, j int) bool { return h[i] > h[j] }
func (h candidates) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *candidates) Push(x any)        { *h = append(*h, x.(uint64)) }
func (h *candidates) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// nameKey is the key of name i. It decodes the name's first place only,
// where resolve would decode them all: the binary search reads the keys of
// names it does not return.
func (g *Gazetteer) nameKey(i uint32) string {
	var buf [8]int
	j, places := g.names.entry(int(i), buf[:0])
	return foldedName(g.places.place(places[0]), j)
}

// buildSearchIndex reads every name's key and every place's importance,
// decoding each block of places once, for itself alone (peek): the index
// keeps neither the keys nor the places.
func (g *Gazetteer) buildSearchIndex() *searchIndex {
	pl, ix := &g.places, &g.names
	// The names grouped by the block of their first place, by a counting
	// sort: byBlock[starts[k]:starts[k+1]] are those of block k.
	firsts := make([]uint32, ix.n)
	starts := make([]int, len(pl.blocks)+1)
	var buf [8]int
	for i := range ix.n {
		_, places := ix.entry(i, buf[:0])
		firsts[i] = uint32(places[0])
		starts[places[0]>>pl.shift+1]++
	}
	for k := range len(pl.blocks) {
		starts[k+1] += starts[k]
	}
	byBlock := make([]uint32, ix.n)
	next := slices.Clone(starts)
	for i, p := range firsts {
		k := p >> pl.shift
		byBlock[next[k]] = uint32(i)
		next[k]++
	}

	var keys []byte // every key, one after the other
	names := make([]keyedName, 0, ix.n)
	ranked := make([]rankedPlace, 0, pl.n)
	for k := range len(pl.blocks) {
		block := pl.peek(k)
		first := k << pl.shift
		for _, i := range byBlock[starts[k]:starts[k+1]] {
			j, _ := ix.entry(int(i), buf[:0])
			start := len(keys)
			keys = append(keys, foldedName(&block[int(firsts[i])-first], j)...)
			names = append(names, keyedName{keyHead(keys[start:]), uint32(start), uint32(len(keys)), i})
		}
		for n := range block {
			ranked = append(ranked, rankedPlace{importanceOf(&block[n]), seatRank(block[n].Feature), uint32(first + n)})
		}
	}
	slices.SortFunc(names, func(a, b keyedName) int {
		if c := cmp.Compare(a.head, b.head); c != 0 {
			return c
		}
		return bytes.Compare(keys[a.start:a.end], keys[b.start:b.end])
	})
	slices.SortFunc(ranked, searchOrder)

	out := &searchIndex{names: make([]uint32, len(names)), rank: make([]uint32, len(ranked))}
	for k, n := range names {
		out.names[k] = n.name
	}
	for r, p := range ranked {
		out.rank[p.place] = uint32(r)
	}
	return out
}

// keyedName is a name and where its key lies among the keys read, without
// a pointer: the garbage collector has half a million of them to scan
// otherwise, and the sort moves them about.
type keyedName struct {
	head       uint64 // the key's first 8 bytes, which decide most comparisons
	start, end uint32
	name       uint32
}

// keyHead is the first 8 bytes of a key, big-endian, so that heads compare
// as the keys do: a key shorter than 8 bytes is padded with zeros, which no
// key has, and so comes before those it is a prefix of.
func keyHead(key []byte) uint64 {
	var b [8]byte
	copy(b[:], key)
	return binary.BigEndian.Uint64(b[:])
}

// rankedPlace is what searchOrder ranks a place by.
type rankedPlace struct {
	importance
	seat  uint8
	place uint32
}

// searchOrder ranks the places a search finds as the geocoder ranks those of
// one name (moreImportant: countries, then the most populous), then by the
// administrative level they are the seat of, which tells apart the many
// places whose population is unknown, then in the gazetteer's order.
//
// Kind alone does not come before population: a district whose population
// is unknown ("Tartus District") would come before the city of 450,000 it
// is named after.
func searchOrder(a, b rankedPlace) int {
	if c := a.importance.compare(b.importance); c != 0 {
		return c
	}
	if c := cmp.Compare(a.seat, b.seat); c != 0 {
		return c
	}
	return cmp.Compare(a.place, b.place)
}

// seatRank ranks a GeoNames feature code by the level of government it is
// the seat or area of: a capital, first-level divisions and their seats,
// second-level ones, and so on; any other place last.
func seatRank(feature string) uint8 {
	switch feature {
	case "PPLC":
		return 0
	case "ADM1", "PPLA":
		return 1
	case "ADM2", "PPLA2":
		return 2
	case "PPLA3":
		return 3
	case "PPLA4":
		return 4
	}
	return 5
}
