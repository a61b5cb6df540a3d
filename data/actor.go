package data

import (
	"strings"

	"github.com/chronomap/chronomap/geo"
)

// forceNouns follow a demonym to name an actor: "Azerbaijani forces".
var forceNouns = set("forces", "force", "army", "troops", "military", "soldiers", "side", "units",
	"separatists", "officials", "authorities", "government", "servicemen", "militants", "fighters",
	"mercenaries", "peacekeepers", "police", "border", "guards", "artillery", "drones", "drone",
	"defense", "defence", "armed", "president", "positions", "sources", "volunteers", "rebels", "sappers")

// findActors names who took part in what a sentence reports: the groups a
// demonym qualifies ("Azerbaijani forces", "Armenian-backed separatists") and
// the countries it names other than the event's place.
func findActors(p phrase, g *geo.Gazetteer, countries []string) []string {
	ws := p.ws
	var actors []string
	for i, w := range ws {
		base, _, _ := strings.Cut(w.lower, "-")
		if !w.upper {
			continue
		}
		if _, ok := g.Demonym(geo.Fold(base)); !ok {
			continue
		}
		to := i + 1
		for to < len(ws) && to < i+3 && forceNouns[ws[to].lower] && p.joined(to) {
			to++
		}
		if to > i+1 {
			actors = appendNew(actors, p.text(i, to))
		}
	}
	for _, c := range countries {
		actors = appendNew(actors, c)
	}
	return actors
}
