package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

func TestAddAPAbbreviations(t *testing.T) {
	dir := t.TempDir()
	write := func(s string) {
		if err := os.WriteFile(filepath.Join(dir, "apabbrev.tsv"), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ky := &geo.Place{Name: "Kentucky", Country: "US", Feature: "ADM1", AltNames: []string{"Commonwealth of Kentucky"}}
	ny := &geo.Place{Name: "New York", Country: "US", Feature: "ADM1"}
	bc := &geo.Place{Name: "British Columbia", Country: "CA", Feature: "ADM1"}
	county := &geo.Place{Name: "Georgia", Country: "US", Feature: "ADM2"} // not a first-level division
	regions := []*geo.Place{ky, ny, bc, county}
	write("# comment\nUS\tKentucky\tKy.\nUS\tNew York\tN.Y.\nCA\tBritish Columbia\tB.C.\n")
	if err := addAPAbbreviations(inputs{tables: dir}, regions); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		p    *geo.Place
		want []string
		key  string // the folded form a lookup uses
	}{
		{ky, []string{"Commonwealth of Kentucky", "Ky."}, "ky"},
		{ny, []string{"N.Y."}, "n y"},
		{bc, []string{"B.C."}, "b c"},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.p.AltNames, tt.want) {
			t.Errorf("%s: names %q, want %q", tt.p.Name, tt.p.AltNames, tt.want)
		}
		if got := text.Fold(tt.want[len(tt.want)-1]); got != tt.key {
			t.Errorf("%s: folds to %q, want %q", tt.want[len(tt.want)-1], got, tt.key)
		}
	}
	write("US\tGeorgia\tGa.\n")
	if err := addAPAbbreviations(inputs{tables: dir}, []*geo.Place{county}); err == nil {
		t.Error("a row naming no first-level division: no error")
	}
}
