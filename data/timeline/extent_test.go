package timeline

import (
	"slices"
	"testing"

	"github.com/chronomap/chronomap/data/event"
)

// nineties is a war's weeks with a report of the 1990s and one of a year
// after it, both known only as a long window, and an undated event.
func nineties() []event.Event {
	return []event.Event{
		0: ev(event.Attack, 3, 3),
		1: ev(event.Clash, -11227, -7576), // 1 Jan 1990 to 31 Dec 1999
		2: ev(event.Attack, 3, 4),         // overnight, on the same day as 0
		3: ev(event.Diplomacy, 10, 16),    // a week
		4: ev(event.Other, 1, 0),          // undated
		5: ev(event.Ceasefire, 40, 40),
		6: ev(event.Protest, 100, 465), // a year after the war
	}
}

func TestExtentHoldsTheLongWindowsTheSpanLeavesOut(t *testing.T) {
	ix := New(nineties())
	span, _ := ix.Span()
	extent, ok := ix.Extent()
	if !ok || extent.From.String() != "1990-01-01" || extent.To != d(465) {
		t.Errorf("extent %v to %v (%v), want 1990-01-01 to %v", extent.From, extent.To, ok, d(465))
	}
	if span != (Range{d(3), d(40)}) {
		t.Errorf("span %v to %v, want the war's days %v to %v", span.From, span.To, d(3), d(40))
	}
	if _, ok := New([]event.Event{ev(event.Other, 1, 0)}).Extent(); ok {
		t.Error("undated events alone have an extent")
	}
}

func TestNextAndPrevDayStepFromEventToEvent(t *testing.T) {
	ix := New(nineties())
	first, last := d(-11227), d(100)
	tests := []struct {
		name       string
		from       Day
		next, prev Day // 0 for none
	}{
		{"before everything", first - 5, first, 0},
		{"on the 1990s window's first day", first, d(3), 0},
		{"inside the 1990s", first + 100, d(3), first},
		{"on a day two events start", d(3), d(10), first},
		{"between two", d(7), d(10), d(3)},
		{"on a week window's first day", d(10), d(40), d(3)},
		{"inside a week window", d(12), d(40), d(10)},
		{"the last day an event starts", last, 0, d(40)},
		{"inside the last window", d(300), 0, last},
		{"after everything", d(1000), 0, last},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			next, ok := ix.NextDay(tt.from)
			if (tt.next == 0) == ok || ok && next != tt.next {
				t.Errorf("NextDay(%v) = %v, %v; want %v", tt.from, next, ok, tt.next)
			}
			prev, ok := ix.PrevDay(tt.from)
			if (tt.prev == 0) == ok || ok && prev != tt.prev {
				t.Errorf("PrevDay(%v) = %v, %v; want %v", tt.from, prev, ok, tt.prev)
			}
		})
	}
}

func TestNextAndPrevDayVisitEveryDayAnEventStarts(t *testing.T) {
	events := synthetic(3000, 400, 7)
	var want []Day
	for _, e := range events {
		if e.Window != nil {
			want = append(want, DayOf(e.Window.Start))
		}
	}
	slices.Sort(want)
	want = slices.Compact(want)
	ix := New(events)
	var forward, back []Day
	for day, ok := ix.NextDay(MinDay); ok; day, ok = ix.NextDay(day) {
		forward = append(forward, day)
	}
	for day, ok := ix.PrevDay(MaxDay); ok; day, ok = ix.PrevDay(day) {
		back = append(back, day)
	}
	slices.Reverse(back)
	if !slices.Equal(forward, want) || !slices.Equal(back, want) {
		t.Errorf("forward %d days, back %d, want %d", len(forward), len(back), len(want))
	}
	if _, ok := New(nil).NextDay(0); ok {
		t.Error("a day after the events of nothing")
	}
}

func TestBetweenShowsTheDaysChosen(t *testing.T) {
	events := nineties()
	ix := New(events)
	tests := []struct {
		name    string
		r       Range
		undated bool
		want    []int32
	}{
		{"a day with two events, in the 1990s' shadow", Range{d(3), d(3)}, false, []int32{0, 2}},
		{"the war's first weeks", Range{d(0), d(12)}, false, []int32{0, 2, 3}},
		{"a range in the 1990s", Range{d(-10000), d(-9000)}, true, []int32{1, 4}},
		{"empty days", Range{d(20), d(30)}, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := ix.Between(tt.r, tt.undated)
			if got := sorted(v.AppendTo(nil)); !slices.Equal(got, tt.want) || v.Mode != Brushed || v.Range != tt.r {
				t.Errorf("visible %v in mode %v over %v, want %v in Range over %v", got, v.Mode, v.Range, tt.want, tt.r)
			}
			if want := bruteVisible(events, v); !slices.Equal(want, tt.want) {
				t.Errorf("the test wants %v, the events say %v", tt.want, want)
			}
		})
	}
	if Brushed.String() != "Range" || slices.Contains(Modes, Brushed) {
		t.Errorf("the brushed mode is %q, in the menu: %v", Brushed, slices.Contains(Modes, Brushed))
	}
}
