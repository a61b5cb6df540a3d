package geo

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/chronomap/chronomap/data/text"
)

// Gazetteer is an index of places by identifier and by folded name.
// It is read-only and safe for concurrent use.
//
// It is used from its file as it is (see load_format.go): the name index is
// read from the file's bytes, and places are decoded in blocks as they are
// asked for, so that loading costs a few milliseconds however large the
// gazetteer. A *Place it returns keeps its address for the gazetteer's life.
type Gazetteer struct {
	data      []byte // the file, which WriteTo writes
	names     nameIndex
	places    placeBlocks
	countries map[string]int    // ISO alpha-2 → index of the country itself
	demonyms  map[string]string // folded demonym ("azerbaijani") → ISO alpha-2
	maxWords  int
	sorted    bool                // places are sorted by ID
	all       func() []*Place     // every place, decoded on first use
	idOrder   func() []int        // indices of the places sorted by ID, nil if they are
	search    func() *searchIndex // built on the first Search
}

// New indexes places under their name and every alternate name, and demonyms
// (a map from a demonym as written, "Azerbaijani", to a country code). The
// gazetteer holds copies of the places, as Load would read them from the
// file WriteTo writes: coordinates are rounded to 1e-5 degrees (about 1 m).
func New(places []*Place, demonyms map[string]string) *Gazetteer {
	folded := make(map[string]string, len(demonyms))
	for d, cc := range demonyms {
		folded[text.Fold(d)] = cc
	}
	g, err := Load(encode(places, folded))
	if err != nil {
		panic(fmt.Sprintf("geo.New: the gazetteer written cannot be read: %v", err))
	}
	return g
}

func byID(a, b *Place) int { return strings.Compare(a.ID, b.ID) }

// Lookup returns the places a folded name (see text.Fold) may refer to, the most
// important first. The slice must not be modified; it is the same on every
// call for one name.
func (g *Gazetteer) Lookup(folded string) []*Place {
	return g.LookupHashed(folded, text.KeyHash(folded))
}

// ByID returns the place with the given identifier, or nil.
func (g *Gazetteer) ByID(id string) *Place {
	order := g.idOrder()
	at := func(k int) *Place {
		if order != nil {
			k = order[k]
		}
		return g.places.place(k)
	}
	i := sort.Search(g.places.n, func(k int) bool { return at(k).ID >= id })
	if i < g.places.n && at(i).ID == id {
		return at(i)
	}
	return nil
}

// orderByID returns the indices of the places sorted by ID, or nil if they
// are in that order already, as those of a generated gazetteer are.
func (g *Gazetteer) orderByID() []int {
	if g.sorted {
		return nil
	}
	all := g.Places()
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return byID(all[a], all[b]) })
	return order
}

// Country returns the country with the ISO 3166-1 alpha-2 code cc, or nil.
func (g *Gazetteer) Country(cc string) *Place {
	if i, ok := g.countries[cc]; ok {
		return g.places.place(i)
	}
	return nil
}

// Demonym returns the country code of a folded demonym ("azerbaijani" → AZ).
func (g *Gazetteer) Demonym(folded string) (cc string, ok bool) {
	cc, ok = g.demonyms[folded]
	return cc, ok
}

// MaxWords is the number of words in the longest folded name.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Len is the number of places.
func (g *Gazetteer) Len() int { return g.places.n }

// Places returns every place, in the order they were indexed. The first
// call decodes them all.
func (g *Gazetteer) Places() []*Place { return g.all() }

// Demonyms returns the folded demonyms ("azerbaijani") and their country
// codes. The map must not be modified.
func (g *Gazetteer) Demonyms() map[string]string { return g.demonyms }
