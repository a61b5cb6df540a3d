package timeline

import (
	"reflect"
	"slices"
	"testing"

	"github.com/chronomap/chronomap/data/event"
)

// d is the day n days after day0.
func d(n int) Day { return DayOf(day0) + Day(n) }

// bruteVisible lists, by looking at every event, those v should hold.
func bruteVisible(events []event.Event, v Visible) []int32 {
	var want []int32
	for i, e := range events {
		if e.Window == nil {
			if v.Undated {
				want = append(want, int32(i))
			}
			continue
		}
		start, end := DayOf(e.Window.Start), DayOf(e.Window.End)
		if v.Range.Overlaps(start, end) {
			want = append(want, int32(i))
		}
	}
	return want
}

func sorted(a []int32) []int32 { slices.Sort(a); return a }

func TestViewShowsTheEventsWhoseWindowOverlapsTheMode(t *testing.T) {
	events := []event.Event{
		0: ev(event.Attack, 0, 0),     // the first day
		1: ev(event.Clash, 5, 5),      //
		2: ev(event.Attack, 14, 15),   // overnight, two days
		3: ev(event.Diplomacy, 2, 8),  // "last week"
		4: ev(event.Ceasefire, 0, 30), // "in October"
		5: ev(event.Other, 1, 0),      // undated
		6: ev(event.Capture, 40, 40),  // the last day
	}
	ix := New(events)
	tests := []struct {
		name     string
		playhead int
		mode     Mode
		undated  bool
		want     []int32
	}{
		{"first day", 0, OneDay, false, []int32{0, 4}},
		{"a day inside a week window", 6, OneDay, false, []int32{3, 4}},
		{"the day a week window ends", 8, OneDay, false, []int32{3, 4}},
		{"the day after it", 9, OneDay, false, []int32{4}},
		{"second day of an overnight window", 15, OneDay, false, []int32{2, 4}},
		{"three days end at the playhead", 7, ThreeDays, false, []int32{1, 3, 4}},
		{"a week ends at the playhead", 11, Week, false, []int32{1, 3, 4}},
		{"a month ends at the playhead", 40, Month, false, []int32{2, 4, 6}},
		{"cumulative holds everything begun", 14, Cumulative, false, []int32{0, 1, 2, 3, 4}},
		{"cumulative at the end", 40, Cumulative, false, []int32{0, 1, 2, 3, 4, 6}},
		{"undated shown", 20, OneDay, true, []int32{4, 5}},
		{"an empty day", 35, OneDay, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := ix.View(d(tt.playhead), tt.mode, tt.undated)
			got := sorted(v.AppendTo(nil))
			if !slices.Equal(got, tt.want) {
				t.Errorf("visible %v, want %v", got, tt.want)
			}
			if v.Len() != len(tt.want) {
				t.Errorf("Len %d, want %d", v.Len(), len(tt.want))
			}
			for i := range events {
				if in := slices.Contains(tt.want, int32(i)); v.Contains(i) != in {
					t.Errorf("Contains(%d) = %v, want %v", i, !in, in)
				}
			}
		})
	}
}

func TestViewMatchesAScanOfEveryEvent(t *testing.T) {
	events := synthetic(20000, 400, 7)
	ix := New(events)
	span, _ := ix.Span()
	for _, m := range Modes {
		for p := span.From - 3; p <= span.To+3; p += 17 {
			v := ix.View(p, m, p%2 == 0)
			if got, want := sorted(v.AppendTo(nil)), bruteVisible(events, v); !slices.Equal(got, want) {
				t.Fatalf("%s at %s: %d visible, a scan finds %d", m, p, len(got), len(want))
			}
			n := 0
			for range v.All() {
				n++
			}
			if n != v.Len() {
				t.Fatalf("%s at %s: All yields %d events, Len says %d", m, p, n, v.Len())
			}
		}
	}
}

func TestAllStopsWhenAsked(t *testing.T) {
	ix := New(synthetic(1000, 30, 3))
	n := 0
	for range ix.View(d(29), Cumulative, true).All() {
		n++
		if n == 10 {
			break
		}
	}
	if n != 10 {
		t.Errorf("got %d events, want to stop at 10", n)
	}
}

func TestSpanClampAndUndated(t *testing.T) {
	tests := []struct {
		name      string
		events    []event.Event
		span      Range
		dated     bool
		undated   []int32
		clamp     Day
		clampedTo Day
	}{
		{"none", nil, Range{MaxDay, MinDay}, false, nil, d(5), d(5)},
		{"undated only", []event.Event{ev(event.Other, 1, 0)}, Range{MaxDay, MinDay}, false, []int32{0}, d(5), d(5)},
		{
			"a window reaching past the last point event",
			[]event.Event{ev(event.Attack, 3, 3), ev(event.Other, 1, 0), ev(event.Clash, 0, 30)},
			Range{d(0), d(30)}, true, []int32{1}, d(45), d(30),
		},
		{"before the first day", []event.Event{ev(event.Attack, 3, 4)}, Range{d(3), d(4)}, true, nil, d(-9), d(3)},
		{
			"a decade is left out",
			[]event.Event{ev(event.Attack, 3, 4), ev(event.Clash, -3650, -1), ev(event.Clash, 40, 70)},
			Range{d(3), d(70)}, true, nil, d(-100), d(3),
		},
		{"only a decade", []event.Event{ev(event.Clash, -3650, -1)}, Range{d(-3650), d(-1)}, true, nil, d(0), d(-1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := New(tt.events)
			span, ok := ix.Span()
			if span != tt.span || ok != tt.dated {
				t.Errorf("Span = %v, %v; want %v, %v", span, ok, tt.span, tt.dated)
			}
			if got := ix.Undated(); !slices.Equal(got, tt.undated) {
				t.Errorf("Undated = %v, want %v", got, tt.undated)
			}
			if got := ix.Clamp(tt.clamp); got != tt.clampedTo {
				t.Errorf("Clamp(%s) = %s, want %s", tt.clamp, got, tt.clampedTo)
			}
		})
	}
}

func TestSpansAreTheWindowOnlyEvents(t *testing.T) {
	events := []event.Event{
		ev(event.Attack, 0, 0), ev(event.Attack, 3, 4), // points
		ev(event.Clash, 2, 8), ev(event.Ceasefire, 10, 40), ev(event.Other, 1, 0),
	}
	ix := New(events)
	for i, want := range []bool{false, false, true, true, false} {
		if ix.IsSpan(i) != want {
			t.Errorf("IsSpan(%d) = %v, want %v", i, !want, want)
		}
	}
	tests := []struct {
		r    Range
		want []int32
	}{
		{Range{d(0), d(1)}, nil},
		{Range{d(8), d(9)}, []int32{2}},
		{Range{d(0), d(100)}, []int32{2, 3}},
		{Range{d(41), d(100)}, nil},
	}
	for _, tt := range tests {
		if got := sorted(ix.Spans(nil, tt.r)); !slices.Equal(got, tt.want) {
			t.Errorf("Spans(%v) = %v, want %v", tt.r, got, tt.want)
		}
		if got := ix.SpanCount(tt.r); got != len(tt.want) {
			t.Errorf("SpanCount(%v) = %d, want %d", tt.r, got, len(tt.want))
		}
	}
}

// TestKeepingIsTheIndexOfTheEventsKept checks Keeping against an index of
// the events themselves, those not kept made undated.
func TestKeepingIsTheIndexOfTheEventsKept(t *testing.T) {
	events := append(synthetic(2000, 90, 5), nineties()...)
	tests := []struct {
		name string
		keep func(i int) bool
	}{
		{"all", func(int) bool { return true }},
		{"none", func(int) bool { return false }},
		{"every third", func(i int) bool { return i%3 == 0 }},
		{"the long windows only", func(i int) bool {
			w := events[i].Window
			return w != nil && w.End.Sub(w.Start).Hours() > 24*maxSpanDays
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keep := make([]bool, len(events))
			kept := slices.Clone(events)
			for i := range keep {
				if keep[i] = tt.keep(i); !keep[i] {
					kept[i].Window = nil
				}
			}
			if got, want := New(events).Keeping(keep), New(kept); !reflect.DeepEqual(got, want) {
				t.Errorf("Keeping differs from the index of the events kept:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}
