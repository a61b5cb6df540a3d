package app

import (
	"runtime"
	"testing"
)

func TestCheckDisplay(t *testing.T) {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		t.Skip("windows open without X11 or Wayland")
	}
	tests := []struct {
		display, wayland string
		want             error
	}{
		{":0", "", nil},
		{"", "wayland-0", nil},
		{"", "", errNoDisplay},
	}
	for _, tt := range tests {
		t.Setenv("DISPLAY", tt.display)
		t.Setenv("WAYLAND_DISPLAY", tt.wayland)
		if got := checkDisplay(); got != tt.want {
			t.Errorf("DISPLAY=%q WAYLAND_DISPLAY=%q: %v, want %v", tt.display, tt.wayland, got, tt.want)
		}
	}
}
