package extract

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/text"
)

// dateContext carries the last day-exact date the article stated, for the
// sentences after it that state none: "Following meetings on Oct. 10, ...
// However, Armenian forces launched a missile strike" happened between
// Oct. 10 and the publication date.
type dateContext struct {
	last     *dates.Window
	distance int // sentences since it was stated
}

const contextReach = 2 // sentences a stated date carries over to

func (c *dateContext) remember(exprs []dates.Expression) {
	c.distance++
	for _, e := range exprs {
		if e.Window != nil && e.Window.Precision == dates.Day {
			c.last, c.distance = e.Window, 0
		}
	}
}

// eventWindow dates what a sentence reports: from the date expression
// nearest its trigger; else from the date the sentences before it stated
// up to the publication date (or, in an undated article, that date itself);
// else, as news reports what just happened, the publication date and the day
// before. Without any of these the event stays undated.
func (d *document) eventWindow(ws []word, trig trigger, exprs []dates.Expression, ctx *dateContext) (*dates.Window, *text.Span) {
	if e := nearest(exprs, ws[trig.word].start); e != nil {
		return e.Window, &text.Span{Start: e.Start, End: e.End}
	}
	recent := ctx.last != nil && ctx.distance <= contextReach
	pub := d.article.Published
	if pub == nil {
		if recent {
			return ctx.last, nil
		}
		return nil, nil
	}
	end := day(*pub)
	if recent && ctx.last.Start.Before(end.AddDate(0, 0, -1)) && !ctx.last.End.After(end) {
		return daysWindow(ctx.last.Start, end), nil
	}
	return daysWindow(end.AddDate(0, 0, -1), end), nil
}

// documentNouns, before "of" and a date, make the date a document's name,
// not when something happened: "the trilateral statement of November 9, 2020".
var documentNouns = set("statement", "declaration", "agreement", "resolution", "deal", "treaty",
	"accord", "accords", "decree", "law", "constitution", "document", "memorandum", "protocol",
	"communique", "charter", "plan", "edition", "issue", "report")

// eventDates leaves out the expressions that name a document, appending
// the others to out. text is the sentence they lie in, starting at rune
// offset base.
func eventDates(text string, base int, exprs, out []dates.Expression) []dates.Expression {
	for _, e := range exprs {
		of, at := precedingWord(text, byteOffset(text, e.Start-base))
		if noun, _ := precedingWord(text, at); of == "of" && documentNouns[strings.ToLower(noun)] {
			continue
		}
		out = append(out, e)
	}
	return out
}

// precedingWord returns the word of text that ends before byte offset at, past
// spaces, and the offset it starts at.
func precedingWord(text string, at int) (string, int) {
	end := strings.TrimRight(text[:at], " ")
	start := strings.LastIndexFunc(end, func(r rune) bool { return !isWordRune(r) }) + 1
	if start > 0 {
		_, size := utf8.DecodeRuneInString(end[start-1:])
		start += size - 1
	}
	return end[start:], start
}

// byteOffset returns the byte offset of the rune at rune offset n of text.
func byteOffset(text string, n int) int {
	for i := range text {
		if n == 0 {
			return i
		}
		n--
	}
	return len(text)
}

// nearest returns the resolved expression closest to a rune offset, or nil.
func nearest(exprs []dates.Expression, at int) *dates.Expression {
	var best *dates.Expression
	for i := range exprs {
		e := &exprs[i]
		if e.Window != nil && (best == nil || distance(e.Start, e.End, at) < distance(best.Start, best.End, at)) {
			best = e
		}
	}
	return best
}

// daysWindow is the span of days from start to end with the precision its
// length gives.
func daysWindow(start, end time.Time) *dates.Window {
	p := dates.Month
	switch days := end.Sub(start).Hours() / 24; {
	case days <= 1:
		p = dates.Day
	case days <= 7:
		p = dates.Week
	}
	return &dates.Window{Start: start, End: end, Precision: p}
}
