package timeline

import (
	"math"
	"time"

	tl "github.com/chronomap/chronomap/data/timeline"
)

// minViewDays is the fewest days the strip zooms in to.
const minViewDays = 7

// ShowDays zooms and scrolls the strip to the days from the day of from to
// the day of to, within the days of the events.
func (t *Timeline) ShowDays(from, to time.Time) {
	t.showDays(tl.Range{From: tl.DayOf(from), To: tl.DayOf(to)})
	t.strip.Refresh()
}

// showDays sets the days along the strip to r, made at least minViewDays
// long and moved within the days of the events, long windows included.
func (t *Timeline) showDays(r tl.Range) {
	span, ok := t.index.Extent()
	if !ok {
		return
	}
	n := tl.Day(max(min(r.Days(), span.Days()), min(minViewDays, span.Days())))
	r.To = r.From + n - 1
	if r.From < span.From {
		r = shift(r, span.From-r.From)
	}
	if r.To > span.To {
		r = shift(r, span.To-r.To)
	}
	t.view = r
}

// zoom scales the days along the strip by factor (below 1 zooms in),
// keeping day d where it is: at fraction at of the strip's width.
func (t *Timeline) zoom(d tl.Day, at, factor float64) {
	n := math.Round(float64(t.view.Days()) * factor)
	if factor < 1 {
		n = min(n, float64(t.view.Days()-1)) // a notch always zooms
	} else {
		n = max(n, float64(t.view.Days()+1))
	}
	from := d - tl.Day(math.Round(at*n))
	t.showDays(tl.Range{From: from, To: from + tl.Day(n) - 1})
	t.strip.Refresh()
}

// centreOn scrolls the strip to put day d in its middle, as clicking the
// overview band does.
func (t *Timeline) centreOn(d tl.Day) {
	t.showDays(shift(t.view, d-t.view.From-tl.Day(t.view.Days()/2)))
	t.strip.Refresh()
}

// shift is r moved n days later.
func shift(r tl.Range, n tl.Day) tl.Range { return tl.Range{From: r.From + n, To: r.To + n} }
