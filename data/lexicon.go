package data

// role is what a word can do in a sentence, as a set of bits.
type role uint8

const (
	speech role = 1 << iota // introduces a claim: "said"
	denial                  // introduces a denial: "denied"
	death                   // counts the dead: "killed"
	injury                  // counts the injured: "wounded"
)

// lexeme is what the extractor knows of a word form, looked up once per word.
type lexeme struct {
	roles   role
	trigger EventType // the event the word reports, "" if none
}

func (w word) is(r role) bool { return w.lex.roles&r != 0 }

// lookup returns what the extractor knows of a lower-case word form. Most
// words of a text have a first or a last letter and a length no lexicon
// entry has, and skip the map.
func lookup(w string) lexeme {
	if len(w) >= 32 || lexiconStarts[w[0]]&lexiconEnds[w[len(w)-1]]&(1<<len(w)) == 0 {
		return lexeme{}
	}
	return lexicon[w]
}

// lexiconStarts has bit n of entry b set when a lexicon word of n bytes
// starts with byte b, and lexiconEnds when one ends with it.
var lexiconStarts, lexiconEnds = func() (starts, ends [256]uint32) {
	for w := range lexicon {
		if len(w) < 32 {
			starts[w[0]] |= 1 << len(w)
			ends[w[len(w)-1]] |= 1 << len(w)
		}
	}
	return starts, ends
}()

// lexicon indexes the word lists of the extractor by word form, so that a
// sentence's words are looked up once rather than once per list.
var lexicon = func() map[string]lexeme {
	m := map[string]lexeme{}
	for r, forms := range map[role]map[string]bool{speech: speechVerbs, denial: denialVerbs, death: deathWords, injury: injuryWords} {
		for f := range forms {
			l := m[f]
			l.roles |= r
			m[f] = l
		}
	}
	for f, t := range triggerWords {
		l := m[f]
		l.trigger = t
		m[f] = l
	}
	return m
}()
