package render

import (
	"image"
	"math"
	"strconv"
	"time"

	"github.com/chronomap/chronomap/data/timeline"
)

// TimelineAxis maps the days of a timeline strip to pixel columns: Days
// spread evenly between the pixels Left and Right.
type TimelineAxis struct {
	Days        timeline.Range
	Left, Right float64
}

// PixelsPerDay is the width of one day.
func (a TimelineAxis) PixelsPerDay() float64 {
	return (a.Right - a.Left) / float64(max(1, a.Days.Days()))
}

// X is the left edge of day d.
func (a TimelineAxis) X(d timeline.Day) float64 {
	return a.Left + float64(int64(d)-int64(a.Days.From))*a.PixelsPerDay()
}

// DayAt is the day under pixel column x, clamped to the axis's days.
func (a TimelineAxis) DayAt(x float64) timeline.Day {
	n := math.Floor((x - a.Left) / a.PixelsPerDay())
	n = max(0, min(float64(a.Days.Days()-1), n))
	return a.Days.From + timeline.Day(n)
}

// calendarUnit is a step between ticks on the axis: some days of each
// month, some months of each year, or some years.
type calendarUnit struct {
	days   float64 // the usual distance between two ticks, in days
	widest string  // the widest label, to tell whether labels fit
	// next is the first tick after t; floor is the last tick at or before t.
	next, floor func(t time.Time) time.Time
	label       func(t time.Time) string
}

func calendarDayNumber(t time.Time) string  { return strconv.Itoa(t.Day()) }
func calendarMonthName(t time.Time) string  { return t.Format("Jan") }
func calendarYearNumber(t time.Time) string { return strconv.Itoa(t.Year()) }
func calendarMonthYear(t time.Time) string  { return t.Format("January 2006") }

// calendarDaysOf ticks the given days of each month, days in increasing order
// starting with 1.
func calendarDaysOf(spacing float64, days ...int) calendarUnit {
	first := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
	return calendarUnit{
		days: spacing, widest: "30", label: calendarDayNumber,
		next: func(t time.Time) time.Time {
			for _, d := range days {
				if d > t.Day() && d <= calendarDaysIn(t) {
					return time.Date(t.Year(), t.Month(), d, 0, 0, 0, 0, time.UTC)
				}
			}
			return first(t).AddDate(0, 1, 0)
		},
		floor: func(t time.Time) time.Time {
			best := 1
			for _, d := range days {
				if d <= t.Day() {
					best = d
				}
			}
			return time.Date(t.Year(), t.Month(), best, 0, 0, 0, 0, time.UTC)
		},
	}
}

func calendarDaysIn(t time.Time) int {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// calendarMonths ticks every n-th month, counted from January.
func calendarMonths(n int) calendarUnit {
	floor := func(t time.Time) time.Time {
		return time.Date(t.Year(), t.Month()-time.Month((int(t.Month())-1)%n), 1, 0, 0, 0, 0, time.UTC)
	}
	return calendarUnit{
		days: 30.4 * float64(n), widest: "May", label: calendarMonthName, floor: floor,
		next: func(t time.Time) time.Time { return floor(t).AddDate(0, n, 0) },
	}
}

// calendarYears ticks every n-th year.
func calendarYears(n int) calendarUnit {
	floor := func(t time.Time) time.Time { return time.Date(t.Year()-t.Year()%n, 1, 1, 0, 0, 0, 0, time.UTC) }
	return calendarUnit{
		days: 365.25 * float64(n), widest: "2020", label: calendarYearNumber, floor: floor,
		next: func(t time.Time) time.Time { return floor(t).AddDate(n, 0, 0) },
	}
}

// calendarUnits runs from the finest unit to the coarsest; an axis labels
// the finest whose labels fit.
var calendarUnits = []calendarUnit{
	calendarDaysOf(1, calendarAllDays()...),
	calendarDaysOf(2, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29),
	calendarDaysOf(5, 1, 5, 10, 15, 20, 25),
	calendarDaysOf(10, 1, 10, 20),
	calendarDaysOf(15, 1, 15),
	calendarMonths(1), calendarMonths(3), calendarMonths(6),
	calendarYears(1), calendarYears(2), calendarYears(5), calendarYears(10), calendarYears(20), calendarYears(50), calendarYears(100),
}

func calendarAllDays() []int {
	d := make([]int, 31)
	for i := range d {
		d[i] = i + 1
	}
	return d
}

// the first month and year units, where the day and month units' context
// labels come from.
var (
	calendarMonthUnit = calendarUnits[5]
	calendarYearUnit  = calendarUnits[8]
)

// timelineAxisPlan is which units an axis ticks and labels at a given scale.
type timelineAxisPlan struct {
	ticks   *calendarUnit // unlabelled small ticks, nil when too dense
	labels  calendarUnit  // the labelled ticks
	context *calendarUnit // a second row naming the month or year, nil for years
	// contextLabel names a context period, shorter when long names do not fit.
	contextLabel func(time.Time) string
}

// planTimelineAxis picks the units for an axis with pxPerDay pixels per day, labels
// in style st spaced at least gap pixels apart, and ticks at least minTick
// apart.
func planTimelineAxis(pxPerDay float64, st Style, gap, minTick int) timelineAxisPlan {
	fits := func(u calendarUnit, label string) bool {
		w, _, _ := MeasureText(label, st)
		return u.days*pxPerDay >= float64(w+gap)
	}
	var p timelineAxisPlan
	i := len(calendarUnits) - 1
	for j, u := range calendarUnits {
		if fits(u, u.widest) {
			i = j
			break
		}
	}
	p.labels = calendarUnits[i]
	for j := range calendarUnits[:i] {
		if calendarUnits[j].days*pxPerDay >= float64(minTick) {
			p.ticks = &calendarUnits[j]
			break
		}
	}
	switch {
	case i < 5:
		p.context = &calendarMonthUnit
		p.contextLabel = calendarMonthYear
		if !fits(calendarMonthUnit, "September 2020") {
			p.contextLabel = func(t time.Time) string { return t.Format("Jan 2006") }
		}
	case i < 8:
		p.context = &calendarYearUnit
		p.contextLabel = calendarYearNumber
	}
	return p
}

// each calls f with every tick of u from the one at or before the start of
// days to the last within them.
func (u calendarUnit) each(days timeline.Range, f func(d timeline.Day, t time.Time)) {
	end := days.To.Time()
	for t := u.floor(days.From.Time()); !t.After(end); t = u.next(t) {
		f(timeline.DayOf(t), t)
	}
}

// plan is the units the layout's axis ticks and labels.
func (l timelineLayout) plan() timelineAxisPlan {
	return planTimelineAxis(l.axis.PixelsPerDay(), l.tickStyle, l.px(8), l.px(5))
}

// drawTimelineGrid draws faint lines up the plot at the context ticks (the
// months or years), or at the labelled ticks when there is no context row.
func drawTimelineGrid(dst *image.RGBA, l timelineLayout, c timelinePalette) {
	p := l.plan()
	u := p.labels
	if p.context != nil {
		u = *p.context
	}
	u.each(l.axis.Days, func(d timeline.Day, _ time.Time) {
		if d > l.axis.Days.From {
			x := int(l.axis.X(d))
			timelineFill(dst, image.Rect(x, l.plot.Min.Y, x+1, l.axisY), c.Grid)
		}
	})
}

// drawTimelineAxis draws the axis line, its ticks and the two rows of
// labels: the finest calendar unit whose labels fit, and under it the month
// or the year they fall in.
func drawTimelineAxis(dst *image.RGBA, l timelineLayout, c timelinePalette) {
	a := l.axis
	p := l.plan()
	timelineFill(dst, image.Rect(int(a.Left), l.axisY, int(a.Right), l.axisY+1), c.Text)
	tick := func(d timeline.Day, length int) {
		if d >= a.Days.From && d <= a.Days.To+1 {
			x := min(int(a.X(d)), int(a.Right)-1)
			timelineFill(dst, image.Rect(x, l.axisY, x+1, l.axisY+length), c.Text)
		}
	}
	if p.ticks != nil {
		p.ticks.each(a.Days, func(d timeline.Day, _ time.Time) { tick(d, l.px(3)) })
	}
	row := timelineLabelRow{dst: dst, l: l, st: l.tickStyle, y: l.labelY}
	namesDays := p.labels.days < 28
	p.labels.each(a.Days, func(d timeline.Day, t time.Time) {
		tick(d, l.px(5))
		x := a.X(d) + float64(l.px(3))
		if namesDays {
			x = a.X(d) + (a.PixelsPerDay()-float64(timelineLabel(p.labels.label(t), l.tickStyle).width))/2
		}
		if d >= a.Days.From {
			row.put(int(x), p.labels.label(t), -1)
		}
	})
	if p.context == nil {
		return
	}
	ctx := timelineLabelRow{dst: dst, l: l, st: l.context, y: l.contextY}
	var ticks []timeline.Day
	var names []string
	p.context.each(a.Days, func(d timeline.Day, t time.Time) {
		ticks, names = append(ticks, d), append(names, p.contextLabel(t))
	})
	for i, d := range ticks {
		if d > a.Days.From {
			x := int(a.X(d))
			timelineFill(dst, image.Rect(x, l.axisY, x+1, l.labelY+l.px(3)), c.Text)
		}
		next := int(a.Right)
		if i+1 < len(ticks) {
			next = int(a.X(ticks[i+1]))
		}
		// A period that began before the axis is named at its left edge,
		// so that the first days shown say which month they are in.
		ctx.put(max(int(a.Left), int(a.X(d)))+l.px(3), names[i], next)
	}
}

// timelineLabelRow puts labels along a row, leaving out those that would
// overlap the one before or run past the axis or the next tick.
type timelineLabelRow struct {
	dst   *image.RGBA
	l     timelineLayout
	st    Style
	y     int
	taken int // the first free pixel column
}

// put draws s from x unless it would overlap; limit, when not -1, is a
// column s must end before.
func (r *timelineLabelRow) put(x int, s string, limit int) {
	m := timelineLabel(s, r.st)
	w := m.width
	end := int(r.l.axis.Right) + r.l.px(4)
	if limit >= 0 {
		end = min(end, limit-r.l.px(2))
	}
	if x < r.taken || x < int(r.l.axis.Left)-r.l.px(4) || x+w > end {
		return
	}
	drawTimelineLabel(r.dst, x, r.y, m, r.st)
	r.taken = x + w + r.l.px(6)
}
