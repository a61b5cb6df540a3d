package main

import (
	"reflect"
	"testing"
)

func TestCleanAltNames(t *testing.T) {
	tests := []struct {
		name       string
		candidates []string
		want       []string
	}{
		{"Xankandi", []string{"Xankandi", "Stepanakert", "Степанакерт", "Xankəndi", "XANKENDI", "Khankendi", "stepanakert"},
			[]string{"Stepanakert", "Xankəndi", "Khankendi"}},
		{"Ganja", []string{"GYD", "UBBG", "Gəncə", "https://en.wikipedia.org/wiki/Ganja", "12345", "", " Gyanja "},
			[]string{"Gəncə", "Gyanja"}},
		{"Baku", []string{"Baki", "Bakı", "Баку", "باكو", "Bakou"}, []string{"Baki", "Bakou"}},
		{"Oslo", nil, nil},
	}
	for _, tt := range tests {
		var before, after altStats
		got := cleanAltNames(tt.name, tt.candidates, &before, &after)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("cleanAltNames(%q, %q) = %q, want %q", tt.name, tt.candidates, got, tt.want)
		}
		if after.names != len(got) || before.names < after.names {
			t.Errorf("%s: counted %d before, %d after, for %d kept", tt.name, before.names, after.names, len(got))
		}
	}
}
