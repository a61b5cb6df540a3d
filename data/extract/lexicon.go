package extract

import (
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
)

// role is what a word can do in a sentence, as a set of bits.
type role uint8

const (
	speech  role = 1 << iota // introduces a claim: "said"
	denial                   // introduces a denial: "denied"
	death                    // counts the dead: "killed"
	injury                   // counts the injured: "wounded"
	reports                  // reports an event: "shelled"
	hedge                    // makes a trigger after it speculative: "could"
	agent                    // may stand inside a speaker's name: "ministry"
	opener                   // after a comma, opens a clause: "but"
)

// lexeme is what the extractor knows of a word form, looked up once per word.
type lexeme struct {
	roles   role
	trigger event.Type // the event the word reports, if its roles say it reports one
	// acled is the ACLED sub-event type the word reports or, a weapon,
	// lends to the attack words near it (see acledWords).
	acled     event.ACLEDSubEvent
	acledKind acledKind
}

func (w word) is(r role) bool { return w.lex.roles&r != 0 }

// lexicon indexes the word lists of the extractor by word form, so that a
// sentence's words are looked up once rather than once per list.
var lexicon = func() *text.Lexicon[lexeme] {
	m := map[string]lexeme{}
	// The lists the rules ask of every word are roles too: a bit of the
	// word's lexeme rather than a map lookup of its text.
	lists := map[role]map[string]bool{speech: speechVerbs, denial: denialVerbs, death: deathWords, injury: injuryWords,
		hedge: speculativeWords, agent: agentWords, opener: clauseOpeners}
	for r, forms := range lists {
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
	for _, row := range acledWords {
		for _, f := range row.words {
			l := m[f]
			l.acled, l.acledKind = row.sub, row.kind
			m[f] = l
		}
	}
	return text.NewLexicon(m)
}()
