package main

import (
	"bytes"
	"testing"
)

func TestStopLine(t *testing.T) {
	tests := []struct {
		kept []string
		want string
	}{
		{nil, "chronomap: interrupted by SIGINT\n"},
		{[]string{"out.geojson"}, "chronomap: interrupted by SIGINT; out.geojson left as it was\n"},
		{[]string{"a.geojson", "b.png"}, "chronomap: interrupted by SIGINT; a.geojson, b.png left as they were\n"},
	}
	for _, tt := range tests {
		if got := stopLine("SIGINT", tt.kept); got != tt.want {
			t.Errorf("stopLine(SIGINT, %q) = %q, want %q", tt.kept, got, tt.want)
		}
	}
}

func TestGateDropsWritesOnceClosed(t *testing.T) {
	var buf bytes.Buffer
	g := &gate{w: &buf}
	g.Write([]byte("before\n"))
	g.close()
	if n, err := g.Write([]byte("after\n")); n != 6 || err != nil {
		t.Errorf("Write after close = %d, %v; want 6, nil: the run must not fail on it", n, err)
	}
	if buf.String() != "before\n" {
		t.Errorf("wrote %q", buf.String())
	}
}
