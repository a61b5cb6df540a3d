package extract

import (
	"slices"
	"strings"

	"github.com/chronomap/chronomap/geo"
)

// eventPlaces picks, among the places a sentence names, where what it
// reports happened, and returns the countries it names apart (as actors).
// It drops datelines ("BAKU, September 28"), reference points ("10 km east
// of Y"), places inside an organisation's name, and places named only to
// locate another ("X in the Y region"): an event is not repeated at a
// coarser level. Both are appended to the slices given.
func eventPlaces(ws []word, mentions []geo.Mention, places []geo.Mention, countries []string) ([]geo.Mention, []string) {
	var prev *geo.Mention
	var taken placeSet
	for i := range mentions {
		m := &mentions[i]
		if m.Place.Kind == geo.Country {
			countries = appendNew(countries, m.Place.Name)
			continue
		}
		if m.InName || m.Locates {
			// "the Kharkiv Regional Administration said", "Kajuru (Kaduna)":
			// nothing happened there.
			continue
		}
		at := wordAt(ws, m.Start)
		switch {
		case isAllCaps(m.Text), isReferencePoint(ws, at), modifies(ws, at, m.End), namesSpeaker(ws, m.End):
		case prev != nil && locates(ws, wordAt(ws, prev.End), at, prev.Place.Kind == geo.City && m.Place.Kind == geo.City):
		case taken.has(places, m.Place):
		default:
			places = append(places, *m)
			taken.add(places, m.Place)
		}
		prev = m
	}
	return dropCoarser(places), countries
}

var (
	directions = set("north", "south", "east", "west", "northeast", "northwest", "southeast",
		"southwest", "north-east", "north-west", "south-east", "south-west")
	distances = set("km", "kilometers", "kilometres", "miles", "mi", "metres", "meters")
	// locatingWords join a place to the larger one it lies in: "X in the Y
	// region", "X of Y province", "X near Y", "X on the Y".
	locatingWords = set("in", "of", "near", "within", "inside", "on")
	fillerWords   = set("the", "located", "province", "region", "district", "city", "town", "village",
		"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
		"northeastern", "northwestern", "southeastern", "southwestern",
		"bank", "banks", "shore", "shores", "coast", "edge", "outskirts",
		"villages", "area", "disputed", "breakaway", "separatist", "enclave", "'s", "its")
)

// modifierHeads are the nouns a place names when it stands before them as
// a modifier: "Karabakh officials", "the Donbas war", "Gaza's long
// conflict". Nothing happened at the place; it qualifies who acted, or
// names an event. Unless a place noun follows: "the Karabakh conflict
// zone" is a place.
var (
	modifierHeads = set("war", "wars", "conflict", "conflicts", "crisis", "dispute", "issue", "question",
		"problem", "officials", "authorities", "government", "leadership", "leaders", "forces", "troops",
		"army", "military", "separatists", "refugees")
	placeNouns = set("area", "areas", "zone", "zones", "region", "line", "front")
)

// modifies says whether the place at word at, ending at rune end,
// modifies a noun rather than names where something happened: the noun
// after it and a space ("Stepanakert, officials said" names the town), or,
// after its possessive, a few adjectives on.
func modifies(ws []word, at, end int) bool {
	i := wordAt(ws, end)
	if at < len(ws) && (strings.HasSuffix(ws[at].lower, "'s") || strings.HasSuffix(ws[at].lower, "’s")) {
		for n := 0; n < 3 && i < len(ws) && !modifierHeads[ws[i].lower] && !ws[i].upper; n++ {
			i++
		}
	} else if i < len(ws) && ws[i].start != end+1 {
		return false
	}
	return i < len(ws) && modifierHeads[ws[i].lower] && !(i+1 < len(ws) && placeNouns[ws[i+1].lower])
}

// namesSpeaker says whether the place ending at rune end opens the name
// of who speaks: "the Gaza health ministry said", "Kyiv regional officials
// said". The words of a speaker's name follow it after a single space, up
// to the speech verb.
func namesSpeaker(ws []word, end int) bool {
	i := wordAt(ws, end)
	if i >= len(ws) || ws[i].start != end+1 {
		return false
	}
	k := i
	for k < len(ws) && k-i < 3 && agentWords[ws[k].lower] && ws[k].lower != "the" && ws[k].lower != "of" {
		k++
	}
	return k > i && k < len(ws) && ws[k].is(speech)
}

// isReferencePoint says whether the place at word i only serves to locate
// something else: "east of Y", "20 km from Y".
func isReferencePoint(ws []word, i int) bool {
	if i < 2 {
		return false
	}
	rel, before := ws[i-1].lower, ws[i-2].lower
	if rel == "the" && i >= 3 {
		rel, before = ws[i-2].lower, ws[i-3].lower
	}
	switch rel {
	case "of":
		return directions[before] || distances[before]
	case "from":
		return distances[before] || before == "away"
	}
	return false
}

// locates says whether the words between two places (from index a up to b)
// make the second locate the first. A town lies in no other town: "X, in
// the city of Y" goes on to Y, unless X is near Y.
func locates(ws []word, a, b int, towns bool) bool {
	if b-a > 5 || b <= a {
		return false
	}
	joined, near := false, false
	for _, w := range ws[a:b] {
		switch {
		case locatingWords[w.lower]:
			joined = true
			near = near || w.lower == "near"
		case !fillerWords[w.lower]:
			return false
		}
	}
	return joined && (near || !towns)
}

// placeSet says which places a list of mentions holds: by a scan while the
// list is short, as a sentence's is, and by a map once it is long.
type placeSet struct{ index map[*geo.Place]bool }

// fewPlaces is how many places a scan looks through before a map is made.
const fewPlaces = 16

func (s *placeSet) has(ms []geo.Mention, p *geo.Place) bool {
	if s.index != nil {
		return s.index[p]
	}
	for _, m := range ms {
		if m.Place == p {
			return true
		}
	}
	return false
}

// add records that ms, to which p was just appended, holds p.
func (s *placeSet) add(ms []geo.Mention, p *geo.Place) {
	switch {
	case s.index != nil:
		s.index[p] = true
	case len(ms) > fewPlaces:
		s.index = make(map[*geo.Place]bool, 2*len(ms))
		for _, m := range ms {
			s.index[m.Place] = true
		}
	}
}

// dropCoarser drops, in place, the regions that hold a city or feature the
// sentence names: a place already given finer is not repeated coarser
// ("shelled Tartar and the Tartar district" is one event, at the town). A
// region that holds none of them is a place of its own ("the Kalbajar and
// Lachin districts", "Martakert and the Martuni district"). A region holds
// only places of its first-level division; one that spans several, or
// that does not say, and a place that does not say where it lies, are
// taken to hold the others, as most regions named beside towns do.
func dropCoarser(ms []geo.Mention) []geo.Mention {
	var admins []string // the divisions of the local places
	var index map[string]bool
	unknown := false
	for _, m := range ms {
		a := m.Place.Admin1
		switch {
		case m.Place.Kind != geo.City && m.Place.Kind != geo.Feature:
		case a == "":
			unknown = true
		case index != nil:
			index[a] = true
		case !slices.Contains(admins, a):
			// A sentence's places lie in a few divisions, scanned until
			// a list that runs for pages needs a map.
			if admins = append(admins, a); len(admins) == fewPlaces {
				index = make(map[string]bool, 2*fewPlaces)
				for _, x := range admins {
					index[x] = true
				}
			}
		}
	}
	if len(admins) == 0 && !unknown {
		return ms
	}
	holds := func(p *geo.Place) bool {
		return unknown || p.Admin1 == "" || index[p.Admin1] || index == nil && slices.Contains(admins, p.Admin1)
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Place.Kind != geo.Region || !holds(m.Place) {
			out = append(out, m)
		}
	}
	return out
}
