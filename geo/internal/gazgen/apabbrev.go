package main

import (
	"path/filepath"
	"strings"

	"github.com/chronomap/chronomap/geo"
)

// addAPAbbreviations reads apabbrev.tsv (see its header) and adds the
// abbreviations news write for the US states and Canadian provinces ("Ky.",
// "N.Y.", "B.C.") to the alternate names of those first-level divisions. A
// row naming no division of the regions is an error: the table and the
// data must agree.
func addAPAbbreviations(in inputs, regions []*geo.Place) error {
	byName := map[string]*geo.Place{}
	for _, r := range regions {
		if r.Feature == "ADM1" {
			byName[r.Country+"\t"+r.Name] = r
		}
	}
	added := 0
	err := readTSVFile(filepath.Join(in.tables, "apabbrev.tsv"), 3, func(r tsvRow) error {
		f := r.fields
		p := byName[strings.TrimSpace(f[0])+"\t"+strings.TrimSpace(f[1])]
		if p == nil {
			return r.errorf("no first-level division %q in %q", f[1], f[0])
		}
		var abbrevs []string
		for _, a := range splitList(f[2]) {
			if a = strings.TrimSpace(a); a == "" {
				return r.errorf("empty abbreviation")
			}
			abbrevs = append(abbrevs, a)
		}
		var before, after altStats
		p.AltNames = cleanAltNames(p.Name, append(p.AltNames, abbrevs...), &before, &after)
		added += len(abbrevs)
		return nil
	})
	in.logf("AP abbreviations: %d", added)
	return err
}
