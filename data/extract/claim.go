package extract

import (
	"strings"

	"github.com/chronomap/chronomap/data/text"
)

// A claim is who says an event happened, or who says it did not.

// The verbs that introduce a claim ("Armenia said", "the ministry
// reported") and a denial ("Azerbaijan denied", "which Armenia disputed").
var (
	speechVerbs = set(strings.Fields(text.SpeechVerbs)...)
	denialVerbs = set(strings.Fields(text.DenialVerbs)...)
)

// falseWords, after "called the claims", make a denial: "called the claims ... untrue".
var falseWords = set("untrue", "false", "baseless", "groundless", "lies", "lie", "fake", "disinformation",
	"fabricated", "fabrication", "unfounded", "provocation", "nonsense")

// agentWords may stand inside the name of whoever speaks, in lower case:
// "the Azerbaijani Defense Ministry", "the prosecutor general's office".
var agentWords = set("the", "defense", "defence", "ministry", "foreign", "of", "office", "spokesman",
	"health", "air", "naval", "navy", "justice", "police", "regional", "local", "governor", "mayor",
	"commander", "chief", "head", "television", "state-run", "state-owned", "military's",
	"spokeswoman", "spokesperson", "press", "service", "prosecutor", "general's", "general", "forces",
	"army", "armed", "military", "side", "officials", "official", "authorities", "sources", "government",
	"president", "minister", "prime", "deputy", "presidential", "administration", "interior", "state",
	"department", "command", "headquarters", "secretary", "human", "rights", "defender", "ombudsman",
	"national", "security", "council", "emergencies", "emergency", "leadership", "separatist",
	"separatists", "de", "facto", "media", "agency", "news", "'s")

var pronouns = set("he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "officials", "sources", "authorities")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// claims holds who claims and who denies what one sentence reports.
type claims struct {
	claimedBy, deniedBy []string
	// denialFirst is true when the sentence is itself a denial of something
	// reported before ("The ministry called the claims untrue"), rather than a
	// report followed by a denial ("..., which Armenia disputed").
	denialFirst bool
}

// phrase reads names out of a sentence's words, given the text their byte
// offsets point into.
type phrase struct {
	ws   []word
	text string
}

// span returns the text of words from up to to.
func (p phrase) span(from, to int) string { return p.text[p.ws[from].from:p.ws[to-1].to] }

// joined says whether words i-1 and i belong to one name: one space apart,
// or split only by the dots of an abbreviation ("U.S. military").
func (p phrase) joined(i int) bool {
	switch p.text[p.ws[i-1].to:p.ws[i].from] {
	case " ", "-":
		return true
	case ". ", ".":
		return len(p.ws[i-1].lower) == 1
	}
	return false
}

// findClaims reads the claimants and deniers of a sentence, whose first
// trigger is word trig (-1 if none).
func findClaims(p phrase, trig int) claims {
	ws := p.ws
	var c claims
	for i := range ws {
		w := &ws[i] // not a copy: this loop reads every word
		switch {
		case w.upper && i > 0:
			// "the United States", "Said Khan": a name, not a verb
		case w.is(speech):
			if a := p.agentAround(i); a != "" {
				c.claimedBy = appendNew(c.claimedBy, a)
			}
		case w.lower == "according" && i+1 < len(ws) && ws[i+1].lower == "to":
			if a := p.agentAfter(i + 2); a != "" {
				c.claimedBy = appendNew(c.claimedBy, a)
			}
		case w.is(denial) || w.lower == "called" && callsFalse(ws, i):
			if a := p.agentAround(i); a != "" {
				c.deniedBy = appendNew(c.deniedBy, a)
				if i < trig || trig < 0 {
					c.denialFirst = true
				}
			}
		}
	}
	// A denier is not also a claimant of the same thing.
	c.claimedBy = without(c.claimedBy, c.deniedBy)
	return c
}

// callsFalse tells "called the claims untrue" from "called for talks".
func callsFalse(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+12; j++ {
		if falseWords[ws[j].lower] {
			return true
		}
	}
	return false
}

// agentAround finds who speaks at verb i: the words before it ("Armenia
// said"), or after it where a quotation comes first ("…," said Mark Toner).
func (p phrase) agentAround(i int) string {
	ws := p.ws
	verb := i
	for i > 0 && isAdverbial(ws[i-1].lower) && p.joined(i) {
		i--
	}
	from := i
	for from > 0 && isAgentWord(ws[from-1]) && p.joined(from) {
		from--
	}
	for from < i && ws[from].lower == "the" {
		from++
	}
	if from < i && hasName(ws[from:i]) {
		return p.span(from, i)
	}
	if verb == 0 || !p.joined(verb) { // after a quotation or a comma
		return p.agentAfter(verb + 1)
	}
	return ""
}

// agentAfter reads a speaker's name starting at word i.
func (p phrase) agentAfter(i int) string {
	ws := p.ws
	for i < len(ws) && ws[i].lower == "the" {
		i++
	}
	to := i
	for to < len(ws) && isAgentWord(ws[to]) && (to == i || p.joined(to)) {
		to++
	}
	for to > i && (ws[to-1].lower == "of" || ws[to-1].lower == "the") {
		to--
	}
	if to > i && hasName(ws[i:to]) {
		return p.span(i, to)
	}
	return ""
}

// auxiliaries may stand between a speaker and the verb: "Azerbaijan has also
// reported", "the ministry subsequently said".
var auxiliaries = set("has", "had", "have", "also", "later", "then", "earlier", "again", "further")

func isAdverbial(w string) bool {
	return auxiliaries[w] || len(w) > 4 && w[len(w)-2:] == "ly"
}

func isAgentWord(w word) bool {
	return w.upper || w.is(agent) || len(w.lower) > 2 && w.lower[len(w.lower)-2:] == "'s"
}

// hasName says whether a span names somebody: a proper noun, or an
// institution in lower case ("the defense ministry"), but not a pronoun.
func hasName(ws []word) bool {
	for _, w := range ws {
		if pronouns[w.lower] && len(ws) == 1 {
			return false
		}
		if w.upper || w.lower != "the" && w.lower != "of" {
			return true
		}
	}
	return false
}

// appendNew appends s to list unless it is there already, or the list has
// maxNames: a sentence names a few actors or speakers, and one that names
// thousands (a run-on list) must not cost their square.
func appendNew(list []string, s string) []string {
	if len(list) >= maxNames || contains(list, s) {
		return list
	}
	return append(list, s)
}

// maxNames is the most actors, claimants or deniers one event keeps.
const maxNames = 64

func without(list, drop []string) []string {
	out := list[:0:0]
	for _, x := range list {
		if !contains(drop, x) {
			out = append(out, x)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
