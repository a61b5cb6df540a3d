package toponym

import (
	"cmp"
	"slices"
	"strings"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// American and Canadian news place a town by its state or province after a
// comma, abbreviated: "Columbus, Ga.", "Charleston, W.Va.", "Kelowna, B.C."
// in the Associated Press's style, "Austin, TX" in the postal one. The
// abbreviation names the state there, and tells which town is meant. Out of
// that position the same words are other words ("Miss", "Ill", "Mass", "La"),
// so they name a state nowhere else.

// stateAbbreviations maps the folded AP abbreviations (and common older
// ones) to their state or province.
var stateAbbreviations = abbreviations("US", `
ala:Alabama ariz:Arizona ark:Arkansas calif:California cal:California colo:Colorado conn:Connecticut
del:Delaware fla:Florida ga:Georgia ill:Illinois ind:Indiana kan:Kansas kans:Kansas ky:Kentucky
la:Louisiana md:Maryland mass:Massachusetts mich:Michigan minn:Minnesota miss:Mississippi mo:Missouri
mont:Montana neb:Nebraska nebr:Nebraska nev:Nevada n_h:New_Hampshire n_j:New_Jersey n_m:New_Mexico
n_y:New_York n_c:North_Carolina n_d:North_Dakota okla:Oklahoma ore:Oregon oreg:Oregon pa:Pennsylvania
penn:Pennsylvania r_i:Rhode_Island s_c:South_Carolina s_d:South_Dakota tenn:Tennessee tex:Texas
vt:Vermont va:Virginia wash:Washington w_va:West_Virginia wis:Wisconsin wisc:Wisconsin wyo:Wyoming
d_c:District_of_Columbia`, "CA", `
alta:Alberta b_c:British_Columbia man:Manitoba n_b:New_Brunswick n_l:Newfoundland_and_Labrador
nfld:Newfoundland_and_Labrador n_s:Nova_Scotia ont:Ontario p_e_i:Prince_Edward_Island que:Quebec
sask:Saskatchewan`)

// statePostalCodes maps the two-letter postal codes, folded, to their state
// or province. They count only written in capitals.
var statePostalCodes = abbreviations("US", `
al:Alabama ak:Alaska az:Arizona ar:Arkansas ca:California co:Colorado ct:Connecticut de:Delaware
fl:Florida ga:Georgia hi:Hawaii id:Idaho il:Illinois in:Indiana ia:Iowa ks:Kansas ky:Kentucky
la:Louisiana me:Maine md:Maryland ma:Massachusetts mi:Michigan mn:Minnesota ms:Mississippi
mo:Missouri mt:Montana ne:Nebraska nv:Nevada nh:New_Hampshire nj:New_Jersey nm:New_Mexico
ny:New_York nc:North_Carolina nd:North_Dakota oh:Ohio ok:Oklahoma or:Oregon pa:Pennsylvania
ri:Rhode_Island sc:South_Carolina sd:South_Dakota tn:Tennessee tx:Texas ut:Utah vt:Vermont
va:Virginia wa:Washington wv:West_Virginia wi:Wisconsin wy:Wyoming dc:District_of_Columbia`, "CA", `
ab:Alberta bc:British_Columbia mb:Manitoba nb:New_Brunswick nl:Newfoundland_and_Labrador
ns:Nova_Scotia on:Ontario pe:Prince_Edward_Island qc:Quebec sk:Saskatchewan`)

// state is a first-level division an abbreviation stands for.
type state struct{ country, name string }

// abbreviations reads pairs of a country code and a list of
// "abbreviation:Name" words, with underscores for spaces.
func abbreviations(pairs ...string) map[string]state {
	m := map[string]state{}
	for i := 0; i < len(pairs); i += 2 {
		for _, w := range strings.Fields(pairs[i+1]) {
			abbr, name, _ := strings.Cut(w, ":")
			m[strings.ReplaceAll(abbr, "_", " ")] = state{pairs[i], strings.ReplaceAll(name, "_", " ")}
		}
	}
	return m
}

// stateAfter reads a state abbreviation after a comma that follows token
// j-1, "Columbus, Ga." or "Austin, TX": it returns the tokens [k, end) of
// the abbreviation and the state, or ok false.
func (a *analysis) stateAfter(j int) (k, end int, s state, ok bool) {
	if j >= len(a.toks) || a.gap(j-1) != ", " || !a.toks[j].Has(text.Cap) {
		return 0, 0, state{}, false
	}
	k, end = j, j+1
	key := a.folded(j)
	for end < len(a.toks) && a.gap(end-1) == "." && a.wordLen(end) <= 2 && a.toks[end].Has(text.Cap) {
		key += " " + a.folded(end)
		end++
	}
	after := a.gap(end - 1)
	if end == len(a.toks) {
		after = a.text[a.doc.Tokens[end-1].End:]
	}
	switch {
	case strings.HasPrefix(after, "."):
		s, ok = stateAbbreviations[key]
	case end == j+1 && a.toks[j].Has(text.AllCaps) && a.wordLen(j) == 2 && !startsWithLetter(after):
		s, ok = statePostalCodes[key]
	}
	return k, end, s, ok
}

func startsWithLetter(s string) bool {
	return s != "" && ('a' <= s[0]|0x20 && s[0]|0x20 <= 'z')
}

// statePlace is the gazetteer's first-level division s, or nil.
func (a *analysis) statePlace(s state) *geo.Place {
	for _, p := range a.g.Lookup(text.Fold(s.name)) {
		if p.Kind == geo.Region && p.Feature == "ADM1" && p.Country == s.country {
			return p
		}
	}
	return nil
}

// readStateAbbreviations makes the abbreviation after "Town, " a candidate
// naming its state, and takes from every other candidate the state an
// abbreviation would name out of that position ("Miss" is no Mississippi).
func (a *analysis) readStateAbbreviations() {
	var added []candidate
	for n := range a.cands {
		c := &a.cands[n]
		if c.drop {
			continue
		}
		if a.mayAbbreviate(c) {
			if key, _ := a.spanKey(c.i, c.j); stateAbbreviations[string(key)] != (state{}) {
				a.dropStateReadings(c)
			}
		}
		k, end, s, ok := a.stateAfter(c.j)
		if !ok || c.e != a.doc.Tokens[c.j-1].End {
			continue
		}
		p := a.statePlace(s)
		if p == nil {
			continue
		}
		if n+1 < len(a.cands) && a.cands[n+1].i == k {
			a.cands[n+1].drop = true // read again below, as the state
		}
		a.placeBuf = append(a.placeBuf, p)
		abbr := candidate{i: k, j: end, s: a.doc.Tokens[k].Start, e: a.doc.Tokens[end-1].End,
			rs: a.doc.Tokens[k].RuneStart, re: a.doc.Tokens[end-1].RuneEnd,
			places: a.placeBuf[len(a.placeBuf)-1 : len(a.placeBuf) : len(a.placeBuf)], locative: true}
		if strings.HasPrefix(a.text[abbr.e:], ".") {
			abbr.e, abbr.re = abbr.e+1, abbr.re+1 // the abbreviation's dot
		}
		added = append(added, abbr)
	}
	if len(added) == 0 {
		return
	}
	a.cands = append(a.cands, added...)
	slices.SortStableFunc(a.cands, func(x, y candidate) int { return cmp.Compare(x.i, y.i) })
}

// mayAbbreviate says, from the lengths of its words, whether candidate c
// may be a state's abbreviation: "Calif", "W Va", "P E I".
func (a *analysis) mayAbbreviate(c *candidate) bool {
	if c.j-c.i == 1 {
		return a.wordLen(c.i) <= 5
	}
	for k := c.i; k < c.j; k++ {
		if a.wordLen(k) > 2 {
			return false
		}
	}
	return c.j-c.i <= 3
}

// dropStateReadings takes from c the states of America and Canada that it
// names only as an abbreviation.
func (a *analysis) dropStateReadings(c *candidate) {
	key := a.spanString(c.i, c.j)
	start := len(a.placeBuf)
	for _, p := range c.places {
		if p.Kind == geo.Region && p.Feature == "ADM1" && (p.Country == "US" || p.Country == "CA") && !bearsName(p, key) {
			continue
		}
		a.placeBuf = append(a.placeBuf, p)
	}
	if kept := a.placeBuf[start:len(a.placeBuf):len(a.placeBuf)]; len(kept) < len(c.places) {
		c.places = kept
		c.drop = len(kept) == 0
	}
}
