package main

import (
	"os"
	"testing"
)

func TestGCPercent(t *testing.T) {
	tests := []struct {
		name string
		live uint64
		want int
	}{
		{"a heap of a few megabytes grows five times before a collection", 7 << 20, extractGCPercent},
		{"a heap at the bound still grows five times", smallLiveHeap, extractGCPercent},
		{"a heap past the bound, as a huge article keeps, is collected as usual", smallLiveHeap + 1, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := gcPercent(tt.live); got != tt.want {
				t.Errorf("gcPercent(%d) = %d, want %d", tt.live, got, tt.want)
			}
		})
	}
}

func TestUserSetGC(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string // "" unsets
		want bool
	}{
		{"neither variable leaves the collector to extract", map[string]string{"GOGC": "", "GOMEMLIMIT": ""}, false},
		{"GOGC is the user's setting", map[string]string{"GOGC": "200", "GOMEMLIMIT": ""}, true},
		{"GOMEMLIMIT is the user's setting", map[string]string{"GOGC": "", "GOMEMLIMIT": "1GiB"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for name, value := range tt.env {
				t.Setenv(name, value) // restored after the test, set or not
				if value == "" {
					os.Unsetenv(name)
				}
			}
			if got := userSetGC(); got != tt.want {
				t.Errorf("userSetGC() = %t, want %t", got, tt.want)
			}
		})
	}
}
