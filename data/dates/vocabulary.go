package dates

import (
	"strings"

	"github.com/chronomap/chronomap/data/text"
)

// wordClass is what a word means to the tagger.
type wordClass uint8

const (
	wNone       wordClass = iota
	wMonth                // val: 1..12
	wWeekday              // val: time.Weekday
	wNumber               // "six"; val: the number
	wFew                  // "few", "several", "couple"; val: the number they stand for
	wUnit                 // "day", "weeks"; val: a unit
	wOrdinal              // "th" in "7th"
	wPrep                 // "on", "in", "since"; val: a preposition
	wBy                   // a year's context word that is not part of the expression
	wOf                   //
	wTo                   // "to", "until", "till", "through": a range's connector
	wAnd                  //
	wThe                  //
	wA                    // "a", "an"
	wToday                // "today", "tonight"
	wYesterday            //
	wOvernight            //
	wThis                 //
	wLast                 //
	wNext                 //
	wPast                 // "past", "previous"
	wEarlier              //
	wLater                //
	wDaytime              // "morning", "afternoon", "evening"
	wNight                //
	wEarly                // "early"; "beginning", "start" with val needsOf
	wMid                  // "mid"; "middle" with val needsOf
	wLate                 // "late"; "end" with val needsOf
	wAgo                  //
	wApprox               // "nearly", "about", "over"
	wMoreLess             // "more", "less"
	wThan                 //
	wAt                   //
	wLeast                //
	wRecent               //
	wBefore               //
	wAfter                // words after a duration that tie it to another event: "after", "old"
	wPaper                // "Times", "Post": after a weekday, a newspaper's name
	wS                    // the "s" of "1990s"
	wWeekend              //
	wEvery                // "every", "each", "per": a rate, not a time
	wSame                 //
	wThat                 //
	wFollowing            //
	wordClasses           // the number of classes
)

// Prepositions that may open an expression and become part of it.
const (
	prepOn = iota + 1
	prepIn
	prepSince
	prepFrom
	prepBetween
	prepFor
	prepDuring
)

// unit is a length of time a duration counts in.
type unit uint8

const (
	unitHour unit = iota + 1
	unitDay
	unitWeek
	unitMonth
	unitYear
	unitDecade
	unitCentury
)

type vocabularyEntry struct {
	class  wordClass
	val    int8
	plural bool
	abbr   bool
}

// vocabulary holds the words the tagger knows, by folded word.
var vocabulary = text.NewLexicon(vocabularyWords())

// vocabularyWords maps the lower-cased words the tagger knows to their
// meaning.
func vocabularyWords() map[string]vocabularyEntry {
	v := map[string]vocabularyEntry{}
	for i, m := range strings.Fields(text.Months) {
		v[m] = vocabularyEntry{class: wMonth, val: int8(i + 1)}
	}
	for _, a := range strings.Fields(text.MonthAbbreviations) {
		v[a] = vocabularyEntry{class: wMonth, val: v[monthOf(a)].val, abbr: true}
	}
	for d, w := range strings.Fields(text.Weekdays) {
		v[w] = vocabularyEntry{class: wWeekday, val: int8(d)}
	}
	for w, n := range text.NumberWords {
		v[w] = vocabularyEntry{class: wNumber, val: int8(n)}
	}
	v["few"] = vocabularyEntry{class: wFew, val: 3}
	v["several"] = vocabularyEntry{class: wFew, val: 5}
	v["couple"] = vocabularyEntry{class: wFew, val: 2}
	units := []struct {
		one, many string
		u         unit
	}{{"hour", "hours", unitHour}, {"day", "days", unitDay}, {"week", "weeks", unitWeek}, {"month", "months", unitMonth},
		{"year", "years", unitYear}, {"decade", "decades", unitDecade}, {"century", "centuries", unitCentury}}
	for _, u := range units {
		v[u.one] = vocabularyEntry{class: wUnit, val: int8(u.u)}
		v[u.many] = vocabularyEntry{class: wUnit, val: int8(u.u), plural: true}
	}
	for _, w := range []string{"st", "nd", "rd", "th"} {
		v[w] = vocabularyEntry{class: wOrdinal}
	}
	preps := map[string]int8{"on": prepOn, "in": prepIn, "since": prepSince, "from": prepFrom, "between": prepBetween, "for": prepFor, "during": prepDuring}
	for w, p := range preps {
		v[w] = vocabularyEntry{class: wPrep, val: p}
	}
	classes := map[wordClass][]string{
		wBy: {"by"}, wOf: {"of"}, wAnd: {"and"}, wThe: {"the"}, wA: {"a", "an"},
		wToday: {"today", "tonight"}, wYesterday: {"yesterday"}, wOvernight: {"overnight"},
		wThis: {"this"}, wLast: {"last"}, wNext: {"next"}, wPast: {"past", "previous"}, wEarlier: {"earlier"}, wLater: {"later"},
		wDaytime: {"morning", "afternoon", "evening"}, wNight: {"night"},
		wEarly: {"early"}, wMid: {"mid"}, wLate: {"late"},
		wAgo: {"ago"}, wApprox: {"nearly", "almost", "about", "around", "roughly", "approximately", "some", "over", "under"},
		wMoreLess: {"more", "less"}, wThan: {"than"}, wAt: {"at"}, wLeast: {"least"}, wRecent: {"recent"},
		wBefore: {"before"}, wAfter: {"after", "old", "long", "apart"},
		wPaper: {"times", "telegraph", "express", "mirror", "herald", "mail", "tribune", "observer", "journal", "post", "gazette"},
		wS:     {"s"}, wWeekend: {"weekend"}, wEvery: {"every", "each", "per"},
		wSame: {"same"}, wThat: {"that"}, wFollowing: {"following"},
	}
	for c, ws := range classes {
		for _, w := range ws {
			v[w] = vocabularyEntry{class: c}
		}
	}
	v["previous"] = vocabularyEntry{class: wPast, val: previousWord}
	v["after"] = vocabularyEntry{class: wAfter, val: afterWord}
	v["to"] = vocabularyEntry{class: wTo}
	for _, w := range []string{"until", "till", "through"} {
		v[w] = vocabularyEntry{class: wTo, val: untilWord}
	}
	// "the end of", "the beginning of": a part of what follows "of".
	for w, c := range map[string]wordClass{"beginning": wEarly, "start": wEarly, "middle": wMid, "end": wLate} {
		v[w] = vocabularyEntry{class: c, val: needsOf}
	}
	return v
}

// untilWord marks the range words other than "to", which also make a
// bare year a time ("until 1994").
const untilWord = 1

// needsOf marks the part words that take "of": "the end of October".
const needsOf = 1

// previousWord marks "previous" among the wPast words ("the previous day"
// counts from the day stated before, "the past day" from publication), and
// afterWord "after" among the wAfter words ("old", "long", "apart").
const (
	previousWord = 1
	afterWord    = 1
)

// monthOf is the month an abbreviation stands for: "sept" → "september".
func monthOf(abbr string) string {
	for _, m := range strings.Fields(text.Months) {
		if strings.HasPrefix(m, abbr) {
			return m
		}
	}
	return ""
}

// vocabularyHashes and anchorHashes hold the WordHash of every word of the
// vocabulary, and of every anchor word.
var vocabularyHashes, anchorHashes = func() (all, anchors hashBits) {
	for w, e := range vocabularyWords() {
		all.add(text.WordHash(w))
		if anchorClass[e.class] {
			anchors.add(text.WordHash(w))
		}
	}
	return all, anchors
}()

// hashBits is a set of word hashes, one bit each in 64K: a word whose bit
// is clear is not in the set; one whose bit is set may be.
type hashBits [1 << 16 / 64]uint64

func (b *hashBits) add(h uint64) { b[h>>54] |= 1 << (h >> 48 & 63) }

func (b *hashBits) mayHave(h uint64) bool { return b[h>>54]&(1<<(h>>48&63)) != 0 }
