package geo

import (
	"sync"

	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/chronomap/chronomap/data/text"
)

// Gazetteer is an index of places by identifier and by folded name.
// It is read-only once built and safe for concurrent use.
//
// The name index is a sorted table rather than a map: the bundled gazetteer
// has about a million names, and a sorted table can be loaded from a file as
// it is, where a map would have to be rebuilt key by key on every start.
type Gazetteer struct {
	places    []*Place          // in the order they were indexed
	byID      []*Place          // sorted by ID, for binary search
	names     nameTable         //
	countries map[string]*Place // ISO alpha-2 → the country itself
	demonyms  map[string]string // folded demonym ("azerbaijani") → ISO alpha-2
	maxWords  int
	filter    func() *nameFilter // built on the first lookup by hash
}

// nameTable maps folded names to places: key i is keys[keyEnd[i-1]:keyEnd[i]]
// (keys are sorted), and its places are posts[postEnd[i-1]:postEnd[i]], most
// important first. Offsets rather than a []string keep the table to a few
// large allocations however many names there are.
type nameTable struct {
	keys    string
	keyEnd  []uint32
	posts   []*Place
	postEnd []uint32
}

func (t *nameTable) len() int { return len(t.keyEnd) }

func (t *nameTable) key(i int) string {
	start := uint32(0)
	if i > 0 {
		start = t.keyEnd[i-1]
	}
	return t.keys[start:t.keyEnd[i]]
}

func (t *nameTable) places(i int) []*Place {
	start := uint32(0)
	if i > 0 {
		start = t.postEnd[i-1]
	}
	end := t.postEnd[i]
	return t.posts[start:end:end] // capped: a caller's append must not clobber the next key
}

func (t *nameTable) find(folded string) []*Place {
	// A hand-written binary search: sort.Search's closure call costs a
	// measurable share of Lookup, which runs for every capitalised phrase.
	lo, hi := 0, t.len()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.key(m) < folded {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < t.len() && t.key(lo) == folded {
		return t.places(lo)
	}
	return nil
}

// New indexes places under their name and every alternate name, and demonyms
// (a map from a demonym as written, "Azerbaijani", to a country code).
func New(places []*Place, demonyms map[string]string) *Gazetteer {
	byName := make(map[string][]*Place, len(places)*2)
	for _, p := range places {
		addName(byName, p.Name, p)
		for _, n := range p.AltNames {
			addName(byName, n, p)
		}
	}
	keys := make([]string, 0, len(byName))
	for k := range byName {
		keys = append(keys, k)
	}
	slices.Sort(keys)

	var t nameTable
	var b strings.Builder
	t.keyEnd = make([]uint32, len(keys))
	t.postEnd = make([]uint32, len(keys))
	maxWords := 0
	for i, k := range keys {
		maxWords = max(maxWords, words(k))
		ps := byName[k]
		slices.SortStableFunc(ps, moreImportant)
		b.WriteString(k)
		t.keyEnd[i] = uint32(b.Len())
		t.posts = append(t.posts, ps...)
		t.postEnd[i] = uint32(len(t.posts))
	}
	t.keys = b.String()

	folded := make(map[string]string, len(demonyms))
	for d, cc := range demonyms {
		folded[text.Fold(d)] = cc
	}
	return build(places, t, folded, maxWords)
}

// words is the number of words in a folded name.
func words(folded string) int { return strings.Count(folded, " ") + 1 }

// build completes a gazetteer from its places, name table, folded demonyms
// and the number of words in its longest name.
func build(places []*Place, names nameTable, demonyms map[string]string, maxWords int) *Gazetteer {
	g := &Gazetteer{
		places:    places,
		byID:      places,
		names:     names,
		countries: map[string]*Place{},
		demonyms:  demonyms,
		maxWords:  maxWords,
	}
	g.filter = sync.OnceValue(func() *nameFilter { return newNameFilter(g) })
	if !slices.IsSortedFunc(places, byID) {
		g.byID = slices.Clone(places)
		slices.SortStableFunc(g.byID, byID)
	}
	for _, p := range places {
		if p.Kind == Country && p.Country != "" {
			g.countries[p.Country] = p
		}
	}
	return g
}

func byID(a, b *Place) int { return strings.Compare(a.ID, b.ID) }

func addName(byName map[string][]*Place, name string, p *Place) {
	key := text.Fold(name)
	if key == "" {
		return
	}
	ps := byName[key]
	if slices.Contains(ps, p) {
		return
	}
	byName[key] = append(ps, p)
}

// moreImportant orders places the way a reader would guess between places of
// one name with nothing else to go on: countries, then the most populous.
func moreImportant(a, b *Place) int {
	if c := cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)); c != 0 {
		return c
	}
	if c := cmp.Compare(b.Population, a.Population); c != 0 {
		return c
	}
	// A district's population is the sum of its towns': where it ties with
	// its one town, the name means the town.
	return cmp.Compare(cityFirst(a.Kind), cityFirst(b.Kind))
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

// Lookup returns the places a folded name (see text.Fold) may refer to, the most
// important first. The slice must not be modified.
func (g *Gazetteer) Lookup(folded string) []*Place { return g.names.find(folded) }

// ByID returns the place with the given identifier, or nil.
func (g *Gazetteer) ByID(id string) *Place {
	i := sort.Search(len(g.byID), func(i int) bool { return g.byID[i].ID >= id })
	if i < len(g.byID) && g.byID[i].ID == id {
		return g.byID[i]
	}
	return nil
}

// Country returns the country with the ISO 3166-1 alpha-2 code cc, or nil.
func (g *Gazetteer) Country(cc string) *Place { return g.countries[cc] }

// Demonym returns the country code of a folded demonym ("azerbaijani" → AZ).
func (g *Gazetteer) Demonym(folded string) (cc string, ok bool) {
	cc, ok = g.demonyms[folded]
	return cc, ok
}

// MaxWords is the number of words in the longest folded name.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Len is the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Places returns every place, in the order they were indexed.
func (g *Gazetteer) Places() []*Place { return g.places }

// Demonyms returns the folded demonyms ("azerbaijani") and their country
// codes. The map must not be modified.
func (g *Gazetteer) Demonyms() map[string]string { return g.demonyms }
