package extract

import "github.com/chronomap/chronomap/geo/toponym"

// forceNouns follow a demonym to name an actor: "Azerbaijani forces".
var forceNouns = set("forces", "force", "army", "troops", "military", "soldiers", "side", "units",
	"separatists", "officials", "authorities", "government", "servicemen", "militants", "fighters",
	"mercenaries", "peacekeepers", "police", "border", "guards", "artillery", "drones", "drone",
	"defense", "defence", "armed", "positions", "sources", "volunteers", "rebels", "sappers")

// findActors names who took part in what a sentence reports: the groups a
// demonym qualifies ("Azerbaijani forces", "Armenian-backed separatists") and
// the countries it names other than the event's place.
func findActors(p phrase, demonyms []toponym.DemonymMention, countries []string) []string {
	var actors []string
	for _, d := range demonyms {
		i := wordAt(p.ws, d.Start)
		to := i + 1
		for to < len(p.ws) && to < i+3 && forceNouns[p.ws[to].lower] && p.joined(to) {
			to++
		}
		if i < len(p.ws) && to > i+1 {
			actors = appendNew(actors, p.span(i, to))
		}
	}
	for _, c := range countries {
		actors = appendNew(actors, c)
	}
	return actors
}
