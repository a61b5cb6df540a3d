package toponym

import "github.com/chronomap/chronomap/data/text"

// News text names far more people than places, and many surnames are also
// place names somewhere (Kerry, Aliyev, Toner). A capitalised sequence is
// taken for a person's name when a title or role comes first ("President
// Ilham Aliyev", "spokesman Mark Toner") or when it opens with a known given
// name ("Emmanuel Macron"). The surnames are then remembered for the rest of
// the document, so that a later bare "Macron" is not a place either.

// titleWords precede a person's name, capitalised or not. A single
// capitalised word after one of them is a name ("President Putin").
const titleWords = text.PersonTitles

// speechWords precede a person's name only sometimes ("said Mark Toner", but
// also "said Azerbaijan's ministry"), so they need two capitalised words.
const speechWords = `said says told by thanked met called urged warned quoted asked`

// saidWords after a single capitalised word make it a person's name unless
// it names a country, a capital or a city a government sits in: "Nelson
// says", "Barr tweeted", but "Jordan said", "Stepanakert said".
const saidWords = `said says told tweeted wrote writes added adds noted notes explained explains
recalled recalls conceded concedes thinks thought believes believed replied replies argued argues
insisted insists posted`

// markPersons flags the tokens of person names and returns the folded
// surnames found, to be recognised alone later in the document.
func (a *analysis) markPersons() {
	toks := a.toks
	for i := 0; i < len(toks); {
		if !toks[i].Has(text.Cap) || toks[i].Has(text.AllCaps) {
			i++
			continue
		}
		// A capitalised sequence joined by single spaces.
		j := i + 1
		for j < len(toks) && toks[j].Has(text.Cap) && !toks[j].Has(text.AllCaps) && !toks[j-1].Has(text.Possessive) &&
			a.gap(j-1) == " " {
			j++
		}
		a.personInRun(i, j)
		i = j
	}
	if a.surnames.len() == 0 {
		return
	}
	for i := range toks {
		t := &toks[i]
		if t.Has(text.Cap) && !t.Has(tPerson) && a.surnames.has(a.folded(i), a.doc.Tokens[i].Hash) {
			t.Flags |= tPerson
		}
	}
}

// personInRun finds a person's name in the capitalised run [i, j).
func (a *analysis) personInRun(i, j int) {
	// The name starts after the last title word of the run, or after a title
	// or speech word just before the run.
	start, cue := -1, 0 // cue: 2 for a title, 1 for a speech word
	for k := i; k < j-1; k++ {
		if a.is(k, wTitle) {
			start, cue = k+1, 2
		}
	}
	if start < 0 && i >= 2 && a.folded(i-1) == "of" && a.is(i-2, wTitle) && a.isCountryOrDemonym(i) {
		start, cue = i+1, 2 // "Foreign Minister of Armenia Ara Petrosyan"
	}
	if start < 0 && i > 0 && a.gapIsSpaceOrDot(i-1) {
		switch {
		case a.is(i-1, wTitle):
			start, cue = i, 2
		case a.is(i-1, wSpeech) && a.toks[i-1].Has(text.Lower) && a.gap(i-1) == " ":
			start, cue = i, 1 // "said Mark Toner", not "said. In Ontario"
		}
	}
	if start < 0 {
		for k := i; k < j-1; k++ {
			if a.is(k, wGiven) {
				start, cue = k, 1
				break
			}
		}
	}
	if start < 0 || j-start < cue2min(cue) {
		return
	}
	if key, h := a.spanKey(i, j); start > i && len(a.g.LookupHashed(string(key), h)) > 0 {
		return // the title is part of a place's name: Prince George, General Santos
	}
	if cue != 2 || j-start > 1 {
		// After a speech word or a given name, a run the gazetteer knows
		// whole is a place: "said San Jose", "Victoria Falls". One word
		// after a title is a person whatever town bears it: Pope Francis.
		if key, h := a.spanKey(start, j); len(a.g.LookupHashed(string(key), h)) > 0 {
			return
		}
	}
	for k := start; k < j; k++ {
		if a.isCountryOrDemonym(k) {
			return // "by Azerbaijan Armed Forces" names no one
		}
	}
	for k := start; k < j; k++ {
		a.toks[k].Flags |= tPerson
		if k > start || j-start == 1 {
			if !a.is(k, wGiven|wStop) {
				a.surnames.add(a.folded(k), a.doc.Tokens[k].Hash)
			}
		}
	}
}

// cue2min is the number of capitalised words a cue needs after it: one
// after a title, two after a speech word or for a given name.
func cue2min(cue int) int {
	if cue == 2 {
		return 1
	}
	return 2
}
