package geo

import (
	"cmp"
	"slices"
	"strings"
)

// Gazetteer is an index of places by identifier and by folded name.
// It is read-only once built and safe for concurrent use.
type Gazetteer struct {
	places    []*Place
	byID      map[string]*Place
	byName    map[string][]*Place // folded name → places, most important first
	countries map[string]*Place   // ISO alpha-2 → the country itself
	demonyms  map[string]string   // folded demonym ("azerbaijani") → ISO alpha-2
	maxWords  int
}

// New indexes places under their name and every alternate name, and demonyms
// (a map from a demonym as written, "Azerbaijani", to a country code).
func New(places []*Place, demonyms map[string]string) *Gazetteer {
	g := &Gazetteer{
		places:    places,
		byID:      make(map[string]*Place, len(places)),
		byName:    make(map[string][]*Place, len(places)*2),
		countries: map[string]*Place{},
		demonyms:  make(map[string]string, len(demonyms)),
	}
	for _, p := range places {
		g.byID[p.ID] = p
		if p.Kind == Country && p.Country != "" {
			g.countries[p.Country] = p
		}
		g.addName(p.Name, p)
		for _, n := range p.AltNames {
			g.addName(n, p)
		}
	}
	for _, ps := range g.byName {
		slices.SortStableFunc(ps, moreImportant)
	}
	for d, cc := range demonyms {
		g.demonyms[Fold(d)] = cc
	}
	return g
}

func (g *Gazetteer) addName(name string, p *Place) {
	key := Fold(name)
	if key == "" {
		return
	}
	ps := g.byName[key]
	if slices.Contains(ps, p) {
		return
	}
	g.byName[key] = append(ps, p)
	if w := strings.Count(key, " ") + 1; w > g.maxWords {
		g.maxWords = w
	}
}

// moreImportant orders places the way a reader would guess between places of
// one name with nothing else to go on: countries, then regions and features,
// then the most populous.
func moreImportant(a, b *Place) int {
	if c := cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)); c != 0 {
		return c
	}
	return cmp.Compare(b.Population, a.Population)
}

func kindRank(k Kind) int {
	switch k {
	case Country:
		return 0
	case Region, Feature:
		return 1
	}
	return 2
}

// Lookup returns the places a folded name (see Fold) may refer to, the most
// important first. The slice must not be modified.
func (g *Gazetteer) Lookup(folded string) []*Place { return g.byName[folded] }

// ByID returns the place with the given identifier, or nil.
func (g *Gazetteer) ByID(id string) *Place { return g.byID[id] }

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
