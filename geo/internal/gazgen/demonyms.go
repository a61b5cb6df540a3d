package main

import (
	"strings"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// readDemonyms reads demonyms.tsv: a demonym as written ("Azerbaijani"), a
// tab and the code of its country. Demonyms of countries the gazetteer
// left out (see readCountries) are skipped.
func readDemonyms(in inputs, name string, countries map[string]*geo.Place) (map[string]string, error) {
	out := map[string]string{}
	folded := map[string]string{} // folded demonym → country, to catch two countries for one folded form
	err := readTSVFile(name, 2, func(r tsvRow) error {
		d, cc := strings.TrimSpace(r.fields[0]), strings.TrimSpace(r.fields[1])
		if !isCountryCode(cc) {
			return r.errorf("bad country code %q", cc)
		}
		if countries[cc] == nil {
			in.logf("%s:%d: no country %s in the gazetteer, %s skipped", r.file, r.line, cc, d)
			return nil
		}
		key := text.Fold(d)
		if key == "" {
			return r.errorf("empty demonym")
		}
		if prev, dup := folded[key]; dup && prev != cc {
			return r.errorf("demonym %q given for %s and %s", d, prev, cc)
		}
		folded[key] = cc
		out[d] = cc
		return nil
	})
	return out, err
}

func isCountryCode(cc string) bool {
	return len(cc) == 2 && 'A' <= cc[0] && cc[0] <= 'Z' && 'A' <= cc[1] && cc[1] <= 'Z'
}
