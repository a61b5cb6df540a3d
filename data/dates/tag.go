package dates

import (
	"sync"
	"time"
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
// "April 26, 2016 - 10:33 AMT"), and stays unresolved if there is none.
func Tag(text string, published *time.Time) []Expression {
	sc := scanners.Get().(*scanner)
	defer sc.release()
	sc.tokenize(text)
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
	runes := runeCounter{text: text, excerpts: sc.excerpts}
	for i := range phrases {
		p := &phrases[i]
		bs, be := sc.toks[p.first].bs, sc.toks[p.last].be
		out[i] = Expression{Text: text[bs:be], Start: runes.offset(bs), End: runes.offset(be)}
		if w, ok := ref.resolve(p); ok {
			windows[i] = w
			out[i].Window = &windows[i]
		}
	}
	return out
}

// runeCounter turns byte offsets of text, asked in increasing order, into
// rune offsets. It counts from the start of the excerpt that holds each,
// whose rune offset excerpts found, rather than from the start of the text.
type runeCounter struct {
	text     string
	excerpts []excerpt
	b, r     int // the last byte offset asked and its rune offset
}

func (c *runeCounter) offset(b int) int {
	for len(c.excerpts) > 0 && c.excerpts[0].bs <= b {
		c.b, c.r = c.excerpts[0].bs, c.excerpts[0].rs
		c.excerpts = c.excerpts[1:]
	}
	c.r += runeCount(c.text[c.b:b])
	c.b = b
	return c.r
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
	if cap(s.toks) > maxPooled || cap(s.excerpts) > maxPooled || cap(s.anchors) > maxPooled || cap(s.phrases) > maxPooled {
		*s = scanner{}
	}
	scanners.Put(s)
}
