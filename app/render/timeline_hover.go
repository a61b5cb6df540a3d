package render

import (
	"fmt"
	"strings"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/timeline"
)

// TimelineBinAt is the days of the histogram's bar at pixel column x of
// axis a, drawn at scale (see TimelineStrip.Scale): one day when days are
// wide enough for a bar each, otherwise the several days its bar counts.
func TimelineBinAt(a TimelineAxis, scale float64, x float64) timeline.Range {
	n := timelineBinDays(a, timelinePixels(barWidth, scale))
	from := a.Days.From + (a.DayAt(x)-a.Days.From)/n*n
	return timeline.Range{From: from, To: min(from+n-1, a.Days.To)}
}

// timelineNouns are the event types as a count of them reads, singular and
// plural: "1 clash", "3 attacks".
var timelineNouns = [event.NumTypes][2]string{
	event.Attack:     {"attack", "attacks"},
	event.Clash:      {"clash", "clashes"},
	event.Ceasefire:  {"ceasefire", "ceasefires"},
	event.Diplomacy:  {"diplomatic event", "diplomatic events"},
	event.Capture:    {"capture", "captures"},
	event.Casualties: {"casualty report", "casualty reports"},
	event.Protest:    {"protest", "protests"},
	event.Other:      {"other event", "other events"},
}

// TimelineHoverText says what the histogram counts on days, as a tooltip
// over its bar does: "Tue 13 Oct 2020 · 3 attacks, 1 clash", and how many
// events known only as a longer window cover them.
func TimelineHoverText(ix *timeline.Index, days timeline.Range) string {
	counts := timelineTypeCounts()
	ix.PointCounts(days, counts)
	var parts []string
	for t, n := range counts {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, timelineNouns[t][min(n, 2)-1]))
		}
	}
	text := TimelineDaysText(days) + " · "
	if len(parts) == 0 {
		text += "no events dated to the day"
		if days.Days() > 1 {
			text += "s"
		}
	} else {
		text += strings.Join(parts, ", ")
	}
	switch n := ix.SpanCount(days); n {
	case 0:
	case 1:
		text += " · 1 more within a longer window"
	default:
		text += fmt.Sprintf(" · %d more within longer windows", n)
	}
	return text
}

// TimelineDaysText names days, saying the month and the year once when
// they are the same at both ends: "Tue 13 Oct 2020", "12–18 Oct 2020",
// "28 Sep – 4 Oct 2020", "28 Dec 2019 – 3 Jan 2020".
func TimelineDaysText(r timeline.Range) string {
	from, to := r.From.Time(), r.To.Time()
	switch {
	case r.From == r.To:
		return from.Format("Mon 2 Jan 2006")
	case from.Year() != to.Year():
		return from.Format("2 Jan 2006") + " – " + to.Format("2 Jan 2006")
	case from.Month() != to.Month():
		return from.Format("2 Jan") + " – " + to.Format("2 Jan 2006")
	}
	return from.Format("2") + "–" + to.Format("2 Jan 2006")
}
