package event

import (
	"strings"
	"testing"
)

// TestEveryTypeIsComplete fails when a row of Types lacks what the rest of
// Chronomap reads from it: a type without a colour would be drawn
// transparent, one without triggers never found, one without a rank would
// win every tie.
func TestEveryTypeIsComplete(t *testing.T) {
	ranks := map[int]Type{}
	colours := map[[3]uint8]Type{}
	for typ := range NumTypes {
		info := typ.Info()
		switch {
		case info.Name == "" || info.Name != strings.ToLower(info.Name):
			t.Errorf("type %d: name %q, want a lower-case name", typ, info.Name)
		case info.Label == "":
			t.Errorf("%s: no label", typ)
		case info.Colour.A != 0xff:
			t.Errorf("%s: colour %v is not opaque", typ, info.Colour)
		case len(info.Triggers) == 0:
			t.Errorf("%s: no trigger words", typ)
		case info.ACLED == ACLEDByType || info.ACLED >= NumACLEDSubEvents:
			t.Errorf("%s: no ACLED sub-event type", typ)
		}
		if other, dup := ranks[info.Rank]; dup {
			t.Errorf("%s and %s share the rank %d", typ, other, info.Rank)
		}
		ranks[info.Rank] = typ
		c := [3]uint8{info.Colour.R, info.Colour.G, info.Colour.B}
		if other, dup := colours[c]; dup {
			t.Errorf("%s and %s share the colour %v", typ, other, info.Colour)
		}
		colours[c] = typ
		if back, ok := ParseType(info.Name); !ok || back != typ {
			t.Errorf("ParseType(%q) = %v, %v", info.Name, back, ok)
		}
	}
	if len(ranks) != int(NumTypes) {
		t.Errorf("%d ranks for %d types", len(ranks), NumTypes)
	}
}

// TestTriggersBelongToOneType fails when a word reports two types: which
// one it meant would depend on the order the table is read in.
func TestTriggersBelongToOneType(t *testing.T) {
	owner := map[string]Type{}
	for typ := range NumTypes {
		for _, w := range typ.Info().Triggers {
			if other, dup := owner[w]; dup && other != typ {
				t.Errorf("%q triggers both %s and %s", w, other, typ)
			}
			owner[w] = typ
		}
	}
}

// TestACLEDTypesImportOnce fails when an ACLED event type imports as two
// of Chronomap's types.
func TestACLEDTypesImportOnce(t *testing.T) {
	owner := map[string]Type{}
	for typ := range NumTypes {
		for _, a := range typ.Info().FromACLED {
			if other, dup := owner[a]; dup {
				t.Errorf("ACLED's %q imports as both %s and %s", a, other, typ)
			}
			owner[a] = typ
		}
	}
}
