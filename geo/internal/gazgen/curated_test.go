package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
)

const curatedHeader = "# test\nid\tname\tkind\tcc\tlat\tlon\taltnames\tadmin1\tpopulation\treference\n"

func TestReadCurated(t *testing.T) {
	dir := t.TempDir()
	rows := curatedHeader +
		// Repeats GeoNames' Xankandi within 5 km: merged.
		"stepanakert\tStepanakert\tcity\tAZ\t39.8150\t46.7510\tStepanakert city\t\t\tnot re-checked\n" +
		// A village of its own.
		"aghavno\tAghavno\tcity\tAZ\t39.5897\t46.5433\tZabukh,Zabux\tLachin Rayon\t165\tWikipedia\n" +
		// Names a city across a border by geonameid: a place of its own.
		"facing\tFacing\tcity\tGE\t39.8150\t46.7510\t\t\t\tfacing geonameid 146970\n" +
		// A multi-country region.
		"south-caucasus\tSouth Caucasus\tregion\t\t41.0\t45.6\tTranscaucasia\t\t\tderived\n"
	if err := os.WriteFile(filepath.Join(dir, "curated.tsv"), []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	xankandi := &city{Place: &geo.Place{ID: "geonames:146970", Name: "Xankandi", Kind: geo.City, Country: "AZ",
		AltNames: []string{"Stepanakert"}, Point: orb.Point{46.7528, 39.8177}}, geonameID: 146970}
	countries := map[string]*geo.Place{"AZ": {Country: "AZ"}, "GE": {Country: "GE"}}
	got, err := readCurated(inputs{tables: dir}, countries, map[int]*city{146970: xankandi}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range got {
		ids = append(ids, p.ID)
	}
	if want := "curated:aghavno curated:facing curated:south-caucasus"; strings.Join(ids, " ") != want {
		t.Errorf("new places %v, want %s", ids, want)
	}
	if !strings.Contains(strings.Join(xankandi.AltNames, ","), "Stepanakert city") {
		t.Errorf("Xankandi alternate names %q, want the merged row's names", xankandi.AltNames)
	}
	if got[2].Country != "" || got[2].Kind != geo.Region || got[0].Population != 165 {
		t.Errorf("parsed %+v %+v", got[0], got[2])
	}
}

func TestReadCuratedMissingFile(t *testing.T) {
	got, err := readCurated(inputs{tables: t.TempDir()}, nil, nil, nil)
	if err != nil || got != nil {
		t.Errorf("readCurated without a file = %v, %v, want nothing and no error", got, err)
	}
}

func TestReadCuratedBadRows(t *testing.T) {
	tests := []struct{ row, wantErr string }{
		{"x\tX\ttown\tAZ\t40\t46\t\t\t\t\n", `kind "town"`},
		{"x\tX\tcity\tZZ\t40\t46\t\t\t\t\n", `unknown country code "ZZ"`},
		{"x\tX\tcity\tAZ\t91\t46\t\t\t\t\n", "bad coordinates"},
		{"x\tX\tcity\tAZ\t40\t46\t\t\tmany\t\n", "bad population"},
		{"x\tX\tcity\tAZ\t40\t46\n", "6 fields"},
		{"x y\tX\tcity\tAZ\t40\t46\t\t\t\t\n", "bad id"},
		{"x\tX\tcity\tAZ\t40\t46\t\t\t\t\nx\tX\tcity\tAZ\t40\t46\t\t\t\t\n", "duplicate id"},
	}
	countries := map[string]*geo.Place{"AZ": {Country: "AZ"}}
	for _, tt := range tests {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "curated.tsv"), []byte(curatedHeader+tt.row), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := readCurated(inputs{tables: dir}, countries, nil, nil)
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "curated.tsv:") {
			t.Errorf("row %q: error %v, want one naming curated.tsv and its line and %q", tt.row, err, tt.wantErr)
		}
	}
}
