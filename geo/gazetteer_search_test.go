package geo

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chronomap/chronomap/assets"
	"github.com/chronomap/chronomap/data/text"
)

func TestSearch(t *testing.T) {
	g := New(testPlaces(), testDemonyms)
	const (
		xankandi    = "geonames:146970"
		susa        = "geonames:147105" // the town
		shusha      = "geonames:147163" // its district
		azerbaijan  = "geonames:587116"
		lakeSevan   = "ne:lake:lake-sevan"
		southCaucas = "curated:south-caucasus"
	)
	tests := []struct {
		prefix string
		limit  int
		want   []string
	}{
		{"stepan", 10, []string{xankandi}},
		{"XANKƏ", 10, []string{xankandi}},
		// The town is more populous; the district comes once though two
		// of its names start so.
		{"shush", 10, []string{susa, shusha}},
		{"Şuş", 10, []string{susa, shusha}},
		{"sev", 10, []string{lakeSevan}},
		{"lake s", 10, []string{lakeSevan}},
		{"south cau", 10, []string{southCaucas}},
		{"South-", 10, []string{southCaucas}},
		{"republic of az", 10, []string{azerbaijan}},
		{"s", 10, []string{xankandi, susa, shusha, lakeSevan, southCaucas}},
		{"s", 2, []string{xankandi, susa}},
		{"s", 0, nil},
		{"su", 10, []string{susa, shusha}},
		{"sout caucasus", 10, nil},
		{"xankendiz", 10, nil},
		{"", 10, nil},
		{" - ", 10, nil},
	}
	for _, tt := range tests {
		if got := ids(g.Search(tt.prefix, tt.limit)); !reflect.DeepEqual(got, tt.want) && (len(got) > 0 || len(tt.want) > 0) {
			t.Errorf("Search(%q, %d) = %v, want %v", tt.prefix, tt.limit, got, tt.want)
		}
	}
}

func TestSearchOrder(t *testing.T) {
	tests := []struct {
		name   string
		prefix string
		places []*Place
		want   []string // names, best first
	}{
		{"the name whole first", "baku", []*Place{
			{ID: "x:1", Name: "Bakuriani", Population: 1_000_000},
			{ID: "x:2", Name: "Baku", Population: 10},
		}, []string{"Baku", "Bakuriani"}},
		{"then the most populous", "bak", []*Place{
			{ID: "x:1", Name: "Baku", Population: 10},
			{ID: "x:2", Name: "Bakuriani", Population: 1_000_000},
		}, []string{"Bakuriani", "Baku"}},
		{"a country before a more populous region", "geo", []*Place{
			{ID: "x:1", Name: "Georgia (state)", Kind: Region, Feature: "ADM1", Population: 10_000_000},
			{ID: "x:2", Name: "Georgia", Kind: Country, Feature: "PCLI", Population: 3_000_000},
		}, []string{"Georgia", "Georgia (state)"}},
		{"a town before the district of the same population", "shu", []*Place{
			{ID: "x:1", Name: "Shusha District", Kind: Region, Feature: "ADM1", Population: 100},
			{ID: "x:2", Name: "Shusha", Kind: City, Feature: "PPLA", Population: 100},
		}, []string{"Shusha", "Shusha District"}},
		{"the higher seat where the population is unknown", "ta", []*Place{
			{ID: "x:1", Name: "Tagama", Feature: "PPL"},
			{ID: "x:2", Name: "Tahoua", Feature: "PPLA"},
			{ID: "x:3", Name: "Tabalak", Feature: "PPLA3"},
			{ID: "x:4", Name: "Tabelot", Feature: "PPLA2"},
		}, []string{"Tahoua", "Tabelot", "Tabalak", "Tagama"}},
		{"a word whole, the name it is first", "San ", []*Place{
			{ID: "x:1", Name: "Sanaa", Population: 1_000_000},
			{ID: "x:2", Name: "San José", Population: 100},
			{ID: "x:3", Name: "San", Population: 10},
		}, []string{"San", "San José"}},
		{"the gazetteer's order last", "pl", []*Place{
			{ID: "x:2", Name: "Place B"},
			{ID: "x:1", Name: "Place A"},
		}, []string{"Place B", "Place A"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range New(tt.places, nil).Search(tt.prefix, 10) {
				got = append(got, p.Name)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.prefix, got, tt.want)
			}
		})
	}
}

func TestDefaultSearch(t *testing.T) {
	g := defaultGazetteerT(t)
	const (
		xankandi   = "geonames:146970" // Stepanakert
		susa       = "geonames:147105"
		terter     = "geonames:584871"
		baku       = "geonames:587084"
		bakuriani  = "geonames:615583"
		azerbaijan = "geonames:587116"
		georgia    = "geonames:614540"
		karabakh   = "curated:nagorno-karabakh"
	)
	tests := []struct {
		prefix string
		want   string // in the first 100
		at     int    // its place among them, -1 for anywhere
	}{
		{"stepan", xankandi, 0},
		{"Stepanakert", xankandi, 0},
		{"shus", susa, -1},
		{"şuş", susa, -1},
		{"Shushi", susa, 0},
		{"tart", terter, -1},
		{"Tartar", terter, -1},
		{"terte", terter, -1},
		{"baku", baku, 0},
		{"azerb", azerbaijan, 0},
		{"Georgia", georgia, 0},
		{"nagorno kar", karabakh, 0},
		{"Nagorno-Kar", karabakh, 0},
	}
	for _, tt := range tests {
		got := ids(g.Search(tt.prefix, 100))
		if at := slices.Index(got, tt.want); at < 0 || tt.at >= 0 && at != tt.at {
			t.Errorf("Search(%q) has %s at %d, want %d: %v", tt.prefix, tt.want, at, tt.at, got[:min(len(got), 10)])
		}
	}
	got := ids(g.Search("baku", 100))
	if b, r := slices.Index(got, baku), slices.Index(got, bakuriani); r < 0 || b > r {
		t.Errorf("Search(baku) has Baku at %d, Bakuriani at %d", b, r)
	}
	for _, nonsense := range []string{"qxzqxz", "zzzzzzzzzz", "stepanakertx"} {
		if got := g.Search(nonsense, 100); len(got) != 0 {
			t.Errorf("Search(%q) = %v, want nothing", nonsense, ids(got))
		}
	}
	for _, limit := range []int{1, 7, 100} {
		if got := g.Search("s", limit); len(got) != limit {
			t.Errorf("Search(s, %d) returns %d places", limit, len(got))
		}
	}
}

// Search finds the places a scan of every name finds, each once, those
// named the prefix whole first, then the most important.
func TestDefaultSearchAgreesWithAScan(t *testing.T) {
	g := defaultGazetteerT(t)
	for _, prefix := range []string{"stepan", "shus", "tart", "nagorno", "baku", "gence", "san jose "} {
		var scanned []string
		for _, p := range g.Places() {
			if slices.ContainsFunc(append([]string{p.Name}, p.AltNames...), func(n string) bool {
				return strings.HasPrefix(text.Fold(n)+" ", prefix)
			}) {
				scanned = append(scanned, p.ID)
			}
		}
		found := g.Search(prefix, len(scanned)+1)
		if got := ids(found); !reflect.DeepEqual(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(scanned))) {
			t.Errorf("Search(%q) = %v, a scan finds %v", prefix, got, scanned)
		}
		whole := g.Lookup(strings.TrimSpace(prefix))
		for k, p := range found {
			switch {
			case k < len(whole) && !slices.Contains(whole, p):
				t.Errorf("Search(%q) has %s at %d, among those named %q whole", prefix, p.ID, k, prefix)
			case k > len(whole) && moreImportant(found[k-1], p) > 0:
				t.Errorf("Search(%q) has %s before the more important %s", prefix, found[k-1].ID, p.ID)
			}
		}
	}
}

func TestNameStarting(t *testing.T) {
	susa := testPlaces()[3] // Şuşa, also Shushi and Shusha
	tests := []struct{ prefix, want string }{
		{"sus", "Şuşa"},
		{"Şuşa ", "Şuşa"},
		{"shus", "Shushi"}, // the first that does
		{"shusha", "Shusha"},
		{"SHUSHI", "Shushi"},
		{"shushi ", "Shushi"},
		{"shushik", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := susa.NameStarting(tt.prefix); got != tt.want {
			t.Errorf("NameStarting(%q) = %q, want %q", tt.prefix, got, tt.want)
		}
	}
}

// The index reads every place once but keeps none of them: the places are
// decoded for good only as lookups and searches return them.
func TestSearchIndexKeepsNoPlace(t *testing.T) {
	g, err := Load(assets.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	g.search()
	if n := decodedBlocks(g); n > 0 {
		t.Errorf("building the index kept %d blocks of places", n)
	}
	g.Search("stepan", 100)
	if n := decodedBlocks(g); n > 100 {
		t.Errorf("a search kept %d blocks of %d", n, len(g.places.blocks))
	}
}

func decodedBlocks(g *Gazetteer) int {
	n := 0
	for k := range g.places.blocks {
		if g.places.blocks[k].Load() != nil {
			n++
		}
	}
	return n
}

// Goroutines searching at once, the first of them building the index, find
// the same places (run with -race).
func TestSearchConcurrent(t *testing.T) {
	g := New(manyPlaces(1000), nil)
	got := make([][]*Place, 8)
	var wg sync.WaitGroup
	for w := range got {
		wg.Go(func() { got[w] = g.Search("place 9", 20) })
	}
	wg.Wait()
	for w := range got {
		if len(got[w]) != 20 || !reflect.DeepEqual(got[w], got[0]) {
			t.Errorf("goroutine %d found %v, goroutine 0 %v", w, ids(got[w]), ids(got[0]))
		}
	}
}

// The first search builds the index.
func BenchmarkSearchFirst(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		g, err := Load(assets.Gazetteer)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		g.Search("stepan", 100)
	}
}

// Later searches, from one letter, which hundreds of thousands of names
// start with, to a whole name.
func BenchmarkSearch(b *testing.B) {
	g := defaultGazetteerT(b)
	for _, prefix := range []string{"s", "san ", "stepan", "nagorno kar", "stepanakert"} {
		g.Search(prefix, 100) // decodes the places found
		b.Run(prefix, func(b *testing.B) {
			for b.Loop() {
				g.Search(prefix, 100)
			}
		})
	}
}
