package extract

import (
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/event"
)

// TestACLEDSubEvents checks, one case a family of acledWords, that the
// events a sentence reports carry the ACLED event and sub-event type its
// trigger word says, on sentences in the style of wire reports and
// conflict-event notes from several wars.
func TestACLEDSubEvents(t *testing.T) {
	pub := time.Date(2023, 11, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		family   string
		sentence string
		want     string // "event type · sub-event type" of every event the sentence reports
		typ      string // Chronomap's type of them, which stays its own
	}{
		{"air strike: one word", "An airstrike hit a market in Idlib on Sunday, killing 11 people.",
			"Explosions/Remote violence · Air/drone strike", "attack"},
		{"air strike: two words", "Israeli air strikes pounded Rafah overnight, health officials said.",
			"Explosions/Remote violence · Air/drone strike", "attack"},
		{"air strike: warplanes", "Sudanese army warplanes bombed Nyala on Thursday.",
			"Explosions/Remote violence · Air/drone strike", "attack"},
		{"air strike: a drone", "A Ukrainian drone struck an oil depot in Belgorod on Saturday.",
			"Explosions/Remote violence · Air/drone strike", "attack"},
		{"shelling", "Armenian forces shelled Tartar on Monday, the defence ministry in Baku said.",
			"Explosions/Remote violence · Shelling/artillery/missile attack", "attack"},
		{"shelling: a missile", "A Russian missile struck a residential building in Dnipro on Saturday.",
			"Explosions/Remote violence · Shelling/artillery/missile attack", "attack"},
		{"shelling: mortar fire", "Mortar fire hit the outskirts of Bakhmut on Friday.",
			"Explosions/Remote violence · Shelling/artillery/missile attack", "attack"},
		{"remote explosive: an explosion", "An explosion tore through a bus station in Quetta on Friday.",
			"Explosions/Remote violence · Remote explosive/landmine/IED", "attack"},
		{"remote explosive: a toll of a roadside bomb", "A roadside bomb killed four soldiers near Gao on Tuesday.",
			"Explosions/Remote violence · Remote explosive/landmine/IED", "casualties"},
		{"remote explosive: an IED", "An IED struck a UN convoy near Kidal on Sunday.",
			"Explosions/Remote violence · Remote explosive/landmine/IED", "attack"},
		{"suicide bomb", "A suicide bombing killed 14 people in Mogadishu on Sunday.",
			"Explosions/Remote violence · Suicide bomb", "casualties"},
		{"grenade", "A grenade attack wounded three policemen in Bujumbura on Monday.",
			"Explosions/Remote violence · Grenade", "casualties"},
		{"armed clash: fighting", "Heavy fighting was reported around Bakhmut on Sunday.",
			"Battles · Armed clash", "clash"},
		{"armed clash: an ambush", "Jihadists ambushed an army convoy near Djibo on Tuesday.",
			"Battles · Armed clash", "attack"},
		{"armed clash: a capture", "Rebels captured the town of Lashio on Sunday.",
			"Battles · Armed clash", "capture"},
		{"violence against civilians: gunned down", "Gunmen gunned down nine farmers in Gusau on Saturday.",
			"Violence against civilians · Attack", "attack"},
		{"abduction: passive", "Twenty passengers were abducted near Kaduna on Sunday.",
			"Violence against civilians · Abduction/forced disappearance", "other"},
		{"abduction: kidnapped", "Gunmen kidnapped a priest near Ouagadougou on Monday.",
			"Violence against civilians · Abduction/forced disappearance", "other"},
		{"arrests: arrested", "Police arrested 30 opposition supporters in Nairobi on Friday.",
			"Strategic developments · Arrests", "other"},
		{"arrests: detained", "Three journalists were detained in Minsk on Thursday.",
			"Strategic developments · Arrests", "other"},
		{"arrests: rounded up", "Soldiers rounded up dozens of men in Mopti on Sunday.",
			"Strategic developments · Arrests", "other"},
		{"looting", "Militiamen looted the market in Geneina on Sunday.",
			"Strategic developments · Looting/property destruction", "other"},
		{"property destruction: torched", "RSF fighters torched dozens of homes in Geneina on Tuesday.",
			"Strategic developments · Looting/property destruction", "attack"},
		{"property destruction: set fire", "Gunmen set fire to the district office in Bunia on Monday.",
			"Strategic developments · Looting/property destruction", "attack"},
		{"property destruction by shelling is shelling", "Shelling destroyed 20 houses in Kherson on Sunday.",
			"Explosions/Remote violence · Shelling/artillery/missile attack", "attack"},
		{"displacement", "Hundreds of families fled Kelbajar on Sunday, most of them to Yerevan.",
			"Strategic developments · Other", "other"},
		{"disrupted weapons use: downed", "Air defences downed two drones near Belgorod on Sunday.",
			"Strategic developments · Disrupted weapons use", "attack"},
		{"disrupted weapons use: shot down", "Air defences shot down 12 Iranian-made drones near Kyiv on Sunday.",
			"Strategic developments · Disrupted weapons use", "attack"},
		{"disrupted weapons use: intercepted", "Air defences intercepted two missiles near Kyiv on Sunday.",
			"Strategic developments · Disrupted weapons use", "attack"},
		{"riots: protesters who storm a building", "Protesters stormed the regional administration building in Almaty on Monday.",
			"Riots · Violent demonstration", "protest"},
		{"trap: a soldier shot dead is no interception", "A sniper shot dead a soldier near Avdiivka on Sunday.",
			"Battles · Armed clash", "attack"},
		{"trap: a repelled assault is a clash", "Ukrainian forces repelled a Russian assault near Avdiivka on Sunday.",
			"Battles · Armed clash", "attack"},
		{"agreement: a ceasefire", "A ceasefire took effect in Gaza on Friday.",
			"Strategic developments · Agreement", "ceasefire"},
		{"peaceful protest", "Hundreds of people protested in Yerevan on Sunday against the agreement.",
			"Protests · Peaceful protest", "protest"},
		{"violent demonstration: a riot", "Riots broke out in Dakar on Friday after the verdict.",
			"Riots · Violent demonstration", "protest"},
	}
	x := mustExtractor(t)
	for _, tt := range tests {
		t.Run(tt.family, func(t *testing.T) {
			events := extractText(x, tt.sentence, &pub)
			if len(events) == 0 {
				t.Fatalf("%q: no event", tt.sentence)
			}
			for _, e := range events {
				a := e.ACLEDType()
				if got := a.EventType + " · " + a.SubEventType; got != tt.want || e.Type.String() != tt.typ {
					t.Errorf("%q: %s at %s is %s, want %s %s", tt.sentence, e.Type, e.Place.Name, got, tt.typ, tt.want)
				}
				if e.ACLED == e.Type.Info().ACLED {
					t.Errorf("%q: ACLED %d is the type's own, which is stored as ACLEDByType", tt.sentence, e.ACLED)
				}
			}
		})
	}
}

// TestACLEDWords fails when a word of acledWords would never be read: a
// word that says a sub-event type of its own but is no trigger, or a word
// in two rows.
func TestACLEDWords(t *testing.T) {
	seen := map[string]bool{}
	for _, row := range acledWords {
		if row.sub == event.ACLEDByType || row.sub >= event.NumACLEDSubEvents {
			t.Errorf("%q: sub-event type %d is not ACLED's", row.words, row.sub)
		}
		for _, w := range row.words {
			if seen[w] {
				t.Errorf("%q is in two rows", w)
			}
			seen[w] = true
			lex, _ := lexicon.Lookup(w)
			if lex.roles&reports == 0 && row.kind == says {
				t.Errorf("%q says a sub-event type of its own, but is no trigger", w)
			}
		}
	}
}
