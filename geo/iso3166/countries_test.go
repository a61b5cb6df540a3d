package iso3166

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "write countries.tsv anew from ../shared/data/geonames/countryInfo.txt")

// TestTableIsGeoNames checks that countries.tsv holds every country of
// GeoNames' countryInfo.txt, as it is there; -update writes it so.
func TestTableIsGeoNames(t *testing.T) {
	src := filepath.Join("..", "..", "..", "shared", "data", "geonames", "countryInfo.txt")
	f, err := os.Open(src)
	if err != nil {
		t.Skipf("needs GeoNames' countryInfo.txt in ../shared/data/geonames beside the repository: %v", err)
	}
	defer f.Close()
	var b strings.Builder
	b.WriteString("# ISO 3166-1 country codes (alpha-2, alpha-3, numeric) and English short names,\n" +
		"# from GeoNames' countryInfo.txt (www.geonames.org, CC BY 4.0), unchanged.\n" +
		"# Made and checked by TestTableIsGeoNames: go test ./geo/iso3166 -update\n")
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 5 || cols[0] == "" {
			t.Fatalf("%s:%d: not a country row", src, line)
		}
		n, err := strconv.Atoi(cols[2])
		if err != nil {
			t.Fatalf("%s:%d: numeric code %q", src, line, cols[2])
		}
		fmt.Fprintf(&b, "%s\t%s\t%d\t%s\n", cols[0], cols[1], n, cols[4])
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("countries.tsv", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if b.String() != table {
		t.Error("countries.tsv differs from countryInfo.txt: go test ./geo/iso3166 -update")
	}
}

func TestLookups(t *testing.T) {
	az := Country{Alpha2: "AZ", Alpha3: "AZE", Numeric: 31, Name: "Azerbaijan"}
	tests := []struct {
		name  string
		find  func() (Country, bool)
		want  Country
		found bool
	}{
		{"alpha-2", func() (Country, bool) { return ByAlpha2("AZ") }, az, true},
		{"alpha-2 is upper case", func() (Country, bool) { return ByAlpha2("az") }, Country{}, false},
		{"numeric", func() (Country, bool) { return ByNumeric(31) }, az, true},
		{"numeric 0 is Kosovo, as ACLED codes it", func() (Country, bool) { return ByNumeric(0) },
			Country{Alpha2: "XK", Alpha3: "XKX", Numeric: 0, Name: "Kosovo"}, true},
		{"a numeric code ISO has not given", func() (Country, bool) { return ByNumeric(1) }, Country{}, false},
		{"name in any case, spaces trimmed", func() (Country, bool) { return ByName(" AZERBAIJAN ") }, az, true},
		{"a name GeoNames does not write", func() (Country, bool) { return ByName("Azerbaidjan") }, Country{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, found := tt.find()
			if got != tt.want || found != tt.found {
				t.Errorf("got %+v, %v; want %+v, %v", got, found, tt.want, tt.found)
			}
		})
	}
}

// TestCodesAreUnique checks that no two rows share a code or a name, so
// that each look-up has one answer.
func TestCodesAreUnique(t *testing.T) {
	rows := 0
	for line := range strings.Lines(table) {
		if !strings.HasPrefix(line, "#") {
			rows++
		}
	}
	for what, n := range map[string]int{"alpha-2": len(countries.byAlpha2), "numeric": len(countries.byNumeric), "name": len(countries.byName)} {
		if n != rows {
			t.Errorf("%d rows, %d %s codes", rows, n, what)
		}
	}
}
