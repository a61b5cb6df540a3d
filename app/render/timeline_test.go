package render

import (
	"image"
	"image/color"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/timeline"
)

// warStart is the first day of the synthetic war the timeline tests show.
var warStart = time.Date(2020, 9, 27, 0, 0, 0, 0, time.UTC)

// warEvents are n synthetic events over the given number of days from
// warStart: most dated to a day, more of them as the war goes on; one in
// spanEvery known only as a week or a month; a few undated.
func warEvents(n, days, spanEvery int, seed uint64) []event.Event {
	r := rand.New(rand.NewPCG(seed, 2))
	events := make([]event.Event, n)
	for i := range events {
		e := event.Event{Type: goldenTypes[r.IntN(len(goldenTypes))]}
		first := int(float64(days) * (1 - r.Float64()*r.Float64()))
		first = min(first, days-1)
		last := first + r.IntN(2)/2
		switch {
		case i%50 == 49:
			events[i] = e
			continue
		case i%spanEvery == spanEvery-1:
			first = r.IntN(days)
			last = first + 6 + 23*r.IntN(2)
		}
		e.Window = &dates.Window{Start: warStart.AddDate(0, 0, first), End: warStart.AddDate(0, 0, last)}
		events[i] = e
	}
	return events
}

// stripOf is a strip over all the days of events with the playhead on day
// playhead after warStart.
func stripOf(events []event.Event, playhead int, m timeline.Mode, selected int) TimelineStrip {
	ix := timeline.New(events)
	span, _ := ix.Span()
	return TimelineStrip{
		Index:    ix,
		Days:     span,
		Visible:  ix.View(timeline.DayOf(warStart)+timeline.Day(playhead), m, false),
		Selected: selected,
	}
}

func TestTimelineGolden(t *testing.T) {
	tests := []struct {
		name          string
		width, height int
		strip         TimelineStrip
	}{
		{"six-weeks-week", 800, 120, stripOf(warEvents(600, 45, 40, 1), 20, timeline.Week, 39)},
		{"two-months-day-aggregated", 600, 110, stripOf(warEvents(3000, 70, 8, 2), 40, timeline.OneDay, 5)},
		{"two-years-cumulative", 1000, 120, stripOf(warEvents(20000, 730, 20, 3), 400, timeline.Cumulative, -1)},
		{"ten-days-narrow", 300, 100, stripOf(warEvents(200, 10, 30, 4), 3, timeline.ThreeDays, 29)},
		{"zoomed-hover-overview", 800, 120, zoomedIn(stripOf(warEvents(600, 300, 40, 6), 150, timeline.Week, -1), 120, 180, 160)},
		{"zoomed-overview-x2", 1200, 240, atScale(zoomedIn(stripOf(warEvents(600, 300, 40, 6), 20, timeline.Month, -1), 0, 40, -1), 2)},
		{"playhead-first-day", 300, 100, zoomedIn(stripOf(warEvents(200, 40, 30, 4), 0, timeline.ThreeDays, -1), 0, 20, -1)},
		{"playhead-last-day", 300, 100, zoomedIn(stripOf(warEvents(200, 40, 30, 4), 20, timeline.OneDay, -1), 0, 20, -1)},
		{"playhead-beyond", 300, 100, zoomedIn(stripOf(warEvents(200, 40, 30, 4), 30, timeline.OneDay, -1), 0, 20, -1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img := image.NewRGBA(image.Rect(0, 0, tt.width, tt.height))
			DrawTimeline(img, tt.strip)
			checkGolden(t, "timeline-"+tt.name, img, exact)
		})
	}
}

// zoomedIn is s showing days from to to after warStart out of all its
// days, with the pointer over the bar of day hover (none when it is -1).
func zoomedIn(s TimelineStrip, from, to, hover int) TimelineStrip {
	s.Whole = s.Days
	s.Days = timeline.Range{From: timeline.DayOf(warStart) + timeline.Day(from), To: timeline.DayOf(warStart) + timeline.Day(to)}
	if hover >= 0 {
		a := TimelineAxisFor(800, 1, s.Days)
		bin := TimelineBinAt(a, 1, a.X(timeline.DayOf(warStart)+timeline.Day(hover)))
		s.Hover = &bin
	}
	return s
}

// atScale is s drawn at scale, as on a high-density screen.
func atScale(s TimelineStrip, scale float64) TimelineStrip {
	s.Scale = scale
	return s
}

func TestTimelineSpanHitsAreTheEventsDrawnThere(t *testing.T) {
	s := stripOf(warEvents(200, 10, 30, 4), 3, timeline.ThreeDays, -1)
	img := image.NewRGBA(image.Rect(0, 0, 300, 100))
	hits := DrawTimeline(img, s)
	if len(hits.Spans) == 0 {
		t.Fatal("no span drawn one by one")
	}
	for _, h := range hits.Spans {
		c := h.Rect.Min.Add(h.Rect.Size().Div(2))
		got, ok := hits.EventAt(c.X, c.Y)
		if !ok || !s.Index.IsSpan(got) {
			t.Fatalf("at %v: event %d, %v; want a span", c, got, ok)
		}
		w, _ := s.Index.Window(got)
		if d := hits.Axis.DayAt(float64(c.X)); d < w.From || d > w.To {
			t.Errorf("at %v: event %d's window %v misses the day there, %s", c, got, w, d)
		}
		if img.RGBAAt(c.X, c.Y) != s.Index.Type(h.Event).Info().Colour {
			t.Errorf("span %d is not drawn in its type's colour", h.Event)
		}
	}
	if _, ok := hits.EventAt(5, 95); ok {
		t.Error("a span found among the axis labels")
	}
}

func TestTimelineAxisRoundTrip(t *testing.T) {
	a := TimelineAxis{Days: timeline.Range{From: 100, To: 829}, Left: 8, Right: 1592}
	for d := a.Days.From; d <= a.Days.To; d += 7 {
		mid := (a.X(d) + a.X(d+1)) / 2
		if got := a.DayAt(mid); got != d {
			t.Errorf("DayAt(X(%d)) = %d", d, got)
		}
	}
	if a.DayAt(-50) != a.Days.From || a.DayAt(5000) != a.Days.To {
		t.Error("DayAt does not clamp to the axis")
	}
}

func TestThePlayheadStaysInsideTheStrip(t *testing.T) {
	tests := []struct {
		name     string
		playhead int // days after warStart; the strip shows days 0 to 20
		atRight  bool
	}{
		{"on the first day", 0, false},
		{"on the last day", 20, true},
		{"before the days shown", -3, false},
		{"after the days shown", 35, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := stripOf(warEvents(200, 40, 30, 4), tt.playhead, timeline.OneDay, -1)
			s.Days = timeline.Range{From: timeline.DayOf(warStart), To: timeline.DayOf(warStart) + 20}
			img := image.NewRGBA(image.Rect(0, 0, 400, 100))
			hits := DrawTimeline(img, s)
			playhead := LightTimeline.Playhead.(color.RGBA)
			left, right := int(hits.Axis.Left), int(hits.Axis.Right)
			edge := int(hits.Axis.PixelsPerDay()) + 6 // the first or last day, and the handle's half
			var inside, outside, nearEdge int
			for y := range 100 {
				for x := range 400 {
					if img.RGBAAt(x, y) != playhead {
						continue
					}
					switch {
					case x < left || x >= right:
						outside++
					case tt.atRight && x >= right-edge, !tt.atRight && x < left+edge:
						nearEdge++
					default:
						inside++
					}
				}
			}
			if outside > 0 || nearEdge < 10 || inside > 0 {
				t.Errorf("playhead pixels: %d outside the axis, %d by its edge, %d elsewhere; want none, some, none", outside, nearEdge, inside)
			}
		})
	}
}

func TestTimelineBinAtIsTheBarsDays(t *testing.T) {
	for _, tt := range []struct {
		days  int
		width int
		scale float64
	}{{45, 800, 1}, {730, 1000, 1}, {2600, 1400, 2}, {10, 300, 1}} {
		a := TimelineAxisFor(tt.width, tt.scale, timeline.Range{From: 100, To: 100 + timeline.Day(tt.days) - 1})
		eachTimelineBin(a, timelinePixels(barWidth, tt.scale), func(x0, x1 int, days timeline.Range) {
			if got := TimelineBinAt(a, tt.scale, float64(x0+x1)/2); got != days {
				t.Errorf("%d days over %d px: the bar at %d–%d counts %v, TimelineBinAt says %v", tt.days, tt.width, x0, x1, days, got)
			}
		})
	}
}

func TestTimelineHoverText(t *testing.T) {
	day := func(n int) time.Time { return warStart.AddDate(0, 0, n) }
	on := func(typ event.Type, first, last int) event.Event {
		return event.Event{Type: typ, Window: &dates.Window{Start: day(first), End: day(last)}}
	}
	ix := timeline.New([]event.Event{
		on(event.Attack, 16, 16), on(event.Attack, 16, 17), on(event.Clash, 16, 16), on(event.Attack, 16, 16),
		on(event.Diplomacy, 20, 20), on(event.Casualties, 37, 37), on(event.Ceasefire, 15, 40),
	})
	d := func(n int) timeline.Day { return timeline.DayOf(day(n)) }
	tests := []struct {
		from, to int
		want     string
	}{
		{16, 16, "Tue 13 Oct 2020 · 3 attacks, 1 clash · 1 more within a longer window"},
		{15, 21, "12–18 Oct 2020 · 3 attacks, 1 clash, 1 diplomatic event · 1 more within a longer window"},
		{1, 2, "28–29 Sep 2020 · no events dated to the days"},
		{33, 38, "30 Oct – 4 Nov 2020 · 1 casualty report · 1 more within a longer window"},
		{95, 95, "Thu 31 Dec 2020 · no events dated to the day"},
		{95, 97, "31 Dec 2020 – 2 Jan 2021 · no events dated to the days"},
	}
	for _, tt := range tests {
		if got := TimelineHoverText(ix, timeline.Range{From: d(tt.from), To: d(tt.to)}); got != tt.want {
			t.Errorf("days %d–%d: %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}
