package atomicfile

import "testing"

func TestIsTempOf(t *testing.T) {
	tests := []struct {
		name, base string
		want       bool
	}{
		{".out.geojson.123.tmp", "out.geojson", true},
		{".out.geojson.1.tmp", "out.geojson", true},
		{".out.geojson.tmp", "out.geojson", false},
		{".out.geojson.12a.tmp", "out.geojson", false},
		{"out.geojson.123.tmp", "out.geojson", false},
		{".out.geojson.123.tmp~", "out.geojson", false},
		{".out.geojson.5.123.tmp", "out.geojson", false}, // of out.geojson.5
		{".out.geojson.5.123.tmp", "out.geojson.5", true},
		{".out.123.tmp", "out.geojson", false},
	}
	for _, tt := range tests {
		if got := isTempOf(tt.name, tt.base); got != tt.want {
			t.Errorf("isTempOf(%q, %q) = %v, want %v", tt.name, tt.base, got, tt.want)
		}
	}
}
