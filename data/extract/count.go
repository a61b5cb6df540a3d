package extract

import (
	"strconv"
	"strings"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
)

var (
	deathWords  = set("killed", "dead", "died", "deaths", "death", "kia", "fatalities", "killing", "lives")
	injuryWords = set("wounded", "injured", "injuries", "injuring", "wounding", "hurt")
)

// countVictims reads the fatalities and injured a sentence states: "leaving
// at least 10 people dead and 35 others wounded", "three of its soldiers were
// killed", "killing 12". dateWords marks the words inside date expressions,
// whose numbers are days and years, not people.
func countVictims(ws []word, dateWords []bool) (fatalities, injured *int) {
	for i := range ws {
		w := &ws[i] // not a copy: this loop reads every word
		var target **int
		switch {
		case w.is(death):
			target = &fatalities
		case w.is(injury):
			target = &injured
		default:
			continue
		}
		if *target != nil {
			continue
		}
		if n, ok := countNear(ws, i, dateWords); ok {
			*target = &n
		}
	}
	return fatalities, injured
}

// countNear looks for the number that counts the victims of word i: a few
// words before it, or right after a verb ("killing 12 civilians").
func countNear(ws []word, i int, dateWords []bool) (int, bool) {
	// A participle counts what follows it: "killing two and wounding 11".
	if w := ws[i].lower; w == "killing" || w == "wounding" || w == "injuring" {
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if n, ok := number(ws[j].lower); ok && !dateWords[j] {
				return n, true
			}
		}
	}
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if n, ok := number(ws[j].lower); ok && !dateWords[j] && ws[j].lower != "a" && ws[j].lower != "an" {
			return n, true
		}
		if ws[j].is(reports) && j < i-1 || ws[j].is(death|injury) {
			break // another event's or count's words: the number belongs to it
		}
	}
	return 0, false
}

func number(w string) (int, bool) {
	if n, ok := text.NumberWords[w]; ok {
		return n, true
	}
	if w == "a" || w == "an" { // "an explosion killed a soldier"
		return 1, true
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false
	}
	n, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
	return n, err == nil && n <= event.MaxCount
}
