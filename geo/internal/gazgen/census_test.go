package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
)

func TestReadCensusCounties(t *testing.T) {
	const file = "USPS\tGEOID\tANSICODE\tNAME\tALAND\tAWATER\tALAND_SQMI\tAWATER_SQMI\tINTPTLAT\tINTPTLONG            \n" +
		"KY\t21125\t00516909\tLaurel County\t1125356573\t29446614\t434.503\t11.369\t37.113268\t-84.119395            \n" +
		"LA\t22071\t00558106\tOrleans Parish\t438803947\t468230745\t169.423\t180.785\t30.068636\t-89.939007   \n"
	name := filepath.Join(t.TempDir(), "counties.txt")
	if err := os.WriteFile(name, []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readCensusCounties(name)
	if err != nil {
		t.Fatal(err)
	}
	want := []censusCounty{
		{state: "KY", geoid: "21125", name: "Laurel County", aland: 1125356573, point: orb.Point{-84.119395, 37.113268}},
		{state: "LA", geoid: "22071", name: "Orleans Parish", aland: 438803947, point: orb.Point{-89.939007, 30.068636}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d counties, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}
