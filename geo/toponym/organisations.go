package toponym

import (
	"strings"
	"sync"
)

// Some organisations are named after places or after words a gazetteer holds
// as places: the Organization for Security and Cooperation in Europe is not
// Europe, Bank of America is not the United States, Human Rights Watch is not
// Uman. The words of such a name are no toponym. The list holds names of
// international bodies, armed groups and media that news often cites, written
// as their words fold.
const organisationNames = `
organization for security and cooperation in europe
organisation for security and cooperation in europe
organization for security and co operation in europe
organisation for security and co operation in europe
council of europe
radio free europe
voice of america
bank of america
human rights watch
doctors without borders
reporters without borders
red cross
red crescent
international committee of the red cross
islamic state
islamic state of iraq and the levant
islamic state of iraq and syria
islamic state in iraq and syria
islamic state in iraq and the levant
islamic state west africa province
islamic state sahel province
islamic state khorasan province
gulf cooperation council
league of arab states
arab league
african union
european union
united nations
hayat tahrir al sham
jabhat al nusra
kachin independence army
arakan army
karen national union
new york times
washington post
wall street journal
los angeles times
`

// orgIndex is the organisation names by their folded words, and the
// longest name's number of words.
type orgIndex struct {
	names    map[string]bool
	maxWords int
}

var organisations = sync.OnceValue(func() orgIndex {
	x := orgIndex{names: map[string]bool{}}
	for _, line := range strings.Split(organisationNames, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			x.names[line] = true
			x.maxWords = max(x.maxWords, len(strings.Fields(line)))
		}
	}
	return x
})

// organisationFirstWords are the first words of organisationNames, which
// the lexicon marks so that only they start a search.
func organisationFirstWords() string {
	var b strings.Builder
	for name := range organisations().names {
		first, _, _ := strings.Cut(name, " ")
		b.WriteString(first)
		b.WriteByte(' ')
	}
	return b.String()
}

// organisationAt flags the words of the organisation name that starts at
// token i, if any, and returns its end, or -1.
func (a *analysis) organisationAt(i int) int {
	orgs := organisations()
	a.key = append(a.key[:0], a.folded(i)...)
	end := -1
	for k := i + 1; k < len(a.toks) && k-i < orgs.maxWords && a.gapIsSpaceOrHyphen(k-1); k++ {
		a.key = append(append(a.key, ' '), a.folded(k)...)
		if orgs.names[string(a.key)] {
			end = k + 1
		}
	}
	for k := i; k < end; k++ {
		a.toks[k].Flags |= tOrgName
	}
	return end
}
