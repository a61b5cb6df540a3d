package dates

import (
	"sort"
	"sync"
	"time"

	"github.com/chronomap/chronomap/data/text"
)

// Tag finds the date expressions of an English news text and resolves
// each against the publication date (nil when unknown), in the order they
// appear, none overlapping; where two could start at the same word the
// longer wins.
//
// Without a publication date, relative expressions ("on Monday",
// "yesterday", "last week", "six weeks") stay unresolved (Window nil):
// undated rather than wrongly dated. A date written without a year
// ("September 28") takes its year from the publication date; without one,
// from the first full date the text itself states (a dateline such as
// "March 3, 2019 - 08:15 GMT"), and stays unresolved if there is none.
func Tag(doc *text.Doc, published *time.Time) []Expression {
	sc := scanners.Get().(*scanner)
	defer sc.release()
	sc.read(doc)
	sc.phrases = sc.parse(sc.phrases[:0])
	phrases := sc.phrases
	if len(phrases) == 0 {
		return nil
	}
	var ref reference
	if published != nil {
		pub := day(*published)
		ref = reference{pub: &pub, yearOf: &pub}
	} else {
		ref.yearOf = statedDay(phrases)
	}
	out := make([]Expression, len(phrases))
	windows := make([]Window, len(phrases)) // one allocation for all
	var stated lastDay
	var year sentenceYear
	for i := range phrases {
		p := &phrases[i]
		first, last := &sc.toks[p.first], &sc.toks[p.last]
		out[i] = Expression{Text: doc.Text[first.bs:last.be], Start: first.rs, End: last.re}
		sentence := sentenceAt(doc, first.bs)
		var w Window
		var ok bool
		if p.kind == pShift {
			w, ok = ref.shift(p, stated.at(sentence))
		} else {
			w, ok = year.reference(ref, sentence).resolve(p)
		}
		year.note(p, sentence)
		if !ok {
			continue
		}
		windows[i] = w
		out[i].Window = &windows[i]
		if w.Precision == Day {
			stated = lastDay{day: w.Start, sentence: sentence, ok: true}
		}
	}
	return out
}

// lastDay is the last day an expression of the text pinned down, and the
// sentence it is in: what "the next day" or "two days later" after it
// count from.
type lastDay struct {
	day      time.Time
	sentence int
	ok       bool
}

// sentenceYear is the year of the last full date a sentence stated: a
// date without a year later in the same sentence is of that year ("on 4
// June 2022 (between 1-7 June)"), whatever the publication date.
type sentenceYear struct {
	year, sentence int
}

// note takes the year of p, in sentence, if p is a full date.
func (y *sentenceYear) note(p *phrase, sentence int) {
	for q := p; q != nil; q = q.until {
		if q.kind == pDate && q.year != 0 {
			*y = sentenceYear{q.year, sentence}
		}
	}
}

// reference is ref, with the year of a date written without one taken
// from the full date stated before in the same sentence, if any.
func (y sentenceYear) reference(ref reference, sentence int) reference {
	if y.year != 0 && y.sentence == sentence {
		end := date(y.year, 12, 31)
		ref.yearOf = &end
	}
	return ref
}

// shiftReach is how many sentences after the one that stated a day an
// expression may count from it.
const shiftReach = 2

// at returns the stated day for an expression in sentence i, or nil when
// none was stated within reach before it.
func (d lastDay) at(i int) *time.Time {
	if !d.ok || i-d.sentence > shiftReach {
		return nil
	}
	return &d.day
}

// sentenceAt is the index of the sentence of doc that holds byte b.
func sentenceAt(doc *text.Doc, b int) int {
	return sort.Search(len(doc.Sentences), func(i int) bool { return doc.Sentences[i].Bytes.End > b })
}

// statedDay is the first full date (day, month and year) among phrases, or
// nil.
func statedDay(phrases []phrase) *time.Time {
	for i := range phrases {
		for p := &phrases[i]; p != nil; p = p.until {
			if p.kind == pDate && p.year != 0 {
				d := date(p.year, p.month, p.day)
				return &d
			}
		}
	}
	return nil
}

// scanners reuse token buffers across calls: Tag runs on every article.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// maxPooled keeps one huge text from pinning its buffers forever.
const maxPooled = 1 << 16

func (s *scanner) release() {
	if cap(s.toks) > maxPooled || cap(s.anchors) > maxPooled || cap(s.phrases) > maxPooled {
		*s = scanner{}
	}
	scanners.Put(s)
}
