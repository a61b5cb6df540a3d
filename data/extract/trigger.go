package extract

import (
	"slices"

	"github.com/chronomap/chronomap/data/event"
)

// trigger is a word that reports an event of a type.
type trigger struct {
	typ   event.Type
	acled event.ACLEDSubEvent // what ACLED calls it, if more than typ says (see acledOf)
	word  int                 // index of the word in the sentence
}

// fireWords before "fire" make it shooting: "opened fire", "came under fire".
var fireWords = set("set", "on", "opened", "open", "opening", "opens", "under", "heavy", "artillery", "mortar",
	"sniper", "rocket", "machine-gun", "small-arms", "cross", "returned", "return", "gun", "tank",
	"intensive", "intense", "sustained", "indiscriminate", "automatic", "enemy")

// hostsDiplomacy says whether the place at word i is where a meeting took
// place ("talks in Jeddah", "visited Baku") rather than its topic
// ("discussed developments in the Eastern Mediterranean" has no meeting).
func hostsDiplomacy(ws []word, i int) bool {
	if i == 0 {
		return false
	}
	switch ws[i-1].lower {
	case "in", "at", "to", "visited", "visiting", "visit", "visits":
		return true
	case "the":
		return i >= 2 && (ws[i-2].lower == "in" || ws[i-2].lower == "at")
	}
	return false
}

// findTriggers returns the event triggers of a sentence's words that report
// something that happened, in text order.
// They are appended to out.
func findTriggers(ws []word, out []trigger) []trigger {
	for i := range ws {
		typ := ws[i].lex.trigger
		if ws[i].is(reports) && triggerFits(ws, i, typ) && !speculative(ws, i) {
			rioting := false
			switch {
			case typ == event.Casualties && killingWords[ws[i].lower] && perpetratorNear(ws, i):
				typ = event.Attack
			case typ == event.Other && ws[i].lower == "shot" && i+1 < len(ws) && ws[i+1].lower == "dead":
				typ = event.Attack // "gunmen shot dead a chief": a killing, as "gunned down" is
			case typ == event.Other && protestersBefore(ws, i):
				typ = event.Protest // "protesters blocked the road"
			case typ == event.Attack && protestersBefore(ws, i):
				typ, rioting = event.Protest, true // "protesters stormed the building": a riot
			}
			t := trigger{typ: typ, acled: acledOf(ws, i, typ), word: i}
			if rioting {
				t.acled = event.ACLEDViolentDemonstration
			}
			out = append(out, t)
		}
	}
	return out
}

// beWords before a participle make it passive.
var beWords = set("was", "were", "been", "be", "being", "is", "are")

// noObject after a verb say it has none: it is a passive.
var noObject = set("in", "on", "at", "by", "during", "near", "as", "when", "after", "while", "since", "for",
	"from", "and", "with", "over", "amid", "overnight", "yesterday", "today")

// protesterWords are the people who protest: what they block or occupy is
// a protest.
var protesterWords = set("protesters", "protestors", "demonstrators", "rioters", "marchers", "strikers")

// protestersBefore says whether protesters are the subject of word i,
// within three words before it.
func protestersBefore(ws []word, i int) bool {
	for j := max(i-3, 0); j < i; j++ {
		if protesterWords[ws[j].lower] {
			return true
		}
	}
	return false
}

// killingWords tell a killing that somebody did, where a perpetrator is
// named: "gunmen killed five", "five were killed by militants".
var killingWords = set("killed", "killing")

// perpetrators are those a killing is told of as an attack rather than a
// toll: armed men and forces, not a disease or an accident.
var perpetrators = set("gunmen", "gunman", "militants", "militant", "attackers", "attacker", "assailants",
	"bandits", "insurgents", "rebels", "jihadists", "terrorists", "fighters", "militia", "militias",
	"militiamen", "soldiers", "troops", "forces", "police", "policemen", "snipers", "extremists", "herders",
	"raiders", "kidnappers", "men")

// perpetratorNear says whether a perpetrator stands as the subject of the
// killing word i, within three words before it and not in the passive
// (where the subject is killed: "two soldiers were killed", "soldiers
// killed in shelling"), or as its agent after "by".
func perpetratorNear(ws []word, i int) bool {
	// "Two soldiers killed in shelling", a headline's passive, has no
	// object after the verb.
	passive := i > 0 && beWords[ws[i-1].lower] || i+1 == len(ws) || noObject[ws[i+1].lower]
	for j := max(i-3, 0); j < i && !passive; j++ {
		if perpetrators[ws[j].lower] {
			return true
		}
	}
	for j := i + 1; j+1 < len(ws) && j <= i+2; j++ {
		if ws[j].lower == "by" && perpetrators[ws[j+1].lower] || ws[j].lower == "by" && j+2 < len(ws) && perpetrators[ws[j+2].lower] {
			return true
		}
	}
	return false
}

// nearestTrigger returns the index of the trigger that reports what
// happened at the place at word i: the closest one, and of two as close the
// stronger type.
func nearestTrigger(trigs []trigger, i int) int {
	best := 0
	for j, t := range trigs {
		d, bd := abs(t.word-i), abs(trigs[best].word-i)
		if d < bd || d == bd && t.typ.Info().Rank < trigs[best].typ.Info().Rank {
			best = j
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// attackedBefore says whether an attack or a clash word stands within three
// words before word i, which is then what it hit.
func attackedBefore(ws []word, i int) bool {
	for j := max(i-3, 0); j < i; j++ {
		if t := ws[j].lex.trigger; ws[j].is(reports) && (t == event.Attack || t == event.Clash) && triggerFits(ws, j, t) {
			return true
		}
	}
	return false
}

// triggerFits rejects trigger words that are used in another sense where the
// words around them tell: "under the control of" is a state, not a capture;
// "call for" is a demand, not a phone call.
func triggerFits(ws []word, i int, typ event.Type) bool {
	prev, next := "", ""
	if i > 0 {
		prev = ws[i-1].lower
	}
	if i+1 < len(ws) {
		next = ws[i+1].lower
	}
	switch ws[i].lower {
	case "control":
		return prev == "took" || prev == "take" || prev == "taken" || prev == "seized" || prev == "established" || prev == "establish" || prev == "gained" || prev == "regained" || prev == "lost"
	case "taken", "fell", "fall":
		return next == "to" || next == "under"
	case "occupied":
		return prev == "was" || prev == "were" || prev == "been" || prev == "and"
	case "lost":
		return next == "control" || next == "their" || next == "his" || next == "her" || next == "lives"
	case "shot":
		return next == "down" || next == "dead"
	case "dead":
		return prev != "shot" // "shot dead" is the shooting's
	case "met", "meet":
		return prev != "was" && prev != "were" && prev != "be" && prev != "been" && next != "with"
	case "fire":
		// "set fire to", "set on fire" are arson; "set" is the trigger of
		// its own when nothing else is.
		return fireWords[prev] && !(prev == "on" && (i < 2 || ws[i-2].lower != "set"))
	case "set":
		// "set ablaze" and "set fire" are the triggers "ablaze" and "fire";
		// "set on fire" has "set" alone.
		return next == "on" && i+2 < len(ws) && ws[i+2].lower == "fire"
	case "destroyed", "destroying", "destroys", "destroy":
		// "the destroyed bridge" is a state, "destroyed hopes" no place's.
		return !determiners[prev] && !notDestroyed[next]
	case "destruction":
		return prev != "mass" // weapons of mass destruction
	case "besieged", "encircled":
		return !determiners[prev] // "the besieged city" is a state
	case "cordoned":
		return next == "off"
	case "checkpoint":
		// "attacked a checkpoint" is where an attack hit, not a checkpoint
		// set up.
		return !attackedBefore(ws, i)
	case "conflict", "conflicts", "violence", "insurgency", "uprising", "unrest":
		// Always in the background of a report, they are an event only
		// where it starts or ends: "the conflict broke out in 1988",
		// "violence erupted in Jos", "unrest that began on Monday".
		return startsOrEnds(ws, i)
	case "invasion":
		// "Since the full-scale invasion" is every Ukrainian report's
		// background; "launched an invasion", "the invasion began" are
		// its start.
		return startsOrEnds(ws, i) || launched(ws, i)
	case "outbreak":
		return next == "of" && i+2 < len(ws) && outbreakOf[ws[i+2].lower]
	case "displaced":
		// "displaced people", "the displaced", "internally displaced" name
		// people, not their flight: "were displaced", "displaced 5,000".
		return !determiners[prev] && prev != "internally" && prev != "newly" && !peopleWords[next]
	case "arrest":
		// An arrest warrant is not an arrest, nor a cardiac arrest.
		return next != "warrant" && next != "warrants" && prev != "cardiac"
	case "rounded":
		return next == "up"
	case "hostage", "hostages":
		// Taken or held hostage; not the release of hostages, talks about
		// them, a hostage deal.
		return prev == "taken" || prev == "took" || prev == "take" || prev == "held" || prev == "seized"
	case "burned", "burnt", "burning", "burns", "burn":
		// Houses burned, a village burned down, people burned alive; not
		// fuel burned, nor a burning issue.
		return next == "down" || next == "alive" || buildingNear(ws, i)
	case "cut":
		return next == "off"
	case "advance", "advanced":
		return prev != "in" && next != "notice"
	case "war":
		return prev != "cold" && prev != "world" && next != "crimes"
	case "protest", "protests":
		// "a protest vote", "a protest note", "resigned in protest", "a
		// note of protest", "lodged a protest" are no gathering.
		return !notProtest[next] && prev != "in" && prev != "of" && !(i >= 2 && lodgeWords[ws[i-2].lower])
	case "rally", "rallies":
		// "to rally support", "rallies behind the leader"; a currency's
		// rally is rarely in a conflict report.
		return prev != "to" && next != "support" && next != "behind" && next != "around" && next != "round"
	case "riot":
		return next != "police" && next != "gear" && next != "squad" && next != "squads" && next != "shields" && next != "control"
	case "gathered":
		// A crowd gathered is a protest; leaders gathered for a summit, or
		// evidence gathered, are not.
		return crowdBefore(ws, i)
	case "demonstration", "demonstrations":
		return next != "of" // "a demonstration of force"
	case "demonstrated":
		// "demonstrated against", "demonstrated in the capital", not
		// "demonstrated that" or "demonstrated its resolve".
		return demonstratedBefore[next]
	case "drone", "drones", "grad", "artillery", "missile", "missiles", "rocket", "rockets", "mortar", "mortars", "howitzer", "howitzers":
		return typ == event.Attack
	}
	return true
}

// determiners before a participle make it an adjective: "the destroyed
// bridge", "a besieged city".
var determiners = set("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those")

// notDestroyed after "destroyed" make it figurative.
var notDestroyed = set("hopes", "hope", "trust", "confidence", "careers", "career", "reputation", "evidence", "documents")

// startEndVerbs say that a war or a conflict starts or ends.
var startEndVerbs = set("broke", "erupted", "began", "begun", "started", "ended", "flared", "reignited",
	"resumed", "escalated", "spread", "spilled", "subsided", "erupts", "begins", "starts", "ends")

// startsOrEnds says whether the word at i is the subject of a verb of
// startEndVerbs: right after it, or after "that", "which", "has", "had",
// "was" ("the conflict that began", "violence has flared").
func startsOrEnds(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		w := ws[j].lower
		if startEndVerbs[w] {
			return true
		}
		if w != "that" && w != "which" && w != "has" && w != "had" && w != "have" && w != "again" && w != "first" {
			return false
		}
	}
	return false
}

// launched says whether "launched" or "launch" stands within three words
// before word i: "launched a full-scale invasion".
func launched(ws []word, i int) bool {
	for j := max(i-3, 0); j < i; j++ {
		if ws[j].lower == "launched" || ws[j].lower == "launch" || ws[j].lower == "launching" {
			return true
		}
	}
	return false
}

// outbreakOf, after "outbreak of", make it a war's.
var outbreakOf = set("war", "fighting", "hostilities", "violence", "conflict", "clashes", "unrest")

// peopleWords after "displaced" make it an adjective of people.
var peopleWords = set("people", "persons", "person", "families", "family", "civilians", "residents", "children",
	"women", "villagers", "population", "populations", "communities", "households", "migrants", "ones")

// buildingWords are what is burned in arson: buildings, villages, crops.
var buildingWords = set("house", "houses", "home", "homes", "village", "villages", "building", "buildings", "hut",
	"huts", "shop", "shops", "market", "markets", "mosque", "mosques", "church", "churches", "school", "schools",
	"hospital", "clinic", "office", "offices", "dwellings", "shelters", "camp", "camps", "granaries", "crops",
	"fields", "farms", "vehicles", "cars", "police", "station", "town", "hamlet", "settlement", "property")

// buildingNear says whether a building word stands within three words of
// word i, either side: "burned 40 houses", "houses were burned".
func buildingNear(ws []word, i int) bool {
	for j := max(i-3, 0); j < min(i+4, len(ws)); j++ {
		if buildingWords[ws[j].lower] {
			return true
		}
	}
	return false
}

// notProtest after "protest" make it something else than a gathering.
var notProtest = set("vote", "votes", "voters", "note", "notes", "letter", "letters", "song", "songs", "party", "parties", "movement", "movements")

// lodgeWords, two words before "protest", make it a diplomatic complaint:
// "lodged a protest".
var lodgeWords = set("lodged", "lodge", "lodges", "filed", "file", "sent", "handed", "delivered", "registered")

// crowdWords are the people who gather in a protest.
var crowdWords = set("protesters", "protestors", "demonstrators", "crowds", "crowd", "people", "hundreds", "thousands",
	"dozens", "residents", "supporters", "students", "women", "villagers", "relatives", "families", "workers",
	"farmers", "traders", "youths", "activists", "mourners", "worshippers")

// crowdBefore says whether a crowd word stands within four words before
// word i: "thousands of people gathered", "a crowd had gathered".
func crowdBefore(ws []word, i int) bool {
	for j := max(i-4, 0); j < i; j++ {
		if crowdWords[ws[j].lower] {
			return true
		}
	}
	return false
}

// demonstratedBefore after "demonstrated" make it a demonstration.
var demonstratedBefore = set("against", "in", "outside", "at", "near", "across", "on", "for", "peacefully", "again", "there")

// speculativeWords before a trigger make it something that has not happened:
// a threat, a fear, a hypothesis, a demand, a denial of it happening.
var speculativeWords = set("could", "would", "might", "may", "will", "if", "should", "unless",
	"threatened", "threaten", "threatens", "avoid", "possible", "possibility", "potential", "risk",
	"fear", "fears", "feared", "urged", "urge", "urges", "demanded", "demand", "demands", "no", "not",
	"never", "without", "prevent", "calls", "wants", "want", "seek", "seeks", "hopes", "plans", "plan",
	"planned", "planning", "scheduled", "expected", "due", "upcoming", "proposed", "invited")

// unrealisedAfter, a few words after a trigger, tell it has not happened
// (yet): "a meeting is scheduled for Friday", "the talks were postponed".
var unrealisedAfter = set("scheduled", "planned", "expected", "due", "postponed", "cancelled", "canceled",
	"delayed", "proposed")

// frequencyWords around a trigger make it a habit, told as background:
// "has repeatedly shelled", "clash regularly".
var frequencyWords = set("repeatedly", "regularly", "frequently", "often", "routinely", "constantly", "continually",
	"continuously", "periodically", "persistently", "habitually", "systematically", "sometimes", "occasionally")

// severalWords count the wars of a history: "fought two wars".
var severalWords = set("two", "three", "four", "five", "several", "many", "numerous", "multiple", "successive")

// background says whether trigger word trig tells a habit or a history
// rather than an event: a frequency word within three words before it or
// right after it, "used to" before it, or a count of wars after it ("fought
// two wars"). Such a trigger reports an event only where the sentence
// dates it.
func background(ws []word, trig int) bool {
	for j := max(trig-3, 0); j <= min(trig+1, len(ws)-1); j++ {
		if frequencyWords[ws[j].lower] {
			return true
		}
	}
	if trig >= 2 && ws[trig-2].lower == "used" && ws[trig-1].lower == "to" {
		return true
	}
	for j := trig + 1; j+1 < len(ws) && j <= trig+3; j++ {
		if severalWords[ws[j].lower] && (ws[j+1].lower == "wars" || ws[j+1].lower == "conflicts") {
			return true
		}
	}
	return false
}

// withoutBackground drops from trigs, in place, those that tell a habit or
// a history (see background).
func withoutBackground(ws []word, trigs []trigger) []trigger {
	return slices.DeleteFunc(trigs, func(t trigger) bool { return background(ws, t.word) })
}

func speculative(ws []word, trig int) bool {
	for j := trig - 1; j >= 0 && j >= trig-6; j-- {
		w := ws[j].lower
		if ws[j].is(hedge) && !(w == "may" && ws[j].upper) ||
			(w == "called" || w == "calling") && j+1 < len(ws) && ws[j+1].lower == "for" {
			return true
		}
	}
	for j := trig + 1; j < len(ws) && j <= trig+7; j++ {
		if unrealisedAfter[ws[j].lower] && !(j > 0 && ws[j-1].lower == "as") {
			return true
		}
	}
	return false
}
