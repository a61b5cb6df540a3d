package geojson

import (
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/event"
)

// TestImportACLED checks how an import reads ACLED's event and sub-event
// type: Chronomap's layer as it writes them, older layers without them,
// ACLED's own data, and a pair that is not the codebook's.
func TestImportACLED(t *testing.T) {
	tests := []struct {
		name   string
		layer  string
		want   event.ACLEDSubEvent
		errHas string
	}{
		{"ours: what the report said",
			ours(at(ganjaAt), `"acled_event_type":"Explosions/Remote violence","acled_sub_event_type":"Air/drone strike"`),
			event.ACLEDAirDroneStrike, ""},
		{"ours: another ACLED event type than the type's",
			ours(at(ganjaAt), `"event_type":"other","acled_event_type":"Violence against civilians","acled_sub_event_type":"Abduction/forced disappearance"`),
			event.ACLEDAbduction, ""},
		{"ours: the type's own is stored as none",
			ours(at(ganjaAt), `"acled_event_type":"Explosions/Remote violence","acled_sub_event_type":"Shelling/artillery/missile attack"`),
			event.ACLEDByType, ""},
		{"ours: a layer written before the ACLED fields",
			ours(at(ganjaAt), ``),
			event.ACLEDByType, ""},
		{"ours: a sub-event type of another event type",
			ours(at(ganjaAt), `"acled_event_type":"Battles","acled_sub_event_type":"Arrests"`),
			0, `acled_event_type "Battles" and acled_sub_event_type "Arrests" are not a pair of ACLED's codebook`},
		{"theirs: ACLED's own sub_event_type",
			layer(point, `"event_date":"11 October 2020","event_type":"Strategic developments","sub_event_type":"Looting/property destruction","location":"Ganja"`),
			event.ACLEDLooting, ""},
		{"theirs: a pair not in the codebook is left to the type",
			layer(point, `"event_date":"11 October 2020","event_type":"Battles","sub_event_type":"Skirmish","location":"Ganja"`),
			event.ACLEDByType, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, err := Import("layer.geojson", strings.NewReader(tt.layer))
			if tt.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errHas) {
					t.Errorf("error %v, want one with %q", err, tt.errHas)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := events[0].ACLED; got != tt.want {
				t.Errorf("ACLED %v (%v), want %v (%v)", got, got.Type(), tt.want, tt.want.Type())
			}
		})
	}
}
