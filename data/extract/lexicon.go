package extract

import "github.com/chronomap/chronomap/data/event"

// role is what a word can do in a sentence, as a set of bits.
type role uint8

const (
	speech  role = 1 << iota // introduces a claim: "said"
	denial                   // introduces a denial: "denied"
	death                    // counts the dead: "killed"
	injury                   // counts the injured: "wounded"
	reports                  // reports an event: "shelled"
)

// lexeme is what the extractor knows of a word form, looked up once per word.
type lexeme struct {
	roles   role
	trigger event.Type // the event the word reports, if its roles say it reports one
}

func (w word) is(r role) bool { return w.lex.roles&r != 0 }

// lookup returns what the extractor knows of a lower-case word form. Most
// words of a text are on no list and are turned away by a filter of the
// lexicon's word shapes, before the map.
func lookup(w string) lexeme {
	if len(w) >= 32 || !lexiconShapes.mayHave(w) {
		return lexeme{}
	}
	return lexicon[w]
}

// shapeFilter is a set of word shapes (length, first two letters and last
// letter), hashed into a bit set: a word whose shape is not in it is no
// word of the set; one whose shape is may be.
type shapeFilter [1 << shapeBits / 64]uint64

const shapeBits = 12 // a few hundred words leave about one bit in ten set

func shapeOf(w string) uint32 {
	key := uint32(len(w))<<24 | uint32(w[0])<<16 | uint32(w[min(1, len(w)-1)])<<8 | uint32(w[len(w)-1])
	return key * 0x9e3779b1 >> (32 - shapeBits)
}

func (f *shapeFilter) mayHave(w string) bool {
	h := shapeOf(w)
	return f[h/64]&(1<<(h%64)) != 0
}

var lexiconShapes = func() (f shapeFilter) {
	for w := range lexicon {
		h := shapeOf(w)
		f[h/64] |= 1 << (h % 64)
	}
	return f
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
	for t := range event.NumTypes {
		for _, f := range t.Info().Triggers {
			l := m[f]
			l.roles |= reports
			l.trigger = t
			m[f] = l
		}
	}
	return m
}()
