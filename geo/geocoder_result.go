package geo

// places returns the resolved toponyms, in a slice of their exact size.
func (a *analysis) places() []Mention {
	n := 0
	for i := range a.cands {
		if !a.cands[i].drop && a.cands[i].place != nil {
			n++
		}
	}
	return a.appendPlaces(make([]Mention, 0, n))
}

// appendPlaces appends the resolved toponyms to out.
func (a *analysis) appendPlaces(out []Mention) []Mention {
	for i := range a.cands {
		c := &a.cands[i]
		if c.drop || c.place == nil {
			continue
		}
		out = append(out, Mention{
			Text: a.text[c.s:c.e], Start: int(c.rs), End: int(c.re),
			Place: c.place, Confidence: c.conf,
		})
	}
	return out
}

// demonyms returns the demonym tokens that are not inside a person's name.
func (a *analysis) demonyms() []DemonymMention {
	n := a.countTokens(tDemonym)
	if n == 0 {
		return nil
	}
	out := a.appendDemonyms(make([]DemonymMention, 0, n))
	if len(out) == 0 {
		return nil // all inside names
	}
	return out
}

// appendDemonyms appends the demonyms to out.
func (a *analysis) appendDemonyms(out []DemonymMention) []DemonymMention {
	for i := 0; i < len(a.toks); i++ {
		t := &a.toks[i]
		switch {
		case t.has(tDemonym):
			out = append(out, DemonymMention{
				Text: a.text[t.s:t.e], Start: int(t.rs), End: int(t.re), Country: a.demonym(i),
			})
		case t.has(tPerson):
			i = a.personEnd(i) - 1
		}
	}
	return out
}

// persons returns the names of people.
func (a *analysis) persons() []Span {
	n := a.countTokens(tPerson) // at least one token a name
	if n == 0 {
		return nil
	}
	return a.appendPersons(make([]Span, 0, n))
}

// appendPersons appends the names of people to out.
func (a *analysis) appendPersons(out []Span) []Span {
	for i := 0; i < len(a.toks); i++ {
		t := &a.toks[i]
		if t.has(tPerson) && !t.has(tDemonym) {
			j := a.personEnd(i)
			out = append(out, Span{Text: a.text[t.s:a.toks[j-1].e], Start: int(t.rs), End: int(a.toks[j-1].re)})
			i = j - 1
		}
	}
	return out
}

// personEnd returns the end of the name that starts at person token i: the
// run of person tokens joined by single spaces, a possessive ending it.
func (a *analysis) personEnd(i int) int {
	j := i + 1
	for j < len(a.toks) && a.toks[j].has(tPerson) && !a.toks[j-1].has(tPossessive) && a.gap(j-1) == " " {
		j++
	}
	return j
}

// countTokens counts the tokens with flag f: a bound on the results' size,
// so that each is allocated once.
func (a *analysis) countTokens(f tokenFlags) int {
	n := 0
	for i := range a.toks {
		if a.toks[i].has(f) {
			n++
		}
	}
	return n
}
