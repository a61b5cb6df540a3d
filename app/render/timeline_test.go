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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img := image.NewRGBA(image.Rect(0, 0, tt.width, tt.height))
			DrawTimeline(img, tt.strip)
			checkGolden(t, "timeline-"+tt.name, img, exact)
		})
	}
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

func TestAPlayheadBeyondTheDaysShownPointsThere(t *testing.T) {
	s := stripOf(warEvents(200, 40, 30, 4), 35, timeline.OneDay, -1)
	s.Days.To = s.Days.From + 20
	img := image.NewRGBA(image.Rect(0, 0, 400, 100))
	hits := DrawTimeline(img, s)
	playhead := LightTimeline.Playhead.(color.RGBA)
	count := func(x0, x1 int) (n int) {
		for y := 0; y < 100; y++ {
			for x := x0; x < x1; x++ {
				if img.RGBAAt(x, y) == playhead {
					n++
				}
			}
		}
		return n
	}
	if n := count(int(hits.Axis.Right), 400); n < 5 {
		t.Errorf("%d playhead pixels right of the axis, want an arrow", n)
	}
	if n := count(0, int(hits.Axis.Right)); n > 0 {
		t.Errorf("%d playhead pixels on the axis, with the playhead beyond it", n)
	}
}
