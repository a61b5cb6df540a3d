package extract

import (
	"strconv"
	"strings"
)

// numberWords are the counts news write out in words.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "hundred": 100, "a": 1, "an": 1,
}

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
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if n, ok := number(ws[j].lower); ok && !dateWords[j] && ws[j].lower != "a" && ws[j].lower != "an" {
			return n, true
		}
		if ws[j].is(reports) && j < i-1 {
			break // another event's words: the number belongs to it
		}
	}
	if w := ws[i].lower; w == "killing" || w == "wounding" || w == "injuring" {
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if n, ok := number(ws[j].lower); ok && !dateWords[j] {
				return n, true
			}
		}
	}
	return 0, false
}

func number(w string) (int, bool) {
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false
	}
	n, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
	return n, err == nil && n < 10_000_000
}
