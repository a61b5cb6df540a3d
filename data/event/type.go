package event

import "image/color"

// Type is what kind of thing happened. Its value is its index in Types.
type Type uint8

// The types, in the order a legend shows them.
const (
	Attack     Type = iota // shelling, missile, drone or air strike, shooting at a place
	Clash                  // fighting between forces
	Ceasefire              // a ceasefire declared, agreed or violated
	Diplomacy              // meetings, talks, visits
	Capture                // control of a place taken or lost
	Casualties             // deaths or injuries reported without another event
	Protest                // protests, demonstrations, rallies and riots
	Other                  // blockades, arrests, displacement, evacuations ...
)

// TypeInfo is all there is to know of an event type. Everything that
// depends on the type reads it here, so that a new type is one more row.
type TypeInfo struct {
	Name  string // as written in GeoJSON's event_type
	Label string // as a legend or a menu writes it
	// Rank decides between the types of the words one sentence reports an
	// event with, and between the types of two reports merged: the lower
	// wins. "A missile strike ... leaving 10 dead" is an attack, not
	// casualties.
	Rank int
	// Colour is the type's colour on the map, in the legend and on the
	// timeline. The colours are told apart by hue and lightness, so that
	// they stay distinct for the common colour deficiencies.
	Colour color.RGBA
	// Triggers are the word forms news reports the type with.
	Triggers []string
	// ACLED is how ACLED's codebook classifies an event of the type that
	// says no more (see Event.ACLED); FromACLED are the ACLED event types
	// that import as it.
	ACLED     ACLEDSubEvent
	FromACLED []string
}

// Types holds every event type's TypeInfo, indexed by Type.
var Types = [...]TypeInfo{
	Attack: {
		Name: "attack", Label: "Attack", Rank: 1, Colour: color.RGBA{0xd6, 0x27, 0x28, 0xff}, // red
		Triggers: []string{"attack", "attacks", "attacked", "attacking", "shell", "shells", "shelled", "shelling",
			"shellings", "strike", "strikes", "struck", "airstrike", "airstrikes", "missile", "missiles",
			"rocket", "rockets", "bomb", "bombs", "bombed", "bombing", "bombings", "bombard", "bombarded",
			"bombarding", "bombardment", "bombardments", "artillery", "mortar", "mortars", "assault",
			"assaults", "targeted", "targeting", "targets", "fired", "firing", "gunfire", "barrage",
			"explosion", "explosions", "blast", "blasts", "exploded", "detonated", "raid", "raids", "raided", "raiding", "ambush", "ambushed", "ambushes", "ambushing", "sniper", "snipers",
			"drone", "drones", "howitzer", "howitzers", "grad", "fire", "gunned",
			// Assaults on a place, and the killing of many.
			"stormed", "storming", "pounded", "massacre", "massacres", "massacred",
			// Destruction and arson: what an attack leaves, or an attack of
			// its own when a village is burned.
			"destroyed", "destroying", "destroys", "destruction", "razed", "razing", "torched", "torching",
			"arson", "burned", "burnt", "burning", "burns", "burn", "ablaze", "set", "destroy", "razes", "raze",
			"torch", "torches"},
		ACLED:     ACLEDShelling,
		FromACLED: []string{"Explosions/Remote violence", "Violence against civilians"},
	},
	Clash: {
		Name: "clash", Label: "Clash", Rank: 2, Colour: color.RGBA{0xff, 0x7f, 0x0e, 0xff}, // orange
		Triggers: []string{"clash", "clashes", "clashed", "fighting", "fight", "fights", "fought", "battle", "battles",
			"combat", "offensive", "counteroffensive", "counter-offensive", "counterstrike", "hostilities",
			"skirmish", "skirmishes", "firefight", "war", "escalation", "escalated", "flare-up",
			"incursion", "incursions", "infiltration", "advance", "advanced", "provocation", "provocations",
			// Sieges.
			"siege", "sieges", "besieged", "besieging", "besiege", "besieges", "encircled", "encircling", "encircle",
			"encircles", "encirclement",
			// The start and end of a war, an offensive, a conflict.
			"offensives", "invasion", "invaded", "conflict", "conflicts", "violence", "insurgency",
			"uprising", "outbreak"},
		ACLED:     ACLEDArmedClash,
		FromACLED: []string{"Battles"},
	},
	Ceasefire: {
		Name: "ceasefire", Label: "Ceasefire", Rank: 3, Colour: color.RGBA{0x2c, 0xa0, 0x2c, 0xff}, // green
		Triggers: []string{"ceasefire", "cease-fire", "ceasefires", "cease-fires", "truce", "armistice"},
		ACLED:    ACLEDAgreement,
	},
	Diplomacy: {
		Name: "diplomacy", Label: "Diplomacy", Rank: 4, Colour: color.RGBA{0x1f, 0x77, 0xb4, 0xff}, // blue
		// Calls and discussions are not here: they happen nowhere on the
		// map, and the places they name are their topic.
		Triggers: []string{"talks", "meeting", "meetings", "met", "meet", "summit", "negotiations", "negotiated",
			"visit", "visited", "visiting", "visits", "conference"},
		ACLED: ACLEDOtherDevelopment,
	},
	Capture: {
		Name: "capture", Label: "Capture", Rank: 0, Colour: color.RGBA{0x94, 0x67, 0xbd, 0xff}, // purple
		Triggers: []string{"captured", "capture", "recaptured", "liberated", "liberation", "liberate", "seized",
			"seize", "control", "surrender", "surrendered", "occupied", "retook", "taken", "fell", "fall", "overran",
			"overrun"},
		// Which of ACLED's territory sub-events a capture is depends on
		// who took the place, which the rules do not tell.
		ACLED: ACLEDArmedClash,
	},
	Casualties: {
		Name: "casualties", Label: "Casualties", Rank: 7, Colour: color.RGBA{0xe3, 0x77, 0xc2, 0xff}, // pink: visible on the dark theme too
		Triggers: []string{"killed", "dead", "died", "die", "wounded", "injured", "injuries", "casualties",
			"deaths", "death", "kia", "fatalities", "bodies", "buried", "funeral", "lost"},
		// A toll reported apart from the fighting that caused it, which is
		// what ACLED codes.
		ACLED: ACLEDArmedClash,
	},
	Protest: {
		// Ranked above Other and Casualties: protesters who block a road
		// or are killed are reported as a protest, as ACLED codes them.
		Name: "protest", Label: "Protest", Rank: 5, Colour: color.RGBA{0x8c, 0x56, 0x4b, 0xff}, // brown: dark, unlike the orange and the pink
		Triggers: []string{"protest", "protests", "protested", "protesting", "protester", "protesters",
			"protestor", "protestors", "rally", "rallies", "gathered", "demonstration", "demonstrations",
			"demonstrated", "demonstrators", "riot", "riots", "rioting", "rioters", "sit-in", "sit-ins", "unrest"},
		// ACLED tells a peaceful protest from one met with force, and a
		// protest from a riot, by what the report says happened next; a
		// protest is peaceful unless the rules learn to tell.
		ACLED:     ACLEDPeacefulProtest,
		FromACLED: []string{"Protests", "Riots"},
	},
	Other: {
		Name: "other", Label: "Other", Rank: 6, Colour: color.RGBA{0x8c, 0x8c, 0x8c, 0xff}, // grey
		Triggers: []string{"blocked", "blocking", "blockade", "blockaded", "blockading", "cordoned", "checkpoint", "downed", "shot",
			"evacuated", "evacuation", "cut", "closed", "refugees", "captive", "captives", "prisoners",
			// Displacement.
			"displaced", "displaces", "displacing", "displacement", "fled", "fleeing", "flee", "flees", "uprooted",
			"exodus",
			// Arrests and abductions.
			"arrested", "arrest", "arrests", "arresting", "detained", "detain", "detains", "detaining", "abducted",
			"abduct", "abducts", "abducting", "abduction", "abductions", "kidnapped", "kidnap", "kidnaps",
			"kidnapping", "kidnappings", "hostage", "hostages",
			"apprehended", "rounded", "looted", "looting", "pillaged"},
		ACLED:     ACLEDOtherDevelopment,
		FromACLED: []string{"Strategic developments"},
	},
}

// Info is the type's row of Types; an unknown type has Other's.
func (t Type) Info() *TypeInfo { return &Types[t.Known()] }

// Known is t, or Other for a value beyond the table, which code that
// indexes by type can then count or draw.
func (t Type) Known() Type {
	if t < NumTypes {
		return t
	}
	return Other
}

// String is the type's name, as GeoJSON writes it.
func (t Type) String() string { return t.Info().Name }

// ParseType returns the type named name (as String writes it).
func ParseType(name string) (Type, bool) {
	for t := range Types {
		if Types[t].Name == name {
			return Type(t), true
		}
	}
	return 0, false
}

// NumTypes is the number of types: `for t := range event.NumTypes` visits
// each, in the order a legend shows them.
const NumTypes = Type(len(Types))
