package extract

import "github.com/chronomap/chronomap/data/event"

// acledWords is what the words that report an event say of it in ACLED's
// codebook, where they say more than the event's type (event.TypeInfo's
// ACLED): "airstrike" is an attack, and an air or drone strike;
// "abducted" is another event to Chronomap, and an abduction to ACLED. A
// trigger word missing from the table leaves its type's own.
//
// Weapons lend their sub-event type to the attack words around them,
// which say nothing of how the attack was made (see acledOf): "a drone
// strike", "struck by a missile", "a grenade attack". The weapons that are
// no trigger ("air", "warplanes", "IED") are in the lexicon for that alone,
// as are the words of interception ("intercepted"), which make the weapons
// after them disrupted weapons use.
// The other words of the table are weak: an attack word among them takes
// a weapon's sub-event type before its own ("shelling destroyed 20
// houses" is shelling, "militias destroyed 20 houses" destruction of
// property).
//
// Captures stay their type's Armed clash: ACLED tells "Government regains
// territory" from "Non-state actor overtakes territory" by who took the
// place, which no word of the trigger says ("recaptured" and "liberated"
// are said by governments and rebels alike), and an armed clash is what
// either was.
var acledWords = [...]struct {
	sub   event.ACLEDSubEvent
	kind  acledKind
	words []string
}{
	// Explosions/Remote violence.
	{event.ACLEDAirDroneStrike, lends, []string{"airstrike", "airstrikes", "air", "aerial", "drone", "drones",
		"warplane", "warplanes", "jet", "jets", "aircraft", "helicopter", "helicopters", "gunship", "gunships",
		"uav", "uavs"}},
	{event.ACLEDShelling, lends, []string{"shell", "shells", "shelled", "shelling", "shellings", "artillery",
		"missile", "missiles", "rocket", "rockets", "mortar", "mortars", "howitzer", "howitzers", "grad", "barrage",
		"bombard", "bombarded", "bombarding", "bombardment", "bombardments", "mlrs"}},
	{event.ACLEDRemoteExplosive, lends, []string{"ied", "ieds", "landmine", "landmines", "mine", "mines",
		"explosive", "explosives", "roadside", "car-bomb", "booby-trapped"}},
	// A blast or a bomb is what a weapon near it says ("a missile
	// explosion", "aircraft dropped bombs"), else a planted one.
	{event.ACLEDRemoteExplosive, says, []string{"explosion", "explosions", "blast", "blasts", "exploded", "detonated",
		"bomb", "bombs"}},
	{event.ACLEDSuicideBomb, lends, []string{"suicide"}},
	{event.ACLEDGrenade, lends, []string{"grenade", "grenades"}},
	{event.ACLEDChemicalWeapon, lends, []string{"chemical", "chlorine", "sarin"}},
	// Battles: fighting at close range, between armed men.
	{event.ACLEDArmedClash, lends, []string{"sniper", "snipers"}},
	{event.ACLEDArmedClash, says, []string{"gunfire", "ambush", "ambushed", "assault", "assaults"}},
	// Violence against civilians.
	{event.ACLEDAttackOnCivilians, says, []string{"gunned"}},
	{event.ACLEDAbduction, says, []string{"abducted", "abduct", "abducts", "abducting", "abduction", "abductions",
		"kidnapped", "kidnap", "kidnaps", "kidnapping", "kidnappings", "hostage", "hostages"}},
	// Riots.
	{event.ACLEDViolentDemonstration, says, []string{"riot", "riots", "rioting", "rioters"}},
	// Strategic developments.
	{event.ACLEDArrests, says, []string{"arrested", "arrest", "arrests", "arresting", "detained", "detain",
		"detains", "detaining", "apprehended", "rounded"}},
	{event.ACLEDLooting, says, []string{"looted", "looting", "pillaged", "destroyed", "destroying", "destroys",
		"destroy", "destruction", "razed", "razing", "razes", "raze", "torched", "torching", "torch", "torches",
		"arson", "burned", "burnt", "burning", "burns", "burn", "ablaze", "set"}},
	// Weapons downed or intercepted were not used: "air defences shot down
	// 12 drones" is no air strike.
	{event.ACLEDDisruptedWeaponsUse, intercepts, []string{"downed", "intercepted", "intercepts", "intercepting",
		"intercept", "shot"}},
}

// acledKind is what a word of acledWords does with its sub-event type.
type acledKind uint8

const (
	says       acledKind = iota + 1 // of its own trigger, unless a weapon is near
	lends                           // a weapon: of its own trigger, and of the attack words near it
	intercepts                      // of the weapons after it
)

// weaponReach is how many words from an attack word a weapon may stand to
// say how it was made: "struck by a Russian drone".
const weaponReach = 4

// acledOf is the ACLED sub-event type of the trigger of type typ at word i,
// as an event of the type stores it (see event.ACLEDFor): its word's, or,
// for an attack or a toll, that of the nearest weapon within weaponReach
// words, unless the word is a weapon itself; an attack or a toll after a
// word that intercepts within weaponReach is disrupted weapons use.
func acledOf(ws []word, i int, typ event.Type) event.ACLEDSubEvent {
	lex := ws[i].lex
	sub := lex.acled
	switch ws[i].lower {
	case "fire":
		if i > 0 && (ws[i-1].lower == "set" || ws[i-1].lower == "on") { // "set fire to", "set on fire"
			sub = event.ACLEDLooting
		}
	case "burned", "burnt":
		if i+1 < len(ws) && ws[i+1].lower == "alive" {
			sub = event.ACLEDAttackOnCivilians
		}
	case "shot":
		if i+1 >= len(ws) || ws[i+1].lower != "down" { // "shot dead" is no interception
			sub = event.ACLEDByType
		}
	}
	if typ == event.Attack || typ == event.Casualties {
		if lex.acledKind != lends {
			best := weaponReach + 1
			for j := max(i-weaponReach, 0); j < min(i+weaponReach+1, len(ws)); j++ {
				if ws[j].lex.acledKind == lends && abs(j-i) < best {
					best, sub = abs(j-i), ws[j].lex.acled
				}
			}
		}
		for j := max(i-weaponReach, 0); j < i; j++ {
			if ws[j].lex.acledKind == intercepts && (ws[j].lower != "shot" || ws[j+1].lower == "down") {
				sub = ws[j].lex.acled
			}
		}
	}
	return event.ACLEDFor(typ, sub)
}
