package event

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/geo"
)

// TestACLEDSubEventsAreTheCodebooks fails when a sub-event type is missing
// from the table, or does not parse back as itself.
func TestACLEDSubEventsAreTheCodebooks(t *testing.T) {
	names := map[ACLEDType]bool{}
	for s := ACLEDByType + 1; s < NumACLEDSubEvents; s++ {
		a := s.Type()
		if a.EventType == "" || a.SubEventType == "" || names[a] {
			t.Errorf("sub-event type %d: %q, want a pair of its own", s, a)
		}
		names[a] = true
		if back, ok := ParseACLED(a.EventType, a.SubEventType); !ok || back != s {
			t.Errorf("ParseACLED(%q) = %d, %v, want %d", a, back, ok, s)
		}
	}
	if a := ACLEDByType.Type(); a != (ACLEDType{}) {
		t.Errorf("ACLEDByType is %q, want none", a)
	}
	if _, ok := ParseACLED("Battles", "Arrests"); ok {
		t.Error("ParseACLED took a sub-event type under another event type")
	}
}

// TestEventACLEDType checks that an event is its type's ACLED sub-event
// type unless it says another, and that ACLEDFor stores its type's own as
// none.
func TestEventACLEDType(t *testing.T) {
	tests := []struct {
		typ   Type
		acled ACLEDSubEvent
		want  ACLEDType
	}{
		{Attack, ACLEDByType, ACLEDType{"Explosions/Remote violence", "Shelling/artillery/missile attack"}},
		{Attack, ACLEDAirDroneStrike, ACLEDType{"Explosions/Remote violence", "Air/drone strike"}},
		{Other, ACLEDAbduction, ACLEDType{"Violence against civilians", "Abduction/forced disappearance"}},
		{Other, ACLEDByType, ACLEDType{"Strategic developments", "Other"}},
		{Protest, ACLEDViolentDemonstration, ACLEDType{"Riots", "Violent demonstration"}},
		{Clash, NumACLEDSubEvents + 3, ACLEDType{"Battles", "Armed clash"}}, // beyond the codebook
	}
	for _, tt := range tests {
		e := Event{Type: tt.typ, ACLED: tt.acled}
		if got := e.ACLEDType(); got != tt.want {
			t.Errorf("%s with %d: %q, want %q", tt.typ, tt.acled, got, tt.want)
		}
	}
	if s := ACLEDFor(Attack, ACLEDShelling); s != ACLEDByType {
		t.Errorf("ACLEDFor(attack, shelling) = %d, want ACLEDByType", s)
	}
	if s := ACLEDFor(Other, ACLEDArrests); s != ACLEDArrests {
		t.Errorf("ACLEDFor(other, arrests) = %d, want ACLEDArrests", s)
	}
}

// TestMergeKeepsTheWinningACLED checks that a merged event has the ACLED
// sub-event type of the report whose type wins, and of two reports of one
// type the first that says one.
func TestMergeKeepsTheWinningACLED(t *testing.T) {
	tests := []struct {
		name  string
		into  Event
		other Event
		want  Event
	}{
		{"the stronger type brings its sub-event type",
			Event{Type: Casualties}, Event{Type: Attack, ACLED: ACLEDAirDroneStrike},
			Event{Type: Attack, ACLED: ACLEDAirDroneStrike}},
		{"the stronger type brings its type's own",
			Event{Type: Other, ACLED: ACLEDArrests}, Event{Type: Attack},
			Event{Type: Attack}},
		{"the weaker type leaves it",
			Event{Type: Attack, ACLED: ACLEDRemoteExplosive}, Event{Type: Other, ACLED: ACLEDAbduction},
			Event{Type: Attack, ACLED: ACLEDRemoteExplosive}},
		{"one type: the sub-event type said wins over none",
			Event{Type: Attack}, Event{Type: Attack, ACLED: ACLEDAirDroneStrike},
			Event{Type: Attack, ACLED: ACLEDAirDroneStrike}},
		{"one type: the first said wins",
			Event{Type: Attack, ACLED: ACLEDRemoteExplosive}, Event{Type: Attack, ACLED: ACLEDAirDroneStrike},
			Event{Type: Attack, ACLED: ACLEDRemoteExplosive}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.into
			got.TakeTypeOf(&tt.other)
			if got.Type != tt.want.Type || got.ACLED != tt.want.ACLED {
				t.Errorf("%s %d, want %s %d", got.Type, got.ACLED, tt.want.Type, tt.want.ACLED)
			}
		})
	}

	kharkiv := &geo.Place{ID: "geonames:706483", Name: "Kharkiv", Kind: geo.City, Point: orb.Point{36.25, 49.98}}
	day := eventtest.Window("2023-05-04", "2023-05-04", dates.Day)
	merged := MergeReports([]Event{
		{ID: "a#1", Source: "a", Type: Attack, Place: kharkiv, Window: day},
		{ID: "b#1", Source: "b", Type: Attack, ACLED: ACLEDAirDroneStrike, Place: kharkiv, Window: day},
		{ID: "c#1", Source: "c", Type: Attack, ACLED: ACLEDRemoteExplosive, Place: kharkiv, Window: day},
	}, SamePlaceKm)
	if len(merged) != 1 || len(merged[0].Reports) != 3 {
		t.Fatalf("%d events, want the three reports merged", len(merged))
	}
	if merged[0].ACLED != ACLEDAirDroneStrike {
		t.Errorf("merged ACLED %q, want the first report's that says one", merged[0].ACLEDType())
	}
	for i, r := range merged[0].Reports {
		if r.ACLED != []ACLEDSubEvent{ACLEDByType, ACLEDAirDroneStrike, ACLEDRemoteExplosive}[i] {
			t.Errorf("report %d: ACLED %d changed", i, r.ACLED)
		}
	}
}
