package extract

import (
	"sort"
	"strings"
	"time"

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
	at := ws[trig.word].start
	if e := nearest(exprs, at); e != nil {
		said := statementDate(ws, e, at)
		if !said {
			return e.Window, &text.Span{Start: e.Start, End: e.End}
		}
		if other := nearestBut(exprs, e, at); other != nil {
			return other.Window, &text.Span{Start: other.Start, End: other.End}
		}
		// "said on Sunday that forces shelled Terter": by Sunday, as news
		// reports what just happened.
		return daysWindow(e.Window.Start.AddDate(0, 0, -1), e.Window.End), &text.Span{Start: e.Start, End: e.End}
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
	before := end.AddDate(0, 0, -1)
	if recent && ctx.last.Start.Before(before) && !ctx.last.End.After(end) {
		return daysWindow(ctx.last.Start, end), nil
	}
	if before.Year() < dates.MinYear {
		before = end // there is no day before the first day of year 1
	}
	return daysWindow(before, end), nil
}

// statementDate says whether date expression e dates the statement that
// reports the event at rune at rather than the event: it follows a speech
// verb, with or without "on", and the event comes after it ("the ministry
// said on Sunday that forces had shelled Terter").
func statementDate(ws []word, e *dates.Expression, at int) bool {
	if e.Start > at {
		return false
	}
	for i := range ws {
		if ws[i].start != e.Start {
			continue
		}
		if i > 0 && ws[i-1].lower == "on" {
			i--
		}
		return i > 0 && ws[i-1].is(speech) && e.Window.Precision == dates.Day
	}
	return false
}

// nearestBut is the expression nearest rune at other than e, or nil.
func nearestBut(exprs []dates.Expression, e *dates.Expression, at int) *dates.Expression {
	var best *dates.Expression
	for i := range exprs {
		x := &exprs[i]
		if x.Start == e.Start {
			continue
		}
		if best == nil || distance(x.Start, x.End, at) < distance(best.Start, best.End, at) {
			best = x
		}
	}
	return best
}

// documentNouns, before "of" and a date, make the date a document's name,
// not when something happened: "the joint declaration of May 5, 2021".
var documentNouns = set("statement", "declaration", "agreement", "resolution", "deal", "treaty",
	"accord", "accords", "decree", "law", "constitution", "document", "memorandum", "protocol",
	"communique", "charter", "plan", "edition", "issue", "report")

// eventDates leaves out the expressions that name a document, appending
// the others to out. They lie in sentence s of doc.
func eventDates(doc *text.Doc, s text.Sentence, exprs, out []dates.Expression) []dates.Expression {
	for _, e := range exprs {
		if !namesDocument(doc, s, e) {
			out = append(out, e)
		}
	}
	return out
}

// namesDocument says whether expression e, in sentence s of doc, follows a
// document noun and "of", each after a space.
func namesDocument(doc *text.Doc, s text.Sentence, e dates.Expression) bool {
	toks := doc.Tokens[s.Tokens.Start:s.Tokens.End]
	i := sort.Search(len(toks), func(i int) bool { return int(toks[i].RuneStart) >= e.Start })
	if i < 2 || int(toks[i-1].RuneEnd) > e.Start {
		return false // the expression starts inside a word, or too early
	}
	k := s.Tokens.Start + i // the word after "of"
	spaced := func(k int) bool { return strings.Trim(doc.Gap(k), " ") == "" }
	return spaced(k-1) && doc.Word(k-1) == "of" && spaced(k-2) && documentNouns[doc.Folded(k-2)]
}

// resolved appends to out the expressions that resolved to a window.
func resolved(exprs, out []dates.Expression) []dates.Expression {
	for _, e := range exprs {
		if e.Window != nil {
			out = append(out, e)
		}
	}
	return out
}

// nearest returns the expression closest to a rune offset, the first of two
// as close, or nil. The expressions are resolved, in text order and do not
// overlap, so the nearest is the last to end by the offset or the next.
func nearest(exprs []dates.Expression, at int) *dates.Expression {
	i := sort.Search(len(exprs), func(i int) bool { return exprs[i].End > at })
	var best *dates.Expression
	if i > 0 {
		best = &exprs[i-1]
	}
	if i < len(exprs) && (best == nil || distance(exprs[i].Start, exprs[i].End, at) < distance(best.Start, best.End, at)) {
		best = &exprs[i]
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
