package basemap

import (
	"bytes"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

func TestDecodeRejectsBadFiles(t *testing.T) {
	var good bytes.Buffer
	b := NewBuilder([]LevelSpec{{Grid: 2, Bits: 20}})
	b.Add(0, Land, Piece{Polygon: square(1e6, 1e6, 1e6), Bound: square(1e6, 1e6, 1e6).Bound()})
	b.AddLabel(Label{Text: "Town", Point: orb.Point{1, 2}})
	if _, err := b.WriteTo(&good); err != nil {
		t.Fatal(err)
	}
	data := good.Bytes()
	tests := map[string][]byte{
		"empty":          nil,
		"not a basemap":  []byte("# Chronomap gazetteer v1\n"),
		"truncated":      data[:len(data)-3],
		"trailing bytes": append(bytes.Clone(data), 0, 0),
		"newer version":  append([]byte(fileHeader), 2),
	}
	for name, bad := range tests {
		if _, err := Decode(bad); err == nil || !strings.HasPrefix(err.Error(), "basemap: ") {
			t.Errorf("%s: err = %v, want a basemap error", name, err)
		}
	}
	if _, err := Decode(data); err != nil {
		t.Errorf("the good file: %v", err)
	}
}
