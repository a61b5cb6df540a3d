package toponym

import (
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// appendPlaces appends the resolved toponyms to out. The other readings of
// all of them share one new array: they outlive the analysis's buffers.
func (a *analysis) appendPlaces(out []geo.Mention) []geo.Mention {
	n := 0
	for i := range a.cands {
		if c := &a.cands[i]; !c.drop && c.place != nil {
			n += min(len(c.places)-1, geo.MaxOthers)
		}
	}
	var others []*geo.Place
	if n > 0 {
		others = make([]*geo.Place, 0, n)
	}
	for i := range a.cands {
		c := &a.cands[i]
		if c.drop || c.place == nil {
			continue
		}
		start := len(others)
		for _, p := range c.places {
			if p != c.place && len(others)-start < geo.MaxOthers {
				others = append(others, p)
			}
		}
		m := geo.Mention{
			Text: a.text[c.s:c.e], Start: int(c.rs), End: int(c.re),
			Place: c.place, Confidence: c.conf, InName: c.inName, Locates: c.locates,
		}
		if len(others) > start {
			m.Others = others[start:len(others):len(others)]
		}
		out = append(out, m)
	}
	return out
}

// appendDemonyms appends the demonyms to out.
func (a *analysis) appendDemonyms(out []DemonymMention) []DemonymMention {
	for i := 0; i < len(a.toks); i++ {
		t := &a.toks[i]
		switch {
		case t.Has(tDemonym):
			out = append(out, DemonymMention{
				Text: a.doc.Word(i), Start: int(a.doc.Tokens[i].RuneStart), End: int(a.doc.Tokens[i].RuneEnd), Country: a.demonym(i),
			})
		case t.Has(tPerson):
			i = a.personEnd(i) - 1
		}
	}
	return out
}

// appendPersons appends the names of people to out.
func (a *analysis) appendPersons(out []Span) []Span {
	for i := 0; i < len(a.toks); i++ {
		t := &a.toks[i]
		if t.Has(tPerson) && !t.Has(tDemonym) {
			j := a.personEnd(i)
			w := &a.doc.Tokens[i]
			out = append(out, Span{Text: a.text[w.Start:a.doc.Tokens[j-1].End], Start: int(w.RuneStart), End: int(a.doc.Tokens[j-1].RuneEnd)})
			i = j - 1
		}
	}
	return out
}

// personEnd returns the end of the name that starts at person token i: the
// run of person tokens joined by single spaces, a possessive ending it.
func (a *analysis) personEnd(i int) int {
	j := i + 1
	for j < len(a.toks) && a.toks[j].Has(tPerson) && !a.toks[j-1].Has(text.Possessive) && a.gap(j-1) == " " {
		j++
	}
	return j
}
