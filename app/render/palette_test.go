package render

import (
	"testing"

	"github.com/chronomap/chronomap/data"
)

func TestEveryEventTypeHasItsOwnColour(t *testing.T) {
	seen := map[[3]uint8]data.EventType{}
	for _, typ := range data.EventTypes {
		c := TypeColor(typ)
		k := [3]uint8{c.R, c.G, c.B}
		if other, dup := seen[k]; dup {
			t.Errorf("%s and %s share the colour %v", typ, other, c)
		}
		seen[k] = typ
	}
}
